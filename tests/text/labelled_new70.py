"""Seventieth set of new hand-labelled pages for the hint engines (tuning set, round thirty): twelve whole pages of everyday news from twelve countries where the hard part is ATTRIBUTION of ordinary kinds: who is speaking, sentence by sentence, when two or three people talk in turn.

Written from scratch for issue 13 in round thirty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`,
no README and no benchmark was read, `claimreview` was never imported, and no test, scorer, engine or
`pytest` was run. The format and the conventions were read from the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole), the module docstring of
`labelled_new66.py` (printed whole, but the listing was cut in the middle by the terminal, so its
pages (7) to (12) and most of its conventions were not seen), the first 600 characters of the
docstring of `labelled_new67.py` and its last part (its settled points, conventions, splits and
cases paragraphs), and of `labelled_new68.py` its docstring (the first 12,000 characters, then the
rest in a `sed` listing), its `STYLES`, its first two pages and its split cases (all thirty, each line
cut to 400 characters); `build` in `labelled_articles.py` (a `grep -A40` listing) and the ruff
settings in `pyproject.toml` (a `grep` listing that showed some of the dependency and pytest lines
around them). No page or split case of `labelled_new66.py` or `labelled_new67.py` was read. What was
run: `ls` of `tests/text/` (file names only, which showed that `labelled_new69.py`,
`labelled_heldout45.py` and `labelled_heldout46.py` did not exist yet), `grep -n` for the line numbers
of `STYLES`, `ARTICLES` and `CASES` in `labelled_new68.py`, a Python one-liner printing the calendar
of 2026 to check weekdays, scripts of my own in /tmp that turn a small line format into the literals
below and cut the split cases out of the pages, renaming scripts, an import of this file with `build`
on every page, a checking script of my own (four fields, flags, a cue for every speaker and a
speaker for every cue, no speaker on furniture, the sentence count, every split case occurring in a
built page and joining back to its text), whole-word case-insensitive greps of every capitalised
word of these pages and styles (each part of a hyphenated name on its own) over `tests/` that
printed file counts only, and `ruff format` / `ruff check` on this file.

Every person, small place, street, road, river, lough, island, ferry, school, hospital, market,
beach, hawker centre, pool, organisation, outlet, company, association, club and number is
invented (a first draft hit about eighty invented surnames, towns, roads, outlets and companies of
other files under `tests/`, a second pass eighteen of their replacements, and a last pass, run after
`labelled_new69.py` had appeared, one surname and one outlet word; all were renamed and grepped
again; `labelled_new69.py` was never opened, only counted in those greps). Real countries, regions, big cities and public bodies appear only as settings, with
invented figures: the United States, Wisconsin and the Wisconsin Department of Public Instruction;
England, North Yorkshire, Leeds, London, North Yorkshire Council and the Department for Transport;
Canada, Nova Scotia, Halifax, Ontario, the Northumberland Strait, the Nova Scotia Department of
Public Works, the RCMP and the Coast Guard; Australia, Queensland and the Queensland Treasury
Corporation; Ireland, Co. Roscommon, the Gardaí, the Garda Press Office, the Garda Commissioner, the
Minister for and the Department of Justice, the Central Statistics Office, the 2022 census and Tidy
Towns; India, Kerala, Thrissur, Thiruvananthapuram, Palakkad, the Public Works Department, the
Public Works Minister and KSRTC; Nigeria, Oyo State, Ibadan, the Oyo State Fire Service and the
state police; Kenya, Kisumu County, Lake Victoria, Kenya Power and the Kenya Marine and Fisheries
Research Institute; the Philippines, Iloilo City, Manila and the PNP; Singapore, the National
Environment Agency (NEA) and its Hawker Centres Upgrading Programme; South Africa and the Eastern
Cape, a magistrate's court and the Department of Water and Sanitation; New Zealand. Facebook, X,
WhatsApp, Telegram, Messenger and email appear only as channels. No surname, town, street, outlet,
company, school, club or union of any file under `tests/` is reused (given names, titles, real
settings and common words such as "Ledger", "Courant", "Gazette", "Clarion", "Sentinel", "Herald",
"Courier", "Nation", "Daily", "Builders", "Marine", "Haulage", "Heights" and "Tern" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line (masthead, tagline or date strip, account strip, menu, crumb,
section label, byline, date line, listen line, share strip, caption credit, ad slot, related and
read-more lines, app, WhatsApp and newsletter prompts, reporter bios, comments notice and footer) is a
paragraph of its own and "B". Light furniture; the stories carry the weight. In each, two or three
people speak in turn, often two of the same gender, through "said", "says", "told <outlet>",
"according to", "said in a statement", "added", "noted", "explained", "warned", "confirmed",
"insisted", "argued", "called", "assured" at the start, in the middle and at the end of sentences;
pronoun chains run over several paragraphs; quotes run over two or three paragraphs (a paragraph
that opens with a quotation mark and does not close it, and the next one carrying on); there are
spokespeople with and without names, departments, police, companies, "officials" and unnamed groups
("Traders said"); partial quotes; reported speech; people named with their role before the name
("Council leader Cllr ...", "Police Lt. Col. ...") and after it ("..., the company's managing
director,"); and, mixed in, sentences with a named person who does NOT speak (acts, descriptions),
statistics given with no source, and questions.

(1) A US local daily in Wisconsin: a school district merges 11 bus routes because it cannot hire
drivers. The standfirst's "District says" carries "the Orrinsdale Area School District", named in the
dateline sentence that ends "the district said Monday"; the count of 1,150 students has no source,
"W". The superintendent ("Superintendent" dropped) and the transportation director are two women
who speak in turn: the director is first named in a sentence where she only draws up routes (an act,
no speaker, ""), and the "She said" after it carries her; "Kellowmere-Asanteboa said" and "She
noted" then carry the superintendent, "Sallowfeld-Nkemelundu said" and "she said" the director, each
pronoun going to the woman named as subject just before; a quote sentence without a verb after "she
said" carries her too. "5:55 a.m." ends a sentence. "In a statement, the company said" keeps "the
company" and "It said" resolves to "Brellan Student Transit Inc.", its name as first given.
"according to figures from the Wisconsin Department of Public Instruction" keeps them as written. A
father's quote opens "“I'm not blaming the drivers,” said ..." and runs into a second paragraph that
ends with a question, every sentence carrying him with "said" (""), and "He said his 7-year-old
daughter ..." (private, ""). "Orrinsdale police said" keeps "Orrinsdale police". "What happens when
a driver calls in sick?" is a question without a speaker, "", and "Sallowfeld-Nkemelundu drives a
route herself" an act, "". The board president named before his role "told the Ledger-Courant" the
date of a review ("W").

(2) An English regional site in North Yorkshire: the only bus through four dales villages will stop.
The standfirst's "Company says" carries "Daleway Buses", which the lead names with "said in a
statement" at the end; which villages the route serves is "W" without a source; "6.10pm." ends a
sentence. "Council leader Cllr" is dropped; the council leader and "Gareth Morvennick, the company's
managing director," are two men who answer each other: "He said" after Morvennick carries him, then
"Brackhulme-Idowoseni called that figure “selective”" (a partial quote, cue "called", "") and the
"He said" after it carries the leader, as the subject just named; "“The pass holders are in the
count,” Morvennick said." is a checkable claim, "W", and "He added" the company's loss of record
("W"). A passenger "told the Gazette" a partial quote, and her quote paragraphs after it carry her
with that cue, the last a question. A driver named with his years on the route and his wait at a stop
is described, not quoted: no speaker, "". "according to Department for Transport figures" is kept as
written; "council officers said" at the end keeps "Council officers" (a possibility, ""); "A council
spokesperson confirmed" an application for £96,000 ("W"); a question about the minibus has no
speaker.

(3) A Canadian public radio site in Nova Scotia: an island's only ferry is out for six weeks. "the
Nova Scotia Department of Public Works said in a news release" at the end of the lead, "The
department said" after it (kept as written) and "A spokesperson for the department said in an email"
(kept as described); the island's population is "W" without a source; the captain who brought the
ferry in on one engine is named in an act, "", and "No one was hurt." is "W". The warden ("warden of
..." after the name, dropped) and a café owner are two women who speak in turn: "she said", "she
explained", "Pendlemoss-Adegoriola said", "She said", "Oultonby-Kamarasi warned" and "she said"
after a question, each going to the woman last named; the warden's quote runs over two paragraphs
("We've been asking for a second vessel ... since 2019." "W"). "Fernmarsh Marine Ltd. of Halifax,
..., confirmed" (the clause between dropped) and "The company said" resolves to it; "according to
the department's own figures" keeps them as written; "The RCMP said" keeps the RCMP and "Cpl." is
dropped; "Is a spare engine too much to ask for?" is "" and the maintenance budget after it "W"
without a source.

(4) An Australian regional daily in Queensland: a shire budget lifts rates 6.4 per cent. The
standfirst's "Mayor says" carries the mayor (its second half, an opposition councillor's, rides on
the same sentence); the budget's adoption is an act of record, "W"; "according to the budget papers"
at the end and "The budget papers show" (cue "show") keep them as written. "Mayor" and "Cr" are
dropped; the mayor "said at the special meeting" and the councillor speak in turn over six
paragraphs, through "He said", "he said", "He argued", "Cottesworth-Nuamoah said", "He added",
"Hasselwood-Danquahene said" and a quote sentence with no verb after "he said"; the councillor's
lost motion ("His motion to cap the rise at 4.5 per cent was lost 7-2 ...") is a vote of record with
no speaker, "W"; the chief executive presenting the budget is an act, "". "In a statement after the
meeting, the council said" keeps "the council" and "It said" resolves to "Burrandool Shire Council",
the name as first given; the ratepayers' president, named after her role, "called" the rise a
partial quote and her two-sentence quote ends "she said"; "So who is right?" has no speaker.

(5) An Irish regional weekly: a rural Garda station's public hours are cut to six a week. The
standfirst's "Gardaí confirm" carries "A Garda spokesperson", through whom the body gives it; "the
spokesperson said" twice resolves to "A Garda spokesperson" as first described (the advice to go to
another station, ""); "Co. Roscommon" and "10am to noon" do not split; "Supt." is dropped, and the
311 callers after her sentence are "W" without a source. A garda who works the desk is described,
not quoted, "". A TD ("Deputy" dropped) and a councillor ("Cllr" dropped) are two women who speak in
turn: "she said", "She noted", "Corlogue-Bamidupe said", "Scullanagh-Okaforbi said" (a partial
quote, "") and "She added", each to the woman last named; "according to figures from the Central
Statistics Office (CSO)" is kept as written. "In a statement, the Department of Justice said" and
"It said" (its Garda numbers, "W"); a publican's quote opens "... said Pádraig ..." and runs over two
paragraphs; "Why six hours, and why those six?" is the paper's question, "", and "The Garda Press
Office did not answer that question ..." carries the office with that cue, ""; "according to the
2022 census" keeps it as written.

(6) An Indian daily's city page in Kerala: a 58-year-old bridge is closed to buses. "THRISSUR:" opens
the lead, which ends "officials said" ("Officials"); the bridge's 160 bus trips are "W" without a
source. "P.K. Anilkumar Varrier, executive engineer of ..." keeps his initials; he and the local MLA
("Local MLA" dropped) are two men who speak in turn through "He said", "he said", "Varrier
confirmed", "He said", "Manjooran said" (a partial quote) and "He added"; "Repairs would take at
least five months, he said." is a spoken forecast, "", and the standfirst's "PWD officials say"
carries the engineer through whom the body gives it. "Rs." and "Rs" do not split. "according to a
2019 inspection report" is kept as written; "A PWD official, who did not wish to be named, said"
carries "A PWD official" without the clause, and "The official said" resolves to it; the bus owners'
association "said in a statement" and "It said" resolves to it; an autorickshaw driver's quote runs
over two paragraphs with a question; a boatman ferrying 212 people is an act, "", and so is "He charged
each of them Rs 10.".

(7) A Nigerian online daily's metro page: a night fire destroys 140 shops in an Ibadan market. "the
Oyo State Fire Service confirmed" at the end of the lead; "No lives were lost." has no source ("W");
"The Director of the Oyo State Fire Service, Mr ..., said" carries him by name and "He said" his
three engines; Ibadan's six fire stations are "W" without a source; "Traders said" keeps "Traders"
(their account of the delay, ""), and "Fagbemirowa said the engines were delayed because ..." is a
cause stated by an official, "W". "The Iyaloja of Olomitutu Market, Alhaja ..., said" drops both;
her "She said, “..." quote runs on into a second paragraph with a question, every sentence carrying
her with "said". Two women traders ("Mrs" dropped) speak in turn: "told the Western Sentinel", "she
said", "Her neighbour, Mrs ..., ..., said", "she said", "Akinyeluwa said", "She added" and
"Ogundeyi-Harcombeley said"; "SP" is dropped from the police spokesperson who "confirmed in a
statement", and "She said" carries her; the commissioner "said in a statement" and "He assured"
(""). The deputy governor's visit is an act of record, "W"; "according to the market association";
an old trader sitting outside his shop is named and does not speak, ""; "Is the market ready for
another harmattan?" has no speaker.

(8) A Kenyan daily's counties page: a Sh38 million fish cold store at a lake beach has never opened.
The standfirst's "Beach management unit says" carries the unit's chairman, through whom the body gives
it; the store's cost, completion and capacity are "W" without a source; "Without ice, he said, ..."
carries him in mid-sentence. The chairman and the county executive (named after his role) are two
men who speak in turn: "He explained", "Ochiengo-Mwakilemba said", "he said" and a quote sentence
with no verb, "Onyangore-Ruttenbrook insisted" ("") and "He said" the June 1 opening (a plan of record,
"W"). "Nyalore Builders Ltd, which built the store, said in a statement" and "It said"; "according to
the Kenya Marine and Fisheries Research Institute"; a fish trader's quote opens "“...,” said ..."
and runs over two paragraphs to a question; her cousin, who shares her surname, is described and
does not speak, ""; "Kisumu West OCPD" is dropped with "confirmed" and "He said" carries him;
"officials said" at the end keeps "Officials"; "Ochiengo-Mwakilemba says" in the present tense, and
his selling his catch "by 8am." is an act, "".

(9) A Philippine regional site: vendors refuse to move to a temporary market in Iloilo City. "The
city government said in a statement" (keeps it as written) with "Brgy." in mid-sentence; the old
market's year is "W" without a source; "Engr." is dropped from the market administrator named after
her role. She and the vendors' association president are two women who speak in turn: "She said",
"said", "she said" and a Hiligaynon question with its translation in brackets after it (both carrying
the president with "said", ""), "Malabandoy-Treyes said", "She explained", "Dalisaygon-Ocampora
said", "She said" (three letters, "W"), "she told the Current" and her quote running over two
paragraphs to a question, each sentence carrying her with "told the Current". "Tierraverde Builders
Inc., ..., confirmed" and "It said"; "according to a resolution passed by the city council on March
10"; a councilor named in a sentence where he only votes (a vote of record, "W", no speaker), then
"He said" carries him; "Police Lt. Col." is dropped and "The PNP said" keeps "The PNP"; a vendor
packing her scales is described, ""; the shoppers' count is "W" without a source and the question
after it ""; the shuttle "from 5 a.m. to 7 p.m." does not split.

(10) A Singapore news site's housing page: a hawker centre closes for ten months of upgrading. "the
National Environment Agency (NEA) said in a statement" and "It added" (no rent, "W"); the stall
counts are "W" without a source; "Mr" is dropped from the MP, named before his role, and from the
hawkers' association chairman, named after his; they are two men who speak in turn through "he
said", "He said", "Mr Kheh noted", "He said", "Mr Sia said" (a hope, ""), "he said" (a rent of
S$9,000, "W") and "He added". "Madam" is dropped from a hawker whose quote opens "“...,” said ..."
and runs over two paragraphs to "Maybe some.”"; her son, making kueh at 4am, is described, "".
"according to NEA's website"; the town council "said in a post on Facebook" and "..., the post said."
keeps "the post"; the builder "Pte Ltd" is named in a sentence of record without a speaker and "The
firm did not respond to questions ..." keeps "The firm" with that cue, ""; "NEA said" keeps the short
name; "Mr Sia called the offer" a partial quote; "Which of the remaining 109 ...?" has no speaker.

(11) A South African regional site in the Eastern Cape: a town without tap water for nine days after
cable theft. The households, the date and the theft are "W" without a source; the municipality's
spokesperson is named after his role, and the standfirst's "Municipality says" carries him. The
ward councillor ("Ward councillor" dropped) and a resident are two women who speak in turn: "she
said", "said", "she said" with an isiXhosa quote and its English translation in brackets (both
carrying the resident, ""), "Dyantyiswa-Krugerhof said" (schools sending pupils home, "W"), "She
warned", "Mqhayi said", "She added" and a quote running over two paragraphs of questions ("Where is
the guard?" / "“Where is the fence?" / "Where is the water?”"). "Police spokesperson Captain" is
dropped with "confirmed" and "She said" carries her (a court date, "W"); "Dyantyiswa-Krugerhof called
the timing" a partial quote; "Amanzi Haulage (Pty) Ltd, ..., said in a statement" and "It said";
"according to the Department of Water and Sanitation"; a plumber at work is an act, ""; the pump
station's year is "W" without a source.

(12) A New Zealand regional site: a council closes a small town's 1960s pool for good. The council's
7-3 vote is of record, "W", without a speaker; the standfirst's "Engineer's report puts" carries "an
engineer's report commissioned by the council", as the body names it with "according to", and "The
report found" keeps "The report". The council's community facilities manager (named after his role)
"says" in the present tense and the swim club's president "said": two men who speak in turn through
"he says", "He said", "Tomoana-Ellingsmere said" (buses for lessons, "W"), "Rautangahia-Barlow said",
"he said", "Tomoana-Ellingsmere confirmed", "He said", "Rautangahia-Barlow added" (a partial quote,
"") and "He said" ($62,000 in the bank, "W"). The school rolls are "W" without a source; a mother's
quote runs over two paragraphs and ends in a question; a lifeguard sitting in the gallery is
described, ""; "Mayor" is dropped with "told the Courier" and the quote sentence after it ends "she
said"; "A council spokesperson said in an email"; "officials said" at the end keeps "Officials"; "But
will a splash pad teach anyone to swim?" has no speaker.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new68.py` hold too, as far as their docstrings were read
(furniture "B" line by line; captions by content and credits "B"; standfirsts labelled like
headlines, never split at a semicolon, a verb of saying in them carrying the source as the body
names it or the person through whom the body gives it; titles, ranks, honorifics and roles dropped
from speakers; a pronoun, a later surname or a role resolved to the full name as first given;
organisations, documents and data kept as written, "according to X" -> X, "It" for an organisation
resolved to its name as first given; a quote over several sentences or paragraphs carrying its
speaker and cue; "declined to comment" and "did not respond" labelled like speech with flags "";
plans, votes, decisions and figures of record "W"; spoken forecasts, hopes, pledges, opinions,
feelings, scene, private circumstances, questions and advice ""; a figure of record inside an opinion
"W"; a named person acting or described, with no verb of saying, carries no speaker).

Conventions this set had to settle, in the same spirit:

* Two speakers of the same gender in turn. A pronoun ("she said", "He added", "She noted") goes to
  the person named as the subject of the sentence or quote just before it, as a reader takes it; a
  surname alone switches to the other person; a quote sentence with no verb of its own, right after
  a sentence that has one, stays with that sentence's speaker and cue.
* A person first named in a sentence of action ("..., drew up the new routes over the winter break",
  "Councilor ..., who chairs ..., voted against the resolution") carries no speaker there, and the
  "She said" / "He said" after it carries her or him.
* Quotes over several paragraphs. An opening paragraph ending without a closing quotation mark and
  the paragraphs that carry the quote on each carry its speaker and the opening's cue ("said", "told
  the Current"), including a question inside them; a comma quote ("She said, “...") carries "said".
* Translations. A bracketed translation straight after a quote in another language carries the
  quote's speaker and cue, flags as the quote.
* Unnamed speakers kept as written or as first described: "Traders", "Officials", "Council
  officers", "Orrinsdale police", "The PNP", "The RCMP", "The firm", "the post"; "The department
  said" after its full name is kept as written; "the spokesperson said" / "The official said" go to
  the spokesperson or official as first described ("A Garda spokesperson", "A PWD official", without
  the clause set off by commas).
* "called X “...”", "insisted", "argued", "assured", "explained", "noted", "warned", "confirmed",
  "added", "did not answer that question" and "did not respond to questions" are cues as written.

Splits. "Feb. 10", "6:45 a.m.", "Wis. —", "Feb. 23", "Inc. of Wauseka", "Inc. publication.",
"Cllr Anthony", "St. Colmkille", "Ltd. of Halifax", "Cpl. Tamsin",
"9:40am", "$2.4m", "Co. Roscommon", "10am to noon", "Supt. Fionnuala", "7.50am", "P.K. Anilkumar",
"Rs. 38 lakh", "2.15 a.m. in", "1.30 a.m. and", "4 a.m. and", "N1.2bn", "Sh1.1 million", "Brgy. Tabucol", "Engr.
Corazon", "Inc., which", "Police Lt. Col. Lorenzo", "5 a.m. to 7 p.m.", "S$14.6 million", "Pte Ltd,
which", "(Pty) Ltd, which" and "R1.3 million" never split a sentence. "5:55 a.m." before "It will
reach", "6.10pm." before "From April 6", "by 8am." before "The rest of the boats", "after 3
a.m." before "Fagbemirowa said", "Inc. publication." / "News." / "Sentinel." / "Group." /
"Current." / "Pte Ltd." / "(Pty) Ltd." / "Pvt. Ltd." before "All rights reserved." end one;
"“Who's going to carry them down?” she said." is one sentence; a question in a quote before a capital ("“Ten months they go somewhere
else, you think they come back?" / "Maybe some.”", "“What do I tell them?" / "The engineers say
...") and a Hiligaynon or isiXhosa quote before its bracketed translation end one.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written the
same way as in `labelled_new68.py`: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US local daily's site in Wisconsin, a school district merges bus routes because it cannot hire drivers (masthead, account strip, menu with pipes, section label in capitals, headline, semicolon standfirst carrying the district through says, byline with a pipe, published line with a.m., share strip, caption and credit, Wis. in the dateline with the district said at the end, an unsourced count of students, Superintendent dropped then she said, a transportation director drawing up routes as an act, two women alternating through she said, she noted and surname cues, a.m. ending a sentence, a contractor's statement with In a statement, the company said then It said, according to a state department, a father's quote running over two paragraphs with a question, Orrinsdale police said at the start, a rhetorical question without a speaker, a director driving a route as an act, a board president named before his role with told, related list, reporter bio, footer with Inc.)",
    "English regional news site in North Yorkshire, a bus company withdraws the only bus through four dales villages (masthead, account strip, menu, crumb, headline, semicolon standfirst carrying the company through says, byline with role, date line with a 24-hour time, share strip, caption and credit, the company said in a statement at the end of the lead, an unsourced fact about the villages, pm ending a sentence, council leader X with Cllr dropped and X, the company's managing director, two men alternating through he said, called, added and surname cues, a partial quote, a passenger's quote running over two paragraphs with a question, a driver's years on the route as an act, according to Department for Transport figures, council officers said at the end, a council spokesperson confirmed, a rhetorical question, read-more, most-read list, newsletter line, footer with Ltd and a registered office)",
    "Canadian public-radio-style site in Nova Scotia, an island's only ferry is out of service for six weeks (network masthead, menu, region label, headline, standfirst carrying the province through says, byline with a middle dot, posted line with AT, share strip, caption and credit, the Department of Public Works said in a news release at the end of the lead, a spokesperson for the department said in an email, an unsourced count of residents, two women alternating (a warden and a cafe owner) through she said, she explained, she warned and surname cues, Warden dropped, a quote running over two paragraphs, partial quote, a shipyard company confirmed, Ltd. in mid-sentence, RCMP said with Cpl. dropped, a named captain who does not speak, a question from a resident quoted, St. in a place name, related links, corrections line, footer)",
    "Australian regional daily's site in Queensland, a shire council's budget lifts general rates by 6.4 per cent (masthead, date and weather strip, menu, section label, headline, standfirst carrying the mayor through says, Words by byline, updated line with am, share strip, caption with Picture by credit, budget adopted as an act, according to the budget papers at the end, Mayor dropped with said at the special meeting, two men alternating (the mayor and a councillor) through he said, he added, he argued and surname cues, Cr dropped, the chief executive presenting the budget as an act, the council said in a statement then It said, a ratepayers' group with its president named after her role, partial quote, a quote paragraph over two sentences, Queensland Treasury Corporation loan without a speaker, $ amounts with m, a reader question, read-more, subscribe prompts, footer with Pty Ltd)",
    "Irish regional weekly's site in the midlands, a rural Garda station's public opening hours cut to six a week (masthead, menu, crumb, headline, semicolon standfirst carrying a Garda spokesperson through Gardaí confirm, byline, date line, share strip with a comment count, caption and credit, A Garda spokesperson confirmed, an unsourced count of calls, Co. in mid-sentence, Supt. dropped with a superintendent named after her role, two women alternating (a TD and a councillor) through she said, she added, she noted and surname cues, Deputy and Cllr dropped, the Department of Justice said in a statement then It said, according to CSO figures, a publican's quote running over two paragraphs, a garda on the desk as an act, partial quote, a question put by the paper, reporter bio, ad slot, related list, footer with DAC)",
    "Indian English daily's city page in Kerala, a 58-year-old bridge closed to buses after cracks are found (masthead, edition strip, menu, crumb, headline, semicolon standfirst carrying the executive engineer through PWD officials say, byline with place, updated line with IST, follow and share strip, caption and credit, THRISSUR: dateline with officials said, initials in a name, Rs with and without a full stop, an executive engineer named before his role, two men alternating (the engineer and the MLA) through he said, he added, he confirmed and surname cues, a PWD official who did not wish to be named, according to a 2019 inspection report, a bus owners' association's statement then it said, an autorickshaw driver's quote over two paragraphs with a question, a boatman ferrying people as an act, an unsourced count of buses, also-read lines, app line, footer with Pvt. Ltd.)",
    "Nigerian online daily's metro page in Ibadan, a night fire destroys 140 shops in a market (masthead, date strip, menu, section label, headline, standfirst carrying traders through say, byline with a role, date line with a comma, share strip, caption and credit, the Oyo State Fire Service confirmed at the end of the lead, Mr dropped with a director named after his title, Alhaja and Iyaloja dropped, two women traders alternating through she said, she added, she told and surname cues, a quote running over two paragraphs with a question, SP dropped with the police public relations officer confirmed in a statement, the state government's commissioner said in a statement then He assured, according to the market association, a deputy governor's visit as an act, a named trader who does not speak, an unsourced count of fire stations, naira with m and k, a.m. in mid-sentence, related lines, WhatsApp line, footer)",
    "Kenyan national daily's counties page in Kisumu, a Sh38 million fish cold store at a lake beach has never opened (masthead, date strip, menu, section label, headline, semicolon standfirst carrying the beach unit's chairman through Beach management unit says, byline, date line with EAT, share strip, caption and credit in capitals, an unsourced capacity figure, a county executive named after his role, two men alternating (the beach leader and the county executive) through he said, he explained, he insisted and surname cues, a contractor company said in a statement then it said, according to a research institute, a fish trader's quote over two paragraphs with a question, a named trader who does not speak, police confirmed with an OCPD named, officials said at the end, Sh with m and bn, am ending a sentence, says in the present tense, related lines, comments notice, footer)",
    "Philippine regional news site in Iloilo City, vendors refuse to move to a temporary market while the old one is rebuilt (masthead, menu, section label, headline, semicolon standfirst carrying the vendors' leader through Vendors say, byline, date line with PHT, share strip, caption and credit, Brgy. in mid-sentence, the city government said in a statement, an unsourced count of stalls, P with million, two women alternating (a market administrator and a vendors' leader) through she said, she explained, she told and surname cues, Engr. dropped, a Hiligaynon quote then its translation, a quote running over two paragraphs, the contractor confirmed, Inc. in mid-sentence, Police Lt. Col. dropped, PNP said, according to a council resolution, a councilor who does not speak in the sentence that names him, partial quote, a rhetorical question, related links, footer)",
    "Singapore news site's housing and community page, a hawker centre closes for ten months of upgrading and stallholders worry about rent (masthead, edition and log-in strip, menu, section label, headline, standfirst carrying NEA through says, byline with role, date line with SGT, listen line, share strip, caption and credit, NEA said in a statement at the end of the lead then it added, an unsourced count of stalls, S$ amounts, an MP named before his role, two men alternating (the MP and an association chairman) through he said, he noted, he added and surname cues, Mr dropped, a hawker's quote running over two paragraphs with a question, a stallholder who does not speak, Pte Ltd in mid-sentence, a town council's Facebook post then the post said, a managing agent that did not respond, according to NEA's website, partial quote, related lines, footer)",
    "South African regional news site in the Eastern Cape, a town has been without tap water for nine days after a pump station is vandalised (masthead, menu, section label, headline, semicolon standfirst carrying the municipality's spokesperson through Municipality says, byline, date line with a pipe, share strip, caption and credit, the municipality's spokesperson named after his role, two women alternating (a ward councillor and a resident) through she said, she added, she warned and surname cues, Cllr dropped, Captain dropped with the police spokesperson confirmed then she said, a tanker company said in a statement then it said, according to the Department of Water and Sanitation, an unsourced count of households, a plumber working as an act, an isiXhosa quote then its translation, a quote running over two paragraphs with a question, partial quote, R amounts with spaces, related lines, WhatsApp line, footer with (Pty) Ltd)",
    "New Zealand regional news site, a district council closes a small town's 1960s swimming pool for good (masthead, search and log-in strip, menu with pipes, section label, headline, semicolon standfirst carrying an engineer's report through puts, byline with role, date line with pm, share strip, caption with a slash credit, the council's vote of record without a speaker, according to an engineer's report then The report found, two men alternating (a council manager and a swim club president) through he says, he said, he added, he confirmed and surname cues, a manager named after his role, says in the present tense, a mother's quote running over two paragraphs with a question, a lifeguard who does not speak, a council spokesperson said in an email, an unsourced count of pupils, Mayor dropped with told the Courier, Te reo place names with macrons, officials said at the end, a reader question, related list, newsletter line, footer)",
]

ARTICLES = [
    [  # 1. US local daily's site in Wisconsin, a school district merges bus routes because it cannot hire drivers
        [("The Pellavine Ledger-Courant", "", "", "B")],
        [("Subscribe | Log in | e-Edition | Contact", "", "", "B")],
        [("News | Schools | Sports | Opinion | Obituaries | Classifieds | Weather", "", "", "B")],
        [("SCHOOLS", "", "", "B")],
        [("Orrinsdale schools to merge 11 bus routes as driver shortage deepens", "", "", "W")],
        [("District says it has 31 drivers for 42 routes; some children will be picked up before 6:30 a.m.", "the Orrinsdale Area School District", "says", "W")],
        [("By Corliss Quennevarde-Amadoure | Staff writer", "", "", "B")],
        [("Published Feb. 10, 2026 at 6:45 a.m.", "", "", "B")],
        [("Share   Facebook   X   Email   Print", "", "", "B")],
        [("A driver checks the lights on a school bus at the district's depot on Tamberwick Road on Monday morning.", "", "", ""),
         ("Ledger-Courant photo by Ines Halvorsby-Nwachukuwa", "", "", "B")],
        [("ORRINSDALE, Wis. — The Orrinsdale Area School District will merge 11 of its 42 bus routes into five starting Feb. 23 because it cannot hire enough drivers, the district said Monday.", "the Orrinsdale Area School District", "said", "W"),
         ("The change affects about 1,150 students at four elementary schools and Ridgeholt Middle School.", "", "", "W")],
        [("Superintendent Dana Kellowmere-Asanteboa said the district had 31 licensed drivers on its payroll this week, down from 44 in the fall of 2022.", "Dana Kellowmere-Asanteboa", "said", "W"),
         ("“We have posted the job 14 times since August,” she said.", "Dana Kellowmere-Asanteboa", "said", ""),
         ("“Every time somebody retires, we lose a route.”", "Dana Kellowmere-Asanteboa", "said", "")],
        [("The district's transportation director, Roberta Sallowfeld-Nkemelundu, drew up the new routes over the winter break with a whiteboard and a county road map.", "", "", ""),
         ("She said the longest of the merged routes would take 71 minutes from the first stop to school, up from 48.", "Roberta Sallowfeld-Nkemelundu", "said", "W")],
        [("Kellowmere-Asanteboa said the school board had approved a raise of $2 an hour for drivers in January, bringing the starting wage to $22.75.", "Dana Kellowmere-Asanteboa", "said", "W"),
         ("She noted that the raise had not yet brought in a single experienced driver.", "Dana Kellowmere-Asanteboa", "noted", "")],
        [("Sallowfeld-Nkemelundu said three people hired since the raise were still waiting to take the test for a commercial license.", "Roberta Sallowfeld-Nkemelundu", "said", "W"),
         ("“Once they pass, we can split two of these routes again,” she said.", "Roberta Sallowfeld-Nkemelundu", "said", ""),
         ("“That's the best case.”", "Roberta Sallowfeld-Nkemelundu", "said", "")],
        [("The first bus on the merged Route 9 will leave the depot at 5:55 a.m.", "", "", "W"),
         ("It will reach Ridgeholt Middle School at 7:40, about 35 minutes before the first bell.", "", "", "W")],
        [("The district contracts eight of its routes to Brellan Student Transit Inc. of Wauseka.", "", "", "W"),
         ("In a statement, the company said it had raised its starting wage to $24.50 an hour in November and now pays for new drivers' licensing tests.", "the company", "said", "W"),
         ("It said it would take back two of the merged routes “as soon as staffing allows.”", "Brellan Student Transit Inc.", "said", "")],
        [("Districts across Wisconsin reported 612 open bus driver positions in October, according to figures from the Wisconsin Department of Public Instruction.", "figures from the Wisconsin Department of Public Instruction", "according to", "W")],
        [("“I'm not blaming the drivers,” said Marcus Thornwaite-Ekwuonye, whose two children ride the bus from the Hammervale subdivision.", "Marcus Thornwaite-Ekwuonye", "said", ""),
         ("“They're doing two jobs already, and they're the ones standing in the cold at 5:30 checking the tires.", "Marcus Thornwaite-Ekwuonye", "said", "")],
        [("“But somebody at the district office should have seen this coming three years ago, when half of them were over 60.", "Marcus Thornwaite-Ekwuonye", "said", ""),
         ("Why did nobody plan for it?”", "Marcus Thornwaite-Ekwuonye", "said", "")],
        [("He said his 7-year-old daughter would now wait for the bus in the dark for most of February.", "Marcus Thornwaite-Ekwuonye", "said", "")],
        [("Orrinsdale police said no crashes involving district buses had been reported this school year.", "Orrinsdale police", "said", "W")],
        [("What happens when a driver calls in sick?", "", "", ""),
         ("On those mornings, Sallowfeld-Nkemelundu drives a route herself.", "", "", "")],
        [("Harlan Quistwardle, the school board's president, told the Ledger-Courant that the board would review the route plan at its April 13 meeting.", "Harlan Quistwardle", "told the Ledger-Courant", "W"),
         ("“If the new hires come through, I'd like to see every child on a route of under an hour,” he said.", "Harlan Quistwardle", "said", "")],
        [("Related", "", "", "B")],
        [("Orrinsdale board approves $2 raise for bus drivers", "", "", "B")],
        [("Ridgeholt Middle School moves start time to 8:15 a.m.", "", "", "B")],
        [("Corliss Quennevarde-Amadoure covers schools and families for the Ledger-Courant.", "", "", "B"),
         ("Reach her at cquennevarde@pellavineledger.com.", "", "", "B")],
        [("© 2026 The Pellavine Ledger-Courant, a Harkmoor Media Inc. publication.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. English regional news site in North Yorkshire, a bus company withdraws the only bus through four dales villages
        [("The Skelbrathy Gazette", "", "", "B")],
        [("Sign in   Subscribe   Notices", "", "", "B")],
        [("News   Sport   Dales Life   Business   Property   Jobs", "", "", "B")],
        [("News › Transport", "", "", "B")],
        [("Only bus through four dales villages to stop running in April", "", "", "W")],
        [("Company says route 74 lost £212,000 last year; council leader calls its passenger figures “selective”", "Daleway Buses", "says", "W")],
        [("By Honor Greatwoldby-Oduyami, Transport reporter", "", "", "B")],
        [("07:30, Thu 5 Mar 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("The 74 waits outside the post office in Hessingby on Wednesday afternoon.", "", "", ""),
         ("(Photo: Skelbrathy Gazette)", "", "", "B")],
        [("The only bus through four villages in upper Garsdale will stop running on Saturday, April 4, Daleway Buses said in a statement on Wednesday.", "Daleway Buses", "said in a statement", "W")],
        [("The 74 runs six times a day between Skelbrathy and Hessingby and is the only public transport for Thwaiteholm, Rowlandsike, Cragmire and Low Bessington.", "", "", "W")],
        [("The last bus from Skelbrathy currently leaves at 6.10pm.", "", "", "W"),
         ("From April 6 there will be none.", "", "", "W")],
        [("Council leader Cllr Anthony Brackhulme-Idowoseni said North Yorkshire Council had offered the company £180,000 a year to keep the route going until at least March 2028.", "Anthony Brackhulme-Idowoseni", "said", "W")],
        [("Gareth Morvennick, the company's managing director, said that was about half of what the 74 cost to run.", "Gareth Morvennick", "said", "W"),
         ("He said passenger journeys on the route had fallen from about 1,900 a week in 2019 to 1,100 last autumn.", "Gareth Morvennick", "said", "W")],
        [("Brackhulme-Idowoseni called that figure “selective”.", "Anthony Brackhulme-Idowoseni", "called", ""),
         ("He said it left out concessionary pass holders, who make up more than half of the route's passengers.", "Anthony Brackhulme-Idowoseni", "said", "W")],
        [("“The pass holders are in the count,” Morvennick said.", "Gareth Morvennick", "said", "W"),
         ("“We've shown the council the ticket machine data and we'd show it to anybody who asked.”", "Gareth Morvennick", "said", ""),
         ("He added that the company had lost £212,000 on the route in the year to March 2025.", "Gareth Morvennick", "added", "W")],
        [("Brackhulme-Idowoseni said the council would not “write a blank cheque to a private company”, but that its offer was still open.", "Anthony Brackhulme-Idowoseni", "said", "")],
        [("Margaret Tullivore-Oyenugbe, 81, who lives in Rowlandsike and gave up driving three years ago, told the Gazette the bus was “a lifeline, not a luxury”.", "Margaret Tullivore-Oyenugbe", "told the Gazette", "")],
        [("“I go into Skelbrathy on a Tuesday for the doctor and on a Friday for the market.", "Margaret Tullivore-Oyenugbe", "told the Gazette", ""),
         ("My daughter's in Leeds.", "Margaret Tullivore-Oyenugbe", "told the Gazette", ""),
         ("There's nobody up here with a car on a weekday.", "Margaret Tullivore-Oyenugbe", "told the Gazette", "")],
        [("“What am I meant to do, walk the six miles?”", "Margaret Tullivore-Oyenugbe", "told the Gazette", "")],
        [("Driver Colin Ashwendle-Mbathane has driven the 74 since 2009 and knows most of his passengers by name.", "", "", ""),
         ("On Wednesday he waited four minutes at the Cragmire stop for a woman with a walking frame.", "", "", "")],
        [("Bus mileage on local services in England outside London fell by about 11 per cent between 2019 and 2025, according to Department for Transport figures.", "Department for Transport figures", "according to", "W")],
        [("A demand-responsive minibus, booked by phone or app, could serve the villages from the summer, council officers said.", "Council officers", "said", "")],
        [("A council spokesperson confirmed that the authority had applied for £96,000 from a government rural transport fund to set one up.", "A council spokesperson", "confirmed", "W")],
        [("But would a minibus that has to be booked the day before be any use to someone going to a 9am appointment?", "", "", "")],
        [("Morvennick said Daleway had run the 74, in one form or another, since 1987.", "Gareth Morvennick", "said", "W"),
         ("“Nobody here wanted to be the ones who ended it,” he said.", "Gareth Morvennick", "said", "")],
        [("Read more: Skelbrathy market car park charges to rise from £3 to £4.50", "", "", "B")],
        [("Most read", "", "", "B")],
        [("Man airlifted after fall near Thwaiteholm waterfall", "", "", "B")],
        [("Garsdale school to get new roof after storm damage", "", "", "B")],
        [("Get the Gazette's Dales bulletin every Thursday – sign up here", "", "", "B")],
        [("© 2026 Garsdale Newspapers Ltd", "", "", "B")],
        [("Registered office: 14 Kiln Yard, Skelbrathy", "", "", "B")],
    ],
    [  # 3. Canadian public-radio-style site in Nova Scotia, an island's only ferry is out of service for six weeks
        [("Northshore Radio News", "", "", "B")],
        [("Listen Live   Schedule   Podcasts   Sign in", "", "", "B")],
        [("Home   Local   Politics   Business   Sports   Weather", "", "", "B")],
        [("NOVA SCOTIA", "", "", "B")],
        [("Ferry to Kettlemouth Island out of service for six weeks after engine failure", "", "", "W")],
        [("Province says water taxi will carry foot passengers; vehicles will have to wait until at least March 30", "the Nova Scotia Department of Public Works", "says", "W")],
        [("Ailsa Brennagarth-Oyeleyeni · Northshore Radio News", "", "", "B")],
        [("Posted: Feb 13, 2026 4:12 PM AT | Last Updated: Feb 13, 2026 6:05 PM AT", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [("The MV Islay Tern sits at the wharf in St. Colmkille Harbour on Thursday.", "", "", ""),
         ("(Ailsa Brennagarth-Oyeleyeni/Northshore Radio News)", "", "", "B")],
        [("The only ferry to Kettlemouth Island will be out of service until at least March 30 after one of its two engines failed on Tuesday, the Nova Scotia Department of Public Works said in a news release Thursday.", "the Nova Scotia Department of Public Works", "said in a news release", "W"),
         ("About 340 people live on the island year-round.", "", "", "W")],
        [("The department said a chartered water taxi would carry foot passengers across the three-kilometre crossing from Friday morning, on the ferry's usual schedule.", "the Nova Scotia Department of Public Works", "said", "W"),
         ("A spokesperson for the department said in an email that the repair would cost about $410,000 and that the replacement engine part had to come from Ontario.", "A spokesperson for the department", "said in an email", "W")],
        [("The ferry's captain, Rory Danskell-Whitferry, brought the MV Islay Tern back to the wharf on one engine on Tuesday afternoon with 11 vehicles and 26 passengers on board.", "", "", ""),
         ("No one was hurt.", "", "", "W")],
        [("Gail Pendlemoss-Adegoriola, warden of the Municipality of the District of Kettlemouth, said the island's school buses, fuel truck and home-care nurses all depend on the ferry.", "Gail Pendlemoss-Adegoriola", "said", "W"),
         ("“Six weeks is a very long time when you live on an island,” she said.", "Gail Pendlemoss-Adegoriola", "said", "")],
        [("“We've been asking for a second vessel, or at least a spare engine on the shelf, since 2019.", "Gail Pendlemoss-Adegoriola", "said", ""),
         ("Every year we're told it's being looked at.", "Gail Pendlemoss-Adegoriola", "said", "")],
        [("“Well, now it's March and we've got a water taxi.”", "Gail Pendlemoss-Adegoriola", "said", "")],
        [("Bernadette Oultonby-Kamarasi, who runs the Tern's Nest café beside the wharf, said she had cancelled two food deliveries this week because the supplier's truck could not cross.", "Bernadette Oultonby-Kamarasi", "said", "W"),
         ("She explained that she could bring small orders over on the water taxi but not the 20-litre milk crates the café goes through every week.", "Bernadette Oultonby-Kamarasi", "explained", "")],
        [("Pendlemoss-Adegoriola said the municipality had asked the province to pay for a barge to carry a fuel truck across once a week.", "Gail Pendlemoss-Adegoriola", "said", "W"),
         ("She said the island's only service station had enough gasoline for about 10 days.", "Gail Pendlemoss-Adegoriola", "said", "W")],
        [("Oultonby-Kamarasi warned that some older residents would not manage the ladder down to the water taxi at low tide.", "Bernadette Oultonby-Kamarasi", "warned", ""),
         ("“Who's going to carry them down?” she said.", "Bernadette Oultonby-Kamarasi", "said", "")],
        [("Fernmarsh Marine Ltd. of Halifax, which maintains the ferry under a contract with the province, confirmed that a crankshaft bearing had failed.", "Fernmarsh Marine Ltd.", "confirmed", "W"),
         ("The company said the ferry had passed its annual inspection in October.", "Fernmarsh Marine Ltd.", "said", "W")],
        [("The MV Islay Tern was built in 1988 and has been out of service for a total of 61 days since 2022, according to the department's own figures.", "the department's own figures", "according to", "W")],
        [("The RCMP said officers on the island would carry a defibrillator in their vehicle while the ferry is out.", "the RCMP", "said", "W"),
         ("Cpl. Tamsin Hollerdane said anyone with a medical emergency should still call 911 and would be taken off the island by the Coast Guard if needed.", "Tamsin Hollerdane", "said", "")],
        [("Is a spare engine too much to ask for?", "", "", ""),
         ("The department's 2025-26 budget for ferry maintenance across the province is $6.2 million.", "", "", "W")],
        [("Related Stories", "", "", "B")],
        [("Kettlemouth council asks again for second ferry", "", "", "B")],
        [("Province orders two new ferries for the Northumberland Strait", "", "", "B")],
        [("Corrections and clarifications", "", "", "B")],
        [("Audience relations, Northshore Radio News", "", "", "B")],
        [("©2026 Northshore Radio News.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Australian regional daily's site in Queensland, a shire council's budget lifts general rates by 6.4 per cent
        [("Burrandool Times", "", "", "B")],
        [("Friday, June 26, 2026   ·   Burrandool 24°", "", "", "B")],
        [("News   Sport   Community   Rural   Classifieds   Subscribe", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Burrandool ratepayers face 6.4 per cent rates rise as council adopts $118m budget", "", "", "W")],
        [("Mayor says road repairs after the March floods cannot wait; opposition councillor says the rise will push older residents out", "Bradley Cottesworth-Nuamoah", "says", "W")],
        [("Words by Jacinta Merribrook-Oseiwaa", "", "", "B")],
        [("Updated June 26 2026 - 9:40am, first published 6:00am", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Burrandool Shire councillors at Thursday's special budget meeting.", "", "", ""),
         ("Picture by Lachlan Fenderby-Aboagyewa", "", "", "B")],
        [("Burrandool Shire Council adopted its 2026-27 budget at a special meeting on Thursday, raising general rates by 6.4 per cent.", "", "", "W"),
         ("The minimum general rate for a house in town will rise from $1,412 to $1,502 a year, according to the budget papers.", "the budget papers", "according to", "W")],
        [("Mayor Bradley Cottesworth-Nuamoah said at the special meeting that the council had to repair 214 kilometres of sealed and gravel roads damaged in the March floods.", "Bradley Cottesworth-Nuamoah", "said at the special meeting", "W"),
         ("He said disaster funding from the state and federal governments would cover about 70 per cent of the $31 million bill.", "Bradley Cottesworth-Nuamoah", "said", "W"),
         ("“The rest has to come from somewhere, and I'd rather fix the Kooramoo Road now than explain to a school bus driver why we didn't,” he said.", "Bradley Cottesworth-Nuamoah", "said", "")],
        [("Cr Terry Hasselwood-Danquahene, who voted against the budget with one other councillor, said the rise was the third above 5 per cent in four years.", "Terry Hasselwood-Danquahene", "said", "W"),
         ("He argued that many pensioners in the shire were already paying more than a week's pension in rates each quarter.", "Terry Hasselwood-Danquahene", "argued", "")],
        [("Cottesworth-Nuamoah said pensioners would get a $250 rebate, up from $200.", "Bradley Cottesworth-Nuamoah", "said", "W"),
         ("He added that the council had “looked at every line” of the budget before settling on the rise.", "Bradley Cottesworth-Nuamoah", "added", "")],
        [("Hasselwood-Danquahene said he did not doubt that.", "Terry Hasselwood-Danquahene", "said", ""),
         ("“But you can look at every line and still ask the wrong question,” he said.", "Terry Hasselwood-Danquahene", "said", ""),
         ("“The question is whether people on $30,000 a year can pay it.”", "Terry Hasselwood-Danquahene", "said", "")],
        [("His motion to cap the rise at 4.5 per cent was lost 7-2 before the vote on the budget itself.", "", "", "W")],
        [("Chief executive Louisa Ambletrew presented the budget in a 40-minute address and took no questions from the gallery.", "", "", "")],
        [("In a statement after the meeting, the council said it would borrow $9.5 million from the Queensland Treasury Corporation to replace the Wattlegum Creek bridge.", "the council", "said in a statement", "W"),
         ("It said the bridge, built in 1962, had been closed to trucks over 15 tonnes since the flood.", "Burrandool Shire Council", "said", "W")],
        [("The shire has about 11,800 residents and 6,900 rateable properties.", "", "", "W")],
        [("The president of the Burrandool and District Ratepayers Association, Yvonne Gorsendale-Ampofuah, called the rise “a kick in the teeth for people who already drive 40 minutes to a supermarket”.", "Yvonne Gorsendale-Ampofuah", "called", "")],
        [("“Nobody disputes that the roads need fixing.", "Yvonne Gorsendale-Ampofuah", "said", ""),
         ("What we dispute is the council paying for a new $2.4m administration wing at the same time,” she said.", "Yvonne Gorsendale-Ampofuah", "said", "")],
        [("Cottesworth-Nuamoah said the administration wing had been approved in 2024 and was funded from a state grant, not from rates.", "Bradley Cottesworth-Nuamoah", "said", "W")],
        [("So who is right?", "", "", ""),
         ("The budget papers show the grant covers $1.6m of the wing's cost and rates the remaining $800,000.", "The budget papers", "show", "W")],
        [("Rates notices will be posted in the first week of August, and the first instalment is due on September 15.", "", "", "W")],
        [("Read more: Kooramoo Road to reopen to light vehicles next week", "", "", "B")],
        [("Support local journalism.", "", "", "B"),
         ("Subscribe to the Times from $1 a week.", "", "", "B")],
        [("Burrandool Times", "", "", "B")],
        [("© 2026 Burrandool Times, part of Coralwood Regional Media Pty Ltd.", "", "", "B")],
    ],
    [  # 5. Irish regional weekly's site in the midlands, a rural Garda station's public opening hours cut to six a week
        [("The Ballinscarra Clarion", "", "", "B")],
        [("News   Sport   Farming   Community Notes   Deaths   Contact", "", "", "B")],
        [("Home / News / Local", "", "", "B")],
        [("Tullaghbeg Garda station to open to public for just six hours a week", "", "", "W")],
        [("Gardaí confirm change from Monday; councillors say station was open 21 hours a week as recently as 2022", "A Garda spokesperson", "confirm", "W")],
        [("By Orla Kilcorrib-Ayodunmi", "", "", "B")],
        [("Tuesday, 10 March 2026", "", "", "B")],
        [("Share   Facebook   X   Email   12 comments", "", "", "B")],
        [("The public office at Tullaghbeg Garda station on Main Street.", "", "", ""),
         ("Picture: Declan Rushbrookley-Ankomahwe", "", "", "B")],
        [("A Garda spokesperson confirmed on Monday that the public office at Tullaghbeg Garda station in Co. Roscommon will open from 10am to noon on Tuesdays, Thursdays and Saturdays from next Monday.", "A Garda spokesperson", "confirmed", "W"),
         ("It is currently open for 12 hours a week.", "", "", "W")],
        [("The station will remain the base for two gardaí and will not close, the spokesperson said.", "A Garda spokesperson", "said", "W"),
         ("Members of the public who need to report a crime or have documents signed outside those hours should go to the district station in Castlekeeran, about 30 kilometres away, or phone 999 in an emergency, the spokesperson said.", "A Garda spokesperson", "said", "")],
        [("Supt. Fionnuala Brogarty, the district officer for Castlekeeran, said the new hours matched the times when the office was busiest.", "Fionnuala Brogarty", "said", "W"),
         ("The Tullaghbeg public office dealt with 311 callers in 2025.", "", "", "W")],
        [("Garda Eoin Lackendarragh has worked the desk at Tullaghbeg for 11 years and lives above the station with his family.", "", "", "")],
        [("Deputy Niamh Corlogue-Bamidupe said she had written to the Minister for Justice asking for the decision to be reversed.", "Niamh Corlogue-Bamidupe", "said", "W"),
         ("“A garda station with its door locked for six days out of seven is not a garda station, it's a building with a blue lamp,” she said.", "Niamh Corlogue-Bamidupe", "said", "")],
        [("Cllr Máiréad Scullanagh-Okaforbi said the station had been open 21 hours a week as recently as 2022.", "Máiréad Scullanagh-Okaforbi", "said", "W"),
         ("She noted that the nearest bus to Castlekeeran leaves Tullaghbeg at 7.50am and the last one back is at 4.15pm.", "Máiréad Scullanagh-Okaforbi", "noted", "")],
        [("Corlogue-Bamidupe said burglaries in the area had risen in each of the last two years.", "Niamh Corlogue-Bamidupe", "said", "W"),
         ("Recorded burglaries in the Castlekeeran Garda district rose from 58 in 2023 to 74 in 2025, according to figures from the Central Statistics Office (CSO).", "figures from the Central Statistics Office (CSO)", "according to", "W")],
        [("Scullanagh-Okaforbi said the figures were “only the ones people bothered to report”.", "Máiréad Scullanagh-Okaforbi", "said", ""),
         ("She added that older people in particular were “not going to drive to Castlekeeran to report a stolen quad”.", "Máiréad Scullanagh-Okaforbi", "added", "")],
        [("In a statement, the Department of Justice said decisions on station opening hours were an operational matter for the Garda Commissioner.", "the Department of Justice", "said in a statement", "W"),
         ("It said Garda numbers in the region had risen by 46 since 2024.", "the Department of Justice", "said", "W")],
        [("“I'm not asking for a garda on every corner,” said Pádraig Munnellan-Odurowah, who has run Munnellan's bar on Main Street since 1998.", "Pádraig Munnellan-Odurowah", "said", ""),
         ("“I'm asking for somebody to answer the door when a young lad's car has been broken into outside my premises at ten o'clock on a Friday night.", "Pádraig Munnellan-Odurowah", "said", "")],
        [("“The last time that happened, they waited an hour and a quarter for a car to come out from Castlekeeran.", "Pádraig Munnellan-Odurowah", "said", ""),
         ("By then the lads who did it were back in their beds.”", "Pádraig Munnellan-Odurowah", "said", "")],
        [("Why six hours, and why those six?", "", "", ""),
         ("The Garda Press Office did not answer that question by the time of going to press.", "The Garda Press Office", "did not answer that question", "")],
        [("Tullaghbeg has a population of 1,430, according to the 2022 census, and the station has served the town since 1926.", "the 2022 census", "according to", "W")],
        [("Orla Kilcorrib-Ayodunmi is a reporter with the Clarion.", "", "", "B"),
         ("Contact her at news@ballinscarraclarion.ie.", "", "", "B")],
        [("ADVERTISEMENT", "", "", "B")],
        [("More local news", "", "", "B")],
        [("Castlekeeran Tidy Towns group wins €5,000 grant", "", "", "B")],
        [("Road to Lough Dorragan closed for resurfacing until Friday", "", "", "B")],
        [("© Ballinscarra Clarion Newspapers DAC 2026", "", "", "B")],
    ],
    [  # 6. Indian English daily's city page in Kerala, a 58-year-old bridge closed to buses after cracks are found
        [("The Malabar Courier", "", "", "B")],
        [("Thrissur Edition   |   ePaper   |   Sign In", "", "", "B")],
        [("Home   Kerala   India   World   Business   Sport   Opinion", "", "", "B")],
        [("Home / Kerala / Thrissur", "", "", "B")],
        [("Kanjirakadavu bridge closed to buses and lorries after cracks found in two piers", "", "", "W")],
        [("Repairs will take at least five months, PWD officials say; buses to Vellithuruthy diverted via 14-km detour", "P.K. Anilkumar Varrier", "say", "W")],
        [("Our Staff Reporter, Thrissur", "", "", "B")],
        [("Updated: March 18, 2026 09:52 pm IST", "", "", "B")],
        [("Follow Us   WhatsApp   Facebook   X   Share", "", "", "B")],
        [("Police turn back a private bus at the Kanjirakadavu bridge on Wednesday.", "", "", ""),
         ("Photo: Special Arrangement", "", "", "B")],
        [("THRISSUR: The Public Works Department (PWD) closed the Kanjirakadavu bridge over the Chalakkara river to buses and heavy vehicles on Wednesday after engineers found cracks in two of its seven piers, officials said.", "Officials", "said", "W"),
         ("The bridge, built in 1968, carries about 160 bus trips a day between Thrissur town and Vellithuruthy.", "", "", "W")],
        [("P.K. Anilkumar Varrier, executive engineer of the PWD's bridges division, said a routine inspection on March 12 had found cracks up to 4 mm wide in piers three and four.", "P.K. Anilkumar Varrier", "said", "W"),
         ("He said cars, two-wheelers and autorickshaws could still use the bridge, but vehicles above 5 tonnes would be stopped at both ends.", "P.K. Anilkumar Varrier", "said", "W"),
         ("Repairs would take at least five months, he said.", "P.K. Anilkumar Varrier", "said", "")],
        [("Local MLA Joseph Manjooran said he had asked the PWD in 2023 to carry out a full structural study of the bridge.", "Joseph Manjooran", "said", "W"),
         ("“I have the letter,” he said.", "Joseph Manjooran", "said", ""),
         ("“Nobody can say they were not told.”", "Joseph Manjooran", "said", "")],
        [("Varrier confirmed that the request had been received.", "P.K. Anilkumar Varrier", "confirmed", "W"),
         ("He said a study had been sanctioned in 2024 for Rs. 38 lakh and was due to begin in April.", "P.K. Anilkumar Varrier", "said", "W")],
        [("Manjooran said the repairs should be done in “weeks, not months”.", "Joseph Manjooran", "said", ""),
         ("He added that he would raise the matter with the Public Works Minister in Thiruvananthapuram on Friday.", "Joseph Manjooran", "added", "")],
        [("The bridge's piers were last repaired in 2019, when cracks were sealed with epoxy at a cost of Rs 62 lakh, according to a 2019 inspection report.", "a 2019 inspection report", "according to", "W")],
        [("A PWD official, who did not wish to be named, said the epoxy work had “bought time, nothing more”.", "A PWD official", "said", ""),
         ("The official said a new bridge next to the old one had been proposed in 2021 at an estimated cost of Rs 46 crore but had not been approved.", "A PWD official", "said", "W")],
        [("The Thrissur District Private Bus Operators' Association said in a statement that its members would lose about Rs 4.5 lakh a day in extra fuel on the detour.", "The Thrissur District Private Bus Operators' Association", "said in a statement", "W"),
         ("It said it would not raise fares for now but could not promise to keep all 38 of its buses on the route.", "The Thrissur District Private Bus Operators' Association", "said", "")],
        [("The detour through Puthenvelikkara adds 14 km and about 35 minutes to each trip.", "", "", "W")],
        [("“I take schoolchildren across this bridge four times a day,” said Shajahan Kaippilly, an autorickshaw driver from Vellithuruthy.", "Shajahan Kaippilly", "said", ""),
         ("“Now the parents are asking me if it is safe for an auto.", "Shajahan Kaippilly", "said", "")],
        [("“What do I tell them?", "Shajahan Kaippilly", "said", ""),
         ("The engineers say it is safe, so I say it is safe.”", "Shajahan Kaippilly", "said", "")],
        [("Devassy Thekkemuriyil, who runs a country boat from the ghat below the bridge, carried 212 passengers across the river on Wednesday, more than he usually takes in a week.", "", "", ""),
         ("He charged each of them Rs 10.", "", "", "")],
        [("Varrier said the PWD would put up height barriers at both ends of the bridge by Saturday.", "P.K. Anilkumar Varrier", "said", "W")],
        [("ALSO READ: Thrissur corporation to widen Kuttikkadu junction by May", "", "", "B")],
        [("ALSO READ: KSRTC adds four night buses to Palakkad", "", "", "B")],
        [("Download the Malabar Courier app for breaking news from Kerala", "", "", "B")],
        [("© 2026 Malabar Courier Publications Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Nigerian online daily's metro page in Ibadan, a night fire destroys 140 shops in a market
        [("The Western Sentinel", "", "", "B")],
        [("Monday, January 19, 2026", "", "", "B")],
        [("Home   News   Metro   Politics   Business   Sports   Entertainment   Opinion", "", "", "B")],
        [("Metro", "", "", "B")],
        [("Fire guts 140 shops at Olomitutu Market in Ibadan", "", "", "W")],
        [("Traders say fire engines arrived almost two hours after flames were first seen; losses put at N1.2bn", "Traders", "say", "W")],
        [("By Kehinde Adewusiola-Brightman, Ibadan", "", "", "B")],
        [("January 19, 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("Traders search through the remains of their shops at Olomitutu Market, Ibadan, on Sunday.", "", "", ""),
         ("Photo: Western Sentinel", "", "", "B")],
        [("About 140 shops were destroyed when a fire swept through the textile and provisions section of Olomitutu Market in Ibadan early on Sunday, the Oyo State Fire Service confirmed.", "the Oyo State Fire Service", "confirmed", "W"),
         ("No lives were lost.", "", "", "W")],
        [("The Director of the Oyo State Fire Service, Mr Olawuyi Fagbemirowa, said the fire started at about 2.15 a.m. in a shop selling foam mattresses and spread along two lines of wooden stalls.", "Olawuyi Fagbemirowa", "said", "W"),
         ("He said three fire engines from the Oketolani and Ajibadeji stations brought it under control by 6.40 a.m.", "Olawuyi Fagbemirowa", "said", "W")],
        [("Ibadan, a city of more than four million people, has six state fire stations.", "", "", "W")],
        [("Traders said they first saw flames at about 1.30 a.m. and that the first engine did not arrive until after 3 a.m.", "Traders", "said", ""),
         ("Fagbemirowa said the engines were delayed because the market's main gate was locked and the keys were with a security guard who could not be found.", "Olawuyi Fagbemirowa", "said", "W")],
        [("The Iyaloja of Olomitutu Market, Alhaja Sikirat Omotolani-Ajagbonna, said the market's traders' association had counted 143 shops burnt and put the value of goods lost at about N1.2bn.", "Sikirat Omotolani-Ajagbonna", "said", "W"),
         ("She said, “Many of these women took loans from cooperatives in December to stock up for the festive season.", "Sikirat Omotolani-Ajagbonna", "said", ""),
         ("Those loans have not been paid.", "Sikirat Omotolani-Ajagbonna", "said", "")],
        [("“Who will pay them now?", "Sikirat Omotolani-Ajagbonna", "said", ""),
         ("We are begging the government to come to our aid.”", "Sikirat Omotolani-Ajagbonna", "said", "")],
        [("Mrs Bolanle Akinyeluwa, who sold ankara fabrics in the market for 22 years, told the Western Sentinel that she lost about N6.8m worth of goods.", "Bolanle Akinyeluwa", "told the Western Sentinel", ""),
         ("“I came here at 4 a.m. and I could not even get near my shop,” she said.", "Bolanle Akinyeluwa", "said", "")],
        [("Her neighbour, Mrs Funmilayo Ogundeyi-Harcombeley, who sells provisions, said she had moved most of her stock home the week before Christmas.", "Funmilayo Ogundeyi-Harcombeley", "said", ""),
         ("“God saved me, but I cannot be happy when my sister here has lost everything,” she said.", "Funmilayo Ogundeyi-Harcombeley", "said", "")],
        [("Akinyeluwa said she had no insurance.", "Bolanle Akinyeluwa", "said", ""),
         ("She added that none of the traders in her line did.", "Bolanle Akinyeluwa", "added", "")],
        [("Ogundeyi-Harcombeley said the traders had complained about the locked gate at a meeting with market officials in October.", "Funmilayo Ogundeyi-Harcombeley", "said", "")],
        [("The Police Public Relations Officer in Oyo State, SP Adebisi Oyetundeji-Lamidoye, confirmed in a statement that officers had been deployed to the market to prevent looting.", "Adebisi Oyetundeji-Lamidoye", "confirmed in a statement", "W"),
         ("She said two men were arrested on Sunday morning with bales of fabric taken from burnt shops.", "Adebisi Oyetundeji-Lamidoye", "said", "W")],
        [("The state Commissioner for Information, Mr Olumide Aderogba-Fashakinde, said in a statement that the government would set up a committee to assess the losses and “identify support for affected traders”.", "Olumide Aderogba-Fashakinde", "said in a statement", "W"),
         ("He assured the traders that the market would be rebuilt with concrete stalls and wider fire lanes.", "Olumide Aderogba-Fashakinde", "assured", "")],
        [("The deputy governor visited the market on Sunday afternoon and walked through the burnt section with the Iyaloja.", "", "", "W")],
        [("The market was last hit by fire in March 2021, when 62 shops were destroyed, according to the market association.", "the market association", "according to", "W")],
        [("Alhaji Tajudeen Olabisiola-Ekundayomi, the market's oldest trader, sat on an upturned bucket outside his burnt shop for most of the day.", "", "", "")],
        [("Is the market ready for another harmattan?", "", "", ""),
         ("The harmattan season in the south-west usually runs until late February.", "", "", "W")],
        [("RELATED NEWS", "", "", "B")],
        [("Oyo fire service gets five new engines, says commissioner", "", "", "B")],
        [("Traders protest relocation of Aladunni tyre market", "", "", "B")],
        [("Join our WhatsApp channel for more news", "", "", "B")],
        [("© 2026 The Western Sentinel.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Kenyan national daily's counties page in Kisumu, a Sh38 million fish cold store at a lake beach has never opened
        [("The Ziwa Daily", "", "", "B")],
        [("Thursday, April 16, 2026", "", "", "B")],
        [("Home   News   Counties   Business   Sports   Opinion   Video", "", "", "B")],
        [("COUNTIES", "", "", "B")],
        [("Sh38m fish cold store at Nyamware beach yet to open two years after completion", "", "", "W")],
        [("Beach management unit says fishermen still sell catch at a loss every morning; county blames power connection", "Tobias Ochiengo-Mwakilemba", "says", "W")],
        [("By Evans Otienoh-Kisinger", "", "", "B")],
        [("April 16, 2026 06:10 (EAT)", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("The locked cold store at Nyamware beach in Kisumu County on April 14, 2026.", "", "", ""),
         ("PHOTO | EVANS OTIENOH-KISINGER | ZIWA DAILY", "", "", "B")],
        [("A fish cold store built for Sh38 million at Nyamware beach on Lake Victoria has stood locked since it was completed in March 2024.", "", "", "W"),
         ("It can hold 20 tonnes of fish and make 5 tonnes of ice a day.", "", "", "W")],
        [("Tobias Ochiengo-Mwakilemba, chairman of the Nyamware Beach Management Unit, said the beach's 460 fishermen landed between two and three tonnes of omena and tilapia on a good morning.", "Tobias Ochiengo-Mwakilemba", "said", "W"),
         ("Without ice, he said, whatever the traders do not buy by 10am goes to the sun-drying racks at a fraction of the price.", "Tobias Ochiengo-Mwakilemba", "said", "")],
        [("The county's executive committee member for agriculture and blue economy, Caleb Onyangore-Ruttenbrook, said the store could not open because Kenya Power had not yet connected it to the grid.", "Caleb Onyangore-Ruttenbrook", "said", "W"),
         ("He explained that the county had paid Sh1.1 million for the connection in November 2024.", "Caleb Onyangore-Ruttenbrook", "explained", "W")],
        [("Ochiengo-Mwakilemba said the fishermen had been told the same thing in 2024 and again last year.", "Tobias Ochiengo-Mwakilemba", "said", "W"),
         ("“Every time someone comes here with a camera, we hear it will open next month,” he said.", "Tobias Ochiengo-Mwakilemba", "said", ""),
         ("“We have stopped counting the months.”", "Tobias Ochiengo-Mwakilemba", "said", "")],
        [("Onyangore-Ruttenbrook insisted that this time the date was firm.", "Caleb Onyangore-Ruttenbrook", "insisted", ""),
         ("He said the store would open on June 1 and be run by the beach management unit, with the county paying the power bill for the first year.", "Caleb Onyangore-Ruttenbrook", "said", "W")],
        [("Nyalore Builders Ltd, which built the store, said in a statement that it had handed the building over to the county on March 22, 2024.", "Nyalore Builders Ltd", "said in a statement", "W"),
         ("It said the refrigeration units had been tested with a generator before handover and were under warranty until March 2026.", "Nyalore Builders Ltd", "said", "W")],
        [("Up to 40 per cent of the fish landed at small beaches on the Kenyan side of the lake is lost or sold at a discount because it spoils, according to the Kenya Marine and Fisheries Research Institute.", "the Kenya Marine and Fisheries Research Institute", "according to", "W")],
        [("“By eleven o'clock the tilapia is soft and nobody in Kisumu wants it,” said Mary Akinyi Odhengo, who buys fish at Nyamware and sells it at a market in Kisumu.", "Mary Akinyi Odhengo", "said", ""),
         ("“So I buy less.", "Mary Akinyi Odhengo", "said", ""),
         ("The fishermen sell to me at Sh150 a kilo instead of Sh250 because they know I can't keep it.", "Mary Akinyi Odhengo", "said", "")],
        [("“If that store opens, the prices will be fair for both of us.", "Mary Akinyi Odhengo", "said", ""),
         ("Why build it and lock it?”", "Mary Akinyi Odhengo", "said", "")],
        [("Her cousin, Rose Anyango Odhengo, has sold fish at the beach since 1998 and now also sells the ice she buys from a man in Kisumu town who delivers it by motorcycle.", "", "", "")],
        [("Kisumu West OCPD Daniel Kipronoh-Tallowby confirmed that copper cabling had been stolen from the store's generator room in January.", "Daniel Kipronoh-Tallowby", "confirmed", "W"),
         ("He said no one had been arrested.", "Daniel Kipronoh-Tallowby", "said", "W")],
        [("The county has built four cold stores at lake beaches since 2021 at a cost of Sh146 million, and only one of them is working, officials said.", "Officials", "said", "W")],
        [("Ochiengo-Mwakilemba says the fishermen will believe the June date when they see ice.", "Tobias Ochiengo-Mwakilemba", "says", ""),
         ("On Tuesday morning he sold his own catch of 30 kilos of tilapia by 8am.", "", "", ""),
         ("The rest of the boats came in after nine.", "", "", "")],
        [("RELATED", "", "", "B")],
        [("Kisumu County to pay fishermen for lost nets after storm", "", "", "B")],
        [("Lake Victoria water hyacinth back at two Kisumu beaches, fishermen say", "", "", "B")],
        [("Comments are moderated and may take some time to appear.", "", "", "B")],
        [("© 2026 Ziwa Daily Media Group.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Philippine regional news site in Iloilo City, vendors refuse to move to a temporary market while the old one is rebuilt
        [("Panay Daily Current", "", "", "B")],
        [("News   Regions   Business   Sports   Lifestyle   Opinion", "", "", "B")],
        [("REGIONS", "", "", "B")],
        [("Vendors refuse to move as Iloilo City starts P312-million rebuild of Calinawan market", "", "", "W")],
        [("Vendors say temporary site has no roof over half its stalls; city says move must finish by May 4", "Lorna Dalisaygon-Ocampora", "say", "W")],
        [("By Rhea Villanuevo-Sandovesa", "", "", "B")],
        [("April 22, 2026 · 7:45 PM PHT", "", "", "B")],
        [("Share   Facebook   X   Messenger   Email", "", "", "B")],
        [("Fish vendors at the old Calinawan public market in Iloilo City on Tuesday.", "", "", ""),
         ("PHOTO BY JOMAR ESPALDON-TIBURCIO", "", "", "B")],
        [("ILOILO CITY – The city government said in a statement on Tuesday that all 486 vendors at the Calinawan public market must move to a temporary site in Brgy. Tabucol Norte by May 4 so demolition of the old market can begin.", "the city government", "said in a statement", "W"),
         ("The old market was built in 1979.", "", "", "W")],
        [("The city's market administrator, Engr. Corazon Malabandoy-Treyes, said the new three-storey market would cost P312 million and take about two years to build.", "Corazon Malabandoy-Treyes", "said", "W"),
         ("She said the vendors' old stalls were “not safe anymore for anyone, especially in a strong earthquake.”", "Corazon Malabandoy-Treyes", "said", "")],
        [("Lorna Dalisaygon-Ocampora, president of the Calinawan Market Vendors Association, said only 240 of the 486 stalls at the temporary site had a roof.", "Lorna Dalisaygon-Ocampora", "said", "W"),
         ("“Diin kami mabutang kon mag-ulan?” she said.", "Lorna Dalisaygon-Ocampora", "said", ""),
         ("(Where will we put ourselves when it rains?)", "Lorna Dalisaygon-Ocampora", "said", "")],
        [("Malabandoy-Treyes said roofing for the remaining stalls would be finished by the end of April.", "Corazon Malabandoy-Treyes", "said", "W"),
         ("She explained that the contractor had been delayed by a late delivery of steel trusses from Manila.", "Corazon Malabandoy-Treyes", "explained", "")],
        [("Dalisaygon-Ocampora said the vendors had heard that before.", "Lorna Dalisaygon-Ocampora", "said", ""),
         ("She said the association had written to the city three times since January asking for a dialogue and had received one reply.", "Lorna Dalisaygon-Ocampora", "said", "W")],
        [("“We are not against the new market,” she told the Current.", "Lorna Dalisaygon-Ocampora", "told the Current", ""),
         ("“Our parents sold here, and our children will sell here.", "Lorna Dalisaygon-Ocampora", "told the Current", "")],
        [("“But for two years we will be in a parking lot, far from the jeepney terminal, and our suki will go to the malls.", "Lorna Dalisaygon-Ocampora", "told the Current", ""),
         ("Who will pay our loans then?”", "Lorna Dalisaygon-Ocampora", "told the Current", "")],
        [("Tierraverde Builders Inc., which won the contract in February, confirmed that it would take over the site on May 5.", "Tierraverde Builders Inc.", "confirmed", "W"),
         ("It said it would keep one lane of Calinawan Street open to jeepneys during the works.", "Tierraverde Builders Inc.", "said", "W")],
        [("Vendors who move on time will pay no rent for the first six months, according to a resolution passed by the city council on March 10.", "a resolution passed by the city council on March 10", "according to", "W")],
        [("Councilor Ernesto Baldovino-Quimposa, who chairs the council's committee on markets, voted against the resolution.", "", "", "W"),
         ("He said the waiver should have run for the whole two years.", "Ernesto Baldovino-Quimposa", "said", "")],
        [("Police Lt. Col. Lorenzo Pacquingco-Alvero, chief of the Iloilo City Police Station 4, said 40 officers would be at the market on May 4 “to keep the peace, not to drag anybody out.”", "Lorenzo Pacquingco-Alvero", "said", "W"),
         ("The PNP said no vendor had been arrested at any of the city's market relocations since 2019.", "the PNP", "said", "W")],
        [("Nenita Gallardez-Suplico, 67, has sold dried fish at the same corner stall since 1983, first with her mother and now with her granddaughter.", "", "", ""),
         ("On Tuesday she was packing her scales and plastic tubs into rice sacks, just in case.", "", "", "")],
        [("About 9,000 shoppers pass through the Calinawan market on a weekday.", "", "", "W")],
        [("Will they follow the vendors to Tabucol Norte?", "", "", ""),
         ("Malabandoy-Treyes said the city would run a free shuttle between the old site and the temporary market every 15 minutes from 5 a.m. to 7 p.m. during the first month.", "Corazon Malabandoy-Treyes", "said", "W")],
        [("RELATED STORIES", "", "", "B")],
        [("Iloilo City to rebuild two more public markets by 2029", "", "", "B")],
        [("Jeepney routes to change near Calinawan during market works", "", "", "B")],
        [("Copyright © 2026 Panay Daily Current.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Singapore news site's housing and community page, a hawker centre closes for ten months of upgrading and stallholders worry about rent
        [("The Merlion Ledger", "", "", "B")],
        [("Singapore   Asia   World   Business   Tech   Opinion   Life", "", "", "B")],
        [("Log in   |   Subscribe", "", "", "B")],
        [("SINGAPORE › Housing", "", "", "B")],
        [("Pinangsari Heights hawker centre to close for 10 months from June for upgrading", "", "", "W")],
        [("NEA says stallholders will pay no rent during works; some fear regulars will not come back", "the National Environment Agency (NEA)", "says", "W")],
        [("Hazel Luo Wei Ling, Community Correspondent", "", "", "B")],
        [("Published Mar 27, 2026, 05:00 AM SGT", "", "", "B")],
        [("Listen to this article   4 min", "", "", "B")],
        [("Share   Facebook   X   Telegram   WhatsApp", "", "", "B")],
        [("Diners at Pinangsari Heights Market and Food Centre during the lunch hour on March 25.", "", "", ""),
         ("ML PHOTO: MARCUS SIAH JUN HAO", "", "", "B")],
        [("Pinangsari Heights Market and Food Centre will close from June 1 to March 31, 2027, for new ceilings, wiring, exhaust hoods and toilets, the National Environment Agency (NEA) said in a statement on March 26.", "the National Environment Agency (NEA)", "said in a statement", "W"),
         ("It added that the 41-year-old centre's 118 cooked food and market stallholders would not pay rent or service and conservancy charges during the closure.", "the National Environment Agency (NEA)", "added", "W")],
        [("The centre has 72 cooked food stalls and 46 market stalls, and its wet market is one of the last in the area to sell live frogs and eels.", "", "", "W")],
        [("Mr Desmond Kheh Boon Seng, MP for Pinangsari Heights, said the upgrading had been requested by residents at dialogue sessions since 2022.", "Desmond Kheh Boon Seng", "said", "W"),
         ("“Residents tell me the toilets are the first thing they want fixed, and the smoke is the second,” he said.", "Desmond Kheh Boon Seng", "said", "")],
        [("The chairman of the Pinangsari Heights Hawkers' Association, Mr Sia Hock Chuan, said the association had asked NEA for a seven-month closure but was told ten months was the shortest possible.", "Sia Hock Chuan", "said", "W"),
         ("He said many older stallholders feared their regulars would find other hawker centres and not come back.", "Sia Hock Chuan", "said", "")],
        [("Mr Kheh noted that stallholders at two other centres in the area had been offered temporary stalls nearby during their upgrading.", "Desmond Kheh Boon Seng", "noted", "W"),
         ("He said he had asked NEA to do the same for Pinangsari Heights.", "Desmond Kheh Boon Seng", "said", "")],
        [("Mr Sia said he hoped the MP would succeed.", "Sia Hock Chuan", "said", ""),
         ("“But the nearest empty coffee shop space is 800m away, and the landlord wants S$9,000 a month,” he said.", "Sia Hock Chuan", "said", "W"),
         ("He added that most stallholders were over 60 and would not take on a new lease for ten months.", "Sia Hock Chuan", "added", "")],
        [("“Forty years I sell chwee kueh here,” said Madam Kway Siew Lan, 71, who runs a stall with her son.", "Kway Siew Lan", "said", ""),
         ("“My customers come at 6.30 in the morning before work.", "Kway Siew Lan", "said", "")],
        [("“Ten months they go somewhere else, you think they come back?", "Kway Siew Lan", "said", ""),
         ("Maybe some.”", "Kway Siew Lan", "said", "")],
        [("Her son, Mr Tng Kah Wee, 44, took over the morning shift in 2019 and now makes the kueh at 4am.", "", "", "")],
        [("Since 2015, 43 hawker centres have been upgraded under the Hawker Centres Upgrading Programme, according to NEA's website.", "NEA's website", "according to", "W")],
        [("The Pinangsari Heights Town Council said in a post on Facebook that it would put up signs at the centre listing the nearest open hawker centres and coffee shops.", "The Pinangsari Heights Town Council", "said in a post on Facebook", "W"),
         ("The town council would also run a free shuttle bus to one of them at lunchtime on weekdays, the post said.", "the post", "said", "W")],
        [("Work will be carried out by Tanjong Rimba Builders Pte Ltd, which was awarded the S$14.6 million contract in February.", "", "", "W"),
         ("The firm did not respond to questions by press time.", "The firm", "did not respond to questions", "")],
        [("NEA said stallholders who wanted to retire during the closure could give up their stalls and receive an ex gratia payment of S$10,000.", "NEA", "said", "W")],
        [("Mr Sia called the offer “a polite way of saying goodbye”.", "Sia Hock Chuan", "called", ""),
         ("He said nine stallholders had told him they would take it.", "Sia Hock Chuan", "said", "W")],
        [("Which of the remaining 109 will still be there next April?", "", "", "")],
        [("Related", "", "", "B")],
        [("Hawker centres to get automated tray-return machines by 2028", "", "", "B")],
        [("Coffee shop rents in older estates up 12 per cent: report", "", "", "B")],
        [("Copyright © 2026 Merlion Ledger Media Pte Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. South African regional news site in the Eastern Cape, a town has been without tap water for nine days after a pump station is vandalised
        [("Amatolaview Herald", "", "", "B")],
        [("News   Sport   Business   Opinion   Lifestyle   Jobs", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Ncedolwazi residents nine days without tap water after pump station cables stolen", "", "", "W")],
        [("Municipality says water will be back by Friday; residents say tankers come once a day, if at all", "Lwazi Mbekwane-Fouchedal", "says", "W")],
        [("Sibongile Mavundlana-Prinsloodal", "", "", "B")],
        [("12 February 2026 | 17:20", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Residents queue with buckets at a water tanker in Ncedolwazi on Wednesday.", "", "", ""),
         ("Picture: Thandeka Ngcukanye-Rossouwdal", "", "", "B")],
        [("About 6,200 households in Ncedolwazi and Khanyisokuhle have had no tap water since February 3, when thieves cut and stole about 400 metres of copper cable from the Mbhashekazi pump station.", "", "", "W"),
         ("The station pumps water from the Mbhashekazi River to the town's reservoir.", "", "", "W")],
        [("The Ndlovukazi Local Municipality's spokesperson, Lwazi Mbekwane-Fouchedal, said new cable had been bought for R1.3 million and was being installed on Thursday.", "Lwazi Mbekwane-Fouchedal", "said", "W"),
         ("“If all goes well, residents will have water in their taps on Friday morning,” he said.", "Lwazi Mbekwane-Fouchedal", "said", "")],
        [("He said the municipality had hired eight water tankers to deliver to 24 collection points in the meantime.", "Lwazi Mbekwane-Fouchedal", "said", "W")],
        [("Ward councillor Nomvula Dyantyiswa-Krugerhof said the tankers came to most points only once a day, usually in the afternoon.", "Nomvula Dyantyiswa-Krugerhof", "said", "W"),
         ("“People are walking to the river with buckets,” she said.", "Nomvula Dyantyiswa-Krugerhof", "said", "")],
        [("Zoleka Mqhayi, a mother of four who lives on Umthombo Street, said she had not had water from a tanker since Saturday.", "Zoleka Mqhayi", "said", "W"),
         ("“Amanzi asekho, abantwana abayi esikolweni,” she said.", "Zoleka Mqhayi", "said", ""),
         ("(There is no water, the children are not going to school.)", "Zoleka Mqhayi", "said", "")],
        [("Dyantyiswa-Krugerhof said two of the ward's three primary schools had sent pupils home early every day this week because their toilets could not be flushed.", "Nomvula Dyantyiswa-Krugerhof", "said", "W"),
         ("She warned that the clinic in Khanyisokuhle would have to turn patients away if its tank ran dry.", "Nomvula Dyantyiswa-Krugerhof", "warned", "")],
        [("Mqhayi said she was worried about her youngest, who is two.", "Zoleka Mqhayi", "said", ""),
         ("She added that she had spent R240 on bottled water since the taps stopped.", "Zoleka Mqhayi", "added", "")],
        [("“We were told in December the pump station would get a guard and a fence,” she said.", "Zoleka Mqhayi", "said", ""),
         ("“Where is the guard?", "Zoleka Mqhayi", "said", "")],
        [("“Where is the fence?", "Zoleka Mqhayi", "said", ""),
         ("Where is the water?”", "Zoleka Mqhayi", "said", "")],
        [("Police spokesperson Captain Nompumelelo Sitholeni-Venterspos confirmed that two men had been arrested on February 7 with about 60 metres of burnt copper cable.", "Nompumelelo Sitholeni-Venterspos", "confirmed", "W"),
         ("She said they would appear in the Ncedolwazi Magistrate's Court on Monday on charges of tampering with essential infrastructure.", "Nompumelelo Sitholeni-Venterspos", "said", "W")],
        [("Mbekwane-Fouchedal said the pump station had been vandalised four times since 2023 and that a security contract would start in March.", "Lwazi Mbekwane-Fouchedal", "said", "W")],
        [("Dyantyiswa-Krugerhof called the timing “cold comfort for a mother carrying 25 litres up a hill”.", "Nomvula Dyantyiswa-Krugerhof", "called", "")],
        [("Amanzi Haulage (Pty) Ltd, which supplies five of the tankers, said in a statement that its trucks had delivered 1.4 million litres since February 4.", "Amanzi Haulage (Pty) Ltd", "said in a statement", "W"),
         ("It said two trucks had been stopped by residents on Tuesday and had to turn back before reaching their collection points.", "Amanzi Haulage (Pty) Ltd", "said", "W")],
        [("The municipality lost about 38 per cent of the water it treated in 2024 to leaks and theft, according to the Department of Water and Sanitation.", "the Department of Water and Sanitation", "according to", "W")],
        [("On Wednesday afternoon, plumber Sizwe Gqiranawe-Boshoffsen was fixing a burst pipe at the clinic's tank stand with a borrowed ladder and a roll of insulation tape.", "", "", "")],
        [("The Mbhashekazi pump station was built in 1987.", "", "", "W")],
        [("How many more times will it be stripped before it has a fence?", "", "", "")],
        [("READ MORE:", "", "", "B")],
        [("Ndlovukazi council approves R18 million for new reservoir", "", "", "B")],
        [("Two arrested for cable theft at Ncedolwazi substation", "", "", "B")],
        [("Get the Herald on WhatsApp", "", "", "B")],
        [("© 2026 Amatolaview Herald, a division of Albatross Media (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. New Zealand regional news site, a district council closes a small town's 1960s swimming pool for good
        [("The Mātāwai Courier", "", "", "B")],
        [("Search   |   Log in   |   Subscribe", "", "", "B")],
        [("News | Sport | Rural | Community | What's On | Opinion", "", "", "B")],
        [("Local news", "", "", "B")],
        [("Ngāwhitu pool to close for good after council vote", "", "", "W")],
        [("Engineer's report puts repairs at $3.8m; swim club says children will have to travel 40 minutes for lessons", "an engineer's report commissioned by the council", "puts", "W")],
        [("Keri Whitmarle-Tuhiwaiata · Local Democracy Reporter", "", "", "B")],
        [("5:45pm Wednesday, 18 March 2026", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("The Ngāwhitu War Memorial Pool, which opened in 1964, on Tuesday afternoon.", "", "", ""),
         ("Photo / Keri Whitmarle-Tuhiwaiata", "", "", "B")],
        [("Taramoana District Council voted 7-3 on Wednesday to close the Ngāwhitu War Memorial Pool permanently and fill it in by the end of the year.", "", "", "W"),
         ("The pool has been shut since last April, when cracks were found in its concrete shell.", "", "", "W")],
        [("Repairs would cost about $3.8 million, according to an engineer's report commissioned by the council.", "an engineer's report commissioned by the council", "according to", "W"),
         ("The report found the pool was losing up to 30,000 litres of water a day through the cracks before it was closed.", "The report", "found", "W")],
        [("The council's community facilities manager, Craig Tomoana-Ellingsmere, says the pool's plant room, changing sheds and pipes would also have to be replaced within five years.", "Craig Tomoana-Ellingsmere", "says", "W"),
         ("“You'd be spending close to $5m on a 25-metre outdoor pool that's open four months of the year,” he says.", "Craig Tomoana-Ellingsmere", "says", "")],
        [("Ngāwhitu Amateur Swimming Club president Hemi Rautangahia-Barlow said the club had 86 members before the pool closed and now has 31.", "Hemi Rautangahia-Barlow", "said", "W"),
         ("He said the nearest public pool was in Taramoana, 40 minutes away by car.", "Hemi Rautangahia-Barlow", "said", "W")],
        [("Tomoana-Ellingsmere said the council would pay for buses to take pupils from Ngāwhitu School and Ōpārau School to the Taramoana pool for swimming lessons each term.", "Craig Tomoana-Ellingsmere", "said", "W")],
        [("Rautangahia-Barlow said that was better than nothing, but not much better.", "Hemi Rautangahia-Barlow", "said", ""),
         ("“Lessons once a week for four weeks a year don't make a kid safe in the river,” he said.", "Hemi Rautangahia-Barlow", "said", "")],
        [("Tomoana-Ellingsmere confirmed that the council had looked at a smaller heated pool for Ngāwhitu.", "Craig Tomoana-Ellingsmere", "confirmed", "W"),
         ("He said it would cost about $9m to build and $410,000 a year to run.", "Craig Tomoana-Ellingsmere", "said", "W")],
        [("Rautangahia-Barlow added that the club would keep raising money for “a pool of some kind, one day”.", "Hemi Rautangahia-Barlow", "added", ""),
         ("He said it had $62,000 in the bank.", "Hemi Rautangahia-Barlow", "said", "W")],
        [("Ngāwhitu School has 148 pupils and Ōpārau School 57.", "", "", "W")],
        [("Anahera Pōhaturoa-Lindqvald, who has three children at Ngāwhitu School, said her oldest learned to swim at the pool the summer before it closed.", "Anahera Pōhaturoa-Lindqvald", "said", ""),
         ("“The other two haven't had a single lesson since.", "Anahera Pōhaturoa-Lindqvald", "said", "")],
        [("“We live five minutes from the Mangatītī River.", "Anahera Pōhaturoa-Lindqvald", "said", ""),
         ("Every summer the kids are in it, and every summer you hear about a kid somewhere who didn't come out.", "Anahera Pōhaturoa-Lindqvald", "said", ""),
         ("What are we meant to do, tell them not to swim?”", "Anahera Pōhaturoa-Lindqvald", "said", "")],
        [("Lifeguard Tama Kereopaki-Holliswade worked at the pool for nine summers and taught most of the club's younger members to swim.", "", "", ""),
         ("On Wednesday he sat in the public gallery for the whole debate.", "", "", "")],
        [("Mayor Aroha Whaitiri-Deverhaugh told the Courier the decision was one of the hardest the council had made this term.", "Aroha Whaitiri-Deverhaugh", "told the Courier", ""),
         ("“Nobody around that table wanted to close a war memorial,” she said.", "Aroha Whaitiri-Deverhaugh", "said", "")],
        [("A council spokesperson said in an email that the pool's memorial plaques would be moved to the Ngāwhitu domain gates.", "A council spokesperson", "said in an email", "W")],
        [("The site will be grassed and could be used for a splash pad in future, officials said.", "Officials", "said", "W")],
        [("But will a splash pad teach anyone to swim?", "", "", "")],
        [("Related stories", "", "", "B")],
        [("Taramoana pool to extend opening hours over summer", "", "", "B")],
        [("Ngāwhitu School gets new playground after fundraising drive", "", "", "B")],
        [("Sign up for the Courier's daily newsletter", "", "", "B")],
        [("© 2026 Mātāwai Courier Ltd", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n70-us-standfirst-am-byline-caption", "District says it has 31 drivers for 42 routes; some children will be picked up before 6:30 a.m.\nBy Corliss Quennevarde-Amadoure | Staff writer\nPublished Feb. 10, 2026 at 6:45 a.m.\nShare   Facebook   X   Email   Print\nA driver checks the lights on a school bus at the district's depot on Tamberwick Road on Monday morning. Ledger-Courant photo by Ines Halvorsby-Nwachukuwa",
     ["District says it has 31 drivers for 42 routes; some children will be picked up before 6:30 a.m.", "By Corliss Quennevarde-Amadoure | Staff writer", "Published Feb. 10, 2026 at 6:45 a.m.", "Share   Facebook   X   Email   Print", "A driver checks the lights on a school bus at the district's depot on Tamberwick Road on Monday morning.", "Ledger-Courant photo by Ines Halvorsby-Nwachukuwa"]),
    ("n70-us-am-ends-sentence-inc-of", "The first bus on the merged Route 9 will leave the depot at 5:55 a.m. It will reach Ridgeholt Middle School at 7:40, about 35 minutes before the first bell.\nThe district contracts eight of its routes to Brellan Student Transit Inc. of Wauseka. In a statement, the company said it had raised its starting wage to $24.50 an hour in November and now pays for new drivers' licensing tests. It said it would take back two of the merged routes “as soon as staffing allows.”",
     ["The first bus on the merged Route 9 will leave the depot at 5:55 a.m.", "It will reach Ridgeholt Middle School at 7:40, about 35 minutes before the first bell.", "The district contracts eight of its routes to Brellan Student Transit Inc. of Wauseka.", "In a statement, the company said it had raised its starting wage to $24.50 an hour in November and now pays for new drivers' licensing tests.", "It said it would take back two of the merged routes “as soon as staffing allows.”"]),
    ("n70-us-two-paragraph-quote-question", "“I'm not blaming the drivers,” said Marcus Thornwaite-Ekwuonye, whose two children ride the bus from the Hammervale subdivision. “They're doing two jobs already, and they're the ones standing in the cold at 5:30 checking the tires.\n“But somebody at the district office should have seen this coming three years ago, when half of them were over 60. Why did nobody plan for it?”\nHe said his 7-year-old daughter would now wait for the bus in the dark for most of February.",
     ["“I'm not blaming the drivers,” said Marcus Thornwaite-Ekwuonye, whose two children ride the bus from the Hammervale subdivision.", "“They're doing two jobs already, and they're the ones standing in the cold at 5:30 checking the tires.", "“But somebody at the district office should have seen this coming three years ago, when half of them were over 60.", "Why did nobody plan for it?”", "He said his 7-year-old daughter would now wait for the bus in the dark for most of February."]),
    ("n70-uk-pm-ends-sentence-cllr", "The last bus from Skelbrathy currently leaves at 6.10pm. From April 6 there will be none.\nCouncil leader Cllr Anthony Brackhulme-Idowoseni said North Yorkshire Council had offered the company £180,000 a year to keep the route going until at least March 2028.\nGareth Morvennick, the company's managing director, said that was about half of what the 74 cost to run. He said passenger journeys on the route had fallen from about 1,900 a week in 2019 to 1,100 last autumn.",
     ["The last bus from Skelbrathy currently leaves at 6.10pm.", "From April 6 there will be none.", "Council leader Cllr Anthony Brackhulme-Idowoseni said North Yorkshire Council had offered the company £180,000 a year to keep the route going until at least March 2028.", "Gareth Morvennick, the company's managing director, said that was about half of what the 74 cost to run.", "He said passenger journeys on the route had fallen from about 1,900 a week in 2019 to 1,100 last autumn."]),
    ("n70-uk-passenger-quote-question", "Margaret Tullivore-Oyenugbe, 81, who lives in Rowlandsike and gave up driving three years ago, told the Gazette the bus was “a lifeline, not a luxury”.\n“I go into Skelbrathy on a Tuesday for the doctor and on a Friday for the market. My daughter's in Leeds. There's nobody up here with a car on a weekday.\n“What am I meant to do, walk the six miles?”",
     ["Margaret Tullivore-Oyenugbe, 81, who lives in Rowlandsike and gave up driving three years ago, told the Gazette the bus was “a lifeline, not a luxury”.", "“I go into Skelbrathy on a Tuesday for the doctor and on a Friday for the market.", "My daughter's in Leeds.", "There's nobody up here with a car on a weekday.", "“What am I meant to do, walk the six miles?”"]),
    ("n70-ca-posted-at-caption-st", "Posted: Feb 13, 2026 4:12 PM AT | Last Updated: Feb 13, 2026 6:05 PM AT\nShare   Facebook   X   Email   Copy link\nThe MV Islay Tern sits at the wharf in St. Colmkille Harbour on Thursday. (Ailsa Brennagarth-Oyeleyeni/Northshore Radio News)",
     ["Posted: Feb 13, 2026 4:12 PM AT | Last Updated: Feb 13, 2026 6:05 PM AT", "Share   Facebook   X   Email   Copy link", "The MV Islay Tern sits at the wharf in St. Colmkille Harbour on Thursday.", "(Ailsa Brennagarth-Oyeleyeni/Northshore Radio News)"]),
    ("n70-ca-ltd-of-halifax-cpl", "Fernmarsh Marine Ltd. of Halifax, which maintains the ferry under a contract with the province, confirmed that a crankshaft bearing had failed. The company said the ferry had passed its annual inspection in October.\nThe MV Islay Tern was built in 1988 and has been out of service for a total of 61 days since 2022, according to the department's own figures.\nThe RCMP said officers on the island would carry a defibrillator in their vehicle while the ferry is out. Cpl. Tamsin Hollerdane said anyone with a medical emergency should still call 911 and would be taken off the island by the Coast Guard if needed.",
     ["Fernmarsh Marine Ltd. of Halifax, which maintains the ferry under a contract with the province, confirmed that a crankshaft bearing had failed.", "The company said the ferry had passed its annual inspection in October.", "The MV Islay Tern was built in 1988 and has been out of service for a total of 61 days since 2022, according to the department's own figures.", "The RCMP said officers on the island would carry a defibrillator in their vehicle while the ferry is out.", "Cpl. Tamsin Hollerdane said anyone with a medical emergency should still call 911 and would be taken off the island by the Coast Guard if needed."]),
    ("n70-au-updated-am-picture-by", "Words by Jacinta Merribrook-Oseiwaa\nUpdated June 26 2026 - 9:40am, first published 6:00am\nShare   Facebook   X   Email\nBurrandool Shire councillors at Thursday's special budget meeting. Picture by Lachlan Fenderby-Aboagyewa",
     ["Words by Jacinta Merribrook-Oseiwaa", "Updated June 26 2026 - 9:40am, first published 6:00am", "Share   Facebook   X   Email", "Burrandool Shire councillors at Thursday's special budget meeting.", "Picture by Lachlan Fenderby-Aboagyewa"]),
    ("n70-au-two-men-alternating", "Cottesworth-Nuamoah said pensioners would get a $250 rebate, up from $200. He added that the council had “looked at every line” of the budget before settling on the rise.\nHasselwood-Danquahene said he did not doubt that. “But you can look at every line and still ask the wrong question,” he said. “The question is whether people on $30,000 a year can pay it.”",
     ["Cottesworth-Nuamoah said pensioners would get a $250 rebate, up from $200.", "He added that the council had “looked at every line” of the budget before settling on the rise.", "Hasselwood-Danquahene said he did not doubt that.", "“But you can look at every line and still ask the wrong question,” he said.", "“The question is whether people on $30,000 a year can pay it.”"]),
    ("n70-ie-co-10am-noon-spokesperson", "A Garda spokesperson confirmed on Monday that the public office at Tullaghbeg Garda station in Co. Roscommon will open from 10am to noon on Tuesdays, Thursdays and Saturdays from next Monday. It is currently open for 12 hours a week.\nThe station will remain the base for two gardaí and will not close, the spokesperson said. Members of the public who need to report a crime or have documents signed outside those hours should go to the district station in Castlekeeran, about 30 kilometres away, or phone 999 in an emergency, the spokesperson said.",
     ["A Garda spokesperson confirmed on Monday that the public office at Tullaghbeg Garda station in Co. Roscommon will open from 10am to noon on Tuesdays, Thursdays and Saturdays from next Monday.", "It is currently open for 12 hours a week.", "The station will remain the base for two gardaí and will not close, the spokesperson said.", "Members of the public who need to report a crime or have documents signed outside those hours should go to the district station in Castlekeeran, about 30 kilometres away, or phone 999 in an emergency, the spokesperson said."]),
    ("n70-ie-supt-desk-act", "Supt. Fionnuala Brogarty, the district officer for Castlekeeran, said the new hours matched the times when the office was busiest. The Tullaghbeg public office dealt with 311 callers in 2025.\nGarda Eoin Lackendarragh has worked the desk at Tullaghbeg for 11 years and lives above the station with his family.",
     ["Supt. Fionnuala Brogarty, the district officer for Castlekeeran, said the new hours matched the times when the office was busiest.", "The Tullaghbeg public office dealt with 311 callers in 2025.", "Garda Eoin Lackendarragh has worked the desk at Tullaghbeg for 11 years and lives above the station with his family."]),
    ("n70-ie-publican-two-paragraph-quote", "“I'm not asking for a garda on every corner,” said Pádraig Munnellan-Odurowah, who has run Munnellan's bar on Main Street since 1998. “I'm asking for somebody to answer the door when a young lad's car has been broken into outside my premises at ten o'clock on a Friday night.\n“The last time that happened, they waited an hour and a quarter for a car to come out from Castlekeeran. By then the lads who did it were back in their beds.”\nWhy six hours, and why those six? The Garda Press Office did not answer that question by the time of going to press.",
     ["“I'm not asking for a garda on every corner,” said Pádraig Munnellan-Odurowah, who has run Munnellan's bar on Main Street since 1998.", "“I'm asking for somebody to answer the door when a young lad's car has been broken into outside my premises at ten o'clock on a Friday night.", "“The last time that happened, they waited an hour and a quarter for a car to come out from Castlekeeran.", "By then the lads who did it were back in their beds.”", "Why six hours, and why those six?", "The Garda Press Office did not answer that question by the time of going to press."]),
    ("n70-in-dateline-initials", "THRISSUR: The Public Works Department (PWD) closed the Kanjirakadavu bridge over the Chalakkara river to buses and heavy vehicles on Wednesday after engineers found cracks in two of its seven piers, officials said. The bridge, built in 1968, carries about 160 bus trips a day between Thrissur town and Vellithuruthy.\nP.K. Anilkumar Varrier, executive engineer of the PWD's bridges division, said a routine inspection on March 12 had found cracks up to 4 mm wide in piers three and four. He said cars, two-wheelers and autorickshaws could still use the bridge, but vehicles above 5 tonnes would be stopped at both ends.",
     ["THRISSUR: The Public Works Department (PWD) closed the Kanjirakadavu bridge over the Chalakkara river to buses and heavy vehicles on Wednesday after engineers found cracks in two of its seven piers, officials said.", "The bridge, built in 1968, carries about 160 bus trips a day between Thrissur town and Vellithuruthy.", "P.K. Anilkumar Varrier, executive engineer of the PWD's bridges division, said a routine inspection on March 12 had found cracks up to 4 mm wide in piers three and four.", "He said cars, two-wheelers and autorickshaws could still use the bridge, but vehicles above 5 tonnes would be stopped at both ends."]),
    ("n70-in-rs-lakh-confirmed", "Varrier confirmed that the request had been received. He said a study had been sanctioned in 2024 for Rs. 38 lakh and was due to begin in April.\nManjooran said the repairs should be done in “weeks, not months”. He added that he would raise the matter with the Public Works Minister in Thiruvananthapuram on Friday.",
     ["Varrier confirmed that the request had been received.", "He said a study had been sanctioned in 2024 for Rs. 38 lakh and was due to begin in April.", "Manjooran said the repairs should be done in “weeks, not months”.", "He added that he would raise the matter with the Public Works Minister in Thiruvananthapuram on Friday."]),
    ("n70-in-auto-quote-question", "“I take schoolchildren across this bridge four times a day,” said Shajahan Kaippilly, an autorickshaw driver from Vellithuruthy. “Now the parents are asking me if it is safe for an auto.\n“What do I tell them? The engineers say it is safe, so I say it is safe.”",
     ["“I take schoolchildren across this bridge four times a day,” said Shajahan Kaippilly, an autorickshaw driver from Vellithuruthy.", "“Now the parents are asking me if it is safe for an auto.", "“What do I tell them?", "The engineers say it is safe, so I say it is safe.”"]),
    ("n70-ng-am-times-director", "The Director of the Oyo State Fire Service, Mr Olawuyi Fagbemirowa, said the fire started at about 2.15 a.m. in a shop selling foam mattresses and spread along two lines of wooden stalls. He said three fire engines from the Oketolani and Ajibadeji stations brought it under control by 6.40 a.m.\nIbadan, a city of more than four million people, has six state fire stations.\nTraders said they first saw flames at about 1.30 a.m. and that the first engine did not arrive until after 3 a.m. Fagbemirowa said the engines were delayed because the market's main gate was locked and the keys were with a security guard who could not be found.",
     ["The Director of the Oyo State Fire Service, Mr Olawuyi Fagbemirowa, said the fire started at about 2.15 a.m. in a shop selling foam mattresses and spread along two lines of wooden stalls.", "He said three fire engines from the Oketolani and Ajibadeji stations brought it under control by 6.40 a.m.", "Ibadan, a city of more than four million people, has six state fire stations.", "Traders said they first saw flames at about 1.30 a.m. and that the first engine did not arrive until after 3 a.m.", "Fagbemirowa said the engines were delayed because the market's main gate was locked and the keys were with a security guard who could not be found."]),
    ("n70-ng-said-comma-quote-question", "The Iyaloja of Olomitutu Market, Alhaja Sikirat Omotolani-Ajagbonna, said the market's traders' association had counted 143 shops burnt and put the value of goods lost at about N1.2bn. She said, “Many of these women took loans from cooperatives in December to stock up for the festive season. Those loans have not been paid.\n“Who will pay them now? We are begging the government to come to our aid.”",
     ["The Iyaloja of Olomitutu Market, Alhaja Sikirat Omotolani-Ajagbonna, said the market's traders' association had counted 143 shops burnt and put the value of goods lost at about N1.2bn.", "She said, “Many of these women took loans from cooperatives in December to stock up for the festive season.", "Those loans have not been paid.", "“Who will pay them now?", "We are begging the government to come to our aid.”"]),
    ("n70-ke-credit-capitals-sh", "The locked cold store at Nyamware beach in Kisumu County on April 14, 2026. PHOTO | EVANS OTIENOH-KISINGER | ZIWA DAILY\nA fish cold store built for Sh38 million at Nyamware beach on Lake Victoria has stood locked since it was completed in March 2024. It can hold 20 tonnes of fish and make 5 tonnes of ice a day.",
     ["The locked cold store at Nyamware beach in Kisumu County on April 14, 2026.", "PHOTO | EVANS OTIENOH-KISINGER | ZIWA DAILY", "A fish cold store built for Sh38 million at Nyamware beach on Lake Victoria has stood locked since it was completed in March 2024.", "It can hold 20 tonnes of fish and make 5 tonnes of ice a day."]),
    ("n70-ke-quote-question-same-surname", "“By eleven o'clock the tilapia is soft and nobody in Kisumu wants it,” said Mary Akinyi Odhengo, who buys fish at Nyamware and sells it at a market in Kisumu. “So I buy less. The fishermen sell to me at Sh150 a kilo instead of Sh250 because they know I can't keep it.\n“If that store opens, the prices will be fair for both of us. Why build it and lock it?”\nHer cousin, Rose Anyango Odhengo, has sold fish at the beach since 1998 and now also sells the ice she buys from a man in Kisumu town who delivers it by motorcycle.",
     ["“By eleven o'clock the tilapia is soft and nobody in Kisumu wants it,” said Mary Akinyi Odhengo, who buys fish at Nyamware and sells it at a market in Kisumu.", "“So I buy less.", "The fishermen sell to me at Sh150 a kilo instead of Sh250 because they know I can't keep it.", "“If that store opens, the prices will be fair for both of us.", "Why build it and lock it?”", "Her cousin, Rose Anyango Odhengo, has sold fish at the beach since 1998 and now also sells the ice she buys from a man in Kisumu town who delivers it by motorcycle."]),
    ("n70-ke-says-am-ends-related", "Ochiengo-Mwakilemba says the fishermen will believe the June date when they see ice. On Tuesday morning he sold his own catch of 30 kilos of tilapia by 8am. The rest of the boats came in after nine.\nRELATED",
     ["Ochiengo-Mwakilemba says the fishermen will believe the June date when they see ice.", "On Tuesday morning he sold his own catch of 30 kilos of tilapia by 8am.", "The rest of the boats came in after nine.", "RELATED"]),
    ("n70-ph-brgy-engr", "ILOILO CITY – The city government said in a statement on Tuesday that all 486 vendors at the Calinawan public market must move to a temporary site in Brgy. Tabucol Norte by May 4 so demolition of the old market can begin. The old market was built in 1979.\nThe city's market administrator, Engr. Corazon Malabandoy-Treyes, said the new three-storey market would cost P312 million and take about two years to build. She said the vendors' old stalls were “not safe anymore for anyone, especially in a strong earthquake.”",
     ["ILOILO CITY – The city government said in a statement on Tuesday that all 486 vendors at the Calinawan public market must move to a temporary site in Brgy. Tabucol Norte by May 4 so demolition of the old market can begin.", "The old market was built in 1979.", "The city's market administrator, Engr. Corazon Malabandoy-Treyes, said the new three-storey market would cost P312 million and take about two years to build.", "She said the vendors' old stalls were “not safe anymore for anyone, especially in a strong earthquake.”"]),
    ("n70-ph-hiligaynon-translation", "Lorna Dalisaygon-Ocampora, president of the Calinawan Market Vendors Association, said only 240 of the 486 stalls at the temporary site had a roof. “Diin kami mabutang kon mag-ulan?” she said. (Where will we put ourselves when it rains?)\nMalabandoy-Treyes said roofing for the remaining stalls would be finished by the end of April. She explained that the contractor had been delayed by a late delivery of steel trusses from Manila.",
     ["Lorna Dalisaygon-Ocampora, president of the Calinawan Market Vendors Association, said only 240 of the 486 stalls at the temporary site had a roof.", "“Diin kami mabutang kon mag-ulan?” she said.", "(Where will we put ourselves when it rains?)", "Malabandoy-Treyes said roofing for the remaining stalls would be finished by the end of April.", "She explained that the contractor had been delayed by a late delivery of steel trusses from Manila."]),
    ("n70-ph-question-am-pm-related", "About 9,000 shoppers pass through the Calinawan market on a weekday.\nWill they follow the vendors to Tabucol Norte? Malabandoy-Treyes said the city would run a free shuttle between the old site and the temporary market every 15 minutes from 5 a.m. to 7 p.m. during the first month.\nRELATED STORIES",
     ["About 9,000 shoppers pass through the Calinawan market on a weekday.", "Will they follow the vendors to Tabucol Norte?", "Malabandoy-Treyes said the city would run a free shuttle between the old site and the temporary market every 15 minutes from 5 a.m. to 7 p.m. during the first month.", "RELATED STORIES"]),
    ("n70-sg-published-sgt-listen", "Hazel Luo Wei Ling, Community Correspondent\nPublished Mar 27, 2026, 05:00 AM SGT\nListen to this article   4 min\nShare   Facebook   X   Telegram   WhatsApp\nDiners at Pinangsari Heights Market and Food Centre during the lunch hour on March 25. ML PHOTO: MARCUS SIAH JUN HAO",
     ["Hazel Luo Wei Ling, Community Correspondent", "Published Mar 27, 2026, 05:00 AM SGT", "Listen to this article   4 min", "Share   Facebook   X   Telegram   WhatsApp", "Diners at Pinangsari Heights Market and Food Centre during the lunch hour on March 25.", "ML PHOTO: MARCUS SIAH JUN HAO"]),
    ("n70-sg-kueh-quote-4am", "“Forty years I sell chwee kueh here,” said Madam Kway Siew Lan, 71, who runs a stall with her son. “My customers come at 6.30 in the morning before work.\n“Ten months they go somewhere else, you think they come back? Maybe some.”\nHer son, Mr Tng Kah Wee, 44, took over the morning shift in 2019 and now makes the kueh at 4am.",
     ["“Forty years I sell chwee kueh here,” said Madam Kway Siew Lan, 71, who runs a stall with her son.", "“My customers come at 6.30 in the morning before work.", "“Ten months they go somewhere else, you think they come back?", "Maybe some.”", "Her son, Mr Tng Kah Wee, 44, took over the morning shift in 2019 and now makes the kueh at 4am."]),
    ("n70-sg-pte-ltd-firm", "Work will be carried out by Tanjong Rimba Builders Pte Ltd, which was awarded the S$14.6 million contract in February. The firm did not respond to questions by press time.\nNEA said stallholders who wanted to retire during the closure could give up their stalls and receive an ex gratia payment of S$10,000.",
     ["Work will be carried out by Tanjong Rimba Builders Pte Ltd, which was awarded the S$14.6 million contract in February.", "The firm did not respond to questions by press time.", "NEA said stallholders who wanted to retire during the closure could give up their stalls and receive an ex gratia payment of S$10,000."]),
    ("n70-za-xhosa-translation", "Zoleka Mqhayi, a mother of four who lives on Umthombo Street, said she had not had water from a tanker since Saturday. “Amanzi asekho, abantwana abayi esikolweni,” she said. (There is no water, the children are not going to school.)\nDyantyiswa-Krugerhof said two of the ward's three primary schools had sent pupils home early every day this week because their toilets could not be flushed. She warned that the clinic in Khanyisokuhle would have to turn patients away if its tank ran dry.",
     ["Zoleka Mqhayi, a mother of four who lives on Umthombo Street, said she had not had water from a tanker since Saturday.", "“Amanzi asekho, abantwana abayi esikolweni,” she said.", "(There is no water, the children are not going to school.)", "Dyantyiswa-Krugerhof said two of the ward's three primary schools had sent pupils home early every day this week because their toilets could not be flushed.", "She warned that the clinic in Khanyisokuhle would have to turn patients away if its tank ran dry."]),
    ("n70-za-where-questions-captain", "“We were told in December the pump station would get a guard and a fence,” she said. “Where is the guard?\n“Where is the fence? Where is the water?”\nPolice spokesperson Captain Nompumelelo Sitholeni-Venterspos confirmed that two men had been arrested on February 7 with about 60 metres of burnt copper cable. She said they would appear in the Ncedolwazi Magistrate's Court on Monday on charges of tampering with essential infrastructure.",
     ["“We were told in December the pump station would get a guard and a fence,” she said.", "“Where is the guard?", "“Where is the fence?", "Where is the water?”", "Police spokesperson Captain Nompumelelo Sitholeni-Venterspos confirmed that two men had been arrested on February 7 with about 60 metres of burnt copper cable.", "She said they would appear in the Ncedolwazi Magistrate's Court on Monday on charges of tampering with essential infrastructure."]),
    ("n70-nz-mother-quote-what", "Anahera Pōhaturoa-Lindqvald, who has three children at Ngāwhitu School, said her oldest learned to swim at the pool the summer before it closed. “The other two haven't had a single lesson since.\n“We live five minutes from the Mangatītī River. Every summer the kids are in it, and every summer you hear about a kid somewhere who didn't come out. What are we meant to do, tell them not to swim?”\nLifeguard Tama Kereopaki-Holliswade worked at the pool for nine summers and taught most of the club's younger members to swim. On Wednesday he sat in the public gallery for the whole debate.",
     ["Anahera Pōhaturoa-Lindqvald, who has three children at Ngāwhitu School, said her oldest learned to swim at the pool the summer before it closed.", "“The other two haven't had a single lesson since.", "“We live five minutes from the Mangatītī River.", "Every summer the kids are in it, and every summer you hear about a kid somewhere who didn't come out.", "What are we meant to do, tell them not to swim?”", "Lifeguard Tama Kereopaki-Holliswade worked at the pool for nine summers and taught most of the club's younger members to swim.", "On Wednesday he sat in the public gallery for the whole debate."]),
    ("n70-nz-pm-date-photo-slash", "Keri Whitmarle-Tuhiwaiata · Local Democracy Reporter\n5:45pm Wednesday, 18 March 2026\nShare   Facebook   X   Email\nThe Ngāwhitu War Memorial Pool, which opened in 1964, on Tuesday afternoon. Photo / Keri Whitmarle-Tuhiwaiata",
     ["Keri Whitmarle-Tuhiwaiata · Local Democracy Reporter", "5:45pm Wednesday, 18 March 2026", "Share   Facebook   X   Email", "The Ngāwhitu War Memorial Pool, which opened in 1964, on Tuesday afternoon.", "Photo / Keri Whitmarle-Tuhiwaiata"]),
]  # fmt: skip
