"""Eightieth set of new hand-labelled pages for the hint engines (tuning set, round thirty-five):
twelve WHOLE pages, head to tail, of everyday news from twelve countries (Kenya, Bangladesh, Japan,
South Korea, France, Jamaica, Fiji, Zimbabwe, Pakistan, Portugal, Germany and Scotland; eleven of
them outside the US and the UK), where ATTRIBUTION and SPEAKERS are hard together with
CHECK-WORTHINESS: people named once and then called by a role or a surname ("the CEC said", "the
superintendent said", "The DC said", "the director said", "the chief executive said", "Calapez
said", "Von Ahlsen said"); pronoun chains across paragraphs with two people of the same gender in
turn; two men of the same surname (Jeon) who are always given in full; quotes that run over
paragraphs after "said:" and "added:"; speakers named after the quote ("... asked Morjina Nahar",
"... said a 34-year-old office worker surnamed Yuk"); "according to" a person's office, a report,
a notification, a portal, figures and data; reported speech without quotation marks; statements
posted (on X, on Facebook, on a website, on a factory gate and a school gate), filed (a petition),
written (letters to a committee, to parents, to a minister), sent (a written reply, a WhatsApp
voice note) and told to committees and to the paper; unnamed spokespeople and officials; titles
and particles from several naming traditions; officials' statements of record beside their
opinions, hopes, plans, threats and forecasts; figures beside feelings. Each page keeps its site's
own furniture in its own wording; `STYLES` describes each page and lists its furniture in order.

Written from scratch for issue 13 in round thirty-five, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The brief's folder was listed (it held
the brief, a second note and a scoring script); the brief was read, and the other two files were
never opened. What was read for the format: the module docstrings of `labelled_new.py` and
`labelled_new2.py` (printed whole with `ast.get_docstring`); the module docstrings, the import
line, the `STYLES`, the first two pages and the first eight `CASES` of `labelled_new77.py` and
`labelled_new78.py`, printed by a script of my own (the terminal cut the first printing in the
middle, so the same listing was saved to a file in /tmp and the cut part was printed again with
`sed`); `build` in `labelled_articles.py` (a `grep -n "def build" -A15` listing); the
`[tool.ruff]` tables of `pyproject.toml` (a `grep -A12` listing). No other page, case or docstring
of any file under `tests/` was read, the search and fetch tools were not used, and nothing was
copied from anywhere. What was run: read-only `git status --short` runs (the first printed
nothing; later ones listed two files under `claimreview/text/` and `tests/text/test_hints.py` as
modified by someone else, then a third file under `claimreview/text/` and the untracked
`labelled_heldout56.py` and `labelled_new79.py`, names only, none of them opened) and a count of
untracked files; `ls tests/text` filtered to the names
`labelled_new8*`, `labelled_new79*` and `labelled_heldout5*`, and a count of `tests/text`; a
Python one-liner printing the calendar of March to June 2026 to check weekdays; scripts of my own
in /tmp that turn a small line format into the literals below, rename coined names, cut the split
cases out of the pages and count sentences; an import of this file with `build` on every page; a
checking script of my own (four fields, flags, a cue for every speaker and a speaker for every cue,
no speaker on furniture, the sentence count, every split case occurring in a page's lines and
joining back to its sentences); whole-word case-insensitive counts over `tests/` of every
capitalised word of these pages and speakers (each part of a hyphenated name on its own) and of
every candidate replacement (`grep -rilw ... | wc -l`, file counts only), four counts of files
holding two coined names at once (to see whether single hits sat in one file; they did not), and
counts of the twelve outlet names as phrases (`grep -rilF ... | wc -l`); and `ruff format` /
`ruff check` on this file. A first draft hit about a hundred and twenty coined surnames, given
names, places, outlets and companies of other files under `tests/`, and many replacements tried
next hit too; only replacements with no hit were kept, and the last count-only pass found none of
this set's coined names elsewhere. What still hits is real places and bodies, titles and name
parts kept on purpose (Syed, Haji, Begum, Bibi, Ratu, Adi, Cde, Mme, Eng, Cllr, ole), the real
term "Bailey bridge", common words and outlet words (Post, Mirror, Herald, Gazette, Clarion,
Mercury, Dispatch, Link), none of the outlet names as a phrase.

Every person, village, estate, colony, community, ward name, station, slipway, loch crossing,
vessel, school, health centre, pharmacy, market, factory, company, bus operator, railway operator,
association, union name, residents' group, research centre, outlet, wire, broadcaster, photographer
and number is invented. Real countries, regions, big cities, roads and public bodies appear only as
settings, with invented figures and invented people in their offices: Kenya, Nakuru and its county
government, county assembly and governor, the Controller of Budget, the Auditor-General and the
National Treasury; Bangladesh, Gazipur, Dhaka, Rangpur, the Dhaka-Mymensingh highway, the Gazipur
Metropolitan Police, the Industrial Police and the Department of Inspection for Factories and
Establishments (DIFE), Eid and the labour ministry (in a related headline); Japan, Iwate Prefecture
and its police and government, the Environment Ministry, and Akita (in a related headline); South
Korea, Busan, its Haeundae district, the Busan Metropolitan Government, the Busan Regional Labor
Relations Commission and Seoul (in a related headline); France, Brittany, Finistère, the
Côtes-d'Armor, Quimper, the education authority for Finistère and its director of academic
services, the canton and the 'carte scolaire'; Jamaica, St Catherine, the National Water
Commission (NWC), the St Catherine Municipal Corporation, New York, and Portmore and the Corporate
Area (in related headlines); Fiji, Tailevu, Nausori, Korovou and its health centre, Lautoka, Viti
Levu, the Central Division, the Fiji Roads Authority (FRA), the Fiji Meteorological Service, the
Ministry of Education and the office of Turaga ni Koro; Zimbabwe, Masvingo, Harare, the Ministry
of Primary and Secondary Education, the small claims courts and the ZiG; Pakistan, Lahore, the
deputy commissioner's office, the Punjab Food Authority, the Pakistan Bureau of Statistics and
the LDA (in a related headline); Portugal, the Algarve, Tavira, Faro, Olhão (in an address), the
Algarve Local Health Unit (ULS Algarve), the SNS and its transparency portal and the Assembly of
the Republic; Germany, Lower Saxony, its transport ministry, Hanover, Bremen, the Heidekreis
district and the Böhme valley; Scotland, Highland Council, Transport Scotland, the transport
secretary, Edinburgh, Norway, and Fort William (in a most-read headline). Social networks and apps
(Facebook, X, WhatsApp, Telegram, LinkedIn, Messenger, KakaoTalk, LINE) appear only as channels,
in share strips and in prompts.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points settled in `labelled_new77.py` and `labelled_new78.py`, as their docstrings
state them, hold too: furniture "B" line by line; a caption by its content and its credit "B";
headlines and standfirsts never split, one whose subject is a kind or a role ("Contractors' lobby
says", "Factory says", "Mayor says", "Roads Authority says", "Health authority says", "District
administrator says", "NWC blames") carrying the person or organisation the story names, in full; a
pronoun, a later surname or a role resolved to the full name as first given; an organisation's
later generic noun kept as written ("The company", "The union", "The commission", "The
authority", "The police", "The health unit") and "It" resolved to its name as first given; a
quote over several sentences or paragraphs carrying its speaker and cue, those before a trailing
attribution too; "declined to comment" and "did not say" labelled like speech with flags ""; a
named person acting with no verb of saying carrying no speaker; plans, votes, decisions, rules,
dates fixed and figures of record "W", an institution's expected date "W"; hedges, hopes,
intentions, threats, forecasts, opinions, feelings, advice and questions "".

Conventions this set had to settle, in the same spirit:

* Naming traditions. Japanese names are kept in the order the page gives them, family name first
  ("Kurobane Michio", then "Kurobane said"); the page's note on name order is "B". Korean names
  are kept whole ("Jeon Gwang-cheol"); two people of one surname are each given their own full
  name, and "He" goes to the one last named. A person the page never names in full is kept as
  written ("a 34-year-old office worker surnamed Yuk"). "Md." is an abbreviated given name and
  stays in the name ("Md. Tanvirul Khondakar"); "Syed", "Begum" and "Bibi" are name parts and
  stay; "Haji", "Ratu", "Adi", "Cde", "Mrs", "Ms", "Mme", "M.", "Eng.", "Dr.", "Dr", "Cllr",
  "Sergeant" and "Councillor" are titles and go; "Ratu Inoke said" (a title with the given name
  alone) resolves to "Inoke Vakalolo". Particles stay as the name is first given: "ole" in
  "Lenkoine ole Mpaayei" (and "Ole Mpaayei said" at a sentence's head), "de", "Le", "dos",
  "von" (and "Von Ahlsen said"); the apostrophe in "Lang'at" belongs to the name. A Portuguese
  double surname is resolved from its last part ("Calapez said", "Dr Bessa said").
* Roles as anaphors. "the CEC", "The industrial police superintendent", "the superintendent",
  "The DC", "the director", "the councillor", "the chief executive", "The mayor" and "the
  governor" (a governor first named only inside "A spokesperson for Governor ...") are the
  person. The spokesperson's own words keep "A spokesperson for Governor Jemimah Jebiwott Kiptum"
  as written, title and all, and "The spokesperson" after it as written.
* Organisations' short names. After the full name has been given, an abbreviation ("The NWC
  said", "the FRA said", "NWC blames" in a standfirst) is labelled with the name as first given
  ("the National Water Commission (NWC)", "the Fiji Roads Authority (FRA)"), as a surname is; a
  generic noun is kept as written. "Police said", "parents said" (in the middle of a lead) and
  "city officials said" (after a wire dateline) are kept as written; "They said" after "The
  police said" resolves to "the prefectural police", as first given.
* Channels and cues. A channel after the verb belongs to the cue, up to the end of the channel
  and without time words ("said in a post on X", "said in a statement", "said in a statement
  posted on its website", "said in a written reply to the Alfarroba Post", "said in a WhatsApp
  voice note to The Mercury"); a channel put before the subject leaves the main verb as the cue
  ("In a letter to the budget committee dated April 14, the county treasury said" -> "said"; "In
  a letter to parents ..., Mme de Kerbriant wrote" -> "wrote"; "In a letter to Lower Saxony's
  transport minister ..., she asked" -> "asked"; "In a post on its Facebook page on Thursday, the
  FRA said" -> "said"; "In a message posted on the town's website, Kurobane asked" -> "asked",
  flags "" as advice). "told the county assembly's budget committee", "told The Jamuna
  Dispatch", "told The Ravi Herald" and "told reporters" are cues as written, like "told the
  court"; so are "has confirmed", "confirmed", "has said", "blames", "wrote" and "asked".
  "Residents ... blocked the road ..., saying ..." carries the residents as written with the cue
  "saying".
* Documents. A notice, letter, directive, notification or figures as the subject of a verb are
  kept as written without the clause set off by commas ("The letter, signed by ..., lists" ->
  "The letter", cue "lists"; "A notice on the factory gate, signed by ... and put up on Tuesday
  evening, said" -> "A notice on the factory gate"; "The directive, sent to all schools ..., states"
  -> "The directive"; "Figures from the school's first-term report, seen by the Mirror, show" ->
  "Figures from the school's first-term report"); "according to a notification issued by the
  deputy commissioner's office on Wednesday" keeps X whole, and the notification's later "It says"
  resolves to it.
* Quotes over paragraphs in the British way. After "said:" or "He added:", the rest of that
  paragraph has no opening quotation mark, the next paragraph opens with one, and only the last
  closes; every sentence carries the colon line's speaker and cue ("said", "added").
* Check-worthiness of the same speaker's words. A date or sum fixed by an institution (a
  committee's summons for May 5, a list due by April 30, wages in cash on Thursday, 20,000 yen a
  day from June, a meeting on March 19, a report by Friday, a timetable on June 5, an extra bus
  at about €48,000) is "W"; an institution's expected date ("expected in the island by May 8", "We
  expect the parts to arrive in late April") is "W" as in `labelled_new78.py`; "might",
  "could", "hopeful", "hoped", "confident", "aiming for", "expected ... within two financial
  years, depending on ..." are "". A private person's own circumstances ("My landlord has already
  come to my door twice", "I owe US$45 from last term", "about Rs 15,000 a month on roti") are "";
  that person's account of what an institution did ("told to go to the emergency department",
  "my daughter was sent home", "They read out the names of the children who owe") is "W". A rule
  an official states ("No school head has the authority to send a learner home over fees") is "W"
  and the threat after it ("Any head who does that will be dealt with.") is "".
* Furniture. A note on the order of names and a translation note ("Quotes translated from German
  by ...") are "B", like "Edited excerpts:"; so are a wire's "(ATTN: ...)" note, "(END)", its
  keywords line, the agency credit "(Seorin)" after a caption (its own sentence), a WordPress
  comment form ("Leave a Reply", "Your email address will not be published.", "Required fields
  are marked *", the field line), a most-read list's numbers, and "Published in ..., April 16th,
  2026".

Splits. "Sh1.2bn", "2025/26", "Lang'at", "Md. Tanvirul", "8:30am", "1:15pm", "3pm", "Tk 3.4
crore", "$1.9 million", "(LEAD)", "(ATTN: ... paras 10-11; ...)", "2026-05-13 09:47", "BUSAN, May
13 (Seorin) --", "4:20 a.m., averting", "5 a.m. with", "18.4 billion won (US$13.3 million)", "Mme
de", "€310,000", "23.7 pupils", "11:40 a.m. and", "876-555-0142.", "9am on Monday", "dalo (taro)",
"330 1847", "US$18,400", "ZiG 900", "LAHORE:", "Rs 15,000", "15.9pc", "20kg", "Eng. Adelino",
"NIPC 512 987 330", "Dr. Hiltrud", "01.06.2026, 14:32", "€11.6 million", "Cllr Ciorstaidh", "No.
SC418223." and "4:15 pm" never split a sentence wrongly; "5:10 a.m." at a paragraph's end, "(Seorin)"
after a caption's full stop, "“The bakery closed in 2019." before "If the school goes, what is
left?”", "M. Kerhervé-Blouët said" at a sentence's head, "Ole Mpaayei said" at a sentence's head,
"Have a story for us?" before "Call or WhatsApp", "Got a story?" before "Email", "Do you have a
story?" before "Call our newsroom" and "Your email address will not be published." before
"Required fields are marked *" end one; a quoted question followed by its attribution ("... pay us
on time?” asked Morjina Nahar, ...") is one sentence.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Kenyan national daily's counties page on Nakuru, the county government says it has cleared Sh1.2 billion of pending bills while contractors dispute the figure, with a Maasai name whose particle ole is written lower case mid-sentence and Ole at the head of one, the finance CEC named once and then called the CEC and Mr Lang'at, two men (the CEC and the contractors' chairman) alternating by pronoun and surname, the Controller of Budget's report through according to and The report says, a letter from the county treasury and The letter lists, a ward MCA who says the committee has summoned officials on a fixed date, an unnamed spokesperson for the governor and then The spokesperson, the governor's post on X, a contractor named after her quote, a forecast beside a letter of record (masthead in capitals, e-paper strip with pipes, menu, crumb with ›, headline with Sh1.2bn and says, standfirst carrying the association through says, byline in capitals, published line with EAT, share line, caption and PHOTO | FILE credit, ALSO READ link, ADVERTISEMENT, related stories, newsletter prompt and button, copyright in two sentences, footer with pipes)",
    "Bangladeshi English-language daily's labour page, garment workers in Gazipur block a highway for five hours over unpaid April wages, with Md. kept as part of a name and Begum kept as a name, two women (the union's general secretary, later called by her nickname Munni, and the factory's head of human resources) alternating by pronoun, told The Jamuna Dispatch, a question in a quote followed by asked and the speaker's name, a notice on the factory gate that said, according to a national inspection department with an unnamed deputy inspector general, a researcher's survey nested in her own words, a worker named after his quote, the police superintendent named once and then called by his role (masthead, date, e-paper and Bangla strip, menu, crumb with ›, headline with a figure, standfirst carrying the factory through says, correspondent line, updated line with a 24-hour time, share line, caption and PHOTO: COLLECTED credit, Tk and crore figures, am and pm, related news, copyright in two sentences, editor and address line with middle dots)",
    "Japanese regional broadcaster's English-language news site, a town in Iwate closes its school grounds after a record month of bear sightings, with Japanese names written family name first as a site note says (Kurobane Michio later Kurobane, Okudaira Kazuo later Okudaira, Sekimoto Yasue, Ashizawa Tomiko), two men (the mayor and the hunters' leader) alternating by surname and pronoun, the mayor later called the mayor, two women (the principal and a resident) in turn, according to the prefectural police and then The police said, an unnamed town official and an unnamed prefectural official called The official, Environment Ministry figures that show, a message posted on the town's website with asked, straight quotation marks, a resident named after her quote (brand in capitals with a pipe, menu with a Japanese label, crumb with a slash, headline with a figure, names note, date line with JST, share line with LINE, video caption with its credit and running time, related list, copyright in two sentences, footer with pipes)",
    "South Korean news agency's English wire page, Busan bus drivers call off a strike after a wage deal reached before dawn, with two men surnamed Jeon (the union chairman Jeon Gwang-cheol and the city's transport director Jeon Mun-yeop) who are always given their full names and alternate with He, a dateline with the agency in brackets and two hyphens that carries city officials said, the union named and then called the union, an unnamed operators' spokesperson and then The spokesperson, a commuter known only as a 34-year-old office worker surnamed Yuk, according to the Busan Metropolitan Government and then it said, a.m. in the middle of a sentence, won with dollars in brackets, straight quotation marks (agency name in capitals, language strip with pipes and three scripts, menu, section label, headline with (LEAD), ATTN note, byline, date line with a 24-hour time, share line, caption with its agency credit in brackets, (END), keywords line with hashes, related articles, copyright in two sentences, footer)",
    "English-language news site for residents of Brittany, a village primary school in Finistère is to lose one of its four classes, with the mayor Soazig de Kerbriant (later Mme de Kerbriant and the mayor) and the parents' association chair Gaëlle Le Moign (later Ms Le Moign) as two women alternating by pronoun, the education authority for Finistère has confirmed and then The authority said with it said inside, figures from the authority through according to, a letter to parents with wrote, an unnamed spokesperson for the authority and then The spokesperson, a notice on the school gate that says, a teachers' union that said in a statement, a retired baker named after his quote and then called M. Kerhervé-Blouët, a council meeting fixed for a date (brand, tagline, menu, crumb with ›, headline with a figure, standfirst carrying the mayor through says, byline, date line with at, share line, caption and Photo: credit, Advertisement, Related articles, newsletter box, comments count, footer with SARL and dashes)",
    "Jamaican daily's news page, residents of a St Catherine community block a road after more than three weeks without piped water, with residents who blocked the road saying, a citizens' association president named after her quote and then Mrs Tingling, the water company's communications manager named after her role, two women alternating by pronoun, the National Water Commission (NWC) then The NWC said in a post on X and The commission said, a councillor named with a division and then called by surname and The councillor, an MP with Dr who said in a WhatsApp voice note, two men alternating, Police said, a retired bus driver named after his quote, according to the NWC's figures, Jamaican English in quotes (masthead in capitals, subscribe and e-paper strip with pipes, menu, section label, headline, standfirst carrying the NWC through blames, staff reporter line, weekday date line with a pipe, share line, caption and photographer credit with a slash, ADVERTISEMENT, related stories, a tip line with a question and a telephone number, copyright in two sentences, footer with pipes)",
    "Fijian daily's news page, four villages in Tailevu are cut off after a bridge is washed away and villagers cross the river by punt, with Fijian chiefly titles (the Turaga ni Koro Ratu Inoke Vakalolo later Ratu Inoke, the head teacher Adi Akanisi Tabuanikoro) and an Indo-Fijian chief executive and bus owner, two men (the Turaga ni Koro and the roads authority's chief executive, later the chief executive) alternating, two women (the head teacher and a police sergeant) in turn, the Fiji Roads Authority (FRA) said in a statement and then the FRA said on its Facebook page, according to the Fiji Meteorological Service, the Ministry of Education said in a statement, a farmer named after his quote, am in figures and a Fijian word glossed in brackets (masthead, tagline, menu, section label in capitals, headline, standfirst carrying the FRA through says, byline, date line with am, share line, caption and Picture: credit, Advertisement, Related, newsroom line in two sentences with a phone number, copyright in two sentences, footer)",
    "Zimbabwean community newspaper's site in Masvingo, pupils at a primary school are sent home over unpaid fees despite a ministry directive, with Mrs and Cde titles, three women (the school head who declined to comment, the school development committee chairperson and the provincial education director) in turn by pronoun and role, the director named once and then called the director, parents said in the lead, a directive that states, a parent named after her quote, Figures from the school's first-term report, seen by the paper, show, a ward councillor with Cde who is later called the councillor, a vegetable vendor named after his quote, US$ and ZiG figures (masthead in capitals, tagline, menu with pipes, section label in capitals, headline, byline, date, comment count, caption and Picture: credit, a share line with a colon, Related, a WordPress comment form in three lines, copyright with a pipe and a designer credit)",
    "Pakistani English-language daily's Lahore page, the district administration fixes the price of roti and naan and tandoor owners threaten a strike, with Syed kept as part of a name and Haji dropped as an honorific, two men (the deputy commissioner, later the DC and Mr Mujtaba, and the tandoor association's president, later Mr Dogar) alternating by pronoun and surname, a notification issued by the deputy commissioner's office through according to and then The notification says, told The Ravi Herald, an unnamed spokesperson for the Punjab Food Authority, according to the Pakistan Bureau of Statistics, Bibi kept as a name, a tandoor owner who speaks for himself, a dateline with a colon, Rs figures with and without a space, pc and per cent (masthead in capitals, place and date strip with a pipe, menu, section label, headline, staff reporter line, published line, share line with a comment count, caption and a dash credit, Published in line with 16th, WhatsApp prompt, more stories list, copyright)",
    "English-language weekly in the Algarve, a town's 4,200 health-centre patients are left without a family doctor when its last GP retires, with Portuguese double surnames and particles (Isabel Leonor Trindade Bessa later Dr Bessa, Adelino Manuel dos Prazeres Calapez later Calapez, Aníbal Custódio Louro Figueira, Lurdes Amaral Capucho) and Eng. before a name, the regional health unit named in full with its acronym and said in a written reply and then It said, two women (the retired GP and a patient) alternating by pronoun, two men (the parish president and the mayor) alternating by surname and pronoun, according to the SNS transparency portal, an unnamed spokesperson for the health unit answering a question, The health unit did not say, a petition filed with parliament and a vote of record beside a hope (masthead in capitals, tagline with a pipe, menu, section label, headline with a figure, standfirst carrying the health unit through says, byline, date, share line, caption and Photo: credit, Advertisement, letters line with an email, more-from list, company line with Lda. and middle dots, copyright)",
    "English-language news site for Lower Saxony, a regional railway line is to close for seven months for rebuilding and be replaced by buses, with the operator named after a descriptor and then called The company and It, according to the company, a district administrator with Dr. and a lower-case von mid-sentence and Von at the head of a sentence, two women (the district administrator and the commuters' group chair) alternating by pronoun and surname, a letter to the state transport minister with asked, an unnamed ministry spokeswoman who confirmed, a statement posted on the operator's website, a named company spokesman, a translation note, a date with dots and a 24-hour time (brand in capitals, tagline, menu with Deutsch, crumb with ›, headline, standfirst carrying the district administrator through says, byline, date line, share line, caption and Photo: credit, Advertisement, more-from list, newsletter line, footer with Imprint, copyright with GmbH)",
    "Scottish Highland weekly's site, a council-run car ferry across a sea loch is out of service until May after its gearbox fails, with quotes that run over several paragraphs after said: in the British way (a council spokesperson's statement over two paragraphs, the community council convener's words over two), Highland Council has said in the lead, according to council figures, two women (the convener Oighrig MacFhionnlaigh and the committee chair Cllr Ciorstaidh Tolquhon) alternating by pronoun and name, an unnamed Transport Scotland spokesperson, a local MSP who wrote to the transport secretary and then added:, a skipper with Gaelic names named after his quote, two men (the MSP and the skipper) in turn, an institution's expected date beside a councillor's hope (masthead, menu, sign-in strip, crumb with ›, headline, standfirst carrying the council through saying, byline, weekday date line with pm, share line, caption and (Image: ...) credit, Advertisement, Read more link, story-tip line, most-read list with numbers, company line with Registered in Scotland, footer)",
]

ARTICLES = [
    [
        [
            ("THE MENENGAI POST", "", "", "B"),
        ],
        [
            ("E-Paper | Subscribe | Log in", "", "", "B"),
        ],
        [
            (
                "Home   News   Counties   Business   Politics   Sports   Opinion   Lifestyle   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Counties › Nakuru", "", "", "B"),
        ],
        [
            (
                "Nakuru says Sh1.2bn in pending bills paid as contractors dispute figure",
                "the Nakuru County Government",
                "says",
                "W",
            ),
        ],
        [
            (
                "Contractors' lobby says more than 400 of its members are still owed money for work done as far back as 2019",
                "the Nakuru Contractors and Suppliers Association",
                "says",
                "W",
            ),
        ],
        [
            ("By WANZA KATHAMBI", "", "", "B"),
        ],
        [
            ("Published on: Apr 21, 2026 19:42 EAT", "", "", "B"),
        ],
        [
            ("Share this story: Facebook   X   WhatsApp   Telegram   Email", "", "", "B"),
        ],
        [
            (
                "Labourers at a stalled drainage project in Kiptoyo Gardens estate, Nakuru, in March.",
                "",
                "",
                "",
            ),
            ("PHOTO | FILE", "", "", "B"),
        ],
        [
            (
                "The Nakuru County Government says it has paid Sh1.2 billion of the Sh3.9 billion it owed contractors and suppliers at the end of June last year, but firms that did the work say the figure does not match what has reached their accounts.",
                "the Nakuru County Government",
                "says",
                "W",
            ),
        ],
        [
            (
                "Finance and Economic Planning County Executive Committee Member Elkana Kipsoi Lang'at told the county assembly's budget committee on Monday that 1,146 invoices had been cleared between July 1, 2025 and March 31 this year.",
                "Elkana Kipsoi Lang'at",
                "told the county assembly's budget committee",
                "W",
            ),
            (
                "He said invoices below Sh5 million had been given priority, and that 71 per cent of the money paid had gone to firms owned by young people, women and persons with disabilities.",
                "Elkana Kipsoi Lang'at",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have not left anybody behind,” the CEC said.",
                "Elkana Kipsoi Lang'at",
                "said",
                "",
            ),
            (
                "“If your invoice is genuine and it has been verified, you will be paid, and I want to assure every contractor in this county of that.”",
                "Elkana Kipsoi Lang'at",
                "said",
                "",
            ),
        ],
        [
            (
                "But the chairman of the Nakuru Contractors and Suppliers Association, Lenkoine ole Mpaayei, said more than 400 of the association's 1,310 members were still owed money for work done as far back as 2019.",
                "Lenkoine ole Mpaayei",
                "said",
                "W",
            ),
            (
                "He said some members had borrowed against their invoices and were now being pursued by banks and auctioneers.",
                "Lenkoine ole Mpaayei",
                "said",
                "",
            ),
            (
                "“The CEC can read out any number he likes in the assembly,” Mr ole Mpaayei said.",
                "Lenkoine ole Mpaayei",
                "said",
                "",
            ),
            (
                "“Go to Kiptoyo Gardens and ask the man who built the drainage there whether he has been paid.”",
                "Lenkoine ole Mpaayei",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Controller of Budget's report for the first half of the 2025/26 financial year, Nakuru's pending bills stood at Sh3.4 billion at the end of December, the fourth-highest of the 47 counties.",
                "the Controller of Budget's report for the first half of the 2025/26 financial year",
                "according to",
                "W",
            ),
            (
                "The report says the county spent Sh2.1 billion on development projects in the six months, or 29 per cent of its development budget for the year.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "In a letter to the budget committee dated April 14, the county treasury said invoices worth Sh640 million had been rejected after an internal audit found no evidence that the work had been done.",
                "the county treasury",
                "said",
                "W",
            ),
            (
                "The letter, signed by the chief officer for finance, Emmaculate Jerop Cheptorus, lists 212 invoices that the treasury says were for work that was never done or never finished.",
                "The letter",
                "lists",
                "W",
            ),
        ],
        [
            (
                "Ole Mpaayei said the association had asked for the list of rejected invoices three times since January and had not received it.",
                "Lenkoine ole Mpaayei",
                "said",
                "W",
            ),
            (
                "“If my members are thieves, let the county take them to court,” he said.",
                "Lenkoine ole Mpaayei",
                "said",
                "",
            ),
            ("“Do not just sit on their money.”", "Lenkoine ole Mpaayei", "said", ""),
        ],
        [
            ("ALSO READ: Nakuru MCAs pass Sh19.6bn budget estimates for 2026/27", "", "", "B"),
        ],
        [
            (
                "Lengenet Ward MCA Teresia Wanjugu Githaiga, who sits on the budget committee, said the committee had summoned Mr Lang'at and Ms Cheptorus to appear before it on May 5 to explain the rejected invoices.",
                "Teresia Wanjugu Githaiga",
                "said",
                "W",
            ),
            (
                "She said 37 contractors from her ward alone had written to her about unpaid bills since January.",
                "Teresia Wanjugu Githaiga",
                "said",
                "W",
            ),
            (
                "“Some of these people built the classrooms our children are sitting in today,” she said.",
                "Teresia Wanjugu Githaiga",
                "said",
                "",
            ),
            (
                "“Nobody will tell me that work was never done.”",
                "Teresia Wanjugu Githaiga",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for Governor Jemimah Jebiwott Kiptum, who asked not to be named because she was not authorised to speak on the matter, said the governor had directed the treasury on Friday to publish a list of every paid invoice on the county's website.",
                "A spokesperson for Governor Jemimah Jebiwott Kiptum",
                "said",
                "W",
            ),
            (
                "The spokesperson said the list would be up by April 30.",
                "The spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a post on X on Sunday, the governor said her administration had “inherited a mountain of bills” and had paid off more of them in three years than the previous administration did in five.",
                "Jemimah Jebiwott Kiptum",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I did the Kivumbini Ridge drainage in 2021 and I am still owed Sh4.6 million,” said Mercyline Wangechi Gachomba, who runs a small building firm in Nakuru town.",
                "Mercyline Wangechi Gachomba",
                "said",
                "W",
            ),
            (
                "“I have stopped picking calls from numbers I don't know.”",
                "Mercyline Wangechi Gachomba",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Lang'at said the county had written to the Auditor-General on April 10 asking for a special audit of the invoices that had been rejected.",
                "Elkana Kipsoi Lang'at",
                "said",
                "W",
            ),
            (
                "He said he expected the rest of the backlog to be cleared within two financial years, depending on how much the county receives from the National Treasury.",
                "Elkana Kipsoi Lang'at",
                "said",
                "",
            ),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Contractors camp outside Treasury over Sh200bn in arrears", "", "", "B"),
        ],
        [
            ("Counties' own-source revenue up 11pc, report shows", "", "", "B"),
        ],
        [
            ("Get the day's top stories in your inbox every morning.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("© 2026 The Menengai Post.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "About Us | Contact Us | Careers | Advertise With Us | Privacy Policy | Terms of Use",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("The Jamuna Dispatch", "", "", "B"),
        ],
        [
            ("Tuesday, May 12, 2026 | E-paper | বাংলা", "", "", "B"),
        ],
        [
            (
                "Home   Bangladesh   Business   World   Opinion   Sports   Entertainment   Lifestyle   Tech",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bangladesh › Labour", "", "", "B"),
        ],
        [
            ("Gazipur workers block highway for 5 hours over unpaid April wages", "", "", "W"),
        ],
        [
            (
                "Factory says a buyer held back payment and promises wages in cash on Thursday",
                "Nilachal Knit Fashions Ltd",
                "says",
                "W",
            ),
        ],
        [
            ("Staff Correspondent, Gazipur", "", "", "B"),
        ],
        [
            ("Updated: 12 May 2026, 21:15", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Messenger   Copy link", "", "", "B"),
        ],
        [
            (
                "Workers of Nilachal Knit Fashions Ltd on the Dhaka-Mymensingh highway at Shimuljhuri in Gazipur on Tuesday morning.",
                "",
                "",
                "",
            ),
            ("PHOTO: COLLECTED", "", "", "B"),
        ],
        [
            (
                "Hundreds of workers of a garment factory in Gazipur blocked the Dhaka-Mymensingh highway for nearly five hours on Tuesday, demanding their wages for April, which they say were due on May 7.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The blockade, which began at around 8:30am at Shimuljhuri, left vehicles stranded for about 12 kilometres on both sides of the road, according to the Gazipur Metropolitan Police.",
                "the Gazipur Metropolitan Police",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Superintendent of Industrial Police Md. Tanvirul Khondakar said the workers left the road at about 1:15pm after the owners of Nilachal Knit Fashions Ltd agreed to pay the wages by Thursday.",
                "Md. Tanvirul Khondakar",
                "said",
                "W",
            ),
            (
                "He said no one had been arrested and no vehicle had been damaged.",
                "Md. Tanvirul Khondakar",
                "said",
                "W",
            ),
            (
                "Traffic on the highway was back to normal by about 3pm, the superintendent said.",
                "Md. Tanvirul Khondakar",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We work ten hours a day, and the owners cannot pay us on time?” asked Morjina Nahar, a sewing operator who has worked at the factory for six years.",
                "Morjina Nahar",
                "asked",
                "",
            ),
            (
                "“My landlord has already come to my door twice this month.”",
                "Morjina Nahar",
                "asked",
                "",
            ),
        ],
        [
            (
                "Rehana Begum Munni, general secretary of the factory's workers' union, said about 2,300 of the factory's 2,800 workers had not received their April wages, and that their March wages had been paid 11 days late.",
                "Rehana Begum Munni",
                "said",
                "W",
            ),
            (
                "She said the owners had missed a promised payment date three times since January.",
                "Rehana Begum Munni",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tanzila Afroz Khandker, the factory's head of human resources and compliance, told The Jamuna Dispatch that a European buyer had held back payment for two shipments worth about $1.9 million over a quality dispute.",
                "Tanzila Afroz Khandker",
                "told The Jamuna Dispatch",
                "W",
            ),
            (
                "She said the wages, about Tk 3.4 crore in total, would be paid in cash at the factory on Thursday.",
                "Tanzila Afroz Khandker",
                "said",
                "W",
            ),
            (
                "“We are not running away from anybody,” she said.",
                "Tanzila Afroz Khandker",
                "said",
                "",
            ),
            (
                "“Even if the buyer's money does not come by then, the workers will get every taka on Thursday.”",
                "Tanzila Afroz Khandker",
                "said",
                "",
            ),
        ],
        [
            (
                "Munni, however, said the workers had been promised their wages “by Thursday” twice before, in February and in March.",
                "Rehana Begum Munni",
                "said",
                "W",
            ),
            ("“They said Thursday then also,” she said.", "Rehana Begum Munni", "said", ""),
            (
                "“If the money does not come, we will be back on the road on Saturday.”",
                "Rehana Begum Munni",
                "said",
                "",
            ),
        ],
        [
            (
                "A notice on the factory gate, signed by the managing director and put up on Tuesday evening, said the factory would stay closed on Wednesday and reopen on Thursday, when the wages would be paid.",
                "A notice on the factory gate",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the Department of Inspection for Factories and Establishments (DIFE), 47 factories in Gazipur had not paid their April wages as of Monday, out of about 1,100 factories under its Gazipur office.",
                "the Department of Inspection for Factories and Establishments (DIFE)",
                "according to",
                "W",
            ),
            (
                "A deputy inspector general of the department, who spoke on condition of anonymity, said 39 of those factories had told the department in writing that they would pay before Eid.",
                "A deputy inspector general of the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Labour researcher Dr Mahmuda Anjuman Bhowmik of the Dhaka-based Centre for Workplace Studies said a survey by her centre had recorded wage delays at 212 factories in April and May last year, against 96 in the other ten months combined.",
                "Mahmuda Anjuman Bhowmik",
                "said",
                "W",
            ),
            (
                "She said factories tended to fall behind in the weeks before Eid because they also had to find money for festival bonuses.",
                "Mahmuda Anjuman Bhowmik",
                "said",
                "",
            ),
            (
                "“I expect this year to be worse, not better,” she said.",
                "Mahmuda Anjuman Bhowmik",
                "said",
                "",
            ),
        ],
        [
            (
                "“If the wages come on Thursday, I will go home to Rangpur for Eid,” said Nurunnabi Shikder, 42, a cutting master at the factory.",
                "Nurunnabi Shikder",
                "said",
                "",
            ),
            (
                "“If not, I do not know what I will tell my mother.”",
                "Nurunnabi Shikder",
                "said",
                "",
            ),
        ],
        [
            (
                "The industrial police superintendent said 14 officers would remain posted at the factory until the wages had been paid.",
                "Md. Tanvirul Khondakar",
                "said",
                "W",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Eid bonus: labour ministry asks factories to pay by 20 May", "", "", "B"),
        ],
        [
            ("RMG exports up 6pc in April", "", "", "B"),
        ],
        [
            ("Copyright © 2026 The Jamuna Dispatch.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Editor & Publisher: Ferdousi Anwara Siddiqa · Dispatch Bhaban, 7 Ruposhi Lane, Dhaka 1000 · news@jamunadispatch.com",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("SANRIKU BROADCASTING | ENGLISH", "", "", "B"),
        ],
        [
            (
                "Top   Japan   Region   Business   Weather   Disaster Info   Video   日本語",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Region / Iwate", "", "", "B"),
        ],
        [
            (
                "Bear sightings close school grounds in Iwate town after 2 people injured",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Japanese names in this article are given family name first.", "", "", "B"),
        ],
        [
            ("May 26, 2026 18:40 JST", "", "", "B"),
        ],
        [
            ("Share   X   Facebook   LINE   Copy link", "", "", "B"),
        ],
        [
            (
                "A bear crosses a farm road on the edge of Tonomaki on Saturday, in video taken by a resident.",
                "",
                "",
                "",
            ),
            ("Video: courtesy of a viewer", "", "", "B"),
        ],
        [
            ("0:48", "", "", "B"),
        ],
        [
            (
                "A town in Iwate Prefecture has closed the grounds of its two elementary schools and cancelled all outdoor classes after a record number of bear sightings this month.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Two people have been injured by bears in Tonomaki since May 9, according to the prefectural police.",
                "the prefectural police",
                "according to",
                "W",
            ),
            (
                "The police said a man in his 70s was scratched on the face and arm while picking wild vegetables on Saturday, and a woman in her 60s was bitten on the leg near her home on May 14.",
                "The police",
                "said",
                "W",
            ),
            (
                "They said officers had been posted at both schools at the start and end of the school day since May 15.",
                "the prefectural police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tonomaki Mayor Kurobane Michio said at a news conference on Tuesday that the town had received 96 reports of bear sightings since May 1, more than in any full month since it began keeping records in 2008.",
                "Kurobane Michio",
                "said",
                "W",
            ),
            (
                "He said the grounds of both elementary schools would stay closed until at least June 12, and that children would be taken to and from school by town buses.",
                "Kurobane Michio",
                "said",
                "W",
            ),
            (
                '"I want to apologize to the parents for the trouble," Kurobane said.',
                "Kurobane Michio",
                "said",
                "",
            ),
            (
                '"But I cannot put children where a bear could walk in."',
                "Kurobane Michio",
                "said",
                "",
            ),
        ],
        [
            (
                "A town official said some of the 96 reports might describe the same bear seen by different people.",
                "A town official",
                "said",
                "",
            ),
        ],
        [
            (
                "Okudaira Kazuo, who heads the local hunters' association, said its 23 members had caught 11 bears in traps set around the town since April.",
                "Okudaira Kazuo",
                "said",
                "W",
            ),
            (
                "He said 17 of the members were over 70 and could not patrol every day.",
                "Okudaira Kazuo",
                "said",
                "W",
            ),
            (
                "Okudaira said he had seen a mother bear with two cubs on the road to Tonomaki Higashi Elementary School on May 20.",
                "Okudaira Kazuo",
                "said",
                "W",
            ),
            (
                '"We are getting old faster than the bears are getting bold," he said.',
                "Okudaira Kazuo",
                "said",
                "",
            ),
        ],
        [
            (
                "The mayor said the town would pay hunters 20,000 yen for each day of patrol from June, up from 8,000 yen.",
                "Kurobane Michio",
                "said",
                "W",
            ),
            (
                "Okudaira said that was welcome, but that the association needed younger members more than it needed money.",
                "Okudaira Kazuo",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the prefectural government, there were 1,942 bear sightings across Iwate from April 1 to May 24, almost twice as many as in the same period last year.",
                "the prefectural government",
                "according to",
                "W",
            ),
            (
                "An official at the prefecture's nature conservation division said a poor crop of beechnuts last autumn had left bears hungrier than usual when they came out of hibernation.",
                "An official at the prefecture's nature conservation division",
                "said",
                "W",
            ),
            (
                "The official said sightings could rise further in June, when young bears leave their mothers.",
                "The official",
                "said",
                "",
            ),
            (
                "The prefecture issued its first bear warning of the year on April 22, two weeks earlier than last year, the official said.",
                "The official",
                "said",
                "W",
            ),
        ],
        [
            (
                "Environment Ministry figures show 219 people were injured by bears across Japan in fiscal 2025, the most since the ministry began keeping records in fiscal 2006.",
                "Environment Ministry figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Sekimoto Yasue, the principal of Tonomaki Higashi Elementary School, said the school's sports day, set for May 30, had been moved to the gym of the town's junior high school.",
                "Sekimoto Yasue",
                "said",
                "W",
            ),
            (
                '"The children were very disappointed, but they understand," she said.',
                "Sekimoto Yasue",
                "said",
                "",
            ),
        ],
        [
            (
                '"I have lived here for 81 years and I never once saw a bear in the village," said Ashizawa Tomiko, whose house is about 200 meters from where the woman was bitten.',
                "Ashizawa Tomiko",
                "said",
                "",
            ),
            (
                '"Now I see one from my kitchen window nearly every evening."',
                "Ashizawa Tomiko",
                "said",
                "",
            ),
            (
                "She said she now carries a bell and a radio when she goes out to her field.",
                "Ashizawa Tomiko",
                "said",
                "",
            ),
        ],
        [
            (
                "In a message posted on the town's website, Kurobane asked residents to carry bells, to avoid going out alone at dawn and dusk, and to call the town office if they see a bear.",
                "Kurobane Michio",
                "asked",
                "",
            ),
            (
                "The town office's bear hotline will be staffed 24 hours a day until the end of June.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Bear enters supermarket in Akita, injuring employee", "", "", "B"),
        ],
        [
            ("Government to let police shoot bears in residential areas", "", "", "B"),
        ],
        [
            ("© Sanriku Broadcasting Corporation.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Contact | About SBC English", "", "", "B"),
        ],
    ],
    [
        [
            ("SEORIN NEWS AGENCY", "", "", "B"),
        ],
        [
            ("ENGLISH | 한국어 | 中文 | 日本語", "", "", "B"),
        ],
        [
            (
                "National   Politics   Economy   Society   Local   Culture   Sports   Photos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local", "", "", "B"),
        ],
        [
            ("(LEAD) Busan bus drivers call off strike after last-minute wage deal", "", "", "W"),
        ],
        [
            (
                "(ATTN: ADDS comments from commuters in paras 10-11; UPDATES with city figures)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("By Eom Chae-ju", "", "", "B"),
        ],
        [
            ("2026-05-13 09:47", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   KakaoTalk   Email   Print", "", "", "B"),
        ],
        [
            (
                "City buses leave a depot in Busan on May 13, 2026, after the drivers' union called off a planned strike.",
                "",
                "",
                "W",
            ),
            ("(Seorin)", "", "", "B"),
        ],
        [
            (
                "BUSAN, May 13 (Seorin) -- Bus drivers in Busan called off a strike planned for Wednesday morning after reaching a wage deal with bus operators at about 4:20 a.m., averting a shutdown of the city's 2,500 buses on 147 routes, city officials said.",
                "city officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Busan Route Bus Workers' Union, which represents some 5,600 drivers at the city's 33 bus companies, said the two sides agreed on a 3.5 percent rise in basic pay for this year after 11 hours of mediated talks at the Busan Regional Labor Relations Commission.",
                "the Busan Route Bus Workers' Union",
                "said",
                "W",
            ),
            (
                "The union had demanded 8.2 percent, while the operators had offered 2.5 percent.",
                "",
                "",
                "W",
            ),
            (
                "The union said 94.6 percent of its members had voted for a strike in a ballot on May 7.",
                "The union",
                "said",
                "W",
            ),
            (
                "A mediator at the commission, who asked not to be identified, said the talks had nearly broken down twice during the night, at about 11 p.m. and again at 2 a.m.",
                "A mediator at the commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Jeon Gwang-cheol, the union's chairman, told reporters outside the commission building that the deal also raises the retirement age for drivers from 63 to 64 from next year.",
                "Jeon Gwang-cheol",
                "told reporters",
                "W",
            ),
            (
                '"It is not everything we wanted, but we could not ask the citizens of Busan to walk to work," Jeon Gwang-cheol said.',
                "Jeon Gwang-cheol",
                "said",
                "",
            ),
        ],
        [
            (
                "Jeon Mun-yeop, director of the city's public transportation division, said the city would pay about 18.4 billion won (US$13.3 million) more in subsidies to bus companies this year to cover the rise.",
                "Jeon Mun-yeop",
                "said",
                "W",
            ),
            (
                "He said the city had not yet decided whether to raise bus fares, which were last increased in October 2023.",
                "Jeon Mun-yeop",
                "said",
                "W",
            ),
        ],
        [
            (
                "Jeon Gwang-cheol said drivers at the city's bus companies work an average of 21 days a month, and that 312 drivers left the job last year, most of them for better-paid work at logistics firms.",
                "Jeon Gwang-cheol",
                "said",
                "W",
            ),
            (
                "He said the union would push for a five-day week in next year's talks.",
                "Jeon Gwang-cheol",
                "said",
                "",
            ),
            (
                '"Our drivers are tired, and tired drivers are dangerous drivers," he said.',
                "Jeon Gwang-cheol",
                "said",
                "",
            ),
        ],
        [
            (
                'Jeon Mun-yeop said a fare rise was "one of the options" but that the city would first hear from citizens.',
                "Jeon Mun-yeop",
                "said",
                "",
            ),
            (
                '"Nothing has been decided, and nothing will be decided this month," he said.',
                "Jeon Mun-yeop",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Busan bus operators' association said its 33 member companies had lost a combined 41.2 billion won last year before subsidies.",
                "A spokesperson for the Busan bus operators' association",
                "said",
                "W",
            ),
            (
                "The spokesperson, who asked not to be named, said the companies could not afford the rise without more support from the city.",
                "The spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Busan's city buses have been run under a semi-public system since 2007, in which the city covers operators' losses in return for a say over routes and fares.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"I left home at 5 a.m. with my running shoes in my bag, just in case," said a 34-year-old office worker surnamed Yuk, waiting at a bus stop in Haeundae district.',
                "a 34-year-old office worker surnamed Yuk",
                "said",
                "",
            ),
            (
                '"The subway does not go anywhere near my office."',
                "a 34-year-old office worker surnamed Yuk",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Busan Metropolitan Government, city buses carry about 920,000 passengers on an average weekday, or about 40 percent of all trips made on public transport in Busan.",
                "the Busan Metropolitan Government",
                "according to",
                "W",
            ),
            (
                "The city had lined up 400 chartered buses and planned to extend subway hours by one hour in case of a strike, it said.",
                "the Busan Metropolitan Government",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said the chartered buses had been stood down at 5:10 a.m.",
                "the Busan Metropolitan Government",
                "said",
                "W",
            ),
        ],
        [
            ("(END)", "", "", "B"),
        ],
        [
            ("Keywords   #Busan   #bus strike   #wage deal   #public transport", "", "", "B"),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Seoul bus drivers end two-day strike after pay deal", "", "", "B"),
        ],
        [
            ("(LEAD) Minimum wage panel opens talks for 2027", "", "", "B"),
        ],
        [
            ("Copyright(C) Seorin News Agency.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Unauthorized reproduction and redistribution prohibited | About Us | Contact | Privacy Policy",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Brittany Link", "", "", "B"),
        ],
        [
            ("English-language news from Finistère and the Côtes-d'Armor", "", "", "B"),
        ],
        [
            (
                "News   Property   Practical   Food & Drink   Events   Classifieds   Forum",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local news › Finistère", "", "", "B"),
        ],
        [
            ("Village school to lose a class as pupil numbers fall to 71", "", "", "W"),
        ],
        [
            (
                "Mayor says the decision is ‘a sentence passed on the whole village’",
                "Soazig de Kerbriant",
                "says",
                "",
            ),
        ],
        [
            ("By Tryphena Quiller-Polwhele", "", "", "B"),
        ],
        [
            ("Thursday 12 March 2026 at 11:20", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Email   Print", "", "", "B"),
        ],
        [
            ("The village school in Kerzeval, which has four classes this year.", "", "", ""),
            ("Photo: Brittany Link", "", "", "B"),
        ],
        [
            (
                "The primary school in Kerzeval, a village of about 1,400 people north of Quimper, will lose one of its four classes in September, the education authority for Finistère has confirmed.",
                "the education authority for Finistère",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "The school will have 71 pupils at the start of the next school year, down from 84 this year and 97 in 2021, according to figures from the authority.",
                "figures from the authority",
                "according to",
                "W",
            ),
            (
                "The authority said classes would average 23.7 pupils once the fourth class closes, which it said was in line with its rules for rural schools in the département.",
                "The authority",
                "said",
                "W",
            ),
            (
                "It has said Finistère's public primary schools will have 1,140 fewer pupils in September than this year.",
                "the education authority for Finistère",
                "has said",
                "W",
            ),
        ],
        [
            (
                "Mayor Soazig de Kerbriant said the decision was “a sentence passed on the whole village”.",
                "Soazig de Kerbriant",
                "said",
                "",
            ),
            (
                "She said the commune had spent €310,000 since 2022 renovating the school's classrooms and canteen, and that eight families with young children had moved to Kerzeval in the past two years.",
                "Soazig de Kerbriant",
                "said",
                "W",
            ),
            (
                "“We did everything we were asked to do,” she said.",
                "Soazig de Kerbriant",
                "said",
                "",
            ),
            ("“And now they take away a class.”", "Soazig de Kerbriant", "said", ""),
        ],
        [
            (
                "In a letter to parents dated March 6, Mme de Kerbriant wrote that the council had asked the authority to review its decision and had requested a meeting with the director of academic services in Quimper.",
                "Soazig de Kerbriant",
                "wrote",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Gaëlle Le Moign, who chairs the school's parents' association, said a petition against the closure had been signed by 612 people in eight days.",
                "Gaëlle Le Moign",
                "said",
                "W",
            ),
            (
                "She said parents feared the school would lose a second class within three years and then close altogether.",
                "Gaëlle Le Moign",
                "said",
                "",
            ),
            (
                "“Then our children will be on a bus for 40 minutes every morning,” Ms Le Moign said.",
                "Gaëlle Le Moign",
                "said",
                "",
            ),
        ],
        [
            (
                "The mayor said she did not share that fear, but that the village could not “just sit and wait”.",
                "Soazig de Kerbriant",
                "said",
                "",
            ),
            (
                "She said she would ask the other mayors of the canton to sign a joint letter.",
                "Soazig de Kerbriant",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the authority, who asked not to be named, said 43 classes would close in Finistère's public primary schools in September and 19 would open.",
                "A spokesperson for the authority",
                "said",
                "W",
            ),
            (
                "The spokesperson said the closure in Kerzeval would be cancelled if at least 78 pupils were enrolled by June 30.",
                "The spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "A notice on the school gate says enrolments for September close on April 30.",
                "A notice on the school gate",
                "says",
                "W",
            ),
        ],
        [
            (
                "The largest primary teachers' union in Finistère said in a statement that 11 of the 43 closures were in villages with a single school.",
                "The largest primary teachers' union in Finistère",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "“My grandchildren are the fourth generation to go to that school,” said Yvon Kerhervé-Blouët, 77, who baked the village's bread for 38 years.",
                "Yvon Kerhervé-Blouët",
                "said",
                "",
            ),
            ("“The bakery closed in 2019.", "Yvon Kerhervé-Blouët", "said", "W"),
            ("If the school goes, what is left?”", "Yvon Kerhervé-Blouët", "said", ""),
            (
                "M. Kerhervé-Blouët said he had signed the petition on the first morning.",
                "Yvon Kerhervé-Blouët",
                "said",
                "",
            ),
        ],
        [
            (
                "Mme de Kerbriant said the council would meet on March 19 to vote on a motion asking the authority to reverse its decision.",
                "Soazig de Kerbriant",
                "said",
                "W",
            ),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Rural schools: how the ‘carte scolaire’ decides which classes close", "", "", "B"),
        ],
        [
            ("Quimper: consultation opens on new bus routes", "", "", "B"),
        ],
        [
            ("Get Brittany Link's free weekly newsletter", "", "", "B"),
        ],
        [
            ("Your email   Subscribe", "", "", "B"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("© 2026 Brittany Link SARL – Legal notice – Privacy – Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ISLAND MERCURY", "", "", "B"),
        ],
        [
            ("Subscribe | ePaper | Sign In", "", "", "B"),
        ],
        [
            (
                "Lead Stories   News   Business   Sports   Entertainment   Letters   Commentary   Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Wolmerton Gardens residents block road over three weeks without water", "", "", "W"),
        ],
        [
            (
                "NWC blames burnt-out pump at Quao Pen station",
                "the National Water Commission (NWC)",
                "blames",
                "W",
            ),
        ],
        [
            ("Ackeem Cotterton/Staff Reporter", "", "", "B"),
        ],
        [
            ("Wednesday | April 29, 2026", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "Residents of Wolmerton Gardens, St Catherine, stand beside debris used to block the community's main road on Tuesday.",
                "",
                "",
                "",
            ),
            ("Fitzroy Makepeace/Photographer", "", "", "B"),
        ],
        [
            (
                "Residents of Wolmerton Gardens in St Catherine blocked the community's main road with old tyres, tree branches and a burnt-out car for about six hours on Tuesday, saying they had not had water from their pipes in more than three weeks.",
                "Residents of Wolmerton Gardens in St Catherine",
                "saying",
                "W",
            ),
        ],
        [
            (
                "“Three weeks, and not a drop,” said Yanique Tingling, president of the Wolmerton Gardens Citizens' Association.",
                "Yanique Tingling",
                "said",
                "",
            ),
            (
                "“We have old people up here who cannot carry water up the hill, and the truck comes once a week if we are lucky.”",
                "Yanique Tingling",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the community of about 2,000 people had been getting water from a National Water Commission (NWC) truck on Saturdays, and that residents were paying private truckers up to $6,500 to fill a 1,000-gallon tank.",
                "Yanique Tingling",
                "said",
                "W",
            ),
        ],
        [
            (
                "The NWC's corporate communications manager, Jodian Belnavis, said the main pump at the commission's Quao Pen pumping station burnt out on April 6, and that a replacement had been ordered from overseas.",
                "Jodian Belnavis",
                "said",
                "W",
            ),
            (
                "She said the new pump was expected in the island by May 8, and would take about three days to install.",
                "Jodian Belnavis",
                "said",
                "W",
            ),
            (
                "“We understand the frustration, and we are asking the residents for a little more patience,” Belnavis said.",
                "Jodian Belnavis",
                "said",
                "",
            ),
        ],
        [
            (
                "Mrs Tingling said residents had been told the same thing about a pump in September 2024, when the community was without water for 19 days.",
                "Yanique Tingling",
                "said",
                "W",
            ),
            ("“Every time, is a pump,” she said.", "Yanique Tingling", "said", ""),
            (
                "“Somebody need to explain to me why a pump that serve 2,000 people don't have a spare.”",
                "Yanique Tingling",
                "said",
                "",
            ),
        ],
        [
            (
                "The NWC said in a post on X on Tuesday afternoon that it would send two more trucks to Wolmerton Gardens from Wednesday, bringing deliveries to three days a week.",
                "the National Water Commission (NWC)",
                "said in a post on X",
                "W",
            ),
            (
                "The commission said 14 other communities in St Catherine were also affected by the pump failure.",
                "The commission",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Councillor for the Quao Pen division, Alphanso Stibbert, said he had written to the NWC's president twice this month and had arranged for the St Catherine Municipal Corporation to send a water truck on Thursday.",
                "Alphanso Stibbert",
                "said",
                "W",
            ),
            ("“Help is days away, not weeks,” Stibbert said.", "Alphanso Stibbert", "said", ""),
        ],
        [
            (
                "The Member of Parliament for the area, Dr Horace Wolmer-Peddie, said in a WhatsApp voice note to The Mercury that he had raised the matter with the minister responsible for water on Monday.",
                "Horace Wolmer-Peddie",
                "said in a WhatsApp voice note to The Mercury",
                "W",
            ),
            (
                "He said he was confident the pump would arrive on time.",
                "Horace Wolmer-Peddie",
                "said",
                "",
            ),
            (
                "He said Wolmerton Gardens had been on the NWC's list for a new pipeline since 2021.",
                "Horace Wolmer-Peddie",
                "said",
                "W",
            ),
            (
                "The councillor said residents should not have had to block a road to be heard.",
                "Alphanso Stibbert",
                "said",
                "",
            ),
        ],
        [
            (
                "Police said the road was cleared by 11:40 a.m. and no one was arrested.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I am 74 years old and I carry two buckets up that hill every morning before the sun hot,” said Cleon Dawkins, a retired bus driver.",
                "Cleon Dawkins",
                "said",
                "",
            ),
            (
                "He said his daughter in New York had sent money for him to buy water from the truckers.",
                "Cleon Dawkins",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the NWC's figures, the Quao Pen station supplies about 1.8 million gallons of water a day to 15 communities.",
                "the NWC's figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("NWC announces restrictions for Corporate Area as inflows fall", "", "", "B"),
        ],
        [
            ("Portmore residents get new 50,000-gallon tank", "", "", "B"),
        ],
        [
            ("Have a story for us?", "", "", "B"),
            ("Call or WhatsApp the newsroom at 876-555-0142.", "", "", "B"),
        ],
        [
            ("© 2026 The Island Mercury Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | Contact Us | Advertise", "", "", "B"),
        ],
    ],
    [
        [
            ("The Veitala Gazette", "", "", "B"),
        ],
        [
            ("Fiji news, sport and weather since 1988", "", "", "B"),
        ],
        [
            (
                "Home   News   Business   Sport   Opinion   Pacific   World   Weather   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            ("Villagers cross river by punt after Waidradra bridge washed away", "", "", "W"),
        ],
        [
            (
                "Roads Authority says temporary crossing will be in place within six weeks",
                "the Fiji Roads Authority (FRA)",
                "says",
                "W",
            ),
        ],
        [
            ("By Vika Naisoro-Qica", "", "", "B"),
        ],
        [
            ("March 20, 2026 5:00 am", "", "", "B"),
        ],
        [
            ("Share   Facebook   WhatsApp   X   Email", "", "", "B"),
        ],
        [
            (
                "Villagers from Nabuavatu cross the Waidradra River in a punt on Thursday.",
                "",
                "",
                "",
            ),
            ("Picture: MOSESE VOCEA-DRAUNA", "", "", "B"),
        ],
        [
            (
                "More than 600 people in four villages in Tailevu have been cut off from the main road since the Waidradra Bridge was washed away during heavy rain on Sunday night.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the Fiji Meteorological Service, 287 millimetres of rain fell at its Nausori station in the 24 hours to 9am on Monday, the highest daily total there since April 2016.",
                "the Fiji Meteorological Service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Turaga ni Koro (village headman) of Nabuavatu, Ratu Inoke Vakalolo, said the villages' only link to the road was now a punt owned by a fisherman, which could carry eight people at a time.",
                "Inoke Vakalolo",
                "said",
                "W",
            ),
            (
                "“Our children have not been to school since Monday,” Ratu Inoke said.",
                "Inoke Vakalolo",
                "said",
                "W",
            ),
            (
                "“The mothers are scared to put them in the boat when the river is this high.”",
                "Inoke Vakalolo",
                "said",
                "",
            ),
        ],
        [
            (
                "The Fiji Roads Authority (FRA) said in a statement on Wednesday that a temporary Bailey bridge would be installed at the site within six weeks.",
                "the Fiji Roads Authority (FRA)",
                "said in a statement",
                "W",
            ),
            (
                "FRA chief executive Vinesh Chandar Kaushal said engineers had inspected the site on Tuesday and found that both of the bridge's concrete approaches had collapsed.",
                "Vinesh Chandar Kaushal",
                "said",
                "W",
            ),
            (
                "He said the authority had ordered the Bailey bridge sections from its depot in Lautoka on Wednesday.",
                "Vinesh Chandar Kaushal",
                "said",
                "W",
            ),
            (
                "“Six weeks is what we are aiming for, but the weather will decide,” the chief executive said.",
                "Vinesh Chandar Kaushal",
                "said",
                "",
            ),
            (
                "Mr Kaushal said the bridge, built in 1979, was one of 38 on the authority's list of bridges due for replacement.",
                "Vinesh Chandar Kaushal",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ratu Inoke said six weeks was too long for families who had to get sick relatives to the health centre in Korovou.",
                "Inoke Vakalolo",
                "said",
                "",
            ),
            (
                "He said a 71-year-old woman with diabetes had been carried across the river on a stretcher on Wednesday.",
                "Inoke Vakalolo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Education said in a statement that 148 students from the four villages were affected and that their schools had been told to mark them as excused until the crossing reopened.",
                "the Ministry of Education",
                "said in a statement",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The head teacher of Waidradra District School, Adi Akanisi Tabuanikoro, said teachers were sending worksheets across the river on the punt every morning.",
                "Akanisi Tabuanikoro",
                "said",
                "W",
            ),
            (
                "“It is not the same as being in class, but it is something,” she said.",
                "Akanisi Tabuanikoro",
                "said",
                "",
            ),
        ],
        [
            (
                "Police spokeswoman Sergeant Ateca Waqanidrola said officers had been posted at the riverbank to stop people swimming across, after a man was swept 200 metres downstream on Monday and pulled out by villagers.",
                "Ateca Waqanidrola",
                "said",
                "W",
            ),
            (
                "She said the man, 26, was treated at Korovou Health Centre and discharged the same day.",
                "Ateca Waqanidrola",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shalvin Kishore Goundar, whose company Matasawa Buses runs the route, said it had stopped its four daily trips to the villages and was losing about $900 a day.",
                "Shalvin Kishore Goundar",
                "said",
                "W",
            ),
            (
                "“We will be back the first day the bridge opens,” Mr Goundar said.",
                "Shalvin Kishore Goundar",
                "said",
                "",
            ),
        ],
        [
            (
                "In a post on its Facebook page on Thursday, the FRA said 12 other roads in the Central Division remained closed because of landslips or flooding.",
                "the Fiji Roads Authority (FRA)",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We had 40 bags of dalo (taro) ready for the Nausori market this week and we could not get them across,” said Sairusi Ratumaiyale, a farmer from Nabuavatu.",
                "Sairusi Ratumaiyale",
                "said",
                "",
            ),
            ("“Some of it is already rotting.”", "Sairusi Ratumaiyale", "said", ""),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Heavy rain alert remains in force for Viti Levu", "", "", "B"),
        ],
        [
            ("Two landslips close road near Nakavika village", "", "", "B"),
        ],
        [
            ("Do you have a story?", "", "", "B"),
            ("Call our newsroom on 330 1847 or email news@veitalagazette.com.fj.", "", "", "B"),
        ],
        [
            ("© 2026 Veitala Gazette Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact   Advertise   Privacy   Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MUTIRIKWI MIRROR", "", "", "B"),
        ],
        [
            ("Masvingo's community newspaper since 2004", "", "", "B"),
        ],
        [
            (
                "Home | News | Local | Business | Sport | Opinion | Health | Farming | Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            ("Pupils sent home over fees despite ministry ban", "", "", "W"),
        ],
        [
            ("By Fadzai Mubvumbi", "", "", "B"),
        ],
        [
            ("May 19, 2026", "", "", "B"),
        ],
        [
            ("0 Comments", "", "", "B"),
        ],
        [
            (
                "Learners outside Madzivire Park Primary School in Masvingo on Monday after they were sent home.",
                "",
                "",
                "",
            ),
            ("Picture: Mirror Reporter", "", "", "B"),
        ],
        [
            (
                "More than 300 learners at Madzivire Park Primary School in Masvingo were sent home on Monday over unpaid fees, parents said, despite a directive from the Ministry of Primary and Secondary Education that bars schools from excluding learners for non-payment.",
                "parents",
                "said",
                "W",
            ),
        ],
        [
            (
                "The directive, sent to all schools in a circular dated January 9, states that no learner may be sent home or denied lessons because their parents have not paid fees or levies.",
                "The directive",
                "states",
                "W",
            ),
        ],
        [
            (
                "“They read out the names of the children who owe and told them to go home and come back with their parents,” said Rufaro Mazhindu, whose son is in Grade 4.",
                "Rufaro Mazhindu",
                "said",
                "W",
            ),
            (
                "“I owe US$45 from last term, and I told the school in April that I would pay it in June.”",
                "Rufaro Mazhindu",
                "said",
                "",
            ),
        ],
        [
            (
                "The school's head, Mrs Rutendo Zvenyika-Mawoneke, declined to comment when approached by the Mirror on Monday, referring questions to the district schools inspector.",
                "Rutendo Zvenyika-Mawoneke",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "The chairperson of the school development committee, Mrs Tsitsi Marowa-Chaza, said the school was owed US$18,400 in unpaid fees and levies from the first term and could not pay its five support staff or buy chalk and exercise books.",
                "Tsitsi Marowa-Chaza",
                "said",
                "W",
            ),
            (
                "“We are not chasing children, we are asking parents to come and talk to us,” she said.",
                "Tsitsi Marowa-Chaza",
                "said",
                "",
            ),
            (
                "“A parent who comes to the office and agrees to a payment plan, their child stays in class.”",
                "Tsitsi Marowa-Chaza",
                "said",
                "",
            ),
            (
                "She said 58 parents had signed payment plans since the second term began on May 5.",
                "Tsitsi Marowa-Chaza",
                "said",
                "W",
            ),
        ],
        [
            (
                "Masvingo Provincial Education Director Mrs Shuvai Mandizvidza-Gore said her office had received complaints from parents at the school and had sent two district inspectors there on Tuesday morning.",
                "Shuvai Mandizvidza-Gore",
                "said",
                "W",
            ),
            (
                "“No school head has the authority to send a learner home over fees,” the director said.",
                "Shuvai Mandizvidza-Gore",
                "said",
                "W",
            ),
            ("“Any head who does that will be dealt with.”", "Shuvai Mandizvidza-Gore", "said", ""),
        ],
        [
            (
                "A ministry spokesperson in Harare said schools could recover unpaid fees through the small claims courts but could not exclude learners.",
                "A ministry spokesperson in Harare",
                "said",
                "W",
            ),
            (
                "The spokesperson said 23 heads had been charged with misconduct for sending learners home since January.",
                "The spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mrs Marowa-Chaza said the committee had written to the director's office in March asking for help to collect the arrears, and had received no reply.",
                "Tsitsi Marowa-Chaza",
                "said",
                "W",
            ),
            (
                "She said the ministry's policy was “good on paper” but left schools with empty accounts.",
                "Tsitsi Marowa-Chaza",
                "said",
                "",
            ),
        ],
        [
            (
                "Figures from the school's first-term report, seen by the Mirror, show that 212 of the school's 640 learners had paid no fees at all by the end of April.",
                "Figures from the school's first-term report",
                "show",
                "W",
            ),
            (
                "The school charges US$35 a term, or the equivalent in ZiG at the interbank rate.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ward 4 councillor Cde Tinotenda Mapfumo-Zhou said many parents in the ward had lost their income since vendors were moved from the Zvamatama bus terminus in February.",
                "Tinotenda Mapfumo-Zhou",
                "said",
                "W",
            ),
            (
                "“People are not refusing to pay, they simply do not have it,” said the councillor.",
                "Tinotenda Mapfumo-Zhou",
                "said",
                "",
            ),
        ],
        [
            (
                "“I paid ZiG 900 last week, and still my daughter was sent home because the receipt had not been entered in the system,” said Tapiwa Nyandoro-Musoni, who sells vegetables at the market.",
                "Tapiwa Nyandoro-Musoni",
                "said",
                "W",
            ),
            ("“What more do they want from us?”", "Tapiwa Nyandoro-Musoni", "said", ""),
        ],
        [
            (
                "The director said the inspectors' report would be on her desk by Friday.",
                "Shuvai Mandizvidza-Gore",
                "said",
                "W",
            ),
        ],
        [
            ("Share this:   Facebook   WhatsApp   X", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Masvingo council approves US$2.3m budget for water works", "", "", "B"),
        ],
        [
            ("Teachers' union warns of strike over allowances", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("Comment *   Name *   Email *   Post Comment", "", "", "B"),
        ],
        [
            ("© 2026 The Mutirikwi Mirror | Designed by Zvakanaka Web Studio", "", "", "B"),
        ],
    ],
    [
        [
            ("THE RAVI HERALD", "", "", "B"),
        ],
        [
            ("Lahore | Thursday, April 16, 2026", "", "", "B"),
        ],
        [
            (
                "Home   Pakistan   Lahore   Business   Sport   World   Opinion   Magazine   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lahore", "", "", "B"),
        ],
        [
            ("Roti price fixed at Rs25, tandoor owners threaten strike", "", "", "W"),
        ],
        [
            ("Our Staff Reporter", "", "", "B"),
        ],
        [
            ("Published April 16, 2026", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Comments (9)", "", "", "B"),
        ],
        [
            (
                "A tandoor worker slaps dough onto the oven wall in Mohalla Zahoorabad on Wednesday.",
                "",
                "",
                "",
            ),
            ("— Photo by the writer", "", "", "B"),
        ],
        [
            (
                "LAHORE: The district administration has fixed the price of a 100-gram roti at Rs25 and a 120-gram naan at Rs30 across the city, according to a notification issued by the deputy commissioner's office on Wednesday.",
                "a notification issued by the deputy commissioner's office on Wednesday",
                "according to",
                "W",
            ),
            (
                "The notification says tandoors found selling above the fixed prices, or selling underweight roti, can be fined up to Rs50,000 and sealed.",
                "The notification",
                "says",
                "W",
            ),
            (
                "It says complaints can be made on the district administration's helpline, 1139.",
                "a notification issued by the deputy commissioner's office on Wednesday",
                "says",
                "W",
            ),
        ],
        [
            (
                "Deputy Commissioner Syed Ahsan Mujtaba told The Ravi Herald that the prices had been set after the price of a 20-kilogram bag of flour fell to Rs1,850 from Rs2,200 in February.",
                "Syed Ahsan Mujtaba",
                "told The Ravi Herald",
                "W",
            ),
            (
                "He said 41 price control magistrates would begin inspecting tandoors from Friday.",
                "Syed Ahsan Mujtaba",
                "said",
                "W",
            ),
            (
                "“When flour went up, the tandoor owners raised their prices the very next day,” he said.",
                "Syed Ahsan Mujtaba",
                "said",
                "",
            ),
            (
                "“Now that flour has come down, the citizens must get the benefit too.”",
                "Syed Ahsan Mujtaba",
                "said",
                "",
            ),
        ],
        [
            (
                "But the president of the Lahore Tandoor Owners Association, Haji Manzoor Elahi Dogar, said a 100-gram roti could not be sold below Rs30 because gas tariffs for commercial users had risen by 27 per cent since January.",
                "Manzoor Elahi Dogar",
                "said",
                "W",
            ),
            (
                "He said the association would close tandoors across the city from Monday if the notification was not withdrawn.",
                "Manzoor Elahi Dogar",
                "said",
                "",
            ),
        ],
        [
            (
                "The DC said no association had the right to hold the city's food supply to ransom.",
                "Syed Ahsan Mujtaba",
                "said",
                "",
            ),
            (
                "He said the administration had held two rounds of talks with the association, on April 6 and April 13, before fixing the prices.",
                "Syed Ahsan Mujtaba",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Dogar said the association had asked for Rs30 at both meetings and had been told a decision would be taken “in consultation”.",
                "Manzoor Elahi Dogar",
                "said",
                "W",
            ),
            (
                "“The officers sit in air-conditioned rooms and decide the price of a roti,” he said.",
                "Manzoor Elahi Dogar",
                "said",
                "",
            ),
            ("“Let them stand in front of a tandoor in June.”", "Manzoor Elahi Dogar", "said", ""),
        ],
        [
            (
                "A spokesperson for the Punjab Food Authority said its teams had inspected 1,260 tandoors in Lahore in March and fined 318 of them a total of Rs4.7 million, mostly for selling underweight roti.",
                "A spokesperson for the Punjab Food Authority",
                "said",
                "W",
            ),
            (
                "The spokesperson said the authority's teams would also join the magistrates on their inspections.",
                "The spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Customers at several tandoors in the old city told The Ravi Herald they were still being charged Rs30 for a roti on Wednesday evening.",
                "Customers at several tandoors in the old city",
                "told The Ravi Herald",
                "W",
            ),
        ],
        [
            (
                "According to the Pakistan Bureau of Statistics, the average price of a 20kg bag of flour in Lahore fell by 15.9pc between the first week of February and the second week of April.",
                "the Pakistan Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“Rs25 is still a lot when you need 20 roti a day for a family of eight,” said Zubaida Bibi, a domestic worker who lives in Mohalla Zahoorabad.",
                "Zubaida Bibi",
                "said",
                "",
            ),
            (
                "She said her household spent about Rs 15,000 a month on roti alone.",
                "Zubaida Bibi",
                "said",
                "",
            ),
        ],
        [
            (
                "Muhammad Yaqub Wains, who runs a tandoor on the mohalla's main road, said he had been selling roti at Rs25 since last week.",
                "Muhammad Yaqub Wains",
                "said",
                "W",
            ),
            (
                "“But if the association closes, I will close too,” he said.",
                "Muhammad Yaqub Wains",
                "said",
                "",
            ),
            (
                "“I cannot be the only tandoor open and have the others break my windows.”",
                "Muhammad Yaqub Wains",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Mujtaba said the notification would be reviewed at the start of every month in light of flour prices.",
                "Syed Ahsan Mujtaba",
                "said",
                "W",
            ),
        ],
        [
            ("Published in The Ravi Herald, April 16th, 2026", "", "", "B"),
        ],
        [
            ("Follow The Ravi Herald on WhatsApp", "", "", "B"),
        ],
        [
            ("More stories from Lahore", "", "", "B"),
        ],
        [
            ("Schools to stay closed on Saturdays as smog season ends early", "", "", "B"),
        ],
        [
            ("LDA seals 14 commercial buildings in Nishatabad", "", "", "B"),
        ],
        [
            ("Copyright © 2026 The Ravi Herald", "", "", "B"),
        ],
    ],
    [
        [
            ("ALFARROBA POST", "", "", "B"),
        ],
        [
            ("The Algarve's English weekly | Free every Friday", "", "", "B"),
        ],
        [
            (
                "News   Algarve   Portugal   Property   Health   Motoring   Leisure   Letters   Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            (
                "4,200 patients in Azinhal do Carvão left without a family doctor as last GP retires",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Health authority says two new doctors will start in July",
                "the Algarve Local Health Unit (ULS Algarve)",
                "says",
                "W",
            ),
        ],
        [
            ("By Drusilla Colborne-Vaz", "", "", "B"),
        ],
        [
            ("08 May 2026", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "The health centre in Azinhal do Carvão, which has had one doctor since 2023.",
                "",
                "",
                "",
            ),
            ("Photo: Alfarroba Post", "", "", "B"),
        ],
        [
            (
                "About 4,200 people registered at the health centre in Azinhal do Carvão, in the eastern Algarve, have been without a family doctor since the centre's last GP retired on April 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Algarve Local Health Unit (ULS Algarve), which runs the region's hospitals and health centres, said in a written reply to the Alfarroba Post that two doctors had been hired for the centre and would start on July 1.",
                "the Algarve Local Health Unit (ULS Algarve)",
                "said in a written reply to the Alfarroba Post",
                "W",
            ),
            (
                "It said that until then a doctor from the health centre in Tavira would see patients in Azinhal do Carvão on Tuesday and Thursday mornings.",
                "the Algarve Local Health Unit (ULS Algarve)",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Isabel Leonor Trindade Bessa, who was the centre's family doctor for 31 years, said she had told the health unit in October 2024 that she would retire this spring.",
                "Isabel Leonor Trindade Bessa",
                "said",
                "W",
            ),
            (
                "“Nobody can say they were taken by surprise,” Dr Bessa said.",
                "Isabel Leonor Trindade Bessa",
                "said",
                "",
            ),
            ("“I gave them 18 months' notice.”", "Isabel Leonor Trindade Bessa", "said", "W"),
        ],
        [
            (
                "“I need my insulin prescription renewed every three months, and now I do not know who will do it,” said Lurdes Amaral Capucho, 68, who has diabetes.",
                "Lurdes Amaral Capucho",
                "said",
                "",
            ),
            (
                "She said she had called the centre four times in a week and had been told to go to the emergency department in Faro if she ran out.",
                "Lurdes Amaral Capucho",
                "said",
                "W",
            ),
            (
                "“Faro is 50 minutes by car, and I do not drive,” she said.",
                "Lurdes Amaral Capucho",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The president of the Azinhal do Carvão parish council, Eng. Adelino Manuel dos Prazeres Calapez, said the parish had collected 1,870 signatures for a petition that was filed with the Assembly of the Republic on Monday.",
                "Adelino Manuel dos Prazeres Calapez",
                "said",
                "W",
            ),
            (
                "“Two doctors in July is too little and too late,” Calapez said.",
                "Adelino Manuel dos Prazeres Calapez",
                "said",
                "",
            ),
            (
                "He said the parish assembly had voted on April 22 to offer a rent-free flat to any doctor who agreed to work at the centre for at least three years.",
                "Adelino Manuel dos Prazeres Calapez",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the SNS transparency portal, 61,300 people registered with health centres in the Algarve had no family doctor at the end of March, 13.8 per cent of all those registered.",
                "the SNS transparency portal",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The mayor of Azinhal do Carvão, Aníbal Custódio Louro Figueira, said the council had written to the health minister on May 4 asking for the town to be included in the government's programme of incentives for doctors who move to underserved areas.",
                "Aníbal Custódio Louro Figueira",
                "said",
                "W",
            ),
            (
                "He said he hoped for an answer “within weeks”.",
                "Aníbal Custódio Louro Figueira",
                "said",
                "",
            ),
            (
                "Calapez, who belongs to a different party from the mayor, said he had heard “within weeks” before.",
                "Adelino Manuel dos Prazeres Calapez",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked why a replacement had not been hired before Dr Bessa retired, a spokesperson for the health unit said the post had been advertised twice in 2025 and had drawn no applicants.",
                "a spokesperson for the health unit",
                "said",
                "W",
            ),
            (
                "The health unit did not say why the centre had been left with a single doctor since 2023.",
                "The health unit",
                "did not say",
                "",
            ),
        ],
        [
            (
                "Sónia Baptista Arez, who runs the pharmacy opposite the health centre, said she had given emergency supplies of medicines to 54 patients in the first week of May.",
                "Sónia Baptista Arez",
                "said",
                "W",
            ),
            (
                "She said a pharmacy could legally supply only a few days' worth of most repeat medicines without a new prescription.",
                "Sónia Baptista Arez",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Bessa said she would keep seeing a few of her oldest patients at home, unpaid, until July.",
                "Isabel Leonor Trindade Bessa",
                "said",
                "",
            ),
            (
                "“Some of them I have known since they were children,” she said.",
                "Isabel Leonor Trindade Bessa",
                "said",
                "",
            ),
        ],
        [
            ("Letters: have your say on this story at letters@alfarrobapost.pt", "", "", "B"),
        ],
        [
            ("More from Health", "", "", "B"),
        ],
        [
            ("Algarve hospital to get second MRI scanner by 2027", "", "", "B"),
        ],
        [
            ("Pharmacies can now renew some repeat prescriptions", "", "", "B"),
        ],
        [
            (
                "Alfarroba Post, Lda. · Rua do Comércio Velho 14, 8700 Olhão · NIPC 512 987 330",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Alfarroba Post.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("LOWER SAXONY TODAY", "", "", "B"),
        ],
        [
            ("News in English from Hanover, Bremen and the north", "", "", "B"),
        ],
        [
            (
                "Home   Region   Politics   Business   Living Here   Jobs   Events   Deutsch",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Region › Heidekreis", "", "", "B"),
        ],
        [
            ("Böhme Valley line to close for seven months, buses to replace trains", "", "", "W"),
        ],
        [
            (
                "District administrator says commuters were told far too late",
                "Hiltrud von Ahlsen",
                "says",
                "",
            ),
        ],
        [
            ("By Volkmar Kreuzwedel", "", "", "B"),
        ],
        [
            ("01.06.2026, 14:32", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   E-mail", "", "", "B"),
        ],
        [
            ("A Böhmetalbahn train at Kleinbrelingen station.", "", "", ""),
            ("Photo: Böhmetalbahn", "", "", "B"),
        ],
        [
            (
                "Trains on the Böhme Valley line between Eschwedel and Kleinbrelingen will stop running from June 15 to January 10 while 38 kilometres of track and nine level crossings are rebuilt, the operator Böhmetalbahn said on Monday.",
                "Böhmetalbahn",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company said replacement buses would run every 30 minutes at peak times, but that the journey between Eschwedel and Kleinbrelingen would take 52 minutes instead of 31.",
                "The company",
                "said",
                "W",
            ),
            (
                "According to the company, about 2,900 passengers use the line on an average weekday, most of them commuters and school pupils.",
                "the company",
                "according to",
                "W",
            ),
        ],
        [
            (
                "District Administrator Dr. Hiltrud von Ahlsen said commuters had been told far too late.",
                "Hiltrud von Ahlsen",
                "said",
                "",
            ),
            (
                "She said the district had learned of the closure dates in a letter from the company on May 22, less than four weeks before the work was due to begin.",
                "Hiltrud von Ahlsen",
                "said",
                "W",
            ),
            (
                "“Four weeks is not enough time for a school or a business to plan anything,” von Ahlsen said.",
                "Hiltrud von Ahlsen",
                "said",
                "",
            ),
        ],
        [
            (
                "In a letter to Lower Saxony's transport minister sent on Friday, she asked the state to pay for extra buses for school pupils and to put back the start of the work to the summer holidays, which begin on July 2.",
                "Hiltrud von Ahlsen",
                "asked",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for the ministry confirmed that the letter had been received and said it would be answered “in the coming days”.",
                "A spokeswoman for the ministry",
                "confirmed",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Böhmetalbahn said in a statement posted on its website that the dates had been fixed in 2024 with the state's rail planning authority and could not be moved without losing €11.6 million in federal funding.",
                "Böhmetalbahn",
                "said in a statement posted on its website",
                "W",
            ),
            (
                "It said the track, laid in 1974, had a speed limit of 50 kilometres an hour on 14 kilometres of the line because of its condition.",
                "Böhmetalbahn",
                "said",
                "W",
            ),
        ],
        [
            (
                "Almuth Schäfer-Olberding, who chairs the commuters' group Fahrgastinitiative Böhmetal, said her group had counted 23 cancelled trains on the line in May alone.",
                "Almuth Schäfer-Olberding",
                "said",
                "W",
            ),
            (
                "She said the group had 430 members, most of them daily commuters.",
                "Almuth Schäfer-Olberding",
                "said",
                "W",
            ),
            (
                "She said many of them would simply drive to Hanover for seven months.",
                "Almuth Schäfer-Olberding",
                "said",
                "",
            ),
            (
                "“And some of them will not come back to the train,” she said.",
                "Almuth Schäfer-Olberding",
                "said",
                "",
            ),
        ],
        [
            (
                "About 640 pupils use the line to get to the two secondary schools in Kleinbrelingen, according to the district.",
                "the district",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“With the bus, I lose almost an hour a day,” said Malte Oberdiek-Rahn, 41, who takes the train to work at a joinery in Eschwedel.",
                "Malte Oberdiek-Rahn",
                "said",
                "",
            ),
            (
                "“Over seven months, you can work out what that costs me.”",
                "Malte Oberdiek-Rahn",
                "said",
                "",
            ),
        ],
        [
            (
                "Von Ahlsen said she understood that the track had to be rebuilt.",
                "Hiltrud von Ahlsen",
                "said",
                "",
            ),
            (
                "She said the district would pay for two extra school buses in the mornings from June 15, at a cost of about €48,000.",
                "Hiltrud von Ahlsen",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesman for Böhmetalbahn, Hauke Uhlenbrock, said the company regretted the short notice.",
                "Hauke Uhlenbrock",
                "said",
                "",
            ),
            (
                "He said the timetable for the replacement buses would be published on June 5 and would be posted at every station on the line.",
                "Hauke Uhlenbrock",
                "said",
                "W",
            ),
            (
                "“We know this is hard for people who use the train every day,” Uhlenbrock said.",
                "Hauke Uhlenbrock",
                "said",
                "",
            ),
        ],
        [
            ("Quotes translated from German by Lower Saxony Today.", "", "", "B"),
        ],
        [
            ("More from the region", "", "", "B"),
        ],
        [
            ("Hanover: tram line closed on weekends in June for track work", "", "", "B"),
        ],
        [
            ("Heidekreis: free swimming for children this summer", "", "", "B"),
        ],
        [
            ("Newsletter: The week in Lower Saxony, every Friday", "", "", "B"),
        ],
        [
            ("Imprint   Privacy   Contact   Advertise", "", "", "B"),
        ],
        [
            ("© 2026 Heidepresse English GmbH", "", "", "B"),
        ],
    ],
    [
        [
            ("The Strathcaorann Clarion", "", "", "B"),
        ],
        [
            (
                "News   Sport   Community   Business   Outdoors   Gàidhlig   Notices   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign in   Subscribe", "", "", "B"),
        ],
        [
            ("News › Ferries", "", "", "B"),
        ],
        [
            ("Camas Dubh ferry out of service until May as gearbox fails", "", "", "W"),
        ],
        [
            (
                "Drivers face a 46-mile detour, with the council saying replacement parts are being made in Norway",
                "Highland Council",
                "saying",
                "W",
            ),
        ],
        [
            ("By Raonaid Mearns", "", "", "B"),
        ],
        [
            ("Thursday, 26 March 2026, 4:15 pm", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   Email   Copy link", "", "", "B"),
        ],
        [
            ("The MV Maol Ruadh at the Inverbrae slipway last summer.", "", "", ""),
            ("(Image: Strathcaorann Clarion)", "", "", "B"),
        ],
        [
            (
                "The car ferry between Inverbrae and Camas Dubh will be out of service until at least the middle of May after its gearbox failed, Highland Council has said.",
                "Highland Council",
                "has said",
                "W",
            ),
        ],
        [
            (
                "The MV Maol Ruadh, which carries up to 18 cars, broke down during a crossing on March 17 and had to be towed back to the slipway at Inverbrae.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to council figures, the ferry carried 96,400 passengers and 38,700 vehicles in 2025.",
                "council figures",
                "according to",
                "W",
            ),
            ("Without it, drivers face a 46-mile journey round the head of the loch.", "", "", "W"),
        ],
        [
            (
                "A Highland Council spokesperson said: “The gearbox on the MV Maol Ruadh has suffered a major failure and replacement parts are being manufactured in Norway.",
                "A Highland Council spokesperson",
                "said",
                "W",
            ),
            (
                "We expect the parts to arrive in late April and the vessel to return to service in mid-May, subject to sea trials.",
                "A Highland Council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A passenger-only service using a chartered boat will run from Monday, March 30, with eight crossings a day.",
                "A Highland Council spokesperson",
                "said",
                "W",
            ),
            (
                "“We apologise to the community for the disruption this is causing.”",
                "A Highland Council spokesperson",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Convener of Camas Dubh Community Council Oighrig MacFhionnlaigh said: “People here have been living on a knife edge with this boat for years.",
                "Oighrig MacFhionnlaigh",
                "said",
                "",
            ),
            (
                "It broke down for 11 days in August and for six days in December, and each time we were told it was a one-off.",
                "Oighrig MacFhionnlaigh",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have a care home, a primary school and a fish farm on this side of the loch, and every one of them depends on that ferry.”",
                "Oighrig MacFhionnlaigh",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Ciorstaidh Tolquhon, who chairs the council's economy and infrastructure committee, said the council had asked Transport Scotland in January for £14 million towards a replacement vessel.",
                "Ciorstaidh Tolquhon",
                "said",
                "W",
            ),
            (
                "She said she was hopeful of a decision before the summer.",
                "Ciorstaidh Tolquhon",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms MacFhionnlaigh said the community had been promised a new boat “every year since 2019”.",
                "Oighrig MacFhionnlaigh",
                "said",
                "",
            ),
        ],
        [
            (
                "A Transport Scotland spokesperson said the application was being assessed and that £8.2 million had been paid to Highland Council towards its ferries since 2022.",
                "A Transport Scotland spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Local MSP Somhairle Drummochy said he had written to the transport secretary on Tuesday asking for the replacement boat to be treated as an emergency.",
                "Somhairle Drummochy",
                "said",
                "W",
            ),
            (
                "He added: “Nobody in Edinburgh would accept a 46-mile detour to get to work.",
                "Somhairle Drummochy",
                "added",
                "",
            ),
            (
                "The people of Camas Dubh should not have to either.”",
                "Somhairle Drummochy",
                "added",
                "",
            ),
        ],
        [
            (
                "“She was built in 1988,” said Dòmhnall Eòghainn MacRath, who has skippered the Maol Ruadh since 2004.",
                "Dòmhnall Eòghainn MacRath",
                "said",
                "W",
            ),
            (
                "“She's a good boat, but you cannot get parts for her off the shelf any more.”",
                "Dòmhnall Eòghainn MacRath",
                "said",
                "",
            ),
            (
                "He said the crew of six had been moved to other council ferries until the boat returns.",
                "Dòmhnall Eòghainn MacRath",
                "said",
                "W",
            ),
        ],
        [
            ("Read more: Camas Dubh primary school roll rises to 19", "", "", "B"),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email newsdesk@strathcaoranclarion.co.uk", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Fort William hotel sold to Edinburgh group", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Lochside road to close for three nights of resurfacing", "", "", "B"),
        ],
        [
            ("© 2026 Strathcaorann Clarion Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC418223.", "", "", "B"),
        ],
        [
            ("Contact   Terms   Privacy   Cookie settings", "", "", "B"),
        ],
    ],
]
CASES = [
    (
        "n80-ke-ole-lower-he-said",
        "But the chairman of the Nakuru Contractors and Suppliers Association, Lenkoine ole Mpaayei, said more than 400 of the association's 1,310 members were still owed money for work done as far back as 2019. He said some members had borrowed against their invoices and were now being pursued by banks and auctioneers. “The CEC can read out any number he likes in the assembly,” Mr ole Mpaayei said. “Go to Kiptoyo Gardens and ask the man who built the drainage there whether he has been paid.”",
        [
            "But the chairman of the Nakuru Contractors and Suppliers Association, Lenkoine ole Mpaayei, said more than 400 of the association's 1,310 members were still owed money for work done as far back as 2019.",
            "He said some members had borrowed against their invoices and were now being pursued by banks and auctioneers.",
            "“The CEC can read out any number he likes in the assembly,” Mr ole Mpaayei said.",
            "“Go to Kiptoyo Gardens and ask the man who built the drainage there whether he has been paid.”",
        ],
    ),
    (
        "n80-ke-2025-26-report-says",
        "According to the Controller of Budget's report for the first half of the 2025/26 financial year, Nakuru's pending bills stood at Sh3.4 billion at the end of December, the fourth-highest of the 47 counties. The report says the county spent Sh2.1 billion on development projects in the six months, or 29 per cent of its development budget for the year.",
        [
            "According to the Controller of Budget's report for the first half of the 2025/26 financial year, Nakuru's pending bills stood at Sh3.4 billion at the end of December, the fourth-highest of the 47 counties.",
            "The report says the county spent Sh2.1 billion on development projects in the six months, or 29 per cent of its development budget for the year.",
        ],
    ),
    (
        "n80-ke-ole-capital-start",
        "Ole Mpaayei said the association had asked for the list of rejected invoices three times since January and had not received it. “If my members are thieves, let the county take them to court,” he said. “Do not just sit on their money.”\nALSO READ: Nakuru MCAs pass Sh19.6bn budget estimates for 2026/27",
        [
            "Ole Mpaayei said the association had asked for the list of rejected invoices three times since January and had not received it.",
            "“If my members are thieves, let the county take them to court,” he said.",
            "“Do not just sit on their money.”",
            "ALSO READ: Nakuru MCAs pass Sh19.6bn budget estimates for 2026/27",
        ],
    ),
    (
        "n80-ke-said-after-quote-sh",
        "“I did the Kivumbini Ridge drainage in 2021 and I am still owed Sh4.6 million,” said Mercyline Wangechi Gachomba, who runs a small building firm in Nakuru town. “I have stopped picking calls from numbers I don't know.”",
        [
            "“I did the Kivumbini Ridge drainage in 2021 and I am still owed Sh4.6 million,” said Mercyline Wangechi Gachomba, who runs a small building firm in Nakuru town.",
            "“I have stopped picking calls from numbers I don't know.”",
        ],
    ),
    (
        "n80-bd-md-dot-pm-thursday",
        "Superintendent of Industrial Police Md. Tanvirul Khondakar said the workers left the road at about 1:15pm after the owners of Nilachal Knit Fashions Ltd agreed to pay the wages by Thursday. He said no one had been arrested and no vehicle had been damaged. Traffic on the highway was back to normal by about 3pm, the superintendent said.",
        [
            "Superintendent of Industrial Police Md. Tanvirul Khondakar said the workers left the road at about 1:15pm after the owners of Nilachal Knit Fashions Ltd agreed to pay the wages by Thursday.",
            "He said no one had been arrested and no vehicle had been damaged.",
            "Traffic on the highway was back to normal by about 3pm, the superintendent said.",
        ],
    ),
    (
        "n80-bd-asked-then-name",
        "“We work ten hours a day, and the owners cannot pay us on time?” asked Morjina Nahar, a sewing operator who has worked at the factory for six years. “My landlord has already come to my door twice this month.”",
        [
            "“We work ten hours a day, and the owners cannot pay us on time?” asked Morjina Nahar, a sewing operator who has worked at the factory for six years.",
            "“My landlord has already come to my door twice this month.”",
        ],
    ),
    (
        "n80-bd-told-outlet-crore",
        "Tanzila Afroz Khandker, the factory's head of human resources and compliance, told The Jamuna Dispatch that a European buyer had held back payment for two shipments worth about $1.9 million over a quality dispute. She said the wages, about Tk 3.4 crore in total, would be paid in cash at the factory on Thursday. “We are not running away from anybody,” she said. “Even if the buyer's money does not come by then, the workers will get every taka on Thursday.”",
        [
            "Tanzila Afroz Khandker, the factory's head of human resources and compliance, told The Jamuna Dispatch that a European buyer had held back payment for two shipments worth about $1.9 million over a quality dispute.",
            "She said the wages, about Tk 3.4 crore in total, would be paid in cash at the factory on Thursday.",
            "“We are not running away from anybody,” she said.",
            "“Even if the buyer's money does not come by then, the workers will get every taka on Thursday.”",
        ],
    ),
    (
        "n80-jp-caption-credit-runtime",
        "A bear crosses a farm road on the edge of Tonomaki on Saturday, in video taken by a resident. Video: courtesy of a viewer\n0:48",
        [
            "A bear crosses a farm road on the edge of Tonomaki on Saturday, in video taken by a resident.",
            "Video: courtesy of a viewer",
            "0:48",
        ],
    ),
    (
        "n80-jp-family-name-first",
        'Tonomaki Mayor Kurobane Michio said at a news conference on Tuesday that the town had received 96 reports of bear sightings since May 1, more than in any full month since it began keeping records in 2008. He said the grounds of both elementary schools would stay closed until at least June 12, and that children would be taken to and from school by town buses. "I want to apologize to the parents for the trouble," Kurobane said. "But I cannot put children where a bear could walk in."',
        [
            "Tonomaki Mayor Kurobane Michio said at a news conference on Tuesday that the town had received 96 reports of bear sightings since May 1, more than in any full month since it began keeping records in 2008.",
            "He said the grounds of both elementary schools would stay closed until at least June 12, and that children would be taken to and from school by town buses.",
            '"I want to apologize to the parents for the trouble," Kurobane said.',
            '"But I cannot put children where a bear could walk in."',
        ],
    ),
    (
        "n80-jp-quote-then-named-meters",
        '"I have lived here for 81 years and I never once saw a bear in the village," said Ashizawa Tomiko, whose house is about 200 meters from where the woman was bitten. "Now I see one from my kitchen window nearly every evening." She said she now carries a bell and a radio when she goes out to her field.',
        [
            '"I have lived here for 81 years and I never once saw a bear in the village," said Ashizawa Tomiko, whose house is about 200 meters from where the woman was bitten.',
            '"Now I see one from my kitchen window nearly every evening."',
            "She said she now carries a bell and a radio when she goes out to her field.",
        ],
    ),
    (
        "n80-kr-lead-attn-byline",
        "(LEAD) Busan bus drivers call off strike after last-minute wage deal\n(ATTN: ADDS comments from commuters in paras 10-11; UPDATES with city figures)\nBy Eom Chae-ju\n2026-05-13 09:47",
        [
            "(LEAD) Busan bus drivers call off strike after last-minute wage deal",
            "(ATTN: ADDS comments from commuters in paras 10-11; UPDATES with city figures)",
            "By Eom Chae-ju",
            "2026-05-13 09:47",
        ],
    ),
    (
        "n80-kr-caption-credit-dateline",
        "City buses leave a depot in Busan on May 13, 2026, after the drivers' union called off a planned strike. (Seorin)\nBUSAN, May 13 (Seorin) -- Bus drivers in Busan called off a strike planned for Wednesday morning after reaching a wage deal with bus operators at about 4:20 a.m., averting a shutdown of the city's 2,500 buses on 147 routes, city officials said.",
        [
            "City buses leave a depot in Busan on May 13, 2026, after the drivers' union called off a planned strike.",
            "(Seorin)",
            "BUSAN, May 13 (Seorin) -- Bus drivers in Busan called off a strike planned for Wednesday morning after reaching a wage deal with bus operators at about 4:20 a.m., averting a shutdown of the city's 2,500 buses on 147 routes, city officials said.",
        ],
    ),
    (
        "n80-kr-5am-surnamed-yuk",
        '"I left home at 5 a.m. with my running shoes in my bag, just in case," said a 34-year-old office worker surnamed Yuk, waiting at a bus stop in Haeundae district. "The subway does not go anywhere near my office."',
        [
            '"I left home at 5 a.m. with my running shoes in my bag, just in case," said a 34-year-old office worker surnamed Yuk, waiting at a bus stop in Haeundae district.',
            '"The subway does not go anywhere near my office."',
        ],
    ),
    (
        "n80-fr-mme-wrote-letter",
        "In a letter to parents dated March 6, Mme de Kerbriant wrote that the council had asked the authority to review its decision and had requested a meeting with the director of academic services in Quimper.",
        [
            "In a letter to parents dated March 6, Mme de Kerbriant wrote that the council had asked the authority to review its decision and had requested a meeting with the director of academic services in Quimper."
        ],
    ),
    (
        "n80-fr-named-after-then-m-dot",
        "“My grandchildren are the fourth generation to go to that school,” said Yvon Kerhervé-Blouët, 77, who baked the village's bread for 38 years. “The bakery closed in 2019. If the school goes, what is left?” M. Kerhervé-Blouët said he had signed the petition on the first morning.",
        [
            "“My grandchildren are the fourth generation to go to that school,” said Yvon Kerhervé-Blouët, 77, who baked the village's bread for 38 years.",
            "“The bakery closed in 2019.",
            "If the school goes, what is left?”",
            "M. Kerhervé-Blouët said he had signed the petition on the first morning.",
        ],
    ),
    (
        "n80-jm-standfirst-reporter-date",
        "NWC blames burnt-out pump at Quao Pen station\nAckeem Cotterton/Staff Reporter\nWednesday | April 29, 2026",
        [
            "NWC blames burnt-out pump at Quao Pen station",
            "Ackeem Cotterton/Staff Reporter",
            "Wednesday | April 29, 2026",
        ],
    ),
    (
        "n80-jm-named-after-two-sentences",
        "“Three weeks, and not a drop,” said Yanique Tingling, president of the Wolmerton Gardens Citizens' Association. “We have old people up here who cannot carry water up the hill, and the truck comes once a week if we are lucky.”",
        [
            "“Three weeks, and not a drop,” said Yanique Tingling, president of the Wolmerton Gardens Citizens' Association.",
            "“We have old people up here who cannot carry water up the hill, and the truck comes once a week if we are lucky.”",
        ],
    ),
    (
        "n80-jm-am-police-quote-named",
        "Police said the road was cleared by 11:40 a.m. and no one was arrested.\n“I am 74 years old and I carry two buckets up that hill every morning before the sun hot,” said Cleon Dawkins, a retired bus driver. He said his daughter in New York had sent money for him to buy water from the truckers.",
        [
            "Police said the road was cleared by 11:40 a.m. and no one was arrested.",
            "“I am 74 years old and I carry two buckets up that hill every morning before the sun hot,” said Cleon Dawkins, a retired bus driver.",
            "He said his daughter in New York had sent money for him to buy water from the truckers.",
        ],
    ),
    (
        "n80-fj-ratu-title-and-given-name",
        "The Turaga ni Koro (village headman) of Nabuavatu, Ratu Inoke Vakalolo, said the villages' only link to the road was now a punt owned by a fisherman, which could carry eight people at a time. “Our children have not been to school since Monday,” Ratu Inoke said. “The mothers are scared to put them in the boat when the river is this high.”",
        [
            "The Turaga ni Koro (village headman) of Nabuavatu, Ratu Inoke Vakalolo, said the villages' only link to the road was now a punt owned by a fisherman, which could carry eight people at a time.",
            "“Our children have not been to school since Monday,” Ratu Inoke said.",
            "“The mothers are scared to put them in the boat when the river is this high.”",
        ],
    ),
    (
        "n80-fj-dalo-brackets-named-after",
        "“We had 40 bags of dalo (taro) ready for the Nausori market this week and we could not get them across,” said Sairusi Ratumaiyale, a farmer from Nabuavatu. “Some of it is already rotting.”",
        [
            "“We had 40 bags of dalo (taro) ready for the Nausori market this week and we could not get them across,” said Sairusi Ratumaiyale, a farmer from Nabuavatu.",
            "“Some of it is already rotting.”",
        ],
    ),
    (
        "n80-zw-named-after-us-dollar",
        "“They read out the names of the children who owe and told them to go home and come back with their parents,” said Rufaro Mazhindu, whose son is in Grade 4. “I owe US$45 from last term, and I told the school in April that I would pay it in June.”",
        [
            "“They read out the names of the children who owe and told them to go home and come back with their parents,” said Rufaro Mazhindu, whose son is in Grade 4.",
            "“I owe US$45 from last term, and I told the school in April that I would pay it in June.”",
        ],
    ),
    (
        "n80-zw-reply-form-copyright",
        "Your email address will not be published. Required fields are marked *\nComment *   Name *   Email *   Post Comment\n© 2026 The Mutirikwi Mirror | Designed by Zvakanaka Web Studio",
        [
            "Your email address will not be published.",
            "Required fields are marked *",
            "Comment *   Name *   Email *   Post Comment",
            "© 2026 The Mutirikwi Mirror | Designed by Zvakanaka Web Studio",
        ],
    ),
    (
        "n80-pk-dateline-colon-notification",
        "LAHORE: The district administration has fixed the price of a 100-gram roti at Rs25 and a 120-gram naan at Rs30 across the city, according to a notification issued by the deputy commissioner's office on Wednesday. The notification says tandoors found selling above the fixed prices, or selling underweight roti, can be fined up to Rs50,000 and sealed. It says complaints can be made on the district administration's helpline, 1139.",
        [
            "LAHORE: The district administration has fixed the price of a 100-gram roti at Rs25 and a 120-gram naan at Rs30 across the city, according to a notification issued by the deputy commissioner's office on Wednesday.",
            "The notification says tandoors found selling above the fixed prices, or selling underweight roti, can be fined up to Rs50,000 and sealed.",
            "It says complaints can be made on the district administration's helpline, 1139.",
        ],
    ),
    (
        "n80-pk-pbs-pc-kg",
        "According to the Pakistan Bureau of Statistics, the average price of a 20kg bag of flour in Lahore fell by 15.9pc between the first week of February and the second week of April.",
        [
            "According to the Pakistan Bureau of Statistics, the average price of a 20kg bag of flour in Lahore fell by 15.9pc between the first week of February and the second week of April."
        ],
    ),
    (
        "n80-pt-dr-surname-months",
        "Dr Isabel Leonor Trindade Bessa, who was the centre's family doctor for 31 years, said she had told the health unit in October 2024 that she would retire this spring. “Nobody can say they were taken by surprise,” Dr Bessa said. “I gave them 18 months' notice.”",
        [
            "Dr Isabel Leonor Trindade Bessa, who was the centre's family doctor for 31 years, said she had told the health unit in October 2024 that she would retire this spring.",
            "“Nobody can say they were taken by surprise,” Dr Bessa said.",
            "“I gave them 18 months' notice.”",
        ],
    ),
    (
        "n80-pt-eng-dot-petition",
        "The president of the Azinhal do Carvão parish council, Eng. Adelino Manuel dos Prazeres Calapez, said the parish had collected 1,870 signatures for a petition that was filed with the Assembly of the Republic on Monday. “Two doctors in July is too little and too late,” Calapez said. He said the parish assembly had voted on April 22 to offer a rent-free flat to any doctor who agreed to work at the centre for at least three years.",
        [
            "The president of the Azinhal do Carvão parish council, Eng. Adelino Manuel dos Prazeres Calapez, said the parish had collected 1,870 signatures for a petition that was filed with the Assembly of the Republic on Monday.",
            "“Two doctors in July is too little and too late,” Calapez said.",
            "He said the parish assembly had voted on April 22 to offer a rent-free flat to any doctor who agreed to work at the centre for at least three years.",
        ],
    ),
    (
        "n80-de-byline-dotted-date",
        "By Volkmar Kreuzwedel\n01.06.2026, 14:32\nShare   Facebook   X   WhatsApp   E-mail",
        ["By Volkmar Kreuzwedel", "01.06.2026, 14:32", "Share   Facebook   X   WhatsApp   E-mail"],
    ),
    (
        "n80-de-dr-dot-von-lower",
        "District Administrator Dr. Hiltrud von Ahlsen said commuters had been told far too late. She said the district had learned of the closure dates in a letter from the company on May 22, less than four weeks before the work was due to begin. “Four weeks is not enough time for a school or a business to plan anything,” von Ahlsen said.",
        [
            "District Administrator Dr. Hiltrud von Ahlsen said commuters had been told far too late.",
            "She said the district had learned of the closure dates in a letter from the company on May 22, less than four weeks before the work was due to begin.",
            "“Four weeks is not enough time for a school or a business to plan anything,” von Ahlsen said.",
        ],
    ),
    (
        "n80-sc-said-colon-over-paragraphs",
        "A Highland Council spokesperson said: “The gearbox on the MV Maol Ruadh has suffered a major failure and replacement parts are being manufactured in Norway. We expect the parts to arrive in late April and the vessel to return to service in mid-May, subject to sea trials.\n“A passenger-only service using a chartered boat will run from Monday, March 30, with eight crossings a day. “We apologise to the community for the disruption this is causing.”",
        [
            "A Highland Council spokesperson said: “The gearbox on the MV Maol Ruadh has suffered a major failure and replacement parts are being manufactured in Norway.",
            "We expect the parts to arrive in late April and the vessel to return to service in mid-May, subject to sea trials.",
            "“A passenger-only service using a chartered boat will run from Monday, March 30, with eight crossings a day.",
            "“We apologise to the community for the disruption this is causing.”",
        ],
    ),
    (
        "n80-sc-skipper-named-after",
        "“She was built in 1988,” said Dòmhnall Eòghainn MacRath, who has skippered the Maol Ruadh since 2004. “She's a good boat, but you cannot get parts for her off the shelf any more.” He said the crew of six had been moved to other council ferries until the boat returns.",
        [
            "“She was built in 1988,” said Dòmhnall Eòghainn MacRath, who has skippered the Maol Ruadh since 2004.",
            "“She's a good boat, but you cannot get parts for her off the shelf any more.”",
            "He said the crew of six had been moved to other council ferries until the boat returns.",
        ],
    ),
]
