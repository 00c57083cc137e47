"""Thirty-first set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13 in round seventeen, before any rule was tuned on them and without
looking at the engine's code or output (neither `claimreview/` nor the scorer's results were opened,
and no test, scorer or engine was run; only an import of this file was tried, to check its
structure): every person, place, organisation, outlet, company, charity, journal, product and
number is invented (England and Wales and London appear once each, only in a registration line and
an address; currencies, units, the emergency numbers, and generic institutions such as "the High
Court", "the Court of Appeal", "the King's Bench Division", "the Treasury", "NHS" or "the Market
Abuse Regulation" appear only as settings; the charity name "Crimestoppers" only in the anonymous
reporting line of the police page, as the kind of line this set stresses; social networks and
podcast apps only in share, follow and subscribe strips), and no surname, town or outlet of any
file under `tests/` is reused (each was checked with grep over the whole `tests/` tree; first names
recur). Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after
selecting all in a browser, so every furniture line is a paragraph of its own. The twelve pages
are the primary sources a fact-checker pastes, and news built on them: a police force's appeal for
witnesses after a hit-and-run on a cyclist; a utilities regulator's enforcement decision summary
(a supplier fined for overcharging prepayment customers); a city council's Full Council minutes
page (a lido motion with an amendment and recorded votes); a court's published judgment summary
(a fall on a leisure-centre staircase, liability with contributory negligence); a building-products
group's annual-results announcement on a regulatory news service, with its forward-looking
statements disclaimer; a food charity's report launch page; a university's research news page on
a ten-year hedgerow study; a local news site's story built on a hospital trust's board papers; a
local radio station's news bulletin transcript; a podcast episode page with show notes, chapters
and a transcript excerpt; an electoral commission's by-election results announcement; and a fire
service's incident update page. The three things they stress are (1) furniture of every kind
worded afresh, at the head, in the middle and at the tail (skip links, emergency lines, site
menus, breadcrumbs, page-type labels, "On this page" lists, glued published-and-reference lines,
"Updated" stamps, photo credits, "Can you help?" and "How to contact us" blocks, reference and
"Call 101, quoting Ref." lines, Crimestoppers lines, related appeals, "Was this page helpful?",
feedback forms, text-relay lines, GOV-style footers and licence lines, "Case details" panels,
reference numbers, document download lines with PDF, XLSX and KB sizes, "Notes to editors",
"Media enquiries", meeting details, webcast links, PRESENT and IN ATTENDANCE lists, apologies,
numbered agenda items, recorded-vote lines, signature and draft lines, attendance tables,
neutral citations, case numbers, "Important notice" sentences, regulatory-news numbers and release
times, highlights tables with footnote markers, "Enquiries", "About", "Forward-looking statements",
LEI lines, "END", embargo lines, "ENDS", case-study boxes with a changed-name note, charity
numbers, "at a glance" panels, journal references and DOI lines, "Read more:" and "Most read",
"LISTEN LIVE", "On air now", bulletin titles, transcript notices, jingles, "[CLIP]" markers,
"Previous bulletins", podcast subscribe strips, episode lines, chapter timestamps ("00:14:32"),
"Transcript" labels, time codes, sound cues, sponsors' reads, credits, membership appeals, result
tables, rejected-ballot tables, incident panels and "Update 14:20" stamps, advice boxes and
follow strips); (2) who is speaking ("Detective Inspector X, of ..., said:", "DI Kestell said", "a
spokesperson for the force", "his wife, Carys", "Supt. X ... said", "The Authority found", "we",
"has told us", "The Lord Mayor announced", "the Director of Finance confirmed", "asked",
"replied", "thanked", councillors who "moved" and "seconded", "alleging", "argued", "Mr Justice X
found", "the judge said", "gave evidence", "A maintenance log entry ... recorded", "described ...
as", "The court held", "X, Chief Executive of Y, said:", "The Board expects", "report finds",
"calls for", "according to a report published today by ...", "The report, Working and Hungry,
found", "It found", a case study under a changed name, "Responding to the report, a government
spokesperson said", "the study, published today in the journal ..., found", "The team found",
"The researchers caution", "called", "board papers show", "The trust's integrated performance report
shows", "In her report to the board, X says", "she writes", "told the Messenger", "The business case
... puts", newsreader and "[CLIP]" labels, "Campaigners say", "told the station", "Wealdmoor Crown
Court heard", "HOST:" and guest labels, "He explains", "declined to put anyone forward for an
interview", "The statement says:", "The Returning Officer ... said:", "Group Commander X ... said:",
"said in a statement"; pronouns and surnames later; bodies named inside quotes and motions that
are not speakers); (3) honest check-worthiness: votes, figures, dates, findings, orders and
statements of record "W" against appeals, thanks, hopes, judgements, forecasts and scene "", many
borderline. `STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new28.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; captions by content and credits "B"; standfirsts and subheads
labelled like headlines, question and topic subheads ""; mastheads, kickers, widgets and share
strips "B"; contents lists "B", the same words standing in the body as subheads labelled by
content; fact-box headings "B" with their lines by content; tables' titles and header rows "B",
their rows ""; related lists, "Read more" lines, "Most read" numbers and headlines "B";
reader-service lines, appeals and advice to readers "B", advice spoken by a quoted official
keeping its speaker with flags ""; a police force's, a regulator's, a council's, a charity's and a
fire service's own text without a speaker, "we" included; release headers, embargo lines, "ENDS",
notes to editors (numbered, one "B" sentence each), "About ..." paragraphs, media contacts and
forward-looking statements "B"; "X said:" lead-ins "" with X as speaker and the quote's paragraphs
carrying X and "said"; minutes as the council's own record, "RESOLVED", proposals, seconders,
declarations, votes and the closing time "W", "Present:"-type lists ""; a court summary's account of
what the court decided and ordered "W" without a speaker, "the court held" carrying the court, a
judge given only by surname kept so, paragraph references part of their sentence, the summary
disclaimer "B"; journal references one "B" sentence each, DOI and funding lines "B"; transcript
labels as cues with the full name as speaker, the host's and newsreader's turns without a speaker
unless they cite a source, their greetings and sign-offs "B", time codes on their own lines and
stage directions "B", chapter lists, credits, sponsor lines and membership appeals "B"; result
lines, "Majority:" and "Turnout:" lines "W", candidate rows ""; warning and incident panels with the
heading "B", reference lines "B" and each line of record "W"; plans, votes and fixtures "W",
forecasts ""; titles, ranks, honorifics and role words dropped from speakers; a pronoun, a later
surname, a first name or a role noun resolved to the full name as first given; "the company", "the
council", "the trust" and the like kept as written; documents, data and analyses as sources kept as
written; "declined to comment" and its kin labelled like speech with flags ""; glued furniture items
without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A police force's appeal page: the "APPEAL" label, "On this page" and each item under it, the glued
  "Published ... | Ref: ..." line, "Updated ..." stamps, the photo credit, "Can you help?" and "How
  to contact us" (the appeal's own headings, "B" even in the body), every contact route ("Call 101,
  quoting Ref. ...", the online form, the upload portal), both Crimestoppers sentences, "Related
  appeals" with its headlines (a question headline split into two "B" sentences), "Was this page
  helpful?", each line of the feedback form, the text-relay line and the footer are "B". In the body,
  "What happened" is a topic subhead, "", while "Update: man arrested" states an arrest and is "W"
  (the same words in the contents list stay "B"). The force's own account, the arrest on suspicion,
  the bail date and the naming of the victim are "W" without a speaker; a caption that only shows
  the road is "". "Detective Inspector X, of the force's ... Unit, said:" is a lead-in, "" with her as
  speaker, and her quoted plea for dashcam footage is advice spoken by an official, "" (not the
  page's "B" appeal); "DI Kestell said" resolves to her, "W" for the recovered car. "In a statement
  released through the force, his wife, Carys, said:" gives "Carys Trehearne" (the victim named in
  the sentence before carries the surname) and her memories are "". "Supt." is dropped like "DI";
  "PC 1187 Dafydd Penhelig ... is supporting his family" and "Enquiries are being overseen by DCI
  ..." bring officers in without a reporting verb and carry no speaker, the latter "" (who oversees
  an inquiry is not worth checking). "A spokesperson for the force said the family had asked for
  privacy" keeps the spokesperson as written and is "".
* A regulator's enforcement decision: "Enforcement decision" and the glued "Decision summary ·
  Published ... · Ref. ..." line are "B"; the "Case details" panel is a fact panel: heading "B",
  "Firm:" a party line, "" (like "Appellant:"), "Firm reference number:" a reference line, "B", and
  "Date of decision:", "Breach:", "Penalty:" and "Consumer redress:" "W". "Summary" is a heading,
  "B", as in `labelled_new22.py`; "What went wrong", "Our findings" and "Penalty and redress" in the
  body are topic subheads, "". The regulator writes as "we" with no speaker, like a charity: the
  fine, the overcharge, the redress, the findings and the factors it weighed are "W", its verdict
  "That is a serious failing in its own right." ""; "The Authority found" keeps "The Authority" with
  "found"; "Corraline has told us it will complete all refunds by 30 June" keeps the firm with the
  cue "has told us" and is "W" (a plan of record); the line telling affected customers whom to call
  is reader service, "B". "In a statement on its website, Corraline said it was “deeply sorry” and
  had since added ... to its checks" has the cue "said" and is "W" for the change it reports. The
  documents list, the numbered notes to editors (the "plc." inside the third never ending it), media
  enquiries, "Related decisions" with its item and date line, the usefulness prompt, the licence
  line and the copyright are "B".
* A council's minutes page: the minutes' title line with date and time is "B", as in
  `labelled_new22.py`; "Meeting details" is a fact-box heading, "B", its "Venue:" line "W" and its
  contact line "B"; the documents and webcast lines are "B". "PRESENT:" and "IN ATTENDANCE:" are lists,
  ""; "Apologies for absence were received from Councillors X and Y." is the apologies list in a
  sentence and stays "", like "Apologies:". Each recorded-vote line ("For (10): Councillors ...",
  "Against (7): ...", "Abstention (1): The Lord Mayor.") is "W": it records how each member voted,
  unlike an attendance list; "The amendment was CARRIED." and "Following debate, the amendment was put
  to the vote, and a recorded vote was requested." are procedural records, "W". A motion moved but
  not yet decided is labelled sentence by sentence: its "This Council notes that ..." sentence states
  facts and is "W", its "believes" and "asks the Cabinet to ..." sentences are "" (what the motion
  proposes; only the "RESOLVED" wording is the council's decision, "W"); the mover-and-seconder
  sentence is "W" without a speaker, and the bodies named in the motion are not speakers. "The Lord
  Mayor announced" and "the Director of Finance confirmed" resolve the office to the person named in
  the PRESENT and IN ATTENDANCE lines ("In answer to a question from Councillor X," is scene); "She
  thanked ..." carries her with the cue "thanked" and is ""; "Mr X asked" carries him, "" as a
  question; "Councillor X, Cabinet Member for ..., replied that ..." drops title and role, "W" for the
  figures; "Councillor X agreed to provide a written answer ..." is what a member did, "W" without a
  speaker. The signature line and the draft note are "B"; "Next meeting:" is a fixture, "W"; the
  "Attendance" heading and header row are "B", each "Cllr Name   Present/Apologies" row "", and "Show
  all 20 councillors" "B"; the feedback form is "B" line by line.
* A court's judgment summary: the case name is a name, ""; the neutral citation on a line of its own
  ("[2026] EWHC 612 (KB)") is a reference line, "B", like "Neutral citation: ..." and "Case No:";
  "Court:" and "Judge:" lines are "", like "Judges:"; "Hearing dates:" is "W", like "Judgment date:";
  "Important notice" and its three sentences, "Paragraph numbers in brackets refer to the full
  judgment.", "Related judgments" with its citation line, the print-and-share strip and the
  publication-form notice are "B". "Mr Justice Carrivick", given without a first name, is
  "Carrivick", and "the judge said", "he found" resolve to him; "described ... as “...”" is a
  characterisation, "" with the cue "described". What the judge DID ("rejected the trust's argument",
  "ordered the trust to pay") is "W" without a speaker: a judge rejecting an argument is the court's
  act, unlike a witness's "rejected" in `labelled_new21.py`; "The court held" carries "The court" with
  "held". "Two members of staff gave evidence that ..." keeps the group with the cue "gave
  evidence"; "A maintenance log entry dated 9 August 2022 recorded" keeps the document as written with
  "recorded"; the claimant's "alleging" and the trust's "argued" are cues as in `labelled_new22.py`,
  "W" where the claim or argument rests on checkable facts (a weekly inspection, a bag in her hand).
  "(para. 4)", "(paras. 44-46)" and "s. 3" never end a sentence; a judge's quoted general remark
  ("A handrail that moves is worse than no handrail at all ...") is "".
* A results announcement on a regulatory news service: the service's name and menu, the company-name
  line, "RNX Number:", "Released ...", "Final Results" (the announcement type), "Financial highlights"
  and "Operational highlights" (headings), the footnote under the table, "Results presentation" with
  its sentences, "Enquiries" and its contact lines, "Notes to editors" with the company description,
  the four forward-looking sentences, the inside-information line, "LEI:", the service's two
  sentences, "END", the code line and "More announcements from ..." with its items are "B". The
  announcement's title ("Preliminary results for the year ended ...") is a name, ""; the opening
  "... announces its audited results for the year ended 31 December 2025." only says the document
  exists and is "" (unlike an electoral commission's announcing sentence, which states the poll's
  date). A footnote marker ("Adjusted operating profit¹") stays part of its row; the table rows are
  "", the highlight bullets "W" ("Ltd." inside a bullet never ending it). "X, Chief Executive of Y,
  said:" is a lead-in, "" with X; inside her quote, trading figures are "W", pride and caution "".
  "Outlook", "Dividend" and "Board changes" are topic subheads, ""; "The Board expects ... in line with
  current market expectations" is a forecast, "" with "The Board" and "expects", while
  "Company-compiled consensus for 2026 ... is £124.3m" is a published figure of record, "W"; the
  recommended dividend and its payment, record and meeting dates are "W"; "The search for his
  successor is well advanced." is "".
* A charity's report launch page: "PRESS RELEASE" and the embargo line are "B"; the headline "...,
  report finds" carries "report" with "finds"; the standfirst "Open Larder Network calls for ..."
  keeps the charity with the cue "calls for" and is "" (a demand). "according to a report published
  today by the Open Larder Network" keeps the source as written; "The report, Working and Hungry,
  found" drops the title in apposition ("The report"), and "It found" resolves to "The report". The
  charity's own "Our 62 larders handed out ..." is "W" without a speaker; its chief executive's
  "When we started, most of the people coming through our doors were out of work." is the
  organisation's checkable history, "W". The "Case study" heading and "*Name has been changed." are
  "B"; the sentence introducing the case-study subject without a reporting verb carries no speaker
  and is "" (her hours and children are a personal account that cannot be checked under a changed
  name); her quotes carry "Sadia", the asterisk dropped, "". "What we are calling for" and its bullets
  are ""; "Responding to the report, a government spokesperson said" keeps the spokesperson as written
  ("W" for the figures), and "the spokesperson said" resolves to it. Download lines (PDF and XLSX
  sizes) are "B" wherever they fall; "Registered charity No. 1187420." is ONE "B" sentence.
* A university research news page: the headline "..., ten-year study finds" carries "study"; "The
  study, published today in the journal Rural Ecology and Conservation, found" carries "The study"
  (the "published in ..." apposition dropped, as "who was not involved in the study" is); "Researchers
  from the University of ... counted" has no reporting verb and no speaker, "W"; "The team found" keeps
  "The team"; "The researchers caution that the farms were not chosen at random." keeps "The
  researchers" with the cue "caution" and is "W" (a checkable limitation), the speculative "... may
  also have managed their land in other ways" in the next sentence keeps them and is ""; "The team now
  plans to extend the study to 30 arable farms from this spring." is a plan, "W". The "at a glance"
  panel has its heading "B" and its lines "W"; the funding sentence, the journal reference (ONE "B"
  sentence, not split at the initials, "et al." or the title's full stop), the DOI line, the media
  contact and the tags are "B".
* A news story built on board papers: the headline "..., board papers show" carries "board papers"
  with "show"; "according to papers published ahead of a board meeting of ... on Thursday" keeps the
  papers as written; "The trust's integrated performance report shows" and "The papers also show" keep
  the documents. "In her report to the board, chief nurse X says" carries X with "says" (her report is
  her written statement; the opener is a channel, like "In a statement, X said"), and "She writes"
  has the cue "writes". A deficit the papers show the trust expects ("expects to end 2025-26 with a
  deficit of £18.7 million") is "W": a figure of record in a published document, like a county's
  cost estimate, unlike a spoken forecast. "The business case ... puts the cost ..." is "W" with
  "puts", and "It says the ward could open in October if ..." a conditional forecast, "" with "The
  business case". The standfirst's "Trust's chief executive says" resolves to the chief executive
  named in the body; the patients' forum chair's second-hand story ("One woman in her nineties told us
  she waited 31 hours for a bed.") is "", like an anecdote in a tribute. The public board meeting's
  time is a fixture, "W", and "Members of the public can attend or watch online." reader service,
  "B".
* A local radio bulletin's transcript: "LISTEN LIVE", "On air now: ...", the listen line, "Transcript",
  the transcript notice, "[NEWS JINGLE]", "[TRAVEL JINGLE]", the tip line, "Previous bulletins" with
  its items and the group lines are "B"; the bulletin's title ("Wealdmoor FM News at 8: ...") is a
  name, "". The newsreader's label ("JANINE OPIE:") marks the station's journalist, like an anchor:
  her greeting and sign-off are "B", her news sentences carry no speaker unless they cite a source
  ("Campaigners say", "Harlowbank Swimming Club ... says", "Oxmarsh Water says", "A spokesman told the
  station", "Wealdmoor Crown Court heard that ..."), and "told the station" is a cue as written.
  "[CLIP]" glued before a label is part of the sentence and the cue is the label without it, role
  included ("CLLR ANWEN CADWGAN, CABINET MEMBER FOR LEISURE:"), as a question number glued before a
  label is in `labelled_new27.py`; the speaker drops "CLLR". A vox-pop label giving a first name only
  ("GRAHAM, PEXLEY GREEN RESIDENT:") gives "Graham", and his own hardship is "". "Officers are
  appealing for witnesses." read in a bulletin is the appeal, "B", as on a police page. The weather
  read out by the newsreader is a forecast, "" (a spoken item of the bulletin, not a weather widget,
  which stays "B"); travel lines stating a reopening or delays are "W", "Trains ... are running
  normally." a good-service line, "".
* A podcast episode page: the subscribe strip, "Episode 47", the date-and-length line, "▶ Play
  episode", "Show notes", "Chapters" and each chapter line with its "00:14:32"-style timestamp,
  "Mentioned in this episode" and its items, "Transcript", the two transcript-notice sentences, each
  time code on its own line, "[Traffic passing]", the members line, "Credits" and each credit line,
  "Support the show" and its sentences, "Next episode", "More episodes" with its numbered items and the
  copyright ("© 2026 Undercurrent Audio Ltd." and "All rights reserved.", split after "Ltd.") are "B";
  the episode's title, a question, is "". The show notes are labelled like a story ("He explains ..."
  carries the guest with "explains", a teaser ""; "declined to put anyone forward for an interview"
  is labelled like "declined to comment", the whole phrase as cue; "at 00:38:10" never ends a
  sentence). "HOST:" turns carry no speaker (the show's journalist), their scene and questions "",
  their facts "W", "The company says" inside one keeping "The company"; a guest labelled in full
  first ("KWABENA ANTWI-DYER:") and by first name later ("KWABENA:") carries his full name, with each
  label as written as cue. The sponsor's read spoken in a "HOST:" turn is "B" sentence by sentence,
  the label part of its first sentence: it is the page's sponsor line in the host's voice, not the
  show's reporting. "We asked Aldstow Water for an interview; it sent a statement instead." is the
  show's reporting act, "" without a speaker, and "The statement says:" is a lead-in, "" with "The
  statement", which carries the quoted sentences after it ("W" for the investment and the repairs,
  "" for "We know our customers expect better").
* An electoral commission's results page: "Announcement" is a label, "B"; the announcing sentence
  states the poll's date and is "W"; the Returning Officer's declaration and the count's start time
  are what an officer did, "W" without a speaker ("p.m." ending the first sentence). The result
  table's title and header row are "B", each candidate row "" (the surname in capitals part of it);
  "Elected:", "Majority:", "Electorate:", "Ballot papers issued:", "Turnout:" and "Rejected ballot
  papers:" are "W"; the note on percentages is "B"; the rejected-papers table has its title and
  header "B" and its rows "". "No. 4" never ends a sentence. "Hamish Drennagh, the Returning Officer,
  said:" is a lead-in, ""; his thanks are "", his turnout comparison "W". "What happens next" is a
  topic subhead, ""; the oath-taking sitting, the Gazette date, the petition deadline and the expenses
  deadline are fixtures and rules of record, "W". Downloads, media enquiries, "About the Commission"
  and its sentences, the usefulness prompt and the footer are "B".
* A fire service's incident page: "Incident update" is a label and "Last updated: ..." a stamp, "B";
  "Incident details" is a fact panel: heading "B", "Incident number:" a reference line, "B", and
  "Date:", "Time of call:", "Location:" and "Status:" "W". Each "Update 14:20"-style stamp is "B",
  like a live-page stamp, and the updates under them (newest first) are the service's own text, with
  no speaker for its "we": crews, engines, tonnage, the closure and "Nobody has been injured." "W",
  "Crews will continue damping down ... throughout the afternoon." a plan, "W", and "They are expected
  to remain on site into the evening." a forecast, "". "Group Commander X, who led the response,
  said:" and "Station Manager X said" drop the rank; the commander's thanks are "", his account of
  drawing water from the canal "W"; the station manager's causal account of waste fires is "W", her
  urging of operators "". "Smoke is drifting north-east across ..." stated in the update is "W", while
  the "Advice for residents" box under it is "B" line by line; "A spokesperson for ... Council's
  environmental health team" is kept as written; "X said in a statement that all 14 staff ... had been
  accounted for" is "W"; the joint investigation to come is a plan, "W". The note on incident pages
  and times (two "B" sentences), the safety-advice promos, the feedback lines, the follow strip, the
  address and the footer are "B".

`CASES` holds 23 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "police force's appeal-for-witnesses page on a hit-and-run that seriously injured a cyclist (skip link, emergency line, menu, breadcrumb, APPEAL label, glued published-and-reference line, On this page list, topic and update subheads, Updated stamp, caption and credit, Detective Inspector's said: lead-in and quote, arrest and bail, the victim named, a wife's statement released through the force, PC with collar number, DCI, Supt., force spokesperson, Can you help? and contact routes with Ref., Crimestoppers lines, related appeals, Was this page helpful?, feedback form, text relay, footer)",
    "utilities regulator's enforcement decision summary on a supplier fined for overcharging prepayment customers (decision label, glued summary-date-reference line, On this page list, Case details panel with firm, reference number, decision date, breach, penalty and redress, the regulator's we, The Authority found, has told us, customer helpline line, Director of Enforcement's said: lead-in, the firm's statement, documents with PDF sizes, numbered notes to editors with plc., media enquiries, related decisions, usefulness prompt, licence line)",
    "city council's Full Council minutes page (minutes title line, meeting details, document download lines with PDF sizes, webcast link, PRESENT and IN ATTENDANCE lists, apologies, numbered agenda items, declaration of interest, RESOLVED, Lord Mayor's announcements, public question and reply, notice of motion moved and seconded, amendment, recorded votes For, Against and Abstention, CARRIED, Director of Finance confirmed, closing time, signature and draft lines, next meeting, attendance table, feedback form, footer)",
    "court's published judgment summary of a personal-injury claim over a leisure-centre handrail (case name with v, neutral citation [2026] EWHC 612 (KB), Court, Judge, Hearing dates, Judgment date and Case No lines, download line, important notice, paragraph references with para. and paras., s. 3 of an Act, alleging, argued, Mr Justice X found, the judge said, gave evidence, a maintenance log recorded, described as, the court held, damages, costs, permission to appeal, related judgments, footer)",
    "building-products group's annual-results announcement on a regulatory news service (service menu, RNX number and release time, announcement type, title and headline, announcing sentence, highlights table with footnote markers and footnote, highlight bullets with Ltd., Chief Executive's said: lead-in and two-paragraph quote, outlook with The Board expects, company-compiled consensus, dividend dates, board change, results presentation, enquiries, notes to editors, forward-looking statements, inside-information line, LEI, END, more announcements)",
    "food charity's report launch page (menu, donate button, PRESS RELEASE label, embargo line, headline with report finds, standfirst with calls for, read time, share strip, according to a report published today, The report ... found and It found, the charity's own figures, download lines with PDF and XLSX sizes, chief executive's said: lead-in and quote, case study box with a changed name, What we are calling for, government spokesperson's response, ENDS, numbered notes to editors, About, charity number, media contact, related news, sign-up box, registration footer)",
    "university's research news page on a ten-year hedgerow and farmland-bird study (label, headline with study finds, standfirst, published and share lines, The study, published today in the journal ..., found, researchers counted, The team found, caption and credit, professor who led the study with said after the quote, co-author, The researchers caution, outside expert who was not involved called it, the team's plan, at-a-glance panel, funding line, journal reference and DOI, media contact, tags, more research news, footer)",
    "local news site's story built on a hospital trust's board papers about A&E waits, corridor care and a new ward (menu, subscribe and sign-in, section label, headline with board papers show, standfirst with the chief executive's says, byline, role, date and read time, according to papers published ahead of a board meeting, the performance report shows, In her report to the board, X says and she writes, Advertisement, the papers show a deficit, told the Messenger, a business case that puts and says, Read more, patients' forum chair, council spokesperson, public meeting, tip line, comments closed, Most read numbers, newsletter box, regulator line)",
    "local radio station's news bulletin transcript (LISTEN LIVE, On air now, menu, bulletin title, listen line, Transcript, transcript notice, jingles, newsreader label with greeting and sign-off, council cabinet vote, [CLIP] labels with a councillor's title and role and a resident's first name, Campaigners say, a club says, fatal crash, police appeal, court heard, burst main, a water company says, A spokesman told the station, sport with a manager who told the station, travel with a reopening and delays, weather read out, tip line, previous bulletins, group and copyright lines)",
    "podcast episode page with show notes, chapters and a transcript excerpt on water leakage (subscribe strip, episode number, title question, date and length, play button, show notes with He explains and declined to put anyone forward for an interview, chapter timestamps like 00:14:32, links mentioned, Transcript label and notice, time codes on their own lines, HOST: turns, a guest labelled in full then by first name, sound cue, the company says in a host turn, sponsor's read in the host's voice, The statement says: and the statement quoted, credits, membership appeal, next episode, more episodes, copyright with Ltd.)",
    "island electoral commission's by-election results announcement for Constituency No. 4 (menu, breadcrumb, announcement label, headline, published line, announcing sentence with the poll's date, Returning Officer's declaration at 11.52 p.m., result table with title, header and candidate rows in capitals, Elected, Majority, Electorate, Ballot papers issued, Turnout and Rejected ballot papers lines, percentages note, rejected-papers table, Returning Officer's said: lead-in, earlier turnout, what happens next with oath, Gazette, petition and expenses deadlines, downloads, media enquiries, About the Commission, usefulness prompt, footer)",
    "fire service's incident update page on a recycling-site fire (emergency line, menu, breadcrumb, incident label, Last updated stamp, Incident details panel with incident number, date, time of call, location and status, Update stamps with updates newest first, plans and a forecast, Group Commander's said: lead-in, smoke drift, Advice for residents box, council environmental health spokesperson, the company said in a statement, joint investigation, times with a.m., Station Manager quoted, share strip, note on updates, safety-advice promos, Was this page helpful?, report a problem, follow strip, address, footer)",
]

ARTICLES = [
    [  # 1. Police force's appeal for witnesses page: cyclist seriously injured, driver failed to stop
        [("Skip to main content", "", "", "B")],
        [("Kelverdale Constabulary", "", "", "B")],
        [("Report a crime   Contact us   Appeals   News   Your area   Jobs", "", "", "B")],
        [("Search this site", "", "", "B")],
        [("In an emergency, always call 999.", "", "", "B")],
        [("Home  ›  News  ›  Appeals", "", "", "B")],
        [("APPEAL", "", "", "B")],
        [("Witnesses sought after cyclist seriously injured on Orlingford Road", "", "", "W")],
        [("Published 9 March 2026 at 11:20  |  Ref: 41260307-0316", "", "", "B")],
        [("Share this page:  Facebook  X  WhatsApp  Email", "", "", "B")],
        [("On this page", "", "", "B")],
        [("What happened", "", "", "B")],
        [("Update: man arrested", "", "", "B")],
        [("Can you help?", "", "", "B")],
        [("How to contact us", "", "", "B")],
        [("What happened", "", "", "")],
        [("Officers are appealing for witnesses after a cyclist was seriously injured in a collision with a car in Coldharrow on Saturday evening (7 March).", "", "", "W")],
        [("The collision happened at about 6.40pm on Orlingford Road, near its junction with Haskerton Lane.", "", "", "W"),
         ("A grey hatchback travelling towards the town centre was in collision with a man riding a red road bike in the same direction.", "", "", "W")],
        [("The cyclist, a 47-year-old man from Coldharrow, was taken to Coldharrow Royal Infirmary with head and pelvic injuries.", "", "", "W"),
         ("He remains in a serious but stable condition.", "", "", "W")],
        [("The driver of the hatchback did not stop at the scene.", "", "", "W"),
         ("The car was found abandoned on Drelham Avenue, about half a mile away, shortly after 7.30pm.", "", "", "W")],
        [("Orlingford Road was closed between Haskerton Lane and the Cawdlemoor roundabout until just after midnight while collision investigators examined the scene.", "", "", "W")],
        [("The stretch of Orlingford Road near Haskerton Lane where the collision happened", "", "", "")],
        [("Photo: Kelverdale Constabulary", "", "", "B")],
        [("Detective Inspector Morwenna Kestell, of the force's Serious Collision Investigation Unit, said:", "Morwenna Kestell", "said", "")],
        [("“This was a frightening collision that has left a man with serious injuries, and his family are understandably devastated.", "Morwenna Kestell", "said", ""),
         ("Orlingford Road is busy at that time on a Saturday, and I am sure there were motorists and pedestrians nearby who saw what happened.", "Morwenna Kestell", "said", "")],
        [("“I am particularly keen to speak to anyone with dashcam footage recorded between 6.30pm and 6.50pm, and to a woman in a blue coat who we believe helped the cyclist before the ambulance arrived.”", "Morwenna Kestell", "said", "")],
        [("Update: man arrested", "", "", "W")],
        [("Updated 10 March 2026, 16:05", "", "", "B")],
        [("A 29-year-old man from Thrapsby was arrested on Monday (9 March) on suspicion of causing serious injury by dangerous driving, failing to stop after a collision and driving while disqualified.", "", "", "W")],
        [("He has been released on bail until 7 April while enquiries continue.", "", "", "W")],
        [("DI Kestell said officers had recovered the hatchback and were examining it, and that its owner had reported it stolen on the Sunday morning.", "Morwenna Kestell", "said", "W")],
        [("The cyclist has now been named as Owain Trehearne, a school caretaker from Coldharrow.", "", "", "W"),
         ("PC 1187 Dafydd Penhelig, a specially trained family liaison officer, is supporting his family.", "", "", "W")],
        [("In a statement released through the force, his wife, Carys, said:", "Carys Trehearne", "said", "")],
        [("“Owain has ridden that road to and from work every day for eleven years.", "Carys Trehearne", "said", ""),
         ("He is a careful rider, and he always wears lights.", "Carys Trehearne", "said", ""),
         ("We are so grateful to the woman who stayed with him and held his hand until the paramedics came, and we would love to be able to thank her.”", "Carys Trehearne", "said", "")],
        [("A spokesperson for the force said the family had asked for privacy and would not be giving interviews.", "A spokesperson for the force", "said", "")],
        [("Enquiries are being overseen by DCI Rhodri Gwellian, head of the Serious Collision Investigation Unit.", "", "", "")],
        [("Supt. Gareth Scantlebury, who leads roads policing in the county, said the force had arrested 14 people for driving while disqualified in Coldharrow since January.", "Gareth Scantlebury", "said", "W")],
        [("Can you help?", "", "", "B")],
        [("If you saw the collision, or saw the grey hatchback being driven on Orlingford Road or Drelham Avenue before or after it, please get in touch.", "", "", "B")],
        [("We would also like to hear from anyone with doorbell or dashcam footage from the area between 6.15pm and 7.45pm.", "", "", "B")],
        [("How to contact us", "", "", "B")],
        [("Report online at kelverdale.police.example/report, quoting reference 41260307-0316.", "", "", "B")],
        [("Call 101, quoting Ref. 41260307-0316.", "", "", "B")],
        [("Upload footage to our secure portal: kelverdale.police.example/upload/0316", "", "", "B")],
        [("Alternatively, contact the independent charity Crimestoppers 100% anonymously on 0800 118 6040 or through its online form.", "", "", "B"),
         ("Crimestoppers never asks for your name and cannot trace your call.", "", "", "B")],
        [("Related appeals", "", "", "B")],
        [("CCTV released after jewellery taken in Thrapsby shop raid", "", "", "B")],
        [("Do you recognise this man?", "", "", "B"),
         ("Appeal after assault at Coldharrow bus station", "", "", "B")],
        [("Was this page helpful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Help us improve this page", "", "", "B")],
        [("Do not use this form to report a crime or to give us information about this appeal.", "", "", "B"),
         ("We cannot reply to feedback.", "", "", "B")],
        [("What were you trying to do?", "", "", "B")],
        [("Send feedback", "", "", "B")],
        [("Accessibility   Cookies   Privacy notice   Freedom of information   Complaints   Terms", "", "", "B")],
        [("Text relay users can contact us on 18001 101.", "", "", "B")],
        [("© Kelverdale Police and Crime Commissioner 2026", "", "", "B")],
    ],
    [  # 2. Regulator's enforcement decision summary: energy supplier fined for overcharging prepayment customers
        [("Skip to content", "", "", "B")],
        [("Retail Utilities Authority", "", "", "B")],
        [("For consumers   For firms   Enforcement   Publications   News   About us", "", "", "B")],
        [("Home › Enforcement › Decisions › 2026", "", "", "B")],
        [("Enforcement decision", "", "", "B")],
        [("Corraline Energy Supply Ltd fined £3.6 million for overcharging prepayment customers", "", "", "W")],
        [("Decision summary  ·  Published 4 March 2026  ·  Ref. ENF-2026-0142", "", "", "B")],
        [("On this page", "", "", "B")],
        [("Summary", "", "", "B")],
        [("What went wrong", "", "", "B")],
        [("Our findings", "", "", "B")],
        [("Penalty and redress", "", "", "B")],
        [("Documents", "", "", "B")],
        [("Case details", "", "", "B")],
        [("Firm: Corraline Energy Supply Ltd", "", "", "")],
        [("Firm reference number: 712044", "", "", "B")],
        [("Date of decision: 3 March 2026", "", "", "W")],
        [("Breach: Standard Licence Condition 27.4 (prepayment charges)", "", "", "W")],
        [("Penalty: £3,612,000 (after a 30% settlement discount)", "", "", "W")],
        [("Consumer redress: £5,140,000", "", "", "W")],
        [("Summary", "", "", "B")],
        [("We have fined Corraline Energy Supply Ltd (Corraline) £3,612,000 after it overcharged 38,400 prepayment meter customers over a period of almost three years.", "", "", "W")],
        [("Between April 2022 and February 2025, Corraline charged prepayment customers its standard credit-meter standing charge instead of the lower rate set by the prepayment cap.", "", "", "W"),
         ("As a result, affected customers paid on average £134 more than they should have.", "", "", "W")],
        [("Corraline has also agreed to pay £5,140,000 in redress, which covers refunds with interest and a goodwill payment of £25 to every affected customer.", "", "", "W")],
        [("What went wrong", "", "", "")],
        [("The error arose when Corraline moved its billing onto a new system in March 2022.", "", "", "W"),
         ("The firm's testing of the new system did not cover prepayment tariffs, and the fault went unnoticed for 34 months.", "", "", "W")],
        [("Corraline found the problem itself in February 2025, after a customer complained, and reported it to us the following month.", "", "", "W")],
        [("Our findings", "", "", "")],
        [("The Authority found that Corraline had breached its licence by failing to charge prepayment customers in line with the cap.", "The Authority", "found", "W")],
        [("We also found that its complaints team had closed at least 210 complaints about the higher charges without investigating them.", "", "", "W"),
         ("That is a serious failing in its own right.", "", "", "")],
        [("In setting the penalty, we took into account that Corraline reported the breach promptly, co-operated with our investigation and began refunding customers before the investigation ended.", "", "", "W")],
        [("Penalty and redress", "", "", "")],
        [("Without the settlement discount, the penalty would have been £5,160,000.", "", "", "W"),
         ("It will be paid to the Treasury and does not come from customers' bills.", "", "", "W")],
        [("Corraline has told us it will complete all refunds by 30 June 2026.", "Corraline", "has told us", "W"),
         ("Customers who have since switched supplier will be sent a cheque to their last known address.", "", "", "W")],
        [("If you think you were affected and have not heard from Corraline by 30 June, contact the firm on 0330 014 2290.", "", "", "B")],
        [("Tamsin Achterveld, Director of Enforcement at the Retail Utilities Authority, said:", "Tamsin Achterveld", "said", "")],
        [("“Prepayment customers are often the people who can least afford to pay a penny more than they should.", "Tamsin Achterveld", "said", ""),
         ("Corraline overcharged them for almost three years, and nobody at the firm noticed.", "Tamsin Achterveld", "said", "W"),
         ("Today's penalty sends a clear message: suppliers must test their systems properly and put things right quickly when they go wrong.”", "Tamsin Achterveld", "said", "")],
        [("In a statement on its website, Corraline said it was “deeply sorry” and had since added prepayment tariffs to the checks it runs before every billing change.", "Corraline", "said", "W")],
        [("Documents", "", "", "B")],
        [("Final notice: Corraline Energy Supply Ltd (PDF, 486 KB)", "", "", "B")],
        [("Settlement decision letter, redacted (PDF, 112 KB)", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [("1. The Retail Utilities Authority is the independent regulator of retail gas, electricity and water supply.", "", "", "B")],
        [("2. Penalties are set under our Penalties Policy (2023), which allows a discount of up to 30% for firms that settle at an early stage.", "", "", "B")],
        [("3. Corraline Energy Supply Ltd is a subsidiary of Corraline Holdings plc. and supplies around 610,000 homes.", "", "", "B")],
        [("Media enquiries: press@rua.example  ·  020 7946 0318 (out of hours: 07700 900 215)", "", "", "B")],
        [("Related decisions", "", "", "B")],
        [("Helmridge Water Services fined £1.1 million over billing errors", "", "", "B")],
        [("November 2025", "", "", "B")],
        [("Was this page useful?", "", "", "B")],
        [("Yes  ·  No", "", "", "B")],
        [("Report a problem with this page", "", "", "B")],
        [("Accessibility  ·  Privacy  ·  Cookies  ·  Terms of use  ·  Contact us", "", "", "B")],
        [("Content on this site may be reused free of charge under our open licence, unless marked otherwise.", "", "", "B")],
        [("© Retail Utilities Authority 2026", "", "", "B")],
    ],
    [  # 3. City council's meeting minutes page: Full Council, lido motion with an amendment and recorded votes
        [("Skip to main content", "", "", "B")],
        [("Tressingham City Council", "", "", "B")],
        [("Bins and recycling   Council tax   Parking   Planning   Housing   Jobs   Your council", "", "", "B")],
        [("Search the site", "", "", "B")],
        [("Home  >  Your council  >  Councillors, meetings and committees  >  Full Council", "", "", "B")],
        [("Minutes", "", "", "B")],
        [("Full Council, Thursday 12 March 2026, 6.30 pm", "", "", "B")],
        [("Meeting details", "", "", "B")],
        [("Venue: Council Chamber, The Guildhall, Tressingham", "", "", "W")],
        [("Contact: Lowri Benbow, Democratic Services Officer  ·  democratic.services@tressingham.example", "", "", "B")],
        [("Documents", "", "", "B")],
        [("Agenda frontsheet (PDF, 164 KB)", "", "", "B")],
        [("Reports pack (PDF, 4.2 MB)", "", "", "B")],
        [("Printed minutes (PDF, 311 KB)", "", "", "B")],
        [("Watch the webcast of this meeting", "", "", "B")],
        [("PRESENT: The Lord Mayor (Councillor Ismay Quested) in the Chair; Councillors Abbatt, Bellhanger, Carreck, Dunstaffe, Eddowes, Fyfield-Rowsell, Hambidge, Lidstone, Maskery, Nettleship, Outhwaite, Petheram, Rendle, Sleightholme, Umbleby, Wernick and Yeldham.", "", "", "")],
        [("IN ATTENDANCE: Dorian Tennamore (Chief Executive), Harriet Mabbutt (Director of Finance) and Lowri Benbow (Democratic Services Officer).", "", "", "")],
        [("57.  Apologies for absence", "", "", "")],
        [("Apologies for absence were received from Councillors Frogley and Loveys.", "", "", "")],
        [("58.  Declarations of interest", "", "", "")],
        [("Councillor Rendle declared a personal interest in item 62 as a trustee of the Tressingham Lido Trust and remained in the meeting.", "", "", "W")],
        [("59.  Minutes of the previous meeting", "", "", "")],
        [("RESOLVED that the minutes of the meeting held on 22 January 2026 be confirmed as a correct record and signed by the Lord Mayor.", "", "", "W")],
        [("60.  Lord Mayor's announcements", "", "", "")],
        [("The Lord Mayor announced that the city's twinning visit to Saint-Aubreuil would take place from 14 to 17 May.", "Ismay Quested", "announced", "W"),
         ("She thanked the volunteers of the Vexbury Parade community garden, which had won a regional award.", "Ismay Quested", "thanked", "")],
        [("61.  Questions from members of the public", "", "", "")],
        [("Mr Ambrose Whetter asked how many public litter bins had been removed from the city centre since April 2025, and why.", "Ambrose Whetter", "asked", "")],
        [("Councillor Callum Sleightholme, Cabinet Member for Environment, replied that 37 bins had been removed, mostly where they were being filled with household waste, and that 22 larger bins had been installed in their place.", "Callum Sleightholme", "replied", "W")],
        [("Councillor Sleightholme agreed to provide a written answer to a supplementary question from Mr Whetter about the bins on Vexbury Parade.", "", "", "W")],
        [("62.  Notice of motion: Tressingham Lido", "", "", "")],
        [("Councillor Nkechi Abbatt moved, and Councillor Rosamund Petheram seconded, the following motion:", "", "", "W")],
        [("“This Council notes that Tressingham Lido has been closed since October 2024 and that the Tressingham Lido Trust has raised £410,000 towards the cost of repairs.", "", "", "W")],
        [("This Council believes that an outdoor pool is an important part of the city's heritage.", "", "", "")],
        [("This Council therefore asks the Cabinet to bring forward a report by July 2026 on options for reopening the Lido, including a grant of up to £250,000 from the Community Infrastructure Levy.”", "", "", "")],
        [("Councillor Tobias Wernick moved, and Councillor Gethin Maskery seconded, an amendment to delete “by July 2026” and insert “by October 2026”.", "", "", "W")],
        [("Following debate, the amendment was put to the vote, and a recorded vote was requested.", "", "", "W")],
        [("For (10): Councillors Bellhanger, Carreck, Eddowes, Hambidge, Lidstone, Maskery, Nettleship, Sleightholme, Umbleby and Wernick.", "", "", "W")],
        [("Against (7): Councillors Abbatt, Dunstaffe, Fyfield-Rowsell, Outhwaite, Petheram, Rendle and Yeldham.", "", "", "W")],
        [("Abstention (1): The Lord Mayor.", "", "", "W")],
        [("The amendment was CARRIED.", "", "", "W")],
        [("The substantive motion, as amended, was then put to the vote and CARRIED unanimously.", "", "", "W")],
        [("RESOLVED that the Cabinet be asked to bring forward a report by October 2026 on options for reopening Tressingham Lido, including a grant of up to £250,000 from the Community Infrastructure Levy.", "", "", "W")],
        [("63.  Treasury management strategy 2026-27", "", "", "")],
        [("Councillor Haroon Lidstone, Cabinet Member for Finance, presented the report, which set out the Council's borrowing limits and investment policy for 2026-27.", "", "", "W")],
        [("In answer to a question from Councillor Fyfield-Rowsell, the Director of Finance confirmed that the authorised limit for borrowing would rise from £318 million to £342 million, mainly to pay for the new depot at Stowmarsh Road.", "Harriet Mabbutt", "confirmed", "W")],
        [("Councillor Lidstone moved, and Councillor Umbleby seconded, the recommendations in the report.", "", "", "W")],
        [("RESOLVED (17 for, 0 against, 1 abstention) that the Treasury Management Strategy 2026-27 be approved.", "", "", "W")],
        [("64.  Appointments to outside bodies", "", "", "")],
        [("RESOLVED that Councillor Yeldham replace Councillor Outhwaite on the Tressingham Airport Consultative Committee.", "", "", "W")],
        [("The meeting closed at 8.47 pm.", "", "", "W")],
        [("Signed ..............................  Lord Mayor", "", "", "B")],
        [("These minutes remain in draft until they are confirmed at the next meeting.", "", "", "B")],
        [("Next meeting: Thursday 23 April 2026, 6.30 pm", "", "", "W")],
        [("Attendance", "", "", "B")],
        [("Councillor   Attendance", "", "", "B")],
        [("Cllr Nkechi Abbatt   Present", "", "", "")],
        [("Cllr Pearl Frogley   Apologies", "", "", "")],
        [("Cllr Dominic Loveys   Apologies", "", "", "")],
        [("Cllr Callum Sleightholme   Present", "", "", "")],
        [("Show all 20 councillors", "", "", "B")],
        [("Was this page helpful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Tell us how we could make this page better", "", "", "B")],
        [("Please don't include any personal or financial information.", "", "", "B")],
        [("Submit", "", "", "B")],
        [("Contact us   Accessibility statement   Privacy   Cookies   Modern slavery statement", "", "", "B")],
        [("© Tressingham City Council 2026", "", "", "B")],
    ],
    [  # 4. Court's published judgment summary: leisure centre fall, liability with contributory negligence
        [("Skip to main content", "", "", "B")],
        [("Judgments and Decisions", "", "", "B")],
        [("Home   Judgments   Sentencing remarks   Press summaries   About the judiciary", "", "", "B")],
        [("Home › Judgments › High Court › King's Bench Division", "", "", "B")],
        [("Judgment summary", "", "", "B")],
        [("Trevisick v Thistleford Leisure Trust", "", "", "")],
        [("[2026] EWHC 612 (KB)", "", "", "B")],
        [("Court: High Court of Justice, King's Bench Division", "", "", "")],
        [("Judge: Mr Justice Carrivick", "", "", "")],
        [("Hearing dates: 10, 11 and 12 February 2026", "", "", "W")],
        [("Judgment date: 6 March 2026", "", "", "W")],
        [("Case No: KB-2024-001873", "", "", "B")],
        [("Download the full judgment (PDF, 1.3 MB)", "", "", "B")],
        [("Important notice", "", "", "B")],
        [("This summary is provided to help the public understand the court's decision.", "", "", "B"),
         ("It does not form part of the reasons for the decision.", "", "", "B"),
         ("The full judgment is the only authoritative document.", "", "", "B")],
        [("Paragraph numbers in brackets refer to the full judgment.", "", "", "B")],
        [("Background", "", "", "")],
        [("On 14 September 2022, the claimant, Mrs Jocasta Trevisick, then aged 68, fell on the main staircase at Thistleford Leisure Centre as she left an aqua-fitness class.", "", "", "W"),
         ("She fractured her left hip and wrist and spent 19 days in hospital (para. 4).", "", "", "W")],
        [("The centre is run by the defendant, Thistleford Leisure Trust, under a contract with Thistleford District Council.", "", "", "W")],
        [("Mrs Trevisick brought a claim alleging that the trust had breached its duty under s. 3 of the Public Venues (Safety) Act 1998 by failing to repair a loose handrail.", "Jocasta Trevisick", "alleging", "W")],
        [("The trust argued that the handrail was inspected every week, that no defect had been reported, and that the claimant had been hurrying down the stairs with a bag in her right hand (para. 9).", "The trust", "argued", "W")],
        [("The judgment", "", "", "")],
        [("Mr Justice Carrivick found that the handrail had been loose for at least six weeks before the fall.", "Carrivick", "found", "W")],
        [("Two members of staff gave evidence that they had told a duty manager about it in early August 2022 (para. 23).", "Two members of staff", "gave evidence", "W"),
         ("A maintenance log entry dated 9 August 2022 recorded “rail wobbly — top of main stairs” (para. 25).", "A maintenance log entry dated 9 August 2022", "recorded", "W")],
        [("The judge said the trust's weekly inspection regime was “adequate on paper but not followed in practice”, noting that no inspection sheet had been completed for the staircase in the five weeks before the fall (para. 31).", "Carrivick", "said", "W")],
        [("He rejected the trust's argument that a secure rail would not have prevented the fall.", "", "", "W"),
         ("The judge described Mrs Trevisick's account of gripping the rail with her left hand as it moved as “clear, consistent and supported by the CCTV footage” (para. 38).", "Carrivick", "described", "")],
        [("However, he found that she had been carrying a heavy bag and looking at her phone as she started down the stairs, and that this had contributed to the fall (paras. 44-46).", "Carrivick", "found", "W")],
        [("The court held that the trust was liable and reduced the damages by 20% for contributory negligence (para. 52).", "The court", "held", "W")],
        [("Damages were assessed at £61,250, which the reduction brings to £49,000.", "", "", "W")],
        [("The judge ordered the trust to pay 80% of the claimant's costs, to be assessed if not agreed.", "", "", "W")],
        [("Permission to appeal was refused.", "", "", "W"),
         ("The trust may still apply to the Court of Appeal for permission within 21 days of the judgment.", "", "", "W")],
        [("“A handrail that moves is worse than no handrail at all, because people trust it,” the judge said (para. 33).", "Carrivick", "said", "")],
        [("Related judgments", "", "", "B")],
        [("Tewksby v Orchley Swimming Club [2025] EWHC 2290 (KB)", "", "", "B")],
        [("Print this page   Share", "", "", "B")],
        [("Was this page helpful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Judgments are published in the form in which they were handed down.", "", "", "B"),
         ("Anonymisation and reporting restrictions may apply.", "", "", "B")],
        [("Terms of use   Privacy   Accessibility   Contact the judicial press office", "", "", "B")],
        [("© Crown copyright", "", "", "B")],
    ],
    [  # 5. Company's annual-results press release on a regulatory news service: building-products distributor
        [("Regulatory News Exchange", "", "", "B")],
        [("Markets   News   Company search   Alerts   Help", "", "", "B")],
        [("Tarnholt Group plc", "", "", "B")],
        [("RNX Number: 4821K", "", "", "B")],
        [("Released 07:00:04 12-Mar-2026", "", "", "B")],
        [("Final Results", "", "", "B")],
        [("Preliminary results for the year ended 31 December 2025", "", "", "")],
        [("Revenue up 6.9% to a record £1.28bn; full-year dividend raised 7%", "", "", "W")],
        [("Tarnholt Group plc (“Tarnholt”, “the Group”), the building products distribution group, announces its audited results for the year ended 31 December 2025.", "", "", "")],
        [("Financial highlights", "", "", "B")],
        [("£m   2025   2024   Change", "", "", "B")],
        [("Revenue   1,284.6   1,201.3   +6.9%", "", "", "")],
        [("Adjusted operating profit¹   118.2   104.7   +12.9%", "", "", "")],
        [("Statutory profit before tax   96.4   71.8   +34.3%", "", "", "")],
        [("Adjusted earnings per share¹   38.1p   33.6p   +13.4%", "", "", "")],
        [("Total dividend per share   21.0p   19.6p   +7.1%", "", "", "")],
        [("Net debt   142.0   168.5   -15.7%", "", "", "")],
        [("¹ Adjusted measures exclude the amortisation of acquired intangibles and restructuring costs of £14.9m (2024: £27.2m); see note 3.", "", "", "B")],
        [("Operational highlights", "", "", "B")],
        [("• Like-for-like sales up 4.2%, with volumes up 1.8% and prices up 2.4%", "", "", "W")],
        [("• 11 new branches opened, taking the total to 236; four underperforming sites closed", "", "", "W")],
        [("• Acquisition of Ossingmoor Timber Ltd. completed in July for £23.5m", "", "", "W")],
        [("• Carbon emissions from the delivery fleet cut by 9% per tonne delivered", "", "", "W")],
        [("Annika Esslemont, Chief Executive of Tarnholt Group plc, said:", "Annika Esslemont", "said", "")],
        [("“2025 was a year of solid progress for Tarnholt.", "Annika Esslemont", "said", ""),
         ("We grew sales in every region, delivered an adjusted operating margin of 9.2%, our highest since 2019, and brought net debt down by £26.5 million.", "Annika Esslemont", "said", "W"),
         ("Our colleagues have done a remarkable job in a market that remained subdued for most of the year.", "Annika Esslemont", "said", "")],
        [("“Trading in the first ten weeks of 2026 has been in line with our expectations, with like-for-like sales up 2.1%.", "Annika Esslemont", "said", "W"),
         ("We remain cautious about the first half, but we are well placed to benefit when housebuilding picks up.”", "Annika Esslemont", "said", "")],
        [("Outlook", "", "", "")],
        [("The Board expects adjusted operating profit for 2026 to be in line with current market expectations.", "The Board", "expects", "")],
        [("Company-compiled consensus for 2026 adjusted operating profit is £124.3m, within a range of £119.0m to £129.5m.", "", "", "W")],
        [("Dividend", "", "", "")],
        [("The Board is recommending a final dividend of 14.2p per share (2024: 13.3p), making a total of 21.0p for the year.", "", "", "W")],
        [("Subject to approval at the Annual General Meeting on 21 May 2026, the final dividend will be paid on 5 June 2026 to shareholders on the register at the close of business on 1 May 2026.", "", "", "W")],
        [("Board changes", "", "", "")],
        [("As announced on 9 January, Rupert Boddington will step down as Chief Financial Officer on 30 June 2026 after eight years in the role.", "", "", "W"),
         ("The search for his successor is well advanced.", "", "", "")],
        [("Results presentation", "", "", "B")],
        [("A presentation for analysts and investors will be held at 09:30 today at the offices of Stribley Warne LLP, 40 Glimsby Street, London EC4.", "", "", "B"),
         ("A live webcast will be available at tarnholt.example/investors, and a recording will be posted later today.", "", "", "B")],
        [("Enquiries", "", "", "B")],
        [("Tarnholt Group plc   Annika Esslemont, Chief Executive   Rupert Boddington, Chief Financial Officer   +44 (0)1632 960 700", "", "", "B")],
        [("Larksby Communications   Hattie Clemo   +44 (0)20 7946 0855", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [("Tarnholt is a leading distributor of timber, building materials and plumbing products, with 236 branches and around 6,900 colleagues.", "", "", "B"),
         ("Its shares are listed on the main market (ticker: TRN).", "", "", "B")],
        [("Forward-looking statements", "", "", "B")],
        [("This announcement contains certain forward-looking statements with respect to the Group's financial condition, results and business.", "", "", "B"),
         ("By their nature, these statements involve risk and uncertainty because they relate to events, and depend on circumstances, that will occur in the future.", "", "", "B"),
         ("Actual results may differ materially from those expressed or implied by such statements.", "", "", "B"),
         ("Nothing in this announcement should be read as a profit forecast.", "", "", "B")],
        [("This announcement contains inside information for the purposes of the Market Abuse Regulation.", "", "", "B")],
        [("LEI: 213800TRN4ZR7VT3K681", "", "", "B")],
        [("This information is provided by RNX, the regulatory news service.", "", "", "B"),
         ("Terms and conditions, including restrictions on use and distribution, apply.", "", "", "B")],
        [("END", "", "", "B")],
        [("FR QKLBLXFBZBBK", "", "", "B")],
        [("More announcements from Tarnholt Group plc", "", "", "B")],
        [("Notice of Results   19-Feb-2026", "", "", "B")],
        [("Director/PDMR Shareholding   03-Feb-2026", "", "", "B")],
    ],
    [  # 6. NGO's report launch page: food insecurity among working families
        [("Skip to content", "", "", "B")],
        [("Open Larder Network", "", "", "B")],
        [("Get help   Find a larder   Our research   Campaigns   Volunteer", "", "", "B")],
        [("Donate now", "", "", "B")],
        [("News  /  Press releases", "", "", "B")],
        [("PRESS RELEASE", "", "", "B")],
        [("Embargoed until 00:01, Tuesday 10 March 2026", "", "", "B")],
        [("One in five working families with children ran out of food last winter, report finds", "report", "finds", "W")],
        [("Open Larder Network calls for free school meals for every child in a household receiving in-work benefits", "Open Larder Network", "calls for", "")],
        [("10 March 2026  ·  5 min read", "", "", "B")],
        [("Share:  Facebook  X  LinkedIn  Email", "", "", "B")],
        [("One in five working families with children in the region ran out of food at least once between November 2025 and February 2026, according to a report published today by the Open Larder Network.", "a report published today by the Open Larder Network", "according to", "W")],
        [("The report, Working and Hungry, found that 21% of families in which at least one adult works full time had skipped meals or gone a whole day without eating because they could not afford food.", "The report", "found", "W")],
        [("That is up from 14% when the charity last asked the same questions, in the winter of 2022-23.", "", "", "W")],
        [("It found that the rise was steepest among families renting privately, where the figure reached 29%.", "The report", "found", "W"),
         ("Families with three or more children were almost twice as likely to have run out of food as those with one child.", "", "", "W")],
        [("Our 62 larders handed out 184,300 emergency food parcels in 2025, 38% more than in 2023.", "", "", "W"),
         ("More than a third went to households where someone was in work.", "", "", "W")],
        [("Download the full report (PDF, 2.8 MB)", "", "", "B")],
        [("Bisi Adetola-Tweddle, chief executive of the Open Larder Network, said:", "Bisi Adetola-Tweddle", "said", "")],
        [("“These are nurses, bus drivers and care workers.", "Bisi Adetola-Tweddle", "said", ""),
         ("They are doing everything that is asked of them, and they are still going hungry.", "Bisi Adetola-Tweddle", "said", "")],
        [("“When we started, most of the people coming through our doors were out of work.", "Bisi Adetola-Tweddle", "said", "W"),
         ("Now it's often the person who has just finished a night shift.", "Bisi Adetola-Tweddle", "said", ""),
         ("No one in full-time work should have to queue at a food bank to feed their children.”", "Bisi Adetola-Tweddle", "said", "")],
        [("Case study", "", "", "B")],
        [("Sadia*, 34, works 32 hours a week as a care assistant in Mellingbeck and has two children, aged six and nine.", "", "", "")],
        [("“Once the rent and the electric are paid, there's about £40 left for the week,” she said.", "Sadia", "said", "")],
        [("“Some nights I have toast so the kids can have the pasta.", "Sadia", "said", ""),
         ("I never thought I'd be the one asking for help.”", "Sadia", "said", "")],
        [("*Name has been changed.", "", "", "B")],
        [("What we are calling for", "", "", "")],
        [("• Free school meals for every child in a household receiving in-work benefits", "", "", "")],
        [("• A rise in housing support so that it covers at least the cheapest 30% of local rents", "", "", "")],
        [("• A cash-first crisis support scheme, funded in every council area", "", "", "")],
        [("Responding to the report, a government spokesperson said free school meals were already provided to more than 2.1 million pupils and that the national minimum wage had risen by 6.7% in April 2025.", "a government spokesperson", "said", "W")],
        [("“We know families are still finding things tough, and we are determined to bring down the cost of living,” the spokesperson said.", "a government spokesperson", "said", "")],
        [("Read the summary (PDF, 640 KB)", "", "", "B")],
        [("Download the data tables (XLSX, 96 KB)", "", "", "B")],
        [("ENDS", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [("1. The Open Larder Network commissioned Haverlock Research to survey 2,114 parents in work across the region between 6 and 27 January 2026.", "", "", "B")],
        [("2. Results are weighted to be representative of working families with children by household type, tenure and area.", "", "", "B")],
        [("3. The comparison figure of 14% comes from the network's 2023 survey of 1,980 parents, which asked the same questions.", "", "", "B")],
        [("4. Spokespeople and case studies are available for interview on request.", "", "", "B")],
        [("About the Open Larder Network", "", "", "B")],
        [("The Open Larder Network supports 62 community larders and food banks and campaigns for an end to the need for emergency food.", "", "", "B"),
         ("Registered charity No. 1187420.", "", "", "B")],
        [("Media contact", "", "", "B")],
        [("Priya Jagatheesan, press officer  ·  07700 900 418  ·  press@openlarder.example", "", "", "B")],
        [("Related news", "", "", "B")],
        [("Larders report busiest December on record", "", "", "B")],
        [("Volunteers needed for new Kittlesby larder", "", "", "B")],
        [("Get our newsletter", "", "", "B")],
        [("Email address", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Open Larder Network is a charity registered in England and Wales (1187420) and a company limited by guarantee (11823306).", "", "", "B")],
        [("Privacy   Cookies   Accessibility   Contact", "", "", "B")],
    ],
    [  # 7. University's research news page on a study: hedgerow restoration and farmland birds
        [("Skip to main content", "", "", "B")],
        [("University of Wendlecote", "", "", "B")],
        [("Study   Research   International   Business   About   News", "", "", "B")],
        [("News  ›  Research news", "", "", "B")],
        [("Research news", "", "", "B")],
        [("Restored hedgerows almost doubled farmland bird numbers, ten-year study finds", "study", "finds", "W")],
        [("Farms that replanted the gaps in their hedges saw yellowhammers and linnets return within five years", "", "", "W")],
        [("Published: 17 March 2026", "", "", "B")],
        [("Share  ·  Email  ·  Print", "", "", "B")],
        [("The study, published today in the journal Rural Ecology and Conservation, found that farmland bird numbers rose by 87% on farms that restored their hedgerows, compared with 12% on neighbouring farms that kept cutting theirs every year.", "The study", "found", "W")],
        [("Researchers from the University of Wendlecote counted birds on 46 farms in the Vale of Ellacombe between 2015 and 2025.", "", "", "W")],
        [("Half of the farms replanted gaps in their hedges and let them grow taller and wider, while the other half carried on cutting them every autumn.", "", "", "W"),
         ("Birds were counted on each farm four times a year, twice in spring and twice in winter.", "", "", "W")],
        [("The team found that the biggest gains were among yellowhammers, linnets and song thrushes, which nest in dense hedges and feed on the seeds and insects they shelter.", "The team", "found", "W")],
        [("On restored farms, breeding yellowhammers went from an average of three pairs per farm to eight.", "", "", "W")],
        [("A flailed hedgerow on one of the comparison farms in the Vale of Ellacombe", "", "", "")],
        [("Image: Ffion Jeavons / University of Wendlecote", "", "", "B")],
        [("“What surprised us was how quickly the birds came back,” said Professor Idris Maddern, of the university's School of Biosciences, who led the study.", "Idris Maddern", "said", "")],
        [("“Within five years, the restored hedges were holding twice as many nesting pairs as the ones that were flailed every autumn.", "Idris Maddern", "said", "W"),
         ("A hedge is not just a boundary; it is a habitat, and farmers can make a real difference with quite modest changes.”", "Idris Maddern", "said", "")],
        [("Dr Léonie Sennett, a co-author of the study, said restoring a hedge cost farmers an average of £1,900 per kilometre, most of which was covered by grants.", "Léonie Sennett", "said", "W")],
        [("She said that cutting hedges every other year rather than every year also saved farmers time and fuel.", "Léonie Sennett", "said", "W")],
        [("The researchers caution that the farms were not chosen at random.", "The researchers", "caution", "W"),
         ("Farmers who volunteered to restore their hedges may also have managed their land in other ways that helped birds.", "The researchers", "caution", "")],
        [("Dr Benedikt Hoskisson, head of science at the Farmland Wildlife Trust, who was not involved in the study, called it “one of the most convincing long-term field studies of its kind”.", "Benedikt Hoskisson", "called", "")],
        [("“Ten years of counts on the same farms is rare,” he said.", "Benedikt Hoskisson", "said", ""),
         ("“The next question is whether the effect holds on big arable farms, where hedges are fewer and further apart.”", "Benedikt Hoskisson", "said", "")],
        [("The team now plans to extend the study to 30 arable farms from this spring.", "", "", "W")],
        [("The study at a glance", "", "", "B")],
        [("Farms: 46 (23 restored, 23 comparison)", "", "", "W")],
        [("Period: 2015 to 2025", "", "", "W")],
        [("Change in bird numbers: +87% on restored farms, +12% on comparison farms", "", "", "W")],
        [("The study was funded by the Countryside Research Council and the Ellacombe Farmers' Trust.", "", "", "B")],
        [("Journal reference", "", "", "B")],
        [("Maddern I, Sennett L, Uglow R, et al. Hedgerow restoration and farmland bird recovery: a ten-year paired-farm study. Rural Ecol Conserv. 2026;31(2):214-229.", "", "", "B")],
        [("DOI: 10.5599/rec.2026.0214", "", "", "B")],
        [("Media contact", "", "", "B")],
        [("Ffion Jeavons, Press Office  ·  +44 (0)1632 960 244  ·  press@wendlecote.example", "", "", "B")],
        [("Tags: Biosciences   Environment   Farming   Wildlife", "", "", "B")],
        [("More research news", "", "", "B")],
        [("Wendlecote engineers test tidal turbine blades made from flax", "", "", "B")],
        [("New centre to study loneliness in later life opens in April", "", "", "B")],
        [("Contact us   Jobs   Accessibility   Privacy and cookies   Freedom of information", "", "", "B")],
        [("© University of Wendlecote 2026", "", "", "B")],
    ],
    [  # 8. Local news site's story built on a hospital trust's board papers: A&E waits and corridor care
        [("Crommerby Messenger", "", "", "B")],
        [("News   Sport   What's On   Property   Jobs   Announcements   e-Edition", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("Health", "", "", "B")],
        [("Patients waited more than 12 hours in A&E 4,112 times in January, board papers show", "board papers", "show", "W")],
        [("Trust's chief executive says winter has been ‘the hardest in a decade’ as he asks for a new ward", "Marcus Lampard", "says", "")],
        [("By Tilda Rashbrook", "", "", "B")],
        [("Health reporter", "", "", "B")],
        [("Tuesday 17 March 2026, 6:00 am", "", "", "B")],
        [("4 min read", "", "", "B")],
        [("Patients at Crommerby's hospitals waited more than 12 hours in the emergency department on 4,112 occasions in January, the highest monthly figure on record, according to papers published ahead of a board meeting of North Crommerby Hospitals NHS Trust on Thursday.", "papers published ahead of a board meeting of North Crommerby Hospitals NHS Trust on Thursday", "according to", "W")],
        [("The trust's integrated performance report shows that the figure was almost double the 2,160 recorded in January 2025.", "The trust's integrated performance report", "shows", "W")],
        [("Only 58.3% of patients were admitted, transferred or discharged within four hours of arriving, against a national target of 78%.", "", "", "W")],
        [("In her report to the board, chief nurse Rhiannon Tapsfield says corridor care, in which patients are treated on trolleys in hospital corridors, was used on 27 of January's 31 days.", "Rhiannon Tapsfield", "says", "W")],
        [("She writes that nurses reported 46 incidents in which patients in corridors had no way of calling for help, and that three of those patients fell.", "Rhiannon Tapsfield", "writes", "W")],
        [("“This is not the standard of care our patients deserve, and it is not the standard our staff want to give,” she writes.", "Rhiannon Tapsfield", "writes", "")],
        [("Advertisement", "", "", "B")],
        [("The papers also show that the trust expects to end 2025-26 with a deficit of £18.7 million, £6.2 million more than it planned.", "The papers", "show", "W")],
        [("Chief executive Marcus Lampard told the Messenger that January had been “the hardest month in a decade” for staff.", "Marcus Lampard", "told the Messenger", "")],
        [("He said flu admissions had peaked at 142 patients in a single day in the second week of January, more than three times last winter's peak.", "Marcus Lampard", "said", "W")],
        [("“We opened 36 extra beds over the winter and it still wasn't enough,” Mr Lampard said.", "Marcus Lampard", "said", "W")],
        [("“On Thursday we are asking the board to approve a business case for a 24-bed ward at Yarnwick Community Hospital, so we can move patients who are well enough to leave the acute hospital.”", "Marcus Lampard", "said", "W")],
        [("Read more: Hospital car parking charges to rise by 40p from April", "", "", "B")],
        [("The business case, included in the board papers, puts the cost of running the new ward at £3.4 million a year.", "The business case", "puts", "W"),
         ("It says the ward could open in October if the board and regional health commissioners approve it.", "The business case", "says", "")],
        [("Glenys Fogwill, chair of the Crommerby Patients' Forum, said the figures were “shocking but not surprising”.", "Glenys Fogwill", "said", "")],
        [("“We hear every week from people who have spent a night on a trolley,” she said.", "Glenys Fogwill", "said", ""),
         ("“One woman in her nineties told us she waited 31 hours for a bed.", "Glenys Fogwill", "said", ""),
         ("The trust needs more beds, but it also needs the council to find care home places so that people can leave hospital when they are ready.”", "Glenys Fogwill", "said", "")],
        [("A spokesperson for Crommerby County Council said it had paid for 120 extra short-term care placements since November.", "A spokesperson for Crommerby County Council", "said", "W")],
        [("The board meets in public at 10am on Thursday in the education centre at Crommerby General Hospital.", "", "", "W"),
         ("Members of the public can attend or watch online.", "", "", "B")],
        [("Got a story?", "", "", "B"),
         ("Email newsdesk@crommerbymessenger.example or message us on WhatsApp.", "", "", "B")],
        [("Comments are closed on this article.", "", "", "B")],
        [("Most read", "", "", "B")],
        [("1", "", "", "B")],
        [("Man charged after car hits shop front on Lostwick Street", "", "", "B")],
        [("2", "", "", "B")],
        [("New owners for town's oldest pub", "", "", "B")],
        [("3", "", "", "B")],
        [("Plans for 90 homes on former dairy site approved", "", "", "B")],
        [("Get the Messenger morning briefing in your inbox", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("We are regulated by the Independent Press Council and follow the Editors' Code of Practice.", "", "", "B")],
        [("© Lenchford Media Ltd 2026", "", "", "B")],
    ],
    [  # 9. Local radio station's news bulletin transcript: leisure centre closures, fatal crash, court, sport, travel, weather
        [("Wealdmoor FM 97.4", "", "", "B")],
        [("LISTEN LIVE ▶", "", "", "B")],
        [("On air now: Breakfast with Gus & Tilly  ·  6am–10am", "", "", "B")],
        [("Home   News   Travel   Weather   Shows   Win   Contact", "", "", "B")],
        [("News", "", "", "B")],
        [("Wealdmoor FM News at 8: Tuesday 17 March 2026", "", "", "")],
        [("Listen to this bulletin  ·  4:48", "", "", "B")],
        [("Transcript", "", "", "B")],
        [("This transcript has been produced from our broadcast and may contain minor errors.", "", "", "B")],
        [("[NEWS JINGLE]", "", "", "B")],
        [("JANINE OPIE: Wealdmoor FM News at eight o'clock, I'm Janine Opie.", "", "", "B"),
         ("Two of Wealdmoor's four council-run leisure centres will close in the summer under plans approved by councillors last night.", "", "", "W"),
         ("The council's cabinet voted five to two to shut the pools at Harlowbank and Pexley Green from the end of July, saving around one point three million pounds a year.", "", "", "W")],
        [("[CLIP] CLLR ANWEN CADWGAN, CABINET MEMBER FOR LEISURE: Nobody came into politics to close swimming pools.", "Anwen Cadwgan", "CLLR ANWEN CADWGAN, CABINET MEMBER FOR LEISURE:", ""),
         ("But both buildings need new roofs and new boilers, and the repair bill alone is more than six million pounds.", "Anwen Cadwgan", "CLLR ANWEN CADWGAN, CABINET MEMBER FOR LEISURE:", "W"),
         ("We simply cannot find that money.", "Anwen Cadwgan", "CLLR ANWEN CADWGAN, CABINET MEMBER FOR LEISURE:", "")],
        [("JANINE OPIE: Campaigners say they will ask the council's scrutiny committee to review the decision.", "Campaigners", "say", "W"),
         ("Harlowbank Swimming Club, which has more than 300 members, says it has nowhere else to train.", "Harlowbank Swimming Club", "says", "W")],
        [("A man has died after his van left the road and hit a tree on the A4172 near Scobbington last night.", "", "", "W"),
         ("Police were called at about twenty past ten.", "", "", "W"),
         ("The road was closed until four o'clock this morning.", "", "", "W"),
         ("Officers are appealing for witnesses.", "", "", "B")],
        [("A former care home manager from Scobbington has been jailed for two years and eight months for stealing more than forty-eight thousand pounds from residents.", "", "", "W"),
         ("Wealdmoor Crown Court heard that Della Nance, who's 52, took cash from the home's safe over four years.", "Wealdmoor Crown Court", "heard", "W")],
        [("Around two thousand four hundred homes in Pexley Green were without water for most of yesterday after a main burst under the High Street.", "", "", "W"),
         ("Oxmarsh Water says the repair should be finished by tonight.", "Oxmarsh Water", "says", ""),
         ("A spokesman told the station bottled water is being handed out at Pexley Green community centre until eight this evening.", "A spokesman", "told the station", "W")],
        [("[CLIP] GRAHAM, PEXLEY GREEN RESIDENT: We've had nothing since six yesterday morning.", "Graham", "GRAHAM, PEXLEY GREEN RESIDENT:", ""),
         ("I've got a mum of eighty-nine living with us and we're flushing the toilet with rainwater.", "Graham", "GRAHAM, PEXLEY GREEN RESIDENT:", "")],
        [("JANINE OPIE: In sport, Wealdmoor Town are back up to fourth in the Southern Counties League after beating Cardle Rovers two-nil last night.", "", "", "W"),
         ("Callum Zennor scored both goals.", "", "", "W"),
         ("Manager Sinéad Mewett told the station it was “the best we've played all season”.", "Sinéad Mewett", "told the station", "")],
        [("[TRAVEL JINGLE]", "", "", "B")],
        [("JANINE OPIE: On the roads, the A4172 near Scobbington has reopened after last night's crash.", "", "", "W"),
         ("There are long delays on the Wealdmoor ring road at Tanners Cross roundabout because of temporary traffic lights.", "", "", "W"),
         ("Trains between Wealdmoor and Scobbington are running normally.", "", "", "")],
        [("And the weather: cloudy this morning with some drizzle, brightening up this afternoon, with highs of twelve degrees.", "", "", "")],
        [("That's the news; I'm Janine Opie, and the next news is at nine.", "", "", "B")],
        [("Got a story?", "", "", "B"),
         ("Contact the Wealdmoor FM newsroom on 01632 960 974 or at news@wealdmoorfm.example.", "", "", "B")],
        [("Previous bulletins", "", "", "B")],
        [("7am: Tuesday 17 March 2026", "", "", "B")],
        [("6am: Tuesday 17 March 2026", "", "", "B")],
        [("Wealdmoor FM is part of the Quenmoor Radio group.", "", "", "B")],
        [("Station policies   Complaints   Privacy   Cookies", "", "", "B")],
        [("© 2026 Quenmoor Radio Ltd", "", "", "B")],
    ],
    [  # 10. Podcast episode page with show notes and a transcript excerpt: water leakage
        [("Undercurrent", "", "", "B")],
        [("Episodes   About   Newsletter   Support the show", "", "", "B")],
        [("Subscribe:  Apple Podcasts  ·  Spotify  ·  Pocket Casts  ·  RSS", "", "", "B")],
        [("Episode 47", "", "", "B")],
        [("Where does all the water go?", "", "", "")],
        [("3 March 2026  ·  52 min", "", "", "B")],
        [("▶ Play episode", "", "", "B")],
        [("Show notes", "", "", "B")],
        [("Aldstow Water loses about 31% of the water it treats before it reaches a tap, the highest leakage rate of any supplier in the country.", "", "", "W"),
         ("This week, Nell goes out at dawn with a former leakage engineer to find out why.", "", "", "")],
        [("Kwabena Antwi-Dyer spent 19 years finding leaks for Aldstow Water before he retired in 2024.", "", "", "W"),
         ("He explains how leaks are found, why so many go unfixed for weeks, and what an old cast-iron main sounds like when it is about to burst.", "Kwabena Antwi-Dyer", "explains", "")],
        [("Aldstow Water declined to put anyone forward for an interview but sent a statement, which Nell reads at 00:38:10.", "Aldstow Water", "declined to put anyone forward for an interview", "")],
        [("Chapters", "", "", "B")],
        [("00:00:00  Intro", "", "", "B")],
        [("00:02:45  The 31% question", "", "", "B")],
        [("00:14:32  Listening for leaks", "", "", "B")],
        [("00:27:50  Why the mains keep bursting", "", "", "B")],
        [("00:38:10  The company's statement", "", "", "B")],
        [("00:44:05  What happens next", "", "", "B")],
        [("Mentioned in this episode", "", "", "B")],
        [("Water Services Regulation Board: leakage performance tables, 2024-25", "", "", "B")],
        [("Aldstow Water: Business Plan 2025-2030", "", "", "B")],
        [("Transcript", "", "", "B")],
        [("This transcript was generated automatically and lightly edited.", "", "", "B"),
         ("It may contain errors.", "", "", "B")],
        [("[00:14:32]", "", "", "B")],
        [("HOST: So we're standing on a pavement in Fulmoor at six in the morning, and you've got what looks like a stethoscope for the road.", "", "", ""),
         ("What are we listening for?", "", "", "")],
        [("KWABENA ANTWI-DYER: A hiss, mostly.", "Kwabena Antwi-Dyer", "KWABENA ANTWI-DYER:", ""),
         ("You put the ground microphone down over the main, and if there's a leak you hear it like a kettle just before it boils.", "Kwabena Antwi-Dyer", "KWABENA ANTWI-DYER:", ""),
         ("At night, when nobody's running a bath, you can pick up a leak 40 or 50 metres away.", "Kwabena Antwi-Dyer", "KWABENA ANTWI-DYER:", "W")],
        [("HOST: And when you found one, how long did it take to get it fixed?", "", "", "")],
        [("KWABENA: When I started, in 2005, we had a target of five working days.", "Kwabena Antwi-Dyer", "KWABENA:", "W"),
         ("By the time I left, it could be six or seven weeks for anything that wasn't coming up through the road.", "Kwabena Antwi-Dyer", "KWABENA:", "W")],
        [("[Traffic passing]", "", "", "B")],
        [("HOST: The company says its average repair time last year was 11 days.", "The company", "says", "W")],
        [("KWABENA: That's the average across everything, including the big bursts they fix the same day.", "Kwabena Antwi-Dyer", "KWABENA:", ""),
         ("The slow ones are the small leaks, and there are thousands of them.", "Kwabena Antwi-Dyer", "KWABENA:", "")],
        [("[00:26:58]", "", "", "B")],
        [("HOST: This episode of Undercurrent is supported by Cradleigh Insurance.", "", "", "B"),
         ("Cradleigh's home cover includes escape-of-water claims as standard.", "", "", "B"),
         ("Get a quote at cradleigh.example/undercurrent.", "", "", "B")],
        [("[00:38:10]", "", "", "B")],
        [("HOST: We asked Aldstow Water for an interview; it sent a statement instead.", "", "", ""),
         ("The statement says:", "The statement", "says", "")],
        [("“We are investing £412 million between 2025 and 2030 to cut leakage by a quarter.", "The statement", "says", "W"),
         ("We fixed more than 23,000 leaks last year, and we are installing 9,000 acoustic loggers that listen for leaks around the clock.", "The statement", "says", "W"),
         ("We know our customers expect better, and so do we.”", "The statement", "says", "")],
        [("[00:44:05]", "", "", "B")],
        [("HOST: The regulator has given Aldstow until March 2027 to show it can meet its leakage target, or face a fine of up to 10% of its turnover.", "", "", "W")],
        [("KWABENA: I hope they do it.", "Kwabena Antwi-Dyer", "KWABENA:", ""),
         ("But I heard the same promise in 2010, and again in 2015.", "Kwabena Antwi-Dyer", "KWABENA:", "W")],
        [("The full transcript is available to members.", "", "", "B")],
        [("Credits", "", "", "B")],
        [("Undercurrent is presented by Nell Vantley and produced by Tomás Brierfield.", "", "", "B")],
        [("Sound design by Ruth Vivian.", "", "", "B")],
        [("Theme music by The Ledgerwells.", "", "", "B")],
        [("Support the show", "", "", "B")],
        [("Undercurrent is independent and listener-funded.", "", "", "B"),
         ("Join for £4 a month and get every episode without ads.", "", "", "B")],
        [("Next episode: Who owns the gas pipe under your drive? (10 March)", "", "", "B")],
        [("More episodes", "", "", "B")],
        [("46. The bridge nobody will pay for", "", "", "B")],
        [("45. Inside a sewage works at 3am", "", "", "B")],
        [("© 2026 Undercurrent Audio Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Election commission's results announcement page: Assembly by-election in Constituency No. 4
        [("Skip to main content", "", "", "B")],
        [("Orran Islands Electoral Commission", "", "", "B")],
        [("Register to vote   Elections   Results   Candidates and agents   Publications   About us", "", "", "B")],
        [("Home › Results › By-elections › 2026", "", "", "B")],
        [("Announcement", "", "", "B")],
        [("Fenella Corkish elected for Constituency No. 4 (Saltrey North) in House of Assembly by-election", "", "", "W")],
        [("Published 20 March 2026, 00:41", "", "", "B")],
        [("The Orran Islands Electoral Commission announces the result of the by-election held on Thursday 19 March 2026 to fill the vacancy in Constituency No. 4 (Saltrey North) of the House of Assembly.", "", "", "W")],
        [("The by-election was called after the death of the sitting member, Ewan Skillicorn, in January.", "", "", "W")],
        [("The Returning Officer, Hamish Drennagh, declared the result at the count in Saltrey Town Hall at 11.52 p.m.", "", "", "W"),
         ("Counting began at 10.05 p.m., after all 11 ballot boxes had arrived from the polling stations.", "", "", "W")],
        [("Constituency No. 4 (Saltrey North): result", "", "", "B")],
        [("Candidate   Party   Votes   %", "", "", "B")],
        [("Fenella CORKISH   Independent   1,406   47.0", "", "", "")],
        [("Declan QUIRKWOOD   Islands Labour   911   30.4", "", "", "")],
        [("Mairead TOSHACK   Progressive Alliance   522   17.4", "", "", "")],
        [("Brendan KEWISH   Independent   155   5.2", "", "", "")],
        [("Elected: Fenella Corkish (Independent)", "", "", "W")],
        [("Majority: 495", "", "", "W")],
        [("Electorate: 6,148", "", "", "W")],
        [("Ballot papers issued: 3,021", "", "", "W")],
        [("Turnout: 49.1%", "", "", "W")],
        [("Rejected ballot papers: 27", "", "", "W")],
        [("Percentages are of valid votes and are rounded to one decimal place.", "", "", "B")],
        [("Ballot papers rejected at the count", "", "", "B")],
        [("Reason   Number", "", "", "B")],
        [("No official mark   2", "", "", "")],
        [("Voting for more than one candidate   9", "", "", "")],
        [("Writing or mark by which the voter could be identified   1", "", "", "")],
        [("Unmarked or void for uncertainty   15", "", "", "")],
        [("Hamish Drennagh, the Returning Officer, said:", "Hamish Drennagh", "said", "")],
        [("“I would like to thank all four candidates and their agents, the count staff and, above all, the voters of Saltrey North.", "Hamish Drennagh", "said", ""),
         ("Turnout was higher than at the last general election in the constituency, which is encouraging for a by-election in March.”", "Hamish Drennagh", "said", "W")],
        [("Turnout in Constituency No. 4 at the 2023 general election was 46.3%.", "", "", "W")],
        [("What happens next", "", "", "")],
        [("Mrs Corkish will take the oath and her seat at the next sitting of the House of Assembly on Tuesday 24 March.", "", "", "W")],
        [("The result will be published in the Orran Islands Gazette on 27 March 2026.", "", "", "W")],
        [("An election petition challenging the result must be presented to the High Court within 21 days of the declaration.", "", "", "W")],
        [("Candidates' election expenses returns must reach the Commission by 17 April 2026, and the Commission will publish them on this website in May.", "", "", "W")],
        [("Downloads", "", "", "B")],
        [("Declaration of result of poll (PDF, 84 KB)", "", "", "B")],
        [("Statement of persons nominated (PDF, 61 KB)", "", "", "B")],
        [("Verification statement (PDF, 52 KB)", "", "", "B")],
        [("Media enquiries", "", "", "B")],
        [("Aoife Kermeen, Communications Officer  ·  +44 1632 960 512  ·  media@orranelections.example", "", "", "B")],
        [("About the Commission", "", "", "B")],
        [("The Orran Islands Electoral Commission is an independent body set up under the Elections Act 2009.", "", "", "B"),
         ("It runs elections and referendums on the islands and keeps the electoral register.", "", "", "B")],
        [("Was this page useful?", "", "", "B")],
        [("Yes  /  No", "", "", "B")],
        [("Accessibility  ·  Privacy  ·  Freedom of information  ·  Contact us", "", "", "B")],
        [("© Orran Islands Electoral Commission 2026", "", "", "B")],
    ],
    [  # 12. Fire service's incident update page: recycling site fire, updates newest first
        [("Skip to main content", "", "", "B")],
        [("Ashfold Fire and Rescue Service", "", "", "B")],
        [("Emergency? Call 999", "", "", "B")],
        [("Home   Safety advice   Incidents   News   Careers   About us   Contact", "", "", "B")],
        [("Home › Incidents › Latest incidents", "", "", "B")],
        [("Incident update", "", "", "B")],
        [("Large fire at Staverleigh recycling site", "", "", "W")],
        [("Last updated: Monday 16 March 2026, 14:20", "", "", "B")],
        [("Incident details", "", "", "B")],
        [("Incident number: AFRS-2026-004718", "", "", "B")],
        [("Date: Monday 16 March 2026", "", "", "W")],
        [("Time of call: 02:14", "", "", "W")],
        [("Location: Istleford Recycling Ltd, Hensby Industrial Estate, Staverleigh", "", "", "W")],
        [("Status: Scaled down, crews damping down", "", "", "W")],
        [("Update 14:20", "", "", "B")],
        [("The fire is now under control, and we have reduced the number of fire engines at the scene from 12 to four.", "", "", "W")],
        [("Crews will continue damping down hot spots throughout the afternoon.", "", "", "W"),
         ("They are expected to remain on site into the evening.", "", "", "")],
        [("Quarry Lane remains closed between Mill Road and the entrance to the estate.", "", "", "W")],
        [("Update 08:45", "", "", "B")],
        [("At the height of the fire, 12 fire engines, an aerial ladder platform and a high-volume pump were at the scene.", "", "", "W")],
        [("About 600 tonnes of mixed plastics and cardboard were alight in an open storage bay measuring roughly 40 metres by 25 metres.", "", "", "W")],
        [("Firefighters stopped the fire spreading to a neighbouring warehouse and to a row of four homes on Quarry Lane.", "", "", "W"),
         ("Nobody has been injured.", "", "", "W")],
        [("Group Commander Tomasz Wieczorek, who led the response, said:", "Tomasz Wieczorek", "said", "")],
        [("“Crews worked through the night in difficult conditions, and they did a fantastic job to stop this fire spreading.", "Tomasz Wieczorek", "said", ""),
         ("We used a high-volume pump to draw water from the Stave canal, because the hydrants on the estate could not supply enough on their own.", "Tomasz Wieczorek", "said", "W"),
         ("I'd like to thank residents for their patience while the road is closed.”", "Tomasz Wieczorek", "said", "")],
        [("Smoke is drifting north-east across Staverleigh and Millhythe.", "", "", "W")],
        [("Advice for residents", "", "", "B")],
        [("Residents in Staverleigh and Millhythe should keep windows and doors closed.", "", "", "B")],
        [("If you have asthma or another breathing condition, keep your inhaler with you.", "", "", "B")],
        [("For health advice, call 111.", "", "", "B")],
        [("A spokesperson for Staverleigh Borough Council's environmental health team said officers were monitoring air quality at three places downwind of the site.", "A spokesperson for Staverleigh Borough Council's environmental health team", "said", "W")],
        [("Istleford Recycling said in a statement that all 14 staff on the night shift had been accounted for and that it was co-operating fully with the fire service.", "Istleford Recycling", "said in a statement", "W")],
        [("A joint investigation into the cause of the fire with Ashfold Police will begin once the site is safe.", "", "", "W")],
        [("Update 03:30", "", "", "B")],
        [("We were called at 2.14 a.m. to reports of a fire at a recycling site on Hensby Industrial Estate.", "", "", "W"),
         ("The first crew arrived seven minutes later, at 2.21 a.m.", "", "", "W"),
         ("Crews from Staverleigh, Millhythe, Orrington Cross and Kittlesby are now in attendance.", "", "", "W")],
        [("Station Manager Imogen Rathbeggan said it was the third fire at a waste site in the county this year.", "Imogen Rathbeggan", "said", "W")],
        [("“Waste fires are hard to put out because the material is packed tight and keeps burning deep inside the pile,” she said.", "Imogen Rathbeggan", "said", "W"),
         ("“We'd urge site operators to check their fire plans and keep their stacks small.”", "Imogen Rathbeggan", "said", "")],
        [("Share this incident:  Facebook  X  Email", "", "", "B")],
        [("Incident pages are updated as information becomes available.", "", "", "B"),
         ("Times are approximate.", "", "", "B")],
        [("Safety advice", "", "", "B")],
        [("Test your smoke alarms every month", "", "", "B")],
        [("Book a free Safe and Well visit", "", "", "B")],
        [("Was this page helpful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Is there anything wrong with this page?", "", "", "B")],
        [("Report a problem", "", "", "B")],
        [("Follow us:  Facebook  ·  X  ·  Instagram", "", "", "B")],
        [("Ashfold Fire and Rescue Service, Service Headquarters, Lostwick Way, Staverleigh", "", "", "B")],
        [("Accessibility   Privacy   Cookies   Freedom of information   Sitemap", "", "", "B")],
        [("© 2026 Ashfold Fire and Rescue Authority", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- police appeal page: reference lines, ranks before names, a bracketed date ---------------------------
    ("n31-ref-in-contact-lines", "How to contact us\nCall 101, quoting Ref. 41260307-0316.\nAlternatively, contact the independent charity Crimestoppers 100% anonymously on 0800 118 6040 or through its online form. Crimestoppers never asks for your name and cannot trace your call.",
     ["How to contact us", "Call 101, quoting Ref. 41260307-0316.", "Alternatively, contact the independent charity Crimestoppers 100% anonymously on 0800 118 6040 or through its online form.", "Crimestoppers never asks for your name and cannot trace your call."]),
    ("n31-di-and-pc-collar-number", "DI Kestell said officers had recovered the hatchback and were examining it, and that its owner had reported it stolen on the Sunday morning.\nThe cyclist has now been named as Owain Trehearne, a school caretaker from Coldharrow. PC 1187 Dafydd Penhelig, a specially trained family liaison officer, is supporting his family.",
     ["DI Kestell said officers had recovered the hatchback and were examining it, and that its owner had reported it stolen on the Sunday morning.", "The cyclist has now been named as Owain Trehearne, a school caretaker from Coldharrow.", "PC 1187 Dafydd Penhelig, a specially trained family liaison officer, is supporting his family."]),
    ("n31-dci-then-supt", "Enquiries are being overseen by DCI Rhodri Gwellian, head of the Serious Collision Investigation Unit. Supt. Gareth Scantlebury, who leads roads policing in the county, said the force had arrested 14 people for driving while disqualified in Coldharrow since January.",
     ["Enquiries are being overseen by DCI Rhodri Gwellian, head of the Serious Collision Investigation Unit.", "Supt. Gareth Scantlebury, who leads roads policing in the county, said the force had arrested 14 people for driving while disqualified in Coldharrow since January."]),
    ("n31-bracketed-date-and-pm", "Officers are appealing for witnesses after a cyclist was seriously injured in a collision with a car in Coldharrow on Saturday evening (7 March). The collision happened at about 6.40pm on Orlingford Road, near its junction with Haskerton Lane.",
     ["Officers are appealing for witnesses after a cyclist was seriously injured in a collision with a car in Coldharrow on Saturday evening (7 March).", "The collision happened at about 6.40pm on Orlingford Road, near its junction with Haskerton Lane."]),
    # --- regulator's decision: a reference in a glued meta line, plc. inside a sentence ----------------------
    ("n31-plc-dot-mid-sentence", "3. Corraline Energy Supply Ltd is a subsidiary of Corraline Holdings plc. and supplies around 610,000 homes.\nMedia enquiries: press@rua.example  ·  020 7946 0318 (out of hours: 07700 900 215)",
     ["3. Corraline Energy Supply Ltd is a subsidiary of Corraline Holdings plc. and supplies around 610,000 homes.", "Media enquiries: press@rua.example  ·  020 7946 0318 (out of hours: 07700 900 215)"]),
    # --- council minutes: movers and seconders, a motion's wording, recorded votes, a closing time -----------
    ("n31-moved-seconded-motion", "Councillor Nkechi Abbatt moved, and Councillor Rosamund Petheram seconded, the following motion:\n“This Council notes that Tressingham Lido has been closed since October 2024 and that the Tressingham Lido Trust has raised £410,000 towards the cost of repairs. This Council believes that an outdoor pool is an important part of the city's heritage.",
     ["Councillor Nkechi Abbatt moved, and Councillor Rosamund Petheram seconded, the following motion:", "“This Council notes that Tressingham Lido has been closed since October 2024 and that the Tressingham Lido Trust has raised £410,000 towards the cost of repairs.", "This Council believes that an outdoor pool is an important part of the city's heritage."]),
    ("n31-recorded-vote-lines", "For (10): Councillors Bellhanger, Carreck, Eddowes, Hambidge, Lidstone, Maskery, Nettleship, Sleightholme, Umbleby and Wernick.\nAgainst (7): Councillors Abbatt, Dunstaffe, Fyfield-Rowsell, Outhwaite, Petheram, Rendle and Yeldham.\nAbstention (1): The Lord Mayor.\nThe amendment was CARRIED.",
     ["For (10): Councillors Bellhanger, Carreck, Eddowes, Hambidge, Lidstone, Maskery, Nettleship, Sleightholme, Umbleby and Wernick.", "Against (7): Councillors Abbatt, Dunstaffe, Fyfield-Rowsell, Outhwaite, Petheram, Rendle and Yeldham.", "Abstention (1): The Lord Mayor.", "The amendment was CARRIED."]),
    ("n31-closing-time-signature-dots", "The meeting closed at 8.47 pm.\nSigned ..............................  Lord Mayor\nThese minutes remain in draft until they are confirmed at the next meeting.",
     ["The meeting closed at 8.47 pm.", "Signed ..............................  Lord Mayor", "These minutes remain in draft until they are confirmed at the next meeting."]),
    ("n31-cllr-attendance-rows", "Councillor   Attendance\nCllr Nkechi Abbatt   Present\nCllr Pearl Frogley   Apologies\nShow all 20 councillors",
     ["Councillor   Attendance", "Cllr Nkechi Abbatt   Present", "Cllr Pearl Frogley   Apologies", "Show all 20 councillors"]),
    # --- judgment summary: v., a neutral citation, para. and paras., s. 3 ------------------------------------
    ("n31-case-name-and-citation", "Trevisick v Thistleford Leisure Trust\n[2026] EWHC 612 (KB)\nCourt: High Court of Justice, King's Bench Division\nJudge: Mr Justice Carrivick",
     ["Trevisick v Thistleford Leisure Trust", "[2026] EWHC 612 (KB)", "Court: High Court of Justice, King's Bench Division", "Judge: Mr Justice Carrivick"]),
    ("n31-para-then-section", "She fractured her left hip and wrist and spent 19 days in hospital (para. 4). The centre is run by the defendant, Thistleford Leisure Trust, under a contract with Thistleford District Council.\nMrs Trevisick brought a claim alleging that the trust had breached its duty under s. 3 of the Public Venues (Safety) Act 1998 by failing to repair a loose handrail.",
     ["She fractured her left hip and wrist and spent 19 days in hospital (para. 4).", "The centre is run by the defendant, Thistleford Leisure Trust, under a contract with Thistleford District Council.", "Mrs Trevisick brought a claim alleging that the trust had breached its duty under s. 3 of the Public Venues (Safety) Act 1998 by failing to repair a loose handrail."]),
    ("n31-paras-range", "However, he found that she had been carrying a heavy bag and looking at her phone as she started down the stairs, and that this had contributed to the fall (paras. 44-46). The court held that the trust was liable and reduced the damages by 20% for contributory negligence (para. 52).",
     ["However, he found that she had been carrying a heavy bag and looking at her phone as she started down the stairs, and that this had contributed to the fall (paras. 44-46).", "The court held that the trust was liable and reduced the damages by 20% for contributory negligence (para. 52)."]),
    # --- results release: Ltd. inside a bullet, a footnote marker, the news service's header -----------------
    ("n31-ltd-dot-in-bullet", "• Acquisition of Ossingmoor Timber Ltd. completed in July for £23.5m\n• Carbon emissions from the delivery fleet cut by 9% per tonne delivered",
     ["• Acquisition of Ossingmoor Timber Ltd. completed in July for £23.5m", "• Carbon emissions from the delivery fleet cut by 9% per tonne delivered"]),
    ("n31-footnote-marker-row", "Adjusted operating profit¹   118.2   104.7   +12.9%\n¹ Adjusted measures exclude the amortisation of acquired intangibles and restructuring costs of £14.9m (2024: £27.2m); see note 3.",
     ["Adjusted operating profit¹   118.2   104.7   +12.9%", "¹ Adjusted measures exclude the amortisation of acquired intangibles and restructuring costs of £14.9m (2024: £27.2m); see note 3."]),
    # --- NGO and university pages: a charity number, a journal reference ---------------------------------------
    ("n31-charity-number", "The Open Larder Network supports 62 community larders and food banks and campaigns for an end to the need for emergency food. Registered charity No. 1187420.",
     ["The Open Larder Network supports 62 community larders and food banks and campaigns for an end to the need for emergency food.", "Registered charity No. 1187420."]),
    ("n31-journal-reference", "Maddern I, Sennett L, Uglow R, et al. Hedgerow restoration and farmland bird recovery: a ten-year paired-farm study. Rural Ecol Conserv. 2026;31(2):214-229.\nDOI: 10.5599/rec.2026.0214",
     ["Maddern I, Sennett L, Uglow R, et al. Hedgerow restoration and farmland bird recovery: a ten-year paired-farm study. Rural Ecol Conserv. 2026;31(2):214-229.", "DOI: 10.5599/rec.2026.0214"]),
    # --- election results: No. 4, p.m. ending a sentence ------------------------------------------------------
    ("n31-no-4-headline", "Fenella Corkish elected for Constituency No. 4 (Saltrey North) in House of Assembly by-election\nPublished 20 March 2026, 00:41",
     ["Fenella Corkish elected for Constituency No. 4 (Saltrey North) in House of Assembly by-election", "Published 20 March 2026, 00:41"]),
    ("n31-pm-ends-sentence", "The Returning Officer, Hamish Drennagh, declared the result at the count in Saltrey Town Hall at 11.52 p.m. Counting began at 10.05 p.m., after all 11 ballot boxes had arrived from the polling stations.",
     ["The Returning Officer, Hamish Drennagh, declared the result at the count in Saltrey Town Hall at 11.52 p.m.", "Counting began at 10.05 p.m., after all 11 ballot boxes had arrived from the polling stations."]),
    # --- fire incident page: a.m. ending a sentence and inside one --------------------------------------------
    ("n31-am-ends-sentence", "We were called at 2.14 a.m. to reports of a fire at a recycling site on Hensby Industrial Estate. The first crew arrived seven minutes later, at 2.21 a.m. Crews from Staverleigh, Millhythe, Orrington Cross and Kittlesby are now in attendance.",
     ["We were called at 2.14 a.m. to reports of a fire at a recycling site on Hensby Industrial Estate.", "The first crew arrived seven minutes later, at 2.21 a.m.", "Crews from Staverleigh, Millhythe, Orrington Cross and Kittlesby are now in attendance."]),
    # --- podcast page: chapter timestamps, a time code line, a time inside a sentence, Ltd. at the end ------
    ("n31-chapter-timestamps", "Chapters\n00:00:00  Intro\n00:14:32  Listening for leaks\n00:38:10  The company's statement",
     ["Chapters", "00:00:00  Intro", "00:14:32  Listening for leaks", "00:38:10  The company's statement"]),
    ("n31-timecode-then-labels", "[00:14:32]\nHOST: So we're standing on a pavement in Fulmoor at six in the morning, and you've got what looks like a stethoscope for the road. What are we listening for?\nKWABENA ANTWI-DYER: A hiss, mostly.",
     ["[00:14:32]", "HOST: So we're standing on a pavement in Fulmoor at six in the morning, and you've got what looks like a stethoscope for the road.", "What are we listening for?", "KWABENA ANTWI-DYER: A hiss, mostly."]),
    ("n31-ltd-ends-copyright", "45. Inside a sewage works at 3am\n© 2026 Undercurrent Audio Ltd. All rights reserved.",
     ["45. Inside a sewage works at 3am", "© 2026 Undercurrent Audio Ltd.", "All rights reserved."]),
    # --- radio bulletin: a clip label with a title and role ---------------------------------------------------
    ("n31-clip-label", "[CLIP] CLLR ANWEN CADWGAN, CABINET MEMBER FOR LEISURE: Nobody came into politics to close swimming pools. But both buildings need new roofs and new boilers, and the repair bill alone is more than six million pounds. We simply cannot find that money.",
     ["[CLIP] CLLR ANWEN CADWGAN, CABINET MEMBER FOR LEISURE: Nobody came into politics to close swimming pools.", "But both buildings need new roofs and new boilers, and the repair bill alone is more than six million pounds.", "We simply cannot find that money."]),
]  # fmt: skip
