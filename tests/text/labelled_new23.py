"""Twenty-third set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13, before any rule was tuned on them and without looking at the
engine's code or output (neither `claimreview/` nor the scorer's results were opened, and no test,
scorer or engine was run; only an import of this file was tried, to check its structure): every
person, place, organisation, outlet, company, team, product and number is invented (a few US
states, a real state capital named only as a dateline, currencies, units, time zones and generic
institutions such as "the Ohio Senate", "the House", "the U.S. Army" or "the weather service"
appear only as places, units and settings, and social networks only in share strips), and no
surname, town or outlet of any file under `tests/` is reused (each was checked with grep over the
whole `tests/` tree; first names recur). Each page is a WHOLE page, head to tail, as a new user
pastes it as plain text after selecting all in a browser, so every furniture line is a paragraph
of its own. The twelve pages are US and Canadian local and regional news pages: a small-town
weekly's police log, a city daily's school-board story with its reader comment section, a
public-radio station's story page, an obituary on a legacy-style memorial site, a business
journal's paywalled story, a state capitol bureau's story on a bill, a high-school sports
roundup, a Canadian daily's hospital story behind a cookie wall with bilingual furniture, a storm
story built on weather-service alerts and updated through the evening, a neighbourhood news
site's restaurant-inspection story with its data table, a county paper's court story and a TV
station's consumer "Problem Solvers" story. The three things they stress are (1) furniture of
every kind worded afresh, at the head, in the middle and at the tail (skip links, mastheads with
founding lines, compiled-from lines, presumption-of-innocence notices, day headings of a log,
comment counts, moderation and login lines, sort controls, commenter handles, relative times,
"Reply · Report · ▲ 27 ▼ 6" strips, "↳ Replying to ..." lines, "Listen · 4:12" player lines, donate
banners and sustaining-member prompts, station-service and FCC footers, an obituary's heading,
service-details panel, flowers, guest book and memorial trees, "Subscriber Content" badges,
paywall blocks with prices and bullets, industry tags, event promos, kickers such as
"STATEHOUSE", "PREP ROUNDUP" and "5 PROBLEM SOLVERS", score-submission and photo-gallery lines,
cookie walls, bilingual lines glued with a slash, "Join the conversation", site-wide weather
banners, "Updated 6:42 p.m. EDT" stamps inside a story, alert boxes with a last-checked line,
damage-photo appeals, table titles, header rows and source lines, "How we did this" boxes,
victims' hotlines, comments-disabled notes, advice boxes and tip-line forms); (2) who is speaking
("The owner told police", a role in a deck resolved to the person named below, "according to
budget projections presented Tuesday", "told KQNB", "did not respond to KQNB's request for
comment", "he liked to say" in a family's notice, "documents show", "the filings show", a sentence
cut off by the paywall, party-and-town tags and "R-Ohio" dropped from speakers, "said through a
spokesman", "has not said whether", "said in an email", "county officials estimate", "said in
French", "told a news conference", "the weather service confirmed", "according to the
cooperative's outage map", "the inspector noted", "Records show", "the report says", "said from
the bench", "told the court", "argued", "according to the criminal complaint", "told 5 Problem
Solvers", "told us", "The Bridwells' contract ... promised", "records we obtained"); (3) honest
check-worthiness, with many ordinary borderline sentences of both kinds. `STYLES` names the site
and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new22.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels and "Story continues below" "B" with the
story after them labelled as before; captions by content and credits "B"; standfirsts, decks and
subheads labelled like headlines, question and topic subheads ""; mastheads, kickers, widgets,
weather strips, site-wide alert banners and share strips "B"; fact-box headings "B" with their lines
by content; related lists, "Read more" lines, author bios, comment furniture and readers' comments
"B"; reader-service lines and advice to readers "B", advice spoken by a quoted official keeping
its speaker with flags ""; methodology boxes "B"; live-page stamps on their own line "B"; warning
boxes with the heading "B", each warning line "W" and the standard advice under it "B"; data rows ""
with the table's title and header row "B"; score and result lines, scorers' lines and fixtures
"W", line-ups and data rows ""; an obituary's life-dates line "W" and its funeral arrangements,
donations request, guest book and flowers "B"; a police force's own text without a speaker; court
reports with the role word dropped ("Prosecuting, X said"), what a court did "W" without a
speaker; bilingual labels glued on one line ONE "B" sentence; "said in Filipino" and the like kept
whole as cues; plans, votes and fixtures "W", forecasts ""; titles, honorifics and role words
dropped from speakers; a pronoun, a later surname or a role noun resolved to the full name as first
given, and a first name beside a relative who carries the surname given that surname; "the
company", "the council", "the district" and the like kept as written; "declined to comment",
"declined to say", "did not respond" and their kin labelled like speech with flags ""; glued
furniture items without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A police log page: the line saying where the items come from ("The following items are compiled
  from the ... daily log for March 2-8.") is "B", like a methodology line, and so are the
  presumption-of-innocence notice and the no-juveniles note; each day heading ("Monday, March 2")
  is a date-only line, "B", while a time stamp glued to an entry ("6:48 a.m. — A Depot Street
  resident reported ...") is part of that entry's sentence. The entries are the department's record
  reproduced by the paper, labelled like minutes or a police force's own text: no speaker, and
  every call, disposition, arrest, summons and citation "W", routine ones included ("An officer took
  a report.", "The tenant agreed to turn it down."), as the procedural records of minutes are; the
  paper's wry asides ("Those pockets are busier than they look.", "It was, by all accounts, a quiet
  Sunday.") are ""; "The owner told police" keeps "The owner" with the cue "told police". A person
  named as arrested or cited is not a speaker. The headline listing the week's items ("Police log: A
  stolen kayak, a heifer on Route 9 and ...") is a teaser, "", like a briefing's subject line;
  "Arrests and summonses" and "Fire & Rescue" are topic subheads, ""; the week's call count stated
  by the page is "W"; the chief's reminder to lock cars is advice spoken by an official, "" with
  her as speaker, while the figure she gives is "W"; "Last week's log: ..." is a related line, "B".
* A reader comment section under a story: "Comments (38)", the moderation and login lines, "Sort
  by: ...", each handle, each relative time ("4 hours ago"), each comment sentence, each "Reply ·
  Report · ▲ 27 ▼ 6" strip (ONE "B" sentence, the vote counts included), "↳ Replying to ..." and
  "Load more comments" are "B", even when a comment states a figure or corrects another comment
  ("The scoreboard was paid for by the booster club, not the district."): readers' comments are
  not the article's reporting, as in `labelled_new3.py` and `labelled_new17.py`. The deck's
  "Superintendent says ..." resolves the role to the superintendent named in the body, with the cue
  "says"; "Trustees X, Y and Z voted against it." names no source and is "W" as a vote of record;
  "What happens next" is a topic subhead, "", and the line telling parents where to find the maps is
  reader service, "B".
* A public-radio story page: "LISTEN LIVE · ...", "DONATE", every line of the donate banner, the
  "Listen · 4:12" player line under the headline, "Copyright 2026 KQNB 90.3", the tags, the
  reporter's name and bio, the sustaining-member appeal and "KQNB is a service of ..." are "B". A
  headline in two sentences is split and labelled sentence by sentence ("A state deadline is
  getting closer." is "", a vague approach). An audio clip of this story inside the text is
  labelled like a video of this story: its "Listen · 1:05" line "B", its title by content (""
  for "X describes the letter she got ..."). "told KQNB" is a cue as written, like "told the
  Courier"; "according to figures the city's water utility provided to KQNB" keeps the figures as
  written; present-tense "says" is a cue like "said"; "did not respond to KQNB's request for
  comment" is one cue, flags "". A quote split into a statement and a bare question ("Two
  minutes?”") carries the speaker in both sentences.
* An obituary on a legacy-style memorial site, the page itself (a paid notice written by the family,
  unlike the staff-written obituary of `labelled_new16.py`): the notice carries no speaker, like a
  release's text; the name at the top is a name, "", like a report title, and the "1937 - 2026"
  line is "W", like a life-dates line; the site's heading "Arlo Whitlatch Obituary" is "B". Birth,
  parents (a maiden name in brackets stays part of the sentence), schooling, military service,
  marriage, work, memberships, survivors (spouses in brackets) and "preceded in death by" are
  "W"; loves, lore and feelings ("He never missed a route, not even in the blizzard of '75.") are
  "", as family memories are in `labelled_new16.py`; "He liked to say ..." carries the deceased by
  full name as first given with the cue "liked to say" and is "". The Mass, burial, visitation,
  memorials, online condolences, "Arrangements are under the direction of ...", "Published by ...
  from ... to ...", the "Service details" panel and its lines, "Get directions", the flower offers,
  "Order by phone", the guest book (heading, entry count, each signer, date and message), "Show
  more entries", the memorial-tree offer and the obituary alert are "B" line by line.
* A paywalled business story: the "Subscriber Content" badge and "Listen to this article 4 min"
  are "B"; "Exclusive:" is part of the headline, labelled by content; a deck ending "..., documents
  show" keeps "documents" with the cue "show", and "the filings show" and "the documents say" keep
  their documents as written. A sentence cut off where the paywall starts ("Keswater Mayor Dorcas
  Hollerbach said in a statement that the city had offered Vorstrand") is labelled by what is
  visible: the speaker and cue it names, flags "", since the claim itself is not on the page to
  check (unlike a sentence cut by a page break, whose rest follows). Every line of the paywall
  block ("This story is available exclusively to subscribers.", the offer, its bullets, the button,
  "Already a subscriber?", "Sign In", "Need help?" and the customer-service line), the industry
  tags, the events promo, the newsletter box and "Most Read" are "B". "The move would take one of
  downtown's largest private employers out of the city." is an unquantified characterisation, "".
* A state capitol story: a legislator's party-and-town tag ("Sen. Lucinda Armbrecht, R-Hollisford",
  "House Speaker Broderick Schallert, R-Lake Tusculum") is dropped from the speaker like a title,
  and so is a member of Congress's "R-Ohio" with "U.S. Rep."; the bill designations ("S.B. 114",
  "H.B. 207") are part of their sentences. "said through a spokesman" keeps the person as speaker
  (the statement is his, as the organisation's is in `labelled_new11.py`'s "statement signed by its
  spokesperson") with the whole phrase as cue, "W" for the stated plan; "has not said whether" is
  labelled like "declined to say"; "said in an email" is one cue. A sponsor who "offered an
  amendment", a failed amendment's vote, a federal proposal described without a reporting verb and
  the scheduled committee hearing carry no speaker and are "W". "Bill at a glance" is a fact-box
  heading, "B", and its "What it does:", "Who qualifies:" and "Next:" lines are "W"; "Cost: About
  $212 million over three years, county officials estimate." carries "county officials" with the
  cue "estimate" and is "W" (the estimate is of record, like a budget office's figure); "What's
  next" is a topic subhead, "". "Auditors in several counties said the cap would complicate ..."
  keeps the group as written and is "" (a vague forecast).
* A high-school sports roundup: "PREP ROUNDUP" is a kicker, "B"; "Girls basketball", "Boys
  basketball" and "Wrestling" are topic subheads, ""; each capitals result line ("MILLBRIDGE 52,
  HEMLOCK RIDGE 47") is "W"; the line-score rows by quarter ("Hemlock Ridge   10   9   16   12 —
  47") are data rows, "", like a scorecard's (the result line carries the score); the scorers'
  lines ("HEMLOCK RIDGE: Wojnarowski 16, ...") and the "3-pointers:" line are "W", like a match
  report's scorers' lines; records in brackets ("(15-8)") stay part of their sentence. "Regional
  champions: ..." is ONE "W" sentence, its "dec." (decision) never ending a sentence, and "State
  qualifiers: ..." is "W"; "Up next" is a topic subhead, "", and each fixture under it "W". A
  coach's quoted fragment tied to a checkable fact ("ran out of legs" in its third game in four
  days) is "W"; coaches' feelings and jokes are "". The score-submission line, the photo-gallery
  line and "More Prep Sports" with its headlines are "B".
* A Canadian page behind a cookie wall: each sentence of the wall, the button row, "Français", the
  bilingual skip link, "Subscribe / S'abonner", "Join the conversation", "Advertisement /
  Publicité", "Story continues below", "Share this story / Partagez cet article", the comments login
  line, the "Trending" list, the footer's cookie sentence and the bilingual footer links are "B"
  (bilingual labels glued with a slash are ONE sentence each, as in `labelled_new14.py`). The deck's
  "Health network says" keeps the body as written (not yet named). "said in French" is one cue,
  like "said in Filipino", and the quote after it carries its own "said"; "told a news conference"
  is a cue as written; "The union that represents the nurses, the Atlantic Nurses' Alliance, said"
  drops the descriptor; "In an emergency, always call 911." is advice to readers, "B", while the
  network's statement that the health line stays open is "W"; "— With files from ..." is "B".
* A storm story driven by alerts: the site-wide "Weather Alert: ..." banner and "Tap for details."
  are "B" even though the alert box repeats the warning as "W"; "LIVE UPDATES" is a kicker, "B";
  "Updated 6:42 p.m. EDT" and "Originally published ..." under the byline, and every "Updated ...
  EDT" stamp on its own line inside the story, are "B", like live-blog stamps, and the paragraphs
  after them are labelled as news. "Active weather alerts" is a warning box: heading "B", each
  warning line with its area and expiry time ("Tornado Warning — Ockley County until 7:15 p.m. EDT")
  "W", "Alerts issued by the weather service." and "Last checked ..." "B", the shelter advice "B".
  "the weather service confirmed" keeps the service as written; "according to the cooperative's
  outage map" and "according to a weather service storm report" keep the sources as written; the
  cooperative's restoration estimate, "Forecasters warned of ..." and the forecast paragraph are
  "" (forecasts), while the survey team's planned visit is "W"; "The forecast" is a topic subhead,
  ""; the damage-photo appeal and the outage-reporting line are "B".
* A restaurant-inspection story with a table: "Here are the five that failed:" is "B", like "Here's
  what you need to know:"; the table's title, header row and "Source: ..." line are "B", its rows ""
  (the street abbreviations inside a row never end it); the sentence defining a failing grade is a
  definition, "", like a glossary line, while the rule an official states ("Restaurants that fail
  must pass a follow-up inspection within 10 days or be ordered to close, ... said.") is "W".
  "according to ... records reviewed by Gallowmere Now" keeps the records as written; "the inspector
  noted" keeps the unnamed inspector as written; "Records show" and "the report says" keep the
  documents; "did not respond to messages left Monday and Tuesday" is one cue, flags "". An owner's
  checkable history ("We've been here 31 years, and this has never happened") is "W". The "How we
  did this" heading and its method line are "B", as methodology boxes are in `labelled_new17.py`
  and `labelled_new22.py`; the lookup link, the tip line, the newsletter box and the tags are "B".
* A court story: "The charges" is a fact-box heading, "B", and each count line ("• Theft by
  deception, 17 counts (third-degree felony)") is "W", the bullet part of the sentence, as is the
  maximum sentence a count carries; "Assistant District Attorney X told the court" drops the role
  with the cue "told the court"; "Defense attorney X argued" keeps "argued" (and is "W" when the
  argument rests on a checkable fact); "Judge X ... said from the bench" keeps the whole phrase as
  cue; what the judge did (denying bail) is "W" with no speaker; "according to the criminal
  complaint" and "according to an affidavit filed by a county detective" keep the documents as
  written; the prosecutor's quoted account of the defendant's conduct is "W" (an allegation of
  record, checkable against the complaint), the defence's "He is not going anywhere." ""; "a
  spokeswoman for the office" is kept as written. The victims' hotline is "B", like a police appeal,
  and "Comments are disabled on stories about pending criminal cases." is "B", like a
  reporting-restriction note; scene-setting in the courtroom is "".
* A TV consumer story: "5 PROBLEM SOLVERS" is a kicker, "B"; the headline quoting the couple
  without a reporting verb carries no speaker and is "W" for the refund; the reporter and
  photojournalist lines and the "Published:" line are "B"; the title of the video of this story is
  labelled by content ("W" for the seven-month wait) and "Video: 2:58" is "B"; the capitals
  dateline with the station tag is part of the first sentence. "Ray and Annette Bridwell" gives
  "Ray Bridwell" and "Annette Bridwell"; "told 5 Problem Solvers" and "told us" are cues as written;
  "The Bridwells' contract, which they shared with 5 Problem Solvers, promised ..." keeps the
  document with the cue "promised"; "according to records we obtained through an open records
  request" keeps the records as written; "We called ..." is the station's reporting act and "We
  found the Bridwells are not alone." its unquantified finding, both "" with no speaker; the refund
  after the call is "W"; the owner's expectation of paying everyone back is a forecast, "". The
  mid-story prompt ("Have a consumer problem?" / "Scroll down ..."), the "Before you hire a
  contractor" advice box and the tip-line box with its form labels and "Submit" are "B" line by
  line.

`CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "small-town weekly's police log page (skip link, masthead with founding line, compiled-from line, presumption-of-innocence notice, day headings, time-stamped entries, arrests and fire subheads, the chief's reminder, tip line, Most Read)",
    "city daily's school-board story with a reader comment section under it (two schools closed 4-3; photo credit, role in the deck, budget projections, assessment, What happens next, RELATED line, comment count, guidelines, sort control, commenters, relative times, Reply · Report and vote counts, a nested reply)",
    "public-radio station's story page on lead pipe replacement (Listen · 4:12 player lines, donate banner and sustaining-member box, audio clip of a resident, utility figures, pediatrician, did not respond to the station's request, tags, bio, FCC footer)",
    "obituary on a legacy-style memorial site (a family's paid notice; life-years line, birth, marriage, service, survivors, preceded in death, he liked to say, service details panel, Send Flowers, guest book entries, memorial trees, obituary alerts)",
    "business journal's paywalled story on a manufacturer moving its headquarters (Subscriber Content badge, Exclusive headline, documents show, teaser paragraphs, a sentence cut by the paywall, subscribe block, Already a subscriber?, industry tags, events, newsletter box, Most Read)",
    "state capitol bureau story on a property tax bill (S.B. 114 and H.B. 207, 24-8 vote, senators with party-and-town tags, U.S. Rep. with R-Ohio, said through a spokesman, has not said, said in an email, Bill at a glance box, What's next)",
    "high-school sports roundup (girls' and boys' basketball and wrestling; result lines in capitals, line-score rows, scorers' lines, records, coaches quoted, regional champions with dec. and pinned, state qualifiers, Up next fixtures, score-submission line)",
    "Canadian daily's hospital story with a cookie wall first and bilingual furniture lines (ER overnight closures; consent text and buttons, Français, bilingual skip link, Advertisement / Publicité, said in French, With files from, bilingual footer)",
    "storm story driven by weather-service alerts, updated through the evening (site-wide alert banner, Active weather alerts box with warning lines, Updated 6:42 p.m. EDT stamps inside the story, outage map, storm report, forecast, damage-photo appeal)",
    "neighbourhood news site's restaurant-inspection story with the failed-inspection table pasted as lines (records reviewed by the site, definition of a failing grade, table title, header and rows, Source line, owners' replies, did not respond, How we did this, lookup link)",
    "county paper's court story on a roofer's arraignment (judge, prosecutor and defence attorney quoted, The charges box with counts and the maximum sentence, criminal complaint and affidavit, victim in the front row, victims' hotline, comments disabled note)",
    "TV station's consumer Problem Solvers story with a tip-line box (kicker, headline quoting the couple, reporter and photojournalist lines, video line, told 5 Problem Solvers, records we obtained, told us, refund after the call, advice box, tip-line form, FCC footer)",
]

ARTICLES = [
    [  # 1. small-town weekly's police log page
        [("Skip to main content", "", "", "B")],
        [("The Vantry Falls Weathervane", "", "", "B")],
        [("Vantry Falls · Norridgeport · Pickerel Township  |  Published every Wednesday since 1894", "", "", "B")],
        [("Subscribe   Log in   e-Edition", "", "", "B")],
        [("News   Police & Fire   Schools   Sports   Obituaries   Legal Notices   Classifieds", "", "", "B")],
        [("Police & Fire", "", "", "B")],
        [("Police log: A stolen kayak, a heifer on Route 9 and a 911 call from a coat pocket", "", "", "")],
        [("By Weathervane staff", "", "", "B")],
        [("Mar 11, 2026", "", "", "B")],
        [("The following items are compiled from the Vantry Falls Police Department's daily log for March 2-8.", "", "", "B")],
        [("Anyone listed as arrested or charged is presumed innocent unless proven guilty in court.", "", "", "B"),
         ("The Weathervane does not publish the names of juveniles.", "", "", "B")],
        [("Monday, March 2", "", "", "B")],
        [("6:48 a.m. — A Depot Street resident reported that gasoline had been siphoned overnight from a pickup truck parked in her driveway.", "", "", "W"),
         ("An officer took a report.", "", "", "W")],
        [("11:20 a.m. — A caller on Pickerel Road reported a heifer walking along the shoulder of Route 9.", "", "", "W"),
         ("The owner was located, and the heifer was back in its pasture by 12:05 p.m.", "", "", "W"),
         ("It was the third call about cattle from the same farm this winter.", "", "", "W")],
        [("4:31 p.m. — A 911 call from the Mill Pond Plaza parking lot turned out to have been dialed by a phone in a shopper's coat pocket.", "", "", "W"),
         ("Those pockets are busier than they look.", "", "", "")],
        [("Tuesday, March 3", "", "", "B")],
        [("9:02 a.m. — Officers assisted the fire department at a chimney fire on Goguen Hill Road.", "", "", "W")],
        [("2:15 p.m. — A Vantry Falls man reported that someone using his name had opened a credit card account and charged $2,847 to it.", "", "", "W"),
         ("The case was referred to Detective Sgt. Wendell Pietrangeli.", "", "", "W")],
        [("10:40 p.m. — Loud music was reported at an apartment on Chapel Street.", "", "", "W"),
         ("The tenant agreed to turn it down.", "", "", "W")],
        [("Wednesday, March 4", "", "", "B")],
        [("1:55 a.m. — Darnell R. Fitzwater, 27, of Norridgeport, was arrested on Main Street on charges of operating under the influence and operating after suspension following a traffic stop.", "", "", "W")],
        [("3:30 p.m. — A green 14-foot kayak was reported stolen from a rack behind a home on Lower Cove Road.", "", "", "W"),
         ("The owner told police it was last seen Feb. 20.", "The owner", "told police", "W"),
         ("It is valued at $650.", "", "", "W")],
        [("Thursday, March 5", "", "", "B")],
        [("8:17 a.m. — A school bus driver reported that a car passed her stopped bus on Elm Street while its red lights were flashing.", "", "", "W"),
         ("Police are reviewing video from the bus's stop-arm camera.", "", "", "W")],
        [("5:44 p.m. — A caller reported a suspicious man going door to door on Juniper Knoll Lane.", "", "", "W"),
         ("He turned out to be a surveyor working for the town's water department.", "", "", "W")],
        [("Friday, March 6", "", "", "B")],
        [("12:10 p.m. — A two-car crash at Main and School streets caused minor injuries.", "", "", "W"),
         ("Paulette A. Schoonover, 64, of Vantry Falls, was cited for failure to yield.", "", "", "W")],
        [("Saturday, March 7", "", "", "B")],
        [("7:25 p.m. — A Quarry Road resident reported hearing what sounded like gunshots.", "", "", "W"),
         ("An officer found that they were fireworks set off at a birthday party and spoke with the homeowner.", "", "", "W")],
        [("Sunday, March 8", "", "", "B")],
        [("No calls were logged between midnight and 9 a.m.", "", "", "W"),
         ("It was, by all accounts, a quiet Sunday.", "", "", "")],
        [("Arrests and summonses", "", "", "")],
        [("Rory T. Dreisbach, 41, of Pickerel Township, was summoned March 3 for operating an unregistered motor vehicle.", "", "", "W")],
        [("Kendra L. Zwaanswijk, 19, of Vantry Falls, was arrested March 6 on a warrant for failing to appear in Penobquit County District Court.", "", "", "W")],
        [("Fire & Rescue", "", "", "")],
        [("The Vantry Falls Fire Department answered 14 calls during the week, including nine medical calls, the chimney fire and two alarm activations.", "", "", "W")],
        [("Fire Chief Lyle Osterbrook said the chimney fire was confined to the flue and did not spread to the house.", "Lyle Osterbrook", "said", "W")],
        [("“Get your chimney cleaned before the heating season, not in the middle of it,” he said.", "Lyle Osterbrook", "said", "")],
        [("Police Chief Rosalind Tregembo said 11 unlocked vehicles were entered in town in February, and no locked ones.", "Rosalind Tregembo", "said", "W")],
        [("“Lock your car, even in your own driveway,” she said.", "Rosalind Tregembo", "said", ""),
         ("“It's the cheapest crime prevention there is.”", "Rosalind Tregembo", "said", "")],
        [("Last week's log: Mailbox baseball is back on North Road", "", "", "B")],
        [("Have a news tip?", "", "", "B"),
         ("Email news@vantryfallsweathervane.example or call 207-555-0148.", "", "", "B")],
        [("Share on Facebook   Share via Email   Print", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1", "", "", "B")],
        [("Selectboard sets town meeting warrant", "", "", "B")],
        [("2", "", "", "B")],
        [("Weathervane honor roll: second quarter", "", "", "B")],
        [("© 2026 The Vantry Falls Weathervane, 22 Depot St., Vantry Falls, ME 04999", "", "", "B")],
        [("Powered by HamletPress", "", "", "B")],
    ],
    [  # 2. city daily's school-board story with a reader comment section
        [("The Ossawa Standard", "", "", "B")],
        [("Sign In  |  Subscribe: $1 for 6 months", "", "", "B")],
        [("News   Education   Politics   Business   Sports   Opinion   Obituaries   Jobs", "", "", "B")],
        [("Education", "", "", "B")],
        [("School board votes 4-3 to close Fairlawn and Tobler Street elementary schools", "", "", "W")],
        [("Superintendent says the closures will save $3.1 million a year; parents vow to keep fighting", "Marisol Hiltebrand", "says", "W")],
        [("By Annika Loftgren  |  aloftgren@ossawastandard.example", "", "", "B")],
        [("Published 10:48 p.m. CT Feb. 24, 2026  |  Updated 7:15 a.m. CT Feb. 25, 2026", "", "", "B")],
        [("Parents hold signs outside the district's administration building before Tuesday's board meeting.", "", "", "")],
        [("Tomasz Sobieraj/The Ossawa Standard", "", "", "B")],
        [("The Mount Ossawa school board voted 4-3 late Tuesday to close two elementary schools at the end of the school year, the district's first closures since 2009.", "", "", "W")],
        [("Fairlawn Elementary, which has 212 students, and Tobler Street Elementary, which has 187, will shut in June.", "", "", "W"),
         ("Their students will move to three nearby schools in the fall.", "", "", "W")],
        [("Superintendent Marisol Hiltebrand told the board the closures would save about $3.1 million a year in staffing, utilities and maintenance.", "Marisol Hiltebrand", "told the board", "W")],
        [("The district faces a $6.8 million deficit next year, according to budget projections presented Tuesday, and enrollment has fallen by about 1,900 students since 2016.", "budget projections presented Tuesday", "according to", "W")],
        [("“None of us went into education to close schools,” Hiltebrand said.", "Marisol Hiltebrand", "said", ""),
         ("“But we cannot keep heating buildings that are half empty and ask our teachers to take the cuts instead.”", "Marisol Hiltebrand", "said", "")],
        [("Board President Harold Esterbrook, who voted for the plan, said the board had held 11 public meetings on the closures since September.", "Harold Esterbrook", "said", "W")],
        [("Trustees Yvette Kalinowski, Desmond Amankwaa and Laila Haddadin voted against it.", "", "", "W")],
        [("Kalinowski said the district had never studied how far Fairlawn students would have to walk to their new schools.", "Yvette Kalinowski", "said", "W")],
        [("“We are asking 7-year-olds to cross Route 30,” she said.", "Yvette Kalinowski", "said", "W")],
        [("District spokesperson Kelvin Aborisade said crossing guards would be posted at two new intersections and that bus routes were being redrawn.", "Kelvin Aborisade", "said", "W")],
        [("More than 140 people signed up to speak during public comment, which ran past 10 p.m.", "", "", "W"),
         ("Many of them were Fairlawn parents.", "", "", "")],
        [("“This school is the only thing on our side of the tracks that still works,” said Renata Szilagyi, whose two children attend Fairlawn.", "Renata Szilagyi", "said", "")],
        [("Szilagyi said a group of parents had talked to a lawyer about whether the vote could be challenged.", "Renata Szilagyi", "said", "")],
        [("Advertisement", "", "", "B")],
        [("The Tobler Street building, which opened in 1928, needs an estimated $4.4 million in roof and boiler repairs, according to a 2024 facilities assessment.", "a 2024 facilities assessment", "according to", "W")],
        [("The board did not decide what will happen to either building.", "", "", "W"),
         ("Hiltebrand said staff would bring options to the board in April.", "Marisol Hiltebrand", "said", "W")],
        [("What happens next", "", "", "")],
        [("Families will receive letters with their new school assignments by March 20, the district said.", "the district", "said", "W")],
        [("Open houses at the receiving schools are scheduled for the week of April 13.", "", "", "W")],
        [("Parents can find the new attendance maps at mossawaschools.example/transition.", "", "", "B")],
        [("RELATED: Ossawa schools face $6.8 million gap as enrollment slides", "", "", "B")],
        [("Facebook   X   Email   Print   Gift this article", "", "", "B")],
        [("Comments (38)", "", "", "B")],
        [("Comments are moderated and must follow our community guidelines.", "", "", "B"),
         ("Log in to join the discussion.", "", "", "B")],
        [("Sort by: Best  |  Newest  |  Oldest", "", "", "B")],
        [("OssawaDad84", "", "", "B")],
        [("4 hours ago", "", "", "B")],
        [("Shameful.", "", "", "B"),
         ("They found money for a new football scoreboard last year but can't keep Fairlawn open.", "", "", "B")],
        [("Reply · Report · ▲ 27 ▼ 6", "", "", "B")],
        [("M. Abbruzzese", "", "", "B")],
        [("3 hours ago", "", "", "B")],
        [("The numbers don't lie, the district has lost almost 2,000 kids.", "", "", "B"),
         ("The board made the hard call.", "", "", "B")],
        [("Reply · Report · ▲ 11 ▼ 14", "", "", "B")],
        [("↳ Replying to OssawaDad84", "", "", "B")],
        [("GreyFoxOnElm", "", "", "B")],
        [("2 hours ago", "", "", "B")],
        [("The scoreboard was paid for by the booster club, not the district.", "", "", "B")],
        [("Reply · Report · ▲ 9 ▼ 2", "", "", "B")],
        [("Load more comments", "", "", "B")],
        [("Most Popular", "", "", "B")],
        [("1. Police identify driver in fatal Route 30 crash", "", "", "B")],
        [("2. Downtown parking garage to close for repairs through August", "", "", "B")],
        [("© 2026 The Ossawa Standard.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Service  |  Privacy Policy  |  Your Privacy Choices", "", "", "B")],
    ],
    [  # 3. public-radio station's story page
        [("Skip to main content", "", "", "B")],
        [("KQNB 90.3 Garnet Bend  |  Prairiefire Public Media", "", "", "B")],
        [("LISTEN LIVE · Evening Report", "", "", "B")],
        [("DONATE", "", "", "B")],
        [("News   Music   Programs   Schedule   Events   Support", "", "", "B")],
        [("Your gift powers independent local journalism.", "", "", "B"),
         ("Give $10 a month and we'll send you the new KQNB tote.", "", "", "B")],
        [("Donate now", "", "", "B")],
        [("Garnet Bend is years behind on replacing lead pipes.", "", "", "W"),
         ("A state deadline is getting closer.", "", "", "")],
        [("Listen · 4:12", "", "", "B")],
        [("By Teodora Villaseñor", "", "", "B")],
        [("Published March 17, 2026 at 5:06 AM CDT", "", "", "B")],
        [("A crew digs up a lead service line on North Ninth Street.", "", "", "")],
        [("Teodora Villaseñor / KQNB", "", "", "B")],
        [("Garnet Bend has replaced 1,310 of its estimated 9,800 lead service lines since 2021, according to figures the city's water utility provided to KQNB.", "figures the city's water utility provided to KQNB", "according to", "W")],
        [("At that pace, it would take the city more than 30 years to finish.", "", "", "W")],
        [("A state law passed in 2024 requires utilities to replace every lead line by 2037.", "", "", "W")],
        [("Utility director Ambrose Steinbrecher says money, not willingness, is the problem.", "Ambrose Steinbrecher", "says", "")],
        [("“Each line costs us about $11,500 to replace, start to finish,” Steinbrecher said.", "Ambrose Steinbrecher", "said", "W"),
         ("“You do the math on 8,500 lines.”", "Ambrose Steinbrecher", "said", "")],
        [("That math comes to nearly $98 million.", "", "", "W"),
         ("The utility's entire capital budget this year is $14 million.", "", "", "W")],
        [("The city has applied for $22 million in low-interest state loans, and Steinbrecher says he expects an answer by summer.", "Ambrose Steinbrecher", "says", "W")],
        [("Listen · 1:05", "", "", "B")],
        [("Corinne Abernath describes the letter she got from the utility", "", "", "")],
        [("Corinne Abernath, who has lived on North Ninth Street for 26 years, learned her home had a lead line from a letter last spring.", "", "", "W")],
        [("“It said to run the tap for two minutes before drinking,” she told KQNB.", "Corinne Abernath", "told KQNB", "W"),
         ("“I have a 2-year-old grandson here three days a week.", "Corinne Abernath", "told KQNB", ""),
         ("Two minutes?”", "Corinne Abernath", "told KQNB", "")],
        [("Her line was replaced in February, after she signed up for a pilot program that lets homeowners pay their share of the cost over five years.", "", "", "W")],
        [("The pilot has 214 participants so far, the utility says.", "the utility", "says", "W")],
        [("Some residents worry about the years in between.", "", "", "")],
        [("Dr. Ifeoma Ebbesen, a pediatrician at Garnet Bend Children's Clinic, says blood tests at the clinic found elevated lead levels in 37 children last year, up from 22 the year before.", "Ifeoma Ebbesen", "says", "W")],
        [("She says not all of those cases are linked to water; old paint is still the most common source.", "Ifeoma Ebbesen", "says", "W")],
        [("“Filters help,” Ebbesen said.", "Ifeoma Ebbesen", "said", ""),
         ("“But a filter only works if somebody changes the cartridge.”", "Ifeoma Ebbesen", "said", "")],
        [("The city hands out free filters at its utility office on Grand Avenue.", "", "", "W")],
        [("City council member Joaquin Abrego has proposed moving $5 million from the city's reserve fund to speed up the work.", "", "", "W"),
         ("The council will vote on the proposal April 7.", "", "", "W")],
        [("Mayor Benedetta Kuczynski did not respond to KQNB's request for comment.", "Benedetta Kuczynski", "did not respond to KQNB's request for comment", "")],
        [("Copyright 2026 KQNB 90.3", "", "", "B")],
        [("Tags", "", "", "B")],
        [("Local News   Water   Garnet Bend City Council", "", "", "B")],
        [("Teodora Villaseñor", "", "", "B")],
        [("Teodora Villaseñor covers city government and the environment for KQNB.", "", "", "B"),
         ("She joined the station in 2022.", "", "", "B")],
        [("Stories like this one are made possible by listeners like you.", "", "", "B")],
        [("Become a sustaining member", "", "", "B")],
        [("Related Content", "", "", "B")],
        [("Water rates to rise 6% in July", "", "", "B")],
        [("KQNB is a service of Prairiefire Public Media, Inc.", "", "", "B")],
        [("FCC Public Inspection File   Contest Rules   Privacy Policy   Careers", "", "", "B")],
    ],
    [  # 4. obituary on a legacy-style memorial site
        [("Memoria Commons", "", "", "B")],
        [("Obituaries   Search   Funeral Homes   Send Flowers   Sign In", "", "", "B")],
        [("Find an obituary", "", "", "B")],
        [("Arlo Bertrand Whitlatch", "", "", "")],
        [("1937 - 2026", "", "", "W")],
        [("Send Flowers", "", "", "B")],
        [("Share", "", "", "B")],
        [("Sign the Guest Book", "", "", "B")],
        [("Arlo Whitlatch Obituary", "", "", "B")],
        [("Arlo Bertrand Whitlatch, 88, of Glenhollow, passed away peacefully on Saturday, March 7, 2026, at Prairie Rose Care Center, surrounded by his family.", "", "", "W")],
        [("He was born on June 2, 1937, in Kettle Run, the son of Walter and Opal (Dusenbury) Whitlatch.", "", "", "W"),
         ("Arlo graduated from Kettle Run High School in 1955 and served two years in the U.S. Army, stationed in West Germany.", "", "", "W")],
        [("On August 16, 1959, he married Lorraine Faye Brunkhorst at St. Wendelin Catholic Church in Kettle Run.", "", "", "W"),
         ("They were married 61 years, until her death in 2020.", "", "", "W")],
        [("Arlo farmed south of Glenhollow for more than four decades and drove a school bus for the Glenhollow Community School District for 22 years.", "", "", "W"),
         ("He never missed a route, not even in the blizzard of '75.", "", "", ""),
         ("He liked to say the kids on Route 4 were the best part of the job.", "Arlo Bertrand Whitlatch", "liked to say", "")],
        [("He was a member of St. Wendelin parish, the parish men's club and the Glenhollow Volunteer Fire Department, where he served 30 years and retired as assistant chief.", "", "", "W")],
        [("Arlo loved coffee at the Maple Street Café, a good euchre game and the 1962 tractor he spent three winters restoring.", "", "", ""),
         ("Nothing made him happier than a full table at Thanksgiving.", "", "", "")],
        [("He is survived by his children, Dale (Marcy) Whitlatch of Glenhollow and Renee (Curtis) Hallgarth of Sioux Ridge; 11 grandchildren; 14 great-grandchildren; and his brother, Vernon Whitlatch of Kettle Run.", "", "", "W")],
        [("He was preceded in death by his wife, Lorraine; his parents; a son, Gary, in 1988; and his sisters, Ione Pfannenstiel and Marvel Ruskamp.", "", "", "W")],
        [("Mass of Christian Burial will be held at 10:30 a.m. Friday, March 13, 2026, at St. Wendelin Catholic Church in Glenhollow, with Rev. Thaddeus Wachtendorf officiating.", "", "", "B"),
         ("Burial will follow at Mount Hope Cemetery, with military honors by American Legion Post 217.", "", "", "B")],
        [("Visitation will be from 4 to 7 p.m. Thursday at Gutwein-Lamarche Funeral Home, 318 W. Main St., Glenhollow, with a parish vigil at 6:30 p.m.", "", "", "B")],
        [("In lieu of flowers, memorials may be directed to the Glenhollow Volunteer Fire Department or St. Wendelin School.", "", "", "B"),
         ("Online condolences may be left at gutweinlamarche.example.", "", "", "B")],
        [("Arrangements are under the direction of Gutwein-Lamarche Funeral Home.", "", "", "B")],
        [("Published by Glenhollow Register from Mar. 9 to Mar. 11, 2026.", "", "", "B")],
        [("Service details", "", "", "B")],
        [("Visitation", "", "", "B")],
        [("Thursday, March 12, 2026  |  4:00 p.m. - 7:00 p.m.  |  Gutwein-Lamarche Funeral Home", "", "", "B")],
        [("Funeral Mass", "", "", "B")],
        [("Friday, March 13, 2026  |  10:30 a.m.  |  St. Wendelin Catholic Church", "", "", "B")],
        [("Get directions", "", "", "B")],
        [("Send flowers to the Whitlatch family", "", "", "B")],
        [("Order by phone: (800) 555-0172", "", "", "B")],
        [("Guest Book", "", "", "B")],
        [("42 entries", "", "", "B")],
        [("Marlys Overgaard", "", "", "B")],
        [("March 10, 2026", "", "", "B")],
        [("Arlo drove my kids to school for years and always had a peppermint for each of them on the last day.", "", "", "B"),
         ("Our deepest sympathy to Dale and Renee.", "", "", "B")],
        [("Glenhollow Volunteer Fire Department", "", "", "B")],
        [("March 9, 2026", "", "", "B")],
        [("Rest easy, Assistant Chief.", "", "", "B"),
         ("We have the watch from here.", "", "", "B")],
        [("Show more entries", "", "", "B")],
        [("Plant a memorial tree in honor of Arlo", "", "", "B")],
        [("Obituary alerts: Get an email when new obituaries are posted in Glenhollow", "", "", "B")],
        [("© 2026 Memoria Commons.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Use  |  Privacy  |  Accessibility", "", "", "B")],
    ],
    [  # 5. business journal's paywalled story
        [("Keswater Business Journal", "", "", "B")],
        [("Menu   Search   Subscribe   Sign In", "", "", "B")],
        [("News   Lists & Leads   People   Events   Nominations", "", "", "B")],
        [("Manufacturing", "", "", "B")],
        [("Subscriber Content", "", "", "B")],
        [("Exclusive: Vorstrand Fluid Systems to move headquarters, 380 jobs to Tessendorf Township", "", "", "W")],
        [("The valve maker is seeking $24 million in local and state incentives, documents show.", "documents", "show", "W")],
        [("By Priyanka Sobhani – Senior Reporter, Keswater Business Journal", "", "", "B")],
        [("Mar 18, 2026", "", "", "B")],
        [("Listen to this article 4 min", "", "", "B")],
        [("Vorstrand Fluid Systems' headquarters on Foundry Avenue, which the company has occupied since 1977.", "", "", "W")],
        [("Keswater Business Journal file", "", "", "B")],
        [("Vorstrand Fluid Systems Inc., the 112-year-old maker of industrial valves, plans to move its headquarters and about 380 jobs from downtown Keswater to a 22-acre site in Tessendorf Township, according to documents filed with the township and the state's economic development agency.", "documents filed with the township and the state's economic development agency", "according to", "W")],
        [("The company would build a $61 million office and engineering center on the former Brauchle orchard along Route 44, the filings show.", "the filings", "show", "W")],
        [("Vorstrand is seeking a 15-year property tax abatement from the township and up to $9.5 million in job-creation tax credits from the state, the documents say.", "the documents", "say", "W")],
        [("The move would take one of downtown's largest private employers out of the city.", "", "", "")],
        [("Chief Financial Officer Harriet Babineau confirmed the plans in an interview Tuesday but said no final decision had been made.", "Harriet Babineau", "confirmed", "W")],
        [("She said the company had outgrown the Foundry Avenue building, which it leases, and had looked at 11 sites in four counties.", "Harriet Babineau", "said", "W")],
        [("Keswater Mayor Dorcas Hollerbach said in a statement that the city had offered Vorstrand", "Dorcas Hollerbach", "said in a statement", "")],
        [("This story is available exclusively to subscribers.", "", "", "B")],
        [("Subscribe now to keep reading.", "", "", "B")],
        [("Limited time: Get 12 weeks for $1", "", "", "B")],
        [("Exclusive stories on the companies, deals and people shaping Keswater", "", "", "B")],
        [("The Book of Lists and searchable lead data", "", "", "B")],
        [("Breaking-news alerts and daily newsletters", "", "", "B")],
        [("Subscribe Now", "", "", "B")],
        [("Already a subscriber?", "", "", "B"),
         ("Sign In", "", "", "B")],
        [("Need help?", "", "", "B"),
         ("Contact customer service at 1-800-555-0133.", "", "", "B")],
        [("Industries & Tags", "", "", "B")],
        [("Manufacturing   Commercial Real Estate   Economic Development", "", "", "B")],
        [("Upcoming Events", "", "", "B")],
        [("Fastest-Growing Private Companies Awards  |  April 23, 2026  |  Keswater Convention Center", "", "", "B")],
        [("Get tickets", "", "", "B")],
        [("Sign up for our free newsletters", "", "", "B")],
        [("Enter your email", "", "", "B")],
        [("Sign Up", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1. Developer plans 300 apartments at former Rexcroft mill", "", "", "B")],
        [("2. Regional grocer to close its last two Keswater stores", "", "", "B")],
        [("Keswater Business Journal is part of Cormeau Media Group.", "", "", "B")],
        [("User Agreement  |  Privacy Policy  |  Ad Choices", "", "", "B")],
        [("© 2026 Cormeau Media Group, Inc.", "", "", "B")],
    ],
    [  # 6. state capitol bureau story on a bill
        [("The Millersford Chronicle-Star", "", "", "B")],
        [("Subscribe   Sign in", "", "", "B")],
        [("Local   Statehouse   Business   Sports   Opinion   Obituaries", "", "", "B")],
        [("STATEHOUSE", "", "", "B")],
        [("Ohio Senate passes property tax cap for older homeowners, 24-8", "", "", "W")],
        [("S.B. 114 would limit yearly increases to 3% for owners 65 and up; counties warn of lost revenue", "counties", "warn", "W")],
        [("By Delphine Mazerolle  |  Capitol Bureau", "", "", "B")],
        [("Apr 2, 2026", "", "", "B")],
        [("COLUMBUS — The Ohio Senate voted 24-8 on Wednesday to cap annual increases in the taxable value of homes owned by people 65 and older at 3%, sending the bill to the House.", "", "", "W")],
        [("Senate Bill 114 passed largely along party lines, with all 23 Republicans and one Democrat voting for it.", "", "", "W")],
        [("“People who have paid off their homes should not be taxed out of them,” said the bill's sponsor, Sen. Lucinda Armbrecht, R-Hollisford.", "Lucinda Armbrecht", "said", "")],
        [("Armbrecht said the median property tax bill for Ohio homeowners over 65 rose 19% between 2022 and 2025.", "Lucinda Armbrecht", "said", "W")],
        [("The Buckeye County Officials Council estimated that the cap would cost schools, libraries and county services $212 million in its first three years.", "The Buckeye County Officials Council", "estimated", "W")],
        [("“Somebody pays for this, and it's going to be younger families and renters,” said Sen. Terrence Muchiri, D-Easton Heights, who voted no.", "Terrence Muchiri", "said", "")],
        [("He offered an amendment to limit the cap to homes valued under $400,000; it failed 9-23.", "", "", "W")],
        [("The lone Democrat to back the bill, Sen. Rosalyn Chiasson, D-Kinsman, said many of her constituents were retirees on fixed incomes.", "Rosalyn Chiasson", "said", "")],
        [("Bill at a glance", "", "", "B")],
        [("What it does: Caps yearly increases in taxable value at 3% for owner-occupied homes of people 65 and older.", "", "", "W")],
        [("Who qualifies: Owners 65+ with household income under $95,000.", "", "", "W")],
        [("Cost: About $212 million over three years, county officials estimate.", "county officials", "estimate", "W"),
         ("The Legislative Budget Analyst's office has not released its analysis.", "", "", "W")],
        [("Next: The House, where a companion bill, H.B. 207, has sat in committee since October.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("House Speaker Broderick Schallert, R-Lake Tusculum, said through a spokesman that the House would take up S.B. 114 after its spring recess, but he did not commit to a vote.", "Broderick Schallert", "said through a spokesman", "W")],
        [("Gov. Annaliese Thorpe-Whitcomb has not said whether she would sign the bill.", "Annaliese Thorpe-Whitcomb", "has not said", "")],
        [("Her spokeswoman, Jada Szczerba, said in an email that the governor “supports relief for seniors” and was reviewing the Senate's changes.", "Jada Szczerba", "said in an email", "")],
        [("The measure mirrors a federal proposal from U.S. Rep. Garrick Hollenkamp, R-Ohio, that would let states use unspent pandemic-era funds to offset local losses from senior tax caps.", "", "", "W")],
        [("Hollenkamp said in a statement Wednesday that the Senate vote “shows this is a problem every state is going to have to face.”", "Garrick Hollenkamp", "said in a statement", "")],
        [("U.S. Sen. Marguerite Tjaden, D-Ohio, has not taken a position on the federal bill.", "", "", "W")],
        [("Auditors in several counties said the cap would complicate reappraisals already under way.", "Auditors in several counties", "said", "")],
        [("Quillback County Auditor Priscilla Vonderhaar said her office would have to track the taxable value of about 14,000 homes separately.", "Priscilla Vonderhaar", "said", "W")],
        [("“It's doable,” she said.", "Priscilla Vonderhaar", "said", ""),
         ("“It's not free.”", "Priscilla Vonderhaar", "said", "")],
        [("Under current law, homeowners 65 and older with incomes below $38,600 already qualify for a homestead exemption worth about $500 a year.", "", "", "W")],
        [("What's next", "", "", "")],
        [("The House Ways and Means Committee has scheduled its first hearing on S.B. 114 for April 14.", "", "", "W")],
        [("Delphine Mazerolle covers the Statehouse for the Millersford Chronicle-Star.", "", "", "B"),
         ("Reach her at dmazerolle@chroniclestar.example.", "", "", "B")],
        [("Related: House panel stalls bill on township legal notices", "", "", "B")],
        [("Share   Post   Email", "", "", "B")],
        [("© 2026 Millersford Chronicle-Star.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. high-school sports roundup
        [("Stallbrook County Record", "", "", "B")],
        [("Sports   Prep Sports   Scores   Submit Scores   Photo Galleries", "", "", "B")],
        [("PREP ROUNDUP", "", "", "B")],
        [("Millbridge girls hold off Hemlock Ridge to reach sectional final; Quarnock's Zeidler wins 300th game", "", "", "W")],
        [("By Gideon Crewdson  |  Sports Reporter", "", "", "B")],
        [("Feb 28, 2026", "", "", "B")],
        [("Millbridge's Kenzie Albrechtsen (22) drives past Hemlock Ridge's Tori Wojnarowski during Friday's Class 3A sectional semifinal.", "", "", "")],
        [("Gideon Crewdson / Stallbrook County Record", "", "", "B")],
        [("Girls basketball", "", "", "")],
        [("MILLBRIDGE 52, HEMLOCK RIDGE 47", "", "", "W")],
        [("Kenzie Albrechtsen scored 18 points, including 8 of 9 free throws in the fourth quarter, as Millbridge held off Hemlock Ridge in a Class 3A sectional semifinal Friday at Lanesfield.", "", "", "W")],
        [("Hemlock Ridge (15-8) cut a 13-point deficit to 48-45 with 1:12 left on a 3-pointer by Tori Wojnarowski but got no closer.", "", "", "W")],
        [("“We talked at halftime about not getting comfortable, and then we got comfortable,” Millbridge coach Dana Ruhlmann said.", "Dana Ruhlmann", "said", ""),
         ("“Kenzie bailed us out.", "Dana Ruhlmann", "said", ""),
         ("She's done that all year.”", "Dana Ruhlmann", "said", "")],
        [("Millbridge (21-3) plays Sassafras Creek in the sectional final at 7 p.m. Tuesday at Lanesfield.", "", "", "W")],
        [("Hemlock Ridge   10   9   16   12 — 47", "", "", "")],
        [("Millbridge   12   14   11   15 — 52", "", "", "")],
        [("HEMLOCK RIDGE: Wojnarowski 16, Hadley Brunsvold 11, Amaya Castro-Weems 8, Ivy Kettleson 6, Brynn Achola 6.", "", "", "W")],
        [("MILLBRIDGE: Albrechtsen 18, Josie Vanderploeg 12, Maren Eikenberry 9, Talia Savoie 7, Reese Lamothe 6.", "", "", "W")],
        [("3-pointers: HR 5 (Wojnarowski 3, Castro-Weems 2), M 4 (Vanderploeg 2, Albrechtsen, Lamothe).", "", "", "W")],
        [("Boys basketball", "", "", "")],
        [("QUARNOCK 61, ST. AIDAN 44", "", "", "W")],
        [("Quarnock coach Wallace Zeidler became the first coach in Stallbrook County history to win 300 boys basketball games as the Wolverines pulled away from St. Aidan in the second half.", "", "", "W"),
         ("Zeidler, in his 19th season, is 300-141.", "", "", "W")],
        [("“I've been here long enough that I coached some of these kids' dads,” Zeidler said.", "Wallace Zeidler", "said", ""),
         ("“Three hundred means I've had a lot of good players.", "Wallace Zeidler", "said", ""),
         ("That's all it means.”", "Wallace Zeidler", "said", "")],
        [("Senior Ellis Zondo led Quarnock (17-5) with 22 points and 11 rebounds.", "", "", "W")],
        [("St. Aidan coach Francis Doiron said his team “ran out of legs” in its third game in four days.", "Francis Doiron", "said", "W")],
        [("St. Aidan   14   12   9   9 — 44", "", "", "")],
        [("Quarnock   13   13   18   17 — 61", "", "", "")],
        [("ST. AIDAN: Declan Comeau 14, Niall Stavrou 10, Sam Radosevich 8, Jude Cassavant 7, Cole Haughey 5.", "", "", "W")],
        [("QUARNOCK: Zondo 22, Tyrese Leblanc 13, Owen Przybylak 11, Malik Pohlmeier 9, Gus Henstridge 6.", "", "", "W")],
        [("Wrestling", "", "", "")],
        [("Five Stallbrook County wrestlers qualified for next week's state tournament at the Class 2A Lanesfield regional Saturday.", "", "", "W")],
        [("Sassafras Creek's Bo Nyquist (29-2) won the 150-pound title with a 7-3 decision over Quarnock's Trey Buscaglia, avenging a loss in January.", "", "", "W")],
        [("Sassafras Creek coach Rolf Hagedorn said Nyquist had wrestled for a month with a broken finger on his left hand.", "Rolf Hagedorn", "said", "W")],
        [("“He asked me not to tell anybody,” Hagedorn said.", "Rolf Hagedorn", "said", ""),
         ("“So, well, now everybody knows.”", "Rolf Hagedorn", "said", "")],
        [("Regional champions: 126 — Cayden Ulbrich (Lanesfield) dec. Ruben Oyarzabal (Thornapple), 5-2; 150 — Nyquist (Sassafras Creek) dec. Buscaglia (Quarnock), 7-3; 285 — Abel Trzaska (Millbridge) pinned Dorian Wilks (Lanesfield), 3:41.", "", "", "W")],
        [("State qualifiers: Ulbrich (Lanesfield, 126), Nyquist (Sassafras Creek, 150), Buscaglia (Quarnock, 150), Trzaska (Millbridge, 285), Wilks (Lanesfield, 285).", "", "", "W")],
        [("Up next", "", "", "")],
        [("Tuesday: Class 3A girls sectional final, Sassafras Creek vs. Millbridge at Lanesfield, 7 p.m.", "", "", "W")],
        [("Wednesday: Class 2A boys sectional semifinal, Thornapple vs. Quarnock at Quarnock, 7:30 p.m.", "", "", "W")],
        [("Coaches: Report scores and stats to sports@stallbrookrecord.example by 10 p.m. on game nights.", "", "", "B")],
        [("Photo gallery: Millbridge vs. Hemlock Ridge (24 photos)", "", "", "B")],
        [("More Prep Sports", "", "", "B")],
        [("Lanesfield's Ulbrich commits to wrestle at Quinnipaug State", "", "", "B")],
        [("Boys swimming: Quarnock relay sets county record", "", "", "B")],
        [("© 2026 Stallbrook County Record", "", "", "B")],
    ],
    [  # 8. Canadian daily's story with a cookie wall and bilingual furniture lines
        [("We value your privacy / Nous respectons votre vie privée", "", "", "B")],
        [("We and our 148 partners use cookies and similar technologies to store and access information on your device, to personalize content and ads, and to measure our audience.", "", "", "B")],
        [("You can accept all, reject all or set your preferences at any time by clicking “Privacy settings” at the bottom of the page.", "", "", "B")],
        [("Accept all   Reject all   Manage preferences", "", "", "B")],
        [("Français", "", "", "B")],
        [("Skip to main content / Passer au contenu principal", "", "", "B")],
        [("The Otter Bay Packet", "", "", "B")],
        [("Sunday, June 7, 2026  |  14°C", "", "", "B")],
        [("News   Sports   Business   Opinion   Life   Obituaries   e-Edition", "", "", "B")],
        [("Subscribe / S'abonner", "", "", "B")],
        [("News  |  Health", "", "", "B")],
        [("Otter Bay ER to close overnight for 12 weeks this summer as nurse shortage deepens", "", "", "W")],
        [("Health network says it has 38 nursing vacancies in the emergency department alone", "Health network", "says", "W")],
        [("Geneviève Lanteigne  |  Provincial Affairs Reporter", "", "", "B")],
        [("Published Jun 06, 2026  •  Last updated 1 day ago  •  4 minute read", "", "", "B")],
        [("Join the conversation", "", "", "B")],
        [("The emergency entrance at Otter Bay Regional Hospital on Friday.", "", "", "")],
        [("Photo by Geneviève Lanteigne /The Otter Bay Packet", "", "", "B")],
        [("The emergency department at Otter Bay Regional Hospital will close from 8 p.m. to 8 a.m. every night from June 8 to Aug. 31, the Ardoise Health Network announced Friday.", "the Ardoise Health Network", "announced", "W")],
        [("It is the first time the department has closed overnight since the hospital opened in 1974.", "", "", "W")],
        [("The network said 38 of the department's 71 nursing positions are vacant, and that it had been unable to fill shifts despite offering overtime at double pay.", "The network", "said", "W")],
        [("Overnight patients will be directed to Val-Rocheux Hospital, about 55 kilometres away, and ambulances will take patients there as well.", "", "", "W")],
        [("“This is not a decision we made lightly, and it is not permanent,” the network's president and CEO, Dr. Mathieu Brideau-Haché, told a news conference.", "Mathieu Brideau-Haché", "told a news conference", ""),
         ("“We will reopen overnight as soon as we can staff it safely.”", "Mathieu Brideau-Haché", "told a news conference", "")],
        [("He said the network hoped to hire at least 20 of the nurses graduating this spring from the Collège de la Côte.", "Mathieu Brideau-Haché", "said", "")],
        [("Advertisement / Publicité", "", "", "B")],
        [("Story continues below", "", "", "B")],
        [("Health Minister Réjeanne Poitras-Gendron said in French that the province would pay housing costs for nurses who move to the region for at least two years.", "Réjeanne Poitras-Gendron", "said in French", "W")],
        [("“Otter Bay will not be abandoned,” she said.", "Réjeanne Poitras-Gendron", "said", "")],
        [("Otter Bay Mayor Curtis MacFadyen-Leger called the closure “a slap in the face” to a region that has lost two rural clinics since 2022.", "Curtis MacFadyen-Leger", "called", "W")],
        [("“People here pay the same taxes as people in the city,” he said.", "Curtis MacFadyen-Leger", "said", ""),
         ("“They deserve the same hospital.”", "Curtis MacFadyen-Leger", "said", "")],
        [("The union that represents the nurses, the Atlantic Nurses' Alliance, said its members had warned the network about staffing for three years.", "the Atlantic Nurses' Alliance", "said", "W")],
        [("Its president, Nadia Arseneau-Kitt, said nurses in the department had worked more than 9,400 hours of overtime since January.", "Nadia Arseneau-Kitt", "said", "W")],
        [("READ MORE: Province announces $40-million plan to recruit nurses from abroad", "", "", "B")],
        [("Lisette Gaudet-Ruel, 67, said her husband was taken to the Otter Bay emergency department twice last winter with heart trouble.", "Lisette Gaudet-Ruel", "said", "")],
        [("“Fifty-five kilometres in January, at night, in a snowstorm?” she said.", "Lisette Gaudet-Ruel", "said", "")],
        [("The network said it would post updates on its website every day and that the 811 health line would remain open around the clock.", "The network", "said", "W")],
        [("In an emergency, always call 911.", "", "", "B")],
        [("— With files from The Maritime Wire", "", "", "B")],
        [("Share this story / Partagez cet article", "", "", "B")],
        [("Comments", "", "", "B")],
        [("You must be logged in to join the discussion or read more comments.", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Ferry fares to rise 8 per cent on July 1", "", "", "B")],
        [("Otter Bay's lobster season opens with prices down", "", "", "B")],
        [("This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic.", "", "", "B")],
        [("Terms of Use / Conditions d'utilisation   Privacy / Confidentialité   Accessibility / Accessibilité", "", "", "B")],
        [("© 2026 The Otter Bay Packet, a division of Fundy Shore Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. storm story driven by weather-service alerts
        [("Skip to content", "", "", "B")],
        [("The Kessick Valley Times", "", "", "B")],
        [("Weather Alert: Tornado Warning in effect for Ockley County until 7:15 p.m. EDT.", "", "", "B"),
         ("Tap for details.", "", "", "B")],
        [("News   Weather   Traffic   Sports   Opinion   Obituaries   Subscribe", "", "", "B")],
        [("LIVE UPDATES", "", "", "B")],
        [("Tornado touches down near Orrisville as storms tear through Kessick Valley; thousands without power", "", "", "W")],
        [("By Mercedes Villarreal and Jonah Brickell", "", "", "B")],
        [("Updated 6:42 p.m. EDT", "", "", "B")],
        [("Originally published 3:10 p.m. EDT", "", "", "B")],
        [("Active weather alerts", "", "", "B")],
        [("Tornado Warning — Ockley County until 7:15 p.m. EDT", "", "", "W")],
        [("Severe Thunderstorm Warning — Kessick and Ralston counties until 7:30 p.m. EDT", "", "", "W")],
        [("Flash Flood Watch — all of the Kessick Valley through 2 a.m. Thursday", "", "", "W")],
        [("Alerts issued by the weather service.", "", "", "B"),
         ("Last checked 6:40 p.m. EDT.", "", "", "B")],
        [("If you are under a Tornado Warning, move to a basement or an interior room on the lowest floor now.", "", "", "B")],
        [("A tornado touched down near Orrisville shortly before 6 p.m. Wednesday, damaging at least a dozen homes and a grain elevator as a line of severe storms moved east across the Kessick Valley, the weather service confirmed.", "the weather service", "confirmed", "W")],
        [("No deaths have been reported.", "", "", "W"),
         ("Ockley County emergency management director Colleen Trevathan said two people were taken to Orrisville Memorial Hospital with injuries that were not life-threatening.", "Colleen Trevathan", "said", "W")],
        [("“We've got roofs off, trees on cars and a lot of lines down on County Road 12,” Trevathan said.", "Colleen Trevathan", "said", ""),
         ("“Please stay off the roads so our crews can get through.”", "Colleen Trevathan", "said", "")],
        [("Updated 6:15 p.m. EDT", "", "", "B")],
        [("About 18,400 Kessick Rural Electric customers were without power as of 6:10 p.m., according to the cooperative's outage map.", "the cooperative's outage map", "according to", "W"),
         ("The cooperative said some customers might not have power back until Friday.", "The cooperative", "said", "")],
        [("Updated 5:15 p.m. EDT", "", "", "B")],
        [("The weather service's office in Ferndale Crossing issued a Tornado Warning for northern Ockley County at 5:41 p.m. after radar indicated rotation near Greeley Mills.", "", "", "W")],
        [("Meteorologist Anjali Deshmukh said a storm spotter reported a funnel cloud near Orrisville at 5:52 p.m. and a tornado on the ground four minutes later.", "Anjali Deshmukh", "said", "W")],
        [("“That's the storm we were worried about all afternoon,” she said.", "Anjali Deshmukh", "said", "")],
        [("A survey team will visit the area Thursday morning to rate the tornado, Deshmukh said.", "Anjali Deshmukh", "said", "W"),
         ("She said it was too early to estimate its strength.", "Anjali Deshmukh", "said", "")],
        [("Updated 3:10 p.m. EDT", "", "", "B")],
        [("The weather service placed most of the valley under an enhanced risk of severe weather — level 3 of 5 — on Wednesday morning.", "", "", "W"),
         ("Forecasters warned of damaging winds, large hail and a few tornadoes.", "Forecasters", "warned", "")],
        [("Storm clouds gather over the grain elevator in Orrisville on Wednesday afternoon.", "", "", "")],
        [("Photo courtesy of Wes Tannahill", "", "", "B")],
        [("Hail the size of golf balls fell in Ralston at 4:48 p.m., according to a weather service storm report.", "a weather service storm report", "according to", "W")],
        [("The forecast", "", "", "")],
        [("More storms are possible overnight, with heavy rain that could cause flash flooding in low-lying areas through early Thursday.", "", "", ""),
         ("Thursday should be dry and cooler, with a high near 68.", "", "", "")],
        [("Have photos or video of storm damage?", "", "", "B"),
         ("Send them to news@kessickvalleytimes.example.", "", "", "B"),
         ("Please don't put yourself in danger to get them.", "", "", "B")],
        [("Report an outage to Kessick Rural Electric at 1-800-555-0196.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Track the storms on our live radar", "", "", "B")],
        [("Kessick Valley weather: 10-day forecast", "", "", "B")],
        [("Copyright © 2026 The Kessick Valley Times.", "", "", "B")],
        [("Terms  |  Privacy  |  Do Not Sell or Share My Personal Information", "", "", "B")],
    ],
    [  # 10. neighbourhood news site's restaurant-inspection story with a data table
        [("Gallowmere Now", "", "", "B")],
        [("Your neighborhood, every day.", "", "", "B")],
        [("News   Food & Drink   Real Estate   Schools   Events   Newsletter", "", "", "B")],
        [("Support local news: Become a member", "", "", "B")],
        [("Food & Drink", "", "", "B")],
        [("Roaches, warm sausage and no soap: 5 Gallowmere Heights restaurants fail March inspections", "", "", "W")],
        [("By Hattie Brumfield-Oyama", "", "", "B")],
        [("April 8, 2026  ·  5 min read", "", "", "B")],
        [("Five restaurants in Gallowmere Heights failed health inspections in March, according to Port Clayborne Department of Public Health records reviewed by Gallowmere Now.", "Port Clayborne Department of Public Health records reviewed by Gallowmere Now", "according to", "W")],
        [("Inspectors visited 41 restaurants, cafés and food trucks in the neighborhood last month.", "", "", "W"),
         ("Thirty-six passed, though 14 of those were cited for at least one minor violation.", "", "", "W")],
        [("A failing grade means an inspector found a critical violation that was not corrected during the visit, or gave a score below 70 out of 100.", "", "", "")],
        [("Restaurants that fail must pass a follow-up inspection within 10 days or be ordered to close, department spokesperson Lorenzo Bekkering said.", "Lorenzo Bekkering", "said", "W")],
        [("Here are the five that failed:", "", "", "B")],
        [("Failed inspections, Gallowmere Heights, March 2026", "", "", "B")],
        [("Restaurant | Address | Date | Score | Critical violations", "", "", "B")],
        [("Golden Lantern Noodle House | 412 Quillen Ave. | March 4 | 64 | 3", "", "", "")],
        [("Bricker's Tap & Grill | 1780 Gallowmere Blvd. | March 9 | 68 | 2", "", "", "")],
        [("Mamá Lupe's Taqueria | 95 Arkell St. | March 12 | 71 | 1", "", "", "")],
        [("Sunny Side Diner | 2214 Gallowmere Blvd. | March 18 | 59 | 4", "", "", "")],
        [("Crescent Moon Bakery | 38 Kemp Pl. | March 26 | 73 | 1", "", "", "")],
        [("Source: Port Clayborne Department of Public Health.", "", "", "B")],
        [("The lowest score went to Sunny Side Diner, where an inspector found mouse droppings in a dry-storage room and cooked sausage held at 112 degrees, well below the required 135 degrees, according to the inspection report.", "the inspection report", "according to", "W")],
        [("Owner Georgios Papadelis said the diner had hired a new pest control company and thrown out all of the affected food.", "Georgios Papadelis", "said", "W")],
        [("“We've been here 31 years, and this has never happened,” he said.", "Georgios Papadelis", "said", "W"),
         ("“We passed the reinspection on the 21st.”", "Georgios Papadelis", "said", "W")],
        [("Records show Sunny Side passed a follow-up inspection on March 21 with a score of 92.", "Records", "show", "W")],
        [("At Golden Lantern Noodle House, the inspector noted live cockroaches near the dish machine and no soap at the only hand sink in the kitchen.", "the inspector", "noted", "W")],
        [("The restaurant's manager declined to comment when reached by phone.", "The restaurant's manager", "declined to comment", "")],
        [("Bricker's Tap & Grill was cited for raw chicken stored above ready-to-eat salads and a walk-in cooler running at 47 degrees.", "", "", "W")],
        [("General manager Tess Oostdyk said the cooler's compressor failed the night before the inspection and was replaced the next day.", "Tess Oostdyk", "said", "W")],
        [("Mamá Lupe's scored 71 but failed because a cook handled tortillas with bare hands after touching raw beef and the problem was not corrected during the visit, the report says.", "the report", "says", "W")],
        [("Co-owner Guadalupe Terrazas said the cook had been retrained.", "Guadalupe Terrazas", "said", "W"),
         ("“It was one mistake on one morning,” she said.", "Guadalupe Terrazas", "said", "")],
        [("Crescent Moon Bakery did not respond to messages left Monday and Tuesday.", "Crescent Moon Bakery", "did not respond to messages left Monday and Tuesday", "")],
        [("Bekkering said the department has 19 inspectors for about 4,800 food businesses citywide and tries to inspect each restaurant at least twice a year.", "Lorenzo Bekkering", "said", "W")],
        [("Look up any restaurant's inspection history at health.portclayborne.example/inspections.", "", "", "B")],
        [("How we did this", "", "", "B")],
        [("At the end of every month, Gallowmere Now requests each inspection report filed for a food business in the neighborhood.", "", "", "B")],
        [("Got a tip?", "", "", "B"),
         ("Email tips@gallowmerenow.example.", "", "", "B")],
        [("Get Gallowmere Now in your inbox every weekday morning.", "", "", "B")],
        [("Email address", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("Tags: restaurant inspections, food safety, Gallowmere Boulevard", "", "", "B")],
        [("Gallowmere Now is a member of the Independent Neighborhood News Network.", "", "", "B")],
        [("© 2026 Gallowmere Now LLC", "", "", "B")],
    ],
    [  # 11. court story: arraignment of a roofer
        [("Cullerton County Gazette", "", "", "B")],
        [("Home   News   Crime & Courts   Sports   Opinion   Obituaries   Subscribe", "", "", "B")],
        [("Crime & Courts", "", "", "B")],
        [("Roofer accused of taking $412,000 from 17 homeowners pleads not guilty; judge keeps bail at $250,000", "", "", "W")],
        [("Prosecutors say he took deposits for roofs he never started", "Prosecutors", "say", "W")],
        [("By Tobias Wennerstrom", "", "", "B")],
        [("Mar 5, 2026  Updated Mar 6, 2026", "", "", "B")],
        [("Dustin W. Hargitay, center, listens as his attorney, Simone Rautenfeld, addresses Judge Philippa Nussbaum in Cullerton County Court on Thursday.", "", "", "")],
        [("Tobias Wennerstrom/Staff", "", "", "B")],
        [("A Ridgemont Crossing roofing contractor accused of taking more than $412,000 in deposits from 17 homeowners for work he never did pleaded not guilty Thursday to 23 counts.", "", "", "W")],
        [("Dustin Wayne Hargitay, 44, the owner of Summit Peak Roofing & Exteriors, is charged with theft by deception, home improvement fraud and deceptive business practices, according to the criminal complaint.", "the criminal complaint", "according to", "W")],
        [("The charges", "", "", "B")],
        [("• Theft by deception, 17 counts (third-degree felony)", "", "", "W")],
        [("• Home improvement fraud, 5 counts (third-degree felony)", "", "", "W")],
        [("• Deceptive business practices, 1 count (first-degree misdemeanor)", "", "", "W")],
        [("Each third-degree felony carries a maximum sentence of seven years in prison.", "", "", "W")],
        [("Judge Philippa Nussbaum denied a defense request to lower Hargitay's bail, which was set at $250,000 cash when he was arrested Feb. 19.", "", "", "W")],
        [("“The allegation here is not one bad job, but a pattern that went on for more than two years,” Nussbaum said from the bench.", "Philippa Nussbaum", "said from the bench", ""),
         ("“I am not persuaded that the defendant would appear if released.”", "Philippa Nussbaum", "said from the bench", "")],
        [("Assistant District Attorney Raymond Iacobelli told the court that Hargitay collected deposits of between $8,000 and $41,000 from each homeowner between March 2023 and September 2025.", "Raymond Iacobelli", "told the court", "W")],
        [("Most of the homeowners are over 70, Iacobelli said, and several paid with money from retirement accounts.", "Raymond Iacobelli", "said", "W")],
        [("“He would show up, measure the roof, take a check and never come back,” Iacobelli said.", "Raymond Iacobelli", "said", "W"),
         ("“When people called, he told them the shingles were on back order.”", "Raymond Iacobelli", "said", "W")],
        [("Hargitay moved about $160,000 from the company's accounts to a bank account in his girlfriend's name, according to an affidavit filed by a county detective.", "an affidavit filed by a county detective", "according to", "W")],
        [("Defense attorney Simone Rautenfeld argued that her client ran a legitimate business that collapsed after its insurer dropped it in 2024 and material costs jumped.", "Simone Rautenfeld", "argued", "W")],
        [("“This is a contract dispute that belongs in civil court, not a theft case,” Rautenfeld said.", "Simone Rautenfeld", "said", ""),
         ("“Mr. Hargitay has lived in this county his whole life.", "Simone Rautenfeld", "said", "W"),
         ("He is not going anywhere.”", "Simone Rautenfeld", "said", "")],
        [("She said Hargitay had repaid three homeowners a total of about $29,000 since his arrest.", "Simone Rautenfeld", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Several of the homeowners sat in the front row of the courtroom.", "", "", "")],
        [("Eunice Hollingbrook, 78, said she paid Hargitay a $19,600 deposit in May 2024 to replace the roof on the house she and her late husband built in 1969.", "Eunice Hollingbrook", "said", "W")],
        [("“I still have the tarp on it,” she said after the hearing.", "Eunice Hollingbrook", "said", "")],
        [("Hargitay did not speak during the hearing except to answer the judge's questions.", "", "", "")],
        [("The state attorney general's office has received 31 complaints about Summit Peak since 2023, a spokeswoman for the office said.", "a spokeswoman for the office", "said", "W")],
        [("A pretrial conference is scheduled for April 16.", "", "", "W"),
         ("Hargitay remains in the Cullerton County Jail.", "", "", "W")],
        [("Anyone who believes they were a victim is asked to call the district attorney's Consumer Fraud Unit at 555-0119.", "", "", "B")],
        [("Tobias Wennerstrom covers courts and public safety.", "", "", "B"),
         ("Reach him at twennerstrom@cullertongazette.example or 555-0187.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Homeowners say roofer took deposits and vanished", "", "", "B")],
        [("Roofing contractor arrested on theft charges", "", "", "B")],
        [("Comments are disabled on stories about pending criminal cases.", "", "", "B")],
        [("© 2026 Cullerton County Gazette", "", "", "B")],
    ],
    [  # 12. TV station's consumer Problem Solvers story with a tip-line box
        [("WDKR 5 News", "", "", "B")],
        [("Watch Live   Weather   Traffic   Problem Solvers   Sports   Contests", "", "", "B")],
        [("71° Partly Cloudy", "", "", "B")],
        [("5 PROBLEM SOLVERS", "", "", "B")],
        [("‘We just wanted our fence’: Tallokas Springs couple gets $6,350 back after Problem Solvers step in", "", "", "W")],
        [("By Keisha Pettaway, Reporter", "", "", "B")],
        [("Dante Sallinger, Photojournalist", "", "", "B")],
        [("Published: Oct. 14, 2026 at 6:21 PM EDT", "", "", "B")],
        [("5 Problem Solvers: Couple waits seven months for a fence that never comes", "", "", "W")],
        [("Video: 2:58", "", "", "B")],
        [("TALLOKAS SPRINGS, Ga. (WDKR) — Ray and Annette Bridwell paid Ironclad Fence & Deck a $6,350 deposit in March for a 140-foot privacy fence to keep their two dogs in the yard.", "", "", "W")],
        [("By October, they still had no fence and no refund.", "", "", "W")],
        [("“Every time I called it was next week … next week … next week,” Annette Bridwell told 5 Problem Solvers.", "Annette Bridwell", "told 5 Problem Solvers", ""),
         ("“Then they stopped answering the phone.”", "Annette Bridwell", "told 5 Problem Solvers", "")],
        [("The Bridwells' contract, which they shared with 5 Problem Solvers, promised installation within six to eight weeks of the deposit.", "The Bridwells' contract", "promised", "W")],
        [("Ray Bridwell said he went to the company's office on Pinkney Road twice in September and found it locked both times.", "Ray Bridwell", "said", "W")],
        [("Have a consumer problem?", "", "", "B"),
         ("Scroll down to contact 5 Problem Solvers.", "", "", "B")],
        [("We found the Bridwells are not alone.", "", "", "")],
        [("The state Office of Consumer Protection has received 12 complaints about Ironclad Fence & Deck since January, according to records we obtained through an open records request.", "records we obtained through an open records request", "according to", "W")],
        [("We called the company's owner, Curtis Yarbrough-Main, on Oct. 7.", "", "", "")],
        [("He told us the company fell behind after its main supplier raised lumber prices by 40% and two of its installers quit.", "Curtis Yarbrough-Main", "told us", "W")],
        [("“I'm not trying to rip anybody off,” Yarbrough-Main said.", "Curtis Yarbrough-Main", "said", ""),
         ("“I'm trying to dig out.”", "Curtis Yarbrough-Main", "said", "")],
        [("Two days after our call, the Bridwells received a cashier's check for the full $6,350.", "", "", "W")],
        [("“I honestly don't think we'd have seen a dime without you,” Ray Bridwell said.", "Ray Bridwell", "said", "")],
        [("Yarbrough-Main said the company has refunded four other customers since Oct. 7.", "Curtis Yarbrough-Main", "said", "W"),
         ("He said he expects to pay back everyone else by the end of the year.", "Curtis Yarbrough-Main", "said", "")],
        [("The Office of Consumer Protection declined to say whether it is investigating the company.", "The Office of Consumer Protection", "declined to say", "")],
        [("Before you hire a contractor", "", "", "B")],
        [("Check the contractor's license with the state licensing board.", "", "", "B")],
        [("Never pay more than a third of the job up front.", "", "", "B")],
        [("Pay by credit card so you can dispute the charge if the work is not done.", "", "", "B")],
        [("Get start and finish dates in writing.", "", "", "B")],
        [("Contact 5 Problem Solvers", "", "", "B")],
        [("Call or text our tip line: 478-555-0155", "", "", "B")],
        [("Email: problemsolvers@wdkr5.example", "", "", "B")],
        [("Or fill out the form below and a member of our team will get back to you.", "", "", "B")],
        [("Your name", "", "", "B")],
        [("Tell us about your problem", "", "", "B")],
        [("Submit", "", "", "B")],
        [("Copyright 2026 WDKR.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Deputies: Man arrested after chase ends in Tallokas Springs pond", "", "", "B")],
        [("Gas prices drop below $3 across middle Georgia", "", "", "B")],
        [("FCC Public File  |  EEO Report  |  Closed Captioning  |  Advertise With Us", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- police logs: a.m. stamps before an entry, a.m. ending an entry, middle initials -------------
    ("n23-blotter-stamps", "6:48 a.m. — A Depot Street resident reported that gasoline had been siphoned from a pickup truck. An officer took a report.\nTuesday, March 3\n9:02 a.m. — Officers assisted the fire department at a chimney fire.",
     ["6:48 a.m. — A Depot Street resident reported that gasoline had been siphoned from a pickup truck.", "An officer took a report.", "Tuesday, March 3", "9:02 a.m. — Officers assisted the fire department at a chimney fire."]),
    ("n23-am-sentence-end", "No calls were logged between midnight and 9 a.m. It was, by all accounts, a quiet Sunday.",
     ["No calls were logged between midnight and 9 a.m.", "It was, by all accounts, a quiet Sunday."]),
    ("n23-blotter-initials", "Darnell R. Fitzwater, 27, of Norridgeport, was arrested on charges of operating under the influence. Paulette A. Schoonover, 64, of Vantry Falls, was cited for failure to yield.",
     ["Darnell R. Fitzwater, 27, of Norridgeport, was arrested on charges of operating under the influence.", "Paulette A. Schoonover, 64, of Vantry Falls, was cited for failure to yield."]),
    # --- statehouse copy: bill designations, party-and-town tags, U.S. before a title ----------------
    ("n23-bill-designations", "Senate Bill 114 passed 24-8. S.B. 114 now goes to the House, where a companion bill, H.B. 207, has sat in committee since October.",
     ["Senate Bill 114 passed 24-8.", "S.B. 114 now goes to the House, where a companion bill, H.B. 207, has sat in committee since October."]),
    ("n23-party-tag-end", "“People who have paid off their homes should not be taxed out of them,” said the bill's sponsor, Sen. Lucinda Armbrecht, R-Hollisford. Armbrecht said the median bill rose 19% between 2022 and 2025.",
     ["“People who have paid off their homes should not be taxed out of them,” said the bill's sponsor, Sen. Lucinda Armbrecht, R-Hollisford.", "Armbrecht said the median bill rose 19% between 2022 and 2025."]),
    ("n23-us-rep-ohio", "The measure mirrors a proposal from U.S. Rep. Garrick Hollenkamp, R-Ohio, that would let states use unspent funds. U.S. Sen. Marguerite Tjaden, D-Ohio, has not taken a position.",
     ["The measure mirrors a proposal from U.S. Rep. Garrick Hollenkamp, R-Ohio, that would let states use unspent funds.", "U.S. Sen. Marguerite Tjaden, D-Ohio, has not taken a position."]),
    # --- storm pages: update stamps, alert lines without full stops ---------------------------------
    ("n23-updated-edt", "Updated 6:15 p.m. EDT\nAbout 18,400 customers were without power as of 6:10 p.m. The cooperative said some might not have power back until Friday.",
     ["Updated 6:15 p.m. EDT", "About 18,400 customers were without power as of 6:10 p.m.", "The cooperative said some might not have power back until Friday."]),
    ("n23-alert-lines", "Tornado Warning — Ockley County until 7:15 p.m. EDT\nSevere Thunderstorm Warning — Kessick and Ralston counties until 7:30 p.m. EDT\nAlerts issued by the weather service. Last checked 6:40 p.m. EDT.",
     ["Tornado Warning — Ockley County until 7:15 p.m. EDT", "Severe Thunderstorm Warning — Kessick and Ralston counties until 7:30 p.m. EDT", "Alerts issued by the weather service.", "Last checked 6:40 p.m. EDT."]),
    # --- inspection tables: street abbreviations inside rows, a URL and an email ending sentences ------
    ("n23-table-rows-abbrev", "Golden Lantern Noodle House | 412 Quillen Ave. | March 4 | 64 | 3\nBricker's Tap & Grill | 1780 Gallowmere Blvd. | March 9 | 68 | 2",
     ["Golden Lantern Noodle House | 412 Quillen Ave. | March 4 | 64 | 3", "Bricker's Tap & Grill | 1780 Gallowmere Blvd. | March 9 | 68 | 2"]),
    ("n23-url-email-tip", "Look up any restaurant's inspection history at health.portclayborne.example/inspections. Got a tip? Email tips@gallowmerenow.example.",
     ["Look up any restaurant's inspection history at health.portclayborne.example/inspections.", "Got a tip?", "Email tips@gallowmerenow.example."]),
    # --- comment sections: a one-word comment and the vote strip -------------------------------------
    ("n23-comment-votes", "Shameful. They found money for a new football scoreboard last year but can't keep Fairlawn open.\nReply · Report · ▲ 27 ▼ 6",
     ["Shameful.", "They found money for a new football scoreboard last year but can't keep Fairlawn open.", "Reply · Report · ▲ 27 ▼ 6"]),
    # --- quotes: a question before its attribution, an ellipsis inside a quote, Mr. inside a quote ---
    ("n23-quote-question", "“Fifty-five kilometres in January, at night, in a snowstorm?” she said. The network said the 811 health line would remain open.",
     ["“Fifty-five kilometres in January, at night, in a snowstorm?” she said.", "The network said the 811 health line would remain open."]),
    ("n23-quote-ellipsis", "“Every time I called it was next week … next week … next week,” Annette Bridwell told 5 Problem Solvers. “Then they stopped answering the phone.”",
     ["“Every time I called it was next week … next week … next week,” Annette Bridwell told 5 Problem Solvers.", "“Then they stopped answering the phone.”"]),
    ("n23-mr-in-quote", "“Mr. Hargitay has lived in this county his whole life. He is not going anywhere.” She said Hargitay had repaid three homeowners.",
     ["“Mr. Hargitay has lived in this county his whole life.", "He is not going anywhere.”", "She said Hargitay had repaid three homeowners."]),
    # --- sports roundups: dec. between names, line-score rows, vs. in a fixture ----------------------
    ("n23-wrestling-dec", "Regional champions: 126 — Cayden Ulbrich (Lanesfield) dec. Ruben Oyarzabal (Thornapple), 5-2; 285 — Abel Trzaska (Millbridge) pinned Dorian Wilks (Lanesfield), 3:41. Five wrestlers qualified for state.",
     ["Regional champions: 126 — Cayden Ulbrich (Lanesfield) dec. Ruben Oyarzabal (Thornapple), 5-2; 285 — Abel Trzaska (Millbridge) pinned Dorian Wilks (Lanesfield), 3:41.", "Five wrestlers qualified for state."]),
    ("n23-line-score-fixture", "Millbridge   12   14   11   15 — 52\nMILLBRIDGE: Albrechtsen 18, Vanderploeg 12.\nTuesday: Class 3A girls sectional final, Sassafras Creek vs. Millbridge at Lanesfield, 7 p.m.",
     ["Millbridge   12   14   11   15 — 52", "MILLBRIDGE: Albrechtsen 18, Vanderploeg 12.", "Tuesday: Class 3A girls sectional final, Sassafras Creek vs. Millbridge at Lanesfield, 7 p.m."]),
    # --- a subhead glued to the next paragraph when the line break was lost ---------------------------
    ("n23-glued-subhead", "What happens next Families will receive letters with their new school assignments by March 20, the district said.",
     ["What happens next", "Families will receive letters with their new school assignments by March 20, the district said."]),
    # --- obituaries: an address with W. and St., a maiden name in brackets, Rev. before a name --------
    ("n23-obit-address", "Visitation will be from 4 to 7 p.m. Thursday at Gutwein-Lamarche Funeral Home, 318 W. Main St., Glenhollow. Burial will follow at Mount Hope Cemetery.",
     ["Visitation will be from 4 to 7 p.m. Thursday at Gutwein-Lamarche Funeral Home, 318 W. Main St., Glenhollow.", "Burial will follow at Mount Hope Cemetery."]),
    ("n23-obit-maiden-rev", "He was born in Kettle Run, the son of Walter and Opal (Dusenbury) Whitlatch. Mass will be celebrated with Rev. Thaddeus Wachtendorf officiating.",
     ["He was born in Kettle Run, the son of Walter and Opal (Dusenbury) Whitlatch.", "Mass will be celebrated with Rev. Thaddeus Wachtendorf officiating."]),
    # --- paywalls: a sentence cut off by the paywall, then the block ----------------------------------
    ("n23-paywall-cut", "Keswater Mayor Dorcas Hollerbach said in a statement that the city had offered Vorstrand\nThis story is available exclusively to subscribers.\nAlready a subscriber? Sign In",
     ["Keswater Mayor Dorcas Hollerbach said in a statement that the city had offered Vorstrand", "This story is available exclusively to subscribers.", "Already a subscriber?", "Sign In"]),
]  # fmt: skip
