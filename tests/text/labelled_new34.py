"""Thirty-fourth set of new hand-labelled pages for the hint engines (tuning set): wire copy and live coverage.

Written from scratch for issue 13 in round eighteen, before any rule was tuned on them and without
looking at the engine's code or output (neither `claimreview/` nor the scorer's results were opened,
and no test, scorer or engine was run; only an import of this file was tried, to check its
structure): every person, place, organisation, outlet, agency, company, club, product and number is
invented (Norway, Canada, Kansas, Ireland, New Zealand, Queensland, South Africa, Scotland, California,
India and Kenya appear only as settings; currencies, units, warning colours and generic institutions
such as "the House of Commons", "the High Court", "the Supreme Court", "the Ministry of Education",
"the Defence Forces", "Gardaí", "the Commons Treasury Committee", "the City regulator", "the central
bank" or "U.S. District Court" only as settings), and no surname, town, outlet or company of any file
under `tests/` is reused (each was checked with grep over the whole `tests/` tree, the parts of
double-barrelled names included; first names recur). Each page is a WHOLE page, head to tail, as a
new user pastes it as plain text after selecting all in a browser, so every furniture line is a
paragraph of its own. The twelve pages are wire copy and live coverage in several countries and
house styles: an international agency's subscriber newsroom showing a corrected third writethru on
an Arctic cod quota cut (slug, priority, "Eds:" note with CORRECTS and UPDATES, previous versions);
a Canadian regional paper's page republishing a national agency's story on weather-radar outages
(its own furniture and the agency's: corrected-story note, trailing-attribution headline, "With files
from", "first published" line); a US regional paper's election-night live blog (results panel, key
events, pinned post, race call, embedded post, concession); an Irish news site's storm live blog
(key points, official warning post, emergency briefing, power cuts, a death, transport, advice box);
a New Zealand site's rolling breaking-news page on an earthquake ("This is a developing story",
glued "UPDATE 4.32pm:" stamps newest first, "EARLIER"); an Australian state government's transcript
of the Premier's press conference ("E&OE", "PREMIER:", "HEALTH MINISTER:", "JOURNALIST:"); a wire
agency's South African markets wrap (summary bullets, dateline, "Reporting by ...; Editing by ...");
a Scottish sports site's minute-by-minute live text of a league match (VAR check, goals, cards, line-ups,
readers' messages); a US metro paper's live blog from day 7 of a federal fraud trial (courtroom Q&A
excerpt, a juror excused, an objection sustained); a UK national site's "what we know so far"
explainer on a bank's IT outage (question subheads, bullet lists, a timeline box); an Indian daily's
morning briefing email as viewed in a browser (numbered items, sponsor, "By the numbers", "Quote of
the day", unsubscribe strip); and a Kenyan TV station's web story with video-player furniture
("Watch:", "Duration", "Autoplay", "Up Next"). The three things they stress are (1) furniture of wire
and live pages worded afresh (agency portals, slugs, priority labels, "Eds:" notes, moved and
previous-versions lines, keywords, portal action strips, regional-paper mastheads and weather
strips, corrected-story notes, "Story continues below", "first published" lines, comment blocks,
"LIVE" labels, results panels, key-events lists with times glued on, "📌 Pinned", entry stamps and
entry bylines with and without a dash, "Load earlier updates", "Show key events only", reader
call-outs, "BREAKING", "This is a developing story.", "EARLIER", "More to come.", "E&OE",
"Subjects:", "ENDS", exchange-rate notes, quote-delay lines, "Live text:", "Reaction", minute stamps,
"Your messages", court-blog camera notes, "EXPLAINER", "Here's what we know so far.", advice boxes,
timeline boxes, email header and footer lines, "Read more →", "PRESENTED BY", "LIVE TV", player
lines); (2) who is speaking ("said in a statement", "told reporters", "found" for an auditor and
her report, a trailing ": auditor general", "Parallax Wire projects" and "called the race for",
"telling supporters", "posted", "according to her office's records", "told Tonnta News", "Gardaí
said", "emergency group says", "told a briefing", "The health authority says", "Police say",
"QuakeSense's aftershock forecast puts", transcript labels for an office, "JOURNALIST:" turns citing a
report or nurses, "Traders said", "The company blamed", "told Terracing Sport", "according to the
stadium screen", "testified", "Q:" and "A:" in a courtroom excerpt, "asked", "saying", "has said",
"apologised", "The bank has said it will:" with bullets, "said in an order", "A division bench of
Justices ... said", a quote of the day with a dash, "has announced", "the CS said", "told Kipepeo
TV"); (3) honest check-worthiness: quotas, counts, results, prices, outages, casualties, fares,
rulings, goals and cards "W" against scene, judgements, forecasts, advice and questions "", many
borderline. `STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new31.py` and the held-out sets hold too (consent banners,
paywalls and newsletter boxes "B" line by line; captions by content and credits "B"; a video of this
story labelled like a caption with its running time "B"; standfirsts and subheads labelled like
headlines, question and topic subheads ""; kickers, mastheads, widgets, weather strips and share
strips "B"; "Key points" headings "B" with their bullets by content, an advice bullet "B"; live-blog
stamps, entry bylines, "Pinned", "Refresh" and key-event lists "B", entry headlines labelled like
headlines, "Role: claim" entry headlines carrying the person named in the entry with the role and
colon as cue, a body not yet named kept as written; embedded posts with the lead-in carrying the
account holder with "posted" and flags "", the post's lines carrying the display name, handle and
time lines "B"; wire headlines' prefixes ("SOUTH AFRICA MARKETS-") part of the headline; wire summary
bullets by content; datelines part of the first sentence; "(Reporting by ...)" credits,
contributor lines, exchange-rate notes, "Our Standards", "Purchase Licensing Rights", "Suggested
Topics", "Read Next" and agency copyright lines "B"; "Traders said" with an interpretation "", the
market move itself "W"; live text: a minute stamp alone "B", a minute glued before commentary part
of it, goals, cards and half-time and full-time scores "W", substitutions and line-ups "", readers'
messages "B"; transcript labels as cues with the full name as speaker, an interviewer's or
journalist's turns without a speaker unless they cite a source, greetings, hand-overs and thanks "B";
"[inaudible]" inside a sentence part of it; related lists, comment furniture and readers' comments
"B"; reader-service lines and advice boxes "B"; factual corrections "W", notes that only say what was
changed or added "B"; plans, votes and fixtures "W", forecasts ""; titles, honorifics and role words
("Fisheries Minister", "Auditor General", "MP", "Secretary of State", "County Clerk", "Inspector",
"Dr", "The Honourable", "CS", "Hon.", "Shri", "Justices", "U.S. District Judge", "Assistant U.S.
Attorney", "Defense attorney") dropped from speakers; a pronoun, a later surname or a role noun
resolved to the full name as first given; "the ministry", "the company", "the bank", "the authority"
and the like kept as written; documents, data and analyses as sources kept as written; "declined to
comment" and its kin labelled like speech with flags ""; glued furniture items without full stops are
ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* An agency's subscriber newsroom (the wire as the agency's clients see it): the portal's name, menu,
  account line, filter breadcrumb, the priority label ("URGENT"), the slug line ("BC-EU-Norway-Cod
  Quota, 3rd Ld-Writethru"), the byline, the moved line ("Moved 14:05 GMT · First moved 11:42 GMT ·
  768 words"), "Photos (3)", the previous-versions line, "Keywords:", the action strip ("Download ·
  Print · Add to daybook · Send to CMS"), the related slugs and the subscribers-only notice are "B".
  The "Eds:" note is split at each full stop, "Eds:" part of its first sentence and "sted" (instead
  of) never ending one; a CORRECTS sentence that only fixes the copy ("CORRECTS spelling of
  minister's surname in 4th paragraph to Haugvaldstad, sted Haugvalstad.") is "B", while one that
  states the right fact of the story ("CORRECTS quota for coastal vessels in 7th paragraph to 96,400
  metric tons, sted 69,400.") is "W", like a factual correction; "UPDATES with ..." and "With
  photos." say what was added and are "B". The headline of a writethru is labelled like any
  headline; the caption is "" and its bracketed credit "(Sternpost Photo/Name)" a second, "B",
  sentence; the "___" separator and the contributor line are "B".
* A wire story republished on a regional paper's site: the paper's masthead, subscription line,
  menu, weather strip and section label, and the agency's byline ("By Name, The Dominion Press"), the
  posted-and-updated line, "Story continues below", "— With files from Name in Lisgar Bend, Man."
  ("Man." ending it), "This report by The Dominion Press was first published March 10, 2026.", the
  agency's name on its own line, the standards strip, "Trending in Canada" with its headlines and
  the paper's comment block are "B". "Note to readers: This is a corrected story." is "B", the two
  sentences after it, the wrong figure and the right one, "W" each, as a correction giving the
  wrong and the right figure is in `labelled_heldout18.py`. A headline with a trailing attribution
  (": auditor general", the house style that ends a headline with its source) carries the person
  named in the story by full name with the role as written as cue, like a "Role: claim" headline;
  the lead's "the federal auditor general said" and the later "Tamplin told reporters" resolve to
  her. "In a report tabled in the House of Commons, Auditor General X found" carries X with "found";
  "The report found", "it said" after it and "according to the report" carry the report.
* An election-night live blog's results panel: the panel's title ("Governor · Live results") and
  header row are "B", like a table's; each candidate row is "" (the "✓" call mark part of it), as
  candidate rows are on a results page; "Est. 96% of expected vote counted" is "W", like a
  "Turnout:" line; "Source: Parallax Wire · See all races →" is "B". The "Key events" items with
  their times glued on ("12:14 a.m. Ostrowicz concedes") are navigation, ONE "B" sentence each, the
  "a.m." never ending it. The pinned post's topic heading is "", its poll-closing times "W", its
  source note ("Results in this blog ... come from Parallax Wire, ...") "B" like a data-provider line,
  "Our reporters are at ..." scene "" and "Refresh this page ..." "B". A race call is a news
  organisation's projection, not an official declaration: "Parallax Wire called the race for X"
  carries the agency with the cue "called the race for", "projects" and "projected" carry it too,
  all "W" (a call of record that can be checked against the certified count), unlike a Returning
  Officer's declaration in `labelled_new31.py`, which has no speaker. The concession ("conceded ...,
  telling supporters ... that he had called ...") carries the candidate with "telling supporters",
  "W"; "Eckhoff-Banda campaign: '...'" keeps the campaign as written with the label as cue, "";
  "according to her office's records" keeps the records; a judge's order keeping polls open late is
  what a court did, "W" without a speaker.
* A storm live blog: entry bylines that are bare names on their own line (no dash) are "B" like
  dashed sign-offs; the advice bullet in "Key points" and the "Safety advice" box are "B"; the
  emergency-group chair who "told a briefing" carries the cue as written, his "this storm is not
  over" and his plea to stay home "" (advice spoken by an official), the road closures, troops and
  the time of the schools decision "W". The forecaster's embedded post: "The National Weather Office
  has just posted this update:" is "" with the office and "posted", the post's warning line "W" (a
  warning in force, like restrictions in force) and its wind forecast "". "Gardaí said" keeps
  "Gardaí" as written (the plural name of the police, like "Police"); the entry headline "'Stay off
  the roads this afternoon,' emergency group says" keeps "emergency group" as written, "" as advice.
  A record gust "measured at any of the National Weather Office's stations since records began
  there in 1961, forecasters said" is "W" with "forecasters". "Are you affected ...?" and "Send us
  your photos ..." are "B".
* A rolling breaking-news page: "BREAKING", "This is a developing story." with "Refresh the page for
  the latest updates.", the "Updated ... · Reading time ..." line, the "EARLIER" divider and "More to
  come." are "B". An update stamp glued to the first sentence of its update ("UPDATE 4.32pm: The
  health authority says ...") is part of that sentence, labelled by content, as a minute glued
  before live commentary is, while a stamp on its own line stays "B". "QuakeSense's aftershock
  forecast puts the chance ... at 9%" keeps the forecast as written with "puts" and is "W" (a
  published figure of record, like a ministry's crop estimate in `labelled_new28.py`), while the
  duty seismologist's "people should expect strong aftershocks for weeks" is a spoken forecast, "".
  "Photo / Supplied" is a credit, "B"; the aftershock advice box is "B" line by line.
* A government press-conference transcript: "Transcript", the office lines ("The Honourable X MP,
  Premier"), the date, "E&OE", the "Subjects:" line, "ENDS", the media contact, "Last updated" and
  "Related statements" with its items are "B", the title ("Press conference, Coolabindi Base
  Hospital") a name, "". Labels that name an office ("PREMIER:", "HEALTH MINISTER:") are cues as
  written, the office resolved to the full name given in the office lines ("The Honourable", "Dr" and
  "MP" dropped); a label glued to the turn's first sentence stays part of it, and the turn's later
  sentences carry the same speaker and cue. "Good morning, everyone.", "Thanks, Premier.", "I'll hand
  over to the Health Minister.", "Happy to take questions." and "Thanks, everyone." are "B",
  procedural, with the speaker kept; the journalist's "Last one." is "B" too. "JOURNALIST:" turns
  carry no speaker unless they cite a source ("the Auditor-General's report last month found" keeps
  the report with "found", "W"; "Nurses say they'll walk off the job ..." keeps "Nurses" with "say",
  "W" for the strike date); a journalist's factual preamble ("the opening date has now been pushed
  back twice") is "W". "The advice I have from the department is the second half of 2028." is the
  Premier's forecast of an opening date, "" (advice cited inside a turn does not change its speaker),
  while the contractor's administration and the months it cost are "W"; "We want that to get to 45."
  is a position, "".
* A markets wrap: "* " summary bullets are labelled by content, the asterisk part of the sentence;
  "At 1530 GMT" and decimals like "17.6250" never end a sentence; "below the 4.1% forecast by
  economists in a Brisant poll" is a consensus of record inside a "W" sentence; the analyst's rate
  call and his "could persuade policymakers to wait until May" are forecasts, ""; "The company blamed
  flooding ..." keeps "The company" with the cue "blamed", "W"; a strategist's flows figure "according
  to bourse data" stays his sentence, "W". The author bio (two "B" sentences), "Suggested Topics:" and
  the topic strip, the newsletter line, the two quote-delay sentences and the copyright are "B".
* Live text commentary: "Live text: Name", "Refresh", "Reaction", "Second half", "Line-ups" and
  "Kick-off" are "B" section markers; a minute glued before an exclamation ("90+5' That's it!") is
  part of that sentence, "" like the scene after it. A VAR check is an event of record: "VAR CHECK:
  possible penalty ... for handball by X." and "Check complete: no penalty." are "W", like a card or
  a goal; "according to the stadium screen" keeps the screen as written. The pen marker in a goal
  line ("(Fraser Ouedraogo, 58' pen)") is part of it; "Att: 8,412" in the match line is data, "".
  A manager's "told Terracing Sport: “...”" carries the cue without the colon through both sentences
  of the quote; a manager's "would ask the league for an explanation" is a stated intention, "W".
* A court live blog: the camera note ("Cameras are not allowed in federal courtrooms." and "Quotes
  in this blog come from our reporter's notes ...") is two "B" sentences, like a transcript notice;
  the welcome line is "B", the day's plan "prosecutors have told the judge ..." "W". The pinned
  "Catch up" bullets are labelled by content (the charges and plea "W", "Prosecutors say ..." "W",
  "The defense says ... believed them" "", the expected length ""). The introduction to a courtroom
  excerpt ("Here is part of her exchange with Assistant U.S. Attorney X:") is "B", like "Here is the
  part of the speech ..."; in the excerpt the "Q:" turns carry the questioning lawyer by full name
  with the cue "Q:", "" as questions -- unlike an interviewer's, a lawyer's questions are part of the
  proceedings the blog reports -- and the "A:" turns carry the witness with "A:", by content ("Yes."
  "W", a one-word answer committing to a checkable fact). "testified" and "testifies" are cues;
  "Investor: '...'" resolves the role to the witness named in the entry. What the judge did to run
  the trial is labelled by what it records: sending the jury home at a time and excusing a juror for
  an alternate are "W", sustaining an objection to one question is "" (procedure, not a ruling a
  reviewer checks), and "Court is in recess for lunch until 1:30 p.m." is "" (scene). "Juror No. 9"
  never ends a sentence.
* A "what we know so far" explainer: the "EXPLAINER" kicker and "Here's what we know so far." are
  "B"; the headline ("Stelworth Bank outage: what we know so far") is a topic, ""; the question
  subheads are ""; a lead-in ending in a colon without a source ("During the outage:") is "", its
  bullets by content; a lead-in with a source ("The bank has said it will:") carries it with the
  cue as written, "", and each bullet under it carries the same speaker and cue, "W" (commitments
  of record), as a quote's later paragraphs carry its speaker. "apologised in a video posted on the
  bank's website" has the cue "apologised" and is "" (an expression of regret). "X, who chairs the
  Commons Treasury Committee, has written to Y asking ..." is what an MP did, "W" without a speaker,
  and "She has asked for a reply by 27 March." is "W". "What should I do if I was affected?" heads an
  advice box and is "B" with its lines; "Timeline" is a fact-box heading, "B", each "Fri 7.40am:
  ..." line "W".
* A morning briefing email viewed in a browser: "View this email in your browser", the masthead, the
  newsletter's name, the date-and-curator line, "Good morning." and "Here are the five stories ...",
  every "Read more →", "PRESENTED BY" and the sponsor's two sentences (the first ending at "p.a."),
  "Enjoyed The Morning Five?" and the sharing prompt, "Was this forwarded to you?" and "Sign up
  here.", the subscription notice, the preferences strip, the postal address and the copyright are
  "B". A numbered item's headline ("1. Central bank holds rates, trims growth forecast") is labelled
  like a headline, the number part of it. "BY THE NUMBERS" is a fact-box heading, "B", its
  "figure: label" lines "W"; "QUOTE OF THE DAY" is a heading, "B", and the quote with its dash
  attribution on the same line ("“...” — Name, managing director, RMRC") is ONE sentence carrying
  the person by full name with the cue "—", labelled by content. The central bank's cut to its growth
  forecast is what the bank did, a published figure of record, "W", while "Day temperatures are
  likely to touch 44°C" is a forecast, "". "A division bench of Justices X and Y said" carries both
  judges by full name, initials kept ("P. N. Saxena and Farida Ansari"), "Justices" dropped; "Shri"
  is dropped and initials kept ("R. K. Srinivasaraghavan"); "said in an order" is one cue; "The
  state's advocate general told reporters" keeps the office as written (no name given); "RMRC
  figures" keeps the acronym the item spells out before.
* A TV station's web story: "LIVE TV", the player's "Duration 3:12", "Autoplay", "Up Next" and the
  next video's title are "B" line by line; the "Watch: ..." line in the player and the one in the
  body are labelled like captions ("" for motorists reacting and a minister explaining), the
  "Duration 1:48" under the second "B". "the roads authority has announced" keeps the authority with
  "has announced", "W"; "Transport CS X" and "Mugumo MP Hon. X" drop the roles and titles, "the CS"
  resolves to him; a matatu owners' chairman's stated fare rise "if the tolls went ahead" is a
  conditional plan of record, "W"; "told Kipepeo TV" is a cue as written; "Get the latest news on our
  WhatsApp channel.", "Tags:", "Related Stories", "Trending", the group line and the copyright are
  "B".

`CASES` holds 25 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

STYLES = [
    "international wire agency's subscriber newsroom: corrected third writethru on an Arctic cod quota cut (portal menu and account line, filter crumb, URGENT label, slug line with 3rd Ld-Writethru, Eds: note with CORRECTS and UPDATES and sted, capitals byline, moved line, capitals dateline with country and agency tag, ministry said in a statement, minister told reporters, chief scientist, fishermen's association, auction data, exporter, analyst, environmental group, Dec. date, contributor line, copyright, caption with Feb. and bracketed credit, previous versions, keywords, action strip, related slugs)",
    "Canadian regional paper's site republishing a national agency's story on weather-radar outages (masthead, subscription line, menu, weather strip, section label, corrected-story note with the wrong and right figures, headline with trailing ': auditor general', agency byline, posted and updated line with ADT, share strip with comment count, N.B. dateline, report tabled ... found, told reporters, The report found and it said, ADVERTISEMENT and Story continues below, minister said in a statement, Man. inside and at the end of a line, fisherman's quotes, union, opposition critic MP, With files from, first published line, Trending, comments, footer)",
    "US regional paper's election-night live blog on a governor's race and a ballot measure, newest first (masthead, menu, ELECTION 2026 kicker, LIVE, headline with Parallax Wire projects, reporters' byline, updated stamp, results panel with title, header, candidate rows with a call mark and an expected-vote line, key events with times glued on, Pinned post, entry stamps and dashed sign-offs, concession telling supporters, amendment fails, campaign finance reports, race call, campaign's Role: headline, embedded post with handle and time, secretary of state's turnout, her office's records, political scientist, judge's order keeping polls open, county clerk, first mail results)",
    "Irish news site's storm live blog (Status Red and Orange wind warnings, power cuts, a death; menu with Gaeilge, LIVE, headline and standfirst, bylines without dashes, Key points bullets with an advice bullet, Show key events only, 24-hour stamps, grid operator says and told Tonnta News, embedded forecaster's post with lead-in, emergency group chair told a briefing, Gardaí said, ferry operator, rail operator, airport, photo call-out, record gust with forecasters said, safety advice box, Most Read numbers, press council line)",
    "New Zealand news site's rolling breaking-news page on a magnitude 6.1 earthquake, newest first (menu, BREAKING, This is a developing story, updated and reading-time line, UPDATE stamps glued to their sentences, health authority says, a spokeswoman, local state of emergency, mayor's quote with CBD, civil defence centre, transport agency says, Police say, Inspector, magnitude upgrade, EARLIER divider, monitoring service said, aftershock forecast puts, duty seismologist, caption with Lane and Photo / Supplied, café owner's three-sentence quote, lines company, Ministry of Education, More to come, aftershock advice box, related, footer with Ltd.)",
    "Australian state government's media-statements page: transcript of the Premier's press conference at a regional hospital (skip link, government and site names, menu, crumb, Transcript label, title, office lines with The Honourable and MP, date, E&OE, Subjects line, PREMIER: and HEALTH MINISTER: labels glued to their turns, greetings and hand-overs, JOURNALIST: turns citing an Auditor-General's report and nurses, a dollar figure opening a turn, [inaudible], Last one., ENDS, media contact, related statements, footer)",
    "international wire agency's South African markets wrap: rand firms and stocks climb as inflation cools (agency menu, crumb, SOUTH AFRICA MARKETS- headline, asterisk summary bullets, byline, date line with GMT+2, capitals dateline with agency tag, 1530 GMT and four-decimal rate, statistics agency said, Brisant poll, Traders said, forward rate agreements, analyst's forecast, U.S. data, bourse index close, retailer and miner moves, The company blamed, rand with dollars in brackets, bond yield, strategist with bourse data, exchange-rate note, reporting and editing credits, Our Standards, Suggested Topics, licensing, author bio, Read Next, newsletter, quote-delay lines, copyright)",
    "Scottish sports site's minute-by-minute live text of a league match, newest first (menu, Live text, score line, match line with Att:, FT, tabs, commentator line, Refresh, Reaction with manager told Terracing Sport: and boss said, FT score, minute glued before an exclamation, YELLOW CARD, substitution, minute stamps alone, VAR CHECK and Check complete, according to the stadium screen, GOAL! lines with a pen marker, Your messages with a reader's two sentences, possession stat, Second half, Half-time, Kick-off, Line-ups, Subs, Referee, Pre-match record, next match, data supplier line)",
    "US metro paper's court live blog from day 7 of a federal fraud trial, newest first (masthead, menu, section crumb, LIVE, headline with Former CFO testifies, staff byline, Mar. updated stamp, camera note, Pinned catch-up bullets with Prosecutors say and The defense says, stamps with a.m. and p.m., U.S. District Judge, testified, a Q: and A: courtroom excerpt introduced by Here is part of her exchange with Assistant U.S. Attorney, email exhibit, Defense attorney saying, objection sustained, Juror No. 9 and No. 13, recess, Who is ...? entry, lawyer has said, Investor: entry headline, cross-examination asked, welcome line, prosecutors have told the judge, more coverage, footer)",
    "UK national news site's \"what we know so far\" explainer on a bank's IT outage (skip link, menu, Money, EXPLAINER kicker, topic headline, figures standfirst, correspondent byline, date and read time, share strip, Here's what we know so far, question subheads, times like 7.40am and 2.50pm, The bank said, bullet lists under a bare lead-in and under The bank has said it will:, outage tracking site, chief executive apologised and said, consumer group, rules, committee chair has written, advice box, Timeline box with Fri and Sat lines, related, comments closed, registration footer)",
    "Indian daily's morning briefing email as viewed in a browser (view-in-browser line, masthead, THE MORNING FIVE, date and curator line, greeting, numbered item headlines, repo rate and growth forecast, Governor Shri with initials, metro fares with rupee figures, company acronym in brackets, lakh passengers, commuters' forum, heatwave alert and forecast, said in an order with 11.30 a.m., PRESENTED BY with p.a., High Court quashes, division bench of Justices with initials, advocate general told reporters, tiger census, BY THE NUMBERS with crore lines, QUOTE OF THE DAY with a dash attribution, sharing and forwarding prompts, unsubscribe strip, address, Pvt. Ltd. copyright)",
    "Kenyan TV station's website story with video-player furniture: tolls on a new expressway (LIVE TV, menu, section, headline with Sh600, byline, published line with EAT, share strip, Watch: line, Duration, Autoplay, Up Next, roads authority has announced, Sh figures, Transport CS and the CS, quote over two sentences with the cue in the second, Watch: line in the body with Duration, according to the authority, matatu owners' chairman, told Kipepeo TV, MP Hon., motorists divided, commuter's quote, old road, WhatsApp channel, tags, related, trending, group line, copyright)",
]

ARTICLES = [
    [  # 1. International wire agency's subscriber newsroom: corrected third writethru on an Arctic cod quota cut
        [("Sternpost Newsroom", "", "", "B")],
        [("Wire   Photos   Video   Daybook   Saved searches   Help", "", "", "B")],
        [("My account  ·  Log out", "", "", "B")],
        [("Showing: Business › Europe › Fishing", "", "", "B")],
        [("URGENT", "", "", "B")],
        [("BC-EU-Norway-Cod Quota, 3rd Ld-Writethru", "", "", "B")],
        [("Norway cuts Arctic cod quota by 18% as spawning stock hits 35-year low", "", "", "W")],
        [("Eds: CORRECTS spelling of minister's surname in 4th paragraph to Haugvaldstad, sted Haugvalstad.", "", "", "B"),
         ("CORRECTS quota for coastal vessels in 7th paragraph to 96,400 metric tons, sted 69,400.", "", "", "W"),
         ("UPDATES with comment from fishermen's association, exporter, auction prices.", "", "", "B"),
         ("With photos.", "", "", "B")],
        [("By SIGRUN ØSTBYE-MOEN", "", "", "B")],
        [("Moved 14:05 GMT  ·  First moved 11:42 GMT  ·  768 words", "", "", "B")],
        [("SKJELVIK, Norway (Sternpost) — Norway will cut its quota for Arctic cod by 18% next year after government scientists found the stock's spawning population had fallen to its lowest level since 1991, the Fisheries Ministry said Thursday.", "the Fisheries Ministry", "said", "W")],
        [("Fishermen can land 311,000 metric tons of cod in 2027, down from 379,000 tons this year, the ministry said in a statement.", "the ministry", "said in a statement", "W"),
         ("It is the fourth cut in a row and leaves the quota at less than half its 2021 level.", "", "", "W")],
        [("The state Marine Research Directorate had advised a cut of up to 22%.", "", "", "W")],
        [("Fisheries Minister Torunn Haugvaldstad told reporters in Skjelvik that the government had chosen a smaller reduction than its scientists advised to give coastal communities time to adjust.", "Torunn Haugvaldstad", "told reporters", "W")],
        [("“This is a painful year for the fleet, but the alternative is a much more painful decade,” Haugvaldstad said.", "Torunn Haugvaldstad", "said", "")],
        [("She said the ministry would review the quota in June if a new survey showed the stock recovering faster than expected.", "Torunn Haugvaldstad", "said", "W")],
        [("Under the split announced Thursday, boats under 15 meters (49 feet) long will get 96,400 tons, or 31% of the total, a larger share than this year.", "", "", "W"),
         ("Trawlers will get 38%, and the rest goes to larger coastal vessels and a reserve for research and recreational fishing.", "", "", "W")],
        [("The directorate's chief scientist for cod, Liv Hammerstad, said the spawning stock had shrunk by about 40% since 2019.", "Liv Hammerstad", "said", "W")],
        [("Warmer water in the Barents Sea has pushed young cod north into areas where fewer of them survive their first winter, and catches in several years went above the scientists' advice, she said.", "Liv Hammerstad", "said", "W")],
        [("“Nature is not going to give us this back quickly,” Hammerstad said.", "Liv Hammerstad", "said", "")],
        [("The Nordkyst Fishermen's Association said the cut would cost its 2,300 members about 1.9 billion kroner ($178 million) in lost revenue next year.", "The Nordkyst Fishermen's Association", "said", "W")],
        [("Its leader, Arnfinn Sæterbakken, said many small boat owners had borrowed heavily to replace engines and would struggle to make payments.", "Arnfinn Sæterbakken", "said", "W")],
        [("“Some of these families have fished the same grounds for five generations,” he said.", "Arnfinn Sæterbakken", "said", ""),
         ("“I do not know how many of them will be fishing in five years.”", "Arnfinn Sæterbakken", "said", "")],
        [("Prices for fresh cod at the Skjelvik fish auction rose 6.4% on Thursday to 58.20 kroner a kilogram, according to auction data.", "auction data", "according to", "W")],
        [("Marit Lysgaard, chief executive of exporter Polarhav Seafood, said buyers in Britain and southern Europe should expect to pay more for cod from next spring.", "Marit Lysgaard", "said", "")],
        [("Norway exported cod worth 14.8 billion kroner last year, according to the Seafood Export Board.", "the Seafood Export Board", "according to", "W")],
        [("Espen Tveitnes, an analyst at Kvitstein Markets in Bergvik, said the smaller cut had been expected and that shares in listed seafood companies had moved little.", "Espen Tveitnes", "said", "W")],
        [("Environmental group Havvern said the government had again ignored its own scientists and called for the quota to be set at the directorate's lowest figure.", "Havvern", "said", "W")],
        [("The ministry said the quota would be formally adopted by the government on Dec. 12.", "The ministry", "said", "W")],
        [("___", "", "", "B")],
        [("Sternpost writer Kjetil Rødsand in Bergvik contributed to this report.", "", "", "B")],
        [("Copyright 2026 Sternpost News Agency.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("This material may not be published, broadcast, rewritten or redistributed without written permission.", "", "", "B")],
        [("Photos (3)", "", "", "B")],
        [("A fishing boat unloads cod at the harbor in Skjelvik, Norway, on Feb. 11, 2026.", "", "", ""),
         ("(Sternpost Photo/Bjørnar Vikesland)", "", "", "B")],
        [("Previous versions: 2nd Ld-Writethru 12:58 GMT  ·  1st Ld-Writethru 12:10 GMT  ·  URGENT 11:42 GMT", "", "", "B")],
        [("Keywords: Norway, fishing, cod, quotas, seafood, exports", "", "", "B")],
        [("Download  ·  Print  ·  Add to daybook  ·  Send to CMS", "", "", "B")],
        [("Related", "", "", "B")],
        [("BC-EU-Norway-Salmon Tax, 1st Ld-Writethru", "", "", "B")],
        [("BC-Fishing-Ocean Warming-Explainer", "", "", "B")],
        [("Sternpost Newsroom is for the use of Sternpost subscribers only.", "", "", "B"),
         ("Terms of service  ·  Privacy  ·  Status  ·  Contact the desk", "", "", "B")],
    ],
    [  # 2. Canadian regional paper's site republishing a national wire story: weather radar outages, auditor general's report
        [("Skip to content", "", "", "B")],
        [("The Hollander Cove Sentinel", "", "", "B")],
        [("Subscribe: $1 for your first 3 months   Sign in", "", "", "B")],
        [("Local   Canada & World   Business   Sports   Opinion   Obituaries   Classifieds   E-edition", "", "", "B")],
        [("−2°C  Hollander Cove", "", "", "B")],
        [("Canada & World", "", "", "B")],
        [("Note to readers: This is a corrected story.", "", "", "B"),
         ("A previous version said the Petrel Bluff radar was out of service for 19 days in 2024.", "", "", "W"),
         ("In fact, it was out of service for 91 days.", "", "", "W")],
        [("Weather radars were down for months at a time, leaving gaps in storm warnings: auditor general", "Harriet Tamplin", "auditor general", "W")],
        [("By Aurélie Desrochers-Tanguay, The Dominion Press", "", "", "B")],
        [("Posted March 10, 2026 2:15 p.m. ADT  |  Last updated March 10, 2026 4:40 p.m. ADT", "", "", "B")],
        [("Share on Facebook   Share on X   Email   Print   Comments (14)", "", "", "B")],
        [("HOLLANDER COVE, N.B. — Nearly a third of the country's weather radars were out of service for at least a month during the last two years, leaving forecasters without a clear view of storms over large parts of the Maritimes and the Prairies, the federal auditor general said Tuesday.", "Harriet Tamplin", "said", "W")],
        [("In a report tabled in the House of Commons, Auditor General Harriet Tamplin found that 11 of the network's 33 radars had at least one outage of 30 days or longer between April 2023 and March 2025.", "Harriet Tamplin", "found", "W")],
        [("The Petrel Bluff radar, which covers the coast east of Hollander Cove, was out of service for 91 days in 2024, the longest outage of any station, the report said.", "the report", "said", "W")],
        [("“Canadians rely on these warnings to decide whether to go out on the water, whether to move the cattle, whether to keep the kids home,” Tamplin told reporters.", "Harriet Tamplin", "told reporters", ""),
         ("“For weeks at a time, in some regions, the warnings were being issued with one eye closed.”", "Harriet Tamplin", "told reporters", "")],
        [("The report found the federal environment department did not keep enough spare parts and had only 14 technicians qualified to repair the radars, down from 23 in 2019.", "The report", "found", "W")],
        [("Repairs at remote stations were often delayed because technicians had to wait for helicopter time or road access, it said.", "The report", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Story continues below", "", "", "B")],
        [("The department spent $82.6 million upgrading the network between 2017 and 2023, but did not set targets for how long the radars should be available, according to the report.", "the report", "according to", "W")],
        [("Environment Minister Rajveer Sokhi-Duvalle said in a statement that the department accepted all five of the auditor general's recommendations.", "Rajveer Sokhi-Duvalle", "said in a statement", "W")],
        [("He said it would hire nine more radar technicians this year and build a store of spare parts in Lisgar Bend, Man., by the fall.", "Rajveer Sokhi-Duvalle", "said", "W")],
        [("“We know how important timely weather information is to Canadians, and we are acting on every one of these findings,” Sokhi-Duvalle said.", "Rajveer Sokhi-Duvalle", "said", "")],
        [("Duncan Ritchings, who fishes for lobster out of Hollander Cove, said he had stopped trusting the marine forecasts during the long outage in 2024.", "Duncan Ritchings", "said", "")],
        [("“You'd look at the radar map and there'd just be a grey hole where we are,” he said.", "Duncan Ritchings", "said", ""),
         ("“So you'd phone your cousin up the coast and ask him what the sky looked like.”", "Duncan Ritchings", "said", "")],
        [("The union that represents federal meteorologists, the Guild of Weather Professionals, said it had warned the department about the shortage of technicians in 2021.", "the Guild of Weather Professionals", "said", "W")],
        [("The Official Opposition's environment critic, MP Lorne Quackenbush, said the report showed the government had “let the network rust.”", "Lorne Quackenbush", "said", "")],
        [("The auditor general's report also found that the department could not say how many severe weather warnings had been issued late because of radar outages.", "The auditor general's report", "found", "W")],
        [("— With files from Émile Boisvenu in Lisgar Bend, Man.", "", "", "B")],
        [("This report by The Dominion Press was first published March 10, 2026.", "", "", "B")],
        [("The Dominion Press", "", "", "B")],
        [("Report an error   Journalistic standards   About The Dominion Press", "", "", "B")],
        [("Trending in Canada", "", "", "B")],
        [("Province to pave Route 11 shoulder after cyclist deaths", "", "", "B")],
        [("Ferry service to Guillemot Isle cancelled again", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Join the conversation.", "", "", "B"),
         ("Comments are the opinions of our readers and are subject to our Community Guidelines.", "", "", "B")],
        [("Sign in to comment", "", "", "B")],
        [("Sea Dog 57", "", "", "B")],
        [("Same thing happened during the October storm.", "", "", "B"),
         ("We had no radar for a week and nobody said a word.", "", "", "B")],
        [("3 hours ago   Reply   12 likes", "", "", "B")],
        [("Load more comments", "", "", "B")],
        [("Get the Sentinel Morning Brief in your inbox", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("About Us   Contact   Advertise   Careers   Privacy Policy   Terms of Use   Accessibility", "", "", "B")],
        [("© 2026 The Hollander Cove Sentinel, a division of Kelpline Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. US regional paper's election-night live blog: governor's race and a ballot measure, newest first
        [("The Konza Standard", "", "", "B")],
        [("Subscribe   Log in", "", "", "B")],
        [("News   Politics   Sports   Business   Opinion   Obituaries   Puzzles   e-Edition", "", "", "B")],
        [("ELECTION 2026", "", "", "B")],
        [("● LIVE", "", "", "B")],
        [("Kansas governor election results: Eckhoff-Banda wins, Parallax Wire projects; Ostrowicz concedes", "Parallax Wire", "projects", "W")],
        [("By Tomasz Haldenby, Brianna Lubbock and Devin Harjo-Sutter", "", "", "B")],
        [("Updated 12:14 a.m. CT Nov. 4, 2026", "", "", "B")],
        [("Governor  ·  Live results", "", "", "B")],
        [("Candidate   Party   Votes   Pct.", "", "", "B")],
        [("Lorraine Eckhoff-Banda ✓   Dem   498,112   51.6%", "", "", "")],
        [("Dale Ostrowicz   Rep   446,905   46.3%", "", "", "")],
        [("Harmon Dettweiler   Lib   20,311   2.1%", "", "", "")],
        [("Est. 96% of expected vote counted", "", "", "W")],
        [("Source: Parallax Wire  ·  See all races →", "", "", "B")],
        [("Key events", "", "", "B")],
        [("12:14 a.m. Ostrowicz concedes", "", "", "B")],
        [("11:52 p.m. Property tax amendment fails", "", "", "B")],
        [("11:38 p.m. Parallax Wire projects Eckhoff-Banda wins", "", "", "B")],
        [("📌 Pinned", "", "", "B")],
        [("How to follow tonight's results", "", "", "")],
        [("Polls closed at 7 p.m. Central in most of Kansas and at 7 p.m. Mountain in the four western counties on Mountain time.", "", "", "W"),
         ("Results in this blog and in the table above come from Parallax Wire, which gathers counts from county election offices.", "", "", "B")],
        [("Our reporters are at both campaigns' parties and at the county election office in Osterwald.", "", "", ""),
         ("Refresh this page for the latest updates.", "", "", "B")],
        [("— Tomasz Haldenby", "", "", "B")],
        [("12:14 a.m.", "", "", "B")],
        [("Ostrowicz concedes, says he called Eckhoff-Banda to congratulate her", "Dale Ostrowicz", "says", "W")],
        [("Republican Dale Ostrowicz conceded the race shortly after midnight, telling supporters at the Grandview Hotel in Osterwald that he had called Eckhoff-Banda a few minutes earlier.", "Dale Ostrowicz", "telling supporters", "W")],
        [("“The voters have spoken, and I respect that,” Ostrowicz said.", "Dale Ostrowicz", "said", ""),
         ("“I asked her to remember the farmers and the small towns, and she said she would.”", "Dale Ostrowicz", "said", "")],
        [("Some in the ballroom booed when he mentioned her name.", "", "", "")],
        [("— Devin Harjo-Sutter", "", "", "B")],
        [("11:52 p.m.", "", "", "B")],
        [("Property tax amendment fails", "", "", "W")],
        [("Constitutional Amendment 2, which would have capped yearly increases in the assessed value of homes at 3%, was trailing 54.2% to 45.8% with an estimated 95% of the vote counted.", "", "", "W"),
         ("Parallax Wire projected that the measure would be defeated.", "Parallax Wire", "projected", "W")],
        [("Homeowners for Fair Taxes, which spent about $4.1 million backing the amendment, according to state campaign finance reports, said in a statement that it would “be back in two years.”", "Homeowners for Fair Taxes", "said in a statement", "")],
        [("— Brianna Lubbock", "", "", "B")],
        [("ADVERTISEMENT", "", "", "B")],
        [("11:38 p.m.", "", "", "B")],
        [("BREAKING: Eckhoff-Banda wins governor's race, Parallax Wire projects", "Parallax Wire", "projects", "W")],
        [("Parallax Wire called the race for Democrat Lorraine Eckhoff-Banda at 11:38 p.m. Central, with an estimated 91% of the vote counted.", "Parallax Wire", "called the race for", "W")],
        [("Eckhoff-Banda, a two-term state senator from Verdigreen County, will be sworn in on Jan. 11.", "", "", "W"),
         ("She ran on expanding the state's early childhood program and on blocking the property tax amendment.", "", "", "W")],
        [("The crowd at her party at the Cottonfield Event Center in Tafelton erupted when the call appeared on the screens.", "", "", "")],
        [("— Devin Harjo-Sutter", "", "", "B")],
        [("11:15 p.m.", "", "", "B")],
        [("Eckhoff-Banda campaign: 'We are waiting for the numbers'", "Eckhoff-Banda campaign", "Eckhoff-Banda campaign:", "")],
        [("Her campaign manager, Samir Velazco, posted this a short time ago:", "Samir Velazco", "posted", "")],
        [("Samir Velazco @SamirVelazcoKS", "", "", "B")],
        [("Osterwald County is 88% in and we are up 14 there.", "Samir Velazco", "posted", "W"),
         ("Nobody is declaring anything yet.", "Samir Velazco", "posted", ""),
         ("Stay in line, stay calm, eat a cookie.", "Samir Velazco", "posted", "")],
        [("11:09 PM · Nov 3, 2026", "", "", "B")],
        [("— Tomasz Haldenby", "", "", "B")],
        [("10:47 p.m.", "", "", "B")],
        [("Turnout heading for a midterm high, secretary of state says", "Gretchen Trusdale", "says", "W")],
        [("Secretary of State Gretchen Trusdale said about 1.02 million ballots had been cast, including 386,000 mail ballots received by Tuesday.", "Gretchen Trusdale", "said", "W")],
        [("That would be the highest turnout for a midterm election in at least 20 years, according to her office's records.", "her office's records", "according to", "W")],
        [("Mail ballots postmarked by Election Day can still be counted if they arrive by Friday, she said.", "Gretchen Trusdale", "said", "W")],
        [("— Brianna Lubbock", "", "", "B")],
        [("10:20 p.m.", "", "", "B")],
        [("Where the race is being decided", "", "", "")],
        [("With most of the suburban vote counted, Eckhoff-Banda is winning Osterwald County by 14 points, 6 points better than her party's candidate did there four years ago.", "", "", "W")],
        [("Ostrowicz leads in 79 of the state's 105 counties, but most of those are rural counties with fewer than 10,000 voters.", "", "", "W")],
        [("“Suburban women decided this one,” said Roberta Stahlnecker, who teaches political science at Cimarron State University.", "Roberta Stahlnecker", "said", ""),
         ("“He never found an answer on child care.”", "Roberta Stahlnecker", "said", "")],
        [("— Tomasz Haldenby", "", "", "B")],
        [("9:55 p.m.", "", "", "B")],
        [("Two Tafelton polling places kept open late after printer fault", "", "", "W")],
        [("A district judge in Verdigreen County ordered two polling places in Tafelton to stay open until 8:30 p.m. after a ballot printer failure held up voting for about an hour on Tuesday afternoon.", "", "", "W")],
        [("County Clerk Maureen Strube-Oakley said 212 people had voted in the extra 90 minutes.", "Maureen Strube-Oakley", "said", "W")],
        [("— Brianna Lubbock", "", "", "B")],
        [("8:05 p.m.", "", "", "B")],
        [("Polls closed, first mail ballot results in", "", "", "W")],
        [("The first results, from mail ballots in Osterwald and Verdigreen counties, show Eckhoff-Banda ahead, as expected.", "", "", "W"),
         ("Democrats have cast more mail ballots than Republicans in every election since 2020, and Republicans usually gain ground as in-person votes are counted.", "", "", "W")],
        [("— Tomasz Haldenby", "", "", "B")],
        [("Load earlier updates", "", "", "B")],
        [("Get our Politics Briefing newsletter every Thursday.", "", "", "B")],
        [("Email address   Sign up", "", "", "B")],
        [("Contact Us   Advertise   Terms of Service   Privacy Policy   Your Privacy Choices", "", "", "B")],
        [("© 2026 The Konza Standard.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Irish news site's storm live blog: Status Red wind warning, power cuts, a death, official briefings
        [("Tonnta News", "", "", "B")],
        [("Menu   Search   Sign in", "", "", "B")],
        [("News   Sport   Business   Weather   Podcasts   Gaeilge", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Storm Bláthnaid live: 212,000 homes without power as Status Red warning ends", "", "", "W")],
        [("Schools closed across the western seaboard, man dies after tree falls on car near Tullykeel", "", "", "W")],
        [("Caoimhe Ní Sheanáin and Tadhg Ó Mainnín", "", "", "B")],
        [("Updated 13:42, Tue 17 Nov 2026", "", "", "B")],
        [("Key points", "", "", "B")],
        [("• About 212,000 homes, farms and businesses are without power, GridLink Networks says", "GridLink Networks", "says", "W")],
        [("• A man in his 60s died when a tree fell on his car on the Tullykeel to Dunmallard road", "", "", "W")],
        [("• The Status Red wind warning ended at 11am; a Status Orange warning is in place until 6pm", "", "", "W")],
        [("• Check your local authority's website before travelling", "", "", "B")],
        [("Show key events only", "", "", "B")],
        [("13:42", "", "", "B")],
        [("Power restored to 41,000 customers", "", "", "W")],
        [("GridLink Networks says crews have restored power to about 41,000 homes and businesses since 9am, but the number still without supply is now about 212,000.", "GridLink Networks", "says", "W")],
        [("Its head of operations, Fionnuala Ní Ghallchóir, told Tonnta News that some customers in the worst-hit areas could be without power until the weekend.", "Fionnuala Ní Ghallchóir", "told Tonnta News", "")],
        [("“We have more than 2,000 faults on the network, and a lot of them are in places where we cannot get a bucket truck until the trees are cleared,” she said.", "Fionnuala Ní Ghallchóir", "said", "W")],
        [("Tadhg Ó Mainnín", "", "", "B")],
        [("13:10", "", "", "B")],
        [("The National Weather Office has just posted this update:", "The National Weather Office", "posted", "")],
        [("National Weather Office @NatWeatherIE", "", "", "B")],
        [("Status Orange wind warning for all coastal areas of the west and north-west, valid until 18:00 today.", "National Weather Office", "posted", "W"),
         ("Southwesterly winds will gust 110 to 130km/h, with very high seas and a risk of coastal flooding at high tide this evening.", "National Weather Office", "posted", "")],
        [("1:04 PM · 17 Nov 2026", "", "", "B")],
        [("Caoimhe Ní Sheanáin", "", "", "B")],
        [("12:35", "", "", "B")],
        [("'Stay off the roads this afternoon,' emergency group says", "emergency group", "says", "")],
        [("The chair of the National Emergency Coordination Group, Pádraig Ó Ciardha, told a briefing in the national emergency centre that 38 roads remained closed by fallen trees or flooding.", "Pádraig Ó Ciardha", "told a briefing", "W")],
        [("He said the Defence Forces had sent 140 personnel and 22 vehicles to help local authorities clear roads in the west.", "Pádraig Ó Ciardha", "said", "W")],
        [("“The wind is dropping, but this storm is not over,” he said.", "Pádraig Ó Ciardha", "said", ""),
         ("“If you do not need to make a journey this afternoon, please do not make it.”", "Pádraig Ó Ciardha", "said", "")],
        [("He said a decision on whether schools would reopen tomorrow would be made by 5pm.", "Pádraig Ó Ciardha", "said", "W")],
        [("Tadhg Ó Mainnín", "", "", "B")],
        [("11:58", "", "", "B")],
        [("Man dies after tree falls on car", "", "", "W")],
        [("A man in his 60s has died after a tree fell on the car he was driving on the Tullykeel to Dunmallard road shortly after 7am.", "", "", "W")],
        [("Gardaí said he was pronounced dead at the scene and his body was taken to Dunmallard University Hospital.", "Gardaí", "said", "W"),
         ("The road remains closed.", "", "", "W")],
        [("He is the first person to die in the storm.", "", "", "W")],
        [("Caoimhe Ní Sheanáin", "", "", "B")],
        [("11:20", "", "", "B")],
        [("Transport: what's running and what isn't", "", "", "")],
        [("All ferry sailings to and from Inishdrum have been cancelled for the rest of the day, the operator, Oileán Ferries, said.", "Oileán Ferries", "said", "W")],
        [("Trains between Dunmallard and Carraigmór are not running because of a fallen tree on the line near Lisnagowan.", "", "", "W"),
         ("The rail operator said a replacement bus service would run from 2pm.", "The rail operator", "said", "W")],
        [("Dunmallard Airport said 17 flights had been cancelled so far and advised passengers to check with their airline before travelling.", "Dunmallard Airport", "said", "W")],
        [("Tadhg Ó Mainnín", "", "", "B")],
        [("Are you affected by Storm Bláthnaid?", "", "", "B"),
         ("Send us your photos and videos at news@tonnta.example, but only if it is safe to do so.", "", "", "B")],
        [("09:30", "", "", "B")],
        [("Record gust at Inishdrum lighthouse", "", "", "W")],
        [("A gust of 186km/h was recorded at Inishdrum lighthouse at 06:20, the highest gust measured at any of the National Weather Office's stations since records began there in 1961, forecasters said.", "forecasters", "said", "W")],
        [("The Status Red warning covered four coastal counties from 4am to 11am.", "", "", "W")],
        [("Caoimhe Ní Sheanáin", "", "", "B")],
        [("Safety advice", "", "", "B")],
        [("Stay away from coastal areas, piers and cliffs.", "", "", "B")],
        [("Never touch fallen wires; report them to GridLink Networks on 1800 372 999.", "", "", "B")],
        [("Check on elderly neighbours and those living alone.", "", "", "B")],
        [("Load previous updates", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1", "", "", "B")],
        [("School closures: full list for Wednesday", "", "", "B")],
        [("2", "", "", "B")],
        [("How to claim for storm damage on your home insurance", "", "", "B")],
        [("Tonnta News is regulated by the Press Council.", "", "", "B")],
        [("Privacy   Cookies   Terms   Contact   Advertise", "", "", "B")],
        [("© Tonnta Media Teoranta 2026", "", "", "B")],
    ],
    [  # 5. New Zealand news site's rolling breaking-news page: earthquake near a coastal town, glued update stamps, newest first
        [("Tāmata News", "", "", "B")],
        [("Subscribe   Sign in", "", "", "B")],
        [("Latest   New Zealand   World   Business   Sport   Weather   Te Ao Māori", "", "", "B")],
        [("New Zealand", "", "", "B")],
        [("BREAKING", "", "", "B")],
        [("Magnitude 6.1 earthquake strikes near Waiharoa; local state of emergency declared", "", "", "W")],
        [("This is a developing story.", "", "", "B"),
         ("Refresh the page for the latest updates.", "", "", "B")],
        [("By Mereana Tosland", "", "", "B")],
        [("Updated 4.32pm  ·  Reading time 4 mins", "", "", "B")],
        [("UPDATE 4.32pm: The health authority says Waiharoa Hospital's emergency department has treated 27 people with earthquake injuries, two of them seriously.", "The health authority", "says", "W")],
        [("Most of the injuries were cuts and fractures from falling glass and shelving, a spokeswoman said.", "a spokeswoman", "said", "W"),
         ("The hospital has postponed all planned surgery for tomorrow.", "", "", "W")],
        [("UPDATE 4.18pm: Waiharoa District Council has declared a local state of emergency for the town and the coast between Kōpurereka and Ōtaraua Point.", "", "", "W")],
        [("Mayor Grant Mackinder said the declaration allowed the council to close damaged buildings, cordon off streets and move people out of their homes if engineers found them unsafe.", "Grant Mackinder", "said", "W")],
        [("“We have got a lot of old brick on the main street, and some of it came down this afternoon,” he said.", "Grant Mackinder", "said", "W"),
         ("“Please stay out of the CBD tonight.”", "Grant Mackinder", "said", "")],
        [("A civil defence centre has opened at Waiharoa College, on Tūī Rd, for anyone who cannot stay in their home.", "", "", "W")],
        [("UPDATE 3.50pm: State Highway 52 is closed between Kōpurereka and Ōtaraua Point because of slips, the transport agency says.", "the transport agency", "says", "W"),
         ("There is no detour.", "", "", "W")],
        [("UPDATE 3.21pm: Police say there are no reports of deaths.", "Police", "say", "W"),
         ("Inspector Lachlan Meiklejohn said officers had helped evacuate the Waiharoa Mall and a rest home on Harbour View Rd as a precaution.", "Lachlan Meiklejohn", "said", "W")],
        [("UPDATE 3.05pm: QuakeSense has upgraded the quake from magnitude 5.8 to 6.1.", "", "", "W")],
        [("EARLIER", "", "", "B")],
        [("A magnitude 6.1 earthquake struck near Waiharoa at 2.47pm on Tuesday, bringing down shop verandahs and parapets on the town's main street and cutting power to about 6,800 homes.", "", "", "W")],
        [("The national seismic monitoring service, QuakeSense, said the quake was centred 14km north-east of Waiharoa at a depth of 11km.", "QuakeSense", "said", "W")],
        [("More than 9,400 people reported feeling it on the service's website within an hour, some as far away as Rangiwaho, 230km to the south.", "", "", "W")],
        [("There have been 52 aftershocks, the largest a magnitude 4.7 at 3.09pm.", "", "", "W")],
        [("QuakeSense's aftershock forecast puts the chance of a magnitude 6 or larger quake in the area in the next seven days at 9%.", "QuakeSense's aftershock forecast", "puts", "W")],
        [("Duty seismologist Dr Hemi Rāwiri said people should expect strong aftershocks for weeks.", "Hemi Rāwiri", "said", "")],
        [("“This is the biggest quake this part of the coast has had since 1987,” he said.", "Hemi Rāwiri", "said", "W"),
         ("“It won't be the last shake people feel today.”", "Hemi Rāwiri", "said", "")],
        [("A collapsed verandah outside a shop on Pōhutukawa Lane, Waiharoa, this afternoon.", "", "", ""),
         ("Photo / Supplied", "", "", "B")],
        [("Café owner Anahera Hetaraka was serving customers when the shaking started.", "", "", "")],
        [("“The coffee machine walked off the bench,” she said.", "Anahera Hetaraka", "said", ""),
         ("“Everybody just got under the tables and waited.", "Anahera Hetaraka", "said", ""),
         ("Then the window went.”", "Anahera Hetaraka", "said", "")],
        [("Lines company Wharenui Electric said it had restored electricity to about 2,100 of the affected homes by 4pm.", "Wharenui Electric", "said", "W")],
        [("The school holidays begin on Friday, and the Ministry of Education said all eight schools in the district would be closed tomorrow while their buildings were checked.", "the Ministry of Education", "said", "W")],
        [("More to come.", "", "", "B")],
        [("What to do in an aftershock", "", "", "B")],
        [("Drop, cover and hold.", "", "", "B")],
        [("If you are near the coast and a quake is long or strong, get to high ground.", "", "", "B")],
        [("Do not enter damaged buildings.", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Latest from New Zealand", "", "", "B")],
        [("Ōtaraua Point iwi opens marae to evacuees", "", "", "B")],
        [("Petrol prices hit 18-month high", "", "", "B")],
        [("About   Contact   Complaints   Privacy   Terms of use", "", "", "B")],
        [("© 2026 Tāmata Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Australian state government's media-statements site: transcript of the Premier's press conference at a regional hospital
        [("Skip to main content", "", "", "B")],
        [("Queensland Government", "", "", "B")],
        [("Ministerial Media Statements", "", "", "B")],
        [("Home   Statements   Ministers   Search   Subscribe", "", "", "B")],
        [("Home › Statements › Premier", "", "", "B")],
        [("Transcript", "", "", "B")],
        [("Press conference, Coolabindi Base Hospital", "", "", "")],
        [("The Honourable Bronwyn Carrodus MP, Premier", "", "", "B")],
        [("The Honourable Dr Nikhil Subramanyam MP, Minister for Health and Ambulance Services", "", "", "B")],
        [("Tuesday 24 March 2026", "", "", "B")],
        [("E&OE", "", "", "B")],
        [("Subjects: Coolabindi Base Hospital expansion; ambulance ramping; Whipbird Line; nurses' pay offer", "", "", "B")],
        [("PREMIER: Good morning, everyone.", "Bronwyn Carrodus", "PREMIER:", "B"),
         ("Today I'm announcing that we will spend $412 million to add 140 beds to Coolabindi Base Hospital, including a new 24-bed mental health unit and a second cardiac catheter lab.", "Bronwyn Carrodus", "PREMIER:", "W")],
        [("Construction will start in the middle of next year, and the first new beds will open in 2029.", "Bronwyn Carrodus", "PREMIER:", "W"),
         ("This is the biggest investment in health in this region in a generation.", "Bronwyn Carrodus", "PREMIER:", "")],
        [("I want to thank the doctors, nurses and paramedics here who have kept this hospital going through a very tough couple of years.", "Bronwyn Carrodus", "PREMIER:", ""),
         ("I'll hand over to the Health Minister.", "Bronwyn Carrodus", "PREMIER:", "B")],
        [("HEALTH MINISTER: Thanks, Premier.", "Nikhil Subramanyam", "HEALTH MINISTER:", "B"),
         ("Coolabindi's emergency department saw 61,400 presentations last financial year, which is up 22 per cent in five years.", "Nikhil Subramanyam", "HEALTH MINISTER:", "W")],
        [("Right now, about one patient in five who comes in here from outside Coolabindi is transferred to the coast for cardiac care.", "Nikhil Subramanyam", "HEALTH MINISTER:", "W"),
         ("The new cath lab means most of those people will be treated here, close to their families.", "Nikhil Subramanyam", "HEALTH MINISTER:", "")],
        [("PREMIER: Happy to take questions.", "Bronwyn Carrodus", "PREMIER:", "B")],
        [("JOURNALIST: Premier, the Auditor-General's report last month found ambulances at this hospital spent an average of 74 minutes ramped.", "the Auditor-General's report last month", "found", "W"),
         ("How do 140 beds fix that if you can't staff the ones you've got?", "", "", "")],
        [("PREMIER: Well, ramping is a whole-of-hospital problem, and the single biggest cause of it is patients who are ready to go home but can't leave because there's no aged care bed or NDIS place for them.", "Bronwyn Carrodus", "PREMIER:", "W")],
        [("On any given day there are about 30 of those patients in this hospital.", "Bronwyn Carrodus", "PREMIER:", "W"),
         ("We're not going to pretend beds alone fix it.", "Bronwyn Carrodus", "PREMIER:", "")],
        [("JOURNALIST: Is the $412 million new money, or was it in last year's Budget?", "", "", "")],
        [("PREMIER: $160 million of it was in last year's Budget for planning and early works.", "Bronwyn Carrodus", "PREMIER:", "W"),
         ("The rest is new.", "Bronwyn Carrodus", "PREMIER:", "W")],
        [("JOURNALIST: On the Whipbird Line, the opening date has now been pushed back twice.", "", "", "W"),
         ("When will trains actually run?", "", "", "")],
        [("PREMIER: The advice I have from the department is the second half of 2028.", "Bronwyn Carrodus", "PREMIER:", ""),
         ("The tunnelling contractor went into administration in August, and that cost the project about seven months.", "Bronwyn Carrodus", "PREMIER:", "W")],
        [("JOURNALIST: Nurses say they'll walk off the job for 24 hours next Thursday.", "Nurses", "say", "W"),
         ("Will you meet them?", "", "", "")],
        [("PREMIER: My door is always open.", "Bronwyn Carrodus", "PREMIER:", ""),
         ("We've offered 3 per cent a year for four years, plus a $2,000 sign-on payment for nurses who take up rural positions.", "Bronwyn Carrodus", "PREMIER:", "W")],
        [("HEALTH MINISTER: Can I just add, we've hired 318 extra nurses across the [inaudible] health service since January.", "Nikhil Subramanyam", "HEALTH MINISTER:", "W")],
        [("JOURNALIST: Last one.", "", "", "B"),
         ("Have you spoken to the federal Health Minister about the hospital funding split?", "", "", "")],
        [("PREMIER: I spoke to her yesterday.", "Bronwyn Carrodus", "PREMIER:", "W"),
         ("The Commonwealth pays about 41 per cent of public hospital costs in this state.", "Bronwyn Carrodus", "PREMIER:", "W"),
         ("We want that to get to 45.", "Bronwyn Carrodus", "PREMIER:", "")],
        [("PREMIER: Thanks, everyone.", "Bronwyn Carrodus", "PREMIER:", "B")],
        [("ENDS", "", "", "B")],
        [("Media contact: Premier's Office 07 3719 4402", "", "", "B")],
        [("Share   Print   Email", "", "", "B")],
        [("Last updated: 24 March 2026", "", "", "B")],
        [("Related statements", "", "", "B")],
        [("$412 million to add 140 beds at Coolabindi Base Hospital", "", "", "B")],
        [("Rural nurses sign-on payment doubled", "", "", "B")],
        [("Copyright   Disclaimer   Privacy   Right to information   Accessibility", "", "", "B")],
        [("© The State of Queensland 1995–2026", "", "", "B")],
    ],
    [  # 7. International wire agency's site: South African markets wrap (rand, stocks, bonds) with credits
        [("Brisant", "", "", "B")],
        [("World   Business   Markets   Commodities   Legal   Opinion   More", "", "", "B")],
        [("Register   Sign in", "", "", "B")],
        [("Markets  ›  Currencies", "", "", "B")],
        [("SOUTH AFRICA MARKETS-Rand firms, stocks climb as inflation cools more than expected", "", "", "W")],
        [("* Rand gains 0.8% against dollar", "", "", "W")],
        [("* Consumer inflation slows to 3.9% in February", "", "", "W")],
        [("* Top-40 index closes up 1.1%", "", "", "W")],
        [("By Nomvula Ngcobo", "", "", "B")],
        [("March 18, 2026 5:52 PM GMT+2  ·  Updated 2 hours ago", "", "", "B")],
        [("NOORDHAVEN, March 18 (Brisant) - South Africa's rand firmed on Wednesday after consumer inflation slowed more than expected in February, strengthening the case for an interest rate cut at the central bank's meeting next week.", "", "", "W")],
        [("At 1530 GMT, the rand traded at 17.6250 against the dollar, 0.8% stronger than its previous close.", "", "", "W")],
        [("Annual consumer inflation eased to 3.9% in February from 4.3% in January, the statistics agency said, below the 4.1% forecast by economists in a Brisant poll.", "the statistics agency", "said", "W")],
        [("Core inflation, which excludes food and energy prices, slowed to 3.4%.", "", "", "W")],
        [("Traders said the figures had revived bets that the central bank would cut rates for the first time since September.", "Traders", "said", "")],
        [("Forward rate agreements priced in a 60% chance of a 25-basis-point cut at the March 26 meeting, up from about 35% on Tuesday.", "", "", "W")],
        [("“This print gives the committee room to move, and I think they take it,” said Thabo Mavundla, chief economist at Tafelkop Capital.", "Thabo Mavundla", "said", "")],
        [("But he said a weaker rand or another rise in fuel prices before the meeting could persuade policymakers to wait until May.", "Thabo Mavundla", "said", "")],
        [("Globally, the dollar slipped against a basket of major currencies after U.S. retail sales data came in below expectations.", "", "", "W")],
        [("On the Noordhaven bourse, the Top-40 index closed 1.1% higher at 84,215 points, while the broader all-share index rose 0.9%.", "", "", "W")],
        [("Retailers led the gains, with Kloofvale Foods up 4.6% after it reported a 12% rise in half-year trading profit and raised its interim dividend.", "", "", "W")],
        [("Miner Umnotho Platinum fell 3.2% after it cut its production forecast for the year by 90,000 ounces.", "", "", "W"),
         ("The company blamed flooding at its Skaapkop shaft in February.", "The company", "blamed", "W")],
        [("The fall wiped about 1.9 billion rand ($108 million) off Umnotho's market value.", "", "", "W")],
        [("Government bonds also firmed, with the yield on the benchmark 2035 bond down 11 basis points at 9.62%.", "", "", "W")],
        [("Yolande Greyvenstein, a fixed income strategist at Kransvlei Securities, said foreign investors had bought a net 4.3 billion rand of South African bonds in the past week, according to bourse data.", "Yolande Greyvenstein", "said", "W")],
        [("($1 = 17.6250 rand)", "", "", "B")],
        [("(Reporting by Nomvula Ngcobo; Additional reporting by Sizwe Khambule; Editing by Garrett Lamington and Ines Vellender)", "", "", "B")],
        [("Our Standards: How Brisant reports the news.", "", "", "B")],
        [("Suggested Topics:", "", "", "B")],
        [("Currencies   Emerging Markets   Africa   Bonds", "", "", "B")],
        [("Purchase Licensing Rights", "", "", "B")],
        [("Nomvula Ngcobo reports on markets and economics in southern Africa from Noordhaven.", "", "", "B"),
         ("She previously covered mining and energy.", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Markets  ·  Emerging markets snap three-day losing run as dollar eases", "", "", "B")],
        [("Africa  ·  Zambian kwacha hits record low on debt talks delay", "", "", "B")],
        [("Get the Frontier Markets Digest in your inbox every weekday.", "", "", "B"),
         ("Sign up here.", "", "", "B")],
        [("All quotes delayed a minimum of 15 minutes.", "", "", "B"),
         ("See here for a complete list of exchanges and delays.", "", "", "B")],
        [("© 2026 Brisant.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Scottish sports site's live text commentary of a league match, minute by minute, newest first
        [("Terracing", "", "", "B")],
        [("Football   Rugby   Golf   Racing   Scores & Fixtures   Tables   Podcasts", "", "", "B")],
        [("Live text", "", "", "B")],
        [("Kilmardy Athletic 2-1 Strathcairn United", "", "", "W")],
        [("Premiership  ·  Drumlarig Park  ·  Att: 8,412", "", "", "")],
        [("FT", "", "", "B")],
        [("Commentary   Line-ups   Stats   Table", "", "", "B")],
        [("Live text: Fergus Carnegie-Bhatti", "", "", "B")],
        [("Refresh", "", "", "B")],
        [("Reaction", "", "", "B")],
        [("Kilmardy manager Isla Cairncross told Terracing Sport: “We were poor in the first half, I'll be honest.", "Isla Cairncross", "told Terracing Sport", ""),
         ("But the boys showed a bit of character after the break, and Callum's finish was different class.”", "Isla Cairncross", "told Terracing Sport", "")],
        [("Strathcairn boss Ryan Lockerbie said he would ask the league for an explanation of the penalty decision.", "Ryan Lockerbie", "said", "W")],
        [("“I've watched it back four times and it hits his chest,” he said.", "Ryan Lockerbie", "said", "")],
        [("FT: Kilmardy Athletic 2-1 Strathcairn United.", "", "", "W"),
         ("Kilmardy move up to fourth, two points behind Strathcairn with seven games left.", "", "", "W")],
        [("90+5' That's it!", "", "", ""),
         ("The final whistle goes and Drumlarig Park erupts.", "", "", "")],
        [("90+3' YELLOW CARD - Tomás Ferreiro (Strathcairn United) is booked for dissent.", "", "", "W")],
        [("88' Substitution, Strathcairn United.", "", "", ""),
         ("Kai Lindores replaces Jordan McQuillan.", "", "", "")],
        [("84'", "", "", "B")],
        [("VAR CHECK: possible penalty to Strathcairn for handball by Lewis Gascoigne.", "", "", "W")],
        [("Check complete: no penalty.", "", "", "W"),
         ("The ball struck Gascoigne on the shoulder, according to the stadium screen.", "the stadium screen", "according to", "W")],
        [("79'", "", "", "B")],
        [("GOAL! Kilmardy Athletic 2-1 Strathcairn United (Callum Bhatnagar, 79')", "", "", "W")],
        [("What a strike!", "", "", ""),
         ("Bhatnagar cuts inside from the left and curls it into the far corner from 22 yards.", "", "", "W"),
         ("That's his 14th league goal of the season.", "", "", "W")],
        [("Your messages", "", "", "B")],
        [("Get involved: #TerracingLive or text 80456", "", "", "B")],
        [("Shona in Kilmardy: “Three years I've waited to see us beat this lot at home.", "", "", "B"),
         ("Don't you dare jinx it.”", "", "", "B")],
        [("63' Strathcairn have had 64% of the ball since the break but have not had a shot on target.", "", "", "W")],
        [("58'", "", "", "B")],
        [("GOAL! Kilmardy Athletic 1-1 Strathcairn United (Fraser Ouedraogo, 58' pen)", "", "", "W")],
        [("Ouedraogo sends the keeper the wrong way from the spot after Ferreiro was penalised for handling Bhatnagar's cross.", "", "", "W"),
         ("Strathcairn are furious.", "", "", "")],
        [("Second half", "", "", "B")],
        [("Half-time: Kilmardy Athletic 0-1 Strathcairn United.", "", "", "W"),
         ("The visitors deserve their lead.", "", "", ""),
         ("They've had six shots to Kilmardy's one.", "", "", "W")],
        [("27'", "", "", "B")],
        [("GOAL! Kilmardy Athletic 0-1 Strathcairn United (Jordan McQuillan, 27')", "", "", "W")],
        [("McQuillan is left unmarked at the back post and heads in Ferreiro's free-kick.", "", "", "W")],
        [("Kick-off", "", "", "B")],
        [("We're under way at Drumlarig Park on a cold, bright afternoon.", "", "", "")],
        [("Line-ups", "", "", "B")],
        [("Kilmardy Athletic: Sandeman; Gascoigne, Cardno, Chidavaenzi, Tullis; Ouedraogo, Crichton, Pirie; Bhatnagar, Laidlaw, Vermeulen-Hoek.", "", "", "")],
        [("Subs: Cowie, Barbour, Lisewski, Keillor, Blaikie.", "", "", "")],
        [("Strathcairn United: Bremner; Geddes, Ferreiro, Sigauke, Erskine; Sutherland, Hepburn, Pattullo; McQuillan, Anstruther, Macvicar.", "", "", "")],
        [("Referee: Niall Purves.", "", "", "")],
        [("Pre-match", "", "", "B")],
        [("Kilmardy have not beaten Strathcairn at Drumlarig Park since August 2022, losing four and drawing two of the six league meetings there since.", "", "", "W")],
        [("Cairncross makes one change from the side that drew at Abermoray last weekend, with Vermeulen-Hoek starting up front.", "", "", "W")],
        [("Next match: Strathcairn United v Abermoray Rovers, Saturday 4 April, 3pm.", "", "", "W")],
        [("Live text may contain language some readers find offensive.", "", "", "B"),
         ("Match data supplied by Fieldcast Stats Ltd.", "", "", "B")],
        [("About Terracing   Contact   Privacy   Cookies   Terms", "", "", "B")],
        [("© 2026 Terracing Media Ltd.", "", "", "B")],
    ],
    [  # 9. US metro paper's court live blog from a federal fraud trial, day 7, newest first
        [("The Port Orvella Courier", "", "", "B")],
        [("Subscribe   Sign in", "", "", "B")],
        [("Bay Area   Tech   Business   Politics   Sports   Food   Opinion   Obits", "", "", "B")],
        [("TECH  ›  COURTS", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Tallyhop fraud trial, day 7: Former CFO testifies that Zavaleta told her to 'make the number work'", "Priya Chandrashekar-Kohl", "testifies", "W")],
        [("By Agnieszka Szczepańska, Staff Writer", "", "", "B")],
        [("Updated Mar. 25, 2026 4:41 p.m.", "", "", "B")],
        [("Cameras are not allowed in federal courtrooms.", "", "", "B"),
         ("Quotes in this blog come from our reporter's notes and may not be word for word.", "", "", "B")],
        [("📌 Pinned", "", "", "B")],
        [("Catch up: where the trial stands", "", "", "")],
        [("• Corbin Zavaleta, 36, the founder of payments app Tallyhop, has pleaded not guilty to four counts of wire fraud and two counts of securities fraud.", "", "", "W")],
        [("• Prosecutors say he inflated the app's monthly active users by about 3 million to raise $240 million from investors in 2023.", "Prosecutors", "say", "W")],
        [("• The defense says he relied on figures compiled by others and believed them to be accurate.", "The defense", "says", "")],
        [("• The trial in U.S. District Court in Port Orvella is expected to last five weeks.", "", "", "")],
        [("4:41 p.m.", "", "", "B")],
        [("Court adjourns for the day", "", "", "")],
        [("U.S. District Judge Evangeline Brancaleone sent the jury home at 4:35 p.m.", "", "", "W"),
         ("Chandrashekar-Kohl will return to the stand at 9 a.m. Thursday for cross-examination.", "", "", "W")],
        [("— Agnieszka Szczepańska", "", "", "B")],
        [("4:10 p.m.", "", "", "B")],
        [("'It had to start with a 9'", "", "", "")],
        [("Chandrashekar-Kohl testified that at a meeting in March 2023, Zavaleta told her the user figure in an investor presentation “had to start with a 9.”", "Priya Chandrashekar-Kohl", "testified", "W")],
        [("Here is part of her exchange with Assistant U.S. Attorney Meredith Zenteno:", "", "", "B")],
        [("Q: What did you understand him to mean?", "Meredith Zenteno", "Q:", "")],
        [("A: That the number had to be at least 9 million, whatever our data said.", "Priya Chandrashekar-Kohl", "A:", "W")],
        [("Q: And what did your data say?", "Meredith Zenteno", "Q:", "")],
        [("A: About 6.2 million.", "Priya Chandrashekar-Kohl", "A:", "W")],
        [("Q: Did you tell him that?", "Meredith Zenteno", "Q:", "")],
        [("A: Yes.", "Priya Chandrashekar-Kohl", "A:", "W"),
         ("In that meeting, and in an email the next morning.", "Priya Chandrashekar-Kohl", "A:", "W")],
        [("Prosecutors then showed jurors the email, dated March 14, 2023, with the subject line “MAU — real numbers.”", "", "", "W"),
         ("It listed 6.18 million monthly active users for February.", "", "", "W")],
        [("Zavaleta, in a navy suit, wrote on a legal pad and did not look up.", "", "", "")],
        [("— Agnieszka Szczepańska", "", "", "B")],
        [("3:20 p.m.", "", "", "B")],
        [("Judge cuts off questions about company party", "", "", "")],
        [("Defense attorney Lyle Brandenburg objected when Zenteno asked Chandrashekar-Kohl about a company holiday party, saying it had nothing to do with the charges.", "Lyle Brandenburg", "saying", "")],
        [("Brancaleone sustained the objection and told prosecutors to “move along.”", "", "", "")],
        [("— Agnieszka Szczepańska", "", "", "B")],
        [("2:05 p.m.", "", "", "B")],
        [("Juror excused", "", "", "W")],
        [("Brancaleone excused Juror No. 9, a retired teacher, after she told the court that her husband had been admitted to hospital.", "", "", "W"),
         ("An alternate, Juror No. 13, took her place.", "", "", "W")],
        [("The jury is now made up of seven women and five men, with three alternates left.", "", "", "W")],
        [("— Agnieszka Szczepańska", "", "", "B")],
        [("12:15 p.m.", "", "", "B")],
        [("Court is in recess for lunch until 1:30 p.m.", "", "", "")],
        [("— Agnieszka Szczepańska", "", "", "B")],
        [("11:40 a.m.", "", "", "B")],
        [("Who is Priya Chandrashekar-Kohl?", "", "", "")],
        [("Chandrashekar-Kohl was Tallyhop's chief financial officer from 2021 until she resigned in June 2023.", "", "", "W")],
        [("She pleaded guilty in January to one count of conspiracy to commit securities fraud and agreed to testify for the government.", "", "", "W"),
         ("She faces up to five years in prison and has not been sentenced.", "", "", "W")],
        [("Her lawyer, Dana Feuerstein, has said her client “has accepted responsibility for her part.”", "Dana Feuerstein", "has said", "")],
        [("— Agnieszka Szczepańska", "", "", "B")],
        [("10:05 a.m.", "", "", "B")],
        [("Investor: 'We would not have invested'", "Gideon Aschenbrenner", "Investor:", "")],
        [("The day's first witness, Redtail Ventures partner Gideon Aschenbrenner, testified that his firm invested $35 million in Tallyhop in April 2023, largely on the strength of the user figures.", "Gideon Aschenbrenner", "testified", "W")],
        [("“If the number had been six million, we would not have invested,” he said.", "Gideon Aschenbrenner", "said", "")],
        [("On cross-examination, Brandenburg asked him whether Redtail had checked the numbers itself.", "Lyle Brandenburg", "asked", "")],
        [("Aschenbrenner said his firm had reviewed a summary prepared by the company but not the underlying data.", "Gideon Aschenbrenner", "said", "W")],
        [("— Agnieszka Szczepańska", "", "", "B")],
        [("9:02 a.m.", "", "", "B")],
        [("Good morning from the ninth floor of the federal courthouse in downtown Port Orvella.", "", "", "B")],
        [("Day 7 of the trial begins shortly, and prosecutors have told the judge their next witness will be Tallyhop's former finance chief.", "prosecutors", "have told the judge", "W")],
        [("— Agnieszka Szczepańska", "", "", "B")],
        [("More coverage", "", "", "B")],
        [("Day 6: Tallyhop engineer says dashboard was 'hard-coded'", "", "", "B")],
        [("Tallyhop founder's trial opens with dueling portraits", "", "", "B")],
        [("Sign up for Tech Brief, our daily tech newsletter.", "", "", "B")],
        [("Privacy Notice   Terms of Use   Your California Privacy Rights   Site Map", "", "", "B")],
        [("© 2026 The Port Orvella Courier.", "", "", "B")],
    ],
    [  # 10. UK national news site's "what we know so far" explainer on a bank's IT outage, with bullet lists and a timeline
        [("Skip to content", "", "", "B")],
        [("The Thurlow Post", "", "", "B")],
        [("Home   UK   World   Politics   Money   Business   Health   Sport   Culture", "", "", "B")],
        [("Money", "", "", "B")],
        [("EXPLAINER", "", "", "B")],
        [("Stelworth Bank outage: what we know so far", "", "", "")],
        [("Millions of customers were unable to pay by card or log in to the app for up to 31 hours", "", "", "W")],
        [("By Ruth Heptinstall, Personal Finance Correspondent", "", "", "B")],
        [("Sunday 15 March 2026 10:30 GMT  ·  5 min read", "", "", "B")],
        [("Share   Save   Gift article", "", "", "B")],
        [("Customers of Stelworth Bank are still reporting problems after an IT failure that began on Friday morning left them unable to use their cards, the mobile app or online banking for more than a day.", "", "", "W")],
        [("Here's what we know so far.", "", "", "B")],
        [("What happened?", "", "", "")],
        [("The problems began at about 7.40am on Friday, when card payments started to be declined in shops and online.", "", "", "W"),
         ("The bank said its app and online banking were taken offline at 9.15am “to protect customers' accounts”.", "The bank", "said", "W")],
        [("Most services were restored by 2.50pm on Saturday, 31 hours after the first reports, but some customers said on Sunday that their balances were still wrong.", "", "", "W")],
        [("Who was affected?", "", "", "")],
        [("Stelworth has about 7.8 million personal current account customers.", "", "", "W"),
         ("During the outage:", "", "", "")],
        [("• debit and credit card payments were declined, in shops and online", "", "", "W")],
        [("• customers could not log in to the app or to online banking", "", "", "W")],
        [("• some customers saw incorrect balances, including payments that had been taken twice", "", "", "W")],
        [("• cash withdrawals worked at Stelworth's own machines but were refused at most other banks' machines", "", "", "W")],
        [("The outage tracking site Downwatch received more than 214,000 reports about Stelworth at the peak, at 12.15pm on Friday.", "", "", "W")],
        [("What has the bank said?", "", "", "")],
        [("Stelworth's chief executive, Crispin Arbuthnott, apologised in a video posted on the bank's website on Saturday evening.", "Crispin Arbuthnott", "apologised", "")],
        [("“We let you down, and I am sorry,” he said.", "Crispin Arbuthnott", "said", ""),
         ("“No customer will be left out of pocket because of this.”", "Crispin Arbuthnott", "said", "")],
        [("The bank said the failure was caused by a faulty software update to its payments system and was not the result of a cyber attack.", "The bank", "said", "W")],
        [("Will I get compensation?", "", "", "")],
        [("The bank has said it will:", "The bank", "has said", "")],
        [("• refund any overdraft interest, fees or charges caused by the outage", "The bank", "has said", "W")],
        [("• pay £40 to every customer who had a card payment declined on Friday or Saturday", "The bank", "has said", "W")],
        [("• cover reasonable costs, such as taxis or missed travel, if customers send receipts", "The bank", "has said", "W")],
        [("The consumer group Fairpay said £40 was “far too little” for people who had missed rent payments or been stranded without money.", "Fairpay", "said", "")],
        [("Stelworth said it would contact eligible customers by 31 March and that nobody needed to apply for the £40 payment.", "Stelworth", "said", "W")],
        [("What are the rules?", "", "", "")],
        [("Banks must report major IT incidents to the City regulator and tell it how many customers were affected.", "", "", "W"),
         ("The regulator can fine a bank if it finds that the bank did not manage the risk of an outage properly.", "", "", "W")],
        [("It fined another lender £11.2m in 2024 after a two-day outage, the largest penalty of its kind so far.", "", "", "W")],
        [("What happens next?", "", "", "")],
        [("Henrietta Cunniffe, who chairs the Commons Treasury Committee, has written to Arbuthnott asking how many customers were affected and why the bank's backup systems did not take over.", "", "", "W")],
        [("She has asked for a reply by 27 March.", "", "", "W")],
        [("The bank said it would publish a full report on the outage within 60 days.", "The bank", "said", "W")],
        [("What should I do if I was affected?", "", "", "B")],
        [("Check your statement for any payment taken twice and keep receipts for any extra costs.", "", "", "B")],
        [("If you are unhappy with the bank's response, you can take your complaint to the financial ombudsman after eight weeks.", "", "", "B")],
        [("Timeline", "", "", "B")],
        [("Fri 7.40am: First reports of declined card payments", "", "", "W")],
        [("Fri 9.15am: App and online banking taken offline", "", "", "W")],
        [("Sat 2.50pm: Most services restored", "", "", "W")],
        [("Sat 6.30pm: Chief executive's video apology", "", "", "W")],
        [("Related", "", "", "B")],
        [("Stelworth outage: 'I couldn't pay for my shopping'", "", "", "B")],
        [("How to switch bank accounts in seven days", "", "", "B")],
        [("Comments (412)", "", "", "B")],
        [("Comments on this article are now closed.", "", "", "B")],
        [("About us   Contact   Corrections   Privacy   Cookie settings   Terms", "", "", "B")],
        [("© 2026 Thurlow Post Media Ltd.", "", "", "B"),
         ("Registered in England and Wales.", "", "", "B")],
    ],
    [  # 11. Indian daily's morning briefing email as viewed in a browser: five numbered items, sponsor, by-the-numbers box, quote of the day
        [("View this email in your browser", "", "", "B")],
        [("The Nagarvani", "", "", "B")],
        [("THE MORNING FIVE", "", "", "B")],
        [("Thursday, March 19, 2026  ·  Curated by Ananya Kothandaraman", "", "", "B")],
        [("Good morning.", "", "", "B"),
         ("Here are the five stories you need to know before you step out today.", "", "", "B")],
        [("1. Central bank holds rates, trims growth forecast", "", "", "W")],
        [("The central bank's monetary policy committee kept the repo rate unchanged at 6% on Wednesday, with five of its six members voting to hold.", "", "", "W"),
         ("It cut its growth forecast for 2026-27 to 6.6% from 6.9%, citing weaker exports.", "", "", "W")],
        [("Governor Shri R. K. Srinivasaraghavan said inflation was “well within the band” and the committee would watch food prices closely through the summer.", "R. K. Srinivasaraghavan", "said", "")],
        [("Read more →", "", "", "B")],
        [("2. Rajkhera Metro fares to rise from April 1", "", "", "W")],
        [("The minimum fare will go up to ₹12 from ₹10 and the maximum to ₹70 from ₹60, the Rajkhera Metro Rail Corporation (RMRC) said on Wednesday.", "the Rajkhera Metro Rail Corporation", "said", "W"),
         ("It is the first fare revision since 2019.", "", "", "W")],
        [("The metro carries about 6.4 lakh passengers a day, according to RMRC figures.", "RMRC figures", "according to", "W"),
         ("A commuters' forum called the increase “steep” and said it would petition the state government.", "A commuters' forum", "said", "")],
        [("Read more →", "", "", "B")],
        [("3. Heatwave alert for five districts", "", "", "W")],
        [("The weather department has issued a heatwave alert for Rajkhera, Bhawanikhera, Dhaulgarh, Bhimsar Khurd and Amarpali districts until Sunday.", "", "", "W"),
         ("Day temperatures are likely to touch 44°C, about 5°C above normal for March.", "", "", "")],
        [("Schools in the five districts will close at 11.30 a.m. from Friday, the education department said in an order.", "the education department", "said in an order", "W")],
        [("Read more →", "", "", "B")],
        [("PRESENTED BY", "", "", "B")],
        [("Champakali Home Finance: Home loans from 8.35% p.a.", "", "", "B"),
         ("T&C apply.", "", "", "B")],
        [("4. High Court quashes hookah bar ban", "", "", "W")],
        [("The High Court on Wednesday quashed a state government notification that banned hookah bars in all municipal areas, holding that the state had no power to issue it under the 2003 tobacco law.", "", "", "W")],
        [("A division bench of Justices P. N. Saxena and Farida Ansari said the government could regulate the bars through licensing but could not ban them outright.", "P. N. Saxena and Farida Ansari", "said", "W")],
        [("The state's advocate general told reporters the government would appeal in the Supreme Court.", "The state's advocate general", "told reporters", "W")],
        [("Read more →", "", "", "B")],
        [("5. And finally: more tigers in the state's forests", "", "", "W")],
        [("The state now has 142 tigers, up from 118 at the last count in 2022, according to the forest department's latest census.", "the forest department's latest census", "according to", "W")],
        [("Most of the increase was in the Amarpali reserve, where camera traps recorded 19 cubs.", "", "", "W")],
        [("Read more →", "", "", "B")],
        [("BY THE NUMBERS", "", "", "B")],
        [("₹4,380 crore: the state's budget for new irrigation canals in 2026-27", "", "", "W")],
        [("3.1 crore: passengers carried by state-run buses in February, a monthly record", "", "", "W")],
        [("QUOTE OF THE DAY", "", "", "B")],
        [("“A fare rise once in seven years is not a burden, it is maintenance.” — Meenakshi Hegde, managing director, RMRC", "Meenakshi Hegde", "—", "")],
        [("Enjoyed The Morning Five?", "", "", "B"),
         ("Share it on WhatsApp or forward it to a friend.", "", "", "B")],
        [("Was this forwarded to you?", "", "", "B"),
         ("Sign up here.", "", "", "B")],
        [("You are receiving this email because you subscribed to The Morning Five from The Nagarvani.", "", "", "B")],
        [("Unsubscribe  ·  Manage preferences  ·  Privacy policy", "", "", "B")],
        [("The Nagarvani, 14 Ring Road, Civil Lines, Rajkhera 452011", "", "", "B")],
        [("© 2026 Nagarvani Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Kenyan TV station's website story with video player furniture: new expressway tolls
        [("LIVE TV", "", "", "B")],
        [("Kipepeo TV", "", "", "B")],
        [("Home   News   Counties   Business   Sports   Entertainment   Video   Podcasts", "", "", "B")],
        [("News", "", "", "B")],
        [("Motorists to pay up to Sh600 a trip on Ndovu Expressway from April 1", "", "", "W")],
        [("By Wambui Ndirangu", "", "", "B")],
        [("Published on: Wed, 18 Mar 2026 18:42 EAT  |  2 min read", "", "", "B")],
        [("Share:  Facebook  X  WhatsApp  Telegram", "", "", "B")],
        [("Watch: Motorists react to new Ndovu Expressway tolls", "", "", "")],
        [("Duration 3:12", "", "", "B")],
        [("Autoplay", "", "", "B")],
        [("Up Next", "", "", "B")],
        [("Boda boda riders protest Kisima Town parking fees", "", "", "B")],
        [("Motorists using the Ndovu Expressway will pay between Sh150 and Sh600 per trip from April 1, the roads authority has announced.", "the roads authority", "has announced", "W")],
        [("Private cars will pay Sh150 for the full 48-kilometre route between Mugumo Junction and Kisima Town, while trucks with more than three axles will pay Sh600.", "", "", "W")],
        [("The dual carriageway was opened in September 2024 at a cost of Sh74 billion, about a third of it borrowed from a consortium of foreign lenders.", "", "", "W")],
        [("Transport CS Jeremiah Oduor said the tolls would pay for maintenance of the road and help repay the loan, which falls due in 2034.", "Jeremiah Oduor", "said", "W")],
        [("Speaking at the Mugumo toll plaza on Wednesday, the CS said motorists had enjoyed the expressway free of charge for 18 months.", "Jeremiah Oduor", "said", "W")],
        [("“Nothing in this world is free.", "Jeremiah Oduor", "said", ""),
         ("A road like this one needs Sh1.2 billion a year just to keep it in good condition,” he said.", "Jeremiah Oduor", "said", "W")],
        [("Watch: CS Oduor explains the new toll charges", "", "", "")],
        [("Duration 1:48", "", "", "B")],
        [("About 31,000 vehicles use the expressway every day, according to the authority.", "the authority", "according to", "W")],
        [("Motorists will pay using prepaid tags or mobile money, and cash will not be accepted at the toll plazas.", "", "", "W")],
        [("The chairman of the Mugumo Matatu Owners' Welfare Association, Peter Gicheru, said his members would raise fares on the route by Sh20 per passenger if the tolls went ahead.", "Peter Gicheru", "said", "W")],
        [("“We are not against paying for the road, but we were not consulted,” he told Kipepeo TV.", "Peter Gicheru", "told Kipepeo TV", "")],
        [("Mugumo MP Hon. Grace Muthoni said she would table a motion in Parliament next week asking the ministry to suspend the tolls until public hearings had been held.", "Grace Muthoni", "said", "W")],
        [("Motorists who spoke to Kipepeo TV at the toll plaza were divided.", "", "", "")],
        [("“Sh150 is less than I spend on fuel sitting in traffic on the old road,” said Faith Jeptoo, a teacher who drives to Kisima Town every day.", "Faith Jeptoo", "said", "")],
        [("Motorists who do not want to pay can use the old Mugumo–Kisima road, which adds about 25 kilometres to the journey.", "", "", "W")],
        [("Get the latest news on our WhatsApp channel.", "", "", "B")],
        [("Tags:  Ndovu Expressway   Tolls   Transport   Mugumo", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Kisima Town traders count losses after expressway diverts traffic", "", "", "B")],
        [("Oduor: No new roads without tolls", "", "", "B")],
        [("Trending", "", "", "B")],
        [("KCSE 2025: Top candidates in Mugumo County", "", "", "B")],
        [("Kipepeo TV is a member of the Rafiki Media Group.", "", "", "B")],
        [("About Us   Contact Us   Advertise   Privacy Policy   Terms of Service", "", "", "B")],
        [("Copyright © 2026 Kipepeo TV.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ('n34-writethru-slug-and-eds-note', "BC-EU-Norway-Cod Quota, 3rd Ld-Writethru\nNorway cuts Arctic cod quota by 18% as spawning stock hits 35-year low\nEds: CORRECTS spelling of minister's surname in 4th paragraph to Haugvaldstad, sted Haugvalstad. CORRECTS quota for coastal vessels in 7th paragraph to 96,400 metric tons, sted 69,400. UPDATES with comment from fishermen's association, exporter, auction prices. With photos.",
     ['BC-EU-Norway-Cod Quota, 3rd Ld-Writethru', 'Norway cuts Arctic cod quota by 18% as spawning stock hits 35-year low', "Eds: CORRECTS spelling of minister's surname in 4th paragraph to Haugvaldstad, sted Haugvalstad.", 'CORRECTS quota for coastal vessels in 7th paragraph to 96,400 metric tons, sted 69,400.', "UPDATES with comment from fishermen's association, exporter, auction prices.", 'With photos.']),
    ('n34-caps-dateline-with-country', "SKJELVIK, Norway (Sternpost) — Norway will cut its quota for Arctic cod by 18% next year after government scientists found the stock's spawning population had fallen to its lowest level since 1991, the Fisheries Ministry said Thursday.\nFishermen can land 311,000 metric tons of cod in 2027, down from 379,000 tons this year, the ministry said in a statement. It is the fourth cut in a row and leaves the quota at less than half its 2021 level.",
     ["SKJELVIK, Norway (Sternpost) — Norway will cut its quota for Arctic cod by 18% next year after government scientists found the stock's spawning population had fallen to its lowest level since 1991, the Fisheries Ministry said Thursday.", 'Fishermen can land 311,000 metric tons of cod in 2027, down from 379,000 tons this year, the ministry said in a statement.', 'It is the fourth cut in a row and leaves the quota at less than half its 2021 level.']),
    ('n34-caption-feb-and-bracketed-credit', 'A fishing boat unloads cod at the harbor in Skjelvik, Norway, on Feb. 11, 2026. (Sternpost Photo/Bjørnar Vikesland)',
     ['A fishing boat unloads cod at the harbor in Skjelvik, Norway, on Feb. 11, 2026.', '(Sternpost Photo/Bjørnar Vikesland)']),
    ('n34-correction-note-two-facts', 'Note to readers: This is a corrected story. A previous version said the Petrel Bluff radar was out of service for 19 days in 2024. In fact, it was out of service for 91 days.\nWeather radars were down for months at a time, leaving gaps in storm warnings: auditor general',
     ['Note to readers: This is a corrected story.', 'A previous version said the Petrel Bluff radar was out of service for 19 days in 2024.', 'In fact, it was out of service for 91 days.', 'Weather radars were down for months at a time, leaving gaps in storm warnings: auditor general']),
    ('n34-province-abbrev-ends-line', '— With files from Émile Boisvenu in Lisgar Bend, Man.\nThis report by The Dominion Press was first published March 10, 2026.',
     ['— With files from Émile Boisvenu in Lisgar Bend, Man.', 'This report by The Dominion Press was first published March 10, 2026.']),
    ('n34-key-events-times-glued', 'Key events\n12:14 a.m. Ostrowicz concedes\n11:52 p.m. Property tax amendment fails\n11:38 p.m. Parallax Wire projects Eckhoff-Banda wins',
     ['Key events', '12:14 a.m. Ostrowicz concedes', '11:52 p.m. Property tax amendment fails', '11:38 p.m. Parallax Wire projects Eckhoff-Banda wins']),
    ('n34-results-panel-rows', 'Candidate   Party   Votes   Pct.\nLorraine Eckhoff-Banda ✓   Dem   498,112   51.6%\nDale Ostrowicz   Rep   446,905   46.3%\nHarmon Dettweiler   Lib   20,311   2.1%\nEst. 96% of expected vote counted',
     ['Candidate   Party   Votes   Pct.', 'Lorraine Eckhoff-Banda ✓   Dem   498,112   51.6%', 'Dale Ostrowicz   Rep   446,905   46.3%', 'Harmon Dettweiler   Lib   20,311   2.1%', 'Est. 96% of expected vote counted']),
    ('n34-race-call-pm-central-jan', "Parallax Wire called the race for Democrat Lorraine Eckhoff-Banda at 11:38 p.m. Central, with an estimated 91% of the vote counted.\nEckhoff-Banda, a two-term state senator from Verdigreen County, will be sworn in on Jan. 11. She ran on expanding the state's early childhood program and on blocking the property tax amendment.",
     ['Parallax Wire called the race for Democrat Lorraine Eckhoff-Banda at 11:38 p.m. Central, with an estimated 91% of the vote counted.', 'Eckhoff-Banda, a two-term state senator from Verdigreen County, will be sworn in on Jan. 11.', "She ran on expanding the state's early childhood program and on blocking the property tax amendment."]),
    ('n34-embedded-post-handle-time', 'Samir Velazco @SamirVelazcoKS\nOsterwald County is 88% in and we are up 14 there. Nobody is declaring anything yet. Stay in line, stay calm, eat a cookie.\n11:09 PM · Nov 3, 2026',
     ['Samir Velazco @SamirVelazcoKS', 'Osterwald County is 88% in and we are up 14 there.', 'Nobody is declaring anything yet.', 'Stay in line, stay calm, eat a cookie.', '11:09 PM · Nov 3, 2026']),
    ('n34-polls-pm-zone-not-ending', "Polls closed at 7 p.m. Central in most of Kansas and at 7 p.m. Mountain in the four western counties on Mountain time. Results in this blog and in the table above come from Parallax Wire, which gathers counts from county election offices.\nOur reporters are at both campaigns' parties and at the county election office in Osterwald. Refresh this page for the latest updates.",
     ['Polls closed at 7 p.m. Central in most of Kansas and at 7 p.m. Mountain in the four western counties on Mountain time.', 'Results in this blog and in the table above come from Parallax Wire, which gathers counts from county election offices.', "Our reporters are at both campaigns' parties and at the county election office in Osterwald.", 'Refresh this page for the latest updates.']),
    ('n34-status-warning-kmh-24h', 'National Weather Office @NatWeatherIE\nStatus Orange wind warning for all coastal areas of the west and north-west, valid until 18:00 today. Southwesterly winds will gust 110 to 130km/h, with very high seas and a risk of coastal flooding at high tide this evening.\n1:04 PM · 17 Nov 2026',
     ['National Weather Office @NatWeatherIE', 'Status Orange wind warning for all coastal areas of the west and north-west, valid until 18:00 today.', 'Southwesterly winds will gust 110 to 130km/h, with very high seas and a risk of coastal flooding at high tide this evening.', '1:04 PM · 17 Nov 2026']),
    ('n34-glued-update-stamps', 'UPDATE 3.50pm: State Highway 52 is closed between Kōpurereka and Ōtaraua Point because of slips, the transport agency says. There is no detour.\nUPDATE 3.21pm: Police say there are no reports of deaths. Inspector Lachlan Meiklejohn said officers had helped evacuate the Waiharoa Mall and a rest home on Harbour View Rd as a precaution.',
     ['UPDATE 3.50pm: State Highway 52 is closed between Kōpurereka and Ōtaraua Point because of slips, the transport agency says.', 'There is no detour.', 'UPDATE 3.21pm: Police say there are no reports of deaths.', 'Inspector Lachlan Meiklejohn said officers had helped evacuate the Waiharoa Mall and a rest home on Harbour View Rd as a precaution.']),
    ('n34-transcript-labels-question', "PREMIER: Happy to take questions.\nJOURNALIST: Premier, the Auditor-General's report last month found ambulances at this hospital spent an average of 74 minutes ramped. How do 140 beds fix that if you can't staff the ones you've got?",
     ['PREMIER: Happy to take questions.', "JOURNALIST: Premier, the Auditor-General's report last month found ambulances at this hospital spent an average of 74 minutes ramped.", "How do 140 beds fix that if you can't staff the ones you've got?"]),
    ('n34-dollar-opening-turn-inaudible', "PREMIER: $160 million of it was in last year's Budget for planning and early works. The rest is new.\nJOURNALIST: On the Whipbird Line, the opening date has now been pushed back twice. When will trains actually run?\nPREMIER: The advice I have from the department is the second half of 2028. The tunnelling contractor went into administration in August, and that cost the project about seven months.\nJOURNALIST: Nurses say they'll walk off the job for 24 hours next Thursday. Will you meet them?",
     ["PREMIER: $160 million of it was in last year's Budget for planning and early works.", 'The rest is new.', 'JOURNALIST: On the Whipbird Line, the opening date has now been pushed back twice.', 'When will trains actually run?', 'PREMIER: The advice I have from the department is the second half of 2028.', 'The tunnelling contractor went into administration in August, and that cost the project about seven months.', "JOURNALIST: Nurses say they'll walk off the job for 24 hours next Thursday.", 'Will you meet them?']),
    ('n34-wire-summary-bullets-byline', '* Rand gains 0.8% against dollar\n* Consumer inflation slows to 3.9% in February\n* Top-40 index closes up 1.1%\nBy Nomvula Ngcobo\nMarch 18, 2026 5:52 PM GMT+2  ·  Updated 2 hours ago',
     ['* Rand gains 0.8% against dollar', '* Consumer inflation slows to 3.9% in February', '* Top-40 index closes up 1.1%', 'By Nomvula Ngcobo', 'March 18, 2026 5:52 PM GMT+2  ·  Updated 2 hours ago']),
    ('n34-rate-note-and-credits', '($1 = 17.6250 rand)\n(Reporting by Nomvula Ngcobo; Additional reporting by Sizwe Khambule; Editing by Garrett Lamington and Ines Vellender)\nOur Standards: How Brisant reports the news.',
     ['($1 = 17.6250 rand)', '(Reporting by Nomvula Ngcobo; Additional reporting by Sizwe Khambule; Editing by Garrett Lamington and Ines Vellender)', 'Our Standards: How Brisant reports the news.']),
    ('n34-minute-stamp-var-check', "84'\nVAR CHECK: possible penalty to Strathcairn for handball by Lewis Gascoigne.\nCheck complete: no penalty. The ball struck Gascoigne on the shoulder, according to the stadium screen.",
     ["84'", 'VAR CHECK: possible penalty to Strathcairn for handball by Lewis Gascoigne.', 'Check complete: no penalty.', 'The ball struck Gascoigne on the shoulder, according to the stadium screen.']),
    ('n34-minute-exclamation-yellow', "90+5' That's it! The final whistle goes and Drumlarig Park erupts.\n90+3' YELLOW CARD - Tomás Ferreiro (Strathcairn United) is booked for dissent.",
     ["90+5' That's it!", 'The final whistle goes and Drumlarig Park erupts.', "90+3' YELLOW CARD - Tomás Ferreiro (Strathcairn United) is booked for dissent."]),
    ('n34-juror-no-designations', 'Brancaleone excused Juror No. 9, a retired teacher, after she told the court that her husband had been admitted to hospital. An alternate, Juror No. 13, took her place.\nThe jury is now made up of seven women and five men, with three alternates left.',
     ['Brancaleone excused Juror No. 9, a retired teacher, after she told the court that her husband had been admitted to hospital.', 'An alternate, Juror No. 13, took her place.', 'The jury is now made up of seven women and five men, with three alternates left.']),
    ('n34-court-qa-yes', 'Q: Did you tell him that?\nA: Yes. In that meeting, and in an email the next morning.',
     ['Q: Did you tell him that?', 'A: Yes.', 'In that meeting, and in an email the next morning.']),
    ('n34-timeline-am-times', "Fri 7.40am: First reports of declined card payments\nFri 9.15am: App and online banking taken offline\nSat 2.50pm: Most services restored\nSat 6.30pm: Chief executive's video apology",
     ['Fri 7.40am: First reports of declined card payments', 'Fri 9.15am: App and online banking taken offline', 'Sat 2.50pm: Most services restored', "Sat 6.30pm: Chief executive's video apology"]),
    ('n34-numbered-item-shri-initials', "1. Central bank holds rates, trims growth forecast\nThe central bank's monetary policy committee kept the repo rate unchanged at 6% on Wednesday, with five of its six members voting to hold. It cut its growth forecast for 2026-27 to 6.6% from 6.9%, citing weaker exports.\nGovernor Shri R. K. Srinivasaraghavan said inflation was “well within the band” and the committee would watch food prices closely through the summer.",
     ['1. Central bank holds rates, trims growth forecast', "The central bank's monetary policy committee kept the repo rate unchanged at 6% on Wednesday, with five of its six members voting to hold.", 'It cut its growth forecast for 2026-27 to 6.6% from 6.9%, citing weaker exports.', 'Governor Shri R. K. Srinivasaraghavan said inflation was “well within the band” and the committee would watch food prices closely through the summer.']),
    ('n34-sponsor-pa-then-item', 'PRESENTED BY\nChampakali Home Finance: Home loans from 8.35% p.a. T&C apply.\n4. High Court quashes hookah bar ban',
     ['PRESENTED BY', 'Champakali Home Finance: Home loans from 8.35% p.a.', 'T&C apply.', '4. High Court quashes hookah bar ban']),
    ('n34-player-watch-duration-autoplay', 'Watch: Motorists react to new Ndovu Expressway tolls\nDuration 3:12\nAutoplay\nUp Next\nBoda boda riders protest Kisima Town parking fees',
     ['Watch: Motorists react to new Ndovu Expressway tolls', 'Duration 3:12', 'Autoplay', 'Up Next', 'Boda boda riders protest Kisima Town parking fees']),
    ('n34-hon-mp-then-sh-quote', 'Mugumo MP Hon. Grace Muthoni said she would table a motion in Parliament next week asking the ministry to suspend the tolls until public hearings had been held.\nMotorists who spoke to Kipepeo TV at the toll plaza were divided.\n“Sh150 is less than I spend on fuel sitting in traffic on the old road,” said Faith Jeptoo, a teacher who drives to Kisima Town every day.',
     ['Mugumo MP Hon. Grace Muthoni said she would table a motion in Parliament next week asking the ministry to suspend the tolls until public hearings had been held.', 'Motorists who spoke to Kipepeo TV at the toll plaza were divided.', '“Sh150 is less than I spend on fuel sitting in traffic on the old road,” said Faith Jeptoo, a teacher who drives to Kisima Town every day.']),
]  # fmt: skip
