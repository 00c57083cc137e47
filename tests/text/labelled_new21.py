"""Twenty-first set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13, before any rule was tuned on them and without looking at the
engine's code or output (neither `claimreview/` nor the scorer's results were opened, and no test,
scorer or engine was run; only an import of this file was tried, to check its structure): every
person, place, organisation, outlet, company, party, team, product and number is invented (a few
countries, US states, currencies, units, breeds of livestock and generic institutions such as "the
House" or "Parliament" appear only as places, units and settings, and social networks only in
share strips), and no surname, town or outlet of any file under `tests/` is reused (each was
checked with grep over the whole `tests/` tree; first names recur). Each page is a WHOLE page, head
to tail, as a new user pastes it as plain text after selecting all in a browser, so every furniture
line is a paragraph of its own. The twelve pages are kinds the earlier sets lack or have only once:
a public broadcaster's story page on an island ferry cut, a UK regional paper's planning story
with a newsletter sign-up block in the middle of it, a US paper's grand-jury indictment story, an
election-night results live page, a Q&A with a football manager whose answers carry her surname, an
entertainment site's festival cancellation with an embedded post and a "Watch:" line, a city
transport authority's status page with a signal-failure story under it, an earnings-call write-up
with a transcript excerpt, a storm live blog with a warnings box and readers' pictures, a county
sheriff's office's social-media post pasted alone with its reactions and comments, a report of a
select committee evidence session and a farming paper's weekly mart report. The three things they
stress are (1) furniture of every kind worded afresh, at the head, in the middle and at the tail
("Image source," / "Image caption," lines, "More on this story" teasers with "Published" dates,
"Related Topics", "Top Stories" and "Features" lists with relative times, newsletter invitations,
email boxes, "We use your sign-up to ...", "Thank you for subscribing!", "We have more newsletters",
"Show me" and error lines, results-as-of lines and vote tables, "How to read these results" notes,
embed handles and counts, affiliate notes, line-status lists, delay-refund prompts, ticker chips,
"Operator:" turns, warnings boxes, "Posted by" lines, picture credits, auto alt text, reaction
counts, "Like · Comment · Share", "… See more", "View more comments", login walls, "Article continues
after this message", price tables with unit lines and classifieds); (2) who is speaking (groups and
organisations as written, roles in headlines and standfirsts resolved to people named lower down,
"according to the indictment", "The indictment says", "Prosecutors said", "did not immediately
return a call seeking comment", "told the Tribune by phone", "Name: ‘quote’" entry headlines,
surname prefixes in a Q&A and in a committee exchange, "Your chairman says", "wrote on social
media", "Analysts polled by ... had expected", "wrote in a note to clients", "The committee heard",
"told MPs", "pressed him on the dates:", "Asked by X whether ..., Y said", "She rejected ...",
"Sir", "Ms" and "Mr" dropped); (3) honest check-worthiness, with many ordinary borderline sentences
of both kinds. `STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new19.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; captions by content and credits "B", a credit trailing in
brackets its own "B" sentence; standfirsts and subheads labelled like headlines, question and topic
subheads ""; mastheads, kickers, widgets, tickers and share strips "B"; related lists, "Read more"
lines, author bios, comment furniture and readers' comments "B"; reader-service lines and advice
to readers "B"; live-blog stamps, entry bylines, key-event lists and welcome lines "B", entry
headlines labelled like headlines; warning boxes with the heading "B", each level-and-places line
"W" and the standard advice under it "B"; embedded posts with the account holder as speaker and the
cue "posted", handle, date and counts "B"; data rows "" with the table's title and header row "B";
election result lines "W", candidate rows "" and count-status lines "B"; transcript and Q&A labels as
cues with the full name as speaker, questions without a speaker unless they cite a source, a
question's factual preamble "W"; procedural turns "B"; plans, votes and fixtures "W", forecasts "";
"declined to comment", "did not respond" and their kin labelled like speech with flags ""; what a
court, board or committee DID carries no speaker; titles and role words dropped from speakers; a
pronoun, a later surname or a role noun resolved to the full name as first given; "the company",
"the council" and the like kept as written; glued furniture items without full stops are ONE "B"
sentence).

Conventions this set had to settle, in the same spirit:

* A public broadcaster's page: "Image source, ..." is a credit, "B", and "Image caption, ..." is
  labelled by content (as in `labelled_new3.py`); the "More on this story" heading, each teaser
  headline and its "Published ..." line, the "Related Topics" heading and each topic, the "Top
  Stories" and "Features" headings, their headlines and every relative time ("1 hour ago") are "B"
  line by line; the external-links lines of the footer are "B". A group in a headline-like lead
  ("Islanders on Torrasay say ...") is kept as written with the cue "say", and the sentence is "W"
  when the confirmed fact it carries is checkable.
* A newsletter block inside a regional story: the invitation, its one-line description, the email
  box's label, the button, "We use your sign-up to ...", the unsubscribe line, the privacy-notice
  line, "Thank you for subscribing!", "We have more newsletters", "Show me" and the form's error
  message ("Something went wrong, please try again later.") are "B" line by line, and the story
  resumes after it as before. "Got a story for us?" and the newsdesk email line are two "B"
  sentences. "Planning officers had recommended approval, saying ..." carries the officers with the
  cue "saying".
* A US indictment story: "according to the indictment" and "The indictment says" keep the document
  as written; a count of it as the subject of a reporting verb ("Count No. 14 accuses her of ...")
  is the same document, kept as written ("Count No. 14", cue "accuses", "W"); "Prosecutors said"
  keeps "Prosecutors"; "X did not immediately return a call seeking comment" is labelled like "did
  not respond" (speaker X, the whole phrase as cue, flags ""). The judge's order, the bond and the
  arraignment date are "W" with no speaker, as what a court did; "She has not entered a plea." and
  the maximum sentence a count carries are "W". The reporter's contact line is "B" like a bio.
* An election-night page: the "Results as of ... | 142 of 168 precincts reporting" line is a count
  status, "B", like "24 of 24 wards declared"; the same figures inside an entry's sentence ("...
  with 112 of 168 precincts reporting") are part of a "W" sentence. "Polls closed at 8 p.m." is
  "W"; the line after it telling voters in line that they can still vote is advice to readers, "B";
  the "How to read these results" heading and its method sentences are "B", like a methodology box.
  A candidate's forecast that rests on a checkable past fact ("Late ballots broke our way in 2022,
  and I expect them to again") is "W" for the fact; "Opponents, led by the ..., argued" keeps
  "Opponents" as written. A campaign named with the candidate ("Tregowan-Lisle's campaign said") is
  kept as written, like "Pohlmann-Wise's office said".
* A Q&A with a manager: the headline "Rachel Sudderby: ‘...’" carries her with the full name and
  colon as cue, like "Ekwunife: ‘...’" in `labelled_new18.py`; the introduction carries no speaker;
  a question citing the chairman ("Your chairman says the playing budget is £180,000, ...") resolves
  the role to the chairman named in the introduction, with the cue "says", "W"; a person the
  interviewee quotes inside her answer ("My husband says it was five.") does not change the turn's
  speaker. A closing line stating when the award will be announced is a fixture, "W".
* An entertainment story: a "Watch: ..." line in the body introducing a video of this story is
  labelled like a video caption, by content ("" for a scene), with its running time "B"; a video
  card for another video would be "B". "wrote on social media" has the cue "wrote" (the platform is
  dropped, like "by phone"); "Organisers blame ..." in the standfirst keeps "Organisers" with the
  cue "blame"; a promoter's stated intention to return next year is a vague plan, "". The
  affiliate note and the "Find tickets" prompt are "B".
* A transport status page: the status list is the page's fact panel. Its heading, the tabs, the
  "Last updated ..." stamp and the mode headings ("Metro", "Trams", "Buses") are "B"; a line
  reporting disruption ("Loomhouse line: Part closure", "... : Minor delays") and the detail
  sentence under it are "W", like closure lines in `labelled_new18.py`'s live-travel box, while a
  "Good service" line states no event and is a data row, ""; "Tickets are being accepted on ...",
  the status-alert prompt, "Passengers are advised ...", the delay-refund prompt and "Was this page
  useful?" are reader-service lines, "B". "Passengers described ..." keeps "Passengers" with the
  cue "described".
* An earnings-call write-up: the ticker chip under the menu is "B"; the standfirst "CFO says ..."
  resolves the role to the finance chief named in the excerpt; the "From the call" heading and the
  editing note are "B"; every "Operator:" turn is procedural, "B" sentence by sentence, like a media
  adviser's; an analyst's turn carries the analyst by full name with the label as cue, "" as a
  question; the executives' answers carry their labels, with the stated basis of the guidance and
  its sensitivities ("We've assumed diesel averages $4.05 a gallon ...", "Every 10 cents on diesel
  is roughly $6 million ...") "W" and their expectations of charges and savings "" (forecasts).
  "wrote in a note to clients" keeps the whole phrase as cue; a broker cutting its price target is
  what the broker did, "W", with no speaker; the price-provider line and the investment note are
  "B".
* A storm live blog: the "Your pictures" entry headline is a topic, ""; each reader's picture is a
  caption labelled by content (a scene, "") with its "Picture: Name" credit "B"; the request for
  readers' pictures is "B", like a tip-line; "Posted by ..." and the closing "This live page was
  written by ..." are "B". "His injuries are not thought to be life-threatening." is hedged and
  "". The office naming the storm is "W".
* A sheriff's office's post pasted alone (the page IS the office's post, not a post embedded in a
  story): the post's text is the office's own, labelled like a police force's page, with no speaker
  and no "posted" cue (that cue marks an embed quoted by another outlet); its capitals headline and
  its account of the arrest, charges and bond are "W"; the sheriff quoted inside it carries his name;
  thanks to the public and "more charges are possible" are ""; the tip appeal, the hashtags, the
  automatic image description ("May be an image of ..."), the reaction and share counts, "Like ·
  Comment · Share", the sort control, each commenter's name, each comment (a truncated one ending
  "… See more" included), each "Like Reply" line, "replied · 3 replies", "View more comments", the
  comment box and the login wall are "B".
* A select committee report: "The committee heard that ..." keeps "The committee" with the cue
  "heard", like "the court heard"; "told MPs", "tells MPs" and "told the Public Services
  Committee" are cues as written; a headline's role ("supplier's chief tells MPs", "Top civil
  servant admits") resolves to the person named in the body; "Sir", "Ms" and "Mr" are dropped and
  "Sir Malcolm" resolves to the full name. An exchange printed with surname labels
  ("Lanchester:", "Drewitt:") works like transcript labels; its lead-in ("Ms Lanchester pressed him
  on the dates:") carries the chair with the cue "pressed" and is "", like a "said:" line. "Asked
  by X whether ..., Y said ..." has Y as speaker; "She rejected Mr Feldane's suggestion that ..."
  carries her with the cue "rejected" and is "" (a denial of a characterisation); "Article
  continues after this message" and the video-service link are "B"; the committee's stated
  publication plan is "W".
* A mart report as the page itself (not pasted below another story, as in `labelled_new12.py`):
  its own text carries no speaker and its sale figures are "W"; each price table's title, the unit
  line ("Prices in pence per kg", "Prices in £ per head") and the header row are "B", and each row,
  the leading-prices list's rows included, is a data row, ""; a section subhead ("Cast ewes",
  "Store cattle") is a topic, "", even when the table below repeats it as a title ("B"). The
  auctioneer's account of why prices rose is an interpretation, "", like an analyst's account of
  what investors feared, while a price gap he states is "W"; the next sale date is a fixture, "W",
  and the entries-and-contact line after it "B"; the compilation note and the classified advert are
  "B".

`CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "public broadcaster's story page (island ferry cut; image source/caption lines, More on this story, Related Topics, Top Stories and Features with relative times, footer)",
    "UK regional paper story (brickworks homes approved; bracketed image credit, mid-article newsletter sign-up block, READ MORE lines, comments, group footer)",
    "US paper's court story (grand jury indicts county treasurer; according to the indictment, prosecutors, lawyer did not return a call, judge's order, bio, subscribe box)",
    "election-night results live page (mayor and sales-tax measure; precincts-reporting line, vote tables as lines, entry stamps, candidates' statements, method note)",
    "sports Q&A with a football manager (question lines without bold, surname-prefixed answers, edited note, more interviews, newsletter)",
    "entertainment news story (festival cancelled after rain; embedded post with handle and counts, Watch: video line, read next, affiliate note)",
    "city transport authority status page (line status list with good service, minor delays and part closure; signal-failure story, delay-refund prompt)",
    "earnings-call write-up (freight company cuts outlook; ticker chip, transcript excerpt with Operator:, analysts' questions, CFO's answers, market-data notes)",
    "storm live blog (key events, warnings box, entry stamps, readers' pictures with credits, closures and power cuts, credits line)",
    "county sheriff's office social-media post pasted alone (arrest in church break-ins; alt text, reactions, Like · Comment · Share, comments, See more, login wall)",
    "report of a select committee evidence session (failed benefits IT system; chair's questions, witnesses' answers, labelled exchange, the committee heard, told MPs)",
    "farming paper's weekly mart report (hogg, cast ewe and store cattle prices as lines, pence per kg, auctioneer's and vendor's comments, classified)",
]

ARTICLES = [
    [  # 1. public broadcaster's story page: island ferry cut, image lines, More on this story, Related Topics, Top Stories, Features
        [("Jump to main content", "", "", "B")],
        [("AVB", "", "", "B")],
        [("Home  News  Sport  Weather  Listen  Watch  Learning  More", "", "", "B")],
        [("Scotland  |  North & Islands  |  Scottish Politics  |  Business  |  Climate", "", "", "B")],
        [("Torrasay ferry: Winter sailings to be cut to three a week", "", "", "W")],
        [("27 minutes ago", "", "", "B")],
        [("Share", "", "", "B")],
        [("Save", "", "", "B")],
        [("Catriona Mudie", "", "", "B")],
        [("North and Islands reporter, AVB Scotland", "", "", "B")],
        [("Image source, Westhaven Marine Services", "", "", "B")],
        [("Image caption, The MV Seonag Mhòr has sailed the Kilvarra to Torrasay route since 2009", "", "", "W")],
        [("Islanders on Torrasay say they will be cut off this winter after the ferry operator confirmed it will run three return sailings a week instead of six from November.", "Islanders on Torrasay", "say", "W")],
        [("Westhaven Marine Services said the cut was needed because one of its two vessels would be out of service for at least 14 weeks.", "Westhaven Marine Services", "said", "W")],
        [("The island, which lies 11 miles (18km) off the coast, has a population of about 640.", "", "", "W")],
        [("Morag Pittendreigh, who chairs Torrasay Community Council, said the reduced timetable would leave people unable to get to hospital appointments on the mainland.", "Morag Pittendreigh", "said", "")],
        [("“Four people on this island need dialysis three times a week,” she said.", "Morag Pittendreigh", "said", "W"),
         ("“You cannot do that on three boats.”", "Morag Pittendreigh", "said", "")],
        [("What has the operator said?", "", "", "")],
        [("In a statement, Westhaven said the MV Seonag Mhòr would go into dry dock at Port Casmir on 3 November for work on both propeller shafts.", "Westhaven", "said", "W")],
        [("Its managing director, Ewan Strachley, said the company had tried to charter a replacement vessel, but none of the right size was free before March.", "Ewan Strachley", "said", "W")],
        [("“We know how much the island leans on this service, and we are sorry,” he said.", "Ewan Strachley", "said", ""),
         ("“Every sailing we can put back, we will.”", "Ewan Strachley", "said", "")],
        [("The company said it would add freight-only runs on Tuesdays and Fridays so that shop deliveries could continue.", "The company", "said", "W")],
        [("More on this story", "", "", "B")],
        [("Torrasay parents fear for school after string of ferry breakdowns", "", "", "B")],
        [("Published 12 August", "", "", "B")],
        [("Why are so many of Scotland's small ferries past retirement age?", "", "", "B")],
        [("Published 9 June", "", "", "B")],
        [("Transport Minister Fiona Garrabost told AVB Scotland the government had offered the company £1.2m towards the cost of chartering a second boat.", "Fiona Garrabost", "told AVB Scotland", "W")],
        [("She said officials would travel to Torrasay next week to meet islanders.", "Fiona Garrabost", "said", "W")],
        [("The route carried 58,000 passengers in 2025, according to the operator's annual report.", "the operator's annual report", "according to", "W")],
        [("Local MSP Kenneth Ravensdowne said it was the third winter in a row in which the island had lost sailings.", "Kenneth Ravensdowne", "said", "W")],
        [("“People on Torrasay are not asking for a luxury,” he said.", "Kenneth Ravensdowne", "said", ""),
         ("“They are asking for a road.”", "Kenneth Ravensdowne", "said", "")],
        [("Related Topics", "", "", "B")],
        [("Torrasay", "", "", "B")],
        [("Ferry travel", "", "", "B")],
        [("Scottish Government", "", "", "B")],
        [("Top Stories", "", "", "B")],
        [("Energy price cap to rise by 4% in October, regulator confirms", "", "", "B")],
        [("1 hour ago", "", "", "B")],
        [("Firefighters vote to strike over pay offer", "", "", "B")],
        [("2 hours ago", "", "", "B")],
        [("Hospital waiting list falls for third month", "", "", "B")],
        [("4 hours ago", "", "", "B")],
        [("Features", "", "", "B")],
        [("The last lighthouse keeper who still climbs the stairs every day", "", "", "B")],
        [("Can a village buy its own pub? This one just did", "", "", "B")],
        [("Five things to know before you book an island crossing in winter", "", "", "B")],
        [("Terms of Use  About the AVB  Privacy Policy  Cookies  Accessibility Help  Contact the AVB", "", "", "B")],
        [("Copyright © 2026 AVB.", "", "", "B"),
         ("The AVB accepts no responsibility for what appears on other websites.", "", "", "B"),
         ("Find out how we link to other sites.", "", "", "B")],
    ],
    [  # 2. UK regional paper story: brickworks homes approved, image credit in brackets, mid-article newsletter sign-up block
        [("Orrinsby Evening Star", "", "", "B")],
        [("News  Sport  What's On  Property  Jobs  Announcements  Subscribe", "", "", "B")],
        [("Orrinsby News", "", "", "B")],
        [("420 homes on former Hetherwick brickworks approved despite 900 objections", "", "", "W")],
        [("Councillors backed the plan by seven votes to four after a three-hour meeting", "", "", "W")],
        [("By Jamie Renfrey", "", "", "B")],
        [("Council and planning reporter", "", "", "B")],
        [("08:15, 19 FEB 2026", "", "", "B")],
        [("Updated 10:42, 19 FEB 2026", "", "", "B")],
        [("14 Comments", "", "", "B")],
        [("The former brickworks site off Cloverdene Lane has been empty since 2011", "", "", "W"),
         ("(Image: Orrinsby Evening Star)", "", "", "B")],
        [("Plans to build 420 homes on the site of the former Hetherwick brickworks have been approved, despite more than 900 objections from residents.", "", "", "W")],
        [("Orrinsby Borough Council's planning committee voted seven to four in favour of the scheme by Stennings Homes on Wednesday evening (February 18).", "", "", "W")],
        [("The development will include 84 affordable homes, a nursery and a two-acre park, according to the plans.", "the plans", "according to", "W")],
        [("Stennings Homes has also agreed to pay £1.6m towards a new roundabout on the A6122 and extra places at Hetherwick Primary School.", "", "", "W")],
        [("Objectors said the village's roads and its one GP surgery could not cope with around 1,000 more people.", "Objectors", "said", "")],
        [("“Nobody here is against new homes,” said Lorna Baylock, of the Save Hetherwick Fields campaign group.", "Lorna Baylock", "said", ""),
         ("“We are against 420 of them arriving with one road in and one road out.”", "Lorna Baylock", "said", "")],
        [("She told the committee that a survey of 310 households carried out by the group found 87 per cent were opposed to the plan.", "Lorna Baylock", "told the committee", "W")],
        [("Get the day's Orrinsby headlines in your inbox", "", "", "B")],
        [("Our free daily newsletter brings you the stories that matter on your street, every morning at 7am", "", "", "B")],
        [("Your email address", "", "", "B")],
        [("Sign me up", "", "", "B")],
        [("We use your sign-up to send you the emails you chose and to learn which stories you read.", "", "", "B"),
         ("You can unsubscribe whenever you like.", "", "", "B")],
        [("Find out how we look after your information in our Privacy Notice.", "", "", "B")],
        [("Thank you for subscribing!", "", "", "B")],
        [("We have more newsletters", "", "", "B")],
        [("Show me", "", "", "B")],
        [("Something went wrong, please try again later.", "", "", "B")],
        [("Planning officers had recommended approval, saying the site was set aside for housing in the borough's local plan, adopted in 2022.", "Planning officers", "saying", "W")],
        [("Committee chair Cllr Denise Otterburn said the council would probably have lost an appeal if it had turned the application down.", "Denise Otterburn", "said", "")],
        [("“I understand the anger in this room,” she said.", "Denise Otterburn", "said", ""),
         ("“But this land has been earmarked for homes for four years, and the scheme meets every policy we have.”", "Denise Otterburn", "said", "W")],
        [("Gareth Trowell, land director at Stennings Homes, told the meeting that work could start in the autumn, with the first families moving in during 2028.", "Gareth Trowell", "told the meeting", "")],
        [("Advertisement · Scroll to continue", "", "", "B")],
        [("The four councillors who voted against the scheme all represent wards in the east of the borough.", "", "", "W")],
        [("Cllr Yusuf Drumcassie (Ind, Hetherwick and Garthby) said the decision would “tear the heart out” of the village.", "Yusuf Drumcassie", "said", "")],
        [("He said the village had already absorbed 260 new homes since 2019 without a single new classroom.", "Yusuf Drumcassie", "said", "W")],
        [("Save Hetherwick Fields said it was considering asking for a judicial review.", "Save Hetherwick Fields", "said", "")],
        [("READ MORE: Hundreds pack village hall to fight brickworks homes plan", "", "", "B")],
        [("READ MORE: New primary school for Orrinsby gets the green light", "", "", "B")],
        [("Got a story for us?", "", "", "B"),
         ("Email newsdesk@orrinsbystar.co.uk", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Join the conversation - sign in or register to comment", "", "", "B")],
        [("Follow Orrinsby Evening Star", "", "", "B")],
        [("Facebook  X  Instagram", "", "", "B")],
        [("Top Stories", "", "", "B")],
        [("Lorry driver cut free after crash on ring road", "", "", "B")],
        [("Much-loved butcher shuts after 62 years on Market Street", "", "", "B")],
        [("Orrinsby Evening Star is part of Cinderhill Media.", "", "", "B")],
        [("Privacy Notice  Cookie Notice  Terms and Conditions  Contact Us  Advertise With Us", "", "", "B")],
        [("© 2026 Cinderhill Media Ltd", "", "", "B")],
    ],
    [  # 3. US court story: county treasurer indicted by grand jury, according to the indictment, lawyer did not return a call, judge's order
        [("The Sandrock Ledger", "", "", "B")],
        [("Subscribe  |  Sign in", "", "", "B")],
        [("Local  Courts  Crime  Politics  Sports  Obituaries  e-Edition", "", "", "B")],
        [("COURTS", "", "", "B")],
        [("Grand jury indicts Eskerby County treasurer on 14 counts of theft, misconduct", "", "", "W")],
        [("Roberta Skelmore is accused of moving $412,000 in county money into accounts she controlled", "", "", "W")],
        [("Dale Yelland", "", "", "B")],
        [("The Sandrock Ledger", "", "", "B")],
        [("Published 4:12 p.m. CT March 9, 2026  |  Updated 6:40 p.m. CT March 9, 2026", "", "", "B")],
        [("SANDROCK, Mo. — An Eskerby County grand jury on Monday indicted County Treasurer Roberta Skelmore on 14 felony counts, including theft by a public servant and official misconduct.", "", "", "W")],
        [("Skelmore, 58, moved $412,000 from a county reserve account into two private accounts she controlled between January 2023 and August 2025, according to the indictment.", "the indictment", "according to", "W")],
        [("The indictment says she used part of the money to pay off a loan on a lake house and to buy a pickup truck.", "The indictment", "says", "W")],
        [("Count No. 14 accuses her of making false entries in the county ledger to hide the transfers.", "Count No. 14", "accuses", "W")],
        [("Special prosecutor Luis Restrepo-Gant, who was appointed after the county's own prosecuting attorney stepped aside, said the case began with a routine state audit in October.", "Luis Restrepo-Gant", "said", "W")],
        [("“Auditors found deposits that did not match a single county invoice,” Restrepo-Gant said at a news conference on the courthouse steps.", "Luis Restrepo-Gant", "said", "W"),
         ("“Every dollar in this indictment belongs to the taxpayers of this county.”", "Luis Restrepo-Gant", "said", "")],
        [("Prosecutors said Skelmore wrote herself 23 checks from the reserve account, none of them larger than $20,000, the amount above which a second signature is required.", "Prosecutors", "said", "W")],
        [("— ADVERTISEMENT —", "", "", "B")],
        [("Skelmore's attorney, Vernon Aldecott of Carthew City, did not immediately return a call seeking comment Monday.", "Vernon Aldecott", "did not immediately return a call seeking comment", "")],
        [("Skelmore has been treasurer since 2015 and was re-elected without opposition in 2022.", "", "", "W"),
         ("She has not entered a plea.", "", "", "W")],
        [("Circuit Judge Harriet Tebbitt on Monday ordered Skelmore to surrender her passport and barred her from entering the treasurer's office while the case is pending.", "", "", "W")],
        [("Tebbitt set bond at $50,000, and an arraignment is scheduled for March 23.", "", "", "W")],
        [("County Commission Chair Dwayne Ferrisburgh said in a statement that the commission had asked the state auditor's office to review every account the treasurer's office holds.", "Dwayne Ferrisburgh", "said in a statement", "W")],
        [("“The people of Eskerby County deserve to know their money is safe,” Ferrisburgh said.", "Dwayne Ferrisburgh", "said", "")],
        [("He said Chief Deputy Treasurer Anita Kilbrannan would run the office in the meantime.", "Dwayne Ferrisburgh", "said", "W")],
        [("The state auditor's report, released in January, found $530,000 in transfers that could not be explained across three county offices.", "The state auditor's report", "found", "W")],
        [("If convicted on the most serious count, Skelmore faces up to 10 years in prison.", "", "", "W")],
        [("Related", "", "", "B")],
        [("Audit finds ‘serious weaknesses’ in how Eskerby County tracks its money", "", "", "B")],
        [("Treasurer's office closed for two days as state auditors visit", "", "", "B")],
        [("Dale Yelland covers courts and county government for the Ledger.", "", "", "B"),
         ("Reach him at dyelland@sandrockledger.com or 555-0148.", "", "", "B")],
        [("Local news you can count on.", "", "", "B"),
         ("Get six months of digital access for $1.", "", "", "B")],
        [("Start my subscription", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Conversations are moderated.", "", "", "B"),
         ("Keep it civil and stay on topic.", "", "", "B")],
        [("Contact Us  |  Help Center  |  Terms of Service  |  Privacy Policy  |  Do Not Sell or Share My Personal Information", "", "", "B")],
        [("© 2026 The Sandrock Ledger, an Oxenbridge Newspapers company.", "", "", "B"),
         ("Reproduction without permission is prohibited.", "", "", "B")],
    ],
    [  # 4. election-night results live page: precincts-reporting lines, vote tables as lines, entry stamps, candidates' statements
        [("The Calverton Tribune", "", "", "B")],
        [("News  Politics  Elections  Business  Sports  Opinion  Obituaries", "", "", "B")],
        [("DECISION 2026: LINDEN RIDGE", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Linden Ridge election results: Ballinghurst leads mayor's race as Measure T trails", "", "", "W")],
        [("Last updated 11:52 p.m.", "", "", "B")],
        [("By Tribune staff", "", "", "B")],
        [("Results as of 11:48 p.m.  |  142 of 168 precincts reporting (84.5%)", "", "", "B")],
        [("Mayor, City of Linden Ridge", "", "", "B")],
        [("Candidate  Votes  Pct.", "", "", "B")],
        [("Teresa Ballinghurst  31,204  52.8%", "", "", "")],
        [("Marcus Tregowan-Lisle  27,911  47.2%", "", "", "")],
        [("Measure T (half-cent sales tax for transit)", "", "", "B")],
        [("Yes  26,877  45.9%", "", "", "")],
        [("No  31,690  54.1%", "", "", "")],
        [("Results are unofficial until certified by the Tullybrack County Registrar of Voters.", "", "", "B")],
        [("11:52 p.m.", "", "", "B")],
        [("Ballinghurst: ‘We are not popping champagne yet’", "Teresa Ballinghurst", "Ballinghurst:", "")],
        [("Speaking to supporters at the Foundry Hall, Ballinghurst said she was “cautiously confident” but would not claim victory until more mail ballots were counted.", "Teresa Ballinghurst", "said", "")],
        [("“We are up by about 3,300 votes, and the precincts still out are in neighborhoods where we did well in the primary,” she said.", "Teresa Ballinghurst", "said", "W")],
        [("“I'd like to sleep tonight, but I'm not counting on it.”", "Teresa Ballinghurst", "said", "")],
        [("11:31 p.m.", "", "", "B")],
        [("Tregowan-Lisle: ‘This race is far from over’", "Marcus Tregowan-Lisle", "Tregowan-Lisle:", "")],
        [("Tregowan-Lisle told the Tribune by phone that about 18,000 mail ballots were still to be counted countywide.", "Marcus Tregowan-Lisle", "told the Tribune", "W")],
        [("“Late ballots broke our way in 2022, and I expect them to again,” he said.", "Marcus Tregowan-Lisle", "said", "W")],
        [("In a statement released a few minutes later, Tregowan-Lisle's campaign said every ballot should be counted before anyone declared a winner.", "Tregowan-Lisle's campaign", "said", "")],
        [("10:58 p.m.", "", "", "B")],
        [("Measure T falling short with two-thirds of precincts in", "", "", "W")],
        [("The transit tax was trailing by about 9 percentage points with 112 of 168 precincts reporting.", "", "", "W")],
        [("The measure would raise an estimated $38 million a year for bus service and road repairs, according to the city's fiscal analysis.", "the city's fiscal analysis", "according to", "W")],
        [("Colleen Weavers, who ran the Yes on T campaign, said supporters were “disappointed but not done.”", "Colleen Weavers", "said", "")],
        [("Opponents, led by the Linden Ridge Taxpayers League, argued that a sales tax would fall hardest on low-income families.", "Opponents", "argued", "")],
        [("10:15 p.m.", "", "", "B")],
        [("First precinct results are in", "", "", "")],
        [("Early returns showed Ballinghurst ahead by 1,900 votes with 41 precincts reporting.", "", "", "W")],
        [("Turnout so far stands at 38%, according to the registrar's office.", "the registrar's office", "according to", "W")],
        [("8:02 p.m.", "", "", "B")],
        [("Polls have closed in Linden Ridge", "", "", "W")],
        [("Polls closed at 8 p.m.", "", "", "W"),
         ("Anyone who was in line at that time can still cast a ballot.", "", "", "B")],
        [("Welcome to the Tribune's live coverage of election night in Linden Ridge.", "", "", "B"),
         ("Refresh this page for the latest results.", "", "", "B")],
        [("Show earlier posts", "", "", "B")],
        [("How to read these results", "", "", "B")],
        [("Vote totals include ballots cast in person today and mail ballots the registrar received by Monday.", "", "", "B"),
         ("Mail ballots postmarked by Election Day can arrive until next Tuesday.", "", "", "B")],
        [("Sign up for Tribune Politics, our weekly newsletter on city hall and the county", "", "", "B")],
        [("Enter email", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("© 2026 The Calverton Tribune  ·  Terms  ·  Privacy  ·  Cookie settings", "", "", "B")],
    ],
    [  # 5. Q&A with a football coach: bold question lines lost their bold, answers prefixed with the coach's surname
        [("The Sideline Post", "", "", "B")],
        [("Football  Rugby  Cricket  Women's Sport  Grassroots  Podcasts", "", "", "B")],
        [("THE BIG INTERVIEW", "", "", "B")],
        [("Rachel Sudderby: ‘Nobody gave us a chance at Christmas’", "Rachel Sudderby", "Rachel Sudderby:", "")],
        [("The Portbrae Athletic manager on the run of 11 wins in 12 games that kept her side in Division One", "", "", "W")],
        [("Interview by Owain Foxlease", "", "", "B")],
        [("Thursday 7 May 2026", "", "", "B")],
        [("Share on Facebook  Share on X  Copy link", "", "", "B")],
        [("Portbrae Athletic were bottom of Division One at Christmas, seven points from safety, having won two of their first 13 league games.", "", "", "W")],
        [("Five months later they finished ninth, and Sudderby, 41, has been shortlisted for the division's manager of the season award.", "", "", "W")],
        [("The club's chairman, Colin Rudgewick, gave her the job in the summer of 2024 after six years as the under-18s coach.", "", "", "W")],
        [("We met her in the portakabin that serves as her office at the club's training ground in Garthby.", "", "", "")],
        [("The conversation has been condensed and lightly edited.", "", "", "B")],
        [("What changed at Christmas?", "", "", "")],
        [("Sudderby: Honestly, less than people think.", "Rachel Sudderby", "Sudderby:", ""),
         ("We went to a back three, and we moved our fitness sessions to the morning instead of after training.", "Rachel Sudderby", "Sudderby:", "W"),
         ("The players did the rest.", "Rachel Sudderby", "Sudderby:", "")],
        [("You lost your captain, Dani Yelverton, to a knee injury in January.", "", "", "W"),
         ("How did the squad cope?", "", "", "")],
        [("Sudderby: It hurt.", "Rachel Sudderby", "Sudderby:", ""),
         ("Dani had played every minute of every league game for two seasons.", "Rachel Sudderby", "Sudderby:", "W"),
         ("But it meant other people had to find their voice in the dressing room, and they did.", "Rachel Sudderby", "Sudderby:", "")],
        [("Is it true you nearly left in November?", "", "", "")],
        [("Sudderby: I was offered a coaching job at another club, yes.", "Rachel Sudderby", "Sudderby:", "W"),
         ("I said no within about ten minutes.", "Rachel Sudderby", "Sudderby:", ""),
         ("My husband says it was five.", "Rachel Sudderby", "Sudderby:", "")],
        [("Your chairman says the playing budget is £180,000, one of the smallest in the division.", "Colin Rudgewick", "says", "W"),
         ("How do you compete?", "", "", "")],
        [("Sudderby: We recruit players the bigger academies have let go at 18 or 19.", "Rachel Sudderby", "Sudderby:", ""),
         ("Seven of the side that started our last game came to us that way.", "Rachel Sudderby", "Sudderby:", "W"),
         ("They have something to prove, and I like that.", "Rachel Sudderby", "Sudderby:", "")],
        [("Your average home crowd went up from 310 to 540 this season.", "", "", "W"),
         ("Where did those fans come from?", "", "", "")],
        [("Sudderby: Schools, mostly.", "Rachel Sudderby", "Sudderby:", ""),
         ("We gave free tickets to every primary school in the town, and the kids brought their parents.", "Rachel Sudderby", "Sudderby:", "W"),
         ("Then the parents brought their friends.", "Rachel Sudderby", "Sudderby:", "")],
        [("What about next season?", "", "", "")],
        [("Sudderby: We want a top-six finish.", "Rachel Sudderby", "Sudderby:", ""),
         ("I have signed a new two-year contract, so I will be here to have a go at it.", "Rachel Sudderby", "Sudderby:", "W")],
        [("Finally, the award.", "", "", ""),
         ("Does it matter to you?", "", "", "")],
        [("Sudderby: It matters to the players.", "Rachel Sudderby", "Sudderby:", ""),
         ("If I'm honest, I would swap it for the four points we threw away at home in October.", "Rachel Sudderby", "Sudderby:", "")],
        [("The Division One manager of the season will be announced on 21 May.", "", "", "W")],
        [("More big interviews", "", "", "B")],
        [("‘I played through the pain for a year and nobody noticed’", "", "", "B")],
        [("The kit man who has not missed a match since 1998", "", "", "B")],
        [("Get The Sideline Post's Saturday briefing", "", "", "B")],
        [("Team news, fixtures and the best of our writing, free every weekend", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("About us  Contact  Advertise  Privacy  Cookies", "", "", "B")],
        [("© The Sideline Post Ltd 2026", "", "", "B")],
    ],
    [  # 6. entertainment news: festival cancelled after rain, embedded post with counts, Watch: video line, affiliate note
        [("SOUNDCHECK DAILY", "", "", "B")],
        [("News  Music  Film  TV  Festivals  Reviews  Tickets", "", "", "B")],
        [("Festivals", "", "", "B")],
        [("Thistledown Sound cancelled two days before gates open after ‘unsafe’ site warning", "", "", "W")],
        [("Organisers blame a waterlogged site and a late safety ruling, and promise refunds within 30 days", "Organisers", "blame", "W")],
        [("By Tamsin Harlowe", "", "", "B")],
        [("Music news editor", "", "", "B")],
        [("Wed 15 Jul 2026 09:30 BST", "", "", "B")],
        [("Share  ·  Tweet  ·  Email", "", "", "B")],
        [("Thistledown Sound, the three-day festival in Pellington Park that was due to welcome about 35,000 people this weekend, has been cancelled.", "", "", "W")],
        [("Organisers Lumenfield Events announced the decision on Tuesday night, saying the festival's safety advisory group had found parts of the site unsafe after 64mm of rain fell in five days.", "Lumenfield Events", "announced", "W")],
        [("The festival posted this message to fans shortly after 10pm:", "The festival", "posted", "")],
        [("Thistledown Sound", "", "", "B")],
        [("@thistledownsound", "", "", "B")],
        [("It breaks our hearts to tell you that Thistledown Sound 2026 will not go ahead.", "Thistledown Sound", "posted", "W"),
         ("After days of heavy rain, the safety advisory group has told us the arena and campsites cannot be made safe in time.", "Thistledown Sound", "posted", "W"),
         ("Every ticket holder will get a full refund to their original payment method within 30 days.", "Thistledown Sound", "posted", "W"),
         ("We are so sorry. 💔", "Thistledown Sound", "posted", "")],
        [("10:07 PM · Jul 14, 2026", "", "", "B")],
        [("4,812 Reposts   11.3K Likes", "", "", "B")],
        [("Read 2,077 replies", "", "", "B")],
        [("Pellington District Council, which chairs the advisory group, said its members had walked the site on Tuesday morning and found standing water across the main arena and two of the four campsites.", "Pellington District Council", "said", "W")],
        [("A council spokesperson said the group had “no confidence” that the ground would take the weight of emergency vehicles.", "A council spokesperson", "said", "")],
        [("The line-up was headed by Velvet Compass, who were due to play their only UK show of the year on Saturday night.", "", "", "W")],
        [("The band's singer, Ines Marlhurst, wrote on social media that they were “gutted” and would “make it up to Pellington”.", "Ines Marlhurst", "wrote", "")],
        [("Watch: Fans arriving a day early hear the news at Pellington station", "", "", ""),
         ("1:42", "", "", "B")],
        [("Some fans had already set off.", "", "", "")],
        [("Oliver Mensforth, 23, from Grayhollow, said he had spent £410 on his ticket, trains and a hotel.", "Oliver Mensforth", "said", "W")],
        [("“The refund covers the ticket and nothing else,” he said.", "Oliver Mensforth", "said", "W"),
         ("“I've booked a week off work to sit in a hotel room.”", "Oliver Mensforth", "said", "")],
        [("Lumenfield Events said hotel and travel costs were not covered by the refund, but that it was talking to its insurers about what more it could do.", "Lumenfield Events", "said", "W")],
        [("Sponsored content below", "", "", "B")],
        [("It is the second summer in a row that a festival in the county has been called off because of the weather, after Brackenfold Folk Weekend was cancelled in August 2025.", "", "", "W")],
        [("Lumenfield, which has run Thistledown Sound since 2017, said it intended to hold the festival again next year.", "Lumenfield", "said", "")],
        [("Read next", "", "", "B")],
        [("Velvet Compass announce autumn tour with six new dates", "", "", "B")],
        [("The 20 best festivals still to come this summer", "", "", "B")],
        [("Soundcheck Daily is supported by its readers.", "", "", "B"),
         ("When you buy tickets through links on our site, we may earn a commission.", "", "", "B")],
        [("Find tickets for festivals near you", "", "", "B")],
        [("About  Contact  Privacy  Cookie preferences", "", "", "B")],
        [("© Soundcheck Daily Media Ltd 2026", "", "", "B")],
    ],
    [  # 7. city transport status page: line status list (good service, minor delays, part closure) with a signal-failure story under it
        [("Travel Caddenham", "", "", "B")],
        [("Plan a journey  |  Status updates  |  Fares & payments  |  Maps  |  Help", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("Status updates", "", "", "B")],
        [("Now  |  Later today  |  This weekend  |  Planned works", "", "", "B")],
        [("Last updated 08:47 Thursday 12 February", "", "", "B")],
        [("Metro", "", "", "B")],
        [("Kilnside line: Good service", "", "", "")],
        [("Loomhouse line: Part closure", "", "", "W")],
        [("No service between Brenchley Cross and Pitchford Quay because of a signal failure at Brenchley Cross.", "", "", "W"),
         ("Replacement buses are running.", "", "", "W")],
        [("Tickets are being accepted on bus routes 14, 22 and 61.", "", "", "B")],
        [("Tollbridge line: Minor delays", "", "", "W")],
        [("Minor delays while trains are moved back into position after the earlier signal failure at Brenchley Cross.", "", "", "W")],
        [("Cinderhill line: Good service", "", "", "")],
        [("Airport Express: Good service", "", "", "")],
        [("Trams", "", "", "B")],
        [("T1 Harbourside – Caddenham University: Good service", "", "", "")],
        [("T2 Ashpole – Speedwell Green: Minor delays", "", "", "W")],
        [("Buses", "", "", "B")],
        [("Check the status of an individual bus route", "", "", "B")],
        [("Get status alerts by text or email", "", "", "B")],
        [("Latest travel news", "", "", "B")],
        [("Signal failure at Brenchley Cross halts Loomhouse line in morning rush hour", "", "", "W")],
        [("Thursday 12 February 2026, 10:05", "", "", "B")],
        [("Thousands of passengers were held up on Thursday morning after a signal failure stopped trains on part of the Loomhouse line at the height of the morning peak.", "", "", "W")],
        [("The fault was reported at 06:52 at Brenchley Cross, where the line's signals are controlled from a relay room built in 1974, according to Travel Caddenham.", "Travel Caddenham", "according to", "W")],
        [("Trains were suspended between Brenchley Cross and Pitchford Quay, a stretch of six stations used by about 28,000 passengers on a typical weekday morning.", "", "", "W")],
        [("Imogen Parfrey, Travel Caddenham's director of operations, said engineers had found a damaged cable in the relay room and expected to restore a full service by lunchtime.", "Imogen Parfrey", "said", "W")],
        [("“We know this has been a miserable start to the day for a lot of people, and I am sorry,” she said.", "Imogen Parfrey", "said", ""),
         ("“Replacing these signals is the biggest single job in our five-year plan.”", "Imogen Parfrey", "said", "W")],
        [("Passengers described crowded platforms and long queues for replacement buses.", "Passengers", "described", "")],
        [("Staff closed the entrance to Pitchford Quay station for 20 minutes at about 07:40 to stop the platforms becoming overcrowded, Travel Caddenham said.", "Travel Caddenham", "said", "W")],
        [("Bethan Crosswaite, a nurse at Caddenham General Hospital, said she had waited 50 minutes for a bus at Brenchley Cross and was an hour late for her shift.", "Bethan Crosswaite", "said", "W")],
        [("“Nobody on the platform could tell us anything,” she said.", "Bethan Crosswaite", "said", "")],
        [("It is the fourth signal failure on the Loomhouse line since November.", "", "", "W")],
        [("Pete Grimwade, branch secretary of the Metro Staff Union, said drivers had been raising concerns about the Brenchley Cross relay room “for years”.", "Pete Grimwade", "said", "")],
        [("Travel Caddenham said a £46m contract to replace the signalling between Brenchley Cross and Pitchford Quay would be awarded in the summer, with work due to finish in 2029.", "Travel Caddenham", "said", "W")],
        [("Passengers are advised to allow extra time and to check before they travel.", "", "", "B")],
        [("Delayed by 15 minutes or more?", "", "", "B"),
         ("You may be able to claim Delay Refund.", "", "", "B")],
        [("Claim now", "", "", "B")],
        [("Was this page useful?  Yes  No", "", "", "B")],
        [("Travel Caddenham is run by Caddenham Combined Authority.", "", "", "B")],
        [("Accessibility  Privacy  Cookies  Contact us  Open data", "", "", "B")],
        [("© Caddenham Combined Authority 2026", "", "", "B")],
    ],
    [  # 8. earnings-call write-up: outlook cut, consensus miss, transcript excerpt with Operator:, analysts' questions, CFO's answers
        [("THE LEDGERLINE", "", "", "B")],
        [("Markets  Companies  Earnings  Economy  Tech  Opinion", "", "", "B")],
        [("GNST  $41.18  ▼ 6.2%", "", "", "B")],
        [("EARNINGS", "", "", "B")],
        [("Gannetstone Freight cuts full-year outlook as freight rates slump; shares fall 6%", "", "", "W")],
        [("CFO says fuel costs and weaker import volumes will weigh on the second half", "Marisol Ibbotson-Vale", "says", "")],
        [("By Neha Brightling", "", "", "B")],
        [("April 23, 2026 5:48 PM ET", "", "", "B")],
        [("6 min read", "", "", "B")],
        [("Gannetstone Freight Inc. on Thursday cut its full-year profit forecast, saying lower shipping rates and a drop in volumes from importers had hit its trucking and brokerage businesses.", "Gannetstone Freight Inc.", "saying", "W")],
        [("The Ridgewater, Ohio-based company lowered its forecast for 2026 adjusted earnings to $2.10 to $2.30 a share, from $2.60 to $2.85.", "", "", "W")],
        [("First-quarter revenue fell 9% to $1.18 billion, and net income dropped to $31.4 million, or 52 cents a share, from $58.9 million a year earlier.", "", "", "W")],
        [("Analysts polled by Brinkdata had expected revenue of $1.24 billion.", "Analysts polled by Brinkdata", "had expected", "W")],
        [("Shares fell 6.2% to $41.18 in after-hours trading.", "", "", "W")],
        [("On a call with analysts, Chief Executive Howard Bramlage said the company would close four of its 31 cross-dock terminals by September and cut about 600 jobs.", "Howard Bramlage", "said", "W")],
        [("“We are not going to sit and wait for the market to come back to us,” Bramlage said.", "Howard Bramlage", "said", "")],
        [("From the call", "", "", "B")],
        [("The excerpt below has been lightly edited.", "", "", "B")],
        [("Operator: Our next question comes from Priyanka Raghavan-Holt with Ridgecourt Securities.", "", "", "B"),
         ("Please go ahead.", "", "", "B")],
        [("Priyanka Raghavan-Holt: Thanks.", "Priyanka Raghavan-Holt", "Priyanka Raghavan-Holt:", ""),
         ("Marisol, can you walk us through the fuel assumption in the new guide?", "Priyanka Raghavan-Holt", "Priyanka Raghavan-Holt:", "")],
        [("Marisol Ibbotson-Vale: Sure.", "Marisol Ibbotson-Vale", "Marisol Ibbotson-Vale:", ""),
         ("We've assumed diesel averages $4.05 a gallon for the rest of the year, against $3.71 in the first quarter.", "Marisol Ibbotson-Vale", "Marisol Ibbotson-Vale:", "W"),
         ("Every 10 cents on diesel is roughly $6 million of operating income for us on an annual basis.", "Marisol Ibbotson-Vale", "Marisol Ibbotson-Vale:", "W")],
        [("Priyanka Raghavan-Holt: And how much of that can you pass through in surcharges?", "Priyanka Raghavan-Holt", "Priyanka Raghavan-Holt:", "")],
        [("Marisol Ibbotson-Vale: Most of it, over time.", "Marisol Ibbotson-Vale", "Marisol Ibbotson-Vale:", ""),
         ("Our surcharge tables reset weekly, so there's a lag of about three weeks.", "Marisol Ibbotson-Vale", "Marisol Ibbotson-Vale:", "W")],
        [("Operator: Thank you.", "", "", "B"),
         ("Our next question comes from Jonah Feltham with Farrowgate Capital.", "", "", "B")],
        [("Jonah Feltham: Howard, on the terminal closures, what are the one-time costs, and when do the savings show up?", "Jonah Feltham", "Jonah Feltham:", "")],
        [("Howard Bramlage: I'll let Marisol take the numbers.", "Howard Bramlage", "Howard Bramlage:", ""),
         ("Two of the four, at Hollin Gap and Marrick Springs, have already stopped taking new freight.", "Howard Bramlage", "Howard Bramlage:", "W")],
        [("Marisol Ibbotson-Vale: We expect charges of $45 million to $55 million, mostly in the second quarter.", "Marisol Ibbotson-Vale", "Marisol Ibbotson-Vale:", ""),
         ("Savings should reach about $70 million a year once all four are closed.", "Marisol Ibbotson-Vale", "Marisol Ibbotson-Vale:", "")],
        [("Operator: That concludes our question-and-answer session.", "", "", "B")],
        [("Gannetstone also said it would keep its quarterly dividend at 24 cents a share.", "Gannetstone", "said", "W")],
        [("Analysts were split on the plan.", "", "", "")],
        [("Raghavan-Holt wrote in a note to clients after the call that the new guidance still looked “a little hopeful” on fuel.", "Priyanka Raghavan-Holt", "wrote in a note to clients", "")],
        [("Ridgecourt cut its price target on the stock to $44 from $52 and kept its “neutral” rating.", "", "", "W")],
        [("Feltham, whose firm rates the shares “buy”, said the terminal closures were “overdue but sensible.”", "Jonah Feltham", "said", "")],
        [("Gannetstone employs about 14,600 people and operates in 38 states.", "", "", "W")],
        [("More from Earnings", "", "", "B")],
        [("Ottersgill Foods beats forecasts as price rises stick", "", "", "B")],
        [("Chipmaker Vellacor warns of weaker orders from carmakers", "", "", "B")],
        [("Quotes are delayed by a minimum of 15 minutes.", "", "", "B"),
         ("Prices supplied by Tickerfeed.", "", "", "B")],
        [("This article is for information only and is not investment advice.", "", "", "B")],
        [("© 2026 The Ledgerline  ·  Terms  ·  Privacy  ·  Corrections", "", "", "B")],
    ],
    [  # 9. weather live blog: storm, warnings box, entry stamps, readers' photos with credits, closures and power cuts
        [("Fenhaven Gazette", "", "", "B")],
        [("News  Weather  Sport  What's On  Family Notices  Subscribe", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Storm Tybalt live: amber wind warning as 91mph gust hits coast and 12,000 homes lose power", "", "", "W")],
        [("Updates from our newsroom as the storm crosses the county", "", "", "")],
        [("Key events", "", "", "B")],
        [("14:32  Power cuts rise to 12,000 homes", "", "", "B")],
        [("13:20  Gust of 91mph recorded at Saltby Ness", "", "", "B")],
        [("Key events only", "", "", "B")],
        [("Warnings in force", "", "", "B")],
        [("AMBER: Wind  ·  Fenhaven coast, Saltby Ness and Harrowgill  ·  until 21:00 Sunday", "", "", "W")],
        [("Gusts of 70-90mph are likely.", "", "", "B"),
         ("Flying debris could cause injuries and damage buildings.", "", "", "B")],
        [("YELLOW: Rain  ·  Harrowgill and the upper Skirrow valley  ·  06:00 Sunday to 06:00 Monday", "", "", "W")],
        [("Warnings issued by the Coastal Weather Office.", "", "", "B"),
         ("Last checked 14:30.", "", "", "B")],
        [("14:32", "", "", "B")],
        [("Power cuts rise to 12,000 homes", "", "", "W")],
        [("About 12,000 homes across the county are without power, according to the electricity network operator Westgrid Power.", "Westgrid Power", "according to", "W")],
        [("The company said most customers should be reconnected tonight, but some rural homes might have to wait until Monday.", "The company", "said", "")],
        [("Posted by Jude Sandholt", "", "", "B")],
        [("14:10", "", "", "B")],
        [("Your pictures", "", "", "")],
        [("Waves break over the harbour wall at Saltby Ness just after midday.", "", "", ""),
         ("Picture: Janice Wragge", "", "", "B")],
        [("A fallen beech tree across Ferry Lane in Harrowgill.", "", "", ""),
         ("Picture: Tom Bezanson", "", "", "B")],
        [("Send us your photos and videos at pictures@fenhavengazette.co.uk, but please do not put yourself in danger to take them.", "", "", "B")],
        [("13:45", "", "", "B")],
        [("All afternoon ferries from Fenhaven cancelled", "", "", "W")],
        [("Crossmere Ferries has cancelled all sailings from Fenhaven to Skarrholm after 13:00.", "", "", "W")],
        [("A spokeswoman said the company hoped to restart the timetable on Monday morning.", "A spokeswoman", "said", "")],
        [("13:20", "", "", "B")],
        [("Gust of 91mph recorded at Saltby Ness", "", "", "W")],
        [("The Coastal Weather Office says a gust of 91mph was recorded at Saltby Ness lighthouse at 12:50, the strongest gust in the county since 2014.", "The Coastal Weather Office", "says", "W")],
        [("Forecaster Megan Pryddey said the strongest winds would move north-east through the afternoon.", "Megan Pryddey", "said", "")],
        [("“The worst should have passed Fenhaven by about six o'clock, but it will stay very blustery overnight,” she said.", "Megan Pryddey", "said", "")],
        [("12:55", "", "", "B")],
        [("Roads closed by fallen trees", "", "", "W")],
        [("The A1094 coast road is closed between Saltby Ness and Fenhaven because of fallen trees, Eastmarsh County Council said.", "Eastmarsh County Council", "said", "W")],
        [("Fenhaven Bridge is closed to high-sided vehicles.", "", "", "W")],
        [("Police are asking people not to travel unless their journey is essential.", "", "", "B")],
        [("12:30", "", "", "B")],
        [("A man was taken to hospital after part of a shop sign fell on him in Fenhaven High Street, police said.", "police", "said", "W")],
        [("His injuries are not thought to be life-threatening.", "", "", "")],
        [("The council has opened Fenhaven Leisure Centre as a rest centre for people without power, and said it would stay open overnight.", "The council", "said", "W")],
        [("12:05", "", "", "B")],
        [("Good afternoon and welcome to our live coverage of Storm Tybalt as it reaches the county.", "", "", "B")],
        [("The Coastal Weather Office named the storm on Friday, its second of the season.", "", "", "W")],
        [("See older updates", "", "", "B")],
        [("This live page was written by Jude Sandholt and Nadia Quillam, with pictures from Gazette readers.", "", "", "B")],
        [("Share this coverage", "", "", "B")],
        [("Fenhaven Gazette, 4 Quay Street, Fenhaven", "", "", "B")],
        [("Terms  ·  Privacy  ·  Cookies  ·  Complaints", "", "", "B")],
    ],
    [  # 10. county sheriff's office social-media post pasted alone: post text, booking-photo alt text, reactions, comments
        [("Log In", "", "", "B")],
        [("Create new account", "", "", "B")],
        [("Tulleson County Sheriff's Office", "", "", "B")],
        [("2h  ·  🌎", "", "", "B")],
        [("ARREST MADE IN CHURCH BREAK-INS", "", "", "W")],
        [("On Tuesday, March 3, deputies arrested a 34-year-old Chalkridge man in connection with a series of burglaries at four churches in the northern part of the county.", "", "", "W")],
        [("The break-ins happened between January 18 and February 22 at Grace Fellowship of Stoney Fork, St. Cuthman's Catholic Church in Marlin Creek, Hillcrest Baptist Church and New Hope Assembly in Dunnigan.", "", "", "W")],
        [("Investigators linked the cases through surveillance video and a pawn shop transaction in Chalkridge.", "", "", "W")],
        [("Deputies recovered two sound mixing boards, a projector and more than $2,300 in cash taken from offering boxes.", "", "", "W")],
        [("The suspect, Corey Wade Tibbals, has been booked into the Tulleson County Detention Center on four counts of second-degree burglary and one count of felony theft.", "", "", "W"),
         ("His bond has been set at $75,000.", "", "", "W")],
        [("“These are places where people come for peace, and somebody took advantage of that,” said Sheriff Raymond Cottisford.", "Raymond Cottisford", "said", ""),
         ("“I'm proud of the work our investigators put in on this one.”", "Raymond Cottisford", "said", "")],
        [("Thank you to the members of the public who sent in tips and doorbell camera footage.", "", "", "")],
        [("The investigation is ongoing and more charges are possible.", "", "", "")],
        [("Anyone with information is asked to call Investigator Shana Dorsett at 555-0193 or leave a tip on our app.", "", "", "B")],
        [("#TullesonCounty #KeepingYouSafe", "", "", "B")],
        [("May be an image of 1 person and text that says 'TULLESON COUNTY SHERIFF'S OFFICE BOOKING PHOTO'", "", "", "B")],
        [("👍😮❤️ 1.4K", "", "", "B")],
        [("312 comments  208 shares", "", "", "B")],
        [("Like  ·  Comment  ·  Share", "", "", "B")],
        [("Most relevant", "", "", "B")],
        [("Brenda Walcott", "", "", "B")],
        [("Great job deputies!!", "", "", "B"),
         ("Those churches do so much for this community.", "", "", "B")],
        [("2h  Like  Reply  14", "", "", "B")],
        [("Travis Oakhurst", "", "", "B")],
        [("Is this the same guy they picked up last year for the hardware store on Route 9?", "", "", "B"),
         ("Because if it is, somebody needs to explain why he was… See more", "", "", "B")],
        [("1h  Like  Reply", "", "", "B")],
        [("Lupe Carrizales", "", "", "B")],
        [("Ours was one of them.", "", "", "B"),
         ("Thank you for getting our mixing board back in time for Sunday.", "", "", "B")],
        [("1h  Like  Reply  52", "", "", "B")],
        [("Tulleson County Sheriff's Office replied  ·  3 replies", "", "", "B")],
        [("View more comments", "", "", "B")],
        [("Write a comment…", "", "", "B")],
        [("See more from Tulleson County Sheriff's Office", "", "", "B")],
        [("Log in or sign up to see more posts from this page.", "", "", "B")],
        [("Email or phone number", "", "", "B")],
        [("Password", "", "", "B")],
        [("Forgot password?", "", "", "B")],
    ],
    [  # 11. report of a select committee evidence session: chair's questions, witnesses' answers, the committee heard, told MPs
        [("Civic Record", "", "", "B")],
        [("Parliament  Committees  Policy  Data  Newsletters", "", "", "B")],
        [("COMMITTEE REPORT", "", "", "B")],
        [("Keystone benefits system was ‘not fit for launch’, supplier's chief tells MPs", "Yvette Dalgetty", "tells MPs", "W")],
        [("Top civil servant admits £212m project is two years late and over budget", "Malcolm Drewitt", "admits", "W")],
        [("By Harriet Loxley", "", "", "B")],
        [("Tuesday 10 March 2026, 5:05pm", "", "", "B")],
        [("The government's new benefits payment system was “not fit for launch” when ministers approved it in 2024, the chief executive of the company that built it told MPs on Tuesday.", "Yvette Dalgetty", "told MPs", "W")],
        [("Yvette Dalgetty, chief executive of Mirrorfell Systems, told the Public Services Committee that her company had warned the Department for Social Support in writing in May 2024 that the Keystone system needed another nine months of testing.", "Yvette Dalgetty", "told the Public Services Committee", "W")],
        [("“We said clearly, and in writing, that it was not ready,” she said.", "Yvette Dalgetty", "said", "W")],
        [("The committee heard that Keystone, which was meant to replace three older payment systems by April 2025, is now not expected to be fully running until 2027.", "The committee", "heard", "W")],
        [("The committee's chair, Gwen Lanchester, asked Sir Malcolm Drewitt, the department's permanent secretary, why ministers had not been told about the warning.", "Gwen Lanchester", "asked", "")],
        [("“Did anyone in your department actually read that letter?” she asked.", "Gwen Lanchester", "asked", "")],
        [("Sir Malcolm told MPs the letter had been read by the programme's senior officials but had not been passed on to ministers.", "Malcolm Drewitt", "told MPs", "W")],
        [("“That was a mistake, and I have apologised to the Secretary of State for it,” he said.", "Malcolm Drewitt", "said", "W")],
        [("He said the total cost of the project had risen from £138m to £212m.", "Malcolm Drewitt", "said", "W")],
        [("In one exchange, Ms Lanchester pressed him on the dates:", "Gwen Lanchester", "pressed", "")],
        [("Lanchester: When did the letter arrive?", "Gwen Lanchester", "Lanchester:", "")],
        [("Drewitt: On 14 May 2024.", "Malcolm Drewitt", "Drewitt:", "W")],
        [("Lanchester: And ministers approved the launch when?", "Gwen Lanchester", "Lanchester:", "")],
        [("Drewitt: On 2 July.", "Malcolm Drewitt", "Drewitt:", "W"),
         ("I accept the sequence does not look good.", "Malcolm Drewitt", "Drewitt:", "")],
        [("Lanchester: It looks a great deal worse than that, Sir Malcolm.", "Gwen Lanchester", "Lanchester:", "")],
        [("Article continues after this message", "", "", "B")],
        [("About 41,000 claimants had payments delayed by more than a week after Keystone went live in six regions last autumn, according to figures published by the National Audit Board in January.", "figures published by the National Audit Board", "according to", "W")],
        [("Asked by committee member Owen Feldane whether anyone had lost their job, Sir Malcolm said the programme's director had left the department in December, but that it “would not be right” to discuss individual cases.", "Malcolm Drewitt", "said", "W")],
        [("Ms Dalgetty said Mirrorfell had been paid £96m so far and had agreed to fix the remaining faults at its own cost.", "Yvette Dalgetty", "said", "W")],
        [("She rejected Mr Feldane's suggestion that the company had “walked away” once the contract was signed.", "Yvette Dalgetty", "rejected", "")],
        [("“We have 140 engineers working on Keystone today,” she said.", "Yvette Dalgetty", "said", "W")],
        [("Several members said they had heard from constituents who had waited weeks for their first payment.", "Several members", "said", "")],
        [("In a written statement after the session, the department said it was “confident” the system would be fully running by March 2027.", "the department", "said", "")],
        [("The committee will publish its report before the summer recess.", "", "", "W")],
        [("Watch the full session on the Parliament video service", "", "", "B")],
        [("Civic Record follows every select committee hearing.", "", "", "B"),
         ("Sign up to Committee Watch, our free weekly briefing.", "", "", "B")],
        [("Your email", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Related", "", "", "B")],
        [("Keystone: the benefits system that was meant to cost £138m", "", "", "B")],
        [("Claimants wait up to five weeks as new payment system stalls", "", "", "B")],
        [("Civic Record is published by Wetherly Media.", "", "", "B")],
        [("About  Contact  Privacy  Terms", "", "", "B")],
    ],
    [  # 12. farming paper's weekly mart report: hogg, cast ewe and store cattle prices as lines, pence per kg, auctioneer's comments
        [("Fell & Dale Farmer", "", "", "B")],
        [("News  Markets  Livestock  Machinery  Rural Life  Classifieds  Subscribe", "", "", "B")],
        [("MARKETS", "", "", "B")],
        [("Hoggs top 312p/kg at Cragsfoot as Easter demand lifts trade", "", "", "W")],
        [("Elspeth Hardcastle-Ngata", "", "", "B")],
        [("Monday 23 March 2026", "", "", "B")],
        [("Cragsfoot Auction Mart sold 2,846 prime hoggs on Saturday, 412 more than at the same sale last year, at an overall average of 286.4p/kg.", "", "", "W")],
        [("That was up 18.2p on the week and the highest March average at the mart since it began keeping records in 2009, according to the mart's own figures.", "the mart's own figures", "according to", "W")],
        [("Auctioneer Alasdair Rennison said butchers' buying ahead of Easter and a shortage of well-finished sheep had pushed prices up.", "Alasdair Rennison", "said", "")],
        [("“Anything well fleshed and under 45kg was flying,” he said.", "Alasdair Rennison", "said", ""),
         ("“Heavy, overfat sheep were harder to place, and some were 20p to 30p behind the best.”", "Alasdair Rennison", "said", "W")],
        [("The top price of 312p/kg was paid for a pen of Beltex crosses from J. and A. Moorhouse of Blackrigg.", "", "", "W")],
        [("Prime hoggs", "", "", "B")],
        [("Prices in pence per kg", "", "", "B")],
        [("Weight band  Top  Average", "", "", "B")],
        [("Standard (32.1-39kg)  312p  291.8p", "", "", "")],
        [("Medium (39.1-45.5kg)  304p  288.2p", "", "", "")],
        [("Heavy (45.6-52kg)  276p  262.5p", "", "", "")],
        [("Overweight (52kg+)  248p  231.0p", "", "", "")],
        [("SQQ average  286.4p", "", "", "")],
        [("Leading prices per head", "", "", "B")],
        [("Texel x  £148  Low Sowerthwaite", "", "", "")],
        [("Beltex x  £141  Blackrigg", "", "", "")],
        [("Mule  £126  Gillbeck Farm", "", "", "")],
        [("Cast ewes", "", "", "")],
        [("A smaller show of 614 cast ewes sold to £196 for a Texel and averaged £118.40 a head.", "", "", "W")],
        [("Mr Rennison said the ewe trade was “steady rather than spectacular”, with buyers for the export trade taking most of the heavier sheep.", "Alasdair Rennison", "said", "")],
        [("Cast ewes", "", "", "B")],
        [("Prices in £ per head", "", "", "B")],
        [("Breed  Top  Average", "", "", "B")],
        [("Texel  £196  £141.20", "", "", "")],
        [("Mule  £152  £112.60", "", "", "")],
        [("Blackface  £118  £84.30", "", "", "")],
        [("Store cattle", "", "", "")],
        [("There were 188 store cattle forward, with bullocks averaging 318p/kg and heifers 296p/kg.", "", "", "W")],
        [("A Limousin cross bullock from Nether Cragsfoot made the day's top price of £1,720.", "", "", "W")],
        [("Hugh Threapland, who sold 64 hoggs from Pennymoor, said the rise in prices was “only just keeping us level”.", "Hugh Threapland", "said", "")],
        [("He said his feed bill had gone up by £3,400 since October.", "Hugh Threapland", "said", "W")],
        [("The national average for hoggs last week was 274.6p/kg, according to the Livestock Prices Board.", "the Livestock Prices Board", "according to", "W")],
        [("The next prime sale at Cragsfoot is on Saturday 28 March.", "", "", "W"),
         ("Entries close at 4pm on Thursday; contact the mart office on 01539 555 0172.", "", "", "B")],
        [("Market reports are compiled from figures supplied by the auction marts.", "", "", "B")],
        [("More market reports", "", "", "B")],
        [("Store lambs meet keen trade at Ullerby", "", "", "B")],
        [("Dairy cows average £1,860 at spring show and sale", "", "", "B")],
        [("Classified", "", "", "B")],
        [("Texel shearling tups for sale, home-bred, scanned, £650 each.", "", "", "B"),
         ("Call 07700 555 318.", "", "", "B")],
        [("Fell & Dale Farmer  ·  Terms  ·  Privacy  ·  Advertise  ·  Contact", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- US court copy: state abbreviation in a dateline, numbered counts ----------------------------
    ("n21-mo-dateline", "SANDROCK, Mo. — A grand jury on Monday indicted the county treasurer. She has not entered a plea.",
     ["SANDROCK, Mo. — A grand jury on Monday indicted the county treasurer.", "She has not entered a plea."]),
    ("n21-count-no", "Count No. 14 accuses her of false ledger entries. Count No. 15 was dropped.",
     ["Count No. 14 accuses her of false ledger entries.", "Count No. 15 was dropped."]),
    # --- election night: p.m. before a capital, result rows, stamps and entry headlines ---------------
    ("n21-polls-pm-end", "Polls closed at 8 p.m. Anyone who was in line at that time can still cast a ballot.",
     ["Polls closed at 8 p.m.", "Anyone who was in line at that time can still cast a ballot."]),
    ("n21-vote-rows", "Candidate  Votes  Pct.\nTeresa Ballinghurst  31,204  52.8%\nMarcus Tregowan-Lisle  27,911  47.2%",
     ["Candidate  Votes  Pct.", "Teresa Ballinghurst  31,204  52.8%", "Marcus Tregowan-Lisle  27,911  47.2%"]),
    ("n21-stamp-entry-headline", "11:52 p.m.\nBallinghurst: ‘We are not popping champagne yet’\nSpeaking to supporters, Ballinghurst said she was “cautiously confident.”",
     ["11:52 p.m.", "Ballinghurst: ‘We are not popping champagne yet’", "Speaking to supporters, Ballinghurst said she was “cautiously confident.”"]),
    # --- Q&A and call transcripts: name prefixes and the operator's turns -----------------------------
    ("n21-surname-prefix-turn", "Sudderby: It hurt. Dani had played every minute of every league game for two seasons.",
     ["Sudderby: It hurt.", "Dani had played every minute of every league game for two seasons."]),
    ("n21-operator-label", "Operator: Thank you. Our next question comes from Jonah Feltham with Farrowgate Capital.",
     ["Operator: Thank you.", "Our next question comes from Jonah Feltham with Farrowgate Capital."]),
    ("n21-ohio-based-inc", "Gannetstone Freight Inc. is a Ridgewater, Ohio-based company. It operates in 38 states.",
     ["Gannetstone Freight Inc. is a Ridgewater, Ohio-based company.", "It operates in 38 states."]),
    # --- mart reports: pence per kilo, initials of vendors, price rows ---------------------------------
    ("n21-pence-per-kg", "Hoggs averaged 286.4p/kg. The top price was 312p.",
     ["Hoggs averaged 286.4p/kg.", "The top price was 312p."]),
    ("n21-initials-vendor", "The top price was paid for Beltex crosses from J. and A. Moorhouse of Blackrigg. They sold 40 hoggs.",
     ["The top price was paid for Beltex crosses from J. and A. Moorhouse of Blackrigg.", "They sold 40 hoggs."]),
    # --- status lists, related lists and relative times -----------------------------------------------
    ("n21-line-status-list", "Kilnside line: Good service\nLoomhouse line: Part closure\nNo service between Brenchley Cross and Pitchford Quay because of a signal failure. Replacement buses are running.",
     ["Kilnside line: Good service", "Loomhouse line: Part closure", "No service between Brenchley Cross and Pitchford Quay because of a signal failure.", "Replacement buses are running."]),
    ("n21-relative-times", "Top Stories\nFirefighters vote to strike over pay offer\n2 hours ago\nHospital waiting list falls for third month\n4 hours ago",
     ["Top Stories", "Firefighters vote to strike over pay offer", "2 hours ago", "Hospital waiting list falls for third month", "4 hours ago"]),
    # --- committee reports: titles without a full stop, a question inside a quote ---------------------
    ("n21-sir-title-mid", "Sir Malcolm told MPs the letter had been read. He said it was not passed on.",
     ["Sir Malcolm told MPs the letter had been read.", "He said it was not passed on."]),
    ("n21-q-quote-asked", "“Did anyone in your department actually read that letter?” she asked. Sir Malcolm said they had.",
     ["“Did anyone in your department actually read that letter?” she asked.", "Sir Malcolm said they had."]),
    # --- social posts: St. before a name, truncation, reactions ---------------------------------------
    ("n21-st-church", "The break-ins were at St. Cuthman's Catholic Church and Hillcrest Baptist Church. Deputies recovered a projector.",
     ["The break-ins were at St. Cuthman's Catholic Church and Hillcrest Baptist Church.", "Deputies recovered a projector."]),
    ("n21-see-more-truncation", "Is this the same guy they picked up last year? Because if it is, somebody needs to explain why he was… See more",
     ["Is this the same guy they picked up last year?", "Because if it is, somebody needs to explain why he was… See more"]),
    ("n21-post-emoji-time", "We are so sorry. 💔\n10:07 PM · Jul 14, 2026\n4,812 Reposts   11.3K Likes",
     ["We are so sorry. 💔", "10:07 PM · Jul 14, 2026", "4,812 Reposts   11.3K Likes"]),
    # --- newsletter blocks, caption credits and warning boxes -----------------------------------------
    ("n21-newsletter-lines", "Thank you for subscribing!\nWe have more newsletters\nShow me",
     ["Thank you for subscribing!", "We have more newsletters", "Show me"]),
    ("n21-image-credit-bracket", "The former brickworks site off Cloverdene Lane has been empty since 2011 (Image: Orrinsby Evening Star)",
     ["The former brickworks site off Cloverdene Lane has been empty since 2011", "(Image: Orrinsby Evening Star)"]),
    ("n21-warning-level-advice", "AMBER: Wind  ·  Fenhaven coast, Saltby Ness and Harrowgill  ·  until 21:00 Sunday\nGusts of 70-90mph are likely. Flying debris could cause injuries.",
     ["AMBER: Wind  ·  Fenhaven coast, Saltby Ness and Harrowgill  ·  until 21:00 Sunday", "Gusts of 70-90mph are likely.", "Flying debris could cause injuries."]),
]  # fmt: skip
