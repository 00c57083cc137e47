"""Twentieth set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13, before any rule was tuned on them and without looking at the
engine's code or output (neither `claimreview/` nor the scorer's results were opened, and no test,
scorer or engine was run; only an import of this file was tried, to check its structure): every
person, place, organisation, outlet, company, party, team, product and number is invented (a few
countries, US states, real cities named only as places, currencies, units and time zones appear
only as places and units), and no surname, town or outlet of any file under `tests/` is reused
(each was checked with grep over the whole `tests/` tree; first names and the common halves of some
double-barrelled surnames recur). Each page is a WHOLE
page, head to tail, as a new user pastes it as plain text after selecting all in a browser, so
every furniture line is a paragraph of its own. The twelve pages are: a US metro paper's transit
story with advertisement breaks, gift-article buttons and a "Most popular" list; an Australian news
site's festival story built around embedded social posts; a regional paper's flood photo gallery;
a US paper's school-district story with an editor's note at the top and a correction at the foot; a
dairy cooperative's press release on its own newsroom page; an independent local journalist's post
on a newsletter platform; a regional paper's letters page; a football match preview with team
news, predicted line-ups and a betting box; a "what we know so far" explainer on an industrial fire
with a timeline; a regional paper's story pasted from a print-to-PDF view; a health feature with
"Key takeaways" and numbered sources; and a US wire story with "___" separators. The three things
they stress are (1) furniture of every kind worded afresh, at the head, in the middle and at the
tail ("Advertisement" and "Story continues below advertisement" lines between paragraphs, gift
buttons, listen lines, "Most popular" numbers, embed display names, handle-and-date lines, "View
this post on ...", like and repost counts, gallery counters, "Expand", "Next image", "Replay
gallery", editor's notes, corrections, release headers, "About ..." and forward-looking
paragraphs, media contacts, "###", newsletter subscribe boxes, like and comment counts, paid
prompts, footnotes, letter sign-offs, a "Write to us" box, match-details boxes, odds boxes,
affiliate and gambling-help lines, timelines with times, advice boxes, print-view URL-and-date
lines and "Page N of 3" lines, "Key takeaways", numbered journal references, "___" separators,
contributor lines and "Follow ... at" lines); (2) who is speaking (posts with the account holder as
speaker, lead-ins with "posted", a handle quoted in prose, "told the board", "said in response",
"said in closing arguments", "told jurors", "argued", "confirmed", "rejected", "called", "noted",
"found" for an analysis, "according to" with data, records and budget papers, "did not respond",
"declined to comment", "the company", "the band", "The fire service", a letter writer who cites
figures, a sentence whose cue falls after a page break); (3) honest check-worthiness, with many
ordinary borderline sentences of both kinds. `STYLES` names the site and the story of each page, in
order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new19.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels and "Story continues below ..." "B" with
the story after them labelled as before; captions by content and credits "B"; standfirsts, deks
and subheads labelled like headlines, question and topic subheads ""; kickers, mastheads, widgets,
polls, tickers and share strips "B"; fact-box headings "B" with their lines by content; a timeline
sidebar's heading "B" and each dated entry by content; "What we don't know yet" "B" with its
bullets ""; related lists, "Most read" numbers and headlines, author bios, comment furniture and
readers' comments "B"; reader-service lines and advice to readers "B", advice spoken by a quoted
official keeping its speaker with flags ""; release headers, "About ..." paragraphs, safe-harbor
paragraphs, media contacts and "###" "B", a release's own text without a speaker; embedded posts
with the account holder as speaker and the cue "posted", display name, handle, date, "View on ..."
and counts "B", a lead-in carrying the account holder as written with "posted" and flags "";
blog-platform and newsletter counts, "Share", subscribe boxes and footnote lists "B", a footnote
marker staying part of its sentence, the writer's own statements without a speaker; journal
references and numbered sources one "B" sentence each; health review lines "B"; "..., study finds"
carrying "study"; line-ups "", score and fixture lines "W", referee lines ""; update notes that only
say what was added "B", corrections that state a fact "W"; plans, votes and fixtures "W",
forecasts ""; titles, honorifics and role words dropped from speakers; a pronoun, a later surname
or a role noun resolved to the full name as first given; "the company", "the council", "the
district" and the like kept as written; "declined to comment", "did not respond" and their kin
labelled like speech with flags ""; what a court, jury, board or committee DID carries no speaker;
glued furniture items without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A US metro paper: the gift buttons ("Give this article", "Share a gift link") and the line that
  explains the offer ("Gift this article: subscribers can share 10 articles a month ...") are "B",
  like share strips and paywall lines; "6 min · Listen" is "B", like an audio player; "Most popular"
  and each number and headline under it are "B"; a varied advertisement label ("Article continues
  below this ad") is "B" like "Story continues below advertisement". The schedule section under a
  topic subhead ("What changes on Aug. 16") states the decisions of record, "W", while the line
  telling riders where to look up schedules is reader service, "B". "Dozens of riders told the
  board" keeps the group as written with the cue "told the board"; "a Courant analysis of census
  data found" keeps the analysis as written with "found".
* Embedded posts: "View this post on Skein" is "B" like "View on ..."; a handle and date glued on
  one line ("@WyndaraPolice · Feb 15") is ONE "B" sentence; an emoji after a post's last full stop
  stays part of that sentence ("Thinking of everyone who got hurt. 💔" is one sentence, ""). A
  lead-in whose subject is a role noun ("the band posted its own account") keeps it as written, like
  "the company"; a reported post in prose ("... posted on Sunday morning that she had asked ...")
  carries the person with the cue "posted" and is labelled by content. A festival-goer quoted by
  handle in prose keeps the handle as written with "wrote".
* A photo gallery: the "N of 12" counters, "Expand", "Next image", "Replay gallery", "Share this
  gallery" and the "Photographs by ..." line are "B"; each caption is labelled by content (a scene
  "", a stated record, closure or count "W"), its credit on its own line "B", a reader's picture
  credit included.
* An editor's note at the TOP that only says what was added ("Editor's note: This story has been
  updated to include a statement ...") is "B", as a bare update note is anywhere; the "Correction:"
  at the foot that gives the right figure is "W", and when it names the source of the figure
  ("according to the district") the source is its speaker, kept as written. "Do you have a student
  affected by this?" and the email line under it are a reader appeal, "B"; "said in response" is a
  cue as written.
* A company's own newsroom page: the site menu, "Newsroom › Press Releases", "PRESS RELEASE", the
  date line, "Download the site plan (PDF, ...)", "Related releases" with each dated item, "Back to
  Newsroom" and the footer are "B". What the release says the company will do is a plan, "W"; "The
  cooperative expects the plant to open in ..." is a forecast, "", with "The cooperative" as written
  and the cue "expects".
* A newsletter-platform post: the publication name, "Subscribe", "Sign in", the author and date
  lines, the bare like and comment numbers, "Share", the greeting ("Good morning, Brassford."), the
  mid-post subscribe box ("Thanks for reading ...!", "Type your email…", "Subscribe"), the paid
  prompt and "Upgrade to paid", "Leave a comment", each footnote number and footnote, "Discussion
  about this post", the comment (author, date, text, "Reply"), the footer, "Start writing", "Get the
  app" and the platform's tagline are "B". A headline in two sentences ("The city paid a parking
  consultant $412,000. Here's what it got.") is two sentences, the teaser "". The writer's own
  reporting act ("I asked for those memos.") is "" with no speaker; what the records showed is "W";
  "according to payment records I obtained ..." keeps the records as written; "told me" is the cue
  of whoever told the writer.
* A letters page: each letter's headline is labelled like a headline (an opinion ""); the letter
  writer's own statements carry no speaker, like a columnist's (figures and facts "W", opinions,
  wishes and rhetorical questions ""), even when the writer holds an office; a document or data the
  writer cites carries it as written ("The council's own counters show", "several traders who say");
  personal accounts of the writer's own life (a collapse, a nurse's kindness, a husband's
  appointments) are "", like family memories. The name-and-town line (and an official's name, role
  and body line) is a signature, "B"; "Editor's note:" under a letter that states a fact ("The
  council's budget papers put the cost ... at £41,500.") is "W" with the document as speaker and the
  cue "put". The "Write to us" box, "More letters" with its items, the page's date line and the
  company-registration line are "B".
* A match preview: the affiliate disclosure is "B"; "Match details" is a fact-box heading, "B", with
  "Kick-off:" and "Venue:" lines "W" (a fixture of record), the "Referee:" line "" and the "TV:"
  line "B" (a listing for readers, like a ticket box); "Team news" and the team names under it are
  topic subheads, ""; "Out:", "Doubtful:" and "Returning:" lines state injuries and suspensions and
  are "W", "Doubtful: none" included; predicted line-ups are "" (data, and forecasts besides); the
  form line is a data row, ""; head-to-head sentences are "W". The odds box is "B" line by line: its
  heading, the odds lines, the market lines, "Bet now with ...", the offer and its terms, "Odds
  correct at time of publication ..." and the age and gambling-help lines. The writer's verdict is
  "" (a judgement or forecast), "Our prediction" is a topic subhead, "", and the predicted score
  ("Prediction: ... 2-1 ...") is "", unlike a score of record. "Corrowmere head coach X confirmed"
  has the cue "confirmed".
* A "what we know so far" explainer: the headline ("Gorsedene fire: the key facts so far") is a
  topic, ""; "Here is what has been confirmed so far." is "B"; the "Timeline" heading is "B" and
  each bullet with its time glued on ("• 01:52 – The first fire engines arrive; ...") is ONE
  sentence labelled by content, "W" for a timed event, with "The fire service says" inside a bullet
  kept as written; the definition of thermal runaway is "", the causal claim after it "W". "Advice
  for residents" and its lines are "B", the helpline included; the video card of this story is
  labelled like a caption (its title by content, the running time "B").
* A print-to-PDF paste: the browser's running line (URL and print date) and each "Page N of 3" line
  are "B", as is the "Printed from ..." line at the head. A sentence cut by a page break is labelled
  fragment by fragment (no sentence runs across a paragraph break), and EVERY fragment carries the
  whole sentence's speaker, cue and flag, as the paragraphs of a quote carry a cue that comes only
  in the last one ("Hauliers say the ban will force lorries ... onto a" and "14-mile detour through
  ..., adding about 25 minutes to each journey." are both "Hauliers", "say", "W").
* A health feature: the "Key takeaways" heading is "B" and its bullets are labelled by content; a
  bullet that only says the study cannot prove cause is a generic caveat, "", while a checkable
  limitation stated by an expert ("97% of the participants were retired ...") is "W". "researchers
  reported this month in the Journal of ..." keeps "researchers" with the cue "reported"; an earlier
  analysis cited in the text ("A 2019 analysis of 11 studies found") is a source as written. The
  "how to nap" advice is advice to readers, "B"; the sourcing-policy line above the sources, each
  numbered reference, the funding line and the disclaimer are "B".
* A US wire story: "___" on its own line is "B", like a section-break ornament; the capitals byline
  ("By NAME and NAME"), "Tributary Press writers ... contributed to this report." and "Follow ... at
  https://..." are "B"; the capitals dateline with the agency tag ("MERRIDALE, Ky. (TP) —") is part
  of the first sentence. "Jurors found" carries "Jurors" with the cue "found" (a finding, like "the
  panel found"); "Residents' lawyers told jurors" and "Corvantis's lawyers argued" keep the group as
  written; "said in closing arguments" is a cue as written; what the judge scheduled carries no
  speaker and is "W". "Corvantis said it would appeal." is a plan of record, "W".

`CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metro newspaper, transit board cuts 14 bus routes (skip link, masthead, subscribe offer, section nav, kicker, gift buttons and gift line, listen line, caption with credit in brackets, Advertisement and Story continues below advertisement between paragraphs, state senator D-City, chief executive told reporters, analysis of census data found, topic subhead with schedule lines, reader-service line, author bio, comments count, Most popular numbers, footer)",
    "Australian news site, festival day cancelled after fence collapse (section nav, kicker, embedded posts from organiser, police and band with display names, handles, dates, View this post on Skein and counts, lead-ins with posted, handle quoted in prose, director told the Post, contractor did not respond, MP posted, refund reader-service line, related stories, topics, footer)",
    "regional paper's flood photo gallery (masthead, nav, headline and standfirst, byline and photographs-by line, share line, short story with fire service and flood service, area manager's quote, rest centre and helpline, 12 gallery slides with N of 12 counters, Expand, Next image, captions by content, agency, reader and handout credits, Replay gallery, more galleries, footer)",
    "US regional paper, high school seniors short of credits (editor's note at top, standfirst with district blames, double byline, updated line, share strip, superintendent told the board, spokeswoman, parent, university said in an email, board member asked, said in response, teachers' association, vendor did not respond, state data, reader appeal, Correction at foot, author bios, read next, footer)",
    "dairy cooperative's press release on its own newsroom page (site nav, breadcrumb, PRESS RELEASE label, date line, headline and subheadline, dateline lead, CEO and mayor quotes with said, board member farmer, financing, cooperative expects, job-seekers line, About heading and paragraph, Forward-Looking Statements, media contact lines, ###, PDF link, related releases, footer)",
    "independent local journalist's newsletter-platform post, parking consultant's contract (publication name, Subscribe/Sign in, two-sentence headline, subtitle, author and date, like and comment counts, greeting, footnote markers, payment records, city charter, subscribe box mid-post, city manager said in an email and wrote, council member told me, firm declined to comment, paid prompt, Leave a comment, footnotes, discussion and comment, platform footer)",
    "regional paper's letters page (masthead, nav, breadcrumb, page title and date, six letters with headlines, writers' own figures and opinions, council counters and budget papers as sources, traders' association chair and cabinet member writing, name-and-town sign-offs, Editor's note with a fact, Write to us box, more letters, registration line)",
    "football match preview with team news and odds (site nav, affiliate disclosure, Match details box with kick-off, venue, referee and TV lines, manager told reporters, head coach confirmed, Team news with Out/Doubtful/Returning lists, predicted line-ups, head to head, form line, odds box with markets, offer and terms, Odds correct at time of publication, Our prediction, 18+ and gambling-help line, more previews)",
    "national news site's what-we-know explainer on a battery recycling plant fire (nav, topic headline, standfirst, updated line, Here is what has been confirmed so far, question subheads, fire service said, Timeline with timed bullets, The fire service says inside a bullet, definition and causal claim, environment office said, advice box, records show, managing director in a statement, council leader, What we don't know yet, video card, related, footer)",
    "regional paper's story pasted from a print-to-PDF view, bridge weight limit (browser running line with URL and date, Page N of 3 lines, Printed from line, masthead, caption and credit, committee vote, report to the committee, county engineer told councillors, a sentence cut by a page break, haulier, freight alliance, committee chair, councillor for a ward, council spokesperson, chamber of commerce called, Read more line, copyright)",
    "health site feature on naps and blood pressure (nav, section label, study finds headline, written-by and medically-reviewed-by lines, Key takeaways box, citation markers, lead author said, study found, earlier analysis found, outside cardiologist called and noted, how-to subhead with advice to readers, funding line, helpful widget, sourcing policy, numbered journal references, disclaimer, related articles)",
    "US wire story on a jury verdict over contaminated wells (wire site nav, capitals byline, updated line, capitals dateline with agency tag, Jurors found, company said in a statement, lawyers told jurors, said in closing arguments, mayor, resident, ___ separators, lawyers argued, annual report, judge scheduled, contributors line, Follow at line, copyright sentences, more from the wire)",
]

ARTICLES = [
    [  # 1. US metro newspaper: transit cuts, advertisement breaks, gift buttons, Most popular
        [("Skip to main content", "", "", "B")],
        [("The Delvaine Courant", "", "", "B")],
        [("Subscribe  $1 for 6 months     Sign in", "", "", "B")],
        [("Metro   Politics   Business   Sports   Opinion   Food   Obituaries   E-edition", "", "", "B")],
        [("Metro | Transportation", "", "", "B")],
        [("Transit board votes to cut 14 bus routes as $61 million deficit looms", "", "", "W")],
        [("Service changes take effect Aug. 16 after a four-hour meeting at which more than 200 riders and drivers signed up to speak", "", "", "W")],
        [("By Renata Szczepaniak-Hale", "", "", "B")],
        [("Updated June 11, 2026 at 10:14 p.m. EDT | Published June 11, 2026 at 6:02 p.m. EDT", "", "", "B")],
        [("Give this article", "", "", "B")],
        [("6 min  ·  Listen", "", "", "B")],
        [("Riders board a No. 22 bus at the Lattimer Street transfer center on Wednesday.", "", "", ""),
         ("The route is among those the board voted to eliminate.", "", "", "W"),
         ("(Tomasz Breedlove/The Delvaine Courant)", "", "", "B")],
        [("The board of the Delvaine Regional Transit Authority voted 6-3 on Wednesday night to eliminate 14 bus routes and reduce service on 21 others, the deepest cuts in the agency's 52-year history.", "", "", "W")],
        [("The changes will save about $38 million a year, according to the authority's budget office, leaving a gap of about $23 million that the board must close before the fiscal year that begins July 1, 2027.", "the authority's budget office", "according to", "W")],
        [("Advertisement", "", "", "B")],
        [("More than 200 people signed up to speak at the meeting, which began at 6 p.m. and ran until almost 10.", "", "", "W")],
        [("Dozens of riders told the board the cuts would leave them without a way to get to work, to school or to the doctor.", "Dozens of riders", "told the board", "")],
        [("“I have taken the 31 to the hospital laundry every morning for nine years,” said Odalys Ferrufino-Quist, 58, who lives in the Hartsell neighborhood.", "Odalys Ferrufino-Quist", "said", ""),
         ("“After August there is no 31, and nobody on this board has told me how I get there.”", "Odalys Ferrufino-Quist", "said", "")],
        [("Story continues below advertisement", "", "", "B")],
        [("Lamont Bisaillon, the authority's chief executive, said the agency had run out of good options.", "Lamont Bisaillon", "said", "")],
        [("Federal pandemic relief money that kept buses running at full service since 2021 ran out in March, and fare revenue is still 27% below its 2019 level, he said.", "Lamont Bisaillon", "said", "W")],
        [("“We are not cutting service because we want to,” Bisaillon told reporters after the vote.", "Lamont Bisaillon", "told reporters", ""),
         ("“We are cutting it because the money we were promised by the state has not arrived.”", "Lamont Bisaillon", "told reporters", "W")],
        [("State Sen. Patrice Vanderhoeven, D-Delvaine, who chairs the Senate transportation committee, rejected that account.", "Patrice Vanderhoeven", "rejected", "")],
        [("The legislature approved $19 million for the authority in its 2025 budget, and the first $9.5 million was paid in January, she said in a statement.", "Patrice Vanderhoeven", "said in a statement", "W")],
        [("“The authority has known for two years that this cliff was coming,” Vanderhoeven said.", "Patrice Vanderhoeven", "said", "")],
        [("Advertisement", "", "", "B")],
        [("The 14 routes being eliminated carry about 11,400 riders on an average weekday, about 9% of the system's total, according to the authority's ridership data.", "the authority's ridership data", "according to", "W")],
        [("Eight of them run through neighborhoods where more than a third of households do not own a car, a Courant analysis of census data found.", "a Courant analysis of census data", "found", "W")],
        [("Board member Inés Galvao-Strode, one of the three members who voted no, said the board should have spent reserves before it cut a single route.", "Inés Galvao-Strode", "said", "")],
        [("The authority holds $44 million in reserve, and board policy allows it to go as low as $30 million, she said.", "Inés Galvao-Strode", "said", "W")],
        [("“We are balancing this budget on the backs of the people who clean our offices at night,” she said.", "Inés Galvao-Strode", "said", "")],
        [("Board Chair Wendell Akinyemi-Roarke said spending reserves would only delay the cuts by a year.", "Wendell Akinyemi-Roarke", "said", "")],
        [("The drivers' union, United Bus Operators Local 1187, said the cuts would eliminate about 160 driver positions.", "United Bus Operators Local 1187", "said", "W")],
        [("The authority said it would handle most of the reductions through retirements and unfilled vacancies, and that no more than 25 drivers would be laid off.", "The authority", "said", "W")],
        [("Gift this article: subscribers can share 10 articles a month with anyone, no subscription required.", "", "", "B")],
        [("What changes on Aug. 16", "", "", "")],
        [("Routes 4, 9, 17, 22, 31, 38, 40, 52, 55, 61, 63, 70, 74 and 88 will run for the last time on Aug. 15.", "", "", "W")],
        [("Buses on the Red and Gold rapid lines will run every 15 minutes on weekdays instead of every 10.", "", "", "W")],
        [("Sunday service will end at 9 p.m. on every route.", "", "", "W")],
        [("The authority will hold three community meetings on the changes in July, the first on July 8 at the Wrangham branch library.", "", "", "W")],
        [("Riders can look up the new schedules at delvainetransit.example/changes or call 311 for help planning a trip.", "", "", "B")],
        [("Article continues below this ad", "", "", "B")],
        [("Mayor Corliss Abimbola-Vance, who appoints four of the board's nine members, said she was “deeply disappointed” by the vote.", "Corliss Abimbola-Vance", "said", "")],
        [("She said she would ask the City Council next week for $6 million in one-time money to restore four of the routes, including the 31.", "Corliss Abimbola-Vance", "said", "W")],
        [("The council's budget committee meets June 24.", "", "", "W")],
        [("Renata Szczepaniak-Hale covers transportation and growth for The Courant.", "", "", "B"),
         ("Reach her at rszczepaniak@delvainecourant.example.", "", "", "B")],
        [("Share a gift link", "", "", "B")],
        [("Comments (318)", "", "", "B")],
        [("Most popular", "", "", "B")],
        [("1", "", "", "B")],
        [("Man charged in Fitchett Park shooting that wounded three", "", "", "B")],
        [("2", "", "", "B")],
        [("Review: The best tacos on Quarry Avenue are at a gas station", "", "", "B")],
        [("3", "", "", "B")],
        [("Delvaine's first heat advisory of the summer is coming Friday", "", "", "B")],
        [("4", "", "", "B")],
        [("Ex-county clerk pleads guilty to taking $84,000 from election fund", "", "", "B")],
        [("© 2026 The Delvaine Courant", "", "", "B")],
        [("Terms of Service   Privacy Policy   Your Privacy Choices   Accessibility", "", "", "B")],
    ],
    [  # 2. Australian news site: festival fence collapse told through embedded posts
        [("The Eastwind Post", "", "", "B")],
        [("News   Local   Entertainment   Sport   Weather   Podcasts   Subscribe", "", "", "B")],
        [("ENTERTAINMENT", "", "", "B")],
        [("Mulgara Sound cancels second day after fence collapse injures 23", "", "", "W")],
        [("The organiser, the police and the headline act all took to social media overnight, and their accounts do not entirely agree", "", "", "")],
        [("By Priya Wanganeen-Holt", "", "", "B")],
        [("Sun 15 Feb 2026 at 9:47am", "", "", "B")],
        [("Share", "", "", "B")],
        [("The second and final day of the Mulgara Sound music festival at Tullabeen Heads has been cancelled after a section of perimeter fencing collapsed in front of the main stage on Saturday night, injuring 23 people.", "", "", "W")],
        [("Five of the injured were taken to Tullabeen District Hospital, and one woman remains in a serious but stable condition, a spokeswoman for the state ambulance service said.", "a spokeswoman for the state ambulance service", "said", "W")],
        [("Organiser Gullwing Presents posted this statement shortly before midnight:", "Gullwing Presents", "posted", "")],
        [("Gullwing Presents", "", "", "B")],
        [("@gullwinglive", "", "", "B")],
        [("We are heartbroken by what happened at the main stage tonight.", "Gullwing Presents", "posted", ""),
         ("After speaking with police and our safety team we have made the decision not to open the gates on Sunday.", "Gullwing Presents", "posted", "W"),
         ("All Sunday ticket holders will be refunded in full within 14 days.", "Gullwing Presents", "posted", "W")],
        [("11:48 PM · Feb 14, 2026", "", "", "B")],
        [("View this post on Skein", "", "", "B")],
        [("2,904 Likes   811 Reposts   1,377 Replies", "", "", "B")],
        [("The fence gave way at about 10.25pm, a few minutes into a set by the headline act, The Velvet Cassowaries, when the crowd surged forward, police said.", "police", "said", "W")],
        [("Wyndara Police District posted an update at 1.10am:", "Wyndara Police District", "posted", "")],
        [("Wyndara Police District", "", "", "B")],
        [("@WyndaraPolice · Feb 15", "", "", "B")],
        [("UPDATE: 23 people were injured when a temporary fence collapsed at the Mulgara Sound festival at 10.25pm.", "Wyndara Police District", "posted", "W"),
         ("Five were taken to hospital.", "Wyndara Police District", "posted", "W"),
         ("There is no evidence at this stage that the fence was deliberately damaged.", "Wyndara Police District", "posted", "W"),
         ("Workplace Standards Coastal inspectors will attend this morning.", "Wyndara Police District", "posted", "W")],
        [("View this post on Skein", "", "", "B")],
        [("164 Likes   92 Reposts", "", "", "B")],
        [("Hours later the band posted its own account, which differs from the organiser's on one point: when the danger was first raised.", "the band", "posted", "")],
        [("The Velvet Cassowaries", "", "", "B")],
        [("@velvetcassowaries", "", "", "B")],
        [("We told festival security twice before we went on that the barrier looked like it was leaning.", "The Velvet Cassowaries", "posted", "W"),
         ("We stopped after two songs when we saw people going down.", "The Velvet Cassowaries", "posted", "W"),
         ("Thinking of everyone who got hurt. 💔", "The Velvet Cassowaries", "posted", "")],
        [("9:02 AM · Feb 15, 2026", "", "", "B")],
        [("View this post on Skein", "", "", "B")],
        [("18.6K Likes   4,120 Reposts", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Gullwing Presents director Callum Drinkwell-Reid told the Eastwind Post the company had not been told of any concern about the barrier before the set.", "Callum Drinkwell-Reid", "told the Eastwind Post", "W")],
        [("“Our security log has no record of a warning from the band or their crew, and we have handed that log to police,” he said.", "Callum Drinkwell-Reid", "said", "W"),
         ("“If someone raised it with a guard and it did not come up the line, we need to know that, and we will find out.”", "Callum Drinkwell-Reid", "said", "")],
        [("He said the fencing had been supplied and installed by a contractor, Reefline Event Hire, and had been inspected by the company's safety officer at 4pm on Saturday.", "Callum Drinkwell-Reid", "said", "W")],
        [("Reefline Event Hire did not respond to a request for comment.", "Reefline Event Hire", "did not respond to a request for comment", "")],
        [("Festival-goers described a crush that built for about 20 minutes before the fence fell.", "Festival-goers", "described", "")],
        [("One, who posts as mossgum_grace, wrote that the crowd at the front had been “shoulder to shoulder and swaying” through most of the previous act.", "mossgum_grace", "wrote", "")],
        [("Madeleine Tirrell-Pitt, 19, from Corrabin, said a security guard pulled her over the barrier after the fence went down.", "Madeleine Tirrell-Pitt", "said", "")],
        [("“I lost my shoes and my phone, but I was one of the lucky ones,” she said.", "Madeleine Tirrell-Pitt", "said", "")],
        [("The state member for Tullabeen, Rhiannon Daskalakis, posted on Sunday morning that she had asked the events minister for an independent review of the festival's safety plan.", "Rhiannon Daskalakis", "posted", "W")],
        [("Mulgara Sound drew about 18,000 people a day in 2025, its fourth year, and organisers had said before the weekend that 21,500 tickets had been sold for each day this year.", "organisers", "had said", "W")],
        [("Workplace Standards Coastal confirmed it had opened an investigation.", "Workplace Standards Coastal", "confirmed", "W")],
        [("Refund details are on the festival's website, and ticket holders do not need to apply.", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Mulgara Sound 2026 line-up: The Velvet Cassowaries to headline", "", "", "B")],
        [("Teenager hurt in crowd crush at Corrabin New Year's Eve concert", "", "", "B")],
        [("Topics: music, festivals, tullabeen-heads, emergency-incidents", "", "", "B")],
        [("© Eastwind Post Media Pty Ltd 2026", "", "", "B")],
    ],
    [  # 3. regional paper: flood photo gallery with counters, Expand, Next image, captions and credits
        [("The Haverstoke Mercury", "", "", "B")],
        [("News   Sport   What's On   Property   Announcements   Jobs", "", "", "B")],
        [("News", "", "", "B")],
        [("In pictures: Storm Hildegunn puts Haverstoke under water", "", "", "W")],
        [("The River Swarle rose 2.9 metres in 14 hours, flooding more than 300 homes and businesses in the town centre", "", "", "W")],
        [("By Elspeth Varcoe-Ode", "", "", "B")],
        [("Photographs by Dmitri Szell-Holloway", "", "", "B")],
        [("Monday 9 February 2026, 6:40pm", "", "", "B")],
        [("Share this gallery", "", "", "B")],
        [("Storm Hildegunn brought 97mm of rain to the upper Swarle valley in 24 hours on Saturday and Sunday, and the river burst its banks at Haverstoke shortly after 3am on Sunday.", "", "", "W")],
        [("The Catchment and Flood Service said the Swarle peaked at 4.62 metres at the Corn Exchange gauge at 11am, 31 centimetres above the previous record, set in 1998.", "The Catchment and Flood Service", "said", "W")],
        [("Swarleshire Fire and Rescue Service said crews had rescued 62 people from homes and cars, most of them on Weir Street and Tanyard Lane.", "Swarleshire Fire and Rescue Service", "said", "W")],
        [("Area manager Sunniva Grimwith-Abara said it had been the busiest night for the service's water teams since they were formed in 2009.", "Sunniva Grimwith-Abara", "said", "W")],
        [("“People did exactly what we asked and went upstairs,” she said.", "Sunniva Grimwith-Abara", "said", ""),
         ("“That is why we are talking about rescues this morning and not anything worse.”", "Sunniva Grimwith-Abara", "said", "")],
        [("The borough council opened a rest centre at Haverstoke Leisure Centre, where 84 people spent Sunday night.", "", "", "W")],
        [("Residents who need help can call the council's flood line on 01632 448 900, which is staffed around the clock.", "", "", "B")],
        [("1 of 12", "", "", "B")],
        [("Expand", "", "", "B")],
        [("Floodwater covers the Market Place in Haverstoke on Sunday morning, with the Corn Exchange clock tower behind.", "", "", "")],
        [("Dmitri Szell-Holloway/Haverstoke Mercury", "", "", "B")],
        [("Next image", "", "", "B")],
        [("2 of 12", "", "", "B")],
        [("Firefighters wade along Weir Street with an inflatable boat to reach residents trapped upstairs.", "", "", "")],
        [("Dmitri Szell-Holloway/Haverstoke Mercury", "", "", "B")],
        [("3 of 12", "", "", "B")],
        [("The Swarle at the Corn Exchange gauge on Sunday afternoon, hours after it peaked at a record 4.62 metres.", "", "", "W")],
        [("Dmitri Szell-Holloway/Haverstoke Mercury", "", "", "B")],
        [("4 of 12", "", "", "B")],
        [("Maureen Abercorn-Li, 81, is helped into a fire service boat outside her home on Tanyard Lane.", "", "", ""),
         ("She has lived there since 1967.", "", "", "")],
        [("Dmitri Szell-Holloway/Haverstoke Mercury", "", "", "B")],
        [("5 of 12", "", "", "B")],
        [("Cars under water in the Riverside car park, which the council closed on Saturday evening after a flood warning was issued.", "", "", "W")],
        [("Reader picture: Gareth Ludwell-Banks", "", "", "B")],
        [("6 of 12", "", "", "B")],
        [("Volunteers from Haverstoke Rowing Club ferry food to flats above the shops on Bridge Street.", "", "", "")],
        [("Dmitri Szell-Holloway/Haverstoke Mercury", "", "", "B")],
        [("7 of 12", "", "", "B")],
        [("Swarle Bridge was closed in both directions from 2am on Sunday and was still shut on Monday while engineers checked its piers.", "", "", "W")],
        [("Dmitri Szell-Holloway/Haverstoke Mercury", "", "", "B")],
        [("8 of 12", "", "", "B")],
        [("Staff at Gulliford's Bakery sweep mud out of the shop on Monday.", "", "", ""),
         ("The bakery also flooded in 1998 and 2007.", "", "", "W")],
        [("Dmitri Szell-Holloway/Haverstoke Mercury", "", "", "B")],
        [("9 of 12", "", "", "B")],
        [("An aerial view of the town centre at midday on Sunday.", "", "", "")],
        [("Catchment and Flood Service/Handout", "", "", "B")],
        [("10 of 12", "", "", "B")],
        [("Residents at the rest centre in Haverstoke Leisure Centre on Sunday evening.", "", "", "")],
        [("Dmitri Szell-Holloway/Haverstoke Mercury", "", "", "B")],
        [("11 of 12", "", "", "B")],
        [("A sign taped to a shop door on Bridge Street reads “Closed – we'll be back”.", "", "", "")],
        [("Dmitri Szell-Holloway/Haverstoke Mercury", "", "", "B")],
        [("12 of 12", "", "", "B")],
        [("The water begins to fall on Monday morning, leaving a tide line on the walls of houses on Weir Street.", "", "", "")],
        [("Dmitri Szell-Holloway/Haverstoke Mercury", "", "", "B")],
        [("Replay gallery", "", "", "B")],
        [("Flood warnings remained in force for 11 places along the Swarle on Monday evening, the Catchment and Flood Service said.", "the Catchment and Flood Service", "said", "W")],
        [("A flood wall for the town centre has been planned since 2016 but has not been built; the council said last year that work would start in 2027.", "the council", "said", "W")],
        [("More galleries", "", "", "B")],
        [("In pictures: Haverstoke Carnival returns after six years", "", "", "B")],
        [("In pictures: The big freeze of January 2026", "", "", "B")],
        [("© 2026 Haverstoke Mercury Ltd · Contact us · Advertise · Privacy", "", "", "B")],
    ],
    [  # 4. US regional paper: seniors short of credits, editor's note at top, correction at foot
        [("Rivermark Journal", "", "", "B")],
        [("Sections ☰   Search   Subscribe   Log in", "", "", "B")],
        [("Education", "", "", "B")],
        [("Editor's note: This story has been updated to include a statement the Oxbeck Unified School District released Thursday evening.", "", "", "B")],
        [("Oxbeck High tells 37 seniors weeks before graduation that they are short of credits", "", "", "W")],
        [("The district blames a change to its scheduling software for the error", "The district", "blames", "W")],
        [("By Teodora Vukmirović-Shaw and Jalen Ostermeier", "", "", "B")],
        [("May 14, 2026   Updated May 15, 2026 9:12 a.m.", "", "", "B")],
        [("Share   Email   Print", "", "", "B")],
        [("Thirty-seven seniors at Oxbeck High School have been told that they do not have enough credits to graduate on June 6, after the district discovered that a software change last summer had wrongly marked some courses as completed.", "", "", "W")],
        [("The students and their families learned of the problem in letters sent home Monday, which asked them to meet with a counselor by Friday.", "", "", "W")],
        [("Superintendent Gareth Ezeilo-Bell said at a school board meeting Tuesday that the error affected students who had taken online credit-recovery courses through a vendor, Pathway Learning Systems, in 2024 and 2025.", "Gareth Ezeilo-Bell", "said", "W")],
        [("When the district moved to new scheduling software in July, those courses were recorded as passed even when students had not finished them, he said.", "Gareth Ezeilo-Bell", "said", "W")],
        [("“This is our mistake, not theirs, and I am sorry,” Ezeilo-Bell told the board.", "Gareth Ezeilo-Bell", "told the board", ""),
         ("“We are going to do everything we can to get these students across the stage.”", "Gareth Ezeilo-Bell", "told the board", "")],
        [("Advertisement", "", "", "B")],
        [("The district will offer a free three-week summer session beginning June 15 so the 37 students can finish the missing coursework, and those who do will receive their diplomas at a ceremony in August, he said.", "Gareth Ezeilo-Bell", "said", "W")],
        [("Seniors who are short by half a credit or less, 22 of the 37, will be allowed to walk at the June 6 ceremony, district spokeswoman Alondra Fitzhugh-Mensah said.", "Alondra Fitzhugh-Mensah", "said", "W")],
        [("Parents who spoke at the meeting said the letters were the first they had heard of any problem.", "Parents who spoke at the meeting", "said", "")],
        [("Rosalind Krzeminski said her son, Declan, had been told by his counselor in March that he was “on track and then some.”", "Rosalind Krzeminski", "said", "")],
        [("“He has a place at Sagebrook State in the fall,” she said.", "Rosalind Krzeminski", "said", ""),
         ("“Now we are reading the admissions contract to see whether an August diploma counts.”", "Rosalind Krzeminski", "said", "")],
        [("Sagebrook State University said in an email that admitted students have until Aug. 31 to submit a final high school transcript.", "Sagebrook State University", "said in an email", "W")],
        [("Board member Cyrus Ebrahimi-Grant asked why the error had not been caught until May.", "Cyrus Ebrahimi-Grant", "asked", "")],
        [("Counselors had flagged “a handful of odd transcripts” in February, but the district did not check every senior's record until an audit in late April, Ezeilo-Bell said in response.", "Gareth Ezeilo-Bell", "said in response", "W")],
        [("Story continues below", "", "", "B")],
        [("The Oxbeck Education Association, which represents the district's 61 counselors and 410 teachers, said counselors had warned administrators in October that the new software was not importing course records correctly.", "The Oxbeck Education Association", "said", "W")],
        [("“This did not have to happen,” association president Marguerite Dowdeswell-Kwan said.", "Marguerite Dowdeswell-Kwan", "said", "")],
        [("In its statement Thursday evening, the district said it had “found no record” of an October warning but would ask an outside firm to review how the problem was handled.", "the district", "said", "W")],
        [("Pathway Learning Systems did not respond to emails and a phone message seeking comment.", "Pathway Learning Systems", "did not respond to emails and a phone message seeking comment", "")],
        [("The state Department of Education said it had not received a complaint about the district but would be “in touch with Oxbeck” about the audit.", "The state Department of Education", "said", "W")],
        [("Oxbeck High has about 1,480 students, and 352 seniors were on track to graduate in June before the error was found.", "", "", "W")],
        [("The school's graduation rate was 88% in 2025, above the state average of 84%, according to state data.", "state data", "according to", "W")],
        [("The board will hear the results of the audit at its June 2 meeting.", "", "", "W")],
        [("Do you have a student affected by this?", "", "", "B"),
         ("Email our education team at schools@rivermarkjournal.example.", "", "", "B")],
        [("Correction: An earlier version of this story misstated the number of seniors who may still take part in the June 6 ceremony; it is 22, according to the district, not 27.", "the district", "according to", "W")],
        [("About the authors", "", "", "B")],
        [("Teodora Vukmirović-Shaw covers K-12 education for the Rivermark Journal.", "", "", "B")],
        [("Jalen Ostermeier is a Rivermark Journal reporting fellow.", "", "", "B")],
        [("Read next", "", "", "B")],
        [("Oxbeck school board picks Ezeilo-Bell as superintendent in 4-1 vote", "", "", "B")],
        [("How credit-recovery classes took over Oxbeck's high schools", "", "", "B")],
        [("© 2026 Rivermark Journal   ·   Privacy   ·   Terms   ·   Contact", "", "", "B")],
    ],
    [  # 5. dairy cooperative's press release on its own newsroom page
        [("Elmbrooke Dairy Cooperative", "", "", "B")],
        [("Our Farms   Our Cheese   Where to Buy   Careers   Newsroom   Contact", "", "", "B")],
        [("Newsroom › Press Releases", "", "", "B")],
        [("PRESS RELEASE", "", "", "B")],
        [("April 7, 2026", "", "", "B")],
        [("Elmbrooke Dairy Cooperative to build $84 million cheese plant in Quarnford Falls, creating 140 jobs", "", "", "W")],
        [("Plant will process 1.6 million pounds of milk a day from member farms", "", "", "W")],
        [("QUARNFORD FALLS, Wis., April 7, 2026 — Elmbrooke Dairy Cooperative, owned by 612 farm families in Wisconsin and Minnesota, today announced plans to build an $84 million cheese plant on a 46-acre site in the Quarnford Falls Business Park.", "", "", "W")],
        [("Construction is scheduled to begin in June.", "", "", "W"),
         ("The cooperative expects the plant to open in the spring of 2028.", "The cooperative", "expects", "")],
        [("The plant will employ about 140 people, with starting wages of $24 an hour for production roles, and will make cheddar, Colby and Monterey Jack for retail and food-service customers.", "", "", "W")],
        [("It will be able to process 1.6 million pounds of milk a day, about 38% of the milk the cooperative's members now produce.", "", "", "W")],
        [("“For 20 years our members have shipped milk hundreds of miles to be made into someone else's cheese,” said Harriet Ekblom-Nyarko, president and CEO of Elmbrooke.", "Harriet Ekblom-Nyarko", "said", ""),
         ("“This plant keeps that value here, on our farms and in Quarnford Falls.”", "Harriet Ekblom-Nyarko", "said", "")],
        [("Ekblom-Nyarko said members had been paid an average of $1.40 per hundredweight less than the regional benchmark price over the past three years because of hauling costs.", "Harriet Ekblom-Nyarko", "said", "W")],
        [("Dairy farmer and Elmbrooke board member Ellery Hoogeveen, who milks 240 cows near Hallerton, said hauling had become one of the largest bills on his farm.", "Ellery Hoogeveen", "said", "")],
        [("“Every truck that goes to Iowa and comes back empty is money out of our pockets,” he said.", "Ellery Hoogeveen", "said", "")],
        [("The project is financed with $61 million in loans from Prairie Crest Ag Lending, $16.5 million from the cooperative's retained earnings and a $6.5 million grant from the state's Rural Enterprise Fund.", "", "", "W")],
        [("The plant will use about 40% less water per pound of cheese than the cooperative's existing plant in Orrinsburg, which was built in 1974, by recovering water from milk during processing.", "", "", "W")],
        [("“Elmbrooke's members have been part of this community for generations, and this investment tells you they plan to stay,” said Quarnford Falls Mayor Dwight Ruszkowski.", "Dwight Ruszkowski", "said", "")],
        [("The City of Quarnford Falls has agreed to extend water and sewer lines to the site, at a cost of $3.2 million to be paid from a tax increment district.", "", "", "W")],
        [("Elmbrooke has selected Kellner-Broach Construction of Madison as general contractor.", "", "", "W")],
        [("The cooperative will begin hiring for management and maintenance roles in the fall of 2027.", "", "", "W")],
        [("Job seekers can sign up for updates at elmbrooke.example/careers.", "", "", "B")],
        [("About Elmbrooke Dairy Cooperative", "", "", "B")],
        [("Founded in 1931, Elmbrooke Dairy Cooperative is owned by 612 dairy farm families in Wisconsin and Minnesota.", "", "", "B"),
         ("Its members market 1.5 billion pounds of milk a year, and its Elmbrooke and Orrinsburg Creamery cheeses are sold in more than 4,000 stores across the Midwest.", "", "", "B"),
         ("For more information, visit elmbrooke.example.", "", "", "B")],
        [("Forward-Looking Statements", "", "", "B")],
        [("This press release contains forward-looking statements, including statements about the cost, timing, capacity and employment of the planned Quarnford Falls plant.", "", "", "B"),
         ("These statements are based on current expectations and are subject to risks and uncertainties, including construction costs, milk prices, interest rates and regulatory approvals, that could cause actual results to differ materially.", "", "", "B"),
         ("Elmbrooke undertakes no obligation to update any forward-looking statement.", "", "", "B")],
        [("Media contact", "", "", "B")],
        [("Bethany Szostak-Lund", "", "", "B")],
        [("Director of Communications", "", "", "B")],
        [("608-555-0142", "", "", "B")],
        [("media@elmbrooke.example", "", "", "B")],
        [("###", "", "", "B")],
        [("Download the site plan (PDF, 2.4 MB)", "", "", "B")],
        [("Related releases", "", "", "B")],
        [("March 3, 2026 — Elmbrooke members approve 2026 capital plan", "", "", "B")],
        [("January 20, 2026 — Elmbrooke Colby wins gold at regional cheese championship", "", "", "B")],
        [("Back to Newsroom", "", "", "B")],
        [("© 2026 Elmbrooke Dairy Cooperative.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy   Terms of Use   Sitemap", "", "", "B")],
    ],
    [  # 6. newsletter-platform post by an independent local journalist
        [("The Turnstile Ledger", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("The city paid a parking consultant $412,000.", "", "", "W"),
         ("Here's what it got.", "", "", "")],
        [("A 96-page report, two public meetings and a recommendation the council had already rejected", "", "", "W")],
        [("Marisol Dekkers-Rivas", "", "", "B")],
        [("Mar 9, 2026", "", "", "B")],
        [("187", "", "", "B")],
        [("42", "", "", "B")],
        [("Share", "", "", "B")],
        [("Good morning, Brassford.", "", "", "B")],
        [("In April 2024, the city hired a Denver-based firm, Curbwise Mobility Partners, to study parking downtown.", "", "", "W")],
        [("The contract was for $265,000.", "", "", "W"),
         ("By the time the final invoice was paid in January, the city had spent $412,118, according to payment records I obtained through a public records request.[1]", "payment records I obtained through a public records request", "according to", "W")],
        [("That is 55% more than the council approved, and the contract amendments that raised the cost were signed by staff, not voted on by the council.", "", "", "W")],
        [("Under the city charter, staff can approve changes of up to 10% of a contract's value without a council vote.[2]", "", "", "W"),
         ("The five amendments, signed between June 2024 and November 2025, were each for $26,000 or a little less, just under that limit.", "", "", "W"),
         ("The rest, about $17,000, was billed as travel and printing.", "", "", "W")],
        [("So what did Brassford get for its money?", "", "", "")],
        [("The final report runs to 96 pages.", "", "", "W"),
         ("Its main recommendation is to install meters on Sibbering Street and the four blocks around the courthouse and to charge $2 an hour.", "", "", "W")],
        [("The council voted down exactly that proposal, 5-2, in 2022.", "", "", "W")],
        [("Thanks for reading The Turnstile Ledger!", "", "", "B"),
         ("Subscribe for free to get new posts and support my work.", "", "", "B")],
        [("Type your email…", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("City Manager Oren Valdespino said in an email that the amendments were “appropriate and within staff authority.”", "Oren Valdespino", "said in an email", "")],
        [("He said the study grew because the council asked the consultant in 2025 to add the hospital district and the riverfront, which were not in the original scope.", "Oren Valdespino", "said", "W")],
        [("“The council received a memo each time the scope changed,” he wrote.", "Oren Valdespino", "wrote", "W")],
        [("I asked for those memos.", "", "", ""),
         ("The city clerk's office found one, dated Sept. 12, 2025, which mentions the hospital district but not the cost.", "", "", "W")],
        [("Council member Abigail Nderitu-Forde, one of the two who voted for meters in 2022, said she had never seen it.", "Abigail Nderitu-Forde", "said", "")],
        [("“I found out what this study cost when you called me,” she told me.", "Abigail Nderitu-Forde", "told me", "")],
        [("She said she would ask at the council's March 17 meeting for the 10% rule to apply to the total of all amendments, not to each one.", "Abigail Nderitu-Forde", "said", "W")],
        [("Curbwise Mobility Partners declined to comment, citing its contract with the city.", "Curbwise Mobility Partners", "declined to comment", "")],
        [("The council meets at 6 p.m. on March 17 at City Hall, and public comment comes first on the agenda.", "", "", "W")],
        [("Paid subscribers make this kind of records work possible.", "", "", "B"),
         ("Upgrade to paid for $6 a month and you'll also get my Sunday council-agenda digest.", "", "", "B")],
        [("Upgrade to paid", "", "", "B")],
        [("Share", "", "", "B")],
        [("Leave a comment", "", "", "B")],
        [("1", "", "", "B")],
        [("The payment records, 31 invoices in all, are posted in full on the Ledger's documents page.", "", "", "B")],
        [("2", "", "", "B")],
        [("Brassford City Charter, Section 8.04(c).", "", "", "B")],
        [("187 Likes", "", "", "B")],
        [("Discussion about this post", "", "", "B")],
        [("Comments   Restacks", "", "", "B")],
        [("Harlan Twitchell-Obi", "", "", "B")],
        [("Mar 9", "", "", "B")],
        [("This is why we need local reporting.", "", "", "B"),
         ("Thank you.", "", "", "B")],
        [("Reply", "", "", "B")],
        [("© 2026 Marisol Dekkers-Rivas", "", "", "B")],
        [("Privacy ∙ Terms ∙ Collection notice", "", "", "B")],
        [("Start writing", "", "", "B")],
        [("Get the app", "", "", "B")],
        [("Letterbloom is the home for independent writing", "", "", "B")],
    ],
    [  # 7. regional paper's letters page: writers' sign-offs, an editor's note, Write to us box
        [("The Ardenmouth Clarion", "", "", "B")],
        [("News   Sport   Opinion   Letters   Community   Family notices", "", "", "B")],
        [("Opinion › Letters", "", "", "B")],
        [("Letters to the editor, March 12: hospital parking, the Chandlers Wharf cycle lane and Sunday libraries", "", "", "")],
        [("Published 12 March 2026", "", "", "B")],
        [("Charging patients to park is a tax on the sick", "", "", "")],
        [("Ardenmouth General Hospital has raised its parking charge to £4.80 for up to two hours, from £3.50 last year.", "", "", "W")],
        [("My husband has dialysis there three times a week, and his sessions last four hours, so we now pay £28.80 a week just to park.", "", "", "")],
        [("Hospitals in the neighbouring trust let dialysis patients park free, and I cannot see why Ardenmouth should be different.", "", "", "W")],
        [("Surely a hospital exists to make people well, not to make money from them?", "", "", "")],
        [("Philippa Ansty-Achebe, Upper Wickhamby", "", "", "B")],
        [("The cycle lane is working – look at the figures", "", "", "")],
        [("Your report on the Chandlers Wharf cycle lane (4 March) quoted several traders who say it has driven customers away.", "several traders", "say", "")],
        [("The council's own counters show 1,140 cycle trips a day along the wharf in January, against 390 a day before the lane opened.", "The council's own counters", "show", "W")],
        [("The lane cost £2.3 million, most of it from a government active-travel grant, the council's website says.", "the council's website", "says", "W")],
        [("The traders' survey that found footfall was down was answered by 14 businesses out of 60.", "", "", "W")],
        [("I would gently suggest that the lane be given more than six months before anyone calls for it to be ripped out.", "", "", "")],
        [("Tobias Wennington-Okafor, Fallowby", "", "", "B")],
        [("Traders are not against cyclists", "", "", "")],
        [("As chair of the Chandlers Wharf Traders' Association, I want to correct one point in last week's letters.", "", "", "")],
        [("Our survey was sent to all 60 members and answered by 23, not 14.", "", "", "W"),
         ("Nine of those 23 reported takings down by more than 10% since the lane opened in September.", "", "", "W")],
        [("We have never asked for the lane to be removed, only for the loading bays outside the fishmonger and the chemist to be restored.", "", "", "W")],
        [("Constance Ebbrell-Rai, chair, Chandlers Wharf Traders' Association, Ardenmouth", "", "", "B")],
        [("Sunday opening is a lifeline", "", "", "")],
        [("The council plans to end Sunday opening at Ardenmouth Central Library from April, saving £38,000 a year, according to the budget papers published last month.", "the budget papers published last month", "according to", "W")],
        [("On a Sunday the library is the only warm, free place in the town centre where my children can do their homework.", "", "", "")],
        [("Last Sunday I counted 71 people there in the first hour.", "", "", "W")],
        [("£38,000 is less than the council spent on new signs at the Wrexton Moor roundabout.", "", "", "W")],
        [("Joanna Skerritt-Sall, Ardenmouth", "", "", "B")],
        [("Editor's note: The council's budget papers put the cost of the roundabout signs at £41,500.", "The council's budget papers", "put", "W")],
        [("Thank you, Ward 7", "", "", "")],
        [("On 2 March I collapsed outside the post office on Finch Street.", "", "", "")],
        [("Two nurses coming off a night shift and a young man whose name I never learned kept me going until the ambulance arrived.", "", "", "")],
        [("I have since spent nine days on Ward 7 at Ardenmouth General, and I cannot fault the care.", "", "", "")],
        [("If the young man reads this, please get in touch with the Clarion: I would like to buy you a pint.", "", "", "")],
        [("Reginald Tottingham-Dube, Wrexton Moor", "", "", "B")],
        [("Don't blame the council for hospital parking", "", "", "")],
        [("The car parks at Ardenmouth General are run by the hospital trust, not the council, so your correspondent's complaint (Letters, 5 March) should go to the trust.", "", "", "W")],
        [("The council's own car parks have not raised their charges since 2023.", "", "", "W")],
        [("We did, however, ask the trust in January to bring back free parking for patients having cancer treatment and dialysis, and we are still waiting for a reply.", "", "", "W")],
        [("Cllr Hamish Lovibond-Ng, cabinet member for transport, Ardenmouth Borough Council", "", "", "B")],
        [("Write to us", "", "", "B")],
        [("Letters should be no longer than 250 words and must include your full name, address and a daytime phone number, though only your name and town will be published.", "", "", "B")],
        [("Email letters@ardenmouthclarion.example or write to Letters, The Ardenmouth Clarion, 14 Rope Walk, Ardenmouth.", "", "", "B")],
        [("We may edit letters for length and clarity, and we cannot reply to every one.", "", "", "B")],
        [("More letters", "", "", "B")],
        [("Letters, March 5: the cycle lane, hospital parking and a lost cat found", "", "", "B")],
        [("Letters, February 26: bins, buses and the bandstand", "", "", "B")],
        [("© 2026 Ardenmouth Clarion Ltd.", "", "", "B"),
         ("Registered in England and Wales No. 04417821.", "", "", "B")],
    ],
    [  # 8. football match preview: team news, predicted line-ups, odds box, gambling-help line
        [("Goalmouth", "", "", "B")],
        [("Football   Premier Division   Championship   Transfers   Fixtures   Tables   Betting", "", "", "B")],
        [("Premier Division", "", "", "B")],
        [("Kestrelmouth City vs Corrowmere Athletic preview: team news, predicted line-ups and odds", "", "", "")],
        [("City have won their last four home games without conceding, but Corrowmere arrive unbeaten in seven", "", "", "W")],
        [("By Oisín Tredinnick-Maalouf", "", "", "B")],
        [("Thursday 12 March 2026, 4:15pm", "", "", "B")],
        [("This article contains affiliate links; we may earn a commission if you sign up through them.", "", "", "B")],
        [("Match details", "", "", "B")],
        [("Kick-off: 3pm, Saturday 14 March", "", "", "W")],
        [("Venue: Sallowgate Lane, Kestrelmouth", "", "", "W")],
        [("Referee: Nathaniel Coyle-Sandoval", "", "", "")],
        [("TV: Not shown live; highlights on Saturday Goals from 10.30pm", "", "", "B")],
        [("Kestrelmouth City host Corrowmere Athletic on Saturday with three points separating the sides in the race for the top four.", "", "", "W")],
        [("City are fifth, a point behind fourth-placed Brackenfield, and have won their last four games at Sallowgate Lane without conceding a goal.", "", "", "W")],
        [("Corrowmere, seventh, are unbeaten in seven league games, their longest run since 2019.", "", "", "W")],
        [("City manager Tomasz Wilberforce-Nakamura told reporters at the club's training ground on Thursday that midfielder Ryan Hollinghurst would miss the game with a hamstring injury.", "Tomasz Wilberforce-Nakamura", "told reporters", "W")],
        [("“Ryan felt it in the last ten minutes on Saturday, and the scan showed a small tear,” he said.", "Tomasz Wilberforce-Nakamura", "said", "W"),
         ("“We are looking at three or four weeks.”", "Tomasz Wilberforce-Nakamura", "said", "")],
        [("Wilberforce-Nakamura said striker Kwabena Skarstad, who has scored 11 league goals this season, had trained fully after a knee problem and was available.", "Tomasz Wilberforce-Nakamura", "said", "W")],
        [("“Corrowmere are the form team in this division, and anyone who tells you otherwise has not watched them,” he said.", "Tomasz Wilberforce-Nakamura", "said", "")],
        [("Corrowmere head coach Ingrid Solbakken-Reyes confirmed that captain Luca Trethewick is suspended after picking up his fifth booking of the season against Harrowvale last weekend.", "Ingrid Solbakken-Reyes", "confirmed", "W")],
        [("She said defender Femi Adekanbi-Krause had a calf strain and would be assessed on Friday.", "Ingrid Solbakken-Reyes", "said", "W")],
        [("“Sallowgate Lane is a hard place to go, but we have been to harder places this season and come away with something,” Solbakken-Reyes said.", "Ingrid Solbakken-Reyes", "said", "")],
        [("Team news", "", "", "")],
        [("Kestrelmouth City", "", "", "")],
        [("Out: Ryan Hollinghurst (hamstring), Declan Rushmere (knee)", "", "", "W")],
        [("Doubtful: none", "", "", "W")],
        [("Returning: Kwabena Skarstad (knee)", "", "", "W")],
        [("Corrowmere Athletic", "", "", "")],
        [("Out: Luca Trethewick (suspended), Josiah Trevelyan-Ako (ankle)", "", "", "W")],
        [("Doubtful: Femi Adekanbi-Krause (calf)", "", "", "W")],
        [("Predicted line-ups", "", "", "")],
        [("Kestrelmouth City (4-3-3): Ezenwata-Laird; Pappadakis, Humbleyard, Gallacher-Boyd, Agyepong; Fairbourne, Lindbjerg, Pilbeam-Obi; Sefton, Skarstad, Quarcoo", "", "", "")],
        [("Corrowmere Athletic (3-5-2): Tenwick-Vesely; Drumgarth, Akinsanya, Pirelli-Ward; Cassavetti, Hebblewick, Oyewusi, Makinwa, Stanbury; Lambourne-Fisk, Treadaway", "", "", "")],
        [("Head to head", "", "", "")],
        [("Kestrelmouth have won four of the last six meetings between the sides, Corrowmere one, and one was drawn.", "", "", "W")],
        [("The reverse fixture in October finished 2-2, with Corrowmere scoring twice in the last eight minutes.", "", "", "W")],
        [("Form (last five league games): Kestrelmouth WWLWW, Corrowmere WDWWD", "", "", "")],
        [("Kestrelmouth City vs Corrowmere Athletic odds", "", "", "B")],
        [("Kestrelmouth City 11/10  ·  Draw 23/10  ·  Corrowmere Athletic 12/5", "", "", "B")],
        [("Both teams to score: Yes 8/11  ·  No 1/1", "", "", "B")],
        [("Kwabena Skarstad to score anytime: 13/8", "", "", "B")],
        [("Bet now with Longshot Bet", "", "", "B")],
        [("New customers only.", "", "", "B"),
         ("Bet £10, get £30 in free bets.", "", "", "B"),
         ("T&Cs apply.", "", "", "B")],
        [("Odds correct at time of publication and subject to change.", "", "", "B")],
        [("Our prediction", "", "", "")],
        [("Corrowmere have conceded only three goals in their seven-game run, but without Trethewick they lose the player who organises their defence.", "", "", "W")],
        [("City should edge a tight game.", "", "", "")],
        [("Prediction: Kestrelmouth City 2-1 Corrowmere Athletic", "", "", "")],
        [("18+ only.", "", "", "B"),
         ("Please bet responsibly.", "", "", "B")],
        [("If gambling is affecting you or someone close to you, call the free National Gambling Support Line on 0808 802 6144 or visit gamblingsupport.example for confidential advice.", "", "", "B")],
        [("More previews", "", "", "B")],
        [("Brackenfield vs Harrowvale preview: team news, predicted line-ups and odds", "", "", "B")],
        [("© Goalmouth Media Ltd 2026", "", "", "B")],
    ],
    [  # 9. what-we-know explainer: battery recycling plant fire with a timed timeline
        [("The Northfell Herald", "", "", "B")],
        [("Home   News   Politics   Business   Sport   Weather", "", "", "B")],
        [("Gorsedene fire: the key facts so far", "", "", "")],
        [("A fire at a battery recycling plant forced about 400 people from their homes overnight and is still burning", "", "", "W")],
        [("By Freya Gostelow-Moss, North East reporter", "", "", "B")],
        [("Last updated: Wednesday 21 January 2026, 14:05 GMT", "", "", "B")],
        [("Share", "", "", "B")],
        [("A fire that broke out at a battery recycling plant in Gorsedene early on Wednesday was still burning more than 12 hours later, and about 400 residents have been told they cannot yet go home.", "", "", "W")],
        [("Here is what has been confirmed so far.", "", "", "B")],
        [("What happened?", "", "", "")],
        [("The fire started at about 01:40 in a storage building at Cinderbank Recycling's plant on the Marsh Lane industrial estate, where used batteries from electric cars and power tools are kept before they are broken down.", "", "", "W")],
        [("Northdale Fire and Rescue Service said it sent 18 engines and about 110 firefighters at the height of the fire.", "Northdale Fire and Rescue Service", "said", "W")],
        [("No one has been reported injured.", "", "", "W")],
        [("Timeline", "", "", "B")],
        [("• 01:40 – Staff on the night shift report smoke from the storage building and call 999.", "", "", "W")],
        [("• 01:52 – The first fire engines arrive; crews find the roof of the building alight.", "", "", "W")],
        [("• 03:15 – A major incident is declared, and police begin knocking on doors in Marsh Lane, Tenter Row and Cobble Hill.", "", "", "W")],
        [("• 04:30 – An evacuation zone of 500 metres is set up around the plant, and a rest centre opens at Gorsedene Community Academy.", "", "", "W")],
        [("• 07:00 – Schools within 2km of the site are told to stay closed.", "", "", "W")],
        [("• 11:20 – The fire service says the roof has collapsed and the fire is “contained but not under control”.", "The fire service", "says", "W")],
        [("Why is it so hard to put out?", "", "", "")],
        [("Lithium-ion batteries can go into what is known as thermal runaway, in which a damaged cell heats up and sets off the cells around it.", "", "", "")],
        [("Such fires can reignite hours after they appear to be out, which is why crews have been spraying the building from a distance rather than going inside, deputy chief fire officer Anselm Nwaogu-Blythe said at a briefing at 11:00.", "Anselm Nwaogu-Blythe", "said", "W")],
        [("“We could be here for two or three days,” he said.", "Anselm Nwaogu-Blythe", "said", "")],
        [("Is the smoke dangerous?", "", "", "")],
        [("The Environment Protection Office said its monitoring had found raised levels of fine particles near the plant but no hydrogen fluoride above safe limits as of 10:00.", "The Environment Protection Office", "said", "W")],
        [("The regional public health team said people inside the evacuation zone who had not left should keep windows and doors shut.", "The regional public health team", "said", "")],
        [("Advice for residents", "", "", "B")],
        [("Keep windows and doors closed if you live within 2km of the site.", "", "", "B")],
        [("Do not go near the cordon to take photographs.", "", "", "B")],
        [("The council's helpline is 0191 498 0772, staffed 24 hours a day.", "", "", "B")],
        [("Who owns the plant?", "", "", "")],
        [("Cinderbank Recycling opened the Gorsedene site in 2021 and processes about 9,000 tonnes of batteries a year, according to the company's website.", "the company's website", "according to", "W")],
        [("The site was inspected by the Environment Protection Office in March 2025, when the company was told to reduce the amount of battery waste stored outdoors, records show.", "records", "show", "W")],
        [("In a statement, Cinderbank's managing director, Priyanka Venkatesan-Voss, said the company was “working closely with the emergency services” and would carry out a full investigation.", "Priyanka Venkatesan-Voss", "said", "")],
        [("She said all 34 staff on site had been accounted for.", "Priyanka Venkatesan-Voss", "said", "W")],
        [("When can people go home?", "", "", "")],
        [("Gorsedene Council leader Ruth Skelhorn-Obi said residents would not be allowed back until fire and environment officials were sure the air was safe, which could take “at least another night”.", "Ruth Skelhorn-Obi", "said", "")],
        [("What we don't know yet", "", "", "B")],
        [("• What caused the fire.", "", "", "")],
        [("• How many batteries were in the building when it started.", "", "", "")],
        [("• Whether water used to fight the fire has reached the River Gorse.", "", "", "")],
        [("Watch: Drone footage shows smoke drifting over Gorsedene", "", "", "")],
        [("0:48", "", "", "B")],
        [("Related", "", "", "B")],
        [("Gorsedene residents objected to battery plant in 2020, documents show", "", "", "B")],
        [("Schools closed and roads shut: live travel updates", "", "", "B")],
        [("Copyright © 2026 The Northfell Herald.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. regional paper's story pasted from a print-to-PDF view, a sentence cut by a page break
        [("Printed from The Ashenbury Gazette", "", "", "B")],
        [("The Ashenbury Gazette", "", "", "B")],
        [("Councillors back lorry ban on 180-year-old Lenhurst Bridge", "", "", "W")],
        [("Engineers found cracks in two of the bridge's five arches during an inspection in December", "", "", "W")],
        [("By Cordelia Hextall", "", "", "B")],
        [("Tuesday, 17 March 2026, 5:30 pm", "", "", "B")],
        [("Lenhurst Bridge, where an inspection in December found cracks in two of the five arches.", "", "", "W"),
         ("Picture: Ashenbury Gazette", "", "", "B")],
        [("Lorries will be banned from Lenhurst Bridge from 1 May after county councillors voted to impose a 7.5-tonne weight limit on the Grade II listed crossing.", "", "", "W")],
        [("The highways and transport committee of Ashendale County Council backed the restriction by seven votes to two on Monday.", "", "", "W")],
        [("An inspection in December found cracks in two of the bridge's five stone arches and erosion around the base of the central pier, according to a report to the committee.", "a report to the committee", "according to", "W")],
        [("The bridge, built in 1846, carries about 9,300 vehicles a day, of which about 640 are heavy goods vehicles, the report said.", "the report", "said", "W")],
        [("County engineer Matthias Crowhurst told councillors the weight limit was the only way to keep the bridge open to other traffic while repairs were designed.", "Matthias Crowhurst", "told councillors", "")],
        [("“If we do nothing, there is a real risk that we end up closing it to everyone,” he said.", "Matthias Crowhurst", "said", "")],
        [("Hauliers say the ban will force lorries travelling between the Lenhurst industrial estate and the Scarthby bypass onto a", "Hauliers", "say", "W")],
        [("https://www.ashenburygazette.example/news/local/councillors-back-lorry-ban-on-lenhurst-bridge-4418207   18/03/2026, 07:52", "", "", "B")],
        [("Page 1 of 3", "", "", "B")],
        [("14-mile detour through Pulverton Magna and Upper Dunstow, adding about 25 minutes to each journey.", "Hauliers", "say", "W")],
        [("Darren Nwankwere-Whitlock, who runs a haulage firm with 22 lorries on the industrial estate, said the detour would cost his business about £90,000 a year in fuel and drivers' hours.", "Darren Nwankwere-Whitlock", "said", "")],
        [("“Nobody is arguing the bridge should fall down,” he said.", "Darren Nwankwere-Whitlock", "said", ""),
         ("“But there has been no plan at all for the businesses that depend on it.”", "Darren Nwankwere-Whitlock", "said", "")],
        [("The Freight Operators' Alliance said it had asked the county in January to consider a one-way system for lorries over the bridge and had not had a reply.", "The Freight Operators' Alliance", "said", "W")],
        [("Cllr Harriet Adewunmi-Sandys, who chairs the committee, said repairs were expected to cost between £3.8m and £5.2m and that the council would bid for government funding in the summer.", "Harriet Adewunmi-Sandys", "said", "W")],
        [("She said the weight limit would be reviewed once the repairs had been designed, which would take at least 18 months.", "Harriet Adewunmi-Sandys", "said", "W")],
        [("The two councillors who voted against both represent wards east of the river.", "", "", "W")],
        [("Cllr Bernard Teasdale-Musa (Upper Dunstow) said the council had known about the bridge's condition since an earlier inspection in 2021 and had “sat on it”.", "Bernard Teasdale-Musa", "said", "W")],
        [("https://www.ashenburygazette.example/news/local/councillors-back-lorry-ban-on-lenhurst-bridge-4418207   18/03/2026, 07:52", "", "", "B")],
        [("Page 2 of 3", "", "", "B")],
        [("A council spokesperson said the 2021 inspection had recorded minor cracking, which had been monitored every six months, and that the damage found in December was new.", "A council spokesperson", "said", "W")],
        [("The weight limit will be enforced by cameras at both ends of the bridge, and drivers who ignore it face a £70 fine.", "", "", "W")],
        [("Emergency vehicles, buses and farm vehicles will be exempt.", "", "", "W")],
        [("Lenhurst Bridge is the only crossing of the River Brantle between Ashenbury and Scarthby, a distance of 11 miles.", "", "", "W"),
         ("It was last closed for repairs in 1998, for four months.", "", "", "W")],
        [("Jean Hebblethwaite-Ashe, who lives on Bridge End, said lorries had shaken her windows for 30 years and she would not miss them.", "Jean Hebblethwaite-Ashe", "said", "")],
        [("The Ashendale Chamber of Commerce called the decision “a blow to one of the county's busiest employment sites”.", "The Ashendale Chamber of Commerce", "called", "")],
        [("Its chief executive, Naveen Rutherford-Eze, said the 41 businesses on the Lenhurst estate employed about 1,900 people.", "Naveen Rutherford-Eze", "said", "W")],
        [("Read more: Lenhurst Bridge closed overnight for emergency inspection", "", "", "B")],
        [("© 2026 The Ashenbury Gazette.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("https://www.ashenburygazette.example/news/local/councillors-back-lorry-ban-on-lenhurst-bridge-4418207   18/03/2026, 07:52", "", "", "B")],
        [("Page 3 of 3", "", "", "B")],
    ],
    [  # 11. health feature: Key takeaways box, citation markers, numbered journal references
        [("Verity Health", "", "", "B")],
        [("Conditions   Wellness   Nutrition   Sleep   Mental Health   News", "", "", "B")],
        [("Sleep", "", "", "B")],
        [("A short nap may help older adults keep their blood pressure down, study finds", "study", "finds", "W")],
        [("People in their 60s and 70s who napped for under 30 minutes had lower readings than those who did not nap, but long naps told a different story", "", "", "W")],
        [("Written by Leonie Treloweth-Tan", "", "", "B")],
        [("Medically reviewed by Ifeoma Silcock-Dunne, MD", "", "", "B")],
        [("Published on February 24, 2026", "", "", "B")],
        [("Key takeaways", "", "", "B")],
        [("• Older adults who took a nap of under 30 minutes most afternoons had systolic blood pressure about 4 points lower on average than those who never napped.", "", "", "W")],
        [("• Naps longer than an hour were linked to higher blood pressure, not lower.", "", "", "W")],
        [("• The study shows an association and cannot prove that napping lowers blood pressure.", "", "", "")],
        [("A short afternoon nap may do more than restore your energy.", "", "", "")],
        [("In a study of 4,812 adults aged 60 to 79, those who regularly napped for less than 30 minutes had lower blood pressure than those who did not nap at all, researchers reported this month in the Journal of Sleep and Ageing.[1]", "researchers", "reported", "W")],
        [("The participants, who were followed for six years as part of the Haddlestone Ageing Study, wore wrist monitors that recorded when and for how long they slept for one week each year.", "", "", "W")],
        [("Short nappers had an average systolic reading, the top number, of 131 mm Hg, compared with 135 mm Hg among people who did not nap.", "", "", "W"),
         ("Those who napped for more than an hour averaged 139 mm Hg.", "", "", "W")],
        [("The researchers found no link between napping and diastolic pressure, the bottom number.", "The researchers", "found", "W")],
        [("“The length of the nap seems to matter a great deal,” said lead author Dr. Katarzyna Pellegrew-Ade, a sleep researcher at Wexholt University.", "Katarzyna Pellegrew-Ade", "said", ""),
         ("“A 20-minute nap and a two-hour nap are not the same behaviour, and they may be telling us very different things about a person's health.”", "Katarzyna Pellegrew-Ade", "said", "")],
        [("Long naps can be a sign of poor sleep at night, depression or an underlying illness, she said, all of which are also linked with high blood pressure.", "Katarzyna Pellegrew-Ade", "said", "W")],
        [("The difference held after the researchers accounted for age, weight, smoking, exercise and blood pressure medication, the study found.", "the study", "found", "W")],
        [("Pellegrew-Ade said her team planned a 12-week trial, starting in September, in which 300 volunteers would be randomly assigned to nap or not.", "Katarzyna Pellegrew-Ade", "said", "W")],
        [("Earlier research has produced mixed results.", "", "", "")],
        [("A 2019 analysis of 11 studies found that daytime napping was linked to a slightly higher risk of heart disease, but most of those studies relied on people's own estimates of how long they slept.[2]", "A 2019 analysis of 11 studies", "found", "W")],
        [("People tend to overestimate the length of their naps by 20 to 40 minutes compared with wrist monitors, according to a 2023 validation study.[3]", "a 2023 validation study", "according to", "W")],
        [("Dr. Marcus Ellingsen-Lyle, a cardiologist at Quarrybrook Medical Center who was not involved in the research, called the findings “interesting but not yet practical.”", "Marcus Ellingsen-Lyle", "called", "")],
        [("“I would not tell a patient with high blood pressure to start napping instead of taking their medication,” he said.", "Marcus Ellingsen-Lyle", "said", ""),
         ("“The fundamentals are still the same: less salt, more movement, and take your pills.”", "Marcus Ellingsen-Lyle", "said", "")],
        [("He noted that 97% of the participants were retired and that all of them lived in one region.", "Marcus Ellingsen-Lyle", "noted", "W"),
         ("The results may not apply to younger or working adults, he said.", "Marcus Ellingsen-Lyle", "said", "")],
        [("How to nap well", "", "", "")],
        [("If you want to nap, keep it to 20 to 30 minutes and take it before 3 p.m. so it does not get in the way of your sleep at night.", "", "", "B")],
        [("Talk to your doctor if you find you need long naps every day, since heavy daytime sleepiness can be a sign of sleep apnea or another condition.", "", "", "B")],
        [("The study was funded by the Wexholt Foundation for Healthy Ageing.", "", "", "B")],
        [("Was this article helpful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Sources", "", "", "B")],
        [("Verity Health uses peer-reviewed studies, academic research institutions and medical associations to support the facts in our articles.", "", "", "B")],
        [("1. Pellegrew-Ade K, Brenninkmeijer J, Oostervink P, et al. Objectively measured daytime napping and blood pressure in older adults: the Haddlestone Ageing Study. J Sleep Ageing. 2026;9(2):114-123.", "", "", "B")],
        [("2. Castellari R, Iwu-Stockdale M. Daytime napping and cardiovascular risk: a meta-analysis of 11 cohort studies. Cardiol Rev Int. 2019;27(6):301-309.", "", "", "B")],
        [("3. Dunkerfield-Achebe L, Farnaby-Lowe S. Agreement between self-reported and actigraphy-measured nap duration. Sleep Methods. 2023;4(1):22-30.", "", "", "B")],
        [("This content is for informational purposes only and is not a substitute for professional medical advice, diagnosis or treatment.", "", "", "B")],
        [("Related articles", "", "", "B")],
        [("Is a weekend lie-in good for you? What sleep scientists say", "", "", "B")],
        [("7 everyday habits that can raise your blood pressure", "", "", "B")],
        [("© 2026 Verity Health Media, Inc.", "", "", "B")],
    ],
    [  # 12. US wire story: capitals dateline, ___ separators, contributors line, Follow line
        [("Tributary Press", "", "", "B")],
        [("U.S. News   World   Politics   Business   Sports   Entertainment   Health", "", "", "B")],
        [("Jury orders Corvantis Chemical to pay $212 million to Kentucky town over tainted wells", "", "", "W")],
        [("By GRETCHEN OSTBY-PRICE and TOBIAS MENSAH-KIRBY", "", "", "B")],
        [("Updated 5:41 PM EDT, March 19, 2026", "", "", "B")],
        [("Share", "", "", "B")],
        [("MERRIDALE, Ky. (TP) — A federal jury on Thursday ordered Corvantis Chemical Co. to pay $212 million to the town of Merridale and 38 families whose wells were contaminated by chemicals from the company's former plant on the Quillpike River.", "", "", "W")],
        [("Jurors found that Corvantis knew as early as 1989 that the chemicals, used to make waterproof coatings, were seeping into groundwater and that it failed to warn residents.", "Jurors", "found", "W")],
        [("The award includes $150 million in punitive damages.", "", "", "W"),
         ("The jury deliberated for about 11 hours over three days after a trial that began Feb. 23.", "", "", "W")],
        [("Corvantis said it would appeal.", "Corvantis", "said", "W")],
        [("“We are disappointed by the verdict, which we believe is not supported by the science or the law,” the company said in a statement.", "the company", "said in a statement", "")],
        [("Merridale, a town of about 4,200 people 60 miles southeast of Lexington, has been connected to a regional water system since 2022, when state tests found levels of the chemicals up to 90 times the federal health advisory limit in some private wells.", "", "", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Residents' lawyers told jurors that at least 11 people who lived near the plant had been diagnosed with kidney or testicular cancer since 2000.", "Residents' lawyers", "told jurors", "W")],
        [("“For 30 years this company treated Merridale's water like its own back yard,” attorney Delphine Marchbourne said in closing arguments on Tuesday.", "Delphine Marchbourne", "said in closing arguments", "")],
        [("Mayor Curtis Blankenbaker said the town would use its share, about $41 million, to pay off the $19 million it borrowed for the water connection and to set up a health monitoring fund for residents.", "Curtis Blankenbaker", "said", "W")],
        [("“Nobody in this town is celebrating,” Blankenbaker said.", "Curtis Blankenbaker", "said", ""),
         ("“We just want somebody to say out loud what happened to us.”", "Curtis Blankenbaker", "said", "")],
        [("The verdict is the first in a series of cases against Corvantis over the chemicals, which the company stopped using in 2009.", "", "", "W"),
         ("Shares of Corvantis fell 4.2% on Thursday.", "", "", "W")],
        [("___", "", "", "B")],
        [("Corvantis's lawyers argued that the chemicals came from several sources, including a closed county landfill, and that no study had shown they caused the cancers.", "Corvantis's lawyers", "argued", "W")],
        [("Corvantis, which is based in Pittsburgh, sold the Merridale plant in 2003, and it closed in 2011.", "", "", "W"),
         ("The company employs about 2,300 people at nine plants in Canada and the U.S.", "", "", "W"),
         ("It faces more than 300 similar lawsuits in Kentucky, Tennessee and Ohio, according to the company's most recent annual report.", "the company's most recent annual report", "according to", "W")],
        [("State regulators fined the company $1.8 million in 2023 over the contamination, a penalty it did not contest.", "", "", "W")],
        [("U.S. District Judge Cordula Grenville-Mbeki scheduled a hearing for April 22 on the town's request for an order requiring Corvantis to pay for the cleanup of the plant site.", "", "", "W")],
        [("Lonnie Hatchett-Beal, 67, whose well on Sawmill Road tested at 58 times the limit, said she had drunk the water for 40 years.", "Lonnie Hatchett-Beal", "said", "")],
        [("“I raised three kids on that water,” she said after the verdict.", "Lonnie Hatchett-Beal", "said", "")],
        [("Her husband, Earl Hatchett-Beal, died of kidney cancer in 2019, she said.", "Lonnie Hatchett-Beal", "said", "")],
        [("___", "", "", "B")],
        [("Tributary Press writers Maribel Arguedas-Roe in Nashville and Dev Anantharaman in Pittsburgh contributed to this report.", "", "", "B")],
        [("___", "", "", "B")],
        [("Follow Gretchen Ostby-Price at https://skein.example/gostbyprice", "", "", "B")],
        [("Copyright 2026 Tributary Press.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("This material may not be published, broadcast, rewritten or redistributed without permission.", "", "", "B")],
        [("More from Tributary Press", "", "", "B")],
        [("Town's water tests spark questions about old chemical plants along the Quillpike", "", "", "B")],
        [("Judge allows Merridale wells lawsuit to go to trial", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- metro paper: advertisement breaks, senator with party and city, route numbers ---------------
    ("n20-story-continues-ad", "He said the money never arrived.\nStory continues below advertisement\nThe senator disputed that.",
     ["He said the money never arrived.", "Story continues below advertisement", "The senator disputed that."]),
    ("n20-sen-party-city", "State Sen. Patrice Vanderhoeven, D-Delvaine, chairs the panel. She rejected that account.",
     ["State Sen. Patrice Vanderhoeven, D-Delvaine, chairs the panel.", "She rejected that account."]),
    ("n20-no-route-number", "Riders board a No. 22 bus at the transfer center. The route is among those cut.",
     ["Riders board a No. 22 bus at the transfer center.", "The route is among those cut."]),
    # --- embedded posts: handle-and-date lines, emoji after the last full stop ----------------------
    ("n20-handle-date-line", "@WyndaraPolice · Feb 15\nUPDATE: 23 people were injured. Five were taken to hospital.",
     ["@WyndaraPolice · Feb 15", "UPDATE: 23 people were injured.", "Five were taken to hospital."]),
    ("n20-emoji-after-stop", "We stopped after two songs. Thinking of everyone who got hurt. 💔\n9:02 AM · Feb 15, 2026",
     ["We stopped after two songs.", "Thinking of everyone who got hurt. 💔", "9:02 AM · Feb 15, 2026"]),
    # --- editor's notes and corrections ------------------------------------------------------------
    ("n20-editors-note-colon", "Editor's note: This story has been updated to include a statement from the district. Thirty-seven seniors were told this week.",
     ["Editor's note: This story has been updated to include a statement from the district.", "Thirty-seven seniors were told this week."]),
    ("n20-correction-semicolon", "Correction: An earlier version of this story misstated the number; it is 22, according to the district, not 27.",
     ["Correction: An earlier version of this story misstated the number; it is 22, according to the district, not 27."]),
    # --- press releases: dateline with state abbreviation and date, ### -----------------------------
    ("n20-release-dateline-wis", "QUARNFORD FALLS, Wis., April 7, 2026 — Elmbrooke Dairy Cooperative today announced a plant. Construction is scheduled to begin in June.",
     ["QUARNFORD FALLS, Wis., April 7, 2026 — Elmbrooke Dairy Cooperative today announced a plant.", "Construction is scheduled to begin in June."]),
    ("n20-hash-end", "For more information, visit elmbrooke.example.\n###",
     ["For more information, visit elmbrooke.example.", "###"]),
    # --- newsletter posts: footnote markers after the full stop, abbreviated month ------------------
    ("n20-footnote-after-stop", "The city had spent $412,118, according to payment records.[1] That is 55% more than approved.",
     ["The city had spent $412,118, according to payment records.[1]", "That is 55% more than approved."]),
    ("n20-sept-dated-mid", "The clerk found one memo, dated Sept. 12, 2025, which mentions the hospital district. It does not mention the cost.",
     ["The clerk found one memo, dated Sept. 12, 2025, which mentions the hospital district.", "It does not mention the cost."]),
    # --- letters: rhetorical question before a sign-off, registration number ------------------------
    ("n20-letter-signoff", "Surely a hospital exists to make people well, not to make money from them?\nPhilippa Ansty-Achebe, Upper Wickhamby",
     ["Surely a hospital exists to make people well, not to make money from them?", "Philippa Ansty-Achebe, Upper Wickhamby"]),
    ("n20-registered-no", "© 2026 Ardenmouth Clarion Ltd. Registered in England and Wales No. 04417821.",
     ["© 2026 Ardenmouth Clarion Ltd.", "Registered in England and Wales No. 04417821."]),
    # --- match previews: odds lines and the offer's terms -----------------------------------------
    ("n20-odds-lines", "Kestrelmouth City 11/10  ·  Draw 23/10  ·  Corrowmere Athletic 12/5\nOdds correct at time of publication and subject to change.",
     ["Kestrelmouth City 11/10  ·  Draw 23/10  ·  Corrowmere Athletic 12/5", "Odds correct at time of publication and subject to change."]),
    ("n20-offer-terms", "New customers only. Bet £10, get £30 in free bets. T&Cs apply. 18+ only.",
     ["New customers only.", "Bet £10, get £30 in free bets.", "T&Cs apply.", "18+ only."]),
    # --- explainers: timeline bullets with times and a semicolon ------------------------------------
    ("n20-timeline-bullets", "• 01:40 – Staff report smoke and call 999.\n• 01:52 – The first fire engines arrive; crews find the roof alight.",
     ["• 01:40 – Staff report smoke and call 999.", "• 01:52 – The first fire engines arrive; crews find the roof alight."]),
    # --- print-to-PDF: a sentence cut by the running line and the page line -------------------------
    ("n20-page-break-mid-sentence", "Hauliers say the ban will force lorries onto a\nhttps://www.ashenburygazette.example/news/local/lenhurst-4418207   18/03/2026, 07:52\nPage 1 of 3\n14-mile detour through Pulverton Magna.",
     ["Hauliers say the ban will force lorries onto a", "https://www.ashenburygazette.example/news/local/lenhurst-4418207   18/03/2026, 07:52", "Page 1 of 3", "14-mile detour through Pulverton Magna."]),
    # --- health: numbered references with et al. and journal abbreviations ---------------------------
    ("n20-numbered-refs", "1. Pellegrew-Ade K, Brenninkmeijer J, et al. Daytime napping and blood pressure. J Sleep Ageing. 2026;9(2):114-123.\n2. Castellari R, Iwu-Stockdale M. Napping and cardiovascular risk. Cardiol Rev Int. 2019;27(6):301-309.",
     ["1. Pellegrew-Ade K, Brenninkmeijer J, et al. Daytime napping and blood pressure. J Sleep Ageing. 2026;9(2):114-123.", "2. Castellari R, Iwu-Stockdale M. Napping and cardiovascular risk. Cardiol Rev Int. 2019;27(6):301-309."]),
    # --- wire copy: capitals dateline with Co., U.S. ending a sentence, ___ separators ----------------
    ("n20-wire-dateline-co", "MERRIDALE, Ky. (TP) — A federal jury ordered Corvantis Chemical Co. to pay $212 million. Corvantis said it would appeal.",
     ["MERRIDALE, Ky. (TP) — A federal jury ordered Corvantis Chemical Co. to pay $212 million.", "Corvantis said it would appeal."]),
    ("n20-us-end-underscores", "It employs 2,300 people at nine plants in Canada and the U.S. It faces 300 lawsuits.\n___\nFollow Gretchen Ostby-Price at https://skein.example/gostbyprice",
     ["It employs 2,300 people at nine plants in Canada and the U.S.", "It faces 300 lawsuits.", "___", "Follow Gretchen Ostby-Price at https://skein.example/gostbyprice"]),
]  # fmt: skip
