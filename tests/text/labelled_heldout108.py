"""Hundred-and-eighth held-out set of hand-labelled pages for the hint engines (held-out set, round sixty-one):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from
twelve KINDS OF OUTLET in twelve countries, where all four hints matter at once: furniture found line
by line (and never swallowing a story line, including furniture dropped into the middle of the
story), attribution and speakers, check-worthiness, and sentence ends. The set is HELD OUT: it is
never looked at while the engine is tuned, and is scored only at the start and at the end of the
round. The pages, all in English as an English-language outlet or service in that country would
publish them: an English REGIONAL DAILY on the DESKTOP (eleven East Riding bus routes withdrawn or cut
back as a council subsidy runs out); a Northern Irish LOCAL COUNCIL'S NEWS PAGE on the DESKTOP (a
3.94% district rate rise, with a list, a rate table and notes to editors); a Gibraltarian FREE DAILY
PAPER shared from its PHONE APP (a four-hour power cut after a cooling pump fails at the North Mole
station); a Dutch UNIVERSITY NEWSPAPER'S English edition on a PHONE (five English-taught bachelor's
programmes to switch to Dutch); a Belgian CITY MAGAZINE in English on the DESKTOP (a municipal pool in
Forest shut until 2029, €9.5 million over budget); a German PUBLIC BROADCASTER'S English service as an
AMP page (the Rhine at Kaub at 38 centimeters, with a video and a gauge table); a Swiss WIRE SERVICE'S
PRINT VIEW (a federal vote: a youth rail pass rejected, a tobacco tax accepted, with a results block);
an Austrian SKI RACING SITE on a PHONE (a wind-shortened Hahnenkamm downhill, with a results table); a
Polish INVESTIGATIVE NONPROFIT'S English edition in READER MODE (a heating contract won by the only
bidder, a firm run by the mayor's brother-in-law, with a timeline); a Czech BREWING TRADE
PUBLICATION on the DESKTOP behind a metered paywall (beer output down 2.6%, exports at a record, with a
data table); a Ukrainian English-language news site's LIVE BLOG on the DESKTOP (power cut schedules
return after a strike on a thermal plant); and a Georgian NEWSLETTER POST in its web version (metro
fares, wine exports, the lari, a new gondola, with a sponsor block and a mini Q&A).

What is hard is that the four hints meet in the same lines. FURNITURE sits in the middle of stories
(cookie banners, "Advertisement", "READ MORE:", "Also read:", "Read also:", "Related:", a "MOST READ"
sidebar pasted between two paragraphs, "Story continues below", a sponsored ferry line, an agenda
promotion, "PARTNER CONTENT", a newsletter box, a donation appeal with a KRS number, a membership
appeal, a broadcaster's "Skip next section Related content" block, a video's running time, live-blog
time stamps, entry bylines and "Share" lines, a newsletter's emoji section labels and sponsor block),
and STORY LINES look like furniture: "By lunchtime on Wednesday, a petition ... had 1,412
signatures." and "By midnight power was back ..." (bylines), "Comments on the changes can be sent ...
until 20 March." (a comments strip), "Minutes of the special meeting will be published on this website
within 10 working days." (a council page's legal line), "Photos of a pitch-black Main Street were
shared more than 3,000 times ..." (a caption), "Also affected are the 37 lecturers ..." (an "Also
read" line), "Members of the public can visit the building site on Heritage Days ..." and "Members of
the association will elect a new chairman ..." (membership appeals), "Shares in Pivovary Morava ...
fell 4.2% ..." (a share strip), four timeline lines led by a date ("14 January 2025 – the heating
company publishes the tender, ...") and a slalom's start times beside a "NEXT RACE" widget that says
the same (the widget "B", the story line "W"). A caption of two sentences is labelled sentence by
sentence (the description "", "From 27 April it will go no further than Bilton." "W").

Of record ("W"): figures, votes, dates, rules and rankings given by officials, bodies, firms and
documents (routes withdrawn, subsidy and grants, a rate rise and its votes,
homes without power and reconnection times, programmes switched and students from abroad, a cost
overrun, a gauge reading and freight rates, vote shares and the double-majority rule, race times,
split times and speed-trap figures, a contract, a tender's conditions and register entries, output
and exports, bill votes and the 226-vote rule, fares and the last fare rise, wine bottles and
shares); causal claims ("because it could not bring in enough raw materials by river", "because a
thermal power plant in central Ukraine had been damaged", "thanks to a larger barley crop"); a
politician's count ("“the third serious failure at North Mole this year”"); quotes that hold a fact
("“Energy costs at our four leisure centres alone have risen by £1.3 million in three years ...”",
"“In 2018 the river did not come back to normal until shortly before Christmas,”", the excise quote
with "CZK 0.60", "“Czechs still drink more beer per head than anyone in the world, ...”"); and fixed
dates set by those who run them (bookings "on 1 April at 9am", a consultation until 20 March, bills
"from early April", a claim deadline, a council vote on 2 April, Heritage Days, the next federal vote
on Nov. 28, the slalom's runs, a general assembly on 18 March, a march on Saturday at noon). Not worth
checking (""): opinions and quoted phrases, feelings and scenes, a passenger's and a grocer's own
counts, a skipper's own load and a winemaker's own sales, questions, advice ("should contact Land &
Property Services"), plans without a date ("would extend Connect East ... “over the coming months”",
"work ... was due to begin in 2028"), forecasts ("reserves were expected to stand at £6.8 million",
"should be back in service by the weekend", "could knock 0.1 percentage points off German growth", "no
significant rain was expected", "It said he would miss the rest of the season", "would send more
smokers across the border", an analyst's "expected", a frost forecast), a figure used as rhetoric
("“Kids who were eight when it closed are fourteen now, ...”"), table and results rows, and the
newsletter author's own voice.

And where sentences end: company suffixes that END a sentence before a capital ("Hornsea Motor
Services Ltd." / "The smaller firm ..."; "Ouse Valley Media plc." / "This website ..."; "Motores
Marinos del Estrecho S.L." / "The firm's engineers ..."; "Noorderhuis Studentenhuisvesting B.V." /
"The contract ..."; "Bouwgroep Verhaegen NV." / "The Ghent firm ..."; "Verband Rheinischer Verlader
e.V." / "The association ..."; "Instal-Kros sp. z o.o." / "Its co-owner ..."; "Skalický pivovar a.s."
/ "The family-owned brewer ..."; "Kazbegi Lifts LLC." / "It said ..."; "Helvetic Wire Service AG." /
"All rights reserved."; "Hopmedia s.r.o." / "All rights reserved.") and ones that do not ("Dumortier
SA,", "asbl for", "Kessler Chemie AG said", "Termobud-Wschód sp. z o.o.,", "Sladovna Haná s.r.o.
said", "Publishing Ltd.,", "Media SRL,", "Hopmedia s.r.o.,"); other stops that end one ("Appenzell
I.Rh." / "Only 28.7% ..."; "the U.S." / "Exports to China ..."; "at 11 p.m." / "Heated tents ...";
"on Dec. 2." at a sentence's end; "on ul. Kolejowa." at a timeline line's end; "at 141.2 km/h." /
"No other racer ..."; "Rustaveli Ave." / "City Hall has not said ..."; "on Nov. 28." at a paragraph's
end) and that do not (titles "Ald.", "Cllr", "the Hon.", "Ms", "Prof. dr.", "Prof. Dr.", "Dr hab.
inż.", "Ing.", "Mag."; post-nominals "MP," and "Ph.D.,"; "Co. Tyrone;" in a list line; "engine No.
3,", "bib No. 9", "bill No. 11482"; "i.e. all 41"; "av. Van Volxem,"; "St. Goar", "St. Gallen,", "St.
Johann in Tirol"; "ul. Słoneczna,"; "Art. 112"; "U.S. dollar"; "Jan. 1 and"; "Aug. 9 |" in a table
row; "2 hrs. in"; "Kostava St. 14,"; the wire dateline "BERN, Sept 26 (HWS) -" with no stop; times
and decimals "1:33.47", "(+0.08)", "9.52pm", "1.48am", "£1.84m", "£23.18", "€27.9 million", "CHF 1.20",
"PLN 38.4 million (€8.9 million)", "CZK 0.60", "UAH 42.18", "GEL 1.50", "2.71"); quotes ending in "?"
or "!" before their attribution, one sentence each ("“Nadie sabía nada… not even the GEA's own phone
line knew what was going on!” she said.", "“How many more times ...?” he asked.", "“Would I have come
if I had to learn Dutch first?” she asked.", "“... never saw a boy from Saalbach win here!” he said.",
the wire's straight-quoted question with "she said." after "GA?", "“Is it my
fault that the others can't build boilers?” he said.", "“... but who reads tenders?” she said.", "“Why
does the schedule say four hours when we sat without light for seven?” asked Larysa Bondar, 72, ...")
against a question that stands alone inside a quote ("“Do they think we're all going to go out and buy
a car at my age?”", "“Who's going to give them those years back?”"); ellipses before a lower-case
word inside one sentence ("every day… they", "the board… then", "one beer… then", "nada… not");
parentheses holding a full sentence, each its own sentence (the gauge's meaning, the GA); semicolons
that never split (four standfirsts, a note to editors, a results row); list lines ending ";", ";", ";
and" and "."; and a British quote left open at a paragraph's end and taken up in the next.

The pages hold 552 sentences: 228 "B", 198 "W" and 126 ""; 175 sentences carry a speaker (98
distinct speakers, page by page; 98 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in the manner
of the pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every banner, masthead, menu, crumb, byline, date line, share
line, caption, credit, table row, list item, box label, time stamp and legal line is a paragraph of
its own, except that a caption and a credit pasted together stay in one paragraph); each paragraph a
list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets:
furniture "B" line by line, whatever it says, never with a speaker; headlines and standfirsts never
split and flagged by content, their "says" carrying the source as the story first gives it; a
dateline belongs to its lead sentence; a person is named in full as first given, without titles or
roles, and a pronoun or surname resolves to that name; a quote over several sentences or paragraphs
carries its speaker and cue in each; "according to X" gives X as written, a bracketed acronym
dropped; a generic noun for a body or a document is kept as written ("The operator", "The report",
"The board", "The association", "The company", "the commune", "the register", "the tender file");
a short form, acronym or "it" resolves to the name as first given ("The GEA said" -> "the Gibraltar
Electricity Authority", "the BMBA said" and "it said" -> "the Bohemian and Moravian Brewers'
Association", "City Hall has not said" -> "Tbilisi City Hall"); a descriptor before a name is dropped
("The chemicals maker Kessler Chemie AG", "the maltster Sladovna Haná s.r.o.", "The retailers'
association Tabak Detail Schweiz", "Grid operator Ukrenergo"); a channel after the verb is part of the
cue ("told reporters", "said in a statement", "said on Telegram", "wrote on Telegram", "told me") and
a fronted one is not ("In a written reply to Lupa's questions, Mayor Marek Sołtysiak said"); "X did
not respond to questions" and "X has not said" carry X, "".

Conventions this set had to settle, in the same spirit:

* A PULL QUOTE that repeats a quote printed further down (the investigation's "“The conditions were
  written for one company." / "Everybody in the trade knew it.”") is design furniture, "B" with no
  speaker; the quote where it stands in the story carries its speaker.
* A COUNCIL PRESS RELEASE: "ENDS", "Notes to editors", a numbered contact note and an "About the
  council" box (label and boilerplate) are "B"; numbered notes that state a fact are "W" (the second
  "according to Land & Property Services"); a table note on what the figures include is "B" like a
  key line. The council's own acts carry nobody; "said:" introducing a quote has the cue "said".
* A WIRE STORY: the "UPDATE 3-" prefix is part of the headline; asterisk bullets are labelled by
  content; the "(Adds ...)" note, the "(Reporting by ...; editing by ...)" line and the e-mail line
  in double brackets are "B"; a results block has a "B" title and "" data rows.
* A LIVE BLOG: the "Key points" label is "B" and its lines are labelled by content; an entry headline
  with a colon attribution ("Ukrenergo: outages of up to four hours at a time on Thursday") carries
  the source, with the prefix as the cue, like a Q&A name prefix.
* A NEWSLETTER: its emoji section labels, the forwarded-email line, the sponsor block, the author's
  signature and the platform's like/restack lines are "B"; the author's own voice is "" (greeting,
  queue, rent, sign-off); "per X" is a cue like "according to" ("per Geostat"); "told me" keeps the
  author as the channel; a mini Q&A follows `labelled_new.py` ("Q:" turns "", "A:" answers carrying
  the interviewee with cue "A:", the second sentence of an answer included).
* COMMENTS printed under an article, with their name/time lines, are "B" like the comments count;
  an update note ("This article was updated at 13:22 to include a response from the council."), a
  how-we-reported-this note, a funding note, author bios and a translation line are "B".
* A person NAMED AFTER A ROLE NOUN takes the name ("said his mother, Theresa Pranzl" -> "Theresa
  Pranzl"); an unnamed source is kept as described ("a heating engineer who bid for similar
  contracts in the region"); a party group is kept as written ("Members of the Democratic Unionist
  Party group").
* NAMES: the Irish "Ó" stays in the name and in the surname reference ("Niamh Ó Catháin", "Ó Catháin
  said"); Dutch "van der" stays lower-case in the full name though capitalised at a sentence's start
  ("Van der Heijden said" -> "Marloes van der Heijden"); Polish names keep their diacritics and the
  "-ski"/"-ska" forms of the story ("Grzegorz Pawlikowski", "Ewelina Pawlikowska"). Dropped: "Cllr",
  "Councillor", "Alderman", "Ald.", "the Hon." with "MP", "Ms", "Rector magnificus" with "Prof. dr.",
  "Prof. Dr.", "Dr hab. inż.", "Ing." with "Ph.D.,", "Mag.", "Mayor", and roles ("alderwoman
  (échevine) for sport", "Transport Minister", "ÖSV sports director", "Board president", "GSD spokesman
  for utilities", "lawmaker").
* A body's proper name keeps the case of the sentence it is first given in ("The Royal Gibraltar
  Police said" -> "The Royal Gibraltar Police"; "the Gibraltar Electricity Authority (GEA) said" ->
  "the Gibraltar Electricity Authority"), as written.

Every person, outlet, publisher, firm, club, association, institute, fund, report, survey,
statement, vote count, price and figure is invented, and so are the small places and buildings
(Calpe Rise, the Bains d'Altitude, Zawierzbie, Moyola and Sperrin District Council, Connect East and
the like). Real countries, regions, cities, towns, villages, districts, streets, rivers, stations,
hospitals, universities, parliaments, parties, ministries, agencies, courts, registers, laws and
other public bodies appear only as settings, with invented statements and figures: Hull, the East
Riding, Beverley, Hornsea, Driffield, Bridlington, Sproatley, Skirlaugh, Aldbrough, Bilton, Tickton,
Holderness, the Wolds, Burton Constable, Newland Avenue, Paragon Interchange, County Hall, East Riding
of Yorkshire Council, the Department for Transport and IPSO; Magherafelt, Ballinderry Bridge, Co.
Tyrone, Moneymore Road, the Democratic Unionist Party, Land & Property Services, nidirect and the
Northern Ireland Executive; Gibraltar, the North Mole power station, the South District, Europa, the
Upper Town, Westside, Waterport, Watergardens, Main Street, Castle Road, Glacis Estate, Winston
Churchill Avenue, Devil's Tower Road, St Bernard's Hospital, Algeciras, Tangier, the Gibraltar
Electricity Authority, the Gibraltar Health Authority, the Royal Gibraltar Police and the GSD;
Groningen, the University of Groningen, the Harmonie building, its Faculty of Arts and Faculty of
Spatial Sciences, its University Council and Thessaloniki; Brussels, Forest, Saint-Gilles, av. Van
Volxem, rue de la Régence, the Bourse, Ghent, the Brussels-Capital Region, the French Community
Commission (COCOF), Groen and Heritage Days; Kaub, the Pfalzgrafenstein, St. Goar, Mainz, Rotterdam,
Karlsruhe, Mannheim, Duisburg, Koblenz, Rhineland-Palatinate, the Rhine, the Elbe, the Danube, the
Federal Waterways and Shipping Administration, the German Weather Service and the Federal Transport
Ministry; Bern, Geneva, Basel-Stadt, Neuchâtel, Appenzell Innerrhoden, St. Gallen, Uri, the
Federal Chancellery, the Federal Office of Public Health, Swiss Federal Railways, the GA travelcard,
the Tobacco Tax Act and the University of Bern; Kitzbühel, the Streif, the Mausefalle, the
Hausbergkante, the Zielschuss, the Ganslern, Saalbach, St. Johann in Tirol, Swiss-Ski and the
ÖSV; Podkarpackie, Rzeszów, Krosno, the Rzeszów University of Technology, the National Court Register,
the Central Register of Beneficial Owners, the Regional Audit Chamber, the Central Anti-Corruption
Bureau, the Energy Regulatory Office, the Public Procurement Law and the Access to Public Information
Act; Prague, Brno, Žabovřesky, Plzeň, Žatec, South Bohemia and the Czech Statistical Office; Kyiv,
Kharkiv, Sumy, Troieshchyna, Greater Odesa, Ukrenergo, the Verkhovna Rada, the Agriculture Ministry,
the Sumy Oblast Military Administration, the Kyiv City Military Administration, the National Bank
of Ukraine, the State Emergency Service and the Ukrainian Hydrometeorological Center; and Tbilisi,
Rustaveli station and Avenue, the Opera, Vake, Kostava Street, Gurjaani, Kobi, Gudauri,
Rustavi, Tbilisi City Hall, the National Wine Agency, the National Bank of Georgia and Geostat. The
split cases add a few more settings (Leeds, Coalisland, Draperstown, av. Brugmann, rue Berkendael,
Bingen, Koblenz, Appenzell Ausserrhoden, Zurich, the Swiss National Bank, Krosno, Kroměříž, Kharkiv,
Obolon and Bakuriani).

Written from scratch for issue 13 in round sixty-one, blind to the engine, before any rule was tuned
on it and without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README, and no other set under `/work/shared/`; no engine, scorer or test
was run. What was read: the brief and the task prompt; the module docstrings of `labelled_new.py`
and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]` tables of
`pyproject.toml`; and, as models of the format, `labelled_new171.py` and `labelled_new172.py` (their
docstrings, `STYLES`, two pages of `labelled_new171.py`, the first page of `labelled_new172.py`, the
`CASES` of `labelled_new171.py` and the first cases of `labelled_new172.py`). Coined words were
checked for freshness against the string constants of those two files: three outlet words that hit
("Echo", "Ledger", "Post") were replaced before the file was written, and apart from that check one
skier's surname close to a real racer's was replaced; only common words, titles and real places and
bodies still hit.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'English REGIONAL DAILY\'S WEBSITE (Hull, England), DESKTOP browser paste, a BUS CUTS story: eleven East Riding routes withdrawn or cut back from 27 April as the county council\'s subsidy runs out. Head: a skip link, a COOKIE BANNER (title, one long consent sentence, the buttons line), masthead, menu, crumb (all "B"); headline of record "W"; standfirst "..., operator says" ("W", carrying the operator as first given); byline with role, a time/updated line, a bookmark/share/comments line ("B"); a two-sentence CAPTION, the first describing ("") and the second stating a fact ("From 27 April it will go no further than Bilton.", "W"), with its bracketed image credit ("B"). Body: the operator "has announced" ("W"); "The operator said" (generic noun kept, "W"); route lists with no speaker ("W"); FURNITURE MID-STORY: "Advertisement" and a "READ MORE:" line ("B"); the subsidy "according to figures in a report to the council\'s cabinet" and "The report says" ("W"); the cabinet member ("Cllr" dropped) with a quoted phrase (""), a passenger figure and cost per journey ("W") and a two-sentence quote (""); a "MOST READ" sidebar pasted mid-story (label and one numbered headline, "B"); a quoted subhead (""); a passenger\'s scene and quote ending in a question with no new attribution (all ""); a BYLINE LOOKALIKE story line "By lunchtime on Wednesday, a petition ... had 1,412 signatures." ("W"); the parish chairman\'s date ("W"); the managing director\'s effort ("") and cost rise ("W"), her quote (""); "Hornsea Motor Services Ltd." ENDING a sentence before "The smaller firm ..." (both "W"); a newsletter sign-up block of two sentences ("B"); the opposition leader\'s "called" ("") and her figure ("W"); a council spokesperson\'s legal rule ("W"); the council\'s plan without a date ("") and bookings "on 1 April at 9am" ("W"); a COMMENTS LOOKALIKE story line "Comments on the changes can be sent ... until 20 March." ("W"). Tail: an update note, topics, more-on label and one headline, a group line ending "plc." before "This website is regulated by IPSO ...", and the copyright/links line (all "B").',
    'Northern Irish LOCAL COUNCIL\'S NEWS PAGE (Magherafelt), DESKTOP browser paste, a DISTRICT RATE press release: a 3.94% rise for 2027/28, £23.18 a year on the average house. Head: skip link, a three-sentence cookie banner and its buttons, an English/Gaeilge/Ulstèr-Scotch switcher, the council\'s name, menu, crumb (all "B"); headline of record "W"; a published line ("B"); a caption with "Ald." and "Cllr" mid-sentence (""), no credit. Body: the rise, the vote "by 26 votes to 12", spending and income, with no speaker (the council\'s acts, "W"); the committee chair ("Alderman" dropped) introduced with "said:" and a QUOTE OPEN OVER TWO PARAGRAPHS (British style, no closing mark at the first paragraph\'s end), each sentence carrying him and "said": an opinion (""), cost rises ("W"), services kept open and the rise below inflation ("W"), thanks (""); a list lead-in ("") and FOUR LIST LINES ending ";", ";", "; and" (with "Co. Tyrone;" mid-line) and "." (each "W"); a rate TABLE (title, header "B"; four rows ""; a table note "B"); a party group\'s "should" (""); the finance director on the reserves policy ("W") and expected reserves (""); the Chair of Council with an Irish name ("Councillor" dropped, "Niamh Ó Catháin") in a "said:" quote ("") and "Ó Catháin said" with a ranking ("W"); FURNITURE MID-STORY: a PDF link line ("B"); bill dates ("W") and advice (""); a LOOKALIKE story line "Minutes of the special meeting will be published on this website within 10 working days." ("W"); an nidirect link ("B"). Tail: "ENDS" and "Notes to editors" ("B"), two numbered notes of fact (the second "according to Land & Property Services", "W"), a numbered contact note ("B"), an "About the council" box (label and boilerplate "B"), share, helpfulness, legal links and copyright lines (all "B").',
    'Gibraltarian FREE DAILY PAPER\'S APP SHARE (Gibraltar), PHONE APP paste, a POWER CUT story: 6,400 homes without power for up to four hours after a cooling pump fails at the North Mole station. Head: an app-share line, masthead, section label (all "B"); headline of record "W"; standfirst "..., GEA says; engine to stay off until part arrives" (semicolon kept, "W", carrying "the Gibraltar Electricity Authority" as first given); a byline/date/read-time line ("B"); a caption "" and its credit with "Tap to enlarge" ("B"). Body: the lead "the Gibraltar Electricity Authority (GEA) said" (acronym dropped) and "it said" ("W"); a BYLINE LOOKALIKE "By midnight power was back ..." ("W"); the minister ("the Hon." and "MP" dropped) with "engine No. 3," mid-sentence ("W") and "Motores Marinos del Estrecho S.L." ENDING a sentence before "The firm\'s engineers arrived ..." (both "W"); her two-sentence quote (""); FURNITURE MID-STORY: "Story continues below", "Advertisement" and a sponsored ferry line ("B"); the health authority and the police ("W"); a CAPTION LOOKALIKE story line "Photos of a pitch-black Main Street were shared more than 3,000 times ..." ("W"); a scene (""), a resident named after her quote (""), her Llanito EXCLAMATION with an ELLIPSIS before "not" and "she said." (one sentence, ""); a grocer\'s own loss (""); the opposition spokesman\'s count "“the third serious failure ... this year”" ("W") and his question "he asked." (""); the minister\'s count of earlier outages ("W") and her "should be back" forecast (""); the claim deadline "The GEA said" and calls "It said" (acronym and pronoun resolving to the name as first given, "W"); the station\'s history ("W"). Tail: more-from label and two headlines, a two-sentence pick-up note, an app line, a publisher line with "Ltd.," mid-line (all "B").',
    'Dutch UNIVERSITY NEWSPAPER\'S ENGLISH EDITION (University of Groningen), PHONE BROWSER paste, a UNIVERSITY POLICY story: five English-taught bachelor\'s programmes to switch to Dutch from 2028. Head: a menu/masthead/search line, an NL/EN switcher, section label (all "B"); headline of record "W"; standfirst with a semicolon and the council\'s vote date ("W"); byline and a date/read-time line ("B"); a caption "" and its credit without a colon ("B"). Body: "the university\'s board announced" ("W"); the programmes and intake ("W"); "The board said" (generic kept, "W"); FURNITURE MID-STORY: two "Also read:" lines ("B"); the board president\'s quoted phrase ("") and funding cut ("W"), "Tjeerdsma said" and a two-sentence quote (""); the rector ("Rector magnificus Prof. dr." dropped) with "i.e." mid-sentence ("W"); an "ALSO" LOOKALIKE story line "Also affected are the 37 lecturers ..., according to the faculty\'s own count." ("W") and the course with a start month ("W"); the dean NAMED AFTER HER QUOTE with an ELLIPSIS before "they" (""), and "Van der Heijden said" resolving to "Marloes van der Heijden" ("W"); a student council member\'s quoted phrase ("") and signatures ("W"); the right of consent ("W"); "Noorderhuis Studentenhuisvesting B.V." ENDING a sentence before "The contract runs until 2030." (both "W"); an international student\'s reasons (""), a QUESTION "she asked." and an answer carrying the same quote (""). Tail: a newsletter block (heading, sentence, button), tags, a read-in-Dutch link, an independence line, a comments count, two comments with their name/time lines (the second two sentences), a share line (all "B").',
    'Belgian CITY MAGAZINE IN ENGLISH (Brussels), DESKTOP browser paste, a MUNICIPAL BUILDING-SITE story: Forest\'s 1930s baths will not reopen before 2029 and the renovation has risen by €9.5 million. Head: masthead with tagline, menu, a member/newsletter/language line, crumb (all "B"); headline of record "W"; standfirst with a semicolon ("W"); a "Words ... Photos ..." credit line and date ("B"); a caption "" and its © credit ("B"). Body: "av. Van Volxem" mid-sentence and "the commune confirmed" the reopening date ("W"); the cost "according to a report to the municipal council dated 22 April" and the asbestos share ("W"); the alderwoman ("échevine" in brackets, role dropped) with her sympathy (""), "Entreprises Générales Dumortier SA," mid-sentence ("W"), "Bouwgroep Verhaegen NV." ENDING a sentence before "The Ghent firm has 140 people on site, the commune says." (both "W"); her two-sentence quote (""); FURNITURE MID-STORY: "ADVERTISEMENT" and an agenda promotion ("B"); school buses and their cost "the commune\'s education department said" ("W"); a coach ("the swimming club ... asbl" mid-sentence) with lost members ("W") and a quote with a rhetorical figure and a question (""); regional funding with "(COCOF)" ("W"); an opposition councillor\'s "called" ("") and budget revisions ("W"); a newsletter box (two "B" lines); a question subhead (""); the swim price and agreement ("W"); a MEMBERSHIP LOOKALIKE story line "Members of the public can visit the building site on Heritage Days ..." ("W"). Tail: tags, you-might-also-like label and two headlines, a two-sentence membership plea, a publisher line with "SRL," and a VAT number, legal links (all "B").',
    'German PUBLIC BROADCASTER\'S ENGLISH SERVICE, AMP paste (American spelling), a LOW WATER story: the Rhine at Kaub falls to 38 centimeters and barges sail a third full. Head: the AMP domain, masthead, section label (all "B"); headline and standfirst of record ("W"); an author/agencies line and a US-style date "08/19/2027" ("B"); a caption "" and its image credit ("B"). Body: the gauge reading "the Federal Waterways and Shipping Administration (WSV) said" (acronym dropped) and "It said" ("W"); a PARENTHESIS HOLDING A FULL SENTENCE on what the gauge measures ("W"); a skipper\'s scene with "MS Lorelei Star" (""), his own load (""), his two-sentence quote with "St. Goar" mid-sentence (""); FURNITURE MID-STORY: the broadcaster\'s "Skip next section Related content" block with a teaser headline and blurb ("B"); freight rates "according to data from a freight exchange in Duisburg" ("W"); "The chemicals maker Kessler Chemie AG said" (descriptor dropped, "AG said" mid-sentence) and "It said" ("W"); a survey "by the shippers\' association Verband Rheinischer Verlader e.V." ENDING a sentence before "The association said ..." (both "W"); a VIDEO caption "" and its running time ("B"); an economist ("Prof. Dr." dropped) with a forecast ("") and a QUOTE HOLDING A FACT about 2018 ("W"); the weather service\'s forecast ("") and "It said" July\'s rainfall ("W"); a ministry spokeswoman\'s planned works ("", a plan without a date); a gauge TABLE (title, header, source "B"; rows with "Aug. 9" etc. ""). Tail: editor line, share line, permalink, explore-more skip link and label (all "B").',
    'Swiss WIRE SERVICE\'S PRINT VIEW (Bern), PRINT VIEW paste (straight quotes, wire style), FEDERAL VOTE RESULTS: a free rail pass for under-25s rejected by 57.8% and a tobacco tax rise accepted. Head: the URL, the service\'s name, print/close line (all "B"); an "UPDATE 3-" headline of record "W"; three asterisk BULLETS of results ("W" each); an "(Adds ...)" update note and byline ("B"). Body: the dateline "BERN, Sept 26 (HWS) -" with the result "according to final results from the Federal Chancellery" ("W"); the cantons and the double-majority rule ("W"); the tobacco vote ("W"); the transport minister (role dropped) "told reporters" a cost estimate ("W") and his quote "Marti-Giger said" (""); "Appenzell I.Rh." ENDING a sentence before "Only 28.7% of voters there ..." (both "W"); "In St. Gallen, ..." ("W"); the committee co-president\'s quoted phrase (""), signatures and the 100,000 rule ("W"), a QUESTION with "she said." ("") and a PARENTHESIS HOLDING A FULL SENTENCE explaining the GA ("W"); the railways "(SBB)" with a figure ("W"); a political scientist\'s impression (""), a survey figure ("W") and a quote (""); the health office\'s date "on Jan. 1" and revenue ("W"); the retailers\' association (descriptor dropped) with a forecast (""); the next vote date "Nov. 28." ("W"). A RESULTS block (title "B", three data rows ""). Tail: a "(Reporting by ...; ...; editing by ...)" line, an e-mail line in double brackets, related label and two headlines, copyright split at "AG." before "All rights reserved.", a printed-on line (all "B").',
    'Austrian SKI RACING SITE IN ENGLISH (Kitzbühel), PHONE BROWSER paste, a RACE REPORT with RESULTS TABLES: Lukas Pranzl-Egger wins a wind-shortened Hahnenkamm downhill by 0.08 seconds. Head: masthead, a ticker/results menu, crumb (all "B"); headline and a standfirst with a semicolon ("W"); byline/date and a video link with running time ("B"); a caption with "bib No. 9." at its end ("") and its credit ("B"). Body: the result with "(+0.08)" and "(+0.31)" and times "1:33.47" (no speaker, "W"); the reserve start "the organisers said" ("W"); the winner\'s quote with an ELLIPSIS before "then" and "told reporters" (""), his EXCLAMATION "“... win here!” he said." (one sentence, ""); the runner-up\'s split time ("W") and quote (""); "Advertisement" ("B"); the crash and diagnosis "Swiss-Ski said in a statement" with "St. Johann in Tirol" mid-sentence ("W"), "It said he would miss the rest of the season" (a forecast, "") and the stoppage ("W"); the Austrian federation\'s sports director ("Mag." dropped) with a record ("W") and an opinion (""); speed-trap figures ending "km/h." ("W"); prize money "according to the organising committee" and spectators ("W"); a grandstand scene and the winner\'s mother named after her quote (""). A RESULTS TABLE (title and header "B", six rows and a "DNF:" line ""), a full-results link ("B"); the slalom times ("W") beside a NEXT-RACE widget saying the same ("B"). Tail: comments count, a copyright/imprint line (all "B").',
    'Polish INVESTIGATIVE NONPROFIT\'S ENGLISH EDITION, READER-MODE paste, a PROCUREMENT INVESTIGATION: a PLN 38.4 million heating contract in a small town goes to the only bidder, a firm run by the mayor\'s brother-in-law. Head, as reader mode leaves it: the domain, headline of record "W", authors and a reading-time line ("B"); the standfirst "Tender documents obtained by Lupa show ..." ("W", the documents as written, cue "show"). Body: the contract ("W"); "Termobud-Wschód sp. z o.o.," mid-sentence "the tender file shows" ("W"); the board "according to entries in the National Court Register (KRS)" (acronym dropped) and the marriage ("W"); a PULL QUOTE of two sentences repeating a later quote ("B", no speaker); the tender conditions and the plants ("W"); a procurement specialist ("Dr hab. inż." dropped) with an opinion ("") and "Art. 112" ("W"); an ANONYMOUS SOURCE named after his quote (the description as written, "") over two sentences; "Read also:" ("B"); a TIMELINE subhead ("") and FOUR DATE-LED LINES ("14 January 2025 – ...", with "ul. Kolejowa." ending one) that look like date lines but are story ("W"); "Instal-Kros sp. z o.o." ENDING a sentence before "Its co-owner is ..., the register shows." (both "W"); a two-sentence 1.5% tax appeal with a KRS number ("B"); the mayor\'s written reply (fronted channel, cue "said", "") and ownership ("W"); a no-reply line (""); the brother-in-law\'s quoted phrase and question (""); heat prices "according to the heating company\'s tariff approved by the Energy Regulatory Office (URE)" ("W"); a pensioner with "ul. Słoneczna," her own bill and a question (""); the inspection report ("W"); the anti-corruption bureau "confirmed" ("W") and "It said" a status (""). Tail: a how-we-reported-this note, a funding note, two author bios, a translation line and an error-report line (all "B").',
    'Czech BREWING TRADE PUBLICATION\'S WEBSITE (Prague), DESKTOP browser paste with a METERED PAYWALL, a MARKET DATA story: beer output down 2.6% to 19.1 million hl, exports at a record 5.02 million hl. Head: a two-sentence free-article meter, a login line, masthead, menu, crumb (all "B"); headline and standfirst "..., brewers\' association says" ("W", carrying the association as first given); byline with a Czech date "12.02.2027", share line ("B"). Body: the lead "the Bohemian and Moravian Brewers\' Association (BMBA) said" (acronym dropped) and 2021 ("W"); "the association said" (generic kept) and "it said" (resolving, "W"); the executive director ("Ing." and "Ph.D.," dropped) with an opinion (""), outlets counted ("W") and a QUOTE HOLDING A PRICE CLAIM "CZK 0.60" ("W"); FURNITURE MID-STORY: "PARTNER CONTENT" and a trade-fair promotion ("B"); export markets "according to association data" ("W"); "the U.S." ENDING a sentence before "Exports to China ..." ("W"); "Skalický pivovar a.s." ENDING a sentence before "The family-owned brewer in South Bohemia said ..." (generic descriptor kept as written, both "W"); a SHARE-LINE LOOKALIKE story line "Shares in Pivovary Morava ... fell 4.2% ..." ("W"); the maltster with "s.r.o. said" (descriptor dropped, "W"); "Related:" ("B"); an analyst\'s forecast ("") and her QUOTE HOLDING A RANKING ("W"); "the BMBA said" per-head consumption ("W"); a publican\'s scene and quote with an ELLIPSIS before "then" (""); a MEMBERS LOOKALIKE story line on the general assembly in Plzeň ("W"). A data TABLE (title, header, source "B"; three rows ""). Tail: a subscribers\' data note, tags, a publisher line with "s.r.o.," and copyright split at "s.r.o." before "All rights reserved." (all "B").',
    'Ukrainian ENGLISH-LANGUAGE NEWS SITE\'S LIVE BLOG (Kyiv), DESKTOP browser paste, a LIVE BLOG of a day of outages: power cut schedules return in Kyiv and Kharkiv oblasts after a strike on a thermal plant. Head: masthead, menu, a "● LIVE" label (all "B"); the live headline of record "W"; a last-updated line, share line, "Key points" label ("B"); three key-point lines ("W", the first "Ukrenergo says" and the third "the Agriculture Ministry says"). Entries, each with a TIME STAMP ("B") and an ENTRY BYLINE ("B"), two of them followed by a "Share" line ("B"): an entry headline "Ukrenergo: outages ..." (colon attribution, cue "Ukrenergo:", "W"), "Grid operator Ukrenergo said on Telegram" (descriptor dropped, "on Dec. 2." ending the sentence, "W"), "The company said" (generic kept, causal, "W"), where schedules are published ("W"); the Rada vote "bill No. 11482" with "wrote on Telegram" ("W"), the 226-vote rule and the bill\'s content ("W"); "Advertisement" ("B"); grain exports "the Agriculture Ministry said" ("W"); a drone-attack headline "..., governor says" and the governor named after the statement ("W" both) and "He said" ("W"); a membership appeal of two sentences ("B"); the hryvnia rate with "U.S." mid-sentence (no speaker, "W") and an economist\'s forecast (""); a metro headline ending "1 a.m." ("W"), the city military administration ("W"), "11 p.m." ENDING a sentence before "Heated tents ..." (both "W"), a pensioner\'s QUESTION with "asked ... Larysa Bondar, 72, ..." (one sentence, ""); a frost-forecast headline and the forecast (""). Tail: a load-earlier line ("B").',
    'Georgian NEWSLETTER POST, WEB VERSION OF A WEEKLY E-MAIL (Tbilisi), a NEWS ROUND-UP in the author\'s own voice: metro fares rise to GEL 1.50, wine exports reach a record, the lari and inflation, a new gondola. Head: a view-in-browser line, the newsletter\'s name, a tagline with the issue number (all "B"); the post\'s title of record ("W"); author, date and a like/comment/share line ("B"); the author\'s greeting and teaser (""); a forwarded-email line ("B"). Sections with EMOJI LABELS ("B"): the fare rise "Tbilisi City Hall said on Monday" and the last rise ("W"); a courier NAMED AFTER HIS QUOTE (""); a march "outside the Opera on Rustaveli Ave." ENDING a sentence before "City Hall has not said ..." ("W"; the no-reply carries "Tbilisi City Hall", cue "has not said", ""); a MINI Q&A with an official introduced without a verb of saying (""), "Q:" turns (""), "A:" answers carrying her with cue "A:" (cost and budget "W", passes "W", buses on order "W", a hope ""); a SPONSOR BLOCK mid-post (three "B" lines); wine exports "according to the National Wine Agency" and shares ("W"); a winemaker "told me" (cue with the author\'s channel, "") and his own sales (""); the lari and inflation with "per" as the cue ("per the National Bank of Georgia\'s official rate", "per Geostat", "W"); the author\'s joke (""); "Kazbegi Lifts LLC." ENDING a sentence before "It said the lift carried 18,400 people ..." (both "W"); the author\'s queue with "2 hrs." mid-sentence, a question and a quip (""); a sign-off (""). Tail: the author\'s signature, like/comment/restack line, copyright and a postal line with "Kostava St. 14," an unsubscribe line and a platform line (all "B").',
]

ARTICLES = [
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("We care about your privacy", "", "", "B"),
        ],
        [
            (
                "We and our 164 partners store and access information on your device, such as cookies, and process personal data for personalised ads and content, ad and content measurement and audience research.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ACCEPT ALL     REJECT ALL     MORE OPTIONS", "", "", "B"),
        ],
        [
            ("HUMBER STAR", "", "", "B"),
        ],
        [
            (
                "News   Hull   East Riding   Hull City   Rugby League   What's On   Property   Jobs   Family Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › East Riding › Transport", "", "", "B"),
        ],
        [
            (
                "Eleven East Riding bus routes to be axed or cut back as council subsidy runs out",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sproatley, Skirlaugh and Aldbrough will lose their only daytime buses from 27 April, operator says",
                "Wolds & Humber Buses",
                "says",
                "W",
            ),
        ],
        [
            ("By Chloe Ashworth-Pell, Transport Reporter", "", "", "B"),
        ],
        [
            ("06:00, 4 MAR 2027   Updated 13:22, 4 MAR 2027", "", "", "B"),
        ],
        [
            ("Bookmark   Share   Comments (86)", "", "", "B"),
        ],
        [
            ("The 77 waits at Paragon Interchange in Hull on Wednesday morning.", "", "", ""),
            ("From 27 April it will go no further than Bilton.", "", "", "W"),
            ("(Image: Dom Fairweather / Humber Star)", "", "", "B"),
        ],
        [
            (
                "Eleven bus routes across the East Riding will be withdrawn or shortened from 27 April after the county council ended its support for them, Wolds & Humber Buses has announced.",
                "Wolds & Humber Buses",
                "has announced",
                "W",
            ),
        ],
        [
            (
                "The operator said the changes would affect about 2,300 passengers a week, most of them in villages in Holderness and on the edge of the Wolds.",
                "The operator",
                "said",
                "W",
            ),
        ],
        [
            (
                "Six routes, including the 240 between Beverley and Hornsea and the 19 from Driffield to Bridlington, will stop running altogether.",
                "",
                "",
                "W",
            ),
            (
                "The other five, among them the 77 from Hull, will be cut back or lose their evening and Sunday journeys.",
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
                "READ MORE: Paragon Interchange to get new departure screens after years of complaints",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "East Riding of Yorkshire Council paid the operator £1.84m last year to run 23 routes that do not cover their costs from fares, according to figures in a report to the council's cabinet.",
                "figures in a report to the council's cabinet",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The report says the council's bus grant from the Department for Transport falls by £612,000 in 2027/28, and that what remains will go first to routes that carry children to school.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Cllr Graham Leckonby, cabinet member for transport, said the authority had “simply run out of road”.",
                "Graham Leckonby",
                "said",
                "",
            ),
            (
                "He said passenger numbers on the six routes had fallen by 38% since 2019, and that the council was paying more than £11 for every journey made on the 240.",
                "Graham Leckonby",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody around that cabinet table wanted to do this,” he said.",
                "Graham Leckonby",
                "said",
                "",
            ),
            (
                "“But I can't keep a double-decker running empty through Tickton at nine o'clock at night while we are cutting adult care.”",
                "Graham Leckonby",
                "said",
                "",
            ),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1  Hull pub famed for its Sunday carvery closes after 41 years", "", "", "B"),
        ],
        [
            ("‘I'll have to pack in my job’", "", "", ""),
        ],
        [
            (
                "Pauline Westerdale, 67, catches the 77 from Sproatley three mornings a week to get to her job at a charity shop on Newland Avenue.",
                "",
                "",
                "",
            ),
            (
                "“If that bus stops at Bilton, I'll have to pack it in, simple as that,” she said.",
                "Pauline Westerdale",
                "said",
                "",
            ),
            (
                "“Do they think we're all going to go out and buy a car at my age?”",
                "Pauline Westerdale",
                "said",
                "",
            ),
        ],
        [
            (
                "By lunchtime on Wednesday, a petition started by Sproatley Parish Council had 1,412 signatures.",
                "",
                "",
                "W",
            ),
            (
                "The parish council's chairman, Derek Hobson-Foy, said the village had been on a bus route since 1931.",
                "Derek Hobson-Foy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asha Ramaswamy, managing director of Wolds & Humber Buses, said the company had looked hard at keeping a reduced timetable on some of the routes.",
                "Asha Ramaswamy",
                "said",
                "",
            ),
            (
                "She said fuel, insurance and drivers' wages had added 19% to the cost of running a single-deck bus since 2023.",
                "Asha Ramaswamy",
                "said",
                "W",
            ),
            (
                "“We're a commercial operator, not a charity, and we've been straight with the council about that for two years,” she said.",
                "Asha Ramaswamy",
                "said",
                "",
            ),
        ],
        [
            (
                "The 240 is one of four routes the operator took on in 2022 from Hornsea Motor Services Ltd.",
                "",
                "",
                "W",
            ),
            ("The smaller firm had gone into administration that spring.", "", "", "W"),
        ],
        [
            ("Get the day's top stories from Hull and East Yorkshire in your inbox.", "", "", "B"),
            ("Sign up to our free newsletter here.", "", "", "B"),
        ],
        [
            (
                "Liberal Democrat group leader Cllr Fiona Staithes-Marr called the cuts “a slow death for rural East Yorkshire”.",
                "Fiona Staithes-Marr",
                "called",
                "",
            ),
            (
                "She said the authority had found £4.2m last year to refurbish County Hall in Beverley.",
                "Fiona Staithes-Marr",
                "said",
                "W",
            ),
        ],
        [
            (
                "A council spokesperson said the County Hall work had been paid for from the capital budget, which by law cannot be used to run bus services.",
                "A council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council said it would extend Connect East, its minibus service that passengers book by phone the day before, to 14 more villages “over the coming months”.",
                "The council",
                "said",
                "",
            ),
            (
                "Bookings in the first two new areas, Sproatley and Burton Constable, open on 1 April at 9am.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Comments on the changes can be sent to the council's passenger transport team until 20 March.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This article was updated at 13:22 to include a response from the council.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Topics   Buses   East Riding of Yorkshire Council   Holderness   Transport",
                "",
                "",
                "B",
            ),
        ],
        [
            ("MORE ON THIS STORY", "", "", "B"),
        ],
        [
            ("Villagers fear being 'cut off' as bus review begins", "", "", "B"),
        ],
        [
            ("Humber Star is part of Ouse Valley Media plc.", "", "", "B"),
            (
                "This website is regulated by IPSO, the Independent Press Standards Organisation.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2027 Ouse Valley Media plc   Privacy notice   Cookie settings   Terms & conditions   Contact us",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Cookies on moyolasperrin.gov.uk", "", "", "B"),
            ("We use some essential cookies to make this website work.", "", "", "B"),
            ("We'd also like to set analytics cookies that help us improve it.", "", "", "B"),
        ],
        [
            ("Accept analytics cookies   Reject analytics cookies   View cookies", "", "", "B"),
        ],
        [
            ("English | Gaeilge | Ulstèr-Scotch", "", "", "B"),
        ],
        [
            ("Moyola and Sperrin District Council", "", "", "B"),
        ],
        [
            (
                "Bins and recycling   Council and democracy   Leisure   Planning   Business   Rates and payments   Contact us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home  ›  Council and democracy  ›  News", "", "", "B"),
        ],
        [
            ("Council agrees 3.94% district rate rise for 2027/28", "", "", "W"),
        ],
        [
            ("Published: Friday 12 February 2027", "", "", "B"),
        ],
        [
            (
                "Ald. Ivor Crossett-Dunne (centre) with the Chair of Council, Cllr Niamh Ó Catháin, and the Director of Finance, Colm Brady-Shiels, after Thursday's special meeting in Magherafelt.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Moyola and Sperrin District Council has agreed a district rate rise of 3.94% for 2027/28, adding £23.18 a year, or about 45p a week, to the bill for an average house in the district.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The rate was set by 26 votes to 12, with two abstentions, at a special meeting of the council in Magherafelt on Thursday 11 February.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council will spend £71.6 million in 2027/28, of which £48.9 million will be raised through the district rate.",
                "",
                "",
                "W",
            ),
            (
                "The rest comes from fees and charges, a government grant of £5.2 million and £2.1 million drawn from the council's reserves.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chair of the Policy and Resources Committee, Alderman Ivor Crossett-Dunne, said: “This has been the hardest rate-setting process members have faced since this council was formed.",
                "Ivor Crossett-Dunne",
                "said",
                "",
            ),
            (
                "Energy costs at our four leisure centres alone have risen by £1.3 million in three years, and this year's pay award for staff added a further £1.9 million.",
                "Ivor Crossett-Dunne",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Even so, we have kept every leisure centre, library and recycling centre open, and we have held the increase below the rate of inflation.",
                "Ivor Crossett-Dunne",
                "said",
                "W",
            ),
            (
                "I want to thank officers and members of all parties for the work they have put in since October.”",
                "Ivor Crossett-Dunne",
                "said",
                "",
            ),
        ],
        [
            ("The 2027/28 budget includes:", "", "", ""),
        ],
        [
            (
                "£3.4 million to replace the 3G pitch and floodlights at the Moneymore Road playing fields;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "£1.1 million for a second food waste vehicle, so that weekly food caddy collections can be extended to 6,800 rural homes;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "£640,000 towards a new changing pavilion at Ballinderry Bridge, Co. Tyrone; and",
                "",
                "",
                "W",
            ),
        ],
        [
            ("a 2% rise in the community grants budget, to £918,000.", "", "", "W"),
        ],
        [
            ("What the new rate means for your bill", "", "", "B"),
        ],
        [
            ("Capital value of home | 2026/27 | 2027/28 | Increase", "", "", "B"),
        ],
        [
            ("£75,000 | £353.03 | £366.94 | £13.91", "", "", ""),
        ],
        [
            ("£125,000 | £588.38 | £611.56 | £23.18", "", "", ""),
        ],
        [
            ("£200,000 | £941.41 | £978.50 | £37.09", "", "", ""),
        ],
        [
            ("£400,000 (maximum) | £1,882.82 | £1,956.99 | £74.17", "", "", ""),
        ],
        [
            (
                "Figures are for the district rate only and do not include the regional rate.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Members of the Democratic Unionist Party group, who voted against, said more should have been drawn from reserves to keep the rise below 3%.",
                "Members of the Democratic Unionist Party group",
                "said",
                "",
            ),
        ],
        [
            (
                "The council's Director of Finance, Colm Brady-Shiels, said its reserves policy sets a minimum balance of £5.5 million.",
                "Colm Brady-Shiels",
                "said",
                "W",
            ),
            (
                "He said reserves were expected to stand at £6.8 million at the end of March 2028.",
                "Colm Brady-Shiels",
                "said",
                "",
            ),
        ],
        [
            (
                "The Chair of Council, Councillor Niamh Ó Catháin, said: “Nobody likes to see their rates go up, and I know how tight things are for families right across the district.”",
                "Niamh Ó Catháin",
                "said",
                "",
            ),
            (
                "Ó Catháin said the council's rise was the second lowest of Northern Ireland's 11 councils this year.",
                "Niamh Ó Catháin",
                "said",
                "W",
            ),
        ],
        [
            ("Read the full budget report (PDF, 2.1MB)", "", "", "B"),
        ],
        [
            (
                "Rates bills, which combine the district rate with the regional rate, will be issued by Land & Property Services from early April.",
                "",
                "",
                "W",
            ),
            (
                "Anyone worried about paying should contact Land & Property Services as soon as possible to ask about a payment plan.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Minutes of the special meeting will be published on this website within 10 working days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Find out how your rates bill is worked out on nidirect (opens in a new window)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            (
                "1. The district rate is one of two parts of the domestic rates bill; the other, the regional rate, is set by the Northern Ireland Executive.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "2. The average capital value of a house in the district is £125,000, according to Land & Property Services.",
                "Land & Property Services",
                "according to",
                "W",
            ),
        ],
        [
            (
                "3. For further information contact the Communications Unit on 028 9649 6318 or email press@moyolasperrin.gov.uk.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("About the council", "", "", "B"),
        ],
        [
            (
                "Moyola and Sperrin District Council serves more than 148,000 residents across 1,710 square kilometres.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share this page   Facebook   X   Email", "", "", "B"),
        ],
        [
            ("Was this page helpful?   Yes   No", "", "", "B"),
        ],
        [
            (
                "Accessibility statement   Privacy notice   Freedom of information   Cookies   Sitemap",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Moyola and Sperrin District Council 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from The Straits Bulletin app · Open in browser", "", "", "B"),
        ],
        [
            ("THE STRAITS BULLETIN   ☰", "", "", "B"),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            ("Power cut leaves 6,400 homes in the dark for four hours", "", "", "W"),
        ],
        [
            (
                "Failed cooling pump at North Mole station to blame, GEA says; engine to stay off until part arrives",
                "the Gibraltar Electricity Authority",
                "says",
                "W",
            ),
        ],
        [
            ("Gareth Bensusan · Thursday 21 October 2027 · 2 min read", "", "", "B"),
        ],
        [
            (
                "Winston Churchill Avenue without street lights or traffic signals shortly after 10pm on Tuesday.",
                "",
                "",
                "",
            ),
            ("Photo: Kyle Ramagge · Tap to enlarge", "", "", "B"),
        ],
        [
            (
                "About 6,400 homes and businesses lost power for up to four hours on Tuesday night after a cooling pump failed on one of the engines at the North Mole power station, the Gibraltar Electricity Authority (GEA) said.",
                "the Gibraltar Electricity Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The outage began at 9.52pm and hit the South District, Europa, the Upper Town and parts of Westside, it said.",
                "the Gibraltar Electricity Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "By midnight power was back everywhere except about 900 customers in the Upper Town, the last of whom were reconnected at 1.48am.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Minister for Utilities, the Hon. Melanie Ferrary MP, said the pump had failed on engine No. 3, and that the station's protection system had then shut down a second engine “exactly as it is designed to do”.",
                "Melanie Ferrary",
                "said",
                "W",
            ),
            (
                "She said a replacement pump had been ordered from the engine's maintenance contractor, Motores Marinos del Estrecho S.L.",
                "Melanie Ferrary",
                "said",
                "W",
            ),
            ("The firm's engineers arrived in Gibraltar on Wednesday morning.", "", "", "W"),
        ],
        [
            (
                "“I want to apologise to every household that sat in the dark on Tuesday night,” Ms Ferrary said.",
                "Melanie Ferrary",
                "said",
                "",
            ),
            ("“Four hours is four hours too long.”", "Melanie Ferrary", "said", ""),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "SPONSORED · Fast ferry to Tangier from £39 each way – book with Strait Line Ferries",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "St Bernard's Hospital ran on its own generators for 11 minutes and no patients were affected, the Gibraltar Health Authority said.",
                "the Gibraltar Health Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Royal Gibraltar Police said officers had directed traffic at four junctions, including the roundabout at the foot of Devil's Tower Road, until the signals came back at about 11.30pm.",
                "The Royal Gibraltar Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Photos of a pitch-black Main Street were shared more than 3,000 times on social media before midnight.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At Calpe Rise on Wednesday morning, neighbours were still comparing notes on the night before.",
                "",
                "",
                "",
            ),
            (
                "“We had no light and no lift, and my mother is on the ninth floor with her knees,” said Yvonne Guerrero-Holmes, 58.",
                "Yvonne Guerrero-Holmes",
                "said",
                "",
            ),
            (
                "“Nadie sabía nada… not even the GEA's own phone line knew what was going on!” she said.",
                "Yvonne Guerrero-Holmes",
                "said",
                "",
            ),
        ],
        [
            (
                "Abdelkader Bensaid, who runs a grocery on Castle Road, said he had thrown away about £600 worth of ice cream and frozen fish.",
                "Abdelkader Bensaid",
                "said",
                "",
            ),
        ],
        [
            (
                "GSD spokesman for utilities Daniel Sacarello said the outage was “the third serious failure at North Mole this year” and called for an independent review.",
                "Daniel Sacarello",
                "said",
                "W",
            ),
            (
                "“How many more times do families in the South District have to throw away a freezer full of food?” he asked.",
                "Daniel Sacarello",
                "asked",
                "",
            ),
        ],
        [
            (
                "Ms Ferrary said there had been two earlier outages at the station this year, in March and July, and that neither had lasted more than 40 minutes.",
                "Melanie Ferrary",
                "said",
                "W",
            ),
            (
                "She said engine No. 3 should be back in service by the weekend.",
                "Melanie Ferrary",
                "said",
                "",
            ),
        ],
        [
            (
                "The GEA said customers whose appliances had been damaged could submit a claim at its Waterport offices until 19 November.",
                "the Gibraltar Electricity Authority",
                "said",
                "W",
            ),
            (
                "It said its fault line had taken 214 calls between 10pm and 2am.",
                "the Gibraltar Electricity Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The North Mole station, which burns liquefied natural gas and diesel, has supplied all of Gibraltar's electricity since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("More from Local", "", "", "B"),
        ],
        [
            ("Glacis Estate lift repairs to finish before Christmas", "", "", "B"),
        ],
        [
            ("Autumn Festival line-up announced", "", "", "B"),
        ],
        [
            (
                "The Straits Bulletin is free every weekday at more than 120 pick-up points across Gibraltar.",
                "",
                "",
                "B",
            ),
            ("Pick up your copy from 7am.", "", "", "B"),
        ],
        [
            ("Get the app   App Store   Google Play", "", "", "B"),
        ],
        [
            (
                "Published by Straits Bulletin Publishing Ltd., Unit 6, Watergardens, Gibraltar GX11 1AA",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("☰   ZERNIKE COURANT   🔍", "", "", "B"),
        ],
        [
            ("NL | EN", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "UG to teach five English-taught bachelor's programmes in Dutch from 2028",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Almost four in ten first-years now come from abroad; the University Council will vote on the plan on 2 April",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Femke Oosterhuis and Joris Dijkhuis", "", "", "B"),
        ],
        [
            ("11 March 2027 at 16:04 · 5 minutes", "", "", "B"),
        ],
        [
            (
                "Students on their way into a lecture in the Harmonie building, home of the Faculty of Arts.",
                "",
                "",
                "",
            ),
            ("Photo Ties Hoogeveen", "", "", "B"),
        ],
        [
            (
                "The University of Groningen will switch five English-taught bachelor's programmes to Dutch from September 2028, the university's board announced on Wednesday.",
                "the university's board",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The five, among them European Languages and Cultures and Spatial Planning and Design, together took 612 first-years last September.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The board said 38 percent of first-year bachelor's students at the university came from abroad last year, against 24 percent in 2017.",
                "The board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Also read: ‘I came for the English. Now I'm learning Dutch to find a room’",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Board president Jouke Tjeerdsma said the choice had been “painful but unavoidable”.",
                "Jouke Tjeerdsma",
                "said",
                "",
            ),
            (
                "He said the university's government funding would fall by €34 million over the next four years, €21 million of it in 2028 alone.",
                "Jouke Tjeerdsma",
                "said",
                "W",
            ),
        ],
        [
            ("“We are not closing the door,” Tjeerdsma said.", "Jouke Tjeerdsma", "said", ""),
            (
                "“International students are welcome to come, learn Dutch and study here, like thousands did before them.”",
                "Jouke Tjeerdsma",
                "said",
                "",
            ),
        ],
        [
            (
                "Rector magnificus Prof. dr. Wouter Mulder said the English-taught master's programmes, i.e. all 41 of them, would not be affected.",
                "Wouter Mulder",
                "said",
                "W",
            ),
        ],
        [
            (
                "Also affected are the 37 lecturers on the five programmes who do not yet teach in Dutch, according to the faculty's own count.",
                "the faculty's own count",
                "according to",
                "W",
            ),
            (
                "They will be offered a free two-year Dutch course, with the first group starting in September.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Some of my colleagues have lived here for fifteen years and lecture in English every day… they are not going to teach planning law in Dutch next year,” said Marloes van der Heijden, dean of the Faculty of Spatial Sciences.",
                "Marloes van der Heijden",
                "said",
                "",
            ),
            (
                "Van der Heijden said seven out of ten first-years in Spatial Planning and Design came from abroad.",
                "Marloes van der Heijden",
                "said",
                "W",
            ),
        ],
        [
            ("Also read: University Council wants more say over budget cuts", "", "", "B"),
        ],
        [
            (
                "Aleksandra Nowicka-Berg, a Polish student of European Languages and Cultures who sits on the University Council for the Open Campus party, said the plan sent “a signal to every international student that they are a problem”.",
                "Aleksandra Nowicka-Berg",
                "said",
                "",
            ),
            (
                "She said her party had collected 2,950 signatures against it by Thursday afternoon.",
                "Aleksandra Nowicka-Berg",
                "said",
                "W",
            ),
        ],
        [
            ("The University Council has the right of consent on the plan.", "", "", "W"),
        ],
        [
            (
                "Last year the university rented 450 rooms for international first-years from Noorderhuis Studentenhuisvesting B.V.",
                "",
                "",
                "W",
            ),
            ("The contract runs until 2030.", "", "", "W"),
        ],
        [
            (
                "Dimitra Kalogeropoulou, a second-year from Thessaloniki, said she had picked Groningen because her programme was in English and cheaper than in London.",
                "Dimitra Kalogeropoulou",
                "said",
                "",
            ),
            (
                "“Would I have come if I had to learn Dutch first?” she asked.",
                "Dimitra Kalogeropoulou",
                "asked",
                "",
            ),
            ("“Honestly, no.”", "Dimitra Kalogeropoulou", "asked", ""),
        ],
        [
            ("Don't miss a thing", "", "", "B"),
            ("Get our English newsletter in your inbox every Friday.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("Tags: internationalisation · University Council · budget cuts", "", "", "B"),
        ],
        [
            ("Lees dit artikel in het Nederlands", "", "", "B"),
        ],
        [
            ("Zernike Courant is editorially independent of the university board.", "", "", "B"),
        ],
        [
            ("2 comments", "", "", "B"),
        ],
        [
            ("Pieter K. · 11 March 2027 at 17:22", "", "", "B"),
        ],
        [
            ("Finally some common sense.", "", "", "B"),
        ],
        [
            ("Ana M. · 11 March 2027 at 18:05", "", "", "B"),
        ],
        [
            ("So we pay the higher fees and get told we are the problem?", "", "", "B"),
            ("Great.", "", "", "B"),
        ],
        [
            ("Share   WhatsApp   LinkedIn   Copy link", "", "", "B"),
        ],
    ],
    [
        [
            ("PAVÉ   Brussels, in English", "", "", "B"),
        ],
        [
            (
                "City   Eat & Drink   Culture   Agenda   Kids   Out of town   Guides   Shop",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Become a member   Newsletter   FR   NL   EN", "", "", "B"),
        ],
        [
            ("CITY › SPORT", "", "", "B"),
        ],
        [
            (
                "Forest's Altitude baths won't reopen before 2029 – and the bill has gone up by €9.5 million",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 1930s pool closed in 2021 for a two-year renovation; asbestos, a cracked basin and a bankrupt builder have kept it shut ever since",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Words Lieselot Vanhaverbeke   Photos Karim El Ouardi-Peeters", "", "", "B"),
        ],
        [
            ("Thursday 6 May 2027", "", "", "B"),
        ],
        [
            (
                "The main basin, drained since 2021, seen from the old spectators' gallery in April.",
                "",
                "",
                "",
            ),
            ("© Karim El Ouardi-Peeters", "", "", "B"),
        ],
        [
            (
                "The Bains d'Altitude, Forest's municipal pool on av. Van Volxem, will not reopen until the spring of 2029, the commune confirmed this week.",
                "the commune",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "The cost of the renovation has risen from €18.4 million to €27.9 million, according to a report to the municipal council dated 22 April.",
                "a report to the municipal council dated 22 April",
                "according to",
                "W",
            ),
            (
                "Of the increase, €4.1 million is for removing asbestos found behind the original tiling in 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nadia Bouzambou-Lenaerts, Forest's alderwoman (échevine) for sport, said she understood the anger of residents who had been promised their pool back “by Christmas 2023”.",
                "Nadia Bouzambou-Lenaerts",
                "said",
                "",
            ),
            (
                "She said the first contractor, Entreprises Générales Dumortier SA, went bankrupt in November 2024 with the basin half rebuilt.",
                "Nadia Bouzambou-Lenaerts",
                "said",
                "W",
            ),
            (
                "The work was retendered and awarded in June 2025 to Bouwgroep Verhaegen NV.",
                "",
                "",
                "W",
            ),
            (
                "The Ghent firm has 140 people on site, the commune says.",
                "the commune",
                "says",
                "W",
            ),
        ],
        [
            (
                "“We found things in that building that nobody drew on any plan in 1933,” she said.",
                "Nadia Bouzambou-Lenaerts",
                "said",
                "",
            ),
            (
                "“I would rather open it late than open it twice.”",
                "Nadia Bouzambou-Lenaerts",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "PAVÉ AGENDA   Brussels Canal Swim is back on 12 June – registration now open",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Since the closure, Forest's primary schools have bussed pupils to the baths in Saint-Gilles for their swimming lessons.",
                "",
                "",
                "W",
            ),
            (
                "The buses cost €86,000 a year, the commune's education department said.",
                "the commune's education department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hugo Vanderstraeten, who coached the swimming club Les Dauphins de Forest asbl for 22 years, said the club had lost more than half of its 340 members since 2021.",
                "Hugo Vanderstraeten",
                "said",
                "W",
            ),
            (
                "“Kids who were eight when it closed are fourteen now, and half of them can't swim a length,” he said.",
                "Hugo Vanderstraeten",
                "said",
                "",
            ),
            ("“Who's going to give them those years back?”", "Hugo Vanderstraeten", "said", ""),
        ],
        [
            (
                "The Brussels-Capital Region has put €6 million into the project and the French Community Commission (COCOF) a further €2.5 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition councillor Tom Van Acker (Groen) called the project “a textbook case of how not to run a building site”.",
                "Tom Van Acker",
                "called",
                "",
            ),
            (
                "He said the council had voted through five budget revisions for the pool since 2021.",
                "Tom Van Acker",
                "said",
                "W",
            ),
        ],
        [
            (
                "Subscribe to Pavé's weekly newsletter: the best of Brussels every Thursday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Your email address   Subscribe", "", "", "B"),
        ],
        [
            ("So where can you swim?", "", "", ""),
        ],
        [
            (
                "Forest residents pay €3.50 for an adult swim at the Saint-Gilles baths, the same as Saint-Gilles residents, under an agreement between the two communes that runs until the end of 2028.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Members of the public can visit the building site on Heritage Days, 18 and 19 September, from 10:00 to 17:00.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tagged: Forest · swimming · architecture · renovation", "", "", "B"),
        ],
        [
            ("YOU MIGHT ALSO LIKE", "", "", "B"),
        ],
        [
            ("Ten outdoor pools within an hour of Brussels", "", "", "B"),
        ],
        [
            ("Why is the Bourse still closed to bikes on Sundays?", "", "", "B"),
        ],
        [
            ("Support independent city journalism in English.", "", "", "B"),
            ("Become a Pavé member from €4 a month.", "", "", "B"),
        ],
        [
            (
                "Pavé is published by Pavé Media SRL, rue de la Régence 58, 1000 Brussels · VAT BE 0784.512.339",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Privacy · Cookies · Advertise with us · Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("mrf.de/english", "", "", "B"),
        ],
        [
            ("MRF English   ☰", "", "", "B"),
        ],
        [
            ("GERMANY", "", "", "B"),
        ],
        [
            ("Rhine at Kaub falls to 38 centimeters, barges sail a third full", "", "", "W"),
        ],
        [
            (
                "The key gauge on the Middle Rhine is at its lowest since October 2022, and freight rates on the river have tripled in a month",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lena Hoffmann-Saric | with material from agencies", "", "", "B"),
        ],
        [
            ("08/19/2027", "", "", "B"),
        ],
        [
            (
                "A barge passes the Pfalzgrafenstein castle at Kaub on Wednesday, with gravel banks showing on both sides.",
                "",
                "",
                "",
            ),
            ("Image: Jana Brenner/MRF", "", "", "B"),
        ],
        [
            (
                "The water level at the Kaub gauge fell to 38 centimeters (15 inches) on Thursday morning, the Federal Waterways and Shipping Administration (WSV) said.",
                "the Federal Waterways and Shipping Administration",
                "said",
                "W",
            ),
            (
                "It said the level had dropped by 31 centimeters in ten days.",
                "the Federal Waterways and Shipping Administration",
                "said",
                "W",
            ),
            (
                "(The reading is not the depth of the river: the shipping channel at Kaub is roughly a meter deeper than the gauge shows.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At the harbor wall in Kaub, Dirk Oberländer-Voss watched his crew check the draft marks on the MS Lorelei Star, a 110-meter tanker.",
                "",
                "",
                "",
            ),
            (
                "He said the ship, which can carry 3,000 tons of diesel, had left Rotterdam on Monday with 1,050 tons.",
                "Dirk Oberländer-Voss",
                "said",
                "",
            ),
            (
                "“If we load more, we sit on the bottom at St. Goar,” he said.",
                "Dirk Oberländer-Voss",
                "said",
                "",
            ),
            (
                "“So we sail three times to carry what we used to carry once.”",
                "Dirk Oberländer-Voss",
                "said",
                "",
            ),
        ],
        [
            ("Skip next section Related content", "", "", "B"),
        ],
        [
            ("Related content", "", "", "B"),
        ],
        [
            ("Why Germany's rivers keep running low", "", "", "B"),
            (
                "Dry summers are becoming the rule on the Rhine, the Elbe and the Danube.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Freight rates for a tanker from Rotterdam to Karlsruhe have risen from about €18 to €57 per ton since mid-July, according to data from a freight exchange in Duisburg.",
                "data from a freight exchange in Duisburg",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The chemicals maker Kessler Chemie AG said on Wednesday it had cut output at its Mannheim plant by 15% because it could not bring in enough raw materials by river.",
                "Kessler Chemie AG",
                "said",
                "W",
            ),
            (
                "It said it had moved 40 train loads a week to rail.",
                "Kessler Chemie AG",
                "said",
                "W",
            ),
        ],
        [
            (
                "Two in three industrial firms along the Rhine now expect delays to their supplies, according to a survey of 214 firms by the shippers' association Verband Rheinischer Verlader e.V.",
                "a survey of 214 firms by the shippers' association Verband Rheinischer Verlader e.V.",
                "according to",
                "W",
            ),
            (
                "The association said the share had been one in five in June.",
                "The association",
                "said",
                "W",
            ),
        ],
        [
            ("▶ Barge crews on the Rhine load less as the water falls", "", "", ""),
            ("Video 02:14", "", "", "B"),
        ],
        [
            (
                "Prof. Dr. Annette Kühnel-Brandt, a transport economist at the Koblenz Institute for Logistics Research, said a long dry spell could knock 0.1 percentage points off German growth in the third quarter.",
                "Annette Kühnel-Brandt",
                "said",
                "",
            ),
            (
                "“In 2018 the river did not come back to normal until shortly before Christmas,” she said.",
                "Annette Kühnel-Brandt",
                "said",
                "W",
            ),
        ],
        [
            (
                "The German Weather Service (DWD) said no significant rain was expected in the Rhine catchment before the end of next week.",
                "The German Weather Service",
                "said",
                "",
            ),
            (
                "It said July had been the driest in Rhineland-Palatinate since 1976, with 19 liters of rain per square meter.",
                "The German Weather Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for the Federal Transport Ministry said work to deepen the channel between Mainz and St. Goar was due to begin in 2028.",
                "A spokeswoman for the Federal Transport Ministry",
                "said",
                "",
            ),
        ],
        [
            ("Kaub gauge, 6 a.m. readings", "", "", "B"),
        ],
        [
            ("Date | Level", "", "", "B"),
        ],
        [
            ("Aug. 9 | 69 cm", "", "", ""),
        ],
        [
            ("Aug. 13 | 55 cm", "", "", ""),
        ],
        [
            ("Aug. 16 | 46 cm", "", "", ""),
        ],
        [
            ("Aug. 19 | 38 cm", "", "", ""),
        ],
        [
            ("Source: WSV", "", "", "B"),
        ],
        [
            ("Edited by: Mark Tessendorf-Lui", "", "", "B"),
        ],
        [
            ("Send   Facebook   X   WhatsApp   E-Mail", "", "", "B"),
        ],
        [
            ("Permalink https://mrf.de/en/a-71844520", "", "", "B"),
        ],
        [
            ("Skip next section Explore more", "", "", "B"),
        ],
        [
            ("Explore more", "", "", "B"),
        ],
    ],
    [
        [
            ("https://www.hws-news.ch/en/wire/print/20270926-vote-youth-rail", "", "", "B"),
        ],
        [
            ("HWS Helvetic Wire Service – English Service", "", "", "B"),
        ],
        [
            ("Print   Close window", "", "", "B"),
        ],
        [
            (
                "UPDATE 3-Swiss voters reject free rail passes for under-25s, back higher tobacco tax",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "* Youth rail initiative rejected by 57.8% of voters and 23 of 26 cantons",
                "",
                "",
                "W",
            ),
        ],
        [
            ("* Tobacco tax increase accepted with 61.4%", "", "", "W"),
        ],
        [
            ("* Turnout 44.9%", "", "", "W"),
        ],
        [
            (
                "(Adds comments from initiative committee, political scientist in paragraphs 8-12)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("By Regula Imhof-Bieri", "", "", "B"),
        ],
        [
            (
                "BERN, Sept 26 (HWS) - Swiss voters on Sunday rejected a popular initiative that would have given everyone under 25 a free national rail pass, with 57.8% voting no, according to final results from the Federal Chancellery.",
                "final results from the Federal Chancellery",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Only Geneva, Basel-Stadt and Neuchâtel voted yes, leaving the initiative far short of the double majority of people and cantons that any change to the federal constitution requires.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a second vote, 61.4% backed an amendment to the Tobacco Tax Act that raises the tax on a pack of 20 cigarettes by CHF 1.20, the first increase since 2013.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transport Minister Urs Marti-Giger told reporters in Bern that the rail pass would have cost the federal government and the cantons about CHF 1.9 billion a year.",
                "Urs Marti-Giger",
                "told reporters",
                "W",
            ),
            (
                '"Voters have said clearly that someone has to pay for public transport, and that it cannot only be the taxpayer," Marti-Giger said.',
                "Urs Marti-Giger",
                "said",
                "",
            ),
        ],
        [
            ("The no vote was strongest in the half-canton of Appenzell I.Rh.", "", "", "W"),
            ("Only 28.7% of voters there backed the initiative.", "", "", "W"),
        ],
        [
            (
                "In St. Gallen, where the initiative's organisers had campaigned hardest, 61.2% voted no.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                'Noemi Cattaneo, co-president of the initiative committee, said the result was "a disappointment, not a defeat".',
                "Noemi Cattaneo",
                "said",
                "",
            ),
            (
                "She said the committee had collected 118,400 valid signatures in 14 months, more than the 100,000 needed to force a nationwide vote.",
                "Noemi Cattaneo",
                "said",
                "W",
            ),
            (
                '"Will a 19-year-old apprentice in Uri now keep paying CHF 2,860 for a GA?" she said.',
                "Noemi Cattaneo",
                "said",
                "",
            ),
            (
                "(The GA, or general travelcard, gives unlimited travel on almost all Swiss trains, buses and boats.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Swiss Federal Railways (SBB) said 412,000 people under 25 held a GA at the end of 2026.",
                "Swiss Federal Railways",
                "said",
                "W",
            ),
        ],
        [
            (
                "Martin Aebersold, a political scientist at the University of Bern, said young voters had once again stayed at home.",
                "Martin Aebersold",
                "said",
                "",
            ),
            (
                "He said a post-vote survey by his institute put turnout among 18- to 24-year-olds at about 31%, against 44.9% overall.",
                "Martin Aebersold",
                "said",
                "W",
            ),
            (
                '"A youth initiative that the youth do not vote for is very hard to win," he said.',
                "Martin Aebersold",
                "said",
                "",
            ),
        ],
        [
            (
                "The tobacco tax increase takes effect on Jan. 1 and will raise about CHF 210 million a year, the Federal Office of Public Health said.",
                "the Federal Office of Public Health",
                "said",
                "W",
            ),
        ],
        [
            (
                "The retailers' association Tabak Detail Schweiz said the rise would send more smokers across the border to buy cigarettes in Germany, France and Italy.",
                "Tabak Detail Schweiz",
                "said",
                "",
            ),
        ],
        [
            ("The next federal votes are scheduled for Nov. 28.", "", "", "W"),
        ],
        [
            ("RESULTS (final, Federal Chancellery)", "", "", "B"),
        ],
        [
            ("Youth rail pass initiative: Yes 42.2% / No 57.8%; cantons 3 yes, 23 no", "", "", ""),
        ],
        [
            ("Tobacco Tax Act amendment: Yes 61.4% / No 38.6%", "", "", ""),
        ],
        [
            ("Turnout: 44.9%", "", "", ""),
        ],
        [
            (
                "(Reporting by Regula Imhof-Bieri; additional reporting by Luca Bernasconi in Geneva; editing by Thomas Wyss-Kühne)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("((regula.imhof-bieri@hws-news.ch))", "", "", "B"),
        ],
        [
            ("Related coverage", "", "", "B"),
        ],
        [
            ("FACTBOX-What Swiss voters decided on Sunday", "", "", "B"),
        ],
        [
            ("Swiss franc steady as markets shrug off vote", "", "", "B"),
        ],
        [
            ("© 2027 Helvetic Wire Service AG.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Printed on 26.09.2027, 19:42", "", "", "B"),
        ],
    ],
    [
        [
            ("SCHUSS   ☰   🔍", "", "", "B"),
        ],
        [
            ("LIVE TICKER   RESULTS   CALENDAR   STANDINGS", "", "", "B"),
        ],
        [
            ("World Cup › Men › Kitzbühel", "", "", "B"),
        ],
        [
            ("Pranzl-Egger wins wind-shortened Streif by eight hundredths", "", "", "W"),
        ],
        [
            (
                "The 26-year-old from Saalbach beats Norway's Sivertsen-Haug for his first World Cup win; Switzerland's Brunner flown to hospital after crash at the Hausbergkante",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Markus Trenkwalder, Kitzbühel · 23 Jan 2027, 14:08", "", "", "B"),
        ],
        [
            ("▶ Watch the winning run (1:41)", "", "", "B"),
        ],
        [
            (
                "Lukas Pranzl-Egger throws his skis in the air in the finish area after his run with bib No. 9.",
                "",
                "",
                "",
            ),
            ("Photo: Alpine Pix/Schuss", "", "", "B"),
        ],
        [
            (
                "Lukas Pranzl-Egger won the Hahnenkamm downhill in Kitzbühel on Saturday by 0.08 seconds, in a race shortened because of strong wind at the top of the Streif.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Starting with bib No. 9, the 26-year-old from Saalbach finished in 1:33.47, ahead of Norway's Eirik Sivertsen-Haug (+0.08) and Italy's Matteo Dal Bosco (+0.31).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The jury moved the start down to the reserve start below the Mausefalle at 10:40, 50 minutes before the race, after gusts of up to 70 km/h were measured at the top, the organisers said.",
                "the organisers",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I didn't look at the board… then I heard the noise and I knew,” Pranzl-Egger told reporters in the finish area.",
                "Lukas Pranzl-Egger",
                "told reporters",
                "",
            ),
            (
                "“My grandfather stood at the Hausbergkante for 40 years and never saw a boy from Saalbach win here!” he said.",
                "Lukas Pranzl-Egger",
                "said",
                "",
            ),
        ],
        [
            (
                "Sivertsen-Haug said he had been 0.19 seconds up at the last split before the Hausbergkante.",
                "Eirik Sivertsen-Haug",
                "said",
                "W",
            ),
            (
                "“Eight hundredths on the Streif is nothing and everything,” he said.",
                "Eirik Sivertsen-Haug",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Switzerland's Nico Brunner crashed at the Hausbergkante and was flown by helicopter to the hospital in St. Johann in Tirol, where a torn cruciate ligament in his left knee was diagnosed, Swiss-Ski said in a statement.",
                "Swiss-Ski",
                "said in a statement",
                "W",
            ),
            ("It said he would miss the rest of the season.", "Swiss-Ski", "said", ""),
            (
                "The race was stopped for 17 minutes while he was treated on the course.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "ÖSV sports director Mag. Herbert Kofler-Strasser said Austria had five men in the top 15 for the first time this season.",
                "Herbert Kofler-Strasser",
                "said",
                "W",
            ),
            (
                "He said the decision to race from the reserve start had been “the right one, and the only one”.",
                "Herbert Kofler-Strasser",
                "said",
                "",
            ),
        ],
        [
            (
                "Dal Bosco was the fastest man through the speed trap on the Hausbergkante at 141.2 km/h.",
                "",
                "",
                "W",
            ),
            ("No other racer went faster than 139 km/h.", "", "", "W"),
        ],
        [
            (
                "The winner takes €100,000 of the €325,000 prize money, according to the organising committee.",
                "the organising committee",
                "according to",
                "W",
            ),
            (
                "About 41,500 spectators watched in the finish area and along the course, the organisers said.",
                "the organisers",
                "said",
                "W",
            ),
        ],
        [
            (
                "In the grandstand at the Zielschuss, a group from Saalbach had hung a bedsheet painted with the words “LUKI, FLIEG!”",
                "",
                "",
                "",
            ),
            (
                "“He was on skis before he could walk properly,” said his mother, Theresa Pranzl, who cried through the flower ceremony.",
                "Theresa Pranzl",
                "said",
                "",
            ),
        ],
        [
            ("Results: Hahnenkamm downhill (top 6)", "", "", "B"),
        ],
        [
            ("Rk | Bib | Name | Nat | Time | Diff", "", "", "B"),
        ],
        [
            ("1 | 9 | PRANZL-EGGER Lukas | AUT | 1:33.47 |", "", "", ""),
        ],
        [
            ("2 | 5 | SIVERTSEN-HAUG Eirik | NOR | 1:33.55 | +0.08", "", "", ""),
        ],
        [
            ("3 | 14 | DAL BOSCO Matteo | ITA | 1:33.78 | +0.31", "", "", ""),
        ],
        [
            ("4 | 2 | GISLER-ZURFLUH Sandro | SUI | 1:33.92 | +0.45", "", "", ""),
        ],
        [
            ("5 | 11 | HUBER-LEITNER Fabian | AUT | 1:34.06 | +0.59", "", "", ""),
        ],
        [
            ("6 | 21 | DUCLOS Arnaud | FRA | 1:34.10 | +0.63", "", "", ""),
        ],
        [
            ("DNF: BRUNNER Nico (SUI), LINDQVIST Oskar (SWE)", "", "", ""),
        ],
        [
            ("Full results", "", "", "B"),
        ],
        [
            (
                "The slalom on the Ganslern is on Sunday, with the first run at 10:30 and the second at 13:30.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("NEXT RACE   Sun 24 Jan · Slalom Kitzbühel · 10:30   ⏰ Reminder", "", "", "B"),
        ],
        [
            ("Comments (41)", "", "", "B"),
        ],
        [
            ("© Schuss 2027 · Imprint · Privacy · Cookie settings", "", "", "B"),
        ],
    ],
    [
        [
            ("lupa.org.pl", "", "", "B"),
        ],
        [
            (
                "A mayor's brother-in-law, a PLN 38.4 million heating contract and a tender only one firm could win",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Anna Zielińska-Kurek, Piotr Mazurek", "", "", "B"),
        ],
        [
            ("18–22 minutes", "", "", "B"),
        ],
        [
            (
                "Tender documents obtained by Lupa show that the conditions set by the municipal heating company in Zawierzbie ruled out every bidder but one – a firm run by the mayor's brother-in-law",
                "Tender documents obtained by Lupa",
                "show",
                "W",
            ),
        ],
        [
            (
                "In March 2025 the municipal heating company in Zawierzbie, a town of 11,000 people in Podkarpackie province, signed a PLN 38.4 million (€8.9 million) contract to replace its coal-fired boilers with a biomass and gas plant.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Only one company, Termobud-Wschód sp. z o.o., submitted a bid, the tender file shows.",
                "the tender file",
                "shows",
                "W",
            ),
        ],
        [
            (
                "Since May 2023 Termobud-Wschód has had a one-person management board, Grzegorz Pawlikowski, according to entries in the National Court Register (KRS).",
                "entries in the National Court Register",
                "according to",
                "W",
            ),
            (
                "Pawlikowski is married to Ewelina Pawlikowska, née Sołtysiak, the sister of Zawierzbie's mayor, Marek Sołtysiak.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“The conditions were written for one company.", "", "", "B"),
            ("Everybody in the trade knew it.”", "", "", "B"),
        ],
        [
            (
                "The tender, published on 14 January 2025, required bidders to have built at least three biomass heating plants of 8 MW or more within 50 kilometres of Zawierzbie in the previous five years.",
                "",
                "",
                "W",
            ),
            (
                "Only four such plants exist within that radius, and Termobud-Wschód built three of them.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr hab. inż. Katarzyna Nowak-Grabowska, a public procurement specialist at the Rzeszów University of Technology, said the 50-kilometre condition had “no technical justification whatsoever”.",
                "Katarzyna Nowak-Grabowska",
                "said",
                "",
            ),
            (
                "She said Art. 112 of the Public Procurement Law requires conditions to be proportionate to the subject of the contract.",
                "Katarzyna Nowak-Grabowska",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The conditions were written for one company,” said a heating engineer who bid for similar contracts in the region and asked not to be named.",
                "a heating engineer who bid for similar contracts in the region",
                "said",
                "",
            ),
            (
                "“Everybody in the trade knew it.”",
                "a heating engineer who bid for similar contracts in the region",
                "said",
                "",
            ),
        ],
        [
            (
                "Read also: How a county hospital paid PLN 2.1 million for ambulances it never received",
                "",
                "",
                "B",
            ),
        ],
        [
            ("How the contract was won", "", "", ""),
        ],
        [
            (
                "14 January 2025 – the heating company publishes the tender, giving firms 21 days to bid.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "4 February 2025 – a single bid arrives, from Termobud-Wschód, for PLN 38.4 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "11 March 2025 – the contract is signed at the company's offices on ul. Kolejowa.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "2 October 2025 – the Regional Audit Chamber in Rzeszów begins an inspection of the municipality.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Most of the construction work was then subcontracted to a boiler installer from Krosno, Instal-Kros sp. z o.o.",
                "",
                "",
                "W",
            ),
            (
                "Its co-owner is Pawlikowski's brother, Tomasz, the register shows.",
                "the register",
                "shows",
                "W",
            ),
        ],
        [
            ("Lupa is funded by its readers.", "", "", "B"),
            ("Give us 1.5% of your tax: KRS 0000945127.", "", "", "B"),
        ],
        [
            (
                "In a written reply to Lupa's questions, Mayor Marek Sołtysiak said he had “no influence whatsoever” on the tender, which was run by the heating company's own board.",
                "Marek Sołtysiak",
                "said",
                "",
            ),
            (
                "He said the municipality owns 100% of the heating company but does not appoint its tender committee.",
                "Marek Sołtysiak",
                "said",
                "W",
            ),
        ],
        [
            (
                "The heating company's president, Zdzisław Kmiecik, did not respond to questions sent on 3 November.",
                "Zdzisław Kmiecik",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "Reached by phone, Pawlikowski said his company had “won fairly, because it was the best”.",
                "Grzegorz Pawlikowski",
                "said",
                "",
            ),
            (
                "“Is it my fault that the others can't build boilers?” he said.",
                "Grzegorz Pawlikowski",
                "said",
                "",
            ),
        ],
        [
            (
                "Heat prices for the 2,900 households connected to the town's network rose by 46% in 2026, according to the heating company's tariff approved by the Energy Regulatory Office (URE).",
                "the heating company's tariff approved by the Energy Regulatory Office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Halina Dudek, 71, a retired teacher who lives in a block on ul. Słoneczna, said her monthly heating bill had gone from PLN 290 to PLN 430.",
                "Halina Dudek",
                "said",
                "",
            ),
            (
                "“There was a notice about a tender on the board in the stairwell, but who reads tenders?” she said.",
                "Halina Dudek",
                "said",
                "",
            ),
        ],
        [
            (
                "The inspection report, dated 19 December 2025, says the municipality never checked whether members of the heating company's board had declared conflicts of interest.",
                "The inspection report",
                "says",
                "W",
            ),
        ],
        [
            (
                "The Central Anti-Corruption Bureau (CBA) confirmed that it received a notification about the contract in August.",
                "The Central Anti-Corruption Bureau",
                "confirmed",
                "W",
            ),
            (
                "It said the matter was “under analysis”.",
                "The Central Anti-Corruption Bureau",
                "said",
                "",
            ),
        ],
        [
            (
                "How we reported this: Lupa obtained the tender file under the Access to Public Information Act and checked company records in the National Court Register and the Central Register of Beneficial Owners.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("This investigation was supported by the Vistula Investigative Fund.", "", "", "B"),
        ],
        [
            (
                "Anna Zielińska-Kurek covers local government in south-eastern Poland for Lupa.",
                "",
                "",
                "B",
            ),
            ("Piotr Mazurek is Lupa's data editor.", "", "", "B"),
        ],
        [
            ("Translated from Polish by Joanna Krupa-Hill.", "", "", "B"),
            ("Spotted an error? Write to korekta@lupa.org.pl.", "", "", "B"),
        ],
    ],
    [
        [
            ("You have read 2 of your 3 free articles this month.", "", "", "B"),
            ("Subscribe from CZK 2,490 a year for unlimited access.", "", "", "B"),
        ],
        [
            ("LOG IN   SUBSCRIBE   EVENTS   NEWSLETTER", "", "", "B"),
        ],
        [
            ("MALT & HOP MONITOR", "", "", "B"),
        ],
        [
            (
                "Markets   Breweries   Hops & Malt   Packaging   Retail & HoReCa   People   Data",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Markets › Czech Republic", "", "", "B"),
        ],
        [
            (
                "Czech beer output slips 2.6% to 19.1 million hl as pubs lose ground to shops",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Exports rise for a fourth year to a record 5.02 million hl, brewers' association says",
                "the Bohemian and Moravian Brewers' Association",
                "says",
                "W",
            ),
        ],
        [
            ("Jakub Hořejší   12.02.2027   6 min read", "", "", "B"),
        ],
        [
            ("Share   LinkedIn   X   Email   Print", "", "", "B"),
        ],
        [
            (
                "Czech breweries produced 19.1 million hectolitres of beer in 2026, 2.6% less than a year earlier, the Bohemian and Moravian Brewers' Association (BMBA) said on Thursday.",
                "the Bohemian and Moravian Brewers' Association",
                "said",
                "W",
            ),
            (
                "It was the lowest output since 2021, when pubs were closed for much of the winter.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Domestic sales fell 4.7% to 14.1 million hl, while exports rose 3.1% to a record 5.02 million hl, the association said.",
                "the association",
                "said",
                "W",
            ),
            (
                "Draught beer made up 36% of domestic sales, down from 41% in 2019, it said.",
                "the Bohemian and Moravian Brewers' Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ing. Tomáš Kratochvíl, Ph.D., executive director of the BMBA, said the shift from pubs to shops was “structural, not temporary”.",
                "Tomáš Kratochvíl",
                "said",
                "",
            ),
            (
                "He said the association counted 1,140 fewer outlets serving draught beer at the end of 2026 than a year earlier.",
                "Tomáš Kratochvíl",
                "said",
                "W",
            ),
            (
                "“The excise increase of January 2024 added about CZK 0.60 to a half-litre in the pub, and then the landlord put another crown on top,” Kratochvíl said.",
                "Tomáš Kratochvíl",
                "said",
                "W",
            ),
        ],
        [
            ("PARTNER CONTENT", "", "", "B"),
        ],
        [
            (
                "Kegs, cans or glass? Meet 60 packaging suppliers at BeverEx Praha, 22–24 April",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Germany remained the largest export market at 1.46 million hl, followed by Slovakia and Poland, according to association data.",
                "association data",
                "according to",
                "W",
            ),
            ("Shipments grew fastest to South Korea, Japan and the U.S.", "", "", "W"),
            ("Exports to China fell by almost a third.", "", "", "W"),
        ],
        [
            ("The largest exporter is Skalický pivovar a.s.", "", "", "W"),
            (
                "The family-owned brewer in South Bohemia said it shipped 1.12 million hl to 54 countries last year.",
                "The family-owned brewer in South Bohemia",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shares in Pivovary Morava, the only Czech brewer listed in Prague, fell 4.2% on Thursday after the figures were published.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Malt prices fell 8% in the 2026 harvest year thanks to a larger barley crop, the maltster Sladovna Haná s.r.o. said.",
                "Sladovna Haná s.r.o.",
                "said",
                "W",
            ),
        ],
        [
            ("Related: Žatec hop growers cut acreage for a second year", "", "", "B"),
        ],
        [
            (
                "Petra Dvořáková, consumer analyst at Vltava Capital, said she expected domestic output to fall by another 1–2% in 2027.",
                "Petra Dvořáková",
                "said",
                "",
            ),
            (
                "“Czechs still drink more beer per head than anyone in the world, but the young ones drink it at home,” she said.",
                "Petra Dvořáková",
                "said",
                "W",
            ),
        ],
        [
            (
                "Consumption per head, including imported beer, was 127 litres, the BMBA said.",
                "the Bohemian and Moravian Brewers' Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Josef Vacek, who runs two pubs in Brno's Žabovřesky district, has started selling beer in litre bottles to take home.",
                "",
                "",
                "",
            ),
            (
                "“People still come in for one beer… then they buy three bottles and go and watch the match on the sofa,” he said.",
                "Josef Vacek",
                "said",
                "",
            ),
        ],
        [
            (
                "Members of the association will elect a new chairman at its general assembly in Plzeň on 18 March.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Czech beer in numbers (million hl)", "", "", "B"),
        ],
        [
            ("| 2024 | 2025 | 2026", "", "", "B"),
        ],
        [
            ("Production | 19.8 | 19.6 | 19.1", "", "", ""),
        ],
        [
            ("Domestic sales | 15.0 | 14.8 | 14.1", "", "", ""),
        ],
        [
            ("Exports | 4.69 | 4.87 | 5.02", "", "", ""),
        ],
        [
            ("Source: BMBA, CZSO", "", "", "B"),
        ],
        [
            ("Subscribers can download the full BMBA tables in our Data section.", "", "", "B"),
        ],
        [
            ("TAGS: production · exports · excise · BMBA", "", "", "B"),
        ],
        [
            (
                "Malt & Hop Monitor is published by Hopmedia s.r.o., Na Poříčí 12, 110 00 Praha 1, Czech Republic.",
                "",
                "",
                "B",
            ),
            ("© 2027 Hopmedia s.r.o.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KYIV MERIDIAN   Support us   Log in", "", "", "B"),
        ],
        [
            ("Ukraine   War   Business   Kyiv   Opinion   Explainers   Culture", "", "", "B"),
        ],
        [
            ("● LIVE", "", "", "B"),
        ],
        [
            (
                "Ukraine live: power cut schedules return in Kyiv and Kharkiv oblasts after strike on thermal plant",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Last updated: 19:05 Kyiv time, 1 December 2027", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   Telegram", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "Scheduled outages return in Kyiv and Kharkiv oblasts on Dec. 2 from 08:00 to 22:00, Ukrenergo says.",
                "Ukrenergo",
                "says",
                "W",
            ),
        ],
        [
            (
                "Parliament backs bill No. 11482 on housing compensation in first reading.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "November grain exports reach 4.6 million tonnes, the Agriculture Ministry says.",
                "the Agriculture Ministry",
                "says",
                "W",
            ),
        ],
        [
            ("19:05", "", "", "B"),
        ],
        [
            (
                "Ukrenergo: outages of up to four hours at a time on Thursday",
                "Ukrenergo",
                "Ukrenergo:",
                "W",
            ),
        ],
        [
            (
                "Grid operator Ukrenergo said on Telegram that households in Kyiv and Kharkiv oblasts would be without power for up to four hours at a time between 08:00 and 22:00 on Dec. 2.",
                "Ukrenergo",
                "said on Telegram",
                "W",
            ),
            (
                "The company said the cuts were needed because a thermal power plant in central Ukraine had been damaged in an overnight drone attack.",
                "The company",
                "said",
                "W",
            ),
            (
                "Schedules for each address are published by the regional distribution companies.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Oksana Lytvyn", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("18:20", "", "", "B"),
        ],
        [
            ("Rada passes housing compensation bill in first reading", "", "", "W"),
        ],
        [
            (
                "The Verkhovna Rada passed bill No. 11482 in its first reading with 262 votes, lawmaker Dmytro Bondarets wrote on Telegram.",
                "Dmytro Bondarets",
                "wrote on Telegram",
                "W",
            ),
            ("A bill needs at least 226 votes in the 450-seat parliament to pass.", "", "", "W"),
            (
                "The bill would let families whose homes were destroyed use their housing certificates to buy flats in buildings still under construction, not only finished ones.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Oksana Lytvyn", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("17:40", "", "", "B"),
        ],
        [
            (
                "Ukraine exported 4.6 million tonnes of grain in November, 7% more than in October, the Agriculture Ministry said.",
                "the Agriculture Ministry",
                "said",
                "W",
            ),
            ("Most of it left through the ports of Greater Odesa.", "", "", "W"),
        ],
        [
            ("Maksym Derkach", "", "", "B"),
        ],
        [
            ("16:55", "", "", "B"),
        ],
        [
            (
                "Three injured in drone attack on Sumy, governor says",
                "Volodymyr Hnatiuk",
                "says",
                "W",
            ),
        ],
        [
            (
                "Three people were injured when a Russian drone hit a five-storey residential building in Sumy on Wednesday afternoon, Volodymyr Hnatiuk, head of the Sumy Oblast Military Administration, said.",
                "Volodymyr Hnatiuk",
                "said",
                "W",
            ),
            (
                "He said a 64-year-old woman was in hospital in a serious condition.",
                "Volodymyr Hnatiuk",
                "said",
                "W",
            ),
        ],
        [
            ("Maksym Derkach", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Support independent journalism from Ukraine.", "", "", "B"),
            ("Become a member from $5 a month.", "", "", "B"),
        ],
        [
            ("16:10", "", "", "B"),
        ],
        [
            ("Hryvnia slips to 42.18 per dollar", "", "", "W"),
        ],
        [
            (
                "The National Bank of Ukraine set the official rate for Thursday at UAH 42.18 per U.S. dollar, from 41.97 a day earlier.",
                "",
                "",
                "W",
            ),
            (
                "Halyna Moroz, chief economist at Dnipro Investment Advisors, said she expected the hryvnia to weaken gradually to about 43.5 by the end of March.",
                "Halyna Moroz",
                "said",
                "",
            ),
        ],
        [
            ("Oksana Lytvyn", "", "", "B"),
        ],
        [
            ("15:30", "", "", "B"),
        ],
        [
            ("Kyiv keeps 46 metro stations open until 1 a.m.", "", "", "W"),
        ],
        [
            (
                "Forty-six metro stations will stay open until 1 a.m. while the outages last, so that residents can warm up and charge their phones, the Kyiv City Military Administration said.",
                "the Kyiv City Military Administration",
                "said",
                "W",
            ),
            ("The metro usually closes at 11 p.m.", "", "", "W"),
            (
                "Heated tents run by the State Emergency Service are also open at 214 points across the city.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Why does the schedule say four hours when we sat without light for seven?” asked Larysa Bondar, 72, a pensioner in Kyiv's Troieshchyna district.",
                "Larysa Bondar",
                "asked",
                "",
            ),
        ],
        [
            ("Maksym Derkach", "", "", "B"),
        ],
        [
            ("14:45", "", "", "B"),
        ],
        [
            ("Frost down to -12°C expected this weekend", "", "", ""),
        ],
        [
            (
                "Temperatures in Kyiv will fall to -12°C on Saturday night, the Ukrainian Hydrometeorological Center said.",
                "the Ukrainian Hydrometeorological Center",
                "said",
                "",
            ),
        ],
        [
            ("Oksana Lytvyn", "", "", "B"),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
    ],
    [
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE MTKVARI MEMO", "", "", "B"),
        ],
        [
            ("Georgia, every Friday, in English · Issue #212", "", "", "B"),
        ],
        [
            (
                "Metro fares go up, wine exports hit a record, and I queue for a gondola",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tamta Berishvili", "", "", "B"),
            ("Feb 26, 2027", "", "", "B"),
        ],
        [
            ("♡ 48   💬 6   ↻ Share", "", "", "B"),
        ],
        [
            ("Gamarjoba from a grey, drizzly Tbilisi.", "", "", ""),
            (
                "This week I stood in a lift queue for two hours so that you don't have to (more on that below).",
                "",
                "",
                "",
            ),
        ],
        [
            ("Forwarded this email? Subscribe here for free.", "", "", "B"),
        ],
        [
            ("🚇 TBILISI", "", "", "B"),
        ],
        [
            (
                "Metro and bus fares in Tbilisi will rise from GEL 1 to GEL 1.50 on April 1, Tbilisi City Hall said on Monday.",
                "Tbilisi City Hall",
                "said",
                "W",
            ),
            ("It is the first fare rise since 2019.", "", "", "W"),
        ],
        [
            (
                "“Fifty tetri is fifty tetri,” said Giorgi Kapanadze, 34, a courier I met at Rustaveli station, who rides the metro twice a day.",
                "Giorgi Kapanadze",
                "said",
                "",
            ),
        ],
        [
            (
                "A group called Fair Fare has called a march for Saturday at noon, starting outside the Opera on Rustaveli Ave.",
                "",
                "",
                "W",
            ),
            (
                "City Hall has not said whether the avenue will be closed to traffic.",
                "Tbilisi City Hall",
                "has not said",
                "",
            ),
        ],
        [
            (
                "I put three questions to Nato Chkheidze, who heads City Hall's transport department.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Q: Why now?", "", "", ""),
            (
                "A: A single ride costs the city GEL 2.30 to provide, and the fare has not changed in eight years.",
                "Nato Chkheidze",
                "A:",
                "W",
            ),
            (
                "The budget covers the difference, about GEL 310 million this year.",
                "Nato Chkheidze",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Will anyone still ride for GEL 1?", "", "", ""),
            (
                "A: Pensioners, students and people with disabilities keep their free or reduced passes.",
                "Nato Chkheidze",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Will the extra money buy new buses?", "", "", ""),
            ("A: Yes, 120 electric buses are on order.", "Nato Chkheidze", "A:", "W"),
            (
                "We hope to have all of them on the road by the end of 2028.",
                "Nato Chkheidze",
                "A:",
                "",
            ),
        ],
        [
            ("— SPONSORED —", "", "", "B"),
        ],
        [
            (
                "This issue is supported by Kolkheti Coworking, the quietest desks in Vake.",
                "",
                "",
                "B",
            ),
            ("First week free for Memo readers with the code MEMO27.", "", "", "B"),
        ],
        [
            ("🍷 WINE", "", "", "B"),
        ],
        [
            (
                "Georgia exported 112.4 million bottles of wine in 2026, a record, according to the National Wine Agency.",
                "the National Wine Agency",
                "according to",
                "W",
            ),
            (
                "Russia took 58% of them, down from 61% a year earlier, and China moved into third place, ahead of Poland.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Levan Gogichaishvili, who makes qvevri wine in Gurjaani, told me the record hides how much the industry still depends on a single market.",
                "Levan Gogichaishvili",
                "told me",
                "",
            ),
            (
                "He said he had sold 70% of his 2025 vintage to Poland and the Baltic states.",
                "Levan Gogichaishvili",
                "said",
                "",
            ),
        ],
        [
            ("💸 MONEY", "", "", "B"),
        ],
        [
            (
                "The lari ended the week at 2.71 to the dollar, per the National Bank of Georgia's official rate.",
                "the National Bank of Georgia's official rate",
                "per",
                "W",
            ),
            ("Annual inflation slowed to 3.1% in January, per Geostat.", "Geostat", "per", "W"),
            ("My rent, for the record, did not slow down.", "", "", ""),
        ],
        [
            ("⛷ MOUNTAINS", "", "", "B"),
        ],
        [
            (
                "The new gondola from Kobi to Gudauri is run by a private operator, Kazbegi Lifts LLC.",
                "",
                "",
                "W",
            ),
            (
                "It said the lift carried 18,400 people on its first weekend.",
                "Kazbegi Lifts LLC",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Sunday I waited 2 hrs. in the queue at the bottom station, behind a school group from Rustavi.",
                "",
                "",
                "",
            ),
            ("Was it worth it?", "", "", ""),
            ("Ask me again when my feet warm up.", "", "", ""),
        ],
        [
            ("That's it from me.", "", "", ""),
            ("Nakhvamdis, and see you next Friday.", "", "", ""),
        ],
        [
            ("Tamta", "", "", "B"),
        ],
        [
            ("Like   Comment   Restack", "", "", "B"),
        ],
        [
            ("© 2027 Tamta Berishvili", "", "", "B"),
            ("Kostava St. 14, Tbilisi 0108, Georgia", "", "", "B"),
        ],
        [
            ("Unsubscribe   Manage preferences", "", "", "B"),
        ],
        [
            ("Start writing   Get the app", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h108-en-ltd-ends",
        "The depot was sold in 2019 to Ferriby Coachworks Ltd. The new owner shut it a year later.",
        [
            "The depot was sold in 2019 to Ferriby Coachworks Ltd.",
            "The new owner shut it a year later.",
        ],
    ),
    (
        "h108-en-plc-ends",
        "The paper is owned by Wold Gate Media plc. Its presses are in Leeds.",
        ["The paper is owned by Wold Gate Media plc.", "Its presses are in Leeds."],
    ),
    (
        "h108-ni-ald-cllr",
        "Ald. Derek McCandless-Shaw proposed the rate and Cllr Áine Mac Giolla Bhríde seconded it. It passed by 24 votes to 13.",
        [
            "Ald. Derek McCandless-Shaw proposed the rate and Cllr Áine Mac Giolla Bhríde seconded it.",
            "It passed by 24 votes to 13.",
        ],
    ),
    (
        "h108-ni-co-county-mid",
        "The new pitch at Coalisland, Co. Tyrone, opens on 1 May. Bookings are taken online.",
        ["The new pitch at Coalisland, Co. Tyrone, opens on 1 May.", "Bookings are taken online."],
    ),
    (
        "h108-ni-and-co-ends",
        "The drainage contract went to Sperrin Civils & Co. The firm employs 40 people in Draperstown.",
        [
            "The drainage contract went to Sperrin Civils & Co.",
            "The firm employs 40 people in Draperstown.",
        ],
    ),
    (
        "h108-gi-hon-mp",
        "The Hon. Stephen Linares-Reyes MP opened the new substation on Monday. It cost £4.6m.",
        [
            "The Hon. Stephen Linares-Reyes MP opened the new substation on Monday.",
            "It cost £4.6m.",
        ],
    ),
    (
        "h108-gi-sl-ends",
        "The pumps are serviced by Talleres Navales del Sur S.L. The firm has a workshop in Algeciras.",
        [
            "The pumps are serviced by Talleres Navales del Sur S.L.",
            "The firm has a workshop in Algeciras.",
        ],
    ),
    (
        "h108-gi-exclaim-llanito",
        "“¡Qué calor, and no fan!” said Maribel Olivero as the lights went out. Power came back at 2am.",
        [
            "“¡Qué calor, and no fan!” said Maribel Olivero as the lights went out.",
            "Power came back at 2am.",
        ],
    ),
    (
        "h108-nl-prof-dr-ir",
        "Prof. dr. ir. Sanne de Vries-Hoekstra leads the new water lab. It opens in October.",
        ["Prof. dr. ir. Sanne de Vries-Hoekstra leads the new water lab.", "It opens in October."],
    ),
    (
        "h108-nl-bv-ends",
        "The rooms are let by Kamerhuis Noord B.V. Rents start at €520 a month.",
        ["The rooms are let by Kamerhuis Noord B.V.", "Rents start at €520 a month."],
    ),
    (
        "h108-nl-ie-mid",
        "Only the Dutch-taught programmes, i.e. about half of the total, keep their current intake. The rest face a cap.",
        [
            "Only the Dutch-taught programmes, i.e. about half of the total, keep their current intake.",
            "The rest face a cap.",
        ],
    ),
    (
        "h108-be-av-mid",
        "The entrance on av. Brugmann stays shut until June. Swimmers use the side door on rue Berkendael.",
        [
            "The entrance on av. Brugmann stays shut until June.",
            "Swimmers use the side door on rue Berkendael.",
        ],
    ),
    (
        "h108-be-nv-ends",
        "The roof was replaced by Dakwerken Claessens NV. The commune paid €1.2 million.",
        ["The roof was replaced by Dakwerken Claessens NV.", "The commune paid €1.2 million."],
    ),
    (
        "h108-de-ev-ends",
        "The survey was run by Binnenhafen-Forum e.V. The group speaks for 90 inland ports.",
        ["The survey was run by Binnenhafen-Forum e.V.", "The group speaks for 90 inland ports."],
    ),
    (
        "h108-de-st-goar-mid",
        "Barges queued between Bingen and St. Goar on Friday night. Some waited nine hours.",
        ["Barges queued between Bingen and St. Goar on Friday night.", "Some waited nine hours."],
    ),
    (
        "h108-de-prof-dr-mid",
        "Prof. Dr. Jonas Mehring-Altın presented the figures in Koblenz. He expects no rain before Sunday.",
        [
            "Prof. Dr. Jonas Mehring-Altın presented the figures in Koblenz.",
            "He expects no rain before Sunday.",
        ],
    ),
    (
        "h108-ch-arh-ends",
        "Turnout was lowest in Appenzell A.Rh. Only 38.1% of voters there took part.",
        ["Turnout was lowest in Appenzell A.Rh.", "Only 38.1% of voters there took part."],
    ),
    (
        "h108-ch-wire-dateline",
        "ZURICH, Oct 3 (HWS) - The Swiss National Bank left its policy rate unchanged at 0.5% on Thursday. The franc barely moved.",
        [
            "ZURICH, Oct 3 (HWS) - The Swiss National Bank left its policy rate unchanged at 0.5% on Thursday.",
            "The franc barely moved.",
        ],
    ),
    (
        "h108-at-time-decimals",
        "Her time of 1:12.08 was 0.41 seconds faster than the course record. She started with bib No. 3.",
        [
            "Her time of 1:12.08 was 0.41 seconds faster than the course record.",
            "She started with bib No. 3.",
        ],
    ),
    (
        "h108-at-mag-ing",
        "Mag. Ing. Florian Wieser-Aigner has run the timing since 2011. He works from a hut below the finish.",
        [
            "Mag. Ing. Florian Wieser-Aigner has run the timing since 2011.",
            "He works from a hut below the finish.",
        ],
    ),
    (
        "h108-pl-sp-zoo-ends",
        "The boilers came from Ciepło-Serwis sp. z o.o. The firm was registered in 2021.",
        ["The boilers came from Ciepło-Serwis sp. z o.o.", "The firm was registered in 2021."],
    ),
    (
        "h108-pl-ul-mid",
        "The office is at ul. Mickiewicza 8 in Krosno. It opens at 7.30.",
        ["The office is at ul. Mickiewicza 8 in Krosno.", "It opens at 7.30."],
    ),
    (
        "h108-cz-as-ends",
        "The brewery belongs to Pivovar Rakovec a.s. The group also owns a malt house in Kroměříž.",
        [
            "The brewery belongs to Pivovar Rakovec a.s.",
            "The group also owns a malt house in Kroměříž.",
        ],
    ),
    (
        "h108-cz-ing-phd",
        "Ing. Lenka Šťastná, Ph.D., heads the research team. Its budget is CZK 14 million.",
        ["Ing. Lenka Šťastná, Ph.D., heads the research team.", "Its budget is CZK 14 million."],
    ),
    (
        "h108-ua-pm-ends",
        "The curfew in Kharkiv starts at 11 p.m. Shops close an hour earlier.",
        ["The curfew in Kharkiv starts at 11 p.m.", "Shops close an hour earlier."],
    ),
    (
        "h108-ua-question-asked",
        "“Who will pay for the generator?” asked a resident of Obolon. The building manager did not answer.",
        [
            "“Who will pay for the generator?” asked a resident of Obolon.",
            "The building manager did not answer.",
        ],
    ),
    (
        "h108-ge-ave-ends",
        "The march starts outside the Opera on Rustaveli Ave. Police have closed two lanes.",
        ["The march starts outside the Opera on Rustaveli Ave.", "Police have closed two lanes."],
    ),
    (
        "h108-ge-hrs-mid",
        "We waited 3 hrs. at the lift in Bakuriani. Then we went for khachapuri.",
        ["We waited 3 hrs. at the lift in Bakuriani.", "Then we went for khachapuri."],
    ),
    (
        "h108-parens-full-sentence",
        "The fare rises to GEL 1.50 on April 1. (Pensioners still ride free.) Students pay half.",
        [
            "The fare rises to GEL 1.50 on April 1.",
            "(Pensioners still ride free.)",
            "Students pay half.",
        ],
    ),
    (
        "h108-list-semicolons",
        "The budget includes £3.4 million for pitches; £1.1 million for a food waste lorry; and £640,000 for a pavilion.",
        [
            "The budget includes £3.4 million for pitches; £1.1 million for a food waste lorry; and £640,000 for a pavilion."
        ],
    ),
]
