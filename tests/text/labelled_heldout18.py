"""Eighteenth held-out set of hand-labelled pages for the hint engines: twelve page types.

Written from scratch for issue 13, before any rule was tuned on them and without looking at the
engine's code or output (neither `claimreview/` nor the scorer's results were opened, and no test,
scorer or engine was run; only an import of this file was tried, to check its structure): every
person, place, organisation, outlet, company, party, team, product, journal and number is invented
(a few countries, provinces, states and big real cities appear only as places, currencies, units
and generic institutions such as "the Commons", "Parliament", "the Department for Transport", "the
Ministry of External Affairs", "the Sri Lankan Navy" or "the Official Information Act" only as
settings, and social networks only in share strips), and no surname, town or outlet of any file
under `tests/` is reused (each was checked with grep over the whole `tests/` tree; first names
recur). Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after
selecting all in a browser, so every furniture line is a paragraph of its own. The twelve pages are
kinds a fact-checker meets that are not ordinary newspaper stories, from several countries: a
British broadcaster's transcript page of a Sunday politics interview with a housing minister; a US
state legislator's constituent e-newsletter pasted from an email; a Ghanaian business site's
budget-day live page; an Australian auditor-general's performance audit summary page; a
parliament's written question and answer page; an Irish community rail campaign's update page with
a petition; a South African bottled-water company's statement rebutting a TV programme claim by
claim; a US wellness magazine's feature testing a viral cold-plunge claim; a New Zealand medical
journal's news item on locum spending; a wine trade magazine's harvest report from Spain; a
Canadian public broadcaster's live fact-check of a provincial leaders' debate; and a foreign
ministry's transcript of a weekly media briefing. The three things they stress are (1) furniture of
every kind worded afresh, at the head, in the middle and at the tail ("TRANSCRIPT" labels,
programme and "Presented by" lines, accuracy notices, "[CROSSTALK]", "[CLIP]" and "[END OF CLIP]",
"END", email header lines, view-in-browser lines, legislators' mastheads and district lines, "Dear
Neighbor,", town-hall and office-hours boxes, signature blocks, ticker strips, "Refresh", "Key
announcements", GMT stamps, PDF lines, WhatsApp prompts, report meta lines, download lines,
audit-report section headings, acknowledgements of country, "Asked by" and "Answered by" lines,
UIN and tabled lines, grouping lines, attachments, corrections, licence lines, petition counters and
forms, donation boxes, "Sources" lists, POPIA cookie bars, "STATEMENT" labels, download lists,
company-registration lines, commission notes, "Shop the story" boxes, medical disclaimers, "Cite
this as:" lines, competing-interests and provenance lines, rapid responses, trade taglines,
kickers, at-a-glance boxes, events and jobs lines, ratings lines, "Verdict:" lines, accessibility
strips and "(Concludes)"); (2) who is speaking (capitals labels and then initials, "You told the
Commons", a presenter citing a statistics office, a trade body and "Builders", a played clip with
its own label, "has told my office", "told me", a fiscal office that "estimates", "Minority:" and
"Economist:" entry headlines, "told the House:" before a speech quoted over two paragraphs, "by the
institute's calculations", "told us" to auditors, "The program guidelines said", "Asked by" and
"Answered by" as cues, data cited inside a minister's answer, a first-name-only commuter, "told us
in a letter", "broadcast a segment claiming", "Claim N:" lines, "It found", "our production records
... show", "told his audience", PhD and MD appositions, "did not respond to a request for comment",
"Union says", "figures released under the Official Information Act", "did not say", "said through
an interpreter", "One London buyer", "according to the council's technical director", "interrupted
to say", "said in an email", a spokesperson's full label and then his role label, journalists'
"Question (Name, Outlet):" labels, "There are reports" and an association cited in a question);
(3) honest check-worthiness, with many ordinary borderline sentences of both kinds. `STYLES` names
the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new25.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels "B"; captions by content and credits "B";
standfirsts, deks and subheads labelled like headlines, question and topic subheads ""; kickers,
mastheads, widgets, tickers and share strips "B"; fact-box headings "B" with their lines by
content; related lists, "Read more" lines, author bios, comment furniture and readers' comments
"B"; reader-service lines and advice to readers "B", advice spoken by a quoted person keeping its
speaker with flags ""; release headers, "About ..." paragraphs and media contacts "B", a release's
own text without a speaker, "X said:" lead-ins "" with X as speaker; live-blog stamps and welcome
lines "B", entry headlines labelled like headlines, "Name: quote" headlines carrying the person with
the surname and colon as cue; fact checks' "Rating:" lines "B", the claim line by content without a
speaker and the verdict sentence ""; Q&A and transcript labels as cues with the full name as
speaker, a continued answer keeping the last label, the interviewer's and host's turns without a
speaker unless they cite a source, their factual preamble "W", procedural greetings and tosses "B";
table titles, header rows and source lines "B", rows ""; footnote and reference lists "B", a
footnote marker staying part of its sentence; plans, votes and fixtures "W", forecasts ""; titles,
honorifics, degrees and role words dropped from speakers; a pronoun, a later surname, initials or a
role noun resolved to the full name as first given; "the company", "the council" and the like kept
as written; "declined to comment", "did not respond" and their kin labelled like speech with flags
""; glued furniture items without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A broadcaster's interview transcript: "TRANSCRIPT", the programme-channel-date line, "Presented
  by ...", "▶ Watch the interview  14:32", the two sentences of the accuracy notice, "[CROSSTALK]",
  "[CLIP]", "[END OF CLIP]", "END", the programme-times line, "Related: ..." and the "More from ..."
  list are "B". The guest's first labels are capitals full names ("RUPERT LATHWELL:"), later ones
  initials ("RL:"); the initials resolve to the full name as first given and stay the cue as
  written, like surname labels. The presenter's turns carry no speaker: her factual preamble ("Your
  own target is 300,000 a year.", "Which is two years away.") is "W", her characterisation ("You're
  nowhere near it.") and questions ""; a source she cites gives its sentence that speaker ("The
  national statistics office says", "The Volume Housebuilders' Association says", "Builders say"),
  and "You told the Commons ..." resolves "You" to the guest with the cue "told the Commons". The
  greeting that opens her first turn and her closing thanks are "B", like a toss, and so is the
  guest's "Thank you.", which keeps his label; a transition ("Let's talk about that pipeline.") is
  "". Her lead-in to a played clip ("Here's what the Leader of the Opposition, X, said ...") is ""
  with that person and "said"; the clip's lines carry her capitals label as cue. "(laughs)" inline
  is part of its sentence; a turn cut off by a dash and resumed after "[CROSSTALK]" is labelled
  fragment by fragment, each by content; a self-correction with a figure ("Sorry, 640 — ...") "W".
* A legislator's e-newsletter: the header lines (the subject included), the view-in-browser pair,
  the capitals masthead, the district line, the edition line, "Dear Neighbor," and "Here is what
  passed, ..." are "B". Her own statements carry no speaker, like a columnist's or a letter
  writer's even though she holds office: money she says she secured, bills passed and votes, crash
  counts and survey results are "W", "I will bring it back next session." and the thanks to survey
  respondents "". A subhead that states a fact ("AB 318 is headed to the governor") is "W", like a
  headline, a topic subhead ("Property tax relief") "". "has told my office" and "told me" are cues
  as written; "the Legislature's nonpartisan fiscal office estimates" is "W", like "county officials
  estimate". The town-hall invitation and "No registration is needed.", the office-hours box and
  the call-my-office line are "B" (an event listing and reader service), as are the sign-off, the
  first-name signature, the signature block, the address and the unsubscribe strip.
* A budget-day live page: the ticker, "LIVE", the byline, "Last updated ...", "Refresh" and the
  "Key announcements" heading are "B", its bullets labelled by content ("W"); the headline stating
  what the minister did carries no speaker ("W"), while "the Minister said" and "announced" in the
  entries resolve to the minister named in the dek. "Minority: ‘...’" keeps the caucus as written
  with "Minority:" as cue; "Economist: ..." resolves the role to the economist named in the entry,
  cue "Economist:". "Speaking to journalists ..., the Ranking Member ..., X, said" drops the role,
  cue "said"; her party's promised vote is "W". "Asamoah-Dartey told the House:" is a lead-in, "",
  and both paragraphs of the speech carry him with "told the House", each sentence by content;
  "Here is the part of the speech that will be felt at the pump." is "B", like "Here's what you need
  to know."; "by the institute's calculations" inside the economist's sentence does not change its
  speaker. The dek "Follow our live coverage as ..." is "", the minister's start time a fixture,
  "W", the traders' hope "".
* An audit summary page: the report's title is a name, ""; the meta line and downloads are "B";
  "Audited entities: ..." is "", like a "Judges:" line; the section headings ("Why we did this
  audit", "Key facts", "What we concluded", "What we found", "Recommendations", "Entity response")
  are "B", like a report page's "Summary" and "Key findings", while a subhead inside the findings
  ("Roads in greatest need") is a topic, "". The audit office's own text carries no speaker: its
  findings are "W", "We examined whether ..." (its method) and "We could not confirm that this
  happened." "", and the rating sentence of the conclusion ("... was partly effective.") "", like a
  verdict. Each "figure  label" line under "Key facts" is "W". "Departmental staff told us" and
  "Yarrabool Shire Council told us" keep the source as written with "told us"; "The program
  guidelines said" keeps the document. The recommendations' bullets are "" (what the auditor wants,
  like a charity's demands), while "We made five recommendations ..." and "The department agreed with
  all five recommendations." are "W"; "It said" resolves to the department as first given in that
  paragraph. The signature lines, contact, related reports, share and helpfulness lines, the
  acknowledgement of the Traditional Custodians and the copyright are "B".
* A written question page: the question's title is a topic, ""; "Question", "Asked by ...", the
  constituency line, "Asked to ...", "Tabled on ...", "UIN ...", "Answered on", its date, "Answered
  by ..." and the minister's role line are "B", like labels on their own lines. The "To ask ..."
  text is ONE sentence, its semicolon included, carrying the member named on the "Asked by" line
  with the cue "Asked by", "" as a question; every sentence of the answer carries the minister with
  the cue "Answered by", and data it cites ("returns made to the Department by ... show", "the
  Department's 2024 accessibility statistics found") do not change its speaker, as a source inside a
  candidate's answer does not. "The Government is committed to ..." and "... will be set out in due
  course." are "". The attachment line, the grouping line and the grouped question's header are
  "B"; the "Correction" heading and "Correction made on ..." are "B", the wrong figure it reports
  "W" and the right one "W" with the council as speaker ("according to").
* A campaign page: the petition counter ("14,382 people have signed.", "Help us reach 20,000!") is
  "B", like a donation thermometer, and so is every form label, checkbox, button and privacy line;
  the headline is "W" for its signature count. The campaign's own text carries no speaker, its
  history, figures and account of a records request ("We asked for one under Freedom of Information
  ... and were told that none existed.") "W", its beliefs and demands "". "Our case in numbers" is a
  fact-box heading, "B", its bullets by content; a footnote marker glued to a bullet ("...
  week[2]") or after a full stop (".[1]") stays part of that sentence, and the "Sources" list is
  "B". "says Aoife, a nurse from Dunmaine" carries the first name alone, all the page gives; a
  farmer's memory of his grandfather and his challenge to sceptics are ""; a TD's promise to "raise
  the line ... at every opportunity" is "" with the cue "told a public meeting in Kilcarrow"; "The
  Minister's office told us in a letter" is "W"; "What we are asking for" is a topic subhead, "",
  its bullets "".
* A company's rebuttal page: "STATEMENT" and the date are "B", the headline a topic, "". "Lwandle
  TV's Undercover 360 broadcast a segment claiming that ..." carries the programme as written with
  the cue "claiming" and is "W" (what was broadcast is of record); "These claims are false." is "",
  a denial. Each "Claim N: “...”" line carries no speaker and is "W", like a fact check's claim line,
  "Former workers say" inside it included; "The facts:" opens the sentence it belongs to, like "Why
  it matters:", and the company's own answers carry no speaker ("W" for licences, depths, dates and
  deliveries; "so the new name is the accurate one" rides on the checkable borehole fact). "It
  found" resolves to the laboratory; "as our production records ... show" keeps the records;
  "The full results are available to download below." is "B". "A message from our Chief Executive"
  is a heading, "B"; "X, Chief Executive Officer of ..., said:" is a lead-in, "", and the quote's
  paragraphs carry her (a feeling about a hard week "", the invitation the producers declined and
  the complaint lodged "W"). "Lwandle TV said in a statement ... that it stood by its reporting." is
  "", a stance. The downloads, media contact, follow line, copyright and "Reg. No. ..." (ONE
  sentence, not split at "Reg." or "No.") are "B".
* A wellness feature: "FITNESS" is a kicker, "B"; the question headline is ""; the dek's "Here's
  what the research actually shows." is "B"; the commission note and "Photo: ..." are "B", the
  caption "". "told his audience in a January video" is a cue as written, "W"; "did not respond to a
  request for comment sent through his website" has the cue "did not respond to a request for
  comment", flags "". "says Marisa Dunkelberg, PhD, an exercise physiologist ..." and "Kenji
  Belgarde, MD, a sports medicine physician ..." drop the degrees with the apposition. "Another
  claim doing the rounds is that ..." states the claim for checking, "W", and the study it seems to
  come from is "W"; the general account of how the body keeps warm is "", like a definition, while
  "Cold water makes your heart rate and blood pressure jump ..." is a causal claim, "W"; the doctor's
  advice to patients is "" with his name. Under "The bottom line" (a topic, "") the calorie
  comparison is "W" and "there's little evidence it does harm" "". The "Shop the story" box is "B"
  line by line, with the disclaimer, trending list and sign-up.
* A medical journal's news item: "Union says ..." in the dek keeps "Union" as written (the body is
  not yet named) with "says", "W" for the rate; "Cite this as: Pounamu Med Rev 2026;139:n412" is ONE
  "B" sentence, not split at "Med" or "Rev"; "according to figures released under the Official
  Information Act" keeps the figures; "The figures, obtained by ... and seen by the Review, show"
  keeps "The figures"; "told the Review" is a cue as written; "He did not say when ..." has the cue
  "did not say", flags ""; "Patients' groups have raised concerns ..." is "" with the group as
  written; "A 2023 study in the Review of 1,640 patients ... found" keeps the study as written. The
  "Competing interests:" and "Provenance and peer review:" lines are "B", like funding notes; "Rapid
  responses (2)", "Submit a response", each response's name line and its text are "B", like
  readers' comments, even when a response states a fact.
* A wine trade report: the masthead, tagline, "HARVEST REPORT 2025" kicker and byline-date line are
  "B"; the dek "..., but growers say ..." carries "growers" with "say" and is "W" for the price
  record; the capitals dateline with the country ("VALDECORZO, Spain —") is part of the first
  sentence; "according to provisional figures from the Consejo Regulador" keeps the whole phrase,
  and "the council said" keeps "the council". "said through an interpreter" is one cue; a grower's
  own harvest figures are "W", her memory of the hail ""; "The region's largest cooperative, San
  Telmo," and "Its president, X," drop the descriptors; the cooperative's advance payment and the
  aid request are "W", the department's "studying the request" "". "One London buyer, who asked not
  to be named ..." is kept as written and "W" for the rise she was told to expect; "according to
  the council's technical director, Pilar Zubiri, who expects ..." carries her with "according to",
  "" (a quality judgement and an expectation). The at-a-glance box's heading and "Source:" line are
  "B", its "Label: value (2024: ...)" lines "W"; the read-next, event, jobs and bio lines are "B".
* A live debate fact-check: "LIVE", the posted-and-updated line and the ratings line ("How we rate
  claims: ...", ONE sentence) are "B", and so is every "Verdict: ..." line, like "Rating:" lines;
  "That's a wrap" and its lines are "B", like welcome lines. Entry headlines in "Surname: ‘...’" form
  carry the leader with the surname and colon as cue, "W" for a checkable figure; a topic entry
  headline ("The ER exchange") is "". "Prairie Labour Leader" and "Premier" are dropped. The checkers'
  own findings carry no speaker, "W"; "Both statements hold up." is a verdict sentence, "".
  "according to the province's public accounts", "The health authority's staffing reports show",
  "The province's latest child-care report ... counted", "Health authority data show" and "The 2021
  budget estimated" keep the documents as written; "Quellwood's campaign said" is "W" (what the
  premier meant, of record); "spokesperson X said in an email" drops "spokesperson"; "interrupted to
  say" is a cue as written. "Election day is Oct. 26." is "W", the sentence ending at "Oct. 26.".
* A ministry's briefing transcript: the accessibility strip with its font controls and language
  link is ONE "B" sentence; the transcript's title is a name, "", at the top and "B" under "Related
  briefings". The spokesperson's first label ("Official Spokesperson, Shri Anirudh Pallavaram:") is
  the cue as written, with the full name as speaker and "Shri" dropped; the later "Official
  Spokesperson:" labels resolve the role to him and stay the cue; a paragraph without a label
  continues the last one. His greeting, "I have three announcements ...", "With that, the floor is
  open." and his closing lines are "B", procedural; announcements of record are "W", "are expected
  to sign" "". Journalists' labels "Question (Name, Outlet):" carry the journalist with the whole
  label as cue, "" as questions, like an analyst's turn on an earnings call; a source cited in a
  question carries that source ("There are reports that ..." -> "reports" with the cue "There are
  reports"; "The fishermen's association in Tamil Nadu says"; "some of the stranded passengers have
  said", in the sentence that opens with the label), "W" for its figure. "No, that is not correct."
  is "W", a denial that commits to a checkable fact; refusals to give numbers or dates are ""; an
  unnamed "Question:" is "" without a speaker; "(Concludes)", the place and date lines and the
  footer are "B".

`HELDOUT_CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "British broadcaster's transcript page of a Sunday politics interview (housing minister on housebuilding figures; TRANSCRIPT label, Name: quote headline, programme line, watch line, accuracy notice, capitals labels then initials, presenter citing the statistics office, a trade body and builders, You told the Commons, played clip with its own label, [CROSSTALK], (laughs) inline, sign-off, more from the programme)",
    "US state legislator's constituent e-newsletter pasted from an email (From/Sent/To/Subject, view-in-browser line, masthead and district line, Dear Neighbor, her own claims without a speaker, has told my office, told me, a fiscal office estimate, a survey, bullets of votes, town hall and office hours, signature block, unsubscribe strip)",
    "Ghanaian business news site's budget-day live page, newest first (ticker strip, LIVE label, Key announcements bullets, GMT stamps, entry headlines with Minority: and Economist:, the minister's statement quoted over two paragraphs after told the House:, opposition and economist reactions, traders told CediWatch, PDF line, WhatsApp prompt)",
    "Australian auditor-general's performance audit summary page (regional roads recovery program; report meta line, downloads, section headings, Key facts figure lines, conclusion, findings, told us, program guidelines said, recommendations bullets, entity response, signature, acknowledgement of country)",
    "parliament's written question and answer page (rural bus routes withdrawn; Asked by and Answered by lines, UIN and tabled lines, To ask question in one sentence, answer with a council's data table, a grouped second question, a correction naming its source, related questions, licence line)",
    "Irish community rail campaign's update page (reopening a closed branch line; petition counter and form, the campaign's own claims without a speaker, Our case in numbers box, a feasibility report, first-name-only commuter, farmer's memories, a TD's pledge, the minister's office told us in a letter, demands, bracketed footnotes, donation box)",
    "South African bottled-water company's statement rebutting a TV programme claim by claim (cookie bar with POPIA, Newsroom label, programme's claims on Claim N: lines, The facts: answers in the company's voice, laboratory found, production records show, CEO said: lead-in and quote, broadcaster stood by its reporting, downloads, media contact, Pty Ltd and Reg. No. footer)",
    "US wellness magazine's feature testing a viral claim (cold plunges and metabolism; kicker, question headline, commission note, caption and credit, a coach who told his audience, PhD and MD appositions, a review of studies, did not respond, The bottom line, Shop the story box, medical disclaimer, trending list)",
    "New Zealand medical journal's news item (a health district's locum doctor spending; journal furniture, Union says dek, Cite this as line, figures released under the Official Information Act, union secretary, chief medical officer told the Review, did not say, a study in the journal, competing interests and provenance lines, rapid responses)",
    "wine trade magazine's harvest report from Spain (a small Garnacha crop; tagline, HARVEST REPORT kicker, capitals dateline with country, regulatory council figures, data firm, grower said through an interpreter, cooperative and its president, anonymous importer, at-a-glance box with source line, trade events and jobs lines)",
    "Canadian public broadcaster's live fact-check of a provincial leaders' debate, newest first (time stamps, ratings line, entry headlines in Name: quote form, Verdict: lines, public accounts, staffing reports and a child-care report as sources, campaign said, said in an email, interrupted to say, welcome and tip lines)",
    "foreign ministry's transcript of a weekly media briefing (visit, fishermen released, evacuation flights; accessibility strip, breadcrumb, transcript title, spokesperson's full label then role label, announcements, journalists' Question (Name, Outlet): labels, reports and an association cited in questions, denials with facts, unnamed Question:, (Concludes), place and date lines)",
]

ARTICLES = [
    [  # 1. British broadcaster's transcript page: Sunday politics interview with a housing minister
        [("Skip to main content", "", "", "B")],
        [("Crossfell", "", "", "B")],
        [("News   Politics   Business   Sport   Weather   Crossfell Player   TV Guide", "", "", "B")],
        [("Politics  ›  Sunday Reckoning  ›  Transcripts", "", "", "B")],
        [("TRANSCRIPT", "", "", "B")],
        [("Housing minister Rupert Lathwell: ‘We built more homes last year than in any year since 2007’", "Rupert Lathwell", "Rupert Lathwell:", "W")],
        [("Lathwell was pressed on the government's housebuilding figures and on its plan to fine developers who sit on unbuilt plots", "", "", "W")],
        [("Sunday Reckoning  ·  Crossfell One  ·  Sunday 8 March 2026, 9.00am", "", "", "B")],
        [("Presented by Harriet Pennifold", "", "", "B")],
        [("▶ Watch the interview  14:32", "", "", "B")],
        [("This is an unedited transcript made from the broadcast.", "", "", "B"),
         ("It may contain errors, so please check it against the recording before quoting.", "", "", "B")],
        [("HARRIET PENNIFOLD: Minister, good morning.", "", "", "B"),
         ("You told the Commons on Wednesday that 212,000 homes were built in England last year.", "Rupert Lathwell", "told the Commons", "W"),
         ("The national statistics office says the housing stock grew by 187,400.", "The national statistics office", "says", "W"),
         ("Which is it?", "", "", "")],
        [("RUPERT LATHWELL: Good morning, Harriet, and the answer is that both are right, because they count different things.", "Rupert Lathwell", "RUPERT LATHWELL:", "W"),
         ("The 212,000 is completions, new homes finished and handed over to their owners.", "Rupert Lathwell", "RUPERT LATHWELL:", "W"),
         ("The 187,400 is the net figure, after you take off homes that are knocked down or turned into something else.", "Rupert Lathwell", "RUPERT LATHWELL:", "W"),
         ("And on either measure, last year was the best year since 2007.", "Rupert Lathwell", "RUPERT LATHWELL:", "W")],
        [("HARRIET PENNIFOLD: Your own target is 300,000 a year.", "", "", "W"),
         ("You're nowhere near it.", "", "", "")],
        [("RUPERT LATHWELL: We are closer to it than any government has been for nearly twenty years, and I'm not going to apologise for that.", "Rupert Lathwell", "RUPERT LATHWELL:", "W"),
         ("The target is for the end of this Parliament, not for any one year.", "Rupert Lathwell", "RUPERT LATHWELL:", "W")],
        [("HP: Which is two years away.", "", "", "W")],
        [("RL: And the pipeline is the strongest it has been in a decade —", "Rupert Lathwell", "RL:", "")],
        [("[CROSSTALK]", "", "", "B")],
        [("RL: — planning permissions were up 14% in the last quarter alone.", "Rupert Lathwell", "RL:", "W")],
        [("HP: Let's talk about that pipeline.", "", "", ""),
         ("The Volume Housebuilders' Association says there are permissions in place for 1.1 million homes that haven't been started.", "The Volume Housebuilders' Association", "says", "W"),
         ("Your bill would let councils fine developers who haven't started within three years.", "", "", "W"),
         ("How big would the fines be?", "", "", "")],
        [("RL: Up to £5,000 a plot for every year after the three years are up.", "Rupert Lathwell", "RL:", "W"),
         ("It's in the bill we publish on Tuesday.", "Rupert Lathwell", "RL:", "W"),
         ("Most builders build out responsibly, and this is aimed at the few who sit on land and wait for prices to go up.", "Rupert Lathwell", "RL:", "")],
        [("HP: Builders say the real hold-up is councils that take a year to sign off planning conditions.", "Builders", "say", "W")],
        [("RL: There's some truth in that, which is why we've paid for 600 extra planning officers since last April.", "Rupert Lathwell", "RL:", "W"),
         ("Sorry, 640 — I should get that right.", "Rupert Lathwell", "RL:", "W")],
        [("HP: Here's what the Leader of the Opposition, Marguerite Oakshott, said about your record on Thursday.", "Marguerite Oakshott", "said", "")],
        [("[CLIP]", "", "", "B")],
        [("MARGUERITE OAKSHOTT: This government has missed its own housing target in every single quarter since it took office.", "Marguerite Oakshott", "MARGUERITE OAKSHOTT:", "W"),
         ("Starts fell by a fifth last year.", "Marguerite Oakshott", "MARGUERITE OAKSHOTT:", "W"),
         ("A fifth!", "Marguerite Oakshott", "MARGUERITE OAKSHOTT:", "")],
        [("[END OF CLIP]", "", "", "B")],
        [("HP: Is she right that starts fell?", "", "", "")],
        [("RL: Starts did fall, by about 19%, and that's because of interest rates, which hit every builder in the country.", "Rupert Lathwell", "RL:", "W"),
         ("Completions lag starts by a couple of years, so, yes, you'll see some of that come through.", "Rupert Lathwell", "RL:", "")],
        [("HP: So completions will fall next year.", "", "", "")],
        [("RL: I think they'll hold up better than people expect.", "Rupert Lathwell", "RL:", "")],
        [("HP: A last question.", "", "", ""),
         ("Will you still be housing minister at Christmas?", "", "", "")],
        [("RL: (laughs) That's a matter for the Prime Minister.", "Rupert Lathwell", "RL:", ""),
         ("I've had this job for 14 months and I want to see the bill through.", "Rupert Lathwell", "RL:", "W")],
        [("HP: Rupert Lathwell, thank you.", "", "", "B")],
        [("RL: Thank you.", "Rupert Lathwell", "RL:", "B")],
        [("END", "", "", "B")],
        [("Sunday Reckoning is on Crossfell One every Sunday at 9am and on Crossfell Player straight after.", "", "", "B")],
        [("Related: How many homes are really being built? Our figures explained", "", "", "B")],
        [("More from Sunday Reckoning", "", "", "B")],
        [("Transcript: The Chancellor on the spring statement", "", "", "B")],
        [("Transcript: Our panel on the week in Westminster", "", "", "B")],
        [("Terms of Use   About Crossfell   Privacy   Cookies   Accessibility Help   Contact Us", "", "", "B")],
        [("© 2026 Crossfell.", "", "", "B"),
         ("Crossfell is not responsible for the content of external sites.", "", "", "B")],
    ],
    [  # 2. US state legislator's constituent e-newsletter pasted from an email
        [("From: Rep. Lorna Vettergren <Rep.Vettergren@legis.wi.example>", "", "", "B")],
        [("Sent: Friday, March 13, 2026 4:02 PM", "", "", "B")],
        [("To: you@example.com", "", "", "B")],
        [("Subject: Capitol Update: $4.2 million for the Route 12 interchange, AB 318 passes, and a town hall on March 28", "", "", "B")],
        [("Having trouble viewing this email?", "", "", "B"),
         ("View it in your browser.", "", "", "B")],
        [("STATE REPRESENTATIVE LORNA VETTERGREN", "", "", "B")],
        [("Serving the 61st Assembly District: Oskerville, Brantholm and the Lake Tollcaster towns", "", "", "B")],
        [("Capitol Update  |  March 2026", "", "", "B")],
        [("Dear Neighbor,", "", "", "B")],
        [("The Assembly wrapped up its last floor session of the spring on Thursday, and it was a busy one for our district.", "", "", "W"),
         ("Here is what passed, what didn't, and what it means for you.", "", "", "B")],
        [("Route 12 interchange: the money is in", "", "", "W")],
        [("I am proud to report that I secured $4.2 million in the state transportation budget to rebuild the Route 12 and County K interchange in Brantholm, where there have been 37 crashes since 2021.", "", "", "W")],
        [("Many of you have written to me about that intersection, and some of you have been in those crashes.", "", "", "")],
        [("The Department of Transportation has told my office that design work will begin this summer and that the project will go out to bid in spring 2027.", "The Department of Transportation", "has told my office", "W"),
         ("Construction could start as early as that fall.", "", "", "")],
        [("AB 318 is headed to the governor", "", "", "W")],
        [("My bill to let rural ambulance services bill Medicaid when they treat a patient at home, AB 318, passed the Assembly 88-9 on Tuesday and the Senate 31-2 on Thursday.", "", "", "W")],
        [("Right now, an ambulance crew in Oskerville that treats someone at home and doesn't take them to the hospital gets paid nothing for that call.", "", "", "W")],
        [("Oskerville Area Ambulance told me it made 412 of those calls last year.", "Oskerville Area Ambulance", "told me", "W")],
        [("“This bill keeps our doors open,” said Dale Hovdenak, who has run the service as a volunteer director for 22 years.", "Dale Hovdenak", "said", "")],
        [("The governor has 10 days to sign or veto it.", "", "", "W")],
        [("Property tax relief", "", "", "")],
        [("The budget also raises the school levy credit, which the Legislature's nonpartisan fiscal office estimates will cut the property tax bill on a median-value home in our district by about $310 next year.", "the Legislature's nonpartisan fiscal office", "estimates", "W")],
        [("That is not everything I wanted, and I voted against the amendment that cut the credit from the $400 I had proposed.", "", "", "W")],
        [("Also this session", "", "", "")],
        [("• A bill to raise the speed limit on rural two-lane highways to 60 mph failed in committee, 4-5.", "", "", "W")],
        [("• The Assembly approved $1.8 million for lake-level monitoring on Lake Tollcaster, which I co-sponsored.", "", "", "W")],
        [("• My proposal to cap insulin copays at $35 a month did not get a hearing.", "", "", "W"),
         ("I will bring it back next session.", "", "", "")],
        [("What you told me", "", "", "")],
        [("Thank you to the 1,140 of you who filled out my spring survey.", "", "", "")],
        [("Sixty-two percent of you said road repair should be the Legislature's top priority, ahead of property taxes at 21 percent and child care at 11 percent.", "", "", "W")],
        [("You can see the full results on my website.", "", "", "B")],
        [("Town hall meeting", "", "", "B")],
        [("Please join me and Sen. Ingrid Ravensmere for a town hall meeting on Saturday, March 28, from 10 a.m. to noon at the Brantholm Public Library, 212 Mill Street.", "", "", "B"),
         ("No registration is needed.", "", "", "B")],
        [("Office hours", "", "", "B")],
        [("My staff hold office hours on the first Monday of every month at Oskerville Village Hall, 9–11 a.m.", "", "", "B")],
        [("As always, if you need help with a state agency, call my office at (608) 555-0161 or reply to this email.", "", "", "B")],
        [("It is an honor to serve you.", "", "", "B")],
        [("Lorna", "", "", "B")],
        [("Rep. Lorna Vettergren", "", "", "B")],
        [("61st Assembly District", "", "", "B")],
        [("Madison Office: Room 14 North, State Capitol, P.O. Box 8953, Madison, WI 53708", "", "", "B")],
        [("You are receiving this email because you signed up for updates or contacted my office.", "", "", "B")],
        [("Unsubscribe  |  Update your preferences  |  Forward to a friend", "", "", "B")],
    ],
    [  # 3. Ghanaian business news site's budget-day live page, newest first
        [("CediWatch", "", "", "B")],
        [("Markets   Economy   Banking   Energy   Agribusiness   Tech   Opinion   Budget 2026", "", "", "B")],
        [("GSE-CI 6,412.18 ▲0.42%   USD/GHS 11.86 ▼0.15%   Cocoa (US$/t) 7,940 ▲1.2%", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("2026 Budget: Finance Minister halves VAT on electricity, raises fuel levy by 40 pesewas", "", "", "W")],
        [("Follow our live coverage as Kwabena Asamoah-Dartey presents the 2026 Budget Statement and Economic Policy to Parliament", "", "", "")],
        [("By CediWatch Reporters", "", "", "B")],
        [("Last updated: 13 Nov 2025, 14:52 GMT", "", "", "B")],
        [("Refresh", "", "", "B")],
        [("Key announcements", "", "", "B")],
        [("• VAT on residential electricity cut from 15% to 7.5% from 1 January", "", "", "W")],
        [("• Energy Sector Levy on petrol and diesel up 40 pesewas a litre from 1 February", "", "", "W")],
        [("• Deficit target of 3.8% of GDP for 2026, down from an estimated 4.6% this year", "", "", "W")],
        [("• GH₵2.1 billion for road maintenance", "", "", "W")],
        [("• No new income tax bands", "", "", "W")],
        [("14:52 GMT", "", "", "B")],
        [("Minority: ‘A budget for the boardroom, not the market woman’", "Minority", "Minority:", "")],
        [("Speaking to journalists outside the chamber, the Ranking Member on Parliament's Finance Committee, Efua Nyantakyi, said the fuel levy increase would push up transport fares within weeks.", "Efua Nyantakyi", "said", "")],
        [("“The Minister has cut VAT on light bills with one hand and taken it back at the pump with the other,” she said.", "Efua Nyantakyi", "said", ""),
         ("“Every trotro driver in Accra will pass these 40 pesewas on to passengers.”", "Efua Nyantakyi", "said", "")],
        [("She said the Minority would vote against the levy when the Finance Bill comes before the House.", "Efua Nyantakyi", "said", "W")],
        [("14:31 GMT", "", "", "B")],
        [("Speech ends after 3 hours 12 minutes", "", "", "W")],
        [("Asamoah-Dartey has finished reading the statement, which runs to 214 pages.", "", "", "W"),
         ("The debate on the budget begins on Tuesday, and the House is due to vote on it by 5 December.", "", "", "W")],
        [("13:58 GMT", "", "", "B")],
        [("Economist: levy rise ‘was always coming’", "Yaw Agyekum", "Economist:", "")],
        [("Yaw Agyekum, a senior fellow at the Odumkrom Fiscal Institute, said the government had little choice after fuel subsidies cost GH₵4.3 billion in the first nine months of the year.", "Yaw Agyekum", "said", "W")],
        [("“Nobody likes a levy, but the arithmetic was always going to catch up with the subsidy,” he said.", "Yaw Agyekum", "said", "")],
        [("He said the VAT cut would save a household using 200 kWh a month about GH₵29 a month, by the institute's calculations.", "Yaw Agyekum", "said", "W")],
        [("13:40 GMT", "", "", "B")],
        [("Road maintenance gets GH₵2.1 billion", "", "", "W")],
        [("The Minister said GH₵2.1 billion would go to the Road Fund for maintenance next year, up from GH₵1.4 billion in this year's budget.", "Kwabena Asamoah-Dartey", "said", "W")],
        [("He said 1,850 kilometres of feeder roads in cocoa-growing districts would be resurfaced.", "Kwabena Asamoah-Dartey", "said", "W")],
        [("13:12 GMT", "", "", "B")],
        [("Fuel levy up 40 pesewas", "", "", "W")],
        [("Here is the part of the speech that will be felt at the pump.", "", "", "B")],
        [("Asamoah-Dartey told the House:", "Kwabena Asamoah-Dartey", "told the House", "")],
        [("“Mr Speaker, Government proposes to increase the Energy Sector Levy on petrol and diesel by 40 pesewas per litre, effective 1st February 2026.", "Kwabena Asamoah-Dartey", "told the House", "W"),
         ("The proceeds, estimated at GH₵3.2 billion a year, will be used to clear arrears owed to independent power producers.", "Kwabena Asamoah-Dartey", "told the House", "W")],
        [("“Mr Speaker, even after this adjustment, pump prices in Ghana will remain below those of all our neighbours.”", "Kwabena Asamoah-Dartey", "told the House", "W")],
        [("12:47 GMT", "", "", "B")],
        [("Electricity VAT halved", "", "", "W")],
        [("Households will pay 7.5% VAT on electricity from 1 January, half the current 15% rate, the Minister announced.", "Kwabena Asamoah-Dartey", "announced", "W")],
        [("The cut applies only to residential customers using up to 300 kWh a month, which the Energy Ministry says covers about 83% of households.", "the Energy Ministry", "says", "W"),
         ("Businesses will continue to pay the full rate.", "", "", "W")],
        [("12:20 GMT", "", "", "B")],
        [("Growth forecast at 5.1%", "", "", "")],
        [("The government expects the economy to grow 5.1% next year, after an estimated 5.6% in 2025, the Minister said.", "Kwabena Asamoah-Dartey", "said", "W")],
        [("Inflation, which stood at 8.9% in October according to the statistics service, is projected to fall to 8% by the end of 2026.", "the statistics service", "according to", "W")],
        [("11:34 GMT", "", "", "B")],
        [("Minister arrives in the chamber", "", "", "")],
        [("Asamoah-Dartey has arrived at Parliament House carrying the budget briefcase, to cheers from the Majority side.", "", "", ""),
         ("It is his second budget since he took office in January 2025.", "", "", "W")],
        [("11:02 GMT", "", "", "B")],
        [("Good morning and welcome to our live coverage of the 2026 Budget.", "", "", "B")],
        [("The Minister is due to begin reading the statement at 11:30 GMT.", "", "", "W")],
        [("Traders at Nkwantaso market in Kumasi told CediWatch this week that they hoped for relief on import duties.", "Traders at Nkwantaso market in Kumasi", "told CediWatch", "")],
        [("Share this live page   WhatsApp   Facebook   X   LinkedIn", "", "", "B")],
        [("Read the full 2026 Budget Statement (PDF, 6.8 MB)", "", "", "B")],
        [("More on Budget 2026", "", "", "B")],
        [("What the fuel levy means for trotro fares", "", "", "B")],
        [("Budget 2026: business groups react", "", "", "B")],
        [("Get CediWatch's morning briefing on WhatsApp.", "", "", "B"),
         ("Join now", "", "", "B")],
        [("© 2026 CediWatch Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Australian auditor-general's performance audit summary page
        [("Skip to content", "", "", "B")],
        [("Office of the Auditor-General", "", "", "B")],
        [("Independent assurance for Parliament and the community", "", "", "B")],
        [("Reports   Audit program   About us   Publications   Careers   Contact", "", "", "B")],
        [("Home  >  Reports  >  Performance audits  >  2025–26", "", "", "B")],
        [("Country Roads Recovery Program", "", "", "")],
        [("Report 14: 2025–26  |  Performance audit  |  Tabled 19 March 2026", "", "", "B")],
        [("Download the full report (PDF, 3.4 MB)", "", "", "B")],
        [("Download the summary (PDF, 412 KB)", "", "", "B")],
        [("Accessible version (DOCX)", "", "", "B")],
        [("Audited entities: Department of Regional Transport; Yarrabool Shire Council; Mirrandah Shire Council", "", "", "")],
        [("Why we did this audit", "", "", "B")],
        [("After the floods of 2022, the Department of Regional Transport was given $847 million to help 39 rural councils repair and rebuild local roads.", "", "", "W")],
        [("We examined whether the department managed the program effectively and whether the money went to the roads in greatest need.", "", "", "")],
        [("Key facts", "", "", "B")],
        [("$847m  allocated to the program from 2022–23 to 2025–26", "", "", "W")],
        [("39  councils eligible for funding", "", "", "W")],
        [("$612m  paid to councils by 30 June 2025", "", "", "W")],
        [("58%  of funded projects finished by 30 June 2025", "", "", "W")],
        [("$94m  paid for projects before they were assessed", "", "", "W")],
        [("What we concluded", "", "", "B")],
        [("The department's management of the program was partly effective.", "", "", "")],
        [("It got money to councils quickly after the floods, but it did not check that councils' bids matched the damage they had reported, and it cannot show that the roads in greatest need were repaired first.", "", "", "W")],
        [("What we found", "", "", "B")],
        [("The department paid $94 million to 11 councils for 126 projects before its assessment panel had scored them.", "", "", "W")],
        [("Departmental staff told us this was done so that work could begin before the 2023 winter.", "Departmental staff", "told us", "W")],
        [("Yarrabool Shire Council received $41.2 million, more than any other council, although the flood damage it reported ranked 17th of the 39.", "", "", "W"),
         ("Mirrandah Shire Council, whose reported damage ranked second, received $9.8 million.", "", "", "W")],
        [("The department could not give us records explaining the difference.", "", "", "W")],
        [("Yarrabool Shire Council told us its bids had been prepared by qualified engineers and were “accurate to the best of our knowledge at the time”.", "Yarrabool Shire Council", "told us", "")],
        [("Of the 418 projects funded, 242 were finished by 30 June 2025.", "", "", "W"),
         ("Councils had to report progress every quarter, but 14 of the 39 missed at least two reports, and the department did not follow them up.", "", "", "W")],
        [("The department's reporting to the minister overstated progress: its June 2024 brief said 71% of projects were “complete or substantially complete”, while its own project database showed 44% complete.", "", "", "W")],
        [("Roads in greatest need", "", "", "")],
        [("The program guidelines said funding should go first to roads that carried school buses, freight or emergency services.", "The program guidelines", "said", "W")],
        [("We could not confirm that this happened.", "", "", "")],
        [("In a sample of 60 funded projects, 23 were on roads that carried none of these.", "", "", "W")],
        [("Recommendations", "", "", "B")],
        [("We made five recommendations to the Department of Regional Transport, including that it:", "", "", "W")],
        [("• assess every project against the published criteria before paying for it", "", "", "")],
        [("• publish the amount each council receives and the reasons for it", "", "", "")],
        [("• report progress to the minister from its project database, not from councils' own reports", "", "", "")],
        [("Entity response", "", "", "B")],
        [("The department agreed with all five recommendations.", "", "", "W")],
        [("In its response, reproduced in full in Appendix 2, the Department of Regional Transport said it had already begun publishing funding decisions on its website.", "the Department of Regional Transport", "said", "W"),
         ("It said the early payments were “a deliberate and necessary choice in an emergency”.", "the Department of Regional Transport", "said", "")],
        [("Fenella Tremelling", "", "", "B")],
        [("Auditor-General", "", "", "B")],
        [("Questions about this report: performance@audit.example.gov.au", "", "", "B")],
        [("Related reports", "", "", "B")],
        [("Report 9: 2024–25 — Disaster recovery funding arrangements", "", "", "B")],
        [("Report 3: 2025–26 — Grants administration in regional departments", "", "", "B")],
        [("Share   Print   Email", "", "", "B")],
        [("Was this page helpful?  Yes  No", "", "", "B")],
        [("We acknowledge the Traditional Custodians of the lands on which we work and pay our respects to their Elders past and present.", "", "", "B")],
        [("© Office of the Auditor-General 2026", "", "", "B")],
    ],
    [  # 5. parliament's written question and answer page
        [("Skip to main content", "", "", "B")],
        [("Parliamentary Questions & Answers", "", "", "B")],
        [("Search questions   Statements   Help   Accessibility", "", "", "B")],
        [("← Back to search results", "", "", "B")],
        [("Rural Bus Services: Hexcombe and Tilsey", "", "", "")],
        [("Question", "", "", "B")],
        [("Asked by Callista Pountney", "", "", "B")],
        [("(Hexcombe and Tilsey)", "", "", "B")],
        [("Asked to the Department for Transport", "", "", "B")],
        [("Tabled on 2 March 2026", "", "", "B")],
        [("UIN 48213", "", "", "B")],
        [("To ask the Secretary of State for Transport, how many supported bus routes in Hexcombe and Tilsey constituency were withdrawn in each year since 2021; and what estimate her Department has made of the number of residents in that constituency who live more than 800 metres from a bus stop with an hourly service.", "Callista Pountney", "Asked by", "")],
        [("Answered on", "", "", "B")],
        [("11 March 2026", "", "", "B")],
        [("Answered by Gideon Chalcroft", "", "", "B")],
        [("Minister of State (Department for Transport)", "", "", "B")],
        [("Decisions on supported bus services are a matter for local transport authorities, which in the case of Hexcombe and Tilsey is Tollcaster County Council.", "Gideon Chalcroft", "Answered by", "W"),
         ("The Department does not hold figures for individual constituencies.", "Gideon Chalcroft", "Answered by", "W")],
        [("However, returns made to the Department by Tollcaster County Council show the number of supported routes it withdrew in full or in part in each calendar year since 2021, as set out in the table below.", "Gideon Chalcroft", "Answered by", "W")],
        [("Supported bus routes withdrawn, Tollcaster County Council area", "", "", "B")],
        [("Year   Withdrawn in full   Withdrawn in part", "", "", "B")],
        [("2021   3   5", "", "", "")],
        [("2022   7   4", "", "", "")],
        [("2023   12   6", "", "", "")],
        [("2024   9   11", "", "", "")],
        [("2025   4   8", "", "", "")],
        [("Source: Annual bus service returns, Tollcaster County Council", "", "", "B")],
        [("The Department has made no estimate of the number of residents in the constituency living more than 800 metres from a stop with an hourly service.", "Gideon Chalcroft", "Answered by", "W")],
        [("Nationally, the Department's 2024 accessibility statistics found that 71% of rural residents live within 800 metres of a stop with at least an hourly weekday daytime service.", "Gideon Chalcroft", "Answered by", "W")],
        [("Tollcaster County Council has been allocated £6.4 million for 2025-26 from the Bus Service Improvement Fund, including £1.1 million for rural routes.", "Gideon Chalcroft", "Answered by", "W"),
         ("The Government is committed to improving bus services in rural areas.", "Gideon Chalcroft", "Answered by", "")],
        [("Answer attachment: Tollcaster bus service returns 2021-2025 (XLSX, 18 KB)", "", "", "B")],
        [("This question was grouped with the following question for answer:", "", "", "B")],
        [("Asked by Callista Pountney (Hexcombe and Tilsey) on 2 March 2026, UIN 48214", "", "", "B")],
        [("To ask the Secretary of State for Transport, whether she plans to extend the £2 single bus fare cap beyond 31 December 2026.", "Callista Pountney", "Asked by", "")],
        [("The £2 fare cap will remain in place until 31 December 2026.", "Gideon Chalcroft", "Answered by", "W"),
         ("Decisions on fares after that date will be set out in due course.", "Gideon Chalcroft", "Answered by", "")],
        [("Correction", "", "", "B")],
        [("An earlier version of this answer gave the number of routes withdrawn in full in 2023 as 21.", "", "", "W"),
         ("The correct figure is 12, according to Tollcaster County Council.", "Tollcaster County Council", "according to", "W")],
        [("Correction made on 16 March 2026", "", "", "B")],
        [("Related statements", "", "", "B")],
        [("Bus Services Funding: 2026-27 Allocations — written statement, 5 February 2026", "", "", "B")],
        [("Other questions on this subject", "", "", "B")],
        [("Bus Services: Rural Areas — UIN 47702, answered 24 February 2026", "", "", "B")],
        [("Bus Fares: Concessions — UIN 47911, answered 26 February 2026", "", "", "B")],
        [("Share this question   Copy link   Email", "", "", "B")],
        [("Information on this page is available under the Open Parliament Licence.", "", "", "B")],
        [("Accessibility statement   Cookie policy   Privacy notice   Contact us", "", "", "B")],
    ],
    [  # 6. Irish community rail campaign's update page with a petition
        [("Rail Back to Kilcarrow", "", "", "B")],
        [("Home   Our Case   News   Events   Get Involved   Donate", "", "", "B")],
        [("Sign the petition", "", "", "B")],
        [("Campaign update  ·  24 February 2026", "", "", "B")],
        [("Reopen the Kilcarrow line: 14,000 signatures and counting", "", "", "W")],
        [("The line to Kilcarrow closed to passengers in 1963.", "", "", "W"),
         ("We think it's time it came back — and the numbers are on our side.", "", "", "")],
        [("14,382 people have signed.", "", "", "B"),
         ("Help us reach 20,000!", "", "", "B")],
        [("First name", "", "", "B")],
        [("Email address", "", "", "B")],
        [("County", "", "", "B")],
        [("☐ Keep me updated about the campaign", "", "", "B")],
        [("Add my name", "", "", "B")],
        [("By signing you agree to our privacy policy.", "", "", "B"),
         ("We will never share your details.", "", "", "B")],
        [("When the last passenger train left Kilcarrow station on 30 March 1963, the town had 2,100 people.", "", "", "W"),
         ("Today it has 9,800, and Dunmaine, the next stop down the line, has grown from 900 to 4,300.", "", "", "W")],
        [("The 27 km of track between Kilcarrow and the main line at Ballyvourane Junction is still in place, although it has not carried a train since the last freight service in 1994.", "", "", "W")],
        [("Our case in numbers", "", "", "B")],
        [("• 38,000 people live within 5 km of the old stations at Kilcarrow, Dunmaine and Rathglennan Cross", "", "", "W")],
        [("• 1 hour 52 minutes: the fastest bus journey today from Kilcarrow to Galway", "", "", "W")],
        [("• 55 minutes: the journey by train, according to the 2019 feasibility study", "the 2019 feasibility study", "according to", "W")],
        [("• €212 million: the estimated cost of reopening, at 2019 prices", "", "", "W")],
        [("• 4 in 5 people who answered our survey said they would use the train at least once a week[2]", "", "", "W")],
        [("What the study found", "", "", "")],
        [("In 2019 the county council commissioned Ardwinkle Economics to study the line.", "", "", "W")],
        [("The Ardwinkle report found that a reopened line would carry about 1,450 passengers a day in its first year and that every euro spent would return €1.60 in benefits over 30 years.[1]", "The Ardwinkle report", "found", "W")],
        [("The Department of Transport has never published a response to that report.", "", "", "W"),
         ("We asked for one under Freedom of Information in 2024 and were told that none existed.", "", "", "W")],
        [("Voices from the line", "", "", "")],
        [("“I drive 70 minutes each way to the hospital in Galway, and some nights I'm too tired to be on that road,” says Aoife, a nurse from Dunmaine.", "Aoife", "says", ""),
         ("“A train would give me two hours of my life back every day.”", "Aoife", "says", "")],
        [("Seán Cusheen farms beside the old line at Rathglennan Cross.", "", "", "")],
        [("“My grandfather loaded cattle onto that train,” he says.", "Seán Cusheen", "says", ""),
         ("“People tell me rail is the past.", "Seán Cusheen", "says", ""),
         ("Look at the traffic into Galway any Friday evening and tell me that.”", "Seán Cusheen", "says", "")],
        [("What politicians say", "", "", "")],
        [("Orla Ní Riagáin, a TD for the constituency, told a public meeting in Kilcarrow in January that she would raise the line with the Minister for Transport “at every opportunity”.", "Orla Ní Riagáin", "told a public meeting in Kilcarrow", "")],
        [("The Minister's office told us in a letter on 9 February that the line “is not currently on the national rail review's priority list”.", "The Minister's office", "told us in a letter", "W")],
        [("We think that is a mistake, and we want the line added when the review is updated next year.", "", "", "")],
        [("What we are asking for", "", "", "")],
        [("• A new, independent business case for the line by the end of 2026", "", "", "")],
        [("• The line to be added to the national rail review's priority list", "", "", "")],
        [("• Protection for the old trackbed from any development that would block a reopening", "", "", "")],
        [("Sources", "", "", "B")],
        [("[1] Ardwinkle Economics, Kilcarrow Line Reopening: Feasibility Study, June 2019, pp. 41–44.", "", "", "B")],
        [("[2] Rail Back to Kilcarrow commuter survey, October 2025, 1,208 responses.", "", "", "B")],
        [("We are run entirely by volunteers.", "", "", "B"),
         ("Can you chip in €5 to help us print a leaflet for every home along the line?", "", "", "B")],
        [("Donate €5   Donate €10   Other amount", "", "", "B")],
        [("Share this update   WhatsApp   Facebook   Email", "", "", "B")],
        [("Rail Back to Kilcarrow is a voluntary community campaign.", "", "", "B"),
         ("We are not affiliated with any political party.", "", "", "B")],
        [("Contact: hello@railbacktokilcarrow.example", "", "", "B")],
        [("Privacy policy   Cookie settings", "", "", "B")],
    ],
    [  # 7. South African bottled-water company's statement rebutting a TV programme
        [("Drakensvlei Springs", "", "", "B")],
        [("Our Water   Where to Buy   Sustainability   Newsroom   Careers   Contact Us", "", "", "B")],
        [("We use cookies to improve your experience.", "", "", "B"),
         ("By continuing to browse, you agree to our use of cookies as set out in our POPIA notice.", "", "", "B")],
        [("Accept   Manage", "", "", "B")],
        [("Newsroom  /  Statements", "", "", "B")],
        [("STATEMENT", "", "", "B")],
        [("Our response to claims made on Undercover 360", "", "", "")],
        [("24 February 2026", "", "", "B")],
        [("On Sunday 15 February, Lwandle TV's Undercover 360 broadcast a segment claiming that Drakensvlei Springs bottles municipal tap water and sells it as natural spring water.", "Lwandle TV's Undercover 360", "claiming", "W")],
        [("These claims are false.", "", "", ""),
         ("Below we set out the facts, claim by claim, and we have published the independent laboratory results in full.", "", "", "")],
        [("Claim 1: “Drakensvlei water comes from the Hoekfontein municipal supply.”", "", "", "W")],
        [("The facts: Our water comes from two boreholes on our own property at Hoekfontein, drilled in 1998 and 2011 to depths of 146 and 212 metres.", "", "", "W")],
        [("We hold a water use licence for both boreholes from the national water department, licence number 06/C83F/ABG/4417.", "", "", "W")],
        [("Our bottling plant is connected to the municipal supply, as every factory is, but that water is used only for cleaning and in our staff facilities.", "", "", "W")],
        [("Claim 2: “Tests show the water contains chlorine, which is only added at municipal treatment works.”", "", "", "W")],
        [("The facts: The programme did not tell us which laboratory tested its sample, when the sample was bought or how it was stored, and it has not answered our written request for those details.", "", "", "W")],
        [("Aquanalytica Laboratories, an accredited independent laboratory, tested 24 bottles from six batches bought from shops in Gauteng and KwaZulu-Natal between 16 and 19 February.", "", "", "W"),
         ("It found no free chlorine in any of them, at a detection limit of 0.02 milligrams per litre.", "Aquanalytica Laboratories", "found", "W")],
        [("The full results are available to download below.", "", "", "B")],
        [("Claim 3: “The company quietly changed its labels in 2024 to drop the word ‘spring’.”", "", "", "W")],
        [("The facts: In 2024 we changed our label to read “natural mineral water” instead of “natural spring water”, because the labelling regulations that came into force that year define spring water as water that rises to the surface on its own.", "", "", "W")],
        [("Our water is pumped from boreholes, so the new name is the accurate one.", "", "", "W"),
         ("We announced the change on our website and in a media statement on 3 June 2024.", "", "", "W")],
        [("Claim 4: “Former workers say municipal tankers delivered water to the plant at night.”", "", "", "W")],
        [("The facts: Tankers did deliver municipal water to our plant on 11 nights in October 2023, when a burst main cut off the plant's supply.", "", "", "W"),
         ("That water was used to clean the production lines.", "", "", "W")],
        [("No bottling took place on those nights, as our production records, which we have offered to share with Lwandle TV, show.", "our production records", "show", "W")],
        [("A message from our Chief Executive", "", "", "B")],
        [("Thandiwe Mokgethi, Chief Executive Officer of Drakensvlei Springs, said:", "Thandiwe Mokgethi", "said", "")],
        [("“We have been open with Undercover 360 from the first day they contacted us.", "Thandiwe Mokgethi", "said", ""),
         ("We invited their producers to visit the boreholes and the plant, and they declined.", "Thandiwe Mokgethi", "said", "W")],
        [("“Our 140 employees in Hoekfontein have had a very difficult week.", "Thandiwe Mokgethi", "said", ""),
         ("We have asked Lwandle TV to correct the broadcast, and we have lodged a complaint with the broadcasting complaints body.”", "Thandiwe Mokgethi", "said", "W")],
        [("Lwandle TV said in a statement on Monday that it stood by its reporting.", "Lwandle TV", "said in a statement", "")],
        [("Downloads", "", "", "B")],
        [("Aquanalytica Laboratories test report, 19 February 2026 (PDF, 2.1 MB)", "", "", "B")],
        [("Water use licence 06/C83F/ABG/4417 (PDF, 640 KB)", "", "", "B")],
        [("Our letter to Lwandle TV, 17 February 2026 (PDF, 180 KB)", "", "", "B")],
        [("Media enquiries", "", "", "B")],
        [("Nomsa Sibanyoni, Communications Manager", "", "", "B")],
        [("media@drakensvlei.example.co.za  |  +27 11 555 0142", "", "", "B")],
        [("Follow us   Facebook   Instagram   LinkedIn", "", "", "B")],
        [("© 2026 Drakensvlei Springs (Pty) Ltd.", "", "", "B"),
         ("Reg. No. 1998/004417/07.", "", "", "B")],
        [("PAIA Manual   Privacy Notice   Terms of Use", "", "", "B")],
    ],
    [  # 8. US wellness magazine's feature testing cold-plunge claims
        [("BLOOMWELL", "", "", "B")],
        [("Nutrition   Fitness   Sleep   Mind   Beauty   Shop", "", "", "B")],
        [("Subscribe  ·  Sign In", "", "", "B")],
        [("FITNESS", "", "", "B")],
        [("Do Cold Plunges Really Boost Your Metabolism?", "", "", "")],
        [("Ice baths are all over social media, with claims to match.", "", "", ""),
         ("Here's what the research actually shows.", "", "", "B")],
        [("By Jessa Whitlowe", "", "", "B")],
        [("Updated March 10, 2026", "", "", "B")],
        [("Bloomwell editors independently choose the products we feature.", "", "", "B"),
         ("We may earn a commission when you buy through our links.", "", "", "B")],
        [("A woman sits in an outdoor cold-plunge tub on a snowy deck.", "", "", "")],
        [("Photo: Bloomwell / Stock", "", "", "B")],
        [("If you've spent any time on wellness social media this winter, you've probably seen someone lower themselves into a tub of ice water, grimace, and announce that they've just “torched” hundreds of calories.", "", "", "")],
        [("Brody Quellwood, a fitness coach with 1.2 million followers, told his audience in a January video that a three-minute plunge “burns more calories than a 5K run.”", "Brody Quellwood", "told his audience", "W"),
         ("That video has been viewed more than 4 million times.", "", "", "W")],
        [("Quellwood did not respond to a request for comment sent through his website.", "Brody Quellwood", "did not respond to a request for comment", "")],
        [("Is any of it true?", "", "", "")],
        [("What happens in cold water", "", "", "")],
        [("When you get into cold water, your body works to keep its core temperature up, partly by shivering and partly by burning fat in a type of tissue called brown fat.", "", "", ""),
         ("That does use energy.", "", "", "")],
        [("But the amount is small, says Marisa Dunkelberg, PhD, an exercise physiologist at Quorrington University who has studied cold exposure for a decade.", "Marisa Dunkelberg", "says", "")],
        [("“In our lab, a three-minute plunge at 50 degrees raised energy use by roughly 40 to 80 calories over the next hour,” she says.", "Marisa Dunkelberg", "says", "W"),
         ("“A 5K run burns about 300 for most people.", "Marisa Dunkelberg", "says", "W"),
         ("It isn't close.”", "Marisa Dunkelberg", "says", "")],
        [("What about the ‘350% boost’?", "", "", "")],
        [("Another claim doing the rounds is that cold water raises your metabolic rate by 350%.", "", "", "W")],
        [("That figure appears to come from a small 2000 study in which 10 men sat in water at 57 degrees for an hour.", "", "", "W"),
         ("Their metabolic rate did rise by about 350% — but only while they were in the water, and only because they were shivering hard for a full hour, which few people would choose to do.", "", "", "W")],
        [("“People take a number from an extreme experiment and attach it to a three-minute dip,” says Dunkelberg.", "Marisa Dunkelberg", "says", "")],
        [("The benefits that might be real", "", "", "")],
        [("There is some evidence for other benefits.", "", "", "")],
        [("A 2022 review of 104 studies found that regular cold-water immersion was linked to lower insulin resistance and better mood in some groups, although its authors said many of the studies were small and of low quality.", "A 2022 review of 104 studies", "found", "W")],
        [("Kenji Belgarde, MD, a sports medicine physician in Denver, says many of his patients who plunge report sleeping better.", "Kenji Belgarde", "says", "")],
        [("“I don't discourage it,” he says.", "Kenji Belgarde", "says", ""),
         ("“I just tell them not to expect to lose weight from it.”", "Kenji Belgarde", "says", "")],
        [("Who should be careful", "", "", "")],
        [("Cold water makes your heart rate and blood pressure jump in the first minute, a reaction known as cold shock.", "", "", "W")],
        [("Belgarde says people with heart disease or high blood pressure should talk to their doctor before trying it, and that nobody should plunge alone.", "Kenji Belgarde", "says", "")],
        [("The bottom line", "", "", "")],
        [("A cold plunge won't melt fat, and the calorie burn is about what you'd get from a brisk 10-minute walk.", "", "", "W"),
         ("If you enjoy it and you're healthy, there's little evidence it does harm.", "", "", "")],
        [("Shop the story", "", "", "B")],
        [("Glacierbox Home Plunge Tub", "", "", "B")],
        [("$4,995 at Glacierbox", "", "", "B")],
        [("Buy now", "", "", "B")],
        [("Frostline Inflatable Cold Tub", "", "", "B")],
        [("$249 at Pondera", "", "", "B")],
        [("Buy now", "", "", "B")],
        [("This article is for informational purposes only and is not a substitute for professional medical advice.", "", "", "B")],
        [("Trending in Fitness", "", "", "B")],
        [("The 12-Minute Walking Workout Our Editors Swear By", "", "", "B")],
        [("Is Creatine Safe for Women? Experts Weigh In", "", "", "B")],
        [("Get the Bloomwell newsletter", "", "", "B")],
        [("Enter your email", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("© 2026 Bloomwell Media Group.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. New Zealand medical journal's news item on locum spending
        [("Pounamu Medical Review", "", "", "B")],
        [("Journal   News   Opinion   Education   Careers   Subscribe", "", "", "B")],
        [("Log in  |  Register", "", "", "B")],
        [("News", "", "", "B")],
        [("Rangitoa health district spent NZ$61.4m on locum doctors as vacancies reached one in five", "", "", "W")],
        [("Union says the district is paying three times the salaried rate to fill gaps it has left open for years", "Union", "says", "W")],
        [("Fergus Ettrickby", "", "", "B")],
        [("Published 12 March 2026", "", "", "B")],
        [("Cite this as: Pounamu Med Rev 2026;139:n412", "", "", "B")],
        [("Rangitoa Health District spent NZ$61.4m on locum doctors in the year to June 2025, up from NZ$38.9m two years earlier, according to figures released under the Official Information Act.", "figures released under the Official Information Act", "according to", "W")],
        [("The figures, obtained by the Pūriri Senior Doctors' Association and seen by the Review, show that 41 of the district's 198 senior medical posts were vacant in June, a rate of 21%.", "The figures", "show", "W"),
         ("Locums filled most of those posts.", "", "", "W")],
        [("Mereana Hohaia, the association's national secretary, said a locum physician cost the district about NZ$4,100 a day once agency fees were included, compared with about NZ$1,350 for a salaried specialist at the top of the scale.", "Mereana Hohaia", "said", "W")],
        [("“Some of these vacancies have been open for four years,” she said.", "Mereana Hohaia", "said", "W"),
         ("“Nobody could look at these numbers and say locums are saving money.", "Mereana Hohaia", "said", ""),
         ("They are the most expensive way there is to run a hospital.”", "Mereana Hohaia", "said", "")],
        [("The highest spending was in general medicine (NZ$14.2m), emergency medicine (NZ$11.8m) and psychiatry (NZ$9.6m).", "", "", "W")],
        [("District's response", "", "", "")],
        [("Graeme Soperton, the district's chief medical officer, told the Review that recruiting to rural hospitals was “a challenge right across the country” and that the district had appointed 17 senior doctors in the past year.", "Graeme Soperton", "told the Review", "W")],
        [("He said locums were “a bridge, not a plan”.", "Graeme Soperton", "said", "")],
        [("“We would much rather employ people permanently, and we are offering relocation packages of up to $40,000 to do that,” he said.", "Graeme Soperton", "said", "W")],
        [("He did not say when the district expected to fill the remaining vacancies.", "Graeme Soperton", "did not say", "")],
        [("National picture", "", "", "")],
        [("Spending on locums across all 20 health districts reached NZ$412m in 2024-25, according to the national health agency's annual report, which does not break the figure down by district.", "the national health agency's annual report", "according to", "W")],
        [("Patients' groups have raised concerns about continuity of care.", "Patients' groups", "have raised concerns", "")],
        [("A 2023 study in the Review of 1,640 patients admitted to three regional hospitals found that those treated mainly by locum physicians were 1.3 times as likely to be readmitted within 30 days, although the authors cautioned that the locums may have been given sicker patients.", "A 2023 study in the Review", "found", "W")],
        [("Rawiri Pohatu, a GP in Rangitoa, said his patients noticed when the specialist changed every fortnight.", "Rawiri Pohatu", "said", ""),
         ("“They have to tell their story again and again,” he said.", "Rawiri Pohatu", "said", "")],
        [("Competing interests: none declared.", "", "", "B")],
        [("Provenance and peer review: commissioned; not externally peer reviewed.", "", "", "B")],
        [("Rapid responses (2)", "", "", "B")],
        [("Submit a response", "", "", "B")],
        [("Ana Lusarreta, consultant physician, Rangitoa Hospital — 13 March 2026", "", "", "B")],
        [("As one of the locums counted here, I would point out that many of us would take permanent posts if the district advertised them.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Senior doctors vote to accept pay offer after two years of talks", "", "", "B")],
        [("Rural hospital rosters: how three districts cut locum use", "", "", "B")],
        [("© 2026 Pounamu Medical Publishing Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. wine trade magazine's harvest report from Spain
        [("CASK & CUVÉE", "", "", "B")],
        [("The business of wine and spirits", "", "", "B")],
        [("News   Markets   Harvest 2025   Retail   Spirits   Events   Jobs", "", "", "B")],
        [("Subscribe  |  Log in", "", "", "B")],
        [("HARVEST REPORT 2025", "", "", "B")],
        [("Valdecorzo crop falls 31% as drought and hail hit the Garnacha heartland", "", "", "W")],
        [("Grape prices are at their highest in a decade, but growers say the rise does not make up for the lost volume", "growers", "say", "W")],
        [("Hugo Garralda  |  10 December 2025", "", "", "B")],
        [("VALDECORZO, Spain — Growers in the Valdecorzo appellation picked 38.6 million kilos of grapes this autumn, 31% less than in 2024 and the smallest harvest since the appellation was created in 1986, according to provisional figures from the Consejo Regulador.", "provisional figures from the Consejo Regulador", "according to", "W"),
         ("Garnacha, which covers about 70% of the area's vineyards, was hit hardest.", "", "", "W")],
        [("Rainfall between October 2024 and August 2025 was 211 mm, less than half the long-term average, and a hailstorm on 22 July damaged about 1,900 hectares in the south of the appellation, the council said.", "the council", "said", "W")],
        [("Prices", "", "", "")],
        [("The shortage pushed the average price paid for Garnacha to €0.74 a kilo, up from €0.52 last year, according to Terruño Data, a Zaragoza-based firm that tracks grape contracts.", "Terruño Data", "according to", "W"),
         ("Garnacha from vines more than 50 years old fetched up to €1.40 a kilo.", "", "", "W")],
        [("“On paper it looks like a good year for growers,” said Marisol Ocaña, the firm's director.", "Marisol Ocaña", "said", ""),
         ("“But a grower who lost half his crop and got 40% more per kilo is still well behind.”", "Marisol Ocaña", "said", "")],
        [("Inés Barrachina, who farms 34 hectares near Aldehuela del Corzo, said through an interpreter that she had picked 61,000 kilos, against 118,000 in 2024.", "Inés Barrachina", "said through an interpreter", "W")],
        [("“The hail lasted ten minutes,” she said.", "Inés Barrachina", "said", ""),
         ("“Ten minutes, and a year's work was on the ground.”", "Inés Barrachina", "said", "")],
        [("Cooperatives", "", "", "")],
        [("The region's largest cooperative, San Telmo, which takes grapes from 412 member growers, said it would pay members an advance of €0.60 a kilo by the end of January and the balance once the wine is sold.", "San Telmo", "said", "W")],
        [("Its president, Joaquín Escartín, said the cooperative had asked the regional government for emergency aid of €300 a hectare for growers who lost more than 40% of their crop.", "Joaquín Escartín", "said", "W")],
        [("The regional agriculture department said it was “studying the request”.", "The regional agriculture department", "said", "")],
        [("What it means for buyers", "", "", "")],
        [("Export volumes are likely to fall next year.", "", "", "")],
        [("Valdecorzo shipped 212,000 hectolitres of wine abroad in 2024, 58% of it to the UK, Germany and the US.", "", "", "W")],
        [("Several UK importers told Cask & Cuvée they expected list prices for the 2025 vintage to rise by 8–12%.", "Several UK importers", "told Cask & Cuvée", "")],
        [("One London buyer, who asked not to be named because price talks were continuing, said she had already been told to expect a 15% rise on bulk Garnacha.", "One London buyer", "said", "W")],
        [("Quality, at least, looks good.", "", "", "")],
        [("Small berries and a cool September produced “concentrated, balanced wines”, according to the council's technical director, Pilar Zubiri, who expects the vintage to be rated “very good” when the council publishes its assessment in March.", "Pilar Zubiri", "according to", "")],
        [("Valdecorzo harvest at a glance", "", "", "B")],
        [("Grapes picked: 38.6m kg (2024: 55.9m kg)", "", "", "W")],
        [("Vineyard area: 11,240 ha", "", "", "W")],
        [("Average Garnacha price: €0.74/kg (2024: €0.52/kg)", "", "", "W")],
        [("Source: Consejo Regulador de Valdecorzo (provisional); Terruño Data", "", "", "B")],
        [("Read next: Somontejo growers turn to drought-tolerant rootstocks", "", "", "B")],
        [("Cask & Cuvée Spain Tasting, London, 4 February 2026 — trade registration now open", "", "", "B")],
        [("Jobs: Regional Sales Manager, Iberian wines — London — apply by 9 January", "", "", "B")],
        [("Hugo Garralda is Cask & Cuvée's Spain correspondent.", "", "", "B")],
        [("© Cask & Cuvée Publishing Ltd 2025", "", "", "B")],
    ],
    [  # 11. Canadian public broadcaster's live fact-check of a provincial leaders' debate
        [("Skip to main content", "", "", "B")],
        [("Northfork News", "", "", "B")],
        [("News   Sask Votes 2026   Local   Business   Opinion   Radio   Watch", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Fact-checking the Saskatchewan leaders' debate", "", "", "")],
        [("We're checking what the leaders say about health care, child care and potash as the debate goes on", "", "", "")],
        [("Northfork News  ·  Posted: Oct 14, 2026 7:02 PM CST  |  Last Updated: Oct 14, 2026 9:48 PM CST", "", "", "B")],
        [("How we rate claims: Accurate, Needs context, Misleading, False.", "", "", "B")],
        [("9:48 PM", "", "", "B")],
        [("That's a wrap", "", "", "B")],
        [("Thanks for following along.", "", "", "B"),
         ("We'll have a round-up of every check in the morning.", "", "", "B")],
        [("9:31 PM", "", "", "B")],
        [("Marchessault: ‘Potash royalties have fallen by half under this government’", "Gilles Marchessault", "Marchessault:", "W")],
        [("Prairie Labour Leader Gilles Marchessault said the province now collected half the potash royalties it did when the Wheatland Party took office in 2019.", "Gilles Marchessault", "said", "W")],
        [("Verdict: Needs context", "", "", "B")],
        [("Royalties did fall, from $1.26 billion in 2019-20 to $640 million in 2025-26, according to the province's public accounts.", "the province's public accounts", "according to", "W"),
         ("But most of that drop came from lower world potash prices, not from changes to the royalty rate, which the government last cut in 2021.", "", "", "W")],
        [("The 2021 budget estimated that the rate change would cost about $85 million a year.", "The 2021 budget", "estimated", "W")],
        [("9:12 PM", "", "", "B")],
        [("Quellwood: ‘We've hired 4,000 more nurses’", "Darlene Quellwood", "Quellwood:", "W")],
        [("Premier Darlene Quellwood said her government had hired “4,000 more nurses” since 2019.", "Darlene Quellwood", "said", "W")],
        [("Verdict: Misleading", "", "", "B")],
        [("The health authority's staffing reports show it hired 4,120 registered nurses between 2019 and 2025.", "The health authority's staffing reports", "show", "W"),
         ("But 3,310 nurses left in the same period, so the number working in the system rose by 810.", "", "", "W")],
        [("When we asked about the figure, Quellwood's campaign said the premier was referring to hires, not to growth in the workforce.", "Quellwood's campaign", "said", "W")],
        [("“Every one of those 4,000 nurses is a real person working in a real hospital,” spokesperson Anneliese Hartog said in an email.", "Anneliese Hartog", "said in an email", "")],
        [("8:47 PM", "", "", "B")],
        [("Grewal: ‘Only 38% of kids have a $10-a-day spot’", "Harpreet Grewal", "Grewal:", "W")],
        [("Open Prairie Leader Harpreet Grewal said only 38% of children under six who need child care had a $10-a-day space.", "Harpreet Grewal", "said", "W")],
        [("Verdict: Accurate", "", "", "B")],
        [("The province's latest child-care report, published in June, counted 31,400 funded spaces for about 82,000 children under six whose parents work or study.", "The province's latest child-care report", "counted", "W"),
         ("That is 38%.", "", "", "W")],
        [("8:30 PM", "", "", "B")],
        [("The ER exchange", "", "", "")],
        [("The sharpest exchange of the night so far came when Marchessault said rural emergency rooms had closed “more than 600 times” last year.", "Gilles Marchessault", "said", "W")],
        [("Quellwood interrupted to say that “not one ER has closed permanently.”", "Darlene Quellwood", "interrupted to say", "W")],
        [("Both statements hold up.", "", "", "")],
        [("Health authority data show 618 temporary closures at 21 rural emergency departments in 2025, most of them overnight.", "Health authority data", "show", "W"),
         ("None of the 21 has closed for good.", "", "", "W")],
        [("7:30 PM", "", "", "B")],
        [("The debate is under way", "", "", "")],
        [("The three leaders are on stage at the Riverbend Theatre in Regina for the only televised debate of the campaign.", "", "", "W"),
         ("Election day is Oct. 26.", "", "", "W")],
        [("7:02 PM", "", "", "B")],
        [("Welcome to our live fact-check of tonight's leaders' debate.", "", "", "B"),
         ("Our reporters Nadia Plumtree and Owen Lafrenière will check claims as they are made.", "", "", "B")],
        [("Spotted a claim you want us to check?", "", "", "B"),
         ("Email factcheck@northfork.example.ca.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Where the parties stand on health care", "", "", "B")],
        [("Sask Votes 2026: find your riding", "", "", "B")],
        [("Audience Relations  ·  Corrections and clarifications  ·  Journalistic standards and practices", "", "", "B")],
        [("©2026 Northfork Public Broadcasting.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. foreign ministry's transcript of a weekly media briefing
        [("Skip to main content   |   Screen Reader Access   |   A-   A   A+   |   हिन्दी", "", "", "B")],
        [("Ministry of External Affairs", "", "", "B")],
        [("Home  ›  Media Centre  ›  Briefings", "", "", "B")],
        [("Transcript of Weekly Media Briefing by the Official Spokesperson (March 13, 2026)", "", "", "")],
        [("March 13, 2026", "", "", "B")],
        [("Official Spokesperson, Shri Anirudh Pallavaram: Good afternoon, friends.", "Anirudh Pallavaram", "Official Spokesperson, Shri Anirudh Pallavaram:", "B"),
         ("I have three announcements, and then I will take your questions.", "Anirudh Pallavaram", "Official Spokesperson, Shri Anirudh Pallavaram:", "B")],
        [("First, the Prime Minister will pay a state visit to Vietnam from March 19 to 21 at the invitation of the President of Vietnam.", "Anirudh Pallavaram", "Official Spokesperson, Shri Anirudh Pallavaram:", "W"),
         ("During the visit, the two sides are expected to sign agreements on maritime cooperation, digital payments and rice exports.", "Anirudh Pallavaram", "Official Spokesperson, Shri Anirudh Pallavaram:", "")],
        [("Second, 27 Indian fishermen who were detained by the Sri Lankan Navy in January were released on Wednesday and have returned home to Tamil Nadu.", "Anirudh Pallavaram", "Official Spokesperson, Shri Anirudh Pallavaram:", "W"),
         ("Their five boats remain in Sri Lankan custody, and our High Commission in Colombo is pursuing their release.", "Anirudh Pallavaram", "Official Spokesperson, Shri Anirudh Pallavaram:", "W")],
        [("Third, 1,412 Indian nationals who were stranded in Mauritius after Cyclone Oraida closed its main airport have been flown home on six special flights.", "Anirudh Pallavaram", "Official Spokesperson, Shri Anirudh Pallavaram:", "W"),
         ("The last flight landed in Mumbai at 6:40 a.m. today.", "Anirudh Pallavaram", "Official Spokesperson, Shri Anirudh Pallavaram:", "W"),
         ("With that, the floor is open.", "Anirudh Pallavaram", "Official Spokesperson, Shri Anirudh Pallavaram:", "B")],
        [("Question (Nandita Khurrana, Narmada Live): Sir, on the Vietnam visit, will a free trade agreement be signed?", "Nandita Khurrana", "Question (Nandita Khurrana, Narmada Live):", ""),
         ("There are reports that the rice deal will be for 500,000 tonnes.", "reports", "There are reports", "W"),
         ("Can you confirm that?", "Nandita Khurrana", "Question (Nandita Khurrana, Narmada Live):", "")],
        [("Question (Tarun Bhalsingh, Dainik Prahari): Sir, a follow-up on the fishermen.", "Tarun Bhalsingh", "Question (Tarun Bhalsingh, Dainik Prahari):", ""),
         ("The fishermen's association in Tamil Nadu says 61 more are still in Sri Lankan jails.", "The fishermen's association in Tamil Nadu", "says", "W"),
         ("What is the government doing for them?", "Tarun Bhalsingh", "Question (Tarun Bhalsingh, Dainik Prahari):", "")],
        [("Official Spokesperson: On the first question, there is no free trade agreement on the table for this visit.", "Anirudh Pallavaram", "Official Spokesperson:", "W"),
         ("Our trade with Vietnam crossed 16 billion dollars last year under the existing regional agreement.", "Anirudh Pallavaram", "Official Spokesperson:", "W"),
         ("On the rice agreement, I will not get into numbers before it is signed.", "Anirudh Pallavaram", "Official Spokesperson:", "")],
        [("On the fishermen, our figures are that 44 Indian fishermen remain in custody in Sri Lanka, not 61, along with 118 boats.", "Anirudh Pallavaram", "Official Spokesperson:", "W"),
         ("We raise this at every level, and the External Affairs Minister raised it with his Sri Lankan counterpart when they met in February.", "Anirudh Pallavaram", "Official Spokesperson:", "W"),
         ("This is a humanitarian issue, and we want it handled as one.", "Anirudh Pallavaram", "Official Spokesperson:", "")],
        [("Question (Priyamvada Kothandapani, Vindhya Times): Sir, on Mauritius, some of the stranded passengers have said they were asked to pay for their own seats on the special flights.", "some of the stranded passengers", "have said", "W"),
         ("Is that correct?", "Priyamvada Kothandapani", "Question (Priyamvada Kothandapani, Vindhya Times):", "")],
        [("Official Spokesperson: No, that is not correct.", "Anirudh Pallavaram", "Official Spokesperson:", "W"),
         ("The special flights were free of charge for every Indian national.", "Anirudh Pallavaram", "Official Spokesperson:", "W"),
         ("Some passengers chose to book seats on commercial flights once the airport reopened on March 9, and those tickets were their own arrangement.", "Anirudh Pallavaram", "Official Spokesperson:", "W")],
        [("Question (Imran Qazilbash, Doaba Herald): Sir, is there any update on the visa agreement with Kenya?", "Imran Qazilbash", "Question (Imran Qazilbash, Doaba Herald):", "")],
        [("Official Spokesperson: The negotiations are at an advanced stage.", "Anirudh Pallavaram", "Official Spokesperson:", ""),
         ("The last round was held in Nairobi on February 24 and 25.", "Anirudh Pallavaram", "Official Spokesperson:", "W"),
         ("I will not be able to give you a date for signing.", "Anirudh Pallavaram", "Official Spokesperson:", "")],
        [("Question: Sir, one more on the fishermen —", "", "", "")],
        [("Official Spokesperson: I think we will stop there.", "Anirudh Pallavaram", "Official Spokesperson:", "B"),
         ("Thank you all.", "Anirudh Pallavaram", "Official Spokesperson:", "B")],
        [("(Concludes)", "", "", "B")],
        [("New Delhi", "", "", "B")],
        [("March 13, 2026", "", "", "B")],
        [("Print   Share   Email", "", "", "B")],
        [("Related briefings", "", "", "B")],
        [("Transcript of Weekly Media Briefing by the Official Spokesperson (March 6, 2026)", "", "", "B")],
        [("Website Policies   Help   Feedback   Sitemap", "", "", "B")],
        [("Content owned by the Ministry of External Affairs.", "", "", "B")],
        [("Last Updated: 14 March 2026", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    # --- broadcast transcripts: initials labels, a dash cut by crosstalk, inline stage directions ----------
    ("h18-initials-crosstalk", "HP: Which is two years away.\nRL: And the pipeline is the strongest it has been in a decade —\n[CROSSTALK]\nRL: — planning permissions were up 14% in the last quarter alone.",
     ["HP: Which is two years away.", "RL: And the pipeline is the strongest it has been in a decade —", "[CROSSTALK]", "RL: — planning permissions were up 14% in the last quarter alone."]),
    ("h18-laughs-inline", "RL: (laughs) That's a matter for the Prime Minister. I've had this job for 14 months and I want to see the bill through.",
     ["RL: (laughs) That's a matter for the Prime Minister.", "I've had this job for 14 months and I want to see the bill through."]),
    ("h18-clip-exclamation", "[CLIP]\nMARGUERITE OAKSHOTT: This government has missed its own housing target in every single quarter since it took office. Starts fell by a fifth last year. A fifth!\n[END OF CLIP]",
     ["[CLIP]", "MARGUERITE OAKSHOTT: This government has missed its own housing target in every single quarter since it took office.", "Starts fell by a fifth last year.", "A fifth!", "[END OF CLIP]"]),
    # --- e-newsletters: email headers, vote tallies, a.m. and noon, an a.m. at the end of a line -----------
    ("h18-email-header", "From: Rep. Lorna Vettergren <Rep.Vettergren@legis.wi.example>\nSent: Friday, March 13, 2026 4:02 PM\nSubject: Capitol Update: $4.2 million for the Route 12 interchange, AB 318 passes, and a town hall on March 28",
     ["From: Rep. Lorna Vettergren <Rep.Vettergren@legis.wi.example>", "Sent: Friday, March 13, 2026 4:02 PM", "Subject: Capitol Update: $4.2 million for the Route 12 interchange, AB 318 passes, and a town hall on March 28"]),
    ("h18-vote-tallies", "My bill, AB 318, passed the Assembly 88-9 on Tuesday and the Senate 31-2 on Thursday. The governor has 10 days to sign or veto it.",
     ["My bill, AB 318, passed the Assembly 88-9 on Tuesday and the Senate 31-2 on Thursday.", "The governor has 10 days to sign or veto it."]),
    ("h18-am-noon-address", "Please join me and Sen. Ingrid Ravensmere for a town hall on Saturday, March 28, from 10 a.m. to noon at the Brantholm Public Library, 212 Mill Street. No registration is needed.",
     ["Please join me and Sen. Ingrid Ravensmere for a town hall on Saturday, March 28, from 10 a.m. to noon at the Brantholm Public Library, 212 Mill Street.", "No registration is needed."]),
    ("h18-am-line-end-po-box", "My staff hold office hours on the first Monday of every month at Oskerville Village Hall, 9–11 a.m.\nMadison Office: Room 14 North, State Capitol, P.O. Box 8953, Madison, WI 53708",
     ["My staff hold office hours on the first Monday of every month at Oskerville Village Hall, 9–11 a.m.", "Madison Office: Room 14 North, State Capitol, P.O. Box 8953, Madison, WI 53708"]),
    # --- budget live pages: a speech quoted over two paragraphs, a stamp and an entry headline ------------
    ("h18-speech-two-paragraphs", "“Mr Speaker, Government proposes to increase the Energy Sector Levy by 40 pesewas per litre, effective 1st February 2026. The proceeds, estimated at GH₵3.2 billion a year, will be used to clear arrears.\n“Mr Speaker, even after this adjustment, pump prices in Ghana will remain below those of all our neighbours.”",
     ["“Mr Speaker, Government proposes to increase the Energy Sector Levy by 40 pesewas per litre, effective 1st February 2026.", "The proceeds, estimated at GH₵3.2 billion a year, will be used to clear arrears.", "“Mr Speaker, even after this adjustment, pump prices in Ghana will remain below those of all our neighbours.”"]),
    ("h18-gmt-stamp-entry", "14:31 GMT\nSpeech ends after 3 hours 12 minutes\nAsamoah-Dartey has finished reading the statement, which runs to 214 pages. The debate on the budget begins on Tuesday.",
     ["14:31 GMT", "Speech ends after 3 hours 12 minutes", "Asamoah-Dartey has finished reading the statement, which runs to 214 pages.", "The debate on the budget begins on Tuesday."]),
    # --- audit pages: key-facts lines, a sentence ending in a colon before bullets ---------------------
    ("h18-key-facts-lines", "Key facts\n$847m  allocated to the program from 2022–23 to 2025–26\n39  councils eligible for funding",
     ["Key facts", "$847m  allocated to the program from 2022–23 to 2025–26", "39  councils eligible for funding"]),
    ("h18-colon-before-bullets", "We made five recommendations to the Department of Regional Transport, including that it:\n• assess every project against the published criteria before paying for it\n• publish the amount each council receives and the reasons for it",
     ["We made five recommendations to the Department of Regional Transport, including that it:", "• assess every project against the published criteria before paying for it", "• publish the amount each council receives and the reasons for it"]),
    # --- written questions: one long question with a semicolon, table rows -------------------------------
    ("h18-to-ask-semicolon", "To ask the Secretary of State for Transport, how many supported bus routes in Hexcombe and Tilsey constituency were withdrawn in each year since 2021; and what estimate her Department has made of the number of residents in that constituency who live more than 800 metres from a bus stop with an hourly service.",
     ["To ask the Secretary of State for Transport, how many supported bus routes in Hexcombe and Tilsey constituency were withdrawn in each year since 2021; and what estimate her Department has made of the number of residents in that constituency who live more than 800 metres from a bus stop with an hourly service."]),
    ("h18-table-rows", "Year   Withdrawn in full   Withdrawn in part\n2021   3   5\n2022   7   4",
     ["Year   Withdrawn in full   Withdrawn in part", "2021   3   5", "2022   7   4"]),
    # --- campaign pages: a footnote marker after a full stop, a source line with pp. ---------------------
    ("h18-footnote-marker-pp", "Every euro spent would return €1.60 in benefits over 30 years.[1] The Department of Transport has never published a response to that report.\n[1] Ardwinkle Economics, Kilcarrow Line Reopening: Feasibility Study, June 2019, pp. 41–44.",
     ["Every euro spent would return €1.60 in benefits over 30 years.[1]", "The Department of Transport has never published a response to that report.", "[1] Ardwinkle Economics, Kilcarrow Line Reopening: Feasibility Study, June 2019, pp. 41–44."]),
    # --- company statements: Pty Ltd and Reg. No., a claim line before The facts: ------------------------
    ("h18-pty-ltd-reg-no", "© 2026 Drakensvlei Springs (Pty) Ltd. Reg. No. 1998/004417/07.",
     ["© 2026 Drakensvlei Springs (Pty) Ltd.", "Reg. No. 1998/004417/07."]),
    ("h18-claim-then-facts", "Claim 1: “Drakensvlei water comes from the Hoekfontein municipal supply.”\nThe facts: Our water comes from two boreholes on our own property at Hoekfontein, drilled in 1998 and 2011.",
     ["Claim 1: “Drakensvlei water comes from the Hoekfontein municipal supply.”", "The facts: Our water comes from two boreholes on our own property at Hoekfontein, drilled in 1998 and 2011."]),
    # --- magazines and journals: degrees after names, a citation line ------------------------------------
    ("h18-phd-md-appositions", "But the amount is small, says Marisa Dunkelberg, PhD, an exercise physiologist at Quorrington University. Kenji Belgarde, MD, a sports medicine physician in Denver, says many of his patients report sleeping better.",
     ["But the amount is small, says Marisa Dunkelberg, PhD, an exercise physiologist at Quorrington University.", "Kenji Belgarde, MD, a sports medicine physician in Denver, says many of his patients report sleeping better."]),
    ("h18-cite-this-as", "Cite this as: Pounamu Med Rev 2026;139:n412\nRangitoa Health District spent NZ$61.4m on locum doctors in the year to June 2025. Locums filled most of those posts.",
     ["Cite this as: Pounamu Med Rev 2026;139:n412", "Rangitoa Health District spent NZ$61.4m on locum doctors in the year to June 2025.", "Locums filled most of those posts."]),
    # --- live fact-checks: Oct. at the end of a sentence, then a stamp ------------------------------------
    ("h18-oct-end-stamp", "The three leaders are on stage at the Riverbend Theatre in Regina. Election day is Oct. 26.\n7:02 PM\nWelcome to our live fact-check of tonight's leaders' debate.",
     ["The three leaders are on stage at the Riverbend Theatre in Regina.", "Election day is Oct. 26.", "7:02 PM", "Welcome to our live fact-check of tonight's leaders' debate."]),
    # --- briefing transcripts: a journalist's label with brackets, a.m. before today ---------------------
    ("h18-question-label-am-today", "The last flight landed in Mumbai at 6:40 a.m. today. With that, the floor is open.\nQuestion (Tarun Bhalsingh, Dainik Prahari): Sir, a follow-up on the fishermen. The fishermen's association says 61 more are still in Sri Lankan jails. What is the government doing for them?",
     ["The last flight landed in Mumbai at 6:40 a.m. today.", "With that, the floor is open.", "Question (Tarun Bhalsingh, Dainik Prahari): Sir, a follow-up on the fishermen.", "The fishermen's association says 61 more are still in Sri Lankan jails.", "What is the government doing for them?"]),
]  # fmt: skip
