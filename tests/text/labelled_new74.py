"""Seventy-fourth set of new hand-labelled pages for the hint engines (tuning set, round thirty-two): twelve whole pages of everyday news from twelve countries where SPEAKERS are the hard part: pronoun chains over several paragraphs with other people and places named between, two voices of the same gender in turn, spokespeople and unnamed officials, roles before and after names, quotes told to reporters or said in a statement that run on over paragraphs, speakers named after the quote, posts and filings, "according to" a person or a document, and Q&A lines, with light furniture at the head and the tail.

Written from scratch for issue 13 in round thirty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/`, no README and no benchmark was read, `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The format and the conventions were read from the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole), the module docstrings of
`labelled_new71.py` and `labelled_new72.py` (the terminal cut their first printing, of both
together, in the middle, so they were saved to files in /tmp and printed again in parts with `sed`),
the `STYLES` of both (a listing that also showed the last lines of the docstring of
`labelled_new72.py` and its import), their first two pages and their split cases (all thirty of
each), every line cut to 400 characters, `build` in `labelled_articles.py` (a `grep -n "def build"
-A15` listing) and the `[tool.ruff]` tables of `pyproject.toml` (a `sed` listing). No other page,
case or docstring of any file under `tests/` was read. What was run: `grep -n` for the line numbers
of `STYLES`, `ARTICLES`, `CASES`, the imports and the page brackets in those two files; `ls` of
`tests/` and a count of `tests/text/` (file names and counts only), `du -sh tests/`, and `ls` of
`tests/text/` filtered to the names of the files being written at the same time; two read-only `git
status --short` runs (one before anything was written, which printed nothing, and one at the end,
which listed the four new set files as untracked and a change to a file under `claimreview/` that
this writer did not make and did not open); a Python one-liner printing the calendar of 2026 to
check weekdays; scripts of my own in /tmp that turn a small line format into the literals below, cut
the split cases out of the pages and rename; an import of this file with `build` on every page; a
checking script of my own (four fields, flags, a cue for every speaker and a speaker for every cue,
no speaker on furniture, the sentence count, every split case occurring in a built page and joining
back to its text); whole-word case-insensitive searches of every capitalised word of these pages
(each part of a hyphenated name on its own) and of every candidate replacement over `tests/` that
printed file counts only (`grep -rilw ... | wc -l`); two `grep -rliw` runs that listed only the
names of the files holding five coined names (to see why so many hit; no line was printed); and
`ruff format` / `ruff check` on this file. The three files written at the same time
(`labelled_new73.py`, `labelled_heldout49.py`, `labelled_heldout50.py`) were never opened;
`labelled_heldout49.py` appeared while this set was being checked: the second of the `grep -rliw`
runs showed that it held two of this set's coined surnames (a Trinidadian one and a Chinese one),
and two Chinese surnames tried next as replacements, which had had no hit before, hit too; at the
last pass, when all three files existed, a captain's surname on page 3 hit once more; all five were
renamed here, and that pass covered every file then under `tests/`.

Every person, town, village, island, estate, park, street, road, rise, close, bight, flat, layout,
market, food centre, school, college, health centre, district, council, harbour authority,
co-operative, association, union, legal project, company, housing project, outlet and number is
invented (a first draft reused about a hundred invented surnames, towns, streets, outlets and
companies of other files under `tests/`, and about a hundred of the replacements tried next hit
too; only replacements with no hit were used, and the whole list was searched again). Real
countries, regions, big cities, landmarks in outlet names and public bodies appear only as
settings, with invented figures: the United States, Oregon, Idaho, Boise and Portland (as a
company's and a lawyer's cities) and the Willamette (in the invented legal project's name);
England, central government, the Lib Dem and Conservative groups; Canada, Nova Scotia, Halifax,
Ottawa, Fisheries and Oceans Canada and its small craft harbours program, the fisheries minister
and the South Shore (in a related headline); Australia, Victoria, South Australia, the Department of
Transport and Planning, the transport minister and the Nationals; New Zealand, national
drinking-water rules, Local Democracy Reporting and NZ On Air (in a funding line); Nigeria, Oyo
State and its government, Ministry of Commerce and Industry, State Executive Council and Assembly
(in a related headline), Ibadan and Ramadan; Uganda, western Uganda, the Ministry of Health,
Parliament, National Medical Stores, an LC5 chairperson and the Rwenzori (in the outlet's name);
Singapore and the National Environment Agency (NEA); Trinidad and Tobago, the Northern Range, the
Ministry of Works and Transport, a regional corporation, the Trinidad and Tobago Meteorological
Service and Carnival (in a menu); India, Maharashtra, Pune, the Pune District Consumer Disputes
Redressal Commission, the State Commission, MahaRERA, the municipal corporation, the Covid-19
lockdowns and Sinhagad (in the outlet's name); Sri Lanka, Colombo, the Department of Railways, the
Transport Ministry, the Cabinet, the Government Printer, the Sri Lanka Transport Board and the
Kelani (in the outlet's name); Ireland, Co. Donegal, Donegal County Council, the Department of
Rural and Community Development, the 2022 census, a TD, the minister and the Leaving Cert.
Facebook, X, WhatsApp and Telegram appear only as channels. No surname, town, street, outlet,
company, school, club or union of any file under `tests/` is reused (given names, titles, real
settings and common words such as "Ledger", "Advertiser", "Crier", "Standard", "Times", "Anchor",
"Mirror", "Causeway", "Daily", "Recorder", "Chronicle", "Record", "Meadows", "Heights", "Layout",
"Habitat", "Jalan" and "Nagar" recur).

Each page is a page as a new user pastes it after selecting all in a browser, so every furniture
line (masthead, account or date strip, menu, crumb or section label, byline, date line, share
strip, caption credit, bio, related and read-more lists, tags, newsletter, app, channel, tip and
funding lines, footer) is a paragraph of its own and "B". The furniture is light; the speakers
carry the weight. In every page two or three people speak over several paragraphs, and the pronoun
that follows a surname often comes after another person, a place or an organisation has been named
in between; two speakers of the same gender speak in turn on nine pages; unnamed spokespeople,
officials, an engineer, a nurse, buyers, customers, islanders and police speak; roles stand before
names ("Council leader Cllr", "College principal", "General Manager of Railways", "Advocate") and
after them ("The authority's president, ...", "The chairman of ..., Mr ..., 58,"); quotes told to
reporters, to the paper, to a commission or in a statement run on over two paragraphs; speakers are
named after their quotes ("“...,” said ..."); posts on Facebook and X, a court filing, a letter, a
notice, a statement signed by someone else, tender results, records, census and contract figures
speak; "according to" is followed by a person as often as by a document; there are two Q&A blocks
(one with name prefixes, one with "Q:" and "A:"). Check-worthiness follows the conventions: figures,
dates, rules, votes, acts and statements of record "W"; opinions, feelings, forecasts, pledges,
advice, private circumstances, questions and scene "". `STYLES` names the site, the story and the
stresses of each page, in order.

(1) A US local daily in Oregon: residents of a manufactured home park sue its owner over a 38% lot
rent increase. The semicolon standfirst's "Lawsuit says" carries "the complaint filed in Ostervane
County Circuit Court", as the body names it with "according to" (the hearing date rides on it);
"The complaint says" and "The suit asks" (a request in a filing, "W") keep the documents as
written; "according to state business records" and "according to county property records" (after
a sentence that opens "It paid", which is no speaker); "Brantholme said in a court filing" and "It
said" resolve to "Brantholme Communities LLC". The residents' lawyer (named with his project after
the name) and the owner's attorney ("Brantholme's attorney" before the name, "of Portland" after)
are two men who speak in turn: "said", "he said" and a quote over two sentences (""), "said" and
"He said" (offers of record, "W"), "Yrigollen said", "He said", "Lindquell said", "he said", and
last "Yrigollen said he had told his clients to pay ... under protest" (advice, ""). A plaintiff is
named after her quote ("“...,” said Loretta Vanbuskirk, 74, ...") and her quote runs over two
paragraphs to a question, with a neighbour named inside it who does not speak. "A woman who
answered the phone at the park office Tuesday said" is kept as written without the day; the
councilor "wrote on Facebook" a pledge ("") and "She wrote" a figure ("W"); "A city spokesperson
said" a meeting "at 6 p.m. in the council chambers." ("W"); the judge is named in an act of record
and does not speak.

(2) An English local weekly: a district council's cabinet moves general rubbish collections to
every three weeks. The standfirst's "Opposition leader calls" carries her (an opinion and a pledge,
""); "according to a report to the cabinet by the council's head of environmental services" and
"The report said"; "Council leader Cllr" and "(Lib Dem)" are dropped. The cabinet member for
environment, a man, "told the meeting" and "he said" between two sentences of the leader, and the
"She said" after him goes past him to the leader (the neighbouring council's figures, "W"). The
leader and the opposition leader are two women who speak in turn: "said", "She said" (a forecast,
""), "Forsdyke said", "She said", "Blenkirby said", "She said", "Forsdyke said" (""), then "In a
post on Facebook ..., Blenkirby wrote" ("wrote", "") and "She told the Advertiser" (signatures,
"W"). The council's call-in rule is "W" without a speaker; "A council spokesperson said" is kept as
described and "The spokesperson said" kept as written, twice, the second time at the end of a
service tip (""). A resident is named after her quote ("“...,” said Kerry-Anne Pollitt, 38, of
Pybright Close."), whose next sentence "“Three weeks in August?" is a question that ends a sentence
inside her quote, and the quote runs over two paragraphs; a retired postman with his role before
his name speaks (""); the 7-0 vote is "W"; "Ltd." ends a sentence before "All rights reserved.".

(3) A Canadian community weekly in Nova Scotia: storm repairs to a fishing wharf will not be done
before the lobster season opens. The standfirst's "harbour authority says" carries "the Port Aldwin
Harbour Authority" as the lead names it with "said in a notice to members"; "The authority's
president, ..., said" and "That approval came Nov. 4, she said, about three weeks later ..." (the
attribution in the middle, "W"); "Fisheries and Oceans Canada, which owns the wharf ..., said in an
email" drops the clause; "The department said" is kept as written, and so is "A spokesperson for
the department"; "according to the tender documents". Two captains, both men, speak in turn:
"said" (an opinion, ""), "he said" with the trap count inside the quote ("W"), "Another captain,
..., said", "He said" (his own plan, ""), "he said", "Thibedeau said", and "“Ross can do what he
likes,” he said." (a name inside a quote; the speaker is Thibedeau). The MP "posted on Facebook"
(cue "posted", an act of record, "W"), "In the post, she said" ("said", "W") and "she wrote"
(""); "according to Starratt-Haley" carries the president by name, and the "She said" after it
carries her; "Two buyers at the harbour, who asked not to be named ..., said" drops the clause;
"Will the wharf be whole again by spring?" has no speaker; "by 4 a.m. on opening day." ends a
sentence; "Have a story idea?" ends a "B" sentence and "Inc." one before "All rights reserved.".

(4) An Australian regional daily in Victoria: the state cuts a country school bus run. The
standfirst's "Transport department says" carries "A spokesperson for the Department of Transport
and Planning" as the body names the source with "said in a statement"; "The statement said" keeps
"The statement"; "according to the college's school council"; the distance to the junction is
"W" without a speaker. Two mothers speak in turn: "said" (a claim about the department's count,
"W"), "she said", "said" with "at 6.50am to be driven" inside the sentence (private, ""), "She
said", "Trevasick said", "she said", "She said" (a petition's signatures, "W"), "Stott said" and
"she said". "In a letter to parents dated February 3, the department wrote" keeps "the department"
with "wrote"; "according to Trevasick" carries her by name; "That was nine days before the last
run." is arithmetic on the record ("W"). The MP "said in a statement" (an opinion, "") and "He
said" (a letter of record, "W"); "The minister's office did not respond to a request for comment
before deadline." carries the office with that cue; "College principal" is dropped with "told the
Standard"; "Is six students a day too few to keep a bus?" has no speaker and the guideline after
it is "W"; "The spokesperson said" at the end is kept as written ("").

(5) A New Zealand regional site: a council's draft annual plan proposes an 11.8 per cent rates
rise. The standfirst has no verb of saying and no speaker; "according to the council's
consultation document"; "Deputy mayor" and "Councillor" are dropped, and the two men speak in turn
("said", "He said", "said", "He said", "Garbutton said"). "The Times put readers' questions to the
mayor on Thursday." / "Her answers have been edited for length and clarity." are "B". The
questions begin "TIMES:" and carry no speaker, except "TIMES: Your deputy says the council has lost
control of its capital programme." (the deputy cited by his role, "Rhys Garbutton", cue "says",
"") whose "Did it?" has none; each answer begins "TAMIHANGA:" and every sentence of it carries the
mayor with the cue "TAMIHANGA:" (debt, costs, a pool closure and the long-term plan's 7.2 per cent
inside an opinion "W"; "I hope not." and her opinions ""). "..., the council said." ends the
consultation dates ("W"); "Garbutton said" and "He said" (his alternative budget, ""),
"Simmonds said" and "Tamihanga told the Times after the interview" follow.

(6) A Nigerian national daily's metro page: a state government gives market traders seven days to
move. The standfirst's "says commissioner" carries him; "A notice pasted on the market's main gate
on Monday and signed by the Permanent Secretary ... said" is named by its head, "A notice"; "The
Commissioner for Commerce and Industry, Hon. Oluwaseun Adeyefa, in a statement signed by his
Special Adviser on Media, Mr Tunde Ebiesuwa, said" carries the commissioner, not the adviser who
signed, and the "He said" after it goes past the adviser to the commissioner; "“...,” the statement
quoted him as saying." carries the commissioner with the cue "quoted him as saying", and "The
statement urged" keeps "The statement" (advice, ""). "The Chairman of the ... Association, Alhaji
..., told our correspondent" drops both; the adviser, first named only as the signer, later speaks
himself ("Ebiesuwa, when contacted by telephone, said"), and he and the chairman are two men who
speak in turn ("He said", "Odebode said", "He said", "Ebiesuwa said"); "according to a circular
seen by our correspondent" is kept whole. A trader is named after her quote ("Mrs" dropped) and the
quote runs over two paragraphs to a question; a second trader with a clause about her block speaks;
"An official of the ministry, who asked not to be named because ..., said" drops the clause, "The
official said" is kept as written and "He said" resolves to "An official of the ministry";
"according to the association"; "Our correspondent observed ..." is the paper's own observation,
without a speaker ("").

(7) A Ugandan regional daily's health page: health centres run out of the first-line malaria drug.
The standfirst's "District health officer blames" carries him; "according to the district's
weekly stock report"; "The District Health Officer, Dr ..., said" and "The LC5 chairperson, Mr ...,
said" drop roles and honorifics, and the two men speak in turn through "He said", "he said", "Dr
Kabagambe said", "Mr Tumusiime said" and "He said". "National Medical Stores said in a statement",
"It said" and "It urged" (advice, "") carry it; "The Ministry of Health's spokesperson, Mr ...,
told the Mirror by phone" carries him with "told the Mirror". "A nurse at Rwamiko, who asked not to
be named because ..., said" drops the clause and "she said" / "She said" resolve to "A nurse at
Rwamiko"; "A drug shop owner in the trading centre, who gave only his first name, Robert, said"
carries "Robert"; a mother is named after her quote, which runs over two paragraphs to a question
with a drug seller's "he" inside it; "urged" is a cue (advice, ""); "Is the contingency money
enough to fill the gap?" has no speaker and "according to Dr Kabagambe" carries him by name.

(8) A Singapore English daily: hawkers returning to a renovated food centre keep their old rents
for three years. The standfirst's "NEA says" carries "the National Environment Agency (NEA)" as the
body first names it with "said in response to queries from The Causeway Daily" (cue "said in
response to queries", the paper dropped like an addressee), and "it added" resolves to it; "the
results show" keeps "the results"; "according to tender results published last week" is kept
whole. "Madam" and "Ms" are dropped: "Madam Kor Gek Yian" is "Kor Gek Yian" and "Madam Kor said"
resolves to her; "Her new neighbour, Ms Nurul Ain Rahmat, 34, won the tender ..." is a sentence of
record without a verb of saying ("W"), the "She said" after it carries the neighbour, and "Ms Nurul
Ain said" resolves to "Nurul Ain Rahmat"; the two women speak in turn through "she said", "Madam
Kor said" and "She said". Her daughter quotes her mother inside her own quote (“My mother says ...,”
she said.), which carries the daughter. "Mr Marcus Lek, an MP for the area, wrote in a Facebook
post" ("wrote", a request of record, "W"); "NEA said" is kept as written and "It said" resolves to
the agency; the association's chairman speaks with "Mr" dropped; "Regular customers at the centre's
temporary site said" is kept as written; "said retiree Ngoh Tze Yew, 72." drops the role; "Will
the old rents outlast the old hawkers?" has no speaker; "Pte Ltd." ends a sentence before "All
rights reserved.".

(9) A Trinidad and Tobago daily: a landslip cuts off a hill village. The standfirst's "Ministry
says" carries "the Ministry of Works and Transport" as the body names it with "In a statement on
Tuesday, the ministry ... said"; "The ministry said" is kept as written and "It said" resolves to
the name. The MP and the councillor, both men, speak in turn: "said", "he said" and a quote over
two sentences, "said", "He said", "Belfon said"; "Scipio posted copies of the corporation's letter
and the ministry's reply on his Facebook page ..." is an act without a speaker ("W"), and "In the
post, he wrote" carries the councillor with "wrote" (""). "The regional corporation's disaster
management unit said" is kept as written; a resident is named after her quote, which runs over two
paragraphs to a question; her neighbour speaks once, and "Charlerie-Thom said" and "she said" come
back to the resident; "A ministry engineer at the site, who was not authorised to speak on the
record, said" drops the clause and "He said" resolves to "A ministry engineer at the site" (advice,
""); "Police at the nearest station said" is kept as written; the principal of "Coralita RC
School" speaks with "She said" and "at 7am each school day"; "The Trinidad and Tobago
Meteorological Service has forecast" carries it with "has forecast" (""); "Will the bypass be
built before the next rain?" has no speaker; "Belfon said he would hold a meeting ... on Saturday at
4pm." is a meeting of record ("W").

(10) An Indian English daily's Pune page: a consumer commission orders a developer to refund 11
flat buyers. The standfirst's "commission notes" carries "the Pune District Consumer Disputes
Redressal Commission" as the lead names it; "PUNE:" opens an act of record without a speaker;
"according to the order dated August 14" is kept whole and "the order said" keeps "the order";
"according to the agreements for sale"; "The commission observed in its order" (cue as written)
and "The commission rejected the argument, noting that ..." (cue "noting") keep "The commission";
"A bench of president ... and member ... heard the complaint." names two people in a sentence of
record who do not speak, and "“...,” the bench observed." carries "the bench". The buyers'
advocate ("Advocate" dropped, "told the commission") and the developer's counsel ("advocate"
dropped, "argued") are two men who speak in turn with "He said", "Thorve said", "He said" and
"Bapatkar said", and "Asked whether ..., Bapatkar said" carries him too. A buyer "told the
Sinhagad Times" (private, "") and her quote follows; "In a statement, Tejomay Habitat Developers
said" keeps the name as written and "It said" resolves to "Tejomay Habitat Developers Pvt Ltd" as
first given (a forecast, ""); "The company's director, ..., did not respond to calls and
messages." carries him with that cue; "according to the regulator's website".

(11) A Sri Lankan English daily: a token strike by railway station officers cancels 146 trains.
The standfirst's "union secretary says" carries him (a pledge, ""); "according to the Department
of Railways"; "The strike was called by the Railway Station Officers' Alliance, whose secretary,
..., said" carries the secretary; "General Manager of Railways" is dropped with "told reporters",
and his quote runs over two paragraphs ("“...,” Jayakody told reporters." and the sentences after
it carry "told reporters"). He and the secretary are two men who speak in turn ("Abeywickrama
said", "He said", "He said", "Jayakody said", "He said"). "The Chronicle spoke to Abeywickrama on
Tuesday night." is "B" (it introduces the Q&A); each question begins "Q:" and has no speaker,
except "Q: The general manager says the strike is illegal." (the general manager cited by his role,
"says", "W"), whose "Is it?" has none; each answer begins "A:" and every sentence of it carries the
secretary with "A:". A commuter is named after her quote, with nested single quotes; "The Sri Lanka
Transport Board said" and "The Transport Ministry said in a statement" keep their names; "A senior
ministry official, who asked not to be named, said" drops the clause and "The official said" is
kept as written; "(Pvt) Ltd." ends a sentence before "All rights reserved.".

(12) An Irish regional weekly in Co. Donegal: an island ferry cuts its winter sailings. The
standfirst's "Co-op says" carries "the Inishcoran Island Co-operative" as the body names it with
"said in a statement", and "It said" (with "10.30am") resolves to it; "according to the 2022
census". "Inishcoran Ferries Ltd's managing director, ..., told the Record" carries the director
(the company named in the possessive does not speak) and her "She said" sentence, which names the
department, still carries her; she and the co-op's manager are two women who speak in turn ("she
said", "Mulgrew-Haslett said", "She said", "said", "She said", "Mulgrew-Haslett said", "She said",
"Munnelly said"). "Several islanders who travel to work on the mainland said" is kept as written;
"according to a copy of the contract released to the co-op under freedom of information" and
"according to figures given in a parliamentary reply in May" are kept whole; the department "said
in a statement" and "It said"; "Local TD" is dropped with "posted on X" and "He said"; a parent is
named after her quote, which runs over two paragraphs; "A spokesperson for Donegal County Council,
which owns the piers ..., said" drops the clause; "“Everyone is welcome,” she said, “including the
company.”" is one sentence; "Got a story?" ends a "B" sentence.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py`, `labelled_new71.py` and `labelled_new72.py` (and, as their
docstrings state them, in earlier sets) hold too: furniture "B" line by line; captions by content
and credits "B"; standfirsts labelled like headlines, never split at a semicolon, a verb of saying
in them carrying the source as the body names it or the person through whom the body gives it;
titles, ranks, honorifics and roles dropped from speakers; a pronoun, a later surname or a role
resolved to the full name as first given; organisations, documents and data kept as written,
"according to X" -> X whole, "It" for an organisation resolved to its name as first given with a
lower-case article, a later generic noun ("The department", "The ministry", "the order", "The
report", "The statement") kept as written; a document that is the subject of its own verb named by
its head; a quote over several sentences or paragraphs carrying its speaker and cue, a question
inside it too; "did not respond" labelled like speech with flags ""; a named person acting or
described, with no verb of saying, carries no speaker; two speakers of the same gender in turn, a
pronoun going to the person named as subject just before; nested speech inside a quote belonging to
the person quoting; Q&A answers carrying the interviewee with the prefix as the cue and questions no
speaker unless they cite a source; the written channels "wrote on ...", "wrote in a letter", "said
in a statement", "said in an email", "said in a court filing", "told reporters", "told <outlet>"
as cues.

Conventions this set had to settle, in the same spirit:

* "according to" a person. The person carries the sentence by name, role and honorific dropped,
  in full as first given ("according to Starratt-Haley" -> "Gwen Starratt-Haley", "according to
  Dr Kabagambe" -> "Justus Kabagambe"), cue "according to", like a document.
* Unnamed people. An unnamed speaker is the description as written, without a clause set off by
  commas or a day that only dates it ("An official of the ministry", "A nurse at Rwamiko", "A
  senior ministry official", "A ministry engineer at the site", "Two buyers at the harbour", "A
  woman who answered the phone at the park office"); a pronoun for that person resolves to the
  description as first given, and a later generic noun ("The official", "The spokesperson") is
  kept as written, as for organisations. A person who gives only a first name is that name
  ("Robert"). The paper's own "Our correspondent observed" has no speaker.
* Statements signed by someone else. "X, in a statement signed by his Special Adviser on Media, Y,
  said" carries X, and a pronoun after it goes past Y to X; Y, who only signed, carries his own
  name when he later speaks himself; "the statement quoted him as saying" carries X with that cue.
* Posts. "posted on Facebook" / "posted on X" take the cue "posted", "In the post, she said" takes
  "said", "wrote in a Facebook post" and "In the post, he wrote" take "wrote"; posting copies of
  letters is an act, not speech, and carries no speaker.
* Queries and interviews. "said in response to queries from <outlet>" takes "said in response to
  queries" (the outlet dropped, as an addressee is), "it added" takes "added"; "told the Times
  after the interview" keeps "told the Times".
* Courts and commissions. "the bench observed" keeps "the bench"; "argued", "told the commission",
  "observed in its order" and "noting" (after "rejected the argument") are cues as written; "did not
  respond to calls and messages" is labelled like "did not respond to a request for comment".
* A weather service that "has forecast" carries the forecast with that cue (""); "quoted him as
  saying", "urged", "posted", "notes" and "blames" are cues as written.
* Names. A Chinese name with the surname first keeps its order ("Kor Gek Yian"), and "Madam Kor"
  resolves to it; a Malay name is resolved from the given name ("Ms Nurul Ain" -> "Nurul Ain
  Rahmat"); Irish names keep "Ó"; "Alhaji", "Hon.", "Mrs", "Madam", "Cllr", "Advocate" and
  "advocate" before a name are dropped.

Splits. "6:15 a.m. PT March 11, 2026", "Ore. —", "LLC, a Boise, Idaho, company", "14:37, Thu 9 Jul
2026", "Cllr Janet Forsdyke (Lib Dem) said", "£2.4m", "Nov. 30, harbour", "Nov. 12, 2026 at 5:40
p.m.", "N.S. —", "Nov. 4, she said, about", "$2.61 million", "4:30pm, first published 11:15am",
"6.50am to be", "2026-27, the", "Hon. Oluwaseun", "Mr Tunde", "Alhaji Musiliu", "₦350,000", "Dr
Justus", "April–May", "Shs15,000", "Mr Godfrey", "Health Centre IV, which", "Apr 27, 2026, 05:00
AM", "Ms Nurul Ain Rahmat, 34,", "Coralita RC School, Sherry-Ann", "7am each", "₹2.37 crore", "Pvt
Ltd, must", "₹18.6 lakh", "Aug 19, 2026, 09:02 IST", "10.30am, would", "Ferries Ltd's", "€96,000"
and a quote with its attribution in the middle ("“Everyone is welcome,” she said, “including the
company.”") never split a sentence; nor does a question inside a quote before a lower-case
attribution. "at 6 p.m. in the council chambers." before "Circuit Judge", "by 4 a.m. on opening
day." before a quote, "“Three weeks in August?" before "You'll smell", "Shs12,000." before "I had",
"“They came once." before "We agreed", "Ltd." / "Inc." / "Pte Ltd." / "(Pvt) Ltd." before "All
rights reserved.", "Have a story idea?" / "Got a story?" before "Email ...", "Did it?" and "Is it?"
after a turn that cites a source, and "TAMIHANGA:", "TIMES:", "Q:" and "A:" opening their
sentences (never standing alone) end or begin one.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written
the same way as in `labelled_new71.py` and `labelled_new72.py`: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US local daily's site in Oregon, manufactured home park residents sue the park's out-of-state owner over a 38% lot rent increase (masthead, account strip, menu, section label in capitals, headline with a percentage, semicolon standfirst carrying the complaint through Lawsuit says, byline with a pipe, published line with a.m. and PT, share strip, caption and slash credit, Ore. in the dateline, according to the complaint with its court, The complaint says and The suit asks, according to state business records and county property records, the owner's short name in a court filing and It said resolved to its full name, two lawyers who are men speaking in turn through surnames and he said, a role before one lawyer's name and his city after it, a resident named after her quote with the quote running over two paragraphs to a question and a neighbour named inside it, an unnamed woman who answered the phone, a councilor who wrote on Facebook, a city spokesperson with a meeting at 6 p.m., a judge named in an act of record, bio, related and footer)",
    "English local weekly's site, a district council's cabinet moves general rubbish collections from every two weeks to every three (masthead, menu, crumb, headline with £ and m, standfirst carrying the opposition leader through calls, byline with role, date line with a 24-hour time and an abbreviated day and month, share strip, caption and bracketed image credit, according to a report to the cabinet and The report said, Council leader Cllr and (Lib Dem) dropped, a man who told the meeting named between two sentences of the leader so that she said goes past him, the leader and the opposition leader as two women speaking in turn through surnames and she said, a Facebook post with wrote and told the Advertiser after it, an unsourced constitutional rule, a council spokesperson and The spokesperson kept as written with a service tip, a resident named after her quote with a question inside it and a quote over two paragraphs, a retired postman, a vote of record, read-more, newsletter and footer with Ltd.)",
    "Canadian community weekly's site in Nova Scotia, storm repairs to a fishing wharf will not be finished before the lobster season opens (masthead, account strip, menu, section label in capitals, headline, standfirst carrying the harbour authority through says with Nov., byline with a middle dot and role, published line with Nov. and p.m., share strip, a caption stating the damage and a slash credit, N.S. in a dateline that ends with said in a notice to members, a president named after her role with she said in the middle of a sentence, a federal department with the clause after its name dropped, said in an email, The department said and a spokesperson for the department, according to the tender documents, two captains who are men speaking in turn with he said, Another captain and a name inside a quote, an MP who posted on Facebook and said in the post and wrote, according to a person by surname, two buyers unnamed with the clause dropped, a question, a.m. ending a sentence, story-idea line with a question, related and footer with Inc.)",
    "Australian regional daily's site in Victoria, the state cuts a country school bus run and 17 students lose their ride (masthead, date, weather and subscribe strip with pipes, menu, section label, headline, standfirst carrying a department spokesperson through says, Words by byline, updated line with pm and am, share strip, caption naming two mothers and Picture by credit, according to the college's school council, a spokesperson said in a statement and The statement said, an unsourced distance, two mothers speaking in turn through surnames and she said with am inside a sentence, a letter in which the department wrote, according to a person by surname, an MP said in a statement, a minister's office that did not respond, a principal who told the Standard, a question with an unsourced guideline, The spokesperson kept as written, bio, subscribe line and footer)",
    "New Zealand regional site, a district council's draft annual plan proposes an 11.8 per cent rates rise, with readers' questions put to the mayor (masthead, search strip, menu with pipes, section label in capitals, headline with per cent, a standfirst with no verb of saying, reporter line with a middle dot, date line with am, share strip, caption and Photo / credit, 2026-27, according to the council's consultation document, a deputy mayor and a councillor who are men speaking in turn through he said and surnames, a note introducing the questions, a Q&A with the paper's name as the questions' prefix and the mayor's surname in capitals as the answers' prefix, a question that cites the deputy by role through says, the council said at the end of a sentence, told the Times after the interview, funding line, more-from list and footer)",
    "Nigerian national daily's metro page, a state government gives market traders seven days to move to a new market (masthead in capitals, menu with pipes, section label, headline with govt, standfirst carrying the commissioner through says commissioner, byline with a city, date line with am, share strip, caption and PHOTO credit, a notice as the subject of said, a commissioner with Hon. dropped who speaks through a statement signed by his special adviser, He said past the adviser, the statement quoted him as saying and The statement urged, an Alhaji chairman who told our correspondent, the adviser speaking later by telephone, the chairman and the adviser as two men speaking in turn, the naira sign, according to a circular seen by our correspondent, a trader named after her quote with Mrs dropped and a quote over two paragraphs to a question, a second trader, an unnamed official with He said resolved to him and The official kept as written, according to the association, our correspondent observed, related list and footer)",
    "Ugandan regional daily's health page, government health centres in a western district run out of the first-line malaria drug for a third week (masthead in capitals, date strip, menu, section label in capitals, headline, standfirst carrying the district health officer through blames, byline, added line with AM, share strip with pipes, caption and PHOTO BY credit in capitals, Shs with figures, according to the district's weekly stock report, Dr and Mr dropped, the district health officer and the LC5 chairperson as two men speaking in turn through Dr and Mr with surnames and he said, an en dash in April–May, National Medical Stores said in a statement and It said and It urged, a ministry spokesperson who told the Mirror, an unnamed nurse with she said, a drug shop owner who gives only his first name, a mother named after her quote over two paragraphs with a question, urged, a question, according to Dr and a surname, tags and footer)",
    "Singapore English daily's site, hawkers returning to a renovated food centre keep their old rents for three years while new stalls go for up to 60 per cent more (masthead in capitals, menu, section label, headline with a percentage, standfirst carrying the agency through NEA says, byline, published line with a short month and AM, share strip with Telegram, caption naming a hawker and a credit in capitals, according to tender results, said in response to queries from the paper and it added, the results show, Madam and Ms dropped, a Chinese name with the surname first resolved from Madam and the surname, a Malay name resolved from Ms and the given name, a woman named in a sentence of record who then speaks through She said, a daughter quoting her mother inside her own quote, an MP who wrote in a Facebook post, NEA kept as written, It said resolved to the agency, an association chairman, regular customers unnamed, a retiree named after his quote, a question, a WhatsApp-channel line and footer with Pte Ltd.)",
    "Trinidad and Tobago daily's site, a landslip cuts off a hill village and the MP and the councillor trade blame over a blocked drain (masthead, account strip, menu with pipes, section label in capitals, headline with a semicolon, standfirst carrying the ministry through says, byline in capitals, published line with the weekday, share strip with pipes, caption and PHOTO credit in capitals, In a statement, the ministry said and The ministry said and It said, the MP and the councillor as two men speaking in turn through surnames and he said, a councillor posting copies of letters as an act with In the post, he wrote, a disaster management unit, a resident named after her quote over two paragraphs to a question, her neighbour, an unnamed ministry engineer with He said, police at the nearest station, a principal with RC School and am, a meteorological service that has forecast, a question, a meeting at pm, related list and footer)",
    "Indian English daily's Pune page, a district consumer commission orders a developer to refund 11 flat buyers in a project years past its handover date (masthead in capitals, e-paper strip with pipes, menu with pipes, crumb, headline with ₹ and crore, standfirst carrying the commission through notes, byline with a news service, updated line with IST, follow and share strip, caption and bracketed photo credit, PUNE: dateline, Pvt Ltd in mid-sentence, according to the order dated August 14 and the order said, according to the agreements for sale, The commission observed in its order, a bench named in a sentence of record and the bench observed, lakh, the buyers' advocate and the developer's counsel as two men speaking in turn with told the commission, argued and he said, The commission rejected the argument, noting, a buyer who told the paper with a quote, Asked whether ..., Bapatkar said, a company statement and It said resolved to its full name, a director who did not respond to calls and messages, according to the regulator's website, app line, tags and footer)",
    "Sri Lankan English daily's site, a token strike by railway station officers cancels 146 trains, with a short Q&A with the union's secretary (masthead, menu, section label, headline, standfirst carrying the secretary through union secretary says, byline, date line with a 24-hour time, share strip, caption and Pic by credit, according to the Department of Railways, a secretary named in a whose clause, a general manager who told reporters with a quote running over two paragraphs, the secretary and the general manager as two men speaking in turn through surnames and he said, a note introducing the Q&A, Q: and A: lines with a question citing the general manager by role through says, a commuter named after her quote with nested single quotes, a transport board and a ministry statement, an unnamed senior official and The official kept as written, tags and footer with (Pvt) Ltd.)",
    "Irish regional weekly's site in Co. Donegal, an island ferry cuts its winter sailings from four a day to two and drops the school boat (masthead, menu, section label, headline, standfirst carrying the co-operative through Co-op says with am, byline, date line, share strip, caption and Photo: credit, according to the 2022 census, the co-operative said in a statement and It said with 10.30am, a managing director named after a company's possessive with Ltd who told the Record, the director and the co-op's manager as two women speaking in turn through surnames and she said, unnamed islanders, according to a copy of the contract released under freedom of information, a department statement and It said, according to figures given in a parliamentary reply, a TD who posted on X and He said, a parent named after her quote over two paragraphs, a county council spokesperson with a clause dropped, a quote with she said in the middle, tip line with a question and footer)",
]

ARTICLES = [
    [  # 1. US local daily's site in Oregon, manufactured home park residents sue the park's out-of-state owner over a 38% lot rent increase
        [("The Sulliver Falls Ledger", "", "", "B")],
        [("Subscribe   Log in   e-Edition   Obituaries   Jobs", "", "", "B")],
        [("News   Local   Courts   Business   Sports   Opinion   Weather", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Mobile home park residents sue owner over 38% jump in lot rent", "", "", "W")],
        [("Lawsuit says the increase breaks a cap written into the residents' leases; hearing set for April 7", "the complaint filed in Ostervane County Circuit Court", "says", "W")],
        [("By Marisol Ferrandell-Abbe | The Ledger", "", "", "B")],
        [("Published 6:15 a.m. PT March 11, 2026", "", "", "B")],
        [("Share   Facebook   X   Email   Print", "", "", "B")],
        [("Residents of Quellhaven Meadows meet outside the park's clubhouse Monday evening.", "", "", ""),
         ("Marisol Ferrandell-Abbe/The Ledger", "", "", "B")],
        [("SULLIVER FALLS, Ore. — Forty-one households at Quellhaven Meadows, a manufactured home park on the city's east side, sued the park's owner Monday over a 38% increase in the rent they pay for the lots under their homes.", "", "", "W")],
        [("The increase, from $640 to $883 a month, takes effect May 1, according to the complaint filed in Ostervane County Circuit Court.", "the complaint filed in Ostervane County Circuit Court", "according to", "W"),
         ("The complaint says the residents' leases cap yearly increases at the rate of inflation plus three percentage points, or about 6% this year.", "The complaint", "says", "W"),
         ("The suit asks the court to block the increase and to order the owner to repay any rent collected above the cap.", "The suit", "asks", "W")],
        [("Quellhaven Meadows has been owned since 2023 by Brantholme Communities LLC, a Boise, Idaho, company that owns 19 parks in four states, according to state business records.", "state business records", "according to", "W"),
         ("It paid $9.4 million for the park, according to county property records.", "county property records", "according to", "W"),
         ("Brantholme said in a court filing Tuesday that the leases allow a one-time “market adjustment” when a park is sold, and that rents at Quellhaven Meadows were about $300 below those at comparable parks in the county.", "Brantholme Communities LLC", "said in a court filing", "W"),
         ("It said it had spent $1.2 million on new water lines and paving since buying the park.", "Brantholme Communities LLC", "said", "W")],
        [("Joaquin Yrigollen, a lawyer with the Willamette Tenant Law Project who represents the residents, said the “market adjustment” clause first appeared in leases the company issued in 2024 and is not in the leases most of his clients signed.", "Joaquin Yrigollen", "said", "W"),
         ("“They're trying to enforce a clause that isn't in the contract,” he said.", "Joaquin Yrigollen", "said", ""),
         ("“If you own a home on a lot you rent, you can't just pick it up and move it.", "Joaquin Yrigollen", "said", ""),
         ("They know that.”", "Joaquin Yrigollen", "said", "")],
        [("Brantholme's attorney, Grant Lindquell of Portland, said the company had offered to phase in the increase over two years for residents older than 70.", "Grant Lindquell", "said", "W"),
         ("He said 23 households had accepted.", "Grant Lindquell", "said", "W")],
        [("Yrigollen said none of his clients had received that offer in writing.", "Joaquin Yrigollen", "said", "W"),
         ("He said the company had also raised the monthly charge for water and trash from $45 to $72.", "Joaquin Yrigollen", "said", "W"),
         ("Lindquell said the new charge matched what the city bills the park for those services.", "Grant Lindquell", "said", "W"),
         ("“Nobody is being asked to pay more than it costs to run the place,” he said.", "Grant Lindquell", "said", "")],
        [("“I bought my home here in 2009 because it was the one thing I could afford on a school bus driver's pension,” said Loretta Vanbuskirk, 74, one of the plaintiffs.", "Loretta Vanbuskirk", "said", ""),
         ("“Now the lot costs more than my mortgage ever did.", "Loretta Vanbuskirk", "said", "")],
        [("“My neighbor Arturo already put his place up for sale.", "Loretta Vanbuskirk", "said", ""),
         ("Who's going to buy a home with an $883 lot rent on it?”", "Loretta Vanbuskirk", "said", "")],
        [("A woman who answered the phone at the park office Tuesday said the manager was not available.", "A woman who answered the phone at the park office", "said", "")],
        [("City Councilor Priya Kestevan, whose ward includes the park, wrote on Facebook that she would ask the council to consider a local limit on lot rent increases.", "Priya Kestevan", "wrote", ""),
         ("She wrote that 212 of the 1,480 manufactured homes in Sulliver Falls sit in parks owned by out-of-state companies.", "Priya Kestevan", "wrote", "W"),
         ("A city spokesperson said the council's next work session is March 24 at 6 p.m. in the council chambers.", "A city spokesperson", "said", "W")],
        [("Circuit Judge Harriet Tollandine set an April 7 hearing on the residents' request for an order blocking the increase until the case is decided.", "", "", "W"),
         ("Yrigollen said he had told his clients to pay the new rent under protest until then.", "Joaquin Yrigollen", "said", "")],
        [("Vanbuskirk said she has already set the extra $243 aside for May.", "Loretta Vanbuskirk", "said", ""),
         ("“I'm not going to hand them a reason to evict me,” she said.", "Loretta Vanbuskirk", "said", "")],
        [("Marisol Ferrandell-Abbe covers housing and growth for The Ledger.", "", "", "B"),
         ("Reach her at mferrandell@sfledger.com or 541-555-0163.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Sulliver Falls council to weigh limits on lot rent in manufactured home parks", "", "", "B")],
        [("© 2026 The Sulliver Falls Ledger.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. English local weekly's site, a district council's cabinet moves general rubbish collections from every two weeks to every three
        [("Ebbersleigh Advertiser", "", "", "B")],
        [("Home   News   Sport   What's On   Jobs   Announcements   Puzzles", "", "", "B")],
        [("News › Council", "", "", "B")],
        [("Bins to be emptied every three weeks from October as council seeks £1.1m saving", "", "", "W")],
        [("Opposition leader calls the plan “a charter for rats and foxes” and promises to call it in", "Margaret Blenkirby", "calls", "")],
        [("By Tom Aldershaw, Council Reporter", "", "", "B")],
        [("14:37, Thu 9 Jul 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Grey general waste bins out for collection on Gorsebeck Road, Ebbersleigh.", "", "", ""),
         ("(Image: Tom Aldershaw)", "", "", "B")],
        [("General rubbish in Ebbersleigh will be collected every three weeks instead of every fortnight from October 5, after the district council's cabinet approved the change on Wednesday night.", "", "", "W"),
         ("Recycling and food waste will still be collected every week.", "", "", "W")],
        [("The change will save about £1.1m a year, according to a report to the cabinet by the council's head of environmental services.", "a report to the cabinet by the council's head of environmental services", "according to", "W"),
         ("The report said 41% of what residents put in their grey bins last year could have gone in a recycling box or a food caddy.", "The report", "said", "W")],
        [("Council leader Cllr Janet Forsdyke (Lib Dem) said the council had “run out of easy options” after its core grant from central government fell by £2.4m in real terms between 2020 and 2025.", "Janet Forsdyke", "said", "W"),
         ("“Nobody stood for election to make the bins worse,” she said.", "Janet Forsdyke", "said", ""),
         ("“But every pound we spend burying recyclable waste is a pound we don't spend on care for older people.”", "Janet Forsdyke", "said", "")],
        [("Cllr Dev Saraswat, the cabinet member for environment, told the meeting that the council's landfill tax bill had risen to £3.7m a year.", "Dev Saraswat", "told the meeting", "W"),
         ("“We are paying to bury plastic bottles,” he said.", "Dev Saraswat", "said", ""),
         ("She said neighbouring Sowerholme Borough Council had collected general waste every three weeks since 2023, and that its recycling rate had risen from 44% to 52% in the first year.", "Janet Forsdyke", "said", "W")],
        [("The leader of the Conservative opposition group, Cllr Margaret Blenkirby, said the cabinet had ignored a consultation in which 68% of the 3,904 people who responded opposed the change.", "Margaret Blenkirby", "said", "W"),
         ("She said families with babies in nappies would be hit hardest.", "Margaret Blenkirby", "said", "")],
        [("Forsdyke said households with children under two, or with medical waste, could apply for a larger bin free of charge.", "Janet Forsdyke", "said", "W"),
         ("She said 1,200 households already had one.", "Janet Forsdyke", "said", "W"),
         ("Blenkirby said the waiting list for those bins was 11 weeks long.", "Margaret Blenkirby", "said", "W"),
         ("She said Sowerholme had also recorded a fifth more fly-tipping reports in the year after it switched.", "Margaret Blenkirby", "said", "W"),
         ("Forsdyke said she had not seen those figures and would not comment on them until she had.", "Janet Forsdyke", "said", "")],
        [("In a post on Facebook on Thursday morning, Blenkirby wrote that the plan was “a charter for rats and foxes” and that her group would call it in for scrutiny.", "Margaret Blenkirby", "wrote", ""),
         ("She told the Advertiser that her group had the five signatures it needed by lunchtime.", "Margaret Blenkirby", "told the Advertiser", "W"),
         ("Under the council's constitution, any five councillors can ask the overview and scrutiny committee to review a cabinet decision within five working days of it being published.", "", "", "W")],
        [("A council spokesperson said a new collection calendar would be posted to every household in September.", "A council spokesperson", "said", "W"),
         ("The spokesperson said crews would take extra bags left beside bins only in the two weeks after Christmas.", "The spokesperson", "said", "W"),
         ("Residents will be able to check their new collection day on the council's website from September 1, the spokesperson said.", "The spokesperson", "said", "")],
        [("“We're a family of six and the bin's full by the second Thursday as it is,” said Kerry-Anne Pollitt, 38, of Pybright Close.", "Kerry-Anne Pollitt", "said", ""),
         ("“Three weeks in August?", "Kerry-Anne Pollitt", "said", ""),
         ("You'll smell our street from the ring road.", "Kerry-Anne Pollitt", "said", "")],
        [("“I recycle everything I can.", "Kerry-Anne Pollitt", "said", ""),
         ("I'd like to see a councillor try it with four kids.”", "Kerry-Anne Pollitt", "said", "")],
        [("Retired postman Alan Hebdenby, 71, of Hollinshaw Rise, said he and his wife filled their grey bin about once a month.", "Alan Hebdenby", "said", ""),
         ("“Some of us won't notice the difference,” he said.", "Alan Hebdenby", "said", "")],
        [("The cabinet's vote was 7-0.", "", "", "W"),
         ("Collection schedules are a cabinet decision, so the change will not go to a vote of the full council.", "", "", "W")],
        [("Read more: Ebbersleigh council tax to rise 4.99% as budget gap widens", "", "", "B")],
        [("Get the latest Ebbersleigh news in your inbox – sign up to our newsletter", "", "", "B")],
        [("© 2026 Ebbersleigh Advertiser Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Canadian community weekly's site in Nova Scotia, storm repairs to a fishing wharf will not be finished before the lobster season opens
        [("The Shoalmouth Crier", "", "", "B")],
        [("Subscribe   Sign in   ePaper   Contact", "", "", "B")],
        [("News   Fisheries   Sports   Community   Obituaries   Events", "", "", "B")],
        [("FISHERIES", "", "", "B")],
        [("Port Aldwin wharf repairs won't be done before lobster season opens", "", "", "W")],
        [("Half the main wharf will stay fenced off when traps go in the water Nov. 30, harbour authority says", "the Port Aldwin Harbour Authority", "says", "W")],
        [("By Colleen MacTavish · Reporter", "", "", "B")],
        [("Published Nov. 12, 2026 at 5:40 p.m.", "", "", "B")],
        [("Share this story   Facebook   X   Email", "", "", "B")],
        [("The damaged section of the main wharf at Port Aldwin, where an October storm pushed in about 40 metres of cribwork.", "", "", "W"),
         ("Colleen MacTavish/The Shoalmouth Crier", "", "", "B")],
        [("PORT ALDWIN, N.S. — Repairs to the main wharf in Port Aldwin will not be finished before the lobster season opens Nov. 30, leaving the harbour's 58 boats to share the undamaged half on opening day, the Port Aldwin Harbour Authority said in a notice to members Wednesday.", "the Port Aldwin Harbour Authority", "said in a notice to members", "W")],
        [("The authority's president, Gwen Starratt-Haley, said the contractor could not start until the federal department that owns the wharf approved a new design.", "Gwen Starratt-Haley", "said", "W"),
         ("That approval came Nov. 4, she said, about three weeks later than the authority had been told to expect.", "Gwen Starratt-Haley", "said", "W"),
         ("“We had a crew ready to go by the middle of October,” she said.", "Gwen Starratt-Haley", "said", "")],
        [("Fisheries and Oceans Canada, which owns the wharf through its small craft harbours program, said in an email that the repairs would cost about $2.8 million and take until the end of January.", "Fisheries and Oceans Canada", "said in an email", "W"),
         ("The department said the design was changed after divers found the storm had also undermined part of the wharf's foundation.", "The department", "said", "W"),
         ("The department said the wharf handles about $14 million in landings a year.", "The department", "said", "W"),
         ("A spokesperson for the department said the contract went to Eastbluff Marine Construction of Halifax after a public tender.", "A spokesperson for the department", "said", "W"),
         ("Eastbluff's bid was $2.61 million, the lowest of three, according to the tender documents.", "the tender documents", "according to", "W")],
        [("Lyle Thibedeau, who has fished out of Port Aldwin for 36 years, said opening day was dangerous enough without 58 boats waiting to load at one end of a wharf.", "Lyle Thibedeau", "said", ""),
         ("“Every boat's got 375 traps to get aboard, and you can load two boats at a time on what's left,” he said.", "Lyle Thibedeau", "said", "W")],
        [("Another captain, Ross Whynacht-Lemay, said the harbour authority had done what it could.", "Ross Whynacht-Lemay", "said", ""),
         ("He said he would load half his traps the day before at the government wharf in Starling Bight, 14 kilometres up the shore, and come back for the rest.", "Ross Whynacht-Lemay", "said", ""),
         ("“I'd sooner burn a bit of fuel than sit in a line for three hours,” he said.", "Ross Whynacht-Lemay", "said", "")],
        [("Thibedeau said that meant running a loaded boat along an open shore in late November.", "Lyle Thibedeau", "said", ""),
         ("“Ross can do what he likes,” he said.", "Lyle Thibedeau", "said", ""),
         ("“I'm not doing it with my son aboard.”", "Lyle Thibedeau", "said", "")],
        [("The area's MP, Bernadette Kinney, posted on Facebook on Tuesday that she had asked the fisheries minister to have a second crew sent to Port Aldwin.", "Bernadette Kinney", "posted", "W"),
         ("In the post, she said the department had known about the damage for five weeks before it approved a design.", "Bernadette Kinney", "said", "W"),
         ("“Fishermen can't wait on Ottawa's paperwork,” she wrote.", "Bernadette Kinney", "wrote", "")],
        [("The storm on Oct. 9 pushed in about 40 metres of the wharf's cribwork and tore out 22 of its 61 bollards, according to Starratt-Haley.", "Gwen Starratt-Haley", "according to", "W"),
         ("She said the harbour authority had spent $46,000 of its own money clearing debris and putting up fencing.", "Gwen Starratt-Haley", "said", "W"),
         ("Starratt-Haley said the authority would paint loading slots on the good section and post a schedule for opening day at the harbour office by Nov. 25.", "Gwen Starratt-Haley", "said", "")],
        [("Two buyers at the harbour, who asked not to be named because they buy from both captains, said they expected landings in the first week to be lower than last year.", "Two buyers at the harbour", "said", "")],
        [("Will the wharf be whole again by spring?", "", "", ""),
         ("The department said it expected the work to be finished by Jan. 31 if the weather allowed.", "The department", "said", "")],
        [("Starratt-Haley said she planned to be on the wharf by 4 a.m. on opening day.", "Gwen Starratt-Haley", "said", ""),
         ("“Somebody's got to direct traffic,” she said.", "Gwen Starratt-Haley", "said", "")],
        [("Have a story idea?", "", "", "B"),
         ("Email news@shoalmouthcrier.ca.", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("October storm leaves damage at wharves along the South Shore", "", "", "B")],
        [("© 2026 Shoalmouth Crier Publishing Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Australian regional daily's site in Victoria, the state cuts a country school bus run and 17 students lose their ride
        [("The Culgarrin Standard", "", "", "B")],
        [("Thursday, 12 February 2026   |   Culgarrin 31°   |   Subscribe", "", "", "B")],
        [("News   Sport   Rural   Community   Opinion   Classifieds", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Bus run cut leaves 17 Narrapinga students without a ride to school", "", "", "W")],
        [("Transport department says the run carried an average of six students a day last year", "A spokesperson for the Department of Transport and Planning", "says", "W")],
        [("Words by Jess Wintringham", "", "", "B")],
        [("Updated February 12 2026 - 4:30pm, first published 11:15am", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Narrapinga mothers Kylie Trevasick and Tahnee Stott at the township's bus stop.", "", "", ""),
         ("Picture by Jess Wintringham", "", "", "B")],
        [("Seventeen students from Narrapinga will have no school bus from Monday after the state government cut the morning and afternoon run between the township and Culgarrin P-12 College.", "", "", "W"),
         ("The 38-kilometre run has operated since 1974, according to the college's school council.", "the college's school council", "according to", "W")],
        [("A spokesperson for the Department of Transport and Planning said in a statement that the route carried an average of six students a day in 2025, below the minimum of 10 needed to keep a service.", "A spokesperson for the Department of Transport and Planning", "said in a statement", "W"),
         ("The statement said families could claim a conveyance allowance of up to $4.50 per student per day to drive their children to the nearest remaining stop.", "The statement", "said", "W"),
         ("That stop is at Wirrigal Junction, 22 kilometres from the township.", "", "", "W")],
        [("Kylie Trevasick, who has three children at the college, said the department's count was taken in a term when the Tooleen Creek bridge was closed and the bus had to take a 40-minute detour.", "Kylie Trevasick", "said", "W"),
         ("“Of course nobody was on the bus,” she said.", "Kylie Trevasick", "said", ""),
         ("“Half of us were driving because it was quicker.”", "Kylie Trevasick", "said", "")],
        [("Tahnee Stott said her son, who is in year 11, would now have to leave home at 6.50am to be driven to the junction.", "Tahnee Stott", "said", ""),
         ("She said she worked shifts at the abattoir in Culgarrin and could not drive him every day.", "Tahnee Stott", "said", ""),
         ("Trevasick said at least four families had told her they were thinking of moving their children to a school across the border in South Australia.", "Kylie Trevasick", "said", ""),
         ("“We'll lose those kids, and then the college loses the teachers that come with them,” she said.", "Kylie Trevasick", "said", ""),
         ("She said a petition to keep the run had 412 signatures by Wednesday night.", "Kylie Trevasick", "said", "W")],
        [("In a letter to parents dated February 3, the department wrote that the decision followed “a routine review of bus network efficiency”.", "the department", "wrote", "W"),
         ("Families received the letter on February 4, according to Trevasick.", "Kylie Trevasick", "according to", "W"),
         ("That was nine days before the last run.", "", "", "W")],
        [("The Nationals MP for the area, Hamish Begg, said in a statement that the cut was “penny-pinching at the expense of country kids”.", "Hamish Begg", "said in a statement", ""),
         ("He said he had written to the transport minister asking for the run to be restored until the end of the school year.", "Hamish Begg", "said", "W"),
         ("The minister's office did not respond to a request for comment before deadline.", "The minister's office", "did not respond to a request for comment", "")],
        [("College principal Darren Yuill-Cobcroft told the Standard the school would run its own minibus to the township on Mondays and Fridays for the rest of term one.", "Darren Yuill-Cobcroft", "told the Standard", "W"),
         ("He said the minibus seats 12 and would cost the school about $380 a week in fuel and a driver's wages.", "Darren Yuill-Cobcroft", "said", "W"),
         ("Yuill-Cobcroft said 41 of the college's 286 students travel to school by bus.", "Darren Yuill-Cobcroft", "said", "W"),
         ("“It's a bandaid,” he said.", "Darren Yuill-Cobcroft", "said", ""),
         ("“We can't afford to do it forever, and we shouldn't have to.”", "Darren Yuill-Cobcroft", "said", "")],
        [("Stott said her son had asked whether he could finish year 12 by distance education instead.", "Tahnee Stott", "said", ""),
         ("“He's 16,” she said.", "Tahnee Stott", "said", ""),
         ("“He shouldn't be standing at a junction in the dark in June working out whether school is worth it.”", "Tahnee Stott", "said", "")],
        [("Is six students a day too few to keep a bus?", "", "", ""),
         ("Under the department's guidelines, a route can be reviewed if it carries fewer than 10 students a day for two terms in a row.", "", "", "W"),
         ("The spokesperson said the route would be looked at again if numbers rose.", "The spokesperson", "said", "")],
        [("Jess Wintringham is a journalist at The Culgarrin Standard.", "", "", "B")],
        [("Support local journalism: subscribe to the Standard from $2 a week.", "", "", "B")],
        [("© 2026 Culgarrin Standard Pty Ltd", "", "", "B")],
    ],
    [  # 5. New Zealand regional site, a district council's draft annual plan proposes an 11.8 per cent rates rise, with readers' questions put to the mayor
        [("Rautawa Times", "", "", "B")],
        [("Search   Log in   Subscribe", "", "", "B")],
        [("News | Local Democracy | Rural | Sport | Opinion | Notices", "", "", "B")],
        [("LOCAL DEMOCRACY", "", "", "B")],
        [("Rautawa ratepayers face 11.8 per cent rise in draft annual plan", "", "", "W")],
        [("Readers' questions put to the mayor, and her answers", "", "", "")],
        [("Ana Leiataua · Local Democracy Reporter", "", "", "B")],
        [("5:00am Saturday, 21 March 2026", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Mayor Mereana Tamihanga in the council chamber on Thursday.", "", "", ""),
         ("Photo / Ana Leiataua", "", "", "B")],
        [("Rautawa District Council's draft annual plan proposes an average rates rise of 11.8 per cent for 2026-27, the fourth double-digit rise in five years.", "", "", "W"),
         ("For an average residential property in Rautawa township, that is an extra $412 a year, according to the council's consultation document.", "the council's consultation document", "according to", "W")],
        [("Deputy mayor Rhys Garbutton, who voted against releasing the draft for consultation, said the council had “lost control of its capital programme”.", "Rhys Garbutton", "said", ""),
         ("He said the new water treatment plant at Kōwhatu Flat had gone $9.6 million over budget.", "Rhys Garbutton", "said", "W"),
         ("Councillor Gareth Simmonds said most of the overspend came from tighter national drinking-water rules, not from the council's management.", "Gareth Simmonds", "said", "W"),
         ("He said any council that had not spent on water in the past decade was “storing up a bill for the next one”.", "Gareth Simmonds", "said", ""),
         ("Garbutton said that was “a convenient story”.", "Rhys Garbutton", "said", "")],
        [("The Times put readers' questions to the mayor on Thursday.", "", "", "B"),
         ("Her answers have been edited for length and clarity.", "", "", "B")],
        [("TIMES: Why 11.8 per cent, when inflation is under 3 per cent?", "", "", "")],
        [("TAMIHANGA: Because about two-thirds of the increase is interest and depreciation on things we've already built.", "Mereana Tamihanga", "TAMIHANGA:", "W"),
         ("Our debt went from $48 million in 2020 to $131 million this year, and we pay interest on every dollar of it.", "Mereana Tamihanga", "TAMIHANGA:", "W")],
        [("TIMES: Your deputy says the council has lost control of its capital programme.", "Rhys Garbutton", "says", ""),
         ("Did it?", "", "", "")],
        [("TAMIHANGA: I don't agree with Rhys, and I've told him so.", "Mereana Tamihanga", "TAMIHANGA:", ""),
         ("The contract for the plant was signed before the new rules came in, and the rules added a second filtration stage that cost $7.1 million on its own.", "Mereana Tamihanga", "TAMIHANGA:", "W")],
        [("TIMES: What would you cut?", "", "", "")],
        [("TAMIHANGA: The draft already puts the Rautawa library upgrade back three years and closes the Kōwhatu Flat pool from May to September.", "Mereana Tamihanga", "TAMIHANGA:", "W"),
         ("I'd rather not close anything else, but that's what consultation is for.", "Mereana Tamihanga", "TAMIHANGA:", "")],
        [("TIMES: Are rural ratepayers paying for town water?", "", "", "")],
        [("TAMIHANGA: No, rural properties that aren't connected don't pay the water rate at all.", "Mereana Tamihanga", "TAMIHANGA:", "W"),
         ("Most of their rates go on roads, and we have 640 kilometres of them.", "Mereana Tamihanga", "TAMIHANGA:", "W")],
        [("TIMES: Will there be another double-digit rise next year?", "", "", "")],
        [("TAMIHANGA: I hope not.", "Mereana Tamihanga", "TAMIHANGA:", ""),
         ("The long-term plan forecasts 7.2 per cent, but I wouldn't bet the house on it.", "Mereana Tamihanga", "TAMIHANGA:", "W")],
        [("Submissions on the draft plan close on April 24, and hearings will be held on May 12 and 13, the council said.", "the council", "said", "W"),
         ("Garbutton said he would present an alternative budget with a rise of 8 per cent at the hearings.", "Rhys Garbutton", "said", ""),
         ("He said it would put off the second stage of the Rautawa wastewater upgrade rather than cut services.", "Rhys Garbutton", "said", ""),
         ("Simmonds said he would vote for the draft as it stands.", "Gareth Simmonds", "said", ""),
         ("Tamihanga told the Times after the interview that she would not support an 8 per cent budget if it meant cutting the pool altogether.", "Mereana Tamihanga", "told the Times", "")],
        [("This story was produced by Local Democracy Reporting with funding from NZ On Air.", "", "", "B")],
        [("More from Local Democracy", "", "", "B")],
        [("Rautawa council keeps dog registration fees at 2025 levels", "", "", "B")],
        [("© 2026 Rautawa Times", "", "", "B")],
    ],
    [  # 6. Nigerian national daily's metro page, a state government gives market traders seven days to move to a new market
        [("THE MORNING ANCHOR", "", "", "B")],
        [("Home | News | Politics | Business | Metro | Sports | Opinion", "", "", "B")],
        [("Metro", "", "", "B")],
        [("Oyo govt gives Akinrele market traders seven days to relocate", "", "", "W")],
        [("Move is for traders' safety as 14 blocks may collapse, says commissioner", "Oluwaseun Adeyefa", "says", "W")],
        [("By Adewale Soyemi, Ibadan", "", "", "B")],
        [("March 3, 2026 6:12 am", "", "", "B")],
        [("Share: Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("A section of Akinrele Central Market, Ifegbemi, on Monday.", "", "", ""),
         ("PHOTO: Adewale Soyemi", "", "", "B")],
        [("The Oyo State Government has given traders at Akinrele Central Market in Ifegbemi seven days to move to a new market built by the state at Alaafia Layout, about four kilometres away.", "", "", "W"),
         ("A notice pasted on the market's main gate on Monday and signed by the Permanent Secretary of the Ministry of Commerce and Industry said the old market would be shut on March 10.", "A notice", "said", "W")],
        [("The Commissioner for Commerce and Industry, Hon. Oluwaseun Adeyefa, in a statement signed by his Special Adviser on Media, Mr Tunde Ebiesuwa, said the relocation was for the safety of the traders.", "Oluwaseun Adeyefa", "said", "W"),
         ("He said an integrity test carried out by the ministry in November found that 14 of the market's 22 blocks of shops were at risk of collapse.", "Oluwaseun Adeyefa", "said", "W"),
         ("“Government cannot wait for a building to fall on our people before it acts,” the statement quoted him as saying.", "Oluwaseun Adeyefa", "quoted him as saying", ""),
         ("The statement urged traders to cooperate with officials of the ministry during the move.", "The statement", "urged", "")],
        [("The Chairman of the Akinrele Market Traders Association, Alhaji Musiliu Odebode, told our correspondent on Monday that the association had never been shown the test report.", "Musiliu Odebode", "told our correspondent", "W"),
         ("He said the new market had 640 shops for more than 1,900 traders.", "Musiliu Odebode", "said", "W"),
         ("“Government should answer one question before it sends bulldozers,” he said.", "Musiliu Odebode", "said", ""),
         ("“Where will the remaining 1,300 traders go?”", "Musiliu Odebode", "said", ""),
         ("“We are not fighting government.", "Musiliu Odebode", "said", ""),
         ("We are asking for time.”", "Musiliu Odebode", "said", "")],
        [("Ebiesuwa, when contacted by telephone, said shops at the new market would be allocated first to traders whose shops are in the 14 blocks marked for demolition.", "Tunde Ebiesuwa", "said", "W"),
         ("He said the other traders would be accommodated in a second phase to be completed by December.", "Tunde Ebiesuwa", "said", "")],
        [("Odebode said traders had heard the same promise in 2019, when the state first announced plans for a new market.", "Musiliu Odebode", "said", "W"),
         ("He said the allocation fee of ₦350,000 per shop was more than most of his members earned in three months.", "Musiliu Odebode", "said", "W"),
         ("Ebiesuwa said the fee could be paid in four instalments.", "Tunde Ebiesuwa", "said", "W"),
         ("The fee was approved by the State Executive Council in January, according to a circular seen by our correspondent.", "a circular seen by our correspondent", "according to", "W")],
        [("“I am not against a new market,” said Mrs Kehinde Oladosu, a foodstuff seller who has traded in Block C for 23 years.", "Kehinde Oladosu", "said", ""),
         ("“I am against being thrown out of this one in seven days.", "Kehinde Oladosu", "said", "")],
        [("“I have just stocked beans and garri for Ramadan.", "Kehinde Oladosu", "said", ""),
         ("If they break my shop next week, who will pay for the goods?”", "Kehinde Oladosu", "said", "")],
        [("Another trader, Mrs Folasade Adedoyin, who sells provisions in Block F, one of the eight blocks not marked for demolition, said she had been told she would move in the second phase.", "Folasade Adedoyin", "said", ""),
         ("She said nobody had told her when that would be.", "Folasade Adedoyin", "said", ""),
         ("Oladosu said traders in Block C had been offered no such choice.", "Kehinde Oladosu", "said", "W"),
         ("Block C, the oldest part of the market, was built in 1976, according to the association.", "the association", "according to", "W")],
        [("An official of the ministry, who asked not to be named because he was not authorised to speak to the press, said the state had set aside ₦212 million to compensate owners of shops in the 14 blocks.", "An official of the ministry", "said", "W"),
         ("The official said 312 traders had paid for shops at the new market as of Monday.", "The official", "said", "W"),
         ("He said bulldozers would not be sent in while talks with the association were going on.", "An official of the ministry", "said", "")],
        [("Odebode said the association's executive would meet on Thursday to decide whether to go to court.", "Musiliu Odebode", "said", "W"),
         ("Our correspondent observed that most shops in Block C were open on Monday and trading went on as usual.", "", "", "")],
        [("RELATED NEWS", "", "", "B")],
        [("Oyo Assembly passes ₦1.2trn 2026 budget", "", "", "B")],
        [("Copyright © 2026 Morning Anchor Newspapers Limited.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Ugandan regional daily's health page, government health centres in a western district run out of the first-line malaria drug for a third week
        [("RWENZORI MIRROR", "", "", "B")],
        [("Tuesday, June 16, 2026", "", "", "B")],
        [("News   Regional   Health   Business   Sports   Opinion", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [("Nyakisoro health centres run out of malaria drugs for third week", "", "", "W")],
        [("District health officer blames short deliveries as malaria cases rise by 40 percent", "Justus Kabagambe", "blames", "W")],
        [("By Moses Tumwebaze-Kirya", "", "", "B")],
        [("Added 16 June 2026 08:41 AM", "", "", "B")],
        [("Share on: Facebook | X | WhatsApp", "", "", "B")],
        [("Patients wait outside the dispensary at Rwamiko Health Centre IV on Monday.", "", "", ""),
         ("PHOTO BY MOSES TUMWEBAZE-KIRYA", "", "", "B")],
        [("Government health centres in Nyakisoro District have been without the first-line malaria drug, artemether-lumefantrine, for three weeks, leaving patients to buy it from private drug shops at up to Shs15,000 a dose.", "", "", "W"),
         ("Seven of the district's 23 government health facilities had no stock of the drug on Monday, according to the district's weekly stock report.", "the district's weekly stock report", "according to", "W")],
        [("The District Health Officer, Dr Justus Kabagambe, said the district's order for the April–May delivery cycle arrived with only a third of the quantity requested.", "Justus Kabagambe", "said", "W"),
         ("He said malaria cases in the district had risen by 40 percent since the rains began in March.", "Justus Kabagambe", "said", "W"),
         ("“We ordered for the season we knew was coming,” he said.", "Justus Kabagambe", "said", ""),
         ("“What came was enough for a dry month.”", "Justus Kabagambe", "said", "")],
        [("The LC5 chairperson, Mr Godfrey Tumusiime, said the district had raised the shortage with the Ministry of Health twice in May.", "Godfrey Tumusiime", "said", "W"),
         ("He said he had also asked the district's two MPs to take it up in Parliament.", "Godfrey Tumusiime", "said", "W"),
         ("“We cannot keep telling mothers to come back tomorrow,” he said.", "Godfrey Tumusiime", "said", "")],
        [("Dr Kabagambe said the district had moved 3,600 doses from health centres that had stock to those that did not.", "Justus Kabagambe", "said", "W"),
         ("“It is borrowing from Peter to pay Paul,” he said.", "Justus Kabagambe", "said", ""),
         ("He said the shortage was worst at Rwamiko Health Centre IV, which serves about 60,000 people from three sub-counties.", "Justus Kabagambe", "said", "W"),
         ("Mr Tumusiime said the district council would consider using Shs40 million from its contingency vote to buy the drugs directly.", "Godfrey Tumusiime", "said", ""),
         ("He said the council would meet on Thursday to vote on the money.", "Godfrey Tumusiime", "said", "W")],
        [("National Medical Stores said in a statement on Monday that deliveries for the June–July cycle to districts in western Uganda had started on Saturday and would reach Nyakisoro by Friday.", "National Medical Stores", "said in a statement", "W"),
         ("It said the April–May deliveries were cut because the release of government funds for essential medicines for the quarter came six weeks late.", "National Medical Stores", "said", "W"),
         ("It urged districts to report stock-outs through its online portal rather than by letter.", "National Medical Stores", "urged", ""),
         ("The Ministry of Health's spokesperson, Mr Ronald Kawooya, told the Mirror by phone that the ministry was “aware of the situation in Nyakisoro” and was working with National Medical Stores to close the gap.", "Ronald Kawooya", "told the Mirror", "")],
        [("A nurse at Rwamiko, who asked not to be named because health workers are not allowed to speak to the press, said the health centre had been writing prescriptions for patients to take to drug shops in the trading centre.", "A nurse at Rwamiko", "said", "W"),
         ("“Some of them come back the next day sicker, because they bought half a dose,” she said.", "A nurse at Rwamiko", "said", ""),
         ("She said the health centre saw 41 malaria cases on Monday morning alone.", "A nurse at Rwamiko", "said", "W")],
        [("A drug shop owner in the trading centre, who gave only his first name, Robert, said he had sold more antimalarials in the past three weeks than in the three months before.", "Robert", "said", "")],
        [("“I sold two hens to buy the medicine for my daughter,” said Jovia Ahimbisibwe, a farmer from Kigoto village, who was waiting outside the dispensary with her four-year-old.", "Jovia Ahimbisibwe", "said", ""),
         ("“The drug shop wanted Shs12,000.", "Jovia Ahimbisibwe", "said", ""),
         ("I had Shs8,000, so he gave me what that could buy.", "Jovia Ahimbisibwe", "said", "")],
        [("“What happens if she falls sick again next week?", "Jovia Ahimbisibwe", "said", ""),
         ("I have no more hens.”", "Jovia Ahimbisibwe", "said", "")],
        [("Dr Kabagambe urged patients not to buy incomplete doses and to return to the health centres from Friday.", "Justus Kabagambe", "urged", ""),
         ("He said the district would post the list of health centres with stock on its Facebook page every morning until the shortage ended.", "Justus Kabagambe", "said", "")],
        [("Is the contingency money enough to fill the gap?", "", "", ""),
         ("A full adult course of the drug costs the government about Shs2,300 through National Medical Stores, according to Dr Kabagambe.", "Justus Kabagambe", "according to", "W")],
        [("Tags: Nyakisoro   Malaria   Health   National Medical Stores", "", "", "B")],
        [("© 2026 Rwenzori Mirror.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Singapore English daily's site, hawkers returning to a renovated food centre keep their old rents for three years while new stalls go for up to 60 per cent more
        [("THE CAUSEWAY DAILY", "", "", "B")],
        [("Singapore   Asia   World   Business   Life   Opinion   Multimedia", "", "", "B")],
        [("Singapore", "", "", "B")],
        [("Hawkers at renovated Jalan Gelatik food centre face rents up to 60% higher", "", "", "W")],
        [("Returning stallholders can keep their old rents for three years, NEA says", "the National Environment Agency (NEA)", "says", "W")],
        [("Charmaine Rasidi", "", "", "B")],
        [("Published Apr 27, 2026, 05:00 AM", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("Madam Kor Gek Yian, 67, at her economic rice stall's temporary site on April 24.", "", "", ""),
         ("CAUSEWAY DAILY PHOTO: DANIEL GOI", "", "", "B")],
        [("Hawkers who take up stalls at Jalan Gelatik Market and Food Centre when it reopens on June 1 after a 14-month renovation will pay up to 60 per cent more in rent than before, according to tender results published last week.", "tender results published last week", "according to", "W")],
        [("The National Environment Agency (NEA) said in response to queries from The Causeway Daily that the 48 stallholders who traded at the centre before the renovation can keep their old rents for three years.", "The National Environment Agency (NEA)", "said in response to queries", "W"),
         ("After that, they will pay the market rent set by the most recent tender for a comparable stall, it added.", "the National Environment Agency (NEA)", "added", "W")],
        [("Eleven of the centre's 62 stalls went to new hawkers, with winning bids of between $1,880 and $3,260 a month, the results show.", "the results", "show", "W"),
         ("Before the renovation, monthly rents at the centre ranged from $1,150 to $2,040.", "", "", "W")],
        [("Madam Kor Gek Yian, 67, who has run an economic rice stall at the centre since 1989, said she was relieved to keep her rent of $1,420 for now.", "Kor Gek Yian", "said", ""),
         ("“But three years is not very long at my age,” she said.", "Kor Gek Yian", "said", ""),
         ("“After that, I don't know if I can carry on.”", "Kor Gek Yian", "said", "")],
        [("Her new neighbour, Ms Nurul Ain Rahmat, 34, won the tender for a stall two doors away with a bid of $3,260 a month, the highest at the centre.", "", "", "W"),
         ("She said she bid high because a stall at a newly renovated centre was “the best chance a young hawker gets”.", "Nurul Ain Rahmat", "said", ""),
         ("“If I sell 180 plates a day, it works,” she said.", "Nurul Ain Rahmat", "said", ""),
         ("“If I sell 120, it doesn't.”", "Nurul Ain Rahmat", "said", "")],
        [("Madam Kor said she sold about 150 plates on a good day before the renovation.", "Kor Gek Yian", "said", ""),
         ("She said the two of them would be selling to the same lunch crowd from the offices across the road.", "Kor Gek Yian", "said", "")],
        [("Madam Kor's daughter, Ms Jasmine Lor Xiu Qing, 41, who helps at the stall on weekends, said the family had not decided whether anyone would take it over.", "Jasmine Lor Xiu Qing", "said", ""),
         ("“My mother says she will cook until she can't lift the wok,” she said.", "Jasmine Lor Xiu Qing", "said", "")],
        [("Mr Marcus Lek, an MP for the area, wrote in a Facebook post on Saturday that he had asked NEA to “look again at how rents are set for long-serving hawkers”.", "Marcus Lek", "wrote", "W"),
         ("He wrote that at least five of the returning stallholders had been at the centre for more than 30 years.", "Marcus Lek", "wrote", "W")],
        [("NEA said stalls are let by open tender so that they go to the hawkers who value them most, and that it does not set a minimum bid.", "NEA", "said", "W"),
         ("It said the average monthly rent at the hawker centres it manages was $1,530 in 2025.", "the National Environment Agency (NEA)", "said", "W")],
        [("The chairman of the Jalan Gelatik Hawkers' Association, Mr Tio Cheok Lup, 58, said 44 of the 48 stallholders who were at the centre before the renovation had signed up to return.", "Tio Cheok Lup", "said", "W"),
         ("He said the other four had retired while the centre was closed.", "Tio Cheok Lup", "said", "W"),
         ("“Fourteen months is a long time to close a stall when you are 70,” he said.", "Tio Cheok Lup", "said", ""),
         ("Mr Tio said the association would ask NEA to extend the three-year period to five years.", "Tio Cheok Lup", "said", "")],
        [("Regular customers at the centre's temporary site said they expected prices to rise when it reopens.", "Regular customers at the centre's temporary site", "said", ""),
         ("“A plate of economic rice is already $4.50 here,” said retiree Ngoh Tze Yew, 72.", "Ngoh Tze Yew", "said", ""),
         ("“Add one vegetable and it's $5.30.”", "Ngoh Tze Yew", "said", "")],
        [("Madam Kor said she would keep her prices unchanged “for as long as the rent stays the same”.", "Kor Gek Yian", "said", ""),
         ("Ms Nurul Ain said her nasi padang stall would open with the rest of the centre on June 1.", "Nurul Ain Rahmat", "said", "")],
        [("Will the old rents outlast the old hawkers?", "", "", "")],
        [("Join The Causeway Daily's WhatsApp channel and get the latest news and must-reads.", "", "", "B")],
        [("Copyright © 2026 Causeway Daily Press Pte Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Trinidad and Tobago daily's site, a landslip cuts off a hill village and the MP and the councillor trade blame over a blocked drain
        [("Northern Range Recorder", "", "", "B")],
        [("Sign In   Subscribe   E-Paper", "", "", "B")],
        [("News | Local | Politics | Business | Sport | Carnival", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Landslip cuts off Coralita; 300 residents walking out for supplies", "", "", "W")],
        [("Ministry says work on a temporary bypass will start on Monday", "the Ministry of Works and Transport", "says", "W")],
        [("ALICIA MAHARAJH", "", "", "B")],
        [("Published: Wednesday, October 14, 2026", "", "", "B")],
        [("Share: Facebook | X | WhatsApp", "", "", "B")],
        [("Residents cross the landslip on foot on the Coralita Road on Tuesday.", "", "", ""),
         ("PHOTO: KEVON RAGBIR", "", "", "B")],
        [("About 300 residents of Coralita, a farming village in the Northern Range, have been cut off by road since Sunday night, when a landslip carried away a 30-metre section of the only road into the village.", "", "", "W"),
         ("Since then, residents have been walking across the slip to buy food and cooking gas and to get children to school.", "", "", "")],
        [("In a statement on Tuesday, the Ministry of Works and Transport said a contractor would begin building a temporary bypass on Monday, and that the road should reopen to light vehicles within three weeks.", "the Ministry of Works and Transport", "said", "W"),
         ("The ministry said its engineers had inspected the slip on Monday and found that water from a blocked drain had saturated the hillside.", "The ministry", "said", "W"),
         ("It said permanent repairs would cost about $4.2 million.", "the Ministry of Works and Transport", "said", "W")],
        [("The MP for the area, Devanand Belfon, said he had written to the ministry about the blocked drain in March and again in July.", "Devanand Belfon", "said", "W"),
         ("“Nobody came,” he said.", "Devanand Belfon", "said", ""),
         ("“Now the whole hill has come down, and they want to talk to me about a bypass.”", "Devanand Belfon", "said", "")],
        [("The councillor for the district, Marlon Scipio, said the regional corporation had cleared the drain in May.", "Marlon Scipio", "said", "W"),
         ("He said the corporation had also asked the ministry in August to build a retaining wall below the road.", "Marlon Scipio", "said", "W"),
         ("Belfon said the retaining wall was “news to him”.", "Devanand Belfon", "said", ""),
         ("Scipio posted copies of the corporation's letter and the ministry's reply on his Facebook page on Tuesday night.", "", "", "W"),
         ("In the post, he wrote that “the people of Coralita deserve better than a blame game”.", "Marlon Scipio", "wrote", "")],
        [("The regional corporation's disaster management unit said it had delivered 60 food hampers to the village on Tuesday.", "The regional corporation's disaster management unit", "said", "W")],
        [("“I am 71 years old and I crossed that mud this morning with a bag of flour on my head,” said Mavis Charlerie-Thom, who has lived in the village for 50 years.", "Mavis Charlerie-Thom", "said", ""),
         ("“My grandson brought my pressure tablets across for me yesterday.", "Mavis Charlerie-Thom", "said", ""),
         ("He is 12.", "Mavis Charlerie-Thom", "said", "")],
        [("“Who is going to carry the gas cylinders?”", "Mavis Charlerie-Thom", "said", "")],
        [("Her neighbour, Joycelyn Ravello, said she had moved in with her sister on the other side of the slip until the road reopened.", "Joycelyn Ravello", "said", ""),
         ("Charlerie-Thom said she would not leave her house.", "Mavis Charlerie-Thom", "said", ""),
         ("“This is my home,” she said.", "Mavis Charlerie-Thom", "said", "")],
        [("A ministry engineer at the site, who was not authorised to speak on the record, said the slope had moved about 15 centimetres since Sunday.", "A ministry engineer at the site", "said", "W"),
         ("He said nobody should cross it during or after heavy rain.", "A ministry engineer at the site", "said", "")],
        [("Police at the nearest station said officers had been walking up to the slip each evening to check on elderly residents.", "Police at the nearest station", "said", "")],
        [("The principal of Coralita RC School, Sherry-Ann Sirjoo, said 42 of the school's 58 pupils came to school on Tuesday.", "Sherry-Ann Sirjoo", "said", "W"),
         ("She said the regional corporation had arranged for a maxi-taxi to meet children at the bottom of the slip at 7am each school day.", "Sherry-Ann Sirjoo", "said", "W")],
        [("The Trinidad and Tobago Meteorological Service has forecast more heavy showers for Thursday and Friday.", "The Trinidad and Tobago Meteorological Service", "has forecast", ""),
         ("Will the bypass be built before the next rain?", "", "", ""),
         ("Belfon said he would hold a meeting with residents at the village community centre on Saturday at 4pm.", "Devanand Belfon", "said", "W")],
        [("Related Articles", "", "", "B")],
        [("Heavy rain triggers landslips across the Northern Range", "", "", "B")],
        [("Copyright © 2026 Northern Range Recorder Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Indian English daily's Pune page, a district consumer commission orders a developer to refund 11 flat buyers in a project years past its handover date
        [("THE SINHAGAD TIMES", "", "", "B")],
        [("e-Paper   |   Subscribe   |   Sign In", "", "", "B")],
        [("Home | City | Maharashtra | India | Business | Sports | Lifestyle", "", "", "B")],
        [("City › Pune", "", "", "B")],
        [("Consumer commission orders builder to refund ₹2.37 crore to 11 flat buyers", "", "", "W")],
        [("Flats promised for December 2022 still have no occupancy certificate, commission notes", "the Pune District Consumer Disputes Redressal Commission", "notes", "W")],
        [("Prachi Dhere / Sinhagad Times News Service", "", "", "B")],
        [("Updated: Aug 19, 2026, 09:02 IST", "", "", "B")],
        [("Follow us   |   Share", "", "", "B")],
        [("The unfinished A and B wings of Aarohi Heights at Saswadkar Nagar.", "", "", ""),
         ("(Photo: Sinhagad Times)", "", "", "B")],
        [("PUNE: The Pune District Consumer Disputes Redressal Commission has directed a developer to refund ₹2.37 crore, with 9% annual interest, to 11 buyers who booked flats in a Saswadkar Nagar housing project that is still incomplete more than three and a half years after its promised handover date.", "", "", "W"),
         ("The developer, Tejomay Habitat Developers Pvt Ltd, must pay within 45 days, according to the order dated August 14.", "the order dated August 14", "according to", "W")],
        [("The buyers paid between ₹18.6 lakh and ₹24.1 lakh each between 2019 and 2021 for flats in the project's A and B wings, the order said.", "the order", "said", "W"),
         ("Possession was promised by December 31, 2022, according to the agreements for sale.", "the agreements for sale", "according to", "W"),
         ("The commission observed in its order that the developer had not obtained an occupancy certificate for either wing even by the final hearing in July.", "The commission", "observed in its order", "W")],
        [("A bench of president Sunanda Mhaske and member Anil Padalkar heard the complaint.", "", "", "W"),
         ("“A home buyer cannot be made to wait indefinitely for possession of the flat booked by him,” the bench observed.", "the bench", "observed", ""),
         ("The commission also ordered the developer to pay each buyer ₹50,000 as compensation for mental agony and ₹15,000 towards the cost of the complaint.", "", "", "W")],
        [("Advocate Nikhil Bapatkar, who appeared for the buyers, told the commission that his clients had kept paying EMIs on home loans while living in rented homes.", "Nikhil Bapatkar", "told the commission", "W"),
         ("He said one of the buyers, a retired schoolteacher, had paid ₹1.9 lakh in rent since the handover date.", "Nikhil Bapatkar", "said", "W"),
         ("The developer's counsel, advocate Rohan Thorve, argued that the delay was caused by the Covid-19 lockdowns and by a stop-work notice issued by the municipal corporation in 2021.", "Rohan Thorve", "argued", "W"),
         ("He said the developer had offered the buyers possession of flats in B wing by March 2027.", "Rohan Thorve", "said", "W"),
         ("The commission rejected the argument, noting that the stop-work notice had been lifted within four months.", "The commission", "noting", "W"),
         ("Thorve said after the order that the developer would appeal to the State Commission.", "Rohan Thorve", "said", ""),
         ("He said the firm had already refunded two buyers who left the project in 2023.", "Rohan Thorve", "said", "W")],
        [("Bapatkar said the interest alone would come to about ₹1.1 crore.", "Nikhil Bapatkar", "said", "W")],
        [("One of the buyers, Meenal Parab, 58, told the Sinhagad Times that she and her husband had put their retirement savings into the flat.", "Meenal Parab", "told the Sinhagad Times", ""),
         ("“We have the order now, but we have had promises before,” she said.", "Meenal Parab", "said", ""),
         ("“Until the money is in our account, nothing has changed.”", "Meenal Parab", "said", ""),
         ("Parab said her husband, a former bank clerk, had gone to the site every month since 2022.", "Meenal Parab", "said", ""),
         ("She said the lift shafts in A wing had not changed in all that time.", "Meenal Parab", "said", "")],
        [("Asked whether the buyers would take flats instead of a refund, Bapatkar said that was for each buyer to decide.", "Nikhil Bapatkar", "said", "")],
        [("Another buyer, Sandeep Lonkar, said the 11 buyers would file an execution application if the developer did not pay within 45 days.", "Sandeep Lonkar", "said", ""),
         ("He said 23 other buyers in the project had not joined the complaint.", "Sandeep Lonkar", "said", "W"),
         ("“Nine of the 11 of us are over 55,” he said.", "Sandeep Lonkar", "said", "")],
        [("In a statement, Tejomay Habitat Developers said it “respected the commission's order” and was “studying it with its legal team”.", "Tejomay Habitat Developers", "said", ""),
         ("It said work on A wing would be completed by December.", "Tejomay Habitat Developers Pvt Ltd", "said", ""),
         ("The company's director, Vikram Dongre, did not respond to calls and messages.", "Vikram Dongre", "did not respond to calls and messages", "")],
        [("The project's registration with MahaRERA has been extended twice, most recently to June 2026, according to the regulator's website.", "the regulator's website", "according to", "W")],
        [("Download The Sinhagad Times app for the latest news from Pune.", "", "", "B")],
        [("Pune news   consumer commission   real estate   flat buyers", "", "", "B")],
        [("Copyright © 2026 Sinhagad Media Pvt Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Sri Lankan English daily's site, a token strike by railway station officers cancels 146 trains, with a short Q&A with the union's secretary
        [("The Kelani Chronicle", "", "", "B")],
        [("Home   News   Business   Sports   Features   Opinion   E-Paper", "", "", "B")],
        [("News", "", "", "B")],
        [("Station officers' strike cancels 146 trains, thousands stranded", "", "", "W")],
        [("Action will go on until promotions are settled, union secretary says", "Kasun Abeywickrama", "says", "")],
        [("By Dilini Wanigasekera", "", "", "B")],
        [("Wednesday, 9 September 2026 05:30", "", "", "B")],
        [("Share   Facebook   X   WhatsApp", "", "", "B")],
        [("Commuters wait on a platform in Colombo on Tuesday evening after most trains were cancelled.", "", "", ""),
         ("Pic by Chaminda Weerasekara", "", "", "B")],
        [("A token strike by station officers cancelled 146 of the 382 trains scheduled to run on Tuesday, leaving thousands of office workers to crowd onto buses or spend the night in Colombo, according to the Department of Railways.", "the Department of Railways", "according to", "W")],
        [("The strike was called by the Railway Station Officers' Alliance, whose secretary, Kasun Abeywickrama, said the action would resume at midnight on Thursday unless the Transport Ministry settled 214 promotions that have been pending since 2023.", "Kasun Abeywickrama", "said", "W")],
        [("General Manager of Railways Wasantha Jayakody told reporters at the department's headquarters that the strike was illegal because the union had not given two weeks' notice.", "Wasantha Jayakody", "told reporters", "W"),
         ("“We have asked the union three times to come to the table,” Jayakody told reporters.", "Wasantha Jayakody", "told reporters", "W"),
         ("“They came once.", "Wasantha Jayakody", "told reporters", "W"),
         ("We agreed to 96 of the promotions at that meeting.", "Wasantha Jayakody", "told reporters", "W")],
        [("“The rest need Cabinet approval, and that is not something I can give them on a railway platform.”", "Wasantha Jayakody", "told reporters", "W")],
        [("Abeywickrama said the union had written to the ministry on August 20, nearly three weeks before the strike.", "Kasun Abeywickrama", "said", "W"),
         ("He said the 96 promotions agreed in July had still not been gazetted.", "Kasun Abeywickrama", "said", "W"),
         ("He said 612 of the alliance's 704 members had stayed away on Tuesday.", "Kasun Abeywickrama", "said", "W"),
         ("Jayakody said the gazette notice had gone to the Government Printer on Monday.", "Wasantha Jayakody", "said", "W"),
         ("He said the department would ask the ministry to deduct a day's pay from station officers who stayed away.", "Wasantha Jayakody", "said", "")],
        [("The Chronicle spoke to Abeywickrama on Tuesday night.", "", "", "B")],
        [("Q: Why strike now, when part of your demand has been met?", "", "", "")],
        [("A: Because we have been told “next month” since 2023.", "Kasun Abeywickrama", "A:", "W"),
         ("Some of our members have retired while waiting for promotions that were approved on paper.", "Kasun Abeywickrama", "A:", "W")],
        [("Q: The general manager says the strike is illegal.", "Wasantha Jayakody", "says", "W"),
         ("Is it?", "", "", "")],
        [("A: We gave notice on August 20, and we have the letter to prove it.", "Kasun Abeywickrama", "A:", "W")],
        [("Q: What do you say to the commuters?", "", "", "")],
        [("A: We are sorry.", "Kasun Abeywickrama", "A:", ""),
         ("We are commuters too, and we did not want to do this.", "Kasun Abeywickrama", "A:", "")],
        [("Q: Will trains run on Thursday?", "", "", "")],
        [("A: That depends on the Cabinet, not on us.", "Kasun Abeywickrama", "A:", "")],
        [("“I left the office at 5 and got home at 11,” said Nadeesha Pathirage, a bank clerk who travels in from the south coast every day.", "Nadeesha Pathirage", "said", ""),
         ("“Nobody told us anything at the station.", "Nadeesha Pathirage", "said", ""),
         ("The announcements just said ‘cancelled’, ‘cancelled’, ‘cancelled’.”", "Nadeesha Pathirage", "said", "")],
        [("The Sri Lanka Transport Board said it had put 120 extra buses on the main routes out of Colombo on Tuesday evening.", "The Sri Lanka Transport Board", "said", "W")],
        [("The Transport Ministry said in a statement that the Cabinet would consider the remaining promotions at its meeting next week.", "The Transport Ministry", "said in a statement", "W"),
         ("A senior ministry official, who asked not to be named, said the ministry did not expect the strike to resume on Thursday.", "A senior ministry official", "said", ""),
         ("The official said talks with the union would be held at the ministry on Wednesday afternoon.", "The official", "said", "W")],
        [("Tags: Railways   Strike   Transport", "", "", "B")],
        [("Copyright © 2026 Kelani Chronicle Newspapers (Pvt) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Irish regional weekly's site in Co. Donegal, an island ferry cuts its winter sailings from four a day to two and drops the school boat
        [("The Rosses Record", "", "", "B")],
        [("News   Sport   Community   Islands   Notices   Jobs", "", "", "B")],
        [("Islands", "", "", "B")],
        [("Inishcoran ferry to cut winter sailings from four a day to two", "", "", "W")],
        [("Co-op says the loss of the 8am boat leaves nine students with no way to reach school on time", "the Inishcoran Island Co-operative", "says", "W")],
        [("By Orla Quigneagh", "", "", "B")],
        [("Thursday, 22 October 2026", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("The Inishcoran ferry at the pier in Ballynacreeve on Tuesday.", "", "", ""),
         ("Photo: Orla Quigneagh", "", "", "B")],
        [("The ferry to Inishcoran will sail twice a day instead of four times from November 2 to the end of March, under a winter timetable published by the operator on Monday.", "", "", "W"),
         ("The island, 5km off the Donegal coast, had 142 year-round residents at the last count, according to the 2022 census.", "the 2022 census", "according to", "W")],
        [("The Inishcoran Island Co-operative said in a statement that losing the 8am sailing would leave nine secondary students with no way to reach school in Ballynacreeve before classes start at 9am.", "The Inishcoran Island Co-operative", "said in a statement", "W"),
         ("It said the new first sailing, at 10.30am, would also rule out morning hospital appointments on the mainland.", "the Inishcoran Island Co-operative", "said", "W")],
        [("Inishcoran Ferries Ltd's managing director, Deirdre Mulgrew-Haslett, told the Record that the company lost €96,000 running the winter service last year.", "Deirdre Mulgrew-Haslett", "told the Record", "W"),
         ("She said the subsidy it receives from the Department of Rural and Community Development had not risen since the contract was signed in 2021, while its fuel bill had gone up by 61 per cent.", "Deirdre Mulgrew-Haslett", "said", "W"),
         ("“We are not cutting sailings because we want to,” she said.", "Deirdre Mulgrew-Haslett", "said", ""),
         ("“We are cutting them so there is still a ferry in April.”", "Deirdre Mulgrew-Haslett", "said", ""),
         ("Mulgrew-Haslett said the company would restore the 8am sailing on school days if the department paid for it.", "Deirdre Mulgrew-Haslett", "said", ""),
         ("She said that would cost about €38,000 over the winter.", "Deirdre Mulgrew-Haslett", "said", "W")],
        [("The co-op's manager, Nuala Munnelly, said the co-op had offered in August to help the company apply to the department for extra funding, and had heard nothing back.", "Nuala Munnelly", "said", "W"),
         ("She said nobody on the island had been consulted before the timetable was published.", "Nuala Munnelly", "said", "W"),
         ("Mulgrew-Haslett said the company had written to the co-op on September 14 to say that changes were being considered.", "Deirdre Mulgrew-Haslett", "said", "W"),
         ("She said the letter had set out the company's losses in full.", "Deirdre Mulgrew-Haslett", "said", "W"),
         ("Munnelly said the letter had “said nothing about the school boat”.", "Nuala Munnelly", "said", "W")],
        [("Several islanders who travel to work on the mainland said they would have to rent rooms there during the week.", "Several islanders who travel to work on the mainland", "said", "")],
        [("The contract requires the operator to run at least two return sailings a day in winter and four in summer, according to a copy of the contract released to the co-op under freedom of information.", "a copy of the contract released to the co-op under freedom of information", "according to", "W"),
         ("The Department of Rural and Community Development said in a statement that the operator was “within the terms of its contract”.", "The Department of Rural and Community Development", "said in a statement", "W"),
         ("It said it was reviewing the funding of all island ferry services before new contracts are awarded in 2027.", "the Department of Rural and Community Development", "said", "W"),
         ("The department paid the operator €412,000 in 2025, according to figures given in a parliamentary reply in May.", "figures given in a parliamentary reply in May", "according to", "W")],
        [("Local TD Pádraig Ó Dochartaigh posted on X that he had raised the timetable with the minister on Tuesday and would “not let the school boat go without a fight”.", "Pádraig Ó Dochartaigh", "posted", "W"),
         ("He said the minister had agreed to meet a delegation from the island in November.", "Pádraig Ó Dochartaigh", "said", "W")],
        [("“My daughter is in sixth year,” said Caitríona Boner, whose two children take the 8am boat.", "Caitríona Boner", "said", ""),
         ("“She has her Leaving Cert in June.", "Caitríona Boner", "said", ""),
         ("I'm not sending her to board on the mainland at 17.", "Caitríona Boner", "said", "")],
        [("“If they take that boat, there'll be two fewer families on this island by next summer, and ours will be one of them.”", "Caitríona Boner", "said", "")],
        [("A spokesperson for Donegal County Council, which owns the piers at both ends of the route, said the council had not been told of the change before Monday.", "A spokesperson for Donegal County Council", "said", "W"),
         ("Munnelly said the co-op would hold a public meeting in the island's community hall on Sunday at 3pm.", "Nuala Munnelly", "said", "W"),
         ("“Everyone is welcome,” she said, “including the company.”", "Nuala Munnelly", "said", "")],
        [("Got a story?", "", "", "B"),
         ("Email news@rossesrecord.ie or call 074 955 0193.", "", "", "B")],
        [("© 2026 The Rosses Record", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n74-us-standfirst-byline-pt", "Lawsuit says the increase breaks a cap written into the residents' leases; hearing set for April 7\nBy Marisol Ferrandell-Abbe | The Ledger\nPublished 6:15 a.m. PT March 11, 2026\nShare   Facebook   X   Email   Print\nResidents of Quellhaven Meadows meet outside the park's clubhouse Monday evening. Marisol Ferrandell-Abbe/The Ledger",
     ["Lawsuit says the increase breaks a cap written into the residents' leases; hearing set for April 7", "By Marisol Ferrandell-Abbe | The Ledger", "Published 6:15 a.m. PT March 11, 2026", "Share   Facebook   X   Email   Print", "Residents of Quellhaven Meadows meet outside the park's clubhouse Monday evening.", "Marisol Ferrandell-Abbe/The Ledger"]),
    ("n74-us-ore-dateline-complaint-suit", "SULLIVER FALLS, Ore. — Forty-one households at Quellhaven Meadows, a manufactured home park on the city's east side, sued the park's owner Monday over a 38% increase in the rent they pay for the lots under their homes.\nThe increase, from $640 to $883 a month, takes effect May 1, according to the complaint filed in Ostervane County Circuit Court. The complaint says the residents' leases cap yearly increases at the rate of inflation plus three percentage points, or about 6% this year. The suit asks the court to block the increase and to order the owner to repay any rent collected above the cap.",
     ["SULLIVER FALLS, Ore. — Forty-one households at Quellhaven Meadows, a manufactured home park on the city's east side, sued the park's owner Monday over a 38% increase in the rent they pay for the lots under their homes.", "The increase, from $640 to $883 a month, takes effect May 1, according to the complaint filed in Ostervane County Circuit Court.", "The complaint says the residents' leases cap yearly increases at the rate of inflation plus three percentage points, or about 6% this year.", "The suit asks the court to block the increase and to order the owner to repay any rent collected above the cap."]),
    ("n74-us-llc-boise-court-filing", "Quellhaven Meadows has been owned since 2023 by Brantholme Communities LLC, a Boise, Idaho, company that owns 19 parks in four states, according to state business records. It paid $9.4 million for the park, according to county property records. Brantholme said in a court filing Tuesday that the leases allow a one-time “market adjustment” when a park is sold, and that rents at Quellhaven Meadows were about $300 below those at comparable parks in the county. It said it had spent $1.2 million on new water lines and paving since buying the park.",
     ["Quellhaven Meadows has been owned since 2023 by Brantholme Communities LLC, a Boise, Idaho, company that owns 19 parks in four states, according to state business records.", "It paid $9.4 million for the park, according to county property records.", "Brantholme said in a court filing Tuesday that the leases allow a one-time “market adjustment” when a park is sold, and that rents at Quellhaven Meadows were about $300 below those at comparable parks in the county.", "It said it had spent $1.2 million on new water lines and paving since buying the park."]),
    ("n74-us-named-after-quote-two-paragraphs", "“I bought my home here in 2009 because it was the one thing I could afford on a school bus driver's pension,” said Loretta Vanbuskirk, 74, one of the plaintiffs. “Now the lot costs more than my mortgage ever did.\n“My neighbor Arturo already put his place up for sale. Who's going to buy a home with an $883 lot rent on it?”\nA woman who answered the phone at the park office Tuesday said the manager was not available.",
     ["“I bought my home here in 2009 because it was the one thing I could afford on a school bus driver's pension,” said Loretta Vanbuskirk, 74, one of the plaintiffs.", "“Now the lot costs more than my mortgage ever did.", "“My neighbor Arturo already put his place up for sale.", "Who's going to buy a home with an $883 lot rent on it?”", "A woman who answered the phone at the park office Tuesday said the manager was not available."]),
    ("n74-us-pm-council-judge-act", "City Councilor Priya Kestevan, whose ward includes the park, wrote on Facebook that she would ask the council to consider a local limit on lot rent increases. She wrote that 212 of the 1,480 manufactured homes in Sulliver Falls sit in parks owned by out-of-state companies. A city spokesperson said the council's next work session is March 24 at 6 p.m. in the council chambers.\nCircuit Judge Harriet Tollandine set an April 7 hearing on the residents' request for an order blocking the increase until the case is decided. Yrigollen said he had told his clients to pay the new rent under protest until then.",
     ["City Councilor Priya Kestevan, whose ward includes the park, wrote on Facebook that she would ask the council to consider a local limit on lot rent increases.", "She wrote that 212 of the 1,480 manufactured homes in Sulliver Falls sit in parks owned by out-of-state companies.", "A city spokesperson said the council's next work session is March 24 at 6 p.m. in the council chambers.", "Circuit Judge Harriet Tollandine set an April 7 hearing on the residents' request for an order blocking the increase until the case is decided.", "Yrigollen said he had told his clients to pay the new rent under protest until then."]),
    ("n74-uk-date-caption-image-credit", "By Tom Aldershaw, Council Reporter\n14:37, Thu 9 Jul 2026\nShare   Facebook   X   WhatsApp   Email\nGrey general waste bins out for collection on Gorsebeck Road, Ebbersleigh. (Image: Tom Aldershaw)",
     ["By Tom Aldershaw, Council Reporter", "14:37, Thu 9 Jul 2026", "Share   Facebook   X   WhatsApp   Email", "Grey general waste bins out for collection on Gorsebeck Road, Ebbersleigh.", "(Image: Tom Aldershaw)"]),
    ("n74-uk-cllr-lib-dem-pronoun-across-man", "Council leader Cllr Janet Forsdyke (Lib Dem) said the council had “run out of easy options” after its core grant from central government fell by £2.4m in real terms between 2020 and 2025. “Nobody stood for election to make the bins worse,” she said. “But every pound we spend burying recyclable waste is a pound we don't spend on care for older people.”\nCllr Dev Saraswat, the cabinet member for environment, told the meeting that the council's landfill tax bill had risen to £3.7m a year. “We are paying to bury plastic bottles,” he said. She said neighbouring Sowerholme Borough Council had collected general waste every three weeks since 2023, and that its recycling rate had risen from 44% to 52% in the first year.",
     ["Council leader Cllr Janet Forsdyke (Lib Dem) said the council had “run out of easy options” after its core grant from central government fell by £2.4m in real terms between 2020 and 2025.", "“Nobody stood for election to make the bins worse,” she said.", "“But every pound we spend burying recyclable waste is a pound we don't spend on care for older people.”", "Cllr Dev Saraswat, the cabinet member for environment, told the meeting that the council's landfill tax bill had risen to £3.7m a year.", "“We are paying to bury plastic bottles,” he said.", "She said neighbouring Sowerholme Borough Council had collected general waste every three weeks since 2023, and that its recycling rate had risen from 44% to 52% in the first year."]),
    ("n74-uk-question-inside-quote-postman", "“We're a family of six and the bin's full by the second Thursday as it is,” said Kerry-Anne Pollitt, 38, of Pybright Close. “Three weeks in August? You'll smell our street from the ring road.\n“I recycle everything I can. I'd like to see a councillor try it with four kids.”\nRetired postman Alan Hebdenby, 71, of Hollinshaw Rise, said he and his wife filled their grey bin about once a month. “Some of us won't notice the difference,” he said.",
     ["“We're a family of six and the bin's full by the second Thursday as it is,” said Kerry-Anne Pollitt, 38, of Pybright Close.", "“Three weeks in August?", "You'll smell our street from the ring road.", "“I recycle everything I can.", "I'd like to see a councillor try it with four kids.”", "Retired postman Alan Hebdenby, 71, of Hollinshaw Rise, said he and his wife filled their grey bin about once a month.", "“Some of us won't notice the difference,” he said."]),
    ("n74-ca-ns-dateline-nov-she-said-mid", "PORT ALDWIN, N.S. — Repairs to the main wharf in Port Aldwin will not be finished before the lobster season opens Nov. 30, leaving the harbour's 58 boats to share the undamaged half on opening day, the Port Aldwin Harbour Authority said in a notice to members Wednesday.\nThe authority's president, Gwen Starratt-Haley, said the contractor could not start until the federal department that owns the wharf approved a new design. That approval came Nov. 4, she said, about three weeks later than the authority had been told to expect. “We had a crew ready to go by the middle of October,” she said.",
     ["PORT ALDWIN, N.S. — Repairs to the main wharf in Port Aldwin will not be finished before the lobster season opens Nov. 30, leaving the harbour's 58 boats to share the undamaged half on opening day, the Port Aldwin Harbour Authority said in a notice to members Wednesday.", "The authority's president, Gwen Starratt-Haley, said the contractor could not start until the federal department that owns the wharf approved a new design.", "That approval came Nov. 4, she said, about three weeks later than the authority had been told to expect.", "“We had a crew ready to go by the middle of October,” she said."]),
    ("n74-ca-two-captains-in-turn", "Another captain, Ross Whynacht-Lemay, said the harbour authority had done what it could. He said he would load half his traps the day before at the government wharf in Starling Bight, 14 kilometres up the shore, and come back for the rest. “I'd sooner burn a bit of fuel than sit in a line for three hours,” he said.\nThibedeau said that meant running a loaded boat along an open shore in late November. “Ross can do what he likes,” he said. “I'm not doing it with my son aboard.”",
     ["Another captain, Ross Whynacht-Lemay, said the harbour authority had done what it could.", "He said he would load half his traps the day before at the government wharf in Starling Bight, 14 kilometres up the shore, and come back for the rest.", "“I'd sooner burn a bit of fuel than sit in a line for three hours,” he said.", "Thibedeau said that meant running a loaded boat along an open shore in late November.", "“Ross can do what he likes,” he said.", "“I'm not doing it with my son aboard.”"]),
    ("n74-ca-am-end-story-idea-inc", "Starratt-Haley said she planned to be on the wharf by 4 a.m. on opening day. “Somebody's got to direct traffic,” she said.\nHave a story idea? Email news@shoalmouthcrier.ca.\nRelated stories\nOctober storm leaves damage at wharves along the South Shore",
     ["Starratt-Haley said she planned to be on the wharf by 4 a.m. on opening day.", "“Somebody's got to direct traffic,” she said.", "Have a story idea?", "Email news@shoalmouthcrier.ca.", "Related stories", "October storm leaves damage at wharves along the South Shore"]),
    ("n74-au-updated-pm-picture-by", "Words by Jess Wintringham\nUpdated February 12 2026 - 4:30pm, first published 11:15am\nShare   Facebook   X   Email\nNarrapinga mothers Kylie Trevasick and Tahnee Stott at the township's bus stop. Picture by Jess Wintringham",
     ["Words by Jess Wintringham", "Updated February 12 2026 - 4:30pm, first published 11:15am", "Share   Facebook   X   Email", "Narrapinga mothers Kylie Trevasick and Tahnee Stott at the township's bus stop.", "Picture by Jess Wintringham"]),
    ("n74-au-am-in-sentence-two-mothers", "Tahnee Stott said her son, who is in year 11, would now have to leave home at 6.50am to be driven to the junction. She said she worked shifts at the abattoir in Culgarrin and could not drive him every day. Trevasick said at least four families had told her they were thinking of moving their children to a school across the border in South Australia. “We'll lose those kids, and then the college loses the teachers that come with them,” she said. She said a petition to keep the run had 412 signatures by Wednesday night.\nIn a letter to parents dated February 3, the department wrote that the decision followed “a routine review of bus network efficiency”.",
     ["Tahnee Stott said her son, who is in year 11, would now have to leave home at 6.50am to be driven to the junction.", "She said she worked shifts at the abattoir in Culgarrin and could not drive him every day.", "Trevasick said at least four families had told her they were thinking of moving their children to a school across the border in South Australia.", "“We'll lose those kids, and then the college loses the teachers that come with them,” she said.", "She said a petition to keep the run had 412 signatures by Wednesday night.", "In a letter to parents dated February 3, the department wrote that the decision followed “a routine review of bus network efficiency”."]),
    ("n74-au-letter-according-to-person", "In a letter to parents dated February 3, the department wrote that the decision followed “a routine review of bus network efficiency”. Families received the letter on February 4, according to Trevasick. That was nine days before the last run.\nThe Nationals MP for the area, Hamish Begg, said in a statement that the cut was “penny-pinching at the expense of country kids”. He said he had written to the transport minister asking for the run to be restored until the end of the school year. The minister's office did not respond to a request for comment before deadline.",
     ["In a letter to parents dated February 3, the department wrote that the decision followed “a routine review of bus network efficiency”.", "Families received the letter on February 4, according to Trevasick.", "That was nine days before the last run.", "The Nationals MP for the area, Hamish Begg, said in a statement that the cut was “penny-pinching at the expense of country kids”.", "He said he had written to the transport minister asking for the run to be restored until the end of the school year.", "The minister's office did not respond to a request for comment before deadline."]),
    ("n74-nz-qa-prefixes-deputy-says", "The Times put readers' questions to the mayor on Thursday. Her answers have been edited for length and clarity.\nTIMES: Why 11.8 per cent, when inflation is under 3 per cent?\nTAMIHANGA: Because about two-thirds of the increase is interest and depreciation on things we've already built. Our debt went from $48 million in 2020 to $131 million this year, and we pay interest on every dollar of it.\nTIMES: Your deputy says the council has lost control of its capital programme. Did it?\nTAMIHANGA: I don't agree with Rhys, and I've told him so. The contract for the plant was signed before the new rules came in, and the rules added a second filtration stage that cost $7.1 million on its own.",
     ["The Times put readers' questions to the mayor on Thursday.", "Her answers have been edited for length and clarity.", "TIMES: Why 11.8 per cent, when inflation is under 3 per cent?", "TAMIHANGA: Because about two-thirds of the increase is interest and depreciation on things we've already built.", "Our debt went from $48 million in 2020 to $131 million this year, and we pay interest on every dollar of it.", "TIMES: Your deputy says the council has lost control of its capital programme.", "Did it?", "TAMIHANGA: I don't agree with Rhys, and I've told him so.", "The contract for the plant was signed before the new rules came in, and the rules added a second filtration stage that cost $7.1 million on its own."]),
    ("n74-ng-hon-statement-signed-quoted", "The Commissioner for Commerce and Industry, Hon. Oluwaseun Adeyefa, in a statement signed by his Special Adviser on Media, Mr Tunde Ebiesuwa, said the relocation was for the safety of the traders. He said an integrity test carried out by the ministry in November found that 14 of the market's 22 blocks of shops were at risk of collapse. “Government cannot wait for a building to fall on our people before it acts,” the statement quoted him as saying. The statement urged traders to cooperate with officials of the ministry during the move.",
     ["The Commissioner for Commerce and Industry, Hon. Oluwaseun Adeyefa, in a statement signed by his Special Adviser on Media, Mr Tunde Ebiesuwa, said the relocation was for the safety of the traders.", "He said an integrity test carried out by the ministry in November found that 14 of the market's 22 blocks of shops were at risk of collapse.", "“Government cannot wait for a building to fall on our people before it acts,” the statement quoted him as saying.", "The statement urged traders to cooperate with officials of the ministry during the move."]),
    ("n74-ng-alhaji-told-correspondent", "The Chairman of the Akinrele Market Traders Association, Alhaji Musiliu Odebode, told our correspondent on Monday that the association had never been shown the test report. He said the new market had 640 shops for more than 1,900 traders. “Government should answer one question before it sends bulldozers,” he said. “Where will the remaining 1,300 traders go?” “We are not fighting government. We are asking for time.”",
     ["The Chairman of the Akinrele Market Traders Association, Alhaji Musiliu Odebode, told our correspondent on Monday that the association had never been shown the test report.", "He said the new market had 640 shops for more than 1,900 traders.", "“Government should answer one question before it sends bulldozers,” he said.", "“Where will the remaining 1,300 traders go?”", "“We are not fighting government.", "We are asking for time.”"]),
    ("n74-ng-mrs-named-after-quote-ramadan", "“I am not against a new market,” said Mrs Kehinde Oladosu, a foodstuff seller who has traded in Block C for 23 years. “I am against being thrown out of this one in seven days.\n“I have just stocked beans and garri for Ramadan. If they break my shop next week, who will pay for the goods?”",
     ["“I am not against a new market,” said Mrs Kehinde Oladosu, a foodstuff seller who has traded in Block C for 23 years.", "“I am against being thrown out of this one in seven days.", "“I have just stocked beans and garri for Ramadan.", "If they break my shop next week, who will pay for the goods?”"]),
    ("n74-ug-dr-april-may-shs", "Government health centres in Nyakisoro District have been without the first-line malaria drug, artemether-lumefantrine, for three weeks, leaving patients to buy it from private drug shops at up to Shs15,000 a dose. Seven of the district's 23 government health facilities had no stock of the drug on Monday, according to the district's weekly stock report.\nThe District Health Officer, Dr Justus Kabagambe, said the district's order for the April–May delivery cycle arrived with only a third of the quantity requested. He said malaria cases in the district had risen by 40 percent since the rains began in March. “We ordered for the season we knew was coming,” he said. “What came was enough for a dry month.”",
     ["Government health centres in Nyakisoro District have been without the first-line malaria drug, artemether-lumefantrine, for three weeks, leaving patients to buy it from private drug shops at up to Shs15,000 a dose.", "Seven of the district's 23 government health facilities had no stock of the drug on Monday, according to the district's weekly stock report.", "The District Health Officer, Dr Justus Kabagambe, said the district's order for the April–May delivery cycle arrived with only a third of the quantity requested.", "He said malaria cases in the district had risen by 40 percent since the rains began in March.", "“We ordered for the season we knew was coming,” he said.", "“What came was enough for a dry month.”"]),
    ("n74-ug-first-name-only-mother-quote", "A drug shop owner in the trading centre, who gave only his first name, Robert, said he had sold more antimalarials in the past three weeks than in the three months before.\n“I sold two hens to buy the medicine for my daughter,” said Jovia Ahimbisibwe, a farmer from Kigoto village, who was waiting outside the dispensary with her four-year-old. “The drug shop wanted Shs12,000. I had Shs8,000, so he gave me what that could buy.\n“What happens if she falls sick again next week? I have no more hens.”",
     ["A drug shop owner in the trading centre, who gave only his first name, Robert, said he had sold more antimalarials in the past three weeks than in the three months before.", "“I sold two hens to buy the medicine for my daughter,” said Jovia Ahimbisibwe, a farmer from Kigoto village, who was waiting outside the dispensary with her four-year-old.", "“The drug shop wanted Shs12,000.", "I had Shs8,000, so he gave me what that could buy.", "“What happens if she falls sick again next week?", "I have no more hens.”"]),
    ("n74-sg-date-caption-photo-credit", "Charmaine Rasidi\nPublished Apr 27, 2026, 05:00 AM\nShare   Facebook   X   WhatsApp   Telegram\nMadam Kor Gek Yian, 67, at her economic rice stall's temporary site on April 24. CAUSEWAY DAILY PHOTO: DANIEL GOI",
     ["Charmaine Rasidi", "Published Apr 27, 2026, 05:00 AM", "Share   Facebook   X   WhatsApp   Telegram", "Madam Kor Gek Yian, 67, at her economic rice stall's temporary site on April 24.", "CAUSEWAY DAILY PHOTO: DANIEL GOI"]),
    ("n74-sg-ms-madam-plates-quote", "Her new neighbour, Ms Nurul Ain Rahmat, 34, won the tender for a stall two doors away with a bid of $3,260 a month, the highest at the centre. She said she bid high because a stall at a newly renovated centre was “the best chance a young hawker gets”. “If I sell 180 plates a day, it works,” she said. “If I sell 120, it doesn't.”\nMadam Kor said she sold about 150 plates on a good day before the renovation. She said the two of them would be selling to the same lunch crowd from the offices across the road.",
     ["Her new neighbour, Ms Nurul Ain Rahmat, 34, won the tender for a stall two doors away with a bid of $3,260 a month, the highest at the centre.", "She said she bid high because a stall at a newly renovated centre was “the best chance a young hawker gets”.", "“If I sell 180 plates a day, it works,” she said.", "“If I sell 120, it doesn't.”", "Madam Kor said she sold about 150 plates on a good day before the renovation.", "She said the two of them would be selling to the same lunch crowd from the offices across the road."]),
    ("n74-sg-pte-ltd-footer", "Join The Causeway Daily's WhatsApp channel and get the latest news and must-reads.\nCopyright © 2026 Causeway Daily Press Pte Ltd. All rights reserved.",
     ["Join The Causeway Daily's WhatsApp channel and get the latest news and must-reads.", "Copyright © 2026 Causeway Daily Press Pte Ltd.", "All rights reserved."]),
    ("n74-tt-rc-school-7am-met-service", "The principal of Coralita RC School, Sherry-Ann Sirjoo, said 42 of the school's 58 pupils came to school on Tuesday. She said the regional corporation had arranged for a maxi-taxi to meet children at the bottom of the slip at 7am each school day.\nThe Trinidad and Tobago Meteorological Service has forecast more heavy showers for Thursday and Friday. Will the bypass be built before the next rain? Belfon said he would hold a meeting with residents at the village community centre on Saturday at 4pm.",
     ["The principal of Coralita RC School, Sherry-Ann Sirjoo, said 42 of the school's 58 pupils came to school on Tuesday.", "She said the regional corporation had arranged for a maxi-taxi to meet children at the bottom of the slip at 7am each school day.", "The Trinidad and Tobago Meteorological Service has forecast more heavy showers for Thursday and Friday.", "Will the bypass be built before the next rain?", "Belfon said he would hold a meeting with residents at the village community centre on Saturday at 4pm."]),
    ("n74-in-pune-crore-pvt-ltd-order", "PUNE: The Pune District Consumer Disputes Redressal Commission has directed a developer to refund ₹2.37 crore, with 9% annual interest, to 11 buyers who booked flats in a Saswadkar Nagar housing project that is still incomplete more than three and a half years after its promised handover date. The developer, Tejomay Habitat Developers Pvt Ltd, must pay within 45 days, according to the order dated August 14.\nThe buyers paid between ₹18.6 lakh and ₹24.1 lakh each between 2019 and 2021 for flats in the project's A and B wings, the order said. Possession was promised by December 31, 2022, according to the agreements for sale. The commission observed in its order that the developer had not obtained an occupancy certificate for either wing even by the final hearing in July.",
     ["PUNE: The Pune District Consumer Disputes Redressal Commission has directed a developer to refund ₹2.37 crore, with 9% annual interest, to 11 buyers who booked flats in a Saswadkar Nagar housing project that is still incomplete more than three and a half years after its promised handover date.", "The developer, Tejomay Habitat Developers Pvt Ltd, must pay within 45 days, according to the order dated August 14.", "The buyers paid between ₹18.6 lakh and ₹24.1 lakh each between 2019 and 2021 for flats in the project's A and B wings, the order said.", "Possession was promised by December 31, 2022, according to the agreements for sale.", "The commission observed in its order that the developer had not obtained an occupancy certificate for either wing even by the final hearing in July."]),
    ("n74-in-bench-observed-quote", "A bench of president Sunanda Mhaske and member Anil Padalkar heard the complaint. “A home buyer cannot be made to wait indefinitely for possession of the flat booked by him,” the bench observed. The commission also ordered the developer to pay each buyer ₹50,000 as compensation for mental agony and ₹15,000 towards the cost of the complaint.",
     ["A bench of president Sunanda Mhaske and member Anil Padalkar heard the complaint.", "“A home buyer cannot be made to wait indefinitely for possession of the flat booked by him,” the bench observed.", "The commission also ordered the developer to pay each buyer ₹50,000 as compensation for mental agony and ₹15,000 towards the cost of the complaint."]),
    ("n74-lk-told-reporters-run-on", "General Manager of Railways Wasantha Jayakody told reporters at the department's headquarters that the strike was illegal because the union had not given two weeks' notice. “We have asked the union three times to come to the table,” Jayakody told reporters. “They came once. We agreed to 96 of the promotions at that meeting.\n“The rest need Cabinet approval, and that is not something I can give them on a railway platform.”",
     ["General Manager of Railways Wasantha Jayakody told reporters at the department's headquarters that the strike was illegal because the union had not given two weeks' notice.", "“We have asked the union three times to come to the table,” Jayakody told reporters.", "“They came once.", "We agreed to 96 of the promotions at that meeting.", "“The rest need Cabinet approval, and that is not something I can give them on a railway platform.”"]),
    ("n74-lk-qa-general-manager-says", "The Chronicle spoke to Abeywickrama on Tuesday night.\nQ: Why strike now, when part of your demand has been met?\nA: Because we have been told “next month” since 2023. Some of our members have retired while waiting for promotions that were approved on paper.\nQ: The general manager says the strike is illegal. Is it?\nA: We gave notice on August 20, and we have the letter to prove it.",
     ["The Chronicle spoke to Abeywickrama on Tuesday night.", "Q: Why strike now, when part of your demand has been met?", "A: Because we have been told “next month” since 2023.", "Some of our members have retired while waiting for promotions that were approved on paper.", "Q: The general manager says the strike is illegal.", "Is it?", "A: We gave notice on August 20, and we have the letter to prove it."]),
    ("n74-ie-am-times-ltd-director", "The Inishcoran Island Co-operative said in a statement that losing the 8am sailing would leave nine secondary students with no way to reach school in Ballynacreeve before classes start at 9am. It said the new first sailing, at 10.30am, would also rule out morning hospital appointments on the mainland.\nInishcoran Ferries Ltd's managing director, Deirdre Mulgrew-Haslett, told the Record that the company lost €96,000 running the winter service last year. She said the subsidy it receives from the Department of Rural and Community Development had not risen since the contract was signed in 2021, while its fuel bill had gone up by 61 per cent. “We are not cutting sailings because we want to,” she said. “We are cutting them so there is still a ferry in April.” Mulgrew-Haslett said the company would restore the 8am sailing on school days if the department paid for it. She said that would cost about €38,000 over the winter.",
     ["The Inishcoran Island Co-operative said in a statement that losing the 8am sailing would leave nine secondary students with no way to reach school in Ballynacreeve before classes start at 9am.", "It said the new first sailing, at 10.30am, would also rule out morning hospital appointments on the mainland.", "Inishcoran Ferries Ltd's managing director, Deirdre Mulgrew-Haslett, told the Record that the company lost €96,000 running the winter service last year.", "She said the subsidy it receives from the Department of Rural and Community Development had not risen since the contract was signed in 2021, while its fuel bill had gone up by 61 per cent.", "“We are not cutting sailings because we want to,” she said.", "“We are cutting them so there is still a ferry in April.”", "Mulgrew-Haslett said the company would restore the 8am sailing on school days if the department paid for it.", "She said that would cost about €38,000 over the winter."]),
    ("n74-ie-mid-attribution-got-a-story", "A spokesperson for Donegal County Council, which owns the piers at both ends of the route, said the council had not been told of the change before Monday. Munnelly said the co-op would hold a public meeting in the island's community hall on Sunday at 3pm. “Everyone is welcome,” she said, “including the company.”\nGot a story? Email news@rossesrecord.ie or call 074 955 0193.\n© 2026 The Rosses Record",
     ["A spokesperson for Donegal County Council, which owns the piers at both ends of the route, said the council had not been told of the change before Monday.", "Munnelly said the co-op would hold a public meeting in the island's community hall on Sunday at 3pm.", "“Everyone is welcome,” she said, “including the company.”", "Got a story?", "Email news@rossesrecord.ie or call 074 955 0193.", "© 2026 The Rosses Record"]),
]  # fmt: skip
