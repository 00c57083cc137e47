"""Hundred-and-eighty-first set of new hand-labelled pages for the hint engines (tuning set, round sixty-three):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from
twelve countries of sub-Saharan Africa, one page per country and per kind of outlet, where FURNITURE
IS HARD TO TELL FROM STORY, the pastes varied (desktop, phone, AMP, reader mode, print view, text
shared from an app, an email newsletter in webmail). The pages: a Nigerian DAILY's website on the
DESKTOP (a Lagos panel of inquiry finds that the developer of a Surulere block whose collapse killed
11 added three floors to a building approved for three, with a timeline); a Ghanaian TV STATION's
site pasted from a PHONE (the cocoa farmgate price raised 9.6% to GH₵3,540 a bag, with a fact box);
a Kenyan RADIO station's AMP page (Kisumu water rationed to three days a week after the Dunga intake
pump fails, with a zone schedule); a Ugandan news PORTAL's article SHARED FROM ITS APP (the domestic
power tariff cut to USh 732.5 a unit, with a tariff list); a Tanzanian WEEKLY's PRINT VIEW (Kariakoo
market reopens four and a half years after the fire, with 600 old traders left without stalls); a
Zambian news agency's WIRE story in READER MODE (load-shedding cut from 12 to 8 hours a day as Lake
Kariba rises); a Zimbabwean BUSINESS site's EMAIL NEWSLETTER pasted from WEBMAIL (tobacco floors
open at an average US$3.06 a kilo); a South African MUNICIPALITY's NEWSROOM on the DESKTOP (Msunduzi
tables an R8.12 billion draft budget with a 12.72% electricity increase); a Namibian conservation
NGO's site pasted from a PHONE (a report counts 4,181 farm animals killed by predators in Kunene); a
Botswana SPORT site's AMP page (a cup final won 2-1 with a goal two minutes from time); a Rwandan
MAGAZINE's feature SHARED FROM ITS APP (the coffee cherry floor price raised to Rwf 805 a kilo); and
a Senegalese transport BLOG in READER MODE (two years of Dakar's Bus Rapid Transit).

What is hard is the border between the site and the story, in both directions. FURNITURE WRITTEN IN
PROSE, at the head, in the middle of the story and at the tail, is "B" line by line and sentence by
sentence, whatever it says and however many figures it holds, and never carries a speaker: cookie
and privacy notices in sentences ("We use cookies to give you a better experience on our website.",
"This website uses cookies and processes personal information in line with the Protection of
Personal Information Act, 2013.", "We never sell your data."); listen-to-this-article players and
read times; newsletter pitches ("Get the day's top Lagos stories in your inbox before 7 am every
weekday.", "Get stories from the field in your inbox four times a year."); donation and membership
asks, prices and all ("N$250 buys the wire mesh for one metre of a lion-proof kraal.", "Become a
Mugongo member for USh 10,000 a month ...", a blogger's tip jar, a magazine's "12 issues for Rwf
36,000"); WhatsApp-channel, app, SMS and poll prompts, questions included ("📲 Follow the Eko Daily
Sentinel channel on WhatsApp ...", "Download the Nyansa TV app ...", "Are you affected by the
rationing?" and "SMS your experience to 22384 ...", "Who was your player of the final?"); programme
promos ("Catch the full report on Nyansa Evening News at 7 p.m. ...", "Tune in to Breakfast Drive
... weekdays from 6 a.m. ..."); sponsor, affiliate and betting notes ("Agribusiness news on Nyansa
TV is brought to you by GoldLeaf Fertilizers ...", "This edition is supported by Musasa Insurance."
/ "Sponsors never see our copy before you do.", "Some of the links in this letter are affiliate
links.", "Odds shown on this page are supplied by our betting partner, BetKgosi." / "18+ only."); AI
and method notes ("This story was put together with the help of an AI transcription tool.", "A note
on method: I use an AI tool to transcribe my interviews in French and Wolof."); funding and
independence notes ("The fund had no say over what we reported or how."); a republishing note; a
print-edition note ("This article appeared in the print edition ... under the headline “Kariakoo
opens, but not for all”."); editor's notes, update lines and CORRECTIONS, even when they state a
figure ("Correction: An earlier version of this story said the building had seven storeys." / "It
had six.", "This article was updated ... to correct the commercial tariff, which we first gave as
USh 589.3.", "This story has been corrected to fix the lake level a year earlier in paragraph 2.");
a blogger's disclosure ("Disclosure: I worked as a consultant for CETUD in 2019 and 2020 ...");
author bios with their years and places ("She has covered building collapses in Lagos since 2016
..."); comment rules in sentences and readers' comments, even one that disputes a fact ("Otieno_K:
Nyalenda has had no water since Wednesday, not Thursday."); a council's footer line "Report an
outage: call 0800 001 868 (toll-free), 24 hours a day"; and related, "ALSO READ", "ALSO WATCH" and
"Read next" headlines, even when they state a fact.

STORY IN FURNITURE'S SHAPES is labelled by what it says and is never "B": short one-line facts on
lines of their own ("The panel sat for 41 days.", "The Dunga intake was built in 1958.", "The old
market burned on 10 July 2021.", "It is the Pirates' first trophy since 2009."), "W"; lists of
figures under a "B" label and above a "B" source line (the tariff lines "Domestic: 732.5, down from
756.2", the newsletter's "THE NUMBERS", "KARIAKOO IN FIGURES", the NGO's "KEY FINDINGS", a wire's
"KEY FACTS", the Rwandan "COFFEE IN NUMBERS", the blogger's "126 electric buses on 19 kilometres of
dedicated lane"), "W" line by line; a TIMELINE whose dated lines state acts of record ("June 2023 –
The agency serves a stop-work notice after a fourth floor goes up"), "W", under a "B" label; dated
lines of record ("Council resolution 14/2026, adopted on 26 March 2026: the draft budget and tariffs
are released for public comment.", "2 March 2026: NAEB announces the minimum price"), "W"; a zone
schedule and a list of public meetings set by those who run them ("Zone A (CBD, Milimani, Tom Mboya
Estate): Monday, Wednesday and Friday, 5 a.m. to 2 p.m.", "Tuesday, 7 April, 5.30 p.m.: Imbali
Community Hall (Wards 12 to 17)"), "W"; a quoted headline of a report on a line of its own ("“One in
four herding households in Kunene lost livestock to predators in 2025”") and a report's heading
quoted in a sentence (“Projects Completed Late and Over Budget”), "W"; fact boxes of record ("Per
tonne: GH₵56,640, up from GH₵51,680 in 2025/26"), "W"; captions that state facts ("Rescue workers at
14 Adeniran Close, Surulere, on 19 September 2025, the day the building fell.", "A new kraal at
Otjiu, built in April with 140 metres of mesh and two solar lights."), "W", their credits "B"; a
wire's summary bullets, "W"; and a newsletter item's numbered headline ("1. TOBACCO SEASON OPENS AT
AN AVERAGE US$3.06 A KILO"), "W", while its section label ("2. IN BRIEF") is "B". A video caption
that only describes ("WATCH: Farmers at a buying shed in Sefwi Wiawso react to the new price.") is
"" and its running time "B"; the cup final's "MATCH FACTS" data lines (score lines with minutes, a
red card, attendance, referee) are "" as in the earlier sets.

The MIRROR PAIRS, one on each side of the border: the site's sponsor line ("Motswedi Sport's cup
coverage is brought to you by Lesedi Mobile.") "B" against the sponsor as a source in the story
("Lesedi Mobile, the cup's sponsor, said it had raised the winners' prize to P1.5 million ...") "W";
the NGO's donate asks "B" against its director's appeal inside her quote ("“If you can help, please
help.”", speaker and cue, ""); the site's WhatsApp-channel prompts and footer outage line "B"
against the council release's own service information in its body ("Residents can email
budget@msunduzi.gov.za, ... or send a WhatsApp message to 071 482 3390.", an instruction that is
part of the story, "") and its deadline ("Written comments must reach the municipality by 4 p.m. on
Thursday, 30 April 2026.", "W"); the newsletter's greeting, teaser and sign-off in its own voice
("", as in round sixty-two) against its reply prompts ("Reply to this email; we read every one.",
"If you sold at the floors yesterday, hit reply and tell us what you got.") "B"; a blogger's own
narration and opinion ("I was on the third one ...", "My own view is ...", "") against her
disclosure, method, affiliate and tip-jar notes "B"; the wire's correction line "B" against the
figure it corrects, "W" in the body; an author bio's years "B" against the story's own dates "W".

Of record ("W"): findings, figures and acts given by panels, boards, regulators, companies,
councils, ministries and documents (an approval and a stop-work notice, concrete strength, deaths
and rescues, suspensions, a farmgate price and the committee's formula, smuggling estimates,
arrears, water output and demand, a pump's cost and order, bowsers, a licence's notice rule, tariffs
and their method of review, customers on a tariff, a rebuilding cost, applicants and leases, rents,
an audit's overrun, lake levels, megawatts, a water allocation, an import contract, copper output,
prices paid at the floors, registered growers, the currency split and its rules, a budget and its
tariff increases, free basic services and an indigent register, a collection rate and debts, an
audit opinion, livestock losses and compensation rates, a cup result, a disciplinary rule and prize
money, a coffee floor price and its licence rule, exports, bonuses, ridership, punctuality and
compensation for withdrawn minibuses); causal claims ("the cut reflected lower fuel costs at thermal
power plants and a 3.1% rise in the shilling", "mostly because fertiliser prices went up", "because
their leases were in the names of relatives who had died"); rules ("Under the Municipal Finance
Management Act, the council must approve ...", "the company must give customers at least 48 hours'
notice ...", "Washing stations that pay less than the floor price can lose their licence.", "a
player sent off in a cup final misses the next two competitive matches unless the committee
overturns the card", the self-insurance scheme's payouts "if a game ranger confirms the loss");
scheduled events set by those who run them (buying from Friday, rationing from Monday, bowsers from
Tuesday, tariffs from 1 January and their next review, a final budget on 28 May, a hearing on
Thursday at 10 a.m., a parade at 3 p.m. on Monday, floor hours, results on 26 March); and a person's
statements as an official of a body (a union's ask, an association's members' water trucks, a
conservancy chair's auction price). Not worth checking (""): forecasts and expectations ("He said it
should arrive within three weeks.", "the crop could reach 330 million kilogrammes", "tariffs could
rise again in April if the shilling weakened", "It said the first of them should open by the end of
the year."); plans and promises (a white paper "within 30 days", a second round of allocations "by
June", an audit of maintenance records, an appeal, "within two audit cycles", arrears cleared
"before Christmas"); a panel's recommendations, like a coroner's; advice, appeals and urgings;
opinions, characterisations and tributes; a person's own figures and anecdotes (a tailor's
neighbour's complaint, a farmer's fertiliser, a fishmonger's KSh 600, a welder's power bill, a
herder's 17 cattle, a grower's 14 bales, a coffee farmer's Rwf 600, a guard's 5.45 a.m. start, a
driver's halved pay); questions in quotes; headlines, standfirsts and video captions that hold no
fact; scenes; and data lines.

And where sentences end: titles and honorifics that never end one ("Arc. Babatunde", "Mrs. Adenike",
"Barr. Emeka", "Dr. Yaw", "Madam Abena", "Eng. Jared", "Dr. Rose", "Mr. Peter", "Mama Grace", "Eng.
Ronald", "Mr. Hamisi", "Ms. Elfriede", "Prof. Selma"); firm suffixes mid-sentence ("Brightstone
Homes Ltd., added", "Brightstone Homes Ltd. said", "Mukuvisi Securities (Pvt) Ltd., said", "Chirundu
Cement Ltd. reports", "Kopje Capital Media (Pvt) Ltd., 14 Josiah Chinamano Ave., Harare", "Teranga
Transit S.A., said") and at the end of one ("Msimbazi Builders Ltd." / "The firm also built ...",
"Eko Sentinel Newspapers Ltd." / "All rights reserved.", "Lake Breeze Media Ltd.", "Mugongo Media
Ltd.", "Pwani Weekender Publications Ltd.", "Motswedi Media (Pty) Ltd."); times mid-sentence ("at
about 11.40 a.m. on 19 September 2025.", "from 6 a.m. on 98.4 FM", "from 8 a.m. to 4 p.m. one day",
"by 4 p.m. on Thursday", "on Thursday at 10 a.m. in Gaborone", "at 3 p.m. on Monday.", "At Grand
Médine at 7.30 a.m. the queue") and ending one ("instead of 5 a.m." / "“It is better, yes,” he
said.", list lines "5 a.m. to 2 p.m."); "14 U.S. cents" mid-sentence; designations ("No. 412", "No.
WO 0412", "resolution 14/2026"); decimals, currencies and units ("GH₵56,640", "US$5,120", "KSh 14.6
million", "USh 732.5", "TSh 28.03 billion", "478.30 metres", "US$3.06", "R8.12 billion", "12.72%",
"N$9,200", "P1.5 million", "Rwf 1.02 billion", "300 billion CFA francs"); quotes ending in "?"
before their attribution, one sentence each ("“Who do you report to when the landlord says it is
normal?” she asked.", "“What is 9% when everything else has gone up by 40?” he asked.", "“Where do
they expect us to get 50 shillings for every jerrycan?” she asked.", "“Twelve thousand less, and you
want me to clap?” she asked.", "“How many kitenge must I sell ...?” she asked.", "“And the 30% in
ZiG, what does it buy in Mvurwi?” he asked.", "“What will I give my son?” he asked.", "“What more
can a coach ask for?” he asked.", "“When your children need school fees in February, do you wait for
March?” she asked.", "“But why does the bus to town leave full from the second station?” he
asked."); a wire's dateline "LUSAKA, Feb 17 (Kalulu) -" belonging to its lead; a "(Reporting by ...;
Editing by ...)" line never split at its semicolon; semicolons that never split (standfirsts, a
timeline line, a comment rule); a speaker's sentence ending in a colon before a list ("... said the
proposed increases were as follows:"); and list lines, one sentence each (timeline, schedule,
tariff, figures, findings and meeting lines, "Palapye Greens 1 (Baitsile 54' pen.)", "Referee: O. K.
Mogotsi-Ramokate").

The pages hold 539 sentences: 233 "B", 198 "W" and 108 ""; 172 sentences carry a speaker (81
distinct speakers, page by page; 81 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, strip, crumb, byline, date line,
player, share line, caption, credit, box label, list item, note and legal line is a paragraph of its
own, except that a caption and a credit pasted in one line are two sentences of one paragraph, and a
furniture note of two or three sentences is one paragraph); each paragraph a list of sentences
`(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by
line, whatever it says, never with a speaker; a caption by its content and its credit "B"; headlines
and standfirsts never split and flagged by content, their "says" or "finds" carrying the source as
the body first gives it; a dateline belongs to its lead sentence; a person is named in full as first
given, without titles, honorifics or roles, and a pronoun, surname or role noun ("The Mayor")
resolves to that name; a quote over several sentences carries its speaker and cue in each;
"according to X" gives X as written, a bracketed acronym or a descriptor before a proper name
dropped ("The consumer lobby Consumer Voice Uganda" -> "Consumer Voice Uganda", "Zambia's state
power company ZESCO Limited" -> "ZESCO Limited", "its operator, Teranga Transit S.A.," -> "Teranga
Transit S.A."); an acronym, "It" or a document that names the body resolves to the name as first
given ("ERA", "ZESCO said", "the report said" and "It said" -> the panel's and the regulator's full
names, "The report said" -> "the Controller and Auditor General"), a single generic noun is kept as
written ("the panel", "The company", "The board", "The authority"); a channel phrase after the verb
is part of the cue ("told reporters at Alausa", "told Lake Breeze FM", "told journalists at the
authority's offices in Kampala", "told a news conference in Lusaka", "said in a statement", "said in
an email", "said through an interpreter", "said in a report", "said in its annual report", "told me
on the phone") and a fronted one is not ("In its 212-page report, presented to the state executive
council on Tuesday, the panel said"); a body acting with no verb of saying carries no speaker (the
council tabling its budget, the Auditor-General's opinion, the Controller and Auditor General
listing a project under a heading).

Conventions this set had to settle, in the same spirit:

* FURNITURE IN PROSE is "B" even when it is a full sentence with a figure, a date, a price, a name
  or a question, and even in the middle of the story: it speaks for the site, not for the story. A
  CORRECTION or UPDATE note is "B" although it states a fact; the corrected figure in the body is
  "W". An author's BIO and a blogger's DISCLOSURE are "B". Readers' comments are "B" even when they
  dispute a fact of the story.
* The STORY'S OWN SERVICE LINES are not furniture: a council release's "Residents can email ... or
  send a WhatsApp message to ..." is "" (an instruction in the body), its deadline "W"; but a site
  footer's "Report an outage: call 0800 ..." and any "Follow us on WhatsApp" line are "B".
* A LIST INTRODUCED BY A SPEAKER ("Cllr Thandeka Ngubane-Shezi, said the proposed increases were as
  follows:") carries her name and cue "said" on each list line, as a quote that runs on does; the
  lines of a box under a label ("KEY FINDINGS", "THE NUMBERS", "RATIONING SCHEDULE FROM MONDAY")
  carry no speaker, even when the body gives their source.
* A QUOTED HEADLINE OF A REPORT on a line of its own is flagged by content with no speaker (no cue);
  a panel's or a report's "recommends" is "" like a coroner's recommendation, its "has found",
  "finds" and "said" are "W".
* A STATEMENT ISSUED THROUGH A LAWYER carries the firm, not the lawyer ("Brightstone Homes Ltd. said
  in a statement issued through its lawyer, Barr. Emeka Nwachukwu-Dike, that ..." -> "Brightstone
  Homes Ltd.", cue "said in a statement issued through its lawyer"), as a statement read out on
  someone's behalf did in round sixty-two.
* HONORIFICS AND PROFESSIONAL TITLES of the region are dropped: "Arc." (architect), "Barr."
  (barrister), "Eng.", "Madam", "Mama", "Cllr", "Mr", "Mrs.", "Ms.", "Dr.", "Prof."; "A spokesman
  for the Zambia Mining Producers' Forum" is kept as written and "He said" resolves to it;
  "residents" after a price is kept as written.
* A TABLED DRAFT's contents are of record (the budget's totals and allocations, "the proposed
  increases were as follows:" and its four list lines, "W"): the draft exists and says so, unlike
  the future effects of a proposal under consultation ("Under the proposal, the school would close
  ...", "" in round sixty-two).
* A BLOGGER's first-person account is "" unless it states a checkable public fact ("Two years ago
  this week, the first electric buses ... left the Petersen terminus for Guédiawaye.", "W"); the
  blog's title, which holds no fact, is "".

Written from scratch for issue 13 in round sixty-three, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run (only the brief's structural check
and ruff). What was read: the brief; the module docstrings and first pages of `labelled_new.py` and
`labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]` tables of
`pyproject.toml`; and the module docstrings, `STYLES`, a few pages and the `CASES` of
`labelled_new179.py` and `labelled_new180.py`. Coined names were checked for freshness against the
capitalised words of those two files: only common words, titles and real places and bodies hit.

Every person, outlet, newsletter, panel, firm, developer, broadcaster, union, association, forum,
cooperative, trust, foundation, fund, exporter, brokerage, sponsor, club, cup, report, statement,
quote and figure is invented, and so are the small institutions and places (the Adeniran Close Panel
of Inquiry, 14 Adeniran Close, Brightstone Homes Ltd., the Western North Cocoa Farmers' Union, the
Licensed Cocoa Buyers Association, the Nyanza Gulf Water Company, the Kisumu Lakefront Hoteliers'
Association, Consumer Voice Uganda, Msimbazi Builders Ltd., the Kariakoo Traders' Association, the
Zambia Mining Producers' Forum, the Tobacco Growers' Union of Zimbabwe, Mukuvisi Securities (Pvt)
Ltd., the Desert Kraal Trust, the Setso Cup, Tsholofelo Pirates, Palapye Greens, the Gisuma washing
station, the Abakundakawa cooperative, Kivu Highlands Coffee Ltd, Teranga Transit S.A. and the
like). Real countries, regions, cities, towns, districts, townships, streets, markets, lakes,
rivers, dams, power stations, airports, stadiums, universities, currencies, laws, regulators,
ministries, agencies, councils and other public bodies appear only as settings, with invented
statements and figures: Lagos, Surulere, Yaba, Alausa, the Lagos State Government, the Lagos State
Building Control Agency and the Nigerian Institute of Architects; Accra, Sefwi Wiawso, the Western
North Region, Ashanti, Côte d'Ivoire, Togo, the Ghana Cocoa Board, the Producer Price Review
Committee, the Ministry of Finance, the Bank of Ghana and the University of Ghana; Kisumu, Lake
Victoria, Dunga, Milimani, Tom Mboya Estate, Nyalenda, Manyatta, Kondele, Mamboleo, Kanyakwar, Riat,
Kibuye market, Nairobi and the Water Services Regulatory Board; Kampala, Katwe, Masaka, Wakiso, the
Electricity Regulatory Authority, Uganda Electricity Distribution Company Limited, Makerere
University and the Ministry of Energy and Mineral Development; Dar es Salaam, Kariakoo, Msimbazi
Street, Kigamboni, the Kariakoo Markets Corporation, the High Court and the Controller and Auditor
General; Lusaka, Ndola, Kalingalinga, Lake Kariba, Kariba North Bank, Kafue Gorge Lower, Kenneth
Kaunda International Airport, Mozambique, ZESCO Limited, the Zambezi River Authority and the
Ministry of Mines; Harare, Mvurwi, the Boka auction floors, Josiah Chinamano Avenue, the Tobacco
Industry and Marketing Board, the Reserve Bank of Zimbabwe, Zimbabwe Gold and the Zimbabwe Stock
Exchange; Pietermaritzburg, Msunduzi Municipality, Imbali, Edendale, Chief Albert Luthuli Street,
the National Energy Regulator of South Africa, the Auditor-General, the Municipal Finance Management
Act and the Protection of Personal Information Act; Opuwo, Otjiu, Kamanjab, the Kunene Region, the
ǂKhoadi-ǁHôas Conservancy, the Ministry of Environment, Forestry and Tourism, the Human Wildlife
Conflict Self-Insurance Scheme and the University of Namibia; Gaborone, Francistown, Tlokweng, the
National Stadium, Main Mall and the Botswana Football Association; Kigali, Nyamasheke, Nyamagabe,
Lake Kivu, the Western Province and the National Agricultural Export Development Board; and Dakar,
Petersen, Guédiawaye, Grand Médine, Liberté 6, the Plateau, Pikine, Keur Massar, Rufisque, the
Executive Council for Sustainable Urban Transport, the Ministry of Infrastructure and Land
Transport, the World Bank and the European Investment Bank.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Nigerian DAILY NEWSPAPER\'S WEBSITE (Lagos), DESKTOP browser paste, a PANEL OF INQUIRY into a BUILDING COLLAPSE: the developer of a Surulere block that fell, killing 11, added three floors to a building approved for three. Head: masthead, menu, a TWO-SENTENCE COOKIE NOTICE in prose and its buttons, section label (all "B"); headline "..., panel finds" ("W", carrying the panel\'s full name as the body first gives it, cue "finds"); a standfirst with a semicolon, never split ("W"); byline, published line and a LISTEN-TO-THIS-ARTICLE player ("B"); a CAPTION THAT STATES FACTS ("W") and its credit ("B"). Body: the panel\'s finding "has found" ("W"); deaths "at about 11.40 a.m. on 19 September 2025." (no split) and rescues ("W"); "In its 212-page report, ..., the panel said" (fronted channel, generic noun kept, "W"), "It said the developer, Brightstone Homes Ltd., added ..." (no split, "It" resolving to the panel\'s full name, "W") and "the report said" (resolving to the panel, "W"); a TWO-SENTENCE NEWSLETTER PITCH in mid-story ("B"); the chairman ("Arc." dropped) "told reporters at Alausa" ("W") and his quote over two sentences (""); "The report recommends" and "It also recommends" (recommendations, ""); a WHATSAPP-CHANNEL PROMPT ("B"); the commissioner ("Mrs." dropped) with the acceptance ("W"), a white paper "within 30 days" (a plan, "") and suspensions ("W"); an "ALSO READ" headline stating a fact ("B"); the developer\'s statement "issued through its lawyer, Barr. ..." (the firm as speaker, "") and its plan (""); the dead ("W"); a neighbour\'s complaint and her QUESTION before "she asked." (""); THREE SHORT ONE-LINE FACTS on lines of their own ("W"); a TIMELINE (label "B", five dated lines of record "W", one with a semicolon). Tail: an editor\'s UPDATE NOTE, a two-sentence CORRECTION stating the right figure, a two-sentence AUTHOR BIO with a year, two sentences of COMMENT RULES, a comment count and a copyright line split at "Ltd." (all "B").',
    'Ghanaian TV STATION\'S NEWS SITE (Accra), PHONE BROWSER paste, a COCOA FARMGATE PRICE: raised 9.6% to GH₵3,540 a bag. Head: a menu/masthead/live line and a section label ("B"); headline of record "W"; byline/date line and a LISTEN player with a running time ("B"); a VIDEO CAPTION that only describes ("") and its running time "(2:41)" ("B"). Body: the price a tonne and a bag ("W"); the minister "announced" (an act of record with its verb of saying, "W") and the committee\'s formula with "US$5,120" ("W"); a SPONSOR LINE in prose ("B"); the COCOBOD chief executive ("Dr." dropped) with the buying date ("W"), a crop expectation (a forecast, "") and a quote (""); "The board estimates" smuggling (generic noun kept, "W"); a SHORT ONE-LINE FACT ("W"); an APP PROMPT ("B"); a farmer with his own fertiliser prices and a QUESTION before "he asked." (""); a union official ("Madam" dropped) with the union\'s ask and tree losses ("W"); an "ALSO WATCH" headline ("B"); an economist\'s conditional view ("") and the cedi "according to Bank of Ghana data" ("W"); the buyers\' association\'s arrears "said in a statement" ("W") and a promise "before Christmas" (""); a TWO-SENTENCE STORY-TIP PROMPT opening with a question ("B"); a FACT BOX (label and source "B", four lines of record "W"); export revenue "according to the central bank" ("W"). Tail: a PROGRAMME PROMO with a time and channel numbers, tags, related label and headline, share line, copyright split before "All rights reserved." (all "B").',
    'Kenyan RADIO STATION\'S NEWS SITE (Kisumu), AMP paste, WATER RATIONING: three days a week after the Dunga intake pump fails. Head: AMP domain, masthead, crumb ("B"); headline of record "W"; standfirst "Water company says new pump will take up to three weeks to arrive" (a forecast, "", carrying the company as the body first gives it, cue "says"); byline, an "Updated 8:14 a.m., ..." line and a LISTEN player ("B"). Body: "KISUMU —" lead "the Nyanza Gulf Water Company has announced" ("W"); output and demand "The company said" (generic noun kept, "W"); the managing director ("Eng." dropped) "told Lake Breeze FM" the pump\'s order and cost ("W"), its arrival (a forecast, "") and advice (""); a PROGRAMME PROMO "from 6 a.m. on 98.4 FM" ("B"); a RATIONING SCHEDULE (label and source "B", three zone lines ending "5 a.m. to 2 p.m." and "2 p.m. to 10 p.m." and a line on hospitals, all "W"); the county\'s water executive ("Dr." dropped) with bowsers from Tuesday and their size ("W"); jerrycan prices "residents said" ("W"); a fishmonger ("Mama" dropped) with her own spending and a QUESTION (""); a TWO-SENTENCE SMS PROMPT opening with a question ("B"); a hoteliers\' chairman ("Mr." dropped) with trucks hired ("W") and a quote (""); the regulator\'s notice rule "said in a statement" (acronym dropped, "W") and its plan (""); TWO SHORT ONE-LINE FACTS ("W"); the director\'s advice (""). Tail: a two-sentence AI TRANSCRIPTION NOTE, two sentences of COMMENT RULES, a comment count, a READER\'S COMMENT DISPUTING A FACT, a related headline, a listen-live line, a copyright line split at "Ltd." (all "B").',
    'Ugandan NEWS PORTAL, its article SHARED FROM ITS APP (Kampala), an ELECTRICITY TARIFF CUT: domestic power cut to USh 732.5 a unit from January. Head: a shared-from line and a section label ("B"); headline of record "W"; standfirst "Regulator says lower fuel costs ... drove the cut; ..." (causal, "W", carrying the regulator as the body first gives it, semicolon never split); byline/date/READ-TIME line ("B"). Body: the new tariff "the Electricity Regulatory Authority (ERA) said" (acronym dropped, decimals, "W"); the lifeline rate ("W"); the chief executive ("Eng." dropped) "told journalists at the authority\'s offices in Kampala" the causes ("W") and "called it" (""); a TWO-SENTENCE WHATSAPP-CHANNEL PROMPT with a time ("B"); a TARIFF LIST (label and source "B", four lines of record "W"); the review method ("W"); customers and savings "The authority said" / "It said" (generic noun kept, "W"); a TWO-SENTENCE MEMBERSHIP ASK with a price ("B"); the distributor "said in a statement" ("W"); a welder with her own bill and a QUESTION (""); the consumer lobby (descriptor dropped) with a comparison ("W") and an urging (""); a DATED LINE OF RECORD and the next review ("W"); an economist with a conditional forecast ("") and a record of cuts ("W"); "ADVERTISEMENT" ("B"); capacity "according to the Ministry of Energy and Mineral Development" ("W"). Tail: a CORRECTION-AND-UPDATE NOTE holding the wrong figure, a two-sentence AUTHOR BIO, a read-next headline, a SPONSORED line with a price, an open-in-app line, a copyright line split at "Ltd." (all "B").',
    'Tanzanian WEEKLY NEWSPAPER\'S PRINT VIEW (Dar es Salaam), PRINT VIEW paste, a MARKET REOPENING: Kariakoo reopens after the 2021 fire with 1,520 stalls, but 600 old traders are left out. Head: the URL line, a print/close line, masthead ("B"); headline of record "W"; standfirst of a promise and a threat (""); byline and date line ("B"); a CAPTION THAT STATES FACTS ("W") and its credit ("B"). Body: "DAR ES SALAAM —" lead ("W"); a DATED ONE-LINE FACT "The old market burned on 10 July 2021." ("W"); the corporation\'s director general ("Mr." dropped) with the cost and the allocation rule ("W") and a boast (""); the traders\' association chairman with the left-out traders and the cause ("W"), his quote over two sentences ("") and a conditional threat (""); a TWO-SENTENCE FUNDING NOTE ("B"); rents ("W"); a cloth seller ("Mama" dropped) and her QUESTION with a figure (""); the regional commissioner\'s promise ("") and stalls set aside ("W"); "The market was rebuilt by Msimbazi Builders Ltd." ENDING a sentence before "The firm also built ..." (both "W"); the Controller and Auditor General\'s QUOTED REPORT HEADING (a body acting, no speaker, "W") and "The report said" (resolving to its author, "W"); a FIGURES BOX (label and source "B", four lines "W"); a scene (""). Tail: a page-count line, a PRINT-EDITION NOTE quoting the print headline, a two-sentence REPUBLISHING NOTE, a links list, a printed-from line, a copyright line split at "Ltd." (all "B").',
    'Zambian NEWS AGENCY\'S WIRE STORY in READER MODE (Lusaka), LOAD-SHEDDING CUT from 12 to 8 hours a day as Lake Kariba rises. Head as reader mode leaves it: domain, headline of record ("W"), byline and reading time ("B"); THREE SUMMARY BULLETS of record ("W"). Body: "LUSAKA, Feb 17 (Kalulu) -" lead, "Zambia\'s state power company ZESCO Limited said" (descriptor dropped, a schedule set by the operator, "W"); the lake level "according to the Zambezi River Authority" and a year earlier ("W"); the new schedule "from 8 a.m. to 4 p.m." (no split) "ZESCO said" (resolving to "ZESCO Limited", "W") and exemptions ("W"); the managing director "told a news conference in Lusaka" output ("W") and his quote over two sentences, the second a conditional (""); a CORRECTION LINE in mid-story ("B"); the authority\'s chief executive with water allocations ("W") and a review (""); the minister\'s import contract ("W") and copper output "Ministry of Mines data show" ("W"); "A spokesman for the Zambia Mining Producers\' Forum" (kept as written) with a characterisation ("") and prices "14 U.S. cents" (no split, "W", "He said" resolving to the spokesman); an opposition lawmaker\'s opinion ("") and a survey figure ("W"); a barber\'s own generator (""); a SHORT ONE-LINE FACT and the drought "according to regional weather services" ("W"); a KEY FACTS box (label "B", four lines "W"). Tail: a "(Reporting by ...; Editing by ...)" line never split at its semicolon, a two-sentence subscribers note, a standards line, related label and two headlines, a copyright line (all "B").',
    'Zimbabwean BUSINESS SITE\'S EMAIL NEWSLETTER, pasted from WEBMAIL (Harare), TOBACCO AUCTIONS OPEN at an average US$3.06 a kilo. Head: subject line, "Inbox", sender, "to me", date, view-in-browser line, a TWO-SENTENCE FORWARDED-EMAIL PITCH, a masthead with "No. 412" (all "B"); a greeting and a teaser in the newsletter\'s own voice (no speaker, ""); a TWO-SENTENCE SPONSOR NOTE ("B"). Item 1: a numbered upper-case headline of record ("W"); bales and prices "according to the Tobacco Industry and Marketing Board (TIMB)" (acronym dropped, "W") and the top price ("W"); the board\'s chief executive with registered growers and the 70/30 currency rule ("W"); the minister\'s crop expectation (a forecast, "") and quote (""); a TWO-SENTENCE AFFILIATE NOTE ("B"); a grower\'s own bales and a QUESTION (""); the growers\' union with costs and a cause ("W") and its break-even claim (""); an analyst "at Mukuvisi Securities (Pvt) Ltd., said" (no split, "W") and her characterisation (""); export earnings ("W"); a NUMBERS LIST (label and source "B", four lines "W", one with floor hours "7 a.m. to 4 p.m."). Item 2: section label "2. IN BRIEF" ("B") and three SHORT ONE-LINE FACTS, one with "Chirundu Cement Ltd. reports" mid-sentence ("W"). Tail: a sign-off in the newsletter\'s voice (""), a REPLY PROMPT and a "reply; we read every one" line, a subscription line, an unsubscribe line, a publisher line with "(Pvt) Ltd., 14 Josiah Chinamano Ave., Harare" that is NOT split, a no-advice line (all "B").',
    'South African MUNICIPALITY\'S NEWSROOM (Pietermaritzburg), DESKTOP browser paste of a MEDIA RELEASE, a DRAFT BUDGET: Msunduzi tables R8.12 billion with electricity up 12.72%. Head: site name, menu, a TWO-SENTENCE PRIVACY NOTICE naming an Act, crumb, "MEDIA RELEASE" (all "B"); headline of record stating the draft\'s contents ("W"); issued-by line, date line and a LISTEN player ("B"). Body: the council tabling its budget (no speaker, "W"); a DATED LINE OF RECORD "Council resolution 14/2026, adopted on 26 March 2026: ..." ("W"); the mayor ("Executive Mayor Cllr" dropped) with budget figures ("W") and a slogan (""); the finance MMC\'s sentence ending in a COLON and FOUR LIST LINES of increases, each carrying her name and "said" ("W"); free basic services and the indigent register "she said" ("W"); a WHATSAPP-FOLLOW LINE ("B"); the CFO ("Mr" dropped) with the collection rate and debts ("W"); the Auditor-General\'s opinion (a body acting, "W"); the municipal manager\'s promise (""); the Act\'s approval rule and the final budget date ("W"); the comment DEADLINE "by 4 p.m. on Thursday" (no split, "W") and the body\'s own SERVICE LINE with an email address and a WhatsApp number (an instruction, ""); a PUBLIC MEETINGS list (label "B", three lines with times, "W"); "The Mayor urged" (role noun resolving to the mayor, ""); libraries ("W"). Tail: media enquiries, "ENDS", a was-this-helpful line and its buttons, a share line, a FOOTER OUTAGE LINE with a toll-free number, a copyright line and a legal-links line (all "B").',
    'Namibian CONSERVATION NGO\'S WEBSITE (Opuwo/Windhoek), PHONE BROWSER paste, a HUMAN-WILDLIFE CONFLICT REPORT: predators killed 4,181 farm animals in Kunene in 2025. Head: a menu/donate line, a TWO-SENTENCE COOKIE NOTICE and its button, a section label (all "B"); headline "..., Trust report finds" ("W", carrying the Trust as the body first gives it, cue "finds"); a date/READ-TIME line ("B"). Body: the losses "the Desert Kraal Trust said in a report" ("W"); a QUOTED HEADLINE OF THE REPORT on a line of its own (no speaker, "W") and the report\'s method ("W"); a TWO-SENTENCE DONATION ASK WITH A PRICE and a donate button ("B"); KEY FINDINGS (label "B", four lines of record "W"); the director ("Dr." dropped) with a characterisation (""), kraal results ("W"), a quote with a cost ("") and her APPEAL "“If you can help, please help.”" (speaker and cue, "", against the site\'s asks); a herder\'s own losses (""), "he said through an interpreter" (channel in the cue) and a QUESTION (""); the ministry spokesperson with compensation paid and the scheme\'s payouts with its condition ("W") and a plan (""); a TWO-SENTENCE MONTHLY-GIVING ASK ("B"); a conservancy chair ("Ms." dropped) with a comparison ("") and an auction price ("W"); an ecologist\'s causal view (""); lions "according to the ministry\'s last count" ("W"); a CAPTION THAT STATES FACTS ("W") and its credit ("B"). Tail: a two-sentence FUNDING NOTE, a newsletter pitch and its button, a registration line with "No. WO 0412", a copyright/links line (all "B").',
    'Botswana SPORT SITE (Gaborone), AMP paste, a CUP FINAL: Tsholofelo Pirates beat Palapye Greens 2-1 with a goal two minutes from time. Head: AMP domain, masthead, crumb ("B"); headline and standfirst of record ("W", the standfirst with a semicolon); byline/date line ("B"); a TWO-SENTENCE SPONSOR LINE for the site\'s coverage ("B"). Body: the result ("W"); the winner, the opener, the penalty and the sending-off ("W"); a SHORT ONE-LINE FACT "It is the Pirates\' first trophy since 2009." ("W"); a THREE-SENTENCE BETTING NOTE with "18+ only." and a helpline number ("B"); the winning coach\'s account (""), a quote naming him after it ("") and a QUESTION (""); the losing coach\'s view ("") and an appeal (a plan, ""); the BFA\'s hearing "on Thursday at 10 a.m. in Gaborone" (acronym dropped, "W") and a suspension rule with "unless" ("W", "It" resolving to the association); a TWO-SENTENCE POLL PROMPT opening with a question ("B"); THE SPONSOR AS A SOURCE in the story with prize money "said" ("W", against the site\'s sponsor line) and "it said" ("W"); a fan\'s anecdote (""); the league position and the parade "at 3 p.m. on Monday." ("W"); a MATCH FACTS box (label "B", five data lines "", with "54\' pen." and initials "O. K. Mogotsi-Ramokate"). Tail: a PODCAST PROMO, two sentences of COMMENT RULES, a read-more headline, a copyright line split at "(Pty) Ltd." (all "B").',
    'Rwandan MAGAZINE\'S FEATURE, SHARED FROM ITS APP (Kigali), a COFFEE FLOOR PRICE: the minimum cherry price raised to Rwf 805 a kilo. Head: a shared-from line, masthead, section label ("B"); headline of record "W"; a standfirst with no fact (""); a words-and-photography credit line and a READING-TIME line ("B"); a CAPTION THAT STATES FACTS ("W") and its credit ("B"). Body: a scene (""); the price "the National Agricultural Export Development Board (NAEB) said when it announced ..." (acronym dropped, "W"); a licence rule (no speaker, "W"); the board\'s chief executive with how the price is set ("W") and a quote (""); a TWO-SENTENCE SUBSCRIPTION PITCH opening with a question, with a price ("B"); a farmer\'s own sale (""), a quote ("") and a QUESTION (""); the station manager with payments and a bonus rule ("W"); a TWO-SENTENCE FUNDING NOTE ("B"); exports "according to NAEB figures" ("W"); a cooperative president with deliveries ("W") and a view (""); an exporter\'s conditional view (""); the farmer\'s own date (anecdote, ""); a two-sentence scene (""); a NUMBERS BOX (label and sources "B", four lines "W", one a DATED LINE "2 March 2026: NAEB announces the minimum price"); a second CAPTION THAT STATES FACTS ("W") and credit ("B"). Tail: an ISSUE NOTE with the print headline in single quotes, a two-sentence AUTHOR BIO, an app line (all "B").',
    'Senegalese TRANSPORT BLOG in READER MODE (Dakar), TWO YEARS OF THE BUS RAPID TRANSIT: ridership, punctuality and queues. Head as reader mode leaves it: domain ("B"), a post title with no fact (""), author and a date/READ-TIME line ("B"); a TWO-SENTENCE AFFILIATE NOTE ("B"). Body: the launch two years ago (a public fact in the blogger\'s voice, "W") and her own first ride (""); ridership "its operator, Teranga Transit S.A., said in its annual report" (descriptor dropped, no split at "S.A.,", "W") and "the report said" ("W"); the blogger\'s own list intro (""); a LIST OF FIGURES (four lines "W", no label); a TWO-SENTENCE TIP-JAR ASK ("B"); the director general "told me on the phone" punctuality ("W") and his quote over two sentences (""); the regulator\'s executive director (acronym dropped) with withdrawn minibuses and compensation ("W"); the blogger\'s own count "At Grand Médine at 7.30 a.m. the queue ..." (no split, anecdote, ""); a guard ending "instead of 5 a.m." before his quote (all "") and his QUESTION (""); a driver\'s own pay (""); a TWO-SENTENCE AI/METHOD NOTE ("B"); the ministry "said in an email" feeder-line works ("W") and an opening date (a forecast, ""); the cost and its lenders ("W"); her opinion in two sentences (""). Tail: a two-sentence DISCLOSURE, an UPDATE LINE, a two-sentence subscribe pitch, a two-sentence AUTHOR BIO with a year, two sentences of COMMENT RULES, a comment count, a comment in two sentences (all "B").',
]

ARTICLES = [
    [
        [
            ("EKO DAILY SENTINEL", "", "", "B"),
        ],
        [
            (
                "Home | News | Metro | Politics | Business | Sports | Opinion | Sentinel TV | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("We use cookies to give you a better experience on our website.", "", "", "B"),
            (
                "By clicking “Accept”, you agree to the storing of cookies on your device for analytics and personalised advertising, as described in our Privacy Policy.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept | Cookie settings", "", "", "B"),
        ],
        [
            ("Metro", "", "", "B"),
        ],
        [
            (
                "Surulere collapse: Developer added three floors to block approved for three, panel finds",
                "The Adeniran Close Panel of Inquiry",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Eleven died when the six-storey building fell in September; stop-work notice served in 2023 was never enforced",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Chidinma Okorie-Bassey, Housing Correspondent", "", "", "B"),
        ],
        [
            ("Published Thursday, 12 March 2026 | 7:45 am", "", "", "B"),
        ],
        [
            ("▶ Listen to this article · 6 min", "", "", "B"),
        ],
        [
            (
                "Rescue workers at 14 Adeniran Close, Surulere, on 19 September 2025, the day the building fell.",
                "",
                "",
                "W",
            ),
            ("Photo: Kayode Adebanjo-Lawal/Eko Daily Sentinel", "", "", "B"),
        ],
        [
            (
                "The Adeniran Close Panel of Inquiry, set up by the Lagos State Government in October, has found that the developer of a six-storey building that collapsed in Surulere added three floors to a block approved for three, and that the state's building control agency never enforced its own stop-work notice on the site.",
                "The Adeniran Close Panel of Inquiry",
                "has found",
                "W",
            ),
        ],
        [
            (
                "Eleven people, four of them children, died when the building came down at about 11.40 a.m. on 19 September 2025.",
                "",
                "",
                "W",
            ),
            ("Nineteen others were pulled alive from the rubble.", "", "", "W"),
        ],
        [
            (
                "In its 212-page report, presented to the state executive council on Tuesday, the panel said the plot was approved in March 2021 for a three-storey residential block of 12 flats.",
                "the panel",
                "said",
                "W",
            ),
            (
                "It said the developer, Brightstone Homes Ltd., added a fourth, fifth and sixth floor between 2023 and 2025 without applying for a new permit.",
                "The Adeniran Close Panel of Inquiry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Concrete from the ground-floor columns had an average strength of 14 newtons per square millimetre, against the 25 required by the approved drawings, the report said.",
                "The Adeniran Close Panel of Inquiry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Get the day's top Lagos stories in your inbox before 7 am every weekday.",
                "",
                "",
                "B",
            ),
            (
                "Sign up for the Sentinel Morning Briefing; it's free and you can unsubscribe at any time.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The panel's chairman, Arc. Babatunde Oyelaran-Coker, a former president of the Nigerian Institute of Architects, told reporters at Alausa that the Lagos State Building Control Agency (LASBCA) served a stop-work notice on the site in June 2023 but did not inspect it again.",
                "Babatunde Oyelaran-Coker",
                "told reporters at Alausa",
                "W",
            ),
        ],
        [
            (
                "“A notice that nobody enforces is a piece of paper,” Oyelaran-Coker said.",
                "Babatunde Oyelaran-Coker",
                "said",
                "",
            ),
            (
                "“Eleven families paid for that piece of paper.”",
                "Babatunde Oyelaran-Coker",
                "said",
                "",
            ),
        ],
        [
            (
                "The report recommends that the developer and two LASBCA officers be prosecuted for criminal negligence.",
                "The Adeniran Close Panel of Inquiry",
                "recommends",
                "",
            ),
            (
                "It also recommends that the agency test the concrete of every building above three floors before it issues a certificate of completion.",
                "The Adeniran Close Panel of Inquiry",
                "recommends",
                "",
            ),
        ],
        [
            (
                "📲 Follow the Eko Daily Sentinel channel on WhatsApp for breaking news as it happens.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Commissioner for Physical Planning and Urban Development, Mrs. Adenike Bamgbose-Olatunji, said the executive council accepted the report at its meeting on Tuesday.",
                "Adenike Bamgbose-Olatunji",
                "said",
                "W",
            ),
            (
                "She said a government white paper on the report would be published within 30 days.",
                "Adenike Bamgbose-Olatunji",
                "said",
                "",
            ),
            (
                "The two officers named in the report have been on suspension since November, she said.",
                "Adenike Bamgbose-Olatunji",
                "said",
                "W",
            ),
        ],
        [
            (
                "ALSO READ: Lagos begins integrity tests on 340 buildings in Surulere, Yaba",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Brightstone Homes Ltd. said in a statement issued through its lawyer, Barr. Emeka Nwachukwu-Dike, that the company had “at all times” acted on the advice of its structural engineers.",
                "Brightstone Homes Ltd.",
                "said in a statement issued through its lawyer",
                "",
            ),
            (
                "It said it would study the report before deciding whether to challenge it in court.",
                "Brightstone Homes Ltd.",
                "said",
                "",
            ),
        ],
        [
            (
                "Among the dead were Kehinde Alabi-Wusu, 34, who ran a tailoring shop on the ground floor, and her two daughters, aged six and nine.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Her neighbour, Ifeoluwa Durojaiye-Peters, who lived on the second floor, said she had complained to the landlord about cracks in the stairwell a month before the collapse.",
                "Ifeoluwa Durojaiye-Peters",
                "said",
                "",
            ),
            (
                "“At night we heard the building groan,” she said.",
                "Ifeoluwa Durojaiye-Peters",
                "said",
                "",
            ),
            (
                "“Who do you report to when the landlord says it is normal?” she asked.",
                "Ifeoluwa Durojaiye-Peters",
                "asked",
                "",
            ),
        ],
        [
            ("The panel sat for 41 days.", "", "", "W"),
        ],
        [
            ("It heard 63 witnesses, among them nine LASBCA staff.", "", "", "W"),
        ],
        [
            ("Its report is the fourth on a building collapse in Lagos since 2019.", "", "", "W"),
        ],
        [
            ("TIMELINE: 14 ADENIRAN CLOSE", "", "", "B"),
        ],
        [
            (
                "March 2021 – LASBCA approves a three-storey block of 12 flats on the plot",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "June 2023 – The agency serves a stop-work notice after a fourth floor goes up",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "19 September 2025 – The six-storey building collapses; 11 die and 19 are rescued",
                "",
                "",
                "W",
            ),
        ],
        [
            ("10 October 2025 – The governor sets up a seven-member panel of inquiry", "", "", "W"),
        ],
        [
            (
                "10 March 2026 – The executive council receives and accepts the panel's report",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Editor's note: This story was updated at 11:20 am to include the developer's response.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Correction: An earlier version of this story said the building had seven storeys.",
                "",
                "",
                "B",
            ),
            ("It had six.", "", "", "B"),
        ],
        [
            ("Chidinma Okorie-Bassey is the Sentinel's housing correspondent.", "", "", "B"),
            (
                "She has covered building collapses in Lagos since 2016 and can be reached at housing@ekosentinel.ng.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are moderated and may take up to an hour to appear.", "", "", "B"),
            (
                "Please keep them civil and on topic; we remove personal attacks, hate speech and links.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (27)", "", "", "B"),
        ],
        [
            ("© 2026 Eko Sentinel Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  NYANSA TV  🔍  ▶ LIVE", "", "", "B"),
        ],
        [
            ("BUSINESS › AGRIBUSINESS", "", "", "B"),
        ],
        [
            ("Cocoa farmers to get GH₵3,540 a bag as farmgate price rises 9.6%", "", "", "W"),
        ],
        [
            ("Efua Mensah-Bonsu | Nyansa TV | 2 Oct 2026, 6:48 p.m.", "", "", "B"),
        ],
        [
            ("🎧 Listen to this story · 4:12", "", "", "B"),
        ],
        [
            ("WATCH: Farmers at a buying shed in Sefwi Wiawso react to the new price.", "", "", ""),
            ("(2:41)", "", "", "B"),
        ],
        [
            (
                "The government has raised the price paid to cocoa farmers for the 2026/27 main crop season to GH₵56,640 a tonne, up 9.6% from last season.",
                "",
                "",
                "W",
            ),
            ("That is GH₵3,540 for a 64-kilogramme bag, up from GH₵3,230.", "", "", "W"),
        ],
        [
            (
                "Finance Minister Kwabena Osei-Agyemang announced the price at the head office of the Ghana Cocoa Board (COCOBOD) in Accra on Thursday afternoon.",
                "Kwabena Osei-Agyemang",
                "announced",
                "W",
            ),
            (
                "He said it was set by the Producer Price Review Committee at 70% of the expected net export price, based on forward sales averaging US$5,120 a tonne.",
                "Kwabena Osei-Agyemang",
                "said",
                "W",
            ),
        ],
        [
            (
                "Agribusiness news on Nyansa TV is brought to you by GoldLeaf Fertilizers, feeding the farms that feed Ghana.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "COCOBOD Chief Executive Dr. Yaw Adu-Sarfo said licensed buying companies would start paying the new price on Friday.",
                "Yaw Adu-Sarfo",
                "said",
                "W",
            ),
            (
                "He said the board expected the main crop to reach 620,000 tonnes.",
                "Yaw Adu-Sarfo",
                "said",
                "",
            ),
            (
                "“A farmer who is paid well does not carry his beans across the border,” he said.",
                "Yaw Adu-Sarfo",
                "said",
                "",
            ),
        ],
        [
            (
                "The board estimates that about 50,000 tonnes of Ghanaian beans were smuggled into Côte d'Ivoire and Togo last season.",
                "The board",
                "estimates",
                "W",
            ),
        ],
        [
            (
                "Ghana is the world's second-largest cocoa producer, after Côte d'Ivoire.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Download the Nyansa TV app and watch the Evening News live wherever you are.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "At a buying shed in Sefwi Wiawso, in the Western North Region, farmer Kofi Nkansah-Amoah, 58, said the rise was welcome but came too late for the fertiliser he bought in June.",
                "Kofi Nkansah-Amoah",
                "said",
                "",
            ),
            (
                "“I paid GH₵480 for a bag that cost GH₵350 last year,” he said.",
                "Kofi Nkansah-Amoah",
                "said",
                "",
            ),
            (
                "“What is 9% when everything else has gone up by 40?” he asked.",
                "Kofi Nkansah-Amoah",
                "asked",
                "",
            ),
        ],
        [
            (
                "The general secretary of the Western North Cocoa Farmers' Union, Madam Abena Serwaa Owusu, said the union had asked the committee for GH₵4,000 a bag.",
                "Abena Serwaa Owusu",
                "said",
                "W",
            ),
            (
                "She said farmers in the region had cut down about a fifth of their trees because of swollen shoot disease since 2020.",
                "Abena Serwaa Owusu",
                "said",
                "W",
            ),
        ],
        [
            ("ALSO WATCH: Galamsey pits swallow cocoa farms in Ashanti", "", "", "B"),
        ],
        [
            (
                "Dr. Nana Yaw Ampofo-Darkwa, an economist at the University of Ghana, said the higher price “should slow smuggling, but only if the cedi holds”.",
                "Nana Yaw Ampofo-Darkwa",
                "said",
                "",
            ),
            (
                "The cedi has lost 11% of its value against the US dollar since January, according to Bank of Ghana data.",
                "Bank of Ghana data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Licensed Cocoa Buyers Association said in a statement that its members were still owed GH₵1.2 billion for beans bought last season.",
                "The Licensed Cocoa Buyers Association",
                "said in a statement",
                "W",
            ),
            (
                "Adu-Sarfo said the arrears would be cleared “before Christmas”.",
                "Yaw Adu-Sarfo",
                "said",
                "",
            ),
        ],
        [
            ("Got a story from your community?", "", "", "B"),
            (
                "WhatsApp the Nyansa newsroom on 055 012 3456 and our reporters will follow up.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FACT BOX: NEW PRODUCER PRICES", "", "", "B"),
        ],
        [
            ("Per tonne: GH₵56,640, up from GH₵51,680 in 2025/26", "", "", "W"),
        ],
        [
            ("Per 64-kg bag: GH₵3,540, up from GH₵3,230", "", "", "W"),
        ],
        [
            ("Farmers' share of the net export price: 70%", "", "", "W"),
        ],
        [
            ("Buying at the new price begins on Friday, 3 October 2026.", "", "", "W"),
        ],
        [
            ("Source: Ministry of Finance", "", "", "B"),
        ],
        [
            (
                "Cocoa earned Ghana US$3.4 billion in export revenue in 2025, according to the central bank.",
                "the central bank",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Catch the full report on Nyansa Evening News at 7 p.m. on Nyansa TV, DStv channel 288 and GOtv channel 116.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Cocoa | COCOBOD | Farmgate price | Western North", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Cocoa output falls to 15-year low as swollen shoot spreads", "", "", "B"),
        ],
        [
            ("Share:  WhatsApp  Facebook  X  Copy link", "", "", "B"),
        ],
        [
            ("© 2026 Nyansa Media Group.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ lakebreezefm.co.ke", "", "", "B"),
        ],
        [
            ("LAKE BREEZE FM 98.4  |  Kisumu's Home of Talk", "", "", "B"),
        ],
        [
            ("News » County", "", "", "B"),
        ],
        [
            (
                "Kisumu water rationed to three days a week after Dunga intake pump fails",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Water company says new pump will take up to three weeks to arrive",
                "the Nyanza Gulf Water Company",
                "says",
                "",
            ),
        ],
        [
            ("By Brian Ochieng Oloo", "", "", "B"),
        ],
        [
            ("Updated 8:14 a.m., Sun 15 Nov 2026", "", "", "B"),
        ],
        [
            ("🔊 Listen to this story (3 min)", "", "", "B"),
        ],
        [
            (
                "KISUMU — Most of Kisumu city will get piped water only three days a week from Monday after the main pump at the Dunga intake on Lake Victoria broke down on Thursday, the Nyanza Gulf Water Company has announced.",
                "the Nyanza Gulf Water Company",
                "has announced",
                "W",
            ),
        ],
        [
            (
                "The company said the intake was producing 21,000 cubic metres of water a day, against demand of about 48,000.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its managing director, Eng. Jared Omondi Ouko, told Lake Breeze FM that a replacement pump costing KSh 14.6 million was ordered from a supplier in Nairobi on Friday.",
                "Jared Omondi Ouko",
                "told Lake Breeze FM",
                "W",
            ),
            ("He said it should arrive within three weeks.", "Jared Omondi Ouko", "said", ""),
            (
                "“We are asking every household to store water and to use it carefully,” Ouko said.",
                "Jared Omondi Ouko",
                "said",
                "",
            ),
        ],
        [
            (
                "🎧 Tune in to Breakfast Drive with Achieng' and Kevo, weekdays from 6 a.m. on 98.4 FM, for live updates on the water situation.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("RATIONING SCHEDULE FROM MONDAY", "", "", "B"),
        ],
        [
            (
                "Zone A (CBD, Milimani, Tom Mboya Estate): Monday, Wednesday and Friday, 5 a.m. to 2 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Zone B (Nyalenda, Manyatta, Kondele): Tuesday, Thursday and Saturday, 5 a.m. to 2 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Zone C (Mamboleo, Kanyakwar, Riat): Sunday and Wednesday, 2 p.m. to 10 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Hospitals and boarding schools will be supplied every day.", "", "", "W"),
        ],
        [
            ("Source: Nyanza Gulf Water Company", "", "", "B"),
        ],
        [
            (
                "The County Executive Committee Member for Water, Dr. Rose Akinyi Otieno-Were, said the county would send 14 water bowsers to the worst-hit estates from Tuesday.",
                "Rose Akinyi Otieno-Were",
                "said",
                "W",
            ),
            (
                "She said each bowser holds 10,000 litres and will make two trips a day.",
                "Rose Akinyi Otieno-Were",
                "said",
                "W",
            ),
        ],
        [
            (
                "A 20-litre jerrycan from a handcart vendor in Nyalenda cost KSh 50 on Saturday, up from KSh 20 a week earlier, residents said.",
                "residents",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mama Grace Anyango, who sells fish at Kibuye market, said she had spent KSh 600 on water since Thursday.",
                "Grace Anyango",
                "said",
                "",
            ),
            (
                "“Where do they expect us to get 50 shillings for every jerrycan?” she asked.",
                "Grace Anyango",
                "asked",
                "",
            ),
        ],
        [
            ("Are you affected by the rationing?", "", "", "B"),
            (
                "SMS your experience to 22384 (standard rates apply) and we will read some of your messages on air.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The chairman of the Kisumu Lakefront Hoteliers' Association, Mr. Peter Odhiambo Nyakach, said two of its members had hired water trucks at KSh 9,000 a load.",
                "Peter Odhiambo Nyakach",
                "said",
                "W",
            ),
            (
                "“Guests do not come to Kisumu to bathe in a bucket,” he said.",
                "Peter Odhiambo Nyakach",
                "said",
                "",
            ),
        ],
        [
            (
                "The Water Services Regulatory Board (WASREB) said in a statement that under its licence the company must give customers at least 48 hours' notice of any planned interruption.",
                "The Water Services Regulatory Board",
                "said in a statement",
                "W",
            ),
            (
                "It said it would audit the company's pump maintenance records.",
                "The Water Services Regulatory Board",
                "said",
                "",
            ),
        ],
        [
            ("The Dunga intake was built in 1958.", "", "", "W"),
        ],
        [
            ("Its pumps were last overhauled in 2019.", "", "", "W"),
        ],
        [
            (
                "Ouko said customers in Zone C should expect low pressure even on supply days.",
                "Jared Omondi Ouko",
                "said",
                "",
            ),
        ],
        [
            ("This story was put together with the help of an AI transcription tool.", "", "", "B"),
            (
                "Every quote was checked against the original recording by a Lake Breeze FM editor.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comment policy: Lake Breeze FM welcomes your views.", "", "", "B"),
            (
                "Comments that are abusive, tribal or off topic will be deleted, and repeat offenders blocked.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("2 Comments", "", "", "B"),
        ],
        [
            ("Otieno_K: Nyalenda has had no water since Wednesday, not Thursday.", "", "", "B"),
        ],
        [
            ("Related: Lake Victoria water hyacinth blocks Dunga beach landing", "", "", "B"),
        ],
        [
            ("▶ Listen live: lakebreezefm.co.ke/live", "", "", "B"),
        ],
        [
            ("© 2026 Lake Breeze Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the Mugongo News app", "", "", "B"),
        ],
        [
            ("NEWS | ENERGY", "", "", "B"),
        ],
        [
            ("Power tariffs for homes cut to USh 732.5 a unit from January", "", "", "W"),
        ],
        [
            (
                "Regulator says lower fuel costs for thermal plants and a stronger shilling drove the cut; lifeline rate unchanged at USh 250",
                "the Electricity Regulatory Authority",
                "says",
                "W",
            ),
        ],
        [
            ("Martha Nakabugo Ssemwanga · 29 December 2026 · 4 min read", "", "", "B"),
        ],
        [
            (
                "Domestic customers will pay USh 732.5 per kilowatt-hour for electricity from 1 January, down from USh 756.2, the Electricity Regulatory Authority (ERA) said on Monday.",
                "the Electricity Regulatory Authority",
                "said",
                "W",
            ),
        ],
        [
            ("The lifeline rate for the first 15 units a month stays at USh 250.", "", "", "W"),
        ],
        [
            (
                "ERA's chief executive, Eng. Ronald Kizza Mulindwa, told journalists at the authority's offices in Kampala that the cut reflected lower fuel costs at thermal power plants and a 3.1% rise in the shilling against the dollar over the quarter.",
                "Ronald Kizza Mulindwa",
                "told journalists at the authority's offices in Kampala",
                "W",
            ),
        ],
        [
            (
                "Mulindwa called it “good news for households before the school fees season”.",
                "Ronald Kizza Mulindwa",
                "called",
                "",
            ),
        ],
        [
            ("Get Mugongo's morning headlines on WhatsApp.", "", "", "B"),
            (
                "Tap “Follow” on our channel and we will send you the day's five biggest stories at 7 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEW TARIFFS FROM 1 JANUARY (USh per kWh)", "", "", "B"),
        ],
        [
            ("Domestic: 732.5, down from 756.2", "", "", "W"),
        ],
        [
            ("Commercial: 598.3, down from 615.8", "", "", "W"),
        ],
        [
            ("Medium industrial: 481.0, down from 493.4", "", "", "W"),
        ],
        [
            ("Street lighting: 370.0, unchanged", "", "", "W"),
        ],
        [
            ("Source: Electricity Regulatory Authority", "", "", "B"),
        ],
        [
            (
                "ERA reviews tariffs every quarter, using the exchange rate, inflation and fuel prices of the previous three months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The authority said about 2.4 million customers are on the domestic tariff.",
                "The authority",
                "said",
                "W",
            ),
            (
                "It said the cut would reduce the bill of a household using 100 units a month by about USh 2,000.",
                "the Electricity Regulatory Authority",
                "said",
                "W",
            ),
        ],
        [
            ("Support independent journalism.", "", "", "B"),
            (
                "Become a Mugongo member for USh 10,000 a month and read every story without adverts.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Uganda Electricity Distribution Company Limited, which took over distribution in 2025, said in a statement that prepaid Yaka customers would get the new rate automatically on their first purchase in January.",
                "Uganda Electricity Distribution Company Limited",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Sarah Namutebi Kigozi, who runs a welding workshop in Katwe, said the cut for industry was “too small to notice”.",
                "Sarah Namutebi Kigozi",
                "said",
                "",
            ),
            (
                "“I spend 1.2 million shillings on power every month,” she said.",
                "Sarah Namutebi Kigozi",
                "said",
                "",
            ),
            (
                "“Twelve thousand less, and you want me to clap?” she asked.",
                "Sarah Namutebi Kigozi",
                "asked",
                "",
            ),
        ],
        [
            (
                "The consumer lobby Consumer Voice Uganda said Uganda's commercial tariff was still higher than Kenya's and Tanzania's.",
                "Consumer Voice Uganda",
                "said",
                "W",
            ),
            (
                "It urged the regulator to publish the fuel cost figures behind each quarterly review.",
                "Consumer Voice Uganda",
                "urged",
                "",
            ),
        ],
        [
            ("The new tariffs take effect on 1 January 2027.", "", "", "W"),
        ],
        [
            ("They will be reviewed again at the end of March.", "", "", "W"),
        ],
        [
            (
                "Dr. Ivan Ssekitoleko, an energy economist at Makerere University, said tariffs could rise again in April if the shilling weakened.",
                "Ivan Ssekitoleko",
                "said",
                "",
            ),
            (
                "He said the regulator had cut the domestic tariff in three of the last four quarters.",
                "Ivan Ssekitoleko",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Uganda's installed generation capacity reached 2,048 megawatts in 2026, according to the Ministry of Energy and Mineral Development.",
                "the Ministry of Energy and Mineral Development",
                "according to",
                "W",
            ),
        ],
        [
            (
                "This article was updated on 29 December at 4:10 p.m. to correct the commercial tariff, which we first gave as USh 589.3.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Martha Nakabugo Ssemwanga covers energy and infrastructure for Mugongo News.",
                "",
                "",
                "B",
            ),
            ("Before joining in 2022 she reported for community radio in Masaka.", "", "", "B"),
        ],
        [
            ("Read next: UEDCL names 40 new Yaka vending agents in Wakiso", "", "", "B"),
        ],
        [
            ("Sponsored: Solar home systems from USh 99,000, payable in instalments", "", "", "B"),
        ],
        [
            ("Open in app for the full experience", "", "", "B"),
        ],
        [
            ("© 2026 Mugongo Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("https://pwaniweekender.co.tz/news/kariakoo-market-reopens-stalls", "", "", "B"),
        ],
        [
            ("Print this page  |  Close window", "", "", "B"),
        ],
        [
            ("THE PWANI WEEKENDER", "", "", "B"),
        ],
        [
            (
                "Kariakoo market reopens after fire, but 600 old traders left without stalls",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Second round of allocations promised by June; left-out traders threaten to go to court",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Neema Lusekelo Mwakyusa", "", "", "B"),
        ],
        [
            ("Friday, 6 February 2026", "", "", "B"),
        ],
        [
            (
                "Traders stock their new stalls on the ground floor of the rebuilt Kariakoo market on Monday, the first day of trading since 2021.",
                "",
                "",
                "W",
            ),
            ("Photo: Salim Kombo Mnyampala", "", "", "B"),
        ],
        [
            (
                "DAR ES SALAAM — Kariakoo market reopened on Monday, four and a half years after a fire gutted the building, with 1,520 stalls allocated to traders.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The old market burned on 10 July 2021.", "", "", "W"),
        ],
        [
            (
                "The Director General of the Kariakoo Markets Corporation, Mr. Hamisi Athumani Kingu, said rebuilding the market cost TSh 28.03 billion, all of it from the government.",
                "Hamisi Athumani Kingu",
                "said",
                "W",
            ),
            (
                "He said 2,130 traders had applied for stalls and that priority went to the 920 who held valid leases at the time of the fire.",
                "Hamisi Athumani Kingu",
                "said",
                "W",
            ),
            (
                "“This is the best market in East Africa, and it belongs to the people of Dar es Salaam,” he said.",
                "Hamisi Athumani Kingu",
                "said",
                "",
            ),
        ],
        [
            (
                "But the chairman of the Kariakoo Traders' Association, Abdallah Rajabu Kinyogoli, said about 600 traders who had sold at the old market for more than 10 years had been left out because their leases were in the names of relatives who had died.",
                "Abdallah Rajabu Kinyogoli",
                "said",
                "W",
            ),
            ("“A lease is a piece of paper,” he said.", "Abdallah Rajabu Kinyogoli", "said", ""),
            (
                "“Ask anyone in this street who sold onions at gate number four for 20 years.”",
                "Abdallah Rajabu Kinyogoli",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the association would go to the High Court if the corporation did not reopen allocations by the end of March.",
                "Abdallah Rajabu Kinyogoli",
                "said",
                "",
            ),
        ],
        [
            (
                "This story was produced with support from the Mwalimu Fund for Investigative Journalism.",
                "",
                "",
                "B",
            ),
            ("The fund had no say over what we reported or how.", "", "", "B"),
        ],
        [
            (
                "Rent on the ground floor is TSh 150,000 a month for a stall of six square metres, against TSh 40,000 in the old market.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mama Halima Shabani Mfaume, who has sold kitenge cloth at Kariakoo since 1998, said she could not afford the new rent.",
                "Halima Shabani Mfaume",
                "said",
                "",
            ),
            (
                "“How many kitenge must I sell to pay 150,000 before I have fed my children?” she asked.",
                "Halima Shabani Mfaume",
                "asked",
                "",
            ),
        ],
        [
            (
                "Dar es Salaam Regional Commissioner Zuhura Said Mponda said traders who had been left out would get stalls in a second round of allocations by June.",
                "Zuhura Said Mponda",
                "said",
                "",
            ),
            (
                "She said the corporation had set aside 310 stalls on the first floor for that round.",
                "Zuhura Said Mponda",
                "said",
                "W",
            ),
        ],
        [
            ("The market was rebuilt by Msimbazi Builders Ltd.", "", "", "W"),
            ("The firm also built the Kigamboni fish market in 2019.", "", "", "W"),
        ],
        [
            (
                "In its annual report released in April, the Controller and Auditor General listed the Kariakoo project under the heading “Projects Completed Late and Over Budget”.",
                "",
                "",
                "W",
            ),
            (
                "The report said the project had been due to finish in December 2023 and had cost TSh 3.6 billion more than the original contract.",
                "the Controller and Auditor General",
                "said",
                "W",
            ),
        ],
        [
            ("KARIAKOO IN FIGURES", "", "", "B"),
        ],
        [
            ("Cost of rebuilding: TSh 28.03 billion", "", "", "W"),
        ],
        [
            ("Stalls allocated in the first round: 1,520", "", "", "W"),
        ],
        [
            ("Parking spaces in the basement: 240", "", "", "W"),
        ],
        [
            ("Floors: four, with cold rooms on the lower ground floor", "", "", "W"),
        ],
        [
            ("Source: Kariakoo Markets Corporation", "", "", "B"),
        ],
        [
            (
                "On Monday morning, porters pushed handcarts loaded with sacks of rice and sugar up the new ramps as the call to prayer sounded from the mosque on Msimbazi Street.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Page 1 of 1", "", "", "B"),
        ],
        [
            (
                "This article appeared in the print edition of The Pwani Weekender on Friday, 6 February 2026, on page 3, under the headline “Kariakoo opens, but not for all”.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Republishing: you may republish this article free of charge under our Creative Commons licence, provided you credit The Pwani Weekender and link to the original.",
                "",
                "",
                "B",
            ),
            ("Photographs may not be republished without permission.", "", "", "B"),
        ],
        [
            ("Links in this article:", "", "", "B"),
        ],
        [
            ("[1] https://pwaniweekender.co.tz/tag/kariakoo", "", "", "B"),
        ],
        [
            ("Printed from pwaniweekender.co.tz on 7 February 2026, 09:12", "", "", "B"),
        ],
        [
            ("© 2026 Pwani Weekender Publications Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("kalulunews.co.zm", "", "", "B"),
        ],
        [
            ("Zambia cuts power rationing to eight hours a day as Kariba level rises", "", "", "W"),
        ],
        [
            ("Mwila Kasonde-Lungu", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            ("Load-shedding cut from 12 hours to 8 from Monday", "", "", "W"),
        ],
        [
            ("Lake Kariba 2.8 metres above minimum operating level", "", "", "W"),
        ],
        [
            ("Mines to get full supply from imports until April", "", "", "W"),
        ],
        [
            (
                "LUSAKA, Feb 17 (Kalulu) - Zambia's state power company ZESCO Limited said on Tuesday it would cut daily power cuts for households from 12 hours to eight from Monday, after heavy rains raised the water level at Lake Kariba.",
                "ZESCO Limited",
                "said",
                "W",
            ),
        ],
        [
            (
                "The lake stood at 478.30 metres above sea level on Monday, 2.8 metres above the minimum level at which the Kariba North Bank power station can run, according to the Zambezi River Authority.",
                "the Zambezi River Authority",
                "according to",
                "W",
            ),
            ("A year earlier it stood at 476.02 metres.", "", "", "W"),
        ],
        [
            (
                "Under the new schedule, households in Lusaka will be without power from 8 a.m. to 4 p.m. one day and from 4 p.m. to midnight the next, ZESCO said.",
                "ZESCO Limited",
                "said",
                "W",
            ),
            (
                "Hospitals, water pumping stations and Kenneth Kaunda International Airport are exempt.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "ZESCO managing director Justin Mwansa Chileshe told a news conference in Lusaka that Kariba North Bank was generating 540 megawatts, up from 180 megawatts in November.",
                "Justin Mwansa Chileshe",
                "told a news conference in Lusaka",
                "W",
            ),
            ("“We are not out of the woods,” Chileshe said.", "Justin Mwansa Chileshe", "said", ""),
            (
                "“If the rains stop early, we will have to come back to the public.”",
                "Justin Mwansa Chileshe",
                "said",
                "",
            ),
        ],
        [
            (
                "This story has been corrected to fix the lake level a year earlier in paragraph 2.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The authority's chief executive, Chipo Mudenda-Sibanda, said Zambia and Zimbabwe had each been allocated 16 billion cubic metres of water for power generation in 2026, up from 11 billion in 2025.",
                "Chipo Mudenda-Sibanda",
                "said",
                "W",
            ),
            (
                "She said the allocation would be reviewed in June.",
                "Chipo Mudenda-Sibanda",
                "said",
                "",
            ),
        ],
        [
            (
                "Energy Minister Makozi Banda-Nkonde said the government had signed a contract to import 300 megawatts from Mozambique until the end of April, mostly for the mines.",
                "Makozi Banda-Nkonde",
                "said",
                "W",
            ),
            (
                "Copper production fell 7% in 2025 to 689,000 tonnes, Ministry of Mines data show.",
                "Ministry of Mines data",
                "show",
                "W",
            ),
        ],
        [
            (
                "A spokesman for the Zambia Mining Producers' Forum said the imports were “a relief, but an expensive one”.",
                "A spokesman for the Zambia Mining Producers' Forum",
                "said",
                "",
            ),
            (
                "He said member mines were paying 14 U.S. cents a kilowatt-hour for imported power, against 9 cents for ZESCO supply.",
                "A spokesman for the Zambia Mining Producers' Forum",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition lawmaker Mirriam Ng'andu Sakala said the government should have signed the import deal before the rains failed, not after.",
                "Mirriam Ng'andu Sakala",
                "said",
                "",
            ),
            (
                "She said at least 1,300 small businesses in Lusaka had closed during the worst of the power cuts, citing a survey by the Zambia Federation of Small Business Associations.",
                "Mirriam Ng'andu Sakala",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Lusaka's Kalingalinga township, barber Moses Phiri Tembo said eight hours without power was still too long to run his shop.",
                "Moses Phiri Tembo",
                "said",
                "",
            ),
            (
                "“I bought a generator for 4,500 kwacha last year, and now petrol eats my profit,” he said.",
                "Moses Phiri Tembo",
                "said",
                "",
            ),
        ],
        [
            ("Zambia gets more than 80% of its electricity from hydropower.", "", "", "W"),
        ],
        [
            (
                "The 2023-24 drought was the worst in southern Africa in at least 40 years, according to regional weather services.",
                "regional weather services",
                "according to",
                "W",
            ),
        ],
        [
            ("KEY FACTS", "", "", "B"),
        ],
        [
            ("Kariba North Bank capacity: 1,080 megawatts", "", "", "W"),
        ],
        [
            ("Kafue Gorge Lower began full operation in 2023.", "", "", "W"),
        ],
        [
            ("Zambia imported about 12% of its electricity in 2025.", "", "", "W"),
        ],
        [
            ("Household load-shedding peaked at 21 hours a day in October 2024.", "", "", "W"),
        ],
        [
            (
                "(Reporting by Mwila Kasonde-Lungu in Lusaka and Chanda Musonda in Ndola; Editing by Bwalya Kapambwe)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("For subscribers only.", "", "", "B"),
            ("Kalulu copy may be used by subscribing media, with credit.", "", "", "B"),
        ],
        [
            ("Our Standards: The Kalulu Trust Principles.", "", "", "B"),
        ],
        [
            ("Related coverage", "", "", "B"),
        ],
        [
            ("Zambia, Zimbabwe agree to share Kariba water 50-50 through 2030", "", "", "B"),
        ],
        [
            ("Copper miners warn of output cuts as power imports cost more", "", "", "B"),
        ],
        [
            ("© 2026 Kalulu News Agency.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "The Kopje Letter: Tobacco floors open at US$3.06 — and why growers still aren't smiling",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Inbox", "", "", "B"),
        ],
        [
            ("The Kopje Letter <letter@kopjecapital.co.zw>", "", "", "B"),
        ],
        [
            ("to me", "", "", "B"),
        ],
        [
            ("Thu, 12 Mar 2026, 5:31 AM", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("Forwarded this email?", "", "", "B"),
            ("Subscribe here to get The Kopje Letter every weekday morning.", "", "", "B"),
        ],
        [
            ("KOPJE CAPITAL  |  THE KOPJE LETTER  |  No. 412", "", "", "B"),
        ],
        [
            ("Good morning from Harare.", "", "", ""),
            (
                "The golden leaf is back on the floors, the prices are up, and the mood in the car park was still sour.",
                "",
                "",
                "",
            ),
        ],
        [
            ("This edition is supported by Musasa Insurance.", "", "", "B"),
            ("Sponsors never see our copy before you do.", "", "", "B"),
        ],
        [
            ("1. TOBACCO SEASON OPENS AT AN AVERAGE US$3.06 A KILO", "", "", "W"),
        ],
        [
            (
                "Growers sold 4,812 bales on the first day of the 2026 marketing season on Wednesday at an average price of US$3.06 a kilogramme, up from US$2.91 on the opening day last year, according to the Tobacco Industry and Marketing Board (TIMB).",
                "the Tobacco Industry and Marketing Board",
                "according to",
                "W",
            ),
            ("The highest price paid was US$5.20 a kilogramme.", "", "", "W"),
        ],
        [
            (
                "TIMB chief executive Tendai Mukarakate-Moyo said 152,400 growers had registered for the season, 8% more than last year.",
                "Tendai Mukarakate-Moyo",
                "said",
                "W",
            ),
            (
                "She said growers would again be paid 70% of their money in US dollars and 30% in Zimbabwe Gold (ZiG), under rules set by the Reserve Bank of Zimbabwe.",
                "Tendai Mukarakate-Moyo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lands, Agriculture and Rural Development Minister Tonderai Mapfumo-Chigwada, who opened the floors at the Boka auction floors in Harare, said the crop could reach 330 million kilogrammes.",
                "Tonderai Mapfumo-Chigwada",
                "said",
                "",
            ),
            (
                "“This is the year tobacco pays for the farmer, not just for the merchant,” he said.",
                "Tonderai Mapfumo-Chigwada",
                "said",
                "",
            ),
        ],
        [
            ("Some of the links in this letter are affiliate links.", "", "", "B"),
            (
                "If you open an account through them, Kopje Capital earns a small fee at no cost to you.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "At the floors, Tinashe Gwaradzimba, who grows tobacco on 6 hectares near Mvurwi, said his 14 bales fetched an average of US$2.70.",
                "Tinashe Gwaradzimba",
                "said",
                "",
            ),
            (
                "“The buyer looks at my bale for ten seconds and decides my whole year,” he said.",
                "Tinashe Gwaradzimba",
                "said",
                "",
            ),
            (
                "“And the 30% in ZiG, what does it buy in Mvurwi?” he asked.",
                "Tinashe Gwaradzimba",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Tobacco Growers' Union of Zimbabwe said the cost of growing a hectare had risen to about US$4,300 this season, mostly because fertiliser prices went up.",
                "The Tobacco Growers' Union of Zimbabwe",
                "said",
                "W",
            ),
            (
                "It said growers needed at least US$3.50 a kilogramme to break even.",
                "The Tobacco Growers' Union of Zimbabwe",
                "said",
                "",
            ),
        ],
        [
            (
                "Rufaro Nhamo-Dube, an analyst at Mukuvisi Securities (Pvt) Ltd., said contract growers, who get inputs from merchants on credit, delivered 93% of last season's crop.",
                "Rufaro Nhamo-Dube",
                "said",
                "W",
            ),
            (
                "She said the split between US dollars and ZiG was “the real story of the season”.",
                "Rufaro Nhamo-Dube",
                "said",
                "",
            ),
        ],
        [
            (
                "Tobacco earned Zimbabwe US$1.3 billion in 2025, about a fifth of its export earnings.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("THE NUMBERS", "", "", "B"),
        ],
        [
            ("4,812 bales sold on opening day", "", "", "W"),
        ],
        [
            ("US$3.06 a kilo on average, against US$2.91 a year ago", "", "", "W"),
        ],
        [
            ("152,400 registered growers, up 8%", "", "", "W"),
        ],
        [
            (
                "Floors open 7 a.m. to 4 p.m., Monday to Friday, until the end of August.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Source: TIMB", "", "", "B"),
        ],
        [
            ("2. IN BRIEF", "", "", "B"),
        ],
        [
            ("The ZiG closed at 26.84 to the US dollar on Wednesday.", "", "", "W"),
        ],
        [
            ("The Zimbabwe Stock Exchange All Share Index rose 1.2%.", "", "", "W"),
        ],
        [
            ("Chirundu Cement Ltd. reports annual results on 26 March.", "", "", "W"),
        ],
        [
            ("That's it for today.", "", "", ""),
        ],
        [
            (
                "If you sold at the floors yesterday, hit reply and tell us what you got.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Reply to this email; we read every one.", "", "", "B"),
        ],
        [
            ("You're receiving this because you signed up at kopjecapital.co.zw.", "", "", "B"),
            ("Unsubscribe | Manage preferences", "", "", "B"),
        ],
        [
            (
                "The Kopje Letter is published by Kopje Capital Media (Pvt) Ltd., 14 Josiah Chinamano Ave., Harare.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Nothing in this letter is investment advice.", "", "", "B"),
        ],
    ],
    [
        [
            ("Msunduzi Municipality", "", "", "B"),
        ],
        [
            (
                "Home  |  Residents  |  Business  |  Council  |  Tenders  |  Vacancies  |  Newsroom  |  Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This website uses cookies and processes personal information in line with the Protection of Personal Information Act, 2013.",
                "",
                "",
                "B",
            ),
            ("By continuing to use the site you agree to our privacy notice.", "", "", "B"),
        ],
        [
            ("Home > Newsroom > Media releases", "", "", "B"),
        ],
        [
            ("MEDIA RELEASE", "", "", "B"),
        ],
        [
            (
                "Draft 2026/27 budget of R8.12 billion tabled with 12.72% electricity increase",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Issued by the Communications Unit, Office of the Municipal Manager", "", "", "B"),
        ],
        [
            ("27 March 2026", "", "", "B"),
        ],
        [
            ("🔈 Listen to this page", "", "", "B"),
        ],
        [
            (
                "Msunduzi Council tabled a draft budget of R8.12 billion for the 2026/27 financial year at a special sitting at the City Hall in Pietermaritzburg on Thursday, 26 March.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council resolution 14/2026, adopted on 26 March 2026: the draft budget and tariffs are released for public comment.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Executive Mayor Cllr Sibusiso Mthembu-Khumalo said the operating budget was R7.4 billion and the capital budget R720 million, of which R310 million would go to replacing water pipes and electricity substations.",
                "Sibusiso Mthembu-Khumalo",
                "said",
                "W",
            ),
            (
                "“This is a budget that fixes what is underground before it builds what is above,” he said.",
                "Sibusiso Mthembu-Khumalo",
                "said",
                "",
            ),
        ],
        [
            (
                "The Member of the Mayoral Committee for Finance, Cllr Thandeka Ngubane-Shezi, said the proposed increases were as follows:",
                "Thandeka Ngubane-Shezi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Electricity: 12.72%, in line with the guideline approved by the National Energy Regulator of South Africa (NERSA)",
                "Thandeka Ngubane-Shezi",
                "said",
                "W",
            ),
        ],
        [
            ("Water and sanitation: 9.8%", "Thandeka Ngubane-Shezi", "said", "W"),
        ],
        [
            ("Refuse removal: 6.5%", "Thandeka Ngubane-Shezi", "said", "W"),
        ],
        [
            ("Property rates: 5.9%", "Thandeka Ngubane-Shezi", "said", "W"),
        ],
        [
            (
                "She said registered indigent households would continue to receive 6 kilolitres of water and 50 kilowatt-hours of electricity a month free of charge.",
                "Thandeka Ngubane-Shezi",
                "said",
                "W",
            ),
            (
                "There are 28,460 households on the indigent register, she said.",
                "Thandeka Ngubane-Shezi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Follow Msunduzi Municipality on WhatsApp for service alerts, load reduction schedules and council news.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Chief Financial Officer Mr Vusi Khoza-Radebe said the municipality collected 81% of what it billed in 2024/25, against a target of 95%.",
                "Vusi Khoza-Radebe",
                "said",
                "W",
            ),
            (
                "He said residents and businesses owed the municipality R6.9 billion at the end of February.",
                "Vusi Khoza-Radebe",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Auditor-General gave the municipality a qualified audit opinion for 2024/25, its fifth in a row.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Municipal Manager Mr Lindani Msomi-Cele said the municipality would move to an unqualified opinion “within two audit cycles”.",
                "Lindani Msomi-Cele",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Municipal Finance Management Act, the council must approve the final budget at least 30 days before the financial year begins on 1 July.",
                "",
                "",
                "W",
            ),
            ("The final budget will be tabled on 28 May 2026.", "", "", "W"),
        ],
        [
            (
                "Written comments must reach the municipality by 4 p.m. on Thursday, 30 April 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents can email budget@msunduzi.gov.za, hand in comments at any municipal pay point or send a WhatsApp message to 071 482 3390.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PUBLIC MEETINGS ON THE DRAFT BUDGET", "", "", "B"),
        ],
        [
            ("Tuesday, 7 April, 5.30 p.m.: Imbali Community Hall (Wards 12 to 17)", "", "", "W"),
        ],
        [
            ("Thursday, 9 April, 5.30 p.m.: Edendale Civic Centre (Wards 18 to 24)", "", "", "W"),
        ],
        [
            (
                "Saturday, 11 April, 10 a.m.: City Hall, Chief Albert Luthuli Street (Wards 25 to 37)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Mayor urged residents to attend and “tell us where it hurts”.",
                "Sibusiso Mthembu-Khumalo",
                "urged",
                "",
            ),
        ],
        [
            ("The draft budget documents are available at all municipal libraries.", "", "", "W"),
        ],
        [
            (
                "Media enquiries: Nokuthula Hlongwa-Sithole, Spokesperson, 033 392 2001, nokuthula.sithole@msunduzi.gov.za",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
            ("Yes  |  No", "", "", "B"),
        ],
        [
            ("Share this release:  Facebook  |  X  |  WhatsApp  |  Email", "", "", "B"),
        ],
        [
            ("Report an outage: call 0800 001 868 (toll-free), 24 hours a day", "", "", "B"),
        ],
        [
            ("© 2026 Msunduzi Municipality.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Disclaimer | PAIA Manual | Privacy notice", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  DESERT KRAAL TRUST   ♥ DONATE", "", "", "B"),
        ],
        [
            (
                "We use a small number of cookies to understand how visitors use this site.",
                "",
                "",
                "B",
            ),
            ("We never sell your data.", "", "", "B"),
            ("OK", "", "", "B"),
        ],
        [
            ("News & stories", "", "", "B"),
        ],
        [
            (
                "Predators killed 4,181 farm animals in Kunene last year, Trust report finds",
                "the Desert Kraal Trust",
                "finds",
                "W",
            ),
        ],
        [
            ("Published 19 May 2026 · 5 min read", "", "", "B"),
        ],
        [
            (
                "Communal farmers in the Kunene Region lost 4,181 cattle, goats, sheep and donkeys to lions, hyenas, cheetahs and other predators in 2025, the Desert Kraal Trust said in a report released in Opuwo on Monday.",
                "the Desert Kraal Trust",
                "said in a report",
                "W",
            ),
        ],
        [
            (
                "“One in four herding households in Kunene lost livestock to predators in 2025”",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "That is the first line of the report, Counting the Cost, which is based on interviews with 1,380 households in 14 conservancies between January and March.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("N$250 buys the wire mesh for one metre of a lion-proof kraal.", "", "", "B"),
            ("Give today and help a family in Kunene keep its herd safe at night.", "", "", "B"),
        ],
        [
            ("DONATE NOW", "", "", "B"),
        ],
        [
            ("KEY FINDINGS", "", "", "B"),
        ],
        [
            (
                "Lions were blamed for 41% of livestock deaths, spotted hyenas for 22% and cheetahs for 18%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Elephants damaged 64 water points, most of them solar pumps and reservoirs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Only 38% of losses were reported to the ministry within the 72 hours required for compensation.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At least 22 lions were shot in the region in 2025, 9 of them by farmers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Trust's director, Dr. Vetuuavi Kaputu-Hengari, said a family that lost ten head of cattle had lost “the equivalent of a house”.",
                "Vetuuavi Kaputu-Hengari",
                "said",
                "",
            ),
            (
                "She said kraals reinforced with mesh and solar lights had cut night-time attacks by 87% in the villages where the Trust has built them since 2021.",
                "Vetuuavi Kaputu-Hengari",
                "said",
                "W",
            ),
            (
                "“We need another 300 kraals, and every one of them costs about N$18,000,” she said.",
                "Vetuuavi Kaputu-Hengari",
                "said",
                "",
            ),
            ("“If you can help, please help.”", "Vetuuavi Kaputu-Hengari", "said", ""),
        ],
        [
            (
                "Kaitjirue Tjiharuka, a herder at Otjiu, west of Opuwo, said lions had taken 17 of his family's 60 cattle since October.",
                "Kaitjirue Tjiharuka",
                "said",
                "",
            ),
            (
                "“My father gave me these cattle,” he said through an interpreter.",
                "Kaitjirue Tjiharuka",
                "said through an interpreter",
                "",
            ),
            ("“What will I give my son?” he asked.", "Kaitjirue Tjiharuka", "asked", ""),
        ],
        [
            (
                "Ministry of Environment, Forestry and Tourism spokesperson Jonas Shikongo-Amupolo said the government paid N$6.4 million in compensation to farmers in Kunene in the 2025/26 financial year.",
                "Jonas Shikongo-Amupolo",
                "said",
                "W",
            ),
            (
                "He said the Human Wildlife Conflict Self-Insurance Scheme pays N$3,000 for a head of cattle killed by a lion and N$500 for a goat or sheep, if a game ranger confirms the loss.",
                "Jonas Shikongo-Amupolo",
                "said",
                "W",
            ),
            ("He said the ministry would study the report.", "Jonas Shikongo-Amupolo", "said", ""),
        ],
        [
            ("Our work is only possible because of supporters like you.", "", "", "B"),
            (
                "Become a monthly giver from N$100 and we will send you a letter from the field every quarter.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The chairperson of the ǂKhoadi-ǁHôas Conservancy, Ms. Elfriede ǁAwases, said the payments were “far below what a cow costs at the auction in Kamanjab”.",
                "Elfriede ǁAwases",
                "said",
                "",
            ),
            (
                "She said cattle sold there for an average of N$9,200 a head in April.",
                "Elfriede ǁAwases",
                "said",
                "W",
            ),
        ],
        [
            (
                "Prof. Selma Nangolo-Iipinge, an ecologist at the University of Namibia who reviewed the report, said the drought of 2024 had pushed lions out of the dry riverbeds and closer to villages.",
                "Selma Nangolo-Iipinge",
                "said",
                "",
            ),
        ],
        [
            (
                "Kunene is home to about 60 desert-adapted lions, according to the ministry's last count, in 2022.",
                "the ministry's last count",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A new kraal at Otjiu, built in April with 140 metres of mesh and two solar lights.",
                "",
                "",
                "W",
            ),
            ("Photo: Desert Kraal Trust", "", "", "B"),
        ],
        [
            ("This report was funded by the Brandberg Foundation.", "", "", "B"),
            ("The findings and views are the Trust's own.", "", "", "B"),
        ],
        [
            ("Get stories from the field in your inbox four times a year.", "", "", "B"),
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "Desert Kraal Trust is registered as a welfare organisation in Namibia, No. WO 0412.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Desert Kraal Trust  |  Privacy  |  Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ motswedisport.co.bw", "", "", "B"),
        ],
        [
            ("MOTSWEDI SPORT  ☰", "", "", "B"),
        ],
        [
            ("Football › Setso Cup", "", "", "B"),
        ],
        [
            (
                "Ketshabile's late strike wins Setso Cup for Pirates, their first trophy since 2009",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tsholofelo Pirates beat Palapye Greens 2-1 in front of 21,406 at the National Stadium; Greens finish with ten men",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Onalenna Mothibi-Kgosiemang  |  Sunday, 24 May 2026, 19:05", "", "", "B"),
        ],
        [
            ("Motswedi Sport's cup coverage is brought to you by Lesedi Mobile.", "", "", "B"),
            ("Stay connected, stay in the game.", "", "", "B"),
        ],
        [
            (
                "Tsholofelo Pirates won the Setso Cup for the first time in 17 years on Saturday, beating Palapye Greens 2-1 at the National Stadium in Gaborone with a goal two minutes from time.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Substitute Kabelo Ketshabile, 19, scored the winner in the 88th minute, turning in a low cross from Oratile Mmolawa, who had opened the scoring with a header after 12 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Greens equalised from the penalty spot in the 54th minute through captain Thato Baitsile.",
                "",
                "",
                "W",
            ),
            (
                "They played the last 20 minutes with ten men after defender Lorato Phuthego was sent off for a second yellow card.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("It is the Pirates' first trophy since 2009.", "", "", "W"),
        ],
        [
            ("Odds shown on this page are supplied by our betting partner, BetKgosi.", "", "", "B"),
            ("18+ only.", "", "", "B"),
            (
                "Gamble responsibly, and call the free helpline on 0800 600 744 if gambling is hurting you or your family.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pirates coach Kagiso Ramotswa-Dintwe said he had told Ketshabile at half-time to “be ready to change the game”.",
                "Kagiso Ramotswa-Dintwe",
                "said",
                "",
            ),
            (
                "“He is 19, he is from our own academy in Tlokweng, and he did not even look nervous,” Ramotswa-Dintwe said.",
                "Kagiso Ramotswa-Dintwe",
                "said",
                "",
            ),
            ("“What more can a coach ask for?” he asked.", "Kagiso Ramotswa-Dintwe", "asked", ""),
        ],
        [
            (
                "Greens coach Mpho Gaolathe-Kebonang said the red card “decided the final more than any player did”.",
                "Mpho Gaolathe-Kebonang",
                "said",
                "",
            ),
            (
                "He said the club would appeal against Phuthego's second booking.",
                "Mpho Gaolathe-Kebonang",
                "said",
                "",
            ),
        ],
        [
            (
                "The Botswana Football Association (BFA) said its disciplinary committee would hear the appeal on Thursday at 10 a.m. in Gaborone.",
                "The Botswana Football Association",
                "said",
                "W",
            ),
            (
                "It said a player sent off in a cup final misses the next two competitive matches unless the committee overturns the card.",
                "The Botswana Football Association",
                "said",
                "W",
            ),
        ],
        [
            ("Who was your player of the final?", "", "", "B"),
            ("Vote in our poll and win a signed Pirates shirt.", "", "", "B"),
        ],
        [
            (
                "Lesedi Mobile, the cup's sponsor, said it had raised the winners' prize to P1.5 million this season, from P1 million in 2025.",
                "Lesedi Mobile",
                "said",
                "W",
            ),
            ("The runners-up receive P600,000, it said.", "Lesedi Mobile", "said", "W"),
        ],
        [
            (
                "Pirates supporter Boitumelo Keabetswe, who travelled from Francistown with her two sons, said she had waited “half my life” for the trophy.",
                "Boitumelo Keabetswe",
                "said",
                "",
            ),
            (
                "“The last time we won, these boys were not born,” she said.",
                "Boitumelo Keabetswe",
                "said",
                "",
            ),
        ],
        [
            (
                "Pirates also finished third in the league this season, 11 points behind the champions.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The squad will parade the cup through Gaborone's Main Mall at 3 p.m. on Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("MATCH FACTS", "", "", "B"),
        ],
        [
            ("Tsholofelo Pirates 2 (Mmolawa 12', Ketshabile 88')", "", "", ""),
        ],
        [
            ("Palapye Greens 1 (Baitsile 54' pen.)", "", "", ""),
        ],
        [
            ("Red card: L. Phuthego (Greens) 70'", "", "", ""),
        ],
        [
            ("Attendance: 21,406", "", "", ""),
        ],
        [
            ("Referee: O. K. Mogotsi-Ramokate", "", "", ""),
        ],
        [
            (
                "🎙 Listen to the Motswedi Sport Podcast: the full final breakdown is out on Monday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are pre-moderated.", "", "", "B"),
            ("Keep it about football: no insults, no betting tips and no links.", "", "", "B"),
        ],
        [
            ("Read more: Greens' Baitsile named Player of the Season", "", "", "B"),
        ],
        [
            ("© 2026 Motswedi Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the Imigongo app", "", "", "B"),
        ],
        [
            ("IMIGONGO  ·  The Rwanda Magazine", "", "", "B"),
        ],
        [
            ("Features / Agriculture", "", "", "B"),
        ],
        [
            (
                "The price of a cherry: Rwanda raises the coffee floor to Rwf 805 a kilo",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In Nyamasheke, a higher minimum price is welcome, but it arrives after the middlemen do",
                "",
                "",
                "",
            ),
        ],
        [
            ("Words by Aline Uwase-Gakwaya · Photography by Eric Niyonsenga", "", "", "B"),
        ],
        [
            ("Reading time: 9 minutes", "", "", "B"),
        ],
        [
            (
                "Pickers bring cherries to the Gisuma washing station in Nyamasheke district, which processed 612 tonnes of cherry last season.",
                "",
                "",
                "W",
            ),
            ("Photo: Eric Niyonsenga/Imigongo", "", "", "B"),
        ],
        [
            (
                "At six in the morning the queue at the Gisuma washing station already reaches the road, a line of women with baskets of red cherry on their heads and men pushing bicycles loaded with sacks.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "This season, each kilo in those baskets is worth at least Rwf 805, up from Rwf 760 last year, the National Agricultural Export Development Board (NAEB) said when it announced the minimum farm-gate price on 2 March.",
                "the National Agricultural Export Development Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Washing stations that pay less than the floor price can lose their licence.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "NAEB chief executive Claudine Uwimana-Habimana said the price was set by a committee of farmers, washing station owners, exporters and government, based on world prices and the cost of production.",
                "Claudine Uwimana-Habimana",
                "said",
                "W",
            ),
            (
                "“We want the farmer to see the New York price in his pocket, not only in the newspaper,” she said.",
                "Claudine Uwimana-Habimana",
                "said",
                "",
            ),
        ],
        [
            ("Enjoying this story?", "", "", "B"),
            (
                "Subscribe to the print edition: 12 issues for Rwf 36,000, delivered anywhere in Kigali.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Immaculée Mukandayisenga, who has 1,100 coffee trees on a hillside above Lake Kivu, said she sold most of her first cherries in February to a trader who paid Rwf 600 in cash.",
                "Immaculée Mukandayisenga",
                "said",
                "",
            ),
            ("“He came before the price did,” she said.", "Immaculée Mukandayisenga", "said", ""),
            (
                "“When your children need school fees in February, do you wait for March?” she asked.",
                "Immaculée Mukandayisenga",
                "asked",
                "",
            ),
        ],
        [
            (
                "The station's manager, Jean Bosco Ndayisenga, said Gisuma paid its 1,480 registered farmers Rwf 1.02 billion last season.",
                "Jean Bosco Ndayisenga",
                "said",
                "W",
            ),
            (
                "He said the station pays a second payment, or bonus, of Rwf 50 a kilo after the coffee is sold abroad.",
                "Jean Bosco Ndayisenga",
                "said",
                "W",
            ),
        ],
        [
            (
                "Imigongo's agriculture reporting is supported by a grant from the Akagera Media Fund.",
                "",
                "",
                "B",
            ),
            ("The fund has no say over our stories.", "", "", "B"),
        ],
        [
            (
                "Rwanda exported 21,400 tonnes of coffee in 2025, worth US$118 million, according to NAEB figures.",
                "NAEB figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Théoneste Hakizimana-Rugira, president of the Abakundakawa cooperative in Nyamasheke, said his members had delivered 38% more cherry to cooperative stations this season than last.",
                "Théoneste Hakizimana-Rugira",
                "said",
                "W",
            ),
            (
                "He said the higher floor price “brings farmers back to the cooperative”.",
                "Théoneste Hakizimana-Rugira",
                "said",
                "",
            ),
        ],
        [
            (
                "Kivu Highlands Coffee Ltd, an exporter that buys from 11 stations in the Western Province, said the new price would squeeze margins if world prices fell.",
                "Kivu Highlands Coffee Ltd",
                "said",
                "",
            ),
        ],
        [
            (
                "Mukandayisenga said she had stopped selling to traders on 3 March, the day after the price was announced.",
                "Immaculée Mukandayisenga",
                "said",
                "",
            ),
        ],
        [
            ("By nine o'clock, the queue at Gisuma has barely moved.", "", "", ""),
            (
                "A boy sorts floaters from the good cherries in a water tank, and nobody is in a hurry.",
                "",
                "",
                "",
            ),
        ],
        [
            ("COFFEE IN NUMBERS", "", "", "B"),
        ],
        [
            ("Minimum cherry price for 2026: Rwf 805 a kilo", "", "", "W"),
        ],
        [
            ("Coffee farmers in Rwanda: about 355,000", "", "", "W"),
        ],
        [
            ("Washing stations: 312, of which 287 operated last season", "", "", "W"),
        ],
        [
            ("2 March 2026: NAEB announces the minimum price", "", "", "W"),
        ],
        [
            ("Sources: NAEB; Imigongo reporting", "", "", "B"),
        ],
        [
            (
                "A worker rakes parchment coffee on drying tables at Gisuma, where beans dry for 14 to 21 days.",
                "",
                "",
                "W",
            ),
            ("Photo: Eric Niyonsenga/Imigongo", "", "", "B"),
        ],
        [
            (
                "This article appears in the June 2026 issue of Imigongo under the headline ‘Red Gold, Late Money’.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Aline Uwase-Gakwaya writes about farming and food for Imigongo.", "", "", "B"),
            ("She grew up on a tea estate in Nyamagabe.", "", "", "B"),
        ],
        [
            ("Get the Imigongo app for the full issue, every month.", "", "", "B"),
        ],
    ],
    [
        [
            ("cornichecommutes.blog", "", "", "B"),
        ],
        [
            ("Two years of the BRT: what the numbers say, and what they leave out", "", "", ""),
        ],
        [
            ("Aïssatou Ndiaye-Sarr", "", "", "B"),
        ],
        [
            ("20 May 2026 · 8 min read", "", "", "B"),
        ],
        [
            (
                "This post contains affiliate links to two books on the history of Dakar's transport.",
                "",
                "",
                "B",
            ),
            (
                "If you buy through them, I earn a small commission at no extra cost to you.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Two years ago this week, the first electric buses of Dakar's Bus Rapid Transit line left the Petersen terminus for Guédiawaye.",
                "",
                "",
                "W",
            ),
            ("I was on the third one, and I have ridden the line most weekdays since.", "", "", ""),
        ],
        [
            (
                "The line now carries about 285,000 passengers on an average weekday, its operator, Teranga Transit S.A., said in its annual report published on Monday.",
                "Teranga Transit S.A.",
                "said in its annual report",
                "W",
            ),
            (
                "That is up from 190,000 in its first full month, May 2024, the report said.",
                "Teranga Transit S.A.",
                "said",
                "W",
            ),
        ],
        [
            ("The numbers, two years in:", "", "", ""),
        ],
        [
            ("126 electric buses on 19 kilometres of dedicated lane", "", "", "W"),
        ],
        [
            ("24 stations between Petersen and Guédiawaye", "", "", "W"),
        ],
        [
            ("Fares of 300, 400 or 500 CFA francs, depending on distance", "", "", "W"),
        ],
        [
            (
                "A trip from end to end scheduled at 45 minutes, against about 95 minutes by car rapide at peak hours in 2023",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "If this blog is useful to you, you can buy me a café Touba through my tip jar.",
                "",
                "",
                "B",
            ),
            ("It keeps the site free of adverts.", "", "", "B"),
        ],
        [
            (
                "Teranga Transit's director general, Mamadou Lamine Faye-Diouf, told me on the phone last week that buses had run on time on 91% of trips in April.",
                "Mamadou Lamine Faye-Diouf",
                "told me on the phone",
                "W",
            ),
            ("“We are proud of that figure,” he said.", "Mamadou Lamine Faye-Diouf", "said", ""),
            (
                "“But we know the passengers at Grand Médine do not feel 91%.”",
                "Mamadou Lamine Faye-Diouf",
                "said",
                "",
            ),
        ],
        [
            (
                "Fatou Bintou Gueye-Sow, executive director of the Executive Council for Sustainable Urban Transport (CETUD), which regulates transport in the Dakar region, said 1,200 minibuses and cars rapides had been withdrawn from routes along the BRT corridor since 2024.",
                "Fatou Bintou Gueye-Sow",
                "said",
                "W",
            ),
            (
                "She said their owners were paid compensation of up to 4 million CFA francs a vehicle.",
                "Fatou Bintou Gueye-Sow",
                "said",
                "W",
            ),
        ],
        [
            ("Here is what the report does not say.", "", "", ""),
            (
                "At Grand Médine at 7.30 a.m. the queue for the platform reaches the footbridge, and I counted three full buses pass before I could get on one.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ousmane Ba, a security guard who travels from Guédiawaye to the Plateau every day, said he now left home at 5.45 a.m. instead of 5 a.m.",
                "Ousmane Ba",
                "said",
                "",
            ),
            ("“It is better, yes,” he said.", "Ousmane Ba", "said", ""),
            (
                "“But why does the bus to town leave full from the second station?” he asked.",
                "Ousmane Ba",
                "asked",
                "",
            ),
        ],
        [
            (
                "Modou Sène, who drove a car rapide on the Pikine route for 22 years, said he now drives a feeder minibus for half of what he used to earn.",
                "Modou Sène",
                "said",
                "",
            ),
        ],
        [
            (
                "A note on method: I use an AI tool to transcribe my interviews in French and Wolof.",
                "",
                "",
                "B",
            ),
            ("Every quote here is my own translation, checked against the recording.", "", "", "B"),
        ],
        [
            (
                "The Ministry of Infrastructure and Land Transport said in an email that work on eight feeder lines to Keur Massar and Rufisque began in January.",
                "The Ministry of Infrastructure and Land Transport",
                "said in an email",
                "W",
            ),
            (
                "It said the first of them should open by the end of the year.",
                "The Ministry of Infrastructure and Land Transport",
                "said",
                "",
            ),
        ],
        [
            (
                "The BRT cost about 300 billion CFA francs, most of it lent by the World Bank and the European Investment Bank.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "My own view is that the line has done what it promised on the road and not yet at the platforms.",
                "",
                "",
                "",
            ),
            ("Two years is long enough to fix a queue.", "", "", ""),
        ],
        [
            (
                "Disclosure: I worked as a consultant for CETUD in 2019 and 2020, before the line was built.",
                "",
                "",
                "B",
            ),
            ("I have no financial link to Teranga Transit.", "", "", "B"),
        ],
        [
            ("Update, 22 May: this post was updated to add the ministry's reply.", "", "", "B"),
        ],
        [
            ("Get new posts by email.", "", "", "B"),
            ("No spam, and one click to leave.", "", "", "B"),
        ],
        [
            ("Aïssatou Ndiaye-Sarr is a transport engineer in Dakar.", "", "", "B"),
            ("She has written Corniche Commutes since 2017.", "", "", "B"),
        ],
        [
            ("Comments are open for 30 days and moderated.", "", "", "B"),
            ("Be kind, and stay on topic.", "", "", "B"),
        ],
        [
            ("14 comments", "", "", "B"),
        ],
        [
            ("Khady_D: Same at Liberté 6 every morning.", "", "", "B"),
            ("Thank you for writing this.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n181-ng-arc-mid",
        "Arc. Olusegun Fadipe-Akande signed the approval in 2021. He retired in 2024.",
        ["Arc. Olusegun Fadipe-Akande signed the approval in 2021.", "He retired in 2024."],
    ),
    (
        "n181-ng-ltd-ends",
        "The block was built by Ikorodu Crest Homes Ltd. The firm has not commented.",
        ["The block was built by Ikorodu Crest Homes Ltd.", "The firm has not commented."],
    ),
    (
        "n181-ng-barr-mid",
        "Barr. Ngozi Ikwuemesi-Oduah filed the suit on Monday. The hearing is in June.",
        ["Barr. Ngozi Ikwuemesi-Oduah filed the suit on Monday.", "The hearing is in June."],
    ),
    (
        "n181-ng-plc-ends",
        "The mortgage was issued by Marina Trust Bank Plc. It runs for ten years.",
        ["The mortgage was issued by Marina Trust Bank Plc.", "It runs for ten years."],
    ),
    (
        "n181-ng-correction-two",
        "Correction: An earlier version of this story gave the death toll as nine. Eleven people died.",
        [
            "Correction: An earlier version of this story gave the death toll as nine.",
            "Eleven people died.",
        ],
    ),
    (
        "n181-gh-dr-cedi",
        "Dr. Kwame Asiedu-Bekoe said the price was GH₵3,540 a bag. Buying starts on Friday.",
        ["Dr. Kwame Asiedu-Bekoe said the price was GH₵3,540 a bag.", "Buying starts on Friday."],
    ),
    (
        "n181-gh-pm-ends",
        "The bulletin airs at 7 p.m. Viewers can also stream it on the app.",
        ["The bulletin airs at 7 p.m.", "Viewers can also stream it on the app."],
    ),
    (
        "n181-gh-question-attrib",
        "“Who pays for the fertiliser?” asked Yaa Konadu-Agyeman, 61. Nobody answered.",
        ["“Who pays for the fertiliser?” asked Yaa Konadu-Agyeman, 61.", "Nobody answered."],
    ),
    (
        "n181-ke-eng-mid",
        "Eng. Wycliffe Onyango Ogola inspected the pump on Friday. It had burned out.",
        ["Eng. Wycliffe Onyango Ogola inspected the pump on Friday.", "It had burned out."],
    ),
    (
        "n181-ke-am-pm-range",
        "Zone B gets water from 5 a.m. to 2 p.m. on Tuesdays. Zone C is supplied at night.",
        ["Zone B gets water from 5 a.m. to 2 p.m. on Tuesdays.", "Zone C is supplied at night."],
    ),
    (
        "n181-ke-ksh-decimal",
        "A unit now costs KSh 28.40. It was KSh 25.10 in June.",
        ["A unit now costs KSh 28.40.", "It was KSh 25.10 in June."],
    ),
    (
        "n181-ug-ush-decimal",
        "The domestic tariff falls to USh 732.5 per unit. The lifeline rate is unchanged.",
        ["The domestic tariff falls to USh 732.5 per unit.", "The lifeline rate is unchanged."],
    ),
    (
        "n181-ug-no-mid",
        "Statutory Instrument No. 14 of 2026 sets the new rates. It takes effect in January.",
        ["Statutory Instrument No. 14 of 2026 sets the new rates.", "It takes effect in January."],
    ),
    (
        "n181-tz-mr-ltd-ends",
        "Mr. Rashidi Mfinanga signed for Msasani Contractors Ltd. The contract was worth TSh 4.2 billion.",
        [
            "Mr. Rashidi Mfinanga signed for Msasani Contractors Ltd.",
            "The contract was worth TSh 4.2 billion.",
        ],
    ),
    (
        "n181-tz-approx-mid",
        "The new hall has approx. 1,500 stalls. About 300 are still empty.",
        ["The new hall has approx. 1,500 stalls.", "About 300 are still empty."],
    ),
    (
        "n181-zm-us-cents",
        "Mines pay 14 U.S. cents a unit for imported power. ZESCO charges 9 cents.",
        ["Mines pay 14 U.S. cents a unit for imported power.", "ZESCO charges 9 cents."],
    ),
    (
        "n181-zm-dateline",
        "NDOLA, March 3 (Kalulu) - Two smelters cut output on Tuesday. Both blamed power costs.",
        [
            "NDOLA, March 3 (Kalulu) - Two smelters cut output on Tuesday.",
            "Both blamed power costs.",
        ],
    ),
    (
        "n181-zm-reporting-line",
        "(Reporting by Chilufya Mwape; Editing by Kasonde Mulenga)",
        ["(Reporting by Chilufya Mwape; Editing by Kasonde Mulenga)"],
    ),
    (
        "n181-zw-pvt-ltd-ends",
        "The survey was done by Mazowe Research (Pvt) Ltd. Its figures match the board's.",
        ["The survey was done by Mazowe Research (Pvt) Ltd.", "Its figures match the board's."],
    ),
    (
        "n181-zw-pvt-ltd-mid",
        "Kopje Capital Media (Pvt) Ltd., which publishes the letter, is based in Harare. It was founded in 2019.",
        [
            "Kopje Capital Media (Pvt) Ltd., which publishes the letter, is based in Harare.",
            "It was founded in 2019.",
        ],
    ),
    (
        "n181-za-cllr-initials",
        "Cllr T. P. Zondo-Mbatha seconded the motion. It passed 52-19.",
        ["Cllr T. P. Zondo-Mbatha seconded the motion.", "It passed 52-19."],
    ),
    (
        "n181-za-pty-ltd-ends",
        "Meter reading is outsourced to Umgeni Metering (Pty) Ltd. The contract ends in June.",
        ["Meter reading is outsourced to Umgeni Metering (Pty) Ltd.", "The contract ends in June."],
    ),
    (
        "n181-sn-eg-mid",
        "Feeder lines (e.g. to Keur Massar) open next year. Fares will be 200 CFA francs.",
        ["Feeder lines (e.g. to Keur Massar) open next year.", "Fares will be 200 CFA francs."],
    ),
    (
        "n181-na-no-mid",
        "The Trust is registered as welfare organisation No. WO 0412 in Windhoek. It was founded in 2011.",
        [
            "The Trust is registered as welfare organisation No. WO 0412 in Windhoek.",
            "It was founded in 2011.",
        ],
    ),
    (
        "n181-na-nd-decimal",
        "A head of cattle fetched N$9,200 at Kamanjab. A goat fetched N$1,150.50 on average.",
        ["A head of cattle fetched N$9,200 at Kamanjab.", "A goat fetched N$1,150.50 on average."],
    ),
    (
        "n181-bw-initials-referee",
        "O. K. Mogotsi-Ramokate refereed the final. He showed one red card.",
        ["O. K. Mogotsi-Ramokate refereed the final.", "He showed one red card."],
    ),
    (
        "n181-bw-pty-mid",
        "Motswedi Media (Pty) Ltd. said it would stream the final. About 40,000 watched online.",
        [
            "Motswedi Media (Pty) Ltd. said it would stream the final.",
            "About 40,000 watched online.",
        ],
    ),
    (
        "n181-rw-question-then-sentence",
        "“Do we wait for March? No, we sell,” she said.",
        ["“Do we wait for March?", "No, we sell,” she said."],
    ),
    (
        "n181-sn-sa-ends",
        "The buses are leased from Teranga Transit S.A. The lease runs to 2039.",
        ["The buses are leased from Teranga Transit S.A.", "The lease runs to 2039."],
    ),
    (
        "n181-sn-am-ends",
        "He now leaves home at 5.45 a.m. The first bus comes at six.",
        ["He now leaves home at 5.45 a.m.", "The first bus comes at six."],
    ),
]
