"""Forty-eighth set of new hand-labelled pages for the hint engines (tuning set, round twenty-three): whole pages, with light furniture, where the SPEAKER is hard, in the house styles of smaller and non-Western outlets.

Written from scratch for issue 13 in round twenty-three, before any rule was tuned on them and without
looking at the engine's code or output (neither `claimreview/` nor the scorer's results were opened,
and no test, scorer or engine was run; only an import of this file and `build` were tried, to check
its structure, counts and split cases). The format and the conventions were read from the docstrings
of `labelled_new.py`, `labelled_new2.py` and `labelled_new40.py` to `labelled_new46.py`, the first
pages of `labelled_new46.py`, the Malaysian and Nigerian pages of `labelled_new45.py`, a grep of the
cues those sets give to "According to", "read out a statement", "hearing told" and "said through
their solicitor", and `labelled_articles.build`. No `labelled_heldout*.py` file was opened; the name
greps only printed a few hit lines. Every person, small place, organisation, outlet, company, party,
union, school, temple, ferry and number is invented (Nigeria with Osun State, Kogi State and Lokoja,
Ghana with the Central Region, Accra and Cape Coast, India with Tamil Nadu, Madurai and Chennai,
Pakistan with Punjab, Lahore and Karachi, Malaysia with Sabah and Kota Kinabalu, Indonesia with East
Java and Surabaya, the Philippines with Quezon, Lucena City, Bicol and Manila, Singapore, Sri Lanka
with Kurunegala and Colombo, Jamaica with St Thomas, Fiji, and Australia appear only as settings;
real institutions such as "the Federal Medical Centre, Lokoja", "the Christian Association of
Nigeria", "the Ghana Health Service", "the University of Cape Coast", "the Madras High Court", "the
Lahore High Court", "the Pakistan Bureau of Statistics", "MetMalaysia", "the BMKG", "the KNKT", "the
LTFRB", "the DPWH", "the SCDF", "the Housing and Development Board", "the CID", "the Department of
Examinations" and "the National Water Commission" appear only as settings, with invented figures).
No surname, town, outlet or company of any file under `tests/` is reused: every capitalised word of
these pages, the parts of hyphenated names included, was grepped as a whole word over the whole
`tests/` tree (twice, as other sets were being added), and every surname, town, outlet and company
that occurred was changed (first names, titles, states and common words recur).

Each page is a WHOLE page, head to tail, but with light furniture (masthead, menu, crumb, headline,
byline, date, caption and credit, a related line or two, the footer), so that most of each page is
story. The twelve pages, from eleven countries: (1) a Nigerian state daily on a governor's road
flag-off (a governor "represented by his deputy", reported speech running on without a cue, "In his
words", "disclosed this while speaking to journalists", Engr., Oba, Alhaji, Hon., Barr., Chief, a
party's statement "signed by its state Publicity Secretary", "the statement read", "It was
gathered that", an official "who pleaded anonymity", a press secretary with "maintained" and
"stated", "lamented"); (2) a Nigerian national daily on police rescuing a kidnapped pastor ("The
police said" vs the PPRO "SP" by name, "The statement read in part:", the CP and an ASP in turn, a
church member who pleaded anonymity and "the source said", "did not say", a pastor and his wife, Dr
(Mrs), two women who disagree in turn, Rev. Dr); (3) a Ghanaian site on a cholera outbreak (a
headline attributed with a dash, "disclosed this", two women in turn with "In her words", the MCE and
a chief in turn, Hon., Nana, Prof. and Maame, a circular "dated ... and signed by" and "It also
stated", Ghanaian day names); (4) an Indian regional portal on a tank breach (Tamil names with
initials, Tmt., Mr. and Ms., the Collector and the MLA in turn, an inquiry ordered, a press release
and "The release stated", two women in turn, a Division Bench of two Justices); (5) a Pakistani
daily on flour prices (a minister who "said through his spokesperson", the spokesperson in his own
name and quoting the minister, a notification and "It stated", the millers' chairman and the
spokesperson in turn, counsel and judge, two women, in turn, "averred", Rs and Rs.); (6) a Malaysian
daily's Sabah page on a landslide near a school (Datuk, Hajah, Datuk Seri, Tan Sri, Ir.,
Superintendent, binti and bin, "Syed" and "al-", Chinese names family-first, first-name second
references, two women and two men in turn); (7) an Indonesian English-language daily on a ferry
sinking (single-name officials and survivors, "Sr. Comr.", "S.A.,", "Ach.", "as quoted by" a news
agency, a ministry spokeswoman speaking for the minister, the operator's statement); (8) a Philippine
regional site on a bus crash ("police said" vs the provincial office vs its spokeswoman "Police Major
Ma. ...", the police report and "It said", Atty., Engr., "Sto.", "Jr.,", a Tagalog quote with its
translation, a governor "said through her spokesperson" and the spokesperson in turn, two women in
turn); (9) a Singapore community site on a flat fire (s/o and d/o, Madam, Ms, Mr and Encik, "Mr Aw",
"Mr Teng", "Mr Saravanan", "Mr Ridhwan", SCDF and "it said", a town council replying to queries,
several men in turn); (10) a Sri Lankan daily on an exam-paper leak ("Police said" vs the police
media spokesman, initials "H.M.K.", "P.B.", "S.M.", "K.", "G.C.E.", SSP, DIG, Dr., "Ven. ... Thero"
and "the Thero", a minister "said through her media secretary" and the secretary in turn, a CID
officer "who wished to remain anonymous", Rs.); (11) a Jamaican parish site on a water protest
(residents who "say", "Police said" vs a superintendent and a police spokeswoman, the NWC's release
and "It said", patois quotes, two women in turn, a senator "said through a spokesperson" and the
spokesperson in turn, Custos, Hon. Dr, Senator); (12) a Fijian site on a cane payment (Ratu, Adi, Mr
and Ms, "Ratu Peni", Indo-Fijian names, a union president's statement read out by the treasurer and
"In it, ...", a miller's statement "signed by its chief executive", "Speaking in iTaukei, she said",
a permanent secretary "responding on behalf of the minister", two women and two men in turn).
`STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new46.py` hold too (mastheads, menus, crumbs, bylines,
date lines, related lists, WhatsApp lines, tags, contact lines and footers "B" line by line; captions
by content and credits "B"; a headline's or deck's "says" carrying the source as the body names it;
titles, ranks, honorifics and roles dropped from speakers, bracketed abbreviations of bodies dropped
too ("the Office for National Statistics (ONS) said" -> "the Office for National Statistics"); a
pronoun, a later surname or a role resolved to the full name as first given; organisations,
documents and data kept as written, "according to X" -> X, "It" for a document resolved to the
document as written; quotes over several sentences carry the quote's speaker and cue; "did not say"
and "did not respond to queries" labelled like speech with flags ""; a statement read out for
someone is an act, its content carrying the author; "said through their solicitor" carrying the
principal; plans, orders, directions, results and figures of record "W", pledges, promises,
forecasts, appeals, opinions and feelings "").

Conventions this set had to settle, in the same spirit:

* Titles and honorifics dropped: Nigerian "Mr", "Mrs", "Prince", "Oba", "Alhaji", "Chief", "Hon.",
  "Engr.", "Barr.", "Pastor", "Deaconess", "Dr (Mrs)", "Rev. Dr", "SP", "ASP", "CP"; Ghanaian "Hon.",
  "Nana", "Dr", "Mrs", "Prof." and "Maame"; Indian "Tmt.", "Mr.", "Ms.", "Justice", "District
  Collector", "MLA"; Pakistani "Advocate" and "Justice"; Malaysian "Datuk", "Hajah", "Datuk Seri",
  "Tan Sri", "Ir." and "Superintendent"; Indonesian "Sr. Comr." and "Regent"; Philippine "Police
  Major", "Police Staff Sergeant", "Atty.", "Engr.", "Barangay chairman", "Governor"; Singaporean
  "Madam", "Ms", "Mr", "Encik"; Sri Lankan "SSP", "DIG", "Dr." and "Ven."; Jamaican
  "Superintendent", "Deputy Superintendent", "Custos", "Hon. Dr", "Dr" and "Senator"; Fijian "Ratu",
  "Adi", "Mr", "Ms" and "Turaga ni Koro". Kept as part of the name: "bin", "binti", "s/o", "d/o",
  "al-", "Syed" (printed as part of the name, like "Sheikh" is not), "dela" ("Ma. Cristina dela
  Paz-Ylagan", to which "Dela Paz-Ylagan, for her part, said" resolves), "Ma." (Maria), "Ach."
  (Achmad), "Jr.", regnal numbers ("Akinsete II", "Essilfie-Kwegyir III"), initials ("R.
  Vetrivendhan", "H.M.K. Dissawickrema", "S.M. Pathiranage") and "Thero" ("Ven. Kotagama Sumanawansa
  Thero" -> "Kotagama Sumanawansa Thero", as Sri Lankan papers name monks).
* Second references resolve to the full name as first given, whatever part they use: a surname after
  initials ("Arumuganainar said", "Pathiranage added", "Thavaneswaran asked"); a Malay or Indian
  given name ("Norliza said", "Mohd Nazrulhisham said", "Mr Ridhwan said", "Syed Azman asked", "Mr
  Saravanan" for "Saravanan s/o Pakirisamy", "Madam Valliammai"); a Chinese family name given first
  ("Voo said", "Vun said", "Thien", "Mr Aw", "Mr Teng", "Ms Khor"); an Indonesian given name or a
  single name ("Mudzakkir said", "Arief said", "Harjanto", "Darmosugito said"); a Fijian title and
  given name ("Ratu Peni said"); a title and surname ("Nana Essilfie-Kwegyir said" -> "Kwaku
  Essilfie-Kwegyir III"); and a role ("the governor", "The CP", "the MCE", "the Collector", "The
  police spokesperson", "the judge", "the Thero").
* People of one gender in turn: "he"/"she" goes to the last-named person of that gender who was the
  subject of a reporting verb, not to one merely mentioned: "He said the road ..." after "The
  governor, who was represented by his deputy, X, said" is the governor's; "She lamented" after the
  commissioner's sentence is hers, though the police spokeswoman spoke before; "He said it had three
  huts" is the DPO's, not the CP's; "She said 61 farmers ..." is the Revenue Divisional Officer's,
  not the panchayat president's; "She said the roadblocks ..." is the police spokeswoman's, not the
  Custos's.
* Nigerian and Ghanaian formulae: "X disclosed this while speaking to journalists ..." and "X
  disclosed this at an emergency meeting ..." only locate earlier speech: they carry X with the cue
  "disclosed this while speaking to journalists" / "disclosed this" and flags "". "In his words, “...”"
  and "In her words, “...”" carry the person with the cue "in his words" / "in her words" over every
  sentence of the quote; "According to her/him, ..." carries the person with "according to". "added",
  "stated", "noted", "lamented", "averred", "maintained", "insisted", "cautioned", "remarked",
  "observed", "submitted", "argued", "alleged", "demanded", "claiming", "urged", "charged", "called
  on", "appealed", "announced", "described", "pledged", "promised" and "put" are cues as written.
* Reported speech that runs on in the next paragraph without a cue, in the backshifted tense of
  reported speech ("The state would also build 14 culverts ... would be engaged ..."), carries the
  last speaker and cue ("said"); a paragraph in the paper's own voice carries none.
* Speaking for someone: "The governor, who was represented by his deputy, ..., said" and "in the
  speech read on his behalf, also promised" carry the governor (the author, not the deputy who read
  it). "X said through his spokesperson" / "through her spokesperson, Y," / "through her media
  secretary" / "through a spokesperson" carry X with that cue; what the spokesperson then says in his
  or her own name ("The spokesperson, Y, told ...", "Y added that the governor had asked ...",
  "Transportation Ministry spokeswoman Y said the minister had ordered ...") carries the spokesperson;
  "..., the spokesperson quoted the minister as saying" carries the minister with the cue "quoted the
  minister as saying"; "Responding on behalf of the minister, the Permanent Secretary, Y, said" carries
  Y. A statement "read out by the union's treasurer" is an act, "W", without a speaker; "In it, Mr
  Bux said" carries the union's president; the quote tagged "the statement said" keeps "the
  statement".
* Signed statements and documents: "In a statement signed by its state Publicity Secretary, Barr.
  X, the party said" keeps "the party" as written (the signer is the channel, the party the speaker),
  and "In a statement signed by its chief executive, Mr X, the miller, Ravuka Sugar Milling Ltd,
  said" carries the company; "“...?” / “...,” the statement read." carries "the statement" with
  "read"; "The statement read in part: “...”" carries "The statement" with "read in part" through the
  quote; "A circular from the Central Regional Health Directorate, dated March 9 and signed by ...,
  directed" keeps the circular with its source and drops the clauses; "The circular stated", "It also
  stated" (-> "The circular"), "The report stated", "It said" (-> "The report"), "The release stated",
  "It said" (-> "The release"), "The Food Department's notification, issued on Wednesday, stated"
  (clause dropped), "It stated", "The department's own price survey, seen by ..., put" likewise.
  The signer of a circular, first named inside it, carries his own later words ("Dr
  Boahene-Twerefour said" -> "Kwabena Boahene-Twerefour").
* Police: "Police said", "police said", "The police said", "the police said" and "The Kogi State
  Police Command says" are kept as written; "The Quezon Police Provincial Office (QPPO) said" drops
  the abbreviation; "The command's Police Public Relations Officer, SP X, said in a statement" carries
  X with "said in a statement"; "The police spokesperson, however, put the figure at 29, saying ..."
  resolves to her with "saying"; "The police did not say whether ..." keeps "The police" with "did
  not say"; "the CP" and "the DPO" resolve to their names.
* Anonymous sources: "It was gathered that ..." (and "It was not immediately clear ...") has no
  speaker and no cue and is labelled by content; "A senior official of the ministry, who pleaded
  anonymity ..., said", "A member of the church, who pleaded anonymity ..., said", "A senior CID
  officer, who wished to remain anonymous, said" and "A shopkeeper, who did not want to be named,
  said" keep the descriptor and drop the clause; "the official said", "the source said" and "the
  officer said" resolve to that descriptor.
* Headlines and decks: "... Municipality — Health Directorate" (attribution by a dash, no verb)
  carries the directorate as the body names it, with an empty cue; "..., says minister" and "NWC
  says ..." carry the minister by name and "the National Water Commission" as the body names them;
  "Operator says ...; survivors say otherwise" takes the first source ("PT Laut Melati Jayaraya").
* Groups and bodies as written: "Residents of Guava Pen and surrounding districts in St Thomas" (from
  "to protest what they say is six weeks without piped water", "W"), "Residents who spoke with The
  Olosunde Mirror", "Shoppers at a market in Barkatpura", "officials", "Cempedak Town Council", "the
  town council", "The district education office", "Ghana Health Service figures", "WRD records",
  "the Department of Examinations", "the department", "SCDF" (as written) but "it said" after it ->
  "The Singapore Civil Defence Force" (the name as first given), "the NWC", "Silangan Liner" (the
  short name as written), "Ilosiwaju People's Congress" (descriptor "the opposition" and "(IPC)"
  dropped). An official's act ("Mr. Vetrivendhan ordered an inquiry ...", "The judge adjourned the
  hearing till March 24.", "a Division Bench ... directed the WRD to file a status report by April
  8.") is "W" without a speaker; an MP's visit is "" without one.
* Quotes in other languages and registers: a Tagalog quote with its English translation in brackets
  ("“Parang lumipad ang bus (It was as if the bus flew),” said Lumbres, ...") is ONE sentence;
  "‘Walang preno! (No brakes!)’ and then ..." inside a quote never ends the sentence; Jamaican patois
  quotes are labelled by content ("one truck, one time" and "$1,500 a drum" "W", "Wi tired fi beg"
  ""); "Speaking in iTaukei, she said" has the cue "said".
* Abbreviations and designations: "Engr.", "Barr.", "Hon.", "Rev. Dr", "Prof.", "Tmt.", "Mr.", "Ms.",
  "Dr.", "Ven.", "Ir.", "Sr. Comr.", "Atty.", "Ach.", "Ma.", "Sto.", "Jr.,", "S.A.,", "Ltd.,", "Rs.",
  "G.C.E.", and initials ("R.", "G.", "A.", "V.", "K.", "M.", "S.", "P.", "R.N.", "H.M.K.", "P.B.",
  "S.M.") never end a sentence, nor do "3 a.m. and", "11 a.m. and", "11 p.m. on", "4:10 a.m. when" and
  "7 a.m. to 6 p.m. daily"; "Ltd." and "(Pvt) Ltd." end one before "All rights reserved.", and "Pvt.
  Ltd.", "(Pvt.) Ltd." and "Pte. Ltd." end a footer line. "Got a story?" before "Email us at ..." is
  two "B" sentences.

`CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), each taken word for word from these pages (consecutive lines joined by a newline) and
written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Nigerian state daily, a governor's road flag-off (masthead, menu, says headline, byline, date, caption with Engr. and a credit, has said lead, governor represented by his deputy then he said, reported speech running on without a cue, In his words over three sentences, the speech read on his behalf with promised, commissioner with Engr. then added and according to her, Ltd., mid-sentence, Oba with urged, Alhaji with disclosed, disclosed this while speaking to journalists, Hon. then he said, the opposition party described, statement signed by a Barr. publicity secretary with the party said, question before a capital with the statement read, It was gathered that, an official who pleaded anonymity then the official said and added, press secretary said, maintained and stated, residents who spoke with the paper, lamented after a quote, Chief and Baale, ALSO READ lines, footer)",
    "Nigerian national daily, police rescue a kidnapped pastor (masthead, menu, headline, From-Name-City byline, date, caption and credit, police command says, the police said, PPRO with SP said in a statement then she said and according to her, The statement read in part over three sentences with CP inside, the CP charged and urged, DPO with ASP told the paper then he said, It was gathered that, a church member who pleaded anonymity then the source said, the police did not say, the pastor told the paper then his quote, Deaconess wife, Dr (Mrs) commissioner said then she lamented, the police spokesperson put the figure then surname said, insisted, Rev. Dr called on then he said, the police said, WhatsApp line, related, Ltd. footer)",
    "Ghanaian news site, a cholera outbreak (masthead, menu, crumb, headline attributed by a dash, byline, date, caption and credit, directorate has said, disclosed this at a meeting, she said, according to her, she added, cautioned after a quote, second woman told the meeting then she said and In her words with a question, first woman again, added, MCE with Hon. announced a ban then he said with GH₵, the MCE stated, chief with Nana and III appealed then he said and a quote with Nana and surname, Hon. and surname responding, a circular dated and signed then The circular stated and It also stated, the signer contacted later, Prof. said then he said, Ghana Health Service figures show, Maame dropped, contact line, footer)",
    "Indian regional news portal, a Tamil Nadu tank breach (site name, menu, crumb, headline, correspondent line, updated line, caption and credit, MADURAI: dateline, officials said, District Collector with an initial then he said, Mr. and an inquiry ordered without a speaker, according to with Tmt. and an initial then she said and Ms., MLA alleged then a question before a capital with Mr. and asked, farmers' federation secretary then demanded, the Collector said and added and a quote, panchayat president with 3 a.m. and, Revenue Divisional Officer then she said and Ms., a farmer with an initial and ₹ lakh, press release with the Collector said then The release stated, according to WRD records, PIL pending, Division Bench of Justices with P. and R.N., forecast, published line, tags, Pvt. Ltd. footer)",
    "Pakistani English daily, flour prices (masthead, menu, crumb, headline, staff reporter line, date, caption and credit, LAHORE – dateline with Rs, minister said through his spokesperson, the spokesperson told the paper then he said, the spokesperson quoted the minister as saying, notification stated then It stated, price survey with Rs. put, millers' chairman saying then maintained and averred, the spokesperson by surname then he said and a quote, the chairman by surname, High Court sought a reply, counsel with Advocate argued then she submitted, Justice observed and the judge remarked, the judge adjourned, shoppers said, a quote split by said Name, a shopkeeper who did not want to be named, according to the statistics bureau's indicator, the minister in a statement, the statement did not say, the spokesperson later said, Published-in line, WhatsApp line, (Pvt.) Ltd. footer)",
    "Malaysian daily's Sabah page, a landslide near a school (masthead, menu, crumb, headline, byline, date, caption and credit, KOTA KINABALU: dateline, Datuk Hajah with binti then she said and told reporters, Ir. with a Chinese name family-first then family name said and according to her and a quote, first-name reference to the first woman, Datuk Seri minister said then in a statement he said and a quote, Superintendent with bin then he said and first-name reference, minister by given name, Datuk Syed with al- and a question before a capital with Syed Azman asked, PTA chairman with family name said, did not respond to queries, Tan Sri pledged then family name said, binti mother then she said, MetMalaysia alert, according to the department, related, Sdn Bhd footer)",
    "Indonesian English-language daily, a ferry sinking (site name, menu, crumb, headline, deck with operator says and survivors say, byline, place-and-date line, caption and credit, single-name SAR head said then repeats and he said, as quoted by a news agency, Sr. Comr. spokesman with initials S.A., then he said, operator said in a statement then the statement said, single-name survivors with told the paper and Rp, ministry spokeswoman speaking for the minister then she said, the minister in a statement by given name, Regent Ach. then given-name reference, BMKG warning, It was not immediately clear, spokesman by given name, scene, single-name relative, topics line, related, footer)",
    "Philippine regional news site, a bus crash in Quezon (site name, menu, crumb, headline, byline, date, caption with Sto. and a credit, capitals dateline with police said, QPPO said, spokesperson Police Major Ma. with dela and Jr., then she said, The report stated then It said, barangay chairman then a Tagalog quote with its translation and said Lumbres, he said, a passenger with a nested exclamation before lower case, company statement then the statement said, Atty. lawyer told the site then he said, LTFRB Atty. director then she said, Dela Paz-Ylagan for her part then she said, survivor with ₱, Police Staff Sergeant, governor said through her spokesperson then told reporters, spokesperson added, Engr. said and a quote, READ and tags lines, footer)",
    "Singapore community news site, a flat fire (site name, menu, crumb, headline, byline, date, caption and credit, SCDF said then SCDF said in a Facebook post and SCDF said and it said, s/o neighbour with a quote split by said Mr Saravanan, d/o mother then she said, Ms with a Chinese name family-first then Ms Khor said and she said, Madam Valliammai, town council in response to queries then the town council said, son with Mr Aw told the site then Mr Aw said and he said, MP visited, Mr Teng in a Facebook post then he added, according to SCDF's statistics, Encik with bin then he said and Mr Ridhwan, HDB said, SCDF reminded, tip line split at its question mark, related, Pte. Ltd. footer)",
    "Sri Lankan daily, an exam-paper leak (site name, menu, headline, byline, date line, G.C.E. with Police said, SSP with initials then he said and surname said, police said, remanded, DIG with initials then he said and surname, the SSP however, Commissioner General with initials then a quote with told the paper and he said and added, union general secretary claiming then he said at a briefing and surname said, minister with Dr. said through her media secretary then the secretary by name, Ven. with Thero then the Thero said, a parent with an initial then a question before a capital with surname asked, a CID officer who wished to remain anonymous with Rs., according to the Department of Examinations, the department said, latest news, (Pvt) Ltd. footer)",
    "Jamaican parish news site, a water protest (masthead, menu, headline with NWC says, byline with staff reporter, published line, caption and credit, ST THOMAS, Jamaica dateline with what they say, Police said with 11 a.m. and, Superintendent said then he said, NWC release then The release stated and It said and the NWC said, patois quotes from two women in turn with she said and surnames, MP with Dr then he said and surname, Senator said through a spokesperson then the spokesperson by name, Custos with Hon. Dr appealed then she said, Police said, police spokeswoman with Deputy Superintendent then she said, NWC manager then he said with 7 a.m. to 6 p.m. and a quote, the superintendent by surname, related, Ltd. footer)",
    "Fijian news site, a sugar cane payment (masthead, menu with Vosa Vakaviti and Hindi, says-minister headline, byline, date, caption and credit, Ratu minister has announced then told a meeting and Ratu Peni said and a quote, union general secretary with Mr then he said and averred, Ratu Peni noted then he said, a statement read out by the treasurer then In it Mr Bux said and the statement said, treasurer told the site, miller's statement signed by its chief executive then The statement said and the chief executive by surname, Adi grower then Speaking in iTaukei she said, Turaga ni Koro then he said, cane cutter then he said, Opposition MP with Ms then she said and Ms Chandrapal, permanent secretary responding on behalf of the minister then according to him and he said, Mr Sami said, related, Limited footer)",
]

ARTICLES = [
    [  # 1. Nigerian state daily, a governor's road flag-off: represented by his deputy, "In his words", reported speech running on, "disclosed this while speaking to journalists", a party statement signed by its publicity secretary, "It was gathered that", an official who pleaded anonymity
        [("THE OLOSUNDE MIRROR", "", "", "B")],
        [("Home | News | Politics | Metro | Business | Sports | Opinion", "", "", "B")],
        [
            (
                "Ajetunmobi-Fakeye flags off N18.6bn Iregbo-Apomuje road, says work will end in 18 months",
                "Oluwaseyi Ajetunmobi-Fakeye",
                "says",
                "W",
            )
        ],
        [("By Temitope Arowojobe-Ayeni", "", "", "B")],
        [("March 17, 2026", "", "", "B")],
        [
            (
                "Deputy Governor Adegboyega Olagbegi-Ayantunji (middle) and Engr. Folasade Oyebamiji-Arogundade (left) at the flag-off in Iregbo on Monday.",
                "",
                "",
                "",
            ),
            ("PHOTO: OLOSUNDE MIRROR", "", "", "B"),
        ],
        [
            (
                "The Osun State Governor, Mr Oluwaseyi Ajetunmobi-Fakeye, has said the 31-kilometre Iregbo-Apomuje road, flagged off on Monday at a cost of N18.6bn, will be completed within 18 months.",
                "Oluwaseyi Ajetunmobi-Fakeye",
                "has said",
                "W",
            )
        ],
        [
            (
                "The governor, who was represented by his deputy, Prince Adegboyega Olagbegi-Ayantunji, said the contract was fully funded in the state's 2026 budget and that the contractor had already been paid a 30 per cent mobilisation fee.",
                "Oluwaseyi Ajetunmobi-Fakeye",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the road, which links four local government areas, was last rehabilitated in 1998 and had become a death trap for motorists and farmers.",
                "Oluwaseyi Ajetunmobi-Fakeye",
                "said",
                "W",
            )
        ],
        [
            (
                "The state would also build 14 culverts and two bridges along the route, while about 600 youths from the area would be engaged as labourers during construction.",
                "Oluwaseyi Ajetunmobi-Fakeye",
                "said",
                "W",
            )
        ],
        [
            (
                "In his words, “Our people in Iregbo have waited 28 years for this road.",
                "Oluwaseyi Ajetunmobi-Fakeye",
                "in his words",
                "W",
            ),
            ("We will not disappoint them.", "Oluwaseyi Ajetunmobi-Fakeye", "in his words", ""),
            (
                "Any contractor who fails to deliver will be shown the way out.”",
                "Oluwaseyi Ajetunmobi-Fakeye",
                "in his words",
                "",
            ),
        ],
        [
            (
                "Ajetunmobi-Fakeye, in the speech read on his behalf, also promised to pay N6.8bn in arrears owed to road contractors before the end of June.",
                "Oluwaseyi Ajetunmobi-Fakeye",
                "promised",
                "",
            )
        ],
        [
            (
                "Speaking earlier, the Commissioner for Works and Infrastructure, Engr. Folasade Oyebamiji-Arogundade, said the road would have a 7.3-metre carriageway with a 1.5-metre shoulder on both sides.",
                "Folasade Oyebamiji-Arogundade",
                "said",
                "W",
            )
        ],
        [
            (
                "She added that the contractor, Gbelemo Construction Company Ltd., had handled similar projects in three other states.",
                "Folasade Oyebamiji-Arogundade",
                "added",
                "W",
            )
        ],
        [
            (
                "According to her, the contract includes a five-year maintenance clause, and the road serves an estimated 140,000 people in Iregbo, Ita-Oloyo, Ilawe-Modu and Apomuje.",
                "Folasade Oyebamiji-Arogundade",
                "according to",
                "W",
            )
        ],
        [
            (
                "The traditional ruler of Iregbo, Oba Abdulrasheed Olanrewaju Akinsete II, who described the flag-off as “an answered prayer”, urged the contractor to employ local youths.",
                "Abdulrasheed Olanrewaju Akinsete II",
                "urged",
                "",
            )
        ],
        [
            (
                "The managing director of the construction firm, Alhaji Babatunde Okediji-Aderoju, disclosed that 220 pieces of equipment had already been moved to site.",
                "Babatunde Okediji-Aderoju",
                "disclosed",
                "W",
            )
        ],
        [
            ("“We have our yard in Apomuje already.", "Babatunde Okediji-Aderoju", "said", "W"),
            (
                "Work on the first 5km starts next week,” he said.",
                "Babatunde Okediji-Aderoju",
                "said",
                "W",
            ),
        ],
        [
            (
                "Okediji-Aderoju disclosed this while speaking to journalists shortly after the ceremony.",
                "Babatunde Okediji-Aderoju",
                "disclosed this while speaking to journalists",
                "",
            )
        ],
        [
            (
                "The member representing Iregbo State Constituency in the State House of Assembly, Hon. Kehinde Oyelakin-Adio, said he had moved three motions on the state of the road since 2023.",
                "Kehinde Oyelakin-Adio",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the Assembly's committee on works would visit the site every quarter to monitor progress.",
                "Kehinde Oyelakin-Adio",
                "said",
                "W",
            )
        ],
        [
            (
                "But the opposition Ilosiwaju People's Congress (IPC) in the state described the project as “a recycled promise”.",
                "Ilosiwaju People's Congress",
                "described",
                "",
            )
        ],
        [
            (
                "In a statement signed by its state Publicity Secretary, Barr. Kolawole Ogundiran-Fakorede, the party said the same road was flagged off by the previous administration in 2019 and abandoned after N2.4bn had been paid to another contractor.",
                "the party",
                "said",
                "W",
            )
        ],
        [
            ("“Where did the N2.4bn go?", "the statement", "read", ""),
            (
                "The people of Iregbo deserve answers, not another ceremony,” the statement read.",
                "the statement",
                "read",
                "",
            ),
        ],
        [
            (
                "It was gathered that the earlier contract, awarded to a different firm, was terminated in 2021 after less than 4km of the road had been asphalted.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A senior official of the ministry, who pleaded anonymity because he was not authorised to speak on the matter, said part of the money had been recovered through a court-ordered settlement.",
                "A senior official of the ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "“About N900m came back to the state.",
                "A senior official of the ministry",
                "said",
                "W",
            ),
            (
                "The rest is still in court,” the official said.",
                "A senior official of the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The official added that the ministry had written to the anti-graft agency about the remaining N1.5bn.",
                "A senior official of the ministry",
                "added",
                "W",
            )
        ],
        [
            (
                "Reacting, the governor's Chief Press Secretary, Mr Olamide Fatunbi-Olumuyiwa, said the opposition was “playing politics with a matter of life and death”.",
                "Olamide Fatunbi-Olumuyiwa",
                "said",
                "",
            )
        ],
        [
            (
                "He maintained that the new contract was awarded through open competitive bidding, with 11 firms taking part, and that the details had been published on the state's procurement portal.",
                "Olamide Fatunbi-Olumuyiwa",
                "maintained",
                "W",
            )
        ],
        [
            (
                "Fatunbi-Olumuyiwa stated that the previous contractor had been blacklisted by the state's Bureau of Public Procurement.",
                "Olamide Fatunbi-Olumuyiwa",
                "stated",
                "W",
            )
        ],
        [
            (
                "Residents who spoke with The Olosunde Mirror said they were hopeful but had “heard this song before”.",
                "Residents who spoke with The Olosunde Mirror",
                "said",
                "",
            )
        ],
        [
            (
                "“Since the bridge at Ita-Oloyo collapsed, a journey of 40 minutes takes three hours.",
                "Abosede Ogunwuyi-Ladigbolu",
                "lamented",
                "W",
            ),
            (
                "We have lost yam, we have lost cassava, we have lost lives,” lamented Mrs Abosede Ogunwuyi-Ladigbolu, a farmer and mother of five.",
                "Abosede Ogunwuyi-Ladigbolu",
                "lamented",
                "",
            ),
        ],
        [
            (
                "A commercial motorcyclist, Sulaimon Adepegba, said he hoped the project “will not end like the last one”.",
                "Sulaimon Adepegba",
                "said",
                "",
            )
        ],
        [
            (
                "Chief Adewumi Aderinkola, the Baale of Ilawe-Modu, said the community would give the contractor land for a second yard free of charge.",
                "Adewumi Aderinkola",
                "said",
                "",
            )
        ],
        [
            ("“We have waited too long to quarrel over land.", "Adewumi Aderinkola", "said", ""),
            ("Let them come,” he said.", "Adewumi Aderinkola", "said", ""),
        ],
        [("ALSO READ: Osun Assembly passes N412bn 2026 budget", "", "", "B")],
        [("ALSO READ: Farmers count losses as Ita-Oloyo bridge caves in", "", "", "B")],
        [("© 2026 The Olosunde Mirror.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. Nigerian national daily, police rescue a kidnapped pastor: "the police said" vs the PPRO by name, "The statement read in part:", the CP and the DPO in turn, "It was gathered", a church member who pleaded anonymity, Dr (Mrs), two women who disagree in turn
        [("THE MID-BELT SENTINEL", "", "", "B")],
        [("News   Politics   Metro   North Central   Business   Sports   Columns", "", "", "B")],
        [
            (
                "Police rescue kidnapped pastor, two church members in Kogi forest, arrest three suspects",
                "",
                "",
                "W",
            )
        ],
        [("From Ojonugwa Idakwo-Omachi, Lokoja", "", "", "B")],
        [("Sunday, March 22, 2026", "", "", "B")],
        [
            (
                "Pastor Emmanuel Onuche-Abutu (middle) with the two church members after their rescue on Saturday.",
                "",
                "",
                "",
            ),
            ("Photo: Kogi State Police Command", "", "", "B"),
        ],
        [
            (
                "The Kogi State Police Command says it has rescued a pastor, Emmanuel Onuche-Abutu, and two members of his church who were abducted on their way to a crusade at Egbolo-Ite on Wednesday.",
                "The Kogi State Police Command",
                "says",
                "W",
            )
        ],
        [
            (
                "The police said the victims were freed unhurt on Saturday after a gun duel with the kidnappers in a forest near Ogbadu-Ikeje, in the eastern part of the state.",
                "The police",
                "said",
                "W",
            )
        ],
        [
            (
                "The command's Police Public Relations Officer, SP Halima Ozigi-Yahaya, said in a statement on Sunday that three suspects were arrested, while others escaped with gunshot wounds.",
                "Halima Ozigi-Yahaya",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "She said an AK-47 rifle, 62 rounds of live ammunition and two motorcycles were recovered from the kidnappers' camp.",
                "Halima Ozigi-Yahaya",
                "said",
                "W",
            )
        ],
        [
            (
                "According to her, the operation was carried out by the command's tactical squad with the support of local vigilantes and hunters.",
                "Halima Ozigi-Yahaya",
                "according to",
                "W",
            )
        ],
        [
            (
                "The statement read in part: “On receipt of the distress call, the Commissioner of Police, CP Abdulmalik Okpanachi-Ebiloma, ordered the immediate deployment of operatives to the area.",
                "The statement",
                "read in part",
                "W",
            ),
            (
                "The operatives trailed the hoodlums to their hideout, where they engaged them in a gun duel.",
                "The statement",
                "read in part",
                "W",
            ),
            ("The victims were rescued unhurt.”", "The statement", "read in part", "W"),
        ],
        [
            (
                "The CP, who commended the operatives, charged them not to relent until the fleeing suspects were arrested.",
                "Abdulmalik Okpanachi-Ebiloma",
                "charged",
                "",
            )
        ],
        [
            (
                "He also urged hospitals and patent medicine stores to report anyone seen with gunshot injuries to the nearest police station.",
                "Abdulmalik Okpanachi-Ebiloma",
                "urged",
                "",
            )
        ],
        [
            (
                "The Divisional Police Officer in Ogbadu-Ikeje, ASP Ibrahim Shaibu-Ododo, who led the operation, told The Mid-Belt Sentinel that the camp had been in use for at least six months.",
                "Ibrahim Shaibu-Ododo",
                "told The Mid-Belt Sentinel",
                "W",
            )
        ],
        [
            (
                "He said it had three huts, a store of food and a well dug by the kidnappers themselves.",
                "Ibrahim Shaibu-Ododo",
                "said",
                "W",
            )
        ],
        [
            (
                "It was gathered that the kidnappers had demanded N50m for the release of the pastor and N5m each for the two church members.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A member of the church, who pleaded anonymity for fear of reprisals, said the families had raised N3.5m, but the money had not been paid when the victims were rescued.",
                "A member of the church",
                "said",
                "W",
            )
        ],
        [
            (
                "“We were negotiating with them on phone every night.",
                "A member of the church",
                "said",
                "",
            ),
            ("God did it for us,” the source said.", "A member of the church", "said", ""),
        ],
        [("The police did not say whether any ransom was paid.", "The police", "did not say", "")],
        [
            (
                "Onuche-Abutu, the General Overseer of Living Vine Assembly, Egbolo-Ite, told The Mid-Belt Sentinel on phone that he and the two others were marched through the bush for two days.",
                "Emmanuel Onuche-Abutu",
                "told The Mid-Belt Sentinel",
                "W",
            )
        ],
        [
            (
                "“They beat us and collected our phones and our shoes.",
                "Emmanuel Onuche-Abutu",
                "said",
                "",
            ),
            (
                "On the second night one of them said they would kill me if my church did not pay.",
                "Emmanuel Onuche-Abutu",
                "said",
                "",
            ),
            ("I prayed, and I have forgiven them,” he said.", "Emmanuel Onuche-Abutu", "said", ""),
        ],
        [
            (
                "He said the kidnappers moved them to a new spot every few hours and fed them once a day.",
                "Emmanuel Onuche-Abutu",
                "said",
                "",
            )
        ],
        [
            (
                "His wife, Deaconess Ruth Onuche-Abutu, said the church held a night vigil on Friday that was attended by more than 500 members.",
                "Ruth Onuche-Abutu",
                "said",
                "W",
            )
        ],
        [("“We prayed and the police worked,” she said.", "Ruth Onuche-Abutu", "said", "")],
        [
            (
                "The Kogi State Commissioner for Information, Dr (Mrs) Grace Ehiemere-Attah, who visited the victims at the Federal Medical Centre, Lokoja, said the state government would bear the cost of their treatment.",
                "Grace Ehiemere-Attah",
                "said",
                "",
            )
        ],
        [
            (
                "She lamented that 41 people had been kidnapped in the eastern senatorial district since January, and that 12 of them were still in captivity.",
                "Grace Ehiemere-Attah",
                "lamented",
                "W",
            )
        ],
        [
            (
                "The police spokesperson, however, put the figure at 29, saying most of the others were people who had left home without telling their families.",
                "Halima Ozigi-Yahaya",
                "saying",
                "W",
            )
        ],
        [
            ("“Not every missing person is a kidnap victim.", "Halima Ozigi-Yahaya", "said", ""),
            ("We verify before we record,” Ozigi-Yahaya said.", "Halima Ozigi-Yahaya", "said", ""),
        ],
        [
            (
                "Ehiemere-Attah, however, insisted that the figures came from the chairmen of the affected local government areas.",
                "Grace Ehiemere-Attah",
                "insisted",
                "W",
            )
        ],
        [
            (
                "Ozigi-Yahaya said the suspects who escaped with bullet wounds were being tracked through hospitals in neighbouring states.",
                "Halima Ozigi-Yahaya",
                "said",
                "W",
            )
        ],
        [
            (
                "The Chairman of the Christian Association of Nigeria (CAN) in Kogi East, Rev. Dr Samuel Ajodo-Ekele, called on the Federal Government to deploy more soldiers to the area.",
                "Samuel Ajodo-Ekele",
                "called on",
                "",
            )
        ],
        [
            (
                "He said the association had lost three clergymen to kidnappers in the last two years, one of whom was killed in captivity.",
                "Samuel Ajodo-Ekele",
                "said",
                "W",
            )
        ],
        [
            (
                "“Our members are afraid to travel to their own villages.",
                "Samuel Ajodo-Ekele",
                "said",
                "",
            ),
            ("The roads belong to the kidnappers now,” he said.", "Samuel Ajodo-Ekele", "said", ""),
        ],
        [
            (
                "The suspects will be charged to court at the end of investigation, the police said.",
                "the police",
                "said",
                "W",
            )
        ],
        [("Follow The Mid-Belt Sentinel on WhatsApp for breaking news", "", "", "B")],
        [("RELATED NEWS", "", "", "B")],
        [("Bandits abduct 14 farmers in Kogi East, demand N70m ransom", "", "", "B")],
        [
            ("© 2026 Mid-Belt Sentinel Communications Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [  # 3. Ghanaian news site, a cholera outbreak: a headline attributed with a dash, "disclosed this", two women in turn with "In her words", the MCE and a chief in turn, Hon., Nana, Prof. and Maame dropped, a circular and "It also stated", Ghanaian day names
        [("NSOROMMA POST", "", "", "B")],
        [("News   Regional   Politics   Business   Health   Sports   Showbiz", "", "", "B")],
        [("Regional News", "", "", "B")],
        [
            (
                "Cholera: 7 dead, 214 cases recorded in Esikuma-Anto Municipality — Health Directorate",
                "the Esikuma-Anto Municipal Health Directorate",
                "",
                "W",
            )
        ],
        [("Abena Owusuaa Nkrabea", "", "", "B")],
        [("11 March 2026, 10:42", "", "", "B")],
        [
            ("A health worker hands out chlorine tablets at Abrekum-Nsuta on Tuesday.", "", "", ""),
            ("Photo credit: Nsoromma Post", "", "", "B"),
        ],
        [
            (
                "Seven people have died and 214 others have been treated for cholera in the Esikuma-Anto Municipality of the Central Region since the outbreak was confirmed on February 26, the Esikuma-Anto Municipal Health Directorate has said.",
                "the Esikuma-Anto Municipal Health Directorate",
                "has said",
                "W",
            )
        ],
        [
            (
                "The Municipal Director of Health Services, Dr Akosua Nyamekye-Boadum, disclosed this at an emergency meeting of the Municipal Public Health Emergency Management Committee on Tuesday.",
                "Akosua Nyamekye-Boadum",
                "disclosed this",
                "",
            )
        ],
        [
            (
                "She said 31 of the cases were children under five, and that 19 patients were still on admission at the Esikuma-Anto Municipal Hospital and two health centres.",
                "Akosua Nyamekye-Boadum",
                "said",
                "W",
            )
        ],
        [
            (
                "According to her, the first case was a 46-year-old fishmonger from Abrekum-Nsuta, a fishing community, who reported at the hospital with severe diarrhoea and vomiting.",
                "Akosua Nyamekye-Boadum",
                "according to",
                "W",
            )
        ],
        [
            (
                "Laboratory tests at the Public Health Reference Laboratory in Accra later confirmed Vibrio cholerae in stool samples from 11 patients, she added.",
                "Akosua Nyamekye-Boadum",
                "added",
                "W",
            )
        ],
        [
            (
                "“The numbers are coming down, but we are not out of the woods.",
                "Akosua Nyamekye-Boadum",
                "cautioned",
                "W",
            ),
            (
                "Anybody with watery diarrhoea should report to the nearest facility immediately, and please, don't go to the chemical seller first,” Dr Nyamekye-Boadum cautioned.",
                "Akosua Nyamekye-Boadum",
                "cautioned",
                "",
            ),
        ],
        [
            (
                "The Municipal Disease Control Officer, Mrs Efua Quansimah-Arthur, told the meeting that contact tracing had reached 1,130 people, and that 640 households in the four worst-affected communities had received chlorine tablets.",
                "Efua Quansimah-Arthur",
                "told the meeting",
                "W",
            )
        ],
        [
            (
                "She said open defecation along the beach and a shortage of public toilets remained the biggest problems.",
                "Efua Quansimah-Arthur",
                "said",
                "",
            )
        ],
        [
            (
                "In her words, “One toilet serves almost 900 people in Abrekum-Nsuta.",
                "Efua Quansimah-Arthur",
                "in her words",
                "W",
            ),
            ("Some of them are locked at night.", "Efua Quansimah-Arthur", "in her words", "W"),
            ("So where do you expect people to go?”", "Efua Quansimah-Arthur", "in her words", ""),
        ],
        [
            (
                "Dr Nyamekye-Boadum, however, said the directorate had not recorded any new death since March 6.",
                "Akosua Nyamekye-Boadum",
                "said",
                "W",
            )
        ],
        [
            (
                "Quansimah-Arthur added that 12 community volunteers had been trained to go from house to house with oral rehydration salts.",
                "Efua Quansimah-Arthur",
                "added",
                "W",
            ),
            (
                "She said the volunteers would work until the end of April.",
                "Efua Quansimah-Arthur",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Municipal Chief Executive (MCE), Hon. Yaw Gyamerah-Kyekyeku, who chairs the committee, announced a ban on the sale of cooked food in the open at the Abrekum-Nsuta and Anto-Kokoado markets with immediate effect.",
                "Yaw Gyamerah-Kyekyeku",
                "announced",
                "W",
            )
        ],
        [
            (
                "He said the Assembly had released GH₵480,000 to the emergency committee, out of which GH₵150,000 would be used to build two 20-seater public toilets.",
                "Yaw Gyamerah-Kyekyeku",
                "said",
                "W",
            )
        ],
        [
            (
                "“I have instructed the environmental health officers to arrest and prosecute anyone who flouts the directive.",
                "Yaw Gyamerah-Kyekyeku",
                "stated",
                "W",
            ),
            (
                "We will not joke with lives,” the MCE stated.",
                "Yaw Gyamerah-Kyekyeku",
                "stated",
                "",
            ),
        ],
        [("Offenders face a fine of GH₵500, he said.", "Yaw Gyamerah-Kyekyeku", "said", "W")],
        [
            (
                "The chief of Abrekum-Nsuta, Nana Kwaku Essilfie-Kwegyir III, who also attended the meeting, appealed to the Assembly to complete a water project abandoned in 2022.",
                "Kwaku Essilfie-Kwegyir III",
                "appealed",
                "W",
            )
        ],
        [
            (
                "He said the community of about 7,000 people had relied on two hand-dug wells and a stream since the project stalled.",
                "Kwaku Essilfie-Kwegyir III",
                "said",
                "W",
            )
        ],
        [
            ("“Our wells are shallow.", "Kwaku Essilfie-Kwegyir III", "said", "W"),
            (
                "When it rains, everything enters,” Nana Essilfie-Kwegyir said.",
                "Kwaku Essilfie-Kwegyir III",
                "said",
                "",
            ),
        ],
        [
            (
                "Responding, Hon. Gyamerah-Kyekyeku said the contractor had returned to site last month and the project would be completed by June.",
                "Yaw Gyamerah-Kyekyeku",
                "said",
                "W",
            )
        ],
        [
            (
                "A circular from the Central Regional Health Directorate, dated March 9 and signed by the Regional Director of Health Services, Dr Kwabena Boahene-Twerefour, directed all health facilities in the region to set up isolation areas for suspected cases.",
                "A circular from the Central Regional Health Directorate",
                "directed",
                "W",
            )
        ],
        [
            (
                "The circular stated that all suspected cases must be reported within 24 hours through the district surveillance system.",
                "The circular",
                "stated",
                "W",
            )
        ],
        [
            (
                "It also stated that no facility should turn away a patient with watery diarrhoea for lack of a health insurance card.",
                "The circular",
                "stated",
                "W",
            )
        ],
        [
            (
                "When contacted by Nsoromma Post, Dr Boahene-Twerefour said two neighbouring districts, Sawuam-Dokrom and Ekyiamaa East, had also been put on alert after recording suspected cases.",
                "Kwabena Boahene-Twerefour",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the region had prepositioned 4,000 cholera kits and 60,000 sachets of oral rehydration salts at its medical stores.",
                "Kwabena Boahene-Twerefour",
                "said",
                "W",
            )
        ],
        [
            (
                "A public health expert at the University of Cape Coast, Prof. Kofi Amoateng-Sekyere, said outbreaks along the coast usually followed the first rains, which wash faeces from the beaches into wells.",
                "Kofi Amoateng-Sekyere",
                "said",
                "W",
            )
        ],
        [
            ("“It happens almost every year.", "Kofi Amoateng-Sekyere", "said", "W"),
            (
                "What we need is toilets, not press conferences,” he said.",
                "Kofi Amoateng-Sekyere",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the municipality had 41 public toilets for a population of about 96,000.",
                "Kofi Amoateng-Sekyere",
                "said",
                "W",
            )
        ],
        [
            (
                "Ghana Health Service figures show 1,480 cholera cases and 22 deaths nationwide since January.",
                "Ghana Health Service figures",
                "show",
                "W",
            )
        ],
        [
            (
                "A food vendor at the Anto-Kokoado market, Maame Adwoa Nyarkoa-Acquah, said she had been selling waakye at the same spot for 15 years and did not know where to go.",
                "Adwoa Nyarkoa-Acquah",
                "said",
                "",
            )
        ],
        [
            (
                "“The MCE should give us a place first before he drives us away,” she said.",
                "Adwoa Nyarkoa-Acquah",
                "said",
                "",
            )
        ],
        [("Also Read: Central Region records zero malaria deaths in three districts", "", "", "B")],
        [("Send your stories to news@nsorommapost.com.gh", "", "", "B")],
        [("Copyright © 2026 Nsoromma Post.", "", "", "B"), ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 4. Indian regional portal, a tank breach in Tamil Nadu: Tamil initials ("R.", "G.", "A.", "V.", "K.", "R.N."), Tmt. and Mr. dropped, the Collector and the MLA in turn, an inquiry ordered without a speaker, a press release and "The release stated", a Division Bench's direction
        [("Puravi News", "", "", "B")],
        [("Home   Tamil Nadu   India   World   Business   Sport   Entertainment", "", "", "B")],
        [("Tamil Nadu / Madurai", "", "", "B")],
        [
            (
                "Kalianpatti tank breach: paddy on 600 acres submerged, 140 houses flooded; Collector orders inquiry",
                "",
                "",
                "W",
            )
        ],
        [("Special Correspondent", "", "", "B")],
        [("Updated - March 19, 2026 11:10 pm IST", "", "", "B")],
        [
            (
                "Water Resources Department workers use sandbags to close the breach in the Kalianpatti tank bund near Thirumangaveli on Thursday.",
                "",
                "",
                "",
            ),
            ("| Photo Credit: Special Arrangement", "", "", "B"),
        ],
        [
            (
                "MADURAI: Standing paddy on about 600 acres was submerged and 140 houses in three villages were inundated after a 40-metre stretch of the Kalianpatti tank bund near Thirumangaveli breached in the early hours of Thursday.",
                "",
                "",
                "W",
            )
        ],
        [("No casualties were reported, officials said.", "officials", "said", "W")],
        [
            (
                "District Collector R. Vetrivendhan, who inspected the breach along with Water Resources Department (WRD) officials, said 412 people had been moved to two relief camps set up in a government school and a marriage hall at Thirumangaveli.",
                "R. Vetrivendhan",
                "said",
                "W",
            )
        ],
        [
            (
                "He said food, drinking water and medical care were being provided at the camps, and a team of doctors from the Primary Health Centre at Sengulam would remain there till Sunday.",
                "R. Vetrivendhan",
                "said",
                "W",
            )
        ],
        [
            (
                "Mr. Vetrivendhan ordered an inquiry by the Revenue Divisional Officer into the cause of the breach and sought a report within a week.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "According to WRD Executive Engineer Tmt. G. Anbarasi, the tank, which has a capacity of 48 million cubic feet, was close to full after the area received 186 mm of rain in 36 hours.",
                "G. Anbarasi",
                "according to",
                "W",
            )
        ],
        [
            (
                "She said the bund had been strengthened in 2023 at a cost of ₹1.2 crore under the State's tank rehabilitation scheme.",
                "G. Anbarasi",
                "said",
                "W",
            )
        ],
        [
            (
                "“The breach occurred at the point where the surplus weir meets the bund.",
                "G. Anbarasi",
                "said",
                "W",
            ),
            ("We suspect seepage over several days,” she said.", "G. Anbarasi", "said", ""),
        ],
        [
            (
                "Ms. Anbarasi said the breach had been narrowed to about 12 metres by Thursday night.",
                "G. Anbarasi",
                "said",
                "W",
            )
        ],
        [
            (
                "However, Thirumangaveli MLA A. Muthuvelappan alleged that the 2023 work was done only on paper.",
                "A. Muthuvelappan",
                "alleged",
                "W",
            )
        ],
        [
            (
                "He said residents had petitioned the WRD about seepage at least three times since December, and showed copies of the petitions to reporters.",
                "A. Muthuvelappan",
                "said",
                "W",
            )
        ],
        [
            (
                "“Had the officials acted on these petitions, 600 acres of paddy would have been saved.",
                "A. Muthuvelappan",
                "asked",
                "",
            ),
            (
                "Who will compensate the farmers now?” Mr. Muthuvelappan asked.",
                "A. Muthuvelappan",
                "asked",
                "",
            ),
        ],
        [
            (
                "S. Ponnaiyan, secretary of the Madurai District Tank Farmers' Federation, said at least 11 tanks in the district had not been desilted in more than a decade.",
                "S. Ponnaiyan",
                "said",
                "W",
            )
        ],
        [
            (
                "He demanded compensation of ₹35,000 an acre for the affected farmers.",
                "S. Ponnaiyan",
                "demanded",
                "W",
            )
        ],
        [
            (
                "Responding to the allegation, the Collector said the inquiry would look into the petitions and action would be taken against any official found negligent.",
                "R. Vetrivendhan",
                "said",
                "",
            )
        ],
        [
            (
                "He added that farmers whose crops were damaged would be compensated at ₹17,000 a hectare as per State Disaster Response Fund norms, after a joint enumeration by revenue and agriculture officials.",
                "R. Vetrivendhan",
                "added",
                "W",
            )
        ],
        [
            ("“Relief will reach every family.", "R. Vetrivendhan", "said", ""),
            (
                "Nobody should pay a bribe to get their name on the list,” the Collector said.",
                "R. Vetrivendhan",
                "said",
                "",
            ),
        ],
        [
            (
                "Thirumangaveli panchayat president V. Selvanayagi said water entered the houses around 3 a.m. and rose to waist level within an hour.",
                "V. Selvanayagi",
                "said",
                "W",
            )
        ],
        [
            (
                "“We woke up the children and ran to the temple on the hill.",
                "V. Selvanayagi",
                "said",
                "",
            ),
            (
                "Many people lost their rice bags, their TV, everything,” she said.",
                "V. Selvanayagi",
                "said",
                "",
            ),
        ],
        [
            (
                "She said 23 of the houses were thatched huts that had collapsed.",
                "V. Selvanayagi",
                "said",
                "W",
            )
        ],
        [
            (
                "Revenue Divisional Officer M. Poongothai said the enumeration of crop damage would begin on Friday and take about ten days.",
                "M. Poongothai",
                "said",
                "W",
            )
        ],
        [
            (
                "She said 61 farmers had so far registered their losses at the village administrative office.",
                "M. Poongothai",
                "said",
                "W",
            ),
            (
                "Ms. Poongothai said her inquiry report would reach the Collector by March 26.",
                "M. Poongothai",
                "said",
                "W",
            ),
        ],
        [
            (
                "K. Arumuganainar, 58, who had raised paddy on four acres of leased land, said he had spent ₹1.6 lakh on the crop, most of it borrowed.",
                "K. Arumuganainar",
                "said",
                "W",
            )
        ],
        [
            (
                "Arumuganainar said the crop was barely 20 days from harvest.",
                "K. Arumuganainar",
                "said",
                "W",
            )
        ],
        [
            (
                "In a press release issued on Thursday evening, the Collector said the WRD had begun closing the breach with sandbags and the work would be completed by Saturday.",
                "R. Vetrivendhan",
                "said",
                "W",
            )
        ],
        [
            (
                "The release stated that 22 other tanks in the district were holding more than 90% of their capacity and were being monitored round the clock.",
                "The release",
                "stated",
                "W",
            )
        ],
        [
            (
                "The Kalianpatti tank irrigates 1,150 acres in Thirumangaveli, Sengulam and Karaiyampatti, according to WRD records.",
                "WRD records",
                "according to",
                "W",
            )
        ],
        [
            (
                "Meanwhile, a public interest litigation petition seeking a direction to the State to desilt and strengthen all tanks in the district is pending before the Madurai Bench of the Madras High Court.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "When it came up on March 4, a Division Bench comprising Justice P. Ilamvazhuthi and Justice R.N. Thayumanavar directed the WRD to file a status report by April 8.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Regional Meteorological Centre in Chennai has forecast heavy rain in the district till Saturday.",
                "The Regional Meteorological Centre in Chennai",
                "has forecast",
                "",
            )
        ],
        [("Published - March 19, 2026 07:45 pm IST", "", "", "B")],
        [("Madurai / floods / irrigation / agriculture", "", "", "B")],
        [("© Puravi News Pvt. Ltd.", "", "", "B")],
    ],
    [  # 5. Pakistani English daily, flour prices: a minister "said through his spokesperson", the spokesperson speaking for him and quoting him, a notification and "It stated", the millers' chairman and the spokesperson in turn, counsel and judge (two women) in turn, Rs and Rs.
        [("DAILY SOAN LEDGER", "", "", "B")],
        [
            (
                "Home | Pakistan | Lahore | Karachi | Islamabad | Business | Sport | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Lahore", "", "", "B")],
        [("Flour up Rs250 a bag in a week as millers and government trade blame", "", "", "W")],
        [("Our Staff Reporter", "", "", "B")],
        [("March 12, 2026", "", "", "B")],
        [
            ("A labourer carries flour bags at a mill in Lahore on Wednesday.", "", "", ""),
            ("— Photo by the writer", "", "", "B"),
        ],
        [
            (
                "LAHORE – The price of a 20-kg bag of flour rose by Rs250 to Rs2,150 in the city's markets this week, the third increase since January.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Punjab Food Minister Zahid Mehmood Khattran said through his spokesperson that the increase was “unjustified” and blamed hoarders who were holding back wheat stocks.",
                "Zahid Mehmood Khattran",
                "said through his spokesperson",
                "W",
            )
        ],
        [
            (
                "The spokesperson, Hammad Rasool Virk, told the Daily Soan Ledger that the department had sealed 37 warehouses in Lahore, Kot Sarang and Pindi Mirza and seized 11,400 tonnes of hoarded wheat since March 1.",
                "Hammad Rasool Virk",
                "told the Daily Soan Ledger",
                "W",
            )
        ],
        [
            (
                "He said the minister had directed deputy commissioners to enforce the notified price of Rs1,950 per bag in all markets by Saturday.",
                "Hammad Rasool Virk",
                "said",
                "W",
            )
        ],
        [
            (
                "“There is enough wheat in the province.",
                "Zahid Mehmood Khattran",
                "quoted the minister as saying",
                "W",
            ),
            (
                "Anyone who hoards it will face the law,” the spokesperson quoted the minister as saying.",
                "Zahid Mehmood Khattran",
                "quoted the minister as saying",
                "",
            ),
        ],
        [
            (
                "The Food Department's notification, issued on Wednesday, stated that mills found selling above the notified rate would have their wheat quota suspended.",
                "The Food Department's notification",
                "stated",
                "W",
            )
        ],
        [
            (
                "It stated that the quota of 560 mills in the province had already been cut by 10 per cent for March.",
                "The Food Department's notification",
                "stated",
                "W",
            )
        ],
        [
            (
                "The department's own price survey, seen by the Daily Soan Ledger, put the average retail price at Rs. 2,090 per bag across the province's 36 districts.",
                "The department's own price survey",
                "put",
                "W",
            )
        ],
        [
            (
                "However, Punjab Flour Millers Council chairman Asim Rafiq Bhuttar rejected the government's claim, saying mills were paying Rs4,300 per 40kg for wheat in the open market against Rs3,900 a month ago.",
                "Asim Rafiq Bhuttar",
                "saying",
                "W",
            )
        ],
        [
            (
                "He maintained that the government's decision to stop releasing wheat from its own stocks until April had pushed up the price.",
                "Asim Rafiq Bhuttar",
                "maintained",
                "W",
            )
        ],
        [
            (
                "“You cannot fix the price of flour without fixing the price of wheat.",
                "Asim Rafiq Bhuttar",
                "averred",
                "",
            ),
            ("The mills are not charities,” he averred.", "Asim Rafiq Bhuttar", "averred", ""),
        ],
        [
            (
                "Virk, when asked about the millers' claim, said the government had released 85,000 tonnes from its stocks in February alone.",
                "Hammad Rasool Virk",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the open-market price quoted by the millers was “exaggerated”, and that the department's survey had put it at Rs4,050.",
                "Hammad Rasool Virk",
                "said",
                "W",
            )
        ],
        [
            (
                "“The millers want the government to subsidise their profits,” Virk said.",
                "Hammad Rasool Virk",
                "said",
                "",
            )
        ],
        [
            (
                "Bhuttar, speaking at a press conference later in the day, said 41 mills had closed in the past month because they could not buy wheat at the official rate.",
                "Asim Rafiq Bhuttar",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the council would decide on Sunday whether to go on strike.",
                "Asim Rafiq Bhuttar",
                "said",
                "W",
            )
        ],
        [
            (
                "Meanwhile, the Lahore High Court on Thursday sought a reply from the Punjab government on a petition filed by a group of mill owners against the quota cut.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Counsel for the petitioners, Advocate Sadia Rehman Kahloon, argued that the cut was made without a hearing, in violation of the mills' right to do business.",
                "Sadia Rehman Kahloon",
                "argued",
                "",
            )
        ],
        [
            (
                "She submitted that 23 of the petitioners' 63 mills had stopped production since the cut.",
                "Sadia Rehman Kahloon",
                "submitted",
                "W",
            )
        ],
        [
            (
                "Justice Ayesha Noor Gondalvi observed that the court would not interfere in price fixing but would examine whether due process had been followed.",
                "Ayesha Noor Gondalvi",
                "observed",
                "",
            )
        ],
        [
            ("“Prices are for the executive.", "Ayesha Noor Gondalvi", "remarked", ""),
            ("Procedure is for us,” the judge remarked.", "Ayesha Noor Gondalvi", "remarked", ""),
        ],
        [("The judge adjourned the hearing till March 24.", "", "", "W")],
        [
            (
                "Shoppers at a market in Barkatpura said the notified rate of Rs1,950 was nowhere to be found.",
                "Shoppers at a market in Barkatpura",
                "said",
                "W",
            )
        ],
        [
            ("“I paid Rs2,150 this morning.", "Naseem Akhtar Dhudhi", "said", "W"),
            (
                "The shopkeeper said he had no choice,” said Naseem Akhtar Dhudhi, a domestic worker and mother of four.",
                "Naseem Akhtar Dhudhi",
                "said",
                "",
            ),
        ],
        [
            (
                "She said her family of six got through two bags a month.",
                "Naseem Akhtar Dhudhi",
                "said",
                "",
            )
        ],
        [
            (
                "A shopkeeper, who did not want to be named, said millers had stopped giving credit and were demanding cash in advance.",
                "A shopkeeper",
                "said",
                "W",
            )
        ],
        [
            (
                "Flour prices have risen 38 per cent over the past year, according to the Pakistan Bureau of Statistics' weekly Sensitive Price Indicator.",
                "the Pakistan Bureau of Statistics' weekly Sensitive Price Indicator",
                "according to",
                "W",
            )
        ],
        [
            (
                "Khattran, in a statement issued late on Thursday, said the government would open 200 flour sale points selling at Rs1,850 per bag across the province from Monday.",
                "Zahid Mehmood Khattran",
                "said",
                "W",
            )
        ],
        [
            (
                "The statement did not say how long the subsidised sale would continue.",
                "The statement",
                "did not say",
                "",
            )
        ],
        [
            (
                "Virk later said the minister would inspect sale points in Lahore himself on Monday.",
                "Hammad Rasool Virk",
                "said",
                "W",
            )
        ],
        [("Published in Daily Soan Ledger, March 12th, 2026", "", "", "B")],
        [("Follow Daily Soan Ledger on WhatsApp", "", "", "B")],
        [("Copyright © 2026 Soan Media Group (Pvt.) Ltd.", "", "", "B")],
    ],
    [  # 6. Malaysian daily's Sabah page, a landslide by a school: Datuk, Hajah, Datuk Seri, Tan Sri, Ir., Superintendent and Encik-less Malay names with binti and bin, "Syed" and "al-", a Chinese name family-first, a first-name second reference, two women and two men in turn
        [("Daily Sandakan Herald", "", "", "B")],
        [("News   Sabah   Nation   Business   Sports   Lifestyle   Opinion", "", "", "B")],
        [("Sabah", "", "", "B")],
        [
            (
                "Landslide near SK Tambilong: 430 pupils relocated, school shut until April 6",
                "",
                "",
                "W",
            )
        ],
        [("By Nur Syafiqah Jumaidin", "", "", "B")],
        [("March 13, 2026 @ 7:52pm", "", "", "B")],
        [
            ("The crack on the slope behind SK Tambilong on Thursday.", "", "", ""),
            ("— Pic courtesy of Bomba", "", "", "B"),
        ],
        [
            (
                "KOTA KINABALU: Sekolah Kebangsaan (SK) Tambilong in Kiuludan district will remain closed until April 6 after a landslide on Wednesday night left a 15m-deep crack about 40m from its two-storey classroom block.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "State Education Director Datuk Hajah Norliza binti Sapiudin said all 430 pupils would attend lessons at SK Pekan Kiuludan, 9km away, from Monday, with the state providing three buses.",
                "Norliza binti Sapiudin",
                "said",
                "W",
            )
        ],
        [
            (
                "She said the school's 31 teachers and eight support staff would also be relocated.",
                "Norliza binti Sapiudin",
                "said",
                "W",
            )
        ],
        [
            ("“Safety comes first.", "Norliza binti Sapiudin", "told reporters", ""),
            (
                "We will not allow a single child into that building until JKR certifies it as safe,” she told reporters after visiting the school yesterday.",
                "Norliza binti Sapiudin",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Kiuludan district Public Works Department (JKR) engineer Ir. Voo Siew Ping said a preliminary inspection found that the slope behind the school had moved about 30cm since Wednesday.",
                "Voo Siew Ping",
                "said",
                "W",
            )
        ],
        [
            (
                "Voo said the department would install two inclinometers on the slope and monitor it for at least three weeks.",
                "Voo Siew Ping",
                "said",
                "W",
            )
        ],
        [
            (
                "According to her, the slope was last assessed in 2022 and classified as “medium risk”.",
                "Voo Siew Ping",
                "according to",
                "W",
            )
        ],
        [
            ("“The soil is saturated.", "Voo Siew Ping", "said", ""),
            (
                "Any more heavy rain could trigger a bigger slip,” Voo said.",
                "Voo Siew Ping",
                "said",
                "",
            ),
        ],
        [
            (
                "Norliza said the district education office had written to JKR in January asking for a fresh assessment, but had not received a reply.",
                "Norliza binti Sapiudin",
                "said",
                "W",
            )
        ],
        [
            (
                "State Works Minister Datuk Seri Gerald Sinsuat Lobinjau said the state had allocated RM4.8mil for slope repairs this year, but SK Tambilong was not on the list.",
                "Gerald Sinsuat Lobinjau",
                "said",
                "W",
            )
        ],
        [
            (
                "In a statement on Thursday night, he said the ministry would apply to the Federal Government for an emergency allocation of RM1.2mil for the school.",
                "Gerald Sinsuat Lobinjau",
                "said",
                "W",
            )
        ],
        [
            (
                "“I have instructed JKR to give me a full report by Monday.",
                "Gerald Sinsuat Lobinjau",
                "said",
                "W",
            ),
            (
                "If the slope cannot be saved, we will look for new land for the school,” he said.",
                "Gerald Sinsuat Lobinjau",
                "said",
                "",
            ),
        ],
        [
            (
                "He said 14 other schools in the interior stood on slopes classified as high risk.",
                "Gerald Sinsuat Lobinjau",
                "said",
                "W",
            )
        ],
        [
            (
                "Kiuludan fire and rescue station chief Superintendent Mohd Nazrulhisham bin Razali said his team received a call at 10.42pm on Wednesday from the school's caretaker, who heard “a loud cracking sound” behind the canteen.",
                "Mohd Nazrulhisham bin Razali",
                "said",
                "W",
            )
        ],
        [
            (
                "He said 11 families living below the slope were evacuated to the Kampung Tinuhan Baru community hall as a precaution.",
                "Mohd Nazrulhisham bin Razali",
                "said",
                "W",
            )
        ],
        [
            (
                "Mohd Nazrulhisham said the families were allowed to return home on Thursday afternoon after the slope was found to have stabilised.",
                "Mohd Nazrulhisham bin Razali",
                "said",
                "W",
            )
        ],
        [
            (
                "Gerald, however, said the families would be asked to move out again if the inclinometer readings showed further movement.",
                "Gerald Sinsuat Lobinjau",
                "said",
                "",
            )
        ],
        [
            (
                "Tambilong assemblyman Datuk Syed Azman al-Qadrani said he had raised the condition of the slope in the state assembly in November 2024.",
                "Syed Azman al-Qadrani",
                "said",
                "W",
            )
        ],
        [
            (
                "“The answer I got was that it was being monitored.",
                "Syed Azman al-Qadrani",
                "asked",
                "W",
            ),
            ("Monitored by whom?” Syed Azman asked.", "Syed Azman al-Qadrani", "asked", ""),
        ],
        [
            (
                "SK Tambilong's Parent-Teacher Association (PIBG) chairman Vun Kok Fatt said parents had raised concerns about cracks in the school's retaining wall as early as 2024, in a letter to the district education office.",
                "Vun Kok Fatt",
                "said",
                "W",
            )
        ],
        [
            ("“We were told the cracks were cosmetic.", "Vun Kok Fatt", "said", "W"),
            (
                "Now our children have to wake up at 5.30am to catch a bus,” Vun said.",
                "Vun Kok Fatt",
                "said",
                "",
            ),
        ],
        [("He said the association would meet parents on Saturday.", "Vun Kok Fatt", "said", "W")],
        [
            (
                "The district education office did not respond to queries from the Daily Sandakan Herald about the letter.",
                "The district education office",
                "did not respond to queries",
                "",
            )
        ],
        [
            (
                "The school's alumni association president, Tan Sri Thien Kiam Foh, has pledged RM50,000 to cover the pupils' bus fares and meals until the school reopens.",
                "Thien Kiam Foh",
                "pledged",
                "",
            )
        ],
        [
            (
                "Thien, contacted by phone, said the money would be handed to the school on Monday.",
                "Thien Kiam Foh",
                "said",
                "W",
            )
        ],
        [
            (
                "A mother of two pupils, Aminah binti Tuzan, said her children were “afraid to go back to that school”.",
                "Aminah binti Tuzan",
                "said",
                "",
            )
        ],
        [
            (
                "She said she would keep them at SK Pekan Kiuludan even after SK Tambilong reopened, if the state allowed it.",
                "Aminah binti Tuzan",
                "said",
                "",
            )
        ],
        [
            (
                "The Malaysian Meteorological Department (MetMalaysia) has issued a yellow alert for continuous rain in the west coast and interior divisions of Sabah until Saturday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Kiuludan received 312mm of rain in the first 12 days of March, more than twice its monthly average, according to the department.",
                "the department",
                "according to",
                "W",
            )
        ],
        [("Related Articles", "", "", "B")],
        [("Sabah identifies 1,200 high-risk slopes, says JKR", "", "", "B")],
        [("Copyright © 2026 Daily Sandakan Herald Sdn Bhd (198801004512)", "", "", "B")],
        [("All Rights Reserved.", "", "", "B")],
    ],
    [  # 7. Indonesian English-language daily, a ferry sinking: single-name officials and survivors, "Sr. Comr.", initials "S.A.,", "Ach.", "as quoted by" a news agency, a ministry spokeswoman speaking for the minister, the operator's statement and "the statement said"
        [("The Nusaraya Post", "", "", "B")],
        [("Indonesia | Business | World | Opinion | Culture | Sports", "", "", "B")],
        [("Indonesia", "", "", "B")],
        [
            (
                "Death toll in Kangerang Strait ferry sinking rises to 11, 23 still missing",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Operator says the vessel was not overloaded; survivors say otherwise",
                "PT Laut Melati Jayaraya",
                "says",
                "W",
            )
        ],
        [("Rizky Purnamasari (The Nusaraya Post)", "", "", "B")],
        [("Surabaya ● Mon, March 16, 2026 | 06:14 pm", "", "", "B")],
        [
            ("Rescuers carry the body of a victim at Ragunsari port on Monday.", "", "", ""),
            ("(Courtesy of Surabaya SAR Office)", "", "", "B"),
        ],
        [
            (
                "The death toll from the sinking of the passenger ferry KMP Melati Baruna in the Kangerang Strait off East Java rose to 11 on Monday, after search and rescue teams recovered four more bodies.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Twenty-three passengers remain missing, while 87 others have been rescued, said Darmosugito, the head of the Surabaya Search and Rescue Office.",
                "Darmosugito",
                "said",
                "W",
            )
        ],
        [
            (
                "Darmosugito said the search area had been widened to 40 nautical miles from where the ship went down, and that 312 personnel, two helicopters and 14 vessels were taking part.",
                "Darmosugito",
                "said",
                "W",
            )
        ],
        [
            (
                "Rescuers found three of the four bodies near the coast of Gili Tamboyo, about 25 kilometers south of the wreck site, he said.",
                "Darmosugito",
                "said",
                "W",
            )
        ],
        [
            (
                "“The currents in the strait are very strong at this time of year.",
                "Darmosugito",
                "said",
                "",
            ),
            (
                "The bodies could have drifted far,” he said on Monday, as quoted by the state news agency Sinar Kabar.",
                "Darmosugito",
                "said",
                "",
            ),
        ],
        [
            (
                "The search will continue for seven days, as is standard, and may be extended, Darmosugito said.",
                "Darmosugito",
                "said",
                "W",
            )
        ],
        [
            (
                "The ferry, which was sailing from Ragunsari port to Kembangmas Island, capsized in bad weather at around 11 p.m. on Saturday, about two hours into the four-hour crossing.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "East Java Police spokesman Sr. Comr. Arief Kusumawijaya said police had questioned the ship's captain, identified only by his initials, S.A., and two crew members.",
                "Arief Kusumawijaya",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the manifest listed 98 passengers, but investigators were checking accounts from survivors that more than 140 people had been on board.",
                "Arief Kusumawijaya",
                "said",
                "W",
            )
        ],
        [
            (
                "He said investigators would also question the harbormaster who issued the ship's sailing approval.",
                "Arief Kusumawijaya",
                "said",
                "W",
            )
        ],
        [
            (
                "The ferry's operator, PT Laut Melati Jayaraya, said in a statement that the vessel had been carrying 98 passengers and 19 vehicles, well within its capacity of 220 passengers.",
                "PT Laut Melati Jayaraya",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "“The ship was seaworthy and had passed its annual inspection in January,” the statement said.",
                "the statement",
                "said",
                "W",
            )
        ],
        [
            (
                "A survivor, Wulandewi, 34, said she had bought her ticket on board because the ticket office at the port had sold out.",
                "Wulandewi",
                "said",
                "W",
            )
        ],
        [
            (
                "“There were people sitting on the stairs and on the car deck.",
                "Wulandewi",
                "told The Nusaraya Post",
                "W",
            ),
            (
                "I could not find a life jacket,” she told The Nusaraya Post from her hospital bed in Kembangmas.",
                "Wulandewi",
                "told The Nusaraya Post",
                "",
            ),
        ],
        [
            (
                "Wulandewi said she had paid Rp 95,000 for the ticket, Rp 20,000 more than the fare printed on it.",
                "Wulandewi",
                "said",
                "W",
            )
        ],
        [
            (
                "Another survivor, Suparlanto, a 51-year-old fisherman, said he swam for almost five hours before he was picked up by a fishing boat.",
                "Suparlanto",
                "said",
                "W",
            )
        ],
        [
            ("“The ship tilted to the left, then everything slid.", "Suparlanto", "said", ""),
            ("People were screaming in the dark,” he said.", "Suparlanto", "said", ""),
        ],
        [
            (
                "Transportation Ministry spokeswoman Ratnasari Hadiprojo said the minister had ordered the Directorate General of Sea Transportation to suspend the operator's license for the route pending an investigation by the National Transportation Safety Committee (KNKT).",
                "Ratnasari Hadiprojo",
                "said",
                "W",
            )
        ],
        [
            (
                "She said the minister, Harjanto Sumarsono, would visit Ragunsari on Tuesday.",
                "Ratnasari Hadiprojo",
                "said",
                "W",
            )
        ],
        [
            (
                "“The minister has asked that no ferry leave port in the strait if waves are higher than 2.5 meters, whatever the manifest says,” she said.",
                "Ratnasari Hadiprojo",
                "said",
                "W",
            )
        ],
        [
            (
                "Harjanto, in a statement issued by the ministry on Monday evening, said he had asked the KNKT to release its preliminary findings within 30 days.",
                "Harjanto Sumarsono",
                "said",
                "W",
            )
        ],
        [
            (
                "Kembangmas Regent Ach. Mudzakkir Hasbullah said the regency administration had set up a crisis center at the port and would cover the funeral costs of the victims.",
                "Ach. Mudzakkir Hasbullah",
                "said",
                "W",
            )
        ],
        [
            (
                "Mudzakkir said 19 of the missing were residents of Kembangmas.",
                "Ach. Mudzakkir Hasbullah",
                "said",
                "W",
            )
        ],
        [
            (
                "The Meteorology, Climatology and Geophysics Agency (BMKG) had issued a warning of waves of up to 4 meters in the strait on Saturday afternoon, hours before the ferry left port.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It was not immediately clear whether the captain had been told of the warning.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Arief said police had not named any suspects, but the captain could face charges under the 2008 Shipping Law if negligence was proven.",
                "Arief Kusumawijaya",
                "said",
                "W",
            )
        ],
        [("At the port, relatives waited under a tarpaulin tent for news.", "", "", "")],
        [
            ("“My husband and my son were on that ship.", "Rohimah", "said", ""),
            (
                "Nobody tells us anything,” said Rohimah, 47, from Kembangmas.",
                "Rohimah",
                "said",
                "",
            ),
        ],
        [
            (
                "It is the second fatal ferry accident in the strait since 2024, when 17 people died in the sinking of the KM Tirta Sembada.",
                "",
                "",
                "W",
            )
        ],
        [("Topics : ferry, accident, East Java, search and rescue", "", "", "B")],
        [("Related Articles", "", "", "B")],
        [("Two missing after speedboat capsizes off Kembangmas", "", "", "B")],
        [
            ("Copyright © 2026 The Nusaraya Post.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 8. Philippine regional site, a bus crash in Quezon: "police said" vs the provincial office vs its spokeswoman "Police Major Ma. ...", the police report and "It said", Atty., Engr., a barangay chairman, two women in turn, a governor "said through her spokesperson", a Tagalog quote with its translation
        [("Dalumat Online", "", "", "B")],
        [("News   Regions   Nation   Business   Sports   Opinion   Lifestyle", "", "", "B")],
        [("Regions", "", "", "B")],
        [("9 dead, 31 hurt as bus plunges into ravine in Quezon", "", "", "W")],
        [("By Rodel Pagdanganan", "", "", "B")],
        [("March 15, 2026 | 8:21 PM", "", "", "B")],
        [
            (
                "Rescuers pull passengers from the bus that fell into a ravine in Barangay Sto. Niño Ilaya, Malaguimba, Quezon, early Sunday.",
                "",
                "",
                "",
            ),
            ("(Photo courtesy of Malaguimba MDRRMO)", "", "", "B"),
        ],
        [
            (
                "MALAGUIMBA, Quezon — Nine people were killed and 31 others injured when a passenger bus lost its brakes and fell into a 40-meter ravine along the Maharlika Highway in Barangay Sto. Niño Ilaya here early Sunday, police said.",
                "police",
                "said",
                "W",
            )
        ],
        [
            (
                "The Quezon Police Provincial Office (QPPO) said the bus, owned by Silangan Liner Transport Inc., was bound for Manila with 46 passengers and two crew on board.",
                "The Quezon Police Provincial Office",
                "said",
                "W",
            )
        ],
        [
            (
                "QPPO spokesperson Police Major Ma. Cristina dela Paz-Ylagan said the driver, identified as Reynaldo Buensuceso Jr., 52, was among the dead.",
                "Ma. Cristina dela Paz-Ylagan",
                "said",
                "W",
            )
        ],
        [
            (
                "Citing the initial police report, she said the bus was going down a curve at about 4:10 a.m. when the driver shouted that the brakes had failed.",
                "Ma. Cristina dela Paz-Ylagan",
                "said",
                "W",
            )
        ],
        [
            (
                "The report stated that the bus hit a concrete barrier, rolled over twice and landed on its side near a creek.",
                "The report",
                "stated",
                "W",
            )
        ],
        [
            (
                "It said the injured were brought to the Malaguimba District Hospital and the Quezon Medical Center in Lucena City.",
                "The report",
                "said",
                "W",
            )
        ],
        [
            (
                "Barangay chairman Nestor Lumbres said residents and tanod (village watchmen) were the first to reach the bus, using ropes and flashlights to pull passengers out.",
                "Nestor Lumbres",
                "said",
                "W",
            )
        ],
        [
            (
                "“Parang lumipad ang bus (It was as if the bus flew),” said Lumbres, whose house is about 100 meters from the curve.",
                "Nestor Lumbres",
                "said",
                "",
            )
        ],
        [
            (
                "He said it was the third accident at the same curve since December, and that the barangay had asked the municipal government for a warning sign in January.",
                "Nestor Lumbres",
                "said",
                "W",
            )
        ],
        [
            (
                "Another passenger, Arnel Sagisag-Dumalo, 24, a construction worker, said he jumped out of a broken window as the bus began to roll.",
                "Arnel Sagisag-Dumalo",
                "said",
                "",
            )
        ],
        [
            (
                "“I heard the driver shout, ‘Walang preno! (No brakes!)’ and then everyone was screaming,” he said.",
                "Arnel Sagisag-Dumalo",
                "said",
                "",
            )
        ],
        [
            (
                "In a statement, Silangan Liner said it was “deeply saddened” by the accident and would shoulder the hospital and burial expenses of the victims.",
                "Silangan Liner",
                "said",
                "",
            )
        ],
        [
            (
                "“Our hearts go out to the families of those who lost their lives,” the statement said.",
                "the statement",
                "said",
                "",
            )
        ],
        [
            (
                "The company's lawyer, Atty. Ferdinand Oliveros-Tanglao, told Dalumat Online that the bus, a 2019 model, had passed its last maintenance check on March 2.",
                "Ferdinand Oliveros-Tanglao",
                "told Dalumat Online",
                "W",
            )
        ],
        [
            (
                "He said the driver had been with the company for 14 years and had a clean record.",
                "Ferdinand Oliveros-Tanglao",
                "said",
                "W",
            )
        ],
        [
            (
                "Land Transportation Franchising and Regulatory Board (LTFRB) Region 4-A Director Atty. Josefina Macalintal-Sanvictores said the board had issued a 30-day preventive suspension order against 12 of the company's buses.",
                "Josefina Macalintal-Sanvictores",
                "said",
                "W",
            )
        ],
        [
            (
                "She said the suspended units would undergo roadworthiness inspection by the Land Transportation Office before they could return to the road.",
                "Josefina Macalintal-Sanvictores",
                "said",
                "W",
            ),
            (
                "The company operates 68 buses on routes between Bicol and Manila, she said.",
                "Josefina Macalintal-Sanvictores",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dela Paz-Ylagan, for her part, said investigators would look into whether the bus had been overloaded, as some survivors claimed.",
                "Ma. Cristina dela Paz-Ylagan",
                "said",
                "W",
            )
        ],
        [
            (
                "She said the driver's body would undergo an autopsy to determine whether he had been under the influence of drugs or alcohol.",
                "Ma. Cristina dela Paz-Ylagan",
                "said",
                "W",
            )
        ],
        [
            (
                "A survivor, Lorna Macapagong, 38, a vendor bound for Manila, said several passengers had been standing in the aisle since the bus left the terminal in Pasacao-Baybay.",
                "Lorna Macapagong",
                "said",
                "W",
            )
        ],
        [
            (
                "“There were no more seats, so the conductor let them stand.",
                "Lorna Macapagong",
                "said",
                "W",
            ),
            (
                "I was sleeping when it happened,” she said from her hospital bed.",
                "Lorna Macapagong",
                "said",
                "",
            ),
        ],
        [
            (
                "Macapagong said she paid ₱1,150 for her ticket at the terminal.",
                "Lorna Macapagong",
                "said",
                "W",
            )
        ],
        [
            (
                "Police Staff Sergeant Jomar Tiongco of the Malaguimba Municipal Police Station, one of the first officers at the scene, said the bus's speedometer was stuck at 78 kilometers per hour.",
                "Jomar Tiongco",
                "said",
                "W",
            )
        ],
        [
            (
                "Quezon Governor Rosalinda Abrazaldo-Lorzano said through her spokesperson, Kristoffer Manahan-Ocfemia, that the provincial government would give ₱20,000 to the family of each of the dead.",
                "Rosalinda Abrazaldo-Lorzano",
                "said through her spokesperson",
                "",
            )
        ],
        [
            (
                "Abrazaldo-Lorzano, who visited the injured on Sunday afternoon, later told reporters the province would also pay for the medicines of those still in hospital.",
                "Rosalinda Abrazaldo-Lorzano",
                "told reporters",
                "",
            )
        ],
        [
            (
                "Manahan-Ocfemia added that the governor had asked the Department of Public Works and Highways (DPWH) to install guardrails and warning signs on the curve.",
                "Kristoffer Manahan-Ocfemia",
                "added",
                "W",
            )
        ],
        [
            (
                "DPWH Quezon 2nd District Engineering Office chief Engr. Aurelio Cabangon said his office had proposed ₱18 million for slope protection and guardrails at the site in its 2026 budget, but the funds had yet to be released.",
                "Aurelio Cabangon",
                "said",
                "W",
            )
        ],
        [
            (
                "“We have been asking for this since 2023,” Cabangon said.",
                "Aurelio Cabangon",
                "said",
                "",
            )
        ],
        [
            (
                "The names of the other fatalities were being withheld until their families had been informed.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "READ: LTFRB orders inspection of all provincial buses after Holy Week crashes",
                "",
                "",
                "B",
            )
        ],
        [("Tags: Quezon, road accident, LTFRB, bus", "", "", "B")],
        [("© 2026 Dalumat Online.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Singapore community news site, a flat fire: s/o and d/o names, Madam, Ms, Mr and Encik dropped, Chinese names family-first with "Mr Aw" and "Mr Teng", "Mr Saravanan" and "Mr Ridhwan" as second references, SCDF and "it said", "in a Facebook post", a town council replying to queries, several men in turn
        [("TownLine SG", "", "", "B")],
        [("News   Heartland   Community   Food   Jobs   Videos", "", "", "B")],
        [("Heartland", "", "", "B")],
        [
            (
                "Fire in Jalan Cempedak Baru flat: elderly couple taken to hospital, 60 residents evacuated",
                "",
                "",
                "W",
            )
        ],
        [("Nicole Koay Hui Wen", "", "", "B")],
        [("14 Mar 2026, 11:06 am", "", "", "B")],
        [
            ("Firefighters at Block 217 Jalan Cempedak Baru on Friday night.", "", "", ""),
            ("PHOTO: READER CONTRIBUTION", "", "", "B"),
        ],
        [
            (
                "An elderly couple were taken to hospital and about 60 residents evacuated after a fire broke out in a fourth-floor flat at Block 217 Jalan Cempedak Baru on Friday night.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Singapore Civil Defence Force (SCDF) said it was alerted to the fire at about 9.35pm.",
                "The Singapore Civil Defence Force",
                "said",
                "W",
            )
        ],
        [
            (
                "In a Facebook post, SCDF said the fire involved the contents of a bedroom and was put out with two water jets within 20 minutes.",
                "SCDF",
                "said",
                "W",
            )
        ],
        [
            (
                "The couple, a 71-year-old man and his 68-year-old wife, were taken to hospital for smoke inhalation.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "About 60 residents had left the block on their own before firefighters arrived, SCDF said.",
                "SCDF",
                "said",
                "W",
            )
        ],
        [
            (
                "Preliminary investigations indicate that the fire was of electrical origin, involving a power-assisted bicycle that was being charged in the bedroom, it said.",
                "The Singapore Civil Defence Force",
                "said",
                "W",
            )
        ],
        [
            (
                "Neighbour Saravanan s/o Pakirisamy, 54, who lives two floors up, said he heard shouting and saw thick black smoke coming out of a window along the corridor.",
                "Saravanan s/o Pakirisamy",
                "said",
                "",
            )
        ],
        [
            (
                "“I grabbed my mother and we took the stairs down.",
                "Saravanan s/o Pakirisamy",
                "said",
                "",
            ),
            (
                "The lift was not working,” said Mr Saravanan, a security supervisor.",
                "Saravanan s/o Pakirisamy",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Saravanan said residents of the 12-storey block waited at the void deck and a nearby coffee shop for about two hours before they were allowed back.",
                "Saravanan s/o Pakirisamy",
                "said",
                "W",
            )
        ],
        [
            (
                "His mother, Madam Valliammai d/o Sinnathamby, 79, said it was the second fire in the block in two years.",
                "Valliammai d/o Sinnathamby",
                "said",
                "W",
            )
        ],
        [
            (
                "The first, in 2024, started in a unit on the ninth floor, she said.",
                "Valliammai d/o Sinnathamby",
                "said",
                "W",
            )
        ],
        [
            (
                "Another resident, Ms Khor Li Shan, 36, said she had complained to the town council last month about a neighbour who charged “three or four” e-bike batteries along the common corridor.",
                "Khor Li Shan",
                "said",
                "W",
            )
        ],
        [
            ("“I took photos and sent them in.", "Khor Li Shan", "said", "W"),
            (
                "They replied that they would look into it,” Ms Khor said.",
                "Khor Li Shan",
                "said",
                "W",
            ),
        ],
        [("She said the batteries had been there “for months”.", "Khor Li Shan", "said", "")],
        [
            (
                "Madam Valliammai said she hoped the authorities would “do something before somebody dies”.",
                "Valliammai d/o Sinnathamby",
                "said",
                "",
            )
        ],
        [
            (
                "In response to queries from TownLine SG, Cempedak Town Council said it received Ms Khor's feedback on Feb 19 and sent an officer to the block two days later.",
                "Cempedak Town Council",
                "said",
                "W",
            )
        ],
        [
            (
                "The officer did not find any batteries in the corridor at the time, the town council said, adding that it had since put up notices reminding residents of the fire risks of charging mobility devices.",
                "the town council",
                "said",
                "W",
            )
        ],
        [
            (
                "The couple's son, Mr Aw Chee Wah, 44, told TownLine SG that the bicycle belonged to his father, who used it to deliver newspapers in the estate.",
                "Aw Chee Wah",
                "told TownLine SG",
                "W",
            )
        ],
        [
            ("“He charged it every night in the room.", "Aw Chee Wah", "said", ""),
            (
                "We told him many times to charge it outside,” Mr Aw said.",
                "Aw Chee Wah",
                "said",
                "",
            ),
        ],
        [
            (
                "He said his parents were in stable condition and were expected to be discharged on Monday.",
                "Aw Chee Wah",
                "said",
                "W",
            )
        ],
        [
            (
                "Cempedak GRC MP Teng Boon Chye visited the affected residents on Saturday morning.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "In a Facebook post, Mr Teng said the town council would help the couple with temporary accommodation and the cost of cleaning the flat.",
                "Teng Boon Chye",
                "said",
                "",
            )
        ],
        [
            (
                "He added that more than 50 fires involving personal mobility aids and power-assisted bicycles had been recorded in Singapore last year.",
                "Teng Boon Chye",
                "added",
                "W",
            )
        ],
        [
            (
                "According to SCDF's annual fire statistics, such fires rose to 58 in 2025, from 41 in 2024.",
                "SCDF's annual fire statistics",
                "according to",
                "W",
            )
        ],
        [
            (
                "The block's Residents' Committee chairman, Encik Mohamed Ridhwan bin Jumaat, said volunteers had collected about $4,200 in donations for the couple by Saturday noon.",
                "Mohamed Ridhwan bin Jumaat",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the couple, who have lived in the block since 1989, had lost almost everything in the bedroom, including their wedding photographs.",
                "Mohamed Ridhwan bin Jumaat",
                "said",
                "W",
            )
        ],
        [
            ("“The uncle is a very kind man.", "Mohamed Ridhwan bin Jumaat", "said", ""),
            (
                "Every morning he says good morning to everyone,” he said.",
                "Mohamed Ridhwan bin Jumaat",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Ridhwan said donations should be made through the RC and not to individuals, as “we want to make sure every dollar goes to them”.",
                "Mohamed Ridhwan bin Jumaat",
                "said",
                "",
            )
        ],
        [
            (
                "The Housing and Development Board said it was assessing the flat's condition and would offer the couple a rental flat if needed.",
                "The Housing and Development Board",
                "said",
                "",
            )
        ],
        [
            (
                "SCDF reminded the public not to charge batteries unattended or overnight, and to use only devices certified to the UL2272 standard.",
                "SCDF",
                "reminded",
                "",
            )
        ],
        [("Got a story?", "", "", "B"), ("Email us at tips@townline.sg", "", "", "B")],
        [("Related", "", "", "B")],
        [
            (
                "Town council to add PMD charging points in Cempedak after resident feedback",
                "",
                "",
                "B",
            )
        ],
        [("© 2026 TownLine Media Pte. Ltd.", "", "", "B")],
    ],
    [  # 10. Sri Lankan daily, an exam paper leak: "Police said" vs the police media spokesman by name, initials ("H.M.K.", "P.B.", "S.M.", "K.", "G.C.E."), SSP, DIG, Dr. and Ven. dropped with "Thero" kept, a minister "said through her media secretary" and the secretary in turn, a CID officer who wished to remain anonymous, two men in turn, Rs.
        [("Lanka Dawnline", "", "", "B")],
        [("Home | News | Business | Features | Sports | Editorial | Print Edition", "", "", "B")],
        [("O/L Science paper leak: CID arrests tuition teacher, two exam officials", "", "", "W")],
        [("By Dilini Wanniarachchi", "", "", "B")],
        [("Sunday, 15 March 2026 00:00", "", "", "B")],
        [
            (
                "The Criminal Investigation Department (CID) has arrested a tuition teacher and two officials attached to an examination centre in connection with the alleged leak of the G.C.E. Ordinary Level Science paper, Police said.",
                "Police",
                "said",
                "W",
            )
        ],
        [
            (
                "Police Media Spokesman SSP H.M.K. Dissawickrema said the suspects, aged 34, 41 and 52, were arrested in Kurunegala and Walpolakanda on Friday night.",
                "H.M.K. Dissawickrema",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the tuition teacher had allegedly photographed the question paper on a mobile phone and shared it in a WhatsApp group with about 300 members some 45 minutes before the examination began.",
                "H.M.K. Dissawickrema",
                "said",
                "W",
            )
        ],
        [
            (
                "Police said a fourth suspect, a relative of the teacher, was being sought.",
                "Police",
                "said",
                "W",
            )
        ],
        [
            (
                "The three suspects were produced before the Kurunegala Magistrate and remanded till March 27.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Dissawickrema said they could face up to five years in prison if convicted.",
                "H.M.K. Dissawickrema",
                "said",
                "W",
            )
        ],
        [
            (
                "Kurunegala Range DIG P.B. Elapatha said police had also recovered two mobile phones and a laptop from the teacher's house.",
                "P.B. Elapatha",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the teacher ran classes for about 600 students in three towns.",
                "P.B. Elapatha",
                "said",
                "W",
            )
        ],
        [
            (
                "Elapatha said the teacher had been questioned for seven hours on Saturday.",
                "P.B. Elapatha",
                "said",
                "W",
            )
        ],
        [
            (
                "Dissawickrema, however, said the teacher had not admitted to the offence.",
                "H.M.K. Dissawickrema",
                "said",
                "W",
            )
        ],
        [
            (
                "Commissioner General of Examinations S.M. Pathiranage said the Science paper would not be cancelled, as the department's investigation had found that the leak was limited to one centre.",
                "S.M. Pathiranage",
                "said",
                "W",
            )
        ],
        [
            (
                "“We have checked the answer scripts of candidates in the WhatsApp group against those of the rest of the country.",
                "S.M. Pathiranage",
                "told the Lanka Dawnline",
                "W",
            ),
            (
                "There is no pattern to suggest a widespread advantage,” he told the Lanka Dawnline.",
                "S.M. Pathiranage",
                "told the Lanka Dawnline",
                "W",
            ),
        ],
        [
            (
                "He said the results of the 212 candidates who sat the exam at the centre, Walpolakanda Central College, would be withheld pending the inquiry.",
                "S.M. Pathiranage",
                "said",
                "W",
            )
        ],
        [
            (
                "Pathiranage added that the department would install signal jammers at all 3,640 examination centres from the next Advanced Level examination.",
                "S.M. Pathiranage",
                "added",
                "W",
            )
        ],
        [
            (
                "The department's hotline received 63 complaints about the paper on the day of the exam, he said.",
                "S.M. Pathiranage",
                "said",
                "W",
            )
        ],
        [
            (
                "However, All-Island Graduate Teachers' Union General Secretary Upali Mahagamage demanded that the paper be held again for all candidates, claiming that it had been shared in at least four other groups.",
                "Upali Mahagamage",
                "claiming",
                "W",
            )
        ],
        [
            ("“The department is trying to save face.", "Upali Mahagamage", "said", ""),
            (
                "Thousands of children have been cheated,” he said at a media briefing in Colombo.",
                "Upali Mahagamage",
                "said",
                "",
            ),
        ],
        [
            (
                "Responding to the allegation, Pathiranage said the department had no evidence of any other group, but would examine any material handed over to the CID.",
                "S.M. Pathiranage",
                "said",
                "W",
            )
        ],
        [
            (
                "Mahagamage said his union would hand over screenshots to the CID on Monday.",
                "Upali Mahagamage",
                "said",
                "W",
            )
        ],
        [
            (
                "Education Minister Dr. Sriyani Hettiarachchige said through her media secretary that stern action would be taken against anyone found responsible.",
                "Sriyani Hettiarachchige",
                "said through her media secretary",
                "",
            )
        ],
        [
            (
                "The media secretary, Chaminda Pitigalage, said the minister had called for a full report from the Commissioner General by Wednesday.",
                "Chaminda Pitigalage",
                "said",
                "W",
            )
        ],
        [
            (
                "Pitigalage said the minister would brief the Cabinet on the matter on Tuesday.",
                "Chaminda Pitigalage",
                "said",
                "W",
            )
        ],
        [
            (
                "The chief incumbent of the Walpolakanda Sri Sudarshanaramaya temple, Ven. Kotagama Sumanawansa Thero, who is also the president of the school's past pupils' association, said the school's name had been “dragged through the mud” because of one teacher.",
                "Kotagama Sumanawansa Thero",
                "said",
                "",
            )
        ],
        [
            (
                "“One man's greed should not be allowed to ruin 212 children,” the Thero said.",
                "Kotagama Sumanawansa Thero",
                "said",
                "",
            )
        ],
        [
            (
                "A parent, K. Thavaneswaran, whose daughter sat the exam at the centre, said withholding the results of all 212 candidates was unfair.",
                "K. Thavaneswaran",
                "said",
                "",
            )
        ],
        [
            ("“My daughter was not in any WhatsApp group.", "K. Thavaneswaran", "asked", ""),
            ("Why should she suffer?” Thavaneswaran asked.", "K. Thavaneswaran", "asked", ""),
        ],
        [
            (
                "A senior CID officer, who wished to remain anonymous, said investigators were also probing whether the teacher had been paid for the paper.",
                "A senior CID officer",
                "said",
                "W",
            )
        ],
        [
            (
                "“We have traced a transfer of Rs. 150,000 to his bank account two days before the exam,” the officer said.",
                "A senior CID officer",
                "said",
                "W",
            )
        ],
        [
            (
                "Some 472,000 candidates sat the O/L examination, which began on March 2 and ended on Thursday, according to the Department of Examinations.",
                "the Department of Examinations",
                "according to",
                "W",
            )
        ],
        [
            (
                "It is the first confirmed leak of an O/L paper since 2019, the department said.",
                "the department",
                "said",
                "W",
            )
        ],
        [("Latest News", "", "", "B")],
        [("Cabinet nod for new school uniform voucher scheme", "", "", "B")],
        [
            ("Copyright © 2026 Lanka Dawnline (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 11. Jamaican parish news site, a water protest: residents who "say", "Police said" vs a superintendent and a police spokeswoman by name, the NWC's release and "It said", patois quotes, two women in turn, a senator "said through a spokesperson" and the spokesperson in turn, Custos, Hon., Dr and Senator dropped
        [("THE BOWFIELD OBSERVER", "", "", "B")],
        [("News   Parish   Politics   Business   Entertainment   Sports   Letters", "", "", "B")],
        [
            (
                "Residents block roads in Guava Pen over water; NWC says supply back by Friday",
                "the National Water Commission",
                "says",
                "W",
            )
        ],
        [("Kerry-Ann Pusey/Staff Reporter", "", "", "B")],
        [("Published: Wednesday | March 18, 2026 | 12:11 AM", "", "", "B")],
        [
            (
                "Residents of Guava Pen, St Thomas, block the main road with debris yesterday.",
                "",
                "",
                "",
            ),
            ("Photo: Kerry-Ann Pusey", "", "", "B"),
        ],
        [
            (
                "ST THOMAS, Jamaica — Residents of Guava Pen and surrounding districts in St Thomas blocked sections of the main road with debris and burning tyres yesterday to protest what they say is six weeks without piped water.",
                "Residents of Guava Pen and surrounding districts in St Thomas",
                "say",
                "W",
            )
        ],
        [
            (
                "Police said the roadblocks, which stretched from Guava Pen to Pear Tree Walk, were cleared by about 11 a.m. and no one was arrested.",
                "Police",
                "said",
                "W",
            )
        ],
        [
            (
                "The commanding officer for St Thomas, Superintendent Desmond Fagan-Whitelocke, said his officers “exercised restraint” and spoke with community leaders, who agreed to clear the road.",
                "Desmond Fagan-Whitelocke",
                "said",
                "",
            )
        ],
        [
            (
                "He said police would remain in the area overnight.",
                "Desmond Fagan-Whitelocke",
                "said",
                "W",
            )
        ],
        [
            (
                "In a release yesterday, the National Water Commission (NWC) said the Guava Pen supply was disrupted by a broken 12-inch main at Retreat Gully, which was damaged by a landslide on February 3.",
                "the National Water Commission",
                "said",
                "W",
            )
        ],
        [
            (
                "The release stated that repairs were 80 per cent complete and supply would be restored by Friday.",
                "The release",
                "stated",
                "W",
            )
        ],
        [
            (
                "It said trucks had delivered water to the area three times a week since the disruption, and customers would not be billed for February.",
                "The release",
                "said",
                "W",
            )
        ],
        [
            (
                "The Guava Pen system serves about 3,400 customers, the NWC said.",
                "the NWC",
                "said",
                "W",
            )
        ],
        [
            (
                "But Pearline Tomlin, a 63-year-old higgler, said the trucks came “when dem feel like”.",
                "Pearline Tomlin",
                "said",
                "",
            )
        ],
        [
            ("“Last week mi see one truck, one time.", "Pearline Tomlin", "said", "W"),
            (
                "Mi have to buy water fi bathe mi grandchildren, $1,500 a drum,” she said.",
                "Pearline Tomlin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Another resident, Sharon Mae Ramocan, a teacher at Guava Pen Primary School, said the school had sent students home early on four days since February because its tanks ran dry.",
                "Sharon Mae Ramocan",
                "said",
                "W",
            )
        ],
        [
            (
                "She said the school, which has 286 students, had received water from the NWC only twice.",
                "Sharon Mae Ramocan",
                "said",
                "W",
            )
        ],
        [
            (
                "“Children cannot learn when they cannot use the bathroom,” Ramocan said.",
                "Sharon Mae Ramocan",
                "said",
                "",
            )
        ],
        [
            (
                "Tomlin said residents had called the NWC's customer care line “so many times, dem know wi voice”.",
                "Pearline Tomlin",
                "said",
                "",
            )
        ],
        [("“Wi tired fi beg,” she said.", "Pearline Tomlin", "said", "")],
        [
            (
                "The area's Member of Parliament, Dr Lennox Atterbury, said he had written to the NWC's president on three occasions and had paid for 40 truckloads of water from his Constituency Development Fund.",
                "Lennox Atterbury",
                "said",
                "W",
            )
        ],
        [
            (
                "He said a new main for the area had been approved in 2023 but never built.",
                "Lennox Atterbury",
                "said",
                "W",
            )
        ],
        [
            (
                "“The people of Guava Pen are not asking for favours.",
                "Lennox Atterbury",
                "said",
                "",
            ),
            ("Water is a right,” Atterbury said.", "Lennox Atterbury", "said", ""),
        ],
        [
            (
                "The Opposition spokesman on water, Senator Orville Hemmings, said through a spokesperson that the broken main was “a symptom of decades of neglect”.",
                "Orville Hemmings",
                "said through a spokesperson",
                "",
            )
        ],
        [
            (
                "The spokesperson, Tamoy Rickards, said the senator would raise the matter in the Upper House on Friday.",
                "Tamoy Rickards",
                "said",
                "W",
            )
        ],
        [
            (
                "Rickards said the senator had written to the water ministry three times since 2024 asking for the main to be replaced.",
                "Tamoy Rickards",
                "said",
                "W",
            )
        ],
        [
            (
                "The Custos of St Thomas, Hon. Dr Winsome Nembhard, who visited the area in the afternoon, appealed to residents to “protest peacefully and don't block the road, because ambulance must pass”.",
                "Winsome Nembhard",
                "appealed",
                "",
            )
        ],
        [
            (
                "She said she would meet NWC officials on Thursday to press for a date for the new main.",
                "Winsome Nembhard",
                "said",
                "W",
            )
        ],
        [
            (
                "Police said an ambulance taking a pregnant woman to hospital in the parish capital was held up for about 40 minutes by the roadblocks.",
                "Police",
                "said",
                "W",
            )
        ],
        [
            (
                "A police spokeswoman, Deputy Superintendent Stacy-Ann Glanville, said the woman and her baby were in good condition.",
                "Stacy-Ann Glanville",
                "said",
                "W",
            )
        ],
        [
            (
                "She said the roadblocks were the third in the parish this year.",
                "Stacy-Ann Glanville",
                "said",
                "W",
            )
        ],
        [
            (
                "The NWC's corporate communications manager, Damion Ferron, said he understood residents' frustration but asked them not to block the road.",
                "Damion Ferron",
                "said",
                "",
            )
        ],
        [
            (
                "He said crews had been working from 7 a.m. to 6 p.m. daily on the repairs, and a second crew would be added today.",
                "Damion Ferron",
                "said",
                "W",
            )
        ],
        [("“We are doing everything we can,” Ferron said.", "Damion Ferron", "said", "")],
        [
            (
                "Fagan-Whitelocke said anyone who blocks a public road can be charged, but no charges were being considered over yesterday's protest.",
                "Desmond Fagan-Whitelocke",
                "said",
                "W",
            )
        ],
        [("Related Stories", "", "", "B")],
        [("NWC lists 14 St Thomas communities on water restrictions", "", "", "B")],
        [("© 2026 Bowfield Observer Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Fijian news site, a cane payment: Ratu, Adi, Mr and Ms dropped, "Ratu Peni" as a second reference, Indo-Fijian names, a union president's statement read out by the treasurer ("In it, ..."), a miller's statement signed by its chief executive, "Speaking in iTaukei, she said", a permanent secretary "responding on behalf of the minister", two women and two men in turn
        [("VANUAVOU NEWS", "", "", "B")],
        [("News | Fiji | Pacific | Business | Sport | Vosa Vakaviti | हिंदी", "", "", "B")],
        [
            (
                "Cane growers to get second payment of $4.50 a tonne on April 9, says minister",
                "Peni Vuetibau",
                "says",
                "W",
            )
        ],
        [("By Litiana Naqelevuki", "", "", "B")],
        [("March 20, 2026 7:15 pm", "", "", "B")],
        [
            (
                "Cane growers listen to the minister at the Nakoroiba Civic Centre on Thursday.",
                "",
                "",
                "",
            ),
            ("Picture: Litiana Naqelevuki", "", "", "B"),
        ],
        [
            (
                "Sugarcane growers will receive a second payment of $4.50 a tonne for last season's crop on April 9, the Minister for Sugar Industry, Ratu Peni Vuetibau, has announced.",
                "Peni Vuetibau",
                "has announced",
                "W",
            )
        ],
        [
            (
                "The payment, worth about $6.2 million in total, will go to more than 11,000 growers in the Western and Northern divisions, he told a meeting of growers at the Nakoroiba Civic Centre on Thursday.",
                "Peni Vuetibau",
                "told a meeting of growers",
                "W",
            )
        ],
        [
            (
                "Ratu Peni said the payment had been delayed by three weeks because payments from two overseas buyers of Fiji sugar had arrived late.",
                "Peni Vuetibau",
                "said",
                "W",
            )
        ],
        [
            (
                "“I know growers have been waiting, and I thank them for their patience.",
                "Peni Vuetibau",
                "said",
                "",
            ),
            (
                "The money is there, and it will be in their accounts on the ninth,” he said.",
                "Peni Vuetibau",
                "said",
                "W",
            ),
        ],
        [
            (
                "But the general secretary of the Western Cane Farmers Union, Mr Jitendra Pratap Sami, said $4.50 was “far below” what growers needed, as the cost of fertiliser had risen from $38 to $52 a bag in a year.",
                "Jitendra Pratap Sami",
                "said",
                "W",
            )
        ],
        [
            (
                "He said many growers had borrowed to pay their cane-cutting gangs and would struggle to repay the loans before the new season.",
                "Jitendra Pratap Sami",
                "said",
                "",
            )
        ],
        [
            ("“A farmer with 200 tonnes gets $900.", "Jitendra Pratap Sami", "averred", "W"),
            (
                "That does not even pay his cutting gang for a week,” Mr Sami averred.",
                "Jitendra Pratap Sami",
                "averred",
                "",
            ),
        ],
        [
            (
                "Ratu Peni, however, noted that the total payment for the season would reach $86.20 a tonne, the highest in eight years.",
                "Peni Vuetibau",
                "noted",
                "W",
            )
        ],
        [
            (
                "He said the Government had also paid out a $10 million fertiliser subsidy in December.",
                "Peni Vuetibau",
                "said",
                "W",
            )
        ],
        [
            (
                "At the same meeting, a statement from the union's president, Mr Mohammed Rafiq Bux, who is in hospital, was read out by the union's treasurer, Mr Praveen Kumar Raniga.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In it, Mr Bux said the union had written to the Prime Minister's Office twice since January asking for an urgent meeting on cane prices, without a reply.",
                "Mohammed Rafiq Bux",
                "said",
                "W",
            )
        ],
        [
            ("“We are not asking for charity.", "the statement", "said", ""),
            (
                "We are asking for a price that lets a family live,” the statement said.",
                "the statement",
                "said",
                "",
            ),
        ],
        [
            (
                "Raniga told Vanuavou News after the meeting that union membership had fallen to 6,800 from 9,100 in 2020.",
                "Praveen Kumar Raniga",
                "told Vanuavou News",
                "W",
            )
        ],
        [
            (
                "In a statement signed by its chief executive, Mr Sanjesh Lal Gounder, the miller, Ravuka Sugar Milling Ltd, said crushing for the 2026 season would begin on June 2 at all three mills.",
                "Ravuka Sugar Milling Ltd",
                "said",
                "W",
            )
        ],
        [
            (
                "The statement said the company had spent $14 million on repairs at the three mills during the off-season.",
                "The statement",
                "said",
                "W",
            )
        ],
        [
            (
                "Gounder, contacted separately, said the company expected to crush 1.5 million tonnes of cane this season.",
                "Sanjesh Lal Gounder",
                "said",
                "W",
            )
        ],
        [
            (
                "Adi Mereoni Tabuanitoga, a cane grower from Navatuyaga village, said she would use the payment for her children's school fees.",
                "Mereoni Tabuanitoga",
                "said",
                "",
            )
        ],
        [
            (
                "Speaking in iTaukei, she said the season had been hard because of the drought in October and November, which cut her crop from 160 tonnes to 110.",
                "Mereoni Tabuanitoga",
                "said",
                "W",
            )
        ],
        [
            (
                "The Turaga ni Koro of Navatuyaga, Mr Isikeli Tuisawau, said 34 of the village's 52 households depended on cane.",
                "Isikeli Tuisawau",
                "said",
                "W",
            )
        ],
        [
            (
                "“Cane is our school fees, our church offering, our everything,” he said.",
                "Isikeli Tuisawau",
                "said",
                "",
            )
        ],
        [
            (
                "Cane cutter Viliame Rokodreu said gangs were paid $28 a tonne this season, up from $25.",
                "Viliame Rokodreu",
                "said",
                "W",
            )
        ],
        [
            (
                "“The work is hard, and the young men are going to Australia instead,” he said.",
                "Viliame Rokodreu",
                "said",
                "",
            )
        ],
        [
            (
                "Opposition MP Ms Rohini Lata Chandrapal said the delay showed the Government “has no plan for sugar”.",
                "Rohini Lata Chandrapal",
                "said",
                "",
            )
        ],
        [
            (
                "She said cane production had fallen from 1.6 million tonnes in 2022 to 1.38 million tonnes last season.",
                "Rohini Lata Chandrapal",
                "said",
                "W",
            )
        ],
        [
            (
                "Ms Chandrapal said the Opposition would move a motion on the sugar industry when Parliament sits in April.",
                "Rohini Lata Chandrapal",
                "said",
                "W",
            )
        ],
        [
            (
                "Responding on behalf of the minister, the Permanent Secretary for Sugar, Mr Vimal Anand Sharan, said the fall was due mainly to drought and that production was forecast to recover to 1.5 million tonnes this season.",
                "Vimal Anand Sharan",
                "said",
                "W",
            )
        ],
        [
            (
                "According to him, 1,900 hectares of new cane had been planted under the ministry's replanting scheme since 2024.",
                "Vimal Anand Sharan",
                "according to",
                "W",
            )
        ],
        [
            (
                "He said the ministry would announce in June whether there would be a third payment.",
                "Vimal Anand Sharan",
                "said",
                "W",
            )
        ],
        [
            (
                "Mr Sami said the union would meet growers in Nakoroiba on Saturday to decide whether to ask for one.",
                "Jitendra Pratap Sami",
                "said",
                "W",
            )
        ],
        [("Related News", "", "", "B")],
        [("Cane fires destroy 4,000 tonnes near Nakoroiba", "", "", "B")],
        [
            ("Copyright © 2026 Vanuavou News Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]


CASES = [
    (
        "n48-engr-caption-photo",
        "Deputy Governor Adegboyega Olagbegi-Ayantunji (middle) and Engr. Folasade Oyebamiji-Arogundade (left) at the flag-off in Iregbo on Monday. PHOTO: OLOSUNDE MIRROR\nThe Osun State Governor, Mr Oluwaseyi Ajetunmobi-Fakeye, has said the 31-kilometre Iregbo-Apomuje road, flagged off on Monday at a cost of N18.6bn, will be completed within 18 months.",
        [
            "Deputy Governor Adegboyega Olagbegi-Ayantunji (middle) and Engr. Folasade Oyebamiji-Arogundade (left) at the flag-off in Iregbo on Monday.",
            "PHOTO: OLOSUNDE MIRROR",
            "The Osun State Governor, Mr Oluwaseyi Ajetunmobi-Fakeye, has said the 31-kilometre Iregbo-Apomuje road, flagged off on Monday at a cost of N18.6bn, will be completed within 18 months.",
        ],
    ),
    (
        "n48-in-his-words-three-sentences",
        "In his words, “Our people in Iregbo have waited 28 years for this road. We will not disappoint them. Any contractor who fails to deliver will be shown the way out.”\nAjetunmobi-Fakeye, in the speech read on his behalf, also promised to pay N6.8bn in arrears owed to road contractors before the end of June.",
        [
            "In his words, “Our people in Iregbo have waited 28 years for this road.",
            "We will not disappoint them.",
            "Any contractor who fails to deliver will be shown the way out.”",
            "Ajetunmobi-Fakeye, in the speech read on his behalf, also promised to pay N6.8bn in arrears owed to road contractors before the end of June.",
        ],
    ),
    (
        "n48-ltd-mid-sentence",
        "She added that the contractor, Gbelemo Construction Company Ltd., had handled similar projects in three other states.\nAccording to her, the contract includes a five-year maintenance clause, and the road serves an estimated 140,000 people in Iregbo, Ita-Oloyo, Ilawe-Modu and Apomuje.",
        [
            "She added that the contractor, Gbelemo Construction Company Ltd., had handled similar projects in three other states.",
            "According to her, the contract includes a five-year maintenance clause, and the road serves an estimated 140,000 people in Iregbo, Ita-Oloyo, Ilawe-Modu and Apomuje.",
        ],
    ),
    (
        "n48-barr-statement-question-capital",
        "In a statement signed by its state Publicity Secretary, Barr. Kolawole Ogundiran-Fakorede, the party said the same road was flagged off by the previous administration in 2019 and abandoned after N2.4bn had been paid to another contractor.\n“Where did the N2.4bn go? The people of Iregbo deserve answers, not another ceremony,” the statement read.",
        [
            "In a statement signed by its state Publicity Secretary, Barr. Kolawole Ogundiran-Fakorede, the party said the same road was flagged off by the previous administration in 2019 and abandoned after N2.4bn had been paid to another contractor.",
            "“Where did the N2.4bn go?",
            "The people of Iregbo deserve answers, not another ceremony,” the statement read.",
        ],
    ),
    (
        "n48-statement-read-in-part",
        "The statement read in part: “On receipt of the distress call, the Commissioner of Police, CP Abdulmalik Okpanachi-Ebiloma, ordered the immediate deployment of operatives to the area. The operatives trailed the hoodlums to their hideout, where they engaged them in a gun duel. The victims were rescued unhurt.”\nThe CP, who commended the operatives, charged them not to relent until the fleeing suspects were arrested.",
        [
            "The statement read in part: “On receipt of the distress call, the Commissioner of Police, CP Abdulmalik Okpanachi-Ebiloma, ordered the immediate deployment of operatives to the area.",
            "The operatives trailed the hoodlums to their hideout, where they engaged them in a gun duel.",
            "The victims were rescued unhurt.”",
            "The CP, who commended the operatives, charged them not to relent until the fleeing suspects were arrested.",
        ],
    ),
    (
        "n48-asp-told-then-he-said",
        "The Divisional Police Officer in Ogbadu-Ikeje, ASP Ibrahim Shaibu-Ododo, who led the operation, told The Mid-Belt Sentinel that the camp had been in use for at least six months.\nHe said it had three huts, a store of food and a well dug by the kidnappers themselves.",
        [
            "The Divisional Police Officer in Ogbadu-Ikeje, ASP Ibrahim Shaibu-Ododo, who led the operation, told The Mid-Belt Sentinel that the camp had been in use for at least six months.",
            "He said it had three huts, a store of food and a well dug by the kidnappers themselves.",
        ],
    ),
    (
        "n48-dr-mrs-then-she-lamented",
        "The Kogi State Commissioner for Information, Dr (Mrs) Grace Ehiemere-Attah, who visited the victims at the Federal Medical Centre, Lokoja, said the state government would bear the cost of their treatment.\nShe lamented that 41 people had been kidnapped in the eastern senatorial district since January, and that 12 of them were still in captivity.",
        [
            "The Kogi State Commissioner for Information, Dr (Mrs) Grace Ehiemere-Attah, who visited the victims at the Federal Medical Centre, Lokoja, said the state government would bear the cost of their treatment.",
            "She lamented that 41 people had been kidnapped in the eastern senatorial district since January, and that 12 of them were still in captivity.",
        ],
    ),
    (
        "n48-dash-attribution-headline",
        "Cholera: 7 dead, 214 cases recorded in Esikuma-Anto Municipality — Health Directorate\nAbena Owusuaa Nkrabea\n11 March 2026, 10:42",
        [
            "Cholera: 7 dead, 214 cases recorded in Esikuma-Anto Municipality — Health Directorate",
            "Abena Owusuaa Nkrabea",
            "11 March 2026, 10:42",
        ],
    ),
    (
        "n48-in-her-words-question",
        "In her words, “One toilet serves almost 900 people in Abrekum-Nsuta. Some of them are locked at night. So where do you expect people to go?”\nDr Nyamekye-Boadum, however, said the directorate had not recorded any new death since March 6.",
        [
            "In her words, “One toilet serves almost 900 people in Abrekum-Nsuta.",
            "Some of them are locked at night.",
            "So where do you expect people to go?”",
            "Dr Nyamekye-Boadum, however, said the directorate had not recorded any new death since March 6.",
        ],
    ),
    (
        "n48-hon-cedi-quote",
        "He said the Assembly had released GH₵480,000 to the emergency committee, out of which GH₵150,000 would be used to build two 20-seater public toilets.\n“I have instructed the environmental health officers to arrest and prosecute anyone who flouts the directive. We will not joke with lives,” the MCE stated.\nOffenders face a fine of GH₵500, he said.",
        [
            "He said the Assembly had released GH₵480,000 to the emergency committee, out of which GH₵150,000 would be used to build two 20-seater public toilets.",
            "“I have instructed the environmental health officers to arrest and prosecute anyone who flouts the directive.",
            "We will not joke with lives,” the MCE stated.",
            "Offenders face a fine of GH₵500, he said.",
        ],
    ),
    (
        "n48-nana-iii-quote",
        "The chief of Abrekum-Nsuta, Nana Kwaku Essilfie-Kwegyir III, who also attended the meeting, appealed to the Assembly to complete a water project abandoned in 2022.\nHe said the community of about 7,000 people had relied on two hand-dug wells and a stream since the project stalled.\n“Our wells are shallow. When it rains, everything enters,” Nana Essilfie-Kwegyir said.",
        [
            "The chief of Abrekum-Nsuta, Nana Kwaku Essilfie-Kwegyir III, who also attended the meeting, appealed to the Assembly to complete a water project abandoned in 2022.",
            "He said the community of about 7,000 people had relied on two hand-dug wells and a stream since the project stalled.",
            "“Our wells are shallow.",
            "When it rains, everything enters,” Nana Essilfie-Kwegyir said.",
        ],
    ),
    (
        "n48-tmt-initials",
        "According to WRD Executive Engineer Tmt. G. Anbarasi, the tank, which has a capacity of 48 million cubic feet, was close to full after the area received 186 mm of rain in 36 hours.\nShe said the bund had been strengthened in 2023 at a cost of ₹1.2 crore under the State's tank rehabilitation scheme.\n“The breach occurred at the point where the surplus weir meets the bund. We suspect seepage over several days,” she said.",
        [
            "According to WRD Executive Engineer Tmt. G. Anbarasi, the tank, which has a capacity of 48 million cubic feet, was close to full after the area received 186 mm of rain in 36 hours.",
            "She said the bund had been strengthened in 2023 at a cost of ₹1.2 crore under the State's tank rehabilitation scheme.",
            "“The breach occurred at the point where the surplus weir meets the bund.",
            "We suspect seepage over several days,” she said.",
        ],
    ),
    (
        "n48-question-then-asked-initials",
        "“Had the officials acted on these petitions, 600 acres of paddy would have been saved. Who will compensate the farmers now?” Mr. Muthuvelappan asked.\nS. Ponnaiyan, secretary of the Madurai District Tank Farmers' Federation, said at least 11 tanks in the district had not been desilted in more than a decade.",
        [
            "“Had the officials acted on these petitions, 600 acres of paddy would have been saved.",
            "Who will compensate the farmers now?” Mr. Muthuvelappan asked.",
            "S. Ponnaiyan, secretary of the Madurai District Tank Farmers' Federation, said at least 11 tanks in the district had not been desilted in more than a decade.",
        ],
    ),
    (
        "n48-justice-initials-bench",
        "Meanwhile, a public interest litigation petition seeking a direction to the State to desilt and strengthen all tanks in the district is pending before the Madurai Bench of the Madras High Court.\nWhen it came up on March 4, a Division Bench comprising Justice P. Ilamvazhuthi and Justice R.N. Thayumanavar directed the WRD to file a status report by April 8.\nThe Regional Meteorological Centre in Chennai has forecast heavy rain in the district till Saturday.",
        [
            "Meanwhile, a public interest litigation petition seeking a direction to the State to desilt and strengthen all tanks in the district is pending before the Madurai Bench of the Madras High Court.",
            "When it came up on March 4, a Division Bench comprising Justice P. Ilamvazhuthi and Justice R.N. Thayumanavar directed the WRD to file a status report by April 8.",
            "The Regional Meteorological Centre in Chennai has forecast heavy rain in the district till Saturday.",
        ],
    ),
    (
        "n48-rs-dot-survey",
        "The department's own price survey, seen by the Daily Soan Ledger, put the average retail price at Rs. 2,090 per bag across the province's 36 districts.\nHowever, Punjab Flour Millers Council chairman Asim Rafiq Bhuttar rejected the government's claim, saying mills were paying Rs4,300 per 40kg for wheat in the open market against Rs3,900 a month ago.",
        [
            "The department's own price survey, seen by the Daily Soan Ledger, put the average retail price at Rs. 2,090 per bag across the province's 36 districts.",
            "However, Punjab Flour Millers Council chairman Asim Rafiq Bhuttar rejected the government's claim, saying mills were paying Rs4,300 per 40kg for wheat in the open market against Rs3,900 a month ago.",
        ],
    ),
    (
        "n48-quoted-minister-as-saying",
        "He said the minister had directed deputy commissioners to enforce the notified price of Rs1,950 per bag in all markets by Saturday.\n“There is enough wheat in the province. Anyone who hoards it will face the law,” the spokesperson quoted the minister as saying.\nThe Food Department's notification, issued on Wednesday, stated that mills found selling above the notified rate would have their wheat quota suspended.",
        [
            "He said the minister had directed deputy commissioners to enforce the notified price of Rs1,950 per bag in all markets by Saturday.",
            "“There is enough wheat in the province.",
            "Anyone who hoards it will face the law,” the spokesperson quoted the minister as saying.",
            "The Food Department's notification, issued on Wednesday, stated that mills found selling above the notified rate would have their wheat quota suspended.",
        ],
    ),
    (
        "n48-datuk-hajah-binti",
        "State Education Director Datuk Hajah Norliza binti Sapiudin said all 430 pupils would attend lessons at SK Pekan Kiuludan, 9km away, from Monday, with the state providing three buses.\nShe said the school's 31 teachers and eight support staff would also be relocated.\n“Safety comes first. We will not allow a single child into that building until JKR certifies it as safe,” she told reporters after visiting the school yesterday.",
        [
            "State Education Director Datuk Hajah Norliza binti Sapiudin said all 430 pupils would attend lessons at SK Pekan Kiuludan, 9km away, from Monday, with the state providing three buses.",
            "She said the school's 31 teachers and eight support staff would also be relocated.",
            "“Safety comes first.",
            "We will not allow a single child into that building until JKR certifies it as safe,” she told reporters after visiting the school yesterday.",
        ],
    ),
    (
        "n48-ir-family-name-first",
        "Kiuludan district Public Works Department (JKR) engineer Ir. Voo Siew Ping said a preliminary inspection found that the slope behind the school had moved about 30cm since Wednesday.\nVoo said the department would install two inclinometers on the slope and monitor it for at least three weeks.\nAccording to her, the slope was last assessed in 2022 and classified as “medium risk”.",
        [
            "Kiuludan district Public Works Department (JKR) engineer Ir. Voo Siew Ping said a preliminary inspection found that the slope behind the school had moved about 30cm since Wednesday.",
            "Voo said the department would install two inclinometers on the slope and monitor it for at least three weeks.",
            "According to her, the slope was last assessed in 2022 and classified as “medium risk”.",
        ],
    ),
    (
        "n48-syed-al-question",
        "Tambilong assemblyman Datuk Syed Azman al-Qadrani said he had raised the condition of the slope in the state assembly in November 2024.\n“The answer I got was that it was being monitored. Monitored by whom?” Syed Azman asked.",
        [
            "Tambilong assemblyman Datuk Syed Azman al-Qadrani said he had raised the condition of the slope in the state assembly in November 2024.",
            "“The answer I got was that it was being monitored.",
            "Monitored by whom?” Syed Azman asked.",
        ],
    ),
    (
        "n48-sr-comr-initials-comma",
        "East Java Police spokesman Sr. Comr. Arief Kusumawijaya said police had questioned the ship's captain, identified only by his initials, S.A., and two crew members.\nHe said the manifest listed 98 passengers, but investigators were checking accounts from survivors that more than 140 people had been on board.\nHe said investigators would also question the harbormaster who issued the ship's sailing approval.",
        [
            "East Java Police spokesman Sr. Comr. Arief Kusumawijaya said police had questioned the ship's captain, identified only by his initials, S.A., and two crew members.",
            "He said the manifest listed 98 passengers, but investigators were checking accounts from survivors that more than 140 people had been on board.",
            "He said investigators would also question the harbormaster who issued the ship's sailing approval.",
        ],
    ),
    (
        "n48-ach-regent",
        "Kembangmas Regent Ach. Mudzakkir Hasbullah said the regency administration had set up a crisis center at the port and would cover the funeral costs of the victims.\nMudzakkir said 19 of the missing were residents of Kembangmas.",
        [
            "Kembangmas Regent Ach. Mudzakkir Hasbullah said the regency administration had set up a crisis center at the port and would cover the funeral costs of the victims.",
            "Mudzakkir said 19 of the missing were residents of Kembangmas.",
        ],
    ),
    (
        "n48-ma-jr-spokesperson",
        "QPPO spokesperson Police Major Ma. Cristina dela Paz-Ylagan said the driver, identified as Reynaldo Buensuceso Jr., 52, was among the dead.\nCiting the initial police report, she said the bus was going down a curve at about 4:10 a.m. when the driver shouted that the brakes had failed.",
        [
            "QPPO spokesperson Police Major Ma. Cristina dela Paz-Ylagan said the driver, identified as Reynaldo Buensuceso Jr., 52, was among the dead.",
            "Citing the initial police report, she said the bus was going down a curve at about 4:10 a.m. when the driver shouted that the brakes had failed.",
        ],
    ),
    (
        "n48-nested-exclamation-lower-case",
        "“I heard the driver shout, ‘Walang preno! (No brakes!)’ and then everyone was screaming,” he said.\nIn a statement, Silangan Liner said it was “deeply saddened” by the accident and would shoulder the hospital and burial expenses of the victims.",
        [
            "“I heard the driver shout, ‘Walang preno! (No brakes!)’ and then everyone was screaming,” he said.",
            "In a statement, Silangan Liner said it was “deeply saddened” by the accident and would shoulder the hospital and burial expenses of the victims.",
        ],
    ),
    (
        "n48-sto-caption-credit-lead",
        "Rescuers pull passengers from the bus that fell into a ravine in Barangay Sto. Niño Ilaya, Malaguimba, Quezon, early Sunday. (Photo courtesy of Malaguimba MDRRMO)\nMALAGUIMBA, Quezon — Nine people were killed and 31 others injured when a passenger bus lost its brakes and fell into a 40-meter ravine along the Maharlika Highway in Barangay Sto. Niño Ilaya here early Sunday, police said.",
        [
            "Rescuers pull passengers from the bus that fell into a ravine in Barangay Sto. Niño Ilaya, Malaguimba, Quezon, early Sunday.",
            "(Photo courtesy of Malaguimba MDRRMO)",
            "MALAGUIMBA, Quezon — Nine people were killed and 31 others injured when a passenger bus lost its brakes and fell into a 40-meter ravine along the Maharlika Highway in Barangay Sto. Niño Ilaya here early Sunday, police said.",
        ],
    ),
    (
        "n48-s-o-d-o-names",
        "“I grabbed my mother and we took the stairs down. The lift was not working,” said Mr Saravanan, a security supervisor.\nMr Saravanan said residents of the 12-storey block waited at the void deck and a nearby coffee shop for about two hours before they were allowed back.\nHis mother, Madam Valliammai d/o Sinnathamby, 79, said it was the second fire in the block in two years.",
        [
            "“I grabbed my mother and we took the stairs down.",
            "The lift was not working,” said Mr Saravanan, a security supervisor.",
            "Mr Saravanan said residents of the 12-storey block waited at the void deck and a nearby coffee shop for about two hours before they were allowed back.",
            "His mother, Madam Valliammai d/o Sinnathamby, 79, said it was the second fire in the block in two years.",
        ],
    ),
    (
        "n48-question-tip-pte-ltd",
        "Got a story? Email us at tips@townline.sg\nRelated\nTown council to add PMD charging points in Cempedak after resident feedback\n© 2026 TownLine Media Pte. Ltd.",
        [
            "Got a story?",
            "Email us at tips@townline.sg",
            "Related",
            "Town council to add PMD charging points in Cempedak after resident feedback",
            "© 2026 TownLine Media Pte. Ltd.",
        ],
    ),
    (
        "n48-gce-ssp-initials",
        "The Criminal Investigation Department (CID) has arrested a tuition teacher and two officials attached to an examination centre in connection with the alleged leak of the G.C.E. Ordinary Level Science paper, Police said.\nPolice Media Spokesman SSP H.M.K. Dissawickrema said the suspects, aged 34, 41 and 52, were arrested in Kurunegala and Walpolakanda on Friday night.",
        [
            "The Criminal Investigation Department (CID) has arrested a tuition teacher and two officials attached to an examination centre in connection with the alleged leak of the G.C.E. Ordinary Level Science paper, Police said.",
            "Police Media Spokesman SSP H.M.K. Dissawickrema said the suspects, aged 34, 41 and 52, were arrested in Kurunegala and Walpolakanda on Friday night.",
        ],
    ),
    (
        "n48-ven-thero",
        "The chief incumbent of the Walpolakanda Sri Sudarshanaramaya temple, Ven. Kotagama Sumanawansa Thero, who is also the president of the school's past pupils' association, said the school's name had been “dragged through the mud” because of one teacher.\n“One man's greed should not be allowed to ruin 212 children,” the Thero said.",
        [
            "The chief incumbent of the Walpolakanda Sri Sudarshanaramaya temple, Ven. Kotagama Sumanawansa Thero, who is also the president of the school's past pupils' association, said the school's name had been “dragged through the mud” because of one teacher.",
            "“One man's greed should not be allowed to ruin 212 children,” the Thero said.",
        ],
    ),
    (
        "n48-am-pm-two-men",
        "He said crews had been working from 7 a.m. to 6 p.m. daily on the repairs, and a second crew would be added today.\n“We are doing everything we can,” Ferron said.\nFagan-Whitelocke said anyone who blocks a public road can be charged, but no charges were being considered over yesterday's protest.",
        [
            "He said crews had been working from 7 a.m. to 6 p.m. daily on the repairs, and a second crew would be added today.",
            "“We are doing everything we can,” Ferron said.",
            "Fagan-Whitelocke said anyone who blocks a public road can be charged, but no charges were being considered over yesterday's protest.",
        ],
    ),
    (
        "n48-statement-read-out-in-it",
        "At the same meeting, a statement from the union's president, Mr Mohammed Rafiq Bux, who is in hospital, was read out by the union's treasurer, Mr Praveen Kumar Raniga.\nIn it, Mr Bux said the union had written to the Prime Minister's Office twice since January asking for an urgent meeting on cane prices, without a reply.\n“We are not asking for charity. We are asking for a price that lets a family live,” the statement said.",
        [
            "At the same meeting, a statement from the union's president, Mr Mohammed Rafiq Bux, who is in hospital, was read out by the union's treasurer, Mr Praveen Kumar Raniga.",
            "In it, Mr Bux said the union had written to the Prime Minister's Office twice since January asking for an urgent meeting on cane prices, without a reply.",
            "“We are not asking for charity.",
            "We are asking for a price that lets a family live,” the statement said.",
        ],
    ),
]
