"""Hundred-and-seventy-first set of new hand-labelled pages for the hint engines (tuning set, round sixty):
twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them with each site's
furniture, from twelve countries where ATTRIBUTION AND SPEAKERS are the hard part. No country of
`labelled_new167.py` or `labelled_new168.py` comes back, and the paste styles vary (desktop, phone,
reader mode, AMP, print view). The pages: a Rwandan news site pasted from a PHONE (revenue sharing:
communities around Volcanoes National Park get Frw1.26 billion for 44 projects); a Malawian weekly's
website on the DESKTOP (a senior chief annuls 63 child marriages in Ntchisi and sends the girls back
to school); a Sierra Leonean daily's AMP page (180 of 312 resettlement houses built by a diamond
miner in Kono crack); a Liberian radio station's website pasted from a PHONE (a rubber tappers'
strike in Margibi over a 450-tree daily quota); a Gambian online news portal in READER MODE (a
district tribunal awards 42 disputed hectares to one of two Kombo South villages); a Cameroonian
English-language weekly's website on the DESKTOP (Kumba cocoa farmers keep their beans at a 1,450
FCFA farm-gate price); an Ethiopian business weekly's website on the DESKTOP with a Q&A box (coffee
exports reach a record $2.87 billion); a Thai English daily in READER MODE (Chiang Mai's PM2.5
reaches 312 micrograms); an Indonesian news agency's English AMP page (212 pupils fall ill after
free school meals in Sumedang); a Bruneian daily's website on the DESKTOP (a Legislative Council
sitting: 31,840 applicants on the national housing list); a Welsh local weekly's PRINT VIEW (a
council consults on closing a 14-pupil Welsh-medium school); and an Israeli English news site pasted
from a PHONE (Beersheba outages at 46.1°C before a Knesset committee, with an exchange box).

What is hard is finding the speaker and naming him or her. Between name and verb sit appositions
and relative clauses ("The board's Chief Tourism Officer, Ariella Kayitesi Mutoni, who handed over
the cheques ... and who ran its conservation department until last year, said"; "The chief, who has
ruled the area since her father's death in 2011 and who chairs ..., announced"; "Paramount Chief
Sahr Tamba Foyoh III, who has ruled Gbense since 1998 and who signed the agreement ..., said";
"Sheikh Salem Abu Sbeit, who heads the Tel Sheva local council and is known across the Negev as Abu
Tarek, said"); the label is the name alone, in full as first given. Speakers come after the
statement ("..., Minister of Development Yang Berhormat Dato Seri Setia Awang Haji Amirul Hakim bin
Haji Omar said at the Legislative Council (LegCo) on Tuesday"; "..., Sumedang Police chief AKBP Rudi
Hartono Siregar said on Thursday (11/3/2027)"; "..., the Israel Electric Corporation (IEC) told the
Knesset Economy Committee on Tuesday") or after the quote ("said Vestine Mukankusi, 61, who farms
...", "said Megan Puw, 72, ...", "said Miriam Azoulay, 54, ...", "said Mami Efeti"). Quotes run over
several paragraphs with the cue only in the first (the chief in Malawi, the paramount chief in Sierra
Leone, the headteacher in Wales: every sentence carries the speaker and the cue). Conventions this
set had to settle, in the spirit of `labelled_new.py`, `labelled_new2.py` and the recent sets:

* TITLES of every kind are dropped: military and police ("Retired Maj.", "Maj Gen", "Pol Col",
  "AKBP", "Kombes Pol.", "ASP", "Col. (res.)"), religious ("Fr.", "The Reverend", "The Rev Canon",
  "Kes", "Phra Maha", "Imam", "KH", "Rabbi", "Sheikh"), chiefly and royal ("Senior Chief", "Group
  Village Head", "Paramount Chief" and "PC", "HRM Chief", "Seyfo", "Alkalo", "Ketua Kampung", the
  Thai royal-lineage "MR", "Yang Berhormat", "Yang Mulia", "Dato Seri Setia", "Dato Paduka"),
  academic ("Dr", "Dr.", the Indonesian "dr." with "M.Kes." after the name, "Drs. H." with "M.Pd.",
  "Prof.", "Assoc Prof"), civic ("Hon.", "Cllr", "Cllr.", "MK", "MS" after the name, "Senator",
  "Regent", role nouns) and honorifics ("Ato", "W/ro", "Mr", "Mrs", "Mrs.", "Madam", "Mammy Queen",
  "Pa", "Oldma", "Mami", "Comrade", "Lawyer", "Aji", "Khun", "Ibu", "Hj.", "Awang", "Dayang", and
  "Haji"/"Hajah" before a person's own name).
* Kept as parts of names: regnal numbers ("Sahr Tamba Foyoh III", "Ekale Mukwelle II"), "Jr."
  ("Jallah B. Flomo Jr."), middle initials ("Augustine S. Toe-Kollie", "Musu T. Gbarbea-Dennis"),
  the Welsh "ap" ("Rhodri ap Iestyn"), "bin"/"binti" with the father's name and the father's "Haji"
  ("Amirul Hakim bin Haji Omar", "Rafidah binti Haji Jaludin"), the hereditary Bruneian "Pengiran"
  borne by father and son ("Pengiran Faizul Hadi bin Pengiran Hassan"), "Md", Batak clan names
  ("Rudi Hartono Siregar", "Hendra Gunawan Lubis"), a Pali monastic name ("Anan Kittipanyo"),
  Ethiopian patronymics ("Dawit Abebe Mengistu") and compound given names ("Haile Mariam Tekle"),
  and Cameroonian family-name-first order as written ("Ndifor Tanyi Hilary", "Mbarga Atangana
  Solange", "Ebong Ewane Cyprian", "Chamberlin Ntou'ou Ndong").
* A Malawian chief known only by the chieftaincy name keeps that name without the rank ("Senior
  Chief Ndalamira" -> "Ndalamira", "Group Village Head Mphonde" -> "Mphonde"): the name alone names
  the holder, unlike "Madam Ho" in `labelled_new167.py`.
* Single names, pseudonyms and given-only names are the label: "Darto" and "Suharni", "Moussa" (a
  buyer "who gave his name only as Moussa"), "Dam" (a farmer "who gave only his nickname"),
  "Chisomo (not her real name)" -> "Chisomo".
* A nickname or kunya in an apposition is not part of the label but resolves to it: "Sirinya
  Boonmee, known to her customers as Ploy" then "Ploy said"; "known across the Negev as Abu Tarek"
  then "Abu Tarek said" -> "Salem Abu Sbeit".
* Second mentions follow local custom and resolve to the name as first given: given names in
  Ethiopia ("Dawit said", "Meseret said", "Berhanu said", "Haile Mariam said") and Thailand ("Mr
  Nirut", "Dr Pornthip", "MR Pimpakarn", "Pol Col Thawatchai", "Phra Anan", "Khun Boonsong"), the
  first element of a Cameroonian name ("Ndifor said", "Ebong said", "Mbarga Atangana said", "Mami
  Efeti"), the clan name of a Batak ("Siregar said") and the first name of a Sundanese ("Asep said",
  "Nenden said", "Ujang said"), the short styled form in Brunei ("Yang Berhormat Dato Amirul Hakim",
  "Dato Khairul Anuar", "Pengiran Faizul Hadi", "Yang Berhormat Dayang Hajah Hazirah"), and "PC
  Foyoh", "Pa Kpakiwa", "Canon Prydderch", "Mr ap Iestyn", "the Seyfo", "the kiai", "the priest",
  "the rabbi", "the chief", "the minister".
* SHARED NAMES resolve as the story resolves them: in Wales "Mrs Jones" is the headteacher (Sioned
  Jones) and "Mr Jones" the parent governor (Alun Jones, "not related to the headteacher"); in The
  Gambia "Mrs. Jarju" is the governor (Fatou Binta Jarju) and "the imam" Abdoulie Jarju ("not
  related to the governor"); in Ethiopia the father's name "Abebe" shared by Dawit Abebe Mengistu
  and Solomon Abebe is never used alone.
* SAME-GENDER VOICES alternate by surname, and a pronoun takes the subject of the sentence before,
  never a person named as its object ("Touray said that was not true, and that Bajonkoto's Alkalo
  had signed ..." / "“His thumbprint is on it,” he said." -> Kebba Touray; "Toe-Kollie said ..." /
  "“When the young trees come up, the jobs will come back,” he said." -> Augustine S. Toe-Kollie;
  "Mutoni said ..." / "she added" against the mayor Gatera; "Dr Pornthip" against "MR Pimpakarn").
* A STATEMENT READ OUT carries its author, not its reader: "A statement from the company, read to
  the meeting by its community affairs manager, Komba Sam-Fillie, said ..." -> "the company" (the
  generic noun as written; "It said" -> "Kamara Ridge Mining Company (SL) Ltd."); "In a speech read
  on her behalf by the district's Director of Planning and Development, Mphatso Chirwa, the Minister
  of Gender, Community Development and Social Welfare said ..." -> the minister as written, since no
  name is given, and "The minister said" resolves to it. The reader is the speaker only of his own
  words ("Sam-Fillie ... said he would ...", "Chirwa said ...").
* A role without a name is kept as written: "the Minister of Gender, Community Development and
  Social Welfare", "An official at the district's agriculture office", "A police spokesman in Koidu"
  (and "The spokesman said"), "An official at the NCCB's Kumba office", "A BGN deputy for
  monitoring", "An officer at the Housing Development Department" (and "The officer said"), "A
  spokesman for the Royal Forest Department", "A Welsh Government spokesperson", "A ministry
  spokeswoman" (cue "would not say"). Groups are kept as written ("residents and local officials",
  "Residents", "Parents", "the tappers" with cue "chanted", and "Exporters" inside a question), and
  so are generic nouns ("the company", "The board", "the Authority", "The police", "The council",
  "The meteorological service"); an acronym or "It" resolves to the body as first given ("RDB" ->
  "the Rwanda Development Board"; "The NMA"; "BGN"; "The ECX", first named inside a manager's
  sentence; "The VDC", first named inside its chairman's apposition; "the PCD"), a descriptor is
  dropped ("The Welsh language campaign group Cymdeithas yr Iaith" -> "Cymdeithas yr Iaith"). A body
  acting without a verb of saying carries no speaker (the tribunal's ruling, the cabinet's vote, the
  chief's annulments in the Malawian lead), and a passive headline ("..., LegCo told", "Knesset panel
  told ...") carries none either.
* TURN LABELS: the Ethiopian "Q:" turns carry nobody unless they cite a source ("Q: Exporters say
  ..." -> "Exporters", cue "say"), every "A:" sentence carries the interviewee (cue "A:"); the
  Israeli committee box's "Ben-Haim:" and "Levinson-Amar:" carry the names as first given, the
  second sentence of a turn included; the note that introduces the box is "B".
* CUES keep a channel after the verb ("told Kpatawee FM", "told The Herald", "told the Guardian",
  "told journalists", "told reporters", "told the meeting", "told the Knesset Economy Committee",
  "said in a statement", "said in a communiqué", "said in its annual report") but not a fronted one
  or a time ("In a Facebook post on Saturday, the Gambia Police Force said", "In a Facebook post on
  Sunday, Mbayo wrote that", "On his Facebook page, Gonpue wrote:", "In a press release issued after
  the session, the Housing Development Department said", "Reading the ruling ..., its president ...
  said"); other cues as written ("announced", "asked", "urged", "called", "replied", "added",
  "according to", "According to", "did not respond to questions", "declined to comment").

Of record ("W"): counts, money, dates and rules given by officials, bodies, companies, unions and
records (permits, compensation, annulled marriages and the minimum age, inspected and cracked
houses, licence duties, strike costs, wages and quotas, tribunal findings and the appeal period,
arrests, reference prices and seized scales, export earnings and shares, dust readings and the
safe standard, patients, hotspots, bail, masks handed out, sick pupils and budgets per meal, waiting
lists and instalments, school costs, petitions and inspections, megawatts, transformers and heat
patients); causal claims ("because it included the cost of transport", "the cracks were caused by
“normal settling”", "which was why each tapper left had more trees", "had refused because the
homes were too far", "had failed in the heat, forcing the company to cut power"); prices quoted
with a figure ("Visitors pay a porter US$20 a trip", "Hiring a tractor costs 800 baht a rai", "a
kilogram of red cherry sold for Br115"); and scheduled events set by those who run them (a handover
in October 2028, talks "on Thursday at 10 a.m.", repairs "on November 1", a meeting of elders "on
Wednesday", a consultation from November 1, a rally on October 23, a committee meeting "on
Sunday"). Not worth checking (""): feelings, opinions and characterisations; plans and promises
without a fixed date ("would audit every project within a year", "would pay all their medical
costs", "would be offered free transport"); forecasts and targets ("We are planning for $3 billion",
"winds ... were expected to bring cleaner air", "expected within seven days"); advice ("urged");
anecdotes and a person's own counts ("had been paid Frw90,000 for the first raid", "40% of her
bookings", "had counted cracks in 60 of the houses himself"); questions in quotes and from
interviewers; no-comment lines; captions that only describe; subheads.

And where sentences end: titles that never end one ("Retired Maj.", "Fr.", "Dr.", "Cllr.", "Col.
(res.)", "Kombes Pol.", "Hj.", "Drs. H.", "Prof.", "Mrs.", "Assoc Prof MR"), post-nominals between
commas or before the verb ("dr. Asep Saepudin, M.Kes. said", "Drs. H. Ujang Suherman, M.Pd., said"),
initials and suffixes ("Jallah B. Flomo Jr., who", "Tamba J. Lebbie-Koroma", "Varney K. Sumo Jr.,
Kakata"), "(SL) Ltd., which" mid-sentence, "W/ro" and "Pol Col"; abbreviations that do end one
("on Thursday at 10 a.m." before "She said ...", "from 7 a.m." before a quote, "after 7 p.m.",
"Ltd." before "All rights reserved.", "Kpatawee FM © 2027." before "All rights reserved."); dates
in brackets ("(11/3/2027)"); decimals, units and currencies ("Frw1.26 billion", "US$6.40", "L$250",
"NLe 4,500", "K3.8 million", "D1.2 million", "1,450 FCFA", "Br115", "$6.96", "37.5 micrograms",
"Rp15,000", "$412.6 million", "£14,210", "46.1°C", "4°C to 6°C"); an ellipsis inside one sentence
("“We farmed there… our fathers farmed there, ...,” Touray said."); questions and an exclamation in
quotes followed by their attribution, one sentence each ("“If they take this land, where do I go
with five children?” she asked.", "“No quota, no tapping!” the tappers chanted as Flomo spoke.");
a quote left open at a paragraph's end (the quote goes on in the next); "Q:" and "A:" lines with a
question then a new sentence ("Q: Exporters say ..." / "Is that fixed?"); a semicolon kept whole
(the Cameroonian pricing rule, the Indonesian headline, the Q&A note); print headers and footers
with URLs and page counts, one "B" line each.

The pages hold 529 sentences: 134 "B", 197 "W" and 198 ""; 346 sentences carry a speaker (147
distinct speakers, page by page; 146 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Written from scratch for issue 13 in round sixty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings,
`STYLES`, a few pages and the `CASES` format of `labelled_new167.py` and `labelled_new168.py`.
Coined names were checked for freshness against the string constants of those two files: twelve
given names, surnames or name parts, one firm word and two outlet words that hit were replaced
before the file was written; only common words, titles ("Md", "Haji") and real places and bodies
still hit.

Every person, outlet, publisher, firm, cooperative, union, association, committee, school, church,
temple, mosque, kitchen, foundation, statement, report, petition, agreement and figure is invented,
and so are the small places (Kwakoima, Bajonkoto, Kunjoring, Kamsonga, Ban Huai Lan, Cwm Ddu and the
like). Real countries, regions, districts, cities, towns, neighbourhoods, parks, rivers, ministries,
agencies, boards, courts, councils, parliaments, police forces, hospitals, universities, laws and
programmes appear only as settings, with invented statements and figures: Musanze, Kinigi, Nyange,
Shingiro, Kigali, Volcanoes National Park and the Rwanda Development Board; Ntchisi, Lilongwe,
Kasungu, Dowa, the CCAP, the Ministry of Gender, Community Development and Social Welfare and the
Marriage, Divorce and Family Relations Act; Koidu City, Kono, Gbense Chiefdom, Freetown, Tongo, the
National Minerals Agency and Parliament; Kakata, Margibi County, Monrovia, Bong Mines, the Ministry
of Labour and the Liberia National Police with its Police Support Unit; Brikama, Kombo South, West
Coast Region and the Gambia Police Force; Kumba, Meme Division, Ikiliwindi, Konye, Fiango, Bafaw,
Douala, Buea, Limbe, the National Cocoa and Coffee Board and the Senior Divisional Officer; Addis
Abeba, Kaliti, Sidama, Aleta Wendo, Jimma, Humera, the Ethiopian Coffee and Tea Authority, the
Ethiopia Commodity Exchange and the National Bank of Ethiopia; Chiang Mai, Lamphun, Doi Suthep,
Nimmanhaemin, Tha Phae Gate, Mae Taeng, Samoeng, Chiang Dao, Phuket, Myanmar, Laos, the Pollution
Control Department, the 33rd Military Circle, the Provincial Public Health Office, Chiang Mai
University, the Royal Forest Department, the Tourism Authority of Thailand and the Thai
Meteorological Department; Sumedang, Jatinangor, Cikeruh, Tanjungsari, Bandung, Bekasi, Jakarta,
West Java, the National Nutrition Agency and its free nutritious meals programme, the West Java
Police, the West Java Provincial Health Office and Commission IX of the House of Representatives;
Bandar Seri Begawan, Kampong Lugu, Mentiri, Sengkurong, Tutong, Temburong, Belait, the Legislative
Council, the Ministry of Development, the Housing Development Department and the National Housing
Scheme; Ceredigion, Lampeter, Aberaeron, the Aeron valley, the Senedd, the Welsh Government, its
rural schools code and Cymdeithas yr Iaith; and Beersheba, its Dalet and Bet neighbourhoods, Omer,
Tel Sheva, Eilat, the Negev, the Knesset Economy Committee, the Israel Electric Corporation, the
Israel Meteorological Service, the Energy Ministry, Soroka Medical Center and Ben-Gurion University
of the Negev.
"""

# ruff: noqa: E501, RUF100

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Rwandan NEWS SITE (Kigali), PHONE BROWSER paste, a REVENUE-SHARING HANDOVER with TWO WOMEN ALTERNATING, MILITARY AND CLERICAL TITLES AND AN UNNAMED OFFICIAL: communities around Volcanoes National Park get Frw1.26 billion for 44 projects. Head: a hamburger/masthead/search line, an app prompt, a section label (all "B"); headline of record "W"; standfirst "RDB says ..." ("W", the acronym resolving to the board as the body first names it); byline and a relative-time/read-time line ("B"); a caption "" and its credit "B". Body: "MUSANZE –" lead "the Rwanda Development Board (RDB) said" ("W", acronym dropped) and "RDB said" ("W", resolving); the 10 per cent rule ("W", no speaker); the chief tourism officer after an apposition and two relative clauses (role dropped, "W"), "She said" a permit price ("W") and a quote (""); the mayor (role dropped) with projects and a dated notice-board list ("W"); "Mutoni said" and "she added" over a quote that runs on (the officer, never the mayor named before, ""); "Gatera said" a count ("W"); compensation "according to RDB figures" ("W"); a farmer NAMED AFTER HER QUOTE ("said Vestine Mukankusi, 61, ...", "") and her own payments (""); a former poacher ("Retired Maj." dropped; a relative clause holding "who says ...") with a porter price "he said" after the statement ("W") and a two-sentence quote (""); a beekeepers\' president with sales ("W") and a plan (""); TWO MEN ALTERNATING ("Hakizimana said" / "Twagirumukiza said" / "he said", ""); the parish priest ("Fr." dropped) with classroom money ("W") and "the priest said" (""); "An official at the district\'s agriculture office, who asked not to be named ..." (kept as written, "W"); a subhead ""; the scheme\'s rules "according to the scheme\'s guidelines" and the next handover ("W"). Tail: "Advertisement", read-also label and one headline, a WhatsApp line, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Malawian WEEKLY NEWSPAPER\'S WEBSITE (Lilongwe), desktop browser paste, a CHILD-MARRIAGE STORY with CHIEFTAINCY NAMES, A PSEUDONYM AND A SPEECH READ ON A MINISTER\'S BEHALF: a senior chief in Ntchisi annuls 63 child marriages and sends the girls back to school. Head: masthead, menu, crumb (all "B"); headline of record "W"; byline with place, date line, share line ("B"); a caption "" and its bracketed credit in the same line ("B"). Body: the lead (the chief\'s annulments reported with no verb of saying, "W"); "The chief, who has ruled ... and who chairs ..., announced the figure" (role noun resolving to "Ndalamira", the chieftaincy name without "Senior Chief", "W") and "She said" ("W"); a QUOTE OVER TWO PARAGRAPHS with "she said" only in the first ("" twice, then a rule and a count of village heads removed "W"); the minimum age ("W", no speaker); a group village head (rank dropped, "Mphonde") with bylaws read in March ("W") and a quote (""); the social welfare officer (role dropped) "said ..., according to the district education office" (the main speaker, "W"), "She said" and "Kachale-Mvula said" ("W"); a girl "Chisomo (not her real name), 15, ..." (the pseudonym as label, "") and her quote over two sentences (""); a mother-group chair ("Mrs" dropped, two relative clauses) with her group\'s count ("W") and a two-sentence quote (""); the Reverend (dropped) after a bracketed acronym and a relative clause with a church rule ("W") and a quote (""); "In a speech read on her behalf by ... Mphatso Chirwa, the Minister of Gender, ... said" (the minister as written, no name given, "W"), "The minister said" (the same label, a dated hiring, "W") and "Chirwa said" (the reader\'s own words, ""); "According to the district education office" ("W"); a spokesperson "did not respond to questions" (role dropped, ""); a quoted subhead ""; the chief\'s plan and quote (""). Tail: "Advertisement", related label and two headlines, "Leave a Reply", copyright split at "Ltd." before "All Rights Reserved." (all "B").',
    'Sierra Leonean DAILY NEWSPAPER\'S AMP PAGE (Freetown), AMP paste, a RESETTLEMENT STORY with A PARAMOUNT CHIEF, A STATEMENT READ OUT AND KONO HONORIFICS: 180 of 312 houses a diamond miner built in Kono have cracked. Head: the AMP domain line, masthead, section ("B"); headline of record "W"; standfirst "Paramount chief says ..." ("", carrying him as the body names him, regnal "III" kept); byline with initial, an ordinal date line ("B"); a caption "" and its credit "B". Body: "KOIDU CITY –" lead "residents and local officials said" (the group as written, "W"); the handover "according to a 2019 resettlement agreement seen by the Standard" with "(SL) Ltd., which" mid-sentence ("W"); the paramount chief ("Paramount Chief" dropped, two relative clauses) "said at a meeting ... that" (""), then a QUOTE OVER THREE PARAGRAPHS opened by "PC Foyoh told the meeting" (cue "told the meeting"; feelings "", his three letters "W"); "A statement from the company, read to the meeting by its community affairs manager, Komba Sam-Fillie, said" (the author, "the company" as written, not the reader, "W") and "It said" (resolving to the firm as first given, a cause and a repair date, "W"); the reader\'s own words "Sam-Fillie ... said" and "he said" (""); the agency head ("Dr." and the role dropped) "told journalists" ("W"), "She said" the licence duty ("W"), a quote "Kallon-Sesay said" ("") and "The NMA said" a report date ("W", resolving); an elder ("Pa" dropped, "Pa Kpakiwa said" resolving, ""); the Mammy Queen ("Mammy Queen" and "Madam" dropped) with hand pumps ("W") and a two-sentence quote (""); the MP ("Hon." dropped) with a plan and "In a Facebook post on Sunday, Mbayo wrote that" his own count (fronted channel, ""); a youth chairman\'s threat and quote (""); "A police spokesman in Koidu" (kept as written) with a road block and "The spokesman said" no arrests ("W"); a subhead ""; "According to the agreement" with "NLe 4,500" ("W") and "Residents said" ("W", the group as written). Tail: "ADVERTISEMENT", more-from label and two headlines, view-full-site and a copyright line (all "B").',
    'Liberian RADIO STATION\'S NEWS WEBSITE (Kakata, Margibi County), PHONE BROWSER paste, a STRIKE STORY with TWO MEN ALTERNATING, LIBERIAN TITLES AND "JR.": rubber tappers stay off work for a third day over a 450-tree daily quota. Head: a masthead/listen-live line, section line ("B"); headline and a standfirst "Union wants ..." (no verb of saying, "W"); a byline with "Jr.," and a date/read-time line ("B"); a caption "" and its credit "B". Body: "KAKATA, Margibi County –" lead "the Highlands Rubber Workers\' Union (HRWU) said" ("W", acronym dropped); the quota ("W", no speaker); the union\'s secretary-general ("Comrade" dropped, "Jr." and the initial kept) after two relative clauses ("W") and a two-sentence quote with "4 a.m. and" mid-sentence (""); the company\'s HR manager "told Kpatawee FM" ("W"), "He said" wages in US$ and L$ ("W") and a quote (""); the TWO MEN ALTERNATING by surname ("Flomo said" with a cause "W", "Toe-Kollie said" "W", "he said" taking Toe-Kollie, "Flomo said" and its continuation ""); an exclamation with its attribution, "“No quota, no tapping!” the tappers chanted as Flomo spoke." (one sentence, the group, cue "chanted", ""); the assistant minister ("Cllr." dropped) with talks "on Thursday at 10 a.m." ENDING the sentence before "She said ..." (both "W"), a petition date "Gbarbea-Dennis said" ("W") and a quote (""); "In a statement posted on its Facebook page ..., the company said" (fronted channel, generic noun as written, "W") and "It said" (resolving to the corporation as first given, "W"); a bread seller ("Oldma" dropped) with an anecdote and a quote (""); a tapper "told Kpatawee FM" with "after 7 p.m." ending the sentence (""); the senator (role dropped) and "On his Facebook page, Gonpue wrote:" (fronted, cue "wrote", ""); "Asked about the petition, Toe-Kollie said" (""); the police ("W"); a subhead "" and the demands "according to the union\'s petition to the ministry" ("W"). Tail: a programme line with "7 a.m." at its end, "SPONSORED", related label and one headline, copyright split at "© 2027." before "All rights reserved." (all "B").',
    'Gambian ONLINE NEWS PORTAL (Banjul), READER MODE paste, a LAND TRIBUNAL STORY with TWO ALKALOS ALTERNATING, A SHARED SURNAME AND GAMBIAN TITLES: a district tribunal awards 42 disputed hectares to Bajonkoto. Head: the bare domain line "B"; headline of record "W"; standfirst "Kunjoring\'s Alkalo says ..." ("", carrying him as the body names him); author and a date/reading-time line ("B"); a caption naming the Alkalo (no speaker, "") and its credit "B". Body: the ruling (an act of the tribunal, no speaker, "W"); "Reading the ruling ..., its president, Seyfo Ebrima Sanyang, said" (fronted participle, "Seyfo" dropped, "W"), "He said" ("W") and a quote with a count "the Seyfo said" ("W"); the Bajonkoto Alkalo (office dropped) after "who is 81 and whose grandfather ..." ("") and a two-sentence quote (""); the Kunjoring Alkalo\'s appeal plan (""), a payment "He said" ("W") and a quote with an ELLIPSIS inside one sentence (""); the TWO ALKALOS ALTERNATING ("Bojang said" "", "Touray said that was not true, and that Bajonkoto\'s Alkalo had signed ..." "W", then "“His thumbprint is on it,” he said." taking Touray, not the Alkalo named as object, ""; "Told of Touray\'s words, Bojang said" and "he said" ""); "In a Facebook post on Saturday, the Gambia Police Force said" (fronted channel, "W"), "It said" ("W") and "The police urged" (generic noun as written, ""); the governor ("Mrs." dropped) "told The Herald" a dated meeting of elders ("W") and a quote (""); the police spokesperson ("ASP" dropped) "told The Herald" a plan (""); the imam ("Imam" dropped) "who is not related to the governor" ("") and "the imam said" (""); "Mrs. Jarju said" (the governor, never the imam, a count "W"); a farmer\'s QUESTION WITH ATTRIBUTION "she asked." (one sentence, ""); the lawyer ("Lawyer Aji" dropped) with a 1978 letter and the appeal period ("W"); a VDC chairman with boundary pillars ("W") and a quote (""), then "The VDC told The Herald" (resolving to the committee first named in his apposition, "W"); a subhead ""; background ("W") and land prices "according to the West Coast Region land office" ("W"). Tail: an author line and a tags line ("B").',
    'Cameroonian ENGLISH-LANGUAGE WEEKLY\'S WEBSITE (Buea), desktop browser paste, a COCOA PRICE STORY with FAMILY-NAME-FIRST ORDER, A TRADITIONAL RULER AND A BUYER WHO GAVE ONE NAME: Kumba farmers keep their beans at a 1,450 FCFA farm-gate price. Head: masthead, menu, crumb ("B"); headline of record "W"; standfirst "Cooperative president says ..." ("W", carrying him as the body names him); byline in Cameroonian order, date line, share line ("B"); a caption "" and its credit in the same line ("B"). Body: "KUMBA –" lead "the Meme Cocoa Farmers\' Cooperative (MECOFACO) said" ("W", acronym dropped); its president ("Pa" dropped, the name kept in its written order "Ndifor Tanyi Hilary") after two relative clauses with the Douala price ("W"), two "He said" ("W") and "Ndifor said" (the first element resolving, ""); the board\'s regional delegate ("Mrs" dropped, "Mbarga Atangana Solange" as written) with the reference price ("W"), a cause "She said" ("W"), a quote and a publication date "Mbarga Atangana said" ("" and "W"); a buyer "who gave his name only as Moussa" (the single name as label, "") twice; the paramount chief ("HRM Chief" dropped, regnal "II" kept) "told the Guardian" a dated meeting ("W") and a two-sentence quote "the chief said" (""); the SDO (role and acronym dropped, apostrophe in the surname) "said in a communiqué" a rule ("W"), seized scales ("W") and a warning (""); a market woman ("Mami" dropped) and "said Mami Efeti" (inverted, resolving, ""); a young farmer in the same order and "Ebong said" (""); "An official at the NCCB\'s Kumba office, who asked not to be named" (kept as written, "W"); "ADVERTISEMENT" ("B"); exports "according to figures from the National Cocoa and Coffee Board" ("W") and "The board said" (generic, "W"); a question subhead ""; the pricing rule with a semicolon ("W", no speaker); the plan and a QUESTION WITH ATTRIBUTION "he asked." (one sentence, ""). Tail: also-like label and two headlines, comments-closed line and a copyright line (all "B").',
    'Ethiopian BUSINESS WEEKLY\'S WEBSITE (Addis Abeba), desktop browser paste, an EXPORT RESULTS STORY with PATRONYMIC NAMES AND A Q&A BOX: coffee exports reach a record $2.87 billion. Head: masthead, menu, section ("B"); headline of record "W"; byline and a date line with volume and issue numbers ("B"); a caption "" and its credit in the same line ("B"). Body: the lead "the Ethiopian Coffee and Tea Authority (ECTA) said" ("W", acronym dropped) and "the Authority said" (generic noun as written, "W"); the deputy director general ("Ato" dropped, given name, father\'s name and grandfather\'s name kept) after an apposition and a relative clause ("W") and "Dawit said" (the GIVEN NAME resolving, "W"); an exporter ("W/ro" dropped) with a characterisation, her firm\'s wait and a quote (""), then "Meseret said" and "Dawit said" ALTERNATING over the figures\' basis ("W"); a farmer who SHARES THE FATHER\'S NAME "Abebe" ("Ato" dropped) with a cherry price ("W") and "Solomon said" (""); "The Hawassa Zuria Growers\' Cooperative Union, which ..., said" ("W"), its general manager ("Ato" dropped) and "Berhanu said" ("W"), "The ECX said" (resolving to the exchange first named in his sentence, "W"); a priest ("Kes" dropped, the compound given name "Haile Mariam" kept and resolving) (""); the central bank "said in its annual report" ("W"); an export rule ("W"). Box: "THREE QUESTIONS FOR THE REGULATOR" and its introducing note ("B"); "Q:" questions with no speaker (""), one citing a source ("Q: Exporters say ..." -> "Exporters", cue "say", "") followed by a new question sentence (""); "A:" answers carrying the deputy director general with cue "A:" (shares and a currency rule "W"; "It is better than it was.", a target and a hedge ""). Tail: two related lines, a publisher line ending "PLC." and a copyright line (all "B").',
    'Thai ENGLISH DAILY\'S WEBSITE (Bangkok), READER MODE paste, an AIR POLLUTION STORY with THAI GIVEN-NAME SECOND MENTIONS, POLICE AND ARMY RANKS, A MONK, A ROYAL-LINEAGE TITLE AND A NICKNAME: Chiang Mai\'s PM2.5 reaches 312 micrograms. Head: the bare domain line "B"; headline of record "W"; standfirst "Governor extends ... and tells ..." ("W", carrying him as the body names him); author and published line ("B"); two captions "" with their bracketed credits ("B"). Body: "CHIANG MAI:" lead "according to the Pollution Control Department (PCD)" ("W", acronym dropped) and "the PCD said" ("W", resolving); the governor (role dropped) after a relative clause ("W"), "Mr Nirut said" (given name resolving, "W") and a quote (""); a police colonel ("Pol Col" dropped) with charges ("W") and "Pol Col Thawatchai said" bail ("W"); a farmer "who gave only his nickname, Dam" (the nickname as label, "") and "he said" (""); an army general ("Maj Gen" dropped) with soldiers and hotspots ("W"); the health chief ("Dr" dropped) with patients ("W"), "She said" ("W") and "urged" (""); a scientist ("Assoc Prof MR" dropped) with a smoke share ("W"); TWO WOMEN ALTERNATING ("MR Pimpakarn said" / "Dr Pornthip said" / "MR Pimpakarn said", ""); the abbot ("Phra Maha" dropped, the Pali name kept) with masks ("W") and "Phra Anan said" (""); a pork seller ("Khun" dropped) and "Khun Boonsong said" (""); a trekking operator "known to her customers as Ploy" (the nickname not in the label) with her own bookings and "Ploy said" (resolving, ""); the tourism office with occupancy ("W"); "A spokesman for the Royal Forest Department" with arrests and a penalty "he said" ("W"); a village headman (role dropped) (""), a tractor price "he said" ("W"); a Karen farmer (two, ""); a question subhead ""; the weather forecast ("") and the dated review "Mr Nirut said" ("W"). Tail: an author line ("B").',
    'Indonesian NEWS AGENCY\'S ENGLISH SERVICE, AMP PAGE paste, a FOOD POISONING STORY with SINGLE NAMES, INDONESIAN DEGREES AND RANKS, AND A WIRE DATELINE: 212 pupils fall ill after free school meals in Sumedang. Head: the AMP domain line, agency name, crumb ("B"); headline with a semicolon "W"; reporter line, a date line with "WIB", share line ("B"); a caption "" and its "(KNA/...)" credit ("B"). Body: "Sumedang, West Java (KNA) -" lead with the speaker AFTER THE STATEMENT, "Sumedang Police chief AKBP Rudi Hartono Siregar said on Thursday (11/3/2027)" (rank and role dropped, "W"), a straight-quoted quote of record ("W") and "Siregar said" (the Batak clan name resolving, "W"); the provincial police spokesman ("Kombes Pol." dropped) and "He said" ("W"); the health office head ("dr." before and "M.Kes." after the name dropped; "M.Kes. said" one sentence) with patients ("W"), "Asep said" and "He said" ("W") and a hedged cause (""); "The National Nutrition Agency (BGN) said in a statement" ("W", acronym dropped) and "BGN said" the meal budget ("W", resolving); the foundation that runs the kitchen "declined to comment" (descriptor dropped, ""); the regent ("Hj." dropped) with promises, "Nenden said" and a quote (""); the kitchen head "Darto, who like many Indonesians goes by a single name" with "from 7 a.m." ENDING a sentence before a quote (both "W"); a mother "Suharni" (single name) with an anecdote, a quote and a QUESTION WITH ATTRIBUTION "Suharni asked." (""); a teacher ("Ibu" dropped) with a count ("W") and a quote (""); a principal ("Drs. H." and "M.Pd." dropped) with cancelled classes ("W") and "Ujang said" (""); a boarding-school leader ("KH" dropped) and "the kiai said" (""); the provincial health office ("W"); "A BGN deputy for monitoring, who asked not to be named" (kept as written, "W"); a House member "told reporters" (""); a forecast "Siregar said" (""). Tail: an editor line, copyright and two related-news lines (all "B").',
    'Bruneian DAILY NEWSPAPER\'S WEBSITE (Bandar Seri Begawan), desktop browser paste, a LEGISLATIVE COUNCIL REPORT with FULL MALAY HONORIFIC STRINGS: 31,840 applicants on the national housing list. Head: masthead, menu, crumb ("B"); headline "..., LegCo told" (passive, no speaker, "W"); a byline and a place/date line, share line ("B"); a caption naming the minister in full (no speaker, "") and a capitalised credit "B". Body: the lead with the SPEAKER AFTER THE STATEMENT, "Minister of Development Yang Berhormat Dato Seri Setia Awang Haji Amirul Hakim bin Haji Omar said at the Legislative Council (LegCo) on Tuesday" (role, style, title, "Awang" and his own "Haji" dropped; "bin Haji Omar" kept, "W"), "The minister said" and "He said" ("W"); a member ("Yang Berhormat Dayang Hajah" dropped) "asked" ("") and her quote (""); "Replying, Yang Berhormat Dato Amirul Hakim said" (the short styled form resolving, "W") and a target (""); a member with the hereditary "Pengiran" kept on both sides (""), "Pengiran Faizul Hadi said" ("W"); the minister\'s queue rule and Tutong homes ("W"); a Belait member ("Dato Paduka Haji" dropped) "asked" (""), the minister\'s vague study (""), "Dato Khairul Anuar said" ("W") and "Dato Amirul Hakim replied" (cue "replied", "W"); the permanent secretary ("Yang Mulia Dr Hajah" and the role dropped) "told reporters" ("W") and "She said" a cause ("W"); "Yang Berhormat Dayang Hajah Hazirah said" a plan (resolving, ""); "In a press release issued after the session, the Housing Development Department said" (fronted, "W") and "It said" instalments ("W"); the village head ("The Ketua Kampung of ...", "Awang Haji" dropped, "Md" kept) with a count ("W") and a quote (""); an applicant ("Dayang" dropped) with her application year, a quote and a QUESTION WITH ATTRIBUTION (""); "An officer at the Housing Development Department, who was not authorised ..." and "The officer said" (kept as written, "W"); the budget "according to the budget papers tabled on Monday" and the session\'s end ("W"). Tail: "ADVERTISEMENT", a social line, related label and two headlines, copyright with "Sdn Bhd" (all "B").',
    'Welsh LOCAL WEEKLY\'S WEBSITE (Ceredigion), PRINT VIEW paste, a SCHOOL CLOSURE CONSULTATION with TWO UNRELATED JONESES, THE WELSH "ap" AND A POST-NOMINAL "MS": the council consults on closing a 14-pupil Welsh-medium school. Head: the browser\'s print header (date, time, page title), masthead, section ("B"); headline of record "W"; standfirst "Parents say ..." ("", the group as written); byline, a reporter-role line, date line ("B"); a caption of record ("W") and its credit "B". Body: the cabinet\'s vote (no verb of saying, "W"); costs "according to a report to the cabinet" ("W"); the cabinet member ("Cllr" dropped, "ap" kept) after an apposition and a relative clause ("W"), two "Mr ap Iestyn said" ("W") and a quote (""); the headteacher ("Mrs" dropped) (""), then a QUOTE OVER TWO PARAGRAPHS with "she said" only in the first (a roll count "W", the rest ""); a parent governor ALUN JONES "who is not related to the headteacher" with a petition count ("W"), "Mr Jones said" (resolving to him, "") and "he said" (""); "Mrs Jones said" (resolving to the headteacher, an inspection "W"); a grandmother NAMED AFTER HER QUOTE ("said Megan Puw, 72, ...") and its continuation (""); a PRINT FOOTER with URL and "1/2" and a REPEATED PRINT HEADER ("B"); a ward councillor ("Cllr" dropped) with two relative clauses and a quote (""); the Senedd member ("MS" after the name dropped) (""), "She said" the code\'s rule ("W"); "A Welsh Government spokesperson" ("W"); "The Welsh language campaign group Cymdeithas yr Iaith said" a dated rally (descriptor dropped, "W"); the vicar ("The Rev Canon" dropped) and "Canon Prydderch said" (""); a subhead ""; "The council said" (generic, dated steps, "W") and "Mr ap Iestyn said" a promise (""). Tail: a subscription line, a copyright line and the last print footer "2/2" (all "B").',
    'Israeli ENGLISH NEWS SITE, PHONE BROWSER paste, a HEATWAVE AND POWER CUTS STORY with A KNESSET EXCHANGE BOX, A KUNYA AND ISRAELI TITLES: Beersheba outages at 46.1°C. Head: a masthead line, a notifications prompt, section label ("B"); headline of record "W"; standfirst "Knesset panel told ..." (passive, no speaker, "W"); byline and a relative date line ("B"); a caption "" and its bracketed credit ("B"). Body: the lead with the speaker after the statement, "the Israel Electric Corporation (IEC) told the Knesset Economy Committee on Tuesday" (cue without the day, acronym dropped, "W"); the heat record "the Israel Meteorological Service said" ("W"); the IEC deputy director-general ("Dr." dropped) after an apposition and a relative clause ("W") and "He said" a cause ("W"); the chairwoman ("MK" dropped) after two relative clauses (""); a "FROM THE COMMITTEE ROOM" box label "B" and an EXCHANGE with TURN LABELS "Ben-Haim:" and "Levinson-Amar:" (questions and a quip "", dates "W", a turn\'s second sentence carrying the same speaker and label, ""); "Ben-Haim said" the committee\'s next meeting ("W"); another MK "called" and "He said" a plan (""); a council head ("Sheikh" dropped) "known across the Negev as Abu Tarek" (""), "He said" heatstroke cases ("W") and "Abu Tarek said" (the kunya resolving, ""); the hospital and "It said" ("W"); the emergency head ("Col. (res.)" dropped) with shelters ("W") and advice (""); a rabbi (title dropped) and "the rabbi said" (""); "In a statement, the Energy Ministry said" (fronted, "W") and "A ministry spokeswoman would not say" (cue "would not say", ""); a daughter NAMED AFTER THE QUOTE and her QUESTION WITH ATTRIBUTION "she asked." (""); a professor ("Prof." dropped) with an opinion ("") and a demand figure ("W"); "The meteorological service said" a forecast (generic, ""). Tail: read-more label and one headline, an app line, copyright split at "Dispatch." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("☰   UMURAGE EXPRESS   🔍", "", "", "B"),
        ],
        [
            ("Open in the Umurage app", "", "", "B"),
        ],
        [
            ("NEWS › ENVIRONMENT", "", "", "B"),
        ],
        [
            ("Communities around Volcanoes Park get Frw1.26bn from gorilla tourism", "", "", "W"),
        ],
        [
            (
                "RDB says the money will pay for 44 projects, from water tanks to a health post, in five districts",
                "the Rwanda Development Board",
                "says",
                "W",
            ),
        ],
        [
            ("By Olivier Ishimwe Kamanzi", "", "", "B"),
        ],
        [
            ("Published 3 hours ago · 4 min read", "", "", "B"),
        ],
        [
            ("Residents of Kinigi Sector wait for the handover ceremony on Thursday.", "", "", ""),
        ],
        [
            ("Photo: Olivier Ishimwe Kamanzi", "", "", "B"),
        ],
        [
            (
                "MUSANZE – Communities living next to Volcanoes National Park will share Frw1.26 billion from this year's tourism revenue, the Rwanda Development Board (RDB) said on Thursday.",
                "the Rwanda Development Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "The money, the largest sum handed over since the revenue-sharing scheme began in 2005, will go to 44 projects in Musanze, Burera, Nyabihu, Rubavu and Gakenke districts, RDB said.",
                "the Rwanda Development Board",
                "said",
                "W",
            ),
            (
                "Under the scheme, 10 per cent of the park's revenue goes to the communities around it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The board's Chief Tourism Officer, Ariella Kayitesi Mutoni, who handed over the cheques at the Kinigi Sector offices and who ran its conservation department until last year, said gorilla permit sales had risen to 42,318 in the 2026/27 financial year.",
                "Ariella Kayitesi Mutoni",
                "said",
                "W",
            ),
            (
                "She said a permit still cost US$1,500 for foreign visitors.",
                "Ariella Kayitesi Mutoni",
                "said",
                "W",
            ),
            (
                "“Every family here should feel that the gorillas are their neighbours, not their problem,” she said.",
                "Ariella Kayitesi Mutoni",
                "said",
                "",
            ),
        ],
        [
            (
                "The Mayor of Musanze District, Josiane Umulisa Gatera, said 17 of the projects were in Musanze, among them a Frw214 million water tank in Nyange Sector and a health post in Shingiro.",
                "Josiane Umulisa Gatera",
                "said",
                "W",
            ),
            (
                "She said the district would post the list of contractors on sector notice boards by November 30.",
                "Josiane Umulisa Gatera",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mutoni said the board would audit every project within a year.",
                "Ariella Kayitesi Mutoni",
                "said",
                "",
            ),
            ("“The money is not a gift,” she added.", "Ariella Kayitesi Mutoni", "added", ""),
            (
                "“It is the community's share of what the park earns.”",
                "Ariella Kayitesi Mutoni",
                "added",
                "",
            ),
        ],
        [
            (
                "Gatera said last year's share had paid for 1,240 beehives and 36 kilometres of stone wall to keep buffaloes off farms.",
                "Josiane Umulisa Gatera",
                "said",
                "W",
            ),
        ],
        [
            ("Crop raids by buffaloes remain the main complaint at the park's edge.", "", "", ""),
            (
                "The board paid Frw388 million in compensation for damage by wild animals across the country in 2026, according to RDB figures.",
                "RDB figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“The buffaloes came three times in June, and each time they ate the potatoes down to the soil,” said Vestine Mukankusi, 61, who farms half a hectare beside the park wall in Kinigi.",
                "Vestine Mukankusi",
                "said",
                "",
            ),
            (
                "She said she had been paid Frw90,000 for the first raid and nothing yet for the other two.",
                "Vestine Mukankusi",
                "said",
                "",
            ),
            ("“They tell me the papers are in Kigali,” she said.", "Vestine Mukankusi", "said", ""),
        ],
        [
            (
                "Retired Maj. Innocent Karangwa Hakizimana, who heads an association of 214 former poachers in Kinigi and who says he laid his last snare in 1999, said its members now earned their living as porters and guides.",
                "Innocent Karangwa Hakizimana",
                "said",
                "",
            ),
            (
                "Visitors pay a porter US$20 a trip, he said.",
                "Innocent Karangwa Hakizimana",
                "said",
                "W",
            ),
            (
                "“When I was a poacher, I ran from the rangers,” he said.",
                "Innocent Karangwa Hakizimana",
                "said",
                "",
            ),
            ("“Now I carry their guests' bags.”", "Innocent Karangwa Hakizimana", "said", ""),
        ],
        [
            (
                "Evariste Twagirumukiza, president of the Twiteze Imbere beekeepers' cooperative, said its 96 members had sold 3.4 tonnes of honey last year.",
                "Evariste Twagirumukiza",
                "said",
                "W",
            ),
            (
                "He said the cooperative would spend its Frw31 million share on a honey-processing machine.",
                "Evariste Twagirumukiza",
                "said",
                "",
            ),
        ],
        [
            (
                "“A machine is good, but the money should go first to the families who lost their crops,” Hakizimana said.",
                "Innocent Karangwa Hakizimana",
                "said",
                "",
            ),
            ("Twagirumukiza said there was room for both.", "Evariste Twagirumukiza", "said", ""),
            (
                "“There is enough for honey and for potatoes,” he said.",
                "Evariste Twagirumukiza",
                "said",
                "",
            ),
        ],
        [
            (
                "Fr. Celestin Munyaneza, parish priest of Kinigi, said the parish school would receive Frw48 million for four new classrooms.",
                "Celestin Munyaneza",
                "said",
                "W",
            ),
            (
                "“Some of our pupils walk two hours to reach us,” the priest said.",
                "Celestin Munyaneza",
                "said",
                "",
            ),
        ],
        [
            (
                "An official at the district's agriculture office, who asked not to be named because he is not allowed to speak to the press, said more than 600 compensation claims from 2026 had not yet been paid.",
                "An official at the district's agriculture office",
                "said",
                "W",
            ),
        ],
        [
            ("How the money is shared", "", "", ""),
        ],
        [
            (
                "Projects are chosen by sector councils and approved by the district, and each must be finished within 18 months, according to the scheme's guidelines.",
                "the scheme's guidelines",
                "according to",
                "W",
            ),
            (
                "RDB said the next handover would take place in October 2028.",
                "the Rwanda Development Board",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("READ ALSO", "", "", "B"),
        ],
        [
            ("Musanze potato growers turn to pyrethrum as prices fall", "", "", "B"),
        ],
        [
            ("Get Umurage Express headlines on WhatsApp", "", "", "B"),
        ],
        [
            ("© 2027 Umurage Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("CHITENJE CHRONICLE", "", "", "B"),
        ],
        [
            (
                "Home   National   Politics   Business   Sport   Features   Opinion   E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home » National", "", "", "B"),
        ],
        [
            ("Ntchisi chief annuls 63 child marriages, sends girls back to school", "", "", "W"),
        ],
        [
            ("By Yamikani Msiska-Banda, in Ntchisi", "", "", "B"),
        ],
        [
            ("September 14, 2027", "", "", "B"),
        ],
        [
            ("Share: Facebook | WhatsApp | X | Email", "", "", "B"),
        ],
        [
            (
                "Senior Chief Ndalamira addresses village heads and parents at her headquarters on Monday.",
                "",
                "",
                "",
            ),
            ("(Photo: Yamikani Msiska-Banda)", "", "", "B"),
        ],
        [
            (
                "Senior Chief Ndalamira of Ntchisi District has annulled 63 child marriages in her area since January and sent all the girls back to school.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The chief, who has ruled the area since her father's death in 2011 and who chairs the district's council of traditional leaders, announced the figure on Monday at a meeting of 41 village heads at her headquarters in Kamsonga.",
                "Ndalamira",
                "announced",
                "W",
            ),
            (
                "She said 12 of the girls had babies and that mother groups in the villages would help look after the children during school hours.",
                "Ndalamira",
                "said",
                "W",
            ),
        ],
        [
            (
                "“When I became chief, a girl of 14 with a baby on her back was called a woman,” she said.",
                "Ndalamira",
                "said",
                "",
            ),
            (
                "“I told the village heads that in my area there is no wife under 18, only a learner.",
                "Ndalamira",
                "said",
                "",
            ),
        ],
        [
            (
                "“Any village head who blesses such a marriage loses his position.",
                "Ndalamira",
                "said",
                "W",
            ),
            ("I have removed two this year.”", "Ndalamira", "said", "W"),
        ],
        [
            (
                "The Marriage, Divorce and Family Relations Act sets the minimum age of marriage at 18.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Group Village Head Mphonde, whose area covers 11 villages, said the chief's bylaws had been read out in every village in March.",
                "Mphonde",
                "said",
                "W",
            ),
            ("“Now parents report each other,” he said.", "Mphonde", "said", ""),
        ],
        [
            (
                "Ntchisi District Social Welfare Officer Thokozani Kachale-Mvula said 58 of the 63 girls were attending classes at eight primary and four secondary schools, according to the district education office.",
                "Thokozani Kachale-Mvula",
                "said",
                "W",
            ),
            (
                "She said five had moved to live with relatives in Lilongwe and Kasungu.",
                "Thokozani Kachale-Mvula",
                "said",
                "W",
            ),
            (
                "Kachale-Mvula said the council had bought uniforms and exercise books for all 63 girls at a cost of K3.8 million.",
                "Thokozani Kachale-Mvula",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chisomo (not her real name), 15, who was married last year to a 23-year-old tobacco tenant, said she was back in Standard 8 at Kamsonga Primary School.",
                "Chisomo",
                "said",
                "",
            ),
            (
                "“At first the other girls laughed because I had a baby,” she said.",
                "Chisomo",
                "said",
                "",
            ),
            ("“Now they ask me to help them with mathematics.”", "Chisomo", "said", ""),
        ],
        [
            (
                "Mrs Eliza Tiwonge Nkhoma, who chairs the Kamsonga mother group and whose own daughter was married at 15, said the group's 22 members had traced 19 of the girls themselves.",
                "Eliza Tiwonge Nkhoma",
                "said",
                "W",
            ),
            (
                "“Some parents chased us away with sticks,” she said.",
                "Eliza Tiwonge Nkhoma",
                "said",
                "",
            ),
            (
                "“Today the same parents bring us the report cards.”",
                "Eliza Tiwonge Nkhoma",
                "said",
                "",
            ),
        ],
        [
            (
                "The Reverend Gift Kalulu-Banda of the Church of Central Africa Presbyterian (CCAP), whose congregations run nine of the area's 31 primary schools, said churches in the area no longer married couples without a birth certificate showing the bride's age.",
                "Gift Kalulu-Banda",
                "said",
                "W",
            ),
            ("“We were part of the problem,” he said.", "Gift Kalulu-Banda", "said", ""),
        ],
        [
            (
                "In a speech read on her behalf by the district's Director of Planning and Development, Mphatso Chirwa, the Minister of Gender, Community Development and Social Welfare said 1,342 child marriages had been annulled across the country in the 2026/27 financial year.",
                "the Minister of Gender, Community Development and Social Welfare",
                "said",
                "W",
            ),
            (
                "The minister said the ministry would recruit 120 more social welfare assistants by June 2028.",
                "the Minister of Gender, Community Development and Social Welfare",
                "said",
                "W",
            ),
            (
                "Chirwa said the council had asked the ministry for money to build a girls' hostel at Kasonthe Community Day Secondary School.",
                "Mphatso Chirwa",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the district education office, 212 girls dropped out of primary school in Ntchisi in 2026, most of them because of marriage or pregnancy.",
                "the district education office",
                "According to",
                "W",
            ),
        ],
        [
            (
                "Ministry of Gender spokesperson Pilirani Sakala-Jere did not respond to questions on how the bylaws would be funded.",
                "Pilirani Sakala-Jere",
                "did not respond to questions",
                "",
            ),
        ],
        [
            ("‘I will count them myself’", "", "", ""),
        ],
        [
            (
                "Ndalamira said she would visit every school in her area before the end of term.",
                "Ndalamira",
                "said",
                "",
            ),
            ("“I will count the girls myself, one by one,” she said.", "Ndalamira", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Related Posts", "", "", "B"),
        ],
        [
            ("Dowa chiefs ban initiation camps during school term", "", "", "B"),
        ],
        [
            ("Kasungu tobacco tenants demand written contracts", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Chitenje Chronicle Publications Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ salonestandard.sl", "", "", "B"),
        ],
        [
            ("SALONE STANDARD", "", "", "B"),
        ],
        [
            ("News › Provincial", "", "", "B"),
        ],
        [
            ("Cracks appear in 180 Kono resettlement houses two years after handover", "", "", "W"),
        ],
        [
            (
                "Paramount chief says families will not spend another rainy season “under falling walls”",
                "Sahr Tamba Foyoh III",
                "says",
                "",
            ),
        ],
        [
            ("By Tamba J. Lebbie-Koroma in Koidu City", "", "", "B"),
        ],
        [
            ("Tuesday 12th October 2027", "", "", "B"),
        ],
        [
            (
                "A crack runs across the front wall of a house at the Kwakoima resettlement site.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Salone Standard", "", "", "B"),
        ],
        [
            (
                "KOIDU CITY – At least 180 of the 312 houses a diamond mining company built for families it moved off its mining lease in Gbense Chiefdom have developed cracks, residents and local officials said.",
                "residents and local officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The houses at the Kwakoima site were handed over in 2025 by Kamara Ridge Mining Company (SL) Ltd., which agreed to build each family a house “of equal or better standard” than the one it lost, according to a 2019 resettlement agreement seen by the Standard.",
                "a 2019 resettlement agreement seen by the Standard",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Paramount Chief Sahr Tamba Foyoh III, who has ruled Gbense since 1998 and who signed the agreement on behalf of the chiefdom, said at a meeting with company officials at the site on Saturday that the company had “built houses for the dry season only”.",
                "Sahr Tamba Foyoh III",
                "said",
                "",
            ),
        ],
        [
            (
                "“When the rains came in July, the walls began to open like books,” PC Foyoh told the meeting.",
                "Sahr Tamba Foyoh III",
                "told the meeting",
                "",
            ),
            (
                "“My people gave up their land, their farms and the graves of their fathers for this mine.",
                "Sahr Tamba Foyoh III",
                "told the meeting",
                "",
            ),
        ],
        [
            (
                "“They did not give them up for houses that fall down.",
                "Sahr Tamba Foyoh III",
                "told the meeting",
                "",
            ),
            (
                "I have written to the company three times since August, and I have not had one answer.",
                "Sahr Tamba Foyoh III",
                "told the meeting",
                "W",
            ),
        ],
        [
            (
                "“Our families will not spend another rainy season under falling walls.”",
                "Sahr Tamba Foyoh III",
                "told the meeting",
                "",
            ),
        ],
        [
            (
                "A statement from the company, read to the meeting by its community affairs manager, Komba Sam-Fillie, said engineers had inspected 96 of the houses in September and found “no risk of structural collapse”.",
                "the company",
                "said",
                "W",
            ),
            (
                "It said the cracks were caused by “normal settling” of the ground and that repairs to the worst 40 houses would begin on November 1.",
                "Kamara Ridge Mining Company (SL) Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sam-Fillie, who was booed several times, said he would “carry the people's message to Freetown”.",
                "Komba Sam-Fillie",
                "said",
                "",
            ),
            (
                "“The company has not run away from anybody,” he said.",
                "Komba Sam-Fillie",
                "said",
                "",
            ),
        ],
        [
            (
                "The Director General of the National Minerals Agency (NMA), Dr. Fatmata Kallon-Sesay, told journalists in Freetown on Monday that the agency had sent three engineers to the site.",
                "Fatmata Kallon-Sesay",
                "told journalists",
                "W",
            ),
            (
                "She said the company's mining licence required it to keep the resettlement houses in repair for 10 years after handover.",
                "Fatmata Kallon-Sesay",
                "said",
                "W",
            ),
            (
                "“If the houses are failing, the company will fix them, full stop,” Kallon-Sesay said.",
                "Fatmata Kallon-Sesay",
                "said",
                "",
            ),
            (
                "The NMA said it would publish the engineers' report by the end of November.",
                "the National Minerals Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pa Brima Tamba Kpakiwa, 71, a retired teacher whose house in the old Kwakoima village had stood for 40 years, said his new house had cracks in all four rooms.",
                "Brima Tamba Kpakiwa",
                "said",
                "",
            ),
            (
                "“At night I sleep on the veranda, because I am afraid of the roof,” Pa Kpakiwa said.",
                "Brima Tamba Kpakiwa",
                "said",
                "",
            ),
        ],
        [
            (
                "The chiefdom's Mammy Queen, Madam Finda Sia Komba, said women at the site now walked 2 kilometres to fetch water because 11 of the 24 hand pumps the company installed were broken.",
                "Finda Sia Komba",
                "said",
                "W",
            ),
            ("“We were promised a new town,” she said.", "Finda Sia Komba", "said", ""),
            ("“What we got is a new problem.”", "Finda Sia Komba", "said", ""),
        ],
        [
            (
                "The Member of Parliament for the area, Hon. Aiah Sahr Mbayo, said he would table a question on the resettlement when Parliament resumes.",
                "Aiah Sahr Mbayo",
                "said",
                "",
            ),
            (
                "In a Facebook post on Sunday, Mbayo wrote that he had counted cracks in 60 of the houses himself.",
                "Aiah Sahr Mbayo",
                "wrote",
                "",
            ),
        ],
        [
            (
                "The chairman of the Gbense Youth Council, Sahr Bockarie Gbondo, said young people would block the road again if repairs did not start on November 1.",
                "Sahr Bockarie Gbondo",
                "said",
                "",
            ),
            (
                "“We have been patient for two rainy seasons,” he said.",
                "Sahr Bockarie Gbondo",
                "said",
                "",
            ),
        ],
        [
            (
                "A police spokesman in Koidu said officers had been deployed to the site after residents blocked the road to the mine for five hours on October 4.",
                "A police spokesman in Koidu",
                "said",
                "W",
            ),
            (
                "The spokesman said no one had been arrested.",
                "A police spokesman in Koidu",
                "said",
                "W",
            ),
        ],
        [
            ("What the agreement says", "", "", ""),
        ],
        [
            (
                "According to the agreement, each family was also to receive NLe 4,500 in cash and a quarter-acre farm plot within 3 kilometres of the site.",
                "the agreement",
                "According to",
                "W",
            ),
            (
                "Residents said most of the farm plots had still not been marked out.",
                "Residents",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("More from Provincial", "", "", "B"),
        ],
        [
            ("Kono youths block mine road over jobs", "", "", "B"),
        ],
        [
            ("Tongo diamond diggers get new licences", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("Copyright 2027 · Salone Standard · Freetown", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  KPATAWEE FM 96.7   ▶ LISTEN LIVE", "", "", "B"),
        ],
        [
            ("News | Margibi", "", "", "B"),
        ],
        [
            ("Rubber tappers at KHRC stay off work for third day over daily quota", "", "", "W"),
        ],
        [
            ("Union wants the tapping quota cut from 450 trees a day to 350", "", "", "W"),
        ],
        [
            ("By Varney K. Sumo Jr., Kakata", "", "", "B"),
        ],
        [
            ("September 21, 2027 · 2 min read", "", "", "B"),
        ],
        [
            ("Tappers gather outside the KHRC head office at Division 4 on Monday.", "", "", ""),
        ],
        [
            ("Kpatawee FM photo", "", "", "B"),
        ],
        [
            (
                "KAKATA, Margibi County – More than 1,900 rubber tappers at the Kakata Highlands Rubber Corporation (KHRC) stayed off work on Tuesday, the third day of a strike over the number of trees each tapper must tap in a day, the Highlands Rubber Workers' Union (HRWU) said.",
                "the Highlands Rubber Workers' Union",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company, which has run the 14,000-acre plantation since 1962, sets each tapper a quota of 450 trees a day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The union's secretary-general, Comrade Jallah B. Flomo Jr., who has tapped rubber at KHRC since he was 17 and who was elected to lead the union in March, said the quota had been raised from 350 trees in January without any talks.",
                "Jallah B. Flomo Jr.",
                "said",
                "W",
            ),
            (
                "“They want two men's work from one man,” he said.",
                "Jallah B. Flomo Jr.",
                "said",
                "",
            ),
            (
                "“A tapper starts at 4 a.m. and still cannot finish before dark.”",
                "Jallah B. Flomo Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "But KHRC's human resources manager, Augustine S. Toe-Kollie, told Kpatawee FM that the quota of 450 trees had not changed since 2019.",
                "Augustine S. Toe-Kollie",
                "told Kpatawee FM",
                "W",
            ),
            (
                "He said tappers were paid US$6.40 a day, plus L$250 for every 10 kilograms of latex above the target.",
                "Augustine S. Toe-Kollie",
                "said",
                "W",
            ),
            (
                "“Nobody on this plantation is forced to do anything,” Toe-Kollie said.",
                "Augustine S. Toe-Kollie",
                "said",
                "",
            ),
        ],
        [
            (
                "Flomo said the company had cut 212 tapping jobs since January, which was why each tapper left had more trees.",
                "Jallah B. Flomo Jr.",
                "said",
                "W",
            ),
            (
                "Toe-Kollie said the jobs had gone when 1,100 acres of old trees were cut down for replanting.",
                "Augustine S. Toe-Kollie",
                "said",
                "W",
            ),
            (
                "“When the young trees come up, the jobs will come back,” he said.",
                "Augustine S. Toe-Kollie",
                "said",
                "",
            ),
        ],
        [
            ("“Those trees will take seven years,” Flomo said.", "Jallah B. Flomo Jr.", "said", ""),
            ("“Our children cannot wait seven years to eat.”", "Jallah B. Flomo Jr.", "said", ""),
        ],
        [
            (
                "“No quota, no tapping!” the tappers chanted as Flomo spoke.",
                "the tappers",
                "chanted",
                "",
            ),
        ],
        [
            (
                "The Assistant Minister for Trade Union Affairs at the Ministry of Labour, Cllr. Musu T. Gbarbea-Dennis, said both sides would meet at the ministry's offices in Monrovia on Thursday at 10 a.m.",
                "Musu T. Gbarbea-Dennis",
                "said",
                "W",
            ),
            (
                "She said the ministry had asked the tappers to go back to work while the talks went on.",
                "Musu T. Gbarbea-Dennis",
                "said",
                "W",
            ),
            (
                "Gbarbea-Dennis said the ministry had received the union's petition on September 6.",
                "Musu T. Gbarbea-Dennis",
                "said",
                "W",
            ),
            (
                "“A strike that goes on too long has no winners,” she said.",
                "Musu T. Gbarbea-Dennis",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement posted on its Facebook page on Monday night, the company said the strike was costing it about US$85,000 a day in lost latex.",
                "the company",
                "said",
                "W",
            ),
            (
                "It said workers who stayed away would not be paid for the days missed.",
                "the Kakata Highlands Rubber Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Oldma Korpo Massaquoi, 66, who sells cassava bread and pepper soup at the camp gate, said she had sold almost nothing since Sunday.",
                "Korpo Massaquoi",
                "said",
                "",
            ),
            (
                "“When the tappers don't work, the whole camp don't eat,” she said.",
                "Korpo Massaquoi",
                "said",
                "",
            ),
        ],
        [
            (
                "Prince Y. Karngbaye, 29, a tapper in Division 7, told Kpatawee FM he had tapped 450 trees on Friday and left the plantation after 7 p.m.",
                "Prince Y. Karngbaye",
                "told Kpatawee FM",
                "",
            ),
            ("“My wife brought my food to the trees,” he said.", "Prince Y. Karngbaye", "said", ""),
        ],
        [
            (
                "Margibi County Senator Abednego Wolo Gonpue said he had spoken to the company's general manager and to Flomo, and both had agreed to “keep the peace”.",
                "Abednego Wolo Gonpue",
                "said",
                "",
            ),
            (
                "On his Facebook page, Gonpue wrote: “Margibi needs KHRC and KHRC needs Margibi.”",
                "Abednego Wolo Gonpue",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Asked about the petition, Toe-Kollie said management had not yet seen it.",
                "Augustine S. Toe-Kollie",
                "said",
                "",
            ),
        ],
        [
            (
                "The Liberia National Police said 40 officers of its Police Support Unit had been sent to the plantation and no incidents had been reported.",
                "the Liberia National Police",
                "said",
                "W",
            ),
        ],
        [
            ("What the union wants", "", "", ""),
        ],
        [
            (
                "The union wants the quota cut back to 350 trees, a daily wage of US$8, and boots and gloves replaced every six months, according to the union's petition to the ministry.",
                "the union's petition to the ministry",
                "according to",
                "W",
            ),
        ],
        [
            ("Hear more on Morning Drive, weekdays at 7 a.m.", "", "", "B"),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Bong Mines workers call off sit-down action", "", "", "B"),
        ],
        [
            ("Kpatawee FM © 2027.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("senegambiaherald.gm", "", "", "B"),
        ],
        [
            (
                "District tribunal awards disputed 42 hectares to Bajonkoto as Kunjoring vows appeal",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kunjoring's Alkalo says the village will take the case to the magistrates",
                "Kebba Touray",
                "says",
                "",
            ),
        ],
        [
            ("Fatoumatta K. Colley", "", "", "B"),
        ],
        [
            ("18 October 2027 · 5–6 minutes", "", "", "B"),
        ],
        [
            (
                "Alkalo Kebba Touray (left) and villagers from Kunjoring outside the tribunal in Brikama on Friday.",
                "",
                "",
                "",
            ),
            ("Photo: Fatoumatta K. Colley", "", "", "B"),
        ],
        [
            (
                "The Kombo South District Tribunal on Friday ruled that 42 hectares of farmland claimed by two neighbouring villages belong to Bajonkoto, ending a hearing that began in March.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Reading the ruling at the tribunal in Brikama, its president, Seyfo Ebrima Sanyang, said Bajonkoto's founders had cleared the land in the 1940s and had “never been shown to have given it away”.",
                "Ebrima Sanyang",
                "said",
                "W",
            ),
            (
                "He said Kunjoring families could farm the land until the end of the groundnut harvest in December.",
                "Ebrima Sanyang",
                "said",
                "W",
            ),
            (
                "“The tribunal has heard 23 witnesses, and it has weighed every word,” the Seyfo said.",
                "Ebrima Sanyang",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Alkalo of Bajonkoto, Momodou Lamin Bojang, who is 81 and whose grandfather is named in the ruling as one of the village's founders, said the village was “at peace with everyone, including Kunjoring”.",
                "Momodou Lamin Bojang",
                "said",
                "",
            ),
            ("“We are one people,” he said.", "Momodou Lamin Bojang", "said", ""),
            ("“Our children marry each other.”", "Momodou Lamin Bojang", "said", ""),
        ],
        [
            (
                "But Alkalo Kebba Touray of Kunjoring said the village would appeal to the Principal Magistrate's Court in Brikama.",
                "Kebba Touray",
                "said",
                "",
            ),
            (
                "He said Kunjoring families had farmed the land for at least 60 years and had paid D25,000 to the area council for a survey in 2019.",
                "Kebba Touray",
                "said",
                "W",
            ),
            (
                "“We farmed there… our fathers farmed there, and nobody said a word,” Touray said.",
                "Kebba Touray",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked about the survey, Bojang said it had been done “without the knowledge of Bajonkoto”.",
                "Momodou Lamin Bojang",
                "said",
                "",
            ),
            (
                "Touray said that was not true, and that Bajonkoto's Alkalo had signed the survey's attendance sheet.",
                "Kebba Touray",
                "said",
                "W",
            ),
            ("“His thumbprint is on it,” he said.", "Kebba Touray", "said", ""),
        ],
        [
            (
                "Told of Touray's words, Bojang said the Alkalo of Kunjoring was “a good man badly advised”.",
                "Momodou Lamin Bojang",
                "said",
                "",
            ),
            (
                "“Let the magistrates decide, and then we will eat together again,” he said.",
                "Momodou Lamin Bojang",
                "said",
                "",
            ),
        ],
        [
            (
                "In a Facebook post on Saturday, the Gambia Police Force said officers had been deployed to both villages after a clash on October 9 in which four people were injured.",
                "the Gambia Police Force",
                "said",
                "W",
            ),
            (
                "It said 11 people had been arrested and released on bail.",
                "the Gambia Police Force",
                "said",
                "W",
            ),
            (
                "The police urged both villages to “respect the tribunal's decision”.",
                "The police",
                "urged",
                "",
            ),
        ],
        [
            (
                "The Governor of West Coast Region, Mrs. Fatou Binta Jarju, told The Herald that a committee of elders from five neighbouring villages would meet both Alkalos on Wednesday.",
                "Fatou Binta Jarju",
                "told The Herald",
                "W",
            ),
            (
                "“Land is settled at the tribunal, but peace is settled under the bantaba,” she said.",
                "Fatou Binta Jarju",
                "said",
                "",
            ),
        ],
        [
            (
                "Police spokesperson ASP Modou Lamin Ceesay-Manneh told The Herald that officers would stay in both villages until the harvest was over.",
                "Modou Lamin Ceesay-Manneh",
                "told The Herald",
                "",
            ),
        ],
        [
            (
                "Imam Abdoulie Jarju of Kunjoring's central mosque, who is not related to the governor, said he had asked the young men of both villages to stay away from the disputed fields.",
                "Abdoulie Jarju",
                "said",
                "",
            ),
            (
                "“The ones who fought on the 9th were boys who have never held a hoe,” the imam said.",
                "Abdoulie Jarju",
                "said",
                "",
            ),
        ],
        [
            (
                "Mrs. Jarju said there had been 14 land disputes between villages in the region since January, up from nine in the whole of last year.",
                "Fatou Binta Jarju",
                "said",
                "W",
            ),
        ],
        [
            (
                "Haddy Sowe, 44, a Kunjoring woman who grows groundnuts and maize on two of the disputed hectares, said she did not know where she would farm next year.",
                "Haddy Sowe",
                "said",
                "",
            ),
            (
                "“If they take this land, where do I go with five children?” she asked.",
                "Haddy Sowe",
                "asked",
                "",
            ),
        ],
        [
            (
                "Lawyer Aji Binta Jobe, who represented Kunjoring at the tribunal, said the village held a 1978 letter from the then district chief giving it “use of the land for all time”.",
                "Binta Jobe",
                "said",
                "W",
            ),
            (
                "She said an appeal must be filed within 30 days of the ruling.",
                "Binta Jobe",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lamin Fatty, chairman of the Bajonkoto Village Development Committee (VDC), said the committee had marked the tribunal's boundary with 60 concrete pillars on Saturday.",
                "Lamin Fatty",
                "said",
                "W",
            ),
            ("“We did it with both Alkalos watching,” he said.", "Lamin Fatty", "said", ""),
            (
                "The VDC told The Herald the pillars had cost D48,000, paid for by families in the village.",
                "the Bajonkoto Village Development Committee",
                "told The Herald",
                "W",
            ),
        ],
        [
            ("Background", "", "", ""),
        ],
        [
            (
                "The two villages, about 4 kilometres apart, have shared a weekly market and a lower basic school since 1996.",
                "",
                "",
                "W",
            ),
            (
                "Land prices along the Kombo South coast have risen from about D150,000 to more than D1.2 million a plot in 10 years, according to the West Coast Region land office.",
                "the West Coast Region land office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Fatoumatta K. Colley reports on the West Coast Region for The Senegambia Herald.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Land · Kombo South · Tribunals", "", "", "B"),
        ],
    ],
    [
        [
            ("THE FAKO GUARDIAN", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Economy | Regions | Culture | Sports | Editorial",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Economy » Agriculture", "", "", "B"),
        ],
        [
            (
                "Kumba cocoa farmers reject 1,450 FCFA farm-gate price, keep beans in store",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cooperative president says the same beans fetch 300 FCFA more at the port in Douala",
                "Ndifor Tanyi Hilary",
                "says",
                "W",
            ),
        ],
        [
            ("By Nkwenti Bih Florence in Kumba", "", "", "B"),
        ],
        [
            ("Tuesday, October 19, 2027 | 08:15", "", "", "B"),
        ],
        [
            ("Share: Facebook   Twitter   WhatsApp", "", "", "B"),
        ],
        [
            ("Farmers dry cocoa beans at Ikiliwindi, Meme Division, on Saturday.", "", "", ""),
            ("Photo: Nkwenti Bih Florence", "", "", "B"),
        ],
        [
            (
                "KUMBA – Cocoa farmers in Meme Division have stopped selling beans to licensed buyers after the farm-gate price fell to 1,450 FCFA a kilogram, the Meme Cocoa Farmers' Cooperative (MECOFACO) said on Monday.",
                "the Meme Cocoa Farmers' Cooperative",
                "said",
                "W",
            ),
        ],
        [
            (
                "The cooperative's president, Pa Ndifor Tanyi Hilary, who has grown cocoa at Ikiliwindi since 1979 and who sits on the board of the regional chamber of agriculture, said the same beans were fetching 1,750 FCFA a kilogram at the port in Douala.",
                "Ndifor Tanyi Hilary",
                "said",
                "W",
            ),
            (
                "He said MECOFACO's 2,300 members had about 640 tonnes of dried beans in their stores.",
                "Ndifor Tanyi Hilary",
                "said",
                "W",
            ),
            (
                "He said the cooperative had written to the NCCB on October 4 asking for the weekly price to be posted at every buying point.",
                "Ndifor Tanyi Hilary",
                "said",
                "W",
            ),
            (
                "“We will not give our sweat away at 1,450,” Ndifor said.",
                "Ndifor Tanyi Hilary",
                "said",
                "",
            ),
        ],
        [
            (
                "The South West regional delegate of the National Cocoa and Coffee Board (NCCB), Mrs Mbarga Atangana Solange, said the board's reference price for the week was 1,620 FCFA a kilogram.",
                "Mbarga Atangana Solange",
                "said",
                "W",
            ),
            (
                "She said buyers could pay less than the reference price because it included the cost of transport to Douala.",
                "Mbarga Atangana Solange",
                "said",
                "W",
            ),
            (
                "“The market is free, but it must be fair,” Mbarga Atangana said.",
                "Mbarga Atangana Solange",
                "said",
                "",
            ),
            (
                "Mbarga Atangana said the board would publish next week's reference price on Monday.",
                "Mbarga Atangana Solange",
                "said",
                "W",
            ),
        ],
        [
            (
                "A licensed buyer in Kumba's Fiango neighbourhood, who gave his name only as Moussa, said he could not pay more while checkpoints on the road cost him “25,000 francs between Kumba and Douala”.",
                "Moussa",
                "said",
                "",
            ),
            ("“Ask the farmers who pays for the road,” Moussa said.", "Moussa", "said", ""),
        ],
        [
            (
                "The Paramount Chief of Bafaw, HRM Chief Ekale Mukwelle II, told the Guardian that his palace had invited buyers and farmers to meet there on Friday “before tempers rise”.",
                "Ekale Mukwelle II",
                "told the Guardian",
                "W",
            ),
            ("“Cocoa built this town,” the chief said.", "Ekale Mukwelle II", "said", ""),
            ("“It must not divide it.”", "Ekale Mukwelle II", "said", ""),
        ],
        [
            (
                "The Senior Divisional Officer (SDO) for Meme, Chamberlin Ntou'ou Ndong, said in a communiqué that any buyer caught using a faulty scale would lose his licence.",
                "Chamberlin Ntou'ou Ndong",
                "said in a communiqué",
                "W",
            ),
            (
                "He said weights and measures officers had seized 17 faulty scales in Meme since September.",
                "Chamberlin Ntou'ou Ndong",
                "said",
                "W",
            ),
            (
                "Ntou'ou Ndong said the administration “will not allow anyone to block roads”.",
                "Chamberlin Ntou'ou Ndong",
                "said",
                "",
            ),
        ],
        [
            (
                "Mami Regina Efeti Mokake, who sells food to farm workers at the Kumba main market, said her sales had fallen by half since the boycott began.",
                "Regina Efeti Mokake",
                "said",
                "",
            ),
            (
                "“When cocoa sleeps, the whole market sleeps,” said Mami Efeti.",
                "Regina Efeti Mokake",
                "said",
                "",
            ),
        ],
        [
            (
                "Ebong Ewane Cyprian, 27, who took over his father's 3-hectare farm at Konye, said he owed 180,000 FCFA for fertiliser and pesticides.",
                "Ebong Ewane Cyprian",
                "said",
                "",
            ),
            (
                "“If I sell at 1,450, I pay the shop and my children stay home from school,” Ebong said.",
                "Ebong Ewane Cyprian",
                "said",
                "",
            ),
        ],
        [
            (
                "An official at the NCCB's Kumba office, who asked not to be named, said only 38 tonnes of beans had been sold in Meme in the past week, against about 900 tonnes in the same week last year.",
                "An official at the NCCB's Kumba office",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Cameroon exported 289,400 tonnes of cocoa beans in the 2026/27 season, according to figures from the National Cocoa and Coffee Board.",
                "figures from the National Cocoa and Coffee Board",
                "according to",
                "W",
            ),
            (
                "The board said the South West produced about 17% of the national crop.",
                "The board",
                "said",
                "W",
            ),
        ],
        [
            ("Who sets the price?", "", "", ""),
        ],
        [
            (
                "Farm-gate prices in Cameroon are not fixed by the state; the NCCB publishes a weekly reference price based on world prices, and buyers and farmers agree the rest.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ndifor said the cooperative would keep its beans in store until the price reached at least 1,700 FCFA.",
                "Ndifor Tanyi Hilary",
                "said",
                "",
            ),
            (
                "“Can a man who owns the cocoa not choose when to sell it?” he asked.",
                "Ndifor Tanyi Hilary",
                "asked",
                "",
            ),
        ],
        [
            ("You may also like", "", "", "B"),
        ],
        [
            ("Buea taxi drivers down tools over fuel price", "", "", "B"),
        ],
        [
            ("Limbe fishmongers move to new market", "", "", "B"),
        ],
        [
            ("Comments are closed.", "", "", "B"),
        ],
        [
            ("© The Fako Guardian 2027 – Buea, South West Region", "", "", "B"),
        ],
    ],
    [
        [
            ("BIRR LEDGER | Ethiopia's Business Weekly", "", "", "B"),
        ],
        [
            (
                "Home   Economy   Banking   Agribusiness   Trade   Commentary   Interviews",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Agribusiness", "", "", "B"),
        ],
        [
            ("Coffee exports hit record $2.87b as volume tops 412,000 tonnes", "", "", "W"),
        ],
        [
            ("By Bethlehem Tsegaye Worku", "", "", "B"),
        ],
        [
            ("August 14, 2027 | Vol. 28, No. 1412", "", "", "B"),
        ],
        [
            (
                "Coffee is sorted for export at a warehouse in Addis Abeba's Kaliti area.",
                "",
                "",
                "",
            ),
            ("Photo: Birr Ledger", "", "", "B"),
        ],
        [
            (
                "Ethiopia earned $2.87 billion from coffee exports in the 2019 Ethiopian fiscal year, which ended on July 7, the highest ever, the Ethiopian Coffee and Tea Authority (ECTA) said this week.",
                "the Ethiopian Coffee and Tea Authority",
                "said",
                "W",
            ),
            (
                "The country shipped 412,600 tonnes, up 9.4% on the year before, the Authority said.",
                "the Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ato Dawit Abebe Mengistu, the Authority's deputy director general for export markets, who has spent 22 years in the coffee trade, said Germany, Saudi Arabia and the United States together bought more than half of the coffee.",
                "Dawit Abebe Mengistu",
                "said",
                "W",
            ),
            (
                "Dawit said the average export price had risen to $6.96 a kilogram from $6.20.",
                "Dawit Abebe Mengistu",
                "said",
                "W",
            ),
        ],
        [
            (
                "W/ro Meseret Alemu, general manager of Yirgalem Heritage Coffee Export PLC, said the figures “look better in Addis than they do in the warehouses”.",
                "Meseret Alemu",
                "said",
                "",
            ),
            (
                "She said her company had waited up to six weeks for foreign currency to pay for jute bags and freight.",
                "Meseret Alemu",
                "said",
                "",
            ),
            (
                "“A record year does not mean a good year for everyone,” Meseret said.",
                "Meseret Alemu",
                "said",
                "",
            ),
            (
                "Meseret said the Authority's figures counted registered contracts, not coffee that had actually been paid for.",
                "Meseret Alemu",
                "said",
                "W",
            ),
            (
                "Dawit said the figures were based on customs clearance at the port.",
                "Dawit Abebe Mengistu",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Sidama, Ato Solomon Abebe, who farms 1.5 hectares near Aleta Wendo, said a kilogram of red cherry sold for Br115 at the start of the harvest.",
                "Solomon Abebe",
                "said",
                "W",
            ),
            (
                "“That price sent my two daughters back to college,” Solomon said.",
                "Solomon Abebe",
                "said",
                "",
            ),
        ],
        [
            (
                "The Hawassa Zuria Growers' Cooperative Union, which markets coffee for 38 primary cooperatives, said its members had received Br214 million in second payments this year.",
                "the Hawassa Zuria Growers' Cooperative Union",
                "said",
                "W",
            ),
            (
                "Its general manager, Ato Berhanu Getachew Ayele, said the union had exported 4,100 tonnes directly, without going through the Ethiopia Commodity Exchange.",
                "Berhanu Getachew Ayele",
                "said",
                "W",
            ),
            (
                "Berhanu said direct sales earned members about 20% more than sales on the exchange.",
                "Berhanu Getachew Ayele",
                "said",
                "W",
            ),
            (
                "The ECX said 71% of export coffee still passed through its trading floor.",
                "the Ethiopia Commodity Exchange",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kes Haile Mariam Tekle, a priest at a village church outside Aleta Wendo who also grows coffee, said many farmers had planted new seedlings for the first time in a decade.",
                "Haile Mariam Tekle",
                "said",
                "",
            ),
            (
                "“The young ones are coming back to coffee,” Haile Mariam said.",
                "Haile Mariam Tekle",
                "said",
                "",
            ),
        ],
        [
            (
                "The National Bank of Ethiopia said in its annual report that coffee accounted for 31% of the country's merchandise export earnings in the year.",
                "the National Bank of Ethiopia",
                "said in its annual report",
                "W",
            ),
        ],
        [
            (
                "Under ECTA rules, every export contract must be registered with the Authority before the coffee is shipped.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("THREE QUESTIONS FOR THE REGULATOR", "", "", "B"),
        ],
        [
            (
                "The Ledger put three questions to Ato Dawit; his answers have been shortened.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Q: Is the record down to better prices or more coffee?", "", "", ""),
        ],
        [
            ("A: Both, but mostly volume.", "Dawit Abebe Mengistu", "A:", "W"),
            (
                "Washed coffee made up 58% of shipments, against 49% five years ago.",
                "Dawit Abebe Mengistu",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: Exporters say they still wait weeks for foreign currency.",
                "Exporters",
                "say",
                "",
            ),
            ("Is that fixed?", "", "", ""),
        ],
        [
            ("A: It is better than it was.", "Dawit Abebe Mengistu", "A:", ""),
            (
                "Since the birr was floated in July 2024, exporters keep half of their earnings in foreign currency, and the banks have cleared most of the queue.",
                "Dawit Abebe Mengistu",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: What is the target for next year?", "", "", ""),
        ],
        [
            ("A: We are planning for $3 billion.", "Dawit Abebe Mengistu", "A:", ""),
            (
                "Whether we get there depends on the rains in Sidama and Jimma, not on us.",
                "Dawit Abebe Mengistu",
                "A:",
                "",
            ),
        ],
        [
            ("Related: Sesame exports fall 14% as Humera farmers switch to sorghum", "", "", "B"),
        ],
        [
            ("Related: Exporters' dollar queue shortens at private banks", "", "", "B"),
        ],
        [
            ("Birr Ledger is published by Entoto Media & Communication PLC.", "", "", "B"),
        ],
        [
            ("© 2027 All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("bangkokmercury.com", "", "", "B"),
        ],
        [
            (
                "Chiang Mai PM2.5 reaches 312 micrograms, the province's highest in four years",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Governor extends burning ban to May 15 and tells civil servants to work from home",
                "Nirut Kaewprasert",
                "tells",
                "W",
            ),
        ],
        [
            ("Thanapong Siriwattana", "", "", "B"),
        ],
        [
            ("Published: 14 Mar 2027 at 06:12 · 4 min read", "", "", "B"),
        ],
        [
            ("Doi Suthep is barely visible from the Nimmanhaemin area on Saturday.", "", "", ""),
            ("(Photo: Thanapong Siriwattana)", "", "", "B"),
        ],
        [
            ("Soldiers beat out a forest fire in Mae Taeng district on Friday.", "", "", ""),
            ("(Photo: 33rd Military Circle)", "", "", "B"),
        ],
        [
            (
                "CHIANG MAI: Fine dust in Chiang Mai reached 312 micrograms per cubic metre of air on Saturday morning, the highest reading in the province since 2023, according to the Pollution Control Department (PCD).",
                "the Pollution Control Department",
                "according to",
                "W",
            ),
            (
                "The safe standard in Thailand is 37.5 micrograms, the PCD said.",
                "the Pollution Control Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chiang Mai governor Nirut Kaewprasert, who took office in October after four years as governor of Lamphun, said the ban on burning farm waste and forest litter would be extended from April 30 to May 15.",
                "Nirut Kaewprasert",
                "said",
                "W",
            ),
            (
                "Mr Nirut said civil servants would work from home on Monday and Tuesday, and schools in the city district would close.",
                "Nirut Kaewprasert",
                "said",
                "W",
            ),
            (
                "“Every fire we see from the air is a fire someone lit,” he said.",
                "Nirut Kaewprasert",
                "said",
                "",
            ),
        ],
        [
            (
                "Pol Col Thawatchai Intharasuk, chief of the Mae Taeng police station, said three farmers had been charged on Friday with burning a field beside a forest reserve.",
                "Thawatchai Intharasuk",
                "said",
                "W",
            ),
            (
                "Pol Col Thawatchai said all three had been released on bail of 50,000 baht each.",
                "Thawatchai Intharasuk",
                "said",
                "W",
            ),
            (
                "One of the three, a 34-year-old maize farmer who gave only his nickname, Dam, said he had burned the stubble “the way my father did”.",
                "Dam",
                "said",
                "",
            ),
            ("“Nobody told me the rule had changed this year,” he said.", "Dam", "said", ""),
        ],
        [
            (
                "Maj Gen Kittiphong Rattanaphan, commander of the 33rd Military Circle, said 1,200 soldiers and two helicopters had been sent to fight fires in Mae Taeng, Samoeng and Chiang Dao districts.",
                "Kittiphong Rattanaphan",
                "said",
                "W",
            ),
            (
                "Satellites detected 1,846 hotspots in the province on Friday, he said.",
                "Kittiphong Rattanaphan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Pornthip Saengchan, chief of the Chiang Mai Provincial Public Health Office, said hospitals in the province had treated 4,912 people for respiratory illness in the week to Friday.",
                "Pornthip Saengchan",
                "said",
                "W",
            ),
            (
                "She said 312 of those patients had been admitted to hospital.",
                "Pornthip Saengchan",
                "said",
                "W",
            ),
            (
                "Dr Pornthip urged people with heart or lung conditions to stay indoors and to wear N95 masks outside.",
                "Pornthip Saengchan",
                "urged",
                "",
            ),
        ],
        [
            (
                "Assoc Prof MR Pimpakarn Ditsakul, an atmospheric scientist at Chiang Mai University whose team runs 120 low-cost sensors across the North, said about 60% of the smoke over the city came from fires across the borders in Myanmar and Laos.",
                "Pimpakarn Ditsakul",
                "said",
                "W",
            ),
            (
                "“We could stop every fire in Chiang Mai and still breathe this air,” MR Pimpakarn said.",
                "Pimpakarn Ditsakul",
                "said",
                "",
            ),
            (
                "Dr Pornthip said that was “not a reason to light one more”.",
                "Pornthip Saengchan",
                "said",
                "",
            ),
            (
                "MR Pimpakarn said the two of them agreed on that much.",
                "Pimpakarn Ditsakul",
                "said",
                "",
            ),
        ],
        [
            (
                "Phra Maha Anan Kittipanyo, abbot of Wat Pha Daeng in Samoeng district, which sits below a burned hillside, said the temple had handed out 3,000 masks to villagers since Monday.",
                "Anan Kittipanyo",
                "said",
                "W",
            ),
            ("“Monks cannot chant the smoke away,” Phra Anan said.", "Anan Kittipanyo", "said", ""),
        ],
        [
            (
                "Khun Boonsong Phromma, 63, who has sold grilled pork by Tha Phae Gate for 30 years, said she now wore two masks at her stall.",
                "Boonsong Phromma",
                "said",
                "",
            ),
            ("“My customers buy and run,” Khun Boonsong said.", "Boonsong Phromma", "said", ""),
        ],
        [
            (
                "Sirinya Boonmee, known to her customers as Ploy, who runs a trekking company in the old city, said 40% of her bookings for March had been cancelled.",
                "Sirinya Boonmee",
                "said",
                "",
            ),
            (
                "“Tourists see the photos and go to Phuket instead,” Ploy said.",
                "Sirinya Boonmee",
                "said",
                "",
            ),
            (
                "The Tourism Authority of Thailand's Chiang Mai office said hotel occupancy in the city had fallen to 48% last week, from 81% in the same week last year.",
                "the Tourism Authority of Thailand's Chiang Mai office",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesman for the Royal Forest Department said 212 people had been arrested for lighting fires in the North since January 1.",
                "A spokesman for the Royal Forest Department",
                "said",
                "W",
            ),
            (
                "Setting fire to a national forest carries a penalty of up to 10 years in jail, he said.",
                "A spokesman for the Royal Forest Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Village headman Prasit Chaiwongkham of Ban Huai Lan in Mae Taeng said he had asked farmers to plough crop waste into the soil instead of burning it, but most could not afford a tractor.",
                "Prasit Chaiwongkham",
                "said",
                "",
            ),
            ("Hiring a tractor costs 800 baht a rai, he said.", "Prasit Chaiwongkham", "said", "W"),
        ],
        [
            (
                "Chaiwat Jorlae, 47, a Karen farmer from a hill village in Samoeng, said upland villages were blamed for fires “that start in the lowlands”.",
                "Chaiwat Jorlae",
                "said",
                "",
            ),
            (
                "“Every year they send the soldiers up to our hills first,” he said.",
                "Chaiwat Jorlae",
                "said",
                "",
            ),
        ],
        [
            ("When will the air clear?", "", "", ""),
        ],
        [
            (
                "The Thai Meteorological Department said winds from the south were expected to bring cleaner air from Thursday.",
                "the Thai Meteorological Department",
                "said",
                "",
            ),
            (
                "Mr Nirut said the province would review the work-from-home order on Tuesday evening.",
                "Nirut Kaewprasert",
                "said",
                "W",
            ),
        ],
        [
            (
                "Thanapong Siriwattana is the Mercury's northern correspondent, based in Chiang Mai.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("⚡ en.kencananews.id", "", "", "B"),
        ],
        [
            ("KENCANA NEWS AGENCY", "", "", "B"),
        ],
        [
            ("Home › Regions › West Java", "", "", "B"),
        ],
        [
            (
                "212 Sumedang pupils fall ill after free school meals; police take food samples",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Reporter: Dewi Lestari Nasution", "", "", "B"),
        ],
        [
            ("Thursday, 11 March 2027 14:52 WIB", "", "", "B"),
        ],
        [
            ("Share: WhatsApp · Facebook · X · Copy link", "", "", "B"),
        ],
        [
            (
                "Students receive treatment at a community health centre in Jatinangor, Sumedang, on Thursday.",
                "",
                "",
                "",
            ),
            ("(KNA/Dewi Lestari Nasution)", "", "", "B"),
        ],
        [
            (
                "Sumedang, West Java (KNA) - A total of 212 students from six schools in Sumedang Regency fell ill after eating meals from the free nutritious meals programme on Wednesday, Sumedang Police chief AKBP Rudi Hartono Siregar said on Thursday (11/3/2027).",
                "Rudi Hartono Siregar",
                "said",
                "W",
            ),
            (
                '"We have taken samples of the rice, chicken and vegetables and sent them to the provincial health laboratory in Bandung," he said.',
                "Rudi Hartono Siregar",
                "said",
                "W",
            ),
            (
                "Siregar said the police had questioned nine kitchen workers but had not named any suspects.",
                "Rudi Hartono Siregar",
                "said",
                "W",
            ),
        ],
        [
            (
                "West Java Police spokesman Kombes Pol. Hendra Gunawan Lubis said the provincial police's forensic laboratory had joined the investigation.",
                "Hendra Gunawan Lubis",
                "said",
                "W",
            ),
            (
                "He said tests in a similar case in Bekasi in February had found Staphylococcus aureus in the chicken.",
                "Hendra Gunawan Lubis",
                "said",
                "W",
            ),
        ],
        [
            (
                "Head of the Sumedang Health Office dr. Asep Saepudin, M.Kes. said 37 of the students were still being treated at two hospitals and four community health centres (puskesmas).",
                "Asep Saepudin",
                "said",
                "W",
            ),
            (
                "Asep said most had begun vomiting within three hours of eating, and none was in a critical condition.",
                "Asep Saepudin",
                "said",
                "W",
            ),
            (
                "He said the health office had set up a command post at the Jatinangor puskesmas that would stay open 24 hours a day until Sunday.",
                "Asep Saepudin",
                "said",
                "W",
            ),
            (
                '"Our suspicion is the chicken, but we will wait for the laboratory," Asep said.',
                "Asep Saepudin",
                "said",
                "",
            ),
        ],
        [
            (
                "The National Nutrition Agency (BGN) said in a statement that it had suspended the kitchen, one of 14 in the regency, while the case was investigated.",
                "the National Nutrition Agency",
                "said in a statement",
                "W",
            ),
            (
                "BGN said each meal was budgeted at Rp15,000 per student.",
                "the National Nutrition Agency",
                "said",
                "W",
            ),
            (
                "The foundation that runs the kitchen, Yayasan Berkah Gizi Priangan, declined to comment.",
                "Yayasan Berkah Gizi Priangan",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Sumedang Regent Hj. Nenden Kurniasih, who visited the students in Jatinangor on Wednesday night, said the regency would pay all their medical costs.",
                "Nenden Kurniasih",
                "said",
                "",
            ),
            (
                "Nenden said the regency had asked BGN to let schools check the food before it is served.",
                "Nenden Kurniasih",
                "said",
                "",
            ),
            (
                '"The programme is good, but the kitchens must be watched more closely," she said.',
                "Nenden Kurniasih",
                "said",
                "",
            ),
        ],
        [
            (
                "The kitchen's head, Darto, who like many Indonesians goes by a single name, said the food had been cooked from 2 a.m. and delivered to the schools from 7 a.m.",
                "Darto",
                "said",
                "W",
            ),
            (
                '"We have cooked 3,000 portions a day since January and never had a problem," Darto said.',
                "Darto",
                "said",
                "W",
            ),
        ],
        [
            (
                "Suharni, 41, whose son is in the fourth grade at SDN Cikeruh 2, said the boy had vomited four times before she took him to the puskesmas.",
                "Suharni",
                "said",
                "",
            ),
            ('"He says he doesn\'t want the free lunch anymore," she said.', "Suharni", "said", ""),
            (
                '"Who checks the kitchens before the food reaches our children?" Suharni asked.',
                "Suharni",
                "asked",
                "",
            ),
        ],
        [
            (
                "Ibu Yeti Rohayati, a teacher at the same school, said 46 of its 310 pupils had fallen ill.",
                "Yeti Rohayati",
                "said",
                "W",
            ),
            ('"By ten o\'clock the classrooms were empty," she said.', "Yeti Rohayati", "said", ""),
        ],
        [
            (
                "The principal of SMPN 3 Jatinangor, Drs. H. Ujang Suherman, M.Pd., said classes at the school had been cancelled on Thursday.",
                "Ujang Suherman",
                "said",
                "W",
            ),
            (
                '"Half of my teachers were at the puskesmas with the children," Ujang said.',
                "Ujang Suherman",
                "said",
                "",
            ),
        ],
        [
            (
                "KH Ahmad Fauzan Nurhadi, who leads the Al-Hikmah Islamic boarding school in Tanjungsari, said the school's 400 students would keep eating from its own kitchen until the investigation was over.",
                "Ahmad Fauzan Nurhadi",
                "said",
                "",
            ),
            ('"Food is a trust from God," the kiai said.', "Ahmad Fauzan Nurhadi", "said", ""),
        ],
        [
            (
                "The West Java Provincial Health Office said it had recorded nine such incidents in the province since January, affecting 1,180 students.",
                "the West Java Provincial Health Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "A BGN deputy for monitoring, who asked not to be named, said there had been 27 cases of mass food poisoning linked to the programme nationwide since January.",
                "A BGN deputy for monitoring",
                "said",
                "W",
            ),
        ],
        [
            (
                "A member of the House of Representatives' Commission IX, Rieke Andriani Putri, told reporters in Jakarta that the agency should publish the results of every kitchen inspection.",
                "Rieke Andriani Putri",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Siregar said the laboratory results were expected within seven days.",
                "Rudi Hartono Siregar",
                "said",
                "",
            ),
        ],
        [
            ("Editor: Bambang Hidayat", "", "", "B"),
        ],
        [
            ("COPYRIGHT © KNA 2027", "", "", "B"),
        ],
        [
            ("Related news: Bekasi kitchen suspended after 90 students fall ill", "", "", "B"),
        ],
        [
            ("Related news: BGN to open 2,000 more kitchens in West Java", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SERIA GAZETTE", "", "", "B"),
        ],
        [
            (
                "Home | National | Business | World | Sports | Lifestyle | Opinion | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("National › Legislative Council", "", "", "B"),
        ],
        [
            ("31,840 applicants still waiting for national housing, LegCo told", "", "", "W"),
        ],
        [
            ("Adib Haziq Abdul Wahab", "", "", "B"),
        ],
        [
            ("BANDAR SERI BEGAWAN | Wednesday, March 10, 2027", "", "", "B"),
        ],
        [
            ("Share this article: Facebook | X | WhatsApp | Telegram", "", "", "B"),
        ],
        [
            (
                "Minister of Development Yang Berhormat Dato Seri Setia Awang Haji Amirul Hakim bin Haji Omar replies to questions at the Legislative Council.",
                "",
                "",
                "",
            ),
            ("PHOTO: INFOFOTO", "", "", "B"),
        ],
        [
            (
                "A total of 31,840 applicants were on the waiting list for the National Housing Scheme at the end of February, Minister of Development Yang Berhormat Dato Seri Setia Awang Haji Amirul Hakim bin Haji Omar said at the Legislative Council (LegCo) on Tuesday.",
                "Amirul Hakim bin Haji Omar",
                "said",
                "W",
            ),
            (
                "The minister said 1,206 homes in Kampong Lugu and Mentiri would be handed over to successful applicants by the end of the year.",
                "Amirul Hakim bin Haji Omar",
                "said",
                "W",
            ),
            (
                "He said the oldest application still on the list had been lodged in 1996.",
                "Amirul Hakim bin Haji Omar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Earlier, Yang Berhormat Dayang Hajah Hazirah binti Haji Abdul Ghani, an appointed member who chairs a women's business association, asked how long a young family applying today could expect to wait.",
                "Hazirah binti Haji Abdul Ghani",
                "asked",
                "",
            ),
            (
                "“Some of the couples who applied in my first year as a teacher are now grandparents,” she said.",
                "Hazirah binti Haji Abdul Ghani",
                "said",
                "",
            ),
        ],
        [
            (
                "Replying, Yang Berhormat Dato Amirul Hakim said the average wait for applicants who received a home in 2026 was 18 years.",
                "Amirul Hakim bin Haji Omar",
                "said",
                "W",
            ),
            (
                "He said the ministry aimed to bring it below 10 years “within this decade”.",
                "Amirul Hakim bin Haji Omar",
                "said",
                "",
            ),
        ],
        [
            (
                "Another member, Yang Berhormat Pengiran Faizul Hadi bin Pengiran Hassan, who represents the Tutong District, said applicants from Tutong and Temburong were “forgotten at the back of the queue”.",
                "Pengiran Faizul Hadi bin Pengiran Hassan",
                "said",
                "",
            ),
            (
                "Pengiran Faizul Hadi said only 96 of the 1,206 new homes were in Tutong.",
                "Pengiran Faizul Hadi bin Pengiran Hassan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The minister said applicants who turned down two offers would go to the back of the queue.",
                "Amirul Hakim bin Haji Omar",
                "said",
                "W",
            ),
            (
                "The minister said 640 homes were being built at a new site in Tutong and would be ready in 2029.",
                "Amirul Hakim bin Haji Omar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Yang Berhormat Dato Paduka Haji Khairul Anuar bin Haji Metussin, a member for the Belait District, asked whether the ministry would consider a rent-to-own scheme for young couples.",
                "Khairul Anuar bin Haji Metussin",
                "asked",
                "",
            ),
            (
                "The minister said a study of rent-to-own homes would be presented to the council “at a later session”.",
                "Amirul Hakim bin Haji Omar",
                "said",
                "",
            ),
            (
                "Dato Khairul Anuar said the same study had first been promised in 2023.",
                "Khairul Anuar bin Haji Metussin",
                "said",
                "W",
            ),
            (
                "Dato Amirul Hakim replied that it had been delayed by a change in the way state land is valued.",
                "Amirul Hakim bin Haji Omar",
                "replied",
                "W",
            ),
        ],
        [
            (
                "The ministry's Permanent Secretary (Housing), Yang Mulia Dr Hajah Rosmawati binti Haji Yakub, told reporters after the session that 2,300 applicants had been offered homes since 2024 but had turned them down.",
                "Rosmawati binti Haji Yakub",
                "told reporters",
                "W",
            ),
            (
                "She said most had refused because the homes were too far from their workplaces.",
                "Rosmawati binti Haji Yakub",
                "said",
                "W",
            ),
            (
                "Yang Berhormat Dayang Hajah Hazirah said she would raise the matter again when the council debates the ministry's budget next week.",
                "Hazirah binti Haji Abdul Ghani",
                "said",
                "",
            ),
        ],
        [
            (
                "In a press release issued after the session, the Housing Development Department said applicants could check their place in the queue on the department's website.",
                "the Housing Development Department",
                "said",
                "W",
            ),
            (
                "It said monthly instalments for a three-bedroom terrace house under the scheme start at $325.",
                "the Housing Development Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ketua Kampung of Kampong Mentiri, Awang Haji Md Saiful bin Abdullah, said about 40 families in his village had been waiting for more than 20 years.",
                "Md Saiful bin Abdullah",
                "said",
                "W",
            ),
            (
                "“They have their names on a list and their children in a rented room,” he said.",
                "Md Saiful bin Abdullah",
                "said",
                "",
            ),
        ],
        [
            (
                "Dayang Rafidah binti Haji Jaludin, 38, a clerk who lives with her husband and three children in her parents' house in Kampong Sengkurong, said she had applied in 2011.",
                "Rafidah binti Haji Jaludin",
                "said",
                "",
            ),
            (
                "“Every year I check the website, and every year my number moves by a few hundred,” she said.",
                "Rafidah binti Haji Jaludin",
                "said",
                "",
            ),
            (
                "“At this speed, will my children get the house instead of me?” she asked.",
                "Rafidah binti Haji Jaludin",
                "asked",
                "",
            ),
        ],
        [
            (
                "An officer at the Housing Development Department, who was not authorised to speak to the media, said the list was being checked to remove applicants who already owned a house.",
                "An officer at the Housing Development Department",
                "said",
                "W",
            ),
            (
                "The officer said 1,130 names had been removed in 2026 for that reason.",
                "An officer at the Housing Development Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The ministry's budget for the 2027/28 financial year is $412.6 million, according to the budget papers tabled on Monday.",
                "the budget papers tabled on Monday",
                "according to",
                "W",
            ),
            ("The 23rd session of the Legislative Council continues until March 20.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Like us on Facebook and follow @seriagazette on Instagram for more local news.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Temburong bridge traffic up 21pc in 2026", "", "", "B"),
        ],
        [
            ("Ministry to review land lease rules for farmers", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Seria Gazette Sdn Bhd", "", "", "B"),
        ],
    ],
    [
        [
            (
                "12/10/2027, 09:41   Council to consult on closing 14-pupil village school | Teifi & Aeron Echo",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TEIFI & AERON ECHO", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Council to consult on closing 14-pupil village school", "", "", "W"),
        ],
        [
            (
                "Parents say Ysgol Cwm Ddu is “the last thing the village has left”",
                "Parents",
                "say",
                "",
            ),
        ],
        [
            ("By Catrin Llwyd-Morgan", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Tuesday, 12 October 2027", "", "", "B"),
        ],
        [
            ("Ysgol Cwm Ddu, which opened in 1878, has 14 pupils this term.", "", "", "W"),
            ("Picture: Catrin Llwyd-Morgan", "", "", "B"),
        ],
        [
            (
                "Ceredigion County Council's cabinet has voted to hold a public consultation on closing Ysgol Cwm Ddu, a Welsh-medium primary school near Lampeter with 14 pupils.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The school has room for 56 pupils, and educating each child there costs £14,210 a year, against a county average of £5,380, according to a report to the cabinet.",
                "a report to the cabinet",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Cllr Rhodri ap Iestyn, the cabinet member for schools, who was himself a pupil at a village school in the Aeron valley that closed in 1989, said no decision had been taken on the school's future.",
                "Rhodri ap Iestyn",
                "said",
                "W",
            ),
            (
                "Mr ap Iestyn said the consultation would open on November 1 and run for eight weeks.",
                "Rhodri ap Iestyn",
                "said",
                "W",
            ),
            (
                "Mr ap Iestyn said the council had closed 11 village schools since 2012.",
                "Rhodri ap Iestyn",
                "said",
                "W",
            ),
            (
                "“Nobody comes into this job wanting to close a school,” he said.",
                "Rhodri ap Iestyn",
                "said",
                "",
            ),
        ],
        [
            (
                "The headteacher, Mrs Sioned Jones, said the figures “tell you what the school costs and nothing about what it gives”.",
                "Sioned Jones",
                "said",
                "",
            ),
            (
                "“Our children speak Welsh at home, in the yard and in the chapel,” she said.",
                "Sioned Jones",
                "said",
                "",
            ),
            (
                "“Put them on a bus for 40 minutes to a school of 300 and that is the first thing they will lose.",
                "Sioned Jones",
                "said",
                "",
            ),
        ],
        [
            (
                "“We already have 11 children on the roll for next September.",
                "Sioned Jones",
                "said",
                "W",
            ),
            ("The numbers are coming back.”", "Sioned Jones", "said", ""),
        ],
        [
            (
                "Alun Jones, a dairy farmer and parent governor who is not related to the headteacher, said a petition against closure had been signed by 1,208 people in a fortnight.",
                "Alun Jones",
                "said",
                "W",
            ),
            (
                "Mr Jones said his two daughters would face a 23-mile round trip each day if the school closed.",
                "Alun Jones",
                "said",
                "",
            ),
            (
                "“We were told the same about the post office, and the pub, and the bank in Lampeter,” he said.",
                "Alun Jones",
                "said",
                "",
            ),
        ],
        [
            (
                "Mrs Jones said the school's last inspection, in 2024, had praised its teaching of Welsh.",
                "Sioned Jones",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I was in the first class to use the new hall, in 1961,” said Megan Puw, 72, whose two grandsons are pupils at the school.",
                "Megan Puw",
                "said",
                "",
            ),
            ("“My mother cooked the dinners there for 30 years.”", "Megan Puw", "said", ""),
        ],
        [
            (
                "https://www.teifiaeronecho.co.uk/news/council-consult-closing-village-school   1/2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "12/10/2027, 09:41   Council to consult on closing 14-pupil village school | Teifi & Aeron Echo",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Cllr Gethin Pugh-Evans, who represents the ward and who voted against the consultation, said the cabinet had “already made up its mind”.",
                "Gethin Pugh-Evans",
                "said",
                "",
            ),
            (
                "“This is a closure with a consultation stapled to the front of it,” he said.",
                "Gethin Pugh-Evans",
                "said",
                "",
            ),
        ],
        [
            (
                "Elin Morgan-Pryce MS, who represents the area in the Senedd, said she had written to the education secretary asking for the Welsh Government's code on rural schools to be “followed to the letter”.",
                "Elin Morgan-Pryce",
                "said",
                "",
            ),
            (
                "She said the code requires councils to start from a presumption against closing a rural school.",
                "Elin Morgan-Pryce",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Welsh Government spokesperson said decisions on school organisation were a matter for local authorities.",
                "A Welsh Government spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Welsh language campaign group Cymdeithas yr Iaith said it would hold a rally outside the council's offices in Aberaeron on Saturday, October 23.",
                "Cymdeithas yr Iaith",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Rev Canon Dafydd Wynne Prydderch, vicar of the parish, said the school's Christmas service had been held in St Padarn's church “for as long as anyone can remember”.",
                "Dafydd Wynne Prydderch",
                "said",
                "",
            ),
            (
                "“If the school goes, the church goes next, and then the village is a car park for walkers,” Canon Prydderch said.",
                "Dafydd Wynne Prydderch",
                "said",
                "",
            ),
        ],
        [
            ("What happens next", "", "", ""),
        ],
        [
            (
                "The council said the responses would be reported to the cabinet in February, and a final decision would be taken in March.",
                "The council",
                "said",
                "W",
            ),
            (
                "Mr ap Iestyn said any pupils who moved would be offered free transport.",
                "Rhodri ap Iestyn",
                "said",
                "",
            ),
        ],
        [
            (
                "Get the Echo in print every Thursday, or read the digital edition on any device.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Teifi & Aeron Echo 2027", "", "", "B"),
        ],
        [
            (
                "https://www.teifiaeronecho.co.uk/news/council-consult-closing-village-school   2/2",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("≡   ISRAEL DISPATCH   🔔", "", "", "B"),
        ],
        [
            ("Get breaking news alerts from Israel Dispatch?   Allow   Not now", "", "", "B"),
        ],
        [
            ("ISRAEL NEWS", "", "", "B"),
        ],
        [
            ("Beersheba hit by third day of outages as heat reaches 46.1°C", "", "", "W"),
        ],
        [
            (
                "Knesset panel told rolling cuts left 38,000 homes without power for up to five hours",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Noa Ben-Ami Reuveni", "", "", "B"),
        ],
        [
            ("Today, 4:38 pm", "", "", "B"),
        ],
        [
            (
                "Residents sit outside a darkened apartment building in Beersheba's Dalet neighbourhood on Monday night.",
                "",
                "",
                "",
            ),
            ("(Ilan Mor/Israel Dispatch)", "", "", "B"),
        ],
        [
            (
                "Rolling power cuts left about 38,000 homes in Beersheba and nearby towns without electricity for up to five hours on Monday evening, the Israel Electric Corporation (IEC) told the Knesset Economy Committee on Tuesday.",
                "the Israel Electric Corporation",
                "told the Knesset Economy Committee",
                "W",
            ),
            (
                "The temperature in the city reached 46.1°C on Monday afternoon, the highest reading there since records began in 1951, the Israel Meteorological Service said.",
                "the Israel Meteorological Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Ori Levinson-Amar, the IEC's deputy director-general for the grid, who was called back from leave to appear before the committee, said demand in the south had peaked at 2,460 megawatts, 11% above the company's forecast.",
                "Ori Levinson-Amar",
                "said",
                "W",
            ),
            (
                "He said two transformers at the Beersheba North substation had failed in the heat, forcing the company to cut power neighbourhood by neighbourhood.",
                "Ori Levinson-Amar",
                "said",
                "W",
            ),
        ],
        [
            (
                "The committee's chairwoman, MK Yael Ben-Haim, who lives in Beersheba and whose own street was dark for four hours on Monday, said the company had “known for years” that the substation was overloaded.",
                "Yael Ben-Haim",
                "said",
                "",
            ),
        ],
        [
            ("FROM THE COMMITTEE ROOM", "", "", "B"),
        ],
        [
            (
                "Ben-Haim: When did you last replace those transformers?",
                "Yael Ben-Haim",
                "Ben-Haim:",
                "",
            ),
        ],
        [
            (
                "Levinson-Amar: They were installed in 1994 and were due to be replaced next year.",
                "Ori Levinson-Amar",
                "Levinson-Amar:",
                "W",
            ),
        ],
        [
            ("Ben-Haim: So the heat arrived a year early.", "Yael Ben-Haim", "Ben-Haim:", ""),
        ],
        [
            (
                "Levinson-Amar: The replacement was brought forward in June, and the new units will be in place by August 15.",
                "Ori Levinson-Amar",
                "Levinson-Amar:",
                "W",
            ),
            (
                "That will not help anyone this week, and I am sorry for it.",
                "Ori Levinson-Amar",
                "Levinson-Amar:",
                "",
            ),
        ],
        [
            (
                "Ben-Haim said the committee would meet again on Sunday to hear from the Energy Ministry.",
                "Yael Ben-Haim",
                "said",
                "W",
            ),
            (
                "MK Eitan Shalev-Dror, who sits on the committee, called the outages “a failure of planning, not of weather”.",
                "Eitan Shalev-Dror",
                "called",
                "",
            ),
            (
                "He said he would ask the state comptroller to investigate.",
                "Eitan Shalev-Dror",
                "said",
                "",
            ),
        ],
        [
            (
                "Sheikh Salem Abu Sbeit, who heads the Tel Sheva local council and is known across the Negev as Abu Tarek, said families in the unrecognised villages, which are not connected to the grid, had “no power to cut”.",
                "Salem Abu Sbeit",
                "said",
                "",
            ),
            (
                "He said 14 people from the villages had been treated for heatstroke since Sunday.",
                "Salem Abu Sbeit",
                "said",
                "W",
            ),
            (
                "“Tell the company that in the Negev the heat does not wait for budgets,” Abu Tarek said.",
                "Salem Abu Sbeit",
                "said",
                "",
            ),
        ],
        [
            (
                "Soroka Medical Center said it had treated 61 people for heat-related illness on Monday, nine of them children.",
                "Soroka Medical Center",
                "said",
                "W",
            ),
            (
                "It said three of the children were still in hospital on Tuesday.",
                "Soroka Medical Center",
                "said",
                "W",
            ),
        ],
        [
            (
                "Col. (res.) Avi Dromi-Katz, who heads the Beersheba municipality's emergency division, said the city had opened 12 air-conditioned shelters and would keep them open until Thursday.",
                "Avi Dromi-Katz",
                "said",
                "W",
            ),
            (
                "“Nobody over 70 should be alone in an apartment without power tonight,” he said.",
                "Avi Dromi-Katz",
                "said",
                "",
            ),
        ],
        [
            (
                "Rabbi Yehuda Ben-Shimol, who leads a synagogue in the Bet neighbourhood, said volunteers had gone door to door with bottled water and battery fans for elderly residents.",
                "Yehuda Ben-Shimol",
                "said",
                "",
            ),
            (
                "“On a night like this, a neighbour is worth more than a generator,” the rabbi said.",
                "Yehuda Ben-Shimol",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, the Energy Ministry said it had ordered the IEC to submit a plan for the southern grid within 30 days.",
                "the Energy Ministry",
                "said",
                "W",
            ),
            (
                "A ministry spokeswoman would not say whether the company would be fined.",
                "A ministry spokeswoman",
                "would not say",
                "",
            ),
        ],
        [
            (
                "“My father is 88 and on oxygen,” said Miriam Azoulay, 54, who drove him to her sister's flat in Omer when the power went out.",
                "Miriam Azoulay",
                "said",
                "",
            ),
            (
                "“What are we supposed to do, plug him into the wall of the IEC?” she asked.",
                "Miriam Azoulay",
                "asked",
                "",
            ),
        ],
        [
            (
                "Prof. Dalia Segal-Tamir, an energy economist at Ben-Gurion University of the Negev, said Israel's grid had been built “for the climate of the 1990s”.",
                "Dalia Segal-Tamir",
                "said",
                "",
            ),
            (
                "She said peak summer demand in the south had grown by about 40% in a decade.",
                "Dalia Segal-Tamir",
                "said",
                "W",
            ),
        ],
        [
            (
                "The meteorological service said temperatures would fall by 4°C to 6°C from Wednesday.",
                "The meteorological service",
                "said",
                "",
            ),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Eilat hotels report record August occupancy", "", "", "B"),
        ],
        [
            ("Download the Israel Dispatch app", "", "", "B"),
        ],
        [
            ("© 2027 Israel Dispatch.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n171-rw-retired-maj",
        "Retired Maj. Jean Paul Nshimiyimana opened the meeting. He thanked the rangers for coming.",
        [
            "Retired Maj. Jean Paul Nshimiyimana opened the meeting.",
            "He thanked the rangers for coming.",
        ],
    ),
    (
        "n171-rw-frw-decimal",
        "Each sector received Frw25.5 million. The rest went to the district's water projects.",
        [
            "Each sector received Frw25.5 million.",
            "The rest went to the district's water projects.",
        ],
    ),
    (
        "n171-mw-rev-fr",
        "Rev. Fr. Peter Chisale-Mbewe blessed the new classrooms. The pupils sang in Chichewa.",
        [
            "Rev. Fr. Peter Chisale-Mbewe blessed the new classrooms.",
            "The pupils sang in Chichewa.",
        ],
    ),
    (
        "n171-mw-not-real-name",
        "Tiwonge (not her real name) is 16. She wants to train as a nurse.",
        ["Tiwonge (not her real name) is 16.", "She wants to train as a nurse."],
    ),
    (
        "n171-sl-pc-regnal-inverted",
        "“We want answers, not engineers,” said PC Bai Kanu Sesay III. The meeting ended at dusk.",
        [
            "“We want answers, not engineers,” said PC Bai Kanu Sesay III.",
            "The meeting ended at dusk.",
        ],
    ),
    (
        "n171-sl-ltd-ends",
        "The houses were built by Bafi Valley Mining (SL) Ltd. The firm disputes the figures.",
        ["The houses were built by Bafi Valley Mining (SL) Ltd.", "The firm disputes the figures."],
    ),
    (
        "n171-sl-nle-decimal",
        "Fuel now costs NLe 27.50 a litre in Koidu. Okada riders have raised their fares.",
        ["Fuel now costs NLe 27.50 a litre in Koidu.", "Okada riders have raised their fares."],
    ),
    (
        "n171-lr-jr-initial-mid",
        "Comrade Sumo K. Kiadii Jr. led the march. About 300 tappers followed him.",
        ["Comrade Sumo K. Kiadii Jr. led the march.", "About 300 tappers followed him."],
    ),
    (
        "n171-lr-am-ends",
        "Talks resume at the ministry at 10 a.m. Both sides have named three negotiators.",
        ["Talks resume at the ministry at 10 a.m.", "Both sides have named three negotiators."],
    ),
    (
        "n171-lr-exclaim-attrib",
        "“No pay, no tapping!” the workers shouted at the gate. The manager stayed inside.",
        ["“No pay, no tapping!” the workers shouted at the gate.", "The manager stayed inside."],
    ),
    (
        "n171-lr-initials-end",
        "The petition was signed by J. B. Kollie-Doe. It runs to 40 pages.",
        ["The petition was signed by J. B. Kollie-Doe.", "It runs to 40 pages."],
    ),
    (
        "n171-gm-lawyer-aji",
        "Lawyer Aji Mariama Ceesay-Sowe filed the appeal on Monday. The tribunal has 30 days to send the record.",
        [
            "Lawyer Aji Mariama Ceesay-Sowe filed the appeal on Monday.",
            "The tribunal has 30 days to send the record.",
        ],
    ),
    (
        "n171-gm-question-asked",
        "“Where will our children farm?” asked Alkalo Lamin Fofana-Badjie. Nobody answered him.",
        [
            "“Where will our children farm?” asked Alkalo Lamin Fofana-Badjie.",
            "Nobody answered him.",
        ],
    ),
    (
        "n171-gm-ellipsis-lower",
        "“The land was ours… it is still ours,” he said. The court will decide in January.",
        ["“The land was ours… it is still ours,” he said.", "The court will decide in January."],
    ),
    (
        "n171-cm-fcfa-kg",
        "Buyers offered 1,450 FCFA per kg. Farmers asked for 1,700 FCFA.",
        ["Buyers offered 1,450 FCFA per kg.", "Farmers asked for 1,700 FCFA."],
    ),
    (
        "n171-cm-hrm-regnal",
        "HRM Chief Mbella Ekoko IV received the delegation. He asked both sides for calm.",
        ["HRM Chief Mbella Ekoko IV received the delegation.", "He asked both sides for calm."],
    ),
    (
        "n171-et-w-ro",
        "W/ro Tigist Haile Bekele runs the export firm. She founded it in 2009.",
        ["W/ro Tigist Haile Bekele runs the export firm.", "She founded it in 2009."],
    ),
    (
        "n171-et-plc-ends",
        "The beans were bought by Abay Highland Roasters PLC. The company supplies three hotels.",
        [
            "The beans were bought by Abay Highland Roasters PLC.",
            "The company supplies three hotels.",
        ],
    ),
    (
        "n171-et-q-a-line",
        "Q: Is the target realistic? A: We think so.",
        ["Q: Is the target realistic?", "A: We think so."],
    ),
    (
        "n171-th-pol-col-dots",
        "Pol. Col. Anucha Srisuk led the raid. Officers seized 42 phones.",
        ["Pol. Col. Anucha Srisuk led the raid.", "Officers seized 42 phones."],
    ),
    (
        "n171-th-assoc-prof-mr",
        "Assoc. Prof. M.R. Chayada Ditsayakul led the study. Her team used 120 sensors.",
        ["Assoc. Prof. M.R. Chayada Ditsayakul led the study.", "Her team used 120 sensors."],
    ),
    (
        "n171-id-dr-degree-mid",
        "The children were examined by dr. Rina Handayani, Sp.A. in Jatinangor. All were sent home by noon.",
        [
            "The children were examined by dr. Rina Handayani, Sp.A. in Jatinangor.",
            "All were sent home by noon.",
        ],
    ),
    (
        "n171-id-date-parens",
        "The kitchen was closed on Thursday (11/3/2027). It had served 3,000 meals a day.",
        ["The kitchen was closed on Thursday (11/3/2027).", "It had served 3,000 meals a day."],
    ),
    (
        "n171-bn-yb-dato",
        "Yang Berhormat Dato Seri Setia Dr. Awang Haji Ismail bin Haji Ahmad answered the question. He spoke for 20 minutes.",
        [
            "Yang Berhormat Dato Seri Setia Dr. Awang Haji Ismail bin Haji Ahmad answered the question.",
            "He spoke for 20 minutes.",
        ],
    ),
    (
        "n171-bn-sdn-bhd-ends",
        "The houses were built by Lugu Jaya Builders Sdn. Bhd. The company won the contract in 2024.",
        [
            "The houses were built by Lugu Jaya Builders Sdn. Bhd.",
            "The company won the contract in 2024.",
        ],
    ),
    (
        "n171-wa-cllr-ms",
        "Cllr. Eirian ap Gwilym seconded the motion. Delyth Rees MS spoke against it.",
        ["Cllr. Eirian ap Gwilym seconded the motion.", "Delyth Rees MS spoke against it."],
    ),
    (
        "n171-wa-st-pm",
        "The carol service is at St. Padarn's Church at 6.30 p.m. on Sunday. All are welcome.",
        ["The carol service is at St. Padarn's Church at 6.30 p.m. on Sunday.", "All are welcome."],
    ),
    (
        "n171-il-col-res",
        "Col. (res.) Yoav Bar-Lev briefed the committee. He took no questions.",
        ["Col. (res.) Yoav Bar-Lev briefed the committee.", "He took no questions."],
    ),
    (
        "n171-il-question-new-sentence",
        "“Who pays for the generators?” she asked. “Not the company, that is certain.”",
        ["“Who pays for the generators?” she asked.", "“Not the company, that is certain.”"],
    ),
    (
        "n171-list-letters",
        "The union's demands are (a) a lower quota, (b) a higher wage and (c) new boots. Management rejected all three.",
        [
            "The union's demands are (a) a lower quota, (b) a higher wage and (c) new boots.",
            "Management rejected all three.",
        ],
    ),
]
