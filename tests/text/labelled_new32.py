"""Thirty-second set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13 in round eighteen, before any rule was tuned on them and without
looking at the engine's code or output (neither `claimreview/` nor the scorer's results were opened,
and no test, scorer or engine was run; only an import of this file was tried, to check its
structure): every person, place, organisation, outlet, company, product, token, team, country and
number is invented (the UK, the US, Canada, Ireland, Australia, New Zealand and South Africa, a few
US states and a province in datelines and codes, currencies, units, languages and generic
institutions such as "the Department of Foreign Affairs", "the National Weather Service", "the
Supreme Court", "the central bank" or "the state's Department of Health" appear only as settings;
"England and Wales" only in a company-registration line; BTC and ETH only in a ticker strip, as
currencies; measles, the MMR vaccine, dengue, yellow fever and tuberculosis only as subjects; social
networks only in share and follow strips), and no surname, town, team or outlet of any file under
`tests/` is reused (each was checked with grep over the whole `tests/` tree, the sets written
alongside this one included; first names recur). Each page is a WHOLE page, head to tail, as a new
user pastes it as plain text after selecting all in a browser or an app, so every furniture line is
a paragraph of its own. The twelve pages are kinds of site the earlier sets lack, from several
countries and house styles (US "Sen.", "a.m." and "No. 4 seed"; Canadian "Coun.", "Sept." and "per
cent"; UK and Irish "10am", "Cllr" and no honorifics; Australian "Dr" without a full stop): a UK packaging trade site's
story on a plant closure behind a registration wall; a Canadian student newspaper's story on a
university budget; a UK tech site's phone launch with a key-specs box, a buying box and an affiliate
disclosure; a US markets and crypto site's story on a stablecoin losing its peg, under a ticker strip
and with a price widget; a New Zealand property portal's market story with listing and loan-rate
widgets; a US national weather service forecast office page with a winter storm warning, a coastal
flood warning and a public information statement; an Irish government travel advice page for an
invented country; an Australian children's hospital's measles explainer in questions and answers; a
South African NGO's report launch page on remand detention; a US county paper's high school football
playoff recap with a box score, scoring summary and play-by-play; an Irish journalist's
newsletter-platform post with bracketed footnotes and comments; and an aggregator app's reader view
of a syndicated Canadian local story, cut off by "Continue reading on ...". The three things they
stress are (1) furniture of every kind worded afresh, at the head, in the middle and at the tail
(sector strips, log-in lines, registration walls with form fields and consent lines, sponsored
whitepaper lines, topics lines, events and jobs boxes, mottos, tip lines, land acknowledgements,
deals banners, affiliate disclosures, retailer buttons, ticker and market-cap strips, price widgets
with range buttons and delay notes, not-advice and ownership disclosures, listing widgets with
bed-bath-car lines, open homes and deadline sales, loan-rate widgets, valuation promos, hazard
legends, map-update stamps, text-product headers, zone codes, "PRECAUTIONARY/PREPAREDNESS
ACTIONS...", "&&", "$$", forecasters' names, language toggles, advice-level stamps, region tables,
emergency and embassy lines, "Before you go" bullets, fact-sheet labels, review stamps, translations
lines, advice boxes with lead-ins, helplines, ABN lines, report downloads in several languages,
launch webinars, notes for editors, NPO registration lines, score tickers, "Special to" bylines,
box-score headings, scoring-summary quarter headings, statistics tables, play-by-play headings,
ticket and score-report lines, listen lines, counts-and-share lines, greetings in Irish, bracketed
footnotes, "Liked by" lines, reader-view headers, "From ... · 2h ago · 3 min read", "+ Follow",
"Reader view · Aa", "Continue reading on ...", preview notices, "Why am I seeing this?", "More from"
cards and app tab bars); (2) who is speaking ("The group blames", "The union says", "the company
confirmed", "according to two people familiar with the matter", "estimated", "told the board", a
bracketed role dropped, "asked" after a question, "did not respond to a request for comment by
press time", "Orvane says", "according to the market research firm X", "the firm said", "has
confirmed" in an update line, "blockchain data show", "said in a statement posted on the company's
website" and "she wrote", a reserve report that "listed", "Sen. X, D-N.M.", "said in an interview",
"figures show" in a standfirst, "expected", "has confirmed" for a health department, "said Dr X"
inverted, "Experts say", "report finds", "It found", "told monitors", "In a written response ...,
the ... department said", "did not respond to questions", "added" after an exclamation, "could not
tell me", a briefing note that "promised", "told me in an email", "A report to councillors ...
said", "told me", "Coun." twice; surnames and pronouns resolved); (3) honest check-worthiness:
figures, votes, dates, rules, warnings of record, findings, scores and specifications "W" against
forecasts, impressions, advice, definitions, feelings and scene "", with many borderline sentences.
`STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new31.py` and the held-out sets hold too (consent
banners, paywalls, registration walls and newsletter boxes "B" line by line, the story after a wall
labelled as before; captions by content and credits "B"; standfirsts, decks and subheads labelled
like headlines, question and topic subheads "", a two-sentence standfirst split; kickers,
mastheads, widgets, tickers, banners and share strips "B"; fact-box headings "B" with their lines by
content; tables' titles and header rows "B", their rows ""; product and buying boxes, star lines,
"Prices checked" and affiliate lines "B" line by line; property listings, calculators and
"About the ... Index" paragraphs "B"; warning boxes with the heading "B" and each warning line "W";
related lists, "Read more" lines, author bios, comment furniture and readers' comments "B", an
author's reply included; reader-service lines and advice to readers "B"; release-like pages' own
text ("we") without a speaker; "X said:" lead-ins "" with X carried into the quote; report launches
as in `labelled_new31.py` (the report as speaker of "finds" and "found", "It found" resolved, case
studies under a changed name "", the asterisk note "B", demands ""); newsletter-platform furniture,
greetings, sign-offs and footnotes "B", a footnote marker part of its sentence, the writer's own
statements without a speaker and the writer's reporting acts ""; aggregator pages as in
`labelled_new26.py`; box scores as in `labelled_new26.py` and `labelled_new30.py` (team lines and
totals "W", line-score rows "", attendance ""); corrections split (what the article said "", the
right fact "W"); definitions "" and what follows from them "W"; plans, votes and fixtures "W",
forecasts ""; titles, honorifics, party tags and role words dropped from speakers; a pronoun, a later
surname or a role noun resolved to the full name as first given; "the company", "the firm", "the
department" and the like kept as written; documents, data and analyses as sources kept as written; a
time phrase after a cue dropped, a channel phrase kept; "declined to comment", "did not respond" and
their kin labelled like speech with flags ""; glued furniture items without full stops are ONE "B"
sentence).

Conventions this set had to settle, in the same spirit:

* A trade site's registration wall in the middle of a story: its heading ("Continue reading: register
  for free"), its two sentences, each form field ("Work email", "Job function", "Company name"), the
  button, "Already have an account?" and "Log in" (two "B" sentences on one line) and the consent
  line's two sentences are "B", and the story after the wall is labelled as before. The "Sponsored |
  ... download the free guide" line inside the body is "B" like a sponsored card; the "Topics:" line,
  the "Events" and "Jobs" boxes with their glued lines, and the publisher line ("Ltd." ending it) and
  registration line ("company no." never ending it) are "B". The standfirst's "The group blames ..."
  carries "The group" with the cue "blames" and is "W" (a stated cause of record); "The union says
  staff were given four hours' notice" keeps "The union". An analyst who "said more closures were
  likely" gives a forecast, "", while her "estimated" utilisation figure is "W"; "The company said it
  expected the corrugator to run its last shift in late September." is a forecast, ""; an MP's request
  for a meeting is "".
* A student newspaper: the motto line ("... independent student newspaper since 1921"), "Donate
  Write for us", the "NEWS" label, the byline with role, the glued published-and-updated line (ONE
  sentence, its first "a.m." not ending it), the photo credit, "Tags:", "Have a tip?" and the line
  after it, the comment block, the moderation note, the publisher line ("Inc.," never ending it),
  the land acknowledgement and the copyright are "B"; the caption of a rally is scene, "". "Vice-
  president (finance and administration) X" drops the role with its brackets; "told the board" is a
  cue as written. "X, one of the three governors who voted against the budget, said ..." carries X
  and is "W" for the vote in the apposition; a student's own tuition rise is "W" (checkable against
  the fee schedule), her feelings "", and "“Who is going to pick Stannaford now?” she asked." is ONE
  sentence with the cue "asked", "". "did not respond to a request for comment by press time" drops
  "by press time" from the cue; the goal of balancing the budget by 2028-29 is "" (an aim, not a plan
  of record).
* A tech site's launch story: the affiliate disclosure's two sentences and the deals banner are "B".
  The "key specs" panel inside the story is a fact box, not a buying box: its heading is "B" and each
  "Label: value" line states the maker's published specification and is "W" (display, chip, memory,
  cameras, battery, weight, price, on-sale date), except "Colours: ..." "" (nothing a reviewer would
  check); the retailer box after the story ("Pre-order the ...", each retailer line, "Prices checked
  ...") stays "B" line by line, as in `labelled_new14.py`. A standfirst without a full stop is ONE "W"
  sentence. "Orvane says" carries the maker ("W" for its figures); "We have not yet been able to test
  that claim." is the site's reporting act, ""; "In our own benchmark run ..." is the site's own
  measurement, "W" without a speaker; the reviewer's hands-on impressions are "" sentence by sentence
  ("Hands-on: first impressions" a topic subhead). "according to the market research firm Tallyscope"
  drops the descriptor, as "the grid operator Redel" does; "the firm said" is kept as written. "Update,
  10 March, 5:20pm: Orvane has confirmed that ..." states a fact about the product and is "W" with
  "Orvane" and "has confirmed", its label part of the sentence. The author's bio (two sentences) is
  "B".
* A markets and crypto page: the ticker strip at the top and the market-cap strip are each ONE "B"
  sentence, whatever prices they show; the price widget in the body (pair, price, change-and-range
  line, range buttons, the delay note and "Data: ..." as two sentences) is "B" line by line; so are
  "Sponsored" with its two sentences, "Read more: What are stablecoins, and how do they lose their
  peg?" (ONE sentence though it ends in a question mark), the ownership disclosure, the not-advice
  line, the reporter's bio and contact, "Top stories" and the copyright's three sentences. The
  standfirst's "blockchain data show" keeps the data as written. "Stablecoins are tokens designed to
  ..." is a definition, "". A sentence whose "said" sits inside an "after its issuer ... said ..."
  clause carries no speaker, like a reporting verb in a relative clause, and is "W" for the price.
  "said in a statement posted on the company's website" is one cue, and the quoted lines after it carry
  "wrote" ("Every TSRD is backed one-to-one" "W", the reason for the pause ""). "X's most recent
  reserve report, dated ... and reviewed by ..., listed ..." keeps the report (apposition dropped) with
  the cue "listed", "W". "Sen. X, D-N.M., who has sponsored a bill ..." drops the title and party tag
  and is "W" for the sponsorship stated in the relative clause, though what she "said" is an opinion;
  "said in an interview" is one cue. "A report reviewed by an accountant is not the same as an audit."
  is the writer's caution, "".
* A property portal: the loan-rate widget (heading, rates line, "Rates from 12 lenders, updated
  daily." and "Compare home loans ›"), the listing widget (heading, each bed-bath-car line, each
  address, "Deadline sale: ...", "Enquiries over ...", "Open home: ..." and "View all ... homes"), the
  valuation promo (a question and a link, two sentences), "About the ... Report" and its method
  sentence are "B" line by line, whatever figures they show. The standfirst's "..., Tītipounamu Data
  figures show" carries the figures with "show"; "according to figures released on Monday by ..."
  keeps the whole phrase, as written; "She expected prices to bottom out ..." has the cue "expected"
  and is ""; a couple's purchase stated by the paper is "W" without a speaker, the buyer's "10% under
  the asking price" "W" (a sale of record), his memory of being outbid ""; a mortgage adviser's
  account of her clients' choices is "" (vague); a revaluation "expected to show" a fall is a
  forecast, "".
* A weather service forecast office page: "Current Hazards", the legend strip and "Last Map Update:
  ..." are "B"; "Key Messages for the Nor'easter" is a title, "", and each numbered key message is a
  forecast, "", its number part of it; an observed fall in pressure is "W". Each text product's header
  lines ("URGENT - WINTER WEATHER MESSAGE", the office line, the issue-time line "349 AM EST Fri Feb 13
  2026", the zone-code line "MEZ014-015-019>022-131700-") are "B", like reference lines; the zone
  names ending in a hyphen and "Including the cities of ..." are lists, "", like an attendance list.
  The capitals headline between ellipses ("...WINTER STORM WARNING REMAINS IN EFFECT UNTIL 7 PM EST
  THIS EVENING...") is the warning of record, ONE "W" sentence with its ellipses. "* WHAT..." and the
  sentences continuing it are forecasts, ""; "* WHERE..." and "* WHEN..." state the area and period
  of the warning and are "W"; "* IMPACTS..." is "" sentence by sentence; "* ADDITIONAL DETAILS..." is
  labelled by content (expected rates and the forecast peak "", snow already fallen, the flood
  threshold and the gauge record "W"), the label and its ellipsis part of the first sentence, "11:42
  AM." ending a sentence and "Jan. 4" not. "PRECAUTIONARY/PREPAREDNESS ACTIONS..." and its advice,
  "&&", "$$" and the forecaster's name in capitals are "B". The public information statement's header
  lines, its capitals title, its two introductory sentences (a standard notice, like "figures are
  provisional") and the header row are "B", each report row ""; the tide table likewise; "Next
  briefing: ..." and the footer are "B".
* A government travel advice page: the country's name is the page title, ""; "Current advice level"
  and "What's changed" are headings, "B", while the level itself ("Avoid non-essential travel") and
  the alert's sentences in the department's "we" ("We now advise against all travel to ...") are the
  government's advisories of record, "W" without a speaker -- unlike advice to the reader; "Last
  reviewed:" and "Advice last changed:" stamps are "B"; the region table has its header "B" and rows
  ""; the "If you are in ..." box (emergency numbers, embassy contact) and the "Before you go" bullets
  are "B". Section and topic subheads are ""; the situation (weekly demonstrations, the death toll
  "according to the country's human rights ombudsman", the curfew from 10pm to 5am, suspended flights),
  laws, entry rules, the dengue count, the earthquake and the withdrawal limit are "W"; general
  characterisations ("Street crime ... is common", "attacks cannot be ruled out", hospital facilities)
  are ""; every imperative to the reader ("Stay away from demonstrations ...", "Only use taxis booked
  by phone ...", "See your GP ...") is "B" even inside a section, and "The declaration is free." "W"
  sits before "Be wary of websites ..." "B" on the same line; "The currency is the Verdanzan sol." is
  a definition, ""; "Was this page useful?" and "Yes   No" are two "B" sentences.
* A hospital's health explainer in questions and answers: the question subheads are "" (the vaccine
  myth question included), and "No." answering it is "W", as a one-word answer to a checkable
  question is in earlier sets; the definition of the illness and the description of its symptoms are
  "", like a glossary, while transmission, the infectious period, complications and vaccine
  protection are "W" (causal and quantified medical claims); "Measles cases in the state are at their
  highest level since 2019." is "W" and "Here's what parents and carers need to know." "B". "The
  state's Department of Health has confirmed" has the cue "has confirmed"; the hospital's own count
  ("Our emergency department has treated ...") is "W" without a speaker; "said Dr X, an infectious
  diseases paediatrician at Corowen" inverted drops "Dr" and the role. The "What should I do ...?"
  answer (advice), the "Go straight to the emergency department ... if your child:" lead-in and its
  bullets are "B"; "Key points to remember" is a heading "B" and its bullets are labelled by content,
  the advice bullet "B"; the translations line, helpline, disclaimer, helpfulness widget, related fact
  sheets, acknowledgement and ABN line are "B".
* An NGO's report launch: as `labelled_new31.py`'s charity launch, and "The report, Forty to a Cell,
  is based on 23 monitoring visits ..." states the method without a reporting verb, "W" without a
  speaker, while "It found" resolves to "The report". A "Key findings" bullet that opens with a figure
  ("• 27 people died ...") is one sentence, "W". "The law says detainees must be held in conditions
  that respect their dignity." inside the director's quote stays hers and is "W" (a statement about the
  law), her "Nobody who has walked into cell 14 ..." "". "In a written response included in the report,
  the correctional services department said ..." has the cue "said" (the channel opens the sentence,
  like "In a statement, X said") and is "W" for the cause it gives; "It said" resolves to the
  department; "did not respond to questions about ... that Vukani sent on 12 March" keeps "did not
  respond to questions", the object and time dropped as "declined to comment on the contract" drops
  its object. "What we are asking for" and its bullets are ""; the case study's lines and "told
  monitors" are as in `labelled_new31.py`; the launch webinar box, the downloads in two languages and
  the registration line ("Reg. No." never ending it, NPO and PBO numbers glued) are "B".
* A high school football recap: the score ticker, "PREP FOOTBALL", "By ... | Special to the
  Sentinel" and the time line are "B"; the capitals dateline opens a scene-setting sentence, "". The
  fixture ("The No. 4 seed Muskrats (12-1) will play ... at 1 p.m. Saturday, Dec. 6, at ...") is "W",
  "No.", "p.m." and "Dec." never ending it. "BOX SCORE" is a heading "B" and the result line under it
  "W"; the line score's header "B" and rows ""; "Scoring summary" and each quarter heading are "B",
  and each scoring line ("BR — Marcus Merrifield 3 run (Nico Perrault kick), 6:48") is ONE "W"
  sentence, like a scorers' line; the team statistics title and header "B", rows ""; "Individual
  leaders" is "B" and each "Rushing —", "Passing —" and "Receiving —" line is ONE "W" sentence, like a
  box score's team line. The play-by-play heading is "B" and its lines are labelled like live text:
  the touchdown, the two-point conversion and the interception "W", every other play "", "End of
  game." "". A coach's "They'd run that play twice already tonight" is "W" (checkable in the play-by-
  play), "“Hats off to them!” he added." ONE sentence with the cue "added", "". The ticket lines and
  the score-report line for coaches are "B".
* A newsletter-platform post with bracketed footnotes: the counts-and-share line ("♡ 212   💬 41   ↻ 9
  Share") is ONE "B" sentence, and so are "▷ Listen · 11 min", the free-post note and the greeting in
  Irish; a bracketed marker after the full stop ("... request.[1]") stays part of its sentence, and
  each footnote ("[3] Briefing note ..., 14 October 2022, p. 3.") is ONE "B" sentence, "p." and "s."
  never ending it early. "The council could not tell me what has happened to the remaining 182." is
  labelled like "did not answer my questions" (speaker "The council", cue "could not tell me", "");
  "a council briefing note promised" keeps the document with "promised", "W"; "A report to councillors
  in September 2023 said" keeps the report; "told me in an email" keeps its channel, like "said in an
  email", and the quoted line after it carries "wrote"; the writer's "That is true." is "" and "It is
  also true that the council was warned this would happen." "W" (the next sentence shows it). The paid
  prompt's two sentences, "Upgrade to paid", "Liked by ...", the author's reply in the comments and
  "Publish on Inkstand for free" are "B".
* An aggregator app's reader view: the app's name and tabs, "‹ Back to Local", the outlet's logo
  line in capitals, "From ... · 2h ago · 3 min read", "+ Follow", "Reader view · Aa", the bare byline,
  the photo credit, "Continue reading on ..." (the link that leaves the preview, unlike the
  "Continue reading" button of `labelled_new26.py`, which expands the story in place; here the
  story stops), the preview notice's two sentences, the reaction line, "Why am I seeing this?" and
  "You follow Local news · Tinder Creek." (two sentences), "Report a problem with this story", "More
  from ..." and "Related coverage" with their headlines and outlet-and-age lines, the follow prompt and
  the tab bar are "B". The capitals dateline with a province abbreviation ("TINDER CREEK, Alta. —") is
  part of the first sentence, "Alta." never ending it; "Coun." twice in one sentence never splits it
  and is dropped from speakers; a failed motion is "W".

`CASES` holds 25 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

STYLES = [
    "UK packaging trade site's story on a corrugator plant closure with a registration wall in the middle of the story (masthead and sector strip, log-in line, menu, breadcrumb, sector kicker, two-sentence standfirst with The group blames and The union says, byline with role, date and read time, share strip, the company confirmed, Managing director X said, a sponsored whitepaper line, according to two people familiar with the matter, declined to comment, the wall's heading, sentences, form fields, button, Already have an account? and Log in, consent lines, a union officer at 10am, Read more, industry body figures, an analyst's forecast and estimate, Topics line, related stories, events and jobs boxes, publisher and registration lines with Ltd. and company no.)",
    "Canadian student newspaper's story on a university budget passed by the Board of Governors (skip link, masthead and motto, menu, donate line, NEWS label, headline and deck, byline with role, glued published-and-updated line with a.m., rally caption and photo credit, the vote, audited statements, Vice-president (finance and administration) X told the board, Sept. 1 and 9 p.m., topic subheads, a student union president who voted against, a student's tuition and a question before asked, faculty association, did not respond to a request for comment by press time, What's next?, correction with p.m. ending both sentences, tags, tip line, related, comments, moderation note, publisher line with Inc., land acknowledgement)",
    "UK tech news site's phone launch story with a key-specs box, a buying box and an affiliate disclosure (masthead, menu, deals banner, breadcrumb, headline and standfirst without full stops, byline, GMT date line, two-sentence disclosure, Orvane says, the specs panel with units, ranges and a colours line, the site's own benchmark, a vice-president said at the launch, hands-on impressions, according to the market research firm X, the firm said, retailer buttons and Prices checked, an update line with a time, author bio, more phone news, publisher and copyright with Ltd 2026.)",
    "US markets and crypto news site's story on a stablecoin slipping below its peg (ticker strip with prices, masthead, menu, market-cap strip, MARKETS label, standfirst with blockchain data show, byline, EDT time line, share strip, a definition, according to data from the blockchain analytics firm X, said in a statement posted on the company's website and she wrote, a reserve report that listed assets with Feb. and LLP, the price widget with range buttons and a delay note, U.S.-based and a.m. ET., Sen. X, D-N.M., said in an interview, a research head, a sponsored line, Read more ending in a question, ownership disclosure, not-advice line, reporter bio, top stories, copyright)",
    "New Zealand property portal's news story on a city's median house price falling, with listing and loan-rate widgets (masthead, menu, sign-in, breadcrumb, standfirst with figures show, byline, role and date lines, according to figures released on Monday by X, head of research said and expected, loan-rate widget, an auction clearance rate, a couple's purchase, a buyer's quote, featured listings with bed-bath-car lines, addresses, a deadline sale, a price guide and an open home, the central bank's rate cut, a mortgage adviser, an expected revaluation, national figures, About the report, valuation promo, more news, footer)",
    "US national weather service forecast office page during a nor'easter with a winter storm warning, a coastal flood warning and a public information statement (skip link, site and office lines, menu, forecast search, hazards legend, map update stamp, numbered key messages, an observed pressure fall, URGENT header, office and issue-time lines, zone codes, zone names and Including the cities of, capitals headlines between ellipses, * WHAT, * WHERE, * WHEN, * IMPACTS and * ADDITIONAL DETAILS lines with AM and EST, PRECAUTIONARY/PREPAREDNESS ACTIONS, &&, $$, the forecaster's name, a flood threshold and a gauge record with Jan., a tide table, spotter reports with a header row, next-briefing line, footer)",
    "Irish government department's travel advice page for an invented country under a state of emergency (skip link, language toggle, department name, menu, breadcrumb, country title, advice level heading and value, what's-changed alert in the department's we, last-reviewed and last-changed stamps, a region table, emergency numbers and embassy contact, before-you-go bullets, section subheads, demonstrations, an ombudsman's death toll, a curfew from 10pm to 5am, crime characterisations, laws, entry rules, a free declaration and a warning about fees, a health ministry's dengue count, yellow fever rule, climate and an earthquake, currency and withdrawal limits, usefulness prompt, follow line, footer)",
    "Australian children's hospital health explainer in questions and answers on measles (emergency line, hospital name, menu, breadcrumb, fact-sheet label, title, standfirst with Here's what parents and carers need to know, review stamp, listen-print-download strip, translations line, question subheads, definitions and symptoms, transmission and infectious period, the state's Department of Health has confirmed, the department said, the hospital's own count, said Dr X inverted, immunisation data, Experts say, complications, vaccine doses, a No. answer, what-to-do advice with a lead-in and bullets, key points with an advice bullet, helpline, disclaimer, helpfulness widget, related fact sheets, acknowledgement, ABN line)",
    "South African NGO's report launch page on remand detention conditions (skip link, NGO name, menu, DONATE, breadcrumb, REPORT LAUNCH label, headline with report finds, standfirst, date line, download lines with PDF sizes and summaries in two languages, according to a report published today by X, The report, Forty to a Cell, is based on and It found, key findings bullets, director's said: lead-in and two-paragraph quote with The law says, case study with an asterisked name and told monitors, What we are asking for, a department's written response and It said, did not respond to questions, launch webinar box, media enquiries, numbered notes for editors, share strip, related reports, registration line with Reg. No., NPO and PBO)",
    "US county paper's high school football playoff recap with a box score, scoring summary, statistics and play-by-play (masthead, menu, score ticker, PREP FOOTBALL kicker, headline and deck, byline with Special to the Sentinel, CT time line, caption and photo credit, capitals dateline, a coach's quotes, No. 4 seed and a fixture with 1 p.m. and Dec. 6, records and streaks, rushing and passing figures, an opposing coach who said and added with an exclamation, an interception, BOX SCORE, result line, line score, scoring summary by quarter, team statistics, individual leaders, play-by-play of the final two minutes, ticket and score-report lines, related, copyright)",
    "Irish journalist's newsletter-platform post on a county council's derelict homes grant, with bracketed footnotes and comments (newsletter name, subscribe and sign-in, two-sentence headline, subtitle, author and date, listen line, counts-and-share line, free-post note, greeting in Irish, the writer's reporting acts, bracketed footnote markers, according to the council's own grant tracker, could not tell me, a briefing note that promised, mid-post share box, told me in an email and he wrote, A report to councillors ... said, a homeowner's account and told me, paid prompt, the department's quarterly report, Cllr X (Ind), sign-off, five footnotes with p. and s., subscribe box, like-comment-restack strip, comments with Liked by and an Author reply, footer and platform line)",
    "Aggregator app's reader view of a syndicated Canadian local story on a town's property tax increase (app name, tabs, back link, outlet logo line, From ... · 2h ago · 3 min read, + Follow, Reader view · Aa, headline and deck, byline, caption and credit, capitals dateline with Alta., according to figures from the town's finance department, a mayor's reasons and quote, Coun. twice, a councillor's objection, public hearing counts, a failed motion, Continue reading on ..., preview notice, reaction line, Why am I seeing this?, report line, More from with outlet-and-age lines, related coverage, follow prompt, tab bar)",
]

ARTICLES = [
    [  # 1. Packaging trade site: a corrugator plant closure, with a registration wall in the middle of the story
        [("Fibre & Flute", "", "", "B")],
        [("Corrugated · Cartonboard · Flexibles · Machinery", "", "", "B")],
        [("Log in   Register   Print edition", "", "", "B")],
        [("News   Analysis   Sustainability   Machinery   People   Awards   Jobs   Whitepapers", "", "", "B")],
        [("Home › News › Corrugated", "", "", "B")],
        [("CORRUGATED", "", "", "B")],
        [("Haverbrook to close Hobbeck Moor corrugator with 162 jobs at risk", "", "", "W")],
        [("The group blames falling box volumes and the loss of a supermarket contract.", "The group", "blames", "W"),
         ("The union says staff were given four hours' notice of the meeting.", "The union", "says", "W")],
        [("Hollis Sillitoe, Deputy Editor", "", "", "B")],
        [("11 March 2026 · 4 min read", "", "", "B")],
        [("Share   Post   Email   Print", "", "", "B")],
        [("Haverbrook Packaging is to close its corrugator plant at Hobbeck Moor with the loss of up to 162 jobs, the company confirmed on Tuesday.", "the company", "confirmed", "W")],
        [("The site, which opened in 1987, produced about 210 million square metres of board last year, roughly 14% of the group's UK output.", "", "", "W")],
        [("Haverbrook said production would move to its plants at Tolsworth and Yarnecombe by the end of September and that “a small number” of Hobbeck Moor staff would be offered jobs at those sites.", "Haverbrook", "said", "W")],
        [("Managing director Lucinda Blandamer said UK demand for the group's boxes had fallen for eight consecutive quarters.", "Lucinda Blandamer", "said", "W")],
        [("“This is not a reflection on the people at Hobbeck Moor, who have run one of the most efficient corrugators in the group,” she said.", "Lucinda Blandamer", "said", ""),
         ("“We simply have more capacity than our customers need, and we have to bring the two back into line.”", "Lucinda Blandamer", "said", "")],
        [("Sponsored  |  Cut corrugator downtime by a third: download the free guide", "", "", "B")],
        [("The decision follows the loss in January of a contract to supply shelf-ready trays to the supermarket chain Tollgrove Foods, worth about £19m a year, according to two people familiar with the matter.", "two people familiar with the matter", "according to", "W")],
        [("Haverbrook declined to comment on the contract.", "Haverbrook", "declined to comment", "")],
        [("Continue reading: register for free", "", "", "B")],
        [("You have reached the end of your free preview.", "", "", "B"),
         ("Create a free account to read the rest of this story and get the Converter Briefing in your inbox every Thursday.", "", "", "B")],
        [("Work email", "", "", "B")],
        [("Job function", "", "", "B")],
        [("Company name", "", "", "B")],
        [("Create account", "", "", "B")],
        [("Already have an account?", "", "", "B"),
         ("Log in", "", "", "B")],
        [("By registering you agree to our terms and to receive emails from Mallowgate Media.", "", "", "B"),
         ("You can unsubscribe at any time.", "", "", "B")],
        [("Declan Ruddiman, regional officer for the Graphical and Packaging Workers' Union (GPWU), said staff had been called to a meeting at 10am on Tuesday with four hours' notice and told the site would shut.", "Declan Ruddiman", "said", "W")],
        [("“People found out on a Tuesday morning that the place they'd given 20 or 30 years to was finished,” he said.", "Declan Ruddiman", "said", ""),
         ("“Nobody had a clue.”", "Declan Ruddiman", "said", "")],
        [("The union said it would ask Haverbrook to consider a four-day week at the site instead of closure, and would hold an indicative ballot of members if the company refused.", "The union", "said", "W")],
        [("Read more: Tollgrove Foods trials mono-material trays in 40 stores", "", "", "B")],
        [("Haverbrook's decision comes as the corrugated sector faces its longest downturn in more than a decade.", "", "", "W")],
        [("UK corrugated shipments fell 3.8% by area in 2025 to 4.9 billion square metres, the lowest total since 2013, according to figures from the Fibreboard Makers' Council.", "figures from the Fibreboard Makers' Council", "according to", "W")],
        [("Prices for recycled containerboard have fallen by about a quarter since their peak in the summer of 2022.", "", "", "W")],
        [("Ritu Pennycuick, a senior analyst at Pulpwise Analytics, said more closures were likely before the end of the year.", "Ritu Pennycuick", "said", "")],
        [("“There is too much corrugator capacity chasing too few boxes,” she said.", "Ritu Pennycuick", "said", ""),
         ("She estimated that UK plants were running at about 78% of capacity on average, against 88% in 2021.", "Ritu Pennycuick", "estimated", "W")],
        [("Haverbrook, a subsidiary of the Vastmeer group, employs about 1,900 people at 11 sites in the UK.", "", "", "W"),
         ("It closed a sheet plant at Drubley in 2024.", "", "", "W")],
        [("A 45-day consultation with staff began on Wednesday.", "", "", "W"),
         ("The company said it expected the corrugator to run its last shift in late September.", "The company", "said", "")],
        [("Hobbeck Moor's MP, Ffion Copplestone, said she had asked to meet the company's directors “as a matter of urgency”.", "Ffion Copplestone", "said", "")],
        [("Topics:  Corrugated  ·  Closures  ·  Haverbrook Packaging  ·  Retail-ready packaging", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Vastmeer reports 9% fall in European box volumes", "", "", "B")],
        [("Sheet feeder Rosbury Board adds a night shift", "", "", "B")],
        [("Events", "", "", "B")],
        [("Fibre & Flute Awards 2026  ·  Entries close 24 April  ·  Enter now", "", "", "B")],
        [("Jobs", "", "", "B")],
        [("Corrugator Shift Manager  ·  Tolsworth  ·  £46,000–£52,000", "", "", "B")],
        [("Fibre & Flute is published by Mallowgate Media Ltd.", "", "", "B"),
         ("Registered in England and Wales, company no. 09411872.", "", "", "B")],
        [("Contact us   Advertise   Privacy   Cookie settings   Terms", "", "", "B")],
    ],
    [  # 2. Canadian student newspaper: the university's Board of Governors passes a deficit budget
        [("Skip to content", "", "", "B")],
        [("The Quarry Lantern", "", "", "B")],
        [("Stannaford University's independent student newspaper since 1921", "", "", "B")],
        [("News   Arts & Culture   Sports   Opinions   Features   Humour   Podcast   Print Archive", "", "", "B")],
        [("Donate   Write for us", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Board of Governors passes budget with $14.2-million deficit, raises international tuition six per cent", "", "", "W")],
        [("Library hours and 41 staff positions cut as university draws on reserves for a second year", "", "", "W")],
        [("By Aurelio Finchley, News Editor", "", "", "B")],
        [("March 27, 2026 at 12:41 a.m. | Updated March 27, 2026 at 9:15 a.m.", "", "", "B")],
        [("Students rally outside Kinlochbury Hall before the Board of Governors meeting on Thursday.", "", "", "")],
        [("Photo by Wen-li Tattersfield / The Quarry Lantern", "", "", "B")],
        [("Stannaford University's Board of Governors approved a $412.6-million operating budget for 2026-27 on Thursday that includes a $14.2-million deficit, a six per cent tuition increase for incoming international students and the elimination of 41 staff positions.", "", "", "W")],
        [("The vote was 19-3, with one abstention.", "", "", "W"),
         ("All three votes against came from student and staff representatives on the board.", "", "", "W")],
        [("It is the second year in a row the university has budgeted for a deficit.", "", "", "W"),
         ("Last year's budget projected a shortfall of $9.8 million; the final figure was $11.3 million, according to the university's audited financial statements.", "the university's audited financial statements", "according to", "W")],
        [("Vice-president (finance and administration) Gerald Tisserand told the board the main cause was a 22 per cent drop in international undergraduate enrolment since fall 2023.", "Gerald Tisserand", "told the board", "W")],
        [("International undergraduates pay an average of $31,900 a year in tuition, compared with $8,750 for domestic students, he said.", "Gerald Tisserand", "said", "W")],
        [("“We have lost about $26 million a year in tuition revenue, and no amount of efficiency closes a gap that size in one year,” Tisserand said.", "Gerald Tisserand", "said", "W"),
         ("“This budget buys us time.”", "Gerald Tisserand", "said", "")],
        [("Domestic tuition will rise three per cent, the maximum allowed under the provincial tuition framework.", "", "", "W")],
        [("The cuts", "", "", "")],
        [("Of the 41 positions, 26 are vacant and will not be filled, according to budget documents presented to the board.", "budget documents presented to the board", "according to", "W"),
         ("The other 15 are held by staff who will be offered voluntary separation packages first.", "", "", "W")],
        [("No tenured or tenure-track faculty positions are affected, Tisserand said.", "Gerald Tisserand", "said", "W")],
        [("Brightlingham Library will close at 9 p.m. on weekdays instead of midnight starting Sept. 1, and will no longer open on Sunday mornings.", "", "", "W")],
        [("The university will also stop funding the late-night campus shuttle, which cost about $310,000 a year and carried an average of 140 riders a night last fall.", "", "", "W")],
        [("Students respond", "", "", "")],
        [("Stannaford Students' Union president Priyanka Nadeau, one of the three governors who voted against the budget, said students were being asked to pay for decisions they had no part in.", "Priyanka Nadeau", "said", "W")],
        [("“International students are being treated like a line of credit,” she said.", "Priyanka Nadeau", "said", ""),
         ("“And the rest of us get a library that closes before most of us finish our shifts.”", "Priyanka Nadeau", "said", "")],
        [("Nadeau said the union would hold a town hall on April 2 at 6 p.m. in the Student Centre atrium.", "Priyanka Nadeau", "said", "W")],
        [("Folasade Adebambo, a fourth-year international student in biology, said her annual tuition had risen by about $4,000 since she started.", "Folasade Adebambo", "said", "W")],
        [("“I came here because it was affordable,” she said.", "Folasade Adebambo", "said", ""),
         ("“Who is going to pick Stannaford now?” she asked.", "Folasade Adebambo", "asked", "")],
        [("Faculty association president Hélène Vachon-Arbuckle said the association had not been consulted on the library cuts.", "Hélène Vachon-Arbuckle", "said", "W"),
         ("She said it would file a grievance if librarians' hours were reduced.", "Hélène Vachon-Arbuckle", "said", "")],
        [("Board chair Desmond Macquarrie did not respond to a request for comment by press time.", "Desmond Macquarrie", "did not respond to a request for comment", "")],
        [("What's next?", "", "", "")],
        [("The university will present an updated three-year financial plan to the board in June.", "", "", "W"),
         ("Tisserand said the goal was to balance the budget by 2028-29.", "Gerald Tisserand", "said", "")],
        [("Correction: A previous version of this article said Brightlingham Library would close at 8 p.m. on weekdays.", "", "", ""),
         ("It will close at 9 p.m.", "", "", "W")],
        [("Tags: Board of Governors, budget, international students, SSU, tuition", "", "", "B")],
        [("Have a tip?", "", "", "B"),
         ("Email news@quarrylantern.example or drop it in the box outside Room 214 of the Student Centre.", "", "", "B")],
        [("Related", "", "", "B")],
        [("SSU referendum on transit pass fee passes with 71 per cent", "", "", "B")],
        [("Opinion: Stop treating the library like a luxury", "", "", "B")],
        [("2 Comments", "", "", "B")],
        [("Jordan K.", "", "", "B")],
        [("I pay $400 more than last year for the same three classes.", "", "", "B"),
         ("Make it make sense.", "", "", "B")],
        [("Reply", "", "", "B")],
        [("Lantern alum '09", "", "", "B")],
        [("Cutting the shuttle will hurt the people who work late shifts on campus, not the board.", "", "", "B")],
        [("Reply", "", "", "B")],
        [("Comments are moderated and may take up to 24 hours to appear.", "", "", "B")],
        [("The Quarry Lantern is published by Lantern Student Publications Inc., a not-for-profit corporation independent of Stannaford University and the Stannaford Students' Union.", "", "", "B")],
        [("Our newsroom is on unceded Indigenous land.", "", "", "B")],
        [("© 2026 The Quarry Lantern", "", "", "B")],
    ],
    [  # 3. Tech news site: a phone launch with a specs box, a buying box and an affiliate disclosure
        [("Kilobyte Lane", "", "", "B")],
        [("Phones   Laptops   Audio   Smart home   Deals   Reviews   How-to", "", "", "B")],
        [("Deals of the week: up to 40% off wireless earbuds ›", "", "", "B")],
        [("Phones › News", "", "", "B")],
        [("Orvane Solace 7 Pro launches at £1,049 with a 5x zoom camera and seven years of updates", "", "", "W")],
        [("The new flagship costs £50 more than last year's model and goes on sale on 27 March", "", "", "W")],
        [("By Marisol Ilderton, Mobile Editor", "", "", "B")],
        [("Published 10 March 2026, 3:05pm GMT", "", "", "B")],
        [("If you buy something through a retailer link on this page, Kilobyte Lane may get a small share of the sale.", "", "", "B"),
         ("It never decides what we cover or recommend.", "", "", "B")],
        [("Orvane has announced the Solace 7 Pro, its most expensive phone yet, at a launch event on Tuesday.", "", "", "W")],
        [("It costs from £1,049 in the UK and $1,099 in the US for the version with 256GB of storage, and pre-orders open today.", "", "", "W"),
         ("That is £50 more than the Solace 6 Pro cost at launch in 2025.", "", "", "W")],
        [("The standard Solace 7 keeps last year's price of £799.", "", "", "W")],
        [("The biggest change is the camera.", "", "", ""),
         ("The Pro gains a 64MP periscope telephoto with 5x optical zoom, replacing the 3x lens on last year's model, and Orvane says it can take usable photos at up to 50x digital zoom.", "Orvane", "says", "W")],
        [("Orvane Solace 7 Pro: key specs", "", "", "B")],
        [("Display: 6.8in OLED, 1–120Hz, up to 3,000 nits", "", "", "W")],
        [("Chip: Orvane Pyrite X2 (3nm)", "", "", "W")],
        [("Memory and storage: 12GB + 256GB, 16GB + 512GB, 16GB + 1TB", "", "", "W")],
        [("Rear cameras: 50MP main, 50MP ultrawide, 64MP 5x periscope", "", "", "W")],
        [("Battery: 5,400mAh; 80W wired and 50W wireless charging", "", "", "W")],
        [("Weight: 214g", "", "", "W")],
        [("Colours: Basalt, Glacier, Moss", "", "", "")],
        [("Price: from £1,049 / $1,099", "", "", "W")],
        [("On sale: 27 March", "", "", "W")],
        [("Orvane says the 5,400mAh battery is the largest it has put in a phone and will last up to 36 hours of video playback.", "Orvane", "says", "W"),
         ("We have not yet been able to test that claim.", "", "", "")],
        [("In our own benchmark run on a pre-production unit, the Pyrite X2 scored 2,914 in the single-core test and 9,870 in the multi-core test, about 18% faster than the chip in the Solace 6 Pro.", "", "", "W")],
        [("Orvane's vice-president of product, Tobias Kellerhals, said at the launch that the company had doubled the size of the phone's vapour chamber to stop it slowing down when it gets warm.", "Tobias Kellerhals", "said", "W")],
        [("“People told us last year's phone got hot when they were gaming, and they were right,” he said.", "Tobias Kellerhals", "said", ""),
         ("“So we fixed it.”", "Tobias Kellerhals", "said", "")],
        [("Software support rises to seven years of operating system and security updates, up from five.", "", "", "W"),
         ("Orvane is also dropping the charger from the box in the UK and Europe, as it did in the US last year.", "", "", "W")],
        [("Hands-on: first impressions", "", "", "")],
        [("I spent about 40 minutes with the Solace 7 Pro before the launch.", "", "", ""),
         ("It feels lighter than its 214g suggests, and the matte glass back does a good job of hiding fingerprints.", "", "", "")],
        [("The periscope camera is the star.", "", "", ""),
         ("At 5x, shots of a church tower across the river were sharp and free of the smudging I saw on the old 3x lens at the same distance.", "", "", "")],
        [("The new AI photo editor is less convincing.", "", "", ""),
         ("It removed a passer-by from one of my shots but left a second pair of legs behind.", "", "", "")],
        [("Orvane shipped 41 million smartphones in 2025, making it the sixth-largest maker in the world, according to the market research firm Tallyscope.", "Tallyscope", "according to", "W")],
        [("Its share of the UK market fell from 7.1% to 5.9% last year, the firm said.", "the firm", "said", "W")],
        [("Pre-order the Orvane Solace 7 Pro", "", "", "B")],
        [("Voltwise   £1,049   View deal", "", "", "B")],
        [("Tapline Mobile   £1,049 + free case   View deal", "", "", "B")],
        [("Fonehaus   £43.99/month, 36 months   View deal", "", "", "B")],
        [("Prices checked 10 March 2026", "", "", "B")],
        [("Update, 10 March, 5:20pm: Orvane has confirmed that the Solace 7 Pro will not be sold in Canada or Australia at launch.", "Orvane", "has confirmed", "W")],
        [("Marisol Ilderton is Kilobyte Lane's mobile editor.", "", "", "B"),
         ("She has reviewed phones for 12 years and still misses headphone jacks.", "", "", "B")],
        [("More phone news", "", "", "B")],
        [("Orvane Solace 6 Pro drops to £699 ahead of the new model's launch", "", "", "B")],
        [("Best phones under £500: our top picks for March", "", "", "B")],
        [("Kilobyte Lane is one of eleven titles published by Brightspindle Media Ltd, 4th Floor, 22 Quickthorn Row.", "", "", "B")],
        [("© Brightspindle Media Ltd 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About us   Contact   Terms and conditions   Privacy policy   Cookies policy", "", "", "B")],
    ],
    [  # 4. Markets and crypto news site: a stablecoin slips below its peg (ticker strip, price widget)
        [("BTC $71,204.18 ▲1.2%   ETH $3,412.55 ▼0.8%   TSRD $0.9112 ▼8.9%   SOLX $142.07 ▲3.4%   QRN $0.61 ▼2.2%", "", "", "B")],
        [("Ledgerwick", "", "", "B")],
        [("Markets   Policy   Tech   DeFi   Research   Prices   Newsletters   Events", "", "", "B")],
        [("Total market cap $2.61T ▲0.4%   24h volume $98.2B   BTC dominance 54.1%", "", "", "B")],
        [("MARKETS", "", "", "B")],
        [("Stablecoin Tessera Dollar slips to 91 cents as issuer pauses redemptions", "", "", "W")],
        [("Holders pulled $1.4 billion from the token in 24 hours, blockchain data show, after a lender that held part of its reserves froze withdrawals.", "blockchain data", "show", "W")],
        [("By Thaddeus Wroxley", "", "", "B")],
        [("Mar 18, 2026 at 9:47 a.m. EDT  ·  Updated 1:12 p.m. EDT", "", "", "B")],
        [("Share on X   Share on LinkedIn   Copy link", "", "", "B")],
        [("Tessera Dollar (TSRD), the fourth-largest dollar-pegged stablecoin, fell as low as $0.9108 on Wednesday morning after its issuer, Tessera Labs, said it would pause redemptions for 72 hours.", "", "", "W")],
        [("Stablecoins are tokens designed to hold a steady value of $1, usually backed by cash and short-term government debt.", "", "", "")],
        [("More than $1.4 billion of TSRD was redeemed or sold in the 24 hours to 9 a.m. ET, according to data from the blockchain analytics firm Nodegrid.", "data from the blockchain analytics firm Nodegrid", "according to", "W"),
         ("That cut the token's supply from $6.8 billion to about $5.3 billion, the lowest since June 2024.", "", "", "W")],
        [("The trouble began late Tuesday, when Stillwell Credit, a crypto lender in which Tessera Labs had placed about 11% of its reserves, halted customer withdrawals.", "", "", "W")],
        [("Tessera Labs chief executive Oriana Winterflood said in a statement posted on the company's website that the pause was “a precaution, not a problem.”", "Oriana Winterflood", "said in a statement posted on the company's website", "")],
        [("“Every TSRD is backed one-to-one,” she wrote.", "Oriana Winterflood", "wrote", "W"),
         ("“We are pausing so that we can move reserves in an orderly way, not because they are missing.”", "Oriana Winterflood", "wrote", "")],
        [("Tessera Labs' most recent reserve report, dated Feb. 28 and reviewed by the accounting firm Bumpstead Gedge LLP, listed $6.91 billion in assets, including $760 million in loans to Stillwell Credit.", "Tessera Labs' most recent reserve report", "listed", "W")],
        [("A report reviewed by an accountant is not the same as an audit.", "", "", "")],
        [("TSRD / USD", "", "", "B")],
        [("$0.9112", "", "", "B")],
        [("−8.9% (24h)   Low $0.9108   High $0.9998", "", "", "B")],
        [("1H   1D   1W   1M   1Y   ALL", "", "", "B")],
        [("Prices may be delayed by up to five minutes.", "", "", "B"),
         ("Data: Ledgerwick Price Index.", "", "", "B")],
        [("On the largest decentralized exchange pool for TSRD, the token made up 81% of the pool's holdings by Wednesday morning, against its usual 33%, a sign that traders were swapping it for other stablecoins.", "", "", "W")],
        [("Quorvex, a U.S.-based exchange, suspended its TSRD trading pairs at 10:30 a.m. ET.", "", "", "W"),
         ("It said it would review them “once redemptions resume.”", "Quorvex", "said", "")],
        [("Sen. Marisol Bettencourt-Ayers, D-N.M., who has sponsored a bill to require monthly audits of stablecoin reserves, said the episode showed why the bill was needed.", "Marisol Bettencourt-Ayers", "said", "W")],
        [("“If you call something a dollar, you should be able to prove it's a dollar every single month,” she said in an interview.", "Marisol Bettencourt-Ayers", "said in an interview", "")],
        [("Analysts were split on whether the peg would recover.", "", "", "")],
        [("Callum Broadhurst-Ito, head of research at the trading firm Amberleaf Digital, said TSRD had traded below 99 cents for a total of only six hours in its four-year history before this week.", "Callum Broadhurst-Ito", "said", "W")],
        [("“The market is pricing in a small chance of a real hole, not a collapse,” he said.", "Callum Broadhurst-Ito", "said", "")],
        [("Sponsored", "", "", "B")],
        [("Trade 200+ tokens with zero maker fees.", "", "", "B"),
         ("Terms apply.", "", "", "B")],
        [("Tessera Labs said redemptions would reopen at 9 a.m. ET on Saturday.", "Tessera Labs", "said", "W"),
         ("Until then, holders can still sell the token on exchanges that list it.", "", "", "W")],
        [("Read more: What are stablecoins, and how do they lose their peg?", "", "", "B")],
        [("Disclosure: Ledgerwick is owned by Cressey Group, which holds no TSRD.", "", "", "B")],
        [("This article is for information only and is not investment advice.", "", "", "B")],
        [("Thaddeus Wroxley is a markets reporter at Ledgerwick covering stablecoins and payments.", "", "", "B"),
         ("Contact him at twroxley@ledgerwick.example.", "", "", "B")],
        [("Top stories", "", "", "B")],
        [("Exchange Quorvex posts first quarterly loss since 2023", "", "", "B")],
        [("Bettencourt-Ayers bill clears committee on 13-10 vote", "", "", "B")],
        [("© 2026 Ledgerwick.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("Prices are indicative only.", "", "", "B")],
    ],
    [  # 5. New Zealand property site: median price falls, with listing and loan-rate widgets
        [("Gable & Gate", "", "", "B")],
        [("Buy   Rent   Sold   New homes   Find an agent   Property news   Home loans", "", "", "B")],
        [("Sign in   ♡ Saved", "", "", "B")],
        [("Property news › Market reports", "", "", "B")],
        [("Waitarua median price falls below $800,000 for first time since 2021", "", "", "W")],
        [("Listings are up 27% on a year ago and homes are taking longer to sell, Tītipounamu Data figures show", "Tītipounamu Data figures", "show", "W")],
        [("Hemi Brocklebank", "", "", "B")],
        [("Property reporter", "", "", "B")],
        [("14 April 2026, 6:00am", "", "", "B")],
        [("The median sale price in Waitarua fell to $794,000 in March, down 4.2% on a year earlier and the first time it has dropped below $800,000 since June 2021, according to figures released on Monday by Tītipounamu Data.", "figures released on Monday by Tītipounamu Data", "according to", "W")],
        [("There were 1,184 homes listed for sale at the end of the month, 27% more than in March last year.", "", "", "W"),
         ("Homes took a median of 52 days to sell, up from 38.", "", "", "W")],
        [("Apartments and townhouses led the fall, with median prices down 7.9%, while standalone houses in the city's northern suburbs held their value.", "", "", "W")],
        [("Tītipounamu Data's head of research, Annika Skerrett, said buyers had more choice than at any time in the last five years and were in no hurry.", "Annika Skerrett", "said", "W")],
        [("“Sellers are still anchored to 2021 prices, but buyers are looking at 2026 incomes,” she said.", "Annika Skerrett", "said", "")],
        [("She expected prices to bottom out by the end of the year if mortgage rates kept falling.", "Annika Skerrett", "expected", "")],
        [("Home loan rates today", "", "", "B")],
        [("Floating 7.14%   1 year 5.19%   2 years 4.99%   3 years 5.05%", "", "", "B")],
        [("Rates from 12 lenders, updated daily.", "", "", "B"),
         ("Compare home loans ›", "", "", "B")],
        [("At an auction in Kererū Heights on Saturday, only two of seven properties sold under the hammer.", "", "", "W")],
        [("Wiremu Fairhall, an auctioneer with Pītau Realty, said the clearance rate across his agency's auctions in March was 31%, against 58% two years ago.", "Wiremu Fairhall", "said", "W")],
        [("“The buyers are there,” he said.", "Wiremu Fairhall", "said", ""),
         ("“They just won't stretch.”", "Wiremu Fairhall", "said", "")],
        [("For first-home buyers, the fall has been welcome.", "", "", "")],
        [("Sione Latu-Kingsley and his partner, Ellie, bought a three-bedroom house in Tarakihi Bay in February for $712,000, about $90,000 less than a similar house on the same street sold for in 2022.", "", "", "W")],
        [("“We offered 10% under the asking price and they took it,” Latu-Kingsley said.", "Sione Latu-Kingsley", "said", "W"),
         ("“Two years ago we were being outbid at every open home.”", "Sione Latu-Kingsley", "said", "")],
        [("Featured listings in Waitarua", "", "", "B")],
        [("4 bed · 2 bath · 2 car · 640m²", "", "", "B")],
        [("14 Kōauau Lane, Kererū Heights", "", "", "B")],
        [("Deadline sale: closes Thu 30 April, 4pm", "", "", "B")],
        [("3 bed · 1 bath · 1 car", "", "", "B")],
        [("7/22 Whārangi Terrace, Tarakihi Bay", "", "", "B")],
        [("Enquiries over $695,000", "", "", "B")],
        [("Open home: Sat 18 Apr, 11:00am–11:30am", "", "", "B")],
        [("View all 1,184 homes for sale in Waitarua", "", "", "B")],
        [("The central bank cut its official cash rate by 0.25 percentage points to 3.5% in February, its fifth cut in a row.", "", "", "W")],
        [("Mortgage adviser Talia Mataafa said most of her clients were now fixing for one or two years in the hope of lower rates later.", "Talia Mataafa", "said", "")],
        [("“Nobody wants to lock in for five years at the top of the cycle,” she said.", "Talia Mataafa", "said", "")],
        [("Waitarua City Council's new rating valuations, due in August, are expected to show the first fall in capital values since the council moved to three-yearly revaluations in 2005.", "", "", "")],
        [("Nationally, the median price fell 1.1% over the year to $768,500, Tītipounamu Data said.", "Tītipounamu Data", "said", "W"),
         ("Of the 16 regions it tracks, 11 recorded falls.", "", "", "W")],
        [("About the Tītipounamu Data House Price Report", "", "", "B")],
        [("The report is based on sale prices recorded by councils and real estate agencies and is published on the second Monday of each month.", "", "", "B")],
        [("What's your home worth?", "", "", "B"),
         ("Get a free estimate in 60 seconds ›", "", "", "B")],
        [("More property news", "", "", "B")],
        [("Rents in Waitarua flat for sixth month as new builds fill up", "", "", "B")],
        [("Deadline sales: how they work and what buyers should know", "", "", "B")],
        [("© 2026 Rimuhaven Digital Limited", "", "", "B")],
        [("Privacy   Terms   For agents   Advertise   Help centre", "", "", "B")],
    ],
    [  # 6. National weather service forecast office page: winter storm and coastal flood warnings for a nor'easter
        [("Skip Navigation Links", "", "", "B")],
        [("weather.gov", "", "", "B")],
        [("National Weather Service", "", "", "B")],
        [("Port Ellick, ME", "", "", "B")],
        [("HOME   FORECAST   PAST WEATHER   SAFETY   INFORMATION   EDUCATION   NEWS   SEARCH   ABOUT", "", "", "B")],
        [("Local forecast by ‘City, St’ or ZIP code", "", "", "B")],
        [("Go", "", "", "B")],
        [("Current Hazards", "", "", "B")],
        [("Winter Storm Warning   Coastal Flood Warning   Wind Advisory", "", "", "B")],
        [("Last Map Update: Fri, Feb. 13, 2026 at 5:48:12 am EST", "", "", "B")],
        [("Key Messages for the Nor'easter", "", "", "")],
        [("1. Heavy snow of 14 to 20 inches is expected across inland areas, with locally higher totals in the hills.", "", "", "")],
        [("2. Snowfall rates of 2 to 3 inches per hour will make travel nearly impossible this morning.", "", "", "")],
        [("3. Moderate coastal flooding is likely around the 11:42 AM high tide.", "", "", "")],
        [("4. Northeast wind gusts of 50 to 60 mph along the coast may bring down trees and power lines.", "", "", "")],
        [("The storm's central pressure fell 27 millibars in the 24 hours to 1 AM, meeting the definition of a bomb cyclone.", "", "", "W")],
        [("URGENT - WINTER WEATHER MESSAGE", "", "", "B")],
        [("National Weather Service Port Ellick ME", "", "", "B")],
        [("349 AM EST Fri Feb 13 2026", "", "", "B")],
        [("MEZ014-015-019>022-131700-", "", "", "B")],
        [("Inland Piskerton-Northern Nettleworth-Southern Nettleworth-Inland Yelverston-", "", "", "")],
        [("Including the cities of North Vennor, Gorsham, Orlick Mills and Selvedge Crossing", "", "", "")],
        [("...WINTER STORM WARNING REMAINS IN EFFECT UNTIL 7 PM EST THIS EVENING...", "", "", "W")],
        [("* WHAT...Heavy snow and strong winds.", "", "", ""),
         ("Additional snow accumulations of 8 to 12 inches, for storm totals of 14 to 20 inches.", "", "", ""),
         ("Winds gusting as high as 50 mph.", "", "", "")],
        [("* WHERE...Inland Piskerton, Nettleworth and Inland Yelverston Counties.", "", "", "W")],
        [("* WHEN...Until 7 PM EST this evening.", "", "", "W")],
        [("* IMPACTS...Travel could be very difficult to impossible.", "", "", ""),
         ("Areas of blowing snow could significantly reduce visibility.", "", "", ""),
         ("The hazardous conditions will affect the morning and evening commutes.", "", "", ""),
         ("Gusty winds could bring down tree branches and cause scattered power outages.", "", "", "")],
        [("* ADDITIONAL DETAILS...Snowfall rates of 2 to 3 inches per hour are expected between 6 AM and noon.", "", "", ""),
         ("As of 3 AM, 6 to 9 inches of snow had already fallen across much of the warned area.", "", "", "W")],
        [("PRECAUTIONARY/PREPAREDNESS ACTIONS...", "", "", "B")],
        [("Travel should be restricted to emergencies only.", "", "", "B"),
         ("If you must travel, keep an extra flashlight, food and water in your vehicle in case of an emergency.", "", "", "B")],
        [("The latest road conditions for the state can be obtained by calling 5 1 1.", "", "", "B")],
        [("&&", "", "", "B")],
        [("$$", "", "", "B")],
        [("MEZ023-024-131700-", "", "", "B")],
        [("Coastal Piskerton-Coastal Yelverston-", "", "", "")],
        [("Including the cities of Lindquist Harbor and Saltmarrow", "", "", "")],
        [("...COASTAL FLOOD WARNING IN EFFECT FROM 10 AM TO 2 PM EST TODAY...", "", "", "W")],
        [("* WHAT...Up to 2 feet of inundation above ground level is possible in low-lying areas near shorelines and tidal waterways.", "", "", "")],
        [("* WHERE...Coastal Piskerton and Coastal Yelverston Counties.", "", "", "W")],
        [("* WHEN...From 10 AM to 2 PM EST today.", "", "", "W")],
        [("* IMPACTS...Numerous roads may be closed.", "", "", ""),
         ("Low-lying property, including homes, businesses and some critical infrastructure, will be inundated.", "", "", "")],
        [("* ADDITIONAL DETAILS...The Saltmarrow tide gauge is forecast to peak near 13.4 feet MLLW at 11:42 AM.", "", "", ""),
         ("Moderate flooding begins at 13.0 feet MLLW.", "", "", "W"),
         ("The record at the gauge is 14.1 feet MLLW, set on Jan. 4, 2018.", "", "", "W")],
        [("Tide forecast for Saltmarrow Harbor", "", "", "B")],
        [("Day/Time   Total tide (ft MLLW)   Surge (ft)   Waves (ft)   Flood category", "", "", "B")],
        [("13/11 AM   13.4   2.3   10-14   Moderate", "", "", "")],
        [("13/11 PM   11.0   1.1   7-9   Minor", "", "", "")],
        [("14/12 PM   10.2   0.4   4-6   None", "", "", "")],
        [("PRECAUTIONARY/PREPAREDNESS ACTIONS...", "", "", "B")],
        [("If travel is required, do not drive around barricades or through water of unknown depth.", "", "", "B")],
        [("&&", "", "", "B")],
        [("$$", "", "", "B")],
        [("GRAVENHORST", "", "", "B")],
        [("PUBLIC INFORMATION STATEMENT", "", "", "B")],
        [("National Weather Service Port Ellick ME", "", "", "B")],
        [("521 AM EST Fri Feb 13 2026", "", "", "B")],
        [("...SNOWFALL AND PEAK WIND REPORTS AS OF 5 AM...", "", "", "B")],
        [("The following are unofficial observations taken during the past 18 hours for the storm that is affecting our region.", "", "", "B"),
         ("Thank you to the trained spotters, cooperative observers and highway crews who sent them in.", "", "", "B")],
        [("Location   Amount   Time/Date   Provider", "", "", "B")],
        [("North Vennor   9.5 in   0430 AM 02/13   Trained Spotter", "", "", "")],
        [("Gorsham 2 NW   8.8 in   0400 AM 02/13   Co-op Observer", "", "", "")],
        [("Selvedge Crossing   7.1 in   0415 AM 02/13   Highway Dept", "", "", "")],
        [("Orlick Point   58 mph   0312 AM 02/13   Mesonet", "", "", "")],
        [("$$", "", "", "B")],
        [("Next briefing: 11 AM EST today.", "", "", "B")],
        [("US Dept of Commerce", "", "", "B")],
        [("National Weather Service Port Ellick", "", "", "B")],
        [("1 Fogwatch Road", "", "", "B")],
        [("Gorsham, ME 04019", "", "", "B")],
        [("Disclaimer   Information Quality   Help   Glossary   Privacy Policy   Freedom of Information Act (FOIA)   About Us   Career Opportunities", "", "", "B")],
    ],
    [  # 7. Government travel advice page for an invented country, with advice levels by region
        [("Skip to main content", "", "", "B")],
        [("Gaeilge", "", "", "B")],
        [("Department of Foreign Affairs", "", "", "B")],
        [("Travel   Passports   Citizens abroad   Embassies   News and media", "", "", "B")],
        [("Home › Travel › Country advice › Verdanza", "", "", "B")],
        [("Verdanza", "", "", "")],
        [("Current advice level", "", "", "B")],
        [("Avoid non-essential travel", "", "", "W")],
        [("What's changed", "", "", "B")],
        [("We now advise against all travel to the provinces of Altavera and Río Sombra, where the government declared a state of emergency on 3 March 2026.", "", "", "W")],
        [("We continue to advise against non-essential travel to the rest of Verdanza, including the capital, San Lázaro.", "", "", "W")],
        [("Last reviewed: 16 March 2026", "", "", "B")],
        [("Advice last changed: 12 March 2026", "", "", "B")],
        [("Region   Advice level", "", "", "B")],
        [("Altavera Province   Do not travel", "", "", "")],
        [("Río Sombra Province   Do not travel", "", "", "")],
        [("San Lázaro and the rest of the country   Avoid non-essential travel", "", "", "")],
        [("If you are in Verdanza", "", "", "B")],
        [("In an emergency, call 131 for police or 135 for an ambulance.", "", "", "B")],
        [("Irish citizens in serious difficulty can contact the Embassy of Ireland in San Lázaro on +58 2 418 7730, or the Department's duty officer on +353 1 408 2000 outside office hours.", "", "", "B")],
        [("Before you go", "", "", "B")],
        [("• Buy travel insurance that covers medical treatment and the cost of bringing you home.", "", "", "B")],
        [("• Register your trip with us so that we can contact you in a crisis.", "", "", "B")],
        [("• Keep copies of your passport and insurance policy apart from the originals.", "", "", "B")],
        [("Safety and security", "", "", "")],
        [("Political unrest", "", "", "")],
        [("Demonstrations against the government have taken place in San Lázaro and other cities almost every week since January 2026, when the Supreme Court ruled that President Ignacio Valdearenas-Tosh could stand for a third term.", "", "", "W")],
        [("At least 23 people have been killed in clashes between protesters and the security forces, according to the country's human rights ombudsman.", "the country's human rights ombudsman", "according to", "W")],
        [("A curfew is in force in Altavera and Río Sombra from 10pm to 5am, and the army has set up checkpoints on the main roads into both provinces.", "", "", "W")],
        [("Roads can be blocked at short notice, and flights from Puerto Vallmora airport were suspended twice in February.", "", "", "W")],
        [("Stay away from demonstrations and large crowds, follow the instructions of the local authorities and keep up to date with local news.", "", "", "B")],
        [("Crime", "", "", "")],
        [("Street crime, including bag snatching and phone theft, is common in central San Lázaro and around bus stations.", "", "", "")],
        [("There have been reports of so-called express kidnappings, in which victims are forced to withdraw money from cash machines, mostly after dark.", "", "", "W")],
        [("Only use taxis booked by phone or through your hotel.", "", "", "B")],
        [("Terrorism", "", "", "")],
        [("There is no recent history of terrorism in Verdanza, but attacks cannot be ruled out.", "", "", "")],
        [("Local laws and customs", "", "", "")],
        [("Possession of even small amounts of illegal drugs carries a minimum prison sentence of eight years.", "", "", "W")],
        [("It is illegal to photograph military buildings, police stations and the presidential palace.", "", "", "W"),
         ("Under the state of emergency, police may search phones at checkpoints.", "", "", "W")],
        [("You must carry photo ID at all times; a photocopy of your passport is accepted.", "", "", "W")],
        [("Entry requirements", "", "", "")],
        [("Irish citizens do not need a visa to visit Verdanza for up to 90 days.", "", "", "W"),
         ("Your passport must be valid for at least six months from the date you arrive.", "", "", "W")],
        [("Since 1 February 2026, all visitors must complete an online arrival declaration no more than 72 hours before travelling.", "", "", "W"),
         ("The declaration is free.", "", "", "W"),
         ("Be wary of websites that offer to fill it in for you for a fee.", "", "", "B")],
        [("Entry rules can change at short notice, so check with the Embassy of Verdanza before you travel.", "", "", "B")],
        [("Health", "", "", "")],
        [("Verdanza's health ministry reported more than 14,000 cases of dengue fever in 2025, three times the number in 2024.", "Verdanza's health ministry", "reported", "W")],
        [("Proof of yellow fever vaccination is required if you arrive from a country where there is a risk of yellow fever.", "", "", "W")],
        [("Public hospitals outside San Lázaro have limited facilities, and serious cases are often transferred to the capital.", "", "", "")],
        [("See your GP or a travel health clinic at least six weeks before you go.", "", "", "B")],
        [("Natural disasters and climate", "", "", "")],
        [("The rainy season runs from May to October, and floods and landslides often close mountain roads.", "", "", "W")],
        [("Verdanza lies in an active earthquake zone; a magnitude 6.8 earthquake near Puerto Vallmora killed 41 people in 2019.", "", "", "W")],
        [("Money", "", "", "")],
        [("The currency is the Verdanzan sol.", "", "", ""),
         ("Since January, banks have limited cash withdrawals to 2,000 sol (about €110) a day.", "", "", "W")],
        [("Was this page useful?", "", "", "B"),
         ("Yes   No", "", "", "B")],
        [("Follow our travel updates on X and Instagram", "", "", "B")],
        [("Accessibility   Privacy   Cookies   Data protection   Contact us", "", "", "B")],
    ],
    [  # 8. Children's hospital health explainer in questions and answers: measles
        [("Emergency? Call Triple Zero (000)", "", "", "B")],
        [("Corowen Children's Hospital", "", "", "B")],
        [("Patients & families   Health information   Our services   Research   Careers   Donate", "", "", "B")],
        [("Health information › Fact sheets › Infections", "", "", "B")],
        [("Kids Health Info fact sheet", "", "", "B")],
        [("Measles: your questions answered", "", "", "")],
        [("Measles cases in the state are at their highest level since 2019.", "", "", "W"),
         ("Here's what parents and carers need to know.", "", "", "B")],
        [("Last reviewed March 2026", "", "", "B")],
        [("Listen   Print   Download PDF (312 KB)", "", "", "B")],
        [("This fact sheet is also available in Arabic, Simplified Chinese, Vietnamese and Dari.", "", "", "B")],
        [("What is measles?", "", "", "")],
        [("Measles is a highly contagious illness caused by a virus.", "", "", ""),
         ("It usually starts with a fever, runny nose, cough and red, watery eyes, followed three to five days later by a blotchy red rash that begins on the face and spreads down the body.", "", "", "")],
        [("Most children recover within two to three weeks, but measles can be serious.", "", "", "")],
        [("How does it spread?", "", "", "")],
        [("Measles spreads through the air when an infected person breathes, coughs or sneezes.", "", "", "W")],
        [("The virus can stay in the air of a room for up to two hours after the infected person has left.", "", "", "W"),
         ("About nine in 10 people who are not immune will catch measles if they share a room with someone who has it.", "", "", "W")],
        [("People with measles are infectious from about four days before the rash appears until four days after it appears.", "", "", "W")],
        [("How many cases have there been?", "", "", "")],
        [("The state's Department of Health has confirmed 67 cases since 1 January, compared with nine in the whole of 2025.", "The state's Department of Health", "has confirmed", "W")],
        [("Of those, 24 were children under five, and 11 of them were too young to have had their first dose of vaccine, the department said.", "the department", "said", "W")],
        [("Our emergency department has treated 19 children with measles this year, and nine needed to be admitted.", "", "", "W")],
        [("“Most of the children we've admitted were babies under 12 months, and all but one were unvaccinated,” said Dr Keziah Lumsdaine, an infectious diseases paediatrician at Corowen.", "Keziah Lumsdaine", "said", "W")],
        [("“These are children who rely on the people around them being immune.”", "Keziah Lumsdaine", "said", "")],
        [("Why are cases rising?", "", "", "")],
        [("Most of this year's cases are linked to travellers who caught measles overseas and passed it on after they came home.", "", "", "W")],
        [("At the same time, the proportion of two-year-olds fully vaccinated against measles has fallen from 94.1% in 2020 to 91.3% in 2025, according to state immunisation data.", "state immunisation data", "according to", "W")],
        [("Experts say about 95% of people need to be immune to stop measles spreading in a community.", "Experts", "say", "W")],
        [("Who is most at risk?", "", "", "")],
        [("Babies under 12 months, pregnant women and people with weakened immune systems are most at risk of serious complications.", "", "", "W")],
        [("Pneumonia is the most common serious complication, and the most common cause of death from measles in young children.", "", "", "W"),
         ("In rare cases, measles causes swelling of the brain (encephalitis), which can lead to permanent brain damage.", "", "", "W")],
        [("How is it prevented?", "", "", "")],
        [("Measles is prevented by the measles-mumps-rubella (MMR) vaccine.", "", "", "W"),
         ("Two doses protect about 97 in 100 people for life.", "", "", "W")],
        [("In the state, children are offered free doses at 12 months and 18 months.", "", "", "W"),
         ("Babies aged six to 11 months who are travelling overseas can have an extra early dose.", "", "", "W")],
        [("Does the MMR vaccine cause autism?", "", "", "")],
        [("No.", "", "", "W"),
         ("Large studies following millions of children over many years have found no link between the MMR vaccine and autism.", "", "", "W")],
        [("What should I do if I think my child has measles?", "", "", "")],
        [("Call your GP or our emergency department before you come in, so that staff can prepare a room and stop the infection spreading.", "", "", "B")],
        [("Keep your child home from childcare, kinder or school.", "", "", "B")],
        [("Go straight to the emergency department, or call 000, if your child:", "", "", "B")],
        [("• has trouble breathing", "", "", "B")],
        [("• is very drowsy or hard to wake", "", "", "B")],
        [("• has a seizure (fit)", "", "", "B")],
        [("• is not drinking, or has had fewer wet nappies than usual.", "", "", "B")],
        [("Key points to remember", "", "", "B")],
        [("• Measles spreads very easily through the air.", "", "", "W")],
        [("• Cases in the state are at their highest level since 2019.", "", "", "W")],
        [("• Two doses of MMR vaccine give lifelong protection to about 97% of people.", "", "", "W")],
        [("• Phone ahead before bringing a child with suspected measles to any clinic or hospital.", "", "", "B")],
        [("For more information", "", "", "B")],
        [("Parent Health Line: 1300 606 442 (24 hours, seven days)", "", "", "B")],
        [("Disclaimer", "", "", "B")],
        [("This fact sheet is general information only.", "", "", "B"),
         ("Always ask your own doctor about your child's care.", "", "", "B")],
        [("Was this fact sheet helpful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Related fact sheets", "", "", "B")],
        [("Immunisation: what to expect on the day", "", "", "B")],
        [("Fever in children", "", "", "B")],
        [("Corowen Children's Hospital acknowledges the Traditional Owners of the land on which we work and care for children.", "", "", "B")],
        [("ABN 41 277 608 512  ·  © Corowen Children's Hospital 2026", "", "", "B")],
    ],
    [  # 9. NGO's report launch page: conditions in remand detention facilities
        [("Skip to content", "", "", "B")],
        [("Vukani Detention Monitor", "", "", "B")],
        [("Who we are   Our work   Reports   News   Get involved   Contact", "", "", "B")],
        [("DONATE", "", "", "B")],
        [("Reports › 2026", "", "", "B")],
        [("REPORT LAUNCH", "", "", "B")],
        [("Forty to a cell: remand detainees held in conditions “unfit for human beings”, report finds", "report", "finds", "W")],
        [("Monitors found cells built for 16 people holding up to 41 at three remand facilities, and detainees waiting an average of 19 months for their trials to end.", "", "", "W")],
        [("18 March 2026", "", "", "B")],
        [("Download the full report (PDF, 4.6 MB)", "", "", "B")],
        [("Download the summary (PDF, 780 KB)", "", "", "B")],
        [("Summary in isiZulu (PDF, 640 KB)  |  Summary in Afrikaans (PDF, 655 KB)", "", "", "B")],
        [("Remand detainees at three of South Africa's largest detention facilities are being held in cells at more than twice their capacity, with broken toilets, no hot water and as little as one hour outside a day, according to a report published today by Vukani Detention Monitor.", "a report published today by Vukani Detention Monitor", "according to", "W")],
        [("The report, Forty to a Cell, is based on 23 monitoring visits to Kwaggasdrif, Doringhoek and Emathumbeni between March and November 2025, and on interviews with 312 detainees and 41 officials.", "", "", "W")],
        [("It found that Kwaggasdrif Remand Detention Facility held 3,410 people on the day of the first visit, against an approved capacity of 1,618, an occupancy rate of 211%.", "The report", "found", "W")],
        [("Key findings", "", "", "B")],
        [("• Occupancy at the three facilities ranged from 174% to 211%.", "", "", "W")],
        [("• In 38% of the cells inspected, the only toilet was broken or blocked.", "", "", "W")],
        [("• Detainees interviewed had been waiting an average of 19 months for their trials to finish; 64 had waited more than three years.", "", "", "W")],
        [("• 27 people died in custody at the three facilities in 2025, nine of them from tuberculosis.", "", "", "W")],
        [("• At Emathumbeni, detainees spent an average of 23 hours a day in their cells.", "", "", "W")],
        [("Nomvula Vorster, director of Vukani Detention Monitor, said:", "Nomvula Vorster", "said", "")],
        [("“Most of the people in these cells have not been convicted of anything.", "Nomvula Vorster", "said", ""),
         ("Some are there because they cannot raise bail of R1,000.", "Nomvula Vorster", "said", "W"),
         ("We found men sleeping in shifts because there was not enough floor for everyone to lie down at once.", "Nomvula Vorster", "said", "W")],
        [("“The law says detainees must be held in conditions that respect their dignity.", "Nomvula Vorster", "said", "W"),
         ("Nobody who has walked into cell 14 at Kwaggasdrif could tell you that is happening.”", "Nomvula Vorster", "said", "")],
        [("Case study", "", "", "B")],
        [("Sizwe*, 24, has been held at Doringhoek since August 2023, awaiting trial on a charge of housebreaking.", "", "", "")],
        [("His bail was set at R1,500, which his mother could not raise.", "", "", "")],
        [("“There are 38 of us in a cell for 16,” he told monitors.", "Sizwe", "told monitors", ""),
         ("“You sleep on your side so the next man has space.”", "Sizwe", "told monitors", "")],
        [("*Not his real name.", "", "", "B")],
        [("What we are asking for", "", "", "")],
        [("• The correctional services department should publish occupancy figures for every facility every quarter.", "", "", "")],
        [("• Courts should review the case of every detainee who has been held for more than two years.", "", "", "")],
        [("• Bail of R2,000 or less should be paid from a state fund when a detainee cannot afford it, starting with a pilot in two provinces.", "", "", "")],
        [("• Parliament's portfolio committee on justice should hold a hearing on deaths in remand detention.", "", "", "")],
        [("In a written response included in the report, the correctional services department said overcrowding was “a national challenge” driven by the number of people remanded by the courts, which it did not control.", "the correctional services department", "said", "W")],
        [("It said national occupancy had fallen from 137% in 2019 to 129% in 2025, and that a new 1,200-bed facility would open at Kwaggasdrif in 2027.", "the correctional services department", "said", "W")],
        [("The department did not respond to questions about the deaths in custody that Vukani sent on 12 March.", "The department", "did not respond to questions", "")],
        [("Launch webinar", "", "", "B")],
        [("Tuesday 24 March, 10:00–11:30 SAST, with the report's authors and a former detainee.", "", "", "B")],
        [("Register for the webinar", "", "", "B")],
        [("Media enquiries", "", "", "B")],
        [("Palesa Dikgale-Wentzel, communications officer: 082 555 0143 · media@vukani.example", "", "", "B")],
        [("Notes for editors", "", "", "B")],
        [("1. Vukani Detention Monitor is an independent non-profit organisation that has monitored conditions in places of detention since 2011.", "", "", "B")],
        [("2. Remand detainees are people held in custody while they await trial or sentence.", "", "", "B")],
        [("3. Monitoring visits were carried out under an access agreement with the correctional services department.", "", "", "B")],
        [("Share this: Facebook · X · WhatsApp · LinkedIn · Email", "", "", "B")],
        [("Related reports", "", "", "B")],
        [("Locked out: access to lawyers in police holding cells (2024)", "", "", "B")],
        [("Sick behind bars: tuberculosis in remand detention (2023)", "", "", "B")],
        [("Vukani Detention Monitor NPC · Reg. No. 2011/004417/08 · NPO 093-118 · PBO 930041872", "", "", "B")],
        [("Privacy policy   Access to information manual   Contact", "", "", "B")],
    ],
    [  # 10. US county paper's high school football playoff recap with box score, scoring summary and play-by-play
        [("Mudgett County Sentinel", "", "", "B")],
        [("News   Sports   Prep Sports   Obituaries   Opinion   e-Edition   Subscribe", "", "", "B")],
        [("FINAL  Kittering Falls 28, Brixley Ridge 27   |   FINAL  Cutler Pines 41, Harrowcombe 10   |   FINAL/OT  Sable Lick 20, Vinnick 17", "", "", "B")],
        [("PREP FOOTBALL", "", "", "B")],
        [("Kittering Falls stuns top-seeded Brixley Ridge with late two-point try, reaches 4A final", "", "", "W")],
        [("Muskrats score with 41 seconds left, go for two and win it on Castorena's keeper", "", "", "W")],
        [("By Wes Tillinghast | Special to the Sentinel", "", "", "B")],
        [("Nov. 29, 2025, 11:52 p.m. CT", "", "", "B")],
        [("Kittering Falls quarterback Brody Castorena (7) dives into the end zone for the winning two-point conversion against Brixley Ridge on Friday night.", "", "", "W")],
        [("Photo: Ines Tyldesley / Sentinel", "", "", "B")],
        [("BRIXLEY RIDGE — Kittering Falls coach Dale Wickersham never thought about kicking the extra point.", "", "", "")],
        [("Down 27-26 after Tavion Kettleman's 4-yard touchdown run with 41 seconds left, the Muskrats kept their offense on the field, and Castorena faked a handoff and ran in untouched around the right end to give Kittering Falls a 28-27 win over No. 1 seed Brixley Ridge in the Class 4A state semifinals Friday night.", "", "", "W")],
        [("“We came here to win, not to go to overtime,” Wickersham said.", "Dale Wickersham", "said", ""),
         ("“I told the kids on the sideline, if we don't get it, that's on me.”", "Dale Wickersham", "said", "")],
        [("The No. 4 seed Muskrats (12-1) will play unbeaten Cutler Pines (13-0) in the state final at 1 p.m. Saturday, Dec. 6, at Wenthaven Field in Vessington.", "", "", "W")],
        [("Brixley Ridge (12-1) had won 24 straight home games, a streak that dated to September 2022.", "", "", "W")],
        [("Kettleman ran for 187 yards and two touchdowns on 29 carries, his seventh 150-yard game of the season.", "", "", "W"),
         ("Castorena completed 14 of 22 passes for 201 yards and a touchdown and ran for another score.", "", "", "W")],
        [("The Pronghorns led 27-14 late in the third quarter after Cade Haversham's 38-yard touchdown pass to Isaiah Mabery.", "", "", "W")],
        [("Kittering Falls answered with a 12-play, 75-yard drive capped by Castorena's 9-yard pass to Jaylen Coley with 6:14 left, but Mateo Ulvestad's extra point hit the left upright.", "", "", "W")],
        [("After a Brixley Ridge punt, the Muskrats took over at their own 31 with 1:58 to play and no timeouts.", "", "", "W"),
         ("Kettleman carried three times for 30 yards on the drive, and Castorena found him for 21 more on a screen.", "", "", "W")],
        [("“I've never seen a kid want the ball like Tavion did on that last drive,” Wickersham said.", "Dale Wickersham", "said", ""),
         ("“He'd have carried it every snap if I'd let him.”", "Dale Wickersham", "said", "")],
        [("Brixley Ridge coach Terrence Maplethorpe said he had expected the two-point try.", "Terrence Maplethorpe", "said", "")],
        [("“They'd run that play twice already tonight, and we still didn't stop it,” he said.", "Terrence Maplethorpe", "said", "W"),
         ("“Hats off to them!” he added.", "Terrence Maplethorpe", "added", "")],
        [("Haversham, a senior, threw for 284 yards and three touchdowns in his final game for the Pronghorns.", "", "", "W"),
         ("His last pass was intercepted by Xavier Pinkerfield with 29 seconds left.", "", "", "W")],
        [("BOX SCORE", "", "", "B")],
        [("Kittering Falls 28, Brixley Ridge 27", "", "", "W")],
        [("Team   1   2   3   4   F", "", "", "B")],
        [("Kittering Falls   7   7   0   14   28", "", "", "")],
        [("Brixley Ridge   7   13   7   0   27", "", "", "")],
        [("Scoring summary", "", "", "B")],
        [("First quarter", "", "", "B")],
        [("BR — Marcus Merrifield 3 run (Nico Perrault kick), 6:48", "", "", "W")],
        [("KF — Tavion Kettleman 22 run (Mateo Ulvestad kick), 1:05", "", "", "W")],
        [("Second quarter", "", "", "B")],
        [("BR — Isaiah Mabery 61 pass from Cade Haversham (Perrault kick), 10:31", "", "", "W")],
        [("BR — Dorian Sparrowhawke 8 pass from Haversham (kick blocked), 2:17", "", "", "W")],
        [("KF — Brody Castorena 1 run (Ulvestad kick), 0:22", "", "", "W")],
        [("Third quarter", "", "", "B")],
        [("BR — Mabery 38 pass from Haversham (Perrault kick), 1:36", "", "", "W")],
        [("Fourth quarter", "", "", "B")],
        [("KF — Jaylen Coley 9 pass from Castorena (kick failed), 6:14", "", "", "W")],
        [("KF — Kettleman 4 run (Castorena run), 0:41", "", "", "W")],
        [("Team statistics", "", "", "B")],
        [("Statistic   KF   BR", "", "", "B")],
        [("First downs   21   17", "", "", "")],
        [("Rushes-yards   38-231   24-88", "", "", "")],
        [("Passing yards   201   284", "", "", "")],
        [("Comp-att-int   14-22-0   19-31-1", "", "", "")],
        [("Fumbles-lost   2-1   1-0", "", "", "")],
        [("Penalties-yards   6-55   9-80", "", "", "")],
        [("Individual leaders", "", "", "B")],
        [("Rushing — KF: Kettleman 29-187 2 TD, Castorena 7-38 1 TD, Coley 2-6; BR: Merrifield 16-71 1 TD, Haversham 6-14, Sparrowhawke 2-3", "", "", "W")],
        [("Passing — KF: Castorena 14-22-0, 201 yds, 1 TD; BR: Haversham 19-31-1, 284 yds, 3 TD", "", "", "W")],
        [("Receiving — KF: Coley 6-94 1 TD, Kettleman 4-51; BR: Mabery 7-162 2 TD, Sparrowhawke 5-61 1 TD", "", "", "W")],
        [("Play-by-play: the final two minutes", "", "", "B")],
        [("1-10 KF31 (1:58) Castorena pass complete to Coley for 18 yards to the BR51.", "", "", "")],
        [("1-10 BR51 (1:41) Castorena pass incomplete, intended for Kettleman.", "", "", "")],
        [("2-10 BR51 (1:37) Kettleman rush for 12 yards to the BR39.", "", "", "")],
        [("1-10 BR39 (1:12) Castorena pass complete to Kettleman for 21 yards to the BR18.", "", "", "")],
        [("1-10 BR18 (0:58) Kettleman rush for 14 yards to the BR4.", "", "", "")],
        [("1-G BR4 (0:45) Kettleman rush for 4 yards, TOUCHDOWN.", "", "", "W")],
        [("(0:41) Two-point attempt: Castorena rush, attempt SUCCESSFUL.", "", "", "W")],
        [("(0:41) Ulvestad kickoff 52 yards to the BR8, Sparrowhawke return 30 yards to the BR38.", "", "", "")],
        [("1-10 BR38 (0:29) Haversham pass intercepted by Pinkerfield at the KF22.", "", "", "W")],
        [("1-10 KF22 (0:21) Castorena kneels for a loss of 1 yard.", "", "", ""),
         ("End of game.", "", "", "")],
        [("Tickets for the final go on sale Monday at 9 a.m. on the state association's website.", "", "", "B"),
         ("Adults $12, students $6.", "", "", "B")],
        [("Coaches: report scores to sports@mudgettsentinel.example or text 555-0148 by 10:30 p.m. on game nights.", "", "", "B")],
        [("Related", "", "", "B")],
        [("PHOTOS: Kittering Falls at Brixley Ridge, 4A semifinal", "", "", "B")],
        [("Cutler Pines routs Harrowcombe to set up title-game rematch", "", "", "B")],
        [("Copyright © 2025 Mudgett County Sentinel, a Hallwick Newspapers publication.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Newsletter-platform post: a county council's derelict homes grant, with footnotes and comments
        [("The Empty Rooms", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("Loughdara paid out €9.8 million to fix up empty homes.", "", "", "W"),
         ("Only 143 have people living in them.", "", "", "W")],
        [("What the council's own records show about the derelict homes grant, three years in", "", "", "")],
        [("Saoirse Cunnane", "", "", "B")],
        [("12 Mar 2026", "", "", "B")],
        [("▷ Listen · 11 min", "", "", "B")],
        [("♡ 212   💬 41   ↻ 9   Share", "", "", "B")],
        [("This post is free to read, so please pass it on.", "", "", "B")],
        [("Dia daoibh, everyone.", "", "", "B")],
        [("In 2023, Loughdara County Council began offering grants of up to €70,000 to people who bought derelict or long-empty houses and brought them back into use.", "", "", "W")],
        [("The idea was simple: the county had 2,316 vacant homes at the last census, and 1,870 households on its housing waiting list.", "", "", "W")],
        [("Three years on, I wanted to know how many of those homes now have someone living in them.", "", "", ""),
         ("So in November I sent the council a freedom of information request.[1]", "", "", "")],
        [("The numbers", "", "", "")],
        [("Between March 2023 and December 2025, the council received 1,412 applications.", "", "", "W"),
         ("It approved 611 of them and paid out €9.8 million.[2]", "", "", "W")],
        [("But only 143 of the approved homes have been finished, inspected and certified as occupied, according to the council's own grant tracker.", "the council's own grant tracker", "according to", "W")],
        [("Another 286 have been paid a first instalment and are still being worked on.", "", "", "W"),
         ("The council could not tell me what has happened to the remaining 182.", "The council", "could not tell me", "")],
        [("The average wait between applying and the council's first inspection was seven months.", "", "", "W"),
         ("In 2022, when the scheme was being designed, a council briefing note promised inspections “within eight weeks”.[3]", "a council briefing note", "promised", "W")],
        [("Thanks for reading The Empty Rooms!", "", "", "B"),
         ("This post is public, so feel free to share it.", "", "", "B")],
        [("Share", "", "", "B")],
        [("Why so slow?", "", "", "")],
        [("The council's director of housing, Fergal Ó Maoilmhichíl, told me in an email that the scheme had been “a victim of its own success”.", "Fergal Ó Maoilmhichíl", "told me in an email", "")],
        [("He said the council had two building inspectors working on the grant when it opened and has four now.", "Fergal Ó Maoilmhichíl", "said", "W")],
        [("“Every one of these houses is different, and many of them need structural work before anyone can live in them,” he wrote.", "Fergal Ó Maoilmhichíl", "wrote", "")],
        [("That is true.", "", "", ""),
         ("It is also true that the council was warned this would happen.", "", "", "W")],
        [("A report to councillors in September 2023 said the inspection team “will not be able to keep pace” if applications passed 300 a year.[4]", "A report to councillors in September 2023", "said", "W"),
         ("They passed 500 in the first year.", "", "", "W")],
        [("Deirdre Gormley bought a two-storey house in Carrickbawn that had been empty since 2009, and was approved for a grant of €62,000 in May 2024.", "", "", "W"),
         ("She is still waiting for the second instalment.", "", "", "W")],
        [("“We've done the roof, the windows and the wiring on a credit union loan,” she told me.", "Deirdre Gormley", "told me", ""),
         ("“I ring them every Monday.", "Deirdre Gormley", "told me", ""),
         ("They know my voice at this stage.”", "Deirdre Gormley", "told me", "")],
        [("I do this work on my own, and readers pay for it.", "", "", "B"),
         ("A paid subscription costs €6 a month and keeps the FOI requests going.", "", "", "B")],
        [("Upgrade to paid", "", "", "B")],
        [("How does Loughdara compare?", "", "", "")],
        [("Nationally, 38% of approved grants had been completed by the end of 2025, according to the department's quarterly vacancy report.[5]", "the department's quarterly vacancy report", "according to", "W")],
        [("Loughdara's figure is 23%.", "", "", "W"),
         ("In neighbouring Glenmoylan it is 51%, and Glenmoylan has fewer inspectors.", "", "", "W")],
        [("Cllr Róisín Drennan (Ind) said she would table a motion at the council's April meeting asking for the figures to be published every month.", "Róisín Drennan", "said", "W")],
        [("I'll be at that meeting, and I'll tell you what happens.", "", "", "")],
        [("— Saoirse", "", "", "B")],
        [("[1] FOI request LCC-FOI-2025-418, lodged 4 November 2025, released 19 January 2026.", "", "", "B")],
        [("[2] Grant tracker spreadsheet released under FOI, tab “Payments”, rows 2–612.", "", "", "B")],
        [("[3] Briefing note to the Housing Strategic Policy Committee, 14 October 2022, p. 3.", "", "", "B")],
        [("[4] Report of the Chief Executive to the September 2023 council meeting, s. 4.2.", "", "", "B")],
        [("[5] Quarterly vacancy report, Q4 2025, Table 6.", "", "", "B")],
        [("Subscribe to The Empty Rooms", "", "", "B")],
        [("Your email address", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("♡ Like   💬 Comment   ↻ Restack", "", "", "B")],
        [("41 Comments", "", "", "B")],
        [("Pádraig Gilhooly-Naughton", "", "", "B")],
        [("12 Mar", "", "", "B")],
        [("Liked by Saoirse Cunnane", "", "", "B")],
        [("I applied in January 2024 and nobody has even come out to look at the house.", "", "", "B"),
         ("Thank you for this.", "", "", "B")],
        [("Reply", "", "", "B")],
        [("Saoirse Cunnane", "", "", "B")],
        [("Author", "", "", "B")],
        [("Pádraig, I'd love to hear more, if you're willing.", "", "", "B"),
         ("My messages are open.", "", "", "B")],
        [("Reply", "", "", "B")],
        [("Maeve Cruickshank", "", "", "B")],
        [("12 Mar", "", "", "B")],
        [("That 2023 report is damning.", "", "", "B"),
         ("Did a single councillor read it?", "", "", "B")],
        [("Reply", "", "", "B")],
        [("See all 41 comments", "", "", "B")],
        [("© 2026 Saoirse Cunnane  ·  Privacy  ·  Terms  ·  Collection notice", "", "", "B")],
        [("Publish on Inkstand for free", "", "", "B")],
    ],
    [  # 12. Aggregator app's reader view of a syndicated local story: a town's property tax increase
        [("Skimlane", "", "", "B")],
        [("For you   Following   Local   Top stories   Search", "", "", "B")],
        [("‹ Back to Local", "", "", "B")],
        [("THE GREYHORN VALLEY COURIER", "", "", "B")],
        [("From The Greyhorn Valley Courier  ·  2h ago  ·  3 min read", "", "", "B")],
        [("+ Follow", "", "", "B")],
        [("Reader view  ·  Aa", "", "", "B")],
        [("Tinder Creek council approves 9.4 per cent tax hike, biggest in two decades", "", "", "W")],
        [("Average homeowner will pay about $214 more this year", "", "", "W")],
        [("Amira Lobo-Chartrand", "", "", "B")],
        [("Residents fill the gallery at Tinder Creek council chambers on Tuesday night.", "", "", "")],
        [("Amira Lobo-Chartrand / The Greyhorn Valley Courier", "", "", "B")],
        [("TINDER CREEK, Alta. — Town council voted 5-2 on Tuesday night to raise municipal property taxes by 9.4 per cent, the largest increase since 2004.", "", "", "W")],
        [("The owner of an average single-family home, assessed at $398,000, will pay about $2,490 in municipal taxes this year, up $214, according to figures from the town's finance department.", "figures from the town's finance department", "according to", "W")],
        [("The increase will raise about $1.9 million.", "", "", "W"),
         ("Council had already trimmed $640,000 from the draft budget in February, mostly by leaving two vacant jobs in the parks department unfilled.", "", "", "W")],
        [("Mayor Colette Boisvenue said the town had no choice after its insurance premiums rose 41 per cent and the province cut its municipal operating grant by $1.1 million.", "Colette Boisvenue", "said", "W")],
        [("“Nobody around this table ran for office to raise taxes,” she said.", "Colette Boisvenue", "said", ""),
         ("“But the bills are real, and they have to be paid.”", "Colette Boisvenue", "said", "")],
        [("Coun. Brennan Sokolowski and Coun. Lise Quevillon voted against the increase.", "", "", "W")],
        [("Sokolowski said the town should have delayed the $6.8-million upgrade of Boulderash Arena before asking residents to pay more.", "Brennan Sokolowski", "said", "")],
        [("“We're asking a pensioner on a fixed income to find another $200 so we can put new seats in a hockey rink,” he said.", "Brennan Sokolowski", "said", "")],
        [("About 60 residents attended the meeting, and 14 spoke during the public hearing, all but two of them against the increase.", "", "", "W")],
        [("Quevillon proposed a 6.5 per cent increase instead, paired with a one-year pause on the arena work.", "", "", "W"),
         ("Her motion failed 2-5.", "", "", "W")],
        [("Continue reading on greyhornvalleycourier.example", "", "", "B")],
        [("This preview is provided by The Greyhorn Valley Courier.", "", "", "B"),
         ("Open the full story on the publisher's site.", "", "", "B")],
        [("♥ 214   💬 38   ↗ Share", "", "", "B")],
        [("Why am I seeing this?", "", "", "B"),
         ("You follow Local news · Tinder Creek.", "", "", "B")],
        [("Report a problem with this story", "", "", "B")],
        [("More from The Greyhorn Valley Courier", "", "", "B")],
        [("Boulderash Arena upgrade will close the rink for 14 weeks this summer", "", "", "B")],
        [("The Greyhorn Valley Courier  ·  1d", "", "", "B")],
        [("Tinder Creek library adds Sunday hours after petition", "", "", "B")],
        [("The Greyhorn Valley Courier  ·  3d", "", "", "B")],
        [("Related coverage", "", "", "B")],
        [("Small towns brace for insurance shock as premiums climb, survey finds", "", "", "B")],
        [("Foothills Advocate Weekly  ·  5h", "", "", "B")],
        [("Follow The Greyhorn Valley Courier for more stories like this", "", "", "B")],
        [("Home   Following   Local   Saved   Profile", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- trade site: a registration wall, Ltd. ending a sentence and no. inside one ---
    ("n32-registration-wall-lines", "Create account\nAlready have an account? Log in\nBy registering you agree to our terms and to receive emails from Mallowgate Media. You can unsubscribe at any time.",
     ["Create account", "Already have an account?", "Log in", "By registering you agree to our terms and to receive emails from Mallowgate Media.", "You can unsubscribe at any time."]),
    ("n32-ltd-then-company-no", "Fibre & Flute is published by Mallowgate Media Ltd. Registered in England and Wales, company no. 09411872.\nContact us   Advertise   Privacy   Cookie settings   Terms",
     ["Fibre & Flute is published by Mallowgate Media Ltd.", "Registered in England and Wales, company no. 09411872.", "Contact us   Advertise   Privacy   Cookie settings   Terms"]),
    # --- student paper: a.m. and p.m. ending and not ending sentences, Sept., Inc., a question before its cue ---
    ("n32-am-updated-line", "By Aurelio Finchley, News Editor\nMarch 27, 2026 at 12:41 a.m. | Updated March 27, 2026 at 9:15 a.m.\nStudents rally outside Kinlochbury Hall before the Board of Governors meeting on Thursday.",
     ["By Aurelio Finchley, News Editor", "March 27, 2026 at 12:41 a.m. | Updated March 27, 2026 at 9:15 a.m.", "Students rally outside Kinlochbury Hall before the Board of Governors meeting on Thursday."]),
    ("n32-pm-and-sept-mid", "Brightlingham Library will close at 9 p.m. on weekdays instead of midnight starting Sept. 1, and will no longer open on Sunday mornings.\nThe university will also stop funding the late-night campus shuttle, which cost about $310,000 a year and carried an average of 140 riders a night last fall.",
     ["Brightlingham Library will close at 9 p.m. on weekdays instead of midnight starting Sept. 1, and will no longer open on Sunday mornings.", "The university will also stop funding the late-night campus shuttle, which cost about $310,000 a year and carried an average of 140 riders a night last fall."]),
    ("n32-correction-pm-ends", "Correction: A previous version of this article said Brightlingham Library would close at 8 p.m. on weekdays. It will close at 9 p.m.\nTags: Board of Governors, budget, international students, SSU, tuition",
     ["Correction: A previous version of this article said Brightlingham Library would close at 8 p.m. on weekdays.", "It will close at 9 p.m.", "Tags: Board of Governors, budget, international students, SSU, tuition"]),
    ("n32-question-before-asked", "Folasade Adebambo, a fourth-year international student in biology, said her annual tuition had risen by about $4,000 since she started.\n“I came here because it was affordable,” she said. “Who is going to pick Stannaford now?” she asked.",
     ["Folasade Adebambo, a fourth-year international student in biology, said her annual tuition had risen by about $4,000 since she started.", "“I came here because it was affordable,” she said.", "“Who is going to pick Stannaford now?” she asked."]),
    ("n32-inc-mid-sentence", "The Quarry Lantern is published by Lantern Student Publications Inc., a not-for-profit corporation independent of Stannaford University and the Stannaford Students' Union.\nOur newsroom is on unceded Indigenous land.\n© 2026 The Quarry Lantern",
     ["The Quarry Lantern is published by Lantern Student Publications Inc., a not-for-profit corporation independent of Stannaford University and the Stannaford Students' Union.", "Our newsroom is on unceded Indigenous land.", "© 2026 The Quarry Lantern"]),
    # --- tech launch: a specs box with units and ranges ---
    ("n32-specs-box-lines", "Orvane Solace 7 Pro: key specs\nDisplay: 6.8in OLED, 1–120Hz, up to 3,000 nits\nChip: Orvane Pyrite X2 (3nm)\nMemory and storage: 12GB + 256GB, 16GB + 512GB, 16GB + 1TB",
     ["Orvane Solace 7 Pro: key specs", "Display: 6.8in OLED, 1–120Hz, up to 3,000 nits", "Chip: Orvane Pyrite X2 (3nm)", "Memory and storage: 12GB + 256GB, 16GB + 512GB, 16GB + 1TB"]),
    # --- markets page: a price widget, U.S., a.m. ET, Sen. with a party tag, Feb. and LLP ---
    ("n32-price-widget", "$0.9112\n−8.9% (24h)   Low $0.9108   High $0.9998\n1H   1D   1W   1M   1Y   ALL\nPrices may be delayed by up to five minutes. Data: Ledgerwick Price Index.",
     ["$0.9112", "−8.9% (24h)   Low $0.9108   High $0.9998", "1H   1D   1W   1M   1Y   ALL", "Prices may be delayed by up to five minutes.", "Data: Ledgerwick Price Index."]),
    ("n32-us-based-am-et", "Quorvex, a U.S.-based exchange, suspended its TSRD trading pairs at 10:30 a.m. ET. It said it would review them “once redemptions resume.”\nSen. Marisol Bettencourt-Ayers, D-N.M., who has sponsored a bill to require monthly audits of stablecoin reserves, said the episode showed why the bill was needed.",
     ["Quorvex, a U.S.-based exchange, suspended its TSRD trading pairs at 10:30 a.m. ET.", "It said it would review them “once redemptions resume.”", "Sen. Marisol Bettencourt-Ayers, D-N.M., who has sponsored a bill to require monthly audits of stablecoin reserves, said the episode showed why the bill was needed."]),
    ("n32-feb-dot-llp", "Tessera Labs' most recent reserve report, dated Feb. 28 and reviewed by the accounting firm Bumpstead Gedge LLP, listed $6.91 billion in assets, including $760 million in loans to Stillwell Credit.\nA report reviewed by an accountant is not the same as an audit.",
     ["Tessera Labs' most recent reserve report, dated Feb. 28 and reviewed by the accounting firm Bumpstead Gedge LLP, listed $6.91 billion in assets, including $760 million in loans to Stillwell Credit.", "A report reviewed by an accountant is not the same as an audit."]),
    # --- property page: a listing widget ---
    ("n32-listing-widget", "4 bed · 2 bath · 2 car · 640m²\n14 Kōauau Lane, Kererū Heights\nDeadline sale: closes Thu 30 April, 4pm\n3 bed · 1 bath · 1 car",
     ["4 bed · 2 bath · 2 car · 640m²", "14 Kōauau Lane, Kererū Heights", "Deadline sale: closes Thu 30 April, 4pm", "3 bed · 1 bath · 1 car"]),
    # --- weather service: product header, capitals headline with ellipses, labelled lines, AM ending a sentence ---
    ("n32-nws-product-header", "URGENT - WINTER WEATHER MESSAGE\nNational Weather Service Port Ellick ME\n349 AM EST Fri Feb 13 2026\nMEZ014-015-019>022-131700-",
     ["URGENT - WINTER WEATHER MESSAGE", "National Weather Service Port Ellick ME", "349 AM EST Fri Feb 13 2026", "MEZ014-015-019>022-131700-"]),
    ("n32-nws-ellipses-what-where", "...WINTER STORM WARNING REMAINS IN EFFECT UNTIL 7 PM EST THIS EVENING...\n* WHAT...Heavy snow and strong winds. Additional snow accumulations of 8 to 12 inches, for storm totals of 14 to 20 inches. Winds gusting as high as 50 mph.\n* WHERE...Inland Piskerton, Nettleworth and Inland Yelverston Counties.",
     ["...WINTER STORM WARNING REMAINS IN EFFECT UNTIL 7 PM EST THIS EVENING...", "* WHAT...Heavy snow and strong winds.", "Additional snow accumulations of 8 to 12 inches, for storm totals of 14 to 20 inches.", "Winds gusting as high as 50 mph.", "* WHERE...Inland Piskerton, Nettleworth and Inland Yelverston Counties."]),
    ("n32-nws-am-ends-then-jan", "* ADDITIONAL DETAILS...The Saltmarrow tide gauge is forecast to peak near 13.4 feet MLLW at 11:42 AM. Moderate flooding begins at 13.0 feet MLLW. The record at the gauge is 14.1 feet MLLW, set on Jan. 4, 2018.\nTide forecast for Saltmarrow Harbor",
     ["* ADDITIONAL DETAILS...The Saltmarrow tide gauge is forecast to peak near 13.4 feet MLLW at 11:42 AM.", "Moderate flooding begins at 13.0 feet MLLW.", "The record at the gauge is 14.1 feet MLLW, set on Jan. 4, 2018.", "Tide forecast for Saltmarrow Harbor"]),
    ("n32-nws-numbered-key-messages", "Key Messages for the Nor'easter\n1. Heavy snow of 14 to 20 inches is expected across inland areas, with locally higher totals in the hills.\n2. Snowfall rates of 2 to 3 inches per hour will make travel nearly impossible this morning.",
     ["Key Messages for the Nor'easter", "1. Heavy snow of 14 to 20 inches is expected across inland areas, with locally higher totals in the hills.", "2. Snowfall rates of 2 to 3 inches per hour will make travel nearly impossible this morning."]),
    # --- travel advice: 10pm and 5am ---
    ("n32-travel-curfew-times", "A curfew is in force in Altavera and Río Sombra from 10pm to 5am, and the army has set up checkpoints on the main roads into both provinces.\nRoads can be blocked at short notice, and flights from Puerto Vallmora airport were suspended twice in February.",
     ["A curfew is in force in Altavera and Río Sombra from 10pm to 5am, and the army has set up checkpoints on the main roads into both provinces.", "Roads can be blocked at short notice, and flights from Puerto Vallmora airport were suspended twice in February."]),
    # --- health Q&A: a one-word answer between questions ---
    ("n32-health-no-answer", "Does the MMR vaccine cause autism?\nNo. Large studies following millions of children over many years have found no link between the MMR vaccine and autism.\nWhat should I do if I think my child has measles?",
     ["Does the MMR vaccine cause autism?", "No.", "Large studies following millions of children over many years have found no link between the MMR vaccine and autism.", "What should I do if I think my child has measles?"]),
    # --- NGO report: an asterisked name and its note, Reg. No. ---
    ("n32-asterisk-name-note", "Sizwe*, 24, has been held at Doringhoek since August 2023, awaiting trial on a charge of housebreaking.\nHis bail was set at R1,500, which his mother could not raise.\n“There are 38 of us in a cell for 16,” he told monitors. “You sleep on your side so the next man has space.”\n*Not his real name.",
     ["Sizwe*, 24, has been held at Doringhoek since August 2023, awaiting trial on a charge of housebreaking.", "His bail was set at R1,500, which his mother could not raise.", "“There are 38 of us in a cell for 16,” he told monitors.", "“You sleep on your side so the next man has space.”", "*Not his real name."]),
    ("n32-reg-no-npo-line", "Vukani Detention Monitor NPC · Reg. No. 2011/004417/08 · NPO 093-118 · PBO 930041872\nPrivacy policy   Access to information manual   Contact",
     ["Vukani Detention Monitor NPC · Reg. No. 2011/004417/08 · NPO 093-118 · PBO 930041872", "Privacy policy   Access to information manual   Contact"]),
    # --- football recap: No. seed, p.m. and Dec. inside a fixture, an exclamation before its cue, a play-by-play line ---
    ("n32-no-seed-pm-dec", "The No. 4 seed Muskrats (12-1) will play unbeaten Cutler Pines (13-0) in the state final at 1 p.m. Saturday, Dec. 6, at Wenthaven Field in Vessington.\nBrixley Ridge (12-1) had won 24 straight home games, a streak that dated to September 2022.",
     ["The No. 4 seed Muskrats (12-1) will play unbeaten Cutler Pines (13-0) in the state final at 1 p.m. Saturday, Dec. 6, at Wenthaven Field in Vessington.", "Brixley Ridge (12-1) had won 24 straight home games, a streak that dated to September 2022."]),
    ("n32-exclamation-before-added", "Brixley Ridge coach Terrence Maplethorpe said he had expected the two-point try.\n“They'd run that play twice already tonight, and we still didn't stop it,” he said. “Hats off to them!” he added.",
     ["Brixley Ridge coach Terrence Maplethorpe said he had expected the two-point try.", "“They'd run that play twice already tonight, and we still didn't stop it,” he said.", "“Hats off to them!” he added."]),
    ("n32-end-of-game-tickets", "1-10 KF22 (0:21) Castorena kneels for a loss of 1 yard. End of game.\nTickets for the final go on sale Monday at 9 a.m. on the state association's website. Adults $12, students $6.",
     ["1-10 KF22 (0:21) Castorena kneels for a loss of 1 yard.", "End of game.", "Tickets for the final go on sale Monday at 9 a.m. on the state association's website.", "Adults $12, students $6."]),
    # --- newsletter: footnotes with p. and s. ---
    ("n32-footnotes-p-and-s", "[3] Briefing note to the Housing Strategic Policy Committee, 14 October 2022, p. 3.\n[4] Report of the Chief Executive to the September 2023 council meeting, s. 4.2.\n[5] Quarterly vacancy report, Q4 2025, Table 6.",
     ["[3] Briefing note to the Housing Strategic Policy Committee, 14 October 2022, p. 3.", "[4] Report of the Chief Executive to the September 2023 council meeting, s. 4.2.", "[5] Quarterly vacancy report, Q4 2025, Table 6."]),
    # --- reader view: Alta. in a dateline ---
    ("n32-alta-dateline", "TINDER CREEK, Alta. — Town council voted 5-2 on Tuesday night to raise municipal property taxes by 9.4 per cent, the largest increase since 2004.\nThe owner of an average single-family home, assessed at $398,000, will pay about $2,490 in municipal taxes this year, up $214, according to figures from the town's finance department.",
     ["TINDER CREEK, Alta. — Town council voted 5-2 on Tuesday night to raise municipal property taxes by 9.4 per cent, the largest increase since 2004.", "The owner of an average single-family home, assessed at $398,000, will pay about $2,490 in municipal taxes this year, up $214, according to figures from the town's finance department."]),
]  # fmt: skip
