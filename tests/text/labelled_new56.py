"""Fifty-sixth set of new hand-labelled pages for the hint engines (tuning set, round twenty-five, written mid-round): twelve whole pages of everyday news from outlets in twelve countries, dense with speakers.

Written from scratch for issue 13 in round twenty-five, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` file was read, `hint_scores.py` was not read, and no test, scorer or engine was
run; only an import of this file and `build` on every page, a small script of my own that checks the
sentences, the flags and the split cases against the pages, whole-word greps of the invented names
over `tests/` and `ruff format` / `ruff check` were run). The format and the conventions were read
from the module docstrings of `labelled_new.py`, `labelled_new2.py` and `labelled_new49.py` to
`labelled_new55.py`, the first two pages and the first five split cases of `labelled_new52.py`, and
`build` in `labelled_articles.py`. Every person, small place, street, river, dam, organisation,
outlet, company, union, party, school, temple and number is invented (Ghana, the Volta coast and
Accra; Zambia, Lusaka, Mpika district, Chinsali and Choma; Bangladesh, Dhaka and its Tejgaon district, Gazipur, Mymensingh and
Jamalpur; Sri Lanka, Uva and Bandarawela; South Korea and Busan; Japan, Tottori Prefecture and the
Sea of Japan; Ireland and Co. Mayo; Sweden, Jämtland, Västernorrland, Norrbotten, Stockholm and
Härnösand; Canada and Saskatoon; the United States and Missouri; Australia; Fiji, Naitasiri, Vunidawa
and Suva appear only as settings; real public bodies, funds, laws and records such as "the District
Assemblies Common Fund", "the World Bank", "the Ministry of Education", "the Higher Education
Authority", "the Bangladesh Garment Manufacturers and Exporters Association (BGMEA)", "the Industrial
Police", "the Department of Inspection for Factories and Establishments", "the Bangladesh Labour Act",
"the Sri Lanka Transport Board (SLTB)", "the Road Development Authority", "the Uva Provincial
Council", "the Busan District Court", "the HSE", "the Irish College of General Practitioners", "the
Dáil", "Skolverket", "the administrative court in Härnösand", "the Local Journalism Initiative", "the
Missouri Department of Elementary and Secondary Education", "the Bureau of Meteorology", "the
Department of Climate Change, Energy, the Environment and Water", "the Millennium Drought", "the Fiji
Roads Authority", "Parliament" and "Hansard" appear only as settings, with invented figures). No
surname, town, street, outlet, company, union, party or school of any file under `tests/` is reused:
every capitalised word of these pages, each part of a hyphenated name included, was grepped as a
whole word over the whole `tests/` tree (the sets written earlier today included), and every hit that
was an invented name was changed (first names, titles, real settings and common words recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own, worded in that site's own way, with
furniture of ordinary length at the head and the tail, so most of each page is story; every story
quotes several people and cites bodies and documents. The twelve pages: (1) a Ghanaian regional news
site on traders refusing a move to a new lorry terminal (a Municipal Chief Executive with "Hon.",
later "the MCE"; the market queen as "Mama" and later "Mrs"; her daughter sharing her surname and
"the younger ..."; a drivers' union chairman; a paramount chief with "Togbui" and a regnal "IV"; the
Assembly then "It said"; a predecessor mentioned in passing then "could not be reached for comment";
an Assembly member who voted against the plan); (2) a Zambian daily on a university raising fees (a
vice-chancellor with "Vice-Chancellor Professor" and later "the vice-chancellor" and "Prof"; a quote
over two paragraphs; a students' union president whose quote names the vice-chancellor; a father and
daughter sharing a surname, told apart by "Mr" and "Ms"; "according to the council's resolution"; a
ministry spokesperson; "did not respond to questions"; a Q&A whose question cites the union); (3) a
Bangladeshi English daily on a garment factory shut with wages unpaid (a managing director of four
name parts, later "Joardar"; a union leader, later "Munshibari"; a sister and brother sharing "Matubbar",
later "Rokeya" and "Sohel"; "Joardar denied"; the BGMEA then "It said"; the Industrial Police via
"according to"; an inspectorate official "declined to comment"; a buyer that "did not respond to an
email"); (4) a Sri Lankan English daily on a school bus route cut (a depot manager and the standfirst's
"The depot says"; the SLTB then "It said"; a monk with "Ven." and "Thero"; a principal with "Mrs" and
a quote over two paragraphs; a Sinhala quote with its translation; a provincial councillor with "Mr."
who "did not answer calls"; a Q&A with the depot manager); (5) a South Korean English daily on fish
merchants refusing a new market building (family names first, later "Seol"; the district office then
"It said"; a merchants' association chairwoman with a quote over two paragraphs; a father and son
sharing "Gyeon", told apart by "the elder Gyeon" and "he"; a district council member; a city official
"declined to comment"; a court fixture); (6) a Japanese English daily on a rural railway giving way to
buses (the railway company then "It said"; its president named inside the sentence of his quote, later
"Araseki"; a mayor, a grandmother and granddaughter sharing "Katagishi", later "Mao"; "said through an
interpreter"; a prefectural official; a professor with "Prof."); (7) an Irish regional weekly on a
town's only GP practice closing (a retiring doctor and a TD who share a surname, "no relation", later
"Deputy Tierneybrack"; the HSE then "It said" and "did not respond"; a patient's quote over two
paragraphs naming the doctor; a pharmacist father and son, "the elder Mulhearne"; a Cathaoirleach with
"Cllr"; a Q&A whose question cites the TD); (8) a Swedish English-language site on a village school
closing (a municipal commissioner who "told the council"; a headteacher; a mother, a father and a
daughter sharing a surname, later "Tobias"; a great-grandfather's Swedish quote with its translation;
an opposition councillor; the municipality then "It said"; a bus company that "did not respond to
requests for comment"; the translation note); (9) a Canadian community paper on an arena roof
failing inspection (the town then "It said"; an engineer's report then "It put"; a mayor, later "The
mayor"; a councillor with "Coun."; a minor hockey president and her son sharing a surname, later
"Kade"; a rink manager; "Corvaline Structural declined to comment"; a Q&A with the chief administrative
officer whose question cites the councillor); (10) a US county weekly's site on a bus-driver shortage
(the district's letter, then "The district said" and "It said"; a superintendent with "Dr." and "Jr."
and a quote over two paragraphs; a transportation director; a driver and a board member sharing a
surname, "no relation"; a parent's question before "she asked"; a contractor that "declined to
comment"; a union chapter that "did not respond to a message"); (11) an Australian regional paper on
water restrictions (the council then "It said"; a mayor with "Cr", later "The mayor"; the Bureau of
Meteorology via "according to"; a water utility's spokesperson; a farmer's quote over two paragraphs
named only at the end of the second, and his son sharing his surname; a publican; an MP's office that
"did not respond to questions"; a department that "declined to comment"); and (12) a Fijian news site
on villagers cut off by a washed-out crossing (a Turaga ni Koro and his wife the nurse sharing a
surname, "Mrs" for her; "Ratu" and "Adi" dropped; an iTaukei quote with its translation; the Fiji
Roads Authority then "It said"; a bus company's general manager, then "The company said"; a minister's
answer to Parliament "according to Hansard"; an assistant minister who "declined to comment").
`STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new55.py` hold too (mastheads, straps, menus, crumbs, section
labels, bylines and role lines, date lines, share strips, listen lines, related lines, tags, comment
notices, WhatsApp, membership and subscription lines, letters and contact lines and footers "B" line
by line; captions by content and credits "B"; standfirsts labelled like headlines, never split at a
semicolon, a "says" in them carrying the source as the body names it; titles, ranks, honorifics and
roles dropped from speakers, "Jr." and initials kept; a pronoun, a later surname, a later first name
or a role resolved to the full name as first given; organisations, documents and data kept as
written, "according to X" -> X, "It" for an organisation resolved to its name as first given and
"It" for a document to the document as written; a quote over several sentences or paragraphs carrying
its speaker and cue; "he"/"she" going to the last-named person of that gender who was the subject of a
reporting verb, context winning where it settles the matter; people named inside a quote naming no
speaker; "did not respond", "declined to comment" and "could not be reached" labelled like speech with
flags ""; Q&A answers carrying the interviewee with "A:", questions carrying a source only when they
cite one; plans, votes, decisions, orders, fixtures, rules and figures of record "W"; spoken
forecasts, hopes, pledges, opinions, feelings, scene, private circumstances, rhetorical questions and
advice "").

Conventions this set had to settle, in the same spirit:

* Honorifics and titles from these countries. "Hon.", "Mama", "Mrs", "Togbui" (a Ewe chief's title),
  "Vice-Chancellor Professor", "Prof", "Prof.", "Ven." and "Thero" (around a monk's name, which keeps
  its village name first: "Ven. Medagalathenna Dhammaloka Thero" -> "Medagalathenna Dhammaloka"), "Mr.",
  "Mayor", "Coun.", "Cllr", "Cr", "Dr", "Dr.", "Superintendent", "Nurse", "Ratu", "Adi" and the roles
  "Turaga ni Koro", "Cathaoirleach", "Local TD", "Opposition councillor", "Rink manager",
  "Transportation director" and "Pharmacist" are dropped; a chief's regnal number is part of his name
  and stays, like "Jr." ("Togbui Agbeve Sorkpor-Hlordzi IV" -> "Agbeve Sorkpor-Hlordzi IV", and the
  later "Togbui Sorkpor-Hlordzi said" resolves to it). Later references resolve to the full name
  however a paper makes them: by the last part of a long Bangladeshi name ("Joardar", "Munshibari"), by a
  first name ("Rokeya", "Sohel", "Mao", "Tobias", "Kade"), by a Korean family name ("Seol"), by a
  title with the surname ("Mrs Kwakuvi-Dorgbetor", "Prof Mwelwa-Sichone", "Deputy Tierneybrack") or
  by a role ("The MCE", "The vice-chancellor", "The mayor").
* Shared surnames. "the younger Kwakuvi-Dorgbetor" goes to the daughter, "the elder Gyeon" to the
  father and "the elder Mulhearne" to the father; "Mr Himanyanga" and "Ms Himanyanga" tell the father
  and the daughter apart, and "Mrs Ravoka-Tuidrau" the nurse from her husband the Turaga ni Koro; the TD
  "no relation to the doctor" is "Deputy Tierneybrack" in the Q&A, while "Dr Tierneybrack" inside the
  patient's quote names nobody as a speaker; "She is no relation to board member Wade ..., who voted
  against the pay raise ..." is a fact without a speaker, "W", and his own next sentence carries him.
  A relative introduced without a reporting verb ("Gift Himanyanga, a maize farmer from Choma, has a
  daughter, Mutinta, ...", "Gyeon Man-sik, 74, has sold dried anchovies ... since 1969", "His
  grandfather, Gunnar Rudh, 88, went to the school in the 1940s.", "Des Quinlevan-Dwyerhoff runs 2,400
  merino ewes ...") carries no speaker and is a private circumstance, "". A quote that follows
  such a line carries that person ("he said" after the grandfather's line goes to him, though his
  grandson spoke last), as context wins in `labelled_new54.py`.
* A quote named only at the end of its second paragraph ("“I've seen three droughts here. We sold 900
  ewes ...” / “This one's different ...,” Des Quinlevan-Dwyerhoff said on Monday ...") carries him and
  "said" in both paragraphs; a quote whose first sentence names the speaker after it ("“We kept the
  line running ...,” the company's president, Mr. Shigenobu Araseki, said ...") carries him there and
  in the sentence after it.
* Standfirsts. "The depot says it has only 31 working buses for 44 routes" carries the depot manager
  through whom the body gives those figures (as "Bosses say" carries the chief executive in
  `labelled_new55.py`), "W"; "Market queen says ..." and "... says retiring doctor after 34 years"
  carry the person the body names; "Parents say ...", "Villagers say ..." and "Students' union says
  ..." keep the group or body as the body names it ("the Kaseba University Students' Union"), and a
  semicolon standfirst whose first clause is a fact of record ("Some students will be picked up as
  early as 6:10 a.m.; parents say that is too early") is ONE sentence carrying "parents" with "say",
  "W" for the time of record. A standfirst quote of record ("‘There is nobody to hand it over to,’
  says retiring doctor after 34 years") is "W" for the tenure and the failed search the body reports.
* Bodies and documents. "the Assembly said", "the SLTB said", "The district said", "The town said",
  "The council said", "The company said" and "the HSE said" keep the words as written; "It said"
  after them resolves to the name as first given ("The Anyakpor Municipal Assembly", "the Sri Lanka
  Transport Board (SLTB)", "The Benford R-4 School District", "The Town of Pellagrin Lake",
  "Wirrabindi Shire Council", "the HSE"), but "It put the cost ..." after "The report, by ...
  Corvaline Structural Ltd., said" resolves to "the report" (a document); "Corvaline Structural
  declined to comment" keeps the short name as written. "In a written reply to Norrland Today, the
  municipality said" has the cue "said". The lead "..., the district said in a letter to parents on
  Tuesday." carries "the district" with "said in a letter to parents". "could not be reached for
  comment", "did not answer calls", "did not respond to an email", "did not respond to a message",
  "did not respond to questions" and "did not respond to requests for comment" are cues as written,
  all "".
* "according to" and the outer reporting verb. "The Minister for Public Works told Parliament in
  February that 212 river crossings ... were “at high risk” ..., according to Hansard." carries the
  minister, unnamed and kept as written, with "told Parliament": the outer reporting verb names who
  vouches for the claim and Hansard is its record, as in `labelled_new54.py`; "Fumie Katagishi ...
  said the bus would take 25 minutes longer, according to the timetable the company published."
  carries her with "said", "W". A lone "according to the Industrial Police", "according to the
  council's resolution", "according to Skolverket figures" or "according to the town's asset
  management plan" names its source as written.
* Flags for people quoted. A resident's, patient's or worker's checkable fact about a public service
  is "W" ("There's one bus on a Tuesday", "I have enough insulin for four more days" from the nurse
  who runs the village nursing station, "71 students on her bus", "students had collected 6,800
  signatures"), their feelings and private circumstances "" ("I have not paid his school fee since
  January", "said he had put off plans to build a house"); an official's or a speaker's tenure or
  vote of record in a relative clause makes an opinion "W" ("who voted against the plan", "whose town
  council voted in February to stop the subsidy", "who sat on a review panel for the line in 2023"),
  as in `labelled_new55.py`; "Joardar denied that the December wages had been paid late, saying they
  were paid on February 4 ..." carries him with "denied", "W" (a specific denial); a scheduled
  decision ("council would decide at its April 28 meeting whether ...") is "W", the mayor's "I'm not
  putting kids under that roof" ""; "Corrosion of this kind can move fast once water gets in." is a
  hedged general claim, "".
* Translated quotes. "“මේ දරුවන්ට ආරක්ෂාවක් නැහැ (There is no safety for these children).”",
  "“Skolan har överlevt två krig och tre nedläggningsbeslut (The school has survived two wars and
  three closure decisions),” he said." and "“E sega ni dua e kauwai mai vei keimami (Nobody cares
  about us),” he said." are ONE sentence each with the speaker and cue of the quote, ""; "vinaka
  vakalevu" inside the nurse's quote is part of it.
* Q&A sections: the paper's "The Times put three questions to ..." and "The Gazette asked ... three
  questions." are "W" without a speaker; the Q&A headings ("Q&A: ‘We have cut everything else’",
  "Q&A with the depot manager", "Q&A: What happens next?") are topic subheads, ""; "Q: The union says
  41 per cent of students are behind on fees." carries "The union" with "says", "W", and the question
  after it none; "Q: Coun. Tkachyk-Bramwith says ..." and "Q: Deputy Tierneybrack says ..." carry the
  politician with "says", ""; "A: We did." is "W" (a cut of record), "A: Some may." "".

Splits. "GH." ("© 2026 CoastWire GH." before "All rights reserved."), "Ltd." (before "All rights
reserved." and before "Registered in Ireland No. 448213."), "Pte Ltd.", "(Pvt) Ltd." and "Inc." (before "All rights
reserved."), "am." ("at 5.30 am." before "“They come past the temple"), "Co., Ltd." (before "All rights reserved."), "Post." (before "All rights reserved."),
"Herald." (before "All Rights Reserved."), "LLC." at the end of a line and "p.m." ("as late as 4:55
p.m." before "It said") end a sentence; "Hon. Kodzo", "Hon. Dela", "GH¢14.2 million", "IV, the
paramount", "(KUSU),", "Tk 9.6 crore", "1:00 PM after", "Dhaka-1208", "2.15 pm bus",
"Ven. Medagalathenna", "Mr. Chaminda", "Apr. 15, 2026 - 17:08 KST", "4.9 square meters",
"Sept. 30", "Co. said", "Mr. Shigenobu", "7:02 a.m. train", "Prof. Tsutomu", "Co. Mayo,", "Wed.,",
"Apr. 15, 2026 3:10 pm", "Ltd., said", "Coun.", "Mo. —", "6:10 a.m., about", "Dr. Everett", "Jr.
said", "6 p.m. at", "4:12pm,", "19.4 per cent" and "$2.3 million" never do. A "?" closing a quote
before a lower-case attribution ("” she asked.") does not end the sentence; "Who will carry it to
Nyikpokope?”" ends its quote paragraph and sentence; "A: We did." is a sentence of its own.

`CASES` holds 22 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Ghanaian regional news site, traders reject a move to a new lorry terminal (masthead with strap, menu with pipes, section label, headline with a date, standfirst carrying the market queen, byline with place, GMT date line, share strip, caption and photo credit, the Municipal Chief Executive with Hon. and his he said after a quote naming nobody, the market queen as Mama then Mrs, her daughter sharing her surname and the younger, a union chairman, a paramount chief with Togbui and a regnal IV, the Assembly then It said, a predecessor mentioned and could not be reached, an Assembly member who voted against, the MCE by title, read-also, tags, comments, WhatsApp line, copyright)",
    "Zambian national daily, a university raises fees by 38 per cent (masthead in capitals, strap, menu with pipes, crumb, headline, standfirst of two sources at a semicolon carrying the union, byline in capitals, date line, share strip, the council's decision without a speaker, Vice-Chancellor Professor dropped, a quote over two paragraphs with the cue only in the first, the vice-chancellor by title, the union president with Mr and a first sentence naming the vice-chancellor, a survey inside his speech, a father and daughter sharing a surname told apart by Mr and Ms, according to the council's resolution, a ministry spokesperson, did not respond to questions, a short Q&A whose question cites the union, edited line, related line, letters line, company line)",
    "Bangladeshi English-language daily, a garment factory shuts owing two months' wages (masthead with date strip, menu, section label, headline, standfirst, byline with Star-style staff line, updated line with BST, share strip, caption and photo credit, workers quoted by first name and family name, a managing director as Joardar after a full name of four parts, a union leader as Munshibari, a brother and sister sharing Matubbar, an association then It said, industrial police via according to, a factories inspectorate official declining to comment, a buyer that did not respond, a quote over two paragraphs, Tk figures with crore, related, tags, footer)",
    "Sri Lankan English daily's provincial page, a depot cuts a hill-country bus route (masthead, e-paper and Sinhala-Tamil links, menu, section label, headline, standfirst, byline, date line, share strip, caption and pic credit, a depot manager then the SLTB then It said, Ven. and Thero dropped from a monk, Mrs and Mr, a principal and a parent, a provincial councillor who did not answer calls, a Sinhala quote with its translation, a quote over two paragraphs, according to, Mr. with a stop, a short Q&A with the depot manager, comments notice, footer)",
    "South Korean English daily's regional page, fish merchants refuse to move into a new market building (masthead, menu, crumb, headline, standfirst, byline with email, input-updated date lines in KST, font and share strip, caption and bracketed paper credit, family names first with a later Seol, a father and son sharing Gyeon told apart by the elder and his son, the district office then It said, a merchants' association through its chairwoman, a district council member, a city official declining to comment, a quote over two paragraphs, according to, related, footer with registration number)",
    "Japanese English-language daily, a rural rail line to be replaced by buses (masthead, menu, crumb, headline, standfirst, byline and JST date line, share strip, caption and credit in parentheses, dateline in capitals, a railway company then It said, its president with Mr. later by surname, a mayor with Mayor dropped, a grandmother and granddaughter sharing Katagishi told apart by first names, a transport bureau via according to, a prefectural official, a quote over two paragraphs named at its start, said through an interpreter for a Brazilian resident, a professor with Prof., related and footer)",
    "Irish regional weekly, a town's only GP practice to close (masthead, menu, section label, headline, standfirst, byline, date line, share strip, caption and picture credit, a retiring doctor with Dr dropped and later Dr X, the HSE then It said, a spokesperson for the HSE, a TD who shares a surname with the doctor and is no relation, a pharmacist father and son told apart by first names and the elder, a patient's quote over two paragraphs, a Cathaoirleach with Cllr, according to figures from, did not respond, Co. Mayo, a short Q&A with the doctor, notices line, footer)",
    "Swedish English-language news site, a municipality votes to close a village school (masthead, menu, crumb, headline, standfirst, byline and role, published and updated lines, listen line, caption and photo credit, a municipal commissioner then the municipality then It said, a headteacher, two parents sharing a surname told apart by first names, a grandfather with a Swedish quote and its translation, a pupil, an opposition councillor, Skolverket via according to, a bus company that did not respond, a translation note, membership pitch, footer)",
    "Canadian community newspaper, a town's arena roof fails inspection weeks before a tournament (masthead, weather and date strip, menu, crumb, headline, standfirst, byline with LJI line, date line, share strip, caption and photo credit, Mayor and Coun. dropped, the town then It said, the mayor by title, an engineer's report then the report said, a minor hockey president and her son sharing a surname, a rink manager, a Q&A with the CAO whose question cites a councillor, declined to comment, according to, letters line, footer)",
    "US county weekly's website, a school district short of bus drivers doubles up routes (masthead with county line, log-in strip, menu, section label, headline, standfirst, byline with email, posted and updated lines, share icons text, caption and photo credit, Dr. and Superintendent dropped, the district then It said, a transportation director, a driver who shares a surname with a board member and is no relation, a parent, a board vote, state data via according to, a bus contractor declining to comment and a union that did not respond, a quote over two paragraphs, Mo. in the dateline, Jr. kept, related and footer)",
    "Australian regional paper, a town moves to level 5 water restrictions as its dam falls to 19 per cent (masthead, subscribe strip, menu, section label, headline, standfirst, byline, updated and first-published lines, share strip, caption and picture credit, Cr dropped, the council then It said, the mayor by title, a water utility spokesperson, farmer father and son sharing a surname told apart by first names, a pub licensee, the Bureau via according to, a state MP's office that did not respond, a quote over two paragraphs named at its end, declined to comment, related, footer with ABN)",
    "Fijian news site, villagers cut off as a washed-out crossing waits for repair (masthead, menu, crumb, headline, standfirst, byline, date line, share strip, caption and photo credit, Ratu, Adi and the Turaga ni Koro dropped, an iTaukei quote with its translation, the Fiji Roads Authority then It said, a bus company's general manager and the company, a nurse and her husband sharing a surname, a minister's answer in Parliament with according to Hansard carrying the minister, an assistant minister who declined to comment, a quote over two paragraphs, Vinaka at the end of a quote, related, WhatsApp and footer)",
]

ARTICLES = [
    [  # 1. Ghanaian regional news site, traders reject a move to a new lorry terminal
        [("CoastWire GH — News from the Volta coast and beyond", "", "", "B")],
        [("Home | Regional | Politics | Business | Sports | Entertainment | Opinion | Videos", "", "", "B")],
        [("Regional News", "", "", "B")],
        [("Anyakpor traders reject move to new lorry terminal as Assembly sets May 4 deadline", "", "", "W")],
        [("Market queen says the new site is ‘too far from the fish’", "Adzo Kwakuvi-Dorgbetor", "says", "")],
        [("By Selorm Agbesi-Nyamadi, Anyakpor", "", "", "B")],
        [("Published: Tuesday, April 14, 2026 · 09:42 GMT", "", "", "B")],
        [("Share: Facebook | WhatsApp | X | Telegram", "", "", "B")],
        [("Traders at the old Anyakpor lorry station on Monday morning.", "", "", ""),
         ("Photo: CoastWire GH", "", "", "B")],
        [("The Anyakpor Municipal Assembly has given traders and drivers at the town's old lorry station until May 4 to move to a new transport terminal about three kilometres inland.", "", "", "W")],
        [("Many traders at the station say they will not go.", "Many traders at the station", "say", "")],
        [("The Municipal Chief Executive, Hon. Kodzo Damanyo-Akpalu, said the old station, which sits on land reclaimed from the lagoon in 1987, had flooded nine times since 2020.", "Kodzo Damanyo-Akpalu", "said", "W")],
        [("“We are not chasing anybody away,” he said.", "Kodzo Damanyo-Akpalu", "said", ""),
         ("“We built the new terminal for them, with 412 stalls, toilets, a clinic and a police post.”", "Kodzo Damanyo-Akpalu", "said", "W")],
        [("He said the terminal, at Nyikpokope Junction, cost GH¢14.2 million and was paid for from the District Assemblies Common Fund and a loan from Klevewu Rural Bank.", "Kodzo Damanyo-Akpalu", "said", "W")],
        [("But the market queen of Anyakpor, Mama Adzo Kwakuvi-Dorgbetor, said the Assembly had not consulted the traders before it chose the site.", "Adzo Kwakuvi-Dorgbetor", "said", "W")],
        [("“Fish does not walk three kilometres,” she said.", "Adzo Kwakuvi-Dorgbetor", "said", ""),
         ("“The canoes land here, the women smoke the fish here, the buyers from Accra come here.", "Adzo Kwakuvi-Dorgbetor", "said", ""),
         ("Who will carry it to Nyikpokope?”", "Adzo Kwakuvi-Dorgbetor", "said", "")],
        [("Mrs Kwakuvi-Dorgbetor, 63, who has sold smoked fish at the station since 1979, said each trader paid the Assembly GH¢30 a week in market tolls.", "Adzo Kwakuvi-Dorgbetor", "said", "W")],
        [("Her daughter, Sena Kwakuvi-Dorgbetor, 38, who runs a chop bar beside the station, said trade had already slowed since the move was announced in February.", "Sena Kwakuvi-Dorgbetor", "said", ""),
         ("“People think we have gone already, so the trotros don't stop,” the younger Kwakuvi-Dorgbetor said.", "Sena Kwakuvi-Dorgbetor", "said", "")],
        [("The chairman of the Anyakpor branch of the Coastal Commercial Drivers Union, Godwin Amewuvor-Sakyi, said his members were split.", "Godwin Amewuvor-Sakyi", "said", "")],
        [("About half of the 140 drivers on the Anyakpor–Accra route had agreed to move, he said, because the new terminal is beside the highway.", "Godwin Amewuvor-Sakyi", "said", "W")],
        [("“For us the new place is not bad.", "Godwin Amewuvor-Sakyi", "said", ""),
         ("The road is better.", "Godwin Amewuvor-Sakyi", "said", ""),
         ("But if the market women don't come, the passengers won't come,” Mr Amewuvor-Sakyi said.", "Godwin Amewuvor-Sakyi", "said", "")],
        [("Togbui Agbeve Sorkpor-Hlordzi IV, the paramount chief of Anyakpor, said he had invited both sides to a meeting at his palace on Saturday.", "Agbeve Sorkpor-Hlordzi IV", "said", "W")],
        [("“This town was built by the lagoon and the sea,” Togbui Sorkpor-Hlordzi said.", "Agbeve Sorkpor-Hlordzi IV", "said", ""),
         ("“Whatever we do, we must do it together.”", "Agbeve Sorkpor-Hlordzi IV", "said", "")],
        [("In a statement on Monday, the Assembly said traders who register before April 30 will get a stall at the new terminal free of charge for six months.", "the Assembly", "said", "W"),
         ("It said the old station would be fenced off on May 5 and the land used for a storm drain.", "The Anyakpor Municipal Assembly", "said", "W")],
        [("The relocation was first proposed in 2021 by Mr Damanyo-Akpalu's predecessor, Selasi Dogbatse-Kumah, and approved by the Assembly by 31 votes to 6 last November.", "", "", "W")],
        [("Mr Dogbatse-Kumah could not be reached for comment.", "Selasi Dogbatse-Kumah", "could not be reached for comment", "")],
        [("The Assembly member for Anyakpor Central, Hon. Dela Fiawoo-Kpotsu, who voted against the plan, said the Assembly should instead build a smaller fish market at the old site.", "Dela Fiawoo-Kpotsu", "said", "W"),
         ("She said she would table a motion to that effect at the Assembly's general meeting on April 28.", "Dela Fiawoo-Kpotsu", "said", "W")],
        [("The MCE said that was not possible.", "Kodzo Damanyo-Akpalu", "said", ""),
         ("“The land is needed for the drain,” he said.", "Kodzo Damanyo-Akpalu", "said", ""),
         ("“Every rainy season the lagoon floods Zone 4, and last year 220 houses took water.”", "Kodzo Damanyo-Akpalu", "said", "W")],
        [("READ ALSO: Anyakpor fishermen count losses as closed season begins early", "", "", "B")],
        [("Tags: Anyakpor | Lorry station | Municipal Assembly | Traders", "", "", "B")],
        [("Comments (12)", "", "", "B")],
        [("Get breaking news from CoastWire GH on WhatsApp — tap to join our channel", "", "", "B")],
        [("© 2026 CoastWire GH.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. Zambian national daily, a university raises fees by 38 per cent
        [("THE CHIBWE TIMES", "", "", "B")],
        [("Zambia's independent daily", "", "", "B")],
        [("News | Politics | Business | Education | Sport | Features | Letters | e-Paper", "", "", "B")],
        [("Home › News › Education", "", "", "B")],
        [("Kaseba University raises fees by 38 per cent", "", "", "W")],
        [("Students' union says hundreds will drop out; vice-chancellor says the university has no choice", "the Kaseba University Students' Union", "says", "")],
        [("By MULENGA CHISHALA-NDHLOVU", "", "", "B")],
        [("April 16, 2026", "", "", "B")],
        [("Share on Facebook   Share on WhatsApp   Share on X", "", "", "B")],
        [("KASEBA University in Lusaka will raise tuition fees for first-year students by 38 per cent from the August intake after its council approved the increase on Tuesday.", "", "", "W")],
        [("Annual fees for a science degree will rise from K24,600 to K33,950, and for arts and humanities from K19,800 to K27,300.", "", "", "W")],
        [("Vice-Chancellor Professor Nkandu Mwelwa-Sichone said the university had not raised fees since 2021, while the kwacha had lost about a third of its value against the dollar over the same period.", "Nkandu Mwelwa-Sichone", "said", "W")],
        [("“I know what this means for families,” she said.", "Nkandu Mwelwa-Sichone", "said", ""),
         ("“I come from a village in Mpika district, and my own father sold two cattle to send me to secondary school.", "Nkandu Mwelwa-Sichone", "said", "")],
        [("“But a university that cannot pay its lecturers is not a university.", "Nkandu Mwelwa-Sichone", "said", ""),
         ("We owe our staff three months of salary arrears, and the bank will not lend us any more.”", "Nkandu Mwelwa-Sichone", "said", "W")],
        [("The vice-chancellor said the university's wage bill had risen to K212 million a year, about 71 per cent of its spending.", "Nkandu Mwelwa-Sichone", "said", "W")],
        [("The president of the Kaseba University Students' Union (KUSU), Bwalya Kasonde-Mukupa, said the increase would push hundreds of students out.", "Bwalya Kasonde-Mukupa", "said", ""),
         ("He said a survey by the union in March had found that 41 per cent of the 9,200 undergraduates were already behind on their fees.", "Bwalya Kasonde-Mukupa", "said", "W")],
        [("“The vice-chancellor talks about her father's cattle.", "Bwalya Kasonde-Mukupa", "said", ""),
         ("We are talking about whether a girl from Chinsali finishes her degree or goes home,” Mr Kasonde-Mukupa said.", "Bwalya Kasonde-Mukupa", "said", "")],
        [("He said the union would meet on Friday to decide whether to boycott lectures.", "Bwalya Kasonde-Mukupa", "said", "W")],
        [("Continuing students will see a smaller rise of 12 per cent, according to the council's resolution.", "the council's resolution", "according to", "W")],
        [("Gift Himanyanga, a maize farmer from Choma, has a daughter, Mutinta, in the second year of a pharmacy degree at Kaseba.", "", "", "")],
        [("Mr Himanyanga said even the smaller rise would be hard to meet.", "Gift Himanyanga", "said", ""),
         ("“Last year I sold my harvest early to pay her fees.", "Gift Himanyanga", "said", ""),
         ("This year the rains failed,” he said.", "Gift Himanyanga", "said", "")],
        [("Mutinta Himanyanga, 20, said several of her classmates had already asked about transferring to public universities.", "Mutinta Himanyanga", "said", ""),
         ("“My father has done enough,” Ms Himanyanga said.", "Mutinta Himanyanga", "said", ""),
         ("“If it goes up again, I will look for work and study part-time.”", "Mutinta Himanyanga", "said", "")],
        [("A spokesperson for the Ministry of Education said private universities set their own fees but must notify the Higher Education Authority 90 days before an increase takes effect.", "A spokesperson for the Ministry of Education", "said", "W")],
        [("The Higher Education Authority did not respond to questions sent on Wednesday.", "The Higher Education Authority", "did not respond to questions", "")],
        [("Q&A: ‘We have cut everything else’", "", "", "")],
        [("The Times put three questions to Prof Mwelwa-Sichone after the council meeting.", "", "", "W")],
        [("Q: Why not cut management salaries first?", "", "", "")],
        [("A: We did.", "Nkandu Mwelwa-Sichone", "A:", "W"),
         ("Senior management took a 10 per cent pay cut in January.", "Nkandu Mwelwa-Sichone", "A:", "W")],
        [("Q: The union says 41 per cent of students are behind on fees.", "The union", "says", "W"),
         ("Will more of them drop out?", "", "", "")],
        [("A: Some may.", "Nkandu Mwelwa-Sichone", "A:", ""),
         ("That is why we are putting K6 million into bursaries this year.", "Nkandu Mwelwa-Sichone", "A:", "W")],
        [("Q: Will fees rise again next year?", "", "", "")],
        [("A: I cannot promise you that they won't.", "Nkandu Mwelwa-Sichone", "A:", "")],
        [("This interview has been edited for length.", "", "", "B")],
        [("RELATED: Lecturers at three universities give notice of strike over arrears", "", "", "B")],
        [("Write to us: letters@chibwetimes.co.zm", "", "", "B")],
        [("© 2026 Chibwe Times Newspapers Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Bangladeshi English-language daily, a garment factory shuts owing two months' wages
        [("The Daily Kashbon Post", "", "", "B")],
        [("Dhaka, Thursday, April 16, 2026 | Boishakh 3, 1433 BS", "", "", "B")],
        [("Home | Bangladesh | Business | Economy | Opinion | Sports | Entertainment | Youth", "", "", "B")],
        [("Business › Industry", "", "", "B")],
        [("Gazipur garment factory shuts, 1,140 workers unpaid for two months", "", "", "W")],
        [("Workers blocked the Dhaka–Mymensingh highway for three hours on Wednesday", "", "", "W")],
        [("Staff Correspondent, Gazipur", "", "", "B")],
        [("Updated: 16 Apr 2026, 11:20 AM BST", "", "", "B")],
        [("Share   Facebook   X   LinkedIn   Copy link", "", "", "B")],
        [("Workers of Sonartori Knitwear Ltd stand outside the locked factory gate in Dhalkhola on Wednesday.", "", "", ""),
         ("Photo: Kashbon Post", "", "", "B")],
        [("Sonartori Knitwear Ltd, a sweater maker in Gazipur's Dhalkhola, has closed its factory and left 1,140 workers without their wages for February and March.", "", "", "W")],
        [("The workers found the gates locked on Sunday morning with a notice that production had been “suspended until further notice”.", "", "", "W")],
        [("The factory's managing director, Khondoker Mahfuzur Wadud Joardar, said the company had lost two orders worth Tk 9.6 crore from a European buyer in January and could not pay its workers.", "Khondoker Mahfuzur Wadud Joardar", "said", "W"),
         ("“We are not running away,” Joardar said over the phone.", "Khondoker Mahfuzur Wadud Joardar", "said", ""),
         ("“We have applied for a loan from our bank to pay the February wages, and we have put the machines up as security.”", "Khondoker Mahfuzur Wadud Joardar", "said", "W")],
        [("He said he hoped to pay at least one month's wages before Eid.", "Khondoker Mahfuzur Wadud Joardar", "said", "")],
        [("Shahida Nazneen Munshibari, general secretary of the Dhalkhola Garment Sramik Federation, said workers had heard the same promise before.", "Shahida Nazneen Munshibari", "said", ""),
         ("She said the factory had paid the December wages 47 days late, and only after workers surrounded the office.", "Shahida Nazneen Munshibari", "said", "W")],
        [("“Every time, the owner says next week.", "Shahida Nazneen Munshibari", "said", ""),
         ("The workers cannot pay the house rent with next week,” Munshibari said.", "Shahida Nazneen Munshibari", "said", "")],
        [("Joardar denied that the December wages had been paid late, saying they were paid on February 4 as agreed with the workers' representatives.", "Khondoker Mahfuzur Wadud Joardar", "denied", "W")],
        [("On Wednesday morning, several hundred workers blocked the Dhaka–Mymensingh highway in Dhalkhola for about three hours.", "", "", "")],
        [("The blockade was lifted at around 1:00 PM after the owner agreed to meet the workers' leaders on Saturday, according to the Industrial Police.", "the Industrial Police", "according to", "W")],
        [("Rokeya Banu Matubbar, 29, a knitting operator at the factory for eight years, said she had borrowed from a neighbour to buy rice.", "Rokeya Banu Matubbar", "said", ""),
         ("“My son is in class four.", "Rokeya Banu Matubbar", "said", ""),
         ("I have not paid his school fee since January,” Rokeya said.", "Rokeya Banu Matubbar", "said", "")],
        [("Her brother, Sohel Matubbar, who works on the same floor, said the two of them send money home to their parents in Jamalpur every month.", "Sohel Matubbar", "said", ""),
         ("“This month, nothing,” Sohel said.", "Sohel Matubbar", "said", "")],
        [("The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said Sonartori was one of 19 member factories that had not paid March wages by April 10.", "The Bangladesh Garment Manufacturers and Exporters Association (BGMEA)", "said", "W"),
         ("It said it had asked the owners of all 19 to pay by April 20.", "The Bangladesh Garment Manufacturers and Exporters Association (BGMEA)", "said", "W")],
        [("An official of the Department of Inspection for Factories and Establishments in Gazipur declined to comment, saying an inspection report had been sent to Dhaka.", "An official of the Department of Inspection for Factories and Establishments in Gazipur", "declined to comment", "")],
        [("Vellmark Retail, the Dutch clothing chain that the factory's workers say was its biggest customer, did not respond to an email.", "Vellmark Retail", "did not respond to an email", "")],
        [("Under the Bangladesh Labour Act, wages must be paid within seven working days of the end of the wage period.", "", "", "W")],
        [("Munshibari said the federation would stay outside the gate “until the last taka is paid”.", "Shahida Nazneen Munshibari", "said", "")],
        [("Related: Exporters seek extension of loan deferral as orders slow", "", "", "B")],
        [("Topics: Garment sector | Wages | Gazipur | Labour", "", "", "B")],
        [("Editor: Anwarul Sattar Mithu · Published by Kashbon Media Ltd, Tejgaon, Dhaka-1208", "", "", "B")],
        [("Copyright © 2026 The Daily Kashbon Post.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Sri Lankan English daily's provincial page, a depot cuts a hill-country bus route
        [("The Uva Sentinel", "", "", "B")],
        [("ePaper | සිංහල | தமிழ்", "", "", "B")],
        [("Home  News  Provincial  Business  Features  Sports  Opinion", "", "", "B")],
        [("Provincial", "", "", "B")],
        [("Hill-country schoolchildren walk 6km after last bus to Medagalathenna is cut", "", "", "W")],
        [("The depot says it has only 31 working buses for 44 routes", "Ruwan Pathberiya-Senanayake", "says", "W")],
        [("By Chathurika Wellawatte-Gunasekara", "", "", "B")],
        [("April 15, 2026 at 6:30 am", "", "", "B")],
        [("Share  WhatsApp  Facebook  X", "", "", "B")],
        [("Students walking down the Medagalathenna road on Monday afternoon.", "", "", ""),
         ("Pic by Nuwan Ratnaweera-Kumbalwela", "", "", "B")],
        [("About 140 schoolchildren from Medagalathenna and two nearby estates have been walking up to six kilometres to school since the Sri Lanka Transport Board (SLTB) depot in Bandarawela withdrew the 2.15 pm bus on the route on April 1.", "", "", "W")],
        [("The depot manager, Ruwan Pathberiya-Senanayake, said the depot had only 31 working buses for 44 routes, and 13 were waiting for spare parts.", "Ruwan Pathberiya-Senanayake", "said", "W"),
         ("“I have to take buses off the routes with the fewest passengers,” he said.", "Ruwan Pathberiya-Senanayake", "said", "W"),
         ("“On the Medagalathenna route we sold an average of 38 tickets a trip in March.”", "Ruwan Pathberiya-Senanayake", "said", "W")],
        [("In a statement, the SLTB said it had ordered 200 new engines for its fleet, the first of which would reach the Uva depots in June.", "the SLTB", "said", "W"),
         ("It said services would be restored “as soon as possible”.", "the Sri Lanka Transport Board (SLTB)", "said", "")],
        [("The chief incumbent of the Medagalathenna temple, Ven. Medagalathenna Dhammaloka Thero, said the children were leaving home at 5.30 am.", "Medagalathenna Dhammaloka", "said", ""),
         ("“They come past the temple in the dark,” he said.", "Medagalathenna Dhammaloka", "said", ""),
         ("“මේ දරුවන්ට ආරක්ෂාවක් නැහැ (There is no safety for these children).”", "Medagalathenna Dhammaloka", "said", "")],
        [("The principal of Medagalathenna Maha Vidyalaya, Mrs Indrani Herath-Wijekoon, said attendance at the school had dropped from 92 per cent in March to 78 per cent in the first two weeks of April.", "Indrani Herath-Wijekoon", "said", "W"),
         ("“The younger ones are tired before the first period,” she said.", "Indrani Herath-Wijekoon", "said", ""),
         ("“Some parents are keeping them at home on rainy days, and I can't blame them.", "Indrani Herath-Wijekoon", "said", "")],
        [("“I have written to the zonal director, to the depot, to everybody.", "Indrani Herath-Wijekoon", "said", "W"),
         ("Everybody agrees with me, and nothing happens.”", "Indrani Herath-Wijekoon", "said", "")],
        [("Her letter to the depot was sent on April 3, according to the zonal education office.", "the zonal education office", "according to", "W")],
        [("A father of two, Susantha Bopearachchi-Rajapaksha, who drives a three-wheeler in Medagalathenna, said he now took his children to school himself and lost the morning's hires.", "Susantha Bopearachchi-Rajapaksha", "said", ""),
         ("“Other parents don't have a three-wheeler,” Mr Bopearachchi-Rajapaksha said.", "Susantha Bopearachchi-Rajapaksha", "said", "")],
        [("The Uva Provincial Council member for the area, Mr. Chaminda Ratwatte-Weerakkodige, did not answer calls on Tuesday.", "Chaminda Ratwatte-Weerakkodige", "did not answer calls", "")],
        [("Private buses do not run on the Medagalathenna road, which the Road Development Authority classes as a “C” road.", "", "", "W")],
        [("Q&A with the depot manager", "", "", "")],
        [("Q: Why cut a school route instead of a town route?", "", "", "")],
        [("A: The town routes carry five times as many people.", "Ruwan Pathberiya-Senanayake", "A:", "W"),
         ("And the Medagalathenna road broke two of our leaf springs last year.", "Ruwan Pathberiya-Senanayake", "A:", "W")],
        [("Q: When will the bus come back?", "", "", "")],
        [("A: When the engines come.", "Ruwan Pathberiya-Senanayake", "A:", ""),
         ("I hope by July.", "Ruwan Pathberiya-Senanayake", "A:", "")],
        [("Comments are moderated and will be published after review.", "", "", "B")],
        [("Copyright © 2026 Uva Sentinel Newspapers (Pvt) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. South Korean English daily's regional page, fish merchants refuse to move into a new market building
        [("The Namhae Herald English", "", "", "B")],
        [("National | Politics | Business | Society | Culture | Sports | Opinion", "", "", "B")],
        [("Society › Regions", "", "", "B")],
        [("Fish merchants at 61-year-old Haemun market refuse to move into new building", "", "", "W")],
        [("Rents, floor space and a lost harbor view are at the heart of the dispute", "", "", "")],
        [("By Chu Hye-rim (hyerim@namhaeherald.co.kr)", "", "", "B")],
        [("Published : Apr. 15, 2026 - 17:08 KST  Updated : Apr. 15, 2026 - 19:41 KST", "", "", "B")],
        [("A+  A-  Print  Share", "", "", "B")],
        [("Merchants sell flatfish and sea squirts at Haemun Fish Market in Tongsan-gu on Tuesday.", "", "", ""),
         ("(Namhae Herald)", "", "", "B")],
        [("About 190 merchants at Haemun Fish Market in Tongsan-gu, one of the oldest wholesale-retail fish markets on the southern coast, have refused to move into a new 8-story market building next door, a month after it was completed at a cost of 62.4 billion won.", "", "", "W")],
        [("Tongsan-gu Office said only 23 of the 214 stalls in the new building had been leased by Tuesday.", "Tongsan-gu Office", "said", "W"),
         ("It said merchants who had not signed by May 31 would lose their priority right to a stall.", "Tongsan-gu Office", "said", "W")],
        [("Seol Dong-chan, head of the district office's market management team, said the old market's wooden roof had been rated grade D, the second-lowest grade, in a safety inspection in 2019.", "Seol Dong-chan", "said", "W"),
         ("“We cannot wait for the roof to come down on someone,” Seol said.", "Seol Dong-chan", "said", "")],
        [("But the chairwoman of the Haemun Market Merchants' Association, Bok Mi-ae, said the new stalls were too small and too expensive.", "Bok Mi-ae", "said", ""),
         ("She said a stall in the new building measured 4.9 square meters, against an average of about 7 square meters in the old market, and that monthly rent would be 480,000 won, four times what merchants pay now.", "Bok Mi-ae", "said", "W")],
        [("“Our customers come here to see the boats and pick the fish from the tank,” she said.", "Bok Mi-ae", "said", ""),
         ("“In the new building they will take an elevator to the fourth floor and look at a wall.", "Bok Mi-ae", "said", "")],
        [("“Nobody asked the merchants what kind of market we wanted.", "Bok Mi-ae", "said", ""),
         ("They showed us a model when it was already decided.”", "Bok Mi-ae", "said", "")],
        [("Seol said the office had held 11 briefings for merchants between 2021 and 2024 and that the rent had been set by an independent appraiser.", "Seol Dong-chan", "said", "W")],
        [("Gyeon Man-sik, 74, has sold dried anchovies at the market since 1969, when his mother ran the stall.", "", "", ""),
         ("“I was 17 when I started here,” the elder Gyeon said.", "Gyeon Man-sik", "said", ""),
         ("“I will finish here.”", "Gyeon Man-sik", "said", "")],
        [("His son, Gyeon Tae-ho, 43, who now runs most of the business, said he was less sure.", "Gyeon Tae-ho", "said", ""),
         ("“If the roof really is that bad, we can't keep the customers under it,” he said.", "Gyeon Tae-ho", "said", ""),
         ("“But my father is right that nobody will climb to the fourth floor for anchovies.”", "Gyeon Tae-ho", "said", "")],
        [("Gong Seung-won, a Tongsan-gu district council member who sits on its economy committee, said the council had cut the rent for the new building's ground floor by 15 percent in a vote on April 9.", "Gong Seung-won", "said", "W"),
         ("He said he expected a compromise “within weeks.”", "Gong Seung-won", "said", "")],
        [("The market handled about 41,000 tons of seafood last year, according to a report by the city's marine affairs bureau.", "a report by the city's marine affairs bureau", "according to", "W")],
        [("An official of the city government's market policy division declined to comment, saying the matter was for the district office.", "An official of the city government's market policy division", "declined to comment", "")],
        [("The merchants' association has applied to the Busan District Court for an injunction to stop the district from closing the old market.", "", "", "W"),
         ("A hearing is set for May 12.", "", "", "W")],
        [("chuhr@namhaeherald.co.kr", "", "", "B")],
        [("Related Articles", "", "", "B")],
        [("Seafood prices climb as catch falls for third year", "", "", "B")],
        [("Namhae Herald Corp. | Registration No. Busan-A-00217 | Publisher: Maeng Jeong-seop", "", "", "B")],
        [("Copyright Namhae Herald.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 6. Japanese English-language daily, a rural rail line to be replaced by buses
        [("THE SANIN KAIDO COURIER", "", "", "B")],
        [("Japan  |  Politics  |  Business  |  Society  |  Culture  |  Sports  |  Opinion", "", "", "B")],
        [("Home > Society > Regional", "", "", "B")],
        [("Shiosai Line's last train to run Sept. 30 as buses take over", "", "", "W")],
        [("Residents of coastal towns split over end of 96-year-old railway", "", "", "")],
        [("By Naoko Hirasaka / Staff Writer", "", "", "B")],
        [("April 15, 2026 (Wed)  18:30 JST", "", "", "B")],
        [("Share  Post  LINE  Bookmark", "", "", "B")],
        [("A one-car train of the Shiosai Line crosses the Kurobae river bridge in Tomarizaki, Tottori Prefecture, on Monday.", "", "", ""),
         ("(Sanin Kaido Courier)", "", "", "B")],
        [("MIKUMO, Tottori — The Shiosai Line, a 34.6-kilometer single-track railway along the Sea of Japan coast, will close after its last train on Sept. 30, its operator said on Tuesday.", "", "", "W")],
        [("Tomarizaki Electric Railway Co. said the line had carried an average of 412 passengers a day in the year to March, down from 1,930 in 1995.", "Tomarizaki Electric Railway Co.", "said", "W"),
         ("It said it had lost about ¥380 million on the line in fiscal 2025.", "Tomarizaki Electric Railway Co.", "said", "W")],
        [("“We kept the line running for as long as we could,” the company's president, Mr. Shigenobu Araseki, said at a news conference in Tottori city.", "Shigenobu Araseki", "said", ""),
         ("“Without the towns' support, we would have closed it ten years ago.”", "Shigenobu Araseki", "said", "W")],
        [("Araseki said the company would replace the trains with 14 buses a day in each direction from Oct. 1, three more than the current rail timetable.", "Shigenobu Araseki", "said", "W")],
        [("The four towns along the line and the prefecture have paid a combined ¥210 million a year toward its costs since 2016, according to the prefecture's transport policy bureau.", "the prefecture's transport policy bureau", "according to", "W")],
        [("Mayor Kazumi Hoshinaga of Tomarizaki, whose town council voted in February to stop the subsidy, said the money was better spent on buses that stop at the hospital.", "Kazumi Hoshinaga", "said", "W"),
         ("“The train stops 800 meters from the hospital, up a hill,” she said.", "Kazumi Hoshinaga", "said", ""),
         ("“My mother could not walk it.", "Kazumi Hoshinaga", "said", ""),
         ("The bus will stop at the door.”", "Kazumi Hoshinaga", "said", "")],
        [("Not everyone is convinced.", "", "", "")],
        [("Fumie Katagishi, 81, who has ridden the line to the market in Tottori city every Friday for 50 years, said the bus would take 25 minutes longer, according to the timetable the company published.", "Fumie Katagishi", "said", "W"),
         ("“On the train I can stand up and walk.", "Fumie Katagishi", "said", ""),
         ("On the bus I feel sick,” she said.", "Fumie Katagishi", "said", "")],
        [("Her granddaughter, Mao Katagishi, 17, who takes the 7:02 a.m. train to high school, said students had collected 6,800 signatures to keep the line.", "Mao Katagishi", "said", "W"),
         ("“The adults decided without asking us, and we are the ones who ride it,” Mao said.", "Mao Katagishi", "said", "")],
        [("Rodrigo Sayuri Mendonça, a Brazilian who works at a fish-processing plant in Tomarizaki, said through an interpreter that the bus would be easier with his shopping.", "Rodrigo Sayuri Mendonça", "said through an interpreter", "")],
        [("A Tottori prefectural official in charge of public transport, Hirotaka Iwamune, said the prefecture would pay half of the cost of the new buses, about ¥190 million.", "Hirotaka Iwamune", "said", "W")],
        [("Prof. Tsutomu Nakabayashi-Oda of the Sanin Institute of Regional Studies, who sat on a review panel for the line in 2023, said closing it was “the rational choice, but not a painless one.”", "Tsutomu Nakabayashi-Oda", "said", "W"),
         ("“Once the rails are pulled up, they do not come back,” he said.", "Tsutomu Nakabayashi-Oda", "said", "")],
        [("Araseki said the rails would be removed within three years and the track bed turned into a cycling path, with the prefecture paying for the work.", "Shigenobu Araseki", "said", "W")],
        [("The Shiosai Line opened in 1930 to carry timber and fish to the Sanin main line.", "", "", "W")],
        [("RELATED STORIES", "", "", "B")],
        [("Local railways lost ¥51 billion in fiscal 2025, survey finds", "", "", "B")],
        [("Copyright © The Sanin Kaido Courier Co., Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Irish regional weekly, a town's only GP practice to close
        [("The Glenmoy Valley Advertiser", "", "", "B")],
        [("News  Sport  Community  Farming  Death Notices  Property  Jobs  Subscribe", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Ballinturkan to lose its only GP practice at end of June", "", "", "W")],
        [("‘There is nobody to hand it over to,’ says retiring doctor after 34 years", "Orla Tierneybrack", "says", "W")],
        [("Fergal Drummacool", "", "", "B")],
        [("Wednesday, 15 April 2026", "", "", "B")],
        [("Share  |  Tweet  |  Email  |  Print", "", "", "B")],
        [("Dr Orla Tierneybrack at her surgery on Main Street, Ballinturkan.", "", "", ""),
         ("Picture: Padraic Glanmore", "", "", "B")],
        [("The only GP practice in Ballinturkan, Co. Mayo, will close on June 30 after its doctor failed to find anyone to take it over, leaving about 2,300 patients to find a new GP.", "", "", "W")],
        [("Dr Orla Tierneybrack, who has run the practice on Main Street since 1992, said she had advertised the post four times in two years without a single applicant.", "Orla Tierneybrack", "said", "W"),
         ("“I'm 67 and I have been on call for this town for 34 years,” she said.", "Orla Tierneybrack", "said", "W"),
         ("“I love the place, but I'm tired, and there is nobody to hand it over to.”", "Orla Tierneybrack", "said", "")],
        [("In a statement, the HSE said it had been told of the closure in January and was “actively working” to find a replacement.", "the HSE", "said", "W"),
         ("It said patients on medical cards would be assigned to practices in Kilmaddagh and Knockcorran if no replacement was found by June.", "the HSE", "said", "W")],
        [("Local TD Brendan Tierneybrack, no relation to the doctor, said the closure was “the clearest sign yet that rural general practice is collapsing.”", "Brendan Tierneybrack", "said", ""),
         ("He said he had raised it with the Minister for Health in the Dáil on April 2.", "Brendan Tierneybrack", "said", "W")],
        [("About one in five GPs in Mayo is over 60, according to figures from the Irish College of General Practitioners.", "figures from the Irish College of General Practitioners", "according to", "W")],
        [("Patient Mary Kate Lavelle-Foy, 74, who has diabetes, said she did not drive and had no idea how she would get to Kilmaddagh, 19 kilometres away.", "Mary Kate Lavelle-Foy", "said", ""),
         ("“There's one bus on a Tuesday,” she said.", "Mary Kate Lavelle-Foy", "said", "W"),
         ("“Dr Tierneybrack knows my whole history.", "Mary Kate Lavelle-Foy", "said", "")],
        [("“She came out to my husband the night he died.", "Mary Kate Lavelle-Foy", "said", ""),
         ("You don't get that from a practice with nine doctors and a phone queue.”", "Mary Kate Lavelle-Foy", "said", "")],
        [("Pharmacist Colm Mulhearne, whose family has run the chemist's across the street since 1961, said the pharmacy filled about 900 prescriptions a week, most written by Dr Tierneybrack.", "Colm Mulhearne", "said", "W"),
         ("“If she goes, we go too, eventually,” he said.", "Colm Mulhearne", "said", "")],
        [("His father, Eoghan Mulhearne, who ran the shop for 38 years before him, said the town had had three doctors when he opened.", "Eoghan Mulhearne", "said", "W"),
         ("“Three doctors and a dispensary,” the elder Mulhearne said.", "Eoghan Mulhearne", "said", "W"),
         ("“Now we'll have none.”", "Eoghan Mulhearne", "said", "")],
        [("Cathaoirleach of the Knockcorran Municipal District, Cllr Siobhán Carrabawn, said the council had offered the HSE the use of the old garda station, rent-free, as a primary care centre.", "Siobhán Carrabawn", "said", "W"),
         ("The HSE did not respond to a question about the offer.", "the HSE", "did not respond", "")],
        [("Q&A: ‘The contract is the problem’", "", "", "")],
        [("Q: Why will nobody take the practice?", "", "", "")],
        [("A: Young GPs want to work in a group, with nights shared.", "Orla Tierneybrack", "A:", ""),
         ("On your own in a town like this, you are never off.", "Orla Tierneybrack", "A:", "")],
        [("Q: Deputy Tierneybrack says the State should employ rural GPs directly.", "Brendan Tierneybrack", "says", ""),
         ("Would that work?", "", "", "")],
        [("A: It might.", "Orla Tierneybrack", "A:", ""),
         ("I'd have taken it at 35.", "Orla Tierneybrack", "A:", "")],
        [("Death notices, anniversaries and acknowledgements: call 094 936 2418.", "", "", "B")],
        [("© 2026 Glenmoy Valley Advertiser Ltd.", "", "", "B"),
         ("Registered in Ireland No. 448213.", "", "", "B")],
    ],
    [  # 8. Swedish English-language news site, a municipality votes to close a village school
        [("Norrland Today", "", "", "B")],
        [("News · Jämtland · Västernorrland · Norrbotten · Culture · Sport · Membership", "", "", "B")],
        [("News › Jämtland", "", "", "B")],
        [("Rödtjärnsby school to close after council vote, 23 pupils to be bussed to town", "", "", "W")],
        [("Parents say a 50-minute bus ride each way is too much for seven-year-olds", "Parents", "say", "")],
        [("By Linnea Stavreborg-Axelsson, reporter", "", "", "B")],
        [("Published 14 April 2026 at 21:05", "", "", "B")],
        [("Updated 15 April 2026 at 07:40", "", "", "B")],
        [("🎧 Listen to this article (4 min)", "", "", "B")],
        [("Pupils at Rödtjärnsby school in the playground on Tuesday.", "", "", ""),
         ("Photo: Linnea Stavreborg-Axelsson / Norrland Today", "", "", "B")],
        [("Rödtjärnsby school, the last school in the villages west of Kallhöjden, will close at the end of the spring term after the municipal council voted 27 to 22 on Monday evening to merge it with Kallhöjden central school.", "", "", "W")],
        [("Annika Hedqvist-Ölander, the municipal commissioner responsible for education, said the school cost 248,000 kronor per pupil a year, more than twice the average in the rest of the municipality.", "Annika Hedqvist-Ölander", "said", "W"),
         ("“Nobody in this room wanted to do this,” she told the council before the vote.", "Annika Hedqvist-Ölander", "said", ""),
         ("“But we have 19 million kronor less for schools this year than last, and a school with 23 children cannot have the teachers the law requires.”", "Annika Hedqvist-Ölander", "said", "W")],
        [("The school's headteacher, Sören Iggeström, said the school had lost its only qualified maths teacher in January and had been sharing one with Kallhöjden since then.", "Sören Iggeström", "said", "W"),
         ("“The children here do well,” he said.", "Sören Iggeström", "said", ""),
         ("“Our year-six results last spring were above the national average in Swedish and English.”", "Sören Iggeström", "said", "W")],
        [("The school's year-six pupils scored above the national average in both subjects in 2025, according to Skolverket figures.", "Skolverket figures", "according to", "W")],
        [("Maja Fjällgren-Rudh, whose two children go to the school, said the walk to the bus stop alone would take her younger son 20 minutes in winter.", "Maja Fjällgren-Rudh", "said", ""),
         ("“He is seven.", "Maja Fjällgren-Rudh", "said", ""),
         ("In January it is dark at half past three,” she said.", "Maja Fjällgren-Rudh", "said", "")],
        [("Her husband, Tobias Fjällgren-Rudh, who grew up in the village, said the family had moved back from Stockholm in 2022 “because there was a school.”", "Tobias Fjällgren-Rudh", "said", ""),
         ("“If the school goes, the young families go,” Tobias said.", "Tobias Fjällgren-Rudh", "said", ""),
         ("“Then the shop goes.”", "Tobias Fjällgren-Rudh", "said", "")],
        [("His grandfather, Gunnar Rudh, 88, went to the school in the 1940s.", "", "", ""),
         ("“Skolan har överlevt två krig och tre nedläggningsbeslut (The school has survived two wars and three closure decisions),” he said.", "Gunnar Rudh", "said", "")],
        [("Opposition councillor Hampus Vennervik, of the Inland Alliance, said his group had proposed keeping the school open for two more years and funding it by selling the municipality's stake in a ski lift company, a motion that lost 25 to 24.", "Hampus Vennervik", "said", "W"),
         ("He said the savings would be “eaten up by bus costs.”", "Hampus Vennervik", "said", "")],
        [("In a written reply to Norrland Today, the municipality said it had budgeted 1.1 million kronor a year for two school-bus routes from Rödtjärnsby.", "the municipality", "said", "W"),
         ("It said the ride would take 35 to 50 minutes depending on the route.", "the municipality", "said", "W")],
        [("Linjebuss Inland AB, which runs the area's school buses, did not respond to requests for comment.", "Linjebuss Inland AB", "did not respond to requests for comment", "")],
        [("Asked what she thought, Maja's daughter, Elsa Fjällgren-Rudh, 11, said she would miss the forest lessons on Fridays.", "Elsa Fjällgren-Rudh", "said", "")],
        [("Parents have three weeks to appeal the decision to the administrative court in Härnösand.", "", "", "W")],
        [("Quotes in Swedish have been translated by Norrland Today.", "", "", "B")],
        [("Norrland Today is funded by its members.", "", "", "B"),
         ("Become a member from 49 kronor a month.", "", "", "B")],
        [("About us · Contact · Tips: tips@norrlandtoday.se · Cookies", "", "", "B")],
        [("© Norrland Today AB 2026", "", "", "B")],
    ],
    [  # 9. Canadian community newspaper, a town's arena roof fails inspection weeks before a tournament
        [("The Pellagrin Lake Gazette", "", "", "B")],
        [("-4°C  |  Wed., April 15, 2026", "", "", "B")],
        [("News  |  Sports  |  Opinion  |  Obituaries  |  Classifieds  |  e-Edition", "", "", "B")],
        [("Home / News / Local", "", "", "B")],
        [("Arena roof fails inspection, Pellagrin Lake cancels May tournament", "", "", "W")],
        [("Council to weigh $2.7M repair or new rink", "", "", "")],
        [("By Dallas Wiebrecht-Szulc", "", "", "B")],
        [("Local Journalism Initiative Reporter", "", "", "B")],
        [("Posted Apr. 15, 2026 3:10 pm", "", "", "B")],
        [("Share: Facebook · X · Email", "", "", "B")],
        [("The Delorme Memorial Arena on Gannetmere Road has been closed since April 9.", "", "", ""),
         ("Dallas Wiebrecht-Szulc / Gazette", "", "", "B")],
        [("The Town of Pellagrin Lake has closed the Delorme Memorial Arena indefinitely after an engineering inspection found corrosion in four of its 11 roof trusses.", "", "", "W")],
        [("The town said the 14-team U13 tournament planned for May 8 to 10 had been cancelled and entry fees would be refunded.", "The town", "said", "W"),
         ("It said the rink's summer programs, including ball hockey and the Canada Day pancake breakfast, would move to the curling club.", "The Town of Pellagrin Lake", "said", "W")],
        [("The report, by Saskatoon-based Corvaline Structural Ltd., said the trusses could no longer be relied on to carry a heavy snow load.", "the report", "said", "W"),
         ("It put the cost of replacing them at about $2.7 million.", "the report", "said", "W")],
        [("Mayor Colette Auberlain-Skoda said council would decide at its April 28 meeting whether to repair the 1974 arena or start planning a new one.", "Colette Auberlain-Skoda", "said", "W"),
         ("“Nobody wants to hear it in a hockey town, but I'm not putting kids under that roof,” she said.", "Colette Auberlain-Skoda", "said", ""),
         ("“We got the report on a Thursday and we closed the doors on the Friday.”", "Colette Auberlain-Skoda", "said", "W")],
        [("The mayor said the town had $1.1 million in its recreation reserve.", "Colette Auberlain-Skoda", "said", "W")],
        [("Coun. Rory Tkachyk-Bramwith said a new rink would cost at least $14 million and the town should fix the one it has.", "Rory Tkachyk-Bramwith", "said", ""),
         ("“The federal gas-tax money alone gives us $390,000 a year,” he said.", "Rory Tkachyk-Bramwith", "said", "W")],
        [("Janine Wasylchuk-Prieur, president of Pellagrin Lake Minor Hockey, said losing the tournament would cost the association about $9,000 it had counted on for next season's ice time.", "Janine Wasylchuk-Prieur", "said", "W"),
         ("“That's two teams' worth of ice,” she said.", "Janine Wasylchuk-Prieur", "said", "")],
        [("Her son, Kade Wasylchuk-Prieur, 12, who plays on the U13 team, said the team had been practising since September for the home tournament.", "Kade Wasylchuk-Prieur", "said", ""),
         ("“We were going to win it,” Kade said.", "Kade Wasylchuk-Prieur", "said", "")],
        [("Rink manager Marcel Obuchowski, who has worked at the arena for 26 years, said the roof had last been inspected in 2016.", "Marcel Obuchowski", "said", "W"),
         ("He said he had noticed rust on the steel “a couple of winters ago” and reported it.", "Marcel Obuchowski", "said", "W")],
        [("The arena's condition was rated “poor” in 2025, according to the town's asset management plan.", "the town's asset management plan", "according to", "W")],
        [("Corvaline Structural declined to comment beyond its report.", "Corvaline Structural", "declined to comment", "")],
        [("Q&A: What happens next?", "", "", "")],
        [("The Gazette asked chief administrative officer Dwight Hallegrave-Sutcombe three questions.", "", "", "W")],
        [("Q: Why wasn't the rust caught sooner?", "", "", "")],
        [("A: The 2016 inspection found surface rust only.", "Dwight Hallegrave-Sutcombe", "A:", "W"),
         ("Corrosion of this kind can move fast once water gets in.", "Dwight Hallegrave-Sutcombe", "A:", "")],
        [("Q: Coun. Tkachyk-Bramwith says repair is the only affordable option.", "Rory Tkachyk-Bramwith", "says", ""),
         ("Is he right?", "", "", "")],
        [("A: Council will decide that on April 28.", "Dwight Hallegrave-Sutcombe", "A:", "")],
        [("Q: Will there be hockey in Pellagrin Lake next winter?", "", "", "")],
        [("A: I'd like to say yes.", "Dwight Hallegrave-Sutcombe", "A:", ""),
         ("I can't yet.", "Dwight Hallegrave-Sutcombe", "A:", "")],
        [("Letters to the editor: editor@pellagringazette.ca", "", "", "B")],
        [("© 2026 Pellagrin Lake Gazette, a division of Jackpine Ridge Publishing Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. US county weekly's website, a school district short of bus drivers doubles up routes
        [("The Osage Prairie Courier", "", "", "B")],
        [("Serving Benford and Oxbend counties since 1889", "", "", "B")],
        [("Log In  |  Subscribe  |  e-Edition", "", "", "B")],
        [("News   Schools   Sports   Obituaries   Public Notices   Opinion", "", "", "B")],
        [("Schools", "", "", "B")],
        [("Benford R-4 doubles up bus routes as driver shortage hits 11", "", "", "W")],
        [("Some students will be picked up as early as 6:10 a.m.; parents say that is too early", "parents", "say", "W")],
        [("By Kelsey Oberlach-Quenwick | kelsey@osageprairiecourier.com", "", "", "B")],
        [("Posted Apr 15, 2026  Updated Apr 16, 2026", "", "", "B")],
        [("Facebook  Twitter  Email  Print", "", "", "B")],
        [("A Benford R-4 bus leaves the district's transportation barn on Route 9 on Tuesday morning.", "", "", ""),
         ("Kelsey Oberlach-Quenwick/Courier", "", "", "B")],
        [("MARLOWE CITY, Mo. — The Benford R-4 School District will combine eight of its 31 bus routes starting Monday because it is 11 drivers short, the district said in a letter to parents on Tuesday.", "the district", "said in a letter to parents", "W")],
        [("The district said some students on the combined routes would be picked up as early as 6:10 a.m., about 35 minutes earlier than now, and dropped off as late as 4:55 p.m.", "The district", "said", "W"),
         ("It said it had advertised driver jobs at $21.40 an hour, up from $18.75 last year, and had hired two drivers since January.", "The Benford R-4 School District", "said", "W")],
        [("Superintendent Dr. Everett Sjoquist-Brenholt Jr. said the district had lost nine drivers to retirement since August and four to a warehouse that opened near the interstate last fall.", "Everett Sjoquist-Brenholt Jr.", "said", "W"),
         ("“I don't like this plan,” he said.", "Everett Sjoquist-Brenholt Jr.", "said", ""),
         ("“I just don't have a better one.", "Everett Sjoquist-Brenholt Jr.", "said", "")],
        [("“If anybody in this county has a CDL and likes kids, call us.", "Everett Sjoquist-Brenholt Jr.", "said", ""),
         ("We'll pay for the training.”", "Everett Sjoquist-Brenholt Jr.", "said", "")],
        [("Transportation director Tamsin Roebuck-Amezquita said the district's mechanics and two office staff had been driving routes since February.", "Tamsin Roebuck-Amezquita", "said", "W"),
         ("She said she drove Route 14 herself three mornings a week.", "Tamsin Roebuck-Amezquita", "said", "W")],
        [("Missouri districts reported 1,160 vacant bus driver positions in October, according to the Missouri Department of Elementary and Secondary Education.", "the Missouri Department of Elementary and Secondary Education", "according to", "W")],
        [("Lorraine Pettinghall-Skaggs, who has driven for the district for 22 years, said drivers were tired.", "Lorraine Pettinghall-Skaggs", "said", ""),
         ("“We love these kids, but a split shift that starts at 5:30 wears you down,” she said.", "Lorraine Pettinghall-Skaggs", "said", ""),
         ("She said she had 71 students on her bus some afternoons, one short of its capacity.", "Lorraine Pettinghall-Skaggs", "said", "W")],
        [("She is no relation to board member Wade Pettinghall-Skaggs, who voted against the pay raise for drivers in a 4-3 vote in July.", "", "", "W")],
        [("Wade Pettinghall-Skaggs said Tuesday that he had voted no because the raise was not paid for.", "Wade Pettinghall-Skaggs", "said", "W"),
         ("“I'd vote for it now,” he said.", "Wade Pettinghall-Skaggs", "said", "")],
        [("Brianna Culpepper-Ostrow, whose two children ride Route 6, said her 7-year-old would now be at the bus stop before sunrise.", "Brianna Culpepper-Ostrow", "said", ""),
         ("“Who's going to stand out there with him in the dark?” she asked.", "Brianna Culpepper-Ostrow", "said", "")],
        [("Threlkirk Student Transport, a contractor that runs buses for two neighboring districts, declined to comment on whether it would bid for Benford routes.", "Threlkirk Student Transport", "declined to comment", "")],
        [("The local chapter of the Missouri School Transportation Workers did not respond to a message.", "The local chapter of the Missouri School Transportation Workers", "did not respond to a message", "")],
        [("The school board will hear an update on the shortage at its meeting on April 21 at 6 p.m. at the district office.", "", "", "W")],
        [("Related: Warehouse hiring pulls workers from county payrolls", "", "", "B")],
        [("Copyright © 2026 Osage Prairie Courier.", "", "", "B"),
         ("Part of Prairiefold Community Media LLC.", "", "", "B")],
        [("Public Notices  |  Contact Us  |  Terms of Use  |  Privacy", "", "", "B")],
    ],
    [  # 11. Australian regional paper, a town moves to level 5 water restrictions as its dam falls to 19 per cent
        [("The Wirrabindi Advocate", "", "", "B")],
        [("Subscribe now | Log in | Today's paper", "", "", "B")],
        [("News  Sport  Rural  Community  Opinion  Classifieds  Puzzles", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Wirrabindi moves to level 5 water restrictions as Coonanbri Dam falls to 19 per cent", "", "", "W")],
        [("Farmers and businesses brace for the toughest limits since the Millennium Drought", "", "", "")],
        [("Brodie Lamerton-Quintavell", "", "", "B")],
        [("Updated April 15 2026 - 4:12pm, first published 11:30am", "", "", "B")],
        [("Share  Facebook  X  Email  Copy link", "", "", "B")],
        [("Coonanbri Dam on Monday, with the old road to the boat ramp showing for the first time since 2007.", "", "", ""),
         ("Picture by Brodie Lamerton-Quintavell", "", "", "B")],
        [("Wirrabindi households will be limited to 160 litres a person a day from Monday after Wirrabindi Shire Council voted to move to level 5 water restrictions on Tuesday night.", "", "", "W")],
        [("The council said Coonanbri Dam, the town's only water supply, was at 19.4 per cent of capacity, its lowest level since 2007.", "The council", "said", "W"),
         ("It said it would fine households $220 for a first breach and $550 for a second.", "Wirrabindi Shire Council", "said", "W")],
        [("Wirrabindi Shire mayor Cr Heather Mulgoa-Treweeke said she knew the limits would hurt.", "Heather Mulgoa-Treweeke", "said", ""),
         ("“But if it doesn't rain, we will be carting water by Christmas,” she said.", "Heather Mulgoa-Treweeke", "said", "")],
        [("Wirrabindi has had 214 millimetres of rain in the past 12 months, less than half its long-term average of 498 millimetres, according to the Bureau of Meteorology.", "the Bureau of Meteorology", "according to", "W")],
        [("A spokesperson for Riverlands Water, the state-owned bulk supplier, said it had brought forward a $6.8 million pipeline from the Yallungra bores and would start construction in June.", "A spokesperson for Riverlands Water", "said", "W")],
        [("Des Quinlevan-Dwyerhoff runs 2,400 merino ewes on a 3,100-hectare property west of town with his son, Lachlan.", "", "", "")],
        [("“I've seen three droughts here.", "Des Quinlevan-Dwyerhoff", "said", ""),
         ("We sold 900 ewes in February because we couldn't feed them.", "Des Quinlevan-Dwyerhoff", "said", "W")],
        [("“This one's different because the town's running dry too, and that means the school, the hospital, everything,” Des Quinlevan-Dwyerhoff said on Monday as he fed hay to the remaining flock.", "Des Quinlevan-Dwyerhoff", "said", "")],
        [("Lachlan Quinlevan-Dwyerhoff, 29, said he had put off plans to build a house on the farm.", "Lachlan Quinlevan-Dwyerhoff", "said", ""),
         ("“You don't spend $400,000 on a house when you're not sure you'll have stock next year,” he said.", "Lachlan Quinlevan-Dwyerhoff", "said", "")],
        [("Ray Tonkenbury, licensee of the Commercial Hotel on Mungeribar Street, said the pub had already cut its laundry water by about a third by sending towels and sheets to a laundry in Yallungra.", "Ray Tonkenbury", "said", "W"),
         ("“It's not the water bill that worries me, it's the tourists,” Mr Tonkenbury said.", "Ray Tonkenbury", "said", ""),
         ("“Nobody books a weekend away in a town with brown lawns.”", "Ray Tonkenbury", "said", "")],
        [("The mayor said council had written to the state government on March 20 asking for $12 million toward an emergency bore field.", "Heather Mulgoa-Treweeke", "said", "W")],
        [("The office of Member for Barwonga Kieran Sallisbury did not respond to questions on Tuesday.", "The office of Member for Barwonga Kieran Sallisbury", "did not respond to questions", "")],
        [("The Department of Climate Change, Energy, the Environment and Water declined to comment on the council's request.", "The Department of Climate Change, Energy, the Environment and Water", "declined to comment", "")],
        [("Level 5 bans all garden watering with sprinklers and hoses and the filling of new pools, and limits car washing to buckets.", "", "", "W")],
        [("Related: Shire to hold drought info night at Memorial Hall", "", "", "B")],
        [("Support local journalism.", "", "", "B"),
         ("Subscribe to the Advocate from $1 a week.", "", "", "B")],
        [("The Wirrabindi Advocate is published by Saltbushvale Regional Media Pty Ltd, ABN 61 004 772 913.", "", "", "B")],
    ],
    [  # 12. Fijian news site, villagers cut off as a washed-out crossing waits for repair
        [("Vanua Lailai News", "", "", "B")],
        [("Home  |  Fiji  |  Pacific  |  Business  |  Sport  |  Opinion  |  Videos", "", "", "B")],
        [("Home / Fiji News", "", "", "B")],
        [("Nabuasolo villagers cut off for 11 days as crossing waits for repair", "", "", "W")],
        [("Villagers say the roads authority promised a new bridge in 2023", "Villagers", "say", "W")],
        [("Litia Vakarewa-Tuiloma", "", "", "B")],
        [("Wednesday 15/04/2026", "", "", "B")],
        [("Share on Facebook · Share on WhatsApp · Share on X", "", "", "B")],
        [("Villagers of Nabuasolo carry bags of flour across the Waidamudamu River on Monday.", "", "", ""),
         ("Photo: Litia Vakarewa-Tuiloma", "", "", "B")],
        [("About 600 people in Nabuasolo and two neighbouring settlements in the interior of Naitasiri have had no road access for 11 days after floodwaters washed away the concrete crossing over the Waidamudamu River on April 4.", "", "", "W")],
        [("The Turaga ni Koro of Nabuasolo, Semisi Ravoka-Tuidrau, said villagers had been wading across the river with their produce and school children since the crossing went.", "Semisi Ravoka-Tuidrau", "said", ""),
         ("“E sega ni dua e kauwai mai vei keimami (Nobody cares about us),” he said.", "Semisi Ravoka-Tuidrau", "said", ""),
         ("“We asked for a bridge in 2023, and we were told it was in the plan.”", "Semisi Ravoka-Tuidrau", "said", "W")],
        [("In a statement on Tuesday, the Fiji Roads Authority said a temporary crossing of steel pipes and gravel would be built by April 24.", "the Fiji Roads Authority", "said", "W"),
         ("It said the permanent bridge, estimated at $2.3 million, had been designed and would go to tender in July.", "the Fiji Roads Authority", "said", "W")],
        [("The chief of the district, Ratu Josaia Tuivaga-Nailevu, said he had been told the same thing two years ago.", "Josaia Tuivaga-Nailevu", "said", "W"),
         ("“I do not doubt the engineers,” he said.", "Josaia Tuivaga-Nailevu", "said", ""),
         ("“But a design does not carry a child across a river.”", "Josaia Tuivaga-Nailevu", "said", "")],
        [("Nurse Kalesi Ravoka-Tuidrau, who runs the nursing station in Nabuasolo and is married to the Turaga ni Koro, said a pregnant woman had been carried across the river on a stretcher on Saturday and taken to Vunidawa hospital by a police vehicle.", "Kalesi Ravoka-Tuidrau", "said", "W"),
         ("“She is well, and the baby is well, vinaka vakalevu to the boys who carried her,” Mrs Ravoka-Tuidrau said.", "Kalesi Ravoka-Tuidrau", "said", ""),
         ("“But our medicine order for April is still in town.", "Kalesi Ravoka-Tuidrau", "said", "W")],
        [("“I have enough insulin for four more days.", "Kalesi Ravoka-Tuidrau", "said", "W"),
         ("After that, I don't know.”", "Kalesi Ravoka-Tuidrau", "said", "")],
        [("The general manager of Nakaudra Buses, Pradeep Vaghela-Sundaram, said the company had stopped its twice-daily service to Nabuasolo on April 4 and was running buses only as far as the crossing.", "Pradeep Vaghela-Sundaram", "said", "W"),
         ("The company said it would resume the full route once the temporary crossing was open.", "The company", "said", "")],
        [("The Minister for Public Works told Parliament in February that 212 river crossings in Fiji were “at high risk” in floods and that 38 of them were in Naitasiri, according to Hansard.", "The Minister for Public Works", "told Parliament", "W")],
        [("An assistant minister from the area declined to comment, saying the matter was with the ministry.", "An assistant minister from the area", "declined to comment", "")],
        [("Adi Mereoni Daunivucu-Lesa, a village elder, said she had lived in Nabuasolo for 71 years and had never seen the river so high.", "Mereoni Daunivucu-Lesa", "said", ""),
         ("“We are used to the river,” she said.", "Mereoni Daunivucu-Lesa", "said", ""),
         ("“What we are not used to is waiting.”", "Mereoni Daunivucu-Lesa", "said", "")],
        [("Nabuasolo supplies dalo and yaqona to the Suva market, and villagers say they have lost about $14,000 in sales since the crossing went.", "villagers", "say", "W")],
        [("Related: FRA lists 38 Naitasiri crossings as high risk", "", "", "B")],
        [("Join the Vanua Lailai News WhatsApp channel for breaking news.", "", "", "B")],
        [("© 2026 Vanua Lailai Media Pte Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n56-hon-ghc-decimal", "The Municipal Chief Executive, Hon. Kodzo Damanyo-Akpalu, said the old station, which sits on land reclaimed from the lagoon in 1987, had flooded nine times since 2020.\n“We are not chasing anybody away,” he said. “We built the new terminal for them, with 412 stalls, toilets, a clinic and a police post.”\nHe said the terminal, at Nyikpokope Junction, cost GH¢14.2 million and was paid for from the District Assemblies Common Fund and a loan from Klevewu Rural Bank.",
     ["The Municipal Chief Executive, Hon. Kodzo Damanyo-Akpalu, said the old station, which sits on land reclaimed from the lagoon in 1987, had flooded nine times since 2020.", "“We are not chasing anybody away,” he said.", "“We built the new terminal for them, with 412 stalls, toilets, a clinic and a police post.”", "He said the terminal, at Nyikpokope Junction, cost GH¢14.2 million and was paid for from the District Assemblies Common Fund and a loan from Klevewu Rural Bank."]),
    ("n56-question-closes-quote-mrs", "“Fish does not walk three kilometres,” she said. “The canoes land here, the women smoke the fish here, the buyers from Accra come here. Who will carry it to Nyikpokope?”\nMrs Kwakuvi-Dorgbetor, 63, who has sold smoked fish at the station since 1979, said each trader paid the Assembly GH¢30 a week in market tolls.\nHer daughter, Sena Kwakuvi-Dorgbetor, 38, who runs a chop bar beside the station, said trade had already slowed since the move was announced in February. “People think we have gone already, so the trotros don't stop,” the younger Kwakuvi-Dorgbetor said.",
     ["“Fish does not walk three kilometres,” she said.", "“The canoes land here, the women smoke the fish here, the buyers from Accra come here.", "Who will carry it to Nyikpokope?”", "Mrs Kwakuvi-Dorgbetor, 63, who has sold smoked fish at the station since 1979, said each trader paid the Assembly GH¢30 a week in market tolls.", "Her daughter, Sena Kwakuvi-Dorgbetor, 38, who runs a chop bar beside the station, said trade had already slowed since the move was announced in February.", "“People think we have gone already, so the trotros don't stop,” the younger Kwakuvi-Dorgbetor said."]),
    ("n56-regnal-iv-togbui", "Togbui Agbeve Sorkpor-Hlordzi IV, the paramount chief of Anyakpor, said he had invited both sides to a meeting at his palace on Saturday.\n“This town was built by the lagoon and the sea,” Togbui Sorkpor-Hlordzi said. “Whatever we do, we must do it together.”\nIn a statement on Monday, the Assembly said traders who register before April 30 will get a stall at the new terminal free of charge for six months. It said the old station would be fenced off on May 5 and the land used for a storm drain.",
     ["Togbui Agbeve Sorkpor-Hlordzi IV, the paramount chief of Anyakpor, said he had invited both sides to a meeting at his palace on Saturday.", "“This town was built by the lagoon and the sea,” Togbui Sorkpor-Hlordzi said.", "“Whatever we do, we must do it together.”", "In a statement on Monday, the Assembly said traders who register before April 30 will get a stall at the new terminal free of charge for six months.", "It said the old station would be fenced off on May 5 and the land used for a storm drain."]),
    ("n56-gh-footer-ends", "Comments (12)\nGet breaking news from CoastWire GH on WhatsApp — tap to join our channel\n© 2026 CoastWire GH. All rights reserved.",
     ["Comments (12)", "Get breaking news from CoastWire GH on WhatsApp — tap to join our channel", "© 2026 CoastWire GH.", "All rights reserved."]),
    ("n56-quote-over-paras-kusu", "“I know what this means for families,” she said. “I come from a village in Mpika district, and my own father sold two cattle to send me to secondary school.\n“But a university that cannot pay its lecturers is not a university. We owe our staff three months of salary arrears, and the bank will not lend us any more.”\nThe vice-chancellor said the university's wage bill had risen to K212 million a year, about 71 per cent of its spending.\nThe president of the Kaseba University Students' Union (KUSU), Bwalya Kasonde-Mukupa, said the increase would push hundreds of students out. He said a survey by the union in March had found that 41 per cent of the 9,200 undergraduates were already behind on their fees.\n“The vice-chancellor talks about her father's cattle. We are talking about whether a girl from Chinsali finishes her degree or goes home,” Mr Kasonde-Mukupa said.",
     ["“I know what this means for families,” she said.", "“I come from a village in Mpika district, and my own father sold two cattle to send me to secondary school.", "“But a university that cannot pay its lecturers is not a university.", "We owe our staff three months of salary arrears, and the bank will not lend us any more.”", "The vice-chancellor said the university's wage bill had risen to K212 million a year, about 71 per cent of its spending.", "The president of the Kaseba University Students' Union (KUSU), Bwalya Kasonde-Mukupa, said the increase would push hundreds of students out.", "He said a survey by the union in March had found that 41 per cent of the 9,200 undergraduates were already behind on their fees.", "“The vice-chancellor talks about her father's cattle.", "We are talking about whether a girl from Chinsali finishes her degree or goes home,” Mr Kasonde-Mukupa said."]),
    ("n56-qa-a-we-did", "Q: Why not cut management salaries first?\nA: We did. Senior management took a 10 per cent pay cut in January.\nQ: The union says 41 per cent of students are behind on fees. Will more of them drop out?\nA: Some may. That is why we are putting K6 million into bursaries this year.",
     ["Q: Why not cut management salaries first?", "A: We did.", "Senior management took a 10 per cent pay cut in January.", "Q: The union says 41 per cent of students are behind on fees.", "Will more of them drop out?", "A: Some may.", "That is why we are putting K6 million into bursaries this year."]),
    ("n56-tk-crore-joardar", "The factory's managing director, Khondoker Mahfuzur Wadud Joardar, said the company had lost two orders worth Tk 9.6 crore from a European buyer in January and could not pay its workers. “We are not running away,” Joardar said over the phone. “We have applied for a loan from our bank to pay the February wages, and we have put the machines up as security.”\nHe said he hoped to pay at least one month's wages before Eid.\nShahida Nazneen Munshibari, general secretary of the Dhalkhola Garment Sramik Federation, said workers had heard the same promise before. She said the factory had paid the December wages 47 days late, and only after workers surrounded the office.",
     ["The factory's managing director, Khondoker Mahfuzur Wadud Joardar, said the company had lost two orders worth Tk 9.6 crore from a European buyer in January and could not pay its workers.", "“We are not running away,” Joardar said over the phone.", "“We have applied for a loan from our bank to pay the February wages, and we have put the machines up as security.”", "He said he hoped to pay at least one month's wages before Eid.", "Shahida Nazneen Munshibari, general secretary of the Dhalkhola Garment Sramik Federation, said workers had heard the same promise before.", "She said the factory had paid the December wages 47 days late, and only after workers surrounded the office."]),
    ("n56-1pm-blockade-first-names", "On Wednesday morning, several hundred workers blocked the Dhaka–Mymensingh highway in Dhalkhola for about three hours.\nThe blockade was lifted at around 1:00 PM after the owner agreed to meet the workers' leaders on Saturday, according to the Industrial Police.\nRokeya Banu Matubbar, 29, a knitting operator at the factory for eight years, said she had borrowed from a neighbour to buy rice. “My son is in class four. I have not paid his school fee since January,” Rokeya said.\nHer brother, Sohel Matubbar, who works on the same floor, said the two of them send money home to their parents in Jamalpur every month. “This month, nothing,” Sohel said.",
     ["On Wednesday morning, several hundred workers blocked the Dhaka–Mymensingh highway in Dhalkhola for about three hours.", "The blockade was lifted at around 1:00 PM after the owner agreed to meet the workers' leaders on Saturday, according to the Industrial Police.", "Rokeya Banu Matubbar, 29, a knitting operator at the factory for eight years, said she had borrowed from a neighbour to buy rice.", "“My son is in class four.", "I have not paid his school fee since January,” Rokeya said.", "Her brother, Sohel Matubbar, who works on the same floor, said the two of them send money home to their parents in Jamalpur every month.", "“This month, nothing,” Sohel said."]),
    ("n56-pm-am-ven-sinhala", "About 140 schoolchildren from Medagalathenna and two nearby estates have been walking up to six kilometres to school since the Sri Lanka Transport Board (SLTB) depot in Bandarawela withdrew the 2.15 pm bus on the route on April 1.\nThe depot manager, Ruwan Pathberiya-Senanayake, said the depot had only 31 working buses for 44 routes, and 13 were waiting for spare parts. “I have to take buses off the routes with the fewest passengers,” he said. “On the Medagalathenna route we sold an average of 38 tickets a trip in March.”\nIn a statement, the SLTB said it had ordered 200 new engines for its fleet, the first of which would reach the Uva depots in June. It said services would be restored “as soon as possible”.\nThe chief incumbent of the Medagalathenna temple, Ven. Medagalathenna Dhammaloka Thero, said the children were leaving home at 5.30 am. “They come past the temple in the dark,” he said. “මේ දරුවන්ට ආරක්ෂාවක් නැහැ (There is no safety for these children).”",
     ["About 140 schoolchildren from Medagalathenna and two nearby estates have been walking up to six kilometres to school since the Sri Lanka Transport Board (SLTB) depot in Bandarawela withdrew the 2.15 pm bus on the route on April 1.", "The depot manager, Ruwan Pathberiya-Senanayake, said the depot had only 31 working buses for 44 routes, and 13 were waiting for spare parts.", "“I have to take buses off the routes with the fewest passengers,” he said.", "“On the Medagalathenna route we sold an average of 38 tickets a trip in March.”", "In a statement, the SLTB said it had ordered 200 new engines for its fleet, the first of which would reach the Uva depots in June.", "It said services would be restored “as soon as possible”.", "The chief incumbent of the Medagalathenna temple, Ven. Medagalathenna Dhammaloka Thero, said the children were leaving home at 5.30 am.", "“They come past the temple in the dark,” he said.", "“මේ දරුවන්ට ආරක්ෂාවක් නැහැ (There is no safety for these children).”"]),
    ("n56-qa-pvt-ltd-footer", "A: The town routes carry five times as many people. And the Medagalathenna road broke two of our leaf springs last year.\nQ: When will the bus come back?\nA: When the engines come. I hope by July.\nComments are moderated and will be published after review.\nCopyright © 2026 Uva Sentinel Newspapers (Pvt) Ltd. All rights reserved.",
     ["A: The town routes carry five times as many people.", "And the Medagalathenna road broke two of our leaf springs last year.", "Q: When will the bus come back?", "A: When the engines come.", "I hope by July.", "Comments are moderated and will be published after review.", "Copyright © 2026 Uva Sentinel Newspapers (Pvt) Ltd.", "All rights reserved."]),
    ("n56-kst-date-line-caption", "By Chu Hye-rim (hyerim@namhaeherald.co.kr)\nPublished : Apr. 15, 2026 - 17:08 KST  Updated : Apr. 15, 2026 - 19:41 KST\nA+  A-  Print  Share\nMerchants sell flatfish and sea squirts at Haemun Fish Market in Tongsan-gu on Tuesday. (Namhae Herald)\nAbout 190 merchants at Haemun Fish Market in Tongsan-gu, one of the oldest wholesale-retail fish markets on the southern coast, have refused to move into a new 8-story market building next door, a month after it was completed at a cost of 62.4 billion won.",
     ["By Chu Hye-rim (hyerim@namhaeherald.co.kr)", "Published : Apr. 15, 2026 - 17:08 KST  Updated : Apr. 15, 2026 - 19:41 KST", "A+  A-  Print  Share", "Merchants sell flatfish and sea squirts at Haemun Fish Market in Tongsan-gu on Tuesday.", "(Namhae Herald)", "About 190 merchants at Haemun Fish Market in Tongsan-gu, one of the oldest wholesale-retail fish markets on the southern coast, have refused to move into a new 8-story market building next door, a month after it was completed at a cost of 62.4 billion won."]),
    ("n56-square-meters-elder", "But the chairwoman of the Haemun Market Merchants' Association, Bok Mi-ae, said the new stalls were too small and too expensive. She said a stall in the new building measured 4.9 square meters, against an average of about 7 square meters in the old market, and that monthly rent would be 480,000 won, four times what merchants pay now.\n“Our customers come here to see the boats and pick the fish from the tank,” she said. “In the new building they will take an elevator to the fourth floor and look at a wall.\n“Nobody asked the merchants what kind of market we wanted. They showed us a model when it was already decided.”\nSeol said the office had held 11 briefings for merchants between 2021 and 2024 and that the rent had been set by an independent appraiser.\nGyeon Man-sik, 74, has sold dried anchovies at the market since 1969, when his mother ran the stall. “I was 17 when I started here,” the elder Gyeon said. “I will finish here.”\nHis son, Gyeon Tae-ho, 43, who now runs most of the business, said he was less sure. “If the roof really is that bad, we can't keep the customers under it,” he said. “But my father is right that nobody will climb to the fourth floor for anchovies.”",
     ["But the chairwoman of the Haemun Market Merchants' Association, Bok Mi-ae, said the new stalls were too small and too expensive.", "She said a stall in the new building measured 4.9 square meters, against an average of about 7 square meters in the old market, and that monthly rent would be 480,000 won, four times what merchants pay now.", "“Our customers come here to see the boats and pick the fish from the tank,” she said.", "“In the new building they will take an elevator to the fourth floor and look at a wall.", "“Nobody asked the merchants what kind of market we wanted.", "They showed us a model when it was already decided.”", "Seol said the office had held 11 briefings for merchants between 2021 and 2024 and that the rent had been set by an independent appraiser.", "Gyeon Man-sik, 74, has sold dried anchovies at the market since 1969, when his mother ran the stall.", "“I was 17 when I started here,” the elder Gyeon said.", "“I will finish here.”", "His son, Gyeon Tae-ho, 43, who now runs most of the business, said he was less sure.", "“If the roof really is that bad, we can't keep the customers under it,” he said.", "“But my father is right that nobody will climb to the fourth floor for anchovies.”"]),
    ("n56-sept-co-said-mr", "Shiosai Line's last train to run Sept. 30 as buses take over\nResidents of coastal towns split over end of 96-year-old railway\nBy Naoko Hirasaka / Staff Writer\nApril 15, 2026 (Wed)  18:30 JST\nShare  Post  LINE  Bookmark\nA one-car train of the Shiosai Line crosses the Kurobae river bridge in Tomarizaki, Tottori Prefecture, on Monday. (Sanin Kaido Courier)\nMIKUMO, Tottori — The Shiosai Line, a 34.6-kilometer single-track railway along the Sea of Japan coast, will close after its last train on Sept. 30, its operator said on Tuesday.\nTomarizaki Electric Railway Co. said the line had carried an average of 412 passengers a day in the year to March, down from 1,930 in 1995. It said it had lost about ¥380 million on the line in fiscal 2025.\n“We kept the line running for as long as we could,” the company's president, Mr. Shigenobu Araseki, said at a news conference in Tottori city. “Without the towns' support, we would have closed it ten years ago.”",
     ["Shiosai Line's last train to run Sept. 30 as buses take over", "Residents of coastal towns split over end of 96-year-old railway", "By Naoko Hirasaka / Staff Writer", "April 15, 2026 (Wed)  18:30 JST", "Share  Post  LINE  Bookmark", "A one-car train of the Shiosai Line crosses the Kurobae river bridge in Tomarizaki, Tottori Prefecture, on Monday.", "(Sanin Kaido Courier)", "MIKUMO, Tottori — The Shiosai Line, a 34.6-kilometer single-track railway along the Sea of Japan coast, will close after its last train on Sept. 30, its operator said on Tuesday.", "Tomarizaki Electric Railway Co. said the line had carried an average of 412 passengers a day in the year to March, down from 1,930 in 1995.", "It said it had lost about ¥380 million on the line in fiscal 2025.", "“We kept the line running for as long as we could,” the company's president, Mr. Shigenobu Araseki, said at a news conference in Tottori city.", "“Without the towns' support, we would have closed it ten years ago.”"]),
    ("n56-am-train-prof", "Her granddaughter, Mao Katagishi, 17, who takes the 7:02 a.m. train to high school, said students had collected 6,800 signatures to keep the line. “The adults decided without asking us, and we are the ones who ride it,” Mao said.\nRodrigo Sayuri Mendonça, a Brazilian who works at a fish-processing plant in Tomarizaki, said through an interpreter that the bus would be easier with his shopping.\nA Tottori prefectural official in charge of public transport, Hirotaka Iwamune, said the prefecture would pay half of the cost of the new buses, about ¥190 million.\nProf. Tsutomu Nakabayashi-Oda of the Sanin Institute of Regional Studies, who sat on a review panel for the line in 2023, said closing it was “the rational choice, but not a painless one.” “Once the rails are pulled up, they do not come back,” he said.",
     ["Her granddaughter, Mao Katagishi, 17, who takes the 7:02 a.m. train to high school, said students had collected 6,800 signatures to keep the line.", "“The adults decided without asking us, and we are the ones who ride it,” Mao said.", "Rodrigo Sayuri Mendonça, a Brazilian who works at a fish-processing plant in Tomarizaki, said through an interpreter that the bus would be easier with his shopping.", "A Tottori prefectural official in charge of public transport, Hirotaka Iwamune, said the prefecture would pay half of the cost of the new buses, about ¥190 million.", "Prof. Tsutomu Nakabayashi-Oda of the Sanin Institute of Regional Studies, who sat on a review panel for the line in 2023, said closing it was “the rational choice, but not a painless one.”", "“Once the rails are pulled up, they do not come back,” he said."]),
    ("n56-co-mayo-dr-quote", "Dr Orla Tierneybrack at her surgery on Main Street, Ballinturkan. Picture: Padraic Glanmore\nThe only GP practice in Ballinturkan, Co. Mayo, will close on June 30 after its doctor failed to find anyone to take it over, leaving about 2,300 patients to find a new GP.\nDr Orla Tierneybrack, who has run the practice on Main Street since 1992, said she had advertised the post four times in two years without a single applicant. “I'm 67 and I have been on call for this town for 34 years,” she said. “I love the place, but I'm tired, and there is nobody to hand it over to.”",
     ["Dr Orla Tierneybrack at her surgery on Main Street, Ballinturkan.", "Picture: Padraic Glanmore", "The only GP practice in Ballinturkan, Co. Mayo, will close on June 30 after its doctor failed to find anyone to take it over, leaving about 2,300 patients to find a new GP.", "Dr Orla Tierneybrack, who has run the practice on Main Street since 1992, said she had advertised the post four times in two years without a single applicant.", "“I'm 67 and I have been on call for this town for 34 years,” she said.", "“I love the place, but I'm tired, and there is nobody to hand it over to.”"]),
    ("n56-qa-ltd-registered", "A: Young GPs want to work in a group, with nights shared. On your own in a town like this, you are never off.\nQ: Deputy Tierneybrack says the State should employ rural GPs directly. Would that work?\nA: It might. I'd have taken it at 35.\nDeath notices, anniversaries and acknowledgements: call 094 936 2418.\n© 2026 Glenmoy Valley Advertiser Ltd. Registered in Ireland No. 448213.",
     ["A: Young GPs want to work in a group, with nights shared.", "On your own in a town like this, you are never off.", "Q: Deputy Tierneybrack says the State should employ rural GPs directly.", "Would that work?", "A: It might.", "I'd have taken it at 35.", "Death notices, anniversaries and acknowledgements: call 094 936 2418.", "© 2026 Glenmoy Valley Advertiser Ltd.", "Registered in Ireland No. 448213."]),
    ("n56-swedish-bracket-tobias", "Maja Fjällgren-Rudh, whose two children go to the school, said the walk to the bus stop alone would take her younger son 20 minutes in winter. “He is seven. In January it is dark at half past three,” she said.\nHer husband, Tobias Fjällgren-Rudh, who grew up in the village, said the family had moved back from Stockholm in 2022 “because there was a school.” “If the school goes, the young families go,” Tobias said. “Then the shop goes.”\nHis grandfather, Gunnar Rudh, 88, went to the school in the 1940s. “Skolan har överlevt två krig och tre nedläggningsbeslut (The school has survived two wars and three closure decisions),” he said.",
     ["Maja Fjällgren-Rudh, whose two children go to the school, said the walk to the bus stop alone would take her younger son 20 minutes in winter.", "“He is seven.", "In January it is dark at half past three,” she said.", "Her husband, Tobias Fjällgren-Rudh, who grew up in the village, said the family had moved back from Stockholm in 2022 “because there was a school.”", "“If the school goes, the young families go,” Tobias said.", "“Then the shop goes.”", "His grandfather, Gunnar Rudh, 88, went to the school in the 1940s.", "“Skolan har överlevt två krig och tre nedläggningsbeslut (The school has survived two wars and three closure decisions),” he said."]),
    ("n56-posted-pm-ltd-said", "Posted Apr. 15, 2026 3:10 pm\nShare: Facebook · X · Email\nThe Delorme Memorial Arena on Gannetmere Road has been closed since April 9. Dallas Wiebrecht-Szulc / Gazette\nThe Town of Pellagrin Lake has closed the Delorme Memorial Arena indefinitely after an engineering inspection found corrosion in four of its 11 roof trusses.\nThe town said the 14-team U13 tournament planned for May 8 to 10 had been cancelled and entry fees would be refunded. It said the rink's summer programs, including ball hockey and the Canada Day pancake breakfast, would move to the curling club.\nThe report, by Saskatoon-based Corvaline Structural Ltd., said the trusses could no longer be relied on to carry a heavy snow load. It put the cost of replacing them at about $2.7 million.",
     ["Posted Apr. 15, 2026 3:10 pm", "Share: Facebook · X · Email", "The Delorme Memorial Arena on Gannetmere Road has been closed since April 9.", "Dallas Wiebrecht-Szulc / Gazette", "The Town of Pellagrin Lake has closed the Delorme Memorial Arena indefinitely after an engineering inspection found corrosion in four of its 11 roof trusses.", "The town said the 14-team U13 tournament planned for May 8 to 10 had been cancelled and entry fees would be refunded.", "It said the rink's summer programs, including ball hockey and the Canada Day pancake breakfast, would move to the curling club.", "The report, by Saskatoon-based Corvaline Structural Ltd., said the trusses could no longer be relied on to carry a heavy snow load.", "It put the cost of replacing them at about $2.7 million."]),
    ("n56-mo-dateline-pm-jr", "A Benford R-4 bus leaves the district's transportation barn on Route 9 on Tuesday morning. Kelsey Oberlach-Quenwick/Courier\nMARLOWE CITY, Mo. — The Benford R-4 School District will combine eight of its 31 bus routes starting Monday because it is 11 drivers short, the district said in a letter to parents on Tuesday.\nThe district said some students on the combined routes would be picked up as early as 6:10 a.m., about 35 minutes earlier than now, and dropped off as late as 4:55 p.m. It said it had advertised driver jobs at $21.40 an hour, up from $18.75 last year, and had hired two drivers since January.\nSuperintendent Dr. Everett Sjoquist-Brenholt Jr. said the district had lost nine drivers to retirement since August and four to a warehouse that opened near the interstate last fall. “I don't like this plan,” he said. “I just don't have a better one.",
     ["A Benford R-4 bus leaves the district's transportation barn on Route 9 on Tuesday morning.", "Kelsey Oberlach-Quenwick/Courier", "MARLOWE CITY, Mo. — The Benford R-4 School District will combine eight of its 31 bus routes starting Monday because it is 11 drivers short, the district said in a letter to parents on Tuesday.", "The district said some students on the combined routes would be picked up as early as 6:10 a.m., about 35 minutes earlier than now, and dropped off as late as 4:55 p.m.", "It said it had advertised driver jobs at $21.40 an hour, up from $18.75 last year, and had hired two drivers since January.", "Superintendent Dr. Everett Sjoquist-Brenholt Jr. said the district had lost nine drivers to retirement since August and four to a warehouse that opened near the interstate last fall.", "“I don't like this plan,” he said.", "“I just don't have a better one."]),
    ("n56-asked-llc-footer", "Wade Pettinghall-Skaggs said Tuesday that he had voted no because the raise was not paid for. “I'd vote for it now,” he said.\nBrianna Culpepper-Ostrow, whose two children ride Route 6, said her 7-year-old would now be at the bus stop before sunrise. “Who's going to stand out there with him in the dark?” she asked.\nThrelkirk Student Transport, a contractor that runs buses for two neighboring districts, declined to comment on whether it would bid for Benford routes.\nThe local chapter of the Missouri School Transportation Workers did not respond to a message.\nThe school board will hear an update on the shortage at its meeting on April 21 at 6 p.m. at the district office.\nRelated: Warehouse hiring pulls workers from county payrolls\nCopyright © 2026 Osage Prairie Courier. Part of Prairiefold Community Media LLC.\nPublic Notices  |  Contact Us  |  Terms of Use  |  Privacy",
     ["Wade Pettinghall-Skaggs said Tuesday that he had voted no because the raise was not paid for.", "“I'd vote for it now,” he said.", "Brianna Culpepper-Ostrow, whose two children ride Route 6, said her 7-year-old would now be at the bus stop before sunrise.", "“Who's going to stand out there with him in the dark?” she asked.", "Threlkirk Student Transport, a contractor that runs buses for two neighboring districts, declined to comment on whether it would bid for Benford routes.", "The local chapter of the Missouri School Transportation Workers did not respond to a message.", "The school board will hear an update on the shortage at its meeting on April 21 at 6 p.m. at the district office.", "Related: Warehouse hiring pulls workers from county payrolls", "Copyright © 2026 Osage Prairie Courier.", "Part of Prairiefold Community Media LLC.", "Public Notices  |  Contact Us  |  Terms of Use  |  Privacy"]),
    ("n56-quote-named-at-end", "Des Quinlevan-Dwyerhoff runs 2,400 merino ewes on a 3,100-hectare property west of town with his son, Lachlan.\n“I've seen three droughts here. We sold 900 ewes in February because we couldn't feed them.\n“This one's different because the town's running dry too, and that means the school, the hospital, everything,” Des Quinlevan-Dwyerhoff said on Monday as he fed hay to the remaining flock.\nLachlan Quinlevan-Dwyerhoff, 29, said he had put off plans to build a house on the farm. “You don't spend $400,000 on a house when you're not sure you'll have stock next year,” he said.",
     ["Des Quinlevan-Dwyerhoff runs 2,400 merino ewes on a 3,100-hectare property west of town with his son, Lachlan.", "“I've seen three droughts here.", "We sold 900 ewes in February because we couldn't feed them.", "“This one's different because the town's running dry too, and that means the school, the hospital, everything,” Des Quinlevan-Dwyerhoff said on Monday as he fed hay to the remaining flock.", "Lachlan Quinlevan-Dwyerhoff, 29, said he had put off plans to build a house on the farm.", "“You don't spend $400,000 on a house when you're not sure you'll have stock next year,” he said."]),
    ("n56-itaukei-bracket-ratu", "About 600 people in Nabuasolo and two neighbouring settlements in the interior of Naitasiri have had no road access for 11 days after floodwaters washed away the concrete crossing over the Waidamudamu River on April 4.\nThe Turaga ni Koro of Nabuasolo, Semisi Ravoka-Tuidrau, said villagers had been wading across the river with their produce and school children since the crossing went. “E sega ni dua e kauwai mai vei keimami (Nobody cares about us),” he said. “We asked for a bridge in 2023, and we were told it was in the plan.”\nIn a statement on Tuesday, the Fiji Roads Authority said a temporary crossing of steel pipes and gravel would be built by April 24. It said the permanent bridge, estimated at $2.3 million, had been designed and would go to tender in July.\nThe chief of the district, Ratu Josaia Tuivaga-Nailevu, said he had been told the same thing two years ago. “I do not doubt the engineers,” he said. “But a design does not carry a child across a river.”",
     ["About 600 people in Nabuasolo and two neighbouring settlements in the interior of Naitasiri have had no road access for 11 days after floodwaters washed away the concrete crossing over the Waidamudamu River on April 4.", "The Turaga ni Koro of Nabuasolo, Semisi Ravoka-Tuidrau, said villagers had been wading across the river with their produce and school children since the crossing went.", "“E sega ni dua e kauwai mai vei keimami (Nobody cares about us),” he said.", "“We asked for a bridge in 2023, and we were told it was in the plan.”", "In a statement on Tuesday, the Fiji Roads Authority said a temporary crossing of steel pipes and gravel would be built by April 24.", "It said the permanent bridge, estimated at $2.3 million, had been designed and would go to tender in July.", "The chief of the district, Ratu Josaia Tuivaga-Nailevu, said he had been told the same thing two years ago.", "“I do not doubt the engineers,” he said.", "“But a design does not carry a child across a river.”"]),
]  # fmt: skip
