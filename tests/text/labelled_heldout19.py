"""Nineteenth held-out set of hand-labelled pages for the hint engines: twelve page types.

Written from scratch for issue 13 in round seventeen, as a held-out set (never tuned on), the same
way as the tuning sets and without looking at the engine's code or output (neither `claimreview/`
nor the scorer's results were opened, and no test, scorer or engine was run; only an import of this
file was tried, to check its structure): every person, place, organisation, outlet, company, party,
team, race, product and number is invented (a few countries, states and provinces, big real cities
named only as places and datelines, currencies, units and generic institutions such as "the House",
"Treasury", "the Scottish Government", "the Education Ministry" or "the Department of Environment"
appear only as settings, and social networks only in share strips), and no surname, town, team or
outlet of any file under `tests/` is reused (each was checked with grep over the whole `tests/`
tree; first names recur). Each page is a WHOLE page, head to tail, as a new user pastes it as plain
text after selecting all in a browser, so every furniture line is a paragraph of its own. The twelve
pages are what a fact-checking desk meets in an ordinary week, from outlets of every size and
several countries, chosen to differ from the usual examples: a Ghanaian national daily's
parliamentary story on a fuel levy (walkout, Hon. titles, a minority report); an Australian business
daily's report of a mining company's annual general meeting (a first strike on pay, a ticker line, a
meeting-results panel, a broker's target cut); a UK national paper's environment story on
sewage-spill figures (cookie layer, a newsletter block inside the body, a chart pasted as lines); a
US small-town paper's story on a rural hospital ending births (metered paywall, board vote, public
comment, a partnership note); a UK regional paper's employment-tribunal story (a written judgment,
findings, an award broken down); a cycling site's stage-race report (riders with teams in brackets,
stage and overall tables, a jury fine); a Canadian community radio station's newscast transcript
(newsreader, reporter and clip labels, weather and hockey items); a New Zealand political party's
own news page on a GP-fee pledge (pledges, costings, a facts box, donation and authorisation lines);
a Pakistani English daily's story on a polio campaign (EOC data, an official requesting anonymity, a
health workers' union); a Malaysian daily's haze story (a site-wide banner, an API table with its
band legend, Datuk titles and Malay names); a shipping trade magazine's profile of a port chief in
the present tense; and a Caribbean daily's story on a police commissioner's murder figures ("CoP:"
headline, an opposition release, a victim's mother, comment furniture). The three things they stress
are (1) furniture of every kind worded afresh, at the head, in the middle and at the tail (skip
links, mastheads and slogans, date-and-e-paper strips, trending strips, section labels, bylines with
places and roles, read times, share strips, advertisement and "ALSO READ" lines, related lists,
WhatsApp prompts, tags, comment disclaimers and comments, ticker lines and stock chips, data-delay
notes, kickers, save-share-gift strips, listen lines, results panels with source lines, licensing
lines, bios, general-advice lines, cookie layers, support prompts, photograph credits, newsletter
blocks with "after newsletter promotion", chart titles and rows, topic lists, "Most viewed",
closed-discussion lines, a bare "(modern)" footer tag, paywall counters, partnership notes,
"Republish this story", comments-off lines, "Most Read" numbers, publisher and regulator lines, live
strips, breadcrumbs, words-and-photos lines, results tables, affiliate lines, "Listen Live",
programme lines, transcript notes, station IDs, tip lines, "Previous newscasts", party menus and
"JOIN DONATE VOLUNTEER", pull quotes, donation asks, sign-up forms, authorisation lines, "Published
in ..." lines, header-image captions with dash credits, moderation lines, haze banners, API legends,
"Tags / Keywords" with odd spacing, helpfulness widgets, company numbers, registration walls, issue
lines, events and jobs strips, "Required fields are marked *"); (2) who is speaking (titles and
roles before names -- "Hon.", "Dr.", "Mr.", "The Minority Spokesperson on Finance", "Chair", "Proxy
adviser", "Chief Executive Officer", "Board Chair", "Employment Judge", "Race doctor", "Chief",
"Mayor", "Councillor", "EOC coordinator for Sindh", "Provincial Health Minister Dr", "Datuk Seri",
"Datuk", "Paediatrician Dr", "Sir", "acting Commissioner of Police", "Opposition MP for ...",
"National Security Minister"; appositions; pronouns, surnames, Malay names without the father's name
and relation nouns resolved; quotes over sentences and paragraphs; "told the House", "told
journalists", "told the Herald by phone", "told the meeting", "told shareholders", "told the board",
"told the tribunal", "told reporters at the finish", "told Spruceline Radio", "told The Indus
Courier", "said in a statement", "said in a statement posted on its website", "said in an email",
"said in a release", "noted in a minority report", "according to", "showed", "show", "found",
"heard", "rejected", "described", "dismissed", "argued", "asked", "replied", "concedes", "cites",
"announced", "estimates", "has told it", "does not dispute", "declined to comment", "declined to
say", "did not respond ...", "requesting anonymity", institutions named inside quotes, transcript
and clip labels); (3) honest check-worthiness, with many ordinary borderline sentences of both kinds
(pledges against records, forecasts against plans, personal accounts against professional counts,
findings against characterisations). `STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new28.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels and "Story continues below" lines "B" with
the story after them labelled as before; captions by content and credits "B"; a video of this story
labelled like a caption, its running time "B"; standfirsts, decks and subheads labelled like
headlines, question and topic subheads "", a two-sentence standfirst split; kickers, mastheads,
widgets, tickers, banners and share strips "B"; fact-box headings "B" with their lines by content;
tables' titles, header rows and source lines "B", their rows ""; a chart title that only names its
measure "B"; a pull quote repeated from the text "B" sentence by sentence with its attribution line;
related lists, "Read more" lines, author bios, comment furniture and readers' comments "B";
reader-service lines and advice to readers "B", advice spoken by a quoted person keeping its speaker
with flags ""; transcript labels as cues with the full name as speaker, the outlet's journalists
without a speaker unless they cite a source, their greetings, tosses and sign-offs "B"; a release's,
a police force's or a party's own text without a speaker; "X said:" lead-ins ""; results of record,
scores and fixtures "W", line-ups and data rows ""; plans, votes and commitments "W", forecasts "";
personal accounts "", an official's or a professional's checkable count "W"; titles, honorifics and
role words dropped from speakers; a pronoun, a later surname, a first name or a role noun resolved
to the full name as first given; "the company", "the tribunal", "the inspectorate" and the like kept
as written; documents, data and analyses as sources kept as written; a headline or standfirst role
resolved to the person named lower down, a body kept as written; what a court, board, jury or House
DID "W" without a speaker; "declined to comment", "declined to say", "did not respond" and their kin
labelled like speech with flags ""; glued furniture items without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A time or place phrase after a cue is dropped from it, as "by phone" is: "told journalists after
  the walkout" -> "told journalists", "told reporters at the finish" -> "told reporters", "said in a
  statement on Monday" -> "said in a statement", "said in a release on Friday evening" -> "said in a
  release", "did not respond to calls and WhatsApp messages on Friday" -> "did not respond to calls
  and WhatsApp messages". A phrase that names the channel stays ("said in a statement posted on its
  website", "noted in a minority report", kept whole like "said in a note to clients").
* A Ghanaian parliamentary story: "Hon.", "Dr." and "Mr." are dropped, and so are roles given in the
  "The Minority Spokesperson on Finance, Hon. X," shape; the standfirst's "Finance Minister says"
  resolves to the minister named in the body, "Minority calls it ..." keeps "Minority" as a body;
  "dismissed the walkout as “theatre”" has the cue "dismissed" and is "" (a characterisation). An
  institution named inside a quote ("The central bank itself told the Finance Committee in 2024
  ...") does not change the quote's speaker, and the quote's second paragraph (the first left open,
  British style) carries the same speaker and cue, "W" for that checkable statement. A driver's own
  fuel bill is a personal account, "", and "“Who will blame me?” he asked." is one sentence with the
  cue "asked". "Fuel retailers say pump prices will go up ..." is a forecast, "".
* An annual-meeting report: the ticker line is ONE "B" sentence, its "carb." never ending it; the
  standfirst's "Chair concedes ..." resolves to the chair named below with the cue "concedes";
  "Proxy adviser Proxyfield had recommended ..., saying ..." carries the adviser with the first cue,
  "had recommended", and is "W" (a recommendation of record, like `labelled_new26.py`'s consultant);
  a shareholder's question with "asked" is "", her figure in the next sentence "W"; the chair's
  "replied" is "W" when it states what the bonus was tied to (the scorecard is of record). The
  "Meeting results" panel is a fact panel: heading "B", each resolution line with its percentages
  "W", its "Source:" line "B". "Proxy figures lodged with the exchange on Monday showed" keeps the
  figures as written; a broker's target cut is what the broker did, "W" without a speaker; the stock
  chip, "License this article", the two-sentence bio and the general-advice line are "B".
* A national paper's environment story: "The figures come a fortnight after the Review reported that
  ..." is the paper citing its own earlier reporting, which carries no speaker, like "Galah News
  understands" in `labelled_new16.py`, and is "W" for the figures. "In a statement, Mardlow said"
  has the cue "said"; "Campaigners from the River Keepers' Union" is kept as written; "A government
  spokesperson ... She said" keeps the spokesperson. The newsletter block inside the body, the
  "after newsletter promotion" marker included, is "B" line by line; the chart pasted as lines has a
  title that only names its measure ("B"), data rows "" and a "Source:" line "B"; "(modern)" at the
  foot is a "B" sentence of its own.
* A small-town hospital story: the deck's "CEO cites ..." resolves to the chief executive with the
  cue "cites", "W" for the loss; "Chief Executive Officer" and "Board Chair" are dropped; a board
  chair's "hardest decision" is a feeling, "", and the trustees' votes against name no source, "W";
  the count of people who spoke at public comment is "W"; "according to the Great Plains Rural
  Health Alliance, a nonprofit that tracks closures" drops the apposition from the speaker;
  "according to a presentation the hospital's finance staff prepared for the board" keeps the whole
  document phrase. A new paragraph opening a fresh quote with no cue carries the last quoted
  speaker. The partnership note and "Republish this story" are "B".
* An employment-tribunal story: "Employment Judge" is dropped; "The tribunal found", "the tribunal
  found", "The tribunal heard" and "The tribunal said" keep the tribunal as written with their verbs
  (findings are sources); "The judge rejected that account." carries the judge with the cue
  "rejected" and is "W": a tribunal's rejection of evidence is a finding of record, unlike a
  person's denial of a characterisation (""). "She described the process as “...”" has the cue
  "described", ""; "For the nursery, X argued" drops "For the nursery", "W" when the argument rests
  on a checkable fact; the award's breakdown and the appeal window are "W".
* A stage-race report: a rider's team in brackets is part of the sentence; "His team said in a
  statement posted on its website" resolves the relation noun to the team named in brackets after
  the rider, as "Her son said" resolves to a person; "Lauwereys, speaking in Dutch to the
  broadcaster Kanaal Twee, said" has the cue "said" (the participle phrase is scene; "said in Dutch"
  after the verb would stay in the cue); "Race doctor" is dropped. The stage and overall tables have
  their titles and header rows "B", their rows ""; the jury's fine is what a body did, "W"; a
  leader's stated tactics ("would now ride to defend the jersey") are "", the next stage and the
  time gap "W".
* A radio newscast transcript: the newsreader's and the reporter's labelled turns are the station's
  journalists, with no speaker unless they cite a source ("according to the band office",
  "Hollowpine Gold says", "Provincial police say"); the greeting, the toss ("Callum Ottertail
  reports."), "Now a look at the weather.", the reporter's sign-off, "That's the news at noon.",
  "Our next update is at one o'clock." and the station ID are "B". A clip marker glued before a
  label ("[CLIP] CHIEF RHODA KAKEGABO: ...") is part of the sentence, and the cue is the label
  without it, role included, carried by every sentence of the clip. The weather item is read as
  news, not pasted as a widget: the extreme cold warning is "W" and the forecast lines are ""
  (forecasts), not "B"; the hockey score and the next game are "W". The programme-and-date line and
  "Previous newscasts" with its items are "B".
* A political party's own news page: its text carries no speaker, like a release's; a pledge of what
  a future government of the party will do ("will cap the cost ... from 1 July 2027", the mechanics
  in the "How it works" bullets, the headline) is "", like a candidate's pledge in
  `labelled_new22.py`, since it depends on an election, while a current fact inside a pledge ("as
  they are now") makes the bullet "W"; "announced" with a pledge is "". Published costings
  ("according to costings checked by the independent firm Matai Economics", kept as written) and
  "Treasury estimates" are "W"; the party's factual rebuttal is "W" without a speaker; "The Minister
  of Health said" keeps the unnamed role as written. "The facts" is a fact-box heading ("B") with
  its bullets "W"; the "Watch:" line is a video of this story (""), its running time "B"; the
  donation ask, the sign-up form and the "Authorised by ..." line are "B".
* A Pakistani daily: "requesting anonymity because he was not authorised to speak to the media" is
  part of the apposition and dropped from the speaker ("A senior health official"); "EOC coordinator
  for Sindh" and "Provincial Health Minister Dr" are dropped; the acronym in brackets after a data
  source is dropped ("data compiled by the provincial Emergency Operations Centre"); "Lady health
  workers ... have complained for months about unpaid allowances" keeps the group with "have
  complained" and is "W"; "a father of three said" keeps the unnamed source as written, "" for his
  reason; a union leader's conditional boycott is a commitment, "W". "Published in ..., March 12th,
  2026" is "B"; the "Header image:" caption is labelled by content, its "— Photo by ..." credit a
  "B" sentence of its own.
* A Malaysian daily: "Datuk Seri", "Datuk" and the long ministerial role are dropped; a later
  reference by the given name alone, without the father's name ("Ahmad Zulkarnain", "Wan Hafizah"),
  resolves to the full name as first given, as a surname does; "Ooi said" resolves to "Ooi Kok
  Seng". The site-wide "HAZE WATCH" banner is "B"; the API table's title, header row, "Source:" line
  and the band legend under it (definitions of the bands) are "B", its station rows ""; "Cloud
  seeding will begin on Tuesday if there is enough cloud cover" is a plan of record, "W"; a
  paediatrician's count at her clinic is "W", a stall owner's takings "". "Tags / Keywords: ..."
  with a space before each comma is ONE "B" sentence; "Straits Beacon Media Bhd (Company No.
  187605-W)." is ONE "B" sentence.
* A trade magazine's profile in the present tense: "says" is a cue like "said"; a standfirst
  sentence whose second clause has "she says" carries her and is "W" for the tonnage it states; the
  quoted subhead without a verb is ""; "X does not dispute that ..." carries X with the cue "does
  not dispute" and is ""; "Asked what keeps her awake at night, X does not hesitate." is scene, ""
  with no speaker; "Port figures show" keeps the figures; "the distribution network operator has
  told it" keeps the operator with "has told it", "W"; a pilot's "The channel hasn't got any wider"
  is "W" (the channel's width is of record), a shipper's "among the best on the North Sea" ""
  (vague).
* A Caribbean daily: the headline "CoP: ..." carries the commissioner named in the body, with the
  cue "CoP:", as "Ekwunife:" did in `labelled_new18.py` (a role abbreviation in place of the
  surname); the standfirst's "Opposition says" keeps "Opposition"; "acting Commissioner of Police"
  and "Opposition MP for Cedar Grove West" are dropped; "the release said" keeps "the release"; an
  institution inside the commissioner's quote ("the Firearms Interdiction Unit has taken ...") does
  not change the speaker; the paper's own arithmetic ("That is a rate of 14.5 per cent.") is "W"
  without a speaker; the victim's mother's "He was not in any gang" is "" (a family's word, like
  memories); the Crime Stoppers line is an appeal, "B".

`HELDOUT_CASES` holds 23 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Ghanaian national daily's parliamentary story on a fuel levy rise (Minority walkout; skip link, masthead, date and e-paper strip, trending strip, section label, headline and two-sentence standfirst with a minister's role and a body, byline with place, read time, share strip, Hon., Dr. and Mr. titles, told the House, told journalists, an institution inside a quote over two paragraphs, dismissed as theatre, fuel retailers' forecast, told the Herald by phone, regulator data, a think-tank fellow citing audit reports, a driver's fuel bill and a quoted question, minority report, ADVERTISEMENT and ALSO READ lines, related list, WhatsApp prompt, tags, comment disclaimer and comment, copyright)",
    "Australian business daily's report of a lithium miner's annual general meeting (first strike on pay; ticker line with an abbreviation, data-delay note, kicker, standfirst with a chair who concedes, resources reporter line, save-share-gift strip, listen line, dateline with a pipe, two-strikes rule, proxy adviser's recommendation, chair's address over two paragraphs, shareholder's question and the chair's reply, managing director's production figures, meeting-results panel with source line, proxy figures showed, analyst noted, broker's target cut, share close, declined to say, stock chip, licensing line, more-from list, bio, general-advice line)",
    "UK national paper's environment story on sewage-spill figures (regulator's annual data; cookie layer, masthead, support prompt, two menus, section label, headline with figures show, two-sentence standfirst with campaigners who accuse, correspondent line, date and last-modified lines, caption and photograph credit, the data shows, the inspectorate said, chief executive quoted, company statement and the statement said, newsletter block inside the body with after newsletter promotion, the paper's own earlier reporting, an ecologist, campaigners from a union, a government spokesperson, chart as lines, topic list, Most viewed, comments count, closed-discussion line, modern footer)",
    "US small-town paper's story on a rural hospital ending births (board vote 5-2; masthead with slogan, metered paywall counter, menu, kicker, deck with CEO cites, byline and staff line, dateline, chief executive told the board, board chair, trustees' votes, public comment count, a mother's account, a family physician's plans, Story continues below advertisement, a presentation as source, a nonprofit with an apposition, said in an email, a quote resumed in a new paragraph, county commissioner, partnership note, Republish, bio and contact, related list, comment login line)",
    "UK regional paper's employment-tribunal story (nursery whistleblower unfairly dismissed; masthead, menus, breadcrumb, headline, standfirst with Tribunal finds, byline, role, time and updated lines, written judgment, Employment Judge, the tribunal found and heard, owner told the tribunal, the judge rejected and described, For the nursery X argued, award breakdown, claimant after the hearing, inspection rating, did not respond, appeal window, Advertisement and Read more lines, comments-off line, newsletter box, Most Read numbers, publisher and regulator lines)",
    "cycling website's stage-race report (summit finish, change of leader, crash and abandonment; masthead, menu, live strip, breadcrumb, headline, standfirst, words-and-photos line, published line, riders with teams in brackets, told reporters at the finish, speaking in Dutch to a broadcaster, His team said in a statement posted on its website, race doctor, stage result and general classification tables with titles and header rows, race jury fine, sports director, final-stage fixture and time gap, full-results link, related list, newsletter line, affiliate lines, copyright)",
    "Canadian community radio station's noon newscast transcript (boil-water advisory lifted, mine layoffs, tax levy, impaired-driving charge, weather, hockey; station name, Listen Live, menu, programme-and-date line, play line, transcript note, newsreader's labelled turns with greeting, tosses and sign-off, clip labels with [CLIP] glued before them and roles, reporter's report and sign-off, station ID, according to the band office, company says, provincial police say, extreme cold warning and forecast, score and next game, tip lines, station line, previous newscasts, copyright)",
    "New Zealand political party's own news page on a GP-fee pledge (party's own text; skip link, party name, menu, JOIN DONATE VOLUNTEER strip, section label, pledge headline, published line with author, spokesperson announced, health ministry figures, quote over two paragraphs, How it works bullets mixing pledges and current facts, Watch: line with running time, costings checked by a firm, Treasury estimates, leader said, unnamed minister and the party's rebuttal, The facts box, pull quote with attribution, career facts, share strip, donation ask, sign-up form, Authorised by line, footer)",
    "Pakistani English daily's story on a polio vaccination campaign (missed children and refusals; masthead, e-paper strip, menu, city label, byline with published and updated times, listen line, share strip, EOC data, told The Indus Courier, an official requesting anonymity, national programme figures, lady health workers and their union president, a quoted question, department spokesperson, minister declined to comment, a father of three, residents said, next campaign, Published in line, header-image caption with dash credit, comments count and closed, moderation lines, read-more list, copyright)",
    "Malaysian daily's haze story (schools closed as API tops 200; masthead, menu, date line, site-wide HAZE WATCH banner, section label, capitals byline, section-date-time line, dateline, ministry said in a statement, Datuk Seri minister told reporters, API table with title, header row, rows, source and band legend, Datuk director-general, Malay and Chinese names resolved, meteorological department figures, ADVERTISEMENT, paediatrician's clinic count and advice, stall owner, fire and rescue department, reader-service and advice lines, related news, WhatsApp channel line, tags with odd spacing, helpfulness widget, company number)",
    "shipping trade magazine's profile of a port chief executive (present-tense says throughout; masthead, menu, registration wall, kicker, teaser headline, two-sentence standfirst, words and portraits lines, issue and read-time line, annual accounts, career facts, chairman with Sir, quoted subhead, councillor, port figures show, does not dispute, pull quote of two sentences with attribution, pilot, shipper, scene with Asked what, network operator has told it, issue note, bio, more-profiles list, events and jobs strips, registration line)",
    "Caribbean daily's crime story on a police commissioner's murder figures (headline with CoP:, standfirst with Opposition says, masthead with slogan, menu, e-paper prompt, section label, capitals byline, date line, comments count, acting commissioner quoted over two paragraphs with a police unit inside the quote, detection rate defined, the paper's own arithmetic, Opposition MP's release and the release said, minister did not respond, criminologist, police statistics, a victim and his mother, Police said, Crime Stoppers line, related list, comment with its author line and Reply, reply form lines, copyright)",
]

ARTICLES = [
    [  # 1. Ghanaian national daily: Parliament passes a fuel levy rise
        [("Skip to content", "", "", "B")],
        [("The Sankofa Herald", "", "", "B")],
        [("Thursday, March 19, 2026  |  E-Paper  |  Subscribe", "", "", "B")],
        [("Home   News   Politics   Business   Sports   Features   Opinion   Regional   Videos", "", "", "B")],
        [("TRENDING: Cedi ends week firmer · Nurses' postings list out · Heat alert for northern regions", "", "", "B")],
        [("Politics", "", "", "B")],
        [("Parliament approves GH₵1 fuel levy hike as Minority walks out", "", "", "W")],
        [("Finance Minister says extra revenue will clear GH₵2.4bn owed to power producers.", "Yaw Nkansah-Boafo", "says", "W"),
         ("Minority calls it ‘punishment for the poor’", "Minority", "calls", "")],
        [("By Esi Tettey-Amarh, Parliament House", "", "", "B")],
        [("March 19, 2026  |  6 min read", "", "", "B")],
        [("Share on: Facebook | X | WhatsApp | Telegram", "", "", "B")],
        [("Parliament on Wednesday night approved an amendment to the Energy Sector Recovery Levy Act that raises the levy on petrol and diesel by GH₵1 a litre, after Minority MPs walked out of the chamber in protest.", "", "", "W")],
        [("The Energy Sector Recovery Levy (Amendment) Bill, 2026 was passed under a certificate of urgency by a voice vote shortly before 10 p.m.", "", "", "W"),
         ("The new rate takes effect on April 1, according to the Bill's memorandum.", "the Bill's memorandum", "according to", "W")],
        [("Moving the motion for the Bill's passage, the Minister for Finance, Dr. Yaw Nkansah-Boafo, told the House the government owed independent power producers GH₵2.4 billion at the end of February.", "Yaw Nkansah-Boafo", "told the House", "W")],
        [("“We either pay what we owe or we accept that the lights will go off,” he said.", "Yaw Nkansah-Boafo", "said", ""),
         ("“There is no third option.”", "Yaw Nkansah-Boafo", "said", "")],
        [("He said the increase would raise about GH₵3.1 billion a year and that every pesewa of it would be paid into a ring-fenced account at the central bank.", "Yaw Nkansah-Boafo", "said", "W")],
        [("The Minority Spokesperson on Finance, Hon. Akosua Dzifa Nyarkoh-Sey, said the levy had already been raised twice since 2023 and that transport fares would follow within weeks.", "Akosua Dzifa Nyarkoh-Sey", "said", "W")],
        [("“This is punishment for the poor,” she told journalists after the walkout.", "Akosua Dzifa Nyarkoh-Sey", "told journalists", ""),
         ("“The trotro driver will pass it on, the market woman will pass it on, and at the end of the line is a child who goes to school without breakfast.", "Akosua Dzifa Nyarkoh-Sey", "told journalists", "")],
        [("“The central bank itself told the Finance Committee in 2024 that money from this same account had been used to pay for other things.", "Akosua Dzifa Nyarkoh-Sey", "told journalists", "W"),
         ("So when the Minister says ‘ring-fenced’, forgive us if we laugh.”", "Akosua Dzifa Nyarkoh-Sey", "told journalists", "")],
        [("She said the Minority would file a writ at the Supreme Court challenging the use of the certificate of urgency.", "Akosua Dzifa Nyarkoh-Sey", "said", "W")],
        [("The Majority Leader, Hon. Kwesi Bortey-Nartey, dismissed the walkout as “theatre”.", "Kwesi Bortey-Nartey", "dismissed", ""),
         ("He said the Minority had voted for the original levy when it was introduced in 2021.", "Kwesi Bortey-Nartey", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("ALSO READ: IPPs give government 30-day ultimatum over arrears", "", "", "B")],
        [("Fuel retailers say pump prices will go up from the next pricing window on April 1.", "Fuel retailers", "say", "")],
        [("The Executive Secretary of the Coalition of Fuel Retailers Ghana (COFRG), Mr. Selorm Kpodo-Agbenyega, told the Herald by phone that a litre of petrol in Accra was selling for between GH₵14.20 and GH₵14.65 on Thursday.", "Selorm Kpodo-Agbenyega", "told the Herald", "W")],
        [("“Our members did not ask for this and they cannot absorb it,” he added.", "Selorm Kpodo-Agbenyega", "added", "")],
        [("Petrol and diesel sales fell 6.8 per cent in 2025, the first annual fall in five years, according to data from the downstream petroleum regulator.", "data from the downstream petroleum regulator", "according to", "W")],
        [("Adwoa Okyere-Darko, a senior fellow at the Accra-based Centre for Energy Accountability, said the government's figure for the arrears was “roughly right” but left out about GH₵600 million in disputed capacity charges.", "Adwoa Okyere-Darko", "said", "W")],
        [("She said the ring-fenced account created in 2021 had been drawn on for other purposes at least three times, citing the Auditor-General's reports for 2022, 2023 and 2024.", "Adwoa Okyere-Darko", "said", "W"),
         ("“The question is not whether the money is needed,” she said.", "Adwoa Okyere-Darko", "said", ""),
         ("“It is whether it will get to where it is supposed to go.”", "Adwoa Okyere-Darko", "said", "")],
        [("At the Kpehe Junction lorry station on Thursday morning, drivers and their mates were already arguing about the increase.", "", "", "")],
        [("Fuseini Alhassan-Bawa, who drives a 23-seater between the station and the city centre, said he spends about GH₵540 on diesel on a normal day.", "Fuseini Alhassan-Bawa", "said", "")],
        [("“If they add one cedi, I have to add something,” he said.", "Fuseini Alhassan-Bawa", "said", ""),
         ("“Who will blame me?” he asked.", "Fuseini Alhassan-Bawa", "asked", "")],
        [("The Bill was laid on Monday and referred to the Finance Committee, which reported on it on Tuesday.", "", "", "W"),
         ("Minority members of the committee noted in a minority report that no public hearing had been held.", "Minority members of the committee", "noted in a minority report", "W")],
        [("The President is expected to assent to the Bill before the end of the month.", "", "", "")],
        [("Related:", "", "", "B")],
        [("Minority threatens Supreme Court action over certificates of urgency", "", "", "B")],
        [("Cedi ends week firmer against the dollar", "", "", "B")],
        [("Join our WhatsApp channel for breaking news as it happens.", "", "", "B")],
        [("Tags: Parliament  Energy Levy  Minority  Finance Ministry  Fuel Prices", "", "", "B")],
        [("Disclaimer: Comments are the opinions of readers and not those of The Sankofa Herald.", "", "", "B")],
        [("Leave a comment", "", "", "B")],
        [("Kofi_from_Tema: So the ring-fenced money will be fenced by who?", "", "", "B")],
        [("© 2026 The Sankofa Herald.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About Us | Advertise With Us | Contact | Privacy Policy", "", "", "B")],
    ],
    [  # 2. Australian business daily: a lithium miner's annual general meeting
        [("Wattle Street Journal", "", "", "B")],
        [("TSI200 8,104.6 ▲0.4%   AUD/USD 0.6634 ▼0.1%   Iron ore US$104.20 ▲1.2%   Lithium carb. US$11,850 ▼2.0%", "", "", "B")],
        [("Prices delayed by at least 20 minutes.", "", "", "B")],
        [("Companies   Mining   Markets   Economy   Property   Technology   Opinion   Wealth", "", "", "B")],
        [("Subscribe   Log in", "", "", "B")],
        [("ANNUAL MEETING", "", "", "B")],
        [("Yandarra shareholders deliver first strike over $4.9m bonus", "", "", "W")],
        [("Nearly 38 per cent of votes were cast against the lithium miner's pay report.", "", "", "W"),
         ("Chair concedes the board ‘misjudged the mood’.", "Cordelia Ambrose-Tully", "concedes", "")],
        [("Harriet Ebbsfleet  Resources reporter", "", "", "B")],
        [("Nov 13, 2026 – 5.42pm", "", "", "B")],
        [("Save   Share   Gift this article", "", "", "B")],
        [("Listen to this article · 5 min", "", "", "B")],
        [("Perth | Shareholders in Yandarra Lithium have handed the company a first strike against its remuneration report, with 37.9 per cent of votes cast against it at Thursday's annual general meeting.", "", "", "W")],
        [("Under the two-strikes rule, a vote of 25 per cent or more against next year's report would force a second vote on whether to spill the board.", "", "", "W")],
        [("About 140 shareholders attended in person, and the meeting ran for just under two hours.", "", "", "W")],
        [("The protest centred on a $4.9 million short-term bonus paid to managing director Lachlan Fosbrooke for the 2026 financial year, in which Yandarra's share price fell 41 per cent and the company wrote down its Mount Warrakin project by $612 million.", "", "", "W")],
        [("Proxy adviser Proxyfield had recommended that investors vote against the report, saying the bonus rewarded production targets that were set after lithium prices had already begun to recover.", "Proxyfield", "had recommended", "W")],
        [("Chair Cordelia Ambrose-Tully told the meeting in Perth the board had “misjudged the mood” of shareholders and would review how short-term incentives were set.", "Cordelia Ambrose-Tully", "told the meeting", "")],
        [("“We hear you,” she said.", "Cordelia Ambrose-Tully", "said", ""),
         ("“Some of you have told us very clearly that the targets were too soft, and we will take that seriously.", "Cordelia Ambrose-Tully", "said", "")],
        [("“No short-term incentive will be paid to any executive for the first half of the 2027 financial year while that review is done.”", "Cordelia Ambrose-Tully", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Bernadette Ndukauba-Ward, who monitors the company for the Small Shareholders' Guild, asked why the board had not used its discretion to cut the bonus after the write-down.", "Bernadette Ndukauba-Ward", "asked", ""),
         ("“Six hundred million dollars was written off and the bonus was bigger than last year's,” she said.", "Bernadette Ndukauba-Ward", "said", "W")],
        [("Ms Ambrose-Tully replied that the write-down reflected the lithium price, which executives did not control, while the bonus was tied to output and cost targets that they did.", "Cordelia Ambrose-Tully", "replied", "W")],
        [("Mr Fosbrooke, who did not speak on the remuneration item, told shareholders Mount Warrakin had produced 18,400 tonnes of spodumene concentrate in the September quarter, up 12 per cent on the June quarter.", "Lachlan Fosbrooke", "told shareholders", "W"),
         ("He said all-in sustaining costs had fallen to $812 a tonne.", "Lachlan Fosbrooke", "said", "W"),
         ("“The operation has never run better,” he said.", "Lachlan Fosbrooke", "said", "")],
        [("Meeting results", "", "", "B")],
        [("Resolution 1 – Remuneration report: For 62.1% | Against 37.9%", "", "", "W")],
        [("Resolution 2 – Re-election of Cordelia Ambrose-Tully: For 91.4% | Against 8.6%", "", "", "W")],
        [("Resolution 3 – Performance rights for managing director: For 70.2% | Against 29.8%", "", "", "W")],
        [("Source: Yandarra notice to the exchange, 13 November", "", "", "B")],
        [("Proxy figures lodged with the exchange on Monday showed 34.6 per cent of votes had already been cast against the report before the meeting began.", "Proxy figures lodged with the exchange on Monday", "showed", "W")],
        [("Coolibah Capital analyst Priyesh Raichura said the result was “a warning shot rather than a revolt”.", "Priyesh Raichura", "said", ""),
         ("He noted that two other lithium producers had received first strikes in the past three years and that neither had gone on to a spill vote.", "Priyesh Raichura", "noted", "W")],
        [("Coolibah cut its price target on Yandarra to $2.35 from $2.80 on Tuesday but kept its hold rating.", "", "", "W")],
        [("Yandarra shares closed 1.5¢ higher at $2.14.", "", "", "W")],
        [("A company spokeswoman declined to say whether Mr Fosbrooke had been asked to hand back any part of the bonus.", "A company spokeswoman", "declined to say", "")],
        [("Yandarra will release its December-quarter production report on January 28.", "", "", "W")],
        [("YLC   $2.14   ▲0.7%", "", "", "B")],
        [("License this article", "", "", "B")],
        [("More from Companies", "", "", "B")],
        [("Coolibah trims price targets across lithium sector", "", "", "B")],
        [("Gas producer's chair survives second-strike scare", "", "", "B")],
        [("Harriet Ebbsfleet is a resources reporter based in Perth.", "", "", "B"),
         ("Connect with Harriet on email.", "", "", "B")],
        [("Copyright © 2026 Wattle Street Media Pty Ltd.", "", "", "B"),
         ("This information is general in nature and does not take into account your personal circumstances.", "", "", "B")],
    ],
    [  # 3. UK national paper: sewage-spill figures from the regulator
        [("We value your privacy", "", "", "B")],
        [("We and our 214 partners store and access information on your device, such as cookies, to measure audiences and show you personalised ads.", "", "", "B"),
         ("You can change your choices at any time by clicking ‘Privacy settings’ at the bottom of any page.", "", "", "B")],
        [("I Accept   Reject all   Manage options", "", "", "B")],
        [("The Albion Review", "", "", "B")],
        [("Support independent journalism →", "", "", "B")],
        [("News   Opinion   Sport   Culture   Lifestyle", "", "", "B")],
        [("UK   World   Climate crisis   Environment   Science   Global development", "", "", "B")],
        [("Water", "", "", "B")],
        [("Sewage spills into rivers and seas rose by a fifth last year, regulator's figures show", "regulator's figures", "show", "W")],
        [("Mardlow Water had the biggest rise, with its storm overflows discharging for 198,000 hours.", "", "", "W"),
         ("Campaigners accuse ministers of ‘looking the other way’", "Campaigners", "accuse", "")],
        [("Imelda Wraybourne  Environment correspondent", "", "", "B")],
        [("Wed 25 Mar 2026 06.00 GMT", "", "", "B")],
        [("Last modified on Wed 25 Mar 2026 11.42 GMT", "", "", "B")],
        [("Share", "", "", "B")],
        [("An overflow pipe on the River Tenbray at Ludcombe Mill, one of the sites where volunteers take weekly samples.", "", "", "")],
        [("Photograph: Neil Corbridge-Pratt/The Albion Review", "", "", "B")],
        [("Sewage was discharged from storm overflows into rivers and coastal waters in England for 4.1m hours last year, up 21% on 2024, according to figures published on Wednesday by the Waterways Inspectorate.", "figures published on Wednesday by the Waterways Inspectorate", "according to", "W")],
        [("The number of separate spills rose from 389,000 to 452,000, the data shows.", "the data", "shows", "W"),
         ("The inspectorate said the wet autumn accounted for part of the increase but not all of it.", "The inspectorate", "said", "W")],
        [("“Even allowing for the weather, too many overflows are operating when they should not be,” said the inspectorate's chief executive, Conrad Bellhouse-Tarr.", "Conrad Bellhouse-Tarr", "said", "")],
        [("He said 37 overflows had discharged on days when no rain had fallen, which is illegal unless a permit specifically allows it.", "Conrad Bellhouse-Tarr", "said", "W")],
        [("Mardlow Water, which serves 3.2 million customers in the west Midlands and the Welsh border counties, recorded the largest increase of any company: its overflows discharged for 198,000 hours, up from 121,000 in 2024.", "", "", "W")],
        [("In a statement, Mardlow said it was “disappointed” by the figures and had brought forward £340m of investment to cut spills at its 60 worst-performing sites by 2030.", "Mardlow", "said", "W"),
         ("“We know our customers expect better, and we expect better of ourselves,” the statement said.", "the statement", "said", "")],
        [("Sign up to Field Notes", "", "", "B")],
        [("Free weekly newsletter", "", "", "B")],
        [("The week's essential environment stories, and what they mean for where you live", "", "", "B")],
        [("Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.", "", "", "B")],
        [("after newsletter promotion", "", "", "B")],
        [("The figures come a fortnight after the Review reported that Mardlow paid £71m in dividends in the year to March 2025 while increasing its borrowing by £450m.", "", "", "W")],
        [("Dr Lavinia Struthwaite, a freshwater ecologist at the University of Harnford who has sampled the Tenbray since 2019, said phosphate levels below some overflows were three to four times those she would expect in a healthy river.", "Lavinia Struthwaite", "said", "W")],
        [("“You see it in the insects first,” she said.", "Lavinia Struthwaite", "said", ""),
         ("“The mayflies go, then the things that eat the mayflies.”", "Lavinia Struthwaite", "said", "")],
        [("Campaigners from the River Keepers' Union, who collect their own samples on the Tenbray, said ministers had been “looking the other way” for a decade.", "Campaigners from the River Keepers' Union", "said", "")],
        [("The group's founder, Wilf Honeysett, said volunteers had taken 1,140 samples last summer and found E. coli above the bathing-water standard in 63% of them.", "Wilf Honeysett", "said", "W")],
        [("A government spokesperson said water companies now faced “the toughest enforcement regime in their history”, including unlimited fines for illegal spills.", "A government spokesperson", "said", "W"),
         ("She said bonuses had been blocked for the chief executives of six water companies last year.", "A government spokesperson", "said", "W")],
        [("The inspectorate will publish figures for every overflow on its website next month.", "", "", "W")],
        [("Hours of sewage discharge from storm overflows, England", "", "", "B")],
        [("2022   3.0m", "", "", "")],
        [("2023   3.6m", "", "", "")],
        [("2024   3.4m", "", "", "")],
        [("2025   4.1m", "", "", "")],
        [("Source: Waterways Inspectorate annual returns", "", "", "B")],
        [("Explore more on these topics", "", "", "B")],
        [("Water industry   Rivers   Pollution   Environment   Mardlow Water", "", "", "B")],
        [("Share   Reuse this content", "", "", "B")],
        [("Most viewed", "", "", "B")],
        [("Live   Chancellor to set out spending plans as borrowing figures disappoint", "", "", "B")],
        [("‘We were told it was safe’: the swimmers who fell ill after a river race", "", "", "B")],
        [("Comments (1,204)", "", "", "B")],
        [("This discussion is now closed for comments but you can still sign in or create your Albion Review account to join the discussion next time", "", "", "B")],
        [("© 2026 Albion Review News & Media Limited or its affiliated companies.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("(modern)", "", "", "B")],
    ],
    [  # 4. US small-town paper: rural hospital ends births
        [("The Cottonmere Dispatch", "", "", "B")],
        [("Serving Cottonmere and Kolbeck County since 1911", "", "", "B")],
        [("You have 2 free stories left this month.", "", "", "B"),
         ("Subscribe for $1 a week.", "", "", "B")],
        [("Local  |  Obituaries  |  Sports  |  Ag  |  Opinion  |  e-Edition  |  Classifieds", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [("Cottonmere hospital will stop delivering babies June 30", "", "", "W")],
        [("Board votes 5-2 to close birthing unit; CEO cites staffing, $1.8 million loss", "Travis Mellencourt", "cites", "W")],
        [("By Wendell Pankratz", "", "", "B")],
        [("Dispatch staff writer", "", "", "B")],
        [("Apr 9, 2026 Updated Apr 10, 2026", "", "", "B")],
        [("COTTONMERE — Cottonmere Regional Medical Center will stop delivering babies on June 30, ending obstetric care at the only hospital within 70 miles, after its board voted 5-2 on Tuesday night to close the birthing unit.", "", "", "W")],
        [("Most expectant mothers in Kolbeck County will now have to drive to Ottley Falls, about 75 miles east, to give birth.", "", "", "W")],
        [("The birthing unit has four labor and delivery rooms and employs 11 nurses, according to the hospital.", "the hospital", "according to", "W")],
        [("Chief Executive Officer Travis Mellencourt told the board the unit delivered 94 babies in 2025, down from 141 in 2019, and lost $1.8 million.", "Travis Mellencourt", "told the board", "W")],
        [("He said the hospital spent $410,000 on traveling nurses for the unit alone last year because it could not fill four full-time nursing positions.", "Travis Mellencourt", "said", "W")],
        [("“Nobody in this room wanted to be here tonight,” Mellencourt said.", "Travis Mellencourt", "said", ""),
         ("“But I can't safely staff a unit with people I don't have.”", "Travis Mellencourt", "said", "")],
        [("Board Chair Marlys Zwanenberg, who voted for the closure, said it was the hardest decision the board had made in her 14 years on it.", "Marlys Zwanenberg", "said", "")],
        [("Trustees Dale Ruckstuhl and Verna Ploog voted against it.", "", "", "W"),
         ("Ploog said the board should have asked the county to put a levy before voters first.", "Verna Ploog", "said", "")],
        [("More than 60 people filled the hospital's community room for the meeting, and 17 spoke during public comment, all of them against the closure.", "", "", "W")],
        [("Kaylee Droste, 27, said she had her second child at the hospital in February after a 40-minute labor.", "Kaylee Droste", "said", ""),
         ("“If I'd had to drive to Ottley Falls, I'd have had her in the truck,” Droste told the board.", "Kaylee Droste", "told the board", "")],
        [("Dr. Anneliese Vorhaus, one of two family physicians who deliver babies at the hospital, said she would keep seeing pregnant patients in Cottonmere until about 36 weeks.", "Anneliese Vorhaus", "said", "W")],
        [("She said the emergency department would stay open around the clock and its staff would still be trained to handle a birth that could not wait.", "Anneliese Vorhaus", "said", "W")],
        [("Story continues below advertisement", "", "", "B")],
        [("According to a presentation the hospital's finance staff prepared for the board, the birthing unit brought in 7% of the hospital's patient revenue but accounted for 19% of its operating loss.", "a presentation the hospital's finance staff prepared for the board", "according to", "W")],
        [("Cottonmere is the ninth rural hospital in Nebraska to end labor and delivery services since 2015, according to the Great Plains Rural Health Alliance, a nonprofit that tracks closures.", "the Great Plains Rural Health Alliance", "according to", "W")],
        [("The alliance's director, Ruthanne Gjerstad, said in an email that closures tend to be followed by more births in emergency rooms and on the road.", "Ruthanne Gjerstad", "said in an email", "W")],
        [("Mellencourt said the hospital had tried for two years to recruit an obstetrician and offered a $150,000 signing bonus.", "Travis Mellencourt", "said", "W")],
        [("“We had one serious candidate,” he said.", "Travis Mellencourt", "said", ""),
         ("“She took a job in Denver.”", "Travis Mellencourt", "said", "")],
        [("“I want to be clear that this is not about money alone.", "Travis Mellencourt", "said", ""),
         ("If somebody walked in tomorrow and handed me a check for $1.8 million, I still could not open that unit on July 1.”", "Travis Mellencourt", "said", "")],
        [("The hospital will send letters this week to about 50 women who are due after June 30, he said.", "Travis Mellencourt", "said", "W")],
        [("Kolbeck County Commissioner Lyle Quillerby said the county commission would discuss on April 20 whether to ask voters to approve a property tax levy for the hospital.", "Lyle Quillerby", "said", "W")],
        [("“I don't know if it passes,” he said.", "Lyle Quillerby", "said", ""),
         ("“I know people deserve to be asked.”", "Lyle Quillerby", "said", "")],
        [("This story was produced in partnership with Plains Health Desk, a nonprofit newsroom covering rural health care.", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [("Wendell Pankratz covers Kolbeck County government and health for the Dispatch.", "", "", "B"),
         ("Reach him at wpankratz@cottonmeredispatch.example or 308-555-0147.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Hospital board to weigh future of birthing unit", "", "", "B")],
        [("Letters: Keep our babies born at home", "", "", "B")],
        [("Comments", "", "", "B")],
        [("You must be logged in to comment.", "", "", "B")],
        [("© 2026 The Cottonmere Dispatch, a Kolbeck Media Co. publication", "", "", "B")],
    ],
    [  # 5. UK regional paper: employment tribunal, nursery whistleblower
        [("Wrexcombe Evening Post", "", "", "B")],
        [("News   Sport   What's On   Business   Jobs   Property   Motors   Announcements", "", "", "B")],
        [("Menu   Search   Sign in", "", "", "B")],
        [("News › Local News › Courts", "", "", "B")],
        [("Nursery worker sacked after raising staffing concerns wins £38,000 payout", "", "", "W")],
        [("Tribunal finds Saoirse Haddleton was unfairly dismissed for blowing the whistle on staff-to-child ratios", "Tribunal", "finds", "W")],
        [("By Josephine Waddilove", "", "", "B")],
        [("Courts Reporter", "", "", "B")],
        [("14:32, 2 APR 2026", "", "", "B")],
        [("Updated 16:05, 2 APR 2026", "", "", "B")],
        [("A nursery worker who was sacked weeks after warning managers that rooms were being left with too few staff has been awarded £38,412 by an employment tribunal.", "", "", "W")],
        [("Saoirse Haddleton, 29, had worked at Bramblekin Day Nursery in Sedgeby for four years when she was dismissed in September 2024 for what the nursery called “gross misconduct”.", "", "", "W")],
        [("The tribunal, sitting in Wrexcombe, found that the real reason for her dismissal was a series of emails in which she told the nursery's owner that legal ratios were being breached in its baby room.", "The tribunal", "found", "W")],
        [("In a written judgment published this week, Employment Judge Rosamund Pennethorne said the nursery's account of the misconduct was “not credible”.", "Rosamund Pennethorne", "said", ""),
         ("She described the disciplinary process as “a box-ticking exercise with a conclusion already reached”.", "Rosamund Pennethorne", "described", "")],
        [("The tribunal heard that on at least 11 days between March and July 2024, one member of staff had been left alone with five babies under the age of two, when the legal limit is three.", "The tribunal", "heard", "W")],
        [("Ms Haddleton raised the issue in writing four times, the tribunal found.", "the tribunal", "found", "W")],
        [("The nursery's owner and sole director, Colin Ashworthy-Neale, told the tribunal the ratios were only breached when staff called in sick at short notice.", "Colin Ashworthy-Neale", "told the tribunal", "W"),
         ("He said Ms Haddleton was dismissed because she had shared photographs of children from a personal phone.", "Colin Ashworthy-Neale", "said", "W")],
        [("The judge rejected that account.", "Rosamund Pennethorne", "rejected", "W"),
         ("She found that the photographs had been taken on a nursery tablet, with parents' consent, for the nursery's own online learning journal.", "Rosamund Pennethorne", "found", "W")],
        [("“The claimant was doing exactly what a responsible practitioner should do,” the judge said.", "Rosamund Pennethorne", "said", ""),
         ("“She was dismissed for doing it.”", "Rosamund Pennethorne", "said", "W")],
        [("Gemma Hindmarch, the nursery's former deputy manager, told the tribunal she had raised the same concern with Mr Ashworthy-Neale in 2023 and had been told to “make it work”.", "Gemma Hindmarch", "told the tribunal", "W"),
         ("She left the nursery in May 2024.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("Read more: Sedgeby care home rated ‘inadequate’ for second time", "", "", "B")],
        [("For the nursery, Kieran Doughty-Hale argued that Ms Haddleton had never made a formal complaint under the nursery's whistleblowing policy.", "Kieran Doughty-Hale", "argued", "W"),
         ("The tribunal said the law did not require her to.", "The tribunal", "said", "W")],
        [("The award is made up of £21,650 for unfair dismissal, £12,000 for injury to feelings and £4,762 in interest and lost pension contributions.", "", "", "W")],
        [("No separate remedy hearing was held because both sides agreed the figures.", "", "", "W")],
        [("Ms Haddleton, who now works as a teaching assistant in Sedgeby, said after the hearing that she felt “vindicated”.", "Saoirse Haddleton", "said", "")],
        [("“I kept telling them someone was going to get hurt,” she said.", "Saoirse Haddleton", "said", ""),
         ("“All I ever asked for was one more person in that room.”", "Saoirse Haddleton", "said", "")],
        [("Bramblekin Day Nursery was rated ‘requires improvement’ by inspectors in January 2025.", "", "", "W"),
         ("The nursery did not respond to requests for comment.", "The nursery", "did not respond to requests for comment", "")],
        [("Mr Ashworthy-Neale has 42 days from the date of the judgment to appeal.", "", "", "W")],
        [("We have switched off comments on this story.", "", "", "B")],
        [("Get the latest court stories sent straight to your inbox", "", "", "B")],
        [("Enter email   SUBSCRIBE", "", "", "B")],
        [("By signing up you agree to our Privacy Notice.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1  Driver who hit cyclist on bypass jailed for 28 months", "", "", "B")],
        [("2  Plans for 300 homes on edge of Sedgeby thrown out", "", "", "B")],
        [("3  ‘Bins left for a month’: residents' fury at missed collections", "", "", "B")],
        [("Wrexcombe Evening Post is part of Penrock Regional Media Ltd.", "", "", "B"),
         ("We are regulated by the independent press standards body.", "", "", "B")],
    ],
    [  # 6. Cycling website: stage-race report
        [("Peloton Post", "", "", "B")],
        [("Races   News   Results   Tech   Features   Podcast   Shop", "", "", "B")],
        [("LIVE: Tour of Vallerande, stage 5 ›", "", "", "B")],
        [("Home / Races / Tour of Vallerande / Stage 4", "", "", "B")],
        [("Bredesen wins on Mont-Sarbois as Lauwereys takes Vallerande lead", "", "", "W")],
        [("Norwegian goes clear with 2.4km to go; Capparelli out with broken collarbone after crash on descent", "", "", "W")],
        [("Words: Ruairí Mac Gearailt  |  Photos: Sportfoto Ardenne", "", "", "B")],
        [("Published 12 June 2026, 18:04 CEST", "", "", "B")],
        [("Aksel Bredesen (Lindenhof–Vortex) won stage 4 of the Tour of Vallerande on Thursday, attacking from a group of six on the final climb to Mont-Sarbois and finishing 19 seconds clear.", "", "", "W")],
        [("Mathis Lauwereys (Team Calderra) was second and took the race lead from his teammate Pieter-Jan Oosterlinck, who lost 1min 48sec on the climb.", "", "", "W")],
        [("The 184km stage from Ostelbeek was the first summit finish of the five-day race.", "", "", "W"),
         ("Rain fell for most of the afternoon.", "", "", "")],
        [("Bredesen went clear 2.4km from the line, where the road kicks up to 14 per cent, and no one could follow.", "", "", "W")],
        [("“I felt good all day, but I didn't know my legs were this good,” Bredesen told reporters at the finish.", "Aksel Bredesen", "told reporters", ""),
         ("“The team rode for me from the bottom, so I owed them this one.”", "Aksel Bredesen", "told reporters", "")],
        [("It was the 26-year-old's first win since he took the Norwegian road title in 2024.", "", "", "W")],
        [("His Lindenhof–Vortex teammate Sjoerd Wennekes, who won stage 3, finished fourth and still leads the points classification.", "", "", "W")],
        [("Lauwereys, speaking in Dutch to the broadcaster Kanaal Twee, said the lead had come “a day earlier than we planned”.", "Mathis Lauwereys", "said", ""),
         ("He said Team Calderra would now ride to defend the jersey rather than for Oosterlinck.", "Mathis Lauwereys", "said", "")],
        [("Enzo Capparelli (Ferrovia–Bellucci), who started the day fourth overall, crashed on the wet descent of the Côte de Hautrival, 31km from the finish, and abandoned the race.", "", "", "W")],
        [("His team said in a statement posted on its website that he had fractured his left collarbone and would have surgery in Milan on Friday.", "Ferrovia–Bellucci", "said in a statement posted on its website", "W")],
        [("Race doctor Françoise Lemmens-Daubry said three other riders were treated for cuts and grazes after the same crash but were able to finish.", "Françoise Lemmens-Daubry", "said", "W")],
        [("Stage 4: Ostelbeek – Mont-Sarbois (184km)", "", "", "B")],
        [("Pos   Rider   Team   Time", "", "", "B")],
        [("1   Aksel Bredesen (Nor)   Lindenhof–Vortex   4:41:07", "", "", "")],
        [("2   Mathis Lauwereys (Bel)   Team Calderra   +0:19", "", "", "")],
        [("3   Ilario Fenzi (Ita)   Ferrovia–Bellucci   +0:24", "", "", "")],
        [("4   Sjoerd Wennekes (Ned)   Lindenhof–Vortex   +0:31", "", "", "")],
        [("5   Pieter-Jan Oosterlinck (Bel)   Team Calderra   +1:48", "", "", "")],
        [("General classification after stage 4", "", "", "B")],
        [("Pos   Rider   Team   Time", "", "", "B")],
        [("1   Mathis Lauwereys (Bel)   Team Calderra   14:02:51", "", "", "")],
        [("2   Aksel Bredesen (Nor)   Lindenhof–Vortex   +0:11", "", "", "")],
        [("3   Pieter-Jan Oosterlinck (Bel)   Team Calderra   +0:57", "", "", "")],
        [("The race jury fined Team Calderra sports director Bastiaan Wouters €500 for handing a bottle to a rider inside the final 20km.", "", "", "W"),
         ("Wouters said afterwards that the rider had run out of water an hour earlier.", "Bastiaan Wouters", "said", "")],
        [("Friday's fifth and final stage is a 142km loop around Vallerande with four ascents of the cobbled Muur van Gelhove.", "", "", "W"),
         ("Lauwereys leads Bredesen by 11 seconds.", "", "", "W")],
        [("“Eleven seconds is nothing on the Gelhove,” Bredesen said.", "Aksel Bredesen", "said", ""),
         ("“Ask me tomorrow at five o'clock.”", "Aksel Bredesen", "said", "")],
        [("Full results and standings ›", "", "", "B")],
        [("Related", "", "", "B")],
        [("Vallerande stage 3: Wennekes sprints to second win", "", "", "B")],
        [("Tech: the 38mm tyres that took over the cobbled classics", "", "", "B")],
        [("Get the Peloton Post daily in your inbox   Sign up", "", "", "B")],
        [("Peloton Post is reader-supported.", "", "", "B"),
         ("When you buy through links on our site, we may earn an affiliate commission.", "", "", "B")],
        [("© Peloton Post 2026", "", "", "B")],
    ],
    [  # 7. Canadian community radio: noon newscast transcript
        [("Spruceline Radio 94.1 FM", "", "", "B")],
        [("▶ Listen Live", "", "", "B")],
        [("Home | News | Community Calendar | Obituaries | Swap Shop | Contests", "", "", "B")],
        [("Noon News — Wednesday, January 21, 2026", "", "", "B")],
        [("▶ Play newscast (6:12)", "", "", "B")],
        [("This transcript was produced from the broadcast and lightly edited for readability.", "", "", "B")],
        [("DANA MISHQUART: Good afternoon.", "", "", "B"),
         ("This is the Spruceline Radio noon news, I'm Dana Mishquart.", "", "", "B")],
        [("DANA MISHQUART: The boil-water advisory in Sagawin Lake First Nation has been lifted after 412 days.", "", "", "W"),
         ("Chief Rhoda Kakegabo told Spruceline Radio the community's new water treatment plant passed its final tests on Monday.", "Rhoda Kakegabo", "told Spruceline Radio", "W")],
        [("[CLIP] CHIEF RHODA KAKEGABO: People here have been hauling water since the fall before last.", "Rhoda Kakegabo", "CHIEF RHODA KAKEGABO:", "W"),
         ("My granddaughter is three, and she has never had a bath with water from the tap.", "Rhoda Kakegabo", "CHIEF RHODA KAKEGABO:", ""),
         ("That's over now.", "Rhoda Kakegabo", "CHIEF RHODA KAKEGABO:", "")],
        [("DANA MISHQUART: The federal government paid $9.6 million for the plant, according to the band office.", "the band office", "according to", "W")],
        [("DANA MISHQUART: Hollowpine Gold says it will lay off 85 workers at its Pinewick Mine north of Aulneau Bay at the end of February.", "Hollowpine Gold", "says", "W"),
         ("Callum Ottertail reports.", "", "", "B")],
        [("CALLUM OTTERTAIL: The company told employees at a shift meeting at seven this morning.", "The company", "told employees", "W"),
         ("Hollowpine says the grade of ore coming out of the lower levels of the mine has fallen by about a third since 2024.", "Hollowpine", "says", "W")],
        [("[CLIP] GAÉTAN LAFLÈCHE-NADON, PRESIDENT, LOCAL 4417: We found out the same way everybody else did, standing in the dry at seven in the morning.", "Gaétan Laflèche-Nadon", "GAÉTAN LAFLÈCHE-NADON, PRESIDENT, LOCAL 4417:", ""),
         ("Eighty-five people is one in four jobs at that site.", "Gaétan Laflèche-Nadon", "GAÉTAN LAFLÈCHE-NADON, PRESIDENT, LOCAL 4417:", "W")],
        [("CALLUM OTTERTAIL: The mine employed 340 people at the end of last year, according to the company's annual report.", "the company's annual report", "according to", "W"),
         ("For Spruceline Radio News, I'm Callum Ottertail in Aulneau Bay.", "", "", "B")],
        [("DANA MISHQUART: Aulneau Bay council has voted to raise the municipal tax levy by 6.4 per cent this year.", "", "", "W"),
         ("Mayor Sheldon Bakowski says most of the increase will pay for the town's share of a new pumper truck and a higher policing bill from the province.", "Sheldon Bakowski", "says", "W"),
         ("Councillor Ione Pettipiece voted against, saying people on fixed incomes can't keep up.", "Ione Pettipiece", "saying", "W")],
        [("(STATION ID) You're listening to Spruceline Radio, 94.1 FM, Aulneau Bay.", "", "", "B")],
        [("DANA MISHQUART: Provincial police say a 41-year-old Aulneau Bay man has been charged with impaired driving after a crash on the Pinewick Road early Tuesday.", "Provincial police", "say", "W"),
         ("No one was hurt.", "", "", "W"),
         ("He's due in court in Aulneau Bay on February 18.", "", "", "W")],
        [("DANA MISHQUART: Now a look at the weather.", "", "", "B"),
         ("An extreme cold warning is in effect for Aulneau Bay and the Sagawin Lake area.", "", "", "W"),
         ("Expect a low tonight of minus 34, with the wind chill near minus 45.", "", "", ""),
         ("Sunny tomorrow, high minus 22.", "", "", "")],
        [("DANA MISHQUART: In hockey, the Aulneau Bay Muskies beat the Pinewick Miners 5-2 last night at the Memorial Arena.", "", "", "W"),
         ("Jory Whitecrow scored twice.", "", "", "W"),
         ("The teams meet again Saturday in Pinewick.", "", "", "W")],
        [("DANA MISHQUART: That's the news at noon.", "", "", "B"),
         ("Our next update is at one o'clock.", "", "", "B"),
         ("I'm Dana Mishquart.", "", "", "B")],
        [("Got a news tip?", "", "", "B"),
         ("Email newsroom@spruceline.example or call 807-555-0199.", "", "", "B")],
        [("Spruceline Radio is a non-profit community station licensed to serve Aulneau Bay and area.", "", "", "B")],
        [("Previous newscasts", "", "", "B")],
        [("Morning News — Wednesday, January 21, 2026", "", "", "B")],
        [("Afternoon News — Tuesday, January 20, 2026", "", "", "B")],
        [("© 2026 Aulneau Bay Community Broadcasting Inc.", "", "", "B")],
    ],
    [  # 8. New Zealand political party's own news page: GP-fee pledge
        [("Skip to main content", "", "", "B")],
        [("Kākāriki Party", "", "", "B")],
        [("Our Plan   Policies   News   Our People   Events   Get Involved", "", "", "B")],
        [("JOIN   DONATE   VOLUNTEER", "", "", "B")],
        [("News", "", "", "B")],
        [("Kākāriki will cap GP visits at $10 for every New Zealander", "", "", "")],
        [("Published 3 September 2026 · Dr Ngaire Tautari-Blyth", "", "", "B")],
        [("A Kākāriki government will cap the cost of a standard GP visit at $10 for every New Zealander from 1 July 2027, the party's health spokesperson, Dr Ngaire Tautari-Blyth, announced today.", "Ngaire Tautari-Blyth", "announced", "")],
        [("The average fee for an adult GP visit is now $58.70, up from $42 in 2020, according to the health ministry's own figures.", "the health ministry's own figures", "according to", "W"),
         ("One in six adults put off seeing a doctor in the past year because of the cost.", "", "", "W")],
        [("“Nobody should have to choose between the doctor and the power bill,” Dr Tautari-Blyth said.", "Ngaire Tautari-Blyth", "said", ""),
         ("“Under this Government, the average fee has gone up every single year.", "Ngaire Tautari-Blyth", "said", "W")],
        [("“We're going to fix that.”", "Ngaire Tautari-Blyth", "said", "")],
        [("How it works", "", "", "")],
        [("• Practices that sign up will get a higher per-patient payment from the Crown to make up the difference.", "", "", "")],
        [("• Children under 14 will stay free, as they are now.", "", "", "W")],
        [("• Community Services Card holders will pay $5.", "", "", "")],
        [("• Practices that stay out can keep setting their own fees.", "", "", "")],
        [("Watch: Ngaire explains the plan in 90 seconds", "", "", "")],
        [("1:32", "", "", "B")],
        [("The policy will cost $318 million a year once fully in place, according to costings checked by the independent firm Matai Economics.", "costings checked by the independent firm Matai Economics", "according to", "W"),
         ("It will be paid for by cancelling the Government's planned cut to the bank levy, which Treasury estimates is worth $355 million a year.", "Treasury", "estimates", "W")],
        [("Kākāriki leader Simon Garlick said the party had published independent costings for every one of its 14 policies so far.", "Simon Garlick", "said", "W")],
        [("“We've shown our working,” he said.", "Simon Garlick", "said", ""),
         ("“The Government can't say the same about its own health promises.”", "Simon Garlick", "said", "")],
        [("The Minister of Health said last month that GP fees were “set by practices, not by the Government”.", "The Minister of Health", "said", "W"),
         ("That is only half true: practices set their own fees, but any practice that takes the Government's capitation funding can only raise them by the amount the Government agrees each year.", "", "", "W")],
        [("The facts", "", "", "B")],
        [("• 1 in 6 adults skipped a GP visit last year because of cost.", "", "", "W")],
        [("• The average adult fee has risen 40% since 2020.", "", "", "W")],
        [("• 112 practices closed their books to new patients in 2025.", "", "", "W")],
        [("“Nobody should have to choose between the doctor and the power bill.”", "", "", "B")],
        [("— Dr Ngaire Tautari-Blyth", "", "", "B")],
        [("Before entering Parliament in 2023, Dr Tautari-Blyth worked as a GP in Mangakōtare for 22 years.", "", "", "W")],
        [("Come and ask Ngaire about the plan at our public meeting in Mangakōtare on 10 September, 7pm.", "", "", "B")],
        [("“I've had patients ring up to cancel because it was the week before payday,” she said.", "Ngaire Tautari-Blyth", "said", ""),
         ("“Some of them ended up in the emergency department a fortnight later.”", "Ngaire Tautari-Blyth", "said", "")],
        [("Share this:", "", "", "B")],
        [("Facebook   X   Email   Copy link", "", "", "B")],
        [("Chip in $10 to help us take this plan to every door in the country.", "", "", "B")],
        [("Donate now", "", "", "B")],
        [("Get updates from Kākāriki", "", "", "B")],
        [("First name   Email   Postcode", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Authorised by Lydia Mahuika-Barr, Level 2, 88 Kōtuku Street, Wellington.", "", "", "B")],
        [("Privacy   Contact   Party Rules", "", "", "B")],
        [("Kākāriki Party © 2026", "", "", "B")],
    ],
    [  # 9. Pakistani English daily: polio vaccination campaign
        [("The Indus Courier", "", "", "B")],
        [("EPAPER   LIVE TV   CLASSIFIEDS   ADVERTISE", "", "", "B")],
        [("Pakistan   World   Business   Sport   Weekend   Opinion   Images   Videos", "", "", "B")],
        [("Karachi", "", "", "B")],
        [("Polio drive misses 71,000 children in Karachi as refusals climb", "", "", "W")],
        [("Shazia Lakhani-Durrani  Published March 12, 2026  Updated about 2 hours ago", "", "", "B")],
        [("Listen to article", "", "", "B")],
        [("WhatsApp   Facebook   X   Email", "", "", "B")],
        [("KARACHI: More than 71,000 children were not vaccinated during the week-long anti-polio campaign in the city that ended on Sunday, according to data compiled by the provincial Emergency Operations Centre (EOC).", "data compiled by the provincial Emergency Operations Centre", "according to", "W"),
         ("Of these, 38,460 were recorded as refusals, up from 29,900 in the October campaign, the data shows.", "the data", "shows", "W")],
        [("The campaign aimed to vaccinate 2.48 million children under the age of five in Karachi.", "", "", "W")],
        [("EOC coordinator for Sindh Irfan Memon-Baloch told The Indus Courier that refusals were concentrated in 14 union councils, most of them in the city's western districts.", "Irfan Memon-Baloch", "told The Indus Courier", "W")],
        [("“These are not people who have never heard of the vaccine,” he said.", "Irfan Memon-Baloch", "said", ""),
         ("“These are people who have been told lies about it, and some of those lies are arriving in voice notes from abroad.”", "Irfan Memon-Baloch", "said", "")],
        [("He said teams would return to the 14 union councils from March 16, accompanied by religious scholars and doctors from local clinics.", "Irfan Memon-Baloch", "said", "W")],
        [("Memon-Baloch said independent monitors had found 640 teams marking children as vaccinated without giving them drops during campaigns last year.", "Irfan Memon-Baloch", "said", "W"),
         ("“Fake finger-marking is not what it was,” he said.", "Irfan Memon-Baloch", "said", ""),
         ("“We have third-party monitors in every town now.”", "Irfan Memon-Baloch", "said", "W")],
        [("A senior health official, requesting anonymity because he was not authorised to speak to the media, said at least 2,300 of the missed children lived in areas where teams had been withdrawn for two days after a threat.", "A senior health official", "said", "W")],
        [("Pakistan has reported nine wild poliovirus cases this year, three of them in Sindh, according to the national polio programme.", "the national polio programme", "according to", "W"),
         ("Environmental samples from six of Karachi's 11 sewage sampling sites tested positive in February.", "", "", "W")],
        [("Sindh accounted for 17 of Pakistan's 74 cases last year, according to programme figures.", "programme figures", "according to", "W")],
        [("In a statement issued late on Sunday, the EOC said the missed children would be covered in a five-day “catch-up” drive starting on Tuesday.", "the EOC", "said", "W")],
        [("Lady health workers, who make up most of the vaccination teams, have complained for months about unpaid allowances.", "Lady health workers", "have complained", "W")],
        [("Rukhsana Jatoi, president of the All Sindh Lady Health Workers Union, said workers had not been paid the Rs1,500 daily allowance for the last two campaigns.", "Rukhsana Jatoi", "said", "W")],
        [("“They send our girls into the most difficult lanes and then they tell us the money is stuck,” she said.", "Rukhsana Jatoi", "said", ""),
         ("“Is this how you will end polio?” she asked.", "Rukhsana Jatoi", "asked", "")],
        [("Ms Jatoi said the union would boycott the April campaign if the arrears had not been paid by then.", "Rukhsana Jatoi", "said", "W")],
        [("Sindh Health Department spokesperson Dr Asma Haq-Khuhro said allowances for the October campaign had been released on March 9, and those for the latest campaign would be paid “within this month”.", "Asma Haq-Khuhro", "said", "W")],
        [("Provincial Health Minister Dr Zulfiqar Ali Sangi-Shah declined to comment.", "Zulfiqar Ali Sangi-Shah", "declined to comment", "")],
        [("In Naubad Goth, one of the union councils with the most refusals, a father of three said he had turned the team away because “the drops are not the problem here, the water is”.", "a father of three", "said", "")],
        [("Residents said the area had been without piped water for six weeks.", "Residents", "said", "W")],
        [("The next nationwide campaign is scheduled for April 20-26.", "", "", "W"),
         ("Wild poliovirus remains endemic in only two countries, Pakistan and Afghanistan.", "", "", "W")],
        [("Published in The Indus Courier, March 12th, 2026", "", "", "B")],
        [("Header image: A vaccinator marks a child's finger after giving polio drops in Karachi on March 8.", "", "", ""),
         ("— Photo by Faisal Kazmi-Lund", "", "", "B")],
        [("Comments (14)", "", "", "B")],
        [("Closed", "", "", "B")],
        [("Comments are moderated and generally will be approved if they are on-topic and not abusive.", "", "", "B"),
         ("For more information, please see our comments policy.", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Sindh to clear health workers' arrears by June: minister", "", "", "B")],
        [("Sewage samples from Hyderabad test positive for poliovirus", "", "", "B")],
        [("Copyright © 2026, The Indus Courier", "", "", "B")],
    ],
    [  # 10. Malaysian daily: haze closes schools
        [("The Straits Beacon", "", "", "B")],
        [("Nation   World   Business   Sport   Lifestyle   Opinion   Videos   ePaper", "", "", "B")],
        [("Monday, 14 Sep 2026", "", "", "B")],
        [("HAZE WATCH | Unhealthy air in 23 areas | View live readings ›", "", "", "B")],
        [("Nation", "", "", "B")],
        [("Haze shuts 412 schools in three states as API tops 200", "", "", "W")],
        [("By JOANNE YEAP MEI LING and MUHAMMAD FARIS ROSLAN", "", "", "B")],
        [("Nation   Monday, 14 Sep 2026   11:58 AM MYT", "", "", "B")],
        [("Motorists drive through thick haze near Bukit Merpati on Monday morning.", "", "", ""),
         ("— FARIS ROSLAN/The Straits Beacon", "", "", "B")],
        [("KUALA LUMPUR: A total of 412 schools in Selangor, Negeri Sembilan and Melaka will be closed on Tuesday after Air Pollutant Index (API) readings in 19 areas rose above 200, the “very unhealthy” level.", "", "", "W")],
        [("The Education Ministry said in a statement on Monday that the closures would affect about 286,000 pupils, and that schools elsewhere must cancel all outdoor activities until further notice.", "The Education Ministry", "said in a statement", "W")],
        [("Natural Resources and Environmental Sustainability Minister Datuk Seri Ahmad Zulkarnain Baharuddin said the haze was caused by peat fires in the region, carried across by the south-west monsoon winds.", "Ahmad Zulkarnain Baharuddin", "said", "W"),
         ("He said Malaysia had sent a diplomatic note to Indonesia on Sunday.", "Ahmad Zulkarnain Baharuddin", "said", "W")],
        [("“We cannot control the wind, but we can control what we burn at home,” Ahmad Zulkarnain told reporters after the weekly Cabinet meeting.", "Ahmad Zulkarnain Baharuddin", "told reporters", "")],
        [("He said 37 open-burning cases had been detected in Selangor since Sept 1 and compounds totalling RM186,000 had been issued.", "Ahmad Zulkarnain Baharuddin", "said", "W")],
        [("According to the Malaysian Meteorological Department, 148 hotspots were detected in the region on Sunday, up from 61 on Friday.", "the Malaysian Meteorological Department", "according to", "W")],
        [("API readings at 11am", "", "", "B")],
        [("Station   State   API", "", "", "B")],
        [("Taman Cempaka Indah   Selangor   231", "", "", "")],
        [("Bukit Merpati   Negeri Sembilan   214", "", "", "")],
        [("Kampung Paya Serai   Melaka   207", "", "", "")],
        [("Sungai Chempedak Hilir   Selangor   198", "", "", "")],
        [("Bandar Seri Kenanga   Selangor   189", "", "", "")],
        [("Source: Department of Environment", "", "", "B")],
        [("0-50 Good · 51-100 Moderate · 101-200 Unhealthy · 201-300 Very unhealthy · Above 300 Hazardous", "", "", "B")],
        [("Department of Environment director-general Datuk Wan Hafizah Wan Ismail said the highest reading so far was 246, recorded at Taman Cempaka Indah at 8am.", "Wan Hafizah Wan Ismail", "said", "W"),
         ("She said air quality was expected to improve from Thursday, when rain is forecast across the west coast.", "Wan Hafizah Wan Ismail", "said", "")],
        [("Cloud seeding will begin on Tuesday if there is enough cloud cover, Wan Hafizah said.", "Wan Hafizah Wan Ismail", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Paediatrician Dr Kavitha Rajasegaran, who runs a clinic in Bandar Seri Kenanga, said she had seen twice as many children with coughs and wheezing since Thursday as in a normal week.", "Kavitha Rajasegaran", "said", "W"),
         ("“Keep them indoors, keep the windows shut and use a proper N95 mask if they must go out,” she said.", "Kavitha Rajasegaran", "said", "")],
        [("In Taman Cempaka Indah, food stall owner Ooi Kok Seng, 58, said business had dropped by half since Friday.", "Ooi Kok Seng", "said", ""),
         ("“Nobody wants to sit outside and eat noodles in this,” Ooi said.", "Ooi Kok Seng", "said", "")],
        [("Mother of two Sharifah Ezzati Zainordin, 36, said she had kept her children home since Friday.", "Sharifah Ezzati Zainordin", "said", ""),
         ("“They are bored, but I would rather they are bored than sick,” she said.", "Sharifah Ezzati Zainordin", "said", "")],
        [("The Fire and Rescue Department said its personnel had put out 112 peat and bush fires in Selangor this month, covering 341 hectares.", "The Fire and Rescue Department", "said", "W")],
        [("Members of the public can check hourly API readings on the department's website or the Udara Kita app.", "", "", "B"),
         ("The public is advised to limit outdoor activities and drink plenty of water.", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Open burning: 11 farmers compounded in Bukit Merpati", "", "", "B")],
        [("Haze: Health Ministry opens 24 respiratory clinics", "", "", "B")],
        [("Follow us on our official WhatsApp channel for breaking news alerts and key updates!", "", "", "B")],
        [("Tags / Keywords: Haze , API , Schools , Open Burning , Weather", "", "", "B")],
        [("Did you find this article insightful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Straits Beacon Media Bhd (Company No. 187605-W).", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 11. Shipping trade magazine: profile of a port chief executive
        [("Quayline", "", "", "B")],
        [("Ports   Shipping   Logistics   Offshore   People   Events   Jobs", "", "", "B")],
        [("Subscribe  |  Register  |  Log in", "", "", "B")],
        [("You've read 1 of 3 free articles this month.", "", "", "B"),
         ("Register for unlimited access.", "", "", "B")],
        [("PROFILE", "", "", "B")],
        [("The engineer betting Skellmouth's future on the wind", "", "", "")],
        [("Funmilayo Achebe-Morrow took over a port that was losing money.", "", "", "W"),
         ("Four years on it handles twice the tonnage — and she says the hard part is still to come.", "Funmilayo Achebe-Morrow", "says", "W")],
        [("Words by Cormac Ruddlesden", "", "", "B")],
        [("Portraits by Isla Grantley-Moss", "", "", "B")],
        [("May 2026 issue  ·  11 min read", "", "", "B")],
        [("The first thing Funmilayo Achebe-Morrow did when she arrived at the Port of Skellmouth in the spring of 2022 was walk all 3.4 kilometres of its quays with a tape measure.", "", "", "W")],
        [("“I wanted to know what we actually had, not what the brochure said,” she says.", "Funmilayo Achebe-Morrow", "says", "")],
        [("What she found was a port in decline.", "", "", ""),
         ("Cargo had fallen for seven years in a row, and in 2021 the trust that runs the port lost £2.7 million, according to its annual accounts.", "its annual accounts", "according to", "W")],
        [("Last year Skellmouth handled 2.9 million tonnes, against 1.4 million in 2021, and made an operating profit of £4.1 million.", "", "", "W"),
         ("Most of the growth has come from one trade: the towers, blades and foundations for offshore wind farms that now arrive by sea from Denmark and Spain and leave on barges for the North Sea.", "", "", "W")],
        [("Achebe-Morrow, 51, trained as a civil engineer in Lagos and spent 16 years building container terminals in West Africa and the Gulf before coming to Skellmouth.", "", "", "W"),
         ("She is the first woman to run one of Scotland's trust ports.", "", "", "W")],
        [("“People ask me about that more than they ask about cranes,” she says, laughing.", "Funmilayo Achebe-Morrow", "says", "")],
        [("Her chairman, Sir Ranald Maclagan, says the board hired her because she was the only candidate who came to the interview with a costed plan.", "Ranald Maclagan", "says", "W")],
        [("“Everyone else brought a vision,” he says.", "Ranald Maclagan", "says", ""),
         ("“Funmi brought a spreadsheet.”", "Ranald Maclagan", "says", "")],
        [("The plan rested on a £68 million heavy-lift quay, opened in 2024 and paid for with £41 million of borrowing and a £27 million grant from the Scottish Government.", "", "", "W")],
        [("‘We don't own the wind’", "", "", "")],
        [("Not everyone in Skellmouth is convinced.", "", "", ""),
         ("Local councillor Effie Colquitt says most of the port's new jobs have gone to contractors who live elsewhere.", "Effie Colquitt", "says", "W")],
        [("“They bus them in on a Monday and bus them out on a Friday,” she says.", "Effie Colquitt", "says", "")],
        [("Port figures show 212 people are now employed directly, up from 148 in 2022, of whom 131 live within 20 miles.", "Port figures", "show", "W")],
        [("Achebe-Morrow does not dispute that the wind work comes in lumps.", "Funmilayo Achebe-Morrow", "does not dispute", ""),
         ("“We don't own the wind,” she says.", "Funmilayo Achebe-Morrow", "says", ""),
         ("“If the licensing rounds slip, our year slips.”", "Funmilayo Achebe-Morrow", "says", "")],
        [("Two of the four offshore projects that use Skellmouth have had their construction start dates pushed back to 2028.", "", "", "W")],
        [("“Everyone else brought a vision.", "", "", "B"),
         ("Funmi brought a spreadsheet.”", "", "", "B")],
        [("— Sir Ranald Maclagan, chairman", "", "", "B")],
        [("The pilots who bring ships up the firth have their own view.", "", "", ""),
         ("Ewan Crombeck, a Skellmouth pilot for 23 years, says the vessels calling now are twice the length of those he brought in when he started.", "Ewan Crombeck", "says", "W")],
        [("“The channel hasn't got any wider,” he says.", "Ewan Crombeck", "says", "W")],
        [("The port plans to dredge the channel to 11 metres in 2027, a job it has costed at £19 million.", "", "", "W")],
        [("Marit Eidsvaag, who runs European operations for the heavy-lift carrier Nordlast, says Skellmouth's turnaround times are now among the best on the North Sea.", "Marit Eidsvaag", "says", ""),
         ("Nordlast moved 31 cargoes through the port last year, she says, against four in 2022.", "Marit Eidsvaag", "says", "W")],
        [("Asked what keeps her awake at night, Achebe-Morrow does not hesitate.", "", "", ""),
         ("“Power,” she says.", "Funmilayo Achebe-Morrow", "says", "")],
        [("The port's grid connection is capped at 9 megawatts, and the distribution network operator has told it that an upgrade will not come before 2031.", "the distribution network operator", "has told it", "W")],
        [("“You cannot electrify a port on nine megawatts,” she says.", "Funmilayo Achebe-Morrow", "says", ""),
         ("“I have cranes sitting on the quay waiting for cables.”", "Funmilayo Achebe-Morrow", "says", "")],
        [("This article appears in the May 2026 issue of Quayline.", "", "", "B")],
        [("Cormac Ruddlesden is Quayline's deputy editor.", "", "", "B")],
        [("More profiles", "", "", "B")],
        [("The harbourmaster who said no to cruise ships", "", "", "B")],
        [("Ports & Offshore Summit · Glasgow · 9–10 June · Book now", "", "", "B")],
        [("Jobs: Harbour Master — Northern Isles Ports Trust — £68k", "", "", "B")],
        [("© Saltgrain Publishing Ltd 2026.", "", "", "B"),
         ("Registered in Scotland No. SC418822.", "", "", "B")],
    ],
    [  # 12. Caribbean daily: police commissioner's murder figures
        [("The Island Sentinel", "", "", "B")],
        [("Independent since 1967", "", "", "B")],
        [("Home   News   Crime   Politics   Business   Sport   Entertainment   Letters   Obituaries", "", "", "B")],
        [("Subscribe to the e-Sentinel", "", "", "B")],
        [("Crime", "", "", "B")],
        [("CoP: 214 murders so far, down 9% on last year", "Marlon Rougier", "CoP:", "W")],
        [("But detection rate stuck at 14 per cent, Opposition says", "Opposition", "says", "W")],
        [("KEVON DOPWELL-GITTENS", "", "", "B")],
        [("Saturday 1 August 2026, 12.30 am", "", "", "B")],
        [("5 Comments", "", "", "B")],
        [("There have been 214 murders in Trinidad and Tobago since January 1, nine per cent fewer than at the same point last year, acting Commissioner of Police Marlon Rougier said on Friday.", "Marlon Rougier", "said", "W")],
        [("Speaking at the weekly police media briefing in Port of Spain, Rougier said 151 of the killings were believed to be gang-related and 163 involved guns.", "Marlon Rougier", "said", "W")],
        [("“Every one of those numbers is somebody's child,” he said.", "Marlon Rougier", "said", ""),
         ("“I am not here to celebrate a number.", "Marlon Rougier", "said", "")],
        [("“What I will say is that the Firearms Interdiction Unit has taken more guns off the street this year than in any year I have served, and that is not an accident.”", "Marlon Rougier", "said", "W")],
        [("He said officers had seized 412 illegal firearms and 38,900 rounds of ammunition so far this year.", "Marlon Rougier", "said", "W")],
        [("Asked about the detection rate, Rougier said 31 murders had been detected so far, which the police define as a case in which someone has been charged.", "Marlon Rougier", "said", "W")],
        [("That is a rate of 14.5 per cent.", "", "", "W"),
         ("He said several more files were “at an advanced stage” with the Office of the Director of Public Prosecutions.", "Marlon Rougier", "said", "")],
        [("Rougier said the police would publish a full mid-year crime report on August 14.", "Marlon Rougier", "said", "W")],
        [("Opposition MP for Cedar Grove West Anjali Ramnarine-Pollonais said in a release on Friday evening that the figures showed the Government had “lost control”.", "Anjali Ramnarine-Pollonais", "said in a release", "")],
        [("She said the detection rate for murders had not risen above 16 per cent in any year since 2015.", "Anjali Ramnarine-Pollonais", "said", "W"),
         ("“Nine per cent fewer murders is not a victory when six out of every seven killers walk free,” the release said.", "the release", "said", "W")],
        [("National Security Minister Fitzgerald Calderon-Moe did not respond to calls and WhatsApp messages on Friday.", "Fitzgerald Calderon-Moe", "did not respond to calls and WhatsApp messages", "")],
        [("- Advertisement -", "", "", "B")],
        [("Criminologist Dr Renee Alcazar-Whyte said the fall was encouraging but too small to call a trend.", "Renee Alcazar-Whyte", "said", ""),
         ("She said murders had also fallen in the first half of 2023 before rising to 611 by the end of that year.", "Renee Alcazar-Whyte", "said", "W")],
        [("“Six months is not a trend,” she said.", "Renee Alcazar-Whyte", "said", ""),
         ("“Ask me again in December.”", "Renee Alcazar-Whyte", "said", "")],
        [("According to police statistics, 1,126 people have been murdered since January 2024.", "police statistics", "according to", "W")],
        [("Among this week's victims was Dwayne Quashie-Mohan, 19, who was shot outside his home in Bon Secours Gardens on Tuesday night.", "", "", "W"),
         ("His mother, Yvonne Quashie-Mohan, said he had just finished a welding course at a technical institute.", "Yvonne Quashie-Mohan", "said", "")],
        [("“He was not in any gang,” she said.", "Yvonne Quashie-Mohan", "said", ""),
         ("“He was supposed to start work on Monday.”", "Yvonne Quashie-Mohan", "said", "")],
        [("Police said the killing was being investigated by Homicide Region Two and that no one had been arrested.", "Police", "said", "W")],
        [("Anyone with information can call Crime Stoppers at 800-8477 or the Homicide Bureau at 555-0188.", "", "", "B")],
        [("RELATED", "", "", "B")],
        [("Three shot dead in weekend violence", "", "", "B")],
        [("Gun amnesty extended to October 31", "", "", "B")],
        [("5 Comments", "", "", "B")],
        [("Concerned Citizen  3 hours ago", "", "", "B")],
        [("Fourteen percent.", "", "", "B"),
         ("That is the only number that matters.", "", "", "B")],
        [("Reply", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [("Your email address will not be published.", "", "", "B"),
         ("Required fields are marked *", "", "", "B")],
        [("© 2026 Sentinel Media Group Limited.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    # --- parliamentary story: p.m. ending a sentence, a quoted question with its attribution ----------------
    ("h19-pm-ends-sentence", "The Energy Sector Recovery Levy (Amendment) Bill, 2026 was passed under a certificate of urgency by a voice vote shortly before 10 p.m. The new rate takes effect on April 1, according to the Bill's memorandum.",
     ["The Energy Sector Recovery Levy (Amendment) Bill, 2026 was passed under a certificate of urgency by a voice vote shortly before 10 p.m.", "The new rate takes effect on April 1, according to the Bill's memorandum."]),
    ("h19-question-then-asked", "“If they add one cedi, I have to add something,” he said. “Who will blame me?” he asked.",
     ["“If they add one cedi, I have to add something,” he said.", "“Who will blame me?” he asked."]),
    ("h19-open-quote-paragraph", "“The central bank itself told the Finance Committee in 2024 that money from this same account had been used to pay for other things. So when the Minister says ‘ring-fenced’, forgive us if we laugh.”",
     ["“The central bank itself told the Finance Committee in 2024 that money from this same account had been used to pay for other things.", "So when the Minister says ‘ring-fenced’, forgive us if we laugh.”"]),
    # --- business daily: a ticker with an abbreviation, a cent sign, Pty Ltd. at a sentence end ---------------
    ("h19-ticker-abbrev", "TSI200 8,104.6 ▲0.4%   AUD/USD 0.6634 ▼0.1%   Iron ore US$104.20 ▲1.2%   Lithium carb. US$11,850 ▼2.0%\nPrices delayed by at least 20 minutes.",
     ["TSI200 8,104.6 ▲0.4%   AUD/USD 0.6634 ▼0.1%   Iron ore US$104.20 ▲1.2%   Lithium carb. US$11,850 ▼2.0%", "Prices delayed by at least 20 minutes."]),
    ("h19-cent-sign-and-chip", "Yandarra shares closed 1.5¢ higher at $2.14.\nYLC   $2.14   ▲0.7%",
     ["Yandarra shares closed 1.5¢ higher at $2.14.", "YLC   $2.14   ▲0.7%"]),
    ("h19-pty-ltd", "Copyright © 2026 Wattle Street Media Pty Ltd. This information is general in nature and does not take into account your personal circumstances.",
     ["Copyright © 2026 Wattle Street Media Pty Ltd.", "This information is general in nature and does not take into account your personal circumstances."]),
    # --- national paper: E. coli, a standfirst without a final full stop, a bare footer tag ------------------
    ("h19-e-coli", "The group's founder, Wilf Honeysett, said volunteers had taken 1,140 samples last summer and found E. coli above the bathing-water standard in 63% of them. A government spokesperson said water companies now faced “the toughest enforcement regime in their history”, including unlimited fines for illegal spills.",
     ["The group's founder, Wilf Honeysett, said volunteers had taken 1,140 samples last summer and found E. coli above the bathing-water standard in 63% of them.", "A government spokesperson said water companies now faced “the toughest enforcement regime in their history”, including unlimited fines for illegal spills."]),
    ("h19-standfirst-two", "Mardlow Water had the biggest rise, with its storm overflows discharging for 198,000 hours. Campaigners accuse ministers of ‘looking the other way’",
     ["Mardlow Water had the biggest rise, with its storm overflows discharging for 198,000 hours.", "Campaigners accuse ministers of ‘looking the other way’"]),
    ("h19-modern-footer", "© 2026 Albion Review News & Media Limited or its affiliated companies. All rights reserved. (modern)",
     ["© 2026 Albion Review News & Media Limited or its affiliated companies.", "All rights reserved.", "(modern)"]),
    # --- small-town paper: Dr. before a name, Co. inside a footer ----------------------------------------------
    ("h19-dr-dot", "Dr. Anneliese Vorhaus, one of two family physicians who deliver babies at the hospital, said she would keep seeing pregnant patients in Cottonmere until about 36 weeks. She said the emergency department would stay open around the clock.",
     ["Dr. Anneliese Vorhaus, one of two family physicians who deliver babies at the hospital, said she would keep seeing pregnant patients in Cottonmere until about 36 weeks.", "She said the emergency department would stay open around the clock."]),
    ("h19-co-footer", "Comments\nYou must be logged in to comment.\n© 2026 The Cottonmere Dispatch, a Kolbeck Media Co. publication",
     ["Comments", "You must be logged in to comment.", "© 2026 The Cottonmere Dispatch, a Kolbeck Media Co. publication"]),
    # --- cycling: riders with teams in brackets, a results table ---------------------------------------------
    ("h19-rider-brackets", "Aksel Bredesen (Lindenhof–Vortex) won stage 4 of the Tour of Vallerande on Thursday, attacking from a group of six on the final climb to Mont-Sarbois and finishing 19 seconds clear. Mathis Lauwereys (Team Calderra) was second and took the race lead from his teammate Pieter-Jan Oosterlinck, who lost 1min 48sec on the climb.",
     ["Aksel Bredesen (Lindenhof–Vortex) won stage 4 of the Tour of Vallerande on Thursday, attacking from a group of six on the final climb to Mont-Sarbois and finishing 19 seconds clear.", "Mathis Lauwereys (Team Calderra) was second and took the race lead from his teammate Pieter-Jan Oosterlinck, who lost 1min 48sec on the climb."]),
    ("h19-results-rows", "Pos   Rider   Team   Time\n1   Aksel Bredesen (Nor)   Lindenhof–Vortex   4:41:07\n2   Mathis Lauwereys (Bel)   Team Calderra   +0:19",
     ["Pos   Rider   Team   Time", "1   Aksel Bredesen (Nor)   Lindenhof–Vortex   4:41:07", "2   Mathis Lauwereys (Bel)   Team Calderra   +0:19"]),
    # --- radio transcript: a clip label glued to [CLIP], the newsreader's sign-off, the weather item -----------
    ("h19-clip-label", "[CLIP] CHIEF RHODA KAKEGABO: People here have been hauling water since the fall before last. My granddaughter is three, and she has never had a bath with water from the tap. That's over now.",
     ["[CLIP] CHIEF RHODA KAKEGABO: People here have been hauling water since the fall before last.", "My granddaughter is three, and she has never had a bath with water from the tap.", "That's over now."]),
    ("h19-newsreader-signoff", "DANA MISHQUART: That's the news at noon. Our next update is at one o'clock. I'm Dana Mishquart.",
     ["DANA MISHQUART: That's the news at noon.", "Our next update is at one o'clock.", "I'm Dana Mishquart."]),
    ("h19-weather-item", "DANA MISHQUART: Now a look at the weather. An extreme cold warning is in effect for Aulneau Bay and the Sagawin Lake area. Expect a low tonight of minus 34, with the wind chill near minus 45. Sunny tomorrow, high minus 22.",
     ["DANA MISHQUART: Now a look at the weather.", "An extreme cold warning is in effect for Aulneau Bay and the Sagawin Lake area.", "Expect a low tonight of minus 34, with the wind chill near minus 45.", "Sunny tomorrow, high minus 22."]),
    # --- Pakistani daily: a dash credit after a caption's full stop ---------------------------------------------
    ("h19-dash-credit", "Header image: A vaccinator marks a child's finger after giving polio drops in Karachi on March 8. — Photo by Faisal Kazmi-Lund",
     ["Header image: A vaccinator marks a child's finger after giving polio drops in Karachi on March 8.", "— Photo by Faisal Kazmi-Lund"]),
    # --- Malaysian daily: Sept without a stop, odd spacing before commas, a company number ----------------------
    ("h19-sept-and-quote", "“We cannot control the wind, but we can control what we burn at home,” Ahmad Zulkarnain told reporters after the weekly Cabinet meeting. He said 37 open-burning cases had been detected in Selangor since Sept 1 and compounds totalling RM186,000 had been issued.",
     ["“We cannot control the wind, but we can control what we burn at home,” Ahmad Zulkarnain told reporters after the weekly Cabinet meeting.", "He said 37 open-burning cases had been detected in Selangor since Sept 1 and compounds totalling RM186,000 had been issued."]),
    ("h19-company-no", "Tags / Keywords: Haze , API , Schools , Open Burning , Weather\nStraits Beacon Media Bhd (Company No. 187605-W). All Rights Reserved.",
     ["Tags / Keywords: Haze , API , Schools , Open Burning , Weather", "Straits Beacon Media Bhd (Company No. 187605-W).", "All Rights Reserved."]),
    # --- trade magazine: a pull quote of two sentences, a registration number -----------------------------------
    ("h19-pull-quote", "“Everyone else brought a vision. Funmi brought a spreadsheet.”\n— Sir Ranald Maclagan, chairman",
     ["“Everyone else brought a vision.", "Funmi brought a spreadsheet.”", "— Sir Ranald Maclagan, chairman"]),
    ("h19-registered-no", "© Saltgrain Publishing Ltd 2026. Registered in Scotland No. SC418822.",
     ["© Saltgrain Publishing Ltd 2026.", "Registered in Scotland No. SC418822."]),
    # --- Caribbean daily: a role-abbreviation headline, a reply form's asterisk line ------------------------------
    ("h19-cop-headline", "CoP: 214 murders so far, down 9% on last year\nBut detection rate stuck at 14 per cent, Opposition says\nKEVON DOPWELL-GITTENS\nSaturday 1 August 2026, 12.30 am",
     ["CoP: 214 murders so far, down 9% on last year", "But detection rate stuck at 14 per cent, Opposition says", "KEVON DOPWELL-GITTENS", "Saturday 1 August 2026, 12.30 am"]),
    ("h19-required-star", "Your email address will not be published. Required fields are marked *\n© 2026 Sentinel Media Group Limited. All Rights Reserved.",
     ["Your email address will not be published.", "Required fields are marked *", "© 2026 Sentinel Media Group Limited.", "All Rights Reserved."]),
]  # fmt: skip
