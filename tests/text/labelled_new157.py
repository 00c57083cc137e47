"""Hundred-and-fifty-seventh set of new hand-labelled pages for the hint engines (tuning set, round fifty-seven):
twelve WHOLE pages from twelve KINDS OF SITE in twelve countries, head to tail as a reader's paste
gives them, where the hard part is telling the site's FURNITURE from the STORY. None of the countries
of `labelled_new155.py` or `labelled_new156.py` comes back. The pages: a New Zealand regional daily
with a metered paywall in mid-story (a Hastings apple packhouse closes after 58 years, 162 jobs);
a South African public broadcaster with a listen player, a video and an "In brief" box (Eastern Cape
ambulances reach 38% of rural priority calls within an hour); a Dutch greenhouse trade magazine with
a sponsor line, an event advertisement and a price table (the tomato area under glass falls to 1,390
ha); a Trinidad and Tobago city corporation's newsroom page (a media release on a TT$14.6 million
drainage programme for south San Fernando); a Maltese football club's own website (a come-from-behind
win that takes an invented Challenge League club top); a Zambian mineworkers' union news page (a
two-year wage deal at an invented Copperbelt mine); a Jamaican tabloid with reader comments (a
Portmore street dance stopped by police at 2:30 a.m.); a Malaysian business daily with a markets
ticker and a stock-quote line (a plantation group's quarterly profit up 41%); a Ugandan local radio
station's site (the Nyamwamba floods again in Kasese); a Singapore newsletter post with subscribe
prompts (HDB resale prices up 1.1% in a quarter); a wire story on a Sri Lankan web portal (a record
Colombo tea auction average); and a Norwegian science news site with a study card (skrei spawning
200 km further north than in the 1990s). All are desktop browser pastes.

What is hard is that furniture is worded each site's own way, at the head, in the middle of the
body and at the tail, and often reads like a sentence of the story, while story lines often look
like furniture. Furniture that reads like story ("B", line by line, never with a speaker): a
metered-paywall box in mid-story ("You're on 3 of your 4 free Post stories for March.", "Join Post
Insider from $2.50 a week ...", "Already an Insider?" / "Log in"); a premium badge ("INSIDER"); a
live-radio strip and a listen player ("● Umoya Radio 1 is live — listen now", "▶ Hear this report
(3:52)", "ON AIR NOW: The Morning Drum ...", "▶ LISTEN LIVE", "Now playing: ..."); cross-promotion in
mid-story with times and dates ("Full report on Eastern Cape Tonight, 18:30 on Umoya TV2", "🎧 The
full interview with the RDC airs on the 1pm bulletin ...", "Stay tuned to 93.7 for updates ...");
sponsor lines ("The Markets section is supported by Van Ooijen Screens, Maasdijk", "Prices on this
page are compiled with the support of ..." / "Greenhouse Compass retains full editorial control.",
"Match ball sponsored by ..."); an event advertisement with dates and a discount; a jobs line with
a closing date; a city corporation's site notice with a date and a time ("NOTICE: Corporation
offices at City Hall will close at 12 noon on Friday 13th March ..."); a media release's own frame
("MEDIA RELEASE", "FOR IMMEDIATE RELEASE", the date line, "-END-", an "About the ..." paragraph of two
sentences stating what the corporation is, "Media contact: ... Tel. ... ext. ...", a PDF link,
previous/next links, "Photographs from Monday's Council meeting are on the Corporation's Facebook
page."); a club's next-fixture strip with a date, kick-off, venue and prices, its membership pitch
("Not a member yet?" / "Anchors membership for 2026 costs €25 and ...") and partner list; a union's
members' area, "Filed under:" line, a members-only PDF link, a recruiting block stating the dues
("Subscriptions are 1.5% of basic pay.") and its slogan ("An injury to one is an injury to all.");
a tabloid's trending strip, "SEE ALL 14 PHOTOS ▸", a tip line ("Got a story?" / "WhatsApp the Blaze on
..." / "We pay for exclusive video.") and READER COMMENTS (count, sort line, user names with times,
each sentence of each comment, "Reply · 41 likes", the comments disclaimer); a markets ticker and a
stock-quote line whose figures the story repeats ("Stock: SPP (5324) RM6.84 ▲0.12 (+1.79%)" against
the story's "closed 12 sen higher at RM6.84"), a Telegram promotion with "8.30am", a two-sentence
disclaimer; a newsletter's tagline, subscribe boxes ("Radar is reader-supported." / "If someone
forwarded you this, you can get your own copy, free.", "Type your email…", "Subscribe"), a paid
upsell, the "Reader mailbag" label, the signature ("Wei Ting"), a two-sentence advice disclaimer and
the like/comment strip; a portal's weather strip, trending tags, sponsored tiles, "— article
continues after this promotion —", the wire's reporting line and copyright, the portal's
two-sentence note on wire content ("Lanka Newswire stories appear on serendibHOME unedited." /
"serendibHOME is not responsible for their accuracy.") and a rating strip; a science site's
reading-time and audio lines, its "STUDY CARD" label, the journal reference (one sentence, as in
`labelled_new2.py`), the "✔ Peer reviewed ✔ Open access" badge, a two-sentence funding note ("Latitude
North is funded by Norway's universities and research institutes." / "Our journalists work
independently of them."), a republishing licence line with "4.0" and an ISSN line.

Story that looks like furniture (never "B"; flagged by content): short lines of one to five words
("Staff were told first.", "It wasn't.", "Then the blue lights came on.", "The crowd booed.",
"Contract workers are not covered." ("W"), "Why?", "Smaller is not the same as falling.", "Not
everyone is celebrating.", "Nobody in Lofoten is surprised."); question subheads (""); lists of
results pasted as lines, each item one sentence by content ("Royal Gala: 3.1 million cartons, down 6
per cent" and three more, "W"; a release's works by district ending in ";" with sums, "W"; a club's
weekend results at other levels, "W"; flood figures by area, "W"; a union's "deal at a glance" items
with "+11%" and "K1,500 → K3,000", "W", under a "B" box label) with their lead-in fragments ("The
collective's season figures, by variety:", "The works approved are:", "Elsewhere at the club this
weekend:", "") carrying a source when they cite one ("According to the control centre's call log,
which the family shared with Umoya News:" -> "the control centre's call log", "The worst-hit areas,
according to the district disaster office:"); a TIMELINE OF RECORD whose lines begin with clock
times like live-blog stamps ("21:42 — call logged at the Mthatha emergency communication centre" and
three more, each "W"); dates inside sentences ("on 30 May 2024", "On 19th October 2025", "on 5
March", "on Feb. 18", "from 15 May 2026"); an "In brief" box whose label is "B" and whose points are
story, flagged by content with the source as the body first gives it ("The MEC says ..." -> the MEC
in full, ""; "Paramedics' union blames ..." -> the union as the body names it, "W"); a study card
whose label, journal reference and badge are "B" and whose "What:", "Data:", "Method:" and "Funding:"
lines are "W" (like poll methodology in the hundred-and-fifty-sixth set) and whose "Limitation:"
line is "" (the authors' caveat); a match-facts box (label "B"; line-up, goals, referee and
attendance lines "", as sport data in `labelled_new2.py`); a newsletter's greeting and closing
("Hello again, Radar readers.", "That's it from me.", "Catch you in a fortnight,", all "") against
its signature ("B"); a council release's appeal to residents with a hotline number ("Residents can
report blocked drains to the Corporation's hotline on ..., 24 hours a day.", ""), which is the
release's own message, against its "Media contact:" line ("B").

Tables pasted as lines keep the convention of the recent sets: title, header row and source line
"B", data rows "" (a greenhouse price table by auction week, a quarterly results table, a league
table's top four), even where the story's own sentences state the same figures as "W".

Speakers follow the usual rules: a person is named in full as first given, without titles or roles
("Managing director", "Collective chairwoman", "Hastings mayor", "Health MEC", "Committee
chairperson", "Its provincial secretary", "His Worship the Mayor, Alderman", "Councillor for
Marabella West,", "Alderman", "The Corporation's Chief Executive Officer, Ms.", "Deputy Mayor",
"Head coach", "Captain", "Club president", "Union president", "Branch secretary", "the company's
human resources director,", "Superintendent", "Group managing director Datuk", "Rimba Securities
analyst", "Resident District Commissioner", "District chairperson", "Minister for National
Development", "Its spokesman,", "Lead author"); a pronoun, a surname, a Malay given name ("Azlan
said" -> "Azlan Rahim"), a capitalised Dutch particle ("Van Haasteren said" -> "Pieter van
Haasteren") or a role noun ("the Mayor said", "The President thanked") resolves to that name; a
quote over several sentences carries its speaker and cue in each, also when it goes on after the
attribution ("“This Council has heard them.”", "“Thirty-five seasons." / "You don't just walk into
another one of those.”"); a body or a generic noun is kept as written ("The department", "the
cooperative", "the ministry", "the group", "the board", "The club", "Police", "police", "district
officials", "brokers", "researchers"); a bracketed acronym is dropped ("Statistics Netherlands",
"the Malaysian Palm Oil Board", "The Uganda National Meteorological Authority"); a short form resolves
to the name as first given ("In a statement, Luansobe Copper Mines said" -> "Luansobe Copper Mines
Plc"); documents keep their own verbs ("The report counts",
"council records show", "the CBS figures show", "HDB's flash estimate ... puts"); "according to X"
gives X as written, with a clause after a comma dropped ("according to a letter from the Permanent
Secretary, read into the minutes ..." -> "a letter from the Permanent Secretary"; "the Eastern Cape
Department of Health's annual emergency medical services report, tabled ..." likewise) and a phrase
without a comma kept ("auction figures compiled by Kandy Leaf Brokers Ltd.", "a study of 30 years of
fishery and survey data"); a channel phrase after the verb is part of the cue ("told the committee",
"said in a written reply to MPs", "told the Westland Growers' Day", "said in a filing with Bursa
Malaysia", "told analysts", "wrote in a note to clients", "told Mountain Drum", "told the BLAZE",
"said in Parliament", "said in the statement") and one fronted before the subject is not ("In a
statement, Luansobe Copper Mines said" -> "said").

Conventions this set had to settle, in the same spirit:

* Reader comments under a story are page furniture: the count, the sort line, each user name and
  time, each sentence of each comment and each "Reply · N likes" line are "B" and carry no speaker,
  though they read like quotes.
* A paywall or subscribe box in mid-story is "B" line by line, split like text ("Already an
  Insider?" / "Log in"), and the story resumes after it with no change of labels.
* An "In brief" or "key points" box: the label is "B", the points are story (like a standfirst),
  flagged by content, their "says" or "blames" carrying the source as the body first names it.
* A study card: label, journal reference and badges "B"; the lines that state what the study did
  (data, method, sample, funding) "W"; a stated limitation "".
* A timeline of record in the body whose lines begin with clock times is story ("W"), not live-blog
  time stamps, and its lead-in "According to the control centre's call log, ...:" carries the log.
* A media release's own frame (release labels, date line, "-END-", "About the ..." boilerplate,
  media contact, PDF and previous/next links) is "B"; everything between the headline and "-END-" is
  story, including an appeal to residents with a hotline number ("").
* A stock-quote line and a ticker are "B" even when the story repeats the price; the story's
  sentence of the same price is "W".
* A newsletter's greeting and closing lines are story (""); its signature is "B"; the author's own
  count ("By my count from the HDB resale data on data.gov.sg, ...") carries no speaker ("W").
* "The President thanked ..." and "Captain ... said the players wanted to dedicate the win to ..."
  are speech acts carrying the person ("thanked", "said"), ""; "She kept her ‘outperform’ call and
  raised her target price ..." is an act with no verb of saying, no speaker ("W").
* A person introduced with age and years of service ("Rosalind Teputa, 61, has graded apples at
  Raureka since 1991.") is "W" like a victim named with age and home in the hundred-and-fifty-sixth
  set; a worker's or resident's own story in indirect speech is "".
* "The department did not answer the question on Monday." is labelled like "did not respond to a
  request for comment": the body as written, cue "did not answer", "".
* A nickname is not part of the name: "Dwayne Macfarlane-Grant of Southborough, known on the scene
  as Skull Vibes," gives "Dwayne Macfarlane-Grant".
* A name that contains an abbreviation keeps it ("Kervin St. Hill-Joseph"), and "Gebr." inside a
  firm's name does not end a sentence.

And where sentences end (see `CASES`): "a.m." ending a sentence before a capital ("at 2:30 a.m." /
"The permit ...", "until 1 a.m." / "By then ...") and inside one ("between midnight and 2 a.m.", "a 1
a.m. finish", "at about 2 a.m. on Tuesday", "at 2:00 p.m. on 20th March"); "Ltd." ending a sentence
("Ahuriri Post Media Ltd." / "Napier, New Zealand."; "Kandy Leaf Brokers Ltd." / "Low-grown teas
...") and "B.V." before "KvK 80412276."; "Sdn. Bhd. (202101012345)." before "All rights reserved.";
"Ms.", "Tel.", "ext.", "Reg. No.", "(pen.)", "Gebr.", "St. Hill-Joseph", "i.e.", "Feb. 18" and
"data.gov.sg" inside sentences; "© 2026 Marsaskala Anchors FC." before "Reg. VO/0412"; decimals,
times and currency ("TT$14.6 million", "R186 million", "€2.6 million", "RM4,312", "1,412.36
rupees ($4.72)", "K1,500 → K3,000", "NOK 9.8 million", "4.2ha", "11.03.2026", "05:30", "8.30am",
"6am–10am"); a headline ending "2:30 A.M." in capitals; quotes carried past their attribution;
two-line paywall and tip-line prompts split at "?".

The pages hold 537 sentences: 226 "B", 176 "W" and 135 ""; 170 sentences carry a speaker (86
distinct speakers, page by page, and 86 distinct labels). `STYLES` describes each page, its story,
its labels and its furniture in order; `CASES` holds 30 split cases written fresh for this set (not
copied from the pages): abbreviations ending a sentence before a capital and ones that do not,
"St." inside a surname, "Gebr.", "B.V." before "KvK", "Sdn. Bhd." before a bracketed number, "Reg.
No." and "Reg. VO/...", "(pen.)", "Tel." and "ext.", initials, a domain name, "am"/"pm" without
periods, clock times, decimals and currency, short lines, a question followed by "No.", quotes
ending in "?" or "!" followed by their attribution, an ellipsis before a capital, a nested quote
ending ".’", a parenthesis holding a full sentence, a semicolon list and a journal reference.

Written from scratch for issue 13 in round fifty-seven, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings and `STYLES` of `labelled_new155.py` and `labelled_new156.py`, the top-level
layout and one page and the first four cases of `labelled_new156.py`. Coined names were checked for
freshness with file counts of `grep -rlF` over `labelled_new*.py` and `labelled_articles.py` in
`tests/text` (counts only, no text shown): a packhouse name, two growers' collective names, a Dutch
cooperative, a mining company, a union president's surname, a Maltese surname, a publisher and a
printer that hit were replaced before the file was written; what still hits is only real places,
single parts of compound surnames and common Maltese surnames used alone in a line-up.

Every person, outlet, broadcaster, magazine, club, union, firm, packhouse, nursery, cooperative,
collective, broker, bank, portal, wire, newsletter, study, journal, statement, release, report and
figure is invented, and so is every small place name used for a firm or a club (Raureka Fruit
Packers, Ōmāhu Packing, the Union Park main drain, Marsaskala Anchors, Qrendi Rovers, Bidnija Hawks,
Wardija Stags, Kirkop Bees, Luansobe Copper Mines and the like). Real countries, regions, cities,
towns, rivers, roads, stadiums, courts, parliaments, ministries, agencies, councils, hospitals,
universities, exchanges and other public bodies appear only as settings, with invented statements
and figures: Hawke's Bay, Hastings, Napier, Whakatū, Havelock North and Hastings District Council;
East London, Mthatha, Libode, Ngqeleni, the OR Tambo and Chris Hani districts, Bhisho, Buffalo City,
Nelson Mandela Bay, the Eastern Cape Department of Health, the provincial legislature and Nelson
Mandela Academic Hospital; Naaldwijk, Honselersdijk, 's-Gravenzande, Maasdijk, Pijnacker, Venlo,
Westland, Limburg, Statistics Netherlands and the Ministry of Agriculture, Fisheries, Food Security
and Nature; San Fernando, Marabella, Vistabella, Pleasantville, Cocoyea, Gulf View, La Romaine, Les
Efforts East, Skinner Park, the San Fernando City Corporation and Council, the Ministry of Rural
Development and Local Government and the Trinidad and Tobago Meteorological Service; Marsaskala,
Ta' Qali, the Centenary Stadium, Birżebbuġa and the Malta Football Association; Kalulushi, Kitwe,
the Ministry of Labour and Social Security, the Labour Commissioner and the Industrial and Labour
Relations Act; Portmore, Waterford, Southborough, the Portmore Municipal Corporation, the St
Catherine South Police Division, the St Catherine Parish Court and the Noise Abatement Act; Kuala
Lumpur, Perak, Sabah, Bursa Malaysia, the Malaysian Palm Oil Board, the Home Ministry and the
Ministry of Plantation and Commodities; Kasese, Kilembe, Bulembia, Kanyangeya, Bwera, Bundibugyo,
the Nyamwamba, the Rwenzori mountains, the Office of the Prime Minister, the Uganda Red Cross
Society, the Uganda National Roads Authority and the Uganda National Meteorological Authority;
Woodlands, Sengkang, Toa Payoh, Queenstown, Bukit Merah, Kallang/Whampoa, HDB, data.gov.sg and
Parliament; Colombo, Galle, Hatton, Uva, Dimbula, the Sri Lanka Tea Board, the Tea Small Holdings
Development Authority, the Planters' Association of Ceylon and the Colombo Tea Traders' Association;
Lofoten, Henningsvær, Vesterålen, Andenes, Senja, West Finnmark, Svalbard, Bergen, UiT The Arctic
University of Norway, the Institute of Marine Research, the Research Council of Norway and the
Directorate of Fisheries.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, badge, byline, date
line, player, share strip, caption, credit, box label, list item, table row, comment line and legal
line is a paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`,
flags "W", "B" or "". Furniture is "B" line by line, whatever it says, and never carries a speaker;
captions are flagged by content and their credits are "B"; a video's running time is "B"; headlines
and standfirsts are one sentence each, flagged by content, their "says" or "blames" carrying the
source as the story first gives it; a dateline belongs to its lead sentence.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'New Zealand REGIONAL DAILY\'S WEBSITE (Napier/Hastings), desktop browser paste, with a METERED PAYWALL IN MID-STORY: an independent apple packhouse closes after 58 years with 162 jobs. Head: masthead, menu, crumb, an \'INSIDER\' badge (all "B"); headline of record "W"; standfirst \'Managing director blames ...\' carrying him in full (a causal claim and a sum, "W"); byline, time-and-date line, share strip (all "B"); a caption "" and its \'Photo /\' credit "B". Body: the closure and the last week of grading ("W", no speaker); the managing director (\'Managing director\' dropped) with a long relative clause before \'said\' (a causal claim, "W"), his two-sentence quote "" and a quoted sum "W"; two SHORT LINES kept as story (\'Staff were told first.\', \'Growers found out an hour later, by text message.\', ""); the PAYWALL BOX in four lines, the last split at \'?\' (\'Already an Insider?\' / \'Log in\'), all "B"; cartons \'according to\' the growers\' collective "W"; a lead-in fragment "" and a LIST OF RESULTS by variety, one "W" sentence a line; the collective\'s chairwoman with a record "W", a quote and a worry ""; an advertisement line "B"; the union\'s staff count "W" and its organiser\'s plan ""; a grader introduced with age and years of service "W", her quote carried past its attribution into a new sentence pair (""); the mayor with a dated meeting "W"; an earlier closure with a date inside the sentence "W"; a question subhead ""; the owner undecided "" and \'council records show\' "W". Tail: a news-tip line, more-from label and one headline, a publisher line split at \'Ltd.\' before \'Napier, New Zealand.\' (all "B").',
    'South African PUBLIC BROADCASTER\'S NEWS SITE (East London), desktop browser paste, with a LIVE-RADIO STRIP, A LISTEN PLAYER, AN \'IN BRIEF\' BOX AND A VIDEO: Eastern Cape ambulances reach only 38% of rural priority calls within an hour. Head: masthead, menu, live-radio strip, crumb (all "B"); headline of record "W"; the listen player, byline with place, date line with SAST (all "B"); the \'In brief\' label "B" and three points as story: a record "W", \'The MEC says ...\' (the MEC in full, a promise ""), \'Paramedics\' union blames ...\' (the union as the body names it, "W"); a video caption "" and its running time "B". Body: the share \'according to\' the department\'s annual EMS report (the participle clause \'tabled ...\' dropped) "W", the target and metro shares "W", \'The report counts\' "W"; a scene line ""; a lead-in \'According to the control centre\'s call log, which the family shared ...:\' (the log, "") and a TIMELINE OF RECORD, four lines starting with clock times like live-blog stamps, each "W"; the patient\'s brother named after his indirect speech (an anecdote, "") and his quote ""; a TV cross-promotion with a time and a related line (both "B"); the MEC (\'Health MEC\' dropped) \'told the committee\' an order and its cost "W", a promise and a two-sentence quote ""; \'The department blamed\' (a causal claim, "W"); the union\'s vacancies "W", its secretary\'s claim "W" and her quote carried past the attribution ""; unspent money \'according to the report\' "W"; the committee chairperson \'asked\' ""; \'The department did not answer ...\' (the body, ""); his dated progress report "W"; a question subhead "", the department\'s advice "" and the emergency numbers "W". Tail: an error-report prompt split at \'?\', more-from label and one headline, copyright (all "B").',
    'Dutch GREENHOUSE TRADE MAGAZINE\'S WEBSITE (English edition), desktop browser paste, with A SPONSOR LINE, AN EVENT ADVERTISEMENT AND A PRICE TABLE: the tomato area under glass falls to 1,390 ha. Head: masthead, menu, a section sponsor line, crumb (all "B"); headline of record "W"; standfirst \'Cooperative chair says ...\' carrying her in full (with a record of applications, "W"); byline with date and read time, share strip (all "B"); a caption "" and its credit "B". Body: area figures with \'Statistics Netherlands (CBS) said\' (acronym dropped) "W", a decline with \'i.e.\' mid-sentence "W" and other crops "W"; an EVENT ADVERTISEMENT with dates and a discount "B"; the cooperative\'s chair after a relative clause with a count "W", a causal quote "" and a two-sentence quote \'she told the Westland Growers\' Day ... on 5 March\' (hypotheticals, ""); gas costs \'the cooperative said\' "W"; a TWO-SENTENCE SPONSOR NOTE in mid-story (both "B"); a price table (title, header and source "B", week rows ""); an analyst named after his figures ("W") and his forecast ""; two nurseries with \'Gebr.\' mid-sentence "W"; a grower with a Dutch particle (\'Pieter van Haasteren\'), his quotes "" and \'Van Haasteren said\' a cost "W" (capitalised particle resolving to the full name); \'the CBS figures show\' "W"; the ministry \'said in a written reply to MPs\' a dated subsidy round "W" and \'the ministry said\' its budget "W"; a question subhead "" and the chair\'s forecast "". Tail: read-next label and a headline, a jobs line with a closing date, a newsletter line with \'7:00\', a publisher line split at \'B.V.\' before \'KvK 80412276.\' (all "B").',
    'Trinidad and Tobago CITY CORPORATION\'S NEWSROOM PAGE (San Fernando), desktop browser paste, a MEDIA RELEASE: the Council approves a TT$14.6 million drainage programme. Head: corporation name, menu, a SITE NOTICE with a date and \'12 noon\' (furniture), crumb, \'MEDIA RELEASE\', \'FOR IMMEDIATE RELEASE\', the release date (all "B"); headline of record "W". Body: the approval and the vote "W" (no speaker); rainfall \'On 19th October 2025 ...\' \'according to\' the Meteorological Service "W"; the mayor (\'His Worship the Mayor, Alderman\' dropped) with funding "W" and his quote \'the Mayor said\' carried into a new sentence after the attribution (both ""); a lead-in \'The works approved are:\' "" and a LIST OF WORKS by district, each ending \';\' with a sum ("W"); the start date "W"; a councillor (role before a comma dropped) with a count "W"; \'The Disaster Management Unit found\' "W"; an alderman whose name holds \'St.\' (\'Kervin St. Hill-Joseph\') with a record "W" and a quote ""; a PHOTOS LINE in mid-release "B"; a grant \'according to a letter from the Permanent Secretary, read into the minutes ...\' (clause dropped) "W" and the balance "W"; the chief executive (\'Ms.\' and role dropped) with a tender deadline \'at 2:00 p.m. on 20th March\' and a rule (both "W"); a deferred decision "W"; the deputy mayor\'s plan ""; an APPEAL TO RESIDENTS with a hotline number, part of the release (""). Tail: \'-END-\', \'About the ...\' label and two sentences of boilerplate, a media contact with \'Tel.\' and \'ext.\', a PDF link, previous/next links, copyright and footer links split at the full stop (all "B").',
    'Maltese FOOTBALL CLUB\'S OWN WEBSITE (Marsaskala), desktop browser paste, a MATCH REPORT: an invented Challenge League club wins 2-1 from behind and goes top. Head: club name, founding line, menu, crumb (all "B"); headline and standfirst of record (both "W"); club-media byline with date, share strip (all "B"); a caption "" and a credit with an initial "B"; a MATCH-BALL SPONSOR line "B". Body: the win and a run of six "W"; the opening goal "W"; two SHORT LINES kept as story (\'For most of the second half, it looked as if that would be enough.\', \'It wasn\'t.\', ""); the two goals and a club record "W"; a NEXT-FIXTURE STRIP with date, time, venue and prices "B"; the coach (\'Head coach\' dropped) with an opinion "" and a quote whose first sentence is a count ("W") and second an opinion (""); the captain\'s dedication ""; a lead-in fragment "" and the club\'s OTHER RESULTS as sentences ("W"); a match-facts box (label "B"; line-up, goals with \'(pen.)\', referee, attendance ""); \'The club confirmed\' a fine "W" and \'according to the association\'s published disciplinary bulletins\' "W"; the president\'s decision and quote ""; a league table (title and header "B", rows ""). Tail: a membership pitch split at \'?\', the partners line, copyright split before \'Reg. VO/0412\' (all "B").',
    'Zambian MINEWORKERS\' UNION NEWS PAGE (Kitwe/Kalulushi), desktop browser paste, a WAGE DEAL: an 11% pay rise in a two-year agreement at an invented copper mine. Head: acronym, full name, menu, members\' login line, crumb (all "B"); headline of record "W"; posted-by line and filed-under line (both "B"). Body: the agreement, the housing allowance and the signing with dates inside sentences (all "W", no speaker: the union\'s own voice); a \'deal at a glance\' box (label "B", four items with \'+11%\', \'→\' and kwacha sums, each "W"); the union president (\'Union president\' dropped) with a record "W" and a two-sentence quote "", then his surname with the bargaining record "W"; \'In a statement, Luansobe Copper Mines said\' (fronted channel, short form resolving to the name as first given with \'Plc\') "W" and the HR director named after her quote (\'said in the statement\', ""); a MEMBERS-ONLY PDF link and a RECRUITING BLOCK stating the dues, three sentences split at \'?\' and \'.\' (all "B"); a short line \'Contract workers are not covered.\' "W"; contract workers \'according to the Kalulushi branch\' "W"; the branch secretary with a comparison "W", a two-sentence quote of pay figures (both "W") and a dated meeting "W"; registration \'the Labour Commissioner\'s office confirmed\' "W"; the Act\'s registration rule "W"; a 2023 stoppage "W"; \'The President thanked\' (a speech act, "") and his quote "". Tail: share line, related label and two headlines, the slogan, an address line with \'Reg. No. 117\' (all "B").',
    'Jamaican TABLOID\'S WEBSITE (Kingston/Portmore), desktop browser paste, with READER COMMENTS: police stop a Portmore street dance at 2:30 a.m. and charge the promoter. Head: masthead, menu in capitals, a \'HOT RIGHT NOW\' strip ending in a question, section label (all "B"); headline in capitals ending \'2:30 A.M.\' "W"; standfirst of record with a patois quote \'he says\' carrying the promoter in full ("W"); byline, date, share strip (all "B"); a caption "", its credit and a photo-gallery link (both "B"). Body: \'at 2:30 a.m.\' ending a sentence before \'The permit ...\' ("W") and \'until 1 a.m.\' ending one before \'By then ...\' ("W", then a scene ""); \'Police said\' (as written) a charge and a court date, with the promoter\'s NICKNAME clause not part of his name ("W"); THREE SHORT LINES kept as story (""); his patois quote \'told the BLAZE\' carried into a second sentence ("") and his attendance claim "W"; a read-also line and a TIP LINE in three sentences split at \'?\' (all "B"); the police superintendent (title dropped) with \'between midnight and 2 a.m.\' "W", a count "W" and a two-sentence quote ""; the municipal corporation \'said in a statement\' permits with \'a 1 a.m. finish\' mid-sentence "W" and \'It said\' a decision ""; a resident\'s anecdote and patois quote ""; the Act\'s rule "W". Tail: READER COMMENTS, all "B": count, sort line, two user names with times, each comment sentence, \'Reply · N likes\' lines, the comments disclaimer; copyright (all "B").',
    'Malaysian BUSINESS DAILY\'S WEBSITE (Kuala Lumpur), desktop browser paste, with A MARKETS TICKER AND A STOCK-QUOTE LINE: a plantation group\'s quarterly profit jumps 41%. Head: masthead, a ticker of index, CPO, ringgit and Brent, menu, crumb (all "B"); headline of record "W"; standfirst \'... group says it is 2,100 harvesters short\' carrying the group as first named ("W"); byline, date line with \'@ 7:15pm\', a STOCK-QUOTE LINE (all "B"). Body: \'KUALA LUMPUR:\' lead with \'Dec 31, 2025\' "W"; revenue \'the group said in a filing with Bursa Malaysia\' (as written) "W"; dividend, realised price and output (acts and records, no speaker, "W"); a results table (title, header, source "B"; rows ""); the managing director (\'Group managing director Datuk\' dropped) with a shortfall "W", a quote \'he told analysts\' whose first sentence is general ("") and second a past estimate ("W"), and an expected approval ""; an advertisement label and a Telegram promotion with \'8.30am\' (both "B"); an analyst with a consensus "W", \'She kept ... and raised her target price\' (an act, no speaker, "W") and her note quote ""; stocks and exports with \'the Malaysian Palm Oil Board (MPOB) said on Feb 10.\' (acronym dropped, "W"); the closing price the ticker line also shows ("W" in the story); the ministry\'s levy threshold "W"; a question subhead ""; \'Azlan said\' (Malay given name resolving to \'Azlan Rahim\') a record "W" and a plan and forecast "". Tail: a two-sentence disclaimer, two related lines, copyright with \'Sdn. Bhd. (202101012345).\' split before \'All rights reserved.\' (all "B").',
    'Ugandan LOCAL RADIO STATION\'S WEBSITE (Kasese), desktop browser paste, with ON-AIR, LISTEN-LIVE AND NOW-PLAYING LINES: the Nyamwamba bursts its banks for the second time in five weeks. Head: station name, menu, on-air line with \'6am–10am\', listen-live, now-playing, section label (all "B"); headline of record "W"; newsroom byline with date and time ("B"); a caption "" and a credit with an initial "B". Body: displaced families \'district officials said\' "W"; \'at about 2 a.m. on Tuesday\' mid-sentence "W"; deaths \'police said\' (as written) "W"; a lead-in \'The worst-hit areas, according to the district disaster office:\' ("") and three area lines ("W"); the RDC (\'Resident District Commissioner\' dropped) with an evacuation count "W" and her appeal \'she told Mountain Drum\' ""; a BULLETIN PROMOTION with \'1pm\' and an SMS line (both "B"); a short line \'This is not new for Kilembe.\' "" and past floods "W"; the district chairperson (title dropped) with relief supplies "W", an opinion "", a quote whose first sentence is a count ("W") and second a demand (""); school closures \'the district education officer said\' "W"; a trader\'s anecdote and quote ""; the Red Cross count "W"; a road closure \'a notice on its X account said\' "W"; the weather authority\'s forecast (acronym dropped, \'has forecast\', "") and \'It advised\' "". Tail: a stay-tuned line, more-news label and two headlines, a frequencies-and-app line, copyright split at \'Ltd.\' before \'Kasese, Uganda.\' (all "B").',
    'Singapore NEWSLETTER POST (an independent housing newsletter), desktop browser paste, with SUBSCRIBE PROMPTS: HDB resale prices rise 1.1% in a quarter and 287 flats pass S$1 million. Head: newsletter name, tagline, subscribe and sign-in buttons (all "B"); headline of record "W"; a teaser subtitle ""; author name, date, like/comment/share counts (all "B"). Body: a GREETING kept as story ""; \'HDB\'s flash estimate, out yesterday, puts ...\' (the document as written, the aside dropped) "W"; a comparison since 2020 "W"; a short line \'Smaller is not the same as falling.\' ""; volumes "W"; a SUBSCRIBE BOX in mid-post: two sentences, an email field and a button (all "B"); the author\'s own count \'By my count from the HDB resale data on data.gov.sg\' (no speaker, domain mid-sentence, "W") and two more records "W"; a lead sentence "" and a Woodlands median "W"; \'Why?\' ""; a property agent \'thinks\' ("") and his quote \'he told me\' whose first sentence is a count ("W") and second an argument (""); the minister (\'Minister for National Development\' dropped) \'said in Parliament\' a supply plan "" and his quote ""; the \'Reader mailbag\' label "B"; \'A reader in Sengkang, who asked me not to use her name, asks\' (clause dropped, ""); the rule \'according to HDB\'s own rules page\' "W" and a worked date "W"; a paid upsell and an upgrade button "B"; CLOSING LINES kept as story ("") and the SIGNATURE "B". Tail: a two-sentence disclaimer, like/comment/pass-it-on strip, leave-a-comment, copyright line (all "B").',
    'A WIRE STORY ON A Sri Lankan WEB PORTAL (Colombo), desktop browser paste: the Colombo tea auction average hits a record Rs 1,412 a kilo. Head: portal name, menu, weather strip with \'3pm\', trending tags, crumb naming the wire (all "B"); headline of record "W"; the wire\'s updated line, read time and a SPONSORED TILE (all "B"). Body: \'COLOMBO, March 6 (Lanka Newswire) –\' lead \'brokers said\' "W"; changes \'according to auction figures compiled by Kandy Leaf Brokers Ltd.\' ending a sentence before \'Low-grown teas ...\' (both "W"); offered and sold "W"; a CONTINUES-AFTER-PROMOTION line and a second sponsored tile (both "B"); a broker\'s causal account with \'Feb. 18.\' at its end (""), his quote "" and \'He expects\' ""; Iraq\'s share \'brokers estimated\' "W"; exports \'the Sri Lanka Tea Board said\' "W", earnings "W" and production \'the board said, blaming dry weather\' "W"; green-leaf prices from the smallholdings authority "W"; a short line \'Not everyone is celebrating.\' ""; the planters\' association (relative clause not part of the name) "W", its spokesman\'s share "W" and his two-sentence quote ""; the next sale \'the Colombo Tea Traders\' Association said\' "W"; the rupee "W". Tail: the wire\'s reporting line, its copyright in two sentences, the PORTAL\'S NOTE ON WIRE CONTENT in two sentences (the second beginning lower-case \'serendibHOME\'), read-next label, two headlines, a sponsored tile, a rating strip, the footer with \'(Pvt) Ltd.\' (all "B").',
    'Norwegian SCIENCE NEWS SITE (English edition), desktop browser paste, with A STUDY CARD: Northeast Arctic cod (skrei) spawn about 200 km further north than in the 1990s. Head: masthead, tagline, menu, section label (all "B"); headline of record "W"; standfirst with shares and \'..., researchers say\' ("researchers" as written, "W"); byline with role, published and updated lines in \'11.03.2026\' form, reading time (all "B"); a caption "", its credit and an audio line (both "B"). Body: the shift \'according to a study of 30 years of fishery and survey data\' (kept whole, no comma) "W"; two period shares "W"; a short line \'Nobody in Lofoten is surprised.\' ""; the STUDY CARD: label "B", \'What:\', \'Data:\', \'Method:\' and \'Funding:\' lines "W", a \'Limitation:\' line "", the journal reference one "B" sentence and a peer-review badge "B"; the lead author (\'Lead author\' dropped) with a temperature rise "W", an explanatory quote "" and a hedge ""; an independent scientist after a relative clause \'called\' "", \'he said\' "" and \'He noted\' a survey finding "W"; a TWO-SENTENCE FUNDING NOTE and an also-read line (all "B"); a fisherman\'s anecdote and quote ""; landings \'The Directorate of Fisheries said\' "W"; a question subhead "" and the lead author\'s forecast and quote "". Tail: a republishing licence with \'4.0\', a newsletter line, tags, an editor-and-ISSN line (all "B").',
]

ARTICLES = [
    [
        [
            ("THE AHURIRI POST", "", "", "B"),
        ],
        [
            (
                "Home   Local   Rural   Business   Sport   Opinion   Puzzles   Death notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Hawke's Bay › Rural", "", "", "B"),
        ],
        [
            ("INSIDER", "", "", "B"),
        ],
        [
            (
                "Raureka packhouse to close after 58 years, with 162 jobs to go",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Managing director blames three poor seasons and a $4.1m cool-store bill; growers told their fruit will be packed elsewhere",
                "Fergus Lindqvist-Rangi",
                "blames",
                "W",
            ),
        ],
        [
            ("By Mereana Tautahi-Blyth", "", "", "B"),
        ],
        [
            ("5:58am Thursday, 5 March 2026", "", "", "B"),
        ],
        [
            ("Share   Save   Gift this story", "", "", "B"),
        ],
        [
            (
                "Seasonal staff on Raureka Fruit Packers' grading line in Hastings last week.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo / Wiremu Kaa-Hoskins", "", "", "B"),
        ],
        [
            (
                "Raureka Fruit Packers, one of Hawke's Bay's oldest independent apple packhouses, will close at the end of this season after 58 years, with the loss of 140 seasonal and 22 permanent jobs.",
                "",
                "",
                "W",
            ),
            (
                "The Hastings company told staff at a meeting on Wednesday afternoon that the last fruit would go over its grading line in the week of June 8.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Managing director Fergus Lindqvist-Rangi, whose grandfather founded the business in 1968, said three seasons of poor export returns and the cost of replacing its cool stores had made it unviable.",
                "Fergus Lindqvist-Rangi",
                "said",
                "W",
            ),
            (
                "“We looked at every option, including selling.",
                "Fergus Lindqvist-Rangi",
                "said",
                "",
            ),
            (
                "There was no buyer at a price that would keep the doors open,” he said.",
                "Fergus Lindqvist-Rangi",
                "said",
                "",
            ),
            (
                "He said the cool-store upgrade, which would have been needed before the 2027 season, had been quoted at $4.1 million.",
                "Fergus Lindqvist-Rangi",
                "said",
                "W",
            ),
        ],
        [
            ("Staff were told first.", "", "", ""),
        ],
        [
            ("Growers found out an hour later, by text message.", "", "", ""),
        ],
        [
            ("You're on 3 of your 4 free Post stories for March.", "", "", "B"),
        ],
        [
            (
                "Join Post Insider from $2.50 a week and read as much as you like.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Start my Insider subscription", "", "", "B"),
        ],
        [
            ("Already an Insider?", "", "", "B"),
            ("Log in", "", "", "B"),
        ],
        [
            (
                "The packhouse handled about 410,000 export cartons last season, roughly 6 per cent of the region's crop, according to the Raupare Pipfruit Growers' Collective.",
                "the Raupare Pipfruit Growers' Collective",
                "according to",
                "W",
            ),
        ],
        [
            ("The collective's season figures, by variety:", "", "", ""),
        ],
        [
            ("Royal Gala: 3.1 million cartons, down 6 per cent", "", "", "W"),
        ],
        [
            ("Braeburn: 1.2 million cartons, up 2 per cent", "", "", "W"),
        ],
        [
            ("Granny Smith: 640,000 cartons, down 11 per cent", "", "", "W"),
        ],
        [
            ("All other varieties: 1.9 million cartons, up 9 per cent", "", "", "W"),
        ],
        [
            (
                "Collective chairwoman Priya Venkataraman-Hohaia said growers who sent fruit to Raureka had already been offered space at three larger packhouses in Hastings and Whakatū.",
                "Priya Venkataraman-Hohaia",
                "said",
                "W",
            ),
            (
                "“Nobody's apples are going to rot on the tree because of this,” she said.",
                "Priya Venkataraman-Hohaia",
                "said",
                "",
            ),
            (
                "She said the region's shortage of pickers worried her more than its shortage of packhouses.",
                "Priya Venkataraman-Hohaia",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT · Scroll to keep reading", "", "", "B"),
        ],
        [
            (
                "The Packing and Cool Store Workers' Union said 19 of the 22 permanent staff had worked at Raureka for more than ten years.",
                "The Packing and Cool Store Workers' Union",
                "said",
                "W",
            ),
            (
                "Its Hawke's Bay organiser, Tevita Fifita-Marsh, said the union would push for redundancy pay above the four weeks set out in the collective agreement.",
                "Tevita Fifita-Marsh",
                "said",
                "",
            ),
        ],
        [
            (
                "Rosalind Teputa, 61, has graded apples at Raureka since 1991.",
                "",
                "",
                "W",
            ),
            (
                "“I started on the line the week my youngest started school,” she said.",
                "Rosalind Teputa",
                "said",
                "",
            ),
            ("“Thirty-five seasons.", "Rosalind Teputa", "said", ""),
            (
                "You don't just walk into another one of those.”",
                "Rosalind Teputa",
                "said",
                "",
            ),
        ],
        [
            (
                "Hastings mayor Wendy Tauroa-Pratt said the council's economic development team would meet the company on Monday to discuss support for staff.",
                "Wendy Tauroa-Pratt",
                "said",
                "W",
            ),
        ],
        [
            (
                "The closure follows that of Ōmāhu Packing, which shut its Hastings site on 30 May 2024 with the loss of 96 jobs.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What happens to the site?", "", "", ""),
        ],
        [
            (
                "Lindqvist-Rangi said the family had not decided whether to sell the 4.2ha site in Raureka.",
                "Fergus Lindqvist-Rangi",
                "said",
                "",
            ),
            (
                "Its resource consent for cool storage runs until 2029, council records show.",
                "council records",
                "show",
                "W",
            ),
        ],
        [
            ("Have a rural story? Email rural@ahuriripost.co.nz", "", "", "B"),
        ],
        [
            ("More from Rural", "", "", "B"),
        ],
        [
            ("Frost fans divide Havelock North neighbours", "", "", "B"),
        ],
        [
            ("Ahuriri Post Media Ltd.", "", "", "B"),
            ("Napier, New Zealand.", "", "", "B"),
        ],
    ],
    [
        [
            ("UMOYA NEWS", "", "", "B"),
        ],
        [
            (
                "News   Provinces   Politics   Business   Sport   Radio   TV   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("● Umoya Radio 1 is live — listen now", "", "", "B"),
        ],
        [
            ("Provinces / Eastern Cape", "", "", "B"),
        ],
        [
            (
                "Eastern Cape ambulances reached only 38% of rural priority calls within an hour last year",
                "",
                "",
                "W",
            ),
        ],
        [
            ("▶ Hear this report (3:52)", "", "", "B"),
        ],
        [
            ("Nomvula Dyantyi-Hendricks · Umoya News, East London", "", "", "B"),
        ],
        [
            ("09 March 2026 · 17:20 SAST", "", "", "B"),
        ],
        [
            ("In brief", "", "", "B"),
        ],
        [
            (
                "Only 38% of priority-one calls in rural districts were reached within 60 minutes in 2025, against a target of 70%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The MEC says 120 new ambulances will be on the road by September.",
                "Zoleka Mbatha-Ferreira",
                "says",
                "",
            ),
        ],
        [
            (
                "Paramedics' union blames 460 vacant posts and vehicles stuck in workshops.",
                "The Emergency Care Workers' Union of South Africa",
                "blames",
                "W",
            ),
        ],
        [
            (
                "Watch: a night shift with paramedics in the OR Tambo district",
                "",
                "",
                "",
            ),
        ],
        [
            ("04:37", "", "", "B"),
        ],
        [
            (
                "Only 38% of priority-one emergency calls in the Eastern Cape's rural districts were reached by an ambulance within an hour in 2025, according to the Eastern Cape Department of Health's annual emergency medical services report, tabled in the provincial legislature's health portfolio committee on Monday.",
                "the Eastern Cape Department of Health's annual emergency medical services report",
                "according to",
                "W",
            ),
            ("The department's own target is 70%.", "", "", "W"),
            (
                "In the Buffalo City and Nelson Mandela Bay metros, 61% of such calls were reached within 30 minutes.",
                "",
                "",
                "W",
            ),
            (
                "The report counts 312 ambulances in service across the province on 31 December, down from 407 a year earlier.",
                "The report",
                "counts",
                "W",
            ),
        ],
        [
            (
                "For the Mgwebi family in Ngqeleni, the figures come with a timeline.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "According to the control centre's call log, which the family shared with Umoya News:",
                "the control centre's call log",
                "according to",
                "",
            ),
        ],
        [
            (
                "21:42 — call logged at the Mthatha emergency communication centre",
                "",
                "",
                "W",
            ),
        ],
        [
            ("22:15 — ambulance assigned from Libode, 38 km away", "", "", "W"),
        ],
        [
            ("23:51 — ambulance arrives at the homestead", "", "", "W"),
        ],
        [
            (
                "00:40 — patient admitted to Nelson Mandela Academic Hospital",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nosipho Mgwebi, 44, survived the stroke, but doctors told the family the delay had cost her the use of her left arm, her brother Luthando Mgwebi said.",
                "Luthando Mgwebi",
                "said",
                "",
            ),
            ("“We counted every minute.", "Luthando Mgwebi", "said", ""),
            ("Two hours and nine minutes,” he said.", "Luthando Mgwebi", "said", ""),
        ],
        [
            ("Full report on Eastern Cape Tonight, 18:30 on Umoya TV2", "", "", "B"),
        ],
        [
            (
                "More on Umoya: Bhisho hospital fire inquiry to report in April",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Health MEC Zoleka Mbatha-Ferreira told the committee that the department had ordered 120 ambulances in January at a cost of R186 million.",
                "Zoleka Mbatha-Ferreira",
                "told the committee",
                "W",
            ),
            (
                "She said they would be in service by September.",
                "Zoleka Mbatha-Ferreira",
                "said",
                "",
            ),
            (
                "“I am not going to defend these numbers.",
                "Zoleka Mbatha-Ferreira",
                "said",
                "",
            ),
            (
                "They are not acceptable to me,” she said.",
                "Zoleka Mbatha-Ferreira",
                "said",
                "",
            ),
        ],
        [
            (
                "The department blamed breakdowns for most of the shortfall, saying 141 vehicles were off the road for repairs on an average day in 2025.",
                "The department",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "The Emergency Care Workers' Union of South Africa said 460 paramedic posts in the province were vacant.",
                "The Emergency Care Workers' Union of South Africa",
                "said",
                "W",
            ),
            (
                "Its provincial secretary, Anele Qwabe-Jacobs, said single crews at rural stations routinely covered areas of more than 2,000 square kilometres.",
                "Anele Qwabe-Jacobs",
                "said",
                "W",
            ),
            (
                "“Ask any crew in Libode what a one-hour target means,” she said.",
                "Anele Qwabe-Jacobs",
                "said",
                "",
            ),
            (
                "“It means nothing when the road is gravel and it has rained for a week.”",
                "Anele Qwabe-Jacobs",
                "said",
                "",
            ),
        ],
        [
            (
                "The department returned R94 million of its emergency services budget unspent in the 2024/25 financial year, according to the report.",
                "the report",
                "according to",
                "W",
            ),
            (
                "Committee chairperson Mncedisi Gqirana-Petersen asked how that could happen while patients waited two hours for an ambulance.",
                "Mncedisi Gqirana-Petersen",
                "asked",
                "",
            ),
            (
                "The department did not answer the question on Monday.",
                "The department",
                "did not answer",
                "",
            ),
            (
                "He said the committee would call officials back for a progress report on 15 June.",
                "Mncedisi Gqirana-Petersen",
                "said",
                "W",
            ),
        ],
        [
            ("What should callers do?", "", "", ""),
        ],
        [
            (
                "The department says callers should stay on the line and give a landmark, such as a school or a spaza shop, and not only the name of a village.",
                "The department",
                "says",
                "",
            ),
            (
                "The national ambulance number is 10177, and 112 works from any cellphone.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Spotted an error?", "", "", "B"),
            ("Write to the Umoya News standards editor", "", "", "B"),
        ],
        [
            ("More from Provinces", "", "", "B"),
        ],
        [
            ("Chris Hani water tankers stand idle as contract lapses", "", "", "B"),
        ],
        [
            ("© 2026 Umoya Public Broadcaster SOC Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("GREENHOUSE COMPASS", "", "", "B"),
        ],
        [
            (
                "News | Crops | Technology | Energy | Markets | People | Events | Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Markets section is supported by Van Ooijen Screens, Maasdijk",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Markets › Vegetables", "", "", "B"),
        ],
        [
            (
                "Dutch tomato area under glass falls to 1,390 ha, lowest in census history",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cooperative chair says growers are ‘switching off the lamps’; two Westland nurseries apply to switch to strawberries",
                "Jorien Bakhuizen-Tol",
                "says",
                "W",
            ),
        ],
        [
            ("Hidde Verschoor-Lambrecht | 10 March 2026 | 4 min read", "", "", "B"),
        ],
        [
            ("Share: LinkedIn · X · Email", "", "", "B"),
        ],
        [
            (
                "Truss tomatoes on the high wire at a nursery in 's-Gravenzande.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image: Greenhouse Compass", "", "", "B"),
        ],
        [
            (
                "The area of glasshouse tomatoes in the Netherlands fell to 1,390 hectares in 2025, down 7% on a year earlier and the smallest since its horticulture census began in 1990, Statistics Netherlands (CBS) said on Friday.",
                "Statistics Netherlands",
                "said",
                "W",
            ),
            (
                "The fall was sharpest in lit cultivation, i.e. winter production under LED or high-pressure sodium lamps, which shrank by 18%.",
                "",
                "",
                "W",
            ),
            (
                "Sweet pepper area was almost unchanged at 1,280 hectares, and cucumber area rose 2%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "EVENT · HortiMeet Venlo · 16–18 September 2026 · Early-bird tickets 20% off until 31 May · Book your place",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Jorien Bakhuizen-Tol, who chairs the Poelzone Growers' Cooperative in Naaldwijk, said 11 of its 64 member nurseries had not lit their tomato crops this winter.",
                "Jorien Bakhuizen-Tol",
                "said",
                "W",
            ),
            (
                "“Growers are switching off the lamps because the sums don't work,” she said.",
                "Jorien Bakhuizen-Tol",
                "said",
                "",
            ),
            (
                "“At 48 cents a cubic metre you could light a tomato crop in December.",
                "Jorien Bakhuizen-Tol",
                "told the Westland Growers' Day",
                "",
            ),
            (
                "At 90 cents you cannot,” she told the Westland Growers' Day in Honselersdijk on 5 March.",
                "Jorien Bakhuizen-Tol",
                "told the Westland Growers' Day",
                "",
            ),
            (
                "Members paid an average of 71 cents per cubic metre for gas in January, including network charges and energy tax, the cooperative said.",
                "the cooperative",
                "said",
                "W",
            ),
        ],
        [
            (
                "Prices on this page are compiled with the support of Van Ooijen Screens.",
                "",
                "",
                "B",
            ),
            ("Greenhouse Compass retains full editorial control.", "", "", "B"),
        ],
        [
            ("Auction price, loose round tomatoes (€/kg)", "", "", "B"),
        ],
        [
            ("Week | 2025 | 2026", "", "", "B"),
        ],
        [
            ("Wk 6 | 1.84 | 2.21", "", "", ""),
        ],
        [
            ("Wk 7 | 1.79 | 2.35", "", "", ""),
        ],
        [
            ("Wk 8 | 1.62 | 2.40", "", "", ""),
        ],
        [
            (
                "Source: Greenhouse Compass price desk, clock auction averages",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Prices in the first eight weeks of the year were 28% higher than a year earlier, but the volume sold was 31% lower, said Bas Eikelenboom, a horticulture analyst at the agricultural lender Polderkrediet.",
                "Bas Eikelenboom",
                "said",
                "W",
            ),
            (
                "He said he expected the tomato area to shrink again in 2026, “perhaps below 1,300 hectares”.",
                "Bas Eikelenboom",
                "said",
                "",
            ),
        ],
        [
            (
                "Two Westland nurseries, Gebr. Van Haasteren and Kwekerij De Nieuwe Zwet, have applied to the municipality to convert a combined 14 hectares to strawberries.",
                "",
                "",
                "W",
            ),
            (
                "Pieter van Haasteren, who runs the family nursery with his two brothers, said the decision had been “the hardest in three generations”.",
                "Pieter van Haasteren",
                "said",
                "",
            ),
            (
                "“Strawberries need less light, and the retailers contract the whole crop before we plant,” he said.",
                "Pieter van Haasteren",
                "said",
                "",
            ),
            (
                "Van Haasteren said the switch would cost about €2.6 million, half of it paid from the company's own reserves.",
                "Pieter van Haasteren",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nurseries on geothermal heat networks were far less affected: the tomato area heated that way grew by 40 hectares, the CBS figures show.",
                "the CBS figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Agriculture, Fisheries, Food Security and Nature said in a written reply to MPs on 3 March that a subsidy round for greenhouse heat pumps would open on 1 July.",
                "The Ministry of Agriculture, Fisheries, Food Security and Nature",
                "said in a written reply to MPs",
                "W",
            ),
            (
                "The round has a budget of €35 million, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            ("Will lit tomatoes come back?", "", "", ""),
        ],
        [
            (
                "Bakhuizen-Tol said some members would go back to winter lighting if gas fell below 50 cents, “but not before 2028”.",
                "Jorien Bakhuizen-Tol",
                "said",
                "",
            ),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Limburg cucumber grower signs heat deal with data centre", "", "", "B"),
        ],
        [
            (
                "JOBS · Head grower, tomatoes (m/f/x), Pijnacker · Apply by 27 March",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Monday Compass: this week's clock prices in your inbox before 7:00",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Greenhouse Compass is published by Kompas Vakmedia B.V.", "", "", "B"),
            ("KvK 80412276.", "", "", "B"),
        ],
    ],
    [
        [
            ("SAN FERNANDO CITY CORPORATION", "", "", "B"),
        ],
        [
            (
                "Home | The Corporation | Council | Services | Pay Property Tax | Newsroom | Contact Us",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NOTICE: Corporation offices at City Hall will close at 12 noon on Friday 13th March for staff training.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Newsroom » Media Releases", "", "", "B"),
        ],
        [
            ("MEDIA RELEASE", "", "", "B"),
        ],
        [
            ("FOR IMMEDIATE RELEASE", "", "", "B"),
        ],
        [
            ("Tuesday 10th March, 2026", "", "", "B"),
        ],
        [
            (
                "Council approves TT$14.6 million drainage programme for six south San Fernando districts",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The San Fernando City Council on Monday approved a TT$14.6 million drainage programme for six districts in the south of the city, following the worst flooding in Marabella since 2018.",
                "",
                "",
                "W",
            ),
            (
                "The vote, taken at the Council's statutory monthly meeting at City Hall, was 11 to 2.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "On 19th October 2025, 96 millimetres of rain fell on the city in three hours, according to the Trinidad and Tobago Meteorological Service.",
                "the Trinidad and Tobago Meteorological Service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "His Worship the Mayor, Alderman Rajendra Persad-Sookdeo, said the programme would be funded from the Corporation's 2026 development allocation and a grant from the Ministry of Rural Development and Local Government.",
                "Rajendra Persad-Sookdeo",
                "said",
                "W",
            ),
            (
                "“Residents of Marabella should not have to bail out their living rooms every rainy season,” the Mayor said.",
                "Rajendra Persad-Sookdeo",
                "said",
                "",
            ),
            ("“This Council has heard them.”", "Rajendra Persad-Sookdeo", "said", ""),
        ],
        [
            ("The works approved are:", "", "", ""),
        ],
        [
            (
                "Marabella: desilting and widening of 2.3 km of the Union Park main drain, TT$4.8 million;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vistabella: box culverts at three crossings on Rushworth Street, TT$2.9 million;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pleasantville: concrete lining of 1.1 km of earth drains, TT$2.2 million;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cocoyea: a pump station near the Mon Repos roundabout, TT$3.1 million;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gulf View and La Romaine: drain cleaning and two sluice gates, TT$1.6 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Work on the Marabella drain is scheduled to start on 6th April and to finish before the rainy season begins in June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Councillor for Marabella West, Tricia Ramcharan-Lovell, said 212 households in her district had reported flood damage to the Corporation's Disaster Management Unit since October.",
                "Tricia Ramcharan-Lovell",
                "said",
                "W",
            ),
            (
                "The Disaster Management Unit found refuse blocking the drains at 14 of the 19 flooding points it inspected after the October storm.",
                "The Disaster Management Unit",
                "found",
                "W",
            ),
        ],
        [
            (
                "Alderman Kervin St. Hill-Joseph, one of the two members who voted against, said the programme left out Les Efforts East, where 40 homes flooded in October.",
                "Kervin St. Hill-Joseph",
                "said",
                "W",
            ),
            (
                "“We cannot keep fixing the drains of the districts that shout the loudest,” he said.",
                "Kervin St. Hill-Joseph",
                "said",
                "",
            ),
        ],
        [
            (
                "Photographs from Monday's Council meeting are on the Corporation's Facebook page.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Ministry of Rural Development and Local Government has approved a grant of TT$6 million towards the programme, according to a letter from the Permanent Secretary, read into the minutes of the meeting.",
                "a letter from the Permanent Secretary",
                "according to",
                "W",
            ),
            (
                "The remaining TT$8.6 million will come from the Corporation's development allocation for fiscal 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Corporation's Chief Executive Officer, Ms. Anjanie Boodram-Clarke, said tenders for the Marabella and Vistabella works would close at 2:00 p.m. on 20th March.",
                "Anjanie Boodram-Clarke",
                "said",
                "W",
            ),
            (
                "She said bidders must be registered with the Corporation and hold a valid VAT clearance certificate.",
                "Anjanie Boodram-Clarke",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the same meeting, the Council deferred a decision on relocating vendors from Library Corner to Skinner Park until its April meeting.",
                "",
                "",
                "W",
            ),
            (
                "Deputy Mayor Sherwin Baptiste-Mohammed said the Corporation would publish a progress report on the drainage works every month.",
                "Sherwin Baptiste-Mohammed",
                "said",
                "",
            ),
        ],
        [
            (
                "Residents can report blocked drains to the Corporation's hotline on 1 (868) 555-0178, 24 hours a day.",
                "",
                "",
                "",
            ),
        ],
        [
            ("-END-", "", "", "B"),
        ],
        [
            ("About the San Fernando City Corporation", "", "", "B"),
        ],
        [
            (
                "The San Fernando City Corporation is the municipal authority for the City of San Fernando.",
                "",
                "",
                "B",
            ),
            (
                "It is governed by an elected Council of Aldermen and Councillors.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Media contact: Corporate Communications Unit, City Hall · Tel. 1 (868) 555-0142 ext. 2231",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Download this release (PDF, 214 KB)", "", "", "B"),
        ],
        [
            (
                "« Previous: Skinner Park vendors' consultation extended | Next: Property tax relief for pensioners »",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 San Fernando City Corporation.", "", "", "B"),
            ("Site map | Privacy | Accessibility", "", "", "B"),
        ],
    ],
    [
        [
            ("MARSASKALA ANCHORS FC", "", "", "B"),
        ],
        [
            ("Founded 1961 · The official club website", "", "", "B"),
        ],
        [
            (
                "Club   First Team   Academy   Women   Fixtures & Results   Tickets   Shop   Partners",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Match Centre › Report", "", "", "B"),
        ],
        [
            (
                "Anchors come from behind to beat Qrendi Rovers 2-1 and go top",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kurt Zammit-Borg scores twice in the last 12 minutes as the Anchors open a two-point lead with four games left",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Club Media · Sunday 8 March 2026", "", "", "B"),
        ],
        [
            ("Share → Facebook · Instagram · WhatsApp", "", "", "B"),
        ],
        [
            ("Kurt Zammit-Borg celebrates in front of the north stand.", "", "", ""),
        ],
        [
            ("Photo: Club Media / J. Farrugia", "", "", "B"),
        ],
        [
            (
                "Match ball sponsored by Buttigieg Marine Supplies, Marsaskala",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Marsaskala Anchors went top of the Challenge League on Saturday with a 2-1 win over Qrendi Rovers at the Centenary Stadium, their sixth league win in a row.",
                "",
                "",
                "W",
            ),
            (
                "Rovers led from the 34th minute, when Jake Grech-Attard headed in a corner at the near post.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "For most of the second half, it looked as if that would be enough.",
                "",
                "",
                "",
            ),
        ],
        [
            ("It wasn't.", "", "", ""),
        ],
        [
            (
                "Kurt Zammit-Borg levelled from the penalty spot in the 78th minute after Luke Spiteri was brought down, and scored the winner nine minutes later with a low shot from 20 metres.",
                "",
                "",
                "W",
            ),
            (
                "It was his 17th league goal of the season, a club record for the second tier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Next at home: Anchors v Bidnija Hawks · Sat 14 March · 15:00 · Centenary Stadium · Adults €6, under-16s free",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Head coach Stefan Bonello-Azzopardi said his players had “stopped playing in straight lines” after half-time.",
                "Stefan Bonello-Azzopardi",
                "said",
                "",
            ),
            (
                "“I reminded them at the break that we had scored 14 goals after the 75th minute this season.",
                "Stefan Bonello-Azzopardi",
                "said",
                "W",
            ),
            (
                "That is the kind of team we are,” he said.",
                "Stefan Bonello-Azzopardi",
                "said",
                "",
            ),
        ],
        [
            (
                "Captain Matthew Vella-Sant said the players wanted to dedicate the win to kit man Ġorġ Cassar-Bonnici, who marked 40 years with the club on Friday.",
                "Matthew Vella-Sant",
                "said",
                "",
            ),
        ],
        [
            ("Elsewhere at the club this weekend:", "", "", ""),
        ],
        [
            (
                "The Under-19s beat Baħrija Crusaders 3-1 at Ta' Qali, with two goals from Nikolai Farrugia.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The women's team drew 0-0 away to Birżebbuġa Lionesses.", "", "", "W"),
        ],
        [
            ("The Under-15s lost 4-2 to Wardija Stags.", "", "", "W"),
        ],
        [
            ("MATCH FACTS", "", "", "B"),
        ],
        [
            (
                "Anchors: Debono; Spiteri, Borg, Scicluna, Zerafa; Vella-Sant (c), Mifsud, Sammut; Tabone, Zammit-Borg, Grech.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Goals: Grech-Attard 34'; Zammit-Borg 78' (pen.), 87'", "", "", ""),
        ],
        [
            ("Referee: Clayton Pisani-Gauci", "", "", ""),
        ],
        [
            ("Attendance: 1,184", "", "", ""),
        ],
        [
            (
                "The club confirmed on Friday that it had been fined €400 by the Malta Football Association's disciplinary board over flares lit by supporters during the home game against Kirkop Bees on 22 February.",
                "The club",
                "confirmed",
                "W",
            ),
            (
                "It is the club's third fine this season, according to the association's published disciplinary bulletins.",
                "the association's published disciplinary bulletins",
                "according to",
                "W",
            ),
            (
                "Club president Mario Cachia-Dimech said the club would not appeal.",
                "Mario Cachia-Dimech",
                "said",
                "",
            ),
            (
                "“We have identified the two people involved, and they will not be welcome at our games,” he said.",
                "Mario Cachia-Dimech",
                "said",
                "",
            ),
        ],
        [
            ("Challenge League: top four", "", "", "B"),
        ],
        [
            ("Pos | Club | P | Pts", "", "", "B"),
        ],
        [
            ("1 | Marsaskala Anchors | 22 | 49", "", "", ""),
        ],
        [
            ("2 | Bidnija Hawks | 22 | 47", "", "", ""),
        ],
        [
            ("3 | Qrendi Rovers | 22 | 44", "", "", ""),
        ],
        [
            ("4 | Wardija Stags | 22 | 41", "", "", ""),
        ],
        [
            ("Not a member yet?", "", "", "B"),
            (
                "Anchors membership for 2026 costs €25 and covers entry to every league home game.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Our partners: Buttigieg Marine Supplies · Azure Bay Hotel · Dimech Pharmacy",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Marsaskala Anchors FC.", "", "", "B"),
            ("Reg. VO/0412", "", "", "B"),
        ],
    ],
    [
        [
            ("AMSWUZ", "", "", "B"),
        ],
        [
            ("Allied Mine and Smelter Workers' Union of Zambia", "", "", "B"),
        ],
        [
            (
                "Home · About us · Branches · Collective Bargaining · Health & Safety · News · Join",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Members' area: sign in with your payroll number", "", "", "B"),
        ],
        [
            ("News » Collective Bargaining", "", "", "B"),
        ],
        [
            (
                "Luansobe workers win 11% pay rise in two-year deal; underground housing allowance doubled",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted on 12 March 2026 by the Secretariat", "", "", "B"),
        ],
        [
            ("Filed under: Bargaining, Kalulushi Branch", "", "", "B"),
        ],
        [
            (
                "The Union has signed a two-year collective agreement with Luansobe Copper Mines Plc that gives its 3,420 unionised employees at Kalulushi an 11% increase in basic pay from 1 April 2026 and a further 8% from 1 April 2027.",
                "",
                "",
                "W",
            ),
            (
                "The monthly housing allowance for underground workers doubles from K1,500 to K3,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The agreement was signed on Tuesday at the company's offices in Kalulushi after seven rounds of talks that began on 14 November last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The deal at a glance", "", "", "B"),
        ],
        [
            ("Basic pay: +11% from April 2026, +8% from April 2027", "", "", "W"),
        ],
        [
            ("Housing allowance (underground): K1,500 → K3,000 a month", "", "", "W"),
        ],
        [
            (
                "Education allowance: K900 per child per term, for up to three children",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Funeral grant: up from K7,500 to K12,000", "", "", "W"),
        ],
        [
            (
                "Union president Chanda Mulenga-Chisanga said the increase was the largest negotiated at the mine since 2012.",
                "Chanda Mulenga-Chisanga",
                "said",
                "W",
            ),
            (
                "“Our members went underground every day through a year of high copper prices.",
                "Chanda Mulenga-Chisanga",
                "said",
                "",
            ),
            (
                "This agreement is them getting their share,” he said.",
                "Chanda Mulenga-Chisanga",
                "said",
                "",
            ),
        ],
        [
            (
                "Mulenga-Chisanga said the Union had dropped its opening demand of 25% after the company opened its accounts to the Union's auditors in January.",
                "Chanda Mulenga-Chisanga",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, Luansobe Copper Mines said the agreement would add about K214 million a year to its wage bill.",
                "Luansobe Copper Mines Plc",
                "said",
                "W",
            ),
            (
                "“We value the partnership we have built with our workforce and their representatives,” the company's human resources director, Bwalya Nkonde-Sakala, said in the statement.",
                "Bwalya Nkonde-Sakala",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "📄 Download the signed agreement (PDF, 1.8 MB) · members only",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Not yet a member?", "", "", "B"),
            (
                "Anyone working in mining, smelting or refining can join at a branch office.",
                "",
                "",
                "B",
            ),
            ("Subscriptions are 1.5% of basic pay.", "", "", "B"),
        ],
        [
            ("Contract workers are not covered.", "", "", "W"),
        ],
        [
            (
                "About 1,900 people work at the mine through labour contractors, according to the Kalulushi branch.",
                "the Kalulushi branch",
                "according to",
                "W",
            ),
            (
                "Branch secretary Mutale Kabwe-Simwinga said many of them did the same jobs as permanent staff for less than half the pay.",
                "Mutale Kabwe-Simwinga",
                "said",
                "W",
            ),
            (
                "“A winch operator employed by a contractor takes home K5,800.",
                "Mutale Kabwe-Simwinga",
                "said",
                "W",
            ),
            (
                "The man next to him, on the company payroll, takes home K13,200,” she said.",
                "Mutale Kabwe-Simwinga",
                "said",
                "W",
            ),
            (
                "The branch is due to meet the Labour Commissioner about contract labour on 26 March, she said.",
                "Mutale Kabwe-Simwinga",
                "said",
                "W",
            ),
        ],
        [
            (
                "The agreement was registered by the Ministry of Labour and Social Security on Wednesday, the Labour Commissioner's office confirmed.",
                "the Labour Commissioner's office",
                "confirmed",
                "W",
            ),
            (
                "Under the Industrial and Labour Relations Act, a collective agreement becomes binding only once the Labour Commissioner has registered it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Workers at Luansobe last downed tools in July 2023, in a five-day stoppage over late overtime payments.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The President thanked the Kalulushi negotiating team, who met members at the shaft heads at 05:30 before every round of talks.",
                "Chanda Mulenga-Chisanga",
                "thanked",
                "",
            ),
            (
                "“This is what organised workers look like,” he said.",
                "Chanda Mulenga-Chisanga",
                "said",
                "",
            ),
        ],
        [
            ("Share with a comrade: WhatsApp | Facebook | Copy link", "", "", "B"),
        ],
        [
            ("More union news", "", "", "B"),
        ],
        [
            ("Smelter branch elects its first woman chairperson", "", "", "B"),
        ],
        [
            ("Heat stress: new guidance for underground crews", "", "", "B"),
        ],
        [
            ("An injury to one is an injury to all.", "", "", "B"),
        ],
        [
            (
                "AMSWUZ House, Kitwe · Registered under the Industrial and Labour Relations Act, Reg. No. 117",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("ISLAND BLAZE", "", "", "B"),
        ],
        [
            (
                "NEWS | ENTERTAINMENT | DANCEHALL | SPORTS | VIRAL | WHAT THE STARS SAY",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "🔥 HOT RIGHT NOW: Portmore party shut down · Taxi man's lotto win · Rain again Tuesday?",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            ("COPS PULL PLUG ON PORTMORE STREET DANCE AT 2:30 A.M.", "", "", "W"),
        ],
        [
            (
                "Promoter charged after party runs 90 minutes past permit; ‘Mi did have every paper,’ he says",
                "Dwayne Macfarlane-Grant",
                "says",
                "W",
            ),
        ],
        [
            ("Story by Shanice Pottinger-Reid", "", "", "B"),
        ],
        [
            ("Sunday, March 8, 2026", "", "", "B"),
        ],
        [
            ("Share on WhatsApp · Facebook · X", "", "", "B"),
        ],
        [
            (
                "Patrons on a Waterford road in the early hours of Saturday, before the music was stopped.",
                "",
                "",
                "",
            ),
        ],
        [
            ("CONTRIBUTED PHOTO", "", "", "B"),
        ],
        [
            ("SEE ALL 14 PHOTOS ▸", "", "", "B"),
        ],
        [
            (
                "A Portmore promoter was charged on Saturday after police shut down his street dance in Waterford at 2:30 a.m.",
                "",
                "",
                "W",
            ),
            (
                "The permit issued by the Portmore Municipal Corporation allowed the event to run until 1 a.m.",
                "",
                "",
                "W",
            ),
            ("By then, the road had been packed for three hours.", "", "", ""),
        ],
        [
            (
                "Police said the promoter, 34-year-old Dwayne Macfarlane-Grant of Southborough, known on the scene as Skull Vibes, was charged with breaches of the Noise Abatement Act and will appear in the St Catherine Parish Court on March 19.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The sound system was still going when the first patrol car pulled up.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Then the blue lights came on.", "", "", ""),
        ],
        [
            ("The crowd booed.", "", "", ""),
        ],
        [
            (
                "“Mi did have every paper,” Macfarlane-Grant told the BLAZE on Saturday evening.",
                "Dwayne Macfarlane-Grant",
                "told the BLAZE",
                "",
            ),
            (
                "“Di permit seh one o'clock, yes, but a police officer tell mi seh mi coulda run till three.”",
                "Dwayne Macfarlane-Grant",
                "told the BLAZE",
                "",
            ),
            (
                "He said more than 600 patrons had paid J$2,000 each to get in.",
                "Dwayne Macfarlane-Grant",
                "said",
                "W",
            ),
        ],
        [
            (
                "ALSO ON BLAZE: Selector's goat steals the show at Bashment Friday",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("WhatsApp the Blaze on 876-555-0190.", "", "", "B"),
            ("We pay for exclusive video.", "", "", "B"),
        ],
        [
            (
                "Superintendent Marcia Ebanks-Thorpe, commanding officer of the St Catherine South Police Division, said officers received 27 noise complaints about the event between midnight and 2 a.m.",
                "Marcia Ebanks-Thorpe",
                "said",
                "W",
            ),
            (
                "She said it was the third street dance in Portmore stopped for running past its permit since January.",
                "Marcia Ebanks-Thorpe",
                "said",
                "W",
            ),
            (
                "“Nobody is against people enjoying themselves.",
                "Marcia Ebanks-Thorpe",
                "said",
                "",
            ),
            (
                "But at half past two in the morning, the child in the next yard has to sleep too,” she said.",
                "Marcia Ebanks-Thorpe",
                "said",
                "",
            ),
        ],
        [
            (
                "The Portmore Municipal Corporation said in a statement that Macfarlane-Grant had been granted four event permits in 2025, all with a 1 a.m. finish.",
                "The Portmore Municipal Corporation",
                "said in a statement",
                "W",
            ),
            (
                "It said he would not get another until the court case was settled.",
                "The Portmore Municipal Corporation",
                "said",
                "",
            ),
        ],
        [
            (
                "Waterford resident Pauline Chambers-Whyte, 67, said her windows were rattling until the police arrived.",
                "Pauline Chambers-Whyte",
                "said",
                "",
            ),
            (
                "“Mi nuh have nothing against di youths dem.",
                "Pauline Chambers-Whyte",
                "said",
                "",
            ),
            ("Mi just want fi sleep,” she said.", "Pauline Chambers-Whyte", "said", ""),
        ],
        [
            (
                "Under the Noise Abatement Act, amplified music at a permitted event must stop at the time set in the permit.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("💬 38 Comments", "", "", "B"),
        ],
        [
            ("Sort by: Newest", "", "", "B"),
        ],
        [
            ("RealPortmoreYute · 5h", "", "", "B"),
        ],
        [
            ("Man pay fi permit till one and play till half two.", "", "", "B"),
            ("Police did right.", "", "", "B"),
        ],
        [
            ("Reply · 41 likes", "", "", "B"),
        ],
        [
            ("Miss_Kitty_SpanishTown · 4h", "", "", "B"),
        ],
        [
            ("Every weekend di same thing pon fi wi road.", "", "", "B"),
            ("Mi glad somebody finally call dem.", "", "", "B"),
        ],
        [
            ("Reply · 17 likes", "", "", "B"),
        ],
        [
            (
                "Views expressed in comments belong to readers, not to ISLAND BLAZE.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Firebrand Media Jamaica Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE RINGGIT REVIEW", "", "", "B"),
        ],
        [
            (
                "FBM KLCI 1,604.37 ▲5.12 (+0.32%) · CPO 3M RM4,186 ▼22 · USD/MYR 4.4120 · Brent US$71.40",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Markets | Corporate | Economy | Property | Commodities | Opinion | ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Corporate › Plantations", "", "", "B"),
        ],
        [
            (
                "Sungai Perak Plantations' Q4 profit jumps 41% on CPO prices; 9 sen dividend declared",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "But FFB output falls 6.3% and group says it is 2,100 harvesters short",
                "Sungai Perak Plantations Bhd",
                "says",
                "W",
            ),
        ],
        [
            ("By Tan Siew Ling", "", "", "B"),
        ],
        [
            ("February 27, 2026 @ 7:15pm", "", "", "B"),
        ],
        [
            ("Stock: SPP (5324) RM6.84 ▲0.12 (+1.79%)", "", "", "B"),
        ],
        [
            (
                "KUALA LUMPUR: Sungai Perak Plantations Bhd's net profit for the fourth quarter ended Dec 31, 2025 rose 41% to RM186.4 million from RM132.2 million a year earlier, on higher crude palm oil (CPO) prices.",
                "",
                "",
                "W",
            ),
            (
                "Revenue rose 18% to RM1.42 billion, the group said in a filing with Bursa Malaysia on Thursday.",
                "the group",
                "said in a filing with Bursa Malaysia",
                "W",
            ),
        ],
        [
            (
                "It declared a final dividend of 9 sen a share, payable on April 10.",
                "",
                "",
                "W",
            ),
            (
                "The average CPO price it realised in the quarter was RM4,312 per tonne, up 14% on a year earlier.",
                "",
                "",
                "W",
            ),
            (
                "Fresh fruit bunch (FFB) production fell 6.3% to 1.18 million tonnes.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SPP: Q4 FY2025 in figures", "", "", "B"),
        ],
        [
            ("RM mil | Q4 FY25 | Q4 FY24 | Change", "", "", "B"),
        ],
        [
            ("Revenue | 1,420.3 | 1,203.6 | +18%", "", "", ""),
        ],
        [
            ("Pre-tax profit | 251.8 | 178.6 | +41%", "", "", ""),
        ],
        [
            ("Net profit | 186.4 | 132.2 | +41%", "", "", ""),
        ],
        [
            ("Source: Bursa Malaysia filing", "", "", "B"),
        ],
        [
            (
                "Group managing director Datuk Azlan Rahim said the group was about 2,100 harvesters short of the 9,800 it needed across its estates in Perak and Sabah.",
                "Azlan Rahim",
                "said",
                "W",
            ),
            (
                "“Every bunch that is not harvested on time loses oil.",
                "Azlan Rahim",
                "told analysts",
                "",
            ),
            (
                "We estimate the shortage cost us about 40,000 tonnes of FFB last year,” he told analysts on a conference call on Friday.",
                "Azlan Rahim",
                "told analysts",
                "W",
            ),
            (
                "He said the group expected approval for 1,500 foreign workers from the Home Ministry by June.",
                "Azlan Rahim",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Morning Call on Telegram: the market before 8.30am, every trading day",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Rimba Securities analyst Lee Mei Fong said the results were 5% above the consensus of 14 analysts tracked by the research house.",
                "Lee Mei Fong",
                "said",
                "W",
            ),
            (
                "She kept her ‘outperform’ call and raised her target price to RM7.60 from RM7.10.",
                "",
                "",
                "W",
            ),
            (
                "“Labour, not price, is the biggest risk to 2026 output,” she wrote in a note to clients.",
                "Lee Mei Fong",
                "wrote in a note to clients",
                "",
            ),
        ],
        [
            (
                "Malaysia's palm oil stocks rose 4.8% month-on-month to 1.92 million tonnes at end-January, the Malaysian Palm Oil Board (MPOB) said on Feb 10.",
                "the Malaysian Palm Oil Board",
                "said",
                "W",
            ),
            ("Exports fell 11.2% over the same period.", "", "", "W"),
        ],
        [
            (
                "Shares of Sungai Perak Plantations closed 12 sen higher at RM6.84 on Friday, giving the group a market value of RM8.21 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Plantation and Commodities said last week that the windfall profit levy threshold for Peninsular Malaysia would remain at RM3,150 per tonne in 2026.",
                "The Ministry of Plantation and Commodities",
                "said",
                "W",
            ),
        ],
        [
            ("What does the group expect this year?", "", "", ""),
        ],
        [
            (
                "Azlan said the group had replanted 3,600 hectares in 2025.",
                "Azlan Rahim",
                "said",
                "W",
            ),
            (
                "He said it planned to replant 4,200 hectares this year, and expected CPO to average between RM4,000 and RM4,300 a tonne.",
                "Azlan Rahim",
                "said",
                "",
            ),
        ],
        [
            ("Disclaimer: Prices are delayed by at least 15 minutes.", "", "", "B"),
            ("This article is not investment advice.", "", "", "B"),
        ],
        [
            ("Related: Plantation index ends week flat as ringgit firms", "", "", "B"),
        ],
        [
            ("Related: February palm oil exports seen lower, say traders", "", "", "B"),
        ],
        [
            (
                "Copyright © 2026 Ringgit Review Media Sdn. Bhd. (202101012345).",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("MOUNTAIN DRUM FM 93.7 · KASESE", "", "", "B"),
        ],
        [
            (
                "Home | News | Sports | Shows | Presenters | Announcements | Advertise with us | Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "ON AIR NOW: The Morning Drum with Bwambale & Kemigisha, 6am–10am",
                "",
                "",
                "B",
            ),
        ],
        [
            ("▶ LISTEN LIVE", "", "", "B"),
        ],
        [
            ("Now playing: “Rwenzori Rain” by Kule Bright", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "Nyamwamba bursts its banks again: 1,140 families displaced in Kilembe and Bulembia",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Mountain Drum Newsroom | 11 March 2026 | 08:40", "", "", "B"),
        ],
        [
            (
                "Residents of Kanyangeya cross a broken footbridge on Tuesday evening.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Mountain Drum FM / Masereka J.", "", "", "B"),
        ],
        [
            (
                "More than 1,140 families have been displaced after River Nyamwamba burst its banks in Kasese for the second time in five weeks, district officials said on Wednesday.",
                "district officials",
                "said",
                "W",
            ),
            (
                "The water rose at about 2 a.m. on Tuesday after heavy rain on the Rwenzori mountains, sweeping away two footbridges and part of the Kasese–Kilembe road.",
                "",
                "",
                "W",
            ),
            (
                "Two people died, a nine-year-old boy in Kilembe and a 71-year-old woman in Bulembia, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The worst-hit areas, according to the district disaster office:",
                "the district disaster office",
                "according to",
                "",
            ),
        ],
        [
            ("Kilembe: 480 families; two schools closed", "", "", "W"),
        ],
        [
            ("Bulembia division: 390 families", "", "", "W"),
        ],
        [
            ("Nyamwamba division: 270 families", "", "", "W"),
        ],
        [
            (
                "Resident District Commissioner Joy Biira-Kasoro said soldiers and Uganda Red Cross volunteers had moved 212 people from riverbank homes to Kilembe Primary School and St Paul's Church, Bulembia.",
                "Joy Biira-Kasoro",
                "said",
                "W",
            ),
            (
                "“We are asking everyone living within 50 metres of the river to move now, not tomorrow,” she told Mountain Drum.",
                "Joy Biira-Kasoro",
                "told Mountain Drum",
                "",
            ),
        ],
        [
            (
                "🎧 The full interview with the RDC airs on the 1pm bulletin, in Lhukonzo and English.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Send your flood updates by SMS to 8937 (free on all networks)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("This is not new for Kilembe.", "", "", ""),
        ],
        [
            (
                "The same river flooded the valley in May 2013 and again in May 2020.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "District chairperson Elly Muhindo-Kabugho said the district had received 400 bags of maize flour, 600 blankets and 150 tarpaulins from the Office of the Prime Minister on Wednesday morning.",
                "Elly Muhindo-Kabugho",
                "said",
                "W",
            ),
            (
                "He said that was not enough for the families in the camps.",
                "Elly Muhindo-Kabugho",
                "said",
                "",
            ),
            (
                "“We have families sleeping 40 to a classroom.",
                "Elly Muhindo-Kabugho",
                "said",
                "W",
            ),
            ("The schools must reopen,” he said.", "Elly Muhindo-Kabugho", "said", ""),
        ],
        [
            (
                "Kilembe Primary School and Kilembe Secondary School will stay closed until further notice, the district education officer said.",
                "the district education officer",
                "said",
                "W",
            ),
        ],
        [
            (
                "Masika Jovia, 34, a tomato seller in Kilembe, said she had lost her house and her stock of 12 crates.",
                "Masika Jovia",
                "said",
                "",
            ),
            ("“The water came at night.", "Masika Jovia", "said", ""),
            (
                "By the time I woke the children, it was at the door,” she said.",
                "Masika Jovia",
                "said",
                "",
            ),
        ],
        [
            (
                "The Uganda Red Cross Society said its volunteers had registered 5,230 people at six camps by Wednesday evening.",
                "The Uganda Red Cross Society",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Uganda National Roads Authority closed the Kasese–Kilembe road to all vehicles on Tuesday, a notice on its X account said.",
                "a notice on its X account",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Uganda National Meteorological Authority (UNMA) has forecast above-normal rainfall over the Rwenzori region until the end of April.",
                "The Uganda National Meteorological Authority",
                "has forecast",
                "",
            ),
            (
                "It advised people living on steep slopes to watch for cracks in the ground, a common warning sign of landslides.",
                "The Uganda National Meteorological Authority",
                "advised",
                "",
            ),
        ],
        [
            ("Stay tuned to 93.7 for updates at the top of every hour.", "", "", "B"),
        ],
        [
            ("More news", "", "", "B"),
        ],
        [
            ("Kasese Municipal Council passes 2026/27 budget", "", "", "B"),
        ],
        [
            ("The Morning Drum goes live from Bwera market on Friday", "", "", "B"),
        ],
        [
            (
                "Also on 101.9 FM Bundibugyo · Stream on the Mountain Drum app",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Mountain Drum FM Ltd.", "", "", "B"),
            ("Kasese, Uganda.", "", "", "B"),
        ],
    ],
    [
        [
            ("Resale Radar", "", "", "B"),
        ],
        [
            ("HDB prices, data and the odd grumble, every other Thursday", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Sign in", "", "", "B"),
        ],
        [
            (
                "Resale prices rose 1.1% in Q1, and 287 flats crossed S$1 million",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Plus: why the million-dollar headline hides what's happening in Woodlands",
                "",
                "",
                "",
            ),
        ],
        [
            ("Lim Wei Ting", "", "", "B"),
        ],
        [
            ("Apr 02, 2026", "", "", "B"),
        ],
        [
            ("♡ 64   💬 11   ↗ Share", "", "", "B"),
        ],
        [
            ("Hello again, Radar readers.", "", "", ""),
        ],
        [
            (
                "HDB's flash estimate, out yesterday, puts the rise in its resale price index for the first quarter of 2026 at 1.1%.",
                "HDB's flash estimate",
                "puts",
                "W",
            ),
            (
                "That is the smallest quarterly increase since the second quarter of 2020.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Smaller is not the same as falling.", "", "", ""),
        ],
        [
            (
                "Resale volumes fell 4.2% from the previous quarter, to 6,610 transactions.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Radar is reader-supported.", "", "", "B"),
            (
                "If someone forwarded you this, you can get your own copy, free.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Type your email…", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            (
                "By my count from the HDB resale data on data.gov.sg, 287 flats changed hands for S$1 million or more between January and March.",
                "",
                "",
                "W",
            ),
            ("That compares with 252 in the fourth quarter of 2025.", "", "", "W"),
            (
                "Most were five-room and executive flats in Toa Payoh, Queenstown, Bukit Merah and Kallang/Whampoa.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("But the number I keep coming back to is in Woodlands.", "", "", ""),
            (
                "The median price of a four-room resale flat there fell 2.4% in the quarter, to S$548,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Why?", "", "", ""),
        ],
        [
            (
                "Farhan Iskandar, a property agent who has sold flats in the north for 14 years, thinks it is the new Build-To-Order supply.",
                "Farhan Iskandar",
                "thinks",
                "",
            ),
            (
                "“About 3,200 new flats in Woodlands get their keys this year.",
                "Farhan Iskandar",
                "told me",
                "W",
            ),
            (
                "Every family that collects a key is one less buyer in the resale market,” he told me.",
                "Farhan Iskandar",
                "told me",
                "",
            ),
        ],
        [
            (
                "Minister for National Development Desmond Ong Kah Wee said in Parliament on 4 March that HDB would launch about 19,600 BTO flats this year.",
                "Desmond Ong Kah Wee",
                "said in Parliament",
                "",
            ),
            (
                "“We will keep supply steady so that first-timers are not pushed into the resale market,” he said.",
                "Desmond Ong Kah Wee",
                "said",
                "",
            ),
        ],
        [
            ("Reader mailbag", "", "", "B"),
        ],
        [
            (
                "A reader in Sengkang, who asked me not to use her name, asks whether the five-year minimum occupation period starts from key collection or from the booking date.",
                "A reader in Sengkang",
                "asks",
                "",
            ),
            (
                "It starts from key collection, according to HDB's own rules page.",
                "HDB's own rules page",
                "according to",
                "W",
            ),
            (
                "So if you collected your keys on 15 May 2021, you can sell from 15 May 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Paid readers get the full town-by-town table below.", "", "", "B"),
        ],
        [
            ("Upgrade to paid", "", "", "B"),
        ],
        [
            ("That's it from me.", "", "", ""),
        ],
        [
            ("Catch you in a fortnight,", "", "", ""),
        ],
        [
            ("Wei Ting", "", "", "B"),
        ],
        [
            ("Resale Radar is not financial or property advice.", "", "", "B"),
            ("Figures come from public HDB data and may be revised.", "", "", "B"),
        ],
        [
            ("♡ Like   💬 Comment   ↻ Pass it on", "", "", "B"),
        ],
        [
            ("Leave a comment", "", "", "B"),
        ],
        [
            ("© 2026 Lim Wei Ting · Privacy · Terms · Collection notice", "", "", "B"),
        ],
    ],
    [
        [
            ("serendibHOME", "", "", "B"),
        ],
        [
            (
                "Mail   News   Cricket   Finance   Weather   Astrology   Jobs   Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Colombo 31°C · Humid · Showers after 3pm", "", "", "B"),
        ],
        [
            ("Trending: #ALResults #FuelPrices #SLvAUS #Vesak2026", "", "", "B"),
        ],
        [
            ("Finance › Markets › From Lanka Newswire", "", "", "B"),
        ],
        [
            (
                "Tea auction average hits record Rs 1,412 a kilo as low-grown prices surge",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lanka Newswire · Updated Fri, 6 Mar 2026, 5:48 pm", "", "", "B"),
        ],
        [
            ("3-min read", "", "", "B"),
        ],
        [
            (
                "Sponsored · Hatton Heritage Bungalows: weekends above the clouds from Rs 18,500",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "COLOMBO, March 6 (Lanka Newswire) – The average price at the weekly Colombo tea auction rose to a record 1,412.36 rupees ($4.72) a kilogram this week, brokers said, driven by demand for low-grown leaf from buyers in Iraq, Turkey and Russia.",
                "brokers",
                "said",
                "W",
            ),
            (
                "That was up 6.1% from the previous week and 18% from a year earlier, according to auction figures compiled by Kandy Leaf Brokers Ltd.",
                "auction figures compiled by Kandy Leaf Brokers Ltd.",
                "according to",
                "W",
            ),
            (
                "Low-grown teas, from estates below 600 metres, averaged 1,538 rupees, while high-grown teas averaged 1,296 rupees.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Of the 5.9 million kilograms offered at the two-day sale, 93% was sold.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("— article continues after this promotion —", "", "", "B"),
        ],
        [
            (
                "Sponsored · Compare fixed deposit rates from 14 banks in one place",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Anura Wickramaratne-Silva, a director at Kandy Leaf Brokers, said buyers from the Middle East were stocking up before Ramadan, which began on Feb. 18.",
                "Anura Wickramaratne-Silva",
                "said",
                "",
            ),
            (
                "“There is simply not enough good low-grown leaf to go round,” he said.",
                "Anura Wickramaratne-Silva",
                "said",
                "",
            ),
            (
                "He expects prices to ease after April, when the quality season in the western high-grown districts ends.",
                "Anura Wickramaratne-Silva",
                "expects",
                "",
            ),
        ],
        [
            (
                "Buyers from Iraq took about 14% of the quantity sold, brokers estimated.",
                "brokers",
                "estimated",
                "W",
            ),
        ],
        [
            (
                "Sri Lanka exported 19.8 million kilograms of tea in January, down 4% from a year earlier, the Sri Lanka Tea Board said on Thursday.",
                "the Sri Lanka Tea Board",
                "said",
                "W",
            ),
            ("Export earnings for the month rose 9% to $132 million.", "", "", "W"),
            (
                "Production fell to 18.1 million kg, the lowest for a January since 2022, the board said, blaming dry weather in the Uva and Dimbula districts.",
                "the board",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Tea Small Holdings Development Authority said factories were paying smallholders between 290 and 330 rupees a kilogram for green leaf, up from 240 rupees in March 2025.",
                "The Tea Small Holdings Development Authority",
                "said",
                "W",
            ),
        ],
        [
            ("Not everyone is celebrating.", "", "", ""),
        ],
        [
            (
                "The Planters' Association of Ceylon, which represents the regional plantation companies, said auction prices had not kept pace with a 22% rise in production costs since 2024.",
                "The Planters' Association of Ceylon",
                "said",
                "W",
            ),
            (
                "Its spokesman, Dilan Ranasinghe-Perera, said estate wages made up about 64% of the cost of producing a kilogram of made tea.",
                "Dilan Ranasinghe-Perera",
                "said",
                "W",
            ),
            (
                "“Record averages make a good headline.",
                "Dilan Ranasinghe-Perera",
                "said",
                "",
            ),
            (
                "They do not pay the wage bill on an estate that yields 900 kilos a hectare,” he said.",
                "Dilan Ranasinghe-Perera",
                "said",
                "",
            ),
        ],
        [
            (
                "The next sale is scheduled for March 10 and 11, the Colombo Tea Traders' Association said.",
                "the Colombo Tea Traders' Association",
                "said",
                "W",
            ),
            ("The rupee closed at 299.15 per dollar on Friday.", "", "", "W"),
        ],
        [
            (
                "(Reporting by Shehan Gunawardena-Fernando in Colombo; Editing by Ruwani Kotelawala-Dias)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Lanka Newswire 2026.", "", "", "B"),
            ("Republication without written consent is prohibited.", "", "", "B"),
        ],
        [
            ("Lanka Newswire stories appear on serendibHOME unedited.", "", "", "B"),
            ("serendibHOME is not responsible for their accuracy.", "", "", "B"),
        ],
        [
            ("What to read next", "", "", "B"),
        ],
        [
            ("Rupee edges up as remittances hit two-year high", "", "", "B"),
        ],
        [
            ("Colombo bourse ends week 0.8% higher on plantation buying", "", "", "B"),
        ],
        [
            (
                "Sponsored · Seven Galle villas with a sea view from every bedroom",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Rate this story ★★★★★", "", "", "B"),
        ],
        [
            (
                "About · Advertise · Privacy · © 2026 Serendib Digital (Pvt) Ltd.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("LATITUDE NORTH", "", "", "B"),
        ],
        [
            (
                "Science news from Norway's universities and research institutes",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Climate   Ocean   Health   Space   Technology   Society", "", "", "B"),
        ],
        [
            ("OCEAN", "", "", "B"),
        ],
        [
            (
                "Skrei are spawning 200 kilometres further north than in the 1990s",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lofoten's share of the cod spawning has fallen from 58 to 31 per cent, and warmer water is the likeliest reason, researchers say",
                "researchers",
                "say",
                "W",
            ),
        ],
        [
            ("By Ingrid Solbakken-Aune, journalist", "", "", "B"),
        ],
        [
            ("Published 11.03.2026 · Updated 12.03.2026", "", "", "B"),
        ],
        [
            ("Reading time: about 6 minutes", "", "", "B"),
        ],
        [
            ("Skrei drying on racks in Henningsvær.", "", "", ""),
        ],
        [
            ("Photo: Hallvard Nymoen-Eide / Latitude North", "", "", "B"),
        ],
        [
            ("Listen to the article ▶ 6:12", "", "", "B"),
        ],
        [
            (
                "The main spawning grounds of the Northeast Arctic cod, the migrating fish Norwegians call skrei, have moved about 200 kilometres north since the mid-1990s, according to a study of 30 years of fishery and survey data.",
                "a study of 30 years of fishery and survey data",
                "according to",
                "W",
            ),
            (
                "In 1996–2000, 58 per cent of the spawning took place in Lofoten.",
                "",
                "",
                "W",
            ),
            (
                "In 2021–2025 the figure was 31 per cent, with most of the rest off Vesterålen, Senja and West Finnmark.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Nobody in Lofoten is surprised.", "", "", ""),
        ],
        [
            ("STUDY CARD", "", "", "B"),
        ],
        [
            (
                "What: where Northeast Arctic cod spawned each winter from 1996 to 2025",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Data: 41,600 catch records with positions, and 30 years of egg surveys by the Institute of Marine Research",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Method: a statistical model of spawning location against sea temperature at 100–200 m depth",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Limitation: the model cannot fully separate the effect of temperature from that of fishing pressure",
                "",
                "",
                "",
            ),
        ],
        [
            ("Funding: Research Council of Norway, NOK 9.8 million", "", "", "W"),
        ],
        [
            (
                "Journal reference: Strømsnes-Vik H, Kvalvik T, Berntsen M, et al. Northward displacement of Northeast Arctic cod spawning, 1996–2025. J Boreal Fish Sci. 2026;12(2):114-131.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("✔ Peer reviewed   ✔ Open access", "", "", "B"),
        ],
        [
            (
                "Lead author Hege Strømsnes-Vik, a fisheries biologist at UiT The Arctic University of Norway, said the shift tracked a rise of about 1 degree in spring water temperature along the coast over the same period.",
                "Hege Strømsnes-Vik",
                "said",
                "W",
            ),
            (
                "“Cod spawn where the water suits their eggs.",
                "Hege Strømsnes-Vik",
                "said",
                "",
            ),
            (
                "As the coast warms, that place moves north,” she said.",
                "Hege Strømsnes-Vik",
                "said",
                "",
            ),
            (
                "She said the team could not rule out that heavy fishing in Lofoten in the 1990s had also played a part.",
                "Hege Strømsnes-Vik",
                "said",
                "",
            ),
        ],
        [
            (
                "Torstein Kvalheim-Lunde, a senior scientist at the Institute of Marine Research in Bergen who was not involved in the study, called the data set “the best we have”.",
                "Torstein Kvalheim-Lunde",
                "called",
                "",
            ),
            (
                "But he said the shift was not necessarily permanent.",
                "Torstein Kvalheim-Lunde",
                "said",
                "",
            ),
            (
                "He noted that the institute's own egg surveys had found the same northward shift since 2010.",
                "Torstein Kvalheim-Lunde",
                "noted",
                "W",
            ),
        ],
        [
            (
                "Latitude North is funded by Norway's universities and research institutes.",
                "",
                "",
                "B",
            ),
            ("Our journalists work independently of them.", "", "", "B"),
        ],
        [
            ("Also read: Why Svalbard's reindeer are getting lighter", "", "", "B"),
        ],
        [
            (
                "In Henningsvær, fisherman Arvid Sørensen-Hals, 62, said his boat now spent about three weeks each winter fishing off Senja rather than Lofoten.",
                "Arvid Sørensen-Hals",
                "said",
                "",
            ),
            (
                "“My father never went north of Andenes for skrei.",
                "Arvid Sørensen-Hals",
                "said",
                "",
            ),
            ("I go every winter,” he said.", "Arvid Sørensen-Hals", "said", ""),
        ],
        [
            (
                "The Directorate of Fisheries said cod landings in the Lofoten municipalities fell 22% between 2015 and 2025.",
                "The Directorate of Fisheries",
                "said",
                "W",
            ),
        ],
        [
            ("What does it mean for the Lofoten fishery?", "", "", ""),
        ],
        [
            (
                "Strømsnes-Vik said the fishery would adapt, as it had before.",
                "Hege Strømsnes-Vik",
                "said",
                "",
            ),
            ("“Lofoten will still have cod.", "Hege Strømsnes-Vik", "said", ""),
            (
                "It may just not be the centre of their world any more,” she said.",
                "Hege Strømsnes-Vik",
                "said",
                "",
            ),
        ],
        [
            ("Republish this article free under licence CC BY-ND 4.0", "", "", "B"),
        ],
        [
            ("The Friday Latitude: five findings, one email", "", "", "B"),
        ],
        [
            ("Tags: cod · skrei · Lofoten · climate · fisheries", "", "", "B"),
        ],
        [
            ("Latitude North · Editor: Torunn Aas-Myhre · ISSN 2704-5511", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n157-nz-am-ends-sentence",
        "The last truck left the cool store at 6 a.m. Growers heard the news an hour later.",
        [
            "The last truck left the cool store at 6 a.m.",
            "Growers heard the news an hour later.",
        ],
    ),
    (
        "n157-nz-ltd-before-town",
        "Printed by Te Mata Print Ltd. Hastings, New Zealand.",
        ["Printed by Te Mata Print Ltd.", "Hastings, New Zealand."],
    ),
    (
        "n157-nz-nested-quote-capital",
        "“My supervisor just said, ‘We're shutting.’ That was the whole meeting,” she said.",
        [
            "“My supervisor just said, ‘We're shutting.’",
            "That was the whole meeting,” she said.",
        ],
    ),
    (
        "n157-nz-paywall-question",
        "Already a member? Sign in to keep reading.",
        ["Already a member?", "Sign in to keep reading."],
    ),
    (
        "n157-za-clock-times",
        "At 21:05 the call was logged. By 22:47 no vehicle had been assigned, and the family drove her themselves.",
        [
            "At 21:05 the call was logged.",
            "By 22:47 no vehicle had been assigned, and the family drove her themselves.",
        ],
    ),
    (
        "n157-za-ellipsis-capital",
        "“We waited and waited… Nobody came,” her son said.",
        ["“We waited and waited…", "Nobody came,” her son said."],
    ),
    (
        "n157-za-rand-decimal",
        "The contract was worth R12.5 million. It was cancelled in May 2025.",
        ["The contract was worth R12.5 million.", "It was cancelled in May 2025."],
    ),
    (
        "n157-nl-gebr-mid-sentence",
        "The nursery run by Gebr. Koppelaar in Maasland will stop growing tomatoes in June.",
        ["The nursery run by Gebr. Koppelaar in Maasland will stop growing tomatoes in June."],
    ),
    (
        "n157-nl-bv-then-kvk",
        "Published by Teeltmedia Westland B.V. KvK 71234567.",
        ["Published by Teeltmedia Westland B.V.", "KvK 71234567."],
    ),
    (
        "n157-nl-ie-mid-sentence",
        "Lit crops, i.e. those grown under lamps through the winter, fell by a fifth in one year.",
        [
            "Lit crops, i.e. those grown under lamps through the winter, fell by a fifth in one year."
        ],
    ),
    (
        "n157-tt-st-in-surname",
        "Councillor Marlon St. Rose-Baptiste voted against the motion, and Alderman Kezia Ali abstained.",
        [
            "Councillor Marlon St. Rose-Baptiste voted against the motion, and Alderman Kezia Ali abstained."
        ],
    ),
    (
        "n157-tt-tel-ext-pm",
        "For details, call the unit on Tel. 555-0199, ext. 410, before 4 p.m. Lines are closed on public holidays.",
        [
            "For details, call the unit on Tel. 555-0199, ext. 410, before 4 p.m.",
            "Lines are closed on public holidays.",
        ],
    ),
    (
        "n157-tt-semicolon-list",
        "Funding by area: Gasparillo, TT$1.2 million; Claxton Bay, TT$0.9 million; Couva, TT$2.4 million.",
        [
            "Funding by area: Gasparillo, TT$1.2 million; Claxton Bay, TT$0.9 million; Couva, TT$2.4 million."
        ],
    ),
    (
        "n157-mt-pen-abbreviation",
        "Borg converted a penalty (pen.) in the 12th minute and added a second from open play before the break.",
        [
            "Borg converted a penalty (pen.) in the 12th minute and added a second from open play before the break."
        ],
    ),
    (
        "n157-mt-reg-after-club",
        "© 2026 Żejtun Kites FC. Reg. VO/1180",
        ["© 2026 Żejtun Kites FC.", "Reg. VO/1180"],
    ),
    (
        "n157-mt-short-lines",
        "It looked like enough. It wasn't. Then the visitors scored twice in four minutes.",
        [
            "It looked like enough.",
            "It wasn't.",
            "Then the visitors scored twice in four minutes.",
        ],
    ),
    (
        "n157-zm-reg-no-mid-sentence",
        "The branch is registered as Reg. No. 88 with the Labour Office in Ndola and has 2,300 members.",
        [
            "The branch is registered as Reg. No. 88 with the Labour Office in Ndola and has 2,300 members."
        ],
    ),
    (
        "n157-zm-question-attribution-then-quote",
        "“Who pays the contract workers?” she asked. “Not the mine.”",
        ["“Who pays the contract workers?” she asked.", "“Not the mine.”"],
    ),
    (
        "n157-jm-am-before-police",
        "The music stopped at 3 a.m. Police said the permit ran only until midnight.",
        [
            "The music stopped at 3 a.m.",
            "Police said the permit ran only until midnight.",
        ],
    ),
    (
        "n157-jm-tip-line",
        "Got a tip? Call the newsroom. We answer day and night.",
        ["Got a tip?", "Call the newsroom.", "We answer day and night."],
    ),
    (
        "n157-jm-mr-inside-nickname",
        "The selector, known on the scene as ‘Mr. Thunderclap’, was fined J$80,000 in January.",
        ["The selector, known on the scene as ‘Mr. Thunderclap’, was fined J$80,000 in January."],
    ),
    (
        "n157-my-sdn-bhd-parenthesis",
        "© 2026 Klang Harbour Press Sdn. Bhd. (201901004321). All rights reserved.",
        [
            "© 2026 Klang Harbour Press Sdn. Bhd. (201901004321).",
            "All rights reserved.",
        ],
    ),
    (
        "n157-my-exclamation-attribution",
        "“Sell before the close!” one dealer shouted across the floor. Nobody did.",
        [
            "“Sell before the close!” one dealer shouted across the floor.",
            "Nobody did.",
        ],
    ),
    (
        "n157-ug-pm-without-periods",
        "The bulletin airs at 1pm and again at 7pm. Listeners can phone in after 8pm.",
        [
            "The bulletin airs at 1pm and again at 7pm.",
            "Listeners can phone in after 8pm.",
        ],
    ),
    (
        "n157-ug-initial-in-name",
        "The RDC, Ms. Kabugho T. Biira, visited the camp on Tuesday. She left before dark.",
        [
            "The RDC, Ms. Kabugho T. Biira, visited the camp on Tuesday.",
            "She left before dark.",
        ],
    ),
    (
        "n157-sg-domain-in-sentence",
        "I pulled the numbers from data.gov.sg on Monday. They cover 6,480 sales.",
        ["I pulled the numbers from data.gov.sg on Monday.", "They cover 6,480 sales."],
    ),
    (
        "n157-sg-question-answer-run",
        "Does the clock start at booking? No. It starts when you collect your keys.",
        [
            "Does the clock start at booking?",
            "No.",
            "It starts when you collect your keys.",
        ],
    ),
    (
        "n157-lk-ltd-ends-sentence",
        "The figures were compiled by Ceylon Leaf Agencies Ltd. Low-grown teas led the gains.",
        [
            "The figures were compiled by Ceylon Leaf Agencies Ltd.",
            "Low-grown teas led the gains.",
        ],
    ),
    (
        "n157-no-journal-reference",
        "Journal reference: Holm K, Aasen R, et al. Cod on the move. Fish Biol Lett. 2026;4(1):1-9.",
        [
            "Journal reference: Holm K, Aasen R, et al. Cod on the move. Fish Biol Lett. 2026;4(1):1-9."
        ],
    ),
    (
        "n157-no-parenthesis-full-sentence",
        "The survey covered 30 winters. (Two were lost to bad weather.) The rest were complete.",
        [
            "The survey covered 30 winters.",
            "(Two were lost to bad weather.)",
            "The rest were complete.",
        ],
    ),
]
