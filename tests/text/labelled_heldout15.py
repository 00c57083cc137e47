"""Fifteenth held-out set of hand-labelled pages for the hint engines: twelve page types.

Written from scratch as a held-out set, without looking at the engine's code or output (neither
`claimreview/` nor the scorer's results were opened, and no test, scorer or engine was run; only an
import of this file was tried, to check its structure): every person, place, organisation, outlet,
company, party, team, product and number is invented (a few countries, US states and Canadian
provinces, currencies, units, time zones and generic institutions such as "the Commons", "MPs",
"the auditor-general" or "the Centre" appear only as places, units and settings, and social
networks only in share strips), and no surname, town or outlet of any file under `tests/` is
reused (each was checked with grep over the whole `tests/` tree; first names recur). Each page is a
WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in a browser,
so every furniture line is a paragraph of its own. The twelve pages are ordinary pages of
mainstream and local news sites in several English-speaking countries: a UK regional site's
council story behind a pay-or-consent cookie wall, a US metro daily's 911 story with a soft
paywall overlay pasted in the middle, an Australian news site's heatwave live blog, a Canadian
public broadcaster's radio interview transcript, an Indian news site carrying a news agency's
story on a metro fare rise, an Irish regional paper's hurling match report, a New Zealand site's
health story on a blood-pressure trial with an expert-reaction box, a US county weekly's tornado
story, a South African news site's water-outage story, a UK national paper's politics story with
a key-points box and an analysis box, a Kenyan site's exam-results story and a US town weekly's
police log with news briefs. The three things they stress are (1) furniture of every kind worded
afresh, at the head, in the middle and at the tail (pay-or-consent walls, partner counts, bookmark
and comment counters, WhatsApp community prompts, mid-story paywall overlays, subscriber badges,
audio lines, bios, tag lines, "Trending Nationally", key-event lists, "What we know so far",
JavaScript notices, question forms, acknowledgements of country, show and posted lines, edited-for-
length notes, "Written by:" and "Edited By:" lines, "Also Read |" lines, syndicated-feed notes,
"Photo / Supplied" credits, bilingual menus, expert-reaction boxes, conflict-of-interest and
journalism-funding lines, weather-alert banners, "How to help" boxes, sponsored content, load-
shedding widgets, "READ |" lines, company registration lines, analysis boxes with their own
bylines, "Topics", "Ad Feature", "Photo | Courtesy", SMS result instructions, log disclaimers, day
headers and events listings); (2) who is speaking ("a log of the call obtained by ...", "one
dispatcher said", "did not return calls seeking comment", "described", "recommended", short company
names in entry headlines, a post's lead-in, "Our newsroom obtained ... that flagged", "Residents
have told us", a source inside a transcript turn, "a VMRC statement said" and a later "it said",
an agency abbreviation in brackets after a company's name, "the CS said", "the results showed",
"The report put", "Police believe", "reminded residents", "asked residents not to ...");
(3) honest check-worthiness, with many ordinary borderline sentences of both kinds. `STYLES` names
the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new22.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels "B" with the story after them labelled as
before; captions by content and credits "B"; standfirsts and subheads labelled like headlines;
mastheads, kickers, widgets, tickers and share strips "B"; fact-box and "Key points" headings "B"
with their bullets by content; related lists, "Read more" lines, author bios, comment furniture and
readers' comments "B"; reader-service lines and advice to readers "B", advice spoken by a quoted
official keeping its speaker with flags ""; live-blog stamps, entry bylines, key-event lists and
welcome lines "B", entry headlines labelled like headlines; embedded posts with the account holder
as speaker and the cue "posted", display name, handle, date and counts "B"; transcript labels as
cues with the full name as speaker, the host's turns without a speaker unless they cite a source,
procedural turns "B"; line-ups and referee lines "", score lines, scorers' lines and fixtures "W";
journal references one "B" sentence; agency datelines part of the first sentence; wire credits "B";
plans, votes and fixtures "W", forecasts ""; titles, honorifics and role words dropped from
speakers; a pronoun, a later surname or a role noun resolved to the full name as first given; "the
company", "the council" and the like kept as written; "declined to comment", "did not respond" and
their kin labelled like speech with flags ""; what a court, council, board or governor DID carries
no speaker; glued furniture items without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A pay-or-consent wall (the page offers "accept cookies or pay for an ad-light subscription"): its
  heading, its sentences, the price of the ad-light plan, each button and "View our partners (212)"
  are "B" line by line, like any consent banner, whatever figures they state. "Bookmark" and the
  comment counter under the byline ("Comments 27") are "B"; "Join the ... WhatsApp community for the
  latest news" is a sign-up prompt, "B", wherever it falls in the story; "Have your say in the
  comments below." is "B". "Opposition councillor X ... warned that fly-tipping would rise." has the
  cue "warned" and is a forecast, ""; "It is also looking at whether ..." after the council's
  statement has no reporting verb and is a vague intention: no speaker, "".
* A soft paywall pasted in the middle of a story (the overlay's text lands between two paragraphs):
  the "Subscriber Exclusive" badge and every line of the overlay are "B", and the story after it is
  labelled as before. "according to a log of the call obtained by the Ledger" keeps the document as
  written; "Three current dispatchers, who spoke on condition of anonymity ..., described ..." keeps
  the group as written with the cue "described" and is "W" when what they describe (shift lengths)
  could be checked against records; the quote after it is attributed to "one dispatcher", kept as
  written. "The audit recommended ..." keeps "The audit" with the cue "recommended" and is "W" (what
  a published document says). "X ... did not return calls seeking comment" is labelled like "did not
  respond". The reporter's two-sentence bio and "Trending Nationally" with its item are "B".
* A live blog: "Please turn on JavaScript to use this feature" is "B"; "What we know so far" is a
  summary heading, "B", with its bullets labelled by content; each line of the "Ask our reporters a
  question" form is "B"; the Acknowledgement of Country in the footer is "B", like a standards line.
  An entry headline using the company's short name ("Outages down to 65,000, Wirraway says") keeps
  "Wirraway" as written; an entry sentence that reports what the company's outage map now shows,
  without a reporting verb, carries no speaker and is "W". The post's lead-in ("Wirraway posted this
  update a short time ago:") carries "Wirraway" as written with "posted" and flags "", the post's own
  text the account holder's full name "Wirraway Energy"; a combined display-name-and-handle line is
  ONE "B" sentence. A forecaster's timing of a cool change is a forecast, "".
* A radio interview transcript: the host's label ("CALLUM LAPIERRE:", later
  "LAPIERRE:") works like "JOURNALIST:": the host's turns carry no speaker, unless a turn
  cites a source ("Residents have told us ..." keeps "Residents" with the cue "have told us"; "Our
  newsroom obtained an inspection report from 2024 that flagged ..." carries "an inspection report
  from 2024" with the cue "flagged"), and a host's factual preamble is "W". The guest's label is
  the cue and her full name the speaker for every sentence of her turn, a source she cites inside it
  ("The regional health authority tells me ...") and a rhetorical question she asks herself ("Should
  we have moved faster?", "") included. "Last question." and the closing thank-you turns of both
  host and guest are procedural, "B". The introduction under the headline ("Mayor X spoke to ...
  about ...") carries no speaker and is "" (it announces the interview, it claims nothing);
  "Listen to the full interview 9:42", the show name, "Posted:" and "Last Updated:" lines and "This
  interview has been edited for length and clarity." are "B".
* An Indian site carrying an agency story: "Written by: <agency>", "Edited By: Name", "Updated:",
  "Follow Us", "Trending" strips, "Also Read | ..." lines, "First Published:", "Tags:", the
  syndicated-feed note in brackets ("(This story has not been edited by ... staff and is
  auto-generated from a syndicated feed.)"), the "Catch all the Latest ..." line and the app prompt
  are "B". The dateline ("Velampur, Mar 14 (SNA):") is part of the first sentence. A company's
  abbreviation in brackets after its name is part of the sentence and not of the speaker ("the
  Velampur Metro Rail Corporation (VMRC) said" -> "the Velampur Metro Rail Corporation"). "a VMRC
  statement said" keeps the document as written, and a following "it said" resolves to it.
  Indian digit words ("5.8 lakh passengers") are figures like any other.
* An Irish hurling report: a goals-and-points score ("1-24 to 0-20", "0-12 to 0-11") is a score of
  record, "W"; a player's tally ("finished with 0-11") is "W"; the score line standing alone under
  the headline ("Carrigmore 1-24 Dunlavan 0-20") is "W" like a full-time score line. Each "Scorers
  for ...:" line is ONE "W" sentence, with initials without full stops, frees ("0-8f"), a "65"
  and a "sideline" inside brackets all part of it; line-ups with their county name in capitals and
  "Subs:" are data, ""; "Referee: Name (Club)" is ""; "Man of the Match: ..." is "W". A point
  about wides over a stated spell is a statistic, "W"; a verdict on the afternoon is "".
* A New Zealand health story: the bilingual menu ("Hauora | Health") is "B" like any menu; "Photo /
  Supplied" after a caption is a credit, "B"; "Reading time 5 mins" is "B". The "Expert reaction"
  heading is "B", and each expert's sentences under it carry that expert by full name with the cue
  as written (their judgements "", a checkable comparison "W"). The conflict-of-interest line and
  the trial's funding line are "B", like funding notes, even when they state facts about the
  manufacturer; the journalism-funding line ("This story was funded by ...") is "B"; the helpline
  sentence is advice to readers, "B". "The trial had limits." is "", the limitation it announces
  ("Participants knew which treatment they were getting ...") "W". A blood-pressure reading
  ("162/98") is a figure, and a sentence stating one a person's own results is "W".
* A US county weekly's tornado story: the "WEATHER ALERT:" banner above the masthead is "B"; the
  "How to help" box is "B" line by line (drop-off address, hours and volunteer registration: advice
  and listings for readers); "Support Local Journalism" and its sentences, the reporter's contact
  line and "Sponsored Content" with its headline are "B". "City Administrator X ... asked residents
  not to burn storm debris." is advice spoken by an official, kept with the cue "asked" and flags
  ""; "The city will collect storm debris placed at the curb through April 30." is a plan of record,
  "W", as a service decision reported in the story. "Gov. X declared a state of emergency" is what
  the governor DID, "W" with no speaker. "Her son, Travis, said" resolves to "Travis Pekarek" (the
  surname of his mother, as first given).
* A South African news site: the load-shedding status widget is "B" like a weather strip; "READ |
  ..." lines are "B" like "Also Read |"; "Listen to this article" and its running time are "B"; the
  company registration line with "(Pty) Ltd." and "Reg. No." is ONE "B" sentence (a glued furniture
  item); the press-code line is "B". "The report put the backlog ... at R1.6 billion" keeps "The
  report" with the cue "put", like budget papers that "put" a cost. A group of residents from two
  suburbs ("Residents in Nqweba Heights and Sandpoort said ...") is kept as written; what they say
  about the tankers is checkable and "W". Water restrictions in force are a rule of record, "W";
  the line telling readers where to check tanker schedules and report leaks is "B".
* A UK national paper's politics story: "UK edition ▾" is "B"; the "Key points" bullets with "•"
  are labelled by content, the bullet character part of the sentence; "Analysis" and the analysis
  box's own byline line are "B", and the analysis text is the outlet's journalist's: no speaker,
  facts "W", predictions and judgements ("Expect to hear a lot more about this.") "". The "Topics"
  strip, "Show comments" and the moderation line, "Most Viewed" with its numbers and headlines, "Ad
  Feature" with its headline and the registered-company footer are "B". "The government ...,
  saying ..." carries "The government" with the cue "saying"; a standfirst whose source is "Transport
  Secretary" resolves to the minister named in the body.
* A Kenyan exam-results story: "Photo | Courtesy" is a credit, "B"; "Also Read:" lines are "B"; "the
  CS" (Cabinet Secretary) is a role noun and resolves to the full name as first given; "Dr" is
  dropped; "the results showed" keeps "the results" as written; the SMS and portal instructions for
  candidates are reader service, "B"; a union that "welcomed ... but said" has the cue "said". A
  school's own figures given by its principal are "W".
* A town weekly's police log: the log is the police department's record reproduced by the paper,
  like council minutes pasted under a story, so its entries carry no speaker; each entry with its
  time glued on ("7:12 a.m. — ...") is ONE sentence from the time to its first full stop, labelled by
  content, "W" for reported events, arrests, charges, bail and court dates; "Police believe ..." keeps
  "Police" with the cue "believe" and is "" (hedged). The introductory note saying where the entries
  come from and the presumption-of-innocence note are "B", like a reporting-restriction note; each
  day header ("Tuesday, March 31") is "B", like a date line. The fire chief who "reminded residents"
  to have chimneys cleaned is advice spoken by an official, "". The "In brief" label is "B"; each
  brief's headline is labelled like a headline; the "Upcoming" listing is "B", like an events diary.

`HELDOUT_CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "UK regional news site behind a pay-or-consent cookie wall (county council votes to close two household recycling centres; consent wall with partner count and ad-light price, bookmark and comment counter, Read more line, WhatsApp community prompt, newsletter box, Most Read numbers, comments, registered-company footer)",
    "US metro daily's local story with a soft paywall overlay pasted in the middle (county 911 dispatch center short of staff; weather chip, subscriber badge, audio line, document as source, anonymous dispatchers, audit recommended, did not return calls, union local's statement, bio, tags, Trending Nationally)",
    "Australian news site's live blog (heatwave and rolling power outages; LIVE label, key-event list, What we know so far bullets, JavaScript notice, entry stamps and bylines, embedded post from the grid operator, question form, acknowledgement of country)",
    "Canadian public broadcaster's radio interview transcript (mayor on a boil-water advisory; show and posted lines, edited-for-length note, host and guest labels with surname labels later, sources inside turns, procedural turns, reader-service line, related stories)",
    "Indian news site carrying a news agency's story (metro fares rise; Written by / Edited By lines, dateline with agency tag, company abbreviation in brackets, lakh figures, Also Read line, syndicated-feed note, tags, app prompt, Pvt. Ltd. footer)",
    "Irish regional paper's hurling match report (league semi-final; goals-and-points scores, half-time score, scorers' lines with frees and 65s, line-ups in capitals, subs, referee, man of the match, fixture)",
    "New Zealand news site's health story (single-pill blood pressure trial; bilingual menu, Photo / Supplied credit, reading time, study figures, patient's readings, stated limitations, Expert reaction box, conflict-of-interest and funding lines, helpline, journal reference, journalism-funding line)",
    "US county weekly's tornado story (EF-2 tornado damages homes; weather-alert banner, masthead slogan, survey as source, sirens time, governor's declaration, residents' accounts, How to help box, support-local-journalism box, reporter contact, sponsored content)",
    "South African news site's water-outage story (burst bulk main and low reservoirs; load-shedding widget, audio line, READ lines, infrastructure report and auditor-general's report as sources, water restrictions, reader-service line, press-code line, (Pty) Ltd. registration line)",
    "UK national paper's politics story (rail upgrade scrapped; UK edition picker, Key points bullets, Commons caption, minister told MPs, shadow minister called, regional mayor, Analysis box with its own byline, Topics strip, comments furniture, Most Viewed, Ad Feature)",
    "Kenyan news site's national exam-results story (Form Four results; Photo | Courtesy credit, the CS said, the results showed, union welcomed but said, principal's school figures, SMS instructions, Also Read lines, WhatsApp prompt, trending list)",
    "US town weekly's police and fire log with news briefs (log entries with a.m./p.m. times, log disclaimers, day headers, arrest with bail and court date, Police believe, fire chief's reminder, In brief items, school board vote, Upcoming listing)",
]

ARTICLES = [
    [  # 1. UK regional news site behind a pay-or-consent cookie wall
        [("Skellbridge Gazette", "", "", "B")],
        [("Your privacy, your choice", "", "", "B")],
        [("We and our 212 partners use cookies and similar technologies to show you personalised adverts, measure how they perform and understand how our site is used.", "", "", "B"),
         ("You can read the Skellbridge Gazette for free if you accept, or subscribe to Gazette Ad-Lite for £2.99 a month to browse with fewer adverts and no personalised tracking.", "", "", "B")],
        [("You can change your mind at any time using the “Privacy choices” link at the bottom of every page.", "", "", "B")],
        [("Accept and continue", "", "", "B")],
        [("Subscribe to Ad-Lite", "", "", "B")],
        [("Already subscribed?", "", "", "B"),
         ("Sign in", "", "", "B")],
        [("View our partners (212)", "", "", "B")],
        [("Skip to content", "", "", "B")],
        [("News   Sport   What's On   Business   Property   Jobs   Motors   Obituaries   Puzzles", "", "", "B")],
        [("News › Skellbridge › Council", "", "", "B")],
        [("Two recycling centres to close as council looks to save £1.1m", "", "", "W")],
        [("Residents in Cawdle Green and Hethwick Cross face round trips of up to 22 miles to get rid of garden waste and old furniture", "", "", "W")],
        [("By Hollie Wenmoth", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [("14:06, 3 Mar 2026 · Updated 16:41, 3 Mar 2026", "", "", "B")],
        [("Bookmark", "", "", "B")],
        [("Comments 27", "", "", "B")],
        [("The household waste recycling centre at Hethwick Cross, one of two sites earmarked for closure.", "", "", "W"),
         ("(Image: Orrinshire County Council)", "", "", "B")],
        [("Two of Orrinshire's five household waste recycling centres will close this summer after councillors voted to approve the cuts on Tuesday.", "", "", "W")],
        [("The sites at Cawdle Green and Hethwick Cross will shut on 30 June under plans the county council says will save about £1.1 million a year.", "the county council", "says", "W")],
        [("The authority's cabinet approved the closures by six votes to three at County Hall, despite a petition against them signed by more than 4,800 people.", "", "", "W")],
        [("Cllr Marian Duxbury, cabinet member for environment, said the council had “run out of painless options”.", "Marian Duxbury", "said", "")],
        [("“We have to find £19 million of savings next year, and every pound we don't save on bins is a pound we take from children's services,” she said.", "Marian Duxbury", "said", "W"),
         ("“Nobody on this cabinet wanted to stand here today and do this.”", "Marian Duxbury", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Read more: Orrinshire council tax to rise by 4.99% from April", "", "", "B")],
        [("Under the plans, residents will be directed to the remaining centres at Skellbridge, Hobb's Fen and Ullenby.", "", "", "W")],
        [("For some households in the north of the county, that will mean a round trip of 22 miles, according to figures presented to the cabinet.", "figures presented to the cabinet", "according to", "W")],
        [("Opposition councillor Dev Dwumfour-Amoah, who represents Cawdle Green, warned that fly-tipping would rise.", "Dev Dwumfour-Amoah", "warned", "")],
        [("“People are not going to drive 40 minutes with a mattress in the back of a hatchback,” he told the meeting.", "Dev Dwumfour-Amoah", "told the meeting", ""),
         ("“They'll leave it in a lay-by, and the council will pay to pick it up anyway.”", "Dev Dwumfour-Amoah", "told the meeting", "")],
        [("Fly-tipping incidents in Orrinshire rose from 3,912 in 2023-24 to 4,607 in 2024-25, council figures show.", "council figures", "show", "W")],
        [("Join the Skellbridge Gazette's WhatsApp community for the latest news", "", "", "B")],
        [("The council said it would extend its bulky-waste collection service, which costs £32 for up to three items, to help residents affected by the closures.", "The council", "said", "W"),
         ("It is also looking at whether a mobile recycling van could visit Cawdle Green once a month.", "", "", "")],
        [("Hethwick Cross resident Gwen Hatherleigh, 67, who collected signatures for the petition outside the village shop, said she felt “ignored”.", "Gwen Hatherleigh", "said", "")],
        [("“We were told it was a consultation, but they'd made up their minds before a single form was filled in,” she said.", "Gwen Hatherleigh", "said", "")],
        [("Staff at the two sites will be offered jobs at the remaining centres, the council said.", "the council", "said", "W")],
        [("The union Unity Works, which represents 11 of the 14 staff affected, said it was seeking urgent talks.", "Unity Works", "said", "W")],
        [("A decision on opening hours at the remaining sites will be taken in May.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("Have your say in the comments below.", "", "", "B")],
        [("Get the Gazette's Morning Briefing", "", "", "B")],
        [("The biggest stories from across Orrinshire, in your inbox before 7am.", "", "", "B")],
        [("Enter your email address", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("We will use your email address to send you this newsletter and, if you agree, offers from our partners.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1", "", "", "B")],
        [("Man, 34, charged after Skellbridge market stall fire", "", "", "B")],
        [("2", "", "", "B")],
        [("Full list of Orrinshire roads to be resurfaced this spring", "", "", "B")],
        [("3", "", "", "B")],
        [("Popular Ullenby café closes after 26 years", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Sort by: Newest", "", "", "B")],
        [("CawdleCarl", "", "", "B")],
        [("Pay more council tax than ever and get less every year.", "", "", "B"),
         ("Typical.", "", "", "B")],
        [("Reply · 14 likes", "", "", "B")],
        [("Contact us | Advertise | Privacy choices | Terms | Corrections and complaints", "", "", "B")],
        [("© 2026 Orrinshire Media Group Ltd.", "", "", "B"),
         ("Registered in England and Wales No. 04718823.", "", "", "B")],
    ],
    [  # 2. US metro daily, soft paywall overlay pasted in the middle of the story
        [("Skip to content", "", "", "B")],
        [("The Tallowford Ledger", "", "", "B")],
        [("Subscribe for $1", "", "", "B")],
        [("Log In", "", "", "B")],
        [("Sections   News   Sports   Business   Opinion   Obituaries   E-Edition   Things to Do", "", "", "B")],
        [("52°F Partly Cloudy", "", "", "B")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Gorrell County 911 calls are taking longer to answer as dispatchers quit", "", "", "W")],
        [("An audit found that 1 in 5 emergency calls last year rang for more than 20 seconds, twice the rate of 2022", "An audit", "found", "W")],
        [("By Marisol Echevarría | mechevarria@tallowfordledger.example | The Tallowford Ledger", "", "", "B")],
        [("PUBLISHED: March 9, 2026 at 5:30 a.m. | UPDATED: March 9, 2026 at 11:02 a.m.", "", "", "B")],
        [("Listen to this article", "", "", "B")],
        [("6 min", "", "", "B")],
        [("Subscriber Exclusive", "", "", "B")],
        [("When Darla Kasprowicz dialed 911 on the night of Jan. 17, her husband had collapsed on the kitchen floor and was not breathing.", "", "", "W")],
        [("The call rang for 41 seconds before a dispatcher picked up, according to a log of the call obtained by the Ledger.", "a log of the call obtained by the Ledger", "according to", "W")],
        [("“Forty-one seconds doesn't sound like much until you're counting them,” Kasprowicz said.", "Darla Kasprowicz", "said", "")],
        [("Her husband, Frank, survived after paramedics restarted his heart in the driveway.", "", "", "W")],
        [("Delays like that one have become more common at the Gorrell County Emergency Communications Center, which answers 911 calls for the county's 310,000 residents.", "", "", "W")],
        [("The center answered 79% of calls within 15 seconds last year, below the 90% target set in state rules, according to an audit released Friday by the county's internal auditor.", "an audit released Friday by the county's internal auditor", "according to", "W"),
         ("In 2022, it met the target in every month.", "", "", "W")],
        [("The audit found that the center had 38 dispatchers on staff in December, against 57 budgeted positions.", "The audit", "found", "W")],
        [("You've read all of your free articles this month.", "", "", "B")],
        [("Subscribe now for unlimited digital access.", "", "", "B")],
        [("Only $1 for your first 6 months", "", "", "B")],
        [("Billed as $1 for 6 months, then $14.99 per month.", "", "", "B")],
        [("Subscribe Now", "", "", "B")],
        [("Already a subscriber?", "", "", "B"),
         ("Log in", "", "", "B")],
        [("Cancel anytime.", "", "", "B")],
        [("Director Lavonne Petitjean, who has run the center since 2021, said dispatchers were leaving for better-paid jobs in neighboring counties and at private security firms.", "Lavonne Petitjean", "said", "W")],
        [("“We train someone for six months, and 18 months later they're answering phones for Bellbrook County at $4 more an hour,” Petitjean told the Ledger.", "Lavonne Petitjean", "told the Ledger", "W")],
        [("Starting pay for a Gorrell County dispatcher is $19.40 an hour.", "", "", "W"),
         ("Neighboring Bellbrook County pays $23.10, according to job postings.", "job postings", "according to", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("The story continues after this ad", "", "", "B")],
        [("Three current dispatchers, who spoke on condition of anonymity because they were not authorized to speak to reporters, described mandatory 16-hour shifts several times a month.", "Three current dispatchers", "described", "W")],
        [("“You're taking a cardiac arrest at hour 15, and you're just praying you don't miss an address,” one dispatcher said.", "one dispatcher", "said", "")],
        [("The audit recommended raising pay, hiring part-time call-takers for peak hours and letting dispatchers work four 10-hour days.", "The audit", "recommended", "W")],
        [("County Commission Chair Rodney Stroudwater said the commission would vote on a 12% raise for dispatchers at its March 24 meeting.", "Rodney Stroudwater", "said", "W")],
        [("“I don't know anyone on this commission who's going to vote against it,” he said.", "Rodney Stroudwater", "said", "")],
        [("Sheriff Amos Yarbro, whose deputies rely on the center for radio dispatch, did not return calls seeking comment.", "Amos Yarbro", "did not return calls seeking comment", "")],
        [("Local 4418 of the Public Employees Guild, which represents the dispatchers, said in a statement that the raise was “a start, not a fix.”", "Local 4418 of the Public Employees Guild", "said in a statement", "")],
        [("The center handled 214,000 calls in 2025, about 11% more than in 2022.", "", "", "W")],
        [("Kasprowicz said she has since signed up for a CPR class at the county library.", "Darla Kasprowicz", "said", "")],
        [("“If I have to wait again, at least I'll know what to do while I'm waiting,” she said.", "Darla Kasprowicz", "said", "")],
        [("Report an Error", "", "", "B")],
        [("Submit a News Tip", "", "", "B")],
        [("Tags: 911, Emergency Services, Gorrell County, Government", "", "", "B")],
        [("Marisol Echevarría covers county government for the Ledger.", "", "", "B"),
         ("She joined the paper in 2019.", "", "", "B")],
        [("More in Local News", "", "", "B")],
        [("Tallowford school board picks interim superintendent", "", "", "B")],
        [("Bramblewood Avenue bridge to close for two weeks of repairs", "", "", "B")],
        [("Trending Nationally", "", "", "B")],
        [("Couple finds 1930s love letters hidden in attic wall", "", "", "B")],
        [("Copyright © 2026 The Tallowford Ledger | Privacy Policy | Cookie Settings | Terms of Use | Do Not Sell or Share My Personal Information", "", "", "B")],
    ],
    [  # 3. Australian news site's live blog: heatwave and rolling power outages
        [("The Gumleaf Daily", "", "", "B")],
        [("News   Politics   World   Business   Sport   Lifestyle   Weather", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Heatwave live: 65,000 homes without power as Tindalwarra hits 44.6C", "", "", "W")],
        [("Wirraway Energy says crews are working through the night, as the city records its hottest March day", "Wirraway Energy", "says", "W")],
        [("By Brodie McAlinden and Marika Voulgaris", "", "", "B")],
        [("Updated 7.48pm AEDT, Thursday 12 March 2026", "", "", "B")],
        [("Key events", "", "", "B")],
        [("Show key events only", "", "", "B")],
        [("Please turn on JavaScript to use this feature", "", "", "B")],
        [("6.55pm Premier declares heat emergency", "", "", "B")],
        [("5.20pm Temperature record broken", "", "", "B")],
        [("3.05pm Rolling outages begin", "", "", "B")],
        [("What we know so far", "", "", "B")],
        [("About 65,000 homes and businesses across Tindalwarra were without power at 7.30pm, according to Wirraway Energy.", "Wirraway Energy", "according to", "W")],
        [("The city reached 44.6C at 4.48pm, the highest March temperature at the Currawong Point weather station since records began in 1911.", "", "", "W")],
        [("Premier Annalise Vukovic has declared a heat emergency, allowing the government to open air-conditioned shelters in public buildings.", "", "", "W")],
        [("Total fire bans are in place across six districts on Friday.", "", "", "W")],
        [("7.48pm AEDT", "", "", "B")],
        [("Brodie McAlinden", "", "", "B")],
        [("Outages down to 65,000, Wirraway says", "Wirraway", "says", "W")],
        [("Wirraway Energy has just updated its outage map, and the number of customers without power has fallen from about 71,000 at 7pm to 65,000.", "", "", "W")],
        [("The worst-hit suburbs remain Ferrymead Heights, Carnaby Flat and most of the northern beaches.", "", "", "W")],
        [("6.55pm AEDT", "", "", "B")],
        [("Marika Voulgaris", "", "", "B")],
        [("Premier declares heat emergency", "", "", "W")],
        [("Premier Annalise Vukovic has declared a heat emergency for the first time since the powers were created in 2019.", "", "", "W")],
        [("Speaking outside the state's parliament, she said nine libraries and four community centres would stay open until midnight as cool shelters.", "Annalise Vukovic", "said", "W")],
        [("“If you don't have air conditioning, or your power's out, please don't sit at home and tough it out,” she said.", "Annalise Vukovic", "said", ""),
         ("“Check on your neighbours, especially older people who live alone.”", "Annalise Vukovic", "said", "")],
        [("Vukovic said trains and buses would also be free on Friday.", "Annalise Vukovic", "said", "W")],
        [("6.20pm AEDT", "", "", "B")],
        [("Brodie McAlinden", "", "", "B")],
        [("Wirraway defends rolling outages", "Wirraway", "defends", "")],
        [("Wirraway Energy's chief executive, Dimitri Lazaridis, told 6TW radio the rolling outages were needed to stop a wider collapse of the network.", "Dimitri Lazaridis", "told 6TW radio", "W")],
        [("“Demand hit 9,412 megawatts at about 5pm, which is more than we've ever seen,” he said.", "Dimitri Lazaridis", "said", "W"),
         ("“When two of our big transmission lines tripped, we had minutes, not hours, to take load off.”", "Dimitri Lazaridis", "said", "W")],
        [("He said each outage was meant to last no more than an hour per suburb, but conceded some households had been without power since 3pm.", "Dimitri Lazaridis", "said", "W")],
        [("Wirraway posted this update a short time ago:", "Wirraway", "posted", "")],
        [("Wirraway Energy @WirrawayEnergy", "", "", "B")],
        [("We're aware some customers have been off supply for longer than planned.", "Wirraway Energy", "posted", ""),
         ("Crews are restoring power suburb by suburb and we expect most customers to be back on by midnight.", "Wirraway Energy", "posted", "")],
        [("6:14 PM · Mar 12, 2026", "", "", "B")],
        [("1.2K Reposts   3.4K Likes", "", "", "B")],
        [("5.20pm AEDT", "", "", "B")],
        [("Marika Voulgaris", "", "", "B")],
        [("Temperature record broken", "", "", "W")],
        [("It's official: Tindalwarra has had its hottest March day on record.", "", "", "W")],
        [("The weather bureau says the Currawong Point station reached 44.6C at 4.48pm, beating the previous March record of 43.9C set in 1940.", "The weather bureau", "says", "W")],
        [("Senior forecaster Grace Akinsola-Whelan said a cool change was expected to reach the coast around 3am on Friday, dropping temperatures by about 15 degrees.", "Grace Akinsola-Whelan", "said", "")],
        [("“It'll be a very uncomfortable night before then,” she said.", "Grace Akinsola-Whelan", "said", "")],
        [("4.40pm AEDT", "", "", "B")],
        [("Brodie McAlinden", "", "", "B")],
        [("Paramedics report spike in heat-related calls", "Paramedics", "report", "W")],
        [("The state ambulance service says it had received 312 heat-related calls by 4pm, almost three times the number on an average March day.", "The state ambulance service", "says", "W"),
         ("Most were for dehydration and heat exhaustion, a spokesperson said.", "a spokesperson", "said", "W")],
        [("Ask our reporters a question", "", "", "B")],
        [("Submit", "", "", "B")],
        [("By submitting, you agree to our terms of use and privacy policy.", "", "", "B")],
        [("3.05pm AEDT", "", "", "B")],
        [("Marika Voulgaris", "", "", "B")],
        [("Rolling outages begin in northern suburbs", "", "", "W")],
        [("Wirraway Energy has started rolling outages in parts of the northern suburbs, cutting power to about 18,000 customers.", "", "", "W"),
         ("The company says the outages will move from suburb to suburb and last up to an hour in each.", "The company", "says", "W")],
        [("Got a news tip?", "", "", "B"),
         ("Email tips@gumleafdaily.example.au", "", "", "B")],
        [("About us | Contact | Advertise | Terms of use | Privacy | Complaints", "", "", "B")],
        [("The Gumleaf Daily acknowledges the Traditional Custodians of the lands on which we work, and pays respect to Elders past and present.", "", "", "B")],
        [("© 2026 Gumleaf Media Pty Ltd", "", "", "B")],
    ],
    [  # 4. Canadian public broadcaster's radio interview transcript
        [("NPB News", "", "", "B")],
        [("Sign In", "", "", "B")],
        [("Home   Local   Canada   World   Politics   Indigenous   Radio   Podcasts", "", "", "B")],
        [("NPB Manitoba", "", "", "B")],
        [("Port Ewerby mayor says boil-water advisory could last another 2 weeks", "Deborah Kapoor-Nyberg", "says", "")],
        [("Listen to the full interview 9:42", "", "", "B")],
        [("The Morning Run", "", "", "B")],
        [("Posted: Mar 18, 2026 8:14 AM CDT", "", "", "B")],
        [("Last Updated: 2 hours ago", "", "", "B")],
        [("Port Ewerby residents line up for bottled water at the Centennial Arena on Monday.", "", "", ""),
         ("(Tessa Guimond/NPB)", "", "", "B")],
        [("About 11,000 people in Port Ewerby have been under a boil-water advisory since March 12, when tests found E. coli in the town's treated water.", "", "", "W")],
        [("Mayor Deborah Kapoor-Nyberg spoke to The Morning Run host Callum Lapierre about when the water will be safe to drink.", "", "", "")],
        [("This interview has been edited for length and clarity.", "", "", "B")],
        [("CALLUM LAPIERRE: Mayor, the advisory has been in place for six days now.", "", "", "W"),
         ("When can people in Port Ewerby drink their tap water again?", "", "", "")],
        [("DEBORAH KAPOOR-NYBERG: Honestly, I can't give you a date this morning.", "Deborah Kapoor-Nyberg", "DEBORAH KAPOOR-NYBERG:", ""),
         ("What I can tell you is that the province needs three clean samples in a row, 24 hours apart, before it will lift the advisory.", "Deborah Kapoor-Nyberg", "DEBORAH KAPOOR-NYBERG:", "W"),
         ("We had our first clean sample yesterday.", "Deborah Kapoor-Nyberg", "DEBORAH KAPOOR-NYBERG:", "W"),
         ("So the earliest would be Friday, but I'd be surprised, frankly, if it's that quick.", "Deborah Kapoor-Nyberg", "DEBORAH KAPOOR-NYBERG:", "")],
        [("LAPIERRE: What went wrong at the plant?", "", "", "")],
        [("KAPOOR-NYBERG: A chlorine pump failed overnight on the 11th, and the backup didn't kick in.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "W"),
         ("Our operators caught it at about 6 a.m., but by then untreated water had been in the system for several hours.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "W"),
         ("We've replaced both pumps.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "W")],
        [("LAPIERRE: Our newsroom obtained an inspection report from 2024 that flagged that backup pump as needing replacement.", "an inspection report from 2024", "flagged", "W"),
         ("Why wasn't it replaced?", "", "", "")],
        [("KAPOOR-NYBERG: It was in our capital plan for this year.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "W"),
         ("We had $180,000 set aside, and the new pump was ordered in January.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "W"),
         ("It just hadn't arrived.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "W"),
         ("Should we have moved faster?", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", ""),
         ("In hindsight, yes.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "")],
        [("LAPIERRE: How many people have gotten sick?", "", "", "")],
        [("KAPOOR-NYBERG: The regional health authority tells me there have been 23 confirmed cases of E. coli illness, and four people were in hospital as of last night.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "W"),
         ("One of them is a little girl, and I'm told she's doing better.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "")],
        [("LAPIERRE: Residents have told us the lineups at the arena were two hours long on the weekend.", "Residents", "have told us", "W"),
         ("Is that fixed?", "", "", "")],
        [("KAPOOR-NYBERG: We've added a second pickup site at the curling club on Dufferin Street, and we've got volunteers delivering to about 300 seniors who can't get out.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "W"),
         ("Each household can pick up 24 litres a day.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "W"),
         ("And I want to thank those volunteers, honestly.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "")],
        [("LAPIERRE: Last question.", "", "", "B"),
         ("Who pays for all this bottled water?", "", "", "")],
        [("KAPOOR-NYBERG: The town is paying for now.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "W"),
         ("We've applied to the province's disaster assistance fund, and we expect to hear back next week.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "W"),
         ("Either way, nobody in Port Ewerby will be charged for it.", "Deborah Kapoor-Nyberg", "KAPOOR-NYBERG:", "")],
        [("LAPIERRE: Mayor Deborah Kapoor-Nyberg, thank you.", "", "", "B")],
        [("KAPOOR-NYBERG: Thanks, Callum.", "", "", "B")],
        [("The province's chief medical officer of health, Dr. Imani Desautels, said Tuesday that residents should keep boiling water for at least one minute before drinking it, making baby formula or brushing their teeth.", "Imani Desautels", "said", "")],
        [("For updates on the advisory, visit the town's website or call 204-555-0143.", "", "", "B")],
        [("Corrections and clarifications | Submit a news tip | Report error", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("E. coli found in Port Ewerby water supply, boil-water advisory issued", "", "", "B")],
        [("Small towns face rising costs to replace aging water plants", "", "", "B")],
        [("Audience Relations, NPB", "", "", "B")],
        [("©2026 Nordale Public Broadcasting.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Indian news site carrying a news agency's story
        [("NewsTide India", "", "", "B")],
        [("E-Paper | Subscribe | Sign In", "", "", "B")],
        [("Home   India   Cities   World   Business   Cricket   Entertainment   Explained   Videos", "", "", "B")],
        [("Trending   Velampur Metro   Budget 2026   Weather Update   Exam Results", "", "", "B")],
        [("Home / Cities / Velampur News", "", "", "B")],
        [("Velampur Metro fares to go up by up to ₹10 from Monday, first revision in nine years", "", "", "W")],
        [("The minimum fare stays at ₹10, but the maximum rises from ₹50 to ₹60 for journeys of more than 24 km", "", "", "W")],
        [("Written by: Sangam News Agency", "", "", "B")],
        [("Edited By: Ritika Mundhra", "", "", "B")],
        [("Updated: Mar 14, 2026 18:22 IST", "", "", "B")],
        [("Follow Us", "", "", "B")],
        [("Commuters at Velampur Central metro station.", "", "", ""),
         ("(File photo: SNA)", "", "", "B")],
        [("Velampur, Mar 14 (SNA): Fares on the Velampur Metro will go up by as much as ₹10 per journey from Monday, the Velampur Metro Rail Corporation (VMRC) said on Saturday.", "the Velampur Metro Rail Corporation", "said", "W")],
        [("The revision, the first since the network opened its second line in 2017, was recommended by a fare fixation committee headed by retired high court judge S. Venkataraghavan.", "", "", "W")],
        [("Under the new slabs, the minimum fare stays at ₹10, while the maximum fare for journeys of more than 24 km rises from ₹50 to ₹60, a VMRC statement said.", "a VMRC statement", "said", "W"),
         ("Smart card users will continue to get a 10 per cent discount on every trip, it said.", "a VMRC statement", "said", "W")],
        [("Also Read | Velampur civic body to raise property tax by 8% for commercial buildings", "", "", "B")],
        [("The metro carries about 5.8 lakh passengers on an average weekday, according to VMRC data.", "VMRC data", "according to", "W")],
        [("VMRC managing director T.K. Chakkalakkal said the corporation had been running at a loss since the pandemic, with operating costs up 34 per cent since 2019.", "T.K. Chakkalakkal", "said", "W")],
        [("“Power alone now accounts for nearly 40 per cent of our operating expenditure,” he told reporters.", "T.K. Chakkalakkal", "told reporters", "W"),
         ("“Without a revision, we would not be able to sustain operations, let alone fund the Phase 3 extension.”", "T.K. Chakkalakkal", "told reporters", "")],
        [("The opposition Navjagran Party called the hike “anti-commuter” and said it would hold a protest outside the VMRC headquarters at Sivakami Nagar on Monday.", "Navjagran Party", "called", "W")],
        [("Its city president, Shobha Thekkumpuram, said students and daily-wage workers would be hit hardest.", "Shobha Thekkumpuram", "said", "")],
        [("“The government is asking the common man to pay for its own mismanagement,” she said.", "Shobha Thekkumpuram", "said", "")],
        [("Commuters at Velampur Central station on Saturday were divided.", "", "", "")],
        [("“For ₹5 more I still save an hour compared to the bus,” said Arun Pazhayidom, a software engineer who travels daily from Ponnurukku to the tech park at Kallanmedu.", "Arun Pazhayidom", "said", "")],
        [("Another commuter, retired schoolteacher Meenakshi Vadakkedath, said the increase would cost her about ₹400 more a month.", "Meenakshi Vadakkedath", "said", "W")],
        [("According to the committee's report, Velampur's fares remain lower than those of four of the country's six largest metro networks.", "the committee's report", "according to", "W")],
        [("The state government holds a 50 per cent stake in VMRC, with the rest held by the Centre.", "", "", "W"),
         ("Phase 3, a 26-km line to the airport, is scheduled to open in 2028.", "", "", "W")],
        [("(This story has not been edited by NewsTide India staff and is auto-generated from a syndicated feed.)", "", "", "B")],
        [("First Published: Mar 14, 2026 17:50 IST", "", "", "B")],
        [("Tags: Velampur Metro, Metro Fare Hike, VMRC", "", "", "B")],
        [("Catch all the Latest City News and Breaking News on NewsTide India.", "", "", "B")],
        [("Download the NewsTide app to get daily updates.", "", "", "B")],
        [("Top Stories", "", "", "B")],
        [("Monsoon likely to reach coast by June 1, says weather office", "", "", "B")],
        [("Markets end flat as metal stocks slide", "", "", "B")],
        [("About Us | Contact Us | Careers | Privacy Policy | Grievance Redressal", "", "", "B")],
        [("Copyright © 2026 Mayura Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Irish regional paper's hurling match report
        [("The Carrigmore Leader", "", "", "B")],
        [("Subscribe   Sign In", "", "", "B")],
        [("News   Sport   GAA   Soccer   Rugby   Community   Death Notices   Property   E-Paper", "", "", "B")],
        [("Sport › GAA › Hurling", "", "", "B")],
        [("Fitzhenry hits 0-11 as Carrigmore book league final place", "", "", "W")],
        [("Late Ruairí Hennebry goal seals a seven-point win over Dunlavan at Páirc Naomh Breandán", "", "", "W")],
        [("Dónal Heffernan", "", "", "B")],
        [("Sun 29 Mar 2026 at 18:45", "", "", "B")],
        [("4 min read", "", "", "B")],
        [("Carrigmore's Eoin Fitzhenry gets away from Dunlavan's Shane Bergin.", "", "", ""),
         ("Photo: Niamh Gilsenan/Fieldpix", "", "", "B")],
        [("Carrigmore 1-24 Dunlavan 0-20", "", "", "W")],
        [("Carrigmore will play in the league final for the first time since 2019 after a 1-24 to 0-20 win over Dunlavan in front of 7,412 spectators at Páirc Naomh Breandán on Sunday.", "", "", "W")],
        [("The sides were level six times in the first half, and Dunlavan led 0-12 to 0-11 at the break after Cormac Kinahan struck three points in the last five minutes.", "", "", "W")],
        [("But Carrigmore outscored their visitors 0-7 to 0-2 in the 15 minutes after the restart, and Hennebry's 66th-minute goal ended any hope of a comeback.", "", "", "W")],
        [("Fitzhenry finished with 0-11, eight of them from frees, and did not miss a placed ball all afternoon.", "", "", "W"),
         ("It was the kind of afternoon free-takers dream about.", "", "", "")],
        [("Dunlavan will rue a spell either side of half-time when they hit eight wides in 12 minutes.", "", "", "W")],
        [("Their goalkeeper, Killian Hogarty, made two saves from Fitzhenry and Seánie Costelloe in the first half.", "", "", "W"),
         ("Without him, they would have trailed at the break.", "", "", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Carrigmore manager Liam Gorevan said his side had been “too passive” in the first half.", "Liam Gorevan", "said", "")],
        [("“We talked at half-time about getting our hands on the ball and running at them, and the lads did that,” he said.", "Liam Gorevan", "said", ""),
         ("“Eoin was unbelievable on the frees, but the work-rate around the middle was what won it.”", "Liam Gorevan", "said", "")],
        [("Gorevan confirmed that wing-back Tadhg Dwan would miss the final with a hamstring injury picked up in the 52nd minute.", "Liam Gorevan", "confirmed", "W")],
        [("Dunlavan boss Ger Mullally said his players had “run out of legs” in the final quarter.", "Ger Mullally", "said", "")],
        [("“We've had lads with college and club games three weekends in a row, and it showed,” he said.", "Ger Mullally", "said", "")],
        [("Carrigmore will meet Ballinure or Kilmacreedy in the final on Sunday 12 April.", "", "", "W"),
         ("The other semi-final takes place on Saturday evening.", "", "", "W")],
        [("Scorers for Carrigmore: E Fitzhenry 0-11 (0-8f, 0-1 65); R Hennebry 1-2; S Costelloe 0-4; M Kealy 0-3; D Scurlock 0-2; T Dwan, P Aylward 0-1 each.", "", "", "W")],
        [("Scorers for Dunlavan: C Kinahan 0-9 (0-7f); B Kirwan-Hayes 0-4; P Sheehy 0-3 (0-1 sideline); A Mernagh 0-2; L Purcell, F Cantwell 0-1 each.", "", "", "W")],
        [("CARRIGMORE: K Dowley; T Hanrick, A Walshe, N Drohan; T Dwan, P Aylward, J Cuffe; C Meany, D Scurlock; S Costelloe, M Kealy, L Ó Treasaigh; R Hennebry, E Fitzhenry, B Rockett.", "", "", "")],
        [("Subs: J Prendergast for Dwan (53), F Dollard for Meany (61).", "", "", "")],
        [("DUNLAVAN: K Hogarty; S Bergin, M Costigan, E Lawlor; P Sheehy, D Mockler, R Gahan; A Mernagh, L Purcell; B Kirwan-Hayes, F Cantwell, T Foskin; C Kinahan, G Meagher, J Culleton.", "", "", "")],
        [("Subs: O Rochford for Foskin (45), K Fennelly for Meagher (58).", "", "", "")],
        [("Referee: Seán Moylett (Ballycarney)", "", "", "")],
        [("Man of the Match: Eoin Fitzhenry (Carrigmore)", "", "", "W")],
        [("Read more: Dunlavan camogie side through to All-Ireland semi-final", "", "", "B")],
        [("Get the best of our GAA coverage in your inbox every Monday.", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Carrigmore bypass: work to begin in autumn, council confirms", "", "", "B")],
        [("Death notices for Carrigmore and district", "", "", "B")],
        [("© The Carrigmore Leader 2026", "", "", "B")],
    ],
    [  # 7. New Zealand news site's health story: single-pill blood pressure trial
        [("Kōwhai Post", "", "", "B")],
        [("Log in | Register", "", "", "B")],
        [("Home   National   World   Business   Hauora | Health   Pūtaiao | Science   Sport   Opinion", "", "", "B")],
        [("Health", "", "", "B")],
        [("One pill instead of three cut blood pressure further, Rātāwai trial finds", "Rātāwai trial", "finds", "W")],
        [("Researchers say the cheap combination pill could help close the gap in heart disease for Māori and Pacific patients", "Researchers", "say", "")],
        [("By Te Aroha Tewhatu, Health reporter", "", "", "B")],
        [("Thu, 2 Apr 2026, 5:00am", "", "", "B")],
        [("Reading time 5 mins", "", "", "B")],
        [("Trial participant Losa Fepuleai checks her blood pressure at the Rātāwai Community Health Centre.", "", "", ""),
         ("Photo / Supplied", "", "", "B")],
        [("Patients who took a single daily pill combining three blood pressure drugs were far more likely to get their blood pressure under control than those on usual care, a trial in Rātāwai has found.", "a trial in Rātāwai", "has found", "W")],
        [("The study, published on Thursday in the Southern Journal of Cardiology, followed 612 adults with high blood pressure at 14 general practices for a year.", "", "", "W"),
         ("Just over half were Māori or Pacific.", "", "", "W")],
        [("Among those given the combination pill, 68 per cent had reached the target blood pressure of 130/80 after 12 months, compared with 41 per cent of those who stayed on their usual medicines, the researchers reported.", "the researchers", "reported", "W")],
        [("The pill costs about $9 a month to make, lead researcher Professor Mereana Rangiwhetu of Taranui University said.", "Mereana Rangiwhetu", "said", "W")],
        [("“Most people with high blood pressure in this country end up on two or three separate pills, and every extra pill is another chance to miss a dose or another prescription to pay for,” she said.", "Mereana Rangiwhetu", "said", ""),
         ("“We made it one pill, once a day, and the results speak for themselves.”", "Mereana Rangiwhetu", "said", "")],
        [("Rangiwhetu said the gap was largest among Pacific patients, whose control rates more than doubled.", "Mereana Rangiwhetu", "said", "W")],
        [("Heart disease is the leading cause of death in Aotearoa, and Māori die from it at about twice the rate of non-Māori, according to health ministry figures.", "health ministry figures", "according to", "W")],
        [("Advertisement", "", "", "B")],
        [("Losa Fepuleai, 58, who took part in the trial, said she had struggled for years to keep track of her tablets.", "Losa Fepuleai", "said", "")],
        [("“Some mornings I'd take them, some mornings I'd forget which ones I'd taken,” she said.", "Losa Fepuleai", "said", ""),
         ("“Now it's one, with my cup of tea, and I'm done.”", "Losa Fepuleai", "said", "")],
        [("Her blood pressure fell from 162/98 to 128/79 over the year, she said.", "Losa Fepuleai", "said", "W")],
        [("The trial had limits.", "", "", ""),
         ("Participants knew which treatment they were getting, and the study was not large enough to show whether the pill reduced heart attacks or strokes.", "", "", "W")],
        [("Side effects were similar in both groups, although nine people on the pill stopped taking it because of dizziness.", "", "", "W")],
        [("The pill is not yet funded.", "", "", "W"),
         ("The national medicines-buying agency said it had received an application to fund it and would consider it at a meeting in August.", "The national medicines-buying agency", "said", "W")],
        [("Expert reaction", "", "", "B")],
        [("Dr Hamish Tordoff, a cardiologist at Rātāwai Hospital who was not involved in the study, said the results were “genuinely encouraging”.", "Hamish Tordoff", "said", "")],
        [("“The effect on blood pressure is large, and it's in line with what similar trials overseas have found,” he said.", "Hamish Tordoff", "said", "W"),
         ("“What we don't know yet is whether people will keep taking it for five or ten years, outside a trial.”", "Hamish Tordoff", "said", "")],
        [("Associate Professor Sina Lealaiauloa, a public health researcher at Taranui University, said the next step should be a trial large enough to measure heart attacks and strokes.", "Sina Lealaiauloa", "said", "")],
        [("Conflict of interest: the trial pills were supplied free by the manufacturer, Kauri Generics, which had no role in the analysis.", "", "", "B")],
        [("The trial was funded by the Heart Trust of Aotearoa.", "", "", "B")],
        [("If you are worried about your blood pressure, talk to your GP or call Healthcall free on 0800 555 204.", "", "", "B")],
        [("Journal reference: Rangiwhetu M, Mataele R, et al. Single-pill triple therapy versus usual care for hypertension in primary care. South J Cardiol. 2026;31(4):211-220.", "", "", "B")],
        [("This story was funded by the Public Interest News Fund.", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Facebook   X   LinkedIn   Email", "", "", "B")],
        [("More from Health", "", "", "B")],
        [("Measles case confirmed at Rātāwai primary school", "", "", "B")],
        [("Winter flu jabs free for over-65s from April", "", "", "B")],
        [("© 2026 Kōwhai Media Ltd", "", "", "B")],
    ],
    [  # 8. US county weekly's tornado story
        [("WEATHER ALERT: Flood Watch in effect until 7 p.m. Thursday for Haskard County.", "", "", "B")],
        [("The Haskard County Sentinel", "", "", "B")],
        [("Serving Orvin Springs and Haskard County since 1884", "", "", "B")],
        [("Home   News   Sports   Obituaries   Opinion   Classifieds   Public Notices   E-Edition   Subscribe", "", "", "B")],
        [("EF-2 tornado damages 31 homes in Orvin Springs; two injured", "", "", "W")],
        [("Storm traveled 9.4 miles with winds up to 125 mph, survey finds", "survey", "finds", "W")],
        [("By Kaylee Vanderhoek", "", "", "B")],
        [("Sentinel Staff Writer", "", "", "B")],
        [("Apr 16, 2026", "", "", "B")],
        [("Updated 2 hrs ago", "", "", "B")],
        [("Share on Facebook | Share on X | Email | Print", "", "", "B")],
        [("Volunteers clear debris from a home on Catalpa Lane in Orvin Springs on Wednesday morning.", "", "", ""),
         ("Kaylee Vanderhoek/Sentinel", "", "", "B")],
        [("ORVIN SPRINGS — A tornado that tore through the north side of Orvin Springs late Tuesday damaged 31 homes, destroyed two barns and injured two people, Haskard County Emergency Management said Wednesday.", "Haskard County Emergency Management", "said", "W")],
        [("A damage survey team from the regional weather service office rated the tornado an EF-2, with peak winds estimated at 125 mph.", "", "", "W")],
        [("It touched down at 10:52 p.m. about 3 miles southwest of town and traveled 9.4 miles before lifting near County Road 27, the survey found.", "the survey", "found", "W")],
        [("Both injured people were treated at Haskard Memorial Hospital and released Wednesday morning, hospital spokeswoman Trina Gulbrandsen said.", "Trina Gulbrandsen", "said", "W")],
        [("Emergency Management Director Wade Kubiczek said outdoor sirens sounded at 10:44 p.m., eight minutes before the tornado touched down.", "Wade Kubiczek", "said", "W")],
        [("“Eight minutes is a gift,” Kubiczek said.", "Wade Kubiczek", "said", ""),
         ("“People used it.”", "Wade Kubiczek", "said", "")],
        [("Gov. Laurel Pendergrass declared a state of emergency for Haskard County on Wednesday afternoon, which allows the county to request state equipment and money for the cleanup.", "", "", "W")],
        [("Residents on Catalpa Lane spent Wednesday picking through what was left of their homes.", "", "", "")],
        [("Jolene Pekarek, 72, said she and her husband rode out the storm in their basement with their two dogs.", "Jolene Pekarek", "said", "")],
        [("“We heard the windows go, and then it was like a freight train sitting on the roof,” she said.", "Jolene Pekarek", "said", ""),
         ("“When we came up, the kitchen was in the yard.”", "Jolene Pekarek", "said", "")],
        [("Her son, Travis, said the family had insurance but did not yet know whether the house could be saved.", "Travis Pekarek", "said", "")],
        [("Advertisement", "", "", "B")],
        [("The Ironweed Relief Network opened a shelter at Orvin Springs High School, where 14 people spent Tuesday night, according to shelter coordinator Beatriz Ochoa.", "Beatriz Ochoa", "according to", "W")],
        [("City Administrator Mel Haugen said crews had restored power to all but about 60 customers by noon Wednesday.", "Mel Haugen", "said", "W"),
         ("He asked residents not to burn storm debris.", "Mel Haugen", "asked", "")],
        [("The city will collect storm debris placed at the curb through April 30.", "", "", "W")],
        [("It was the first tornado to strike inside the city limits since May 1998, when an F-1 damaged the grain elevator on Railhead Street.", "", "", "W")],
        [("How to help", "", "", "B")],
        [("Donations for affected families can be dropped off at First Lutheran Church, 210 N. Chestnut St., from 9 a.m. to 5 p.m. daily.", "", "", "B")],
        [("Volunteers should register at the high school gym before heading to damaged areas.", "", "", "B")],
        [("Support Local Journalism", "", "", "B")],
        [("Your subscription keeps reporters on the ground in Haskard County.", "", "", "B"),
         ("Subscribe today for $5 a month.", "", "", "B")],
        [("Related", "", "", "B")],
        [("More storms expected Thursday; flood watch issued", "", "", "B")],
        [("PHOTOS: Tornado damage in Orvin Springs", "", "", "B")],
        [("Kaylee Vanderhoek can be reached at kvanderhoek@haskardsentinel.example or 402-555-0187.", "", "", "B")],
        [("Sponsored Content", "", "", "B")],
        [("Roofers are booked for months after a storm.", "", "", "B"),
         ("Here's how to find one you can trust.", "", "", "B")],
        [("© Copyright 2026 The Haskard County Sentinel, 401 Main St., Orvin Springs, NE | Terms of Use | Privacy Policy", "", "", "B")],
    ],
    [  # 9. South African news site's water-outage story
        [("Indaba Post", "", "", "B")],
        [("Load-shedding status: Suspended", "", "", "B")],
        [("News   Politics   Business   Sport   Opinion   Lifestyle   Local", "", "", "B")],
        [("Local › Kwezi Bay", "", "", "B")],
        [("Taps run dry for 140,000 as Kwezi Bay's reservoirs hit record lows", "", "", "W")],
        [("Residents in 19 wards have had no water for up to five days, and the metro says repairs to a burst bulk main will take until the weekend", "the metro", "says", "W")],
        [("Zanele Hlophekazi | Local news reporter", "", "", "B")],
        [("12 May 2026 | 15:40", "", "", "B")],
        [("Listen to this article", "", "", "B")],
        [("Audio: 5 min", "", "", "B")],
        [("Residents of Nqweba Heights queue to fill buckets from a municipal water tanker on Tuesday.", "", "", ""),
         ("(Photo: Lwazi Mthimkhulu/Indaba Post)", "", "", "B")],
        [("More than 140,000 residents in 19 wards of the Kwezi Bay Metro have been without running water for up to five days after a bulk pipeline burst and reservoir levels fell to the lowest on record.", "", "", "W")],
        [("The metro's mayoral committee member for water, Siyabonga Ntshingila, said on Tuesday that a section of the 1,100mm Ndlovini bulk main had burst on Thursday night, cutting supply to the Nqweba Heights and Sandpoort reservoirs.", "Siyabonga Ntshingila", "said", "W")],
        [("Repairs will take until at least Saturday, he said.", "Siyabonga Ntshingila", "said", "")],
        [("“We understand the frustration of our residents, and we apologise,” Ntshingila said.", "Siyabonga Ntshingila", "said", ""),
         ("“Our teams are working around the clock.”", "Siyabonga Ntshingila", "said", "")],
        [("READ | Kwezi Bay council passes R14.8bn budget amid protest", "", "", "B")],
        [("Residents in Nqweba Heights and Sandpoort said the tankers sent by the metro arrived irregularly and ran empty within an hour.", "Residents in Nqweba Heights and Sandpoort", "said", "W")],
        [("Pensioner Nomvula Mabandla said she had been buying 25-litre containers of water at R40 each from a neighbour with a borehole.", "Nomvula Mabandla", "said", "W")],
        [("“I am 74 years old and I am carrying water up the hill like when I was a girl,” she said.", "Nomvula Mabandla", "said", "")],
        [("The metro's own infrastructure report, tabled in council in March, found that 38% of the water it buys or treats is lost to leaks, theft and faulty meters before it reaches customers.", "The metro's own infrastructure report", "found", "W"),
         ("The report put the backlog of pipe replacement at R1.6 billion.", "The report", "put", "W")],
        [("Opposition councillor Pieter-Jan Swanepoel-Marais of the Bay Residents' Movement said the crisis was “entirely predictable”.", "Pieter-Jan Swanepoel-Marais", "said", "")],
        [("“Every year the metro budgets for pipe replacement and every year it underspends,” he said.", "Pieter-Jan Swanepoel-Marais", "said", "W")],
        [("In the 2024/25 financial year, the metro spent 46% of its water maintenance budget, according to the auditor-general's report.", "the auditor-general's report", "according to", "W")],
        [("Metro spokesperson Lulama Ngcukana said the underspending was caused by a contractor dispute that had since been resolved.", "Lulama Ngcukana", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Level 3 water restrictions, which ban hosepipes and limit households to 50 litres per person a day, have been in force since February.", "", "", "W")],
        [("Dam levels across the catchment stood at 17.4% on Monday, down from 31% a year ago, according to the national water department.", "the national water department", "according to", "W")],
        [("Ntshingila said the metro would ask national government for emergency funding this week.", "Siyabonga Ntshingila", "said", "W")],
        [("Residents can check tanker schedules on the metro's website or report leaks by calling 0800 555 719.", "", "", "B")],
        [("READ | Ward councillors walk out of water briefing", "", "", "B")],
        [("Subscribe to Indaba Post Premium for R75 a month.", "", "", "B"),
         ("Support independent journalism.", "", "", "B")],
        [("Sign up to our WhatsApp channel for the latest news from Kwezi Bay.", "", "", "B")],
        [("Related Articles", "", "", "B")],
        [("Kwezi Bay taxi strike ends after two days", "", "", "B")],
        [("Metro names new city manager after year-long vacancy", "", "", "B")],
        [("Comments have been closed for this article.", "", "", "B")],
        [("Indaba Post subscribes to the Press Code and to the rulings of the press ombud.", "", "", "B")],
        [("Indaba Media (Pty) Ltd. Reg. No. 2011/004417/07", "", "", "B")],
        [("© 2026 Indaba Post.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. UK national paper's politics story: key points and analysis box
        [("The Whitcliff Observer", "", "", "B")],
        [("UK edition ▾", "", "", "B")],
        [("News   Politics   Business   Money   Opinion   Sport   Culture   Travel   Puzzles", "", "", "B")],
        [("Politics", "", "", "B")],
        [("Ministers scrap £2.3bn Cressfold rail upgrade in spending squeeze", "", "", "W")],
        [("Transport Secretary says the money will go on fixing roads instead, but northern leaders accuse the government of ‘betrayal’", "Helena Strachey", "says", "W")],
        [("Oliver Kingscote", "", "", "B")],
        [("Political Correspondent", "", "", "B")],
        [("Tuesday 21 April 2026 18:04 BST", "", "", "B")],
        [("842 comments", "", "", "B")],
        [("Key points", "", "", "B")],
        [("• The upgrade of the Cressfold line between Hethermoor and Stainburgh will not go ahead.", "", "", "W")],
        [("• Ministers say the £2.3bn will be spent on road maintenance over five years.", "Ministers", "say", "W")],
        [("• Journey times had been due to fall by 14 minutes.", "", "", "W")],
        [("Helena Strachey announced the decision in the Commons on Tuesday.", "", "", "W"),
         ("(Photo: Parliamentary Recording Unit)", "", "", "B")],
        [("The government has scrapped plans to electrify and upgrade the Cressfold rail line, saying the £2.3bn it was due to cost will instead be spent fixing potholes and resurfacing roads.", "The government", "saying", "W")],
        [("Transport Secretary Helena Strachey told MPs the scheme had become “unaffordable” after its estimated cost rose by 60% since 2023.", "Helena Strachey", "told MPs", "W")],
        [("“I will not ask taxpayers to pour more money into a project whose benefits shrink every time we look at it,” she said.", "Helena Strachey", "said", "")],
        [("She said the department's own review had found the upgrade would return £1.10 for every pound spent, below the £1.50 threshold ministers normally expect.", "Helena Strachey", "said", "W")],
        [("The shadow transport secretary, Martin Goodhew, called the decision “a betrayal of every commuter north of Hethermoor”.", "Martin Goodhew", "called", "")],
        [("Ruth Lowenthal, the elected mayor of the Stainburgh region, said the decision had been taken without any consultation.", "Ruth Lowenthal", "said", "W")],
        [("“I had a meeting with the department last Thursday and nobody mentioned it,” she said.", "Ruth Lowenthal", "said", "W"),
         ("“I found out from a journalist.”", "Ruth Lowenthal", "said", "")],
        [("About 9,400 passengers a day use the line, according to the rail regulator's latest figures.", "the rail regulator's latest figures", "according to", "W")],
        [("Advertisement", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Rail fares to rise by 4.6% in March, ministers confirm", "", "", "B")],
        [("Analysis", "", "", "B")],
        [("Beatrix Fawkner, Political Editor", "", "", "B")],
        [("This is the third major rail scheme in the north to be cancelled or delayed in two years.", "", "", "W")],
        [("Ministers will argue that potholes matter more to most voters than a 14-minute saving on a line few of them use.", "", "", ""),
         ("That may even be right.", "", "", "")],
        [("But the decision lands a fortnight before local elections in which the government is defending 41 council seats across the region.", "", "", "W"),
         ("Expect to hear a lot more about this.", "", "", "")],
        [("A department spokesperson said work already done, including £212m spent on design and land purchases, would not be wasted.", "A department spokesperson", "said", "W")],
        [("The rail workers' union said it would hold an emergency meeting of its northern branches on Thursday.", "The rail workers' union", "said", "W")],
        [("Topics", "", "", "B")],
        [("Rail | Transport | Northern England | Helena Strachey", "", "", "B")],
        [("Show comments", "", "", "B")],
        [("Comments are moderated in line with our community guidelines.", "", "", "B")],
        [("Most Viewed", "", "", "B")],
        [("1", "", "", "B")],
        [("Pensioners to get £300 winter payment a month earlier", "", "", "B")],
        [("2", "", "", "B")],
        [("Why your water bill is going up again in April", "", "", "B")],
        [("Ad Feature", "", "", "B")],
        [("Five ways to cut your energy bill this summer", "", "", "B")],
        [("© Whitcliff Observer Ltd 2026 | Registered in England No. 02241877", "", "", "B")],
    ],
    [  # 11. Kenyan news site's national exam-results story
        [("Mwanzo Daily", "", "", "B")],
        [("Sunday, January 11, 2026", "", "", "B")],
        [("Home   News   Counties   Politics   Business   Education   Sports   Opinion   Videos   ePaper", "", "", "B")],
        [("Education", "", "", "B")],
        [("Form Four results: 24,118 more candidates qualify for university as grades improve", "", "", "W")],
        [("Education CS says 2,114 results were cancelled over cheating, down from 4,190 in 2024", "Josephat Kipsiele", "says", "W")],
        [("By Wanjiku Gachago-Muriuki", "", "", "B")],
        [("Updated 11 Jan 2026, 16:32 EAT | 4 min read", "", "", "B")],
        [("Education Cabinet Secretary Josephat Kipsiele releases the Form Four examination results at the examinations council's headquarters on Saturday.", "", "", "W"),
         ("Photo | Courtesy", "", "", "B")],
        [("A total of 226,407 candidates who sat last year's Form Four national examination scored a mean grade of C+ and above, qualifying for direct entry to university, Education Cabinet Secretary Dr Josephat Kipsiele said on Saturday.", "Josephat Kipsiele", "said", "W")],
        [("That is 24,118 more than in 2024, when 202,289 candidates attained the grade.", "", "", "W")],
        [("Releasing the results at the examinations council's headquarters, Kipsiele said 968,510 candidates sat the examination at 10,412 centres.", "Josephat Kipsiele", "said", "W")],
        [("He said results for 2,114 candidates had been cancelled over irregularities, most of them involving mobile phones smuggled into examination rooms.", "Josephat Kipsiele", "said", "W")],
        [("“We have seen a steady decline in cheating because of the measures we put in place, and I want to thank our field officers for that,” the CS said.", "Josephat Kipsiele", "said", "")],
        [("Also Read: Placement service opens portal for university course revision", "", "", "B")],
        [("Girls outperformed boys in English, Kiswahili and biology, while boys did better in mathematics and physics, the results showed.", "the results", "showed", "W")],
        [("The number of candidates who scored a straight A rose to 1,693 from 1,216.", "", "", "W")],
        [("Kipsiele said the ministry would not rank schools or candidates, in line with a policy introduced in 2016.", "Josephat Kipsiele", "said", "W")],
        [("“Ranking put children under pressure and encouraged schools to turn away weak students,” he said.", "Josephat Kipsiele", "said", "")],
        [("The Union of Secondary School Teachers welcomed the improved results but said 41,000 teaching posts remained unfilled.", "The Union of Secondary School Teachers", "said", "W")],
        [("Its secretary-general, Hezron Omwenga-Kuria, said many day schools in arid counties had one teacher for more than 60 students.", "Hezron Omwenga-Kuria", "said", "W")],
        [("“You cannot talk about quality when a chemistry teacher is handling four streams alone,” he said.", "Hezron Omwenga-Kuria", "said", "")],
        [("Also Read: Parents decry fee increases ahead of January reporting date", "", "", "B")],
        [("At Neema Girls' High School, principal Esther Ngatia said 212 of her 318 candidates had qualified for university, up from 164 the year before.", "Esther Ngatia", "said", "W")],
        [("“The girls worked very hard, and so did their teachers,” she said.", "Esther Ngatia", "said", "")],
        [("Candidates can get their results by sending their index number by SMS to 20076 or through the council's online portal.", "", "", "B")],
        [("University placement for the 2026/27 academic year will begin in March, the CS said.", "Josephat Kipsiele", "said", "W")],
        [("Follow Mwanzo Daily on WhatsApp for more education news.", "", "", "B")],
        [("Have a story?", "", "", "B"),
         ("Email us at news@mwanzodaily.example", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Court halts county's new market levy", "", "", "B")],
        [("Matatu fares rise as fuel prices climb", "", "", "B")],
        [("Mwanzo Daily is a publication of Tausi Media Group.", "", "", "B"),
         ("© 2026 Tausi Media Group.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 12. US town weekly's police and fire log with news briefs
        [("The Quillmont Crier", "", "", "B")],
        [("Your hometown weekly since 1923", "", "", "B")],
        [("Home   News   Police & Fire   Schools   Sports   Obituaries   Calendar   E-Edition   Subscribe", "", "", "B")],
        [("Police & Fire", "", "", "B")],
        [("Police log: Snowblower stolen, mailboxes knocked down on Orchard Hill", "", "", "W")],
        [("Crier Staff", "", "", "B")],
        [("Apr 8, 2026", "", "", "B")],
        [("The following entries are taken from the Quillmont Police Department's daily log for March 30 to April 5.", "", "", "B"),
         ("Information in the log is preliminary, and an arrest is not a finding of guilt.", "", "", "B"),
         ("Anyone charged with a crime is presumed innocent until proven guilty in court.", "", "", "B")],
        [("Monday, March 30", "", "", "B")],
        [("7:12 a.m. — A Birchmont Road resident reported that a snowblower had been taken from an unlocked garage overnight.", "", "", "W"),
         ("The machine was valued at about $1,400.", "", "", "W")],
        [("11:40 a.m. — Officers assisted the fire department with a car fire on Route 12A near the Dyehouse Street intersection.", "", "", "W")],
        [("4:05 p.m. — A caller reported a dog left in a parked car outside Gallardo's Market.", "", "", "W"),
         ("The owner returned before officers arrived.", "", "", "W")],
        [("Tuesday, March 31", "", "", "B")],
        [("2:18 a.m. — Officers stopped a vehicle on Flint Ridge Road for a defective taillight and arrested the driver, Dustin M. Kalbfleisch, 29, of Westvale, on a charge of operating under the influence.", "", "", "W"),
         ("He was released on $500 bail and is due in Norcastle District Court at 9 a.m. April 14.", "", "", "W")],
        [("9:30 a.m. — Three mailboxes were reported knocked down on Orchard Hill Road.", "", "", "W"),
         ("Police believe they were struck by a vehicle overnight.", "Police", "believe", "")],
        [("Wednesday, April 1", "", "", "B")],
        [("3:47 p.m. — A caller reported a man going door to door on Medlar Terrace offering to seal driveways for cash.", "", "", "W"),
         ("Officers located him and told him the town requires a peddler's permit.", "", "", "W")],
        [("8:55 p.m. — A report of a loud party on Meeting House Lane was unfounded.", "", "", "W")],
        [("Thursday, April 2", "", "", "B")],
        [("12:10 p.m. — A wallet found at the transfer station was returned to its owner.", "", "", "W")],
        [("Friday, April 3 – Sunday, April 5", "", "", "B")],
        [("Officers responded to 47 calls over the weekend, including nine alarms, six crashes with no injuries and four animal complaints.", "", "", "W")],
        [("Fire log", "", "", "B")],
        [("Quillmont firefighters responded to 22 calls during the week, 15 of them medical.", "", "", "W")],
        [("On Saturday at 6:31 p.m., crews put out a chimney fire at a home on Gorse Hill Road.", "", "", "W"),
         ("No one was hurt.", "", "", "W")],
        [("Fire Chief Renée Castonguay reminded residents to have their chimneys cleaned at least once a year.", "Renée Castonguay", "reminded", "")],
        [("Send tips and corrections to news@quillmontcrier.example.", "", "", "B")],
        [("In brief", "", "", "B")],
        [("Library to extend Saturday hours", "", "", "W")],
        [("The Quillmont Free Library will stay open until 4 p.m. on Saturdays starting April 11, library director Francine Aubuchon said.", "Francine Aubuchon", "said", "W"),
         ("The change is paid for by a $6,200 grant from the Friends of the Library.", "", "", "W")],
        [("School board backs $14.2M budget", "", "", "W")],
        [("The Quillmont School Board voted 4-1 on Monday to send a $14.2 million budget to voters at town meeting on May 16.", "", "", "W"),
         ("It is 3.8% higher than this year's.", "", "", "W")],
        [("Board member Gil Vaillancourt cast the lone no vote, saying the increase was too steep for taxpayers on fixed incomes.", "Gil Vaillancourt", "saying", "")],
        [("Upcoming", "", "", "B")],
        [("Town meeting: Saturday, May 16, 9 a.m., Quillmont Elementary School gym", "", "", "B")],
        [("Rabies clinic: Saturday, April 18, 10 a.m. to noon, town garage, $15 per animal", "", "", "B")],
        [("Subscribe to the Crier for $42 a year and get every issue delivered to your door.", "", "", "B")],
        [("The Quillmont Crier | 18 Depot Square, Quillmont, VT | 802-555-0119", "", "", "B")],
        [("© 2026 Crier Publishing LLC", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    # --- consent walls, paywall overlays and registered-company footers ------------------------------
    ("h15-ltd-then-reg-no", "© 2026 Orrinshire Media Group Ltd. Registered in England and Wales No. 04718823.\nContact us | Advertise | Privacy choices",
     ["© 2026 Orrinshire Media Group Ltd.", "Registered in England and Wales No. 04718823.", "Contact us | Advertise | Privacy choices"]),
    ("h15-paywall-stack", "Only $1 for your first 6 months\nBilled as $1 for 6 months, then $14.99 per month.\nAlready a subscriber? Log in",
     ["Only $1 for your first 6 months", "Billed as $1 for 6 months, then $14.99 per month.", "Already a subscriber?", "Log in"]),
    ("h15-jan-abbrev-mid", "When Darla Kasprowicz dialed 911 on the night of Jan. 17, her husband had collapsed. The call rang for 41 seconds.",
     ["When Darla Kasprowicz dialed 911 on the night of Jan. 17, her husband had collapsed.", "The call rang for 41 seconds."]),
    # --- live blogs: stamps, entry bylines, temperatures with decimals -------------------------------
    ("h15-live-stamp-stack", "6.55pm AEDT\nMarika Voulgaris\nPremier declares heat emergency\nPremier Annalise Vukovic has declared a heat emergency.",
     ["6.55pm AEDT", "Marika Voulgaris", "Premier declares heat emergency", "Premier Annalise Vukovic has declared a heat emergency."]),
    ("h15-temp-decimal", "The city reached 44.6C at 4.48pm. The previous March record was 43.9C, set in 1940.",
     ["The city reached 44.6C at 4.48pm.", "The previous March record was 43.9C, set in 1940."]),
    ("h15-tip-email", "Got a news tip? Email tips@gumleafdaily.example.au\nAbout us | Contact | Advertise",
     ["Got a news tip?", "Email tips@gumleafdaily.example.au", "About us | Contact | Advertise"]),
    # --- transcripts: labels, a question inside an answer, E. coli ------------------------------------
    ("h15-labels-turns", "KAPOOR-NYBERG: It was in our capital plan for this year. We had $180,000 set aside.\nLAPIERRE: How many people have gotten sick?",
     ["KAPOOR-NYBERG: It was in our capital plan for this year.", "We had $180,000 set aside.", "LAPIERRE: How many people have gotten sick?"]),
    ("h15-question-in-answer", "It just hadn't arrived. Should we have moved faster? In hindsight, yes.",
     ["It just hadn't arrived.", "Should we have moved faster?", "In hindsight, yes."]),
    ("h15-e-coli-6am", "Tests found E. coli in the treated water. Our operators caught it at about 6 a.m. but by then it had spread.",
     ["Tests found E. coli in the treated water.", "Our operators caught it at about 6 a.m. but by then it had spread."]),
    # --- agency copy on an Indian site: dateline, initials, Pvt. Ltd. ----------------------------------
    ("h15-indian-dateline", "Velampur, Mar. 14 (SNA): Fares on the Velampur Metro will go up by as much as ₹10 from Monday. The minimum fare stays at ₹10.",
     ["Velampur, Mar. 14 (SNA): Fares on the Velampur Metro will go up by as much as ₹10 from Monday.", "The minimum fare stays at ₹10."]),
    ("h15-initials-name", "It was recommended by a committee headed by retired judge S. Venkataraghavan. VMRC managing director T.K. Chakkalakkal said the corporation was running at a loss.",
     ["It was recommended by a committee headed by retired judge S. Venkataraghavan.", "VMRC managing director T.K. Chakkalakkal said the corporation was running at a loss."]),
    ("h15-pvt-ltd", "Copyright © 2026 Mayura Media Pvt. Ltd. All rights reserved.",
     ["Copyright © 2026 Mayura Media Pvt. Ltd.", "All rights reserved."]),
    # --- hurling: scorers' lines with dotted initials, goals-and-points scores -------------------------
    ("h15-scorers-dotted", "Scorers for Carrigmore: E. Fitzhenry 0-11 (0-8f, 0-1 65); R. Hennebry 1-2; S. Costelloe 0-4.\nScorers for Dunlavan: C. Kinahan 0-9 (0-7f); P. Sheehy 0-3 (0-1 sideline).",
     ["Scorers for Carrigmore: E. Fitzhenry 0-11 (0-8f, 0-1 65); R. Hennebry 1-2; S. Costelloe 0-4.", "Scorers for Dunlavan: C. Kinahan 0-9 (0-7f); P. Sheehy 0-3 (0-1 sideline)."]),
    ("h15-score-then-text", "Carrigmore 1-24 Dunlavan 0-20\nDunlavan led 0-12 to 0-11 at the break. But Carrigmore outscored them 0-7 to 0-2 after the restart.",
     ["Carrigmore 1-24 Dunlavan 0-20", "Dunlavan led 0-12 to 0-11 at the break.", "But Carrigmore outscored them 0-7 to 0-2 after the restart."]),
    # --- health pages: readings, a credit after a caption, a journal reference -----------------------
    ("h15-bp-readings", "Her blood pressure fell from 162/98 to 128/79 over the year, she said. The target is 130/80.",
     ["Her blood pressure fell from 162/98 to 128/79 over the year, she said.", "The target is 130/80."]),
    ("h15-caption-photo-supplied", "Trial participant Losa Fepuleai checks her blood pressure. Photo / Supplied",
     ["Trial participant Losa Fepuleai checks her blood pressure.", "Photo / Supplied"]),
    ("h15-journal-ref", "Journal reference: Rangiwhetu M, Mataele R, et al. Single-pill triple therapy versus usual care for hypertension in primary care. South J Cardiol. 2026;31(4):211-220.",
     ["Journal reference: Rangiwhetu M, Mataele R, et al. Single-pill triple therapy versus usual care for hypertension in primary care. South J Cardiol. 2026;31(4):211-220."]),
    # --- US weeklies: Gov., street addresses, log entries with times ----------------------------------
    ("h15-gov-address", "Gov. Laurel Pendergrass declared a state of emergency. Donations can be dropped off at First Lutheran Church, 210 N. Chestnut St., from 9 a.m. to 5 p.m. daily.",
     ["Gov. Laurel Pendergrass declared a state of emergency.", "Donations can be dropped off at First Lutheran Church, 210 N. Chestnut St., from 9 a.m. to 5 p.m. daily."]),
    ("h15-log-entries", "2:18 a.m. — Officers arrested the driver, Dustin M. Kalbfleisch, 29, of Westvale. He is due in court at 9 a.m. April 14.\nWednesday, April 1\n3:47 p.m. — A caller reported a man going door to door.",
     ["2:18 a.m. — Officers arrested the driver, Dustin M. Kalbfleisch, 29, of Westvale.", "He is due in court at 9 a.m. April 14.", "Wednesday, April 1", "3:47 p.m. — A caller reported a man going door to door."]),
    # --- key points bullets -----------------------------------------------------------------------------
    ("h15-bullets", "Key points\n• The upgrade will not go ahead.\n• Ministers say the £2.3bn will be spent on roads. Journey times had been due to fall by 14 minutes.",
     ["Key points", "• The upgrade will not go ahead.", "• Ministers say the £2.3bn will be spent on roads.", "Journey times had been due to fall by 14 minutes."]),
]  # fmt: skip
