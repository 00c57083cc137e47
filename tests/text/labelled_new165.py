"""Hundred-and-sixty-fifth set of new hand-labelled pages for the hint engines (tuning set, round fifty-nine):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries on twelve
KINDS OF SITE where FURNITURE HARD TO TELL FROM STORY, BOTH WAYS, is the hard part, with the
emphasis on PRECISION: story lines that look like furniture must keep their story labels, and
furniture that reads like story must stay "B". None of the countries of `labelled_new163.py` or
`labelled_new164.py` comes back. The pages, pasted six ways: a South African metro daily's website
from a desktop browser (a data breach: hackers copy the data of 286,000 users of a prepaid
electricity app after a stolen session cookie lets them sign in); a New Zealand public
broadcaster's story in a browser's reader mode (a flood-warning app sends its first alert 97
minutes after the Tūtaekurī River passes its warning level); a Singaporean trade-press site from a
desktop browser (methanol bunker sales triple to 61,400 tonnes); a Jamaican tabloid's AMP page (an
eight-foot crocodile pulled from a Portmore gully after a clip is shared more than 31,000 times); a
Nigerian business wire's release opened in an email client (a mobile operator's revenue up 31.0%,
subscribers up 6.4% to 38.2 million); a Trinidad and Tobago regional weekly's print view (the
Tobago fast ferry in dry dock until March 22, a cargo vessel carrying passengers); a Malaysian
magazine's long-form feature in reader mode (the last four yards building wooden schooners on
Pulau Duyong); a Ugandan NGO's newsroom from a phone browser (231 of 612 boreholes in three
Karamoja districts broken); a Sri Lankan student paper from a phone browser (hostel fees at
Peradeniya to rise by up to 60%); a Hong Kong news aggregator's AMP page (the public housing wait
rises to 5.9 years, with an AI summary and source cards); a Namibian newsletter platform's issue
opened in an email client (a Windhoek daily's paywall signs up 6,200 paying readers in a month and
closes its free newsletter); and a Botswana government press room's print view (a minister
appoints a new Board of Directors for the Water Utilities Corporation).

What is hard is where the story stops and the page begins, in both directions. Story that looks
like furniture keeps its story labels: SHORT ONE-LINE PARAGRAPHS ("The breach has been reported to
the Information Regulator." and "It was 200 metres from a basic school." "W"; "He did not.", "He
kept filming.", "Some are not waiting to find out.", "Guesthouse owners are worried." ""); DATED
LINES INSIDE THE STORY (a timeline "March 30: ...", "May 3: ...", "May 3 to May 11: ...", "May 11:
...", "May 12: ...", each "W", never a date line); STORY LISTS (three sailings after "It said the
following sailings will run ...:", three hostel fees after "students will pay:", "in numbers"
lines in a newsletter, four "Key findings" and five "First-quarter highlights", each one sentence
flagged by content); a FACT BOX OF RECORD ("AT A GLANCE": five headline-style lines, "W"; a
METHODOLOGY BOX "About the survey", three sentences "W"); NAMES-AND-ROLES LINES that are the news
(six appointees, "Chairperson: Ms Onalenna Sebego-Kgari, chartered accountant ...;" to "Member: Mr
Gaone Ramaabya-Ditshwanelo, farmer ....", each "W"); story sentences that speak of SUBSCRIBING,
COOKIES, NEWSLETTERS, SHARING, APPS and SIGN-IN as news ("A contractor's stolen session cookie let
attackers sign in ...", "Customers who subscribed to the company's ₦150 daily data bundle ...",
"The Ledger also closed its free morning newsletter on May 1; it had 41,000 subscribers, ...",
"readers who cleared their cookies could get round the meter; ...", "Readers must now sign in to
read more than two articles a week, ...", "has been shared more than 31,000 times on Facebook and
WhatsApp", "Version 3.2.1 of the app, released on Sunday, fixes the fault", all "W"; and SERVICE
LINES in the story, "sign in to the app and open Settings > Security.", "The app is free to download
from the App Store and Google Play, and no sign-in is needed to receive alerts.", "can email
privacy@kragwise.co.za", "Dial-in details are available at investors.savannahmobile.ng.", all "");
CAPITALISED SUBHEADS ("‘MI NEARLY DROP THE PHONE’", "CAPTURED", "WHAT COMES NEXT", "THE YARD", "THE
WOOD", "THE BUYERS" ""; "SHARED 31,000 TIMES" "W"); PULL QUOTES repeated from the body (a quote
with a dash attribution, "", carrying the speaker with cue "—", twice; the writer's own "Of the 17
yards that lined the island's shore in 1985, four remain." "W" both times); "EDITOR'S NOTE" LINES
THAT STATE FACTS ("Editor's note: After this edition went to press on Tuesday, the Port Authority
said the Cocrico Express would return to the route on March 22, ..." and "Editor's note: The
Housing Authority revised the waiting time ... from 3.9 to 4.1 years on Friday, ..." "W"); and
CORRECTIONS that give the figure ("Correction: This story originally said 41,000 people had the
app; the council's figure is 14,000." and "In our issue of April 28, we reported ...; the figure
before the council at the time was Rs. 5,400." "W"; "We apologise for the error." ""). Furniture
that reads like story stays "B", whatever figures, dates and verbs it holds: PROSE PROMOS ("Get the
day's biggest Cape Town stories in your inbox every weekday morning.", "Get the Kererū app for
breaking news alerts and live coverage of severe weather.", "Get the Tidewire app for the day's
top stories in one place.", "Follow us on Instagram and TikTok for more viral videos."); AUTHOR BIOS
("She has covered cybercrime and online fraud since 2019.", "She previously reported on oil markets
for eight years.", "Her first book, ..., is out next year."); MEMBERSHIP AND DONATION APPEALS
("Become a member from RM15 a month ...", "A gift of UGX 80,000 can repair a broken handpump for a
village of 300 people.", the newsletter writer's own "a paid subscription (N$50 a month) pays for
the reporting ..."); EVENT ADVERTS ("Join 600 industry leaders at the Asia Alternative Fuels Forum
in Singapore on 9–10 September.", "Serambi Live: Makers of the East Coast — 14 June 2027, 7.30pm,
Kuala Lumpur.", a student paper's "Come to our open meeting on Thursday at 4pm in the Arts
Theatre."); SPONSORED-CONTENT NOTES ("Kestrel Fuel Analytics: onboard sensors that test every bunker
delivery in under 15 minutes.", "This issue is supported by Etosha Print Works, printers to
Namibia's community papers since 1998."); AI-SUMMARY DISCLAIMERS ("These key points were produced
with the help of an AI tool and checked by a Kererū journalist.", "This summary was written by AI
from the articles below and checked by a Tidewire editor." / "It may contain errors."); AMENDED
AND EDITION LINES ("This article was amended on 3 May 2027 to correct the spelling of a boatyard's
name.", "Editor's note: This story first appeared in the print edition of March 4, 2027.", "This
story appears in the May 2027 issue of Serambi."); READING-TIME AND AUDIO-PLAYER LINES ("4–5
minutes", "14 minute read", "Listen to this article · 5:12", "Listen to this story · 4 min · Read by
an automated voice", "▶ Listen · 7:40"); COMMENT-POLICY PROSE ("We remove comments that are abusive
or off-topic, or that share anyone's personal details, ...", "Please keep them civil and do not post
other students' names or phone numbers."); and more of the same: a tips line, a cookie banner, a
meter notice ("You have read 1 of 3 free articles this month."), a tagline with a year, an
independence statement, the "About" boilerplate that repeats the story's own 38.2 million, an
e-mail's "Subject:" line that repeats the headline's figures, a subscription notice ("You are
receiving this email because you subscribed to ..."), a notes-to-editors line offering photographs,
and the aggregator's source-card lines and linked headlines.

Of record ("W"): counts, sums, prices and shares (records copied, households, fees and downloads,
homes flooded, tonnes and licences, deliveries, a crocodile's length and age, subscribers, revenue,
profit, net debt, passengers and capacity, room-nights lost, a boat's price and months, timber
prices, broken boreholes, distances walked, fees, electricity bills and signatures, waiting times
and completions, subscribers and page views, a loss rate against a target); causal claims by
companies, officials and bodies ("because card payments are handled by a separate payment
processor", "a software update installed at 6.40pm on Friday had changed the format of the gauge
readings", "demand came mostly from container lines that had ordered dual-fuel ships", "Revenue
growth also reflected the tariff adjustment ...", "most breakdowns were caused by a shortage of
spare parts", "because of piling delays at two sites in Tuen Mun"); rules (a fine ceiling, a
licensing rule, a protected species, a ticket rule, a scholarship rule, a term limit, a student
rate); and scheduled events set by those who run them (a council meeting on 30 June, licences in
the second half of 2027, a conference call, sailings, a charter request for Easter, a return date,
a meeting in Moroto on 18 June, a fee review on June 21, a board's effective date and first
meeting). Not worth checking (""): apologies, regrets and feelings; opinions, hedges and
characterisations ("“in days, not years”", "“deeply disappointing”"); forecasts and guidance ("would
stay below 1% ...", "The company expects ...", "supply would pick up from 2029"); plans and promises
with no date; advice and service lines; questions and question subheads ("What should you do?",
"What does it mean for everyone else?"); anecdotes of customers, residents, a vendor, a patient,
students and readers; a group's vague recollection ("Residents say they have seen crocodiles in the
gully before, after heavy rain."); scene-setting; a newsletter writer's greeting, view and sign-off;
lead-ins that state nothing ("The members of the new Board are:", "Here is how the month went, in
numbers:"); and the rows of a results table.

And where sentences end: abbreviations that END a sentence before a capital ("Cape Courant Media
(Pty) Ltd." / "All rights reserved."; "Tanjung Marine Sdn. Bhd." / "The firm has sold ...";
"Bunkerline Media Pte. Ltd." / "Registered in Singapore, UEN 201917724K."; "Publishing Co. Ltd." /
"All rights reserved."; "Government of Botswana." / "All rights reserved.") and ones that do not
("Pte. Ltd. made", "Hon. Kefilwe Mmusi-Tlhako,", "Prof. Chandima Weerakoon-Perera,", "Reg. No.
7741/2011.", "Rs. 5,400", "Rs. 14 million", "Ltd., 22 Marina Road", "Ltd. · About", "2.14 a.m.
and", "2 a.m. on Tuesday", "2:00 p.m. West Africa Time on April 30, 2027." at the end; "Ms", "Mr"
and "Dr" with no periods in the list lines; "Mc Intyre-Bacchus"; "St Elizabeth" with no period);
a time ENDING a line ("cut off at 6.30 a.m."); a domain or address ending a sentence
("investors.savannahmobile.ng.", "tips@kingstonklaxon.com.") or inside one ("privacy@kragwise.co.za,");
a menu path ("Settings > Security."); version numbers ("3.2.1"); "9.8GB", "4.52am", "5.41am",
"6.40pm", "6.30am and 2pm"; ranges "4–5 minutes", "9–10 September", "March 26–29", "2027-28",
"2026/27", "2027/28"; currencies ("R2.50", "R10 million", "R3.1m", "US$612", "₦412.6 billion",
"₦150", "TT$4.2 million", "RM1.2 million", "RM9,500", "UGX 80,000", "UGX 3.4 billion", "N$79",
"N$790"); the wire's "/Lagoon Newswire/ --" and "(NGX: SAVMOB)" inside the lead; a pull quote with
its dash attribution as one sentence ("“...” — Razali Mamat"); quotes standing alone as
sentences ("“Mi nearly drop the phone!”", "“Mi cyaan sleep.”", "“When?”", "“Can you blame
them?”", "“Where is the extra money supposed to come from?”"); a question ending a sentence inside
furniture ("Want to write, shoot or draw for the Voice?" / "Come to our open meeting ...") and an
exclamation ("Thanks for reading The Namib Media Letter!" / "Subscribe for free ..."); a greeting
line ending in a comma ("Hi everyone,"); and semicolons that never split (the managing director's
"one delivery a week; now it is four", the subhead "Data subscribers rise 11.2%; board approves
...", the fact box's "Source: MPA; Bunkerline Asia calculations", the corrections, the newsletter's
closure and cookie loophole, and list lines ending ";").

The pages hold 534 sentences: 228 "B", 173 "W" and 133 ""; 143 sentences carry a speaker (62
distinct speakers, page by page; 61 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Written from scratch for issue 13 in round fifty-nine, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, the shape of `ARTICLES` and `CASES`, the first page and the first three
cases (and the case ids) of `labelled_new163.py` and `labelled_new164.py`. Coined names were checked
for freshness against the string constants of those two files, through `ast`: five surnames or name
parts ("Mahlangu", "Ngata", "Nwachukwu", "Oduya", "Reid") and four given names ("Dwayne",
"Lindiwe", "Grace", "Hana") that hit were replaced before the file was written; only common words
(for example "grant", "Dispatch") still hit.

Every person, outlet, publisher, app, firm, broker, pricing agency, research house, sponsor,
charity, foundation, survey, association, magazine, newsletter, platform, aggregator, vessel,
statement, report and figure is invented, and so is every small institution (the Crown Point
Guesthouse Owners' Group, the Kgatleng Livestock Farmers' Association and the like); the Botswana
ministry's name is invented. Real countries, cities, towns, suburbs, islands, rivers, roads,
wetlands, regions, universities, regulators, agencies, councils, ministries, laws, exchanges,
schemes, app stores and social networks appear only as settings, with invented statements and
figures: Cape Town, Stellenbosch, Mitchells Plain, the Information Regulator, the Protection of
Personal Information Act and the Press Code; Hawke's Bay, the Tūtaekurī River, Puketapu, Waiohiki,
the Hawke's Bay Regional Council, Civil Defence, Emergency Mobile Alerts and MetService; Singapore,
the Maritime and Port Authority of Singapore and Rotterdam; Portmore, St Catherine, Braeton
Parkway, Half-Way Tree, Old Harbour, Hellshire, the National Environment and Planning Agency, the
Black River Morass and St Elizabeth; Lagos, Lagos Island, the Nigerian Exchange, the Nigerian
Communications Commission, the North-West, the North-East and the Federal Capital Territory;
Tobago, Scarborough, Crown Point, Plymouth, Port of Spain, Trinidad, the Port Authority of Trinidad
and Tobago and the Tobago House of Assembly; Pulau Duyong, the Terengganu River, Kuala Terengganu,
Kuala Lumpur and Marseille; Karamoja, Moroto, Kotido, Napak, Rengen, Nakapelimoru, Mbale, the
Ministry of Water and Environment, the Uganda Bureau of Statistics and the National Bureau for
NGOs; Peradeniya, the University of Peradeniya, Kandy, Monaragala, the University Grants Commission
and the Mahapola scholarship; Hong Kong, the Housing Authority, the Housing Department, the
Legislative Council, Tuen Mun, Kwai Tsing and the Northern Metropolis; Windhoek, Swakopmund,
Oshakati and Rundu; and Gaborone, Francistown, Mahalapye, Tsabong, Kgatleng, the Water Utilities
Corporation and its Act, the University of Botswana, the Ministry of Finance and Francistown City
Council; and Facebook, WhatsApp, TikTok, Instagram, X, LinkedIn, the App Store and Google Play as
names in menus and sentences.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, crumb, byline, date line,
reading-time and audio line, share strip, caption, credit, e-mail header, table row, list item,
print header and footer and legal line is a paragraph of its own, except that a caption and a
credit pasted in one line are two sentences of one paragraph); each paragraph a list of sentences
`(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by
line, whatever it says, never with a speaker; a caption by its content and its credit "B"; tables
pasted as lines with a "B" title and header row and "" data rows; a "Key points" label "B" and each
point flagged by content; headlines and standfirsts never split and flagged by content, their
"says", "finds", "admits" or "show" carrying the source as the story gives it; a dateline belongs
to its lead sentence; a person is named in full as first given, without titles or roles, and a
pronoun, surname or role noun resolves to that name; a quote over several sentences carries its
speaker and cue in each; "according to X" gives X as written (a document as written: "the invoices
Razali keeps in a biscuit tin", "a business plan seen by this newsletter", "figures the Ledger
shared with advertisers"), except that a descriptor before a proper name is dropped ("according to
the pricing agency Pallas Energy Intelligence" -> "Pallas Energy Intelligence"); a generic noun for
a body is kept as written ("the company", "The company", "the council", "The council", "the
agency", "The agency", "The department", "Residents", "Several lawmakers"); a short form or "it"
resolves to the name as first given ("the MPA said" -> "the Maritime and Port Authority of
Singapore", "The Port Authority said" and "it said" -> "the Port Authority of Trinidad and Tobago",
"It said" -> "the Hawke's Bay Regional Council", "It expects" -> "Savannah Mobile Plc"); a
bracketed acronym is dropped; a channel phrase after the verb is part of the cue ("said in a note
to readers", "told me"); a body acting with no verb of saying carries no speaker; a lead-in
fragment is flagged by content and a list line after a lead-in that carries a source carries that
source.

Conventions this set had to settle, in the same spirit:

* STORY IN THE SHAPE OF FURNITURE keeps its story label. A one-line paragraph is a sentence like
  any other. A dated line inside the story ("March 30: A contractor's laptop is infected ...") is a
  timeline entry, one sentence flagged by content ("W"), never a date line; only the page's own
  date and update lines are "B". A fact box's lines written as headline-style statements ("Methanol
  sales tripled to 61,400 tonnes") are flagged by content like key points ("W"), with the box title
  and its source line "B", while a results table's cell rows ("Revenue | 412.6 | 315.0 | +31.0%")
  stay "" data, as in the recent sets. A methodology box ("About the survey") is story, "W" by
  content, its label "B"; who paid for the survey is a fact of the study ("W"), unlike a sponsor
  note about the page ("B").
* NAMES-AND-ROLES LINES that are the news (appointees to a board) are one sentence a line, "W" as
  appointments of record, with no speaker (the release's own voice) and with "Ms", "Mr" and "Dr"
  left in the text; the bare lead-in "The members of the new Board are:" is "", as a lead-in
  fragment was in `labelled_new164.py`, while a lead-in that itself states a schedule ("It said the
  following sailings will run until the ferry returns:") is "W" and passes its source to the lines.
* SUBSCRIBING, COOKIES, NEWSLETTERS, SHARING, APPS AND SIGN-IN AS NEWS are story: a paywall's
  subscribers, a closed newsletter's 41,000 subscribers, a cookie loophole, a sign-in rule, a
  stolen session cookie, a video's shares and views, an app's version and users are flagged by
  content ("W"). SERVICE LINES inside the story (how to sign in and where to look, where to
  download an app, an address for deletion requests, where the dial-in details are) are "" with
  the source that gives them, not "B": they belong to the story a reader would quote, like the
  advice lines of the recent sets. The same words in the site's own voice ("Sign up for our free
  Courant Morning newsletter.", "Get the Kererū app ...", "Subscribe for free to receive new
  posts ...", "You are receiving this email because you subscribed ...") are "B".
* CAPITALISED SUBHEADS are story, flagged by content like headlines: a quoted line or a bare word
  ("‘MI NEARLY DROP THE PHONE’", "CAPTURED", "THE YARD") is "", a subhead with a figure of record
  ("SHARED 31,000 TIMES") is "W". Section labels of the site ("NEWS", "MOST READ", "SOURCES",
  "RELATED") stay "B".
* A PULL QUOTE repeated from the body is labelled like the body sentence it repeats, each time it
  appears. A quoted pull quote with its attribution after a dash ("“...” — Razali Mamat" or "“...”
  — Rowan Pillay-Dlamini, Kragwise") is one sentence carrying the speaker, cue "—" (the attribution
  as written, like a prefix "Claim:"); a pull quote of the writer's own sentence carries nobody and
  keeps the body's flag ("Of the 17 yards ... four remain." "W").
* "EDITOR'S NOTE" LINES AND CORRECTIONS go by content. A note that states a fact of the story
  carries its source and is flagged like the story ("Editor's note: After this edition went to
  press on Tuesday, the Port Authority said ..." "W", the authority; the aggregator's revised
  figure "W", no speaker); a correction that gives the right figure is one sentence across its
  semicolon, "W", no speaker, and its apology is ""; a "Corrections" label is "B". A note about the
  article itself and not its story ("Editor's note: This story first appeared in the print edition
  of March 4, 2027.", "This article was amended on 3 May 2027 to correct the spelling of a
  boatyard's name.", "This story appears in the May 2027 issue of Serambi.") is "B" whatever its
  dates, like a "Published/Updated" line.
* FURNITURE IN THE SHAPE OF STORY stays "B" line by line, whatever figures, dates, names or verbs
  it holds: prose promos for a newsletter or an app, author bios, membership and donation appeals
  with prices and outcomes, event adverts, recruitment notices, sponsored blocks and sponsor notes,
  tips lines, taglines ("Tobago's community weekly since 1987"), a student paper's independence
  statement, comment-policy prose, meter and registration notices, reading-time, audio-player and
  "Read by an automated voice" lines, and an "About" boilerplate even when it repeats the story's
  own figure (38.2 million subscribers is "W" in a highlight and "B" in "About Savannah Mobile Plc").
* AI SUMMARIES: the disclaimer and the "AI SUMMARY" or "Key points" label are "B"; the summary's
  points are story, flagged by content and carrying their sources as written ("the Housing
  Authority said", "The council says" -> "The council").
* A NEWS AGGREGATOR'S SOURCE CARDS: the outlet-and-age line, the linked headline and "Read full
  story ›" are "B", like a related-headlines list; the excerpt printed under each card is story,
  flagged by content, with its own attributions ("according to figures released by the Housing
  Authority on Thursday", a legislator's "said") and no speaker when the excerpt gives none (a
  government release's figures, a wire's comparison).
* E-MAIL CLIENT PASTES: the From, To, Date and Subject lines, "View in browser", "Forwarded this
  email? Subscribe here for more", unsubscribe and preference lines and the platform's postal line
  are "B" (the Subject line even when it repeats the headline's figures). In a newsletter, the
  writer's greeting ("Hi everyone,"), view and sign-off ("That's it for this week.") are "", like
  greetings and thanks in the recent sets; the signature line ("— Ndapewa") is "B", like a byline,
  and the writer's own appeal for paid subscriptions is "B", like any membership appeal.
* NOTES TO EDITORS in a government release: the label is "B"; a note stating a rule of the story
  ("Under the Act, a member of the Board may serve no more than two consecutive terms.") is "W",
  and a service note ("Photographs of the new Board members are available ... on request.") is
  "B", like a contact line.
* A one-line quote paragraph that continues the speaker's quote ("“Mi nearly drop the phone!”",
  "“Mi cyaan sleep.”") carries the speaker and cue of the quote it continues; "Residents say they
  have seen crocodiles ..." carries the group as written, "" (a vague recollection, unlike a group's
  report of prices or outages); "She called on the districts ..." carries the cue "called on".
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'South African METRO DAILY\'S WEBSITE (Cape Town), desktop browser paste, a DATA BREACH STORY ABOUT AN APP: hackers copy the data of 286,000 users of an invented prepaid-electricity app after a contractor\'s stolen session cookie lets them sign in. Head: masthead, menu, a sign-in/subscribe line, a two-sentence COOKIE BANNER and its buttons, crumb (all "B"); headline "..., Kragwise admits" ("W", carrying the company) and a standfirst where a stolen "session cookie" lets attackers "sign in" ("W", "the company\'s incident report" "shows"); byline, a date line with a READING TIME, an AUDIO-PLAYER line, share line (all "B"); a caption "" and its credit in the same line "B". Body: "CAPE TOWN —" lead "the company said" ("W"); users and launch year ("W"); a causal claim "the company said" ("W"); a ONE-LINE PARAGRAPH of record ("W"); the chief executive (role dropped) on reset passwords and contractors\' sign-in ("W") and an apology (""); a subhead "" and a SOURCE NOTE for the timeline ("", the outlet\'s own line, not furniture); a TIMELINE of five DATED LINES "March 30: ..." to "May 12: ..." (each one sentence, "W", no speaker, with "2.14 a.m." mid-line and "6.30 a.m." at its end); a PULL QUOTE repeating the apology with a dash attribution ("", the chief executive, cue "—"); hashing "the company confirmed" ("W"); a researcher\'s hedge and advice (two, ""); a SERVICE LINE "sign in to the app and open Settings > Security." ("", no speaker) and a deletion address "the company said" ("", not a contact line); the regulator\'s spokesperson with an assessment and a fine ceiling ("W") and a non-answer (""); two ONE-LINE PARAGRAPHS of transition (""); a customer\'s anecdote and quote (three, ""); fees and downloads "according to figures from the company" ("W"). Tail: a two-sentence NEWSLETTER PROMO in prose, a two-sentence AUTHOR BIO with a year, related label and two headlines (one with a figure), a comments count, two sentences of COMMENT-POLICY PROSE, copyright split at "(Pty) Ltd." before "All rights reserved.", a legal menu (all "B").',
    'New Zealand PUBLIC BROADCASTER\'S WEBSITE (Hawke\'s Bay), READER MODE paste, a STORY ABOUT A FLOOD-WARNING APP: the regional council\'s app sends its first alert 97 minutes late after a software update. Head (reader mode keeps no menus): the domain line, headline of record ("W"), byline with role, a READING-TIME line "4–5 minutes", a published line, an AUDIO-PLAYER line read by an automated voice (all but the headline "B"); a "Key points" label and an AI-SUMMARY DISCLAIMER (both "B"), then three key points by content ("W", one "The council says" carrying "The council" as written); a caption "" and its credit on a line of its own "B". Body: the late alert "the council has confirmed" and app users "the council said" ("W", "the council" as written); a peak "the council\'s gauge data shows" ("W"); flooded homes "Civil Defence said" ("W"); emergency mobile alerts ("W"); a scene "" and a subhead ""; the chief executive with the cause and how the server polled the gauges (two, "W") and a regret (""); a fixed VERSION "3.2.1 ..., released on Sunday" ("W"); "It said" advice on notifications and battery savers ("", resolving to the regional council as first given); a SERVICE LINE on where to DOWNLOAD the app and that no SIGN-IN is needed ("", story, not an app promo); a resident\'s anecdote and quotes (three, ""); a red warning the night before ("W"); a councillor\'s plan and quotes (three, "") and the meeting date ("W"); a question subhead and two advice lines (""); a CORRECTION that states the corrected figure with a semicolon (one sentence, "W"). Tail: the broadcaster\'s own APP PROMO in prose, tags, copyright (all "B").',
    'Singaporean TRADE-PRESS WEBSITE (shipping fuels), desktop browser paste, a MARKET-DATA STORY: methanol bunker sales triple to 61,400 tonnes in the first quarter. Head: masthead, menu, log-in line, crumb, a "FREE ARTICLE" tag (all "B"); headline of record "W"; standfirst "Port authority data show ..." ("W", carrying "Port authority data"); byline, a date line with a READING TIME, share line (all "B"). Body: "SINGAPORE —" lead "according to data released on Tuesday by the Maritime and Port Authority of Singapore (MPA)" (acronym dropped, "W"); totals and LNG ("W"); a FACT BOX OF RECORD: the "AT A GLANCE" title "B", five headline-style lines (each "W", no speaker) and its source line "B"; licences "the MPA said" (resolving to the authority, "W"); deliveries with "Pte. Ltd. made" mid-sentence ("W"); the managing director with a causal claim and a count in a quote kept whole at its semicolon ("W") and a remark (""); a SPONSORED block (label, a promo line with a figure, a link; all "B"); a price "according to the pricing agency Pallas Energy Intelligence" (descriptor dropped, "W") and fuel oil\'s average ("W"); analysts\' forecast (""); a shipowner\'s fleet director (role dropped) with a worry and two quoted sentences (""); a licensing rule ("W"); a CAPITALISED SUBHEAD ""; the authority\'s licences due in the second half of 2027 ("W") and a supplier\'s plan and quote (two, ""). Tail: a two-sentence EVENT ADVERT with numbers and dates and its link, a two-sentence METER/REGISTRATION NOTICE, a two-sentence AUTHOR BIO, tags, more-on label and two headlines, copyright split at "Pte. Ltd." before "Registered in Singapore, UEN ..." (all "B").',
    'Jamaican TABLOID\'S AMP PAGE (Portmore), AMP paste, a VIRAL-VIDEO STORY: an eight-foot crocodile is pulled from a gully near a basic school after a clip is shared more than 31,000 times. Head: the AMP bar with the domain, masthead, menu, section (all "B"); headline and standfirst of record ("W", the standfirst\'s "shared more than 31,000 times" is the story, not a share strip); byline, a published line, share line (all "B"); a caption "" and its "CONTRIBUTED" credit in the same line "B". Body in SHORT ONE-LINE PARAGRAPHS: the capture, the distance from the school and the shares (three, "W"); an inline "READ MORE:" headline "B"; CAPITALISED SUBHEADS flagged by content (a quoted "‘MI NEARLY DROP THE PHONE’" and "CAPTURED" "", "SHARED 31,000 TIMES" "W"); the taxi operator\'s patois quote and its one-line continuation (two, "", surname resolving to his full name); one-line asides "He did not." and "He kept filming." (""); "Residents say" (a group\'s vague recollection, ""); an "Advertisement" slot "B"; the capture at "2 a.m. on Tuesday" "the agency said" (acronym dropped, "the agency" as written, "W"), the release site ("W"), the animal\'s sex and age and the protection rule ("W"); a game warden\'s advice ("", title dropped); TikTok views ("W"); a one-line turn, a vendor\'s quote and its one-line continuation, a one-line aside (all ""); removals since January "The agency said" ("W", "The agency" as written). Tail: a TIPS LINE in prose with a phone number and e-mail, a follow-us line, most-read label and three headlines (one with a figure and "says ministry"), a view-non-AMP line, copyright (all "B").',
    'Nigerian BUSINESS WIRE\'S RELEASE opened in an EMAIL CLIENT (Lagos), email paste, a COMPANY RESULTS RELEASE: a mobile operator\'s first-quarter revenue up 31.0% and SUBSCRIBERS up 6.4% to 38.2 million. Head: the e-mail\'s From, To, Date and SUBJECT lines (the subject repeating the headline\'s figures, still "B"), a view-in-browser line, the wire\'s name (all "B"); headline and subhead of record with a semicolon ("W"). Body in the issuer\'s voice (no speaker for its own sentences): the "LAGOS, Nigeria, April 29, 2027 /Lagoon Newswire/ --" lead with "(NGX: SAVMOB)" ("W"); a "First-quarter highlights" label "B" and FIVE BULLETS about subscribers, data, profit, capital spending and a buyback (each "W"); the chief executive\'s quote "said ..., Chief Executive Officer of ..." (an opinion "", a count of sites "W", a boast ""); customers who SUBSCRIBED to a daily bundle and a tariff-driven rise "the company said" ("W"); base stations and net debt ("W"); a results TABLE (title and header "B", three data rows ""); the finance chief\'s "said:" quote (""); guidance "The company expects" ("", as written) and "It expects" ("", resolving to the company by name); a conference call "at 2:00 p.m. West Africa Time on April 30, 2027." ("W") and a dial-in SERVICE LINE (""). Tail: the "About" heading and its two sentences (the same 38.2 million, "B" here), forward-looking heading and statement, media-contact label, name and address lines, "SOURCE" line, the wire\'s SUBSCRIPTION NOTICE "You are receiving this email because you subscribed ...", unsubscribe line, the wire\'s postal line with "Ltd.," (all "B").',
    'Trinidad and Tobago REGIONAL WEEKLY\'S WEBSITE (Tobago), PRINT VIEW paste, a TRANSPORT STORY: the fast ferry stays in dry dock until March 22 and a cargo vessel carries passengers. Head: the browser\'s print header (date, time and page title), masthead, a TAGLINE with a year, section (all "B"); headline and standfirst of record ("W"); byline and a date-only line ("B"); an "EDITOR\'S NOTE" ABOUT THE EDITION ("This story first appeared in the print edition ...", "B"). Body: "SCARBOROUGH —" lead "the Port Authority of Trinidad and Tobago (PATT) said" (acronym dropped, "W"); the crack, the stand-in vessel and the capacities in two SHORT ONE-LINE PARAGRAPHS ("W"); cost "The Port Authority said" (short form resolving, "W"); "It said the following sailings will run ...:" and a SAILINGS LIST of three lines ending ";", ";" and "." (each "W", each carrying the authority, like a list of closed roads); ticket rule "it said" ("W"); a one-line turn ""; a guesthouse group\'s chair with lost room-nights (a group\'s count, "W") and two quoted sentences (""); a PRINT FOOTER (URL and "1/2") and a REPEATED PRINT HEADER ("B"); the Assembly\'s tourism secretary (title dropped) with a charter request ("W"), a quote and an expectation (two, ""); a one-line turn, a dialysis patient\'s anecdote and two quoted sentences, a queue scene (all ""); the ferry\'s history (two, "W"); an "EDITOR\'S NOTE" THAT STATES A FACT OF THE STORY ("Editor\'s note: After this edition went to press on Tuesday, the Port Authority said ...", one sentence, "W", carrying the authority). Tail: a letters line, copyright split at "Co. Ltd." before "All rights reserved.", the last print footer "2/2" (all "B").',
    'Malaysian MAGAZINE\'S WEBSITE (Kuala Terengganu), READER MODE paste, a LONG-FORM FEATURE with "says" throughout: the last four yards building wooden schooners on Pulau Duyong. Head: the domain line "B"; a headline with no claim ""; a standfirst with a count ("W"); a words-and-photographs credit line and a READING-TIME line ("B"). Body with CAPITALISED SECTION SUBHEADS ("THE YARD", "THE WOOD", "THE BUYERS", all ""): a scene (two, ""); the shipwright\'s age and years ("W"); his quotes ("he says," mid-sentence, two, ""); the yard\'s founding and output ("W"); the boat\'s size and months and its price "he says" and "Razali says" ("W", the surname resolving); a PULL QUOTE of his words with a dash attribution ("", cue "—"), REPEATED later in the body ("", cue "says"); a PULL QUOTE OF THE WRITER\'S OWN SENTENCE "Of the 17 yards ... four remain." appearing twice (each "W", no speaker, labelled like the body sentence it repeats); the closures\' cause ("W"); timber prices "according to the invoices Razali keeps in a biscuit tin" ("W", the document as written); a joke (""); the neighbour\'s timber figure ("W") and three quoted sentences (""); an apprentice count ("W"); exports and a broker ENDING "Sdn. Bhd." before "The firm has sold ..." ("W"); the shipwright\'s view and quotes and a closing scene (""). Tail: a two-sentence AUTHOR BIO, a "This article was amended ..." LINE, an issue line, a two-sentence MEMBERSHIP APPEAL with a price, a two-sentence EVENT ADVERT with a date, time and price, copyright ending "Sdn. Bhd." (all "B").',
    'Ugandan NGO NEWSROOM (Kampala/Karamoja), PHONE BROWSER paste, a SURVEY RELEASE: 231 of 612 boreholes in three Karamoja districts are broken. Head: a menu bar with a DONATE button, back link, a section/date line (all "B"); headline "..., survey finds" ("W", carrying the survey as the body names it); a team byline with a READING TIME "B"; a caption "" and its credit on a line of its own "B". Body: "The 2027 Karamoja Borehole Survey found" ("W"); population "according to the Uganda Bureau of Statistics" ("W"); the 2019 comparison ("W"); a "Key findings" label "B" and FOUR BULLETS of record ("W"); a download line "B"; the country director (role dropped) with a causal claim ("W"), two quoted sentences and a call ("", cue "called on"); a DONATION APPEAL WITH FIGURES ("A gift of UGX 80,000 can repair ...", "Donate today.") and its button (all "B", whatever the numbers); the ministry spokesperson\'s budget line ("W") and a welcome (""); a villager\'s anecdote, two quotes and a scene (""); the findings\' presentation date ("W"); a METHODOLOGY BOX "About the survey" (label "B", three sentences of record "W", including who paid for the survey, a fact of the study, not a funding note of the page). Tail: a NEWSLETTER SIGN-UP in prose and its form line, the "About" heading and its two sentences (a count since 2009 and "Reg. No." mid-line), a media line, a two-line cookie notice, back-to-top (all "B").',
    'Sri Lankan STUDENT NEWSPAPER\'S WEBSITE (Peradeniya), PHONE BROWSER paste, a CAMPUS STORY: hostel fees to rise by up to 60% from September. Head: menu and masthead, crumb ("B"); headline of record "W"; standfirst "Deputy Vice-Chancellor says ..." ("W", carrying her name as the body gives it); a two-name byline, a relative-time line with a READING TIME, share line ("B"); a caption "" and its credit in the same line "B". Body: the council\'s decision and the last rise ("W"); "students will pay:" ("W") and a FEE LIST of three lines ending ";", ";" and "." with "Rs." before each number (each "W", no speaker); a scholarship rule ("W"); the Deputy Vice-Chancellor ("Prof." and role dropped) with electricity costs and a grant request ("W") and two quoted sentences (""); a one-line turn ""; the union president with signatures ("W") and a quote and a question (""); a student\'s plan and quote (""); a RECRUITMENT AD in prose, a question and a meeting time (two, "B"); the review date and the union\'s meeting ("W"); a read-next label and headline ("B"). Tail: a "Corrections" label "B" and a CORRECTION that states the figure (one sentence with a semicolon, "W") and an apology (""); an INDEPENDENCE STATEMENT, two sentences of COMMENT-POLICY PROSE, follow line, copyright (all "B").',
    'Hong Kong NEWS AGGREGATOR\'S AMP PAGE, AMP paste, a STORY CLUSTER: the average wait for public rental housing rises to 5.9 years. Head: the AMP bar, menu ("B"); the cluster headline of record ("W"); a "TOP STORY" tag, a sources-and-updated line, an "AI SUMMARY" label and a two-sentence AI-SUMMARY DISCLAIMER (all "B"). Summary: the waiting time and applications "the Housing Authority said" ("W"), the target ("W"), completions with a causal claim "The Housing Department said" ("W"), lawmakers\' characterisation ("", "called"), a forecast "The department said" ("", as written); an EDITOR\'S NOTE THAT STATES A REVISED FIGURE ("W", the authority acting with no verb of saying). Sources: a "Why you\'re seeing this" line and "SOURCES" label ("B"); FOUR SOURCE CARDS, each with an outlet-and-age line, a linked headline and a "Read full story ›" line (all "B", like related headlines) and an EXCERPT OF THE STORY flagged by content: "according to figures released by the Housing Authority on Thursday" ("W"); a legislator\'s quote (""), a count ("W"), a quote and a one-word question (""); a press release\'s two figures ("W", no speaker); a wire\'s comparison with 2012 ("W"). Tail: follow line, report-a-problem line, an APP PROMO in prose, copyright with "Ltd. ·" mid-line, view-original line (all "B").',
    'Namibian NEWSLETTER PLATFORM\'S ISSUE opened in an EMAIL CLIENT (Windhoek), email paste, a MEDIA NEWSLETTER ABOUT A PAYWALL: the country\'s oldest daily signs up 6,200 paying readers in a month and closes its free newsletter. Head: From, To, Date and Subject lines, view-in-browser and forwarded-email lines (all "B"); the post\'s title of record ("W") and subtitle (""); author line, a date with a READING TIME, an AUDIO-PLAYER line, a SPONSOR NOTE with a year (all "B"). Body in the writer\'s voice: a greeting (""); the paywall\'s start and prices ("W"); sign-ups "the paper\'s publisher, ..., told me" ("W"); the budget "according to a business plan seen by this newsletter" ("W"); the publisher\'s quote in three sentences (""); page views "according to figures the Ledger shared with advertisers" ("W"); the CLOSED NEWSLETTER and its 41,000 SUBSCRIBERS with a semicolon, the SIGN-IN rule and the COOKIE loophole closed on May 9 (each "W", story about subscribing, newsletters, sign-in and cookies, not furniture); a lead-in "" and a NUMBERS LIST of three lines ("W"); a one-line turn and a reader\'s complaint (""); a question subhead ""; the editor\'s losses "said in a note to readers" (channel in the cue, "W") and her line "she wrote" (""); a rival\'s price and meter ("W"); the rival editor\'s plan and quote (""); the writer\'s view and a reason (""); a sign-off "". Tail: a signature line, the writer\'s two-sentence MEMBERSHIP APPEAL with a price, the platform\'s two-sentence subscribe prompt, a like/comment/restack line, copyright, the platform\'s postal line, an unsubscribe/app line (all "B").',
    'Botswana GOVERNMENT PRESS ROOM (Gaborone), PRINT VIEW paste, a PRESS RELEASE OF APPOINTMENTS: the minister names a new Board of Directors for the Water Utilities Corporation. Head: the browser\'s print header, the republic and ministry lines, crumb, a language switch, a "PRESS RELEASE" tag (all "B"); headline of record "W"; a date-only line "B". Body in the government\'s voice: "GABORONE —" lead with "Hon." mid-sentence and the Act\'s section (an appointment of record, "W", acronym in the text, no speaker); the interim board\'s term ("W"); a lead-in "The members of the new Board are:" ("") and a NAMES-AND-ROLES LIST of six lines "Chairperson: Ms ...;" to "Member: Mr ...." (each "W", an appointment of record, "Ms", "Mr" and "Dr" left in the lines); the effective date ("W"); the minister ("The Minister said", resolving to her name) with a loss rate against a target ("W"), a plan and two quoted sentences (""); the incoming chair ("Ms" dropped) with thanks and a quote (""); supply and losses ("W"); the board\'s first meeting ("W"); thanks (""). Tail: a "Notes to Editors" label "B", a NOTE OF RECORD (a term limit, "W") and a NOTE OF SERVICE (photographs on request, "B"); issued-by and contact lines, "ENDS", a was-this-helpful line, a last-updated line, related label and two headlines, copyright split at "Government of Botswana." before "All rights reserved.", a legal menu, the print footer with the URL and "1/1" (all "B").',
]

ARTICLES = [
    # South African metro daily, desktop
    [
        [("THE CAPE COURANT", "", "", "B")],
        [
            (
                "Home | News | Business | Sport | Lifestyle | Opinion | Property | E-Edition",
                "",
                "",
                "B",
            )
        ],
        [("Sign in | Subscribe from R49 a month", "", "", "B")],
        [
            (
                "We use cookies to improve your experience and to show you relevant advertising.",
                "",
                "",
                "B",
            ),
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
        ],
        [("Accept all   Manage cookies", "", "", "B")],
        [("News › Consumer", "", "", "B")],
        [
            (
                "Hackers took data of 286,000 prepaid electricity app users, Kragwise admits",
                "Kragwise",
                "admits",
                "W",
            )
        ],
        [
            (
                "A contractor's stolen session cookie let attackers sign in to the customer database for nine days, the company's incident report shows",
                "the company's incident report",
                "shows",
                "W",
            )
        ],
        [("By Nomvula Msimang-Fourie", "", "", "B")],
        [("13 May 2027 | 5 min read", "", "", "B")],
        [("Listen to this article · 5:12", "", "", "B")],
        [("Share: WhatsApp | Facebook | X | LinkedIn | Email", "", "", "B")],
        [
            (
                "A customer buys electricity on the Kragwise app outside her home in Mitchells Plain.",
                "",
                "",
                "",
            ),
            ("Picture: Yusuf Abrahams-Venter", "", "", "B"),
        ],
        [
            (
                "CAPE TOWN — Attackers copied the names, cellphone numbers, meter numbers and scrambled passwords of 286,000 users of the prepaid electricity app Kragwise, the company said on Wednesday, nine days after they first got into its systems.",
                "the company",
                "said",
                "W",
            )
        ],
        [
            (
                "The app, which about 410,000 households in Cape Town and Stellenbosch use to buy prepaid electricity tokens, was launched in 2021.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "No banking details were taken, because card payments are handled by a separate payment processor, the company said.",
                "the company",
                "said",
                "W",
            )
        ],
        [("The breach has been reported to the Information Regulator.", "", "", "W")],
        [
            (
                "Kragwise chief executive Rowan Pillay-Dlamini said the company had reset the passwords of all 286,000 accounts and no longer allows contractors to sign in from their own laptops.",
                "Rowan Pillay-Dlamini",
                "said",
                "W",
            ),
            (
                "“We let our customers down, and I am sorry,” he said.",
                "Rowan Pillay-Dlamini",
                "said",
                "",
            ),
        ],
        [("How it happened", "", "", "")],
        [
            (
                "The timeline below is drawn from the company's incident report, which the Courant has seen, and from its messages to customers.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "March 30: A contractor's laptop is infected with password-stealing software after he installs a pirated video editor.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "May 3: Attackers use a session cookie taken from the laptop to sign in to Kragwise's customer database without a password.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "May 3 to May 11: The records of 286,000 accounts are copied to a server outside South Africa in 41 batches.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "May 11: Monitoring software flags unusual traffic at 2.14 a.m. and the contractor's access is cut off at 6.30 a.m.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "May 12: Kragwise notifies the Information Regulator and sends an SMS to every affected customer.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“We let our customers down, and I am sorry.” — Rowan Pillay-Dlamini, Kragwise",
                "Rowan Pillay-Dlamini",
                "—",
                "",
            )
        ],
        [
            (
                "Accounts opened before March 2023 were protected by an older hashing method, the company confirmed.",
                "the company",
                "confirmed",
                "W",
            )
        ],
        [
            (
                "Security researcher Anele Jacobs-Moodley said passwords stored that way could be cracked “in days, not years” on a good gaming computer.",
                "Anele Jacobs-Moodley",
                "said",
                "",
            ),
            (
                "“If you used the same password for your email or your bank, change it there first,” she said.",
                "Anele Jacobs-Moodley",
                "said",
                "",
            ),
        ],
        [
            (
                "To check whether your account was affected, sign in to the app and open Settings > Security.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Customers who want their accounts deleted can email privacy@kragwise.co.za, the company said.",
                "the company",
                "said",
                "",
            )
        ],
        [
            (
                "Kgomotso Letsoalo-Baard, a spokesperson for the Information Regulator, said the regulator had opened an assessment under the Protection of Personal Information Act, which allows fines of up to R10 million.",
                "Kgomotso Letsoalo-Baard",
                "said",
                "W",
            ),
            (
                "She said it was too early to say whether the company would be fined.",
                "Kgomotso Letsoalo-Baard",
                "said",
                "",
            ),
        ],
        [("For now, customers are being asked to be patient.", "", "", "")],
        [("Some are not waiting to find out.", "", "", "")],
        [
            (
                "Fatima Hendricks-Mokoena, who buys electricity for her family of six through the app, said she had deleted it on Wednesday night.",
                "Fatima Hendricks-Mokoena",
                "said",
                "",
            ),
            (
                "“I'll stand in the queue at the garage again,” she said.",
                "Fatima Hendricks-Mokoena",
                "said",
                "",
            ),
            (
                "“At least the man at the till doesn't lose my password.”",
                "Fatima Hendricks-Mokoena",
                "said",
                "",
            ),
        ],
        [
            (
                "Kragwise charges a R2.50 convenience fee on each purchase, and the app was downloaded 61,000 times in April alone, according to figures from the company.",
                "figures from the company",
                "according to",
                "W",
            )
        ],
        [
            (
                "Get the day's biggest Cape Town stories in your inbox every weekday morning.",
                "",
                "",
                "B",
            ),
            ("Sign up for our free Courant Morning newsletter.", "", "", "B"),
        ],
        [
            (
                "Nomvula Msimang-Fourie is the Courant's consumer and technology reporter.",
                "",
                "",
                "B",
            ),
            ("She has covered cybercrime and online fraud since 2019.", "", "", "B"),
        ],
        [("RELATED", "", "", "B")],
        [("City to scrap paper electricity vouchers at libraries by August", "", "", "B")],
        [("Fake load-shedding app drained R3.1m from users, police say", "", "", "B")],
        [("Comments (48)", "", "", "B")],
        [
            ("We moderate comments before they are published.", "", "", "B"),
            (
                "We remove comments that are abusive or off-topic, or that share anyone's personal details, including account or meter numbers.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Cape Courant Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Privacy | Terms | Cookie settings | Press Code", "", "", "B")],
    ],
    # New Zealand public broadcaster, reader mode
    [
        [("kereru.nz", "", "", "B")],
        [
            (
                "Flood-warning app sent first alert 97 minutes after Tūtaekurī River passed warning level",
                "",
                "",
                "W",
            )
        ],
        [("Miriama Tipene-Walsh, Hawke's Bay reporter", "", "", "B")],
        [("4–5 minutes", "", "", "B")],
        [("Published: 6:05 am on 21 June 2027", "", "", "B")],
        [("Listen to this story · 4 min · Read by an automated voice", "", "", "B")],
        [("Key points", "", "", "B")],
        [
            (
                "These key points were produced with the help of an AI tool and checked by a Kererū journalist.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The regional council's AwaAlert app sent its first flood alert at 4.52am on Saturday, 97 minutes after the river passed its warning level.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The council says a software update on Friday evening stopped the app's server from reading its river gauges.",
                "The council",
                "says",
                "W",
            )
        ],
        [("Water reached the floorboards of 11 homes in Waiohiki.", "", "", "W")],
        [("The Tūtaekurī River in flood at Waiohiki on Saturday morning.", "", "", "")],
        [("Photo: KPM / Aroha Whaanga", "", "", "B")],
        [
            (
                "The Hawke's Bay Regional Council's flood-warning app sent its first alert for the Tūtaekurī River at 4.52am on Saturday, 97 minutes after the river passed the warning level at Puketapu, the council has confirmed.",
                "the council",
                "has confirmed",
                "W",
            )
        ],
        [
            (
                "About 14,000 people have the AwaAlert app on their phones, the council said.",
                "the council",
                "said",
                "W",
            )
        ],
        [
            (
                "The river peaked at 4.9 metres at 5.41am, the council's gauge data shows.",
                "the council's gauge data",
                "shows",
                "W",
            )
        ],
        [
            (
                "No one was hurt, but water reached the floorboards of 11 homes in Waiohiki, Civil Defence said.",
                "Civil Defence",
                "said",
                "W",
            )
        ],
        [
            (
                "Emergency Mobile Alerts, which reach every phone on the network without an app, went out at 5.20am.",
                "",
                "",
                "W",
            )
        ],
        [("Residents spent Sunday pulling wet carpet out of their homes.", "", "", "")],
        [("What went wrong", "", "", "")],
        [
            (
                "Council chief executive Mereana Hokianga-Stott said a software update installed at 6.40pm on Friday had changed the format of the gauge readings, and the app's server stopped recognising them.",
                "Mereana Hokianga-Stott",
                "said",
                "W",
            ),
            (
                "“The app was checking the river every two minutes and getting nothing back it understood,” she said.",
                "Mereana Hokianga-Stott",
                "said",
                "W",
            ),
            ("“That should never have happened.”", "Mereana Hokianga-Stott", "said", ""),
        ],
        [
            (
                "Version 3.2.1 of the app, released on Sunday, fixes the fault, the council said.",
                "the council",
                "said",
                "W",
            )
        ],
        [
            (
                "It said users should check that notifications are switched on and that the app has not been put to sleep by their phone's battery saver.",
                "the Hawke's Bay Regional Council",
                "said",
                "",
            )
        ],
        [
            (
                "The app is free to download from the App Store and Google Play, and no sign-in is needed to receive alerts.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Waiohiki resident Tom Kereama-Blythe said his phone stayed silent until the water was at his back step.",
                "Tom Kereama-Blythe",
                "said",
                "",
            ),
            (
                "“I woke up to the dog barking, not the app,” he said.",
                "Tom Kereama-Blythe",
                "said",
                "",
            ),
            (
                "“By the time I got the kids in the car, the water was over the road.”",
                "Tom Kereama-Blythe",
                "said",
                "",
            ),
        ],
        [
            (
                "MetService had issued a red heavy rain warning for Hawke's Bay at 9pm on Friday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Regional councillor Ben Te Huia-Lowry said he would ask for an independent review at the council's next meeting.",
                "Ben Te Huia-Lowry",
                "said",
                "",
            ),
            (
                "“People were told to trust the app, and they did,” he said.",
                "Ben Te Huia-Lowry",
                "said",
                "",
            ),
            (
                "“We owe them an honest account of why it went quiet.”",
                "Ben Te Huia-Lowry",
                "said",
                "",
            ),
        ],
        [("The council meets on 30 June.", "", "", "W")],
        [("What should you do?", "", "", "")],
        [("Keep the app updated, and do not rely on any single source of warnings.", "", "", "")],
        [
            (
                "If you see water rising, move to higher ground and call 111 if your life is at risk.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Correction: This story originally said 41,000 people had the app; the council's figure is 14,000.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Get the Kererū app for breaking news alerts and live coverage of severe weather.",
                "",
                "",
                "B",
            )
        ],
        [("Tags: Hawke's Bay, Flooding, Technology, Local government", "", "", "B")],
        [("Copyright © 2027, Kererū Public Media", "", "", "B")],
    ],
    # Singaporean trade press, desktop
    [
        [("BUNKERLINE ASIA", "", "", "B")],
        [
            (
                "News | Bunkering | Alternative Fuels | Ports | Prices | Data | Events | Jobs",
                "",
                "",
                "B",
            )
        ],
        [("Log in | Subscribe", "", "", "B")],
        [("Alternative Fuels › Methanol", "", "", "B")],
        [("FREE ARTICLE", "", "", "B")],
        [("Singapore methanol bunker sales triple to 61,400 tonnes in first quarter", "", "", "W")],
        [
            (
                "Port authority data show conventional fuel sales slipped 1.8% as LNG, biofuel blends and methanol took a bigger share",
                "Port authority data",
                "show",
                "W",
            )
        ],
        [("By Natalie Goh Siew Ping", "", "", "B")],
        [("16 April 2027 · 6 min read", "", "", "B")],
        [("Share   LinkedIn   X   Email   Copy link", "", "", "B")],
        [
            (
                "SINGAPORE — Methanol bunker sales in Singapore rose to 61,400 tonnes in the first quarter of 2027, from 19,800 tonnes a year earlier, according to data released on Tuesday by the Maritime and Port Authority of Singapore (MPA).",
                "data released on Tuesday by the Maritime and Port Authority of Singapore",
                "according to",
                "W",
            )
        ],
        [("Total bunker sales reached 13.92 million tonnes, up 3.1% on the year.", "", "", "W")],
        [
            (
                "Sales of liquefied natural gas rose 46% to 172,000 tonnes, while conventional fuel oil and gasoil sales fell 1.8%.",
                "",
                "",
                "W",
            )
        ],
        [("AT A GLANCE", "", "", "B")],
        [("Total bunker sales up 3.1% to 13.92 million tonnes", "", "", "W")],
        [("Methanol sales tripled to 61,400 tonnes", "", "", "W")],
        [("LNG sales up 46% to 172,000 tonnes", "", "", "W")],
        [("Biofuel blends up 22% to 1.41 million tonnes", "", "", "W")],
        [("Six licensed methanol suppliers, up from four", "", "", "W")],
        [("Source: MPA; Bunkerline Asia calculations", "", "", "B")],
        [
            (
                "Six companies now hold licences to supply methanol in the port, two more than a year ago, the MPA said.",
                "the Maritime and Port Authority of Singapore",
                "said",
                "W",
            )
        ],
        [
            (
                "Lion City Marine Fuels Pte. Ltd. made 38 of the quarter's 52 methanol deliveries.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Its managing director, Arvind Ramasamy-Koh, said demand came mostly from container lines that had ordered dual-fuel ships in 2023 and 2024.",
                "Arvind Ramasamy-Koh",
                "said",
                "W",
            ),
            (
                "“Twelve months ago we were doing one delivery a week; now it is four,” he said.",
                "Arvind Ramasamy-Koh",
                "said",
                "W",
            ),
            (
                "“The hard part is not the fuel, it is finding crews who can handle it safely.”",
                "Arvind Ramasamy-Koh",
                "said",
                "",
            ),
        ],
        [("SPONSORED", "", "", "B")],
        [
            (
                "Kestrel Fuel Analytics: onboard sensors that test every bunker delivery in under 15 minutes.",
                "",
                "",
                "B",
            )
        ],
        [("Find out more ›", "", "", "B")],
        [
            (
                "Grey methanol was assessed at US$612 a tonne delivered in Singapore at the end of March, according to the pricing agency Pallas Energy Intelligence.",
                "Pallas Energy Intelligence",
                "according to",
                "W",
            )
        ],
        [("Very low sulphur fuel oil averaged US$571 a tonne over the same period.", "", "", "W")],
        [
            (
                "Analysts at Harbourfront Shipping Research said methanol would stay below 1% of the port's sales until green methanol became cheaper to make.",
                "Analysts at Harbourfront Shipping Research",
                "said",
                "",
            )
        ],
        [
            (
                "Solveig Brandtzaeg-Lim, fleet director at the container line Kattegat Orient Lines, said the price gap still worried her board.",
                "Solveig Brandtzaeg-Lim",
                "said",
                "",
            ),
            (
                "“We bought the dual-fuel ships because customers asked for them,” she said.",
                "Solveig Brandtzaeg-Lim",
                "said",
                "",
            ),
            (
                "“Now the customers have to be willing to pay for the fuel.”",
                "Solveig Brandtzaeg-Lim",
                "said",
                "",
            ),
        ],
        [
            (
                "Under MPA rules, every methanol delivery must be made by a licensed supplier using a mass flow meter, and the bunker tanker's crew must hold a methanol handling certificate.",
                "",
                "",
                "W",
            )
        ],
        [("WHAT COMES NEXT", "", "", "")],
        [
            (
                "The MPA said it would award two more methanol supply licences in the second half of 2027.",
                "the Maritime and Port Authority of Singapore",
                "said",
                "W",
            )
        ],
        [
            (
                "Ramasamy-Koh said his company would apply for one of them.",
                "Arvind Ramasamy-Koh",
                "said",
                "",
            ),
            ("“We have the people now,” he said.", "Arvind Ramasamy-Koh", "said", ""),
        ],
        [
            (
                "Join 600 industry leaders at the Asia Alternative Fuels Forum in Singapore on 9–10 September.",
                "",
                "",
                "B",
            ),
            ("Early-bird tickets are available until 31 July.", "", "", "B"),
        ],
        [("Register now ›", "", "", "B")],
        [
            ("You have read 1 of 3 free articles this month.", "", "", "B"),
            (
                "Register for free to keep reading, or subscribe for unlimited access to our price assessments and port data.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Natalie Goh Siew Ping covers bunkering and alternative fuels from Singapore.",
                "",
                "",
                "B",
            ),
            ("She previously reported on oil markets for eight years.", "", "", "B"),
        ],
        [("Tags: Singapore, Methanol, LNG, MPA, Bunker sales", "", "", "B")],
        [("MORE ON METHANOL", "", "", "B")],
        [("Rotterdam methanol deliveries hit record in March", "", "", "B")],
        [("Container line orders 12 dual-fuel ships from Korean yard", "", "", "B")],
        [
            ("© 2027 Bunkerline Media Pte. Ltd.", "", "", "B"),
            ("Registered in Singapore, UEN 201917724K.", "", "", "B"),
        ],
    ],
    # Jamaican tabloid, AMP
    [
        [("‹ kingstonklaxon.com", "", "", "B")],
        [("THE KLAXON", "", "", "B")],
        [("☰ Menu", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("8ft croc pulled from Portmore gully after viral video", "", "", "W")],
        [
            (
                "Reptile captured metres from basic school after clip shared more than 31,000 times",
                "",
                "",
                "W",
            )
        ],
        [("By Shanique Powell-Ebanks", "", "", "B")],
        [("Published: May 19, 2027 | 6:45 AM", "", "", "B")],
        [("Share: WhatsApp | Facebook | X", "", "", "B")],
        [
            (
                "A still from the video shows the crocodile in the gully off Braeton Parkway.",
                "",
                "",
                "",
            ),
            ("CONTRIBUTED", "", "", "B"),
        ],
        [
            (
                "A crocodile measuring eight feet was pulled from a gully in Portmore, St Catherine, early yesterday morning.",
                "",
                "",
                "W",
            )
        ],
        [("It was 200 metres from a basic school.", "", "", "W")],
        [
            (
                "The video of the reptile, filmed on Sunday night by taxi operator Romario Facey-Grant, has been shared more than 31,000 times on Facebook and WhatsApp.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "READ MORE: Cow on the loose at Half-Way Tree holds up traffic for an hour",
                "",
                "",
                "B",
            )
        ],
        [("‘MI NEARLY DROP THE PHONE’", "", "", "")],
        [
            (
                "“Mi did a pass and see something move inna di water, and when mi shine di light, it just a look pon mi,” said Facey-Grant, 34.",
                "Romario Facey-Grant",
                "said",
                "",
            )
        ],
        [("“Mi nearly drop the phone!”", "Romario Facey-Grant", "said", "")],
        [("He did not.", "", "", "")],
        [("He kept filming.", "", "", "")],
        [
            (
                "Residents say they have seen crocodiles in the gully before, after heavy rain.",
                "Residents",
                "say",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [("CAPTURED", "", "", "")],
        [
            (
                "A team from the National Environment and Planning Agency (NEPA) captured the crocodile at about 2 a.m. on Tuesday, the agency said.",
                "the agency",
                "said",
                "W",
            )
        ],
        [
            (
                "It was released in the Black River Morass in St Elizabeth later that morning.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The crocodile was a male, about 15 years old, the agency said.",
                "the agency",
                "said",
                "W",
            )
        ],
        [
            (
                "Crocodiles are a protected species in Jamaica, and it is an offence to kill or harm one, the agency said.",
                "the agency",
                "said",
                "W",
            )
        ],
        [
            (
                "“Please do not approach them, and do not try to feed them,” said NEPA game warden Oneil Thompson-Brissett.",
                "Oneil Thompson-Brissett",
                "said",
                "",
            )
        ],
        [("SHARED 31,000 TIMES", "", "", "W")],
        [
            (
                "By Tuesday evening the clip had also been viewed 1.2 million times on TikTok, where one user set it to a dancehall beat.",
                "",
                "",
                "W",
            )
        ],
        [("Not everyone was amused.", "", "", "")],
        [
            (
                "“Di pickney dem walk past here every morning,” said Marcia Ellis-Grant, who sells snacks outside the school.",
                "Marcia Ellis-Grant",
                "said",
                "",
            )
        ],
        [("“Mi cyaan sleep.”", "Marcia Ellis-Grant", "said", "")],
        [("Her customers agree.", "", "", "")],
        [
            (
                "The agency said it had removed 14 crocodiles from drains and gullies in Portmore since January.",
                "The agency",
                "said",
                "W",
            )
        ],
        [
            (
                "Got a story? WhatsApp the Klaxon newsroom on 876-555-0192 or email tips@kingstonklaxon.com.",
                "",
                "",
                "B",
            )
        ],
        [("Follow us on Instagram and TikTok for more viral videos.", "", "", "B")],
        [("MOST READ", "", "", "B")],
        [("Pastor's SUV found stripped in Old Harbour", "", "", "B")],
        [("Dancehall artiste fined for breaching noise law at Hellshire party", "", "", "B")],
        [("Taxi fares up $20 from Monday, says ministry", "", "", "B")],
        [("View non-AMP version", "", "", "B")],
        [("© 2027 Klaxon Media Ltd.", "", "", "B")],
    ],
    # Nigerian business wire, email client
    [
        [("From: Lagoon Newswire <releases@lagoonnewswire.ng>", "", "", "B")],
        [("To: Markets Desk", "", "", "B")],
        [("Date: Thursday, 29 April 2027 at 07:02", "", "", "B")],
        [
            (
                "Subject: Savannah Mobile Plc reports Q1 2027 results: subscribers up 6.4% to 38.2 million",
                "",
                "",
                "B",
            )
        ],
        [("View this release in your browser", "", "", "B")],
        [("LAGOON NEWSWIRE", "", "", "B")],
        [
            (
                "Savannah Mobile Plc reports first-quarter revenue up 31.0% to ₦412.6 billion as subscriber base reaches 38.2 million",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Data subscribers rise 11.2%; board approves share buyback of up to ₦25 billion",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "LAGOS, Nigeria, April 29, 2027 /Lagoon Newswire/ -- Savannah Mobile Plc (NGX: SAVMOB), Nigeria's fourth-largest mobile operator by subscribers, today reported revenue of ₦412.6 billion for the three months ended March 31, 2027, up 31.0% from ₦315.0 billion a year earlier.",
                "",
                "",
                "W",
            )
        ],
        [("First-quarter highlights", "", "", "B")],
        [("Total subscribers rose 6.4% year on year to 38.2 million.", "", "", "W")],
        [
            (
                "Data subscribers rose 11.2% to 21.7 million, and average data use reached 9.8GB per subscriber a month.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Profit after tax was ₦48.3 billion, against a loss of ₦12.9 billion a year earlier.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Capital expenditure was ₦61.0 billion, mainly on new 4G and 5G sites in the North-West and North-East.",
                "",
                "",
                "W",
            )
        ],
        [("The board approved a share buyback of up to ₦25 billion.", "", "", "W")],
        [
            (
                "“This was the quarter in which our investment in the network began to pay off,” said Ifeoma Adebayo-Nnaji, Chief Executive Officer of Savannah Mobile.",
                "Ifeoma Adebayo-Nnaji",
                "said",
                "",
            ),
            (
                "“We switched on 1,140 new sites, more than in the whole of 2025, and dropped-call rates fell in every region.”",
                "Ifeoma Adebayo-Nnaji",
                "said",
                "W",
            ),
            (
                "“Our customers noticed, and they rewarded us with their loyalty.”",
                "Ifeoma Adebayo-Nnaji",
                "said",
                "",
            ),
        ],
        [
            (
                "Customers who subscribed to the company's ₦150 daily data bundle, launched in February, used 40% more data than those on weekly plans, the company said.",
                "the company",
                "said",
                "W",
            )
        ],
        [
            (
                "Revenue growth also reflected the tariff adjustment approved by the Nigerian Communications Commission in February, the company said.",
                "the company",
                "said",
                "W",
            )
        ],
        [("Savannah Mobile had 4,812 active base stations at March 31, 2027.", "", "", "W")],
        [
            (
                "Net debt stood at ₦610.4 billion at the end of the quarter, down from ₦655.2 billion at December 31, 2026.",
                "",
                "",
                "W",
            )
        ],
        [("Summary of results (₦ billion)", "", "", "B")],
        [("Item | Q1 2027 | Q1 2026 | Change", "", "", "B")],
        [("Revenue | 412.6 | 315.0 | +31.0%", "", "", "")],
        [("EBITDA | 176.9 | 121.4 | +45.7%", "", "", "")],
        [("Profit after tax | 48.3 | (12.9) | n/m", "", "", "")],
        [
            (
                "Chief Financial Officer Kunle Adeyemi-Olaniyan said: “We are not yet where we want to be on foreign-currency debt, but the buyback shows the confidence the board has in the business.”",
                "Kunle Adeyemi-Olaniyan",
                "said",
                "",
            )
        ],
        [
            (
                "The company expects full-year capital expenditure of between ₦220 billion and ₦240 billion.",
                "The company",
                "expects",
                "",
            ),
            (
                "It expects subscriber growth to slow in the second half as the market matures.",
                "Savannah Mobile Plc",
                "expects",
                "",
            ),
        ],
        [
            (
                "Savannah Mobile will hold a conference call for analysts and investors at 2:00 p.m. West Africa Time on April 30, 2027.",
                "",
                "",
                "W",
            )
        ],
        [("Dial-in details are available at investors.savannahmobile.ng.", "", "", "")],
        [("About Savannah Mobile Plc", "", "", "B")],
        [
            (
                "Savannah Mobile Plc is a Nigerian mobile network operator serving 38.2 million subscribers in all 36 states and the Federal Capital Territory.",
                "",
                "",
                "B",
            ),
            ("Its shares are listed on the Nigerian Exchange.", "", "", "B"),
        ],
        [("Forward-looking statements", "", "", "B")],
        [
            (
                "This release contains forward-looking statements that involve risks and uncertainties, and actual results may differ materially from those expressed or implied.",
                "",
                "",
                "B",
            )
        ],
        [("Media contact:", "", "", "B")],
        [("Chinedu Balogun-Eze, Head of Corporate Communications", "", "", "B")],
        [("press@savannahmobile.ng | +234 1 555 0147", "", "", "B")],
        [("SOURCE Savannah Mobile Plc", "", "", "B")],
        [
            (
                "You are receiving this email because you subscribed to Lagoon Newswire alerts for Telecoms & Technology.",
                "",
                "",
                "B",
            )
        ],
        [("Unsubscribe | Update your preferences", "", "", "B")],
        [("Lagoon Newswire Ltd., 22 Marina Road, Lagos Island, Lagos.", "", "", "B")],
    ],
    # Trinidad and Tobago regional weekly, print view
    [
        [
            (
                "3/5/27, 9:14 AM    Fast ferry out until March 22 as repairs drag on | The Windward Lookout",
                "",
                "",
                "B",
            )
        ],
        [("THE WINDWARD LOOKOUT", "", "", "B")],
        [("Tobago's community weekly since 1987", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Fast ferry out until March 22 as repairs drag on", "", "", "W")],
        [
            (
                "Cargo vessel carries passengers on four sailings a day while the Cocrico Express is in dry dock",
                "",
                "",
                "W",
            )
        ],
        [("By Keisha Alleyne-Roopnarine", "", "", "B")],
        [("March 4, 2027", "", "", "B")],
        [
            (
                "Editor's note: This story first appeared in the print edition of March 4, 2027.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "SCARBOROUGH — The fast ferry Cocrico Express will stay out of service until at least March 22 while its hull is repaired in dry dock, the Port Authority of Trinidad and Tobago (PATT) said on Monday.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            )
        ],
        [
            (
                "The ferry has not sailed since February 18, when a crack was found in its port hull during a routine inspection.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Until it returns, the cargo vessel Bacolet Trader is carrying passengers as well as freight.",
                "",
                "",
                "W",
            )
        ],
        [("The Cocrico Express carries up to 850 passengers.", "", "", "W")],
        [("The Bacolet Trader is licensed for 290.", "", "", "W")],
        [
            (
                "The Port Authority said the repairs would cost about TT$4.2 million.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            )
        ],
        [
            (
                "It said the following sailings will run until the ferry returns:",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            )
        ],
        [
            (
                "Port of Spain to Scarborough: 6.30am and 2pm daily;",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            )
        ],
        [
            (
                "Scarborough to Port of Spain: 10.30am and 6pm daily;",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            )
        ],
        [
            (
                "Extra sailing on Fridays and Sundays: 9pm from Port of Spain.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            )
        ],
        [
            (
                "Tickets for cancelled Cocrico Express sailings can be used on the Bacolet Trader or refunded at the Scarborough terminal, it said.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            )
        ],
        [("Guesthouse owners are worried.", "", "", "")],
        [
            (
                "Yvonne Mc Intyre-Bacchus, who chairs the Crown Point Guesthouse Owners' Group, said its 23 members had lost 140 room-nights to cancellations since the ferry stopped.",
                "Yvonne Mc Intyre-Bacchus",
                "said",
                "W",
            ),
            (
                "“Visitors from Trinidad don't want to sit five hours on a cargo boat with the trucks,” she said.",
                "Yvonne Mc Intyre-Bacchus",
                "said",
                "",
            ),
            ("“Can you blame them?”", "Yvonne Mc Intyre-Bacchus", "said", ""),
        ],
        [("https://windwardlookout.tt/news/fast-ferry-out-until-march-22    1/2", "", "", "B")],
        [
            (
                "3/5/27, 9:14 AM    Fast ferry out until March 22 as repairs drag on | The Windward Lookout",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Tobago House of Assembly Secretary for Tourism Nigel Cudjoe-Ramsaran said the Assembly had asked for a second vessel to be chartered for the Easter weekend, which falls on March 26–29 this year.",
                "Nigel Cudjoe-Ramsaran",
                "said",
                "W",
            ),
            (
                "“Tobago cannot afford an Easter with one boat,” he said.",
                "Nigel Cudjoe-Ramsaran",
                "said",
                "",
            ),
            (
                "He said he expected an answer from the ministry by the end of the week.",
                "Nigel Cudjoe-Ramsaran",
                "said",
                "",
            ),
        ],
        [("Some passengers took it in their stride.", "", "", "")],
        [
            (
                "Ancil Thom, 71, of Plymouth, who travels to Port of Spain for dialysis three times a week, said the Bacolet Trader crew had given him a seat in the wheelhouse.",
                "Ancil Thom",
                "said",
                "",
            ),
            ("“They treat me like the captain,” he said.", "Ancil Thom", "said", ""),
            ("“But I miss the coffee on the fast ferry.”", "Ancil Thom", "said", ""),
        ],
        [
            (
                "On Wednesday morning the queue for the 10.30am sailing stretched past the vendors' stalls to the car park.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The Cocrico Express was built in 2009 and bought by the government in 2017.",
                "",
                "",
                "W",
            )
        ],
        [("It last spent time in dry dock in October 2025, for six weeks.", "", "", "W")],
        [
            (
                "Editor's note: After this edition went to press on Tuesday, the Port Authority said the Cocrico Express would return to the route on March 22, with its first sailing at 6.30am from Port of Spain.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            )
        ],
        [("Have your say: letters@windwardlookout.tt", "", "", "B")],
        [
            ("© 2027 Windward Lookout Publishing Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("https://windwardlookout.tt/news/fast-ferry-out-until-march-22    2/2", "", "", "B")],
    ],
    # Malaysian magazine, reader mode
    [
        [("serambimag.my", "", "", "B")],
        [("The last shipwrights of Pulau Duyong", "", "", "")],
        [
            (
                "On an island in the mouth of the Terengganu River, four yards still build the great wooden boats by eye, and their best customers now live on the other side of the world",
                "",
                "",
                "W",
            )
        ],
        [("Words by Nur Izzati Hamdan · Photographs by Lee Kah Wai", "", "", "B")],
        [("14 minute read", "", "", "B")],
        [("THE YARD", "", "", "")],
        [
            ("The hull is upside down, and Razali Mamat is underneath it.", "", "", ""),
            (
                "The air smells of sawdust and resin, and a radio somewhere plays dangdut.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "He is 67, and he has been building boats on Pulau Duyong since he was 12.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“My father did not draw plans,” he says, sliding out on a plank with a pencil behind his ear.",
                "Razali Mamat",
                "says",
                "",
            ),
            ("“He looked at the wood, and the wood told him.”", "Razali Mamat", "says", ""),
        ],
        [
            (
                "Razali's yard, which his father opened in 1961, employs nine men and launches one large boat a year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The boat under construction is a 62-foot perahu besar, a two-masted schooner, and it has taken 14 months so far, he says.",
                "Razali Mamat",
                "says",
                "W",
            )
        ],
        [
            (
                "The buyer, a retired engineer from Marseille, will pay about RM1.2 million for it, Razali says.",
                "Razali Mamat",
                "says",
                "W",
            )
        ],
        [
            (
                "“Every boat I build, I build as if my father is watching.” — Razali Mamat",
                "Razali Mamat",
                "—",
                "",
            )
        ],
        [("Of the 17 yards that lined the island's shore in 1985, four remain.", "", "", "W")],
        [
            (
                "The others closed or were cleared when the island was joined to Kuala Terengganu by road and the waterfront was turned into hotels and a marina.",
                "",
                "",
                "W",
            )
        ],
        [("THE WOOD", "", "", "")],
        [
            (
                "The boats are built of chengal, a dense hardwood that resists rot and shipworm, and the price has almost doubled since 2019, from RM4,800 to RM9,500 a tonne, according to the invoices Razali keeps in a biscuit tin.",
                "the invoices Razali keeps in a biscuit tin",
                "according to",
                "W",
            )
        ],
        [
            (
                "“If the price goes up again, I will have to tell the French I am sorry,” he says, and laughs.",
                "Razali Mamat",
                "says",
                "",
            )
        ],
        [
            (
                "Faridah Che Lah, who runs the yard next door with her brother, says a boat of that size needs about 40 tonnes of timber.",
                "Faridah Che Lah",
                "says",
                "W",
            )
        ],
        [
            (
                "“The young men want to work in the hotels,” she says.",
                "Faridah Che Lah",
                "says",
                "",
            ),
            ("“They don't want sawdust in their lungs.”", "Faridah Che Lah", "says", ""),
            ("“I don't blame them.”", "Faridah Che Lah", "says", ""),
        ],
        [
            (
                "Of Duyong's four yards, only hers has taken on an apprentice in the past five years.",
                "",
                "",
                "W",
            )
        ],
        [("Of the 17 yards that lined the island's shore in 1985, four remain.", "", "", "W")],
        [("THE BUYERS", "", "", "")],
        [("Most of the big boats now go abroad.", "", "", "W")],
        [
            (
                "Razali's buyer was found by a Kuala Lumpur broker, Tanjung Marine Sdn. Bhd.",
                "",
                "",
                "W",
            ),
            (
                "The firm has sold 11 Duyong boats to buyers in Europe and the Gulf since 2018, and takes a commission of 8% on each sale.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Razali does not mind who buys them, as long as they sail.", "", "", ""),
            ("What he minds is the boats that end up on dry land.", "", "", ""),
        ],
        [
            ("“A boat in a hotel lobby is a dead fish,” he says.", "Razali Mamat", "says", ""),
            (
                "“Every boat I build, I build as if my father is watching.”",
                "Razali Mamat",
                "says",
                "",
            ),
        ],
        [
            (
                "At dusk, when the call to prayer drifts across the water from the mosque on the mainland, he climbs out from under the hull and goes home.",
                "",
                "",
                "",
            )
        ],
        [
            ("Nur Izzati Hamdan is a writer based in Kuala Terengganu.", "", "", "B"),
            (
                "Her first book, on the fishing villages of the east coast, is out next year.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This article was amended on 3 May 2027 to correct the spelling of a boatyard's name.",
                "",
                "",
                "B",
            )
        ],
        [("This story appears in the May 2027 issue of Serambi.", "", "", "B")],
        [
            ("Serambi is a reader-funded magazine.", "", "", "B"),
            (
                "Become a member from RM15 a month and get four print issues a year, delivered to your door.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Serambi Live: Makers of the East Coast — 14 June 2027, 7.30pm, Kuala Lumpur.",
                "",
                "",
                "B",
            ),
            ("Tickets from RM45.", "", "", "B"),
        ],
        [("© 2027 Serambi Media Sdn. Bhd.", "", "", "B")],
    ],
    # Ugandan NGO newsroom, phone
    [
        [("☰   AKWAP WATER TRUST   DONATE", "", "", "B")],
        [("← Back to News", "", "", "B")],
        [("NEWS | 11 June 2027", "", "", "B")],
        [
            (
                "More than a third of Karamoja's boreholes are broken, survey finds",
                "The 2027 Karamoja Borehole Survey",
                "finds",
                "W",
            )
        ],
        [("By the Communications Team · 5 min read", "", "", "B")],
        [
            (
                "Women wait to collect water at a working borehole in Rengen sub-county, Kotido, in February.",
                "",
                "",
                "",
            )
        ],
        [("© Akwap Water Trust / Photo: Lokiru Peter Apalo", "", "", "B")],
        [
            (
                "The 2027 Karamoja Borehole Survey found that 231 of the 612 boreholes checked in Moroto, Kotido and Napak districts between January and March were not working, or 37.7% of the total.",
                "The 2027 Karamoja Borehole Survey",
                "found",
                "W",
            )
        ],
        [
            (
                "The three districts have a combined population of about 560,000, according to the Uganda Bureau of Statistics.",
                "the Uganda Bureau of Statistics",
                "according to",
                "W",
            )
        ],
        [
            (
                "It is the first survey to check every borehole in the three districts since 2019, when 29% were found to be broken.",
                "",
                "",
                "W",
            )
        ],
        [("Key findings", "", "", "B")],
        [
            (
                "In Kotido, 46% of boreholes were broken, the highest share of the three districts.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The most common fault was a worn-out pump rod or rising main, found at 119 of the 231 broken boreholes.",
                "",
                "",
                "W",
            )
        ],
        [("Broken boreholes had been out of use for a median of 14 months.", "", "", "W")],
        [
            (
                "Women and girls in villages with a broken borehole walked an average of 6.2 km a day for water, against 1.9 km where the borehole worked.",
                "",
                "",
                "W",
            )
        ],
        [("Download the full report (PDF, 2.4 MB)", "", "", "B")],
        [
            (
                "Akwap's country director, Agnes Nakiru Lomongin, said most breakdowns were caused by a shortage of spare parts in the districts, not by the age of the pumps.",
                "Agnes Nakiru Lomongin",
                "said",
                "W",
            ),
            (
                "“A pump rod costs less than a goat, but you have to go to Mbale to buy one,” she said.",
                "Agnes Nakiru Lomongin",
                "said",
                "",
            ),
            (
                "“Nobody should walk six kilometres because of a part that fits in a bag.”",
                "Agnes Nakiru Lomongin",
                "said",
                "",
            ),
            (
                "She called on the districts to keep spare parts in every sub-county store.",
                "Agnes Nakiru Lomongin",
                "called on",
                "",
            ),
        ],
        [
            (
                "A gift of UGX 80,000 can repair a broken handpump for a village of 300 people.",
                "",
                "",
                "B",
            ),
            ("Donate today.", "", "", "B"),
        ],
        [("DONATE NOW", "", "", "B")],
        [
            (
                "A spokesperson for the Ministry of Water and Environment said the ministry had set aside UGX 3.4 billion for borehole repairs in Karamoja in the 2027/28 budget.",
                "A spokesperson for the Ministry of Water and Environment",
                "said",
                "W",
            ),
            (
                "The spokesperson said the ministry welcomed the survey and would study its recommendations.",
                "A spokesperson for the Ministry of Water and Environment",
                "said",
                "",
            ),
        ],
        [
            (
                "Margaret Lomuria-Achia, who lives in Nakapelimoru, said the borehole in her village broke in April last year.",
                "Margaret Lomuria-Achia",
                "said",
                "",
            ),
            (
                "“We take the water from the river now, and the children get sick,” she said.",
                "Margaret Lomuria-Achia",
                "said",
                "",
            ),
            ("“When the rains fail, even the river goes.”", "Margaret Lomuria-Achia", "said", ""),
        ],
        [("Her walk to the river takes most of the morning.", "", "", "")],
        [
            (
                "The findings will be presented to the three district water offices at a meeting in Moroto on 18 June.",
                "",
                "",
                "W",
            )
        ],
        [("About the survey", "", "", "B")],
        [
            (
                "Eleven enumerators visited every borehole on the district registers in person and tested each one by pumping for five minutes.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A borehole was counted as broken if it gave no water, or less than 10 litres a minute.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The survey was paid for by the Nordvind Foundation, which had no role in the analysis.",
                "",
                "",
                "W",
            )
        ],
        [("Sign up for our newsletter to hear how your donations are used.", "", "", "B")],
        [("Email address   Subscribe", "", "", "B")],
        [("About Akwap Water Trust", "", "", "B")],
        [
            (
                "Akwap Water Trust is a Ugandan charity that has drilled or repaired more than 1,400 boreholes in Karamoja since 2009.",
                "",
                "",
                "B",
            ),
            ("Registered with the National Bureau for NGOs, Reg. No. 7741/2011.", "", "", "B"),
        ],
        [("Media enquiries: media@akwapwater.org", "", "", "B")],
        [
            ("We use cookies to understand how people use this site.", "", "", "B"),
            ("OK", "", "", "B"),
        ],
        [("Back to top ↑", "", "", "B")],
    ],
    # Sri Lankan student paper, phone
    [
        [("≡  THE MAHAWELI VOICE", "", "", "B")],
        [("Home › News › Campus", "", "", "B")],
        [("Hostel fees to rise by up to 60% from September, council decides", "", "", "W")],
        [
            (
                "Deputy Vice-Chancellor says electricity bills for the halls have more than doubled since 2023",
                "Chandima Weerakoon-Perera",
                "says",
                "W",
            )
        ],
        [("Sanduni Rathnayake-Fonseka and Ahamed Rizvi Marikkar", "", "", "B")],
        [("2 days ago · 3 min read", "", "", "B")],
        [("Share   Facebook   WhatsApp   Copy link", "", "", "B")],
        [
            ("Students queue to pay fees at the accounts branch on Monday.", "", "", ""),
            ("Photo: Kasun Liyanage-Dias", "", "", "B"),
        ],
        [
            (
                "The University Council has approved an increase in hostel fees of between 40% and 60% from the September term, the first rise since 2019.",
                "",
                "",
                "W",
            )
        ],
        [("The last increase, in 2019, was 25%.", "", "", "W")],
        [("Under the new scale, which the Voice has seen, students will pay:", "", "", "W")],
        [
            (
                "Rs. 5,400 a term for a shared room in a men's or women's hall, up from Rs. 3,600;",
                "",
                "",
                "W",
            )
        ],
        [("Rs. 7,200 a term for a single room, up from Rs. 4,800;", "", "", "W")],
        [("Rs. 9,000 a term in the postgraduate hostel, up from Rs. 6,400.", "", "", "W")],
        [
            (
                "Students who receive the Mahapola scholarship will pay the old rate for one more year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Deputy Vice-Chancellor, Prof. Chandima Weerakoon-Perera, said electricity charges for the halls had risen from Rs. 14 million in 2023 to Rs. 31 million in 2026.",
                "Chandima Weerakoon-Perera",
                "said",
                "W",
            ),
            (
                "She said the university had asked the University Grants Commission for Rs. 12 million to cover the gap and had not yet had a reply.",
                "Chandima Weerakoon-Perera",
                "said",
                "W",
            ),
            (
                "“Nobody wants to raise fees, but the university cannot keep paying the bills out of the library budget,” she said.",
                "Chandima Weerakoon-Perera",
                "said",
                "",
            ),
            ("“We have waited as long as we could.”", "Chandima Weerakoon-Perera", "said", ""),
        ],
        [("Students were not impressed.", "", "", "")],
        [
            (
                "Students' Union president Tharindu Jayasekara-Banda said the union had collected 2,300 signatures against the rise in four days.",
                "Tharindu Jayasekara-Banda",
                "said",
                "W",
            ),
            (
                "“Half the students in the halls come from families that earn less than Rs. 60,000 a month,” he said.",
                "Tharindu Jayasekara-Banda",
                "said",
                "",
            ),
            (
                "“Where is the extra money supposed to come from?”",
                "Tharindu Jayasekara-Banda",
                "said",
                "",
            ),
        ],
        [
            (
                "Dilini Herath, a second-year agriculture student from Monaragala, said she would have to give up her room in the hall and travel in from a boarding house in Kandy every day.",
                "Dilini Herath",
                "said",
                "",
            ),
            (
                "“My father is a farmer, and this year the paddy did not come,” she said.",
                "Dilini Herath",
                "said",
                "",
            ),
        ],
        [
            ("Want to write, shoot or draw for the Voice?", "", "", "B"),
            ("Come to our open meeting on Thursday at 4pm in the Arts Theatre.", "", "", "B"),
        ],
        [("The council will review the fees at its meeting on June 21.", "", "", "W")],
        [
            (
                "The union has called a meeting of hall representatives for Monday at 6pm in the Students' Centre.",
                "",
                "",
                "W",
            )
        ],
        [("READ NEXT", "", "", "B")],
        [("Arts canteen puts up rice and curry by Rs. 40 a plate", "", "", "B")],
        [("Corrections", "", "", "B")],
        [
            (
                "In our issue of April 28, we reported that the shared-room fee under discussion was Rs. 4,500 a term; the figure before the council at the time was Rs. 5,400.",
                "",
                "",
                "W",
            )
        ],
        [("We apologise for the error.", "", "", "")],
        [
            (
                "The Mahaweli Voice is published by students of the University of Peradeniya and is editorially independent of the university administration.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Comments are reviewed by student editors before they appear.", "", "", "B"),
            (
                "Please keep them civil and do not post other students' names or phone numbers.",
                "",
                "",
                "B",
            ),
        ],
        [("Like the Voice on Facebook | Follow us on Instagram", "", "", "B")],
        [("© 2027 The Mahaweli Voice", "", "", "B")],
    ],
    # Hong Kong news aggregator, AMP
    [
        [("‹ tidewire.hk", "", "", "B")],
        [("TIDEWIRE   Top Stories   Hong Kong   World   Markets", "", "", "B")],
        [("Public housing wait rises to 5.9 years as applications climb", "", "", "W")],
        [("TOP STORY", "", "", "B")],
        [("4 sources · Updated 2h ago", "", "", "B")],
        [("AI SUMMARY", "", "", "B")],
        [
            (
                "This summary was written by AI from the articles below and checked by a Tidewire editor.",
                "",
                "",
                "B",
            ),
            ("It may contain errors.", "", "", "B"),
        ],
        [
            (
                "The average waiting time for general applicants for public rental housing rose to 5.9 years at the end of March, from 5.5 years a year earlier, the Housing Authority said on Thursday.",
                "the Housing Authority",
                "said",
                "W",
            )
        ],
        [
            (
                "About 131,500 general applications were on the waiting list, up 4% on the year.",
                "the Housing Authority",
                "said",
                "W",
            )
        ],
        [("The government's target is an average wait of three years.", "", "", "W")],
        [
            (
                "The Housing Department said 16,200 flats would be completed in 2027-28, 2,900 fewer than planned, because of piling delays at two sites in Tuen Mun.",
                "the Housing Department",
                "said",
                "W",
            )
        ],
        [
            (
                "Several lawmakers called the figures “deeply disappointing”.",
                "Several lawmakers",
                "called",
                "",
            )
        ],
        [
            (
                "The department said supply would pick up from 2029, when the first flats at two new sites in the Northern Metropolis are due.",
                "The department",
                "said",
                "",
            )
        ],
        [
            (
                "Editor's note: The Housing Authority revised the waiting time for elderly one-person applicants from 3.9 to 4.1 years on Friday, and this summary has been updated.",
                "",
                "",
                "W",
            )
        ],
        [("Why you're seeing this: you follow Housing and Hong Kong.", "", "", "B")],
        [("SOURCES", "", "", "B")],
        [("Harbour Daily Post · 3h", "", "", "B")],
        [("Housing wait hits 5.9 years, longest since 1999", "", "", "B")],
        [
            (
                "The average wait for a public rental flat has risen for the fourth quarter in a row, with general applicants now waiting 5.9 years, according to figures released by the Housing Authority on Thursday.",
                "figures released by the Housing Authority on Thursday",
                "according to",
                "W",
            )
        ],
        [("Read full story ›", "", "", "B")],
        [("Victoria Harbour Times · 4h", "", "", "B")],
        [("‘Families can't wait six years’: lawmakers slam flat shortfall", "", "", "B")],
        [
            (
                "“Families in subdivided flats cannot wait six years for a home,” said legislator Tse Hoi-lam, who chairs the Legislative Council's housing panel.",
                "Tse Hoi-lam",
                "said",
                "",
            ),
            (
                "He said the number of households living in subdivided units had reached about 114,000.",
                "Tse Hoi-lam",
                "said",
                "W",
            ),
            (
                "“The government keeps telling us the flats are coming,” he said.",
                "Tse Hoi-lam",
                "said",
                "",
            ),
            ("“When?”", "Tse Hoi-lam", "said", ""),
        ],
        [("Read full story ›", "", "", "B")],
        [("Government press release · 5h", "", "", "B")],
        [("Public rental housing waiting list figures as at end-March 2027", "", "", "B")],
        [
            (
                "The average waiting time for elderly one-person applicants was 3.9 years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Of the 16,200 flats due for completion in 2027-28, 6,800 are in Kwai Tsing and 4,100 in Tuen Mun.",
                "",
                "",
                "W",
            )
        ],
        [("Read full story ›", "", "", "B")],
        [("Pearl Delta Wire · 6h", "", "", "B")],
        [("Hong Kong public housing queue grows again as supply lags", "", "", "B")],
        [
            (
                "Hong Kong's average wait for public housing has more than doubled since 2012, when it stood at 2.7 years.",
                "",
                "",
                "W",
            )
        ],
        [("Read full story ›", "", "", "B")],
        [("Follow Housing   +", "", "", "B")],
        [("Report a problem with this summary", "", "", "B")],
        [("Get the Tidewire app for the day's top stories in one place.", "", "", "B")],
        [("© 2027 Tidewire Ltd. · About · Privacy · Terms", "", "", "B")],
        [("View original page", "", "", "B")],
    ],
    # Namibian newsletter platform, email client
    [
        [("From: Ndapewa at The Namib Media Letter <namibmedialetter@quillpost.com>", "", "", "B")],
        [("To: me", "", "", "B")],
        [("Date: Tue, 8 Jun 2027, 06:30", "", "", "B")],
        [("Subject: The Ledger's paywall, one month in", "", "", "B")],
        [("View in browser", "", "", "B")],
        [("Forwarded this email? Subscribe here for more", "", "", "B")],
        [
            (
                "The Ledger's paywall, one month in: 6,200 paying readers and a closed newsletter",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "What Namibia's oldest daily learned from asking readers to pay, and what it still doesn't know",
                "",
                "",
                "",
            )
        ],
        [("Ndapewa Shilongo-Kruger", "", "", "B")],
        [("Jun 8 · 7 min read", "", "", "B")],
        [("▶ Listen · 7:40", "", "", "B")],
        [
            (
                "This issue is supported by Etosha Print Works, printers to Namibia's community papers since 1998.",
                "",
                "",
                "B",
            )
        ],
        [("Hi everyone,", "", "", "")],
        [
            (
                "On May 1, The Windhoek Ledger put most of its website behind a paywall, charging N$79 a month or N$790 a year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In the first month, 6,200 readers paid to subscribe, the paper's publisher, Helmut Garoëb-Stein, told me on Friday.",
                "Helmut Garoëb-Stein",
                "told me",
                "W",
            )
        ],
        [
            (
                "That is more than the 4,000 the Ledger had budgeted for by the end of June, according to a business plan seen by this newsletter.",
                "a business plan seen by this newsletter",
                "according to",
                "W",
            )
        ],
        [
            ("“We were braced for a riot,” he said.", "Helmut Garoëb-Stein", "said", ""),
            ("“We got a queue.”", "Helmut Garoëb-Stein", "said", ""),
            ("“Not a long one, but a queue.”", "Helmut Garoëb-Stein", "said", ""),
        ],
        [
            (
                "Page views fell 38% in May compared with April, according to figures the Ledger shared with advertisers.",
                "figures the Ledger shared with advertisers",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Ledger also closed its free morning newsletter on May 1; it had 41,000 subscribers, and readers who want a daily email now have to pay.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Readers must now sign in to read more than two articles a week, and the Ledger's app asks for an account for everything except the front page.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In the first week, readers who cleared their cookies could get round the meter; the Ledger closed that gap on May 9 by making everyone sign in.",
                "",
                "",
                "W",
            )
        ],
        [("Here is how the month went, in numbers:", "", "", "")],
        [("1,900 subscribers signed up on May 1, the first day.", "", "", "W")],
        [
            (
                "Teachers and students can subscribe for N$30 a month with a school or university email address, and 740 did.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Cancellations in the first month: 310, most of them after the free week ended.",
                "",
                "",
                "W",
            )
        ],
        [("Not everyone is happy, of course.", "", "", "")],
        [
            (
                "One reader in Rundu wrote to me to say she had read the Ledger every morning for 30 years and would not pay “for what used to be free on the radio”.",
                "",
                "",
                "",
            )
        ],
        [("What does it mean for everyone else?", "", "", "")],
        [
            (
                "The Ledger's editor, Martha Iipinge-Louw, said in a note to readers on May 1 that the paper had lost N$6.3 million over the previous three years.",
                "Martha Iipinge-Louw",
                "said in a note to readers",
                "W",
            ),
            ("“Free was never free,” she wrote.", "Martha Iipinge-Louw", "wrote", ""),
        ],
        [
            (
                "Its rival, the Coast Mirror in Swakopmund, charges N$45 a month and lets readers see five free articles a week.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Johanna Nakale-Visser, who edits the Coast Mirror, told me she had no plans to tighten the meter this year.",
                "Johanna Nakale-Visser",
                "told me",
                "",
            ),
            (
                "“We'll watch the Ledger and learn from its mistakes,” she said.",
                "Johanna Nakale-Visser",
                "said",
                "",
            ),
        ],
        [("My own view: the Ledger got the price right and the timing wrong.", "", "", "")],
        [
            (
                "May is when families pay school fees, and nobody I spoke to in Oshakati had N$79 to spare.",
                "",
                "",
                "",
            )
        ],
        [("That's it for this week.", "", "", "")],
        [("— Ndapewa", "", "", "B")],
        [
            (
                "A quick note: The Namib Media Letter is free, and I want to keep it that way.",
                "",
                "",
                "B",
            ),
            (
                "If you can, a paid subscription (N$50 a month) pays for the reporting and keeps it free for everyone else.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Thanks for reading The Namib Media Letter!", "", "", "B"),
            ("Subscribe for free to receive new posts and support my work.", "", "", "B"),
        ],
        [("Like   Comment   Restack", "", "", "B")],
        [("© 2027 Ndapewa Shilongo-Kruger", "", "", "B")],
        [("Quillpost, PO Box 4471, Cape Town 8000", "", "", "B")],
        [("Unsubscribe   Get the app   Start writing", "", "", "B")],
    ],
    # Botswana government press room, print view
    [
        [
            (
                "11/06/2027, 10:02    New Board of Directors for the Water Utilities Corporation | Government of Botswana",
                "",
                "",
                "B",
            )
        ],
        [("REPUBLIC OF BOTSWANA", "", "", "B")],
        [("Ministry of Lands and Water Affairs", "", "", "B")],
        [("Home › Press Room › Press Releases", "", "", "B")],
        [("Setswana | English", "", "", "B")],
        [("PRESS RELEASE", "", "", "B")],
        [
            (
                "Minister appoints new Board of Directors for the Water Utilities Corporation",
                "",
                "",
                "W",
            )
        ],
        [("Date: 11 June 2027", "", "", "B")],
        [
            (
                "GABORONE — The Minister of Lands and Water Affairs, Hon. Kefilwe Mmusi-Tlhako, has appointed a new Board of Directors for the Water Utilities Corporation (WUC) for a term of three years, in terms of Section 5 of the Water Utilities Corporation Act.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The new Board replaces the interim Board appointed in November 2026, whose term ends on 30 June 2027.",
                "",
                "",
                "W",
            )
        ],
        [("The members of the new Board are:", "", "", "")],
        [
            (
                "Chairperson: Ms Onalenna Sebego-Kgari, chartered accountant and former Deputy Accountant General;",
                "",
                "",
                "W",
            )
        ],
        [("Deputy Chairperson: Mr Tshepiso Modise-Ramotswa, civil engineer;", "", "", "W")],
        [("Member: Dr Lorato Keakile-Ntsima, hydrologist, University of Botswana;", "", "", "W")],
        [
            (
                "Member: Mr Kabelo Segwai-Mothibi, Deputy Permanent Secretary, Ministry of Finance (ex officio);",
                "",
                "",
                "W",
            )
        ],
        [("Member: Ms Neo Phuthego-Baitshepi, Town Clerk, Francistown City Council;", "", "", "W")],
        [
            (
                "Member: Mr Gaone Ramaabya-Ditshwanelo, farmer and chairperson of the Kgatleng Livestock Farmers' Association.",
                "",
                "",
                "W",
            )
        ],
        [("The appointments take effect on 1 July 2027.", "", "", "W")],
        [
            (
                "The Minister said non-revenue water, the water lost to leaks, theft and faulty meters, had reached 36 per cent of the Corporation's production in 2026/27, against a target of 20 per cent.",
                "Kefilwe Mmusi-Tlhako",
                "said",
                "W",
            ),
            (
                "She said the Board's first task would be to bring that figure down, starting in Gaborone and Francistown.",
                "Kefilwe Mmusi-Tlhako",
                "said",
                "",
            ),
        ],
        [
            (
                "“Every litre we lose is a litre a family in Mahalapye or Tsabong does not get,” the Minister said.",
                "Kefilwe Mmusi-Tlhako",
                "said",
                "",
            ),
            (
                "“I expect this Board to be judged on that number.”",
                "Kefilwe Mmusi-Tlhako",
                "said",
                "",
            ),
        ],
        [
            (
                "The incoming Chairperson, Ms Sebego-Kgari, said she was honoured by the appointment and looked forward to working with the Corporation's staff.",
                "Onalenna Sebego-Kgari",
                "said",
                "",
            ),
            (
                "“Water is the one service nobody can do without,” she said.",
                "Onalenna Sebego-Kgari",
                "said",
                "",
            ),
        ],
        [
            (
                "The Corporation supplied 142 million cubic metres of water in 2026/27, of which about 51 million cubic metres was lost before it reached a paying customer.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Board will hold its first meeting on 8 July 2027 at the Corporation's head office in Gaborone.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Minister thanked the members of the outgoing interim Board for their service.",
                "",
                "",
                "",
            )
        ],
        [("Notes to Editors", "", "", "B")],
        [
            (
                "1. Under the Act, a member of the Board may serve no more than two consecutive terms.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "2. Photographs of the new Board members are available from the Public Relations Unit on request.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Issued by: Public Relations Unit, Ministry of Lands and Water Affairs, Private Bag 00434, Gaborone.",
                "",
                "",
                "B",
            )
        ],
        [("Tel: +267 360 0555 | Email: pru.mlwa@gov.bw", "", "", "B")],
        [("ENDS", "", "", "B")],
        [("Was this page helpful?   Yes   No", "", "", "B")],
        [("Last updated: 11 June 2027", "", "", "B")],
        [("Related press releases", "", "", "B")],
        [("Water restrictions lifted in Greater Gaborone", "", "", "B")],
        [("Call for applications: Water Sector Graduate Internship 2027", "", "", "B")],
        [("© 2027 Government of Botswana.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Disclaimer | Privacy Notice | Accessibility", "", "", "B")],
        [
            (
                "https://www.gov.bw/press-releases/new-board-water-utilities-corporation    1/1",
                "",
                "",
                "B",
            )
        ],
    ],
]

CASES = [
    (
        "n165-za-pty-ltd-rights",
        "© 2027 Southern Atlantic Dispatch Media (Pty) Ltd. All rights reserved.",
        ["© 2027 Southern Atlantic Dispatch Media (Pty) Ltd.", "All rights reserved."],
    ),
    (
        "n165-za-timeline-am-ends",
        "June 2: The intrusion is detected at 3.40 a.m. Staff are locked out of the system by 9 a.m.",
        [
            "June 2: The intrusion is detected at 3.40 a.m.",
            "Staff are locked out of the system by 9 a.m.",
        ],
    ),
    (
        "n165-za-settings-path-ends",
        "To check, sign in and open Settings > Privacy. The option is near the bottom of the screen.",
        [
            "To check, sign in and open Settings > Privacy.",
            "The option is near the bottom of the screen.",
        ],
    ),
    (
        "n165-nz-version-ends",
        "The fix is in version 4.0.2. It was released on Tuesday night.",
        ["The fix is in version 4.0.2.", "It was released on Tuesday night."],
    ),
    (
        "n165-nz-ai-disclaimer",
        "These key points were produced with the help of an AI tool. A journalist checked them before publication.",
        [
            "These key points were produced with the help of an AI tool.",
            "A journalist checked them before publication.",
        ],
    ),
    (
        "n165-nz-correction-semicolon",
        "Correction: This story originally said the gauge was at Taradale; it is upstream at Puketapu.",
        [
            "Correction: This story originally said the gauge was at Taradale; it is upstream at Puketapu."
        ],
    ),
    (
        "n165-sg-pte-ltd-ends",
        "The deliveries were made by Jurong Straits Bunkering Pte. Ltd. The company has two methanol-capable tankers.",
        [
            "The deliveries were made by Jurong Straits Bunkering Pte. Ltd.",
            "The company has two methanol-capable tankers.",
        ],
    ),
    (
        "n165-sg-usd-decimal",
        "Methanol was assessed at US$598.50 a tonne. Fuel oil averaged US$560.25.",
        ["Methanol was assessed at US$598.50 a tonne.", "Fuel oil averaged US$560.25."],
    ),
    (
        "n165-sg-event-advert",
        "Join 400 delegates at the Straits Fuel Transition Summit on 3–4 October. Early-bird tickets end on 15 August.",
        [
            "Join 400 delegates at the Straits Fuel Transition Summit on 3–4 October.",
            "Early-bird tickets end on 15 August.",
        ],
    ),
    (
        "n165-jm-one-line-turns",
        "She did not scream. She called her son.",
        ["She did not scream.", "She called her son."],
    ),
    (
        "n165-jm-am-ends",
        "The reptile was caught at 3 a.m. It was taken to a sanctuary in St Elizabeth.",
        ["The reptile was caught at 3 a.m.", "It was taken to a sanctuary in St Elizabeth."],
    ),
    (
        "n165-jm-exclamation-said",
        "“Mi run straight home!” said the vendor, 52.",
        ["“Mi run straight home!” said the vendor, 52."],
    ),
    (
        "n165-ng-ltd-said",
        "Harmattan Cables Ltd. said its revenue rose 12.4% to ₦38.9 billion in the quarter.",
        ["Harmattan Cables Ltd. said its revenue rose 12.4% to ₦38.9 billion in the quarter."],
    ),
    (
        "n165-ng-naira-bullets",
        "Revenue rose 28.5% to ₦96.1 billion. Profit after tax was ₦11.7 billion.",
        ["Revenue rose 28.5% to ₦96.1 billion.", "Profit after tax was ₦11.7 billion."],
    ),
    (
        "n165-ng-pm-wat-mid",
        "The call will start at 3:00 p.m. West Africa Time on May 6. Dial-in details are on the company's website.",
        [
            "The call will start at 3:00 p.m. West Africa Time on May 6.",
            "Dial-in details are on the company's website.",
        ],
    ),
    (
        "n165-tt-co-ltd-rights",
        "© 2027 Speyside Press Co. Ltd. All rights reserved.",
        ["© 2027 Speyside Press Co. Ltd.", "All rights reserved."],
    ),
    (
        "n165-tt-sailings-semicolon",
        "Port of Spain to Scarborough: 7am and 3pm daily; Scarborough to Port of Spain: 11am and 7pm daily.",
        [
            "Port of Spain to Scarborough: 7am and 3pm daily; Scarborough to Port of Spain: 11am and 7pm daily."
        ],
    ),
    (
        "n165-tt-editors-note-fact",
        "Editor's note: After this edition went to press, the ferry returned to service. Its first sailing left Port of Spain at 6.30am on Monday.",
        [
            "Editor's note: After this edition went to press, the ferry returned to service.",
            "Its first sailing left Port of Spain at 6.30am on Monday.",
        ],
    ),
    (
        "n165-my-sdn-bhd-ends",
        "The order came through a broker in Kuala Besut, Pantai Timur Craft Sdn. Bhd. The firm has sold nine boats abroad.",
        [
            "The order came through a broker in Kuala Besut, Pantai Timur Craft Sdn. Bhd.",
            "The firm has sold nine boats abroad.",
        ],
    ),
    (
        "n165-my-pull-quote-dash",
        "“The wood tells you where to cut.” — Zulkifli Awang Senik",
        ["“The wood tells you where to cut.” — Zulkifli Awang Senik"],
    ),
    (
        "n165-my-ringgit-pm",
        "Tickets cost RM45. Doors open at 7.30pm.",
        ["Tickets cost RM45.", "Doors open at 7.30pm."],
    ),
    (
        "n165-ug-reg-no-mid",
        "Registered with the National Bureau for NGOs, Reg. No. 5120/2014. Media enquiries are welcome.",
        [
            "Registered with the National Bureau for NGOs, Reg. No. 5120/2014.",
            "Media enquiries are welcome.",
        ],
    ),
    (
        "n165-ug-km-decimal",
        "Girls walked 5.8 km a day on average. Where the pump worked, they walked 1.6 km.",
        ["Girls walked 5.8 km a day on average.", "Where the pump worked, they walked 1.6 km."],
    ),
    (
        "n165-lk-rs-mid",
        "Students will pay Rs. 6,000 a term for a single room. The old rate was Rs. 4,200.",
        ["Students will pay Rs. 6,000 a term for a single room.", "The old rate was Rs. 4,200."],
    ),
    (
        "n165-lk-prof-mid",
        "The Dean, Prof. Nirmala Wijesundara-Silva, said the canteen would reopen on Monday.",
        ["The Dean, Prof. Nirmala Wijesundara-Silva, said the canteen would reopen on Monday."],
    ),
    (
        "n165-lk-question-then-sentence",
        "“Where is the money supposed to come from? We are not all rich,” he said.",
        ["“Where is the money supposed to come from?", "We are not all rich,” he said."],
    ),
    (
        "n165-hk-hkd-decimal",
        "The flats will cost HK$2.35 million on average. Sales start on Friday.",
        ["The flats will cost HK$2.35 million on average.", "Sales start on Friday."],
    ),
    (
        "n165-hk-question-asked",
        "“When?” he asked. Nobody in the room answered.",
        ["“When?” he asked.", "Nobody in the room answered."],
    ),
    (
        "n165-na-nad-prices",
        "Readers pay N$79 a month. Students pay N$30 with a school email address.",
        ["Readers pay N$79 a month.", "Students pay N$30 with a school email address."],
    ),
    (
        "n165-bw-hon-mid",
        "The Minister, Hon. Tebogo Mokgosi-Ramolefe, signed the order on 14 June. It takes effect on 1 July.",
        [
            "The Minister, Hon. Tebogo Mokgosi-Ramolefe, signed the order on 14 June.",
            "It takes effect on 1 July.",
        ],
    ),
]
