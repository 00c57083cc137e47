"""Held-out hand-labelled pages for the hint engines (set 10): twelve pastes of a newsroom's week.

Written from scratch as a HELD-OUT set, never to be tuned on, without opening the engine's code
(`claimreview/`), its output, the scorer (`tests/text/hint_scores.py`) or any test file, and
without running anything but an import check: the format and the conventions were read only from
the docstring and the first pages of `labelled_new.py`, the `build` helper of
`labelled_articles.py`, the docstrings of `labelled_new2.py` to `labelled_new15.py` and of
`labelled_heldout7.py` to `labelled_heldout9.py`, the shape of `labelled_heldout9.py` (its STYLES,
the head and tail of its ARTICLES and its HELDOUT_CASES), the STYLES lists of the other sets and
the head of `segmentation_new2.py`. Every person, town, outlet, company, party, team, school,
hospital, agency, product and number is invented (a few countries, two US states, currencies, units
and time zones appear only as places and units), and no surname, town or outlet of the earlier
`tests/text/*.py` files is reused (each was checked with grep; first names may recur). The
furniture is worded afresh, in phrases the earlier sets do not use.

The twelve pieces are what a newsroom checks in an ordinary week, pasted as a new user pastes
them: nine whole pages head to tail with their furniture (a UK national newspaper's energy-bills
story behind a pay-or-consent layer, an Australian site's live blog of a Senate committee hearing,
a US metro paper's state test results with a chart table and a correction, a Pakistani daily's
electricity-tariff story with a bilingual picker, a Ugandan daily's school-grants story with a
mobile-money paywall mid-story, a parliament's Hansard proof of question time, a cycling site's
stage report with results tables, a Sri Lankan daily's dengue story with a fact panel, and a local
democracy reporter's thread pasted from a social platform with its replies and sidebars) and three
pieces of cleaner copy (international wire copy with an "EXCLUSIVE-" headline built on documents
and anonymous sources, a New Zealand site's interview with first-name prefixes on both sides, and
an Australian news agency's rents story). The points of stress are who is speaking (roles before
names, appositions, pronouns among several people of the same sex, quotes over several sentences,
organisations, documents, data and anonymous people as sources, chamber labels, name-and-colon
prefixes) and honest check-worthiness, with ordinary borderline sentences both ways (a reporter's
arithmetic check, a definition, a vague promise, a document's forecast, a one-word answer, a
question with figures in it). `STYLES` names the kind and story of each piece, in order, and what
makes it hard.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines, so every
furniture line is a paragraph of its own); each paragraph a list of sentences
`(text, speaker, cue, flags)`, flags "W", "B" or "". Every point settled in `labelled_new2.py` to
`labelled_new15.py` and `labelled_heldout7.py` to `labelled_heldout9.py` holds: titles, honorifics,
ranks, role words and post-nominals dropped from speakers; a pronoun, a later surname, a first name
or a role standing for a person named in the text resolved to the full name as first given; bodies,
groups, documents, data and short forms kept as written, a descriptor before a proper name dropped,
"it" for an organisation resolved to its name as first given; "according to X" -> X; "declined to
comment", "declined to say", "would not say" and "did not respond" labelled like speech with flags
""; quotes over several sentences carry the quote's speaker and cue; a headline or standfirst source
that is a role carries the person's full name, a body or document is kept as written, and a headline
that states an act carries no speaker; a sentence that brings a person in without a reporting verb
carries no speaker; plans, votes, schedules and results "W", forecasts, hopes and vague promises "",
a forecast cited from a document "W"; a reporter's note of what a source left out ""; captions by
content, credits "B"; standfirsts and entry headlines labelled like headlines, question headings "";
live-blog stamps, entry bylines, welcome and "what we know" lead-ins and the key-moments list "B",
embedded posts with the account holder and the cue "posted" (lead-in line included, flags ""),
handle, date and counts "B"; fact-panel headings "B" with each "Label: value" line by content; data
rows "" under a "B" heading and header row, a chart's title ""; Q&A answers carry the interviewee
with the prefix as cue, questions no speaker unless they cite a source, a one-word answer that
commits to something checkable "W"; transcript labels as cues with the speaker's full name in
ordinary case; bylines, date lines, mastheads and slogans, menus, widgets, paywall, newsletter and
consent blocks, related and most-commented lists, tags, author lines, reader-service lines and
advice to readers, comment furniture and readers' comments, wire credits, exchange-rate notes and
copyright and registration lines "B", one "B" sentence per full stop and one for several items glued
on a line; datelines part of the first sentence; factual corrections "W".

Conventions this set had to settle, in the same spirit:

* A pay-or-consent layer ("accept tracking and read free, or go ad-free for £2.49 a month") is "B"
  line by line, its price and its partner count included, like any consent or paywall block.
* A wire headline's "EXCLUSIVE-" prefix is part of the headline, labelled by content, like
  "UPDATE 2-". Anonymous sources are kept as written ("Three people familiar with the matter",
  "one of the people", "A second person"); a document "seen by" the agency is kept as written with
  its description ("an internal restructuring plan seen by Meridel"), and a later "The 46-page plan
  ... proposes" carries "The 46-page plan" with the cue "proposes" (appositions trimmed). The
  agency's own analysis ("A Meridel analysis of published schedules shows") is a source like
  "ship-tracking data compiled by ...". The wire's own "Its contents have not been reported before."
  is "" (about the reporting, not a claim a reviewer checks). "did not respond to emailed questions"
  and "did not respond to our inquiries" keep the whole phrase as cue.
* A hearing live blog: a senator's quoted question with "asked" carries the senator by full name,
  flags ""; "The chair pointed out ..." resolves to the chair's full name with the cue "pointed
  out"; an entry headline "Chair calls for ..." carries the chair's full name and the cue "calls
  for", flags "" (a call is a position); a stamp glued to the entry byline on one line ("4.52pm ·
  Name") is ONE "B" sentence.
* An interview whose BOTH sides are prefixed by first names ("Mereana:", "Tipene:"): the intro says
  which is the interviewer, whose turns carry no speaker unless they cite a source ("Your own
  long-term plan says", "Councillor X says", "The government says"); the interviewee's turns carry
  his full name with the prefix as cue, also for what he reports others told him ("Our engineers
  told us ...") and for a paragraph that continues the answer without a prefix. An interviewer's
  bare fragment ("Eleven point eight per cent.") is "".
* A parliament's Hansard page: the member's label is glued to the first sentence of the speech and
  is the cue as written, constituency, role and time included ("Mr PERCIVAL DEWSNAP
  (Stavelock—Leader of the Opposition) (14:02):"), and a later "Ms DARRACOTT:" resolves to the full
  name; the speaker is written in ordinary case, as in TV transcripts. "The SPEAKER:" is "The
  Speaker" (no name given), "Honourable members:" and "An honourable member:" are kept as written
  in ordinary case; their calls ("Order!", "Hear, hear!", "Rubbish!") and points of order are "". A
  member's question in the chamber is "" even with figures in it; the statement of figures before
  it is labelled by content. Tabling a named report in the chamber is a statement of record, "W".
  The "PROOF" label and its notice, "Members interjecting.", "Questions Without Notice" and
  "Supplementary question" headings, the "Cite this: ..., p. 1187" line (one sentence: a page
  designation never ends one) and the download, alert and navigation lines are "B"; a question's
  topic heading ("Rental Bond Loans") is "" like a topic subhead.
* A cycling stage report: the stage bar ("Stage 5 · A → B · 148.6km (shortened)") is a data line,
  ""; each numbered result row is a data row "" (its "s.t." and "+0:38" part of it) under a "B"
  heading; a headline of a rider's surname and a win is "W" with no speaker; what the race jury did
  (a fine) carries no speaker and is "W"; "X, speaking through a team translator, said" carries X
  with the cue "said" (the participle is context, like an "Asked about ..." opener).
* A Sri Lankan page: initials that are part of a name stay ("W. M. Priyantha Ekanayake", "K. A.
  Dilrukshi Madugalle"); "Brigadier", "Medical Officer of Health" and "Hospital director" are
  dropped; "Rs." inside a sentence never ends it; the "Views: 2,418" counter and the "Font size"
  control are "B"; a passive advice line ("The public is advised to ...") with no source is "B",
  like advice to readers; "The Pothugoda Pradeshiya Sabha's secretary said" keeps the role as
  written (no name given), like "A spokesperson for ...".
* A Ugandan page: "Rt. Hon.", "Hon.", "Dr", "Ms", "Mr" and the role "Woman MP" are dropped; what
  the Speaker of Parliament "directed" is what a presiding officer did, no speaker, "W"; a paywall
  priced in mobile money is "B" line by line; a headline "... as ministry blames late release"
  carries "ministry" as written with the cue "blames".
* A Pakistani page: "Hajji" is dropped like "Alhaji"; "English | اردو" is a language picker, "B";
  "Published in The Noonday Post, June 30th, 2026" and "Comments (31) Closed" are "B"; a sentence in
  which the reporter checks a source's figure against records ("..., according to authority records,
  which bears out his figure.") carries the records as speaker, "W"; without a cited source ("That
  compares the new cap with ...") it carries no speaker, "W".
* A thread pasted from a social platform: the reporter's own posts carry no speaker (they are the
  outlet's reporting), and the thread counter at the end of a post ("2/", "10/10") is part of the
  post's last sentence, like a footnote marker; a thread emoji opening the first post is part of its
  sentence. "Kettleworth: “...”" inside a post is a name prefix, the cue as written with the
  speaker's full name. "A man in the public gallery shouts “...”" carries him as written with the
  cue "shouts", flags "". Display name and handle lines, time and view lines, the bare engagement
  numbers, "Replying to ...", every reply (even the council's own), "Show more replies", the
  "Relevant people" card with the bio, trends and the platform footer are "B"; the reporter's
  "Full story ... later tonight." line is "B" like a promo.
* A minister who "blamed the rise on ..." carries the cue "blamed"; a causal claim that can be
  checked against the regulator's own figures is "W". A campaigner's "called for ..." is a
  position, "", even when it names a group of households.
* A definition of how a rule works ("The cap limits the unit price ... rather than the total a
  household pays.") is "", like a glossary definition; a rule stated as an obligation with a number
  ("Suppliers must write to customers at least 30 days before ...") is "W".

`HELDOUT_CASES` holds 20 sentence-split cases in the format of `labelled_heldout9.HELDOUT_CASES`
(id, text, expected sentences), written the same way: what a reviewer wants, not what the engine
does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "UK national newspaper's web page, energy price cap rise (pay-or-consent layer first, masthead slogan, says-regulator standfirst, glued gift/save/listen strip, 'it' for the regulator, chief executive's quote over three sentences, newsletter box mid-story, minister who 'blamed', opposition spokesman with the reporter's arithmetic check, charity head whose 'she' follows the minister's, forecast by analysts, definition of the cap, topic list, follow prompt, most-commented list, press-regulator and registration footer)",
    "International wire copy, exclusive on a state airline's restructuring ('EXCLUSIVE-' headline, documents-show, plan seen by the agency, '46-page plan ... proposes', three people familiar, 'one of the people', 'a second person', did not respond to emailed questions, ministry spokesperson, minister told parliament then a note of what he left out, document's forecast, agency analysis, union leader, inverted analyst quote, annual report, exchange-rate note, credits, standards line)",
    "Australian news site's live blog of a Senate committee hearing on a telco outage (role headline 'chief executive admits', key-moments list, stamp and byline glued on one line, chair named then 'The chair', chief operating officer 'Asked by Senator ...', senator's quoted question with 'asked', chief executive's 'she' after the senator's, written submission as a source, definition, embedded regulator post with a lead-in line, minister 'would not say', welcome and what-we-know lines, acknowledgement, ABN footer)",
    "New Zealand news site's interview with a mayor (quoted headline, intro naming both people, first-name prefixes on both sides, interviewer's fragment and factual statement, questions citing the council's own plan, a councillor and the government, answer paragraph without a prefix, 'Our engineers told us' inside an answer, one-word answer, correction of the interviewer's figure, submissions line, funding and supporter lines)",
    "US metro newspaper's web page, state reading test results (weather strip, results-show headline, glued published/updated line with 'a.m. CT Sept.', funding note, 'called ... and said', superintendent's quote with a checkable second sentence, chart title and data rows, union president named by role first and by name in the next sentence, three women quoted in turn, spokesperson, professor, parent and son by first name, board vote, two-sentence correction, reporter contact, privacy footer, 'Co.' before the rights line)",
    "Pakistani English-language daily's web page, electricity tariff rise (bilingual language picker, staff-reporter byline, determination as a source, minister's 'which she said', quote over two sentences, 'she added' forecast, Read: link, lender's staff report, senator's figure checked against records, traders' alliance and its president with Hajji, tailor's quote, officials speaking anonymously, print-edition line, closed comments notice, editor's picks, '(Pvt) Ltd.')",
    "Ugandan daily's web page, school capitation grants delayed (date strip, trending strip, Premium label, 'ministry blames' headline, head teachers as a group source, Permanent Secretary with Dr, finance spokesperson with Ms contradicting him, head teacher's quote over three sentences, mobile-money paywall mid-story, parents, Woman MP and Hon., Speaker with Rt. Hon. who 'directed', alliance 'said in a statement signed by', 'It said', did not respond to our inquiries, statistical abstract, tags, comment disclaimer)",
    "Australian national news agency's copy, rents and vacancy rates (per-cent headline, byline with agency, data firm as source, research director, Treasurer then opposition spokeswoman both 'she', tenant advocates, chief executive with Ms, central bank statement 'noted', firm's figures show, estate agent's career years, release date, agency sign-off and slug)",
    "Parliament's Hansard proof of question time (site navigation, PROOF notice, member labels glued to speeches with constituency, role and time, later surname labels, the Speaker's calls to order, members' interjections, a question with figures, a Premier's answer confirming a figure, supplementary question, minister tabling a report, backbencher's friendly question, point of order, citation line with p., alerts and update lines)",
    "Cycling website's stage report (spoiler notice, section crumbs, surname-and-win headline, standfirst, 'Words: | Photos:' byline, stage bar as a data line, organisers as source, what the organisers and the race jury did, sports director's quote over three sentences, rider 'speaking through a team translator', rival's pronoun, race doctor, prefecture's estimate, forecast of a bunch sprint, stage and general-classification tables with s.t. and time gaps, membership and discount-code lines)",
    "Sri Lankan English-language daily's web page, dengue surge (date strip, font-size control, views counter, surveillance unit then 'the unit', director with Dr., quote over two sentences, 'at a glance' fact panel, medical officer with initials in his name, Rs. mid-sentence, Brigadier, nurses as a group source, hospital director told the Courier, residents complained, mother with initials, council secretary by role, passive advice line, moderation notice, '(Pvt) Ltd.')",
    "Local democracy reporter's thread pasted from a social platform, council budget night (page title and Conversation label, name and handle lines, thread emoji, thread counters glued to the end of posts, council leader 'says' then a surname-and-colon quote, opposition leader, 'His amendment' without a speaker, vote lines, heckler in the public gallery 'shouts', result post in three sentences, engagement numbers, replies from a resident and the council, relevant-people card, trends, platform footer)",
]

ARTICLES = [
    [  # 1. UK national newspaper's web page: energy price cap rise
        [("Your privacy, your choice", "", "", "B")],
        [("To keep reading the Quillane Standard for free, let us and our 212 advertising partners use cookies and similar technologies to show you personalised ads.", "", "", "B")],
        [("Rather not be tracked?", "", "", "B"),
         ("Go ad-free for £2.49 a month and cancel whenever you like.", "", "", "B")],
        [("Accept and read for free", "", "", "B")],
        [("Go ad-free", "", "", "B")],
        [("Already ad-free?", "", "", "B"),
         ("Sign in here", "", "", "B")],
        [("The Quillane Standard", "", "", "B")],
        [("Independent voices since 1911", "", "", "B")],
        [("News   Money   Politics   Climate   World   Sport   Culture   Lifestyle   Puzzles", "", "", "B")],
        [("Money ⟩ Household bills", "", "", "B")],
        [("Energy bills to rise by £187 a year from October as price cap climbs 10.5%", "", "", "W")],
        [("A typical household will pay £1,961 a year, the most since the winter of 2023, says regulator Gridmark", "Gridmark", "says", "W")],
        [("Fionnuala Tolmarsh, Consumer affairs editor", "", "", "B")],
        [("Fri 22 May 2026 07.01 BST", "", "", "B")],
        [("Gift this article  ·  Save for later  ·  Listen, 5 min", "", "", "B")],
        [("Household energy bills in England, Scotland and Wales will rise by £187 a year from 1 October after the regulator raised its cap on what suppliers can charge, taking the bill for a typical dual-fuel customer to £1,961.", "", "", "W")],
        [("Gridmark, which resets the cap every three months, said the 10.5% increase was driven mostly by wholesale gas prices, which have risen by about a third since February.", "Gridmark", "said", "W"),
         ("It said higher network charges, which pay for the pipes and wires, accounted for £41 of the rise.", "Gridmark", "said", "W")],
        [("The cap limits the unit price of gas and electricity and the daily standing charge, rather than the total a household pays.", "", "", "")],
        [("About 21.6 million households pay tariffs covered by the cap, according to the regulator.", "the regulator", "according to", "W")],
        [("A smart meter display in a kitchen in Stannerby.", "", "", ""),
         ("Photograph: Ilse Dunvoe/The Quillane Standard", "", "", "B")],
        [("Gridmark's chief executive, Oswin Treleddan, said the regulator had no choice but to pass the higher costs on.", "Oswin Treleddan", "said", "")],
        [("“Nobody here enjoys announcing a rise like this,” he said.", "Oswin Treleddan", "said", ""),
         ("“But if the cap does not reflect what suppliers pay for their gas, suppliers fail.", "Oswin Treleddan", "said", ""),
         ("In 2021 and 2022 we watched 29 of them go under, and every customer paid for that on their bill.”", "Oswin Treleddan", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Bills Unpicked", "", "", "B")],
        [("Straight-talking help with energy, rent and savings, every Saturday morning.", "", "", "B")],
        [("Your email address", "", "", "B")],
        [("Sign me up", "", "", "B")],
        [("We only use your address to send you this newsletter.", "", "", "B"),
         ("Our privacy notice explains how.", "", "", "B")],
        [("The energy minister, Cressida Pellatrice, said the government would extend the £150 warm home discount to another 900,000 households this winter, at a cost of £135m.", "Cressida Pellatrice", "said", "W"),
         ("She blamed the rise on “global gas markets that no British government controls”.", "Cressida Pellatrice", "blamed", "W")],
        [("Tobias Merriwether-Okai, the opposition's energy spokesman, said the typical bill was now £414 higher than in January 2024.", "Tobias Merriwether-Okai", "said", "W"),
         ("That compares the new cap with the cap that applied that winter, £1,547.", "", "", "W")],
        [("He accused ministers of having “sat on their hands for two winters”.", "Tobias Merriwether-Okai", "accused", "")],
        [("Bettany Oyedokun-Vossler, who runs the fuel poverty charity Hearthwise, said its advice line had taken 4,230 calls in April, twice as many as in April last year.", "Bettany Oyedokun-Vossler", "said", "W")],
        [("“People who were already choosing between heating and eating will now be choosing between heating and rent,” she said.", "Bettany Oyedokun-Vossler", "said", ""),
         ("“Ministers keep telling us the worst is over.", "Bettany Oyedokun-Vossler", "said", ""),
         ("It isn't.”", "Bettany Oyedokun-Vossler", "said", "")],
        [("She called for a cheaper “social tariff” for households on means-tested benefits.", "Bettany Oyedokun-Vossler", "called for", "")],
        [("Read more: Fixed or variable this autumn – five questions answered", "", "", "B")],
        [("Analysts at the consultancy Haverwick Energy expect the cap to edge down in January, to about £1,930.", "Analysts at Haverwick Energy", "expect", "")],
        [("Haverwick's forecasts for each of the last four caps came within £30 of the final figure.", "", "", "W")],
        [("Suppliers must write to customers at least 30 days before the new prices take effect.", "", "", "W")],
        [("Anyone struggling to pay should contact their supplier, which is required to offer a payment plan.", "", "", "B")],
        [("Gridmark will announce the January cap on 26 November.", "", "", "W")],
        [("Explore more on these topics", "", "", "B")],
        [("Energy bills / Cost of living / Gridmark / Personal finance", "", "", "B")],
        [("Get an email when Fionnuala Tolmarsh publishes", "", "", "B")],
        [("Reuse this content", "", "", "B")],
        [("Comments (1,204)", "", "", "B")],
        [("Sign in or create a free account to join the conversation.", "", "", "B")],
        [("Most commented", "", "", "B")],
        [("Mortgage rates fall for a fifth week in a row", "", "", "B")],
        [("‘My landlord wants 22% more’: readers on the rent squeeze", "", "", "B")],
        [("About us · Contact · Complaints and corrections · Advertise · Jobs · Terms · Privacy · Cookie settings", "", "", "B")],
        [("The Quillane Standard is a member of the Independent Press Adjudication Office and follows its editors' code.", "", "", "B")],
        [("© 2026 Quillane Standard Media Ltd.", "", "", "B"),
         ("Registered in England and Wales no. 3381902.", "", "", "B")],
    ],
    [  # 2. International wire copy: exclusive on a state airline's restructuring plan
        [("EXCLUSIVE-Ostravelle's state airline plans to cut 14 routes and 1,150 jobs, documents show", "documents", "show", "W")],
        [("By Ottilie Karnowska and Dário Ketterley-Saxby", "", "", "B")],
        [("June 9, 2026 6:14 AM UTC · Updated 2 hours ago", "", "", "B")],
        [("KELSOVAR, June 9 (Meridel) - Ostravelle's state-owned carrier Aerovell plans to drop 14 of its 52 international routes and sell six of its 19 long-haul jets by the end of 2027, according to an internal restructuring plan seen by Meridel.", "an internal restructuring plan seen by Meridel", "according to", "W")],
        [("The 46-page plan, dated May 21 and drawn up with advisers from consultancy Umbersley Partners, also proposes cutting 1,150 of the airline's 6,300 jobs, most of them in ground handling and maintenance.", "The 46-page plan", "proposes", "W"),
         ("Its contents have not been reported before.", "", "", "")],
        [("Three people familiar with the matter said the plan was presented to the finance ministry last week as a condition for a $400 million state loan to keep the airline flying through the winter.", "Three people familiar with the matter", "said", "W")],
        [("The loan would be Aerovell's third state rescue since 2022, when the government injected $650 million after a spike in fuel prices.", "", "", "W")],
        [("“Without the loan, the airline runs out of cash before Christmas,” said one of the people, who asked not to be named because the talks are confidential.", "one of the people", "said", "")],
        [("A second person said the ministry had asked for deeper cuts to management pay before it would sign off on the loan.", "A second person", "said", "W")],
        [("An Aerovell long-haul jet is towed to a hangar at Kelsovar International Airport, Ostravelle, March 3, 2026.", "", "", ""),
         ("MERIDEL/Kasimir Quorley/File Photo", "", "", "B")],
        [("Request licensing rights", "", "", "B")],
        [("Aerovell did not respond to emailed questions on Monday.", "Aerovell", "did not respond to emailed questions", "")],
        [("A finance ministry spokesperson said the government “does not comment on commercial negotiations” and remained committed to keeping a national carrier.", "A finance ministry spokesperson", "said", "")],
        [("Transport Minister Hadrian Oguntade-Laszkiewicz told parliament last Tuesday that Aerovell would “keep flying the routes Ostravellians depend on”.", "Hadrian Oguntade-Laszkiewicz", "told parliament", ""),
         ("He did not say which routes he meant.", "", "", "")],
        [("According to the plan, the routes to be dropped include all four of Aerovell's transatlantic services and its only route to southern Africa, which together lost $71 million last year.", "the plan", "according to", "W")],
        [("The plan forecasts that the cuts would return the airline to an operating profit in 2028.", "The plan", "forecasts", "W")],
        [("A Meridel analysis of published schedules shows Aerovell offered 38% fewer seats in April than in the same month of 2019.", "A Meridel analysis of published schedules", "shows", "W")],
        [("Severina Agbodjan-Hulme, who heads the Ostravellian Airline Pilots' Guild, said the union had not been consulted and would ballot its 820 members on strike action if job cuts were announced.", "Severina Agbodjan-Hulme", "said", "W"),
         ("“We are reading about our own future in the newspapers,” she said.", "Severina Agbodjan-Hulme", "said", "")],
        [("“Fourteen routes is not a trim, it's an amputation,” said Ruairí Thackray-Ossendrecht, an aviation analyst at Danbury Ostler Securities in Kelsovar.", "Ruairí Thackray-Ossendrecht", "said", "")],
        [("Thackray-Ossendrecht said the six long-haul jets could fetch between $35 million and $50 million each on the secondhand market.", "Ruairí Thackray-Ossendrecht", "said", "")],
        [("The government owns 91% of Aerovell, and the rest is held by a trust for its employees.", "", "", "W")],
        [("The airline carried 4.2 million passengers in 2025, down from 6.9 million in 2019, according to its annual report.", "its annual report", "according to", "W")],
        [("($1 = 3.86 Ostravellian dinars)", "", "", "B")],
        [("(Reporting by Ottilie Karnowska in Kelsovar and Dário Ketterley-Saxby in Orlessa; Editing by Benedikt Strahan and Yusra Penwithick)", "", "", "B")],
        [("Meridel newsroom standards: accuracy, independence, freedom from bias.", "", "", "B")],
    ],
    [  # 3. Australian news site's live blog: Senate committee hearing on a telco outage
        [("Saltbush Daily", "", "", "B")],
        [("Latest   Politics   Business   Climate   Sport   Lifestyle   Podcasts", "", "", "B")],
        [("LIVE NOW", "", "", "B")],
        [("Corvinet outage inquiry: chief executive admits company took almost four hours to warn the public", "Marguerite Stallabrass", "admits", "W")],
        [("Senators question telco bosses over the 13-hour blackout that cut off 3.1 million mobile customers", "", "", "W")],
        [("Live updates by Jillaroo Ngarimu and Fergus Dallowin", "", "", "B")],
        [("Auto-update", "", "", "B")],
        [("Catch up on the key moments", "", "", "B")],
        [("4.52pm Chair calls for independent audit", "", "", "B")],
        [("3.31pm Regulator opens formal investigation", "", "", "B")],
        [("2.40pm ‘We should have told people sooner’", "", "", "B")],
        [("4.52pm · Jillaroo Ngarimu", "", "", "B")],
        [("Chair calls for independent audit of Corvinet's network", "Ewart Pilbrow", "calls for", "")],
        [("The committee's chair, Senator Ewart Pilbrow, has closed today's hearing by calling for an independent audit of all 312 of Corvinet's core network sites.", "Ewart Pilbrow", "calling for", ""),
         ("He said the committee would hold a second hearing on 9 April and would ask the regulator to appear.", "Ewart Pilbrow", "said", "W")],
        [("“Three point one million people had no phone for most of a working day, and we still don't have a straight answer about why,” he said.", "Ewart Pilbrow", "said", "W")],
        [("4.18pm · Fergus Dallowin", "", "", "B")],
        [("Corvinet offers compensation to small businesses", "", "", "W")],
        [("Corvinet's chief operating officer, Lachlan Vandenhoek-Azar, told the committee the company would pay small-business customers up to $500 each and had already credited every mobile customer with two days of free service.", "Lachlan Vandenhoek-Azar", "told the committee", "W"),
         ("He said about 44,000 business accounts were eligible.", "Lachlan Vandenhoek-Azar", "said", "W")],
        [("Asked by Senator Ludmila Trinh-Ossington whether that was enough, he said it was “a starting point”.", "Lachlan Vandenhoek-Azar", "said", "")],
        [("The chair pointed out that the company's own customer terms cap compensation at $250.", "Ewart Pilbrow", "pointed out", "W")],
        [("3.31pm · Jillaroo Ngarimu", "", "", "B")],
        [("Regulator opens formal investigation", "", "", "W")],
        [("The Communications Oversight Authority posted this a few minutes ago:", "The Communications Oversight Authority", "posted", "")],
        [("Communications Oversight Authority @COA_online", "", "", "B")],
        [("We have opened a formal investigation into whether Corvinet complied with the emergency call rules during the 4 March outage.", "The Communications Oversight Authority", "posted", "W"),
         ("Penalties of up to $10 million per breach apply.", "The Communications Oversight Authority", "posted", "W")],
        [("3:24 PM · Mar 19, 2026", "", "", "B")],
        [("212 reposts   640 likes", "", "", "B")],
        [("2.40pm · Fergus Dallowin", "", "", "B")],
        [("‘We should have told people sooner’", "", "", "")],
        [("Corvinet's chief executive, Marguerite Stallabrass, has conceded the company waited too long to warn the public.", "Marguerite Stallabrass", "conceded", "")],
        [("“Why did it take three hours and 40 minutes to post a single message telling people to use a landline?” Senator Trinh-Ossington asked.", "Ludmila Trinh-Ossington", "asked", "")],
        [("Stallabrass replied that the company's own messaging systems ran on the network that had failed.", "Marguerite Stallabrass", "replied", "W"),
         ("“That was a design flaw, and it is one we have since fixed,” she said.", "Marguerite Stallabrass", "said", "W")],
        [("She told senators that 2,260 calls to the emergency number failed during the outage and that Corvinet staff had called back every one of those callers within 48 hours.", "Marguerite Stallabrass", "told senators", "W")],
        [("1.55pm · Jillaroo Ngarimu", "", "", "B")],
        [("What caused the outage?", "", "", "")],
        [("Corvinet's written submission to the inquiry says a routine software update to routers in two exchanges set off a flood of routing messages that overwhelmed the rest of its core network.", "Corvinet's written submission to the inquiry", "says", "W"),
         ("The update had been tested in a lab on a smaller network, the submission says, but not under weekday-morning traffic.", "the submission", "says", "W")],
        [("A routing message is how one router tells the others which paths are open.", "", "", "")],
        [("1.02pm · Fergus Dallowin", "", "", "B")],
        [("Minister says new emergency call rules are coming", "Rosalind Lowick", "says", "W")],
        [("Communications Minister Rosalind Lowick told reporters at Parliament House that the government would legislate to make telcos carry each other's emergency calls during an outage.", "Rosalind Lowick", "told reporters", "W"),
         ("She said draft legislation would be released for consultation “within weeks”.", "Rosalind Lowick", "said", "")],
        [("Lowick would not say whether Corvinet should be fined.", "Rosalind Lowick", "would not say", "")],
        [("12.30pm · Jillaroo Ngarimu", "", "", "B")],
        [("Good afternoon, and welcome to our live coverage of today's Senate committee hearing into the Corvinet outage.", "", "", "B")],
        [("Here's what we know so far:", "", "", "B")],
        [("The outage began at 4.06am on 4 March and lasted just over 13 hours.", "", "", "W")],
        [("About 3.1 million mobile customers and 410,000 home internet customers lost service.", "", "", "W")],
        [("Hospitals, train operators and card payment terminals across the country were affected.", "", "", "W")],
        [("Share this live blog", "", "", "B")],
        [("Topics: Telecommunications · Senate · Consumer affairs", "", "", "B")],
        [("Saltbush Daily acknowledges the Traditional Custodians of the lands where we live and work, and pays respect to Elders past and present.", "", "", "B")],
        [("Saltbush Media Pty Ltd ABN 61 204 883 172", "", "", "B")],
    ],
    [  # 4. New Zealand news site's interview with a mayor (first-name prefixes on both sides)
        [("The Ruru", "", "", "B")],
        [("Politics · Local government · Climate · Business · Ideas · Podcasts", "", "", "B")],
        [("Interview", "", "", "B")],
        [("‘We left the pipes too long’: a conversation with Ōrewhiti's mayor", "", "", "")],
        [("Mereana Taurima-Kells, Local democracy reporter", "", "", "B")],
        [("Wednesday 8 April 2026", "", "", "B")],
        [("Ratepayers in Ōrewhiti will pay 11.8% more on average from 1 July, the district's largest increase since it was formed in 1989.", "", "", "W"),
         ("Mayor Tipene Moanaroa, who was elected in 2022 on a promise to hold rates below inflation, sat down with Mereana Taurima-Kells at the council chambers on Monday.", "", "", "W")],
        [("Our conversation has been shortened and tidied for readability.", "", "", "B")],
        [("Mereana: Eleven point eight per cent.", "", "", ""),
         ("How do you explain that to a pensioner on a fixed income?", "", "", "")],
        [("Tipene: I don't try to dress it up.", "Tipene Moanaroa", "Tipene:", ""),
         ("It's a big number, and for some people it's a frightening one.", "Tipene Moanaroa", "Tipene:", ""),
         ("What I say is that your water has to be safe, and for 30 years this council didn't put enough aside to keep it that way.", "Tipene Moanaroa", "Tipene:", "W")],
        [("Mereana: Your own long-term plan says debt will reach $412 million by 2028, up from $190 million today.", "Your own long-term plan", "says", "W"),
         ("Is that sustainable?", "", "", "")],
        [("Tipene: It's inside our limit.", "Tipene Moanaroa", "Tipene:", "W"),
         ("The Local Government Funding Pool lets a council our size borrow up to 280% of its revenue, and at the peak we'll be at about 240%.", "Tipene Moanaroa", "Tipene:", "W")],
        [("The alternative was to push the pipe renewals out by another ten years.", "Tipene Moanaroa", "Tipene:", ""),
         ("Our engineers told us that would mean more breaks like the one on Kahikatea Road last winter.", "Tipene Moanaroa", "Tipene:", "")],
        [("Mereana: That break left 3,400 homes without water for four days.", "", "", "W")],
        [("Tipene: Four and a half.", "Tipene Moanaroa", "Tipene:", "W"),
         ("My own house was one of them.", "Tipene Moanaroa", "Tipene:", "")],
        [("Mereana: Councillor Aroha Pāora-Elvidge says you could have saved $9 million by delaying the new central library.", "Aroha Pāora-Elvidge", "says", "W")],
        [("Tipene: The library was costed at $9 million, so on paper she's right.", "Tipene Moanaroa", "Tipene:", "W"),
         ("But we had signed the construction contract in 2024, and walking away from it would have cost us $2.6 million in penalties.", "Tipene Moanaroa", "Tipene:", "W")],
        [("Mereana: Will any libraries or pools close?", "", "", "")],
        [("Tipene: No.", "Tipene Moanaroa", "Tipene:", "W")],
        [("Mereana: The government says councils should be joining up their water services.", "The government", "says", ""),
         ("Why hasn't Ōrewhiti done that?", "", "", "")],
        [("Tipene: We voted in February to start talks with our two neighbouring districts.", "Tipene Moanaroa", "Tipene:", "W"),
         ("The vote was 9–4.", "Tipene Moanaroa", "Tipene:", "W"),
         ("If it goes ahead, a joint water company would take over our water debt, and that would take about $150 million off our books.", "Tipene Moanaroa", "Tipene:", "")],
        [("Mereana: Will you stand again in October?", "", "", "")],
        [("Tipene: Ask me in August.", "Tipene Moanaroa", "Tipene:", "")],
        [("Submissions on Ōrewhiti District Council's annual plan close at 5pm on 30 April.", "", "", "B")],
        [("More local democracy reporting", "", "", "B")],
        [("Rates rises around the motu: what your council is charging this year", "", "", "B")],
        [("Local Democracy Reporting is a public-interest news service funded through the regional news fund.", "", "", "B")],
        [("Become a Ruru supporter", "", "", "B")],
        [("Everything we publish is free to read because 11,000 supporters chip in.", "", "", "B")],
        [("Comments close 48 hours after publication.", "", "", "B")],
    ],
    [  # 5. US metro newspaper's web page: state reading test results
        [("Jump to main story", "", "", "B")],
        [("The Kettlebrook Ledger-Star", "", "", "B")],
        [("Subscribe: $1 for 6 months", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("News  Education  Sports  Business  Opinion  Obituaries  e-Edition  Puzzles", "", "", "B")],
        [("72° Kettlebrook, NE", "", "", "B")],
        [("Kettlebrook reading scores fall for a third year as state results show widening gap", "state results", "show", "W")],
        [("Just 31% of the district's third-graders read at grade level, down from 38% in 2023", "", "", "W")],
        [("Harlan Bexworth | Kettlebrook Ledger-Star", "", "", "B")],
        [("Published 5:02 a.m. CT Sept. 17, 2026 | Updated 9:48 a.m. CT Sept. 17, 2026", "", "", "B")],
        [("Learning Curve, the Ledger-Star's reporting on Kettlebrook's schools, is supported by readers and the Tremlow Family Foundation.", "", "", "B")],
        [("Fewer than a third of Kettlebrook Public Schools third-graders met Nebraska's reading standard this spring, according to results the state Department of Education released Tuesday.", "results the state Department of Education released Tuesday", "according to", "W")],
        [("The share of third-graders reading at grade level fell to 31%, from 34% last year and 38% in 2023.", "", "", "W"),
         ("Statewide, 47% met the standard, the same as last year.", "", "", "W")],
        [("Math results were mixed.", "", "", ""),
         ("Eighth-grade math proficiency in the district rose two points, to 26%, while fourth-grade math fell a point, to 35%.", "", "", "W")],
        [("Superintendent Delphine Osoro-Wakefield called the reading results “unacceptable” and said the district would double the number of reading coaches in its 22 elementary schools, to 44, by January.", "Delphine Osoro-Wakefield", "said", "W")],
        [("“I'm not going to stand here and blame the pandemic,” she said at a news conference at district headquarters on Tuesday.", "Delphine Osoro-Wakefield", "said", ""),
         ("“These are children who started kindergarten in the fall of 2022.”", "Delphine Osoro-Wakefield", "said", "W")],
        [("She said the coaching expansion would cost about $3.9 million a year and be paid for with money set aside for a new administration building.", "Delphine Osoro-Wakefield", "said", "W")],
        [("Article continues after this ad", "", "", "B")],
        [("Third-grade reading proficiency, 2023-2026", "", "", "")],
        [("Year | Kettlebrook | Statewide", "", "", "B")],
        [("2023 | 38% | 46%", "", "", "")],
        [("2024 | 36% | 47%", "", "", "")],
        [("2025 | 34% | 47%", "", "", "")],
        [("2026 | 31% | 47%", "", "", "")],
        [("Chart: Harlan Bexworth · Source: state Department of Education · Get the data", "", "", "B")],
        [("The president of the Kettlebrook Education Association, which represents about 2,800 teachers, said the district had lost 190 classroom teachers since 2024 and started the year with 61 vacancies.", "Tamsin Iwasaki-Pendry", "said", "W")],
        [("“You can hire all the reading coaches you want,” said Tamsin Iwasaki-Pendry, who has taught third grade at Corriebrook Elementary for 17 years.", "Tamsin Iwasaki-Pendry", "said", ""),
         ("“If there's a long-term substitute in the room, the coach has nobody to coach.”", "Tamsin Iwasaki-Pendry", "said", "")],
        [("She said the association would ask the school board on Monday to fund a $4,000 retention bonus for teachers in hard-to-staff schools.", "Tamsin Iwasaki-Pendry", "said", "W")],
        [("District spokesperson Caleb Strouding said the district had 61 vacancies on Aug. 20 but had since filled 40 of them.", "Caleb Strouding", "said", "W")],
        [("Anjali Quintal-Vosk, an associate professor of education at Hallowdene State University who reviewed the results at the Ledger-Star's request, said districts where more than 60% of students are from low-income families saw the steepest declines statewide, an average of 4 points.", "Anjali Quintal-Vosk", "said", "W"),
         ("“The kids who were already behind are falling further behind,” she said.", "Anjali Quintal-Vosk", "said", "")],
        [("Marisol Ferreyra-Locke's son, Teo, is in fourth grade at Corriebrook.", "", "", ""),
         ("She said he had three different teachers last year.", "Marisol Ferreyra-Locke", "said", "W")],
        [("“He came home in May and told me he'd stopped reading at bedtime because it was ‘a school thing,’” she said.", "Marisol Ferreyra-Locke", "said", "")],
        [("The school board will vote on the coaching plan and the retention bonus at its Sept. 28 meeting.", "", "", "W")],
        [("Correction: An earlier version of this story misstated the number of elementary schools in the district.", "", "", "W"),
         ("There are 22.", "", "", "W")],
        [("Harlan Bexworth covers education for the Ledger-Star.", "", "", "B"),
         ("Reach him at hbexworth@kbledgerstar.com or 402-555-0148.", "", "", "B")],
        [("Report an error", "", "", "B")],
        [("Reprints & permissions", "", "", "B")],
        [("More in Education", "", "", "B")],
        [("Board to weigh four-day week for rural schools", "", "", "B")],
        [("Your Privacy Choices | Do Not Sell or Share My Personal Information | Terms of Use | Accessibility", "", "", "B")],
        [("© 2026 Kettlebrook Ledger-Star Publishing Co.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Pakistani English-language daily's web page: electricity tariff rise
        [("The Noonday Post", "", "", "B")],
        [("E-Paper | Today's Paper | Latest | National | Business | Sport | Opinion | Magazine", "", "", "B")],
        [("English | اردو", "", "", "B")],
        [("Business", "", "", "B")],
        [("Power tariff raised by Rs4.12 per unit from July, adding Rs186bn to consumers' bills", "", "", "W")],
        [("Zainab Haswell-Qureshi | Staff Reporter", "", "", "B")],
        [("Published June 30, 2026 Updated about 5 hours ago", "", "", "B")],
        [("The power price regulator on Monday approved an increase of Rs4.12 per unit in the national base electricity tariff from July 1, raising the average to Rs41.87 per unit.", "", "", "W")],
        [("The increase will add about Rs186 billion to consumers' bills in the 2026-27 fiscal year, according to the determination issued by the Power Pricing Authority after a public hearing in May.", "the determination issued by the Power Pricing Authority", "according to", "W")],
        [("Households using fewer than 200 units a month, about 58 per cent of domestic consumers, will be exempt, the authority said.", "the authority", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Federal Minister for Energy Nargis Qamar-Lodhi told a news conference that the increase was “unavoidable” because of capacity payments to independent power producers, which she said would total Rs2.1 trillion this year.", "Nargis Qamar-Lodhi", "told a news conference", "W")],
        [("“We are paying for plants that sit idle,” she said.", "Nargis Qamar-Lodhi", "said", ""),
         ("“These are contracts signed over twenty years, and it is our government that has to settle the bill.”", "Nargis Qamar-Lodhi", "said", "")],
        [("She said the government was renegotiating contracts with 14 producers.", "Nargis Qamar-Lodhi", "said", "W"),
         ("The ministry expects the talks to save Rs310bn a year, she added.", "Nargis Qamar-Lodhi", "added", "")],
        [("Read: Circular debt crosses Rs2.6 trillion mark", "", "", "B")],
        [("The increase was one of the conditions agreed with the Multilateral Credit Fund in March for the release of a $1.1bn loan tranche, according to the lender's staff report.", "the lender's staff report", "according to", "W")],
        [("Senator Farrukh Jalalzai of the opposition People's Justice Party said the base tariff had risen by 71 per cent in three years.", "Farrukh Jalalzai", "said", "W")],
        [("The base tariff stood at Rs24.50 per unit in July 2023, according to authority records, which bears out his figure.", "authority records", "according to", "W")],
        [("“The government has turned the electricity bill into a second rent,” he said.", "Farrukh Jalalzai", "said", "")],
        [("The All Traders Alliance announced a nationwide shutter-down strike for July 8 against the increase.", "The All Traders Alliance", "announced", "W"),
         ("Its president, Hajji Mushtaq Varaich, said shopkeepers in many markets now paid more for electricity than for rent.", "Mushtaq Varaich", "said", "")],
        [("In Zarghunabad, tailor Abdul Wahid Khokhar said his June bill was Rs38,600, more than he earns in a good week.", "Abdul Wahid Khokhar", "said", "W"),
         ("“I have switched off the fans in the shop,” he said.", "Abdul Wahid Khokhar", "said", ""),
         ("“My customers can sweat with me.”", "Abdul Wahid Khokhar", "said", "")],
        [("Officials in the power division, speaking on condition of anonymity, told The Noonday Post that a further increase of about Rs1.50 per unit was likely in January.", "Officials in the power division", "told The Noonday Post", "")],
        [("Published in The Noonday Post, June 30th, 2026", "", "", "B")],
        [("Comments (31) Closed", "", "", "B")],
        [("Dear reader, comments on this story have been switched off because of the volume of abusive submissions.", "", "", "B")],
        [("Editor's Picks", "", "", "B")],
        [("Wheat flour prices up Rs12 a kilo in a week", "", "", "B")],
        [("Gas supply to industry suspended for 10 days", "", "", "B")],
        [("Copyright © 2026, The Noonday Post Publications (Pvt) Ltd.", "", "", "B")],
    ],
    [  # 7. Ugandan daily's web page: school capitation grants delayed
        [("Thursday, February 12, 2026", "", "", "B")],
        [("The Lakewater Mirror", "", "", "B")],
        [("Home  News  National  Business  Education  Sports  Lifestyle  Commentary  E-Paper", "", "", "B")],
        [("Trending: Fuel prices • Rains • Budget 2026/27 • Schools reopening", "", "", "B")],
        [("Premium", "", "", "B")],
        [("Schools reopen without Shs48.6b in grants as ministry blames late release", "ministry", "blames", "W")],
        [("By Rachael Nankunda-Obbo", "", "", "B")],
        [("Added 12 February 2026 at 06:30", "", "", "B")],
        [("Government-aided primary and secondary schools reopened for the first term on Monday without Shs48.6 billion in capitation grants, the money that pays for chalk, exercise books and support staff.", "", "", "W")],
        [("The grants are normally released in the last week of January, but had not reached school accounts by Wednesday, head teachers in six districts told the Mirror.", "head teachers in six districts", "told the Mirror", "W")],
        [("The Permanent Secretary of the education ministry, Dr Godfrey Turyamureeba, said the funds were late because the finance ministry released the quarterly allocation on February 9, eight days behind schedule.", "Godfrey Turyamureeba", "said", "W"),
         ("He said all grants would be on school accounts by February 20.", "Godfrey Turyamureeba", "said", "W")],
        [("“No school should send a child home over this,” he said.", "Godfrey Turyamureeba", "said", "")],
        [("But the finance ministry's spokesperson, Ms Harriet Atuhaire-Lwanga, said it had released Shs1.2 trillion to ministries on February 9 “in line with the cash-flow plan” and that any delay after that lay with the education ministry.", "Harriet Atuhaire-Lwanga", "said", "W")],
        [("At Kagaraba Primary School in Busemba District, head teacher Boniface Ssekyewa said he had borrowed Shs2.4 million from a village savings group to buy chalk and pay the school's two cooks.", "Boniface Ssekyewa", "said", "W")],
        [("“I have 1,140 pupils and eight classrooms,” Mr Ssekyewa said.", "Boniface Ssekyewa", "said", "W"),
         ("“The grant is Shs17,000 per pupil per year.", "Boniface Ssekyewa", "said", "W"),
         ("You can calculate for yourself how far that goes.”", "Boniface Ssekyewa", "said", "")],
        [("This is a Premium story.", "", "", "B")],
        [("Keep reading for Shs1,000 a day with mobile money, or subscribe from Shs15,000 a month.", "", "", "B")],
        [("Already subscribed?", "", "", "B"),
         ("Sign in", "", "", "B")],
        [("Parents at Kagaraba said they had been asked to contribute Shs5,000 each for exercise books, although the school is supposed to be free.", "Parents at Kagaraba", "said", "W")],
        [("Busemba Woman MP Hon. Jesca Akiteng told Parliament on Tuesday that 41 schools in her district had no support staff this week.", "Jesca Akiteng", "told Parliament", "W")],
        [("The Speaker, Rt. Hon. Anita Kobusinge, directed the education minister to present a statement on the grants next Tuesday.", "", "", "W")],
        [("The National Teachers' Alliance said in a statement signed by its general secretary, Mr Filbert Ochwo, that teachers in 11 districts had not received their January salaries.", "The National Teachers' Alliance", "said in a statement", "W"),
         ("It said its executive would meet on February 18 to decide on industrial action.", "The National Teachers' Alliance", "said", "W")],
        [("The public service ministry did not respond to our inquiries about the salary delays by press time.", "The public service ministry", "did not respond to our inquiries", "")],
        [("The country has about 12,600 government-aided primary schools and 1,300 government secondary schools, according to the education ministry's 2025 statistical abstract.", "the education ministry's 2025 statistical abstract", "according to", "W")],
        [("Ms Atuhaire-Lwanga later told the Mirror by phone that the second-quarter release would be made on time.", "Harriet Atuhaire-Lwanga", "told the Mirror", "W")],
        [("Tags: Capitation grants · Schools · Teachers' pay · Parliament", "", "", "B")],
        [("Related", "", "", "B")],
        [("Fuel prices up for third month running", "", "", "B")],
        [("Busemba farmers count losses after hailstorm", "", "", "B")],
        [("The Mirror reserves the right to remove comments that are abusive, defamatory or off-topic.", "", "", "B")],
        [("Post a comment", "", "", "B")],
        [("© 2026 Lakewater Mirror Ltd.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 8. Australian national news agency's copy: rents and vacancy rates
        [("Rents climb 9.1pc in a year as vacancies hit record low", "", "", "W")],
        [("Ellery Osterholt (Southbeam)", "", "", "B")],
        [("Updated March 4, 2026 — 11:20AM", "", "", "B")],
        [("Advertised rents across Australia rose 9.1 per cent in the year to February, the fastest annual rise in 14 months, as the national vacancy rate fell to a record low of 0.8 per cent.", "", "", "W")],
        [("The median weekly asking rent reached $712 for a house and $655 for a unit, according to property data firm Keelson Analytics.", "Keelson Analytics", "according to", "W")],
        [("Keelson's research director, Cormac Brennagh, said rents in regional centres were now rising faster than in the capitals for the first time since 2022.", "Cormac Brennagh", "said", "W")],
        [("“Tenants who were priced out of the cities moved to the regions, and now the regions are running out of homes as well,” he said.", "Cormac Brennagh", "said", "")],
        [("He said the figures, drawn from 212,000 listings, did not capture increases for tenants renewing an existing lease.", "Cormac Brennagh", "said", "W")],
        [("Federal Treasurer Annika Lochrin said the government's plan to build 1.2 million homes by 2029 would ease the pressure, pointing to a 14 per cent rise in building approvals in January.", "Annika Lochrin", "said", "W")],
        [("“We know renters are doing it tough,” she told reporters in the capital.", "Annika Lochrin", "told reporters", "")],
        [("Opposition housing spokeswoman Dervla McAteer said the government was “nowhere near” its target, with 163,000 homes completed last year against the 240,000 a year it needed.", "Dervla McAteer", "said", "W")],
        [("She said the opposition would release its own housing policy before the May budget.", "Dervla McAteer", "said", "W")],
        [("Tenant advocates say the averages hide the pressure on low-income households.", "Tenant advocates", "say", "")],
        [("Saoirse Kavaney-Ndaba, chief executive of the National Renters' Voice, said the group's hotline took 9,400 calls in February, up 38 per cent on a year earlier.", "Saoirse Kavaney-Ndaba", "said", "W"),
         ("“We're hearing from nurses and teachers who are sleeping in their cars between shifts,” Ms Kavaney-Ndaba said.", "Saoirse Kavaney-Ndaba", "said", "")],
        [("The central bank's latest statement on monetary policy, released last month, noted that rents make up about 7 per cent of the consumer price index.", "The central bank's latest statement on monetary policy", "noted", "W")],
        [("In Wirraburn, a regional city of 94,000 people, the median house rent rose 16 per cent in a year to $590 a week, Keelson's figures show.", "Keelson's figures", "show", "W")],
        [("Local real estate agent Brodie Kalnins said his agency had 31 applications for a three-bedroom house last weekend.", "Brodie Kalnins", "said", "W"),
         ("“I've been doing this 23 years and I've never seen it like this,” he said.", "Brodie Kalnins", "said", "")],
        [("Keelson's next monthly update is due on April 1.", "", "", "W")],
        [("Southbeam", "", "", "B")],
        [("sbn/eo/kt", "", "", "B")],
    ],
    [  # 9. Parliament's Hansard proof: question time in a legislative assembly
        [("Parliament home  |  Members  |  Bills  |  Committees  |  Hansard  |  Visit  |  Learn", "", "", "B")],
        [("You are here: Hansard › Legislative Assembly › 11 March 2026", "", "", "B")],
        [("Legislative Assembly", "", "", "B")],
        [("Wednesday, 11 March 2026", "", "", "B")],
        [("PROOF", "", "", "B")],
        [("This is an uncorrected proof, published before final editing.", "", "", "B"),
         ("It should not be quoted in a way that misrepresents a member.", "", "", "B")],
        [("Questions Without Notice", "", "", "B")],
        [("Emergency Department Waiting Times", "", "", "")],
        [("Mr PERCIVAL DEWSNAP (Stavelock—Leader of the Opposition) (14:02): My question is to the Premier.", "Percival Dewsnap", "Mr PERCIVAL DEWSNAP (Stavelock—Leader of the Opposition) (14:02):", ""),
         ("In February, 1,138 patients waited more than 24 hours in the state's emergency departments, up from 602 in February last year.", "Percival Dewsnap", "Mr PERCIVAL DEWSNAP (Stavelock—Leader of the Opposition) (14:02):", "W"),
         ("Does the Premier accept that her government has lost control of the hospital system?", "Percival Dewsnap", "Mr PERCIVAL DEWSNAP (Stavelock—Leader of the Opposition) (14:02):", "")],
        [("Members interjecting.", "", "", "B")],
        [("The SPEAKER: Order!", "The Speaker", "The SPEAKER:", ""),
         ("The member for Gillowmere will come to order.", "The Speaker", "The SPEAKER:", "")],
        [("The Hon. WILHELMINA DARRACOTT (Premier) (14:03): I thank the Leader of the Opposition for his question.", "Wilhelmina Darracott", "The Hon. WILHELMINA DARRACOTT (Premier) (14:03):", ""),
         ("The figure he has quoted is correct, and it is too high.", "Wilhelmina Darracott", "The Hon. WILHELMINA DARRACOTT (Premier) (14:03):", "W"),
         ("What he did not mention is that presentations to our emergency departments rose by 11 per cent over the same period, to 96,400 in February.", "Wilhelmina Darracott", "The Hon. WILHELMINA DARRACOTT (Premier) (14:03):", "W"),
         ("Our hospitals treated more people last month than in any February in the state's history.", "Wilhelmina Darracott", "The Hon. WILHELMINA DARRACOTT (Premier) (14:03):", "W")],
        [("Honourable members: Hear, hear!", "Honourable members", "Honourable members:", "")],
        [("Ms DARRACOTT: This government has opened 240 new hospital beds since 2024, and another 180 will open at Corlinton Base Hospital in June.", "Wilhelmina Darracott", "Ms DARRACOTT:", "W"),
         ("The former government, in which the Leader of the Opposition was a minister, closed 90.", "Wilhelmina Darracott", "Ms DARRACOTT:", "W")],
        [("An honourable member: Rubbish!", "An honourable member", "An honourable member:", "")],
        [("The SPEAKER: The Premier has the call.", "The Speaker", "The SPEAKER:", "")],
        [("Supplementary question", "", "", "B")],
        [("Mr DEWSNAP (14:06): How many of the 240 beds the Premier has just mentioned are staffed and open to patients today?", "Percival Dewsnap", "Mr DEWSNAP (14:06):", "")],
        [("The Hon. KIERAN HARROLD-NYAGA (Minister for Health) (14:06): I will take that question, Mr Speaker.", "Kieran Harrold-Nyaga", "The Hon. KIERAN HARROLD-NYAGA (Minister for Health) (14:06):", ""),
         ("As at last Friday, 214 of the 240 beds were open.", "Kieran Harrold-Nyaga", "The Hon. KIERAN HARROLD-NYAGA (Minister for Health) (14:06):", "W"),
         ("The remaining 26 are at Pellwater Hospital and will open once the recruitment of 60 nurses is complete.", "Kieran Harrold-Nyaga", "The Hon. KIERAN HARROLD-NYAGA (Minister for Health) (14:06):", "W"),
         ("I table the Emergency Department Performance Report for February 2026.", "Kieran Harrold-Nyaga", "The Hon. KIERAN HARROLD-NYAGA (Minister for Health) (14:06):", "W")],
        [("Rental Bond Loans", "", "", "")],
        [("Ms ROSEANNA LINDGARTH (Harrowmead) (14:09): My question is to the Minister for Housing.", "Roseanna Lindgarth", "Ms ROSEANNA LINDGARTH (Harrowmead) (14:09):", ""),
         ("Can the minister update the house on the take-up of rental bond loans?", "Roseanna Lindgarth", "Ms ROSEANNA LINDGARTH (Harrowmead) (14:09):", "")],
        [("The Hon. ANSELM FAIRCLOUGH (Minister for Housing) (14:09): I can.", "Anselm Fairclough", "The Hon. ANSELM FAIRCLOUGH (Minister for Housing) (14:09):", ""),
         ("Since the scheme began on 1 July, rental bond loans have helped 18,412 households pay a bond, with an average loan of $2,310.", "Anselm Fairclough", "The Hon. ANSELM FAIRCLOUGH (Minister for Housing) (14:09):", "W"),
         ("Ninety-one per cent of those loans are being repaid on time.", "Anselm Fairclough", "The Hon. ANSELM FAIRCLOUGH (Minister for Housing) (14:09):", "W"),
         ("Those opposite voted against this scheme.", "Anselm Fairclough", "The Hon. ANSELM FAIRCLOUGH (Minister for Housing) (14:09):", "W"),
         ("They said nobody would use it.", "Anselm Fairclough", "The Hon. ANSELM FAIRCLOUGH (Minister for Housing) (14:09):", "")],
        [("Mr TIBERIUS O'HALLORAN (Gillowmere) (14:11): Point of order, Mr Speaker: the minister is debating the answer.", "Tiberius O'Halloran", "Mr TIBERIUS O'HALLORAN (Gillowmere) (14:11):", "")],
        [("The SPEAKER: There is no point of order.", "The Speaker", "The SPEAKER:", ""),
         ("The minister has concluded his answer.", "The Speaker", "The SPEAKER:", "")],
        [("Download this day's proof transcript (PDF, 1.4 MB)", "", "", "B")],
        [("Previous: Petitions  |  Next: Grievance Debate", "", "", "B")],
        [("Cite this: Legislative Assembly, Hansard, 11 March 2026, p. 1187", "", "", "B")],
        [("Get Hansard alerts when a member speaks", "", "", "B")],
        [("Page last updated: 11 March 2026, 16:40", "", "", "B")],
    ],
    [  # 10. Cycling website's stage report with results tables
        [("ECHELON", "", "", "B")],
        [("Racing   Tech   Gear   Training   Podcast   Shop", "", "", "B")],
        [("Spoiler alert: full results and standings are at the bottom of this page", "", "", "B")],
        [("Racing / Tour de la Combe-Ardière", "", "", "B")],
        [("Stoyanov wins the queen stage as heat forces organisers to cut 23km", "", "", "W")],
        [("The 24-year-old takes the leader's jersey after the fastest recorded ascent of the Col de Vérassieux", "", "", "W")],
        [("Words: Lowenna Trevescan  |  Photos: Baptiste Orlac/Cornice Images", "", "", "B")],
        [("Thursday 9 July 2026", "", "", "B")],
        [("Stage 5  ·  Saint-Ourlin-des-Bois → Col de Vérassieux  ·  148.6km (shortened)", "", "", "")],
        [("Aurelian Stoyanov of Vindelle–Krasno won the fifth stage of the Tour de la Combe-Ardière on Thursday, attacking 4.2km from the summit of the Col de Vérassieux and finishing 38 seconds clear of his nearest rival.", "", "", "W")],
        [("The 24-year-old took the overall lead from Quentin Massardier, who finished 11th on the stage, 1 minute 52 seconds down.", "", "", "W")],
        [("Stoyanov climbed the final 12.4km in 31 minutes 8 seconds, the fastest time since the race began timing the ascent in 2011, according to the organisers.", "the organisers", "according to", "W")],
        [("The organisers had cut 23km and the first of the day's three categorised climbs on Wednesday evening, after the regional weather service forecast temperatures of 39C in the valleys.", "", "", "W"),
         ("It was the first time the race had used its extreme-heat protocol, introduced in 2023.", "", "", "W")],
        [("Aurelian Stoyanov on the final kilometres of the Col de Vérassieux.", "", "", ""),
         ("Photo: Baptiste Orlac/Cornice Images", "", "", "B")],
        [("“We planned this attack for three months,” said Vindelle–Krasno's sports director, Joris Vermaelen.", "Joris Vermaelen", "said", ""),
         ("“Aurelian rode the climb twice in April, in the rain.", "Joris Vermaelen", "said", ""),
         ("He knew exactly where the gradient kicks up to 11 per cent.”", "Joris Vermaelen", "said", "W")],
        [("Stoyanov, speaking through a team translator, said he had not expected to take the jersey.", "Aurelian Stoyanov", "said", "")],
        [("“Yesterday I was thinking only of the stage,” he said.", "Aurelian Stoyanov", "said", ""),
         ("“Tomorrow I will think about the jersey.”", "Aurelian Stoyanov", "said", "")],
        [("Massardier, who had led since the opening time trial, said he had suffered in the heat from the foot of the climb.", "Quentin Massardier", "said", "")],
        [("The race jury fined his team, Corvanne Cycling, 500 Swiss francs for handing up bottles outside the feed zone in the final 20km.", "", "", "W"),
         ("The team said in a statement that it would not appeal.", "The team", "said in a statement", "W")],
        [("Advertisement", "", "", "B")],
        [("The race doctor, Ilsabet Morandeau, said six riders had been treated for heat exhaustion and two had abandoned.", "Ilsabet Morandeau", "said", "W"),
         ("“The road temperature at the foot of the climb was 51 degrees,” she said.", "Ilsabet Morandeau", "said", "W")],
        [("About 40,000 spectators lined the climb, according to an estimate by the local prefecture.", "an estimate by the local prefecture", "according to", "W")],
        [("Friday's sixth stage, 171km to Varre-le-Haut, is expected to end in a bunch sprint.", "", "", ""),
         ("The race finishes on Sunday.", "", "", "W")],
        [("Stage 5 result", "", "", "B")],
        [("1. Aurelian Stoyanov (Vindelle–Krasno) 3h 58m 41s", "", "", "")],
        [("2. Ramiro Echegaray (Brisemont–Vello) +0:38", "", "", "")],
        [("3. Teodor Wasilewski (Corvanne Cycling) s.t.", "", "", "")],
        [("General classification after stage 5", "", "", "B")],
        [("1. Aurelian Stoyanov (Vindelle–Krasno) 17h 12m 05s", "", "", "")],
        [("2. Quentin Massardier (Corvanne Cycling) +1:09", "", "", "")],
        [("3. Ramiro Echegaray (Brisemont–Vello) +1:16", "", "", "")],
        [("Tags: Tour de la Combe-Ardière · Aurelian Stoyanov · Vindelle–Krasno", "", "", "B")],
        [("Want more racing analysis?", "", "", "B"),
         ("Join Echelon Plus for £4.99 a month.", "", "", "B")],
        [("Use code CLIMB20 for 20% off your first year.", "", "", "B")],
        [("© 2026 Echelon Media Group.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Sri Lankan English-language daily's web page: dengue surge
        [("Sunday, 15 November 2026", "", "", "B")],
        [("The Serendib Courier", "", "", "B")],
        [("Print Edition  |  Online  |  News  |  Business  |  Sports  |  Features  |  Editorial", "", "", "B")],
        [("Font size: A-  A  A+", "", "", "B")],
        [("Dengue cases up 62% as monsoon rains arrive early", "", "", "W")],
        [("By Tharindu Kalansuriya", "", "", "B")],
        [("Views: 2,418", "", "", "B")],
        [("Dengue cases rose by 62 per cent in the first two weeks of November compared with the same period last year, with 8,914 cases reported across the island, according to the Health Ministry's Disease Surveillance Unit.", "the Health Ministry's Disease Surveillance Unit", "according to", "W")],
        [("Nearly 45 per cent of the cases were reported from the Kelimulla, Dambarawa and Pothugoda districts, the unit said.", "the unit", "said", "W")],
        [("The unit's director, Dr. Sanjeewani Rathugamage, said the early monsoon rains had created breeding sites faster than local authorities could clear them.", "Sanjeewani Rathugamage", "said", "W"),
         ("She said 11 deaths had been reported so far this month, compared with four in November last year.", "Sanjeewani Rathugamage", "said", "W")],
        [("“Most of the breeding sites we are finding are inside private premises, not in public drains,” Dr. Rathugamage said.", "Sanjeewani Rathugamage", "said", "W"),
         ("“Discarded containers, roof gutters and water tanks without lids account for more than 70 per cent of them.”", "Sanjeewani Rathugamage", "said", "W")],
        [("Dengue at a glance", "", "", "B")],
        [("Cases, 1-14 November: 8,914", "", "", "W")],
        [("Same period in 2025: 5,503", "", "", "W")],
        [("Deaths this month: 11", "", "", "W")],
        [("Worst-affected district: Kelimulla (2,106 cases)", "", "", "W")],
        [("Kelimulla's Medical Officer of Health, Dr. W. M. Priyantha Ekanayake, said his office had inspected 31,000 premises since November 1 and issued 412 notices.", "W. M. Priyantha Ekanayake", "said", "W"),
         ("Owners who do not clear breeding sites within a week can be fined up to Rs. 25,000 under the Mosquito Breeding Prevention Act, he said.", "W. M. Priyantha Ekanayake", "said", "W")],
        [("Brigadier Chaminda Senevirathne said 1,800 soldiers had been deployed to help clean schools and public places in the three districts.", "Chaminda Senevirathne", "said", "W")],
        [("At Kelimulla Base Hospital, where a second dengue ward opened on Thursday, nurses said every bed was taken.", "nurses", "said", "W")],
        [("Hospital director Dr. Nalaka Ranasoma told the Courier that 96 dengue patients had been admitted in the past 48 hours, 14 of them children.", "Nalaka Ranasoma", "told the Courier", "W")],
        [("Residents of Ihala Pothugoda complained that garbage had not been collected for three weeks.", "Residents of Ihala Pothugoda", "complained", "W"),
         ("“We called the council four times,” said K. A. Dilrukshi Madugalle, a mother of two whose son was admitted to hospital last week.", "K. A. Dilrukshi Madugalle", "said", "")],
        [("The Pothugoda Pradeshiya Sabha's secretary said two of its three garbage trucks had broken down and a hired truck would begin collections on Monday.", "The Pothugoda Pradeshiya Sabha's secretary", "said", "W")],
        [("The public is advised to seek medical help if a fever lasts more than two days and to avoid painkillers other than paracetamol.", "", "", "B")],
        [("Related Articles", "", "", "B")],
        [("Kelimulla hospital gets second dengue ward", "", "", "B")],
        [("Heavy rain warning for five districts", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Comments are moderated and will appear after approval.", "", "", "B"),
         ("The Serendib Courier does not publish comments that are defamatory, abusive or in breach of the law.", "", "", "B")],
        [("Copyright © 2026 Serendib Newspapers (Pvt) Ltd.", "", "", "B")],
    ],
    [  # 12. Local democracy reporter's thread pasted from a social platform: council budget night
        [("Post", "", "", "B")],
        [("Conversation", "", "", "B")],
        [("Jory Pollexfen", "", "", "B")],
        [("@JoryPollexfen_LDR", "", "", "B")],
        [("🧵 Holmbarrow Borough Council's budget meeting has just started at the Guildhall.", "", "", ""),
         ("Councillors will vote tonight on a 4.99% council tax rise, the most allowed without a local referendum. 1/", "", "", "W")],
        [("6:02 PM · Feb 24, 2026", "", "", "B")],
        [("1,482 Views", "", "", "B")],
        [("Jory Pollexfen @JoryPollexfen_LDR · 3h", "", "", "B")],
        [("Council leader Cllr Ysolde Kettleworth says the council faces a £14.6m funding gap next year, and £9.1m of it is the rising cost of adult social care. 2/", "Ysolde Kettleworth", "says", "W")],
        [("4   11   37", "", "", "B")],
        [("Jory Pollexfen @JoryPollexfen_LDR · 3h", "", "", "B")],
        [("Kettleworth: “Every council in the country is in the same boat.", "Ysolde Kettleworth", "Kettleworth:", ""),
         ("We did not choose this.” 3/", "Ysolde Kettleworth", "Kettleworth:", "")],
        [("Jory Pollexfen @JoryPollexfen_LDR · 3h", "", "", "B")],
        [("The budget also puts parking charges up by 20p an hour in all 14 council car parks and closes the Marlinspike Lane tip on Wednesdays. 4/", "", "", "W")],
        [("Jory Pollexfen @JoryPollexfen_LDR · 2h", "", "", "B")],
        [("Opposition leader Cllr Hamish Dalgleish says the administration has spent £2.3m on consultants since 2024 “while locking the toilets in our parks”. 5/", "Hamish Dalgleish", "says", "W")],
        [("Jory Pollexfen @JoryPollexfen_LDR · 2h", "", "", "B")],
        [("His amendment would have kept the tip open on Wednesdays by cutting £180k from the communications budget. 6/", "", "", "W")],
        [("Jory Pollexfen @JoryPollexfen_LDR · 2h", "", "", "B")],
        [("It falls: 19 for, 32 against. 7/", "", "", "W")],
        [("Jory Pollexfen @JoryPollexfen_LDR · 2h", "", "", "B")],
        [("Cabinet member for finance Cllr Deepa Holtby says most of the consultancy spend was on the new leisure centre and will not be repeated. 8/", "Deepa Holtby", "says", "W")],
        [("Jory Pollexfen @JoryPollexfen_LDR · 1h", "", "", "B")],
        [("A man in the public gallery shouts “What about the buses?” and is asked to leave by the mayor. 9/", "A man in the public gallery", "shouts", "")],
        [("Jory Pollexfen @JoryPollexfen_LDR · 1h", "", "", "B")],
        [("RESULT: Budget approved.", "", "", "W"),
         ("31 for, 18 against, 2 abstentions.", "", "", "W"),
         ("Band D council tax in Holmbarrow will be £2,184.37 from April, up £103.82. 10/10", "", "", "W")],
        [("Full story on the Holmbarrow Gazette website later tonight.", "", "", "B")],
        [("2   9   58   3.1K", "", "", "B")],
        [("Replying to @JoryPollexfen_LDR", "", "", "B")],
        [("Pensioner Pete @petesaysno · 1h", "", "", "B")],
        [("Another 5% and they still can't empty the bins on time.", "", "", "B")],
        [("Holmbarrow Borough Council @HolmbarrowBC · 48m", "", "", "B")],
        [("Replying to @JoryPollexfen_LDR", "", "", "B")],
        [("Thanks Jory.", "", "", "B"),
         ("The full budget papers are on our website at holmbarrow.gov.uk/budget2026.", "", "", "B")],
        [("Show more replies", "", "", "B")],
        [("Relevant people", "", "", "B")],
        [("Jory Pollexfen @JoryPollexfen_LDR Follow", "", "", "B")],
        [("Local democracy reporter covering Holmbarrow and the Vale for the Holmbarrow Gazette.", "", "", "B"),
         ("DMs open.", "", "", "B")],
        [("Trends for you", "", "", "B")],
        [("Politics · Trending", "", "", "B")],
        [("#BudgetNight", "", "", "B")],
        [("2,391 posts", "", "", "B")],
        [("Terms   Privacy   Cookie policy   Accessibility   Ad settings   More ···   © 2026", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    # --- abbreviations in the middle of a sentence ------------------------------------------------
    ("h10-rs-mid", "Owners can be fined up to Rs. 25,000 for a first offence.",
     ["Owners can be fined up to Rs. 25,000 for a first offence."]),
    ("h10-rt-hon-mid", "The Rt. Hon. Mabli Strood adjourned the House until Tuesday.",
     ["The Rt. Hon. Mabli Strood adjourned the House until Tuesday."]),
    ("h10-approx-mid", "The plant employs approx. 400 people at its Dunlarrig site.",
     ["The plant employs approx. 400 people at its Dunlarrig site."]),
    ("h10-vs-mid", "Saturday's final is Calverleigh Rovers vs. Pellbridge Town at 3pm.",
     ["Saturday's final is Calverleigh Rovers vs. Pellbridge Town at 3pm."]),
    ("h10-ie-mid", "The cap applies to unit rates, i.e. the price per kWh, not to total bills.",
     ["The cap applies to unit rates, i.e. the price per kWh, not to total bills."]),
    ("h10-initials-mid", "Dr. R. K. S. Weerakkody told the inquiry the samples had been mislabelled.",
     ["Dr. R. K. S. Weerakkody told the inquiry the samples had been mislabelled."]),
    # --- abbreviations that end a sentence before a capital ---------------------------------------
    ("h10-st-end", "Orvell was 12th, s.t. The gap to the leader is now 41 seconds.",
     ["Orvell was 12th, s.t.", "The gap to the leader is now 41 seconds."]),
    ("h10-month-abbrev-end", "The contract was signed on 14 Jan. Work began a week later.",
     ["The contract was signed on 14 Jan.", "Work began a week later."]),
    ("h10-phd-end", "She joined the unit after finishing her Ph.D. Her first study was published in 2019.",
     ["She joined the unit after finishing her Ph.D.", "Her first study was published in 2019."]),
    ("h10-pvt-ltd-end", "The paper is owned by Arunadi Newspapers (Pvt) Ltd. Its editor is Kalpana Dewage.",
     ["The paper is owned by Arunadi Newspapers (Pvt) Ltd.", "Its editor is Kalpana Dewage."]),
    ("h10-wash-end", "The firm is based in Orcutt Falls, Wash. It has 210 staff.",
     ["The firm is based in Orcutt Falls, Wash.", "It has 210 staff."]),
    # --- designations -------------------------------------------------------------------------------
    ("h10-page-mid", "The exchange is recorded on p. 1187 of the proof transcript.",
     ["The exchange is recorded on p. 1187 of the proof transcript."]),
    ("h10-no-designation-start", "No. 4 Squadron will leave the base in June.",
     ["No. 4 Squadron will leave the base in June."]),
    # --- transcripts, threads and quotes ------------------------------------------------------------
    ("h10-hansard-label-time", "Mr HOLLINWORTH (14:06): I thank the member. The figure is correct.",
     ["Mr HOLLINWORTH (14:06): I thank the member.", "The figure is correct."]),
    ("h10-order-exclaim", "The SPEAKER: Order! The member will resume his seat.",
     ["The SPEAKER: Order!", "The member will resume his seat."]),
    ("h10-thread-counter", "The vote is at 8pm. 3/ Councillors are now debating the amendment. 4/",
     ["The vote is at 8pm. 3/", "Councillors are now debating the amendment. 4/"]),
    ("h10-no-answer-quote", "Asked if he would resign, Fenhallow said: “No.” The meeting ended soon after.",
     ["Asked if he would resign, Fenhallow said: “No.”", "The meeting ended soon after."]),
    ("h10-ellipsis-in-quote", "“We waited … and waited,” said Oriel Banfather. The bus never came.",
     ["“We waited … and waited,” said Oriel Banfather.", "The bus never came."]),
    # --- headlines and questions ----------------------------------------------------------------------
    ("h10-exclusive-headline", "EXCLUSIVE-Port operator weighs sale of 49% stake, sources say",
     ["EXCLUSIVE-Port operator weighs sale of 49% stake, sources say"]),
    ("h10-question-then-answer", "Will rates go up again next year? The mayor would not say.",
     ["Will rates go up again next year?", "The mayor would not say."]),
]  # fmt: skip
