"""Forty-ninth held-out set of new hand-labelled pages for the hint engines (held-out set, round thirty-two): twelve ordinary WHOLE pages of everyday news from mainstream and local news sites in twelve countries -- politics, health, courts, crime, business, transport, education, weather, sport, science, a local council and a live page -- each with its site's usual furniture at the head, inside the story and at the tail, around ordinary speakers, attributions and check-worthy claims. It will never be looked at while tuning.

Written from scratch for issue 13 in round thirty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/`, no README and no benchmark was read, `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run (the brief's folder also held two files besides the brief itself; they
were not opened). The format and the conventions were read from the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole), the module docstrings of
`labelled_new71.py` and `labelled_new72.py` (printed whole; the terminal cut the first listing in
the middle, so both were saved to files in /tmp and printed again in parts with `sed`), the `STYLES`
of those two files (each line cut to 400 characters), their first two pages and their split cases
(all thirty of each, each line cut to 400 characters), `build` in `labelled_articles.py` (a `grep -n
"def build" -A15` listing) and the ruff settings in `pyproject.toml` (a `sed` listing of the
`[tool.ruff]` tables). No other page, case or docstring of any file under `tests/` was read. What
was run: `ls` of `tests/text/` piped to `wc -l` and to `grep` for the names of the files being
written at the same time (file names only), `grep -n` for the line numbers of `STYLES`, `ARTICLES`,
`CASES`, the import and the page brackets in the two recent files, a Python one-liner printing the
calendar of 2026 to check weekdays, scripts of my own in /tmp that turn a small line format into the
literals below and cut the split cases out of the pages, replacement scripts for names, an import of
this file with `build` on every page, a checking script of my own (four fields, flags, a cue for
every speaker and a speaker for every cue, no speaker on furniture, the sentence count, every split
case occurring in a built page and joining back to its text), whole-word case-insensitive searches
of every capitalised word of these pages (each part of a hyphenated name on its own) and of
candidate replacement names over `tests/` that printed file counts only (`grep -rilw ... | wc -l`),
phrase searches of the invented outlets, clubs, groups and companies that printed counts only, one
`grep -rliw` run that listed only the names of the files holding six coined names (to see why so
many of them hit; no line was printed), and `ruff format` / `ruff check` on this file.

Every person, small place, street, estate, school, hospital, health board, club, ground, union,
residents' group, council, outlet, company, brokerage, shop, journal and number is invented (a first
check of about a hundred and fifty coined names found some fifty-five of them in other files under
`tests/`, about sixty of the candidate replacements tried next hit too, and a full scan of the draft
found sixteen more; only names with no hit were used, and the whole list was searched again). Real
countries, regions, big cities, roads and public bodies appear only as settings, with invented
figures: the United States, Oregon, Salem, the Oregon House and Senate, the Senate Education
Committee, the Oregon Department of Education and the Legislative Fiscal Office; Wales, the Senedd,
the Cabinet Secretary for Health, the Welsh Government, the Welsh Ambulance Service, the Freedom of
Information Act and NHS 111 Wales; Australia, Queensland, Brisbane District Court and the Queensland
Building and Construction Commission; Ireland, Co. Tipperary, the Tipperary Garda Division, the
Garda Confidential Line, Tidy Towns and An Post; Singapore, the Singapore Exchange (SGX), the STI,
Housing Board estates and the Department of Statistics; the Netherlands, Gelderland, Arnhem, Limburg
and Drenthe; Nigeria, Ogun State, Abeokuta, the Teachers Registration Council of Nigeria (TRCN), the
National Certificate in Education (NCE), the Ogun State Universal Basic Education Board (SUBEB),
Yoruba and the FG (in a headline); Japan, Niigata, Yamagata and Akita prefectures, Tokyo, the Japan
Meteorological Agency, the Ground Self-Defense Force (GSDF), the Fire and Disaster Management
Agency, the Kan-Etsu Expressway and the Diet (in a headline); Trinidad and Tobago and Barbados (in a
headline); Sweden, Norrbotten, the Arctic Circle, Stockholm, the Swedish Research Council and the
Swedish Meteorological and Hydrological Institute (SMHI); England, Norfolk, Norfolk County Council,
the A47, the Local Government Act 2003 and the BBC (in the reporting-scheme line); India, Gujarat,
the Chief Minister's Office, the Urban Development Department and the Bharatiya Nyaya Sanhita.
Facebook, X, WhatsApp, Telegram, LinkedIn, LINE and Google Street View appear only as channels or
credits. No surname, town, street, outlet, company, school, club, ground or union of any file under
`tests/` is reused (given names, titles, real settings and common words such as "Ledger", "Herald",
"Mercury", "Voice", "Post", "Courier", "Times", "Tribune", "Daily", "Standard", "Stores", "Pools",
"Hill", "Coast", "Fen", "Morning Brief", "Ysbyty", "Cwm", "Bro", "Heol" and "Oke" recur). The files
written at the same time (`labelled_new73.py`, `labelled_new74.py`, `labelled_heldout50.py`) were
never opened.

Each page is a page as a new user pastes it after selecting all in a browser, so every furniture
line (masthead, tagline, ticker, weather strip, cookie banner, language switch, account strip, menu,
crumb, section label, byline, date line, share strip, caption credit, advertisement label,
read-more, related, more-from and most-read lists, newsletter, membership, log-in, tip and letters
lines, bio, reporting-scheme line, tags and keywords, death notices, rights notice and footer) is a
paragraph of its own and "B"; furniture also sits inside the stories. The stories are ordinary:
statements of record by officials, votes, orders, plans, prices, dates and figures with and without
a source ("W") sit beside opinions, feelings, forecasts, pledges, advice, scene, private
circumstances and questions ("" even inside quotes); speakers come through "said", "says", "told the
court", "told lawmakers", "told reporters", "told a news conference", "told our correspondent",
"told the meeting", "told councillors", "according to", "said in a filing", "said in its filing",
"said in a post on X", "wrote in a note", "disclosed", "warned", "added", "asked", "found", "show",
"read" and "did not respond to a request for comment", placed at the start, in the middle and at the
end of sentences; some named people do not speak; `STYLES` names the site, the story and the
stresses of each page, in order.

(1) A US state-capital daily: the Oregon House votes 38-21 to make schools lock away phones. The
semicolon standfirst opens with "H.B. 3127" and its "sponsor says" carries "Marisol
Quenvillard-Abt", through whom the body gives the 29 districts ("W"); "SALEM — ..." and "The bill,
H.B. 3127, now goes ..." are votes and facts of record without a speaker, and "H.B." never splits.
"Rep." and "D-Corbelmont" / "R-Tarrowgate" are dropped; "she said" and the quote after it ("") carry
the sponsor, and "She said the bill would let districts ..." states the bill's terms ("W"). A
principal named after her role gives a fall in referrals ("W"); the opponent's view and quote are
"", his failed 23-36 amendment "W". "according to a fiscal impact statement prepared by the
Legislative Fiscal Office" keeps it whole and "The statement said" keeps "The statement"; the
newsletter sign-up between paragraphs is "B". The union president "told lawmakers" a figure and "she
said" its arithmetic ("W"); "A survey of 3,400 Oregon teachers by the alliance, published in
January, found" is named by its head without the dating participle. A student's quote opens "“...,”
said ..." and goes on to a question; "The governor's office did not respond ..." keeps the office;
the hearing's "1 p.m. on March 3." ends a sentence. In the tail, "Who's running for governor?" / "A
guide to the May primary" are two "B" sentences and "Co. publication." ends one before "All rights
reserved.".

(2) A Welsh regional daily: patients wait 4,312 hours in ambulances outside a hospital in a month.
The standfirst's "health board says" carries the chief operating officer, through whom the body
gives the new unit's May opening; "according to figures obtained by the Herald under the Freedom of
Information Act" is kept whole; the comparisons after it are "W" without a source. "Glanwern
University Health Board, which runs the hospital, said" drops the clause, and "It said" resolves to
the board's name. The officer's apology and quote are "", her £3.8m unit opening in May a plan of
record ("W"). Two "READ MORE:" lines are "B", one with a quote in single marks. "The Welsh Ambulance
Service said" is kept as written; "A paramedic based in Eithinfa, who asked not to be named ...,
said" keeps the paramedic as described without the clause, and her quote carries her. The Member of
the Senedd, named before his role, pledges to raise the figures (""), and "He said the Welsh
Government's own target ... had been missed ... every month since October 2022" is "W". The
two-sentence newsletter sign-up is "B". A daughter's account of her father's wait is private ("")
and her quote runs to a question; "A Welsh Government spokesperson said" (money and a target, "W");
"according to the Welsh Government's monthly performance figures"; "She said people should use the
NHS 111 Wales service ..." is advice (""). The Most Read list has its numbers on lines of their own,
"B".

(3) An Australian regional daily's court page in Queensland: a pool builder is jailed for taking
$387,450 in deposits. The standfirst's "Judge says" carries the judge by name (her finding, "W");
the weather strip's "5.48am" does not split it; the sentence and the parole date are acts of record
without a speaker, as is "She also made restitution orders ...". "Crown prosecutor" and "Defence
barrister" are dropped with "told the court" and "said"; "Kenwarra Coast Pools Pty Ltd, kept" does
not split; "Only four of the 23 pools were ever started, Ms Torrisdale said, and none was finished."
carries her in the middle ("W"); the barrister's account of where the money went and the restitution
paid are "W", his quote "". A victim's statement read to the court is private ("", her own deposit)
and runs to a question. "The Queensland Building and Construction Commission said" and "It said"
(advice, "") resolve to the commission. The defendant in the dock is scene; a second victim shakes
his head (no speaker) and "“Four years!” he said." is one sentence. "Don't have an account?" /
"Register" are two "B" sentences.

(4) An Irish local weekly in Co. Tipperary: raiders use a stolen digger to rip an ATM from a village
shop. The headline and the standfirst ("3.20am", "Co. Tipperary village") are "W" without a speaker;
"Gardaí said" keeps "Gardaí" and "they said" at the end of the next sentence resolves to them. The
shop owner's quote holds a verbless sentence of his own ("Thirty-one years we've been here.", "")
and a question; "Neighbours said" keeps "Neighbours"; a neighbour's account is "". "Superintendent"
is dropped; she gives the fifth theft of its kind and the time the digger was reported ("W") and a
belief and quote (""). "Gardaí said they were appealing ... on 0504 555 210 ..." looks like
furniture but is story (an appeal, ""). "Cllr" and "(Ind)" are dropped (the lost station and the 25
minutes, "W"); "A spokesperson for Tillway, the company that operates the machine, said" keeps "A
spokesperson for Tillway"; "According to Garda figures" opens a sentence; "An Post said" gives a
service of record ("W"). The death notices are "B" line by line; "Got a story?" ends a "B" sentence
and "Ltd." one before "All rights reserved.".

(5) A Singapore daily's business page: a listed coffee-shop operator's profit falls 31% and it
raises drink prices. The ticker, the key-figures box title and the copyright lines are "B", the
box's rows "" (data). "SGX-listed Rengas Kopitiam Holdings posted ..., the company said in a filing
..." carries "Rengas Kopitiam Holdings" with "said in a filing"; "according to the filing" keeps it.
The chief executive's name is in surname-first order ("Ler Kah Leng"); "Chief executive" is dropped,
"she told reporters at a briefing" takes "told reporters", her partial quote "not on the table" and
"Ms Ler said stall rents would not rise again ..." are pledges (""). "READ MORE" and its headline
are two "B" lines. "Analysts at Kestrelbay Securities wrote in a note" (a projection, "") is kept as
written, and "They kept their “hold” call ..." is their act, "W" without a speaker. A stallholder at
"Blk 218 Bintangor Ave. 3" (which does not split) gives his own rent (private, "") and a quote that
ends "“So who pays?" / "Me.”", a one-word sentence; a retiree's sum is private. "Data from the
Department of Statistics show" and "The company said in its filing" (a forecast, "") follow.
"Copyright © 2026 Bintangor Media Pte Ltd." / "Co. Regn. No. 201935521K." / "All rights reserved."
are three "B" sentences.

(6) A Dutch English-language site: regional bus drivers in Gelderland strike. The standfirst's
"operator says" carries the operator's director, through whom the body gives the refusal (the 60,000
passengers make it "W"). The strike "at 4 a.m. on Wednesday" is "W" without a speaker; "The company
said" keeps "The company" and "it said" at the end of the next sentence resolves to "Rivierlijn";
"the union Vakbond OV-Personeel (VOP)" speaks through its negotiator ("VOP negotiator" dropped).
Straight quotes throughout; the negotiator's quote ends in a question (""), and her count of drivers
who left is "W". "Rivierlijn director" is dropped; the contract's terms are "W", his quote "". "A
spokesperson for the province of Gelderland said it was "not a party to the dispute" ..." is "". A
passenger's wait is private (""), and "She had a hospital appointment in Arnhem at 11 a.m." ends a
sentence before "Her grandson ...", both without a speaker. "A taxi company in Wezelbroek,
Taxicentrale Hoogveld, said" carries the company's name; "Rivierlijn said passengers could check ...
in its app ..." is a service tip (""); "The union said drivers would strike again on Tuesday, March
17, ..." is an announced strike date ("W"). "B.V." ends a sentence before "All rights reserved.".

(7) A Nigerian daily's education page: Ogun State will recruit 2,500 teachers. The headline's "says
commissioner" carries her by name; the lead "The Ogun State Government says it will recruit ..."
keeps "The Ogun State Government" with "says" ("W"); "The Commissioner for Education, Science and
Technology, Prof. ..., disclosed this in a statement on Tuesday." carries her with the cue
"disclosed" ("W", a statement of record about the statement; "Prof." and the role dropped); "She
said" and "According to her" (cue "according to") carry her. "..., the statement read." keeps "the
statement" with "read" (a pledge, ""); "The statement said" and "It said" keep it ("the statement"),
the portal dates "W". "Comrade" is dropped; the union chairman "welcomed ... but said it was "long
overdue"" (""), "told our correspondent" a figure of record ("W"), says one teacher handles two
classes ("W") and asks "How do you teach 80 children in two rooms?" (one sentence with "he asked",
""). "Mrs" is dropped from a parent (private, ""). "Figures from the Ogun State Universal Basic
Education Board (SUBEB) show" keeps them; "The names ... will be published ... by August 14, she
said." is "W"; "according to the ministry"; "warned" carries advice ("") and the two-sentence quote
after it carries her. The rights notice is two "B" sentences, and "FG, states to share N1.2trn in
April, says committee" is a furniture headline with no speaker.

(8) A Japanese English-language daily: record snow cuts off 1,200 households in a Niigata town. The
standfirst's "Weather agency warns" carries "the Japan Meteorological Agency" as the body names it
(a forecast, ""); "NIIGATA — ... at 6 a.m. on Monday, ..., according to the Japan Meteorological
Agency." keeps the agency, "Prefectural Road No. 41" does not split, "The agency said" keeps "The
agency" and "6 a.m. Monday." ends that sentence before "It warned" (resolved to the agency, cue
"warned", ""). A forecaster "told a news conference" a forecast (""), and his advice is ""; "Mayor"
is dropped, the request for the GSDF and the 386 households are "W", her quote ""; "The Niigata
prefectural government said" and "Police said" are kept as written; "according to the Fire and
Disaster Management Agency". An elderly resident is first described (no speaker) and then quoted
with "she said by phone" (cue "said") to a question; her son's distance is private, no speaker. "the
local power utility said", "A town official said" (volunteers arriving, "W"), "the road's operator
said" and "the town's board of education said" are kept as written. The copyright notice is three
"B" sentences.

(9) A Trinidad and Tobago daily's sports page: a club T20 final is won by three runs. The
competition label and the match header ("Poui Hill CC 171/6 (20 ov)   ·   ...   ·   Poui Hill won by
3 runs") are "B"; the headline and the match facts are "W" without a speaker. The coach ("Poui Hill
coach" dropped), the player of the match and the losing captain are three men who speak in turn: the
coach's account of his choice and his quote with a question (""), "Boodhram said his 64 was his
highest score in the competition, beating the 58 ..." ("W"), "he said" and a quote with a verbless
"Six balls." (""), the captain's 31 runs from overs seven to 12 ("W") and his pledge (""), then
"Gopaulsingh said" a plan (""). The council president's crowd and prize money are "W", her hope "".
The scores-in-brief box has its title "B" and its rows, the toss, the player of the match and the
umpires "" (data); initials such as "V. Boodhram" and "S. Rampersadsingh" never split.

(10) A Swedish English-language site's science page: northern lakes freeze 11 days later than in the
1990s. The two-line cookie banner at the head is "B" line by line. The headline's "study finds"
carries "a study of 94 lakes by researchers at Kallbäcken University", as the lead names it with
"according to"; the dek has no verb of saying ("W"); the journal and the funder are "W" without a
speaker. "The researchers found" keeps "The researchers" and "They wrote" resolves to them ("i.e.
above" does not split). "Lead author" is dropped (the method, "W"), her quote is ""; "according to
data from the Swedish Meteorological and Hydrological Institute (SMHI)"; "Read also: ..., says SMHI"
is furniture with no speaker, and the two-sentence member box is "B". A reindeer herder's account
and two-sentence quote are "" (his own route); "The study found" keeps "The study" ("W"); a
fishing-shop owner gives a competition moved to January ("W") and a memory (""); "Co-author Dr." is
dropped (a plan, ""). The journal reference with "et al." is one "B" sentence; "AB." ends a sentence
before "All rights reserved.".

(11) An English local paper's site in Norfolk: a district council sets an £18.6m budget with a 2.99%
council tax rise. The standfirst's "opposition leader says" carries him ('paying more for less' in
single marks; the cut makes it "W"); the rise, the Band D figures, the district's share and the
24-17 vote are "W" without a speaker. "Council leader Cllr" and "(Ind)" are dropped (a budget gap
and its causes, "W"; her quote ""); "according to a report to councillors"; "Opposition leader Cllr"
and "(Fen Villages Residents)" are dropped; the opposition leader and the finance member are two men
who speak in turn: "said residents were “paying more for less”" (""), "He said" (a defeated
amendment, "W"), "he said" with £11.2m in a quote ("W"), "said most of the reserves were set aside
..." ("W") and "“..., and then what?” he asked." (one sentence, ""). "Resident" is dropped with
"told the meeting" (38 signatures, "W"); "The council's chief finance officer, ..., told
councillors" (a statutory opinion, "W"); "Residents can sign up ... from March 2, the council said."
is a service tip (""). The reporting-scheme line is "B", "Do you have a view on this story?" /
"Email letters@..." are two "B" sentences, and "Registered in England and Wales No. 04812377." is
one.

(12) An Indian news site's live page: a fire at a textile market in a Gujarat town kills three.
"LIVE" is "B"; the headline with "LIVE Updates:" and a semicolon is one sentence ("W"); the
semicolon standfirst's "fire officials say" carries the chief fire officer, through whom the body
gives it. The "Key Highlights" box has its title "B" and five bullets, four of fact "W" without a
speaker and "• Building had no valid fire NOC, says chief fire officer" carrying him. The time
stamps ("April 22, 2026 16:40 IST") are "B"; entry headlines are labelled like headlines: "..., says
chief fire officer" and "..., says fire department" carry him, "CM announces ..." carries "the Chief
Minister's Office" as the entry's body names it, and "Traders wait outside police cordon" is "".
"11.45 am," and "9.40 pm" do not split; "Deputy Commissioner of Police (Zone 2) Kavita R. Meghwani
said." ends a long sentence ("R." does not split); "said in a post on X" and "It said" keep the
office; "Police identified the three dead as ..." is an act of record without a speaker; "“There
were sprinklers on paper,” he told reporters." ("") is followed by "“Not one of them worked.”" ("W",
a claim of fact in his quote, with "told reporters"). "according to the traders' association"; a
trader's Rs 18 lakh of stock is private ("") and "“Who will pay for this?”" carries him. "Pvt. Ltd."
ends a sentence before "All rights reserved.".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py`, `labelled_new71.py` and `labelled_new72.py` hold too, as their
docstrings state them (furniture "B" line by line, inside a story too; captions by content and
credits "B"; headlines and standfirsts labelled like claims, a standfirst never split at a
semicolon, a verb of saying in them carrying the source as the body names it or the person through
whom the body gives it; titles, ranks, honorifics and roles dropped from speakers; a pronoun, a
later surname or a role resolved to the full name as first given; organisations, documents and data
kept as written, "according to X" -> X, "It" for an organisation resolved to its name as first
given, a later generic noun ("The company", "The agency", "The statement", "The union", "the
council") kept as written; a document or data set that is the subject of its own verb named by its
head without a participle that only dates it; a quote over several sentences or paragraphs carrying
its speaker and cue, a question inside it too; "did not respond" labelled like speech with flags "";
plans, votes, decisions, orders, prices, dates and figures of record "W"; forecasts, estimates,
hopes, pledges, opinions, feelings, scene, private circumstances, questions and advice ""; a figure
of record inside a quote "W"; a named person acting or described, with no verb of saying, carries no
speaker; two speakers of the same gender in turn, a pronoun going to the person named as subject
just before; live time stamps "B" and entry headlines labelled like headlines; boxes with their
titles "B", data rows "" and bullets by content; match headers "B" and data lines such as umpires
""; story that looks like furniture (an appeal with a phone number, an app, a sign-up date, a
portal's dates) labelled as story).

Conventions this set had to settle, in the same spirit:

* Leads that speak for a body. "The Ogun State Government says it will ..." keeps "The Ogun State
  Government" with "says"; the next sentence, "The Commissioner ..., Prof. X, disclosed this in a
  statement on Tuesday.", carries the commissioner with the cue "disclosed" and is "W" (a statement
  of record about the statement); "According to her" carries her by name with the cue "according
  to"; "..., the statement read." keeps "the statement" with the cue "read", and a later "It said"
  after "The statement said" keeps "the statement".
* Furniture headlines with a verb of saying ("Read also: Sweden's warmest September on record, says
  SMHI", "FG, states to share N1.2trn in April, says committee") are "B" and carry no speaker; a
  furniture line with a question mark inside ("Who's running for governor?" / "A guide to the May
  primary", "Don't have an account?" / "Register") is two "B" sentences.
* Registration lines ("Co. Regn. No. 201935521K.", "Registered in England and Wales No. 04812377.")
  are "B" sentences of their own; a cookie banner at the head and death notices in the tail are "B"
  line by line.
* Key-figures and scores boxes: the title "B", the rows "" (data), like a stock snapshot or a study
  card; a match header "B"; a toss line, a player-of-the-match line and an umpires line "" like
  "Referee:".
* Names in surname-first order ("Ler Kah Leng", "Siaw Boon Chye") are kept whole, and "Ms Ler"
  resolves to the full name; a middle initial stays ("Kavita R. Meghwani").
* An exclamation closing a quote before a lower-case attribution ("“Four years!” he said.") is one
  sentence, as a question is.
* Acts without a verb of saying carry no speaker even when they are an organisation's or a group's:
  "They kept their “hold” call ..." after an analysts' note, "Police identified the three dead as
  ...", "She also made restitution orders ..." after the judge speaks.

Splits. "H.B. 3127", "Feb. 24, 2026, 6:12 p.m. PT", "D-Corbelmont,", "$4.2 million", "14:30, 9 MAR
2026", "£3.8m", "A&E", "5.48am", "4:15PM", "Pty Ltd, kept", "Ms Torrisdale said,", "Mr Wraythorne
said.", "3.20am", "Co. Tipperary,", "3km", "0504 555 210", "S$/US$ 1.3412", "07:05 PM", "Dec 31, the
company", "Mar 9,", "Blk 218 Bintangor Ave. 3, said", "S$1.60", "(−31%)", "at 4 a.m. on", "6.5 per
cent", "5.5 hours", "13th May 2026", "Prof. Adebukola", "2026/2027", "Mrs Folasade", "N4.8bn",
"N1.2trn", "2.62 meters", "Prefectural Road No. 41", "19:40 JST", "171/6 (20 ov)", "V. Boodhram 64,
R. Beharry 33; K. Bissoondath 2-27", "S. Rampersadsingh and L. Bynoe", "TT$25,000", "1.8C", "i.e.
above", "Dr. Mattias", "et al. Later", "Lett. 2026;8(4):211–224", "£186.03", "Cllr Harriet", "(Ind)
said", "9.40 pm", "11.45 am,", "Kavita R. Meghwani" and "Rs 4 lakh" never split a sentence; nor does
a question or an exclamation closing a quote before a lower-case attribution ("“... then what?” he
asked.", ""How do you teach 80 children in two rooms?" he asked.", "“Four years!” he said."). "1
p.m. on March 3." before "The Legislature's", "Co. publication." / "Ltd." / "Pte Ltd." / "B.V." /
"AB." / "Pvt. Ltd." before "All rights reserved.", "Co. Regn. No. 201935521K.", "No. 04812377.", "6
a.m. Monday." before "It warned", "at 11 a.m." before "Her grandson", the one-word "Me.”" after "“So
who pays?", the verbless "“Six balls." and "“Thirty-one years we've been here.", a question in a
quote before the quote goes on ("“But he needed a hospital, not a car park." / "What if it had been
his heart?”"), and a question mark in furniture before a capital ("Who's running for governor?" / "A
guide ...", "Don't have an account?" / "Register", "Got a story?" / "Contact ...", "Got a news tip?"
/ "Email ...", "Do you have a view on this story?" / "Email ...") end one.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written
the same way as in `labelled_new71.py` and `labelled_new72.py`: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US state-capital daily's site in Oregon, the state House passes a bill to make public schools lock away students' phones (masthead, account strip with pipes, menu, section crumb in capitals with ›, headline with a vote count, semicolon standfirst with H.B. carrying the sponsor through says, byline with a pipe and a bureau, published and updated line with p.m., a.m. and PT, share strip, caption and slash credit, SALEM dateline, the bill's designation in the body, Rep. with D-Town and R-Town dropped, an Advertisement label, a principal named after her role, according to a fiscal impact statement and The statement said, a newsletter sign-up inside the story, told lawmakers, a survey as the subject of found, a student's quote running to a question, did not respond, a hearing time of record, bio with an email and an X handle, a related headline that splits at its question mark, Co. publication before All rights reserved, footer)",
    "Welsh regional daily's site, patients wait thousands of hours in ambulances outside a hospital (masthead, Cymraeg/English switch, account strip, menu, crumb, headline with a figure, semicolon standfirst carrying the health board's chief operating officer through health board says, byline with role, 24-hour date line in capitals with an updated time, share strip with a comment count, caption and bracketed image credit, according to figures obtained under the Freedom of Information Act, unsourced comparisons, It said resolved to the health board, an apology, a plan of record, two READ MORE lines, an anonymous paramedic kept as described, a Member of the Senedd with a pledge and a target of record, a two-sentence newsletter sign-up, a daughter's quote running to a question, a Welsh Government spokesperson, national performance figures, advice to use NHS 111 Wales, WhatsApp prompt, comment count, Most Read with numbers on their own lines, footer)",
    "Australian regional daily's court page in Queensland, a pool builder is jailed for taking deposits from 23 families (masthead, account strip, weather strip with a dotted am time, menu, section label in capitals, headline with a figure, standfirst carrying the judge through says, byline and date line with PM, share strip, caption and Picture credit, unsourced sentence and a parole date of record without a speaker, Crown prosecutor and Defence barrister dropped, told the court, Pty Ltd in mid-sentence, Ms X said in the middle of a sentence, Mr X said, an Advertisement label, a victim impact statement with a question, the judge's finding and her orders, the Queensland Building and Construction Commission with It said advice, scene, an exclamation in a quote before its attribution, a log-in prompt split at its question mark, related list, bio, tip line, footer)",
    "Irish local weekly's site in Co. Tipperary, raiders use a stolen digger to rip an ATM from a village shop (masthead, menu with GAA and Death Notices, account strip, section label, headline, standfirst with a dotted am time, Reporter: byline, weekday date line with AM, Co. Tipperary in the lead, Gardaí said and they said, a shop owner's quote with a verbless sentence and a question, Neighbours said, a neighbour's account, an Advertisement label, a Superintendent dropped, an appeal with a phone number that looks like furniture, two READ MORE lines, Cllr and (Ind) dropped, a company spokesperson, according to Garda figures, An Post with a service of record, share strip, Death Notices with née, a tip line split at its question mark, Ltd. before All rights reserved)",
    "Singapore daily's business page, a listed coffee-shop operator's half-year profit falls 31% and it raises drink prices (market ticker with STI and S$, masthead in capitals, menu, section label, headline with a percentage, semicolon standfirst carrying the CEO through says, byline, published line with a middot and PM, share strip with Telegram and a gift link, caption and credit in capitals, SGX-listed company named in the sentence that carries said in a filing, according to the filing, a dividend, Chinese names in surname-first order with Ms Surname resolved, told reporters, a pledge in a partial quote, a READ MORE label and headline, analysts who wrote in a note and an act of theirs without a speaker, Blk and Ave. in mid-sentence, a private rent and a two-sentence quote ending in a one-word sentence, Data from the Department of Statistics show, The company said in its filing, a key-figures box with data rows, topics strip, newsletter line, a registration number line between the copyright and All rights reserved)",
    "Dutch English-language news site, regional bus drivers in Gelderland strike over pay and breaks (site name and tagline, NL/EN switch, menu, a membership ask, section label, headline, semicolon standfirst carrying the operator's director through operator says, byline with a middot and a dated 24-hour time, share strip, caption and slash credit, unsourced strike with a.m., The company said and it said resolved to the operator, a union named after its descriptor, a negotiator named after her role, straight quotes, a question closing a quote, Read more line, a director named after his role, a province spokesperson with a partial quote, a passenger's private account with a.m. ending a sentence, a taxi company named after its descriptor, a service tip that looks like furniture, The union said a strike date, subscribe line, tags, related list, B.V. before All rights reserved)",
    "Nigerian daily's education page, Ogun State will recruit 2,500 teachers (masthead, date strip, menu, section label, headline carrying the commissioner through says, byline, ordinal date line, a Kindly share line, a file-photo caption without credit, a lead in which the State Government says, disclosed this in a statement carrying the commissioner with Prof. dropped, According to her, the statement read and The statement said with It said, ALSO READ line, Comrade dropped, told our correspondent, straight quotes, a question before he asked, Mrs dropped, figures from SUBEB as the subject of show, a date of record with the attribution at the end, according to the ministry, a warning and a two-sentence quote, Advertisement, a two-sentence rights notice, contact line, latest news with says inside a headline, WhatsApp line)",
    "Japanese English-language daily's national page, record snow cuts off hamlets in a Niigata mountain town (masthead in capitals, tagline, menu, section label, headline with meters and a semicolon, standfirst carrying the weather agency through warns, two-name byline with a slash, date line with the weekday in brackets and JST, share strip with LINE, caption and bracketed photo credit, NIIGATA dateline with a.m. and according to the Japan Meteorological Agency, Prefectural Road No. 41, The agency said and It warned, a forecaster who told a news conference, a mayor with her role dropped, the prefectural government, Police said, an agency's figures, a Related line, an elderly resident's quote running to a question, the local power utility and the road's operator, a town official, the board of education, keywords, Most Read, three-sentence copyright notice)",
    "Trinidad and Tobago daily's sports page, a club T20 final is won by three runs off the last ball (masthead in capitals, date strip, e-paper strip, menu, section crumb, competition label in capitals, a match header with overs in brackets and the margin, headline, byline with a middot, caption and photo credit, unsourced match facts, a coach and two captains who speak in turn, straight quotes with a question and a verbless sentence, a figure of record from the player, a council president's figures and a hope, a scores-in-brief box with initials, a toss line, player of the match and umpires, More Sport list, copyright)",
    "Swedish English-language news site's science page, lakes in the north freeze 11 days later than in the 1990s (a two-line cookie banner, masthead in capitals, tagline, account strip, menu, section label, headline carrying the study through finds as the lead names it with according to, a dek without a speaker, byline, published and updated line with CEST, share strip, caption and slash credit, The researchers found and They wrote with i.e., a lead author named after her role, according to data from SMHI, a Read also line with says inside it, a two-sentence member box, a reindeer herder's two-sentence quote, The study found, a fishing-shop owner, Co-author Dr. dropped, a journal reference with et al. as one sentence, word of the day, more-from list, AB. before All rights reserved)",
    "English local paper's site in Norfolk, a district council sets its budget with a 2.99% council tax rise and shorter leisure centre hours (masthead, founding tagline, account strip, menu, crumb, headline with a percentage and £m, semicolon standfirst carrying the opposition leader through says with single quotes, Local Democracy Reporter byline, date line, share strip, caption and image credit, unsourced vote and Band D figures, Council leader Cllr and (Ind) dropped, according to a report to councillors, a residents' group in brackets dropped, an amendment vote of record, a figure of record inside a quote, a question before he asked, Resident dropped with told the meeting, a chief finance officer who told councillors, a county council rise, a service tip with the council said, an LDRS line, a letters prompt split at its question mark, Most Read with numbers, Ltd. before a registration number)",
    "Indian news site's live page, a fire at a textile market in a Gujarat town kills three (site name, a three-script language switcher, menu, trending strip, LIVE label, headline with LIVE Updates and a semicolon, semicolon standfirst carrying the chief fire officer through fire officials say, edited-by line, updated line with IST, follow and share strip, a Key Highlights box with its title and five bullets, one carrying the officer through says, live time stamps with IST, entry headlines carrying the officer through says and the Chief Minister's Office through announces, dotted am and pm times, a Deputy Commissioner of Police with a middle initial named at the end of a long sentence, said in a post on X and It said, an act of identification without a speaker, a brother's quote, told reporters with a quote sentence of fact, according to the traders' association, a trader's private stock and a question, Advertisement, Also Read list, tags, Pvt. Ltd. before All rights reserved)",
]

ARTICLES = [
    [  # 1. US state-capital daily's site in Oregon, the state House passes a bill to make public schools lock away students' phones
        [("The Brackenwood Ledger", "", "", "B")],
        [("Subscribe   |   Sign in   |   e-Edition   |   Newsletters", "", "", "B")],
        [("News   Politics   Education   Business   Sports   Opinion   Obituaries   Jobs", "", "", "B")],
        [("POLITICS  ›  OREGON LEGISLATURE", "", "", "B")],
        [("Oregon House votes 38-21 to make schools lock away students' phones", "", "", "W")],
        [("H.B. 3127 would cover every public school from fall 2027; sponsor says 29 districts already have similar rules", "Marisol Quenvillard-Abt", "says", "W")],
        [("By Teodora Vancelund  |  Ledger Capitol Bureau", "", "", "B")],
        [("Published Feb. 24, 2026, 6:12 p.m. PT  |  Updated Feb. 25, 2026, 8:40 a.m. PT", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [("Students at Corbelmont Middle School drop their phones into locked pouches before first period.", "", "", ""),
         ("Mateo Ruskington / Brackenwood Ledger file", "", "", "B")],
        [("SALEM — The Oregon House voted 38-21 on Tuesday to require every public school in the state to keep students' cellphones locked away or switched off for the whole school day, starting in the fall of 2027.", "", "", "W"),
         ("The bill, H.B. 3127, now goes to the Senate, where 11 of the 30 senators have signed on as sponsors.", "", "", "W")],
        [("Rep. Marisol Quenvillard-Abt, D-Corbelmont, the bill's chief sponsor, said 29 of the state's 197 school districts already had similar rules.", "Marisol Quenvillard-Abt", "said", "W"),
         ("“Teachers told us the same thing in every district we visited,” she said.", "Marisol Quenvillard-Abt", "said", ""),
         ("“The phones were winning.”", "Marisol Quenvillard-Abt", "said", "")],
        [("She said the bill would let districts decide how to store the phones, whether in lockers, pouches or a box by the classroom door, and would allow exceptions for students with medical needs or disabilities.", "Marisol Quenvillard-Abt", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Corbelmont Middle School principal Renée Quistgard said office referrals for fights had fallen by a third since the school began locking phones away in 2024.", "Renée Quistgard", "said", "W"),
         ("“Kids talk to each other at lunch again,” she said.", "Renée Quistgard", "said", "")],
        [("All 21 votes against the bill came from Republicans.", "", "", "W"),
         ("Rep. Dwayne Hallorsby, R-Tarrowgate, said decisions about phones belonged to local school boards, not to lawmakers in Salem.", "Dwayne Hallorsby", "said", ""),
         ("“Parents in my district call their kids at lunch,” he said.", "Dwayne Hallorsby", "said", ""),
         ("“Some of them have very good reasons to.”", "Dwayne Hallorsby", "said", "")],
        [("Hallorsby said an amendment he offered, which would have let a district opt out by a vote of its school board, failed 23-36 on Monday.", "Dwayne Hallorsby", "said", "W")],
        [("Under the bill, the Oregon Department of Education would spend $4.2 million over two years to help districts buy pouches or lockers, according to a fiscal impact statement prepared by the Legislative Fiscal Office.", "a fiscal impact statement prepared by the Legislative Fiscal Office", "according to", "W"),
         ("The statement said pouches cost about $25 per student.", "The statement", "said", "W")],
        [("Sign up for Statehouse Notes, our free Friday newsletter on the Legislature.", "", "", "B")],
        [("Ingrid Fenholt-Gaskey, president of the Oregon Schoolteachers Alliance, which represents about 14,000 teachers, told lawmakers at a hearing this month that her members lost an average of 21 minutes of teaching a day to phones.", "Ingrid Fenholt-Gaskey", "told lawmakers", "W"),
         ("“Over a school year, that is about two weeks of lessons,” she said.", "Ingrid Fenholt-Gaskey", "said", "W")],
        [("A survey of 3,400 Oregon teachers by the alliance, published in January, found that 71% supported a ban for the whole school day.", "A survey of 3,400 Oregon teachers by the alliance", "found", "W")],
        [("Not every student is convinced.", "", "", ""),
         ("“If there's a lockdown, the first thing I'd do is text my mom,” said Aaliyah Truxillo-Reyna, 16, a junior at Tarrowgate High School who testified against the bill.", "Aaliyah Truxillo-Reyna", "said", ""),
         ("“Where's my phone going to be then, in a locker down the hall?”", "Aaliyah Truxillo-Reyna", "said", "")],
        [("Quenvillard-Abt said the bill requires every school's emergency plan to spell out how students will reach their families during a lockdown.", "Marisol Quenvillard-Abt", "said", "W"),
         ("The governor's office did not respond to a request for comment Tuesday.", "The governor's office", "did not respond to a request for comment", "")],
        [("The Senate Education Committee has scheduled a hearing on the bill for 1 p.m. on March 3.", "", "", "W"),
         ("The Legislature's short session must end by March 8.", "", "", "W")],
        [("Teodora Vancelund covers the Legislature and state politics for the Ledger.", "", "", "B"),
         ("Email her at tvancelund@brackenwoodledger.com or follow her on X at @TVancelund.", "", "", "B")],
        [("More in Politics", "", "", "B")],
        [("Senate Democrats unveil $310 million plan for child care", "", "", "B")],
        [("Who's running for governor?", "", "", "B"),
         ("A guide to the May primary", "", "", "B")],
        [("© 2026 The Brackenwood Ledger, a Calloran Hill Media Co. publication.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Use   |   Privacy Policy   |   Your Privacy Choices", "", "", "B")],
    ],
    [  # 2. Welsh regional daily's site, patients wait thousands of hours in ambulances outside a hospital
        [("The Eithinfa Herald", "", "", "B")],
        [("Cymraeg   |   English", "", "", "B")],
        [("Sign in   Subscribe   Newsletters", "", "", "B")],
        [("News   Health   Politics   Sport   What's On   Jobs   Property", "", "", "B")],
        [("News  ›  Health", "", "", "B")],
        [("Patients waited 4,312 hours in ambulances outside Ysbyty Cwm Rhedyn in February", "", "", "W")],
        [("One in three handovers took more than an hour; health board says new ambulance unit will open in May", "Lowri Pelloweth-Pryddin", "says", "W")],
        [("By Carys Gethynne-Maddoc, Health Correspondent", "", "", "B")],
        [("14:30, 9 MAR 2026   Updated 16:05, 9 MAR 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email   Comments (37)", "", "", "B")],
        [("Ambulances queue outside the emergency department at Ysbyty Cwm Rhedyn last week.", "", "", ""),
         ("(Image: Eithinfa Herald)", "", "", "B")],
        [("Patients spent a total of 4,312 hours waiting in ambulances outside Ysbyty Cwm Rhedyn in February, according to figures obtained by the Herald under the Freedom of Information Act.", "figures obtained by the Herald under the Freedom of Information Act", "according to", "W"),
         ("That is the equivalent of almost 180 days, and more than twice the 1,946 hours recorded in February 2025.", "", "", "W")],
        [("Of the 2,104 ambulances that arrived at the hospital during the month, 712 waited more than an hour to hand their patients over, against a target of 15 minutes.", "", "", "W")],
        [("Glanwern University Health Board, which runs the hospital, said the emergency department had seen 9,870 patients in February, its busiest February on record.", "Glanwern University Health Board", "said", "W"),
         ("It said that on an average day 61 patients who were well enough to leave were still in hospital beds because there was no care in place for them at home.", "Glanwern University Health Board", "said", "W")],
        [("The board's chief operating officer, Lowri Pelloweth-Pryddin, said she was sorry for the long waits.", "Lowri Pelloweth-Pryddin", "said", ""),
         ("“No patient should spend hours in the back of an ambulance, and no crew should be stuck outside our doors when there are calls waiting in the community,” she said.", "Lowri Pelloweth-Pryddin", "said", "")],
        [("She said a 12-bay ambulance handover unit, built next to the emergency department at a cost of £3.8m, would open in May.", "Lowri Pelloweth-Pryddin", "said", "W")],
        [("READ MORE: New minor injuries unit to open at Cefn Rhedyn health centre", "", "", "B")],
        [("READ MORE: 'I waited nine hours for a bed' – your stories of A&E in Eithinfa", "", "", "B")],
        [("The Welsh Ambulance Service said its crews lost 14,900 hours waiting outside hospitals across the Glanwern area in February.", "The Welsh Ambulance Service", "said", "W")],
        [("A paramedic based in Eithinfa, who asked not to be named because staff are not allowed to speak to the media, said crews had stopped counting the hours.", "A paramedic based in Eithinfa", "said", ""),
         ("“You sit there with a patient who's 89 and frightened, and you watch the jobs stack up on the screen,” she said.", "A paramedic based in Eithinfa", "said", ""),
         ("“Somebody in that queue is having a stroke.”", "A paramedic based in Eithinfa", "said", "")],
        [("Rhodri Caswallon-Talfryn, the Member of the Senedd for Eithinfa, said he would raise the figures with the Cabinet Secretary for Health on Tuesday.", "Rhodri Caswallon-Talfryn", "said", ""),
         ("“These are not just numbers,” he said.", "Rhodri Caswallon-Talfryn", "said", ""),
         ("He said the Welsh Government's own target, that no handover should take longer than an hour, had been missed at the hospital every month since October 2022.", "Rhodri Caswallon-Talfryn", "said", "W")],
        [("Get the latest health news from across Wales sent straight to your inbox.", "", "", "B"),
         ("Sign up to our newsletter here.", "", "", "B")],
        [("Siân Llewhellin-Hendreath said her father, 84, waited five hours and 40 minutes in an ambulance outside the hospital after a fall at his home in Llwyn Eithin on February 17.", "Siân Llewhellin-Hendreath", "said", ""),
         ("“The crew were wonderful, they kept him warm and kept checking on him,” she said.", "Siân Llewhellin-Hendreath", "said", ""),
         ("“But he needed a hospital, not a car park.", "Siân Llewhellin-Hendreath", "said", ""),
         ("What if it had been his heart?”", "Siân Llewhellin-Hendreath", "said", "")],
        [("A Welsh Government spokesperson said it had given health boards an extra £14.5m this winter to cut handover delays and expected every board to meet the one-hour target.", "A Welsh Government spokesperson", "said", "W")],
        [("Across Wales, 27% of ambulance handovers took longer than an hour in February, according to the Welsh Government's monthly performance figures.", "the Welsh Government's monthly performance figures", "according to", "W")],
        [("Pelloweth-Pryddin said the board had also opened 20 extra beds at Ysbyty Bro Eithin, the community hospital in the town, in January.", "Lowri Pelloweth-Pryddin", "said", "W"),
         ("She said people should use the NHS 111 Wales service for anything that was not an emergency.", "Lowri Pelloweth-Pryddin", "said", "")],
        [("Join the Herald's WhatsApp community for the biggest stories from across the valleys.", "", "", "B")],
        [("Comments (37)", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1", "", "", "B")],
        [("Man charged after car hits shop front on Heol Eithin", "", "", "B")],
        [("2", "", "", "B")],
        [("School uniform bank opens in town centre", "", "", "B")],
        [("© Eithinfa Media Ltd 2026", "", "", "B")],
        [("Privacy notice   |   Cookie settings   |   Terms   |   Contact us", "", "", "B")],
    ],
    [  # 3. Australian regional daily's court page in Queensland, a pool builder is jailed for taking deposits from 23 families
        [("The Coralmoor Mercury", "", "", "B")],
        [("Sign in   |   Subscribe   |   Today's Paper", "", "", "B")],
        [("Coralmoor 28°   Partly cloudy   Sunrise 5.48am", "", "", "B")],
        [("News   Crime & Court   Sport   Business   Lifestyle   Real Estate", "", "", "B")],
        [("CRIME & COURT", "", "", "B")],
        [("Pool builder jailed for taking $387,000 in deposits for pools he never built", "", "", "W")],
        [("Judge says Warrick Glennister “knew the business was finished” when he kept taking money from 23 families", "Philippa Pendarvish", "says", "W")],
        [("Jessamy Carwinion", "", "", "B")],
        [("February 19, 2026 - 4:15PM", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Warrick Glennister leaves Brisbane District Court on Thursday.", "", "", ""),
         ("Picture: Jessamy Carwinion", "", "", "B")],
        [("A Coralmoor pool builder who took $387,450 in deposits from 23 families for pools he never finished has been jailed for four years.", "", "", "W"),
         ("Warrick Glennister, 51, pleaded guilty in Brisbane District Court to 23 counts of fraud committed between March 2023 and August 2024.", "", "", "W")],
        [("Judge Philippa Pendarvish set his parole eligibility date at April 18, 2027, after 14 months in custody.", "", "", "W")],
        [("Crown prosecutor Naomi Torrisdale told the court Glennister, the sole director of Kenwarra Coast Pools Pty Ltd, kept taking deposits of between $9,500 and $24,000 for more than a year after his bank refused to extend the company's overdraft.", "Naomi Torrisdale", "told the court", "W"),
         ("She said the company went into liquidation in September 2024 owing creditors about $1.1 million.", "Naomi Torrisdale", "said", "W")],
        [("Only four of the 23 pools were ever started, Ms Torrisdale said, and none was finished.", "Naomi Torrisdale", "said", "W")],
        [("Defence barrister Callum Wraythorne said his client had not spent the money on himself but had used it to pay suppliers and wages on earlier jobs.", "Callum Wraythorne", "said", "W"),
         ("“He was robbing Peter to pay Paul, and he kept telling himself the next job would fix it,” Mr Wraythorne said.", "Callum Wraythorne", "said", ""),
         ("He said Glennister had no previous convictions and had sold his own home in 2025, with $142,000 of the proceeds going to his victims.", "Callum Wraythorne", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("In a victim impact statement read to the court, Kellie Cappadonna said she and her husband had paid $18,400 in January 2024 and were left with a half-dug hole that filled with water every time it rained.", "Kellie Cappadonna", "said", ""),
         ("“Our kids asked every weekend when the pool would be ready,” she said.", "Kellie Cappadonna", "said", ""),
         ("“What do you tell them?”", "Kellie Cappadonna", "said", "")],
        [("Judge Pendarvish said Glennister knew the business was finished by early 2024 at the latest.", "Philippa Pendarvish", "said", "W"),
         ("“You preyed on the trust of ordinary people who wanted something nice for their families,” she said.", "Philippa Pendarvish", "said", ""),
         ("She also made restitution orders totalling $245,450, the amount not yet repaid.", "", "", "W")],
        [("The Queensland Building and Construction Commission said it had paid $412,000 under its home warranty scheme to 19 of the families so far.", "The Queensland Building and Construction Commission", "said", "W"),
         ("It said homeowners should check a builder's licence on the commission's website before paying any deposit.", "the Queensland Building and Construction Commission", "said", "")],
        [("Glennister, in a dark suit, kept his eyes on the floor as the sentence was read.", "", "", "")],
        [("Outside court, Troy Hanzelbeck, whose family lost a $21,000 deposit, shook his head.", "", "", ""),
         ("“Four years!” he said.", "Troy Hanzelbeck", "said", ""),
         ("“He'll be out before our kids finish primary school.”", "Troy Hanzelbeck", "said", "")],
        [("Mr Wraythorne said his client now worked as a labourer for a landscaping firm and would keep paying back what he could.", "Callum Wraythorne", "said", "")],
        [("Glennister's licence was cancelled in October 2024.", "", "", "W")],
        [("To join the conversation, please log in.", "", "", "B"),
         ("Don't have an account?", "", "", "B"),
         ("Register", "", "", "B")],
        [("MORE COVERAGE", "", "", "B")],
        [("Coralmoor tradie charged over unfinished pool jobs", "", "", "B")],
        [("Pool builder's company collapses owing $1.1m", "", "", "B")],
        [("Jessamy Carwinion is a court reporter with the Coralmoor Mercury.", "", "", "B")],
        [("Got a news tip?", "", "", "B"),
         ("Email tips@coralmoormercury.com.au.", "", "", "B")],
        [("© Coralmoor Mercury Pty Ltd 2026", "", "", "B")],
    ],
    [  # 4. Irish local weekly's site in Co. Tipperary, raiders use a stolen digger to rip an ATM from a village shop
        [("The Knockrahan Voice", "", "", "B")],
        [("Local News   Sport   GAA   Business   Death Notices   Property   Jobs", "", "", "B")],
        [("Subscribe   |   Login", "", "", "B")],
        [("Crime", "", "", "B")],
        [("ATM ripped from wall of Ballyvarna shop with stolen digger", "", "", "W")],
        [("Raiders fled with cash machine in a van after 3.20am raid in Co. Tipperary village", "", "", "W")],
        [("Reporter: Aisling Brenagh-Tolan", "", "", "B")],
        [("Thursday, 16 April 2026 11:42 AM", "", "", "B")],
        [("Raiders used a stolen digger to tear an ATM from the front wall of a shop in Ballyvarna, Co. Tipperary, in the early hours of Wednesday morning.", "", "", "W")],
        [("Gardaí said the digger, which had been taken from a building site about 3km away, was driven into the front of Colgrave's Stores on Main Street at about 3.20am.", "Gardaí", "said", "W"),
         ("The ATM was loaded into a van, which was found burnt out near Gortnaclohy about an hour later, they said.", "Gardaí", "said", "W")],
        [("The shop's owner, Declan Colgrave, said the front of the building, which also houses the village post office, would be closed for at least a month.", "Declan Colgrave", "said", ""),
         ("“I got the call from the alarm company at twenty past three, and by the time I got down here it was gone, wall and all,” he said.", "Declan Colgrave", "said", ""),
         ("“Thirty-one years we've been here.", "Declan Colgrave", "said", ""),
         ("Where are people going to get their pension now?”", "Declan Colgrave", "said", ""),
         ("Colgrave said all nine of his staff would be kept on while the shop was closed.", "Declan Colgrave", "said", "")],
        [("Neighbours said the noise woke half the street.", "Neighbours", "said", ""),
         ("Bernadette Ní Fhaoláin-Brosnagh, who lives across the road, said she saw the digger's lights from her bedroom window and thought at first it was roadworks.", "Bernadette Ní Fhaoláin-Brosnagh", "said", ""),
         ("“By the time I had my glasses on, they were gone,” she said.", "Bernadette Ní Fhaoláin-Brosnagh", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Superintendent Noeleen Garvahy-Quilligan said it was the fifth ATM theft of its kind in the Tipperary Garda Division since 2023 and the second in six months.", "Noeleen Garvahy-Quilligan", "said", "W"),
         ("She said the digger's owner reported it missing at 7am, when workers arrived at the site.", "Noeleen Garvahy-Quilligan", "said", "W"),
         ("She said gardaí believed the same group was behind at least two of the earlier thefts.", "Noeleen Garvahy-Quilligan", "said", ""),
         ("“These are not opportunists,” she said.", "Noeleen Garvahy-Quilligan", "said", ""),
         ("“They know exactly what they're doing, and they know how long it takes us to get there.”", "Noeleen Garvahy-Quilligan", "said", "")],
        [("Gardaí said they were appealing to anyone who was on the road between Ballyvarna and Gortnaclohy between 2am and 4am, and in particular to drivers with dash-cam footage, to contact Knockrahan Garda Station on 0504 555 210 or the Garda Confidential Line.", "Gardaí", "said", "")],
        [("READ MORE: Quad bike and trailer stolen from Gortnaclohy farmyard", "", "", "B")],
        [("READ MORE: Ballyvarna Tidy Towns group wins €5,000 county award", "", "", "B")],
        [("Cllr Siobhán Fitzgibbon (Ind) said the village had lost its Garda station in 2013 and that the nearest patrol car on the night had been 25 minutes away.", "Siobhán Fitzgibbon", "said", "W"),
         ("“People are frightened,” she said.", "Siobhán Fitzgibbon", "said", ""),
         ("“They're asking me what happens the next time, when it's not a cash machine but somebody's house.”", "Siobhán Fitzgibbon", "said", "")],
        [("A spokesperson for Tillway, the company that operates the machine, said it did not comment on how much cash its machines held.", "A spokesperson for Tillway", "said", "")],
        [("According to Garda figures, there were 14 thefts or attempted thefts of ATMs using heavy machinery in the State in 2025, up from nine in 2024.", "Garda figures", "according to", "W")],
        [("The post office counter will operate from Ballyvarna Community Centre on weekday mornings from Monday, An Post said.", "An Post", "said", "W")],
        [("Share this article", "", "", "B")],
        [("Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Death Notices", "", "", "B")],
        [("Thomas Sheedfield, Gortnaclohy, Co. Tipperary", "", "", "B")],
        [("Nora Ganly (née Purtill), Ballyvarna", "", "", "B")],
        [("Got a story?", "", "", "B"),
         ("Contact our newsroom at news@knockrahanvoice.ie or call 0504 555 100.", "", "", "B")],
        [("© 2026 Knockrahan Voice Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Singapore daily's business page, a listed coffee-shop operator's half-year profit falls 31% and it raises drink prices
        [("STI 3,912.46 ▲ 0.38%   ·   S$/US$ 1.3412   ·   Brent US$71.20", "", "", "B")],
        [("THE BINTANGOR POST", "", "", "B")],
        [("Business   Companies & Markets   Property   Economy   Personal Finance   Tech", "", "", "B")],
        [("COMPANIES & MARKETS", "", "", "B")],
        [("Rengas Kopitiam's half-year profit falls 31% as rents and food costs bite", "", "", "W")],
        [("Coffee-shop operator to raise drink prices by 10 to 20 cents from March; CEO says closing outlets “not on the table”", "Ler Kah Leng", "says", "W")],
        [("Gwendolyn Yio", "", "", "B")],
        [("Published Thu, Feb 26, 2026 · 07:05 PM", "", "", "B")],
        [("Share   Facebook   LinkedIn   WhatsApp   Telegram   Gift this article", "", "", "B")],
        [("A Rengas Kopitiam coffee shop in a Housing Board estate in the west of Singapore.", "", "", ""),
         ("PHOTO: THE BINTANGOR POST", "", "", "B")],
        [("SGX-listed Rengas Kopitiam Holdings posted a 31 per cent fall in net profit to S$6.2 million for the six months ended Dec 31, the company said in a filing with the Singapore Exchange on Thursday.", "Rengas Kopitiam Holdings", "said in a filing", "W"),
         ("Revenue rose 4.6 per cent to S$118.4 million, helped by nine new outlets opened during the period.", "", "", "W")],
        [("Rengas Kopitiam runs coffee shops mostly in Housing Board estates, where it leases the premises and sublets stalls to hawkers.", "", "", "W")],
        [("Rental costs rose 14 per cent and the cost of ingredients 9 per cent, according to the filing.", "the filing", "according to", "W"),
         ("The board declared an interim dividend of 0.8 cent a share, down from 1.2 cents a year earlier.", "", "", "W")],
        [("Chief executive Ler Kah Leng said the group would raise the price of coffee and tea at its 64 coffee shops by 10 to 20 cents from Mar 9, the first increase since 2023.", "Ler Kah Leng", "said", "W"),
         ("“We held prices for as long as we could,” she told reporters at a briefing.", "Ler Kah Leng", "told reporters", ""),
         ("“Our stallholders and our customers are feeling the same squeeze we are.”", "Ler Kah Leng", "told reporters", "")],
        [("She said closing outlets was “not on the table”.", "Ler Kah Leng", "said", ""),
         ("Ms Ler said stall rents would not rise again before January 2027.", "Ler Kah Leng", "said", "")],
        [("READ MORE", "", "", "B")],
        [("Hawker centre rents: what the new tender rules mean for stallholders", "", "", "B")],
        [("Analysts at Kestrelbay Securities wrote in a note that a 20-cent rise on a S$1.60 cup of kopi would add about S$4.5 million to annual revenue if sales held up.", "Analysts at Kestrelbay Securities", "wrote in a note", ""),
         ("They kept their “hold” call on the stock, with a target price of 41 cents.", "", "", "W")],
        [("Shares of Rengas Kopitiam closed down 2.3 per cent at 42 cents on Thursday, before the results were released.", "", "", "W")],
        [("Chicken rice seller Siaw Boon Chye, 58, who rents a stall at the group's coffee shop at Blk 218 Bintangor Ave. 3, said his rent had gone up from S$3,800 to S$4,600 a month in January.", "Siaw Boon Chye", "said", ""),
         ("“If I raise my price by 50 cents, my customers walk to the hawker centre across the road,” he said.", "Siaw Boon Chye", "said", ""),
         ("“So who pays?", "Siaw Boon Chye", "said", ""),
         ("Me.”", "Siaw Boon Chye", "said", "")],
        [("Retiree Pung Soo Hwa, 71, who was having her morning kopi-O at the same coffee shop, said she would keep coming.", "Pung Soo Hwa", "said", ""),
         ("“I come every morning, so for me it's S$6 more a month,” she said.", "Pung Soo Hwa", "said", "")],
        [("Data from the Department of Statistics show food prices at coffee shops and hawker centres rose 3.1 per cent in January from a year earlier.", "Data from the Department of Statistics", "show", "W")],
        [("The company said in its filing that it expected “continued pressure” on margins for the rest of the financial year.", "The company", "said in its filing", "")],
        [("KEY FIGURES (six months to Dec 31)", "", "", "B")],
        [("Revenue: S$118.4m (+4.6%)", "", "", "")],
        [("Net profit: S$6.2m (−31%)", "", "", "")],
        [("Interim dividend: 0.8 cent (1.2 cents)", "", "", "")],
        [("Outlets: 64 (55)", "", "", "")],
        [("Topics   Rengas Kopitiam Holdings   Earnings   Food & Beverage   SGX", "", "", "B")],
        [("Get the Morning Brief, our free newsletter, in your inbox at 7am on weekdays.", "", "", "B")],
        [("Copyright © 2026 Bintangor Media Pte Ltd.", "", "", "B"),
         ("Co. Regn. No. 201935521K.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Dutch English-language news site, regional bus drivers in Gelderland strike over pay and breaks
        [("Dykeline News", "", "", "B")],
        [("Netherlands news in English", "", "", "B")],
        [("NL   |   EN", "", "", "B")],
        [("News   Politics   Economy   Transport   Housing   Weather", "", "", "B")],
        [("Support our journalism – become a member from €5 a month", "", "", "B")],
        [("Transport", "", "", "B")],
        [("Regional bus drivers strike in Gelderland, leaving some villages with no buses at all", "", "", "W")],
        [("About 60,000 passengers affected on Wednesday; operator says it cannot meet union's pay demand", "Pieter-Jan Hoogduin", "says", "W")],
        [("Femke Dijkhorst   ·   11 March 2026 - 13:45", "", "", "B")],
        [("Share on:   Facebook   X   LinkedIn   WhatsApp", "", "", "B")],
        [("Empty bus bays at the bus station in Arnhem on Wednesday morning.", "", "", ""),
         ("Photo: Jorrit Wesselman / Dykeline News", "", "", "B")],
        [("Bus drivers at regional transport operator Rivierlijn went on strike at 4 a.m. on Wednesday, halting nearly all bus services in the east and south of Gelderland.", "", "", "W"),
         ("The company said about 60,000 passengers use its 84 routes on a normal weekday.", "The company", "said", "W"),
         ("Only nine of those routes were running at midday, most of them school routes driven by staff from subcontractors, it said.", "Rivierlijn", "said", "W")],
        [("The strike was called by the union Vakbond OV-Personeel (VOP), which represents about 1,100 of Rivierlijn's 1,450 drivers.", "", "", "W"),
         ("VOP negotiator Sanne Verbrugghe said the union was asking for a pay rise of 6.5 per cent this year and a guaranteed break of at least 30 minutes on shifts longer than 5.5 hours.", "Sanne Verbrugghe", "said", "W"),
         ("\"Drivers are doing shifts of nine hours with a ten-minute break at the end of the line, and if the bus is late they don't even get that,\" she said.", "Sanne Verbrugghe", "said", ""),
         ("\"Would you want the person driving your children to school to be that tired?\"", "Sanne Verbrugghe", "said", ""),
         ("Verbrugghe said 62 drivers had left the company in 2025, most of them for jobs with regular hours.", "Sanne Verbrugghe", "said", "W")],
        [("Read more: Province to spend €38 million on electric buses by 2028", "", "", "B")],
        [("Rivierlijn director Pieter-Jan Hoogduin said the company had offered 3.8 per cent and could not go higher without cutting services.", "Pieter-Jan Hoogduin", "said", "W"),
         ("He said the contract with the province, which pays about 60 per cent of Rivierlijn's costs, fixed the company's income until 2029.", "Pieter-Jan Hoogduin", "said", "W"),
         ("\"We want to pay our drivers more,\" he said.", "Pieter-Jan Hoogduin", "said", ""),
         ("\"But the money has to come from somewhere, and it is not coming from the province.\"", "Pieter-Jan Hoogduin", "said", "")],
        [("A spokesperson for the province of Gelderland said it was \"not a party to the dispute\" but was in contact with both sides.", "A spokesperson for the province of Gelderland", "said", "")],
        [("At the bus station in Wezelbroek, Ilse Brinkhorst-Vennestra, 71, said she had waited 40 minutes before a driver on a subcontractor's bus told her that her line was not running.", "Ilse Brinkhorst-Vennestra", "said", ""),
         ("She had a hospital appointment in Arnhem at 11 a.m.", "", "", ""),
         ("Her grandson drove her there in the end.", "", "", "")],
        [("Trains in the province were not affected by the strike.", "", "", "W"),
         ("A taxi company in Wezelbroek, Taxicentrale Hoogveld, said its bookings for Wednesday morning were three times higher than normal.", "Taxicentrale Hoogveld", "said", "W"),
         ("Rivierlijn said passengers could check which routes were running in its app and on its website, which would be updated every hour.", "Rivierlijn", "said", "")],
        [("The union said drivers would strike again on Tuesday, March 17, unless a new offer was made by Friday.", "The union", "said", "W"),
         ("The last strike at Rivierlijn, in 2022, lasted two days.", "", "", "W"),
         ("It is the third strike in Dutch regional bus transport this year, after walkouts in Limburg in January and in Drenthe in February.", "", "", "W")],
        [("Subscribe to our free daily newsletter", "", "", "B")],
        [("Tags: strike, bus, Gelderland, public transport", "", "", "B")],
        [("Related articles", "", "", "B")],
        [("Bus drivers in Limburg end two-day strike after pay deal", "", "", "B")],
        [("Fewer buses, longer waits: the state of rural transport in the east", "", "", "B")],
        [("© 2026 Dykeline News B.V.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Nigerian daily's education page, Ogun State will recruit 2,500 teachers
        [("The Ogunwale Courier", "", "", "B")],
        [("Wednesday, May 13, 2026", "", "", "B")],
        [("News   Politics   Metro   Education   Business   Sports   Opinion", "", "", "B")],
        [("Education", "", "", "B")],
        [("Ogun to recruit 2,500 teachers, says commissioner", "Adebukola Egbedokun-Ajibode", "says", "W")],
        [("By Oluwaseun Ogundimu", "", "", "B")],
        [("13th May 2026", "", "", "B")],
        [("Kindly share this story:", "", "", "B")],
        [("File photo: Pupils in a classroom at a public primary school in Abeokuta.", "", "", "")],
        [("The Ogun State Government says it will recruit 2,500 teachers for its public primary and secondary schools before the start of the 2026/2027 academic session in September.", "The Ogun State Government", "says", "W")],
        [("The Commissioner for Education, Science and Technology, Prof. Adebukola Egbedokun-Ajibode, disclosed this in a statement on Tuesday.", "Adebukola Egbedokun-Ajibode", "disclosed", "W")],
        [("She said 1,600 of the new teachers would go to primary schools and 900 to secondary schools, with priority given to Mathematics, English, Basic Science and Yoruba.", "Adebukola Egbedokun-Ajibode", "said", "W")],
        [("According to her, the state's public schools currently have 11,840 teachers for about 486,000 pupils, a ratio of one teacher to 41 pupils.", "Adebukola Egbedokun-Ajibode", "according to", "W")],
        [("\"No class in our public schools will be left without a teacher in front of it,\" the statement read.", "the statement", "read", "")],
        [("The statement said applicants must hold at least a National Certificate in Education (NCE) and be registered with the Teachers Registration Council of Nigeria (TRCN).", "The statement", "said", "W"),
         ("It said applications would open on the state's recruitment portal on May 18 and close on June 12.", "the statement", "said", "W")],
        [("ALSO READ: Parents lament new PTA levies in Abeokuta schools", "", "", "B")],
        [("The state chairman of the Association of Primary School Teachers, Comrade Babatunde Olasodun, welcomed the recruitment but said it was \"long overdue\".", "Babatunde Olasodun", "said", "")],
        [("He told our correspondent on Wednesday that no teacher had been employed in the state's public primary schools since 2019, while more than 3,000 had retired.", "Babatunde Olasodun", "told our correspondent", "W")],
        [("\"In some of our schools, one teacher now handles two classes at the same time,\" he said.", "Babatunde Olasodun", "said", "W"),
         ("\"How do you teach 80 children in two rooms?\" he asked.", "Babatunde Olasodun", "asked", "")],
        [("A parent, Mrs Folasade Adeniyi-Okubanjo, whose two children attend a public primary school in Oke-Ajirin, said her son's class had been without a Mathematics teacher since January.", "Folasade Adeniyi-Okubanjo", "said", ""),
         ("\"They send them home early on Wednesdays because there is nobody to teach them,\" she said.", "Folasade Adeniyi-Okubanjo", "said", "")],
        [("The state government last recruited teachers in 2021, when 1,200 were employed for secondary schools only.", "", "", "W")],
        [("Figures from the Ogun State Universal Basic Education Board (SUBEB) show that 214 of the state's 1,486 public primary schools had fewer than four teachers in 2025.", "Figures from the Ogun State Universal Basic Education Board (SUBEB)", "show", "W")],
        [("Egbedokun-Ajibode said successful applicants would be paid from their first month, without the six-month probation wait used in earlier exercises.", "Adebukola Egbedokun-Ajibode", "said", "W"),
         ("The names of successful candidates will be published on the ministry's website by August 14, she said.", "Adebukola Egbedokun-Ajibode", "said", "W"),
         ("She added that shortlisted candidates would sit a computer-based test at 12 centres across the state's 20 local government areas.", "Adebukola Egbedokun-Ajibode", "added", "W")],
        [("The recruitment will cost the state about N4.8bn a year in salaries, according to the ministry.", "the ministry", "according to", "W")],
        [("Egbedokun-Ajibode warned applicants not to pay anyone for a place, saying the process was free.", "Adebukola Egbedokun-Ajibode", "warned", ""),
         ("\"Anyone who asks you for money to get this job is a fraudster.", "Adebukola Egbedokun-Ajibode", "said", ""),
         ("Report them to the nearest police station,\" she said.", "Adebukola Egbedokun-Ajibode", "said", "")],
        [("Advertisement", "", "", "B")],
        [("All rights reserved.", "", "", "B"),
         ("This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from The Ogunwale Courier.", "", "", "B")],
        [("Contact: newsdesk@ogunwalecourier.ng", "", "", "B")],
        [("Latest News", "", "", "B")],
        [("Flooding: Residents of Oke-Ajirin count losses after downpour", "", "", "B")],
        [("FG, states to share N1.2trn in April, says committee", "", "", "B")],
        [("Follow our WhatsApp channel for breaking news.", "", "", "B")],
    ],
    [  # 8. Japanese English-language daily's national page, record snow cuts off hamlets in a Niigata mountain town
        [("THE KITAKAZE TIMES", "", "", "B")],
        [("Japan's news in English", "", "", "B")],
        [("Home   National   Politics   Business   Sports   Culture   Opinion", "", "", "B")],
        [("NATIONAL", "", "", "B")],
        [("Record 2.6 meters of snow buries Niigata mountain town; 1,200 households cut off", "", "", "W")],
        [("Weather agency warns more heavy snow possible along Sea of Japan coast through Wednesday", "the Japan Meteorological Agency", "warns", "")],
        [("By Kenta Muroishi and Yui Sugitani / Staff Writers", "", "", "B")],
        [("February 2, 2026 (Mon) 19:40 JST", "", "", "B")],
        [("Share   X   Facebook   LINE   Email", "", "", "B")],
        [("Residents clear snow from the roof of a house in Yukimatsu, Niigata Prefecture, on Monday.", "", "", ""),
         ("(Photo by Kenta Muroishi)", "", "", "B")],
        [("NIIGATA — Snow lay 2.62 meters deep in the town of Yukimatsu in Niigata Prefecture at 6 a.m. on Monday, the deepest since records began there in 1981, according to the Japan Meteorological Agency.", "the Japan Meteorological Agency", "according to", "W"),
         ("More than 1,200 households in 14 hamlets in the town's upland districts were cut off after a 3-kilometer stretch of Prefectural Road No. 41 was closed because of the risk of avalanches.", "", "", "W")],
        [("The agency said 1.12 meters of snow fell on the town in the 48 hours to 6 a.m. Monday.", "The agency", "said", "W"),
         ("It warned that a strong winter pressure pattern would bring more heavy snow to the Sea of Japan side of northern and eastern Japan through Wednesday.", "the Japan Meteorological Agency", "warned", "")],
        [("Tatsuhiro Kanzawa, a forecaster at the agency, told a news conference in Tokyo that up to 80 centimeters more could fall in mountainous areas of Niigata by Tuesday evening.", "Tatsuhiro Kanzawa", "told a news conference", ""),
         ("\"Please refrain from nonessential outings, and be careful of snow falling from roofs,\" he said.", "Tatsuhiro Kanzawa", "said", "")],
        [("Yukimatsu Mayor Michiko Osaragi said the town had asked the prefecture to request help from the Ground Self-Defense Force to clear roads and check on elderly residents living alone.", "Michiko Osaragi", "said", "W"),
         ("She said 386 of the cut-off households were made up only of people aged 65 or older.", "Michiko Osaragi", "said", "W"),
         ("\"Our snowplow crews have been working around the clock since Friday, but the snow is falling faster than we can move it,\" she said.", "Michiko Osaragi", "said", "")],
        [("The Niigata prefectural government said it made the request on Monday afternoon and that about 120 GSDF personnel would arrive on Tuesday.", "The Niigata prefectural government", "said", "W")],
        [("Police said a man in his 70s was found dead on Sunday evening beside a house in the town, where he is believed to have fallen from the roof while clearing snow.", "Police", "said", "W"),
         ("Across Niigata, Yamagata and Akita prefectures, 23 people have been injured while clearing snow since Friday, according to the Fire and Disaster Management Agency.", "the Fire and Disaster Management Agency", "according to", "W")],
        [("Related: Heavy snow cancels 146 domestic flights on Sunday", "", "", "B")],
        [("In the hamlet of Kamiwada, Sumie Tachibanaki, 84, has not left her house since Friday.", "", "", ""),
         ("\"My son calls every morning and every evening to check that I'm still here,\" she said by phone.", "Sumie Tachibanaki", "said", ""),
         ("\"I have rice, miso and kerosene for a week.", "Sumie Tachibanaki", "said", ""),
         ("After that, who knows?\"", "Sumie Tachibanaki", "said", ""),
         ("Her son lives in Niigata city, about 90 kilometers away.", "", "", "")],
        [("About 3,100 households in the town lost power on Sunday night, and 900 were still without it on Monday evening, the local power utility said.", "the local power utility", "said", "W"),
         ("A town official said 40 volunteers from neighboring municipalities would arrive on Wednesday to help clear snow from the homes of elderly residents.", "A town official", "said", "W")],
        [("A 40-kilometer section of the Kan-Etsu Expressway has been closed to traffic since 10 p.m. Sunday, the road's operator said.", "the road's operator", "said", "W"),
         ("All 11 public elementary and junior high schools in Yukimatsu will stay closed on Tuesday, the town's board of education said.", "the town's board of education", "said", "W")],
        [("Yukimatsu, a town of about 7,900 people, is one of the snowiest places in Japan.", "", "", "W"),
         ("Its average snow depth in early February is 1.35 meters.", "", "", "W")],
        [("Keywords   snow   Niigata   weather   disasters", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Ruling party to present child care bill to Diet this week", "", "", "B")],
        [("Tokyo condo prices hit record for third straight month", "", "", "B")],
        [("Copyright © The Kitakaze Times.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("No reproduction or republication without written permission.", "", "", "B")],
    ],
    [  # 9. Trinidad and Tobago daily's sports page, a club T20 final is won by three runs off the last ball
        [("THE KAIRI TRIBUNE", "", "", "B")],
        [("Monday, April 27, 2026", "", "", "B")],
        [("e-Paper   |   Subscribe   |   Log In", "", "", "B")],
        [("News   Sport   Business   Entertainment   Columns   Classifieds", "", "", "B")],
        [("SPORT  ›  CRICKET", "", "", "B")],
        [("CENTRAL ZONE T20 CLUB CHAMPIONSHIP – FINAL", "", "", "B")],
        [("Poui Hill CC 171/6 (20 ov)   ·   Shivanand United CC 168/9 (20 ov)   ·   Poui Hill won by 3 runs", "", "", "B")],
        [("Boodhram's 64 and last-over heroics hand Poui Hill first title", "", "", "W")],
        [("Darnell Mungroo  ·  Sports Reporter", "", "", "B")],
        [("Poui Hill captain Vishal Boodhram lifts the trophy at the Tamboo Road Recreation Ground on Sunday.", "", "", ""),
         ("Photo: Anisa Roopnarine", "", "", "B")],
        [("Vishal Boodhram struck 64 off 41 balls and then defended 10 runs in the final over as Poui Hill Cricket Club beat Shivanand United by three runs to win the Central Zone T20 Club Championship at the Tamboo Road Recreation Ground on Sunday.", "", "", "W"),
         ("It is the club's first title in the competition, which began in 2014.", "", "", "W"),
         ("Shivanand United had won it twice, in 2019 and 2023.", "", "", "W")],
        [("Rain delayed the start by 45 minutes, but no overs were lost.", "", "", "W"),
         ("Batting first, Poui Hill made 171 for six, with Boodhram hitting five fours and three sixes after coming in at 38 for two in the sixth over.", "", "", "W"),
         ("Ravi Beharry added 33 off 22 balls.", "", "", "W")],
        [("Shivanand United needed 10 off the last over with three wickets in hand, but Boodhram, bowling his off-spin, gave up only six runs and took two wickets, the second a stumping off the final ball.", "", "", "W")],
        [("Poui Hill coach Anand Gopaulsingh said he had told Boodhram to bowl the last over himself rather than give it to a fast bowler.", "Anand Gopaulsingh", "said", ""),
         ("\"On a pitch like this, pace just goes to the boundary,\" he said.", "Anand Gopaulsingh", "said", ""),
         ("\"Vishal has bowled at the death for us all season.", "Anand Gopaulsingh", "said", ""),
         ("Why would I change that in a final?\"", "Anand Gopaulsingh", "said", "")],
        [("Boodhram said his 64 was his highest score in the competition, beating the 58 he made against Sapodilla Bay in 2022.", "Vishal Boodhram", "said", "W"),
         ("\"When they needed 10, I told myself: just hit the stumps,\" he said.", "Vishal Boodhram", "said", ""),
         ("\"Six balls.", "Vishal Boodhram", "said", ""),
         ("That's all it was.\"", "Vishal Boodhram", "said", "")],
        [("Shivanand United captain Kyle Bissoondath said his side had lost the match in the middle overs, when they scored 31 runs from overs seven to 12 for the loss of four wickets.", "Kyle Bissoondath", "said", "W"),
         ("\"We'll be back next year,\" he said.", "Kyle Bissoondath", "said", "")],
        [("Gopaulsingh said the club would spend the prize money on new covers for its own ground.", "Anand Gopaulsingh", "said", "")],
        [("Opener Jahmal Rambally made 72 off 49 balls for Shivanand United, the highest score of the final.", "", "", "W")],
        [("Central Zone Cricket Council president Indira Phagoo-Hinkson said 2,300 spectators attended the final, a record for the competition.", "Indira Phagoo-Hinkson", "said", "W"),
         ("She said the winners would receive TT$25,000 and the runners-up TT$12,000.", "Indira Phagoo-Hinkson", "said", "W"),
         ("She said the council hoped to have floodlights at the ground by next season.", "Indira Phagoo-Hinkson", "said", "")],
        [("SCORES IN BRIEF", "", "", "B")],
        [("Poui Hill CC 171/6 (V. Boodhram 64, R. Beharry 33; K. Bissoondath 2-27)", "", "", "")],
        [("Shivanand United CC 168/9 (J. Rambally 72, T. Dowlath 28; V. Boodhram 3-30)", "", "", "")],
        [("Toss: Poui Hill (chose to bat)", "", "", "")],
        [("Player of the match: Vishal Boodhram (Poui Hill)", "", "", "")],
        [("Umpires: S. Rampersadsingh and L. Bynoe", "", "", "")],
        [("More Sport", "", "", "B")],
        [("T&T women's squad named for tri-series in Barbados", "", "", "B")],
        [("Windball league returns to Tamboo Road in June", "", "", "B")],
        [("Copyright © 2026 Kairi Media Company Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Swedish English-language news site's science page, lakes in the north freeze 11 days later than in the 1990s
        [("We use cookies to improve your experience and to show you relevant ads.", "", "", "B"),
         ("Accept all   Manage settings", "", "", "B")],
        [("SVEA DAILY", "", "", "B")],
        [("Sweden's news in English", "", "", "B")],
        [("Log in   |   Become a Member", "", "", "B")],
        [("News   Politics   Science   Jobs   Members   Swedish word of the day", "", "", "B")],
        [("SCIENCE & ENVIRONMENT", "", "", "B")],
        [("Lakes in Sweden's north now freeze 11 days later than in the 1990s, study finds", "a study of 94 lakes by researchers at Kallbäcken University", "finds", "W")],
        [("Ice also breaks up nine days earlier in spring, with the biggest change in the far north", "", "", "W")],
        [("By Emelie Standqvist-Ljungvall", "", "", "B")],
        [("Published: 15 October 2026 12:31 CEST   Updated: 15 October 2026 14:02 CEST", "", "", "B")],
        [("Share this article   Facebook   X   LinkedIn   Email", "", "", "B")],
        [("Ice fishing on Lake Gávnjájávri in Norrbotten in March 2024.", "", "", ""),
         ("Photo: Hampus Ödegård/Kallbäcken University", "", "", "B")],
        [("Lakes in northern Sweden now freeze over on average 11 days later in autumn than they did in the early 1990s, according to a study of 94 lakes by researchers at Kallbäcken University.", "a study of 94 lakes by researchers at Kallbäcken University", "according to", "W"),
         ("The study was published on Wednesday in the journal Boreal Waters Letters.", "", "", "W"),
         ("It was funded by the Swedish Research Council.", "", "", "W")],
        [("The researchers found that the ice also broke up on average nine days earlier in spring, so the lakes were frozen for about 20 fewer days a year than in 1991-1995.", "The researchers", "found", "W"),
         ("They wrote that the change was largest in the lakes furthest north, i.e. above the Arctic Circle, where the ice season had shrunk by 26 days.", "The researchers", "wrote", "W")],
        [("Lead author Ingegerd Vallbom-Sundstrand, an associate professor of hydrology at Kallbäcken University, said the team had used ice records kept by local observers, some of them going back to the 1870s, together with satellite images from 2000 onwards.", "Ingegerd Vallbom-Sundstrand", "said", "W"),
         ("\"A lot of these records were kept by schoolteachers and railway workers who walked out on the ice every morning with a notebook,\" she said.", "Ingegerd Vallbom-Sundstrand", "said", ""),
         ("\"Without them we would have nothing before the satellites.\"", "Ingegerd Vallbom-Sundstrand", "said", "")],
        [("Average air temperatures in October and November in the region have risen by about 1.8C since 1991, according to data from the Swedish Meteorological and Hydrological Institute (SMHI).", "data from the Swedish Meteorological and Hydrological Institute (SMHI)", "according to", "W")],
        [("Read also: Sweden's warmest September on record, says SMHI", "", "", "B")],
        [("Svea Daily is funded by our Members.", "", "", "B"),
         ("Become a Member for 49 kronor a month and read without limits.", "", "", "B")],
        [("For reindeer herders, the later ice is more than a number.", "", "", ""),
         ("Nils-Ante Guttorm-Spiik, who herds reindeer with his family in Vuolleájvi Sami village, said the herd's autumn route crossed three lakes that had once been safe to walk on by early November.", "Nils-Ante Guttorm-Spiik", "said", ""),
         ("\"Now we wait, and wait, and sometimes we go around, which is 40 kilometres more,\" he said.", "Nils-Ante Guttorm-Spiik", "said", ""),
         ("\"The reindeer don't know about climate change.", "Nils-Ante Guttorm-Spiik", "said", ""),
         ("They just know the ice is not there.\"", "Nils-Ante Guttorm-Spiik", "said", "")],
        [("The study found no lake in the sample where the ice season had grown longer.", "The study", "found", "W")],
        [("Per-Olof Nikkarinen, who runs a fishing shop in Vuolleájvi, said the first ice-fishing competition of the season had been moved from the first weekend of December to the second weekend of January.", "Per-Olof Nikkarinen", "said", "W"),
         ("\"We used to drill through 30 centimetres of ice before Christmas,\" he said.", "Per-Olof Nikkarinen", "said", "")],
        [("Co-author Dr. Mattias Ojalehto-Vikberg said the team had not studied what the shorter ice season meant for fish, and that this would be its next project.", "Mattias Ojalehto-Vikberg", "said", ""),
         ("\"Fish is the obvious next question,\" he said.", "Mattias Ojalehto-Vikberg", "said", "")],
        [("Journal reference: Vallbom-Sundstrand I, Ojalehto-Vikberg M, et al. Later freeze-up and earlier break-up of lake ice in northern Sweden, 1991–2025. Boreal Waters Lett. 2026;8(4):211–224.", "", "", "B")],
        [("Swedish word of the day: isläggning (freeze-up)", "", "", "B")],
        [("More from Svea Daily", "", "", "B")],
        [("Why Swedish pharmacies are running short of cough medicine", "", "", "B")],
        [("Stockholm to trial free buses for pensioners", "", "", "B")],
        [("© 2026 Svea Daily AB.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. English local paper's site in Norfolk, a district council sets its budget with a 2.99% council tax rise and shorter leisure centre hours
        [("Brindlemere Standard", "", "", "B")],
        [("Serving Brindlemere and the Fen villages since 1874", "", "", "B")],
        [("Sign in   |   Subscribe   |   Newsletters   |   Advertise", "", "", "B")],
        [("News   Sport   What's On   Family Notices   Property   Jobs", "", "", "B")],
        [("News  ›  Local Council", "", "", "B")],
        [("Council tax to rise by 2.99% as Brindlemere sets £18.6m budget", "", "", "W")],
        [("Leisure centre hours cut to save £240,000; opposition leader says residents are ‘paying more for less’", "Rupert Antrobus-Tremayle", "says", "W")],
        [("By Imogen Fernyhalgh, Local Democracy Reporter", "", "", "B")],
        [("10:12, 26 Feb 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Brindlemere District Council's offices on Fenmarket Road.", "", "", ""),
         ("(Image: Google Street View)", "", "", "B")],
        [("Households in Brindlemere will pay 2.99% more in council tax to the district council from April after councillors approved an £18.6m budget on Wednesday night.", "", "", "W"),
         ("The rise adds £5.40 a year to a Band D bill, taking the district's share to £186.03.", "", "", "W")],
        [("The district's share is about a tenth of a typical council tax bill, with the rest going to the county council, the police and parish councils.", "", "", "W")],
        [("The budget was approved by 24 votes to 17, with two abstentions, at a meeting of the full council that lasted more than four hours.", "", "", "W")],
        [("Council leader Cllr Harriet Wendlesham (Ind) said the council faced a gap of £1.9m next year because of rising costs and a cut in government funding.", "Harriet Wendlesham", "said", "W"),
         ("“Nobody stands for election wanting to put up council tax and cut services,” she said.", "Harriet Wendlesham", "said", ""),
         ("“But the alternative is a budget that doesn't add up, and the law doesn't give us that option.”", "Harriet Wendlesham", "said", "")],
        [("The leisure centre had 41,000 visits on Sunday afternoons and weekday evenings last year, according to a report to councillors.", "a report to councillors", "according to", "W"),
         ("Under the budget, Fenmarket Leisure Centre will close at 8pm instead of 10pm on weekdays and will not open on Sunday afternoons, saving about £240,000 a year.", "", "", "W"),
         ("The council will also start charging £52 a year for collecting garden waste, which is now free.", "", "", "W")],
        [("Opposition leader Cllr Rupert Antrobus-Tremayle (Fen Villages Residents) said residents were “paying more for less”.", "Rupert Antrobus-Tremayle", "said", ""),
         ("He said an amendment from his group to keep the leisure centre's hours, paid for by taking £240,000 from the council's reserves of £11.2m, had been defeated by 25 votes to 18.", "Rupert Antrobus-Tremayle", "said", "W"),
         ("“We are sitting on £11.2m and telling pensioners they can't swim on a Sunday afternoon,” he said.", "Rupert Antrobus-Tremayle", "said", "W")],
        [("Cllr Dominic Wymondley, the cabinet member for finance, said most of the reserves were set aside for a new waste depot and could only be spent once.", "Dominic Wymondley", "said", "W"),
         ("“You can spend your savings on the gas bill once, and then what?” he asked.", "Dominic Wymondley", "asked", "")],
        [("Resident Maureen Pilkingham, 74, who swims at the leisure centre every Sunday, told the meeting during public questions that 38 people had signed a letter against the change.", "Maureen Pilkingham", "told the meeting", "W"),
         ("“Some of us don't have anywhere else to go on a Sunday,” she said.", "Maureen Pilkingham", "said", "")],
        [("The council's chief finance officer, Gareth Thirlestane, told councillors the budget was “robust” and the reserves “adequate”, as required under Section 25 of the Local Government Act 2003.", "Gareth Thirlestane", "told councillors", "W")],
        [("Norfolk County Council, which takes the largest share of the bill, agreed a 4.99% rise for its own services last week.", "", "", "W")],
        [("The council tax rise and the leisure centre's new hours take effect on April 1, and the garden waste charge on June 1.", "", "", "W"),
         ("Residents can sign up for the garden waste service online from March 2, the council said.", "the council", "said", "")],
        [("This story was written by a Local Democracy Reporter under a scheme funded by the BBC.", "", "", "B")],
        [("Do you have a view on this story?", "", "", "B"),
         ("Email letters@brindlemerestandard.co.uk.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1", "", "", "B")],
        [("Two taken to hospital after crash on the A47", "", "", "B")],
        [("2", "", "", "B")],
        [("Fen village pub reopens after £400,000 refit", "", "", "B")],
        [("© 2026 Brindlemere Standard Ltd.", "", "", "B"),
         ("Registered in England and Wales No. 04812377.", "", "", "B")],
    ],
    [  # 12. Indian news site's live page, a fire at a textile market in a Gujarat town kills three
        [("NewsSetu", "", "", "B")],
        [("हिंदी   |   English   |   ગુજરાતી", "", "", "B")],
        [("Home   India   Cities   World   Business   Sports   Entertainment   Videos", "", "", "B")],
        [("Trending:   Heatwave   Ranpurdi fire   Gold price today   Board results", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Ranpurdi market fire LIVE Updates: Blaze at textile market under control after 14 hours; 3 dead, 11 injured", "", "", "W")],
        [("Fire broke out in the basement of the Navrang Textile Market on Tuesday night and spread to four floors; fire officials say the building had no valid fire NOC", "Harshadrai Vaghjiani", "say", "W")],
        [("Edited By: Ritika Sondhiya", "", "", "B")],
        [("Updated: April 22, 2026 16:40 IST", "", "", "B")],
        [("Follow Us   |   Share   WhatsApp   X   Facebook", "", "", "B")],
        [("Key Highlights", "", "", "B")],
        [("• Fire broke out at about 9.40 pm on Tuesday in the basement of the Navrang Textile Market", "", "", "W")],
        [("• Three people dead, 11 injured, two of them critically", "", "", "W")],
        [("• 22 fire tenders and about 140 firefighters deployed", "", "", "W")],
        [("• Building had no valid fire NOC, says chief fire officer", "Harshadrai Vaghjiani", "says", "W")],
        [("• Rs 4 lakh ex gratia announced for families of the dead", "", "", "W")],
        [("April 22, 2026 16:40 IST", "", "", "B")],
        [("Fire fully under control, says chief fire officer", "Harshadrai Vaghjiani", "says", "W")],
        [("Chief Fire Officer Harshadrai Vaghjiani said the fire was brought fully under control at about 11.45 am, nearly 14 hours after it broke out.", "Harshadrai Vaghjiani", "said", "W"),
         ("He said parts of the third floor were still smouldering and cooling would continue through the night.", "Harshadrai Vaghjiani", "said", "W")],
        [("April 22, 2026 15:10 IST", "", "", "B")],
        [("Police register FIR against building owner, market association", "", "", "W")],
        [("Police have registered a First Information Report (FIR) against the building's owner and office-bearers of the market's traders' association under sections of the Bharatiya Nyaya Sanhita dealing with causing death by negligence, Deputy Commissioner of Police (Zone 2) Kavita R. Meghwani said.", "Kavita R. Meghwani", "said", "W"),
         ("She said no arrests had been made so far.", "Kavita R. Meghwani", "said", "W")],
        [("April 22, 2026 13:25 IST", "", "", "B")],
        [("CM announces Rs 4 lakh ex gratia for families of victims", "the Chief Minister's Office", "announces", "W")],
        [("The Chief Minister's Office said in a post on X that the families of those killed would receive Rs 4 lakh each from the state government and the injured Rs 50,000 each.", "The Chief Minister's Office", "said in a post on X", "W"),
         ("It said the Chief Minister had ordered an inquiry by the Urban Development Department, with a report due within 15 days.", "the Chief Minister's Office", "said", "W")],
        [("April 22, 2026 11:50 IST", "", "", "B")],
        [("Three victims were market workers", "", "", "W")],
        [("Police identified the three dead as two security guards and a loader who worked at the market and had been sleeping in a room on the ground floor.", "", "", "W"),
         ("Relatives gathered outside the civil hospital mortuary on Wednesday morning.", "", "", ""),
         ("“He called me at 9 pm and said he was going to sleep early,” said Jignesh Vasava, whose younger brother was one of the guards.", "Jignesh Vasava", "said", "")],
        [("April 22, 2026 10:05 IST", "", "", "B")],
        [("No valid fire NOC since 2023, says fire department", "Harshadrai Vaghjiani", "says", "W")],
        [("Vaghjiani said the building's fire no-objection certificate (NOC) had expired in March 2023 and had not been renewed despite two notices, the last in January.", "Harshadrai Vaghjiani", "said", "W"),
         ("“There were sprinklers on paper,” he told reporters.", "Harshadrai Vaghjiani", "told reporters", ""),
         ("“Not one of them worked.”", "Harshadrai Vaghjiani", "told reporters", "W")],
        [("April 22, 2026 08:30 IST", "", "", "B")],
        [("Traders wait outside police cordon", "", "", "")],
        [("Hundreds of traders waited outside the police cordon on Ring Road from early morning.", "", "", ""),
         ("The Navrang Textile Market has about 460 shops on five floors, according to the traders' association.", "the traders' association", "according to", "W"),
         ("“Everything I had is in there, saris for the wedding season, Rs 18 lakh of stock,” said Piyush Mangukiya, who has a shop on the second floor.", "Piyush Mangukiya", "said", ""),
         ("“Who will pay for this?”", "Piyush Mangukiya", "said", "")],
        [("April 21, 2026 23:55 IST", "", "", "B")],
        [("Major fire at Ranpurdi textile market; 22 fire tenders at spot", "", "", "W")],
        [("A major fire broke out at the Navrang Textile Market on Ring Road in Ranpurdi at about 9.40 pm, fire officials said.", "fire officials", "said", "W"),
         ("Thick smoke could be seen from several kilometres away.", "", "", "")],
        [("Advertisement", "", "", "B")],
        [("Also Read", "", "", "B")],
        [("Gujarat heatwave: Temperature crosses 44°C in five cities", "", "", "B")],
        [("Fire safety audit ordered for all commercial complexes in Ranpurdi", "", "", "B")],
        [("Tags:   Ranpurdi   Fire   Gujarat   Textile market", "", "", "B")],
        [("Copyright © 2026 Setu Digital Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h49-us-hb-standfirst-byline-pt", "H.B. 3127 would cover every public school from fall 2027; sponsor says 29 districts already have similar rules\nBy Teodora Vancelund  |  Ledger Capitol Bureau\nPublished Feb. 24, 2026, 6:12 p.m. PT  |  Updated Feb. 25, 2026, 8:40 a.m. PT\nShare   Facebook   X   Email   Copy link",
     ["H.B. 3127 would cover every public school from fall 2027; sponsor says 29 districts already have similar rules", "By Teodora Vancelund  |  Ledger Capitol Bureau", "Published Feb. 24, 2026, 6:12 p.m. PT  |  Updated Feb. 25, 2026, 8:40 a.m. PT", "Share   Facebook   X   Email   Copy link"]),
    ("h49-us-rep-d-town-quote", "Rep. Marisol Quenvillard-Abt, D-Corbelmont, the bill's chief sponsor, said 29 of the state's 197 school districts already had similar rules. “Teachers told us the same thing in every district we visited,” she said. “The phones were winning.”\nShe said the bill would let districts decide how to store the phones, whether in lockers, pouches or a box by the classroom door, and would allow exceptions for students with medical needs or disabilities.",
     ["Rep. Marisol Quenvillard-Abt, D-Corbelmont, the bill's chief sponsor, said 29 of the state's 197 school districts already had similar rules.", "“Teachers told us the same thing in every district we visited,” she said.", "“The phones were winning.”", "She said the bill would let districts decide how to store the phones, whether in lockers, pouches or a box by the classroom door, and would allow exceptions for students with medical needs or disabilities."]),
    ("h49-us-bio-related-question-co", "Teodora Vancelund covers the Legislature and state politics for the Ledger. Email her at tvancelund@brackenwoodledger.com or follow her on X at @TVancelund.\nMore in Politics\nSenate Democrats unveil $310 million plan for child care\nWho's running for governor? A guide to the May primary\n© 2026 The Brackenwood Ledger, a Calloran Hill Media Co. publication. All rights reserved.\nTerms of Use   |   Privacy Policy   |   Your Privacy Choices",
     ["Teodora Vancelund covers the Legislature and state politics for the Ledger.", "Email her at tvancelund@brackenwoodledger.com or follow her on X at @TVancelund.", "More in Politics", "Senate Democrats unveil $310 million plan for child care", "Who's running for governor?", "A guide to the May primary", "© 2026 The Brackenwood Ledger, a Calloran Hill Media Co. publication.", "All rights reserved.", "Terms of Use   |   Privacy Policy   |   Your Privacy Choices"]),
    ("h49-wales-date-caption-image", "14:30, 9 MAR 2026   Updated 16:05, 9 MAR 2026\nShare   Facebook   X   WhatsApp   Email   Comments (37)\nAmbulances queue outside the emergency department at Ysbyty Cwm Rhedyn last week. (Image: Eithinfa Herald)",
     ["14:30, 9 MAR 2026   Updated 16:05, 9 MAR 2026", "Share   Facebook   X   WhatsApp   Email   Comments (37)", "Ambulances queue outside the emergency department at Ysbyty Cwm Rhedyn last week.", "(Image: Eithinfa Herald)"]),
    ("h49-wales-quote-question-continuation", "Siân Llewhellin-Hendreath said her father, 84, waited five hours and 40 minutes in an ambulance outside the hospital after a fall at his home in Llwyn Eithin on February 17. “The crew were wonderful, they kept him warm and kept checking on him,” she said. “But he needed a hospital, not a car park. What if it had been his heart?”\nA Welsh Government spokesperson said it had given health boards an extra £14.5m this winter to cut handover delays and expected every board to meet the one-hour target.",
     ["Siân Llewhellin-Hendreath said her father, 84, waited five hours and 40 minutes in an ambulance outside the hospital after a fall at his home in Llwyn Eithin on February 17.", "“The crew were wonderful, they kept him warm and kept checking on him,” she said.", "“But he needed a hospital, not a car park.", "What if it had been his heart?”", "A Welsh Government spokesperson said it had given health boards an extra £14.5m this winter to cut handover delays and expected every board to meet the one-hour target."]),
    ("h49-au-weather-strip-am-standfirst", "Coralmoor 28°   Partly cloudy   Sunrise 5.48am\nNews   Crime & Court   Sport   Business   Lifestyle   Real Estate\nCRIME & COURT\nPool builder jailed for taking $387,000 in deposits for pools he never built\nJudge says Warrick Glennister “knew the business was finished” when he kept taking money from 23 families",
     ["Coralmoor 28°   Partly cloudy   Sunrise 5.48am", "News   Crime & Court   Sport   Business   Lifestyle   Real Estate", "CRIME & COURT", "Pool builder jailed for taking $387,000 in deposits for pools he never built", "Judge says Warrick Glennister “knew the business was finished” when he kept taking money from 23 families"]),
    ("h49-au-pty-ltd-ms-mid", "Crown prosecutor Naomi Torrisdale told the court Glennister, the sole director of Kenwarra Coast Pools Pty Ltd, kept taking deposits of between $9,500 and $24,000 for more than a year after his bank refused to extend the company's overdraft. She said the company went into liquidation in September 2024 owing creditors about $1.1 million.\nOnly four of the 23 pools were ever started, Ms Torrisdale said, and none was finished.",
     ["Crown prosecutor Naomi Torrisdale told the court Glennister, the sole director of Kenwarra Coast Pools Pty Ltd, kept taking deposits of between $9,500 and $24,000 for more than a year after his bank refused to extend the company's overdraft.", "She said the company went into liquidation in September 2024 owing creditors about $1.1 million.", "Only four of the 23 pools were ever started, Ms Torrisdale said, and none was finished."]),
    ("h49-au-exclaim-before-said", "Glennister, in a dark suit, kept his eyes on the floor as the sentence was read.\nOutside court, Troy Hanzelbeck, whose family lost a $21,000 deposit, shook his head. “Four years!” he said. “He'll be out before our kids finish primary school.”",
     ["Glennister, in a dark suit, kept his eyes on the floor as the sentence was read.", "Outside court, Troy Hanzelbeck, whose family lost a $21,000 deposit, shook his head.", "“Four years!” he said.", "“He'll be out before our kids finish primary school.”"]),
    ("h49-ie-co-tipperary-dotted-am", "ATM ripped from wall of Ballyvarna shop with stolen digger\nRaiders fled with cash machine in a van after 3.20am raid in Co. Tipperary village\nReporter: Aisling Brenagh-Tolan\nThursday, 16 April 2026 11:42 AM\nRaiders used a stolen digger to tear an ATM from the front wall of a shop in Ballyvarna, Co. Tipperary, in the early hours of Wednesday morning.",
     ["ATM ripped from wall of Ballyvarna shop with stolen digger", "Raiders fled with cash machine in a van after 3.20am raid in Co. Tipperary village", "Reporter: Aisling Brenagh-Tolan", "Thursday, 16 April 2026 11:42 AM", "Raiders used a stolen digger to tear an ATM from the front wall of a shop in Ballyvarna, Co. Tipperary, in the early hours of Wednesday morning."]),
    ("h49-ie-verbless-quote-question", "The shop's owner, Declan Colgrave, said the front of the building, which also houses the village post office, would be closed for at least a month. “I got the call from the alarm company at twenty past three, and by the time I got down here it was gone, wall and all,” he said. “Thirty-one years we've been here. Where are people going to get their pension now?” Colgrave said all nine of his staff would be kept on while the shop was closed.",
     ["The shop's owner, Declan Colgrave, said the front of the building, which also houses the village post office, would be closed for at least a month.", "“I got the call from the alarm company at twenty past three, and by the time I got down here it was gone, wall and all,” he said.", "“Thirty-one years we've been here.", "Where are people going to get their pension now?”", "Colgrave said all nine of his staff would be kept on while the shop was closed."]),
    ("h49-ie-got-a-story-ltd", "Got a story? Contact our newsroom at news@knockrahanvoice.ie or call 0504 555 100.\n© 2026 Knockrahan Voice Ltd. All rights reserved.",
     ["Got a story?", "Contact our newsroom at news@knockrahanvoice.ie or call 0504 555 100.", "© 2026 Knockrahan Voice Ltd.", "All rights reserved."]),
    ("h49-sg-ticker-headline-standfirst", "STI 3,912.46 ▲ 0.38%   ·   S$/US$ 1.3412   ·   Brent US$71.20\nTHE BINTANGOR POST\nBusiness   Companies & Markets   Property   Economy   Personal Finance   Tech\nCOMPANIES & MARKETS\nRengas Kopitiam's half-year profit falls 31% as rents and food costs bite\nCoffee-shop operator to raise drink prices by 10 to 20 cents from March; CEO says closing outlets “not on the table”",
     ["STI 3,912.46 ▲ 0.38%   ·   S$/US$ 1.3412   ·   Brent US$71.20", "THE BINTANGOR POST", "Business   Companies & Markets   Property   Economy   Personal Finance   Tech", "COMPANIES & MARKETS", "Rengas Kopitiam's half-year profit falls 31% as rents and food costs bite", "Coffee-shop operator to raise drink prices by 10 to 20 cents from March; CEO says closing outlets “not on the table”"]),
    ("h49-sg-blk-ave-one-word-sentence", "Chicken rice seller Siaw Boon Chye, 58, who rents a stall at the group's coffee shop at Blk 218 Bintangor Ave. 3, said his rent had gone up from S$3,800 to S$4,600 a month in January. “If I raise my price by 50 cents, my customers walk to the hawker centre across the road,” he said. “So who pays? Me.”\nRetiree Pung Soo Hwa, 71, who was having her morning kopi-O at the same coffee shop, said she would keep coming. “I come every morning, so for me it's S$6 more a month,” she said.",
     ["Chicken rice seller Siaw Boon Chye, 58, who rents a stall at the group's coffee shop at Blk 218 Bintangor Ave. 3, said his rent had gone up from S$3,800 to S$4,600 a month in January.", "“If I raise my price by 50 cents, my customers walk to the hawker centre across the road,” he said.", "“So who pays?", "Me.”", "Retiree Pung Soo Hwa, 71, who was having her morning kopi-O at the same coffee shop, said she would keep coming.", "“I come every morning, so for me it's S$6 more a month,” she said."]),
    ("h49-sg-copyright-regn-no", "Topics   Rengas Kopitiam Holdings   Earnings   Food & Beverage   SGX\nGet the Morning Brief, our free newsletter, in your inbox at 7am on weekdays.\nCopyright © 2026 Bintangor Media Pte Ltd. Co. Regn. No. 201935521K. All rights reserved.",
     ["Topics   Rengas Kopitiam Holdings   Earnings   Food & Beverage   SGX", "Get the Morning Brief, our free newsletter, in your inbox at 7am on weekdays.", "Copyright © 2026 Bintangor Media Pte Ltd.", "Co. Regn. No. 201935521K.", "All rights reserved."]),
    ("h49-nl-am-ends-sentence", "At the bus station in Wezelbroek, Ilse Brinkhorst-Vennestra, 71, said she had waited 40 minutes before a driver on a subcontractor's bus told her that her line was not running. She had a hospital appointment in Arnhem at 11 a.m. Her grandson drove her there in the end.\nTrains in the province were not affected by the strike. A taxi company in Wezelbroek, Taxicentrale Hoogveld, said its bookings for Wednesday morning were three times higher than normal. Rivierlijn said passengers could check which routes were running in its app and on its website, which would be updated every hour.",
     ["At the bus station in Wezelbroek, Ilse Brinkhorst-Vennestra, 71, said she had waited 40 minutes before a driver on a subcontractor's bus told her that her line was not running.", "She had a hospital appointment in Arnhem at 11 a.m.", "Her grandson drove her there in the end.", "Trains in the province were not affected by the strike.", "A taxi company in Wezelbroek, Taxicentrale Hoogveld, said its bookings for Wednesday morning were three times higher than normal.", "Rivierlijn said passengers could check which routes were running in its app and on its website, which would be updated every hour."]),
    ("h49-nl-straight-quote-question", "The strike was called by the union Vakbond OV-Personeel (VOP), which represents about 1,100 of Rivierlijn's 1,450 drivers. VOP negotiator Sanne Verbrugghe said the union was asking for a pay rise of 6.5 per cent this year and a guaranteed break of at least 30 minutes on shifts longer than 5.5 hours. \"Drivers are doing shifts of nine hours with a ten-minute break at the end of the line, and if the bus is late they don't even get that,\" she said. \"Would you want the person driving your children to school to be that tired?\" Verbrugghe said 62 drivers had left the company in 2025, most of them for jobs with regular hours.\nRead more: Province to spend €38 million on electric buses by 2028",
     ["The strike was called by the union Vakbond OV-Personeel (VOP), which represents about 1,100 of Rivierlijn's 1,450 drivers.", "VOP negotiator Sanne Verbrugghe said the union was asking for a pay rise of 6.5 per cent this year and a guaranteed break of at least 30 minutes on shifts longer than 5.5 hours.", "\"Drivers are doing shifts of nine hours with a ten-minute break at the end of the line, and if the bus is late they don't even get that,\" she said.", "\"Would you want the person driving your children to school to be that tired?\"", "Verbrugghe said 62 drivers had left the company in 2025, most of them for jobs with regular hours.", "Read more: Province to spend €38 million on electric buses by 2028"]),
    ("h49-nl-related-bv-footer", "Related articles\nBus drivers in Limburg end two-day strike after pay deal\nFewer buses, longer waits: the state of rural transport in the east\n© 2026 Dykeline News B.V. All rights reserved.",
     ["Related articles", "Bus drivers in Limburg end two-day strike after pay deal", "Fewer buses, longer waits: the state of rural transport in the east", "© 2026 Dykeline News B.V.", "All rights reserved."]),
    ("h49-ng-says-prof-disclosed", "The Ogun State Government says it will recruit 2,500 teachers for its public primary and secondary schools before the start of the 2026/2027 academic session in September.\nThe Commissioner for Education, Science and Technology, Prof. Adebukola Egbedokun-Ajibode, disclosed this in a statement on Tuesday.\nShe said 1,600 of the new teachers would go to primary schools and 900 to secondary schools, with priority given to Mathematics, English, Basic Science and Yoruba.",
     ["The Ogun State Government says it will recruit 2,500 teachers for its public primary and secondary schools before the start of the 2026/2027 academic session in September.", "The Commissioner for Education, Science and Technology, Prof. Adebukola Egbedokun-Ajibode, disclosed this in a statement on Tuesday.", "She said 1,600 of the new teachers would go to primary schools and 900 to secondary schools, with priority given to Mathematics, English, Basic Science and Yoruba."]),
    ("h49-ng-question-he-asked", "He told our correspondent on Wednesday that no teacher had been employed in the state's public primary schools since 2019, while more than 3,000 had retired.\n\"In some of our schools, one teacher now handles two classes at the same time,\" he said. \"How do you teach 80 children in two rooms?\" he asked.\nA parent, Mrs Folasade Adeniyi-Okubanjo, whose two children attend a public primary school in Oke-Ajirin, said her son's class had been without a Mathematics teacher since January. \"They send them home early on Wednesdays because there is nobody to teach them,\" she said.",
     ["He told our correspondent on Wednesday that no teacher had been employed in the state's public primary schools since 2019, while more than 3,000 had retired.", "\"In some of our schools, one teacher now handles two classes at the same time,\" he said.", "\"How do you teach 80 children in two rooms?\" he asked.", "A parent, Mrs Folasade Adeniyi-Okubanjo, whose two children attend a public primary school in Oke-Ajirin, said her son's class had been without a Mathematics teacher since January.", "\"They send them home early on Wednesdays because there is nobody to teach them,\" she said."]),
    ("h49-ng-warned-two-sentence-quote", "Egbedokun-Ajibode warned applicants not to pay anyone for a place, saying the process was free. \"Anyone who asks you for money to get this job is a fraudster. Report them to the nearest police station,\" she said.\nAdvertisement\nAll rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from The Ogunwale Courier.",
     ["Egbedokun-Ajibode warned applicants not to pay anyone for a place, saying the process was free.", "\"Anyone who asks you for money to get this job is a fraudster.", "Report them to the nearest police station,\" she said.", "Advertisement", "All rights reserved.", "This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from The Ogunwale Courier."]),
    ("h49-jp-no-41-am-monday", "NIIGATA — Snow lay 2.62 meters deep in the town of Yukimatsu in Niigata Prefecture at 6 a.m. on Monday, the deepest since records began there in 1981, according to the Japan Meteorological Agency. More than 1,200 households in 14 hamlets in the town's upland districts were cut off after a 3-kilometer stretch of Prefectural Road No. 41 was closed because of the risk of avalanches.\nThe agency said 1.12 meters of snow fell on the town in the 48 hours to 6 a.m. Monday. It warned that a strong winter pressure pattern would bring more heavy snow to the Sea of Japan side of northern and eastern Japan through Wednesday.",
     ["NIIGATA — Snow lay 2.62 meters deep in the town of Yukimatsu in Niigata Prefecture at 6 a.m. on Monday, the deepest since records began there in 1981, according to the Japan Meteorological Agency.", "More than 1,200 households in 14 hamlets in the town's upland districts were cut off after a 3-kilometer stretch of Prefectural Road No. 41 was closed because of the risk of avalanches.", "The agency said 1.12 meters of snow fell on the town in the 48 hours to 6 a.m. Monday.", "It warned that a strong winter pressure pattern would bring more heavy snow to the Sea of Japan side of northern and eastern Japan through Wednesday."]),
    ("h49-jp-quote-question-continuation", "In the hamlet of Kamiwada, Sumie Tachibanaki, 84, has not left her house since Friday. \"My son calls every morning and every evening to check that I'm still here,\" she said by phone. \"I have rice, miso and kerosene for a week. After that, who knows?\" Her son lives in Niigata city, about 90 kilometers away.\nAbout 3,100 households in the town lost power on Sunday night, and 900 were still without it on Monday evening, the local power utility said. A town official said 40 volunteers from neighboring municipalities would arrive on Wednesday to help clear snow from the homes of elderly residents.",
     ["In the hamlet of Kamiwada, Sumie Tachibanaki, 84, has not left her house since Friday.", "\"My son calls every morning and every evening to check that I'm still here,\" she said by phone.", "\"I have rice, miso and kerosene for a week.", "After that, who knows?\"", "Her son lives in Niigata city, about 90 kilometers away.", "About 3,100 households in the town lost power on Sunday night, and 900 were still without it on Monday evening, the local power utility said.", "A town official said 40 volunteers from neighboring municipalities would arrive on Wednesday to help clear snow from the homes of elderly residents."]),
    ("h49-tt-match-header-ov", "CENTRAL ZONE T20 CLUB CHAMPIONSHIP – FINAL\nPoui Hill CC 171/6 (20 ov)   ·   Shivanand United CC 168/9 (20 ov)   ·   Poui Hill won by 3 runs\nBoodhram's 64 and last-over heroics hand Poui Hill first title\nDarnell Mungroo  ·  Sports Reporter\nPoui Hill captain Vishal Boodhram lifts the trophy at the Tamboo Road Recreation Ground on Sunday. Photo: Anisa Roopnarine",
     ["CENTRAL ZONE T20 CLUB CHAMPIONSHIP – FINAL", "Poui Hill CC 171/6 (20 ov)   ·   Shivanand United CC 168/9 (20 ov)   ·   Poui Hill won by 3 runs", "Boodhram's 64 and last-over heroics hand Poui Hill first title", "Darnell Mungroo  ·  Sports Reporter", "Poui Hill captain Vishal Boodhram lifts the trophy at the Tamboo Road Recreation Ground on Sunday.", "Photo: Anisa Roopnarine"]),
    ("h49-tt-scores-initials", "SCORES IN BRIEF\nPoui Hill CC 171/6 (V. Boodhram 64, R. Beharry 33; K. Bissoondath 2-27)\nShivanand United CC 168/9 (J. Rambally 72, T. Dowlath 28; V. Boodhram 3-30)\nToss: Poui Hill (chose to bat)\nPlayer of the match: Vishal Boodhram (Poui Hill)\nUmpires: S. Rampersadsingh and L. Bynoe",
     ["SCORES IN BRIEF", "Poui Hill CC 171/6 (V. Boodhram 64, R. Beharry 33; K. Bissoondath 2-27)", "Shivanand United CC 168/9 (J. Rambally 72, T. Dowlath 28; V. Boodhram 3-30)", "Toss: Poui Hill (chose to bat)", "Player of the match: Vishal Boodhram (Poui Hill)", "Umpires: S. Rampersadsingh and L. Bynoe"]),
    ("h49-se-found-wrote-ie", "The researchers found that the ice also broke up on average nine days earlier in spring, so the lakes were frozen for about 20 fewer days a year than in 1991-1995. They wrote that the change was largest in the lakes furthest north, i.e. above the Arctic Circle, where the ice season had shrunk by 26 days.\nLead author Ingegerd Vallbom-Sundstrand, an associate professor of hydrology at Kallbäcken University, said the team had used ice records kept by local observers, some of them going back to the 1870s, together with satellite images from 2000 onwards. \"A lot of these records were kept by schoolteachers and railway workers who walked out on the ice every morning with a notebook,\" she said. \"Without them we would have nothing before the satellites.\"",
     ["The researchers found that the ice also broke up on average nine days earlier in spring, so the lakes were frozen for about 20 fewer days a year than in 1991-1995.", "They wrote that the change was largest in the lakes furthest north, i.e. above the Arctic Circle, where the ice season had shrunk by 26 days.", "Lead author Ingegerd Vallbom-Sundstrand, an associate professor of hydrology at Kallbäcken University, said the team had used ice records kept by local observers, some of them going back to the 1870s, together with satellite images from 2000 onwards.", "\"A lot of these records were kept by schoolteachers and railway workers who walked out on the ice every morning with a notebook,\" she said.", "\"Without them we would have nothing before the satellites.\""]),
    ("h49-se-dr-journal-et-al", "Co-author Dr. Mattias Ojalehto-Vikberg said the team had not studied what the shorter ice season meant for fish, and that this would be its next project. \"Fish is the obvious next question,\" he said.\nJournal reference: Vallbom-Sundstrand I, Ojalehto-Vikberg M, et al. Later freeze-up and earlier break-up of lake ice in northern Sweden, 1991–2025. Boreal Waters Lett. 2026;8(4):211–224.\nSwedish word of the day: isläggning (freeze-up)",
     ["Co-author Dr. Mattias Ojalehto-Vikberg said the team had not studied what the shorter ice season meant for fish, and that this would be its next project.", "\"Fish is the obvious next question,\" he said.", "Journal reference: Vallbom-Sundstrand I, Ojalehto-Vikberg M, et al. Later freeze-up and earlier break-up of lake ice in northern Sweden, 1991–2025. Boreal Waters Lett. 2026;8(4):211–224.", "Swedish word of the day: isläggning (freeze-up)"]),
    ("h49-uk-cllr-asked-resident", "Cllr Dominic Wymondley, the cabinet member for finance, said most of the reserves were set aside for a new waste depot and could only be spent once. “You can spend your savings on the gas bill once, and then what?” he asked.\nResident Maureen Pilkingham, 74, who swims at the leisure centre every Sunday, told the meeting during public questions that 38 people had signed a letter against the change. “Some of us don't have anywhere else to go on a Sunday,” she said.",
     ["Cllr Dominic Wymondley, the cabinet member for finance, said most of the reserves were set aside for a new waste depot and could only be spent once.", "“You can spend your savings on the gas bill once, and then what?” he asked.", "Resident Maureen Pilkingham, 74, who swims at the leisure centre every Sunday, told the meeting during public questions that 38 people had signed a letter against the change.", "“Some of us don't have anywhere else to go on a Sunday,” she said."]),
    ("h49-uk-letters-most-read-regn", "Do you have a view on this story? Email letters@brindlemerestandard.co.uk.\nMost Read\n1\nTwo taken to hospital after crash on the A47\n2\nFen village pub reopens after £400,000 refit\n© 2026 Brindlemere Standard Ltd. Registered in England and Wales No. 04812377.",
     ["Do you have a view on this story?", "Email letters@brindlemerestandard.co.uk.", "Most Read", "1", "Two taken to hospital after crash on the A47", "2", "Fen village pub reopens after £400,000 refit", "© 2026 Brindlemere Standard Ltd.", "Registered in England and Wales No. 04812377."]),
    ("h49-in-stamp-initial-deputy", "April 22, 2026 15:10 IST\nPolice register FIR against building owner, market association\nPolice have registered a First Information Report (FIR) against the building's owner and office-bearers of the market's traders' association under sections of the Bharatiya Nyaya Sanhita dealing with causing death by negligence, Deputy Commissioner of Police (Zone 2) Kavita R. Meghwani said. She said no arrests had been made so far.",
     ["April 22, 2026 15:10 IST", "Police register FIR against building owner, market association", "Police have registered a First Information Report (FIR) against the building's owner and office-bearers of the market's traders' association under sections of the Bharatiya Nyaya Sanhita dealing with causing death by negligence, Deputy Commissioner of Police (Zone 2) Kavita R. Meghwani said.", "She said no arrests had been made so far."]),
    ("h49-in-also-read-pvt-ltd", "Also Read\nGujarat heatwave: Temperature crosses 44°C in five cities\nFire safety audit ordered for all commercial complexes in Ranpurdi\nTags:   Ranpurdi   Fire   Gujarat   Textile market\nCopyright © 2026 Setu Digital Media Pvt. Ltd. All rights reserved.",
     ["Also Read", "Gujarat heatwave: Temperature crosses 44°C in five cities", "Fire safety audit ordered for all commercial complexes in Ranpurdi", "Tags:   Ranpurdi   Fire   Gujarat   Textile market", "Copyright © 2026 Setu Digital Media Pvt. Ltd.", "All rights reserved."]),
]  # fmt: skip
