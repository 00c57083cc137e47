"""Thirty-eighth held-out set of hand-labelled pages for the hint engines (held out, written at the start of round twenty-six): twelve whole pages of everyday news from outlets in twelve countries, dense with quoted people, bodies and documents.

This set is HELD OUT: it is never looked at while tuning, only its summary scores are. It was written
from scratch for issue 13 at the start of round twenty-six, before any rule was tuned on it and
without looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` or `train_*.py` file and no file under `docs/` was read, `hint_scores.py` was not
read, and no test, scorer or engine was run; only an import of this file and `build` on every page, a
small script of my own that checks the sentences, the flags and the split cases against the pages,
whole-word greps of the invented names over `tests/` that listed file names only, and `ruff format` /
`ruff check` were run). The format and the conventions were read from the module docstrings of
`labelled_new.py`, `labelled_new2.py` and `labelled_new53.py` to `labelled_new56.py`, the first two
pages and the first split cases of `labelled_new56.py`, and `build` in `labelled_articles.py`. Every
person, small place, street, building, river, organisation, outlet, company, union, party, club, school,
church, foundation and number is invented (Kenya; South Africa, KwaZulu-Natal, Pietermaritzburg and
Durban; India, Pune, Mumbai, Solapur and Kolkata; Pakistan, Sindh and Karachi; Germany,
Baden-Württemberg, Stuttgart and Austria; Scotland and Perth; Nepal, Gandaki Province, Kathmandu,
Pokhara and Malaysia; Brazil, Minas Gerais and the São Francisco river; Trinidad and Tobago and San
Fernando; Poland, Lesser Poland, Kraków and Hanover; Papua New Guinea, Morobe, Madang and Lae; Uganda
and Kampala appear only as settings; real public bodies, laws, records and institutions such as "the
Controller of Budget", "the KwaZulu-Natal Department of Health", "the Code of Ethics and Conduct for
South African Print and Online Media", "the Central Bureau of Investigation (CBI)", "the Bharatiya
Nyaya Sanhita (BNS)", "the Information Technology Act", the helpline 1930 and "cybercrime.gov.in", "the
Sindh Assembly", "the Federal Employment Agency", the local court (Amtsgericht) in Stuttgart, the
regional chamber of commerce (IHK), "Perth Sheriff Court", "Police Scotland", "the Procurator Fiscal",
"the Ministry of Education, Science and Technology", "the Secondary Education Examination (SEE)",
"Ibama", "Conama", "the National Institute of Meteorology (Inmet)", "the Federal Public Prosecutor's
Office (MPF)", "the National Mining Agency (ANM)", "the Trinidad and Tobago Cricket Board (TTCB)", "the
Ministry of Culture and National Heritage", "the Jagiellonian University", "the Morobe Provincial
Government", "Angau Memorial Provincial Hospital", "the World Health Organization" and "the Uganda
Communications Commission (UCC)" appear only as settings, with invented figures; Facebook, X,
WhatsApp, Telegram, LinkedIn and WordPress only as channels). No surname, town, street, outlet,
company, union, party, club or school of any file under `tests/` is reused: every capitalised word of
these pages, each part of a hyphenated or apostrophised name included, was grepped as a whole word over
the whole `tests/` tree (the files other writers were adding at the same time included), and every hit
that was an invented name was changed (first names, titles, real settings and common words recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own, worded in that site's own way, with
furniture of ordinary length at the head and the tail (and inside the story where that kind of site
puts it), so most of each page is story; every story quotes several people in that country's house
style and cites bodies and documents, and mixes checkable facts with opinion and scene. The twelve
pages: (1) a Kenyan national daily's counties page on ward representatives voting to impeach a county
finance chief over a stalled market (local politics); (2) a South African news site's health section on
a regional hospital whose only CT scanner has been broken for seven months (health); (3) an Indian
English daily's city page on the police busting a "digital arrest" call centre (crime); (4) a Pakistani
English daily's Karachi page on half a bus network standing idle after the gas utility cut supply over
unpaid bills (transport); (5) a German English-language site's economy page on a family toolmaker filing
for insolvency in self-administration (business); (6) a Scottish weekly's court page on a bowling club's
former treasurer admitting embezzlement before a sheriff (courts); (7) a Nepali English daily's province
page on fourteen schools kept shut by teachers the rural municipality has not paid for five months
(education); (8) a Brazilian regional paper's English edition on the environment regulator fining a
miner after a tailings leak turned a river orange (environment); (9) a Trinidad and Tobago daily's sport
page on a small club winning the national T20 club final (sport); (10) a Polish English-language site's
culture page on a painting looted from a village church in 1945 going on show after its return
(culture); (11) a Papua New Guinean news site's press-release section republishing a church health
agency's media release on a new maternity wing as received (a press release as news); and (12) a
Ugandan Sunday paper's magazine feature on a night at a trading centre's last video hall (feature).
`STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new56.py` hold too (mastheads, straps, menus, crumbs, section
labels, bylines and role lines, date lines, share, listen and read-later strips, related, read-also and
most-read lines, tags and topics, newsletter, tip, feedback and membership lines, comment furniture,
author bios and footers "B" line by line; captions by content and credits "B"; standfirsts labelled
like headlines, split at a full stop and never at a semicolon, a "says" in them carrying the source as
the body names it; titles, ranks, honorifics and roles dropped from speakers, "Jr." and initials kept;
a pronoun, a later surname, a later first name or a role resolved to the full name as first given;
organisations, documents and data kept as written, "according to X" -> X, "It" for an organisation
resolved to its name as first given; a quote over several sentences or paragraphs carrying its speaker
and cue; "he"/"she" going to the last-named person of that gender who was the subject of a reporting
verb, context winning where it settles the matter; "did not respond" and "declined to comment" labelled
like speech with flags ""; plans, votes, decisions, orders, fixtures, rules, results and figures of
record "W"; spoken forecasts, hopes, pledges, opinions, feelings, scene, private circumstances,
rhetorical questions and advice ""; an official's act or vote of record in a relative clause making an
opinion "W"; a translated quote ONE sentence with the speaker and cue of the quote).

Conventions this set had to settle, in the same spirit:

* A press release republished as news. The site's furniture is "B" as usual, and so is the release's
  own: the two-sentence editor's note ("This is a media release from ..." / "It is published as
  received."), "MEDIA RELEASE", "For immediate release", the release's place-and-date line ("Lae, 14
  April 2026"), "ENDS", the "About ..." heading and the boilerplate paragraph under it (though it holds
  counts, like an author bio), and the media-contact line; the blog platform's strip under it ("Share
  this:", the channel line, "Like this:", "Loading...", "Related", "Leave a Reply" and the two-sentence
  form notice) is "B" too. The release's own sentences carry NO speaker: the issuing body is the
  page's author, as a newsletter writer's own sentences carry none, and they are labelled by content
  (the opening, the sums, the beds, the build dates and the plans of record "W", the attendance and the
  sing-sing "" as scene); "..., MRHS said." inside the release keeps "MRHS" as written; the people it
  quotes carry their own names. "Mothers ... will no longer have to travel to Lae to give birth safely,
  following the opening of a new K4.2 million maternity wing ..." is "W" for the opening and the sum,
  though promotional in tone.
* Courts. "..., a court has heard." keeps "a court" with the cue "has heard" and "The court heard that
  ..." keeps "The court" with "heard", both "W", as "a parliamentary committee has found" keeps the
  committee; the sheriff's deferral of sentence is an act of record without a speaker, "W"; "She told
  Pittendreich: “This was a gross breach of trust ....” / "All options, including a custodial sentence,
  remain open.”" carries the sheriff with "told" in both sentences, ""; the standfirst "Sheriff warns
  former treasurer that jail remains an option" carries her with "warns", ""; "A Police Scotland
  spokesperson said: “...”" is ONE sentence at the colon, "W". The fiscal depute's account of the
  transfers is "W", the defence solicitor's mitigation about the accused's debts and bereavement "" (a
  private circumstance) but her "she has repaid £6,000" "W"; bail is "W" without a speaker. In India,
  "A case has been registered ... under Sections ..." and the remand order are "W" without a speaker.
* Documents and data with verbs. "The motion, tabled by ..., accuses Ms Gacheru of ..." keeps "The
  motion" with "accuses", "W"; "a report by the Controller of Budget ranked the county 39th of 47 ..."
  keeps the report as written with "ranked", "Data from the National Institute of Meteorology (Inmet)
  show ..." keeps the data with "show", both "W"; "according to its website" keeps "its website";
  "According to the operator, ..." keeps "the operator" as written though the operator was named
  before, as "the department" is kept; "Police have urged citizens to report such calls ..." carries
  "Police" with "have urged", "" (advice).
* Names from these countries. Kenyan three-part names keep all parts and their apostrophes, and the
  later "Mr Wang'ondu" and "Ms Gacheru" resolve to "Josphat Kimemia Wang'ondu" and "Esther Wacera
  Gacheru"; "Governor", "Speaker", "Majority Leader", "nominated MCA" and "Kamuthanga ward MCA" are
  dropped. "Gogo" (a Zulu grandmother's honorific), "Dr", "MEC for Health", "Department spokesperson"
  and "Deputy Commissioner of Police (Cyber)", "Senior Police Inspector", "Sr. PI", "Ms.", "Adv.",
  "Engr", "Sindh Transport Minister", "Urban planner", "Managing director", "Dr.", "Fiscal depute",
  "Sheriff", "Rural municipality chair", "Headteacher", "Federal prosecutor", "Dona", "Biologist Prof.",
  "Club coach", "competitions manager", "Sport Minister", "Museum director dr", "Art historian prof. dr
  hab.", "Fr.", "Senior midwife Sr", "Morobe Governor Hon. Sir ..., KBE, MP", "chair Mrs", "LLG
  President", "Nnalongo" (a Ugandan mother of twins) and "Hajji" are dropped; "Syed" is kept as part of
  a Pakistani name as papers print it ("Syed Tabish Ali Rizvi", later "Mr Rizvi" and "The minister").
  Later references resolve however the paper makes them: by the last surname of a Brazilian name
  ("Assis" -> "Cláudio Henrique Barbalho de Assis", "Taveira"), by "Dona" and a first name ("Dona
  Raimunda" -> "Raimunda Gouveia Quixabeira"), by a Nepali surname ("Ghimirey", "Bhujel", "Khatiwada"),
  by a stage name ("VJ Kanyo" -> "Godfrey Ssebulime", named without a reporting verb in "The man is
  Godfrey Ssebulime, 38, known to everyone in Namalere as VJ Kanyo.", which itself carries no speaker).
  A complainant the police do not name keeps her description as first given ("a 68-year-old retired
  professor from the city", cue "saying"), and "The retired professor, who did not wish to be named,
  told ..." and his "he said" resolve to it. A person named in apposition without a reporting verb
  ("The court appointed the Stuttgart lawyer Dr. Matthias Gremmelsbach as custodian.", "Dona Raimunda
  ... has fished the Pedrinhas for 50 years.", "Seventeen-year-old Kyle Dindial ... made 31 ...") carries
  no speaker, and the later "Gremmelsbach said", her "she said" and "Dindial said" carry the full name.
* Standfirsts. "Governor Ngaruiya says the vote is ‘pure politics’ ..." carries him, ""; "Department
  says a new machine will be installed by July; doctors say ..." is ONE sentence carrying "the
  KwaZulu-Natal Department of Health" as the body first names it, "W" for the contract date the body
  gives; "..., says DCP" carries her; "Rural municipality blames delay in federal grant; ministry says
  ..." carries the chair through whom the body gives the claim, with "blames", "W" (a causal claim);
  "Company blames heavy rain; ..." carries "Mineração Itajequiá" with "blames", "W"; "The
  fourth-generation family firm says it will restructure under court supervision." carries the managing
  director through whom the body gives the plan ("Katrin Holzwarth-Rieber"), as "The depot says" carries
  the depot manager in `labelled_new56.py`, "W" (the filing is of record), and "A machinist who has worked there since 1997 says he saw it
  coming." the machinist, "" (a private speaker's tenure does not make his feeling "W"); the feature's
  "Smartphones and higher licence fees have closed six of the trading centre's seven video halls." is
  "W" and "Nnalongo Teopista Nalwoga is not ready to give up hers." "" without a speaker.
* Features. The present-tense "says" is a cue like "said". Scene with a time or a count ("At 7.45pm on a
  Saturday, the generator ... coughs twice", "Inside, 43 people sit on wooden benches ...") is ""; the
  hall's history and the town's count ("It was one of seven video halls in the trading centre then." /
  "Today it is the last."), the entry price (a public price) and the council's licence fee are "W"; the
  owner's takings from one match, her fee history and her plans are private circumstances, ""; "...
  has interpreted, by his own count, more than 3,000 films." carries the VJ with the cue "by his own
  count" and is "" (a self-count no reviewer can check); "“They say, ‘Mama, rest,’” she says, and
  laughs." is ONE sentence carrying her, the inner quote naming nobody.
* Flags for people quoted. A resident's, patient's or commuter's fact about a public service is "W" (the
  county's Sh50 daily fee, the ambulance leaving after 16:00, the bus fare of Rs50 with the rickshaw she
  took instead, a 55-minute wait, "Private minibuses ... charged Rs80 ..., commuters said."); private
  circumstances are "" (a grandson's days off work, a mother sending her son to cut fodder, "Fifty years,
  and I have never seen this"). An act in a relative clause makes the sentence "W" as a vote does ("who
  asked the written question", "who appeared for 14 of the accused", "who opened the wing"); "He said he
  would ask for the MEC to be called before ..." is a stated step, "W", but "Bhujel said the teachers
  would padlock the rural municipality office on Sunday if the salaries were not paid." is conditional,
  ""; "Ghimirey disputed that, saying the report had been sent by email on Magh 20." carries him with
  "disputed", "W" (a dated denial), and "He showed The Dhaulagiri Daily a printed copy of the email." is
  an act without a speaker, "W". An unhedged general claim of medicine or science is "W" ("For a
  clot-busting drug you have four and a half hours from the first symptoms", "Manganese settles in the
  sediment, and every heavy rain stirs it up again"), a hedged one "" ("that window has usually closed",
  "it could take years ... to recover"); the minister's "the gas supply would be restored by Friday
  morning" is a spoken forecast, "", the department's signed contract date "W".
* Sport. "SUMMARISED SCORES" is a table title, "B"; each innings line ("CACHETTE CC 178 for six (20
  overs) (A. Sookhram 74, K. Dindial 31; D. Bhagaloo-Hosein 4/19)"), "Cachette won by 14 runs." and
  "Player of the match: Akeel Sookhram" are results, "W"; a caption that states the innings is "W"; the
  supporters on the outfield after midnight are scene, "".
* Captions of record. "Perth Sheriff Court, where Pittendreich appeared on Tuesday." and "Governor Sir
  Wilson Tau-Nagari cuts the ribbon at Tiriwa Health Centre on Monday." are "W"; scene captions "".
  Credits in every house style are "B": "| Photo Credit: Special Arrangement" (a second sentence after
  the caption's full stop), "— Photo by Kashif Kalwar", "(Photo: ...)", "Picture supplied: MRHS" and
  "PHOTO | ... | KTG".
* Furniture in these house styles. "Updated 3 hours ago · 4 min read", "READ LATER  PRINT  SHARE",
  "Related Topics" and the topics line, "Facebook Count  X Count  WhatsApp  Email", "Published in The
  Daily Manora, April 16th, 2026", "Closed", "Published at : ..." and "Updated at : ...", the
  correspondent's bio line, "Tel: ... | Post Box No. 8832, Kathmandu", "Leia em português", the
  translation note, the "Ltda. · CNPJ ..." company line, "Reading time: 4 min.", "© Vistula Review sp. z
  o.o. 2026", "Imprint | Privacy | ...", "Registered in Scotland No. SC104477." and the press-code line
  are "B"; a tip line of a question and an instruction ("Have a story?" / "WhatsApp the newsroom on ...",
  "Do you have a question about work or money in Germany?" / "Write to us at ...") is two "B"
  sentences.

Splits. "Ltd." ends a sentence before a capital ("© 2026 Kihuga Times Group Ltd." and "(Pty) Ltd."
before "All rights reserved.", "Saifan Transit (Pvt) Ltd." before "The company's", "Ardbrennan Herald
Ltd." before "Registered in Scotland No. SC104477.", "Bilas Construction Ltd." before "Mambuo Rural
Health Services"), and so do "GmbH & Co. KG." before "Its sister company", "cm." before "It was
returned", "4 min." and "No. SC104477." at the end of a line, "Daily.", "Cerradense." and "Nius."
before "All rights reserved." or "Powered by WordPress.", "6 p.m." at the end of a paragraph, "Have a
story?" before "WhatsApp" and "Germany?" before "Write to us". "Ltd for", "Mr Wang'ondu", "Sh312
million", "2026/27", "R14.8-million", "07:30", "16:00", "02:00", "Ms.", "Sr. PI", "11.30 a.m. on",
"₹1.18 crore", "₹6.8 lakh", "Pvt. Ltd. in", "Pvt. Ltd. or", "Sections 318(4), 319(2) and 61(2)",
"Adv.", "cybercrime.gov.in", "S.T. Mughal Road", "Engr", "Rs810m", "Str. in",
"Dr.", "i.e. staff", "7 a.m. on", "€71.4 million", "£211.46", "2.45am on", "Post Box No. 8832", "S.A.
R$ 48.6 million", "8:40 a.m. BRT", "Prof. Tiago", "Ltda. · CNPJ 41.227.509/0001-83", "TT$75,000",
"A. Sookhram", "K. Dindial", "D. Bhagaloo-Hosein", "R. Chatoor", "J. Philbert-Achille", "ca. 1630",
"prof. dr hab.", "Fr. Zenon", "St. Nicholas", "St. Barbara", "ul. Rynek 7", "10 a.m. to", "sp. z o.o.
2026", "16.04.2026, 10:35", "Hon. Sir", "KBE, MP,", "Sr Rebecca", "K4.2 million", "7.45pm", "10.20pm",
"Shs1,000" and "13.6 million" never do. A "?" closing a quote before a lower-case attribution ("what
else will he do?” she asked.") does not end the sentence, and neither does a nested quote closing
before "she says" ("‘Mama, rest,’” she says, and laughs."); "Loading..." at the end of a line is a
sentence of its own.

`HELDOUT_CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the engine
does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Kenyan national daily's counties page, MCAs vote to impeach a county finance chief over a stalled market (masthead in capitals, menu with pipes, sign-in strip, crumb, headline with Sh480m, standfirst carrying the governor, byline in capitals, date and updated-read-time lines, share strip, caption and photo credit with pipes, the assembly's clerk via according to, the motion then accuses, three-part names with apostrophes and later Mr and Ms with the last part, Ltd without a stop, a Swahili quote with its translation, a majority leader who voted against, said in a statement, the Speaker's committee, a rule of procedure, the governor called and told reporters then The governor, the fiscal strategy paper and a Controller of Budget report ranked, a trader's fee, did not respond to calls and text messages, read line, topics, newsletter and tip lines with a question, footer)",
    "South African news site's health section, a regional hospital's only CT scanner broken for seven months (masthead in capitals, subscribe strip with a price, menu, section label, headline, standfirst of two sources at a semicolon carrying the department, byline with role, day-month date with 24-hour time, listen and share strips, caption and picture credit, figures given to the legislature via according to, Dr dropped, a stroke window in a quote, Gogo dropped from a patient, 24-hour clock times, an isiZulu quote with its translation, the department then It said, R14.8-million, a spokesperson's causal claim, a union chair, an opposition spokesperson who asked the written question, MEC for Health dropped, also-read, newsletter, comments-closed and press-code lines, (Pty) Ltd. footer)",
    "Indian English daily's city page, police bust a digital-arrest call centre (masthead in capitals, e-paper strip, menu, crumb, headline, standfirst at a semicolon carrying the DCP, staff reporter line, updated and published lines in IST, read-later strip, caption with a pipe photo credit, DCP with the unit in brackets and later Ms. with a stop, a complainant named only by age and trade with saying, later The retired professor, Senior Police Inspector then Sr. PI, 11.30 a.m. on, crore and lakh in rupees, alias, Pvt. Ltd. in, the police said, BNS sections with brackets, a remand order, Adv. dropped from a lawyer who appeared for 14 accused, told the paper, a helpline and a URL mid-sentence, police have urged, related topics, copyright with Pvt. Ltd. or)",
    "Pakistani English daily's Karachi page, half a city bus network off the road over unpaid gas bills (masthead in capitals, menu, section label, headline, bare byline, published and updated lines, share counts, caption with a dash photo credit, initials in a road name, KARACHI: dateline, the operator via according to ending in (Pvt) Ltd., Engr dropped, Rs with m and bn, a subsidy agreement, Syed kept in a minister's name with later Mr Rizvi and The minister, told reporters, a spoken restoration forecast, a gas utility spokesperson, a domestic helper's fare and a Romanised Urdu quote with its translation, a student's wait, commuters said, a passengers' group statement, a planner with a survey inside her speech, published-in line, further-reading line, closed comments and moderation line, copyright split over two lines)",
    "German English-language news site's economy page, a family toolmaker files for insolvency in self-administration (masthead and strap, menu, crumb, headline, two-sentence standfirst carrying the managing director and a machinist, byline, published and updated lines in CEST, share strip, caption with Str. and photo credit, GmbH & Co. KG. ending a sentence, German terms in brackets, a court appointment without a speaker, Dr. dropped from a managing director and a custodian named without a verb and later by surname, i.e. before lower case, a hope, a works council chairman with a German quote and its translation, 7 a.m. on, a machinist since 1997, a mayor's trade-tax figure, a chamber economist with the chamber's figures inside her speech, read-also and newsletter lines in the story, reader-question lines, tags, imprint strip, footer)",
    "Scottish weekly's court page, a bowling club's former treasurer admits embezzlement (masthead and strap, menu, section label, headline, standfirst carrying the sheriff with warns, byline and role lines, date line, share strip, caption of record and image credit, a court has heard, a guilty plea of record, a fiscal depute who told the court then Mr, £211.46 and 2.45am, The court heard, a solicitor's mitigation, a sheriff's deferral without a speaker then She told X: with a quote over two sentences, bail, a club president's fee rise and membership, a police spokesperson's colon quote, tip lines with a question, most-read list, footer with Ltd. and Registered in Scotland No.)",
    "Nepali English daily's province page, teachers hired by a rural municipality go unpaid for five months (masthead, e-paper and Nepali links, menu, province label, headline, standfirst at a semicolon carrying the chair with blames, bare byline, published and updated lines with spaced colons, caption and photo credit, Bikram Sambat months and dates, a teachers' forum via according to, later surnames for a coordinator, a chair and a headteacher, an anonymous ministry official, disputed that saying with a date, an act of showing a document, Shree in a school name, Grade and SEE, a mother's question before she asked, a conditional threat, a scheduled meeting, author bio, related news, footer with Post Box No.)",
    "Brazilian regional paper's English edition, the environment regulator fines a miner after a tailings leak (masthead, edition and language lines, menu, section label, headline with R$, standfirst at a semicolon carrying the company with blames, byline, translator line, date line in BRT with a.m., read-in-Portuguese link, caption and bracketed photo credit, S.A. before R$, Ibama via according to, a superintendent later by his last surname, the company's note then It said, Data show, a prosecutors' action without a speaker, a federal prosecutor, Dona dropped and later Dona Raimunda, a Portuguese quote with its translation, the mining agency then The ANM said, a rule of record, a mayor later by surname, Prof. dropped, an unhedged scientific claim, according to its website, translation note, topics, company line with Ltda. and CNPJ, footer)",
    "Trinidad and Tobago daily's sport page, a small club wins the national T20 club final (masthead in capitals, edition line, menu, crumb, headline, standfirst, bare byline, date line, share strip, caption of record and photo credit in capitals, a club name in capitals opening the story, results and figures without a speaker, a captain later by surname, an opposing captain whose figures ride in a relative clause, a schoolboy named without a verb then by surname, TT$, a coach, a cricket board official with a stated step, a minister who told the crowd, scene, summarised scores with initials and bowling figures, result and player-of-the-match lines, more-in-sport list, address line and footer)",
    "Polish English-language news site's culture page, a painting looted in 1945 goes on show after its return (masthead and strap in capitals, menu, section label, headline, two-sentence standfirst, author line, dotted date and time, reading time ending in min., caption and photo credit, ca. and cm. ending a sentence, a ministry statement then It said, according to the ministry, see-also line in the story, dr and prof. dr hab. dropped, Fr. dropped from a priest, St. Nicholas and St. Barbara, a Polish quote with its translation, an old parishioner who remembered, a family's letter read out, a mayor's grant, the museum said, ul. Rynek and 10 a.m. to 6 p.m., reader-funding lines, tags, contact line, footer with sp. z o.o.)",
    "Papua New Guinean news site's press-release section, a church health agency's media release on a new maternity wing republished as received (masthead and strap, menu, section label, headline, posted-by line, two-sentence editor's note, caption of record and picture credit, MEDIA RELEASE, immediate-release and place-date lines, the release's own sentences without a speaker, kina figures, Ltd. ending a sentence before a name, Dr, Sr, Mrs, Hon. Sir and KBE, MP dropped, an LLG president with a Tok Pisin quote and its translation, MRHS said, WHO via according to, ENDS, About heading and boilerplate, media contact, WordPress share, like and Loading... lines, related, reply form lines, footer)",
    "Ugandan Sunday paper's magazine feature, a night at a trading centre's last video hall (masthead and edition line in capitals, menu, crumb, headline of record, two-sentence standfirst, byline, date line, share strip, caption and photo credit, 7.45pm and 10.20pm scene, a VJ named without a verb and then by his stage name, present-tense says, Nnalongo and Hajji dropped, the hall's history and prices of record, a rhetorical question, the communications regulator via according to, a licence fee rule, a town clerk with a quote over two sentences, private takings, by his own count, a Luganda quote with its translation, a nested quote inside a quote, also-read line, feedback line, tags, footer)",
]

ARTICLES = [
    [  # 1. Kenyan daily's counties page, MCAs vote to impeach a county finance chief
        [("THE KIHUGA TIMES", "", "", "B")],
        [("Counties | Politics | Business | Sports | Opinion | Health | Lifestyle | ePaper", "", "", "B")],
        [("Subscribe  |  Sign in", "", "", "B")],
        [("News › Counties › Kiambogo", "", "", "B")],
        [("Kiambogo MCAs vote to impeach finance chief over stalled Sh480m market", "", "", "W")],
        [("Governor Ngaruiya says the vote is ‘pure politics’ and stands by his executive", "Stanley Mbogo Ngaruiya", "says", "")],
        [("By WANGECI KIRIMAHO", "", "", "B")],
        [("Thursday, April 16, 2026", "", "", "B")],
        [("Updated 3 hours ago · 4 min read", "", "", "B")],
        [("Share this story: Facebook | X | WhatsApp | Telegram | Email", "", "", "B")],
        [("Members of the Kiambogo County Assembly during Wednesday's sitting in Gatundiri.", "", "", ""),
         ("PHOTO | WANGECI KIRIMAHO | KTG", "", "", "B")],
        [("Members of the Kiambogo County Assembly on Wednesday voted to impeach the county executive committee member for finance, Esther Wacera Gacheru, over payments for the Sh480 million Karuriini Wholesale Market.", "", "", "W")],
        [("Thirty-eight of the 52 MCAs backed the motion, eight opposed it and six were absent, according to the assembly's clerk.", "the assembly's clerk", "according to", "W")],
        [("The motion, tabled by Kamuthanga ward MCA Josphat Kimemia Wang'ondu, accuses Ms Gacheru of gross misconduct and abuse of office over Sh312 million paid to Nduthiri Builders Ltd for the market.", "The motion", "accuses", "W"),
         ("Construction began in August 2022 and was due to be completed by June 2024.", "", "", "W")],
        [("Mr Wang'ondu told the House that a report by the county's own roads and public works department had valued the work done on the site at Sh97 million.", "Josphat Kimemia Wang'ondu", "told the House", "W")],
        [("“Go to Karuriini today and you will find a roof, half a wall and goats sleeping inside,” he said.", "Josphat Kimemia Wang'ondu", "said", ""),
         ("“Somebody was paid for walls that are not there.”", "Josphat Kimemia Wang'ondu", "said", "")],
        [("Seconding the motion, nominated MCA Faith Nduta Kang'ethe said traders had been promised stalls in the market before the 2022 election.", "Faith Nduta Kang'ethe", "said", "W"),
         ("“Hatuwezi kuendelea kuwadanganya wananchi (We cannot keep lying to the people),” she said.", "Faith Nduta Kang'ethe", "said", "")],
        [("Majority Leader Daniel Mburugu Thang'wa, who voted against the motion, said the charges had been drafted “in a hurry” and that the finance department had only released money certified by the project engineer.", "Daniel Mburugu Thang'wa", "said", "W")],
        [("“If there is a problem, it is with the contractor, not the CEC,” he said.", "Daniel Mburugu Thang'wa", "said", "")],
        [("Ms Gacheru, who did not attend the sitting, said in a statement that every payment had been approved by the county's tender committee and was captured in the audited accounts for 2023/24.", "Esther Wacera Gacheru", "said in a statement", "W"),
         ("She said she had not been given the engineers' report before the motion was tabled.", "Esther Wacera Gacheru", "said", "W")],
        [("“I will appear before the committee and I will clear my name,” she said.", "Esther Wacera Gacheru", "said", "")],
        [("Speaker Rosemary Njambi Kihoro said a select committee of 11 members would investigate the allegations and table its report within 10 days.", "Rosemary Njambi Kihoro", "said", "W")],
        [("If the committee finds the charges proved, the assembly will vote on its report, and the Speaker will forward the resolution to the governor, who must then dismiss the CEC.", "", "", "W")],
        [("Governor Stanley Mbogo Ngaruiya called the vote “pure politics” and said it had been organised by MCAs allied to a rival who plans to run for governor next year.", "Stanley Mbogo Ngaruiya", "called", ""),
         ("“Esther has my full confidence,” he told reporters at the county headquarters in Gatundiri.", "Stanley Mbogo Ngaruiya", "told reporters", "")],
        [("The governor said the county had set aside a further Sh60 million in the 2026/27 budget estimates to finish the market.", "Stanley Mbogo Ngaruiya", "said", "W")],
        [("Kiambogo's budget for the current financial year is Sh9.2 billion, of which Sh2.6 billion is for development, according to the county's fiscal strategy paper.", "the county's fiscal strategy paper", "according to", "W")],
        [("In February, a report by the Controller of Budget ranked the county 39th of 47 in the share of its development budget actually spent.", "a report by the Controller of Budget", "ranked", "W")],
        [("At the unfinished market on Thursday, a handful of women sold tomatoes and sukuma wiki from sacks spread on the roadside.", "", "", "")],
        [("Lucy Wambeti Wachiuri, who has sold vegetables in Karuriini for 19 years, said the county still collected Sh50 a day from each of them.", "Lucy Wambeti Wachiuri", "said", "W"),
         ("“We sit in the mud and we pay,” she said.", "Lucy Wambeti Wachiuri", "said", ""),
         ("“When it rains, half of the tomatoes rot before noon.”", "Lucy Wambeti Wachiuri", "said", "")],
        [("Nduthiri Builders did not respond to calls and text messages on Wednesday and Thursday.", "Nduthiri Builders", "did not respond to calls and text messages", "")],
        [("The select committee will hold its first sitting on Monday.", "", "", "W")],
        [("READ: Kiambogo nurses down tools over three months' salary arrears", "", "", "B")],
        [("Related topics: Kiambogo County | County Assembly | Devolution | Impeachment", "", "", "B")],
        [("Get the Kihuga Morning Brief in your inbox every weekday.", "", "", "B"),
         ("Sign up", "", "", "B")],
        [("Have a story?", "", "", "B"),
         ("WhatsApp the newsroom on 0700 118 204", "", "", "B")],
        [("© 2026 Kihuga Times Group Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. South African news site's health section, a hospital's only CT scanner broken for seven months
        [("THE IZWE HERALD", "", "", "B")],
        [("Subscribe from R49 a month | Sign in", "", "", "B")],
        [("News | Health | Politics | Business | Sport | Opinion | Lifestyle | Podcasts", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [("Patients travel 140km for scans as hospital's only CT scanner stays broken for seven months", "", "", "W")],
        [("Department says a new machine will be installed by July; doctors say stroke patients cannot wait that long", "the KwaZulu-Natal Department of Health", "says", "W")],
        [("By Zanele Mgwenya, Health Reporter", "", "", "B")],
        [("16 April 2026 | 06:00", "", "", "B")],
        [("🔊 Listen to this article · 5 min", "", "", "B")],
        [("Share  |  Save  |  Gift this article", "", "", "B")],
        [("The entrance to Kwezilomso Regional Hospital in Mbabazane.", "", "", ""),
         ("Picture: Zanele Mgwenya/The Izwe Herald", "", "", "B")],
        [("For seven months, patients at Kwezilomso Regional Hospital in Mbabazane who need a CT scan have been put in an ambulance and driven 140km to Pietermaritzburg.", "", "", "W")],
        [("The hospital's only CT scanner broke down on 11 September 2025, and a replacement is still months away.", "", "", "W")],
        [("Between October and March, 612 patients were transferred for scans, according to figures the KwaZulu-Natal Department of Health gave in reply to a written question in the provincial legislature.", "figures the KwaZulu-Natal Department of Health gave in reply to a written question in the provincial legislature", "according to", "W")],
        [("Dr Thulani Mbhele, the hospital's chief executive, said the scanner was 14 years old and its manufacturer had stopped making spare parts for it in 2022.", "Thulani Mbhele", "said", "W")],
        [("“We have asked for a new machine in every budget since 2019,” he said.", "Thulani Mbhele", "said", "W"),
         ("“This is not a surprise to anybody.”", "Thulani Mbhele", "said", "")],
        [("He said the hospital's two transfer ambulances each made the round trip up to three times a day, and each trip took about five hours.", "Thulani Mbhele", "said", "W")],
        [("Dr Refilwe Mokgatlhe, who runs the hospital's emergency unit, said the delay was most dangerous for patients with suspected strokes.", "Refilwe Mokgatlhe", "said", "")],
        [("“For a clot-busting drug you have four and a half hours from the first symptoms,” she said.", "Refilwe Mokgatlhe", "said", "W"),
         ("“By the time a patient from here has been scanned in Pietermaritzburg, that window has usually closed.”", "Refilwe Mokgatlhe", "said", "")],
        [("She said at least nine patients with suspected strokes had been transferred in March alone.", "Refilwe Mokgatlhe", "said", "W")],
        [("Gogo Thokozile Mpungose, 71, from eMathintweni, was sent for a scan after a fall in February.", "", "", "")],
        [("She said she waited from 07:30 until after 16:00 for the ambulance to leave, and got home at 02:00 the next morning.", "Thokozile Mpungose", "said", "W"),
         ("“Sesikhathele ukulinda (We are tired of waiting),” she said.", "Thokozile Mpungose", "said", "")],
        [("Her grandson, Sbusiso Mpungose, 24, said he had taken two days off work to travel with her.", "Sbusiso Mpungose", "said", "")],
        [("In a statement, the department said it had signed a R14.8-million contract for a new scanner on 2 April.", "the department", "said", "W"),
         ("It said the machine would be installed and commissioned by the end of July.", "the KwaZulu-Natal Department of Health", "said", "W")],
        [("Department spokesperson Mondli Shange said the delay had been caused by a supplier's appeal against the first tender award in November, which forced the department to run the process again.", "Mondli Shange", "said", "W")],
        [("The provincial chairperson of the Public Health Workers' Alliance, Nonhlanhla Gcwensa, said four of the hospital's six radiographers had been moved to other hospitals since October.", "Nonhlanhla Gcwensa", "said", "W"),
         ("“They trained for years to do this work, and now they sit in Pietermaritzburg waiting for our patients,” she said.", "Nonhlanhla Gcwensa", "said", "")],
        [("Imraan Bhamjee, the Siyaphambili Civic Front's health spokesperson in the provincial legislature, who asked the written question, said the figures showed “a department that plans from one breakdown to the next”.", "Imraan Bhamjee", "said", "W")],
        [("He said he would ask for the MEC to be called before the legislature's health portfolio committee.", "Imraan Bhamjee", "said", "W")],
        [("MEC for Health Nomthandazo Zulwini, speaking at a clinic opening in Durban on Tuesday, said she had asked for a list of every scanner in the province older than 10 years.", "Nomthandazo Zulwini", "said", "W"),
         ("“We will not wait for the next one to break,” she said.", "Nomthandazo Zulwini", "said", "")],
        [("At Kwezilomso, the scanner room is now a store for broken beds.", "", "", "")],
        [("Dr Mbhele said he had been told the room would need new wiring before the new machine could go in.", "Thulani Mbhele", "said", "W"),
         ("“I will believe it when I see it switched on,” he said.", "Thulani Mbhele", "said", "")],
        [("ALSO READ: Ambulance response times in rural KZN worst in five years, report finds", "", "", "B")],
        [("Sign up to Izwe Herald Health, our free weekly newsletter", "", "", "B")],
        [("Enter your email address  Subscribe", "", "", "B")],
        [("Comments are closed for this article.", "", "", "B")],
        [("The Izwe Herald subscribes to the Code of Ethics and Conduct for South African Print and Online Media.", "", "", "B")],
        [("© 2026 Izwe Media (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Indian English daily's city page, police bust a 'digital arrest' call centre
        [("THE INDRAYANI TRIBUNE", "", "", "B")],
        [("e-Paper | Subscribe | Sign In", "", "", "B")],
        [("News | Cities | India | World | Business | Sport | Opinion | Entertainment", "", "", "B")],
        [("Cities › Pune", "", "", "B")],
        [("Pune police bust ‘digital arrest’ call centre, 23 held", "", "", "W")],
        [("Accused posed as CBI officers on video calls; ₹2.4 crore frozen in 61 bank accounts, says DCP", "Rohini Talegaonkar", "says", "W")],
        [("Staff Reporter", "", "", "B")],
        [("Updated - April 16, 2026 10:41 pm IST", "", "", "B")],
        [("Published - April 16, 2026 09:12 pm IST", "", "", "B")],
        [("READ LATER  PRINT  SHARE", "", "", "B")],
        [("Mobile phones and laptops seized from the call centre on display at the police commissionerate on Thursday.", "", "", ""),
         ("| Photo Credit: Special Arrangement", "", "", "B")],
        [("The Pune city police on Thursday arrested 23 people for allegedly running a call centre that cheated people across the country by posing as officers of the Central Bureau of Investigation (CBI) and placing them under ‘digital arrest’.", "", "", "W")],
        [("The call centre operated from the third floor of Suvarnadeep Plaza, a commercial building in Sadashivwadi, and had been running since at least October 2025, Deputy Commissioner of Police (Cyber) Rohini Talegaonkar said at a press conference.", "Rohini Talegaonkar", "said at a press conference", "W")],
        [("Ms. Talegaonkar said the gang had targeted at least 140 people in 11 States and collected about ₹9.6 crore.", "Rohini Talegaonkar", "said", "W")],
        [("“They would call a retired person, say a parcel in his name had been seized at Mumbai airport with drugs inside, and then keep him on a video call for days,” she said.", "Rohini Talegaonkar", "said", "W"),
         ("“The victims were too frightened to tell even their own children.”", "Rohini Talegaonkar", "said", "")],
        [("The case came to light after a 68-year-old retired professor from the city lodged a complaint on March 28, saying he had transferred ₹1.18 crore to six bank accounts over nine days.", "a 68-year-old retired professor from the city", "saying", "W")],
        [("Police traced the accounts to mule account holders in Pune and Solapur, and from there to the office in Sadashivwadi, said Senior Police Inspector Abhay Gondhalekar of the Cyber Police Station.", "Abhay Gondhalekar", "said", "W")],
        [("Sr. PI Gondhalekar said the team had watched the building for four days before the raid at 11.30 a.m. on Wednesday.", "Abhay Gondhalekar", "said", "W")],
        [("Police seized 46 mobile phones, 19 laptops, 212 SIM cards and ₹6.8 lakh in cash from the office.", "", "", "W"),
         ("They have frozen ₹2.4 crore in 61 bank accounts.", "", "", "W")],
        [("The alleged mastermind, Nikhil alias Nicky Khanvilkar, 34, had earlier worked at a call centre in Kolkata, the police said.", "the police", "said", "W")],
        [("The office was registered as Trivikram Infosolutions Pvt. Ltd. in 2024 and had told the building's owner that it provided customer support to foreign clients, the police said.", "the police", "said", "W")],
        [("Most of the 22 employees arrested with him were between 19 and 26 years old and were paid ₹18,000 to ₹25,000 a month, Ms. Talegaonkar said.", "Rohini Talegaonkar", "said", "W"),
         ("“Many of them knew exactly what they were doing,” she said.", "Rohini Talegaonkar", "said", "")],
        [("A case has been registered at the Cyber Police Station under Sections 318(4), 319(2) and 61(2) of the Bharatiya Nyaya Sanhita (BNS) and Section 66D of the Information Technology Act.", "", "", "W")],
        [("The accused were produced before a magistrate's court on Thursday evening, which remanded them in police custody till April 21.", "", "", "W")],
        [("Adv. Prashant Waghralkar, who appeared for 14 of the accused, said his clients were ordinary employees who had answered a job advertisement and had no idea where the money went.", "Prashant Waghralkar", "said", "W"),
         ("“They were given a script and a target, nothing more,” he told The Indrayani Tribune.", "Prashant Waghralkar", "told The Indrayani Tribune", "")],
        [("The retired professor, who did not wish to be named, told The Indrayani Tribune that the callers had shown him a forged arrest warrant bearing the CBI's seal on a video call.", "a 68-year-old retired professor from the city", "told The Indrayani Tribune", "W")],
        [("“I taught chemistry for 36 years,” he said.", "a 68-year-old retired professor from the city", "said", ""),
         ("“I did not think I could be fooled.”", "a 68-year-old retired professor from the city", "said", "")],
        [("“No investigating agency in India arrests anybody on a video call,” Ms. Talegaonkar said.", "Rohini Talegaonkar", "said", "W")],
        [("Police have urged citizens to report such calls to the national cyber crime helpline 1930 or at cybercrime.gov.in without delay.", "Police", "have urged", "")],
        [("Published - April 16, 2026 09:12 pm IST", "", "", "B")],
        [("Related Topics", "", "", "B")],
        [("Pune / cyber crime / police / crime, law and justice", "", "", "B")],
        [("COMMENTS", "", "", "B")],
        [("Follow Us", "", "", "B")],
        [("Copyright © 2026, Indrayani Publishing Pvt. Ltd. or its affiliated companies.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Pakistani English daily's Karachi page, half a bus network off the road over gas bills
        [("THE DAILY MANORA", "", "", "B")],
        [("E-Paper | Latest | Pakistan | World | Business | Sport | Magazines | Videos", "", "", "B")],
        [("Karachi", "", "", "B")],
        [("Half of Sahil Express buses off roads as gas utility cuts supply over unpaid bills", "", "", "W")],
        [("Rabia Pechuho", "", "", "B")],
        [("Published April 16, 2026", "", "", "B")],
        [("Updated about 5 hours ago", "", "", "B")],
        [("Facebook Count  X Count  WhatsApp  Email", "", "", "B")],
        [("Commuters wait for a bus on S.T. Mughal Road on Wednesday.", "", "", ""),
         ("— Photo by Kashif Kalwar", "", "", "B")],
        [("KARACHI: More than half of the buses on the city's Sahil Express network stayed in their depots on Wednesday after the state-run gas utility cut their supply of compressed natural gas (CNG) over unpaid bills of Rs412 million.", "", "", "W")],
        [("Only 97 of the network's 210 buses ran on its seven routes, according to the operator, Saifan Transit (Pvt) Ltd.", "Saifan Transit (Pvt) Ltd", "according to", "W")],
        [("The company's chief executive, Engr Faisal Ahmed Dhedhi, said the Sindh government had not paid its share of the fare subsidy since November, leaving the operator unable to pay for gas.", "Faisal Ahmed Dhedhi", "said", "W")],
        [("“We run the buses, the government fixes the fare at Rs50, and the government promised to pay the difference,” he said.", "Faisal Ahmed Dhedhi", "said", "W"),
         ("“For five months we have received nothing.”", "Faisal Ahmed Dhedhi", "said", "W")],
        [("Mr Dhedhi said the subsidy owed to the company had reached Rs810m by the end of March.", "Faisal Ahmed Dhedhi", "said", "W")],
        [("According to the operator, the network carried an average of 142,000 passengers a day in March.", "the operator", "according to", "W"),
         ("Mr Dhedhi said the company's 640 drivers and conductors would be paid for the days the buses stood idle.", "Faisal Ahmed Dhedhi", "said", "W")],
        [("Under a 10-year agreement signed in 2023, the provincial government pays the operator Rs38 for every passenger carried.", "", "", "W")],
        [("Sindh Transport Minister Syed Tabish Ali Rizvi told reporters at the Sindh Assembly that the finance department had released Rs600m on Tuesday and the rest would be paid “within days”.", "Syed Tabish Ali Rizvi", "told reporters", "W")],
        [("Mr Rizvi said the gas supply would be restored by Friday morning.", "Syed Tabish Ali Rizvi", "said", ""),
         ("“No one will be allowed to play with the people of Karachi,” he said.", "Syed Tabish Ali Rizvi", "said", "")],
        [("The minister said the provincial cabinet would take up a proposal on Monday to pay the subsidy directly to the gas utility in future.", "Syed Tabish Ali Rizvi", "said", "W")],
        [("He said the province had paid the operator Rs2.1bn in subsidy since the service began.", "Syed Tabish Ali Rizvi", "said", "W")],
        [("A spokesperson for the gas utility said supply to the operator's two filling stations at its depots in Bilqees Town and Qamarabad had been disconnected on Tuesday night after three notices since January.", "A spokesperson for the gas utility", "said", "W"),
         ("The spokesperson said supply would resume as soon as the outstanding amount was cleared.", "A spokesperson for the gas utility", "said", "")],
        [("At the stop near Sabeel Chowk on S.T. Mughal Road on Wednesday morning, dozens of commuters waited in the heat, some holding umbrellas against the sun.", "", "", "")],
        [("Nasreen Palijo, 38, who works as a domestic helper in two homes in the city, said she usually paid Rs50 for the bus and had paid Rs300 for a rickshaw instead.", "Nasreen Palijo", "said", "W"),
         ("“Bus nahin aayi toh dihari gayi (No bus means no day's wage),” she said.", "Nasreen Palijo", "said", "")],
        [("Hamza Waqar Soomro, 20, a student, said he had waited 55 minutes at the stop before giving up and walking to a minibus route.", "Hamza Waqar Soomro", "said", "W")],
        [("Private minibuses on two of the routes charged Rs80 for the same journey on Wednesday, commuters said.", "commuters", "said", "W")],
        [("A passengers' group, the Shehri Musafir Forum, said in a statement that the city's poorest workers had been “held hostage” by a dispute between two arms of the government.", "the Shehri Musafir Forum", "said in a statement", "")],
        [("Urban planner Saima Nadeem Lashari said Karachi needed at least 15,000 large buses but had fewer than 2,000 on its roads, according to a 2024 survey by her institute.", "Saima Nadeem Lashari", "said", "W"),
         ("“Every time a subsidy payment is late, the people who have no other choice pay for it,” she said.", "Saima Nadeem Lashari", "said", "")],
        [("The Sahil Express service was launched in March 2024 with 150 buses, and 60 more were added last year.", "", "", "W")],
        [("Published in The Daily Manora, April 16th, 2026", "", "", "B")],
        [("For more on this issue, read: Karachi's commuters and the long wait for a bus network", "", "", "B")],
        [("Comments (31)", "", "", "B")],
        [("Closed", "", "", "B")],
        [("Reader comments are checked by our moderators before they appear.", "", "", "B")],
        [("Copyright © 2026, The Daily Manora", "", "", "B")],
        [("All rights reserved.", "", "", "B")],
    ],
    [  # 5. German English-language news site, a family toolmaker files for insolvency
        [("Spreeline", "", "", "B")],
        [("Germany's news in English", "", "", "B")],
        [("News | Politics | Economy | Jobs | Living in Germany | Travel | Podcast | Newsletter", "", "", "B")],
        [("Home › Economy", "", "", "B")],
        [("Swabian toolmaker Holzwarth files for insolvency, 340 jobs at risk", "", "", "W")],
        [("The fourth-generation family firm says it will restructure under court supervision.", "Katrin Holzwarth-Rieber", "says", "W"),
         ("A machinist who has worked there since 1997 says he saw it coming.", "Mehmet Karakuş", "says", "")],
        [("By Lena Ostrowitz", "", "", "B")],
        [("16 April 2026, 11:24 CEST", "", "", "B")],
        [("Updated 16 April 2026, 15:02 CEST", "", "", "B")],
        [("Share: Facebook · X · LinkedIn · Email", "", "", "B")],
        [("The company's headquarters on Ulmer Str. in Kirchhalden.", "", "", ""),
         ("Photo: Spreeline/Jonas Brüggemeier", "", "", "B")],
        [("Holzwarth Präzisionswerkzeuge, a family-owned maker of drills and milling cutters in Kirchhalden, Baden-Württemberg, has filed for insolvency in self-administration, putting the future of its 340 employees in doubt.", "", "", "W")],
        [("The application was filed at the local court (Amtsgericht) in Stuttgart on Tuesday by Holzwarth Präzisionswerkzeuge GmbH & Co. KG.", "", "", "W"),
         ("Its sister company, which owns the buildings, is not affected.", "", "", "W")],
        [("Under self-administration (Eigenverwaltung), the management stays in charge of the business, supervised by a custodian appointed by the court.", "", "", "W"),
         ("The court appointed the Stuttgart lawyer Dr. Matthias Gremmelsbach as custodian.", "", "", "W")],
        [("Managing director Dr. Katrin Holzwarth-Rieber, whose great-grandfather founded the firm in 1921, said sales had fallen from €71.4 million in 2023 to €52.8 million last year as orders from car-parts makers dried up.", "Katrin Holzwarth-Rieber", "said", "W")],
        [("“We did not see a way to finance the restructuring out of our own pocket,” she said.", "Katrin Holzwarth-Rieber", "said", ""),
         ("“This is not the end of Holzwarth.", "Katrin Holzwarth-Rieber", "said", ""),
         ("It is a chance to rebuild it.”", "Katrin Holzwarth-Rieber", "said", "")],
        [("She said the company would cut its product range by about a third and close its second plant, in the neighbouring village of Unterbrach, by the end of the year.", "Katrin Holzwarth-Rieber", "said", "W")],
        [("READ ALSO: Company insolvencies in Germany hit a 15-year high", "", "", "B")],
        [("Gremmelsbach said wages for April, May and June would be covered by insolvency pay (Insolvenzgeld) from the Federal Employment Agency, i.e. staff will be paid for three months whatever happens.", "Matthias Gremmelsbach", "said", "W")],
        [("“Production continues, deliveries continue and the order book is not empty,” he said.", "Matthias Gremmelsbach", "said", "")],
        [("He said he had already spoken to two potential investors, one of them from Austria.", "Matthias Gremmelsbach", "said", "W"),
         ("He hoped to put a restructuring plan to creditors by July, he said.", "Matthias Gremmelsbach", "said", "")],
        [("Uwe Strölin, the chairman of the works council, said staff had learned of the filing at a meeting in the canteen at 7 a.m. on Wednesday.", "Uwe Strölin", "said", "W"),
         ("“Viele hier haben ihr ganzes Berufsleben bei Holzwarth verbracht (Many people here have spent their whole working lives at Holzwarth),” he said.", "Uwe Strölin", "said", "")],
        [("He said the average employee had been with the company for 17 years.", "Uwe Strölin", "said", "W")],
        [("Mehmet Karakuş, 52, who has operated CNC machines at the plant since 1997, said rumours had gone round since the company put 120 staff on short-time work in November.", "Mehmet Karakuş", "said", "W")],
        [("“My father worked here too,” he said.", "Mehmet Karakuş", "said", ""),
         ("“We are not stupid.", "Mehmet Karakuş", "said", ""),
         ("We saw the halls getting quieter.”", "Mehmet Karakuş", "said", "")],
        [("Kirchhalden's mayor, Sabine Eggenweiler, said Holzwarth was the town's largest employer and paid about €1.9 million a year in trade tax, roughly a quarter of the municipality's trade-tax income.", "Sabine Eggenweiler", "said", "W"),
         ("“If Holzwarth goes, the bakery goes, the butcher goes,” she said.", "Sabine Eggenweiler", "said", "")],
        [("Jana Wiesenthaler, an economist at the regional chamber of commerce (IHK), said 61 companies in the region's metal and engineering sector had filed for insolvency in 2025, up from 38 in 2024, according to the chamber's figures.", "Jana Wiesenthaler", "said", "W")],
        [("She said many small suppliers had “bet everything on the combustion engine” and were now paying for it.", "Jana Wiesenthaler", "said", "")],
        [("Get Spreeline's morning briefing every weekday: sign up for our free newsletter", "", "", "B")],
        [("Do you have a question about work or money in Germany?", "", "", "B"),
         ("Write to us at questions@spreeline.de", "", "", "B")],
        [("Tags: Baden-Württemberg | Insolvency | Industry | Jobs", "", "", "B")],
        [("Imprint | Privacy | Cookie settings | Terms | Contact", "", "", "B")],
        [("© 2026 Spreeline Media GmbH", "", "", "B")],
    ],
    [  # 6. Scottish weekly's court page, a bowling club treasurer admits embezzlement
        [("The Ardbrennan Herald", "", "", "B")],
        [("Serving Strathbrennan and the Braes since 1872", "", "", "B")],
        [("News | Sport | Court | Community | Farming | Nostalgia | Notices | Jobs", "", "", "B")],
        [("Court", "", "", "B")],
        [("Bowling club treasurer took £38,000 to feed betting habit", "", "", "W")],
        [("Sheriff warns former treasurer that jail remains an option", "Gillian Balhaldie", "warns", "")],
        [("By Morven Kinclaven", "", "", "B")],
        [("Court reporter", "", "", "B")],
        [("Wednesday 15 April 2026 4:55 pm", "", "", "B")],
        [("Share ✉ f 𝕏", "", "", "B")],
        [("Perth Sheriff Court, where Pittendreich appeared on Tuesday.", "", "", "W"),
         ("Image: Herald Archive", "", "", "B")],
        [("A former treasurer of Ardbrennan Bowling Club took more than £38,000 from its accounts to cover gambling debts, a court has heard.", "a court", "has heard", "W")],
        [("Lorna Pittendreich, 54, of Cairnhill Crescent, Ardbrennan, pleaded guilty at Perth Sheriff Court on Tuesday to embezzling £38,412 between April 2021 and February 2024.", "", "", "W")],
        [("Fiscal depute Ruairidh MacPhedran told the court that Pittendreich had made 163 transfers from the club's account to her own, most of them for between £100 and £400.", "Ruairidh MacPhedran", "told the court", "W")],
        [("He said the club discovered the losses in March 2024, when its bank refused a direct debit for the annual green-keeping contract.", "Ruairidh MacPhedran", "said", "W"),
         ("“At that point the account held £211.46 against an expected balance of more than £30,000,” Mr MacPhedran said.", "Ruairidh MacPhedran", "said", "W")],
        [("Bank statements showed transfers at all hours, including one at 2.45am on Christmas Day 2022, he said.", "Ruairidh MacPhedran", "said", "W")],
        [("He said Pittendreich had admitted everything when two committee members went to her house that evening.", "Ruairidh MacPhedran", "said", "W")],
        [("The court heard that the club's accounts had been approved at each annual general meeting during the period.", "The court", "heard", "W")],
        [("Her solicitor, Fiona Dunruchan, said her client had run up debts of about £60,000 on betting websites after her husband died in 2020.", "Fiona Dunruchan", "said", "")],
        [("“She is deeply ashamed,” Ms Dunruchan said.", "Fiona Dunruchan", "said", ""),
         ("“She has not placed a bet since the day she was found out, and she has repaid £6,000 from the sale of her car.”", "Fiona Dunruchan", "said", "W")],
        [("Sheriff Gillian Balhaldie deferred sentence until May 21 for a criminal justice social work report.", "", "", "W")],
        [("She told Pittendreich: “This was a gross breach of trust against people who regarded you as a friend.", "Gillian Balhaldie", "told", ""),
         ("All options, including a custodial sentence, remain open.”", "Gillian Balhaldie", "told", "")],
        [("Pittendreich, who was released on bail, left the court without speaking to reporters.", "", "", "W")],
        [("Outside court, the club's president, Ian Balvaird, said members had voted to raise the annual subscription from £95 to £130 to rebuild the reserves.", "Ian Balvaird", "said", "W")],
        [("“We're a small club with 84 members, most of them retired,” he said.", "Ian Balvaird", "said", "W"),
         ("“Lorna was one of us.", "Ian Balvaird", "said", ""),
         ("That's what hurts.”", "Ian Balvaird", "said", "")],
        [("He said the club had since changed its rules so that two office-bearers must approve every payment.", "Ian Balvaird", "said", "W")],
        [("The club's insurance covered £10,000 of the loss, Mr Balvaird said.", "Ian Balvaird", "said", "W"),
         ("“People have been very kind,” he said.", "Ian Balvaird", "said", "")],
        [("Members raised £2,870 with a raffle and two coffee mornings last summer.", "", "", "W")],
        [("The club, founded in 1897, plays on a green behind St Serf's Church on the Vennel.", "", "", "W")],
        [("A Police Scotland spokesperson said: “A 54-year-old woman was charged in connection with alleged embezzlement in Ardbrennan in June 2024 and a report was sent to the Procurator Fiscal.”", "A Police Scotland spokesperson", "said", "W")],
        [("Got a story?", "", "", "B"),
         ("Email newsdesk@ardbrennanherald.co.uk or call 01764 600 218", "", "", "B")],
        [("Most read", "", "", "B")],
        [("Plans lodged for 40 homes on former Strathbrennan auction mart site", "", "", "B")],
        [("Braes Festival Queen crowned in the sunshine", "", "", "B")],
        [("© 2026 Ardbrennan Herald Ltd.", "", "", "B"),
         ("Registered in Scotland No. SC104477.", "", "", "B")],
    ],
    [  # 7. Nepali English daily's province page, teachers hired by a rural municipality go unpaid
        [("The Dhaulagiri Daily", "", "", "B")],
        [("E-paper | नेपाली | Subscribe", "", "", "B")],
        [("National | Politics | Valley | Money | Opinion | Sports | Culture & Lifestyle | Health", "", "", "B")],
        [("Gandaki Province", "", "", "B")],
        [("Fourteen schools stay shut as municipality-hired teachers go unpaid for five months", "", "", "W")],
        [("Rural municipality blames delay in federal grant; ministry says progress report was never sent", "Hemanta Ghimirey", "blames", "W")],
        [("Bimala Pyakurel", "", "", "B")],
        [("Published at : April 16, 2026", "", "", "B")],
        [("Updated at : April 16, 2026 08:15", "", "", "B")],
        [("Students wait outside the locked gate of Shree Deurali Jyoti Secondary School in Chitrepani on Wednesday.", "", "", ""),
         ("Photo: Bimala Pyakurel/TMD", "", "", "B")],
        [("Fourteen community schools in Chitrepani Rural Municipality did not open for the new academic session on Wednesday, Baisakh 2, after 61 teachers hired by the municipality refused to teach until they are paid.", "", "", "W")],
        [("The teachers have not been paid since Kartik, the month that began in mid-October, according to the Chitrepani Community Teachers' Forum.", "the Chitrepani Community Teachers' Forum", "according to", "W")],
        [("Sarita Bhujel, the forum's coordinator, said each of the 61 teachers was owed between Rs 115,000 and Rs 140,000.", "Sarita Bhujel", "said", "W")],
        [("Chitrepani has 23 community schools with about 3,900 students, according to the rural municipality's education section.", "the rural municipality's education section", "according to", "W"),
         ("Of their 176 teachers, 61 are hired and paid by the municipality under a scheme started in 2019 to fill vacant posts.", "", "", "W")],
        [("“We have taught for five months on credit from the village shop,” Bhujel said.", "Sarita Bhujel", "said", "W"),
         ("“We love these children, but we cannot teach on empty stomachs.”", "Sarita Bhujel", "said", "")],
        [("Rural municipality chair Hemanta Ghimirey said the municipality had not received the second instalment of the conditional grant from the federal government, which pays the salaries.", "Hemanta Ghimirey", "said", "W")],
        [("“The money is stuck in Kathmandu, not in my office,” Ghimirey said.", "Hemanta Ghimirey", "said", ""),
         ("He said the municipal executive had decided on Tuesday to pay two months' salaries from the municipality's own revenue by Baisakh 15.", "Hemanta Ghimirey", "said", "W")],
        [("An official at the Ministry of Education, Science and Technology, who spoke on condition of anonymity because he was not authorised to speak to the media, said the grant had been held back because the municipality had not submitted its progress report for the first half of the fiscal year.", "An official at the Ministry of Education, Science and Technology", "said", "W")],
        [("Ghimirey disputed that, saying the report had been sent by email on Magh 20.", "Hemanta Ghimirey", "disputed", "W"),
         ("He showed The Dhaulagiri Daily a printed copy of the email.", "", "", "W")],
        [("At Shree Deurali Jyoti Secondary School, the largest in the municipality with 412 students, only the headteacher and two teachers paid by the federal government came to work.", "", "", "W")],
        [("Headteacher Dillendra Khatiwada said nine of the school's 14 teachers were hired by the municipality.", "Dillendra Khatiwada", "said", "W"),
         ("“Without them we cannot run even the morning classes,” Khatiwada said.", "Dillendra Khatiwada", "said", "")],
        [("He said students in Grade 10, who sit the Secondary Education Examination (SEE) in Chaitra next year, had already lost the first week of the year.", "Dillendra Khatiwada", "said", "W")],
        [("Maya Devi Sunuwar, whose son is in Grade 9, said she had sent him to cut fodder for the goats instead.", "Maya Devi Sunuwar", "said", ""),
         ("“If the school is closed, what else will he do?” she asked.", "Maya Devi Sunuwar", "asked", "")],
        [("Across Gandaki Province, at least 230 teachers paid by local governments had gone three months or more without salaries by the end of Chaitra, according to the Provincial Education Directorate.", "the Provincial Education Directorate", "according to", "W")],
        [("Bhujel said the teachers would padlock the rural municipality office on Sunday if the salaries were not paid.", "Sarita Bhujel", "said", ""),
         ("Ghimirey said he had called a meeting with the forum for Friday.", "Hemanta Ghimirey", "said", "W")],
        [("Bhujel said some teachers had already left to look for work abroad.", "Sarita Bhujel", "said", ""),
         ("“Two of our best maths teachers went to Malaysia last year,” she said.", "Sarita Bhujel", "said", "W")],
        [("Bimala Pyakurel is a Pokhara-based correspondent for The Dhaulagiri Daily, covering Gandaki Province.", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Teachers' unions announce protest over delay in School Education Bill", "", "", "B")],
        [("SEE results to be published in the first week of Asar, board says", "", "", "B")],
        [("© 2026 The Dhaulagiri Daily.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Tel: 01-5320418 | Post Box No. 8832, Kathmandu", "", "", "B")],
    ],
    [  # 8. Brazilian regional paper's English edition, regulator fines a miner after a tailings leak
        [("Gazeta Cerradense", "", "", "B")],
        [("English Edition", "", "", "B")],
        [("PT | EN", "", "", "B")],
        [("Brazil | Politics | Economy | Environment | Culture | Sports", "", "", "B")],
        [("Environment", "", "", "B")],
        [("Ibama fines miner R$ 48.6 million after tailings leak turns river orange", "", "", "W")],
        [("Company blames heavy rain; federal prosecutors say it was warned twice about cracks in the pond", "Mineração Itajequiá", "blames", "W")],
        [("By Larissa Quintanilha Moura", "", "", "B")],
        [("Translated by Gavin Haverstoe", "", "", "B")],
        [("April 16, 2026 · 8:40 a.m. BRT", "", "", "B")],
        [("Leia em português", "", "", "B")],
        [("The Pedrinhas river near Lagoa Cambaúba on April 7.", "", "", ""),
         ("(Photo: Larissa Quintanilha Moura/Gazeta Cerradense)", "", "", "B")],
        [("Ibama, the federal environmental agency, has fined the mining company Mineração Itajequiá S.A. R$ 48.6 million after tailings from one of its ponds leaked into the Pedrinhas river in the north of Minas Gerais, turning the water orange for more than 30 kilometers.", "", "", "W")],
        [("The leak began on the night of April 5 and was stopped on April 8, according to Ibama.", "Ibama", "according to", "W")],
        [("Ibama's superintendent in Minas Gerais, Cláudio Henrique Barbalho de Assis, said samples taken downstream showed iron and manganese at up to 40 times the limits set by Conama, the national environment council.", "Cláudio Henrique Barbalho de Assis", "said", "W")],
        [("“We found dead fish along the whole stretch we walked,” Assis said.", "Cláudio Henrique Barbalho de Assis", "said", "W"),
         ("He said the company had failed to report the leak within 24 hours, as its operating license requires.", "Cláudio Henrique Barbalho de Assis", "said", "W")],
        [("In a note, Mineração Itajequiá said the leak had been caused by “exceptional rainfall” that damaged a drainage channel, and that it had built a containment barrier and was supplying drinking water to 312 families.", "Mineração Itajequiá", "said", "W"),
         ("It said it would appeal against the fine.", "Mineração Itajequiá S.A.", "said", "W")],
        [("Data from the National Institute of Meteorology (Inmet) show 38 millimeters of rain fell in the area on April 5, well below the April record of 112 millimeters set in 2019.", "Data from the National Institute of Meteorology (Inmet)", "show", "W")],
        [("The Federal Public Prosecutor's Office (MPF) filed a public civil action on Monday asking a federal court to freeze R$ 120 million of the company's assets to pay for the cleanup and compensation.", "", "", "W")],
        [("Federal prosecutor Mariana Albergaria Sardenberg said the company had received two warnings from the state environment secretariat about cracks in the pond's wall, in 2022 and 2024.", "Mariana Albergaria Sardenberg", "said", "W"),
         ("“This was not an accident of nature,” she said.", "Mariana Albergaria Sardenberg", "said", "")],
        [("Dona Raimunda Gouveia Quixabeira, 67, has fished the Pedrinhas for 50 years.", "", "", "")],
        [("“O rio ficou da cor de ferrugem e os peixes boiaram (The river turned the color of rust and the fish floated up),” she said.", "Raimunda Gouveia Quixabeira", "said", "")],
        [("Dona Raimunda said she had not sold a single fish since the leak, and called the R$ 1,412 monthly payment the company had offered fishing families “a joke”.", "Raimunda Gouveia Quixabeira", "said", "W")],
        [("“Fifty years, and I have never seen this,” she said.", "Raimunda Gouveia Quixabeira", "said", "")],
        [("The state government banned fishing on the river and its tributaries for 60 days on April 9.", "", "", "W")],
        [("The pond, built in 2011, holds about 1.9 million cubic meters of tailings, according to the National Mining Agency (ANM).", "the National Mining Agency (ANM)", "according to", "W"),
         ("The ANM said it had ordered the company to stop depositing tailings in the pond until an independent audit of its wall is completed.", "The ANM", "said", "W")],
        [("Under federal rules, the company has 20 days to file its defense against the fine with Ibama.", "", "", "W")],
        [("The mayor of Lagoa Cambaúba, Edinaldo Pimentel Taveira, said the town's water treatment plant, which draws from the Pedrinhas, had been shut since April 6 and its 9,400 residents were being supplied by tanker trucks.", "Edinaldo Pimentel Taveira", "said", "W"),
         ("“People are angry, and they are right to be,” Taveira said.", "Edinaldo Pimentel Taveira", "said", "")],
        [("Biologist Prof. Tiago Matheus Quintela-Brandão, of the Itacurumbi State University, said it could take years for fish populations in the river to recover.", "Tiago Matheus Quintela-Brandão", "said", ""),
         ("“Manganese settles in the sediment, and every heavy rain stirs it up again,” he said.", "Tiago Matheus Quintela-Brandão", "said", "W")],
        [("Mineração Itajequiá, which mines iron ore at two sites in the region, employs about 900 people, according to its website.", "its website", "according to", "W")],
        [("This article was originally written in Portuguese and translated into English with editorial review.", "", "", "B")],
        [("Read more: Drought leaves São Francisco river at lowest level in a decade", "", "", "B")],
        [("Topics: Mining · Minas Gerais · Ibama · Water", "", "", "B")],
        [("Gazeta Cerradense Comunicação Ltda. · CNPJ 41.227.509/0001-83", "", "", "B")],
        [("© 2026 Gazeta Cerradense.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Trinidad and Tobago daily's sport page, a small club wins the national T20 final
        [("THE SAMAAN GAZETTE", "", "", "B")],
        [("Trinidad & Tobago edition", "", "", "B")],
        [("News | Business | Sport | Entertainment | Letters | Columns | Obituaries | ePaper", "", "", "B")],
        [("Sport › Cricket", "", "", "B")],
        [("Sookhram's 74 powers Cachette to first national T20 title", "", "", "W")],
        [("South club beat Kumquat Heights by 14 runs in a final delayed by a floodlight failure", "", "", "W")],
        [("Nigel Rampartap", "", "", "B")],
        [("Monday 13 April 2026", "", "", "B")],
        [("Share: WhatsApp | Facebook | X", "", "", "B")],
        [("Cachette captain Akeel Sookhram hits a six during his innings of 74 in the National T20 Club Championship final at the Soursop Hill Oval on Sunday.", "", "", "W"),
         ("PHOTO BY KERRY-ANN SOOGRIM", "", "", "B")],
        [("CACHETTE Cricket Club are national T20 club champions for the first time after beating Kumquat Heights by 14 runs in the final at the Soursop Hill Oval on Sunday night.", "", "", "W")],
        [("Captain Akeel Sookhram top-scored with 74 off 49 balls, including six sixes, as Cachette made 178 for six after being sent in.", "", "", "W"),
         ("Left-arm spinner Jerome Philbert-Achille then took three for 28, and Kumquat Heights, chasing 179, finished on 164 for nine.", "", "", "W")],
        [("The match started 47 minutes late after one of the ground's four floodlight towers failed during the warm-up.", "", "", "W")],
        [("“We came here as the small club from deep south and we leave as champions,” Sookhram said.", "Akeel Sookhram", "said", ""),
         ("“Nobody gave us a chance.”", "Akeel Sookhram", "said", "")],
        [("Sookhram, 27, a primary school teacher, said the club had trained under car headlights for most of the season because its own ground has no lights.", "Akeel Sookhram", "said", "W")],
        [("Kumquat Heights captain Darnell Bhagaloo-Hosein, who took four for 19, said his side had been “poor in the field” and had dropped three catches.", "Darnell Bhagaloo-Hosein", "said", "W"),
         ("“You can't give a batsman like Akeel a second life in a final and expect to win,” he said.", "Darnell Bhagaloo-Hosein", "said", "")],
        [("Seventeen-year-old Kyle Dindial, a Form Five student at Cachette Secondary, made 31 in his first season with the senior team.", "", "", "W"),
         ("“My mother was in the stand, so I had to make runs,” Dindial said with a grin.", "Kyle Dindial", "said", "")],
        [("Club coach Roland Gopaul-Lutchman said the title was worth TT$75,000 in prize money, which would go towards lights for the club's ground.", "Roland Gopaul-Lutchman", "said", "W"),
         ("“The cheque is nice,” he said.", "Roland Gopaul-Lutchman", "said", ""),
         ("“The lights will be nicer.”", "Roland Gopaul-Lutchman", "said", "")],
        [("Trinidad and Tobago Cricket Board (TTCB) competitions manager Sharlene Baboolal said the board would pay for an inspection of all the floodlights at the oval before the national 50-over championship starts in June.", "Sharlene Baboolal", "said", "W"),
         ("She said the failed tower had been installed in 2009 and last serviced in 2023.", "Sharlene Baboolal", "said", "W")],
        [("The trophy was presented by Sport Minister Marcia Laquis-Oditt, who told the crowd that work on lights at three community grounds in the south would begin in July.", "Marcia Laquis-Oditt", "told the crowd", "W")],
        [("Cachette reached the final by beating the defending champions, Coconut Ridge, by six wickets in Friday's semi-final.", "", "", "W")],
        [("Hundreds of supporters who had come from the village in a convoy of maxi-taxis stayed on the outfield until well after midnight, singing and beating tassa drums.", "", "", "")],
        [("SUMMARISED SCORES", "", "", "B")],
        [("CACHETTE CC 178 for six (20 overs) (A. Sookhram 74, K. Dindial 31; D. Bhagaloo-Hosein 4/19)", "", "", "W")],
        [("KUMQUAT HEIGHTS CC 164 for nine (20 overs) (R. Chatoor 52, T. Gellineau 27; J. Philbert-Achille 3/28)", "", "", "W")],
        [("Cachette won by 14 runs.", "", "", "W")],
        [("Player of the match: Akeel Sookhram", "", "", "W")],
        [("More in Sport", "", "", "B")],
        [("National netball squad named for Caribbean championship", "", "", "B")],
        [("Pro League: Carapo United edge Soledad Rovers 2-1", "", "", "B")],
        [("Samaan Media Ltd · 14 Gooding Lane, San Fernando · Tel: 868-657-0000", "", "", "B")],
        [("© 2026 Samaan Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Polish English-language news site's culture page, a looted painting returns after 81 years
        [("VISTULA REVIEW", "", "", "B")],
        [("News from Poland in English", "", "", "B")],
        [("Politics | Society | Business | Culture | History | Sport | Opinion", "", "", "B")],
        [("Culture", "", "", "B")],
        [("Looted Adoration of the Magi back on show in Lesser Poland after 81 years", "", "", "W")],
        [("The panel, taken from a village church in January 1945, was returned by a German family in February.", "", "", "W"),
         ("It will go back to its altar in the autumn.", "", "", "W")],
        [("Author: Marta Żebrowska", "", "", "B")],
        [("16.04.2026, 10:35", "", "", "B")],
        [("Reading time: 4 min.", "", "", "B")],
        [("The Adoration of the Magi in the Regional Museum in Brzeżany Dolne.", "", "", ""),
         ("Photo: Regional Museum in Brzeżany Dolne / press materials", "", "", "B")],
        [("A 17th-century painting of the Adoration of the Magi that disappeared from a village church in Lesser Poland in January 1945 has gone on display at the Regional Museum in Brzeżany Dolne, 81 years after it was taken.", "", "", "W")],
        [("The panel, painted in oil by an unknown Kraków workshop ca. 1630, measures 112 x 86 cm.", "", "", "W"),
         ("It was returned to Poland in February by the family of a former Wehrmacht officer, who had kept it in a house near Hanover.", "", "", "W")],
        [("The Ministry of Culture and National Heritage said in a statement that the family had contacted its restitution department in 2023 after finding the painting in Poland's database of wartime losses.", "The Ministry of Culture and National Heritage", "said in a statement", "W"),
         ("It said no payment had been made for the painting's return.", "The Ministry of Culture and National Heritage", "said", "W")],
        [("The database lists more than 60,000 works of art, according to the ministry.", "the ministry", "according to", "W")],
        [("The ministry said Poland had recovered 87 lost works of art from abroad since 2020.", "The ministry", "said", "W")],
        [("See also: Kraków's oldest bookshop closes after 170 years", "", "", "B")],
        [("Museum director dr Agnieszka Wróblewska-Kulig said the painting would stay in Brzeżany Dolne until the end of September, when it will go back to the Church of St. Nicholas in the village of Dąbrowice Kamienne.", "Agnieszka Wróblewska-Kulig", "said", "W")],
        [("“For 81 years, people here knew this painting only from one black-and-white photograph,” she said.", "Agnieszka Wróblewska-Kulig", "said", "W"),
         ("“On Saturday, 1,140 people came to see it, in a town of 6,000.”", "Agnieszka Wróblewska-Kulig", "said", "W")],
        [("Art historian prof. dr hab. Jerzy Mączyński of the Jagiellonian University, who examined the panel for the ministry, said the paint layer was in good condition but the oak boards had split in two places.", "Jerzy Mączyński", "said", "W")],
        [("“Somebody cared for it, even if it was the wrong somebody,” he said.", "Jerzy Mączyński", "said", ""),
         ("He said a conservator had removed a layer of 19th-century varnish and found the date 1631 painted under the frame.", "Jerzy Mączyński", "said", "W")],
        [("The parish priest of Dąbrowice Kamienne, Fr. Zenon Pszczółkowski, said the parish had installed a new alarm system costing PLN 46,000 so that the painting could return to its side altar.", "Zenon Pszczółkowski", "said", "W"),
         ("“Obraz wraca do domu (The painting is coming home),” he said.", "Zenon Pszczółkowski", "said", "")],
        [("Stanisława Kempińska, 91, remembered the painting hanging above the altar of St. Barbara when she was a girl.", "Stanisława Kempińska", "remembered", "W"),
         ("“We used to count the camels during the sermon,” she said, laughing.", "Stanisława Kempińska", "said", "")],
        [("The painting hangs beside the only known photograph of it, taken in 1938 for a survey of church art in the region.", "", "", "W"),
         ("Museum staff counted the visitors with a hand clicker at the door.", "", "", "")],
        [("The family, who asked not to be named, said in a letter read out at the opening on Friday that they were “ashamed that it took so long”.", "The family", "said in a letter", "")],
        [("The town's mayor, Krzysztof Bełżyński, said the council had given the museum PLN 220,000 this year for security work ahead of the exhibition.", "Krzysztof Bełżyński", "said", "W")],
        [("Admission costs PLN 18, or PLN 10 for students and pensioners, and the museum at ul. Rynek 7 is open Tuesday to Sunday from 10 a.m. to 6 p.m.", "", "", "W")],
        [("Weekend visits must be booked online in advance, the museum said.", "the museum", "said", "W")],
        [("Vistula Review is funded by its readers.", "", "", "B"),
         ("Support our work from PLN 15 a month.", "", "", "B")],
        [("Tags: restitution, wartime losses, museums, Lesser Poland", "", "", "B")],
        [("Contact the editors: redakcja@vistulareview.pl", "", "", "B")],
        [("© Vistula Review sp. z o.o. 2026", "", "", "B")],
    ],
    [  # 11. Papua New Guinean news site's press-release section, a church health agency opens a maternity wing
        [("KUNDU NIUS", "", "", "B")],
        [("PNG news, every day", "", "", "B")],
        [("Home | National | Provincial | Business | Sport | Press Releases | Classifieds", "", "", "B")],
        [("Press Releases", "", "", "B")],
        [("New maternity wing opens at Tiriwa Health Centre", "", "", "W")],
        [("Posted by Kundu Nius Desk | April 15, 2026 | 4:12 pm", "", "", "B")],
        [("Editor's note: This is a media release from Mambuo Rural Health Services.", "", "", "B"),
         ("It is published as received.", "", "", "B")],
        [("Governor Sir Wilson Tau-Nagari cuts the ribbon at Tiriwa Health Centre on Monday.", "", "", "W"),
         ("Picture supplied: MRHS", "", "", "B")],
        [("MEDIA RELEASE", "", "", "B")],
        [("For immediate release", "", "", "B")],
        [("Lae, 14 April 2026", "", "", "B")],
        [("Mothers in the Tiriwa area of Morobe Province will no longer have to travel to Lae to give birth safely, following the opening of a new K4.2 million maternity wing at Tiriwa Health Centre on Monday.", "", "", "W")],
        [("The wing has 12 beds, a delivery room with two delivery beds, a newborn care corner and a solar power system with battery storage.", "", "", "W")],
        [("It was funded by the Morobe Provincial Government (K2.5 million) and the Kapul Foundation (K1.7 million), and built by the Lae-based contractor Bilas Construction Ltd.", "", "", "W"),
         ("Mambuo Rural Health Services (MRHS) runs the health centre on behalf of the church and the provincial health authority.", "", "", "W")],
        [("Construction began in March 2025 and was completed three weeks ahead of schedule.", "", "", "W"),
         ("The old labour ward will become an antenatal and family planning clinic.", "", "", "W")],
        [("MRHS chief executive officer Dr Lydia Ambuno-Kewa said the health centre had recorded 318 births last year, but only 41 per cent of mothers in its catchment gave birth with a trained health worker present.", "Lydia Ambuno-Kewa", "said", "W")],
        [("She said the agency would also train 30 village birth attendants this year to refer mothers to the centre early.", "Lydia Ambuno-Kewa", "said", "W")],
        [("“Too many mothers in these mountains still give birth in the bush or on the road,” Dr Ambuno-Kewa said.", "Lydia Ambuno-Kewa", "said", ""),
         ("“This wing is our promise that they will be safe.”", "Lydia Ambuno-Kewa", "said", "")],
        [("The nearest hospital, Angau Memorial Provincial Hospital in Lae, is about six hours away by road in the wet season.", "", "", "W")],
        [("Senior midwife Sr Rebecca Tulamo, who has worked at Tiriwa for 22 years, said the old labour ward had one bed and no running water.", "Rebecca Tulamo", "said", "W"),
         ("“Some nights I held the torch in my mouth,” she said.", "Rebecca Tulamo", "said", "")],
        [("Morobe Governor Hon. Sir Wilson Tau-Nagari, KBE, MP, who opened the wing, said the provincial government would fund two more maternity wings in the province in 2027.", "Wilson Tau-Nagari", "said", "W"),
         ("“Mothers are the backbone of Morobe,” he said.", "Wilson Tau-Nagari", "said", "")],
        [("Kapul Foundation chair Mrs Grace Wamun said the foundation had paid for the solar system and all of the equipment in the delivery room.", "Grace Wamun", "said", "W"),
         ("“A midwife should not have to deliver a baby by torchlight,” she said.", "Grace Wamun", "said", "")],
        [("Tiriwa Rural LLG President Kaupa Yaling said ward members would make sure the wing was looked after.", "Kaupa Yaling", "said", ""),
         ("“Nau ol mama bai i no wokabaut longpela rot moa (Now the mothers will not walk the long road any more),” he said.", "Kaupa Yaling", "said", "")],
        [("The wing will be staffed by two midwives and four community health workers, MRHS said.", "MRHS", "said", "W")],
        [("Mothers from the upper Tiriwa villages will be able to stay in a new waiting house beside the wing in the last weeks of pregnancy.", "", "", "W")],
        [("More than 600 people from 11 wards attended the opening, which began with a sing-sing by pupils of Tiriwa Primary School.", "", "", "")],
        [("Papua New Guinea's maternal mortality ratio is among the highest in the Pacific region, according to the World Health Organization.", "the World Health Organization", "according to", "W")],
        [("ENDS", "", "", "B")],
        [("About Mambuo Rural Health Services", "", "", "B")],
        [("Mambuo Rural Health Services is a church health agency that runs 14 health facilities in Morobe and Madang provinces and employs 260 staff.", "", "", "B")],
        [("Media contact: Gideon Soli, Communications Officer | Ph: +675 7100 0000 | media@mambuohealth.org.pg", "", "", "B")],
        [("Share this:", "", "", "B")],
        [("Facebook | WhatsApp | Email | Print", "", "", "B")],
        [("Like this:", "", "", "B")],
        [("Loading...", "", "", "B")],
        [("Related", "", "", "B")],
        [("Measles vaccination drive reaches remote Morobe villages", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [("Your email address will not be published.", "", "", "B"),
         ("Required fields are marked *", "", "", "B")],
        [("© 2026 Kundu Nius.", "", "", "B"),
         ("Powered by WordPress.", "", "", "B")],
    ],
    [  # 12. Ugandan Sunday paper's magazine feature, a night at a town's last video hall
        [("WEEKEND ENSI", "", "", "B")],
        [("Sunday Edition", "", "", "B")],
        [("News | Business | Sports | Magazines | Lifestyle | Commentary | Obituaries", "", "", "B")],
        [("Magazines › Features", "", "", "B")],
        [("The last bibanda: a night at Namalere's only video hall", "", "", "W")],
        [("Smartphones and higher licence fees have closed six of the trading centre's seven video halls.", "", "", "W"),
         ("Nnalongo Teopista Nalwoga is not ready to give up hers.", "", "", "")],
        [("By Brenda Nakiwala", "", "", "B")],
        [("Sunday, April 12, 2026", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | Email", "", "", "B")],
        [("VJ Kanyo at work in the video hall in Namalere.", "", "", ""),
         ("PHOTO | BRENDA NAKIWALA", "", "", "B")],
        [("At 7.45pm on a Saturday, the generator behind Teopista Nalwoga's video hall coughs twice and starts.", "", "", "")],
        [("Inside, 43 people sit on wooden benches facing a 55-inch television, and a man with a microphone begins to talk over a kung fu film in Luganda.", "", "", ""),
         ("The man is Godfrey Ssebulime, 38, known to everyone in Namalere as VJ Kanyo.", "", "", "")],
        [("“I don't translate the film,” he says.", "Godfrey Ssebulime", "says", ""),
         ("“I explain it.", "Godfrey Ssebulime", "says", ""),
         ("There is a difference.”", "Godfrey Ssebulime", "says", "")],
        [("Nnalongo Teopista Nalwoga, 56, opened the hall in 2004 with a VHS player and a 21-inch television bought with money from selling her late husband's cows.", "", "", "")],
        [("It was one of seven video halls in the trading centre then.", "", "", "W"),
         ("Today it is the last.", "", "", "W")],
        [("Entry costs Shs1,000 for adults and Shs500 for children, the same as in 2015.", "", "", "W")],
        [("“People have smartphones now, and the data bundles are cheap,” Nalwoga says.", "Teopista Nalwoga", "says", ""),
         ("“Why would a young man sit here when he can watch on his phone under a blanket?”", "Teopista Nalwoga", "says", "")],
        [("Mobile internet subscriptions in Uganda rose from 13.6 million in 2019 to 26.1 million in 2025, according to the Uganda Communications Commission (UCC).", "the Uganda Communications Commission (UCC)", "according to", "W")],
        [("Since 2023, the town council has charged video halls Shs200,000 a year for a trading licence, up from Shs80,000.", "", "", "W"),
         ("Nalwoga says she paid the new fee twice before falling behind.", "Teopista Nalwoga", "says", "")],
        [("The Namalere town clerk, Moses Kiwanuka-Lubega, said the fee applied to all entertainment businesses and that the hall had been given until June to clear arrears of Shs400,000.", "Moses Kiwanuka-Lubega", "said", "W")],
        [("“We are not trying to close her,” he said.", "Moses Kiwanuka-Lubega", "said", ""),
         ("“But the law is the law.”", "Moses Kiwanuka-Lubega", "said", "")],
        [("ALSO READ: How Ugandan VJs became stars in their own right", "", "", "B")],
        [("On Premier League weekends the hall still fills.", "", "", ""),
         ("For one big match in March, Nalwoga says, she sold 112 tickets at Shs2,000 each.", "Teopista Nalwoga", "says", "")],
        [("Hajji Musa Kizito, 70, a retired teacher who has watched films in the hall since it opened, sits in the same corner every week.", "", "", "")],
        [("“At home I watch alone,” he says.", "Musa Kizito", "says", ""),
         ("“Here, when the hero is beaten, everybody shouts.”", "Musa Kizito", "says", "")],
        [("VJ Kanyo learned the trade from a VJ in Kampala in 2009 and has interpreted, by his own count, more than 3,000 films.", "Godfrey Ssebulime", "by his own count", "")],
        [("“Abantu baagala okuseka (People want to laugh),” he says, when asked why he adds jokes the film does not have.", "Godfrey Ssebulime", "says", "")],
        [("Nalwoga says she will keep the hall open until the end of the year and then decide.", "Teopista Nalwoga", "says", ""),
         ("Her twin daughters, now 24, both work in Kampala and have told her to sell the generator.", "", "", "")],
        [("“They say, ‘Mama, rest,’” she says, and laughs.", "Teopista Nalwoga", "says", ""),
         ("“But if I close, where will these old men go on a Saturday night?”", "Teopista Nalwoga", "says", "")],
        [("At 10.20pm the film ends, the lights come on and the benches empty slowly into the dark.", "", "", "")],
        [("Send your feedback to features@weekendensi.co.ug", "", "", "B")],
        [("Tags: Video halls | Film | Namalere | Entertainment", "", "", "B")],
        [("© 2026 Ensi Publications Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h38-ltd-for-mr-apostrophe", "The motion, tabled by Kamuthanga ward MCA Josphat Kimemia Wang'ondu, accuses Ms Gacheru of gross misconduct and abuse of office over Sh312 million paid to Nduthiri Builders Ltd for the market. Construction began in August 2022 and was due to be completed by June 2024.\nMr Wang'ondu told the House that a report by the county's own roads and public works department had valued the work done on the site at Sh97 million.",
     ["The motion, tabled by Kamuthanga ward MCA Josphat Kimemia Wang'ondu, accuses Ms Gacheru of gross misconduct and abuse of office over Sh312 million paid to Nduthiri Builders Ltd for the market.", "Construction began in August 2022 and was due to be completed by June 2024.", "Mr Wang'ondu told the House that a report by the county's own roads and public works department had valued the work done on the site at Sh97 million."]),
    ("h38-have-a-story-ltd-footer", "Get the Kihuga Morning Brief in your inbox every weekday. Sign up\nHave a story? WhatsApp the newsroom on 0700 118 204\n© 2026 Kihuga Times Group Ltd. All rights reserved.",
     ["Get the Kihuga Morning Brief in your inbox every weekday.", "Sign up", "Have a story?", "WhatsApp the newsroom on 0700 118 204", "© 2026 Kihuga Times Group Ltd.", "All rights reserved."]),
    ("h38-r-million-hyphen-date", "In a statement, the department said it had signed a R14.8-million contract for a new scanner on 2 April. It said the machine would be installed and commissioned by the end of July.\nDepartment spokesperson Mondli Shange said the delay had been caused by a supplier's appeal against the first tender award in November, which forced the department to run the process again.",
     ["In a statement, the department said it had signed a R14.8-million contract for a new scanner on 2 April.", "It said the machine would be installed and commissioned by the end of July.", "Department spokesperson Mondli Shange said the delay had been caused by a supplier's appeal against the first tender award in November, which forced the department to run the process again."]),
    ("h38-24h-times-isizulu", "She said she waited from 07:30 until after 16:00 for the ambulance to leave, and got home at 02:00 the next morning. “Sesikhathele ukulinda (We are tired of waiting),” she said.\nHer grandson, Sbusiso Mpungose, 24, said he had taken two days off work to travel with her.",
     ["She said she waited from 07:30 until after 16:00 for the ambulance to leave, and got home at 02:00 the next morning.", "“Sesikhathele ukulinda (We are tired of waiting),” she said.", "Her grandson, Sbusiso Mpungose, 24, said he had taken two days off work to travel with her."]),
    ("h38-pty-ltd-footer", "Comments are closed for this article.\nThe Izwe Herald subscribes to the Code of Ethics and Conduct for South African Print and Online Media.\n© 2026 Izwe Media (Pty) Ltd. All rights reserved.",
     ["Comments are closed for this article.", "The Izwe Herald subscribes to the Code of Ethics and Conduct for South African Print and Online Media.", "© 2026 Izwe Media (Pty) Ltd.", "All rights reserved."]),
    ("h38-ms-dot-quote", "Ms. Talegaonkar said the gang had targeted at least 140 people in 11 States and collected about ₹9.6 crore.\n“They would call a retired person, say a parcel in his name had been seized at Mumbai airport with drugs inside, and then keep him on a video call for days,” she said. “The victims were too frightened to tell even their own children.”",
     ["Ms. Talegaonkar said the gang had targeted at least 140 people in 11 States and collected about ₹9.6 crore.", "“They would call a retired person, say a parcel in his name had been seized at Mumbai airport with drugs inside, and then keep him on a video call for days,” she said.", "“The victims were too frightened to tell even their own children.”"]),
    ("h38-sr-pi-am-on", "Police traced the accounts to mule account holders in Pune and Solapur, and from there to the office in Sadashivwadi, said Senior Police Inspector Abhay Gondhalekar of the Cyber Police Station.\nSr. PI Gondhalekar said the team had watched the building for four days before the raid at 11.30 a.m. on Wednesday.\nPolice seized 46 mobile phones, 19 laptops, 212 SIM cards and ₹6.8 lakh in cash from the office. They have frozen ₹2.4 crore in 61 bank accounts.",
     ["Police traced the accounts to mule account holders in Pune and Solapur, and from there to the office in Sadashivwadi, said Senior Police Inspector Abhay Gondhalekar of the Cyber Police Station.", "Sr. PI Gondhalekar said the team had watched the building for four days before the raid at 11.30 a.m. on Wednesday.", "Police seized 46 mobile phones, 19 laptops, 212 SIM cards and ₹6.8 lakh in cash from the office.", "They have frozen ₹2.4 crore in 61 bank accounts."]),
    ("h38-pvt-ltd-in", "The office was registered as Trivikram Infosolutions Pvt. Ltd. in 2024 and had told the building's owner that it provided customer support to foreign clients, the police said.\nMost of the 22 employees arrested with him were between 19 and 26 years old and were paid ₹18,000 to ₹25,000 a month, Ms. Talegaonkar said. “Many of them knew exactly what they were doing,” she said.",
     ["The office was registered as Trivikram Infosolutions Pvt. Ltd. in 2024 and had told the building's owner that it provided customer support to foreign clients, the police said.", "Most of the 22 employees arrested with him were between 19 and 26 years old and were paid ₹18,000 to ₹25,000 a month, Ms. Talegaonkar said.", "“Many of them knew exactly what they were doing,” she said."]),
    ("h38-url-mid-sentence", "“No investigating agency in India arrests anybody on a video call,” Ms. Talegaonkar said.\nPolice have urged citizens to report such calls to the national cyber crime helpline 1930 or at cybercrime.gov.in without delay.\nPublished - April 16, 2026 09:12 pm IST",
     ["“No investigating agency in India arrests anybody on a video call,” Ms. Talegaonkar said.", "Police have urged citizens to report such calls to the national cyber crime helpline 1930 or at cybercrime.gov.in without delay.", "Published - April 16, 2026 09:12 pm IST"]),
    ("h38-pipe-photo-credit", "READ LATER  PRINT  SHARE\nMobile phones and laptops seized from the call centre on display at the police commissionerate on Thursday. | Photo Credit: Special Arrangement\nThe Pune city police on Thursday arrested 23 people for allegedly running a call centre that cheated people across the country by posing as officers of the Central Bureau of Investigation (CBI) and placing them under ‘digital arrest’.",
     ["READ LATER  PRINT  SHARE", "Mobile phones and laptops seized from the call centre on display at the police commissionerate on Thursday.", "| Photo Credit: Special Arrangement", "The Pune city police on Thursday arrested 23 people for allegedly running a call centre that cheated people across the country by posing as officers of the Central Bureau of Investigation (CBI) and placing them under ‘digital arrest’."]),
    ("h38-pvt-ltd-ends-engr", "KARACHI: More than half of the buses on the city's Sahil Express network stayed in their depots on Wednesday after the state-run gas utility cut their supply of compressed natural gas (CNG) over unpaid bills of Rs412 million.\nOnly 97 of the network's 210 buses ran on its seven routes, according to the operator, Saifan Transit (Pvt) Ltd.\nThe company's chief executive, Engr Faisal Ahmed Dhedhi, said the Sindh government had not paid its share of the fare subsidy since November, leaving the operator unable to pay for gas.",
     ["KARACHI: More than half of the buses on the city's Sahil Express network stayed in their depots on Wednesday after the state-run gas utility cut their supply of compressed natural gas (CNG) over unpaid bills of Rs412 million.", "Only 97 of the network's 210 buses ran on its seven routes, according to the operator, Saifan Transit (Pvt) Ltd.", "The company's chief executive, Engr Faisal Ahmed Dhedhi, said the Sindh government had not paid its share of the fare subsidy since November, leaving the operator unable to pay for gas."]),
    ("h38-gmbh-co-kg-dr", "Holzwarth Präzisionswerkzeuge, a family-owned maker of drills and milling cutters in Kirchhalden, Baden-Württemberg, has filed for insolvency in self-administration, putting the future of its 340 employees in doubt.\nThe application was filed at the local court (Amtsgericht) in Stuttgart on Tuesday by Holzwarth Präzisionswerkzeuge GmbH & Co. KG. Its sister company, which owns the buildings, is not affected.\nUnder self-administration (Eigenverwaltung), the management stays in charge of the business, supervised by a custodian appointed by the court. The court appointed the Stuttgart lawyer Dr. Matthias Gremmelsbach as custodian.",
     ["Holzwarth Präzisionswerkzeuge, a family-owned maker of drills and milling cutters in Kirchhalden, Baden-Württemberg, has filed for insolvency in self-administration, putting the future of its 340 employees in doubt.", "The application was filed at the local court (Amtsgericht) in Stuttgart on Tuesday by Holzwarth Präzisionswerkzeuge GmbH & Co. KG.", "Its sister company, which owns the buildings, is not affected.", "Under self-administration (Eigenverwaltung), the management stays in charge of the business, supervised by a custodian appointed by the court.", "The court appointed the Stuttgart lawyer Dr. Matthias Gremmelsbach as custodian."]),
    ("h38-str-caption-credit", "Share: Facebook · X · LinkedIn · Email\nThe company's headquarters on Ulmer Str. in Kirchhalden. Photo: Spreeline/Jonas Brüggemeier\nHolzwarth Präzisionswerkzeuge, a family-owned maker of drills and milling cutters in Kirchhalden, Baden-Württemberg, has filed for insolvency in self-administration, putting the future of its 340 employees in doubt.",
     ["Share: Facebook · X · LinkedIn · Email", "The company's headquarters on Ulmer Str. in Kirchhalden.", "Photo: Spreeline/Jonas Brüggemeier", "Holzwarth Präzisionswerkzeuge, a family-owned maker of drills and milling cutters in Kirchhalden, Baden-Württemberg, has filed for insolvency in self-administration, putting the future of its 340 employees in doubt."]),
    ("h38-ie-insolvency-pay", "Gremmelsbach said wages for April, May and June would be covered by insolvency pay (Insolvenzgeld) from the Federal Employment Agency, i.e. staff will be paid for three months whatever happens.\n“Production continues, deliveries continue and the order book is not empty,” he said.\nHe said he had already spoken to two potential investors, one of them from Austria. He hoped to put a restructuring plan to creditors by July, he said.",
     ["Gremmelsbach said wages for April, May and June would be covered by insolvency pay (Insolvenzgeld) from the Federal Employment Agency, i.e. staff will be paid for three months whatever happens.", "“Production continues, deliveries continue and the order book is not empty,” he said.", "He said he had already spoken to two potential investors, one of them from Austria.", "He hoped to put a restructuring plan to creditors by July, he said."]),
    ("h38-colon-quote-sheriff", "Sheriff Gillian Balhaldie deferred sentence until May 21 for a criminal justice social work report.\nShe told Pittendreich: “This was a gross breach of trust against people who regarded you as a friend. All options, including a custodial sentence, remain open.”\nPittendreich, who was released on bail, left the court without speaking to reporters.",
     ["Sheriff Gillian Balhaldie deferred sentence until May 21 for a criminal justice social work report.", "She told Pittendreich: “This was a gross breach of trust against people who regarded you as a friend.", "All options, including a custodial sentence, remain open.”", "Pittendreich, who was released on bail, left the court without speaking to reporters."]),
    ("h38-decimal-pounds-245am", "He said the club discovered the losses in March 2024, when its bank refused a direct debit for the annual green-keeping contract. “At that point the account held £211.46 against an expected balance of more than £30,000,” Mr MacPhedran said.\nBank statements showed transfers at all hours, including one at 2.45am on Christmas Day 2022, he said.",
     ["He said the club discovered the losses in March 2024, when its bank refused a direct debit for the annual green-keeping contract.", "“At that point the account held £211.46 against an expected balance of more than £30,000,” Mr MacPhedran said.", "Bank statements showed transfers at all hours, including one at 2.45am on Christmas Day 2022, he said."]),
    ("h38-ltd-registered-no", "Braes Festival Queen crowned in the sunshine\n© 2026 Ardbrennan Herald Ltd. Registered in Scotland No. SC104477.",
     ["Braes Festival Queen crowned in the sunshine", "© 2026 Ardbrennan Herald Ltd.", "Registered in Scotland No. SC104477."]),
    ("h38-question-she-asked", "Maya Devi Sunuwar, whose son is in Grade 9, said she had sent him to cut fodder for the goats instead. “If the school is closed, what else will he do?” she asked.\nAcross Gandaki Province, at least 230 teachers paid by local governments had gone three months or more without salaries by the end of Chaitra, according to the Provincial Education Directorate.",
     ["Maya Devi Sunuwar, whose son is in Grade 9, said she had sent him to cut fodder for the goats instead.", "“If the school is closed, what else will he do?” she asked.", "Across Gandaki Province, at least 230 teachers paid by local governments had gone three months or more without salaries by the end of Chaitra, according to the Provincial Education Directorate."]),
    ("h38-sa-then-rdollar", "Ibama, the federal environmental agency, has fined the mining company Mineração Itajequiá S.A. R$ 48.6 million after tailings from one of its ponds leaked into the Pedrinhas river in the north of Minas Gerais, turning the water orange for more than 30 kilometers.\nThe leak began on the night of April 5 and was stopped on April 8, according to Ibama.",
     ["Ibama, the federal environmental agency, has fined the mining company Mineração Itajequiá S.A. R$ 48.6 million after tailings from one of its ponds leaked into the Pedrinhas river in the north of Minas Gerais, turning the water orange for more than 30 kilometers.", "The leak began on the night of April 5 and was stopped on April 8, according to Ibama."]),
    ("h38-am-brt-credit-parens", "Translated by Gavin Haverstoe\nApril 16, 2026 · 8:40 a.m. BRT\nLeia em português\nThe Pedrinhas river near Lagoa Cambaúba on April 7. (Photo: Larissa Quintanilha Moura/Gazeta Cerradense)",
     ["Translated by Gavin Haverstoe", "April 16, 2026 · 8:40 a.m. BRT", "Leia em português", "The Pedrinhas river near Lagoa Cambaúba on April 7.", "(Photo: Larissa Quintanilha Moura/Gazeta Cerradense)"]),
    ("h38-ltda-cnpj-footer", "Topics: Mining · Minas Gerais · Ibama · Water\nGazeta Cerradense Comunicação Ltda. · CNPJ 41.227.509/0001-83\n© 2026 Gazeta Cerradense. All rights reserved.",
     ["Topics: Mining · Minas Gerais · Ibama · Water", "Gazeta Cerradense Comunicação Ltda. · CNPJ 41.227.509/0001-83", "© 2026 Gazeta Cerradense.", "All rights reserved."]),
    ("h38-scorecard-initials", "SUMMARISED SCORES\nCACHETTE CC 178 for six (20 overs) (A. Sookhram 74, K. Dindial 31; D. Bhagaloo-Hosein 4/19)\nKUMQUAT HEIGHTS CC 164 for nine (20 overs) (R. Chatoor 52, T. Gellineau 27; J. Philbert-Achille 3/28)\nCachette won by 14 runs.\nPlayer of the match: Akeel Sookhram",
     ["SUMMARISED SCORES", "CACHETTE CC 178 for six (20 overs) (A. Sookhram 74, K. Dindial 31; D. Bhagaloo-Hosein 4/19)", "KUMQUAT HEIGHTS CC 164 for nine (20 overs) (R. Chatoor 52, T. Gellineau 27; J. Philbert-Achille 3/28)", "Cachette won by 14 runs.", "Player of the match: Akeel Sookhram"]),
    ("h38-ca-cm-ends", "A 17th-century painting of the Adoration of the Magi that disappeared from a village church in Lesser Poland in January 1945 has gone on display at the Regional Museum in Brzeżany Dolne, 81 years after it was taken.\nThe panel, painted in oil by an unknown Kraków workshop ca. 1630, measures 112 x 86 cm. It was returned to Poland in February by the family of a former Wehrmacht officer, who had kept it in a house near Hanover.\nThe Ministry of Culture and National Heritage said in a statement that the family had contacted its restitution department in 2023 after finding the painting in Poland's database of wartime losses. It said no payment had been made for the painting's return.",
     ["A 17th-century painting of the Adoration of the Magi that disappeared from a village church in Lesser Poland in January 1945 has gone on display at the Regional Museum in Brzeżany Dolne, 81 years after it was taken.", "The panel, painted in oil by an unknown Kraków workshop ca. 1630, measures 112 x 86 cm.", "It was returned to Poland in February by the family of a former Wehrmacht officer, who had kept it in a house near Hanover.", "The Ministry of Culture and National Heritage said in a statement that the family had contacted its restitution department in 2023 after finding the painting in Poland's database of wartime losses.", "It said no payment had been made for the painting's return."]),
    ("h38-fr-polish-quote", "The parish priest of Dąbrowice Kamienne, Fr. Zenon Pszczółkowski, said the parish had installed a new alarm system costing PLN 46,000 so that the painting could return to its side altar. “Obraz wraca do domu (The painting is coming home),” he said.\nStanisława Kempińska, 91, remembered the painting hanging above the altar of St. Barbara when she was a girl. “We used to count the camels during the sermon,” she said, laughing.",
     ["The parish priest of Dąbrowice Kamienne, Fr. Zenon Pszczółkowski, said the parish had installed a new alarm system costing PLN 46,000 so that the painting could return to its side altar.", "“Obraz wraca do domu (The painting is coming home),” he said.", "Stanisława Kempińska, 91, remembered the painting hanging above the altar of St. Barbara when she was a girl.", "“We used to count the camels during the sermon,” she said, laughing."]),
    ("h38-ul-am-pm", "Admission costs PLN 18, or PLN 10 for students and pensioners, and the museum at ul. Rynek 7 is open Tuesday to Sunday from 10 a.m. to 6 p.m.\nWeekend visits must be booked online in advance, the museum said.\nVistula Review is funded by its readers. Support our work from PLN 15 a month.",
     ["Admission costs PLN 18, or PLN 10 for students and pensioners, and the museum at ul. Rynek 7 is open Tuesday to Sunday from 10 a.m. to 6 p.m.", "Weekend visits must be booked online in advance, the museum said.", "Vistula Review is funded by its readers.", "Support our work from PLN 15 a month."]),
    ("h38-min-dot-caption", "16.04.2026, 10:35\nReading time: 4 min.\nThe Adoration of the Magi in the Regional Museum in Brzeżany Dolne. Photo: Regional Museum in Brzeżany Dolne / press materials",
     ["16.04.2026, 10:35", "Reading time: 4 min.", "The Adoration of the Magi in the Regional Museum in Brzeżany Dolne.", "Photo: Regional Museum in Brzeżany Dolne / press materials"]),
    ("h38-ltd-before-name", "It was funded by the Morobe Provincial Government (K2.5 million) and the Kapul Foundation (K1.7 million), and built by the Lae-based contractor Bilas Construction Ltd. Mambuo Rural Health Services (MRHS) runs the health centre on behalf of the church and the provincial health authority.\nConstruction began in March 2025 and was completed three weeks ahead of schedule. The old labour ward will become an antenatal and family planning clinic.",
     ["It was funded by the Morobe Provincial Government (K2.5 million) and the Kapul Foundation (K1.7 million), and built by the Lae-based contractor Bilas Construction Ltd.", "Mambuo Rural Health Services (MRHS) runs the health centre on behalf of the church and the provincial health authority.", "Construction began in March 2025 and was completed three weeks ahead of schedule.", "The old labour ward will become an antenatal and family planning clinic."]),
    ("h38-hon-sir-kbe-mp", "Morobe Governor Hon. Sir Wilson Tau-Nagari, KBE, MP, who opened the wing, said the provincial government would fund two more maternity wings in the province in 2027. “Mothers are the backbone of Morobe,” he said.\nKapul Foundation chair Mrs Grace Wamun said the foundation had paid for the solar system and all of the equipment in the delivery room. “A midwife should not have to deliver a baby by torchlight,” she said.",
     ["Morobe Governor Hon. Sir Wilson Tau-Nagari, KBE, MP, who opened the wing, said the provincial government would fund two more maternity wings in the province in 2027.", "“Mothers are the backbone of Morobe,” he said.", "Kapul Foundation chair Mrs Grace Wamun said the foundation had paid for the solar system and all of the equipment in the delivery room.", "“A midwife should not have to deliver a baby by torchlight,” she said."]),
    ("h38-loading-ellipsis", "Share this:\nFacebook | WhatsApp | Email | Print\nLike this:\nLoading...\nRelated\nMeasles vaccination drive reaches remote Morobe villages",
     ["Share this:", "Facebook | WhatsApp | Email | Print", "Like this:", "Loading...", "Related", "Measles vaccination drive reaches remote Morobe villages"]),
    ("h38-nested-quote-pm", "“They say, ‘Mama, rest,’” she says, and laughs. “But if I close, where will these old men go on a Saturday night?”\nAt 10.20pm the film ends, the lights come on and the benches empty slowly into the dark.",
     ["“They say, ‘Mama, rest,’” she says, and laughs.", "“But if I close, where will these old men go on a Saturday night?”", "At 10.20pm the film ends, the lights come on and the benches empty slowly into the dark."]),
]  # fmt: skip
