"""Hundred-and-fourteenth set of new hand-labelled pages for the hint engines (held-out set, round sixty-four: never tuned on):
twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them with each site's
furniture, from twelve countries of ASIA, AFRICA AND THE MIDDLE EAST, each from a different kind of
English-language outlet and pasted in a different way, with EVERY DIFFICULTY MIXED ON EVERY PAGE. The
pages: an Indian national English daily's city page on the DESKTOP (Pune's minimum autorickshaw fare rises
from ₹26 to ₹29 and meters must be recalibrated by July 31); a Bangladeshi online news portal pasted from a
PHONE (1,214 dengue admissions in 24 hours, the year's highest); a Nepali broadsheet's E-PAPER, copied
across two pages with its jump line (Kathmandu's garbage uncollected for a sixth day as villagers block the
road to the Bancharedanda landfill); a Singapore business paper's article SYNDICATED ON A NEWS AGGREGATOR
(kopi up 10 to 20 cents at four in 10 hawker drinks stalls); a Bruneian free community newspaper's PRINT
VIEW (water taxi fares across the Brunei River double to B$2); a Ugandan private TV station's LIVE BLOG,
newest entry first (day one of a Kampala taxi strike over a Shs150,000 monthly park fee); a Zambian
community radio station's FACEBOOK POST with its reactions and comments (the Kabwe–Lusaka bus fare rises
to K140 after pump prices go up); a Botswana weekly's AMP page (Mogoditshane's taps dry for a ninth day
after a main bursts); a Namibian coastal daily in READER MODE (1,200 workers strike at a Walvis Bay hake
factory); an Egyptian news agency's English WIRE COPY from its subscriber feed (Cairo Metro fares rise by
up to 25%); a Jordanian English daily's article SHARED FROM ITS APP and forwarded on WhatsApp (Zarqa
households to get water 24 hours a week instead of 36); and a Qatari expat community news site read in
an RSS FEED READER (Ramadan price caps on 900 goods, with a price table).

What is hard is that every page mixes all of it. FURNITURE sits at the head, in mid-story and at the tail,
and much of it is written in prose: a syndication notice and a shared-article notice, "Story continues
below this ad", an e-paper jump line with the next page's label and the jump slug, a parenthesis sending
the reader to the editorial, an editor's note correcting a figure in two sentences, appeals to join a
WhatsApp channel, to share a post or to send news to the newsroom, a radio bulletin line, subscription
appeals, an updated-to-include line, a redistribution line, a feed reader's unread count, print-view page
markers, a wire's slug, priority and credit lines, and a Facebook post's reactions, buttons and readers'
comments. SPEAKERS are hard to find and to name: initials ("R. K. Deshmane", "A.K.M. Saiful Alam", "K.
P. Muhammed Ashraf") and a surname written with points ("Sunita K.C.", ending one sentence and opening
another); "Md." and "Mohd" inside names; title stacks ("Prof Dr", "Brig Gen", "Smt.", "Awang Haji",
"Dayang Hajah", "Pengiran Haji", "Hajji", "Hon.", "ASP", "Eng.", "Mnr.", "Deputy Commissioner", "Meme",
"Rre", "Mma", "Kgosi", "Mr.", "Madam", "Dr."); speakers named after the claim ("..., said the president
of the Kathmandu Municipal Sweepers' Union, Sunita K.C."; "..., said Mr Kelvin Lim Boon Keat, managing
director of ..."; "..., its director, Dr A.K.M. Saiful Alam, said"; "“...,” said Rashid Mubarak
al-Kuwari, a retired teacher who asked to be called Abu Hamad"); nicknames, honorific returns and kunyas
("said Mauli", "said Maiya didi", "Haji Zulkarnain", "Dayang Norhayati", "Pengiran Mohd Rizal", "said Pak
Jaini", "Hajji Kasozi", "Meme Ndapandula", "said Oom Frikkie", "said Am Saber", "said Abu Fadi", "Abu
Hamad said"); a teknonym as the only name ("Bana Chileshe") and a given name only ("Mutale"); shared
names told apart by the page (two Deshmanes, two Rahmans, two Tamangs, "Mr Lim" and "Madam Lim", "Mr.
Banda" and "Mrs Banda", "Rre" and "Mma" Molefe, two Abdel-Rahmans, two al-Khalaylehs, and "Ashraf" as a
Malayali grocer's given name against an Egyptian shopper's; "Abu Rumman" a family name, not a kunya); a
live blog whose returns resolve to full names given only in older entries below; groups and documents
that speak ("The protesters say", "Police say", "Boatmen say", "Doctors at ...", "according to the
release", "according to the circular", "according to the list", "Figures from the ministry's annual
report show"). STATEMENTS OF RECORD sit beside opinions, forecasts, plans and anecdote in one paragraph
and one quote. And the SENTENCE SPLITS are hard (below).

Conventions this set had to settle, in the spirit of `labelled_new.py`, `labelled_new2.py` and the recent
sets (`labelled_new183.py` settled most of them for other naming customs, and they are followed here):

* NAMES IN FULL AS FIRST GIVEN: "Md." (Mohammad) and "Mohd" are part of the name and stay ("Md.
  Mushfiqur Rahman Talukder", "Mohd Rizal bin Othman"), as do initials ("R. K. Deshmane", "A.K.M. Saiful
  Alam", "K. P. Muhammed Ashraf"), a surname written with points ("Sunita K.C."), "Kazi" in a Bangladeshi
  name ("Kazi Farhana Moyeen") and Malay "bin", "binti" and "binte" ("Zulkarnain bin Sulaiman",
  "Norhayati binti Abdullah", "Rosnah binte Karim"); Chinese names family name first ("Tan Ah Huat",
  "Kelvin Lim Boon Keat", "Lim Siew Eng"); Arabic names with a lower-case "al-" as first given, so that
  "Al-Khalayleh said" and "Al-Marri said" resolve to them.
* TITLES AND HONORIFICS are dropped before the name: "Regional transport officer", "Smt.", "Prof.",
  "Prof Dr", "Dr", "Brig Gen", "Entomologist", "Mr", "Madam", "Ms", "Awang Haji", "Dayang Hajah",
  "Dayang", "Pengiran Haji", "Hajji", "Hon.", "ASP", "Eng.", "Mr.", "Mrs", "Economist Dr.", "Rre", "Mma",
  "Kgosi", "Meme", "Mnr.", "Deputy Commissioner", "Member of parliament", "Zarqa MP"; returns by a title
  with the given name or the surname resolve to the name as first given ("Haji Zulkarnain said",
  "Pengiran Mohd Rizal said", "Dayang Norhayati said", "Hajji Kasozi says", "Meme Ndapandula said", "Mr.
  Mulenga said", "Mma Molefe said").
* NICKNAMES, KUNYAS AND TEKNONYMS: a nickname or honorific form of someone the page has named resolves to
  the full name ("said Mauli", "said Maiya didi", "said Pak Jaini", "said Oom Frikkie", "said Am Saber",
  "said Abu Fadi", "Abu Hamad said"), the sentence that introduces it carrying no speaker when it is a
  scene; a teknonym given as the only name is the label ("Bana Chileshe", "meaning Chileshe's mother"),
  and so is a given name given alone ("Mutale"). A family name that begins with "Abu" is a surname ("Nidal
  Abu Rumman", "Abu Rumman said"), not a kunya.
* SHARED NAMES: a reviewer reads the page. "Asked about the queues at meter workshops, Deshmane said the
  RTO would hold ..." is the officer, not the driver who spoke last; "Rahman said" in the van puller's
  paragraph is "Mohammad Abdur Rahman", not the director whose name holds "Rahman"; "Tamang said she had
  been told ..." is the sweeper, not the committee's coordinator; "Mr Lim said" after "Madam Lim" is the
  roaster; "Mr. Banda said his office ..." is the commissioner and "Mrs Banda said" the fritter seller;
  "Molefe said the council ..." is the chairman and "Mma Molefe said" the vendor; "Abdel-Rahman said" is
  the student, the clerk returning as "Sayed"; "Al-Khalayleh said the authority ..." is the spokesman, not
  the teacher; "Ashraf said his shop ..." is the grocer "K. P. Muhammed Ashraf", the Egyptian shopper
  returning as "Hegazy".
* PRONOUNS take the person the story means: "she said" after Munni's criticism is put to Moyeen is
  Moyeen, who answers; "she said" after Madam Lim and her friend is the friend; "She said Meme Ndapandula
  had told the strikers ..." is the filleter, naming the organiser inside.
* LIVE BLOG, NEWEST FIRST: "Kisaakye has told reporters at City Hall" (5:40pm) and "Hajji Kasozi says"
  (5:40pm and 4:15pm) resolve to "Dorothy Kisaakye Ssempijja" (10:10am) and "Sulaiman Kasozi" (8:00am);
  the cue leaves out the auxiliary ("told reporters at City Hall"), as in the recent sets; the headline's
  "KCCA says" carries the authority as the pinned summary names it.
* ACRONYMS, SHORT FORMS AND "It" resolve to the name as first given, article and capital as written
  there ("RTO says" and "the RTO said" -> "the Pune Regional Transport Office"; "DGHS says", "The DGHS
  said" and "it said" -> "the Directorate General of Health Services"; "KMC said" and "it said" ->
  "Kathmandu Metropolitan City"; "NEA said" -> "the National Environment Agency"; "it said" -> "the
  Maritime and Port Authority of Brunei Darussalam"; "KCCA says" -> "the Kampala Capital City
  Authority"; "CEKATDA said" -> "The Central Kampala Taxi Drivers' Association"; "The ERB said" and "It
  said" -> "the Energy Regulation Board"; "WAJ says" -> "the Water Authority of Jordan"; "MoCI says" and
  "it said" -> "the Ministry of Commerce and Industry"; "It said" -> "Nagrik Pravas Samiti", "The
  Ministry of Urban Development", "Kisenyi Park Managers Ltd.", "Wadi Rum Pipeline Services Co."); a
  generic noun is kept as written, and "it" after it resolves to the same noun ("the guild", "The
  company", "the company", "the authority", "The authority", "The corporation", "the union", "the
  ministry"); a descriptor before a proper name is dropped ("the city gas distributor Purvanchal City Gas
  Ltd.", "the commuters' forum Nagrik Pravas Samiti", "the state statistics agency CAPMAS"); a firm's
  point stays in the label ("Purvanchal City Gas Ltd.", "Al Waab Trading W.L.L."), bracketed acronyms
  are left out.
* DOCUMENTS AND GROUPS: "according to X" keeps X as written, the document rather than its author ("the
  release", "the circular", "the list", "the authority's notice", "a health ministry circular", "a notice
  in the Government Gazette", "a survey by the Kopitiam Operators' Guild", "the corporation's tariff
  schedule", "fares set by Cairo governorate in July", "commuters at the Kibuye roundabout", "residents and
  two tanker owners"); "Figures from the ministry's annual report show" keeps the figures with cue "show";
  groups and unnamed sources as written ("The protesters", "Police", "Boatmen", "Doctors at Teku's
  Sukraraj Tropical and Infectious Disease Hospital", "Meteorologists at the Department of Meteorological
  Services", "a booking clerk", "Its manager", "its owner", "A spokesperson for Sawaari Mobility Pvt.
  Ltd.").
* CUES keep a channel after the verb ("said in a circular issued on Saturday", "told The Sahyadri
  Chronicle", "said in a press release", "told reporters at the directorate in Mohakhali", "said by phone
  from Okharpauwa", "said in reply to queries", "said in Parliament", "told reporters at City Hall", "said
  in its monthly review", "told Lukanga Radio", "told Mokattam Wire", "said in a post on Facebook", "said
  in a post on X", "said in a statement") and other reporting verbs as written ("says", "say", "called",
  "expects", "expect", "finds", "blamed", "noted", "announced", "warned", "declined to comment", "asked",
  "wrote", "urged", "show"). "blamed" gives a causal claim ("W"); "warned" a threat and "urged" advice
  ("").
* FURNITURE IN PROSE is "B" sentence by sentence, whatever it says, a figure included: an editor's note
  correcting a fare ("Editor's note: An earlier version of this story gave the fare ... as ₹19." / "It is
  ₹19.50."), an updated-to-include line, a syndication or shared-article notice, an e-paper jump line
  and a parenthesis sending the reader to the editorial, subscription, WhatsApp and share appeals, a radio
  bulletin line and a feed reader's unread count.
* A SOCIAL POST is a page: the page name, the time line, hashtags, reaction and share counts, buttons,
  commenters' names, their time/reply lines and their comments (split into sentences) are "B"; the post's
  upper-case headline and text are flagged by content.
* AN E-PAPER JUMP ("Continued on Page 5", "Page 5 | CAPITAL", "GARBAGE FROM PAGE 3") is three "B" lines
  in mid-story; the story runs on after them.
* PRICES SET BY THE ONE WHO SELLS are of record, as in the recent sets (a stallholder's kopi price, a
  tanker driver's price for a load, a filling station's price, a bus company's price board); a buyer's own
  spending is not (an auto fare paid, a hospital bill, a family's groceries, bottled water, a boda ride).
* SCHEDULES SET BY THOSE WHO RUN THEM are of record (recalibration camps and their hours, a larvicide drive
  on Saturday, a drivers' meeting "at 9am tomorrow", a kgotla meeting "for 10am on Saturday", a meeting
  "on Wednesday at 10:00 hours", talks "at 10.00 on Thursday", the new water schedule), and so is a
  decision not to enforce a fine; what a body will do beyond that is a plan ("would hire 40 private
  trucks ... if the road stayed blocked", "would send free tankers", "would add 12 air-conditioned
  trains", "would ask the authority for a monthly pass").
* A QUOTE'S SENTENCE that states a checkable fact is "W" inside an otherwise "" quote ("“But CNG has gone
  up four times since January.”", "“A full tank for a 65-seater bus now costs K4,300.”", "“Hake quotas
  were cut by 12% this season,” Vorster said.").

Of record ("W"): fares, fees, fines, caps and prices set by those who run them (auto fares and a night
surcharge, a meter fine, a test-fee cap, a kopi price, water taxi fares and a school fare, a park fee and
its discount, bus and minibus fares, pump prices, a fixed charge, metro tickets, a subscription and a
fare-dodging fine, tanker prices and a ceiling, Ramadan caps and fines); counts, money and dates given by
officials, firms, groups and documents (meters and autos, admissions and deaths, beds and saline, court
fines, larvae found, tonnes of waste, households and compensation, sweepers and pay, stalls surveyed,
boatmen and licences, arrests, complaints, bowsers, rebates, a quota and exports, passengers a day,
subscribers, visits and violations, downloads); causal claims ("because aggregators set their own
prices", "caused by higher oil prices", "because it has its own fare of 20 pounds", "because many
residents now drive to town", "because traders there set their own prices", "Mr Lim blamed ..."); rules
and conditional rules (the printed-card rule, a second offence, a fare-card suspension, the Merchant
Shipping Order's limit, RTSA's licence rule, WUC's customer charter, the Labour Act, a cabinet decree,
the bylaw on unpaid bills, the Consumer Protection Law's fines); acts (a fare approved, a strike called,
an offer made, a gazette notice, a letter written, a post asking for an exemption); and scheduled events
set by those who run them. Not worth checking (""): feelings, opinions and characterisations; forecasts
and expectations ("expects", "could come later this year", "by Sunday at the latest"); plans, promises,
requests still to be made and what an offer WOULD do; advice, appeals and threats; questions and
question subheads; a person's own counts and costs; scenes; captions that only describe; table rows; a
live blog's welcome.

And where sentences end: firm suffixes that END one before a capital ("Purvanchal City Gas Ltd." / "The
company said ..."; "Meghna Infusions Ltd." / "The company said ..."; "Pvt. Ltd." / "All rights
reserved."; "Chop Tai Guan Coffee Pte Ltd." / "The company supplies ..."; "Sungai Kedayan Marine
Supplies Sdn Bhd." / "Its manager ..."; "Sdn Bhd." / "All rights reserved."; "Kisenyi Park Managers
Ltd." / "It said ..."; "Tlokweng Civils (Pty) Ltd." / "The company declined to comment."; "Walvis
Netmenders CC." / "Its owner ..."; "Nile Gate Ticketing S.A.E." / "The company said ..."; "Wadi Rum
Pipeline Services Co." / "It said ..."; "Gulf Crest Provisions W.L.L." / "The company said ...";
"Mokattam Wire." / "All rights reserved.") and that do not ("Sawaari Mobility Pvt. Ltd., which", "Dhaka
Tidings Publications Ltd. from Kawran Bazar", "Bagmati Publishing Pvt. Ltd., Tinkune", "Bayfront Press
Pte. Ltd. 2027", "Chibwe Coaches (Z) Ltd. showed", "Benguela Hake Processors (Pty) Ltd, the largest",
"Al Waab Trading W.L.L., which"); a surname with points that ends one sentence and opens the next
("Sunita K.C." / "She said ..."; "K.C. said ..."); initials, titles and abbreviations mid-sentence ("R. K.
Deshmane", "A.K.M. Saiful Alam", "K. P. Muhammed Ashraf", "Md. Mushfiqur", "Smt. Shobha", "Prof.
Anagha", "Kg. Sungai Kebun", "Kg. Tamoi Tengah", "Kg. Ayer", "Hon. Moses", "Eng. Patrick", "Eng.
Hossam", "Eng. Omar", "Mr. Chanda", "Mnr. Dirk", "Dr. Mwangala", "Dr. Rania", "Dr. Noura", "on Oct. 28,
the company said", "on Al Sadd St. for 17 years", "Regd. No. 212/061-62", "13 hrs news", "3.2% p.a."),
and an editor's note that ends on a figure ("... as ₹19." / "It is ₹19.50."); times mid-sentence ("5 a.m.
will stay", "from 9 a.m. to 6 p.m. except on Sundays", "at 5.15 a.m. to be", "8:00am", "9am", "5am",
"10am", "10:00 hours", "06:00", "05:30", "10.00", "by 11 hours this morning"); decimals and currencies
("₹19.50", "₹92.40", "Tk 31.6 lakh", "Tk 1.12 lakh", "Rs 2.5 lakh", "Rs 41 crore", "S$1.40", "3.1 per
cent", "B$2", "Shs150,000", "K30.10", "P24.50", "N$3,180", "JD17.5", "350 fils", "QR12.50", "1,200g");
quotes split after a question and a quote that is one sentence with a question inside ("“Will the
driver show me the card?" / "No,” she said."; "“I borrowed from my brother." / "What else could I do?”
she said."; the wire's straight-quoted question with a colon inside, one sentence with "Abdel-Rahman
said."; "“Who decided ...?” she asked."; "“Would the managers take 6% ...?” she asked.");
a Setswana quote and its translation in one sentence; colons and semicolons that never split (headlines,
standfirsts, "The strike is legal: ...", quotes, a shared-article notice); brackets inside a sentence
("(black coffee with sugar)", "(village head)", "(Mokattam Wire)") against a parenthesis that is a
sentence of its own ("(For more on the landfill dispute, see the editorial on Page 6.)"); datelines that
belong to their lead ("KATHMANDU, May 27 –", "CAIRO, Nov 4 (Mokattam Wire) -"); wire bullets and table
rows, one sentence each.

The pages hold 535 sentences: 187 "B", 185 "W" and 163 ""; 283 sentences carry a speaker (134
distinct speakers, page by page; 128 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in the manner of
the pages (not copied from them), 20 that must split and 10 that must not.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their
docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of
paragraphs (a pasted page's lines, so every masthead, menu, crumb, byline, date line, share line,
caption, credit, time stamp, page marker, jump line, table row, reaction line, comment and legal line is
a paragraph of its own, except that a caption and a credit pasted in one line are two sentences of one
paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line, whatever it says, never with a speaker; a caption by its content and its
credit "B"; tables pasted as lines with a "B" title, header row and source line and "" data rows;
headlines and standfirsts are never split and are flagged by content, their "says" or "finds" carrying
the source as the body first names it; a dateline belongs to its lead sentence; a person is named in
full as first given, without titles, degrees or roles, a pronoun or surname resolving to that name; a
quote over several sentences carries its speaker and cue in each; a body acting with no verb of saying
carries no speaker (the RTA's approval, the drivers' associations calling a strike, the ministry setting
a catch, a contractor reprogramming gates).

Written from scratch for issue 13 in round sixty-four as a HELD-OUT set, never tuned on, and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was
opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README;
no engine, scorer or test was run (only the brief's structural check and ruff), and nothing was committed.
What was read: the brief; the module docstrings and first articles of `labelled_new.py` and
`labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`;
and the module docstrings, `STYLES`, a few pages and the `CASES` of `labelled_new183.py` and
`labelled_new184.py`. Coined names were checked for freshness against the capitalised words of those two
files: six outlet and publisher words ("Times", "Pulse", "Herald", "Daily", "Media", "Television"), four
firm words ("Capital", "Systems", "Poultry", "Net") and seven name parts ("Ali", "Abdul", "Saad",
"Fawaz", "Hassan", "Kim", and "Abu" inside a patronymic), and in the split cases "Lee", "Net", "Systems"
and "Poultry", hit and were replaced before the file was written; only common words, titles ("Eng",
"Dr", "Prof", "Mr", "Mrs", "Ms", "St", and "Abu" as a kunya), months, days, initials and real places and
bodies ("Capital" in the Kampala Capital City Authority, "Souq", "Tropical", "Gazette") still hit.

Every person, outlet, aggregator, feed reader, radio and TV station, publisher, firm, supplier,
contractor, park manager, roaster, brokerage, union, association, guild, forum, committee, statement,
circular, notice, survey, post, comment, quote and figure is invented, and so are the small institutions
(The Sahyadri Chronicle, Purvanchal City Gas Ltd., Sawaari Mobility Pvt. Ltd., the Pune Autorickshaw
Drivers' Sangh, Nagrik Pravas Samiti, Dhaka Tidings, Meghna Infusions Ltd., The Bagmati Ledger, the
Kathmandu Municipal Sweepers' Union, Newsgarden, Bayfront Business Review, the Kopitiam Operators' Guild,
Chop Tai Guan Coffee Pte Ltd., Tanjong Pagar Asset Managers, The Tamu Crier, Sungai Kedayan Marine
Supplies Sdn Bhd., Lubiri TV, the Central Kampala Taxi Drivers' Association, Kisenyi Park Managers Ltd.,
Lukanga Radio 98.1 FM, the Kabwe Bus Operators Association, Chibwe Coaches (Z) Ltd., The Kgalagadi
Mirror, Tlokweng Civils (Pty) Ltd., The Walvis Tideline, the Coastal Fishworkers' Union of Namibia,
Benguela Hake Processors (Pty) Ltd, Walvis Netmenders CC, Kuiseb Stockbrokers, Mokattam Wire, Nile Gate
Ticketing S.A.E., The Citadel Observer, Wadi Rum Pipeline Services Co., Feedwell, Dohalink, Al Waab
Trading W.L.L., Gulf Crest Provisions W.L.L. and the like). Real countries, regions, cities, towns,
villages, districts, streets, rivers, markets, jetties, hospitals, universities, ministries, agencies,
authorities, councils, courts, police forces, statistics offices, central banks, laws and other public
bodies appear only as settings, with invented statements and figures: Pune, Pimpri-Chinchwad, Baramati,
Kasba Peth, Swargate, Phulenagar, Alandi Road, Mumbai, Sassoon General Hospital, the College of
Engineering Pune, the Regional Transport Authority and the Pune Regional Transport Office; Dhaka,
Mohakhali, Jatrabari, Dhanmondi, Kawran Bazar, Chattogram, Barishal, Mugda Medical College Hospital,
Jahangirnagar University, the Directorate General of Health Services, the health ministry and the Dhaka
North and Dhaka South city corporations; Kathmandu, Nuwakot, Bancharedanda, Sisdol, Okharpauwa, Kakani,
Dharmasthali, Teku, Asan, Kalimati, Tinkune, the Bishnumati, Sukraraj Tropical and Infectious Disease
Hospital, Kathmandu Metropolitan City, the Ministry of Urban Development, the Department of Hydrology and
Meteorology and the Solid Waste Management Act, 2011; Singapore, Toa Payoh, Bedok, Redhill Lane,
Chinatown Complex Food Centre, Vietnam, Brazil, the Department of Statistics, the National Environment
Agency, the Ministry of Trade and Industry and Parliament; Bandar Seri Begawan, Kampong Ayer, Kg. Sungai
Kebun, Kg. Bolkiah, Kg. Tamoi Tengah, the Kianggeh jetty, Tamu Kianggeh, the Sungai Kebun bridge, the
Maritime and Port Authority of Brunei Darussalam and the Merchant Shipping Order, 2002; Kampala,
Kisenyi, Nakasero, Nateete, Mulago, Entebbe, the Kibuye roundabout, the Old and New Taxi Parks, Buganda
Road Court, the Uganda Gazette, Parliament, the Kampala Capital City Authority and the Kampala
Metropolitan Police; Kabwe, Lusaka, Kapiri Mposhi, Makululu, Katondo, Ndola, the Energy Regulation Board,
the Energy Regulation Act, the Road Transport and Safety Agency, the University of Zambia and the Zambia
Statistics Agency; Gaborone, Mogoditshane, Tsolamosese, Gabane, Tlokweng, Ramotswa, the Water Utilities
Corporation, the Kweneng District Council, the Ministry of Health and the Department of Meteorological
Services; Walvis Bay, Kuisebmond, Lüderitz, Sam Nujoma Avenue, the Erongo region, the Office of the Labour
Commissioner, the Ministry of Fisheries and Marine Resources, the Ministry of Labour, Industrial
Relations and Employment Creation, the Government Gazette, the Labour Act of 2007 and the Bank of Namibia;
Cairo, Helwan, Sadat station, Ain Shams University, Cairo University, the Cairo Metro, the Egyptian
Company for Metro Management and Operation, the Minister of Transport, Cairo governorate and CAPMAS;
Amman, Zarqa, Russeifa, Awajan, Jabal Tareq, Al Zawahreh, Al Hashemiyya, New Zarqa, Qatraneh, Batrawi
Street, Zarqa Governmental Hospital, the Disi water conveyor, the Water Authority of Jordan, the Ministry
of Water and Irrigation, the Department of Statistics and the Jordan Meteorological Department; and Doha,
Al Sadd, Al Gharrafa, Souq Waqif, Qatar University, the Ministry of Commerce and Industry and the Consumer
Protection Law.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Indian NATIONAL ENGLISH DAILY\'S CITY PAGE (Pune), desktop browser paste, a FARE RISE with INITIALS, "Smt." and "Prof.", A NICKNAME, TWO UNRELATED DESHMANES, A FRONT-PAGE CORRECTION IN PROSE AND A "Ltd." THAT ENDS A SENTENCE: Pune\'s minimum autorickshaw fare rises from ₹26 to ₹29 from Monday. Head: masthead with ePaper and sign-in, menu, crumb (all "B"); headline with a semicolon, never split ("W"); standfirst "..., RTO says, ..." (a rule, "W", carrying "the Pune Regional Transport Office" as the body first gives it, cue "says"); a bare byline, a place/updated line, a follow line and a share line ("B"); a caption "" and its bracketed credit ("B"). Body: the fare approved (an act, no speaker, "W"); the per-km fare and the night surcharge with "5 a.m." mid-sentence "the Pune Regional Transport Office (RTO) said in a circular issued on Saturday" (channel in the cue, "W"); "Regional transport officer R. K. Deshmane" (role dropped, initials kept, "W") and "he said" the printed-card rule (a CONDITIONAL RULE, "W"); the recalibration deadline (no speaker, "W") and a fine "according to the circular" (the document as written, "W"); "Deshmane told The Sahyadri Chronicle" ("") and the quote\'s second sentence, a checkable fact ("W"); the CNG price "according to the city gas distributor Purvanchal City Gas Ltd." (descriptor dropped, the point kept) ENDING a sentence before "The company said another revision was “not on the cards” ..." (a forecast, "", generic noun kept); "Advertisement" and "Story continues below this ad" mid-story ("B"); the drivers\' union\'s opinion (""); its general secretary "Dnyaneshwar Bhimrao Shinde, whom drivers at the station stand call Mauli" (a letter of record, "W"), "said Mauli" (the nickname resolving, "") and "He said" a decision still to come (""); an also-read line ("B"); the commuters\' forum ("called", "") and "It said" a survey (resolving to "Nagrik Pravas Samiti", "W"); "Smt. Shobha Kulkarni" ("Smt." dropped, her own fare, ""), a quote split after a QUESTION ("“Will the driver show me the card?" / "No,” she said.", both carrying her) and its last sentence (""); a driver "Sachin Deshmane, ..., not related to the officer," and "he said" (""); a question subhead ""; "the RTO said" app fares with a causal "because" (the acronym resolving, "W"); "A spokesperson for Sawaari Mobility Pvt. Ltd., which ..." (no split, a plan, ""); a WhatsApp appeal in prose ("B"); a professor ("Prof." dropped, "expects", "") and "She said" a past fall in trips ("W"); "Asked about the queues ..., Deshmane said" recalibration camps from June 21 (the OFFICER, not the driver who spoke last, a schedule set by those who run it, "W") and "he said" hours "from 9 a.m. to 6 p.m. except on Sundays" ("W"). Tail: an editor\'s note correcting the per-km fare in two sentences, tags, a first-published line, a two-sentence comments notice, a top-stories label and two headlines, and a copyright line split at "Pvt. Ltd." before "All rights reserved." (all "B").',
    'Bangladeshi ONLINE NEWS PORTAL (Dhaka), PHONE BROWSER paste, a DENGUE COUNT with "Md." AND "A.K.M." IN NAMES, "Prof Dr" AND "Brig Gen" STACKS, TWO UNRELATED RAHMANS, TWO WOMEN OFFICIALS AND A DOCUMENT CITED BY ITSELF: 1,214 dengue admissions in 24 hours, the highest this year. Head: a menu/masthead/search line, an open-in-app line, a section label (all "B"); headline with a semicolon ("W"); standfirst "..., DGHS says" ("W", carrying "the Directorate General of Health Services"); a staff byline, a published/updated line and a text-size/share line ("B"); a caption "" and its credit ("B"). Body: admissions "in the 24 hours to 8:00am on Wednesday" "the Directorate General of Health Services (DGHS) said in a press release" (channel in the cue, "W") and "it said" deaths ("W"); "according to the release" (the document as written, not its author, "W"); a Google News line in prose ("B"); "Prof Dr Md. Mushfiqur Rahman Talukder" ("Prof Dr" dropped, "Md." KEPT as part of the name) "told reporters at the directorate in Mohakhali" a characterisation (""), "He said" the share of cases ("W") and a quote (""); the hospital director "Dr A.K.M. Saiful Alam" named AFTER his count ("W"), "Alam said" ("") and saline bought from "Meghna Infusions Ltd." ENDING a sentence before "The company said ..." (both "W"); a van puller "Mohammad Abdur Rahman" in a scene (no speaker, ""), "Rahman said" (the FATHER, not the director, whose name holds "Rahman" too, "") and his own spending (""); a read-more line and "ADVERTISEMENT" mid-story ("B"); "The Dhaka North City Corporation (DNCC) said" fines of "Tk 31.6 lakh" ("W") and a CONDITIONAL RULE on second offences ("W", no speaker); the chief health officer ("Brig Gen" dropped, "Kazi Farhana Moyeen") with a drive on Saturday (a schedule set by those who run it, "W") and "She expects" (""); an entomologist ("Sharmin Akter Munni") with a forecast (""), a survey ("W") and a quote with a semicolon (""); "Asked about Munni\'s criticism of fogging, Moyeen said" ("W") and "she said" after two women (MOYEEN, who answers, ""); a question subhead ""; "The DGHS said" hospitals treating dengue (the acronym resolving, "W"); a mother\'s own bill in "Tk 1.12 lakh" (""), her quote split before a QUESTION ("“I borrowed from my brother." / "What else could I do?” she said.", both ""); the NS1 test cap "according to a health ministry circular" ("W"). Tail: topics, a related label and two headlines, a follow line, an editor/publisher line with "Dhaka Tidings Publications Ltd. from Kawran Bazar" (no split), a copyright line and a back-to-top line (all "B").',
    'Nepali BROADSHEET\'S E-PAPER (Kathmandu), text copied from the e-paper viewer across TWO PAGES with its JUMP LINE, a GARBAGE CRISIS with "K.C." AS A SURNAME THAT ENDS AND OPENS SENTENCES, TWO TAMANGS, A NICKNAME WITH "didi", A GROUP THAT "SAYS" AND A BIKRAM SAMBAT DATE: Kathmandu\'s garbage uncollected for a sixth day as villagers block the road to the Bancharedanda landfill. Head: masthead with "ePaper", an edition line with a Gregorian and a Bikram Sambat date, a page label and the viewer\'s buttons (all "B"); headline of record "W"; standfirst "Metropolis says ...; villagers want ..." (semicolon kept, "W", carrying "Kathmandu Metropolitan City" as the lead first names it); an upper-case byline ("B"); a caption "" and its credit ("B"). Body: the dateline lead "KATHMANDU, May 27 –" "Kathmandu Metropolitan City (KMC) said on Thursday" ("W") and "it said" the daily tonnage ("W"); the department chief ("Rabin Man Shrestha", "W"), "Shrestha said" over two sentences (""); the blockade "on Saturday, Jestha 8," (no speaker, "W"); "The protesters say" (the group as written, "W"); the struggle committee\'s coordinator "Dil Bahadur Tamang" ("W") and "he said by phone from Okharpauwa" over two sentences (channel in the cue, ""); a PARENTHESIS that is furniture ("(For more on the landfill dispute, see the editorial on Page 6.)", "B"); "Continued on Page 5", the new page\'s label and the jump slug "GARBAGE FROM PAGE 3" (all "B"); "The Ministry of Urban Development said in a statement" money released ("W") and "It said" payments would start (a promise, ""); "Dil Bahadur Tamang said" (""); sweepers "said the president of the Kathmandu Municipal Sweepers\' Union, Sunita K.C." (named AFTER the claim, "K.C." ENDING the sentence, "W"), "She said" pay ("W") and "K.C. said" OPENING a sentence ("W"); a scene introducing "Maiya Tamang ... call her Maiya didi" (no speaker, ""), "said Maiya didi" (the honorific form resolving, "") and "Tamang said she had been told ..." (MAIYA TAMANG, by the "she", not the coordinator, ""); "Doctors at Teku\'s Sukraraj Tropical and Infectious Disease Hospital said" (the group as written, "W"); a crosshead ""; the spokesperson "Nabin Manandhar-Karki" with a CONDITIONAL PLAN and a capacity estimate (""); the weather department ("expects", ""); a tea-shop owner\'s own closing and a quote over two sentences (anecdote, ""); the Act\'s fine ("Act, 2011, a person ...", a rule, "W") and "KMC said it would not impose the fines ..." (a decision by those who enforce them, "W"). Tail: clip, share and page-navigation lines, a printer\'s line with "Pvt. Ltd.," mid-sentence, a registration line "Regd. No. 212/061-62" and a copyright line (all "B").',
    'Singapore BUSINESS PAPER\'S ARTICLE SYNDICATED ON A NEWS AGGREGATOR, desktop paste from the aggregator\'s page, a PRICE SURVEY with CHINESE NAMES FAMILY NAME FIRST, "Mr", "Madam" AND "Ms", A MALAY "binte" NAME, A SPEAKER NAMED AFTER HIS CLAIM, A "Pte Ltd." THAT ENDS A SENTENCE AND "Mr Lim" AGAINST "Madam Lim": kopi prices up 10 to 20 cents at four in 10 hawker drinks stalls. Head: the aggregator\'s name and menu, a source/time line and a syndication notice in prose (all "B"); headline of record "W"; standfirst "Guild survey finds ..." ("W", carrying "the Kopitiam Operators\' Guild", cue "finds"); byline and date line ("B"); a caption "" and an upper-case credit ("B"). Body: the finding "according to a survey by the Kopitiam Operators\' Guild" (as written, "W"); "The guild said" the survey\'s size ("W", generic noun kept) and "it said" the median price with a parenthesis inside ("W", the same generic noun); the chairman ("Mr" dropped, "Tan Ah Huat", an opinion "") and "Mr Tan said" (""); bean prices "said Mr Kelvin Lim Boon Keat, managing director of the roaster Chop Tai Guan Coffee Pte Ltd." (named AFTER the claim, "Pte Ltd." ENDING the sentence, "W") before "The company supplies about 900 stalls, he said." ("W"); "He said" a price rise ("W") and "Mr Lim blamed" harvests and the currency (a causal claim, cue "blamed", "W"); hawker food prices "according to the Department of Statistics" ("W"); a sponsored label, an advertisement with "p.a." and "Continue reading below" mid-story ("B"); the agency\'s tenancy rule "the National Environment Agency (NEA) said in reply to queries" (channel in the cue, "W") and "NEA said it would “continue to monitor” ..." (the acronym resolving, a plan ""); "At Blk 85 Redhill Lane, retiree Madam Lim Siew Eng" (her own habit, ""), "Madam Lim said" (""), her friend "Madam Rosnah binte Karim" (her own stall\'s price, "") and "she said" after two women (ROSNAH, "" ); a stallholder "Mr Goh Choon Seng" with the price he set on Oct 1 (a price set by the one who runs the stall, "W") and "he said, laughing" (cue "said", ""); an economist ("Ms" dropped, "expects", "") and "She noted" a percentage ("W", cue "noted"); "The Ministry of Trade and Industry said in Parliament" (a stance, ""); "Mr Lim said" (KELVIN LIM, not Madam Lim, a forecast "") and his quote (""). Tail: an original-article link, a more-from label and two headlines, a disclaimer and a report line, and a copyright line with "Pte. Ltd. 2027" (no split, all "B").',
    'Bruneian FREE COMMUNITY NEWSPAPER\'S WEBSITE (Bandar Seri Begawan), PRINT VIEW paste, a FARE RISE with MALAY NAMES WITH "bin" AND "binti", TITLE STACKS ("Awang Haji", "Dayang Hajah", "Pengiran Haji") AND RETURNS BY TITLE AND GIVEN NAME ("Haji Zulkarnain", "Dayang Norhayati", "Pengiran Mohd Rizal"), A NICKNAME WITH "Pak", TWO "Dayang"s AND "Kg." MID-SENTENCE: water taxi fares across the Brunei River double to B$2 from August 1. Head: the print URL, masthead, a print/close line (all "B"); headline of record "W"; byline and date line ("B"); a caption "" and its upper-case credit ("B"). Body: the fare "the Maritime and Port Authority of Brunei Darussalam (MPABD) announced on Thursday" (cue "announced", "W") and "it said" longer trips with "Kg. Sungai Kebun, Kg. Bolkiah" (no split, "it" resolving to the name as first given, "W"); the meeting "according to the authority\'s notice" ("W"); the association\'s chairman ("Awang Haji" dropped, "Zulkarnain bin Sulaiman", "W"), "Haji Zulkarnain said" (the title and given name resolving, "") and "He said" licensed boatmen ("W"); the acting director ("Dayang Hajah" dropped, "Norhayati binti Abdullah") with the fare-card rule, a CONDITIONAL RULE on suspensions and the register ("W" three times); a page marker "— Page 1 of 2 —" mid-story ("B"); the village head ("Pengiran Haji" dropped, "Mohd Rizal bin Othman", with "(village head)" and "Kg. Tamoi Tengah" mid-sentence, ""), "Pengiran Mohd Rizal said" with a family\'s sum ("") and "He said" a request still to be made (""); "Asked about a pass, Dayang Norhayati said" a school-uniform fare ("W"); a kuih seller "Dayang Siti Aminah binti Yusof" (her own crossings, a quote and a plan, "" three times, "she said" being the seller); a scene introducing "Jaini bin Tahir, ..., whom passengers ... call Pak Jaini" (no speaker, ""), "said Pak Jaini" (resolving, "") and the quote\'s second sentence (""); a WhatsApp appeal to readers in prose ("B"); "the authority said" tours are not covered ("W", generic noun kept); the Merchant Shipping Order\'s limit (a rule, "W"); fuel sold by "Sungai Kedayan Marine Supplies Sdn Bhd." ENDING a sentence before "Its manager, who asked not to be named, said ..." (the first "W" with no speaker, the second "W" with "Its manager" as written); "Haji Zulkarnain expects" (""); a question subhead ""; "Boatmen say" a causal fall in passengers (the group as written, "W"); "Haji Zulkarnain said" figures not kept ("W") and "he said" (""). Tail: "— Page 2 of 2 —", a printed-from line and a copyright line split at "Sdn Bhd." before "All rights reserved." (all "B").',
    'Ugandan PRIVATE TV STATION\'S LIVE BLOG (Kampala), desktop browser paste, NEWEST ENTRY FIRST, a TAXI STRIKE with RETURNS BY SURNAME AND BY "Hajji" WHOSE FULL NAMES COME ONLY IN OLDER ENTRIES BELOW, "Hon.", "ASP" AND "Eng." BEFORE NAMES, A "Ltd." THAT ENDS A SENTENCE AND A GROUP THAT "SAYS": day one of a Kampala taxi strike over a Shs150,000 monthly park fee. Head: masthead, menu, "● LIVE" (all "B"); headline "LIVE: ...; KCCA says fee stays" ("W", carrying "the Kampala Capital City Authority" as the pinned summary names it); a last-updated line and "Pinned" ("B"); the pinned summary (no speaker, "W"). Entries under "B" time stamps in "5:40pm" style, with "Key event" and "Posted by" lines ("B"): 5:40pm "Kisaakye has told reporters at City Hall" (the SURNAME resolving to "Dorothy Kisaakye Ssempijja", named in full only at 10:10am; cue "told reporters at City Hall", the auxiliary left out; a fee and its discount, "W"), "she said" ("") and "Hajji Kasozi says" (resolving to "Sulaiman Kasozi", named in full only at 8:00am, ""); 4:15pm a meeting "at 9am tomorrow", "Hajji Kasozi says" (a meeting set by those who called the strike, "W") and "Hon. Moses Kigozi-Lwanga" ("Hon." dropped, a plan "") with "he said" (""); 2:05pm "Police say" (the group as written, "W"), a deputy spokesperson ("ASP" dropped, "Juliet Auma Okello", a court date "W") and "she said" (""); 12:30pm a scene (""), a nurse\'s own boda fare and her quote ("" twice) and taxi fares "according to commuters at the Kibuye roundabout" ("W"); 10:10am the executive director in full ("W" twice) and a plan for the money ("", "She said"), the park manager ENDING "Kisenyi Park Managers Ltd." before "It said ..." (both "W", "It" resolving to the firm) and the engineering director ("Eng." dropped, "W"); 8:00am the strike called (an act, no speaker, "W"), "Its chairman, Hajji Sulaiman Kasozi," with fees ("W"), a quote ("") and "CEKATDA said in a statement" (the acronym resolving to "The Central Kampala Taxi Drivers\' Association", "W"); 6:45am a welcome ("") and a WhatsApp appeal ("B"). Tail: a load-more line, a watch-live line in prose and a copyright line with "Ltd. | Privacy | Terms" (one "B" line).',
    'Zambian COMMUNITY RADIO STATION\'S FACEBOOK POST (Kabwe), desktop paste of the post WITH ITS REACTIONS AND COMMENTS, a FUEL AND FARE RISE with "Mr." WITH A POINT, TWO UNRELATED BANDAS TOLD APART BY "Mr." AND "Mrs", A TEKNONYM GIVEN AS THE ONLY NAME AND A DRIVER WHO GIVES ONLY HIS FIRST NAME: the Kabwe–Lusaka bus fare rises from K120 to K140 after the ERB raises pump prices. Head: the page name and a time/audience line ("B"); the post\'s upper-case headline of record ("W"). Post: the fare rise (no speaker, "W"); "The ERB said in its monthly review" pump prices with decimals (the acronym resolving to "the Energy Regulation Board", channel in the cue, "W"), "It said" a causal "caused by" ("W") and the monthly review rule (no speaker, "W"); "Mr. Chanda Mwelwa Mulenga, chairperson of ..., told Lukanga Radio" ("Mr." dropped, the station in the cue, "W"), "Mr. Mulenga said" a feeling ("") and the quote\'s second sentence, a checkable cost ("W", cue "said"), and "He said" another fare ("W"); a price board at "Chibwe Coaches (Z) Ltd. showed" (no split, no speaker, "W") and "a booking clerk said" ("W"); "a charcoal trader who gave her name only as Bana Chileshe, meaning Chileshe\'s mother" (the teknonym the label, a plan "") and "she said" (her own takings, ""); the district commissioner ("Joseph Kalaba Banda") with complaints "by 11 hours this morning" ("W"), "He warned" (a threat, "", cue "warned") and the RTSA rule (a CONDITIONAL RULE, no speaker, "W"); "Mrs Eness Banda, ..., not related to the district commissioner," ("" twice, "Mrs Banda said" being her) and "Mr. Banda said his office would meet bus operators on Wednesday at 10:00 hours." (the COMMISSIONER, told apart by "Mr.", a meeting set by those who run it, "W"); minibus fares (no speaker, "W") and "said a minibus driver who gave only his first name, Mutale" (the given name the label, ""); an economist ("Dr." dropped, "expects", ""), "She said" a basket weight ("W") and her quote (""). Post furniture in prose: a share appeal and a bulletin line with "13 hrs" ("B"); hashtags ("B"). Below the post: reactions, comment and share counts, buttons, a sort line, two commenters\' names, their comments split into sentences ("Who is checking the ERB?"; "... at Sopa bus." / "Mr. Mulenga must check his members."), their time/like/reply lines, a more-comments line and the comment box (all "B").',
    'Botswana WEEKLY NEWSPAPER\'S AMP PAGE (Gaborone), AMP paste, a WATER CUT with SETSWANA HONORIFICS "Rre", "Mma" AND "Kgosi", TWO UNRELATED MOLEFES TOLD APART BY "Rre" AND "Mma", A SETSWANA QUOTE WITH ITS TRANSLATION IN ONE SENTENCE AND A "(Pty) Ltd." THAT ENDS A SENTENCE: Mogoditshane\'s taps dry for a ninth day after a main bursts at Gabane. Head: AMP address, masthead, crumb (all "B"); headline of record "W"; standfirst "..., Water Utilities Corporation says" ("W", carrying "the Water Utilities Corporation" as the lead first gives it); byline, a date/read-time line and a share line ("B"); a caption "" and an upper-case credit ("B"). Body: "the Water Utilities Corporation (WUC) said" ("W") and "The corporation said" bowsers (generic noun kept, "W"); the head of communications ("Mma" dropped, "Boitumelo Kebonang-Sechele") with a repair forecast (""), the cause "a road contractor, Tlokweng Civils (Pty) Ltd." ENDING a sentence ("W") before "The company declined to comment." ("", generic noun kept) and a plan to bill it (""); "Rre Kabelo Motsumi" ("Rre" dropped, his own ward\'s bowser, "") and "“Ga re na metsi, ga re na sepe,” he said, “We have no water, we have nothing.”" (one sentence, ""); "Mma Onalenna Molefe" (her own spending and a quote, ""); "the Kweneng District Council\'s chairman, Rre Tebogo Molefe, who is no relation," (a letter of record, "W") and "Molefe said the council would ask ..." (the CHAIRMAN, by the council, a plan ""); "ADVERTISEMENT" and a WhatsApp offer in prose mid-story ("B"); "Kgosi Lesedi Sebego" ("Kgosi" dropped, a kgotla meeting "for 10am on Saturday", a meeting set by the one who called it, "W") and "he said" (""); the customer charter (a CONDITIONAL RULE, no speaker, "W") and the fixed charge "according to the corporation\'s tariff schedule" ("W"); an opposition councillor ("called", "") and "She said" a report before the burst ("W"); "the Ministry of Health said" ("W"); "Meteorologists at the Department of Meteorological Services expect" (the group as written, cue "expect", ""); a question subhead ""; "Kebonang-Sechele said" a plan ("") and "She said" past rebates ("W"); "Mma Molefe said" (ONALENNA MOLEFE, told apart from "Rre" Tebogo, a plan "") and "she said" (""). Tail: a related label and two headlines, a full-site link and a copyright line with "(Pty) Ltd" (all "B").',
    'Namibian COASTAL DAILY\'S WEBSITE (Walvis Bay), READER-MODE paste, a STRIKE with OSHIWAMBO NAMES AND THE HONORIFIC "Meme", AN AFRIKAANS "Mnr." AND "Oom", A RANK DROPPED, A PRONOUN AFTER A WOMAN WHO NAMES ANOTHER, A "CC." THAT ENDS A SENTENCE AND A COLON THAT NEVER SPLITS: 1,200 workers strike at a Walvis Bay hake factory over a 6% offer. Head as reader mode leaves it: the domain, headline of record "W", byline, date and reading-time lines ("B"); a standfirst of three parts joined by semicolons, never split ("W", no speaker); a caption "" and its credit ("B"). Body: the strike "the Coastal Fishworkers\' Union of Namibia (CFUN) said" with "(Pty) Ltd," mid-sentence ("W"); "The strike is legal: ..." (one sentence, no speaker, "W"); the organiser ("Meme" dropped, "Ndapandula Shikongo-Iipinge", "W") and "Meme Ndapandula said" (the honorific and given name resolving, ""); the HR manager ("Mnr." dropped, "Dirk Jacobus Vorster") with the offer made (an act of record, "W"), what it WOULD do ("", "He said"), a quote stating a quota cut ("W", "Vorster said"), its second sentence ("") and a past loss ("W"); the catch limit "according to a notice in the Government Gazette" ("W"); an also-read line and a two-sentence subscription appeal mid-story ("B"); a filleter "Ndeshipanda Haufiku" with "5.15 a.m. to be" mid-sentence (her own day, ""), "she said" ("") and "She said Meme Ndapandula had told the strikers ..." (HAUFIKU, who names the organiser inside, ""); a scene introducing "Frederik Maasdorp, ..., whom the filleting lines call Oom Frikkie" (no speaker, ""), "said Oom Frikkie" (resolving, "") and the quote\'s second sentence with a semicolon (""); "Police said" (the group as written, "W") and the coordinator ("Deputy Commissioner" dropped, "Ileni Amukoto-Nashandi", "W"); "A spokesperson for the Ministry of Labour, Industrial Relations and Employment Creation said" a conditional offer (""); the Labour Act\'s rule ("W") and "Vorster said the company would keep the freezers running ..." (a plan, ""); nets mended by "Walvis Netmenders CC." ENDING a sentence before "Its owner, Petrus Gariseb, said ..." (the first "W", the second his own staff, ""); an economist ("expects", "") and hake exports "according to the Bank of Namibia" ("W"); talks "at 10.00 on Thursday, the union said" (generic noun kept, "W"), the strike-fund rule ("W", no speaker), "Shikongo-Iipinge said" (a stance, "") and her QUESTION before "she asked." (""). Tail: an updated-to-include line in prose, a view-original line and a copyright line (all "B").',
    'Egyptian NEWS AGENCY\'S ENGLISH WIRE COPY (Cairo), pasted from its SUBSCRIBER FEED, a FARE RISE with STRAIGHT QUOTES, "Eng." AND "Dr.", TWO UNRELATED ABDEL-RAHMANS (A FAMILY NAME IN ONE NAME, A MIDDLE PART IN THE OTHER), AN HONORIFIC NICKNAME AND AN "S.A.E." THAT ENDS A SENTENCE: Cairo Metro fares rise by up to 25% from Friday. Head: service line, slug/update line, filed/priority line (all "B"); headline of record "W"; three bullets ("W"), one "..., operator says" carrying "the Egyptian Company for Metro Management and Operation" as the lead names it. Body: the dateline lead "CAIRO, Nov 4 (Mokattam Wire) -" with the operator "which runs the network\'s three lines, said on Thursday" ("W"); the fares "the company said in a statement" (generic noun kept, "W"); "ECM spokesman Eng. Hossam Fathy El-Gammal told Mokattam Wire" a causal "because" ("Eng." dropped, the agency in the cue, "W"), "El-Gammal said" (""), "he said" subscriptions unchanged (a rule, "W") and "He said" new trains (a plan, ""); the fine and the airport branch "the company said" and "it said" (the same generic noun, "W" twice); the last rise (no speaker, "W"), a subscription price "according to the company\'s website" ("W"), the cabinet decree\'s approval rule ("W") and "The ministry approved the new fares on Oct. 28, the company said." (no split at "Oct.", "W"); a clerk "Mohamed Abdel-Rahman Sayed" and "Sayed said" (his own costs, ""); a student "Nour Abdel-Rahman, ..., not related to him," ("") and "“Everyone in the queue was asking the same thing: will the subscription go up next?” Abdel-Rahman said." in straight quotes (NOUR, one sentence with a colon and a question inside, ""); a scene introducing "Saber Abdel-Aal Morsi ... commuters call him Am Saber" (no speaker, "") and "said Am Saber" (resolving, ""); microbus fares "according to fares set by Cairo governorate in July" ("W"); an MP "said in a post on Facebook" (an act, "W") and "he wrote" (cue "wrote", ""); a related-coverage line in brackets mid-story ("B"); inflation "according to the state statistics agency CAPMAS" (descriptor dropped, "W"); gates reprogrammed by "Nile Gate Ticketing S.A.E." ENDING a sentence before "The company said ..." (both "W"); an economist ("Dr." dropped, "expects", "") and her quote (""); passengers a day "the company said" ("W") and "El-Gammal said the operator expected ..." (a forecast, ""). Tail: a reporting/editing credit, a contact line in double brackets, keywords, a copyright line split at "Mokattam Wire." before "All rights reserved." and a redistribution line in prose (all "B").',
    'Jordanian ENGLISH DAILY\'S ARTICLE SHARED FROM ITS APP and FORWARDED ON WHATSAPP (Amman desk, Zarqa story), app-share paste, a WATER SCHEDULE CUT with "Eng.", A KUNYA ("Abu Fadi") AGAINST A FAMILY NAME THAT BEGINS WITH "Abu" ("Abu Rumman"), TWO UNRELATED AL-KHALAYLEHS AND A "Co." THAT ENDS A SENTENCE: Zarqa households to get water 24 hours a week instead of 36 until the end of August. Head: a forwarded label, a shared-from line, a section label (all "B"); headline of record "W"; standfirst "..., WAJ says; ..." (semicolon kept, "W", carrying "the Water Authority of Jordan"); byline and date line ("B"); a shared-article notice in prose, two sentences, the second with a semicolon ("B"). Body: the schedule "the Water Authority of Jordan (WAJ) said on Sunday" (a schedule set by those who run it, "W"), "The authority said" a causal cut ("W", generic noun kept) and "It expects ..." (a forecast, "", "It" resolving to the same generic noun); "WAJ spokesman Eng. Omar Salameh al-Khalayleh" ("Eng." dropped, "W"), "Al-Khalayleh said" ("") and "He said" ("W"); the contractor ENDING "Wadi Rum Pipeline Services Co." before "It said the work had started on July 30 ..." (both "W", "It" resolving to the firm); a related line mid-story ("B"); tanker prices "according to residents and two tanker owners" ("W"), a filling station\'s price in "fils" "its owner said" ("W", as written) and the ministry\'s ceiling (a rule, "W", no speaker); "Mahmoud Odeh, ..., known across Russeifa as Abu Fadi," with his own price for a load (a price set by the one who sells it, "W") and "said Abu Fadi" (the kunya resolving, ""); "Rania Khalil al-Khalayleh, ..., not related to the spokesman," (""), "she said" ("") and her QUESTION before "she asked." (""); "Al-Khalayleh said the authority would send free tankers ..." (the SPOKESMAN, by the authority, a plan ""); a WhatsApp-channel line in prose ("B"); "Zarqa MP Nidal Abu Rumman said in a post on X" (an act, "W") and "Abu Rumman said" (the family name, not a kunya, "W"); "Figures from the ministry\'s annual report show" (cue "show", "W"); population "according to the Department of Statistics" ("W"); the bylaw\'s CONDITIONAL RULE ("W"); the weather department ("expects", ""); a question subhead ""; "The authority urged" (advice, "") and "Abu Fadi said" a shop price ("W") and "he said" (""). Tail: a read-in-app link, an app-store line and a P.O. Box line (all "B").',
    'Qatari EXPAT COMMUNITY NEWS SITE READ IN AN RSS FEED READER (Doha), feed-reader paste, a PRICE CAP with A PRICE TABLE, INITIALS ("K. P."), "St." ENDING NOTHING, AN ARABIC "al-" NAME RETURNING AS "Al-", TWO ASHRAFS (A GIVEN NAME AGAINST A FAMILY NAME), A SPEAKER NAMED AFTER HIS QUOTE WITH A KUNYA, AND "W.L.L." BOTH MID-SENTENCE AND ENDING ONE: Ramadan price caps on 900 goods take effect on Sunday. Head: the reader\'s name, a feed crumb and its buttons (all "B"); headline "..., MoCI says" ("W", carrying "the Ministry of Commerce and Industry"); a source/byline/age line ("B"). Body: the caps "the Ministry of Commerce and Industry (MoCI) said in a statement on Wednesday" (channel in the cue, "W") and "it said" the list ("W"); two caps "according to the list" ("W"); a PRICE TABLE (title, header and source "B", four rows "" with "1.8 litres" and "1,200g"); the consumer protection director ("Jassim Hamad Rashid al-Marri") with inspections ("W"), a CONDITIONAL RULE on fines "Al-Marri said" ("W") and "he said" (""); "Advertisement" mid-story ("B"); "K. P. Muhammed Ashraf, who has managed a grocery on Al Sadd St. for 17 years," (initials kept, no split at "St.", "") and "Ashraf said" (""); "Ashraf Fawzy Hegazy" with his own spending and "Hegazy said" (""); "Ashraf said his shop would put the ministry\'s list up ..." (the GROCER, for whom "Ashraf" is the name he goes by, a plan ""); "Al Waab Trading W.L.L., which runs ..., said" a price cut (no split, "W", the point kept in the label); chicken imported by "Gulf Crest Provisions W.L.L." ENDING a sentence before "The company said ..." (both "W"); dates not on the list with a causal "because" ("W", no speaker); a two-sentence WhatsApp appeal mid-story ("B"); "“The ministry\'s app is good; you scan the shelf ...,” said Rashid Mubarak al-Kuwari, a retired teacher who asked to be called Abu Hamad." (named AFTER the quote, a semicolon that never splits, ""), "Al-Marri said" downloads ("W") and "Abu Hamad said" (the kunya resolving, ""); an economist ("Dr." dropped, "expects", "") and "She said" last year\'s food prices ("W"); the reporting channels "the ministry said" (generic noun kept, "W"). Tail: an open-original line, tags, a found-in line, an unread-count line in prose and a copyright line (all "B").',
]

ARTICLES = [
    [
        [
            ("THE SAHYADRI CHRONICLE   ePaper   Subscribe   Sign in", "", "", "B"),
        ],
        [
            (
                "India   World   Cities   Business   Sport   Entertainment   Opinion   Explained",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › Cities › Pune", "", "", "B"),
        ],
        [
            (
                "Pune auto fares go up by ₹3 from Monday; minimum fare now ₹29 for the first 1.5 km",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Meters must be recalibrated by July 31, RTO says, and until then drivers will charge from a printed card",
                "the Pune Regional Transport Office",
                "says",
                "W",
            ),
        ],
        [
            ("Aditi Ranade-Mascarenhas", "", "", "B"),
        ],
        [
            ("Pune | Updated: June 13, 2027 21:40 IST", "", "", "B"),
        ],
        [
            ("Follow Us", "", "", "B"),
        ],
        [
            ("Share   WhatsApp   Facebook   X   Copy link", "", "", "B"),
        ],
        [
            (
                "Autorickshaws queue for passengers outside Pune railway station on Saturday.",
                "",
                "",
                "",
            ),
            ("(Photo: Sahyadri Chronicle/Neeraj Borkar-Pinto)", "", "", "B"),
        ],
        [
            (
                "The minimum autorickshaw fare in Pune, Pimpri-Chinchwad and Baramati will rise from ₹26 to ₹29 for the first 1.5 km from Monday, after the Regional Transport Authority (RTA) approved the first fare revision in five years at a meeting on Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Each further kilometre will cost ₹19.50 instead of ₹17, and the night surcharge between midnight and 5 a.m. will stay at 25%, the Pune Regional Transport Office (RTO) said in a circular issued on Saturday.",
                "the Pune Regional Transport Office",
                "said in a circular issued on Saturday",
                "W",
            ),
        ],
        [
            (
                "Regional transport officer R. K. Deshmane said about 61,000 autorickshaws were registered in the RTA's area, of which about 44,000 had electronic meters.",
                "R. K. Deshmane",
                "said",
                "W",
            ),
            (
                "Until a meter is recalibrated, the driver must charge from a printed fare card issued by the RTO and show it to the passenger if asked, he said.",
                "R. K. Deshmane",
                "said",
                "W",
            ),
        ],
        [
            ("Recalibration must be done by July 31.", "", "", "W"),
            (
                "A driver found with an old meter after that date will be fined ₹1,000, according to the circular.",
                "the circular",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“We did not want to raise fares in the middle of the monsoon,” Deshmane told The Sahyadri Chronicle.",
                "R. K. Deshmane",
                "told The Sahyadri Chronicle",
                "",
            ),
            (
                "“But CNG has gone up four times since January.”",
                "R. K. Deshmane",
                "told The Sahyadri Chronicle",
                "W",
            ),
        ],
        [
            (
                "CNG in Pune costs ₹92.40 a kg, up from ₹84.90 in January, according to the city gas distributor Purvanchal City Gas Ltd.",
                "Purvanchal City Gas Ltd.",
                "according to",
                "W",
            ),
            (
                "The company said another revision was “not on the cards” this year.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Story continues below this ad", "", "", "B"),
        ],
        [
            (
                "The Pune Autorickshaw Drivers' Sangh, the largest of the city's three rickshaw unions, said the increase was too small to cover what drivers now spend on gas, insurance and permits.",
                "The Pune Autorickshaw Drivers' Sangh",
                "said",
                "",
            ),
        ],
        [
            (
                "Its general secretary, Dnyaneshwar Bhimrao Shinde, whom drivers at the station stand call Mauli, said the union had asked for a minimum fare of ₹32 in a letter to the RTA on March 3.",
                "Dnyaneshwar Bhimrao Shinde",
                "said",
                "W",
            ),
            (
                "“Three rupees does not pay for the tea at the stand,” said Mauli.",
                "Dnyaneshwar Bhimrao Shinde",
                "said",
                "",
            ),
            (
                "He said the union would decide on Wednesday whether to join a one-day strike called by drivers' groups in Mumbai.",
                "Dnyaneshwar Bhimrao Shinde",
                "said",
                "",
            ),
        ],
        [
            (
                "Also Read | Pune Metro's Swargate–Katraj line to open in August, says MahaMetro",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The commuters' forum Nagrik Pravas Samiti called the rise “unfair to people who have no other way to reach hospitals and offices”.",
                "Nagrik Pravas Samiti",
                "called",
                "",
            ),
            (
                "It said a survey of 1,120 passengers by its volunteers in May found that 38% had been refused a ride at least once that month.",
                "Nagrik Pravas Samiti",
                "said",
                "W",
            ),
        ],
        [
            (
                "Smt. Shobha Kulkarni, 67, a retired schoolteacher who takes an auto to Sassoon General Hospital twice a week, said her trip from Kasba Peth had cost ₹74 last week.",
                "Shobha Kulkarni",
                "said",
                "",
            ),
            ("“Will the driver show me the card?", "Shobha Kulkarni", "said", ""),
            ("No,” she said.", "Shobha Kulkarni", "said", ""),
            ("“He will say the card is at home.”", "Shobha Kulkarni", "said", ""),
        ],
        [
            (
                "Sachin Deshmane, 41, who has driven from the Swargate stand for 16 years and is not related to the officer, said most of his passengers were college students.",
                "Sachin Deshmane",
                "said",
                "",
            ),
            ("“Students will walk to save three rupees,” he said.", "Sachin Deshmane", "said", ""),
        ],
        [
            ("What about app-based autos?", "", "", ""),
        ],
        [
            (
                "Fares on app-based services are not covered by the decision, because aggregators set their own prices under the state's 2025 aggregator policy, the RTO said.",
                "the Pune Regional Transport Office",
                "said",
                "W",
            ),
            (
                "A spokesperson for Sawaari Mobility Pvt. Ltd., which lists about 9,000 autos on its app in Pune, said the company had no plans to change its fares.",
                "A spokesperson for Sawaari Mobility Pvt. Ltd.",
                "said",
                "",
            ),
        ],
        [
            (
                "Click here to join The Sahyadri Chronicle's Pune channel on WhatsApp and get the day's top stories from the city.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Prof. Anagha Bapat, who studies urban transport at the College of Engineering Pune, expects auto trips to fall for a month or two and then recover.",
                "Anagha Bapat",
                "expects",
                "",
            ),
            (
                "She said trips had fallen by about 6% in the quarter after the last revision, in 2022.",
                "Anagha Bapat",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked about the queues at meter workshops, Deshmane said the RTO would hold recalibration camps at Phulenagar and on Alandi Road from June 21.",
                "R. K. Deshmane",
                "said",
                "W",
            ),
            (
                "Each camp will be open from 9 a.m. to 6 p.m. except on Sundays, he said.",
                "R. K. Deshmane",
                "said",
                "W",
            ),
        ],
        [
            (
                "Editor's note: An earlier version of this story gave the fare for each further kilometre as ₹19.",
                "",
                "",
                "B",
            ),
            ("It is ₹19.50.", "", "", "B"),
        ],
        [
            ("Tags: Pune | Autorickshaw | RTO | Fuel prices", "", "", "B"),
        ],
        [
            ("First published on: 13-06-2027 at 19:05 IST", "", "", "B"),
        ],
        [
            ("Comments are moderated and will appear after approval.", "", "", "B"),
            ("Please keep them civil.", "", "", "B"),
        ],
        [
            ("Top Stories", "", "", "B"),
        ],
        [
            ("Heavy rain alert for Pune ghats till Wednesday, says IMD", "", "", "B"),
        ],
        [
            ("Civic body to fine housing societies that skip waste segregation", "", "", "B"),
        ],
        [
            ("© 2027 Sahyadri Publications Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   DHAKA TIDINGS   🔍", "", "", "B"),
        ],
        [
            ("Open in app", "", "", "B"),
        ],
        [
            ("Bangladesh", "", "", "B"),
        ],
        [
            (
                "Dengue: 1,214 hospitalised in 24 hours, highest this year; six more deaths",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dhaka's two city corporations account for 61% of this year's cases, DGHS says",
                "the Directorate General of Health Services",
                "says",
                "W",
            ),
        ],
        [
            ("Staff Correspondent", "", "", "B"),
        ],
        [
            ("Published: 25 Aug 2027, 03:40 PM | Updated: 25 Aug 2027, 08:15 PM", "", "", "B"),
        ],
        [
            ("A-   A+   Share", "", "", "B"),
        ],
        [
            (
                "Relatives sit beside dengue patients in a corridor of Mugda Medical College Hospital on Wednesday.",
                "",
                "",
                "",
            ),
            ("Photo: Dhaka Tidings", "", "", "B"),
        ],
        [
            (
                "At least 1,214 people were admitted to hospitals with dengue in the 24 hours to 8:00am on Wednesday, the highest daily figure this year, the Directorate General of Health Services (DGHS) said in a press release.",
                "the Directorate General of Health Services",
                "said in a press release",
                "W",
            ),
            (
                "Six more patients died in the same period, taking this year's death toll to 187, it said.",
                "the Directorate General of Health Services",
                "said",
                "W",
            ),
        ],
        [
            (
                "Of the new patients, 743 were admitted in Dhaka, according to the release.",
                "the release",
                "according to",
                "W",
            ),
        ],
        [
            ("Follow Dhaka Tidings on Google News for the latest updates on dengue.", "", "", "B"),
        ],
        [
            (
                "Prof Dr Md. Mushfiqur Rahman Talukder, director of the DGHS's disease control unit, told reporters at the directorate in Mohakhali that the situation was “serious but not out of control”.",
                "Md. Mushfiqur Rahman Talukder",
                "told reporters at the directorate in Mohakhali",
                "",
            ),
            (
                "He said 61% of this year's 48,930 cases had been recorded in the areas of the Dhaka North and Dhaka South city corporations.",
                "Md. Mushfiqur Rahman Talukder",
                "said",
                "W",
            ),
            (
                "“If people keep water standing in flower tubs and on their roofs, no hospital can save them,” he said.",
                "Md. Mushfiqur Rahman Talukder",
                "said",
                "",
            ),
        ],
        [
            (
                "At Mugda Medical College Hospital, 412 dengue patients were being treated on Wednesday afternoon in a hospital of 500 beds, its director, Dr A.K.M. Saiful Alam, said.",
                "A.K.M. Saiful Alam",
                "said",
                "W",
            ),
            (
                "“We have put beds in the corridors and on the stair landings,” Alam said.",
                "A.K.M. Saiful Alam",
                "said",
                "",
            ),
            (
                "He said the hospital had twice run short of intravenous saline this month and had bought 6,000 bags from a private supplier, Meghna Infusions Ltd.",
                "A.K.M. Saiful Alam",
                "said",
                "W",
            ),
            (
                "The company said the hospital had paid Tk 95 a bag, the government rate.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mohammad Abdur Rahman, 52, a van puller from Jatrabari, has slept on the hospital floor beside his daughter since Sunday.",
                "",
                "",
                "",
            ),
            (
                "“They told me there was no bed, so I brought a mat,” Rahman said.",
                "Mohammad Abdur Rahman",
                "said",
                "",
            ),
            (
                "He said he had spent Tk 4,800 on tests and medicine in four days.",
                "Mohammad Abdur Rahman",
                "said",
                "",
            ),
        ],
        [
            (
                "Read more: Chattogram's Aedes larvae index above danger level in 9 wards",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The Dhaka North City Corporation (DNCC) said its mobile courts had fined 214 building owners a total of Tk 31.6 lakh since July 1 for keeping water in which Aedes larvae were found.",
                "The Dhaka North City Corporation",
                "said",
                "W",
            ),
            (
                "Under the corporation's mosquito control rules, an owner whose construction site is found with larvae a second time can be fined up to Tk 2 lakh.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "DNCC's chief health officer, Brig Gen Kazi Farhana Moyeen, said the corporation would start a 10-day larvicide drive in 18 wards on Saturday.",
                "Kazi Farhana Moyeen",
                "said",
                "W",
            ),
            (
                "She expects the number of cases to fall by the end of September if the drive works.",
                "Kazi Farhana Moyeen",
                "expects",
                "",
            ),
        ],
        [
            (
                "Entomologist Sharmin Akter Munni of Jahangirnagar University said the peak usually came in September and could come later this year because the rains had started late.",
                "Sharmin Akter Munni",
                "said",
                "",
            ),
            (
                "She said her team's survey in July had found Aedes larvae in 19% of the 3,000 houses it checked in Dhaka.",
                "Sharmin Akter Munni",
                "said",
                "W",
            ),
            (
                "“Fogging the streets in the evening is theatre; the larvae are in the buildings,” she said.",
                "Sharmin Akter Munni",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked about Munni's criticism of fogging, Moyeen said the DNCC now fogged only around hospitals and bus terminals.",
                "Kazi Farhana Moyeen",
                "said",
                "W",
            ),
            (
                "“Fogging is for the adult mosquito; we know that,” she said.",
                "Kazi Farhana Moyeen",
                "said",
                "",
            ),
        ],
        [
            ("Where are the beds?", "", "", ""),
        ],
        [
            (
                "The DGHS said 78 of the 144 public and private hospitals in Dhaka listed on its dengue dashboard were treating dengue patients on Wednesday.",
                "the Directorate General of Health Services",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nusrat Jahan Lima, whose 9-year-old son was discharged from a private hospital in Dhanmondi on Tuesday, said the bill had come to Tk 1.12 lakh for five days.",
                "Nusrat Jahan Lima",
                "said",
                "",
            ),
            ("“I borrowed from my brother.", "Nusrat Jahan Lima", "said", ""),
            ("What else could I do?” she said.", "Nusrat Jahan Lima", "said", ""),
        ],
        [
            (
                "The fee for a dengue NS1 test has been capped at Tk 300 in private hospitals and Tk 100 in public ones since 2023, according to a health ministry circular.",
                "a health ministry circular",
                "according to",
                "W",
            ),
        ],
        [
            ("Topics: Dengue | DGHS | DNCC | Health", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Dengue: what to do if your platelet count falls", "", "", "B"),
        ],
        [
            ("Barishal hospitals run out of dengue beds", "", "", "B"),
        ],
        [
            ("Follow us on Facebook, YouTube and X", "", "", "B"),
        ],
        [
            (
                "Editor: Anwarul Karim Bhuiyan | Published by Dhaka Tidings Publications Ltd. from Kawran Bazar, Dhaka-1215",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Dhaka Tidings", "", "", "B"),
        ],
        [
            ("Back to top", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BAGMATI LEDGER | ePaper", "", "", "B"),
        ],
        [
            ("Kathmandu Edition | Friday, May 28, 2027 | Jestha 14, 2084", "", "", "B"),
        ],
        [
            ("Page 3 | CAPITAL", "", "", "B"),
        ],
        [
            ("◄ Prev   Next ►   Zoom +  –   Clip   Download PDF", "", "", "B"),
        ],
        [
            (
                "Garbage piles up in the capital as landfill road stays blocked for sixth day",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Metropolis says no truck has reached Bancharedanda since Saturday; villagers want compensation promised in 2024",
                "Kathmandu Metropolitan City",
                "says",
                "W",
            ),
        ],
        [
            ("PRABIN SHAKYA-ROKA", "", "", "B"),
        ],
        [
            ("A garbage heap on the banks of the Bishnumati near Teku on Thursday.", "", "", ""),
            ("Photo: Keshav Thapaliya-Rai/THE BAGMATI LEDGER", "", "", "B"),
        ],
        [
            (
                "KATHMANDU, May 27 – Garbage trucks have not been able to reach the Bancharedanda landfill site in Nuwakot since Saturday, after residents of three villages near the site blocked the only road to it, Kathmandu Metropolitan City (KMC) said on Thursday.",
                "Kathmandu Metropolitan City",
                "said",
                "W",
            ),
            (
                "About 1,100 tonnes of waste a day from the capital and 17 other municipalities of the valley is normally taken to the site, it said.",
                "Kathmandu Metropolitan City",
                "said",
                "W",
            ),
        ],
        [
            (
                "KMC's environment management department chief, Rabin Man Shrestha, said the metropolis had asked its 32 ward offices on Tuesday to stop door-to-door collection until the road was open.",
                "Rabin Man Shrestha",
                "said",
                "W",
            ),
            ("“There is nowhere to put it,” Shrestha said.", "Rabin Man Shrestha", "said", ""),
            (
                "“If we collect it, it sits on the street in a truck instead of in a bag.”",
                "Rabin Man Shrestha",
                "said",
                "",
            ),
        ],
        [
            (
                "The blockade began on Saturday, Jestha 8, when about 200 villagers from Sisdol, Okharpauwa and Kakani parked tractors across the road at Dharmasthali.",
                "",
                "",
                "W",
            ),
            (
                "The protesters say the government has not paid the compensation it promised in 2024 to 312 households near the landfill.",
                "The protesters",
                "say",
                "W",
            ),
        ],
        [
            (
                "The coordinator of their struggle committee, Dil Bahadur Tamang, said each household had been promised Rs 2.5 lakh and a drinking-water connection.",
                "Dil Bahadur Tamang",
                "said",
                "W",
            ),
            (
                "“We have been hearing promises since 2005,” he said by phone from Okharpauwa.",
                "Dil Bahadur Tamang",
                "said by phone from Okharpauwa",
                "",
            ),
            (
                "“This time we want it in writing, or the trucks stay in Kathmandu.”",
                "Dil Bahadur Tamang",
                "said by phone from Okharpauwa",
                "",
            ),
        ],
        [
            ("(For more on the landfill dispute, see the editorial on Page 6.)", "", "", "B"),
        ],
        [
            ("Continued on Page 5", "", "", "B"),
        ],
        [
            ("Page 5 | CAPITAL", "", "", "B"),
        ],
        [
            ("GARBAGE FROM PAGE 3", "", "", "B"),
        ],
        [
            (
                "The Ministry of Urban Development said in a statement that Rs 41 crore had been released for the compensation in the current fiscal year.",
                "The Ministry of Urban Development",
                "said in a statement",
                "W",
            ),
            (
                "It said payments would start “within a month”.",
                "The Ministry of Urban Development",
                "said",
                "",
            ),
            (
                "Dil Bahadur Tamang said the committee had heard the same promise “at least four times”.",
                "Dil Bahadur Tamang",
                "said",
                "",
            ),
        ],
        [
            (
                "The metropolis employs about 1,400 sweepers, most of them on contract, said the president of the Kathmandu Municipal Sweepers' Union, Sunita K.C.",
                "Sunita K.C.",
                "said",
                "W",
            ),
            (
                "She said contract sweepers earned Rs 17,300 a month, the minimum wage.",
                "Sunita K.C.",
                "said",
                "W",
            ),
            (
                "K.C. said KMC had not supplied gloves or masks to sweepers since March.",
                "Sunita K.C.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Maiya Tamang, 44, has swept the lanes of Asan for the metropolis for 19 years, and the shopkeepers there call her Maiya didi.",
                "",
                "",
                "",
            ),
            (
                "“The shopkeepers bring their bags out at night now, and in the morning the dogs have opened them,” said Maiya didi.",
                "Maiya Tamang",
                "said",
                "",
            ),
            (
                "Tamang said she had been told to report for work on Saturday even if the trucks did not come.",
                "Maiya Tamang",
                "said",
                "",
            ),
        ],
        [
            (
                "Doctors at Teku's Sukraraj Tropical and Infectious Disease Hospital said they had seen 64 patients with diarrhoea since Sunday, against about 25 in a normal week.",
                "Doctors at Teku's Sukraraj Tropical and Infectious Disease Hospital",
                "said",
                "W",
            ),
        ],
        [
            ("Promises since 2005", "", "", ""),
        ],
        [
            (
                "KMC's spokesperson, Nabin Manandhar-Karki, said the metropolis would hire 40 private trucks to take waste to a temporary site at Teku if the road stayed blocked beyond Sunday.",
                "Nabin Manandhar-Karki",
                "said",
                "",
            ),
            (
                "He said the temporary site could hold about four days of the city's waste.",
                "Nabin Manandhar-Karki",
                "said",
                "",
            ),
        ],
        [
            (
                "The Department of Hydrology and Meteorology expects pre-monsoon showers in the valley from Sunday.",
                "The Department of Hydrology and Meteorology",
                "expects",
                "",
            ),
        ],
        [
            (
                "Ramesh Maharjan, who runs a tea shop beside a heap on the Bishnumati corridor at Kalimati, said he had closed at noon on Wednesday because of the smell.",
                "Ramesh Maharjan",
                "said",
                "",
            ),
            (
                "“Customers came, looked at the heap and went to the next shop,” he said.",
                "Ramesh Maharjan",
                "said",
                "",
            ),
            ("“The next shop is also beside a heap.”", "Ramesh Maharjan", "said", ""),
        ],
        [
            (
                "Under the Solid Waste Management Act, 2011, a person who dumps waste on the street can be fined Rs 5,000 to Rs 15,000.",
                "",
                "",
                "W",
            ),
            (
                "KMC said it would not impose the fines while the road was blocked.",
                "Kathmandu Metropolitan City",
                "said",
                "W",
            ),
        ],
        [
            ("Clip this article", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | Email", "", "", "B"),
        ],
        [
            ("« Page 4   Page 6 »", "", "", "B"),
        ],
        [
            (
                "Printed and published by Bagmati Publishing Pvt. Ltd., Tinkune, Kathmandu.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Regd. No. 212/061-62", "", "", "B"),
        ],
        [
            ("© The Bagmati Ledger 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("Newsgarden", "", "", "B"),
        ],
        [
            ("Home   For You   Singapore   Business   Lifestyle   Sign in", "", "", "B"),
        ],
        [
            ("Bayfront Business Review · 2 hours ago", "", "", "B"),
        ],
        [
            (
                "This article was first published in Bayfront Business Review and is republished here with permission.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kopi prices up 10 to 20 cents at 4 in 10 hawker drink stalls as bean costs climb",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Guild survey finds 104 of 260 stalls have raised prices since July, most by 10 to 20 cents",
                "the Kopitiam Operators' Guild",
                "finds",
                "W",
            ),
        ],
        [
            ("Jasmine Kwek Li Ting", "", "", "B"),
        ],
        [
            ("Published Tue, Oct 12, 2027 · 5:50 AM SGT", "", "", "B"),
        ],
        [
            ("A drinks stall assistant pulls kopi at a hawker centre in Toa Payoh.", "", "", ""),
            ("PHOTO: BAYFRONT BUSINESS REVIEW FILE", "", "", "B"),
        ],
        [
            (
                "More than four in 10 drinks stalls at Singapore's hawker centres and coffee shops have raised the price of a cup of kopi since July, most of them by 10 to 20 cents, according to a survey by the Kopitiam Operators' Guild.",
                "a survey by the Kopitiam Operators' Guild",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The guild said its volunteers had checked 260 stalls in 31 hawker centres and 40 coffee shops between Sept 20 and Oct 3, and found that 104 had put up prices.",
                "the guild",
                "said",
                "W",
            ),
            (
                "The median price of a cup of kopi-O (black coffee with sugar) was S$1.40, up from S$1.30 in a similar survey in March, it said.",
                "the guild",
                "said",
                "W",
            ),
        ],
        [
            (
                "The guild's chairman, Mr Tan Ah Huat, who has run a coffee stall in Bedok for 31 years, said many stallholders had held their prices for as long as they could.",
                "Tan Ah Huat",
                "said",
                "",
            ),
            (
                "“Nobody wants to be the first uncle in the centre to charge more,” Mr Tan said.",
                "Tan Ah Huat",
                "said",
                "",
            ),
        ],
        [
            (
                "Wholesale prices of robusta beans roasted for kopi have risen by about 38 per cent since January, said Mr Kelvin Lim Boon Keat, managing director of the roaster Chop Tai Guan Coffee Pte Ltd.",
                "Kelvin Lim Boon Keat",
                "said",
                "W",
            ),
            (
                "The company supplies about 900 stalls, he said.",
                "Kelvin Lim Boon Keat",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the firm had raised its price for a 3kg bag of kopi powder from S$38 to S$46 in two steps, in July and September.",
                "Kelvin Lim Boon Keat",
                "said",
                "W",
            ),
            (
                "Mr Lim blamed poor harvests in Vietnam and Brazil and a weaker Singapore dollar against the US dollar in the first half of the year.",
                "Kelvin Lim Boon Keat",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "Prices of hawker food rose 3.1 per cent in September from a year earlier, according to the Department of Statistics.",
                "the Department of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            ("Fixed deposit rates up to 3.2% p.a. – compare banks now", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            (
                "At hawker centres run by socially-conscious enterprise operators, each drinks stall must sell at least one hot drink at S$1 or less under its tenancy terms, the National Environment Agency (NEA) said in reply to queries.",
                "the National Environment Agency",
                "said in reply to queries",
                "W",
            ),
            (
                "NEA said it would “continue to monitor” prices at the centres it manages.",
                "the National Environment Agency",
                "said",
                "",
            ),
        ],
        [
            (
                "At Blk 85 Redhill Lane, retiree Madam Lim Siew Eng, 72, said she now drank her kopi-O kosong at home in the mornings.",
                "Lim Siew Eng",
                "said",
                "",
            ),
            (
                "“One dollar forty, every day, two cups – you count lah,” Madam Lim said.",
                "Lim Siew Eng",
                "said",
                "",
            ),
            (
                "Her friend, Madam Rosnah binte Karim, 69, said she had switched to teh-O, which was still S$1.20 at her usual stall.",
                "Rosnah binte Karim",
                "said",
                "",
            ),
            ("“Tea, coffee, same price soon,” she said.", "Rosnah binte Karim", "said", ""),
        ],
        [
            (
                "Mr Goh Choon Seng, 64, who runs a drinks stall at Chinatown Complex Food Centre, said he had raised kopi from S$1.30 to S$1.50 on Oct 1.",
                "Goh Choon Seng",
                "said",
                "W",
            ),
            (
                "“The regulars still call me Ah Seng, but now some call me Ah Expensive,” he said, laughing.",
                "Goh Choon Seng",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Deepa Raj Kumar, an economist at Tanjong Pagar Asset Managers, expects hawker food inflation to stay above 3 per cent until the middle of next year.",
                "Deepa Raj Kumar",
                "expects",
                "",
            ),
            (
                "She noted that a 10-cent rise on a S$1.30 cup was an increase of 7.7 per cent.",
                "Deepa Raj Kumar",
                "noted",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Trade and Industry said in Parliament last month that it had no plans to regulate hawker prices.",
                "The Ministry of Trade and Industry",
                "said in Parliament",
                "",
            ),
        ],
        [
            (
                "Mr Lim said he did not expect bean prices to fall before the next harvest.",
                "Kelvin Lim Boon Keat",
                "said",
                "",
            ),
            (
                "“If it rains properly in Vietnam next year, ask me again,” he said.",
                "Kelvin Lim Boon Keat",
                "said",
                "",
            ),
        ],
        [
            ("Read the original article on Bayfront Business Review.", "", "", "B"),
        ],
        [
            ("More from Bayfront Business Review", "", "", "B"),
        ],
        [
            ("Hawker centre tender prices hit five-year high", "", "", "B"),
        ],
        [
            ("Bubble tea chain to close 12 outlets by December", "", "", "B"),
        ],
        [
            ("Newsgarden is not responsible for the content of external sites.", "", "", "B"),
        ],
        [
            ("Report this article", "", "", "B"),
        ],
        [
            ("© Bayfront Press Pte. Ltd. 2027", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://www.tamucrier.com.bn/print/2027/07/17/water-taxi-fares-to-double",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE TAMU CRIER", "", "", "B"),
        ],
        [
            ("Print this page | Close window", "", "", "B"),
        ],
        [
            ("Water taxi fares across Sungai Brunei to double to B$2 from August 1", "", "", "W"),
        ],
        [
            ("By Azizah Ismail-Chua", "", "", "B"),
        ],
        [
            ("Saturday, July 17, 2027", "", "", "B"),
        ],
        [
            ("Water taxis wait for passengers at the Kianggeh jetty.", "", "", ""),
            ("PHOTO: AZIZAH ISMAIL-CHUA", "", "", "B"),
        ],
        [
            (
                "The fare for a water taxi crossing between Kampong Ayer and the Bandar Seri Begawan waterfront will rise from B$1 to B$2 a passenger from August 1, the Maritime and Port Authority of Brunei Darussalam (MPABD) announced on Thursday.",
                "the Maritime and Port Authority of Brunei Darussalam",
                "announced",
                "W",
            ),
            (
                "Trips to Kg. Sungai Kebun, Kg. Bolkiah and other villages further up the river will rise from B$2 to B$3, it said.",
                "the Maritime and Port Authority of Brunei Darussalam",
                "said",
                "W",
            ),
        ],
        [
            (
                "The new fares were agreed at a meeting with the water taxi operators' association on July 9 and are the first change since 2013, according to the authority's notice.",
                "the authority's notice",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The association's chairman, Awang Haji Zulkarnain bin Sulaiman, said the fare had not changed in 14 years while the price of outboard engine oil had doubled.",
                "Zulkarnain bin Sulaiman",
                "said",
                "W",
            ),
            (
                "“Most of our boatmen are over 50, and their sons do not want this work at B$1 a trip,” Haji Zulkarnain said.",
                "Zulkarnain bin Sulaiman",
                "said",
                "",
            ),
            (
                "He said the association had 214 licensed boatmen, down from about 400 in 2010.",
                "Zulkarnain bin Sulaiman",
                "said",
                "W",
            ),
        ],
        [
            (
                "The authority's acting director of port services, Dayang Hajah Norhayati binti Abdullah, said each licensed boat would have to display the new fare card at the bow from August 1.",
                "Norhayati binti Abdullah",
                "said",
                "W",
            ),
            (
                "A boatman who charges more than the fare on the card can have his licence suspended for up to three months, she said.",
                "Norhayati binti Abdullah",
                "said",
                "W",
            ),
            (
                "She said the authority had 186 water taxis on its register, and that 23 licences had lapsed since January.",
                "Norhayati binti Abdullah",
                "said",
                "W",
            ),
        ],
        [
            ("— Page 1 of 2 —", "", "", "B"),
        ],
        [
            (
                "Pengiran Haji Mohd Rizal bin Othman, the ketua kampung (village head) of Kg. Tamoi Tengah, said many residents crossed the river twice a day to work and to school in town.",
                "Mohd Rizal bin Othman",
                "said",
                "",
            ),
            (
                "“For a family of five, that is B$20 a day instead of B$10,” Pengiran Mohd Rizal said.",
                "Mohd Rizal bin Othman",
                "said",
                "",
            ),
            (
                "He said the village consultative council would ask the authority for a monthly pass for residents.",
                "Mohd Rizal bin Othman",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked about a pass, Dayang Norhayati said pupils in school uniform would continue to pay 50 cents.",
                "Norhayati binti Abdullah",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dayang Siti Aminah binti Yusof, 45, who sells kuih at the Tamu Kianggeh market, said she crossed the river four times a day with her trays.",
                "Siti Aminah binti Yusof",
                "said",
                "",
            ),
            (
                "“The boatman carries my kuih free, and now I will give him one every morning so that he keeps doing it,” she said.",
                "Siti Aminah binti Yusof",
                "said",
                "",
            ),
            (
                "She said she would buy fewer trays from her supplier in August.",
                "Siti Aminah binti Yusof",
                "said",
                "",
            ),
        ],
        [
            (
                "Jaini bin Tahir, 67, whom passengers at the Kianggeh jetty call Pak Jaini, has driven a water taxi since 1979.",
                "",
                "",
                "",
            ),
            (
                "“I have crossed this river maybe 200,000 times,” said Pak Jaini.",
                "Jaini bin Tahir",
                "said",
                "",
            ),
            (
                "“Some passengers will be angry for a week, and then they will forget.”",
                "Jaini bin Tahir",
                "said",
                "",
            ),
        ],
        [
            (
                "Readers with news from their kampong can WhatsApp the newsroom on 712 0000.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Boat tours of the mangroves, which each operator prices separately, are not covered by the new fares, the authority said.",
                "the authority",
                "said",
                "W",
            ),
            (
                "Under the Merchant Shipping Order, 2002, a water taxi may carry no more than eight passengers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Outboard fuel and oil at the floating station off Kg. Ayer are sold by Sungai Kedayan Marine Supplies Sdn Bhd.",
                "",
                "",
                "W",
            ),
            (
                "Its manager, who asked not to be named, said the price of a litre of two-stroke engine oil had risen from B$6 to B$12 since 2019.",
                "Its manager",
                "said",
                "W",
            ),
        ],
        [
            (
                "Haji Zulkarnain expects some boatmen who left the trade to come back once the new fares take effect.",
                "Zulkarnain bin Sulaiman",
                "expects",
                "",
            ),
        ],
        [
            ("Will the bridge take the passengers away?", "", "", ""),
        ],
        [
            (
                "Boatmen say passenger numbers have fallen since the Sungai Kebun bridge opened, because many residents now drive to town.",
                "Boatmen",
                "say",
                "W",
            ),
            (
                "Haji Zulkarnain said the association had not kept passenger figures before 2020.",
                "Zulkarnain bin Sulaiman",
                "said",
                "W",
            ),
            ("“We counted money, not people,” he said.", "Zulkarnain bin Sulaiman", "said", ""),
        ],
        [
            ("— Page 2 of 2 —", "", "", "B"),
        ],
        [
            ("Printed from The Tamu Crier on 17/07/2027 08:15", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Tamu Crier Publishing Sdn Bhd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("LUBIRI TV NEWS", "", "", "B"),
        ],
        [
            ("Home | News | Politics | Business | Sports | Watch Live", "", "", "B"),
        ],
        [
            ("● LIVE", "", "", "B"),
        ],
        [
            (
                "LIVE: Kampala taxis off the road over new Shs150,000 park fee; KCCA says fee stays",
                "the Kampala Capital City Authority",
                "says",
                "W",
            ),
        ],
        [
            ("Last updated: 5:52pm EAT, Monday, March 8, 2027", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            (
                "Most commuter taxis in Kampala have stayed off the road since dawn after drivers' associations called a strike against a new monthly park fee of Shs150,000 per taxi, which the Kampala Capital City Authority (KCCA) began charging on March 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("5:40pm", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            (
                "Kisaakye has told reporters at City Hall that the fee will stay, but that taxis which pay for three months in advance will get a 10% discount.",
                "Dorothy Kisaakye Ssempijja",
                "told reporters at City Hall",
                "W",
            ),
            (
                "“We have heard the drivers, and we have met them halfway,” she said.",
                "Dorothy Kisaakye Ssempijja",
                "said",
                "",
            ),
        ],
        [
            (
                "Hajji Kasozi says the discount is “an insult to men who have not worked all day”.",
                "Sulaiman Kasozi",
                "says",
                "",
            ),
        ],
        [
            ("Posted by Brenda Atuhaire-Kyeyune", "", "", "B"),
        ],
        [
            ("4:15pm", "", "", "B"),
        ],
        [
            (
                "Drivers will decide at a meeting at the Old Taxi Park at 9am tomorrow whether to go back to work, Hajji Kasozi says.",
                "Sulaiman Kasozi",
                "says",
                "W",
            ),
        ],
        [
            (
                "Hon. Moses Kigozi-Lwanga, an opposition MP who sits on Parliament's committee on physical infrastructure, said he would table a motion on Thursday asking the government to suspend the fee.",
                "Moses Kigozi-Lwanga",
                "said",
                "",
            ),
            (
                "“KCCA cannot tax the poorest workers in the city to pay for its gutters,” he said.",
                "Moses Kigozi-Lwanga",
                "said",
                "",
            ),
        ],
        [
            ("2:05pm", "", "", "B"),
        ],
        [
            (
                "Police say 14 people were arrested in Kisenyi and near Nakasero market after youths blocked roads with burning tyres.",
                "Police",
                "say",
                "W",
            ),
            (
                "Kampala Metropolitan Police deputy spokesperson ASP Juliet Auma Okello said those arrested would appear at Buganda Road Court on Wednesday charged with inciting violence.",
                "Juliet Auma Okello",
                "said",
                "W",
            ),
            (
                "“Nobody stops anyone from striking, but nobody will burn tyres in this city,” she said.",
                "Juliet Auma Okello",
                "said",
                "",
            ),
        ],
        [
            ("Posted by Brenda Atuhaire-Kyeyune", "", "", "B"),
        ],
        [
            ("12:30pm", "", "", "B"),
        ],
        [
            (
                "Our reporter at the Nateete stage found dozens of commuters walking towards the city centre.",
                "",
                "",
                "",
            ),
            (
                "Rose Nakato, a nurse at Mulago hospital, said she had paid Shs10,000 for a boda boda ride that usually costs Shs4,000.",
                "Rose Nakato",
                "said",
                "",
            ),
            ("“The boda men are the ones smiling today,” she said.", "Rose Nakato", "said", ""),
        ],
        [
            (
                "The few taxis running on the Entebbe road were charging Shs7,000 to Entebbe by noon instead of the usual Shs4,000, according to commuters at the Kibuye roundabout.",
                "commuters at the Kibuye roundabout",
                "according to",
                "W",
            ),
        ],
        [
            ("10:10am", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            (
                "KCCA executive director Dorothy Kisaakye Ssempijja said the park fee had been approved by the Authority's council in December and published in the Uganda Gazette on February 12.",
                "Dorothy Kisaakye Ssempijja",
                "said",
                "W",
            ),
            (
                "She said the Old and New Taxi Parks handled about 8,000 taxis a day.",
                "Dorothy Kisaakye Ssempijja",
                "said",
                "W",
            ),
            (
                "She said the fee would pay for new drainage and lighting in both parks.",
                "Dorothy Kisaakye Ssempijja",
                "said",
                "",
            ),
        ],
        [
            (
                "The Old Taxi Park is managed under a five-year contract by Kisenyi Park Managers Ltd.",
                "",
                "",
                "W",
            ),
            (
                "It said it collected loading fees on behalf of the drivers' associations and not for itself.",
                "Kisenyi Park Managers Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "KCCA's director of engineering, Eng. Patrick Ssali Mugwanya, said 40 new streetlights had been installed in the New Taxi Park in February.",
                "Patrick Ssali Mugwanya",
                "said",
                "W",
            ),
        ],
        [
            ("8:00am", "", "", "B"),
        ],
        [
            (
                "The Central Kampala Taxi Drivers' Association (CEKATDA) and two smaller groups called the strike on Sunday evening.",
                "",
                "",
                "W",
            ),
            (
                "Its chairman, Hajji Sulaiman Kasozi, said a taxi already paid Shs20,000 a day in loading fees to the park managers, and the new fee added about Shs5,000 a day for a taxi that worked every day of the month.",
                "Sulaiman Kasozi",
                "said",
                "W",
            ),
            (
                "“A driver who is sick for a week still pays KCCA for the whole month,” he said.",
                "Sulaiman Kasozi",
                "said",
                "",
            ),
            (
                "CEKATDA said in a statement that it had 11,400 registered drivers.",
                "The Central Kampala Taxi Drivers' Association",
                "said in a statement",
                "W",
            ),
        ],
        [
            ("6:45am", "", "", "B"),
        ],
        [
            (
                "Good morning and welcome to our live coverage of the taxi strike in Kampala.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Send us your pictures and videos on WhatsApp on 0772 000 000.", "", "", "B"),
        ],
        [
            ("Load more updates", "", "", "B"),
        ],
        [
            (
                "Watch Lubiri TV live on free-to-air channel 21 or on our YouTube channel.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Lubiri Broadcasting Ltd. | Privacy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("Lukanga Radio 98.1 FM", "", "", "B"),
        ],
        [
            ("3h · 🌍", "", "", "B"),
        ],
        [
            ("BUS FARES FROM KABWE TO LUSAKA GO UP TO K140", "", "", "W"),
        ],
        [
            (
                "Bus operators on the Kabwe–Lusaka route have raised the fare from K120 to K140 from today, Monday, after the Energy Regulation Board (ERB) increased fuel pump prices at midnight.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The ERB said in its monthly review that petrol would now cost K30.10 a litre, up from K28.62, and diesel K28.44, up from K27.05.",
                "the Energy Regulation Board",
                "said in its monthly review",
                "W",
            ),
            (
                "It said the increase was caused by higher oil prices and a weaker kwacha against the US dollar.",
                "the Energy Regulation Board",
                "said",
                "W",
            ),
            (
                "The board reviews pump prices at the end of every month under the Energy Regulation Act.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mr. Chanda Mwelwa Mulenga, chairperson of the Kabwe Bus Operators Association, told Lukanga Radio that the association agreed the new fare at a meeting on Saturday.",
                "Chanda Mwelwa Mulenga",
                "told Lukanga Radio",
                "W",
            ),
            (
                "“We did not want to do this,” Mr. Mulenga said.",
                "Chanda Mwelwa Mulenga",
                "said",
                "",
            ),
            (
                "“A full tank for a 65-seater bus now costs K4,300.”",
                "Chanda Mwelwa Mulenga",
                "said",
                "W",
            ),
            (
                "He said the fare from Kabwe to Kapiri Mposhi had gone up from K40 to K50.",
                "Chanda Mwelwa Mulenga",
                "said",
                "W",
            ),
        ],
        [
            (
                "A price board outside the booking office of Chibwe Coaches (Z) Ltd. showed K140 for all departures.",
                "",
                "",
                "W",
            ),
            (
                "Tickets for the 06:00 bus were sold out by 05:30, a booking clerk said.",
                "a booking clerk",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the main bus station, a charcoal trader who gave her name only as Bana Chileshe, meaning Chileshe's mother, said she would now send her bags to Lusaka on a truck.",
                "Bana Chileshe",
                "said",
                "",
            ),
            ("“K140 is what I make on two bags,” she said.", "Bana Chileshe", "said", ""),
        ],
        [
            (
                "Kabwe District Commissioner Joseph Kalaba Banda said his office had received 32 complaints about overcharging by 11 hours this morning.",
                "Joseph Kalaba Banda",
                "said",
                "W",
            ),
            (
                "He warned that operators charging more than the agreed fare would be reported to the Road Transport and Safety Agency (RTSA).",
                "Joseph Kalaba Banda",
                "warned",
                "",
            ),
            (
                "Under RTSA rules, an operator who charges more than the fare displayed on the bus can have its road service licence suspended.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mrs Eness Banda, who sells fritters at the station and is not related to the district commissioner, said fewer passengers had come through since morning.",
                "Eness Banda",
                "said",
                "",
            ),
            (
                "“By ten o'clock I had sold half of what I sell on a normal Monday,” Mrs Banda said.",
                "Eness Banda",
                "said",
                "",
            ),
            (
                "Mr. Banda said his office would meet bus operators on Wednesday at 10:00 hours.",
                "Joseph Kalaba Banda",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minibus fares within Kabwe town, from the bus station to Makululu and Katondo, went up from K10 to K12.",
                "",
                "",
                "W",
            ),
            (
                "“The passengers shout at us, not at the ERB,” said a minibus driver who gave only his first name, Mutale.",
                "Mutale",
                "said",
                "",
            ),
        ],
        [
            (
                "Economist Dr. Mwangala Sitali-Phiri of the University of Zambia expects the kwacha to hold steady until August.",
                "Mwangala Sitali-Phiri",
                "expects",
                "",
            ),
            (
                "She said transport had a weight of about 10% in the consumer price basket of the Zambia Statistics Agency.",
                "Mwangala Sitali-Phiri",
                "said",
                "W",
            ),
            (
                "“Every kwacha on a litre of diesel ends up on a plate of nshima,” she said.",
                "Mwangala Sitali-Phiri",
                "said",
                "",
            ),
        ],
        [
            (
                "Kindly share this post with your friends and family in Kabwe and Lusaka.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "📻 Listen to the full story in the 13 hrs news on Lukanga Radio 98.1 FM.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("#LukangaNews #Kabwe #FuelPrices", "", "", "B"),
        ],
        [
            ("👍❤️😡 1.2K", "", "", "B"),
        ],
        [
            ("214 comments   96 shares", "", "", "B"),
        ],
        [
            ("Like   Comment   Share", "", "", "B"),
        ],
        [
            ("Most relevant ▾", "", "", "B"),
        ],
        [
            ("Mwape Chisanga-Tembo", "", "", "B"),
        ],
        [
            ("Every month the same story.", "", "", "B"),
            ("Who is checking the ERB?", "", "", "B"),
        ],
        [
            ("2h   Like   Reply", "", "", "B"),
        ],
        [
            ("Kelvin Siame Mulonda", "", "", "B"),
        ],
        [
            ("From Lusaka they are charging K150 at Sopa bus.", "", "", "B"),
            ("Mr. Mulenga must check his members.", "", "", "B"),
        ],
        [
            ("1h   Like   Reply   3", "", "", "B"),
        ],
        [
            ("View more comments", "", "", "B"),
        ],
        [
            ("Write a comment…", "", "", "B"),
        ],
    ],
    [
        [
            ("amp.kgalagadimirror.co.bw", "", "", "B"),
        ],
        [
            ("THE KGALAGADI MIRROR", "", "", "B"),
        ],
        [
            ("News › National", "", "", "B"),
        ],
        [
            ("Mogoditshane taps dry for ninth day as WUC repairs burst main", "", "", "W"),
        ],
        [
            (
                "Burst 700mm main at Gabane cuts supply to 38,000 people in Mogoditshane and Tsolamosese, Water Utilities Corporation says",
                "the Water Utilities Corporation",
                "says",
                "W",
            ),
        ],
        [
            ("By Lorato Seabelo-Nkwe", "", "", "B"),
        ],
        [
            ("Friday, 10 September 2027 | 4 min read", "", "", "B"),
        ],
        [
            ("Share   Facebook   WhatsApp   X", "", "", "B"),
        ],
        [
            (
                "Residents of Mogoditshane's Block 8 fill containers from a water bowser on Wednesday.",
                "",
                "",
                "",
            ),
            ("PIC: ONKGOPOTSE RAMOTSWA-DIKGANG", "", "", "B"),
        ],
        [
            (
                "About 38,000 people in Mogoditshane and Tsolamosese have had no water from their taps since Wednesday last week, after a 700mm main burst at Gabane, the Water Utilities Corporation (WUC) said.",
                "the Water Utilities Corporation",
                "said",
                "W",
            ),
            (
                "The corporation said 14 bowsers were delivering water to 22 points in the two villages, each point twice a day.",
                "The corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "WUC's head of corporate communications, Mma Boitumelo Kebonang-Sechele, said repairs would be finished “by Sunday at the latest”.",
                "Boitumelo Kebonang-Sechele",
                "said",
                "",
            ),
            (
                "She said the main had been broken by an excavator working for a road contractor, Tlokweng Civils (Pty) Ltd.",
                "Boitumelo Kebonang-Sechele",
                "said",
                "W",
            ),
            ("The company declined to comment.", "The company", "declined to comment", ""),
            (
                "WUC would send the contractor the bill for the repairs, Kebonang-Sechele said.",
                "Boitumelo Kebonang-Sechele",
                "said",
                "",
            ),
        ],
        [
            (
                "Rre Kabelo Motsumi, 58, who lives in Block 8, said the bowser in his ward came at 5am and was empty by 6am.",
                "Kabelo Motsumi",
                "said",
                "",
            ),
            (
                "“Ga re na metsi, ga re na sepe,” he said, “We have no water, we have nothing.”",
                "Kabelo Motsumi",
                "said",
                "",
            ),
        ],
        [
            (
                "Mma Onalenna Molefe, who sells magwinya on the main road, said she had spent P300 on bottled water since the taps ran dry.",
                "Onalenna Molefe",
                "said",
                "",
            ),
            (
                "“I cannot fry with bowser water, it comes with sand,” she said.",
                "Onalenna Molefe",
                "said",
                "",
            ),
        ],
        [
            (
                "The chairman of the Kweneng District Council, Rre Tebogo Molefe, who is no relation, said the council had written to WUC on Monday asking it to compensate businesses and had received no answer.",
                "Tebogo Molefe",
                "said",
                "W",
            ),
            (
                "Molefe said the council would ask WUC for a second bowser point at the kgotla.",
                "Tebogo Molefe",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Get The Kgalagadi Mirror on WhatsApp every Friday by sending MIRROR to 71 000 000.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kgosi Lesedi Sebego of Mogoditshane said a kgotla meeting had been called for 10am on Saturday and that WUC had agreed to attend.",
                "Lesedi Sebego",
                "said",
                "W",
            ),
            (
                "“The people want to hear it from WUC's own mouth, not from Facebook,” he said.",
                "Lesedi Sebego",
                "said",
                "",
            ),
        ],
        [
            (
                "Under WUC's customer charter, a customer whose supply is cut for more than 72 hours without notice can claim a rebate on the fixed monthly charge.",
                "",
                "",
                "W",
            ),
            (
                "The fixed charge for a household connection is P24.50 a month, according to the corporation's tariff schedule.",
                "the corporation's tariff schedule",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The opposition councillor for Block 8, Keitumetse Ntshole-Ramasedi, called WUC's response “a disgrace”.",
                "Keitumetse Ntshole-Ramasedi",
                "called",
                "",
            ),
            (
                "She said residents had reported water seeping from the road at Gabane two hours before the main burst.",
                "Keitumetse Ntshole-Ramasedi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Mogoditshane clinic has been supplied from a WUC tanker since Thursday last week, the Ministry of Health said.",
                "the Ministry of Health",
                "said",
                "W",
            ),
        ],
        [
            (
                "Meteorologists at the Department of Meteorological Services expect temperatures of up to 36C in Gaborone and its surrounding villages this weekend.",
                "Meteorologists at the Department of Meteorological Services",
                "expect",
                "",
            ),
        ],
        [
            ("Who pays for the bottled water?", "", "", ""),
        ],
        [
            (
                "Kebonang-Sechele said WUC would look at claims from businesses “case by case”.",
                "Boitumelo Kebonang-Sechele",
                "said",
                "",
            ),
            (
                "She said the corporation had paid P1.2 million in rebates after a similar burst in Tlokweng in 2025.",
                "Boitumelo Kebonang-Sechele",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mma Molefe said she would bring her receipts to the kgotla.",
                "Onalenna Molefe",
                "said",
                "",
            ),
            ("“I kept every one,” she said.", "Onalenna Molefe", "said", ""),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("WUC to replace 40km of old pipes in Greater Gaborone", "", "", "B"),
        ],
        [
            ("Ramotswa residents protest over sewage spills", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("© 2027 Mirror Publishing Botswana (Pty) Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("walvistideline.com.na", "", "", "B"),
        ],
        [
            ("1,200 workers down tools at Walvis Bay hake factory over wage offer", "", "", "W"),
        ],
        [
            ("Elago Nangolo-Brandt", "", "", "B"),
        ],
        [
            ("Wednesday, 14 April 2027", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "Union wants N$4,500 minimum; company offered 6%; strike certificate issued in March",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Strikers sing outside the factory gate in the industrial area on Tuesday morning.",
                "",
                "",
                "",
            ),
            ("Photo: Elago Nangolo-Brandt", "", "", "B"),
        ],
        [
            (
                "About 1,200 workers at Benguela Hake Processors (Pty) Ltd, the largest hake factory in Walvis Bay, went on strike on Tuesday over wages, the Coastal Fishworkers' Union of Namibia (CFUN) said.",
                "the Coastal Fishworkers' Union of Namibia",
                "said",
                "W",
            ),
            (
                "The strike is legal: the Office of the Labour Commissioner issued a certificate of unresolved dispute on March 19 after conciliation failed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The union's regional organiser, Meme Ndapandula Shikongo-Iipinge, said workers on the filleting lines earned N$3,180 a month and wanted a minimum of N$4,500.",
                "Ndapandula Shikongo-Iipinge",
                "said",
                "W",
            ),
            (
                "“Nobody in Kuisebmond can pay rent, transport and school fees on N$3,180,” Meme Ndapandula said.",
                "Ndapandula Shikongo-Iipinge",
                "said",
                "",
            ),
        ],
        [
            (
                "The company's human resources manager, Mnr. Dirk Jacobus Vorster, said it had offered 6% from April 1 and a once-off payment of N$1,500.",
                "Dirk Jacobus Vorster",
                "said",
                "W",
            ),
            (
                "He said the offer would lift the lowest wage to N$3,370 a month.",
                "Dirk Jacobus Vorster",
                "said",
                "",
            ),
            (
                "“Hake quotas were cut by 12% this season,” Vorster said.",
                "Dirk Jacobus Vorster",
                "said",
                "W",
            ),
            (
                "“We cannot pay out money for fish we did not catch.”",
                "Dirk Jacobus Vorster",
                "said",
                "",
            ),
            (
                "He said the company had made a loss of N$18 million in the year to February.",
                "Dirk Jacobus Vorster",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Fisheries and Marine Resources set the total allowable catch for hake at 136,000 tonnes for the 2026/27 season, down from 154,000 tonnes, according to a notice in the Government Gazette.",
                "a notice in the Government Gazette",
                "according to",
                "W",
            ),
        ],
        [
            ("Also read: Lüderitz rock lobster season opens with lower quota", "", "", "B"),
        ],
        [
            ("The Walvis Tideline depends on its readers.", "", "", "B"),
            ("Subscribe from N$45 a month.", "", "", "B"),
        ],
        [
            (
                "Ndeshipanda Haufiku, 34, who has worked on a filleting line for 11 years, said she left home in Kuisebmond at 5.15 a.m. to be at the gate by six.",
                "Ndeshipanda Haufiku",
                "said",
                "",
            ),
            (
                "“Eleven years, and I still cannot buy a fridge,” she said.",
                "Ndeshipanda Haufiku",
                "said",
                "",
            ),
            (
                "She said Meme Ndapandula had told the strikers to bring their own food to the picket.",
                "Ndeshipanda Haufiku",
                "said",
                "",
            ),
        ],
        [
            (
                "Frederik Maasdorp, 61, a foreman whom the filleting lines call Oom Frikkie, stood with the strikers although, as a supervisor, he is not on strike.",
                "",
                "",
                "",
            ),
            (
                "“I came here in 1988 and I have never seen the lines this angry,” said Oom Frikkie.",
                "Frederik Maasdorp",
                "said",
                "",
            ),
            (
                "“The young ones have phones; they see what the managers drive.”",
                "Frederik Maasdorp",
                "said",
                "",
            ),
        ],
        [
            (
                "Police said about 300 strikers marched from the factory gate to the municipal offices on Sam Nujoma Avenue and handed over a petition.",
                "Police",
                "said",
                "W",
            ),
            (
                "The Erongo regional crime investigations coordinator, Deputy Commissioner Ileni Amukoto-Nashandi, said no arrests had been made.",
                "Ileni Amukoto-Nashandi",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Ministry of Labour, Industrial Relations and Employment Creation said the Labour Commissioner was ready to mediate if both sides asked.",
                "A spokesperson for the Ministry of Labour, Industrial Relations and Employment Creation",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Labour Act of 2007, an employer may not hire replacement labour during a legal strike.",
                "",
                "",
                "W",
            ),
            (
                "Vorster said the company would keep the freezers running with about 40 managers and supervisors.",
                "Dirk Jacobus Vorster",
                "said",
                "",
            ),
        ],
        [
            (
                "The nets for the company's two trawlers are mended by Walvis Netmenders CC.",
                "",
                "",
                "W",
            ),
            (
                "Its owner, Petrus Gariseb, said he had sent his six employees home until the strike ended.",
                "Petrus Gariseb",
                "said",
                "",
            ),
        ],
        [
            (
                "Economist Hilma Tjizu-Olivier of Kuiseb Stockbrokers expects the strike to cost the company about N$2 million a day in lost exports.",
                "Hilma Tjizu-Olivier",
                "expects",
                "",
            ),
            (
                "Hake made up about 55% of Namibia's fish exports by value last year, according to the Bank of Namibia.",
                "the Bank of Namibia",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Both sides are due to meet at the Labour Commissioner's office in Walvis Bay at 10.00 on Thursday, the union said.",
                "the union",
                "said",
                "W",
            ),
            (
                "Strikers receive N$50 a day from the union's strike fund under its constitution.",
                "",
                "",
                "W",
            ),
            (
                "Shikongo-Iipinge said the union would not call off the strike “for 6%”.",
                "Ndapandula Shikongo-Iipinge",
                "said",
                "",
            ),
            (
                "“Would the managers take 6% if their rent went up 10%?” she asked.",
                "Ndapandula Shikongo-Iipinge",
                "asked",
                "",
            ),
        ],
        [
            ("This article has been updated to include comment from the police.", "", "", "B"),
        ],
        [
            ("View original page", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Tideline Publishers (Pty) Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("MOKATTAM WIRE — ENGLISH SERVICE", "", "", "B"),
        ],
        [
            (
                "EGYPT-TRANSPORT/METRO (UPDATE 2, adds passenger comment, inflation figure)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Filed 2027-11-04 14:22 GMT | Priority: 3", "", "", "B"),
        ],
        [
            ("Cairo Metro raises ticket prices by up to 25% from Friday", "", "", "W"),
        ],
        [
            ("* Ticket for up to nine stations rises to 10 pounds from 8", "", "", "W"),
        ],
        [
            (
                "* Student and pensioner subscriptions unchanged, operator says",
                "the Egyptian Company for Metro Management and Operation",
                "says",
                "W",
            ),
        ],
        [
            ("* Last rise was in March 2024", "", "", "W"),
        ],
        [
            (
                "CAIRO, Nov 4 (Mokattam Wire) - Ticket prices on the Cairo Metro will rise by up to 25% from Friday, the Egyptian Company for Metro Management and Operation (ECM), which runs the network's three lines, said on Thursday.",
                "the Egyptian Company for Metro Management and Operation",
                "said",
                "W",
            ),
        ],
        [
            (
                "A ticket for up to nine stations will cost 10 Egyptian pounds instead of 8, one for 10 to 16 stations 12 pounds instead of 10, and one for longer trips 15 pounds instead of 12, the company said in a statement.",
                "the company",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "ECM spokesman Eng. Hossam Fathy El-Gammal told Mokattam Wire the rise was needed because electricity, which makes up about 40% of the network's running costs, had become more expensive twice this year.",
                "Hossam Fathy El-Gammal",
                "told Mokattam Wire",
                "W",
            ),
            (
                '"We held the prices for three and a half years while everything else went up," El-Gammal said.',
                "Hossam Fathy El-Gammal",
                "said",
                "",
            ),
            (
                "Monthly subscriptions for students, pensioners and people with disabilities will not change, he said.",
                "Hossam Fathy El-Gammal",
                "said",
                "W",
            ),
            (
                "He said the company would add 12 air-conditioned trains to Line 1 by the middle of next year.",
                "Hossam Fathy El-Gammal",
                "said",
                "",
            ),
        ],
        [
            (
                "The fine for riding without a ticket rises to 100 pounds from 50, the company said.",
                "the company",
                "said",
                "W",
            ),
            (
                "The airport branch of Line 3 is not covered, because it has its own fare of 20 pounds, it said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The last rise, in March 2024, lifted the basic ticket from 6 pounds to 8.",
                "",
                "",
                "W",
            ),
            (
                "A student subscription costs 100 pounds a quarter, according to the company's website.",
                "the company's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Under a 2023 cabinet decree, fare changes on the metro must be approved by the Minister of Transport.",
                "",
                "",
                "W",
            ),
            (
                "The ministry approved the new fares on Oct. 28, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "At Sadat station, Mohamed Abdel-Rahman Sayed, 46, a government clerk who commutes from Helwan, said the rise would cost him about 120 pounds more a month.",
                "Mohamed Abdel-Rahman Sayed",
                "said",
                "",
            ),
            (
                '"It is 4 pounds a day, and my salary did not go up 4 pounds," Sayed said.',
                "Mohamed Abdel-Rahman Sayed",
                "said",
                "",
            ),
        ],
        [
            (
                "Nour Abdel-Rahman, 20, a student at Ain Shams University who is not related to him, said she had renewed her subscription on Wednesday to be safe.",
                "Nour Abdel-Rahman",
                "said",
                "",
            ),
            (
                '"Everyone in the queue was asking the same thing: will the subscription go up next?" Abdel-Rahman said.',
                "Nour Abdel-Rahman",
                "said",
                "",
            ),
        ],
        [
            (
                "Saber Abdel-Aal Morsi, 71, has sold newspapers at the entrance to Sadat station since 1987, and commuters call him Am Saber.",
                "",
                "",
                "",
            ),
            (
                '"When the ticket goes up, the newspaper is the first thing people stop buying," said Am Saber.',
                "Saber Abdel-Aal Morsi",
                "said",
                "",
            ),
        ],
        [
            (
                "A microbus ride from Helwan to downtown Cairo costs 12 pounds, according to fares set by Cairo governorate in July.",
                "fares set by Cairo governorate in July",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Member of parliament Tarek Hosny Ragab said in a post on Facebook that he had submitted a request for information to the transport minister about the rise.",
                "Tarek Hosny Ragab",
                "said in a post on Facebook",
                "W",
            ),
            (
                '"Raise the quality first, then raise the price," he wrote.',
                "Tarek Hosny Ragab",
                "wrote",
                "",
            ),
        ],
        [
            (
                "(Related coverage: Egypt raises price of subsidised bread card top-ups [nMKT0311X])",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Egypt's annual urban consumer price inflation was 11.8% in October, according to the state statistics agency CAPMAS.",
                "CAPMAS",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ticket gates at 34 stations were reprogrammed overnight by the fare-system contractor, Nile Gate Ticketing S.A.E.",
                "",
                "",
                "W",
            ),
            (
                "The company said the work had taken six hours and that the gates had been tested before dawn.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Economist Dr. Rania Khairy Soliman of Cairo University expects more increases in the prices of public services before the end of the fiscal year in June.",
                "Rania Khairy Soliman",
                "expects",
                "",
            ),
            (
                '"The direction is clear, and people can read it," she said.',
                "Rania Khairy Soliman",
                "said",
                "",
            ),
        ],
        [
            (
                "The metro carried an average of 2.9 million passengers a day in the year to June, the company said.",
                "the company",
                "said",
                "W",
            ),
            (
                "El-Gammal said the operator expected a small drop in passengers in the first weeks.",
                "Hossam Fathy El-Gammal",
                "said",
                "",
            ),
        ],
        [
            (
                "(Reporting by Mariam Farid-Bishay; additional reporting by Karim Anwar Labib; editing by Hesham Zaki-Mansour)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("((mariam.farid@mokattamwire.com; +20 2 0000 0000))", "", "", "B"),
        ],
        [
            ("Keywords: EGYPT METRO/FARES", "", "", "B"),
        ],
        [
            ("© 2027 Mokattam Wire.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Mokattam Wire content may not be republished without a subscriber licence.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Forwarded", "", "", "B"),
        ],
        [
            ("Shared from The Citadel Observer app", "", "", "B"),
        ],
        [
            ("LOCAL", "", "", "B"),
        ],
        [
            (
                "Zarqa households to get water 24 hours a week instead of 36 until end of August",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Maintenance on Disi conveyor cuts governorate's supply by 12,000 cubic metres a day, WAJ says; private tanker prices jump in Russeifa",
                "the Water Authority of Jordan",
                "says",
                "W",
            ),
        ],
        [
            ("By Lina Haddadin-Sweis", "", "", "B"),
        ],
        [
            ("Aug 2, 2027 · 3 min read", "", "", "B"),
        ],
        [
            ("You are reading a shared article.", "", "", "B"),
            (
                "Shared articles can be read free for 24 hours; subscribe to The Citadel Observer Plus for unlimited access.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Households in six districts of Zarqa will receive piped water for 24 hours a week instead of 36 until the end of August, the Water Authority of Jordan (WAJ) said on Sunday.",
                "the Water Authority of Jordan",
                "said",
                "W",
            ),
            (
                "The authority said maintenance on the Disi water conveyor had cut the amount of water sent to Zarqa governorate by about 12,000 cubic metres a day.",
                "The authority",
                "said",
                "W",
            ),
            (
                "It expects normal supply to resume in the first week of September.",
                "The authority",
                "expects",
                "",
            ),
        ],
        [
            (
                "WAJ spokesman Eng. Omar Salameh al-Khalayleh said the districts affected were Russeifa, Awajan, Jabal Tareq, Al Zawahreh, Al Hashemiyya and New Zarqa.",
                "Omar Salameh al-Khalayleh",
                "said",
                "W",
            ),
            (
                "“We know that 24 hours is not enough for a family of seven with one roof tank,” Al-Khalayleh said.",
                "Omar Salameh al-Khalayleh",
                "said",
                "",
            ),
            (
                "He said the new schedule for each district had been posted on the authority's Facebook page and sent by text message to 41,000 subscribers.",
                "Omar Salameh al-Khalayleh",
                "said",
                "W",
            ),
        ],
        [
            (
                "The work on the conveyor is being done by Wadi Rum Pipeline Services Co.",
                "",
                "",
                "W",
            ),
            (
                "It said the work had started on July 30 on a 32-kilometre section near Qatraneh.",
                "Wadi Rum Pipeline Services Co.",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED: Jordan's dams at 31% of capacity, ministry says", "", "", "B"),
        ],
        [
            (
                "The price of a 5-cubic-metre load from a private water tanker in Russeifa rose from JD18 to JD25 on Sunday, according to residents and two tanker owners.",
                "residents and two tanker owners",
                "according to",
                "W",
            ),
            (
                "A filling station in Jabal Tareq sold 20 litres of filtered water for 350 fils on Sunday, up from 250 fils a week ago, its owner said.",
                "its owner",
                "said",
                "W",
            ),
            (
                "Under a Ministry of Water and Irrigation decision, licensed tankers in Zarqa may charge no more than JD3.5 a cubic metre.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mahmoud Odeh, 52, who drives a tanker from a licensed well in Hashemiyya and is known across Russeifa as Abu Fadi, said he still charged JD17.5 a load.",
                "Mahmoud Odeh",
                "said",
                "W",
            ),
            (
                "“The ones charging 25 have no licence, and they fill from wells nobody tests,” said Abu Fadi.",
                "Mahmoud Odeh",
                "said",
                "",
            ),
        ],
        [
            (
                "Rania Khalil al-Khalayleh, 38, a teacher in Awajan who is not related to the spokesman, said her family's tank had been empty since Thursday.",
                "Rania Khalil al-Khalayleh",
                "said",
                "",
            ),
            (
                "“I wash the dishes in the water I boiled the rice in,” she said.",
                "Rania Khalil al-Khalayleh",
                "said",
                "",
            ),
            (
                "“Who decided that Zarqa should pay for the maintenance?” she asked.",
                "Rania Khalil al-Khalayleh",
                "asked",
                "",
            ),
        ],
        [
            (
                "Al-Khalayleh said the authority would send free tankers to schools and to Zarqa Governmental Hospital.",
                "Omar Salameh al-Khalayleh",
                "said",
                "",
            ),
        ],
        [
            ("For breaking news, follow The Citadel Observer on WhatsApp Channels.", "", "", "B"),
        ],
        [
            (
                "Zarqa MP Nidal Abu Rumman said in a post on X that he had asked the water minister to exempt the governorate from the cut.",
                "Nidal Abu Rumman",
                "said in a post on X",
                "W",
            ),
            (
                "Abu Rumman said Zarqa had lost a fifth of its supply in three years.",
                "Nidal Abu Rumman",
                "said",
                "W",
            ),
            (
                "Figures from the ministry's annual report show supply to the governorate fell by 14% between 2024 and 2026.",
                "Figures from the ministry's annual report",
                "show",
                "W",
            ),
        ],
        [
            (
                "Russeifa, the worst-affected district, has about 570,000 residents, according to the Department of Statistics.",
                "the Department of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A subscriber whose bill is unpaid for more than two cycles can have the connection cut under the authority's bylaws.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Jordan Meteorological Department expects temperatures of 38C in Zarqa on Tuesday and Wednesday.",
                "The Jordan Meteorological Department",
                "expects",
                "",
            ),
        ],
        [
            ("What can households do?", "", "", ""),
        ],
        [
            (
                "The authority urged residents to report leaks on its free hotline and to fix the float valves on their roof tanks.",
                "The authority",
                "urged",
                "",
            ),
            (
                "Abu Fadi said a float valve cost JD4 at the hardware shops on Batrawi Street.",
                "Mahmoud Odeh",
                "said",
                "W",
            ),
            (
                "“People buy water for 25 dinars and let it run off the roof for want of four,” he said.",
                "Mahmoud Odeh",
                "said",
                "",
            ),
        ],
        [
            (
                "Read the full story in The Citadel Observer app: citadelobserver.jo/a/88213",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get the app: App Store | Google Play", "", "", "B"),
        ],
        [
            ("P.O. Box 9300, Amman 11191, Jordan", "", "", "B"),
        ],
    ],
    [
        [
            ("Feedwell", "", "", "B"),
        ],
        [
            ("All articles › Qatar › Dohalink", "", "", "B"),
        ],
        [
            ("Mark as read   ☆ Save for later   Open in browser ↗", "", "", "B"),
        ],
        [
            (
                "Ramadan price caps on 900 goods take effect Sunday, MoCI says",
                "the Ministry of Commerce and Industry",
                "says",
                "W",
            ),
        ],
        [
            ("Dohalink · by Sreeja Menon-Haddad · 3h", "", "", "B"),
        ],
        [
            (
                "Fixed prices on 900 food and household goods will apply in Qatar's shops from Sunday until the end of Ramadan, the Ministry of Commerce and Industry (MoCI) said in a statement on Wednesday.",
                "the Ministry of Commerce and Industry",
                "said in a statement",
                "W",
            ),
            (
                "The list, published on the ministry's website, covers rice, flour, sugar, dates, cooking oil, frozen chicken and cleaning products, it said.",
                "the Ministry of Commerce and Industry",
                "said",
                "W",
            ),
        ],
        [
            (
                "A 5kg bag of the most common brands of Indian basmati rice must not be sold for more than QR22, and a 1.8-litre bottle of sunflower oil for more than QR12.50, according to the list.",
                "the list",
                "according to",
                "W",
            ),
        ],
        [
            ("Selected capped prices (QR)", "", "", "B"),
        ],
        [
            ("Item | Size | Maximum price", "", "", "B"),
        ],
        [
            ("Basmati rice | 5kg | 22.00", "", "", ""),
        ],
        [
            ("Sunflower oil | 1.8 litres | 12.50", "", "", ""),
        ],
        [
            ("White sugar | 2kg | 7.25", "", "", ""),
        ],
        [
            ("Frozen whole chicken | 1,200g | 11.00", "", "", ""),
        ],
        [
            ("Source: Ministry of Commerce and Industry", "", "", "B"),
        ],
        [
            (
                "Jassim Hamad Rashid al-Marri, director of the ministry's consumer protection department, said inspectors had made 1,840 visits to shops in January and recorded 212 violations.",
                "Jassim Hamad Rashid al-Marri",
                "said",
                "W",
            ),
            (
                "Under the Consumer Protection Law, a shop that sells a capped item above the fixed price can be fined between QR5,000 and QR300,000, Al-Marri said.",
                "Jassim Hamad Rashid al-Marri",
                "said",
                "W",
            ),
            (
                "“Ramadan is not a season for profit,” he said.",
                "Jassim Hamad Rashid al-Marri",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "K. P. Muhammed Ashraf, who has managed a grocery on Al Sadd St. for 17 years, said most of his suppliers had already sent their new price lists.",
                "K. P. Muhammed Ashraf",
                "said",
                "",
            ),
            (
                "“The caps are fine for rice, but on chicken my margin is 40 dirhams a carton,” Ashraf said.",
                "K. P. Muhammed Ashraf",
                "said",
                "",
            ),
        ],
        [
            (
                "Ashraf Fawzy Hegazy, 44, an engineer shopping with his wife at a hypermarket in Al Gharrafa on Wednesday evening, said the family spent about QR2,500 a month on groceries.",
                "Ashraf Fawzy Hegazy",
                "said",
                "",
            ),
            (
                "“Every Ramadan there is a list, and every Ramadan the biscuits are not on it,” Hegazy said.",
                "Ashraf Fawzy Hegazy",
                "said",
                "",
            ),
        ],
        [
            (
                "Ashraf said his shop would put the ministry's list up at the till on Saturday night.",
                "K. P. Muhammed Ashraf",
                "said",
                "",
            ),
        ],
        [
            (
                "Al Waab Trading W.L.L., which runs 11 supermarkets in Doha, said it had cut prices on 300 items by up to 20% for Ramadan.",
                "Al Waab Trading W.L.L.",
                "said",
                "W",
            ),
            (
                "Most of the frozen chicken on the list is imported by Gulf Crest Provisions W.L.L.",
                "",
                "",
                "W",
            ),
            ("The company said it had enough stock for 90 days.", "The company", "said", "W"),
        ],
        [
            (
                "Dates sold by the kilo at the Souq Waqif date market are not on the list, because traders there set their own prices.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Dohalink is on WhatsApp.", "", "", "B"),
            ("Click here to join our channel for daily updates.", "", "", "B"),
        ],
        [
            (
                "“The ministry's app is good; you scan the shelf and it tells you the price,” said Rashid Mubarak al-Kuwari, a retired teacher who asked to be called Abu Hamad.",
                "Rashid Mubarak al-Kuwari",
                "said",
                "",
            ),
            (
                "The app, which has a price-check function, has been downloaded 310,000 times, Al-Marri said.",
                "Jassim Hamad Rashid al-Marri",
                "said",
                "W",
            ),
            (
                "Abu Hamad said he checked prices on it every time he shopped.",
                "Rashid Mubarak al-Kuwari",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Noura Sultan al-Mohannadi, an economist at Qatar University, expects food prices to rise by about 2% this year.",
                "Noura Sultan al-Mohannadi",
                "expects",
                "",
            ),
            (
                "She said food prices had risen 1.4% in 2026.",
                "Noura Sultan al-Mohannadi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shoppers can report violations to the ministry's hotline or through its app, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            ("Open original article", "", "", "B"),
        ],
        [
            ("Tags: Qatar, Ramadan, MoCI, prices", "", "", "B"),
        ],
        [
            ("Feedwell found this story in: Qatar News (12 sources)", "", "", "B"),
        ],
        [
            ("You have 42 unread articles in this feed.", "", "", "B"),
        ],
        [
            ("© Dohalink 2027", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h114-in-pvt-ltd-ends",
        "The meters are supplied by Deccan Metering Pvt. Ltd. The firm has 14 workshops in the city.",
        [
            "The meters are supplied by Deccan Metering Pvt. Ltd.",
            "The firm has 14 workshops in the city.",
        ],
    ),
    (
        "h114-in-initials-after-sentence",
        "The circular was signed on Friday. S. V. Mahajan, the deputy officer, read it out at the stand.",
        [
            "The circular was signed on Friday.",
            "S. V. Mahajan, the deputy officer, read it out at the stand.",
        ],
    ),
    (
        "h114-in-am-ends",
        "The camp opens at 9 a.m. Drivers must bring their permits and fare cards.",
        ["The camp opens at 9 a.m.", "Drivers must bring their permits and fare cards."],
    ),
    (
        "h114-bd-md-mid",
        "Md. Rafiqul Islam, a driver from Gabtoli, said the fare had doubled since Sunday.",
        ["Md. Rafiqul Islam, a driver from Gabtoli, said the fare had doubled since Sunday."],
    ),
    (
        "h114-bd-ltd-ends",
        "The saline was bought from Karnaphuli Fluids Ltd. The hospital paid Tk 90 a bag.",
        ["The saline was bought from Karnaphuli Fluids Ltd.", "The hospital paid Tk 90 a bag."],
    ),
    (
        "h114-bd-question-then-sentence",
        "“Where will we put them? The corridors are full,” she said.",
        ["“Where will we put them?", "The corridors are full,” she said."],
    ),
    (
        "h114-np-kc-ends",
        "The union is led by Binita K.C. She was elected in March.",
        ["The union is led by Binita K.C.", "She was elected in March."],
    ),
    (
        "h114-np-kc-starts",
        "The fines were waived on Thursday. K.C. said the union welcomed the decision.",
        ["The fines were waived on Thursday.", "K.C. said the union welcomed the decision."],
    ),
    (
        "h114-np-regd-no",
        "The paper is registered as Regd. No. 44/070-71 at the district administration office.",
        ["The paper is registered as Regd. No. 44/070-71 at the district administration office."],
    ),
    (
        "h114-sg-pte-ltd-ends",
        "The beans are roasted by Hock Whee Roasters Pte Ltd. The firm supplies 600 stalls.",
        ["The beans are roasted by Hock Whee Roasters Pte Ltd.", "The firm supplies 600 stalls."],
    ),
    (
        "h114-sg-per-cent-decimals",
        "Prices rose 3.1 per cent in September, after 2.8 per cent in August and 2.6 per cent in July.",
        [
            "Prices rose 3.1 per cent in September, after 2.8 per cent in August and 2.6 per cent in July."
        ],
    ),
    (
        "h114-bn-kg-mid",
        "Boats from Kg. Sungai Kebun and Kg. Bolkiah dock at the Kianggeh jetty every 10 minutes.",
        [
            "Boats from Kg. Sungai Kebun and Kg. Bolkiah dock at the Kianggeh jetty every 10 minutes."
        ],
    ),
    (
        "h114-bn-sdn-bhd-ends",
        "The fuel is sold by Limau Manis Marine Sdn Bhd. Its manager declined to comment.",
        ["The fuel is sold by Limau Manis Marine Sdn Bhd.", "Its manager declined to comment."],
    ),
    (
        "h114-ug-hon-mid",
        "Hon. Agnes Nabirye Kato, an opposition MP, will table a motion on Thursday.",
        ["Hon. Agnes Nabirye Kato, an opposition MP, will table a motion on Thursday."],
    ),
    (
        "h114-ug-ltd-ends",
        "The park is managed by Nakivubo Stage Managers Ltd. It collects Shs20,000 a day from each taxi.",
        [
            "The park is managed by Nakivubo Stage Managers Ltd.",
            "It collects Shs20,000 a day from each taxi.",
        ],
    ),
    (
        "h114-ug-pm-ends",
        "The meeting ended at 4pm. Drivers returned to the stage an hour later.",
        ["The meeting ended at 4pm.", "Drivers returned to the stage an hour later."],
    ),
    (
        "h114-zm-mr-mid",
        "Mr. Chola Bwalya Mumba, the chairperson, said fares would stay at K140 until the next review.",
        [
            "Mr. Chola Bwalya Mumba, the chairperson, said fares would stay at K140 until the next review."
        ],
    ),
    (
        "h114-zm-comment-mr-start",
        "From Ndola it is K160. Mr. Mumba should check his members.",
        ["From Ndola it is K160.", "Mr. Mumba should check his members."],
    ),
    (
        "h114-bw-pty-ltd-ends",
        "The pipe was laid by Kanye Trenching (Pty) Ltd. The firm has not commented.",
        ["The pipe was laid by Kanye Trenching (Pty) Ltd.", "The firm has not commented."],
    ),
    (
        "h114-bw-translation-one",
        "“Metsi ga a yo,” she said, “There is no water.”",
        ["“Metsi ga a yo,” she said, “There is no water.”"],
    ),
    (
        "h114-na-mnr-mid",
        "Mnr. Gerhard Pieterse, the plant manager, said the freezers were still running on Tuesday.",
        [
            "Mnr. Gerhard Pieterse, the plant manager, said the freezers were still running on Tuesday."
        ],
    ),
    (
        "h114-na-cc-ends",
        "The nets are mended by Lüderitz Twine Menders CC. Its owner has sent his staff home.",
        ["The nets are mended by Lüderitz Twine Menders CC.", "Its owner has sent his staff home."],
    ),
    (
        "h114-na-colon-one",
        "The strike is legal: the certificate was issued on March 19 after conciliation failed.",
        ["The strike is legal: the certificate was issued on March 19 after conciliation failed."],
    ),
    (
        "h114-eg-sae-ends",
        "The gates were programmed by Delta Faregate S.A.E. The work took six hours.",
        ["The gates were programmed by Delta Faregate S.A.E.", "The work took six hours."],
    ),
    (
        "h114-eg-straight-question",
        '"Will the subscription go up next?" she asked. Nobody at the window knew.',
        ['"Will the subscription go up next?" she asked.', "Nobody at the window knew."],
    ),
    (
        "h114-eg-eng-oct-mid",
        "Spokesman Eng. Khaled Samir Fouad said the fares were approved on Oct. 28 by the minister.",
        [
            "Spokesman Eng. Khaled Samir Fouad said the fares were approved on Oct. 28 by the minister."
        ],
    ),
    (
        "h114-jo-co-ends",
        "The pipeline is maintained by Mafraq Pipe Services Co. It started work on Friday.",
        ["The pipeline is maintained by Mafraq Pipe Services Co.", "It started work on Friday."],
    ),
    (
        "h114-jo-jd-fils",
        "A load costs JD17.5 in Hashemiyya. A litre of filtered water costs 25 fils.",
        ["A load costs JD17.5 in Hashemiyya.", "A litre of filtered water costs 25 fils."],
    ),
    (
        "h114-qa-wll-ends",
        "The chicken is imported by Dukhan Broilers W.L.L. The company has 90 days of stock.",
        ["The chicken is imported by Dukhan Broilers W.L.L.", "The company has 90 days of stock."],
    ),
    (
        "h114-qa-st-ends",
        "K. P. Rasheed runs a shop on Al Sadd St. He has kept the list at the till since Sunday.",
        [
            "K. P. Rasheed runs a shop on Al Sadd St.",
            "He has kept the list at the till since Sunday.",
        ],
    ),
]
