"""Seventeenth set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13, before any rule was tuned on them and without looking at the
engine's code or output (neither `claimreview/` nor the scorer's results were opened, and no test,
scorer or engine was run; only an import of this file was tried, to check its structure): every
person, place, organisation, outlet, team, product and number is invented (a few countries, US
states, currencies, units and time zones appear only as places and units), and no surname, town,
team or outlet of any file under `tests/` is reused (each was checked with grep over the whole
`tests/` tree; first names recur). Each page is a WHOLE page, head to tail, as a new user pastes
it as plain text after selecting all in a browser, so every furniture line is a paragraph of its
own. The twelve pages are kinds the earlier sets lack: an Irish regional paper's planning-appeal
story behind a cookie consent wall, a South African news site's load-shedding and tariff story, a
Philippine news site's typhoon update, a US local TV station's web story built from a broadcast, a
tech product review, a rugby union club's own match report, a government ministry's media release,
a health story with medical-review furniture, a markets live wrap, a press-conference transcript on
a minister's site, a Scottish local paper's council story with readers' comments and a FAQ
explainer with a correction at its foot. The three things they stress are (1) furniture of every
kind worded afresh, at the head, in the middle and at the tail (consent buttons, "Most Read"
numbers, audio players, schedule tables, signal lists, "ADVERTISEMENT" and "READ:" lines, video
player lines, "Report a typo", autoplay strips, rating, price and "Buy at" boxes, Pros/Cons, spec
and stats tables, ticket and sponsor strips, "Media release" headers, notes to editors, feedback
widgets, review and fact-check lines, numbered sources, tickers and minute stamps, transcript
headers and "E&OE", comment counts and sort controls, "Key figures" boxes, correction and update
notes); (2) who is speaking (roles before names, long appositions, pronouns among several women,
quotes over several paragraphs, labels in a transcript, organisations and "it", documents, data and
polls as sources, "according to", "declined to say", "told reporters", "said in a statement",
"in a statement signed by", "the minister said in the statement", "told KQVR 9"); (3) honest
check-worthiness, with many ordinary borderline sentences of both kinds. `STYLES` names the site
and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new16.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; captions by content and credits "B"; video captions like photo
captions, running times and cards for other videos "B"; standfirsts, deks and subheads labelled
like headlines, question and topic subheads ""; kickers, mastheads, widgets, tickers and share
strips "B"; "Key points" and fact-box headings "B" with their bullets and "Label: value" lines by
content; warning boxes with the heading "B", each level-and-places line "W" and the advice under
it "B"; related lists, "Most read" numbers and headlines, "Also Read" and "Read more" lines, author
bios, comment furniture and readers' comments "B"; reader-service lines, appeals and advice to
readers "B"; journal references, numbered sources, funding lines, "Notes to editors" items, media
contacts and medical disclaimers "B"; a health site's review line "B" with the reviewer no speaker
of the story; release headers, "FOR IMMEDIATE RELEASE", "ENDS" and "###" "B", a release's own text
without a speaker and "X said:" carrying X into the quoted paragraphs after it; live-blog stamps,
entry bylines, "Load earlier updates" and welcome lines "B", entry headlines labelled like
headlines; embedded posts with the account holder as speaker and the cue "posted", handle, date
and counts "B", a lead-in line carrying the account holder as written with "posted" and flags "";
data rows "" with the table's title and header row "B"; score blocks, scorers, cards and results
"W", line-ups, replacements and attendance-and-referee lines ""; transcript and Q&A labels as cues
with the full name as speaker, questions no speaker unless they cite a source, stage directions
"B"; a quote in another language with its translation in brackets ONE sentence, "said in
Filipino" a cue as written; factual corrections and update notes "W", a note that only says what
was added "B"; plans, votes and fixtures "W", forecasts ""; titles, honorifics ("Hon.", "Engr.",
"Cllr", "Dr"), ranks, nicknames, post-nominals and role words dropped from speakers; a pronoun, a
later surname or a role noun ("the chief", "the spokesperson", "the minister") resolved to the
full name as first given; "the company", "the council", "the board" and the like kept as written,
"it" for an organisation resolved to its name as first given; a headline source that is a role
referring to a person named lower down carries the full name, one that is a body is kept as
written; "X, in a statement signed by Y, said" has X as the speaker; "declined to comment",
"declined to say" and "did not respond" labelled like speech with flags ""; what a court, board or
committee DID carries no speaker; glued furniture items without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A headline in the "Role: claim" form ("Police chief: officer ended pursuit ...") carries the
  person the role refers to, named lower down, by full name, with the role and colon as the cue
  ("Police chief:"), as a name prefix is the cue of a Q&A answer.
* An inspector's report to an appeals board is a source like any document: the inspector who
  "wrote" or "noted" is the speaker by full name; "The board's order states" keeps the document as
  written. "Cathaoirleach" (the chair of an Irish council body) is a role word and is dropped, like
  "Cllr"; Irish names keep "Ní" and their fadas. The appeal's case-reference line ("can be read
  on the board's website under case reference ...") is a reader-service line, "B".
* A news site's audio player ("Listen to this article", the "00:00 / 05:18" time line and
  "Voiced by artificial intelligence.") is "B" line by line. A power-cut schedule pasted in the
  story is a table: its title and header row "B", each block's row ""; "Schedules can change at
  short notice." and "Check the metro's app ..." are "B", like the "Warnings are current ..."
  note and advice to readers. "MORE ON THIS |" and "ALSO READ |" lines are "B". "..., the minister
  said in the statement" keeps the whole phrase as cue, like "said in a statement"; "The statement
  said" keeps the document as written.
* A typhoon page's signal list is a warning box: its heading "B", each "Signal No. N: places" line
  "W"; the standard wording of what a signal level means ("Typhoon-force winds of 118 to 184 km/h
  expected within 12 hours; ...") is "B", like the advice under a warning level, and the list's
  "Source: ... bulletin" line is "B", like a chart's source line. "In its 11 a.m. bulletin, PWHA
  said" has the cue "said" (the channel stands before the verb, as in "In a statement, X said");
  "the bulletin read" keeps the document as written; a hotline line and "follow us" prompts "B".
* A TV station's web story: "Watch the full report", "Video: 2:47", "Autoplay: On", the "Up next"
  line and other video cards, "Report a typo" and "Copyright 2026 KQVR." / "All rights reserved."
  are "B"; the video's caption is labelled by content. "KQVR 9 is not naming him because he has not
  been formally charged." is "B", like a reporting-restriction note: it is about what the outlet
  publishes, not a claim of the story. "told KQVR 9" is a cue as written, like "told the Courier".
* A product review page: the rating line, price boxes, "Buy at ..." buttons, the "Also consider"
  card, "Prices checked ..." and the affiliate disclosure are "B" line by line (as in
  `labelled_new14.py`'s product boxes); "Pros" and "Cons" are headings, "B", and their bullets are
  labelled by content like "Key points" bullets: a judgement ("Page-turn button is a joy to use",
  "Sharpest, most even screen we have tested") is "", a spec, a price or a measured result
  ("Waterproof to 2 metres for 60 minutes", "Battery lasted 38 days in our test") is "W". The
  reviewer's own statements carry no speaker, like a columnist's: the outlet's measurements are
  "W", the reviewer's judgements and the verdict-style headline "". "Verdict" is a heading, "B",
  like "Our ruling", and the verdict sentences are "" (judgements). The spec table's title and
  header row are "B", its rows "". "How we test" and the line under it are "B", like a methodology
  box. A maker's claim ("Lumora rates the battery at ...", "Lumora says ...") carries the maker
  with its verb as cue and is "W".
* A club's match report: the "Yellow card:" line under the scorers is a statement of record, "W",
  like "Booked:"; the "Tickets" box is a call to action, "B" line by line, the fixture inside it
  included (a promo, like a related card whose standfirst states facts), while a fixture stated in
  the report itself ("Castlemere travel to leaders Polgwidden on Saturday 21 March") stays "W";
  the principal-partner line and the partners strip are "B", like sponsor lines.
* A ministry media release: the official-site banner, "Media release", "For immediate release",
  the date line, "Ends", "Media contact:" and the lines under it, "Share this page", "Was this
  page helpful?", "Report a problem with this page" and "Page last updated" are "B"; a lead that
  attributes the announcement ("..., the Minister ..., Hon. X, announced today") carries X with the
  cue "announced"; the line telling readers where to order a card is reader service, "B", while
  the fact that the card is needed and free is "W".
* A health page's "Fact checked by ..." line is a byline, "B", like "Medically reviewed by ...";
  the "✓ Fact checked" badge and its explanation are "B". A study's stated limitation that can be
  checked ("It lasted only 16 weeks, and 81% of the participants lived in cities.") is "W"; a
  speculative one ("... may also be more motivated than most.") stays "".
* A markets live wrap: index closes, points and percentage moves, volumes and the number of risers
  are statements of record, "W", with "according to exchange data" naming the data; an entry
  headline with "Market close:" is labelled by content like any entry headline; an analyst's
  account of what investors feared is an interpretation, "", while a company's stated cause ("The
  company blamed flooding ...") is "W" with "The company" as written and the cue "blamed";
  "Economists polled by Copperline had expected 3.2%." carries the poll as written with the cue
  "had expected" and is "W" (the consensus figure is checkable). The "Follow our markets coverage"
  prompt is "B" wherever it falls in the stream; the data-delay note, its "Source:" sentence and
  the investment disclaimer are "B".
* A press-conference transcript: "MINISTER TENNYHOLT:" and "DR DEVARAKONDA:" work like name
  prefixes: the speaker is the full name as first given on the page (from the header "The Hon.
  Rosalind Tennyholt MP", or from the minister's introduction "Dr Anjali Devarakonda"), the cue is
  the label as written, role included, and a paragraph continuing a turn without a label keeps
  both. "JOURNALIST:" turns carry no speaker unless they cite a source, which is kept as written
  with its verb ("the auditor-general's report", "said"; "The opposition", "says"). "[inaudible]"
  inside a turn stays part of its sentence; a bare "[Question inaudible]" line is "B", like a stage
  direction, and so is the media adviser's procedural turn ("MEDIA ADVISER: Last two questions,
  please."). The header, "Subjects:", "E&OE", "ENDS", the media contact and the "Authorised by"
  line are "B". A one-word "No." that refuses to rule something out commits to nothing checkable
  and is "", unlike `labelled_new15.py`'s "Chidozie: No." to a checkable question.
* Among several women in one story, "she" resolves to the woman of the nearest preceding
  attribution (the one last speaking or last introduced with a reporting verb), as a reviewer
  reads it; "Cllr Pitcaithly later told the Lantern" is resolved like a later surname with the cue
  "told the Lantern"; "A council spokeswoman ... She declined to say ..." keeps "A council
  spokeswoman" as written. "Comments (12)", the sort controls, each commenter line, the comments,
  "Reply · Report this comment", "Show 10 more comments" and the moderation line are "B".
* A FAQ explainer: the question subheads ("What happened?", "Why does it matter?", "What happens
  next?") are "", as in earlier sets; "Here is what we know." under the standfirst is "B", like
  "Here's what you need to know:"; the "Key figures" heading is "B" and its bullets are labelled by
  content ("W"); the embed's lead-in ("The board posted this apology shortly after noon:") carries
  "The board" as written, while the post's own text carries the organisation's name as first given.
  The correction at the foot ("Correction, 14 August: an earlier version of this article said
  18,400 ...; the board's figure is 14,800.") is NOT "B": by the convention of `labelled_new3.py`,
  `labelled_new5.py` and `labelled_new12.py`, a correction that states a fact about the story's
  subject is "W" (a reviewer checks the corrected figure), with no speaker because no reporting
  verb names the board; the update note after it, which only says what was added, is "B".

`CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Irish regional paper, planning appeal for 64 homes (cookie consent wall with buttons first, masthead, Most Read sidebar mid-story, inspector's report and board's order as sources, council officials, residents' association, developer, cathaoirleach)",
    "South African news site, Stage 4 load-shedding and a metro electricity tariff rise (trending strip, Listen to this article player, schedule table, newsletter box mid-story, utility spokesperson, minister's statement, statement signed by, MORE ON THIS | links)",
    "Philippine news site, typhoon update (signal-number warning list with standard wording, ADVERTISEMENT markers, agency bulletin quoted, READ: links, mayor's quote in Filipino with translation, nickname in a name, hotline)",
    "US local TV station's web story from a broadcast, fatal crash after a police pursuit (live strip, Watch the full report, video caption and length, police chief at a news conference, told KQVR 9, not-naming note, appeal, copyright, Report a typo, autoplay strip)",
    "tech product review page, an e-reader (affiliate disclosure, star rating and price boxes, Pros/Cons bullets, reviewer's measurements and judgements, maker and its spokesperson, spec table, Verdict, Also consider card, Buy at buttons, how we test)",
    "rugby union club site's match report (sponsor line, score block with scorers and minutes, yellow-card line, coach's quotes over several paragraphs with a said: line, visiting coach and captain, line-ups, match stats table, Tickets call to action, partners strip)",
    "government ministry media release, free bus travel for under-18s (skip link, official-site banner, breadcrumbs, Media release, For immediate release, said: line and quote over paragraphs, partners' quotes, Ends, Notes to editors, Media contact, Share this page, feedback and accessibility footer)",
    "health site story with medical review furniture, walking after meals and blood sugar (Medically reviewed / Written / Fact checked lines, badge, key takeaways, citation markers, lead author, outside doctor, limitations, funding, numbered sources, disclaimer)",
    "markets live wrap page, newest first (ticker strip, minute stamps, entry headlines, index levels and moves of record, analysts quoted, company blamed, economists polled, governor told a committee, Follow our markets coverage prompt, data note, disclaimer)",
    "press conference transcript on a minister's site, dam levels and water restrictions (header, Subjects:, E&OE, MINISTER and DR labels, JOURNALIST: questions citing a report and the opposition, [inaudible], media adviser, ENDS, authorised line)",
    "Scottish local paper, council committee mothballs a rural primary school (long appositions, four women and their pronouns, head of education, parent council, council spokeswoman, Comments (12), sort controls, Report this comment)",
    "explainer with FAQ layout, wrong exam grades sent to students (question subheads, embedded post with lead-in line, Key figures box, role before name, she among three women, More on this story, correction note and update note at the foot)",
]

ARTICLES = [
    [  # 1. Irish regional paper: planning appeal, cookie consent wall first, Most Read mid-story
        [("Your privacy, your choice", "", "", "B")],
        [("The Lisnacrue Advertiser and up to 212 of our partners use cookies and similar technologies to store and read information on your device.", "", "", "B"),
         ("Some are needed for the site to work; others let us show personalised ads and count how many people read each story.", "", "", "B")],
        [("You can change your mind at any time from the Privacy link at the foot of every page.", "", "", "B")],
        [("I Accept", "", "", "B")],
        [("I Do Not Accept", "", "", "B")],
        [("Show Purposes   Vendor List", "", "", "B")],
        [("The Lisnacrue Advertiser", "", "", "B")],
        [("Est. 1891 · Serving Carrigdorran and mid-Lisnacrue", "", "", "B")],
        [("News | Sport | Farming | Community | Property | Death Notices | E-Edition", "", "", "B")],
        [("Subscribe  |  Log in", "", "", "B")],
        [("News › Carrigdorran", "", "", "B")],
        [("Appeals board grants permission for 64 homes at Tullagharvey after council refusal", "", "", "W")],
        [("Residents' group says it will consider a judicial review of the decision, which overturns the county council's ruling on flood grounds", "Residents' group", "says", "W")],
        [("By Dearbhla Ní Ghallchobhair-Tuohey  |  Thursday, 14 May 2026  |  4 min read", "", "", "B")],
        [("The site at Tullagharvey, on the Drumcoolagh Road, where the board has now permitted 40 houses and 24 apartments.", "", "", "W"),
         ("Photo: Lisnacrue Advertiser", "", "", "B")],
        [("The national planning appeals board has granted permission for 64 homes on the edge of Carrigdorran, overturning Lisnacrue County Council's decision to refuse the scheme over the risk of flooding.", "", "", "W")],
        [("Sleavanagh Developments Ltd had sought permission for 40 houses and 24 apartments on a 3.1-hectare site at Tullagharvey, on the Drumcoolagh Road, about a kilometre from the town centre.", "", "", "W")],
        [("The council refused permission last October, saying that part of the site lay within a flood zone and that the developer had not shown the homes would not increase the risk of flooding to houses downstream.", "The council", "saying", "W")],
        [("In a decision dated 8 May, the board granted permission subject to 21 conditions, among them that no homes be built on the lowest part of the site, which is to be kept as a public park.", "", "", "W")],
        [("In his report to the board, the inspector, Tadhg Corcorrane-Waldron, wrote that the developer's flood risk assessment was “robust” and recommended that permission be granted.", "Tadhg Corcorrane-Waldron", "wrote", "W")],
        [("He noted that the national flood maps, updated in 2024, placed about 0.6 hectares of the site in Flood Zone A, the highest-risk category.", "Tadhg Corcorrane-Waldron", "noted", "W")],
        [("The board's order states that the development would not be “prejudicial to public safety by reason of flood risk”, provided the conditions are met.", "The board's order", "states", "W")],
        [("Most Read", "", "", "B")],
        [("1", "", "", "B")],
        [("Carrigdorran mart to close after 118 years", "", "", "B")],
        [("2", "", "", "B")],
        [("Gardaí appeal for witnesses after Kilmeelagh road crash", "", "", "B")],
        [("3", "", "", "B")],
        [("Lisnacrue minor hurlers through to provincial final", "", "", "B")],
        [("The Tullagharvey and Drumcoolagh Road Residents' Association, which lodged one of 37 third-party observations on the appeal, said it was “shocked and deeply disappointed”.", "The Tullagharvey and Drumcoolagh Road Residents' Association", "said", "")],
        [("Its chairperson, Nuala Ní Mhaoldhomhnaigh-Cusack, who has lived on the Drumcoolagh Road since 1988, said the lower field had flooded in four of the last six winters.", "Nuala Ní Mhaoldhomhnaigh-Cusack", "said", "W")],
        [("“We have photographs of swans on that field in January,” she said.", "Nuala Ní Mhaoldhomhnaigh-Cusack", "said", ""),
         ("“The board has decided that a park can flood instead of a house, and we are supposed to be grateful.”", "Nuala Ní Mhaoldhomhnaigh-Cusack", "said", "")],
        [("She said the association would meet its solicitor next week to discuss whether to seek a judicial review in the High Court, which must be applied for within eight weeks of the decision.", "Nuala Ní Mhaoldhomhnaigh-Cusack", "said", "W")],
        [("Sleavanagh Developments' managing director, Conall Gleeson-Tubridy, said the company welcomed the decision and hoped to start work on the site before the end of the year.", "Conall Gleeson-Tubridy", "said", "")],
        [("“Carrigdorran has had 11 new homes built in the last five years, and there are 212 people from the town on the council's housing list,” he said.", "Conall Gleeson-Tubridy", "said", "W")],
        [("He said 16 of the homes would be sold to the council for social housing.", "Conall Gleeson-Tubridy", "said", "W")],
        [("Under the conditions, Sleavanagh must pay a development contribution of €486,000 to the council and build a footpath linking the site to the town's national school.", "", "", "W")],
        [("A spokesperson for Lisnacrue County Council said the council “notes the board's decision” and would not be commenting further.", "A spokesperson for Lisnacrue County Council", "said", "")],
        [("The council's director of services for planning, Máiréad Holohan-Dromey, told a meeting of the municipal district in March that the council had refused 14 applications on flood-risk grounds since 2020, and that the board had overturned six of them.", "Máiréad Holohan-Dromey", "told a meeting of the municipal district", "W")],
        [("Cathaoirleach of the Carrigdorran Municipal District Cllr Rónán Coakley-Breheny said he understood the residents' anger but that young people from the town were “leaving in their hundreds”.", "Rónán Coakley-Breheny", "said", "")],
        [("“My own two daughters rent forty miles away because there is nothing here for them,” he said.", "Rónán Coakley-Breheny", "said", "")],
        [("Work cannot begin until the eight-week period for a judicial review has passed.", "", "", "W")],
        [("The decision and the inspector's report can be read on the board's website under case reference PAB-318442-25.", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Council refuses 64-home Tullagharvey scheme on flood grounds", "", "", "B")],
        [("Carrigdorran housing list passes 200 for the first time", "", "", "B")],
        [("Share: Facebook  X  WhatsApp  Email", "", "", "B")],
        [("Get the Advertiser's morning briefing in your inbox", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("This newspaper subscribes to the Code of Practice of the press ombudsman.", "", "", "B")],
        [("Contact Us | Advertise | Terms & Conditions | Privacy Policy | Cookie Policy", "", "", "B")],
        [("© 2026 Lisnacrue Advertiser Newspapers DAC.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. South African news site: load-shedding returns and a metro electricity tariff rise
        [("Khanyisa Live", "", "", "B")],
        [("News  |  South Africa  |  Politics  |  Business  |  Sport  |  Opinion  |  Lifestyle  |  Video", "", "", "B")],
        [("TRENDING: Load-shedding schedule  ·  Fuel price July  ·  Matric rewrite results  ·  Weekend weather", "", "", "B")],
        [("News › Gqolweni", "", "", "B")],
        [("Gqolweni households face 14.6% electricity hike from July as Stage 4 load-shedding returns", "", "", "W")],
        [("The metro says the increase is needed to cover Ukhozi Power's bulk tariff, which rises by 12.7% on the same day", "The metro", "says", "W")],
        [("Lindiwe Mabhengu-Oosthuysen", "", "", "B")],
        [("Published 21 May 2026, 06:45  |  Updated 11:20", "", "", "B")],
        [("Listen to this article", "", "", "B")],
        [("00:00 / 05:18", "", "", "B")],
        [("Voiced by artificial intelligence.", "", "", "B")],
        [("Households in Gqolweni will pay 14.6% more for electricity from 1 July after the metro council approved its new tariffs on Wednesday night, as Stage 4 load-shedding returned across the country.", "", "", "W")],
        [("The council voted 61 to 38 to adopt the increase, which will add about R312 a month to the bill of a household using 600 kilowatt-hours (kWh).", "", "", "W")],
        [("The national power utility, Ukhozi Power, said on Thursday morning that Stage 4 would be implemented from 05:00 until 05:00 on Friday after six generating units at three power stations broke down overnight.", "Ukhozi Power", "said", "W")],
        [("Ukhozi Power spokesperson Sibusiso Ndwandwe-Claassen said 16,840 megawatts (MW) of generating capacity was unavailable because of breakdowns, about 2,300MW more than on Monday.", "Sibusiso Ndwandwe-Claassen", "said", "W")],
        [("“We are working around the clock to return units to service, and we will move to a lower stage as soon as we can,” he said.", "Sibusiso Ndwandwe-Claassen", "said", "")],
        [("He said the utility hoped to return two of the units at Kwamadube power station by Saturday.", "Sibusiso Ndwandwe-Claassen", "said", "")],
        [("Load-shedding schedule: Gqolweni, Thursday 21 May (Stage 4)", "", "", "B")],
        [("Block   Off   On", "", "", "B")],
        [("Block 3   06:00   08:30", "", "", "")],
        [("Block 7   08:00   10:30", "", "", "")],
        [("Block 11   14:00   16:30", "", "", "")],
        [("Block 14   20:00   22:30", "", "", "")],
        [("Schedules can change at short notice.", "", "", "B"),
         ("Check the metro's app before you plan your day.", "", "", "B")],
        [("The metro's acting chief financial officer, Themba Nxumalo-Pillay, told the council that the metro buys its electricity from Ukhozi Power, whose bulk tariff to municipalities will rise by 12.7% on 1 July.", "Themba Nxumalo-Pillay", "told the council", "W")],
        [("He said the metro's own increase was higher because it had to recover R1.1 billion in unpaid bills and losses from illegal connections.", "Themba Nxumalo-Pillay", "said", "W")],
        [("“If we only passed on the 12.7%, the electricity department would run at a loss of R480 million next year,” Nxumalo-Pillay said.", "Themba Nxumalo-Pillay", "said", "W")],
        [("MORE ON THIS | What Stage 4 means for your block this week", "", "", "B")],
        [("Sign up to our newsletter", "", "", "B")],
        [("Get the news that matters in Gqolweni in your inbox every weekday morning.", "", "", "B")],
        [("Enter your email address", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("Councillor Yusuf Abrahamse-Tlou, who leads the opposition caucus in the council, said the increase was “the last straw for pensioners and families already paying for candles and gas”.", "Yusuf Abrahamse-Tlou", "said", "")],
        [("He said his party would ask the National Energy Tariff Regulator to review the tariff.", "Yusuf Abrahamse-Tlou", "said", "W")],
        [("The regulator, which must approve every municipality's tariffs, approved an increase of up to 14.6% for Gqolweni in April, according to its published decision.", "its published decision", "according to", "W")],
        [("Electricity Minister Nokuthula Zungu-Van Wyk said in a statement that the return of Stage 4 was “a setback, not a reversal”.", "Nokuthula Zungu-Van Wyk", "said in a statement", "")],
        [("The statement said the country had gone 87 consecutive days without load-shedding before this week, the longest run since 2021.", "The statement", "said", "W")],
        [("“Our maintenance programme is working, and the units that failed this week are among the oldest in the fleet,” the minister said in the statement.", "Nokuthula Zungu-Van Wyk", "said in the statement", "W")],
        [("Nomvula Gxekwa, 67, a retired nurse in Khwezi Gardens, said she already spent R900 of her R2,315 monthly pension on electricity.", "Nomvula Gxekwa", "said", "W")],
        [("“When the lights go off at six, I cook on gas and I sit in the dark,” she said.", "Nomvula Gxekwa", "said", ""),
         ("“Now they want more money for the same darkness.”", "Nomvula Gxekwa", "said", "")],
        [("The Gqolweni Chamber of Business, in a statement signed by its chief executive, Hennie Steenkamp-Mdletshe, said the combination of load-shedding and higher tariffs would push some small firms to close.", "The Gqolweni Chamber of Business", "said", "")],
        [("It said a survey of its 412 members in March found that 38% had cut their trading hours because of power cuts.", "The Gqolweni Chamber of Business", "said", "W")],
        [("Metro spokesperson Ayanda Mkhwanazi-Roos said households registered as indigent would continue to receive 50kWh of free electricity a month.", "Ayanda Mkhwanazi-Roos", "said", "W"),
         ("She declined to say whether the allocation would be increased to offset the new tariff.", "Ayanda Mkhwanazi-Roos", "declined to say", "")],
        [("ALSO READ | Ukhozi Power's new boss: 'I won't promise an end to load-shedding'", "", "", "B")],
        [("MORE ON THIS | Prepaid or conventional meter: who pays more under the new tariffs?", "", "", "B")],
        [("Tags:  Load-shedding   Electricity tariffs   Gqolweni Metro", "", "", "B")],
        [("Khanyisa Live subscribes to the press ombud's code of ethics.", "", "", "B"),
         ("To complain about our coverage, contact the ombud's office.", "", "", "B")],
        [("© 2026 Khanyisa Media (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Philippine news site: typhoon update with signal list, ADVERTISEMENT markers, READ: links
        [("Dagitab News", "", "", "B")],
        [("Nation   Regions   Metro   Business   Sports   Showbiz   Lifestyle   Opinion", "", "", "B")],
        [("WEATHER UPDATE", "", "", "B")],
        [("Typhoon Kalatas: Signal No. 4 up over northern Sorelon; 31,200 evacuated", "", "", "W")],
        [("By Kristine Joy Dimaunahan-Co", "", "", "B")],
        [("Posted at May 29 2026 11:48 AM  |  Updated as of May 29 2026 02:15 PM", "", "", "B")],
        [("Tropical Cyclone Wind Signals in effect", "", "", "B")],
        [("Signal No. 4: northern portion of Sorelon (San Eleuterio, Bagumbalay, Pinagsaulan)", "", "", "W")],
        [("Typhoon-force winds of 118 to 184 km/h expected within 12 hours; significant to severe threat to life and property", "", "", "B")],
        [("Signal No. 3: rest of Sorelon and the eastern portion of Isla Pandayan", "", "", "W")],
        [("Signal No. 2: Catanglan, Marivega and the rest of Isla Pandayan", "", "", "W")],
        [("Signal No. 1: northern Quezaron and the Dumalayan islands", "", "", "W")],
        [("Source: PWHA Tropical Cyclone Bulletin No. 9, 11 a.m.", "", "", "B")],
        [("SAN ELEUTERIO, Sorelon — Typhoon Kalatas intensified on Friday morning as it neared the northern coast of Sorelon, where more than 31,200 people have been moved to evacuation centers, provincial officials said.", "provincial officials", "said", "W")],
        [("The state weather bureau PWHA raised Tropical Cyclone Wind Signal No. 4 over the northern part of the province at 11 a.m.", "", "", "W")],
        [("In its 11 a.m. bulletin, PWHA said the eye of Kalatas was 140 kilometers east of San Eleuterio, with maximum sustained winds of 165 km/h and gusts of up to 205 km/h.", "PWHA", "said", "W"),
         ("It was moving west-northwest at 15 km/h, PWHA said.", "PWHA", "said", "W")],
        [("“Kalatas is forecast to make landfall over San Eleuterio or Bagumbalay between 8 p.m. and 11 p.m. tonight,” the bulletin read.", "the bulletin", "read", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("San Eleuterio Mayor Rolando “Boyet” Casimsiman said all 14 coastal barangays of the town had been under forced evacuation since Thursday evening.", "Rolando Casimsiman", "said", "W")],
        [("“Hindi po kami papayag na may maiwan sa tabing-dagat ngayong gabi (We will not allow anyone to stay by the shore tonight),” Casimsiman said in Filipino.", "Rolando Casimsiman", "said in Filipino", "")],
        [("He said 9,400 residents were staying in 31 evacuation centers, most of them public schools and the town gymnasium.", "Rolando Casimsiman", "said", "W")],
        [("READ: Classes suspended in 11 provinces as Kalatas nears", "", "", "B")],
        [("The Sorelon Provincial Disaster Risk Reduction and Management Office (PDRRMO) said in a situation report that 31,218 people from 8,904 families were in evacuation centers across the province as of 10 a.m.", "The Sorelon Provincial Disaster Risk Reduction and Management Office", "said in a situation report", "W")],
        [("PDRRMO head Engr. Dominador Abapo-Lacsina said pre-emptive evacuation had been ordered in 42 barangays prone to landslides and storm surges.", "Dominador Abapo-Lacsina", "said", "W")],
        [("He warned that storm surges of up to 3 meters could hit low-lying villages along the coast.", "Dominador Abapo-Lacsina", "warned", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("The coast guard's Sorelon station said 1,126 passengers, 214 rolling cargoes and 38 vessels were stranded in ports across the province after all sea trips were suspended.", "The coast guard's Sorelon station", "said", "W")],
        [("The Sorelon Electric Cooperative (SORELCO) said it had cut power to five towns as a precaution.", "The Sorelon Electric Cooperative", "said", "W")],
        [("The agriculture department's regional office said about 18,600 hectares of rice fields, most of them due for harvest in June, lay in the typhoon's path.", "The agriculture department's regional office", "said", "W")],
        [("Farmers who could harvest early had done so this week, it said.", "The agriculture department's regional office", "said", "")],
        [("At Bagumbalay Central School, Lorna Bumatay-Lacerna, 52, said she had brought her three grandchildren to the school on Thursday night after water reached their doorstep.", "Lorna Bumatay-Lacerna", "said", "")],
        [("“Noong 2019, inabot kami ng tubig hanggang bubong (In 2019 the water reached our roof),” she said.", "Lorna Bumatay-Lacerna", "said", "")],
        [("Classes at all levels and work in government offices were suspended across Sorelon on Friday.", "", "", "W")],
        [("Two domestic airlines cancelled 18 flights to and from the Sorelon airport on Friday, according to the airport's management.", "the airport's management", "according to", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("PWHA weather specialist Maricel Lagdameo-Tuazon said Kalatas was expected to weaken as it crossed the mountains of northern Sorelon and to leave the Philippine area of responsibility by Sunday.", "Maricel Lagdameo-Tuazon", "said", "")],
        [("READ: LIST: Evacuation centers in Sorelon and how to reach them", "", "", "B")],
        [("Sorelon PDRRMO Operations Center hotline: 0917 555 0142", "", "", "B")],
        [("For the latest updates, follow Dagitab News on Facebook and X.", "", "", "B")],
        [("Tags: Typhoon Kalatas, Sorelon, Weather", "", "", "B")],
        [("Copyright © 2026 Dagitab Media Corporation.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. US local TV station's web story built from a broadcast: fatal crash after a pursuit
        [("KQVR 9", "", "", "B")],
        [("News   Weather   Traffic   9 Investigates   Sports   Community   Watch Live", "", "", "B")],
        [("▶ LIVE NOW: 9 News at 6", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Police chief: officer ended pursuit 40 seconds before fatal crash on Wetherden Street", "Lorena Vanderkruys-Haig", "Police chief:", "W")],
        [("By Darnell Uhlenkott-Gracida", "", "", "B")],
        [("Published: Jun. 2, 2026 at 5:14 PM MDT  |  Updated: 18 minutes ago", "", "", "B")],
        [("Watch the full report", "", "", "B")],
        [("Police Chief Lorena Vanderkruys-Haig speaks to reporters about Saturday night's crash on Wetherden Street.", "", "", "")],
        [("Video: 2:47", "", "", "B")],
        [("CARBURY FALLS, Idaho (KQVR) — A Carbury Falls police officer had stopped chasing a stolen pickup about 40 seconds before it crashed into a car on Wetherden Street, killing a 71-year-old woman, Police Chief Lorena Vanderkruys-Haig said Tuesday.", "Lorena Vanderkruys-Haig", "said", "W")],
        [("The chief told reporters at a news conference that the pursuit began at 11:52 p.m. Saturday, when an officer tried to stop the pickup on Dellwood Avenue after a license plate reader flagged it as stolen.", "Lorena Vanderkruys-Haig", "told reporters", "W")],
        [("She said the chase lasted about two minutes and reached 68 mph in a 35 mph zone before a sergeant ordered the officer to end it.", "Lorena Vanderkruys-Haig", "said", "W")],
        [("“Our officer turned off his lights and siren and slowed down, as our policy requires,” Vanderkruys-Haig said.", "Lorena Vanderkruys-Haig", "said", "W"),
         ("“Forty seconds later, that driver ran the red light at Wetherden and Ninth.”", "Lorena Vanderkruys-Haig", "said", "W")],
        [("The pickup hit a sedan driven by Evangeline Scarpazza-Dunning, of Carbury Falls, who died at the scene, according to the Dunlavey County coroner's office.", "the Dunlavey County coroner's office", "according to", "W")],
        [("The pickup's driver, a 19-year-old man, ran from the scene and was arrested about an hour later in a backyard two blocks away, police said.", "police", "said", "W")],
        [("He was booked into the Dunlavey County Jail on suspicion of vehicular manslaughter, eluding a police officer and possession of a stolen vehicle, according to jail records.", "jail records", "according to", "W")],
        [("KQVR 9 is not naming him because he has not been formally charged.", "", "", "B")],
        [("Carbury Falls changed its pursuit policy in 2023 to allow chases only for violent felonies or when a driver poses an immediate danger to the public.", "", "", "W")],
        [("Asked why the officer had chased a stolen vehicle, the chief said the driver had pointed what looked like a handgun at a gas station clerk on Dellwood Avenue 20 minutes earlier, which made it a violent felony under the policy.", "Lorena Vanderkruys-Haig", "said", "W")],
        [("She said the department's internal affairs unit and the state police would review the pursuit, as they do every pursuit that ends in a death.", "Lorena Vanderkruys-Haig", "said", "W")],
        [("The officer, who has been with the department for six years, has been placed on routine administrative leave, the chief said.", "Lorena Vanderkruys-Haig", "said", "W")],
        [("A department spokesperson said later that the officer's dashcam video would be released once the review was complete.", "A department spokesperson", "said", "W")],
        [("“I know there are people watching this who think we should never chase anybody,” she said.", "Lorena Vanderkruys-Haig", "said", ""),
         ("“I understand that tonight more than I ever have.”", "Lorena Vanderkruys-Haig", "said", "")],
        [("Scarpazza-Dunning's son, Gideon Scarpazza-Dunning, told KQVR 9 that his mother had worked the late shift at a bakery on Ninth Street for 22 years.", "Gideon Scarpazza-Dunning", "told KQVR 9", "W")],
        [("“She was ten minutes from home,” he said.", "Gideon Scarpazza-Dunning", "said", ""),
         ("“I don't care whose policy it was.", "Gideon Scarpazza-Dunning", "said", ""),
         ("Somebody should have stopped that truck before it got to Wetherden Street.”", "Gideon Scarpazza-Dunning", "said", "")],
        [("City Council member Priscilla Ezeudu-Harkins, who chairs the council's public safety committee, said she had asked for the pursuit policy to be reviewed at the committee's June 15 meeting.", "Priscilla Ezeudu-Harkins", "said", "W")],
        [("Carbury Falls officers were involved in 38 pursuits last year, up from 21 in 2024, according to the department's annual use-of-force report.", "the department's annual use-of-force report", "according to", "W")],
        [("Ninth Street between Wetherden and Custerby streets was closed for about seven hours Sunday while investigators worked the scene.", "", "", "W")],
        [("Anyone with dashcam or doorbell video from the area is asked to call the Carbury Falls Police Department at 208-555-0194.", "", "", "B")],
        [("Copyright 2026 KQVR.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Report a typo", "", "", "B")],
        [("Autoplay: On", "", "", "B")],
        [("Up next: Carbury Falls schools approve four-day week for 2027 (1:58)", "", "", "B")],
        [("Crews stop grass fire near Custerby Reservoir (0:42)", "", "", "B")],
        [("Get the KQVR 9 First Alert Weather app", "", "", "B")],
        [("FCC Public File  ·  EEO Report  ·  Closed Captioning  ·  Terms of Use  ·  Privacy Policy", "", "", "B")],
        [("A Wendmoor Broadcasting station", "", "", "B")],
    ],
    [  # 5. tech product review page: an e-reader, rating and price boxes, Pros/Cons, spec table, Verdict
        [("Gearwick", "", "", "B")],
        [("Reviews   Best Picks   Deals   News   How-To   Newsletters", "", "", "B")],
        [("Reviews › E-readers", "", "", "B")],
        [("Gearwick is reader-supported.", "", "", "B"),
         ("When you buy through links on our site, we may earn an affiliate commission.", "", "", "B"),
         ("Here's how it works.", "", "", "B")],
        [("Lumora Pagewell 7 review: the best screen on any e-reader, if you can live with the price", "", "", "")],
        [("Lumora's new 7-inch reader adds a warmer front light and a physical page-turn button, but costs £40 more than the model it replaces", "", "", "W")],
        [("By Tobias Prenderville-Wakamatsu", "", "", "B")],
        [("Senior Reviewer  ·  Last updated 11 June 2026", "", "", "B")],
        [("★★★★☆  4/5  ·  Gearwick Recommended", "", "", "B")],
        [("Lumora Pagewell 7 (16GB)", "", "", "B")],
        [("£189.99 at Hexmarket", "", "", "B")],
        [("£194 at Corbelly Electronics", "", "", "B")],
        [("Buy at Hexmarket", "", "", "B")],
        [("Pros", "", "", "B")],
        [("• Sharpest, most even screen we have tested", "", "", "")],
        [("• Page-turn button is a joy to use", "", "", "")],
        [("• Waterproof to 2 metres for 60 minutes", "", "", "W")],
        [("• Battery lasted 38 days in our test", "", "", "W")],
        [("Cons", "", "", "B")],
        [("• £40 dearer than the Pagewell 6 was at launch", "", "", "W")],
        [("• No audiobook support", "", "", "W")],
        [("• Lock-screen adverts unless you pay to remove them", "", "", "W")],
        [("I have read on a Pagewell 6 most nights for three years, so I came to its replacement with high hopes and a long list of complaints.", "", "", ""),
         ("The Pagewell 7 fixes most of them.", "", "", "")],
        [("It costs £189.99 for the 16GB version, £40 more than its predecessor cost at launch, and goes on sale on 18 June.", "", "", "W")],
        [("Design", "", "", "")],
        [("The body is 7.1mm thick, 0.4mm thinner than the Pagewell 6, and at 174g it is 21g lighter.", "", "", "W"),
         ("It feels better made than any e-reader I have held at this price.", "", "", "")],
        [("The new page-turn button sits on the right edge and can be moved to the left in the settings, which left-handed readers will appreciate.", "", "", "W")],
        [("Screen", "", "", "")],
        [("The 7-inch screen has 300 pixels per inch, the same as before, but the front light now uses 24 LEDs instead of 17, and it shows.", "", "", "W"),
         ("There is no visible shadow along the bottom edge, which was the Pagewell 6's most annoying flaw.", "", "", "")],
        [("Lumora says the warm light can now reach a colour temperature of 2,200K, which it claims is warmer than any rival reader's.", "Lumora", "says", "W")],
        [("Lumora spokesperson Katrin Oduwole-Blomqvist told Gearwick that the panel came from the same supplier as before but used a new light-guide layer designed in-house.", "Katrin Oduwole-Blomqvist", "told Gearwick", "W")],
        [("Battery life", "", "", "")],
        [("Lumora rates the battery at “up to six weeks” with 30 minutes of reading a day and wireless turned off.", "Lumora", "rates", "W")],
        [("In our standard test, reading for an hour a day with the light at half brightness and wireless on, it lasted 38 days.", "", "", "W"),
         ("That is nine days longer than the Pagewell 6 managed in the same test.", "", "", "W")],
        [("Software", "", "", "")],
        [("The software is quick.", "", "", ""),
         ("Pages turn in about a third of a second, and the store now lets you borrow library books directly if your library uses the Shelfway lending service.", "", "", "W")],
        [("There are still adverts on the lock screen unless you pay £15 to remove them, which feels mean at this price.", "", "", "W")],
        [("Lumora confirmed that the Pagewell 7 will receive software updates until at least 2032.", "Lumora", "confirmed", "W")],
        [("Asked why audiobook support had been dropped, the spokesperson said fewer than 3% of Pagewell 6 owners had ever used it.", "Katrin Oduwole-Blomqvist", "said", "W")],
        [("Specifications", "", "", "B")],
        [("Spec   Lumora Pagewell 7", "", "", "B")],
        [("Screen   7-inch E Ink, 300ppi, 24 LEDs", "", "", "")],
        [("Storage   16GB / 32GB", "", "", "")],
        [("Weight   174g", "", "", "")],
        [("Waterproofing   IPX8 (2m for 60 minutes)", "", "", "")],
        [("Battery (claimed)   up to 6 weeks", "", "", "")],
        [("Price   £189.99 / £219.99", "", "", "")],
        [("Verdict", "", "", "B")],
        [("The Pagewell 7 is the best e-reader Lumora has made and the one I would buy with my own money.", "", "", ""),
         ("If your Pagewell 6 still works, the better light and the button are not worth £190.", "", "", ""),
         ("If your reader is older than that, this is the one to get.", "", "", "")],
        [("Also consider", "", "", "B")],
        [("Inkbrook Nova 2: £129, with a dimmer screen but audiobook support", "", "", "B")],
        [("Lumora Pagewell 7", "", "", "B")],
        [("£189.99 at Hexmarket", "", "", "B")],
        [("Buy at Hexmarket", "", "", "B")],
        [("Buy at Lumora", "", "", "B")],
        [("Prices checked 11 June 2026 at 09:00 BST.", "", "", "B")],
        [("How we test", "", "", "B")],
        [("Every e-reader we review is used as its reviewer's main device for at least three weeks.", "", "", "B")],
        [("Tobias Prenderville-Wakamatsu has reviewed e-readers and tablets for Gearwick since 2019 and reads about 60 books a year.", "", "", "B")],
        [("© 2026 Gearwick Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. rugby union club site's match report: score block, coach over several paragraphs, stats, tickets
        [("CASTLEMERE RFC", "", "", "B")],
        [("Home   News   Fixtures & Results   Tickets   Shop   Academy   Community   Hospitality", "", "", "B")],
        [("Principal partner: Kestwell Motors", "", "", "B")],
        [("News › Match reports", "", "", "B")],
        [("Castlemere 27-20 Roswithick: Corsairs hold on with 14 men to go second", "", "", "W")],
        [("Club media team  |  Saturday 14 March 2026", "", "", "B")],
        [("FT   Castlemere 27 – 20 Roswithick", "", "", "W")],
        [("HT 13 – 10", "", "", "W")],
        [("Castlemere: Tries: Treloyhan 17', Nankivell 52', Adesanmi-Pascall 61'; Cons: Quilliam 17', 52', 61'; Pens: Quilliam 34', 39'", "", "", "W")],
        [("Roswithick: Tries: Mardlestone 8', Penvose 77'; Cons: Vosloo-Hartnett 8', 77'; Pens: Vosloo-Hartnett 25', 45'", "", "", "W")],
        [("Yellow card: Carlyon (Castlemere) 72'", "", "", "W")],
        [("Att: 3,118  ·  Ref: Heledd Penrhos-Vowell", "", "", "")],
        [("Castlemere moved up to second in the Tamarside Premiership with a 27-20 win over Roswithick at the Quarry Field, holding on for the last eight minutes with 14 men after flanker Jory Carlyon was sent to the sin bin.", "", "", "W")],
        [("Roswithick scored first when winger Tane Mardlestone finished in the corner after eight minutes, and Fraser Vosloo-Hartnett converted from the touchline.", "", "", "W")],
        [("The Corsairs replied on 17 minutes through hooker Kenver Treloyhan, who was driven over from a lineout maul, and fly-half Ewan Quilliam converted.", "", "", "W")],
        [("Vosloo-Hartnett and Quilliam swapped penalties before Quilliam kicked a second a minute before the break to give the home side a 13-10 lead.", "", "", "W")],
        [("The game turned in a ten-minute spell after Vosloo-Hartnett levelled the scores with his second penalty.", "", "", ""),
         ("Centre Talan Nankivell went over after a sweeping move from deep on 52 minutes, and nine minutes later replacement scrum-half Dayo Adesanmi-Pascall sniped over from a ruck five metres out.", "", "", "W")],
        [("Quilliam converted both, finishing with 12 points from five kicks out of five.", "", "", "W")],
        [("Carlyon was shown a yellow card for a deliberate knock-on in the 72nd minute, and Roswithick captain Ifan Penvose scored from the resulting lineout five minutes later.", "", "", "W")],
        [("Vosloo-Hartnett's conversion earned the visitors a losing bonus point, while Castlemere's three tries left them one short of a try bonus.", "", "", "W")],
        [("It was a win built on defence as much as attack: the Corsairs made 168 tackles and missed only 14.", "", "", "W")],
        [("Head coach Jarrad Polkinghorne-Vea said:", "Jarrad Polkinghorne-Vea", "said", "")],
        [("“We made it really hard for ourselves in the last ten minutes.", "Jarrad Polkinghorne-Vea", "said", ""),
         ("You can't give away a yellow card like that with a game in the balance, and Jory knows that.", "Jarrad Polkinghorne-Vea", "said", "")],
        [("“But I'm proud of the way the boys defended.", "Jarrad Polkinghorne-Vea", "said", ""),
         ("Roswithick had the ball for most of the second half and we kept them out for 30 minutes.", "Jarrad Polkinghorne-Vea", "said", "")],
        [("“Ewan was outstanding again.", "Jarrad Polkinghorne-Vea", "said", ""),
         ("He hasn't missed a kick at the Quarry Field since October.”", "Jarrad Polkinghorne-Vea", "said", "W")],
        [("Polkinghorne-Vea said lock Bryher Tonkin-Aboderin had gone off at half-time with a shoulder injury and would have a scan on Monday.", "Jarrad Polkinghorne-Vea", "said", "W")],
        [("Roswithick director of rugby Siôn Aberdaron-Pughe told reporters the visitors had “left 14 points out there” in the first half.", "Siôn Aberdaron-Pughe", "told reporters", "")],
        [("“We were in their 22 six times before half-time and came away with three points,” he said.", "Siôn Aberdaron-Pughe", "said", "W"),
         ("“That's the game, right there.”", "Siôn Aberdaron-Pughe", "said", "")],
        [("Castlemere captain Denzil Roskruge said the squad had talked all week about defending their line.", "Denzil Roskruge", "said", ""),
         ("“Nobody goes to the bar tonight without an ice pack,” he said.", "Denzil Roskruge", "said", "")],
        [("Castlemere travel to leaders Polgwidden on Saturday 21 March, and Roswithick host Ruthvoes Athletic on the same day.", "", "", "W")],
        [("Line-ups", "", "", "B")],
        [("Castlemere: 15 Tregurtha; 14 Jewell-Opoku, 13 Nankivell, 12 Trezise-Obiakor, 11 Carbis-Lundholm; 10 Quilliam, 9 Chenoweth; 1 Bolitho-Karsten, 2 Treloyhan, 3 Angwin, 4 Tonkin-Aboderin, 5 Rosewarne-Kilby, 6 Carlyon, 7 Roskruge (capt), 8 Trebilcock-Amponsah.", "", "", "")],
        [("Replacements: Adesanmi-Pascall for Chenoweth (50), Keast-Ballinger for Tonkin-Aboderin (40), Lanreath-Reed for Angwin (58).", "", "", "")],
        [("Roswithick: 15 Gwennap-Hockaday; 14 Mardlestone, 13 Trefusis-Olanrewaju, 12 Keverne-Lusby, 11 Bassingthwaite-Nurmi; 10 Vosloo-Hartnett, 9 Polmear-Sykes; 1 Tregenza-Hahn, 2 Menadue, 3 Carveth-Ibezim, 4 Penhallurick-Wattam, 5 Trewartha, 6 Scoble-Yates, 7 Rosemullion-Gerrans, 8 Penvose (capt).", "", "", "")],
        [("Replacements: Jago-Stannard for Menadue (55), Boscawen-Tilly for Trewartha (62).", "", "", "")],
        [("Match stats", "", "", "B")],
        [("Castlemere  |  Roswithick", "", "", "B")],
        [("Possession  43%  |  57%", "", "", "")],
        [("Tackles made  168  |  109", "", "", "")],
        [("Carries  94  |  141", "", "", "")],
        [("Penalties conceded  9  |  12", "", "", "")],
        [("Lineouts won  12/14  |  15/16", "", "", "")],
        [("Tickets", "", "", "B")],
        [("Next home match: Castlemere v Carnwethick Choughs, Saturday 4 April, 3pm", "", "", "B")],
        [("Adults £18  ·  Concessions £12  ·  Under-16s free with a paying adult", "", "", "B")],
        [("Buy tickets", "", "", "B")],
        [("Our partners: Kestwell Motors · Gurnard Brewing · Tamarside Building Society · Pengarth Print · Quarry Field Physio", "", "", "B")],
        [("© Castlemere RFC 2026  ·  Privacy  ·  Safeguarding  ·  Contact the club", "", "", "B")],
    ],
    [  # 7. government ministry media release: free bus travel for under-18s
        [("Skip to main content", "", "", "B")],
        [("An official website of the Government", "", "", "B")],
        [("Ministry of Transport and Infrastructure", "", "", "B")],
        [("About us   Roads   Public transport   Rail   Ports   Newsroom   Contact", "", "", "B")],
        [("Home > Newsroom > Media releases > 2026", "", "", "B")],
        [("Media release", "", "", "B")],
        [("For immediate release", "", "", "B")],
        [("Thursday 2 July 2026", "", "", "B")],
        [("Free bus travel for under-18s from 1 September", "", "", "W")],
        [("Children and young people under 18 will travel free on all public buses from 1 September 2026, the Minister of Transport and Infrastructure, Hon. Katarina Vukelja-Osmaston, announced today.", "Katarina Vukelja-Osmaston", "announced", "W")],
        [("The scheme will cover about 212,000 young people and will cost $46.8 million in its first full year, funded from the transport budget agreed in May.", "", "", "W")],
        [("To travel free, young people will need a Youth Travel Card, which will be issued at no charge.", "", "", "W")],
        [("Bus journeys by under-18s fell by 22% between 2019 and 2023, according to the Ministry's ticketing data.", "the Ministry's ticketing data", "according to", "W")],
        [("Minister Vukelja-Osmaston said:", "Katarina Vukelja-Osmaston", "said", "")],
        [("“Bus fares are one of the biggest costs for families with teenagers.", "Katarina Vukelja-Osmaston", "said", ""),
         ("For many young people they are the difference between getting to a job, a training course or a sports club, and not getting there at all.", "Katarina Vukelja-Osmaston", "said", "")],
        [("“Since we halved fares for students aged 16 to 18 in 2024, bus journeys by that age group have risen by 31%.", "Katarina Vukelja-Osmaston", "said", "W"),
         ("This is the next step.”", "Katarina Vukelja-Osmaston", "said", "")],
        [("Bus operators will be paid the full adult fare for each journey made with a Youth Travel Card, at an estimated average of $2.40 a trip.", "", "", "W")],
        [("The chair of the Bus Operators' Association, Reuben Atherstone-Ansomah, said: “Our members support the scheme, and we have agreed with the Ministry to add 40 buses to school-time services in the three largest cities.”", "Reuben Atherstone-Ansomah", "said", "W")],
        [("The National Youth Council's chair, Amara Dellafield-Ibezim, said: “Young people asked for this, and the Minister listened.", "Amara Dellafield-Ibezim", "said", ""),
         ("Now we want to see more buses in rural areas, where the nearest stop can be an hour's walk away.”", "Amara Dellafield-Ibezim", "said", "")],
        [("The scheme will be reviewed after 12 months, and the results of the review will be published.", "", "", "W")],
        [("Cards can be ordered at transport.gov.example/youthcard from 3 August or collected from any of the Ministry's 64 service centres.", "", "", "B")],
        [("Ends", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [("1. The 2024 student fare scheme cut fares for full-time students aged 16 to 18 by half.", "", "", "B")],
        [("2. Journey figures are taken from the Ministry's ticketing data for the 12 months to March 2026.", "", "", "B")],
        [("3. The Minister will be available for interviews at Corvell bus station at 11.00 today.", "", "", "B")],
        [("Media contact:", "", "", "B")],
        [("Ministry of Transport and Infrastructure press office", "", "", "B")],
        [("Phone: 0800 555 214  |  Email: media@transport.gov.example", "", "", "B")],
        [("Share this page", "", "", "B")],
        [("Facebook   X   LinkedIn   Email", "", "", "B")],
        [("Was this page helpful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Report a problem with this page", "", "", "B")],
        [("Accessibility  |  Privacy  |  Copyright  |  Contact us  |  Sitemap", "", "", "B")],
        [("Page last updated: 2 July 2026", "", "", "B")],
    ],
    [  # 8. health site story with medical review furniture: walking after meals
        [("Wellspire", "", "", "B")],
        [("Health Conditions   Wellness   Nutrition   Fitness   News   Tools", "", "", "B")],
        [("Health News", "", "", "B")],
        [("A 10-minute walk after meals lowered blood sugar in people with prediabetes, trial finds", "trial", "finds", "W")],
        [("Medically reviewed by Halima Adegboyega-Rushby, MD, endocrinologist", "", "", "B")],
        [("Written by Corentin Aldersey", "", "", "B")],
        [("Fact checked by Priyanka Sondhi-Dasgupta", "", "", "B")],
        [("Updated on June 22, 2026", "", "", "B")],
        [("✓ Fact checked", "", "", "B")],
        [("Every figure in this article was checked against the published study or an official source before publication.", "", "", "B")],
        [("Key takeaways", "", "", "B")],
        [("• In a 16-week trial of 1,140 adults with prediabetes, those who walked for 10 minutes after each main meal saw their HbA1c fall by 0.31 percentage points, against 0.08 in the comparison group.", "", "", "W")],
        [("• The walkers did not lose more weight than the comparison group.", "", "", "W")],
        [("• Experts say the findings need to be confirmed over a longer period.", "Experts", "say", "")],
        [("A woman walks along a river path after lunch.", "", "", ""),
         ("Credit: Tomas Ferreirinha-Bundy/Stockwell", "", "", "B")],
        [("Taking a 10-minute walk after each main meal lowered long-term blood sugar in people with prediabetes, according to a trial published June 18 in the journal Metabolic Practice [1].", "a trial published June 18 in the journal Metabolic Practice", "according to", "W")],
        [("About 1 in 3 adults has prediabetes, in which blood sugar is higher than normal but not high enough for a diagnosis of type 2 diabetes [2].", "", "", "W")],
        [("Researchers at Hallingford University recruited 1,140 adults aged 40 to 70 with prediabetes from 26 primary care practices.", "", "", "W")],
        [("Half were asked to walk at a comfortable pace for 10 minutes within half an hour of finishing breakfast, lunch and dinner; the other half received standard lifestyle advice.", "", "", "W")],
        [("After 16 weeks, HbA1c, a measure of average blood sugar over about three months, had fallen by 0.31 percentage points in the walking group and by 0.08 points in the comparison group.", "", "", "W")],
        [("Participants in the walking group completed 78% of their planned walks, according to step counters they wore throughout the study.", "step counters they wore throughout the study", "according to", "W")],
        [("“The walks were short enough that people actually did them,” said Dr. Signe Aukrust-Fjeld, an associate professor of medicine at Hallingford and the study's lead author.", "Signe Aukrust-Fjeld", "said", "")],
        [("She said leg muscles take up glucose from the blood when they are working, which blunts the rise in blood sugar after a meal.", "Signe Aukrust-Fjeld", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("The effect was larger after dinner than after breakfast, the researchers found, possibly because people are less active in the evening.", "the researchers", "found", "W")],
        [("The study had limitations.", "", "", ""),
         ("It lasted only 16 weeks, and 81% of the participants lived in cities.", "", "", "W"),
         ("People who agree to join a walking trial may also be more motivated than most.", "", "", "")],
        [("Dr. Emeka Obiorah-Lindeman, an endocrinologist at Saint Columb's Hospital who was not involved in the study, called the drop in HbA1c “modest but meaningful”.", "Emeka Obiorah-Lindeman", "called", "")],
        [("“A fall of 0.3 points won't make headlines, but across millions of people it would prevent a lot of diabetes,” he said.", "Emeka Obiorah-Lindeman", "said", "")],
        [("He noted that earlier trials of walking after meals had lasted weeks rather than months and had enrolled fewer than 100 people [3].", "Emeka Obiorah-Lindeman", "noted", "W")],
        [("“What I'd want to know is whether people are still walking after a year,” he said.", "Emeka Obiorah-Lindeman", "said", "")],
        [("The trial was funded by the National Institute for Metabolic Health.", "", "", "B")],
        [("If you have prediabetes, talk to your doctor before starting a new exercise routine.", "", "", "B")],
        [("Sources", "", "", "B")],
        [("1. Aukrust-Fjeld S, Nwaeze-Brandsæter T, Lindegaard-Mupfumi A, et al. Post-meal walking and glycaemic control in adults with prediabetes: a randomised trial. Metab Pract. 2026;14(6):411-420.", "", "", "B")],
        [("2. Diabetes Prevention Alliance. Prediabetes facts and figures, 2026 edition. Accessed June 19, 2026.", "", "", "B")],
        [("3. Quennington-Seale P, et al. Short walks after meals and blood glucose: a systematic review. J Act Health. 2024;9(2):88-97.", "", "", "B")],
        [("How we reviewed this article:", "", "", "B")],
        [("Our medical experts review every article when it is published and again when new evidence emerges.", "", "", "B")],
        [("Was this article helpful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("This article is for information only and is not a substitute for professional medical advice, diagnosis or treatment.", "", "", "B")],
        [("© 2026 Wellspire Health Media, Inc.", "", "", "B")],
    ],
    [  # 9. markets live wrap page, newest entry first
        [("Copperline Business", "", "", "B")],
        [("HX100  7,412.6  ▼1.8%   |   HX Midcap  19,880.4  ▼1.1%   |   Brent  $83.12  ▲2.4%   |   Gold  $2,611  ▲0.9%   |   10Y  4.62%  ▲0.11", "", "", "B")],
        [("Markets   Companies   Economy   Personal Finance   Opinion", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Markets live: Harrowmark 100 suffers worst day since October as bond yields jump", "", "", "W")],
        [("Banks and miners lead the sell-off; Ferrocay Mining falls 9% after cutting its output forecast", "", "", "W")],
        [("By Sunniva Achterkamp-Bellows and Obinna Greatorex-Nwobi", "", "", "B")],
        [("Updated 4:48pm", "", "", "B")],
        [("4:48pm", "", "", "B")],
        [("Market close: Harrowmark 100 falls 1.8%", "", "", "W")],
        [("The Harrowmark 100 closed down 134.9 points, or 1.8%, at 7,412.6, its biggest one-day fall since October 14.", "", "", "W"),
         ("The index has lost 4.2% since the start of the month.", "", "", "W")],
        [("About 1.9 billion shares changed hands, 40% more than the 30-day average, according to exchange data.", "exchange data", "according to", "W")],
        [("Only 11 of the index's 100 companies ended the day higher, led by oil producer Stannary Energy, up 3.1% as crude prices climbed.", "", "", "W")],
        [("4:21pm", "", "", "B")],
        [("‘This is a rates story’", "", "", "")],
        [("“This is a rates story, not an earnings story,” said Ludovica Stenhammar-Pyle, chief investment strategist at Bellwether Quay Securities.", "Ludovica Stenhammar-Pyle", "said", ""),
         ("“When the 10-year yield jumps 11 basis points in a day, anything that looks expensive gets sold first.”", "Ludovica Stenhammar-Pyle", "said", "")],
        [("She said banks had fallen further than the market because investors feared that higher rates would mean more bad loans.", "Ludovica Stenhammar-Pyle", "said", "")],
        [("3:55pm", "", "", "B")],
        [("Ferrocay Mining slumps 9% after output warning", "", "", "W")],
        [("Shares in Ferrocay Mining fell 9.3% to $14.62 after the company cut its copper output forecast for the year to between 410,000 and 430,000 tonnes, from 450,000 to 480,000.", "", "", "W")],
        [("The company blamed flooding at its Dunskeagh pit in April.", "The company", "blamed", "W")],
        [("Kwabina Asheldon-Leigh, a mining analyst at Tarvin Kell, said the cut was “bigger than anyone had pencilled in”.", "Kwabina Asheldon-Leigh", "said", "")],
        [("“Dunskeagh was supposed to be the growth story for the next two years,” he wrote in a note to clients.", "Kwabina Asheldon-Leigh", "wrote in a note to clients", "")],
        [("2:30pm", "", "", "B")],
        [("Bond yields climb after inflation surprise", "", "", "W")],
        [("The yield on the 10-year government bond rose 11 basis points to 4.62%, its highest since March, after figures showed consumer prices rose 3.4% in the year to May, up from 3.1% in April.", "", "", "W")],
        [("Economists polled by Copperline had expected 3.2%.", "Economists polled by Copperline", "had expected", "W")],
        [("1:10pm", "", "", "B")],
        [("Banks under pressure", "", "", "")],
        [("Bexfield Bank was the biggest faller among lenders, down 4.1%, followed by Mallowgrave Bank, down 3.6%.", "", "", "W")],
        [("12:02pm", "", "", "B")],
        [("Follow our markets coverage on the Copperline app and get an alert when the market closes.", "", "", "B")],
        [("10:15am", "", "", "B")],
        [("Governor says no rush to cut rates", "Teodor Hallsworthy-Dube", "says", "")],
        [("Reserve Bank governor Teodor Hallsworthy-Dube told a parliamentary committee that the bank was in “no rush” to cut interest rates while inflation remained above its 2% target.", "Teodor Hallsworthy-Dube", "told a parliamentary committee", "W")],
        [("He said the bank's board would next meet on June 18.", "Teodor Hallsworthy-Dube", "said", "W")],
        [("9:00am", "", "", "B")],
        [("Good morning and welcome to our live markets coverage.", "", "", "B")],
        [("The Harrowmark 100 opened 0.4% lower at 7,517.9, after falls in Asian markets overnight.", "", "", "W")],
        [("Load earlier updates", "", "", "B")],
        [("Market data delayed by at least 15 minutes.", "", "", "B"),
         ("Source: Tickerhall.", "", "", "B")],
        [("This page is for information only and is not investment advice.", "", "", "B")],
        [("© Copperline Media 2026", "", "", "B")],
    ],
    [  # 10. press conference transcript on a minister's site: dam levels and water restrictions
        [("Ministers' Media Centre", "", "", "B")],
        [("Home › Media › Transcripts", "", "", "B")],
        [("Transcript", "", "", "B")],
        [("The Hon. Rosalind Tennyholt MP", "", "", "B")],
        [("Minister for Water Security", "", "", "B")],
        [("Press conference, Tallowbeck Dam, Kerringal", "", "", "B")],
        [("Tuesday, 10 February 2026", "", "", "B")],
        [("Subjects: Tallowbeck Dam levels; Level 3 water restrictions; Kerringal desalination plant; Wendaree pipeline.", "", "", "B")],
        [("E&OE", "", "", "B")],
        [("MINISTER TENNYHOLT: Thanks, everyone, for coming out to Tallowbeck this morning.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", ""),
         ("I'm joined by Dr Anjali Devarakonda, the chief executive of the Kerringal Water Authority.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", ""),
         ("As you can see behind us, the dam is at 31 per cent of capacity this morning, the lowest it has been in February since 2009.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "W")],
        [("That's why from Monday the 16th, Level 3 water restrictions will apply across the Kerringal region.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "W"),
         ("Under Level 3, garden sprinklers are banned altogether, and hand watering is allowed only before 8 am and after 6 pm on two days a week.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "W"),
         ("Households that break the rules can be fined $250.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "W")],
        [("We are also bringing forward the second stage of the desalination plant by two years, to 2029, at a cost of $412 million.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "W")],
        [("JOURNALIST: Minister, the auditor-general's report last year said the authority had known since 2021 that the dam would fall below 35 per cent this summer.", "the auditor-general's report", "said", "W"),
         ("Why did it take until now to act?", "", "", "")],
        [("MINISTER TENNYHOLT: I don't accept that we've been slow.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", ""),
         ("We brought in Level 2 in November, three months before the report said we would need to.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "W"),
         ("But I'll let Anjali talk about the modelling.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "")],
        [("DR DEVARAKONDA: The auditor-general looked at our 2021 model, which assumed an average summer.", "Anjali Devarakonda", "DR DEVARAKONDA:", "W"),
         ("We've had the driest January on record in the catchment, 4 millimetres against an average of 62.", "Anjali Devarakonda", "DR DEVARAKONDA:", "W"),
         ("No model we had would have predicted that.", "Anjali Devarakonda", "DR DEVARAKONDA:", "")],
        [("JOURNALIST: How many days of supply are left?", "", "", "")],
        [("DR DEVARAKONDA: At current use, about 410 days with no rain at all.", "Anjali Devarakonda", "DR DEVARAKONDA:", "W"),
         ("With Level 3 in place, we expect that to stretch to about 520.", "Anjali Devarakonda", "DR DEVARAKONDA:", "")],
        [("JOURNALIST: Minister, [inaudible] the pipeline from the Wendaree River, is that off the table?", "", "", "")],
        [("MINISTER TENNYHOLT: No, it's not off the table.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", ""),
         ("The business case will be finished by June, and cabinet will make a decision after that.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "W")],
        [("[Question inaudible]", "", "", "B")],
        [("MINISTER TENNYHOLT: I've seen that figure, and it's wrong.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", ""),
         ("The pipeline would cost about $1.3 billion, not $600 million.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "W")],
        [("JOURNALIST: The opposition says Level 3 will cost nurseries and market gardens in the valley thousands of dollars a month.", "The opposition", "says", ""),
         ("Will there be any compensation?", "", "", "")],
        [("MINISTER TENNYHOLT: Commercial growers are exempt from the sprinkler ban if they use drip irrigation, and about 80 per cent of them already do.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "W"),
         ("We'll talk to the rest.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "")],
        [("MEDIA ADVISER: Last two questions, please.", "", "", "B")],
        [("JOURNALIST: Dr Devarakonda, are you confident the dam won't go below 20 per cent?", "", "", "")],
        [("DR DEVARAKONDA: Confident is a strong word.", "Anjali Devarakonda", "DR DEVARAKONDA:", ""),
         ("What I can tell you is that since the dam was finished in 1962 it has dropped below 20 per cent only once, in 1983.", "Anjali Devarakonda", "DR DEVARAKONDA:", "W")],
        [("JOURNALIST: Minister, will you rule out Level 4 before the election?", "", "", "")],
        [("MINISTER TENNYHOLT: No.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", ""),
         ("I'm not going to play politics with the water supply.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", ""),
         ("Thanks, everyone.", "Rosalind Tennyholt", "MINISTER TENNYHOLT:", "")],
        [("ENDS", "", "", "B")],
        [("Media contact: Callista Brannagan-Muir, 0412 555 088", "", "", "B")],
        [("Authorised by the Hon. Rosalind Tennyholt MP, Parliament House.", "", "", "B")],
        [("Print this page   ·   Back to transcripts", "", "", "B")],
    ],
    [  # 11. Scottish local paper: council committee mothballs a rural primary school, comments at the foot
        [("The Strathmorven Lantern", "", "", "B")],
        [("News   Sport   Farming   Community   Announcements   Jobs   Subscribe", "", "", "B")],
        [("News", "", "", "B")],
        [("Councillors vote 7-5 to mothball Achnacrannag Primary, leaving its 11 pupils facing a 14-mile bus journey", "", "", "W")],
        [("Parents say they will ask the government to call in the decision", "Parents", "say", "W")],
        [("By Iona Craigentinny", "", "", "B")],
        [("Wednesday 11 March 2026, 5:30 pm", "", "", "B")],
        [("Achnacrannag Primary School, which opened in 1874 and has had fewer than 15 pupils since 2019.", "", "", "W")],
        [("Image: Strathmorven Lantern", "", "", "B")],
        [("Strathmorven Council's education and children's services committee has voted to mothball Achnacrannag Primary School from August, the first rural school the council has closed in more than a decade.", "", "", "W")],
        [("The committee voted 7-5 on Tuesday to suspend teaching at the school for at least two years and to take its 11 pupils by bus to Invergarve Primary, 14 miles away.", "", "", "W")],
        [("Councillor Eilidh Pitcaithly, who chairs the education and children's services committee and represents the Glenbarra and Loch Feorlan ward, in which the school sits, said the decision had been “the hardest of my time on the council”.", "Eilidh Pitcaithly", "said", "")],
        [("She said the school had been unable to recruit a head teacher since the last one retired in 2024 and had been run by teachers on temporary contracts for 19 months.", "Eilidh Pitcaithly", "said", "W")],
        [("“We advertised the post four times,” she told the committee.", "Eilidh Pitcaithly", "told the committee", "W"),
         ("“Nobody applied the last two times.", "Eilidh Pitcaithly", "told the committee", "W"),
         ("That is not a way to run a school for children who deserve better.”", "Eilidh Pitcaithly", "told the committee", "")],
        [("Councillor Catriona MacAulay-Duthart, who also represents Glenbarra and Loch Feorlan and leads the opposition group on the council, said she had asked Cllr Pitcaithly in January to visit the school with her and had not had a reply.", "Catriona MacAulay-Duthart", "said", "W")],
        [("She said the school roll was forecast to rise to 16 by 2028 because of new houses being built at the old distillery site.", "Catriona MacAulay-Duthart", "said", "W")],
        [("“You are closing a school that is about to grow,” Cllr MacAulay-Duthart said.", "Catriona MacAulay-Duthart", "said", "")],
        [("Cllr Pitcaithly later told the Lantern she had visited the school twice in the past year, most recently in November.", "Eilidh Pitcaithly", "told the Lantern", "W")],
        [("The council's head of education, Dr Alison Ferintosh, told the committee that the roll forecast for 2028 assumed all 24 new houses would be sold to families with primary-age children.", "Alison Ferintosh", "told the committee", "W")],
        [("She said a more likely figure was 12 or 13 pupils.", "Alison Ferintosh", "said", "")],
        [("According to a report by Dr Ferintosh's officers, the school costs £19,800 a year per pupil to run, against a council average of £7,400.", "a report by Dr Ferintosh's officers", "According to", "W")],
        [("Fiona Drummelzier, who chairs the school's parent council and whose two sons are among the 11 pupils, said parents had been given three weeks' notice of the committee vote.", "Fiona Drummelzier", "said", "W")],
        [("“My youngest is five,” she said.", "Fiona Drummelzier", "said", ""),
         ("“He'll be on a bus at ten past seven in the morning on a single-track road, in the dark, for half the year.”", "Fiona Drummelzier", "said", "")],
        [("She said the parent council would write to the government this week asking ministers to call in the decision, which they can do for rural schools.", "Fiona Drummelzier", "said", "W")],
        [("A council spokeswoman said the journey to Invergarve would take about 35 minutes and that every child would have a seat with a seatbelt and an escort on the bus.", "A council spokeswoman", "said", "W")],
        [("She declined to say how much the daily bus would cost.", "A council spokeswoman", "declined to say", "")],
        [("The five councillors who voted against were Cllr MacAulay-Duthart and the four other members of the opposition group.", "", "", "W")],
        [("Read more: Invergarve Primary to get two extra classrooms", "", "", "B")],
        [("Comments (12)", "", "", "B")],
        [("Sort by:  Newest  |  Oldest  |  Most liked", "", "", "B")],
        [("GlenbarraGran  ·  3 hours ago", "", "", "B")],
        [("My grandmother went to that school and so did I.", "", "", "B"),
         ("Shame on every one of the seven.", "", "", "B")],
        [("Reply  ·  Report this comment", "", "", "B")],
        [("R_Kintail  ·  2 hours ago", "", "", "B")],
        [("Nearly twenty thousand a pupil.", "", "", "B"),
         ("Someone has to say it.", "", "", "B")],
        [("Reply  ·  Report this comment", "", "", "B")],
        [("Show 10 more comments", "", "", "B")],
        [("Comments are moderated and must follow our community rules.", "", "", "B")],
        [("The Strathmorven Lantern, 4 Harbour Brae, Strathmorven", "", "", "B")],
        [("© Feorlan Media Ltd 2026  ·  Privacy  ·  Terms  ·  Complaints", "", "", "B")],
    ],
    [  # 12. explainer with FAQ layout: wrong exam grades, embedded post, Key figures, correction at the foot
        [("The Quaymark", "", "", "B")],
        [("News   Politics   Education   Business   Culture   Explainers", "", "", "B")],
        [("EXPLAINER", "", "", "B")],
        [("Wrong exam grades: what happened, who is affected and what happens next", "", "", "")],
        [("About 14,800 students were sent the wrong results on Thursday.", "", "", "W"),
         ("Here is what we know.", "", "", "B")],
        [("By Ottilie Bracewaite-Mairs, education correspondent", "", "", "B")],
        [("Friday 14 August 2026, 07:30", "", "", "B")],
        [("What happened?", "", "", "")],
        [("On Thursday morning, about 14,800 students who sat the national Senior Certificate exams in June were sent grades lower than the ones they had actually earned.", "", "", "W")],
        [("The Examinations and Qualifications Board (EQB), which sets and marks the exams, said the error affected only the mathematics and statistics papers.", "The Examinations and Qualifications Board", "said", "W")],
        [("It said a file used to convert raw marks into grades had been uploaded with the grade boundaries of the 2025 exams instead of this year's.", "The Examinations and Qualifications Board", "said", "W")],
        [("Students began posting screenshots of their results within an hour, and the board took the results off its website at 11:40 a.m.", "", "", "W")],
        [("The board posted this apology shortly after noon:", "The board", "posted", "")],
        [("Examinations and Qualifications Board", "", "", "B")],
        [("@EQB_results", "", "", "B")],
        [("We are very sorry.", "The Examinations and Qualifications Board", "posted", ""),
         ("Some mathematics and statistics results issued this morning were wrong.", "The Examinations and Qualifications Board", "posted", "W"),
         ("Corrected results will be available from 9am on Saturday.", "The Examinations and Qualifications Board", "posted", "W")],
        [("12:07 PM · Aug 13, 2026", "", "", "B")],
        [("3,412 Reposts   9.8K Likes", "", "", "B")],
        [("Why does it matter?", "", "", "")],
        [("University offers are made on the basis of Senior Certificate grades, and most are confirmed on results day.", "", "", "W")],
        [("Universities began confirming offers at 8am on Thursday using the wrong grades, according to the Universities Admissions Service, which said 2,160 students had been told they had missed the grades for their first-choice course.", "the Universities Admissions Service", "according to", "W")],
        [("Education Minister Perpetua Ogunsanya-Hellberg said on Thursday evening that no student would lose a place because of the error.", "Perpetua Ogunsanya-Hellberg", "said", "W")],
        [("“Every university has agreed to hold places until the corrected grades are out,” she said.", "Perpetua Ogunsanya-Hellberg", "said", "W")],
        [("The president of the National Union of School Students, Taini Roskilly-Warde, said students had been “put through hell for a clerical error”.", "Taini Roskilly-Warde", "said", "")],
        [("She said the union had received more than 3,000 messages from students by Thursday night.", "Taini Roskilly-Warde", "said", "W")],
        [("Key figures", "", "", "B")],
        [("• 14,800 students received wrong grades", "", "", "W")],
        [("• 2 subjects affected: mathematics and statistics", "", "", "W")],
        [("• 2,160 students told they had missed their first-choice offer", "", "", "W")],
        [("• 9am Saturday: corrected results published", "", "", "W")],
        [("What went wrong?", "", "", "")],
        [("The EQB's chief executive, Marguerite Olusola-Sandhurst, told a news conference that a member of staff had uploaded the wrong file and that a second check, which should have caught it, had not been carried out.", "Marguerite Olusola-Sandhurst", "told a news conference", "W")],
        [("She said an independent review would report by the end of October.", "Marguerite Olusola-Sandhurst", "said", "W"),
         ("She declined to say whether anyone had been suspended.", "Marguerite Olusola-Sandhurst", "declined to say", "")],
        [("It is the board's second grading error in three years: in 2024, 612 students were given the wrong geography grade after a fault in its marking software.", "", "", "W")],
        [("What happens next?", "", "", "")],
        [("Corrected results will be published at 9am on Saturday, and students will also receive them by text message.", "", "", "W")],
        [("Students who want to appeal their corrected grade can do so free of charge until 4 September.", "", "", "B")],
        [("Parliament's education committee has asked the board to give evidence on 1 September.", "", "", "W")],
        [("More on this story", "", "", "B")],
        [("Results day chaos as maths grades withdrawn", "", "", "B")],
        [("Thursday", "", "", "B")],
        [("‘I thought I'd lost my place’: students on a morning of panic", "", "", "B")],
        [("Thursday", "", "", "B")],
        [("Correction, 14 August: an earlier version of this article said 18,400 students had received the wrong grades; the board's figure is 14,800.", "", "", "W")],
        [("This article was updated on 14 August to add comments from the Universities Admissions Service.", "", "", "B")],
        [("Share   ·   Save   ·   Gift this article", "", "", "B")],
        [("© The Quaymark 2026  ·  About us  ·  Corrections policy  ·  Privacy", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- abbreviations that end a sentence before a capital, or do not --------------------------
    ("n17-pm-sast-end", "Stage 4 began at 5 p.m. SAST. It will run until Friday.",
     ["Stage 4 began at 5 p.m. SAST.", "It will run until Friday."]),
    ("n17-am-pht-mid", "Crews reached the town at 7:05 a.m. PHT on Sunday and began clearing the road.",
     ["Crews reached the town at 7:05 a.m. PHT on Sunday and began clearing the road."]),
    ("n17-ave-end", "The crash happened on Dellwood Ave. Police closed the road for four hours.",
     ["The crash happened on Dellwood Ave.", "Police closed the road for four hours."]),
    ("n17-co-county-mid", "The site is near Carrigdorran, Co. Lisnacrue, and covers 3.1 hectares.",
     ["The site is near Carrigdorran, Co. Lisnacrue, and covers 3.1 hectares."]),
    ("n17-co-company-end", "The dredging contract went to Harkwell & Co. Work starts in June.",
     ["The dredging contract went to Harkwell & Co.", "Work starts in June."]),
    ("n17-inc-end", "The stake was bought by Valdmoor Holdings Inc. The deal closed on Monday.",
     ["The stake was bought by Valdmoor Holdings Inc.", "The deal closed on Monday."]),
    ("n17-st-saint-and-street", "The shelter is at St. Senan's Hall on Quay St. The hall holds 300 people.",
     ["The shelter is at St. Senan's Hall on Quay St.", "The hall holds 300 people."]),
    ("n17-approx-mid", "The dam holds approx. 41,000 megalitres. That is 31 per cent of capacity.",
     ["The dam holds approx. 41,000 megalitres.", "That is 31 per cent of capacity."]),
    ("n17-vs-then-pm", "Castlemere vs. Roswithick kicks off at 3 p.m. Tickets are £18.",
     ["Castlemere vs. Roswithick kicks off at 3 p.m.", "Tickets are £18."]),
    # --- numbered designations --------------------------------------------------------------------
    ("n17-signal-no", "PWHA raised Signal No. 4 over six towns. Classes were suspended.",
     ["PWHA raised Signal No. 4 over six towns.", "Classes were suspended."]),
    ("n17-bill-no", "Bill No. 12 was read a second time on Tuesday. It now goes to committee.",
     ["Bill No. 12 was read a second time on Tuesday.", "It now goes to committee."]),
    ("n17-si-number", "The rules are set out in S.I. 45 of 2026. They take effect on 1 July.",
     ["The rules are set out in S.I. 45 of 2026.", "They take effect on 1 July."]),
    # --- quotes with ? and ! and their attributions, ellipses -----------------------------------
    ("n17-q-quote-lower-attrib", "“Where were the warnings?” asked one resident at the meeting. Nobody replied.",
     ["“Where were the warnings?” asked one resident at the meeting.", "Nobody replied."]),
    ("n17-excl-quote-lower-attrib", "“Get out now!” the fire chief shouted at the crowd on Custerby Street.",
     ["“Get out now!” the fire chief shouted at the crowd on Custerby Street."]),
    ("n17-ellipsis-then-capital", "The lights flickered… Then the whole street went dark.",
     ["The lights flickered…", "Then the whole street went dark."]),
    # --- lists, decimals, versions, initials, URLs and emails ------------------------------------
    ("n17-pros-cons-list", "Pros\n• Sharp 7-inch screen\n• Battery lasted 38 days\nCons\n• No audiobooks",
     ["Pros", "• Sharp 7-inch screen", "• Battery lasted 38 days", "Cons", "• No audiobooks"]),
    ("n17-version-decimal-price", "Firmware 3.4.1 fixes the fault on v2.0 units. Prices start at $129.99.",
     ["Firmware 3.4.1 fixes the fault on v2.0 units.", "Prices start at $129.99."]),
    ("n17-initials-name", "The report was signed by J.R. Haldwick-Toms, the board's inspector. He recommended refusal.",
     ["The report was signed by J.R. Haldwick-Toms, the board's inspector.", "He recommended refusal."]),
    ("n17-url-then-email", "Objections can be made at lisnacrue.example/planning until 5 p.m. on Friday. Queries go to planning@lisnacrue.example.",
     ["Objections can be made at lisnacrue.example/planning until 5 p.m. on Friday.", "Queries go to planning@lisnacrue.example."]),
    ("n17-index-decimal-pct", "The index fell 1.8% to 7,412.6 points. Bank shares led the decline.",
     ["The index fell 1.8% to 7,412.6 points.", "Bank shares led the decline."]),
]  # fmt: skip
