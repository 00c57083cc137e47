"""Twentieth held-out set of hand-labelled pages for the hint engines: twelve less common pages.

Written from scratch for issue 13 in round seventeen, the same way as the tuning sets but never
tuned on, and without looking at the engine's code or output (neither `claimreview/` nor the
scorer's results were opened, and no test, scorer or engine was run; only an import of this file was
tried, to check its structure): every person, place, organisation, outlet, platform, company, union,
party, product and number is invented (a few currencies, units, the names of real kinds of thing --
tributyltin, avocados, category one calls -- and generic institutions such as "the national weather
service", "the Board of Education" or "the parish council" appear only as units, subjects and
settings, "England and Wales" only in a company-registration line, and the licence line and "© Crown
copyright" only as the furniture of a government page), and no surname, town or outlet of any file
under `tests/` is reused (each was checked with grep over the whole `tests/` tree; first names
recur). Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after
selecting all in a browser, so every furniture line is a paragraph of its own. The twelve pages come
from the less common places a fact-checker still meets: a local journalist's post on a newsletter
platform (a harbour dredging contract's overrun); a bakery chain founder's long post on a
professional network, pasted alone with its comments; a government department's speech page (a
skills minister's conference speech, as delivered); a think tank's blog post on household energy
debt with charts, their alt text and footnotes; a forum "ask me anything" thread in which a metro
operations director answers questions about a line closure, pasted with usernames, points and reply
furniture; a regional broadcaster's fact check of three claims from a leaders' debate, with verdict
labels; a magazine long read on a valley's only dentist, with pull quotes and section breaks; a
trade union's branch bulletin (a rejected pay offer, strike dates, a safety fine); a village
community group's post on a social network about a bridge closure; a US school district's
announcement of later high school start times, with a superintendent's letter and FAQs; a
price-comparison site's monthly supermarket price tracker; and a wire agency's explainer on a
drought with question subheads. The three things they stress are (1) furniture of every kind worded
afresh, at the head, in the middle and at the tail (subscribe and sign-in lines, bare like and
comment numbers, greetings and sign-offs, mid-post subscribe boxes, paid prompts, footnote lists,
"Discussion about this post" and its comments, platform taglines, network menus, display names and
headline lines, "1w • Edited • 🌐", "+ Follow", hashtags, "…see less" and "…see more", reaction and
repost counts, "Like · Reply" strips, "Author" badges, "People also viewed", cookie lines,
breadcrumbs, "Speech", "From:", "Delivered on:" and "Location:" lines, "(Applause)", "show all
updates", usefulness prompts, licence lines, "Key takeaways", chart subtitles, alt text, chart data
lines, "Source:" and "Note:" lines, data downloads, numbered notes, charity lines, username lines
with "OP", "MOD" and "Edited", vote-and-reply strips, quoted lines in replies, stickied moderator
comments, "[deleted]", "Continue this thread →", community sidebars, "How we rate claims", "Claim
N", "Who said it:" and "VERDICT:" lines, video lines with running times, source lists, claim-tip
lines, kickers, read-time and listen lines, repeated pull quotes with name lines, "✦" breaks,
roman-numbered section heads, issue lines, issue and subscription notes, union mastheads, "Dates for
your diary", "Know your rights", imprint lines, group headers, pinned rules cut by "See more",
automatic image descriptions, translate strips, salutations and signatures, "Important dates",
non-discrimination notices, "How we make money", "Jump to:" strips, tables with loyalty notes, deal
boxes, method boxes, "You might also like", wire credits, "Our Standards", "Acquire Licensing
Rights" and "Read Next"); (2) who is speaking (the writer of a newsletter post, of a
professional-network post pasted alone, of an AMA and of a community group post as the page's own
voice without a speaker, the same kind of post quoted inside another page carrying "posted", a
minister in her own speech, "told me", "did not answer my questions", "the contractor's own estimate
put", "Exit interviews told us", "put it", "sets out", "Our analysis finds", "Figures published by
... show", "has said", a colleague quoted by first name in an answer, "told the audience", "A
spokesperson for Ms ...", "Ms ...'s campaign pointed us to", "It found" after a survey, "The survey
does not say", "told KMB Verify", "did not dispute", "thinks", "according to her own records",
"according to its accounts", "found" for a regulator, "according to the committee's minutes", "have
confirmed", a publican named by first name only, "Our own attendance data shows", "recommends",
"noted", "declined to comment", "Critics say", "have called for", "Forecasters ... expect", "the
water authority" as written, surnames and pronouns resolved); (3) honest check-worthiness, with many
ordinary borderline sentences of both kinds. `STYLES` names the site and the story of each page, in
order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new28.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; captions by content and credits "B"; a video of this story
labelled like a caption with its running time "B"; standfirsts, deks and subheads labelled like
headlines, question and topic subheads ""; kickers, mastheads, widgets and share strips "B";
"Key points" and "Key takeaways" headings "B" with their bullets by content; fact-box headings "B";
a pull quote repeated from the text "B" with its name line; section-break ornaments "B"; chart
titles that state a finding labelled like headlines, titles that only name the measure, subtitles
and legends "B", figure lines pasted from a chart "", "Source:", "Note:" and download lines "B";
tables' titles, header rows and notes "B", their rows ""; related lists, "Read more" lines, author
bios, comment furniture and readers' comments "B", an author's reply in the comments included;
reader-service lines, diaries and advice boxes "B"; methodology boxes "B"; newsletter-platform
counts, "Share", subscribe boxes, paid prompts, greetings, sign-offs and footnote lists "B", a
footnote marker part of its sentence, the writer's own statements without a speaker and the
writer's reporting acts ""; embedded posts with the account holder as speaker and the cue
"posted", display name, headline line, date and counts "B", a lead-in carrying the account holder
with flags ""; a post pasted alone (the page IS the post) labelled as the page's own text, without
a speaker or "posted", as `labelled_new21.py`'s sheriff's post; a letter or message from a head of
an institution without a speaker, salutations and signature lines "B"; a union's or council's own
text without a speaker; fact checks' "Claim:" lines by content, claimant, rating and verdict lines
and source lists "B", the verdict sentence ""; transcript turns and speeches carrying the speaker,
a source cited inside a turn not changing it, stage directions "B"; one-word answers "W" when they
commit to something checkable; plans, votes and fixtures "W", forecasts ""; titles, honorifics and
role words dropped from speakers; a pronoun, a later surname or a role noun resolved to the full
name as first given; "the company", "the water authority" and the like kept as written; documents,
data and analyses as sources kept as written; "declined to comment", "did not respond" and their
kin labelled like speech with flags ""; glued furniture items without full stops are ONE "B"
sentence).

Conventions this set had to settle, in the same spirit:

* A newsletter-platform post: the headline in two sentences is split, both "W" when both state
  figures; the bare like and comment numbers, the greeting, the mid-post box ("Thanks for reading
  ...!" and "Subscribe for free ..." are two "B" sentences), "— Oona", the paid prompt, each
  footnote ("² Board paper ..., p. 7." is ONE sentence, "p." never ending it), the comment block
  with the "Author" badge and the platform tagline are "B"; a superscript marker after the full
  stop ("... off Gull Point.¹") stays part of the sentence before it. "the contractor's own
  estimate put" keeps the estimate with the cue "put"; "according to minutes I obtained through a
  records request" keeps the whole phrase; "did not answer my questions" is labelled like "did not
  respond". A commissioner's post on a professional network, embedded in the newsletter, carries
  her with "posted" ("One commissioner, X, posted ... that she had voted against ..." is "W" for
  the vote, "She wrote:" "" with "wrote"), unlike page 2, where the same kind of post is the page.
* A professional-network post pasted alone: the founder's own sentences carry no speaker (the post
  IS the page): the company's history and size, the trial's figures, the survey result and the
  numbered commitments are "W", the teaser, "Why?", "Flat!", his fears, thanks and a promise to
  share numbers ""; "Exit interviews told us the same thing again and again: ..." keeps the
  interviews as written with "told us" and is "" (an unquantified characterisation); the finance
  director quoted inside the post ("and put it better than I can: “...”") carries her by full name
  with the cue "put it", "W" for her figures. The network's menu, the display name, the headline
  line, "1w • Edited • 🌐", "+ Follow", the hashtag line, "…see less", the reaction count (emoji
  included), the comment-and-repost count, "Like   Comment   Repost   Send", "Add a comment…", the
  sort control, every commenter's name, headline line and age ("5d (edited)"), every comment (his
  own reply with the "Author" badge, and a comment cut off by "…see more", included), each "Like ·
  Reply" strip, "Load more comments", "More from ...", "People also viewed" and the footer are "B".
* A government department's speech page: the speech is the minister's words as delivered, and
  every sentence of it carries her by full name as first given on the page with the cue "said", as
  the speech passages of `labelled_new27.py`'s annotated speech do: her greetings, thanks and
  flourishes "", her figures, history and announcements "W" (a plan of record), and what others
  told her or found inside the speech ("Employers have told us ...", "The Training Standards
  Office's report last year found ...", "She told me ...") stays hers, as a turn decides in
  `labelled_new19.py`. The speech's title is a name, ""; the standfirst "Minister ... sets out plans
  to ..." carries her with the cue "sets out" and is "W"; "Speech", the "From:" line, "Published",
  "Delivered on: ... (Transcript of the speech, exactly as it was delivered)", "Location: ...",
  every "(Applause)", the cookie lines, "Last updated ... + show all updates", "Related content"
  and its items, "Explore the topic", the usefulness prompt, the licence line and "© Crown
  copyright" are "B". Unlike a post pasted alone, the speech is not the page's own voice: the page
  is the department's record of what she said.
* A think-tank blog: the blog writer's own text carries no speaker; "Our analysis finds" keeps
  "Our analysis" with "finds", "Figures published by ... last month show" keeps the figures as
  written; the method sentence in the body ("We matched the regulator's figures with ...") is the
  writer's reporting act, ""; the three recommendations and "It should not stop there." are "".
  A chart's alt text written by the author ("Alt text: A line chart showing ...") is labelled like
  a caption, by content, its "Alt text:" label part of the first sentence: "Alt text: A bar chart."
  is "" and the figures sentence after it "W" (an automatic image description stays "B", as in
  `labelled_new21.py`). "Figure 1: Energy debt has more than tripled since 2021" states a finding
  and is "W", "Figure 2: Average debt per indebted household, by income fifth, £" only names the
  measure and is "B", as chart titles are in `labelled_new27.py`. A bracketed marker after the full
  stop ("... in 2013.[1]") stays part of its sentence; each numbered note is "B", a note of two
  sentences two "B" sentences; the "Notes" heading, the author box and the charity line ("(No.
  1184203)" never splitting it) are "B".
* A forum "ask me anything" thread pasted alone: the thread IS the page, and the host's opening
  post and her answers are its own text, without a speaker (she is the page's author, like a
  blogger): the closure dates, the signalling's age, delays, the asbestos in 2019, the penalties,
  the cost stated in "EDIT 2" and "No, sorry." to the bikes question "W"; her self-introduction,
  "AMA!", the weekend-only counterfactual, the daylight reason, the promise to come back and the
  "EDIT 2: Lots of you asked about the cost." lead-in "".
  A colleague she quotes ("Faisal, who runs our signalling team, says ...") is the source of that
  sentence, by full name as first given in the post, with "says". The users' questions she answers
  are the Q&A's questions, labelled like an interviewer's (no speaker, "" as questions; a factual
  preamble "W": the 2019 overrun, "The union hasn't been told anything."); every other user
  comment -- replies to her answers, corrections, jokes, removed comments, a question's asker
  coming back -- is "B" like any reader's comment, and so is all the thread furniture: the site
  bar, the community name, "Posted by ...", the flair, the greeting, "Proof: ...", the sign-off
  edit ("EDIT: Signing off now — ..."), the vote-and-comment strip, the sort control, each username
  line ("· OP ·", "· MOD ·", "· Edited 5h"), "Stickied comment" and the moderators' sentences,
  each "⇧ 312 ⇩   Reply   Share   ···" strip (ONE sentence), the quoted line in a reply ("> Why on
  earth ...", a repetition like a pull quote), "[deleted]", "Continue this thread →", the community
  sidebar and the footer.
* A broadcaster's fact check of several claims: "Claim 1" and its kin, "Who said it: ..." (like
  "Claimed by:"), "VERDICT: ..." lines and "How we rate claims: ..." are "B"; each "Claim:" line
  names no claimant and carries no speaker, "W"; each "We rate this claim ..." is "", and so is "A
  target is not the same as a result."; the "Key takeaways" bullets summarise the findings and are
  "W" with no speaker, though they name the claimants ("X's claim that ... is not supported by the
  health board's figures" has no reporting verb for X). "told the audience" is a cue as written,
  "W" for the claim restated; "A spokesperson for Ms Ashbrittle" is kept as written, like "A
  spokesperson for the governor"; "Ms Larchwood-Finn's campaign pointed us to the 2021 School
  Condition Survey" keeps the campaign with "pointed us to", and "It found" resolves to the survey
  as first given; "The survey does not say ..." keeps the survey with "does not say" and is "W",
  like "Court records do not list"; "told KMB Verify" is a cue as written; the claimant answering
  an audience member is scene, "".
* A magazine long read: the masthead, kicker, byline with photographer, read-time and listen lines,
  each pull quote (a two-sentence one two "B" sentences) with its "— Name" line, every "✦", the
  issue line, the subscription line, the bio, "More long reads" and the copyright are "B"; the roman
  numbered section heads ("I. A contract nobody wants") are topic subheads, "", the numeral part of
  the sentence. "X, ..., did not dispute the figures." is labelled like "declined to comment"
  (speaker X, cue "did not dispute", ""): the confirmation is implied, not stated. "Fenstanton
  thinks ..." has the cue "thinks" and is "" (an opinion); "according to her own records" keeps the
  records as written; the contract's payment rules are "W" and the patient's own history with the
  practice is a personal account, "". The caption "X in the surgery on ..., which she has run
  since 1995." is "W"; the writer's closing scene is "".
* A trade union's bulletin: the union's own text carries no speaker (as in `labelled_new8.py`); the
  ballot result, turnout, offer, profit "according to its accounts", the fine and the hardship
  fund's payments are "W"; each strike-date bullet ("• Monday 6 April, 06:00 to Wednesday 8 April,
  06:00 — all three sites") is ONE "W" sentence, a timetable of record, and so is the picket-line
  time; "We don't believe that." (the union answering the company) and the thanks are ""; the
  "Solidarity greetings to ..., who won a 7% deal last month ..." sentence is "W" for the deal. The
  masthead, the issue line ("Frostmere North West branch · Issue 47 · March 2026"), "Dates for your
  diary" and its lines, "Know your rights" and its advice, "Donations can be made through your
  rep.", the join prompt and the "Printed and published by ..." imprint are "B". "The Workplace
  Safety Executive found" keeps the regulator with "found"; "according to the committee's minutes"
  keeps the minutes; "Branch secretary" and "General secretary" are dropped from speakers.
* A community group post pasted from a social network: the member's own sentences carry no
  speaker (the post is the page, as on page 2); her capitals heading is "" (a topic); "The county
  council have confirmed ..." keeps "The county council" with "have confirmed" (the plural verb
  kept as written), "W"; "Dermot at the Quarry Arms said" gives "Dermot", the only name the page
  has for him, like a caller who gives only a first name in `labelled_new27.py`; her "Please share
  with anyone ..." is an appeal to readers, "B"; the "EDIT: the closure is 11 weeks, not 10, ..."
  line inside the post states the corrected fact and is "W", like a factual correction. The
  platform name, group header and member count, the tabs, "Write something...", "Featured" and
  the pinned rules cut off by "See more", her name, badge and "3h · Edited · 👥" line, the automatic
  image description, the reaction and share counts, "Like   Comment   Share", the sort control and
  every comment -- hers with the "Author" badge and the councillor's, though both state facts --
  with its name line, "See more", "Edited" and "2h   Like   Reply   31" strip, "View 9 more
  replies", "View more comments", the comment box and the footer are "B".
* A school district's announcement: the superintendent's letter carries no speaker, like a head
  teacher's message in `labelled_new19.py`: the board's 4-1 vote, the new times, the survey, the
  routes, drivers and cost are "W", "Our athletic directors are working with the league on a
  revised game schedule, which we will share in May." a vague promise, "", and the thanks "".
  "Dear ... families and staff,", "Sincerely," and each signature line ("Dr. Renata Zubrycki",
  "Superintendent") are "B". "Our own attendance data shows" keeps the data; "National pediatric
  guidance recommends" keeps the guidance with "recommends" and is "W" (a published standard);
  "He noted that ..." has the cue "noted". "Frequently asked questions" is a box heading, "B", its
  questions "" and its answers by content ("Yes." "W"), while the answers that only say where to
  look or whom to call are reader service, "B"; "Important dates" is a diary, "B" line by line; the
  translate strip, the language line, the menus, "Print   Share   Email", the address line, the
  non-discrimination notice and the site credit are "B".
* A price-comparison page: "How we make money: ..." and "This never affects our rankings." are two
  "B" sentences, like an affiliate disclosure; the "Jump to:" strip, the table's title, header row
  and loyalty note, "Compare your own shop →", the "Deal of the week" box line by line, the "How we
  compare" method box, "FAQs", "You might also like" with its items, the sign-up lines and the
  registration line are "B"; each table row is ""; "Our analysis of 1.2 million prices found" keeps
  the analysis as written; the site's own rankings and price changes are "W" with no speaker; a
  retailer's slogan quoted with "a Thriftleigh spokesperson said" is "" and the rival's cut to 400
  lines "W"; the subhead "Loyalty prices make a big difference" is "" (unquantified), the figures
  under it "W"; FAQ answers are labelled by content ("Not always." "", "No." "W").
* A wire explainer: "EXPLAINER-..." is part of the headline, a topic "" (its question form too);
  the capitals question subheads ("WHAT HAS HAPPENED?") are ""; "Here is what we know about the
  crisis and what could happen next." is "B"; the dateline with the agency tag and a hyphen ("SAN
  TEODOMIRO, March 27 (LRN) -") is part of the first sentence; "the water authority" and "the
  ministry" are kept as written and "it said" after "The water authority will review ..." resolves
  to it; "Forecasters at the national weather service expect ..." is "" with the group as written,
  while a threshold the minister sets for extending cuts ("If the lake falls below 25%, ... cuts
  will be extended to four days a week") is a rule of record, "W". The byline, read time, time
  line, the combined credit line, "Our Standards: ...", "Acquire Licensing Rights", "Suggested
  Topics", "Read Next" with its items, the newsletter line and the copyright are "B".

`HELDOUT_CASES` holds 22 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "newsletter-platform post by a local journalist on a harbour dredging contract's overrun (publication name, Subscribe and Sign in lines, two-sentence headline, subtitle, bare like and comment numbers, greeting, superscript footnote markers, mid-post subscribe box, chair told me, contractor did not answer my questions, harbourmaster, commissioner's professional-network post embedded with posted and a She wrote: lead-in, the contractor's own estimate put, spokesperson, sign-off, paid prompt, footnotes with p., comment with Author reply, platform footer and tagline)",
    "professional-network long post by a bakery chain's founder pasted alone (four-day week for 620 staff; network menu, display name and headline line, 1w • Edited • 🌐, + Follow, the founder's own voice without a speaker, finance director who put it, Exit interviews told us, numbered commitments, hashtags, …see less, reaction and repost counts, comments with headline lines, the author's reply, a comment cut by …see more, More from and People also viewed)",
    "government department's speech page: a skills minister's conference speech as delivered (20,000 more apprenticeships; cookie lines, breadcrumb, Speech label, standfirst with sets out, From:, Published, Delivered on: and Location: lines, the speech carrying the minister with said, a report and an apprentice cited inside it, (Applause), show all updates, related content, usefulness prompt, licence line, Crown copyright)",
    "think tank's blog post on household energy debt (Key takeaways, Our analysis finds, Figures published by ... show, bracketed footnote markers, a chart title stating a finding and one naming the measure, chart subtitles, alt text of one and two sentences, chart data lines, Source: and Note: lines, data download, a supplier that said, recommendations, the regulator has said, numbered notes, author box, sign-up, charity line)",
    "forum AMA thread pasted with its furniture: a metro operations director on a 16-week line closure (site bar, community, Posted by, flair, three-sentence title, greeting, Proof: line, sign-off and EDIT 2 lines, vote-and-comment strip, sort control, stickied moderator comment, username lines with OP, MOD and Edited, vote-and-reply strips, a quoted line in a reply, questions with factual preambles, a colleague who says, users' corrections, jokes and removed comments, [deleted], Continue this thread, community sidebar)",
    "regional broadcaster's fact check of three claims from a leaders' debate (section label, Key takeaways naming claimants, video line with running time, How we rate claims, Claim N, Claim: lines, Who said it: and VERDICT: lines, told the audience, health board figures in minutes and seconds, A spokesperson for Ms ..., according to the regional transport authority, a campaign that pointed us to a survey, It found, The survey does not say, told KMB Verify, verdict sentences, sources, claim-tip line, More from list)",
    "magazine long read on a valley's only dentist retiring with no successor (masthead, kicker, two-sentence dek, words-and-photographs byline, read-time and listen lines, small-caps opening, patient, dentist, hygienist and health official quoted with says and said, did not dispute, thinks, according to her own records, contract rules, pull quotes with name lines, ✦ breaks, roman-numbered section heads, caption with credit, issue and subscription lines, bio, More long reads)",
    "trade union's branch bulletin on a rejected pay offer (masthead, menu, Join the union, issue line, ballot result and turnout, according to its accounts, branch secretary quoted over three sentences, strike-date bullets with 24-hour times, company spokesperson and The company said, the union's We don't believe that, a safety fine with the regulator's finding and the committee's minutes, general secretary, branch news, solidarity greetings with a deal, Dates for your diary, Know your rights, imprint line)",
    "village community group's post pasted from a social network on a bridge closure (platform and group header, member count, tabs, pinned rules cut by See more, author line with badge and Edited, capitals heading, The county council have confirmed, a councillor who said, a publican named by first name only, an appeal to share, an EDIT line correcting a fact, automatic image description, reaction and share counts, comments by neighbours, the author and the councillor, a comment cut by See more, View more replies, comment box)",
    "US school district's news announcement of later high school start times (district header, translate strip and language line, menus, Posted on line, superintendent's letter with salutation and signature, board vote 4-1 with the dissenting trustee, survey, Our own attendance data shows, National pediatric guidance recommends, a.m. and p.m. times, cost, board president said and noted, FAQ with question subheads, Yes. and reader-service answers, Important dates, address line, non-discrimination notice, site credit)",
    "price-comparison site's monthly supermarket price tracker (site menu, breadcrumb, standfirst with figures, byline, How we make money, Jump to strip, the site's own rankings, Our analysis of 1.2 million prices found, official inflation figure, table with title, header, rows and loyalty note, a consumer group's researcher, deal box, retailer spokesperson's slogan, a rival's price cuts, declined to comment, method box, FAQs with Not always. and No., You might also like, registration line)",
    "wire agency's explainer on a drought and water rationing with question subheads (EXPLAINER- headline, byline, read time, time line, dateline with agency tag, Here is what we know, according to the water authority, a minister who announced, the national weather service said, a hydrologist quoted over two sentences, the ministry said, a growers' federation president, Critics say, Opposition lawmakers have called for, Forecasters expect, it said, a threshold rule, combined credit line, Our Standards, Read Next)",
]

ARTICLES = [
    [  # 1. newsletter-platform post: a harbour dredging contract's overrun
        [("Low Tide Notes", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("The harbour dredge was meant to cost £2.1 million.", "", "", "W"),
         ("The bill is now £3.42 million.", "", "", "W")],
        [("What the commissioners' own board papers say about the overrun, and what they left out", "", "", "")],
        [("Oona Kilbracken", "", "", "B")],
        [("Mar 18, 2026", "", "", "B")],
        [("146", "", "", "B")],
        [("23", "", "", "B")],
        [("Share", "", "", "B")],
        [("Hello again, Brineholt.", "", "", "B")],
        [("On 4 March, the Brineholt Harbour Commissioners approved a second variation to the contract for dredging the inner harbour, raising its value to £3.42 million.", "", "", "W"),
         ("When the board awarded the contract to Haskett Marine in October 2024, the figure was £2.1 million.", "", "", "W"),
         ("That is an increase of 63%, and the work is not finished.", "", "", "W")],
        [("I have spent three weeks reading the board papers, and I want to walk you through what they say.", "", "", ""),
         ("The short version: most of the extra money has gone on getting rid of the silt, not on digging it up.", "", "", "W")],
        [("Where the money went", "", "", "")],
        [("The original contract assumed that 38,000 cubic metres of silt would be dumped at sea, at a licensed site four miles off Gull Point.¹", "", "", "W"),
         ("In the spring of 2025, tests found raised levels of tributyltin, an old anti-fouling chemical, in samples from the inner basin.", "", "", "W"),
         ("Silt above the licence threshold cannot go to sea.", "", "", "W"),
         ("It has to be dried on the quay and trucked to a landfill that will accept it, and the nearest is at Cardenhall, 61 miles away.", "", "", "W")],
        [("According to the second variation report, disposal now accounts for £1.9 million of the contract, against £640,000 in the original tender.", "the second variation report", "According to", "W"),
         ("That one line explains almost all of the increase.", "", "", "W")],
        [("The board was told about the test results in June 2025, according to minutes I obtained through a records request.", "minutes I obtained through a records request", "according to", "W"),
         ("The public was not told until this month.", "", "", "W")],
        [("Thanks for reading Low Tide Notes!", "", "", "B"),
         ("Subscribe for free to receive new posts and support my work.", "", "", "B")],
        [("Type your email…", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("What the board says", "", "", "")],
        [("The commissioners' chair, Aldous Treleaven, told me the board had acted on legal advice.", "Aldous Treleaven", "told me", "W")],
        [("“We could not put the test results in the public domain while we were in dispute with the contractor over who should pay,” he said.", "Aldous Treleaven", "said", "W"),
         ("“That dispute is now settled, and everything is in the papers.”", "Aldous Treleaven", "said", "W")],
        [("Haskett Marine did not answer my questions.", "Haskett Marine", "did not answer my questions", "")],
        [("The harbourmaster, Fergus Caddock, said the dredge was needed: the inner basin has lost almost a metre of depth at low water since 2019, and two fishing boats grounded there last winter.", "Fergus Caddock", "said", "W")],
        [("One commissioner, Bernadette Nethercoat, posted on Worklattice last week that she had voted against the second variation.", "Bernadette Nethercoat", "posted", "W"),
         ("She wrote:", "Bernadette Nethercoat", "wrote", "")],
        [("Bernadette Nethercoat", "", "", "B")],
        [("Harbour commissioner | Retired marine engineer", "", "", "B")],
        [("6d • 🌐", "", "", "B")],
        [("I voted against the variation on 4 March.", "Bernadette Nethercoat", "posted", "W"),
         ("Not because the dredge isn't needed, but because there is still no cap on what the disposal can cost.", "Bernadette Nethercoat", "posted", "W"),
         ("Residents deserve a number.", "Bernadette Nethercoat", "posted", "")],
        [("48", "", "", "B")],
        [("Like   Comment   Repost   Send", "", "", "B")],
        [("What was left out", "", "", "")],
        [("The board papers set out two options the commissioners did not take.", "", "", "W"),
         ("One was to treat the contaminated silt on the quay with a mobile plant, which the contractor's own estimate put at £1.1 million.²", "the contractor's own estimate", "put", "W"),
         ("The other was to leave the most contaminated corner of the basin undredged for now.", "", "", "W")],
        [("Neither option appears in the public summary published on 5 March.", "", "", "W"),
         ("I asked why.", "", "", ""),
         ("A spokesperson for the commissioners said the summary was “not intended to be exhaustive”.", "A spokesperson for the commissioners", "said", "")],
        [("I think that is the wrong instinct for a public body spending public money.", "", "", "")],
        [("The harbour is funded mainly by mooring fees and by a grant from the county, which gave £750,000 towards the dredge in 2024.", "", "", "W"),
         ("If the grant does not rise, the commissioners say, mooring fees may have to.", "the commissioners", "say", "")],
        [("What happens next", "", "", "")],
        [("The commissioners meet again on Thursday 26 March at 7pm in the Custom House.", "", "", "W"),
         ("Members of the public can ask questions if they register by noon the day before.", "", "", "B")],
        [("I will be there, and I will report back.", "", "", "")],
        [("— Oona", "", "", "B")],
        [("Low Tide Notes is a reader-supported publication.", "", "", "B"),
         ("To receive new posts and support my work, consider becoming a free or paid subscriber.", "", "", "B")],
        [("Upgrade to paid", "", "", "B")],
        [("¹ Marine licence L/2019/0447, issued by the coastal licensing office.", "", "", "B")],
        [("² Board paper BP-25/31, Annex C, p. 7.", "", "", "B")],
        [("Like   Comment   Restack", "", "", "B")],
        [("Discussion about this post", "", "", "B")],
        [("Comments   Restacks", "", "", "B")],
        [("Hal Wyndrum", "", "", "B")],
        [("Mar 18", "", "", "B")],
        [("My boat was one of the two that grounded.", "", "", "B"),
         ("Thank you for doing this.", "", "", "B")],
        [("Reply", "", "", "B")],
        [("Oona Kilbracken", "", "", "B")],
        [("Author", "", "", "B")],
        [("Sorry to hear that, Hal.", "", "", "B"),
         ("If you're willing to talk about it for the next post, drop me a line.", "", "", "B")],
        [("Reply", "", "", "B")],
        [("© 2026 Oona Kilbracken", "", "", "B")],
        [("Privacy ∙ Terms ∙ Collection notice", "", "", "B")],
        [("Start writing", "", "", "B")],
        [("Get the app", "", "", "B")],
        [("Quillpost is the home for independent writing", "", "", "B")],
    ],
    [  # 2. professional network: a bakery chain founder's long post pasted alone
        [("Worklattice", "", "", "B")],
        [("Search", "", "", "B")],
        [("Home   My Network   Jobs   Messaging   Notifications   Me ▾   For Business", "", "", "B")],
        [("Ravi Dallimore", "", "", "B")],
        [("Founder & CEO at Breadloft Bakeries | Bread, people and the odd burnt batch", "", "", "B")],
        [("1w • Edited • 🌐", "", "", "B")],
        [("+ Follow", "", "", "B")],
        [("Nine years ago I opened one bakery in Hetherby Cross with a second-hand deck oven and a £30,000 loan from my mum.", "", "", "W")],
        [("Today we have 41 shops and 620 colleagues.", "", "", "W")],
        [("Yesterday I told all 620 of them something I never expected to write.", "", "", "")],
        [("From 1 June, every Breadloft shop will close on Mondays.", "", "", "W")],
        [("Nobody loses hours and nobody loses pay: the same 37.5 hours will be worked over four days instead of five.", "", "", "W")],
        [("Why?", "", "", "")],
        [("Honestly, because we were losing people.", "", "", ""),
         ("Staff turnover in our shops hit 38% in 2024.", "", "", "W"),
         ("Exit interviews told us the same thing again and again: early starts, six-day rotas, no weekends.", "Exit interviews", "told us", "")],
        [("So we trialled a four-day week in six shops from September to February.", "", "", "W")],
        [("Turnover in those six shops fell to 14%, sick days halved, and sales per shop were flat.", "", "", "W")],
        [("Flat!", "", "", ""),
         ("I had braced for a 10% drop.", "", "", "")],
        [("Our finance director, Mirela Dancescu, ran the numbers on shutting on Mondays, our quietest day by a distance, and put it better than I can: “We lose 9% of our takings and save 14% of our costs.”", "Mirela Dancescu", "put it", "W")],
        [("I know what some of you are thinking.", "", "", ""),
         ("Bakeries are supposed to open every day.", "", "", ""),
         ("Customers will go elsewhere.", "", "", "")],
        [("Maybe some will.", "", "", ""),
         ("But we asked 2,300 customers in the trial shops, and 71% said they would rather have the same faces behind the counter than a Monday loaf.", "", "", "W")],
        [("A few things I want to be clear about:", "", "", "")],
        [("1. Nobody's contract changes without their agreement.", "", "", "W")],
        [("2. Anyone who can't work the new pattern, for childcare or any other reason, can stay on five shorter days.", "", "", "W")],
        [("3. Our wholesale bakery in Oldmere keeps running seven days a week, because hospitals and care homes can't skip Mondays.", "", "", "W")],
        [("Thank you to the six trial teams for putting up with my endless spreadsheets.", "", "", ""),
         ("And to everyone who told me this was mad: you might be right, and I'll share the numbers in a year either way.", "", "", "")],
        [("#FourDayWeek #Bakery #Retail #PeopleFirst", "", "", "B")],
        [("…see less", "", "", "B")],
        [("👍❤️💡 3,214", "", "", "B")],
        [("418 comments · 156 reposts", "", "", "B")],
        [("Like   Comment   Repost   Send", "", "", "B")],
        [("Add a comment…", "", "", "B")],
        [("Most relevant ▾", "", "", "B")],
        [("Anneke Bickerdyke", "", "", "B")],
        [("HR consultant | Four-day week advocate", "", "", "B")],
        [("6d", "", "", "B")],
        [("Brilliant.", "", "", "B"),
         ("A drop from 38% to 14% is huge.", "", "", "B"),
         ("Would love to hear how you handled fairness on the rotas.", "", "", "B")],
        [("Like · 🎉 41 · Reply · 3 Replies", "", "", "B")],
        [("Ravi Dallimore", "", "", "B")],
        [("Author", "", "", "B")],
        [("6d", "", "", "B")],
        [("Thanks Anneke!", "", "", "B"),
         ("Short answer: we let each shop design its own rota, and then I stayed out of it.", "", "", "B")],
        [("Like · Reply", "", "", "B")],
        [("Tomasz Wrzosek", "", "", "B")],
        [("Regional manager, food retail", "", "", "B")],
        [("5d (edited)", "", "", "B")],
        [("Respectfully, 14% in a six-month trial over the quiet season tells you very little.", "", "", "B"),
         ("Summer will be the real test.", "", "", "B")],
        [("Like · 👍 88 · Reply", "", "", "B")],
        [("Dev Amarasekera", "", "", "B")],
        [("Baker at Breadloft Bakeries", "", "", "B")],
        [("6d", "", "", "B")],
        [("Can confirm, I'm at the Quay Row shop and nobody on our team has left since October, which has never happened before in my…see more", "", "", "B")],
        [("Like · ❤️ 212 · Reply", "", "", "B")],
        [("Load more comments", "", "", "B")],
        [("More from Ravi Dallimore", "", "", "B")],
        [("What 2,300 customers told us about Mondays", "", "", "B")],
        [("People also viewed", "", "", "B")],
        [("Mirela Dancescu", "", "", "B")],
        [("Finance Director at Breadloft Bakeries", "", "", "B")],
        [("About   Accessibility   Help Center   Privacy & Terms ▾   Ad Choices", "", "", "B")],
        [("Worklattice Corporation © 2026", "", "", "B")],
    ],
    [  # 3. government department's speech page: a skills minister's conference speech
        [("Skip to main content", "", "", "B")],
        [("Cookies on the government website", "", "", "B")],
        [("We use some essential cookies to make this website work.", "", "", "B"),
         ("We'd also like to use analytics cookies so we can understand how you use the service and make improvements.", "", "", "B")],
        [("Accept analytics cookies   Reject analytics cookies   View cookies", "", "", "B")],
        [("Menu   Search", "", "", "B")],
        [("Home › Education, training and skills › Apprenticeships", "", "", "B")],
        [("Speech", "", "", "B")],
        [("Skills Minister's speech to the Federation of Technical Colleges annual conference", "", "", "")],
        [("Minister of State for Skills Ifeoma Garrowby sets out plans to fund 20,000 more apprenticeships for school leavers.", "Ifeoma Garrowby", "sets out", "W")],
        [("From: Department for Skills and Apprenticeships and The Rt Hon Ifeoma Garrowby MP", "", "", "B")],
        [("Published 12 March 2026", "", "", "B")],
        [("Delivered on: 11 March 2026 (Transcript of the speech, exactly as it was delivered)", "", "", "B")],
        [("Location: Hobcroft Conference Centre, Cardenhall", "", "", "B")],
        [("Thank you, Margaret, and good morning, everyone.", "Ifeoma Garrowby", "said", "")],
        [("It is a real pleasure to be back in Cardenhall, where I did my own apprenticeship, at an engineering firm that sadly no longer exists.", "Ifeoma Garrowby", "said", "W")],
        [("I want to start with a number.", "Ifeoma Garrowby", "said", "")],
        [("Last year, 74,300 young people under 19 started an apprenticeship.", "Ifeoma Garrowby", "said", "W"),
         ("Ten years ago, that figure was 118,000.", "Ifeoma Garrowby", "said", "W")],
        [("That is not a trend any of us in this room can be proud of.", "Ifeoma Garrowby", "said", ""),
         ("And I don't say that to blame colleges, because you have been asked to do more with less for far too long.", "Ifeoma Garrowby", "said", "")],
        [("So today I can announce that we will fund 20,000 additional apprenticeship starts for 16- to 18-year-olds from September, backed by £340 million over three years.", "Ifeoma Garrowby", "said", "W")],
        [("(Applause)", "", "", "B")],
        [("Employers who take on an apprentice aged 16 to 18 will receive £2,500, up from £1,000 today.", "Ifeoma Garrowby", "said", "W"),
         ("And for the smallest firms, those with fewer than 50 staff, we will pay the full cost of training, rather than 95% of it.", "Ifeoma Garrowby", "said", "W")],
        [("Now, I know some of you will say you have heard announcements like this before.", "Ifeoma Garrowby", "said", ""),
         ("You have.", "Ifeoma Garrowby", "said", ""),
         ("In 2023, the incentive payment was doubled, and starts still fell.", "Ifeoma Garrowby", "said", "W")],
        [("That is why the money comes with a second change.", "Ifeoma Garrowby", "said", ""),
         ("From April 2027, colleges will be able to deliver off-the-job training in blocks of up to eight weeks, instead of one day a week.", "Ifeoma Garrowby", "said", "W")],
        [("Employers have told us, again and again, that losing an apprentice every Friday is what puts them off.", "Ifeoma Garrowby", "said", ""),
         ("The Training Standards Office's report last year found that 47% of apprentices who left early cited problems with how their training was timetabled.", "Ifeoma Garrowby", "said", "W")],
        [("Let me tell you about Jodie.", "Ifeoma Garrowby", "said", "")],
        [("Jodie Maskelyne is 17, and she is an apprentice mechanic at a family garage in Lanchbury.", "Ifeoma Garrowby", "said", "W"),
         ("She told me this morning that she nearly dropped out in her first month, because the bus to college took an hour and 40 minutes each way.", "Ifeoma Garrowby", "said", ""),
         ("She didn't, and next month she sits her level 2 exams.", "Ifeoma Garrowby", "said", "")],
        [("Jodie, you are here somewhere — stand up.", "Ifeoma Garrowby", "said", "")],
        [("(Applause)", "", "", "B")],
        [("We will also publish, for the first time, the completion rate of every provider, college and employer scheme, starting this summer.", "Ifeoma Garrowby", "said", "W"),
         ("Some providers will not like that.", "Ifeoma Garrowby", "said", "")],
        [("But parents and young people deserve to know that at the best colleges more than 80% of apprentices finish, and at the worst it is fewer than 40%.", "Ifeoma Garrowby", "said", "W")],
        [("I want to finish where I started.", "Ifeoma Garrowby", "said", ""),
         ("When I was an apprentice, my supervisor told me the trade would always need people who could think with their hands.", "Ifeoma Garrowby", "said", ""),
         ("He was right then, and he is right now.", "Ifeoma Garrowby", "said", "")],
        [("Thank you.", "Ifeoma Garrowby", "said", "")],
        [("Last updated 12 March 2026 + show all updates", "", "", "B")],
        [("Related content", "", "", "B")],
        [("20,000 more apprenticeships for school leavers", "", "", "B")],
        [("Apprenticeship funding rules: 2026 to 2027", "", "", "B")],
        [("Explore the topic", "", "", "B")],
        [("Apprenticeships", "", "", "B")],
        [("Is this page useful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Report a problem with this page", "", "", "B")],
        [("All content is available under the Open Government Licence v3.0, except where otherwise stated", "", "", "B")],
        [("© Crown copyright", "", "", "B")],
    ],
    [  # 4. think-tank blog: household energy debt, with charts' alt text and footnotes
        [("Tessellate Policy Institute", "", "", "B")],
        [("Research   Blog   Events   Data   About   Support us", "", "", "B")],
        [("Search", "", "", "B")],
        [("Blog", "", "", "B")],
        [("Energy debt has tripled in four years – and the poorest homes carry most of it", "", "", "W")],
        [("Nkechi Ruddimore", "", "", "B")],
        [("Senior Economist", "", "", "B")],
        [("5 March 2026 · 7 minute read", "", "", "B")],
        [("Share   Download PDF", "", "", "B")],
        [("Key takeaways", "", "", "B")],
        [("Households owed £4.1 billion to energy suppliers at the end of 2025, up from £1.3 billion at the end of 2021.", "", "", "W")],
        [("Two-thirds of that debt sits with households in the bottom fifth of the income distribution.", "", "", "W")],
        [("Our analysis finds that the average indebted household in that group owes £1,460, or 9% of its yearly disposable income.", "Our analysis", "finds", "W")],
        [("Debt relief alone will not fix this without lower standing charges.", "", "", "")],
        [("Energy bills have fallen from their 2023 peak, but the debt households built up paying them has not gone away.", "", "", "W")],
        [("Figures published by the Energy Markets Authority last month show that customers owed suppliers £4.1 billion in December, the highest level since records began in 2013.[1]", "Figures published by the Energy Markets Authority last month", "show", "W"),
         ("That is more than three times the £1.3 billion owed at the end of 2021.", "", "", "W")],
        [("Figure 1: Energy debt has more than tripled since 2021", "", "", "W")],
        [("Total owed to domestic energy suppliers, £ billion, end of each quarter", "", "", "B")],
        [("Alt text: A line chart showing energy debt rising from £1.3 billion in the last quarter of 2021 to £4.1 billion in the last quarter of 2025, with the steepest rise in the winter of 2022-23.", "", "", "W")],
        [("Source: Energy Markets Authority, debt and arrears indicators; Tessellate analysis", "", "", "B")],
        [("Download the data (XLSX, 24 KB)", "", "", "B")],
        [("The rise has not been spread evenly.", "", "", "")],
        [("We matched the regulator's figures with the household spending survey to estimate who holds the debt.[2]", "", "", ""),
         ("Households in the bottom fifth of incomes hold an estimated £2.7 billion of it, about two-thirds of the total.", "", "", "W"),
         ("The average indebted household in that group owes £1,460.", "", "", "W"),
         ("For a family living on £16,000 a year after tax, that is more than a month's income.", "", "", "W")],
        [("Figure 2: Average debt per indebted household, by income fifth, £", "", "", "B")],
        [("Alt text: A bar chart.", "", "", ""),
         ("The poorest fifth owes an average of £1,460, the second fifth £980, the middle fifth £720, the fourth fifth £510 and the richest fifth £390.", "", "", "W")],
        [("Poorest fifth   1,460", "", "", "")],
        [("Second   980", "", "", "")],
        [("Middle   720", "", "", "")],
        [("Fourth   510", "", "", "")],
        [("Richest fifth   390", "", "", "")],
        [("Source: Tessellate analysis of Energy Markets Authority data and the household spending survey 2024-25", "", "", "B")],
        [("Note: Households with any arrears on a domestic energy account.", "", "", "B"),
         ("Figures rounded to the nearest £10.", "", "", "B")],
        [("Why are poorer households falling further behind?", "", "", "")],
        [("Part of the answer is the standing charge, the fixed daily fee every household pays before it uses any energy at all.", "", "", "W"),
         ("Standing charges for a typical dual-fuel customer have risen from £251 a year in 2021 to £478 this year.[3]", "", "", "W"),
         ("Because the charge is the same whatever you use, it takes a far bigger share of a small bill than of a large one.", "", "", "W")],
        [("Glimmerly Energy, the largest supplier, said in January that it had written off £38 million of customer debt in 2025 and would write off a further £20 million this year.[4]", "Glimmerly Energy", "said", "W"),
         ("That is welcome.", "", "", ""),
         ("But together they come to less than 1.5% of the total owed.", "", "", "W")],
        [("What should happen next", "", "", "")],
        [("We think the regulator should do three things.", "", "", "")],
        [("First, cut standing charges for customers on prepayment and low-use tariffs, and recover the cost through unit rates.", "", "", "")],
        [("Second, run a one-off debt relief scheme, paid for jointly by suppliers and government, for households that have been in arrears for more than two years.", "", "", "")],
        [("Third, make sure nobody is moved onto a prepayment meter because of debt without a home visit first.", "", "", "")],
        [("The Energy Markets Authority has said it will consult on standing charges this spring.[5]", "The Energy Markets Authority", "has said", "W"),
         ("It should not stop there.", "", "", "")],
        [("Notes", "", "", "B")],
        [("[1] Energy Markets Authority, Debt and arrears indicators: Q4 2025, published 19 February 2026.", "", "", "B")],
        [("[2] Household spending survey 2024-25, Table A6.", "", "", "B"),
         ("See our methodology note for details.", "", "", "B")],
        [("[3] Typical dual-fuel direct debit customer; figures for the April–June quarter of each year.", "", "", "B")],
        [("[4] Glimmerly Energy, Annual results statement, 22 January 2026.", "", "", "B")],
        [("[5] Energy Markets Authority, Forward work programme 2026-27, p. 14.", "", "", "B")],
        [("About the author", "", "", "B")],
        [("Nkechi Ruddimore is a senior economist at the Tessellate Policy Institute, where she leads its work on household finances.", "", "", "B")],
        [("Related posts", "", "", "B")],
        [("Prepayment meters: what the data says", "", "", "B")],
        [("Why standing charges matter more than you think", "", "", "B")],
        [("Get our research in your inbox", "", "", "B")],
        [("Email address", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Tessellate Policy Institute is a registered charity (No. 1184203).", "", "", "B")],
        [("Privacy   Cookies   Accessibility   Contact", "", "", "B")],
    ],
    [  # 5. forum AMA thread: a metro operations director on a 16-week line closure
        [("Threadhall   Search in t/Glasswick   Get App   Log In", "", "", "B")],
        [("t/Glasswick", "", "", "B")],
        [("Posted by u/GWMetro_Marguerite · 7h", "", "", "B")],
        [("AMA · Verified", "", "", "B")],
        [("I'm Marguerite Fallonby, operations director at Glasswick Metro.", "", "", ""),
         ("We're closing the Riverside line for 16 weeks this summer to replace its signalling.", "", "", "W"),
         ("AMA!", "", "", "")],
        [("Hi t/Glasswick.", "", "", "B")],
        [("From Saturday 18 July to Friday 6 November there will be no trains between Harbour Street and Gallowfield Park.", "", "", "W"),
         ("Replacement buses will run every five minutes at peak times and every ten minutes the rest of the day.", "", "", "W")],
        [("The signalling on the Riverside line was installed in 1979 and is the oldest on the network.", "", "", "W"),
         ("Last year it caused 212 delays of more than 15 minutes, more than the other three lines put together.", "", "", "W")],
        [("We looked at doing the work over weekends only, but it would have taken about three and a half years.", "", "", "")],
        [("I'll be here from 12 until 3, with help from our signalling lead, Faisal Tewley.", "", "", "")],
        [("Proof: glasswickmetro.example/ama", "", "", "B")],
        [("EDIT: Signing off now — thanks for all the questions.", "", "", "B"),
         ("I'll come back this evening and answer a few more.", "", "", "")],
        [("EDIT 2: Lots of you asked about the cost.", "", "", ""),
         ("The whole project is £41.6 million, paid for from the city's transport capital fund, not from fares.", "", "", "W")],
        [("⇧ 1.4k ⇩   💬 412 Comments   ↗ Share   ☆ Save", "", "", "B")],
        [("Sort by: Best ▾", "", "", "B")],
        [("u/GlasswickMods · MOD · 7h", "", "", "B")],
        [("Stickied comment", "", "", "B")],
        [("This AMA has been verified by the moderators.", "", "", "B"),
         ("Top-level comments that are not questions will be removed.", "", "", "B")],
        [("u/Ashgate_Commuter · 6h", "", "", "B")],
        [("Why on earth are you doing this in the summer, when the city is full of tourists?", "", "", "")],
        [("⇧ 312 ⇩   Reply   Share   ···", "", "", "B")],
        [("u/GWMetro_Marguerite · OP · 6h", "", "", "B")],
        [("> Why on earth are you doing this in the summer", "", "", "B")],
        [("Because ridership on the line drops by about a third in July and August, when the universities are out.", "", "", "W"),
         ("We also need the long evenings: a lot of the cable work happens at track level, and it's much safer in daylight.", "", "", "")],
        [("⇧ 188 ⇩   Reply   Share   ···", "", "", "B")],
        [("u/PedantPatrol · 5h", "", "", "B")],
        [("The universities are out from mid-June, not July, but fair enough.", "", "", "B")],
        [("⇧ 41 ⇩   Reply   Share   ···", "", "", "B")],
        [("u/throwaway_signals · 6h · Edited 5h", "", "", "B")],
        [("The last time you shut this line, for the platform works in 2019, it was meant to be eight weeks and ended up being fourteen.", "", "", "W"),
         ("What's different this time?", "", "", "")],
        [("⇧ 276 ⇩   Reply   Share   ···", "", "", "B")],
        [("u/GWMetro_Marguerite · OP · 5h", "", "", "B")],
        [("That's right, and it's a fair question.", "", "", "W"),
         ("In 2019 we found asbestos in the platform canopies three weeks in, and removing it added six weeks.", "", "", "W")],
        [("This time we've surveyed every cabinet and cable route in advance, and the contract carries penalties of £85,000 a day if the contractor overruns.", "", "", "W"),
         ("Faisal, who runs our signalling team, says the riskiest part is the changeover weekend at the very end, and we've built in five spare days for it.", "Faisal Tewley", "says", "W")],
        [("⇧ 201 ⇩   Reply   Share   ···", "", "", "B")],
        [("u/cyclist_not_a_menace · 6h", "", "", "B")],
        [("Will the replacement buses take bikes?", "", "", "")],
        [("⇧ 97 ⇩   Reply   Share   ···", "", "", "B")],
        [("u/GWMetro_Marguerite · OP · 5h", "", "", "B")],
        [("No, sorry.", "", "", "W"),
         ("Bikes will still be allowed on the rest of the network, and we're adding 60 cycle spaces at Gallowfield Park station.", "", "", "W")],
        [("u/TOU_branch_rep · 5h", "", "", "B")],
        [("Will any of your drivers lose shifts?", "", "", ""),
         ("The union hasn't been told anything.", "", "", "W")],
        [("⇧ 154 ⇩   Reply   Share   ···", "", "", "B")],
        [("u/GWMetro_Marguerite · OP · 4h", "", "", "B")],
        [("Nobody loses shifts or pay.", "", "", "W"),
         ("Riverside drivers will move to the other three lines, which are getting extra evening services during the closure.", "", "", "W"),
         ("We met the Transport Operatives' Union on 2 March to go through the rosters, and we're meeting them again next week.", "", "", "W")],
        [("u/TOU_branch_rep · 4h", "", "", "B")],
        [("That meeting was with the regional office, not the branch.", "", "", "B")],
        [("u/tram_goblin_77 · 6h", "", "", "B")],
        [("Just here to say the Gallowfield Park escalator has been broken since I was at school.", "", "", "B")],
        [("⇧ 204 ⇩   Reply   Share   ···", "", "", "B")],
        [("u/GlasswickMods · MOD · 6h", "", "", "B")],
        [("Removed: top-level comments must be questions.", "", "", "B")],
        [("[deleted]", "", "", "B")],
        [("Continue this thread →", "", "", "B")],
        [("View more comments", "", "", "B")],
        [("About Community", "", "", "B")],
        [("News, events and chat about Glasswick.", "", "", "B")],
        [("Created 14 Mar 2012", "", "", "B")],
        [("48.2k members · 312 online", "", "", "B")],
        [("Community rules", "", "", "B")],
        [("1. Be civil", "", "", "B")],
        [("2. No personal information", "", "", "B")],
        [("Threadhall Rules · Privacy Policy · User Agreement", "", "", "B")],
        [("Threadhall, Inc. © 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. regional broadcaster's fact check of three claims from a leaders' debate, with verdicts
        [("KMB", "", "", "B")],
        [("News   Sport   Weather   Listen   Watch live", "", "", "B")],
        [("KMB Verify", "", "", "B")],
        [("Leaders' debate fact check: ambulances, bus fares and school buildings", "", "", "")],
        [("We checked three claims made by party leaders in Tuesday night's Kellsmoor Assembly election debate.", "", "", "")],
        [("By Anwen Glasbury, KMB Verify", "", "", "B")],
        [("Published 22 April 2026, 06:00", "", "", "B")],
        [("Share", "", "", "B")],
        [("Key takeaways", "", "", "B")],
        [("Gwendolyn Ashbrittle's claim that ambulance response times have fallen by a third is not supported by the health board's figures.", "", "", "W")],
        [("Cathal Drennock-Vane was right that bus fares have risen faster than inflation every year since 2022.", "", "", "W")],
        [("Imogen Larchwood-Finn's figure for school buildings in need of repair comes from a survey that is now five years old.", "", "", "W")],
        [("Watch: The three leaders clash over the health service during Tuesday's debate", "", "", "")],
        [("2:14", "", "", "B")],
        [("Tuesday's debate, broadcast on KMB One, was the only time the three main party leaders will share a stage before the election on 7 May.", "", "", "W"),
         ("KMB Verify checked three of the claims that drew the biggest reaction in the studio and online.", "", "", "")],
        [("How we rate claims: True, Mostly true, Missing context, Misleading, False.", "", "", "B")],
        [("Claim 1", "", "", "B")],
        [("Claim: “We have cut ambulance response times by a third since 2023.”", "", "", "W")],
        [("Who said it: Gwendolyn Ashbrittle, First Minister (Kellsmoor Progressives)", "", "", "B")],
        [("VERDICT: MISLEADING", "", "", "B")],
        [("Ms Ashbrittle told the audience that an extra £60 million for the ambulance service had “cut response times by a third since 2023”.", "Gwendolyn Ashbrittle", "told the audience", "W")],
        [("The Kellsmoor Health Board publishes the average response time for the most serious calls, known as category one, every month.", "", "", "W"),
         ("In March 2023 the average was 11 minutes 48 seconds; in March 2026 it was 9 minutes 52 seconds.", "", "", "W"),
         ("That is a fall of 16%, not a third.", "", "", "W")],
        [("For category two calls, which include strokes and suspected heart attacks, the average fell from 52 minutes to 41 minutes, a fall of 21%.", "", "", "W")],
        [("A spokesperson for Ms Ashbrittle said she had been referring to the ambulance service's target for next year, which is a cut of 33% on 2023 levels.", "A spokesperson for Ms Ashbrittle", "said", "W"),
         ("A target is not the same as a result.", "", "", "")],
        [("We rate this claim Misleading.", "", "", "")],
        [("Claim 2", "", "", "B")],
        [("Claim: “Bus fares have gone up faster than prices in the shops every single year since 2022.”", "", "", "W")],
        [("Who said it: Cathal Drennock-Vane, leader of the Kellsmoor Alliance", "", "", "B")],
        [("VERDICT: TRUE", "", "", "B")],
        [("Mr Drennock-Vane was answering a question from an audience member about the cost of getting to work.", "", "", "")],
        [("The average adult single fare on Kellsmoor's regulated bus routes rose by 9% in 2023, 11% in 2024 and 7% in 2025, according to the regional transport authority.", "the regional transport authority", "according to", "W"),
         ("Consumer price inflation in those years was 6.8%, 3.1% and 2.9%.", "", "", "W"),
         ("In each year, fares rose faster.", "", "", "W")],
        [("We rate this claim True.", "", "", "")],
        [("Claim 3", "", "", "B")],
        [("Claim: “Four in ten of our schools are in buildings that need urgent repair.”", "", "", "W")],
        [("Who said it: Imogen Larchwood-Finn, leader of Green Kellsmoor", "", "", "B")],
        [("VERDICT: MISSING CONTEXT", "", "", "B")],
        [("Ms Larchwood-Finn's campaign pointed us to the 2021 School Condition Survey, commissioned by the Assembly's education department.", "Ms Larchwood-Finn's campaign", "pointed us to", "W"),
         ("It found that 41% of school buildings had at least one element rated “poor” or “bad”.", "the 2021 School Condition Survey", "found", "W")],
        [("The survey does not say those repairs are urgent, and it counts “blocks” rather than schools, so one school can appear several times.", "The survey", "does not say", "W")],
        [("The education department told KMB Verify that 212 schools had been repaired or rebuilt since the survey, and that a new survey would be published in the autumn.", "The education department", "told KMB Verify", "W")],
        [("We rate this claim Missing context.", "", "", "")],
        [("Sources", "", "", "B")],
        [("Kellsmoor Health Board, Ambulance response times, March 2023 and March 2026", "", "", "B")],
        [("Kellsmoor Transport Authority, Fares monitoring report 2025", "", "", "B")],
        [("Kellsmoor Assembly education department, School Condition Survey 2021", "", "", "B")],
        [("Spotted a claim you want us to check?", "", "", "B"),
         ("Email verify@kmb.example", "", "", "B")],
        [("More from KMB Verify", "", "", "B")],
        [("Does the region really have the longest hospital waits?", "", "", "B")],
        [("Viral post about council tax rise is wrong", "", "", "B")],
        [("KMB is not responsible for the content of external sites.", "", "", "B")],
        [("© KMB 2026", "", "", "B")],
    ],
    [  # 7. magazine long read: a valley's only dentist retires with no successor
        [("MEANDER", "", "", "B")],
        [("Subscribe   Sign in", "", "", "B")],
        [("Features   Culture   Ideas   Photography   The Issue", "", "", "B")],
        [("LONG READ", "", "", "B")],
        [("The last dentist in Carrowgill", "", "", "")],
        [("For 31 years, Hilary Fenstanton has been the only dentist in a valley of 19,000 people.", "", "", "W"),
         ("When she retires in June, nobody is lined up to replace her.", "", "", "W")],
        [("Words by Ciaran Vallely · Photographs by Mette Skovgaard", "", "", "B")],
        [("14 May 2026 · 24 min read", "", "", "B")],
        [("Listen to this article · 31 min", "", "", "B")],
        [("THE FIRST PATIENT on a Tuesday morning is usually waiting in the car park before Hilary Fenstanton has unlocked the door.", "", "", ""),
         ("Today it is Stanley Oxtoby, 83, a retired quarryman with a cracked molar and a flask of tea.", "", "", ""),
         ("He has been coming here since 1995.", "", "", "")],
        [("“She's done every filling I've got,” he says, tipping his head back in the chair.", "Stanley Oxtoby", "says", ""),
         ("“I don't know what happens to the rest of us after June.”", "Stanley Oxtoby", "says", "")],
        [("Fenstanton, 66, will close the surgery on Cobblestead Lane on 30 June.", "", "", "W"),
         ("It has two treatment rooms, one hygienist and, according to her own records, 6,400 patients registered for publicly funded care.", "her own records", "according to", "W"),
         ("The nearest practice taking new public patients is in Hallibury, 46 miles away over the pass.", "", "", "W")],
        [("The health authority has advertised her contract three times since last summer.", "", "", "W"),
         ("It has had no bids.", "", "", "W")],
        [("“I don't know what happens to the rest of us after June.”", "", "", "B")],
        [("— Stanley Oxtoby, patient", "", "", "B")],
        [("✦", "", "", "B")],
        [("I. A contract nobody wants", "", "", "")],
        [("To understand why, you have to understand how a dentist here is paid.", "", "", "")],
        [("Under the contract Fenstanton signed in 2006, the practice receives a fixed sum for each “unit of dental activity”, a measure that bundles treatments into bands.", "", "", "W"),
         ("A check-up is one unit.", "", "", "W"),
         ("A course of treatment that includes fillings is three.", "", "", "W"),
         ("A root canal, which can take two hours, is also three.", "", "", "W")],
        [("“You lose money on every root canal you do,” Fenstanton says.", "Hilary Fenstanton", "says", "W"),
         ("“Every single one.”", "Hilary Fenstanton", "says", "")],
        [("Her practice is paid £31.20 a unit, she says, slightly above the regional average of £29.80.", "Hilary Fenstanton", "says", "W")],
        [("Rosamund Elkerton, who runs primary care commissioning for the Upper Ruddon Health Authority, did not dispute the figures.", "Rosamund Elkerton", "did not dispute", ""),
         ("“We recognise the contract is not working for rural practices,” she said.", "Rosamund Elkerton", "said", ""),
         ("“But it is a national contract, and it is not ours to rewrite.”", "Rosamund Elkerton", "said", "W")],
        [("The authority has offered a one-off “golden hello” of £25,000 to any dentist who takes over the Carrowgill contract.", "", "", "W")],
        [("“You lose money on every root canal you do.", "", "", "B"),
         ("Every single one.”", "", "", "B")],
        [("— Hilary Fenstanton", "", "", "B")],
        [("✦", "", "", "B")],
        [("II. The valley", "", "", "")],
        [("Carrowgill sits at the head of a valley that once had four dentists.", "", "", "W"),
         ("The last of the others, in the market town of Lowfold, closed in 2017, when its owner sold the building to a holiday-let company.", "", "", "W")],
        [("Since then Fenstanton's list has grown by about 1,900 patients, and she has stopped taking on new adults.", "", "", "W"),
         ("On the whiteboard in her staff room is a waiting list for children: 212 names.", "", "", "W")],
        [("Her hygienist, Deryn Illingsworth, has worked alongside her since 2002.", "", "", "W"),
         ("She is retiring too.", "", "", "W")],
        [("“We talked about it for a long time,” Illingsworth says.", "Deryn Illingsworth", "says", ""),
         ("“We kept thinking someone would turn up.”", "Deryn Illingsworth", "says", "")],
        [("Hilary Fenstanton in the surgery on Cobblestead Lane, which she has run since 1995.", "", "", "W")],
        [("Photograph: Mette Skovgaard for Meander", "", "", "B")],
        [("✦", "", "", "B")],
        [("III. After June", "", "", "")],
        [("What happens next depends on whom you ask.", "", "", "")],
        [("The health authority says patients will be able to use an emergency dental line, and a mobile unit that will visit the valley twice a month from July.", "The health authority", "says", "W")],
        [("Fenstanton thinks that will not be enough.", "Hilary Fenstanton", "thinks", ""),
         ("“A van twice a month is not a dentist,” she says.", "Hilary Fenstanton", "says", "")],
        [("On the day I leave, she is booked until 6pm.", "", "", ""),
         ("Stanley Oxtoby's molar, in the end, needs a crown.", "", "", ""),
         ("She fits him in on a Saturday.", "", "", "")],
        [("This article appears in the June 2026 issue of Meander.", "", "", "B"),
         ("Subscribe from £6 a month.", "", "", "B")],
        [("Ciaran Vallely is a contributing writer at Meander.", "", "", "B")],
        [("More long reads", "", "", "B")],
        [("The island that voted to ban cars", "", "", "B")],
        [("Inside the last wool mill on the river", "", "", "B")],
        [("© Meander Media Ltd 2026", "", "", "B")],
    ],
    [  # 8. trade union's branch bulletin: pay offer rejected, strike dates, a safety fine
        [("Cold Chain and Distribution Workers' Union", "", "", "B")],
        [("Home   About us   Join   Your rights   Branches   News   Contact", "", "", "B")],
        [("Join the union", "", "", "B")],
        [("Branch Bulletin", "", "", "B")],
        [("Frostmere North West branch · Issue 47 · March 2026", "", "", "B")],
        [("Members reject Frostmere pay offer by 84%", "", "", "W")],
        [("Strike dates set for April after the company refuses to improve its 3% offer", "", "", "W")],
        [("Members at Frostmere Logistics' three chilled warehouses in the North West have voted to reject the company's pay offer, with 84% voting against on a turnout of 71%.", "", "", "W"),
         ("The ballot closed at noon on 9 March.", "", "", "W")],
        [("The offer was a 3% rise from 1 April, worth about 38p an hour to a warehouse operative on the basic rate of £12.65.", "", "", "W")],
        [("Frostmere made a pre-tax profit of £46.2 million last year, according to its accounts, and paid its shareholders a dividend of £18 million.", "its accounts", "according to", "W")],
        [("Branch secretary Kwabena Wethercote said members had “run out of patience”.", "Kwabena Wethercote", "said", "")],
        [("“Our members kept the shelves full through two winters of sickness and staff shortages,” he said.", "Kwabena Wethercote", "said", ""),
         ("“They are not asking for the moon.", "Kwabena Wethercote", "said", ""),
         ("They are asking for a rise that makes up what they lost to inflation in 2022 and 2023, which was around 11%.”", "Kwabena Wethercote", "said", "W")],
        [("Strike dates", "", "", "")],
        [("• Monday 6 April, 06:00 to Wednesday 8 April, 06:00 — all three sites", "", "", "W")],
        [("• Monday 20 April, 06:00 to Friday 24 April, 06:00 — all three sites", "", "", "W")],
        [("Picket lines will be staffed from 05:30 at each site.", "", "", "W")],
        [("A Frostmere spokesperson said the offer was “fair and affordable” and in line with pay settlements across the sector.", "A Frostmere spokesperson", "said", "W"),
         ("The company said it had contingency plans in place to keep deliveries moving.", "The company", "said", "")],
        [("We don't believe that.", "", "", ""),
         ("The last time members at the Varnham site walked out, in 2019, supermarket deliveries across the region were disrupted for four days.", "", "", "W")],
        [("Health and safety", "", "", "")],
        [("Forklift injury: Frostmere fined £240,000", "", "", "W")],
        [("Frostmere was fined £240,000 at Lowdell Magistrates' Court on 26 February after a member suffered crush injuries to both feet when a reach truck struck him at the Varnham site in 2024.", "", "", "W")],
        [("The Workplace Safety Executive found that the site had no separate walkways for pedestrians in the loading bay.", "The Workplace Safety Executive", "found", "W"),
         ("The branch raised the lack of walkways at three safety committee meetings in 2023, according to the committee's minutes.", "the committee's minutes", "according to", "W")],
        [("General secretary Bronagh Fairbeck said the fine should be a warning to the whole sector.", "Bronagh Fairbeck", "said", "")],
        [("“Nobody should go to work in a warehouse and come home unable to walk,” she said.", "Bronagh Fairbeck", "said", ""),
         ("“Our reps flagged this three times, and they were ignored.”", "Bronagh Fairbeck", "said", "W")],
        [("Branch news", "", "", "")],
        [("Lorna Hennequin has been elected branch equality officer, unopposed.", "", "", "W"),
         ("Thanks to everyone who stood for the committee this year.", "", "", "")],
        [("The branch hardship fund paid out £3,150 to 14 members in 2025.", "", "", "W"),
         ("Donations can be made through your rep.", "", "", "B")],
        [("Solidarity greetings to our sisters and brothers at Seddlecombe Chilled Foods, who won a 7% deal last month after two days of strike action.", "", "", "W")],
        [("Dates for your diary", "", "", "B")],
        [("Branch meeting — Thursday 2 April, 7pm, Varnham Trades Hall", "", "", "B")],
        [("Strike fund social — Saturday 11 April, 8pm, Varnham Trades Hall", "", "", "B")],
        [("Know your rights", "", "", "B")],
        [("You cannot lawfully be sacked for taking part in official industrial action in the first 12 weeks.", "", "", "B")],
        [("If a manager asks whether you will strike, you do not have to answer.", "", "", "B")],
        [("Talk to your rep before you sign anything.", "", "", "B")],
        [("Not a member yet?", "", "", "B"),
         ("Join online in five minutes at ccdwu.example/join", "", "", "B")],
        [("Printed and published by the Cold Chain and Distribution Workers' Union, 14 Tanner Row, Varnham.", "", "", "B")],
        [("Share this bulletin   Download PDF", "", "", "B")],
        [("© CCDWU 2026 · Privacy · Accessibility", "", "", "B")],
    ],
    [  # 9. community group post pasted from a social network: a village bridge closure
        [("Neighbrly", "", "", "B")],
        [("Pennycombe Village Noticeboard", "", "", "B")],
        [("Private group · 6.2K members", "", "", "B")],
        [("Joined ▾   + Invite   Share", "", "", "B")],
        [("About   Discussion   Featured   Events   Media   Files", "", "", "B")],
        [("Write something...", "", "", "B")],
        [("Featured", "", "", "B")],
        [("Group rules – please read before posting!", "", "", "B"),
         ("No selling, no political campaigning and no posts about individual…", "", "", "B")],
        [("See more", "", "", "B")],
        [("Gail Tremewan", "", "", "B")],
        [("Top contributor", "", "", "B")],
        [("3h · Edited · 👥", "", "", "B")],
        [("HARROW LANE BRIDGE – PLEASE READ 🚧", "", "", "")],
        [("Just back from the parish council meeting and I know loads of you have been asking, so here's what we were told.", "", "", "")],
        [("The county council have confirmed the Harrow Lane bridge will close from Monday 13 April for 11 weeks while they replace the deck.", "The county council", "have confirmed", "W")],
        [("The diversion is via Stoke Road and Pilling Cross, which adds about 6 miles each way.", "", "", "W")],
        [("Buses: the 47 will not come into the village at all during the works, it will turn round at the Pilling Cross junction instead.", "", "", "W"),
         ("The school bus IS still running but it will go from the church car park, not the green.", "", "", "W")],
        [("Cllr Barnaby Fothergale said the bridge failed its inspection in January and the weight limit has already been dropped to 7.5 tonnes.", "Barnaby Fothergale", "said", "W"),
         ("He said the council had wanted to wait until the summer holidays but the engineers wouldn't sign it off.", "Barnaby Fothergale", "said", "W")],
        [("Honestly I'm gutted for the shop and the pub because they only just got through the winter.", "", "", "")],
        [("Dermot at the Quarry Arms said they will stay open as normal and will do a takeaway night on Wednesdays while the bridge is shut.", "Dermot", "said", "W")],
        [("Also someone asked about the post office van.", "", "", ""),
         ("It will still come on Thursdays but it'll park at the village hall.", "", "", "W")],
        [("I've put the council's letter in the comments.", "", "", ""),
         ("Please share with anyone who isn't on here, especially older neighbours.", "", "", "B")],
        [("EDIT: the closure is 11 weeks, not 10, sorry – I misheard at the meeting.", "", "", "W")],
        [("May be an image of text that says 'AXBURY COUNTY COUNCIL ROAD CLOSURE NOTICE'", "", "", "B")],
        [("😢👍😮 214", "", "", "B")],
        [("126 comments   38 shares", "", "", "B")],
        [("Like   Comment   Share", "", "", "B")],
        [("Most relevant ▾", "", "", "B")],
        [("Yusuf Kaybridge", "", "", "B")],
        [("Ugh, the 47 is the only way my mum gets to her hospital appointments.", "", "", "B")],
        [("3h   Like   Reply   12", "", "", "B")],
        [("Gail Tremewan", "", "", "B")],
        [("Author", "", "", "B")],
        [("Yusuf there's a community car scheme, ring the parish clerk on 01632 960418.", "", "", "B")],
        [("3h   Like   Reply", "", "", "B")],
        [("Trish Oakapple", "", "", "B")],
        [("They said exactly the same about the bridge at Cranmoor and it ended up shut for six months and the…", "", "", "B")],
        [("See more", "", "", "B")],
        [("2h   Like   Reply   31", "", "", "B")],
        [("Barnaby Fothergale", "", "", "B")],
        [("Thanks Gail, that's an accurate summary.", "", "", "B"),
         ("The contractor starts on site on 13 April and the county has a £1.2m budget for the job.", "", "", "B")],
        [("Edited", "", "", "B")],
        [("2h   Like   Reply   👍 47", "", "", "B")],
        [("View 9 more replies", "", "", "B")],
        [("View more comments", "", "", "B")],
        [("Write a comment…", "", "", "B")],
        [("Privacy · Terms · Advertising · Cookies · More · Neighbrly © 2026", "", "", "B")],
    ],
    [  # 10. US school district's news announcement: later high school start times
        [("Pemberlow Unified School District", "", "", "B")],
        [("Translate ▾", "", "", "B")],
        [("English | Español | Tiếng Việt | 中文", "", "", "B")],
        [("Schools ▾   Departments ▾   Families ▾   Staff ▾   Board of Education ▾", "", "", "B")],
        [("Parent Portal   Staff Login   Calendar   Search", "", "", "B")],
        [("District News", "", "", "B")],
        [("Board approves later high school start times for 2026-27", "", "", "W")],
        [("Posted on 03/06/2026", "", "", "B")],
        [("Print   Share   Email", "", "", "B")],
        [("Dear Pemberlow families and staff,", "", "", "B")],
        [("On Tuesday night, the Board of Education voted 4-1 to move the start of the high school day from 7:25 a.m. to 8:20 a.m., beginning August 17.", "", "", "W"),
         ("Trustee Gideon Harthill cast the dissenting vote.", "", "", "W")],
        [("The change affects our three comprehensive high schools: Pemberlow High, Foxhollow High and Sable Ridge High.", "", "", "W"),
         ("Middle schools will start at 7:50 a.m., ten minutes earlier than now, and elementary school times will not change.", "", "", "W")],
        [("I know this is a big change for many households, and I want to explain why we made it.", "", "", "")],
        [("Last spring, 3,214 parents and guardians responded to our district survey, and 61% supported a later start.", "", "", "W"),
         ("Our own attendance data shows that first-period absences at the high schools run at nearly twice the rate of any other period.", "Our own attendance data", "shows", "W")],
        [("National pediatric guidance recommends that middle and high schools start no earlier than 8:30 a.m.", "National pediatric guidance", "recommends", "W"),
         ("Moving to 8:20 a.m. gets us as close to that as our bus fleet allows.", "", "", "")],
        [("Because the same buses serve high, middle and elementary routes, the change means we will add six routes and hire eight drivers.", "", "", "W"),
         ("The added cost is about $1.4 million a year, which the board has approved from the transportation reserve for the first two years.", "", "", "W")],
        [("After-school athletics will end about 40 minutes later.", "", "", "W"),
         ("Our athletic directors are working with the league on a revised game schedule, which we will share in May.", "", "", "")],
        [("Board President Obadiah Klinefelter said the decision was “the right thing for our students, even if it is not the easy thing.”", "Obadiah Klinefelter", "said", ""),
         ("He noted that two neighboring districts, Greywether and Ashlock Valley, moved to later start times in 2024.", "Obadiah Klinefelter", "noted", "W")],
        [("Thank you to everyone who filled in the survey, came to one of the four community forums or wrote to the board.", "", "", "")],
        [("Sincerely,", "", "", "B")],
        [("Dr. Renata Zubrycki", "", "", "B")],
        [("Superintendent", "", "", "B")],
        [("Frequently asked questions", "", "", "B")],
        [("Will my child's bus pick-up time change?", "", "", "")],
        [("Yes, for most high school students.", "", "", "W"),
         ("New route times will be posted in the Parent Portal by July 31.", "", "", "B")],
        [("What about students who work after school?", "", "", "")],
        [("Each high school will offer an optional “zero period” from 7:25 a.m. for up to 120 students, with priority for students with jobs or family responsibilities.", "", "", "W")],
        [("Will the school day end later?", "", "", "")],
        [("Yes.", "", "", "W"),
         ("The high school day will end at 3:25 p.m. instead of 2:30 p.m.", "", "", "W")],
        [("Who can I contact with questions?", "", "", "")],
        [("Email starttimes@pemberlowusd.example or call the District Office at (555) 014-2290.", "", "", "B")],
        [("Important dates", "", "", "B")],
        [("April 14 — Transportation open house, District Office, 6 p.m.", "", "", "B")],
        [("May 12 — Revised athletics schedule released", "", "", "B")],
        [("August 17 — First day of school", "", "", "B")],
        [("Pemberlow Unified School District · 1180 Mill Race Road · Pemberlow, CA 95999 · (555) 014-2200", "", "", "B")],
        [("Pemberlow Unified School District prohibits discrimination, harassment, intimidation and bullying based on actual or perceived race, color, religion, sex, gender identity, national origin, disability or any other protected characteristic.", "", "", "B")],
        [("Questions or complaints may be directed to the district's Civil Rights Coordinator at the address above.", "", "", "B")],
        [("Website accessibility   Site map", "", "", "B")],
        [("Site by Schoolhaus Web", "", "", "B")],
    ],
    [  # 11. price-comparison site's monthly supermarket price tracker
        [("Trolleywise", "", "", "B")],
        [("Compare   Price tracker   Deals   Guides   Energy   Broadband", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("Home › Groceries › Price tracker", "", "", "B")],
        [("Cheapest supermarket: Thriftleigh wins for the ninth month running", "", "", "W")],
        [("Our 42-item basket cost £81.37 at Thriftleigh in March, £9.12 less than at the most expensive big chain", "", "", "W")],
        [("By Orla Skyrme, Consumer Editor", "", "", "B")],
        [("Updated 2 April 2026", "", "", "B")],
        [("How we make money: we may earn a commission if you click on some links on this page.", "", "", "B"),
         ("This never affects our rankings.", "", "", "B")],
        [("Jump to: Results table · How we compare · What the supermarkets said · FAQs", "", "", "B")],
        [("Thriftleigh was the cheapest of the eight big supermarkets for our basket of 42 everyday items in March, at £81.37.", "", "", "W"),
         ("It has now topped our tracker for nine months in a row.", "", "", "W")],
        [("Corriemart was second at £83.04, just £1.67 more.", "", "", "W"),
         ("The most expensive was Winterstoke, at £90.49.", "", "", "W")],
        [("Our analysis of 1.2 million prices found that the same basket cost £4.79 more on average than in March 2025, a rise of 5.9%.", "Our analysis of 1.2 million prices", "found", "W"),
         ("That is higher than the latest official food inflation figure, 4.2% for February, published by the national statistics office.", "", "", "W")],
        [("Part of the gap is down to brands: branded items in our basket rose by 8.1%, own-label items by 3.7%.", "", "", "W")],
        [("Supermarket price tracker: March 2026", "", "", "B")],
        [("Rank   Supermarket   Basket price   Change on February", "", "", "B")],
        [("1   Thriftleigh   £81.37   −£0.44", "", "", "")],
        [("2   Corriemart   £83.04   +£0.21", "", "", "")],
        [("3   Pantrywell   £83.96   −£0.12", "", "", "")],
        [("4   Burdock Stores   £84.15   +£0.63", "", "", "")],
        [("5   Greengage Foods   £86.02   +£0.38", "", "", "")],
        [("6   Moorfield Market   £87.45   −£0.09", "", "", "")],
        [("7   Tillbury's   £88.71   +£1.02", "", "", "")],
        [("8   Winterstoke   £90.49   +£0.55", "", "", "")],
        [("Prices with loyalty cards applied where available.", "", "", "B")],
        [("Compare your own shop →", "", "", "B")],
        [("Loyalty prices make a big difference", "", "", "")],
        [("Without Burdock Stores' loyalty card, the same basket there cost £87.90 instead of £84.15.", "", "", "W"),
         ("Without loyalty prices, Burdock would have been sixth rather than fourth.", "", "", "W")],
        [("Ewan Tarbolton, head of research at the consumer group Shoppers' Voice, said shoppers without loyalty cards were “paying a penalty for privacy”.", "Ewan Tarbolton", "said", ""),
         ("He said one in five shoppers over 75 does not have a smartphone, which most loyalty schemes now require.", "Ewan Tarbolton", "said", "W")],
        [("Deal of the week", "", "", "B")],
        [("Thriftleigh own-label olive oil 1L", "", "", "B")],
        [("£4.49   £6.20", "", "", "B")],
        [("Save 28%", "", "", "B")],
        [("View deal", "", "", "B")],
        [("Price checked 1 April 2026, 09:12", "", "", "B")],
        [("What the supermarkets said", "", "", "")],
        [("“Our customers know they can rely on us for the lowest prices, month after month,” a Thriftleigh spokesperson said.", "a Thriftleigh spokesperson", "said", "")],
        [("Winterstoke said its prices reflected “the quality and provenance of our products” and that it had cut the price of more than 400 lines since January.", "Winterstoke", "said", "W")],
        [("Corriemart declined to comment.", "Corriemart", "declined to comment", "")],
        [("How we compare", "", "", "B")],
        [("We check the price of the same 42 items on each supermarket's website every day, choosing the cheapest available size and own-label where no brand is specified.", "", "", "B"),
         ("We then take the average price across the month.", "", "", "B")],
        [("FAQs", "", "", "B")],
        [("Is the cheapest supermarket the same everywhere?", "", "", "")],
        [("Not always.", "", "", ""),
         ("Prices in smaller convenience branches are often higher than online, and we only check online prices.", "", "", "W")],
        [("Does Trolleywise include discount stores?", "", "", "")],
        [("No.", "", "", "W"),
         ("Stores that don't sell online are left out, because we can't check their prices every day.", "", "", "W")],
        [("You might also like", "", "", "B")],
        [("The cheapest place to buy nappies this month", "", "", "B")],
        [("Are loyalty card prices really a bargain?", "", "", "B")],
        [("Get the price tracker by email every month", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Trolleywise Ltd is registered in England and Wales, company number 09876543.", "", "", "B")],
        [("© 2026 Trolleywise Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. wire agency's explainer with question subheads: a drought and water rationing
        [("Larrigan News", "", "", "B")],
        [("World   Business   Markets   Climate   Explainers", "", "", "B")],
        [("Climate", "", "", "B")],
        [("EXPLAINER-Why is Lake Orvalla drying up, and will the taps run dry?", "", "", "")],
        [("By Lucía Berrondo", "", "", "B")],
        [("4 minute read", "", "", "B")],
        [("March 27, 2026 · 11:42 AM GMT · Updated 2 hours ago", "", "", "B")],
        [("SAN TEODOMIRO, March 27 (LRN) - Lake Orvalla has fallen to its lowest level since measurements began in 1961, and the government this week ordered water rationing for 1.3 million people in the basin.", "", "", "W")],
        [("Here is what we know about the crisis and what could happen next.", "", "", "B")],
        [("WHAT HAS HAPPENED?", "", "", "")],
        [("Lake Orvalla, which supplies drinking water to the capital region and irrigates about 40,000 hectares of orchards, stood at 31% of its normal volume on Wednesday, according to the Orvalla Basin Water Authority.", "the Orvalla Basin Water Authority", "according to", "W"),
         ("A year ago it was at 58%.", "", "", "W")],
        [("On Tuesday, Public Works Minister Ramiro Escobedo-Lanz announced that households in 14 municipalities would have their water cut off for 12 hours, twice a week, from April 1.", "Ramiro Escobedo-Lanz", "announced", "W")],
        [("WHY IS THE LAKE SO LOW?", "", "", "")],
        [("The region has had four years of below-average rainfall.", "", "", "W"),
         ("Last year's total of 212 mm was less than half the long-term average, the national weather service said.", "the national weather service", "said", "W")],
        [("Hydrologist Paz Urrestarazu of the University of San Teodomiro said the drought was only part of the story.", "Paz Urrestarazu", "said", "")],
        [("“Withdrawals for irrigation have roughly doubled since 2005, as farmers switched to avocados and cherries, which need water all year,” she said.", "Paz Urrestarazu", "said", "W"),
         ("“The lake was being drawn down faster than it refilled long before the rain stopped.”", "Paz Urrestarazu", "said", "W")],
        [("WHO IS AFFECTED?", "", "", "")],
        [("Rationing will apply to homes and businesses but not to hospitals, schools or fire stations, the ministry said.", "the ministry", "said", "W")],
        [("Farmers face deeper cuts.", "", "", ""),
         ("Irrigators' allocations for the season starting in May have been cut by 60%, according to the water authority.", "the water authority", "according to", "W")],
        [("Anselmo Garrastazu, president of the Orvalla Fruit Growers' Federation, said the cut would “finish off” many small growers.", "Anselmo Garrastazu", "said", ""),
         ("He said about 2,600 of the federation's 3,900 members farm fewer than 10 hectares.", "Anselmo Garrastazu", "said", "W")],
        [("WHAT IS THE GOVERNMENT DOING?", "", "", "")],
        [("Escobedo-Lanz said the government would spend 180 billion pesos ($190 million) on emergency wells, leak repairs and water trucks.", "Ramiro Escobedo-Lanz", "said", "W"),
         ("A desalination plant on the coast, approved in 2023, is not due to open until 2029.", "", "", "W")],
        [("Critics say that is too late.", "Critics", "say", ""),
         ("Opposition lawmakers have called for a temporary ban on new avocado plantings.", "Opposition lawmakers", "have called for", "")],
        [("WHAT HAPPENS NEXT?", "", "", "")],
        [("The autumn rains usually begin in late April.", "", "", "W"),
         ("Forecasters at the national weather service expect a drier than normal autumn, though they give a 30% chance of near-normal rainfall.", "Forecasters at the national weather service", "expect", "")],
        [("The water authority will review the rationing schedule every two weeks, it said.", "The water authority", "said", "W"),
         ("If the lake falls below 25%, the point at which its main intake is exposed, cuts will be extended to four days a week, Escobedo-Lanz said.", "Ramiro Escobedo-Lanz", "said", "W")],
        [("(Reporting by Lucía Berrondo; Additional reporting by Tomás Arriagada; Editing by Kaveh Tamizi)", "", "", "B")],
        [("Our Standards: The Larrigan Trust Principles.", "", "", "B")],
        [("Acquire Licensing Rights", "", "", "B")],
        [("Suggested Topics: Climate · Water · Agriculture", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Fruit exporters warn of smaller avocado harvest", "", "", "B")],
        [("Drought pushes hydropower output to 20-year low", "", "", "B")],
        [("Sign up for our weekly climate newsletter", "", "", "B")],
        [("© 2026 Larrigan News.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    # --- newsletter post: a two-sentence headline, a superscript footnote marker, footnotes with p. -----------
    ("h20-headline-two-sentences", "The harbour dredge was meant to cost £2.1 million. The bill is now £3.42 million.\nWhat the commissioners' own board papers say about the overrun, and what they left out",
     ["The harbour dredge was meant to cost £2.1 million.", "The bill is now £3.42 million.", "What the commissioners' own board papers say about the overrun, and what they left out"]),
    ("h20-superscript-marker", "The original contract assumed that 38,000 cubic metres of silt would be dumped at sea, at a licensed site four miles off Gull Point.¹ In the spring of 2025, tests found raised levels of tributyltin, an old anti-fouling chemical, in samples from the inner basin.",
     ["The original contract assumed that 38,000 cubic metres of silt would be dumped at sea, at a licensed site four miles off Gull Point.¹", "In the spring of 2025, tests found raised levels of tributyltin, an old anti-fouling chemical, in samples from the inner basin."]),
    ("h20-footnote-page", "¹ Marine licence L/2019/0447, issued by the coastal licensing office.\n² Board paper BP-25/31, Annex C, p. 7.\nLike   Comment   Restack",
     ["¹ Marine licence L/2019/0447, issued by the coastal licensing office.", "² Board paper BP-25/31, Annex C, p. 7.", "Like   Comment   Restack"]),
    # --- an executive's post: a quote after a colon, hashtags and the see-less line ------------------------
    ("h20-colon-quote", "Our finance director, Mirela Dancescu, ran the numbers on shutting on Mondays, our quietest day by a distance, and put it better than I can: “We lose 9% of our takings and save 14% of our costs.”\nI know what some of you are thinking. Bakeries are supposed to open every day.",
     ["Our finance director, Mirela Dancescu, ran the numbers on shutting on Mondays, our quietest day by a distance, and put it better than I can: “We lose 9% of our takings and save 14% of our costs.”", "I know what some of you are thinking.", "Bakeries are supposed to open every day."]),
    ("h20-hashtags-see-less", "And to everyone who told me this was mad: you might be right, and I'll share the numbers in a year either way.\n#FourDayWeek #Bakery #Retail #PeopleFirst\n…see less\n👍❤️💡 3,214",
     ["And to everyone who told me this was mad: you might be right, and I'll share the numbers in a year either way.", "#FourDayWeek #Bakery #Retail #PeopleFirst", "…see less", "👍❤️💡 3,214"]),
    # --- a speech page: an applause marker between paragraphs ----------------------------------------------
    ("h20-applause", "So today I can announce that we will fund 20,000 additional apprenticeship starts for 16- to 18-year-olds from September, backed by £340 million over three years.\n(Applause)\nEmployers who take on an apprentice aged 16 to 18 will receive £2,500, up from £1,000 today.",
     ["So today I can announce that we will fund 20,000 additional apprenticeship starts for 16- to 18-year-olds from September, backed by £340 million over three years.", "(Applause)", "Employers who take on an apprentice aged 16 to 18 will receive £2,500, up from £1,000 today."]),
    # --- a think-tank blog: a bracketed marker after the stop, alt text of two sentences, a charity number ---
    ("h20-bracket-marker", "Figures published by the Energy Markets Authority last month show that customers owed suppliers £4.1 billion in December, the highest level since records began in 2013.[1] That is more than three times the £1.3 billion owed at the end of 2021.",
     ["Figures published by the Energy Markets Authority last month show that customers owed suppliers £4.1 billion in December, the highest level since records began in 2013.[1]", "That is more than three times the £1.3 billion owed at the end of 2021."]),
    ("h20-alt-text", "Figure 2: Average debt per indebted household, by income fifth, £\nAlt text: A bar chart. The poorest fifth owes an average of £1,460, the second fifth £980, the middle fifth £720, the fourth fifth £510 and the richest fifth £390.\nPoorest fifth   1,460",
     ["Figure 2: Average debt per indebted household, by income fifth, £", "Alt text: A bar chart.", "The poorest fifth owes an average of £1,460, the second fifth £980, the middle fifth £720, the fourth fifth £510 and the richest fifth £390.", "Poorest fifth   1,460"]),
    ("h20-charity-no", "[5] Energy Markets Authority, Forward work programme 2026-27, p. 14.\nTessellate Policy Institute is a registered charity (No. 1184203).",
     ["[5] Energy Markets Authority, Forward work programme 2026-27, p. 14.", "Tessellate Policy Institute is a registered charity (No. 1184203)."]),
    # --- an AMA thread: a title of three sentences, a quoted line in a reply, an edited username line -------
    ("h20-ama-title", "I'm Marguerite Fallonby, operations director at Glasswick Metro. We're closing the Riverside line for 16 weeks this summer to replace its signalling. AMA!",
     ["I'm Marguerite Fallonby, operations director at Glasswick Metro.", "We're closing the Riverside line for 16 weeks this summer to replace its signalling.", "AMA!"]),
    ("h20-quoted-reply", "u/GWMetro_Marguerite · OP · 6h\n> Why on earth are you doing this in the summer\nBecause ridership on the line drops by about a third in July and August, when the universities are out.",
     ["u/GWMetro_Marguerite · OP · 6h", "> Why on earth are you doing this in the summer", "Because ridership on the line drops by about a third in July and August, when the universities are out."]),
    ("h20-edited-username", "u/throwaway_signals · 6h · Edited 5h\nThe last time you shut this line, for the platform works in 2019, it was meant to be eight weeks and ended up being fourteen. What's different this time?\n⇧ 276 ⇩   Reply   Share   ···",
     ["u/throwaway_signals · 6h · Edited 5h", "The last time you shut this line, for the platform works in 2019, it was meant to be eight weeks and ended up being fourteen.", "What's different this time?", "⇧ 276 ⇩   Reply   Share   ···"]),
    # --- a broadcaster's fact check: claim, claimant and verdict lines; minutes and seconds ------------------
    ("h20-claim-box", "Claim: “We have cut ambulance response times by a third since 2023.”\nWho said it: Gwendolyn Ashbrittle, First Minister (Kellsmoor Progressives)\nVERDICT: MISLEADING",
     ["Claim: “We have cut ambulance response times by a third since 2023.”", "Who said it: Gwendolyn Ashbrittle, First Minister (Kellsmoor Progressives)", "VERDICT: MISLEADING"]),
    ("h20-minutes-seconds", "In March 2023 the average was 11 minutes 48 seconds; in March 2026 it was 9 minutes 52 seconds. That is a fall of 16%, not a third.",
     ["In March 2023 the average was 11 minutes 48 seconds; in March 2026 it was 9 minutes 52 seconds.", "That is a fall of 16%, not a third."]),
    # --- a magazine long read: a pull quote of two sentences with its name line and a section break --------
    ("h20-pull-quote", "“You lose money on every root canal you do. Every single one.”\n— Hilary Fenstanton\n✦\nII. The valley",
     ["“You lose money on every root canal you do.", "Every single one.”", "— Hilary Fenstanton", "✦", "II. The valley"]),
    # --- a community group post: a truncated comment and See more, an edit note --------------------------------
    ("h20-see-more", "They said exactly the same about the bridge at Cranmoor and it ended up shut for six months and the…\nSee more\n2h   Like   Reply   31",
     ["They said exactly the same about the bridge at Cranmoor and it ended up shut for six months and the…", "See more", "2h   Like   Reply   31"]),
    ("h20-cllr-edit", "Cllr Barnaby Fothergale said the bridge failed its inspection in January and the weight limit has already been dropped to 7.5 tonnes.\nEDIT: the closure is 11 weeks, not 10, sorry – I misheard at the meeting.",
     ["Cllr Barnaby Fothergale said the bridge failed its inspection in January and the weight limit has already been dropped to 7.5 tonnes.", "EDIT: the closure is 11 weeks, not 10, sorry – I misheard at the meeting."]),
    # --- a school district page: a.m. and p.m. mid-sentence and at the end, a one-word answer, a signature ---
    ("h20-am-pm", "On Tuesday night, the Board of Education voted 4-1 to move the start of the high school day from 7:25 a.m. to 8:20 a.m., beginning August 17. Trustee Gideon Harthill cast the dissenting vote.",
     ["On Tuesday night, the Board of Education voted 4-1 to move the start of the high school day from 7:25 a.m. to 8:20 a.m., beginning August 17.", "Trustee Gideon Harthill cast the dissenting vote."]),
    ("h20-yes-then-pm", "Yes. The high school day will end at 3:25 p.m. instead of 2:30 p.m.\nWho can I contact with questions?",
     ["Yes.", "The high school day will end at 3:25 p.m. instead of 2:30 p.m.", "Who can I contact with questions?"]),
    ("h20-signature", "Sincerely,\nDr. Renata Zubrycki\nSuperintendent\nFrequently asked questions",
     ["Sincerely,", "Dr. Renata Zubrycki", "Superintendent", "Frequently asked questions"]),
    # --- a wire explainer: a dateline with the agency tag, capitals question subheads, the credit line --------
    ("h20-wire-dateline", "SAN TEODOMIRO, March 27 (LRN) - Lake Orvalla has fallen to its lowest level since measurements began in 1961, and the government this week ordered water rationing for 1.3 million people in the basin.\nHere is what we know about the crisis and what could happen next.\nWHAT HAS HAPPENED?",
     ["SAN TEODOMIRO, March 27 (LRN) - Lake Orvalla has fallen to its lowest level since measurements began in 1961, and the government this week ordered water rationing for 1.3 million people in the basin.", "Here is what we know about the crisis and what could happen next.", "WHAT HAS HAPPENED?"]),
    ("h20-wire-credit", "(Reporting by Lucía Berrondo; Additional reporting by Tomás Arriagada; Editing by Kaveh Tamizi)\nOur Standards: The Larrigan Trust Principles.\n© 2026 Larrigan News. All rights reserved.",
     ["(Reporting by Lucía Berrondo; Additional reporting by Tomás Arriagada; Editing by Kaveh Tamizi)", "Our Standards: The Larrigan Trust Principles.", "© 2026 Larrigan News.", "All rights reserved."]),
]  # fmt: skip
