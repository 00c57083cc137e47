"""Hundred-and-thirty-ninth set of new hand-labelled pages for the hint engines (tuning set, round fifty-two):
twelve WHOLE pages of everyday news from twelve countries, head to tail as a reader's paste gives
them, with only a short head and tail of furniture on each, where ATTRIBUTION and SPEAKERS are the
hard part. The pages: a Kenyan weekly's website (Nakuru matatu operators strike for a second day
over a new terminus and a KSh 400 levy), a Ghanaian news site (a chief's statement, read out by his
linguist, says the stool never sold 640 acres now claimed by a family), an Indian city news site
(an overhead tank collapses at a Pune housing society, four injured), a Philippine provincial news
site (2.3 tons of dead fish pulled from a Cebu river), an Irish regional site (a Clare quarry
extension approved on appeal despite 211 objections), a Dutch English-language site (Zwolle shuts
a cycle bridge for 18 months after 14 cracks are found), a Jordanian English-language daily
(Zarqa's water supply cut to once a week from June 1), a Japanese English-language sports site (a
Brazilian coach, through an interpreter, after a 4-0 home defeat), an Australian regional site (an
Eden ocean pool stays shut as the repair bill triples to $1.5 million), a Scottish local weekly (a
Newtonmore church to close after 152 years, with a Q&A), a Sri Lankan English-language daily
(fishermen block the Galle Road over a silted harbour mouth) and a Canadian community paper (a
Manitoba municipality sues a road contractor for $1.4 million, with a five-question box).

What is hard is who says what. Pronoun chains across paragraphs with two people of the same
gender in turn (a transport executive and an owners' chairman; a ward representative after a
police commander; a district chief executive and a family head; a councillor and a quarry's
consultant; an alderwoman and a cyclists' chair; a water authority's secretary-general and his
spokesman; a mayor and a swimmers' president; a session clerk and a minister; a monk, a
cooperative president and a harbour manager; a reeve, a contractor and his lawyer). Speakers named
after the quote ("..., said Samuel Ngunjiri-Wahome, who chairs ...", "..., said Umm Fares, a
47-year-old mother of five ..., who asked to be identified by her kunya"). Titles and roles before
and after names dropped from the speaker (Togbe, Efo, Mamaga, Hon., Dr, Senior Inspector, Mayor,
Fr./Fr, Engr./Eng., Barangay Kagawad, Cllr, Alderwoman, Secretary-General, Sheikh, Mrs/Mrs., the
Rev, Ven. ... Thero, Chief Inspector, Cr, Coun., Reeve), while regnal numbers ("Gbedzo Akpaku IV",
"Dzidzor Agbozo II"), "Ma." and "Sta." ("Ma. Teresita Ygoña", "Jerome Sta. Ana"), initials ("W.A.
Sunil Samaradiwakara", "K.P. Rohana Ilukpitiya") and the particles "arap", "dela", "de", "van",
"ter", "dos", "Ní", "Mac", "Ó", "al-" and "Abu" stay in the name, capitalised at a sentence start
("Arap Kibosia said", "Dela Cerna said", "De Groot said", "Van Ommeren said", "Ter Welle wrote",
"Dos Anjos, 52, ...", "Al-Shawabkeh, answering questions ..."). People sharing a surname: a chief
and his son ("The younger Akpaku"), a father and daughter ("Nikita, speaking from her hospital
bed, said", "The elder Ketkar said"), a builder and his son, two unrelated footballers named in
full each time ("The captain said"), a father and son ("The younger Ferrandino said"). Descriptive
references resolved to the person ("the Brazilian said", "the Thero said", "the monk said", "the
chief said in the statement", "The mayor said"). "according to" with an FIR, a decision,
inspection and traffic reports, council documents, a statement of claim, correspondence on an
appeal file, an environmental statement, a complaints log, land records, league data and ministry
figures; documents with their own verbs ("The notice ... says nothing about", "the figures show",
"The documents say", "The plan says", "The executive's letter says", "The city estimates").
Statements read out by someone else carry their author: a chief's statement read by his linguist,
a secretary-general's read by his spokesman, an MP's message read by his private secretary, while
the reader is named with no speaker ("Tsiami Hlortsi ... took no questions", "The secretary, ...,
left before the protest ended") and a presbytery statement read by a session clerk gives "The
presbytery said". "the statement said", "the statement continued", "the report said", "The
inspector's report said" and "The statement said" are kept as written. Filings and posts ("wrote on
X", "said in a Facebook post", "said in a post on Facebook", "said in a post on LinkedIn", "wrote on
Instagram", "said in a post on Instagram", "said in a message", "said in an email", "wrote in an
affidavit", "In a later post, she said"). Q&A blocks on three pages ("Q:"/"A:" and the name prefix
"SUTHERLAND-GOW:"), with questions citing a source ("Some members say ...", "Q: Mr. Dueck says it
was the weather."). Quotes running over two paragraphs. An interpreter ("Speaking through an
interpreter ..., the Brazilian said", "he said through Kanemitsu", the interpreter named as a
subject with no speaker). Unnamed sources kept as written ("A senior official in the county's
finance department", "A person close to the club's board", "A presbytery source", "A neighbour"),
with "He said" after one resolving to it. And sentences that look attributed but are not: "said
to be", "said to hold", "described as", "the so-called", "what it calls", "what it called", "what
one called", "which many residents call", "what locals call", "what they call", "taken to
calling"; people named beside speakers who do not speak ("Dela Cerna did not name the piggery.",
"Fr. Jerome Sta. Ana ... led prayers"); two corrections whose reporting verb has the story itself
as subject ("An earlier version of this article said ...", "An earlier version of this story said
...") with no speaker; and plain narration.

The pages hold 519 sentences: 87 "B", 250 "W" and 182 ""; 344 sentences carry a speaker (147
distinct speakers). `STYLES` describes each page, its story, its speakers and its furniture in
order; `CASES` holds 30 split cases cut from the pages (titles, initials and "Ma."/"Sta." inside a
name, "Hon.", "Engr.", "Eng.", "Corp.", "Ltd.", "Feb. 26", "Rs. 600,000" and "6 a.m." mid-sentence,
"6.40 pm." and "50 km/h." ending one, questions and colon quotes with their attribution, quotes
split into short sentences, an ellipsis before a lower-case word, single curly quotes, a correction
line, an email ask).

Written from scratch for issue 13 in round fifty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py`, `test_*.py`,
`hint_scores.py` or README was opened, and no engine, scorer or test was run. What was read: the
brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only,
the docstrings, `STYLES`, page and sentence counts, the first page's first fifteen sentences and
the first two cases of `labelled_new135.py` and `labelled_new136.py`. Coined names were checked for
freshness with `grep -rlF` file counts over `tests/text`; the ones that hit (two outlets and some
thirty surnames) were replaced before any page was written out.

Every person, outlet, firm, group, club, society, trust, church, bridge, statement, filing, post
and figure is invented. Real countries, regions, cities, towns, rivers, roads, courts, parliaments,
ministries, agencies and councils appear only as settings, with invented statements and figures:
Nakuru, Kenyatta Avenue, Lanet Road, Free Area and Biashara; the Volta Region, Kpeve, South Dayi,
Ho, Hohoe and Accra, the Lands Commission and the Volta Regional House of Chiefs; Pune, Hadapsar,
Kothrud and the Pune Municipal Corporation; Cebu, Carmen, the Luyang River, Barangay Baring and the
Bureau of Fisheries and Aquatic Resources; County Clare, Tulla, Ennis, Dublin, Clare County Council
and An Coimisiún Pleanála; Zwolle, Stadshagen and the Zwarte Water; Amman, Zarqa, the Disi aquifer,
the Water Authority of Jordan and the Ministry of Water and Irrigation; Shizuoka; Eden, Aslings
Beach, New South Wales and Bega Valley Shire Council; Newtonmore, Laggan, Inverness and the Church
of Scotland; Galle, Dodanduwa, Hikkaduwa, the Galle Road, the Ceylon Fishery Harbours Corporation
and the Department of Fisheries and Aquatic Resources; Taché, Lorette, Winnipeg, the Court of
King's Bench and Manitoba Transportation and Infrastructure.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` and
of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". Furniture is "B" line by line and never carries a speaker; a headline's or standfirst's
"says" carries the speaker as the story first gives it.

Conventions this set had to settle, in the same spirit:

* An interpreter is like the reader of a statement: the words are the speaker's. "Speaking through
  an interpreter ..., the Brazilian said" carries the coach with "said" (the fronted phrase is left
  out of the cue, as "In a statement read ... by" is); "he said through Kanemitsu" keeps the whole
  expression as the cue; a sentence about the interpreter carries no speaker.
* A religious or traditional title after the name is dropped like one before it ("Ven. Piyadigama
  Gnanaloka Thero" -> "Piyadigama Gnanaloka"), and "the Thero said" resolves to him; a regnal
  number stays, like "Jr."; a kunya ("Umm Fares", "Abu Ahmad") is the name as given.
* "the statement said", "the statement continued" and "the report said" keep the document as
  written even when its author was named in the sentence before; "the chief said in the statement"
  and "al-Faqih said in the statement" carry the person.
* A body with a proper name loses its article ("The Lands Commission said" -> "Lands Commission",
  "The Creag Dhubh Community Trust said" -> "Creag Dhubh Community Trust"); generic nouns are kept
  as written ("the municipality", "The city", "the authority", "The club", "The presbytery", "the
  RM", "The association", "the cooperative society").
* "Not so, according to Ní Dhálaigh." carries her with "according to"; "Ilukpitiya rejected that,
  saying ..." carries him with "saying"; "He called the move ..." and "called the closure ..."
  carry the speaker with "called".
* A correction or clarification line whose reporting verb has the story itself as subject ("An
  earlier version of this article said ...") carries no speaker and is "" (it reports what the page
  said, not a claim); the corrected figure that follows is "W".
* "it said" resolves to the body that is the subject of its own sentence when it has one ("The
  Bureau of Fisheries and Aquatic Resources in Central Visayas (BFAR-7) has taken ..., it said").
"""

from tests.text.labelled_articles import build  # noqa: F401

STYLES = [
    'Kenyan WEEKLY\'s website (Nakuru), phone browser paste, a MATATU STRIKE: operators stay off the roads for a second day over the county\'s move to a new terminus and a KSh 400 levy. Head: masthead in capitals, hamburger menu, section path with a slash (all "B"); headline of record "W"; standfirst "County transport chief says ..." carrying him "W"; byline with "and", weekday date line "B". Body: "NAKURU —" lead of record "W" with no speaker; the transport executive with the particle "arap" ("Arap Kibosia said" at a sentence start resolves to "Joel arap Kibosia"), "told reporters" in a two-sentence quote; the owners\' chairman named after his quote ("..., said Samuel Ngunjiri-Wahome, who chairs ...") and "He called the move" with "called"; "The association says" kept as written; two men alternating over five paragraphs ("He said", "he said", "Page two,” he said."); "The notice ... says nothing about" carrying the notice; an unnamed finance official; "what it calls" and "The so-called" with no speaker; "according to a county traffic survey"; a commuter named after her quote; "according to police" and "said to be" with no speaker; a police commander who "urged"; a ward representative who "wrote on X" and "In a later post, she said" (two women in turn). Tail: a read-next link and a footer strip "B".',
    'Ghanaian NEWS SITE (Volta Region), desktop browser paste, a CHIEFTAINCY LAND DISPUTE over 640 acres at Kpeve. Head: masthead in capitals, menu with pipes, section path with › (all "B"); headline "..., chief says" carrying the chief "W"; "Written by" byline and date line "B". Body: "Togbe" dropped and the regnal number kept ("Gbedzo Akpaku IV"); "In a statement read on his behalf by his linguist, ..., Togbe Akpaku said" carrying the chief, not the reader, with "said"; "the chief said in the statement" carrying him; "the statement continued" kept as written; the linguist named with no speaker ("took no questions"); the chief\'s son, same surname, "called" and "The younger Akpaku"; the family head with "Efo" dropped, "told Volta Daybreak" and a three-sentence quote; an indenture "described as" with no speaker and "It does not give" with none; "According to records at the Lands Commission\'s Ho office"; "The Lands Commission said in a statement" without the article and "the statement said" kept as written; the district chief executive with "Hon." dropped and the family head, two men alternating ("he asked" after a question inside the quote, one sentence); the police command and "It said" resolved to it; an unnamed senior officer; the queen mother with "Mamaga" dropped who "appealed"; a farmer named after her quote; "what it called" with no speaker. Tail: an also-on link and a copyright line in two sentences "B".',
    'Indian CITY NEWS SITE (Pune), app share paste, a WATER TANK COLLAPSE at a Hadapsar housing society, four injured. Head: a shared-from-app line, masthead in capitals, city label, desk byline, an Updated line with IST (all "B"); headline of record "W". Body: lead "police said" "W"; "said to hold" with no speaker and "6.40 pm." ending a sentence before "Residents said"; a father and daughter sharing a surname ("Arvind Ketkar said", "Nikita, speaking from her hospital bed, said" resolved by the given name, "The elder Ketkar said"); a builder and his son sharing a surname (the father "did not respond to calls and messages", the son "said in a message" and "Kunal Mohite said"); an elderly resident named after her quote; "According to the FIR"; a senior inspector with the rank dropped; an unnamed senior police officer; "the report said" kept as written and "residents said" after "a copy of which has been seen by"; the municipal corporation without the article and "The civic body has asked" as an act with no speaker; a doctor with "Dr" dropped and "She said" (two women in turn); a corporator who "wrote on X"; "Fire brigade officials said". Tail: an also-read link and an app prompt "B".',
    'Philippine PROVINCIAL NEWS SITE (Cebu), phone browser paste, a FISH KILL in the Luyang River in Carmen. Head: masthead in capitals, menu line, province label, byline with "Ma.", Published line (all "B"); headline of record "W". Body: "CARMEN, Cebu —" lead with "the municipal agriculture office said" kept as written; "it said" resolved to the bureau that is the subject of its own sentence; the barangay captain ("he said in Cebuano" over a quote split before a one-word sentence) and the mayor with "dela" ("Dela Cerna said" at a sentence start), two men alternating; "Asked whether ..., he said: “...”"; "Dela Cerna did not name the piggery." with no speaker; a farm\'s statement with "Corp." mid-sentence and "the statement said"; the priest "Fr. Jerome Sta. Ana" ("Sta." part of the name) leading prayers with no speaker, then "In his homily at the 6 a.m. Mass, he said" and "told the Tribune" over a quote that runs into a second paragraph; the regional director with "Engr." dropped and "Ma." kept; a barangay councillor with "Kagawad" dropped who "said in a Facebook post" and "She said" (two women in turn); an environment officer; an unnamed provincial official; a fisherman named after a quote with an ellipsis before a lower-case word; "according to residents"; a provincial office that "did not respond to a request for comment". Tail: a READ link and a copyright strip "B".',
    'Irish REGIONAL NEWS SITE (Co. Clare), desktop browser paste, a QUARRY EXTENSION granted on appeal despite 211 objections; single curly quotes throughout. Head: masthead in capitals, menu with wide spaces, byline, date line with time (all "B"); headline of record "W". Body: decision and history of record with no speaker; "According to the decision" and "The inspector\'s report said" kept as written; the councillor with "Cllr" dropped and the particle "Ní" kept, a quote split into three sentences and a second quote running into a following paragraph ("a planning body in Dublin says" inside her quote still hers); the company without a descriptor and its consultant with the particle "Mac", two women alternating ("Ní Dhálaigh said", "Mac Conmara said", "she said"), and "Not so, according to Ní Dhálaigh." carrying her; a campaign group whose descriptor is dropped, "said in a post on Facebook"; its chairperson with "de" ("De Staic said"); "according to the company\'s environmental statement"; "what one called" with no speaker; a farmer named after his quote; an unnamed source close to the company; the county council; a TD named only inside "according to correspondence on the appeal file" and later "did not respond to a request for comment" with "Ó" kept; the parish priest with "Fr" dropped. Tail: a share line and copyright "B".',
    'Dutch ENGLISH-LANGUAGE NEWS SITE (Zwolle), reader-view paste, a CYCLE BRIDGE CLOSED for 18 months after cracks are found. Head: the domain, headline of record "W" (reader view keeps no standfirst), outlet and author line, reading time "B". Body: "the municipality said" kept as written; the alderwoman with the particle "de" ("De Groot said" at a sentence start) and the cyclists\' group chair with "van" ("Van Ommeren said"), two women alternating; "told a council committee"; "According to the inspection report", "The report said" and "It was carried out by ..." with no speaker; "Asked whether ..., she said: “...”" and "De Groot replied"; "the city said" and "The city estimates"; "according to a letter from the executive to the council" and "The executive\'s letter says"; a quote of two sentences around "Van Ommeren said"; a bus operator; an unnamed council official; an engineer with "ter" who "said in a post on LinkedIn", "Ter Welle wrote" and "did not respond to a request for an interview"; a party leader who "called" the closure; a resident named after his quote; "so-called" with no speaker; a correction whose "An earlier version of this article said" carries no speaker (""), its corrected figure "W". Tail: a two-sentence support ask "B".',
    'Jordanian ENGLISH-LANGUAGE DAILY (Amman), desktop browser paste, WATER RATIONING in Zarqa cut to once a week from June 1. Head: masthead in capitals, menu with wide spaces, section label, byline, weekday date line (all "B"); headline of record "W". Body: the Water Authority of Jordan without the article; "In a statement read to reporters by the authority\'s spokesman, ..., Secretary-General Eng. Rami al-Faqih said" carrying the secretary-general ("Eng." dropped, "al-" kept lower-case mid-name) and "al-Faqih said in the statement"; "which the authority said" kept as written; the spokesman answering questions in his own name ("Al-Shawabkeh" at a sentence start), a colon quote and a quote running into a second paragraph, two men alternating; "ministry figures" and "the figures show"; an unnamed senior official and "He said" resolved to him; a mother identified by her kunya ("Umm Fares") and an unnamed neighbour; "which many residents call" with no speaker; an imam with "Sheikh" dropped and "Abu" kept; an MP who "wrote on X" then "In a later post, she said"; "according to the authority", "according to the governorate\'s complaints log"; a shopkeeper named after his quote; a driver by his kunya; "The authority says"; "The statement said" kept as written. Tail: a related link and a two-sentence copyright "B".',
    'Japanese ENGLISH-LANGUAGE SPORTS SITE (Shizuoka), phone browser paste, a FOOTBALL COACH\'s NEWS CONFERENCE after a 4-0 home defeat, answers given through an interpreter. Head: masthead in capitals, menu with pipes, byline, date line with JST ("B"); headline "‘...,’ says Dos Anjos ..." carrying the coach "". Body: the coach with "dos" ("Dos Anjos" at a sentence start); "Speaking through an interpreter ..., the Brazilian said" carrying the coach with "said"; the interpreter named with no speaker; "he said through Kanemitsu" carrying the coach; two unrelated players who share a surname, named in full each time, "The captain said" resolving to one of them and "he said" after his quote; the rival coach and his striker (the striker\'s goals with no speaker); "The club said in a statement" and "the statement said" kept as written; the president who "declined to comment"; an unnamed person close to the board; "according to league data"; a player who "said in a post on Instagram". A news-conference transcript: an introducing note "B", questions "Q:" with no speaker, answers "A:" carrying the coach. Tail: the next fixture "", a more-football link and copyright "B".',
    'Australian REGIONAL NEWS SITE (NSW far south coast), desktop browser paste, an OCEAN POOL CLOSURE in Eden as the repair bill triples. Head: masthead in capitals, breadcrumb with slashes ("B"); headline of record "W"; standfirst "Swimmers\' group says ..." carrying the group "W"; "Words by" byline and an Updated line "B". Body: "Bega Valley Shire Council says" at the end of the lead; "said to be" with no speaker; the mayor with "Mayor" dropped and the swimming group\'s president, two women alternating ("The mayor said", "Dwyer-Blanch said", "She said", "she said"); "According to council documents", "The documents say", "the documents say" and "according to the documents"; "said in a post on the group\'s Facebook page"; a father and son sharing a surname ("who says", "His son, ..., said", "The younger Ferrandino said", "Graham Ferrandino said", a three-sentence quote with "Luke Ferrandino said"); a council spokesperson; a spokesman for a state minister kept as written; a councillor with "Cr" dropped who "wrote on Instagram"; "what locals call" with no speaker; a kiosk owner named after her quote. Tail: a news-tip ask in two sentences and copyright "B".',
    'Scottish LOCAL WEEKLY\'s site (Badenoch), desktop browser paste, a CHURCH CLOSURE after 152 years under a presbytery plan. Head: masthead in capitals, menu with pipes, byline, ordinal date line ("B"); headline of record "W". Body: the presbytery\'s statement read out by the session clerk (the sentence that reports the reading carries no speaker); "The presbytery said" and "the statement said" kept as written; the clerk with "Mrs" dropped and the minister with "the Rev" dropped, two women alternating; "According to the presbytery\'s plan" and "The plan says"; the clerk\'s quote running over two paragraphs ("a committee in Inverness decides" inside it still hers). A Q&A with the minister: an introducing note in two sentences "B", questions "Q:" with no speaker except "Some members say ..." carrying "Some members", answers under the name prefix "SUTHERLAND-GOW:" (its later sentences carrying the same cue). Then a community trust without the article and "Its chairman"; an unnamed presbytery source; the presbytery\'s clerk who "did not respond to a request for comment". Tail: a letters line and a two-sentence copyright "B".',
    'Sri Lankan ENGLISH-LANGUAGE DAILY (Galle), desktop browser paste, a FISHERMEN\'S PROTEST on the Galle Road over a silted harbour mouth. Head: masthead in capitals, menu with pipes, section label, "By Our Galle Correspondent", date line with 00:00 ("B"); headline of record "W". Body: lead with no speaker; "1.30 p.m., Hikkaduwa Police said" as one sentence; a monk with "Ven." before and "Thero" after the name (both dropped), "told the crowd", "the Thero said" and "the monk said" resolving to him; the cooperative society\'s president with initials ("W.A. Sunil ...") and "Rs. 600,000" mid-sentence, and the harbour manager with "Eng." dropped and initials, two men alternating ("Samaradiwakara said", "he said", "Ilukpitiya rejected that, saying"); "the cooperative society says" kept as written; "what they call" with no speaker; an MP\'s message "read to the protesters by his private secretary" carrying the MP, the secretary named with no speaker; the corporation\'s statement, "It said" and "the statement said"; an unnamed ministry official "who declined to be named"; "police said"; a chief inspector with the rank dropped; the divisional secretary with "Mrs." dropped; a boat owner named after his quote and a crewman\'s wife. Tail: a print/email strip and a company line ending in "(Pvt) Ltd." "B".',
    'Canadian COMMUNITY NEWSPAPER (southeastern Manitoba), desktop browser paste, a MUNICIPALITY SUES a road contractor for $1.4 million. Head: masthead in capitals, menu with pipes, byline, Posted line with "Mar." ("B"); headline of record "W". Body: "The Rural Municipality of Taché ..., saying" carrying the municipality without the article; "In a statement of claim filed Feb. 26 ..., the RM alleges" with "Ltd." mid-sentence; "which it says" carrying "The RM"; "According to the statement of claim"; "None of the allegations has been tested in court." with no speaker; the public works manager who "wrote in an affidavit" and "Letkeman wrote"; the contractor\'s owner and his lawyer who "said in an email" and "She said". A "Five questions for the reeve" box: title and introducing note "B" ("Reeve" dropped from the speaker), questions "Q:" with no speaker except "Q: Mr. Dueck says it was the weather." carrying the owner, answers "A:" carrying the reeve ("50 km/h." ending the box\'s last full answer). Then "De Montigny said"; a councillor with "Coun." dropped who "did not respond to a request for comment"; "taken to calling" with no speaker; a resident named after her quote; a provincial spokesperson kept as written; a clarification whose "An earlier version of this story said" carries no speaker. Tail: a copyright line and a publisher line ending in "Inc." "B".',
]

ARTICLES = [
    [
        [
            ("MENENGAI WEEKLY", "", "", "B"),
        ],
        [
            ("☰   Counties   Politics   Business   Sport   Opinion   Subscribe", "", "", "B"),
        ],
        [
            ("Counties / Nakuru", "", "", "B"),
        ],
        [
            ("Matatus stay off Nakuru roads for a second day as terminus row deepens", "", "", "W"),
        ],
        [
            (
                "County transport chief says the move to the Lanet Road terminus is final",
                "Joel arap Kibosia",
                "says",
                "W",
            ),
        ],
        [
            ("By Njeri Ngacha and Felix Adhola", "", "", "B"),
        ],
        [
            ("Thursday, March 11, 2027", "", "", "B"),
        ],
        [
            (
                "NAKURU — Thousands of commuters walked to work for a second day on Wednesday as matatu operators kept their vehicles off the roads in protest at the county's order to move them out of the town centre.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The strike began at dawn on Tuesday, a day after the county closed the old stage off Kenyatta Avenue and directed all 41 town routes to a new terminus on Lanet Road, about 3.5 kilometres away.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Roads and Transport executive Joel arap Kibosia said on Wednesday that the relocation was final and that no matatu would be allowed to pick up passengers in the town centre after March 15.",
                "Joel arap Kibosia",
                "said",
                "W",
            ),
            (
                "“The new terminus has 420 bays, toilets, lighting and a police post.",
                "Joel arap Kibosia",
                "told reporters",
                "W",
            ),
            (
                "The old stage had none of those things,” he told reporters.",
                "Joel arap Kibosia",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "Arap Kibosia said the county had spent KSh 186 million building the terminus, money he said the county assembly had approved in the 2025/26 budget.",
                "Joel arap Kibosia",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We were told on a Friday evening and the stage was closed on the Monday morning,” said Samuel Ngunjiri-Wahome, who chairs the Nakuru Matatu Owners' Welfare Association.",
                "Samuel Ngunjiri-Wahome",
                "said",
                "W",
            ),
            ("He called the move “an ambush”.", "Samuel Ngunjiri-Wahome", "called", ""),
        ],
        [
            (
                "The association says it represents the owners of about 1,300 vehicles.",
                "The association",
                "says",
                "W",
            ),
            (
                "Ngunjiri-Wahome said the new terminus was too far from the main market and the hospital for passengers to walk, and that operators would lose at least a third of their daily trips.",
                "Samuel Ngunjiri-Wahome",
                "said",
                "",
            ),
        ],
        [
            (
                "He said operators were also being asked to pay a new daily levy of KSh 400 per vehicle on top of the KSh 300 they already paid in stage fees.",
                "Samuel Ngunjiri-Wahome",
                "said",
                "W",
            ),
        ],
        [
            (
                "Arap Kibosia said the two charges had been merged.",
                "Joel arap Kibosia",
                "said",
                "W",
            ),
            (
                "“There is one levy, and it replaces the stage fee.",
                "Joel arap Kibosia",
                "said",
                "W",
            ),
            (
                "Anyone telling drivers they will pay twice is misleading them,” he said.",
                "Joel arap Kibosia",
                "said",
                "",
            ),
        ],
        [
            (
                "Ngunjiri-Wahome, reached by phone later on Wednesday, said the county's own notice listed both charges.",
                "Samuel Ngunjiri-Wahome",
                "said",
                "W",
            ),
            ("“Read it yourself.", "Samuel Ngunjiri-Wahome", "said", ""),
            ("Page two,” he said.", "Samuel Ngunjiri-Wahome", "said", ""),
        ],
        [
            (
                "The notice, dated February 26, sets a “daily parking and loading levy” of KSh 400 per vehicle and says nothing about the stage fee.",
                "The notice",
                "says",
                "W",
            ),
        ],
        [
            (
                "A senior official in the county's finance department, who asked not to be named because he was not authorised to speak to the media, said the county expected to collect about KSh 14 million a month from the levy.",
                "A senior official in the county's finance department",
                "said",
                "W",
            ),
        ],
        [
            ("The county began what it calls a “decongestion plan” in January.", "", "", "W"),
            (
                "According to a county traffic survey, an average matatu took 38 minutes to cross the town centre at the evening peak in December.",
                "a county traffic survey",
                "According to",
                "W",
            ),
        ],
        [
            (
                "“I walked for an hour and twenty minutes this morning.",
                "Grace Omondi-Ager",
                "said",
                "W",
            ),
            (
                "My feet are finished,” said Grace Omondi-Ager, 34, a cashier at a supermarket on Kenyatta Avenue.",
                "Grace Omondi-Ager",
                "said",
                "",
            ),
            (
                "Omondi-Ager, who lives in Free Area, said boda boda riders had doubled their fare to the town centre to KSh 200.",
                "Grace Omondi-Ager",
                "said",
                "W",
            ),
        ],
        [
            (
                "By mid-morning the queue for the county's shuttle buses at the Lanet Road terminus stretched past the gate and along the verge.",
                "",
                "",
                "",
            ),
            (
                "The so-called “Lanet shuttle”, three buses the county hired last week, is supposed to carry passengers into town every 15 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Four people were arrested on Tuesday after a scuffle between drivers and county enforcement officers near the old stage, according to police.",
                "police",
                "according to",
                "W",
            ),
            (
                "One of them, said to be a senior member of the association, was released on a cash bail of KSh 10,000 on Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nakuru East police commander Beatrice Cheptoo-Mibey urged both sides to keep the peace.",
                "Beatrice Cheptoo-Mibey",
                "urged",
                "",
            ),
            (
                "“We will not allow anyone to block roads or harass passengers,” she said.",
                "Beatrice Cheptoo-Mibey",
                "said",
                "",
            ),
        ],
        [
            (
                "Biashara ward representative Dorcas Sirma-Rotich wrote on X that the county had “not built a single shade” for passengers at the new terminus.",
                "Dorcas Sirma-Rotich",
                "wrote on X",
                "W",
            ),
            (
                "In a later post, she said she would table a motion in the county assembly next week to suspend the move.",
                "Dorcas Sirma-Rotich",
                "said",
                "",
            ),
        ],
        [
            (
                "Arap Kibosia said talks with the association would resume on Friday.",
                "Joel arap Kibosia",
                "said",
                "",
            ),
            (
                "Ngunjiri-Wahome said operators would stay off the roads until the old stage was reopened.",
                "Samuel Ngunjiri-Wahome",
                "said",
                "",
            ),
        ],
        [
            (
                "Read next: Nakuru assembly passes KSh 18.9 billion budget after all-night sitting",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Menengai Weekly  ·  About  ·  Advertise  ·  Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("VOLTA DAYBREAK", "", "", "B"),
        ],
        [
            (
                "Home | News | Regions | Politics | Business | Sports | Features | Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Regional", "", "", "B"),
        ],
        [
            (
                "Stool never sold disputed Kpeve farmlands, chief says",
                "Gbedzo Akpaku IV",
                "says",
                "W",
            ),
        ],
        [
            ("Written by Elikem Amekudzi", "", "", "B"),
        ],
        [
            ("March 4, 2027", "", "", "B"),
        ],
        [
            (
                "The paramount chief of the Kpeve Traditional Area, Togbe Gbedzo Akpaku IV, says the stool has never sold or leased the 640 acres of farmland now at the centre of a dispute with a family in the area.",
                "Gbedzo Akpaku IV",
                "says",
                "W",
            ),
        ],
        [
            (
                "In a statement read on his behalf by his linguist, Tsiami Kofi Hlortsi, at a press conference at the palace on Tuesday, Togbe Akpaku said the stool's records showed the land had been held “in trust for all the people of Kpeve” since 1958.",
                "Gbedzo Akpaku IV",
                "said",
                "W",
            ),
            (
                "“The stool does not sell the land of its people, and it has not started now,” the chief said in the statement.",
                "Gbedzo Akpaku IV",
                "said in the statement",
                "W",
            ),
        ],
        [
            (
                "“We call on the Amedzro family to come to the palace, as our fathers did, and let the elders settle this matter,” the statement continued.",
                "the statement",
                "continued",
                "",
            ),
        ],
        [
            (
                "Tsiami Hlortsi, who read the statement in Ewe before an English copy was handed to journalists, took no questions.",
                "",
                "",
                "",
            ),
            (
                "About 200 people, many of them farmers from the disputed land, gathered under the palace's mango trees during the reading.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Speaking to journalists afterwards, the chief's eldest son, Mawunyo Akpaku, called the family's claim “a paper story”.",
                "Mawunyo Akpaku",
                "called",
                "",
            ),
            (
                "The younger Akpaku, a lawyer in Accra, said the stool would go to court if a mediation committee found in the family's favour.",
                "Mawunyo Akpaku",
                "said",
                "",
            ),
        ],
        [
            (
                "The head of the Amedzro family, Efo Kwami Amedzro, told Volta Daybreak on Wednesday that his grandfather bought the land from the stool in 1962 and that the family had farmed it ever since.",
                "Kwami Amedzro",
                "told Volta Daybreak",
                "W",
            ),
            ("“We have the indenture.", "Kwami Amedzro", "said", "W"),
            ("We have the receipts.", "Kwami Amedzro", "said", "W"),
            ("We have sixty years of cassava on that land,” he said.", "Kwami Amedzro", "said", ""),
        ],
        [
            (
                "Amedzro, 71, a retired teacher, has led the family since his elder brother died in 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The indenture, a copy of which was seen by Volta Daybreak, is dated May 4, 1962, and bears a thumbprint described as that of Togbe Akpaku II, the current chief's grandfather.",
                "",
                "",
                "W",
            ),
            ("It does not give the size of the land.", "", "", "W"),
        ],
        [
            (
                "According to records at the Lands Commission's Ho office, no lease or sale of the land has been registered by either party.",
                "records at the Lands Commission's Ho office",
                "According to",
                "W",
            ),
            (
                "The Lands Commission said in a statement last month that it had received applications for registration from both the stool and the family.",
                "Lands Commission",
                "said in a statement",
                "W",
            ),
            (
                "“Until the matter is resolved, the Commission will not register any interest in the land,” the statement said.",
                "the statement",
                "said",
                "W",
            ),
        ],
        [
            (
                "The South Dayi District Chief Executive, Hon. Mawuli Kwesi Agbemava, said the district assembly had set up a five-member committee to mediate.",
                "Mawuli Kwesi Agbemava",
                "said",
                "W",
            ),
            (
                "He said the committee, chaired by a retired High Court judge, would report by the end of April.",
                "Mawuli Kwesi Agbemava",
                "said",
                "",
            ),
        ],
        [
            ("Amedzro said the family would not take part.", "Kwami Amedzro", "said", ""),
            (
                "“How can the man who wants our land choose the judge?” he asked.",
                "Kwami Amedzro",
                "asked",
                "",
            ),
        ],
        [
            (
                "Agbemava said the committee's members had been proposed by the Volta Regional House of Chiefs, not by the chief.",
                "Mawuli Kwesi Agbemava",
                "said",
                "W",
            ),
            (
                "“Nobody on that committee is from Kpeve,” he said.",
                "Mawuli Kwesi Agbemava",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Volta Regional Police Command said two people were arrested on February 19 after a clash on the land in which a farmer suffered machete wounds.",
                "Volta Regional Police Command",
                "said",
                "W",
            ),
            ("It said both had been granted bail.", "Volta Regional Police Command", "said", "W"),
            (
                "A senior officer at the command, who asked not to be named, said detectives were also investigating the burning of a farmhouse on the land in January.",
                "A senior officer at the command",
                "said",
                "W",
            ),
        ],
        [
            (
                "The queen mother of the traditional area, Mamaga Dzidzor Agbozo II, appealed to the youth of both sides to stay off the land until the committee reports.",
                "Dzidzor Agbozo II",
                "appealed",
                "",
            ),
        ],
        [
            (
                "“My maize is ready and I cannot go there to harvest it,” said Yawa Kumordzi, 47, who farms four acres of the disputed land under an arrangement with the Amedzro family.",
                "Yawa Kumordzi",
                "said",
                "",
            ),
            (
                "Kumordzi said she paid the family GH₵1,200 a year for the plot.",
                "Yawa Kumordzi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The dispute flared last year after the stool allocated 150 acres to a company for what it called a “model cocoa farm”.",
                "",
                "",
                "W",
            ),
            ("The company has not started work on the site.", "", "", "W"),
            ("Efforts to reach its managing director were unsuccessful.", "", "", ""),
        ],
        [
            ("ALSO ON VOLTA DAYBREAK: Hohoe assembly approves GH₵4.2m market project", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Volta Daybreak.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the Sinhagad Courier app", "", "", "B"),
        ],
        [
            ("SINHAGAD COURIER", "", "", "B"),
        ],
        [
            ("PUNE", "", "", "B"),
        ],
        [
            ("Overhead tank collapses at Hadapsar housing society, four injured", "", "", "W"),
        ],
        [
            ("Courier News Desk", "", "", "B"),
        ],
        [
            ("Updated: Mar 22, 2027, 09:14 IST", "", "", "B"),
        ],
        [
            (
                "Four residents of a housing society in Hadapsar were injured on Saturday evening when an overhead water tank on the roof of one of its buildings collapsed, sending concrete and water onto a children's play area below, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The tank, said to hold around 40,000 litres, gave way at about 6.40 pm.",
                "",
                "",
                "W",
            ),
            (
                "Residents said the play area had been crowded only minutes earlier.",
                "Residents",
                "said",
                "",
            ),
        ],
        [
            (
                "Among the injured is 19-year-old Nikita Ketkar, a second-year engineering student, who suffered a fracture to her left leg.",
                "",
                "",
                "W",
            ),
            (
                "Her father, Arvind Ketkar, is the secretary of the Sahyadri Vihar Cooperative Housing Society.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I heard a crack like a gunshot and then the water came down the stairwell like a river,” Arvind Ketkar said at the hospital on Sunday.",
                "Arvind Ketkar",
                "said",
                "",
            ),
            (
                "He said the society had written to the builder about cracks in the tank's base three times since 2024.",
                "Arvind Ketkar",
                "said",
                "W",
            ),
            ("“Three letters.", "Arvind Ketkar", "said", "W"),
            ("Not one reply,” he said.", "Arvind Ketkar", "said", "W"),
        ],
        [
            (
                "Nikita, speaking from her hospital bed, said she had gone up to the terrace to bring down her younger cousin.",
                "Nikita Ketkar",
                "said",
                "",
            ),
            ("“I was lucky.", "Nikita Ketkar", "said", ""),
            (
                "Two of the aunties were standing right under it,” she said.",
                "Nikita Ketkar",
                "said",
                "",
            ),
        ],
        [
            (
                "“Our children play there every evening,” said Sulabha Deodhar, 68, who spoke in Marathi.",
                "Sulabha Deodhar",
                "said",
                "",
            ),
            (
                "Deodhar, who has lived in the society since it was built, said the tank had been leaking for “at least two monsoons”.",
                "Sulabha Deodhar",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the FIR, which was registered at Hadapsar police station late on Saturday, the builder and two of his engineers have been booked for causing hurt by a negligent act.",
                "the FIR",
                "According to",
                "W",
            ),
            (
                "Sanjay Mohite, the proprietor of Mohite Constructions, which built the society's three towers in 2011, is among those named.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior Inspector Rekha Ubale of Hadapsar police station said no arrests had been made.",
                "Rekha Ubale",
                "said",
                "W",
            ),
            (
                "“We have sent samples of the debris for examination and will record the statements of society members,” she said.",
                "Rekha Ubale",
                "said",
                "",
            ),
        ],
        [
            (
                "A senior police officer, who did not wish to be named, said the builder had been asked to appear for questioning on Monday.",
                "A senior police officer",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sanjay Mohite did not respond to calls and messages on Sunday.",
                "Sanjay Mohite",
                "did not respond to calls and messages",
                "",
            ),
            (
                "His son, Kunal Mohite, who handles the firm's projects, said in a message that the society had “failed to maintain the tank” and that the firm's responsibility ended when the building was handed over in 2012.",
                "Kunal Mohite",
                "said in a message",
                "W",
            ),
            (
                "Kunal Mohite said the firm would cooperate with the police.",
                "Kunal Mohite",
                "said",
                "",
            ),
        ],
        [
            (
                "A structural audit commissioned by the residents in 2025 had flagged the base of the tank for repair.",
                "",
                "",
                "W",
            ),
            (
                "“Seepage and spalling observed at base of overhead tank; immediate repair recommended,” the report said.",
                "the report",
                "said",
                "W",
            ),
            (
                "The report, a copy of which has been seen by the Sinhagad Courier, was sent to the builder in October 2025, residents said.",
                "residents",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Pune Municipal Corporation said its building permission department would inspect the other two towers on Monday.",
                "Pune Municipal Corporation",
                "said",
                "",
            ),
            (
                "The civic body has asked the families in the affected building, which has 48 flats, to move out until the inspection is complete.",
                "",
                "",
                "W",
            ),
            (
                "Residents said water supply to the building had been cut since the collapse and that tankers were being brought in.",
                "Residents",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Shweta Kanitkar, medical superintendent at the hospital, said three of the injured had been discharged and Nikita was stable after surgery on Sunday morning.",
                "Shweta Kanitkar",
                "said",
                "W",
            ),
            (
                "She said the girl would need at least six weeks of rest.",
                "Shweta Kanitkar",
                "said",
                "",
            ),
        ],
        [
            (
                "Local corporator Anand Sawant-Bhonsle wrote on X that he had raised the issue of ageing water tanks in housing societies in the civic general body twice last year.",
                "Anand Sawant-Bhonsle",
                "wrote on X",
                "W",
            ),
        ],
        [
            (
                "Fire brigade officials said a team from the Hadapsar fire station reached the spot within 12 minutes of the call.",
                "Fire brigade officials",
                "said",
                "W",
            ),
            (
                "On Sunday afternoon, workers were still clearing slabs of concrete from the play area, where a slide lay crushed under the rubble.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The elder Ketkar said the society's members would meet on Tuesday to decide whether to approach the consumer commission.",
                "Arvind Ketkar",
                "said",
                "",
            ),
        ],
        [
            ("Also Read: Kothrud society told to vacate after slab collapse", "", "", "B"),
        ],
        [
            ("Get the Sinhagad Courier app for the latest Pune news", "", "", "B"),
        ],
    ],
    [
        [
            ("SUGBO TRIBUNE", "", "", "B"),
        ],
        [
            ("≡ Menu    Search", "", "", "B"),
        ],
        [
            ("CEBU", "", "", "B"),
        ],
        [
            ("Tons of dead fish pulled from Carmen river; BFAR tests water", "", "", "W"),
        ],
        [
            ("By Ma. Cristina Yap-Ladera", "", "", "B"),
        ],
        [
            ("Published March 9, 2027 5:32 PM", "", "", "B"),
        ],
        [
            (
                "CARMEN, Cebu — About 2.3 metric tons of dead tilapia and milkfish were pulled from the Luyang River over the weekend, the municipal agriculture office said Monday.",
                "the municipal agriculture office",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Bureau of Fisheries and Aquatic Resources in Central Visayas (BFAR-7) has taken water samples from six points along the river, and results are expected within the week, it said.",
                "Bureau of Fisheries and Aquatic Resources in Central Visayas",
                "said",
                "W",
            ),
        ],
        [
            (
                "Barangay Luyang captain Rodolfo Tañedo said fishermen first noticed dead fish floating near the river mouth early Saturday.",
                "Rodolfo Tañedo",
                "said",
                "W",
            ),
            ("“There is nothing left in the fish cages.", "Rodolfo Tañedo", "said in Cebuano", "W"),
            ("Nothing,” he said in Cebuano.", "Rodolfo Tañedo", "said in Cebuano", ""),
        ],
        [
            (
                "Tañedo said at least 37 families in the barangay depend on the river's fish cages.",
                "Rodolfo Tañedo",
                "said",
                "W",
            ),
            (
                "Carmen Mayor Ramon dela Cerna said he had ordered a piggery upstream to stop operating pending the BFAR results.",
                "Ramon dela Cerna",
                "said",
                "W",
            ),
            (
                "“If they are found responsible, they will pay for every fish,” he said.",
                "Ramon dela Cerna",
                "said",
                "",
            ),
        ],
        [
            (
                "Dela Cerna said the town would give each affected family a sack of rice and P3,000.",
                "Ramon dela Cerna",
                "said",
                "W",
            ),
            (
                "Asked whether the farm would be closed for good, he said: “That depends on the results.”",
                "Ramon dela Cerna",
                "said",
                "",
            ),
        ],
        [
            ("Dela Cerna did not name the piggery.", "", "", ""),
            (
                "But Tañedo, who has clashed with the mayor over the farm's permits before, said it was the “big piggery in Barangay Baring” that had been draining waste into a creek that feeds the river.",
                "Rodolfo Tañedo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cambagui Swine Corp. said in a statement that its waste lagoons had been inspected by the provincial environment office in January and found compliant.",
                "Cambagui Swine Corp.",
                "said in a statement",
                "W",
            ),
            (
                "“We are as alarmed as the fishermen,” the statement said.",
                "the statement",
                "said",
                "",
            ),
        ],
        [
            (
                "Fr. Jerome Sta. Ana, parish priest of the San Vicente Ferrer Parish, led prayers at the river mouth on Sunday afternoon.",
                "",
                "",
                "",
            ),
            (
                "In his homily at the 6 a.m. Mass, he said the fish kill was “a warning we have been given before.”",
                "Jerome Sta. Ana",
                "said",
                "",
            ),
        ],
        [
            (
                "“In 2019 the river turned brown for a week,” he told the Tribune after the Mass.",
                "Jerome Sta. Ana",
                "told the Tribune",
                "W",
            ),
            ("“We prayed, and then we forgot.", "Jerome Sta. Ana", "told the Tribune", ""),
        ],
        [
            ("“This time, let us not forget.", "Jerome Sta. Ana", "told the Tribune", ""),
            (
                "Let the tests be done, let the results be published, and let whoever is responsible pay.”",
                "Jerome Sta. Ana",
                "told the Tribune",
                "",
            ),
        ],
        [
            (
                "BFAR-7 regional director Engr. Ma. Teresita Ygoña said initial readings showed dissolved oxygen of 1.2 milligrams per liter near the river mouth, well below the 5 milligrams fish need.",
                "Ma. Teresita Ygoña",
                "said",
                "W",
            ),
            (
                "She said low oxygen could be caused by organic waste, but that it was too early to say where it came from.",
                "Ma. Teresita Ygoña",
                "said",
                "",
            ),
            (
                "“We will not point fingers until the laboratory results are in,” Ygoña told reporters.",
                "Ma. Teresita Ygoña",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Barangay Kagawad Lorna Pepito-Dacua said in a Facebook post on Sunday that she had reported the farm's discharges to the municipal environment office in October and again in December.",
                "Lorna Pepito-Dacua",
                "said in a Facebook post",
                "W",
            ),
            (
                "Her post, which included a video of brown water flowing into the creek, had been shared more than 4,000 times by Monday night.",
                "",
                "",
                "W",
            ),
            ("She said the office never replied.", "Lorna Pepito-Dacua", "said", "W"),
        ],
        [
            (
                "Municipal environment and natural resources officer Alfredo Pangandoyon said he could not find a record of the complaints.",
                "Alfredo Pangandoyon",
                "said",
                "W",
            ),
            ("“Maybe they were sent somewhere else,” he said.", "Alfredo Pangandoyon", "said", ""),
        ],
        [
            (
                "A provincial official familiar with the farm's permits, who asked not to be named because the matter was under investigation, said its discharge permit had expired in December.",
                "A provincial official familiar with the farm's permits",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fishermen spent Monday morning burying the dead fish in pits dug along the riverbank, under the eye of a municipal health worker.",
                "",
                "",
                "",
            ),
            (
                "The municipal government has banned fishing in the river and the sale of fish caught there until further notice.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I still owe P18,000 on my cage… and now this,” said Eduardo Ygot, 52, who has fished the river since he was a boy.",
                "Eduardo Ygot",
                "said",
                "W",
            ),
            (
                "Ygot said he lost about 600 kilos of milkfish two weeks before harvest.",
                "Eduardo Ygot",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dead fish were still washing up at the river mouth on Monday afternoon, though in smaller numbers, according to residents.",
                "residents",
                "according to",
                "W",
            ),
            (
                "The Provincial Environment and Natural Resources Office did not respond to a request for comment on Monday.",
                "Provincial Environment and Natural Resources Office",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("READ: Cebu Province sets aside P40M for river cleanup", "", "", "B"),
        ],
        [
            ("Sugbo Tribune © 2027 | Terms of Use | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CLARE BULLETIN", "", "", "B"),
        ],
        [
            ("News    Sport    Community    Death Notices    Property    Jobs", "", "", "B"),
        ],
        [
            ("Quarry extension near Tulla approved despite 211 objections", "", "", "W"),
        ],
        [
            ("By Gráinne Nic Eochaidh", "", "", "B"),
        ],
        [
            ("Friday 5 March 2027, 7:02 am", "", "", "B"),
        ],
        [
            (
                "A 12-hectare extension to a limestone quarry near Tulla has been granted planning permission by An Coimisiún Pleanála, overturning a refusal by Clare County Council last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council refused permission last May on grounds of traffic and the effect on Knockanira bog, which is a designated Natural Heritage Area.",
                "",
                "",
                "W",
            ),
            (
                "The quarry has operated since 1974 and was bought by its current owner in 2015.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The planning body's decision, published on Wednesday, attaches 19 conditions, including a ban on blasting on Saturdays and a cap of 80 lorry movements a day.",
                "",
                "",
                "W",
            ),
            (
                "According to the decision, the extension would not have a significant effect on the bog if the conditions are met.",
                "the decision",
                "According to",
                "W",
            ),
        ],
        [
            (
                "The inspector's report said the council had ‘given insufficient weight’ to the quarry's record of compliance since 2015.",
                "The inspector's report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Áine Ní Dhálaigh, who lives two kilometres from the quarry, said residents were ‘gutted’.",
                "Áine Ní Dhálaigh",
                "said",
                "",
            ),
            ("‘People made 211 objections.", "Áine Ní Dhálaigh", "said", "W"),
            ("Two hundred and eleven.", "Áine Ní Dhálaigh", "said", ""),
            (
                "And a man who spent an afternoon in a field in November knows better,’ she said.",
                "Áine Ní Dhálaigh",
                "said",
                "",
            ),
        ],
        [
            (
                "‘This is a community that did everything right,’ she said.",
                "Áine Ní Dhálaigh",
                "said",
                "",
            ),
            (
                "‘We wrote the submissions, we went to the meetings, we paid for our own ecologist.",
                "Áine Ní Dhálaigh",
                "said",
                "W",
            ),
        ],
        [
            (
                "‘And at the end of it all, a planning body in Dublin says the bog will be fine.’",
                "Áine Ní Dhálaigh",
                "said",
                "",
            ),
        ],
        [
            (
                "Kilvoydan Stone Ltd, which employs 34 people at the site, said it welcomed the decision.",
                "Kilvoydan Stone Ltd",
                "said",
                "W",
            ),
            (
                "Its planning consultant, Deirdre Mac Conmara, said the extension would keep the quarry working for another 22 years.",
                "Deirdre Mac Conmara",
                "said",
                "",
            ),
            (
                "‘Without it, the existing pit is exhausted by 2029,’ she said.",
                "Deirdre Mac Conmara",
                "said",
                "W",
            ),
            (
                "‘That's 34 jobs gone, and the hauliers, and the fitters in Ennis.’",
                "Deirdre Mac Conmara",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ní Dhálaigh said she had asked the council to consider a judicial review.",
                "Áine Ní Dhálaigh",
                "said",
                "W",
            ),
            (
                "Mac Conmara said a judicial review would be ‘a waste of public money’ and that the company had met residents four times in 2026.",
                "Deirdre Mac Conmara",
                "said",
                "W",
            ),
            (
                "‘We went to every meeting we were invited to,’ she said.",
                "Deirdre Mac Conmara",
                "said",
                "",
            ),
        ],
        [
            ("Not so, according to Ní Dhálaigh.", "Áine Ní Dhálaigh", "according to", ""),
            (
                "She said the company had attended two meetings and sent a solicitor's letter to a third.",
                "Áine Ní Dhálaigh",
                "said",
                "W",
            ),
        ],
        [
            (
                "The campaign group Save Knockanira Bog said in a post on Facebook that it was ‘considering all options’.",
                "Save Knockanira Bog",
                "said in a post on Facebook",
                "",
            ),
            (
                "The group's chairperson, Mairéad de Staic, said it had raised €8,400 for the appeal.",
                "Mairéad de Staic",
                "said",
                "W",
            ),
            ("De Staic said the group's main worry was dust.", "Mairéad de Staic", "said", ""),
        ],
        [
            (
                "According to the company's environmental statement, dust at the site boundary has been within legal limits in every monitoring report since 2019.",
                "the company's environmental statement",
                "According to",
                "W",
            ),
        ],
        [
            (
                "Residents have complained for years about what one called ‘a film of white dust on everything’.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "‘I wash the car on a Monday and by Wednesday you'd write your name on it,’ said Tomás Frawley, a dairy farmer whose land borders the quarry.",
                "Tomás Frawley",
                "said",
                "",
            ),
            (
                "Frawley said his herd of 96 cows grazed within 300 metres of the blasting face.",
                "Tomás Frawley",
                "said",
                "W",
            ),
        ],
        [
            (
                "A source close to the company said it expected to begin stripping topsoil on the extension in the autumn.",
                "A source close to the company",
                "said",
                "",
            ),
        ],
        [
            (
                "Clare County Council said it was studying the decision and would not comment further.",
                "Clare County Council",
                "said",
                "",
            ),
        ],
        [
            (
                "Local TD Colm Ó Fearghaíl wrote to the planning body in December asking for an oral hearing, according to correspondence on the appeal file.",
                "correspondence on the appeal file",
                "according to",
                "W",
            ),
            ("No oral hearing was held.", "", "", "W"),
            (
                "The decision can be challenged only in the High Court, and any application must be made within eight weeks.",
                "",
                "",
                "W",
            ),
            (
                "Ó Fearghaíl did not respond to a request for comment on Thursday.",
                "Colm Ó Fearghaíl",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The parish priest, Fr Seán Ó hUiginn, said he had offered the parish hall for a public meeting on Monday at 8pm.",
                "Seán Ó hUiginn",
                "said",
                "",
            ),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            ("© The Clare Bulletin 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("polderdispatch.nl", "", "", "B"),
        ],
        [
            (
                "Zwolle shuts cycle bridge for 18 months after cracks found in steel deck",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Polder Dispatch · Sanne Bootsma-Kuipers", "", "", "B"),
        ],
        [
            ("4–5 minutes", "", "", "B"),
        ],
        [
            (
                "ZWOLLE — The city of Zwolle will close the Haersterbrug, a cycle and footbridge over the Zwarte Water used by about 9,000 people a day, for at least 18 months after inspectors found fatigue cracks in its steel deck, the municipality said on Tuesday.",
                "the municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "The bridge, which opened in 2009, carries the main cycle route from the Stadshagen district to the city centre and the railway station.",
                "",
                "",
                "W",
            ),
            ("It will close to all traffic from Monday.", "", "", "W"),
        ],
        [
            (
                "Alderwoman Femke de Groot told a council committee on Tuesday evening that the city had “no responsible choice” but to shut the bridge.",
                "Femke de Groot",
                "told a council committee",
                "",
            ),
            ("“The engineers were clear.", "Femke de Groot", "said", ""),
            (
                "I will not send 9,000 cyclists a day over a deck that is cracking,” she said.",
                "Femke de Groot",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the inspection report, which the city published on Tuesday, engineers found 14 cracks in welds under the deck, the longest 31 centimetres.",
                "the inspection report",
                "According to",
                "W",
            ),
            (
                "The report said the cracks were “consistent with fatigue from heavier traffic than the bridge was designed for”, including delivery scooters and maintenance vehicles.",
                "The report",
                "said",
                "W",
            ),
            ("It was carried out by the engineering firm Brakel & Voogd in January.", "", "", "W"),
        ],
        [
            (
                "Lotte van Ommeren, chair of the Zwolle cyclists' group Trapkracht, said the detour would add up to 2.4 kilometres to trips between Stadshagen and the city centre.",
                "Lotte van Ommeren",
                "said",
                "W",
            ),
            (
                "Van Ommeren said the city had known about the cracks since at least 2024.",
                "Lotte van Ommeren",
                "said",
                "W",
            ),
            ("“They were in the 2024 report too.", "Lotte van Ommeren", "said", "W"),
            ("Smaller, but there,” she said.", "Lotte van Ommeren", "said", ""),
        ],
        [
            (
                "De Groot said the 2024 inspection had found “surface defects” that were monitored, not cracks.",
                "Femke de Groot",
                "said",
                "W",
            ),
            (
                "Asked whether the city had moved too slowly, she said: “With hindsight, perhaps.”",
                "Femke de Groot",
                "said",
                "",
            ),
            (
                "She said the inspection reports from 2019 and 2024 would also be published this week.",
                "Femke de Groot",
                "said",
                "",
            ),
        ],
        [
            (
                "A temporary ferry for cyclists and pedestrians will run every ten minutes from 6 am to midnight, the city said.",
                "the city",
                "said",
                "",
            ),
            (
                "It will cost about €1.1 million over the closure, according to a letter from the executive to the council.",
                "a letter from the executive to the council",
                "according to",
                "W",
            ),
            (
                "The city estimates the repair itself at €6.5 million to €9 million.",
                "The city",
                "estimates",
                "W",
            ),
            (
                "The executive's letter says the ferry will carry up to 60 bicycles per crossing.",
                "The executive's letter",
                "says",
                "W",
            ),
        ],
        [
            (
                "“Ferries are lovely on a postcard,” Van Ommeren said.",
                "Lotte van Ommeren",
                "said",
                "",
            ),
            (
                "“In a February storm at 7.30 in the morning, less so.”",
                "Lotte van Ommeren",
                "said",
                "",
            ),
        ],
        [
            (
                "Regional bus operator Vechtland Vervoer said it would add four buses an hour on line 3 between Stadshagen and the station.",
                "Vechtland Vervoer",
                "said",
                "",
            ),
        ],
        [
            (
                "A council official involved in the project, who was not authorised to speak publicly, said the repair could take longer if the deck had to be replaced rather than reinforced.",
                "A council official involved in the project",
                "said",
                "",
            ),
        ],
        [
            (
                "Pieter-Jan ter Welle, an engineer who worked on the bridge's design, said in a post on LinkedIn that the deck had been designed for “bicycles, pedestrians and the occasional ambulance”.",
                "Pieter-Jan ter Welle",
                "said in a post on LinkedIn",
                "W",
            ),
            (
                "Ter Welle wrote that the design team had warned in 2008 that the deck would need reinforcing if heavier vehicles were allowed on it.",
                "Pieter-Jan ter Welle",
                "wrote",
                "W",
            ),
            (
                "He did not respond to a request for an interview.",
                "Pieter-Jan ter Welle",
                "did not respond to a request for an interview",
                "",
            ),
        ],
        [
            (
                "Ruud Hoekstra, leader of the local party Zwolle Centraal, called the closure “a planning failure twenty years in the making”.",
                "Ruud Hoekstra",
                "called",
                "",
            ),
            (
                "Hoekstra said he would ask for an independent investigation into why the 2024 findings were not made public at the time.",
                "Ruud Hoekstra",
                "said",
                "",
            ),
            (
                "Asked by Hoekstra at the committee meeting who had read the 2024 report, De Groot replied that it had been “shared at the level of officials”.",
                "Femke de Groot",
                "replied",
                "W",
            ),
        ],
        [
            ("“My daughter cycles to school over that bridge.", "Mehmet Kaya", "said", ""),
            (
                "Now it's the ferry, or 25 minutes round,” said Mehmet Kaya, 44, who lives in Stadshagen.",
                "Mehmet Kaya",
                "said",
                "W",
            ),
        ],
        [
            (
                "The bridge's so-called “green wave” traffic lights on either bank will be switched off during the closure.",
                "",
                "",
                "W",
            ),
            (
                "The bridge was last closed for two weeks in 2021, when its lighting was replaced.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "On Tuesday evening a steady stream of cyclists crossed the bridge, some stopping to photograph the warning signs already fixed to its railings.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Correction, 3 March: An earlier version of this article said the bridge was used by 19,000 people a day.",
                "",
                "",
                "",
            ),
            ("The municipality's figure is 9,000.", "", "", "W"),
        ],
        [
            ("Polder Dispatch is an independent English-language news site.", "", "", "B"),
            ("Support our journalism from €4 a month.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE AMMAN MIRROR", "", "", "B"),
        ],
        [
            ("Home   Local   Region   Business   Opinion   Sports   Culture", "", "", "B"),
        ],
        [
            ("Local", "", "", "B"),
        ],
        [
            (
                "Zarqa households to get water once a week as summer rationing begins early",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dana Hawamdeh-Nasser", "", "", "B"),
        ],
        [
            ("Sunday, May 16, 2027", "", "", "B"),
        ],
        [
            (
                "AMMAN — Households in most of Zarqa will receive piped water once a week instead of twice from June 1, the Water Authority of Jordan said on Saturday, weeks earlier than the summer schedule usually begins.",
                "Water Authority of Jordan",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement read to reporters by the authority's spokesman, Omar al-Shawabkeh, Secretary-General Eng. Rami al-Faqih said the change was needed after the lowest winter rainfall in the Zarqa basin in 17 years.",
                "Rami al-Faqih",
                "said",
                "W",
            ),
            (
                "“We ask citizens to understand that every cubic metre saved now is a cubic metre we will have in August,” al-Faqih said in the statement.",
                "Rami al-Faqih",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "Al-Faqih was not at the news conference, which the authority said he missed because of a meeting at the Prime Ministry.",
                "the authority",
                "said",
                "W",
            ),
            (
                "The spokesman read the statement in Arabic, and an English translation was posted on the authority's website later on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Al-Shawabkeh, answering questions after reading the statement, said the authority would send 85 additional tankers to the city's eastern neighbourhoods.",
                "Omar al-Shawabkeh",
                "said",
                "W",
            ),
            (
                "He said residents could request a tanker through the authority's app at no charge.",
                "Omar al-Shawabkeh",
                "said",
                "W",
            ),
            (
                "Asked whether the once-a-week schedule would extend to Amman, al-Shawabkeh said: “Not at this stage.”",
                "Omar al-Shawabkeh",
                "said",
                "",
            ),
            ("He said Amman's schedule was under review.", "Omar al-Shawabkeh", "said", ""),
        ],
        [
            ("“Nobody is being punished,” al-Shawabkeh said.", "Omar al-Shawabkeh", "said", ""),
            ("“The summer schedule is the same every year.", "Omar al-Shawabkeh", "said", "W"),
        ],
        [
            (
                "“What is different is that it starts in June and not in July.”",
                "Omar al-Shawabkeh",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to ministry figures, Zarqa's main well fields produced 41 million cubic metres last year, down from 49 million in 2022.",
                "ministry figures",
                "According to",
                "W",
            ),
            (
                "The city of about 1.6 million people also receives water pumped from the Disi aquifer in the south, the figures show.",
                "the figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "A senior official at the authority, who spoke on condition of anonymity because he was not authorised to brief the media, said losses from illegal connections and leaks in Zarqa were “close to half” of the water pumped into the network.",
                "A senior official at the authority",
                "said",
                "W",
            ),
            (
                "He said the authority had removed 3,200 illegal connections in the governorate since January.",
                "A senior official at the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Once a week means we fill every bottle and pot in the house on the day the water comes, and pray it lasts,” said Umm Fares, a 47-year-old mother of five in the city's eastern districts, who asked to be identified by her kunya.",
                "Umm Fares",
                "said",
                "",
            ),
            (
                "Umm Fares said her household's 2-cubic-metre roof tank lasts about four days for seven people.",
                "Umm Fares",
                "said",
                "W",
            ),
            (
                "She said she paid JD15 for a private tanker last summer when the public supply was cut for 12 days.",
                "Umm Fares",
                "said",
                "W",
            ),
            (
                "A neighbour, who asked not to be named, said her family had bought a second tank in April.",
                "A neighbour",
                "said",
                "W",
            ),
        ],
        [
            (
                "The day before the supply, which many residents call “dry Wednesday”, is when the queues at private tanker depots are longest.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Sheikh Khaled Abu Hilaleh, the imam of a mosque in the area, said he had used Friday's sermon to urge worshippers to report leaks and illegal connections.",
                "Khaled Abu Hilaleh",
                "said",
                "",
            ),
            ("“Wasting water is not a private matter.", "Khaled Abu Hilaleh", "said", ""),
            ("It is theft from your neighbour,” he said.", "Khaled Abu Hilaleh", "said", ""),
        ],
        [
            (
                "Zarqa MP Suhair al-Batayneh wrote on X that the authority had “rationed patience, not water”.",
                "Suhair al-Batayneh",
                "wrote on X",
                "",
            ),
            (
                "In a later post, she said she had requested an urgent session of parliament's agriculture and water committee.",
                "Suhair al-Batayneh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Average household consumption in Jordan is about 60 litres per person per day, according to the authority, among the lowest in the world.",
                "the authority",
                "according to",
                "W",
            ),
            (
                "Zarqa's eastern districts have suffered the longest cuts in past summers, according to the governorate's complaints log.",
                "the governorate's complaints log",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“People are buying tanks like they buy bread,” said Ayman Hijazi, who sells water tanks and pumps on the Zarqa–Amman road.",
                "Ayman Hijazi",
                "said",
                "",
            ),
            (
                "Hijazi said he had sold 140 roof tanks in the first two weeks of May, about three times as many as a year earlier.",
                "Ayman Hijazi",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Saturday afternoon, more than 30 pickup trucks carrying empty tanks waited in line outside a licensed private well on the city's eastern edge.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The private wells are not monitored by anyone,” said Abu Ahmad, a driver waiting in the line, who gave only his kunya.",
                "Abu Ahmad",
                "said",
                "W",
            ),
            (
                "The authority says all licensed private wells are metered and inspected twice a year.",
                "The authority",
                "says",
                "W",
            ),
        ],
        [
            (
                "The statement said the schedule would be reviewed at the end of August.",
                "The statement",
                "said",
                "",
            ),
        ],
        [
            ("Related: Cabinet approves JD68 million for Zarqa network upgrade", "", "", "B"),
        ],
        [
            ("© 2027 The Amman Mirror.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("FUJI PITCHSIDE", "", "", "B"),
        ],
        [
            ("Football  |  Baseball  |  Sumo  |  Rugby  |  More", "", "", "B"),
        ],
        [
            (
                "‘I accept responsibility,’ says Dos Anjos after 4-0 home defeat",
                "Edson dos Anjos",
                "says",
                "",
            ),
        ],
        [
            ("By Kenji Arakaki-Moore", "", "", "B"),
        ],
        [
            ("April 12, 2027 21:40 JST", "", "", "B"),
        ],
        [
            (
                "SHIZUOKA — Suruga Bay FC head coach Edson dos Anjos said Saturday he accepted “full responsibility” after his side lost 4-0 at home to Tokai Lions, their fifth defeat in six league games.",
                "Edson dos Anjos",
                "said",
                "W",
            ),
        ],
        [
            (
                "Speaking through an interpreter at the post-match news conference, the Brazilian said the team had “stopped playing” after conceding the first goal in the 11th minute.",
                "Edson dos Anjos",
                "said",
                "W",
            ),
            ("“After the first goal, we were not a team.", "Edson dos Anjos", "said", ""),
            (
                "We were eleven men waiting for the next goal,” he said.",
                "Edson dos Anjos",
                "said",
                "",
            ),
        ],
        [
            (
                "The interpreter, Yuya Kanemitsu, translated his answers from Portuguese into Japanese, and several of the coach's longer answers were shortened in translation.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Dos Anjos, 52, was appointed in December on a two-year contract after the club finished ninth last season.",
                "",
                "",
                "W",
            ),
            (
                "He said he had not spoken to the club's president about his future.",
                "Edson dos Anjos",
                "said",
                "W",
            ),
            ("“That is not my decision.", "Edson dos Anjos", "said through Kanemitsu", ""),
            (
                "My decision is who plays on Wednesday,” he said through Kanemitsu.",
                "Edson dos Anjos",
                "said through Kanemitsu",
                "",
            ),
        ],
        [
            (
                "Suruga Bay's captain, defender Daichi Morozumi, and midfielder Sota Morozumi, who are not related, walked to the home end after the final whistle and bowed to the supporters.",
                "",
                "",
                "",
            ),
            ("“We let them down,” Daichi Morozumi said.", "Daichi Morozumi", "said", ""),
            (
                "Sota Morozumi, 21, said the team had to “stop being afraid of the ball”.",
                "Sota Morozumi",
                "said",
                "",
            ),
        ],
        [
            (
                "The captain said the players had held a meeting without the coaching staff on Friday.",
                "Daichi Morozumi",
                "said",
                "W",
            ),
            ("“We talked for an hour.", "Daichi Morozumi", "said", "W"),
            ("Everybody said something.", "Daichi Morozumi", "said", ""),
            ("It did not help today,” he said.", "Daichi Morozumi", "said", ""),
        ],
        [
            (
                "Tokai Lions coach Hideaki Kusunose said his side had prepared for Suruga Bay's high press, which he called “brave but too open”.",
                "Hideaki Kusunose",
                "said",
                "",
            ),
            (
                "Lions striker Akira Tokoyama scored twice, in the 11th and 58th minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The club said in a statement issued on Sunday morning that its board had “full confidence” in Dos Anjos.",
                "The club",
                "said in a statement",
                "W",
            ),
            (
                "“The board will meet as scheduled at the end of the month to review the first third of the season,” the statement said.",
                "the statement",
                "said",
                "",
            ),
            (
                "Club president Takeshi Iwabuchi, who was at the match, declined to comment on Saturday night.",
                "Takeshi Iwabuchi",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "A person close to the club's board, who spoke on condition of anonymity because the discussions were private, said two directors had pushed for a change of coach before the international break.",
                "A person close to the club's board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Suruga Bay have conceded 19 goals in 10 matches, the most in the division, according to league data.",
                "league data",
                "according to",
                "W",
            ),
            ("Saturday's attendance of 6,214 was the club's lowest of the season.", "", "", "W"),
        ],
        [
            (
                "Sota Morozumi said in a post on Instagram late on Saturday that he was “ashamed” of the performance.",
                "Sota Morozumi",
                "said in a post on Instagram",
                "",
            ),
        ],
        [
            (
                "From the news conference (answers through the interpreter, edited for length):",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Q: Did the players follow the game plan?", "", "", ""),
        ],
        [
            ("A: In the first ten minutes, yes.", "Edson dos Anjos", "A:", ""),
            ("After that, no.", "Edson dos Anjos", "A:", ""),
        ],
        [
            ("Q: Supporters were chanting for the board to act.", "", "", ""),
            ("Did you hear them?", "", "", ""),
        ],
        [
            ("A: I heard them.", "Edson dos Anjos", "A:", ""),
            ("They pay for tickets; they can sing what they want.", "Edson dos Anjos", "A:", ""),
        ],
        [
            ("Q: Will you change the goalkeeper?", "", "", ""),
        ],
        [
            ("A: Ask me on Wednesday.", "Edson dos Anjos", "A:", ""),
        ],
        [
            ("Suruga Bay host Hakone United on Wednesday at 7 p.m.", "", "", ""),
        ],
        [
            ("More football: Lions stretch unbeaten run to eight", "", "", "B"),
        ],
        [
            ("© Fuji Pitchside 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("SAPPHIRE COAST CURRENT", "", "", "B"),
        ],
        [
            ("Home / News / Local", "", "", "B"),
        ],
        [
            ("Eden rock pool to stay shut all summer as repair bill triples", "", "", "W"),
        ],
        [
            (
                "Swimmers' group says it warned council about the wall in 2024",
                "Aslings Early Dippers",
                "says",
                "W",
            ),
        ],
        [
            ("Words by Tayla Penberthy-Vale", "", "", "B"),
        ],
        [
            ("Updated 10 Dec 2027, 5:45am", "", "", "B"),
        ],
        [
            (
                "Eden's rock pool at Aslings Beach will stay closed for the whole summer after engineers found the cost of repairing its collapsing seaward wall had risen from $480,000 to about $1.5 million, Bega Valley Shire Council says.",
                "Bega Valley Shire Council",
                "says",
                "W",
            ),
        ],
        [
            (
                "The pool, said to be one of the oldest on the NSW far south coast, has been fenced off since a section of wall gave way in a storm in August.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Kerryn Dwyer-Blanch said the council would not reopen the pool “until an engineer signs off on every metre of that wall”.",
                "Kerryn Dwyer-Blanch",
                "said",
                "",
            ),
            ("“I know how much the pool means to this town.", "Kerryn Dwyer-Blanch", "said", ""),
            (
                "But I'm not going to put a swimmer in front of a wall that is moving,” she said.",
                "Kerryn Dwyer-Blanch",
                "said",
                "",
            ),
            (
                "The mayor said the council hoped to have a contractor on site by May.",
                "Kerryn Dwyer-Blanch",
                "said",
                "",
            ),
        ],
        [
            (
                "According to council documents, a structural assessment in October found the steel reinforcing in the wall had corroded along 27 metres of its length.",
                "council documents",
                "According to",
                "W",
            ),
            (
                "The documents say the council's insurer will not cover the repair because the damage was caused by “long-term deterioration” rather than the storm.",
                "The documents",
                "say",
                "W",
            ),
            (
                "Engineers have recommended replacing the wall rather than patching it, the documents say.",
                "the documents",
                "say",
                "W",
            ),
        ],
        [
            (
                "Robyn Sartorelli, president of the Aslings Early Dippers, a year-round swimming group of about 140 members, said the group had written to the council about cracks in the wall in March 2024 and again in February this year.",
                "Robyn Sartorelli",
                "said",
                "W",
            ),
            ("“We sent photos.", "Robyn Sartorelli", "said", "W"),
            ("We sent measurements.", "Robyn Sartorelli", "said", "W"),
            (
                "We got a letter back saying it would be looked at,” she said.",
                "Robyn Sartorelli",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dwyer-Blanch said the council had inspected the wall after both letters and found no structural risk at the time.",
                "Kerryn Dwyer-Blanch",
                "said",
                "W",
            ),
            (
                "She said the August storm had “changed everything”.",
                "Kerryn Dwyer-Blanch",
                "said",
                "",
            ),
        ],
        [
            (
                "Sartorelli said in a post on the group's Facebook page on Tuesday night that members would swim at the fence at dawn on Saturday “to remind council we exist”.",
                "Robyn Sartorelli",
                "said in a post",
                "",
            ),
        ],
        [
            (
                "Among the regulars is Graham Ferrandino, 81, who says he has swum in the pool almost every morning since 1968.",
                "Graham Ferrandino",
                "says",
                "W",
            ),
            ("“Fifty-nine years.", "Graham Ferrandino", "said", "W"),
            (
                "I missed the day my son was born, and the day of my hip,” he said.",
                "Graham Ferrandino",
                "said",
                "",
            ),
        ],
        [
            (
                "His son, Luke Ferrandino, a builder who grew up swimming at the pool, said he had offered to donate labour to the repair.",
                "Luke Ferrandino",
                "said",
                "W",
            ),
            (
                "The younger Ferrandino said the council had not replied to his offer.",
                "Luke Ferrandino",
                "said",
                "W",
            ),
            ("Graham Ferrandino said his son was “too polite”.", "Graham Ferrandino", "said", ""),
        ],
        [
            ("“Dad reckons he'll swim in the ocean instead.", "Luke Ferrandino", "said", ""),
            ("He's 81.", "Luke Ferrandino", "said", "W"),
            ("I'd rather he didn't,” Luke Ferrandino said.", "Luke Ferrandino", "said", ""),
        ],
        [
            (
                "A council spokesperson said offers of volunteer labour could not be accepted on marine structures for insurance reasons.",
                "A council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council has applied for $1.1 million from a state coastal infrastructure fund, according to the documents.",
                "the documents",
                "according to",
                "W",
            ),
            (
                "A spokesman for the state's Minister for Local Government said applications would be assessed “in the new year”.",
                "A spokesman for the state's Minister for Local Government",
                "said",
                "",
            ),
        ],
        [
            (
                "Cr Dominic Halloran-Price wrote on Instagram that the council had spent $2.3 million on a new carpark at its administration building “while our pool fell into the sea”.",
                "Dominic Halloran-Price",
                "wrote on Instagram",
                "W",
            ),
            (
                "Dwyer-Blanch said the carpark and the pool were funded from different budgets.",
                "Kerryn Dwyer-Blanch",
                "said",
                "W",
            ),
        ],
        [
            (
                "The closure has also hit what locals call “the kiosk economy” at Aslings Beach.",
                "",
                "",
                "",
            ),
            (
                "“Summer is 60 per cent of my year,” said Nadia Papalia, who runs the beach kiosk.",
                "Nadia Papalia",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Wednesday morning a dozen swimmers in caps and goggles stood at the temporary fence and looked at the empty pool, its floor covered in kelp.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The council will vote on Wednesday on whether to borrow the balance of the repair cost.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Got a news tip?", "", "", "B"),
            ("Email news@sapphirecoastcurrent.com.au", "", "", "B"),
        ],
        [
            ("© 2027 Sapphire Coast Current", "", "", "B"),
        ],
    ],
    [
        [
            ("SPEY VALLEY CLARION", "", "", "B"),
        ],
        [
            ("News | Sport | What's On | Obituaries | Subscribe", "", "", "B"),
        ],
        [
            ("Newtonmore's Glenbanchor Church to close after 152 years", "", "", "W"),
        ],
        [
            ("By Ruairidh Dallas", "", "", "B"),
        ],
        [
            ("14th June 2027", "", "", "B"),
        ],
        [
            (
                "Glenbanchor Church in Newtonmore will hold its last service in September after the Church of Scotland presbytery that covers the area voted to close it and sell the building.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The decision was announced to the congregation on Sunday in a statement from the presbytery, which was read out at the end of the morning service by the session clerk, Isobel Pitmain.",
                "",
                "",
                "W",
            ),
            (
                "The presbytery said it recognised “the deep sorrow this will bring” but could no longer support two buildings in a parish of fewer than 80 members.",
                "The presbytery",
                "said",
                "W",
            ),
            (
                "“This is not a judgement on the faithfulness of this congregation,” the statement said.",
                "the statement",
                "said",
                "",
            ),
        ],
        [
            (
                "Mrs Pitmain, who has been session clerk for 19 years, said she had been asked to read the statement because the presbytery's moderator was unwell.",
                "Isobel Pitmain",
                "said",
                "W",
            ),
            ("“I read it because somebody had to.", "Isobel Pitmain", "said", ""),
            ("I did not agree with a word of it,” she said.", "Isobel Pitmain", "said", ""),
        ],
        [
            (
                "The minister, the Rev Morag Sutherland-Gow, who has served Newtonmore and the neighbouring charge of Laggan since 2021, said the congregation would merge with the village's other Church of Scotland congregation.",
                "Morag Sutherland-Gow",
                "said",
                "W",
            ),
            (
                "She said the merged congregation would worship at the Main Street church from October.",
                "Morag Sutherland-Gow",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the presbytery's plan, published in March, the sale of Glenbanchor could raise about £220,000, with the money going to repair the Main Street church's roof.",
                "the presbytery's plan",
                "According to",
                "W",
            ),
            (
                "The plan says 14 other buildings in the presbytery will close or be sold by 2030.",
                "The plan",
                "says",
                "W",
            ),
        ],
        [
            (
                "Mrs Pitmain said the building had been paid for by “crofters and shepherds who gave what they did not have”.",
                "Isobel Pitmain",
                "said",
                "",
            ),
            (
                "“My great-grandfather carried stones for that wall,” she said.",
                "Isobel Pitmain",
                "said",
                "W",
            ),
            ("“His name is in the book in the vestry.", "Isobel Pitmain", "said", "W"),
        ],
        [
            (
                "“And now a committee in Inverness decides it is surplus.",
                "Isobel Pitmain",
                "said",
                "",
            ),
            ("Surplus.”", "Isobel Pitmain", "said", ""),
        ],
        [
            (
                "The church, built in 1875 with granite from a quarry above the village, seats 260.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The Clarion spoke to the Rev Sutherland-Gow on Monday.", "", "", "B"),
            ("The interview has been edited for length.", "", "", "B"),
        ],
        [
            ("Q: Did the congregation have a say?", "", "", ""),
        ],
        [
            (
                "SUTHERLAND-GOW: They had two meetings with the presbytery, in November and in February.",
                "Morag Sutherland-Gow",
                "SUTHERLAND-GOW:",
                "W",
            ),
            (
                "At both, most people said keep it open.",
                "Morag Sutherland-Gow",
                "SUTHERLAND-GOW:",
                "W",
            ),
        ],
        [
            ("Q: So why close it?", "", "", ""),
        ],
        [
            ("SUTHERLAND-GOW: Money, mostly.", "Morag Sutherland-Gow", "SUTHERLAND-GOW:", ""),
            (
                "The roof needs £180,000 and we have raised £31,000 in three years.",
                "Morag Sutherland-Gow",
                "SUTHERLAND-GOW:",
                "W",
            ),
        ],
        [
            (
                "Q: Some members say they will leave the Church altogether.",
                "Some members",
                "say",
                "",
            ),
        ],
        [
            ("SUTHERLAND-GOW: I understand that.", "Morag Sutherland-Gow", "SUTHERLAND-GOW:", ""),
            ("I hope they won't.", "Morag Sutherland-Gow", "SUTHERLAND-GOW:", ""),
            ("The door on Main Street is open.", "Morag Sutherland-Gow", "SUTHERLAND-GOW:", ""),
        ],
        [
            ("Q: What happens to the war memorial inside?", "", "", ""),
        ],
        [
            (
                "SUTHERLAND-GOW: It stays in the village.",
                "Morag Sutherland-Gow",
                "SUTHERLAND-GOW:",
                "",
            ),
            (
                "The presbytery has promised that in writing.",
                "Morag Sutherland-Gow",
                "SUTHERLAND-GOW:",
                "W",
            ),
        ],
        [
            (
                "The Creag Dhubh Community Trust said it would explore a community buy-out of the building.",
                "Creag Dhubh Community Trust",
                "said",
                "",
            ),
            (
                "Its chairman, Hamish Macrae-Dunbar, said the trust had until the end of July to register an interest.",
                "Hamish Macrae-Dunbar",
                "said",
                "W",
            ),
        ],
        [
            (
                "A presbytery source said two offers had already been made for the building, one of them from a developer who wants to turn it into holiday flats.",
                "A presbytery source",
                "said",
                "W",
            ),
            (
                "The presbytery's clerk did not respond to a request for comment on Monday.",
                "The presbytery's clerk",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Have your say: letters@speyvalleyclarion.co.uk", "", "", "B"),
        ],
        [
            ("© Spey Valley Clarion 2027.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SOUTHERN BEACON", "", "", "B"),
        ],
        [
            ("Home  |  News  |  Business  |  Sports  |  Features  |  E-Paper", "", "", "B"),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            (
                "Dodanduwa fishermen block Galle Road as silt traps 120 boats in harbour",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Our Galle Correspondent", "", "", "B"),
        ],
        [
            ("Thursday, 22 April 2027 00:00", "", "", "B"),
        ],
        [
            (
                "Hundreds of fishermen, led by a Buddhist monk, blocked the Galle Road at Dodanduwa for nearly three hours on Wednesday, demanding that the authorities dredge the mouth of the fishery harbour, where sand has trapped about 120 multi-day boats since early March.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Traffic between Galle and Hikkaduwa was diverted through inland roads until the protest ended at about 1.30 p.m., Hikkaduwa Police said.",
                "Hikkaduwa Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ven. Piyadigama Gnanaloka Thero, the chief incumbent of a temple near the harbour, told the crowd that the fishermen had “waited with folded hands for seven weeks”.",
                "Piyadigama Gnanaloka",
                "told the crowd",
                "W",
            ),
            (
                "“If the boats cannot go to sea, the families cannot eat.",
                "Piyadigama Gnanaloka",
                "said",
                "",
            ),
            (
                "That is not politics, that is arithmetic,” the Thero said.",
                "Piyadigama Gnanaloka",
                "said",
                "",
            ),
            (
                "He said the temple had been feeding the families of crewmen from its alms hall since the second week of March.",
                "Piyadigama Gnanaloka",
                "said",
                "W",
            ),
        ],
        [
            (
                "W.A. Sunil Samaradiwakara, president of the Dodanduwa Fisheries Cooperative Society, said each multi-day boat lost about Rs. 600,000 in catch for every trip it could not make.",
                "W.A. Sunil Samaradiwakara",
                "said",
                "W",
            ),
            (
                "He said 14 boats had been damaged trying to cross the sandbar at low tide.",
                "W.A. Sunil Samaradiwakara",
                "said",
                "W",
            ),
            (
                "About 3,000 people in Dodanduwa and nearby villages depend on the harbour, the cooperative society says.",
                "the cooperative society",
                "says",
                "W",
            ),
        ],
        [
            (
                "Fishermen have complained for years about what they call the “sand gate”, a bar that builds up across the harbour mouth during each monsoon.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "In a message read to the protesters by his private secretary, Galle District MP Rohitha Kumarasinghe said the dredger would arrive “within days”.",
                "Rohitha Kumarasinghe",
                "said",
                "",
            ),
            ("The secretary, Kasun Edirisooriya, left before the protest ended.", "", "", ""),
        ],
        [
            (
                "The Ceylon Fishery Harbours Corporation said in a statement that a dredger had been hired and would begin work on May 3.",
                "Ceylon Fishery Harbours Corporation",
                "said in a statement",
                "W",
            ),
            (
                "It said the delay had been caused by an appeal against the tender award.",
                "Ceylon Fishery Harbours Corporation",
                "said",
                "W",
            ),
            (
                "“The Corporation regrets the hardship caused to the fishing community,” the statement said.",
                "the statement",
                "said",
                "",
            ),
        ],
        [
            (
                "The harbour's manager, Eng. K.P. Rohana Ilukpitiya, said the dredger would remove about 45,000 cubic metres of sand over six weeks.",
                "K.P. Rohana Ilukpitiya",
                "said",
                "",
            ),
            (
                "Ilukpitiya said the harbour had been dredged in 2025 at a cost of Rs. 38 million.",
                "K.P. Rohana Ilukpitiya",
                "said",
                "W",
            ),
        ],
        [
            (
                "Samaradiwakara said the 2025 dredging had been done “only half”.",
                "W.A. Sunil Samaradiwakara",
                "said",
                "",
            ),
            (
                "“They took the sand from the middle and left the sides.",
                "W.A. Sunil Samaradiwakara",
                "said",
                "W",
            ),
            ("In two months it was back,” he said.", "W.A. Sunil Samaradiwakara", "said", "W"),
            (
                "Ilukpitiya rejected that, saying the work had been certified by an independent engineer.",
                "K.P. Rohana Ilukpitiya",
                "saying",
                "W",
            ),
        ],
        [
            (
                "A senior official at the Fisheries Ministry, who declined to be named, said the ministry had asked the Corporation to explain why the tender had been delayed.",
                "A senior official at the Fisheries Ministry",
                "said",
                "W",
            ),
        ],
        [
            ("No arrests were made, police said.", "police", "said", "W"),
            (
                "Chief Inspector Asanka Witharana, the officer-in-charge of the Hikkaduwa Police, said the protesters cleared the road voluntarily after the Thero spoke to the divisional secretary by telephone.",
                "Asanka Witharana",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Hikkaduwa divisional secretary, Mrs. Dilrukshi Gamage-Perera, said she had agreed with the Thero to convene a meeting of all parties on Monday.",
                "Dilrukshi Gamage-Perera",
                "said",
                "",
            ),
            (
                "“Nobody will leave that meeting without a date,” she said.",
                "Dilrukshi Gamage-Perera",
                "said",
                "",
            ),
            (
                "Asked whether the protest would resume, the monk said: “That depends on the dredger, not on us.”",
                "Piyadigama Gnanaloka",
                "said",
                "",
            ),
        ],
        [
            ("“A multi-day boat is not a toy.", "Ruwan Kottachchi", "said", ""),
            (
                "You can't just pull it over the sand,” said Ruwan Kottachchi, who owns two of the trapped trawlers.",
                "Ruwan Kottachchi",
                "said",
                "",
            ),
            (
                "Kottachchi said his crews had been idle for 51 days.",
                "Ruwan Kottachchi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Since March we have pawned two bangles and my husband's watch,” said Kumari Hewawasam, whose husband is a crewman on one of the trapped boats.",
                "Kumari Hewawasam",
                "said",
                "W",
            ),
            ("She said the family had received no relief.", "Kumari Hewawasam", "said", "W"),
        ],
        [
            (
                "According to the Department of Fisheries and Aquatic Resources, the Dodanduwa harbour handled 4,100 tonnes of fish in 2026.",
                "Department of Fisheries and Aquatic Resources",
                "According to",
                "W",
            ),
        ],
        [
            ("Most of the protesters were barefoot, and some carried oars.", "", "", ""),
            (
                "By evening, several boat owners had begun dragging smaller craft over the sandbar by hand at high tide.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Print  |  Email  |  Share", "", "", "B"),
        ],
        [
            ("Copyright © 2027 The Southern Beacon (Pvt) Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("SEINE RIVER SENTINEL", "", "", "B"),
        ],
        [
            ("News | Sports | Ag | Community | Opinion | E-edition", "", "", "B"),
        ],
        [
            ("Taché sues contractor for $1.4 million over failed Road 36E rebuild", "", "", "W"),
        ],
        [
            ("By Josée Gosselin-Klassen", "", "", "B"),
        ],
        [
            ("Posted Mar. 3, 2027 2:15 pm", "", "", "B"),
        ],
        [
            (
                "The Rural Municipality of Taché is suing the contractor it hired to rebuild a six-kilometre stretch of Road 36E, saying the road began breaking up within weeks of reopening in 2025.",
                "Rural Municipality of Taché",
                "saying",
                "W",
            ),
        ],
        [
            (
                "In a statement of claim filed Feb. 26 in the Court of King's Bench in Winnipeg, the RM alleges that Penner & Dueck Earthmoving Ltd. used gravel that did not meet the contract's specifications and skipped compaction testing on at least two sections.",
                "the RM",
                "alleges",
                "W",
            ),
            (
                "The RM is seeking $1.4 million, which it says is what it will cost to tear up and rebuild the road.",
                "The RM",
                "says",
                "W",
            ),
        ],
        [
            (
                "According to the statement of claim, residents along the road reported potholes “deep enough to lose a calf in” by the end of June 2025.",
                "the statement of claim",
                "According to",
                "W",
            ),
            ("None of the allegations has been tested in court.", "", "", ""),
        ],
        [
            (
                "The RM's public works manager, Kyle Letkeman, wrote in an affidavit filed with the claim that he had asked the company for compaction test results four times and received them once.",
                "Kyle Letkeman",
                "wrote in an affidavit",
                "W",
            ),
            (
                "“The results I did receive were for a different road,” Letkeman wrote.",
                "Kyle Letkeman",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "Marvin Dueck, who owns the company with his cousin Jake Penner, said Friday the road failed because of “the wettest spring in 30 years,” not because of the gravel.",
                "Marvin Dueck",
                "said",
                "W",
            ),
            ("“We built it to the spec the RM gave us.", "Marvin Dueck", "said", "W"),
            ("Then it rained for six weeks straight,” he said.", "Marvin Dueck", "said", "W"),
            ("Dueck said the company would file a defence.", "Marvin Dueck", "said", ""),
        ],
        [
            (
                "The company's lawyer, Chantal Boulianne, said in an email that the RM had “accepted the work and paid the final invoice” in August 2025.",
                "Chantal Boulianne",
                "said in an email",
                "W",
            ),
            ("She said the claim would be “vigorously defended.”", "Chantal Boulianne", "said", ""),
        ],
        [
            ("Five questions for the reeve", "", "", "B"),
        ],
        [
            ("Reeve Luc de Montigny spoke to the Sentinel on Thursday.", "", "", "B"),
            ("Answers have been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Q: Why go to court instead of negotiating?", "", "", ""),
        ],
        [
            ("A: We did negotiate.", "Luc de Montigny", "A:", "W"),
            ("For a year and a half.", "Luc de Montigny", "A:", "W"),
            (
                "They offered to patch it, and a patch on porridge is still porridge.",
                "Luc de Montigny",
                "A:",
                "",
            ),
        ],
        [
            ("Q: What has the road cost ratepayers so far?", "", "", ""),
        ],
        [
            (
                "A: About $210,000 in grading and gravel since it opened, on top of the $1.9 million we paid to build it.",
                "Luc de Montigny",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Mr. Dueck says it was the weather.", "Marvin Dueck", "says", "W"),
        ],
        [
            ("A: Every road in the RM got the same rain.", "Luc de Montigny", "A:", "W"),
            ("Only one turned to porridge.", "Luc de Montigny", "A:", ""),
        ],
        [
            ("Q: Will the road be closed?", "", "", ""),
        ],
        [
            ("A: Not unless council decides it's unsafe.", "Luc de Montigny", "A:", ""),
            ("Right now it's posted at 50 km/h.", "Luc de Montigny", "A:", "W"),
        ],
        [
            ("Q: Anything else?", "", "", ""),
        ],
        [
            ("A: Drive slow out there.", "Luc de Montigny", "A:", ""),
        ],
        [
            (
                "De Montigny said council voted 6-1 in January to authorize the lawsuit.",
                "Luc de Montigny",
                "said",
                "W",
            ),
            (
                "The lone vote against came from Coun. Armand Chartier-Ross, who said at the January meeting that legal costs could exceed whatever the RM recovered.",
                "Armand Chartier-Ross",
                "said",
                "W",
            ),
            (
                "Chartier-Ross did not respond to a request for comment.",
                "Armand Chartier-Ross",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Residents have taken to calling the stretch “the porridge road,” and a hand-painted sign with that name went up at the Road 36E corner last spring.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“I've lost two tires and a windshield on it,” said Marlene Fouillard, who lives on the road and drives her grandchildren to school in Lorette.",
                "Marlene Fouillard",
                "said",
                "W",
            ),
            (
                "Fouillard said the school bus had been rerouted since April 2025.",
                "Marlene Fouillard",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for Manitoba Transportation and Infrastructure said the road is municipal and the province is not involved.",
                "A spokesperson for Manitoba Transportation and Infrastructure",
                "said",
                "W",
            ),
        ],
        [
            ("A date for a first hearing has not been set.", "", "", "W"),
        ],
        [
            (
                "Clarification: An earlier version of this story said the council vote was 5-2.",
                "",
                "",
                "",
            ),
            ("It was 6-1.", "", "", "W"),
        ],
        [
            ("© 2027 Seine River Sentinel.", "", "", "B"),
            ("Published by Sentinel Community Media Inc.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n139-ke-told-reporters",
        "“The new terminus has 420 bays, toilets, lighting and a police post. The old stage had none of those things,” he told reporters.",
        [
            "“The new terminus has 420 bays, toilets, lighting and a police post.",
            "The old stage had none of those things,” he told reporters.",
        ],
    ),
    (
        "n139-ke-page-two",
        "Ngunjiri-Wahome, reached by phone later on Wednesday, said the county's own notice listed both charges. “Read it yourself. Page two,” he said.",
        [
            "Ngunjiri-Wahome, reached by phone later on Wednesday, said the county's own notice listed both charges.",
            "“Read it yourself.",
            "Page two,” he said.",
        ],
    ),
    (
        "n139-ke-said-to-be",
        "Four people were arrested on Tuesday after a scuffle between drivers and county enforcement officers near the old stage, according to police. One of them, said to be a senior member of the association, was released on a cash bail of KSh 10,000 on Wednesday.",
        [
            "Four people were arrested on Tuesday after a scuffle between drivers and county enforcement officers near the old stage, according to police.",
            "One of them, said to be a senior member of the association, was released on a cash bail of KSh 10,000 on Wednesday.",
        ],
    ),
    (
        "n139-gh-hon",
        "The South Dayi District Chief Executive, Hon. Mawuli Kwesi Agbemava, said the district assembly had set up a five-member committee to mediate. He said the committee, chaired by a retired High Court judge, would report by the end of April.",
        [
            "The South Dayi District Chief Executive, Hon. Mawuli Kwesi Agbemava, said the district assembly had set up a five-member committee to mediate.",
            "He said the committee, chaired by a retired High Court judge, would report by the end of April.",
        ],
    ),
    (
        "n139-gh-asked",
        "Amedzro said the family would not take part. “How can the man who wants our land choose the judge?” he asked.",
        [
            "Amedzro said the family would not take part.",
            "“How can the man who wants our land choose the judge?” he asked.",
        ],
    ),
    (
        "n139-gh-indenture",
        "“We have the indenture. We have the receipts. We have sixty years of cassava on that land,” he said.",
        [
            "“We have the indenture.",
            "We have the receipts.",
            "We have sixty years of cassava on that land,” he said.",
        ],
    ),
    (
        "n139-in-pm",
        "The tank, said to hold around 40,000 litres, gave way at about 6.40 pm. Residents said the play area had been crowded only minutes earlier.",
        [
            "The tank, said to hold around 40,000 litres, gave way at about 6.40 pm.",
            "Residents said the play area had been crowded only minutes earlier.",
        ],
    ),
    (
        "n139-in-three-letters",
        "He said the society had written to the builder about cracks in the tank's base three times since 2024. “Three letters. Not one reply,” he said.",
        [
            "He said the society had written to the builder about cracks in the tank's base three times since 2024.",
            "“Three letters.",
            "Not one reply,” he said.",
        ],
    ),
    (
        "n139-in-lucky",
        "Nikita, speaking from her hospital bed, said she had gone up to the terrace to bring down her younger cousin. “I was lucky. Two of the aunties were standing right under it,” she said.",
        [
            "Nikita, speaking from her hospital bed, said she had gone up to the terrace to bring down her younger cousin.",
            "“I was lucky.",
            "Two of the aunties were standing right under it,” she said.",
        ],
    ),
    (
        "n139-ph-corp",
        "Cambagui Swine Corp. said in a statement that its waste lagoons had been inspected by the provincial environment office in January and found compliant. “We are as alarmed as the fishermen,” the statement said.",
        [
            "Cambagui Swine Corp. said in a statement that its waste lagoons had been inspected by the provincial environment office in January and found compliant.",
            "“We are as alarmed as the fishermen,” the statement said.",
        ],
    ),
    (
        "n139-ph-sta-ana",
        "Fr. Jerome Sta. Ana, parish priest of the San Vicente Ferrer Parish, led prayers at the river mouth on Sunday afternoon. In his homily at the 6 a.m. Mass, he said the fish kill was “a warning we have been given before.”",
        [
            "Fr. Jerome Sta. Ana, parish priest of the San Vicente Ferrer Parish, led prayers at the river mouth on Sunday afternoon.",
            "In his homily at the 6 a.m. Mass, he said the fish kill was “a warning we have been given before.”",
        ],
    ),
    (
        "n139-ph-engr-ma",
        "BFAR-7 regional director Engr. Ma. Teresita Ygoña said initial readings showed dissolved oxygen of 1.2 milligrams per liter near the river mouth, well below the 5 milligrams fish need. She said low oxygen could be caused by organic waste, but that it was too early to say where it came from.",
        [
            "BFAR-7 regional director Engr. Ma. Teresita Ygoña said initial readings showed dissolved oxygen of 1.2 milligrams per liter near the river mouth, well below the 5 milligrams fish need.",
            "She said low oxygen could be caused by organic waste, but that it was too early to say where it came from.",
        ],
    ),
    (
        "n139-ph-ellipsis",
        "“I still owe P18,000 on my cage… and now this,” said Eduardo Ygot, 52, who has fished the river since he was a boy. Ygot said he lost about 600 kilos of milkfish two weeks before harvest.",
        [
            "“I still owe P18,000 on my cage… and now this,” said Eduardo Ygot, 52, who has fished the river since he was a boy.",
            "Ygot said he lost about 600 kilos of milkfish two weeks before harvest.",
        ],
    ),
    (
        "n139-ph-colon",
        "Dela Cerna said the town would give each affected family a sack of rice and P3,000. Asked whether the farm would be closed for good, he said: “That depends on the results.”",
        [
            "Dela Cerna said the town would give each affected family a sack of rice and P3,000.",
            "Asked whether the farm would be closed for good, he said: “That depends on the results.”",
        ],
    ),
    (
        "n139-ie-single-quotes",
        "‘People made 211 objections. Two hundred and eleven. And a man who spent an afternoon in a field in November knows better,’ she said.",
        [
            "‘People made 211 objections.",
            "Two hundred and eleven.",
            "And a man who spent an afternoon in a field in November knows better,’ she said.",
        ],
    ),
    (
        "n139-ie-not-so",
        "Not so, according to Ní Dhálaigh. She said the company had attended two meetings and sent a solicitor's letter to a third.",
        [
            "Not so, according to Ní Dhálaigh.",
            "She said the company had attended two meetings and sent a solicitor's letter to a third.",
        ],
    ),
    (
        "n139-ie-2029",
        "‘Without it, the existing pit is exhausted by 2029,’ she said. ‘That's 34 jobs gone, and the hauliers, and the fitters in Ennis.’",
        [
            "‘Without it, the existing pit is exhausted by 2029,’ she said.",
            "‘That's 34 jobs gone, and the hauliers, and the fitters in Ennis.’",
        ],
    ),
    (
        "n139-nl-hindsight",
        "De Groot said the 2024 inspection had found “surface defects” that were monitored, not cracks. Asked whether the city had moved too slowly, she said: “With hindsight, perhaps.” She said the inspection reports from 2019 and 2024 would also be published this week.",
        [
            "De Groot said the 2024 inspection had found “surface defects” that were monitored, not cracks.",
            "Asked whether the city had moved too slowly, she said: “With hindsight, perhaps.”",
            "She said the inspection reports from 2019 and 2024 would also be published this week.",
        ],
    ),
    (
        "n139-nl-ferry",
        "“Ferries are lovely on a postcard,” Van Ommeren said. “In a February storm at 7.30 in the morning, less so.”",
        [
            "“Ferries are lovely on a postcard,” Van Ommeren said.",
            "“In a February storm at 7.30 in the morning, less so.”",
        ],
    ),
    (
        "n139-nl-correction",
        "Correction, 3 March: An earlier version of this article said the bridge was used by 19,000 people a day. The municipality's figure is 9,000.",
        [
            "Correction, 3 March: An earlier version of this article said the bridge was used by 19,000 people a day.",
            "The municipality's figure is 9,000.",
        ],
    ),
    (
        "n139-jo-eng",
        "In a statement read to reporters by the authority's spokesman, Omar al-Shawabkeh, Secretary-General Eng. Rami al-Faqih said the change was needed after the lowest winter rainfall in the Zarqa basin in 17 years. “We ask citizens to understand that every cubic metre saved now is a cubic metre we will have in August,” al-Faqih said in the statement.",
        [
            "In a statement read to reporters by the authority's spokesman, Omar al-Shawabkeh, Secretary-General Eng. Rami al-Faqih said the change was needed after the lowest winter rainfall in the Zarqa basin in 17 years.",
            "“We ask citizens to understand that every cubic metre saved now is a cubic metre we will have in August,” al-Faqih said in the statement.",
        ],
    ),
    (
        "n139-jo-not-at-this-stage",
        "Asked whether the once-a-week schedule would extend to Amman, al-Shawabkeh said: “Not at this stage.” He said Amman's schedule was under review.",
        [
            "Asked whether the once-a-week schedule would extend to Amman, al-Shawabkeh said: “Not at this stage.”",
            "He said Amman's schedule was under review.",
        ],
    ),
    (
        "n139-jp-interpreter",
        "“That is not my decision. My decision is who plays on Wednesday,” he said through Kanemitsu.",
        [
            "“That is not my decision.",
            "My decision is who plays on Wednesday,” he said through Kanemitsu.",
        ],
    ),
    (
        "n139-au-fifty-nine",
        "“Fifty-nine years. I missed the day my son was born, and the day of my hip,” he said.",
        [
            "“Fifty-nine years.",
            "I missed the day my son was born, and the day of my hip,” he said.",
        ],
    ),
    (
        "n139-au-news-tip",
        "Got a news tip? Email news@sapphirecoastcurrent.com.au",
        ["Got a news tip?", "Email news@sapphirecoastcurrent.com.au"],
    ),
    (
        "n139-sc-mrs",
        "Mrs Pitmain, who has been session clerk for 19 years, said she had been asked to read the statement because the presbytery's moderator was unwell. “I read it because somebody had to. I did not agree with a word of it,” she said.",
        [
            "Mrs Pitmain, who has been session clerk for 19 years, said she had been asked to read the statement because the presbytery's moderator was unwell.",
            "“I read it because somebody had to.",
            "I did not agree with a word of it,” she said.",
        ],
    ),
    (
        "n139-lk-rs",
        "W.A. Sunil Samaradiwakara, president of the Dodanduwa Fisheries Cooperative Society, said each multi-day boat lost about Rs. 600,000 in catch for every trip it could not make. He said 14 boats had been damaged trying to cross the sandbar at low tide.",
        [
            "W.A. Sunil Samaradiwakara, president of the Dodanduwa Fisheries Cooperative Society, said each multi-day boat lost about Rs. 600,000 in catch for every trip it could not make.",
            "He said 14 boats had been damaged trying to cross the sandbar at low tide.",
        ],
    ),
    (
        "n139-lk-eng-initials",
        "The harbour's manager, Eng. K.P. Rohana Ilukpitiya, said the dredger would remove about 45,000 cubic metres of sand over six weeks. Ilukpitiya said the harbour had been dredged in 2025 at a cost of Rs. 38 million.",
        [
            "The harbour's manager, Eng. K.P. Rohana Ilukpitiya, said the dredger would remove about 45,000 cubic metres of sand over six weeks.",
            "Ilukpitiya said the harbour had been dredged in 2025 at a cost of Rs. 38 million.",
        ],
    ),
    (
        "n139-ca-feb-ltd",
        "In a statement of claim filed Feb. 26 in the Court of King's Bench in Winnipeg, the RM alleges that Penner & Dueck Earthmoving Ltd. used gravel that did not meet the contract's specifications and skipped compaction testing on at least two sections. The RM is seeking $1.4 million, which it says is what it will cost to tear up and rebuild the road.",
        [
            "In a statement of claim filed Feb. 26 in the Court of King's Bench in Winnipeg, the RM alleges that Penner & Dueck Earthmoving Ltd. used gravel that did not meet the contract's specifications and skipped compaction testing on at least two sections.",
            "The RM is seeking $1.4 million, which it says is what it will cost to tear up and rebuild the road.",
        ],
    ),
    (
        "n139-ca-kmh",
        "A: Not unless council decides it's unsafe. Right now it's posted at 50 km/h.",
        ["A: Not unless council decides it's unsafe.", "Right now it's posted at 50 km/h."],
    ),
]
