"""Twenty-fifth set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13, before any rule was tuned on them and without looking at the
engine's code or output (neither `claimreview/` nor the scorer's results were opened, and no test,
scorer or engine was run; only an import of this file was tried, to check its structure): every
person, place, organisation, outlet, company, party, team, product, journal and number is invented
(a few countries and real cities appear only as places, currencies, units, a bee species and
generic institutions such as "the Reserve Bank" or "the national statistics office" only as
settings, and social networks only in share strips, embed furniture and as the place a post
appeared), and no surname, town or outlet of any file under `tests/` is reused (each was checked
with grep over the whole `tests/` tree; first names recur). Each page is a WHOLE page, head to tail,
as a new user pastes it as plain text after selecting all in a browser, so every furniture line is
a paragraph of its own. The twelve pages are: a fact-checking site's verdict page on a mayoral
candidate's recycling claim; a science magazine's feature on a streetlight-and-bumblebee study; a
tech news site's product story on new headphones with an affiliate disclosure and price widgets; a
podcast episode page on a town's last bank branch with show notes and a transcript whose speaker
labels sit on their own lines with time marks; a literary magazine's long interview with a
theatre director, bold names as labels; an election-night live blog for a provincial assembly with
a seat tracker, result lines and many short timestamped entries; a government department's press
release page on coastal defence funding; a football club's own match report; a markets wrap on a
financial news site; a university news office's story on a research grant; a celebrity news page
built around two pasted social-media embeds; and a local newsletter-style explainer in the
"Why it matters" format. The three things they stress are (1) furniture of every kind worded afresh,
at the head, in the middle and at the tail (claim boxes and their attribution lines, "Rating:"
lines and rating definitions, "Jump to the verdict", "Why we checked this", numbered sources, a
corrections prompt, kickers, read times, journal reference and DOI lines, funding notes, deal and
price-history boxes, score lines, "Pre-order" and "View deal" buttons, play buttons and platform
links, chapter lists, link lists, transcript notices, label-and-time lines, sound cues, credits,
membership and sponsor lines, pull quotes, issue lines, seat trackers, key-event lists, result
tables, cookie banners, breadcrumbs, "From:" and "Published" lines, contents lists, notes to
editors, "show all updates", licence lines, partner strips, "BUY TICKETS", line-up headings, match
sponsor lines, next-match boxes, away-travel lines, ticker strips, "What to watch" calendars,
data-delay and investment disclaimers, fact panels, media enquiries, tags, trending chips, embed
handles, "View this post on Instagram", "A post shared by ...", like and comment counts, comment
boxes, video cards, "By the numbers:", "Go deeper:" lines and membership prompts); (2) who is
speaking (a candidate who "tells viewers", documents that "show" and "estimated", "researchers
reported", "according to its authors", experts "not involved in the study" who "called", "noted"
and "pointed to", "the team's tracking data showed", "Halvorne claims", "would not say", labels on
their own lines, "Cressbank told us", bold name labels and a continued answer, "Your critics say",
"told supporters", "The joint broadcasters' exit poll projects", "the department announced today",
"said:" lead-ins, "Speaking to Town TV, X said", "told his club's media team", "Data from the
national statistics office showed", "according to pricing in interest-rate futures", "after it
said", "saying" after a broker's downgrade, "she added", "She wrote:" and "He posted ...:" before
embeds, a fan's handle, "A source close to ...", "per the utility's analysis"); (3) honest
check-worthiness, with many ordinary borderline sentences of both kinds. `STYLES` names the site
and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new22.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels "B"; captions by content and credits "B";
standfirsts, deks and subheads labelled like headlines, question and topic subheads ""; kickers,
mastheads, widgets, tickers and share strips "B"; fact-box headings "B" with their lines by
content; a pull quote repeated from the text "B"; related lists, "Read more" lines, author bios,
comment furniture and readers' comments "B"; reader-service lines and advice to readers "B";
journal references one "B" sentence each, funding lines "B"; fact checks' "Rating:" lines, "Our
ruling"-style headings and source lists "B", the "Claim:" line by content and the verdict sentence
""; release headers, notes to editors, "About ..." paragraphs and media contacts "B", a release's
own text without a speaker, "X said:" lead-ins "" with X as speaker; live-blog stamps, key-event
lists and welcome lines "B", entry headlines labelled like headlines, "Name: quote" headlines
carrying the person with the surname and colon as cue; result lines, "Majority:" and "Turnout:"
lines "W", candidate rows "" with the table's title and header row "B", count-status lines "B";
line-ups, substitutions and referee and attendance lines "", scores, scorers and bookings "W";
the club's "Tickets" box "B", the fixture inside it included; embedded posts with the account
holder as speaker and the cue "posted", display name, handle, date, "View ..." and counts "B", a
lead-in carrying the account holder with flags ""; Q&A and transcript labels as cues with the full
name as speaker, the interviewer's and host's turns without a speaker unless they cite a source,
their factual preamble "W"; podcast chapter lists, credits, sponsor and membership lines "B", a
stage direction in square brackets "B"; market tickers, data-delay notes and investment
disclaimers "B", index moves "W", an analyst's interpretation ""; product and deal boxes "B" line
by line, a maker's claim "W", the writer's measurements "W" and judgements ""; plans, votes and
fixtures "W", forecasts ""; titles, honorifics and role words dropped from speakers; a pronoun, a
later surname or a role noun resolved to the full name as first given; "the company", "the
council" and the like kept as written; "declined to comment", "did not respond" and their kin
labelled like speech with flags ""; glued furniture items without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A fact check's claim box: the "THE CLAIM" heading is "B"; the claim quoted on its own line
  without a reporting verb carries no speaker and is "W" (the statement under review, like a
  "Claim:" line); the attribution line under it ("— Name, role, in a campaign video, date") is "B",
  like "Claimed by:". "Rating: False", the repeated "RATING: FALSE", the sentence defining the
  rating and "How our ratings work" are "B", as are "Jump to the verdict ↓" and "Our verdict". "Why
  we checked this" is a heading, "B", but the sentence under it that states the post's reach (views,
  readers who sent it in) is "W", like the "shared more than 14,000 times" sentence of
  `labelled_new19.py`: it is a claim about the subject, not about the newsroom's method. "tells
  viewers" and "says" in the present tense, describing the video, are cues like "told" and "said";
  "Cindervale's returns for 2025 ... show" keeps the document as written; "The report estimated"
  keeps "The report". An update that states what the claimant did after publication is "W"; "Did we
  get something wrong?" and the email line are "B", as is the charter line.
* A science feature: "researchers reported ... in the journal X" keeps "researchers" with the cue
  "reported"; "according to its authors" keeps "its authors" as written (a group without a proper
  name); an outside researcher's "who was not involved in the study" is dropped from the speaker
  with the rest of the apposition, and "called the experiment ..." (cue "called"), "noted" and
  "pointed to" (a cited survey, "W") are cues as written. "the team's tracking data showed" keeps
  the data as written, "the team found" keeps "the team"; a co-author brought in without a
  reporting verb carries no speaker. What the study did not measure is a checkable limitation,
  "W"; the authors' "could shrink ... populations" is a forecast, "". The "Reference:" line is ONE
  "B" sentence, not split at "et al." or at the title's full stop, and the "DOI:" line under it is
  "B", like a journal reference; the support line is a funding note, "B".
* A tech product story: the score line ("★★★★½  Wirecrest score: 9/10"), the price pair, the
  retailer line, "Pre-order", "View deal" and the "Price history: ..." line are "B" line by line,
  whatever figures they show, as product boxes are in `labelled_new14.py`; "Read more:" lines, the
  bio and "Prices checked ..." are "B". "Halvorne claims" carries the maker with the cue "claims"
  and is "W"; "Halvorne would not say" is labelled like "declined to say". The writer's hands-on
  sentences carry no speaker: a weight the writer states is "W", a judgement "", and a design fact
  with the writer's liking attached ("two physical buttons and a volume wheel, which I liked
  immediately") is "W" for the fact. "We haven't been able to test that yet." and the promise of a
  full review are "".
* A podcast transcript whose speaker labels sit on lines of their own with a time mark
  ("Edna Jolliffe  00:41"): the label line is "B", like a time code on its own line, and each
  sentence of the turn under it carries the person by full name with the label's name as written as
  the cue ("Edna Jolliffe"), as an unprefixed answer carries "A:" in `labelled_new16.py`; the host's
  turns carry no speaker, a factual preamble ("Calum, you ran this branch for 16 years.") "W".
  "Cressbank told us" and "It also says" inside a host's turn carry the bank. "Show notes",
  "In this episode" and each chapter line, "Links" and each link, "Transcript", the
  automatic-transcript notice, "[Sound of the branch door opening]", the members-only line and the
  credits are "B". "We asked Cressbank for an interview; it sent us a statement instead ..." is the
  show's own reporting act, "" without a speaker. A guest's memory that names a checkable fact (the
  bank's old name) is "W"; feelings and plans that depend on relatives ("My grandson says he'll set
  it up") are "", and the grandson does not change the turn's speaker.
* A magazine interview with bold names as labels (the bold is lost in the paste): the first labels
  give full names ("Nathaniel Ecclestone:", "Ottoline Bellasis:"), later ones surnames
  ("Ecclestone:", "Bellasis:"). The interviewer is the magazine's journalist: his turns carry no
  speaker unless they cite a source ("The Arts Council says ...", kept as written like a short form
  of a body, "W"; "Your critics say ...", ""). The interviewee's turns carry her full name with the
  label as written as cue; a paragraph that continues her answer without a label keeps her and the
  last label. The headline "Ottoline Bellasis: ‘...’" carries her with the full name and colon as
  cue; the dek's "She talks to X about ..." carries no speaker; the issue and read-time line, the
  pull quotes repeated from the answers, the condensed-and-edited note and the subscription line
  are "B". The closing line giving her final production's opening date is a fixture, "W".
* An election live blog: the "Seat tracker" heading is "B", the party-and-seats line under it a data
  row, "", and the "44 seats needed for a majority · 71 of 87 ridings declared" line a count
  status, "B". "The joint broadcasters' exit poll projects ..." keeps the poll as written with the
  cue "projects" and is "" (a projection, like "Forecasters expect"), while the exit polls' past
  record is "W"; an entry headline that only states the projection is "" for the same reason. A
  riding's result table has the riding name as its title ("B"), the header row "B", candidate rows
  "", and the glued "Progressives HOLD · Majority 1,465 · Turnout 57.1%" line "W", like a result
  line. "told supporters" is a cue as written; a leader's refusal to join a coalition that raised a
  named tax is a commitment, "W". "Results will come in riding by riding through the night." is ""
  (an expectation, not advice to readers), and the provisional-results note is "B".
* A government press release page: the skip link, the cookie banner line by line, "Menu   Search",
  the breadcrumbs, "Press release", the "From:" line (department and minister), "Published", the
  "Contents" heading and each item under it (a table of contents), "A full list ... is published
  alongside this press release.", notes to editors (numbered, one "B" sentence each even when they
  state dates), "Media enquiries" and its lines, "Last updated ... + show all updates", "Related
  content", "Explore the topic", the usefulness prompt, "Report a problem ...", the licence line and
  "© Crown copyright" are "B". The same words as a contents item are "" when they stand in the body
  as a topic subhead. The line under the headline is labelled like a standfirst; "..., the
  Department ... announced today" carries the department as first given with the cue "announced";
  "Name, role, said:" lead-ins are "" with the person as speaker, the quote's paragraphs carrying
  her ("We expect to be on the ground ... by the summer." is "", an expectation); "Councillor" is
  dropped like "Cllr". The third round's opening date is a plan, "W".
* A football club's own report: the principal-partner line, "BUY TICKETS", the breadcrumb, "By Club
  Media" and the date line are "B"; the capitals score header, "Half-time:" and the scorers' lines
  with minutes and "(pen)" are "W"; the ground, attendance and referee glued on one line are one ""
  sentence. "Line-ups" is a table heading, "B", the line-ups with substitutions in brackets and
  "Subs not used" are data, ""; "Booked:" is "W"; "Man of the Match, as chosen by our match
  sponsors: ..." is "W", like "Man of the Match:", while the match-sponsor line, the highlights
  promo, the "NEXT MATCH" box (fixture, time, "Buy tickets") and the away-travel lines are "B".
  "Speaking to Town TV after the final whistle, X said" has the cue "said"; "told his club's media
  team" is a cue as written; a quote continued in the next paragraph keeps the speaker and cue.
  "Town were much the better side after the break." is a judgement, "", and "It was Town's fifth
  home win in a row." a record, "W".
* A markets wrap: the ticker strip under the menu is "B"; a market-implied probability stated from
  prices ("Traders now see a 28 per cent chance of a cut ..., according to pricing in interest-rate
  futures") is "W", with the pricing as written as source: the figure can be looked up, unlike an
  analyst's forecast. "Data from the national statistics office showed" and "according to Tickerfold
  calculations" keep the data as written; a reporting verb in a subordinate clause ("tumbling 11.2
  per cent after it said a late-stage trial ... had missed its main goal") gives the sentence its
  speaker, the company by name as first given; a broker that cut a stock "saying" competition would
  squeeze margins carries the broker with the cue "saying", "W" for the recorded move. A fund
  manager's account of what she has been buying is "" (a stance, like a recommendation). The "What
  to watch on Friday" calendar is "B" line by line, like a diary of dates; the next rate decision
  stated in the text is a fixture, "W". The data-delay note, its "Source:" sentence and each sentence
  of the investment disclaimer are "B".
* A university news story: a project's aim ("aims to produce a test that costs less than £300 a
  unit") is a target, "", while what the grant will fund (a trial of 4,000 babies at six clinics
  from 2027) is a plan of record, "W". The "Project at a glance" panel is a fact panel: its heading
  "B", each "Label: value" line "W". "said Dr Rademeyer" drops the title; "she added" is a cue like
  "said"; "She said: “...”" inside the paragraph that introduced the parent keeps her as speaker,
  and her family's loss is "", like family memories. "Author: Communications and Marketing" is a
  byline, "B"; media enquiries, share, tags, related news and the charity-number line are "B".
* A celebrity page with pasted embeds: the embed's handle line with its badge ("calistamontrose ✓"),
  "View profile", "View this post on Instagram", "A post shared by Name (@handle)", the like count,
  "View all 18,402 comments" and "Add a comment…" are "B" line by line. The post's text carries the
  account holder by full name with the cue "posted"; a first sentence ending in "..." ends there; an
  emoji, and hashtags glued after the last full stop ("Back louder than ever, C. 🎤 #teamcalista"),
  stay part of the last sentence, the initial "C." before them included. "She wrote:" and "He posted
  a photo ... with a message of his own:" are lead-ins, "" with the account holder and the cues
  "wrote" and "posted". A fan quoted by handle keeps it as written with the "@" ("@wildglassgirl_",
  cue "wrote"). "A source close to Montrose told Spotlite" keeps the source as written, "" (hedged);
  "the statement said" keeps the document. The trending chips, "WATCH: ..." card for another video
  and its running time, the commission line, "Read more" items and the comments block are "B".
* A newsletter-style explainer: the inline labels that open its paragraphs ("Why it matters:",
  "Driving the news:", "Zoom in:", "What they're saying:", "The other side:", "Between the lines:",
  "Flashback:", "Yes, but:", "What's next:", "The bottom line:") are part of the sentence they open,
  as a capitals tag is part of a headline, and the sentence is labelled by content (the bottom line
  a judgement, ""); "By the numbers:" alone on its line is a fact-box heading, "B", with each bullet
  labelled by content and "per the utility's analysis" carrying the analysis with the cue "per".
  "Go deeper: ..." lines are "B", like "Read more:" lines; the edition name, the date-and-section
  line, "Quick read: 3 min · 640 words", the sign-up box, the membership prompt and the footer are
  "B". A council member's stated condition for his vote is a commitment, "W"; "A council vote is
  expected in May." is "".

`CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "fact-checking site's verdict page (mayoral candidate says a recycling plant burns 80% of plastic; claim box with attribution line, Rating: False with its definition, Why we checked this, operator's returns to the regulator, claimant's response, Our verdict, update, numbered sources, corrections prompt, charter line)",
    "science magazine's feature on a study (streetlights and bumblebee colonies; kicker, dek, read time, caption and credit, researchers reported in the journal, lead author and co-author quoted, outside experts not involved in the study, Reference line with et al., DOI line, funding note, read next)",
    "tech news site's product story (new noise-cancelling headphones; affiliate disclosure, maker claims, price widget with Pre-order, hands-on impressions, deal box with score, prices and price history, analyst firm's estimates, would not say, Read more lines, author bio)",
    "podcast episode page with show notes and a partial transcript (a town's last bank branch closing; episode line, play button, platform links, chapters, links, transcript notice, speaker labels on their own lines with time marks, sound cue, bank's statement quoted by the host, credits, membership and sponsor lines)",
    "literary magazine's long-form interview (a theatre director stepping down; Name: quote headline, dek, intro, bold-name labels full then surname, a continued answer without a label, question citing the arts council, pull quotes, closing fixture, issue line)",
    "election-night live blog for a provincial assembly (seat tracker, key events, many short timestamped entries, Name: quote entry headline, GAIN/HOLD result lines, Majority and Turnout lines, a riding's result table, exit poll projection, welcome line, provisional-results note)",
    "government department's press release page (coastal defence funding; skip link, cookie banner, breadcrumbs, From: and Published lines, Contents list, said: lead-ins with minister, agency chief and council leader, notes to editors, media enquiries, show all updates, related content, licence and crown copyright)",
    "football club's official site match report (home win; partner line, BUY TICKETS, score header, half-time and scorers with minutes and pen, ground-attendance-referee line, manager's quotes to club TV over two paragraphs, opposing manager, line-ups with subs, Booked, Man of the Match, next-match box, away travel)",
    "financial news site's markets wrap (index falls on wage data; ticker strip, index closes and per cent moves, bond yield, market-implied probability from futures, strategist and fund manager quoted, drugmaker's trial setback, broker downgrade, currencies and commodities, What to watch calendar, data-delay note, not investment advice)",
    "university news office's story on a research grant (smartphone hearing test for newborns; breadcrumbs, dek, caption and credit, health board report, PI, co-investigator, funder's chief executive, dean and parent quoted, project at a glance panel, media enquiries, tags, charity number)",
    "celebrity and culture news page with social-media embeds pasted as text (singer postpones tour dates for surgery; trending chips, She wrote: lead-in, two Instagram embeds with handles, View this post on Instagram, A post shared by, like and comment counts, fan's handle, source close to, did not respond, video card, comments)",
    "local newsletter-style explainer in the Why it matters format (a proposed data center's water use; edition name, quick-read line, inline labels Why it matters / Driving the news / Zoom in / What they're saying / The other side / Between the lines / Flashback / Yes, but / What's next / The bottom line, By the numbers bullets, Go deeper lines, sign-up box)",
]

ARTICLES = [
    [  # 1. fact-checking site's verdict page: recycling claim by a mayoral candidate
        [("Truthgauge", "", "", "B")],
        [("Independent, nonpartisan and funded by readers", "", "", "B")],
        [("Fact checks   Politics   Health   Environment   Viral claims   How we work   Donate", "", "", "B")],
        [("Fact check  ›  Environment", "", "", "B")],
        [("No, Oxtable's recycling plant does not burn 80% of the plastic it collects", "", "", "W")],
        [("The operator's own returns to the regulator show 12% went to incineration last year; a mayoral candidate's figure comes from a national estimate", "", "", "W")],
        [("By Nadia Pomfrey", "", "", "B")],
        [("Published 12 March 2026  ·  Updated 13 March 2026", "", "", "B")],
        [("Jump to the verdict ↓", "", "", "B")],
        [("THE CLAIM", "", "", "B")],
        [("“The Gorsemere plant burns 80% of the plastic you put in your green bin.”", "", "", "W")],
        [("— Dorian Vallencourt, independent candidate for mayor of Oxtable, in a campaign video, 4 March 2026", "", "", "B")],
        [("Rating: False", "", "", "B")],
        [("We rate a claim False when it is inaccurate and the evidence contradicts it.", "", "", "B")],
        [("How our ratings work", "", "", "B")],
        [("Why we checked this", "", "", "B")],
        [("The video has been viewed more than 62,000 times since it was posted, and 17 readers sent it to us asking whether the figure was right.", "", "", "W")],
        [("In a two-minute video posted to his campaign's Facebook page on 4 March, Dorian Vallencourt, who is standing as an independent in May's election for mayor of Oxtable, stands outside the Gorsemere materials recovery facility and tells viewers that “80% of the plastic you put in your green bin” is burned.", "Dorian Vallencourt", "tells viewers", "W")],
        [("“They call it recycling,” he says.", "Dorian Vallencourt", "says", ""),
         ("“It's a bonfire with a logo.”", "Dorian Vallencourt", "says", "")],
        [("Gorsemere is the only plant in Tassick that sorts the contents of household recycling bins, and it takes the green-bin waste of about 160,000 homes.", "", "", "W")],
        [("What the records show", "", "", "")],
        [("Cindervale Resource Recovery, which has run the plant under contract to Tassick County Council since 2018, has to report every tonne that enters and leaves it to the Waste Regulation Authority each quarter.", "", "", "W")],
        [("Cindervale's returns for 2025, which we obtained from the authority's public register, show the plant received 41,200 tonnes of plastic last year.", "Cindervale's returns for 2025", "show", "W")],
        [("Of that, 27,600 tonnes (67%) was sold to reprocessors to be made into new plastic, 8,650 tonnes (21%) was rejected as too contaminated and sent to landfill, and 4,950 tonnes (12%) went to the Felstow energy-from-waste plant, where it was burned to generate electricity.", "", "", "W")],
        [("Leonie Gatterby, a spokeswoman for Cindervale, said the 12% was mostly black food trays and plastic film, which “no reprocessor in this country will currently take”.", "Leonie Gatterby", "said", "W")],
        [("She said the plant had not sent more than 15% of its plastic to incineration in any year since 2018.", "Leonie Gatterby", "said", "W")],
        [("A spokesperson for Tassick County Council confirmed the figures.", "A spokesperson for Tassick County Council", "confirmed", "W")],
        [("Where does 80% come from?", "", "", "")],
        [("Vallencourt told Truthgauge the figure came from No Burn Tassick, a campaign group that published a report on plastic waste in 2019.", "Dorian Vallencourt", "told Truthgauge", "W")],
        [("That report does not mention the Gorsemere plant.", "", "", "W")],
        [("The report estimated that about 80% of the plastic packaging sold in the country each year was not recycled, a national figure that includes packaging that never goes into a recycling bin at all.", "The report", "estimated", "W")],
        [("Imogen Castelow, a co-founder of No Burn Tassick, said the group had “never once claimed” that Gorsemere burned most of what it collected.", "Imogen Castelow", "said", "W")],
        [("“We'd be delighted if he quoted us accurately,” she said.", "Imogen Castelow", "said", "")],
        [("Hennie Scheepmaker, who studies plastic recycling at Lyncastle University, said a rejection rate of about 20% was typical for plants that take mixed plastics from household bins.", "Hennie Scheepmaker", "said", "W")],
        [("“Twelve per cent going for incineration isn't something to boast about, but it is a long way from 80,” he said.", "Hennie Scheepmaker", "said", "")],
        [("What the candidate says", "", "", "")],
        [("Rafael Cabrera, a spokesman for the Vallencourt campaign, said the candidate stood by his “broader point” that too much of the county's plastic was being burned.", "Rafael Cabrera", "said", "")],
        [("He said the video would not be taken down.", "Rafael Cabrera", "said", "W"),
         ("It was still online, without a correction, when this article was published.", "", "", "W")],
        [("Our verdict", "", "", "B")],
        [("The Gorsemere plant sent 12% of the plastic it received to incineration in 2025, not 80%.", "", "", "W"),
         ("The 80% figure comes from a national estimate of plastic packaging that is not recycled, not from the plant's records.", "", "", "W"),
         ("We rate this claim False.", "", "", "")],
        [("RATING: FALSE", "", "", "B")],
        [("Update, 13 March 2026: After this fact check was published, the Vallencourt campaign added a caption to the video saying the 80% figure was a national estimate.", "", "", "W")],
        [("Sources", "", "", "B")],
        [("1. Waste Regulation Authority, quarterly returns for Gorsemere MRF (permit WRA/TB4471), January–December 2025", "", "", "B")],
        [("2. No Burn Tassick, “Where Our Plastic Goes”, June 2019", "", "", "B")],
        [("3. Email from Cindervale Resource Recovery, 10 March 2026", "", "", "B")],
        [("4. Email from Tassick County Council press office, 11 March 2026", "", "", "B")],
        [("5. Interview with Hennie Scheepmaker, 10 March 2026", "", "", "B")],
        [("Did we get something wrong?", "", "", "B"),
         ("Tell us at corrections@truthgauge.example.", "", "", "B")],
        [("Share this fact check   Facebook   X   WhatsApp   Email   Copy link", "", "", "B")],
        [("Truthgauge is a verified signatory of the Open Fact-Checking Charter.", "", "", "B"),
         ("We publish our funders and our corrections policy on our About page.", "", "", "B")],
        [("Keep fact-checking free.", "", "", "B"),
         ("Donate from £3", "", "", "B")],
        [("More fact checks", "", "", "B")],
        [("Did the council really ban barbecues in Oxtable's parks?", "", "", "B")],
        [("Viral photo of ‘flooded’ bypass is from 2019", "", "", "B")],
        [("© 2026 Truthgauge Ltd.", "", "", "B"),
         ("Registered in England and Wales, company no. 11802447.", "", "", "B")],
    ],
    [  # 2. science magazine's feature on a study: streetlights and bumblebees
        [("Sporeline", "", "", "B")],
        [("Subscribe   Sign in", "", "", "B")],
        [("Life   Environment   Health   Space   Physics   Mind   Magazine   Newsletters", "", "", "B")],
        [("ECOLOGY", "", "", "B")],
        [("City lights are getting bumblebees out of bed too early", "", "", "W")],
        [("In a two-summer experiment, colonies nesting under streetlights started foraging about 40 minutes before those in darkness — and raised fewer queens", "", "", "W")],
        [("By Elodie Purkiss", "", "", "B")],
        [("March 19, 2026", "", "", "B")],
        [("7 min read", "", "", "B")],
        [("A buff-tailed bumblebee on a lime flower in Hollisport's Cornhill Park.", "", "", "")],
        [("Samir Hakimi for Sporeline", "", "", "B")],
        [("At 4:52 a.m. on a June morning in 2024, a camera fixed to the entrance of a nest box in a Hollisport parking lot recorded the first bumblebee of the day leaving for work.", "", "", "W"),
         ("Sunrise was still 38 minutes away.", "", "", "W")],
        [("That bee was not unusual, researchers reported on Wednesday in the journal Urbanlight Ecology.", "researchers", "reported", "")],
        [("Across 48 colonies monitored over two summers, those placed within 10 meters of a streetlight began foraging an average of 41 minutes earlier than colonies kept in the dark, and they produced 23% fewer new queens by the end of the season.", "", "", "W")],
        [("The study is the first to follow bumblebee colonies under working streetlights for more than a single season, according to its authors.", "its authors", "according to", "W")],
        [("“We expected a small shift,” said Ilse Varnbrook, an ecologist at Varrowby University and the study's lead author.", "Ilse Varnbrook", "said", ""),
         ("“Forty minutes is most of the cool part of a summer morning.”", "Ilse Varnbrook", "said", "")],
        [("An early start comes at a price, the researchers argue.", "the researchers", "argue", "")],
        [("Many flowers hold little nectar before about 6 a.m., so bees that left earlier spent more time flying and less time feeding, the team's tracking data showed.", "the team's tracking data", "showed", "W")],
        [("Workers from lit colonies made 17% more foraging trips a day but brought back 9% less pollen per trip.", "", "", "W")],
        [("Lights on, queens down", "", "", "")],
        [("The researchers placed colonies of buff-tailed bumblebees (Bombus terrestris), bought from a commercial breeder, at 24 pairs of sites across Hollisport in 2024 and 2025.", "", "", "W")],
        [("In each pair, one nest box sat under a working streetlight and the other about 80 meters away, out of its glare.", "", "", "W")],
        [("Kwame Donnelly, a doctoral student at Varrowby and a co-author of the study, fitted more than 2,000 workers with radio tags the size of a grain of rice.", "", "", "W")],
        [("“The bees didn't seem to mind the tags,” he said.", "Kwame Donnelly", "said", ""),
         ("“I minded the 3 a.m. alarms.”", "Kwame Donnelly", "said", "")],
        [("By September, light-exposed colonies had raised an average of 13.9 new queens, the team found, compared with 18.1 for colonies in darkness.", "the team", "found", "W")],
        [("Because only mated queens survive the winter to found new colonies, a gap of that size could shrink urban bumblebee populations over several years, the authors wrote.", "the authors", "wrote", "")],
        [("The study did not measure whether the number of bumblebees in Hollisport has actually fallen.", "", "", "W")],
        [("Not everyone is convinced", "", "", "")],
        [("Tomasz Kreuzwald, who studies pollinator behavior at the Skarn Institute for Pollinator Research and was not involved in the study, called the experiment “careful and overdue.”", "Tomasz Kreuzwald", "called", "")],
        [("But he noted that colonies bred commercially are selected to be calm and productive, and may respond to light differently from wild nests.", "Tomasz Kreuzwald", "noted", "")],
        [("“Commercial colonies are the lab rats of the bee world,” he said.", "Tomasz Kreuzwald", "said", "")],
        [("Aurélie Dufresnoy, an urban ecologist at the Mistlecombe Centre for Ecology who was also not involved in the research, said the queen counts were “the result that matters.”", "Aurélie Dufresnoy", "said", "")],
        [("Dufresnoy pointed to a 2022 survey in which volunteers counted a third fewer bumblebees in Mistlecombe's parks in the decade after the city switched its streetlights to white LEDs.", "Aurélie Dufresnoy", "pointed to", "W")],
        [("“You can't pin that on lighting alone,” she said.", "Aurélie Dufresnoy", "said", ""),
         ("“But it is pointing the same way.”", "Aurélie Dufresnoy", "said", "")],
        [("What cities can do", "", "", "")],
        [("Varnbrook said dimming streetlights between midnight and 5 a.m., which 11 of the country's 40 largest cities already do to save energy, would probably remove most of the effect.", "Ilse Varnbrook", "said", "W")],
        [("Hollisport's city government said in a statement that it had no plans to change its lighting but would “look closely at the findings.”", "Hollisport's city government", "said in a statement", "W")],
        [("The team is now repeating the experiment with wild colonies found in volunteers' gardens and expects results in 2027.", "", "", "W")],
        [("Reference: Varnbrook, I., Donnelly, K., Pidcock, R. et al. Artificial light at night advances foraging onset and reduces queen production in urban bumblebee colonies. Urbanlight Ecology 14, 211–224 (2026).", "", "", "B")],
        [("DOI: 10.7731/ule.2026.0214", "", "", "B")],
        [("This article was supported by the Sporeline Fund for Science Journalism.", "", "", "B")],
        [("Elodie Purkiss is a senior writer at Sporeline covering ecology and the environment.", "", "", "B")],
        [("Topics:  Bees  ·  Light pollution  ·  Cities  ·  Insects", "", "", "B")],
        [("Read next", "", "", "B")],
        [("Why moths are vanishing from lit-up highways", "", "", "B")],
        [("The ant colonies that work a night shift", "", "", "B")],
        [("Get the week's best science stories every Friday.", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("© 2026 Sporeline Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. tech news site's product story with affiliate disclosure and price widgets
        [("WIRECREST", "", "", "B")],
        [("Phones   Laptops   Audio   Smart Home   Gaming   Deals   Reviews", "", "", "B")],
        [("Search   Newsletters   Sign in", "", "", "B")],
        [("Audio  ›  Headphones", "", "", "B")],
        [("Halvorne's Arc 2 headphones promise 60-hour battery life and cost $349", "", "", "W")],
        [("The follow-up to the Arc, one of our favorite noise-cancelling headphones, ships April 9 — and the original just got its biggest discount yet", "", "", "W")],
        [("Declan Brewis", "", "", "B")],
        [("Senior Audio Writer", "", "", "B")],
        [("Mar 24, 2026, 9:00 AM ET", "", "", "B")],
        [("When you buy through links on our site, we may earn an affiliate commission.", "", "", "B"),
         ("Here's how it works.", "", "", "B")],
        [("Halvorne announced the Arc 2 on Tuesday, three years after the original Arc became the company's best-selling product.", "", "", "W")],
        [("The new model costs $349, $50 more than the Arc did at launch, and goes on sale April 9 in black, sand and a dark green the company calls “moss.”", "", "", "W")],
        [("Halvorne claims the Arc 2 will run for 60 hours with noise cancelling switched on, up from 38 hours on the first model.", "Halvorne", "claims", "W"),
         ("We haven't been able to test that yet.", "", "", "")],
        [("Halvorne Arc 2", "", "", "B")],
        [("$349 at Shelfwise", "", "", "B")],
        [("Pre-order", "", "", "B")],
        [("The company says a redesigned array of eight microphones cancels about twice as much low-frequency noise as before, though it didn't give a figure in decibels.", "The company", "says", "W")],
        [("Matthias Krogstrup, Halvorne's head of audio, told Wirecrest that most of the extra battery life came from a new chip the company designed itself, not from a bigger battery.", "Matthias Krogstrup", "told Wirecrest", "W")],
        [("“The battery is only 8% larger,” he said.", "Matthias Krogstrup", "said", "W"),
         ("“Almost all of the gain is the chip.”", "Matthias Krogstrup", "said", "")],
        [("First impressions", "", "", "")],
        [("I spent about an hour with a pair of Arc 2s at Halvorne's offices last week.", "", "", "")],
        [("They are noticeably lighter than the first model, at 262 grams against 298 grams, and the ear cushions are deeper.", "", "", "W")],
        [("In a noisy demo room the noise cancelling was impressive, but a demo room is not a subway car at rush hour.", "", "", "")],
        [("The touch controls are gone; in their place are two physical buttons and a volume wheel, which I liked immediately.", "", "", "W")],
        [("Today's best Halvorne Arc deals", "", "", "B")],
        [("Halvorne Arc Wireless Noise Cancelling Headphones", "", "", "B")],
        [("★★★★½  Wirecrest score: 9/10", "", "", "B")],
        [("$299   $199", "", "", "B")],
        [("at Kingsgrove Electronics", "", "", "B")],
        [("View deal", "", "", "B")],
        [("Price history: lowest price we've tracked  ·  30-day average $236", "", "", "B")],
        [("Halvorne says it will keep selling the original Arc, now at $199, for at least another year.", "Halvorne", "says", "W")],
        [("Where it fits", "", "", "")],
        [("The premium headphone market is crowded.", "", "", "")],
        [("Halvorne shipped about 1.9 million pairs of headphones last year, fourth behind Sonavo and two other brands, according to estimates from the research firm Sondermark Insights.", "Sondermark Insights", "according to", "W")],
        [("Priyanka Odenwald, a research director at Sondermark, said the $349 price put the Arc 2 squarely against Sonavo's Q9, which sells for $379.", "Priyanka Odenwald", "said", "W")],
        [("“Halvorne's pitch has always been ‘nearly as good, for a lot less,’” she said.", "Priyanka Odenwald", "said", ""),
         ("“At $349, that pitch gets harder to make.”", "Priyanka Odenwald", "said", "")],
        [("Halvorne would not say whether the Arc 2 will get lossless audio through its app, a feature Sonavo added to the Q9 in January.", "Halvorne", "would not say", "")],
        [("We'll have a full review once we've lived with a pair for a few weeks.", "", "", "")],
        [("Read more: Halvorne Arc review: the best value in noise cancelling", "", "", "B")],
        [("Read more: The best noise-cancelling headphones for 2026", "", "", "B")],
        [("Declan Brewis has tested headphones and speakers for Wirecrest since 2019.", "", "", "B"),
         ("He owns more earbuds than socks.", "", "", "B")],
        [("Prices checked Mar 24, 2026.", "", "", "B"),
         ("Retailer prices change often.", "", "", "B")],
        [("Topics:  Audio  ·  Headphones  ·  Halvorne", "", "", "B")],
        [("Wirecrest is part of Gallimore Digital.", "", "", "B"),
         ("© 2026 Gallimore Digital LLC.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy   Terms   Cookie settings   Ad choices", "", "", "B")],
    ],
    [  # 4. podcast episode page: show notes and a transcript with label-and-time lines
        [("Lanternfish Audio", "", "", "B")],
        [("Podcasts   Newsletters   Live shows   About   Support us", "", "", "B")],
        [("SMALL CHANGE", "", "", "B")],
        [("Episode 64  ·  38 min  ·  11 March 2026", "", "", "B")],
        [("The last branch in Skelbrough", "", "", "")],
        [("When Cressbank shuts its Tolsey Street branch on 27 March, the nearest bank counter will be 14 miles away", "", "", "W")],
        [("▶ Play episode", "", "", "B")],
        [("Listen on  Podbay  ·  Wavecatch  ·  Tunewell  ·  RSS", "", "", "B")],
        [("Show notes", "", "", "B")],
        [("Cressbank has had a branch on Skelbrough's Tolsey Street since 1911.", "", "", "W"),
         ("At the end of this month it closes, leaving the town of 9,400 people without a bank for the first time in more than a century.", "", "", "W")],
        [("Juniper Corbishley talks to Calum Tapscott, who managed the branch for 16 years until he took voluntary redundancy in January, and to Edna Jolliffe, 81, who still pays her bills over its counter every Friday.", "", "", "W")],
        [("Cressbank says only 212 customers used the branch regularly last year and that 94% of its Skelbrough customers also bank online or by phone.", "Cressbank", "says", "W"),
         ("Campaigners say those figures leave out people who rely on relatives to bank online for them.", "Campaigners", "say", "")],
        [("We asked Cressbank for an interview; it sent us a statement instead, and we read from it in the episode.", "", "", "")],
        [("In this episode", "", "", "B")],
        [("00:00  Friday morning on Tolsey Street", "", "", "B")],
        [("09:12  Sixteen years behind the counter", "", "", "B")],
        [("21:05  What the bank says", "", "", "B")],
        [("31:40  What happens next", "", "", "B")],
        [("Links", "", "", "B")],
        [("Cressbank's closure notice for the Skelbrough branch (PDF)", "", "", "B")],
        [("Cash Access Alliance: map of bank branch closures since 2015", "", "", "B")],
        [("Transcript", "", "", "B")],
        [("This transcript was generated automatically and lightly edited.", "", "", "B"),
         ("Please check the audio before quoting.", "", "", "B")],
        [("Juniper Corbishley  00:00", "", "", "B")],
        [("It's a quarter to ten on a Friday morning, and there are already six people waiting outside the Cressbank branch on Tolsey Street in Skelbrough.", "", "", ""),
         ("The doors open at ten.", "", "", "W")],
        [("Edna Jolliffe  00:41", "", "", "B")],
        [("I come every Friday.", "Edna Jolliffe", "Edna Jolliffe", ""),
         ("I pay the gas, I pay the paper, and I take out my forty pounds for the week.", "Edna Jolliffe", "Edna Jolliffe", ""),
         ("I've been coming here since 1968, when it was still the Skelbrough and District Savings Bank.", "Edna Jolliffe", "Edna Jolliffe", "W")],
        [("Juniper Corbishley  01:26", "", "", "B")],
        [("What will you do after the 27th?", "", "", "")],
        [("Edna Jolliffe  01:30", "", "", "B")],
        [("My grandson says he'll set it up on the phone for me.", "Edna Jolliffe", "Edna Jolliffe", ""),
         ("But he lives in Dunmoss, and I'm not ringing him every time I want to pay the gas.", "Edna Jolliffe", "Edna Jolliffe", "")],
        [("Juniper Corbishley  09:12", "", "", "B")],
        [("Calum, you ran this branch for 16 years.", "", "", "W"),
         ("When did you find out it was closing?", "", "", "")],
        [("Calum Tapscott  09:20", "", "", "B")],
        [("We were told on a video call in October, the same morning it went up on the website.", "Calum Tapscott", "Calum Tapscott", "W"),
         ("I had about forty minutes before the first customer rang me about it.", "Calum Tapscott", "Calum Tapscott", "")],
        [("Juniper Corbishley  09:41", "", "", "B")],
        [("Cressbank says only 212 customers used the branch regularly.", "Cressbank", "says", "W"),
         ("Does that match what you saw?", "", "", "")],
        [("Calum Tapscott  09:49", "", "", "B")],
        [("It depends what you mean by regularly.", "Calum Tapscott", "Calum Tapscott", ""),
         ("We did about 1,100 transactions a week over the counter last summer, and a lot of those were businesses paying in cash.", "Calum Tapscott", "Calum Tapscott", "W"),
         ("The market traders alone are forty-odd stalls.", "Calum Tapscott", "Calum Tapscott", "W")],
        [("[Sound of the branch door opening]", "", "", "B")],
        [("Juniper Corbishley  21:05", "", "", "B")],
        [("In its statement, Cressbank told us customers will be able to pay in cash and pay bills at the Skelbrough post office.", "Cressbank", "told us", "W"),
         ("It also says it will keep the cash machine on Tolsey Street working until at least the end of 2027.", "Cressbank", "says", "W")],
        [("Calum Tapscott  21:37", "", "", "B")],
        [("The post office is open three days a week.", "Calum Tapscott", "Calum Tapscott", "W"),
         ("I'll let people draw their own conclusions.", "Calum Tapscott", "Calum Tapscott", "")],
        [("The full transcript is available to Lanternfish members.", "", "", "B")],
        [("Credits", "", "", "B")],
        [("Host: Juniper Corbishley", "", "", "B")],
        [("Producer: Rosa Lambkin", "", "", "B")],
        [("Sound design: Teodor Varma", "", "", "B")],
        [("Executive producer: Harriet Mapplebeck", "", "", "B")],
        [("Small Change is made possible by listeners.", "", "", "B"),
         ("Become a member from £4 a month and hear every episode a day early, without ads.", "", "", "B")],
        [("This episode is sponsored by Underhill Mutual.", "", "", "B")],
        [("Next episode: Who owns the car park? (18 March)", "", "", "B")],
        [("© Lanternfish Audio CIC 2026", "", "", "B")],
    ],
    [  # 5. literary magazine's long interview with bold names as labels
        [("The Quillwork Review", "", "", "B")],
        [("Current issue   Essays   Interviews   Fiction   Archive   Subscribe", "", "", "B")],
        [("INTERVIEWS", "", "", "B")],
        [("Ottoline Bellasis: ‘A theatre is a promise you make to a town’", "Ottoline Bellasis", "Ottoline Bellasis:", "")],
        [("After 27 years running the Gildersome Playhouse, its artistic director is leaving.", "", "", "W"),
         ("She talks to Nathaniel Ecclestone about debt, dogs on stage and the grant cut she has not forgiven.", "", "", "")],
        [("By Nathaniel Ecclestone", "", "", "B")],
        [("Photographs by Ingrid Aalvik", "", "", "B")],
        [("From the April 2026 issue  ·  18 min read", "", "", "B")],
        [("Ottoline Bellasis in the stalls of the Gildersome Playhouse, Ambermoor.", "", "", "")],
        [("Ingrid Aalvik for The Quillwork Review", "", "", "B")],
        [("When Ottoline Bellasis arrived at the Gildersome Playhouse in Ambermoor in 1999, the theatre owed £600,000 and had just cancelled its Christmas show for the first time since it opened in 1923.", "", "", "W"),
         ("That year it sold 41,000 tickets.", "", "", "W")],
        [("Twenty-seven years and 212 productions later, she leaves a theatre that sold 118,000 tickets in its best year, 2019, and employs 94 people.", "", "", "W")],
        [("She is also leaving angry.", "", "", "")],
        [("In 2024 the Ambermoor Arts Council cut the Playhouse's annual grant by 18%, to £1.15 million, and Bellasis has spent much of the two years since saying so, loudly, to anyone who will listen.", "", "", "W")],
        [("We met in the Playhouse's green room, where a wire-haired terrier called Mungo was asleep under the table.", "", "", "")],
        [("This interview has been condensed and edited for clarity.", "", "", "B")],
        [("Nathaniel Ecclestone: You inherited a theatre that was close to bankruptcy.", "", "", "W"),
         ("What did you do first?", "", "", "")],
        [("Ottoline Bellasis: I cancelled the lease on the director's car.", "Ottoline Bellasis", "Ottoline Bellasis:", "W"),
         ("It was a very large silver saloon, and I thought, if the director is driving that while wardrobe is buying fabric at jumble sales, nobody is going to believe we're in trouble.", "Ottoline Bellasis", "Ottoline Bellasis:", "")],
        [("Then I did what every theatre in trouble does.", "Ottoline Bellasis", "Ottoline Bellasis:", ""),
         ("I put on a pantomime.", "Ottoline Bellasis", "Ottoline Bellasis:", "W")],
        [("Ecclestone: And it worked?", "", "", "")],
        [("Bellasis: It paid off a third of the debt in one winter.", "Ottoline Bellasis", "Bellasis:", "W"),
         ("Pantomime is not beneath anyone.", "Ottoline Bellasis", "Bellasis:", ""),
         ("I will fight people about this.", "Ottoline Bellasis", "Bellasis:", "")],
        [("“Pantomime is not beneath anyone.”", "", "", "B")],
        [("Ecclestone: The Arts Council says your cut reflected a cut to its own budget from central government, and that the Playhouse was treated exactly like everyone else.", "The Arts Council", "says", "W")],
        [("Bellasis: That is simply not true.", "Ottoline Bellasis", "Bellasis:", ""),
         ("We lost 18%.", "Ottoline Bellasis", "Bellasis:", "W"),
         ("The other two producing theatres in the region lost 6% and 9%.", "Ottoline Bellasis", "Bellasis:", "W"),
         ("I have the letters, and I have put every one of them on our website.", "Ottoline Bellasis", "Bellasis:", "W")],
        [("Ecclestone: Your critics say you played it safe in your last decade here — too many revivals, too many thrillers.", "Your critics", "say", "")],
        [("Bellasis: My critics don't have to balance the books.", "Ottoline Bellasis", "Bellasis:", ""),
         ("Eleven of our last 40 productions were new plays.", "Ottoline Bellasis", "Bellasis:", "W"),
         ("That is not a safe theatre.", "Ottoline Bellasis", "Bellasis:", "")],
        [("Ecclestone: Tell me about Mungo.", "", "", "")],
        [("Bellasis: He has been in four of our shows, always as a dog, which I think shows admirable discipline.", "Ottoline Bellasis", "Bellasis:", "W")],
        [("He is a better actor than some people I have employed.", "Ottoline Bellasis", "Bellasis:", ""),
         ("I will not be telling you which ones.", "Ottoline Bellasis", "Bellasis:", "")],
        [("Ecclestone: Why stay 27 years?", "", "", "")],
        [("Bellasis: Because a theatre is a promise you make to a town.", "Ottoline Bellasis", "Bellasis:", ""),
         ("You don't get to make it and then leave after five years for somewhere with better restaurants.", "Ottoline Bellasis", "Bellasis:", "")],
        [("“A theatre is a promise you make to a town.”", "", "", "B")],
        [("Ecclestone: What does your successor inherit?", "", "", "")],
        [("Bellasis: A new roof, no debt and £2.3 million in reserves.", "Ottoline Bellasis", "Bellasis:", "W"),
         ("And a grant that is smaller in real terms than the one I was given in 1999.", "Ottoline Bellasis", "Bellasis:", "W"),
         ("Kofi Lachance is a wonderful director, and I have told him that he must never, ever cancel the pantomime.", "Ottoline Bellasis", "Bellasis:", "")],
        [("Ecclestone: What will you do next?", "", "", "")],
        [("Bellasis: Sleep.", "Ottoline Bellasis", "Bellasis:", ""),
         ("Then I shall buy a ticket for something, sit at the back and not worry about the bar takings.", "Ottoline Bellasis", "Bellasis:", "")],
        [("Ottoline Bellasis's final production as artistic director, The Salt Wife, opens at the Gildersome Playhouse on 9 May.", "", "", "W")],
        [("Nathaniel Ecclestone is a contributing editor of The Quillwork Review.", "", "", "B")],
        [("This article appears in the April 2026 issue.", "", "", "B"),
         ("Subscribe from £9.99 a quarter", "", "", "B")],
        [("More interviews", "", "", "B")],
        [("The composer who wrote an opera for a car park", "", "", "B")],
        [("‘I was never meant to be a headteacher’", "", "", "B")],
        [("© The Quillwork Review 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. election-night live blog: provincial assembly, seat tracker and short entries
        [("The Estrelle Herald", "", "", "B")],
        [("News   Election 2026   Politics   Business   Sport   Opinion   E-paper", "", "", "B")],
        [("ESTRELLE VOTES 2026", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Estrelle election results live: Progressives close in on third term as Civic Renewal gains in the north", "", "", "W")],
        [("Updated 1:48 a.m.", "", "", "B")],
        [("By the Herald politics team", "", "", "B")],
        [("Share   Post   Email", "", "", "B")],
        [("Seat tracker", "", "", "B")],
        [("Progressives 39  ·  Civic Renewal 26  ·  Rural League 4  ·  Greens 2", "", "", "")],
        [("44 seats needed for a majority  ·  71 of 87 ridings declared", "", "", "B")],
        [("Key events", "", "", "B")],
        [("1:31 a.m.  Transport minister loses Orrisford", "", "", "B")],
        [("12:30 a.m.  Civic Renewal takes Cauldwick North", "", "", "B")],
        [("11:52 p.m.  Exit poll points to Progressive majority", "", "", "B")],
        [("1:48 a.m.", "", "", "B")],
        [("Kristiansen: ‘Estrelle has chosen steadiness’", "Margit Kristiansen", "Kristiansen:", "")],
        [("Premier Margit Kristiansen told supporters in Varenne that she expects to form a majority government “by breakfast.”", "Margit Kristiansen", "told supporters", "")],
        [("Her Progressives need five more seats to reach the 44 required for a majority in the 87-seat assembly.", "", "", "W")],
        [("1:39 a.m.", "", "", "B")],
        [("Bastien Bergeron, who ran the Progressives' campaign, told the Herald the party had won every riding in Varenne for the first time since 2010.", "Bastien Bergeron", "told the Herald", "W")],
        [("1:31 a.m.", "", "", "B")],
        [("Orrisford: Civic Renewal GAIN from Progressives", "", "", "W")],
        [("Transport minister Ivo Petrovic has lost the seat he held since 2014, by 412 votes.", "", "", "W"),
         ("He is the first cabinet minister to lose tonight.", "", "", "W")],
        [("1:19 a.m.", "", "", "B")],
        [("Culvermead: Progressives HOLD", "", "", "W")],
        [("Stannergate: Progressives HOLD", "", "", "W")],
        [("Fairlingham East: Rural League HOLD", "", "", "W")],
        [("1:02 a.m.", "", "", "B")],
        [("No concession yet from Ferraro", "", "", "W")],
        [("Civic Renewal leader Dario Ferraro has not yet spoken.", "", "", "W"),
         ("A party spokesperson said he would address supporters “once every northern seat is in.”", "A party spokesperson", "said", "")],
        [("12:47 a.m.", "", "", "B")],
        [("Turnout falls to 54%", "", "", "W")],
        [("Provisional turnout is 54.2%, down from 58.9% in 2022, according to Elections Estrelle.", "Elections Estrelle", "according to", "W")],
        [("12:30 a.m.", "", "", "B")],
        [("Cauldwick North: Civic Renewal GAIN from Progressives", "", "", "W")],
        [("Majority: 1,906", "", "", "W")],
        [("Turnout: 51.8%", "", "", "W")],
        [("12:11 a.m.", "", "", "B")],
        [("Tolbury-Wrenmouth", "", "", "B")],
        [("Candidate  Party  Votes", "", "", "B")],
        [("Ilse Scattergood  Progressives  11,842", "", "", "")],
        [("Bram Whiteoak  Civic Renewal  10,377", "", "", "")],
        [("Nadia Kariuki  Greens  2,115", "", "", "")],
        [("Progressives HOLD  ·  Majority 1,465  ·  Turnout 57.1%", "", "", "W")],
        [("11:58 p.m.", "", "", "B")],
        [("Rural League leader Teodora Horvat said her party would “talk to anyone” if no one won a majority, but would not join a coalition that raised fuel duty.", "Teodora Horvat", "said", "W")],
        [("11:52 p.m.", "", "", "B")],
        [("Exit poll points to Progressive majority", "", "", "")],
        [("The joint broadcasters' exit poll projects the Progressives will win 45 seats, Civic Renewal 31, the Rural League 7 and the Greens 4.", "The joint broadcasters' exit poll", "projects", "")],
        [("Exit polls in Estrelle have overstated the largest party's seat total in three of the last four elections.", "", "", "W")],
        [("11:30 p.m.", "", "", "B")],
        [("Polls have closed", "", "", "W")],
        [("Voting ended across Estrelle at 11 p.m.", "", "", "W"),
         ("Results will come in riding by riding through the night.", "", "", "")],
        [("Welcome to the Herald's live coverage of election night in Estrelle.", "", "", "B"),
         ("Refresh for the latest results.", "", "", "B")],
        [("Results are provisional until they are certified by Elections Estrelle.", "", "", "B")],
        [("See every riding on our results map →", "", "", "B")],
        [("Sign up for Herald Politics, our weekly newsletter", "", "", "B")],
        [("© 2026 The Estrelle Herald  ·  Privacy  ·  Terms", "", "", "B")],
    ],
    [  # 7. government department's press release page: coastal defence funding
        [("Skip to main content", "", "", "B")],
        [("Cookies on this government website", "", "", "B")],
        [("We use some essential cookies to make this website work.", "", "", "B"),
         ("We'd like to set additional cookies to understand how you use the site.", "", "", "B")],
        [("Accept additional cookies   Reject additional cookies   View cookies", "", "", "B")],
        [("Menu   Search", "", "", "B")],
        [("Home  ›  Environment  ›  Flooding and coastal change", "", "", "B")],
        [("Press release", "", "", "B")],
        [("£212 million to protect 9,800 homes from coastal flooding and erosion", "", "", "W")],
        [("Thirty-one sea defence schemes on the east coast will go ahead after the second funding round of the Shorefront Fund.", "", "", "W")],
        [("From:  Department for Coastal and Rural Resilience and Imelda Pakenham MP", "", "", "B")],
        [("Published  4 March 2026", "", "", "B")],
        [("Contents", "", "", "B")],
        [("Schemes funded", "", "", "B")],
        [("How schemes were chosen", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [("Thirty-one coastal flood and erosion schemes will share £212 million of government funding, protecting around 9,800 homes and 1,400 businesses, the Department for Coastal and Rural Resilience announced today.", "the Department for Coastal and Rural Resilience", "announced", "W")],
        [("The money comes from the second round of the £1.1 billion Shorefront Fund, which opened in 2024.", "", "", "W")],
        [("Coastal Resilience Minister Imelda Pakenham said:", "Imelda Pakenham", "said", "")],
        [("“Nobody should go to bed worrying that the sea will be in their kitchen by the morning.", "Imelda Pakenham", "said", ""),
         ("This funding will protect almost 10,000 homes, and it means work can begin this year in places that have waited far too long.”", "Imelda Pakenham", "said", "W")],
        [("Schemes funded", "", "", "")],
        [("The largest single award, £38.5 million, will pay for a new sea wall and rock armour at Ebbmouth, where 14 homes have been lost to erosion since 2010.", "", "", "W")],
        [("Schemes at Thornsea, Pitchcombe and Rookhaven will receive between £9 million and £17 million each.", "", "", "W")],
        [("Eight of the schemes include restoring salt marsh or dunes, which absorb wave energy before it reaches sea walls.", "", "", "W")],
        [("Work on the first 12 schemes will start this year.", "", "", "W")],
        [("Sunniva Hartmann, Chief Executive of the Coastal Defence Agency, said:", "Sunniva Hartmann", "said", "")],
        [("“Our teams have already surveyed every one of these sites.", "Sunniva Hartmann", "said", "W"),
         ("We expect to be on the ground in Ebbmouth by the summer.”", "Sunniva Hartmann", "said", "")],
        [("Councillor Aurelia Fonseca, Leader of Ebbmouth District Council, said:", "Aurelia Fonseca", "said", "")],
        [("“For the families on Cliff Road, this is the news they have been waiting a decade to hear.”", "Aurelia Fonseca", "said", "")],
        [("How schemes were chosen", "", "", "")],
        [("The 31 schemes were chosen from 74 bids submitted by councils and internal drainage boards.", "", "", "W")],
        [("Bids were assessed on the number of homes protected, the cost per home and whether the scheme included natural flood management.", "", "", "W")],
        [("Councils whose bids were unsuccessful can apply again when the third round opens in autumn 2026.", "", "", "W")],
        [("A full list of schemes and allocations is published alongside this press release.", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [("1. The Shorefront Fund was announced in the 2023 Coastal Strategy and runs until March 2030.", "", "", "B")],
        [("2. Figures for homes and businesses protected are estimates provided by the bidding authorities.", "", "", "B")],
        [("3. The Coastal Defence Agency is an executive agency of the Department for Coastal and Rural Resilience.", "", "", "B")],
        [("Media enquiries", "", "", "B")],
        [("Email  newsdesk@dcrr.gov.example", "", "", "B")],
        [("Telephone  0300 555 0142 (8am to 6pm, Monday to Friday)", "", "", "B")],
        [("Published 4 March 2026", "", "", "B")],
        [("Last updated 5 March 2026  +  show all updates", "", "", "B")],
        [("Related content", "", "", "B")],
        [("Shorefront Fund: guidance for applicants", "", "", "B")],
        [("Coastal Strategy 2023", "", "", "B")],
        [("Explore the topic", "", "", "B")],
        [("Flooding and coastal change", "", "", "B")],
        [("Is this page useful?   Yes   No", "", "", "B")],
        [("Report a problem with this page", "", "", "B")],
        [("All content is available for reuse under the Government Open Licence, except where otherwise stated", "", "", "B")],
        [("© Crown copyright", "", "", "B")],
    ],
    [  # 8. football club's official match report
        [("GANNETBY TOWN FC", "", "", "B")],
        [("Home   News   Fixtures & Results   Tickets   Shop   Hospitality   Town TV   Club", "", "", "B")],
        [("Principal partner: Thistlethwaite Motors", "", "", "B")],
        [("BUY TICKETS", "", "", "B")],
        [("News  ›  First Team  ›  Match Report", "", "", "B")],
        [("Report: Town 3-1 Hobwick Albion", "", "", "W")],
        [("Zoltek, Pardew and Wojcik on target as Town climb to fourth", "", "", "W")],
        [("Saturday 14 March 2026  ·  17:12", "", "", "B")],
        [("By Club Media", "", "", "B")],
        [("GANNETBY TOWN 3-1 HOBWICK ALBION", "", "", "W")],
        [("Half-time: 1-1", "", "", "W")],
        [("Town: Zoltek 12', Pardew 55' (pen), Wojcik 78'", "", "", "W")],
        [("Hobwick: Conti 34'", "", "", "W")],
        [("Saltmeadow Ground  ·  Attendance: 2,814 (112 away)  ·  Referee: Martin Cassidy", "", "", "")],
        [("Town moved up to fourth in the Premier Division with a deserved win over Hobwick Albion at the Saltmeadow Ground on Saturday.", "", "", "W")],
        [("Adam Zoltek opened the scoring in the 12th minute, heading in Ryan Coulthard's cross at the near post for his 14th goal of the season.", "", "", "W")],
        [("Hobwick had barely threatened before Marco Conti equalised against the run of play on 34 minutes, curling a free-kick over the wall and in off the post.", "", "", "W")],
        [("Town were much the better side after the break.", "", "", "")],
        [("Jonah Pardew restored the lead from the penalty spot ten minutes into the second half after Felix Becker had pulled back Zoltek, and Becker was booked for the foul.", "", "", "W")],
        [("Substitute Declan Keohane saw a shot cleared off the line before Tomasz Wojcik made the game safe on 78 minutes, sweeping in at the far post after Sam Moberly's long throw was flicked on.", "", "", "W")],
        [("It was Town's fifth home win in a row.", "", "", "W")],
        [("Manager's reaction", "", "", "")],
        [("Speaking to Town TV after the final whistle, Lorcan Fitchley said his side had “earned the right to be in the play-off places”.", "Lorcan Fitchley", "said", "")],
        [("“First half we were a bit sloppy and gave away a daft free-kick,” he said.", "Lorcan Fitchley", "said", ""),
         ("“But second half I thought we were outstanding.", "Lorcan Fitchley", "said", "")],
        [("“Adam's on 14 goals now and he's only started 22 games.", "Lorcan Fitchley", "said", "W"),
         ("If he keeps his head down, he'll get 20.”", "Lorcan Fitchley", "said", "")],
        [("Fitchley confirmed that captain Ollie Nettlefold, who was limping in stoppage time, had tightened a hamstring and would be assessed before Tuesday's trip to Wraxholme Rovers.", "Lorcan Fitchley", "confirmed", "W")],
        [("Hobwick manager Sergio Aguilar told his club's media team that the penalty was “soft” and that his side had “switched off” for the third goal.", "Sergio Aguilar", "told his club's media team", "")],
        [("Line-ups", "", "", "B")],
        [("Town: Moberly; Drabwell, Ibsworth, Nettlefold (c), Coulthard; Faulconer, Rushbrooke, Inchbald (Flanagan 88); Zoltek (Moriarty 80), Pardew (Keohane 71), Wojcik.", "", "", "")],
        [("Subs not used: Gallagher, Hegarty, Mahony, Lewandowski.", "", "", "")],
        [("Hobwick Albion: Brunetti; Lombardi, Fischer, Becker, Hoffmann; Schulz (Rossi 75), Wagner, Weber; Keller, Vogel (Greco 60), Conti.", "", "", "")],
        [("Booked: Inchbald 41', Becker 54'", "", "", "W")],
        [("Man of the Match, as chosen by our match sponsors: Adam Zoltek", "", "", "W")],
        [("Today's match sponsor was Quennerby's Bakery.", "", "", "B"),
         ("Find out about sponsoring a match.", "", "", "B")],
        [("Watch the full highlights on Town TV+", "", "", "B")],
        [("Subscribe from £4.99 a month.", "", "", "B")],
        [("Share   Post   WhatsApp", "", "", "B")],
        [("NEXT MATCH", "", "", "B")],
        [("Wraxholme Rovers v Gannetby Town", "", "", "B")],
        [("Tuesday 17 March  ·  19:45  ·  Premier Division", "", "", "B")],
        [("Buy tickets", "", "", "B")],
        [("Away travel: the supporters' coach leaves the Saltmeadow Ground at 16:30.", "", "", "B"),
         ("Book by noon on Monday.", "", "", "B")],
        [("Latest news", "", "", "B")],
        [("Nettlefold signs contract extension until 2028", "", "", "B")],
        [("Junior Town: summer camp places now open", "", "", "B")],
        [("Official club shop: 2026/27 home shirt pre-orders open now", "", "", "B")],
        [("© Gannetby Town Football Club 2026.", "", "", "B"),
         ("Registered in England No. 00481926.", "", "", "B")],
    ],
    [  # 9. financial news site's markets wrap
        [("Tickerfold", "", "", "B")],
        [("Markets   Economy   Companies   Personal Finance   Opinion   Data", "", "", "B")],
        [("CALDORA 60  8,412.3  ▼1.8%   |   ALL-SHARE  5,106.9  ▼1.6%   |   MARK/USD  0.6612  ▲0.3%   |   CRUDE  $81.40  ▲2.1%   |   GOLD  $2,948  ▲0.6%", "", "", "B")],
        [("MARKETS", "", "", "B")],
        [("Caldora 60 falls 1.8% as strong wage data kills hopes of an April rate cut", "", "", "W")],
        [("Biggest one-day drop since October; Velliant Pharma slumps 11% after trial setback", "", "", "W")],
        [("Oskar Bjornstad", "", "", "B")],
        [("Markets Reporter", "", "", "B")],
        [("Thursday 19 March 2026  ·  5:47 pm", "", "", "B")],
        [("Caldoran shares had their worst day in five months on Thursday after figures showed wages growing faster than expected, dashing hopes that the Reserve Bank would cut interest rates next month.", "", "", "W")],
        [("The Caldora 60 closed down 151.8 points, or 1.8 per cent, at 8,412.3, its biggest fall since 23 October.", "", "", "W"),
         ("Only nine of the index's 60 members rose.", "", "", "W")],
        [("The broader All-Share index lost 1.6 per cent.", "", "", "W")],
        [("Data from the national statistics office showed average weekly earnings rose 5.4 per cent in the year to February, well above the 4.6 per cent economists polled by Tickerfold had expected.", "Data from the national statistics office", "showed", "W")],
        [("The yield on the 10-year government bond rose 14 basis points to 4.31 per cent, its sharpest one-day rise this year.", "", "", "W")],
        [("Traders now see a 28 per cent chance of a cut at the Reserve Bank's April meeting, down from 61 per cent on Wednesday, according to pricing in interest-rate futures.", "pricing in interest-rate futures", "according to", "W")],
        [("“The wage number was the one thing standing between the Reserve Bank and a cut, and it went the wrong way,” said Nikolai Draganov, chief market strategist at Farrowmoor Securities.", "Nikolai Draganov", "said", "")],
        [("“I'd be surprised to see a move before June now.”", "Nikolai Draganov", "said", "")],
        [("Velliant drags", "", "", "")],
        [("Drugmaker Velliant Pharma was the worst performer on the index, tumbling 11.2 per cent after it said a late-stage trial of its asthma drug Respirane had missed its main goal.", "Velliant Pharma", "said", "W")],
        [("The company said it would present the full results at a medical conference in May.", "The company", "said", "W")],
        [("Velliant is the fourth-largest company in the index by market value, and its fall alone knocked about 40 points off the Caldora 60, according to Tickerfold calculations.", "Tickerfold calculations", "according to", "W")],
        [("Grauhorn Steel rose 3.4 per cent, one of the few gainers, after raising its full-year profit forecast for the second time this year.", "", "", "W")],
        [("Ambrel Telecom slipped 2.1 per cent after Keswin & Co. cut the stock to “sell”, saying competition from two new mobile operators would squeeze its margins.", "Keswin & Co.", "saying", "W")],
        [("Currencies and commodities", "", "", "")],
        [("The mark rose 0.3 per cent to 66.12 U.S. cents as traders priced out a near-term cut.", "", "", "W")],
        [("Crude oil rose 2.1 per cent to $81.40 a barrel, and gold gained 0.6 per cent to $2,948 an ounce.", "", "", "W")],
        [("Marta Brinkhurst, head of equities at Sorrowby Asset Management, said she had been adding to her holdings of domestic banks, which tend to earn more when rates stay high.", "Marta Brinkhurst", "said", "")],
        [("“People have been positioned for cuts since Christmas,” she said.", "Marta Brinkhurst", "said", ""),
         ("“Today was a reminder that the Reserve Bank doesn't take instructions from the futures market.”", "Marta Brinkhurst", "said", "")],
        [("The Reserve Bank's next rate decision is due on 14 April.", "", "", "W")],
        [("What to watch on Friday", "", "", "B")],
        [("11:00  Retail sales, February", "", "", "B")],
        [("14:30  Grauhorn Steel investor day", "", "", "B")],
        [("Market data delayed by at least 15 minutes.", "", "", "B"),
         ("Source: Norvane Data.", "", "", "B")],
        [("This article is not investment advice.", "", "", "B"),
         ("Tickerfold does not recommend buying or selling any security.", "", "", "B"),
         ("The value of investments can fall as well as rise.", "", "", "B")],
        [("Most read in Markets", "", "", "B")],
        [("Why the mark is the year's best-performing currency", "", "", "B")],
        [("Velliant's chief executive on the drug that could make or break the company", "", "", "B")],
        [("© 2026 Tickerfold Media Ltd", "", "", "B")],
    ],
    [  # 10. university news office's story on a research grant
        [("University of Swanlow", "", "", "B")],
        [("Study   Research   Business   International   Alumni   About", "", "", "B")],
        [("Search   Staff   Students", "", "", "B")],
        [("Home  ›  News  ›  2026  ›  March", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("£3.8m to develop a smartphone hearing test for newborn babies", "", "", "W")],
        [("Swanlow audiologists win the largest grant in the Oatridge Trust's history", "", "", "W")],
        [("Published: 10 March 2026", "", "", "B")],
        [("Author: Communications and Marketing", "", "", "B")],
        [("Dr Anneke Rademeyer (left) and Dr Tariq Bhattacharya with the prototype in the Swanlow Hearing Lab.", "", "", "")],
        [("Credit: University of Swanlow", "", "", "B")],
        [("Researchers at the University of Swanlow have been awarded £3.8 million by the Oatridge Trust to develop a hearing test for newborn babies that can be carried out with a smartphone and a pair of earbuds.", "", "", "W")],
        [("The five-year grant is the largest the trust has made to a single project, and the largest research award in the history of the university's School of Health Sciences.", "", "", "W")],
        [("Around one to two babies in every 1,000 are born with permanent hearing loss.", "", "", "W")],
        [("Newborn hearing screening is routine in hospitals, but the equipment costs around £12,000 a unit, and babies born at home or in remote areas are often tested late.", "", "", "W")],
        [("In the Kestlemere Health Board area, 7% of babies were not screened within the recommended four weeks in 2024, according to the board's annual screening report.", "the board's annual screening report", "according to", "W")],
        [("The project, led by Dr Anneke Rademeyer, Reader in Audiology, aims to produce a test that costs less than £300 a unit and gives a result in under five minutes.", "", "", "")],
        [("“Every parent deserves to know as early as possible if their baby can't hear them,” said Dr Rademeyer.", "Anneke Rademeyer", "said", "")],
        [("“The first six months are when the brain builds its pathways for language, so every week of delay matters.”", "Anneke Rademeyer", "said", "W")],
        [("The team has already built a prototype that plays quiet clicks into a baby's ear through an earbud and uses the earbud's microphone to record the faint echo produced by a healthy inner ear.", "", "", "W")],
        [("In a pilot study of 212 babies published last year, the prototype picked up 19 of the 20 babies that hospital equipment referred for further tests, Dr Rademeyer said.", "Anneke Rademeyer", "said", "W")],
        [("The grant will fund a trial involving 4,000 babies at six community clinics across Kestlemere from early 2027, run with Swanlow Children's Hospital.", "", "", "W")],
        [("Dr Tariq Bhattacharya, a research audiologist on the team, said the hardest part was not the technology but making the test work in an ordinary living room.", "Tariq Bhattacharya", "said", "")],
        [("“A hospital screening room is silent,” he said.", "Tariq Bhattacharya", "said", ""),
         ("“A family home with a dog, a washing machine and two toddlers is not.”", "Tariq Bhattacharya", "said", "")],
        [("Lucia Esposito, Chief Executive of the Oatridge Trust, said the trustees had been struck by the team's “ruthless focus on cost”.", "Lucia Esposito", "said", "")],
        [("“If this works, it could be used anywhere a health visitor can carry a phone,” she added.", "Lucia Esposito", "added", "")],
        [("Professor Harriet Isherwood, Dean of the Faculty of Medicine and Health, said the award was “a tremendous vote of confidence in Swanlow's hearing research”.", "Harriet Isherwood", "said", "")],
        [("Gemma Wakelin, whose son was diagnosed with hearing loss at 11 weeks after being born at home, sits on the project's parent advisory panel.", "", "", "W"),
         ("She said: “We lost nearly three months that we can never get back.", "Gemma Wakelin", "said", ""),
         ("If a test like this had existed, we'd have known in his first week.”", "Gemma Wakelin", "said", "")],
        [("Project at a glance", "", "", "B")],
        [("Funder: Oatridge Trust", "", "", "W")],
        [("Award: £3.8 million over five years", "", "", "W")],
        [("Lead: Dr Anneke Rademeyer, School of Health Sciences", "", "", "W")],
        [("Partners: Swanlow Children's Hospital; Kestlemere Health Board", "", "", "W")],
        [("Trial: 4,000 babies at six clinics, from early 2027", "", "", "W")],
        [("Media enquiries", "", "", "B")],
        [("Press Office, University of Swanlow", "", "", "B")],
        [("press@swanlow.ac.example  |  +44 1632 960 214", "", "", "B")],
        [("Share this story", "", "", "B")],
        [("Tags:  Research  ·  Health Sciences  ·  Grants and funding  ·  Audiology", "", "", "B")],
        [("Related news", "", "", "B")],
        [("Swanlow nursing course ranked first for student satisfaction", "", "", "B")],
        [("New £14m health sciences building opens on Ferrers Hill campus", "", "", "B")],
        [("University of Swanlow is a registered charity, number 1140218.", "", "", "B")],
        [("© 2026 University of Swanlow  ·  Privacy  ·  Accessibility  ·  Freedom of information", "", "", "B")],
    ],
    [  # 11. celebrity and culture news page with pasted social-media embeds
        [("SPOTLITE", "", "", "B")],
        [("Celebrity   Music   TV & Film   Style   Video   Quizzes", "", "", "B")],
        [("Trending:  Calista Montrose  ·  Glint Music Awards  ·  Red carpet looks", "", "", "B")],
        [("MUSIC", "", "", "B")],
        [("Calista Montrose postpones 14 Wildglass Tour dates for vocal cord surgery", "", "", "W")],
        [("The singer broke the news to fans on Instagram — and fiancé Rafe Lemarchand was quick to cheer her on", "", "", "")],
        [("By Mila Brocklehurst", "", "", "B")],
        [("Published Mon 16 March 2026, 09:12 GMT  |  Updated 11:04 GMT", "", "", "B")],
        [("Calista Montrose has postponed the final 14 dates of her Wildglass Tour so she can have surgery on her vocal cords.", "", "", "W")],
        [("The 29-year-old singer told fans on Sunday night that doctors had found a polyp on her left vocal cord last month.", "Calista Montrose", "told fans", "W")],
        [("She wrote:", "Calista Montrose", "wrote", "")],
        [("calistamontrose ✓", "", "", "B")],
        [("View profile", "", "", "B")],
        [("View this post on Instagram", "", "", "B")],
        [("I've been putting off writing this...", "Calista Montrose", "posted", ""),
         ("My doctors found a polyp on my left vocal cord and I'm having surgery on Friday.", "Calista Montrose", "posted", "W"),
         ("That means the last 14 shows of the tour have to move to the autumn.", "Calista Montrose", "posted", "W"),
         ("I'm so sorry.", "Calista Montrose", "posted", ""),
         ("New dates very soon, I promise 🤍", "Calista Montrose", "posted", "")],
        [("A post shared by Calista Montrose (@calistamontrose)", "", "", "B")],
        [("412,806 likes", "", "", "B")],
        [("View all 18,402 comments", "", "", "B")],
        [("Add a comment…", "", "", "B")],
        [("The postponed shows include two nights at the 20,000-capacity Halmsby Arena on 3 and 4 April, which sold out in under an hour last September.", "", "", "W")],
        [("Her promoter, Quantrill Live, said in a statement that existing tickets would be valid for the new dates and that refunds were available from the point of purchase.", "Quantrill Live", "said in a statement", "W")],
        [("New dates will be announced “in the coming weeks,” the statement said.", "the statement", "said", "")],
        [("Actor Rafe Lemarchand, 31, who got engaged to Montrose in December, was among the first to respond.", "", "", "W")],
        [("He posted a photo of the singer on stage in Corrowby with a message of his own:", "Rafe Lemarchand", "posted", "")],
        [("rafelemarchand ✓", "", "", "B")],
        [("View this post on Instagram", "", "", "B")],
        [("Proudest of this one.", "Rafe Lemarchand", "posted", ""),
         ("Back louder than ever, C. 🎤 #teamcalista", "Rafe Lemarchand", "posted", "")],
        [("A post shared by Rafe Lemarchand (@rafelemarchand)", "", "", "B")],
        [("96.1K likes", "", "", "B")],
        [("Fans flooded both posts with messages of support.", "", "", "")],
        [("One, who posts as @wildglassgirl_, wrote: “Take all the time you need, we'll be there in October.”", "@wildglassgirl_", "wrote", "")],
        [("A source close to Montrose told Spotlite the operation was “routine” and that she was expected to be singing again within six weeks.", "A source close to Montrose", "told Spotlite", "")],
        [("A representative for the singer did not respond to a request for comment on Monday.", "A representative for the singer", "did not respond to a request for comment", "")],
        [("Montrose's third album, Paper Lanterns, reached No. 1 in 11 countries after its release last year.", "", "", "W")],
        [("The Wildglass Tour, her first arena tour, opened in Ardlow in February and has grossed an estimated $48 million so far, according to the trade publication Tourbook.", "Tourbook", "according to", "W")],
        [("WATCH: Calista Montrose's tearful speech at the Glint Music Awards", "", "", "B")],
        [("2:14", "", "", "B")],
        [("Spotlite may earn a commission if you buy tickets through links on this page.", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Rafe Lemarchand on proposing at a motorway service station: ‘It wasn't planned’", "", "", "B")],
        [("Every night of the Wildglass Tour so far, ranked", "", "", "B")],
        [("Comments (214)", "", "", "B")],
        [("Sort by: Newest", "", "", "B")],
        [("lanternlight_88", "", "", "B")],
        [("Get well soon queen, Halmsby can wait!!", "", "", "B")],
        [("Reply  ·  12 likes", "", "", "B")],
        [("View more comments", "", "", "B")],
        [("© 2026 Spotlite Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. local newsletter-style explainer in the Why it matters format
        [("Pointwise", "", "", "B")],
        [("Pointwise Marlport", "", "", "B")],
        [("Local   National   Newsletters   Events   Sign up", "", "", "B")],
        [("Mar 26, 2026 - Business", "", "", "B")],
        [("Marlport's first data center would need as much water as 9,000 homes", "", "", "W")],
        [("Kenji Mulvaney", "", "", "B")],
        [("Quick read: 3 min  ·  640 words", "", "", "B")],
        [("Cirrusforge wants to build a 120-megawatt data center at the Kilnfield Road industrial park, and the city's water utility says it could need up to 3.1 million gallons a day at peak.", "the city's water utility", "says", "W")],
        [("Why it matters: That's about as much as 9,000 homes use, in a region that has been under drought restrictions in three of the last five summers.", "", "", "W")],
        [("Driving the news: The Marlport Planning Commission will hold a public hearing on the project on April 8.", "", "", "W"),
         ("Cirrusforge filed its site plan in January.", "", "", "W")],
        [("By the numbers:", "", "", "B")],
        [("• $1.4 billion: Cirrusforge's estimated investment", "", "", "W")],
        [("• 85: permanent jobs the company says it will create", "the company", "says", "W")],
        [("• 3.1 million gallons: peak daily water use, per the utility's analysis", "the utility's analysis", "per", "W")],
        [("• 11%: the share of the city's current daily supply that would represent", "", "", "W")],
        [("Zoom in: The company says it would use closed-loop cooling for most of the year, recirculating water rather than evaporating it, and draw heavily only on the hottest days.", "The company", "says", "W")],
        [("What they're saying: “We've designed this to be a good neighbor on water,” Renata Threapwood, Cirrusforge's vice president for site development, told Pointwise.", "Renata Threapwood", "told Pointwise", "")],
        [("“On a typical day, we'll use less than a large hotel.”", "Renata Threapwood", "told Pointwise", "")],
        [("The other side: Save Marlport's Water, a local environmental group, says the utility's figure is a best case.", "Save Marlport's Water", "says", "")],
        [("“Peak days are exactly the days we can't spare it,” said Nell Jarrold, the group's director.", "Nell Jarrold", "said", "")],
        [("Between the lines: Data centers are not covered by Marlport's summer watering restrictions, because the city classes them as industrial users.", "", "", "W")],
        [("Flashback: In 2023 the City Council rejected a bottling plant that wanted to draw 400,000 gallons a day from the same aquifer.", "", "", "W")],
        [("Yes, but: The project would bring in an estimated $9 million a year in property taxes, according to the city's finance department — more than Marlport spends on its parks.", "the city's finance department", "according to", "W")],
        [("Council member Desmond Kempster, whose district includes the site, said he would not vote for the project without “a hard cap on water, in writing.”", "Desmond Kempster", "said", "W")],
        [("Utility director Omar Hosseini told the commission in February that the utility could supply the site “but not without two new wells.”", "Omar Hosseini", "told the commission", "W")],
        [("What's next: If the Planning Commission approves the plan, it goes to the full City Council.", "", "", "W"),
         ("A council vote is expected in May.", "", "", "")],
        [("The bottom line: Marlport wants the jobs and the tax money.", "", "", ""),
         ("It just isn't sure it has the water.", "", "", "")],
        [("Go deeper: How Marlport's drought rules work", "", "", "B")],
        [("Go deeper: The data center boom reaches small cities", "", "", "B")],
        [("Get the latest Marlport news in your inbox every weekday morning.", "", "", "B")],
        [("Email address", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("By subscribing, you agree to our Terms of Use and Privacy Policy.", "", "", "B")],
        [("Support local news: become a Pointwise member", "", "", "B")],
        [("About  ·  Careers  ·  Advertise  ·  Privacy  ·  Terms", "", "", "B")],
        [("Pointwise Media © 2026", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- fact-check pages: rating lines, an update stamp, a question before an email -----------------
    ("n25-rating-then-update", "RATING: FALSE\nUpdate, 13 March 2026: After this fact check was published, the campaign added a caption to the video.",
     ["RATING: FALSE", "Update, 13 March 2026: After this fact check was published, the campaign added a caption to the video."]),
    ("n25-question-then-email", "Did we get something wrong? Tell us at corrections@truthgauge.example.\nShare this fact check   Facebook   X   WhatsApp",
     ["Did we get something wrong?", "Tell us at corrections@truthgauge.example.", "Share this fact check   Facebook   X   WhatsApp"]),
    # --- science features: a reference with initials and et al., a DOI line, a.m. mid and at the end ---
    ("n25-reference-et-al", "Reference: Varnbrook, I., Donnelly, K., Pidcock, R. et al. Artificial light at night advances foraging onset in urban bumblebee colonies. Urbanlight Ecology 14, 211–224 (2026).",
     ["Reference: Varnbrook, I., Donnelly, K., Pidcock, R. et al. Artificial light at night advances foraging onset in urban bumblebee colonies. Urbanlight Ecology 14, 211–224 (2026)."]),
    ("n25-doi-line", "DOI: 10.7731/ule.2026.0214\nThis article was supported by the Sporeline Fund for Science Journalism.",
     ["DOI: 10.7731/ule.2026.0214", "This article was supported by the Sporeline Fund for Science Journalism."]),
    ("n25-am-mid-and-end", "At 4:52 a.m. on a June morning, the first bee left the nest. Dimming runs from midnight to 5 a.m. Hollisport has no plans to change its lighting.",
     ["At 4:52 a.m. on a June morning, the first bee left the nest.", "Dimming runs from midnight to 5 a.m.", "Hollisport has no plans to change its lighting."]),
    ("n25-period-inside-quote", "Tomasz Kreuzwald called the experiment “careful and overdue.” But he noted that commercial colonies may respond differently.",
     ["Tomasz Kreuzwald called the experiment “careful and overdue.”", "But he noted that commercial colonies may respond differently."]),
    # --- tech pages: a price widget's lines, a quote inside a quote ------------------------------------
    ("n25-price-widget", "$299   $199\nat Kingsgrove Electronics\nView deal\nPrice history: lowest price we've tracked  ·  30-day average $236",
     ["$299   $199", "at Kingsgrove Electronics", "View deal", "Price history: lowest price we've tracked  ·  30-day average $236"]),
    ("n25-nested-quote", "“Halvorne's pitch has always been ‘nearly as good, for a lot less,’” she said. “At $349, that pitch gets harder to make.”",
     ["“Halvorne's pitch has always been ‘nearly as good, for a lot less,’” she said.", "“At $349, that pitch gets harder to make.”"]),
    # --- podcast and interview pages: a label-and-time line, bold-name labels ---------------------------
    ("n25-label-time-line", "Calum Tapscott  09:20\nWe were told on a video call in October. I had about forty minutes before the first customer rang me.",
     ["Calum Tapscott  09:20", "We were told on a video call in October.", "I had about forty minutes before the first customer rang me."]),
    ("n25-bold-labels", "Ecclestone: And it worked?\nBellasis: It paid off a third of the debt in one winter. Pantomime is not beneath anyone.",
     ["Ecclestone: And it worked?", "Bellasis: It paid off a third of the debt in one winter.", "Pantomime is not beneath anyone."]),
    # --- election live blogs: stamps and result lines, p.m. ending a sentence ---------------------------
    ("n25-stamp-result-lines", "1:19 a.m.\nCulvermead: Progressives HOLD\nStannergate: Progressives HOLD",
     ["1:19 a.m.", "Culvermead: Progressives HOLD", "Stannergate: Progressives HOLD"]),
    ("n25-pm-ending", "Voting ended across Estrelle at 11 p.m. Results will come in riding by riding through the night.",
     ["Voting ended across Estrelle at 11 p.m.", "Results will come in riding by riding through the night."]),
    # --- government pages: numbered notes glued on one line, From and Published lines -------------------
    ("n25-numbered-notes-glued", "1. The Shorefront Fund was announced in the 2023 Coastal Strategy and runs until March 2030. 2. Figures for homes protected are estimates provided by the bidding authorities.",
     ["1. The Shorefront Fund was announced in the 2023 Coastal Strategy and runs until March 2030.", "2. Figures for homes protected are estimates provided by the bidding authorities."]),
    ("n25-from-published-contents", "From:  Department for Coastal and Rural Resilience and Imelda Pakenham MP\nPublished  4 March 2026\nContents",
     ["From:  Department for Coastal and Rural Resilience and Imelda Pakenham MP", "Published  4 March 2026", "Contents"]),
    # --- match reports: a line-up with brackets and minute marks -----------------------------------------
    ("n25-lineup-booked", "Town: Moberly; Drabwell, Ibsworth, Nettlefold (c), Coulthard; Faulconer, Rushbrooke, Inchbald (Flanagan 88); Zoltek (Moriarty 80), Pardew (Keohane 71), Wojcik.\nBooked: Inchbald 41', Becker 54'",
     ["Town: Moberly; Drabwell, Ibsworth, Nettlefold (c), Coulthard; Faulconer, Rushbrooke, Inchbald (Flanagan 88); Zoltek (Moriarty 80), Pardew (Keohane 71), Wojcik.", "Booked: Inchbald 41', Becker 54'"]),
    # --- markets wraps: Co. inside a sentence, U.S. at the end of one -------------------------------------
    ("n25-co-and-us-cents", "Ambrel Telecom slipped 2.1 per cent after Keswin & Co. cut the stock to “sell”. The mark rose 0.3 per cent to 66.12 U.S. cents. Crude oil rose 2.1 per cent.",
     ["Ambrel Telecom slipped 2.1 per cent after Keswin & Co. cut the stock to “sell”.", "The mark rose 0.3 per cent to 66.12 U.S. cents.", "Crude oil rose 2.1 per cent."]),
    # --- celebrity pages: an embed with an ellipsis and an emoji, an initial before an emoji and hashtag --
    ("n25-embed-ellipsis-emoji", "View this post on Instagram\nI've been putting off writing this... My doctors found a polyp on my left vocal cord. New dates very soon, I promise 🤍\nA post shared by Calista Montrose (@calistamontrose)",
     ["View this post on Instagram", "I've been putting off writing this...", "My doctors found a polyp on my left vocal cord.", "New dates very soon, I promise 🤍", "A post shared by Calista Montrose (@calistamontrose)"]),
    ("n25-initial-emoji-hashtag", "Proudest of this one. Back louder than ever, C. 🎤 #teamcalista\n96.1K likes",
     ["Proudest of this one.", "Back louder than ever, C. 🎤 #teamcalista", "96.1K likes"]),
    ("n25-no-1", "Her third album, Paper Lanterns, reached No. 1 in 11 countries. The tour opened in Ardlow in February.",
     ["Her third album, Paper Lanterns, reached No. 1 in 11 countries.", "The tour opened in Ardlow in February."]),
    # --- newsletter explainers: inline labels, a label alone on its line, bullets with colons -------------
    ("n25-inline-labels-bullets", "Why it matters: That's about as much as 9,000 homes use.\nBy the numbers:\n• $1.4 billion: Cirrusforge's estimated investment\n• 85: permanent jobs the company says it will create",
     ["Why it matters: That's about as much as 9,000 homes use.", "By the numbers:", "• $1.4 billion: Cirrusforge's estimated investment", "• 85: permanent jobs the company says it will create"]),
]  # fmt: skip
