"""Hundred-and-fifty-fifth set of new hand-labelled pages for the hint engines (tuning set, round fifty-six):
twelve WHOLE pages from twelve countries, head to tail as a reader's paste gives them, with the
ordinary head and tail furniture of each kind of site, where ATTRIBUTION and SPEAKERS are the hard
part. None of the countries of `labelled_new151.py` or `labelled_new152.py` comes back. The pages: a
Canadian city news site (a mayor's press briefing on a boil-water advisory for 41,000 Saskatoon homes,
with reporters' questions and a transcript box); a Scottish regional paper's website (a General
Teaching Council for Scotland fitness-to-teach hearing: a maths teacher found to have done pupils'
coursework); an Indian regional daily's website (a Maharashtra Legislative Assembly debate on a
₹3,180-crore crop-loss package, with three unrelated members named Patil); an Irish regional news
site (a Court of Appeal undue-leniency review of a former solicitor's sentence, counsel on both sides
and three judges); a Ghanaian news site (an interview with name prefixes: a water utility's regional
chief on a treatment plant shut by mining mud); a Philippine regional news site (a collapsed river
dike told through Facebook posts and a director's statement read by a spokesperson); an Australian
financial news site (a $2.9b takeover approach sourced to people familiar with the matter and a
senior official who asked not to be named); a Nepali English-language daily (an avalanche on a
Manang trekking route, quotes given in Nepali and through an interpreter); a Kenyan news site (the
energy regulator and an oil marketer trading statements over adulterated diesel); a Fijian sports
news site (a pre-match press conference with the coach and the captain); a Guyanese news site (a
girl burned in a gas cylinder explosion: a family statement, a burns surgeon, a Facebook appeal); and
a Pakistani English-language daily (illegal water hydrants, told "according to" an inquiry report, a
letter, board minutes, police and court records).

What is hard is who says what. Pronouns after long appositions and relative clauses ("The city's
general manager of utilities, Gurleen Sandhu-Grewal, who has run the department since ... and who sat
at the mayor's left ..., said", "Dr. Anjali Persaud-Mohabir, the consultant surgeon who heads ... and
who, with two colleagues, operated on Aaliyah ..., said", "Savanna Crest's chief executive, ..., who
founded the company in 2011 ... and has since grown it to 63, wrote on X"), and relative clauses that
belong to someone else ("Ultan de Barra SC, for Mr Moylett-Dunne, who sat at the back of the court
..., said"). Titles and roles before names, dropped from the label ("Mayor", "Fire Chief", "Ward 9
Coun.", "Presenting officer", "Relief and Rehabilitation Minister", "Congress MLA", "Leader of the
Opposition", "Mr Justice", "Ms Justice", "Detective Sergeant", "Ing.", "Eng.", "Provincial Board
Member", "Regional Director", "Pototan Mayor", "Deputy Superintendent of Police", "Nepal Army
spokesperson Brigadier General", "Chief District Officer", "Ratu", "Dr.", "WA district secretary",
the post-nominal "SC"). Names with particles and hyphens kept whole ("Brónach Nic Giolla Bhríde",
"Bríd Ní Fhlannagáin", "Donnacha Ó Maoláin-Hynes", "Ultan de Barra" with "Mr de Barra said", "Ma.
Rosario dela Peña-Sornito" with "Dela Peña-Sornito ... said" at the head of a sentence, "JRV de los
Reyes Builders Inc.", "Wybren van der Heijden-Cole"), Korean names surname first ("Kim Seo-yeon",
"Kim said through an interpreter"). People sharing a surname (three unrelated Patils in one debate
told apart by given names, with "Shrirang Patil replied", "Ravikiran Patil said that was untrue" and
"he said" after each; two unrelated Sherpas and a dead guide also called Sherpa, with "Mingma Chhiring
said"; a girl and her uncle "Singh-Bhagwandin"). Bodies given a short form later ("EPRA said" and
"It said" resolving to "The Energy and Petroleum Regulatory Authority" as first given; "Savanna Crest
said" to "Savanna Crest Energy Ltd"; "Tamarugal declined to comment" to "Tamarugal Salt & Lithium")
beside generic nouns kept as written ("the authority said", "the company said", "The union said",
"the embassy said", "The family said", "police said" and "Police said"). Role nouns resolving to the
person ("the mayor said", "The minister said", "The coach said", "The surgeon said", "Counsel said"
after a judge has put a point to counsel). Quotes carried over sentences and paragraphs with no new
cue ("Yes." / "Did I write it for them?" / "No.”"; "Rivers move." / "Dikes are designed for that.”";
"We are not here for revenge… we are here because ..."). Cues of every kind: "told reporters", "told
the panel", "told the House", "told the three-judge court", "told the original sentencing hearing",
"told an investor conference", "told the Sentinel in Nepali", "said through an interpreter", "said in
the video", "said in a Facebook post", "said in a statement to the ASX", "said in a message to the
Tribune", "said in a phone call", "said in a brief statement", "wrote on X", "wrote on Facebook",
"wrote in a second post", "added", "asked", "replied", "accepted", "put it to her", "had warned",
"declined to name", "did not say", "did not return calls". Reporters' questions that carry no speaker
("Reporter:" and "Q:" turns) beside narrated ones that do ("One reporter asked", "A reporter asked
whether", "“Who signed the certificate of completion?” a reporter asked."). Unnamed sources ("people
familiar with the matter", "two people briefed on the talks", "a senior official who asked not to be
named", "One of Tarrawong's five largest shareholders, who spoke on condition of anonymity ...", "a
person close to the Tarrawong board", "A senior KWSC engineer, who asked not to be named ...").
Statements read, posted and quoted ("read a statement from Regional Director ...", "In the
statement, Villarin-Ybañez said", "the statement said", "A ministry statement on Monday said", "In a
statement issued through their attorney ..., the girl's family said") and cue words used as nouns
with no speaker ("The statement did not say when ...", "The statement did not name Tamarugal.", "The
post was deleted about three hours later.", "read a short statement outside"). Documents with their
own verbs ("The report says", "It says", "The letter asks", "The minutes ... record", "Court records
show", "Police records show", "The company's annual report shows", "The department's bulletin said")
and "according to" several documents ("an internal inquiry report, letters and court records
reviewed by The Monitor", "the inquiry report, dated July 19 and signed by three KWSC engineers", "the
relief department's district-wise damage report, tabled in the House on Tuesday", "a 2025 Commission
on Audit report on the DPWH regional office", "the tribunal's registry", "its annual report", "the
Department of Tourism", "the society", "the fire service").

The pages hold 548 sentences: 169 "B", 203 "W" and 176 ""; 296 sentences carry a speaker (115
distinct speakers, page by page; 109 distinct labels, as "the statement", "A reporter", "The
family" and the like recur on several pages). `STYLES` describes each page, its story, its speakers
and its furniture in order; `CASES` holds 30 split cases cut from the pages (titles and abbreviations
mid-sentence: "Coun.", "Ing.", "Eng.", "Dr.", "Ma.", "SC,", "E. coli", "Oct. 21"; "a.m." mid-
sentence and "am"/"pm" without periods; company lines split at "Inc.", "Ltd. 2026." (not split before
the year), "Pvt. Ltd." and "Pty Ltd." before the next line's capital, and "No." and "Reg. No." inside
a line; name prefixes "Ing. ...:" and "Vandervelde-Dubé:"; an interviewer's prefixed question citing a
source followed by "Is that right?"; a quoted question followed by its attribution; "“Eight!" split
from the question after it; a run of questions and one-word answers in one quote; a quote named in its
first sentence and carried on; ellipses before a lower-case word and before "I").

Written from scratch for issue 13 in round fifty-six, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run, and no other writer's file was read. What was read: the
brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, first two pages of `ARTICLES` and first three `CASES` of
`labelled_new151.py` and `labelled_new152.py`. Coined names were checked for freshness with file
counts of `grep -rlF` over `labelled_new*.py` and `labelled_articles.py` in `tests/text` (counts only,
no text shown): six names that hit (a neighbourhood, a particle surname, an Irish surname, two
publishers and an outlet), then a second round of outlets, firms, places, surnames and given names that hit (about
forty) were replaced before the file was written, and every full name and hyphenated surname was then
counted the same way (none hit; only single parts of compound surnames, common given names, generic
nouns and real places did).

Every person, outlet, firm, association, school, statement, post, letter, report, minute, record and
figure is invented, and so is every small place (Aspen Flats, Harrow Park, Fescue Ridge and Fescue
Road, Balmuir Academy, Kilcolgan Grove, Barangay Lumbo-Dacal, Mount Elvire, Lhakpa Phedi, Cottonfield
Street, Block 22 and the like). Real countries, provinces, states, cities, towns, districts, rivers,
plants, courts, parliaments, parties, ministries, regulators, agencies, police and army, hospitals,
unions, exchanges, embassies, teams and other public bodies appear only as settings, with invented
statements and figures: Saskatoon and the Water Security Agency; Angus, Edinburgh, Forfar,
Arbroath, the General Teaching Council for Scotland, Qualifications Scotland, Angus Council and the
EIS; Nagpur, Latur, Solapur, Dharashiv, Beed, Marathwada, the Maharashtra Legislative Assembly and
Council and the parties sitting in them; Athlone, Longford, Moydrum, Portlaoise, the Court of Appeal,
the Criminal Courts of Justice, Longford Circuit Criminal Court, the DPP, the Law Society of Ireland,
the Garda National Economic Crime Bureau and the Midlands Prison; Accra, Takoradi, Sekondi, the Pra,
the Daboase and Inchaban plants, Tamale, Tema and Ghana Water Limited; Iloilo, Pototan, Capiz,
Bacolod, Mindanao, the Suage river, the Department of Public Works and Highways, its Bureau of Design
and the Commission on Audit; the Pilbara, Perth, Santiago, the ASX, the Foreign Investment Review
Board, Treasury, the Critical Minerals Facility and the Mining and Energy Union; Kathmandu, Manang,
Pokhara, Solukhumbu, Dhading, Thamel, Gandaki and Karnali, Manipal Teaching Hospital, the Nepal Army,
the Department of Hydrology and Meteorology, the Department of Tourism, the Annapurna Conservation
Area, the Trekking Agencies' Association of Nepal and the Embassy of the Republic of Korea; Nairobi,
Nakuru, Eldoret, Uasin Gishu, Kericho, Naivasha, Molo, Mombasa, the Energy and Petroleum Regulatory
Authority, the Energy and Petroleum Tribunal, the Kenya Accreditation Service and the Ministry of
Energy and Petroleum; Suva, Apia, Tokyo, HFC Bank Stadium, Churchill Park, the Fiji Rugby Union, the
Fiji Warriors, the Drua, the Skipper Cup and FBC Sports; Georgetown, Mahaicony, East Coast Demerara,
the Georgetown Public Hospital Corporation, the Guyana Defence Force, the National Blood Transfusion
Service, the Guyana Fire Service and the Ministry of Health; Karachi, Gadap, Gulistan-e-Jauhar,
Malir, the Sachal police station, the Karachi Water and Sewerage Corporation, its K-II main and K-IV
project, the Sindh government and the Sindh High Court.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, byline, date line, share
line, caption, credit, box label, list item and legal line is a paragraph of its own); each paragraph
a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B" line by
line and never carries a speaker; headlines and standfirsts are one sentence each, flagged by content,
and their "says", "finds", "tells hearing", "say" or "says on Facebook" carries the speaker as the
story first gives it. A person is named in full as first given, without titles, roles or
post-nominals; a pronoun, a surname, given names alone or a role noun resolves to that name; a quote
over several sentences carries its speaker and cue in each; "according to X" gives X as written; a
body's name, a generic noun and a document are kept as written with their article and case; a
bracketed acronym and a descriptor before a proper name are dropped; a short form resolves to the name
as first given; "It said" after a body resolves to the body as first given; a channel phrase after
the verb is part of the cue and one fronted before the subject is not.

Conventions this set had to settle, in the same spirit:

* "the statement said" after a body's or a person's statement has been named is kept as written
  ("the statement", cue "said"), as "the letter said" was in the hundred-and-fifty-first set, and so
  is "A ministry statement ... said"; the sentences that carry the quote on with no new cue keep it.
  "The statement did not say ...", "The statement did not name ...", "The post was deleted ..." and
  "read a short statement outside" use the cue words as nouns and carry no speaker ("").
* A statement read by a spokesperson: the reading is narration (no speaker); "In the statement,
  Villarin-Ybañez said" carries the director with the cue "said" (fronted channel); the spokesperson
  answering reporters afterwards carries herself.
* Reporters' turns in a transcript box or Q&A ("Reporter: ...?", "Q: ...?") carry no speaker, like an
  interviewer's; a narrated question carries the reporter as written ("One reporter", "A reporter",
  "a reporter", cue "asked", "") even when it states a premise.
* An interviewer who uses his own name as a prefix ("Kwesi Amankwah-Tetteh:", then
  "Amankwah-Tetteh:") is still the interviewer: no speaker, unless the turn cites a source
  ("Residents of Sekondi", "say"; "The sector minister", "says") or the interviewee ("In 2024 you
  said ..." -> the interviewee, cue "said", "W" for the dated claim). The interviewee's first prefix
  keeps her title as written ("Ing. Efua Asantewaa Boakye-Darko:") while the label drops it.
* A role noun that stands for a person already named resolves to the person ("the mayor said", "The
  minister said", "The coach said", "The surgeon said", "Counsel said" when the judge has just put a
  point to that counsel); for a source never named it stays as first given ("a senior official" ->
  "The official said" carries "a senior official").
* Unnamed sources: the clause that says why they are unnamed is dropped ("a senior official who asked
  not to be named" -> "a senior official"; "One of Tarrawong's five largest shareholders, who spoke on
  condition of anonymity ..." -> "One of Tarrawong's five largest shareholders"; "A senior KWSC
  engineer, who asked not to be named ..." -> "A senior KWSC engineer"); the group nouns stay as
  written ("people familiar with the matter", "two people briefed on the talks", "a person close to
  the Tarrawong board", and "That person said" carries it); "They asked not to be named because ..."
  is narration, no speaker.
* Translated quotes: a language or interpreter phrase after the verb is part of the cue ("said
  through an interpreter", "told the Sentinel in Nepali"); a trailing participle after the name
  ("said Erlinda Solinap-Ardeño, 58, ..., speaking in Hiligaynon") is not ("said").
* Irish, Filipino and Dutch particles are part of the name and keep their case ("Ultan de Barra", "Ma.
  Rosario dela Peña-Sornito", "Wybren van der Heijden-Cole", "Brónach Nic Giolla Bhríde"); "Mr de Barra
  said" and "Dela Peña-Sornito ... said" resolve to the names as first given. "Ratu" (a Fijian chiefly
  title) and "Ing." (engineer) are titles and go; "Ma." stays as in the recent sets.
* A body first given in a sentence whose own cue is a generic noun ("The Energy and Petroleum
  Regulatory Authority (EPRA) has suspended ..., the authority said") carries the generic noun on that
  sentence; the later short form ("EPRA said") and "It said" resolve to the name as first given, with
  its leading article as written ("The Energy and Petroleum Regulatory Authority").
* Panels and courts: "a conduct panel of ... has found" and "The panel ... found" are findings that
  carry the panel as written ("W"); "It will decide on Thursday" and a court that "ordered" carry no
  speaker; the Speaker of a House "who asked both members to “leave 2021 to the historians”" carries
  him with the cue "asked"; a member who "laughed" carries no speaker.
* "did not say" and "declined to name" are labelled like "declined to say"; "did not return calls"
  like "did not respond to calls" (the person, "").
* "Under the Sindh government's notification ..." states the law and is not a reporting cue: no
  speaker ("W"), as a rule or state of the law was "W" in the hundred-and-fifty-second set.
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each one to three consecutive
  sentences of one paragraph of these pages, joined by single spaces: what a reviewer wants, not what
  the engine does. An ellipsis before the pronoun "I" inside a clause ("If they don't… I can't give
  you a date.") does not end the sentence; "“Eight!" before a new question inside the same quote does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Canadian CITY NEWS SITE (Saskatoon), desktop paste, a MAYOR\'S PRESS BRIEFING on a boil-water advisory for 41,000 homes after a 64-year-old feeder main cracks twice. Head: masthead, menu, crumb (all "B"); headline "..., mayor says" carrying the mayor in full ("W"); standfirst of record with no speaker ("W"); byline, published line (all "B"); a caption naming three officials ("", no speaker) and its credit "B". Body: the mayor ("Mayor" dropped) "told reporters"; her surname with a long apposition and an embedded "what she called" before "said"; "She said" with "4:40 a.m." mid-sentence; the advisory and its advice (no speaker); the utilities manager after a two-clause apposition, "She said" with "E. coli" mid-sentence, her precaution ""; a narrated question "One reporter asked" (kept as written, "") and the mayor\'s answer with "10:52 a.m."; "She did not say" (like "declined to say"); a transcript box whose "Reporter:" turns carry no speaker and whose "Vandervelde-Dubé:" and "Sandhu-Grewal:" turns carry the officials (prefix as cue); the fire chief ("Fire Chief" dropped) and "He asked"; a councillor ("Ward 9 Coun." dropped) and his two-sentence quote "he wrote on X"; "Asked about the post, the mayor said" (role noun resolving to the mayor); the provincial agency\'s spokesperson kept as written ("said in a statement") and "The statement did not say" (no speaker); a resident\'s ellipsis before a lower-case word and her spending "W"; "The mayor said" a daily posting; the council date with "Oct." Tail: related list, newsletter lines split at "Inc." before "You may", copyright split at "Inc." (all "B").',
    'Scottish REGIONAL PAPER\'S WEBSITE (Angus), desktop paste, a FITNESS-TO-TEACH HEARING: a General Teaching Council for Scotland panel finds a maths teacher did pupils\' National 5 coursework. Head: masthead, menu, crumb (all "B"); headline "..., conduct panel finds" carrying the panel as the story first gives it; standfirst "Teacher tells hearing ..." carrying him in full; byline with role, time line, share line (all "B"); a caption "" and its credit "B". Body: "a conduct panel of ... has found" and "The panel ... found" (findings, "W"), "It will decide on Thursday" (no speaker); the teacher\'s account in indirect speech (""); the presenting officer ("Presenting officer" dropped) "told the panel", "She said"; the depute head after a two-clause apposition, "She said"; TWO WOMEN IN TURN: "Ms Drummond-Keir asked her whether" (counsel, ""), "She said two did" (the witness), the solicitor "put it to her" ("W"), "She accepted that." (the witness) and her two-sentence quote; the teacher "told the panel" and a four-sentence quote of questions and one-word answers carried on with no new cue; counsel "asked him why", "He replied"; the convener "said" a finding ("W") and her two-sentence quote; the seventh allegation (no speaker); Qualifications Scotland (as written); the council "said in a statement", then "the statement said" kept as written and "The statement did not say" (no speaker); the solicitor\'s plan. Tail: read-more list, comments count, copyright "Ltd. 2026." and a registration line with "No." (all "B").',
    'Indian REGIONAL DAILY\'S WEBSITE (Maharashtra, Nagpur winter session), desktop paste, a PARLIAMENTARY DEBATE REPORT: the Legislative Assembly passes a ₹3,180-crore crop-loss package after an Opposition walkout; THREE MEMBERS NAMED PATIL, unrelated. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "... relief minister says ..." carrying her in full ("W"); byline with place, updated line with IST, follow line, listen line (all "B"); a caption "" and its bracketed credit "B". Body: a "NAGPUR:" lead with "what they called" (no speaker) and the rates (no speaker); the minister ("Relief and Rehabilitation Minister" dropped) after a fronted participle clause, "She said", "she told the House"; a sentence about the three Patils (no speaker); "Congress MLA Ravikiran Patil" with an embedded "which he said" before the main "said", "He said", "he asked" after a quoted question; "Shrirang Patil of the BJP, whose constituency ... borders Ravikiran Patil\'s home taluka, said"; "Ravikiran Patil said that was untrue"; "Shrirang Patil replied", "he said"; the Speaker "who asked both members to ..." (carrying him, cue "asked"); the Leader of the Opposition (title dropped) "said", "She said, citing the department\'s own figures, that", "she said, before leading ..."; "The minister said" (role noun resolving to Vasudha Patil) and "She said" twice; "According to the relief department\'s district-wise damage report, tabled ...," (participle dropped) and "The report says"; "Speaking to reporters ..., Ravikiran Patil said" (fronted channel, cue "said"); "Shrirang Patil laughed." (no speaker) and his quote; the Council\'s schedule. Tail: also-read list, tags, copyright split at "Pvt. Ltd." (all "B").',
    'Irish REGIONAL NEWS SITE (Athlone), desktop paste, a COURT APPEAL with counsel on both sides: the DPP asks the Court of Appeal to review as unduly lenient a former solicitor\'s sentence for taking €1.38m from clients. Head: masthead, menu, section (all "B"); headline of record "W"; standfirst "Defence says ..." carrying defence counsel in full ("W"); byline, date line, share line (all "B"); a caption "" and its credit "B". Body: the application and the sentence of record (no speaker); DPP counsel with IRISH PARTICLES ("Brónach Nic Giolla Bhríde SC, for the DPP," with "SC" dropped) "told the three-judge court", "She said", a two-sentence quote; "The court heard" (no speaker); "according to the society" (as written); defence counsel with a lower-case particle ("Ultan de Barra SC, for Mr Moylett-Dunne, who sat at the back of the court ..., said": the relative clause is the client\'s), "He said", "Mr de Barra said" and a carried-on quote; the presiding judge ("Mr Justice" dropped) "asked Mr de Barra whether" (""), "Mr de Barra accepted"; a second judge "put it to Ms Nic Giolla Bhríde" ("W"), "Counsel said" resolving to the DPP\'s counsel, her quote ending in a question carried on; the DPP\'s ask "W"; a detective sergeant who "had told the original sentencing hearing" (title dropped); the widow\'s son reading a statement (narration, no speaker), his three-sentence quote with an ellipsis before a lower-case word, and "Asked whether ..., he said:"; the judge reserving judgment to a date ("W"); the prison of record. Tail: related list, most-read label, comments line, copyright, group line, legal links (all "B").',
    'Ghanaian NEWS SITE (Accra), desktop paste, an INTERVIEW WITH NAME PREFIXES: the regional chief manager of Ghana Water Limited on why the Daboase treatment plant is shut by galamsey mud in the Pra. Head: masthead, menu, crumb (all "B"); headline "..., GWL regional chief says ..." carrying her in full ("W"); standfirst "... the engineer ... says she cannot yet give a date" (""); byline (the interviewer), published line, share line (all "B"); a caption "" and its credit "B". Intro: the shutdown and design limit of record (no speaker); "A ministry statement ... said" (the statement kept as written, "W") and "The statement did not say" (no speaker); the sit-down line (no speaker) and the edited-for-length line "B". Q&A: the INTERVIEWER\'S OWN NAME as a prefix ("Kwesi Amankwah-Tetteh:", then "Amankwah-Tetteh:") carries no speaker, except "Residents of Sekondi say ..." ("Residents of Sekondi", "say"), "The sector minister says ..." ("The sector minister", "says") and "In 2024 you said ..." (the interviewee, "said", "W"); the answers carry her in full with the prefix as written, "Ing. Efua Asantewaa Boakye-Darko:" on the first and "Boakye-Darko:" after ("Ing." dropped from the label), on every sentence of an answer; records "W", feelings and forecasts ""; "If they don\'t… I can\'t give you a date." (one sentence); reported speech of the police inside an answer stays with her. After: the residents\' chairman "said in a phone call" and his two-sentence quote. Tail: more-from list, WhatsApp line, copyright split before the publisher line (all "B").',
    'Philippine REGIONAL NEWS SITE (Iloilo), desktop paste, a STORY BUILT FROM SOCIAL MEDIA POSTS AND A STATEMENT READ BY A SPOKESPERSON: a river dike collapses five months after turnover. Head: masthead, menu in capitals, crumb (all "B"); headline of record "W"; standfirst "Contractor says on Facebook ..." carrying the contractor as the body first names it (""); byline, date line, share line (all "B"); a caption "" and a screengrab credit naming the board member "B". Body: "ILOILO CITY —" lead (the department acting, no speaker); the board member ("Provincial Board Member" dropped, "Ma." kept) in a video (narration, no speaker), her two-sentence quote "she said in the video" and "“Eight!" / "Is that what ₱96 million buys?” she asked." (split at "!" inside the quote); views of record; the contractor "said in a Facebook post" ("Inc.," mid-sentence), "The post was deleted" (no speaker), "In a second post ..., the company said" (fronted channel, "the company" as written); the spokesperson READING the director\'s statement (narration, no speaker); "In the statement, Villarin-Ybañez said" (the director, cue "said"), "the statement said" kept as written and carried over "Rivers move." / "Dikes are designed for that.”", "He said" (the director); the spokesperson answering in her own right ("Asked by reporters whether ..., Tabuena-Garcia said", "She said"), "“Who signed ...?” a reporter asked." (one sentence, "a reporter"), "She declined to name him"; "Dela Peña-Sornito, reached by phone ..., said" (capitalised particle resolving to the full name); the mayor ("Pototan Mayor" dropped) "wrote on Facebook", "he wrote"; a resident named after her quote with "speaking in Hiligaynon" trailing (cue "said"); "According to a 2025 Commission on Audit report ..."; the hearing date "W". Tail: related list, follow line, copyright (all "B").',
    'Australian FINANCIAL NEWS SITE, desktop paste, a TAKEOVER STORY FROM UNNAMED SOURCES: a Chilean miner makes an indicative $2.9b offer for a Pilbara lithium miner. Head: masthead, menu, market ticker, crumb (all "B"); headline "..., people familiar with the matter say" ("W"); standfirst "" (no cue); two-name byline, updated line, save/share line (all "B"); a caption "" and "Photo: Supplied" "B". Body: "according to people familiar with the matter" (as written); the premium (no speaker); "two people briefed on the talks said" and "They asked not to be named ..." (narration, no speaker); the target "said in a statement to the ASX" (channel part of the cue), "It said", "The statement did not name ..." (no speaker); "Tamarugal declined to comment" (short form resolving to the name as first given, "Chile\'s" dropped); "a senior official who asked not to be named said" ("a senior official"), "The official said" and "the official said" resolving to it; "A spokesperson for the Treasurer" as written; "One of Tarrawong\'s five largest shareholders, who spoke on condition of anonymity ..., said" (the clause dropped) and his two-sentence quote; "The company\'s annual report shows"; the managing director with a Dutch particle kept ("Wybren van der Heijden-Cole") after a long apposition "told an investor conference", "He said at the time", "did not return calls"; "Analysts at Fenwick Hollis said" and "They said" (as written); "According to a person close to the Tarrawong board" and "That person said"; a union "said" and its secretary named after her quote (title dropped); the closing price of record. Tail: gift lines, read-more list, licence line, publisher line split at "Pty Ltd." before "ABN" (all "B").',
    'Nepali ENGLISH-LANGUAGE DAILY\'S WEBSITE (Kathmandu), desktop paste, an AVALANCHE on a Manang trekking route with TRANSLATED QUOTES: four killed, 11 rescued. Head: masthead, menu, province label (all "B"); headline of record "W"; standfirst "‘I heard it ...,’ guide who dug out two clients says" carrying him in full (""); correspondent line, published and updated lines, share line (all "B"); a caption "" and "Courtesy: Nepal Army" "B". Body: "MANANG/POKHARA, Oct 21 —" lead ending "police said"; the rescue (no speaker); the police chief ("Deputy Superintendent of Police" dropped) with "9:20 am" and "2 pm" (no periods), "She said" and a backshifted sentence carried on with no new cue; TWO SHERPAS NOT RELATED plus a dead guide also named Sherpa: the guide introduced in narration (no speaker), "he told the Sentinel in Nepali by phone ..." (channel part of the cue) over a three-sentence quote; the agency owner "who ... is not related to the guide, said", "he said", "He said"; "Mingma Chhiring said" (given names resolving to the guide); a Korean trekker "said through an interpreter" (name surname-first, "Kim said through an interpreter") over a two-sentence quote; the embassy "said in a statement" and "the embassy said" (as written); the army spokesperson ("Nepal Army spokesperson Brigadier General" dropped); "The Department of Hydrology and Meteorology had warned" and "The department\'s bulletin said" (as written); "According to the Department of Tourism"; an agencies\' association vice-president (opinion "", a record "W"); the chief district officer (title dropped). Tail: related list, publisher line split at "Pvt. Ltd." before a registration line with "Reg. No.", copyright split before "All rights reserved." (all "B").',
    'Kenyan NATIONAL NEWS SITE (business section), desktop paste, a COMPANY AND A REGULATOR TRADING STATEMENTS: the energy regulator suspends an oil marketer\'s licence over adulterated diesel at 14 stations. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "Oil marketer says ..." carrying the company as first named ("W"); byline, date line with EAT, listen/share/comment line (all "B"); a caption "" and its credit "B". Body: the lead with the regulator\'s full name and bracketed acronym, ending "the authority said" (kept as written); "In a statement signed by its director-general, Eng. ..., EPRA said" (short form resolving to "The Energy and Petroleum Regulatory Authority" as first given; the signatory is not the speaker); "the statement said" kept as written; "Savanna Crest said" (short form), "The company said" resolving to the company as first named, "it said"; the chief executive after a long relative clause "wrote on X", "he wrote" over a two-sentence quote; "EPRA replied ... in a second statement, saying" (cue "replied"), "It said", "the statement said"; "according to the tribunal\'s registry"; the director-general ("Eng." dropped) "Speaking to reporters ..., Kamau-Ngugi said" (fronted channel, cue "said"), "She said", a two-sentence quote; "A reporter asked whether" (as written, ""), "She said"; the company "said in a message to the Tribune" and "The Tribune could not verify" (no speaker); "according to its annual report" (as written); how kerosene harms an engine (no speaker, "W"); a matatu driver named after his quote, "He said"; the ministry "said in a brief statement"; the suspension\'s end date. Tail: related list, newsletter line, copyright split before "All rights reserved." (all "B").',
    'Fijian SPORTS NEWS SITE (Suva), desktop paste, a SPORTS PRESS CONFERENCE WITH COACH AND CAPTAIN before a Pacific Nations Cup test against Samoa. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "Coach says ..." carrying him in full (""); byline, date line, share line (all "B"); a caption naming both men with the chiefly title "Ratu" ("", no speaker) and its credit "B". Body: the selection (no speaker); the coach named after his quote with two relative clauses between name and verb ("told reporters") and a two-sentence quote carried on; standings and the 2025 result (no speaker); the captain ("Ratu" dropped) as "the 31-year-old lock who ... said", "he said" over a two-sentence quote; "A reporter asked whether the skipper ..." (as written, ""), "The coach said" (role noun), "he added"; a "Q:" transcript whose questions carry no speaker, with "Naulivou-Rokovada:" and "Ratuvou-Nakarawa:" answers (prefix as cue), feelings "" and records "W"; the union "said" tickets and "The union said" (as written); the Samoa coach "said at his own press conference" and his two-sentence quote; "Asked about ..., Naulivou-Rokovada said" a head-to-head record ("W") and "he said"; kick-off and broadcast (no speaker). Tail: a team-list pointer, more-rugby list, copyright (all "B").',
    'Guyanese NEWS SITE, desktop paste, a HOSPITAL STORY WITH A FAMILY STATEMENT AND A DOCTOR: a seven-year-old girl critical after a gas cylinder explodes at home. Head: masthead, menu, section (all "B"); headline of record "W"; standfirst "Family say ..." carrying "the girl\'s family" as the body first writes it (""); byline, date, share line, comments count (all "B"); a caption "" and "Herald file photo" "B". Body: the girl\'s condition and burns (no speaker); the burns surgeon ("Dr." dropped) after a long apposition with an embedded clause, "She said", "Dr. Persaud-Mohabir told reporters" over a two-sentence quote, "The surgeon said" (role noun) a count "W"; the family\'s statement issued through an attorney ("In a statement ..., the girl\'s family said": fronted channel, cue "said"), "the statement said" kept as written and a carried-on sentence, "The family said" (as written), "The statement did not say" (no speaker); the attorney "said"; the uncle who SHARES THE GIRL\'S SURNAME "wrote on Facebook", "he wrote in a second post", "he wrote"; the hospital corporation "said in a statement" ("W"); the ministry; "Police said" with "5:40 p.m.", "They said", "police said" (as written); the fire service "advised" ("") and "according to the fire service"; a neighbour and his Creole quote. Tail: related list, reply-form lines, copyright and a slogan (all "B").',
    'Pakistani ENGLISH-LANGUAGE DAILY\'S WEBSITE (Karachi), desktop paste, a REPORT BUILT ON DOCUMENTS: illegal hydrants drew 9m gallons a day from the city\'s bulk main for two years. Head: masthead, menu, section (all "B"); headline "..., documents show" carrying the documents as the lead lists them; standfirst of record with no speaker ("W"); byline, published line, share line (all "B"); a caption "" and its credit "B". Body: "according to an internal inquiry report, letters and court records reviewed by The Monitor" (the participle dropped); "According to the inquiry report, dated ... and signed by ...," then "The report says" and "It says" (as written); "In a letter to ..., a copy of which was seen by The Monitor, the corporation\'s chief operating officer wrote" (fronted channel, cue "wrote"; the role kept as written, no name given); "The letter asks"; "Police records show"; "The minutes of the corporation\'s board meeting on April 28 record" and "But the inquiry report ... says" (as written); a court order (no speaker); "Court records show"; the named spokesperson (descriptor dropped), "He said", "He declined to say", "Asked why ..., he said"; "A senior KWSC engineer, who asked not to be named ..., said" (the clause dropped) and his two-sentence quote; "The corporation\'s chief executive declined to comment"; "residents of Block 22 said" (as written); a schoolteacher named after her quote, "She said", "she said" and a carried-on question; "Under the Sindh government\'s notification ..." (not a reporting cue, no speaker); the hearing date. Tail: related list, comments line, copyright and publisher line with "(Pvt.) Ltd." (all "B").',
]

ARTICLES = [
    [
        [
            ("The Prairie Meridian", "", "", "B"),
        ],
        [
            (
                "News | Saskatoon | Politics | Business | Sports | Arts & Life | Obituaries | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News › City Hall", "", "", "B"),
        ],
        [
            (
                "Boil-water advisory for 41,000 Saskatoon homes could last until Friday, mayor says",
                "Maryse Vandervelde-Dubé",
                "says",
                "W",
            ),
        ],
        [
            (
                "City crews found a second crack in a 64-year-old feeder main overnight as reporters pressed officials on why residents were not warned sooner",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Solenne Marchetti-Kwan", "", "", "B"),
        ],
        [
            ("Published Oct 13, 2026 • Last updated 3 hours ago • 4 minute read", "", "", "B"),
        ],
        [
            (
                "Mayor Maryse Vandervelde-Dubé speaks at city hall on Tuesday, flanked by utilities manager Gurleen Sandhu-Grewal and Fire Chief Marc-André Beausoleil-Kerr.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo by Kieran Follett-Mbeki /The Prairie Meridian", "", "", "B"),
        ],
        [
            (
                "A boil-water advisory covering about 41,000 households on Saskatoon's east side could stay in place until Friday, Mayor Maryse Vandervelde-Dubé told reporters at city hall on Tuesday.",
                "Maryse Vandervelde-Dubé",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "Vandervelde-Dubé, who was elected in 2024 on a promise to fix what she called the city's “tired pipes,” and who has faced weeks of criticism from council over the utility budget, said crews had found a second crack in the 600-millimetre feeder main under Fescue Road early Tuesday.",
                "Maryse Vandervelde-Dubé",
                "said",
                "W",
            ),
            (
                "She said the first break, discovered at 4:40 a.m. on Sunday, had flooded two blocks of Harrow Avenue and knocked out pressure to three reservoirs.",
                "Maryse Vandervelde-Dubé",
                "said",
                "W",
            ),
        ],
        [
            (
                "The advisory covers the neighbourhoods of Aspen Flats, Harrow Park and Fescue Ridge and part of Yellowgrass.",
                "",
                "",
                "W",
            ),
            (
                "Residents there are told to boil tap water for at least one minute before drinking it, brushing their teeth or mixing baby formula.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The city's general manager of utilities, Gurleen Sandhu-Grewal, who has run the department since her predecessor retired in March and who sat at the mayor's left through the hour-long briefing, said the main was laid in 1962 and had been scheduled for replacement in 2029.",
                "Gurleen Sandhu-Grewal",
                "said",
                "W",
            ),
            (
                "She said none of the 38 samples taken since Sunday had tested positive for E. coli or total coliforms.",
                "Gurleen Sandhu-Grewal",
                "said",
                "W",
            ),
            (
                "“The advisory is a precaution, but it is not optional,” she said.",
                "Gurleen Sandhu-Grewal",
                "said",
                "",
            ),
        ],
        [
            (
                "One reporter asked why people in Aspen Flats had learned of the break from a neighbourhood Facebook group nearly six hours before the city sent its first alert.",
                "One reporter",
                "asked",
                "",
            ),
            (
                "Vandervelde-Dubé said the alert went out at 10:52 a.m. on Sunday and “should have gone out sooner.”",
                "Maryse Vandervelde-Dubé",
                "said",
                "W",
            ),
            (
                "She did not say who had decided on the timing.",
                "Maryse Vandervelde-Dubé",
                "did not say",
                "",
            ),
        ],
        [
            ("From the briefing (edited for length)", "", "", "B"),
        ],
        [
            ("Reporter: Will the city reimburse people who bought bottled water?", "", "", ""),
            (
                "Vandervelde-Dubé: Council will look at that on the 21st.",
                "Maryse Vandervelde-Dubé",
                "Vandervelde-Dubé:",
                "",
            ),
            (
                "I'm not going to promise anybody a cheque today.",
                "Maryse Vandervelde-Dubé",
                "Vandervelde-Dubé:",
                "",
            ),
        ],
        [
            ("Reporter: Could the main fail again before it's replaced?", "", "", ""),
            (
                "Sandhu-Grewal: There's always a risk with a pipe that's 64 years old.",
                "Gurleen Sandhu-Grewal",
                "Sandhu-Grewal:",
                "W",
            ),
            (
                "We've cut the pressure in that section by about 30 per cent, and we've got a crew on site around the clock.",
                "Gurleen Sandhu-Grewal",
                "Sandhu-Grewal:",
                "W",
            ),
        ],
        [
            ("Reporter: Why 2029?", "", "", ""),
            (
                "Vandervelde-Dubé: Because that's where it sat in the capital plan I inherited.",
                "Maryse Vandervelde-Dubé",
                "Vandervelde-Dubé:",
                "W",
            ),
        ],
        [
            (
                "Fire Chief Marc-André Beausoleil-Kerr said firefighters had delivered water to 212 seniors and people with disabilities since Sunday, working from a list kept by the city's emergency management office.",
                "Marc-André Beausoleil-Kerr",
                "said",
                "W",
            ),
            (
                "He asked residents to knock on their neighbours' doors.",
                "Marc-André Beausoleil-Kerr",
                "asked",
                "",
            ),
        ],
        [
            (
                "Ward 9 Coun. Yusuf Adeyemi-Clarke, who chairs council's budget committee, said he had twice asked in 2025 for the Fescue Road main to be moved up the replacement list.",
                "Yusuf Adeyemi-Clarke",
                "said",
                "W",
            ),
            (
                "“We were told it could wait,” he wrote on X on Tuesday afternoon.",
                "Yusuf Adeyemi-Clarke",
                "wrote on X",
                "",
            ),
            ("“Well, it couldn't.”", "Yusuf Adeyemi-Clarke", "wrote on X", ""),
        ],
        [
            (
                "Asked about the post, the mayor said the 2025 budget had moved $11.4 million into water mains and that the Fescue Road pipe was “next in line.”",
                "Maryse Vandervelde-Dubé",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the provincial Water Security Agency said in a statement that the agency was notified of the break at 1:15 p.m. on Sunday.",
                "A spokesperson for the provincial Water Security Agency",
                "said in a statement",
                "W",
            ),
            ("The statement did not say when the advisory might be lifted.", "", "", ""),
        ],
        [
            (
                "At a grocery on Fescue Road, the shelves that normally hold bottled water were bare by noon.",
                "",
                "",
                "",
            ),
            (
                "“I've got a four-month-old, so I'm boiling everything… twice,” said Abena Mensah-Koroma, 31, who lives in Harrow Park.",
                "Abena Mensah-Koroma",
                "said",
                "",
            ),
            (
                "She said she had spent $46 on bottled water since Sunday.",
                "Abena Mensah-Koroma",
                "said",
                "W",
            ),
        ],
        [
            (
                "The mayor said the city would post sample results on its website every day from Wednesday.",
                "Maryse Vandervelde-Dubé",
                "said",
                "W",
            ),
            ("Council's next regular meeting is on Oct. 21.", "", "", "W"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("City raises water rates 4.5% for 2027", "", "", "B"),
        ],
        [
            ("Letters: Our pipes are older than our councillors", "", "", "B"),
        ],
        [
            ("Sign up for Meridian Morning, our weekday newsletter.", "", "", "B"),
        ],
        [
            (
                "By clicking on the sign up button you consent to receive the above newsletter from Northgate Community Media Inc.",
                "",
                "",
                "B",
            ),
            ("You may unsubscribe any time.", "", "", "B"),
        ],
        [
            (
                "© 2026 The Prairie Meridian, a division of Northgate Community Media Inc.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Tay & Glens Courier", "", "", "B"),
        ],
        [
            (
                "Home | News | Angus | Dundee | Perthshire | Sport | Farming | Jobs | Notices | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Education", "", "", "B"),
        ],
        [
            (
                "Angus maths teacher did pupils' coursework for them, conduct panel finds",
                "a conduct panel of the General Teaching Council for Scotland",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Teacher tells hearing he was “drowning” after his department lost three staff in a year",
                "Callum Dalrymple-Bell",
                "tells hearing",
                "W",
            ),
        ],
        [
            ("By Gregor Lomond-Haig, Education Reporter", "", "", "B"),
        ],
        [
            ("09:47, 3 JUN 2026 | Updated 17:20, 3 JUN 2026", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Email", "", "", "B"),
        ],
        [
            ("Balmuir Academy, where Mr Dalrymple-Bell has taught since 2011.", "", "", ""),
        ],
        [
            ("Picture: Courier Photo Desk", "", "", "B"),
        ],
        [
            (
                "A maths teacher at an Angus secondary school completed parts of National 5 coursework for 14 pupils and altered the marks of six more, a conduct panel of the General Teaching Council for Scotland has found.",
                "a conduct panel of the General Teaching Council for Scotland",
                "has found",
                "W",
            ),
            (
                "The panel, sitting in Edinburgh, found six of the seven allegations against Callum Dalrymple-Bell, 47, proved on Wednesday.",
                "The panel",
                "found",
                "W",
            ),
            (
                "It will decide on Thursday whether he should be removed from the register.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mr Dalrymple-Bell, who had taught at Balmuir Academy since 2011 and was acting principal teacher of mathematics when the assignments were submitted in 2024, said he had “helped too much” with three of them but denied writing any pupil's work.",
                "Callum Dalrymple-Bell",
                "said",
                "",
            ),
        ],
        [
            (
                "Presenting officer Kirsteen Drummond-Keir told the panel that Qualifications Scotland had flagged 14 of the 31 assignments from his two classes because the working in them was “near-identical, down to the same crossed-out line.”",
                "Kirsteen Drummond-Keir",
                "told the panel",
                "W",
            ),
            (
                "She said the handwriting on five of the scripts matched samples from his own marking.",
                "Kirsteen Drummond-Keir",
                "said",
                "W",
            ),
        ],
        [
            (
                "The school's depute head teacher, Siobhan Auld-Rae, who carried out the first internal investigation and who was the council's main witness, said she had found the original drafts in a locked cabinet in his classroom in November 2024.",
                "Siobhan Auld-Rae",
                "said",
                "W",
            ),
            (
                "She said 11 of them had been written in pencil and then gone over in pen.",
                "Siobhan Auld-Rae",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Drummond-Keir asked her whether any other teacher had a key to the cabinet.",
                "Kirsteen Drummond-Keir",
                "asked",
                "",
            ),
            (
                "She said two did, but neither taught National 5 that year.",
                "Siobhan Auld-Rae",
                "said",
                "W",
            ),
        ],
        [
            (
                "Aonghas MacRitchie-Boyd, a solicitor representing Mr Dalrymple-Bell through the EIS, put it to her that the department had been without a principal teacher for 14 months and had lost three of its seven staff in 2023-24.",
                "Aonghas MacRitchie-Boyd",
                "put it to her",
                "W",
            ),
            ("She accepted that.", "Siobhan Auld-Rae", "accepted", "W"),
            (
                "“It was a very hard year for that department, and I said so at the time,” she said.",
                "Siobhan Auld-Rae",
                "said",
                "",
            ),
            ("“But that is not what this is about.”", "Siobhan Auld-Rae", "said", ""),
        ],
        [
            (
                "Giving evidence on Tuesday, Mr Dalrymple-Bell told the panel he had been “drowning.”",
                "Callum Dalrymple-Bell",
                "told the panel",
                "",
            ),
            (
                "“I was teaching six classes, covering two more and running a department nobody else wanted to run,” he said.",
                "Callum Dalrymple-Bell",
                "said",
                "",
            ),
            (
                "“Did I sit with kids at lunchtime and talk them through it?",
                "Callum Dalrymple-Bell",
                "said",
                "",
            ),
            ("Yes.", "Callum Dalrymple-Bell", "said", ""),
            ("Did I write it for them?", "Callum Dalrymple-Bell", "said", ""),
            ("No.”", "Callum Dalrymple-Bell", "said", ""),
        ],
        [
            (
                "Ms Drummond-Keir asked him why the same crossed-out line appeared in nine scripts.",
                "Kirsteen Drummond-Keir",
                "asked",
                "",
            ),
            (
                "He replied that he had “no explanation that would satisfy anyone in this room.”",
                "Callum Dalrymple-Bell",
                "replied",
                "",
            ),
        ],
        [
            (
                "In announcing the findings, the panel's convener, Morag Inglis-Tait, said the members had not accepted his account and found it “more likely than not” that he had written the working in at least nine scripts himself.",
                "Morag Inglis-Tait",
                "said",
                "W",
            ),
            (
                "She said the panel recognised the pressure he had been under.",
                "Morag Inglis-Tait",
                "said",
                "",
            ),
            ("“Pressure explains a great deal,” she said.", "Morag Inglis-Tait", "said", ""),
            ("“It does not excuse this.”", "Morag Inglis-Tait", "said", ""),
        ],
        [
            (
                "The seventh allegation, that he told two pupils to say they had worked alone, was found not proved.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Qualifications Scotland said the 20 pupils had been allowed to resit the assignment in early 2025 and that all of their final grades had been confirmed.",
                "Qualifications Scotland",
                "said",
                "W",
            ),
        ],
        [
            (
                "Angus Council said in a statement that Mr Dalrymple-Bell had been suspended on full pay since December 2024.",
                "Angus Council",
                "said in a statement",
                "W",
            ),
            (
                "“We have reviewed how coursework is supervised across all our secondary schools,” the statement said.",
                "the statement",
                "said",
                "",
            ),
            ("The statement did not say what had changed.", "", "", ""),
        ],
        [
            (
                "Speaking outside, Mr MacRitchie-Boyd said his client would ask the panel on Thursday to impose a conditional registration order rather than remove him.",
                "Aonghas MacRitchie-Boyd",
                "said",
                "",
            ),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Forfar primary wins national award for outdoor learning", "", "", "B"),
        ],
        [
            ("Arbroath harbour works delayed until spring", "", "", "B"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("© Tay & Glens Publishing Ltd. 2026.", "", "", "B"),
            ("Registered in Scotland No. SC417732.", "", "", "B"),
        ],
    ],
    [
        [
            ("Godavari Chronicle", "", "", "B"),
        ],
        [
            (
                "Home | Maharashtra | Mumbai | Pune | Nagpur | Politics | Agriculture | Business | Opinion | ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Maharashtra › Winter Session 2026", "", "", "B"),
        ],
        [
            (
                "Assembly passes ₹3,180-crore crop-loss package after Opposition walkout",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Three Patils, one debate: relief minister says 19.4 lakh farmers will be paid by January 31",
                "Vasudha Patil",
                "says",
                "W",
            ),
        ],
        [
            ("Nilesh Waghmare-Joshi | Nagpur", "", "", "B"),
        ],
        [
            ("Updated: Dec 16, 2026, 22:41 IST", "", "", "B"),
        ],
        [
            ("Follow us: WhatsApp | Telegram | Google News", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            (
                "Relief and Rehabilitation Minister Vasudha Patil replies to the debate in the Legislative Assembly on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Photo: Vidhan Bhavan media cell)", "", "", "B"),
        ],
        [
            (
                "NAGPUR: The Maharashtra Legislative Assembly on Wednesday passed supplementary demands of ₹3,180 crore to compensate farmers whose kharif crops were damaged by unseasonal rain in October, after Opposition members walked out in protest at what they called “a package for photographs”.",
                "",
                "",
                "W",
            ),
            (
                "The money will be paid at ₹8,500 a hectare for rain-fed crops and ₹17,000 a hectare for irrigated crops, up to a limit of three hectares per farmer.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Replying to a debate that ran for nearly five hours, Relief and Rehabilitation Minister Vasudha Patil said damage surveys had been completed in 21 of the state's 36 districts and that 19.4 lakh farmers were eligible.",
                "Vasudha Patil",
                "said",
                "W",
            ),
            (
                "She said the first instalment would reach bank accounts by January 31.",
                "Vasudha Patil",
                "said",
                "W",
            ),
            (
                "“Not one rupee will go through a middleman,” she told the House.",
                "Vasudha Patil",
                "told the House",
                "",
            ),
        ],
        [
            (
                "The debate had three members named Patil on their feet in a single afternoon, none of them related.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Congress MLA Ravikiran Patil, who represents a constituency in Latur district, which he said had lost 62 per cent of its soybean crop, opened for the Opposition and said the rate was “less than what a farmer spends on seed and diesel”.",
                "Ravikiran Patil",
                "said",
                "W",
            ),
            (
                "He said the Opposition had asked for ₹50,000 a hectare in a notice submitted on December 9.",
                "Ravikiran Patil",
                "said",
                "W",
            ),
            (
                "“Is the minister saying that eight-and-a-half thousand rupees will save a family?” he asked.",
                "Ravikiran Patil",
                "asked",
                "",
            ),
        ],
        [
            (
                "Shrirang Patil of the BJP, whose constituency in Solapur district borders Ravikiran Patil's home taluka, said the previous government had paid farmers in his area ₹6,800 a hectare after the floods of 2021 “and took eleven months to do it”.",
                "Shrirang Patil",
                "said",
                "W",
            ),
            (
                "Ravikiran Patil said that was untrue, and that the payment had been made in seven months.",
                "Ravikiran Patil",
                "said",
                "W",
            ),
            (
                "Shrirang Patil replied that he would table the bank records.",
                "Shrirang Patil",
                "replied",
                "",
            ),
            ("“Let the House see them,” he said.", "Shrirang Patil", "said", ""),
        ],
        [
            (
                "The exchange was cut short by the Speaker, Prabhakar Jadhav-Khot, who asked both members to “leave 2021 to the historians”.",
                "Prabhakar Jadhav-Khot",
                "asked",
                "",
            ),
        ],
        [
            (
                "Leader of the Opposition Kalpana Shirsat-More said the government had surveyed only 58 per cent of the damaged area before deciding the amount.",
                "Kalpana Shirsat-More",
                "said",
                "W",
            ),
            (
                "She said, citing the department's own figures, that 4.1 lakh hectares in Marathwada had not been visited by a revenue officer by December 12.",
                "Kalpana Shirsat-More",
                "said",
                "W",
            ),
            (
                "“You have decided the cure before you have seen the patient,” she said, before leading members of the Congress, the NCP (SP) and the Shiv Sena (UBT) out of the House.",
                "Kalpana Shirsat-More",
                "said",
                "",
            ),
        ],
        [
            (
                "The minister said the remaining surveys would be finished by December 31.",
                "Vasudha Patil",
                "said",
                "W",
            ),
            (
                "She said the rates were ₹1,700 a hectare higher than those set under the national disaster relief norms.",
                "Vasudha Patil",
                "said",
                "W",
            ),
            (
                "She said the government had already paid ₹1,140 crore in advance relief in November to 6.2 lakh farmers whose losses were above 65 per cent.",
                "Vasudha Patil",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the relief department's district-wise damage report, tabled in the House on Tuesday, Latur, Dharashiv and Beed together account for 41 per cent of the damaged area.",
                "the relief department's district-wise damage report",
                "according to",
                "W",
            ),
            (
                "The report says the rain damaged crops on 27.3 lakh hectares, most of it soybean, cotton and tur.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Speaking to reporters outside the House, Ravikiran Patil said the Opposition would hold protests at every tehsil office in Marathwada from December 22.",
                "Ravikiran Patil",
                "said",
                "W",
            ),
            (
                "“The farmers will decide if this is enough,” he said.",
                "Ravikiran Patil",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked whether the three Patils ever agreed on anything, Shrirang Patil laughed.",
                "",
                "",
                "",
            ),
            ("“We agree it rained,” he said.", "Shrirang Patil", "said", ""),
        ],
        [
            (
                "The supplementary demands will now go to the Legislative Council, which is expected to take them up on Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Also Read", "", "", "B"),
        ],
        [
            ("Nagpur winter session: Four bills, 11 days, one walkout a day", "", "", "B"),
        ],
        [
            ("Soybean prices fall below MSP in Latur mandi", "", "", "B"),
        ],
        [
            ("Tags: Maharashtra Assembly, Crop loss, Marathwada, Farmers", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Godavari Chronicle Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Lough Ree Observer", "", "", "B"),
        ],
        [
            (
                "News | Athlone | Longford | Roscommon | Courts | Sport | GAA | Business | Property | Death Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Courts", "", "", "B"),
        ],
        [
            (
                "DPP asks Court of Appeal to jail former Athlone solicitor who took €1.38m from clients",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Defence says former solicitor has “lost everything already” and repaid €310,000 before he was sentenced",
                "Ultan de Barra",
                "says",
                "W",
            ),
        ],
        [
            ("Orla Breheny-Quinn", "", "", "B"),
        ],
        [
            ("Thursday, 12 November 2026 - 18:05", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "The Criminal Courts of Justice in Dublin, where the Court of Appeal sat on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Liffey Pictures", "", "", "B"),
        ],
        [
            (
                "The Director of Public Prosecutions has asked the Court of Appeal to review as unduly lenient the sentence given to a former Athlone solicitor who took €1.38 million from the client accounts of his practice over six years.",
                "",
                "",
                "W",
            ),
            (
                "Gerard Moylett-Dunne, 61, of Kilcolgan Grove, Athlone, was sentenced at Longford Circuit Criminal Court in March to four years, with the final two suspended, after pleading guilty to 32 counts of theft between 2016 and 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Brónach Nic Giolla Bhríde SC, for the DPP, told the three-judge court that the sentencing judge had placed the offending “at the very bottom of the upper range” and had then given too much weight to mitigation.",
                "Brónach Nic Giolla Bhríde",
                "told the three-judge court",
                "W",
            ),
            (
                "She said 19 of the 23 clients whose money was taken were over 70, and that three had died before the money was repaid.",
                "Brónach Nic Giolla Bhríde",
                "said",
                "W",
            ),
            (
                "“These were people who trusted him with the sale of the family farm, and with their own wills,” she said.",
                "Brónach Nic Giolla Bhríde",
                "said",
                "",
            ),
            ("“He used that trust as a line of credit.”", "Brónach Nic Giolla Bhríde", "said", ""),
        ],
        [
            (
                "The court heard that the largest single sum, €412,000, came from the sale of a farm at Moydrum on behalf of a widow whose husband had been a client of the practice for 30 years.",
                "",
                "",
                "W",
            ),
            (
                "The money was repaid in full from the Law Society of Ireland's Compensation Fund in 2023, according to the society.",
                "the society",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ultan de Barra SC, for Mr Moylett-Dunne, who sat at the back of the court in a grey suit and did not speak during the hearing, said his client had been struck off the roll of solicitors, had sold his family home and had paid €310,000 back into the fund before he was sentenced.",
                "Ultan de Barra",
                "said",
                "W",
            ),
            (
                "He said his client had no previous convictions and had made admissions at his first garda interview.",
                "Ultan de Barra",
                "said",
                "W",
            ),
            (
                "“He has lost his profession, his home, his marriage and his good name,” Mr de Barra said.",
                "Ultan de Barra",
                "said",
                "",
            ),
            (
                "“He will be paying this back for the rest of his life.”",
                "Ultan de Barra",
                "said",
                "",
            ),
        ],
        [
            (
                "The presiding judge, Mr Justice Donnacha Ó Maoláin-Hynes, who was sitting with Ms Justice Bríd Ní Fhlannagáin and Mr Justice Kevin Costigan-Fahy, asked Mr de Barra whether the repayment had come from the sale of a house that was already in his wife's name.",
                "Donnacha Ó Maoláin-Hynes",
                "asked",
                "",
            ),
            ("Mr de Barra accepted that half of it had.", "Ultan de Barra", "accepted", "W"),
        ],
        [
            (
                "Ms Justice Ní Fhlannagáin put it to Ms Nic Giolla Bhríde that the sentencing judge had heard evidence from a consultant psychiatrist that Mr Moylett-Dunne had a gambling disorder from 2014.",
                "Bríd Ní Fhlannagáin",
                "put it to Ms Nic Giolla Bhríde",
                "W",
            ),
            (
                "Counsel said the psychiatrist had also accepted in cross-examination that he had been gambling online on the afternoon of his arrest.",
                "Brónach Nic Giolla Bhríde",
                "said",
                "W",
            ),
            (
                "“An addiction may explain the first cheque,” she said.",
                "Brónach Nic Giolla Bhríde",
                "said",
                "",
            ),
            ("“Does it explain the 32nd?”", "Brónach Nic Giolla Bhríde", "said", ""),
        ],
        [
            (
                "Ms Nic Giolla Bhríde said the DPP would ask the court to impose a sentence of six years, with no part suspended.",
                "Brónach Nic Giolla Bhríde",
                "said",
                "W",
            ),
        ],
        [
            (
                "Detective Sergeant Aoife Carberry-Lynch of the Garda National Economic Crime Bureau had told the original sentencing hearing that the thefts were found in 2022 when a bank queried a transfer of €95,000 to an online betting account.",
                "Aoife Carberry-Lynch",
                "told the original sentencing hearing",
                "W",
            ),
        ],
        [
            (
                "The widow's son, Pádraig Kilbride-Ward, who was in court with his two sisters, read a short statement outside.",
                "",
                "",
                "",
            ),
            (
                "“My mother signed every paper he put in front of her because she thought he was family,” he said.",
                "Pádraig Kilbride-Ward",
                "said",
                "",
            ),
            (
                "“She died in 2024 not knowing if she would ever see that money again.",
                "Pádraig Kilbride-Ward",
                "said",
                "",
            ),
            (
                "We are not here for revenge… we are here because two years is not a sentence for what he did to her.”",
                "Pádraig Kilbride-Ward",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked whether the family had accepted an apology Mr Moylett-Dunne wrote to them in 2023, he said: “We got a letter.”",
                "Pádraig Kilbride-Ward",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Justice Ó Maoláin-Hynes said the court would reserve its judgment and give it on December 18.",
                "Donnacha Ó Maoláin-Hynes",
                "said",
                "W",
            ),
            (
                "Mr Moylett-Dunne, who began his sentence in March, is held at the Midlands Prison in Portlaoise.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Longford man jailed for €60,000 pension scam on elderly neighbour", "", "", "B"),
        ],
        [
            ("Athlone credit union reports record lending for 2026", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Have your say: 3 comments", "", "", "B"),
        ],
        [
            ("© 2026 Lough Ree Observer.", "", "", "B"),
            ("Part of the Shannon Region Media Group.", "", "", "B"),
            ("Terms | Privacy | Cookie Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ACCRA LANTERN", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Regional | Sports | Entertainment | Features | Lantern TV",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Features › The Lantern Interview", "", "", "B"),
        ],
        [
            (
                "‘We cannot treat mud’: GWL regional chief says Daboase plant will stay shut until turbidity falls below 4,000 NTU",
                "Efua Asantewaa Boakye-Darko",
                "says",
                "W",
            ),
        ],
        [
            (
                "Galamsey has turned the Pra the colour of cocoa, and the engineer who has to make it drinkable says she cannot yet give a date",
                "Efua Asantewaa Boakye-Darko",
                "says",
                "",
            ),
        ],
        [
            ("By Kwesi Amankwah-Tetteh", "", "", "B"),
        ],
        [
            ("Published: 24/09/2026 06:00 GMT", "", "", "B"),
        ],
        [
            ("Share 💬 0", "", "", "B"),
        ],
        [
            (
                "Engineers take samples from the Pra at the intake of the Daboase treatment plant last week.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo credit: Lantern/Yaw Sarpong-Nketiah", "", "", "B"),
        ],
        [
            (
                "The Daboase water treatment plant, which supplies about 60 per cent of the water used in Sekondi-Takoradi, has been shut since September 15, when the turbidity of the Pra river at its intake reached 14,200 NTU.",
                "",
                "",
                "W",
            ),
            ("The plant was built to treat water of up to 2,000 NTU.", "", "", "W"),
        ],
        [
            (
                "A ministry statement on Monday said a task force had destroyed 38 changfan machines on the Pra and its tributaries since August.",
                "A ministry statement",
                "said",
                "W",
            ),
            ("The statement did not say how many people had been arrested.", "", "", ""),
        ],
        [
            (
                "Ing. Efua Asantewaa Boakye-Darko, the Western Regional chief manager of Ghana Water Limited, spoke to the Lantern at her office in Takoradi on Tuesday.",
                "",
                "",
                "",
            ),
            ("The interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Kwesi Amankwah-Tetteh: Why did you shut the plant?", "", "", ""),
            (
                "Ing. Efua Asantewaa Boakye-Darko: Because at 14,000 NTU the filters clog within an hour.",
                "Efua Asantewaa Boakye-Darko",
                "Ing. Efua Asantewaa Boakye-Darko:",
                "W",
            ),
            (
                "We were backwashing them 11 times a day and using three times the alum we budget for.",
                "Efua Asantewaa Boakye-Darko",
                "Ing. Efua Asantewaa Boakye-Darko:",
                "W",
            ),
            (
                "We cannot treat mud.",
                "Efua Asantewaa Boakye-Darko",
                "Ing. Efua Asantewaa Boakye-Darko:",
                "",
            ),
        ],
        [
            (
                "Amankwah-Tetteh: Residents of Sekondi say they have had no water from their taps for nine days.",
                "Residents of Sekondi",
                "say",
                "",
            ),
            ("Is that right?", "", "", ""),
            (
                "Boakye-Darko: In parts of Sekondi, yes.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "W",
            ),
            (
                "We are running 14 tankers a day from the Inchaban plant, which is on a different river, but Inchaban produces a fifth of what Daboase does.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "W",
            ),
        ],
        [
            ("Amankwah-Tetteh: When will Daboase reopen?", "", "", ""),
            (
                "Boakye-Darko: When the river lets us.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "",
            ),
            (
                "We can restart at about 4,000 NTU, and on Tuesday morning it was 9,600.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "W",
            ),
            (
                "If the machines upstream stop, the river clears in two or three weeks.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "",
            ),
            (
                "If they don't… I can't give you a date.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "",
            ),
        ],
        [
            (
                "Amankwah-Tetteh: The sector minister says the machines have been removed from the river.",
                "The sector minister",
                "says",
                "W",
            ),
            ("Boakye-Darko: Some have.", "Efua Asantewaa Boakye-Darko", "Boakye-Darko:", ""),
            (
                "Our intake crew counted 23 working on the stretch above the plant on Saturday.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "W",
            ),
        ],
        [
            ("Amankwah-Tetteh: Have you reported that?", "", "", ""),
            (
                "Boakye-Darko: Yes, to the district security council, in writing, on Saturday evening.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "W",
            ),
            (
                "The police told us the next morning that a patrol had gone out and found nobody.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "W",
            ),
        ],
        [
            (
                "Amankwah-Tetteh: In 2024 you said the plant would never close again.",
                "Efua Asantewaa Boakye-Darko",
                "said",
                "W",
            ),
            (
                "Boakye-Darko: I said we had bought equipment so that it would not close at 4,000 NTU.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "W",
            ),
            (
                "That was true, and in 2025 it did not close once.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "W",
            ),
            ("Nobody in 2024 imagined 14,000.", "Efua Asantewaa Boakye-Darko", "Boakye-Darko:", ""),
        ],
        [
            ("Amankwah-Tetteh: What does this cost?", "", "", ""),
            (
                "Boakye-Darko: Alum alone cost us GH¢2.3 million in August, against GH¢640,000 in August last year.",
                "Efua Asantewaa Boakye-Darko",
                "Boakye-Darko:",
                "W",
            ),
        ],
        [
            (
                "After the interview, the chairman of the Sekondi Residents' Association, Kojo Essilfie-Quartey, said in a phone call that his members had counted 31 households in one street buying water from hawkers at GH¢5 a bucket.",
                "Kojo Essilfie-Quartey",
                "said in a phone call",
                "W",
            ),
            ("“Nobody is blaming Ghana Water,” he said.", "Kojo Essilfie-Quartey", "said", ""),
            (
                "“We are blaming the people who sold our river.”",
                "Kojo Essilfie-Quartey",
                "said",
                "",
            ),
        ],
        [
            ("MORE FROM THE LANTERN INTERVIEW", "", "", "B"),
        ],
        [
            (
                "‘I have 40 pupils and one textbook’: a Tamale teacher on the new curriculum",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tema port chief on why clearing a container takes 11 days", "", "", "B"),
        ],
        [
            ("Join our WhatsApp channel for breaking news", "", "", "B"),
        ],
        [
            ("© 2026 The Accra Lantern.", "", "", "B"),
            ("An Osu Heritage Media Ltd. publication.", "", "", "B"),
        ],
    ],
    [
        [
            ("Visayas Daily Courier", "", "", "B"),
        ],
        [
            (
                "HOME | NEWS | ILOILO | BACOLOD | CAPIZ | ANTIQUE | BUSINESS | SPORTS | OPINION | VIDEOS",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS / Iloilo", "", "", "B"),
        ],
        [
            (
                "Dike in Pototan collapses five months after turnover; DPWH orders investigation",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Contractor says on Facebook that the river “changed course” and scoured the dike's foundation",
                "JRV de los Reyes Builders Inc.",
                "says on Facebook",
                "",
            ),
        ],
        [
            ("By Jhoanna Sobrevega-Tan", "", "", "B"),
        ],
        [
            ("September 15, 2026 | 8:15 PM", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Copy link", "", "", "B"),
        ],
        [
            (
                "A collapsed section of the Lumbo-Dacal river dike in Pototan, Iloilo, on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "(Screengrab from Board Member Ma. Rosario dela Peña-Sornito's Facebook video)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "ILOILO CITY — The Department of Public Works and Highways has ordered an investigation into the collapse of a 60-metre section of a river dike in Pototan town that was turned over to the government in April.",
                "",
                "",
                "W",
            ),
            (
                "The 480-metre dike in Barangay Lumbo-Dacal was built under a ₱96.4-million contract completed in March.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a video posted on Facebook late on Sunday, Provincial Board Member Ma. Rosario dela Peña-Sornito, who chairs the board's committee on public works and whose district includes Pototan, walked along the broken section with a measuring tape.",
                "",
                "",
                "",
            ),
            (
                "“This was turned over in April.",
                "Ma. Rosario dela Peña-Sornito",
                "said in the video",
                "W",
            ),
            (
                "The concrete here is eight centimetres thick,” she said in the video.",
                "Ma. Rosario dela Peña-Sornito",
                "said in the video",
                "W",
            ),
            ("“Eight!", "Ma. Rosario dela Peña-Sornito", "asked", ""),
            (
                "Is that what ₱96 million buys?” she asked.",
                "Ma. Rosario dela Peña-Sornito",
                "asked",
                "",
            ),
            ("The video had been viewed about 2.1 million times by Tuesday evening.", "", "", "W"),
        ],
        [
            (
                "JRV de los Reyes Builders Inc., the Iloilo City-based contractor, said in a Facebook post on Monday morning that heavy rain on September 11 had made the Suage river “change course” and scour the foundation of the dike.",
                "JRV de los Reyes Builders Inc.",
                "said in a Facebook post",
                "W",
            ),
            ("The post was deleted about three hours later.", "", "", ""),
            (
                "In a second post on Monday evening, the company said it had built the dike “exactly to the approved plans” and would repair it at its own cost while still under warranty.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "At a press briefing in Iloilo City on Tuesday, the spokesperson for the DPWH regional office, Jonalyn Tabuena-Garcia, read a statement from Regional Director Rodolfo Villarin-Ybañez, who was in Manila.",
                "",
                "",
                "",
            ),
            (
                "In the statement, Villarin-Ybañez said a team of engineers from the regional office and the Bureau of Design had been sent to Pototan on Monday and would submit its findings within 15 days.",
                "Rodolfo Villarin-Ybañez",
                "said",
                "W",
            ),
            (
                "“It is premature to blame the river,” the statement said.",
                "the statement",
                "said",
                "",
            ),
            ("“Rivers move.", "the statement", "said", ""),
            ("Dikes are designed for that.”", "the statement", "said", ""),
            (
                "He said the contractor's remaining payment of ₱9.6 million, the 10 per cent retention, had been withheld.",
                "Rodolfo Villarin-Ybañez",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked by reporters whether the design called for eight centimetres of concrete facing, Tabuena-Garcia said the approved plans specified 20 centimetres.",
                "Jonalyn Tabuena-Garcia",
                "said",
                "W",
            ),
            (
                "She said she could not say whether the section in the video was the facing or a patch.",
                "Jonalyn Tabuena-Garcia",
                "said",
                "",
            ),
        ],
        [
            (
                "“Who signed the certificate of completion?” a reporter asked.",
                "a reporter",
                "asked",
                "",
            ),
            (
                "Tabuena-Garcia said it had been signed by the district engineer of the Iloilo 2nd District Engineering Office, who has since been reassigned to Mindanao.",
                "Jonalyn Tabuena-Garcia",
                "said",
                "W",
            ),
            ("She declined to name him.", "Jonalyn Tabuena-Garcia", "declined to name", ""),
        ],
        [
            (
                "Dela Peña-Sornito, reached by phone after the briefing, said she had written to the DPWH in June about cracks in the same section and had received no reply.",
                "Ma. Rosario dela Peña-Sornito",
                "said",
                "W",
            ),
            ("“I have the receiving copy,” she said.", "Ma. Rosario dela Peña-Sornito", "said", ""),
        ],
        [
            (
                "Pototan Mayor Nestor Balagtas-Gatchalian wrote on Facebook that 214 families living behind the dike had been moved to two school buildings on Monday as a precaution.",
                "Nestor Balagtas-Gatchalian",
                "wrote on Facebook",
                "W",
            ),
            (
                "“Safety first, blame later,” he wrote.",
                "Nestor Balagtas-Gatchalian",
                "wrote on Facebook",
                "",
            ),
        ],
        [
            (
                "“We heard it go at two in the morning, like a truck falling,” said Erlinda Solinap-Ardeño, 58, whose house is about 40 metres from the broken section, speaking in Hiligaynon.",
                "Erlinda Solinap-Ardeño",
                "said",
                "",
            ),
            (
                "She said her grandchildren had not slept in their own beds since.",
                "Erlinda Solinap-Ardeño",
                "said",
                "",
            ),
        ],
        [
            (
                "According to a 2025 Commission on Audit report on the DPWH regional office, 11 of 46 flood-control projects inspected in the region that year had defects within their one-year warranty period.",
                "a 2025 Commission on Audit report on the DPWH regional office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The provincial board will hold a hearing on the collapse on September 23.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Iloilo City council approves ₱1.2-B flood master plan", "", "", "B"),
        ],
        [
            ("Capiz bridge reopens after 18-month repair", "", "", "B"),
        ],
        [
            ("Like us on Facebook | Follow us on X and Instagram", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Visayas Daily Courier.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Bourse Review", "", "", "B"),
        ],
        [
            (
                "Markets | Companies | Mining | Property | Economy | Politics | Tech | Wealth | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "ASX 200 8,412.6 ▲0.4% | AUD/USD 0.6618 | Iron ore US$104.20 | Spodumene US$1,385",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Companies › Mining", "", "", "B"),
        ],
        [
            (
                "Chilean giant circles Tarrawong Lithium with $2.9b offer, people familiar with the matter say",
                "people familiar with the matter",
                "say",
                "W",
            ),
        ],
        [
            (
                "Treasury officials are wary of a foreign buyer for the Pilbara project that holds a $180 million federal loan",
                "",
                "",
                "",
            ),
        ],
        [
            ("Harriet Okonjo-Blake and Declan Moriarty-Shaw", "", "", "B"),
        ],
        [
            ("Updated Jul 8, 2026 – 7.41pm, first published at 5.12pm", "", "", "B"),
        ],
        [
            ("Save | Share | Gift this article", "", "", "B"),
        ],
        [
            ("Tarrawong's Mount Elvire mine in the Pilbara.", "", "", ""),
        ],
        [
            ("Photo: Supplied", "", "", "B"),
        ],
        [
            (
                "Chile's Tamarugal Salt & Lithium has made an indicative, non-binding offer of about $1.42 a share for Tarrawong Lithium, valuing the Pilbara miner at about $2.9 billion, according to people familiar with the matter.",
                "people familiar with the matter",
                "according to",
                "W",
            ),
            (
                "The offer is a 38 per cent premium to Tarrawong's closing price on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tarrawong's board, led by chair Roslyn Vos-Hartigan, has given the Santiago-based company four weeks of exclusive due diligence, two people briefed on the talks said.",
                "two people briefed on the talks",
                "said",
                "W",
            ),
            ("They asked not to be named because the talks were confidential.", "", "", ""),
        ],
        [
            (
                "Tarrawong Lithium Ltd said in a statement to the ASX on Wednesday evening, after the shares jumped 21 per cent in the last hour of trade, that it had received “a number of approaches” and was “in preliminary discussions with one party”.",
                "Tarrawong Lithium Ltd",
                "said in a statement to the ASX",
                "W",
            ),
            (
                "It said there was no certainty any proposal would be made.",
                "Tarrawong Lithium Ltd",
                "said",
                "",
            ),
            ("The statement did not name Tamarugal.", "", "", ""),
        ],
        [
            (
                "Tamarugal declined to comment.",
                "Tamarugal Salt & Lithium",
                "declined to comment",
                "",
            ),
            (
                "Tamarugal, which is listed in Santiago and New York, reported revenue of US$3.1 billion in 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A deal would need approval from the Foreign Investment Review Board, and a senior official who asked not to be named said Treasury had been told of the approach last week.",
                "a senior official",
                "said",
                "W",
            ),
            (
                "The official said the government was “not comfortable” with a foreign owner for a project that received a $180 million loan from the Critical Minerals Facility in 2024.",
                "a senior official",
                "said",
                "W",
            ),
            (
                "“That loan was made on the understanding the project would stay in Australian hands,” the official said.",
                "a senior official",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Treasurer said the government did not comment on individual foreign investment applications, and that none had been received.",
                "A spokesperson for the Treasurer",
                "said",
                "W",
            ),
        ],
        [
            (
                "One of Tarrawong's five largest shareholders, who spoke on condition of anonymity because he was not authorised to discuss the fund's position, said $1.42 was “a starting point” and that several holders would want at least $1.60.",
                "One of Tarrawong's five largest shareholders",
                "said",
                "W",
            ),
            (
                "“They have timed it for the bottom of the cycle,” he said.",
                "One of Tarrawong's five largest shareholders",
                "said",
                "",
            ),
            (
                "“We have waited three years for this price to turn.”",
                "One of Tarrawong's five largest shareholders",
                "said",
                "",
            ),
        ],
        [
            (
                "The company's annual report shows Tarrawong produced 211,000 tonnes of spodumene concentrate in the 2025 financial year and lost $64.8 million.",
                "The company's annual report",
                "shows",
                "W",
            ),
        ],
        [
            (
                "Tarrawong's managing director, Wybren van der Heijden-Cole, a former mine engineer who built the Mount Elvire mine from a drill hole in 2017 and still owns about 3 per cent of the company, told an investor conference in Perth in May that the miner had cut its cash costs by 22 per cent in a year.",
                "Wybren van der Heijden-Cole",
                "told an investor conference",
                "W",
            ),
            (
                "He said at the time that the company was “not for sale, at any price anyone is offering in this market”.",
                "Wybren van der Heijden-Cole",
                "said",
                "",
            ),
            (
                "Mr van der Heijden-Cole did not return calls on Wednesday.",
                "Wybren van der Heijden-Cole",
                "did not return calls",
                "",
            ),
        ],
        [
            (
                "Analysts at Fenwick Hollis said the offer looked “opportunistic but not unreasonable”.",
                "Analysts at Fenwick Hollis",
                "said",
                "",
            ),
            (
                "They said Tamarugal, which bought two lithium brine projects in Argentina in 2025, would gain its first hard-rock mine outside South America.",
                "Analysts at Fenwick Hollis",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to a person close to the Tarrawong board, a second bidder, a Chinese-backed fund, approached the company in April but withdrew when told FIRB approval was unlikely.",
                "a person close to the Tarrawong board",
                "according to",
                "W",
            ),
            (
                "That person said the fund had not made a formal offer.",
                "a person close to the Tarrawong board",
                "said",
                "",
            ),
        ],
        [
            (
                "The Mining and Energy Union said its members at Mount Elvire had been told nothing.",
                "The Mining and Energy Union",
                "said",
                "",
            ),
            (
                "“Our members find out about their future from the sharemarket,” WA district secretary Kylie Marangoni-Price said.",
                "Kylie Marangoni-Price",
                "said",
                "",
            ),
        ],
        [
            (
                "Tarrawong shares closed on Wednesday at $1.25, up 21.4 per cent, while the ASX 200 rose 0.4 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Subscribe to gift this article", "", "", "B"),
            ("Gift 5 articles to anyone you choose each month when you subscribe.", "", "", "B"),
        ],
        [
            ("Read More", "", "", "B"),
        ],
        [
            ("Lithium miners rally as spodumene price hits 18-month high", "", "", "B"),
        ],
        [
            ("FIRB blocks sale of Queensland rare earths stake", "", "", "B"),
        ],
        [
            ("License this article", "", "", "B"),
        ],
        [
            ("The Bourse Review is published by Quayline Financial Media Pty Ltd.", "", "", "B"),
            ("ABN 61 004 882 193.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Kathmandu Sentinel", "", "", "B"),
        ],
        [
            (
                "National | Province | Politics | Money | World | Sports | Travel | Opinion | Interviews | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Gandaki Province", "", "", "B"),
        ],
        [
            (
                "Avalanche kills four on Manang trekking route; 11 rescued by helicopter",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "‘I heard it before I saw it,’ guide who dug out two clients says",
                "Mingma Chhiring Sherpa",
                "says",
                "",
            ),
        ],
        [
            ("Sentinel Correspondent", "", "", "B"),
        ],
        [
            ("Published at : October 21, 2026", "", "", "B"),
            ("Updated at : October 21, 2026 21:10", "", "", "B"),
        ],
        [
            ("Share: Facebook | Twitter | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Nepal Army personnel search the avalanche debris near Lhakpa Phedi in Manang on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Courtesy: Nepal Army", "", "", "B"),
        ],
        [
            (
                "MANANG/POKHARA, Oct 21 — Four people, among them a South Korean trekker and a guide from Solukhumbu, were killed when an avalanche swept across a trekking trail below Lhakpa Phedi in Manang district on Wednesday morning, police said.",
                "police",
                "said",
                "W",
            ),
            (
                "Eleven others were rescued by helicopter and flown to Pokhara, four of them with serious injuries.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy Superintendent of Police Sabitri Gurung-Thapa, chief of the District Police Office in Manang, said the avalanche struck at around 9:20 am, when a group of 15 trekkers, guides and porters was crossing an exposed section of the trail at about 4,600 metres.",
                "Sabitri Gurung-Thapa",
                "said",
                "W",
            ),
            (
                "She said two of the dead were porters from Dhading district, and that their bodies had been recovered by 2 pm.",
                "Sabitri Gurung-Thapa",
                "said",
                "W",
            ),
            (
                "The body of the guide, 27-year-old Tenzing Norbu Sherpa, had been found later in the afternoon under about two metres of snow.",
                "Sabitri Gurung-Thapa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mingma Chhiring Sherpa, 41, who was leading the group for a Thamel-based agency and has guided on the route for 19 years, was walking at the back.",
                "",
                "",
                "",
            ),
            (
                "“I heard it before I saw it,” he told the Sentinel in Nepali by phone from Pokhara.",
                "Mingma Chhiring Sherpa",
                "told the Sentinel in Nepali",
                "",
            ),
            (
                "“There was a noise like a plane, and then the snow was on us.",
                "Mingma Chhiring Sherpa",
                "told the Sentinel in Nepali",
                "",
            ),
            (
                "I dug out two clients with my hands, and then the army came.”",
                "Mingma Chhiring Sherpa",
                "told the Sentinel in Nepali",
                "W",
            ),
        ],
        [
            (
                "Ang Phurba Sherpa, who owns the agency and is not related to the guide, said the group had set off from Manang village at 5:30 am and had been told by the lodge owner at the last stop that the trail was open.",
                "Ang Phurba Sherpa",
                "said",
                "W",
            ),
            ("“Nobody said there was any danger,” he said.", "Ang Phurba Sherpa", "said", ""),
            (
                "He said the agency would pay for the porters' funerals.",
                "Ang Phurba Sherpa",
                "said",
                "",
            ),
        ],
        [
            (
                "Mingma Chhiring said there had been heavy snow for two days before the trek, but that he had crossed the same section the previous week without trouble.",
                "Mingma Chhiring Sherpa",
                "said",
                "W",
            ),
        ],
        [
            (
                "At Manipal Teaching Hospital in Pokhara, Kim Seo-yeon, 34, a South Korean trekker whose leg was broken, said through an interpreter that she had been walking with her friend Park Ji-hoon, who was killed.",
                "Kim Seo-yeon",
                "said through an interpreter",
                "W",
            ),
            (
                "“He was three steps in front of me,” Kim said through an interpreter.",
                "Kim Seo-yeon",
                "said through an interpreter",
                "",
            ),
            (
                "“I was holding the rope and he was not.”",
                "Kim Seo-yeon",
                "said through an interpreter",
                "",
            ),
        ],
        [
            (
                "The Embassy of the Republic of Korea in Kathmandu said in a statement that it was in contact with Park's family and that two consular officers had gone to Pokhara.",
                "The Embassy of the Republic of Korea in Kathmandu",
                "said in a statement",
                "W",
            ),
            ("The family had asked for privacy, the embassy said.", "the embassy", "said", ""),
        ],
        [
            (
                "Nepal Army spokesperson Brigadier General Ramesh Bahadur Khadka-Rana said two army helicopters and one private helicopter had flown nine sorties between 11 am and 4:15 pm.",
                "Ramesh Bahadur Khadka-Rana",
                "said",
                "W",
            ),
            (
                "He said the search had been called off for the night because of high winds.",
                "Ramesh Bahadur Khadka-Rana",
                "said",
                "",
            ),
        ],
        [
            (
                "The Department of Hydrology and Meteorology had warned on Monday of “heavy snowfall above 4,000 metres” in Gandaki and Karnali provinces through Wednesday.",
                "The Department of Hydrology and Meteorology",
                "had warned",
                "W",
            ),
            (
                "The department's bulletin said up to 60 centimetres of fresh snow was likely on high passes.",
                "The department's bulletin",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the Department of Tourism, 21,480 foreign trekkers entered the Annapurna Conservation Area in September, about 11 per cent more than in September 2025.",
                "the Department of Tourism",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Pemba Dorje Sherpa-Lama, a vice-president of the Trekking Agencies' Association of Nepal, said agencies should not have to rely on lodge owners for avalanche warnings.",
                "Pemba Dorje Sherpa-Lama",
                "said",
                "",
            ),
            (
                "He said the association had asked the government in 2024 to put warning boards and a radio post below the pass, and had received no reply.",
                "Pemba Dorje Sherpa-Lama",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief District Officer Khem Raj Adhikari-Poudel said the trail below Lhakpa Phedi had been closed until further notice.",
                "Khem Raj Adhikari-Poudel",
                "said",
                "W",
            ),
            (
                "He said the government would give Rs 1 million to the family of each Nepali victim.",
                "Khem Raj Adhikari-Poudel",
                "said",
                "W",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Two trekkers missing on Mardi Himal trail found safe", "", "", "B"),
        ],
        [
            ("Tourism board targets 1.5 million visitors next year", "", "", "B"),
        ],
        [
            ("Published by Bagmati Sentinel Publications Pvt. Ltd.", "", "", "B"),
            (
                "Registered at the Department of Information and Broadcasting, Reg. No. 214/2071-072.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 The Kathmandu Sentinel.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE NAKURU TRIBUNE", "", "", "B"),
        ],
        [
            (
                "News | Counties | Business | Politics | Sports | Opinion | Lifestyle | Videos | Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Energy", "", "", "B"),
        ],
        [
            (
                "EPRA suspends Savanna Crest licence over adulterated diesel at 14 stations",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Oil marketer says regulator's tests were done at an unaccredited laboratory and vows to go to tribunal",
                "Savanna Crest Energy Ltd",
                "says",
                "W",
            ),
        ],
        [
            ("By Jepkosgei Gitonga-Odhiambo", "", "", "B"),
        ],
        [
            ("Thursday, August 20, 2026 at 18:32 EAT", "", "", "B"),
        ],
        [
            ("Listen | Share | Comment (27)", "", "", "B"),
        ],
        [
            (
                "A Savanna Crest service station on the Nakuru-Eldoret highway, one of those named in the regulator's notice.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: File/Nakuru Tribune", "", "", "B"),
        ],
        [
            (
                "The Energy and Petroleum Regulatory Authority (EPRA) has suspended the retail licence of Savanna Crest Energy Ltd for 90 days after finding diesel mixed with kerosene at 14 of its stations in Nakuru, Uasin Gishu and Kericho counties, the authority said on Wednesday.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement signed by its director-general, Eng. Nyambura Kamau-Ngugi, EPRA said samples taken between July 28 and August 6 had kerosene content of between 8 and 23 per cent.",
                "The Energy and Petroleum Regulatory Authority",
                "said",
                "W",
            ),
            (
                "The legal limit for marker-dye contamination is zero, the statement said.",
                "the statement",
                "said",
                "W",
            ),
        ],
        [
            (
                "Within three hours, Savanna Crest said it “categorically rejects” the findings.",
                "Savanna Crest Energy Ltd",
                "said",
                "",
            ),
            (
                "The company said the samples had been tested at a laboratory in Nakuru whose accreditation by the Kenya Accreditation Service had lapsed in May, and that its own tests of the same tanks, carried out by an independent laboratory in Mombasa, had found no kerosene.",
                "Savanna Crest Energy Ltd",
                "said",
                "W",
            ),
            (
                "“We will be seeking orders from the Energy and Petroleum Tribunal first thing tomorrow,” it said.",
                "Savanna Crest Energy Ltd",
                "said",
                "",
            ),
        ],
        [
            (
                "Savanna Crest's chief executive, Abdirahman Farah Noor-Hassan, who founded the company in 2011 with two stations in Naivasha and has since grown it to 63, wrote on X late on Wednesday that 410 jobs were “at risk because of a lab that isn't allowed to test anything”.",
                "Abdirahman Farah Noor-Hassan",
                "wrote on X",
                "W",
            ),
            (
                "“We have asked EPRA for the chain-of-custody forms,” he wrote.",
                "Abdirahman Farah Noor-Hassan",
                "wrote on X",
                "",
            ),
            ("“We are still waiting.”", "Abdirahman Farah Noor-Hassan", "wrote on X", ""),
        ],
        [
            (
                "EPRA replied on Thursday morning in a second statement, saying all samples had been tested at its own laboratory in Nairobi and that the Nakuru facility had been used only to store them.",
                "The Energy and Petroleum Regulatory Authority",
                "replied",
                "W",
            ),
            (
                "It said the chain-of-custody forms had been handed to Savanna Crest's station managers at the time of sampling “as required by law”.",
                "The Energy and Petroleum Regulatory Authority",
                "said",
                "W",
            ),
            (
                "“The authority will not be drawn into a social media debate on matters that are now before the tribunal,” the statement said.",
                "the statement",
                "said",
                "",
            ),
        ],
        [
            (
                "Savanna Crest had not filed any papers with the tribunal by 5 pm on Thursday, according to the tribunal's registry.",
                "the tribunal's registry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Speaking to reporters in Nairobi on Thursday afternoon, Kamau-Ngugi said the authority had taken 212 samples from 71 stations belonging to nine companies in the North Rift during its July sweep.",
                "Nyambura Kamau-Ngugi",
                "said",
                "W",
            ),
            ("She said only Savanna Crest's had failed.", "Nyambura Kamau-Ngugi", "said", "W"),
            (
                "“If their lab in Mombasa found nothing, they are welcome to bring it to the tribunal,” she said.",
                "Nyambura Kamau-Ngugi",
                "said",
                "",
            ),
            ("“Let the tribunal decide whose lab is right.”", "Nyambura Kamau-Ngugi", "said", ""),
        ],
        [
            (
                "A reporter asked whether the company had been given a chance to respond before the suspension was announced.",
                "A reporter",
                "asked",
                "",
            ),
            (
                "She said it had been given seven days' notice on August 10 and had not replied.",
                "Nyambura Kamau-Ngugi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Savanna Crest said in a message to the Tribune on Thursday night that it had replied on August 16 “by hand delivery”, and shared a photograph of a stamped receiving copy.",
                "Savanna Crest Energy Ltd",
                "said in a message to the Tribune",
                "W",
            ),
            ("The Tribune could not verify when the stamp was made.", "", "", ""),
        ],
        [
            (
                "EPRA suspended six retail licences in 2025 for selling adulterated fuel, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
            (
                "A diesel engine running on fuel containing more than about 5 per cent kerosene can lose power and damage its injection pump within weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I filled at one of their stations in Molo last month and my injector pump went two weeks later,” said Joseph Kiprono Langat-Chebet, who drives a 14-seater matatu between Nakuru and Eldoret.",
                "Joseph Kiprono Langat-Chebet",
                "said",
                "",
            ),
            (
                "He said the repair had cost him Sh68,000.",
                "Joseph Kiprono Langat-Chebet",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Energy and Petroleum said in a brief statement that it was “following the matter closely”.",
                "The Ministry of Energy and Petroleum",
                "said in a brief statement",
                "",
            ),
        ],
        [
            (
                "The 14 stations will stay closed until the suspension ends on November 17 unless the tribunal orders otherwise.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Fuel prices unchanged for September, EPRA says", "", "", "B"),
        ],
        [
            ("Kericho farmers count losses as diesel shortage bites", "", "", "B"),
        ],
        [
            ("Subscribe to our newsletter", "", "", "B"),
        ],
        [
            ("© 2026 Nakuru Tribune Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("VITI SPORTS DAILY", "", "", "B"),
        ],
        [
            (
                "Home | Rugby | Sevens | Football | Netball | Athletics | Results | Fixtures | Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Rugby › Pacific Nations Cup", "", "", "B"),
        ],
        [
            (
                "Flying Fijians name unchanged pack for Samoa test; Ratuvou-Nakarawa fit to lead",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Coach says Saturday's match is “a final before the final” as captain shrugs off hamstring scare",
                "Senirusi Naulivou-Rokovada",
                "says",
                "",
            ),
        ],
        [
            ("By Sainiana Vakacegu-Reddy", "", "", "B"),
        ],
        [
            ("Thursday, 27 August 2026, 7:55 pm", "", "", "B"),
        ],
        [
            ("Share this: Facebook | X | WhatsApp", "", "", "B"),
        ],
        [
            (
                "Flying Fijians captain Ratu Semesa Ratuvou-Nakarawa (right) and head coach Senirusi Naulivou-Rokovada at Thursday's press conference in Suva.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: VSD/Eroni Baleinabua-Kumar", "", "", "B"),
        ],
        [
            (
                "Flying Fijians head coach Senirusi Naulivou-Rokovada has named an unchanged forward pack for Saturday's Pacific Nations Cup match against Samoa at HFC Bank Stadium, and confirmed that captain Ratu Semesa Ratuvou-Nakarawa has recovered from the hamstring strain that forced him off in Tokyo.",
                "",
                "",
                "W",
            ),
            (
                "The only change is on the wing, where 20-year-old Waisake Ketewa-Tikoisuva replaces the injured Viliame Droka-Matanatabu.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“It's a final before the final,” Naulivou-Rokovada, who took over in January after eight seasons in charge of the Fiji Warriors and who has lost only once at home, told reporters at the team hotel on Thursday.",
                "Senirusi Naulivou-Rokovada",
                "told reporters",
                "",
            ),
            (
                "“Samoa beat us in Apia last year.",
                "Senirusi Naulivou-Rokovada",
                "told reporters",
                "",
            ),
            (
                "The boys haven't forgotten that, and neither have I.”",
                "Senirusi Naulivou-Rokovada",
                "told reporters",
                "",
            ),
        ],
        [
            ("A win would put Fiji top of the pool with one round left.", "", "", "W"),
            (
                "Fiji lost 24-19 in Apia in August 2025, their first defeat by Samoa in four years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ratuvou-Nakarawa, the 31-year-old lock who plays his club rugby in France and who has captained Fiji in 17 of his 46 tests, said he had trained fully on Tuesday and Wednesday.",
                "Semesa Ratuvou-Nakarawa",
                "said",
                "W",
            ),
            ("“The hamstring is good,” he said.", "Semesa Ratuvou-Nakarawa", "said", ""),
            (
                "“I told the doc, if it goes again on Saturday, I'll play on one leg.”",
                "Semesa Ratuvou-Nakarawa",
                "said",
                "",
            ),
        ],
        [
            (
                "A reporter asked whether the skipper had passed a fitness test.",
                "A reporter",
                "asked",
                "",
            ),
            (
                "The coach said he had, on Wednesday afternoon, and that the medical staff had “signed it off with no conditions”.",
                "Senirusi Naulivou-Rokovada",
                "said",
                "W",
            ),
            (
                "“He's not playing on one leg,” he added, to laughter.",
                "Senirusi Naulivou-Rokovada",
                "added",
                "",
            ),
        ],
        [
            ("Q: Is the scrum where you think this is won?", "", "", ""),
            (
                "Naulivou-Rokovada: We lost four scrums on our own feed in Apia.",
                "Senirusi Naulivou-Rokovada",
                "Naulivou-Rokovada:",
                "W",
            ),
            ("That was the game.", "Senirusi Naulivou-Rokovada", "Naulivou-Rokovada:", ""),
            (
                "So yes, we've spent a lot of time on it.",
                "Senirusi Naulivou-Rokovada",
                "Naulivou-Rokovada:",
                "",
            ),
        ],
        [
            ("Q: Semesa, what does it mean to lead the team at home?", "", "", ""),
            (
                "Ratuvou-Nakarawa: My village is 40 minutes from here.",
                "Semesa Ratuvou-Nakarawa",
                "Ratuvou-Nakarawa:",
                "",
            ),
            (
                "My grandmother will be in the stand, so I can't lose.",
                "Semesa Ratuvou-Nakarawa",
                "Ratuvou-Nakarawa:",
                "",
            ),
            ("Simple.", "Semesa Ratuvou-Nakarawa", "Ratuvou-Nakarawa:", ""),
        ],
        [
            (
                "The Fiji Rugby Union said on Thursday that 14,800 tickets had been sold, about two-thirds of the stadium's capacity.",
                "The Fiji Rugby Union",
                "said",
                "W",
            ),
            ("The union said it expected a sell-out.", "The union", "said", ""),
        ],
        [
            (
                "Across town, Samoa coach Faamanu Fonoti-Tuiloma said at his own press conference that his side had “nothing to prove” after their win in Apia and had named five uncapped players in a squad of 23.",
                "Faamanu Fonoti-Tuiloma",
                "said",
                "W",
            ),
            ("“Fiji have the crowd,” he said.", "Faamanu Fonoti-Tuiloma", "said", ""),
            ("“We have the memory.”", "Faamanu Fonoti-Tuiloma", "said", ""),
        ],
        [
            (
                "Asked about Fonoti-Tuiloma's comments, Naulivou-Rokovada said Fiji had won 31 of their 45 tests against Samoa.",
                "Senirusi Naulivou-Rokovada",
                "said",
                "W",
            ),
            (
                "“They've got a memory of one game,” he said.",
                "Senirusi Naulivou-Rokovada",
                "said",
                "",
            ),
        ],
        [
            ("Kick-off is at 3 pm on Saturday.", "", "", "W"),
            ("The match will be shown live on FBC Sports.", "", "", "W"),
        ],
        [
            ("Full team lists: Viti Sports Daily, Saturday print edition, page 47.", "", "", "B"),
        ],
        [
            ("More Rugby", "", "", "B"),
        ],
        [
            ("Drua confirm two new signings for 2027", "", "", "B"),
        ],
        [
            ("Skipper Cup final moved to Churchill Park", "", "", "B"),
        ],
        [
            ("© 2026 Viti Sports Daily | Suva, Fiji", "", "", "B"),
        ],
    ],
    [
        [
            ("Coastland Herald", "", "", "B"),
        ],
        [
            (
                "Home | News | Regions | Politics | Business | Sport | Entertainment | Letters | Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "Mahaicony girl, 7, in critical condition after gas cylinder explodes at family home",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Family say she was ‘singing in the yard’ minutes before the blast",
                "the girl's family",
                "say",
                "",
            ),
        ],
        [
            ("By Shaniqua Bacchus-Ramdeen", "", "", "B"),
        ],
        [
            ("October 6, 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook | WhatsApp | X", "", "", "B"),
        ],
        [
            ("0 Comments", "", "", "B"),
        ],
        [
            (
                "The Burns Care Unit at the Georgetown Public Hospital, where the girl is being treated.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Herald file photo", "", "", "B"),
        ],
        [
            (
                "A seven-year-old girl from Mahaicony was in critical condition at the Georgetown Public Hospital on Monday night, a day after a cooking gas cylinder exploded in the kitchen of her family's home.",
                "",
                "",
                "W",
            ),
            (
                "Aaliyah Singh-Bhagwandin suffered burns to 38 per cent of her body, most of them to her legs and back, and was flown to Georgetown by a Guyana Defence Force helicopter on Sunday evening.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Anjali Persaud-Mohabir, the consultant surgeon who heads the hospital's Burns Care Unit and who, with two colleagues, operated on Aaliyah for more than four hours on Monday morning, said the child had third-degree burns to about half of the affected area.",
                "Anjali Persaud-Mohabir",
                "said",
                "W",
            ),
            (
                "She said the next 72 hours would be “crucial”, mainly because of the risk of infection.",
                "Anjali Persaud-Mohabir",
                "said",
                "",
            ),
            (
                "“She is a strong little girl, and she is fighting,” Dr. Persaud-Mohabir told reporters outside the unit.",
                "Anjali Persaud-Mohabir",
                "told reporters",
                "",
            ),
            (
                "“But I'm not going to pretend this is anything other than very serious.”",
                "Anjali Persaud-Mohabir",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "The surgeon said the unit had treated 41 children for burns so far this year, 17 of them from gas or kerosene accidents at home.",
                "Anjali Persaud-Mohabir",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement issued through their attorney, Rajendra Lall-Ramotar, on Monday afternoon, the girl's family said Aaliyah had been “singing in the yard” minutes before the explosion.",
                "the girl's family",
                "said",
                "",
            ),
            (
                "“She ran inside to get a drink of water from the fridge, and the cylinder went,” the statement said.",
                "the statement",
                "said",
                "",
            ),
            ("“We are asking everyone to pray for her.”", "the statement", "said", ""),
            (
                "The family said her mother, Savitri Bhagwandin, 29, had been treated for burns to her hands and released on Sunday night.",
                "The family",
                "said",
                "W",
            ),
        ],
        [
            ("The statement did not say how old the cylinder was.", "", "", ""),
        ],
        [
            (
                "Lall-Ramotar said the family would not answer questions about the cylinder “at this time”.",
                "Rajendra Lall-Ramotar",
                "said",
                "",
            ),
        ],
        [
            (
                "The girl's uncle, Devendra Singh-Bhagwandin, wrote on Facebook on Sunday night that the family needed O-negative blood donors.",
                "Devendra Singh-Bhagwandin",
                "wrote on Facebook",
                "",
            ),
            (
                "By Monday afternoon, he wrote in a second post, more than 60 people had turned up at the National Blood Transfusion Service in Georgetown.",
                "Devendra Singh-Bhagwandin",
                "wrote in a second post",
                "W",
            ),
            ("“Guyana, you did that,” he wrote.", "Devendra Singh-Bhagwandin", "wrote", ""),
        ],
        [
            (
                "The Georgetown Public Hospital Corporation said in a statement that it had received 64 units of blood on Monday, and that it would “not require further donations for this patient at this time”.",
                "The Georgetown Public Hospital Corporation",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Health said the state would cover the cost of Aaliyah's treatment.",
                "The Ministry of Health",
                "said",
                "",
            ),
        ],
        [
            (
                "Police said the explosion happened at about 5:40 p.m. on Sunday at the family's home at Lot 14 Cottonfield Street, Mahaicony Village, East Coast Demerara.",
                "Police",
                "said",
                "W",
            ),
            (
                "They said a preliminary check found that the regulator on the 20-pound cylinder had been “damaged and repaired with tape”.",
                "Police",
                "said",
                "W",
            ),
            ("Investigations are continuing, police said.", "police", "said", ""),
        ],
        [
            (
                "The Guyana Fire Service advised households to replace any cylinder more than 10 years old and never to repair a regulator themselves.",
                "The Guyana Fire Service",
                "advised",
                "",
            ),
            (
                "The service has responded to 23 gas cylinder fires in homes in 2026, according to the fire service.",
                "the fire service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Vishnu Doobay-Rampersaud, a neighbour who helped carry the girl to a car, said the blast had blown out two windows in his own house, about 30 metres away.",
                "Vishnu Doobay-Rampersaud",
                "said",
                "W",
            ),
            (
                "“I never hear a sound like that in my life,” he said.",
                "Vishnu Doobay-Rampersaud",
                "said",
                "",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Three injured as gas cylinder explodes at Diamond snackette", "", "", "B"),
        ],
        [
            ("GPHC opens new paediatric ward", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("© 2026 Coastland Herald.", "", "", "B"),
            ("Proudly Guyanese.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KARACHI MONITOR", "", "", "B"),
        ],
        [
            (
                "Home | Karachi | Pakistan | Business | World | Sport | Opinion | Magazine | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Karachi", "", "", "B"),
        ],
        [
            (
                "Illegal hydrants drew 9m gallons a day from Karachi's bulk main for two years, documents show",
                "an internal inquiry report, letters and court records",
                "show",
                "W",
            ),
        ],
        [
            (
                "Only one case has been registered, against “unknown persons”, and a court deadline to cut the connections passed in June",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Saima Qureshi-Abbasi", "", "", "B"),
        ],
        [
            ("Published October 3, 2026 | Updated about 5 hours ago", "", "", "B"),
        ],
        [
            ("Facebook | X | WhatsApp | Email | Print", "", "", "B"),
        ],
        [
            ("Tankers queue at a hydrant in Gadap in August.", "", "", ""),
        ],
        [
            ("Photo: Monitor/Faraz Haider-Jafri", "", "", "B"),
        ],
        [
            (
                "At least 38 illegal hydrants in the Gadap area drew about nine million gallons of water a day from the Karachi Water and Sewerage Corporation's K-II bulk main between mid-2024 and this summer, according to an internal inquiry report, letters and court records reviewed by The Monitor.",
                "an internal inquiry report, letters and court records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "According to the inquiry report, dated July 19 and signed by three KWSC engineers, the hydrants were connected to the 72-inch main through 14 unauthorised tappings, two of them fitted with valves imported from China.",
                "the inquiry report",
                "according to",
                "W",
            ),
            (
                "The report says the water was sold to tanker operators at Rs1,800 to Rs2,400 a load, and estimates the corporation's loss at Rs3.1 billion over two years.",
                "The report",
                "says",
                "W",
            ),
            (
                "It says the tappings could not have been installed “without the knowledge of field staff”.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            (
                "In a letter to the Malir district police dated March 3, a copy of which was seen by The Monitor, the corporation's chief operating officer wrote that KWSC teams had been “threatened and turned back” at two sites on three occasions.",
                "the corporation's chief operating officer",
                "wrote",
                "W",
            ),
            (
                "The letter asks for police escorts for a demolition drive and lists the sites by their GPS coordinates.",
                "The letter",
                "asks",
                "W",
            ),
        ],
        [
            (
                "Police records show only one case has been registered: a first information report lodged at the Sachal police station on April 11 against “unknown persons”.",
                "Police records",
                "show",
                "W",
            ),
        ],
        [
            (
                "The minutes of the corporation's board meeting on April 28 record that the board was told 22 of the 38 hydrants had been demolished.",
                "The minutes of the corporation's board meeting on April 28",
                "record",
                "W",
            ),
            (
                "But the inquiry report, completed less than three months later, says 31 of the 38 were operating on the day its team visited.",
                "the inquiry report",
                "says",
                "W",
            ),
        ],
        [
            (
                "In a petition filed by a residents' group from Gulistan-e-Jauhar, the Sindh High Court ordered in May that every illegal connection on the K-II line be cut within 30 days.",
                "",
                "",
                "W",
            ),
            (
                "Court records show the corporation has since filed two compliance reports, both saying the work was “in progress”.",
                "Court records",
                "show",
                "W",
            ),
        ],
        [
            (
                "A KWSC spokesperson, Adnan Shafiq-Siddiqui, said on Thursday that 27 of the hydrants had now been “permanently disconnected” and that the remaining 11 would be cut by the end of October.",
                "Adnan Shafiq-Siddiqui",
                "said",
                "W",
            ),
            (
                "He said the corporation had suspended four field employees in August.",
                "Adnan Shafiq-Siddiqui",
                "said",
                "W",
            ),
            (
                "He declined to say whether any had been charged.",
                "Adnan Shafiq-Siddiqui",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "Asked why the board had been told in April that 22 hydrants were gone, he said the figure had come from “a field report that is now itself being examined”.",
                "Adnan Shafiq-Siddiqui",
                "said",
                "",
            ),
        ],
        [
            (
                "A senior KWSC engineer, who asked not to be named because he was not allowed to speak to the media, said that at least six of the disconnected sites had been reconnected within weeks.",
                "A senior KWSC engineer",
                "said",
                "W",
            ),
            (
                "“We cut it in the morning and by night it is running again,” he said.",
                "A senior KWSC engineer",
                "said",
                "",
            ),
            ("“Everybody knows who owns these hydrants.”", "A senior KWSC engineer", "said", ""),
        ],
        [
            (
                "The corporation's chief executive declined to comment.",
                "The corporation's chief executive",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "In Gulistan-e-Jauhar, which is fed by the same main, residents of Block 22 said piped water had come for about two hours every four days since June.",
                "residents of Block 22",
                "said",
                "W",
            ),
            (
                "“We buy a tanker every week at Rs6,500,” said Naheed Akhtar-Lodhi, a schoolteacher who is a member of the residents' group that took the case to court.",
                "Naheed Akhtar-Lodhi",
                "said",
                "W",
            ),
            (
                "She said the group had written to the corporation 11 times since 2024.",
                "Naheed Akhtar-Lodhi",
                "said",
                "W",
            ),
            (
                "“It is our water, sold back to us by a thief with a tanker,” she said.",
                "Naheed Akhtar-Lodhi",
                "said",
                "",
            ),
            ("“Who is going to jail for that?”", "Naheed Akhtar-Lodhi", "said", ""),
        ],
        [
            (
                "Under the Sindh government's notification of January 2025, only six hydrants in the city are licensed to sell water to tankers, all of them run by KWSC.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The Sindh High Court is due to hear the petition again on October 16.", "", "", "W"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Tanker rates up 30pc as heatwave grips city", "", "", "B"),
        ],
        [
            ("K-IV: first water expected in 2027, says project director", "", "", "B"),
        ],
        [
            ("Comments are closed on this story.", "", "", "B"),
        ],
        [
            ("Copyright © 2026, The Karachi Monitor.", "", "", "B"),
            ("Published by Clifton Press (Pvt.) Ltd.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n155-ca-am-mid-sentence",
        "Vandervelde-Dubé, who was elected in 2024 on a promise to fix what she called the city's “tired pipes,” and who has faced weeks of criticism from council over the utility budget, said crews had found a second crack in the 600-millimetre feeder main under Fescue Road early Tuesday. She said the first break, discovered at 4:40 a.m. on Sunday, had flooded two blocks of Harrow Avenue and knocked out pressure to three reservoirs.",
        [
            "Vandervelde-Dubé, who was elected in 2024 on a promise to fix what she called the city's “tired pipes,” and who has faced weeks of criticism from council over the utility budget, said crews had found a second crack in the 600-millimetre feeder main under Fescue Road early Tuesday.",
            "She said the first break, discovered at 4:40 a.m. on Sunday, had flooded two blocks of Harrow Avenue and knocked out pressure to three reservoirs.",
        ],
    ),
    (
        "n155-ca-e-coli",
        "She said none of the 38 samples taken since Sunday had tested positive for E. coli or total coliforms. “The advisory is a precaution, but it is not optional,” she said.",
        [
            "She said none of the 38 samples taken since Sunday had tested positive for E. coli or total coliforms.",
            "“The advisory is a precaution, but it is not optional,” she said.",
        ],
    ),
    (
        "n155-ca-quote-then-did-not-say",
        "Vandervelde-Dubé said the alert went out at 10:52 a.m. on Sunday and “should have gone out sooner.” She did not say who had decided on the timing.",
        [
            "Vandervelde-Dubé said the alert went out at 10:52 a.m. on Sunday and “should have gone out sooner.”",
            "She did not say who had decided on the timing.",
        ],
    ),
    (
        "n155-ca-name-prefix-answer",
        "Vandervelde-Dubé: Council will look at that on the 21st. I'm not going to promise anybody a cheque today.",
        [
            "Vandervelde-Dubé: Council will look at that on the 21st.",
            "I'm not going to promise anybody a cheque today.",
        ],
    ),
    (
        "n155-ca-coun-wrote-on-x",
        "Ward 9 Coun. Yusuf Adeyemi-Clarke, who chairs council's budget committee, said he had twice asked in 2025 for the Fescue Road main to be moved up the replacement list. “We were told it could wait,” he wrote on X on Tuesday afternoon. “Well, it couldn't.”",
        [
            "Ward 9 Coun. Yusuf Adeyemi-Clarke, who chairs council's budget committee, said he had twice asked in 2025 for the Fescue Road main to be moved up the replacement list.",
            "“We were told it could wait,” he wrote on X on Tuesday afternoon.",
            "“Well, it couldn't.”",
        ],
    ),
    (
        "n155-ca-ellipsis-lower-case",
        "“I've got a four-month-old, so I'm boiling everything… twice,” said Abena Mensah-Koroma, 31, who lives in Harrow Park. She said she had spent $46 on bottled water since Sunday.",
        [
            "“I've got a four-month-old, so I'm boiling everything… twice,” said Abena Mensah-Koroma, 31, who lives in Harrow Park.",
            "She said she had spent $46 on bottled water since Sunday.",
        ],
    ),
    (
        "n155-ca-oct-abbrev",
        "The mayor said the city would post sample results on its website every day from Wednesday. Council's next regular meeting is on Oct. 21.",
        [
            "The mayor said the city would post sample results on its website every day from Wednesday.",
            "Council's next regular meeting is on Oct. 21.",
        ],
    ),
    (
        "n155-ca-inc-copyright",
        "© 2026 The Prairie Meridian, a division of Northgate Community Media Inc. All rights reserved.",
        [
            "© 2026 The Prairie Meridian, a division of Northgate Community Media Inc.",
            "All rights reserved.",
        ],
    ),
    (
        "n155-sc-yes-no-questions",
        "“Did I sit with kids at lunchtime and talk them through it? Yes. Did I write it for them?",
        [
            "“Did I sit with kids at lunchtime and talk them through it?",
            "Yes.",
            "Did I write it for them?",
        ],
    ),
    (
        "n155-sc-put-it-accepted",
        "Aonghas MacRitchie-Boyd, a solicitor representing Mr Dalrymple-Bell through the EIS, put it to her that the department had been without a principal teacher for 14 months and had lost three of its seven staff in 2023-24. She accepted that. “It was a very hard year for that department, and I said so at the time,” she said.",
        [
            "Aonghas MacRitchie-Boyd, a solicitor representing Mr Dalrymple-Bell through the EIS, put it to her that the department had been without a principal teacher for 14 months and had lost three of its seven staff in 2023-24.",
            "She accepted that.",
            "“It was a very hard year for that department, and I said so at the time,” she said.",
        ],
    ),
    (
        "n155-sc-ltd-year-registered-no",
        "© Tay & Glens Publishing Ltd. 2026. Registered in Scotland No. SC417732.",
        ["© Tay & Glens Publishing Ltd. 2026.", "Registered in Scotland No. SC417732."],
    ),
    (
        "n155-in-quote-full-stop-outside",
        "NAGPUR: The Maharashtra Legislative Assembly on Wednesday passed supplementary demands of ₹3,180 crore to compensate farmers whose kharif crops were damaged by unseasonal rain in October, after Opposition members walked out in protest at what they called “a package for photographs”. The money will be paid at ₹8,500 a hectare for rain-fed crops and ₹17,000 a hectare for irrigated crops, up to a limit of three hectares per farmer.",
        [
            "NAGPUR: The Maharashtra Legislative Assembly on Wednesday passed supplementary demands of ₹3,180 crore to compensate farmers whose kharif crops were damaged by unseasonal rain in October, after Opposition members walked out in protest at what they called “a package for photographs”.",
            "The money will be paid at ₹8,500 a hectare for rain-fed crops and ₹17,000 a hectare for irrigated crops, up to a limit of three hectares per farmer.",
        ],
    ),
    (
        "n155-in-question-then-asked",
        "He said the Opposition had asked for ₹50,000 a hectare in a notice submitted on December 9. “Is the minister saying that eight-and-a-half thousand rupees will save a family?” he asked.",
        [
            "He said the Opposition had asked for ₹50,000 a hectare in a notice submitted on December 9.",
            "“Is the minister saying that eight-and-a-half thousand rupees will save a family?” he asked.",
        ],
    ),
    (
        "n155-in-pvt-ltd",
        "Copyright © 2026 Godavari Chronicle Media Pvt. Ltd. All rights reserved.",
        ["Copyright © 2026 Godavari Chronicle Media Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n155-ie-sc-for-the-dpp",
        "Brónach Nic Giolla Bhríde SC, for the DPP, told the three-judge court that the sentencing judge had placed the offending “at the very bottom of the upper range” and had then given too much weight to mitigation. She said 19 of the 23 clients whose money was taken were over 70, and that three had died before the money was repaid.",
        [
            "Brónach Nic Giolla Bhríde SC, for the DPP, told the three-judge court that the sentencing judge had placed the offending “at the very bottom of the upper range” and had then given too much weight to mitigation.",
            "She said 19 of the 23 clients whose money was taken were over 70, and that three had died before the money was repaid.",
        ],
    ),
    (
        "n155-ie-quoted-question-carried",
        "“An addiction may explain the first cheque,” she said. “Does it explain the 32nd?”",
        ["“An addiction may explain the first cheque,” she said.", "“Does it explain the 32nd?”"],
    ),
    (
        "n155-ie-ellipsis-inside-quote",
        "“She died in 2024 not knowing if she would ever see that money again. We are not here for revenge… we are here because two years is not a sentence for what he did to her.”",
        [
            "“She died in 2024 not knowing if she would ever see that money again.",
            "We are not here for revenge… we are here because two years is not a sentence for what he did to her.”",
        ],
    ),
    (
        "n155-gh-ing-prefix",
        "Ing. Efua Asantewaa Boakye-Darko: Because at 14,000 NTU the filters clog within an hour. We were backwashing them 11 times a day and using three times the alum we budget for.",
        [
            "Ing. Efua Asantewaa Boakye-Darko: Because at 14,000 NTU the filters clog within an hour.",
            "We were backwashing them 11 times a day and using three times the alum we budget for.",
        ],
    ),
    (
        "n155-gh-question-citing-source",
        "Amankwah-Tetteh: Residents of Sekondi say they have had no water from their taps for nine days. Is that right?",
        [
            "Amankwah-Tetteh: Residents of Sekondi say they have had no water from their taps for nine days.",
            "Is that right?",
        ],
    ),
    (
        "n155-gh-ellipsis-before-i",
        "If the machines upstream stop, the river clears in two or three weeks. If they don't… I can't give you a date.",
        [
            "If the machines upstream stop, the river clears in two or three weeks.",
            "If they don't… I can't give you a date.",
        ],
    ),
    (
        "n155-ph-exclamation-then-question",
        "“Eight! Is that what ₱96 million buys?” she asked.",
        ["“Eight!", "Is that what ₱96 million buys?” she asked."],
    ),
    (
        "n155-ph-ma-mid-sentence",
        "In a video posted on Facebook late on Sunday, Provincial Board Member Ma. Rosario dela Peña-Sornito, who chairs the board's committee on public works and whose district includes Pototan, walked along the broken section with a measuring tape.",
        [
            "In a video posted on Facebook late on Sunday, Provincial Board Member Ma. Rosario dela Peña-Sornito, who chairs the board's committee on public works and whose district includes Pototan, walked along the broken section with a measuring tape."
        ],
    ),
    (
        "n155-ph-statement-said-carried",
        "“It is premature to blame the river,” the statement said. “Rivers move. Dikes are designed for that.”",
        [
            "“It is premature to blame the river,” the statement said.",
            "“Rivers move.",
            "Dikes are designed for that.”",
        ],
    ),
    (
        "n155-au-ltd-statement-noun",
        "Tarrawong Lithium Ltd said in a statement to the ASX on Wednesday evening, after the shares jumped 21 per cent in the last hour of trade, that it had received “a number of approaches” and was “in preliminary discussions with one party”. It said there was no certainty any proposal would be made. The statement did not name Tamarugal.",
        [
            "Tarrawong Lithium Ltd said in a statement to the ASX on Wednesday evening, after the shares jumped 21 per cent in the last hour of trade, that it had received “a number of approaches” and was “in preliminary discussions with one party”.",
            "It said there was no certainty any proposal would be made.",
            "The statement did not name Tamarugal.",
        ],
    ),
    (
        "n155-au-pty-ltd-abn",
        "The Bourse Review is published by Quayline Financial Media Pty Ltd. ABN 61 004 882 193.",
        [
            "The Bourse Review is published by Quayline Financial Media Pty Ltd.",
            "ABN 61 004 882 193.",
        ],
    ),
    (
        "n155-np-pvt-ltd-reg-no",
        "Published by Bagmati Sentinel Publications Pvt. Ltd. Registered at the Department of Information and Broadcasting, Reg. No. 214/2071-072.",
        [
            "Published by Bagmati Sentinel Publications Pvt. Ltd.",
            "Registered at the Department of Information and Broadcasting, Reg. No. 214/2071-072.",
        ],
    ),
    (
        "n155-np-am-pm-no-periods",
        "Deputy Superintendent of Police Sabitri Gurung-Thapa, chief of the District Police Office in Manang, said the avalanche struck at around 9:20 am, when a group of 15 trekkers, guides and porters was crossing an exposed section of the trail at about 4,600 metres. She said two of the dead were porters from Dhading district, and that their bodies had been recovered by 2 pm. The body of the guide, 27-year-old Tenzing Norbu Sherpa, had been found later in the afternoon under about two metres of snow.",
        [
            "Deputy Superintendent of Police Sabitri Gurung-Thapa, chief of the District Police Office in Manang, said the avalanche struck at around 9:20 am, when a group of 15 trekkers, guides and porters was crossing an exposed section of the trail at about 4,600 metres.",
            "She said two of the dead were porters from Dhading district, and that their bodies had been recovered by 2 pm.",
            "The body of the guide, 27-year-old Tenzing Norbu Sherpa, had been found later in the afternoon under about two metres of snow.",
        ],
    ),
    (
        "n155-ke-eng-statement-said",
        "In a statement signed by its director-general, Eng. Nyambura Kamau-Ngugi, EPRA said samples taken between July 28 and August 6 had kerosene content of between 8 and 23 per cent. The legal limit for marker-dye contamination is zero, the statement said.",
        [
            "In a statement signed by its director-general, Eng. Nyambura Kamau-Ngugi, EPRA said samples taken between July 28 and August 6 had kerosene content of between 8 and 23 per cent.",
            "The legal limit for marker-dye contamination is zero, the statement said.",
        ],
    ),
    (
        "n155-fj-quote-named-mid",
        "“It's a final before the final,” Naulivou-Rokovada, who took over in January after eight seasons in charge of the Fiji Warriors and who has lost only once at home, told reporters at the team hotel on Thursday. “Samoa beat us in Apia last year. The boys haven't forgotten that, and neither have I.”",
        [
            "“It's a final before the final,” Naulivou-Rokovada, who took over in January after eight seasons in charge of the Fiji Warriors and who has lost only once at home, told reporters at the team hotel on Thursday.",
            "“Samoa beat us in Apia last year.",
            "The boys haven't forgotten that, and neither have I.”",
        ],
    ),
    (
        "n155-gy-dr-told-reporters",
        "“She is a strong little girl, and she is fighting,” Dr. Persaud-Mohabir told reporters outside the unit. “But I'm not going to pretend this is anything other than very serious.”",
        [
            "“She is a strong little girl, and she is fighting,” Dr. Persaud-Mohabir told reporters outside the unit.",
            "“But I'm not going to pretend this is anything other than very serious.”",
        ],
    ),
]
