"""Eighty-second set of new hand-labelled pages for the hint engines (tuning set, round thirty-six):
twelve WHOLE pages, head to tail, of everyday news from twelve countries (Nigeria, India, the
Philippines, Ireland, Canada, New Zealand, South Africa, Malaysia, Ghana, Singapore, Australia and
Trinidad and Tobago), where ATTRIBUTION, SPEAKERS and CHECK-WORTHINESS are hard together: people
named once and then called by a role or a surname ("the CDA chairman", "The fire marshal", "the
MCE", "Mr Ker", "Cr Bertolacci", "Catapang-Segovia said"); pronoun chains with two people of the
same gender in turn (two men or two women on every page); quotes that run over two paragraphs
with no closing mark at the end of the first, and quotes split into two sentences inside the
marks; speakers named after the quote; "according to" a regulator's order, a release, a report,
data, a portal, an office and a notice; reported speech without quotation marks; statements
posted (on Facebook, on X, on a website), written (a letter read into the record, a post), read
out at a meeting, signed by a spokesman, attributed to a director and sent in an email, a text
message and a WhatsApp message; unnamed spokespeople, engineers, social workers and vendors;
titles and particles of several naming traditions (Yoruba, Tamil, Filipino, Irish, Ukrainian
Canadian, Māori, Afrikaans, Sotho, Tsonga and Zulu, Malay, Chinese, Tamil Malaysian and Singaporean, Akan and Ewe,
Indo- and Afro-Trinidadian); officials' statements of record beside their opinions, hopes,
plans and forecasts; figures beside feelings. The pages hold 523 sentences: 217 "B", 178 "W" and
128 ""; 268 sentences carry a speaker. `STYLES` describes each page, its speakers and its
furniture in order.

Written from scratch for issue 13 in round thirty-six, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The brief's folder was listed (it also
held a second note and a scoring script, seen as names only and never opened) and the brief was
read. The search and fetch tools were not used, and nothing was copied from anywhere. What was
read for the format: the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed
whole with `ast.get_docstring`); the module docstrings, the import line, `STYLES`, the first two
pages and the first eight `CASES` of `labelled_new79.py` and `labelled_new80.py`, printed by a
script of my own (the tool cut the printing in the middle, so the same listing was saved to a
file in /tmp and two stretches of it were printed again with `sed`: the end of the
`labelled_new79.py` docstring with its `STYLES` and the start of its first page, and the
`labelled_new80.py` docstring and `STYLES` with each line cut to 1,500 characters; the rest of
the `labelled_new79.py` listing (most of its first page, its second page and its cases) and most
of the first page of `labelled_new80.py` were never seen); `build` in `labelled_articles.py`
(a `grep -n "def build" -A15` listing); and the `[tool.ruff]` tables of `pyproject.toml` (a
`grep -A12` listing). No other page, case or docstring of any file under `tests/` was read. What
was run: `ls tests/text` filtered to the names `labelled_new8*`, `labelled_new79*` and
`labelled_heldout5*`; read-only `git status --short` runs (the first printed nothing; later ones listed the untracked
`labelled_heldout57.py`, `labelled_heldout58.py` and `labelled_new81.py` and, last,
`claimreview/text/boilerplate.py` as modified by someone else, names only, none of them opened); a check that the ruff
binary exists; a Python one-liner printing the calendar of May to July 2026 to check weekdays;
scripts of my own in /tmp that turn a small line format into the literals below, rename coined
names, cut the split cases out of the pages and count sentences and flags; an import of this
file with `build` on every page; a checking script of my own (four fields, flags, a cue for every
speaker and a speaker for every cue, no speaker on furniture, the sentence count, every split case
occurring in a built page and joining back to its sentences with single spaces); whole-word
case-insensitive counts over `tests/` of every capitalised word of these pages, speakers and cues
(each part of a hyphenated name on its own) and of every candidate replacement, printing file
counts only (`grep -rilw ... | wc -l`), counts of the outlet names as phrases (`grep -rilF ... |
wc -l`), and once, for two surnames of the first draft, a `grep -rilw` that printed only the names
of the two files holding them (`labelled_heldout34.py` and `labelled_new61.py`, never opened);
and `ruff format` / `ruff check` on this file. The first draft hit about a hundred and twenty
coined surnames, given names, places, streets and outlets of other files under `tests/`; each was
renamed, and only replacements with no hit were kept; a last count-only pass, run after those
three untracked files had appeared, found ten coined names of this set newly used elsewhere (a
surname part, given names and a photographer's name), and they were renamed to words with no hit. What still hits is real places, bodies and
languages, titles and particles kept on purpose (Mohd, Datuk, Gogo, Pundit, Mc, Nic, Ní, Du, ASP,
SP, Cr, Coun, Cllr, Atty, Hon, Jr), common words and outlet words (Strait, Current, Lantern,
Observer, Times, Standard, Leader, Chronicle, Celtic), none of the outlet names as a phrase.

Every person, community, village, suburb, street, trace, estate, market, lorry station, block,
stream, field, hospital, medical centre, company, contractor, association, union's people,
temple, club, outlet, broadcaster, photographer, reader and number is invented. Real countries,
regions, big cities and public bodies appear only as settings, with invented figures and
invented people in their offices: Nigeria, Lagos and Lagos State, Ikorodu, Ikeja (in a related
headline), the Lagos State Police Command and the Nigerian Electricity Regulatory Commission (an
invented order of it); India, Tamil Nadu, Chennai, the Chennai Metropolitan Water Supply and
Sewerage Board (CMWSSB, "Metrowater"), Chennai Metro Rail Limited (CMRL) and the city Corporation
and its Commissioner; the Philippines, Iloilo City, Roxas City (in a related headline), Western
Visayas (in tags), the Bureau of Fire Protection (BFP) and the City Social Welfare and Development
Office, and Hiligaynon; Ireland, Tipperary County Council, An Coimisiún Pleanála, Flood Zone A, the
Office of Public Works, the High Court, the Dáil and the Minister for Public Expenditure; Canada,
Saskatoon and Saskatoon Transit; New Zealand, Health New Zealand (Health NZ), Otago, North Otago
and Waitaki (in the menu), Southland, the South Island, the Minister of Health, the Official
Information Act and Australia; South Africa, Gauteng, Tshwane and the City of Tshwane, Rand
Water, Joburg and Pretoria (in related headlines) and a PAIA manual (in the footer); Malaysia,
Selangor, Klang, Petaling (in a related headline), the Selangor Fire and Rescue Department
(Bomba, in tags), the Social Welfare Department (JKM), the Drainage and Irrigation Department,
the Klang Royal City Council and the Malaysian Meteorological Department (MetMalaysia); Ghana,
Kumasi, Accra (in a weather strip), the Ashanti Regional Police Command, the Ghana Private Road
Transport Union (GPRTU), the Asantehene's palace and the Regional Minister; Singapore, the Housing
Board (HDB) and Europe; Australia, NSW, NSW Health, the NSW Nurses and Midwives' Association, the
Bureau of Health Information, the Health Minister and the United Kingdom; Trinidad and Tobago,
Princes Town and the Princes Town Regional Corporation, the Ministry of Works and Transport and
its Highways Division, the Water and Sewerage Authority (WASA), the Office of Disaster
Preparedness and Management (ODPM), the Trinidad and Tobago Meteorological Service and the PTSC
(in a related headline). Facebook, X, WhatsApp and Telegram appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state hold too: furniture "B" line by line; a caption by
its content and its credit (and a video's running time) "B"; headlines and standfirsts never
split; a pronoun, a later surname or a role resolved to the full name as first given; an
organisation's later generic noun kept as written ("The company", "the Board", "the commission",
"The district", "The ministry", "the town council", "The town council") and "It" resolved to the
name as first given; an abbreviation after the full name ("the BFP said", "Health NZ said")
labelled with the name as first given; a quote over several sentences or paragraphs carrying its
speaker and cue, those before a trailing attribution too; "declined to comment", "did not say" and
"did not respond to ... request for comment" labelled like speech with flags ""; a named person
acting with no verb of saying carrying no speaker; decisions, votes, dates fixed, figures of
record and an institution's expected date "W"; hedges, estimates, hopes, intentions, threats,
forecasts, opinions, feelings and questions ""; a private person's own circumstances "" and that
person's account of what an institution did "W"; a reader's comment "B" whole.

Conventions this set had to settle, in the same spirit:

* Naming traditions. Titles go: Chief, Mr, Mrs, Ms, Ms., Madam, Dr, Datuk, Hon., Obaapanyin,
  Gogo, Pundit, SP, ASP, Atty., Fire Senior Inspector, Coun., Cr, Cllr, Deputy, and role words
  before a name. Name parts stay: a Tamil initial ("K. Tamilselvi", "P. Anbuselvan", and "Ms.
  Tamilselvi" resolves to "K. Tamilselvi"), "Jr.", "binti", "a/l", "s/o", the Irish particles
  ("Nic Cheallaigh", "Ní Bhroin", "Mac Cathasaigh", "Ó Breasláin") and the Afrikaans ones, lower
  case as first given ("Wynand van der Bijl", "Marlize du Preez-Maluleke") even where the later
  surname opens a sentence ("Van der Bijl said", "Du Preez-Maluleke said"). A Malay name referred
  to by its given part ("Mohd Norhisham, meanwhile, said", "Madam Kamsiah said") and a Chinese
  name given family name first and later by the family name ("Liong said", "Mr Ker said", "Tang
  said") resolve to the full name as first given; so does "Mr Selvakumar said" (the given name of
  "Selvakumar s/o Periasamy").
* Statements and channels. "In a statement signed by its Head of Corporate Communications, Mr
  ..., the company said" carries the company (cue "said"): the signatory becomes the speaker only
  where he speaks himself ("Contacted by telephone on Saturday, Alatishe-Omisore said"); likewise
  "In a statement attributed to its group director ..., Health New Zealand said" carries Health New
  Zealand, and "In a statement read out at Monday's meeting ..., the council's director of services
  ... said" carries the director, cue "said". A channel after the verb stays in the cue ("said in a
  release", "said in a post on X", "said in a notice posted on its website", "said in a Facebook
  post", "said in an email", "said in a WhatsApp message to the Lantern", "confirmed in a text
  message", "said in a statement"), and so does the language of a quote ("she said in
  Hiligaynon"); "Speaking to Fihankra Online on Tuesday, the MCE ... disclosed" keeps "disclosed".
  Ghanaian reporting verbs are cues as written ("disclosed", "indicated", "stated", "noted",
  "added", "asked"), and so are "told council", "told reporters", "told The Niger Harbinger", "told
  the Lantern", "has confirmed", "wrote", "show" and "threatened".
* Sources as written. "It was gathered that ..." names no source and carries no speaker ("W" when
  checkable). "Residents of Itamerin, a community ..., say" keeps "Residents of Itamerin";
  "Residents also said", "residents said" after the claim, "Police said" and "Some of the traders
  threatened" are kept as written. "Ledwaba-Rikhotso's office said" is kept as written, like a
  leader's office. "The notices, signed by ..., said" -> "The notices"; "A rice vendor in the next
  section, who asked not to be named, said" -> "A rice vendor in the next section"; "A senior
  CMWSSB engineer, who did not wish to be named, said" -> "A senior CMWSSB engineer", and his later
  "He said" carries the same. An unnamed "A city spokesperson said in an email" followed by "They
  said" carries "A city spokesperson" both times. "Figures released to the Highcountry Leader
  under the Official Information Act show" keeps the figures' subject whole, with cue "show".
* Nested sources. A person's sentence that ends "according to figures he had obtained from the
  council" or "according to a count done by residents" carries the person (the main verb "said").
* Headlines and standfirsts whose subject is a kind carry what the body names: "Disco says" the
  distribution company, "Developer says" Brackenmore Homes (its spokesperson speaks in the body),
  "Union says" the NSW Nurses and Midwives' Association (its branch secretary gives the figure),
  "City says" the City of Tshwane, "Corporation says" the regional corporation, "MCE says" and
  "Practice owner says" the person; "Residents in Senthamarai Nagar say" is kept as written.
* A letter read into the record by someone else: the reading ("a letter from Clotilde Kyliuk ...
  was read into the record by her granddaughter") carries no speaker; "The letter said ..." carries
  "The letter"; the quote from it ("..., she wrote") carries the writer.
* "The inspector, ..., had recommended that permission be granted" reports a recommendation of
  record in the writer's voice and carries no speaker, like a vote ("An amendment by
  Petrovich-Ratuski ... failed 5-6").
* Check-worthiness beside feelings. An official's causal claim inside a quote ("The water came up
  very fast because the drain ... was blocked with rubbish") and an official's account of fact in a
  quote ("We had to cut through two padlocked gates", "Our lorries are free") are "W"; a damage
  figure "initially estimated" is "" like other estimates, but a ministry's release that states
  when the site was assessed and what a repair would cost is "W"; "expected to be open to cars by
  June 30" and "expected to bring in about $1.1 million a year" (an institution's expectation of
  record) are "W"; "hopeful", "hoped", "confident", "would rather", "would raise", "would ask" and a
  weather service's "likely" or "expected" forecast are "". A private person's own losses and days
  ("stock worth about RM30,000", "I use 1,500 litres a day", "I'm 78") are ""; what an institution
  did to that person ("had not received it", "was never called for the ballot", "the school bus
  would not come past the junction", "lorries ... had arrived a day late", "a town council officer
  visited her on June 27") is "W", and so is a residents' group's own record ("delivered water to
  38 elderly residents every day since Wednesday", "written to all nine councillors ... only two
  had replied").
* Furniture. A load-shedding strip, a weather strip with two cities, a newscast promo with a time
  and a channel, "Read 3 more articles this month to unlock your reward.", a rewards or newsletter
  line, "Video courtesy of a viewer" and "1:12" under a video caption, a publisher line, a "Source:"
  byline and a disclaimer are "B"; a dateline belongs to its lead sentence ("ILOILO CITY —",
  "KLANG:", "SINGAPORE –").

Splits. "6 a.m. on Tuesday", "6 a.m. on Thursday, according to", "3:58 a.m." before "It was
declared", "8:20 a.m., he said.", "3:42 a.m. and", "3:30 a.m. but", "Jr., the city fire marshal",
"Atty. Arsenio", "Ma. Luzviminda", "Ms. Malarvizhi", "Ms. Tamilselvi", "K. Tamilselvi", "M.
Jebaraj", "P. Anbuselvan", "B. Jothilingam", "Sept. 1" (in a dek and in the lead), "Oct. 14,",
"Aug 10.", "6.12pm", "1.2m", "RM48mil", "RM3.1mil", "₦14.5m", "₦2.8m", "GH₵11.6 million",
"₱18 million", "₹2,600", "6.8 tmcft", "$4.3-million", "a/l", "s/o", "Inc." before "All Rights
Reserved." and "All rights reserved.", "Ltd." before "All rights reserved.", "(Pty) Ltd.", "Co.
Ltd.", "Pte. Ltd. Co. Regn. No. 198400579W." (one sentence), "Bhd (198501003821).", "027 555
0193.", "060 555 0147." and "Copyright©" never split a sentence wrongly; "Have a story for the
Leader?" before "Email", "Do you have a story or a tip-off?" before "WhatsApp us", "Spotted an
error in this story?" before "Let us know.", "“This is the third time since January." before
"Every time, we clean", "“Nobody on this road is against houses." before "We're against houses",
"“I have sold here for 22 years." before "My children went to school", "“My son carried me down
for the appointments." before "I cannot ask him", "“The station was built for vehicles, not for
markets." before "We will not go back", and a paragraph ending "pays its bill." inside an open
quotation each end one; a quoted question followed by its attribution ("“Adjust for how long?”"
stands alone, "“Who do we think is on those buses on a Sunday morning?” she asked.", "“Who will
walk four kilometres to buy tomatoes?” she asked.") is one sentence.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
one paragraph of these pages (its sentences joined by single spaces): what a reviewer wants, not
what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Nigerian national daily's metro page, an Ikorodu community in Lagos has been without power for 23 days after its transformer was stolen, with a Yoruba chief named once and then called by surname, He and the CDA chairman, the distribution company's spokesman first named inside the channel of a company statement (In a statement signed by ..., the company said) and then speaking himself by telephone, two men alternating by He, It was gathered that with no source, Residents ... say in the lead, a quote that runs over two paragraphs with no closing mark at the end of the first, told The Niger Harbinger, he added, a police spokeswoman with SP who confirmed in a text message, according to a regulator's order, a trader named after her quote with Mrs, Residents also said, ₦ figures with m (masthead in capitals, date and e-paper strip with pipes, menu, section label, headline with a figure, standfirst carrying the company through Disco says, By line, published line with a pipe, Kindly share this story:, caption and Photo: credit, ALSO READ:, Advertisement, share prompt again, WhatsApp channel line, related news, copyright in two sentences, contact line with pipes)",
    "Indian city daily's Chennai page, the city's water board will cut supply to parts of four zones for 48 hours while a main is moved for a metro viaduct, with Tamil names given by an initial and a given name (K. Tamilselvi, S. Malarvizhi, M. Jebaraj Selvan, P. Anbuselvan) and later called Ms. Tamilselvi and Ms. Malarvizhi, two women alternating by She, the Board said in a release and then according to the release, the release said and it said, an unnamed senior engineer and then He, according to data from the Board, a metro spokesperson's scheduled date, a councillor's letter, a hotel owner named after his quote, 6 a.m. twice in one sentence pair, ₹ figures, tmcft (masthead, sign-in strip with a Tamil link, menu, crumb with ›, headline with figures, standfirst carrying the residents through say, Staff Reporter, CHENNAI, updated line with IST, listen and share strip, caption and Photo: credit with an initial, ALSO READ | link with a percentage, published line with IST, tags with slashes, copyright with no space after ©, more-in list, comment rules in two sentences)",
    "Philippine broadcaster's news site, a pre-dawn fire destroys 212 stalls of an Iloilo City public market, with a fire marshal named with his rank and Jr. and then called Catapang-Segovia, He and The fire marshal, a city administrator with Atty., two men alternating, the Bureau of Fire Protection (BFP) through according to and then the BFP said of an estimate, times with a.m. at the end of a clause and before the next sentence, a mayor's post on Facebook, a vendors' association president and a mayor as two women alternating by She, she said in Hiligaynon, a vendor named after her quote, an unnamed rice vendor, according to the social welfare office and the market office, a social worker's payment date, did not say and did not respond to a request for comment (brand in capitals, live and radio strip with pipes, menu, section label in capitals, headline with a semicolon, byline with Ma., posted and updated line with PM, video caption with its credit and running time, ILOILO CITY — dateline, ADVERTISEMENT, a newscast promo, tags, newsletter prompt, Subscribe, related stories with ₱, copyright with Inc. in two sentences)",
    "Irish county weekly's site, the national planning body refuses 64 homes on a field that floods, with Irish names and particles (Gobnait Nic Cheallaigh later Ms Nic Cheallaigh, Bébhinn Ní Bhroin, Éamon Mac Cathasaigh later Mac Cathasaigh, Donnchadh Ó Breasláin later Ó Breasláin), In its decision ... the commission said, according to the inspector's report and The report said, an inspector who recommended without a verb of saying, an unnamed developer's spokesperson and then The spokesperson with a figure beside a hope, two women (the residents' chair and a councillor) alternating by She and name, a quote split into two sentences inside the marks, a statement read out at a meeting, a TD's post on Facebook and his nested according to, declined to comment (masthead, subscribe strip with pipes, menu with GAA and Death Notices, section label, headline, standfirst carrying the developer through says, byline with Ní, weekday date line with AM, Share, caption and Picture: credit, Read more: link, newsletter prompt and email box, most-read list, copyright with Ltd. in two sentences)",
    "Canadian city daily's local news page, Saskatoon council votes 7-4 to raise bus fares and puts off Sunday cuts, with Coun. before two women councillors who alternate by She and surname, the transit director who told council and then He, the mayor who told reporters and then he said twice, according to a report and the report said, a question in a quote with she asked, a vote of 5-6 in the writer's voice, a letter read into the record by a granddaughter without a verb of saying, The letter said and she wrote, a union statement with the channel before the subject, a city spokesperson who said in an email and then They said, Sept. 1 and Oct. 14 mid-sentence (masthead, subscribe strip, menu, section label, headline with a vote count, dek with $ and Sept., byline, published line with bullets and a relative update time, join-the-conversation link, caption and PHOTO BY credit with a slash, Story continues below, share line, trending list, comments heading and log-in lines, copyright with Inc. in two sentences)",
    "New Zealand regional news site, a rural town's only medical centre will close two days a week, with a Māori practice owner (Dr Maraea Kaiwai-Dalgety later Kaiwai-Dalgety and Dr Maraea inside a quote) and a practice manager as two women alternating by She and surname, Health New Zealand said in a statement attributed to its director, It said twice and Health NZ said, Figures released under the Official Information Act show, a community board chair and an MP as two men alternating by He and surname, a retired shearer named after his quote, $ and km figures (masthead, sign-in strip with pipes and Kia ora, menu, section label in capitals, headline, standfirst carrying the owner through says, Reporter: line, date line with am, share line, caption and Photo / credit, Advertisement, story-tip lines with a question, a supporter pitch in two sentences, Support us, more-from list, publisher line, copyright and legal links with pipes)",
    "South African news site's Gauteng page, a Tshwane suburb enters its ninth day without water after cable theft at a pump station, with the City of Tshwane said in a notice posted on its website and according to the notice, the mayoral committee member's post on X with he wrote, a ward councillor with a lower-case van der mid-sentence and Van der at the head of a sentence, two men alternating, the member's office said, a residents' group admin with du Preez-Maluleke and Du Preez-Maluleke at the head, a grandmother with Gogo named after her quote and then She, two women alternating, Rand Water said and It said, Police said, 9am and 3pm, R figures (masthead in capitals, date and load-shedding strip with pipes, menu, crumb in capitals with ›, headline, standfirst carrying the City through says, byline, date line, read time, share line, caption and Image: credit, ALSO READ | link, related articles, tip-off line with a question and a number, copyright with (Pty) Ltd. in two sentences, legal links with pipes)",
    "Malaysian English daily's nation page, flash floods in Klang move 1,340 people to relief centres, with Malay, Chinese and Indian names and particles (Datuk Mohd Norhisham Abdul Rafar later Mohd Norhisham, Liong Loon Sheng later Liong, Tang Yun Jing later Tang, Rosmawati binti Baharudin, Tamilarasan a/l Veerappan), two men (the fire director and the state exco) and two women (a trader and the village head) alternating by He, She and name, according to the Social Welfare Department (JKM) and to its disaster portal, an official's causal claim inside a quote, a quote of two sentences split inside the marks with she said at the end, he said when met at, a council statement, a weather forecast, a KLANG: dateline, 6.12pm, 1.2m, RM48mil and RM3.1mil (masthead in capitals, date and subscribe strip, menu with BM and Chinese, section label, headline with a figure, By line in capitals, published and updated lines with MYT, caption and — Photo by credit with a slash, Advertisement, related stories, tags with a slash, error prompt in two sentences, copyright with a company number and Bhd)",
    "Ghanaian news portal's regional page, traders at a Kumasi lorry station are given 14 days to move to a new market, with Hon., Obaapanyin, Madam, Mr and ASP before names, the Municipal Chief Executive (MCE) who disclosed, indicated, stated and added, a market queen who said, noted and asked, the assembly's PRO, two men alternating by He and Mr, a tomato seller named after a quote split in two sentences and then She, two women alternating, The notices ... said, Some of the traders threatened, according to the assembly's annual report, a police spokeswoman who confirmed, GH₵ figures (masthead in capitals, date and weather strip with pipes and °C, menu, section label, headline, standfirst carrying the MCE through says, Source: line with a pipe, date line, share line with a colon, ALSO READ: link with two colons, WhatsApp prompt, disclaimer, tags, you-may-also-like list, copyright in two sentences, Powered by line)",
    "Singapore news site's housing page, new lifts at an HDB block are seven weeks late and elderly residents are stuck at home, with the town council said in response to queries and It said, a general manager with a Chinese name family first (Mr Clarence Ker Zhi Jie later Mr Ker), a resident with s/o (Mr Selvakumar s/o Periasamy later Mr Selvakumar), two men alternating by He, a Malay resident known by her given name (Madam Kamsiah Johari later Madam Kamsiah) and an MP (Ms Jolin Hia Xiao Rong) as two women alternating by She, a quote split in two sentences inside the marks, said in a Facebook post, declined to comment, an unnamed Housing Board spokesman, a resident's count through a nested according to, Aug 10 and 8am (brand, subscribe strip with pipes, menu, crumb with ›, headline, byline, published and updated lines with AM, gift and follow strip, caption and a credit in capitals with PHOTO:, SINGAPORE – dateline, a rewards prompt mid-story, Telegram prompt, read-more list, topics, copyright with Pte. Ltd. Co. Regn. No. in one sentence and All rights reserved)",
    "Australian regional daily's site, a NSW town's maternity unit stays on bypass until at least August, with the local health district has confirmed and then The district said and it said, a chief executive with Dr (later Dr Kazantzis-Penhall), a union branch secretary and the chief executive as two women alternating by She and surname, a mayor with Cr and an MP as two men alternating by He and Cr, the standfirst carrying the union through Union says, according to Bureau of Health Information data, a mother named after her quote, a NSW Health spokeswoman, a meeting date in the writer's voice, a confidence beside a roster figure (masthead, paper and subscribe strip with pipes, menu, section label, headline, standfirst, byline, updated and first-published line with pm and am, share line with pipes, caption and Picture by credit, Advertisement, newsletter sign-up in four lines, author box with an email, recommended list, topic links with pipes, copyright with Pty Ltd)",
    "Trinidad and Tobago daily's local news page, a landslip cuts off 63 households in a south Trinidad village for over two weeks, with a councillor and a resident as two women alternating by She and surname, a resident speaking Trinidadian English named after her quote, the regional corporation said and then Its chairman, said in a WhatsApp message to the Lantern, told the Lantern, a ministry engineer and the chairman as two men alternating by He and surname, a Pundit, the Ministry of Works and Transport said in a release and The ministry said, residents said after the claim, the ODPM said in a release, a weather forecast, $ figures and a fiscal year with a hyphen (masthead, date and e-paper strip with pipes, menu, section label, headline with a figure, standfirst carrying the corporation through says, byline with Mc and a pipe, date and updated line, comment count, caption and PHOTO: credit in capitals, ADVERTISEMENT, WhatsApp prompt, more-news list, comments with a reader's name, date, comment and Reply, copyright with Co. Ltd. in two sentences)",
]

ARTICLES = [
    [
        [
            ("THE NIGER HARBINGER", "", "", "B"),
        ],
        [
            ("Sunday, 14 June 2026   |   E-Paper   |   Advertise With Us", "", "", "B"),
        ],
        [
            (
                "Home   News   Metro   Politics   Business   Sports   Entertainment   Editorial   Columns",
                "",
                "",
                "B",
            ),
        ],
        [
            ("METRO", "", "", "B"),
        ],
        [
            ("Ikorodu community in darkness for 23 days after transformer theft", "", "", "W"),
        ],
        [
            (
                "Disco says replacement is ‘top of the list’ as residents count the cost of generators",
                "the Lagos Coastal Electricity Distribution Company",
                "says",
                "",
            ),
        ],
        [
            ("By Temiloluwa Afariogun", "", "", "B"),
        ],
        [
            ("Published 14 June 2026 | 6:40 am", "", "", "B"),
        ],
        [
            ("Kindly share this story:", "", "", "B"),
        ],
        [
            (
                "Residents of Itamerin gather beside the empty transformer platform on Ayangbade Street, Ikorodu, on Saturday.",
                "",
                "",
                "",
            ),
            ("Photo: Temiloluwa Afariogun", "", "", "B"),
        ],
        [
            (
                "Residents of Itamerin, a community in the Ikorodu area of Lagos State, say they have been without electricity for 23 days after thieves removed the community's only transformer in the early hours of May 22.",
                "Residents of Itamerin",
                "say",
                "W",
            ),
        ],
        [
            (
                "It was gathered that the 500kVA transformer, which served about 1,400 households on nine streets, was cut from its platform and carried away in a truck while the community slept.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The chairman of the Itamerin Community Development Association, Chief Babajide Onafuwa-Ekundare, told The Niger Harbinger on Saturday that the association reported the theft at the Ikorodu divisional police headquarters the same morning.",
                "Babajide Onafuwa-Ekundare",
                "told The Niger Harbinger",
                "W",
            ),
            (
                "He said residents had since contributed ₦2.8m towards a replacement, but that officials of the distribution company had put the cost of a new transformer at ₦14.5m.",
                "Babajide Onafuwa-Ekundare",
                "said",
                "W",
            ),
        ],
        [
            ("“We have done our part,” he said.", "Babajide Onafuwa-Ekundare", "said", ""),
            (
                "“Every household on these nine streets pays its bill.",
                "Babajide Onafuwa-Ekundare",
                "said",
                "",
            ),
        ],
        [
            (
                "“Some of us are on prepaid meters and we are still being charged a fixed charge every month for light we have not seen since May.”",
                "Babajide Onafuwa-Ekundare",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement signed by its Head of Corporate Communications, Mr Oladapo Alatishe-Omisore, the Lagos Coastal Electricity Distribution Company said the Itamerin transformer was one of 17 it had lost to vandals in Ikorodu since January.",
                "the Lagos Coastal Electricity Distribution Company",
                "said",
                "W",
            ),
            (
                "The company said it did not charge communities for replacing stolen transformers, but that a replacement could only be installed after a police report had been filed and the community had agreed on security for the new unit.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            ("ALSO READ: Lagos begins enumeration of Ikorodu roadside traders", "", "", "B"),
        ],
        [
            (
                "Contacted by telephone on Saturday, Alatishe-Omisore said the community's police report reached the company on June 3 and that Itamerin was “at the top of the list” for the next batch of transformers.",
                "Oladapo Alatishe-Omisore",
                "said",
                "W",
            ),
            (
                "He said the ₦14.5m figure was not a charge, but the price the community had been given for buying its own transformer, which some communities chose to do rather than wait.",
                "Oladapo Alatishe-Omisore",
                "said",
                "W",
            ),
            (
                "“Nobody is asking Itamerin to pay for a transformer,” he added.",
                "Oladapo Alatishe-Omisore",
                "added",
                "",
            ),
            (
                "“We are hopeful that the community will be restored before the end of this month.”",
                "Oladapo Alatishe-Omisore",
                "added",
                "",
            ),
        ],
        [
            (
                "But Onafuwa-Ekundare said an engineer from the company's Ikorodu business unit had given the association the ₦14.5m figure in a letter dated May 29, which he showed our correspondent.",
                "Babajide Onafuwa-Ekundare",
                "said",
                "W",
            ),
            (
                "He said the association would not raise money for a transformer that the company would then own.",
                "Babajide Onafuwa-Ekundare",
                "said",
                "",
            ),
            (
                "“If we buy it, it is ours,” the CDA chairman said.",
                "Babajide Onafuwa-Ekundare",
                "said",
                "",
            ),
            ("“If it is theirs, let them bring it.”", "Babajide Onafuwa-Ekundare", "said", ""),
        ],
        [
            (
                "Onafuwa-Ekundare said residents had agreed at a meeting on June 7 to pay two vigilante guards ₦60,000 a month each to watch a new transformer once it arrived.",
                "Babajide Onafuwa-Ekundare",
                "said",
                "W",
            ),
        ],
        [
            (
                "The spokesperson for the Lagos State Police Command, SP Folashade Olugbemi-Ashafa, confirmed in a text message that a case of theft was reported at the Ikorodu division on May 22.",
                "Folashade Olugbemi-Ashafa",
                "confirmed in a text message",
                "W",
            ),
            (
                "She said no arrest had been made and that investigation was ongoing.",
                "Folashade Olugbemi-Ashafa",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to a 2025 order of the Nigerian Electricity Regulatory Commission, distribution companies may not bill customers on estimated billing in an area that has had no supply for more than seven days in a billing month.",
                "a 2025 order of the Nigerian Electricity Regulatory Commission",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "“My freezer is now a cupboard,” said Mrs Ronke Morenikeji-Dosunmu, who sells frozen fish and soft drinks on Ayangbade Street.",
                "Ronke Morenikeji-Dosunmu",
                "said",
                "",
            ),
            (
                "“I buy petrol of ₦6,000 every two days for the generator, and still my customers are going to the next street.”",
                "Ronke Morenikeji-Dosunmu",
                "said",
                "",
            ),
        ],
        [
            (
                "Residents also said the streetlights on Ayangbade Street, which the local government installed in 2024, had been off since the night of the theft.",
                "Residents",
                "said",
                "W",
            ),
            (
                "Some families have sent their children to stay with relatives in other parts of Ikorodu until power is restored.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Kindly share this story:", "", "", "B"),
        ],
        [
            (
                "Join The Niger Harbinger channel on WhatsApp for breaking news and updates",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Man, 31, arrested over theft of armoured cables in Ikeja", "", "", "B"),
        ],
        [
            ("Residents count losses as flood takes over Alapako road", "", "", "B"),
        ],
        [
            ("Copyright 2026 THE NIGER HARBINGER.", "", "", "B"),
            (
                "No part of this website may be reproduced, stored or transmitted in any form without the written permission of the publisher.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Contact: editor@nigerharbinger.ng   |   Adverts: ads@nigerharbinger.ng", "", "", "B"),
        ],
    ],
    [
        [
            ("The Marudham Chronicle", "", "", "B"),
        ],
        [
            ("Sign in   |   Subscribe   |   ePaper   |   தமிழ்", "", "", "B"),
        ],
        [
            (
                "Home   Chennai   Tamil Nadu   India   World   Business   Sport   Opinion   Videos   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Cities › Chennai", "", "", "B"),
        ],
        [
            (
                "Metrowater to suspend supply in parts of four zones for 48 hours from Tuesday",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents in Senthamarai Nagar say private tankers have nearly doubled their rates since the notice",
                "Residents in Senthamarai Nagar",
                "say",
                "W",
            ),
        ],
        [
            ("Staff Reporter", "", "", "B"),
        ],
        [
            ("CHENNAI", "", "", "B"),
        ],
        [
            ("Updated - June 08, 2026 07:15 am IST", "", "", "B"),
        ],
        [
            ("Listen to this article   |   Share   |   Comment", "", "", "B"),
        ],
        [
            (
                "Workers of a Metro Rail contractor at the service road where the water main will be cut, on Sunday.",
                "",
                "",
                "",
            ),
            ("Photo: B. Jothilingam Karuppiah", "", "", "B"),
        ],
        [
            (
                "Piped water supply to parts of four zones will be suspended for 48 hours from 6 a.m. on Tuesday so that the Chennai Metropolitan Water Supply and Sewerage Board (CMWSSB) can shift a 1,200-mm main that lies in the path of a Metro Rail viaduct, the Board said in a release on Sunday.",
                "the Board",
                "said in a release",
                "W",
            ),
            (
                "Supply will be restored by 6 a.m. on Thursday, according to the release.",
                "the release",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The areas affected are Senthamarai Nagar, Vellaiyur, Periyapalayam East and parts of Kannadikuppam and Mettukalam, the release said.",
                "the release",
                "said",
                "W",
            ),
            (
                "Residents can book water lorries through the Board's helpline or at their area offices, it said.",
                "the release",
                "said",
                "W",
            ),
        ],
        [
            (
                "A senior CMWSSB engineer, who did not wish to be named, said the work involved cutting the main at two points and laying 380 metres of new pipe along the service road.",
                "A senior CMWSSB engineer",
                "said",
                "W",
            ),
            (
                "He said the Board had wanted to do the work over a weekend, but the Metro Rail contractor could not hand over the site before Tuesday.",
                "A senior CMWSSB engineer",
                "said",
                "W",
            ),
            (
                "“If it rains on Tuesday night, it can take a few more hours,” he said.",
                "A senior CMWSSB engineer",
                "said",
                "",
            ),
        ],
        [
            (
                "K. Tamilselvi, secretary of the Senthamarai Nagar Residents' Welfare Association, said private tanker operators had raised the price of a 12,000-litre load from ₹1,400 to ₹2,600 since the Board's notice appeared on Friday.",
                "K. Tamilselvi",
                "said",
                "W",
            ),
            (
                "She said the association had asked the Board in writing to send its own lorries directly to the area's 14 apartment complexes.",
                "K. Tamilselvi",
                "said",
                "W",
            ),
            ("“Every summer they tell us to adjust,” she said.", "K. Tamilselvi", "said", ""),
            ("“Adjust for how long?”", "K. Tamilselvi", "said", ""),
        ],
        [
            (
                "The Area Engineer for the zone, S. Malarvizhi, said 86 Board lorries would make free trips to the affected streets over the two days, in addition to the regular schedule.",
                "S. Malarvizhi",
                "said",
                "W",
            ),
            (
                "She said lorries could not enter some of the narrower lanes in Vellaiyur, where 30 plastic tanks of 2,000 litres each would be placed at street corners and filled twice a day.",
                "S. Malarvizhi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked about the tanker rates, Ms. Malarvizhi said the Board had no control over private operators, but that complaints of overcharging could be made to the police.",
                "S. Malarvizhi",
                "said",
                "W",
            ),
            ("“Our lorries are free,” she said.", "S. Malarvizhi", "said", "W"),
            ("“Nobody needs to pay ₹2,600 for two days.”", "S. Malarvizhi", "said", ""),
        ],
        [
            (
                "Ms. Tamilselvi, however, said that during the last shutdown, in February, lorries booked by residents through the helpline had arrived a day late.",
                "K. Tamilselvi",
                "said",
                "W",
            ),
            (
                "She said the association would put up a notice at each complex listing the times of the Board's free lorries.",
                "K. Tamilselvi",
                "said",
                "",
            ),
        ],
        [
            ("ALSO READ | Chennai’s lakes at 41% of capacity as summer peaks", "", "", "B"),
        ],
        [
            (
                "According to data from the Board, the four lakes that supply the city held 6.8 tmcft of water on Sunday, against 9.2 tmcft on the same day last year.",
                "data from the Board",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for Chennai Metro Rail Limited (CMRL) said the viaduct on the stretch was scheduled to be completed by December 2027.",
                "A spokesperson for Chennai Metro Rail Limited (CMRL)",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ward 112 councillor M. Jebaraj Selvan said he had written to the Corporation Commissioner on Saturday asking that the Corporation's own tanker lorries be sent to the ward during the shutdown.",
                "M. Jebaraj Selvan",
                "said",
                "W",
            ),
            ("He said he expected a reply on Monday.", "M. Jebaraj Selvan", "said", ""),
        ],
        [
            (
                "“We will manage with the tanks, but for a hotel, two days without water is two days without business,” said P. Anbuselvan, who runs a tiffin centre on Periyapalayam Main Road.",
                "P. Anbuselvan",
                "said",
                "",
            ),
            ("“I use 1,500 litres a day just for the kitchen.”", "P. Anbuselvan", "said", ""),
        ],
        [
            ("Published - June 07, 2026 09:42 pm IST", "", "", "B"),
        ],
        [
            ("Chennai   /   water supply   /   Chennai Metro Rail   /   civic issues", "", "", "B"),
        ],
        [
            ("Copyright© 2026, The Marudham Chronicle Group of Publications", "", "", "B"),
        ],
        [
            ("More in Chennai", "", "", "B"),
        ],
        [
            ("Power shutdown in parts of the city on Tuesday for maintenance", "", "", "B"),
        ],
        [
            ("Corporation to repair 240 bus shelters before the monsoon", "", "", "B"),
        ],
        [
            ("Comments are moderated and published at the editor's discretion.", "", "", "B"),
            ("Please keep them civil, relevant and in English.", "", "", "B"),
        ],
    ],
    [
        [
            ("HALIGI NEWS", "", "", "B"),
        ],
        [
            ("Watch Live   |   Listen on Radyo Haligi   |   Get the app", "", "", "B"),
        ],
        [
            (
                "Home   News   Regions   Business   World   Sports   Entertainment   Lifestyle   Weather   Explainers",
                "",
                "",
                "B",
            ),
        ],
        [
            ("REGIONS", "", "", "B"),
        ],
        [
            (
                "Pre-dawn fire razes dry goods section of Iloilo City market; 212 stalls lost",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Ma. Luzviminda Divinagracia-Tabiana, Haligi News", "", "", "B"),
        ],
        [
            (
                "Posted at Jun 20 2026 01:14 PM   |   Updated as of Jun 20 2026 06:02 PM",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Firefighters spray water on the burnt-out dry goods section of the Tabuan Ilawan Public Market in Iloilo City on Saturday morning.",
                "",
                "",
                "",
            ),
            ("Video courtesy of a viewer", "", "", "B"),
            ("1:12", "", "", "B"),
        ],
        [
            (
                "ILOILO CITY — A fire that broke out before dawn on Saturday destroyed at least 212 stalls in the dry goods section of the Tabuan Ilawan Public Market here, according to the Bureau of Fire Protection (BFP).",
                "the Bureau of Fire Protection (BFP)",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Fire Senior Inspector Rodante Catapang-Segovia Jr., the city fire marshal, said the BFP received the first call at 3:42 a.m. and raised the fire to second alarm at 3:58 a.m.",
                "Rodante Catapang-Segovia Jr.",
                "said",
                "W",
            ),
            (
                "It was declared under control at 6:05 a.m. and fire out at 8:20 a.m., he said.",
                "Rodante Catapang-Segovia Jr.",
                "said",
                "W",
            ),
            (
                "He said 14 fire trucks from the city, four neighboring towns and two volunteer brigades responded, and that no one was hurt.",
                "Rodante Catapang-Segovia Jr.",
                "said",
                "W",
            ),
            (
                "“We had to cut through two padlocked gates to reach the fire,” he said.",
                "Rodante Catapang-Segovia Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Catapang-Segovia said investigators were looking at faulty wiring in a stall selling phone accessories as a possible cause, but that it was “too early to conclude.”",
                "Rodante Catapang-Segovia Jr.",
                "said",
                "",
            ),
            (
                "Damage was initially estimated at ₱18 million, the BFP said.",
                "the Bureau of Fire Protection (BFP)",
                "said",
                "",
            ),
        ],
        [
            (
                "City administrator Atty. Arsenio Guanzon-Dajay said the market had 1,036 stalls and that the fire did not reach the fish, meat and vegetable sections, which would open as usual on Sunday.",
                "Arsenio Guanzon-Dajay",
                "said",
                "W",
            ),
            (
                "He said the city engineer's office would inspect the structure on Monday before anyone was allowed back into the dry goods section.",
                "Arsenio Guanzon-Dajay",
                "said",
                "W",
            ),
        ],
        [
            (
                "The fire marshal said the market's fire safety inspection certificate expired in March, and that the BFP had issued the city a notice to correct violations in April, including blocked fire exits and overloaded electrical lines.",
                "Rodante Catapang-Segovia Jr.",
                "said",
                "W",
            ),
            (
                "Guanzon-Dajay said the city started rewiring the market in May and that the work was 40 percent done when the fire broke out.",
                "Arsenio Guanzon-Dajay",
                "said",
                "W",
            ),
            (
                "Guanzon-Dajay did not say when the rewiring would be finished.",
                "Arsenio Guanzon-Dajay",
                "did not say",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "In a post on the city government's Facebook page on Saturday afternoon, Mayor Milagros Celis-Palmares said the city would waive the rental fees of the affected vendors for three months.",
                "Milagros Celis-Palmares",
                "said",
                "W",
            ),
            (
                "She said the city was also looking for a site for a temporary market, possibly the parking area of the city sports complex, and hoped to open it within two weeks.",
                "Milagros Celis-Palmares",
                "said",
                "",
            ),
        ],
        [
            (
                "Perla Ledonio-Cabalfin, president of the Tabuan Ilawan Market Vendors Association, said most of the 212 stall holders had no insurance and that many had borrowed from informal lenders to stock up for the opening of classes.",
                "Perla Ledonio-Cabalfin",
                "said",
                "W",
            ),
            (
                "“We were buying stock for the school opening, and now it is all ash,” she said in Hiligaynon.",
                "Perla Ledonio-Cabalfin",
                "said in Hiligaynon",
                "",
            ),
            (
                "She said the vendors would ask the mayor for a meeting on Monday.",
                "Perla Ledonio-Cabalfin",
                "said",
                "",
            ),
        ],
        [
            (
                "“Nineteen years of selling school uniforms, and I got out with only my cash box,” said Erlinda Baldesco-Sinco, 54, who was sleeping in her stall when the fire started.",
                "Erlinda Baldesco-Sinco",
                "said",
                "",
            ),
            ("“My daughter pulled me out by the arm.”", "Erlinda Baldesco-Sinco", "said", ""),
        ],
        [
            (
                "A rice vendor in the next section, who asked not to be named, said she smelled burning plastic at about 3:30 a.m. but thought it came from a house across the street.",
                "A rice vendor in the next section",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the City Social Welfare and Development Office (CSWDO), 38 vendors who lived in their stalls are staying at a nearby barangay hall, where they were given food packs and sleeping mats.",
                "the City Social Welfare and Development Office (CSWDO)",
                "according to",
                "W",
            ),
            (
                "A CSWDO social worker at the site said each affected vendor would receive ₱5,000 in financial assistance starting Tuesday, once the list had been validated.",
                "A CSWDO social worker",
                "said",
                "W",
            ),
        ],
        [
            (
                "The dry goods section earned the city ₱6.2 million in stall rentals last year, according to the city's market office.",
                "the city's market office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The market's electrical contractor, Dellosa Electrical Services, did not respond to Haligi News' request for comment as of posting.",
                "Dellosa Electrical Services",
                "did not respond to Haligi News' request for comment",
                "",
            ),
        ],
        [
            ("For more news, watch Haligi Primetime at 6:30 PM on Channel 9.", "", "", "B"),
        ],
        [
            (
                "Tags: Iloilo City, market fire, Bureau of Fire Protection, BFP, Western Visayas",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get the latest stories delivered to your inbox.", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Two hurt as fire hits row houses near Iloilo port", "", "", "B"),
        ],
        [
            ("Vendors in Roxas City get ₱3,000 aid after market blaze", "", "", "B"),
        ],
        [
            ("© 2026 Haligi Broadcasting Network, Inc.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Suirvale Observer", "", "", "B"),
        ],
        [
            ("Subscribe   |   Digital Edition   |   Sign In", "", "", "B"),
        ],
        [
            (
                "News   Sport   GAA   Property   Farming   Community Notes   Death Notices   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Planning body refuses 64 homes at Curraghdrum over flood risk", "", "", "W"),
        ],
        [
            (
                "Developer says it is ‘disappointed’ and considering its options",
                "Brackenmore Homes",
                "says",
                "",
            ),
        ],
        [
            ("Muirne Ní Dhufaigh", "", "", "B"),
        ],
        [
            ("Wednesday, 17 June 2026 at 7:00 AM", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "The field at Curraghdrum, on the western edge of Ballinacrohy, where Brackenmore Homes had planned 64 homes.",
                "",
                "",
                "",
            ),
            ("Picture: Flannán Mac Floinn", "", "", "B"),
        ],
        [
            (
                "An Coimisiún Pleanála has refused planning permission for 64 homes on a 4.1-hectare site at Curraghdrum on the western edge of Ballinacrohy, overturning a grant of permission by Tipperary County Council last October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In its decision, dated June 9, the commission said the applicant had not shown that the development would not increase the risk of flooding to existing homes downstream along the Owenkilla Stream.",
                "the commission",
                "said",
                "W",
            ),
            (
                "According to the inspector's report, which was published with the decision, about a fifth of the site lies in Flood Zone A and parts of it were under water in February 2024.",
                "the inspector's report",
                "according to",
                "W",
            ),
            (
                "The report said the council's flood engineer had based his assessment on rainfall data that ended in 2019.",
                "The report",
                "said",
                "W",
            ),
        ],
        [
            (
                "The inspector, Ruadhán Ó Meachair, had recommended that permission be granted subject to 23 conditions, but the commission did not accept that part of his report.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for Brackenmore Homes said the company was “disappointed” by the decision and was “considering all of its options”, including a judicial review in the High Court.",
                "A spokesperson for Brackenmore Homes",
                "said",
                "",
            ),
            (
                "The spokesperson said the company had spent more than €400,000 on flood modelling and drainage design for the site since 2023.",
                "The spokesperson",
                "said",
                "W",
            ),
            (
                "The spokesperson said the company still believed the site was “the right place for homes in Ballinacrohy”.",
                "The spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Gobnait Nic Cheallaigh, chair of the Curraghdrum Road Residents' Association, said residents were “relieved but not surprised”.",
                "Gobnait Nic Cheallaigh",
                "said",
                "",
            ),
            (
                "The association was one of 41 parties that appealed the council's decision.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We've had water in our back gardens in three of the last five winters,” she said.",
                "Gobnait Nic Cheallaigh",
                "said",
                "",
            ),
            ("“Nobody on this road is against houses.", "Gobnait Nic Cheallaigh", "said", ""),
            ("We're against houses on a field that floods.”", "Gobnait Nic Cheallaigh", "said", ""),
        ],
        [
            (
                "Independent councillor Bébhinn Ní Bhroin, who tabled a motion in 2024 calling for a flood study of the Owenkilla catchment, said the Office of Public Works had told the council in a letter in March 2025 that a flood relief scheme for Ballinacrohy would not be funded before 2030.",
                "Bébhinn Ní Bhroin",
                "said",
                "W",
            ),
            (
                "She said the council had been “warned, in writing, by its own members” and had gone ahead anyway.",
                "Bébhinn Ní Bhroin",
                "said",
                "",
            ),
            (
                "“I don't take any pleasure in being right about this,” she said.",
                "Bébhinn Ní Bhroin",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Nic Cheallaigh said she had written to all nine councillors in the municipal district before last October's decision, and that only two had replied.",
                "Gobnait Nic Cheallaigh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Read more: Ballinacrohy town park playground to close for six weeks of works",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "In a statement read out at Monday's meeting of the Ballinacrohy Municipal District, the council's director of services for planning, Éamon Mac Cathasaigh, said the council “notes the commission's decision” and would study it in full.",
                "Éamon Mac Cathasaigh",
                "said",
                "",
            ),
            (
                "He said the council's grant of permission had followed the advice of its own flood engineer and the national flood risk guidelines.",
                "Éamon Mac Cathasaigh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy Donnchadh Ó Breasláin said in a post on Facebook that the town needed “homes and flood defences, not one or the other”.",
                "Donnchadh Ó Breasláin",
                "said in a post on Facebook",
                "",
            ),
            (
                "Ó Breasláin said he would raise the Owenkilla scheme with the Minister for Public Expenditure in the Dáil next week.",
                "Donnchadh Ó Breasláin",
                "said",
                "",
            ),
            (
                "He said 212 households were on the council's housing list for the Ballinacrohy area at the end of April, according to figures he had obtained from the council.",
                "Donnchadh Ó Breasláin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mac Cathasaigh declined to comment on whether the council would take part in any legal challenge by the developer.",
                "Éamon Mac Cathasaigh",
                "declined to comment",
                "",
            ),
        ],
        [
            ("Sign up for the Observer's free weekly newsletter", "", "", "B"),
        ],
        [
            ("Enter your email address", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Tributes paid to Knockanurra publican, 81", "", "", "B"),
        ],
        [
            ("Ballinacrohy Celtic through to county junior final", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Suirvale Observer Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Saskatoon Wheatsheaf", "", "", "B"),
        ],
        [
            ("Subscribe   Sign In", "", "", "B"),
        ],
        [
            (
                "News   Local News   Politics   Sports   Opinion   Business   Life   Obituaries   E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Council votes 7-4 to raise bus fares 25 cents, puts off Sunday service cuts",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Adult cash fare goes to $3.50 on Sept. 1 after a seven-hour debate", "", "", "W"),
        ],
        [
            ("Gordie Barzakian", "", "", "B"),
        ],
        [
            ("Published Jun 24, 2026  •  Last updated 10 hours ago  •  4 minute read", "", "", "B"),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            ("Riders board a bus at the downtown terminal on Tuesday.", "", "", ""),
            ("PHOTO BY LARYSA TODOROVA /The Saskatoon Wheatsheaf", "", "", "B"),
        ],
        [
            (
                "Saskatoon city council voted 7-4 on Tuesday night to raise the adult cash fare on city buses by 25 cents, to $3.50, starting Sept. 1, but put off a decision on cutting Sunday service until the fall.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The increase is expected to bring in about $1.1 million a year, according to a report from Saskatoon Transit.",
                "a report from Saskatoon Transit",
                "according to",
                "W",
            ),
            (
                "Monthly adult passes will rise by $6, to $94, and the low-income pass will stay at $35, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Transit director Orest Tkachuk told council that ridership in April had reached 96 per cent of its 2019 level, but that fares now covered 29 per cent of the system's operating cost, down from 38 per cent before the pandemic.",
                "Orest Tkachuk",
                "told council",
                "W",
            ),
            (
                "He said the system would face a $4.3-million shortfall in 2027 if fares and service stayed where they are.",
                "Orest Tkachuk",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Yaroslav Dzuba, who voted for the increase, told reporters after the meeting that nobody on council “enjoys raising fares on people who are already stretched.”",
                "Yaroslav Dzuba",
                "told reporters",
                "",
            ),
            (
                "“But the alternative was cutting buses, and a bus that doesn't come costs people a lot more than a quarter,” he said.",
                "Yaroslav Dzuba",
                "said",
                "",
            ),
            (
                "“I'd rather have this argument in June than in January, when people are waiting for a bus at minus 35,” he said.",
                "Yaroslav Dzuba",
                "said",
                "",
            ),
            (
                "He said administration had been told to report back on Sunday service by Oct. 14, and that no route would be cut before council voted again.",
                "Yaroslav Dzuba",
                "said",
                "W",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "Coun. Lysandra Petrovich-Ratuski, who voted against the increase, said 41 per cent of the riders who answered the city's spring transit survey reported a household income under $40,000.",
                "Lysandra Petrovich-Ratuski",
                "said",
                "W",
            ),
            (
                "“We are balancing this budget on the people with the fewest choices,” she said.",
                "Lysandra Petrovich-Ratuski",
                "said",
                "",
            ),
        ],
        [
            (
                "Coun. Halyna Szwender, who moved the motion, said the low-income pass had been frozen at $35 for a third straight year and that the number of people using it had grown to 6,200.",
                "Halyna Szwender",
                "said",
                "W",
            ),
            (
                "She said she would rather see “a fare that keeps up” than another round of service cuts like the one council approved in 2024.",
                "Halyna Szwender",
                "said",
                "",
            ),
        ],
        [
            (
                "Petrovich-Ratuski said the same survey found that a third of Sunday riders were travelling to or from work.",
                "Lysandra Petrovich-Ratuski",
                "said",
                "W",
            ),
            (
                "“Who do we think is on those buses on a Sunday morning?” she asked.",
                "Lysandra Petrovich-Ratuski",
                "asked",
                "",
            ),
            (
                "An amendment by Petrovich-Ratuski to keep the cash fare at $3.25 for seniors failed 5-6.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "During the delegations part of the meeting, a letter from Clotilde Kyliuk, 82, who has not driven since 2019, was read into the record by her granddaughter.",
                "",
                "",
                "",
            ),
            (
                "The letter said Kyliuk takes two buses every Sunday to visit her husband in a care home on the city's east side.",
                "The letter",
                "said",
                "W",
            ),
            (
                "“If you take away Sunday, you take away the one day I see him,” she wrote.",
                "Clotilde Kyliuk",
                "wrote",
                "",
            ),
        ],
        [
            (
                "In a statement Wednesday, the union representing Saskatoon's bus drivers and mechanics said 23 buses were out of service on an average weekday in May because of a shortage of mechanics.",
                "the union representing Saskatoon's bus drivers and mechanics",
                "said",
                "W",
            ),
            (
                "A city spokesperson said in an email that the number was closer to 17, and that two mechanics had been hired since the start of May.",
                "A city spokesperson",
                "said in an email",
                "W",
            ),
            (
                "They said the city expected the fleet to be “back at full strength” by the end of summer.",
                "A city spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tkachuk said 14 new buses ordered in 2025 were due to arrive in November.",
                "Orest Tkachuk",
                "said",
                "W",
            ),
        ],
        [
            ("Share this article in your social network", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Crews battle grass fire near the weir for second time this month", "", "", "B"),
        ],
        [
            ("Farmers' market vendors say new parking rules are costing them sales", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("You must be logged in to join the discussion or read more comments.", "", "", "B"),
        ],
        [
            ("Create an Account   Sign in", "", "", "B"),
        ],
        [
            ("© 2026 The Saskatoon Wheatsheaf, a division of Aspenleaf Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Highcountry Leader", "", "", "B"),
        ],
        [
            ("Kia ora, sign in   |   Newsletters   |   Support local news", "", "", "B"),
        ],
        [
            (
                "Home   Waitaki   North Otago   Rural   Sport   Opinion   Events   Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("RURAL HEALTH", "", "", "B"),
        ],
        [
            ("Glenmorven's only medical centre to close two days a week from July", "", "", "W"),
        ],
        [
            (
                "Practice owner says she has advertised for a second doctor for 14 months without a suitable applicant",
                "Maraea Kaiwai-Dalgety",
                "says",
                "W",
            ),
        ],
        [
            ("Reporter: Ishani Pyper", "", "", "B"),
        ],
        [
            ("11 June 2026, 5:00am", "", "", "B"),
        ],
        [
            ("Share   Facebook   Email   Copy link", "", "", "B"),
        ],
        [
            (
                "Dr Maraea Kaiwai-Dalgety outside the Glenmorven Medical Centre on Wednesday.",
                "",
                "",
                "",
            ),
            ("Photo / Wikitoria Guthrie", "", "", "B"),
        ],
        [
            (
                "Glenmorven's only general practice will close on Mondays and Fridays from July 6, leaving about 3,870 enrolled patients without a doctor in the town for two days of every working week.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Practice owner Dr Maraea Kaiwai-Dalgety said the Glenmorven Medical Centre's second GP resigned in April to move to Australia, and that she had advertised the position here and overseas since April last year without finding a doctor willing to take it.",
                "Maraea Kaiwai-Dalgety",
                "said",
                "W",
            ),
            (
                "“I can't be the only doctor here five days a week, on call two nights a week, and still be any good to anyone,” she said.",
                "Maraea Kaiwai-Dalgety",
                "said",
                "",
            ),
            (
                "“I've tried it since April, and I've learned that I can't.”",
                "Maraea Kaiwai-Dalgety",
                "said",
                "",
            ),
        ],
        [
            (
                "Practice manager Coralee Tarbotton said the centre's two nurse practitioners would still run clinics on Mondays and Fridays for repeat prescriptions, dressings and vaccinations, but that patients who needed a doctor on those days would be referred to the after-hours service 46km away.",
                "Coralee Tarbotton",
                "said",
                "W",
            ),
            (
                "She said 212 patients had been seen on Mondays and Fridays in May, and that about a third of them were over 70.",
                "Coralee Tarbotton",
                "said",
                "W",
            ),
            (
                "“The phones haven't stopped since we told patients,” Tarbotton said.",
                "Coralee Tarbotton",
                "said",
                "",
            ),
            (
                "She said the centre had not decided whether the change would be permanent.",
                "Coralee Tarbotton",
                "said",
                "",
            ),
        ],
        [
            (
                "Kaiwai-Dalgety said Health New Zealand had offered the practice a one-off rural retention payment of $60,000 in May, which she had accepted.",
                "Maraea Kaiwai-Dalgety",
                "said",
                "W",
            ),
            (
                "“It's a generous offer and I'm grateful for it, but I can't pay a doctor who doesn't exist,” she said.",
                "Maraea Kaiwai-Dalgety",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "In a statement attributed to its group director of operations for the Southern district, Hirini Vettori-Hape, Health New Zealand said it had funded 14 rural practices in Otago and Southland through the retention scheme this year.",
                "Health New Zealand",
                "said",
                "W",
            ),
            (
                "It said it was “working closely” with the practice and the local primary health organisation to find locum cover.",
                "Health New Zealand",
                "said",
                "",
            ),
            (
                "It said its funding to the Glenmorven practice per enrolled patient had risen by 9 per cent since July 2025.",
                "Health New Zealand",
                "said",
                "W",
            ),
            (
                "Health NZ said the number of GPs working in rural practices in the Southern district fell from 118 to 97 between 2021 and 2025.",
                "Health New Zealand",
                "said",
                "W",
            ),
        ],
        [
            (
                "Figures released to the Highcountry Leader under the Official Information Act show ambulances were called to Glenmorven addresses 341 times last year, up from 262 in 2023.",
                "Figures released to the Highcountry Leader under the Official Information Act",
                "show",
                "W",
            ),
        ],
        [
            (
                "Glenmorven Community Board chair Ranginui Paulin said the news had gone through the town “like a cold southerly”.",
                "Ranginui Paulin",
                "said",
                "",
            ),
            (
                "He said the board wrote to the Minister of Health in May asking for the town to be included in a trial of rural telehealth clinics announced last year.",
                "Ranginui Paulin",
                "said",
                "W",
            ),
            (
                "“We haven't had a reply yet, and I'm not holding my breath,” he said.",
                "Ranginui Paulin",
                "said",
                "",
            ),
        ],
        [
            (
                "The area's MP, Arapeta Purewa, who visited the practice on Friday, said he would raise the town's case with the minister “directly and this month”.",
                "Arapeta Purewa",
                "said",
                "",
            ),
            (
                "He said Glenmorven was one of 31 towns in the South Island where a single GP was responsible for more than 2,500 enrolled patients.",
                "Arapeta Purewa",
                "said",
                "W",
            ),
            (
                "Paulin said a promise to raise the matter was “a start, not an answer”.",
                "Ranginui Paulin",
                "said",
                "",
            ),
        ],
        [
            (
                "“I'm 78 and I don't drive at night, so a Friday fever means a Saturday in bed and hope for the best,” said Hakaraia Moeahu, a retired shearer who has been a patient at the centre since it opened in 1994.",
                "Hakaraia Moeahu",
                "said",
                "",
            ),
            (
                "“Dr Maraea is the best thing that's happened to this town, and we've worn her out.”",
                "Hakaraia Moeahu",
                "said",
                "",
            ),
        ],
        [
            ("Have a story for the Leader?", "", "", "B"),
            ("Email news@highcountryleader.nz or text 027 555 0193.", "", "", "B"),
        ],
        [
            ("Local journalism needs local support.", "", "", "B"),
            ("Become a Leader supporter from $5 a month.", "", "", "B"),
        ],
        [
            ("Support us", "", "", "B"),
        ],
        [
            ("More from Rural", "", "", "B"),
        ],
        [
            ("Shearing gang's old hall gets a new lease of life", "", "", "B"),
        ],
        [
            ("Glenmorven School roll passes 200 for the first time", "", "", "B"),
        ],
        [
            ("Highcountry Leader is published by Tussockline Community Media Trust.", "", "", "B"),
        ],
        [
            ("© 2026 All rights reserved   |   Privacy   |   Terms   |   Complaints", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DAILY VUKA", "", "", "B"),
        ],
        [
            (
                "Monday, 8 June 2026   |   Load-shedding: not scheduled today   |   Sign in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Politics   Business   Local   Sport   Lifestyle   Opinion   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS › GAUTENG", "", "", "B"),
        ],
        [
            (
                "Sewefontein Park enters ninth day without water after pump station cable theft",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "City says taps will run again from Wednesday, but residents have heard that before",
                "The City of Tshwane",
                "says",
                "W",
            ),
        ],
        [
            ("Dineo Mashishi-Cronjé", "", "", "B"),
        ],
        [
            ("08 Jun 2026, 14:27", "", "", "B"),
        ],
        [
            ("5 min read", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Share on WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "A resident fills containers from a municipal water tanker on Kareeboom Street in Sewefontein Park on Sunday.",
                "",
                "",
                "",
            ),
            ("Image: Dineo Mashishi-Cronjé", "", "", "B"),
        ],
        [
            (
                "More than 11,000 residents of Sewefontein Park, in the east of Tshwane, have been without running water since May 31, after thieves stripped about 400 metres of electrical cable from the suburb's booster pump station.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The City of Tshwane said in a notice posted on its website on Sunday that a new cable had been laid and that the pumps would be tested on Tuesday, with supply expected to be restored “progressively” from Wednesday.",
                "The City of Tshwane",
                "said in a notice posted on its website",
                "W",
            ),
            (
                "According to the notice, 14 water tankers have been sent to the area, along with six static tanks of 10,000 litres each.",
                "the notice",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The member of the mayoral committee for utilities, Cllr Kgothatso Ledwaba-Rikhotso, said in a post on X on Saturday that the station had been vandalised three times this year and that the City had spent R2.4 million on repairs at the site since January.",
                "Kgothatso Ledwaba-Rikhotso",
                "said in a post on X",
                "W",
            ),
            (
                "“We will not allow criminals to hold our communities to ransom,” he wrote.",
                "Kgothatso Ledwaba-Rikhotso",
                "wrote",
                "",
            ),
            (
                "He said three people had been arrested for cable theft at Tshwane water facilities since January.",
                "Kgothatso Ledwaba-Rikhotso",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ward councillor Wynand van der Bijl said residents had been told on June 2 that water would be back “within 48 hours”, and again on June 5 that it would be back by the weekend.",
                "Wynand van der Bijl",
                "said",
                "W",
            ),
            (
                "“Every time they give a date, people plan around it, and every time the date passes,” he said.",
                "Wynand van der Bijl",
                "said",
                "",
            ),
            (
                "Van der Bijl said he had asked the City in writing on Thursday for a guard to be posted at the pump station around the clock.",
                "Wynand van der Bijl",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ledwaba-Rikhotso's office said a security company had been appointed to guard the station from Monday.",
                "Ledwaba-Rikhotso's office",
                "said",
                "W",
            ),
        ],
        [
            ("ALSO READ | Tshwane to fit tamper alarms at 30 pump stations", "", "", "B"),
        ],
        [
            (
                "Marlize du Preez-Maluleke, who runs the suburb's residents' WhatsApp group, said the tankers came mostly between 9am and 3pm, when many residents were at work.",
                "Marlize du Preez-Maluleke",
                "said",
                "W",
            ),
            (
                "She said elderly residents in the complexes on Kareeboom and Wildepeer streets could not carry 25-litre containers up the stairs.",
                "Marlize du Preez-Maluleke",
                "said",
                "",
            ),
        ],
        [
            (
                "“I am 74 years old, and I have been asking my neighbour's son to carry water for me every day,” said Gogo Hlengiwe Kubheka, who lives alone in a ground-floor flat on Kareeboom Street.",
                "Hlengiwe Kubheka",
                "said",
                "",
            ),
            ("“The boy is kind, but he has school.”", "Hlengiwe Kubheka", "said", ""),
            (
                "She said she had not bathed properly since the outage began.",
                "Hlengiwe Kubheka",
                "said",
                "",
            ),
        ],
        [
            (
                "Du Preez-Maluleke said the group's volunteers had delivered water to 38 elderly residents every day since Wednesday.",
                "Marlize du Preez-Maluleke",
                "said",
                "W",
            ),
            (
                "“We are not asking for miracles,” she said.",
                "Marlize du Preez-Maluleke",
                "said",
                "",
            ),
            (
                "“We are asking for a date that means something.”",
                "Marlize du Preez-Maluleke",
                "said",
                "",
            ),
        ],
        [
            (
                "Rand Water, which supplies bulk water to the City, said its own supply to the area had not been interrupted.",
                "Rand Water",
                "said",
                "W",
            ),
            (
                "It said the fault lay entirely in the City's own network.",
                "Rand Water",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police said a case of theft of essential infrastructure had been opened and that no arrests had been made.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Joburg residents told to boil water after burst main in the south", "", "", "B"),
        ],
        [
            ("Metro police impound 40 taxis in Pretoria CBD operation", "", "", "B"),
        ],
        [
            ("Do you have a story or a tip-off?", "", "", "B"),
            ("WhatsApp us on 060 555 0147.", "", "", "B"),
        ],
        [
            ("© 2026 Vuka Digital (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Privacy Policy   |   Terms & Conditions   |   PAIA Manual   |   Contact Us",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE BAYU TIMES", "", "", "B"),
        ],
        [
            ("Friday, 26 Jun 2026   |   Subscribe   |   Login", "", "", "B"),
        ],
        [
            (
                "Nation   Metro   Business   Sport   World   Lifestyle   Opinion   Videos   BM   中文",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Nation", "", "", "B"),
        ],
        [
            ("1,340 evacuated as flash floods hit Klang after three-hour downpour", "", "", "W"),
        ],
        [
            ("By RAHIMAH SAMSUDIN and MOGAN LETCHUMANAN", "", "", "B"),
        ],
        [
            ("Published: Friday, 26 Jun 2026 10:08 AM MYT", "", "", "B"),
        ],
        [
            ("Updated: Friday, 26 Jun 2026 4:51 PM MYT", "", "", "B"),
        ],
        [
            (
                "Residents wade through floodwaters in Kampung Parit Keledang, Klang, on Thursday evening.",
                "",
                "",
                "",
            ),
            ("— Photo by NAZRI SHAFIE/The Bayu Times", "", "", "B"),
        ],
        [
            (
                "KLANG: A total of 1,340 people from 362 families were moved to six relief centres in the Klang district after a three-hour downpour on Thursday evening flooded at least 14 villages and housing areas, according to the Social Welfare Department (JKM).",
                "the Social Welfare Department (JKM)",
                "according to",
                "W",
            ),
            (
                "As of 8am on Friday, the number had dropped to 1,102 people at four centres, according to the department's disaster portal.",
                "the department's disaster portal",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Selangor Fire and Rescue Department director Datuk Mohd Norhisham Abdul Rafar said the department received the first call at 6.12pm from Kampung Parit Keledang, where the water rose to 1.2m within an hour.",
                "Mohd Norhisham Abdul Rafar",
                "said",
                "W",
            ),
            (
                "He said 86 firefighters and 11 boats were deployed, and that 47 people, including nine children and a woman in a wheelchair, were rescued from their homes.",
                "Mohd Norhisham Abdul Rafar",
                "said",
                "W",
            ),
            (
                "“The water came up very fast because the drain at the mouth of the village was blocked with rubbish,” he said when met at a relief centre at the village community hall.",
                "Mohd Norhisham Abdul Rafar",
                "said",
                "W",
            ),
        ],
        [
            (
                "State infrastructure committee chairman Liong Loon Sheng said the Drainage and Irrigation Department began work in March on a RM48mil flood mitigation project for the Sungai Keledang basin, which is due to be completed in 2028.",
                "Liong Loon Sheng",
                "said",
                "W",
            ),
            (
                "He said the state would ask the Klang Royal City Council to clear the rubbish traps on the village's main drain every week until the end of the monsoon transition.",
                "Liong Loon Sheng",
                "said",
                "",
            ),
            (
                "Mohd Norhisham, meanwhile, said it was the third time the village had flooded this year.",
                "Mohd Norhisham Abdul Rafar",
                "said",
                "W",
            ),
            (
                "Liong said the state had spent RM3.1mil on clearing drains in the Klang district last year.",
                "Liong Loon Sheng",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Trader Tang Yun Jing, 52, said she lost stock worth about RM30,000 when water entered her grocery shop in Taman Sri Keledang.",
                "Tang Yun Jing",
                "said",
                "",
            ),
            ("“This is the third time since January.", "Tang Yun Jing", "said", ""),
            (
                "Every time, we clean, we buy new stock, and then the water comes again,” she said.",
                "Tang Yun Jing",
                "said",
                "",
            ),
        ],
        [
            (
                "The village head, Rosmawati binti Baharudin, said 212 houses in the village were affected, and that residents had complained to the council about the blocked drain twice in May.",
                "Rosmawati binti Baharudin",
                "said",
                "W",
            ),
            (
                "“We have photos of the rubbish in the drain, with the dates.",
                "Rosmawati binti Baharudin",
                "said",
                "",
            ),
            ("We sent them to the council,” she said.", "Rosmawati binti Baharudin", "said", ""),
            (
                "She said the villagers would hold a gotong-royong to clean the drain on Sunday.",
                "Rosmawati binti Baharudin",
                "said",
                "",
            ),
            (
                "Tang said she had applied for the state's RM1,000 flood aid in January but had not received it.",
                "Tang Yun Jing",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lorry driver Tamilarasan a/l Veerappan, 38, who was at the relief centre with his wife and three children, said the family managed to move their car to higher ground but lost their motorcycle.",
                "Tamilarasan a/l Veerappan",
                "said",
                "",
            ),
            ("“The motorcycle I can buy again,” he said.", "Tamilarasan a/l Veerappan", "said", ""),
            ("“My children's school books, all wet.”", "Tamilarasan a/l Veerappan", "said", ""),
            (
                "He said the family would stay at the relief centre until the water in their house had gone down.",
                "Tamilarasan a/l Veerappan",
                "said",
                "",
            ),
        ],
        [
            (
                "The Klang Royal City Council said in a statement on Friday that its workers had cleared 11 tonnes of rubbish from drains in the area since Thursday night.",
                "The Klang Royal City Council",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The Malaysian Meteorological Department (MetMalaysia) said in a statement that thunderstorms and heavy rain were expected in the afternoon and evening in several districts of Selangor until Sunday.",
                "The Malaysian Meteorological Department (MetMalaysia)",
                "said in a statement",
                "",
            ),
        ],
        [
            ("Related stories:", "", "", "B"),
        ],
        [
            ("Flash floods: 214 evacuees in Petaling as water rises in two villages", "", "", "B"),
        ],
        [
            ("Drainage dept to deepen three rivers in Klang by year-end", "", "", "B"),
        ],
        [
            ("Tags / Keywords: Flash Floods, Klang, Evacuees, Relief Centres, Bomba", "", "", "B"),
        ],
        [
            ("Spotted an error in this story?", "", "", "B"),
            ("Let us know.", "", "", "B"),
        ],
        [
            ("Copyright © 1995-2026 Bayu Times Media Group Bhd (198501003821).", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("FIHANKRA ONLINE", "", "", "B"),
        ],
        [
            ("Wednesday, June 10, 2026   |   Accra 29°C   |   Kumasi 27°C", "", "", "B"),
        ],
        [
            (
                "Home   News   Politics   Business   Regional   Sports   Showbiz   Opinion   TV",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Regional News", "", "", "B"),
        ],
        [
            (
                "Kotokobre lorry station traders given 14 days to relocate to new market",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "MCE says there is no going back on the June 24 deadline",
                "Kwasi Amoakohene-Dapaah",
                "says",
                "W",
            ),
        ],
        [
            ("Source: Fihankra Online   |   Nhyira Achiaa Amegashie", "", "", "B"),
        ],
        [
            ("10 June 2026, 11:32 AM", "", "", "B"),
        ],
        [
            ("Share on: Facebook   X   WhatsApp   Telegram", "", "", "B"),
        ],
        [
            (
                "Traders at the Kotokobre lorry station in Kumasi have been given until June 24 to move to the new Nsuomfa Market, after the Asante-Boaso Municipal Assembly served relocation notices on Monday.",
                "",
                "",
                "W",
            ),
            (
                "The notices, signed by the Municipal Coordinating Director, said any structure left at the station after the deadline would be demolished “without further notice”.",
                "The notices",
                "said",
                "W",
            ),
        ],
        [
            (
                "Speaking to Fihankra Online on Tuesday, the Municipal Chief Executive (MCE), Hon. Kwasi Amoakohene-Dapaah, disclosed that the new market had 840 stalls and 210 sheds, built at a cost of GH₵11.6 million under the assembly's 2023 and 2024 budgets.",
                "Kwasi Amoakohene-Dapaah",
                "disclosed",
                "W",
            ),
            (
                "He indicated that 612 of the stalls had already been allocated, and that traders who registered with the assembly would not pay rent for the first six months.",
                "Kwasi Amoakohene-Dapaah",
                "indicated",
                "W",
            ),
            (
                "“The station was built for vehicles, not for markets.",
                "Kwasi Amoakohene-Dapaah",
                "stated",
                "",
            ),
            (
                "We will not go back on the date,” he stated.",
                "Kwasi Amoakohene-Dapaah",
                "stated",
                "",
            ),
        ],
        [
            (
                "But the market queen of the traders, Obaapanyin Abenaa Afrakoma Fordjour, said more than 1,500 traders operated at the station and that only about 300 of them had received allocation letters.",
                "Abenaa Afrakoma Fordjour",
                "said",
                "W",
            ),
            (
                "She noted that the new market was about four kilometres from the station, where most of their customers get down from the buses.",
                "Abenaa Afrakoma Fordjour",
                "noted",
                "W",
            ),
            (
                "“Who will walk four kilometres to buy tomatoes?” she asked.",
                "Abenaa Afrakoma Fordjour",
                "asked",
                "",
            ),
        ],
        [
            (
                "The assembly's Public Relations Officer, Godfred Agyapong, said the stalls were allocated through a ballot in March which the traders' leaders attended.",
                "Godfred Agyapong",
                "said",
                "W",
            ),
            (
                "He said the assembly had also written to the Ghana Private Road Transport Union (GPRTU) to run a shuttle between the station and the market at GH₵3 a trip.",
                "Godfred Agyapong",
                "said",
                "W",
            ),
            (
                "Mr Agyapong said the GPRTU had agreed in principle, and that the assembly would announce a start date next week.",
                "Godfred Agyapong",
                "said",
                "W",
            ),
            (
                "Mr Amoakohene-Dapaah added that the assembly was “ready to talk” with the traders, but not about the deadline.",
                "Kwasi Amoakohene-Dapaah",
                "added",
                "",
            ),
            (
                "He said the assembly had held five meetings with the traders since August 2025.",
                "Kwasi Amoakohene-Dapaah",
                "said",
                "W",
            ),
        ],
        [
            (
                "ALSO READ: Kumasi: Assembly begins decongestion of pavements near Nsuomfa",
                "",
                "",
                "B",
            ),
        ],
        [
            ("“I have sold here for 22 years.", "Afia Konadu Duah", "said", ""),
            (
                "My children went to school from this table,” said Afia Konadu Duah, a tomato seller, pointing to her wooden stall.",
                "Afia Konadu Duah",
                "said",
                "",
            ),
            (
                "She said she registered with the assembly in January but was never called for the ballot.",
                "Afia Konadu Duah",
                "said",
                "W",
            ),
            (
                "“If they break my table, where will I go?” she asked.",
                "Afia Konadu Duah",
                "asked",
                "",
            ),
        ],
        [
            (
                "Some of the traders threatened to go to court if the assembly went ahead with the demolition.",
                "Some of the traders",
                "threatened",
                "",
            ),
        ],
        [
            (
                "Madam Fordjour said the traders' association had written to the Asantehene's palace and to the Regional Minister asking them to intervene.",
                "Abenaa Afrakoma Fordjour",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the assembly's 2025 annual report, the station brought in GH₵412,000 in tolls and market fees last year.",
                "the assembly's 2025 annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Ashanti Regional Police Command's public relations officer, ASP Sedinam Agbeko-Ahiable, confirmed that police would be at the station on the day of the demolition “to maintain law and order”.",
                "Sedinam Agbeko-Ahiable",
                "confirmed",
                "W",
            ),
            (
                "She said the police had no role in deciding the date.",
                "Sedinam Agbeko-Ahiable",
                "said",
                "W",
            ),
        ],
        [
            ("Click here to join our WhatsApp channel for more news", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Fihankra Online is not responsible for the content of external sites.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags:   Kumasi   Relocation   Traders   Asante-Boaso", "", "", "B"),
        ],
        [
            ("You may also like", "", "", "B"),
        ],
        [
            ("Hawkers to pay GH₵2 daily toll at new Nsuomfa Market", "", "", "B"),
        ],
        [
            (
                "Kotokobre: Drivers’ union backs relocation, asks for more parking space",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Fihankra Online.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("Powered by Dwennimmen Digital", "", "", "B"),
        ],
    ],
    [
        [
            ("The Strait Current", "", "", "B"),
        ],
        [
            ("Subscribe   |   Log in", "", "", "B"),
        ],
        [
            (
                "Singapore   Asia   World   Opinion   Life   Business   Tech   Sport   Videos   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Singapore › Housing", "", "", "B"),
        ],
        [
            (
                "Lift works at Muara Beringin block delayed by seven weeks, leaving elderly residents stuck at home",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Shermaine Kuek", "", "", "B"),
        ],
        [
            ("Published Jun 29, 2026, 05:00 AM", "", "", "B"),
        ],
        [
            ("Updated Jun 29, 2026, 09:36 AM", "", "", "B"),
        ],
        [
            ("Gift this article   |   Follow topic", "", "", "B"),
        ],
        [
            (
                "Mr Selvakumar s/o Periasamy, 64, resting on the sixth floor on his way up to his flat on the 12th floor of Block 417 Muara Beringin Avenue 3.",
                "",
                "",
                "",
            ),
            ("THE STRAIT CURRENT PHOTO: TOE CHENG HAN", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – Residents of Block 417 Muara Beringin Avenue 3 will have to do without a working lift for at least seven more weeks, after Muara Beringin Town Council's replacement of the block's two lifts fell behind schedule.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In response to queries from The Strait Current, the town council said on June 26 that the new lifts, which were due to start running on June 22, would now be ready by Aug 10.",
                "the town council",
                "said",
                "W",
            ),
            (
                "It said parts for the lifts' control systems, which are made in Europe, had arrived late because of a shortage at the manufacturer.",
                "Muara Beringin Town Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The town council's general manager, Mr Clarence Ker Zhi Jie, said the contractor, Vantalite Lifts, had been told to put 14 workers on the site, up from eight, and to work on Saturdays.",
                "Clarence Ker Zhi Jie",
                "said",
                "W",
            ),
            (
                "“We understand the frustration, and we apologise to residents for the inconvenience,” he said.",
                "Clarence Ker Zhi Jie",
                "said",
                "",
            ),
            (
                "The town council said it would waive the service and conservancy charges of the block's households for July and August.",
                "The town council",
                "said",
                "W",
            ),
        ],
        [
            (
                "But Mr Selvakumar s/o Periasamy, 64, who lives on the 12th floor, said the apology “doesn't carry groceries up 12 floors”.",
                "Selvakumar s/o Periasamy",
                "said",
                "",
            ),
            (
                "He said residents had been told in a notice in April that the works would take 16 weeks, and that the notice did not mention the possibility of a delay.",
                "Selvakumar s/o Periasamy",
                "said",
                "W",
            ),
            (
                "Mr Selvakumar said he now climbs the stairs twice a day, taking about 10 minutes each way with a rest on the sixth floor.",
                "Selvakumar s/o Periasamy",
                "said",
                "",
            ),
            ("“I'm not angry with the workers.", "Selvakumar s/o Periasamy", "said", ""),
            (
                "They are there every day, even in the rain,” he said.",
                "Selvakumar s/o Periasamy",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Ker said the town council had arranged a free porter service, from 8am to 8pm daily, to carry groceries and heavy items for residents living on the seventh floor and above.",
                "Clarence Ker Zhi Jie",
                "said",
                "W",
            ),
        ],
        [
            (
                "Madam Kamsiah Johari, 71, who uses a walking frame and lives on the 10th floor, said she had not left her flat since the lifts stopped on March 2, except for two hospital appointments.",
                "Kamsiah Johari",
                "said",
                "",
            ),
            ("“My son carried me down for the appointments.", "Kamsiah Johari", "said", ""),
            ("I cannot ask him every week,” she said.", "Kamsiah Johari", "said", ""),
        ],
        [
            (
                "Ms Jolin Hia Xiao Rong, MP for Muara Beringin, said in a Facebook post on Sunday that she had visited the block on Saturday and asked the town council to provide a stair-climber machine for residents who cannot walk down.",
                "Jolin Hia Xiao Rong",
                "said in a Facebook post",
                "W",
            ),
            (
                "She said she hoped the lifts would be ready “well before Aug 10”.",
                "Jolin Hia Xiao Rong",
                "said",
                "",
            ),
        ],
        [
            (
                "Madam Kamsiah said a town council officer visited her on June 27 and told her that a stair-climber and two operators would be sent for her next appointment, on July 3.",
                "Kamsiah Johari",
                "said",
                "W",
            ),
        ],
        [
            (
                "Vantalite Lifts declined to comment, referring queries to the town council.",
                "Vantalite Lifts",
                "declined to comment",
                "",
            ),
        ],
        [
            ("Read 3 more articles this month to unlock your reward.", "", "", "B"),
        ],
        [
            (
                "A spokesman for the Housing Board said town councils were responsible for replacing lifts in their estates, and that the Government co-funded the works at Block 417 under a national lift grant.",
                "A spokesman for the Housing Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Selvakumar said 38 of the block's 110 households were headed by someone aged 65 or older, according to a count done by residents for a petition to the town council in May.",
                "Selvakumar s/o Periasamy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Join The Strait Current's Telegram channel and get the best breaking news delivered to you.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read more stories", "", "", "B"),
        ],
        [
            (
                "Woman, 68, taken to hospital after fall at Muara Beringin hawker centre",
                "",
                "",
                "B",
            ),
        ],
        [
            ("New seating and fans for two void decks in Muara Beringin by October", "", "", "B"),
        ],
        [
            ("Topics: HDB, Lifts, Town councils, Seniors", "", "", "B"),
        ],
        [
            (
                "Copyright © 2026 Strait Current Holdings Pte. Ltd. Co. Regn. No. 198400579W.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Mallowbrook Standard", "", "", "B"),
        ],
        [
            ("Today's Paper   |   Subscribe   |   Log in", "", "", "B"),
        ],
        [
            (
                "News   Local News   Sport   Community   Opinion   Rural   Obituaries   Classifieds   Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Mallowbrook maternity unit to stay on bypass until at least August", "", "", "W"),
        ],
        [
            (
                "Union says 41 women have had to give birth elsewhere since the unit closed in March",
                "the NSW Nurses and Midwives' Association",
                "says",
                "W",
            ),
        ],
        [
            ("Tarsha Ruffolo", "", "", "B"),
        ],
        [
            ("Updated June 5 2026 - 12:44pm, first published 6:00am", "", "", "B"),
        ],
        [
            ("Share   |   Facebook   |   X   |   Email", "", "", "B"),
        ],
        [
            ("The maternity ward entrance at Mallowbrook Base Hospital.", "", "", ""),
            ("Picture by Danika Spinaze", "", "", "B"),
        ],
        [
            (
                "Births at Mallowbrook Base Hospital will stay on bypass until at least August 31, the Greyridge Local Health District has confirmed, five months after the unit stopped taking women in labour.",
                "the Greyridge Local Health District",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "The district said the unit, which delivered 286 babies in 2025, would stay closed to births because it still did not have enough midwives to staff a 24-hour roster.",
                "The district",
                "said",
                "W",
            ),
            (
                "Antenatal and postnatal clinics will continue at the hospital, it said.",
                "The district",
                "said",
                "W",
            ),
        ],
        [
            (
                "District chief executive Dr Roslyn Kazantzis-Penhall said the hospital needed 11 full-time midwives to run the unit safely and currently had six.",
                "Roslyn Kazantzis-Penhall",
                "said",
                "W",
            ),
            (
                "She said two midwives recruited from the United Kingdom were due to start in July, and that the district was offering a relocation payment of up to $20,000.",
                "Roslyn Kazantzis-Penhall",
                "said",
                "W",
            ),
            (
                "“We would rather have the unit closed for a few more months than open it with a roster we can't fill,” she said.",
                "Roslyn Kazantzis-Penhall",
                "said",
                "",
            ),
            (
                "“I'm confident we'll see births back in Mallowbrook this year.”",
                "Roslyn Kazantzis-Penhall",
                "said",
                "",
            ),
        ],
        [
            (
                "But Leesa Keighran, secretary of the NSW Nurses and Midwives' Association's Mallowbrook branch, said 41 women from the area had given birth elsewhere since the bypass began on March 2, and that at least three of them had given birth on the side of the road or in an ambulance.",
                "Leesa Keighran",
                "said",
                "W",
            ),
            (
                "She said midwives had warned management in writing in 2024 that the roster was “one resignation away from collapse”.",
                "Leesa Keighran",
                "said",
                "",
            ),
        ],
        [
            (
                "Keighran said the relocation payment had been on offer since April and had attracted two applicants.",
                "Leesa Keighran",
                "said",
                "W",
            ),
            (
                "“You can't advertise your way out of this when the district next door is paying more,” she said.",
                "Leesa Keighran",
                "said",
                "",
            ),
        ],
        [
            (
                "According to Bureau of Health Information data, 74 per cent of women who gave birth at Mallowbrook in 2024 lived within 30 minutes of the hospital.",
                "Bureau of Health Information data",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "“I had contractions for two hours in the car, and my partner was driving at 130 in the dark,” said Kahlia Iverach, whose son was born at the regional referral hospital 118 kilometres away on April 19.",
                "Kahlia Iverach",
                "said",
                "",
            ),
            ("“We made it with about 20 minutes to spare.”", "Kahlia Iverach", "said", ""),
        ],
        [
            (
                "Mallowbrook Shire mayor Cr Merv Bertolacci said the council had offered the district four council-owned houses for visiting midwives at no rent.",
                "Merv Bertolacci",
                "said",
                "W",
            ),
            (
                "He said the offer was made in a letter to the chief executive on May 12 and had not yet been taken up.",
                "Merv Bertolacci",
                "said",
                "W",
            ),
        ],
        [
            (
                "The state MP for the area, Kerrod Killalea, said the closure was “a failure years in the making” and called for an independent review of maternity staffing across the district.",
                "Kerrod Killalea",
                "said",
                "",
            ),
            (
                "He said he had asked the Health Minister in parliament on Tuesday how many regional maternity units in NSW were on bypass, and had been told seven.",
                "Kerrod Killalea",
                "said",
                "W",
            ),
            (
                "Cr Bertolacci said he would “take whatever help is going, from whoever is offering it”.",
                "Merv Bertolacci",
                "said",
                "",
            ),
        ],
        [
            (
                "A NSW Health spokeswoman said the ministry had funded 140 extra midwifery positions in regional NSW since 2024.",
                "A NSW Health spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            ("Dr Kazantzis-Penhall will meet the union and the council on June 17.", "", "", "W"),
        ],
        [
            ("Get the latest Mallowbrook news delivered to your inbox", "", "", "B"),
        ],
        [
            ("Sign up for our newsletter to stay up to date.", "", "", "B"),
            ("We value your privacy.", "", "", "B"),
            ("See our Privacy Policy.", "", "", "B"),
        ],
        [
            ("Tarsha Ruffolo", "", "", "B"),
        ],
        [
            ("Health and general news reporter at The Mallowbrook Standard.", "", "", "B"),
            ("Email tarsha.ruffolo@mallowbrookstandard.com.au", "", "", "B"),
        ],
        [
            ("Recommended", "", "", "B"),
        ],
        [
            ("Showground pavilion roof to be replaced after hail damage", "", "", "B"),
        ],
        [
            ("Mallowbrook Blackbutts make it two home wins in a row", "", "", "B"),
        ],
        [
            ("Local News   |   Health   |   Mallowbrook", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Mallowbrook Standard Pty Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("The Caroni Lantern", "", "", "B"),
        ],
        [
            ("Thursday, June 18, 2026   |   E-Paper   |   Classifieds   |   Tributes", "", "", "B"),
        ],
        [
            (
                "Home   News   Business   Sport   Entertainment   Opinion   Lifestyle   Tobago   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Landslip leaves 63 Palmiste Ridge households cut off for over two weeks",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Corporation says temporary road will be open by end of June",
                "The Princes Town Regional Corporation",
                "says",
                "W",
            ),
        ],
        [
            ("Kerlyn Mc Intosh-Chatoorgoon   |   Staff Reporter", "", "", "B"),
        ],
        [
            ("18 June 2026   |   Updated 9:15 AM", "", "", "B"),
        ],
        [
            ("2 Comments", "", "", "B"),
        ],
        [
            (
                "Residents of Palmiste Ridge walk past the landslip on Chatoorgoon Trace on Tuesday.",
                "",
                "",
                "",
            ),
            ("PHOTO: RENALDO RAMJATTAN", "", "", "B"),
        ],
        [
            (
                "Residents of Palmiste Ridge, a farming village off Chatoorgoon Trace in south Trinidad, have been walking a kilometre and a half through bush and over a collapsed hillside since June 2, when a landslip took away about 60 metres of the only road into the village.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Councillor for the area Shivonne Superville-Ragoonath said 63 households, about 210 people, were cut off, including 41 schoolchildren and at least 12 people who need dialysis or regular clinic visits.",
                "Shivonne Superville-Ragoonath",
                "said",
                "W",
            ),
            (
                "She said the taxi driver who usually works the route stopped coming after his car slid into a drain on June 4.",
                "Shivonne Superville-Ragoonath",
                "said",
                "W",
            ),
            (
                "“People are carrying gas cylinders on their heads,” she said.",
                "Shivonne Superville-Ragoonath",
                "said",
                "",
            ),
            ("“This is 2026.”", "Shivonne Superville-Ragoonath", "said", ""),
        ],
        [
            (
                "“Is two weeks now we walking out to the main road with the children, and when it rain the mud reach up to your knee,” said Indra Mahase-Modeste, 47, a mother of three who sells vegetables at the Princes Town market.",
                "Indra Mahase-Modeste",
                "said",
                "",
            ),
            (
                "She said her eldest son had missed four days of school because the school bus would not come past the junction.",
                "Indra Mahase-Modeste",
                "said",
                "W",
            ),
            (
                "“We not asking for no highway, just a road,” she said.",
                "Indra Mahase-Modeste",
                "said",
                "",
            ),
        ],
        [
            (
                "Superville-Ragoonath said she reported the first cracks in the road to the corporation in a letter in October 2025.",
                "Shivonne Superville-Ragoonath",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Princes Town Regional Corporation said it had hired a contractor to build a temporary access road around the landslip, and that work would start on Monday.",
                "The Princes Town Regional Corporation",
                "said",
                "W",
            ),
            (
                "Its chairman, Keston Jagessar-Romain, said the road would cost about $680,000 and was expected to be open to cars by June 30.",
                "Keston Jagessar-Romain",
                "said",
                "W",
            ),
            (
                "Asked about the councillor's letter, he said in a WhatsApp message to the Lantern that the corporation “does not have the budget to fix every crack in every road in the region”.",
                "Keston Jagessar-Romain",
                "said in a WhatsApp message to the Lantern",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The Ministry of Works and Transport said in a release that its Highways Division had assessed the site on June 9, and that a permanent repair, with a retaining wall and new drains, would cost an estimated $4.2 million.",
                "The Ministry of Works and Transport",
                "said in a release",
                "W",
            ),
            (
                "The ministry said the repair had been placed on its list of priority projects for the 2026-2027 fiscal year.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sherwin Ramsaroop-Gomez, a ministry engineer who visited the site again on Tuesday, told the Lantern the hillside was still moving.",
                "Sherwin Ramsaroop-Gomez",
                "told the Lantern",
                "W",
            ),
            (
                "He said no vehicle would be allowed onto the damaged section until a geotechnical survey had been done.",
                "Sherwin Ramsaroop-Gomez",
                "said",
                "W",
            ),
            (
                "“I know people want the road yesterday, but if we put a truck on that slope, we could lose the truck and the road,” he said.",
                "Sherwin Ramsaroop-Gomez",
                "said",
                "",
            ),
        ],
        [
            (
                "Jagessar-Romain said the temporary road would run across private land, and that the owner had agreed to it in writing on Monday.",
                "Keston Jagessar-Romain",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pundit Lakhan Sewdass, who leads the village's temple, said the temple had become the drop-off point for food hampers, and that 80 hampers from the corporation and a Princes Town business group were handed out there on Saturday.",
                "Lakhan Sewdass",
                "said",
                "W",
            ),
            (
                "He said the villagers were “tired, but not giving up”.",
                "Lakhan Sewdass",
                "said",
                "",
            ),
        ],
        [
            (
                "The Water and Sewerage Authority (WASA) has been sending a truck-borne supply to the junction every second day, residents said.",
                "residents",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Office of Disaster Preparedness and Management (ODPM) said in a release on Wednesday that 11 landslips had been reported in the Princes Town region since the start of the rainy season.",
                "The Office of Disaster Preparedness and Management (ODPM)",
                "said in a release",
                "W",
            ),
            (
                "The Trinidad and Tobago Meteorological Service said more showers and thunderstorms were likely until the weekend.",
                "The Trinidad and Tobago Meteorological Service",
                "said",
                "",
            ),
        ],
        [
            (
                "Join our WhatsApp channel and get the Lantern's top stories every morning.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More Local News", "", "", "B"),
        ],
        [
            ("Family of six loses home in fire, appeals for help", "", "", "B"),
        ],
        [
            ("PTSC adds two buses to Princes Town route", "", "", "B"),
        ],
        [
            ("2 Comments", "", "", "B"),
        ],
        [
            ("Marvin Toussaint-Bharath", "", "", "B"),
            ("June 18, 2026 at 7:42 am", "", "", "B"),
        ],
        [
            (
                "Same thing happened on our road in 2022 and we waited eleven months for a wall.",
                "",
                "",
                "B",
            ),
            ("Reply", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Caroni Lantern Publishing Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n82-ng-quote-open-at-para-end",
        "“We have done our part,” he said. “Every household on these nine streets pays its bill.",
        [
            "“We have done our part,” he said.",
            "“Every household on these nine streets pays its bill.",
        ],
    ),
    (
        "n82-ng-surname-he-role-quote",
        "But Onafuwa-Ekundare said an engineer from the company's Ikorodu business unit had given the association the ₦14.5m figure in a letter dated May 29, which he showed our correspondent. He said the association would not raise money for a transformer that the company would then own. “If we buy it, it is ours,” the CDA chairman said. “If it is theirs, let them bring it.”",
        [
            "But Onafuwa-Ekundare said an engineer from the company's Ikorodu business unit had given the association the ₦14.5m figure in a letter dated May 29, which he showed our correspondent.",
            "He said the association would not raise money for a transformer that the company would then own.",
            "“If we buy it, it is ours,” the CDA chairman said.",
            "“If it is theirs, let them bring it.”",
        ],
    ),
    (
        "n82-ng-said-after-quote-mrs",
        "“My freezer is now a cupboard,” said Mrs Ronke Morenikeji-Dosunmu, who sells frozen fish and soft drinks on Ayangbade Street. “I buy petrol of ₦6,000 every two days for the generator, and still my customers are going to the next street.”",
        [
            "“My freezer is now a cupboard,” said Mrs Ronke Morenikeji-Dosunmu, who sells frozen fish and soft drinks on Ayangbade Street.",
            "“I buy petrol of ₦6,000 every two days for the generator, and still my customers are going to the next street.”",
        ],
    ),
    (
        "n82-in-am-twice-release",
        "Piped water supply to parts of four zones will be suspended for 48 hours from 6 a.m. on Tuesday so that the Chennai Metropolitan Water Supply and Sewerage Board (CMWSSB) can shift a 1,200-mm main that lies in the path of a Metro Rail viaduct, the Board said in a release on Sunday. Supply will be restored by 6 a.m. on Thursday, according to the release.",
        [
            "Piped water supply to parts of four zones will be suspended for 48 hours from 6 a.m. on Tuesday so that the Chennai Metropolitan Water Supply and Sewerage Board (CMWSSB) can shift a 1,200-mm main that lies in the path of a Metro Rail viaduct, the Board said in a release on Sunday.",
            "Supply will be restored by 6 a.m. on Thursday, according to the release.",
        ],
    ),
    (
        "n82-in-ms-dot-quote-rupee",
        "Asked about the tanker rates, Ms. Malarvizhi said the Board had no control over private operators, but that complaints of overcharging could be made to the police. “Our lorries are free,” she said. “Nobody needs to pay ₹2,600 for two days.”",
        [
            "Asked about the tanker rates, Ms. Malarvizhi said the Board had no control over private operators, but that complaints of overcharging could be made to the police.",
            "“Our lorries are free,” she said.",
            "“Nobody needs to pay ₹2,600 for two days.”",
        ],
    ),
    (
        "n82-in-initial-name-question",
        "K. Tamilselvi, secretary of the Senthamarai Nagar Residents' Welfare Association, said private tanker operators had raised the price of a 12,000-litre load from ₹1,400 to ₹2,600 since the Board's notice appeared on Friday. She said the association had asked the Board in writing to send its own lorries directly to the area's 14 apartment complexes. “Every summer they tell us to adjust,” she said. “Adjust for how long?”",
        [
            "K. Tamilselvi, secretary of the Senthamarai Nagar Residents' Welfare Association, said private tanker operators had raised the price of a 12,000-litre load from ₹1,400 to ₹2,600 since the Board's notice appeared on Friday.",
            "She said the association had asked the Board in writing to send its own lorries directly to the area's 14 apartment complexes.",
            "“Every summer they tell us to adjust,” she said.",
            "“Adjust for how long?”",
        ],
    ),
    (
        "n82-in-comment-rules",
        "Comments are moderated and published at the editor's discretion. Please keep them civil, relevant and in English.",
        [
            "Comments are moderated and published at the editor's discretion.",
            "Please keep them civil, relevant and in English.",
        ],
    ),
    (
        "n82-ph-jr-am-he-said",
        "Fire Senior Inspector Rodante Catapang-Segovia Jr., the city fire marshal, said the BFP received the first call at 3:42 a.m. and raised the fire to second alarm at 3:58 a.m. It was declared under control at 6:05 a.m. and fire out at 8:20 a.m., he said. He said 14 fire trucks from the city, four neighboring towns and two volunteer brigades responded, and that no one was hurt. “We had to cut through two padlocked gates to reach the fire,” he said.",
        [
            "Fire Senior Inspector Rodante Catapang-Segovia Jr., the city fire marshal, said the BFP received the first call at 3:42 a.m. and raised the fire to second alarm at 3:58 a.m.",
            "It was declared under control at 6:05 a.m. and fire out at 8:20 a.m., he said.",
            "He said 14 fire trucks from the city, four neighboring towns and two volunteer brigades responded, and that no one was hurt.",
            "“We had to cut through two padlocked gates to reach the fire,” he said.",
        ],
    ),
    (
        "n82-ph-caption-credit-runtime",
        "Firefighters spray water on the burnt-out dry goods section of the Tabuan Ilawan Public Market in Iloilo City on Saturday morning. Video courtesy of a viewer 1:12",
        [
            "Firefighters spray water on the burnt-out dry goods section of the Tabuan Ilawan Public Market in Iloilo City on Saturday morning.",
            "Video courtesy of a viewer",
            "1:12",
        ],
    ),
    (
        "n82-ph-inc-all-rights",
        "© 2026 Haligi Broadcasting Network, Inc. All Rights Reserved.",
        ["© 2026 Haligi Broadcasting Network, Inc.", "All Rights Reserved."],
    ),
    (
        "n82-ie-quote-split-inside-marks",
        "“We've had water in our back gardens in three of the last five winters,” she said. “Nobody on this road is against houses. We're against houses on a field that floods.”",
        [
            "“We've had water in our back gardens in three of the last five winters,” she said.",
            "“Nobody on this road is against houses.",
            "We're against houses on a field that floods.”",
        ],
    ),
    (
        "n82-ie-ltd-all-rights",
        "Copyright © 2026 Suirvale Observer Ltd. All rights reserved.",
        ["Copyright © 2026 Suirvale Observer Ltd.", "All rights reserved."],
    ),
    (
        "n82-ca-mayor-quotes-oct",
        "Mayor Yaroslav Dzuba, who voted for the increase, told reporters after the meeting that nobody on council “enjoys raising fares on people who are already stretched.” “But the alternative was cutting buses, and a bus that doesn't come costs people a lot more than a quarter,” he said. “I'd rather have this argument in June than in January, when people are waiting for a bus at minus 35,” he said. He said administration had been told to report back on Sunday service by Oct. 14, and that no route would be cut before council voted again.",
        [
            "Mayor Yaroslav Dzuba, who voted for the increase, told reporters after the meeting that nobody on council “enjoys raising fares on people who are already stretched.”",
            "“But the alternative was cutting buses, and a bus that doesn't come costs people a lot more than a quarter,” he said.",
            "“I'd rather have this argument in June than in January, when people are waiting for a bus at minus 35,” he said.",
            "He said administration had been told to report back on Sunday service by Oct. 14, and that no route would be cut before council voted again.",
        ],
    ),
    (
        "n82-ca-question-asked-vote",
        "Petrovich-Ratuski said the same survey found that a third of Sunday riders were travelling to or from work. “Who do we think is on those buses on a Sunday morning?” she asked. An amendment by Petrovich-Ratuski to keep the cash fare at $3.25 for seniors failed 5-6.",
        [
            "Petrovich-Ratuski said the same survey found that a third of Sunday riders were travelling to or from work.",
            "“Who do we think is on those buses on a Sunday morning?” she asked.",
            "An amendment by Petrovich-Ratuski to keep the cash fare at $3.25 for seniors failed 5-6.",
        ],
    ),
    (
        "n82-ca-inc-all-rights",
        "© 2026 The Saskatoon Wheatsheaf, a division of Aspenleaf Media Inc. All rights reserved.",
        [
            "© 2026 The Saskatoon Wheatsheaf, a division of Aspenleaf Media Inc.",
            "All rights reserved.",
        ],
    ),
    (
        "n82-nz-story-tip-question",
        "Have a story for the Leader? Email news@highcountryleader.nz or text 027 555 0193.",
        ["Have a story for the Leader?", "Email news@highcountryleader.nz or text 027 555 0193."],
    ),
    (
        "n82-nz-statement-attributed-it",
        "In a statement attributed to its group director of operations for the Southern district, Hirini Vettori-Hape, Health New Zealand said it had funded 14 rural practices in Otago and Southland through the retention scheme this year. It said it was “working closely” with the practice and the local primary health organisation to find locum cover. It said its funding to the Glenmorven practice per enrolled patient had risen by 9 per cent since July 2025. Health NZ said the number of GPs working in rural practices in the Southern district fell from 118 to 97 between 2021 and 2025.",
        [
            "In a statement attributed to its group director of operations for the Southern district, Hirini Vettori-Hape, Health New Zealand said it had funded 14 rural practices in Otago and Southland through the retention scheme this year.",
            "It said it was “working closely” with the practice and the local primary health organisation to find locum cover.",
            "It said its funding to the Glenmorven practice per enrolled patient had risen by 9 per cent since July 2025.",
            "Health NZ said the number of GPs working in rural practices in the Southern district fell from 118 to 97 between 2021 and 2025.",
        ],
    ),
    (
        "n82-za-tip-off-question",
        "Do you have a story or a tip-off? WhatsApp us on 060 555 0147.",
        ["Do you have a story or a tip-off?", "WhatsApp us on 060 555 0147."],
    ),
    (
        "n82-za-gogo-after-quote-she",
        "“I am 74 years old, and I have been asking my neighbour's son to carry water for me every day,” said Gogo Hlengiwe Kubheka, who lives alone in a ground-floor flat on Kareeboom Street. “The boy is kind, but he has school.” She said she had not bathed properly since the outage began.",
        [
            "“I am 74 years old, and I have been asking my neighbour's son to carry water for me every day,” said Gogo Hlengiwe Kubheka, who lives alone in a ground-floor flat on Kareeboom Street.",
            "“The boy is kind, but he has school.”",
            "She said she had not bathed properly since the outage began.",
        ],
    ),
    (
        "n82-za-pty-ltd-all-rights",
        "© 2026 Vuka Digital (Pty) Ltd. All rights reserved.",
        ["© 2026 Vuka Digital (Pty) Ltd.", "All rights reserved."],
    ),
    (
        "n82-my-quote-split-she-said",
        "Trader Tang Yun Jing, 52, said she lost stock worth about RM30,000 when water entered her grocery shop in Taman Sri Keledang. “This is the third time since January. Every time, we clean, we buy new stock, and then the water comes again,” she said.",
        [
            "Trader Tang Yun Jing, 52, said she lost stock worth about RM30,000 when water entered her grocery shop in Taman Sri Keledang.",
            "“This is the third time since January.",
            "Every time, we clean, we buy new stock, and then the water comes again,” she said.",
        ],
    ),
    (
        "n82-my-datuk-pm-metres",
        "Selangor Fire and Rescue Department director Datuk Mohd Norhisham Abdul Rafar said the department received the first call at 6.12pm from Kampung Parit Keledang, where the water rose to 1.2m within an hour. He said 86 firefighters and 11 boats were deployed, and that 47 people, including nine children and a woman in a wheelchair, were rescued from their homes. “The water came up very fast because the drain at the mouth of the village was blocked with rubbish,” he said when met at a relief centre at the village community hall.",
        [
            "Selangor Fire and Rescue Department director Datuk Mohd Norhisham Abdul Rafar said the department received the first call at 6.12pm from Kampung Parit Keledang, where the water rose to 1.2m within an hour.",
            "He said 86 firefighters and 11 boats were deployed, and that 47 people, including nine children and a woman in a wheelchair, were rescued from their homes.",
            "“The water came up very fast because the drain at the mouth of the village was blocked with rubbish,” he said when met at a relief centre at the village community hall.",
        ],
    ),
    (
        "n82-my-error-prompt",
        "Spotted an error in this story? Let us know.",
        ["Spotted an error in this story?", "Let us know."],
    ),
    (
        "n82-gh-hon-ghc-stated",
        "Speaking to Fihankra Online on Tuesday, the Municipal Chief Executive (MCE), Hon. Kwasi Amoakohene-Dapaah, disclosed that the new market had 840 stalls and 210 sheds, built at a cost of GH₵11.6 million under the assembly's 2023 and 2024 budgets. He indicated that 612 of the stalls had already been allocated, and that traders who registered with the assembly would not pay rent for the first six months. “The station was built for vehicles, not for markets. We will not go back on the date,” he stated.",
        [
            "Speaking to Fihankra Online on Tuesday, the Municipal Chief Executive (MCE), Hon. Kwasi Amoakohene-Dapaah, disclosed that the new market had 840 stalls and 210 sheds, built at a cost of GH₵11.6 million under the assembly's 2023 and 2024 budgets.",
            "He indicated that 612 of the stalls had already been allocated, and that traders who registered with the assembly would not pay rent for the first six months.",
            "“The station was built for vehicles, not for markets.",
            "We will not go back on the date,” he stated.",
        ],
    ),
    (
        "n82-gh-queen-noted-asked",
        "But the market queen of the traders, Obaapanyin Abenaa Afrakoma Fordjour, said more than 1,500 traders operated at the station and that only about 300 of them had received allocation letters. She noted that the new market was about four kilometres from the station, where most of their customers get down from the buses. “Who will walk four kilometres to buy tomatoes?” she asked.",
        [
            "But the market queen of the traders, Obaapanyin Abenaa Afrakoma Fordjour, said more than 1,500 traders operated at the station and that only about 300 of them had received allocation letters.",
            "She noted that the new market was about four kilometres from the station, where most of their customers get down from the buses.",
            "“Who will walk four kilometres to buy tomatoes?” she asked.",
        ],
    ),
    (
        "n82-sg-pte-ltd-regn-no",
        "Copyright © 2026 Strait Current Holdings Pte. Ltd. Co. Regn. No. 198400579W. All rights reserved.",
        [
            "Copyright © 2026 Strait Current Holdings Pte. Ltd. Co. Regn. No. 198400579W.",
            "All rights reserved.",
        ],
    ),
    (
        "n82-sg-madam-quote-split",
        "Madam Kamsiah Johari, 71, who uses a walking frame and lives on the 10th floor, said she had not left her flat since the lifts stopped on March 2, except for two hospital appointments. “My son carried me down for the appointments. I cannot ask him every week,” she said.",
        [
            "Madam Kamsiah Johari, 71, who uses a walking frame and lives on the 10th floor, said she had not left her flat since the lifts stopped on March 2, except for two hospital appointments.",
            "“My son carried me down for the appointments.",
            "I cannot ask him every week,” she said.",
        ],
    ),
    (
        "n82-au-privacy-lines",
        "Sign up for our newsletter to stay up to date. We value your privacy. See our Privacy Policy.",
        [
            "Sign up for our newsletter to stay up to date.",
            "We value your privacy.",
            "See our Privacy Policy.",
        ],
    ),
    (
        "n82-tt-councillor-quotes",
        "Councillor for the area Shivonne Superville-Ragoonath said 63 households, about 210 people, were cut off, including 41 schoolchildren and at least 12 people who need dialysis or regular clinic visits. She said the taxi driver who usually works the route stopped coming after his car slid into a drain on June 4. “People are carrying gas cylinders on their heads,” she said. “This is 2026.”",
        [
            "Councillor for the area Shivonne Superville-Ragoonath said 63 households, about 210 people, were cut off, including 41 schoolchildren and at least 12 people who need dialysis or regular clinic visits.",
            "She said the taxi driver who usually works the route stopped coming after his car slid into a drain on June 4.",
            "“People are carrying gas cylinders on their heads,” she said.",
            "“This is 2026.”",
        ],
    ),
    (
        "n82-tt-co-ltd-all-rights",
        "Copyright © 2026 Caroni Lantern Publishing Co. Ltd. All rights reserved.",
        ["Copyright © 2026 Caroni Lantern Publishing Co. Ltd.", "All rights reserved."],
    ),
]
