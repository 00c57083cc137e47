"""Hundred-and-sixty-seventh set of new hand-labelled pages for the hint engines (tuning set, round fifty-nine):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from
twelve countries in twelve GENRES of everyday news where ATTRIBUTION AND SPEAKERS are the hard part:
who speaks is hidden behind long appositions and relative clauses, titles and honorifics, particles
and compound surnames, acronyms and short forms, pronouns, shared surnames and turn labels. None of
the countries of `labelled_new163.py` or `labelled_new164.py` comes back, and the page styles vary
(desktop, phone, reader mode, AMP, print view). The pages: a New Zealand regional news site in
READER MODE (a consent decision: commissioners refuse the clear-felling of 1240 hectares of pine
above the Waipaoa River); a South African news site pasted from a PHONE (a court judgment: the
Pietermaritzburg High Court gives the Msunduzi municipality 90 days to stop sewage spills); a
Nigerian newspaper's website on the DESKTOP (a flood: 41,260 displaced and 17 dead in Kogi State); a
Singaporean news site's AMP page (a sentencing: a lift technician jailed 14 weeks for faking checks
on 38 HDB lifts); a Malaysian English daily's website on the DESKTOP (a water cut: odour pollution
shuts three Sungai Selangor plants, 1.2 million accounts hit); a Jamaican newspaper's website pasted
from a PHONE (a fire: a basic school in Old Harbour burns and 86 children move to a church hall); a
Nepali English daily's AMP page (a climbing season: a record 478 Everest permits and three deaths);
a Sri Lankan Sunday paper's website on the DESKTOP (a Q&A interview with "Q:" and "A:" labels: a tea
smallholders' leader on green-leaf prices); a Hong Kong English newspaper's website in READER MODE
(a legislative panel: the longest wait for a new orthopaedic appointment falls to 121 weeks); a
Ugandan news site pasted from a PHONE (a security operation: soldiers seize 63 boats at a Lake
Victoria landing site); a Maltese newspaper's PRINT VIEW (a building collapse in Swieqi); and a
Botswana newspaper's website on the DESKTOP (a kgotla meeting: Shoshong told pipeline water will not
come before 2029).

What is hard is finding the speaker and naming him or her. Between the name and the verb sit
appositions and relative clauses of every length ("Sir Tamati Rangiwai-Holt, who chairs Ngā Uri o
Waikohu Trust and whose family lost 3km of fencing and a woolshed to slash ..., said"; "The agency's
Executive Secretary, Alhaji Musa Onimisi-Bello, who toured camps ... alongside the Commissioner for
Environment and Ecological Management, Engr. Dr. Felicia Ojochenemi Adejoh-Salami, said"; "Lawmaker
Leung Ka-chun, SBS, JP, who chaired the panel for six years until October and who worked as an
orthopaedic nurse ..., said"; "Kgosi Kealeboga Motswagole, who chaired the meeting and whose late
father led the village ..., said"); the label is the name alone. Titles and honorifics of each
country are dropped from it: chiefly and royal ("Sir", "Kgosi", "Inkosi", "the Onu of Adaba, His
Royal Majesty Alhaji (Dr.)", "Chief", "Tan Sri", "Datuk"), religious ("Ven.", "The Reverend Dr",
"Mgr", "Sheikh", "Hajiya", "Hajji"), military and police ("Brig Gen", "Lt Col (Rtd)", "Lieutenant
Colonel", "District Officer"), judicial ("Acting Judge", "District Judge", "Deputy Public
Prosecutor" and "DPP", "Adv." with "SC", "Barr. (Mrs.)", "Magistrate"), academic and professional
("Dr", "Prof.", "Professor", "Associate Professor", "Ir.", "Ts. Dr.", "Engr. Dr.", "Perit", "Ing."),
civic ("The Custos Rotulorum for St Catherine, the Hon." with "OJ, JP", "Hon. Dr.", "YB", "Lawmaker"
with "SBS, JP", "mayor", "Resident District Commissioner") and local honorifics ("Mma", "Rra",
"Mzee", "Puan", "Madam", "Mrs", "Mr", "Deshabandu", "Kaumātua"); parts of names stay ("binti",
"s/o", "Mohd", the hereditary "Tengku", "Thera" after a monk's name, initials "W. M.", the particle
"Te", unhyphenated double surnames "Borg Cardona", "Vella Bonnici", "Xuereb Galea", "Thapa Magar",
and Chinese-order names with an English given name, "Winnie Kwok Wing-sze"). A later mention by
surname, given names, role noun or honorific resolves to the full name as first given
("Adejoh-Salami told The Confluence Mirror", "the monarch said", "said Madam Chua", "Pemba Gyalzen
said", "Kgosi Motswagole said", "Mma Sebele-Tau said", "the Thera said", "the sheikh said", "Kizza
said"). Two people share a surname on three pages and the story tells them apart: the accused "Tan"
and "DPP Tan" in Singapore ("Tan's signature was on all seven monthly checklists for that period,
DPP Tan added." carries the prosecutor, "Tan Hui Min"); "Pemba Gyalzen Sherpa" and "Lakpa Diki
Sherpa, ... who is not related to him" in Nepal ("Sherpa said" resolves to the one last named); and
"Noel Borg" against "Joanna Borg Cardona" in Malta ("Borg said" is the contractor, "Borg Cardona
said" the architect). Pronouns resolve to the person last named of that gender and never to a place
or body named in the quote ("“Ibaji is cut off by road,” he said." and "NEMA has sent us 12 more
boats" carry the executive secretary; "“We will not let this company walk away ...,” he said." the
exco member; "“WUC must go and tell the minister ...”" the chief; "He said 14 camps had been opened"
skips the woman named last in the apposition and takes the man who is its subject). Organisations
with acronyms and short forms resolve to the name as first given, with descriptors and brackets
dropped ("SEMA said" -> "the Kogi State Emergency Management Agency"; "Luas said" -> "the Selangor
Water Management Authority"; "Air Selangor said" -> "Pengurusan Air Selangor Sdn Bhd"; "Kallang
Vertical said" and "The firm said" -> "Kallang Vertical Engineering Pte Ltd"; "The BCA said" -> "the
Building and Construction Authority"; "The HA said" -> "the Hospital Authority"; "The TWGF said" ->
"the Tairāwhiti Wood Growers' Forum", first named inside its chair's apposition; "MAAIF said" and
"It said" -> "the Ministry of Agriculture, Animal Industry and Fisheries"; "The national Department
of Water and Sanitation (DWS)" -> "the Department of Water and Sanitation"), while generic nouns
stay as written ("The company", "The trust", "the council", "the authority", "the department", "The
police", "The Old Harbour police"). Quotes run over several paragraphs with the cue only in the
first (Rangiwai-Holt, Mabuza-Hartley, Gayle-Whittingham, Vella Bonnici: every sentence carries the
speaker and "said"); attribution is inverted ("said Mereana Paewai-Horne, the trust's resource
management adviser", "said the Onu of Adaba, ...", "said Anderson-Brissett", "said Damion
Forbes-Lindo, 34, a taxi operator") or comes after a whole statement ("..., Dr Winnie Kwok Wing-sze,
the Hospital Authority's chief manager ..., told the Legislative Council's health services panel on
Monday"; "..., the Water Utilities Corporation (WUC) regional manager for Central, Mr Tebogo
Lesetedi-Mmusi, told a kgotla meeting on Wednesday"). "According to" takes documents and people
("the council's staff report", "monitoring results filed with the court", "the 2027 Annual Flood
Outlook of the Nigeria Hydrological Services Agency", "a circular signed by the Secretary to the
State Government", "BCA data cited in court", "DOE records", "the department's figures", "a WUC
notice dated 3 September", "Sri Lanka Tea Board figures"; "according to Rangi Pohatu-Wells, a
forestry consultant ...", "according to Gayle-Whittingham", "according to Borg Cardona"); channels
after the verb are cues ("said in a statement", "told the Beacon", "told The Confluence Mirror",
"told the Bugle", "told the Clarion", "told the Review", "told reporters", "wrote on X", "wrote on
Facebook", "wrote on Instagram", "told a kgotla meeting", "told the Legislative Council's health
services panel") and fronted ones are not ("In a post on X on Monday, the National Emergency
Management Agency (NEMA) said", "In a statement, the Himalayan Outfitters' Association of Nepal
(HOAN), ..., said", "In a written reply to the panel, the authority said"); no-comment lines carry
who declined ("A DWS spokesperson declined to comment", "A spokesperson for the firm declined to
say", "The developer, Tal-Ħlas Properties Ltd, declined to comment", "The Buikwe Resident District
Commissioner, Juliet Achola-Ongom, declined to comment", "did not respond to a request for
comment"); unnamed spokespeople are kept as written ("A spokesperson for the Ministry for Primary
Industries", then "the spokesperson said" with the same label). Turn labels: the Sri Lankan
interviewer's "Q:" turns carry nobody unless they cite a source ("Q: According to Sri Lanka Tea
Board figures, ..." and "Q: The factories say ..."), every sentence of an "A:" turn carries the
interviewee with cue "A:" (including "In January he told us, ‘Give me three months.’"); the Hong
Kong exchange's "LEUNG KA-CHUN:" / "LEUNG:" and "WINNIE KWOK WING-SZE:" / "KWOK:" resolve to the
names in ordinary case.

Of record ("W"): counts, money and dates given by officials, bodies, companies and records
(hectares, submitters, staff, abatement notices, spills, compliance notices, costs, displaced and
dead, camps, households, boats, relief goods, gauge readings, lifts and checklists, sentences sought
and served, tankers, solvent levels and fines, permits, royalty, summits, fees, waste tonnage, cost
of production and auction prices, waiting weeks and patients, funding, boats and nets seized,
licence fees, inspections, boreholes and supply); findings and rulings ("found", "finding", "wrote
that the offered buffers ...", the judge's "she wrote"); causal claims ("followed the opening of 11
evening clinics", "had been caused by a contractor cleaning a storage tank", "held up by a dispute
with the contractor", "which it blamed on the illegal fishing of juvenile fish", "releases from the
Lagdo Dam ... had raised the Benue"); orders and rules (what a court order requires, the guide and
garbage-deposit rules, the green-leaf formula, the appeal period); prices reported by groups or
quoted with a figure ("A boat with an engine costs about Shs12 million, fishermen said.", "RM12 for
a carton", "P5 for 20 litres"); and scheduled events set by those who run them (a return to service
"by 30 April", classes "on Monday, March 29", a fundraising drive on "Sunday, March 28", supply "by
Tuesday", trucking "from Monday", arbitration "in November", the panel's next meeting "on May 10").
A quote may hold a fact ("“Te Karaka had 40 centimetres of silt through the school in 2023 ...”",
"“Every bag of rice that came into Kogi has a waybill ...”", "“In 2021 they said 2024; in 2024 they
said 2026; today they say 2029,”"). Not worth checking (""): feelings, opinions and
characterisations ("“deeply disappointed”", "“the river ahead of the log price”", "“hide as much as
they show”", "“far too easy”"); plans and promises without a fixed date ("would report to the
minister later this year", "would be relocated “once the water goes down”", "would visit Shoshong
“soon”", "would review the rules ... before the autumn season"); forecasts ("would start to recede
only in the second week of October"); advice ("He urged schools ...", "turn back if they were not on
the summit by 10 a.m."); anecdotes of residents, traders, parents, elders and fishers, and a
person's own counts ("“I counted 611 days of spills in my book,”", "“We lost 37 cattle to sick water
last year ...”"); questions in quotes and from interviewers; no-comment lines; captions that only
describe; subheads and scenes.

And where sentences end: "E. coli" opening a sentence and inside a headline; "Pte Ltd" with the
sentence's own full stop before "He pleaded ..."; "Pte Ltd." before "Co. Regn. No. 201904417K.";
"(Pty) Ltd.", "Ltd." and "Bugle." before "All rights reserved."; "Sdn Bhd (199701028841)." before
"All Rights Reserved."; "by 10 a.m." ending a sentence; "at 9:48 p.m. and" and "at 3.15pm and"
mid-sentence; "Pvt. Ltd.," mid-sentence; titles that never end one ("Dr", "Dr.", "Prof.", "Adv.",
"Engr. Dr.", "Barr. (Mrs.)", "Alhaji (Dr.)", "Ir.", "Ts. Dr.", "Dr. (Mrs.)", "Ven.", "Mgr", "Ing.",
"Hon. Dr.", "Hon.", "Mr", "Mrs", "St. Luke's", "Lt Col (Rtd)", "Brig Gen", "DPP"); initials "W. M.";
"s/o"; post-nominals between commas ("SBS, JP,", "OJ, JP,"); "Rs." before numbers; currencies and
units ("₦1.2 billion", "R86.4 million", "RM25,000", "HK$98.4 billion", "Shs150,000", "P38 million",
"$7.17 million", "240,000 per 100ml", "1240ha"); a quote that opens a paragraph and is not closed at
its end (the quote continues in the next paragraph); a statement then a question inside one quote
before its attribution ("“This church was built by this community, so where else would the children
go?” said Anderson-Brissett." is one sentence) against a question that ends the quote's first
sentence and a new sentence after it ("“They told us rice is coming, rice is coming,” she said." /
"“Where is the rice?”"); a nested quotation ("In January he told us, ‘Give me three months.’");
semicolons kept whole (the Singaporean standfirst, the Jamaican and Malaysian headlines, the chief's
dates, the smallholder's advice); and list lines, one sentence each (three order lines, starred
related headlines).

The pages hold 527 sentences: 155 "B", 188 "W" and 184 ""; 306 sentences carry a speaker (123
distinct speakers, page by page; 121 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Written from scratch for issue 13 in round fifty-nine, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and, through `ast` only, the module docstrings, `STYLES`, the shape of
`ARTICLES` and `CASES`, the first page and the first three cases (and the case ids) of
`labelled_new163.py` and `labelled_new164.py`. Coined names were checked for freshness against the
string constants of those two files, through `ast`: thirteen given names or name parts, six outlet
words and one firm word that hit were replaced before the file was written; only common words, one
common Chinese surname ("Ng") and real places still hit.

Every person, outlet, publisher, firm, trust, forum, association, federation, committee, church,
school, temple, landing site, study, statement, notice, list and figure is invented, and so are the
small places and blocks (Mangatū Downs, Adaba, Nkombwe and the like); a past head of state of Uganda
is only mentioned in an elder's quote. Real countries, regions, cities, towns, suburbs, rivers,
lakes, dams, mountains, roads, courts, councils, parliaments, ministries, agencies, authorities,
utilities, hospitals, universities, laws, programmes and other public bodies appear only as
settings, with invented statements and figures: Gisborne, Tairāwhiti, Te Karaka, the Waipaoa River,
Wellington, the Gisborne District Council, the Environment Court and the Ministry for Primary
Industries; Pietermaritzburg, KwaZulu-Natal, Edendale, Imbali, Camps Drift, Willowton, Camperdown,
Durban, the Msunduzi River, the Msunduzi Local Municipality, the Pietermaritzburg High Court, the
Department of Water and Sanitation and its Green Drop assessment, and the University of
KwaZulu-Natal; Lokoja, Kogi State, Ibaji, Bassa, Ganaja, Adankolo, Makurdi, Koton-Karfe, the
Lokoja–Abuja highway, the Niger and the Benue, the Lagdo Dam in Cameroon, the Kogi State Emergency
Management Agency, the National Emergency Management Agency, the Nigeria Hydrological Services
Agency and its Annual Flood Outlook, the Secretary to the State Government and the Federal
University Lokoja; Singapore, the State Courts, HDB, Bukit Batok, Bukit Batok West Avenue 8, Jurong
West, Tampines, the Building and Construction Authority and the Singapore Institute of Technology;
Shah Alam, Selangor, Sungai Selangor and its Phase 1, 2 and 3 plants, Rawang, Kuala Selangor,
Tanjung Karang, Sabak Bernam, Petaling, Gombak, Klang, Kapar, Pengurusan Air Selangor Sdn Bhd, the
Department of Environment, the Selangor Water Management Authority and the Environmental Quality Act
1974; Old Harbour, St Catherine, Spanish Town, Portmore, Kingston, the Jamaica Fire Brigade, the
Early Childhood Commission, the Ministry of Education, the JUTC and the office of Custos Rotulorum;
Kathmandu, Mount Everest, the Khumbu Icefall, the Lhotse Face, the Balcony, the South Summit, Camp
III and Camp IV, Thame, Lobuche East, Manaslu, Slovenia, the Department of Tourism, the Ministry of
Culture, Tourism and Civil Aviation, the Nepal Army and the Icefall Doctors; Colombo, Passara,
Badulla district, Uva, Negombo, Haputale, the Sri Lanka Tea Board and the Colombo auction; Hong
Kong, Tuen Mun, Sham Shui Po, the New Territories West and Kowloon West clusters, the Legislative
Council and its health services panel, the Hospital Authority, the Health Bureau and the University
of Hong Kong; Kampala, Buikwe District, Lake Victoria, Lake Albert, Kalangala, Jinja, the Fisheries
Protection Unit, the Ministry of Agriculture, Animal Industry and Fisheries and the office of
Resident District Commissioner; Valletta, Swieqi, Mater Dei Hospital, the Planning Authority, the
Building and Construction Authority, the Kamra tal-Periti and the police; and Gaborone, Shoshong,
the Central District, Mahalapye, Serowe, the North-South Carrier, the Water Utilities Corporation,
the Ministry of Lands and Water Affairs and Parliament.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, app prompt, crumb, byline,
date line, share strip, caption, credit, list item, box label, print header and footer and legal
line is a paragraph of its own, except that a caption and a credit pasted in one line are two
sentences of one paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags
"W", "B" or "". As in the recent sets: furniture "B" line by line, whatever it says, never with a
speaker; a caption by its content and its credit "B"; headlines and standfirsts never split and
flagged by content, their "says", "tells", "finds" or "say" carrying the source as the story gives
it; a dateline belongs to its lead sentence; a person is named in full as first given, without
titles or roles, and a pronoun, surname or role noun resolves to that name; a quote over several
sentences carries its speaker and cue in each; "according to X" gives X as written, a person by
name; a generic noun for a body is kept as written, a short form, acronym or "it" resolves to the
name as first given; a descriptor and a bracketed acronym are dropped; a channel phrase after the
verb is part of the cue and a fronted one is not; "X declined to comment" and "X did not respond to
a request for comment" carry X, ""; a body acting with no verb of saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* TITLES AND HONORIFICS of every kind are dropped from the label, whether before the name ("Sir",
  "Kgosi", "Inkosi", "Mma", "Rra", "Mzee", "Puan", "Madam", "Hajiya", "Hajji", "Chief", "Tan Sri",
  "Datuk Ir. Haji", "YB", "Ts. Dr.", "Perit", "Ing.", "Mgr", "Ven.", "Sheikh", "Brig Gen", "Lt Col
  (Rtd)", "Barr. (Mrs.)", "Dr. (Mrs.)", "Hon. Dr.", "Deshabandu") or after it, as post-nominals
  between commas ("SC", "SBS, JP", "OJ, JP"); a royal style with a stool title ("the Onu of Adaba,
  His Royal Majesty Alhaji (Dr.) Idris Ocheja Akwu-Abdullahi") keeps only the name. Kept as parts of
  names: "binti" and "s/o" (particles of descent, like "bin"), "Mohd", the hereditary Malaysian
  "Tengku" (borne from birth and repeated in the father's name, like "Syed"; "Tengku Farhana Tengku
  Baharom", later "Tengku Farhana"), "Thera" after a monk's monastic name (the name he is known by,
  with "Ven." dropped), Sri Lankan initials, the Māori particle "Te" and unhyphenated double
  surnames.
* A person known only by honorific and surname keeps the honorific: "Madam Ho, ... who gave only her
  surname" is labelled "Madam Ho" (the clause dropped), since "Ho" alone names nobody; "said Madam
  Chua" resolves to "Chua Bee Hoon", named in full before.
* A SHARED SURNAME resolves as the story resolves it: to the person the outlet's style points at
  ("Tan" is the accused and "DPP Tan" the prosecutor, as Singaporean court reports write them), else
  to the one of the two last named ("Sherpa said" after Lakpa Diki Sherpa); a given-name second
  mention ("Pemba Gyalzen said") and a double surname ("Borg Cardona said") pick their owner.
* A PRONOUN resolves by gender to the person it refers to, even past a person of the other sex named
  later in an apposition ("He said 14 camps had been opened" -> "Musa Onimisi-Bello", not the
  commissioner named after him), and never to a place or body named in the quote it follows.
* "The court heard that ..." carries no speaker: the outlet reports the proceedings without naming
  who said it ("W").
* A sentence whose speaker cites another source inside it carries the speaker ("He said the longest
  wait ... was still 147 weeks, according to the authority's own tables." -> "Leung Ka-chun"; "He
  said only 12 of the 63 boat owners had been found with illegal nets, according to a list the
  soldiers gave ..." -> "Sulaiman Nsubuga-Kiggundu"; an "A:" sentence citing the Tea Board's cost
  study -> the interviewee).
* "According to" followed by a person gives the person's name by the usual rules ("according to Borg
  Cardona" -> "Joanna Borg Cardona"), and by a document the document as written.
* An unnamed spokesperson is kept as written, short form included ("A DWS spokesperson", "A
  spokesperson for the firm", "A spokesman for the Health Bureau"), and "The spokesperson said"
  later carries the same label.
* "Lawmakers say" in a standfirst and "fishermen and local leaders said" are groups kept as written;
  the organisation named inside a person's apposition ("The chair of the Tairāwhiti Wood Growers'
  Forum (TWGF), Craig Dunleavy-Hēnare, said") is not the speaker of that sentence, but it is "as
  first given" for "The TWGF said".
* A member of a legislative panel putting questions under a turn label ("LEUNG KA-CHUN:", "LEUNG:")
  is a participant, not the outlet, like counsel in a court exchange: his turns carry him, "".
* A cue keeps a telling phrase with its object but not its time ("told the Legislative Council's
  health services panel", "told a kgotla meeting", not "on Monday" or "on Wednesday"); "sought ...,
  saying" takes "saying"; "declined to say" is a no-comment cue like "declined to comment".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'New Zealand REGIONAL NEWS SITE (Gisborne, Tairāwhiti), READER MODE paste, a CONSENT HEARING DECISION with LONG APPOSITIONS AND A QUOTE OVER SEVERAL PARAGRAPHS: independent commissioners refuse a forestry company consent to clear-fell 1240 hectares of pine above the Waipaoa River. Head: the bare domain line "B"; headline of record "W"; standfirst "Forestry company says ..." ("", carrying the company as the body first names it, "Hikurangi Pine Holdings Ltd"); the author line and a date/read-time line ("B"); a caption "" and its "Photo /" credit "B". Body: the lead "commissioners have refused ..., finding it had not shown ..." (the group as written, cue "finding", "W"); the hearing and submitters ("W", no speaker); the company "said in a statement" after a relative clause (""), "The company said" (as written) and "It said" (resolving to the company, "W"); the block\'s area ("W"); the panel chair ("Dr" dropped) after a two-clause apposition "wrote" and "found" ("W") and a two-sentence quote "she wrote" (""); "according to Rangi Pohatu-Wells, a forestry consultant ..." (a person after "according to", "W") and "according to the council\'s staff report" ("W"); the trust chair ("Sir" dropped; "who chairs ... and whose family lost ..." between name and verb, "") with a second caption "" and credit "B"; a QUOTE OVER THREE PARAGRAPHS with "he said" only in the first (opening quotation marks on each paragraph, each sentence carrying him and "said"; a feeling "", silt through the school "W" with a place in the quote that the pronoun never takes); a kaumātua (descriptor dropped; "Te" a particle of the surname) with an anecdote and two quoted sentences (""); an adviser after the quote, "said Mereana Paewai-Horne, ..." (inverted, ""); "The trust said" a fundraising count ("W", as written); an inline "READ MORE:" label and two starred headlines ("B"); the forum\'s chair named after the forum and its acronym (the chair, ""), then "The TWGF said" (resolving to the forum as first given, "W"); "A spokesperson for the Ministry for Primary Industries" with a plan ("") and "the spokesperson said" a count ("W", the same label); the mayor (role dropped) "told the Beacon" a clean-up bill ("W") and an opinion (""); the chief executive "did not respond to a request for comment" (""); a subhead ""; the appeal period ("W") and "the council said" ("W"). Tail: a topics line "B".',
    'South African NEWS SITE (Pietermaritzburg, KwaZulu-Natal), PHONE BROWSER paste, a COURT JUDGMENT with JUDICIAL TITLES AND POST-NOMINALS: the High Court gives the Msunduzi municipality 90 days to stop sewage spills. Head: a hamburger/masthead/search line, an app prompt with its "OPEN" button, a section label (all "B"); headline of record "W"; standfirst "Judge finds ..." ("W", carrying the judge as the body names her); author, relative time and read time, a listen line ("B"); a caption "" and a capitalised credit "B". Body: the order (an act of the court, no speaker, "W"); the judge ("Acting Judge" dropped, a relative clause before "found") "found" and "said" ("W") and her words from the judgment "she wrote" ("W"); "E. coli" OPENING a sentence "according to monitoring results filed with the court" ("W"); the applicants ("which says ..." inside a reporter\'s sentence, no speaker, "W"); the residents\' chairwoman after "Its chairwoman," and two relative clauses (""), then a QUOTE OVER TWO PARAGRAPHS with "she said" only in the first (four sentences, ""); counsel ("Adv." and "SC" dropped) "told the Bulletin" ("") and the appeal period ("W"); the municipal spokesperson "said in a statement" (""), spending ("W"), "wrote on X" a return-to-service date ("W") and a quote (""); the water department ("national" and the bracketed acronym dropped, "W") and "A DWS spokesperson declined to comment" (kept as written, ""); a traditional leader ("Inkosi" dropped) with a complaint and his own count (""); a professor after the quote, "said Prof. ..." ("Prof." dropped, "") and her team\'s sampling ("W"); costs ("W"); a subhead "" and three ORDER LINES, one sentence each ("W", no speaker). Tail: "ADVERTISEMENT", read-next label and two headlines (one with "E. coli" mid-line), back-to-top, copyright split at "(Pty) Ltd." before "All rights reserved." (all "B").',
    'Nigerian NEWSPAPER\'S WEBSITE (Lokoja, Kogi State), desktop browser paste, a FLOOD RELIEF STORY with STACKED TITLES AND ACRONYMS: 41,260 displaced and 17 dead as the Niger and Benue overflow. Head: masthead, a date line, menu, crumb (all "B"); headline "..., says SEMA" ("W", the acronym resolving to the agency as the body first gives it); byline with place, date line, share line ("B"); a caption "" and its credit "B". Body: the lead "the Kogi State Emergency Management Agency (SEMA) has said" ("W", acronym dropped) and "SEMA said" ("W", resolving); the executive secretary ("Alhaji" dropped) after an apposition that names a second official with "Engr. Dr." ("W"), then "He said" twice (the man, not the woman named last, "W") with "St. Luke\'s" mid-sentence; his two-sentence quote naming NEMA and Ibaji ("he said" resolving to him, never to the agency or the place, "W"); the commissioner by SURNAME ONLY, "told The Confluence Mirror" ("W") and a plan and a quote (""); the traditional ruler AFTER THE QUOTE, "said the Onu of Adaba, His Royal Majesty Alhaji (Dr.) ..." (stool title, "His Royal Majesty", "Alhaji" and "(Dr.)" dropped, ""), his crop loss ("W") and "the monarch said" (""); a trader ("Hajiya" dropped) with an anecdote and a two-sentence quote (""); a chief\'s accusation ("Chief" dropped, cue "accused", "") and the official\'s answer by surname ("W"); NEMA "In a post on X, ... said" (fronted channel not in the cue, acronym dropped, "W"); "according to the 2027 Annual Flood Outlook of the Nigeria Hydrological Services Agency (NIHSA)" (the document as written, acronym dropped, "W") and "NIHSA said in a statement" (resolving to the agency, "W"); a question subhead ""; "according to a circular signed by the Secretary to the State Government" ("W"); a lawyer ("Barr. (Mrs.)" dropped) with an opinion and a two-sentence quote (""); a hydrologist ("Prof." dropped) with a forecast ("") and a dam release ("W"). Tail: related label and two headlines, the comment form\'s two-sentence notice, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Singaporean NEWS SITE, AMP PAGE paste, a COURT SENTENCING with TWO PEOPLE OF THE SAME SURNAME: a lift technician jailed 14 weeks for faking checks on 38 HDB lifts. Head: the AMP bar, crumb ("B"); headline and a standfirst with a semicolon (both "W", one sentence each); author, role line, published and updated lines, a share line and an ad slot (all "B"); a caption "" and a capitalised credit "B". Body: the sentence and the accused\'s job ENDING "Pte Ltd" with the sentence\'s own full stop before "He pleaded ..." ("W", no speaker); "The court heard that ..." ("W", no speaker); the prosecutor ("Deputy Public Prosecutor" dropped, "Tan Hui Min") with the stalled lift, "she said" after the BCA is named, and "DPP Tan added" about "Tan\'s signature" (the accused) ("W"), a quote "DPP Tan said" about "The accused" ("") and the sentence sought "saying Tan had ..." ("W"); the defence lawyer with the particle "s/o" kept ("Mr" dropped) with workload and e-mails ("W") and "Mr Ravichandran said" (""); the judge ("District Judge" dropped) with two remarks (""); a courtroom scene "" and the start date ("W"); a second ad slot "B"; the employer by SHORT FORM "Kallang Vertical said" and "The firm said" (both resolving to the name as first given, "W") and "A spokesperson for the firm declined to say" (""); "The BCA said in a statement" (resolving to the authority, "W") and "according to BCA data cited in court" ("W"); a trapped resident ("Retiree" dropped), then "said Madam Chua" (inverted, honorific dropped, ""); an associate professor ("Associate Professor" dropped, the name in Chinese order kept whole) with an opinion and a quote ("") and a sensor share ("W"). Tail: a WhatsApp-channel line, read-more label and one headline, copyright split at "Pte Ltd." before "Co. Regn. No. 201904417K.", a view-full-site line (all "B").',
    'Malaysian ENGLISH DAILY\'S WEBSITE (Shah Alam, Selangor), desktop browser paste, a WATER-CUT STORY with MALAYSIAN HONORIFICS AND SHORT FORMS: odour pollution shuts three Sungai Selangor plants and cuts supply to 1.2 million accounts. Head: masthead, menu, a date line, crumb ("B"); headline with a semicolon "W"; standfirst "State exco says ..." (a promise, "", carrying the exco member as the body names him); byline, published line, share line ("B"); a caption "" and its "— Picture by" credit "B". Body: "SHAH ALAM, Feb 6 —" lead "Pengurusan Air Selangor Sdn Bhd (Air Selangor) said" ("W", short form dropped) and "The company said in a statement" (as written, "W"); the exco member ("Datuk Ir. Haji" and the role before the name dropped) after a clause naming three bodies and their short forms ("W"), "He said" ("W") and a quote naming "this company" ("he said" resolving to him, ""); the DOE director ("Ts. Dr." dropped, "binti" kept) "said in a statement", "She said" ("W"), "she added" a plan ("") and a quote (""); "according to DOE records" ("W"); the factory operator (descriptor dropped, ""); its chairman ("Tan Sri" dropped, not to be read as a surname) "wrote on Facebook" a cause ("W"), "Khoo said" ("W") and "he wrote" (""); "Luas said" (resolving to the Selangor Water Management Authority, "W"); the users\' association chair (the hereditary "Tengku" kept as part of the name) with a count of shutdowns ("W"), a price quote "said Tengku Farhana" ("W") and a question (""); a canteen operator ("Puan" dropped, "Mohd" kept) (""); an assemblyman ("YB" dropped) "wrote on X" and "he wrote" (""); "Air Selangor said" tankers ("W", resolving to the company as first given); a question subhead ""; the restoration schedule ("W") and advice "It said" (""). Tail: tags, related label and two headlines, comments count, copyright split at the registration number\'s ")." before "All Rights Reserved." (all "B").',
    'Jamaican NEWSPAPER\'S WEBSITE (Old Harbour, St Catherine), PHONE BROWSER paste, a FIRE STORY with CHURCH, CUSTOS AND FIRE-BRIGADE TITLES: a basic school burns and its 86 children move to a church hall. Head: a hamburger/masthead line, subscribe/log-in line, section label ("B"); headline with a semicolon "W"; standfirst "Principal says ..." ("", carrying her as the body names her); a "/Staff Reporter" byline and a date line ("B"); a caption "" and its credit "B". Body: the fire and "No one was injured." ("W", no speaker); the fire officer ("District Officer" dropped) with the call "at 9:48 p.m." mid-sentence and the response ("W"), a hedged cause (""), a quote of record ("W") and advice ("urged", ""); fees and staff ("W"); the principal ("Mrs" dropped) after TWO RELATIVE CLAUSES ("") and a QUOTE OVER THREE PARAGRAPHS with "she said" only in the first (four sentences, ""); "according to Gayle-Whittingham" (a person by surname after "according to", "W"); the pastor ("The Reverend Dr" dropped) with the hall\'s capacity ("W"); the principal by surname with the restart date ("W") and calls from abroad (""); "said Anderson-Brissett" after a statement-then-question (inverted, surname resolving, one sentence, ""); "The Early Childhood Commission (ECC) ... said in a statement" ("W") and "The ECC said" (resolving, ""); "A spokesperson for the Ministry of Education" with an inspection ("W") and "The spokesperson said" a plan (""); the Custos ("The Custos Rotulorum for St Catherine, the Hon." and the post-nominals "OJ, JP" dropped) with a dated fundraising event ("W") and a quote (""); a mother and a father after the quote ("said Damion Forbes-Lindo, 34, ...") (""); "The Old Harbour police said" (as written, "W"). Tail: "ADVERTISEMENT", more-from label and two headlines, back-to-top, a copyright line with "Ltd. ·" mid-line (all "B").',
    'Nepali ENGLISH DAILY\'S WEBSITE (Kathmandu), AMP PAGE paste, a MOUNTAINEERING SEASON STORY with TWO SPEAKERS WHO SHARE A SURNAME: a record 478 Everest permits and three deaths. Head: AMP bar and section ("B"); headline "W"; standfirst "Department of Tourism says ..." ("W", carrying the department as the body names it); author, published and updated lines, share line ("B"); a caption "" and its credit "B". Body: "KATHMANDU, May 28 —" lead "the department said" after the department is named in full in the same sentence (the generic noun as written, "W") and a fee "the department said" ("W"); a director after a two-clause apposition ("W") and "Kunwar said" (""); deaths "according to the department" and permits "according to the department\'s figures" ("W"); an ad line "B"; subheads ""; PEMBA GYALZEN SHERPA (a firm ending "Pvt. Ltd.," mid-sentence, "W"), then LAKPA DIKI SHERPA "who is not related to him" (""), then "Sherpa said" (the SURNAME SHARED BY BOTH resolving to the one last named, "W") and "she said" (""); "Pemba Gyalzen said" (the given names resolving to him) with "by 10 a.m." ENDING the sentence (""), a count of clients "he said" ("W") and prices ("W"); a foreign climber "wrote on Instagram" (""); an army officer ("Lieutenant Colonel" dropped, the two-word surname "Thapa Magar" kept whole) with a waste tonnage ("W"), a two-sentence quote "Thapa Magar said" ("") and the deposit rule ("W"); "In a statement, the Himalayan Outfitters\' Association of Nepal (HOAN) ... said" (fronted channel not in the cue, acronym dropped, "") and "HOAN said" ("W"); the director "told the Bugle" a plan (""); the guide rule ("W", no speaker); the ministry spokesperson "declined to comment" (""). Tail: related label and two headlines, copyright split at "Bugle." before "All rights reserved.", a view-desktop line (all "B").',
    'Sri Lankan SUNDAY PAPER\'S WEBSITE (Colombo), desktop browser paste, a Q&A INTERVIEW WITH "Q:" AND "A:" TURN LABELS: the president of an Uva tea smallholders\' federation on green-leaf prices. Head: masthead, menu, crumb ("B"); headline "..., says Uva federation chief" ("W", carrying the interviewee as the body names him, initials "W. M." kept and the honorific "Deshabandu" dropped); "Interviewed by" byline, date line, share line ("B"); a caption "" and its "Pic by" credit "B". Intro: the interviewee\'s record with "which says ..." inside (no speaker, "W") and the stoppage ("W"); the "edited for length" note "B". Turns: the interviewer\'s "Q:" turns carry NO SPEAKER (questions ""), except one citing "Sri Lanka Tea Board figures" (cue "According to" as written, "W", its follow-up question "") and one citing "The factories say" (cue "say", ""); every sentence of an "A:" turn carries the interviewee with cue "A:" (prices, costs, the formula\'s 68%, meeting months, the stoppage\'s cost "W"; "So for every kilo we sell, we lose.", opinions, a conditional threat, advice and "Never." ""), including a sentence that quotes the minister inside his answer ("In January he told us, ‘Give me three months.’", the interviewee, ""), a semicolon kept whole, and "Rs." before numbers. Box: "OTHER VOICES" label "B"; a monk ("Ven." dropped, "Thera" kept as part of the monastic name) with relief figures ("W") and "the Thera said" (""); "A spokesman for the Sri Lanka Tea Board" (as written) with the cost study ("W"); an estate chief executive ("Dr. (Mrs.)" dropped) with a refusal that holds a doubled electricity bill ("W"). Tail: more-from label and two headlines, a copyright line with "|" (all "B").',
    'Hong Kong ENGLISH NEWSPAPER\'S WEBSITE, READER MODE paste, a LEGISLATIVE PANEL REPORT with POST-NOMINALS, CHINESE-ORDER NAMES AND AN EXCHANGE BOX: the longest wait for a new orthopaedic appointment falls to 121 weeks. Head: the bare domain line "B"; headline "..., Hospital Authority tells lawmakers" ("W", the authority as written in the body); standfirst "Lawmakers say ..." ("W", the group as written); author, published line and a trust line ("B"); a caption "" and its credit "B". Body: the lead with the SPEAKER AFTER THE STATEMENT, "..., Dr Winnie Kwok Wing-sze, the Hospital Authority\'s chief manager ..., told the Legislative Council\'s health services panel on Monday" ("Dr" dropped, the English given name and the Chinese-order name kept, cue the telling phrase without the day, "W"); "Kwok said" and "She said" ("W"); "In a written reply to the panel, the authority said" (fronted channel, "the authority" as written, "W"); a lawmaker ("Lawmaker" and the post-nominals "SBS, JP" dropped) after two relative clauses (""), then "He said ..., according to the authority\'s own tables" (the lawmaker, the main speaker, "W"); an "AT THE PANEL" box label "B" and an EXCHANGE with TURN LABELS "LEUNG KA-CHUN:" / "LEUNG:" and "WINNIE KWOK WING-SZE:" / "KWOK:" resolving to the names in ordinary case (questions and a characterisation "", counts "W"); another member ("Dr" dropped) "asked" and a quote (""); "The HA said" twice (resolving to the Hospital Authority, "W"); a professor ("Professor" dropped) with an opinion (""), a count ("W") and a quote (""); a patient "who gave only her surname" ("Madam Ho" kept, the clause dropped) with an anecdote and a quote (""); "A spokesman for the Health Bureau" with a promise ("") and funding ("W"); the next meeting ("W", no speaker). Tail: an author line and a topics line ("B").',
    'Ugandan NEWS SITE (Kampala), PHONE BROWSER paste, a SECURITY-AND-LIVELIHOODS STORY with MILITARY, RELIGIOUS AND ELDERS\' TITLES: soldiers seize 63 boats at a Lake Victoria landing site. Head: a masthead line, an app prompt, a section label ("B"); headline "W"; standfirst "Fishermen at Nkombwe say ..." ("W", the group as written); byline and an added/read-time line ("B"); a caption "" and a "PHOTO |" credit "B". Body: the seizure "fishermen and local leaders said" ("W", the group as written); the unit\'s commander ("Brig Gen" dropped, after "The unit\'s commander," and a relative clause) with the banned nets, two counts "He said" ("W") and a quote ("he said", ""); "On Monday evening, Kyeyune-Obbo wrote on X" a return rule ("W"); the district chairperson ("Lt Col (Rtd) Hajji" dropped) with a complaint (""), "He said ..., according to a list the soldiers gave ..." (the chairperson, the main speaker, "W") and a question "he asked" (""); a boat price "fishermen said" ("W"); the beach committee chairman "told the Clarion" ("W") and a question-then-attribution (one sentence, ""); a quoted subhead ""; an elder ("Mzee" dropped) with an anecdote, a quote and "Kizza said" (""); a fish smoker (two, ""); the imam ("Sheikh" dropped) with meals served ("W") and "the sheikh said" (""); "In a statement on Tuesday, the Ministry of Agriculture, Animal Industry and Fisheries (MAAIF) said" (fronted channel, acronym dropped, a cause "W"), "MAAIF said" a licence fee ("W") and "It said" (resolving, ""); the Resident District Commissioner "declined to comment" (role dropped, ""). Tail: "ADVERTISEMENT", related label and two headlines, back-to-top, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Maltese NEWSPAPER\'S WEBSITE (Valletta), PRINT VIEW paste, a BUILDING COLLAPSE STORY with MALTESE COMPOUND SURNAMES, PROFESSIONAL TITLES AND A SHARED SURNAME: part of a Swieqi block under construction falls onto a neighbouring home. Head: the browser\'s print header (date, time and page title), masthead, section ("B"); headline of record "W"; standfirst "BCA says ..." ("W", resolving to the authority as the body names it); author and a date line ("B"); a caption "" and its credit in the same line ("B"). Body: the collapse ("W"); injuries "the police said" and the street closed "The police said" (as written, "W"); the magistrate\'s inquiry (an act, "W"); the permit ("W"); the architect ("Perit" dropped; the unhyphenated double surname "Borg Cardona" kept whole) after an apposition and a relative clause ("W"), "according to Borg Cardona" ("W") and "She said" ("W"); the contractor NOEL BORG "who is not related to her" "told the Review" ("W"), "Borg said" twice ("" and "W", resolving to him, never to her) and "Borg Cardona said" ("W", resolving to her); a quoted subhead ""; a neighbour (two relative clauses, "") and a QUOTE OVER THREE PARAGRAPHS with "she said" only in the first (""); a PRINT FOOTER (URL and "1/2") and a REPEATED PRINT HEADER ("B"); "In a statement, the Building and Construction Authority (BCA) said" (fronted channel, acronym dropped, "W"), "The BCA said" ("W") and "It said" (resolving, ""); the authority\'s chief executive ("Ing." dropped) "told reporters" (""); the developer (descriptor dropped) "declined to comment" (""); "The Kamra tal-Periti (KTP) said in a statement" ("W") and "The KTP called for" (""); the parish priest ("Mgr" dropped) (""); the mayor (role dropped) "wrote on Facebook" ("") and "He said" a complaint count ("W"). Tail: a support line, copyright split at "Ltd." before "All rights reserved.", the last print footer "2/2" (all "B").',
    'Botswana NEWSPAPER\'S WEBSITE (Gaborone), desktop browser paste, a KGOTLA MEETING REPORT with CHIEFLY TITLES AND SETSWANA HONORIFICS: Shoshong residents told pipeline water will not come before 2029. Head: masthead, menu, crumb ("B"); headline of record "W"; standfirst "Kgosi tells WUC ..." ("", carrying the chief as the body names him); byline, date line, share line ("B"); a caption "" and a capitalised credit "B". Body: "SHOSHONG:" lead with the SPEAKER AFTER THE STATEMENT, "..., the Water Utilities Corporation (WUC) regional manager for Central, Mr Tebogo Lesetedi-Mmusi, told a kgotla meeting on Wednesday" (role, acronym and "Mr" dropped, "W"); "He said" a delay and its cause and a supply figure "he said" ("W") and a quote "told the meeting" (""); the chief ("Kgosi" dropped) after two relative clauses (""), "Kgosi Motswagole said" a run of promised dates with semicolons (one sentence, "W") and a quote naming WUC and the minister (the chief, never the corporation, ""); his request "He asked" (""); a farmer ("Mma" dropped) with her dry tap ("") and a bowser price "Mma Sebele-Tau said" ("W"); a syndicate chairman ("Rra" dropped) with dry boreholes ("W") and a quote (""); a car-wash owner (two, ""); "WUC said in a statement" trucking (resolving to the corporation as first given, "W") and "It said" demand ("W"); "ADVERTISEMENT" ("B"); "according to a WUC notice dated 3 September" ("W"); the ministry spokesperson with a budget line ("W") and a vague visit (""); the contractor (descriptor dropped, "(Pty) Ltd" kept) "declined to comment" (""); the MP ("Hon. Dr." dropped) with a plan and a two-sentence quote (""); a subhead ""; arbitration "Lesetedi-Mmusi said" ("W"); a closing scene with "Pula!" (""). Tail: related label and two headlines, comments count, a copyright line with "|" (all "B").',
]

ARTICLES = [
    [
        [
            ("eastcapebeacon.co.nz", "", "", "B"),
        ],
        [
            (
                "Commissioners turn down harvest of 1240ha pine block above the Waipaoa River",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Forestry company says it is “deeply disappointed” and weighing an appeal to the Environment Court",
                "Hikurangi Pine Holdings Ltd",
                "says",
                "",
            ),
        ],
        [
            ("Hana Ruatapu-Greig", "", "", "B"),
        ],
        [
            ("Wednesday 10 March 2027, 5:00am · 6 min read", "", "", "B"),
        ],
        [
            (
                "Slash and logs piled against a bridge pier near Te Karaka after the 2023 storms.",
                "",
                "",
                "",
            ),
            ("Photo / Beacon archive", "", "", "B"),
        ],
        [
            (
                "Independent hearing commissioners have refused a forestry company's application to clear-fell 1240 hectares of pine on steep hill country above the Waipaoa River, finding it had not shown it could keep logging debris out of the river in a large storm.",
                "Independent hearing commissioners",
                "finding",
                "W",
            ),
        ],
        [
            (
                "The decision, released on Tuesday, follows a nine-day hearing in Gisborne in November at which 214 submitters opposed the application and 11 supported it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hikurangi Pine Holdings Ltd, which bought the Mangatū Downs block from an overseas investor in 2021 and employs 46 people in Tairāwhiti, said in a statement it was “deeply disappointed” and was considering an appeal.",
                "Hikurangi Pine Holdings Ltd",
                "said in a statement",
                "",
            ),
            (
                "The company said it had offered to leave 30-metre unplanted buffers along every stream and to harvest in coupes of no more than 40 hectares at a time.",
                "The company",
                "said",
                "W",
            ),
            (
                "It said 31 of its 46 staff would lose their jobs if the harvest did not go ahead.",
                "Hikurangi Pine Holdings Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Mangatū Downs block covers 3100 hectares, of which 1240 hectares are planted in radiata pine.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The panel's chair, Dr Aroha Whitiwhiti-Lang, a Wellington environmental lawyer who has sat on more than 30 consent hearings and was appointed to this one by the Gisborne District Council in August, wrote that the offered buffers “would not have held back a fraction of the material that came down in 2023”.",
                "Aroha Whitiwhiti-Lang",
                "wrote",
                "W",
            ),
            (
                "She found the company's own modelling showed that a one-in-50-year storm could carry up to 18,000 cubic metres of slash off the block.",
                "Aroha Whitiwhiti-Lang",
                "found",
                "W",
            ),
        ],
        [
            (
                "“The applicant was candid about the risk,” she wrote.",
                "Aroha Whitiwhiti-Lang",
                "wrote",
                "",
            ),
            ("“Candour is not a plan.”", "Aroha Whitiwhiti-Lang", "wrote", ""),
        ],
        [
            (
                "About 70 per cent of the trees were planted between 1993 and 1997 and are now past their best harvest age, according to Rangi Pohatu-Wells, a forestry consultant who gave evidence for the company.",
                "Rangi Pohatu-Wells",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The block has 62 kilometres of harvest roads and 19 stream crossings, according to the council's staff report.",
                "the council's staff report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Sir Tamati Rangiwai-Holt, who chairs Ngā Uri o Waikohu Trust and whose family lost 3km of fencing and a woolshed to slash on the Waipaoa flats in 2023, said the decision was the first since the storms to put “the river ahead of the log price”.",
                "Tamati Rangiwai-Holt",
                "said",
                "",
            ),
        ],
        [
            ("Sir Tamati Rangiwai-Holt outside the trust's office in Te Karaka.", "", "", ""),
            ("Photo / Hana Ruatapu-Greig", "", "", "B"),
        ],
        [
            (
                "“We told the commissioners we were not against forestry,” he said.",
                "Tamati Rangiwai-Holt",
                "said",
                "",
            ),
            (
                "“Half our whānau have worked in the forests at some time.",
                "Tamati Rangiwai-Holt",
                "said",
                "",
            ),
        ],
        [
            (
                "“What we are against is a harvest plan that leaves the mess for the people downstream.",
                "Tamati Rangiwai-Holt",
                "said",
                "",
            ),
            (
                "“Te Karaka had 40 centimetres of silt through the school in 2023, and not one truck from that block came to help dig it out.",
                "Tamati Rangiwai-Holt",
                "said",
                "W",
            ),
        ],
        [
            ("“The river doesn't care who owns the trees.”", "Tamati Rangiwai-Holt", "said", ""),
        ],
        [
            (
                "Kaumātua Hōri Te Awe-Rīhari, 84, who opened the hearing with a karakia, said he had watched the river “change colour in one lifetime”.",
                "Hōri Te Awe-Rīhari",
                "said",
                "",
            ),
            (
                "“When I was a boy at Waipaoa we drank from it,” he said.",
                "Hōri Te Awe-Rīhari",
                "said",
                "",
            ),
            (
                "“Now I would not let my mokopuna put a foot in it.”",
                "Hōri Te Awe-Rīhari",
                "said",
                "",
            ),
        ],
        [
            (
                "“If this goes to the Environment Court, we will be there with the same evidence,” said Mereana Paewai-Horne, the trust's resource management adviser.",
                "Mereana Paewai-Horne",
                "said",
                "",
            ),
            (
                "The trust said it had raised $86,000 from 1100 donors to pay for its expert witnesses.",
                "The trust",
                "said",
                "W",
            ),
        ],
        [
            ("READ MORE:", "", "", "B"),
        ],
        [
            ("* Slash clean-up bill passes $40m as ratepayers foot the cost", "", "", "B"),
        ],
        [
            ("* Forestry firms face new rules on steep land", "", "", "B"),
        ],
        [
            (
                "The chair of the Tairāwhiti Wood Growers' Forum (TWGF), Craig Dunleavy-Hēnare, said the decision would “frighten off every investor who was thinking of replanting in this district”.",
                "Craig Dunleavy-Hēnare",
                "said",
                "",
            ),
            (
                "The TWGF said its members harvested 2.9 million tonnes of logs in the region last year and employed about 1400 people.",
                "the Tairāwhiti Wood Growers' Forum",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Ministry for Primary Industries said the ministry was reviewing the national rules on slash and would report to the minister later this year.",
                "A spokesperson for the Ministry for Primary Industries",
                "said",
                "",
            ),
            (
                "The ministry has issued 23 abatement notices to Tairāwhiti forestry companies since 2023, the spokesperson said.",
                "A spokesperson for the Ministry for Primary Industries",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gisborne mayor Hineata Morehu-Brandon told the Beacon the council had spent $41 million clearing woody debris from rivers and beaches since the 2023 storms.",
                "Hineata Morehu-Brandon",
                "told the Beacon",
                "W",
            ),
            (
                "She said ratepayers “cannot keep being the insurer of last resort for an industry whose owners do not live here”.",
                "Hineata Morehu-Brandon",
                "said",
                "",
            ),
        ],
        [
            (
                "Hikurangi Pine's chief executive, Brendon Faulkner-Tūhiwai, did not respond to a request for comment on Tuesday.",
                "Brendon Faulkner-Tūhiwai",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("What happens next", "", "", ""),
        ],
        [
            (
                "The company has 15 working days from the decision to lodge an appeal with the Environment Court.",
                "",
                "",
                "W",
            ),
            (
                "If it does not, it may harvest only the 86 hectares already consented in 2019, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            ("Tairāwhiti · Environment · Forestry", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   UMGENI BULLETIN   🔍", "", "", "B"),
        ],
        [
            ("Get the app for faster news and fewer ads   OPEN", "", "", "B"),
        ],
        [
            ("NEWS  ›  KWAZULU-NATAL", "", "", "B"),
        ],
        [
            ("Court gives Msunduzi 90 days to stop sewage spilling into the river", "", "", "W"),
        ],
        [
            (
                "Judge finds the city knew for at least five years that its pump stations were failing",
                "Thandeka Mngomezulu-Reddy",
                "finds",
                "W",
            ),
        ],
        [
            ("Sipho Ndlela-Marais", "", "", "B"),
        ],
        [
            ("3h ago · 4 min read", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article · 5:12", "", "", "B"),
        ],
        [
            (
                "Raw sewage runs from a broken manhole in Edendale, Pietermaritzburg, in January.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: SUPPLIED", "", "", "B"),
        ],
        [
            (
                "The Pietermaritzburg High Court has ordered the Msunduzi Local Municipality to stop raw sewage flowing into the Msunduzi River from three failed pump stations within 90 days, and to report to the court on its progress every 30 days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Acting Judge Thandeka Mngomezulu-Reddy, who heard the matter over two days in February, found that the municipality had known since at least 2022 that the Edendale, Camps Drift and Willowton pump stations were failing and had done “next to nothing”.",
                "Thandeka Mngomezulu-Reddy",
                "found",
                "W",
            ),
            (
                "She said the municipality's own records showed 2316 sewage spills reported in the 2025/26 financial year, up from 1140 two years earlier.",
                "Thandeka Mngomezulu-Reddy",
                "said",
                "W",
            ),
            (
                "She said the Department of Water and Sanitation had served the municipality with three compliance notices between 2023 and 2025.",
                "Thandeka Mngomezulu-Reddy",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A municipality that counts its spills so carefully cannot say it did not know,” she wrote.",
                "Thandeka Mngomezulu-Reddy",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "E. coli counts at the Camps Drift canoe course reached 240,000 per 100ml in January, according to monitoring results filed with the court.",
                "monitoring results filed with the court",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The application was brought in May 2026 by the Edendale Riverside Residents' Association, which says it represents about 1900 households along the river, and by two subsistence fishers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Its chairwoman, Zanele Mabuza-Hartley, a retired nurse who has lived beside the river since 1987 and who kept a logbook of every spill she saw for three years, said the ruling was “for the children who swim there every summer”.",
                "Zanele Mabuza-Hartley",
                "said",
                "",
            ),
        ],
        [
            (
                "“I counted 611 days of spills in my book,” she said.",
                "Zanele Mabuza-Hartley",
                "said",
                "",
            ),
            (
                "“Some mornings you could smell it from the taxi rank.",
                "Zanele Mabuza-Hartley",
                "said",
                "",
            ),
        ],
        [
            (
                "“We wrote to the municipality 14 times, and we kept every letter.",
                "Zanele Mabuza-Hartley",
                "said",
                "",
            ),
            ("“Today a judge read some of them out loud.”", "Zanele Mabuza-Hartley", "said", ""),
        ],
        [
            (
                "Adv. Nomvula Cele-Pillay SC, who argued the case for the residents with two juniors, told the Bulletin outside court that the order was “the most detailed a South African court has given on sewage”.",
                "Nomvula Cele-Pillay",
                "told the Bulletin",
                "",
            ),
            (
                "She said the municipality had 15 court days to decide whether to seek leave to appeal.",
                "Nomvula Cele-Pillay",
                "said",
                "W",
            ),
        ],
        [
            (
                "Msunduzi spokesperson Ntokozo Gumede-Naidoo said in a statement that the city respected the court and was “studying the judgment with its legal team”.",
                "Ntokozo Gumede-Naidoo",
                "said in a statement",
                "",
            ),
            (
                "He said the city had spent R86.4 million on sewer repairs since July 2025 and replaced 11km of pipes in Edendale and Imbali.",
                "Ntokozo Gumede-Naidoo",
                "said",
                "W",
            ),
            (
                "Later on Thursday he wrote on X that the Willowton pump station would be back in service by 30 April.",
                "Ntokozo Gumede-Naidoo",
                "wrote on X",
                "W",
            ),
            ("“We are not running away from this,” he said.", "Ntokozo Gumede-Naidoo", "said", ""),
        ],
        [
            (
                "The national Department of Water and Sanitation (DWS), which issued the municipality with a non-compliance directive in March 2026, said its latest Green Drop assessment had scored Msunduzi's wastewater system at 31%.",
                "the Department of Water and Sanitation",
                "said",
                "W",
            ),
            (
                "A DWS spokesperson declined to comment on whether the department would apply to take over the plants.",
                "A DWS spokesperson",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Inkosi Mandla Zondi-Bhengu, whose people water their cattle at the river downstream of the city, said the judgment should also have made the municipality pay for the animals that had died.",
                "Mandla Zondi-Bhengu",
                "said",
                "",
            ),
            (
                "“We lost 37 cattle to sick water last year, and the vet told us why,” he said.",
                "Mandla Zondi-Bhengu",
                "said",
                "",
            ),
        ],
        [
            (
                "“This judgment is a warning to every municipality that treats its sewage works as somebody else's problem,” said Prof. Nokuthula Sithebe-Moodley, a water researcher at the University of KwaZulu-Natal.",
                "Nokuthula Sithebe-Moodley",
                "said",
                "",
            ),
            (
                "She said her team had sampled the river at 12 points between the city and Camperdown in 2026 and found sewage bacteria at every one.",
                "Nokuthula Sithebe-Moodley",
                "said",
                "W",
            ),
        ],
        [
            (
                "The municipality must also pay the costs of the application, including the costs of two counsel.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What the order requires", "", "", ""),
        ],
        [
            ("Repair and restart the three pump stations within 90 days.", "", "", "W"),
        ],
        [
            ("File a progress report under oath every 30 days.", "", "", "W"),
        ],
        [
            ("Warn residents by SMS and loudhailer within 24 hours of any spill.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("READ NEXT", "", "", "B"),
        ],
        [
            ("Durban beaches reopen after E. coli counts fall", "", "", "B"),
        ],
        [
            ("Taxi fares up R2 from Monday on Edendale routes", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("© 2027 Umgeni Bulletin (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CONFLUENCE MIRROR", "", "", "B"),
        ],
        [
            ("Tuesday, September 14, 2027", "", "", "B"),
        ],
        [
            (
                "Home   News   Politics   Metro   Business   Sports   Opinion   Columns   E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › States", "", "", "B"),
        ],
        [
            (
                "Kogi flood: 41,260 displaced, 17 dead as Niger, Benue overflow, says SEMA",
                "the Kogi State Emergency Management Agency",
                "says",
                "W",
            ),
        ],
        [
            ("By Ojonugwa Ahmadu-Ekele, Lokoja", "", "", "B"),
        ],
        [
            ("September 14, 2027 | 5:42 am", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Telegram | Email", "", "", "B"),
        ],
        [
            (
                "Residents of Ganaja wade through floodwater to reach their homes on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Confluence Mirror / Ojonugwa Ahmadu-Ekele", "", "", "B"),
        ],
        [
            (
                "At least 41,260 people have been displaced and 17 killed in Kogi State since the Niger and Benue rivers overflowed their banks last week, the Kogi State Emergency Management Agency (SEMA) has said.",
                "the Kogi State Emergency Management Agency",
                "has said",
                "W",
            ),
            (
                "SEMA said 11 of the 17 deaths were drownings in Ibaji and Bassa.",
                "the Kogi State Emergency Management Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "The agency's Executive Secretary, Alhaji Musa Onimisi-Bello, who toured camps in Lokoja and Ibaji on Saturday alongside the Commissioner for Environment and Ecological Management, Engr. Dr. Felicia Ojochenemi Adejoh-Salami, said nine of the state's 21 local government areas had been affected.",
                "Musa Onimisi-Bello",
                "said",
                "W",
            ),
            (
                "He said 14 camps had been opened, the largest at St. Luke's Anglican Primary School, Adankolo, where 3,120 people were sleeping in classrooms.",
                "Musa Onimisi-Bello",
                "said",
                "W",
            ),
            (
                "He said the agency had registered 6,812 households at the camps.",
                "Musa Onimisi-Bello",
                "said",
                "W",
            ),
        ],
        [
            ("“Ibaji is cut off by road,” he said.", "Musa Onimisi-Bello", "said", "W"),
            (
                "“We are reaching people there only by boat, and NEMA has sent us 12 more boats since Thursday.”",
                "Musa Onimisi-Bello",
                "said",
                "W",
            ),
        ],
        [
            (
                "Adejoh-Salami, a civil engineer who led the state's flood recovery committee in 2022, told The Confluence Mirror that the government had released ₦1.2 billion for relief materials and had asked the federal government for another ₦4.5 billion.",
                "Felicia Ojochenemi Adejoh-Salami",
                "told The Confluence Mirror",
                "W",
            ),
            (
                "She said residents of the worst-hit riverside communities would be relocated “once the water goes down”.",
                "Felicia Ojochenemi Adejoh-Salami",
                "said",
                "",
            ),
            (
                "“Nobody will be forced to move, but nobody will be allowed to rebuild on the riverbank either,” she said.",
                "Felicia Ojochenemi Adejoh-Salami",
                "said",
                "",
            ),
        ],
        [
            (
                "“Our farms are gone, every one of them,” said the Onu of Adaba, His Royal Majesty Alhaji (Dr.) Idris Ocheja Akwu-Abdullahi, whose palace grounds now shelter about 2,300 people.",
                "Idris Ocheja Akwu-Abdullahi",
                "said",
                "",
            ),
            (
                "He said the yam and rice crop in his domain, due for harvest in October, had been lost on about 3,000 hectares.",
                "Idris Ocheja Akwu-Abdullahi",
                "said",
                "W",
            ),
            (
                "“When the water came in 2022, they told us it would not happen again,” the monarch said.",
                "Idris Ocheja Akwu-Abdullahi",
                "said",
                "",
            ),
        ],
        [
            (
                "Hajiya Amina Yakubu-Ozovehe, a foodstuff trader who fled her house in Ganaja with her six children, said she had received no food at the camp in three days.",
                "Amina Yakubu-Ozovehe",
                "said",
                "",
            ),
            (
                "“They told us rice is coming, rice is coming,” she said.",
                "Amina Yakubu-Ozovehe",
                "said",
                "",
            ),
            ("“Where is the rice?”", "Amina Yakubu-Ozovehe", "said", ""),
        ],
        [
            (
                "Chief Emmanuel Abah-Idakwo, a community leader in Adankolo, accused SEMA officials of diverting relief materials to “their own people”, a claim the agency denied.",
                "Emmanuel Abah-Idakwo",
                "accused",
                "",
            ),
            (
                "“Every bag of rice that came into Kogi has a waybill, and anybody can come and check them,” Onimisi-Bello said when asked about the claim.",
                "Musa Onimisi-Bello",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a post on X on Monday, the National Emergency Management Agency (NEMA) said it had delivered 4,000 bags of rice, 2,500 mattresses and 1,800 blankets to Kogi since September 6.",
                "the National Emergency Management Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Thirty-one communities in Kogi were listed as at high risk of flooding this year, according to the 2027 Annual Flood Outlook of the Nigeria Hydrological Services Agency (NIHSA), released in April.",
                "the 2027 Annual Flood Outlook of the Nigeria Hydrological Services Agency",
                "according to",
                "W",
            ),
            (
                "NIHSA said in a statement on Friday that the river at the Lokoja gauge had reached 12.61 metres, 23 centimetres below the level recorded in 2022.",
                "the Nigeria Hydrological Services Agency",
                "said in a statement",
                "W",
            ),
        ],
        [
            ("Warnings ignored?", "", "", ""),
        ],
        [
            (
                "The state government had in August ordered residents of 27 riverside communities to move to higher ground, according to a circular signed by the Secretary to the State Government.",
                "a circular signed by the Secretary to the State Government",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A Lokoja-based lawyer and rights activist, Barr. (Mrs.) Rekiya Salihu-Omakoji, said the state had ignored its own warnings.",
                "Rekiya Salihu-Omakoji",
                "said",
                "",
            ),
            (
                "“A circular is not a relocation plan,” Salihu-Omakoji said.",
                "Rekiya Salihu-Omakoji",
                "said",
                "",
            ),
            ("“Where were they supposed to go?”", "Rekiya Salihu-Omakoji", "said", ""),
        ],
        [
            (
                "Prof. Ayodele Ibrahim-Olorunfemi, a hydrologist at the Federal University Lokoja, said the water would start to recede only in the second week of October.",
                "Ayodele Ibrahim-Olorunfemi",
                "said",
                "",
            ),
            (
                "He said releases from the Lagdo Dam in Cameroon had raised the Benue by about 40 centimetres at Makurdi in the past week.",
                "Ayodele Ibrahim-Olorunfemi",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED NEWS", "", "", "B"),
        ],
        [
            ("Benue flood: Makurdi residents count losses as water recedes", "", "", "B"),
        ],
        [
            (
                "Lokoja–Abuja highway: motorists stranded as water covers road at Koton-Karfe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Confluence Mirror Communications Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("MARINA DAILY   ☰", "", "", "B"),
        ],
        [
            ("Singapore › Courts & Crime", "", "", "B"),
        ],
        [
            ("Lift technician jailed 14 weeks for faking checks on 38 HDB lifts", "", "", "W"),
        ],
        [
            (
                "He signed off on 126 monthly checks he never did; one of the lifts later stalled with five residents inside",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lim Shu Fen", "", "", "B"),
        ],
        [
            ("Court Correspondent", "", "", "B"),
        ],
        [
            ("Published Mar 18, 2027, 05:31 PM", "", "", "B"),
        ],
        [
            ("Updated Mar 18, 2027, 07:02 PM", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Tan Wei Jie leaving the State Courts on March 18.", "", "", ""),
        ],
        [
            ("MARINA DAILY PHOTO: GAVIN TEO", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – A lift technician who signed off on 126 monthly maintenance checks that he never carried out was jailed for 14 weeks on March 18.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tan Wei Jie, 41, a Malaysian, had worked since 2016 as a technician for Kallang Vertical Engineering Pte Ltd.",
                "",
                "",
                "W",
            ),
            (
                "He pleaded guilty to four charges of making false entries in maintenance records, with 11 other charges taken into consideration for sentencing.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The court heard that the checks covered 38 lifts in 19 HDB blocks in Bukit Batok and Jurong West between January and October 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy Public Prosecutor Tan Hui Min said the lapses came to light on Nov 3, 2025, when a lift at Block 418 Bukit Batok West Avenue 8 stalled between the seventh and eighth floors with five residents inside for 47 minutes.",
                "Tan Hui Min",
                "said",
                "W",
            ),
        ],
        [
            (
                "An inspection by the Building and Construction Authority (BCA) afterwards found that the lift's brake had not been serviced for at least seven months, she said.",
                "Tan Hui Min",
                "said",
                "W",
            ),
            (
                "Tan's signature was on all seven monthly checklists for that period, DPP Tan added.",
                "Tan Hui Min",
                "added",
                "W",
            ),
            (
                "“The accused knew exactly what the checklists were for,” DPP Tan said.",
                "Tan Hui Min",
                "said",
                "",
            ),
        ],
        [
            (
                "DPP Tan sought at least 16 weeks' jail, saying Tan had “gambled with the safety of residents who had no way of knowing”.",
                "Tan Hui Min",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Tan's lawyer, Mr Ravichandran s/o Govindasamy of Kang & Pereira LLC, said his client had been assigned 212 lifts, nearly twice as many as other technicians at the firm.",
                "Ravichandran s/o Govindasamy",
                "said",
                "W",
            ),
            (
                "He said Tan had written to his supervisor twice in 2025 asking for a lighter load.",
                "Ravichandran s/o Govindasamy",
                "said",
                "W",
            ),
            (
                "“He was drowning, and nobody at the company threw him a rope,” Mr Ravichandran said.",
                "Ravichandran s/o Govindasamy",
                "said",
                "",
            ),
        ],
        [
            (
                "District Judge Ng Siew Ling said a heavy workload “cannot excuse falsifying records that residents rely on every time they press a button”.",
                "Ng Siew Ling",
                "said",
                "",
            ),
            (
                "She said it was “a matter of luck” that no one had been hurt.",
                "Ng Siew Ling",
                "said",
                "",
            ),
        ],
        [
            ("Tan, who wore a grey shirt, showed no emotion as the sentence was read.", "", "", ""),
            ("He will begin serving it on April 2.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Kallang Vertical said it had dismissed Tan in December 2025 and had since hired 14 more technicians.",
                "Kallang Vertical Engineering Pte Ltd",
                "said",
                "W",
            ),
            (
                "The firm said it now requires technicians to photograph the machine room at every visit.",
                "Kallang Vertical Engineering Pte Ltd",
                "said",
                "W",
            ),
            (
                "A spokesperson for the firm declined to say whether other staff were under investigation.",
                "A spokesperson for the firm",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "The BCA said in a statement after the hearing that it had audited all 1,312 lifts maintained by the firm and ordered repairs to 64 of them.",
                "the Building and Construction Authority",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "There were 41 breakdowns in HDB lifts last year in which passengers were trapped for more than 30 minutes, according to BCA data cited in court.",
                "BCA data cited in court",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Retiree Chua Bee Hoon, 72, one of the five residents trapped in the lift, said they had pressed the alarm button “again and again” before anyone answered.",
                "Chua Bee Hoon",
                "said",
                "",
            ),
            (
                "“I take the stairs now, all seven floors,” said Madam Chua.",
                "Chua Bee Hoon",
                "said",
                "",
            ),
        ],
        [
            (
                "Associate Professor Daryl Koh Jun Hao, who teaches building services engineering at the Singapore Institute of Technology and sits on an industry standards committee for lifts, said paper checklists made such fraud “far too easy”.",
                "Daryl Koh Jun Hao",
                "said",
                "",
            ),
            (
                "“If the checklist is on paper, the only proof that anyone was in the machine room is a signature,” he said.",
                "Daryl Koh Jun Hao",
                "said",
                "",
            ),
            (
                "He said about one in five lifts in HDB blocks now had sensors that log each maintenance visit automatically.",
                "Daryl Koh Jun Hao",
                "said",
                "W",
            ),
        ],
        [
            (
                "Join Marina Daily's WhatsApp channel and get the latest news and must-reads.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            ("Town council fined after lift ran for a month with faulty door sensor", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Marina Daily Pte Ltd.", "", "", "B"),
            ("Co. Regn. No. 201904417K.", "", "", "B"),
        ],
        [
            ("View the full site", "", "", "B"),
        ],
    ],
    [
        [
            ("THE TANJUNG OBSERVER", "", "", "B"),
        ],
        [
            (
                "Nation   World   Business   Sport   Lifestyle   Opinion   Videos   ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Saturday, 06 Feb 2027", "", "", "B"),
        ],
        [
            ("Nation › Selangor", "", "", "B"),
        ],
        [
            (
                "Odour pollution shuts three Sungai Selangor plants; 1.2 million accounts face water cuts",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "State exco says the factory responsible will be made to pay for the clean-up",
                "Mohd Zulkarnain Hashim",
                "says",
                "",
            ),
        ],
        [
            ("By Nur Aqilah Kamaruzzaman and Kevin Loh Chee Wai", "", "", "B"),
        ],
        [
            ("Published on 06 Feb 2027 11:48 AM MYT", "", "", "B"),
        ],
        [
            ("Facebook | X | WhatsApp | Telegram | Copy link", "", "", "B"),
        ],
        [
            (
                "Residents collect water from a tanker in Kuala Selangor on Friday night.",
                "",
                "",
                "",
            ),
        ],
        [
            ("— Picture by Syahmi Zulkefli", "", "", "B"),
        ],
        [
            (
                "SHAH ALAM, Feb 6 — Three water treatment plants on Sungai Selangor were shut down on Friday after odour pollution was detected at their intakes, cutting supply to about 1.2 million accounts in five districts, Pengurusan Air Selangor Sdn Bhd (Air Selangor) said.",
                "Pengurusan Air Selangor Sdn Bhd",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company said in a statement that the Sungai Selangor Phase 1, Phase 2 and Phase 3 plants stopped operating at 3.15pm and that supply would be restored in stages from Sunday.",
                "The company",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "State infrastructure and public amenities committee chairman Datuk Ir. Haji Mohd Zulkarnain Hashim, who chaired an emergency meeting with the Department of Environment (DOE), the Selangor Water Management Authority (Luas) and Air Selangor at the state secretariat late on Friday, said the source had been traced to a polymer factory in Rawang.",
                "Mohd Zulkarnain Hashim",
                "said",
                "W",
            ),
            (
                "He said DOE officers found the factory had discharged solvent waste into a monsoon drain that flows into a tributary of the river at about noon.",
                "Mohd Zulkarnain Hashim",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We will not let this company walk away from the cost of this, not one sen,” he said.",
                "Mohd Zulkarnain Hashim",
                "said",
                "",
            ),
        ],
        [
            (
                "Selangor DOE director Ts. Dr. Norhayati binti Ismail said in a statement that the department had issued a stop-work order to the factory and taken samples from the drain.",
                "Norhayati binti Ismail",
                "said in a statement",
                "W",
            ),
            (
                "She said early tests showed solvent levels 38 times the permitted limit.",
                "Norhayati binti Ismail",
                "said",
                "W",
            ),
            (
                "Investigation papers would be opened under the Environmental Quality Act 1974, she added.",
                "Norhayati binti Ismail",
                "added",
                "",
            ),
            (
                "“We have the samples, we have the drain, and we have the time stamps on our sensors,” she said.",
                "Norhayati binti Ismail",
                "said",
                "",
            ),
        ],
        [
            (
                "The factory was fined RM25,000 in 2025 for a separate discharge, according to DOE records.",
                "DOE records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The factory's operator, Rawang Polimer Industri Sdn Bhd, said it had halted production and was “cooperating fully with the authorities”.",
                "Rawang Polimer Industri Sdn Bhd",
                "said",
                "",
            ),
            (
                "Its chairman, Tan Sri Khoo Teik Hin, wrote on Facebook on Saturday morning that the discharge had been caused by a contractor cleaning a storage tank without the company's knowledge.",
                "Khoo Teik Hin",
                "wrote on Facebook",
                "W",
            ),
            ("The contractor has been suspended, Khoo said.", "Khoo Teik Hin", "said", "W"),
            (
                "“We are ashamed that our premises were the source,” he wrote.",
                "Khoo Teik Hin",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Luas said it had recorded 11 odour pollution incidents on Sungai Selangor since January 2026, four of which had forced plant shutdowns.",
                "the Selangor Water Management Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tengku Farhana Tengku Baharom, who chairs the Kuala Selangor Water Users' Association and whose family runs a food stall in Tanjung Karang, said this was the fourth shutdown caused by odour pollution in 18 months.",
                "Tengku Farhana Tengku Baharom",
                "said",
                "W",
            ),
            (
                "“People are paying RM12 for a carton of mineral water and queuing at tankers at midnight,” said Tengku Farhana.",
                "Tengku Farhana Tengku Baharom",
                "said",
                "W",
            ),
            ("“How many more times?”", "Tengku Farhana Tengku Baharom", "said", ""),
        ],
        [
            (
                "Puan Siti Khadijah Mohd Noor, 54, who runs a school canteen in Kuala Selangor, said she had closed for two days because she could not wash the dishes.",
                "Siti Khadijah Mohd Noor",
                "said",
                "",
            ),
            (
                "“The children bring their own water bottles now,” she said.",
                "Siti Khadijah Mohd Noor",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition assemblyman YB Chia Kok Leong wrote on X that the state should “name and shame every factory upstream of an intake”.",
                "Chia Kok Leong",
                "wrote on X",
                "",
            ),
            (
                "“Every time, we hear the same words: investigation papers have been opened,” he wrote.",
                "Chia Kok Leong",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Air Selangor said 126 water tankers and 48 static tanks had been deployed to affected areas, with priority given to hospitals and dialysis centres.",
                "Pengurusan Air Selangor Sdn Bhd",
                "said",
                "W",
            ),
        ],
        [
            ("When will supply return?", "", "", ""),
        ],
        [
            (
                "Air Selangor said supply to Kuala Selangor and Sabak Bernam would be restored by Sunday night, and to Petaling, Gombak and Klang by Tuesday.",
                "Pengurusan Air Selangor Sdn Bhd",
                "said",
                "W",
            ),
            (
                "It said consumers should store enough water for 24 hours and check the status of their area on its app.",
                "Pengurusan Air Selangor Sdn Bhd",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Air Selangor, water cuts, DOE, Rawang", "", "", "B"),
        ],
        [
            ("RELATED ARTICLES", "", "", "B"),
        ],
        [
            ("Luas to install odour sensors at four more river intakes", "", "", "B"),
        ],
        [
            ("Klang: burst pipe leaves 40,000 accounts dry for a day", "", "", "B"),
        ],
        [
            ("Comments (0)", "", "", "B"),
        ],
        [
            ("© 2027 Tanjung Observer Sdn Bhd (199701028841).", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  BLUE MOUNTAIN CRIER", "", "", "B"),
        ],
        [
            ("Subscribe  |  Log in", "", "", "B"),
        ],
        [
            ("LEAD STORIES", "", "", "B"),
        ],
        [
            (
                "Fire destroys Old Harbour basic school; 86 children to move to church hall",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Principal says the children will not miss a day of classes",
                "Sophia Gayle-Whittingham",
                "says",
                "",
            ),
        ],
        [
            ("Kadian Whyte-Gooden/Staff Reporter", "", "", "B"),
        ],
        [
            ("Wednesday | March 24, 2027 | 12:14 PM", "", "", "B"),
        ],
        [
            (
                "What remains of the Little Lambs Basic School in Old Harbour, St Catherine, on Wednesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("– Contributed photo", "", "", "B"),
        ],
        [
            (
                "A fire on Tuesday night gutted the Little Lambs Basic School in Old Harbour, St Catherine, destroying three classrooms, a kitchen and learning materials that the school's board valued at about $4.6 million.",
                "",
                "",
                "W",
            ),
            ("No one was injured.", "", "", "W"),
        ],
        [
            (
                "District Officer Kemar Prendergast-Lyn of the Jamaica Fire Brigade's Old Harbour station said firefighters were called at 9:48 p.m. and arrived 14 minutes later, by which time two of the school's three buildings were “fully involved”.",
                "Kemar Prendergast-Lyn",
                "said",
                "W",
            ),
            (
                "He said three units with 11 firefighters had responded.",
                "Kemar Prendergast-Lyn",
                "said",
                "W",
            ),
            (
                "He said the cause had not yet been determined, but an electrical fault in the kitchen was “one line of inquiry”.",
                "Kemar Prendergast-Lyn",
                "said",
                "",
            ),
            (
                "“We saved the third building, the one with the office and the records,” he said.",
                "Kemar Prendergast-Lyn",
                "said",
                "W",
            ),
            (
                "He urged schools to have their wiring checked before the summer term.",
                "Kemar Prendergast-Lyn",
                "urged",
                "",
            ),
        ],
        [
            (
                "The school, which charges $9,500 a term, has seven teachers and two cooks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The principal, Mrs Sophia Gayle-Whittingham, who started Little Lambs in her mother's front room in 1994 and who has now taught two generations of some Old Harbour families, said a neighbour called her just before 10 o'clock.",
                "Sophia Gayle-Whittingham",
                "said",
                "",
            ),
        ],
        [
            (
                "“When I reached, the roof of the big classroom was already gone,” she said.",
                "Sophia Gayle-Whittingham",
                "said",
                "",
            ),
            ("“I just stood at the gate and bawled.", "Sophia Gayle-Whittingham", "said", ""),
        ],
        [
            (
                "“Thirty-one years of charts and books and little chairs, gone in one night.",
                "Sophia Gayle-Whittingham",
                "said",
                "",
            ),
        ],
        [
            (
                "“But nobody was inside, and that is what I keep telling myself.”",
                "Sophia Gayle-Whittingham",
                "said",
                "",
            ),
        ],
        [
            (
                "The school had no fire insurance, according to Gayle-Whittingham.",
                "Sophia Gayle-Whittingham",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Reverend Dr Clive Anderson-Brissett, pastor of the Mount Zion Gospel Assembly on Darlington Road, said the church hall could seat 90 children and had been offered free of charge until the school is rebuilt.",
                "Clive Anderson-Brissett",
                "said",
                "W",
            ),
            (
                "Gayle-Whittingham said classes would resume there on Monday, March 29.",
                "Sophia Gayle-Whittingham",
                "said",
                "W",
            ),
            (
                "She said past students now living in Canada and the United States had already called to offer help.",
                "Sophia Gayle-Whittingham",
                "said",
                "",
            ),
        ],
        [
            (
                "“This church was built by this community, so where else would the children go?” said Anderson-Brissett.",
                "Clive Anderson-Brissett",
                "said",
                "",
            ),
        ],
        [
            (
                "The Early Childhood Commission (ECC), which regulates basic schools, said in a statement that Little Lambs had passed its last inspection in June 2025 and was certified for up to 90 children.",
                "the Early Childhood Commission",
                "said in a statement",
                "W",
            ),
            (
                "The ECC said it would help the school replace its learning materials.",
                "the Early Childhood Commission",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Ministry of Education said an engineer from the ministry's regional office had inspected the site on Wednesday and found the third building structurally sound.",
                "A spokesperson for the Ministry of Education",
                "said",
                "W",
            ),
            (
                "The spokesperson said the ministry would “work with the ECC and the school's board” on temporary furniture.",
                "A spokesperson for the Ministry of Education",
                "said",
                "",
            ),
        ],
        [
            (
                "The Custos Rotulorum for St Catherine, the Hon. Marcia Blagrove-Henry, OJ, JP, who visited the site on Wednesday morning with three justices of the peace, said she would launch a fundraising drive at the parish council chamber on Sunday, March 28.",
                "Marcia Blagrove-Henry",
                "said",
                "W",
            ),
            (
                "“Old Harbour has never let a school fall down and stay down,” she said.",
                "Marcia Blagrove-Henry",
                "said",
                "",
            ),
        ],
        [
            (
                "Shanice Ebanks, 27, whose four-year-old son is in the infant class, said he had been asking all morning “when we going back to Miss Sophia school”.",
                "Shanice Ebanks",
                "said",
                "",
            ),
            (
                "“He cried when he saw the picture on my phone,” she said.",
                "Shanice Ebanks",
                "said",
                "",
            ),
        ],
        [
            (
                "“Miss Sophia taught me, and now she teaching my daughter,” said Damion Forbes-Lindo, 34, a taxi operator.",
                "Damion Forbes-Lindo",
                "said",
                "",
            ),
        ],
        [
            (
                "The Old Harbour police said no foul play was suspected.",
                "The Old Harbour police",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("MORE FROM LEAD STORIES", "", "", "B"),
        ],
        [
            ("Spanish Town market vendors get new stalls a year after blaze", "", "", "B"),
        ],
        [
            ("JUTC adds 12 buses to Portmore routes", "", "", "B"),
        ],
        [
            ("Back to top", "", "", "B"),
        ],
        [
            ("© Copyright 2027 Blue Mountain Crier Ltd. · Kingston, Jamaica", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BAGMATI BUGLE   ☰", "", "", "B"),
        ],
        [
            ("National", "", "", "B"),
        ],
        [
            ("Everest permits hit record 478 as season ends with three deaths", "", "", "W"),
        ],
        [
            (
                "Department of Tourism says royalty collected rose 13.5 percent to $7.17 million",
                "the Department of Tourism",
                "says",
                "W",
            ),
        ],
        [
            ("Sonam Yangji Tamang", "", "", "B"),
        ],
        [
            ("Published at : May 29, 2027", "", "", "B"),
        ],
        [
            ("Updated at : May 29, 2027 08:12", "", "", "B"),
        ],
        [
            ("Share via: Facebook · X · Email", "", "", "B"),
        ],
        [
            (
                "Climbers queue on the Lhotse Face on May 21 in a photo released by an expedition company.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Courtesy of Khumbu Vertical Treks", "", "", "B"),
        ],
        [
            (
                "KATHMANDU, May 28 — The Department of Tourism issued a record 478 permits to climb Mount Everest this spring, up from 421 last year, and collected $7.17 million in royalty, the department said on Friday.",
                "the department",
                "said",
                "W",
            ),
            (
                "Foreign climbers paid $15,000 each for a spring permit, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Indra Bahadur Kunwar, a director at the department who heads its mountaineering section and who spent the season at the base camp liaison office, said 803 people had reached the summit from the Nepal side, including 451 Nepali guides.",
                "Indra Bahadur Kunwar",
                "said",
                "W",
            ),
            (
                "“Four hours in a queue at 8,500 metres is how people die,” Kunwar said.",
                "Indra Bahadur Kunwar",
                "said",
                "",
            ),
            (
                "Three climbers died on the mountain this season, two of them in the Khumbu Icefall, according to the department.",
                "the department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Across all peaks, 1,412 climbing permits were issued for 27 mountains this spring, according to the department's figures.",
                "the department's figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Crowds on summit day", "", "", ""),
        ],
        [
            (
                "Pemba Gyalzen Sherpa, managing director of Khumbu Vertical Treks Pvt. Ltd., which took 62 clients and 71 guides to the mountain this spring, said the queue above the Balcony on May 21 had lasted up to four hours.",
                "Pemba Gyalzen Sherpa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lakpa Diki Sherpa, a guide from Thame who is not related to him and who reached the summit for the 14th time on May 22, said the Icefall had been “the most dangerous I have seen in 20 years”.",
                "Lakpa Diki Sherpa",
                "said",
                "",
            ),
            (
                "Sherpa said the Icefall Doctors, the team that fixes ladders and ropes through the icefall, had to reroute the path three times after seracs collapsed in April.",
                "Lakpa Diki Sherpa",
                "said",
                "W",
            ),
            (
                "“You cross the ladder, and behind you the ladder is gone,” she said.",
                "Lakpa Diki Sherpa",
                "said",
                "",
            ),
        ],
        [
            (
                "Pemba Gyalzen said he had told his clients to turn back if they were not on the summit by 10 a.m.",
                "Pemba Gyalzen Sherpa",
                "said",
                "",
            ),
            (
                "“Three of my clients turned back at the South Summit, and all three came home,” he said.",
                "Pemba Gyalzen Sherpa",
                "said",
                "W",
            ),
            (
                "He said his company had charged clients between $48,000 and $95,000 each this year.",
                "Pemba Gyalzen Sherpa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Slovenian climber Tjaša Kovač-Horvat, who reached the summit without supplementary oxygen on May 19, wrote on Instagram that the crowds had made the climb “feel like a queue at a ticket office”.",
                "Tjaša Kovač-Horvat",
                "wrote on Instagram",
                "",
            ),
        ],
        [
            ("Clean-up", "", "", ""),
        ],
        [
            (
                "Lieutenant Colonel Suman Thapa Magar, who led a Nepal Army clean-up team on the mountain for the fifth year running, said his 18 soldiers and 24 porters had brought down 9.6 tonnes of waste from the camps above base camp.",
                "Suman Thapa Magar",
                "said",
                "W",
            ),
            ("“Camp IV is still the worst,” Thapa Magar said.", "Suman Thapa Magar", "said", ""),
            (
                "“People leave their tents there because carrying them down is hard.”",
                "Suman Thapa Magar",
                "said",
                "",
            ),
            (
                "Thapa Magar said every climber pays a $4,000 garbage deposit, refunded only if they bring down at least 8 kilograms of waste.",
                "Suman Thapa Magar",
                "said",
                "W",
            ),
        ],
        [
            ("Calls for a cap", "", "", ""),
        ],
        [
            (
                "In a statement, the Himalayan Outfitters' Association of Nepal (HOAN), which represents 74 expedition companies, said it would oppose any cap on permits.",
                "the Himalayan Outfitters' Association of Nepal",
                "said",
                "",
            ),
            (
                "HOAN said its members had employed about 2,600 Nepali guides and porters on Everest this season.",
                "the Himalayan Outfitters' Association of Nepal",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kunwar told the Bugle that the department would review the rules on fixed ropes for summit day before the autumn season.",
                "Indra Bahadur Kunwar",
                "told the Bugle",
                "",
            ),
            (
                "Under the department's rules, every foreign climber on Everest must be accompanied by at least one licensed Nepali guide.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Ministry of Culture, Tourism and Civil Aviation declined to comment on whether a cap was being considered.",
                "A spokesperson for the Ministry of Culture, Tourism and Civil Aviation",
                "declined to comment",
                "",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Lobuche East permit fee to double from September", "", "", "B"),
        ],
        [
            ("Manaslu base camp gets its first solar microgrid", "", "", "B"),
        ],
        [
            ("© 2027 The Bagmati Bugle.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("View desktop version", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SUNDAY MONSOON", "", "", "B"),
        ],
        [
            ("News   Business   Politics   Features   Sport   Columns   E-paper", "", "", "B"),
        ],
        [
            ("Business › The Sunday Interview", "", "", "B"),
        ],
        [
            (
                "Smallholders grow 76% of our tea but sell their leaf below cost, says Uva federation chief",
                "W. M. Ranjith Abeykoon",
                "says",
                "W",
            ),
        ],
        [
            ("Interviewed by Dinithi Ekanayake-Fonseka", "", "", "B"),
        ],
        [
            ("Sunday, 20 June 2027 00:05", "", "", "B"),
        ],
        [
            ("Share   f   X   in   ✉", "", "", "B"),
        ],
        [
            ("W. M. Ranjith Abeykoon on his tea holding near Passara.", "", "", ""),
        ],
        [
            ("Pic by Chaminda Wettasinghe-Rodrigo", "", "", "B"),
        ],
        [
            (
                "Deshabandu W. M. Ranjith Abeykoon, 63, has grown tea on four acres near Passara since 1986 and has led the Uva Tea Smallholders' Federation, which says it has 41,000 members, since 2019.",
                "",
                "",
                "W",
            ),
            (
                "He spoke to the Sunday Monsoon at his home a week after smallholders in Badulla district stopped plucking for three days in protest at the price of green leaf.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Q: How much of Sri Lanka's tea comes from smallholders today?", "", "", ""),
        ],
        [
            (
                "A: About 76% of it, up from around 60% when I started.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "W",
            ),
            (
                "There are about 400,000 of us, and most have less than two acres.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Then why are your members losing money?", "", "", ""),
        ],
        [
            (
                "A: Because the factories pay us Rs. 220 for a kilo of green leaf, and it costs a smallholder about Rs. 245 to produce it, with fertiliser, labour and transport.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "W",
            ),
            (
                "The Tea Board's own cost study put it at Rs. 238 in 2025.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "W",
            ),
            ("So for every kilo we sell, we lose.", "W. M. Ranjith Abeykoon", "A:", ""),
        ],
        [
            (
                "Q: According to Sri Lanka Tea Board figures, the average price at the Colombo auction rose 18% last year.",
                "Sri Lanka Tea Board figures",
                "According to",
                "W",
            ),
            ("Where did that money go?", "", "", ""),
        ],
        [
            ("A: To the factories and the exporters.", "W. M. Ranjith Abeykoon", "A:", "W"),
            (
                "The auction average went from Rs. 1,090 to Rs. 1,286 a kilo of made tea, but the green-leaf price went up by only Rs. 15.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "W",
            ),
            (
                "You need about four and a half kilos of leaf for one kilo of made tea, so you can do the sum yourself.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: The factories say their costs have gone up too.", "The factories", "say", ""),
        ],
        [
            ("A: They do say that.", "W. M. Ranjith Abeykoon", "A:", ""),
            (
                "But the formula that fixes the minimum green-leaf price gives the grower 68% of the factory's net sale average, and it has not been revised since 2019.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "W",
            ),
            ("Nobody checks whether the factories follow it.", "W. M. Ranjith Abeykoon", "A:", ""),
        ],
        [
            ("Q: Have you met the minister?", "", "", ""),
        ],
        [
            ("A: Twice, in January and in April.", "W. M. Ranjith Abeykoon", "A:", "W"),
            ("In January he told us, ‘Give me three months.’", "W. M. Ranjith Abeykoon", "A:", ""),
            ("In April he told us the same thing.", "W. M. Ranjith Abeykoon", "A:", ""),
        ],
        [
            ("Q: Will there be another stoppage?", "", "", ""),
        ],
        [
            ("A: I hope not.", "W. M. Ranjith Abeykoon", "A:", ""),
            (
                "Last week's stoppage cost our members about Rs. 90 million in lost leaf, and the factories lost their supply for three days.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "W",
            ),
            (
                "But if the price is not at Rs. 260 by the September flush, the members will decide, not me.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: What would you tell a young person thinking of taking over a family holding?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: Learn to prune properly, keep your own accounts and join a society.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "",
            ),
            (
                "The tea will still be there; the question is whether anyone will pay for it.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Would you ever sell your own holding?", "", "", ""),
        ],
        [
            ("A: Never.", "W. M. Ranjith Abeykoon", "A:", ""),
            (
                "My father planted the first bushes there in 1958, and my son will prune them after me.",
                "W. M. Ranjith Abeykoon",
                "A:",
                "",
            ),
        ],
        [
            ("OTHER VOICES", "", "", "B"),
        ],
        [
            (
                "Ven. Bambarawela Sumanatissa Thera, chief incumbent of a village temple outside Passara, whose devotees are mostly smallholder families, said the temple had given dry rations to 140 families during the stoppage.",
                "Bambarawela Sumanatissa Thera",
                "said",
                "W",
            ),
            (
                "“A man who grows the country's tea should not have to come to the temple for rice,” the Thera said.",
                "Bambarawela Sumanatissa Thera",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesman for the Sri Lanka Tea Board said the board's cost study had found an average cost of production of Rs. 238 a kilo of green leaf in Uva in 2025, and that a revision of the pricing formula was “under discussion”.",
                "A spokesman for the Sri Lanka Tea Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. (Mrs.) Chandrika Wijewardene-Perera, chief executive of Haputale Hills Plantations PLC, which buys leaf from about 6,000 smallholders, said factories could not pay more “while our own electricity bill has doubled in two years”.",
                "Chandrika Wijewardene-Perera",
                "said",
                "W",
            ),
        ],
        [
            ("MORE FROM THE SUNDAY INTERVIEW", "", "", "B"),
        ],
        [
            (
                "‘Our boats cannot run on promises’: a Negombo fishing leader on diesel and debt",
                "",
                "",
                "B",
            ),
        ],
        [
            ("A hospital director on the doctors who leave, and the ones who stay", "", "", "B"),
        ],
        [
            (
                "Copyright © 2027 Monsoon Newspapers (Private) Limited | All Rights Reserved",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("harbourtimes.com.hk", "", "", "B"),
        ],
        [
            (
                "Longest wait for a new orthopaedic appointment falls to 121 weeks, Hospital Authority tells lawmakers",
                "the Hospital Authority",
                "tells",
                "W",
            ),
        ],
        [
            (
                "Lawmakers say the median figure hides queues of nearly three years in the New Territories",
                "Lawmakers",
                "say",
                "W",
            ),
        ],
        [
            ("Bonnie Yeung Sze-wan", "", "", "B"),
        ],
        [
            ("Published: 8:40pm, 12 Apr 2027", "", "", "B"),
        ],
        [
            ("Why you can trust Harbour Times", "", "", "B"),
        ],
        [
            ("Patients wait at a specialist outpatient clinic in Tuen Mun.", "", "", ""),
            ("Photo: Edmund Lai Kwok-wah", "", "", "B"),
        ],
        [
            (
                "The longest wait for a stable new case in orthopaedics at public hospitals has fallen from 158 weeks to 121 weeks in a year, Dr Winnie Kwok Wing-sze, the Hospital Authority's chief manager for specialist outpatient services, told the Legislative Council's health services panel on Monday.",
                "Winnie Kwok Wing-sze",
                "told the Legislative Council's health services panel",
                "W",
            ),
        ],
        [
            (
                "Kwok said the median wait for a stable new case across the authority's specialist clinics had fallen from 36 weeks to 29 weeks.",
                "Winnie Kwok Wing-sze",
                "said",
                "W",
            ),
            (
                "She said the improvement followed the opening of 11 evening clinics since last April and the hiring of 312 more doctors.",
                "Winnie Kwok Wing-sze",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a written reply to the panel, the authority said 64,800 patients were waiting for a first orthopaedic appointment at the end of March, down from 71,200 a year earlier.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lawmaker Leung Ka-chun, SBS, JP, who chaired the panel for six years until October and who worked as an orthopaedic nurse before entering politics, said the figures “hide as much as they show”.",
                "Leung Ka-chun",
                "said",
                "",
            ),
            (
                "He said the longest wait in the New Territories West cluster was still 147 weeks, according to the authority's own tables.",
                "Leung Ka-chun",
                "said",
                "W",
            ),
        ],
        [
            ("AT THE PANEL", "", "", "B"),
        ],
        [
            (
                "LEUNG KA-CHUN: How many of the 312 new doctors are in orthopaedics?",
                "Leung Ka-chun",
                "LEUNG KA-CHUN:",
                "",
            ),
        ],
        [
            (
                "WINNIE KWOK WING-SZE: Twenty-six of them.",
                "Winnie Kwok Wing-sze",
                "WINNIE KWOK WING-SZE:",
                "W",
            ),
            (
                "The rest are spread across the specialties with the longest queues.",
                "Winnie Kwok Wing-sze",
                "WINNIE KWOK WING-SZE:",
                "",
            ),
        ],
        [
            (
                "LEUNG: So a patient in Tuen Mun with a bad knee still waits nearly three years.",
                "Leung Ka-chun",
                "LEUNG:",
                "",
            ),
        ],
        [
            (
                "KWOK: For a stable case, the longest wait there is 147 weeks, yes.",
                "Winnie Kwok Wing-sze",
                "KWOK:",
                "W",
            ),
            ("Urgent cases are seen within two weeks.", "Winnie Kwok Wing-sze", "KWOK:", "W"),
        ],
        [
            (
                "LEUNG: And how many of the 11 evening clinics are in the New Territories?",
                "Leung Ka-chun",
                "LEUNG:",
                "",
            ),
        ],
        [
            ("KWOK: Four of them.", "Winnie Kwok Wing-sze", "KWOK:", "W"),
        ],
        [
            (
                "Another member, Dr Cheng Wai-ting, a family doctor in Sham Shui Po, asked why patients were still told their appointment dates by post.",
                "Cheng Wai-ting",
                "asked",
                "",
            ),
            (
                "“Some of those letters never arrive, and the patient loses the slot,” she said.",
                "Cheng Wai-ting",
                "said",
                "",
            ),
        ],
        [
            (
                "The HA said it would open four more evening clinics in the Kowloon West cluster by December.",
                "the Hospital Authority",
                "said",
                "W",
            ),
            (
                "The HA said the longest wait for a stable new case in ophthalmology had also fallen, from 104 weeks to 88.",
                "the Hospital Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Professor Raymond Chau Man-kit, a health economist at the University of Hong Kong, said the authority was “moving patients from one queue to another”.",
                "Raymond Chau Man-kit",
                "said",
                "",
            ),
            (
                "He said the number of patients sent for knee replacements under the authority's public-private partnership scheme had tripled to 2,140 since 2024, at a cost that did not show up in the waiting-time figures.",
                "Raymond Chau Man-kit",
                "said",
                "W",
            ),
            (
                "“The queue is shorter partly because some of the people in it have gone somewhere else and paid,” he said.",
                "Raymond Chau Man-kit",
                "said",
                "",
            ),
        ],
        [
            (
                "Madam Ho, 67, a retired garment worker from Tuen Mun who gave only her surname, said she was told in 2024 that her first appointment for a torn knee ligament would be in “late 2027”.",
                "Madam Ho",
                "said",
                "",
            ),
            ("“By then I will need a wheelchair, not a doctor,” she said.", "Madam Ho", "said", ""),
            (
                "She said she had paid HK$1,800 to see a private doctor, who told her she needed surgery.",
                "Madam Ho",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesman for the Health Bureau said the government would “continue to support the authority” in cutting waiting times.",
                "A spokesman for the Health Bureau",
                "said",
                "",
            ),
            (
                "He said the authority's recurrent funding had risen 6.2 per cent this financial year to HK$98.4 billion.",
                "A spokesman for the Health Bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "The panel will discuss waiting times for cataract surgery at its next meeting, on May 10.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Bonnie Yeung Sze-wan is a health reporter at Harbour Times.", "", "", "B"),
        ],
        [
            ("Topics: Health · Legislative Council · Hospital Authority", "", "", "B"),
        ],
    ],
    [
        [
            ("≡   KAMPALA CLARION", "", "", "B"),
        ],
        [
            ("Download our app for breaking news alerts", "", "", "B"),
        ],
        [
            ("NEWS › REGIONAL", "", "", "B"),
        ],
        [
            (
                "Army seizes 63 boats at Buikwe landing site in illegal fishing crackdown",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fishermen at Nkombwe say the seizures have left about 400 families without an income",
                "Fishermen at Nkombwe",
                "say",
                "W",
            ),
        ],
        [
            ("By Prossy Nakiwala Ssenyonga", "", "", "B"),
        ],
        [
            ("Added 2 hours ago  ·  3 min read", "", "", "B"),
        ],
        [
            (
                "Boats impounded by soldiers lie on the shore at Nkombwe landing site on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | CLARION", "", "", "B"),
        ],
        [
            (
                "Soldiers of the Fisheries Protection Unit impounded 63 boats, 41 outboard engines and more than 2,000 nets at Nkombwe landing site in Buikwe District on Sunday and Monday, fishermen and local leaders said.",
                "fishermen and local leaders",
                "said",
                "W",
            ),
        ],
        [
            (
                "The unit's commander, Brig Gen Andrew Kyeyune-Obbo, who took over in January after three years with the army's marine unit on Lake Albert, said the nets seized were monofilament and undersized gill nets banned under the fisheries law.",
                "Andrew Kyeyune-Obbo",
                "said",
                "W",
            ),
            (
                "He said the unit had impounded about 1,400 boats on Lake Victoria in 2026.",
                "Andrew Kyeyune-Obbo",
                "said",
                "W",
            ),
            (
                "He said soldiers had burnt 1,800 illegal nets at the landing site on Monday afternoon.",
                "Andrew Kyeyune-Obbo",
                "said",
                "W",
            ),
            (
                "“The lake belongs to all Ugandans, not to a few people with illegal nets,” he said.",
                "Andrew Kyeyune-Obbo",
                "said",
                "",
            ),
        ],
        [
            (
                "On Monday evening, Kyeyune-Obbo wrote on X that boats would be returned within seven days to owners who could show valid licences.",
                "Andrew Kyeyune-Obbo",
                "wrote on X",
                "W",
            ),
        ],
        [
            (
                "But the Buikwe District chairperson, Lt Col (Rtd) Hajji Sulaiman Nsubuga-Kiggundu, a former army officer who fished on the lake as a young man, said the operation had been carried out “without a single word to the district”.",
                "Sulaiman Nsubuga-Kiggundu",
                "said",
                "",
            ),
            (
                "He said only 12 of the 63 boat owners had been found with illegal nets, according to a list the soldiers gave the landing site's beach management committee.",
                "Sulaiman Nsubuga-Kiggundu",
                "said",
                "W",
            ),
            (
                "“Are we now fighting our own people?” he asked.",
                "Sulaiman Nsubuga-Kiggundu",
                "asked",
                "",
            ),
        ],
        [
            (
                "A boat with an engine costs about Shs12 million, fishermen said.",
                "fishermen",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ronald Ssempijja-Mukasa, chairman of the Nkombwe beach management committee, told the Clarion that 212 boats were registered at the landing site, of which 140 had valid licences.",
                "Ronald Ssempijja-Mukasa",
                "told the Clarion",
                "W",
            ),
            (
                "“Punish the ones with bad nets, but why take the boats of people with licences?” he asked.",
                "Ronald Ssempijja-Mukasa",
                "asked",
                "",
            ),
        ],
        [
            ("‘We have nothing now’", "", "", ""),
        ],
        [
            (
                "Mzee Yowasi Kizza, 78, who has fished from Nkombwe since 1964, said he had never seen soldiers take so many boats in one day.",
                "Yowasi Kizza",
                "said",
                "",
            ),
            (
                "“In Amin's time they took boats too, but they did not take the nets of children,” he said.",
                "Yowasi Kizza",
                "said",
                "",
            ),
            ("Kizza said his two sons had each lost a boat.", "Yowasi Kizza", "said", ""),
        ],
        [
            (
                "Zaitun Namubiru, 35, who smokes and sells fish at the landing site, said she had not bought a single fish since Sunday.",
                "Zaitun Namubiru",
                "said",
                "",
            ),
            (
                "“My smoking kiln is cold, and the school fees are due in two weeks,” she said.",
                "Zaitun Namubiru",
                "said",
                "",
            ),
        ],
        [
            (
                "Sheikh Abdallah Ssekitoleko-Waiswa, imam of the landing site's mosque, said the mosque had fed about 300 people since Sunday.",
                "Abdallah Ssekitoleko-Waiswa",
                "said",
                "W",
            ),
            (
                "“Hunger does not ask whether your net was legal,” the sheikh said.",
                "Abdallah Ssekitoleko-Waiswa",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement on Tuesday, the Ministry of Agriculture, Animal Industry and Fisheries (MAAIF) said Nile perch catches on Lake Victoria had fallen by 19% since 2023, which it blamed on the illegal fishing of juvenile fish.",
                "the Ministry of Agriculture, Animal Industry and Fisheries",
                "said",
                "W",
            ),
            (
                "MAAIF said fishermen could apply for licences at the district fisheries office for Shs150,000 a boat a year.",
                "the Ministry of Agriculture, Animal Industry and Fisheries",
                "said",
                "W",
            ),
            (
                "It said the operation would continue “until the lake recovers”.",
                "the Ministry of Agriculture, Animal Industry and Fisheries",
                "said",
                "",
            ),
        ],
        [
            (
                "The Buikwe Resident District Commissioner, Juliet Achola-Ongom, declined to comment, saying the matter was “a security issue”.",
                "Juliet Achola-Ongom",
                "declined to comment",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Kalangala fishermen protest over new licence fees", "", "", "B"),
        ],
        [
            ("Jinja fish factory lays off 200 workers as catches fall", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("© 2027 Kampala Clarion Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "14/10/2027, 09:12     Part of Swieqi block under construction collapses onto neighbouring home | The Grand Harbour Review",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE GRAND HARBOUR REVIEW", "", "", "B"),
        ],
        [
            ("Local", "", "", "B"),
        ],
        [
            (
                "Part of Swieqi block under construction collapses onto neighbouring home",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "BCA says it had halted excavation on the site in August",
                "the Building and Construction Authority",
                "says",
                "W",
            ),
        ],
        [
            ("Karl Spiteri Mifsud", "", "", "B"),
        ],
        [
            ("Thursday, 14 October 2027, 07:30", "", "", "B"),
        ],
        [
            ("Rubble on the roof of the house next to the site on Wednesday evening.", "", "", ""),
            ("Photo: Luke Azzopardi Pace", "", "", "B"),
        ],
        [
            (
                "Part of a seven-storey block under construction in Swieqi collapsed on Wednesday afternoon, sending concrete and steel onto the roof of a neighbouring house and injuring two workers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The two men, aged 38 and 29, were taken to Mater Dei Hospital, where their injuries were described as serious but not life-threatening, the police said.",
                "the police",
                "said",
                "W",
            ),
            ("Magistrate Elena Grech Sant has opened an inquiry.", "", "", "W"),
            (
                "The police said the street had been closed to traffic and two neighbouring families had been moved to hotel rooms.",
                "The police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Planning Authority granted a permit for the block, with 14 apartments over three levels of underground garages, in 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Perit Joanna Borg Cardona, the architect responsible for the project, who was appointed only in September after the previous architect resigned, said she had told the contractor in writing on October 4 that no further slabs were to be cast until the party wall was shored.",
                "Joanna Borg Cardona",
                "said",
                "W",
            ),
            (
                "The previous architect resigned on August 28, according to Borg Cardona.",
                "Joanna Borg Cardona",
                "according to",
                "W",
            ),
            (
                "She said the slab that failed had been cast on September 30.",
                "Joanna Borg Cardona",
                "said",
                "W",
            ),
        ],
        [
            (
                "The contractor, Noel Borg, who is not related to her, told the Review that his workers had been removing formwork, not casting concrete, when the slab gave way.",
                "Noel Borg",
                "told the Review",
                "W",
            ),
            (
                "“My men did nothing that was not in the method statement,” Borg said.",
                "Noel Borg",
                "said",
                "",
            ),
            (
                "Borg said both injured men had worked for him for more than five years.",
                "Noel Borg",
                "said",
                "W",
            ),
        ],
        [
            (
                "Borg Cardona said the method statement she approved required props to stay in place for 28 days after each pour.",
                "Joanna Borg Cardona",
                "said",
                "W",
            ),
        ],
        [
            ("‘Today they all came’", "", "", ""),
        ],
        [
            (
                "Rita Vella Bonnici, 74, who has lived in the house next door since her wedding in 1975 and who was in her kitchen when the concrete came through the roof of the back room, said she thought it was an earthquake.",
                "Rita Vella Bonnici",
                "said",
                "",
            ),
        ],
        [
            (
                "“The whole house shook, and then there was dust everywhere,” she said.",
                "Rita Vella Bonnici",
                "said",
                "",
            ),
            ("“I could not see my own hands.", "Rita Vella Bonnici", "said", ""),
        ],
        [
            ("“My grandson pulled me out into the street.", "Rita Vella Bonnici", "said", ""),
        ],
        [
            (
                "“For two years I have been writing to everyone about this site, and today they all came.”",
                "Rita Vella Bonnici",
                "said",
                "",
            ),
        ],
        [
            (
                "https://www.grandharbourreview.com.mt/local/swieqi-block-collapse-neighbouring-home     1/2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "14/10/2027, 09:12     Part of Swieqi block under construction collapses onto neighbouring home | The Grand Harbour Review",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "In a statement, the Building and Construction Authority (BCA) said it had suspended excavation on the site for three weeks in August after cracks appeared in Vella Bonnici's party wall, and allowed works to resume on September 2 after receiving a structural report.",
                "the Building and Construction Authority",
                "said",
                "W",
            ),
            (
                "The BCA said it had carried out 11 inspections on the site since work started in March 2026.",
                "the Building and Construction Authority",
                "said",
                "W",
            ),
            (
                "It said it would “not hesitate to take the strongest action” once the inquiry concluded.",
                "the Building and Construction Authority",
                "said",
                "",
            ),
        ],
        [
            (
                "The authority's chief executive, Ing. Mario Cuschieri Debono, told reporters at the site that “nobody will be allowed to hide behind paperwork”.",
                "Mario Cuschieri Debono",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "The developer, Tal-Ħlas Properties Ltd, declined to comment.",
                "Tal-Ħlas Properties Ltd",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "The Kamra tal-Periti (KTP) said in a statement that 19 of the 27 building collapses reported to it since 2019 had involved works next to occupied homes.",
                "the Kamra tal-Periti",
                "said in a statement",
                "W",
            ),
            (
                "The KTP called for the licensing of contractors to be brought forward.",
                "the Kamra tal-Periti",
                "called for",
                "",
            ),
        ],
        [
            (
                "The parish priest of Swieqi, Mgr Anton Xuereb Galea, who visited the family on Wednesday night, said residents had been “living beside a crane for four years”.",
                "Anton Xuereb Galea",
                "said",
                "",
            ),
        ],
        [
            (
                "Swieqi mayor Daniel Pace Bugeja wrote on Facebook that the local council had “warned and warned and warned” about works in the street.",
                "Daniel Pace Bugeja",
                "wrote on Facebook",
                "",
            ),
            (
                "He said the council had filed 46 complaints about the site with the BCA since 2025.",
                "Daniel Pace Bugeja",
                "said",
                "W",
            ),
        ],
        [
            ("Independent journalism costs money. Support the Review from €1.", "", "", "B"),
        ],
        [
            ("© 2027 Grand Harbour Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "https://www.grandharbourreview.com.mt/local/swieqi-block-collapse-neighbouring-home     2/2",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE KGALAGADI VOICE", "", "", "B"),
        ],
        [
            ("Home | News | Business | Sport | Opinion | Kgotla Talk | Classifieds", "", "", "B"),
        ],
        [
            ("News › Central District", "", "", "B"),
        ],
        [
            ("Shoshong residents told pipeline water will not arrive before 2029", "", "", "W"),
        ],
        [
            (
                "Kgosi tells WUC the village ‘has heard enough dates’",
                "Kealeboga Motswagole",
                "tells",
                "",
            ),
        ],
        [
            ("By Lorato Mothibi-Seleka", "", "", "B"),
        ],
        [
            ("Friday, 10 September 2027", "", "", "B"),
        ],
        [
            ("Share | Tweet | WhatsApp", "", "", "B"),
        ],
        [
            ("Residents listen at the Shoshong main kgotla on Wednesday.", "", "", ""),
        ],
        [
            ("PIC: LORATO MOTHIBI-SELEKA", "", "", "B"),
        ],
        [
            (
                "SHOSHONG: Residents of this village will not get water from the North-South Carrier pipeline before April 2029, the Water Utilities Corporation (WUC) regional manager for Central, Mr Tebogo Lesetedi-Mmusi, told a kgotla meeting on Wednesday.",
                "Tebogo Lesetedi-Mmusi",
                "told a kgotla meeting",
                "W",
            ),
        ],
        [
            (
                "He said the 46-kilometre spur from the carrier to Shoshong, first promised for 2024, had been held up by a dispute with the contractor over P38 million in unpaid claims.",
                "Tebogo Lesetedi-Mmusi",
                "said",
                "W",
            ),
            (
                "The village's eight boreholes now supply about 610 cubic metres a day, against demand of more than 1,100, he said.",
                "Tebogo Lesetedi-Mmusi",
                "said",
                "W",
            ),
            (
                "“We hear the frustration, and we share it,” Lesetedi-Mmusi told the meeting.",
                "Tebogo Lesetedi-Mmusi",
                "told the meeting",
                "",
            ),
        ],
        [
            (
                "Kgosi Kealeboga Motswagole, who chaired the meeting and whose late father led the village when its first boreholes were sunk in the 1970s, said Shoshong “has heard enough dates”.",
                "Kealeboga Motswagole",
                "said",
                "",
            ),
        ],
        [
            (
                "“In 2021 they said 2024; in 2024 they said 2026; today they say 2029,” Kgosi Motswagole said.",
                "Kealeboga Motswagole",
                "said",
                "W",
            ),
            (
                "“WUC must go and tell the minister that we are not cattle to be watered when it suits them.”",
                "Kealeboga Motswagole",
                "said",
                "",
            ),
        ],
        [
            (
                "He asked the corporation to send its chief executive to the next kgotla meeting, on 6 October.",
                "Kealeboga Motswagole",
                "asked",
                "",
            ),
        ],
        [
            (
                "Mma Gaone Sebele-Tau, 68, who keeps goats at a cattlepost west of the village, said her tap had been dry for 19 days in August.",
                "Gaone Sebele-Tau",
                "said",
                "",
            ),
            (
                "“I buy water from a bowser at P5 for 20 litres,” Mma Sebele-Tau said.",
                "Gaone Sebele-Tau",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rra Onkemetse Dikgang, chairman of a borehole syndicate of 23 cattle farmers, said three of the syndicate's five boreholes had dried up since 2025.",
                "Onkemetse Dikgang",
                "said",
                "W",
            ),
            (
                "“We are selling cattle now to buy diesel for the pumps that still work,” he said.",
                "Onkemetse Dikgang",
                "said",
                "",
            ),
        ],
        [
            (
                "Oratile Mokgethi, 24, who runs a car wash beside the main road, said he had closed it in July.",
                "Oratile Mokgethi",
                "said",
                "",
            ),
            ("“No water, no business,” he said.", "Oratile Mokgethi", "said", ""),
        ],
        [
            (
                "WUC said in a statement on Thursday that it would truck 180,000 litres a day to Shoshong from Monday until the spur is complete.",
                "the Water Utilities Corporation",
                "said in a statement",
                "W",
            ),
            (
                "It said demand in the village had grown by about 40% since 2017.",
                "the Water Utilities Corporation",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Water in the village is rationed to four days a week, according to a WUC notice dated 3 September.",
                "a WUC notice dated 3 September",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Ministry of Lands and Water Affairs said the ministry had set aside P212 million for the spur in the 2027/28 development budget.",
                "A spokesperson for the Ministry of Lands and Water Affairs",
                "said",
                "W",
            ),
            (
                "The spokesperson said the minister would visit Shoshong “soon”.",
                "A spokesperson for the Ministry of Lands and Water Affairs",
                "said",
                "",
            ),
        ],
        [
            (
                "The contractor, Tswelelo Pipeline Contractors (Pty) Ltd, declined to comment, citing the dispute.",
                "Tswelelo Pipeline Contractors (Pty) Ltd",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "The area's Member of Parliament, Hon. Dr. Kagiso Mmolai-Pheto, who attended the meeting, said she would raise the delay in Parliament when it sits in November.",
                "Kagiso Mmolai-Pheto",
                "said",
                "",
            ),
            (
                "“The money is in the budget, and the pipe is in the ground for half the way,” she said.",
                "Kagiso Mmolai-Pheto",
                "said",
                "",
            ),
            (
                "“What is missing is somebody who answers the phone.”",
                "Kagiso Mmolai-Pheto",
                "said",
                "",
            ),
        ],
        [
            ("What happens now", "", "", ""),
        ],
        [
            (
                "Lesetedi-Mmusi said the contractor's claims would go to arbitration in November and that work on the remaining 21 kilometres could resume in March 2028 at the earliest.",
                "Tebogo Lesetedi-Mmusi",
                "said",
                "W",
            ),
        ],
        [
            ("The meeting ended shortly after noon with the customary cry of “Pula!”", "", "", ""),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Mahalapye gets 12 new boreholes under drought relief programme", "", "", "B"),
        ],
        [
            ("Serowe farmers lose 400 cattle as dams dry up", "", "", "B"),
        ],
        [
            ("Comments (3)", "", "", "B"),
        ],
        [
            ("The Kgalagadi Voice © 2027 | All rights reserved", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n167-nz-sir-apposition",
        "Sir Wiremu Tahana-Rikihana, who chairs the catchment trust, spoke first. He asked for a site visit.",
        [
            "Sir Wiremu Tahana-Rikihana, who chairs the catchment trust, spoke first.",
            "He asked for a site visit.",
        ],
    ),
    (
        "n167-nz-ltd-ends",
        "The consent is held by Ruatōria Timber Ltd. The firm employs 12 people.",
        ["The consent is held by Ruatōria Timber Ltd.", "The firm employs 12 people."],
    ),
    (
        "n167-nz-quote-continues",
        "“We are not against forestry,” she said. “We are against the mess it leaves.",
        ["“We are not against forestry,” she said.", "“We are against the mess it leaves."],
    ),
    (
        "n167-za-adv-sc-mid",
        "Adv. Thabo Mokoena-Fisher SC argued for the city. He asked for a postponement.",
        ["Adv. Thabo Mokoena-Fisher SC argued for the city.", "He asked for a postponement."],
    ),
    (
        "n167-za-e-coli-start",
        "E. coli counts at the weir rose sharply in March. The river was closed to paddlers for nine days.",
        [
            "E. coli counts at the weir rose sharply in March.",
            "The river was closed to paddlers for nine days.",
        ],
    ),
    (
        "n167-za-pty-ltd-rights",
        "© 2027 Msinsi Valley News (Pty) Ltd. All rights reserved.",
        ["© 2027 Msinsi Valley News (Pty) Ltd.", "All rights reserved."],
    ),
    (
        "n167-ng-engr-dr-mid",
        "Engr. Dr. Ene Oyibo-Etu led the assessment team. She visited 14 camps in two days.",
        ["Engr. Dr. Ene Oyibo-Etu led the assessment team.", "She visited 14 camps in two days."],
    ),
    (
        "n167-ng-barr-mrs-mid",
        "Barr. (Mrs.) Hauwa Adeyemi-Ocholi filed the suit on Monday. The hearing is fixed for October 3.",
        [
            "Barr. (Mrs.) Hauwa Adeyemi-Ocholi filed the suit on Monday.",
            "The hearing is fixed for October 3.",
        ],
    ),
    (
        "n167-ng-royal-inverted",
        "“We have lost everything,” said HRM Oba (Dr.) Gabriel Ajayi-Obaro, the Elero of Ikese. He spoke at the palace.",
        [
            "“We have lost everything,” said HRM Oba (Dr.) Gabriel Ajayi-Obaro, the Elero of Ikese.",
            "He spoke at the palace.",
        ],
    ),
    (
        "n167-sg-pte-ltd-ends",
        "He worked for Tampines Lift Services Pte Ltd. The firm has since been wound up.",
        ["He worked for Tampines Lift Services Pte Ltd.", "The firm has since been wound up."],
    ),
    (
        "n167-sg-s-o-mid",
        "Mr Selvam s/o Rajoo appeared for the accused. He asked for a fine instead of jail.",
        ["Mr Selvam s/o Rajoo appeared for the accused.", "He asked for a fine instead of jail."],
    ),
    (
        "n167-sg-co-regn",
        "Copyright © 2027 Harbourfront Press Pte Ltd. Co. Regn. No. 201811234M.",
        ["Copyright © 2027 Harbourfront Press Pte Ltd.", "Co. Regn. No. 201811234M."],
    ),
    (
        "n167-my-datuk-ir-mid",
        "Datuk Ir. Haji Azmi Harun chaired the meeting. It ended at 11.40pm.",
        ["Datuk Ir. Haji Azmi Harun chaired the meeting.", "It ended at 11.40pm."],
    ),
    (
        "n167-my-ts-dr-binti",
        "Ts. Dr. Rosnah binti Yusof signed the order. It took effect at noon.",
        ["Ts. Dr. Rosnah binti Yusof signed the order.", "It took effect at noon."],
    ),
    (
        "n167-my-sdn-bhd-ends",
        "The order was served on Kapar Resins Sdn Bhd. The company has 14 days to appeal.",
        ["The order was served on Kapar Resins Sdn Bhd.", "The company has 14 days to appeal."],
    ),
    (
        "n167-jm-pm-ends",
        "Firefighters were called at 9:12 p.m. They arrived 11 minutes later.",
        ["Firefighters were called at 9:12 p.m.", "They arrived 11 minutes later."],
    ),
    (
        "n167-jm-rev-dr-mid",
        "The Rev. Dr. Lloyd Chambers-Brown led prayers at the gate. Classes resume on Monday.",
        ["The Rev. Dr. Lloyd Chambers-Brown led prayers at the gate.", "Classes resume on Monday."],
    ),
    (
        "n167-jm-question-asked",
        "“Who is going to pay for it?” asked Pastor Ewart Salmon-Greaves. The board meets on Friday.",
        [
            "“Who is going to pay for it?” asked Pastor Ewart Salmon-Greaves.",
            "The board meets on Friday.",
        ],
    ),
    (
        "n167-np-am-ends",
        "Climbers were told to turn back by 11 a.m. Most of them did.",
        ["Climbers were told to turn back by 11 a.m.", "Most of them did."],
    ),
    (
        "n167-np-pvt-ltd-mid",
        "Everest Summitline Treks Pvt. Ltd. sent 40 clients this spring. Two of them turned back at Camp III.",
        [
            "Everest Summitline Treks Pvt. Ltd. sent 40 clients this spring.",
            "Two of them turned back at Camp III.",
        ],
    ),
    (
        "n167-lk-q-a-turns",
        "Q: Will there be another stoppage? A: That is for the members to decide.",
        ["Q: Will there be another stoppage?", "A: That is for the members to decide."],
    ),
    (
        "n167-lk-initials-rs",
        "W. M. K. Herath sold his leaf at Rs. 218 a kilo. The factory paid him in cash.",
        ["W. M. K. Herath sold his leaf at Rs. 218 a kilo.", "The factory paid him in cash."],
    ),
    (
        "n167-lk-ven-thera",
        "Ven. Kotmale Dhammasiri Thera led the pooja. About 300 people attended.",
        ["Ven. Kotmale Dhammasiri Thera led the pooja.", "About 300 people attended."],
    ),
    (
        "n167-hk-sbs-jp-mid",
        "Mr Ronald Ip Chun-ho, SBS, JP, chaired the hearing. It lasted three hours.",
        ["Mr Ronald Ip Chun-ho, SBS, JP, chaired the hearing.", "It lasted three hours."],
    ),
    (
        "n167-hk-label-turns",
        "KWOK: Twenty-six of them. LEUNG: And the rest?",
        ["KWOK: Twenty-six of them.", "LEUNG: And the rest?"],
    ),
    (
        "n167-ug-lt-col-rtd",
        "Lt Col (Rtd) James Okot-Ayella addressed the fishermen. He asked them to remain calm.",
        [
            "Lt Col (Rtd) James Okot-Ayella addressed the fishermen.",
            "He asked them to remain calm.",
        ],
    ),
    (
        "n167-ug-shs-licence",
        "A licence costs Shs150,000 a boat a year. Few owners at the landing site have one.",
        ["A licence costs Shs150,000 a boat a year.", "Few owners at the landing site have one."],
    ),
    (
        "n167-mt-perit-ing",
        "Perit Claire Vella Zarb signed the report. Ing. Paul Micallef Trigona countersigned it.",
        [
            "Perit Claire Vella Zarb signed the report.",
            "Ing. Paul Micallef Trigona countersigned it.",
        ],
    ),
    (
        "n167-bw-pty-ltd-ends",
        "The contract went to Lesedi Civils (Pty) Ltd. The firm denies any delay.",
        ["The contract went to Lesedi Civils (Pty) Ltd.", "The firm denies any delay."],
    ),
    (
        "n167-bw-semicolon-dates",
        "“In 2020 they said 2023; in 2023 they said 2025,” Kgosi Molefi said. The meeting ended at noon.",
        [
            "“In 2020 they said 2023; in 2023 they said 2025,” Kgosi Molefi said.",
            "The meeting ended at noon.",
        ],
    ),
]
