"""Hundred-and-seventy-fourth set of new hand-labelled pages for the hint engines (tuning set, round sixty-one):
twelve WHOLE pages of ORDINARY NEWS PASTED SEVEN WAYS, head to tail as a reader's paste gives them,
each with its site's WIDGETS in the site's own words, from twelve countries (one page each): the
United States, Australia, New Zealand, Fiji, Papua New Guinea, Samoa, Jamaica, Trinidad and Tobago,
Barbados, the Bahamas, Guyana and Grenada. The seven pastes are a DESKTOP browser, a PHONE browser,
READER MODE, an AMP page, a PRINT VIEW, a news app's SHARE-TO-NOTES text and the WEB VERSION of an
EMAIL NEWSLETTER. The pages: an American city newspaper on the DESKTOP (a council passes a $312.4
million budget 6-2, with a cookie banner, weather strip, breaking ticker, paywall meter, poll, most-read
list and newsletter box); an Australian city daily's AMP page (ambulance ramping reaches 5612 hours in
a month, with an audio player, paywall meter and video player); a New Zealand regional site on a PHONE
(a kapa haka trust's former treasurer sentenced to home detention, with an app banner and a
push-notification prompt); a Fijian site's EMAIL NEWSLETTER, web version (record September visitor
arrivals, with a markets strip, sponsor block, briefs and a reader poll); a Papua New Guinean news app's
SHARE-TO-NOTES text (84 measles cases in Morobe, with an app toolbar and an in-app advertisement); a
Samoan site's PRINT VIEW (a national club rugby final, 24–19, with a scoring box); a Jamaican site in
READER MODE (three guns and 140 rounds seized in Spanish Town); a Trinidad and Tobago daily on a PHONE
(the sea bridge's fast ferry out for weeks, with a live ticker, push prompt, audio player and most-read
list); a Barbadian daily on the DESKTOP (a BCA Elite Division cricket final, with a cookie banner, a
live SCORE BUG for another match, a video link and a poll); a Bahamian news app's SHARE-TO-NOTES text (a
tropical storm warning, with an alerts prompt and a storm-tracker widget); a Guyanese business site's
AMP page (nine-month rice exports of 498,200 tonnes, with an audio player); and a Grenadian site's
EMAIL NEWSLETTER, web version (water rationing extended to St. Andrew, with a water-schedule strip,
court, sport and business briefs, a sponsor block and a poll).

What is hard is, first, the widgets: they speak in full sentences and often state the very facts of
the story, yet they are page furniture, "B" line by line whatever they say ("BREAKING: Eastbound I-496
closed at Pennsylvania Ave. after crash; expect delays ›", "LIVE | Women's T20 Blast | Hastings Harriers
96/3 (12.4 ov) v Six Roads United | ...", "STORM TRACKER | TS Nestor | Winds 50 mph | ...", "💧 WATER
TODAY: St. George's south, Grand Anse, True Blue — no supply 8 a.m. to 5 p.m.", "Last week: 58% of
readers said fuel was their biggest household cost.", "You have 2 free articles remaining this
month.", "Allow notifications?", "🎧 Listen to this article 5 min", "This is not a scientific poll.",
the newsletter's greeting and sign-off); while the same facts told by the story are "W". Then the
statements: of record ("W") are figures, counts, dates and rules given by councils, courts, police,
ministries, regulators, utilities, boards, unions, companies and documents (budget lines and votes,
meter rates and fees, ramping hours and response times, a summary of facts, sentencing discounts,
reparation and penalties, visitor arrivals, policy rates and fuel prices, measles cases and
vaccination counts, scores, tries and crowds, guns seized and murders, ferry sailings and fares,
runs and wickets, storm positions, shelters and cancellations, rice exports and paddy prices,
reservoir levels and water cuts); records ("the most in any month since the current reporting began
in 2018", "the first time since 2016", "the best figures in an Elite final since 2014", "a record
yield", "its lowest level for April since 2020"); causal claims ("followed the start of a third weekly
direct flight", "The cut reflects lower freight costs", "She attributed the increase to new
varieties", "because a shipment was delayed"); a group's claim with a checkable figure or date
("farmers and millers said", "Some farmers in Region Five said they were still waiting to be paid for
paddy delivered in May"); and fixed dates set by those who run them (a grant deadline, a council
meeting, November figures "on December 2", a hāngī, school visits, a squad naming, an awards dinner,
school closures, an advisory "at 11 p.m."). Not worth checking (""): forecasts and projections, an
official's included ("Oyelaran said the change should bring in about $1.1 million a year", "Tourism
Fiji expected about 1.08 million arrivals", "The board expects", "Forecasters at the department said
Nestor could become a hurricane", "the centre said" a watch "may be needed"); targets, plans and
hopes ("48 extra beds would open ... by the end of March", "The authority hopes to reach 95 per
cent", "hoped to reopen the pool in 2028", "recruiting ... would begin this summer"); conditionals
("if income tax receipts grow as projected"); advice ("urged"); opinions and characterisations in
and out of quotes; anecdotes and a person's own counts (a mother's bus ride, a grower's 12 acres, a
farmer's fertiliser bill, a shopkeeper's 11 days without power); questions; definitions (ramping, a
tropical storm warning, how measles spreads and its signs); scenes (a minute's silence, a delayed
kick-off, a defendant with her head bowed, a captain's dedication); captions that only describe;
question subheads; and data lines (scoring lines, a referee line, cricket score lines).

And where sentences end: "p.m." and "a.m." that end one ("instead of 6 p.m." / "Oyelaran said ...";
"June 1 at 7 p.m." / "Public comment ..."; "since 5 a.m." / "“They tell us ..."; "at 11 p.m." at a
story's end) and that do not ("shortly before 10 p.m. after", "about 4:30 a.m. and", "the 4.15 p.m.
sailing", "at 5 p.m. advisory", "from 9 p.m. to 5 a.m. every night"); company suffixes that end one
("Pomeroon Riverside Milling Inc." / "It shipped ...", "Cedar Sentinel Media LLC." / "All rights
reserved.", "Vailima Voice Media Ltd." / "All rights reserved.") and that do not ("Carenage Online
Ltd., Young Street", "Pte Limited,"); abbreviations and designations mid-sentence ("Pennsylvania
Ave.", "Aug. 1,", "Oct. 15." at an end, "No. 8", "Deputy Supt.", "U.S. National Hurricane
Center's", "A.N.R. Robinson", "St. George's", "St. John,", "St. Andrew", "Issue No. 412"); initials in
score lines ("T. Corbin 88, R. Marshall-Best 61; K. Boyce-Griffith 3-77"); numbers, units and
currencies ("$312.4M", "5612 hours", "$9800", "$186,420", "K2.4 million", "$30,000 tālā", "TT$38.6
million", "US$271.4 million", "(about US$27)", "EC$450", "18.4 mm", "59.33", "12.4 ov", "9mm", ".40",
"12.01am", "24–19", "6-41", "246-7"); quotes ending in "?" or "!" before their attribution, one
sentence each ("“... so why does our money take three weeks?” he asked.", "“... since Sunday!” she
said."); a quote running over two paragraphs with its cue only in the first (the judge; the Sharks'
coach; the batsman, whose second paragraph holds a nested ‘One ball at a time, Jabari.’); headlines
with a semicolon, never split; numbered list lines kept whole ("1. Three held ...", "2. COURTS");
and two-sentence widget lines split at their stop ("Can't see this email properly?" / "View it in your
browser.", "Forwarded this email?" / "Subscribe to Business Brief here.", "Have a story?" / "Email
...").

The pages hold 539 sentences: 228 "B", 197 "W" and 114 ""; 204 sentences carry a speaker (122
distinct speakers, page by page; 119 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, strip, ticker, prompt, button line,
crumb, byline, date line, share line, caption, credit, widget line, list item, box label and legal
line is a paragraph of its own, except that a caption and its credit pasted in one block are two
sentences of one paragraph and a widget's two sentences stay together); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B"
line by line, whatever it says, never with a speaker; a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content, their "says" or "blames" carrying the
source as the story names it; a dateline belongs to its lead sentence; a person is named in full as
first given, without titles or roles, and a pronoun, surname or title resolves to that name; a quote
over several sentences carries its speaker and cue in each; "according to X" gives X as written, a
bracketed acronym dropped; a generic noun for a body or a document is kept as written ("the bureau",
"the bank", "the commission", "the board", "the authority", "The authority", "the department", "the
centre", "the union", "the airline", "the report", "the summary", "The audit", "The figures", "The
service"); an acronym or "it" resolves to the name as first given ("the PATT said" and "The PATT
said" -> "the Port Authority of Trinidad and Tobago", "the JCF said" -> "the Jamaica Constabulary
Force", "NEMA says" -> "the National Emergency Management Agency", "..., GRDB says" -> "the Guyana
Rice Development Board", "it said" -> "the Reserve Bank of Fiji" and "the Morobe Provincial Health
Authority"); a channel phrase after the verb is part of the cue ("said in a statement", "told the
Record", "told reporters") and a fronted one is not ("Reading a victim impact statement, ...",
"Answering a question in the House of Representatives on Tuesday, ...", "Outside court, ..."); "X did
not respond to a request for comment" carries X, ""; a body acting with no verb of saying carries no
speaker (the council's vote, the court's sentence, the Department of Meteorology's warnings, the Port
Department's order).

Conventions this set had to settle, in the same spirit:

* WIDGETS are furniture whatever they say: a breaking or live TICKER, a WEATHER, MARKETS, SUNRISE or
  WATER-SCHEDULE STRIP, a SCORE BUG for another match, a STORM TRACKER, a POLL (label, question,
  answers, percentages, vote count, disclaimer and last week's result), a MOST READ or TOP STORIES
  list (numbers and headlines), a COOKIE or CONSENT banner and its buttons, a PAYWALL METER, a PUSH
  or ALERTS PROMPT and its buttons, an AUDIO PLAYER line, a COMMENT COUNT, an in-app toolbar, a
  NEWSLETTER BOX, a SPONSOR BLOCK and a FOOTER. A VIDEO PLAYER's label, running time and "Up next" line
  are "B" and its description is read like a caption (""); a video LINK pasted as one line ("▶ WATCH:
  Final-day highlights from Kensington Oval (3:12)") is "B".
* In an EMAIL NEWSLETTER's web version the template is furniture (view-in-browser line, greeting,
  contents line, section labels such as "TOP STORY", "IN BRIEF" and "1. WATER", read-the-full-story
  links, sign-off, editor's name line, forward/subscribe and unsubscribe lines, address), while every
  item's headline and text is labelled like a story's, each brief's headline by its content ("W").
* In a SHARE-TO-NOTES paste the app's lines ("Shared from ...", the URL, the section/age line,
  "Follow Health ＋", the toolbar, "Shared via ... for Android", app-store lines) are "B"; the shared
  headline is a headline.
* A speaker named AFTER the statement in an apposition ("..., its chief executive, Dr Samuel Oa Nimbi,
  said.", "..., Provincial Administrator Mathias Gware said.", "..., its general manager, Randolph
  Cyrus-Pierre, said.") is the label, as is one named in an apposition after a possessive or "Its
  president," ("NAWASA's operations manager, Shermaine Noel-Bain, said", "Its president, Pranesh Chand
  Maharaj, said", "The Tobago House of Assembly's Secretary of Tourism, Culture and Transportation,
  Nkosi Greenidge-Dick, said").
* NAMES: a Samoan MATAI TITLE is part of the name as given and the second mention uses it
  ("Toleafoa Mikaele Sefo" then "Toleafoa said", "Fuimaono Lale Alesana" then "Fuimaono said",
  "Lealaiauloto Ioane Tavita" then "Lealaiauloto said"); "Dr", "Ms", "Judge", "Sergeant", "Senior
  Superintendent", "Deputy Supt.", "Councillor", "Associate Professor" and "Prof", "Mayor", "Finance
  Director", "Health Minister", "Works and Transport Minister", "Opposition MP for Tobago West",
  "Chief Meteorological Officer", "NEMA director", "GRDB general manager" and "BCA president" are
  dropped; Indo-Fijian and Indo-Guyanese names are given in full ("Pranesh Chand Maharaj", "Sashi
  Prakash Lal", "Deonarine Bisram"). A speaker known only by description is kept as written, article
  and all ("a woman who has lived on the lane for 30 years", "A woman who said she was the mother of
  the younger man", "Forecasters at the department", "Several residents of the Eastside
  neighborhood", "An SA Health spokeswoman"), but a relative clause after a group is not part of it
  ("Residents, who asked not to be named, said" -> "Residents").
* A cue is the verb as written, also when it is not "said": "blames" in a standfirst, "noted",
  "attributed", "confirmed", "hopes", "expects", "urged", "asked", "announced", "show" and "shows",
  and "saying" after "disputed the concern,". A figure an official gives as a projection is "" even
  with "said"; a nurse's count of children vaccinated at her clinic is "W" (she speaks for the
  clinic), a mother's or grower's own count is "".
* A court's and a body's ACTS are "W" with no speaker (sentence, reparation, home detention, the
  declined suppression, an adjournment, a remand); the judge's reasons with "said" carry the judge
  ("W"), and his remarks to the defendant in quotes are "".

Written from scratch for issue 13 in round sixty-one, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and the module docstrings, `STYLES`, the first pages and the `CASES`
format of `labelled_new171.py` and `labelled_new172.py`. Coined names were checked for freshness
against the string constants of those two files, through `ast`: five given names ("Desmond",
"Leonie", "Marcus", "Nadine", "Renee"), four outlet words ("Ledger", "Standard", "Red", "Bay") and
seven firm words ("Finance", "Trade", "Export", "Holdings", "Services", "Grain", "Valley") that hit were
replaced before the file was written; only common words, titles and real places and bodies still hit.

Every person, outlet, publisher, firm, club, trust, association, union, school, shop, vessel, storm,
statement, report, study, poll and figure is invented, and so are the small institutions (the Cedar
Sentinel, the Capital City Police Officers Association, the SA Paramedics Federation, the Te Kōtuku
Rere Performing Arts Trust, the Coral Coast Hoteliers Association, Yasawa Cargo Credit, Kumul Mobile,
the Saleufi Sharks and Falelatai Kings, the Cascadura Star and the Corbeau Trader, Belleplaine Sporting
Club and Oistins Rangers, Tropical Storm Nestor, Pomeroon Riverside Milling, the Essequibo Coast Rice
Millers' Association, the Grand Anse Hoteliers' Group, Westerhall Secondary School, Spice Basket
Supermarket and the like). Real countries, states, islands, cities, towns, villages, suburbs, streets,
rivers, ports, airports, stadiums, hospitals, universities, courts, councils, parliaments, police
forces, ministries, agencies, boards, utilities, airlines, laws and schemes appear only as settings,
with invented statements and figures: Lansing, Washington Square, Okemos, Ingham County and I-496;
Adelaide, Salisbury, Elizabeth, SA Health, the SA Ambulance Service, the Royal Adelaide, Flinders
Medical Centre, the Lyell McEwin and Flinders University; Hamilton, Te Awamutu, Kihikihi, Cambridge,
Coromandel, the Hamilton District Court and the Lottery Grants Board; Suva, Nadi, Labasa, Lautoka,
Rarawai, Ba, Gordon Street, the Fiji Bureau of Statistics, Tourism Fiji, the Reserve Bank of Fiji,
the Fiji Competition and Consumer Commission, the Fiji Sugar Corporation and the Ministry of
Employment, Productivity and Industrial Relations; Lae, Morobe, Butibam, Malahang, Bumbu, Nawae, Huon
Gulf, the Markham Valley, Port Moresby, Angau Memorial Provincial Hospital, the Central Public Health
Laboratory and the National Department of Health; Apia, Apia Park, Mulinu'u, Saleufi, Falelatai,
Fagali'i, the Samoa Rugby Union and the Pacific Nations Cup; Spanish Town, St Catherine, Old Harbour,
May Pen, the Jamaica Constabulary Force, the Institute of Forensic Science and Legal Medicine, the St
Catherine Municipal Corporation, the Jamaica Public Service Company, the Firearms Act and Crime Stop;
Port of Spain, Scarborough, San Fernando, Couva, Arima, Piarco, A.N.R. Robinson International Airport,
the Port Authority of Trinidad and Tobago, the Tobago House of Assembly, the House of Representatives
and the Ministry of Finance; Bridgetown, Kensington Oval, St Andrew, Oistins, Belleplaine, Warrens,
Fontabelle, the Lloyd Erskine Sandiford Centre, the Barbados Cricket Association and Cricket West
Indies; Nassau, New Providence, Grand Bahama, Inagua, Matthew Town, Mayaguana, Abraham's Bay, Acklins,
Crooked Island, Long Cay, Ragged Island, the Department of Meteorology, the U.S. National Hurricane
Center, NEMA, the Royal Bahamas Defence Force, the Royal Bahamas Police Force, Bahamas Power and Light,
Bahamasair, the Port Department, ZNS and the ministries of tourism and education; Georgetown, Anna
Regina, Devonshire Castle, Good Hope, Burma, Mahaicony, New Amsterdam, Region Five, Water Street, the
Guyana Rice Development Board, the Ministry of Agriculture, the Hydrometeorological Service, the
University of Guyana, Caricom and the Rice Factories Act; and St. George's, St. Andrew, St. John,
Grenville, Gouyave, Paradise, La Poterie, Telescope, Grand Anse, True Blue, Carriacou, Petite
Martinique, Mamma Cannes, Annandale, Maurice Bishop International Airport, NAWASA, the Grenada
Meteorological Service, the St. George's Magistrate's Court and the Grenada Cooperative Nutmeg
Association.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'American CITY NEWSPAPER\'S WEBSITE (Lansing, Mich.), DESKTOP browser paste, a COUNCIL BUDGET VOTE: the City Council passes a $312.4 million budget 6-2 with 14 new officers and the first parking-meter rise since 2016. Head: a two-sentence COOKIE BANNER and its button line, masthead, a WEATHER STRIP, a BREAKING TICKER that states a fact with "Pennsylvania Ave." inside (all "B", whatever they say), menu, subscribe line, crumb ("B"); headline of record with "$312.4M" "W"; deck of record "W"; byline, published/updated line with "p.m. ET" and "a.m. ET", a comment-count/share strip (all "B"); a caption "" and its credit "B"; a two-sentence PAYWALL METER ("B"). Body: the council\'s vote (an act, no speaker, "W"), "6-2 shortly before 10 p.m. after" mid-sentence ("W"); the mayor ("Mayor" dropped) with an opinion in a quote (""); the general fund "according to the city\'s budget office" ("W"); the finance director\'s "said would cover" inside a relative clause ("W"); meter rates "on Aug. 1," and "instead of 6 p.m." ENDING a sentence before "Oyelaran said the change should bring in ..." (rule "W", then a projection ""); an "Advertisement" line "B"; a council member\'s prediction and quote (""); another\'s reasons with figures and "he said" ("W", both); the finance director\'s conditional rebuttal, cue "saying" (""); a RELATED line "B"; a fire report "according to a fire department report presented to the council in April" and "the report said" (kept as written, "W"); the pool and its repair cost "according to a 2026 engineering study" ("W"); residents\' request (group as written, cue "asked", ""); a mother\'s anecdote with the attribution after the quote (""); the parks director\'s plan and hope ("") against the grant deadline "Oct. 15." ("W"); the police union "said in a statement" with a scare-quoted word and a count ("W"); the mayor\'s recruiting plan (""); a POLL WIDGET (label, question, two answer lines with percentages, a vote count and a disclaimer, all "B"); the trash fee and sidewalk money ("W"); the next meeting "June 1 at 7 p.m." ENDING a sentence before "Public comment will be limited ..." (both "W"). Tail: a two-sentence author bio with a phone number, a comments link, a MOST READ widget (label, the number "1" and one headline), a newsletter box (label, pitch, form line), a copyright ENDING "LLC." before "All rights reserved." and a legal-links line (all "B").',
    'Australian CITY DAILY\'S AMP PAGE (Adelaide), AMP paste, a HEALTH STORY: ambulance ramping reaches 5612 hours in October, the worst month on record. Head: the AMP domain bar, masthead, menu line, section (all "B"); headline of record with a four-digit number without a comma "W"; standfirst "Health Minister blames ..." ("W", carrying the minister named in the body, cue "blames"); byline with role, a date line "- 5.00am", an AUDIO PLAYER line and a PAYWALL METER (all "B"); a caption "" and its "Picture:" credit "B". Body: the lead "according to SA Health data released on Monday" ("W"); comparisons and a record count ("W"); hospital hours ("W"); a definition of ramping (""); the minister ("Health Minister" dropped, later "Ms Papadakis-Reid") with a causal claim and presentations ("W"), her quote ("") and a bed promise "by the end of March" (a target, ""); the handover protocol ("W") and "The figures show" (kept as written, "W"); an "Advertisement" line "B"; the ambulance chief executive\'s case count ("W") and "SA Ambulance Service figures show" ("W"); a VIDEO PLAYER (label "B", description "", running time "B", an "Up next" line "B"); a union secretary with a nine-hour wait ("W") and a rhetorical quote (""); the opposition spokeswoman\'s opinion "" and her record claim "W"; a daughter\'s account of her mother\'s wait (""); an SA Health spokeswoman\'s count ("W") and the department\'s publication date "on December 2" ("W"); an academic ("Associate Professor" and later "Prof" dropped) with a forecast and a quote (""). Tail: a tags line, read-more label and one headline, a two-sentence newsletter box, a comments-closed line, the copyright and an ACKNOWLEDGEMENT OF COUNTRY (all "B").',
    'New Zealand REGIONAL NEWS SITE (Hamilton), PHONE browser paste, a COURT SENTENCING: a former kapa haka trust treasurer who took $186,420 is sentenced to home detention. Head: a hamburger/masthead/search line, an open-in-app banner, a PUSH-NOTIFICATION PROMPT (two sentences and a button line), section (all "B"); headline of record "W"; a byline/role/reading-time line and a time stamp "2:14pm, Jun 9 2027" ("B"); a caption "" and its "Photo /" credit "B". Body: the sentence (a court\'s act, no speaker, "W"); the plea and charges ("W"); "According to the police summary of facts" with a capital cue ("W") and "the summary said" (kept as written, "W"); the police prosecutor ("Sergeant" dropped) with a characterisation "" and a fact "W"; an "Advertisement" line "B"; the defence lawyer\'s facts about counselling and a sold car ("W"); the judge ("Judge" dropped) on the starting point and discounts, "he said" and "noted" ("W"); his remarks in a QUOTE RUNNING OVER TWO PARAGRAPHS with the cue only in the first (all three sentences carry the judge and "said", ""); a courtroom scene (""); reparation, home detention, community work, the start of the sentence, the maximum penalty and the declined suppression (all "W"); the trust chairwoman\'s figure after a fronted "Reading a victim impact statement," ("W") and her quote (""); "According to the trust\'s accounts" ("W"); the lawyer outside court (""); the trust\'s fundraiser on a fixed date ("W"). Tail: a share strip, a comment count, a newsletter line, a TOP STORIES label and two headlines, a footer with the copyright (all "B").',
    'Fijian NEWS SITE\'S EMAIL NEWSLETTER, WEB VERSION ("View this email in your browser"), a BUSINESS BRIEF led by a TOURISM STORY: a record 104,862 visitors in September, with briefs on the policy rate, fuel prices, the cane crush and seasonal workers. Head: the view-in-browser line, the newsletter masthead, an issue line with "Issue No. 412", a two-sentence GREETING ("Bula vinaka ..."), a MARKETS STRIP label and its rates line, a weather strip, a contents line, a "TOP STORY" label (all "B", whatever they say). Lead: its headline "W"; arrivals "according to provisional figures released by the Fiji Bureau of Statistics on Tuesday" and comparisons ("W"); "the bureau said" (kept as written, "W"); Tourism Fiji\'s acting chief executive with a causal claim ("W"), a quote and a forecast ("Ms" dropped, ""); the hoteliers\' association with occupancy ("W"); its president, named in an apposition after "Its president," with an opinion (""); a read-more line "B"; a SPONSOR BLOCK (label and three sentences, all "B"). Briefs: an "IN BRIEF" label "B"; four brief headlines, each "W"; the rate decision "the bank said in a statement" (generic kept, "W") and "it said" resolving to "the Reserve Bank of Fiji" ("W"); the fuel regulator "announced" with "12.01am on Friday." ("W") and "the commission said" with a causal claim ("W"); the crush "according to the Fiji Sugar Corporation\'s weekly crush report" ("W") and the cane-to-sugar ratio ("W"); a grower\'s own acreage and complaint and his QUESTION with "he asked." (""); the ministry\'s seasonal-worker count ("W"). Tail: a READER POLL (label, question, answers, and last week\'s result with a percentage, all "B"), a two-sentence sign-off, the editor\'s name line, a two-sentence forward/subscribe line, the why-you-got-this line, the unsubscribe line and the address/copyright (all "B").',
    'Papua New Guinean NEWS APP\'S SHARE-TO-NOTES paste (Lae), a HEALTH STORY: measles cases in Morobe reach 84, with two deaths, as a vaccination campaign begins. Head: a "Shared from" line "B"; headline of record "W"; the shared URL, a section/age/reading-time line, a follow button and an app toolbar line (all "B"). Body: "LAE:" lead "the Morobe Provincial Health Authority said yesterday" ("W"); "The authority said" (kept as written, "W"); the disease control officer ("Dr" dropped, later "Dr Kauwa-Moi") with the first case "on April 19" and laboratory confirmation ("W"); "the authority said" and "it said" (generic kept; "it" resolving to the authority as first given, "W"); the hospital chief executive named AFTER the statement ("..., its chief executive, Dr Samuel Oa Nimbi, said.", "W"), his ward count ("W") and quote (""); the officer\'s quote over two sentences (""); the campaign\'s start ("W") and funding "according to a statement from the department" with "K2.4 million" ("W"); a coverage TARGET "The authority hopes" (""); school visits "from May 24" ("W"); last year\'s coverage "according to the 2026 National Health Information System report" ("W"); an in-app ADVERTISEMENT (label and two sentences, "B"); a nurse\'s clinic count "before 11am." ("W") and quote (""); a mother\'s anecdote and quote (""); a ward councillor\'s impression and quote (""); "The authority confirmed" a stock-out and its cause ("W"); the provincial administrator\'s release of K350,000 named after the statement ("W"); advice, cue "urged" (""); a question subhead ""; symptoms "The authority says" (general information, "") and how measles spreads (""). Tail: a related label and one headline, an app pitch, a Google Play line with a URL and a "Shared via" line (all "B").',
    'Samoan NEWS SITE\'S PRINT VIEW (Apia), a SPORT STORY: the Saleufi Sharks beat the Falelatai Kings 24–19 at Apia Park for their first national club title since 2016. Head: the URL line, a print/close line, masthead, section (all "B"); headline of record "W"; byline and date line ("B"); a caption with "No. 8" mid-sentence "" and its credit "B". Body: the result with an en dash score ("W"); the first-half tries and a penalty ("W"); the Kings\' three tries and "No. 8" mid-sentence again ("W"); the conversion ("W"); the regular-season result and table ("W"); a weather delay (a scene, "") and the curtain-raiser ("W"); the crowd "the union said" (generic kept, "W") and prize money in tālā ("W"); the Sharks\' coach, a MATAI TITLE kept as the first part of the name ("Toleafoa Mikaele Sefo"; later "Toleafoa said") with a quote over three sentences in two paragraphs (""), and his academy count ("W"); a Samoan-language quote glossed "thanking God" (""); the Kings\' captain\'s opinion and a two-sentence quote (""); the Kings\' coach, also by matai title ("Fuimaono said"), with two quotes (""); the union chief executive ("Lealaiauloto said") with entries and the gate ("W"), a squad-naming date "on 23 August" ("W") and an opinion (""); a minute\'s silence (a scene, ""); the trophy and the minister\'s playing past ("W"). A SCORING box (label "B", two scoring lines and the referee line ""). Tail: a print-view comments note, a copyright ENDING "Ltd." before "All rights reserved." and a printed-from line (all "B").',
    'Jamaican NEWS SITE in READER MODE (Kingston), a CRIME STORY: police seize three guns and 140 rounds in a Spanish Town raid and hold two men. Head, as reader mode leaves it: the domain line "B"; headline with a SEMICOLON, never split ("W"); byline, date line and reading-time line ("B"); a caption "" and its bracketed capitals credit "B". Body: the lead "the police said" ("W"); the division commander ("Senior Superintendent" dropped) with "about 4:30 a.m. and" mid-sentence ("W"), the questioning and the forensic test ("W"); the weapons, with "9mm" and ".40" ("W"); a third man sought and an earlier search ("W"); a quote, cue "told the Record" (""); an "Advertisement" line "B"; murders "according to Jamaica Constabulary Force (JCF) data" (acronym dropped, "W") and "the JCF said" (resolving to the force, "W"); "Deputy Supt." mid-sentence with a seizure count ("W") and a promise (""); the minimum sentence ("W"); residents (the relative clause dropped from the label, "") and a PATOIS QUOTE with the speaker after it as written ("a woman who has lived on the lane for 30 years", ""); a mother\'s denial, cue "told the Record" (""); the councillor with a streetlight count ("W") and quote (""); the municipal corporation\'s request "on January 12." ("W"); a second caption "" and "(CONTRIBUTED)" "B"; a question subhead ""; the exhibits rule ("W") and destroyed guns "according to the force\'s annual report" ("W"); an expected charge (""); the Crime Stop reward ("W") and police advice (""). Tail: a two-sentence story-tip line, a recommended label and one headline, a copyright line (all "B").',
    'Trinidad and Tobago DAILY\'S WEBSITE pasted from a PHONE (Port of Spain), a TRANSPORT STORY: the sea bridge\'s fast ferry is out for weeks after an engine failure and passengers move to a cargo vessel. Head: a menu/masthead/bell line, a LIVE TICKER for another story, a PUSH PROMPT and its buttons, section (all "B"); headline with a SEMICOLON "W"; byline, a relative time stamp "14 hrs ago" and an AUDIO PLAYER line ("B"). Body: the lead "the Port Authority of Trinidad and Tobago (PATT) said yesterday" (acronym dropped, "W"); "The authority said" with "4.15 p.m." mid-sentence ("W"); "Nobody was injured." ("W"); the authority\'s repair estimate (a forecast, ""); the replacement service "the PATT said" and refunds "The PATT said" (both resolving to the authority, "W"); the cargo vessel\'s seats and crossing times ("W"); the minister ("Works and Transport Minister" dropped) with a technician and a part shipped ("W") and a quote, cue "told reporters" with the place after it (""); an "ADVERTISEMENT" line "B"; his spending figure after a fronted "Answering a question in the House of Representatives on Tuesday," ("W"); the THA secretary named in an apposition with hotel cancellations ("W") and a quote (""); a nurse "since 5 a.m." ENDING a sentence before her quote, an EXCLAMATION with a nested ‘sold out’ before "she said." (""); the fare ("W"); the airline\'s extra flights with "A.N.R. Robinson" mid-sentence ("W") and the air fare ("W"); the vessel\'s history "according to a 2025 audit of the sea bridge by the Ministry of Finance" ("W") and "The audit said" (kept as written, "W"); an opposition MP ("Opposition MP for Tobago West" dropped) with an opinion and a quote (""); a RELATED line "B". Tail: a share line, a WhatsApp tip line, a comment count, a MOST READ label and three numbered headlines, a footer (all "B").',
    'Barbadian DAILY\'S WEBSITE on the DESKTOP (Bridgetown), a SPORT STORY with a SCORE BUG: Belleplaine beat Oistins by three wickets at Kensington Oval for their first BCA Elite Division title. Head: a two-sentence COOKIE BANNER and buttons, a LIVE SCORE BUG for another match with "(12.4 ov)", a weather/sunrise strip, masthead, menu, crumb (all "B"); headline of record "W"; byline, date line, a comment count ("B"). Body: the result (no speaker, "W"); the chase and an unbeaten 94 ("W"); the innings totals, the earlier final and the champions\' record ("W"); best figures "6-41" and a record since 2014 ("W"); the batsman\'s quote over two paragraphs with a nested quotation in the second (""); his season aggregate with "59.33" ("W"); a VIDEO LINK with its running time "B"; the captain\'s dedication (an act without a verb of saying, "") and his quote with "Gittens-Holder said" (""); the BCA president with a record, prize money and a gate count ("W") and the awards dinner "on May 15" ("W"); the losing captain\'s scare-quoted opinion with a collapse figure (""); the bowler\'s wickets ("W"); a selector\'s "in the conversation" (""); a POLL WIDGET (question and answers-with-vote line, "B"); the club\'s earlier title ("W") and a description (""). A SCORES IN BRIEF box (label "B", two lines with initials "T. Corbin", "K. Boyce-Griffith", "J. Alleyne-Skeete" and the result line ""; a compiled-by line "B"). Tail: a MOST POPULAR label and two numbered headlines, a comments disclaimer and a footer (all "B").',
    'Bahamian NEWS APP\'S SHARE-TO-NOTES paste (Nassau), a WEATHER STORY: a tropical storm warning for Inagua and Mayaguana as Tropical Storm Nestor strengthens. Head: the app\'s name line "B"; headline of record "W"; a section/updated line, an ALERTS PROMPT, a LIVE UPDATES link and a STORM TRACKER WIDGET stating the storm\'s winds and pressure (all "B", whatever they say). Body: the warnings issued (the department acting, no speaker, "W"); the storm\'s position "according to the U.S. National Hurricane Center\'s 5 p.m. advisory" with "U.S." and "5 p.m." mid-sentence ("W"); the centre\'s "may be needed" (a forecast, generic kept, ""); a definition of a warning (""); "Forecasters at the department said" (a forecast, group kept as written, "") and the chief meteorological officer\'s forecast (""); an "ADVERTISEMENT" line "B"; shelters opening "at 8 a.m. today" "the National Emergency Management Agency (NEMA) said" ("W"); the population "according to the 2022 census" ("W"); the NEMA director with supplies loaded ("W"), her advice over two sentences (""), and stocks of cots ("W"); a question subhead "" and "NEMA says" shelter lists (resolving to the agency, "W"); the power utility, the airline ("the airline said in a statement"), the Port Department\'s order (an act, no speaker) and the Ministry of Tourism and Ministry of Education (all "W"); a shopkeeper\'s anecdote and quote, and a fisherman\'s anecdote and dialect quote (""); police shifts ("W"); the storm\'s number "the department said" (generic kept, "W"); the season\'s end and the next advisory "at 11 p.m." ENDING the story ("W"). Tail: a series label, a read-next label and one headline, the "Shared from" line, the short URL and an app-store line (all "B").',
    'Guyanese BUSINESS NEWS SITE\'S AMP PAGE (Georgetown), a BUSINESS STORY: rice exports reach 498,200 tonnes in nine months, up 12 per cent, and the paddy price climbs. Head: the AMP domain bar, a menu/masthead line, section (all "B"); headline of record "W"; standfirst "..., GRDB says" ("W", the acronym resolving to the board as first given); byline, date line, an AUDIO PLAYER line and a share line ("B"); a caption "" and its bracketed credit "B". Body: the lead "the Guyana Rice Development Board (GRDB) said on Tuesday" (acronym dropped, "W"); the previous record and earnings "the board said" (generic kept, "W"); markets ("W"); the general manager ("GRDB general manager" dropped) with a record yield ("W") and a causal claim, cue "attributed" ("W"); "Pomeroon Riverside Milling Inc." ENDING a sentence before "It shipped 74,300 tonnes, according to the board." (both "W"); the firm\'s no-reply line (the firm as first given, ""); a question subhead ""; the second crop "the board said" ("W"); an "ADVERTISEMENT" line "B"; the paddy price with "(about US$27)" "farmers and millers said" (a group\'s figure, "W"); a farmer\'s own cost and quote (""); the millers\' association chairman, named before his role, with 24-hour milling ("W") and a quote (""); the payment rule ("W") and a GROUP\'S CLAIM of late payment with a month ("W"); the ministry "said in a statement" ("W"); rainfall "the Hydrometeorological Service said" ("W"); a shipment ("W"); "The board expects" (a forecast, "") and its next report ("W"); an economist with opinions (""). Tail: a newsletter line, a related label and one headline, a footer with "Inc." (all "B").',
    'Grenadian NEWS SITE\'S EMAIL NEWSLETTER, WEB VERSION (St. George\'s), a DAILY BRIEF led by a WATER-RATIONING STORY, with court, sport and business briefs. Head: a two-sentence view-in-browser line, masthead, the brief\'s name and date, a two-sentence GREETING, a weather/sunrise strip with "a.m." and "p.m.", a WATER-SCHEDULE STRIP stating today\'s cuts, a numbered section label "1. WATER" (all "B", whatever they say). Lead: headline of record with "St. Andrew" "W"; "The National Water and Sewerage Authority (NAWASA) will extend ..., the authority said on Wednesday" (acronym dropped, "W"); the night-time cuts "from 9 p.m. to 5 a.m." ("W"); the operations manager named in an apposition after a possessive ("NAWASA\'s operations manager, Shermaine Noel-Bain, said", "W"), her reservoir level ("W") and quote (""); the sister islands "the authority said" ("W") and the hotline ("W"); rainfall "according to the Grenada Meteorological Service" ("W") and "The service said" (a forecast, ""); the hoteliers\' group with trucked water in EC$ ("W"); a retired teacher\'s anecdote and a Creole-English quote (""); a read-more line "B". Briefs: numbered labels "2. COURTS", "3. SPORT", "4. BUSINESS" ("B"); each brief\'s headline "W"; a remand with "St. John," and "St. George\'s" mid-sentence ("W"), "Police said" ("W") and an adjournment ("W"); the athletics result "the organising committee said" ("W"); the nutmeg price "from May 1" with the manager named after the statement ("W"). Tail: a SPONSOR BLOCK (label and two sentences with "7 a.m. to 9 p.m."), a READER POLL (label, question, vote line), a two-sentence sign-off, the writer\'s line, the forward/subscribe line, a why-you-got-this line and an address with "Ltd.," mid-line (all "B").',
]

ARTICLES = [
    [
        [
            (
                "We use cookies and similar technologies to personalize content and ads and to analyze our traffic.",
                "",
                "",
                "B",
            ),
            (
                "By clicking “Accept All,” you agree to the storing of cookies on your device.",
                "",
                "",
                "B",
            ),
        ],
        [("Accept All | Reject All | Cookie Settings", "", "", "B")],
        [("THE CEDAR SENTINEL", "", "", "B")],
        [("Lansing 58° Cloudy | H 64° L 47°", "", "", "B")],
        [
            (
                "BREAKING: Eastbound I-496 closed at Pennsylvania Ave. after crash; expect delays ›",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "News   Local   Politics   Sports   Business   Opinion   Obituaries   e-Edition",
                "",
                "",
                "B",
            )
        ],
        [("Subscribe for $1 | Sign In", "", "", "B")],
        [("NEWS › LOCAL GOVERNMENT", "", "", "B")],
        [
            (
                "Lansing council passes $312.4M budget with 14 new officers, first meter-rate hike since 2016",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Two members vote no over a $6.3 million draw on the city's rainy-day fund",
                "",
                "",
                "W",
            )
        ],
        [("Hollis Varga-Brennan | Cedar Sentinel", "", "", "B")],
        [("Published 10:41 p.m. ET May 18, 2027 | Updated 6:05 a.m. ET May 19, 2027", "", "", "B")],
        [("💬 38 | Share: Facebook | X | Email | Copy link", "", "", "B")],
        [
            (
                "Residents wait to speak during public comment on the city budget at Lansing City Hall on Monday, May 18, 2027.",
                "",
                "",
                "",
            ),
            ("Ofelia Brandvold/Cedar Sentinel", "", "", "B"),
        ],
        [
            ("You have 2 free articles remaining this month.", "", "", "B"),
            ("Subscribe now for unlimited access.", "", "", "B"),
        ],
        [
            (
                "The Lansing City Council on Monday approved a $312.4 million budget for the fiscal year that begins July 1, adding 14 police officers and raising downtown parking meter rates for the first time since 2016.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The budget passed 6-2 shortly before 10 p.m. after nearly four hours of public comment, with council members Rhonda Kessel-Ames and Tobias Wendt voting no.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Mayor Andrea Castellano-Price, who proposed the spending plan in March, said it was “honest about what we can afford and what we can't.”",
                "Andrea Castellano-Price",
                "said",
                "",
            )
        ],
        [
            (
                "The general fund, which pays for police, fire, parks and most day-to-day services, grows 3.8% to $151.7 million, according to the city's budget office.",
                "the city's budget office",
                "according to",
                "W",
            )
        ],
        [
            (
                "The police department's share rises to $58.2 million, which Finance Director Idris Oyelaran said would cover the 14 new officers, six patrol vehicles and an academy class in the fall.",
                "Idris Oyelaran",
                "said",
                "W",
            )
        ],
        [
            (
                "Meter rates in the downtown core will go from $1.50 to $2 an hour on Aug. 1, and enforcement will run until 8 p.m. on weekdays instead of 6 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Oyelaran said the change should bring in about $1.1 million a year.",
                "Idris Oyelaran",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Kessel-Ames, who represents the 2nd Ward, said the higher rates would drive evening customers away from restaurants near Washington Square that were still recovering.",
                "Rhonda Kessel-Ames",
                "said",
                "",
            ),
            (
                "“Nobody is going to pay two dollars an hour to eat a sandwich,” she said.",
                "Rhonda Kessel-Ames",
                "said",
                "",
            ),
        ],
        [
            (
                "Wendt, an at-large member, said he voted against the budget because it takes $6.3 million from the city's budget stabilization fund, leaving it at 9% of general fund spending.",
                "Tobias Wendt",
                "said",
                "W",
            ),
            (
                "That is below the 12% floor the council set for itself in a 2019 resolution, he said.",
                "Tobias Wendt",
                "said",
                "W",
            ),
        ],
        [
            (
                "Oyelaran disputed the concern, saying the fund would be back above 12% by the end of fiscal 2029 if income tax receipts grow as projected.",
                "Idris Oyelaran",
                "saying",
                "",
            )
        ],
        [("RELATED: What the engineers found at Hunter Park pool", "", "", "B")],
        [
            (
                "The budget also pays for a fourth ambulance crew at Fire Station 8 on the south side, where response times averaged 9 minutes 40 seconds last year, according to a fire department report presented to the council in April.",
                "a fire department report presented to the council in April",
                "according to",
                "W",
            ),
            (
                "That was 2 minutes 15 seconds slower than the citywide average, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Hunter Park pool on the east side stays closed for a second summer.",
                "",
                "",
                "W",
            ),
            (
                "Replacing its cracked filtration lines would cost $240,000, according to a 2026 engineering study.",
                "a 2026 engineering study",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Several residents of the Eastside neighborhood asked the council to find the money this year.",
                "Several residents of the Eastside neighborhood",
                "asked",
                "",
            )
        ],
        [
            (
                "“My kids learned to swim in that pool, and now they ride a bus 40 minutes to get to a lake,” said Delphine Aguirre-Moss, a mother of three who lives two blocks away.",
                "Delphine Aguirre-Moss",
                "said",
                "",
            )
        ],
        [
            (
                "Parks and Recreation Director Kwame Ellsworth-Tate said the city would apply for a state grant in the fall and hoped to reopen the pool in 2028.",
                "Kwame Ellsworth-Tate",
                "said",
                "",
            ),
            ("Applications for that grant round close Oct. 15.", "", "", "W"),
        ],
        [
            (
                "The Capital City Police Officers Association said in a statement that the new positions were “a start” but that the department had lost 31 officers to retirement and other agencies since January 2024.",
                "The Capital City Police Officers Association",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "Castellano-Price said recruiting for the new officers would begin this summer.",
                "Andrea Castellano-Price",
                "said",
                "",
            )
        ],
        [("POLL", "", "", "B")],
        [("Should Lansing raise downtown parking meter rates to $2 an hour?", "", "", "B")],
        [("Yes, it's overdue 27%", "", "", "B")],
        [("No, it will hurt businesses 61%", "", "", "B")],
        [("1,482 votes", "", "", "B")],
        [("This is not a scientific poll.", "", "", "B")],
        [
            (
                "The budget also raises the city's trash and recycling fee by $1.75 a month, to $21.25, and sets aside $2.4 million for sidewalk repairs in all four wards.",
                "",
                "",
                "W",
            )
        ],
        [
            ("The council's next meeting is June 1 at 7 p.m.", "", "", "W"),
            ("Public comment will be limited to three minutes per speaker.", "", "", "W"),
        ],
        [
            (
                "Hollis Varga-Brennan covers Lansing City Hall and Ingham County government.",
                "",
                "",
                "B",
            ),
            ("Reach her at hvarga@cedarsentinel.com or 517-555-0143.", "", "", "B"),
        ],
        [("💬 View 38 comments", "", "", "B")],
        [("MOST READ", "", "", "B")],
        [("1", "", "", "B")],
        [("Crash closes I-496 eastbound through downtown during morning rush", "", "", "B")],
        [("SIGN UP FOR THE MORNING BRIEFING", "", "", "B")],
        [("Lansing's top stories in your inbox every weekday at 6 a.m.", "", "", "B")],
        [("Enter your email | Sign Up", "", "", "B")],
        [("© 2027 Cedar Sentinel Media LLC.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Terms of Service | Privacy Policy | Your Privacy Choices | Contact Us", "", "", "B")],
    ],
    [
        [("⚡ torrensdaily.com.au", "", "", "B")],
        [("THE TORRENS DAILY", "", "", "B")],
        [("☰ Menu | Subscribe", "", "", "B")],
        [("Health", "", "", "B")],
        [("Ambulance ramping hits 5612 hours, the worst month on record", "", "", "W")],
        [
            (
                "Health Minister blames a late-October surge in flu and RSV as ambulances queue outside Adelaide's hospitals",
                "Georgina Papadakis-Reid",
                "blames",
                "W",
            )
        ],
        [("Bridie Kowalczyk, Health Reporter", "", "", "B")],
        [("November 4, 2027 - 5.00am", "", "", "B")],
        [("🎧 Listen to this article 5 min", "", "", "B")],
        [("This is your 3rd of 5 free articles this month.", "", "", "B")],
        [
            (
                "Ambulances queue in the bay outside the Royal Adelaide Hospital's emergency department on Monday night.",
                "",
                "",
                "",
            ),
            ("Picture: Matt Szczepanik", "", "", "B"),
        ],
        [
            (
                "Ambulances spent 5612 hours ramped outside Adelaide's public hospitals in October, the most in any month since the current reporting began in 2018, according to SA Health data released on Monday.",
                "SA Health data released on Monday",
                "according to",
                "W",
            )
        ],
        [
            (
                "That is up 17 per cent on September and 41 per cent on October last year.",
                "",
                "",
                "W",
            )
        ],
        [("It is the fourth time this year that the monthly record has been broken.", "", "", "W")],
        [
            (
                "The Royal Adelaide Hospital accounted for 1904 hours, followed by Flinders Medical Centre with 1388 and the Lyell McEwin Hospital with 1120.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Ramping happens when paramedics cannot hand a patient over to a full emergency department and have to keep caring for them in the ambulance or a corridor.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Health Minister Georgina Papadakis-Reid said a surge in influenza and RSV in the last fortnight of October had filled emergency departments, with 1236 more presentations than in the same fortnight of 2026.",
                "Georgina Papadakis-Reid",
                "said",
                "W",
            )
        ],
        [
            (
                "“Nobody in this government is pretending these numbers are acceptable,” Ms Papadakis-Reid said.",
                "Georgina Papadakis-Reid",
                "said",
                "",
            ),
            (
                "She said 48 extra beds would open at the Lyell McEwin by the end of March.",
                "Georgina Papadakis-Reid",
                "said",
                "",
            ),
        ],
        [
            (
                "Under a protocol introduced in July 2025, hospitals are meant to take over a patient's care within 30 minutes of an ambulance arriving.",
                "",
                "",
                "W",
            ),
            (
                "The figures show that happened for 44 per cent of arrivals in October.",
                "The figures",
                "show",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "SA Ambulance Service chief executive Rosalind Brettschneider said crews attended 28,412 cases in October, 6 per cent more than a year earlier.",
                "Rosalind Brettschneider",
                "said",
                "W",
            ),
            (
                "SA Ambulance Service figures show paramedics reached 58.3 per cent of priority one cases within eight minutes last month, against a target of 80 per cent.",
                "SA Ambulance Service figures",
                "show",
                "W",
            ),
        ],
        [("WATCH", "", "", "B")],
        [
            (
                "Paramedics describe a night shift spent waiting outside the Lyell McEwin.",
                "",
                "",
                "",
            ),
            ("2:41", "", "", "B"),
        ],
        [("Up next: Christmas pageant route changes announced", "", "", "B")],
        [
            (
                "Shane Kilcullen, secretary of the SA Paramedics Federation, said one crew had waited nine hours and 12 minutes outside the RAH on October 23 before their patient was admitted.",
                "Shane Kilcullen",
                "said",
                "W",
            ),
            (
                "“That's a whole shift in the back of a truck, and meanwhile there's a cardiac arrest in Elizabeth with nobody to send,” he said.",
                "Shane Kilcullen",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition health spokeswoman Nerida Fairweather said the government had “run out of excuses”.",
                "Nerida Fairweather",
                "said",
                "",
            ),
            (
                "She said it had promised at the 2026 election to end ramping within its first term, and that ramping hours had risen in 14 of the 19 months since.",
                "Nerida Fairweather",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kerryn Tsakalos said her mother, Marjorie, 81, waited almost six hours on a stretcher in the ambulance bay at the Lyell McEwin after a fall at home in Salisbury on October 27.",
                "Kerryn Tsakalos",
                "said",
                "",
            ),
            (
                "“The paramedics were wonderful, but they kept apologising, and none of it was their fault,” she said.",
                "Kerryn Tsakalos",
                "said",
                "",
            ),
        ],
        [
            (
                "An SA Health spokeswoman said 142 patients in metropolitan hospitals on Monday were medically fit to leave but waiting for aged-care or disability placements.",
                "An SA Health spokeswoman",
                "said",
                "W",
            ),
            (
                "She said the department would publish November figures on December 2.",
                "An SA Health spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Flinders University health economist Associate Professor Hamish Ogunleye said demand was likely to stay high through summer because of an ageing population and a shortage of GPs in the northern suburbs.",
                "Hamish Ogunleye",
                "said",
                "",
            ),
            (
                "“You can't build your way out of ramping with beds alone,” Prof Ogunleye said.",
                "Hamish Ogunleye",
                "said",
                "",
            ),
        ],
        [("Tags: Health · Hospitals · Adelaide", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Emergency doctors call for ‘code yellow’ at Flinders", "", "", "B")],
        [
            ("Sign up to our Health Check newsletter", "", "", "B"),
            ("By signing up you agree to our Terms of Use and Privacy Policy.", "", "", "B"),
        ],
        [("Comments are closed on this article.", "", "", "B")],
        [("© Torrens Daily Pty Ltd 2027", "", "", "B")],
        [
            (
                "The Torrens Daily acknowledges the Kaurna people, the Traditional Owners of the land on which we work.",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("☰   WAIKATO WIRE   🔍   👤", "", "", "B")],
        [("Open in the Waikato Wire app ›", "", "", "B")],
        [
            ("Allow notifications?", "", "", "B"),
            ("Get alerts for breaking news in the Waikato.", "", "", "B"),
        ],
        [("Not now   Allow", "", "", "B")],
        [("Crime", "", "", "B")],
        [
            (
                "Former kapa haka trust treasurer who took $186,000 sentenced to home detention",
                "",
                "",
                "W",
            )
        ],
        [("Ngaio Whitcombe · Court reporter · 5 mins to read", "", "", "B")],
        [("2:14pm, Jun 9 2027", "", "", "B")],
        [
            (
                "Leanne Hetaraka-Voss leaves the Hamilton District Court after sentencing.",
                "",
                "",
                "",
            ),
            ("Photo / Waikato Wire", "", "", "B"),
        ],
        [
            (
                "A former treasurer of a Te Awamutu kapa haka trust who took $186,420 from its accounts over four years has been sentenced to 10 months' home detention and ordered to pay $60,000 in reparation.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Leanne Marie Hetaraka-Voss, 52, appeared in the Hamilton District Court on Wednesday after pleading guilty in March to 38 charges of theft by a person in a special relationship.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "According to the police summary of facts, she made 212 transfers from the Te Kōtuku Rere Performing Arts Trust's bank account to her own between May 2021 and August 2025, describing them as costumes, bus hire and koha.",
                "the police summary of facts",
                "According to",
                "W",
            ),
            (
                "The trust found out when its bank queried a $9800 payment to a car dealer, the summary said.",
                "the summary",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police prosecutor Sergeant Dion Mackle said the offending was “a sustained betrayal” of a volunteer group that ran on sausage sizzles and small grants.",
                "Dion Mackle",
                "said",
                "",
            ),
            (
                "He said the trust had to pull out of the 2024 regional secondary schools competition because it could not pay for a bus.",
                "Dion Mackle",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Defence lawyer Ruth Okonjo-Tait said her client had a gambling addiction, had been to 31 counselling sessions since her arrest and had sold her car to raise the $60,000.",
                "Ruth Okonjo-Tait",
                "said",
                "W",
            )
        ],
        [
            (
                "Judge Tamati Rewiri-Kerr said he took a starting point of three years and three months' imprisonment and gave discounts of 25 per cent for the guilty pleas, 10 per cent for remorse and 10 per cent for the reparation offered.",
                "Tamati Rewiri-Kerr",
                "said",
                "W",
            ),
            (
                "That brought the sentence under two years, which allowed him to consider home detention, he said.",
                "Tamati Rewiri-Kerr",
                "said",
                "W",
            ),
            (
                "The judge noted that Hetaraka-Voss had no previous convictions.",
                "Tamati Rewiri-Kerr",
                "noted",
                "W",
            ),
        ],
        [
            (
                "“Every dollar you took was raised by children and their whānau, selling raffle tickets outside the supermarket on a Saturday morning,” the judge said.",
                "Tamati Rewiri-Kerr",
                "said",
                "",
            )
        ],
        [
            (
                "“You knew that better than anyone, because you stood there selling them too.",
                "Tamati Rewiri-Kerr",
                "said",
                "",
            ),
            ("That is what you will have to live with.”", "Tamati Rewiri-Kerr", "said", ""),
        ],
        [
            (
                "Hetaraka-Voss, who sat with her head bowed, did not speak during the hearing.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Hetaraka-Voss was ordered to pay the remaining $126,420 at $150 a week, which would take more than 16 years.",
                "",
                "",
                "W",
            ),
            (
                "She must stay at her Kihikihi address for the 10 months and was also sentenced to 200 hours' community work.",
                "",
                "",
                "W",
            ),
            ("The sentence begins immediately.", "", "", "W"),
        ],
        [
            (
                "Theft by a person in a special relationship carries a maximum penalty of seven years' imprisonment.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "An application for permanent name suppression, made on the grounds of extreme hardship to her elderly mother, was declined.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Reading a victim impact statement, trust chairwoman Huia Tamehana said the group had lost 19 of its 40 performers since the theft came to light.",
                "Huia Tamehana",
                "said",
                "W",
            ),
            (
                "“We trusted her with our tamariki and our money, and we would have trusted her with our lives,” she said.",
                "Huia Tamehana",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the trust's accounts, it raised $61,300 in 2024, mostly from raffles, sausage sizzles and a Lottery Grants Board grant.",
                "the trust's accounts",
                "According to",
                "W",
            )
        ],
        [
            (
                "Outside court, Okonjo-Tait said her client was “deeply ashamed” and would not appeal.",
                "Ruth Okonjo-Tait",
                "said",
                "",
            )
        ],
        [
            (
                "The trust said it would hold a fundraising hāngī at the Te Awamutu Events Centre on July 17.",
                "The trust",
                "said",
                "W",
            )
        ],
        [("Share   🔗   f   𝕏", "", "", "B")],
        [("💬 12 comments", "", "", "B")],
        [("Get the Waikato Wire morning newsletter", "", "", "B")],
        [("TOP STORIES", "", "", "B")],
        [("Cambridge cycleway opens after two-year delay", "", "", "B")],
        [("Heavy rain watch for Coromandel as low deepens", "", "", "B")],
        [("About | Contact | Terms | © 2027 Waikato Wire Media Ltd", "", "", "B")],
    ],
    [
        [("View this email in your browser", "", "", "B")],
        [("THE VITI LALI | BUSINESS BRIEF", "", "", "B")],
        [("Wednesday 13 October 2027 · Issue No. 412", "", "", "B")],
        [
            ("Bula vinaka and good morning.", "", "", "B"),
            ("Here's what is moving Fiji's economy today.", "", "", "B"),
        ],
        [("MARKETS AT YESTERDAY'S CLOSE", "", "", "B")],
        [
            (
                "FJD/USD 0.4427 ▲ | FJD/AUD 0.6812 ▼ | SPX Total Return Index 10,482.6 ▲ 0.4%",
                "",
                "",
                "B",
            )
        ],
        [("Suva 29°C showers | Nadi 31°C fine | Labasa 32°C fine", "", "", "B")],
        [
            (
                "IN TODAY'S BRIEF: Visitor arrivals · Reserve Bank · Fuel prices · Cane crush",
                "",
                "",
                "B",
            )
        ],
        [("TOP STORY", "", "", "B")],
        [("September visitor arrivals set a record for the month", "", "", "W")],
        [
            (
                "Fiji welcomed 104,862 visitors in September, the most for any September on record, according to provisional figures released by the Fiji Bureau of Statistics on Tuesday.",
                "provisional figures released by the Fiji Bureau of Statistics on Tuesday",
                "according to",
                "W",
            ),
            (
                "That is 8.6 per cent more than in September 2026 and brings arrivals for the first nine months of the year to 812,305.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Australia supplied 44,120 of the month's visitors and New Zealand 21,906, while arrivals from the United States rose 19 per cent to 9450.",
                "",
                "",
                "W",
            ),
            (
                "Visitors stayed an average of 9.4 nights, down from 9.9 a year earlier, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tourism Fiji's acting chief executive, Vilimaina Raduva, said the rise in American visitors followed the start of a third weekly direct flight from San Francisco in June.",
                "Vilimaina Raduva",
                "said",
                "W",
            ),
            (
                "“Americans are finding out that we are only one long night away,” she said.",
                "Vilimaina Raduva",
                "said",
                "",
            ),
            (
                "Ms Raduva said Tourism Fiji expected about 1.08 million arrivals for the full year.",
                "Vilimaina Raduva",
                "said",
                "",
            ),
        ],
        [
            (
                "Hotel occupancy on the Coral Coast averaged 81 per cent in September, the Coral Coast Hoteliers Association said.",
                "the Coral Coast Hoteliers Association",
                "said",
                "W",
            ),
            (
                "Its president, Pranesh Chand Maharaj, said staff shortages were still the industry's biggest worry, with trained workers leaving for seasonal jobs in Australia and New Zealand.",
                "Pranesh Chand Maharaj",
                "said",
                "",
            ),
        ],
        [("Read the full story on vitilali.com.fj →", "", "", "B")],
        [("SPONSORED", "", "", "B")],
        [
            ("Business Brief is brought to you by Yasawa Cargo Credit Pte Limited.", "", "", "B"),
            ("Working capital for Fiji's exporters since 1998.", "", "", "B"),
            ("Licensed by the Reserve Bank of Fiji.", "", "", "B"),
        ],
        [("IN BRIEF", "", "", "B")],
        [("Reserve Bank holds rate at 0.25 per cent", "", "", "W")],
        [
            (
                "The Reserve Bank of Fiji's board kept the Overnight Policy Rate at 0.25 per cent at its meeting on Monday, the bank said in a statement.",
                "the bank",
                "said in a statement",
                "W",
            ),
            (
                "Annual inflation was 3.1 per cent in August and foreign reserves stood at $3.62 billion, enough for 5.4 months of imports, it said.",
                "the Reserve Bank of Fiji",
                "said",
                "W",
            ),
        ],
        [("Fuel prices fall from Friday", "", "", "W")],
        [
            (
                "The Fiji Competition and Consumer Commission announced on Tuesday that the maximum retail price of unleaded petrol will fall 6 cents to $2.71 a litre, and diesel 9 cents to $2.48, from 12.01am on Friday.",
                "The Fiji Competition and Consumer Commission",
                "announced",
                "W",
            ),
            (
                "The cut reflects lower freight costs and a stronger Fiji dollar, the commission said.",
                "the commission",
                "said",
                "W",
            ),
        ],
        [("Cane crush passes 1.2 million tonnes", "", "", "W")],
        [
            (
                "The Lautoka, Rarawai and Labasa mills had crushed 1,214,600 tonnes of cane by Sunday, according to the Fiji Sugar Corporation's weekly crush report.",
                "the Fiji Sugar Corporation's weekly crush report",
                "according to",
                "W",
            ),
            (
                "It took 9.8 tonnes of cane to make a tonne of sugar, compared with 10.6 at the same point last season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sashi Prakash Lal, who grows cane on 12 acres near Ba, said growers were happier this season but still waited too long to be paid.",
                "Sashi Prakash Lal",
                "said",
                "",
            ),
            (
                "“When the price of fertiliser goes up, it goes up the same day — so why does our money take three weeks?” he asked.",
                "Sashi Prakash Lal",
                "asked",
                "",
            ),
        ],
        [("Seasonal workers top 4000", "", "", "W")],
        [
            (
                "The Ministry of Employment, Productivity and Industrial Relations said 4212 Fijians had left for seasonal work in Australia in the year to June, up from 3388 a year earlier.",
                "The Ministry of Employment, Productivity and Industrial Relations",
                "said",
                "W",
            )
        ],
        [("READER POLL", "", "", "B")],
        [("Will you travel overseas this Christmas?", "", "", "B")],
        [("Yes · No · Haven't decided", "", "", "B")],
        [("Last week: 58% of readers said fuel was their biggest household cost.", "", "", "B")],
        [("Vinaka for reading.", "", "", "B"), ("See you tomorrow.", "", "", "B")],
        [("— Salote Naivalu, Business Editor", "", "", "B")],
        [
            ("Forwarded this email?", "", "", "B"),
            ("Subscribe to Business Brief here.", "", "", "B"),
        ],
        [("You are receiving this email because you signed up at vitilali.com.fj.", "", "", "B")],
        [("Unsubscribe | Update your preferences | Privacy policy", "", "", "B")],
        [
            (
                "Copyright © 2027 Viti Lali Media Pte Limited, Level 2, 18 Gordon Street, Suva, Fiji.",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("Shared from Tok Save Daily", "", "", "B")],
        [("Measles cases climb to 84 in Morobe as vaccination drive begins", "", "", "W")],
        [
            (
                "https://toksavedaily.com.pg/news/health/measles-cases-climb-to-84-in-morobe",
                "",
                "",
                "B",
            )
        ],
        [("HEALTH · 3 hrs ago · 4 min read", "", "", "B")],
        [("Follow Health ＋", "", "", "B")],
        [("A−  A+   🔖 Save   🔊 Listen", "", "", "B")],
        [
            (
                "LAE: Confirmed measles cases in Morobe have risen to 84, including two deaths, the Morobe Provincial Health Authority said yesterday.",
                "the Morobe Provincial Health Authority",
                "said",
                "W",
            ),
            (
                "The authority said 61 of the cases were children under five and 70 had never received a measles vaccine.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Provincial disease control officer Dr Esther Kauwa-Moi said the first case was confirmed on April 19 in a two-year-old girl from the Butibam area of Lae who had not travelled.",
                "Esther Kauwa-Moi",
                "said",
                "W",
            ),
            (
                "She said the Central Public Health Laboratory in Port Moresby had confirmed 31 cases by blood test, and the rest were linked to them by contact.",
                "Esther Kauwa-Moi",
                "said",
                "W",
            ),
        ],
        [
            (
                "It is the province's first measles outbreak since 2014, the authority said.",
                "the authority",
                "said",
                "W",
            ),
            (
                "Two of the cases are nurses at Angau Memorial Provincial Hospital, it said.",
                "the Morobe Provincial Health Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The hospital has set aside a 20-bed isolation ward, its chief executive, Dr Samuel Oa Nimbi, said.",
                "Samuel Oa Nimbi",
                "said",
                "W",
            ),
            (
                "He said 19 children were being treated there on Tuesday.",
                "Samuel Oa Nimbi",
                "said",
                "W",
            ),
            (
                "“We are seeing children come in with pneumonia on top of measles, and those are the ones that frighten us,” Dr Nimbi said.",
                "Samuel Oa Nimbi",
                "said",
                "",
            ),
        ],
        [
            (
                "“Measles does not wait for anyone,” Dr Kauwa-Moi said.",
                "Esther Kauwa-Moi",
                "said",
                "",
            ),
            (
                "“If one child in a settlement has it, we assume the whole street has been exposed.”",
                "Esther Kauwa-Moi",
                "said",
                "",
            ),
        ],
        [
            (
                "A two-week campaign to vaccinate every child aged six months to five years in the Lae, Nawae and Huon Gulf districts began on Monday.",
                "",
                "",
                "W",
            ),
            (
                "The campaign is funded with K2.4 million from the National Department of Health and its partners, according to a statement from the department.",
                "a statement from the National Department of Health",
                "according to",
                "W",
            ),
            (
                "The authority hopes to reach 95 per cent of the estimated 118,000 children in the three districts.",
                "The authority",
                "hopes",
                "",
            ),
        ],
        [
            (
                "Vaccination teams will visit schools in Lae from May 24, the authority said.",
                "the authority",
                "said",
                "W",
            )
        ],
        [
            (
                "Only 48 per cent of children in Morobe received their first measles dose last year, according to the 2026 National Health Information System report.",
                "the 2026 National Health Information System report",
                "according to",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            ("Kumul Mobile: 10GB for K25 this week only.", "", "", "B"),
            ("Dial *125# to buy.", "", "", "B"),
        ],
        [
            (
                "At the Malahang clinic on Tuesday morning, nurse Ruth Anduo said about 300 children had been vaccinated before 11am.",
                "Ruth Anduo",
                "said",
                "W",
            ),
            (
                "“The mothers came at six o'clock, before we even opened the gate,” she said.",
                "Ruth Anduo",
                "said",
                "",
            ),
        ],
        [
            (
                "Grace Sungi, from Bumbu settlement, said her 14-month-old son had missed his vaccination in January because the clinic had no vaccine.",
                "Grace Sungi",
                "said",
                "",
            ),
            (
                "“Today I walked two hours with him on my back,” she said.",
                "Grace Sungi",
                "said",
                "",
            ),
        ],
        [
            (
                "Butibam ward councillor Kasu Anam said families in the area were frightened and that some had kept their children home from school for a week.",
                "Kasu Anam",
                "said",
                "",
            ),
            (
                "“People are hearing two children died and they think it is a curse,” he said.",
                "Kasu Anam",
                "said",
                "",
            ),
        ],
        [
            (
                "The authority confirmed that Malahang and two other clinics in Lae ran out of measles vaccine for nine days in January because a shipment was delayed.",
                "The authority",
                "confirmed",
                "W",
            )
        ],
        [
            (
                "The provincial government has released K350,000 for fuel and allowances for the vaccination teams, Provincial Administrator Mathias Gware said.",
                "Mathias Gware",
                "said",
                "W",
            )
        ],
        [
            (
                "Dr Kauwa-Moi urged parents to bring their children's health books to the clinics and to keep any child with a fever and a rash at home.",
                "Esther Kauwa-Moi",
                "urged",
                "",
            )
        ],
        [("What are the signs?", "", "", "")],
        [
            (
                "The authority says the first signs are fever, a runny nose, red eyes and a cough, followed a few days later by a rash that starts on the face.",
                "The authority",
                "says",
                "",
            ),
            (
                "Measles spreads through coughing and sneezing and can lead to pneumonia, brain swelling and death, especially in children who are malnourished.",
                "",
                "",
                "",
            ),
        ],
        [("Related", "", "", "B")],
        [("Polio teams reach Markham Valley villages", "", "", "B")],
        [("Read more stories like this in the Tok Save Daily app.", "", "", "B")],
        [("Get it on Google Play: https://toksavedaily.com.pg/app", "", "", "B")],
        [("Shared via Tok Save Daily for Android", "", "", "B")],
    ],
    [
        [
            (
                "https://vailimavoice.ws/sports/2027/08/14/sharks-hold-off-kings-club-final",
                "",
                "",
                "B",
            )
        ],
        [("🖨 Print this page | ✕ Close", "", "", "B")],
        [("THE VAILIMA VOICE", "", "", "B")],
        [("Sports", "", "", "B")],
        [("Sharks hold off Kings to win first national club title in 11 years", "", "", "W")],
        [("By Mele Tuala-Faleolo", "", "", "B")],
        [("Saturday, 14 August 2027, 5:40 pm", "", "", "B")],
        [
            (
                "Sharks No. 8 Faleolo Iopu is lifted by team-mates after his late try at Apia Park.",
                "",
                "",
                "",
            ),
            ("Photo: Vailima Voice / Ropati Siaosi", "", "", "B"),
        ],
        [
            (
                "The Saleufi Sharks won the Samoa Rugby Union's national club final for the first time since 2016, beating the Falelatai Kings 24–19 at Apia Park on Saturday afternoon.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Winger Iosefa Leota-Schuster scored two tries in the first 20 minutes, and fullback Taualofa Sapolu kicked a 40-metre penalty in the 31st to give the Sharks a 17–0 lead at half-time.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Kings scored three tries in the second half, through flanker Tavita Mulitalo, hooker Peni Afamasaga and centre Lemalu Ropati, to lead 19–17, but Sharks No. 8 Faleolo Iopu went over under the posts in the 74th minute.",
                "",
                "",
                "W",
            ),
            ("Sapolu added the conversion, his third of the day.", "", "", "W"),
        ],
        [
            (
                "The Kings had beaten the Sharks 31–12 when the sides met in the regular season.",
                "",
                "",
                "W",
            ),
            (
                "The Sharks had finished top of the regular-season table with 11 wins from 14 games.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kick-off was held back 15 minutes by a heavy shower.", "", "", ""),
            ("In the curtain-raiser, the Sharks' women's team beat Fagali'i 22–5.", "", "", "W"),
        ],
        [
            ("A crowd of about 7500 watched the final, the union said.", "the union", "said", "W"),
            (
                "The Sharks receive $30,000 tālā in prize money and the Kings $15,000 tālā.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sharks head coach Toleafoa Mikaele Sefo said his players had “paid for this title with every early morning on the beach at Mulinu'u.”",
                "Toleafoa Mikaele Sefo",
                "said",
                "",
            )
        ],
        [
            (
                "“Eleven years is a long time for a village to wait,” Toleafoa said.",
                "Toleafoa Mikaele Sefo",
                "said",
                "",
            ),
            ("“Tonight the old men can sleep.”", "Toleafoa Mikaele Sefo", "said", ""),
        ],
        [
            (
                "He said six of his starting XV had come through the club's under-18 side.",
                "Toleafoa Mikaele Sefo",
                "said",
                "W",
            )
        ],
        [
            (
                "“Fa'afetai i le Atua,” Iopu said, thanking God, as he held up the trophy.",
                "Faleolo Iopu",
                "said",
                "",
            )
        ],
        [
            (
                "Kings captain Sione Lauina-Meredith said he thought the pass before Iopu's try was forward.",
                "Sione Lauina-Meredith",
                "said",
                "",
            ),
            ("“But we don't cry about it,” he said.", "Sione Lauina-Meredith", "said", ""),
            (
                "“We go home, we go to church tomorrow and we come back next year.”",
                "Sione Lauina-Meredith",
                "said",
                "",
            ),
        ],
        [
            (
                "Kings coach Fuimaono Lale Alesana said his team had “woken up 40 minutes too late”.",
                "Fuimaono Lale Alesana",
                "said",
                "",
            ),
            (
                "“You cannot give the Sharks 17 points and a cup of tea,” Fuimaono said.",
                "Fuimaono Lale Alesana",
                "said",
                "",
            ),
        ],
        [
            (
                "Samoa Rugby Union chief executive Lealaiauloto Ioane Tavita said 22 clubs had entered this season, three more than last year, and gate takings from the final would go to the union's schools programme.",
                "Lealaiauloto Ioane Tavita",
                "said",
                "W",
            ),
            (
                "The union will name a 30-player squad for the Pacific Nations Cup on 23 August, he said.",
                "Lealaiauloto Ioane Tavita",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lealaiauloto said at least four Sharks players were “knocking on the door” of the national team.",
                "Lealaiauloto Ioane Tavita",
                "said",
                "",
            )
        ],
        [
            (
                "A minute's silence was held before kick-off for the former Kings coach Pulu Fa'amoe, who died in July.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The trophy was presented by the Minister of Education, Sports and Culture, Seiuli Tamalii Matau, who played for the Sharks in the 1990s.",
                "",
                "",
                "W",
            )
        ],
        [("SCORING", "", "", "B")],
        [
            (
                "Sharks 24 (Iosefa Leota-Schuster 2, Faleolo Iopu tries; Taualofa Sapolu 3 cons, pen)",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Kings 19 (Tavita Mulitalo, Peni Afamasaga, Lemalu Ropati tries; Vaifou Tuimavave 2 cons)",
                "",
                "",
                "",
            )
        ],
        [("Referee: Tasi Ah Chong-Leavasa", "", "", "")],
        [("Comments are not shown in the print version of this article.", "", "", "B")],
        [("© 2027 Vailima Voice Media Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Printed from vailimavoice.ws on 15/08/2027 09:03", "", "", "B")],
    ],
    [
        [("bluemountainrecord.com.jm", "", "", "B")],
        [("Police seize three guns, 140 rounds in Spanish Town raid; two men held", "", "", "W")],
        [("Kemar Lindo-Haughton, Staff Reporter", "", "", "B")],
        [("Thursday, February 11, 2027", "", "", "B")],
        [("5–7 minutes", "", "", "B")],
        [
            (
                "Police personnel at the scene of the operation in Shelter Rock, Spanish Town, on Wednesday.",
                "",
                "",
                "",
            ),
            ("(PHOTO: RICARDO GAYLE-McKOY)", "", "", "B"),
        ],
        [
            (
                "Two men were taken into custody and three illegal guns and 140 rounds of ammunition seized during an operation in the Shelter Rock area of Spanish Town, St Catherine, early Wednesday, the police said.",
                "the police",
                "said",
                "W",
            )
        ],
        [
            (
                "Senior Superintendent Donovan Whyte-Barrett, commander of the St Catherine North Police Division, said a team acting on intelligence entered a premises on Shelter Rock Road about 4:30 a.m. and found two pistols and an M16 rifle wrapped in plastic inside a water tank.",
                "Donovan Whyte-Barrett",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the men, aged 24 and 31, were being questioned, and that the rifle would be sent to the Institute of Forensic Science and Legal Medicine for ballistic testing.",
                "Donovan Whyte-Barrett",
                "said",
                "W",
            )
        ],
        [
            (
                "The weapons were a 9mm Glock pistol with a magazine holding 14 rounds, a .40 Smith & Wesson pistol and an M16 rifle with two magazines.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Whyte-Barrett said a third man, known only as ‘Bigga’, ran from the premises and was being sought.",
                "Donovan Whyte-Barrett",
                "said",
                "W",
            ),
            (
                "The same premises had been searched in October 2025 without result, he said.",
                "Donovan Whyte-Barrett",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Every gun we take off the street is a funeral that doesn't happen,” Whyte-Barrett told the Record.",
                "Donovan Whyte-Barrett",
                "told the Record",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Murders in the St Catherine North Division are down 27 per cent this year, with 11 recorded up to February 6 compared with 15 in the same period of 2026, according to Jamaica Constabulary Force (JCF) data.",
                "Jamaica Constabulary Force data",
                "according to",
                "W",
            )
        ],
        [
            (
                "Islandwide, the police have seized 61 illegal guns since January 1, the JCF said.",
                "the Jamaica Constabulary Force",
                "said",
                "W",
            )
        ],
        [
            (
                "Deputy Supt. Marcia Gordon-Pinnock of the Constabulary Communication Unit said it was the division's third gun seizure in eight days.",
                "Marcia Gordon-Pinnock",
                "said",
                "W",
            ),
            (
                "She said the police would keep up operations in the area “for as long as it takes”.",
                "Marcia Gordon-Pinnock",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Firearms Act, possession of an illegal firearm carries a minimum sentence of 15 years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Residents, who asked not to be named, said they were woken by dogs barking and then a loud bang as a door was kicked in.",
                "Residents",
                "said",
                "",
            )
        ],
        [
            (
                "“Mi nuh know dem bwoy deh, dem nuh from round here,” said a woman who has lived on the lane for 30 years.",
                "a woman who has lived on the lane for 30 years",
                "said",
                "",
            )
        ],
        [
            (
                "A woman who said she was the mother of the younger man told the Record that her son worked at a car wash in Old Harbour and “don't know nothing 'bout no gun”.",
                "A woman who said she was the mother of the younger man",
                "told the Record",
                "",
            )
        ],
        [
            (
                "Councillor Petrina Bryan-Clarke, who represents the Spanish Town Division on the St Catherine Municipal Corporation, said 14 of the 22 streetlights on Shelter Rock Road had been out since November.",
                "Petrina Bryan-Clarke",
                "said",
                "W",
            ),
            (
                "“Darkness is the gunman's best friend,” she said.",
                "Petrina Bryan-Clarke",
                "said",
                "",
            ),
        ],
        [
            (
                "The St Catherine Municipal Corporation said it had asked the Jamaica Public Service Company to repair the lights on January 12.",
                "the St Catherine Municipal Corporation",
                "said",
                "W",
            )
        ],
        [("RELATED: Rifle found in canoe at Old Harbour Bay", "", "", "B")],
        [
            ("The guns and ammunition seized in Shelter Rock.", "", "", ""),
            ("(CONTRIBUTED)", "", "", "B"),
        ],
        [("What happens to the guns?", "", "", "")],
        [
            (
                "Seized firearms are kept as court exhibits until a case ends and are then destroyed.",
                "",
                "",
                "W",
            ),
            (
                "The JCF destroyed 1,206 illegal guns in 2026, according to the force's annual report.",
                "the force's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Whyte-Barrett said the men were expected to be charged by Friday.",
                "Donovan Whyte-Barrett",
                "said",
                "",
            )
        ],
        [
            (
                "Crime Stop pays up to $1 million for information that leads to the recovery of an illegal gun.",
                "",
                "",
                "W",
            ),
            (
                "The police urged anyone with information to call the Spanish Town Police Station at 876-555-0192 or Crime Stop at 311.",
                "The police",
                "urged",
                "",
            ),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("Email news@bluemountainrecord.com.jm or WhatsApp 876-555-0148.", "", "", "B"),
        ],
        [("Recommended", "", "", "B")],
        [("May Pen taxi operators strike over new route fees", "", "", "B")],
        [("Copyright © 2027 The Blue Mountain Record Ltd.", "", "", "B")],
    ],
    [
        [("☰   THE SAVANNAH CLARION   🔔", "", "", "B")],
        [("LIVE: Budget 2028 debate in the House — follow our updates ›", "", "", "B")],
        [("Get breaking news alerts from the Clarion?", "", "", "B")],
        [("No thanks | Yes, notify me", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Fast ferry out for weeks; Tobago passengers moved to cargo vessel", "", "", "W")],
        [("Kerry-Ann Mohammed-Ramkissoon", "", "", "B")],
        [("14 hrs ago", "", "", "B")],
        [("🎧 Listen · 4:32", "", "", "B")],
        [
            (
                "The fast ferry Cascadura Star was taken out of service on Monday afternoon after one of its four engines failed, the Port Authority of Trinidad and Tobago (PATT) said yesterday.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            ),
            (
                "The authority said the 4.15 p.m. sailing from Port of Spain to Scarborough turned back 20 minutes out of port with 612 passengers on board.",
                "The authority",
                "said",
                "W",
            ),
            ("Nobody was injured.", "", "", "W"),
        ],
        [
            (
                "The authority said it expected repairs to take about three weeks.",
                "The authority",
                "said",
                "",
            )
        ],
        [
            (
                "Until the ferry returns, the cargo vessel Corbeau Trader will carry up to 250 passengers on each crossing, with two round trips a day instead of four, the PATT said.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            )
        ],
        [
            (
                "The PATT said passengers holding tickets for cancelled sailings could get a full refund at the ticket offices in Port of Spain and Scarborough, or travel on the Corbeau Trader at no extra cost.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            )
        ],
        [
            (
                "The Corbeau Trader has seats for 250 passengers in a covered lounge on its upper deck.",
                "",
                "",
                "W",
            ),
            (
                "The crossing takes about four and a half hours on the cargo vessel, against two hours and 45 minutes on the fast ferry, the PATT said.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            ),
        ],
        [
            (
                "Works and Transport Minister Roderick Baptiste-Samaroo said the engine's manufacturer in Finland was sending a technician, and that a replacement part had been shipped on Tuesday.",
                "Roderick Baptiste-Samaroo",
                "said",
                "W",
            ),
            (
                "“I am not going to stand here and promise a date and then have to come back and apologise,” he told reporters at the ministry's head office in Port of Spain.",
                "Roderick Baptiste-Samaroo",
                "told reporters",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Answering a question in the House of Representatives on Tuesday, Baptiste-Samaroo said the Government had spent TT$38.6 million on repairs to sea bridge vessels since 2023.",
                "Roderick Baptiste-Samaroo",
                "said",
                "W",
            )
        ],
        [
            (
                "The Tobago House of Assembly's Secretary of Tourism, Culture and Transportation, Nkosi Greenidge-Dick, said 14 hotels had reported cancellations since Monday.",
                "Nkosi Greenidge-Dick",
                "said",
                "W",
            ),
            (
                "“The sea bridge is not a convenience for Tobago, it is our lifeline,” he said.",
                "Nkosi Greenidge-Dick",
                "said",
                "",
            ),
        ],
        [
            (
                "Sharlene Thomas-Joseph, a nurse who travels every week from Tobago to her job at the San Fernando General Hospital, said she had been in the line at the Port of Spain terminal since 5 a.m.",
                "Sharlene Thomas-Joseph",
                "said",
                "",
            ),
            (
                "“They tell us check the app, check the app — but the app saying ‘sold out’ since Sunday!” she said.",
                "Sharlene Thomas-Joseph",
                "said",
                "",
            ),
        ],
        [
            (
                "A one-way adult fare on the sea bridge is TT$60 and has not changed since 2011.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The state-owned airline added 12 flights between Piarco International Airport and A.N.R. Robinson International Airport this week, the airline said.",
                "the airline",
                "said",
                "W",
            ),
            ("A one-way air bridge ticket costs TT$200.", "", "", "W"),
        ],
        [
            (
                "The Cascadura Star, built in 2009, was last taken out of service for engine work in March 2025, according to a 2025 audit of the sea bridge by the Ministry of Finance.",
                "a 2025 audit of the sea bridge by the Ministry of Finance",
                "according to",
                "W",
            ),
            (
                "The audit said the ferry had missed 87 scheduled sailings in 2024 because of mechanical faults.",
                "The audit",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition MP for Tobago West Darryl Bhagwansingh said the Government had “known for years that this boat was tired”.",
                "Darryl Bhagwansingh",
                "said",
                "",
            ),
            (
                "“Tobago people deserve better than a cargo boat,” he said.",
                "Darryl Bhagwansingh",
                "said",
                "",
            ),
        ],
        [("RELATED: Sea bridge audit finds 87 missed sailings", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Send us your news: WhatsApp 868-555-0117", "", "", "B")],
        [("💬 Comments (54)", "", "", "B")],
        [("MOST READ", "", "", "B")],
        [("1. Three held after Couva gas station robbery", "", "", "B")],
        [("2. WASA: no water for parts of Arima on Thursday", "", "", "B")],
        [("3. Carnival 2028 dates confirmed", "", "", "B")],
        [("© 2027 Savannah Clarion Media Ltd. | Privacy | Terms", "", "", "B")],
    ],
    [
        [
            ("We value your privacy.", "", "", "B"),
            (
                "We and our partners use cookies to store and access information on your device for personalised ads and content, ad and content measurement and audience insights.",
                "",
                "",
                "B",
            ),
        ],
        [("ACCEPT | CUSTOMISE", "", "", "B")],
        [
            (
                "LIVE | Women's T20 Blast | Hastings Harriers 96/3 (12.4 ov) v Six Roads United | Harriers won the toss and chose to bat",
                "",
                "",
                "B",
            )
        ],
        [("Bridgetown 29°C ☀ | Sunrise 6:02 am | Sunset 6:21 pm", "", "", "B")],
        [("THE BRIDGETOWN BROADSHEET", "", "", "B")],
        [
            (
                "Home | News | Business | Sports | Entertainment | Opinion | Classifieds | E-Paper",
                "",
                "",
                "B",
            )
        ],
        [("Sports › Cricket", "", "", "B")],
        [("Belleplaine win first Elite title with three-wicket victory over Oistins", "", "", "W")],
        [("By Corey Blenman-Hinds", "", "", "B")],
        [("Monday, April 26, 2027", "", "", "B")],
        [("💬 9 Comments", "", "", "B")],
        [
            (
                "Belleplaine Sporting Club won the Barbados Cricket Association's Elite Division title for the first time yesterday, beating Oistins Rangers by three wickets on the final afternoon at Kensington Oval.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Chasing 246, Belleplaine reached their target with 11 balls to spare, left-hander Jabari Alleyne-Skeete making an unbeaten 94.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Oistins had made 301 and 187, while Belleplaine were bowled out for 243 in their first innings.",
                "",
                "",
                "W",
            ),
            ("Belleplaine had lost their only previous Elite final, in 2019.", "", "", "W"),
            (
                "Oistins, four-time champions, were bidding for a second title in a row.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fast bowler Kavem Boyce-Griffith took 6-41 in the second innings, the best figures in an Elite final since 2014.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“When I walked in, the ball was turning square and the boys in the dressing room were very quiet,” Alleyne-Skeete said.",
                "Jabari Alleyne-Skeete",
                "said",
                "",
            )
        ],
        [
            (
                "“I just kept telling myself: ‘One ball at a time, Jabari.’”",
                "Jabari Alleyne-Skeete",
                "said",
                "",
            )
        ],
        [
            (
                "Alleyne-Skeete finished the season with 712 runs at an average of 59.33, the most in the division.",
                "",
                "",
                "W",
            )
        ],
        [("▶ WATCH: Final-day highlights from Kensington Oval (3:12)", "", "", "B")],
        [
            (
                "Belleplaine captain Ramon Gittens-Holder dedicated the win to the club's founder, Everton ‘Pappy’ Maynard-Sealy, who died in March.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“Pappy used to say that one day a country club would beat the town clubs at Kensington,” Gittens-Holder said.",
                "Ramon Gittens-Holder",
                "said",
                "",
            )
        ],
        [
            (
                "BCA president Dwight Carrington-Moore said it was the first time a club from St Andrew had won the Elite title since the division was created in 2011.",
                "Dwight Carrington-Moore",
                "said",
                "W",
            ),
            (
                "He said the champions would receive $25,000 and the runners-up $12,000, and that 1,850 people had paid at the gate over the four days.",
                "Dwight Carrington-Moore",
                "said",
                "W",
            ),
        ],
        [
            (
                "The trophy will be presented at the association's awards dinner at the Lloyd Erskine Sandiford Centre on May 15, Carrington-Moore said.",
                "Dwight Carrington-Moore",
                "said",
                "W",
            )
        ],
        [
            (
                "Oistins captain Shai Corbin said his side had “batted like tourists” on the third morning, when they lost five wickets for 38 runs.",
                "Shai Corbin",
                "said",
                "",
            )
        ],
        [("Boyce-Griffith, 21, finished the season with 47 wickets.", "", "", "W")],
        [
            (
                "Cricket West Indies selector Clyde Harewood-Lashley, who watched all four days, said Boyce-Griffith was “in the conversation” for the West Indies A tour in January.",
                "Clyde Harewood-Lashley",
                "said",
                "",
            )
        ],
        [("POLL: Who should be Elite Division player of the year?", "", "", "B")],
        [
            (
                "Jabari Alleyne-Skeete | Kavem Boyce-Griffith | Ramon Gittens-Holder | VOTE",
                "",
                "",
                "B",
            )
        ],
        [
            ("Belleplaine also won the BCA's Twenty20 title in February.", "", "", "W"),
            (
                "The club, from the rural east of the island, trains on a pitch its members laid themselves on a former cane field.",
                "",
                "",
                "",
            ),
        ],
        [("SCORES IN BRIEF", "", "", "B")],
        [
            (
                "Oistins Rangers 301 (T. Corbin 88, R. Marshall-Best 61; K. Boyce-Griffith 3-77) & 187 (S. Corbin 52; K. Boyce-Griffith 6-41)",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Belleplaine SC 243 (D. Straker-Knight 71; N. Padmore 4-58) & 246-7 (J. Alleyne-Skeete 94 not out; N. Padmore 3-80)",
                "",
                "",
                "",
            )
        ],
        [("Belleplaine won by three wickets.", "", "", "")],
        [("Scores compiled by the BCA.", "", "", "B")],
        [("MOST POPULAR", "", "", "B")],
        [("1 Bus fares unchanged in Estimates, minister confirms", "", "", "B")],
        [("2 Two held after ATM robbery in Warrens", "", "", "B")],
        [
            (
                "Reader comments are the views of their authors and not of The Bridgetown Broadsheet.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "© 2027 Broadsheet Publishing Inc. | Fontabelle, St Michael, Barbados | All Rights Reserved",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("Lucayan Bulletin", "", "", "B")],
        [("Tropical storm warning for Inagua and Mayaguana as Nestor strengthens", "", "", "W")],
        [("WEATHER · Updated 42 min ago", "", "", "B")],
        [("🔔 Turn on alerts for Weather", "", "", "B")],
        [("LIVE UPDATES: Nestor latest ›", "", "", "B")],
        [
            (
                "STORM TRACKER | TS Nestor | Winds 50 mph | Moving WNW at 12 mph | Pressure 1001 mb",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The Department of Meteorology issued a tropical storm warning for Inagua and Mayaguana at 11 a.m. yesterday and a tropical storm watch for Acklins, Crooked Island, Long Cay and Ragged Island.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "At 5 p.m. the centre of Tropical Storm Nestor was about 210 miles east-southeast of Matthew Town, moving west-northwest at 12 mph with maximum sustained winds of 50 mph, according to the U.S. National Hurricane Center's 5 p.m. advisory.",
                "the U.S. National Hurricane Center's 5 p.m. advisory",
                "according to",
                "W",
            )
        ],
        [
            (
                "A hurricane watch may be needed for the southern islands later today, the centre said.",
                "the centre",
                "said",
                "",
            )
        ],
        [
            (
                "A tropical storm warning means that sustained winds of 39 to 73 mph are expected within 36 hours.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Forecasters at the department said Nestor could become a hurricane by Thursday and bring four to eight inches of rain and a storm surge of up to three feet above normal tides to the southern islands.",
                "Forecasters at the department",
                "said",
                "",
            )
        ],
        [
            (
                "Chief Meteorological Officer Trevanne Knowles said New Providence and Grand Bahama should expect gusty winds and heavy showers from Friday, “but nothing like what the south will see”.",
                "Trevanne Knowles",
                "said",
                "",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Six shelters will open in Inagua and four in Mayaguana at 8 a.m. today, the National Emergency Management Agency (NEMA) said.",
                "the National Emergency Management Agency",
                "said",
                "W",
            )
        ],
        [
            (
                "About 910 people live on Inagua, most of them in Matthew Town, according to the 2022 census.",
                "the 2022 census",
                "according to",
                "W",
            )
        ],
        [
            (
                "NEMA director Lashanda Rolle-McKinney said 22 tonnes of relief supplies, including water, tarpaulins and two generators, were loaded onto a Royal Bahamas Defence Force vessel in Nassau yesterday for Matthew Town.",
                "Lashanda Rolle-McKinney",
                "said",
                "W",
            )
        ],
        [
            (
                "“If you live in a low-lying area of Matthew Town, do not wait for this to become a hurricane warning,” she said.",
                "Lashanda Rolle-McKinney",
                "said",
                "",
            ),
            (
                "“Go to a shelter or to family on higher ground tonight.”",
                "Lashanda Rolle-McKinney",
                "said",
                "",
            ),
        ],
        [
            (
                "Rolle-McKinney said the agency had 1,200 cots and 3,000 hygiene kits stored in Nassau, with more on order.",
                "Lashanda Rolle-McKinney",
                "said",
                "W",
            )
        ],
        [("How do I find a shelter?", "", "", "")],
        [
            (
                "NEMA says shelter locations are listed on its website and read out on ZNS radio every hour.",
                "the National Emergency Management Agency",
                "says",
                "W",
            )
        ],
        [
            (
                "Bahamas Power and Light said it had sent eight linemen and a spare transformer to Inagua on Monday.",
                "Bahamas Power and Light",
                "said",
                "W",
            )
        ],
        [
            (
                "Bahamasair has cancelled its Wednesday and Thursday flights to Inagua and Mayaguana, the airline said in a statement.",
                "the airline",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "The Port Department ordered all mailboats and small craft in the southern Bahamas to stay in port from 6 p.m. Tuesday until further notice.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Ministry of Tourism said about 40 visitors had left Inagua on Monday's last flight.",
                "The Ministry of Tourism",
                "said",
                "W",
            )
        ],
        [
            (
                "The Ministry of Education said government schools on Inagua, Mayaguana, Acklins and Crooked Island would be closed on Wednesday and Thursday.",
                "The Ministry of Education",
                "said",
                "W",
            )
        ],
        [
            (
                "Cleveland Ingraham-Moss, who runs a grocery store in Matthew Town, said people had been buying water, batteries and canned food since Monday.",
                "Cleveland Ingraham-Moss",
                "said",
                "",
            ),
            (
                "“After Ike in 2008 we were without power for 11 days, so people here don't play with these storms,” he said.",
                "Cleveland Ingraham-Moss",
                "said",
                "",
            ),
        ],
        [
            (
                "On Mayaguana, fisherman Harcourt Brennen-Moxey said he had pulled his boat out of the water at Abraham's Bay on Monday night.",
                "Harcourt Brennen-Moxey",
                "said",
                "",
            ),
            ("“The sea already look angry,” he said.", "Harcourt Brennen-Moxey", "said", ""),
        ],
        [
            (
                "The Royal Bahamas Police Force said officers on Inagua and Mayaguana had been put on 12-hour shifts.",
                "The Royal Bahamas Police Force",
                "said",
                "W",
            )
        ],
        [
            (
                "Nestor is the 14th named storm of the 2027 Atlantic hurricane season, the department said.",
                "the department",
                "said",
                "W",
            ),
            ("The season runs until November 30.", "", "", "W"),
            ("The hurricane centre's next full advisory is due at 11 p.m.", "", "", "W"),
        ],
        [("HURRICANE SEASON 2027", "", "", "B")],
        [("Read next", "", "", "B")],
        [("NEMA: how to find your nearest shelter", "", "", "B")],
        [("Shared from the Lucayan Bulletin app", "", "", "B")],
        [("https://lucayanbulletin.com/s/ts-nestor-warning-inagua", "", "", "B")],
        [("Get the app: App Store | Google Play", "", "", "B")],
    ],
    [
        [("⚡ demeraramirror.com", "", "", "B")],
        [("☰   DEMERARA MIRROR", "", "", "B")],
        [("Business", "", "", "B")],
        [("Rice exports reach 498,200 tonnes in nine months, up 12 per cent", "", "", "W")],
        [
            (
                "Paddy price climbs to $5,600 a bag on Essequibo Coast as mills compete for supply, GRDB says",
                "the Guyana Rice Development Board",
                "says",
                "W",
            )
        ],
        [("By Shivanie Persaud-Bacchus", "", "", "B")],
        [("October 20, 2027", "", "", "B")],
        [("🎧 Listen to this story | 4 min", "", "", "B")],
        [("Share: WhatsApp | Facebook | Email", "", "", "B")],
        [
            ("Paddy is unloaded at a mill at Anna Regina, Essequibo Coast, last week.", "", "", ""),
            ("(Demerara Mirror photo)", "", "", "B"),
        ],
        [
            (
                "Guyana exported 498,200 tonnes of rice and paddy between January and September, 12 per cent more than in the same period last year, the Guyana Rice Development Board (GRDB) said on Tuesday.",
                "the Guyana Rice Development Board",
                "said",
                "W",
            ),
            (
                "The previous record for the first nine months was 462,000 tonnes, in 2024, the board said.",
                "the board",
                "said",
                "W",
            ),
            (
                "Export earnings rose 9 per cent to US$271.4 million, the board said.",
                "the board",
                "said",
                "W",
            ),
            (
                "Europe took 31 per cent of the volume and Caricom countries 22 per cent, with most of the rest going to Panama and Venezuela.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "GRDB general manager Kavita Ramcharran-Doobay said farmers harvested an average of 41.8 bags of paddy an acre from 118,000 acres in the first crop, a record yield.",
                "Kavita Ramcharran-Doobay",
                "said",
                "W",
            ),
            (
                "She attributed the increase to new varieties released by the board's research station at Burma, Mahaicony, which are now planted on about 60 per cent of the acreage.",
                "Kavita Ramcharran-Doobay",
                "attributed",
                "W",
            ),
        ],
        [
            ("The largest exporter this year was Pomeroon Riverside Milling Inc.", "", "", "W"),
            ("It shipped 74,300 tonnes, according to the board.", "the board", "according to", "W"),
        ],
        [
            (
                "Pomeroon Riverside Milling did not respond to a request for comment.",
                "Pomeroon Riverside Milling Inc.",
                "did not respond to a request for comment",
                "",
            )
        ],
        [("What about the second crop?", "", "", "")],
        [
            (
                "The second crop, now being sown, covers about 110,000 acres, the board said.",
                "the board",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Mills on the Essequibo Coast are paying $5,600 a bag (about US$27) for dry paddy, up from $4,900 in April, farmers and millers said.",
                "farmers and millers",
                "said",
                "W",
            )
        ],
        [
            (
                "Deonarine Bisram, who farms 80 acres at Anna Regina, said the better price had come “just in time”, because fertiliser had cost him $11,500 a bag this year.",
                "Deonarine Bisram",
                "said",
                "",
            ),
            (
                "“A good crop with a bad price is still a bad year,” he said.",
                "Deonarine Bisram",
                "said",
                "",
            ),
        ],
        [
            (
                "Nizam Hussain-Ally, who chairs the Essequibo Coast Rice Millers' Association, said mills at Devonshire Castle and Good Hope were running 24 hours a day to keep up with deliveries.",
                "Nizam Hussain-Ally",
                "said",
                "W",
            ),
            (
                "“Everybody wants paddy now, so the farmer is king for once,” he said.",
                "Nizam Hussain-Ally",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Rice Factories Act, mills must pay farmers within 42 days of receiving their paddy.",
                "",
                "",
                "W",
            ),
            (
                "Some farmers in Region Five said they were still waiting to be paid for paddy delivered in May.",
                "Some farmers in Region Five",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Agriculture said in a statement that the Government had spent $1.9 billion on drainage and irrigation in rice-growing regions this year.",
                "The Ministry of Agriculture",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "Rainfall on the Essequibo Coast in August and September was 38 per cent below the 30-year average, the Hydrometeorological Service said.",
                "the Hydrometeorological Service",
                "said",
                "W",
            )
        ],
        [
            (
                "Ramcharran-Doobay said a 9,000-tonne shipment of white rice for Panama was loaded at New Amsterdam on Monday.",
                "Kavita Ramcharran-Doobay",
                "said",
                "W",
            ),
            (
                "The board expects exports for the full year to exceed 670,000 tonnes.",
                "The board",
                "expects",
                "",
            ),
            ("Its next quarterly report is due in January.", "", "", "W"),
        ],
        [
            (
                "University of Guyana economist Rudolph Fraser-Semple said rice was “the quiet success story” beside oil, but that the industry leaned too heavily on Europe for its best prices.",
                "Rudolph Fraser-Semple",
                "said",
                "",
            )
        ],
        [("Sign up for Mirror Business, our free weekly newsletter", "", "", "B")],
        [("Related", "", "", "B")],
        [("Sugar workers get 7 per cent pay rise", "", "", "B")],
        [
            (
                "Demerara Mirror © 2027 | Mirror Publishing Company Inc. | Lot 12 Water Street, Georgetown",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [
            ("Can't see this email properly?", "", "", "B"),
            ("View it in your browser.", "", "", "B"),
        ],
        [("CARENAGE ONLINE", "", "", "B")],
        [("The Carenage Brief · Thursday 22 April 2027", "", "", "B")],
        [
            ("Good morning, Grenada.", "", "", "B"),
            ("Here's what you need to know before you leave the house.", "", "", "B"),
        ],
        [("☀ St. George's 31°C, dry · Sunrise 5:58 a.m. · Sunset 6:27 p.m.", "", "", "B")],
        [
            (
                "💧 WATER TODAY: St. George's south, Grand Anse, True Blue — no supply 8 a.m. to 5 p.m.",
                "",
                "",
                "B",
            )
        ],
        [("1. WATER", "", "", "B")],
        [("NAWASA extends night-time cuts to St. Andrew as rivers run low", "", "", "W")],
        [
            (
                "The National Water and Sewerage Authority (NAWASA) will extend its water rationing to parts of St. Andrew from Monday, after flows at the Mamma Cannes and Paradise intakes fell by more than half, the authority said on Wednesday.",
                "the National Water and Sewerage Authority",
                "said",
                "W",
            ),
            (
                "Supply to Grenville, Paradise, La Poterie and Telescope will be shut off from 9 p.m. to 5 a.m. every night until further notice.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "NAWASA's operations manager, Shermaine Noel-Bain, said production had fallen to 6.8 million gallons a day, against demand of about 9.5 million.",
                "Shermaine Noel-Bain",
                "said",
                "W",
            ),
            (
                "She said the Annandale reservoir was at 41 per cent of capacity, its lowest level for April since 2020.",
                "Shermaine Noel-Bain",
                "said",
                "W",
            ),
            (
                "“We are asking everybody, from the big hotels to the smallest household, to treat every gallon like it's the last one,” Noel-Bain said.",
                "Shermaine Noel-Bain",
                "said",
                "",
            ),
        ],
        [
            (
                "Carriacou and Petite Martinique are not affected, because they rely on rainwater and a desalination plant, the authority said.",
                "the authority",
                "said",
                "W",
            ),
            (
                "Customers can call NAWASA's hotline at 473-555-0182 for their area's schedule.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Maurice Bishop International Airport recorded 18.4 mm of rain in March, 29 per cent of the long-term average for the month, according to the Grenada Meteorological Service.",
                "the Grenada Meteorological Service",
                "according to",
                "W",
            ),
            (
                "The service said the dry season was likely to last until late May.",
                "The service",
                "said",
                "",
            ),
        ],
        [
            (
                "The Grand Anse Hoteliers' Group said 11 of its 14 member hotels had bought water by truck this month, at about EC$450 a load.",
                "the Grand Anse Hoteliers' Group",
                "said",
                "W",
            )
        ],
        [
            (
                "Carlyle Fleary-Mitchell, a retired teacher in La Poterie, said he now filled two drums at a standpipe every evening.",
                "Carlyle Fleary-Mitchell",
                "said",
                "",
            ),
            (
                "“Is like 1980 all over again, except now we have a washing machine and no water to put in it,” he said.",
                "Carlyle Fleary-Mitchell",
                "said",
                "",
            ),
        ],
        [("Read the full story on carenageonline.gd →", "", "", "B")],
        [("2. COURTS", "", "", "B")],
        [("Gouyave man, 27, remanded on wounding charge", "", "", "W")],
        [
            (
                "A 27-year-old labourer from Gouyave, St. John, was remanded in custody when he appeared at the St. George's Magistrate's Court on Tuesday charged with wounding with intent.",
                "",
                "",
                "W",
            ),
            (
                "Police said the charge arose from an incident at a bar in Gouyave on April 17 in which a 40-year-old man was cut on the arm with a cutlass.",
                "Police",
                "said",
                "W",
            ),
            ("The case was adjourned to May 11.", "", "", "W"),
        ],
        [("3. SPORT", "", "", "B")],
        [("Westerhall Secondary win inter-schools athletics for third year running", "", "", "W")],
        [
            (
                "Westerhall Secondary School won the Inter-Secondary Schools Athletics Championships with 412 points, ahead of Grenville Comprehensive on 371, the organising committee said.",
                "the organising committee",
                "said",
                "W",
            )
        ],
        [("4. BUSINESS", "", "", "B")],
        [("Nutmeg price to farmers goes up in May", "", "", "W")],
        [
            (
                "The Grenada Cooperative Nutmeg Association will pay farmers EC$3.10 a pound for green nutmegs from May 1, up from EC$2.85, its general manager, Randolph Cyrus-Pierre, said.",
                "Randolph Cyrus-Pierre",
                "said",
                "W",
            )
        ],
        [("A MESSAGE FROM OUR SPONSOR", "", "", "B")],
        [
            ("Spice Basket Supermarket: fresh nutmeg, mace and cocoa tea every day.", "", "", "B"),
            ("Open 7 a.m. to 9 p.m., Grand Anse.", "", "", "B"),
        ],
        [("READER POLL", "", "", "B")],
        [("Should NAWASA ration water across the whole island?", "", "", "B")],
        [("Vote: YES | NO", "", "", "B")],
        [
            ("That's it for today.", "", "", "B"),
            ("Send tips, photos and corrections to brief@carenageonline.gd.", "", "", "B"),
        ],
        [("— Kimberley Antoine-Charles, for the Carenage Online team", "", "", "B")],
        [("Forward to a friend | Subscribe | Unsubscribe", "", "", "B")],
        [
            ("You're receiving this because you subscribed at carenageonline.gd.", "", "", "B"),
            ("Carenage Online Ltd., Young Street, St. George's, Grenada.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n174-us-pm-ends",
        "The council adjourned at 10:52 p.m. Members return June 1 for a work session.",
        ["The council adjourned at 10:52 p.m.", "Members return June 1 for a work session."],
    ),
    (
        "n174-us-state-abbrev-mid",
        "Officers from East Lansing, Mich., and Okemos joined the search before dawn.",
        ["Officers from East Lansing, Mich., and Okemos joined the search before dawn."],
    ),
    (
        "n174-us-state-abbrev-ends",
        "The firm moved its head office to Grand Rapids, Mich. It kept 40 jobs in Lansing.",
        ["The firm moved its head office to Grand Rapids, Mich.", "It kept 40 jobs in Lansing."],
    ),
    (
        "n174-us-street-abbrevs-mid",
        "The crash happened near Pennsylvania Ave. and Kalamazoo St. about 7 a.m. Monday.",
        ["The crash happened near Pennsylvania Ave. and Kalamazoo St. about 7 a.m. Monday."],
    ),
    (
        "n174-us-llc-ends",
        "The lot is owned by Cedar Row Properties LLC. Its manager did not return calls.",
        ["The lot is owned by Cedar Row Properties LLC.", "Its manager did not return calls."],
    ),
    (
        "n174-au-titles-mid",
        "Assoc Prof Linnea Vasquez-Holt and Ms Tilly Cheung-Marr gave evidence to the inquiry on Friday.",
        [
            "Assoc Prof Linnea Vasquez-Holt and Ms Tilly Cheung-Marr gave evidence to the inquiry on Friday."
        ],
    ),
    (
        "n174-au-am-ends",
        "The first train left Gawler at 5.12am. It was full by Salisbury.",
        ["The first train left Gawler at 5.12am.", "It was full by Salisbury."],
    ),
    (
        "n174-au-question-attribution",
        "“Where were the beds in October?” the shadow minister asked. The minister did not answer.",
        [
            "“Where were the beds in October?” the shadow minister asked.",
            "The minister did not answer.",
        ],
    ),
    (
        "n174-nz-reparation-decimal",
        "The reparation of $4200.50 is payable at $25 a week. She was also disqualified for 12 months.",
        [
            "The reparation of $4200.50 is payable at $25 a week.",
            "She was also disqualified for 12 months.",
        ],
    ),
    (
        "n174-nz-section-abbrev",
        "She was charged under s. 220 of the Crimes Act. The charge carries up to seven years' jail.",
        [
            "She was charged under s. 220 of the Crimes Act.",
            "The charge carries up to seven years' jail.",
        ],
    ),
    (
        "n174-nz-mcg-units",
        "His breath alcohol level was 912mcg per litre. The legal limit for adults is 250mcg.",
        ["His breath alcohol level was 912mcg per litre.", "The legal limit for adults is 250mcg."],
    ),
    (
        "n174-fj-pte-ltd-ends",
        "The loan was arranged by Lomaiviti Credit Pte Ltd. The bank said the rate was fixed.",
        ["The loan was arranged by Lomaiviti Credit Pte Ltd.", "The bank said the rate was fixed."],
    ),
    (
        "n174-fj-midnight-time",
        "The new prices take effect at 12.01am on Friday. Retailers were told on Tuesday.",
        ["The new prices take effect at 12.01am on Friday.", "Retailers were told on Tuesday."],
    ),
    (
        "n174-fj-newsletter-ellipsis",
        "Arrivals were up… again. Here's what the numbers say.",
        ["Arrivals were up… again.", "Here's what the numbers say."],
    ),
    (
        "n174-pg-kina-decimals",
        "The province received K2.4m for the campaign. Another K0.35m came from Lae.",
        ["The province received K2.4m for the campaign.", "Another K0.35m came from Lae."],
    ),
    (
        "n174-pg-dr-mr-mid",
        "Dr Nerrie Kaupa-Oa and Mr Billy Tonde briefed the vaccination teams at 7am.",
        ["Dr Nerrie Kaupa-Oa and Mr Billy Tonde briefed the vaccination teams at 7am."],
    ),
    (
        "n174-ws-no8-mid",
        "No. 8 Ioane Fepulea'i scored from a scrum five metres out.",
        ["No. 8 Ioane Fepulea'i scored from a scrum five metres out."],
    ),
    (
        "n174-ws-score-line",
        "Sharks 24 Kings 19. Attendance: about 7500.",
        ["Sharks 24 Kings 19.", "Attendance: about 7500."],
    ),
    (
        "n174-jm-deputy-supt-mid",
        "Deputy Supt. Orville Lindo-Grant said the men were taken to the Spanish Town lock-up.",
        ["Deputy Supt. Orville Lindo-Grant said the men were taken to the Spanish Town lock-up."],
    ),
    (
        "n174-jm-cpl-mid",
        "The shooting was reported to Cpl. Anthony Brown-Ellis. He called for backup at 2:14 a.m.",
        [
            "The shooting was reported to Cpl. Anthony Brown-Ellis.",
            "He called for backup at 2:14 a.m.",
        ],
    ),
    (
        "n174-jm-ltd-ends",
        "The streetlights are maintained by Portmore Streetlight Maintenance Ltd. It has promised repairs.",
        [
            "The streetlights are maintained by Portmore Streetlight Maintenance Ltd.",
            "It has promised repairs.",
        ],
    ),
    (
        "n174-tt-exclamation-attribution",
        "“Tobago is not an island for tourists only!” shouted a woman in the line. Others clapped.",
        [
            "“Tobago is not an island for tourists only!” shouted a woman in the line.",
            "Others clapped.",
        ],
    ),
    (
        "n174-tt-airport-initials",
        "Flights landed at A.N.R. Robinson International Airport every 40 minutes.",
        ["Flights landed at A.N.R. Robinson International Airport every 40 minutes."],
    ),
    (
        "n174-bb-overs-decimal",
        "Belleplaine made 246 for seven in 48.1 overs. Alleyne-Skeete hit 11 fours.",
        ["Belleplaine made 246 for seven in 48.1 overs.", "Alleyne-Skeete hit 11 fours."],
    ),
    (
        "n174-bb-initials-mid",
        "Corbin was caught by T. J. Harewood at mid-on for 52.",
        ["Corbin was caught by T. J. Harewood at mid-on for 52."],
    ),
    (
        "n174-bs-us-am-mid",
        "The U.S. National Hurricane Center upgraded the system at 11 a.m. Tuesday.",
        ["The U.S. National Hurricane Center upgraded the system at 11 a.m. Tuesday."],
    ),
    (
        "n174-bs-am-ends",
        "Shelters open at 8 a.m. Residents should bring bedding and medicine.",
        ["Shelters open at 8 a.m.", "Residents should bring bedding and medicine."],
    ),
    (
        "n174-gy-inc-mid",
        "Essequibo Paddy Traders Inc. and two other mills signed the contract.",
        ["Essequibo Paddy Traders Inc. and two other mills signed the contract."],
    ),
    (
        "n174-gy-parenthesis-sentence",
        "Paddy fetched $5,600 a bag. (A bag holds 140 lb.) Prices were lower in April.",
        ["Paddy fetched $5,600 a bag.", "(A bag holds 140 lb.)", "Prices were lower in April."],
    ),
    (
        "n174-gd-question-new-sentence",
        "“Where is the water? We pay our bills every month,” said a vendor in Grenville.",
        ["“Where is the water?", "We pay our bills every month,” said a vendor in Grenville."],
    ),
]
