"""Twenty-sixth set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13 in round sixteen, before any rule was tuned on them and without
looking at the engine's code or output (neither `claimreview/` nor the scorer's results were
opened, and no test, scorer or engine was run; only an import of this file was tried, to check its
structure): every person, place, organisation, outlet, company, platform, team, product and number
is invented (a few US states, currencies, units, time zones and generic institutions such as "the
weather service", "parliament", "Superior Court" or "NYSE" appear only as places, units and
settings), and no surname, town or outlet of any file under `tests/` is reused (each was checked
with grep over the whole `tests/` tree; first names recur). Each page is a WHOLE page, head to
tail, as a new user pastes it as plain text after selecting all in a browser or an app, so every
furniture line is a paragraph of its own. The twelve pages come from inboxes, apps and
syndication, the sources the earlier sets have least of: a paid newsletter post pasted from an
email (a water board's rate rise and the consultant's cheaper option it left out); a news
aggregator's page carrying a partner outlet's story (a bridge toll rise, "Story by", "Continue
reading", a sponsored card, a feedback widget, "More for you" cards); a national paper's article
pasted from its phone app (a minimum wage rise; status bar, "Open in app", text-size controls,
"Listen", tab bar); a press-release wire page with a food maker's quarterly results (highlights,
dateline with ticker, outlook, call details, non-GAAP note, "About", forward-looking statements, a
statement of earnings pasted as text lines, investor and media contacts); a trade outlet
resharing a freight chief executive's long post on a depot closure; a civic-news site's city
council recap (a 5-2 rezoning vote, the agenda, public comment, other business); a local site
republishing a police department's news release on catalytic converter thefts (incident number,
arrested people with ages and charges, "anyone with information", presumption of innocence); a
hospital system's health-news article on a new pediatric sleep clinic ("Medically reviewed by", a
doctor and a parent quoted, a signs box, location and hours); a county emergency-management update
page for a hurricane (banner, "Last updated", warnings, evacuation zones, shelters, hotline,
closures, forecast); a sports wire's playoff basketball story with its box score; a court report
of a sentencing hearing (judge, prosecutor, defence lawyer, a reconstruction officer's testimony,
a victim impact statement over three paragraphs); and a newspaper's corrections-and-clarifications
page listing eleven corrections. The three things they stress are (1) furniture of every kind
worded afresh, at the head, in the middle and at the tail ("View in browser", "Forwarded this
email?", paid-subscriber notes, greetings, mid-post upgrade boxes, sign-offs, footnotes, postal
and unsubscribe lines, "Start writing", portal menus, partner logo lines, "Follow", "Story by ...
• 5h • 4 min read", picture credits, "Continue reading", republication notes, sponsored cards,
"How was this article?", thumbs, "Give feedback", "More for you" cards with outlet-and-age lines,
status bars, app banners, "‹ Back", "Aa" and text-size controls, "Listen" lines, "Save Share",
"Scroll to continue with content", tab bars, "NEWS PROVIDED BY", highlights headings, call and
webcast paragraphs, non-GAAP notes, table titles, unit lines and header rows, "SOURCE ...",
embed display names and headlines, "3d • Edited • 🌐", hashtags, "…see less", reaction counts,
"Like Comment Repost Send", "Meeting at a glance", Documenter lines, "How to take part",
"Republish this story", release headers, incident numbers, contact lines, "Arrested were:",
tip lines, "###", arrest-publication policies, review bylines, read times, signs boxes,
location and hours lines, reviewer bios, medical disclaimers, emergency banners, "Last updated"
and "Next update" lines, shelter lists, "Previous updates", text-alert lines, wire bylines,
"___", "More ... basketball:", copyright notices, "Most Read" numbers, corrections-policy lines,
week and day headings of a corrections page, "We apologise for these errors." and the
press-standards lines); (2) who is speaking (a board that "says" in a headline, "told me", "wrote
to me", "wrote in an email", "did not answer my questions", "did not say", "according to the
board's own rate calculator", an inventory that "shows", a consultant that "recommended", a report
that "says on page 41", "authority says" in a headline, "projects", "estimated", "noted",
"called", "said in a statement", "minister confirms", "told parliament", "Employers' groups warn",
"The federation's survey ... found", "The government has said", "The company now expects", a
chief executive who "posts" and "writes" and whose post carries "posted", "Others point out",
"declined to say", "according to its annual filing", "The agenda shows", "according to the
clerk's tally", "told the council", "urged", "the department said in a statement", "according to
department figures provided to the Bulletin", "could not be reached", "Court records do not
list", "according to the health system", "per the forecast office", "the forecast office said",
"The cooperative warned", "testified", "asked for", "told the court", "apologized", "the judge
said when sentencing", "a district spokesperson said", "has asked us to point out", "has since
said"; pronouns, surnames and roles resolved; multi-paragraph quotes); (3) honest
check-worthiness, with many ordinary borderline sentences of both kinds. `STYLES` names the site
and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new25.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels and "continue" prompts "B" with the story
after them labelled as before; captions by content and credits "B"; standfirsts and decks labelled
like headlines, question and topic subheads ""; kickers, mastheads, widgets, banners and share
strips "B"; fact-box headings "B" with their lines by content; related lists, "Read more" lines,
author bios, comment furniture and readers' comments "B"; reader-service lines and advice to
readers "B", advice spoken by a quoted official keeping its speaker with flags ""; health review
lines "B"; release headers, "About ..." paragraphs, safe-harbor paragraphs, media contacts,
"SOURCE" lines and "###" "B", a release's own text without a speaker; newsletter-platform counts,
"Share", subscribe boxes, paid prompts and footnote lists "B", a footnote marker part of its
sentence, the writer's own statements without a speaker and the writer's reporting acts "";
embedded posts with the account holder as speaker and the cue "posted", display name, headline,
date, hashtags and counts "B"; a police force's own text without a speaker, the appeal and the
presumption-of-innocence notice "B"; warning boxes with the heading "B" and each warning line "W";
data rows "" with the table's title, unit line and header row "B"; score and result lines,
scorers' lines and fixtures "W", attendance lines ""; what a court, board or council DID "W"
without a speaker; corrections that state a fact "W"; plans, votes and fixtures "W", forecasts "";
titles, honorifics and role words dropped from speakers; a pronoun, a later surname or a role noun
for a person resolved to the full name as first given; "the company", "the board", "the
cooperative" and the like kept as written; a reporting verb inside a relative clause gives the
sentence no speaker; "declined to comment", "did not respond" and their kin labelled like speech
with flags ""; glued furniture items without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A paid newsletter post pasted from an email: "View in browser", "Forwarded this email?" and
  "Subscribe here for more" (two "B" sentences), the publication name, the author-date-"Paid" line,
  the like-comment-restack line, "READ IN APP", the note thanking paid subscribers (its count of
  paying readers included: it is about the newsletter, not the story), the greeting, the mid-post
  upgrade box and "Upgrade to paid", the promise of notes for paid subscribers, the "— Maren"
  sign-off, each numbered footnote (one "B" sentence, its "p. 41" never ending it), "Like Comment
  Restack", the copyright, the postal line, "Unsubscribe", "Start writing Get the app" and the
  platform's tagline are "B". A two-sentence headline is split: "The water board says ..." keeps
  the board as written with "says" and is "W" for its figure, and "Its own consultant offered a
  cheaper path." is "W". "according to the board's own rate calculator.¹" keeps the tool as
  written, the marker part of the sentence; "the board's 2025 asset inventory shows" keeps the
  document; "Sowerhill recommended Option B." carries the consultant by full name with the cue
  "recommended" and is "W" (a recommendation of record); "the report says on page 41" keeps "the
  report" with "says". "has called the increase “...”" is a characterisation, ""; "told me" and
  "wrote to me" are cues as written; "did not answer my questions" and "did not say" are labelled
  like "declined to comment". "The report lays out three options:" states what the document holds,
  "W", and each option bullet is "W"; the writer's "I asked for the firm's final report in January."
  is a reporting act, "", while the release date won only after a complaint is "W". A board
  member's plan stated without a reporting verb ("He plans to move Option B ...") is "W" with no
  speaker. The meeting time in the body is a fixture, "W"; the public-comment rules after it are
  reader service, "B".
* An aggregator page carrying a partner's story: the portal's name, search box, "Sign in", menu,
  the partner's logo line, "Follow", the "Story by ... • 5h • 4 min read" line, the picture credit,
  "Advertisement", "Continue reading" (the button that expands the rest of the story), the
  republication note, "Sponsored Content" and the sponsored card with its "· Ad" line, the feedback
  widget ("How was this article?", the thumbs, "Give feedback", "Thanks." and the sentence after
  it), "More for you" with each card's headline and outlet-and-age line, "See more" and the footer
  are "B"; the story between them is labelled as news, its capitals dateline part of the first
  sentence. The headline's "authority says" keeps "authority" as written, like "Health network
  says" in `labelled_new23.py` (a body not yet named); the board's 4-1 vote is what the board DID,
  "W" without a speaker; "The authority's own traffic study projects" keeps the study as written
  and is "" (a projection); "estimated" (the detour's length) is "W"; "The lone no vote came from
  X, who said ..." carries no speaker, the reporting verb sitting in a relative clause, and is "W"
  for the vote. "Times and places are posted on its website." is reader service, "B".
* A phone-app article view: the status bar ("9:41", "5G 82%"), the app banner and both "Open in
  app" lines, "‹ Back", "Aa", "Text size A− A+", the kicker, byline, role and date lines, "▶ Listen
  · 6 min", "Save Share", the picture credit, "Scroll to continue with content", "Advertisement",
  the "Related:" line, "Topics" and the topic line, the comment count and prompt, "More from
  Economy" with its headlines, "Read more stories like this in the app." and the tab bar ("Home
  Latest For you Saved Search", one "B" sentence) are "B". The headline's "minister confirms"
  resolves the role to the minister named in the body, as "CFO says" did in `labelled_new21.py`;
  the dek in two sentences is split, "Employers' groups warn ..." keeping the groups as written,
  "" (a warning of harm to come). "told parliament" is a cue as written; "According to the
  commission's report" and "the report says" keep the document; "The federation's survey ...
  found" keeps the survey; "The government has said it will consult ..." keeps "The government"
  with "has said" and is "W" (a stated plan); a café owner's plan to raise his prices is "W"; an
  economist's record of employment since 2015 is "W", her "Nobody knows exactly where it is." "".
* A wire page with quarterly results: "NEWS PROVIDED BY" and the company-name line under it, the
  time line, "Share this article", "Third-Quarter Highlights" (a fact-box heading; its bullets
  "W"), "Conference Call and Webcast" with its sentences, "Non-GAAP Financial Measures" with its
  sentences, "About ..." (figures and all), "Forward-Looking Statements" with its sentences, the
  contacts, "SOURCE ...", the wire's promo and copyright are "B". The headline and the highlight
  "Company raises fiscal 2026 adjusted EPS outlook to ..." are "W": that the company raised its
  outlook is an act of record, whereas "The company now expects adjusted EPS of ..." (speaker "The
  company", cue "expects") and "Organic net sales growth is expected to be ..." are forecasts, "".
  "Segment Results" and "Fiscal 2026 Outlook" are topic subheads, "". The statement of earnings
  pasted as text lines is a table: the company line, its title, the unit line ("(in millions,
  except per share data)") and the header row are "B", each row "". The chief executive's quote
  continued in the next paragraph keeps her and "said", the planned bakery closure "W"; the finance
  chief's vague assumption that inflation "picks up" is "".
* A trade outlet resharing an executive's post: the headline's "Rutherglade CEO posts ..., says
  ..." resolves the role to the executive and takes the first verb, "posts", as cue; the dek's two
  sentences are split, "The drivers' union says" kept as written. "In a post on Workfeed, Upjohn
  writes that ..." carries him with the cue "writes" (present tense, like "says"). The post itself,
  reproduced whole, is an embed: the display name, the headline line under it ("CEO at ... |
  Board member, ..."), "3d • Edited • 🌐", the hashtag line, "…see less", the bare reaction count,
  the comment-and-repost line and "Like Comment Repost Send" are "B", and every sentence of the
  post carries him with the cue "posted", as embeds do in `labelled_new20.py`: what was decided,
  sent and offered ("We told them by email.", the numbered items, the number in each item part of
  its sentence) "W", the apology, regrets and open door "". "Others point out that ..." keeps
  "Others" with the cue "point out" and is "W" for the mileage; the outlet's summary of the
  replies ("The replies are split.", "Many praise Upjohn ...") is "".
* A civic-news council recap: the site's tagline, "Meeting at a glance" (a fact-box heading) with
  its "When:", "Where:" and "Votes taken:" lines "W" (a meeting of record, like "Kick-off:" and
  "Venue:"), the "Watch: Full recording ..." line "B", the Documenter line at the head and the
  Documenters explanation, "Read ...'s full notes", the donation lines and "Republish this story"
  are "B". "The agenda shows" keeps the agenda as written; "according to the clerk's tally" keeps
  the tally, and the split of speakers after it with no cue is "W". Each "Other business" bullet
  ("• Sidewalks: The council voted 7-0 ...") is ONE sentence, its label part of it, "W" as a vote
  of record, "Consent agenda: Approved 7-0 without discussion." included. A public commenter's
  "“You measured the traffic in August,” she told the council." is "W" (the study's dates can be
  checked), "“School was out.”" ""; "urged" is a cue as written; a petition "she said had 1,212
  signatures" is "W". "How to take part" and its lines are reader service, "B"; the next
  meeting and the second reading are fixtures, "W".
* A local site republishing a police release: the site's lead sentence with "the department said
  in a statement" carries the department as first given; "The department's news release is
  reproduced in full below." is "B", like the line introducing minutes in `labelled_new22.py`; the
  release header, "Incident No. ..." (a reference line) and the contact line are "B". The
  release's own text carries no speaker, like a police force's page: the patrol, the pursuit, the
  recovered tools, the links to other thefts, the bail and the court date are "W"; "Arrested
  were:" is "B", like "Here are the five that failed:", and each "• Name, age, of Town: charges"
  line is ONE "W" sentence (an arrest of record; the arrested person is not a speaker). The chief's
  quote keeps her (thanks and "cost ... thousands" ""); "The investigation is continuing and more
  charges are possible." is ""; the "anyone with information" lines, the anonymous tip line, the
  prevention advice, the presumption-of-innocence sentence and "###" are "B". Below it, "according
  to department figures provided to the Bulletin" keeps the figures as written; "A lawyer for X
  could not be reached Friday." is labelled like "did not respond" (speaker as written, the phrase
  as cue, ""); "Court records do not list lawyers for ..." keeps the records with "do not list",
  "W". The site's arrest-publication policy lines are "B".
* A hospital system's health-news page: the review line ("Medically reviewed by ..., MD — Written
  by ... — Updated ...") is one "B" sentence, as in `labelled_new14.py`, and the reviewer is not a
  speaker; "About the reviewer: ..." is a bio, "B". "according to the health system" keeps it as
  written; "The new clinic is expected to bring that wait under six weeks ..." is a forecast, "".
  The doctor's causal and prevalence statements inside her quote are "W", her "cranky mornings"
  line ""; "What happens during a study" is a topic subhead and the description of a study under it
  a definition, "", while the room facts are "W". A parent's account of the cancelled study is "W"
  (checkable against the hospital), her child's sleepiness and her tears "". The "Signs your child
  may need a sleep evaluation" box is advice, "B" line by line with "Talk to your child's
  pediatrician ..."; the clinic's name, address, hours lines and "Schedule an appointment" are a
  listing for readers, "B", like the clinic listing of `labelled_new22.py`; the disclaimer is "B".
* An emergency-management update page: the site-wide "EMERGENCY: ..." banner and "Tap for details."
  are two "B" sentences (repeating the orders below does not make them claims, as in
  `labelled_new23.py`); "Last updated: ..." and "Next update expected by 8 p.m." are "B"; the title
  "Hurricane Verbena: Update No. 7" is a name, "". "per the forecast office in Port Havelock"
  keeps the office as written with "per", "W" for the storm's measured strength, and the later "the
  forecast office said" keeps "the forecast office" with a forecast, ""; landfall and surge
  expectations are "". "Active warnings" and "Evacuation orders" are warning boxes: headings "B",
  each warning line and each "Zone A (...): MANDATORY — leave by ..." line "W" (orders of record),
  the weather-service note "B"; "Not sure of your zone?" and the map line are "B". The judge's
  declaration and orders are what an official DID, "W" without a speaker; her quoted urging over
  three sentences is advice spoken by an official, "". "Open shelters" is a listing, "B" line by
  line with the supplies advice and the transport-and-medical hotline; "Closures" is a fact box,
  heading "B", each closure "W". "The cooperative warned" keeps "The cooperative" as written with
  "warned", "". "Previous updates" and its items, the text-alert line, the address and the
  maintenance notice are "B".
* A sports wire story with a box score: "By NAME", "Pressfield Wire Sports Writer", the time line,
  each "___", the "More ... basketball:" link and the three copyright sentences are "B"; the
  capitals dateline with the wire tag is part of the first sentence. "TIP-INS" and "UP NEXT" are
  topic subheads, ""; a "Kites:" or "Stags:" note opens its sentence, "G" (guard) is part of it,
  and the injury and the flagrant foul are "W" while "Rybak said he is day to day." is hedged, "".
  Each team's box-score line ("JUNIPERTON (104) Robichaux 11-23 4-5 29, ...") is ONE "W" sentence,
  like a scorers' line, and "Totals 38-82 17-22 104." another; the line-score rows by quarter are
  data rows, "", as in `labelled_new23.py`; "3-Point Goals—...", "Fouled Out—None.", "Rebounds—...",
  "Assists—...", "Total Fouls—..." and "Technicals—Rybak." are statements of record, "W", and
  "A—18,412 (18,412)." is an attendance line, "". A player's "about 80%" self-assessment sits in a
  sentence that also states he missed Game 3 and is "W" for that; a coach's "called him ..." is "".
* A sentencing hearing: "Judge says ..." in the dek resolves the role to the judge named in the
  body, "W" for the count of texts; the sentence, the plea and the licence suspension are what the
  court did or recorded, "W" without a speaker; "according to court records" keeps the records;
  "testified" is a cue as written, "W" for the officer's findings; "asked for" (the sentences each
  side sought) is a cue, "W" as a request of record; "told the court" is a cue as written, the
  prosecutor's characterisation ""; the daughter's "read a victim impact statement" sentence is
  scene, "" without a speaker, and her quote over three paragraphs carries her and "said" in every
  sentence (her mother's 14 years on the corner "W", the retirement plans and the stranger in the
  vest ""). "turned to face the family and apologized" carries the defendant with the cue
  "apologized", "". "the judge said when sentencing Naquin" keeps the whole phrase as cue, like
  "said from the bench", and the judge's "40 times in 12 minutes" is "W", like a judge's checkable
  remark in `labelled_new19.py`; parole eligibility under state law and "would not appeal" are "W".
* A corrections-and-clarifications page: the page title is a name, ""; the accuracy pledge, the
  reporting line, each "Week of ..." and day heading, "We apologise for these errors.", "How we
  handle corrections" with its sentences and the press-standards lines are "B". Each correction is
  labelled sentence by sentence: the sentence that only says which article went wrong and what it
  said ("Our report on ... gave the wrong figure for the scheme's budget.", "... gave her age as
  84.", "... credited the winning goal to ...", a "Clarification:" headline that "may have given
  the impression ...") is "", since the paper withdraws that claim rather than making it, and the
  sentence giving the right fact is "W" ("She was 88.", "She voted against it."); a source named
  for the right fact is its speaker as written ("according to Hollinsbury County Council", "the
  station's own history", "Hollinsbury Hospitals Trust says", "The fire service has since said"),
  and "it said" after a missed company statement resolves to the company. "The board has asked us
  to point out that ..." keeps "The board" with the whole phrase as cue and is "W". A
  parenthetical reference to the article ("(“Bypass costs soar”, 11 March, page 4)") stays part of
  its sentence.

`CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "paid newsletter post pasted from an email (a water board's 38% rate rise and the consultant's cheaper option left off the agenda; View in browser, Forwarded this email?, paid-subscriber note, greeting, footnote markers, records and documents as sources, told me / wrote to me / did not answer, mid-post upgrade box, footnotes, unsubscribe footer)",
    "news aggregator page carrying a partner outlet's story (bridge toll rise; portal menu, partner logo line, Story by line, picture credit, Continue reading, commuter, state senator, carriers' association statement, republication note, sponsored card, feedback widget, More for you cards)",
    "national paper's article pasted from its phone app (minimum wage rise; status bar, app banner, Open in app, Aa and text-size controls, Listen line, minister confirms / told parliament, commission report, employers' survey, economist, café owner, union, Related line, tab bar)",
    "press-release wire page with a food maker's quarterly results (NEWS PROVIDED BY, highlights bullets, dateline with ticker, CEO quote over two paragraphs, segment results, outlook with expects, CFO, call and webcast, non-GAAP note, About, forward-looking statements, earnings table as text lines, investor and media contacts, SOURCE)",
    "trade outlet resharing a freight chief executive's long post (depot closure; CEO posts headline, writes, the post reproduced as an embed with display name, headline line, numbered items, hashtags, see less, reaction counts, union rep, spokesperson confirmed and declined to say, consultant, annual filing)",
    "civic-news site's city council meeting recap (rail-yard rezoning passed 5-2; Meeting at a glance box, the agenda shows, clerk's tally, public comment with told the council and urged, councilmembers and mayor, city manager, Other business bullets with votes, What's next, How to take part, Documenters, donate)",
    "local news site republishing a police department's news release (catalytic converter thefts; department said in a statement, release header, incident number, contact line, release text, Arrested were: with names, ages and charges, chief's quote, anyone with information, tip line, presumption of innocence, ###, department figures, lawyer could not be reached)",
    "hospital system's health-news article on a new clinic (pediatric sleep clinic; Medically reviewed by line, caption, health system as source, medical director and pulmonology chief quoted, parent's account, what happens during a study, signs box, location and hours, reviewer bio, disclaimer)",
    "county emergency-management update page (hurricane; emergency banner, Last updated and Next update lines, per the forecast office, warnings box, evacuation-zone orders, judge's declaration and urging, director and sheriff, shelter list, hotline, closures box, electric cooperative, forecast, previous updates)",
    "sports wire playoff basketball story with box score (capitals dateline with wire tag, coaches and players quoted, technical foul, ___ separators, TIP-INS notes, UP NEXT, team box-score lines with Totals, line score by quarter, 3-Point Goals, Fouled Out, Rebounds, Assists, Total Fouls, Technicals, attendance)",
    "local paper's court report of a sentencing hearing (texting driver who killed a crossing guard; judge, according to court records, reconstruction officer testified, prosecutor asked for and told the court, defence lawyer, victim impact statement over three paragraphs, defendant apologized, judge said when sentencing, parole rule, most read)",
    "newspaper's corrections-and-clarifications page (accuracy pledge, week and day headings, eleven corrections and clarifications with the wrong claim and the right fact, council, trust, company statement, harbour board's request, station history, fire service, how we handle corrections, press-standards lines)",
]

ARTICLES = [
    [  # 1. paid newsletter post pasted from an email: a water board's rate rise and its consultant's cheaper option
        [("View in browser", "", "", "B")],
        [("Forwarded this email?", "", "", "B"),
         ("Subscribe here for more", "", "", "B")],
        [("Meter & Main", "", "", "B")],
        [("The water board says a 38% rate rise is unavoidable.", "The water board", "says", "W"),
         ("Its own consultant offered a cheaper path.", "", "", "W")],
        [("Inside the three options Sowerhill Rate Advisors gave Tarrowby, and why only one of them reached Thursday's agenda", "", "", "W")],
        [("Maren Osgathorpe  ·  Apr 14  ·  Paid", "", "", "B")],
        [("212 likes  ·  37 comments  ·  14 restacks", "", "", "B")],
        [("READ IN APP", "", "", "B")],
        [("A note for paid subscribers: thank you.", "", "", "B"),
         ("This one took six weeks and two records requests, and it exists because 1,180 of you pay for it every month.", "", "", "B")],
        [("Hi neighbours,", "", "", "B")],
        [("On Thursday night the Tarrowby Water Board is scheduled to vote on raising residential water and sewer rates by 38% over three years, starting July 1.", "", "", "W")],
        [("For a typical household using 5,000 gallons a month, that takes the bill from $71.40 to about $98.50 by 2029, according to the board's own rate calculator.¹", "the board's own rate calculator", "according to", "W")],
        [("Board chair Hollis Ramsbottom has called the increase “the only responsible option” at two public meetings.", "Hollis Ramsbottom", "has called", ""),
         ("He said it again when I reached him on Monday.", "Hollis Ramsbottom", "said", "")],
        [("“We have pipes in the ground from 1926,” he told me.", "Hollis Ramsbottom", "told me", "W"),
         ("“There is no cheap way to replace them.”", "Hollis Ramsbottom", "told me", "")],
        [("The first part of that is true.", "", "", "")],
        [("About 14 miles of the city's 212 miles of water main were laid before 1930, the board's 2025 asset inventory shows.²", "the board's 2025 asset inventory", "shows", "W")],
        [("The second part is where it gets interesting.", "", "", "")],
        [("What the consultant actually recommended", "", "", "")],
        [("Last September the board paid Sowerhill Rate Advisors $186,000 to study its finances.", "", "", "W"),
         ("I asked for the firm's final report in January.", "", "", "")],
        [("The board released it to me on April 2, eleven weeks later, after I complained to the state's open-records ombudsman.", "", "", "W")],
        [("The report lays out three options:", "", "", "W")],
        [("• Option A: a 38% increase over three years, paying for the pipe work mostly out of rates", "", "", "W")],
        [("• Option B: a 24% increase, with a $40 million low-interest state loan covering the rest", "", "", "W")],
        [("• Option C: a 19% increase, pairing the loan with a slower, 30-year replacement schedule", "", "", "W")],
        [("Sowerhill recommended Option B.³", "Sowerhill Rate Advisors", "recommended", "W")],
        [("“Option B delivers the capital program at materially lower cost to ratepayers,” the report says on page 41.", "the report", "says", "W")],
        [("Only Option A appears in the board packet for Thursday's meeting.", "", "", "W")],
        [("Meter & Main is a reader-supported publication.", "", "", "B"),
         ("To receive new posts and support my work, consider becoming a paid subscriber.", "", "", "B")],
        [("Upgrade to paid", "", "", "B")],
        [("Why the cheaper option vanished", "", "", "")],
        [("Finance director Odile Culpeck told the board in February that the state loan program was “oversubscribed” and that Tarrowby was unlikely to see any money before 2028.", "Odile Culpeck", "told the board", "W")],
        [("The state's own funding list, published in March, shows the program still had $131 million unallocated for 2026-27.⁴", "The state's own funding list", "shows", "W")],
        [("Culpeck did not answer my questions about the loan and referred me to the board's spokesperson.", "Odile Culpeck", "did not answer my questions", "")],
        [("The spokesperson, Nadia Brankholm, wrote in an email that staff “stand by the recommendation presented to the board.”", "Nadia Brankholm", "wrote in an email", ""),
         ("She did not say why the consultant's recommendation was left out.", "Nadia Brankholm", "did not say", "")],
        [("Board member Wendell Hobsbury says he never saw the full report.", "Wendell Hobsbury", "says", "W")],
        [("“I got a four-page summary,” he wrote to me on Sunday.", "Wendell Hobsbury", "wrote to me", "W"),
         ("“Nobody mentioned there was a page 41.”", "Wendell Hobsbury", "wrote to me", "")],
        [("He plans to move Option B as an amendment on Thursday.", "", "", "W")],
        [("What happens Thursday", "", "", "")],
        [("The board meets at 6 p.m. at the Municipal Annex on Quarry Street.", "", "", "W"),
         ("Public comment is limited to three minutes a speaker; sign up at the door or email the board clerk before 3 p.m.", "", "", "B")],
        [("I'll be in the room, and paid subscribers will get my notes the same night.", "", "", "B")],
        [("— Maren", "", "", "B")],
        [("1 Tarrowby Water Board online rate calculator, “typical residential” setting, accessed April 12.", "", "", "B")],
        [("2 Tarrowby Water Board, Asset Inventory and Condition Report 2025, table 3.", "", "", "B")],
        [("3 Sowerhill Rate Advisors, Financial Plan and Rate Study, final report, December 2025, p. 41.", "", "", "B")],
        [("4 State Revolving Fund intended use plan, March 2026 revision, appendix B.", "", "", "B")],
        [("Like   Comment   Restack", "", "", "B")],
        [("© 2026 Maren Osgathorpe", "", "", "B")],
        [("PO Box 118, Tarrowby", "", "", "B")],
        [("Unsubscribe", "", "", "B")],
        [("Start writing   Get the app", "", "", "B")],
        [("Letterdrift is where independent writers get paid.", "", "", "B")],
    ],
    [  # 2. news aggregator page carrying a partner outlet's story: a bridge toll rise
        [("Nowstream", "", "", "B")],
        [("Search the web", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("News   Weather   Money   Sports   Play   Shopping", "", "", "B")],
        [("The Ashmoor Record", "", "", "B")],
        [("Follow", "", "", "B")],
        [("Story by Tobias Kelsall  •  5h  •  4 min read", "", "", "B")],
        [("Greyhaven Narrows Bridge toll to jump to $7.50 in September, authority says", "authority", "says", "W")],
        [("Traffic backs up at the bridge's toll plaza on a weekday morning in March.", "", "", "")],
        [("© Tobias Kelsall/The Ashmoor Record", "", "", "B")],
        [("GREYHAVEN — The toll for cars crossing the Greyhaven Narrows Bridge will rise from $5.25 to $7.50 on Sept. 1 after the board of the Greyhaven Narrows Bridge Authority voted 4-1 on Thursday to approve the increase.", "", "", "W")],
        [("It is the first increase since 2017 and the largest in the bridge's 61-year history.", "", "", "W")],
        [("Trucks with five or more axles will pay $31, up from $22.50, and drivers with a Narrows Pass transponder will keep their 20% discount.", "", "", "W")],
        [("Executive director Renata Szalwinski said the authority faces $310 million in deck and cable repairs over the next decade and cannot borrow more without higher toll revenue.", "Renata Szalwinski", "said", "W")],
        [("“Nobody on this board wanted to do this,” she said after the vote.", "Renata Szalwinski", "said", ""),
         ("“But the cables don't care about our feelings.”", "Renata Szalwinski", "said", "")],
        [("The authority's own traffic study projects that the increase will cut crossings by about 3% in the first year.", "The authority's own traffic study", "projects", "")],
        [("Advertisement", "", "", "B")],
        [("Continue reading", "", "", "B")],
        [("Commuters were less philosophical.", "", "", "")],
        [("Dwayne Ottaway, who drives from Ashmoor to a warehouse job in Greyhaven five days a week, said the new toll would add about $560 a year to his costs.", "Dwayne Ottaway", "said", "W")],
        [("“That's a car payment,” he said.", "Dwayne Ottaway", "said", ""),
         ("“For a bridge I've been paying for since I was 17.”", "Dwayne Ottaway", "said", "")],
        [("State Sen. Corinne Middlecott, whose district includes Ashmoor, said she would file a bill next month to cap toll increases at 5% a year.", "Corinne Middlecott", "said", "W")],
        [("She called Thursday's vote “a tax on people who can't afford to live where they work.”", "Corinne Middlecott", "called", "")],
        [("The Tri-County Motor Carriers Association said in a statement that the truck rate would push freight onto the longer inland route through Nettlecombe.", "The Tri-County Motor Carriers Association", "said in a statement", "")],
        [("The association's president, Kwesi Ampadu, estimated that the detour adds 38 miles to a round trip.", "Kwesi Ampadu", "estimated", "W")],
        [("Szalwinski noted that the bridge's tolls would still be lower than those at the region's two other toll crossings, which charge $8 and $9.25.", "Renata Szalwinski", "noted", "W")],
        [("The board also voted to stop charging emergency vehicles and school buses, which now pay the car rate.", "", "", "W"),
         ("The lone no vote came from board member Elias Ulverscroft, who said the authority should have phased the increase in over three years.", "", "", "W")],
        [("The authority will hold two public information sessions in June.", "", "", "W"),
         ("Times and places are posted on its website.", "", "", "B")],
        [("This story was originally published by The Ashmoor Record and is republished here under a content partnership.", "", "", "B")],
        [("Sponsored Content", "", "", "B")],
        [("Drivers over 50 are switching insurers after seeing this one trick", "", "", "B")],
        [("QuoteHarbor  ·  Ad", "", "", "B")],
        [("How was this article?", "", "", "B")],
        [("👍  👎", "", "", "B")],
        [("Give feedback", "", "", "B")],
        [("Thanks.", "", "", "B"),
         ("Your feedback helps improve Nowstream.", "", "", "B")],
        [("More for you", "", "", "B")],
        [("Two lanes of the Shore Parkway to close overnight for six weeks", "", "", "B")],
        [("The Ashmoor Record  ·  2h", "", "", "B")],
        [("Ferry fares hold steady for summer season, operator confirms", "", "", "B")],
        [("Greyhaven Evening News  ·  1d", "", "", "B")],
        [("See more", "", "", "B")],
        [("© 2026 Nowstream", "", "", "B")],
        [("Privacy & Cookies   Terms of use   Advertise   Help   Feedback", "", "", "B")],
    ],
    [  # 3. mobile app article view pasted from a phone: minimum wage rise
        [("9:41", "", "", "B")],
        [("5G  82%", "", "", "B")],
        [("The Daily Quillion app: faster, with fewer ads", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("‹ Back", "", "", "B")],
        [("Aa", "", "", "B")],
        [("Text size   A−   A+", "", "", "B")],
        [("ECONOMY", "", "", "B")],
        [("Minimum wage to rise 6.8% in April, minister confirms", "Imogen Hethersett", "confirms", "W")],
        [("Hourly rate for workers aged 21 and over will reach £12.90.", "", "", "W"),
         ("Employers' groups warn of job losses in hospitality.", "Employers' groups", "warn", "")],
        [("Saoirse Wickstead", "", "", "B")],
        [("Economics correspondent", "", "", "B")],
        [("Tue 3 Mar 2026 · 07:12", "", "", "B")],
        [("▶ Listen  ·  6 min", "", "", "B")],
        [("Save   Share", "", "", "B")],
        [("A café worker serves customers at lunchtime; hospitality employs more minimum-wage workers than any other sector.", "", "", "W")],
        [("Photograph: Quillion picture desk", "", "", "B")],
        [("The national minimum wage for workers aged 21 and over will rise by 6.8% to £12.90 an hour from April 1, the employment minister, Imogen Hethersett, confirmed on Monday.", "Imogen Hethersett", "confirmed", "W")],
        [("The rate for 18- to 20-year-olds will rise by 9.1% to £10.55, narrowing the gap with the adult rate for the third year in a row.", "", "", "W")],
        [("The increases follow the recommendations of the Fair Wages Commission in full, Hethersett told parliament.", "Imogen Hethersett", "told parliament", "W")],
        [("“Nobody who works full time should have to choose between heating and eating,” she said.", "Imogen Hethersett", "said", ""),
         ("“This rise is worth £1,480 a year to a full-time worker on the minimum wage.”", "Imogen Hethersett", "said", "W")],
        [("According to the commission's report, about 2.4 million workers are paid at or within 10p of the minimum wage, two-thirds of them women.", "the commission's report", "According to", "W"),
         ("Hospitality and retail account for almost half of them, the report says.", "the report", "says", "W")],
        [("Scroll to continue with content", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Lucan Mortlock, policy director at the Independent Employers' Federation, said the increase would “push a lot of small cafés and pubs over the edge.”", "Lucan Mortlock", "said", "")],
        [("The federation's survey of 1,100 members, published last month, found that 31% planned to cut staff hours if the adult rate went above £12.50.", "The federation's survey", "found", "W")],
        [("Whether that happens is another matter.", "", "", "")],
        [("Yasmin Eversleigh, a labour economist at the Rendlesham Institute, said previous large increases had not led to measurable job losses.", "Yasmin Eversleigh", "said", "W")],
        [("“We've had a decade of above-inflation rises, and employment in the lowest-paid sectors is higher now than it was in 2015,” she said.", "Yasmin Eversleigh", "said", "W"),
         ("“That doesn't mean there's no limit.", "Yasmin Eversleigh", "said", ""),
         ("Nobody knows exactly where it is.”", "Yasmin Eversleigh", "said", "")],
        [("Related: Why your payslip may not show the rise until May", "", "", "B")],
        [("In Hollowfield, café owner Dev Garbutt said he would put the price of a coffee up by 20p to cover the cost for his six staff.", "Dev Garbutt", "said", "W")],
        [("“I'd rather pay people properly and charge a bit more,” he said.", "Dev Garbutt", "said", ""),
         ("“My regulars will grumble for a week.”", "Dev Garbutt", "said", "")],
        [("Carys Zouche, general secretary of the Allied Retail Workers' Union, welcomed the rise but said it still fell short of the £14 an hour her union has campaigned for since 2024.", "Carys Zouche", "said", "W")],
        [("The government has said it will consult in the summer on scrapping the youth rate altogether.", "The government", "has said", "W")],
        [("Topics", "", "", "B")],
        [("Minimum wage   Employment   Small business", "", "", "B")],
        [("214 comments", "", "", "B")],
        [("Join the conversation", "", "", "B")],
        [("More from Economy", "", "", "B")],
        [("Inflation falls to 2.9% as food prices ease", "", "", "B")],
        [("What the spring statement means for your pension", "", "", "B")],
        [("Read more stories like this in the app.", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("Home   Latest   For you   Saved   Search", "", "", "B")],
    ],
    [  # 4. press-release wire page: a food maker's third-quarter results with financial tables
        [("Corvidwire", "", "", "B")],
        [("News   Newsrooms   Products   Contact   Log in", "", "", "B")],
        [("NEWS PROVIDED BY", "", "", "B")],
        [("Solvane Foods, Inc.", "", "", "B")],
        [("Oct 29, 2026, 06:45 ET", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Solvane Foods Reports Third-Quarter 2026 Results; Raises Full-Year Outlook", "", "", "W")],
        [("Third-Quarter Highlights", "", "", "B")],
        [("• Net sales of $1.07 billion, up 5.2% from the prior-year quarter", "", "", "W")],
        [("• Organic net sales up 3.9%, driven by 2.7 points of price and 1.2 points of volume", "", "", "W")],
        [("• Diluted earnings per share of $0.84, compared with $0.61 a year ago; adjusted EPS of $0.91, up 12%", "", "", "W")],
        [("• Year-to-date cash from operations of $142 million", "", "", "W")],
        [("• Company raises fiscal 2026 adjusted EPS outlook to $3.35 to $3.45", "", "", "W")],
        [("KELDERBROOK, Wis., Oct. 29, 2026 /Corvidwire/ -- Solvane Foods, Inc. (NYSE: SLVF), a maker of frozen meals and baked snacks, today reported results for the third quarter ended Sept. 27, 2026.", "", "", "W")],
        [("Net sales rose 5.2% to $1.07 billion, as price increases and stronger volumes in the frozen segment more than offset softer demand for baked snacks.", "", "", "W"),
         ("Gross margin improved 110 basis points to 31.8%, reflecting lower freight costs and productivity savings.", "", "", "W")],
        [("“Our frozen business had its best quarter in four years, and we gained share in seven of our nine core categories,” said Annika Tressider, President and Chief Executive Officer.", "Annika Tressider", "said", "W")],
        [("“Baked snacks remains a work in progress.", "Annika Tressider", "said", ""),
         ("We are simplifying that portfolio, including the planned closure of our Quayhampton bakery in the first quarter of 2027.”", "Annika Tressider", "said", "W")],
        [("Segment Results", "", "", "")],
        [("Frozen Meals net sales increased 9.0% to $684 million, and segment operating profit rose 17% to $119 million.", "", "", "W")],
        [("Baked Snacks net sales declined 1.1% to $386 million, reflecting lower volumes at club retailers.", "", "", "W")],
        [("Fiscal 2026 Outlook", "", "", "")],
        [("The company now expects adjusted EPS of $3.35 to $3.45, compared with its previous range of $3.20 to $3.35.", "The company", "expects", "")],
        [("Organic net sales growth is expected to be 3% to 4%.", "", "", "")],
        [("“We are raising our outlook while still assuming that input-cost inflation picks up in the fourth quarter,” said Terrence Shuttleworth, Chief Financial Officer.", "Terrence Shuttleworth", "said", "")],
        [("Conference Call and Webcast", "", "", "B")],
        [("Solvane will host a conference call at 8:30 a.m. ET today to discuss these results.", "", "", "B"),
         ("A live webcast and the accompanying slides will be available at investors.solvanefoods.example, and a replay will remain available for 90 days.", "", "", "B")],
        [("Non-GAAP Financial Measures", "", "", "B")],
        [("This release includes adjusted EPS and organic net sales, which are not calculated in accordance with U.S. generally accepted accounting principles.", "", "", "B"),
         ("Reconciliations to the most comparable GAAP measures are provided in the tables below.", "", "", "B")],
        [("About Solvane Foods", "", "", "B")],
        [("Solvane Foods, Inc. makes frozen meals and baked snacks sold under the Solvane, Hearthpocket and Little Ember brands.", "", "", "B"),
         ("Headquartered in Kelderbrook, Wisconsin, the company employs about 6,800 people at 14 facilities.", "", "", "B")],
        [("Forward-Looking Statements", "", "", "B")],
        [("This release contains forward-looking statements, including statements about the company's outlook, that are based on current expectations and involve risks and uncertainties.", "", "", "B"),
         ("Actual results may differ materially, and Solvane undertakes no obligation to update any forward-looking statement.", "", "", "B")],
        [("SOLVANE FOODS, INC.", "", "", "B")],
        [("CONDENSED CONSOLIDATED STATEMENTS OF EARNINGS (Unaudited)", "", "", "B")],
        [("(in millions, except per share data)", "", "", "B")],
        [("Three Months Ended   Sept. 27, 2026   Sept. 28, 2025", "", "", "B")],
        [("Net sales   $1,070.4   $1,017.5", "", "", "")],
        [("Cost of products sold   730.0   705.1", "", "", "")],
        [("Gross profit   340.4   312.4", "", "", "")],
        [("Selling, general and administrative expenses   214.6   205.9", "", "", "")],
        [("Net earnings   $51.2   $37.0", "", "", "")],
        [("Diluted earnings per share   $0.84   $0.61", "", "", "")],
        [("Investor Contact:", "", "", "B")],
        [("Junie Ebbage, (414) 555-0187, investors@solvanefoods.example", "", "", "B")],
        [("Media Contact:", "", "", "B")],
        [("Rosalind Yeoland, media@solvanefoods.example", "", "", "B")],
        [("SOURCE Solvane Foods, Inc.", "", "", "B")],
        [("WANT YOUR COMPANY'S NEWS FEATURED ON CORVIDWIRE?", "", "", "B")],
        [("Get started", "", "", "B")],
        [("© 2026 Corvidwire Inc.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 5. trade outlet resharing an executive's long post: a freight depot closure
        [("LOADLINE", "", "", "B")],
        [("News   Fleet   Warehousing   People   Events   Jobs", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("PEOPLE", "", "", "B")],
        [("Rutherglade CEO posts apology for Kilncross depot closure, says all 96 drivers will be offered transfers", "Conrad Upjohn", "posts", "W")],
        [("Conrad Upjohn's 1,100-word post has drawn more than 1,900 comments in three days.", "", "", "W"),
         ("The drivers' union says the offer came a month too late.", "The drivers' union", "says", "")],
        [("By Ibrahim Norbury", "", "", "B")],
        [("March 18, 2026", "", "", "B")],
        [("4 min read", "", "", "B")],
        [("Share   Post   Email   Copy link", "", "", "B")],
        [("When Rutherglade Freight Lines told staff last month that it would close its Kilncross cross-dock depot by the end of June, the news arrived in a two-paragraph email.", "", "", "W")],
        [("On Monday its chief executive, Conrad Upjohn, went a good deal further.", "", "", "")],
        [("In a post on Workfeed, Upjohn writes that the company “handled the news badly” and that all 96 drivers based at Kilncross will be offered jobs at its Mirebrook hub, 41 miles away, with a $4,000 relocation payment.", "Conrad Upjohn", "writes", "W")],
        [("The post, reproduced below with his permission, had drawn more than 1,900 comments and 640 reposts by Wednesday evening.", "", "", "W")],
        [("Conrad Upjohn", "", "", "B")],
        [("CEO at Rutherglade Freight Lines | Board member, Mid-Valley Freight Council", "", "", "B")],
        [("3d  •  Edited  •  🌐", "", "", "B")],
        [("I owe the people of Kilncross an apology.", "Conrad Upjohn", "posted", "")],
        [("Four weeks ago we told 143 colleagues that the depot they'd worked at, some of them for 20 years, would close in June.", "Conrad Upjohn", "posted", "W"),
         ("We told them by email.", "Conrad Upjohn", "posted", "W")],
        [("That was my decision, and it was the wrong one.", "Conrad Upjohn", "posted", "")],
        [("Here's what I should have said then, and what I'm saying now:", "Conrad Upjohn", "posted", "")],
        [("1. The depot is closing.", "Conrad Upjohn", "posted", "W"),
         ("Our lease ends June 30 and the landlord has sold the site.", "Conrad Upjohn", "posted", "W")],
        [("2. Every one of our 96 Kilncross drivers will be offered a job at Mirebrook on the same pay.", "Conrad Upjohn", "posted", "W")],
        [("3. The 47 warehouse staff get first refusal on 30 new roles at Mirebrook, and enhanced redundancy if they don't want to move.", "Conrad Upjohn", "posted", "W")],
        [("4. Anyone who relocates gets $4,000 toward the move.", "Conrad Upjohn", "posted", "W")],
        [("Some people will say this is too little.", "Conrad Upjohn", "posted", ""),
         ("They may be right.", "Conrad Upjohn", "posted", "")],
        [("But I'd rather hear that to my face than hide behind an email again.", "Conrad Upjohn", "posted", "")],
        [("If you worked at Kilncross and want to talk, my door is open, and so is my inbox.", "Conrad Upjohn", "posted", "")],
        [("#logistics #leadership #trucking", "", "", "B")],
        [("…see less", "", "", "B")],
        [("4,212", "", "", "B")],
        [("1,938 comments  ·  641 reposts", "", "", "B")],
        [("Like   Comment   Repost   Send", "", "", "B")],
        [("The replies are split.", "", "", ""),
         ("Many praise Upjohn for putting his own name to the apology.", "", "", "")],
        [("Others point out that drivers who stay in Kilncross will face a round trip of 82 miles a day.", "Others", "point out", "W")],
        [("Shona Wolsingham, who represents the Kilncross drivers for the Road Haulage Workers' Union, said the union had proposed the same transfer terms in February and been turned down.", "Shona Wolsingham", "said", "W")],
        [("“It's a nice post,” she said.", "Shona Wolsingham", "said", ""),
         ("“It would have been a nicer email four weeks ago.”", "Shona Wolsingham", "said", "")],
        [("She said the union would ballot its Kilncross members on the offer next week.", "Shona Wolsingham", "said", "W")],
        [("A Rutherglade spokesperson, Petra Hallamore, confirmed the terms and said the company had “reviewed its position” after the February talks.", "Petra Hallamore", "confirmed", "W"),
         ("She declined to say how many drivers had accepted so far.", "Petra Hallamore", "declined to say", "")],
        [("Fenella Gildersleeve, a partner at the consultancy Quirkenden Advisory, said executives were increasingly using personal posts to deliver bad news, and that the tactic carried risks.", "Fenella Gildersleeve", "said", "")],
        [("“Once it's on your own feed, every reply is a headline,” she said.", "Fenella Gildersleeve", "said", "")],
        [("Rutherglade runs about 1,150 trucks from 11 depots and had revenue of $640 million last year, according to its annual filing.", "its annual filing", "according to", "W")],
        [("Got a tip?", "", "", "B"),
         ("Email newsdesk@loadline.example", "", "", "B")],
        [("Related", "", "", "B")],
        [("Carriers cut cross-dock capacity as freight volumes stall", "", "", "B")],
        [("Driver pay survey: regional fleets close the gap", "", "", "B")],
        [("Get Loadline Daily in your inbox", "", "", "B")],
        [("Work email", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("© 2026 Loadline Media Group  ·  Terms  ·  Privacy  ·  Advertise", "", "", "B")],
    ],
    [  # 6. civic-news site's city council meeting recap: a rail-yard rezoning and other votes
        [("Millbourne Civic Beat", "", "", "B")],
        [("Nonprofit, nonpartisan news for Millbourne", "", "", "B")],
        [("Council   Schools   Housing   Transit   Documenters   Donate", "", "", "B")],
        [("CITY COUNCIL", "", "", "B")],
        [("Council approves Quayhampton Yards rezoning 5-2 after four hours of public comment", "", "", "W")],
        [("Members also put off a vote on evening parking meters and agreed to spend $1.2 million on sidewalk repairs", "", "", "W")],
        [("By Quentin Grimshaw", "", "", "B")],
        [("With notes from Documenter Ama Tetley", "", "", "B")],
        [("April 22, 2026", "", "", "B")],
        [("Meeting at a glance", "", "", "B")],
        [("When: Tuesday, April 21, 6:02 p.m. to 11:48 p.m.", "", "", "W")],
        [("Where: Council Chambers, Millbourne City Hall", "", "", "W")],
        [("Votes taken: 9", "", "", "W")],
        [("Watch: Full recording on Channel 17 (5 hr 46 min)", "", "", "B")],
        [("After more than four hours of public comment, the Millbourne City Council voted 5-2 just before midnight Tuesday to rezone the former Quayhampton Yards rail site for up to 640 apartments, a grocery store and a 2-acre park.", "", "", "W")],
        [("Councilmembers Pieter Orlebar and Gwendolyn Rossiter voted no.", "", "", "W"),
         ("The vote came at 11:31 p.m.", "", "", "W")],
        [("The agenda shows the developer, Quayhampton Partners, had asked for a height limit of 85 feet; the ordinance the council passed caps buildings at 70.", "The agenda", "shows", "W")],
        [("Public comment", "", "", "")],
        [("Fifty-three people signed up to speak on the rezoning and 41 of them did, according to the clerk's tally.", "the clerk's tally", "according to", "W"),
         ("Twenty-six spoke against the project and 15 in favor.", "", "", "W")],
        [("Lorraine Chadderton, who has lived on Ferrous Street for 31 years, said the project would send “a wall of traffic” past Eastside Elementary.", "Lorraine Chadderton", "said", "")],
        [("“You measured the traffic in August,” she told the council.", "Lorraine Chadderton", "told the council", "W"),
         ("“School was out.”", "Lorraine Chadderton", "told the council", "")],
        [("Sam Entwistle, a nurse who rents in the Lindale neighborhood, urged the council to approve it.", "Sam Entwistle", "urged", "")],
        [("“My rent went up 14% last year,” he said.", "Sam Entwistle", "said", "W"),
         ("“Build the apartments.”", "Sam Entwistle", "said", "")],
        [("Marguerite Fazackerley presented a petition she said had 1,212 signatures opposing the height of the buildings.", "Marguerite Fazackerley", "said", "W")],
        [("What the council said", "", "", "")],
        [("Orlebar said he supported housing on the site but not without a traffic signal at Ferrous Street and Canal Road, which the developer has not agreed to pay for.", "Pieter Orlebar", "said", "W")],
        [("Rossiter said the project's 10% share of affordable units was “not nearly enough.”", "Gwendolyn Rossiter", "said", "W")],
        [("Councilmember Noor Iddesleigh, whose district includes the site, said she had negotiated the park and a 15-year commitment to keep the grocery store open.", "Noor Iddesleigh", "said", "W")],
        [("“Nobody gets everything they want in a deal like this,” she said.", "Noor Iddesleigh", "said", ""),
         ("“That's how you know it's a deal.”", "Noor Iddesleigh", "said", "")],
        [("Mayor Delphine Ferranti, who voted yes, said the city had “waited nine years for somebody to clean up that site.”", "Delphine Ferranti", "said", "W"),
         ("She noted that the developer has agreed to pay for the soil cleanup, estimated at $8.4 million.", "Delphine Ferranti", "noted", "W")],
        [("City Manager Anita Youngman said a traffic study of the intersection would come back to the council in June.", "Anita Youngman", "said", "W")],
        [("Other business", "", "", "")],
        [("• Sidewalks: The council voted 7-0 to spend $1.2 million from the capital fund on sidewalk repairs in four neighborhoods.", "", "", "W")],
        [("• Parking meters: A proposal to extend paid parking downtown until 9 p.m. was postponed to May 12 at the request of Councilmember Brent Haskamp, who said merchants had not been consulted.", "", "", "W")],
        [("• Library hours: The council passed, 6-1, a resolution restoring Sunday hours at the Eastside branch from June, with Councilmember Teodoro Ibanez opposed.", "", "", "W")],
        [("• Consent agenda: Approved 7-0 without discussion.", "", "", "W")],
        [("What's next", "", "", "")],
        [("The rezoning needs a second reading, usually a formality, on May 12.", "", "", "W"),
         ("The council meets that day at 6 p.m.", "", "", "W")],
        [("How to take part", "", "", "B")],
        [("Sign up to speak at the clerk's desk before the meeting starts, or send written comment through the city's website.", "", "", "B"),
         ("Written comments received by noon on the day are read into the record.", "", "", "B")],
        [("Documenters are residents we train and pay to take notes at public meetings.", "", "", "B")],
        [("Read Ama Tetley's full notes from this meeting", "", "", "B")],
        [("Millbourne Civic Beat is a nonprofit newsroom funded by readers like you.", "", "", "B")],
        [("Donate", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [("About   Staff   Ethics   Donors   Contact", "", "", "B")],
    ],
    [  # 7. local site republishing a police department's news release: catalytic converter thefts
        [("The Veyfield Bulletin", "", "", "B")],
        [("News   Police & Fire   Schools   Obituaries   Events   Submit news", "", "", "B")],
        [("POLICE & FIRE", "", "", "B")],
        [("Three arrested after string of catalytic converter thefts, police say", "police", "say", "W")],
        [("Posted by Bulletin Staff", "", "", "B")],
        [("Friday, Feb. 6, 2026 at 2:14 PM", "", "", "B")],
        [("Share   Email   Print", "", "", "B")],
        [("The Veyfield Police Department has arrested three people in connection with at least 13 catalytic converter thefts since December, the department said in a statement Friday.", "The Veyfield Police Department", "said in a statement", "W")],
        [("The department's news release is reproduced in full below.", "", "", "B")],
        [("VEYFIELD POLICE DEPARTMENT", "", "", "B")],
        [("NEWS RELEASE — FOR IMMEDIATE RELEASE", "", "", "B")],
        [("Incident No. 26-001473", "", "", "B")],
        [("Contact: Lt. Gareth Kenworthy, Public Information Officer, (555) 014-2290", "", "", "B")],
        [("On Wednesday, Feb. 4, at approximately 3:20 a.m., an officer on patrol in the 900 block of Skerrington Avenue saw two people crouched beside a parked pickup truck in the lot of Underhallow Hardware.", "", "", "W")],
        [("When the officer approached, both ran.", "", "", "W"),
         ("They were detained after a short foot pursuit.", "", "", "W")],
        [("Officers recovered a battery-powered reciprocating saw, two spare blades and a partially removed catalytic converter.", "", "", "W")],
        [("A third suspect was found in a vehicle parked on Ockendon Lane and was also taken into custody.", "", "", "W")],
        [("Detectives have since linked the three to 10 other thefts in Veyfield and two in Dunkerrow, based on surveillance video and evidence found in the vehicle.", "", "", "W")],
        [("Arrested were:", "", "", "B")],
        [("• Darius Heppenstall, 24, of Veyfield: 13 counts of theft of a motor vehicle part, criminal mischief, resisting arrest", "", "", "W")],
        [("• Tyler Judkins, 19, of Dunkerrow: 13 counts of theft of a motor vehicle part, criminal mischief", "", "", "W")],
        [("• Marisol Huerta, 31, of Veyfield: receiving stolen property, possession of burglary tools", "", "", "W")],
        [("Heppenstall is being held at the Drayfield County Jail on $25,000 bail.", "", "", "W"),
         ("Judkins and Huerta were released on citations and are due in court March 3.", "", "", "W")],
        [("“These thefts have cost our residents thousands of dollars and a lot of sleepless nights,” Chief Rhonda Oldroyd said.", "Rhonda Oldroyd", "said", "")],
        [("“I want to thank the officer who spotted this at 3 in the morning, and the businesses that shared their camera footage with us.”", "Rhonda Oldroyd", "said", "")],
        [("The investigation is continuing and more charges are possible.", "", "", "")],
        [("Anyone with information about these thefts, or with video of suspicious activity in parking lots overnight, is asked to contact Det. Amara Sugden at (555) 014-2317.", "", "", "B")],
        [("Tips can also be left anonymously at (555) 014-8477.", "", "", "B")],
        [("Residents can lower their risk by parking in a garage or a well-lit area and by asking a mechanic about an anti-theft shield.", "", "", "B")],
        [("All persons charged are presumed innocent unless and until proven guilty in a court of law.", "", "", "B")],
        [("###", "", "", "B")],
        [("Veyfield has recorded 38 catalytic converter thefts since January 2025, according to department figures provided to the Bulletin.", "department figures provided to the Bulletin", "according to", "W")],
        [("Kenworthy said Friday that the department had not had a report of one since the arrests.", "Gareth Kenworthy", "said", "W"),
         ("He said the owner of one of the pickups had been quoted $2,800 to replace the part.", "Gareth Kenworthy", "said", "W")],
        [("A lawyer for Heppenstall could not be reached Friday.", "A lawyer for Heppenstall", "could not be reached", ""),
         ("Court records do not list lawyers for Judkins or Huerta.", "Court records", "do not list", "W")],
        [("Related: Dunkerrow man charged in tailgate thefts", "", "", "B")],
        [("Got a news tip?", "", "", "B"),
         ("Send it to tips@veyfieldbulletin.example.", "", "", "B")],
        [("The Bulletin publishes arrest information supplied by law enforcement agencies.", "", "", "B"),
         ("If charges are later dropped or reduced, we will update the story on request.", "", "", "B")],
        [("© 2026 The Veyfield Bulletin", "", "", "B")],
        [("Contact us   Advertise   Terms   Privacy", "", "", "B")],
    ],
    [  # 8. hospital system's health-news article: a new pediatric sleep clinic
        [("Greywillow Health", "", "", "B")],
        [("Find a Doctor   Locations   Services   Patients & Visitors   MyGreywillow Log In", "", "", "B")],
        [("Appointments: 1-800-555-0142", "", "", "B")],
        [("Home › Newsroom › Health News", "", "", "B")],
        [("HEALTH NEWS", "", "", "B")],
        [("New pediatric sleep clinic opens in Lindenmoor, aiming to cut waits for overnight studies", "", "", "W")],
        [("Medically reviewed by Ravi Bakshi, MD — Written by the Greywillow Health News Team — Updated March 9, 2026", "", "", "B")],
        [("5 min read", "", "", "B")],
        [("Sleep technologist Mira Hinchcliffe prepares one of the clinic's six overnight study rooms.", "", "", "W")],
        [("Photo: Greywillow Health", "", "", "B")],
        [("Greywillow Children's Hospital opened its first standalone pediatric sleep clinic on Monday in the Lindenmoor neighborhood of Caddington, with six bedrooms for overnight sleep studies.", "", "", "W")],
        [("Until now, children who needed a sleep study waited an average of 19 weeks for one of two beds at the main hospital, according to the health system.", "the health system", "according to", "W"),
         ("The new clinic is expected to bring that wait under six weeks by the end of the year.", "", "", "")],
        [("“Poor sleep in childhood doesn't just make for cranky mornings,” said Dr. Ngozi Elsmore, a pediatric pulmonologist and the clinic's medical director.", "Ngozi Elsmore", "said", ""),
         ("“It's linked to problems with attention, mood, growth and blood pressure.”", "Ngozi Elsmore", "said", "W")],
        [("“Obstructive sleep apnea affects somewhere between 1% and 5% of children, and many of them are never diagnosed.”", "Ngozi Elsmore", "said", "W")],
        [("Elsmore said most of the clinic's referrals are for snoring, sleep apnea and insomnia, and about one in five for suspected narcolepsy or other rarer conditions.", "Ngozi Elsmore", "said", "W")],
        [("What happens during a study", "", "", "")],
        [("A technologist attaches small sensors to a child's scalp, face, chest and legs to record brain waves, breathing, heart rhythm and movement through the night.", "", "", "")],
        [("A parent stays in the same room, and each room has a pull-out bed and its own bathroom.", "", "", "W"),
         ("Most families are home by 7 a.m.", "", "", "")],
        [("Hannah Dewbury's son, Felix, was among the clinic's first patients.", "", "", "")],
        [("She said the family had waited five months for a study at the main hospital last year, only for it to be cancelled because of a staffing shortage.", "Hannah Dewbury", "said", "W")],
        [("“He's 7, and he was falling asleep at his desk by 10 o'clock,” she said.", "Hannah Dewbury", "said", ""),
         ("“When they rang to say there was a bed in two weeks, I cried in the car park.”", "Hannah Dewbury", "said", "")],
        [("Dr. Tomasz Wojtowicz, chief of pediatric pulmonology, said the clinic would also run a weekly session for teenagers with delayed sleep phase, a condition in which the body clock runs two or more hours late.", "Tomasz Wojtowicz", "said", "W")],
        [("“Teenagers aren't lazy,” he said.", "Tomasz Wojtowicz", "said", ""),
         ("“Their clocks really do shift later in adolescence.”", "Tomasz Wojtowicz", "said", "W")],
        [("The clinic cost $6.3 million to build and equip, paid for in part by a $2 million gift from the Hollinsbury Family Foundation.", "", "", "W"),
         ("It is staffed by four physicians, nine sleep technologists and two psychologists.", "", "", "W")],
        [("Signs your child may need a sleep evaluation", "", "", "B")],
        [("• Loud snoring three or more nights a week", "", "", "B")],
        [("• Pauses in breathing, or gasping, during sleep", "", "", "B")],
        [("• Daytime sleepiness, hyperactivity or trouble concentrating at school", "", "", "B")],
        [("Talk to your child's pediatrician about a referral.", "", "", "B")],
        [("Greywillow Pediatric Sleep Center", "", "", "B")],
        [("2280 Fernhallow Road, Suite 300, Caddington", "", "", "B")],
        [("Overnight studies: Sunday–Thursday, 7 p.m.–7 a.m.", "", "", "B")],
        [("Clinic visits: Monday–Friday, 8 a.m.–4:30 p.m.", "", "", "B")],
        [("Schedule an appointment", "", "", "B")],
        [("About the reviewer: Ravi Bakshi, MD, is a pediatric sleep medicine specialist at Greywillow Children's Hospital.", "", "", "B")],
        [("This article is for general information and is not a substitute for professional medical advice.", "", "", "B"),
         ("Always consult a qualified clinician about your child's health.", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Screen time before bed: what the research says", "", "", "B")],
        [("Greywillow breaks ground on new cancer pavilion", "", "", "B")],
        [("© 2026 Greywillow Health.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Nondiscrimination Notice   Price Transparency   Privacy   Accessibility", "", "", "B")],
    ],
    [  # 9. county emergency-management update page: a hurricane, warnings, evacuation zones, shelters
        [("TALLAPINE COUNTY OFFICE OF EMERGENCY MANAGEMENT", "", "", "B")],
        [("Home   Alerts   Evacuation   Shelters   Recovery   Sign up for TallapineALERT", "", "", "B")],
        [("EMERGENCY: Mandatory evacuation in effect for Zones A and B.", "", "", "B"),
         ("Tap for details.", "", "", "B")],
        [("Hurricane Verbena: Update No. 7", "", "", "")],
        [("Last updated: 4:15 p.m. CDT, Saturday, Sept. 12, 2026", "", "", "B")],
        [("Next update expected by 8 p.m.", "", "", "B")],
        [("Hurricane Verbena strengthened to a Category 2 storm on Saturday afternoon, with maximum sustained winds of 105 mph, per the forecast office in Port Havelock.", "the forecast office in Port Havelock", "per", "W")],
        [("Landfall is expected between Saint Aubert and Otterhaven late Sunday night.", "", "", ""),
         ("Tropical-storm-force winds could reach the coast as early as Sunday morning.", "", "", "")],
        [("Active warnings", "", "", "B")],
        [("Hurricane Warning — all of Tallapine County", "", "", "W")],
        [("Storm Surge Warning — coastal Tallapine County, including Saint Aubert and Otterhaven", "", "", "W")],
        [("Flash Flood Watch — Tallapine County through Tuesday morning", "", "", "W")],
        [("Warnings are issued by the weather service and may change without notice on this page.", "", "", "B")],
        [("Evacuation orders", "", "", "B")],
        [("Zone A (barrier islands and the Saint Aubert waterfront): MANDATORY — leave by 6 p.m. Saturday", "", "", "W")],
        [("Zone B (everything south of Highway 14): MANDATORY — leave by noon Sunday", "", "", "W")],
        [("Zone C (Pewsmoor and areas south of the Intracoastal): VOLUNTARY", "", "", "W")],
        [("Not sure of your zone?", "", "", "B"),
         ("Enter your address in the Know Your Zone map on this site.", "", "", "B")],
        [("County Judge Lorena Beaudreaux signed a local disaster declaration at 11 a.m. Saturday and ordered the mandatory evacuations.", "", "", "W")],
        [("“If you are in Zone A, today is your last good day to leave,” Beaudreaux said at a 2 p.m. briefing.", "Lorena Beaudreaux", "said", ""),
         ("“Do not wait for the wind.", "Lorena Beaudreaux", "said", ""),
         ("By the time you can feel it, the causeway may already be closed.”", "Lorena Beaudreaux", "said", "")],
        [("Emergency management director Rusty Delacambre said about 18,000 people live in Zones A and B.", "Rusty Delacambre", "said", "W")],
        [("He said traffic counters on Highway 14 had recorded about 6,200 vehicles heading inland since 6 a.m., roughly twice the number on a normal Saturday.", "Rusty Delacambre", "said", "W"),
         ("Contraflow will not be used, he said, because volumes do not require it.", "Rusty Delacambre", "said", "W")],
        [("Sheriff Dale Thibodeaux said deputies would go door to door on the islands Saturday evening but would not force anyone to leave.", "Dale Thibodeaux", "said", "W")],
        [("“We will ask you for the name of your next of kin,” he said.", "Dale Thibodeaux", "said", "")],
        [("Open shelters", "", "", "B")],
        [("Pewsmoor High School, 1200 Bayard Road — opened 10 a.m. Saturday; pets accepted", "", "", "B")],
        [("Saint Aubert Civic Center, 15 Courthouse Square — opens 6 p.m. Saturday", "", "", "B")],
        [("Otterhaven First Baptist Family Life Center, 402 Marsh Street — special-needs shelter; registration required", "", "", "B")],
        [("Shelters do not have cots for everyone.", "", "", "B"),
         ("Bring bedding, medications, chargers and three days of food.", "", "", "B")],
        [("If you need transportation to a shelter or have a medical need, call 211 or (555) 019-4400, staffed 24 hours.", "", "", "B")],
        [("Closures", "", "", "B")],
        [("• All Tallapine County public schools: closed Monday and Tuesday", "", "", "W")],
        [("• Saint Aubert Causeway: closes to inbound traffic at 6 p.m. Saturday", "", "", "W")],
        [("• County offices and courts: closed Monday", "", "", "W")],
        [("Gulfline Electric Cooperative said it had staged 140 line workers and 60 tree crews at its Pewsmoor yard.", "Gulfline Electric Cooperative", "said", "W"),
         ("The cooperative warned that outages could last a week or more along the coast.", "The cooperative", "warned", "")],
        [("Forecast", "", "", "")],
        [("Rainfall of 8 to 12 inches is forecast, with isolated totals near 16 inches, the forecast office said.", "the forecast office", "said", "")],
        [("Storm surge of 6 to 9 feet above ground is possible on the barrier islands, and 3 to 5 feet in Saint Aubert Bay.", "", "", "")],
        [("Previous updates", "", "", "B")],
        [("Update No. 6 — 10:00 a.m. Saturday", "", "", "B")],
        [("Update No. 5 — 4:00 p.m. Friday", "", "", "B")],
        [("Text VERBENA to 55511 to get these updates on your phone.", "", "", "B")],
        [("Tallapine County OEM  ·  15 Courthouse Square, Saint Aubert", "", "", "B")],
        [("This page is maintained by the county.", "", "", "B"),
         ("Information is subject to change.", "", "", "B")],
    ],
    [  # 10. sports wire game story with box-score lines: a playoff basketball game
        [("SPORTS", "", "", "B")],
        [("Pro Basketball  ·  Playoffs", "", "", "B")],
        [("Urquhart scores 34 as Stags beat Kites 112-104 to even series", "", "", "W")],
        [("By DANA COMEAUX", "", "", "B")],
        [("Pressfield Wire Sports Writer", "", "", "B")],
        [("Apr. 26, 2026  11:48 PM EDT", "", "", "B")],
        [("YARNCLIFFE, Ore. (PW) — Andre Urquhart scored 34 points, Mateo Valdivia had 21 points and 12 rebounds, and the Yarncliffe Stags beat the Juniperton Kites 112-104 on Sunday night to even their first-round series at two games apiece.", "", "", "W")],
        [("Urquhart made 13 of 22 shots and hit four 3-pointers, three of them during a 14-2 run that turned a 91-88 deficit into a 102-93 lead with 4:10 left.", "", "", "W")],
        [("Jalen Robichaux led the Kites with 29 points, and Marcus Prejean added 18.", "", "", "W"),
         ("Juniperton committed 19 turnovers, which Yarncliffe turned into 26 points.", "", "", "W")],
        [("“We talked about it at halftime: just stop throwing it to them,” Kites coach Bettina Rybak said.", "Bettina Rybak", "said", ""),
         ("“Nineteen turnovers in a playoff game, you're not going to win many of those.”", "Bettina Rybak", "said", "")],
        [("Urquhart, who missed Game 3 with a sprained left ankle, said he felt “about 80%.”", "Andre Urquhart", "said", "W"),
         ("“I wasn't going to sit this one out,” he said.", "Andre Urquhart", "said", "")],
        [("The Stags trailed by 11 late in the second quarter and were still down 54-51 at halftime.", "", "", "W")],
        [("Valdivia has a double-double in all four games of the series.", "", "", "W"),
         ("Stags coach Ron Melancon called him “the most underrated big man in this league.”", "Ron Melancon", "called", "")],
        [("“People look at Andre, and they should,” Melancon said.", "Ron Melancon", "said", ""),
         ("“But Mateo is the reason we're still in this.”", "Ron Melancon", "said", "")],
        [("Rybak was given a technical foul with 2:51 left for arguing a goaltending call on Robichaux.", "", "", "W")],
        [("___", "", "", "B")],
        [("TIP-INS", "", "", "")],
        [("Kites: G Kofi Quansah missed his second straight game with a bruised right knee.", "", "", "W"),
         ("Rybak said he is day to day.", "Bettina Rybak", "said", "")],
        [("Stags: Valdivia was called for a flagrant foul in the third quarter, his first of the season.", "", "", "W")],
        [("UP NEXT", "", "", "")],
        [("Game 5 is Wednesday night in Juniperton.", "", "", "W")],
        [("___", "", "", "B")],
        [("More Pressfield Wire basketball: https://pressfieldwire.example/pro-basketball", "", "", "B")],
        [("JUNIPERTON (104) Robichaux 11-23 4-5 29, Prejean 7-14 2-2 18, Vasiliev 6-10 3-4 15, Guidry 4-11 3-4 13, Lungu 3-8 2-2 10, Wachowski 3-7 2-3 9, Zielinski 3-5 1-2 8, Xiong 1-4 0-0 2.", "", "", "W"),
         ("Totals 38-82 17-22 104.", "", "", "W")],
        [("YARNCLIFFE (112) Urquhart 13-22 4-4 34, Valdivia 9-15 3-5 21, Takahashi 5-11 2-2 14, Broussard 4-9 0-0 11, Jankowski 3-6 4-4 10, Gyamfi 3-7 0-0 8, Hakimov 2-4 2-2 7, Kaczmarek 1-3 4-6 7.", "", "", "W"),
         ("Totals 40-77 19-23 112.", "", "", "W")],
        [("Juniperton   28   26   27   23 — 104", "", "", "")],
        [("Yarncliffe   24   27   30   31 — 112", "", "", "")],
        [("3-Point Goals—Juniperton 11-31 (Robichaux 3-9, Guidry 2-7, Prejean 2-6, Lungu 2-4, Wachowski 1-2, Zielinski 1-1, Vasiliev 0-2), Yarncliffe 13-30 (Urquhart 4-8, Broussard 3-6, Takahashi 2-5, Gyamfi 2-5, Hakimov 1-3, Kaczmarek 1-2, Valdivia 0-1).", "", "", "W")],
        [("Fouled Out—None.", "", "", "W")],
        [("Rebounds—Juniperton 41 (Vasiliev 10), Yarncliffe 47 (Valdivia 12).", "", "", "W")],
        [("Assists—Juniperton 22 (Guidry 7), Yarncliffe 27 (Takahashi 9).", "", "", "W")],
        [("Total Fouls—Juniperton 21, Yarncliffe 18.", "", "", "W")],
        [("Technicals—Rybak.", "", "", "W")],
        [("A—18,412 (18,412).", "", "", "")],
        [("Copyright 2026 Pressfield Wire.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("This material may not be published, broadcast, rewritten or redistributed without permission.", "", "", "B")],
    ],
    [  # 11. court report of a sentencing hearing: a texting driver who killed a crossing guard
        [("The Vintonbury Ledger", "", "", "B")],
        [("Local   Courts   Schools   Business   Sports   Opinion   Obituaries", "", "", "B")],
        [("Subscribe for $1", "", "", "B")],
        [("COURTS", "", "", "B")],
        [("Driver who killed Vintonbury crossing guard sentenced to 9 years in prison", "", "", "W")],
        [("Judge says Travis Naquin sent or read 40 texts in the 12 minutes before the crash", "Miriam Hebert", "says", "W")],
        [("By Ines Warburton", "", "", "B")],
        [("Published March 20, 2026 at 5:02 p.m.", "", "", "B"),
         ("Updated March 20, 2026 at 7:40 p.m.", "", "", "B")],
        [("Share   Email   Gift this article", "", "", "B")],
        [("A Vintonbury man who struck and killed a school crossing guard while texting was sentenced Thursday to nine years in state prison.", "", "", "W")],
        [("Travis Naquin, 29, pleaded guilty in January to vehicular homicide and reckless driving in the death of Rosalie Vidrine, 66, who was hit in a crosswalk outside Cobbleton Elementary School on Oct. 7, 2025.", "", "", "W")],
        [("Superior Court Judge Miriam Hebert also suspended his driver's license for 10 years after his release.", "", "", "W")],
        [("Naquin sent or read 40 text messages in the 12 minutes before the crash, according to court records, including one he was typing as his pickup entered the crosswalk at 38 mph in a 20 mph school zone.", "court records", "according to", "W")],
        [("Officer Kyle Ordoyne, a crash reconstruction specialist with the Vintonbury Police Department, testified that Naquin did not brake before the impact.", "Kyle Ordoyne", "testified", "W"),
         ("He said the pickup's data recorder showed the brakes were first applied 1.3 seconds after the collision.", "Kyle Ordoyne", "said", "W")],
        [("Assistant District Attorney Rafael Dufrene asked for the maximum, 12 years.", "Rafael Dufrene", "asked for", "W")],
        [("“This wasn't a moment of distraction,” Dufrene told the court.", "Rafael Dufrene", "told the court", ""),
         ("“It was 12 minutes of choosing his phone over every person on that road.”", "Rafael Dufrene", "told the court", "")],
        [("Defense lawyer Simone Graveney asked for six years, noting that Naquin had no criminal record and had completed a distracted-driving course while in jail.", "Simone Graveney", "asked for", "W")],
        [("“He will carry this for the rest of his life,” Graveney said.", "Simone Graveney", "said", "")],
        [("Vidrine's daughter, Bethany Vidrine, read a victim impact statement on behalf of the family.", "", "", "")],
        [("“My mother stood on that corner for 14 years,” she said.", "Bethany Vidrine", "said", "W"),
         ("“She knew the name of every child who crossed it, and most of their dogs.", "Bethany Vidrine", "said", "")],
        [("“She had planned to retire in June.", "Bethany Vidrine", "said", ""),
         ("She had bought a camper.", "Bethany Vidrine", "said", ""),
         ("She was going to drive out and see the Pacific for the first time in her life.", "Bethany Vidrine", "said", "")],
        [("“Every morning I drive past that corner, and there is a stranger in her vest.”", "Bethany Vidrine", "said", "")],
        [("Naquin, in a tan jail uniform, turned to face the family and apologized.", "Travis Naquin", "apologized", ""),
         ("“I know there's nothing I can say that brings her back,” he said.", "Travis Naquin", "said", "")],
        [("Hebert said she had watched the school's security video “more times than I want to remember.”", "Miriam Hebert", "said", "")],
        [("“You made a choice 40 times in 12 minutes,” the judge said when sentencing Naquin.", "Miriam Hebert", "said when sentencing Naquin", "W"),
         ("“Ms. Vidrine made no choice at all.”", "Miriam Hebert", "said when sentencing Naquin", "")],
        [("She said the sentence took into account his guilty plea and his lack of a criminal record.", "Miriam Hebert", "said", "W")],
        [("Under state law, Naquin must serve 85% of the sentence before he is eligible for parole.", "", "", "W")],
        [("Graveney said after the hearing that her client would not appeal.", "Simone Graveney", "said", "W")],
        [("The Vintonbury school district has since added flashing beacons at the Cobbleton Elementary crosswalk and two others, a district spokesperson said.", "a district spokesperson", "said", "W")],
        [("Have a tip about the courts?", "", "", "B"),
         ("Contact Ines Warburton at iwarburton@vintonburyledger.example.", "", "", "B")],
        [("Read more: Crossing guard remembered as ‘the smile at the corner’", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1  Water main break closes Depot Road for second day", "", "", "B")],
        [("2  High school boys' volleyball wins first state title", "", "", "B")],
        [("© 2026 The Vintonbury Ledger.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Use   Privacy Policy   Do Not Sell My Personal Information", "", "", "B")],
    ],
    [  # 12. newspaper's corrections-and-clarifications page listing several corrections
        [("THE WYVERNMOUTH GAZETTE", "", "", "B")],
        [("News   Sport   Business   Opinion   Life   Puzzles   E-edition", "", "", "B")],
        [("Corrections & Clarifications", "", "", "")],
        [("The Gazette is committed to accuracy.", "", "", "B"),
         ("We correct significant errors of fact as soon as we can, online and in print, and list every correction here.", "", "", "B")],
        [("To report an error, email corrections@wyvernmouthgazette.example or call the readers' editor on 01632 960 418.", "", "", "B")],
        [("Week of 9 March 2026", "", "", "B")],
        [("Friday 13 March", "", "", "B")],
        [("Our report on the Cobbleton bypass (“Bypass costs soar”, 11 March, page 4) gave the wrong figure for the scheme's budget.", "", "", ""),
         ("The cost has risen to £68m, not £86m, according to Hollinsbury County Council.", "Hollinsbury County Council", "according to", "W")],
        [("In an article about the closure of Quarrendale swimming baths (10 March, page 7), we wrongly said that Councillor Beatrix Crannock had voted for the closure.", "", "", ""),
         ("She voted against it.", "", "", "W")],
        [("A picture caption in Saturday's Life section misidentified the man holding the trophy.", "", "", ""),
         ("He is Paul Vandeleur, the bowls club's treasurer, not its chairman, Howard Lemmerhirt.", "", "", "W")],
        [("Thursday 12 March", "", "", "B")],
        [("Clarification: A headline on our 5 March story about Hollinsbury General Hospital (“Hospital to shut maternity ward”) may have given the impression that the decision was final.", "", "", ""),
         ("Hollinsbury Hospitals Trust says it is consulting on the change until 30 April and that no decision has been made.", "Hollinsbury Hospitals Trust", "says", "W")],
        [("An obituary of the former headteacher Rosa Jaramillo (7 March) gave her age as 84.", "", "", ""),
         ("She was 88.", "", "", "W")],
        [("Wednesday 11 March", "", "", "B")],
        [("A business story on 4 March (“Brewer to cut 40 jobs”) said that Quarrendale Brewing Company had declined to comment.", "", "", ""),
         ("The company sent a statement before our deadline, which we failed to include; it said all 40 job cuts would be voluntary.", "Quarrendale Brewing Company", "said", "W")],
        [("Our report of Cobbleton Town's 2-1 win over Hollinsbury Rovers (Sport, 9 March) credited the winning goal to Aiko Yamada.", "", "", ""),
         ("It was scored by Lily Falcone in the 87th minute.", "", "", "W")],
        [("A column by Howard Lemmerhirt on 6 March described the Wyvernmouth Harbour Board as “secretive”.", "", "", ""),
         ("The board has asked us to point out that its meetings have been open to the public since 2019 and that its minutes are published online.", "The board", "has asked us to point out", "W")],
        [("We apologise for these errors.", "", "", "B")],
        [("Week of 2 March 2026", "", "", "B")],
        [("Saturday 7 March", "", "", "B")],
        [("A graphic with our 28 February report on house prices gave the average price in Wyvernmouth as £312,000.", "", "", ""),
         ("The figure in the county's property register is £231,000; the digits were transposed.", "", "", "W")],
        [("Tuesday 3 March", "", "", "B")],
        [("A feature on the Wyvernmouth lifeboat station (28 February) said the station opened in 1871.", "", "", ""),
         ("It opened in 1868, according to the station's own history, and moved to its present building in 1871.", "the station's own history", "according to", "W")],
        [("An earlier version of our report on the Kittiwake Street fire said two people had been taken to hospital.", "", "", ""),
         ("The fire service has since said that one person was treated at the scene and nobody was taken to hospital.", "The fire service", "has since said", "W")],
        [("How we handle corrections", "", "", "B")],
        [("Corrections are published in print on page 2 and added to the foot of the online article, with the date of the change.", "", "", "B")],
        [("We do not remove articles from our website except in exceptional circumstances, such as a legal requirement.", "", "", "B")],
        [("The Gazette is a member of the Coastal Press Standards Council and follows its editors' code.", "", "", "B"),
         ("If you are not satisfied with our response, you can complain to the council.", "", "", "B")],
        [("Contact   Advertise   Subscribe   Terms   Privacy", "", "", "B")],
        [("© Wyvernmouth Gazette Ltd 2026", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- newsletter emails: a question glued to a prompt, a footnote marker, footnote lines with p. ------
    ("n26-forwarded-question", "Forwarded this email? Subscribe here for more\nMeter & Main",
     ["Forwarded this email?", "Subscribe here for more", "Meter & Main"]),
    ("n26-footnote-marker", "For a typical household, that takes the bill to about $98.50 by 2029, according to the board's own rate calculator.¹ Board chair Hollis Ramsbottom has called the increase “the only responsible option.”",
     ["For a typical household, that takes the bill to about $98.50 by 2029, according to the board's own rate calculator.¹", "Board chair Hollis Ramsbottom has called the increase “the only responsible option.”"]),
    ("n26-footnote-lines", "3 Sowerhill Rate Advisors, Financial Plan and Rate Study, final report, December 2025, p. 41.\n4 State Revolving Fund intended use plan, March 2026 revision, appendix B.",
     ["3 Sowerhill Rate Advisors, Financial Plan and Rate Study, final report, December 2025, p. 41.", "4 State Revolving Fund intended use plan, March 2026 revision, appendix B."]),
    # --- aggregator pages: the Story by line, Sept. and Sen., the feedback widget -------------------------
    ("n26-story-by-line", "Story by Tobias Kelsall  •  5h  •  4 min read\nGreyhaven Narrows Bridge toll to jump to $7.50 in September, authority says",
     ["Story by Tobias Kelsall  •  5h  •  4 min read", "Greyhaven Narrows Bridge toll to jump to $7.50 in September, authority says"]),
    ("n26-sept-sen", "The toll will rise from $5.25 to $7.50 on Sept. 1 after the board voted 4-1. State Sen. Corinne Middlecott said she would file a bill next month.",
     ["The toll will rise from $5.25 to $7.50 on Sept. 1 after the board voted 4-1.", "State Sen. Corinne Middlecott said she would file a bill next month."]),
    ("n26-feedback-widget", "How was this article?\n👍  👎\nGive feedback\nThanks. Your feedback helps improve Nowstream.",
     ["How was this article?", "👍  👎", "Give feedback", "Thanks.", "Your feedback helps improve Nowstream."]),
    # --- app views: status bar and controls, a quote over two sentences ---------------------------------
    ("n26-app-chrome", "9:41\n5G  82%\nOpen in app\n‹ Back\nText size   A−   A+",
     ["9:41", "5G  82%", "Open in app", "‹ Back", "Text size   A−   A+"]),
    ("n26-quote-two-sentences", "“That doesn't mean there's no limit. Nobody knows exactly where it is.”\nRelated: Why your payslip may not show the rise until May",
     ["“That doesn't mean there's no limit.", "Nobody knows exactly where it is.”", "Related: Why your payslip may not show the rise until May"]),
    # --- wire releases: a dateline with Wis., Inc. and a ticker, Inc. inside a sentence ------------------
    ("n26-wire-dateline", "KELDERBROOK, Wis., Oct. 29, 2026 /Corvidwire/ -- Solvane Foods, Inc. (NYSE: SLVF), a maker of frozen meals and baked snacks, today reported results for the third quarter ended Sept. 27, 2026. Net sales rose 5.2% to $1.07 billion.",
     ["KELDERBROOK, Wis., Oct. 29, 2026 /Corvidwire/ -- Solvane Foods, Inc. (NYSE: SLVF), a maker of frozen meals and baked snacks, today reported results for the third quarter ended Sept. 27, 2026.", "Net sales rose 5.2% to $1.07 billion."]),
    ("n26-inc-mid-sentence", "Solvane Foods, Inc. makes frozen meals and baked snacks. Headquartered in Kelderbrook, Wisconsin, the company employs about 6,800 people.",
     ["Solvane Foods, Inc. makes frozen meals and baked snacks.", "Headquartered in Kelderbrook, Wisconsin, the company employs about 6,800 people."]),
    # --- reshared posts: numbered items with two sentences ---------------------------------------------
    ("n26-numbered-post-items", "1. The depot is closing. Our lease ends June 30 and the landlord has sold the site.\n2. Every one of our 96 Kilncross drivers will be offered a job at Mirebrook on the same pay.",
     ["1. The depot is closing.", "Our lease ends June 30 and the landlord has sold the site.", "2. Every one of our 96 Kilncross drivers will be offered a job at Mirebrook on the same pay."]),
    # --- council recaps: p.m. ending a sentence, a bullet with a label ----------------------------------
    ("n26-pm-vote-time", "Councilmembers Pieter Orlebar and Gwendolyn Rossiter voted no. The vote came at 11:31 p.m. The agenda shows the developer had asked for 85 feet.",
     ["Councilmembers Pieter Orlebar and Gwendolyn Rossiter voted no.", "The vote came at 11:31 p.m.", "The agenda shows the developer had asked for 85 feet."]),
    # --- police releases: No. and Lt. in furniture, a.m. and Det. inside sentences ----------------------
    ("n26-incident-no-lt", "Incident No. 26-001473\nContact: Lt. Gareth Kenworthy, Public Information Officer, (555) 014-2290",
     ["Incident No. 26-001473", "Contact: Lt. Gareth Kenworthy, Public Information Officer, (555) 014-2290"]),
    ("n26-am-det", "On Wednesday, Feb. 4, at approximately 3:20 a.m., an officer saw two people crouched beside a parked pickup. Anyone with information is asked to contact Det. Amara Sugden at (555) 014-2317.",
     ["On Wednesday, Feb. 4, at approximately 3:20 a.m., an officer saw two people crouched beside a parked pickup.", "Anyone with information is asked to contact Det. Amara Sugden at (555) 014-2317."]),
    # --- health pages: a review line with MD, Dr. before a name ------------------------------------------
    ("n26-review-line-dr", "Medically reviewed by Ravi Bakshi, MD — Written by the Greywillow Health News Team — Updated March 9, 2026\n“Poor sleep in childhood doesn't just make for cranky mornings,” said Dr. Ngozi Elsmore, the clinic's medical director. “It's linked to problems with attention.”",
     ["Medically reviewed by Ravi Bakshi, MD — Written by the Greywillow Health News Team — Updated March 9, 2026", "“Poor sleep in childhood doesn't just make for cranky mornings,” said Dr. Ngozi Elsmore, the clinic's medical director.", "“It's linked to problems with attention.”"]),
    # --- emergency pages: a banner of two sentences, No. in a title, p.m. and Sept. in a stamp -----------
    ("n26-banner-update-no", "EMERGENCY: Mandatory evacuation in effect for Zones A and B. Tap for details.\nHurricane Verbena: Update No. 7\nLast updated: 4:15 p.m. CDT, Saturday, Sept. 12, 2026",
     ["EMERGENCY: Mandatory evacuation in effect for Zones A and B.", "Tap for details.", "Hurricane Verbena: Update No. 7", "Last updated: 4:15 p.m. CDT, Saturday, Sept. 12, 2026"]),
    # --- sports wires: a box-score line and its Totals, dash labels, a position letter -------------------
    ("n26-box-score", "JUNIPERTON (104) Robichaux 11-23 4-5 29, Prejean 7-14 2-2 18, Xiong 1-4 0-0 2. Totals 38-82 17-22 104.\nFouled Out—None.\nA—18,412 (18,412).",
     ["JUNIPERTON (104) Robichaux 11-23 4-5 29, Prejean 7-14 2-2 18, Xiong 1-4 0-0 2.", "Totals 38-82 17-22 104.", "Fouled Out—None.", "A—18,412 (18,412)."]),
    ("n26-ore-dateline-g", "YARNCLIFFE, Ore. (PW) — Andre Urquhart scored 34 points. Kites: G Kofi Quansah missed his second straight game with a bruised right knee.",
     ["YARNCLIFFE, Ore. (PW) — Andre Urquhart scored 34 points.", "Kites: G Kofi Quansah missed his second straight game with a bruised right knee."]),
    # --- court reports: Ms. inside a quote after the attribution -----------------------------------------
    ("n26-judge-ms-quote", "“You made a choice 40 times in 12 minutes,” the judge said when sentencing Naquin. “Ms. Vidrine made no choice at all.”",
     ["“You made a choice 40 times in 12 minutes,” the judge said when sentencing Naquin.", "“Ms. Vidrine made no choice at all.”"]),
    # --- corrections pages: a parenthetical reference with a quoted headline ------------------------------
    ("n26-correction-reference", "Our report on the Cobbleton bypass (“Bypass costs soar”, 11 March, page 4) gave the wrong figure for the scheme's budget. The cost has risen to £68m, not £86m.",
     ["Our report on the Cobbleton bypass (“Bypass costs soar”, 11 March, page 4) gave the wrong figure for the scheme's budget.", "The cost has risen to £68m, not £86m."]),
]  # fmt: skip
