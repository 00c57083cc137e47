"""Sixty-fourth set of new hand-labelled pages for the hint engines (tuning set, round twenty-eight): twelve whole pages from news sites in twelve countries, dense with speakers that are hard to find and hard to name.

Written from scratch for issue 13 in round twenty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py`, `docs/` page or
benchmark was read, and no test, scorer, engine or `pytest` was run. The format and the conventions
were read from the module docstrings of `labelled_new.py`, `labelled_new2.py`, `labelled_new60.py`,
`labelled_new61.py` and `labelled_new62.py`, the `STYLES` and first pages of `labelled_new61.py` (one listing
ran on into its fourth to sixth pages), the first two pages of `labelled_new62.py`, the split cases of
`labelled_new61.py`, and `build` in `labelled_articles.py`; a directory listing of `tests/text/`
showed file names only, and the ruff settings in `pyproject.toml` were read. What was run: an import of this file with `build` on every page, a small
script of my own in /tmp that checks the tuples, flags, speakers and cues, the sentence count and the
split cases against the built pages, whole-word greps of the invented names over `tests/` that
counted or listed matching files only (case-sensitive, then case-insensitive, and a few phrase
greps that printed file names), and `ruff format` / `ruff check`. The pages were drafted in a small
line format of my own in /tmp and turned into the literals below by a script of my own.

Every person, small place, village, street, reservoir, school, temple, mosque, church, organisation,
outlet, company, bank, association, forum, club, union and number is invented. Real countries,
regions, rivers and big cities appear only as settings (Nigeria, Ogun State, Abeokuta and Lagos;
Bangladesh, Kurigram, Lalmonirhat, Dhaka, the Brahmaputra and the Teesta; Sri Lanka, Colombo, Kandy,
Galle, Kurunegala and the Western Province; Trinidad and Tobago, Port of Spain and south Trinidad;
Fiji, Ra, Suva and Lautoka, with Auckland; Ireland, Mayo and Dublin; Canada, New Brunswick, Ontario
and Alberta; South Africa, KwaZulu-Natal and Pietermaritzburg; India, Maharashtra, Pune and Satara;
Singapore, Kallang and Tampines, with Malaysia and Johor Bahru; Kenya, Kilifi County, Malindi and the
Coast; Australia, Queensland and Toowoomba), and so do real public bodies, offices, courts, laws and
schemes, always with invented figures: an Ogun State High Court, the state Ministry of Works, the
Director of Public Prosecutions, the state House of Assembly and the Commissioner for Works; the
Bangladesh Water Development Board (BWDB), the Executive Committee of the National Economic Council
(Ecnec), the Flood Forecasting and Warning Centre, the water resources ministry, the Upazila Nirbahi
Officer and the union parishad; the National Transport Commission (NTC), the Ministry of Transport,
the Treasury and the national bus fare policy; the Senate, the Water and Sewerage Authority (WASA),
the Trinidad and Tobago Meteorological Service and the Siparia Regional Corporation; the Republic of
Fiji Military Forces (RFMF) and its Engineers Regiment, the Ministry of Rural and Maritime
Development, the Pacific Community, the Roko Tui Ra and the Ra Provincial Office; Mayo County
Council, the Department of Transport, An Coimisiún Pleanála, Transport Infrastructure Ireland (TII),
the Irish Farmers' Association (IFA) and the GAA; the Canadian Army, the Department of National
Defence, the Impact Assessment Agency of Canada, the province's Department of Natural Resources and
Energy Development, Crown land, the Legion and the Local Journalism Initiative; the KwaZulu-Natal High
Court and the national free basic water policy; the Reserve Bank of India (RBI), the state
Co-operation department, the Chief Minister and the legislature's monsoon session; the State Courts,
the Consumers Association of Singapore (Case); the National Land Commission, the Environment and Land
Court, the Kilifi County Commissioner, the county assembly and Beach Management Units; the state
Department of Resources and the Land Act. Facebook, X, WhatsApp and Telegram appear only as channels.
No surname, town, street, outlet, company, school, club or union of any file under `tests/` is
reused: every capitalised word of these pages and split cases, each part of a hyphenated name
included, was grepped as a whole word over the whole `tests/` tree, and every hit that was an
invented name was changed (given names, titles, particles, real settings and common words such as
"Tribune", "Herald", "Observer", "Mail", "Times", "Echo", "Headland", "Coral", "Brook" and "Trace"
recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all
in a browser, so every furniture line (masthead, strap, menu, crumb, section label, byline, date
line, share strip, caption credit, advertisement slot, related and also-read lines, newsletter,
app, WhatsApp and follow prompts, comment notices, subscription lines and footer) is a paragraph of
its own, worded in that site's own way, and labelled "B". The stories are everyday local and
national news, each dense with speakers that are hard to find (quotes brought in by a colon,
reported speech running over sentences and paragraphs with "he added", "she continued", "he
continued", "the minister went on" and "he went on", speakers named only after their words,
testimony, cross-examination, statements read out by someone else, posts, letters, affidavits,
filings and petitions, "according to" a person and "according to" a document) and hard to name
(honorifics, chiefly, religious and military titles, particles, shared family names, roles and
unnamed sources). Many sentences are statements nobody is cited for and carry an empty speaker.

(1) A Nigerian national daily's courts page: an engineer testifies at the trial over a collapsed
classroom block. A headline with a colon ending in "engineer tells court", a standfirst carrying
defence counsel through "Defence says", a lead describing the witness whom the next sentence names
with "Engr.", "Ltd., and its", "Led in evidence by the state's Director of Public Prosecutions,
Mrs. ..., the witness told the court", "The witness went on: “..." over two sentences, "He added",
an ADVERTISEMENT slot, "Under cross-examination by the defence counsel, Chief ..., SAN, the witness
agreed", "put it to him", two men alternating with "the witness replied" and "The senior advocate
asked", letters admitted as exhibits and "The first letter says", a parents' statement read out by
an Alhaji, "Hon." with "wrote on Facebook", an unnamed ministry spokeswoman, "Chief" dropped with
"declined to comment", and "Justice ... adjourned the trial" as an act.

(2) A Bangladeshi English daily's national page: the Brahmaputra swallows homes in a char union
while a protection project stalls. A standfirst carrying an unnamed BWDB official, "according to
the upazila administration", a UNO and a reserved-seat member (two women) alternating with
"countered" and "The UNO said", "Tk 312 crore" and "(Ecnec)", "according to the project documents"
against "according to BWDB Kurigram Executive Engineer Md. ...", "Md." kept, a senior official who
asked not to be named then "He said", "Ltd., had been paid", a managing director who declined to
comment, "Maulana" dropped, a member of parliament's Facebook post, a woman named only after two
quote paragraphs with "So said", and "said in its daily bulletin".

(3) A Sri Lankan English weekly's news page: the annual bus fare revision with a Q&A box. "Rs. 30"
ending a headline, "Operators say" in the standfirst carrying the federation's president, "it said"
in mid-sentence, "His complaint was simple: “...”", "he added" and "he continued" with a following
sentence that has no verb of saying, "Ven." and "Thera" dropped from a monk who "called for" and
then "the Thera said", "Dr." dropped from a name with the particle "de" and "De Pannila said" at the
start of a sentence, "according to the NTC's 2025 annual report" against "according to the
federation's secretary, ...", an NTC official who asked not to be named, a worker named only after
two quote paragraphs with "The words are those of", and a Q&A box whose questions cite sources
("Q: Operators say ...", "as the Passengers' Rights Forum has asked") and whose answers begin "A:".

(4) A Trinidad and Tobago daily's news page: a minister's statement to the Senate on water rationing.
"Minister of Public Utilities Sen. the Hon. Dr. ..." dropped, "In a statement to the Senate, he
said", "The minister went on: “..." over two sentences, a seasonal outlook via "according to",
"Baldeosingh continued that" with the next sentence carried, the minister and an opposition senator
alternating with "countered", "The minister replied" and "shot back", a village council's letter
and "The letter says", an unnamed WASA engineer who spoke on condition of anonymity, a WASA
spokeswoman with a phone number, a councillor with the particle "La" who "wrote on Facebook", a
doubles vendor named only after her quote with "said as she washed out her pot", and a chairman who
declined to comment.

(5) A Fijian daily's local page: a coastal village moves inland into homes built by army engineers.
"RA –" dateline, "according to the Ministry of Rural and Maritime Development", a Permanent
Secretary's statement read out by his deputy and "The statement said", "Ratu" dropped from a chief
who "told the gathering in iTaukei", his nephew of the same family name ("Semi said") and "Ratu
Josefa said", "Adi" dropped with "she continued" carried into a paragraph without a verb, "Talatala"
and "Lieutenant Colonel" dropped, "The colonel said", an unnamed ministry official, a youth
fellowship's Facebook post and "it wrote", a 2024 assessment via "according to", and "The Roko Tui
Ra ... declined to comment".

(6) An Irish regional weekly's website: a county council votes for a greenway through farmland. Two
unrelated councillors named Garrivan ("Cllr Tomás Garrivan", "Cllr Bríd Garrivan, who is not
related to him", "Mr Garrivan", "Ms Garrivan"), a standfirst naming "one Garrivan" and "the other",
the chief executive's report via "according to" then "the report says", a TII letter "seen by The
Stonechat" then "It says", Irish names with "Ó", "Ní" and "Mac", "He abstained." as an act, the
Cathaoirleach reading a statement into the record as an act, "In it, he said" and "the statement
said", "The Cathaoirleach said", a farmer named after two quote paragraphs with "Those were the
words of", a landowner who declined to comment, the council's press office and an unnamed official.

(7) A Canadian community paper in New Brunswick: the army's plan to double a live-fire range. A
project description filed as an act, then "The filing says" and "It says", "Base commander Col."
dropped with "told", "Lt.-Col." dropped from a name with the particle "de" and "De Courvallon said",
a First Nation chief and the colonel (two women) alternating, "Coun." dropped from a retired major
with "according to a 2023 study" inside his speech, an unnamed Defence official, a spokesperson for
National Defence, a provincial department that "declined to comment, saying", and a "FROM THE FLOOR"
transcript whose name prefixes in capitals include "COL. MACKINNON-PROUDFOOT:" and "LT.-COL. DE
COURVALLON:".

(8) A South African community site's courts page: residents go to the High Court over 14 months of
water tankers. "The founding affidavit, sworn by ..., says" then "It says", "according to the
affidavit", "according to its councillor, Cllr ...", two women advocates alternating ("Adv. Liezl
van der Hoevel", "Adv. Nomvula Zibula-Msimang", "Van der Hoevel replied"), "In its answering
affidavit, the municipality says", "Judge ... reserved judgment." as an act, "Van Wyngaard-Padayachee
said" resolved to the chairperson named inside the affidavit sentence, "Inkosi" dropped with "told
the Mail", a named municipal spokesperson, "(Pty) Ltd., declined to comment", and a pensioner named
only after her quote with "That was ..., speaking at her gate".

(9) An Indian English daily's city page in Pune: the RBI caps withdrawals at a co-operative bank.
An act of the RBI without a speaker, "The RBI's directions, issued on Tuesday, say", "according to
the bank's annual report for 2024-25", "Shri" dropped from an administrator who "told The Pavana
Times", "he added" carried into a paragraph, "according to Apte-Raskar", two unrelated Khandagales
(the former vice-chairperson who "blamed" and a depositor whose quote names "Ms. Khandagale's
board"), an unnamed Co-operation department official, a depositors' forum statement read out by
"Smt. ..." with "demanded" and "the statement said", an MLA's post on X, "Swami" dropped, and a
former chairman who declined to comment.

(10) A Singapore daily's courts page: a renovation firm's director testifies at his cheating trial.
"according to the charge sheets", "Pte Ltd, is on trial", "Cheah told the court: “..." over two
sentences, "he went on", "Under cross-examination by Deputy Public Prosecutor Nurul Asyikin Mohd
Zawawi, Cheah agreed", "The prosecutor put it to him", brothers sharing a family name ("Mr Cheah Swee
Yong", then "Swee Yong told the court"), "Datuk" dropped with "testified by video link" and "Sdn
Bhd,", "Madam" dropped from a name with "binte", "on Facebook: “...”" inside a witness's reported
speech, the defence counsel and the prosecutor (two women) alternating with "argued", "pointed out",
"Ms Nurul Asyikin said" and "she said", and a District Judge adjourning as an act.

(11) A Kenyan coastal news site: fishermen go to court after a resort fences off a beach road. A
petition filed as an act then "The petition says", "according to its chairman, ...", "In a letter
dated March 30, the National Land Commission told the county government", "The letter says" and
"according to the letter", "Ltd. said in a statement" then "It said", "Sheikh" dropped, a resort
manager with the particle "Dal" ("Dal Cortivo said"), the sheikh and the manager alternating with
"countered", "the sheikh retorted" and "The sheikh said", "Dr." and a county executive's role
dropped with "she continued" carried into a paragraph, a county official who asked not to be named,
"MCA Hon." dropped with "wrote on X", "The Kilifi County Commissioner declined to comment", and a
fisherman named after two quote paragraphs with "Those are the words of".

(12) An Australian regional news site in Queensland: a council votes to lease part of a headland for
a caravan park. A standfirst carrying the Traditional Owners' corporation, "according to the
council's agenda papers", "Mayor" and "Cr" dropped, a councillor and the park's director (two men)
alternating with "argued", "insisted" and surname cues, "Pty Ltd said in a statement" then "Its
director", "Aunty" dropped from an elder who read a statement as an act, "The statement said" and
"it said", "Aunty Noreen said", "according to the council's chief executive, ...", a spokeswoman
for the state Department of Resources, a campaign group's Facebook post and "the group wrote", an
unnamed council officer, "Senior Sergeant" dropped, and a camper named only after two quote
paragraphs with "So says".

`STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new62.py` hold too (furniture "B" line by line, captions
by content and credits "B"; standfirsts labelled like headlines, never split at a semicolon, a
"says" in them carrying the source as the body names it; titles, ranks, honorifics and roles dropped
from speakers; a pronoun, a later surname, a first name, a title with the surname or a role resolved
to the full name as first given; organisations, documents and data kept as written, "according to
X" -> X, "It" for an organisation resolved to its name as first given and "It" for a document to the
document as written; a quote over several sentences or paragraphs carrying its speaker and cue;
quotes brought in by a colon one sentence with the words before the colon, less the speaker, as the
cue; speakers named only after their words carrying every sentence of them; "he"/"she" going to the
last-named person of that gender who was the subject of a reporting verb, context winning where it
settles the matter; anonymous sources kept as described without the clause that explains the
anonymity; "declined to comment" labelled like speech with flags ""; plans, votes, decisions,
orders, rulings, rules and figures of record "W"; spoken forecasts, hopes, pledges, opinions,
feelings, scene, private circumstances, rhetorical questions and advice ""; a figure of record
inside an opinion "W").

Conventions this set had to settle, in the same spirit:

* Testimony. A witness's evidence carries the witness with the verb as written ("told the court",
  "told an Ogun State High Court", "testified", "testified by video link", "agreed", "replied"); "Led
  in evidence by ..., the witness told the court" and "Under cross-examination by X, the witness
  agreed" / "Under cross-examination by ..., Cheah agreed" carry the witness, not the lawyer named in
  the opening phrase. A lawyer's "put it to him that ..." carries the lawyer with the cue "put it to
  him", "W" when a specific fact of record is put ("that he had signed an inspection report that
  month", "that he had known by then that the firm could not do the work"); a lawyer's reported
  question ("The senior advocate asked why ...") is "" whatever figure it holds, and the role
  ("The senior advocate", "The prosecutor") resolves to the lawyer as first given. Pleas ("Both have
  pleaded not guilty.", "He has claimed trial to all the charges."), exhibits admitted, bail, a
  judge adjourning or reserving judgment and "Justice ..." or "District Judge ..." acting are "W"
  without a speaker. In a court report the accused's bare surname ("Cheah") stays the accused even
  after his brother of the same family name is introduced ("Mr Cheah Swee Yong", later "Swee Yong").
* Statements read out. "A statement by the parents of the injured pupils, read out ... by Alhaji
  ..., said" carries the statement as written (the reader is not the source), and "the statement
  said" after it, with the quote it closes and the one that follows, carries "the statement" as
  written (a later mention of a document is kept as written, as "The report" is in
  `labelled_new61.py`); "In a statement read out at the handover ceremony by his deputy, the
  ministry's Permanent Secretary, ..., said" carries the Permanent Secretary with "said", and "The
  statement said" after it the statement as written; "A statement from the Nandurbag Bank
  Depositors' Forum, read out at the protest by its convener, Smt. ..., demanded" carries the
  statement with "demanded", "". Reading a statement into the record ("The Cathaoirleach, Cllr ...,
  read into the record a statement from ...", "Aunty ... read a statement to the meeting on behalf
  of ...") is an act, "W" without a speaker; "In it, he said" carries the statement's author, and
  "“We were told no,” the statement said." / "“...,” it said." the statement as written.
* Posts. "wrote on Facebook" and "wrote on X" are cues as written; the post's quoted words carry
  "he wrote", "she wrote", "it wrote" or "the group wrote", resolved to the poster as first given
  ("The Suva branch of the Naqaraivalu Youth Fellowship" kept as written; "The Save Kurrabilla
  Headland group" -> "Save Kurrabilla Headland", the descriptor after the name dropped as one before
  it is). Flags by content: a resolution, a sum raised or a petition count "W", a pledge or a slogan
  "".
* Letters, affidavits, filings and petitions. "The first letter says", "The letter says", "The
  filing says", "The petition says", "The founding affidavit, sworn by ..., says" and "The RBI's
  directions, issued on Tuesday, say" carry the document as written without the clause set off by
  commas, and "It says" after them the same document; "A letter from Transport Infrastructure
  Ireland (TII) to the council, seen by The Stonechat, says" -> "A letter from Transport
  Infrastructure Ireland (TII) to the council". Where a body is the subject ("In a letter to WASA's
  chief executive dated April 10, the ... Village Council said", "In a letter dated March 30, the
  National Land Commission told the county government", "In its answering affidavit, the
  municipality says") the body carries it with its verb. The filing of a document ("The Department
  of National Defence filed a project description ...", "... filed a petition at the Environment and
  Land Court ...", "A residents' association has asked the ... High Court ...") is an act, "W"
  without a speaker.
* "according to" a person and a document. A person is named without titles and roles ("according
  to BWDB Kurigram Executive Engineer Md. Anisul Mowla Talukdor", "according to the federation's
  secretary, Nihal Dassanayake-Kuruppuge", "according to its councillor, Cllr Sibusiso
  Gcumisa-Mazibuko", "according to its chairman, Kenga Baya-Ngumbao", "according to the council's
  chief executive, Graham Veysey-Thorold"), and a later surname after "according to" resolves to the
  full name ("according to Apte-Raskar"); documents, data and bodies are kept as written ("the
  upazila administration", "the project documents", "the NTC's 2025 annual report", "the Trinidad and
  Tobago Meteorological Service's seasonal outlook", "the Ministry of Rural and Maritime
  Development", "a 2024 assessment by the Pacific Community", "a report by the council's chief
  executive, Gearóid Mac Conaonaigh-Stenson" with its author's name as written, "the affidavit",
  "the bank's annual report for 2024-25", "the charge sheets", "figures from the Consumers
  Association of Singapore (Case)", "the letter", "the council's agenda papers"); "according to a
  2023 study the town commissioned" inside a councillor's reported speech carries the councillor.
* Reported speech over sentences and paragraphs. "he added", "she continued", "he continued",
  "Baldeosingh continued that", "The minister went on:", "The witness went on:" and "he went on"
  are cues as written, and the next sentence or paragraph in the same reported speech with no verb
  of saying ("A strike was the last thing its members wanted ...", "Priority would go to homes with
  elderly people ...", "Each family would look after the trees ...", "Depositors who needed money
  ... could apply ...", "The resort would be billed ...") carries the same speaker and cue, flags by
  content.
* Names and titles. Dropped: "Engr.", "Chief" (a Nigerian chieftaincy title and a First Nation
  chief), "SAN", "Mrs.", "Alhaji", "Hon.", "Upazila Nirbahi Officer (UNO)", "BWDB Kurigram
  Executive Engineer", "Maulana", "Ven." and "Thera", "Dr.", "Minister of Public Utilities Sen. the
  Hon. Dr.", "Opposition Senator", "Councillor", "Ratu", "Adi", "Talatala", "Lieutenant Colonel",
  "Cllr", "Base commander Col.", "Lt.-Col.", "Coun.", "Adv.", "Inkosi", "Municipal spokesperson",
  "Shri", "Smt.", "Swami", "Mr", "Ms", "Madam", "Datuk", "Deputy Public Prosecutor", "Defence
  counsel", "Sheikh", "County Executive Committee Member for Lands Dr.", "MCA Hon.", "Mayor", "Cr",
  "Aunty" and "Senior Sergeant", and the roles in apposition. Kept as parts of the name: "Md." (the
  abbreviation of Mohammad, like "Ma."), "binte" and "Mohd" in Malay names, a Chinese family name
  written first ("Cheah Swee Lip", "Phang Leck Ning"), and the particles "de", "van der", "van",
  "Dal", "La", "Mac", "Ó" and "Ní" as first written; a particle capitalised at the start of a
  sentence ("De Pannila said", "De Courvallon said", "Van der Hoevel replied", "Van
  Wyngaard-Padayachee said", "Dal Cortivo said") resolves to the full name as first given. Offices
  without a name are kept as written ("The Roko Tui Ra", "The Kilifi County Commissioner").
* Shared family names. "Semi said" -> "Semi Delainavosa" and "Ratu Josefa said" -> "Josefa
  Delainavosa"; "Mr Garrivan said" -> "Tomás Garrivan" and "Ms Garrivan said" -> "Bríd Garrivan";
  "Swee Yong told the court" -> "Cheah Swee Yong"; the depositor Ramesh Khandagale's quote naming
  "Ms. Khandagale's board" carries him, not the former vice-chairperson. The standfirst "one Garrivan
  says ..., the other says ..." carries the first of them, the first source named with a verb of
  saying.
* Q&A and transcripts. In an interview box the label "Q&A" and the note introducing it ("... put
  three questions to ...", "His answers have been edited for length.") are "B"; a question carries no
  speaker unless it cites a source ("Q: Operators say 4.2 per cent does not even cover the rise in
  diesel." -> "Operators" with "say", "W" for the checkable figure; "Q: Why not freeze fares for a
  year, as the Passengers' Rights Forum has asked?" -> the forum with "has asked", ""); every
  sentence of an answer carries the interviewee with the cue "A:". In a public-meeting transcript
  with name prefixes in capitals every turn carries the person who speaks, residents' questions
  included (they are named speakers, not an interviewer), with the prefix as written as the cue
  ("GAIL THIBOUTOT-MERRIAM:", "COL. MACKINNON-PROUDFOOT:", "LT.-COL. DE COURVALLON:"); the label
  "FROM THE FLOOR" and its editing note are "B".
* Speakers named only after their words. "So said Jobeda Khanom Dewanjee, 47, ...", "The words are
  those of Kumudini Pathmaperuma-Welikala, 41, ...", "Those were the words of Ailbhe
  Cunneely-Rabbitte, ...", "That was Mavis Ndlela-Sishi, ..., speaking at her gate on Wednesday.",
  "Those are the words of Chengo Katana-Mweri, 58, ...", "So says Margaret Lindgard-Yeates, 71, ..."
  and "Savitri Ramdeen-Ghany, who sells doubles ..., said as she washed out her pot that ..." carry
  that person on every sentence of the quote before them, with the naming sentence's cue ("said",
  "words", "speaking", "says"); the naming sentence carries the person too, "" (it names and sets
  the scene, or tells a private circumstance).
* Unnamed sources and spokespeople. "A senior official at the Bangladesh Water Development Board
  (BWDB) in Kurigram", "An NTC official", "A senior WASA engineer", "An official at the ministry", "A
  council official", "A Defence department official", "A senior official in the state Co-operation
  department", "A senior official in the county lands department" and "A council officer" keep the
  description without the clause explaining the anonymity, and "He said" after them resolves to the
  description; so do "A spokeswoman for the Ministry of Works", "A spokeswoman for WASA", "A
  spokesperson for National Defence", "A spokeswoman for the state Department of Resources" and "the
  council's press office". A named spokesperson is his name ("Municipal spokesperson Thabani
  Kheswa-Mbanjwa" -> "Thabani Kheswa-Mbanjwa"). "A spokeswoman ... said the ministry would not
  comment on a matter before the court." is speech with "said", "".
* Flags for people quoted. A commuter's "Some days the second one simply doesn't come.”" and a
  fisherman's walk with his engine are ""; the pensioner's "“The truck comes on Tuesday and Friday."
  (a public service's schedule), the farmer's "The railway closed in 1975, ..." (a public fact of
  record inside her quote), the resident's well "900 metres from the new boundary" (a public
  project's reach), the inkosi's families drawing water from the river and the imam's mosque taken
  on April 9 are "W"; a vendor's own spending on water trucks, a depositor's own fixed deposit and a
  woman's five moves from the river are private, "".

Splits. "Rs. 30" ends a headline only because the line ends; "Rs. 30, it said", "Rs. 40.", "Rs.
38,000", "Rs. 12 a litre" and "Rs. 11,000" never split inside. "Engr. Olumide", "Ltd., and its",
"Chief Babatunde Olowoyo-Ladejobi, SAN, the witness", "Mrs. Funmilayo", "Mrs. Bolanle", "N48.6
million", "N3.2 million", "N20 million", "Hon. Kehinde", "Md. Anisul", "Md. Mosharraf", "Tk 312
crore", "(Ecnec) in June", "Ltd., had been paid", "Dr. Shehani", "Ven. Pahalawela", "Sen. the Hon.
Dr. Rudranath", "RA – Forty-six", "Col. Andrea", "Lt.-Col. Julien", "Coun. Bruce", "7 a.m. to 11
p.m., Monday", "11 p.m., same", "COL. MACKINNON-PROUDFOOT:", "LT.-COL. DE COURVALLON:", "Adv.
Liezl", "Adv. Nomvula", "2026/27", "2025/26", "(Pty) Ltd., declined", "Ltd. from making", "Shri
Girish", "Ms. Khandagale's", "Smt. Rohini", "Pte Ltd, is on trial", "Sdn Bhd, testified", "Coral
Tides Resort Ltd. said", "Dr. Zuhura", "Hon. Kazungu", "Pty Ltd said", "Reg. No. 201733915K" and "ABN 71 604
338 219" never split a sentence; a colon never does ("Collapsed classroom: Roof beams
...", "The witness went on: “...", "Cheah told the court: “...", "His complaint was simple: “...”",
"on Facebook: “...”", "Q: ...", "A: ..." and the transcript prefixes). "Ltd." (before "All rights
reserved."), "(Pvt) Ltd.", "Pvt. Ltd.", "Limited.", "DAC.", "Inc.", "Porichoy." and "(Pty) Ltd." in
the footers (before "All rights reserved."), "reserved." before "Editor:", "Pty Ltd." before "ABN",
"(Reg. No. 201733915K)." before "All rights reserved.", "800-4420." at the end of a paragraph,
"Rs. 40." at the end of a paragraph, a "?" in a question before a capital ("... rise in diesel." /
"Are they wrong?"), a "?" in furniture before a capital ("Got a story for us?" / "WhatsApp ...")
and "...” the Thera said." before an opening quote end one. A quote that is a whole question on
its own ("“Who asked the passengers?”") is one sentence; "“Offered,” Ms Garrivan said." is one.

`CASES` holds 30 sentence-split cases in the format of the `CASES` of `labelled_new61.py` (id,
text, expected sentences), each taken word for word from these pages (consecutive lines joined by a
newline, sentences of one line by a space) and written the same way: what a reviewer wants, not
what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Nigerian national daily's courts page, an engineer testifies at the trial over a collapsed classroom block (masthead, menu with ePaper, section label, headline with a colon ending in tells court, semicolon standfirst carrying defence counsel through Defence says, byline with place, date line with a pipe, share strip with Print, caption and credit, a lead describing the witness named in the next sentence, Engr. dropped, Ltd., in mid-sentence, Chief with the postnominal SAN dropped, Mrs. in mid-sentence, Led in evidence ... told the court, The witness went on: with a quote over two sentences, he added, an ADVERTISEMENT slot, Under cross-examination ... agreed, put it to him, two men alternating with replied, The senior advocate asked, letters admitted as exhibits and The first letter says, a statement by parents read out by an Alhaji then the statement said, Alhaji dropped, Hon. with wrote on Facebook then he wrote, an unnamed ministry spokeswoman, Chief dropped with declined to comment, Justice adjourning as an act, Read Also, WhatsApp line, comment form lines, footer with Ltd.)",
    "Bangladeshi English daily's national page, river erosion swallows homes in a char union while a protection project stalls (masthead, ePaper and language strip, menu, crumb, headline, semicolon standfirst carrying an unnamed BWDB official through BWDB official says, desk byline, published and updated line with AM, share strip, caption and credit, according to the upazila administration, a UNO with the role dropped and she said, two women alternating with countered and The UNO said, Tk and crore figures, according to the project documents, according to a named executive engineer with Md. kept and told The Daily Porichoy, a senior official who asked not to be named then He said, Ltd., in mid-sentence, a contractor's managing director who declined to comment, Maulana dropped, a member of parliament who wrote on Facebook then he wrote, a woman named only after two quote paragraphs with So said, said in its daily bulletin, related list, app line, footer with an editor line)",
    "Sri Lankan English weekly's news page, the annual bus fare revision with a Q&A box (masthead, date and place strip, menu, section label, headline with Rs. at the end, semicolon standfirst carrying the federation president through Operators say, byline, posted line, share strip, the NTC said then it said in mid-sentence, a fare policy of record without a speaker, His complaint was simple: with a quote, he added and he continued carried into a sentence without a verb, Ven. and Thera dropped from a monk with called for and the Thera said, Dr. dropped from a name with the particle de and later De at the start of a sentence, according to the NTC's annual report and according to a named federation secretary, In a statement the ministry said then It said, an NTC official who asked not to be named, a worker named only after two quote paragraphs with The words are those of, a Q&A label and its boilerplate introduction, questions citing sources, answers with A:, Rs. and per cent figures, related list, follow line, footer with (Pvt) Ltd.)",
    "Trinidad and Tobago daily's news page, a minister's statement to the Senate on water rationing in the south (masthead, weather strip, menu, section label, headline, standfirst carrying the opposition senator through Opposition says, byline with role, date line, share strip, caption and credit, Minister of Public Utilities Sen. the Hon. Dr. dropped with told the Senate, In a statement to the Senate, he said, The minister went on: with a quote over two sentences, according to the Meteorological Service's seasonal outlook, continued with reported speech in the next sentence, two men alternating (minister and opposition senator) with countered, replied and shot back, a village council's letter then The letter says, an unnamed WASA engineer who spoke on condition of anonymity, a spokeswoman for WASA with a phone number, a councillor with the particle La who wrote on Facebook then she wrote, a vendor named only after her quote with said as she, a chairman who declined to comment, RELATED line, newsletter lines, footer)",
    "Fijian daily's local page, a coastal village moves inland into homes built by army engineers (masthead, menu with a Fijian-language section, section label, headline, semicolon standfirst carrying the chief with says, byline, date line, share strip, caption and credit in capitals, RA – dateline, according to the ministry, a statement read out by a deputy then The statement said, Ratu dropped from a chief who told the gathering in iTaukei, his nephew with the same family name resolved from his first name, Ratu Josefa resolved to the chief, Adi dropped with she continued carried into a paragraph without a verb, Talatala dropped, Lieutenant Colonel dropped then The colonel said, an unnamed ministry official then He said, a youth fellowship that wrote on Facebook then it wrote, according to a 2024 assessment, an office title that declined to comment, related list, e-paper line, footer)",
    "Irish regional weekly's website, a county council votes to press ahead with a greenway through farmland (masthead, menu, crumb, headline, semicolon standfirst carrying one of two councillors who share a family name, byline, date line, share strip with a comment count, caption and credit, a vote of record, according to the chief executive's report then the report says, a letter from TII seen by the paper then It says, two unrelated councillors named Garrivan told apart by first names and by Mr and Ms, Irish names with Ó, Ní and Mac kept, Cllr dropped, He abstained as an act, the Cathaoirleach reading a statement into the record as an act, In it, he said and the statement said, the Cathaoirleach resolved by role, a farmer named only after two quote paragraphs with Those were the words of, a landowner who declined to comment, the council's press office, an unnamed council official, also-read, newsletter prompt, footer with DAC.)",
    "Canadian community paper in New Brunswick, the army's plan to double a live-fire range near homes and a First Nation (masthead, subscription strip, menu, section label, headline, semicolon standfirst carrying the colonel with says, byline with the Local Journalism Initiative, published line with reading time, share line repeating the headline, caption and Photo by credit, a plan of record without a speaker, a project description filed as an act then The filing says and It says, Col. dropped with told and she said, Lt.-Col. dropped from a name with the particle de and later De at the start of a sentence, a First Nation chief and the colonel (two women) alternating, Coun. dropped from a retired major with according to a study inside his speech, an unnamed Defence official, a spokesperson for National Defence, a provincial department that declined to comment, saying, a transcript with name prefixes in capitals including COL. and LT.-COL., comment rules, related list, footer with Inc.)",
    "South African community site's courts page, residents go to the High Court over 14 months of water tankers (masthead, strap, menu with pipes, section label, headline, semicolon standfirst carrying the founding affidavit through Affidavit says, byline, date line with a pipe, share strip, caption and credit, an application as an act, The founding affidavit, sworn by ..., says then It says, according to the affidavit, according to a named ward councillor with Cllr dropped, two women advocates alternating with told the court, argued, replied and she said, Adv. dropped from names with the particles van der and van, Van der at the start of a sentence, In its answering affidavit, the municipality says, a judge reserving judgment as an act, Inkosi dropped with told the Mail, a municipal spokesperson with the role dropped, (Pty) Ltd., declined to comment, a pensioner named only after her quote with That was ... speaking, READ MORE line, tip line with a question, footer with (Pty) Ltd.)",
    "Indian English daily's city page in Pune, the RBI caps withdrawals at a co-operative bank (masthead, e-paper strip, menu, section label, headline with a rupee cap, semicolon standfirst carrying the administrator with says, byline, updated line with IST, follow and share strip, PUNE: dateline, an act of the RBI without a speaker, Ltd. in mid-sentence, The RBI's directions say, according to the bank's annual report, Shri dropped from an administrator with told The Pavana Times, he added carried into a paragraph without a verb, according to the administrator, two unrelated people named Khandagale told apart by first names, Ms. inside a quote, blamed, a depositor's private deposit, an unnamed Co-operation department official, a statement read out at a protest with demanded then the statement said, Smt. dropped, Shri dropped from an MLA who wrote on X then he wrote, Swami dropped from a monk, a former chairman who declined to comment, also-read list, app line, footer with Pvt. Ltd.)",
    "Singapore daily's courts page, a renovation firm's director testifies at his cheating trial (masthead, menu, crumb, headline carrying the accused with tells court, standfirst carrying a Datuk with testifies, byline, published and updated line, share line, caption and credit in capitals, SINGAPORE – dateline, according to the charge sheets, Pte Ltd, in mid-sentence, told the court: with a quote over two sentences, he went on, Under cross-examination by a prosecutor with Mohd in her name, agreed, put it to him, replied, brothers sharing a family name told apart by given names, Mr inside a name, testified, Datuk dropped with testified by video link and Sdn Bhd, in mid-sentence, Madam dropped from a name with binte, a colon quote inside a witness's reported speech, two women lawyers alternating with argued, pointed out, Ms with a Malay given name and she said, according to figures from a consumer body, a judge adjourning as an act, subscription lines, related list, footer with Pte Ltd (Reg. No.).)",
    "Kenyan coastal news site, fishermen go to court after a resort fences off a beach access road (masthead, menu, section label, headline, semicolon standfirst carrying the Lands Commission through Lands body says, byline with place, date line with EAT, share strip, caption and credit in capitals with a pipe, a petition filed as an act then The petition says, according to a named chairman, In a letter dated ..., the commission told the county then The letter says and according to the letter, Ltd. said in a statement then It said, Sheikh dropped with said and he said, a resort manager with the particle Dal and later Dal Cortivo at the start of a sentence, the sheikh and the manager (two men) alternating with countered, retorted and The sheikh said, Dr. and a CEC role dropped with she continued carried into a paragraph without a verb, an unnamed county official who asked not to be named, Hon. and MCA dropped with wrote on X then he wrote, a County Commissioner who declined to comment, a fisherman named only after two quote paragraphs with Those are the words of, a court date as a fact of record, ALSO READ line, follow line, footer)",
    "Australian regional news site in Queensland, a council votes to lease part of a headland reserve for a caravan park (masthead, menu, crumb, headline with a vote, semicolon standfirst carrying the Traditional Owners' corporation with say, byline, doubled date line with am and pm, share strip, caption with Picture: credit, a vote of record, according to the council's agenda papers, Mayor dropped with told the meeting, Cr dropped from a councillor and the park's director (two men) alternating with argued, insisted and surname cues, Pty Ltd said in a statement, Aunty dropped from an elder who read a statement as an act then The statement said and it said, Aunty Noreen resolved to the elder, according to a named chief executive, a spokeswoman for the state Department of Resources, a campaign group that wrote on Facebook then the group wrote, an unnamed council officer, Senior Sergeant dropped, a camper named only after two quote paragraphs with So says, a submissions notice, more-news list, footer with Pty Ltd. and ABN)",
]

ARTICLES = [
    [  # 1. Nigerian national daily's courts page, an engineer testifies at the trial over a collapsed classroom block
        [("THE NIGER COURIER", "", "", "B")],
        [("Home   News   Politics   Metro   Law & Courts   Business   Sports   Opinion   ePaper", "", "", "B")],
        [("Law & Courts", "", "", "B")],
        [("Collapsed classroom: Roof beams were never tested, engineer tells court", "Olumide Fakunmoju-Osinubi", "tells court", "W")],
        [("Defence says witness approved the structure in 2024; trial adjourned to May 12", "Babatunde Olowoyo-Ladejobi", "says", "W")],
        [("By Tolulope Adekolurejo-Fatimehin, Abeokuta", "", "", "B")],
        [("April 17, 2026 | 6:48 am", "", "", "B")],
        [("Share this:   Facebook   X   WhatsApp   Telegram   Print", "", "", "B")],
        [("Part of the collapsed classroom block at Community Grammar School, Itoko-Awoyemi, in January.", "", "", ""),
         ("Photo: Niger Courier", "", "", "B")],
        [("A structural engineer on Wednesday told an Ogun State High Court sitting in Abeokuta that the steel roof beams of a classroom block which collapsed on pupils in January were never tested before they were installed.", "Olumide Fakunmoju-Osinubi", "told an Ogun State High Court", "W")],
        [("Engr. Olumide Fakunmoju-Osinubi, a deputy director in the state Ministry of Works, was the fourth prosecution witness in the trial of the contractor, Tiamiyu Okuneye Builders Ltd., and its managing director, Chief Oluwafemi Tiamiyu-Okuneye.", "", "", "W"),
         ("They face eight counts, including criminal negligence and the use of substandard materials, over the collapse on January 14, which injured 14 pupils.", "", "", "W"),
         ("Both have pleaded not guilty.", "", "", "W")],
        [("Led in evidence by the state's Director of Public Prosecutions, Mrs. Funmilayo Adeboyejo-Olutimehin, the witness told the court that his team inspected the site on January 23, nine days after the collapse.", "Olumide Fakunmoju-Osinubi", "told the court", "W"),
         ("He said six samples of the steel were sent to a laboratory in Lagos, and that all six failed to reach the strength specified in the approved drawings.", "Olumide Fakunmoju-Osinubi", "said", "W")],
        [("The witness went on: “The drawings called for steel of 275 megapascals.", "Olumide Fakunmoju-Osinubi", "went on", "W"),
         ("The best sample we tested gave 198.”", "Olumide Fakunmoju-Osinubi", "went on", "W")],
        [("He added that no test certificate for the steel was found in the project file at the school or in the ministry's records.", "Olumide Fakunmoju-Osinubi", "added", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Under cross-examination by the defence counsel, Chief Babatunde Olowoyo-Ladejobi, SAN, the witness agreed that he had visited the site only once while the block was being built, in October 2024.", "Olumide Fakunmoju-Osinubi", "agreed", "W"),
         ("Olowoyo-Ladejobi put it to him that he had signed an inspection report that month approving the structure.", "Babatunde Olowoyo-Ladejobi", "put it to him", "W")],
        [("“I approved the foundation and the columns,” the witness replied.", "Olumide Fakunmoju-Osinubi", "replied", "W"),
         ("“There was no roof on that building when I visited.”", "Olumide Fakunmoju-Osinubi", "replied", "W")],
        [("The senior advocate asked why, in that case, the ministry had paid the contractor's final certificate of N48.6 million in December 2024.", "Babatunde Olowoyo-Ladejobi", "asked", ""),
         ("Fakunmoju-Osinubi said the payment was approved by the ministry's tenders board, of which he is not a member.", "Olumide Fakunmoju-Osinubi", "said", "W"),
         ("“Ask the people who signed it,” he said.", "Olumide Fakunmoju-Osinubi", "said", "")],
        [("On Tuesday, the school's principal, Mrs. Bolanle Akinbiyi-Ogunjimi, told the court she had written to the ministry twice in 2024 about cracks in the walls of the new block.", "Bolanle Akinbiyi-Ogunjimi", "told the court", "W"),
         ("Copies of both letters, dated May 6 and August 19, 2024, were admitted as exhibits.", "", "", "W"),
         ("The first letter says the cracks were “wide enough to put a finger in” and asks for an engineer to be sent “before the rains”.", "The first letter", "says", "W"),
         ("She said she received no reply to either letter.", "Bolanle Akinbiyi-Ogunjimi", "said", "W")],
        [("A statement by the parents of the injured pupils, read out to journalists outside the court by Alhaji Rasheed Ajadi-Kusimo, chairman of the school's Parent-Teacher Association, said five of the 14 children were still receiving treatment.", "A statement by the parents of the injured pupils", "said", "W"),
         ("“We are not asking for revenge,” the statement said.", "the statement", "said", ""),
         ("“We are asking that no other parent in this state ever gets that phone call.”", "the statement", "said", "")],
        [("Ajadi-Kusimo later said the association had raised N3.2 million towards the children's hospital bills.", "Rasheed Ajadi-Kusimo", "said", "W")],
        [("Read Also: Itoko-Awoyemi pupils still learning under tarpaulin four months after collapse", "", "", "B")],
        [("The member representing Itoko-Awoyemi constituency in the state House of Assembly, Hon. Kehinde Olagunju-Aworinde, wrote on Facebook on Wednesday night that the Assembly's committee on education had resolved to summon the Commissioner for Works over the final payment.", "Kehinde Olagunju-Aworinde", "wrote on Facebook", "W"),
         ("“Whoever signed that cheque will come and explain it to the people of this state,” he wrote.", "Kehinde Olagunju-Aworinde", "wrote", "")],
        [("A spokeswoman for the Ministry of Works said the ministry would not comment on a matter before the court.", "A spokeswoman for the Ministry of Works", "said", "")],
        [("Tiamiyu-Okuneye, who sat in the dock in a cream agbada throughout the proceedings, declined to comment as he left the courtroom.", "Oluwafemi Tiamiyu-Okuneye", "declined to comment", "")],
        [("Justice Modupe Aderinto-Badmus adjourned the trial to May 12 for the prosecution to call its fifth witness.", "", "", "W"),
         ("Both defendants remain on bail of N20 million each.", "", "", "W")],
        [("Join the Niger Courier channel on WhatsApp for breaking news as it happens.", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [("Your email address will not be published.", "", "", "B"),
         ("Required fields are marked *", "", "", "B")],
        [("Copyright © 2026 Niger Courier Newspapers Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. Bangladeshi English daily's national page, river erosion swallows homes in a char union while a protection project stalls
        [("The Daily Porichoy", "", "", "B")],
        [("ePaper   |   বাংলা   |   Sign In", "", "", "B")],
        [("Home   Bangladesh   Politics   Economy   Environment   World   Sports   Opinion", "", "", "B")],
        [("Bangladesh / Environment", "", "", "B")],
        [("Brahmaputra erosion swallows 126 homes in Kurigram char in three weeks", "", "", "W")],
        [("Protection work 38pc done three years after approval; BWDB official says contractor left site in February", "A senior official at the Bangladesh Water Development Board (BWDB) in Kurigram", "says", "W")],
        [("Staff Correspondent, Kurigram", "", "", "B")],
        [("Published: 17 Apr 2026, 09:12 AM   Updated: 17 Apr 2026, 11:40 AM", "", "", "B")],
        [("Share   f   X   in   WhatsApp", "", "", "B")],
        [("Residents of Purba Kakdoha dismantle a tin-roofed house on the bank of the Brahmaputra on Wednesday to save its materials from the river.", "", "", ""),
         ("Photo: Porichoy", "", "", "B")],
        [("The Brahmaputra has swallowed 126 homes, a primary school and two mosques in Char Kakdoha union of Kurigram's Dhulikhali upazila since March 25, according to the upazila administration.", "the upazila administration", "according to", "W")],
        [("Dhulikhali Upazila Nirbahi Officer (UNO) Nasrin Afroze Shimoli said each of the affected families had been given 30kg of rice and Tk 3,000 from the government's disaster relief fund.", "Nasrin Afroze Shimoli", "said", "W"),
         ("“Most of them are living on the embankment road now, and some are in the union parishad building,” she said.", "Nasrin Afroze Shimoli", "said", ""),
         ("She said the upazila had asked the district administration for 200 bundles of corrugated iron sheets so the families could rebuild.", "Nasrin Afroze Shimoli", "said", "W")],
        [("Parul Rani Barmon, who holds the reserved women's seat for wards 7, 8 and 9 on the Char Kakdoha Union Parishad, countered that at least 40 families had received nothing.", "Parul Rani Barmon", "countered", "W"),
         ("“The list was made in one afternoon, by people who did not come to the char,” she said.", "Parul Rani Barmon", "said", "")],
        [("The UNO said on Thursday that a second list, drawn up by her office with the union parishad, would be completed by Sunday.", "Nasrin Afroze Shimoli", "said", "W"),
         ("“If a family has been left out, they will be added,” she said.", "Nasrin Afroze Shimoli", "said", ""),
         ("“Nobody will be turned away for want of a paper.”", "Nasrin Afroze Shimoli", "said", "")],
        [("The Tk 312 crore project to protect 4.6km of the riverbank at Char Kakdoha was approved by the Executive Committee of the National Economic Council (Ecnec) in June 2023 and was due to be finished by June 2026, according to the project documents.", "the project documents", "according to", "W")],
        [("Work on it is only 38 percent complete, according to BWDB Kurigram Executive Engineer Md. Anisul Mowla Talukdor.", "Md. Anisul Mowla Talukdor", "according to", "W"),
         ("He told The Daily Porichoy that geo-bags had been dumped along 1.7km of the bank, most of it downstream of the villages now being lost.", "Md. Anisul Mowla Talukdor", "told The Daily Porichoy", "W")],
        [("A senior official at the Bangladesh Water Development Board (BWDB) in Kurigram, who asked not to be named because he is not authorised to speak to the media, said the contractor had withdrawn its dredgers and most of its workers from the site in February.", "A senior official at the Bangladesh Water Development Board (BWDB) in Kurigram", "said", "W"),
         ("He said the firm, Tistashore Engineering and Construction Ltd., had been paid Tk 118 crore so far.", "A senior official at the Bangladesh Water Development Board (BWDB) in Kurigram", "said", "W"),
         ("“They say the rates in the contract are too low since the price of cement went up,” he said.", "A senior official at the Bangladesh Water Development Board (BWDB) in Kurigram", "said", ""),
         ("“That is not the river's problem.”", "A senior official at the Bangladesh Water Development Board (BWDB) in Kurigram", "said", "")],
        [("Tistashore's managing director, Joynal Abedin Sarkel, declined to comment when contacted by phone on Thursday.", "Joynal Abedin Sarkel", "declined to comment", "")],
        [("Maulana Abdul Kader Fakir, imam of the Purba Kakdoha Jame Masjid, said the river took the mosque on April 9, two days after the villagers moved its Qurans and prayer mats to a neighbour's courtyard.", "Abdul Kader Fakir", "said", "W"),
         ("“We prayed the Friday prayer in the open,” he said.", "Abdul Kader Fakir", "said", ""),
         ("“Allah is everywhere, but a roof would be good.”", "Abdul Kader Fakir", "said", "")],
        [("The local member of parliament, Md. Mosharraf Hossain Dulal, wrote on Facebook on Wednesday night that he had raised the project with the water resources ministry and that a team from Dhaka would visit the site next week.", "Md. Mosharraf Hossain Dulal", "wrote on Facebook", "W"),
         ("“I will not let this project die on paper,” he wrote.", "Md. Mosharraf Hossain Dulal", "wrote", "")],
        [("“This is the fifth time the river has come for my house.", "Jobeda Khanom Dewanjee", "said", ""),
         ("The first time was in 2009, when my son was a baby.", "Jobeda Khanom Dewanjee", "said", ""),
         ("Every time we move a little further from the river, and every time the river follows.”", "Jobeda Khanom Dewanjee", "said", "")],
        [("“This time I have nowhere left to move to.", "Jobeda Khanom Dewanjee", "said", ""),
         ("The land behind us belongs to someone else.”", "Jobeda Khanom Dewanjee", "said", "")],
        [("So said Jobeda Khanom Dewanjee, 47, standing beside the bamboo frame that was her kitchen until Tuesday night.", "Jobeda Khanom Dewanjee", "said", "")],
        [("The Brahmaputra's water level at the Dhulikhali gauge was 24cm below the danger mark on Thursday morning, the Flood Forecasting and Warning Centre said in its daily bulletin.", "the Flood Forecasting and Warning Centre", "said in its daily bulletin", "W")],
        [("Related News", "", "", "B")],
        [("Teesta erosion: 38 families in Lalmonirhat move for the third time in a year", "", "", "B")],
        [("Char schools to get floating classrooms, says ministry", "", "", "B")],
        [("Download The Daily Porichoy app for the latest news", "", "", "B")],
        [("© 2026 The Daily Porichoy.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("Editor: Rashedul Hasib Mahmood", "", "", "B")],
    ],
    [  # 3. Sri Lankan English weekly's news page, the annual bus fare revision with a Q&A box
        [("THE LAKDIVA HERALD", "", "", "B")],
        [("Sunday, April 19, 2026   |   Colombo", "", "", "B")],
        [("News   Business   Politics   Features   Sport   Q&A   Editorial   Letters", "", "", "B")],
        [("News", "", "", "B")],
        [("Bus fares to rise 4.2 pc from July 1; minimum fare stays at Rs. 30", "", "", "W")],
        [("Operators say the increase will not cover their costs; passengers' forum calls for a one-year freeze", "Gamini Kodippili-Arachchi", "say", "")],
        [("By Dinithi Abeysundara-Ratnapalage", "", "", "B")],
        [("Posted on 19 Apr 2026, 12:05 am", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Bus fares will rise by 4.2 per cent from July 1 under this year's annual fare revision, the National Transport Commission (NTC) said on Saturday.", "the National Transport Commission (NTC)", "said", "W"),
         ("The minimum fare will stay at Rs. 30, it said, while no fare will rise by more than Rs. 40.", "the National Transport Commission (NTC)", "said", "W")],
        [("The revision is worked out each year from the cost of diesel, tyres, spare parts, wages and vehicle finance, under the national bus fare policy adopted in 2002.", "", "", "W")],
        [("Gamini Kodippili-Arachchi, president of the Ceylon Private Omnibus Federation, said operators had asked for an increase of 11 per cent.", "Gamini Kodippili-Arachchi", "said", "W"),
         ("His complaint was simple: “We are being asked to run buses in 2026 on a fare worked out for 2025.”", "Gamini Kodippili-Arachchi", "complaint was simple", "")],
        [("He added that about 1,800 of the federation's 19,000 buses had been off the road since January because their owners could not afford repairs.", "Gamini Kodippili-Arachchi", "added", "W")],
        [("The federation's central committee would decide at a meeting in Kurunegala on Wednesday whether to call a strike, he continued.", "Gamini Kodippili-Arachchi", "continued", "W"),
         ("A strike was the last thing its members wanted, but they could not keep running buses at a loss.", "Gamini Kodippili-Arachchi", "continued", "")],
        [("Ven. Pahalawela Sumanasiri Thera, chief incumbent of the Sri Bodhirukkaramaya in Kiriwattegama and convener of the Passengers' Rights Forum, called for fares to be frozen for a year.", "Pahalawela Sumanasiri", "called for", ""),
         ("“A labourer who takes two buses to work already spends a fifth of his day's wage on fares,” the Thera said.", "Pahalawela Sumanasiri", "said", "W"),
         ("“Who asked the passengers?”", "Pahalawela Sumanasiri", "said", "")],
        [("Dr. Shehani de Pannila, a transport economist at the Lakpahana Policy Institute, said the formula had produced increases in nine of the past 12 years, and decreases in two.", "Shehani de Pannila", "said", "W"),
         ("“The formula is not the problem,” she said.", "Shehani de Pannila", "said", ""),
         ("“The problem is that nobody checks whether the buses run the routes they are paid to run.”", "Shehani de Pannila", "said", "")],
        [("About 5,200 of the country's 21,400 private buses are more than 20 years old, according to the NTC's 2025 annual report.", "the NTC's 2025 annual report", "according to", "W")],
        [("A bus on the Colombo–Kandy route takes about Rs. 38,000 a day in fares before costs, according to the federation's secretary, Nihal Dassanayake-Kuruppuge.", "Nihal Dassanayake-Kuruppuge", "according to", "W"),
         ("De Pannila said that figure was “a good day, not an average day”.", "Shehani de Pannila", "said", "")],
        [("In a statement, the Ministry of Transport said the concession season tickets for school students would not be affected by the revision.", "the Ministry of Transport", "said", "W"),
         ("It said the ministry would not intervene in a revision carried out under the policy.", "the Ministry of Transport", "said", "W")],
        [("An NTC official who asked not to be named said the commission had received 412 complaints of overcharging in March alone, most of them about buses charging the fare to the end of the route for shorter trips.", "An NTC official", "said", "W")],
        [("“I leave home at a quarter past five and take two buses to get to the factory.", "Kumudini Pathmaperuma-Welikala", "words", ""),
         ("Some days the second one simply doesn't come.”", "Kumudini Pathmaperuma-Welikala", "words", "")],
        [("“Another forty rupees is another forty rupees.", "Kumudini Pathmaperuma-Welikala", "words", ""),
         ("Nobody is raising my salary by 4.2 per cent.”", "Kumudini Pathmaperuma-Welikala", "words", "")],
        [("The words are those of Kumudini Pathmaperuma-Welikala, 41, a machine operator at a garment factory near Kiriwattegama, who spends about Rs. 11,000 a month on bus fares.", "Kumudini Pathmaperuma-Welikala", "words", "")],
        [("Q&A", "", "", "B")],
        [("The Lakdiva Herald put three questions to NTC chairman Lalith Wanigasekara-Bulathsinhala on Saturday.", "", "", "B"),
         ("His answers have been edited for length.", "", "", "B")],
        [("Q: Operators say 4.2 per cent does not even cover the rise in diesel.", "Operators", "say", "W"),
         ("Are they wrong?", "", "", "")],
        [("A: Diesel actually fell by Rs. 12 a litre during the review period.", "Lalith Wanigasekara-Bulathsinhala", "A:", "W"),
         ("The increase comes from wages and spare parts, which went up by 9 per cent and 14 per cent.", "Lalith Wanigasekara-Bulathsinhala", "A:", "W"),
         ("The formula is there so that nobody has to guess.", "Lalith Wanigasekara-Bulathsinhala", "A:", "")],
        [("Q: Why not freeze fares for a year, as the Passengers' Rights Forum has asked?", "the Passengers' Rights Forum", "has asked", "")],
        [("A: If we freeze fares, the Treasury has to pay the difference, and the Treasury has told us in writing that it will not.", "Lalith Wanigasekara-Bulathsinhala", "A:", "W"),
         ("Then the operators take buses off the road, and the passenger waits longer.", "Lalith Wanigasekara-Bulathsinhala", "A:", "")],
        [("Q: What about buses that skip routes?", "", "", "")],
        [("A: We have 64 inspectors for the whole Western Province.", "Lalith Wanigasekara-Bulathsinhala", "A:", "W"),
         ("Since January they have suspended 211 route permits.", "Lalith Wanigasekara-Bulathsinhala", "A:", "W"),
         ("I would like 200 inspectors.", "Lalith Wanigasekara-Bulathsinhala", "A:", "")],
        [("RELATED", "", "", "B")],
        [("Railway to add two Colombo–Galle night trains from May", "", "", "B")],
        [("Three-wheeler meter rule delayed again", "", "", "B")],
        [("Follow The Lakdiva Herald on WhatsApp and X", "", "", "B")],
        [("© 2026 Lakdiva Newspapers (Pvt) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Trinidad and Tobago daily's news page, a minister's statement to the Senate on water rationing in the south
        [("GULF SHORE TRIBUNE", "", "", "B")],
        [("Port of Spain 31°C   Partly cloudy", "", "", "B")],
        [("News   Politics   Business   Sport   Features   Letters   Classifieds   Obituaries", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("WASA cuts supply to south to three days a week", "", "", "W")],
        [("Opposition says rationing could have been avoided if the Coromandel Reservoir pipeline had been finished on time", "Kendell McIntyre-Farrier", "says", "")],
        [("Shalini Bisnath-Ramcharan, Senior Reporter", "", "", "B")],
        [("Thursday, April 16, 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email   Print", "", "", "B")],
        [("Residents of Bois Cannelle Trace fill buckets from a WASA truck on Wednesday.", "", "", ""),
         ("Photo: Keron Lezard-Thornhill", "", "", "B")],
        [("Homes served by the Coromandel Reservoir in south Trinidad will get pipe-borne water on three days a week from Monday, Minister of Public Utilities Sen. the Hon. Dr. Rudranath Baldeosingh told the Senate on Tuesday.", "Rudranath Baldeosingh", "told the Senate", "W")],
        [("In a statement to the Senate, he said the reservoir was at 31 per cent of capacity, against 58 per cent at the same time last year.", "Rudranath Baldeosingh", "said", "W"),
         ("The minister went on: “This is the driest first quarter we have recorded since 1998.", "Rudranath Baldeosingh", "went on", "W"),
         ("Rainfall at the reservoir from January to March was 41 per cent of the long-term average.”", "Rudranath Baldeosingh", "went on", "W")],
        [("Below-normal rainfall is expected until at least the end of May, according to the Trinidad and Tobago Meteorological Service's seasonal outlook.", "the Trinidad and Tobago Meteorological Service's seasonal outlook", "according to", "W")],
        [("Baldeosingh continued that the Water and Sewerage Authority (WASA) would send 40 water trucks to the affected communities on the days without supply.", "Rudranath Baldeosingh", "continued", "W"),
         ("Priority would go to homes with elderly people, to schools and to the two health centres in the area.", "Rudranath Baldeosingh", "continued", "W")],
        [("Opposition Senator Kendell McIntyre-Farrier countered that a pipeline from the reservoir to a new treatment plant, which he said would have added 2.4 million gallons a day, was due to be finished in 2024.", "Kendell McIntyre-Farrier", "countered", "W"),
         ("“It is 60 per cent built and has been 60 per cent built for a year,” he said.", "Kendell McIntyre-Farrier", "said", "W")],
        [("The minister replied that the contractor had been paid up to date and that the pipeline would be commissioned by the end of September.", "Rudranath Baldeosingh", "replied", "W"),
         ("“We heard September last year too,” McIntyre-Farrier shot back.", "Kendell McIntyre-Farrier", "shot back", "")],
        [("In a letter to WASA's chief executive dated April 10, the Bois Cannelle Trace Village Council said some streets in the village had received water on only four days in March.", "the Bois Cannelle Trace Village Council", "said", "W"),
         ("The letter says residents had paid for private trucks at $350 a load, and asks WASA to refund a month of water rates.", "The letter", "says", "W")],
        [("A senior WASA engineer, who spoke on condition of anonymity because he is not authorised to speak to the media, said about 38 per cent of the water leaving the reservoir's treatment plant was lost to leaks before it reached a tap.", "A senior WASA engineer", "said", "W"),
         ("“You could fill the reservoir tomorrow, and we would still be pumping a third of it into the ground,” he said.", "A senior WASA engineer", "said", "")],
        [("A spokeswoman for WASA said the authority had repaired 1,146 leaks in the south since January.", "A spokeswoman for WASA", "said", "W"),
         ("She said customers could check the new schedule on the authority's website or by calling 800-4420.", "A spokeswoman for WASA", "said", "W")],
        [("Councillor Marlene La Fortelle, who represents Bois Cannelle Trace on the Siparia Regional Corporation, wrote on Facebook on Wednesday that she had asked the corporation to place two of its own water tanks in the village.", "Marlene La Fortelle", "wrote on Facebook", "W"),
         ("“Three days a week is not a schedule, it is a punishment,” she wrote.", "Marlene La Fortelle", "wrote", "")],
        [("“You can't make doubles without water.", "Savitri Ramdeen-Ghany", "said", ""),
         ("I buy from the truck, I pay for it, and I still have to pray it comes.”", "Savitri Ramdeen-Ghany", "said", "")],
        [("Savitri Ramdeen-Ghany, who sells doubles on the Bois Cannelle Trace main road, said as she washed out her pot that she had spent $700 on water trucks since February.", "Savitri Ramdeen-Ghany", "said", "")],
        [("WASA's chairman, Kiran Mahabirsingh, declined to comment on the pipeline when contacted on Wednesday.", "Kiran Mahabirsingh", "declined to comment", "")],
        [("The Senate will continue debate on the minister's statement on Tuesday, April 21.", "", "", "W")],
        [("RELATED: Water trucks for south schools during exams", "", "", "B")],
        [("Get the Tribune's morning briefing in your inbox.", "", "", "B"),
         ("Sign up now", "", "", "B")],
        [("© Gulf Shore Tribune Ltd. 2026", "", "", "B")],
        [("Terms of Use | Privacy Policy | Contact", "", "", "B")],
    ],
    [  # 5. Fijian daily's local page, a coastal village moves inland into homes built by army engineers
        [("TABUA TIMES", "", "", "B")],
        [("Home   Local   Pacific   Business   Sport   Vosa Vakaviti   Opinion   e-Paper", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Naqaraivalu families move inland as new village is handed over", "", "", "W")],
        [("Forty-six homes built by army engineers; chief says the old village will stay ‘our home for our dead’", "Josefa Delainavosa", "says", "W")],
        [("By Litia Vakasilimi-Rokotuiloma", "", "", "B")],
        [("April 17, 2026 5:30 am", "", "", "B")],
        [("Share on Facebook   Share on X   Share via WhatsApp", "", "", "B")],
        [("Villagers carry a lali drum up the new road to the Naqaraivalu village site in Ra on Thursday.", "", "", ""),
         ("Picture: SAKIUSA TUIVUNA-NAWAQA", "", "", "B")],
        [("RA – Forty-six families from Naqaraivalu village moved into new homes 1.8 kilometres inland on Thursday, eight years after the sea first reached the village green at high tide.", "", "", "W")],
        [("The houses, a community hall and a rainwater tank were built by engineers of the Republic of Fiji Military Forces (RFMF) at a cost of $4.6 million, according to the Ministry of Rural and Maritime Development.", "the Ministry of Rural and Maritime Development", "according to", "W")],
        [("In a statement read out at the handover ceremony by his deputy, the ministry's Permanent Secretary, Jone Waqabaca-Seru, said Naqaraivalu was the ninth village in Fiji to be relocated because of the rising sea.", "Jone Waqabaca-Seru", "said", "W"),
         ("The statement said another 42 communities had been identified as needing to move within the next ten years.", "The statement", "said", "W")],
        [("The village chief, Ratu Josefa Delainavosa, told the gathering in iTaukei that the move was “the hardest decision our vanua has ever made”.", "Josefa Delainavosa", "told the gathering", ""),
         ("The old village would remain “our home for our dead”, he said, and every family would keep its fishing rights in the lagoon.", "Josefa Delainavosa", "said", "")],
        [("His nephew, Semi Delainavosa, a fisherman, said the new site was a 35-minute walk from where the boats are pulled up.", "Semi Delainavosa", "said", "W"),
         ("“The sea took our houses, but the sea is still where the food is,” Semi said.", "Semi Delainavosa", "said", "")],
        [("Ratu Josefa said the village council had agreed on Monday to build a boat shed and a small store at the shore, paid for by the church.", "Josefa Delainavosa", "said", "W")],
        [("Adi Mereoni Tuivanuavou-Lesi, who leads the village women's group, said the women had chosen where each of the 46 houses would stand, in meetings held over two years.", "Mereoni Tuivanuavou-Lesi", "said", "W"),
         ("The group would plant 300 breadfruit and coconut seedlings around the new houses by December, she continued.", "Mereoni Tuivanuavou-Lesi", "continued", "")],
        [("Each family would look after the trees beside its own house, and the fruit would be shared at church functions.", "Mereoni Tuivanuavou-Lesi", "continued", "")],
        [("Talatala Sireli Naivaluvatu-Koroi, the Methodist minister who led a farewell service in the old church on Wednesday night, said the congregation would carry the church bell to the new site after the service on Sunday.", "Sireli Naivaluvatu-Koroi", "said", "W"),
         ("“We did not choose to leave,” he said.", "Sireli Naivaluvatu-Koroi", "said", ""),
         ("“But we chose to leave together.”", "Sireli Naivaluvatu-Koroi", "said", "")],
        [("Lieutenant Colonel Apenisa Tuidraki-Vosabeci, commanding officer of the RFMF Engineers Regiment, said 38 of his soldiers had worked on the site for 14 months.", "Apenisa Tuidraki-Vosabeci", "said", "W"),
         ("The colonel said each house stood on concrete piers 1.2 metres high and was built to withstand winds of up to 250 kilometres an hour.", "Apenisa Tuidraki-Vosabeci", "said", "W")],
        [("An official at the ministry, who asked not to be named, said two of the houses still had no electricity because their meters had not been installed.", "An official at the ministry", "said", "W"),
         ("He said the meters would be fitted next week.", "An official at the ministry", "said", "W")],
        [("The Suva branch of the Naqaraivalu Youth Fellowship wrote on Facebook on Thursday that it had raised $18,400 to buy beds and mattresses for the new houses.", "The Suva branch of the Naqaraivalu Youth Fellowship", "wrote on Facebook", "W"),
         ("“Vinaka vakalevu to everyone who gave, from Lautoka to Auckland,” it wrote.", "The Suva branch of the Naqaraivalu Youth Fellowship", "wrote", "")],
        [("The sea around this part of the Ra coast has risen by about 6 millimetres a year since 1993, according to a 2024 assessment by the Pacific Community.", "a 2024 assessment by the Pacific Community", "according to", "W")],
        [("The Roko Tui Ra, who heads the Ra Provincial Office, declined to comment on which community in the province would be the next to move.", "The Roko Tui Ra", "declined to comment", "")],
        [("Related Stories", "", "", "B")],
        [("Nadakuvatu seawall to be rebuilt after March king tides", "", "", "B")],
        [("Seedlings for coastal villages under mangrove plan", "", "", "B")],
        [("Read the Tabua Times e-Paper on your phone for $2 a week.", "", "", "B")],
        [("© 2026 Tabua Times Limited.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 6. Irish regional weekly's website, a county council votes to press ahead with a greenway through farmland
        [("The Mid-West Stonechat", "", "", "B")],
        [("News   Sport   GAA   Farming   Business   Property   Notices   Stonechat TV", "", "", "B")],
        [("Home › News › Local Authorities", "", "", "B")],
        [("Councillors back Carrowbrannagh greenway route despite farmers' objections", "", "", "W")],
        [("Vote passes 21-9; one Garrivan says it is ‘the best chance in a generation’, the other says it is a land grab", "Tomás Garrivan", "says", "W")],
        [("By Órla Ní Chonbhuí", "", "", "B")],
        [("Tue 14 Apr 2026 at 18:52", "", "", "B")],
        [("Share   Tweet   Email   WhatsApp   42 comments", "", "", "B")],
        [("The disused railway embankment at Lisheenacrann, part of the proposed greenway route.", "", "", ""),
         ("Picture: Fergal Ó Duinnín-Tormey", "", "", "B")],
        [("Mayo County Council has voted to press ahead with a 27-kilometre greenway along the old railway line between Carrowbrannagh and Tullaghvanny Cross, despite objections from 31 landowners along the route.", "", "", "W")],
        [("The motion to adopt the route and begin the compulsory purchase process was passed by 21 votes to nine at Monday's monthly meeting, with one abstention.", "", "", "W")],
        [("The greenway will cost about €19.8 million, almost all of it from the Department of Transport, according to a report by the council's chief executive, Gearóid Mac Conaonaigh-Stenson.", "a report by the council's chief executive, Gearóid Mac Conaonaigh-Stenson", "according to", "W"),
         ("Construction could start in the spring of 2028 if the compulsory purchase order is confirmed by An Coimisiún Pleanála, the report says.", "the report", "says", "W")],
        [("A letter from Transport Infrastructure Ireland (TII) to the council, seen by The Stonechat, says funding for the project “cannot be held indefinitely” and asks for a decision on the route by the end of June.", "A letter from Transport Infrastructure Ireland (TII) to the council", "says", "W"),
         ("It says 14 other greenway projects are waiting for money from the same fund.", "A letter from Transport Infrastructure Ireland (TII) to the council", "says", "W")],
        [("Cllr Tomás Garrivan, who proposed the motion, said a greenway in a neighbouring county had drawn 240,000 visits in its first year.", "Tomás Garrivan", "said", "W"),
         ("“This is the best chance in a generation to bring people back into these villages,” he said.", "Tomás Garrivan", "said", "")],
        [("Cllr Bríd Garrivan, who is not related to him, said the council was “using a cycle path to take land off families who have farmed it for five generations”.", "Bríd Garrivan", "said", ""),
         ("She said 11 of the farms on the route would be cut in two, leaving farmers to cross the greenway to reach their own fields.", "Bríd Garrivan", "said", "W")],
        [("Mr Garrivan said the council had offered to build 38 underpasses and accommodation crossings, more than on any greenway in the country.", "Tomás Garrivan", "said", "W"),
         ("“Offered,” Ms Garrivan said.", "Bríd Garrivan", "said", ""),
         ("“Nothing has been signed.”", "Bríd Garrivan", "said", "")],
        [("Cllr Pádraig Ó Gallchobhair said he supported the greenway but would not vote to compulsorily acquire land until every landowner had been met in person.", "Pádraig Ó Gallchobhair", "said", ""),
         ("He abstained.", "", "", "W")],
        [("The Cathaoirleach, Cllr Máire Ní Chadhain, read into the record a statement from the county chairman of the Irish Farmers' Association (IFA), Seosamh Kilkelly-Reape.", "", "", "W"),
         ("In it, he said the association had asked the council in January for an independent valuer, paid for by the council, for every farm on the route.", "Seosamh Kilkelly-Reape", "said", "W"),
         ("“We were told no,” the statement said.", "the statement", "said", "W")],
        [("The Cathaoirleach said she had read the statement “as a courtesy” and that it did not change the motion before the council.", "Máire Ní Chadhain", "said", "")],
        [("“My grandfather gave the railway that strip in 1894 for a shilling.", "Ailbhe Cunneely-Rabbitte", "words", ""),
         ("The railway closed in 1975, and nobody ever offered it back.", "Ailbhe Cunneely-Rabbitte", "words", "W")],
        [("“Now they want it again, and a bit more beside it, so people from Dublin can cycle past my cattle.”", "Ailbhe Cunneely-Rabbitte", "words", "")],
        [("Those were the words of Ailbhe Cunneely-Rabbitte, who farms 64 acres at Lisheenacrann, speaking outside the council chamber after the vote.", "Ailbhe Cunneely-Rabbitte", "words", "")],
        [("Ruairí Ó Maoileoin, whose land at the Carrowbrannagh end of the route includes the old station house, declined to comment.", "Ruairí Ó Maoileoin", "declined to comment", "")],
        [("In a response to The Stonechat, the council's press office said landowners would be paid market value plus compensation for disturbance, as set out in law.", "the council's press office", "said", "W"),
         ("A council official, who did not want to be named, said valuers had already walked 19 of the 31 farms.", "A council official", "said", "W")],
        [("The compulsory purchase order will be published in local papers within eight weeks, and objectors will then have six weeks to make submissions.", "", "", "W")],
        [("Also read: Gaels' new pitch opens with minor double-header", "", "", "B")],
        [("Get the Stonechat's weekly newsletter – the week's news from Mayo, every Friday", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("© 2026 Mid-West Stonechat Media DAC.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Canadian community paper in New Brunswick, the army's plan to double a live-fire range near homes and a First Nation
        [("The Pellowmere Sounder", "", "", "B")],
        [("Subscribe   Sign In   e-Edition", "", "", "B")],
        [("Local News   Opinion   Sports   Obituaries   Classifieds   Contact Us", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Army wants to double live-fire range at CFB Pellowmere, bringing it within 1.4 km of homes", "", "", "W")],
        [("Base commander says new artillery needs the space; Mawikwe chief says her community was told last", "Andrea MacKinnon-Proudfoot", "says", "W")],
        [("Hannah Brassell-Kinsey   |   Local Journalism Initiative Reporter", "", "", "B")],
        [("Published Apr 16, 2026   •   Last updated Apr 16, 2026   •   4 minute read", "", "", "B")],
        [("Share this Story : Army wants to double live-fire range at CFB Pellowmere, bringing it within 1.4 km of homes", "", "", "B")],
        [("Col. Andrea MacKinnon-Proudfoot speaks to residents at the Pellowmere Legion on Tuesday night.", "", "", ""),
         ("Photo by Hannah Brassell-Kinsey /The Pellowmere Sounder", "", "", "B")],
        [("The Canadian Army wants to more than double the size of the live-fire range at Canadian Forces Base Pellowmere, moving its southern edge to within 1.4 kilometres of the nearest homes in Pipit Brook.", "", "", "W")],
        [("The Department of National Defence filed a project description for the expansion with the Impact Assessment Agency of Canada in February.", "", "", "W"),
         ("The filing says the range would grow from 2,900 hectares to 6,400 hectares.", "The filing", "says", "W"),
         ("It says the extra land is needed for the army's new long-range artillery, which can hit targets up to 70 kilometres away.", "The filing", "says", "W")],
        [("Base commander Col. Andrea MacKinnon-Proudfoot told about 180 people at the Pellowmere Legion on Tuesday night that none of the land would be expropriated, because all of it is already Crown land.", "Andrea MacKinnon-Proudfoot", "told", "W"),
         ("“Nobody is going to lose their house over this,” she said.", "Andrea MacKinnon-Proudfoot", "said", "")],
        [("Lt.-Col. Julien de Courvallon, the base's range control officer, said live firing would still be limited to 7 a.m. to 11 p.m., Monday to Saturday.", "Julien de Courvallon", "said", "W"),
         ("De Courvallon said noise monitors would be installed at six points around the range by the end of June.", "Julien de Courvallon", "said", "W")],
        [("Chief Marlena Sappier-Greenbough of Mawikwe First Nation said her community first learned of the plan from a public notice in the Sounder on March 5.", "Marlena Sappier-Greenbough", "said", "W"),
         ("“We were told last, after the Legion, after the town council, after the newspaper,” she said.", "Marlena Sappier-Greenbough", "said", "")],
        [("MacKinnon-Proudfoot said the base had written to the band council in January.", "Andrea MacKinnon-Proudfoot", "said", "W"),
         ("Sappier-Greenbough said the letter had gone to a band office that closed in 2023.", "Marlena Sappier-Greenbough", "said", "W"),
         ("“If the army can find us on a map to fire over our hunting grounds, it can find our address,” she said.", "Marlena Sappier-Greenbough", "said", "")],
        [("Coun. Bruce Harnois-Veale, a retired major who served at the base for 22 years, said the base puts about $140 million a year into the local economy, according to a 2023 study the town commissioned.", "Bruce Harnois-Veale", "said", "W"),
         ("“People forget the base was here before most of the houses were,” he said.", "Bruce Harnois-Veale", "said", "")],
        [("A Defence department official, who spoke on condition of anonymity because the proposal is still under review, said the army had looked at expanding two other ranges, in Ontario and Alberta, and rejected both.", "A Defence department official", "said", "W")],
        [("A spokesperson for National Defence said the public comment period on the project description closes on May 15.", "A spokesperson for National Defence", "said", "W")],
        [("The province's Department of Natural Resources and Energy Development declined to comment, saying the range is a federal matter.", "The province's Department of Natural Resources and Energy Development", "declined to comment", "")],
        [("FROM THE FLOOR", "", "", "B")],
        [("Some of Tuesday's exchanges, edited for length and clarity:", "", "", "B")],
        [("GAIL THIBOUTOT-MERRIAM: My well is 900 metres from the new boundary.", "Gail Thiboutot-Merriam", "GAIL THIBOUTOT-MERRIAM:", "W"),
         ("Who pays if it cracks?", "Gail Thiboutot-Merriam", "GAIL THIBOUTOT-MERRIAM:", "")],
        [("COL. MACKINNON-PROUDFOOT: We will test every well within three kilometres, before and after.", "Andrea MacKinnon-Proudfoot", "COL. MACKINNON-PROUDFOOT:", ""),
         ("If there is damage, there is a claims process, and we will walk you through it.", "Andrea MacKinnon-Proudfoot", "COL. MACKINNON-PROUDFOOT:", "")],
        [("LEN ASHFIELD-MOULTON: Will there be firing at night?", "Len Ashfield-Moulton", "LEN ASHFIELD-MOULTON:", "")],
        [("LT.-COL. DE COURVALLON: No firing after 11 p.m., same as today.", "Julien de Courvallon", "LT.-COL. DE COURVALLON:", "W"),
         ("That is written into the range standing orders.", "Julien de Courvallon", "LT.-COL. DE COURVALLON:", "W")],
        [("Comments", "", "", "B")],
        [("Saltwrack Media is committed to keeping a lively but civil forum for discussion.", "", "", "B"),
         ("Please keep comments relevant and respectful.", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Pipit Brook residents want answers on base water testing", "", "", "B")],
        [("© 2026 The Pellowmere Sounder, a division of Saltwrack Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. South African community site's courts page, residents go to the High Court over 14 months of water tankers
        [("ISIBANI MAIL", "", "", "B")],
        [("Your town. Your voice.", "", "", "B")],
        [("News | Courts | Politics | Business | Sport | Lifestyle | Jobs", "", "", "B")],
        [("Courts", "", "", "B")],
        [("Residents go to court over 14 months of water tankers in Vaalbankdrif", "", "", "W")],
        [("Affidavit says municipality has paid R38.2 million for tankers; judge reserves judgment", "The founding affidavit", "says", "W")],
        [("Sizwe Gubevu-Sibeko", "", "", "B")],
        [("17 April 2026 | 14:20", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Copy link", "", "", "B")],
        [("A municipal water tanker in Vaalbankdrif's ward 9 on Wednesday morning.", "", "", ""),
         ("Image: Isibani Mail", "", "", "B")],
        [("A residents' association has asked the KwaZulu-Natal High Court in Pietermaritzburg to order the Sikhulile Local Municipality to restore piped water to ward 9 of Vaalbankdrif, where about 6,800 people have depended on water tankers since February last year.", "", "", "W")],
        [("The founding affidavit, sworn by the chairperson of the Vaalbankdrif Ratepayers and Residents Association, Annelie van Wyngaard-Padayachee, says the municipality has paid R38.2 million to a single tanker company since the taps ran dry.", "The founding affidavit", "says", "W"),
         ("It says the municipality's own engineers reported in March 2025 that the pump station serving the ward could be repaired for about R4.1 million.", "The founding affidavit", "says", "W")],
        [("Tankers reach each street twice a week, according to the affidavit, and many households get less water than the national free basic water policy sets as a minimum.", "the affidavit", "according to", "W")],
        [("The ward has 2,140 households, according to its councillor, Cllr Sibusiso Gcumisa-Mazibuko, who supports the application.", "Sibusiso Gcumisa-Mazibuko", "according to", "W")],
        [("Adv. Liezl van der Hoevel, for the association, told the court on Thursday that the municipality had “chosen the truck over the pipe” for more than a year.", "Liezl van der Hoevel", "told the court", ""),
         ("She said the tanker contract had been extended three times without going out to tender.", "Liezl van der Hoevel", "said", "W")],
        [("Adv. Nomvula Zibula-Msimang, for the municipality, argued that the application was not urgent because the residents were receiving water.", "Nomvula Zibula-Msimang", "argued", ""),
         ("She said the municipality had set aside R5.6 million in its 2026/27 capital budget to repair the pump station.", "Nomvula Zibula-Msimang", "said", "W")],
        [("Van der Hoevel replied that the same repair had appeared in the 2025/26 budget.", "Liezl van der Hoevel", "replied", "W"),
         ("“A line in a budget does not put water in a tap,” she said.", "Liezl van der Hoevel", "said", "")],
        [("In its answering affidavit, the municipality says the pump station was vandalised twice in 2025 and that the repairs were delayed by the theft of 600 metres of cable.", "the municipality", "says", "W")],
        [("Judge Kavitha Moonsamy-Rambaran reserved judgment.", "", "", "W")],
        [("Outside court, Van Wyngaard-Padayachee said the association had raised R86,000 from residents to bring the case.", "Annelie van Wyngaard-Padayachee", "said", "W"),
         ("“People gave R20, R50, whatever they had,” she said.", "Annelie van Wyngaard-Padayachee", "said", "")],
        [("Inkosi Bhekizizwe Mpanza-Gwamanda, the traditional leader whose area takes in part of the ward, told the Mail that some families were again drawing water from the river below the village.", "Bhekizizwe Mpanza-Gwamanda", "told the Mail", "W"),
         ("“Our grandmothers are carrying buckets up that hill like it is 1960,” he said.", "Bhekizizwe Mpanza-Gwamanda", "said", "")],
        [("Municipal spokesperson Thabani Kheswa-Mbanjwa said the municipality would abide by the court's decision.", "Thabani Kheswa-Mbanjwa", "said", "")],
        [("The tanker company, Sizakala Water Logistics (Pty) Ltd., declined to comment.", "Sizakala Water Logistics (Pty) Ltd.", "declined to comment", "")],
        [("“The truck comes on Tuesday and Friday.", "Mavis Ndlela-Sishi", "speaking", "W"),
         ("If you are at the clinic when it comes, you wait until the next one.", "Mavis Ndlela-Sishi", "speaking", "")],
        [("“I am 74.", "Mavis Ndlela-Sishi", "speaking", ""),
         ("I cannot carry twenty litres up this road.”", "Mavis Ndlela-Sishi", "speaking", "")],
        [("That was Mavis Ndlela-Sishi, a pensioner who has lived in ward 9 for 51 years, speaking at her gate on Wednesday.", "Mavis Ndlela-Sishi", "speaking", "")],
        [("READ MORE | Sikhulile council approves 9.8% water tariff increase", "", "", "B")],
        [("Got a story for us?", "", "", "B"),
         ("WhatsApp the newsroom on 082 555 0147.", "", "", "B")],
        [("© 2026 Isibani Mail.", "", "", "B"),
         ("Published by Isibani Community Media (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Indian English daily's city page in Pune, the RBI caps withdrawals at a co-operative bank
        [("The Pavana Times", "", "", "B")],
        [("E-Paper   |   Subscribe   |   Sign In", "", "", "B")],
        [("India   Maharashtra   Pune   Business   Sports   Entertainment   Opinion   Videos", "", "", "B")],
        [("Pune", "", "", "B")],
        [("RBI caps withdrawals at Nandurbag co-op bank at ₹25,000; depositors protest", "", "", "W")],
        [("Administrator says 38% of loans have gone bad; former vice-chairperson blames slump in housing market", "Girish Apte-Raskar", "says", "W")],
        [("By Aniket Bhosekar-Limaye", "", "", "B")],
        [("Updated: Apr 17, 2026, 08:14 IST", "", "", "B")],
        [("Follow Us   Share   AA", "", "", "B")],
        [("PUNE: The Reserve Bank of India (RBI) has barred Nandurbag Urban Co-operative Bank Ltd. from making new loans or taking fresh deposits for six months, and has capped withdrawals at ₹25,000 per depositor.", "", "", "W"),
         ("The RBI's directions, issued on Tuesday, say the bank's financial position poses “material concerns” for its depositors.", "The RBI's directions", "say", "W")],
        [("The bank, which has 14 branches in Pune and Satara districts, held deposits of ₹412 crore from about 61,000 depositors at the end of March 2025, according to the bank's annual report for 2024-25.", "the bank's annual report for 2024-25", "according to", "W")],
        [("The RBI has also superseded the bank's board of directors and appointed Shri Girish Apte-Raskar, a retired general manager of a public sector bank, as administrator.", "", "", "W")],
        [("Apte-Raskar told The Pavana Times on Wednesday that loans of ₹156 crore, about 38 per cent of the bank's total, had turned bad.", "Girish Apte-Raskar", "told The Pavana Times", "W"),
         ("He said most of them were loans to 11 builders in and around Nandurbag, four of whom were relatives of directors.", "Girish Apte-Raskar", "said", "W"),
         ("A forensic audit of the bank's books would take about six months, he added.", "Girish Apte-Raskar", "added", "")],
        [("Depositors who needed money for medical treatment, education or a wedding could apply to withdraw more than the cap.", "Girish Apte-Raskar", "added", "W")],
        [("The bank received 2,900 requests to withdraw money on Wednesday alone, according to Apte-Raskar.", "Girish Apte-Raskar", "according to", "W")],
        [("Vaishali Khandagale, the bank's vice-chairperson until the board was superseded, blamed the bad loans on “a collapse in the housing market after 2022”.", "Vaishali Khandagale", "blamed", ""),
         ("She said the board had recovered ₹23 crore of overdue loans since October.", "Vaishali Khandagale", "said", "W"),
         ("“We were not sitting idle,” she said.", "Vaishali Khandagale", "said", "")],
        [("Ramesh Khandagale, a 71-year-old retired schoolteacher who is no relation, has ₹9.4 lakh in a fixed deposit at the bank.", "", "", ""),
         ("“My whole provident fund is in that bank,” he said outside the Nandurbag branch, where about 300 depositors gathered on Wednesday morning.", "Ramesh Khandagale", "said", ""),
         ("“Ms. Khandagale's board gave it to builders.”", "Ramesh Khandagale", "said", "")],
        [("A senior official in the state Co-operation department, who did not wish to be named, said the department's auditors had graded the bank ‘D’ in 2024 and again in 2025, and had written to the board twice.", "A senior official in the state Co-operation department", "said", "W")],
        [("A statement from the Nandurbag Bank Depositors' Forum, read out at the protest by its convener, Smt. Rohini Salve-Deshmane, demanded that the state government guarantee every deposit in full.", "A statement from the Nandurbag Bank Depositors' Forum", "demanded", ""),
         ("The forum has collected 4,800 signatures on a petition to the Chief Minister, the statement said.", "the statement", "said", "W")],
        [("The MLA for Nandurbag, Shri Abhijit Pawle-Nimbhorkar, wrote on X that he would raise the bank's collapse in the monsoon session of the legislature.", "Abhijit Pawle-Nimbhorkar", "wrote on X", ""),
         ("“Not one depositor of Nandurbag should lose one rupee,” he wrote.", "Abhijit Pawle-Nimbhorkar", "wrote", "")],
        [("Swami Chidghanananda Tirthapada, head of the Nandurbag math, said the math had ₹1.2 crore in deposits at the bank, given by devotees for a hostel for tribal students.", "Chidghanananda Tirthapada", "said", "W"),
         ("“The devotees gave this money for the children, not for builders,” he said.", "Chidghanananda Tirthapada", "said", "")],
        [("The bank's former chairman, Dattatray Gholve-Kadam, who was questioned by Co-operation department auditors in March, declined to comment.", "Dattatray Gholve-Kadam", "declined to comment", "")],
        [("Also Read", "", "", "B")],
        [("Pune civic body to auction 212 flats seized for unpaid property tax", "", "", "B")],
        [("Satara farmers' co-op sugar mill clears cane dues after six months", "", "", "B")],
        [("Stay updated with the latest news from Pune on The Pavana Times app.", "", "", "B"),
         ("Download now.", "", "", "B")],
        [("Copyright © 2026 Pavana Times Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Singapore daily's courts page, a renovation firm's director testifies at his cheating trial
        [("TEMASEK TRIBUNE", "", "", "B")],
        [("Singapore   Asia   World   Business   Opinion   Life   Sport   Tech", "", "", "B")],
        [("Singapore › Courts & Crime", "", "", "B")],
        [("Renovation boss tells court he ‘did not run away’ with $412,600 in deposits", "Cheah Swee Lip", "tells court", "W")],
        [("Johor Bahru cabinet maker testifies by video link that he was never paid for 19 kitchens", "Phang Leck Ning", "testifies", "W")],
        [("Jolene Pua", "", "", "B")],
        [("Published Apr 17, 2026, 05:30 PM   Updated Apr 17, 2026, 07:55 PM", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Cheah Swee Lip, 52, arriving at the State Courts on April 17.", "", "", ""),
         ("TT PHOTO: GLADYS BOH PECK JOO", "", "", "B")],
        [("SINGAPORE – The director of a renovation company collected $412,600 in deposits from 31 homeowners for work that was never carried out, according to the charge sheets.", "the charge sheets", "according to", "W")],
        [("Cheah Swee Lip, 52, who ran Sweelip Interior Build Pte Ltd, is on trial on 31 counts of cheating.", "", "", "W"),
         ("He has claimed trial to all the charges.", "", "", "W")],
        [("Taking the stand on April 17, Cheah told the court: “I did not run away with anybody's money.", "Cheah Swee Lip", "told the court", ""),
         ("I was there every day until the end.”", "Cheah Swee Lip", "told the court", "")],
        [("He said the firm collapsed in April 2024 after a cabinet maker in Johor Bahru, which he had paid in advance, failed to deliver kitchen cabinets for 19 flats.", "Cheah Swee Lip", "said", "W"),
         ("Every cent the homeowners paid had gone into the business, he went on.", "Cheah Swee Lip", "went on", "")],
        [("Under cross-examination by Deputy Public Prosecutor Nurul Asyikin Mohd Zawawi, Cheah agreed that he had collected deposits from 14 homeowners in the two weeks before he closed the firm's showroom in Kallang.", "Cheah Swee Lip", "agreed", "W"),
         ("The prosecutor put it to him that he had known by then that the firm could not do the work.", "Nurul Asyikin Mohd Zawawi", "put it to him", "W"),
         ("“I believed we could still finish,” Cheah replied.", "Cheah Swee Lip", "replied", "")],
        [("His younger brother, Mr Cheah Swee Yong, who was the firm's project manager, testified on April 16 that he had warned Cheah in February 2024 that the company could not pay its workers.", "Cheah Swee Yong", "testified", "W"),
         ("Swee Yong told the court he resigned in March 2024 and had not spoken to his brother since.", "Cheah Swee Yong", "told the court", "W")],
        [("Malaysian businessman Datuk Phang Leck Ning, managing director of the cabinet maker, Cahaya Jati Woodcraft Sdn Bhd, testified by video link from Johor Bahru that his company was never paid for the 19 kitchens.", "Phang Leck Ning", "testified by video link", "W"),
         ("He said Sweelip had paid a deposit of RM18,000 for one order in 2023, and nothing after that.", "Phang Leck Ning", "said", "W")],
        [("Madam Faridah binte Osmadi, 63, told the court she paid $18,400 in March 2024 to renovate her four-room flat in Tampines and that no worker ever turned up.", "Faridah binte Osmadi", "told the court", "W"),
         ("She said she had picked the firm because of its posts on Facebook: “They had so many photos of beautiful kitchens.”", "Faridah binte Osmadi", "said", "")],
        [("Defence counsel Vanessa Chiam Yi Qian argued that her client had run the firm badly but had never set out to cheat anyone.", "Vanessa Chiam Yi Qian", "argued", ""),
         ("She pointed out that Cheah had sold his own flat in 2024 and put $230,000 into the company.", "Vanessa Chiam Yi Qian", "pointed out", "W")],
        [("Ms Nurul Asyikin said the money from the flat had gone to repay the firm's bank loan, not the homeowners.", "Nurul Asyikin Mohd Zawawi", "said", "W"),
         ("“Good intentions do not pay for a kitchen,” she said.", "Nurul Asyikin Mohd Zawawi", "said", "")],
        [("Complaints about renovation firms rose to 1,186 in 2025 from 934 in 2024, according to figures from the Consumers Association of Singapore (Case).", "figures from the Consumers Association of Singapore (Case)", "according to", "W")],
        [("District Judge Bernard Gooi Kiong Thiam adjourned the trial to May 20, when closing submissions will be heard.", "", "", "W")],
        [("Enjoy unlimited access to Temasek Tribune.", "", "", "B"),
         ("Subscribe from $0.99 a month.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Couple jailed for cheating buyers of pre-owned cars of $1.1 million", "", "", "B")],
        [("How to protect your deposit when you hire a contractor", "", "", "B")],
        [("Temasek Tribune Media Pte Ltd (Reg. No. 201733915K).", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Kenyan coastal news site, fishermen go to court after a resort fences off a beach access road
        [("MWAMBAO OBSERVER", "", "", "B")],
        [("Home   Counties   Politics   Business   Tourism   Sports   Opinion   Video", "", "", "B")],
        [("COUNTIES", "", "", "B")],
        [("Mwakilindi fishermen sue resort over fenced beach road", "", "", "W")],
        [("Lands body says the road is public; hotel says it is protecting guests from thieves", "the National Land Commission", "says", "W")],
        [("By Rehema Chizi-Mwatsuma, Kilifi", "", "", "B")],
        [("Friday, April 17, 2026 — 11:02 EAT", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("Fishermen carry their catch along the fence that now closes the access road at Mwakilindi beach, Kilifi County.", "", "", ""),
         ("PHOTO | REHEMA CHIZI-MWATSUMA", "", "", "B")],
        [("Fishermen at Mwakilindi in Kilifi County have gone to court to force a beach resort to reopen a 400-metre access road it fenced off in January.", "", "", "W")],
        [("The Mwakilindi Beach Management Unit filed a petition at the Environment and Land Court in Malindi on Monday against Coral Tides Resort Ltd. and the county government.", "", "", "W"),
         ("The petition says about 230 fishermen used the road every day to reach their boats and now walk 2.6 kilometres around the resort.", "The petition", "says", "W")],
        [("The unit has 312 registered members, according to its chairman, Kenga Baya-Ngumbao.", "Kenga Baya-Ngumbao", "according to", "W")],
        [("In a letter dated March 30, the National Land Commission told the county government that the road was set aside as a public access road in the 1996 survey of the area.", "the National Land Commission", "told", "W"),
         ("The letter says any fence across it should be removed “forthwith”.", "The letter", "says", "W"),
         ("The resort's title deed does not include the road, according to the letter.", "the letter", "according to", "W")],
        [("Coral Tides Resort Ltd. said in a statement that it put up the fence after four guests were robbed on the road in December.", "Coral Tides Resort Ltd.", "said in a statement", "W"),
         ("It said fishermen were welcome to use a footpath along the resort's northern boundary.", "Coral Tides Resort Ltd.", "said", "")],
        [("Sheikh Abdallah Mwinyikai-Badawy, chairman of the Coast Ulamaa Forum, said the resort was treating the people of Mwakilindi “like strangers on their own shore”.", "Abdallah Mwinyikai-Badawy", "said", ""),
         ("“The footpath they talk about floods at every high tide,” he said.", "Abdallah Mwinyikai-Badawy", "said", "W")],
        [("The resort's general manager, Giancarlo Dal Cortivo, countered that the resort employed 164 people, 120 of them from Mwakilindi and the villages around it.", "Giancarlo Dal Cortivo", "countered", "W"),
         ("“We are not the enemy of the fishermen,” he said.", "Giancarlo Dal Cortivo", "said", "")],
        [("“Jobs do not give you the right to close a road,” the sheikh retorted.", "Abdallah Mwinyikai-Badawy", "retorted", ""),
         ("Dal Cortivo said the resort had offered in February to build a new road along its boundary at its own cost.", "Giancarlo Dal Cortivo", "said", "W"),
         ("The sheikh said that offer was never put in writing.", "Abdallah Mwinyikai-Badawy", "said", "W")],
        [("County Executive Committee Member for Lands Dr. Zuhura Mnyazi-Kadzo said the county had written to the resort twice asking it to remove the fence.", "Zuhura Mnyazi-Kadzo", "said", "W"),
         ("If the fence was still standing by April 30, county enforcement officers would take it down, she continued.", "Zuhura Mnyazi-Kadzo", "continued", "W")],
        [("The resort would be billed for the cost of the work.", "Zuhura Mnyazi-Kadzo", "continued", "W")],
        [("A senior official in the county lands department, who asked not to be named because the matter is before the court, said the resort's owners had applied in 2024 to have the road closed, and the application was rejected.", "A senior official in the county lands department", "said", "W")],
        [("Mwakilindi MCA Hon. Kazungu Chai-Mwarandu wrote on X that he would table a motion on beach access roads when the county assembly resumes.", "Kazungu Chai-Mwarandu", "wrote on X", ""),
         ("“The ocean belongs to all of us,” he wrote.", "Kazungu Chai-Mwarandu", "wrote", "")],
        [("The Kilifi County Commissioner declined to comment on the robberies, referring questions to the police.", "The Kilifi County Commissioner", "declined to comment", "")],
        [("“My father fished from this beach, and his father before him.", "Chengo Katana-Mweri", "words", ""),
         ("We never needed anyone's permission to reach the water.", "Chengo Katana-Mweri", "words", "")],
        [("“Now I carry my engine on my shoulder for forty minutes.”", "Chengo Katana-Mweri", "words", "")],
        [("Those are the words of Chengo Katana-Mweri, 58, who has fished from Mwakilindi since he was 14.", "Chengo Katana-Mweri", "words", "")],
        [("The petition will be mentioned before the court on May 6.", "", "", "W")],
        [("ALSO READ: Kilifi county assembly passes Sh1.2bn fisheries budget", "", "", "B")],
        [("Follow Mwambao Observer on WhatsApp for breaking news from the Coast.", "", "", "B")],
        [("© 2026 Mwambao Observer.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Australian regional news site in Queensland, a council votes to lease part of a headland reserve for a caravan park
        [("The Headland Echo", "", "", "B")],
        [("News   Sport   Community   Property   Jobs   Obituaries   Puzzles", "", "", "B")],
        [("News › Council", "", "", "B")],
        [("Council votes 6-3 to lease part of Kurrabilla headland for caravan park", "", "", "W")],
        [("Traditional Owners say they were not properly consulted; decision now rests with the state", "the Yarrawin Traditional Owners Aboriginal Corporation", "say", "W")],
        [("Bronwyn Tibbits-Allard", "", "", "B")],
        [("Updated April 16 2026 - 7:12am, first published April 15 2026 - 9:40pm", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [("The grassy reserve on Kurrabilla headland that would become part of the caravan park.", "", "", ""),
         ("Picture: Bronwyn Tibbits-Allard", "", "", "B")],
        [("Mirrangool Shire Council has voted six to three to lease 2.3 hectares of the Kurrabilla headland reserve to the operator of the neighbouring caravan park, which wants to add 48 powered sites and 12 cabins.", "", "", "W")],
        [("The 30-year lease would bring the council $84,000 a year in rent, rising with inflation, according to the council's agenda papers.", "the council's agenda papers", "according to", "W")],
        [("Mayor Deanne Quillinan-Rhoades told Wednesday's meeting that the park turned away about 2,600 bookings last summer because it was full.", "Deanne Quillinan-Rhoades", "told the meeting", "W"),
         ("“Every one of those families spends money in our shops and cafes, or they spend it somewhere else,” she said.", "Deanne Quillinan-Rhoades", "said", "")],
        [("Cr Lachlan Pettiford-Goss, who voted against the lease, argued that the headland was “the last piece of open coast in town that nobody can charge you to sit on”.", "Lachlan Pettiford-Goss", "argued", ""),
         ("He said the council's own 2019 foreshore plan lists the headland reserve as public open space “in perpetuity”.", "Lachlan Pettiford-Goss", "said", "W")],
        [("Sanderling Holiday Parks Pty Ltd said in a statement that it would keep a 20-metre public walkway around the edge of the headland.", "Sanderling Holiday Parks Pty Ltd", "said in a statement", "W"),
         ("Its director, Travis Munnings-Keddle, insisted the lookout at the tip of the headland would stay open to everyone, free of charge.", "Travis Munnings-Keddle", "insisted", "W"),
         ("“A walkway through a caravan park is not a headland,” Pettiford-Goss said.", "Lachlan Pettiford-Goss", "said", ""),
         ("“Come and walk it with me, and then tell me that,” Munnings-Keddle said.", "Travis Munnings-Keddle", "said", "")],
        [("Aunty Noreen Elwell-Parsons read a statement to the meeting on behalf of the Yarrawin Traditional Owners Aboriginal Corporation.", "", "", "W"),
         ("The statement said the corporation was told about the lease in a two-paragraph email in February, three weeks before submissions closed.", "The statement", "said", "W"),
         ("“The headland is a place where our families have gathered for longer than anyone has been counting,” it said.", "The statement", "said", ""),
         ("Speaking after the vote, Aunty Noreen said the corporation would ask the state to refuse the lease.", "Noreen Elwell-Parsons", "said", "")],
        [("Because the reserve is state land held in trust by the council, the lease cannot go ahead without the approval of the state Department of Resources, according to the council's chief executive, Graham Veysey-Thorold.", "Graham Veysey-Thorold", "according to", "W")],
        [("A spokeswoman for the state Department of Resources said the department had not yet received an application.", "A spokeswoman for the state Department of Resources", "said", "W"),
         ("She said any application would be assessed against the Land Act and would include consultation with Traditional Owners.", "A spokeswoman for the state Department of Resources", "said", "W")],
        [("The Save Kurrabilla Headland group wrote on Facebook that its petition against the lease had passed 3,100 signatures.", "Save Kurrabilla Headland", "wrote on Facebook", "W"),
         ("“This fight is not over,” the group wrote.", "Save Kurrabilla Headland", "wrote", "")],
        [("A council officer, who asked not to be named, said the three councillors who voted against the lease had asked for a formal review of the vote.", "A council officer", "said", "W")],
        [("Senior Sergeant Kerrie Tasburgh-Findlay, officer in charge at Kurrabilla Heads police station, said police had been called to the headland 14 times last year, mostly over noise and parking.", "Kerrie Tasburgh-Findlay", "said", "W")],
        [("“We've come up here every winter since 2004.", "Margaret Lindgard-Yeates", "says", ""),
         ("We sit on that grass in the afternoon with a thermos and watch the whales go past.", "Margaret Lindgard-Yeates", "says", "")],
        [("“I don't mind a few more vans.", "Margaret Lindgard-Yeates", "says", ""),
         ("I just don't want to pay to sit where I've always sat.”", "Margaret Lindgard-Yeates", "says", "")],
        [("So says Margaret Lindgard-Yeates, 71, a retired teacher from Toowoomba who spends four months a year at the park.", "Margaret Lindgard-Yeates", "says", "")],
        [("Submissions on the proposed lease can be viewed at the council's customer service centre.", "", "", "B")],
        [("More news", "", "", "B")],
        [("Kurrabilla Heads surf club wins funding for new rescue boat", "", "", "B")],
        [("© 2026 Headland Echo Pty Ltd.", "", "", "B"),
         ("ABN 71 604 338 219.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n64-colon-headline-semicolon-standfirst", "Collapsed classroom: Roof beams were never tested, engineer tells court\nDefence says witness approved the structure in 2024; trial adjourned to May 12\nBy Tolulope Adekolurejo-Fatimehin, Abeokuta\nApril 17, 2026 | 6:48 am",
     ["Collapsed classroom: Roof beams were never tested, engineer tells court", "Defence says witness approved the structure in 2024; trial adjourned to May 12", "By Tolulope Adekolurejo-Fatimehin, Abeokuta", "April 17, 2026 | 6:48 am"]),
    ("n64-engr-ltd-mid-sentence", "A structural engineer on Wednesday told an Ogun State High Court sitting in Abeokuta that the steel roof beams of a classroom block which collapsed on pupils in January were never tested before they were installed.\nEngr. Olumide Fakunmoju-Osinubi, a deputy director in the state Ministry of Works, was the fourth prosecution witness in the trial of the contractor, Tiamiyu Okuneye Builders Ltd., and its managing director, Chief Oluwafemi Tiamiyu-Okuneye. They face eight counts, including criminal negligence and the use of substandard materials, over the collapse on January 14, which injured 14 pupils. Both have pleaded not guilty.",
     ["A structural engineer on Wednesday told an Ogun State High Court sitting in Abeokuta that the steel roof beams of a classroom block which collapsed on pupils in January were never tested before they were installed.", "Engr. Olumide Fakunmoju-Osinubi, a deputy director in the state Ministry of Works, was the fourth prosecution witness in the trial of the contractor, Tiamiyu Okuneye Builders Ltd., and its managing director, Chief Oluwafemi Tiamiyu-Okuneye.", "They face eight counts, including criminal negligence and the use of substandard materials, over the collapse on January 14, which injured 14 pupils.", "Both have pleaded not guilty."]),
    ("n64-witness-went-on-colon-quote", "Led in evidence by the state's Director of Public Prosecutions, Mrs. Funmilayo Adeboyejo-Olutimehin, the witness told the court that his team inspected the site on January 23, nine days after the collapse. He said six samples of the steel were sent to a laboratory in Lagos, and that all six failed to reach the strength specified in the approved drawings.\nThe witness went on: “The drawings called for steel of 275 megapascals. The best sample we tested gave 198.”\nHe added that no test certificate for the steel was found in the project file at the school or in the ministry's records.",
     ["Led in evidence by the state's Director of Public Prosecutions, Mrs. Funmilayo Adeboyejo-Olutimehin, the witness told the court that his team inspected the site on January 23, nine days after the collapse.", "He said six samples of the steel were sent to a laboratory in Lagos, and that all six failed to reach the strength specified in the approved drawings.", "The witness went on: “The drawings called for steel of 275 megapascals.", "The best sample we tested gave 198.”", "He added that no test certificate for the steel was found in the project file at the school or in the ministry's records."]),
    ("n64-advert-cross-examination-san", "ADVERTISEMENT\nUnder cross-examination by the defence counsel, Chief Babatunde Olowoyo-Ladejobi, SAN, the witness agreed that he had visited the site only once while the block was being built, in October 2024. Olowoyo-Ladejobi put it to him that he had signed an inspection report that month approving the structure.\n“I approved the foundation and the columns,” the witness replied. “There was no roof on that building when I visited.”\nThe senior advocate asked why, in that case, the ministry had paid the contractor's final certificate of N48.6 million in December 2024. Fakunmoju-Osinubi said the payment was approved by the ministry's tenders board, of which he is not a member. “Ask the people who signed it,” he said.",
     ["ADVERTISEMENT", "Under cross-examination by the defence counsel, Chief Babatunde Olowoyo-Ladejobi, SAN, the witness agreed that he had visited the site only once while the block was being built, in October 2024.", "Olowoyo-Ladejobi put it to him that he had signed an inspection report that month approving the structure.", "“I approved the foundation and the columns,” the witness replied.", "“There was no roof on that building when I visited.”", "The senior advocate asked why, in that case, the ministry had paid the contractor's final certificate of N48.6 million in December 2024.", "Fakunmoju-Osinubi said the payment was approved by the ministry's tenders board, of which he is not a member.", "“Ask the people who signed it,” he said."]),
    ("n64-published-updated-caption-credit", "Published: 17 Apr 2026, 09:12 AM   Updated: 17 Apr 2026, 11:40 AM\nShare   f   X   in   WhatsApp\nResidents of Purba Kakdoha dismantle a tin-roofed house on the bank of the Brahmaputra on Wednesday to save its materials from the river. Photo: Porichoy\nThe Brahmaputra has swallowed 126 homes, a primary school and two mosques in Char Kakdoha union of Kurigram's Dhulikhali upazila since March 25, according to the upazila administration.",
     ["Published: 17 Apr 2026, 09:12 AM   Updated: 17 Apr 2026, 11:40 AM", "Share   f   X   in   WhatsApp", "Residents of Purba Kakdoha dismantle a tin-roofed house on the bank of the Brahmaputra on Wednesday to save its materials from the river.", "Photo: Porichoy", "The Brahmaputra has swallowed 126 homes, a primary school and two mosques in Char Kakdoha union of Kurigram's Dhulikhali upazila since March 25, according to the upazila administration."]),
    ("n64-tk-crore-ecnec-md", "The Tk 312 crore project to protect 4.6km of the riverbank at Char Kakdoha was approved by the Executive Committee of the National Economic Council (Ecnec) in June 2023 and was due to be finished by June 2026, according to the project documents.\nWork on it is only 38 percent complete, according to BWDB Kurigram Executive Engineer Md. Anisul Mowla Talukdor. He told The Daily Porichoy that geo-bags had been dumped along 1.7km of the bank, most of it downstream of the villages now being lost.",
     ["The Tk 312 crore project to protect 4.6km of the riverbank at Char Kakdoha was approved by the Executive Committee of the National Economic Council (Ecnec) in June 2023 and was due to be finished by June 2026, according to the project documents.", "Work on it is only 38 percent complete, according to BWDB Kurigram Executive Engineer Md. Anisul Mowla Talukdor.", "He told The Daily Porichoy that geo-bags had been dumped along 1.7km of the bank, most of it downstream of the villages now being lost."]),
    ("n64-unnamed-official-ltd-mid", "A senior official at the Bangladesh Water Development Board (BWDB) in Kurigram, who asked not to be named because he is not authorised to speak to the media, said the contractor had withdrawn its dredgers and most of its workers from the site in February. He said the firm, Tistashore Engineering and Construction Ltd., had been paid Tk 118 crore so far. “They say the rates in the contract are too low since the price of cement went up,” he said. “That is not the river's problem.”\nTistashore's managing director, Joynal Abedin Sarkel, declined to comment when contacted by phone on Thursday.",
     ["A senior official at the Bangladesh Water Development Board (BWDB) in Kurigram, who asked not to be named because he is not authorised to speak to the media, said the contractor had withdrawn its dredgers and most of its workers from the site in February.", "He said the firm, Tistashore Engineering and Construction Ltd., had been paid Tk 118 crore so far.", "“They say the rates in the contract are too low since the price of cement went up,” he said.", "“That is not the river's problem.”", "Tistashore's managing director, Joynal Abedin Sarkel, declined to comment when contacted by phone on Thursday."]),
    ("n64-quote-named-after-so-said", "“This is the fifth time the river has come for my house. The first time was in 2009, when my son was a baby. Every time we move a little further from the river, and every time the river follows.”\n“This time I have nowhere left to move to. The land behind us belongs to someone else.”\nSo said Jobeda Khanom Dewanjee, 47, standing beside the bamboo frame that was her kitchen until Tuesday night.",
     ["“This is the fifth time the river has come for my house.", "The first time was in 2009, when my son was a baby.", "Every time we move a little further from the river, and every time the river follows.”", "“This time I have nowhere left to move to.", "The land behind us belongs to someone else.”", "So said Jobeda Khanom Dewanjee, 47, standing beside the bamboo frame that was her kitchen until Tuesday night."]),
    ("n64-rs-headline-it-said", "Bus fares to rise 4.2 pc from July 1; minimum fare stays at Rs. 30\nOperators say the increase will not cover their costs; passengers' forum calls for a one-year freeze\nBy Dinithi Abeysundara-Ratnapalage\nPosted on 19 Apr 2026, 12:05 am\nShare   Facebook   X   WhatsApp   Email\nBus fares will rise by 4.2 per cent from July 1 under this year's annual fare revision, the National Transport Commission (NTC) said on Saturday. The minimum fare will stay at Rs. 30, it said, while no fare will rise by more than Rs. 40.",
     ["Bus fares to rise 4.2 pc from July 1; minimum fare stays at Rs. 30", "Operators say the increase will not cover their costs; passengers' forum calls for a one-year freeze", "By Dinithi Abeysundara-Ratnapalage", "Posted on 19 Apr 2026, 12:05 am", "Share   Facebook   X   WhatsApp   Email", "Bus fares will rise by 4.2 per cent from July 1 under this year's annual fare revision, the National Transport Commission (NTC) said on Saturday.", "The minimum fare will stay at Rs. 30, it said, while no fare will rise by more than Rs. 40."]),
    ("n64-ven-thera-question", "The federation's central committee would decide at a meeting in Kurunegala on Wednesday whether to call a strike, he continued. A strike was the last thing its members wanted, but they could not keep running buses at a loss.\nVen. Pahalawela Sumanasiri Thera, chief incumbent of the Sri Bodhirukkaramaya in Kiriwattegama and convener of the Passengers' Rights Forum, called for fares to be frozen for a year. “A labourer who takes two buses to work already spends a fifth of his day's wage on fares,” the Thera said. “Who asked the passengers?”",
     ["The federation's central committee would decide at a meeting in Kurunegala on Wednesday whether to call a strike, he continued.", "A strike was the last thing its members wanted, but they could not keep running buses at a loss.", "Ven. Pahalawela Sumanasiri Thera, chief incumbent of the Sri Bodhirukkaramaya in Kiriwattegama and convener of the Passengers' Rights Forum, called for fares to be frozen for a year.", "“A labourer who takes two buses to work already spends a fifth of his day's wage on fares,” the Thera said.", "“Who asked the passengers?”"]),
    ("n64-dr-particle-de-sentence-start", "Dr. Shehani de Pannila, a transport economist at the Lakpahana Policy Institute, said the formula had produced increases in nine of the past 12 years, and decreases in two. “The formula is not the problem,” she said. “The problem is that nobody checks whether the buses run the routes they are paid to run.”\nAbout 5,200 of the country's 21,400 private buses are more than 20 years old, according to the NTC's 2025 annual report.\nA bus on the Colombo–Kandy route takes about Rs. 38,000 a day in fares before costs, according to the federation's secretary, Nihal Dassanayake-Kuruppuge. De Pannila said that figure was “a good day, not an average day”.",
     ["Dr. Shehani de Pannila, a transport economist at the Lakpahana Policy Institute, said the formula had produced increases in nine of the past 12 years, and decreases in two.", "“The formula is not the problem,” she said.", "“The problem is that nobody checks whether the buses run the routes they are paid to run.”", "About 5,200 of the country's 21,400 private buses are more than 20 years old, according to the NTC's 2025 annual report.", "A bus on the Colombo–Kandy route takes about Rs. 38,000 a day in fares before costs, according to the federation's secretary, Nihal Dassanayake-Kuruppuge.", "De Pannila said that figure was “a good day, not an average day”."]),
    ("n64-qa-label-q-a-rs", "Q&A\nThe Lakdiva Herald put three questions to NTC chairman Lalith Wanigasekara-Bulathsinhala on Saturday. His answers have been edited for length.\nQ: Operators say 4.2 per cent does not even cover the rise in diesel. Are they wrong?\nA: Diesel actually fell by Rs. 12 a litre during the review period. The increase comes from wages and spare parts, which went up by 9 per cent and 14 per cent. The formula is there so that nobody has to guess.",
     ["Q&A", "The Lakdiva Herald put three questions to NTC chairman Lalith Wanigasekara-Bulathsinhala on Saturday.", "His answers have been edited for length.", "Q: Operators say 4.2 per cent does not even cover the rise in diesel.", "Are they wrong?", "A: Diesel actually fell by Rs. 12 a litre during the review period.", "The increase comes from wages and spare parts, which went up by 9 per cent and 14 per cent.", "The formula is there so that nobody has to guess."]),
    ("n64-qa-question-cites-forum", "Q: Why not freeze fares for a year, as the Passengers' Rights Forum has asked?\nA: If we freeze fares, the Treasury has to pay the difference, and the Treasury has told us in writing that it will not. Then the operators take buses off the road, and the passenger waits longer.\nQ: What about buses that skip routes?\nA: We have 64 inspectors for the whole Western Province. Since January they have suspended 211 route permits. I would like 200 inspectors.",
     ["Q: Why not freeze fares for a year, as the Passengers' Rights Forum has asked?", "A: If we freeze fares, the Treasury has to pay the difference, and the Treasury has told us in writing that it will not.", "Then the operators take buses off the road, and the passenger waits longer.", "Q: What about buses that skip routes?", "A: We have 64 inspectors for the whole Western Province.", "Since January they have suspended 211 route permits.", "I would like 200 inspectors."]),
    ("n64-sen-the-hon-dr-went-on", "Homes served by the Coromandel Reservoir in south Trinidad will get pipe-borne water on three days a week from Monday, Minister of Public Utilities Sen. the Hon. Dr. Rudranath Baldeosingh told the Senate on Tuesday.\nIn a statement to the Senate, he said the reservoir was at 31 per cent of capacity, against 58 per cent at the same time last year. The minister went on: “This is the driest first quarter we have recorded since 1998. Rainfall at the reservoir from January to March was 41 per cent of the long-term average.”",
     ["Homes served by the Coromandel Reservoir in south Trinidad will get pipe-borne water on three days a week from Monday, Minister of Public Utilities Sen. the Hon. Dr. Rudranath Baldeosingh told the Senate on Tuesday.", "In a statement to the Senate, he said the reservoir was at 31 per cent of capacity, against 58 per cent at the same time last year.", "The minister went on: “This is the driest first quarter we have recorded since 1998.", "Rainfall at the reservoir from January to March was 41 per cent of the long-term average.”"]),
    ("n64-two-senators-alternating", "Opposition Senator Kendell McIntyre-Farrier countered that a pipeline from the reservoir to a new treatment plant, which he said would have added 2.4 million gallons a day, was due to be finished in 2024. “It is 60 per cent built and has been 60 per cent built for a year,” he said.\nThe minister replied that the contractor had been paid up to date and that the pipeline would be commissioned by the end of September. “We heard September last year too,” McIntyre-Farrier shot back.",
     ["Opposition Senator Kendell McIntyre-Farrier countered that a pipeline from the reservoir to a new treatment plant, which he said would have added 2.4 million gallons a day, was due to be finished in 2024.", "“It is 60 per cent built and has been 60 per cent built for a year,” he said.", "The minister replied that the contractor had been paid up to date and that the pipeline would be commissioned by the end of September.", "“We heard September last year too,” McIntyre-Farrier shot back."]),
    ("n64-phone-number-named-after", "A spokeswoman for WASA said the authority had repaired 1,146 leaks in the south since January. She said customers could check the new schedule on the authority's website or by calling 800-4420.\nCouncillor Marlene La Fortelle, who represents Bois Cannelle Trace on the Siparia Regional Corporation, wrote on Facebook on Wednesday that she had asked the corporation to place two of its own water tanks in the village. “Three days a week is not a schedule, it is a punishment,” she wrote.\n“You can't make doubles without water. I buy from the truck, I pay for it, and I still have to pray it comes.”\nSavitri Ramdeen-Ghany, who sells doubles on the Bois Cannelle Trace main road, said as she washed out her pot that she had spent $700 on water trucks since February.",
     ["A spokeswoman for WASA said the authority had repaired 1,146 leaks in the south since January.", "She said customers could check the new schedule on the authority's website or by calling 800-4420.", "Councillor Marlene La Fortelle, who represents Bois Cannelle Trace on the Siparia Regional Corporation, wrote on Facebook on Wednesday that she had asked the corporation to place two of its own water tanks in the village.", "“Three days a week is not a schedule, it is a punishment,” she wrote.", "“You can't make doubles without water.", "I buy from the truck, I pay for it, and I still have to pray it comes.”", "Savitri Ramdeen-Ghany, who sells doubles on the Bois Cannelle Trace main road, said as she washed out her pot that she had spent $700 on water trucks since February."]),
    ("n64-ratu-nephew-same-family-name", "The village chief, Ratu Josefa Delainavosa, told the gathering in iTaukei that the move was “the hardest decision our vanua has ever made”. The old village would remain “our home for our dead”, he said, and every family would keep its fishing rights in the lagoon.\nHis nephew, Semi Delainavosa, a fisherman, said the new site was a 35-minute walk from where the boats are pulled up. “The sea took our houses, but the sea is still where the food is,” Semi said.\nRatu Josefa said the village council had agreed on Monday to build a boat shed and a small store at the shore, paid for by the church.",
     ["The village chief, Ratu Josefa Delainavosa, told the gathering in iTaukei that the move was “the hardest decision our vanua has ever made”.", "The old village would remain “our home for our dead”, he said, and every family would keep its fishing rights in the lagoon.", "His nephew, Semi Delainavosa, a fisherman, said the new site was a 35-minute walk from where the boats are pulled up.", "“The sea took our houses, but the sea is still where the food is,” Semi said.", "Ratu Josefa said the village council had agreed on Monday to build a boat shed and a small store at the shore, paid for by the church."]),
    ("n64-adi-continued-talatala", "Adi Mereoni Tuivanuavou-Lesi, who leads the village women's group, said the women had chosen where each of the 46 houses would stand, in meetings held over two years. The group would plant 300 breadfruit and coconut seedlings around the new houses by December, she continued.\nEach family would look after the trees beside its own house, and the fruit would be shared at church functions.\nTalatala Sireli Naivaluvatu-Koroi, the Methodist minister who led a farewell service in the old church on Wednesday night, said the congregation would carry the church bell to the new site after the service on Sunday. “We did not choose to leave,” he said. “But we chose to leave together.”",
     ["Adi Mereoni Tuivanuavou-Lesi, who leads the village women's group, said the women had chosen where each of the 46 houses would stand, in meetings held over two years.", "The group would plant 300 breadfruit and coconut seedlings around the new houses by December, she continued.", "Each family would look after the trees beside its own house, and the fruit would be shared at church functions.", "Talatala Sireli Naivaluvatu-Koroi, the Methodist minister who led a farewell service in the old church on Wednesday night, said the congregation would carry the church bell to the new site after the service on Sunday.", "“We did not choose to leave,” he said.", "“But we chose to leave together.”"]),
    ("n64-two-garrivans-mr-ms", "Cllr Tomás Garrivan, who proposed the motion, said a greenway in a neighbouring county had drawn 240,000 visits in its first year. “This is the best chance in a generation to bring people back into these villages,” he said.\nCllr Bríd Garrivan, who is not related to him, said the council was “using a cycle path to take land off families who have farmed it for five generations”. She said 11 of the farms on the route would be cut in two, leaving farmers to cross the greenway to reach their own fields.\nMr Garrivan said the council had offered to build 38 underpasses and accommodation crossings, more than on any greenway in the country. “Offered,” Ms Garrivan said. “Nothing has been signed.”",
     ["Cllr Tomás Garrivan, who proposed the motion, said a greenway in a neighbouring county had drawn 240,000 visits in its first year.", "“This is the best chance in a generation to bring people back into these villages,” he said.", "Cllr Bríd Garrivan, who is not related to him, said the council was “using a cycle path to take land off families who have farmed it for five generations”.", "She said 11 of the farms on the route would be cut in two, leaving farmers to cross the greenway to reach their own fields.", "Mr Garrivan said the council had offered to build 38 underpasses and accommodation crossings, more than on any greenway in the country.", "“Offered,” Ms Garrivan said.", "“Nothing has been signed.”"]),
    ("n64-cathaoirleach-statement-in-it", "Cllr Pádraig Ó Gallchobhair said he supported the greenway but would not vote to compulsorily acquire land until every landowner had been met in person. He abstained.\nThe Cathaoirleach, Cllr Máire Ní Chadhain, read into the record a statement from the county chairman of the Irish Farmers' Association (IFA), Seosamh Kilkelly-Reape. In it, he said the association had asked the council in January for an independent valuer, paid for by the council, for every farm on the route. “We were told no,” the statement said.\nThe Cathaoirleach said she had read the statement “as a courtesy” and that it did not change the motion before the council.",
     ["Cllr Pádraig Ó Gallchobhair said he supported the greenway but would not vote to compulsorily acquire land until every landowner had been met in person.", "He abstained.", "The Cathaoirleach, Cllr Máire Ní Chadhain, read into the record a statement from the county chairman of the Irish Farmers' Association (IFA), Seosamh Kilkelly-Reape.", "In it, he said the association had asked the council in January for an independent valuer, paid for by the council, for every farm on the route.", "“We were told no,” the statement said.", "The Cathaoirleach said she had read the statement “as a courtesy” and that it did not change the motion before the council."]),
    ("n64-col-lt-col-de-am-pm", "Base commander Col. Andrea MacKinnon-Proudfoot told about 180 people at the Pellowmere Legion on Tuesday night that none of the land would be expropriated, because all of it is already Crown land. “Nobody is going to lose their house over this,” she said.\nLt.-Col. Julien de Courvallon, the base's range control officer, said live firing would still be limited to 7 a.m. to 11 p.m., Monday to Saturday. De Courvallon said noise monitors would be installed at six points around the range by the end of June.",
     ["Base commander Col. Andrea MacKinnon-Proudfoot told about 180 people at the Pellowmere Legion on Tuesday night that none of the land would be expropriated, because all of it is already Crown land.", "“Nobody is going to lose their house over this,” she said.", "Lt.-Col. Julien de Courvallon, the base's range control officer, said live firing would still be limited to 7 a.m. to 11 p.m., Monday to Saturday.", "De Courvallon said noise monitors would be installed at six points around the range by the end of June."]),
    ("n64-transcript-caps-rank-prefixes", "FROM THE FLOOR\nSome of Tuesday's exchanges, edited for length and clarity:\nGAIL THIBOUTOT-MERRIAM: My well is 900 metres from the new boundary. Who pays if it cracks?\nCOL. MACKINNON-PROUDFOOT: We will test every well within three kilometres, before and after. If there is damage, there is a claims process, and we will walk you through it.\nLEN ASHFIELD-MOULTON: Will there be firing at night?\nLT.-COL. DE COURVALLON: No firing after 11 p.m., same as today. That is written into the range standing orders.",
     ["FROM THE FLOOR", "Some of Tuesday's exchanges, edited for length and clarity:", "GAIL THIBOUTOT-MERRIAM: My well is 900 metres from the new boundary.", "Who pays if it cracks?", "COL. MACKINNON-PROUDFOOT: We will test every well within three kilometres, before and after.", "If there is damage, there is a claims process, and we will walk you through it.", "LEN ASHFIELD-MOULTON: Will there be firing at night?", "LT.-COL. DE COURVALLON: No firing after 11 p.m., same as today.", "That is written into the range standing orders."]),
    ("n64-adv-van-der-alternating", "Adv. Liezl van der Hoevel, for the association, told the court on Thursday that the municipality had “chosen the truck over the pipe” for more than a year. She said the tanker contract had been extended three times without going out to tender.\nAdv. Nomvula Zibula-Msimang, for the municipality, argued that the application was not urgent because the residents were receiving water. She said the municipality had set aside R5.6 million in its 2026/27 capital budget to repair the pump station.\nVan der Hoevel replied that the same repair had appeared in the 2025/26 budget. “A line in a budget does not put water in a tap,” she said.",
     ["Adv. Liezl van der Hoevel, for the association, told the court on Thursday that the municipality had “chosen the truck over the pipe” for more than a year.", "She said the tanker contract had been extended three times without going out to tender.", "Adv. Nomvula Zibula-Msimang, for the municipality, argued that the application was not urgent because the residents were receiving water.", "She said the municipality had set aside R5.6 million in its 2026/27 capital budget to repair the pump station.", "Van der Hoevel replied that the same repair had appeared in the 2025/26 budget.", "“A line in a budget does not put water in a tap,” she said."]),
    ("n64-pty-ltd-declined-named-after", "Municipal spokesperson Thabani Kheswa-Mbanjwa said the municipality would abide by the court's decision.\nThe tanker company, Sizakala Water Logistics (Pty) Ltd., declined to comment.\n“The truck comes on Tuesday and Friday. If you are at the clinic when it comes, you wait until the next one.\n“I am 74. I cannot carry twenty litres up this road.”\nThat was Mavis Ndlela-Sishi, a pensioner who has lived in ward 9 for 51 years, speaking at her gate on Wednesday.",
     ["Municipal spokesperson Thabani Kheswa-Mbanjwa said the municipality would abide by the court's decision.", "The tanker company, Sizakala Water Logistics (Pty) Ltd., declined to comment.", "“The truck comes on Tuesday and Friday.", "If you are at the clinic when it comes, you wait until the next one.", "“I am 74.", "I cannot carry twenty litres up this road.”", "That was Mavis Ndlela-Sishi, a pensioner who has lived in ward 9 for 51 years, speaking at her gate on Wednesday."]),
    ("n64-rbi-ltd-directions-shri", "PUNE: The Reserve Bank of India (RBI) has barred Nandurbag Urban Co-operative Bank Ltd. from making new loans or taking fresh deposits for six months, and has capped withdrawals at ₹25,000 per depositor. The RBI's directions, issued on Tuesday, say the bank's financial position poses “material concerns” for its depositors.\nThe bank, which has 14 branches in Pune and Satara districts, held deposits of ₹412 crore from about 61,000 depositors at the end of March 2025, according to the bank's annual report for 2024-25.\nThe RBI has also superseded the bank's board of directors and appointed Shri Girish Apte-Raskar, a retired general manager of a public sector bank, as administrator.",
     ["PUNE: The Reserve Bank of India (RBI) has barred Nandurbag Urban Co-operative Bank Ltd. from making new loans or taking fresh deposits for six months, and has capped withdrawals at ₹25,000 per depositor.", "The RBI's directions, issued on Tuesday, say the bank's financial position poses “material concerns” for its depositors.", "The bank, which has 14 branches in Pune and Satara districts, held deposits of ₹412 crore from about 61,000 depositors at the end of March 2025, according to the bank's annual report for 2024-25.", "The RBI has also superseded the bank's board of directors and appointed Shri Girish Apte-Raskar, a retired general manager of a public sector bank, as administrator."]),
    ("n64-ms-inside-quote-same-surname", "Vaishali Khandagale, the bank's vice-chairperson until the board was superseded, blamed the bad loans on “a collapse in the housing market after 2022”. She said the board had recovered ₹23 crore of overdue loans since October. “We were not sitting idle,” she said.\nRamesh Khandagale, a 71-year-old retired schoolteacher who is no relation, has ₹9.4 lakh in a fixed deposit at the bank. “My whole provident fund is in that bank,” he said outside the Nandurbag branch, where about 300 depositors gathered on Wednesday morning. “Ms. Khandagale's board gave it to builders.”",
     ["Vaishali Khandagale, the bank's vice-chairperson until the board was superseded, blamed the bad loans on “a collapse in the housing market after 2022”.", "She said the board had recovered ₹23 crore of overdue loans since October.", "“We were not sitting idle,” she said.", "Ramesh Khandagale, a 71-year-old retired schoolteacher who is no relation, has ₹9.4 lakh in a fixed deposit at the bank.", "“My whole provident fund is in that bank,” he said outside the Nandurbag branch, where about 300 depositors gathered on Wednesday morning.", "“Ms. Khandagale's board gave it to builders.”"]),
    ("n64-pte-ltd-told-court-colon", "Cheah Swee Lip, 52, who ran Sweelip Interior Build Pte Ltd, is on trial on 31 counts of cheating. He has claimed trial to all the charges.\nTaking the stand on April 17, Cheah told the court: “I did not run away with anybody's money. I was there every day until the end.”\nHe said the firm collapsed in April 2024 after a cabinet maker in Johor Bahru, which he had paid in advance, failed to deliver kitchen cabinets for 19 flats. Every cent the homeowners paid had gone into the business, he went on.",
     ["Cheah Swee Lip, 52, who ran Sweelip Interior Build Pte Ltd, is on trial on 31 counts of cheating.", "He has claimed trial to all the charges.", "Taking the stand on April 17, Cheah told the court: “I did not run away with anybody's money.", "I was there every day until the end.”", "He said the firm collapsed in April 2024 after a cabinet maker in Johor Bahru, which he had paid in advance, failed to deliver kitchen cabinets for 19 flats.", "Every cent the homeowners paid had gone into the business, he went on."]),
    ("n64-datuk-sdn-bhd-binte-colon", "Malaysian businessman Datuk Phang Leck Ning, managing director of the cabinet maker, Cahaya Jati Woodcraft Sdn Bhd, testified by video link from Johor Bahru that his company was never paid for the 19 kitchens. He said Sweelip had paid a deposit of RM18,000 for one order in 2023, and nothing after that.\nMadam Faridah binte Osmadi, 63, told the court she paid $18,400 in March 2024 to renovate her four-room flat in Tampines and that no worker ever turned up. She said she had picked the firm because of its posts on Facebook: “They had so many photos of beautiful kitchens.”",
     ["Malaysian businessman Datuk Phang Leck Ning, managing director of the cabinet maker, Cahaya Jati Woodcraft Sdn Bhd, testified by video link from Johor Bahru that his company was never paid for the 19 kitchens.", "He said Sweelip had paid a deposit of RM18,000 for one order in 2023, and nothing after that.", "Madam Faridah binte Osmadi, 63, told the court she paid $18,400 in March 2024 to renovate her four-room flat in Tampines and that no worker ever turned up.", "She said she had picked the firm because of its posts on Facebook: “They had so many photos of beautiful kitchens.”"]),
    ("n64-sheikh-dal-cortivo-alternating", "Sheikh Abdallah Mwinyikai-Badawy, chairman of the Coast Ulamaa Forum, said the resort was treating the people of Mwakilindi “like strangers on their own shore”. “The footpath they talk about floods at every high tide,” he said.\nThe resort's general manager, Giancarlo Dal Cortivo, countered that the resort employed 164 people, 120 of them from Mwakilindi and the villages around it. “We are not the enemy of the fishermen,” he said.\n“Jobs do not give you the right to close a road,” the sheikh retorted. Dal Cortivo said the resort had offered in February to build a new road along its boundary at its own cost. The sheikh said that offer was never put in writing.",
     ["Sheikh Abdallah Mwinyikai-Badawy, chairman of the Coast Ulamaa Forum, said the resort was treating the people of Mwakilindi “like strangers on their own shore”.", "“The footpath they talk about floods at every high tide,” he said.", "The resort's general manager, Giancarlo Dal Cortivo, countered that the resort employed 164 people, 120 of them from Mwakilindi and the villages around it.", "“We are not the enemy of the fishermen,” he said.", "“Jobs do not give you the right to close a road,” the sheikh retorted.", "Dal Cortivo said the resort had offered in February to build a new road along its boundary at its own cost.", "The sheikh said that offer was never put in writing."]),
    ("n64-pty-ltd-said-aunty-statement", "Sanderling Holiday Parks Pty Ltd said in a statement that it would keep a 20-metre public walkway around the edge of the headland. Its director, Travis Munnings-Keddle, insisted the lookout at the tip of the headland would stay open to everyone, free of charge. “A walkway through a caravan park is not a headland,” Pettiford-Goss said. “Come and walk it with me, and then tell me that,” Munnings-Keddle said.\nAunty Noreen Elwell-Parsons read a statement to the meeting on behalf of the Yarrawin Traditional Owners Aboriginal Corporation. The statement said the corporation was told about the lease in a two-paragraph email in February, three weeks before submissions closed. “The headland is a place where our families have gathered for longer than anyone has been counting,” it said. Speaking after the vote, Aunty Noreen said the corporation would ask the state to refuse the lease.",
     ["Sanderling Holiday Parks Pty Ltd said in a statement that it would keep a 20-metre public walkway around the edge of the headland.", "Its director, Travis Munnings-Keddle, insisted the lookout at the tip of the headland would stay open to everyone, free of charge.", "“A walkway through a caravan park is not a headland,” Pettiford-Goss said.", "“Come and walk it with me, and then tell me that,” Munnings-Keddle said.", "Aunty Noreen Elwell-Parsons read a statement to the meeting on behalf of the Yarrawin Traditional Owners Aboriginal Corporation.", "The statement said the corporation was told about the lease in a two-paragraph email in February, three weeks before submissions closed.", "“The headland is a place where our families have gathered for longer than anyone has been counting,” it said.", "Speaking after the vote, Aunty Noreen said the corporation would ask the state to refuse the lease."]),
]  # fmt: skip
