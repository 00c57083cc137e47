"""Sixty-seventh set of new hand-labelled pages for the hint engines (tuning set, round twenty-nine): twelve whole pages from news sites in twelve countries, dense with speakers that are hard to find and hard to name, and with sentences that look like attribution but are not.

Written from scratch for issue 13 in round twenty-nine, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/`, no README and no benchmark was read, and no test, scorer, engine or `pytest` was run, and
`claimreview` was never imported. The format and the conventions were read from the module
docstrings of `labelled_new.py`, `labelled_new2.py`, `labelled_new63.py`, `labelled_new64.py` and
`labelled_new65.py`, the `STYLES` and first two pages of `labelled_new64.py`, the `STYLES` (their
lines cut short) and the first lines of the first page of `labelled_new65.py`, the first page and the
first lines of the second of `labelled_new63.py`, the split cases of `labelled_new64.py` (a listing
cut short in the middle), `build` in `labelled_articles.py` and the ruff settings in `pyproject.toml`; a directory listing of `tests/text/`, `git status` and the
line numbers of the `STYLES`, `ARTICLES`, `CASES`, page-comment and `# fmt: skip` lines of
`labelled_new63.py` to `labelled_new65.py` were also printed. What was run: a small line format of
my own in /tmp turned into the literals below by a script of my own, an import of this file with
`build` on every page, a small checking script of my own in /tmp (four fields, flags, speakers
against cues, the sentence count, every split case joining back to its text and occurring in a
built page), whole-word greps of the capitalised words over `tests/` that printed file counts only
(and, for a handful of suspicious single hits, the names of the matching files), and `ruff format`
/ `ruff check`.

Every person, small place, village, stream, street, estate, school, church, hospital, organisation,
outlet, company, firm, forum, association, product, film, book and number is invented. Real
countries, regions, rivers, islands and big cities appear only as settings (Uganda, Mukono,
Wakiso and Buikwe districts; Zambia, the North-Western Province and Solwezi District; Nepal, the
Gandaki Province, Tanahun and Pokhara; Pakistan, Lahore, Islamabad and Karachi; Indonesia, East
Nusa Tenggara, Flores, Bandung, Jakarta and Kupang; Malaysia, Penang, Seberang Perai and George
Town; Malta; the Netherlands, the Waal, the A15 and Rotterdam; Jamaica and St Catherine; the United
States, Louisiana and Lafayette; Samoa, Savai'i, Apia and Auckland; Papua New Guinea, the Southern
Highlands, Enga and the Highlands Highway), and so do real public bodies, courts, offices, laws and
calendars, always with invented figures: the High Court and its Land Division, the Land Act, the
Ministry of Lands, a district land board and district police; the Zambia Environmental Management
Agency (ZEMA) and a provincial minister; the Town Development Fund, the Nepali calendar and Dashain;
the Lahore High Court, an Assistant Advocate General, the School Education Department, the Civil
Secretariat, the Lahore Press Club and the province's registration authority; the Centre for
Volcanology and Geological Hazard Mitigation (PVMBG), the National Disaster Management Agency
(BNPB), a regent and a regional secretary; the Penang Drainage and Irrigation Department (DID), the
state executive council, the Housing and Local Government Ministry and the Penang High Court; a
magistrate's court, the Building and Construction Authority and Mater Dei Hospital; a water board,
the Council of State, the House of Representatives and the Minister of Infrastructure and Water
Management; the National Solid Waste Management Authority (NSWMA), the St Catherine Municipal
Corporation, the Custos, the police and the Local Government Minister; a parish police jury, a
district court, a state bridge inspection, a sheriff and LSU; the Land and Titles Court, village
councils, the Pulenu'u, the Office of the Ombudsman and the Council of Deputies; a provincial
governor, the Department of Works and Highways, the provincial police and the Defence Force.
Facebook, X, Instagram, LinkedIn and WhatsApp appear only as channels. No surname, town, street,
outlet, company, school, club or union of any file under `tests/` is reused: every capitalised word
of these pages and styles, each part of a hyphenated name included, was grepped as a whole word
over the whole `tests/` tree, case-insensitively, counting matching files, and every hit that was
an invented name was changed (a first pass hit some seventy invented surnames, places, streets and
outlets of earlier sets, and some forty replacements hit again over three more rounds; all were
renamed and grepped once more). Given names, titles, particles, real settings and common words such as "Post",
"Daily", "Chronicle", "Pilot", "Dispatch", "Times", "Beacon", "Grammar", "Towing", "Taman" and
"Triq" recur. The files other writers are drafting at the same time (`labelled_new66.py`,
`labelled_new68.py`, `labelled_heldout43.py`, `labelled_heldout44.py`) fell under the same greps
as far as they existed; a last pass, when `labelled_new66.py`, `labelled_new68.py` and
`labelled_heldout44.py` existed, hit eight invented surnames, a place and a first name of this set
in them, and a part of a Malaysian place name in two older files, all renamed here (their content
was not read).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all
in a browser, so every furniture line (masthead, strap, menu, crumb, section label, byline, date
line, listen and share strips, caption credit, related, also-read and see-also lines, tags,
newsletter, WhatsApp and subscribe prompts, comment notices, interview and transcript labels with
their notes, and footers) is a paragraph of its own, worded in that site's own way, and "B". Most of
the effort went into the speakers: quotes brought in by a colon, speakers named only after their
words, reported speech running over sentences and paragraphs with no new cue, "added", "noted",
"stressed", "insisted", "recalled", "conceded", "argued", "contended", "maintained", "countered",
"charged", "retorted", "shot back", "pointed out" and "summed it up", alternating voices of the
same gender, people who share a family name or a title, unnamed spokespeople and officials,
statements issued by bodies and read out by someone else, posts, letters, petitions, affidavits,
judgments and written submissions, interviews in Q&A form and a press-conference transcript,
honorifics and titles of each country (chiefs, matai, clergy, police ranks, judges, engineers,
lawyers, politicians), particles, family-first and mononymous names, a role before the name after
a comma, and an apposition or relative clause between the name and the verb. Beside them stand
sentences that look like attribution but are not: a person "said to be", a fire "said to have been
started", "the so-called", "what is known as", a sign, a banner and a placard that "said", and a
film, a documentary and a book whose titles hold "Says". `STYLES` names the site, the story and the
stresses of each page, in order.

(1) A Ugandan national daily's courts page: families tell the High Court a sugar firm fenced off
their clan's land. "have told the High Court" carries the families as written, and the headline's
"tell court" the same; "In an affidavit filed on March 30, the head of the ... clan in the area,
Owek. Yowana Ssempijja-Lutalo, says" carries him ("Owek." dropped); "The affidavit, which runs to 62
pages with its annexures, lists" carries "The affidavit" and "It says" the same; "Namiryango Sugar
Estates Ltd., which runs a 9,000-acre plantation ..., says in its reply" carries the company, and
the standfirst's "Company says" with it; "The reply was sworn by ..." is a fact, "W", and "He states"
after it carries the manager; "“...,” the reply says." keeps "the reply"; "Lady Justice ... ordered
both sides to keep the status quo" is an act, "W", and "She said she would visit the land on May 8"
carries her; two men advocates alternate ("Mr" dropped, "Kigoonya-Ntambi replied", "he said" going to
the last man named with a verb of saying); "Ssempijja-Lutalo, 78, put it plainly when the Post
visited the hill on Monday: “...”" is one sentence with the cue "put it plainly", and the next
paragraph's quote carries him with the same cue; "what is known as a kasozi ka bajjajja" and "A sign
on the new gate said “...”" carry nobody; a widow is named only after her words ("Those were the
words of ..."); "Police in Mukono said" as written; "the regional police spokesperson, ASP Harriet
Nabirye-Okwalinga, said" carries her; "A statement from the Mukono District Land Board, read out ...
by the board's secretary, ..., said" carries the statement and "the statement added" keeps "the
statement"; an unnamed company spokesperson ("A spokesperson for Namiryango") and "Hon." dropped from
an MP who "wrote on X".

(2) A Zambian community radio station's news site: a copper mine's tailings spill turns a stream
orange. "Nsabwe Copper Mines Plc said in a post on its Facebook page" carries the company, "the post
said" keeps "the post" and "It said" resolves to the company; "Senior Chief Mwanashiku Lubembe, in a
statement read to journalists at his palace on Monday by his secretary, ..., said" carries the chief
(the reader is not the source), "The chief said" resolves to him, and "The statement went on: “..."
over two sentences keeps "The statement"; "Mr Kapalu-Syamunyinda did not take questions." carries the
secretary like "did not respond", ""; a fish trader and a headteacher who share the family name
Musondela and are no relation alternate, told apart by first names and by "The headteacher noted";
"In a letter dated April 13, seen by Mwezi FM, the Zambia Environmental Management Agency (ZEMA) told
the company" carries the agency, "The letter says" the letter; "Hon. Dr." and the provincial role are
dropped, "Asked whether the mine would be fined, she said that was for ZEMA to decide." is "" and "She
conceded that the tankers were carrying only 20,000 litres a day" "W"; "A mine official, who asked
not to be named ..., said" keeps "A mine official"; "Prof. ..., who teaches mining hydrology at ...,
said" carries him; "A man said to be a contractor at the mine was seen ..." and "the so-called
“orange weeks”" carry nobody.

(3) A Nepali English daily's province page: a town's drinking water project four years late, with
an interview. "according to the Town Development Fund, which lent ..." gives the fund and "it said"
resolves to it; "Er." is dropped from the engineer, who "explained", and his reported speech runs on
through the next sentence and the next paragraph with no verb of saying, carrying him and the cue;
"In a letter to the mayor dated April 2, the Dhanpur Drinking Water Users' Committee said" carries
the committee, and "The letter says" / "It adds" the letter; "Ward 4 Chair" is dropped with "wrote
on Facebook"; "Dr. Anju Regmi-Khaniya, who has run the health post in Dhanpur-4 since 2019, said"
carries her and "She recalled" too; "The contractor, Himshikhar Builders Pvt. Ltd., said in a written
reply" carries the firm; "A documentary about the project, “The Tap Says Tomorrow”, ... was
screened" is a fact, "W", with nobody cited; a woman is named only after her words ("So says ...");
in the interview the paper's questions ("Post: ...") carry nobody unless they cite a source ("Post:
The users' committee says ..." carries "The users' committee" with "says"), and the answers carry
the mayor with the cue "Baral-Sapkota:".

(4) A Pakistani English daily's Lahore courts page: parents challenge a school chain's fee rise in
the High Court. The bench's restraint order is an act, "W", and "Justice ... and Justice ... were
hearing a petition" carries nobody; "The petition, filed through Barrister ... on March 28, states"
carries "The petition" and "It says" the same; two women advocates alternate ("contended",
"maintained", "countered", "argued", "she said"), "Counsel for the school chain, Advocate ...,
maintained" and "The petitioners' counsel countered" resolved to the advocates; the standfirst's
"Chain says rise covers salaries and electricity" carries the chain's counsel, through whom the body
first gives the claim; "In an affidavit sworn by its director of finance, Mian ..., the chain says"
keeps "the chain"; "An Assistant Advocate General, ..., told the bench" carries him; "The bench
observed that “...” and sought a reply" carries "The bench", "W"; "A statement issued by the School
Education Department on Thursday, read out to reporters ... by its spokesperson, ..., said" carries
the statement, "The department stressed" keeps "The department", and "The spokesperson declined to
answer questions" resolves to her; "the so-called “annual development fund”" does not cite anyone;
"The Fair Fees Parents Forum ... wrote on X" then "the group wrote"; "Asked why ..., Sandhuwal
remarked: “...”" is one sentence with the cue "remarked"; a mother is named only after her words
("Nabila Sheikhupurwal, ..., said this outside the court"); an unnamed teacher ("A teacher at one of
the chain's campuses") contradicts the chain's pay rises, "W".

(5) An Indonesian English-language site: a volcano's alert raised to the highest level. The
centre's raising of the alert is an act, "W"; "Dr." is dropped from the centre's head, who "told a
press conference", and his reported speech runs on through the next sentence and paragraph ("An
eruption could come within days ..." a spoken forecast, ""; "The exclusion zone had therefore been
widened ..." "W"); the standfirst's "could come 'within days'" is "" too; "The National Disaster
Management Agency (BNPB) said" as written, "Its head of data and communications, ..., said" carries
him; "In a statement read out at the regency office on Monday by the regional secretary, ..., the
regent said" carries the regent, and "he said in the statement" the same; "Pak" and "Ibu" are dropped
from the village head and the midwife; "He added that warning sirens, said to be tested every month,
had not sounded" carries the village head ("said to be" is not a second source); "Two residents told
the Daily" as written; the mononyms "Suwarni" and "Sukirman" are names in full; "Romo" is dropped
from the parish priest, who "recalled"; "The coordinator of the Watodiri post, who did not want to be
named," keeps the description and "He said" resolves to it; "Sukirman ... described the first night
simply: “Everybody was awake.”" is one sentence with the cue "described".

(6) A Malaysian English daily's nation page: flash floods in a Penang housing estate. "the Penang
Drainage and Irrigation Department (DID) said" at the end of the lead, and "It said" resolves to it;
"what is known as a padi basin" carries nobody; "Datuk Seri" is dropped and "a/l" kept ("Ravindran
a/l Gopalsamy"); "YB" is dropped and "bin" kept; the state executive councillor and an opposition
assemblyman (two men) alternate with "argued", "shot back", "The executive councillor" and "The
assemblyman"; "The developer, ..., wrote to residents on April 2" is a fact, "W", and "The letter,
signed by its managing director, Datuk Haw Chee Boon, says" carries the letter, while "Haw said"
resolves the Chinese family name to "Haw Chee Boon" (and "Looi said" to "Looi Kok Wai"); "A joint
statement by the residents' associations of ...'s three phases, read out ... by the phase 2 chairman,
..., said" carries the statement; "posted on Facebook" then "he wrote"; "A council officer, who spoke
on condition of anonymity, said" with a figure carried into the next sentence; a sign that said
“BANJIR LAGI? KITA SAMAN” carries nobody; a wife is named only after her words ("So said Nor Hafizah
binti Abdul Rasyidi, ..."); "Ir." is dropped from a hydrologist, with an apposition before "noted".

(7) A Maltese English-language daily's court page: two brothers charged after a neighbour's house
collapses. The charges and pleas are acts, "W"; the brothers Joseph and Mario Vellaħmar are told
apart by first names ("Mario Vellaħmar's lawyer", "The elder brother's lawyer"); "According to the
charge sheet" gives the charge sheet; "Prosecuting, Inspector ... told the court" carries the
inspector; "The inspector read the letter into the record." is an act, "W", the letter's words carry
the neighbour with "wrote", and "The letter says" the letter; "A report by the authority's
inspectors, filed in the acts, found" carries the report and "The report says" the same; the
prosecuting inspector and a defence lawyer (two women) alternate ("argued", "pointed out",
"insisted", "She said"); "Dr" is dropped from lawyers and "Perit" from the architect, who
"testified" and "conceded"; "Mgr ..., the parish priest of Ħal Mixtin, whose 2019 history of the
parish, “The Bell Says Noon”, is sold in the sacristy, told the court" carries the priest (the
title's "Says" is not a verb of saying); "..., the court heard." and the bail order carry nobody;
"The authority said in a statement" keeps "The authority" and "It said" resolves to "the Building
and Construction Authority" as first given.

(8) A Dutch English-language site: a water board's dike plan cuts through a family farm. "The water
board said" keeps "The water board" and "It said" resolves to "The Lingezoom water board" as first
given; "The dike-reeve of Lingezoom, Hendrika van Dalsum-Tiemersma, told the board's general
assembly" carries her; particles stay ("van", "van der", "ter") and a capitalised particle at the
start of a sentence resolves to the full name ("Van Dalsum-Tiemersma said", "Van der Wielingen
recalled", "Ter Horstmeulen said"); a father and a daughter who share the family name alternate
("argued", "added", "Ter Horstmeulen said he would not sell." -> the father, "His daughter said" ->
the daughter); "A banner on the barn said “...”" carries nobody; "The family filed an appeal ..." is
an act and "The appeal says" the appeal; "ir.", "Prof. dr." and "drs." are dropped; "In a letter to
the House of Representatives on Tuesday, the Minister of Infrastructure and Water Management, drs.
..., wrote" carries him and "The letter says" the letter; "Deltaveste Infra B.V., said in a post on
LinkedIn" carries the firm; "the so-called “bottleneck”" sits inside a professor's reported speech,
which carries him; "Femke ter Horstmeulen summed it up after the vote: “...”" is one sentence with
the cue "summed it up".

(9) A Jamaican daily's news page: smoke from a burning dump closes a basic school. "The fire, said
to have been started by scavengers ..., broke out on April 11" carries nobody, "W"; "A statement from
the National Solid Waste Management Authority (NSWMA), read to ... by Mayor ..., said" carries the
statement and "The statement said" the same; two women councillors alternate ("told the meeting",
"argued", "countered", "charged", "retorted", surname cues); the corporation's vote is "W"; "Rev. Dr"
is dropped from a principal who wrote "In a letter to parents", and "The letter, dated the day after
the first closure, says" carries the letter; "Her message to residents was blunt: “...”" is one
sentence with the cue "message to residents was blunt", and the next two paragraphs of her reported
speech carry her with "told a virtual press briefing" (the time the fire will take "", the authority's
spending "W"); the standfirst's "fire will take two more weeks to put out" is a spoken forecast, "";
"Hon." and "The Custos of St Catherine" are dropped; "A firefighter at the scene, who was not
authorised to speak," keeps "A firefighter at the scene"; a higgler is named only after her words in
patois ("The words came from ...").

(10) A Louisiana parish weekly's website: a police jury votes to close a swing bridge. "The motion was
made by District 3 juror Alcide Fontenette Jr." ends at "Jr." before "The bridge"; the father and son
of the same name are told apart by "Sr." and "Jr." ("Fontenette said" right after the son is named
carries the son, "the elder Fontenette told the jury" the father, "The younger Fontenette said" the
son); "His father, ..., spoke against the motion during public comment." is an act at a meeting,
"W", without a speaker; "According to a state inspection report from last October" gives the report
and "The report says" the same; "Four businesses ... filed a petition in district court" is an act,
"The petition says" the petition, and "An affidavit attached to it from a Lafayette engineer, ...,
estimates" carries the engineer; "Rev." and "Sheriff" are dropped; "Odile Breaux-Lejeunesse, said to
be the oldest woman in the parish" and the film "“The Bayou Says Goodbye”" carry nobody; "Gulfshore
Towing & Marine ... did not return calls" carries the company, ""; "Juror ..., who voted no, had a
question for the engineer that nobody answered: “...?”" is one sentence; in the Q&A box the answers
carry the parish engineer with "A:" ("A: Yes." a sentence of its own), and "Q: The petition says the
gears could be fixed for $1.2 million." carries the petition with "says".

(11) A Samoan daily's news page: the Land and Titles Court quashes a village council's banishment of
a family. A matai title is part of the name as Samoan papers give it ("Tuiolemu Iosefa Lemalusina",
"Leaupepe Salanoa Timoteo-Masina", "Vaelua Amosa Tuiletufuga"), while "Afioga", "His Honour",
"Rev.", "Faifeau" and the role "The Pulenu'u of Vailuatai" are dropped; the title alone later
resolves to its holder ("Tuiolemu replied", "Tuiolemu said"), and the nephew who holds the same
title ("Tuiolemu Fa'afetai Lemalusina-Toese") is told apart by "He told the Dispatch" after he is
named and "His uncle said"; the family's matai and the village's high chief (two men) alternate
("insisted", "replied", "The high chief maintained"); "According to the judgment, delivered on
Tuesday," gives the judgment and "The judgment says" the same; "The council said in its written
submissions" keeps "The council"; "what is known in Samoan as faatulai" carries nobody; "The court's
president, ..., sitting with two assessors, said" carries him, and "It ordered the council to pay
..." is an act; "A lawyer for the council, ..., conceded"; "The Office of the Ombudsman said in a
statement" then "It said"; a daughter's Facebook video is a fact and "she wrote" carries her; a wife
is named only after her words ("Malia Tuiolemu-Faasalele, ..., said this").

(12) A Papua New Guinea daily's news page: a landslide cuts the Highlands Highway. "Sir" and the
governor's role are dropped with "told a press conference in Warupu"; "A statement from the
Department of Works and Highways, read out at the same press conference by its Southern Highlands
manager, ..., said" carries the statement and "The statement said" the same; the works manager's
"“possible, not promised”" is a hedge, ""; the governor and the works manager (two men) alternate,
"The governor said" and "the works manager said" resolved by role; "Provincial Police Commander
Chief Inspector" is dropped with "stressed"; "Landowners at Yalumbi wrote to the governor" as
written, "The letter says" the letter; "A placard held up by a boy ... said “NO PAY NO ROAD”."
carries nobody; "Bishop" is dropped with "who leads the Evangelical Highlands Church" between the
name and "said"; a trader is named only after three sentences of her words ("That was the plea of
..."); "The haulage company Highlands Freightlines Ltd., which has 62 trucks in the queue, said"
carries the company; in the transcript the reporter's questions carry nobody unless they cite a
source ("REPORTER: Traders say ..." carries "Traders" with "say"), and the governor's answers carry
him with "TONDOKET:".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new65.py` hold too, as far as their docstrings state
them (furniture "B" line by line, captions by content and credits "B"; standfirsts labelled like
headlines, never split at a semicolon, a "says" in them carrying the source as the body first names
it with a verb of saying; titles, ranks, honorifics and roles dropped from speakers; a pronoun, a
later surname, a title alone or a role resolved to the full name as first given; organisations,
documents and data kept as written, "according to X" -> X, "It" for an organisation resolved to its
name as first given and "It" for a document to the document as written; a quote over several
sentences or paragraphs carrying its speaker and cue; quotes brought in by a colon one sentence
with the words before the colon, less the speaker, as the cue; speakers named only after their
words carrying every sentence of them and the naming sentence; statements read out by someone else
carrying the statement, or its author where the author is the subject; anonymous sources kept as
described without the clause that explains the anonymity; "declined to comment" and "did not
respond" labelled like speech with flags ""; plans, votes, decisions, orders, rulings, filings,
charges, pleas and figures of record "W"; spoken forecasts, hedges, hopes, pledges, opinions,
feelings, scene, private circumstances and questions ""; a figure of record inside an opinion "W").

Conventions this set had to settle, in the same spirit:

* Look-alikes of attribution carry no speaker. "said to be" and "said to have been" (a contractor, the
  oldest woman, sirens tested every month, a fire started by scavengers), "the so-called", "what is
  known as", a sign, a banner and a placard that "said" something, and a title holding "Says" (a
  documentary, a film, a parish history) do not name a source; the sentence is labelled by content
  ("W" for a dated screening, a fire's date and spread, a film shot on a bridge, "" for scene), and
  where such a phrase sits inside someone's reported speech ("He added that warning sirens, said to
  be tested every month, had not sounded") the sentence carries that person.
* Statements read out by someone else. Where the statement is the subject ("A statement from the
  Mukono District Land Board, read out ... by the board's secretary, ..., said", "A statement issued
  by the School Education Department ..., read out ... by its spokesperson, ..., said", "A joint
  statement by the residents' associations ..., read out ... by ..., said", "A statement from the
  National Solid Waste Management Authority (NSWMA), read to ... by Mayor ..., said", "A statement
  from the Department of Works and Highways, read out ... by ..., said") it carries the statement as
  written without the clause set off by commas; where the author is the subject ("Senior Chief ...,
  in a statement read to journalists ... by his secretary, ..., said", "In a statement read out ...
  by the regional secretary, ..., the regent said") it carries the author. The reader never carries
  it. "The statement went on: “..." and "the statement added" keep "The statement" / "the
  statement" as written, "he said in the statement" carries the author.
* Posts and letters. "said in a post on its Facebook page", "said in a second post", "wrote on X",
  "wrote on Facebook", "posted on Facebook", "wrote on Instagram" and "said in a post on LinkedIn" are
  cues as written, and the quoted words after them carry the poster with "wrote"; "the post said"
  keeps "the post". A body or a person who writes without reported content ("The developer ... wrote
  to residents on April 2", a daughter who "posted a video of the ruling") is a fact, "W", with no
  speaker. Letters read into the record: the reading is an act, "W", and the quoted words carry their
  writer with "wrote".
* Court documents. "The petition, filed through Barrister ... on March 28, states", "The affidavit,
  which runs to 62 pages with its annexures, lists", "The reply ... says", "The judgment says", "The
  appeal says" and "A report by the authority's inspectors, filed in the acts, found" carry the
  document without the clause between; "In an affidavit filed on March 30, the head of the ... clan
  ..., says" and "In an affidavit sworn by its director of finance, ..., the chain says" carry the
  subject; "An affidavit attached to it from a Lafayette engineer, ..., estimates" carries the
  engineer, the affidavit's author; "The council said in its written submissions" and "says in its
  reply" carry the party; "The reply was sworn by ..." is a fact.
* Same family names and titles. Two unrelated Musondelas (two women) are told apart by first names and
  by role ("The headteacher noted"); the Ter Horstmeulens (father and daughter) by pronoun and by "His
  daughter"; the Fontenettes by "Sr." and "Jr." and by "the elder" and "the younger", a bare
  "Fontenette said" going to the son, the one just named; the Vellaħmar brothers by first names and
  "The elder brother"; the two holders of the Tuiolemu matai title by first names, "He" after the
  nephew is named and "His uncle".
* Names and titles. Dropped: "Owek.", "Mr", "Lady Justice", "ASP", "Hon.", "Woman MP for Mukono",
  "Senior Chief", "Hon. Dr.", "Prof.", "Er.", "Ward 4 Chair", "Dr.", "Justice", "Barrister",
  "Advocate", "Mian", "An Assistant Advocate General", "Pak", "Ibu", "Romo", "Lewonara Regent",
  "Datuk Seri", "Datuk", "YB", "Ir.", "Inspector", "Magistrate", "Dr", "Perit", "Mgr", "ir.", "Prof.
  dr.", "drs.", "Councillor", "Rev. Dr", "The Custos of St Catherine", "Local Government
  Minister", "Rev.", "Sheriff", "Juror", "Afioga", "His Honour", "Faifeau", "Sir", "Governor",
  "Chief Inspector", "Provincial Police Commander" and "Bishop". Kept as parts of the name: "a/l",
  "bin" and "binti" in Malaysian names, Chinese family names written first ("Haw Chee Boon", "Looi
  Kok Wai", "Choong Lay Peng"), mononyms ("Suwarni", "Sukirman"), Samoan matai titles, "Jr." and
  "Sr.", and the particles "van", "van der" and "ter".
* Colon quotes. "put it plainly when the Post visited the hill on Monday: “...”" (cue "put it
  plainly"), "The statement went on: “..." ("went on"), "..., Sandhuwal remarked: “...”" ("remarked"),
  "described the first night simply: “...”" ("described"), "Her message to residents was blunt:
  “...”" ("message to residents was blunt"), "summed it up after the vote: “...”" ("summed it up")
  and "had a question for the engineer that nobody answered: “...?”" ("had a question for the
  engineer") are each one sentence.
* Speakers named only after their words carry every sentence of the quote before them with the
  cue of the naming sentence ("words", "says", "said", "came from", "plea"), and the naming sentence
  carries the person too, "".

Splits. "Owek. Yowana", "Ltd., which runs", "Shs2.1 billion", "Mr Isaac", "Mr Julius", "Hon. Sarah",
"11 p.m." inside a sentence, "Hon. Dr. Beatrice", "Prof. Gershom", "Rs 41 crore", "Er. Suman", "Pvt.
Ltd., said", "Dr. Anju", "Post:" and "Baral-Sapkota:" prefixes, "28pc", "Rs 31,500", "Dr. Bagus",
"9 p.m. on Sunday", "Ibu Veronika", "Datuk Seri Ravindran a/l Gopalsamy", "Sdn Bhd, wrote", "Datuk
Haw", "Ir. Choong", "Mgr Ġużeppi", "Dr Roberta", "Dr Kurt", "ir. Maarten", "Prof. dr. Sjoerd", "drs.
Cornelis", "B.V., said", "Rev. Dr Claudette", "Hon. Desmond", "Sr., 79,", "St. Adelard", "Ltd.,
which has", "Sir Kilala", "K1.2 million" and "REPORTER:" / "TONDOKET:" never split a sentence;
nor does a "?" inside a quoted sign before a lower-case continuation ("“BANJIR LAGI? KITA SAMAN” in
red paint."), a "?" closing a quote before a lower-case attribution ("?” she asked."), or a
question closing a colon quote at the end of its sentence. "by 3 a.m." before an opening quote,
"by 11 p.m." at the end of a paragraph, "Jr." before "The bridge", "Ltd." before "Registered in
Malta", "Ltd." / "Pvt. Ltd." / "B.V." / "Kencana." before "All rights reserved.", "A: Yes." before
"The load rating" and a question before a capital in Q&A ("... for the contract." / "Why has it not
been given?") end one.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written the
same way as in `labelled_new64.py`: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Ugandan national daily's courts page, families tell the High Court a sugar firm fenced off clan land (masthead in capitals, menu with pipes, crumb with an arrow, headline carrying the families with tell court, semicolon standfirst carrying the company with says and a site visit, byline, posted line with PM, share strip, caption and a credit in capitals with a pipe, have told the High Court, In an affidavit filed ..., the head of the clan, Owek. ..., says with the honorific dropped and a role then the name after a comma, The affidavit, which runs to ..., lists then It says resolved to the document, what is known as, a company that says in its reply with a relative clause between the name and the verb, a reply sworn by a manager as a fact then He states, the reply says, Lady Justice dropped with an order as an act then She said, two men advocates alternating with told the court, argued, replied and he said, Mr dropped, a quote opened by a colon after put it plainly carried into the next paragraph with no new cue, a sign that said, a widow named only after her words with Those were the words of, Police in Mukono said, ASP dropped from a spokesperson named after her role, a land board's statement read out by its secretary with the statement carrying it then the statement added, an unnamed company spokesperson then She said, Hon. and the Woman MP role dropped with wrote on X then she wrote, related list, tags, comment notice, footer with Ltd.)",
    "Zambian community radio station's news site, a copper mine's tailings spill turns a stream orange (station name and slogan, listen-live strip with a time range, menu, section label, headline without a speaker, semicolon standfirst carrying the chief with says, newsroom byline, date line, share strip, caption and credit, a company that said in a post on its Facebook page with a.m. ending a sentence, the post said, It said resolved to the company, Senior Chief dropped from a chief whose statement was read out by his secretary with the chief carrying it, The chief said, The statement went on: with a quote over two sentences carrying the statement, a secretary who did not take questions, a fish trader and a headteacher who share a family name and are no relation (two women alternating, told apart by first names and by the headteacher), asked, noted, In a letter dated ..., seen by ..., the agency told the company then The letter says, Hon. and Dr. dropped from a provincial minister with told a press conference, Asked whether ..., she said, conceded, an unnamed mine official then he said, Prof. dropped with a relative clause between the name and the verb, a man said to be a contractor, the so-called, a general manager who said in a second post then he wrote, listen-again line, WhatsApp line, footer with a pipe)",
    "Nepali English daily's province page, a town's drinking water project four years late, with an interview (masthead, date strip with the Nepali calendar, menu, section label, headline without a speaker, standfirst carrying the users' committee with says, byline with place, published line with NPT, share strip, caption and credit, according to a fund then it said, Er. dropped from an engineer with explained and reported speech carried over the next sentence and the next paragraph with no new cue, a users' committee's letter then The letter says and It adds, Ward 4 Chair dropped with wrote on Facebook then he wrote, Dr. dropped with a relative clause between the name and the verb then She recalled, a contractor that said in a written reply with Pvt. Ltd., in mid-sentence, a documentary whose title holds Says, a woman named only after her words with So says, an interview label and a two-sentence note, questions with the paper's name as a prefix, one citing the committee with says, answers with the mayor's surname as prefix, related list, newsletter line, footer with Pvt. Ltd.)",
    "Pakistani English daily's Lahore courts page, parents challenge a school chain's 28pc fee increase in the High Court (masthead in capitals, e-paper and language strip, menu, crumb with slashes, headline with an order as an act, semicolon standfirst carrying the chain's counsel with says, byline with place, date line with PKT, share strip, an order of a bench as an act, Justice dropped from two judges hearing the case, The petition, filed through Barrister ..., states then It says, the so-called, two women advocates alternating with contended, maintained, countered, argued and she said, Advocate dropped with a role then the name after a comma, The petitioners' counsel resolved to the advocate, an affidavit sworn on behalf of the chain with the chain carrying it and Mian dropped, an Assistant Advocate General with the role dropped and told the bench, The bench observed, a statement issued by the education department and read out by its spokesperson with the statement carrying it then The department stressed, a spokesperson who declined to answer questions, a parents' forum that wrote on X then the group wrote, told a press conference, insisted, recalled, Asked why ..., ... remarked: with a quote opened by a colon, a mother named only after her words with said this, an unnamed teacher then she said, ALSO READ lines, tags, comment notice, footer with (Pvt) Ltd)",
    "Indonesian English-language news site, a volcano's alert raised to the highest level in East Nusa Tenggara (masthead in capitals, language strip, menu, section label, headline with a figure, standfirst carrying the volcanology centre's head with says as a spoken forecast, byline with contributor and place, date line with WITA, share strip, caption and a bracketed credit with a slash, an act of the volcanology centre without a speaker, Dr. dropped with told a press conference and reported speech carried over the next sentence and paragraph with no new cue, a hedged forecast inside it, an agency said then its head of data with a role then the name after a comma, a regent's statement read out by the regional secretary with the regent carrying it, he said in the statement, wrote on Instagram, Pak and Ibu dropped from a village head and a midwife, added with sirens said to be tested, Two residents told the Daily, mononyms (a farmer and a cook), Romo dropped from a parish priest with recalled, an unnamed post coordinator then He said, described ... simply: with a quote opened by a colon, stressed with a later surname, related list, newsletter line with a.m. WIB, footer with PT)",
    "Malaysian English daily's nation page, flash floods in a Penang housing estate and a retention pond that was never built (masthead, edition strip, menu, section label, headline with a figure, semicolon standfirst carrying the state executive councillor with says, byline with a Chinese name, place line, date line with MYT, share strip with a comment count, caption and a credit with a dash, the drainage department said then It said with p.m. ending a sentence, what is known as, Datuk Seri dropped from a name with a/l kept, Asked whether ..., he said at a press conference, YB dropped from a name with bin kept, two men alternating (a state executive councillor and an opposition assemblyman) with argued, shot back and said, the executive councillor and the assemblyman resolved by role, a developer that wrote to residents as a fact then The letter, signed by ..., says with Datuk dropped, a Chinese family name alone resolved (Haw said, Looi said), a joint statement by residents' associations read out by a chairman with the statement carrying it then the statement said, an MP who posted on Facebook then he wrote, an unnamed council officer with a reported figure carried into the next sentence, a sign that said, a wife named only after her words with So said and binti kept, Ir. dropped from a hydrologist with an apposition between the name and noted, ALSO READ line, comment rules, footer with Bhd)",
    "Maltese English-language daily's court page, two brothers charged after a neighbour's house collapses next to their building site (masthead in capitals, menu, section label, headline, standfirst carrying the inspector with tells court, byline, date line with a time, listen, share and print strip, caption and credit, charges and pleas as acts, brothers who share a family name told apart by first names and by the elder and the younger, Magistrate dropped, according to the charge sheet, Prosecuting, Inspector ... told the court with Inspector dropped, a neighbour's letter read into the record as an act then her words with wrote and the letter says, a report by the authority's inspectors found then The report says, two women (the prosecuting inspector and a defence lawyer) alternating with argued, pointed out, insisted and she said, Dr dropped from lawyers, Perit dropped from an architect who testified and conceded, Mgr dropped with a relative clause holding a book title with Says between his name and told the court, the court heard, bail as an act, The authority said in a statement then It said resolved to the authority as first given, a mayor with wrote on Facebook then he wrote, a next hearing date, read-next line, comment count, footer with Ltd. before Registered)",
    "Dutch English-language news site, a water board's dike reinforcement that would cut through a family farm (masthead in capitals, strap, menu, section label, headline with a euro figure, semicolon standfirst carrying the dike-reeve with says, byline, date line with CET, share strip, caption and credit with a slash, an approval as an act, The water board said then It said resolved to the water board as first given, the dike-reeve's role then the name after a comma with told the board's general assembly, particles van, van der and ter with Van Dalsum-Tiemersma, Van der Wielingen and Ter Horstmeulen at the start of a sentence, a father and a daughter who share a family name alternating with argued, added, he said and His daughter said, a banner that said, an appeal filed at the Council of State as an act then The appeal says, ir. dropped with a relative clause between the name and said then recalled, Prof. dr. dropped with an apposition, the so-called, drs. dropped from a minister with In a letter to the House ... wrote then The letter says, a contractor with B.V., that said in a post on LinkedIn, a spokesman who asked not to be named, summed it up after the vote: with a quote opened by a colon, more-news list, newsletter prompt, footer with B.V.)",
    "Jamaican daily's news page, smoke from a burning dump closes a basic school as the municipal corporation meets (masthead in capitals, menu in capitals, section label, headline without a speaker, semicolon standfirst carrying the waste authority's executive director with says as a spoken forecast, byline with a slash and Staff Reporter, published line with pipes and AM, share strip, caption and a credit with a dash, a fire said to have been started by scavengers, a statement from the waste authority read to the meeting by the mayor with the statement carrying it then The statement said, Councillor dropped from two women councillors alternating with told the meeting, argued, countered, charged, retorted and she said and surname cues, a vote as an act, Rev. Dr dropped from a principal with In a letter to parents ..., said then The letter, dated ..., says, told a virtual press briefing then Her message ... was blunt: with a quote opened by a colon, reported speech carried over the next paragraph and the one after with no new cue, Hon. and Custos dropped, an unnamed firefighter then he said, a police division that said in a statement, a resident named only after her words in patois with The words came from, a minister's role dropped with wrote on X, SEE ALSO line, comment policy, footer with Ltd.)",
    "Louisiana parish weekly's website, a police jury votes to close a swing bridge and a father and son of the same name split (masthead, strap with La., weather and tide strip with p.m., menu, section label, headline with a vote, semicolon standfirst carrying the son with says, byline with an email and a pipe, posted line with p.m. CDT, share strip, caption and credit with a slash, a vote of record, Jr. ending a sentence before The, Sr. and Jr. telling a father and son apart, a bare surname resolved to the son, the elder Fontenette and the younger Fontenette resolved, according to a state inspection report then The report says, a petition filed in district court as an act then The petition says, an engineer's affidavit attached to it with the engineer carrying estimates, Rev. dropped with a role then said, a woman said to be the oldest, a film whose title holds Says, Sheriff dropped with wrote on Facebook then he wrote, a company that did not return calls, Juror dropped with had a question ... nobody answered: and a quote opened by a colon, a Q&A box with a label and a two-sentence note, answers after A:, a question citing the petition with says, subscribe prompt, links line, footer with LLC)",
    "Samoan daily's news page, the Land and Titles Court quashes a village council's banishment of a family (masthead in capitals, menu, section label, headline with an act of the court, standfirst carrying the family's matai with says and a quote in straight quotes, byline, date line, share strip, caption and credit with a slash, a ruling as an act, according to the judgment then The judgment says, The council said in its written submissions, Afioga dropped with the matai title kept as part of the name, two men alternating (the family's matai and the village's high chief) with insisted, replied, maintained and said, a later matai title alone resolved (Tuiolemu replied, Tuiolemu said), the high chief resolved by role, what is known as, His Honour dropped from the court's president with sitting with two assessors between the name and said, It ordered as an act of the court, a lawyer for the council with conceded, a Pulenu'u with the role dropped, Rev. and Faifeau dropped with a relative clause between the name and the verb, a nephew holding the same matai title and his uncle told apart, the Ombudsman's office said in a statement then It said, a daughter's post as a fact then she wrote, an unnamed villager, a wife named only after her words with said this, related list, footer with Ltd.)",
    "Papua New Guinea daily's news page, a landslide cuts the Highlands Highway and a governor holds a press conference (masthead in capitals, menu, section label, headline with figures, semicolon standfirst carrying the governor with says, byline in capitals, date line, share strip, caption and a credit in capitals, Sir and the Governor role dropped with told a press conference in Warupu, a Department of Works statement read out by its provincial manager with the statement carrying it then The statement said, the governor and the works manager (two men) alternating with said and resolved by role, Chief Inspector and Provincial Police Commander dropped with stressed then he said, landowners who wrote to the governor then The letter says, a placard that said, Bishop dropped with a relative clause between the name and the verb, an unnamed health worker, a member of parliament's role dropped with posted on Facebook, a trader named only after her words over three sentences with That was the plea of, a haulage company with Ltd., and a relative clause before said, a press conference transcript label and note, a reporter's questions with a REPORTER: prefix, one citing traders with say, the governor's answers with TONDOKET:, more stories list, footer with Ltd.)",
]

ARTICLES = [
    [  # 1. Ugandan national daily's courts page, families tell the High Court a sugar firm fenced off clan land
        [("THE NKOBA POST", "", "", "B")],
        [("Home | News | Business | Sport | Opinion | Lifestyle | E-Paper | Subscribe", "", "", "B")],
        [("News › Courts", "", "", "B")],
        [("Mukono families tell court sugar firm fenced off 400 acres of clan land", "Forty-one families from Kisoga-Namayiba village in Mukono District", "tell court", "W")],
        [("Company says it bought the land in 2019 and holds a valid title; judge to visit the site on May 8", "Namiryango Sugar Estates Ltd.", "says", "W")],
        [("By Proscovia Nakintu-Ssebaggala", "", "", "B")],
        [("Posted Thursday, April 16, 2026 — 8:14 PM", "", "", "B")],
        [("Share on:  Facebook  X  WhatsApp  LinkedIn  Email", "", "", "B")],
        [("Clan elders walk along the new fence at Kisoga-Namayiba on Monday.", "", "", ""),
         ("PHOTO | ERIASI LUBEGAZZI-MUWONGE", "", "", "B")],
        [("Forty-one families from Kisoga-Namayiba village in Mukono District have told the High Court that a sugar company fenced off about 400 acres of land their clan has occupied since before 1940.", "Forty-one families from Kisoga-Namayiba village in Mukono District", "have told the High Court", "W")],
        [("In an affidavit filed on March 30, the head of the Ngeye-Kasolo clan in the area, Owek. Yowana Ssempijja-Lutalo, says the families were given 14 days' notice to leave in January and that the fence went up in February while crops were still in the ground.", "Yowana Ssempijja-Lutalo", "says", "W"),
         ("The affidavit, which runs to 62 pages with its annexures, lists 41 homesteads, three family burial grounds and a chapel inside the fence.", "The affidavit", "lists", "W"),
         ("It says the elders have buried their dead on the hill “for five generations” and that the oldest grave is dated 1938.", "The affidavit", "says", "W")],
        [("The hill is what is known as a kasozi ka bajjajja, a grandfathers' hill, where each head of a family is buried beside the one before him.", "", "", "")],
        [("Namiryango Sugar Estates Ltd., which runs a 9,000-acre plantation east of the village, says in its reply that it bought the land from a registered owner in 2019 for Shs2.1 billion and holds a freehold title to it.", "Namiryango Sugar Estates Ltd.", "says in its reply", "W"),
         ("The reply was sworn by the company's estates manager, Ronald Mpalanyi-Bbosa.", "", "", "W"),
         ("He states that the families were licensees of the previous owner, who compensated them in 2020, and that 29 of the 41 household heads signed for the money.", "Ronald Mpalanyi-Bbosa", "states", "W"),
         ("“The company has acted lawfully at every step,” the reply says.", "the reply", "says", "")],
        [("Lady Justice Esther Lakareber-Ocwinyo, who is hearing the case in the Land Division, on Tuesday ordered both sides to keep the status quo until the case is decided.", "", "", "W"),
         ("She said she would visit the land on May 8 with the surveyors of both parties.", "Esther Lakareber-Ocwinyo", "said", "W")],
        [("Counsel for the families, Mr Isaac Kigoonya-Ntambi, told the court that the 2019 sale covered a different plot, about two kilometres to the north, and that the company's surveyors had “moved the land on paper”.", "Isaac Kigoonya-Ntambi", "told the court", "W")],
        [("Mr Julius Bwambale-Kisembo, for the company, argued that in 86 years the families had never applied to register their interest in the land.", "Julius Bwambale-Kisembo", "argued", "W"),
         ("“A claim that old is a story, not a title,” he said.", "Julius Bwambale-Kisembo", "said", "")],
        [("Kigoonya-Ntambi replied that customary tenure did not need to be registered under the Land Act.", "Isaac Kigoonya-Ntambi", "replied", "W"),
         ("“My clients were on that hill before anyone in this courtroom was born,” he said.", "Isaac Kigoonya-Ntambi", "said", "")],
        [("Ssempijja-Lutalo, 78, put it plainly when the Post visited the hill on Monday: “They have fenced our grandfathers inside.”", "Yowana Ssempijja-Lutalo", "put it plainly", "")],
        [("“We do not go to the graves now unless a guard lets us in.", "Yowana Ssempijja-Lutalo", "put it plainly", ""),
         ("He opened the gate for one burial in March and wrote down the name of every person who went in.”", "Yowana Ssempijja-Lutalo", "put it plainly", "W")],
        [("A sign on the new gate said “PRIVATE PROPERTY – NO ENTRY” in red letters.", "", "", "")],
        [("“I have planted cassava on that side for 30 years.", "Teopista Nabweteme-Kaggwa", "words", ""),
         ("Now I buy it in the market like a town person.”", "Teopista Nabweteme-Kaggwa", "words", "")],
        [("Those were the words of Teopista Nabweteme-Kaggwa, a widow of 64 whose garden is now on the company's side of the fence.", "Teopista Nabweteme-Kaggwa", "words", "")],
        [("Police in Mukono said 11 people were arrested on April 2 after a section of the fence was pulled down, and have been charged with malicious damage to property.", "Police in Mukono", "said", "W")],
        [("At a press briefing at the district police headquarters on Wednesday, the regional police spokesperson, ASP Harriet Nabirye-Okwalinga, said all 11 had been released on police bond.", "Harriet Nabirye-Okwalinga", "said", "W"),
         ("“Nobody is above the law, whether they are a company or a clan,” she said.", "Harriet Nabirye-Okwalinga", "said", "")],
        [("A statement from the Mukono District Land Board, read out at the same briefing by the board's secretary, Florence Nabbosa-Walusimbi, said the board had no record of any lease or freehold on the disputed plots before 2019.", "A statement from the Mukono District Land Board", "said", "W"),
         ("The board would not issue any new title in the area until the court had decided, the statement added.", "the statement", "added", "W")],
        [("A spokesperson for Namiryango, who asked not to be named because the matter is before the court, said the company “respects the families” and would abide by whatever the court decides.", "A spokesperson for Namiryango", "said", ""),
         ("She said the estate employs 2,300 people, about 400 of them from the surrounding parishes.", "A spokesperson for Namiryango", "said", "W")],
        [("The Woman MP for Mukono, Hon. Sarah Nansubuga-Mpiima, wrote on X on Tuesday night that she had asked the Ministry of Lands to send a team to the village.", "Sarah Nansubuga-Mpiima", "wrote on X", "W"),
         ("“Our people should not be strangers on their own land,” she wrote.", "Sarah Nansubuga-Mpiima", "wrote", "")],
        [("RELATED", "", "", "B")],
        [("Wakiso landlords sue over road compensation rates", "", "", "B")],
        [("Sugarcane outgrowers protest late payments in Buikwe", "", "", "B")],
        [("Tags: Land, Mukono, High Court, Sugar", "", "", "B")],
        [("Comments on this story are moderated and may take up to an hour to appear.", "", "", "B")],
        [("© 2026 Nkoba Post Publications Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. Zambian community radio station's news site, a copper mine's tailings spill turns a stream orange
        [("MWEZI FM 94.7", "", "", "B")],
        [("The Voice of the Valley", "", "", "B")],
        [("▶ LISTEN LIVE   Now on air: Morning Drive with Bana Kasweka   06:00–09:00", "", "", "B")],
        [("Home   Local News   Farming   Sport   Programmes   Announcements   Contact", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Nsabwe stream runs orange after tailings pipe bursts at copper mine", "", "", "W")],
        [("Senior chief says three villages have lost their drinking water; mine says spill was contained within four hours", "Mwanashiku Lubembe", "says", "W")],
        [("By Mwezi FM Newsroom", "", "", "B")],
        [("14 April 2026", "", "", "B")],
        [("Share:  Facebook  WhatsApp  X", "", "", "B")],
        [("Children stand on the bank of the Nsabwe stream at Chivunda-Kaseya on Sunday, where the water has turned a rust colour.", "", "", ""),
         ("Photo: Mwezi FM", "", "", "B")],
        [("Residents of three villages along the Nsabwe stream in Solwezi District have been told not to drink, bathe in or fish from the stream after a pipe carrying mine tailings burst on Friday night.", "", "", "W")],
        [("Nsabwe Copper Mines Plc said in a post on its Facebook page on Saturday that a joint on the tailings pipeline failed at about 11 p.m. and that the pumps were shut down by 3 a.m.", "Nsabwe Copper Mines Plc", "said in a post on its Facebook page", "W"),
         ("“The spill was contained within four hours and there is no risk to the public,” the post said.", "the post", "said", ""),
         ("It said about 1,800 cubic metres of tailings had entered the stream.", "Nsabwe Copper Mines Plc", "said", "W")],
        [("Senior Chief Mwanashiku Lubembe, in a statement read to journalists at his palace on Monday by his secretary, Davies Kapalu-Syamunyinda, said at least 2,600 people in Chivunda-Kaseya, Mukambo and Kasamba-Sapi relied on the stream for water.", "Mwanashiku Lubembe", "said", "W"),
         ("The chief said the mine had not informed his palace of the spill until Sunday afternoon, more than 36 hours after it happened.", "Mwanashiku Lubembe", "said", "W")],
        [("The statement went on: “My subjects woke up to find their fish floating on the water.", "The statement", "went on", ""),
         ("Nobody from the mine came to tell them why.”", "The statement", "went on", "")],
        [("Mr Kapalu-Syamunyinda did not take questions.", "Davies Kapalu-Syamunyinda", "did not take questions", "")],
        [("The fish trader Loveness Musondela, who buys from fishermen at Chivunda-Kaseya, said she had thrown away two basins of bream on Saturday.", "Loveness Musondela", "said", ""),
         ("“Who will buy fish from an orange river?” she asked.", "Loveness Musondela", "asked", "")],
        [("The headteacher of Chivunda-Kaseya Primary School, Ruth Musondela, who is no relation, said 212 of her 540 pupils were absent on Monday because their families had gone to fetch water from a borehole 6 kilometres away.", "Ruth Musondela", "said", "W"),
         ("“The children are carrying water instead of carrying books,” she said.", "Ruth Musondela", "said", "")],
        [("Loveness Musondela said the fishermen would not go back on the water until someone told them it was safe.", "Loveness Musondela", "said", ""),
         ("The headteacher noted that the school's own well had been dry since 2024.", "Ruth Musondela", "noted", "W")],
        [("In a letter dated April 13, seen by Mwezi FM, the Zambia Environmental Management Agency (ZEMA) told the company to stop all discharges into the stream and to supply clean water to the three villages by tanker.", "the Zambia Environmental Management Agency (ZEMA)", "told the company", "W"),
         ("The letter says the company has until April 30 to submit an independent report on the cause of the failure.", "The letter", "says", "W")],
        [("North-Western Provincial Minister Hon. Dr. Beatrice Nalumango-Siakalenge told a press conference at the provincial administration offices on Tuesday that two water tankers had started delivering to the villages that morning.", "Beatrice Nalumango-Siakalenge", "told a press conference", "W"),
         ("Asked whether the mine would be fined, she said that was for ZEMA to decide.", "Beatrice Nalumango-Siakalenge", "said", ""),
         ("She conceded that the tankers were carrying only 20,000 litres a day, a third of what the villages need.", "Beatrice Nalumango-Siakalenge", "conceded", "W")],
        [("A mine official, who asked not to be named because he is not allowed to speak to the media, said the same joint had been repaired twice since 2023.", "A mine official", "said", "W"),
         ("“Everyone on the plant knew that pipe was tired,” he said.", "A mine official", "said", "")],
        [("Prof. Gershom Chinkonde-Mweemba, who teaches mining hydrology at Lunga River University, said tests his students ran on water taken from the stream on Sunday found copper at about nine times the limit for drinking water.", "Gershom Chinkonde-Mweemba", "said", "W"),
         ("“The colour will go in a few weeks, but what settles in the mud can stay for years,” he noted.", "Gershom Chinkonde-Mweemba", "noted", "")],
        [("A man said to be a contractor at the mine was seen taking photographs of the stream from the Mukambo bridge on Sunday.", "", "", "")],
        [("Residents have started calling the days after a spill the so-called “orange weeks”, when mothers walk to the borehole before dawn.", "", "", "")],
        [("The company's general manager, Hendrik Voortmansdal, said in a second post on Tuesday that the company would pay for the tankers and for the school's borehole to be repaired.", "Hendrik Voortmansdal", "said in a second post", "W"),
         ("“We are neighbours first,” he wrote.", "Hendrik Voortmansdal", "wrote", "")],
        [("LISTEN AGAIN: The chief's full statement on Morning Drive, Monday 13 April", "", "", "B")],
        [("Send us your news on WhatsApp: 0977 555 014", "", "", "B")],
        [("© 2026 Mwezi Community Radio Trust | North-Western Province, Zambia", "", "", "B")],
    ],
    [  # 3. Nepali English daily's province page, a town's drinking water project four years late, with an interview
        [("The Rodhi Post", "", "", "B")],
        [("Thursday, 16 April 2026 | Baisakh 3, 2083", "", "", "B")],
        [("National   Province   Politics   Business   Opinion   Sports   Photo   English Edition", "", "", "B")],
        [("Gandaki Province", "", "", "B")],
        [("Dhanpur's water project four years behind schedule, Rs 38 crore spent", "", "", "W")],
        [("Taps installed in 2022 have never run, users' committee says", "the Dhanpur Drinking Water Users' Committee", "says", "W")],
        [("Kamal Prasad Jhankri-Sijapati, Dhanpur", "", "", "B")],
        [("Published at : April 16, 2026, 07:45 NPT", "", "", "B")],
        [("Share:  f  X  in  ✉", "", "", "B")],
        [("Residents of Dhanpur-4 fill jerrycans at a spring below the town on Tuesday morning.", "", "", ""),
         ("Post Photo: Kamal Prasad Jhankri-Sijapati", "", "", "B")],
        [("Four years after the first taps were fitted in Dhanpur Municipality, 3,100 households connected to the town's new drinking water system have yet to receive a single litre from it.", "", "", "W")],
        [("The Dhanpur Drinking Water Project was due to be completed in July 2022 at a cost of Rs 41 crore, according to the Town Development Fund, which lent the municipality Rs 29 crore for it.", "the Town Development Fund", "according to", "W"),
         ("Rs 38 crore has been spent so far, it said.", "the Town Development Fund", "said", "W")],
        [("The project's engineer, Er. Suman Gharti-Rokaya, explained that the intake on the Khahare Khola had been washed away twice, in the monsoons of 2023 and 2024.", "Suman Gharti-Rokaya", "explained", "W"),
         ("The second time the river moved its course by almost 40 metres, leaving the new intake on dry land.", "Suman Gharti-Rokaya", "explained", "W")],
        [("A third intake, built further upstream, was finished in February, but the 4.2-kilometre main pipe to the reservoir still had to be relaid across two landslides.", "Suman Gharti-Rokaya", "explained", "W"),
         ("That work would take until the end of the monsoon.", "Suman Gharti-Rokaya", "explained", "W")],
        [("In a letter to the mayor dated April 2, the Dhanpur Drinking Water Users' Committee said each connected household had already paid Rs 7,500 towards the project.", "the Dhanpur Drinking Water Users' Committee", "said", "W"),
         ("The letter says people have been “paying for pipes that carry only air”.", "The letter", "says", ""),
         ("It adds that the committee has asked the municipality three times since 2024 for a copy of the contract.", "The letter", "adds", "W")],
        [("Ward 4 Chair Bhim Bahadur Thokar-Pulami wrote on Facebook on Monday that his ward had spent Rs 18 lakh of its own budget on water tankers since January.", "Bhim Bahadur Thokar-Pulami", "wrote on Facebook", "W"),
         ("“We cannot keep buying water with the money meant for roads,” he wrote.", "Bhim Bahadur Thokar-Pulami", "wrote", "")],
        [("Dr. Anju Regmi-Khaniya, who has run the health post in Dhanpur-4 since 2019, said it had treated 146 cases of diarrhoea in March, twice as many as in March last year.", "Anju Regmi-Khaniya", "said", "W"),
         ("She recalled that families had been told in 2022 that the springs would not be needed any more.", "Anju Regmi-Khaniya", "recalled", "")],
        [("The contractor, Himshikhar Builders Pvt. Ltd., said in a written reply to the Post that it had been paid for work done and that the delays were caused by the floods.", "Himshikhar Builders Pvt. Ltd.", "said in a written reply", "W")],
        [("A documentary about the project, “The Tap Says Tomorrow”, made by students of Dhanpur Secondary School, was screened at the ward office on Saturday.", "", "", "W")],
        [("“In the morning I walk down to the spring, and in the evening I walk down again.", "Man Kumari Sunchaurel", "says", ""),
         ("The tap is on my wall like a picture.”", "Man Kumari Sunchaurel", "says", "")],
        [("So says Man Kumari Sunchaurel, 71, who lives alone at the top of Dhanpur-4.", "Man Kumari Sunchaurel", "says", "")],
        [("INTERVIEW", "", "", "B")],
        [("The Post spoke to Mayor Indira Baral-Sapkota on Wednesday.", "", "", "B"),
         ("The conversation has been translated from Nepali and shortened.", "", "", "B")],
        [("Post: Why has nobody in Dhanpur-4 got water after four years?", "", "", "")],
        [("Baral-Sapkota: Two floods took our intake.", "Indira Baral-Sapkota", "Baral-Sapkota:", "W"),
         ("We have built a third one higher up, and it is finished.", "Indira Baral-Sapkota", "Baral-Sapkota:", "W")],
        [("Post: The users' committee says it has asked you three times for the contract.", "The users' committee", "says", "W"),
         ("Why has it not been given?", "", "", "")],
        [("Baral-Sapkota: The contract was put on the municipality's website on Tuesday.", "Indira Baral-Sapkota", "Baral-Sapkota:", "W"),
         ("Anyone can read it.", "Indira Baral-Sapkota", "Baral-Sapkota:", "")],
        [("Post: When will the taps run?", "", "", "")],
        [("Baral-Sapkota: I will not give a date I cannot keep.", "Indira Baral-Sapkota", "Baral-Sapkota:", ""),
         ("Before Dashain, if the monsoon is kind to us.", "Indira Baral-Sapkota", "Baral-Sapkota:", "")],
        [("Related News", "", "", "B")],
        [("Tanahun farmers wait for canal promised in 2019", "", "", "B")],
        [("Landslide cuts Pokhara road for third day", "", "", "B")],
        [("Get the Post's morning briefing in your inbox.", "", "", "B")],
        [("© 2026 Rodhi Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Pakistani English daily's Lahore courts page, parents challenge a school chain's 28pc fee increase in the High Court
        [("THE PUNJAB BEACON", "", "", "B")],
        [("E-Paper  |  اردو  |  Login", "", "", "B")],
        [("Home   Pakistan   Lahore   Islamabad   Karachi   Business   Sports   Opinion   World", "", "", "B")],
        [("Home / Lahore / Courts", "", "", "B")],
        [("LHC stops school chain from charging 28pc fee increase until May 20", "", "", "W")],
        [("Chain says rise covers salaries and electricity; parents call it 'unlawful'", "Farzana Mirakhel-Bhangoo", "says", "W")],
        [("Our Correspondent | Lahore", "", "", "B")],
        [("April 15, 2026 | 11:36 PM PKT", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Copy link", "", "", "B")],
        [("A two-member bench of the Lahore High Court on Wednesday restrained a private school chain from collecting a 28 percent increase in tuition fees until the next hearing on May 20.", "", "", "W")],
        [("Justice Shahid Nawaz Kharlalpuri and Justice Rukhsana Tareen-Bhurgri were hearing a petition by 314 parents of children at seven Lahore campuses of Wyndhurst Grammar Schools.", "", "", "W")],
        [("The petition, filed through Barrister Mehreen Soharwal-Ahmadani on March 28, states that the Punjab Private Educational Institutions rules cap an annual fee increase at 5 percent.", "The petition", "states", "W"),
         ("It says the chain raised fees from Rs 31,500 to Rs 40,320 a month for grade 9 in one step in March.", "The petition", "says", "W")],
        [("Soharwal-Ahmadani contended that the chain had also introduced the so-called “annual development fund”, a one-time charge of Rs 25,000 per child, without approval from the registration authority.", "Mehreen Soharwal-Ahmadani", "contended", "W"),
         ("“This is a fee increase wearing a different coat,” she said.", "Mehreen Soharwal-Ahmadani", "said", "")],
        [("Counsel for the school chain, Advocate Farzana Mirakhel-Bhangoo, maintained that the increase was the first in three years.", "Farzana Mirakhel-Bhangoo", "maintained", "W"),
         ("She said the chain's electricity bill had risen by 71 percent since 2023 and its teachers had been given two pay rises in that time.", "Farzana Mirakhel-Bhangoo", "said", "W")],
        [("The petitioners' counsel countered that the chain's own audited accounts showed a profit of Rs 412 million in 2024-25.", "Mehreen Soharwal-Ahmadani", "countered", "W"),
         ("“They are asking parents to pay for the third campus they are building across the canal,” she argued.", "Mehreen Soharwal-Ahmadani", "argued", "")],
        [("In an affidavit sworn by its director of finance, Mian Tahir Mehmood Sulehrvi, the chain says that 38 of its 1,260 teachers left for other schools in 2025 because of pay.", "the chain", "says", "W")],
        [("An Assistant Advocate General, Imtiaz Ahmed Sarghodvi-Kanjial, told the bench that the province's registration authority had received 19 complaints about the chain since January.", "Imtiaz Ahmed Sarghodvi-Kanjial", "told the bench", "W"),
         ("He said the authority had issued the chain a notice on April 3 and was awaiting its reply.", "Imtiaz Ahmed Sarghodvi-Kanjial", "said", "W")],
        [("The bench observed that “no school can be allowed to fix its fees by notice on a WhatsApp group” and sought a reply from the chain within three weeks.", "The bench", "observed", "W")],
        [("A statement issued by the School Education Department on Thursday, read out to reporters at the Civil Secretariat by its spokesperson, Kanwal Iftikhar-Bhutta, said the department had started inspections of the accounts of 41 private schools in Lahore.", "A statement issued by the School Education Department", "said", "W"),
         ("The department stressed that any school found charging above the cap would have to refund the excess.", "The department", "stressed", "W"),
         ("The spokesperson declined to answer questions about Wyndhurst.", "Kanwal Iftikhar-Bhutta", "declined to answer questions", "")],
        [("The Fair Fees Parents Forum, which brought the parents together, wrote on X that it had collected 2,900 signatures against the increase.", "The Fair Fees Parents Forum", "wrote on X", "W"),
         ("“Education is not a luxury hotel,” the group wrote.", "The Fair Fees Parents Forum", "wrote", "")],
        [("The chain's chief executive, Omer Farooq Sandhuwal, told a press conference at the Lahore Press Club on Thursday that fees for 240 students on scholarships would not be raised.", "Omer Farooq Sandhuwal", "told a press conference", "W"),
         ("He insisted that the chain had “nothing to hide” from the court.", "Omer Farooq Sandhuwal", "insisted", ""),
         ("Sandhuwal recalled that the chain had frozen its fees in 2020, when it lost 1,100 students during the lockdown.", "Omer Farooq Sandhuwal", "recalled", "W"),
         ("Asked why parents had learnt of the increase from a WhatsApp message, Sandhuwal remarked: “Parents are in those groups, so that is where we tell them.”", "Omer Farooq Sandhuwal", "remarked", "")],
        [("“I have two children in Wyndhurst, and I have already cut the tuition for my elder son's maths.", "Nabila Sheikhupurwal", "said", ""),
         ("Now they want the money for the new building too.”", "Nabila Sheikhupurwal", "said", "")],
        [("Nabila Sheikhupurwal, a mother of two who works as a pharmacist, said this outside the court on Wednesday.", "Nabila Sheikhupurwal", "said", "")],
        [("A teacher at one of the chain's campuses, who asked not to be named for fear of losing her job, said she had not been given a pay rise since 2024.", "A teacher at one of the chain's campuses", "said", "W"),
         ("“The parents think we are getting their money,” she said.", "A teacher at one of the chain's campuses", "said", "")],
        [("ALSO READ: Private schools told to display fee schedules at gates", "", "", "B")],
        [("ALSO READ: Registration authority fines 12 schools over hidden charges", "", "", "B")],
        [("Tags: Lahore High Court, Education, Private Schools, Fees", "", "", "B")],
        [("Comments are closed for this article.", "", "", "B")],
        [("Copyright © 2026 The Punjab Beacon (Pvt) Ltd", "", "", "B")],
    ],
    [  # 5. Indonesian English-language news site, a volcano's alert raised to the highest level in East Nusa Tenggara
        [("THE LONTAR DAILY", "", "", "B")],
        [("EN | ID", "", "", "B")],
        [("News   Nation   Business   World   Environment   Culture   Opinion   Video", "", "", "B")],
        [("NATION", "", "", "B")],
        [("Mount Lewotanah alert raised to highest level, 11,400 told to leave", "", "", "W")],
        [("Eruption could come 'within days', volcanology agency head says", "Bagus Wirahadikusumah", "says", "")],
        [("Markus Pehan Kelawuan, Contributor, Lewonara, East Nusa Tenggara", "", "", "B")],
        [("Mon, April 13, 2026 | 06:52 pm WITA", "", "", "B")],
        [("Share:  Facebook  X  WhatsApp  Telegram", "", "", "B")],
        [("Residents of Boruwutun village ride to an evacuation post in the back of a truck on Monday morning.", "", "", ""),
         ("(Lontar Daily/Markus Pehan Kelawuan)", "", "", "B")],
        [("The Centre for Volcanology and Geological Hazard Mitigation (PVMBG) raised the alert status of Mount Lewotanah on Flores to Level IV, the highest on its four-step scale, at 9 p.m. on Sunday.", "", "", "W")],
        [("Dr. Bagus Wirahadikusumah, the head of the centre, told a press conference in Bandung on Monday that the number of volcanic earthquakes under the mountain had risen from about 20 a day in March to more than 300 on Sunday.", "Bagus Wirahadikusumah", "told a press conference", "W"),
         ("The crater had also swelled by 6 centimetres in a week, as measured by the centre's tiltmeters.", "Bagus Wirahadikusumah", "told a press conference", "W")],
        [("An eruption could come within days, and the centre could not rule out flows of hot gas and ash down the southern flank.", "Bagus Wirahadikusumah", "told a press conference", ""),
         ("The exclusion zone had therefore been widened from 4 kilometres to 7 kilometres from the crater.", "Bagus Wirahadikusumah", "told a press conference", "W")],
        [("The National Disaster Management Agency (BNPB) said 11,400 people in 14 villages lived inside the new zone.", "The National Disaster Management Agency (BNPB)", "said", "W"),
         ("Its head of data and communications, Fajar Adinegoro-Siregar, said 6,730 of them had reached the 23 evacuation posts by Monday afternoon.", "Fajar Adinegoro-Siregar", "said", "W")],
        [("Lewonara Regent Yoseph Beda Manukoli was in Jakarta when the status was raised.", "", "", "W"),
         ("In a statement read out at the regency office on Monday by the regional secretary, Agustina Rera Bungalolo, the regent said the regency had declared a 14-day emergency response period.", "Yoseph Beda Manukoli", "said", "W"),
         ("“Nobody should go back for their animals or their harvest, however much it hurts,” he said in the statement.", "Yoseph Beda Manukoli", "said in the statement", "")],
        [("He later wrote on Instagram that he would be back in Lewonara on Tuesday morning.", "Yoseph Beda Manukoli", "wrote on Instagram", "W")],
        [("The village head of Boruwutun, Pak Kornelis Tupen Liwun, said that about 40 residents had refused to leave on Sunday night.", "Kornelis Tupen Liwun", "said", ""),
         ("“They want to guard their houses,” he said.", "Kornelis Tupen Liwun", "said", ""),
         ("He added that warning sirens, said to be tested every month, had not sounded in the village.", "Kornelis Tupen Liwun", "added", "W")],
        [("Two residents told the Daily that the siren on the church tower had been broken since December.", "Two residents", "told the Daily", "W")],
        [("Suwarni, 58, a clove farmer, left Boruwutun with her husband and two grandchildren at midnight, carrying only a bag of documents and a rice cooker.", "", "", ""),
         ("“The ground was shaking every few minutes and the sky over the peak was red,” she said.", "Suwarni", "said", ""),
         ("“I did not cry until we reached the main road.”", "Suwarni", "said", "")],
        [("The village midwife, Ibu Veronika Hoda Lamabelawa, said she was most worried about the 19 pregnant women now sleeping on mats at the evacuation post in Watodiri.", "Veronika Hoda Lamabelawa", "said", ""),
         ("Three of them are due to give birth this month.", "Veronika Hoda Lamabelawa", "said", "W")],
        [("The parish priest of Boruwutun, Romo Aloysius Wuring Sabonlein, recalled that the last eruption, in 1979, had killed 11 people in the village.", "Aloysius Wuring Sabonlein", "recalled", "W"),
         ("“The old people remember, and that is why they listened this time,” he said.", "Aloysius Wuring Sabonlein", "said", "")],
        [("The coordinator of the Watodiri post, who did not want to be named, said drinking water and mats were the biggest needs.", "The coordinator of the Watodiri post", "said", ""),
         ("He said the post, built for 600 people, was sheltering 1,140.", "The coordinator of the Watodiri post", "said", "W")],
        [("Sukirman, a cook from Kupang who has come to help at the post's kitchen, described the first night simply: “Everybody was awake.”", "Sukirman", "described", "")],
        [("Wirahadikusumah stressed that the status would not be lowered until the earthquakes had fallen for at least two weeks.", "Bagus Wirahadikusumah", "stressed", "")],
        [("Related:", "", "", "B")],
        [("Flores volcano sent ash 4 km high in 2024, records show", "", "", "B")],
        [("Farmers return to slopes of Mount Ile Watowolo after two years", "", "", "B")],
        [("Get The Lontar Daily's morning briefing every day at 6 a.m. WIB.", "", "", "B")],
        [("© 2026 PT Lontar Media Kencana.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Malaysian English daily's nation page, flash floods in a Penang housing estate and a retention pond that was never built
        [("The Kinta Chronicle", "", "", "B")],
        [("Edition: Malaysia ▾   |   Sign in", "", "", "B")],
        [("Nation   Metro   Business   Sport   World   Lifestyle   Opinion   Videos", "", "", "B")],
        [("NATION", "", "", "B")],
        [("140 homes flooded in Seberang Perai as pond promised in 2021 remains unbuilt", "", "", "W")],
        [("Exco man says developer must build retention pond before any new phase; residents vow to sue", "Ravindran a/l Gopalsamy", "says", "W")],
        [("By Pheng Siew Lan", "", "", "B")],
        [("SEBERANG PERAI", "", "", "B")],
        [("Wednesday, 15 Apr 2026  9:40 PM MYT", "", "", "B")],
        [("Share  f  X  WhatsApp  Email   |   21 comments", "", "", "B")],
        [("A resident of Taman Seri Bidara clears mud from his porch on Wednesday morning after flash floods hit the area.", "", "", ""),
         ("— Photo: TEOW KHENG WOON / The Kinta Chronicle", "", "", "B")],
        [("About 140 homes in Taman Seri Bidara were flooded up to waist level on Tuesday night after 112mm of rain fell in three hours, the Penang Drainage and Irrigation Department (DID) said.", "the Penang Drainage and Irrigation Department (DID)", "said", "W"),
         ("It said the Sungai Lempoyang Kecil rose 2.3 metres above its normal level by 11 p.m.", "the Penang Drainage and Irrigation Department (DID)", "said", "W")],
        [("The estate sits on what is known as a padi basin, low land that was rice fields until the first houses were built in 2016.", "", "", "W")],
        [("The state executive councillor for infrastructure, Datuk Seri Ravindran a/l Gopalsamy, said the developer of the estate had been required to build a retention pond before handing over its third phase in 2021.", "Ravindran a/l Gopalsamy", "said", "W"),
         ("The council had since refused to approve a fourth phase, he said.", "Ravindran a/l Gopalsamy", "said", "W"),
         ("Asked whether the state would take over the pond, he said at a press conference in George Town on Wednesday that “the state will not pay for what a developer promised”.", "Ravindran a/l Gopalsamy", "said at a press conference", "")],
        [("Opposition assemblyman for Juru Permai, YB Mohd Khairul Anuar bin Sulaimi, argued that the state had approved the third phase in 2021 without checking that the pond existed.", "Mohd Khairul Anuar bin Sulaimi", "argued", "W"),
         ("“The exco man is blaming the developer for a signature his own government put on paper,” he said.", "Mohd Khairul Anuar bin Sulaimi", "said", "")],
        [("The executive councillor shot back that the approval was given under the previous state administration, in March 2021.", "Ravindran a/l Gopalsamy", "shot back", "W"),
         ("The assemblyman said that was “a history lesson, not a drain”.", "Mohd Khairul Anuar bin Sulaimi", "said", "")],
        [("The developer, Bidara Heights Development Sdn Bhd, wrote to residents on April 2, two weeks before the floods.", "", "", "W"),
         ("The letter, signed by its managing director, Datuk Haw Chee Boon, says the pond will be completed by December 2026.", "The letter", "says", "W"),
         ("Haw said on Wednesday that the company had bought the land for the pond in January and that works would start in June.", "Haw Chee Boon", "said", "W")],
        [("A joint statement by the residents' associations of Taman Seri Bidara's three phases, read out to reporters by the phase 2 chairman, Looi Kok Wai, said residents had raised RM46,000 to hire a lawyer.", "A joint statement by the residents' associations of Taman Seri Bidara's three phases", "said", "W"),
         ("“We have been patient for five years, and the water has not been patient with us,” the statement said.", "the statement", "said", ""),
         ("Looi said the associations would file a suit against the developer and the council at the Penang High Court by the end of May.", "Looi Kok Wai", "said", "W")],
        [("The local MP, Saiful Azhar bin Hamidon, posted on Facebook on Wednesday that he had asked the Housing and Local Government Ministry to audit the estate's approvals.", "Saiful Azhar bin Hamidon", "posted on Facebook", "W"),
         ("“The people of Seri Bidara deserve answers, not sandbags,” he wrote.", "Saiful Azhar bin Hamidon", "wrote", "")],
        [("A council officer, who spoke on condition of anonymity, said the council had issued the developer two compound notices, in 2023 and 2025, for failing to build the pond.", "A council officer", "said", "W"),
         ("Each was for RM10,000, the maximum under the council's by-laws.", "A council officer", "said", "W")],
        [("A handwritten sign taped to a lamppost at the estate's entrance said “BANJIR LAGI? KITA SAMAN” in red paint.", "", "", "")],
        [("“My husband is 81 and had a stroke last year.", "Nor Hafizah binti Abdul Rasyidi", "said", ""),
         ("We carried him up the stairs in a plastic chair, the neighbours and I, while the water came in under the door.”", "Nor Hafizah binti Abdul Rasyidi", "said", "")],
        [("So said Nor Hafizah binti Abdul Rasyidi, 74, standing in the doorway of her single-storey terrace house, its furniture stacked on the dining table.", "Nor Hafizah binti Abdul Rasyidi", "said", "")],
        [("Ir. Choong Lay Peng, a hydrologist with the Malaysian Water Sustainability Forum, noted that a pond of the size in the approved plans would hold about 18,000 cubic metres, roughly the volume of rain that fell on the estate on Tuesday.", "Choong Lay Peng", "noted", "W")],
        [("ALSO READ: Penang to review flood mitigation plans for 12 housing estates", "", "", "B")],
        [("Comments are moderated. Please keep them civil and on topic.", "", "", "B")],
        [("© 2026 Kinta Chronicle Media Bhd (198701004412)", "", "", "B")],
    ],
    [  # 7. Maltese English-language daily's court page, two brothers charged after a neighbour's house collapses next to their building site
        [("TIMES OF THE GRAND HARBOUR", "", "", "B")],
        [("News   Court & Police   Politics   Business   Sport   Opinion   Lifestyle   Obituaries", "", "", "B")],
        [("Court & Police", "", "", "B")],
        [("Brothers charged after Ħal Mixtin house collapses beside their building site", "", "", "W")],
        [("Neighbour had warned authority of cracks eight months earlier, inspector tells court", "Dorianne Vellastro-Cefai", "tells court", "W")],
        [("Marthese Grixtello-Bugeja", "", "", "B")],
        [("Friday, 17 April 2026, 13:05", "", "", "B")],
        [("🔊 Listen   ·   Share   ·   Print", "", "", "B")],
        [("Rescue workers search the rubble of the house in Triq is-Sienja on 9 April.", "", "", ""),
         ("Photo: Ramon Muscatello-Vassallino", "", "", "B")],
        [("Two brothers who run a construction company were on Friday charged with causing grievous bodily harm through negligence after a house collapsed next to their building site in Ħal Mixtin, injuring an 80-year-old woman.", "", "", "W")],
        [("Joseph Vellaħmar, 52, and his younger brother Mario Vellaħmar, 47, directors of JMV Structures Ltd, pleaded not guilty before Magistrate Claudette Brincat-Stagno.", "", "", "W")],
        [("According to the charge sheet, the brothers failed to shore up the party wall before excavating to a depth of 11 metres for a block of 14 flats.", "the charge sheet", "according to", "W")],
        [("Prosecuting, Inspector Dorianne Vellastro-Cefai told the court that the neighbour, Carmen Mercieca-Cilia, had written to the Building and Construction Authority about cracks in her kitchen wall in August 2025.", "Dorianne Vellastro-Cefai", "told the court", "W"),
         ("The inspector read the letter into the record.", "", "", "W"),
         ("“The crack goes from the ceiling to the floor and I can put a coin in it,” Mercieca-Cilia wrote.", "Carmen Mercieca-Cilia", "wrote", "W"),
         ("“Please send someone before it is too late.”", "Carmen Mercieca-Cilia", "wrote", "")],
        [("The letter says she also phoned the authority twice.", "The letter", "says", "W")],
        [("A report by the authority's inspectors, filed in the acts, found that the excavation was 3.4 metres deeper than the permit allowed.", "A report by the authority's inspectors", "found", "W"),
         ("The report says no method statement for the works was ever submitted.", "The report", "says", "W")],
        [("Defence lawyer Dr Roberta Frendo-Sciortello argued that the permit had been amended in January to allow the deeper excavation.", "Roberta Frendo-Sciortello", "argued", "W"),
         ("She said her clients had “followed every instruction” given by their architect.", "Roberta Frendo-Sciortello", "said", "")],
        [("The inspector pointed out that the amendment was approved on 19 January, three days after the digging had reached its final depth.", "Dorianne Vellastro-Cefai", "pointed out", "W"),
         ("Frendo-Sciortello insisted that the dates in the permit system “do not tell the whole story”.", "Roberta Frendo-Sciortello", "insisted", "")],
        [("The site's architect, Perit Anthony Chetcuti-Mizzian, testified that he had visited the site once a week and had told the brothers in writing to stop digging on 12 January.", "Anthony Chetcuti-Mizzian", "testified", "W"),
         ("Under questioning by the magistrate, he conceded that he had not informed the authority of that instruction.", "Anthony Chetcuti-Mizzian", "conceded", "W")],
        [("Mgr Ġużeppi Buttiġieġ-Refalo, the parish priest of Ħal Mixtin, whose 2019 history of the parish, “The Bell Says Noon”, is sold in the sacristy, told the court he had anointed Mercieca-Cilia in the rubble before she was taken to hospital.", "Ġużeppi Buttiġieġ-Refalo", "told the court", "W"),
         ("“She asked me whether her cat was safe,” he said.", "Ġużeppi Buttiġieġ-Refalo", "said", "")],
        [("Mercieca-Cilia remains at Mater Dei Hospital with fractures to her pelvis and both legs, the court heard.", "", "", "W")],
        [("Mario Vellaħmar's lawyer, Dr Kurt Cassarino-Lautier, said his client had been abroad from December to February and had no role in the excavation.", "Kurt Cassarino-Lautier", "said", "W"),
         ("The elder brother's lawyer made no submissions on that point.", "", "", "W")],
        [("The magistrate granted both men bail against a deposit of €5,000 each and a personal guarantee of €20,000, and ordered them not to approach the site.", "", "", "W")],
        [("The authority said in a statement on Friday that it had suspended all works on the site and three other sites run by the company.", "The authority", "said in a statement", "W"),
         ("It said it was “fully cooperating” with the inquiry.", "the Building and Construction Authority", "said", "")],
        [("Ħal Mixtin mayor Noel Xerriex-Azzopardo wrote on Facebook that the council had asked the authority in 2024 to stop excavations in the old core of the village.", "Noel Xerriex-Azzopardo", "wrote on Facebook", "W"),
         ("“Nobody listened, and now an old woman is paying for it,” he wrote.", "Noel Xerriex-Azzopardo", "wrote", "")],
        [("The case continues on 8 May.", "", "", "W")],
        [("Read next: Excavation rules to be tightened after spate of collapses", "", "", "B")],
        [("34 comments", "", "", "B")],
        [("© 2026 Grand Harbour Media Ltd.", "", "", "B"),
         ("Registered in Malta C 41187.", "", "", "B")],
    ],
    [  # 8. Dutch English-language news site, a water board's dike reinforcement that would cut through a family farm
        [("DELTA DISPATCH", "", "", "B")],
        [("News from the Netherlands, in English", "", "", "B")],
        [("Home   News   Politics   Housing   Climate   Business   Sport   Opinion   Jobs", "", "", "B")],
        [("Climate", "", "", "B")],
        [("Water board approves €118 million dike plan that cuts through Hoenwaarden farm", "", "", "W")],
        [("Dike-reeve says there is no safe alternative; family goes to Council of State", "Hendrika van Dalsum-Tiemersma", "says", "W")],
        [("By Pieter-Jan Oudekerkhof", "", "", "B")],
        [("16 April 2026, 14:22 CET", "", "", "B")],
        [("Share   X   Facebook   LinkedIn   Email", "", "", "B")],
        [("The Waal dike at Hoenwaarden, where the water board wants to widen the dike by 35 metres on the land side.", "", "", ""),
         ("Photo: ANP / Wessel Haringvliet-Kool", "", "", "B")],
        [("The Lingezoom water board on Wednesday approved a €118 million plan to raise and widen 9.4 kilometres of the Waal dike between Hoenwaarden and Zandmeulen by 2031.", "", "", "W")],
        [("The water board said the dike no longer meets the safety standard set in 2017 for a flood with a one-in-100,000 chance in any year.", "The water board", "said", "W"),
         ("It said the plan would take land from 23 properties, including the whole farmyard of one dairy farm.", "The Lingezoom water board", "said", "W")],
        [("The dike-reeve of Lingezoom, Hendrika van Dalsum-Tiemersma, told the board's general assembly that every alternative had been studied.", "Hendrika van Dalsum-Tiemersma", "told the board's general assembly", "W"),
         ("“There is no safe dike that goes around the Ter Horstmeulen farm,” she said.", "Hendrika van Dalsum-Tiemersma", "said", "")],
        [("Van Dalsum-Tiemersma said the water board had offered the family a replacement farm site 2 kilometres inland and would pay for a new milking barn.", "Hendrika van Dalsum-Tiemersma", "said", "W")],
        [("Jan-Willem ter Horstmeulen, 61, whose family has farmed at Hoenwaarden since 1884, argued that the board had never seriously considered moving the dike towards the river.", "Jan-Willem ter Horstmeulen", "argued", "W"),
         ("“They looked at it for one afternoon,” he said.", "Jan-Willem ter Horstmeulen", "said", "")],
        [("His daughter Femke ter Horstmeulen, 29, who runs the farm's 140 cows with him, added that a new site would need a new nitrogen permit, which no farm in the province had been granted since 2019.", "Femke ter Horstmeulen", "added", "W"),
         ("“A barn without a permit is just an expensive shed,” she said.", "Femke ter Horstmeulen", "said", "")],
        [("Ter Horstmeulen said he would not sell.", "Jan-Willem ter Horstmeulen", "said", ""),
         ("His daughter said she would, if the permit came with the land.", "Femke ter Horstmeulen", "said", "")],
        [("A banner on the barn said “DIJK JA, ERF NEE” – yes to the dike, no to taking the yard.", "", "", "")],
        [("The family filed an appeal with the Council of State on 10 April, with the support of 312 people who signed a petition in Hoenwaarden.", "", "", "W"),
         ("The appeal says the water board did not publish its study of the river-side option until after the objection period had closed.", "The appeal", "says", "W")],
        [("Hydraulic engineer ir. Maarten van der Wielingen, who advised the family, said a river-side dike would cost about €14 million more but would leave all 23 properties untouched.", "Maarten van der Wielingen", "said", "W"),
         ("Van der Wielingen recalled that the same solution was used at two places on the Waal in the 2010s.", "Maarten van der Wielingen", "recalled", "W")],
        [("Prof. dr. Sjoerd Kamphuysen-Lanting, a flood risk specialist at a technical university, said the river-side option would narrow the river at a point where it was already the so-called “bottleneck” of the stretch.", "Sjoerd Kamphuysen-Lanting", "said", "W"),
         ("“You would be buying safety for one farm with risk for the towns downstream,” he said.", "Sjoerd Kamphuysen-Lanting", "said", "")],
        [("In a letter to the House of Representatives on Tuesday, the Minister of Infrastructure and Water Management, drs. Cornelis Groenebeukel, wrote that the national flood protection programme would pay 90 percent of the cost.", "Cornelis Groenebeukel", "wrote", "W"),
         ("The letter says work at Hoenwaarden must start by 2028 for the dike to meet the standard in time.", "The letter", "says", "W")],
        [("The contractor that has won the first phase, Deltaveste Infra B.V., said in a post on LinkedIn that it would start on a section north of Zandmeulen in September.", "Deltaveste Infra B.V.", "said in a post on LinkedIn", "W")],
        [("A spokesman for the water board, who asked not to be named because talks with the family are continuing, said the offer of a replacement site was “still on the table”.", "A spokesman for the water board", "said", "")],
        [("Femke ter Horstmeulen summed it up after the vote: “They are asking us to move 140 years so that they can move a dike 35 metres.”", "Femke ter Horstmeulen", "summed it up", "")],
        [("More news", "", "", "B")],
        [("Farmers block A15 in protest at buy-out scheme", "", "", "B")],
        [("Rotterdam to add 4,000 homes on former port land", "", "", "B")],
        [("Sign up for our free daily newsletter", "", "", "B")],
        [("© 2026 Delta Dispatch B.V.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Jamaican daily's news page, smoke from a burning dump closes a basic school as the municipal corporation meets
        [("THE JAMAICA CHRONOGRAPH", "", "", "B")],
        [("NEWS   LEAD STORIES   BUSINESS   SPORTS   ENTERTAINMENT   LETTERS   COMMENTARY   E-PAPER", "", "", "B")],
        [("News", "", "", "B")],
        [("Smoke from Brackenhill Pen dump closes basic school for third day", "", "", "W")],
        [("Waste authority says fire will take two more weeks to put out; councillors demand relocation", "Marcia Tomlinsey-Hines", "says", "")],
        [("Kerri-Ann Forbesley-Gager/Staff Reporter", "", "", "B")],
        [("Published: Thursday | April 16, 2026 | 12:09 AM", "", "", "B")],
        [("Share:  Facebook  X  WhatsApp  Email", "", "", "B")],
        [("Thick smoke rises from the Brackenhill Pen disposal site in St Catherine on Tuesday afternoon.", "", "", ""),
         ("– Photo by Dwayne Chinloy-Mattis", "", "", "B")],
        [("Brackenhill Pen Basic School in St Catherine was closed for a third straight day on Wednesday as smoke from a fire at the nearby Brackenhill Pen disposal site drifted over the community.", "", "", "W")],
        [("The fire, said to have been started by scavengers burning tyres for their wire, broke out on April 11 and has spread over about 12 hectares of the 48-hectare site.", "", "", "W")],
        [("A statement from the National Solid Waste Management Authority (NSWMA), read to Wednesday's monthly meeting of the St Catherine Municipal Corporation by Mayor Lorraine Gordonson-Reckord, said eight excavators and two water trucks were working at the site around the clock.", "A statement from the National Solid Waste Management Authority (NSWMA)", "said", "W"),
         ("The statement said 60 per cent of the burning area had been covered with marl by Tuesday night.", "The statement", "said", "W")],
        [("Councillor Yvonne Creary-Lue, who represents the Brackenhill Pen division, told the meeting it was the fourth major fire at the dump since 2019.", "Yvonne Creary-Lue", "told the meeting", "W"),
         ("“Every time, we are told it is under control, and every time my constituents breathe it for a month,” she argued.", "Yvonne Creary-Lue", "argued", "")],
        [("Councillor Sonia Keating-Wynter countered that the corporation had no power over the site, which is run by the NSWMA.", "Sonia Keating-Wynter", "countered", "W"),
         ("“We can pass motions until we are blue in the face,” she said.", "Sonia Keating-Wynter", "said", "")],
        [("Creary-Lue charged that the corporation had “washed its hands” of the community.", "Yvonne Creary-Lue", "charged", ""),
         ("Keating-Wynter retorted that she had moved the 2022 motion calling for the dump to be relocated.", "Sonia Keating-Wynter", "retorted", "W")],
        [("The corporation voted 14-3 to write to the minister asking for a date for the site's closure.", "", "", "W")],
        [("In a letter to parents dated April 14, the school's principal, Rev. Dr Claudette Ebanksley-Pryer, said the school would stay closed until the air was “safe for small lungs”.", "Claudette Ebanksley-Pryer", "said", "W"),
         ("The letter, dated the day after the first closure, says 23 of the school's 91 children had been kept home with coughs the previous week.", "The letter", "says", "W")],
        [("The NSWMA's executive director, Marcia Tomlinsey-Hines, told a virtual press briefing on Wednesday that the fire was burning up to 8 metres below the surface of the dump.", "Marcia Tomlinsey-Hines", "told a virtual press briefing", "W"),
         ("Her message to residents was blunt: “This is not a fire you put out in a weekend.”", "Marcia Tomlinsey-Hines", "message to residents was blunt", "")],
        [("Crews had to dig out each burning pocket and cover it, one at a time.", "Marcia Tomlinsey-Hines", "told a virtual press briefing", ""),
         ("That would take another two weeks if the wind stayed low.", "Marcia Tomlinsey-Hines", "told a virtual press briefing", "")],
        [("The authority had spent $46 million on fires at the site since 2023.", "Marcia Tomlinsey-Hines", "told a virtual press briefing", "W")],
        [("The Custos of St Catherine, Hon. Desmond Linton-Cammock, said churches in the area had opened four halls for elderly residents who wanted to leave their homes.", "Desmond Linton-Cammock", "said", "W")],
        [("A firefighter at the scene, who was not authorised to speak, said crews were working in 12-hour shifts.", "A firefighter at the scene", "said", ""),
         ("“Some of the youths don't even have proper masks,” he said.", "A firefighter at the scene", "said", "")],
        [("The St Catherine North Police said in a statement that two men had been charged with unlawfully setting fire to the site.", "The St Catherine North Police", "said in a statement", "W")],
        [("“Mi pickney dem cyaan sleep.", "Hyacinth Morrisey-Plunkett", "came from", ""),
         ("Every night mi haffi wet a towel and put it under the door.”", "Hyacinth Morrisey-Plunkett", "came from", "")],
        [("The words came from Hyacinth Morrisey-Plunkett, a higgler who lives two streets from the dump with her three grandchildren.", "Hyacinth Morrisey-Plunkett", "came from", "")],
        [("Local Government Minister Everton Mclarty-Gayleson wrote on X that a new disposal site in the parish would be chosen by the end of the year.", "Everton Mclarty-Gayleson", "wrote on X", "W")],
        [("SEE ALSO: Wickham Pen residents recall 2018 fire as smoke returns", "", "", "B")],
        [("We welcome your comments. Please read our community guidelines before posting.", "", "", "B")],
        [("© 2026 The Jamaica Chronograph Company Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Louisiana parish weekly's website, a police jury votes to close a swing bridge and a father and son of the same name split
        [("The Chênevert Pilot", "", "", "B")],
        [("Serving Chênevert Parish since 1911  ·  Port Lavergne, La.", "", "", "B")],
        [("78°F  Partly cloudy  ·  Tide at Bayou Goulard: high 4:12 p.m.", "", "", "B")],
        [("News   Sports   Obituaries   Opinion   Classifieds   Legals   e-Edition   Subscribe", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Police jury votes 5-4 to close Bayou Goulard swing bridge to cars on June 1", "", "", "W")],
        [("Juror says repairs would cost $7.8 million the parish does not have; businesses on the east bank go to court", "Alcide Fontenette Jr.", "says", "W")],
        [("By Noémie Ardoinette-Baudoin  |  nardoinette@chenevertpilot.com", "", "", "B")],
        [("Posted Apr 16, 2026, 5:48 p.m. CDT", "", "", "B")],
        [("Share   Facebook   Email   Print", "", "", "B")],
        [("The Bayou Goulard swing bridge, built in 1938, seen from the east bank on Monday.", "", "", ""),
         ("Pilot photo / Remy Lafleurette", "", "", "B")],
        [("The Chênevert Parish Police Jury voted 5-4 on Tuesday night to close the Bayou Goulard swing bridge to vehicles on June 1, leaving it open to people on foot and bicycles.", "", "", "W")],
        [("The motion was made by District 3 juror Alcide Fontenette Jr.", "", "", "W"),
         ("The bridge is in his district.", "", "", "W")],
        [("“Nobody on this jury wants to close that bridge, least of all me,” Fontenette said.", "Alcide Fontenette Jr.", "said", ""),
         ("“But the engineers gave it a 3 out of 9, and I'm not going to be the one who waited.”", "Alcide Fontenette Jr.", "said", "W")],
        [("His father, Alcide Fontenette Sr., 79, who held the same seat for 24 years, spoke against the motion during public comment.", "", "", "W"),
         ("“My son is a good man, and he's wrong,” the elder Fontenette told the jury.", "Alcide Fontenette Sr.", "told the jury", ""),
         ("He said the nearest other crossing was 19 miles away by road, at Port Lavergne.", "Alcide Fontenette Sr.", "said", "W")],
        [("The younger Fontenette said afterward that the two had not discussed the vote at home.", "Alcide Fontenette Jr.", "said", ""),
         ("“We talked about the LSU game,” he said.", "Alcide Fontenette Jr.", "said", "")],
        [("According to a state inspection report from last October, the bridge's turntable gears and two of its timber piles are in “poor” condition.", "a state inspection report from last October", "according to", "W"),
         ("The report says repairs would cost about $7.8 million.", "The report", "says", "W")],
        [("Four businesses on the east bank, including a marina and a seafood dock, filed a petition in district court in Port Lavergne on Wednesday asking for an injunction to keep the bridge open.", "", "", "W"),
         ("The petition says the closure would add 38 miles to every round trip for the 41 trucks that use the bridge each day.", "The petition", "says", "W"),
         ("An affidavit attached to it from a Lafayette engineer, Dwight Ancelet-Prejeanne, estimates that the gears could be repaired for $1.2 million.", "Dwight Ancelet-Prejeanne", "estimates", "W")],
        [("Rev. Thaddeus Colomb-Dartez, pastor of St. Adelard Catholic Church on the east bank, said 60 of his parishioners crossed the bridge every Sunday.", "Thaddeus Colomb-Dartez", "said", "W"),
         ("“Some of them are in their 90s,” he said.", "Thaddeus Colomb-Dartez", "said", "")],
        [("Among them is Odile Breaux-Lejeunesse, said to be the oldest woman in the parish at 103, who has crossed the bridge to Mass since she was a girl.", "", "", "")],
        [("The 1997 film “The Bayou Says Goodbye” was shot partly on the bridge, and its poster still hangs in the marina's bait shop.", "", "", "W")],
        [("Sheriff Ulysse Guilbeau-Rideaux wrote on Facebook that his deputies would need 25 minutes longer to reach the east bank once the bridge closed.", "Ulysse Guilbeau-Rideaux", "wrote on Facebook", "W"),
         ("“We will adjust, like we always do,” he wrote.", "Ulysse Guilbeau-Rideaux", "wrote", "")],
        [("Gulfshore Towing & Marine, which owns the marina, did not return calls on Thursday.", "Gulfshore Towing & Marine", "did not return calls", "")],
        [("Juror Marguerite Dugas-Fruge, who voted no, had a question for the engineer that nobody answered: “If it's good enough for a bicycle, why not a school bus?”", "Marguerite Dugas-Fruge", "had a question for the engineer", "")],
        [("FIVE QUESTIONS", "", "", "B")],
        [("The Pilot asked parish engineer Roland Babineaux-Guidroz about the closure. Answers have been edited for length.", "", "", "B")],
        [("Q: Is the bridge safe to walk on?", "", "", "")],
        [("A: Yes.", "Roland Babineaux-Guidroz", "A:", "W"),
         ("The load rating for people and bikes is fine; it's the weight of cars and trucks that worries us.", "Roland Babineaux-Guidroz", "A:", "W")],
        [("Q: The petition says the gears could be fixed for $1.2 million.", "The petition", "says", "W"),
         ("Why not do that?", "", "", "")],
        [("A: That fixes the gears, not the piles.", "Roland Babineaux-Guidroz", "A:", "W"),
         ("You'd be putting a new engine in a car with no axle.", "Roland Babineaux-Guidroz", "A:", "")],
        [("Q: Will it ever reopen to cars?", "", "", "")],
        [("A: If the state puts it on its list, maybe in four or five years.", "Roland Babineaux-Guidroz", "A:", "")],
        [("Get the Pilot delivered: subscribe for $4.99 a month.", "", "", "B")],
        [("Obituaries  ·  Classifieds  ·  Public notices", "", "", "B")],
        [("© 2026 Chênevert Pilot Publishing LLC", "", "", "B")],
    ],
    [  # 11. Samoan daily's news page, the Land and Titles Court quashes a village council's banishment of a family
        [("APIA DISPATCH", "", "", "B")],
        [("Home   Local   Politics   Court   Pacific   Sports   Business   Opinion   Samoan", "", "", "B")],
        [("Court", "", "", "B")],
        [("Court quashes banishment of Vailuatai family, orders return of land", "", "", "W")],
        [("Family matai says they will go home \"with our heads up, not to fight\"", "Tuiolemu Iosefa Lemalusina", "says", "")],
        [("By Lagi Sapolu-Seumalo", "", "", "B")],
        [("15 April 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp", "", "", "B")],
        [("Members of the Tuiolemu family outside the Land and Titles Court in Apia on Tuesday.", "", "", ""),
         ("Photo: Apia Dispatch / Iakopo Aumoeualogo-Tauiliili", "", "", "B")],
        [("The Land and Titles Court has quashed a decision by the village council of Vailuatai, on Savai'i, to banish a family of 27 people and take back the land on which their three houses stand.", "", "", "W")],
        [("According to the judgment, delivered on Tuesday, the council met on 3 November 2025 and gave the family seven days to leave the village.", "the judgment", "according to", "W"),
         ("The judgment says the council did not give the family a hearing before it decided.", "The judgment", "says", "W")],
        [("The council said in its written submissions that the family had refused to contribute to the building of a new church hall and had insulted the village's high chief.", "The council", "said in its written submissions", "W")],
        [("The head of the family, Afioga Tuiolemu Iosefa Lemalusina, told the Dispatch that the family had paid 4,000 tala towards the hall in 2024 and could not pay another 6,000 after a poor cocoa harvest.", "Tuiolemu Iosefa Lemalusina", "told the Dispatch", "W"),
         ("“We will go home with our heads up, not to fight,” he said.", "Tuiolemu Iosefa Lemalusina", "said", "")],
        [("The high chief of Vailuatai, Afioga Leaupepe Salanoa Timoteo-Masina, insisted the council had acted under the village's customs.", "Leaupepe Salanoa Timoteo-Masina", "insisted", "W"),
         ("“A village that cannot govern itself is not a village,” he said.", "Leaupepe Salanoa Timoteo-Masina", "said", "")],
        [("Tuiolemu replied that custom also required the council to listen before it punished.", "Tuiolemu Iosefa Lemalusina", "replied", ""),
         ("The high chief maintained that the family had been invited to two meetings of the council in October and had not come.", "Leaupepe Salanoa Timoteo-Masina", "maintained", "W")],
        [("Tuiolemu said the family was never told of those meetings.", "Tuiolemu Iosefa Lemalusina", "said", "W")],
        [("Banishment is what is known in Samoan as faatulai, and village councils have used it for generations to punish those who break their rules.", "", "", "")],
        [("The court's president, His Honour Tauaalii Lameko Afamasaga-Toleafoa, sitting with two assessors, said the village council could still impose a fine.", "Tauaalii Lameko Afamasaga-Toleafoa", "said", "W"),
         ("It ordered the council to pay the family's costs of 3,500 tala.", "", "", "W")],
        [("A lawyer for the council, Lalotoa Fiona Seiuli-Papalii, conceded after the ruling that the council had not kept minutes of the November meeting.", "Lalotoa Fiona Seiuli-Papalii", "conceded", "W"),
         ("She said the council would decide within a week whether to appeal.", "Lalotoa Fiona Seiuli-Papalii", "said", "")],
        [("The Pulenu'u of Vailuatai, Vaelua Amosa Tuiletufuga, said the family's houses had not been touched since November.", "Vaelua Amosa Tuiletufuga", "said", "W")],
        [("The church minister in Vailuatai, Rev. Faifeau Elisaia Tanuvasa-Lemalu, who has served the village's congregation since 2012, said he had asked the council twice to meet the family.", "Elisaia Tanuvasa-Lemalu", "said", "W"),
         ("“The hall is for God, and God did not ask for anybody to be sent away,” he said.", "Elisaia Tanuvasa-Lemalu", "said", "")],
        [("The family's matai has a nephew on the council, Tuiolemu Fa'afetai Lemalusina-Toese, who voted against the banishment.", "", "", "W"),
         ("He told the Dispatch he had spoken against it “as a nephew and as a matai” but was one of only four.", "Tuiolemu Fa'afetai Lemalusina-Toese", "told the Dispatch", "W"),
         ("His uncle said the family held nothing against the village.", "Tuiolemu Iosefa Lemalusina", "said", "")],
        [("The Office of the Ombudsman said in a statement that it had received 11 complaints about banishment orders since 2023.", "The Office of the Ombudsman", "said in a statement", "W"),
         ("It said it would publish a report on village council decisions later this year.", "The Office of the Ombudsman", "said", "")],
        [("Sina Lemalusina-Pouono, a daughter of the family who lives in Auckland, posted a video of the ruling being read on Facebook, where it had been shared 2,300 times by Wednesday.", "", "", "W"),
         ("“Today our aiga can go home,” she wrote.", "Sina Lemalusina-Pouono", "wrote", "")],
        [("A villager who asked not to be named, because she feared being fined by the council, said most families had wanted the family to stay.", "A villager", "said", "")],
        [("“My children were born in that house.", "Malia Tuiolemu-Faasalele", "said", ""),
         ("For five months they asked me when we were going back, and I had nothing to say to them.”", "Malia Tuiolemu-Faasalele", "said", "")],
        [("Malia Tuiolemu-Faasalele, the wife of the family's matai, said this on the steps of the court, holding her youngest son's hand.", "Malia Tuiolemu-Faasalele", "said", "")],
        [("Related Stories", "", "", "B")],
        [("Savai'i village fines two families over church dispute", "", "", "B")],
        [("Council of Deputies to review village fono law", "", "", "B")],
        [("© 2026 Apia Dispatch Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Papua New Guinea daily's news page, a landslide cuts the Highlands Highway and a governor holds a press conference
        [("THE KUMUL TIMES", "", "", "B")],
        [("Home   National   Highlands   Business   Sport   Pacific   Letters   Classifieds", "", "", "B")],
        [("National", "", "", "B")],
        [("Landslide cuts Highlands Highway at Yalumbi for fifth day, 400 trucks stranded", "", "", "W")],
        [("Governor says road will reopen by Monday; traders say they are losing K50,000 a day", "Kilala Wape Tondoket", "says", "W")],
        [("By JOYCE AKIPE-WANDAMBO", "", "", "B")],
        [("April 17, 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp", "", "", "B")],
        [("Trucks queue on the Highlands Highway near Yalumbi on Wednesday, five days after the landslide.", "", "", ""),
         ("Picture: JOYCE AKIPE-WANDAMBO", "", "", "B")],
        [("A landslide that buried 200 metres of the Highlands Highway at Yalumbi in the Southern Highlands last Saturday has stranded about 400 trucks and cut off fuel and food supplies to three provinces.", "", "", "W")],
        [("Southern Highlands Governor Sir Kilala Wape Tondoket told a press conference in Warupu on Thursday that the road would reopen to one lane of traffic by Monday.", "Kilala Wape Tondoket", "told a press conference in Warupu", "W"),
         ("He said the provincial government had released K1.2 million for machines and fuel.", "Kilala Wape Tondoket", "said", "W")],
        [("A statement from the Department of Works and Highways, read out at the same press conference by its Southern Highlands manager, Nelson Kumbu-Piawe, said five excavators were clearing the slip from both sides.", "A statement from the Department of Works and Highways", "said", "W"),
         ("The statement said the slope above the road was still moving by up to 30 centimetres a day.", "The statement", "said", "W")],
        [("Kumbu-Piawe said afterwards that one lane by Monday was “possible, not promised”.", "Nelson Kumbu-Piawe", "said", ""),
         ("The governor said he would hold the department to Monday.", "Kilala Wape Tondoket", "said", "")],
        [("“If the ground is still walking, we cannot put a truck on it,” the works manager said.", "Nelson Kumbu-Piawe", "said", "")],
        [("Provincial Police Commander Chief Inspector Gibson Wapai-Kundil stressed that nobody should try to cross the slip on foot, after two men were swept down the slope on Tuesday.", "Gibson Wapai-Kundil", "stressed", "W"),
         ("One of them was still missing, he said.", "Gibson Wapai-Kundil", "said", "W")],
        [("Landowners at Yalumbi wrote to the governor on Wednesday asking for K300,000 in compensation for gardens lost under the slip.", "Landowners at Yalumbi", "wrote to the governor", "W"),
         ("The letter says 46 gardens and a fish pond were buried.", "The letter", "says", "W")],
        [("A placard held up by a boy at the slip on Wednesday said “NO PAY NO ROAD”.", "", "", "")],
        [("Bishop Matthias Yawira-Kopal, who leads the Evangelical Highlands Church, said the church had carried 3 tonnes of rice across the slip to villages on the far side, in 25-kilogram bags carried on foot.", "Matthias Yawira-Kopal", "said", "W")],
        [("“Our people are carrying rice on their heads like in the old days,” he said.", "Matthias Yawira-Kopal", "said", "")],
        [("A health worker at Warupu General Hospital, who asked not to be named, said the hospital's oxygen would run out on Saturday unless a truck got through.", "A health worker at Warupu General Hospital", "said", "W")],
        [("The Member for Warupu-Kombal Open, Peter Kuri-Yambol, posted on Facebook that he had asked the Defence Force for a helicopter to fly oxygen cylinders to Warupu.", "Peter Kuri-Yambol", "posted on Facebook", "W")],
        [("“I sell kaukau and greens to the truck drivers.", "Rosa Piako-Haguli", "plea", ""),
         ("There are no drivers going anywhere, so I sit with my bilums full of kaukau and nobody to buy it.", "Rosa Piako-Haguli", "plea", ""),
         ("Please open the road before my kaukau rots.”", "Rosa Piako-Haguli", "plea", "")],
        [("That was the plea of Rosa Piako-Haguli, a mother of five who sells at the roadside market at Yalumbi.", "Rosa Piako-Haguli", "plea", "")],
        [("The haulage company Highlands Freightlines Ltd., which has 62 trucks in the queue, said each truck was losing about K800 a day.", "Highlands Freightlines Ltd.", "said", "W")],
        [("FROM THE PRESS CONFERENCE", "", "", "B")],
        [("Questions from reporters and the governor's answers, as recorded by the Kumul Times:", "", "", "B")],
        [("REPORTER: When will the two lanes be open?", "", "", "")],
        [("TONDOKET: Two lanes will take a month, maybe two.", "Kilala Wape Tondoket", "TONDOKET:", ""),
         ("The mountain decides that, not me.", "Kilala Wape Tondoket", "TONDOKET:", "")],
        [("REPORTER: Traders say they are losing K50,000 a day.", "Traders", "say", "W"),
         ("Who will pay them?", "", "", "")],
        [("TONDOKET: I am not a bank.", "Kilala Wape Tondoket", "TONDOKET:", ""),
         ("But my office will pay the landowners for their gardens, K1,000 for each garden, and that starts next week.", "Kilala Wape Tondoket", "TONDOKET:", "W")],
        [("More Stories", "", "", "B")],
        [("Fuel prices rise across the Highlands as stocks run low", "", "", "B")],
        [("Enga schools close early for lack of food", "", "", "B")],
        [("© 2026 Kumul Times Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n67-headline-tell-court-standfirst-byline", "Mukono families tell court sugar firm fenced off 400 acres of clan land\nCompany says it bought the land in 2019 and holds a valid title; judge to visit the site on May 8\nBy Proscovia Nakintu-Ssebaggala\nPosted Thursday, April 16, 2026 — 8:14 PM\nShare on:  Facebook  X  WhatsApp  LinkedIn  Email",
     ["Mukono families tell court sugar firm fenced off 400 acres of clan land", "Company says it bought the land in 2019 and holds a valid title; judge to visit the site on May 8", "By Proscovia Nakintu-Ssebaggala", "Posted Thursday, April 16, 2026 — 8:14 PM", "Share on:  Facebook  X  WhatsApp  LinkedIn  Email"]),
    ("n67-owek-affidavit-which-clause-ltd-reply", "In an affidavit filed on March 30, the head of the Ngeye-Kasolo clan in the area, Owek. Yowana Ssempijja-Lutalo, says the families were given 14 days' notice to leave in January and that the fence went up in February while crops were still in the ground. The affidavit, which runs to 62 pages with its annexures, lists 41 homesteads, three family burial grounds and a chapel inside the fence. It says the elders have buried their dead on the hill “for five generations” and that the oldest grave is dated 1938.\nThe hill is what is known as a kasozi ka bajjajja, a grandfathers' hill, where each head of a family is buried beside the one before him.\nNamiryango Sugar Estates Ltd., which runs a 9,000-acre plantation east of the village, says in its reply that it bought the land from a registered owner in 2019 for Shs2.1 billion and holds a freehold title to it. The reply was sworn by the company's estates manager, Ronald Mpalanyi-Bbosa. He states that the families were licensees of the previous owner, who compensated them in 2020, and that 29 of the 41 household heads signed for the money. “The company has acted lawfully at every step,” the reply says.",
     ["In an affidavit filed on March 30, the head of the Ngeye-Kasolo clan in the area, Owek. Yowana Ssempijja-Lutalo, says the families were given 14 days' notice to leave in January and that the fence went up in February while crops were still in the ground.", "The affidavit, which runs to 62 pages with its annexures, lists 41 homesteads, three family burial grounds and a chapel inside the fence.", "It says the elders have buried their dead on the hill “for five generations” and that the oldest grave is dated 1938.", "The hill is what is known as a kasozi ka bajjajja, a grandfathers' hill, where each head of a family is buried beside the one before him.", "Namiryango Sugar Estates Ltd., which runs a 9,000-acre plantation east of the village, says in its reply that it bought the land from a registered owner in 2019 for Shs2.1 billion and holds a freehold title to it.", "The reply was sworn by the company's estates manager, Ronald Mpalanyi-Bbosa.", "He states that the families were licensees of the previous owner, who compensated them in 2020, and that 29 of the 41 household heads signed for the money.", "“The company has acted lawfully at every step,” the reply says."]),
    ("n67-colon-put-it-plainly-sign-named-after", "Ssempijja-Lutalo, 78, put it plainly when the Post visited the hill on Monday: “They have fenced our grandfathers inside.”\n“We do not go to the graves now unless a guard lets us in. He opened the gate for one burial in March and wrote down the name of every person who went in.”\nA sign on the new gate said “PRIVATE PROPERTY – NO ENTRY” in red letters.\n“I have planted cassava on that side for 30 years. Now I buy it in the market like a town person.”\nThose were the words of Teopista Nabweteme-Kaggwa, a widow of 64 whose garden is now on the company's side of the fence.",
     ["Ssempijja-Lutalo, 78, put it plainly when the Post visited the hill on Monday: “They have fenced our grandfathers inside.”", "“We do not go to the graves now unless a guard lets us in.", "He opened the gate for one burial in March and wrote down the name of every person who went in.”", "A sign on the new gate said “PRIVATE PROPERTY – NO ENTRY” in red letters.", "“I have planted cassava on that side for 30 years.", "Now I buy it in the market like a town person.”", "Those were the words of Teopista Nabweteme-Kaggwa, a widow of 64 whose garden is now on the company's side of the fence."]),
    ("n67-facebook-post-pm-am-before-quote", "Residents of three villages along the Nsabwe stream in Solwezi District have been told not to drink, bathe in or fish from the stream after a pipe carrying mine tailings burst on Friday night.\nNsabwe Copper Mines Plc said in a post on its Facebook page on Saturday that a joint on the tailings pipeline failed at about 11 p.m. and that the pumps were shut down by 3 a.m. “The spill was contained within four hours and there is no risk to the public,” the post said. It said about 1,800 cubic metres of tailings had entered the stream.",
     ["Residents of three villages along the Nsabwe stream in Solwezi District have been told not to drink, bathe in or fish from the stream after a pipe carrying mine tailings burst on Friday night.", "Nsabwe Copper Mines Plc said in a post on its Facebook page on Saturday that a joint on the tailings pipeline failed at about 11 p.m. and that the pumps were shut down by 3 a.m.", "“The spill was contained within four hours and there is no risk to the public,” the post said.", "It said about 1,800 cubic metres of tailings had entered the stream."]),
    ("n67-chief-statement-read-out-went-on-colon", "Senior Chief Mwanashiku Lubembe, in a statement read to journalists at his palace on Monday by his secretary, Davies Kapalu-Syamunyinda, said at least 2,600 people in Chivunda-Kaseya, Mukambo and Kasamba-Sapi relied on the stream for water. The chief said the mine had not informed his palace of the spill until Sunday afternoon, more than 36 hours after it happened.\nThe statement went on: “My subjects woke up to find their fish floating on the water. Nobody from the mine came to tell them why.”\nMr Kapalu-Syamunyinda did not take questions.",
     ["Senior Chief Mwanashiku Lubembe, in a statement read to journalists at his palace on Monday by his secretary, Davies Kapalu-Syamunyinda, said at least 2,600 people in Chivunda-Kaseya, Mukambo and Kasamba-Sapi relied on the stream for water.", "The chief said the mine had not informed his palace of the spill until Sunday afternoon, more than 36 hours after it happened.", "The statement went on: “My subjects woke up to find their fish floating on the water.", "Nobody from the mine came to tell them why.”", "Mr Kapalu-Syamunyinda did not take questions."]),
    ("n67-same-surname-two-women-asked", "The fish trader Loveness Musondela, who buys from fishermen at Chivunda-Kaseya, said she had thrown away two basins of bream on Saturday. “Who will buy fish from an orange river?” she asked.\nThe headteacher of Chivunda-Kaseya Primary School, Ruth Musondela, who is no relation, said 212 of her 540 pupils were absent on Monday because their families had gone to fetch water from a borehole 6 kilometres away. “The children are carrying water instead of carrying books,” she said.\nLoveness Musondela said the fishermen would not go back on the water until someone told them it was safe. The headteacher noted that the school's own well had been dry since 2024.",
     ["The fish trader Loveness Musondela, who buys from fishermen at Chivunda-Kaseya, said she had thrown away two basins of bream on Saturday.", "“Who will buy fish from an orange river?” she asked.", "The headteacher of Chivunda-Kaseya Primary School, Ruth Musondela, who is no relation, said 212 of her 540 pupils were absent on Monday because their families had gone to fetch water from a borehole 6 kilometres away.", "“The children are carrying water instead of carrying books,” she said.", "Loveness Musondela said the fishermen would not go back on the water until someone told them it was safe.", "The headteacher noted that the school's own well had been dry since 2024."]),
    ("n67-rs-crore-er-carried-speech", "The Dhanpur Drinking Water Project was due to be completed in July 2022 at a cost of Rs 41 crore, according to the Town Development Fund, which lent the municipality Rs 29 crore for it. Rs 38 crore has been spent so far, it said.\nThe project's engineer, Er. Suman Gharti-Rokaya, explained that the intake on the Khahare Khola had been washed away twice, in the monsoons of 2023 and 2024. The second time the river moved its course by almost 40 metres, leaving the new intake on dry land.\nA third intake, built further upstream, was finished in February, but the 4.2-kilometre main pipe to the reservoir still had to be relaid across two landslides. That work would take until the end of the monsoon.",
     ["The Dhanpur Drinking Water Project was due to be completed in July 2022 at a cost of Rs 41 crore, according to the Town Development Fund, which lent the municipality Rs 29 crore for it.", "Rs 38 crore has been spent so far, it said.", "The project's engineer, Er. Suman Gharti-Rokaya, explained that the intake on the Khahare Khola had been washed away twice, in the monsoons of 2023 and 2024.", "The second time the river moved its course by almost 40 metres, leaving the new intake on dry land.", "A third intake, built further upstream, was finished in February, but the 4.2-kilometre main pipe to the reservoir still had to be relaid across two landslides.", "That work would take until the end of the monsoon."]),
    ("n67-pvt-ltd-mid-film-title-says-so-says", "The contractor, Himshikhar Builders Pvt. Ltd., said in a written reply to the Post that it had been paid for work done and that the delays were caused by the floods.\nA documentary about the project, “The Tap Says Tomorrow”, made by students of Dhanpur Secondary School, was screened at the ward office on Saturday.\n“In the morning I walk down to the spring, and in the evening I walk down again. The tap is on my wall like a picture.”\nSo says Man Kumari Sunchaurel, 71, who lives alone at the top of Dhanpur-4.",
     ["The contractor, Himshikhar Builders Pvt. Ltd., said in a written reply to the Post that it had been paid for work done and that the delays were caused by the floods.", "A documentary about the project, “The Tap Says Tomorrow”, made by students of Dhanpur Secondary School, was screened at the ward office on Saturday.", "“In the morning I walk down to the spring, and in the evening I walk down again.", "The tap is on my wall like a picture.”", "So says Man Kumari Sunchaurel, 71, who lives alone at the top of Dhanpur-4."]),
    ("n67-interview-note-post-prefix-questions", "INTERVIEW\nThe Post spoke to Mayor Indira Baral-Sapkota on Wednesday. The conversation has been translated from Nepali and shortened.\nPost: Why has nobody in Dhanpur-4 got water after four years?\nBaral-Sapkota: Two floods took our intake. We have built a third one higher up, and it is finished.\nPost: The users' committee says it has asked you three times for the contract. Why has it not been given?\nBaral-Sapkota: The contract was put on the municipality's website on Tuesday. Anyone can read it.",
     ["INTERVIEW", "The Post spoke to Mayor Indira Baral-Sapkota on Wednesday.", "The conversation has been translated from Nepali and shortened.", "Post: Why has nobody in Dhanpur-4 got water after four years?", "Baral-Sapkota: Two floods took our intake.", "We have built a third one higher up, and it is finished.", "Post: The users' committee says it has asked you three times for the contract.", "Why has it not been given?", "Baral-Sapkota: The contract was put on the municipality's website on Tuesday.", "Anyone can read it."]),
    ("n67-bench-justice-petition-states-rs", "A two-member bench of the Lahore High Court on Wednesday restrained a private school chain from collecting a 28 percent increase in tuition fees until the next hearing on May 20.\nJustice Shahid Nawaz Kharlalpuri and Justice Rukhsana Tareen-Bhurgri were hearing a petition by 314 parents of children at seven Lahore campuses of Wyndhurst Grammar Schools.\nThe petition, filed through Barrister Mehreen Soharwal-Ahmadani on March 28, states that the Punjab Private Educational Institutions rules cap an annual fee increase at 5 percent. It says the chain raised fees from Rs 31,500 to Rs 40,320 a month for grade 9 in one step in March.\nSoharwal-Ahmadani contended that the chain had also introduced the so-called “annual development fund”, a one-time charge of Rs 25,000 per child, without approval from the registration authority. “This is a fee increase wearing a different coat,” she said.",
     ["A two-member bench of the Lahore High Court on Wednesday restrained a private school chain from collecting a 28 percent increase in tuition fees until the next hearing on May 20.", "Justice Shahid Nawaz Kharlalpuri and Justice Rukhsana Tareen-Bhurgri were hearing a petition by 314 parents of children at seven Lahore campuses of Wyndhurst Grammar Schools.", "The petition, filed through Barrister Mehreen Soharwal-Ahmadani on March 28, states that the Punjab Private Educational Institutions rules cap an annual fee increase at 5 percent.", "It says the chain raised fees from Rs 31,500 to Rs 40,320 a month for grade 9 in one step in March.", "Soharwal-Ahmadani contended that the chain had also introduced the so-called “annual development fund”, a one-time charge of Rs 25,000 per child, without approval from the registration authority.", "“This is a fee increase wearing a different coat,” she said."]),
    ("n67-asked-remarked-colon-named-after", "The chain's chief executive, Omer Farooq Sandhuwal, told a press conference at the Lahore Press Club on Thursday that fees for 240 students on scholarships would not be raised. He insisted that the chain had “nothing to hide” from the court. Sandhuwal recalled that the chain had frozen its fees in 2020, when it lost 1,100 students during the lockdown. Asked why parents had learnt of the increase from a WhatsApp message, Sandhuwal remarked: “Parents are in those groups, so that is where we tell them.”\n“I have two children in Wyndhurst, and I have already cut the tuition for my elder son's maths. Now they want the money for the new building too.”\nNabila Sheikhupurwal, a mother of two who works as a pharmacist, said this outside the court on Wednesday.",
     ["The chain's chief executive, Omer Farooq Sandhuwal, told a press conference at the Lahore Press Club on Thursday that fees for 240 students on scholarships would not be raised.", "He insisted that the chain had “nothing to hide” from the court.", "Sandhuwal recalled that the chain had frozen its fees in 2020, when it lost 1,100 students during the lockdown.", "Asked why parents had learnt of the increase from a WhatsApp message, Sandhuwal remarked: “Parents are in those groups, so that is where we tell them.”", "“I have two children in Wyndhurst, and I have already cut the tuition for my elder son's maths.", "Now they want the money for the new building too.”", "Nabila Sheikhupurwal, a mother of two who works as a pharmacist, said this outside the court on Wednesday."]),
    ("n67-dr-press-conference-carried-forecast", "The Centre for Volcanology and Geological Hazard Mitigation (PVMBG) raised the alert status of Mount Lewotanah on Flores to Level IV, the highest on its four-step scale, at 9 p.m. on Sunday.\nDr. Bagus Wirahadikusumah, the head of the centre, told a press conference in Bandung on Monday that the number of volcanic earthquakes under the mountain had risen from about 20 a day in March to more than 300 on Sunday. The crater had also swelled by 6 centimetres in a week, as measured by the centre's tiltmeters.\nAn eruption could come within days, and the centre could not rule out flows of hot gas and ash down the southern flank. The exclusion zone had therefore been widened from 4 kilometres to 7 kilometres from the crater.",
     ["The Centre for Volcanology and Geological Hazard Mitigation (PVMBG) raised the alert status of Mount Lewotanah on Flores to Level IV, the highest on its four-step scale, at 9 p.m. on Sunday.", "Dr. Bagus Wirahadikusumah, the head of the centre, told a press conference in Bandung on Monday that the number of volcanic earthquakes under the mountain had risen from about 20 a day in March to more than 300 on Sunday.", "The crater had also swelled by 6 centimetres in a week, as measured by the centre's tiltmeters.", "An eruption could come within days, and the centre could not rule out flows of hot gas and ash down the southern flank.", "The exclusion zone had therefore been widened from 4 kilometres to 7 kilometres from the crater."]),
    ("n67-regent-statement-read-pak-said-to-be", "Lewonara Regent Yoseph Beda Manukoli was in Jakarta when the status was raised. In a statement read out at the regency office on Monday by the regional secretary, Agustina Rera Bungalolo, the regent said the regency had declared a 14-day emergency response period. “Nobody should go back for their animals or their harvest, however much it hurts,” he said in the statement.\nHe later wrote on Instagram that he would be back in Lewonara on Tuesday morning.\nThe village head of Boruwutun, Pak Kornelis Tupen Liwun, said that about 40 residents had refused to leave on Sunday night. “They want to guard their houses,” he said. He added that warning sirens, said to be tested every month, had not sounded in the village.",
     ["Lewonara Regent Yoseph Beda Manukoli was in Jakarta when the status was raised.", "In a statement read out at the regency office on Monday by the regional secretary, Agustina Rera Bungalolo, the regent said the regency had declared a 14-day emergency response period.", "“Nobody should go back for their animals or their harvest, however much it hurts,” he said in the statement.", "He later wrote on Instagram that he would be back in Lewonara on Tuesday morning.", "The village head of Boruwutun, Pak Kornelis Tupen Liwun, said that about 40 residents had refused to leave on Sunday night.", "“They want to guard their houses,” he said.", "He added that warning sirens, said to be tested every month, had not sounded in the village."]),
    ("n67-pm-end-known-as-datuk-seri-a-l", "About 140 homes in Taman Seri Bidara were flooded up to waist level on Tuesday night after 112mm of rain fell in three hours, the Penang Drainage and Irrigation Department (DID) said. It said the Sungai Lempoyang Kecil rose 2.3 metres above its normal level by 11 p.m.\nThe estate sits on what is known as a padi basin, low land that was rice fields until the first houses were built in 2016.\nThe state executive councillor for infrastructure, Datuk Seri Ravindran a/l Gopalsamy, said the developer of the estate had been required to build a retention pond before handing over its third phase in 2021. The council had since refused to approve a fourth phase, he said. Asked whether the state would take over the pond, he said at a press conference in George Town on Wednesday that “the state will not pay for what a developer promised”.",
     ["About 140 homes in Taman Seri Bidara were flooded up to waist level on Tuesday night after 112mm of rain fell in three hours, the Penang Drainage and Irrigation Department (DID) said.", "It said the Sungai Lempoyang Kecil rose 2.3 metres above its normal level by 11 p.m.", "The estate sits on what is known as a padi basin, low land that was rice fields until the first houses were built in 2016.", "The state executive councillor for infrastructure, Datuk Seri Ravindran a/l Gopalsamy, said the developer of the estate had been required to build a retention pond before handing over its third phase in 2021.", "The council had since refused to approve a fourth phase, he said.", "Asked whether the state would take over the pond, he said at a press conference in George Town on Wednesday that “the state will not pay for what a developer promised”."]),
    ("n67-sdn-bhd-letter-signed-family-first", "The developer, Bidara Heights Development Sdn Bhd, wrote to residents on April 2, two weeks before the floods. The letter, signed by its managing director, Datuk Haw Chee Boon, says the pond will be completed by December 2026. Haw said on Wednesday that the company had bought the land for the pond in January and that works would start in June.\nA joint statement by the residents' associations of Taman Seri Bidara's three phases, read out to reporters by the phase 2 chairman, Looi Kok Wai, said residents had raised RM46,000 to hire a lawyer. “We have been patient for five years, and the water has not been patient with us,” the statement said. Looi said the associations would file a suit against the developer and the council at the Penang High Court by the end of May.",
     ["The developer, Bidara Heights Development Sdn Bhd, wrote to residents on April 2, two weeks before the floods.", "The letter, signed by its managing director, Datuk Haw Chee Boon, says the pond will be completed by December 2026.", "Haw said on Wednesday that the company had bought the land for the pond in January and that works would start in June.", "A joint statement by the residents' associations of Taman Seri Bidara's three phases, read out to reporters by the phase 2 chairman, Looi Kok Wai, said residents had raised RM46,000 to hire a lawyer.", "“We have been patient for five years, and the water has not been patient with us,” the statement said.", "Looi said the associations would file a suit against the developer and the council at the Penang High Court by the end of May."]),
    ("n67-sign-question-inside-quote-so-said", "A handwritten sign taped to a lamppost at the estate's entrance said “BANJIR LAGI? KITA SAMAN” in red paint.\n“My husband is 81 and had a stroke last year. We carried him up the stairs in a plastic chair, the neighbours and I, while the water came in under the door.”\nSo said Nor Hafizah binti Abdul Rasyidi, 74, standing in the doorway of her single-storey terrace house, its furniture stacked on the dining table.",
     ["A handwritten sign taped to a lamppost at the estate's entrance said “BANJIR LAGI? KITA SAMAN” in red paint.", "“My husband is 81 and had a stroke last year.", "We carried him up the stairs in a plastic chair, the neighbours and I, while the water came in under the door.”", "So said Nor Hafizah binti Abdul Rasyidi, 74, standing in the doorway of her single-storey terrace house, its furniture stacked on the dining table."]),
    ("n67-pleaded-charge-sheet-inspector-letter", "Two brothers who run a construction company were on Friday charged with causing grievous bodily harm through negligence after a house collapsed next to their building site in Ħal Mixtin, injuring an 80-year-old woman.\nJoseph Vellaħmar, 52, and his younger brother Mario Vellaħmar, 47, directors of JMV Structures Ltd, pleaded not guilty before Magistrate Claudette Brincat-Stagno.\nAccording to the charge sheet, the brothers failed to shore up the party wall before excavating to a depth of 11 metres for a block of 14 flats.\nProsecuting, Inspector Dorianne Vellastro-Cefai told the court that the neighbour, Carmen Mercieca-Cilia, had written to the Building and Construction Authority about cracks in her kitchen wall in August 2025. The inspector read the letter into the record. “The crack goes from the ceiling to the floor and I can put a coin in it,” Mercieca-Cilia wrote. “Please send someone before it is too late.”",
     ["Two brothers who run a construction company were on Friday charged with causing grievous bodily harm through negligence after a house collapsed next to their building site in Ħal Mixtin, injuring an 80-year-old woman.", "Joseph Vellaħmar, 52, and his younger brother Mario Vellaħmar, 47, directors of JMV Structures Ltd, pleaded not guilty before Magistrate Claudette Brincat-Stagno.", "According to the charge sheet, the brothers failed to shore up the party wall before excavating to a depth of 11 metres for a block of 14 flats.", "Prosecuting, Inspector Dorianne Vellastro-Cefai told the court that the neighbour, Carmen Mercieca-Cilia, had written to the Building and Construction Authority about cracks in her kitchen wall in August 2025.", "The inspector read the letter into the record.", "“The crack goes from the ceiling to the floor and I can put a coin in it,” Mercieca-Cilia wrote.", "“Please send someone before it is too late.”"]),
    ("n67-perit-mgr-book-title-says", "The site's architect, Perit Anthony Chetcuti-Mizzian, testified that he had visited the site once a week and had told the brothers in writing to stop digging on 12 January. Under questioning by the magistrate, he conceded that he had not informed the authority of that instruction.\nMgr Ġużeppi Buttiġieġ-Refalo, the parish priest of Ħal Mixtin, whose 2019 history of the parish, “The Bell Says Noon”, is sold in the sacristy, told the court he had anointed Mercieca-Cilia in the rubble before she was taken to hospital. “She asked me whether her cat was safe,” he said.",
     ["The site's architect, Perit Anthony Chetcuti-Mizzian, testified that he had visited the site once a week and had told the brothers in writing to stop digging on 12 January.", "Under questioning by the magistrate, he conceded that he had not informed the authority of that instruction.", "Mgr Ġużeppi Buttiġieġ-Refalo, the parish priest of Ħal Mixtin, whose 2019 history of the parish, “The Bell Says Noon”, is sold in the sacristy, told the court he had anointed Mercieca-Cilia in the rubble before she was taken to hospital.", "“She asked me whether her cat was safe,” he said."]),
    ("n67-read-next-footer-ltd-registered", "Read next: Excavation rules to be tightened after spate of collapses\n34 comments\n© 2026 Grand Harbour Media Ltd. Registered in Malta C 41187.",
     ["Read next: Excavation rules to be tightened after spate of collapses", "34 comments", "© 2026 Grand Harbour Media Ltd.", "Registered in Malta C 41187."]),
    ("n67-ter-particle-father-daughter", "Jan-Willem ter Horstmeulen, 61, whose family has farmed at Hoenwaarden since 1884, argued that the board had never seriously considered moving the dike towards the river. “They looked at it for one afternoon,” he said.\nHis daughter Femke ter Horstmeulen, 29, who runs the farm's 140 cows with him, added that a new site would need a new nitrogen permit, which no farm in the province had been granted since 2019. “A barn without a permit is just an expensive shed,” she said.\nTer Horstmeulen said he would not sell. His daughter said she would, if the permit came with the land.",
     ["Jan-Willem ter Horstmeulen, 61, whose family has farmed at Hoenwaarden since 1884, argued that the board had never seriously considered moving the dike towards the river.", "“They looked at it for one afternoon,” he said.", "His daughter Femke ter Horstmeulen, 29, who runs the farm's 140 cows with him, added that a new site would need a new nitrogen permit, which no farm in the province had been granted since 2019.", "“A barn without a permit is just an expensive shed,” she said.", "Ter Horstmeulen said he would not sell.", "His daughter said she would, if the permit came with the land."]),
    ("n67-ir-prof-dr-drs-letter", "Hydraulic engineer ir. Maarten van der Wielingen, who advised the family, said a river-side dike would cost about €14 million more but would leave all 23 properties untouched. Van der Wielingen recalled that the same solution was used at two places on the Waal in the 2010s.\nProf. dr. Sjoerd Kamphuysen-Lanting, a flood risk specialist at a technical university, said the river-side option would narrow the river at a point where it was already the so-called “bottleneck” of the stretch. “You would be buying safety for one farm with risk for the towns downstream,” he said.\nIn a letter to the House of Representatives on Tuesday, the Minister of Infrastructure and Water Management, drs. Cornelis Groenebeukel, wrote that the national flood protection programme would pay 90 percent of the cost. The letter says work at Hoenwaarden must start by 2028 for the dike to meet the standard in time.",
     ["Hydraulic engineer ir. Maarten van der Wielingen, who advised the family, said a river-side dike would cost about €14 million more but would leave all 23 properties untouched.", "Van der Wielingen recalled that the same solution was used at two places on the Waal in the 2010s.", "Prof. dr. Sjoerd Kamphuysen-Lanting, a flood risk specialist at a technical university, said the river-side option would narrow the river at a point where it was already the so-called “bottleneck” of the stretch.", "“You would be buying safety for one farm with risk for the towns downstream,” he said.", "In a letter to the House of Representatives on Tuesday, the Minister of Infrastructure and Water Management, drs. Cornelis Groenebeukel, wrote that the national flood protection programme would pay 90 percent of the cost.", "The letter says work at Hoenwaarden must start by 2028 for the dike to meet the standard in time."]),
    ("n67-statement-read-by-mayor-two-women", "A statement from the National Solid Waste Management Authority (NSWMA), read to Wednesday's monthly meeting of the St Catherine Municipal Corporation by Mayor Lorraine Gordonson-Reckord, said eight excavators and two water trucks were working at the site around the clock. The statement said 60 per cent of the burning area had been covered with marl by Tuesday night.\nCouncillor Yvonne Creary-Lue, who represents the Brackenhill Pen division, told the meeting it was the fourth major fire at the dump since 2019. “Every time, we are told it is under control, and every time my constituents breathe it for a month,” she argued.\nCouncillor Sonia Keating-Wynter countered that the corporation had no power over the site, which is run by the NSWMA. “We can pass motions until we are blue in the face,” she said.\nCreary-Lue charged that the corporation had “washed its hands” of the community. Keating-Wynter retorted that she had moved the 2022 motion calling for the dump to be relocated.",
     ["A statement from the National Solid Waste Management Authority (NSWMA), read to Wednesday's monthly meeting of the St Catherine Municipal Corporation by Mayor Lorraine Gordonson-Reckord, said eight excavators and two water trucks were working at the site around the clock.", "The statement said 60 per cent of the burning area had been covered with marl by Tuesday night.", "Councillor Yvonne Creary-Lue, who represents the Brackenhill Pen division, told the meeting it was the fourth major fire at the dump since 2019.", "“Every time, we are told it is under control, and every time my constituents breathe it for a month,” she argued.", "Councillor Sonia Keating-Wynter countered that the corporation had no power over the site, which is run by the NSWMA.", "“We can pass motions until we are blue in the face,” she said.", "Creary-Lue charged that the corporation had “washed its hands” of the community.", "Keating-Wynter retorted that she had moved the 2022 motion calling for the dump to be relocated."]),
    ("n67-rev-dr-letter-colon-blunt-carried", "In a letter to parents dated April 14, the school's principal, Rev. Dr Claudette Ebanksley-Pryer, said the school would stay closed until the air was “safe for small lungs”. The letter, dated the day after the first closure, says 23 of the school's 91 children had been kept home with coughs the previous week.\nThe NSWMA's executive director, Marcia Tomlinsey-Hines, told a virtual press briefing on Wednesday that the fire was burning up to 8 metres below the surface of the dump. Her message to residents was blunt: “This is not a fire you put out in a weekend.”\nCrews had to dig out each burning pocket and cover it, one at a time. That would take another two weeks if the wind stayed low.\nThe authority had spent $46 million on fires at the site since 2023.",
     ["In a letter to parents dated April 14, the school's principal, Rev. Dr Claudette Ebanksley-Pryer, said the school would stay closed until the air was “safe for small lungs”.", "The letter, dated the day after the first closure, says 23 of the school's 91 children had been kept home with coughs the previous week.", "The NSWMA's executive director, Marcia Tomlinsey-Hines, told a virtual press briefing on Wednesday that the fire was burning up to 8 metres below the surface of the dump.", "Her message to residents was blunt: “This is not a fire you put out in a weekend.”", "Crews had to dig out each burning pocket and cover it, one at a time.", "That would take another two weeks if the wind stayed low.", "The authority had spent $46 million on fires at the site since 2023."]),
    ("n67-jr-ends-sentence-sr-elder", "The Chênevert Parish Police Jury voted 5-4 on Tuesday night to close the Bayou Goulard swing bridge to vehicles on June 1, leaving it open to people on foot and bicycles.\nThe motion was made by District 3 juror Alcide Fontenette Jr. The bridge is in his district.\n“Nobody on this jury wants to close that bridge, least of all me,” Fontenette said. “But the engineers gave it a 3 out of 9, and I'm not going to be the one who waited.”\nHis father, Alcide Fontenette Sr., 79, who held the same seat for 24 years, spoke against the motion during public comment. “My son is a good man, and he's wrong,” the elder Fontenette told the jury. He said the nearest other crossing was 19 miles away by road, at Port Lavergne.",
     ["The Chênevert Parish Police Jury voted 5-4 on Tuesday night to close the Bayou Goulard swing bridge to vehicles on June 1, leaving it open to people on foot and bicycles.", "The motion was made by District 3 juror Alcide Fontenette Jr.", "The bridge is in his district.", "“Nobody on this jury wants to close that bridge, least of all me,” Fontenette said.", "“But the engineers gave it a 3 out of 9, and I'm not going to be the one who waited.”", "His father, Alcide Fontenette Sr., 79, who held the same seat for 24 years, spoke against the motion during public comment.", "“My son is a good man, and he's wrong,” the elder Fontenette told the jury.", "He said the nearest other crossing was 19 miles away by road, at Port Lavergne."]),
    ("n67-petition-affidavit-estimates-st", "Four businesses on the east bank, including a marina and a seafood dock, filed a petition in district court in Port Lavergne on Wednesday asking for an injunction to keep the bridge open. The petition says the closure would add 38 miles to every round trip for the 41 trucks that use the bridge each day. An affidavit attached to it from a Lafayette engineer, Dwight Ancelet-Prejeanne, estimates that the gears could be repaired for $1.2 million.\nRev. Thaddeus Colomb-Dartez, pastor of St. Adelard Catholic Church on the east bank, said 60 of his parishioners crossed the bridge every Sunday. “Some of them are in their 90s,” he said.",
     ["Four businesses on the east bank, including a marina and a seafood dock, filed a petition in district court in Port Lavergne on Wednesday asking for an injunction to keep the bridge open.", "The petition says the closure would add 38 miles to every round trip for the 41 trucks that use the bridge each day.", "An affidavit attached to it from a Lafayette engineer, Dwight Ancelet-Prejeanne, estimates that the gears could be repaired for $1.2 million.", "Rev. Thaddeus Colomb-Dartez, pastor of St. Adelard Catholic Church on the east bank, said 60 of his parishioners crossed the bridge every Sunday.", "“Some of them are in their 90s,” he said."]),
    ("n67-qa-box-a-yes-question-cites-petition", "FIVE QUESTIONS\nThe Pilot asked parish engineer Roland Babineaux-Guidroz about the closure. Answers have been edited for length.\nQ: Is the bridge safe to walk on?\nA: Yes. The load rating for people and bikes is fine; it's the weight of cars and trucks that worries us.\nQ: The petition says the gears could be fixed for $1.2 million. Why not do that?\nA: That fixes the gears, not the piles. You'd be putting a new engine in a car with no axle.",
     ["FIVE QUESTIONS", "The Pilot asked parish engineer Roland Babineaux-Guidroz about the closure. Answers have been edited for length.", "Q: Is the bridge safe to walk on?", "A: Yes.", "The load rating for people and bikes is fine; it's the weight of cars and trucks that worries us.", "Q: The petition says the gears could be fixed for $1.2 million.", "Why not do that?", "A: That fixes the gears, not the piles.", "You'd be putting a new engine in a car with no axle."]),
    ("n67-matai-titles-alternating", "The head of the family, Afioga Tuiolemu Iosefa Lemalusina, told the Dispatch that the family had paid 4,000 tala towards the hall in 2024 and could not pay another 6,000 after a poor cocoa harvest. “We will go home with our heads up, not to fight,” he said.\nThe high chief of Vailuatai, Afioga Leaupepe Salanoa Timoteo-Masina, insisted the council had acted under the village's customs. “A village that cannot govern itself is not a village,” he said.\nTuiolemu replied that custom also required the council to listen before it punished. The high chief maintained that the family had been invited to two meetings of the council in October and had not come.\nTuiolemu said the family was never told of those meetings.",
     ["The head of the family, Afioga Tuiolemu Iosefa Lemalusina, told the Dispatch that the family had paid 4,000 tala towards the hall in 2024 and could not pay another 6,000 after a poor cocoa harvest.", "“We will go home with our heads up, not to fight,” he said.", "The high chief of Vailuatai, Afioga Leaupepe Salanoa Timoteo-Masina, insisted the council had acted under the village's customs.", "“A village that cannot govern itself is not a village,” he said.", "Tuiolemu replied that custom also required the council to listen before it punished.", "The high chief maintained that the family had been invited to two meetings of the council in October and had not come.", "Tuiolemu said the family was never told of those meetings."]),
    ("n67-nephew-same-title-ombudsman-it", "The family's matai has a nephew on the council, Tuiolemu Fa'afetai Lemalusina-Toese, who voted against the banishment. He told the Dispatch he had spoken against it “as a nephew and as a matai” but was one of only four. His uncle said the family held nothing against the village.\nThe Office of the Ombudsman said in a statement that it had received 11 complaints about banishment orders since 2023. It said it would publish a report on village council decisions later this year.",
     ["The family's matai has a nephew on the council, Tuiolemu Fa'afetai Lemalusina-Toese, who voted against the banishment.", "He told the Dispatch he had spoken against it “as a nephew and as a matai” but was one of only four.", "His uncle said the family held nothing against the village.", "The Office of the Ombudsman said in a statement that it had received 11 complaints about banishment orders since 2023.", "It said it would publish a report on village council decisions later this year."]),
    ("n67-sir-statement-read-out-works-manager", "Southern Highlands Governor Sir Kilala Wape Tondoket told a press conference in Warupu on Thursday that the road would reopen to one lane of traffic by Monday. He said the provincial government had released K1.2 million for machines and fuel.\nA statement from the Department of Works and Highways, read out at the same press conference by its Southern Highlands manager, Nelson Kumbu-Piawe, said five excavators were clearing the slip from both sides. The statement said the slope above the road was still moving by up to 30 centimetres a day.\nKumbu-Piawe said afterwards that one lane by Monday was “possible, not promised”. The governor said he would hold the department to Monday.\n“If the ground is still walking, we cannot put a truck on it,” the works manager said.",
     ["Southern Highlands Governor Sir Kilala Wape Tondoket told a press conference in Warupu on Thursday that the road would reopen to one lane of traffic by Monday.", "He said the provincial government had released K1.2 million for machines and fuel.", "A statement from the Department of Works and Highways, read out at the same press conference by its Southern Highlands manager, Nelson Kumbu-Piawe, said five excavators were clearing the slip from both sides.", "The statement said the slope above the road was still moving by up to 30 centimetres a day.", "Kumbu-Piawe said afterwards that one lane by Monday was “possible, not promised”.", "The governor said he would hold the department to Monday.", "“If the ground is still walking, we cannot put a truck on it,” the works manager said."]),
    ("n67-transcript-reporter-prefix-traders", "FROM THE PRESS CONFERENCE\nQuestions from reporters and the governor's answers, as recorded by the Kumul Times:\nREPORTER: When will the two lanes be open?\nTONDOKET: Two lanes will take a month, maybe two. The mountain decides that, not me.\nREPORTER: Traders say they are losing K50,000 a day. Who will pay them?\nTONDOKET: I am not a bank. But my office will pay the landowners for their gardens, K1,000 for each garden, and that starts next week.",
     ["FROM THE PRESS CONFERENCE", "Questions from reporters and the governor's answers, as recorded by the Kumul Times:", "REPORTER: When will the two lanes be open?", "TONDOKET: Two lanes will take a month, maybe two.", "The mountain decides that, not me.", "REPORTER: Traders say they are losing K50,000 a day.", "Who will pay them?", "TONDOKET: I am not a bank.", "But my office will pay the landowners for their gardens, K1,000 for each garden, and that starts next week."]),
]  # fmt: skip
