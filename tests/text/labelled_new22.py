"""Twenty-second set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13, before any rule was tuned on them and without looking at the
engine's code or output (neither `claimreview/` nor the scorer's results were opened, and no test,
scorer or engine was run; only an import of this file was tried, to check its structure): every
person, place, organisation, outlet, company, party, team, product and number is invented (a few
US states, currencies, units, a disease and its vaccine and generic institutions such as "the Court
of Appeal", "the County Court" or "MPs" appear only as places, units and settings, and social
networks only in share strips), and no surname, town or outlet of any file under `tests/` is
reused (each was checked with grep over the whole `tests/` tree; first names recur). Each page is a
WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in a browser, so
every furniture line is a paragraph of its own. The twelve pages are kinds the earlier sets lack or
have only once: a regional paper's e-edition pasted from its page-flip reader, a local paper's
council budget story with the council's draft minutes pasted below it, a housing charity's report
summary page, a US TV station's story page with an autoplay video and its automatic transcript, a
national paper's morning briefing newsletter on the web, an appeal court's press summary page, an
opinion column with pull quotes and a right of reply, a football transfer deadline-day live blog, a
by-election candidates' Q&A, a county council's measles outbreak update page, a regional airport's
release on a new route and a Sunday paper's consumer-rights column answering readers' letters. The
three things they stress are (1) furniture of every kind worded afresh, at the head, in the middle
and at the tail (edition and page counters, reader controls, masthead and edition-number lines,
"INSIDE:" teasers, "Full story, Page 7", "Continued on page 4", page running heads, section headers,
"From page 1", minutes headers, signature and draft lines, report meta lines, download lines with
file sizes, methodology boxes, partner strips, "Cite this report", alert tickers, "VIDEO:" and
"RELATED:" lines, transcript notices and time marks, anchors' tosses, "Read more →" lines, sponsor
slots, newsletter sign-offs, citation panels, summary disclaimers, paragraph references, right-of-
reply boxes, "Agree? Disagree? Write to us", key-event lists, betting lines, how-to-vote boxes,
case tables, clinic listings, exposure lists, schedule tables, notes to editors and column
footers); (2) who is speaking (a group in a jump headline, "Campaigners from ...", "our new research
finds", "the office said", "per reports in ...", "is understood to be", "We understand", "Agent:" and
"Porthgarrow boss:" headlines, "told Radio Ventisca", "told Duncastle's website", "told a fans'
forum", "appear to show", name-and-party labels, a voice-change marker after a reporter names a
speaker, "the court holds", "the County Court found", "alleging", "argued", a judge named only by
surname, "The Clerk confirmed" and "The Mayor reported" resolved from the attendance list and the
story above, "A resident of ... asked", "welcomed ..., saying", "told me", "they said" resolved to a
firm, "did not respond to my requests for comment"); (3) honest check-worthiness, with many ordinary
borderline sentences of both kinds. `STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new21.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels "B" with the story after them labelled as
before; captions by content and credits "B"; standfirsts and subheads labelled like headlines,
question and topic subheads ""; mastheads, kickers, widgets, tickers and share strips "B"; fact-box
headings "B" with their lines by content; a pull quote repeated from the text "B"; related lists,
"Read more" lines, author bios, comment furniture and readers' comments "B"; reader-service lines
and advice to readers "B", advice spoken by a quoted official keeping its speaker with flags "";
methodology boxes "B"; release headers, "Ends", notes to editors, "About ..." paragraphs and media
contacts "B", a release's own text without a speaker; live-blog stamps, key-event lists and welcome
lines "B", entry headlines labelled like headlines, "Role: claim" headlines resolved to the person
named below with the role and colon as cue; data rows "" with the table's title and header row "B";
warning boxes with the heading "B" and each place line "W"; transcript and Q&A labels as cues with
the full name as speaker, questions without a speaker, a question's factual preamble "W", procedural
turns "B"; line-ups and referee lines "", fixtures "W"; a sentence cut by a page break labelled
fragment by fragment with the whole sentence's speaker, cue and flag; a letter writer's own
statements without a speaker; "Resolved, That ..." and what a court, council or committee DID "W"
without a speaker, "the panel found" carrying the body; plans, votes and fixtures "W", forecasts "";
titles, honorifics and role words dropped from speakers; a pronoun, a later surname or a role noun
resolved to the full name as first given; "the company", "the council" and the like kept as written;
"declined to comment", "did not respond" and their kin labelled like speech with flags ""; glued
furniture items without full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* An e-edition from a page-flip reader: the edition line, the date line, the sections strip, every
  page counter ("Page 1 / 56"), the reader's controls, the capitals masthead, the masthead's
  edition-number-and-price line, the "INSIDE:" teaser line, "Full story, Page 7", "Continued on page
  4", the page running head ("4 | The Cradlewick Chronicle | Thursday 16 April 2026"), the section
  header ("NEWS"), "From page 1", the weather box, each advert, "◀ Page 3 | Page 5 ▶", the clip and
  save strip and the e-edition copyright are "B". The jump headline on the inside page is labelled
  like a headline ("Quarry vote: residents vow to fight on": "residents" as written, cue "vow", ""
  as a vague intention). A sentence cut by the jump is labelled fragment by fragment, each fragment
  carrying the whole sentence's speaker, cue and flag, as in `labelled_new20.py`'s print view.
  "Campaigners from Save Hagworth Hill" is kept as written, like "Analysts at ...".
* Council minutes pasted under a story: the reporter's line introducing them ("... are reproduced
  below.") is "B", like an editing note; the council header, the minutes' title line, the signature
  line and the draft note are "B". "Present:", "In attendance:" and "Apologies:" are lists of names,
  "", like line-ups; each numbered item heading ("26/006   Budget and precept 2026-27") is a topic
  subhead, "", its number part of the sentence. The minutes are the council's own record, without a
  speaker: "RESOLVED that ...", declarations of interest, proposals and seconders, vote counts, who
  left the room, the next meeting's date and the closing time are "W"; "Clerk's note: ..." is part of
  the record, "W" for its figures. "The Clerk confirmed", "The Clerk presented" and "The Mayor
  reported" resolve the role to the full name as first given on the page (from the attendance line
  or the story above), and so does "Mr N. Culverhouse reported" (the resident named in the story);
  "A resident of Winnowing Close asked" is kept as written, "" as a question; "The Clerk agreed to
  raise the matter ..." is what an officer did, "W" without a speaker.
* A charity's report page: the report's title is a name, ""; the meta line ("Report | Published ...
  | 42 pages"), the download lines with file sizes, "Summary" and "Key findings" (headings) are "B";
  the charity's own findings carry no speaker and each bullet is "W"; "our new research finds"
  carries "our new research" with "finds", like "study finds", and the later "It finds" resolves to
  "The report" as first given. "What we are calling for" is a topic subhead, "", and its demand
  bullets are "" (what the charity wants, not a fact). The "Methodology" box is "B" line by line,
  its sample size included, as methodology boxes are in `labelled_new17.py` and `labelled_new21.py`;
  the press contact, the partners strip, the funding line, "Cite this report: ...", related research,
  the sign-up box and the charity-number line are "B".
* A TV page with an automatic transcript: the "WEATHER ALERT:" ticker and the "RELATED:" line are
  "B"; the "VIDEO:" line is labelled as the video's caption, by content. The "Video transcript"
  heading, the machine-transcript notice and each time mark ("0:41") are "B". The transcript is split
  and labelled as written, in lower case, with ">>" part of the sentence: the anchor's and reporter's
  own words carry no speaker, like "JOURNALIST:" turns, and are labelled by content; the anchor's
  greeting and tosses (">> good evening.", "alyssa.", ">> thank you alyssa.", "... is live in
  colterville with what drivers need to know.") and the reporter's sign-off are "B", like procedural
  turns. "county engineer darnell kim brough says ..." resolves the misheard name to the full name as
  first given on the page, cue "says"; the lines after the next ">>" (which repeat the words the story
  above quotes from him) carry that person with the marker ">>" as cue, working as a transcript
  label; "the county says" is kept as written.
* A briefing newsletter on the web: the subject-line headline listing its topics is ""; "This is the
  web version ...", the sign-up line, the greeting and "Here's what you need to know." are "B"; each
  numbered item heading is labelled by content, its number part of the sentence, like a listicle's;
  every "Read more: ... →" and bare "Read more →" is "B"; the "SPONSORED" slot is "B" line by line;
  the sign-off, the first-name signature, the feedback prompt, "Forwarded this email?", "Sign up
  here." and the manage and unsubscribe strip are "B". "the office said" after "the national
  statistics office" is kept as written, like "the council".
* A court's press summary: the case name at the top is a name, ""; "Press summary", "Neutral
  citation: ..." and "Case No: ..." are "B" (reference lines); "Judgment date: ..." is "W", a date of
  record like "Kick-off:"; "Judges:", "Appellant:", "Respondent:" and "On appeal from:" lines are "",
  like line-ups and referee lines; the download line and the standard "This summary is provided to
  help understand the decision." with its two following sentences are "B", like a disclaimer;
  "Background to the appeal", "Judgment" and "Reasons for the judgment" are topic subheads, "". The
  summary's own account of what the courts decided, awarded and ordered is "W" without a speaker,
  also when it restates a holding without a reporting verb; "the County Court found" and "the court
  holds" carry the court as written with "found" and "holds", like "the panel found"; "she brought a
  claim alleging" carries the claimant with "alleging" and is "W" (the claim is of record); "The
  trust argued" keeps "The trust". A judge given only as "Lady Justice Ravelstone" is "Ravelstone":
  the judicial title is dropped like "Cllr" or "Sir". Paragraph references in square brackets
  ("[47]", "[31]-[44]") stay part of their sentence, after a quote's attribution too; "References in
  square brackets ..." and "Related judgments" with its item are "B".
* An opinion column: the "Right of reply" heading is "B" and the council spokesperson's statement
  under it keeps its speaker as written, "No decision has been made." "W"; "Agree?", "Disagree?",
  "Write to us at ..." and "Letters may be edited ..." are four "B" sentences; a two-sentence
  headline in "More opinion" is two "B" sentences; a document that "values" a building is a source
  as written with that verb.
* A transfer live blog: "per reports in the Carvossa Gleaner" carries "reports in the Carvossa
  Gleaner" with the cue "per", like "according to"; "is understood to be" and "is said to have been"
  carry no speaker and are "W" when they give figures; "We understand ..." is the outlet's own
  reporting, without a speaker, "W" for a checkable detail; "Pictures on social media appear to show
  ..." keeps the pictures as written with "appear to show" and is "" (hedged). "Done deals so far" is
  a topic subhead, "", and each done-deal row ("Club: Player (from, fee)") is "W", a transfer of
  record like a result line; "told Duncastle's website" and "told a fans' forum" are cues as written;
  the betting line is "B".
* A candidates' Q&A: "Name (Party):" labels work like transcript labels: the full name is the
  speaker, the whole label the cue, carried by every sentence of the answer; a one-word stance
  ("No.", "Reluctantly, yes.") and pledges ("I would push for ...") are "", figures and records the
  candidate states are "W", and a source cited inside an answer ("the council says") does not change
  its speaker. The method note above the questions is "B"; "How to vote" is "B", the polling hours
  and the count are fixtures, "W", and the registration and ID advice "B"; the disclaimer is "B".
* An outbreak page: "Last updated" is "B"; the case table's title, header row and note are "B", its
  rows ""; the "Statement from the Director of Public Health" heading is "B" and the "Dr X, ...,
  said:" lead-in "" with the quote's paragraphs carrying her and "said" (her advice "", her figures
  "W"); "What you should do" and its bullets, and the clinic listing, are "B" (advice and listings for
  readers); "Places where people may have been exposed" is a warning box: heading "B", each place-
  and-time line "W", the helpline line under it "B"; the "Previous updates" list is "B" like a
  related list, though its lines state counts.
* An airport's release: "..., the airline announced today" carries the airline as first given with
  "announced"; "Skylarke expects ..." is a forecast, ""; "Flights go on sale today, with fares from
  ..." is "W" and "Book at ..." "B"; the schedule titles, header rows and "All times are local." are
  "B", the flight rows ""; "welcomed the announcement, saying ..." has the cue "saying".
* A consumer column: the column label ("PUT IT RIGHT") is "B"; the headline quoting a reader's letter
  carries no speaker and is labelled by content. The reader's letter after "Q:" carries no speaker,
  like a letter writer's: the dealings a firm can confirm (what was paid, promised, offered or
  charged) are "W", the reader's feelings, questions and "every time I phone I am told ..." ""; "they
  said" resolves to the firm; the initials-and-town line ("R.T., Wintercombe") is a signature, "B".
  The columnist's answer after "A:" carries no speaker: the rules and the outcome ("The company has
  since ... refunded the full £1,289.") are "W", judgements ("A voucher is not enough.") "",
  "I contacted Tarnbrook on your behalf." "" like a writer's reporting act; the advice to the letter
  writer ("take your case to ...") is "" and not "B": it is the column's content, addressed to one
  reader, not a page's generic advice box. "A Tarnbrook spokeswoman" is kept as written and "She
  said:" resolved to it; "told me" is a cue as written; the column's footer lines are "B".

`CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "regional paper's e-edition pasted from its page-flip reader (quarry extension approved; masthead and edition lines, page counters and controls, INSIDE teasers, Continued on page 4 with a sentence cut by the jump, page running head, section header, From page 1, a second page-4 story, adverts)",
    "local paper's story on a town council's budget meeting with the council's draft minutes pasted below it (Present:, In attendance:, Apologies:, numbered minute items, declarations of interest, RESOLVED that, Clerk's note, signature and draft lines)",
    "housing charity's report summary page (damp and disrepair survey; report meta line, Download the full report (PDF, 2.4MB), Key findings bullets, calls, methodology note, press contact, partners and funding lines, charity number)",
    "US local TV station's story page with an autoplay video and its automatic transcript below (county bridge closed; alert ticker, video line, RELATED line, copyright, transcript notice, time marks, >> voice markers, anchor toss, Most Read)",
    "national paper's morning briefing newsletter on the web (five numbered items with Read more lines, sponsor slot, greeting and sign-off, feedback and unsubscribe lines)",
    "appeal court's press summary page (damp claim against a housing trust; neutral citation, case number, judgment date, judges, parties, the summary disclaimer, paragraph references in brackets, related judgments)",
    "opinion column on a library closure (pull quotes, author box, right-of-reply box with the council's statement, Agree? Disagree? Write to us, more opinion, comments)",
    "football transfer deadline-day live blog (entry times, key events, per reports, an agent told a radio station, club statement, Role: headline, we understand, done-deals list, welcome line, betting line)",
    "local paper's by-election candidates' Q&A (three candidates answering the same three questions with name-and-party labels, question preamble, how-to-vote box, disclaimer)",
    "county council's public-health outbreak update page (measles; Last updated, case table by area as lines, hospital and vaccination figures, statement by the director of public health, advice, clinic list, exposure locations, helpline)",
    "regional airport's news release on a new route (airline announced, schedule tables as lines, chief executives' quotes, chamber of commerce reaction, Ends, notes to editors, About the airport, media enquiries)",
    "Sunday paper's consumer-rights column answering three readers' letters (Q: and A: prefixes, initials-and-town signatures, the columnist's answers, companies' statements, did not respond, write-in box)",
]

ARTICLES = [
    [  # 1. regional paper's e-edition, page-flip reader: quarry story jumps from page 1 to page 4
        [("Cradlewick Chronicle e-Edition", "", "", "B")],
        [("Thursday 16 April 2026", "", "", "B")],
        [("Sections ▾   Front   News   Opinion   Business   Sport   Puzzles   Notices", "", "", "B")],
        [("Page 1 / 56", "", "", "B")],
        [("◀ Previous   |   Next ▶   |   Zoom +   |   Zoom −   |   Text view   |   Download PDF", "", "", "B")],
        [("THE CRADLEWICK CHRONICLE", "", "", "B")],
        [("Serving Cradlewick, Hobthwaite Fell and the Lunsdale villages since 1871   |   No. 7,942   |   £1.60", "", "", "B")],
        [("INSIDE: Fell rescue team's busiest winter – Page 9   |   Lunsdale Rovers clinch promotion – Sport, Page 52", "", "", "B")],
        [("QUARRY EXPANSION GETS GREEN LIGHT", "", "", "W")],
        [("Hagworth Hill to lose 38 acres as councillors overrule 1,200 objections", "", "", "W")],
        [("By Ellis Swarbrick", "", "", "B")],
        [("A quarry on the edge of Cradlewick will grow by 38 acres after county councillors voted 7-4 on Tuesday to approve the plans, despite more than 1,200 objections from residents.", "", "", "W")],
        [("Ashbrand Aggregates, which has worked the Hagworth Hill site since 1964, says the extension will keep the quarry open until 2051 and protect 62 jobs.", "Ashbrand Aggregates", "says", "W")],
        [("Campaigners from Save Hagworth Hill, who packed the public gallery at County Hall, say blasting will move 400 metres closer to homes on Ladyclough Road.", "Campaigners from Save Hagworth Hill", "say", "W")],
        [("Their chairwoman, Bernadette Yarwoodley, told the meeting: “You have just voted to put a blast zone at the bottom of our gardens.”", "Bernadette Yarwoodley", "told the meeting", "")],
        [("Protesters outside County Hall before Tuesday's vote.", "", "", ""),
         ("Picture: Nadia Imrie", "", "", "B")],
        [("Planning officers had recommended approval, saying the extension met the county's minerals plan and that conditions on noise and dust would", "Planning officers", "saying", "W")],
        [("Continued on page 4", "", "", "B")],
        [("BYPASS INQUIRY DATE SET", "", "", "W")],
        [("A public inquiry into the proposed £84m Lunsdale bypass will open on 9 June at Hobthwaite Fell Village Hall, the Infrastructure Appeals Office has confirmed.", "the Infrastructure Appeals Office", "has confirmed", "W"),
         ("It is expected to last six weeks.", "", "", "")],
        [("Full story, Page 7", "", "", "B")],
        [("WEATHER: Bright spells, 14C.", "", "", "B"),
         ("Tomorrow: showers spreading from the west.", "", "", "B"),
         ("Full forecast, Page 55", "", "", "B")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Quiltbury Interiors – Spring sale now on – up to 40% off sofas and beds – Feltmakers Retail Park, Cradlewick", "", "", "B")],
        [("Page 4 / 56", "", "", "B")],
        [("4   |   The Cradlewick Chronicle   |   Thursday 16 April 2026", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Quarry vote: residents vow to fight on", "residents", "vow", "")],
        [("From page 1", "", "", "B")],
        [("be enforced by the county's minerals monitoring officer.", "Planning officers", "saying", "W")],
        [("Under the approved plans, Ashbrand will be allowed to blast up to three times a week between 10am and 4pm, and lorry movements will be capped at 140 a day.", "", "", "W")],
        [("Cllr Desmond Okparaeke, who chairs the planning committee, said the council had “no sound legal grounds” to refuse.", "Desmond Okparaeke", "said", "")],
        [("“If we turn this down, the company appeals, wins, and the council tax payer picks up the bill,” he said.", "Desmond Okparaeke", "said", ""),
         ("“I have seen that happen twice in 11 years on this committee.”", "Desmond Okparaeke", "said", "W")],
        [("The four councillors who voted against all represent the Lunsdale and Hobthwaite divisions.", "", "", "W")],
        [("One of them, Cllr Priya Hallworthy, said the committee had given too little weight to a 2024 study that found higher dust levels at Hobthwaite Primary School than at any other school in the county.", "Priya Hallworthy", "said", "W")],
        [("Ashbrand's managing director, Felix Ormondroyd, said the company would plant 11,000 trees along the new boundary and pay £250,000 into a community trust over 25 years.", "Felix Ormondroyd", "said", "W")],
        [("“We have been part of this town for 60 years, and we intend to be good neighbours for the next 25,” he told the Chronicle.", "Felix Ormondroyd", "told the Chronicle", "")],
        [("Mrs Yarwoodley said the group had raised £18,000 towards a legal challenge and would decide within a fortnight whether to seek a judicial review.", "Bernadette Yarwoodley", "said", "W")],
        [("Lionel Spackworth, 71, who has lived on Ladyclough Road since 1979, said the windows of his house already rattled whenever the quarry blasted.", "Lionel Spackworth", "said", "")],
        [("“Nobody from that company has ever knocked on my door,” he said.", "Lionel Spackworth", "said", "")],
        [("Work on the extension is expected to begin in early 2027, once a survey of the site's great crested newt ponds has been completed.", "", "", "")],
        [("Lionel Spackworth at his home on Ladyclough Road, about 600 metres from the present quarry face.", "", "", "W"),
         ("Picture: Nadia Imrie", "", "", "B")],
        [("Have your say: letters@cradlewickchronicle.example", "", "", "B")],
        [("Stolen defibrillator handed back to village hall", "", "", "W")],
        [("A defibrillator stolen from outside Hobthwaite Fell Village Hall last month has been returned, Lunsdale police said.", "Lunsdale police", "said", "W")],
        [("The device, which cost £1,450 and was paid for by the village's Women's Institute, was left on the hall's doorstep on Saturday night.", "", "", "W")],
        [("Hall committee secretary Sunita Wellbeloved said it had been checked by an engineer and was working.", "Sunita Wellbeloved", "said", "W")],
        [("“Whoever brought it back, thank you,” she said.", "Sunita Wellbeloved", "said", "")],
        [("No arrests have been made.", "", "", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Lunsdale Funeral Directors – Caring for local families for four generations – 01632 448 201", "", "", "B")],
        [("◀ Page 3   |   Page 5 ▶", "", "", "B")],
        [("Share this page   |   Print   |   Clip article   |   Save to My Clippings", "", "", "B")],
        [("© Cradlewick Chronicle Ltd 2026.", "", "", "B"),
         ("e-Edition pages may not be copied or shared without written permission.", "", "", "B")],
        [("e-Edition help   |   Manage subscription   |   Log out", "", "", "B")],
    ],
    [  # 2. local paper's council budget story with the council's draft minutes pasted below
        [("Nethercombe Echo", "", "", "B")],
        [("News   Sport   What's On   Property   Jobs   Announcements   Subscribe", "", "", "B")],
        [("News › Nethercombe", "", "", "B")],
        [("Town council agrees 6.5% rise in its share of council tax", "", "", "W")],
        [("Skate park and extra CCTV among spending plans for 2026-27", "", "", "W")],
        [("By Imogen Teale", "", "", "B")],
        [("Local democracy reporter", "", "", "B")],
        [("Thursday, 29 January 2026, 5:42 pm", "", "", "B")],
        [("Nethercombe Town Council has voted to raise its share of council tax by 6.5%, adding about £5.80 a year to the bill for a typical Band D home.", "", "", "W")],
        [("Councillors approved the increase by eight votes to two at Tuesday's meeting in the Buttercross Rooms, where the precept for 2026-27 was set at £412,600.", "", "", "W")],
        [("The town clerk, Gwenllian Maddocks-Pryse, told councillors that higher insurance and energy costs accounted for more than half of the increase.", "Gwenllian Maddocks-Pryse", "told councillors", "W")],
        [("Cllr Roderick Pinnegar, the mayor, said the council had frozen its share in two of the last four years.", "Roderick Pinnegar", "said", "W")],
        [("“Nobody likes putting bills up, but the alternative was closing the public toilets on Cornmarket Row,” he said.", "Roderick Pinnegar", "said", "")],
        [("Cllr Henrietta Moyse-Callard, one of the two councillors who voted against, argued that the skate park should wait until the council had secured outside funding.", "Henrietta Moyse-Callard", "argued", "")],
        [("Resident Norman Culverhouse told the meeting that the town's four CCTV cameras had not recorded anything since October.", "Norman Culverhouse", "told the meeting", "W")],
        [("The council's draft minutes of the meeting, published on Thursday, are reproduced below.", "", "", "B")],
        [("NETHERCOMBE TOWN COUNCIL", "", "", "B")],
        [("Minutes of the meeting of the Full Council held on Tuesday 27 January 2026 at 7.00pm in the Buttercross Rooms, Cornmarket Row, Nethercombe", "", "", "B")],
        [("Present: Cllrs R. Pinnegar (Mayor, in the Chair), A. Drummore, P. Glasspool, H. Moyse-Callard, T. Gathercoal, S. Dunnicliffe, L. Onwuzurike, D. Hurlstone, M. Pengelley and J. Stobart", "", "", "")],
        [("In attendance: Gwenllian Maddocks-Pryse (Town Clerk), Imogen Teale (Nethercombe Echo) and six members of the public", "", "", "")],
        [("Apologies: Cllrs F. Grindlay (work commitment) and B. Rahmani (illness)", "", "", "")],
        [("26/001   Apologies for absence", "", "", "")],
        [("RESOLVED that the apologies of Cllrs Grindlay and Rahmani be accepted.", "", "", "W")],
        [("26/002   Declarations of interest", "", "", "")],
        [("Cllr Drummore declared a non-pecuniary interest in item 26/007 as a trustee of Nethercombe Skate and BMX Club.", "", "", "W")],
        [("Cllr Glasspool declared a pecuniary interest in item 26/009 as the owner of a business on Cornmarket Row.", "", "", "W")],
        [("26/003   Minutes of the previous meeting", "", "", "")],
        [("RESOLVED that the minutes of the meeting held on 16 December 2025 be approved and signed by the Chair as a correct record.", "", "", "W")],
        [("26/004   Public participation", "", "", "")],
        [("Mr N. Culverhouse reported that the four town-centre CCTV cameras had not recorded since 14 October 2025.", "Norman Culverhouse", "reported", "W")],
        [("The Clerk confirmed that a replacement recorder had been ordered at a cost of £2,340 and was due to be fitted in February.", "Gwenllian Maddocks-Pryse", "confirmed", "W")],
        [("A resident of Winnowing Close asked when the footpath behind the cemetery would reopen.", "A resident of Winnowing Close", "asked", ""),
         ("The Clerk agreed to raise the matter with the county council.", "", "", "W")],
        [("26/005   Mayor's announcements", "", "", "")],
        [("The Mayor reported that he had attended 14 engagements since the last meeting, including the opening of the new Nethercombe food bank warehouse.", "Roderick Pinnegar", "reported", "W")],
        [("26/006   Budget and precept 2026-27", "", "", "")],
        [("The Clerk presented the draft budget (Appendix A), showing expenditure of £468,950 and income, excluding the precept, of £56,350.", "Gwenllian Maddocks-Pryse", "presented", "W")],
        [("It was proposed by Cllr Pinnegar and seconded by Cllr Onwuzurike that the precept be set at £412,600.", "", "", "W"),
         ("On being put to the vote, there were 8 votes in favour and 2 against.", "", "", "W")],
        [("RESOLVED that the precept for 2026-27 be set at £412,600, an increase of 6.5% on 2025-26.", "", "", "W")],
        [("Clerk's note: the Band D equivalent for the town council element will be £95.12, based on a tax base of 4,337.6 properties.", "", "", "W")],
        [("26/007   Skate park, Brook Meadow", "", "", "")],
        [("Having declared an interest, Cllr Drummore took no part in the discussion or the vote.", "", "", "W")],
        [("Members considered three quotations for the construction of a concrete skate park (Appendix B).", "", "", "W")],
        [("RESOLVED that the quotation of Kerbstone Ramps Ltd. of £148,000 be accepted, subject to a grant of at least £60,000 being secured from the district council's community infrastructure fund.", "", "", "W")],
        [("26/008   CCTV", "", "", "")],
        [("RESOLVED that the Clerk obtain quotations for two additional cameras at the bus station and report back to the March meeting.", "", "", "W")],
        [("26/009   Cornmarket Row parking", "", "", "")],
        [("Cllr Glasspool left the room for this item.", "", "", "W")],
        [("The Council noted a letter from the county council proposing a one-hour limit on free parking in Cornmarket Row from June.", "", "", "W")],
        [("RESOLVED that the Clerk respond objecting to the proposal.", "", "", "W")],
        [("26/010   Date of next meeting", "", "", "")],
        [("The next meeting of the Full Council will be held on Tuesday 24 March 2026 at 7.00pm.", "", "", "W")],
        [("The meeting closed at 9.12pm.", "", "", "W")],
        [("Signed: ……………………… (Chair)     Date: ………………", "", "", "B")],
        [("These minutes remain in draft until they are approved at the next meeting of the Council.", "", "", "B")],
        [("Comments are closed on this article.", "", "", "B")],
        [("More from Nethercombe", "", "", "B")],
        [("Brook Meadow play area to reopen after vandalism repairs", "", "", "B")],
        [("Christmas lights switch-on raised £3,100 for hospice", "", "", "B")],
        [("The Nethercombe Echo is published by Vale Media.", "", "", "B"),
         ("© 2026 Vale Media Ltd.", "", "", "B")],
    ],
    [  # 3. housing charity's report summary page
        [("Hearthward", "", "", "B")],
        [("About us   Our work   Research   Get help   Campaigns   Donate", "", "", "B")],
        [("Donate now", "", "", "B")],
        [("Research › Reports", "", "", "B")],
        [("Still waiting: damp, disrepair and renters' health in 2026", "", "", "")],
        [("Report   |   Published 3 March 2026   |   42 pages", "", "", "B")],
        [("Two in five private renters in the Vellmoor region are living with damp or mould, and most of those who asked for repairs waited more than three months for their landlord to act, our new research finds.", "our new research", "finds", "W")],
        [("Download the full report (PDF, 2.4MB)", "", "", "B")],
        [("Easy-read summary (PDF, 1.1MB)", "", "", "B")],
        [("Share this report:   Facebook   X   LinkedIn   Email", "", "", "B")],
        [("Key findings", "", "", "B")],
        [("• 41% of the private renters we surveyed have damp or mould in at least one room of their home.", "", "", "W")],
        [("• Of those who reported damp or mould to their landlord, 58% waited more than three months for repairs, and 17% are still waiting.", "", "", "W")],
        [("• One in four renters living with damp or mould has been told by a doctor that their housing is harming their own health or their child's.", "", "", "W")],
        [("• Renters who complained about disrepair were more than twice as likely to receive an eviction notice within six months as those who did not.", "", "", "W")],
        [("• Only 3 of the region's 14 councils carried out more than 100 inspections of private rented homes last year.", "", "", "W")],
        [("Summary", "", "", "B")],
        [("The report, written with researchers at Castlenook University, is the largest study of private renters' housing conditions in the region since 2017.", "", "", "W")],
        [("It finds that problems are worst in homes built before 1919, where 53% of renters reported damp.", "The report", "finds", "W")],
        [("Dr Maren Holtzclaw, who led the research at Castlenook University, said the link between complaints and evictions was “the most troubling thing we found”.", "Maren Holtzclaw", "said", "")],
        [("She said renters in the lowest income band were three times as likely as those in the highest to report mould in a bedroom.", "Maren Holtzclaw", "said", "W")],
        [("Oluwaseun Pradwell, Hearthward's chief executive, said: “No one should have to choose between keeping a roof over their head and keeping their children well.", "Oluwaseun Pradwell", "said", ""),
         ("Too many renters are afraid that asking for a repair will cost them their home.", "Oluwaseun Pradwell", "said", ""),
         ("This report shows that fear is well founded.”", "Oluwaseun Pradwell", "said", "")],
        [("Rules due to take effect in October will set deadlines for social landlords to fix serious hazards, but they do not cover private landlords.", "", "", "W")],
        [("In a response published alongside the report, the Vellmoor Landlords' Association said 83% of its members' repair requests had been closed within 30 days last year.", "the Vellmoor Landlords' Association", "said", "W"),
         ("It said the survey relied on tenants' own accounts of their homes.", "the Vellmoor Landlords' Association", "said", "W")],
        [("What we are calling for", "", "", "")],
        [("• A legal deadline of 28 days for private landlords to fix damp and mould once it has been reported.", "", "", "")],
        [("• A ban on no-fault evictions for 12 months after a tenant asks for a repair.", "", "", "")],
        [("• Ring-fenced funding for at least two housing inspectors for every 10,000 privately rented homes.", "", "", "")],
        [("Methodology", "", "", "B")],
        [("The survey of 2,114 private renters aged 18 and over was carried out online and by telephone by Quorum Fieldwork between 6 and 27 October 2025.", "", "", "B"),
         ("Results are weighted by age, area and household type.", "", "", "B"),
         ("The margin of error is ±2.1 percentage points.", "", "", "B"),
         ("We also interviewed 36 tenants, environmental health officers and letting agents.", "", "", "B")],
        [("Press contact", "", "", "B")],
        [("Juno Threadgould, media manager", "", "", "B")],
        [("press@hearthward.example   |   07700 900 418 (out of hours)", "", "", "B")],
        [("Our partners", "", "", "B")],
        [("Castlenook University Housing Research Unit   ·   Renters of Ebbsmere   ·   The Brightlow Foundation", "", "", "B")],
        [("This research was funded by the Brightlow Foundation.", "", "", "B")],
        [("Cite this report: Hearthward (2026) Still waiting: damp, disrepair and renters' health in 2026.", "", "", "B")],
        [("Related research", "", "", "B")],
        [("Cold homes, empty purses: energy debt among renters (2025)", "", "", "B")],
        [("Notice to quit: what happens after a tenant complains (2024)", "", "", "B")],
        [("Get our research in your inbox", "", "", "B")],
        [("Email address", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Hearthward is a registered charity in England and Wales (No. 1188042).", "", "", "B"),
         ("Privacy   |   Cookies   |   Accessibility", "", "", "B")],
    ],
    [  # 4. US local TV station's story page with autoplay video and automatic transcript
        [("KOSV 6 NEWS", "", "", "B")],
        [("News   Weather   Traffic   Sports   6 On Your Side   Watch Live   Contests", "", "", "B")],
        [("WEATHER ALERT: Frost advisory for Tillamore County until 9 a.m. Friday", "", "", "B")],
        [("Colterville bridge closed indefinitely after inspectors find cracked beams", "", "", "W")],
        [("Detour adds up to 20 minutes for about 3,000 drivers a day", "", "", "W")],
        [("By Alyssa Mercado", "", "", "B")],
        [("Published: Apr. 23, 2026 at 5:14 PM CDT", "", "", "B")],
        [("Updated: 2 hours ago", "", "", "B")],
        [("VIDEO: Inspectors close the County Road 14 bridge over Wapsinicon Creek", "", "", "W")],
        [("2:38", "", "", "B")],
        [("Autoplay: ON", "", "", "B")],
        [("COLTERVILLE, Okla. (KOSV) — A county road bridge that carries about 3,000 vehicles a day over Wapsinicon Creek has been closed indefinitely after inspectors found cracks in two of its steel support beams.", "", "", "W")],
        [("Tillamore County Engineer Darnell Kimbrough said the cracks were found Tuesday during a routine inspection of the 1958 bridge on County Road 14.", "Darnell Kimbrough", "said", "W")],
        [("“Once we saw how far the crack on the north beam had run, there was no question about it,” Kimbrough told KOSV 6.", "Darnell Kimbrough", "told KOSV 6", ""),
         ("“We are not going to put a school bus on that bridge.”", "Darnell Kimbrough", "told KOSV 6", "")],
        [("The bridge was rated in “poor” condition in the state's 2024 bridge inventory, according to records reviewed by KOSV 6.", "records reviewed by KOSV 6", "according to", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Drivers are being sent on a signed detour via State Highway 9 and Rundell Road, which adds between 12 and 20 minutes depending on traffic.", "", "", "W")],
        [("Bev Harkavy, who runs a feed store a quarter-mile from the bridge, said customers from the east side of the creek had already started calling to cancel orders.", "Bev Harkavy", "said", "")],
        [("“Half my business comes across that bridge,” she said.", "Bev Harkavy", "said", "")],
        [("Tillamore Public Schools said in a statement that two bus routes would change starting Thursday and that pickups east of the creek could be up to 25 minutes earlier.", "Tillamore Public Schools", "said in a statement", "W")],
        [("RELATED: County lists 11 bridges in ‘poor’ condition", "", "", "B")],
        [("County Commissioner Gordon Stavely said the county would apply for emergency state funds.", "Gordon Stavely", "said", "W"),
         ("He said a replacement bridge could cost $6 million to $8 million and take two years to build.", "Gordon Stavely", "said", "")],
        [("The state Department of Transportation did not respond to a request for comment Wednesday.", "The state Department of Transportation", "did not respond", "")],
        [("Copyright 2026 KOSV.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Video transcript", "", "", "B")],
        [("This transcript was generated automatically and has not been reviewed.", "", "", "B"),
         ("It may contain errors.", "", "", "B")],
        [("0:00", "", "", "B")],
        [(">> tonight a busy tillamore county bridge is closed after inspectors found cracks in its steel beams.", "", "", "W"),
         ("kosv 6's alyssa mercado is live in colterville with what drivers need to know.", "", "", "B"),
         ("alyssa.", "", "", "B")],
        [(">> good evening.", "", "", "B"),
         ("this is the bridge on county road 14 and as you can see it is blocked off on both ends.", "", "", ""),
         ("inspectors found the cracks tuesday during a routine check.", "", "", "W"),
         ("county engineer darnell kim brough says the decision to close it was an easy one.", "Darnell Kimbrough", "says", "")],
        [("0:41", "", "", "B")],
        [(">> once we saw how far the crack on the north beam had run there was no question about it.", "Darnell Kimbrough", ">>", ""),
         ("we are not going to put a school bus on that bridge.", "Darnell Kimbrough", ">>", "")],
        [(">> the detour takes drivers along highway 9 and rundell road.", "", "", "W"),
         ("for bev harkavy who owns the feed store down the road that is bad news.", "", "", "")],
        [("1:27", "", "", "B")],
        [(">> half my business comes across that bridge.", "Bev Harkavy", ">>", ""),
         ("i don't know what we do if it's two years.", "Bev Harkavy", ">>", "")],
        [(">> the county says a new bridge could cost up to eight million dollars.", "the county", "says", ""),
         ("commissioners will vote next week on asking the state for emergency money.", "", "", "W"),
         ("reporting live in colterville alyssa mercado kosv 6 news.", "", "", "B")],
        [("2:31", "", "", "B")],
        [(">> thank you alyssa.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1", "", "", "B")],
        [("Two hurt in grain elevator fall near Redfield Junction", "", "", "B")],
        [("2", "", "", "B")],
        [("School board picks interim superintendent", "", "", "B")],
        [("Latest Newscasts", "", "", "B")],
        [("KOSV 6 News at 6 – April 23", "", "", "B")],
        [("KOSV 6   |   1100 Broadcast Plaza, Colterville, OK   |   Public Inspection File   |   EEO Report   |   Closed Captioning   |   Terms of Service", "", "", "B")],
    ],
    [  # 5. national paper's morning briefing newsletter, web version
        [("The Morrowgate Times", "", "", "B")],
        [("Newsletters › Five at Seven", "", "", "B")],
        [("Five at Seven: a rail strike vote, a surprise on prices and an altarpiece comes home", "", "", "")],
        [("Wednesday 18 March 2026", "", "", "B")],
        [("By Ottilie Sandiforth", "", "", "B")],
        [("This is the web version of our weekday morning newsletter.", "", "", "B"),
         ("Sign up to get it in your inbox at 7am.", "", "", "B")],
        [("Good morning.", "", "", "B")],
        [("Inflation fell further than expected last month, train drivers have voted to strike and a 600-year-old altarpiece is back where it belongs.", "", "", "W"),
         ("Here's what you need to know.", "", "", "B")],
        [("1. Train drivers vote to strike", "", "", "W")],
        [("Train drivers at four rail operators have voted to strike, with 89% backing action on a turnout of 71%, the Locomotive Crews' Union said last night.", "the Locomotive Crews' Union", "said", "W")],
        [("The union's general secretary, Kerrigan Uzodinma, said the first walkouts could come before Easter.", "Kerrigan Uzodinma", "said", "")],
        [("The Rail Operators' Council said its pay offer, worth 4.2% this year, was “fair and affordable”.", "The Rail Operators' Council", "said", "W")],
        [("Read more: What a rail strike would mean for your journey →", "", "", "B")],
        [("2. Inflation falls to 2.6%", "", "", "W")],
        [("Consumer prices rose 2.6% in the year to February, down from 3.1% in January, according to the national statistics office.", "the national statistics office", "according to", "W")],
        [("Economists had expected 2.9%.", "Economists", "had expected", "W")],
        [("Cheaper petrol and a smaller rise in food prices did most of the work, the office said.", "the office", "said", "W")],
        [("Finance Minister Delia Strathcarron said the figures showed “the plan is working”.", "Delia Strathcarron", "said", "")],
        [("Read more: Why mortgage rates may not fall as fast as inflation →", "", "", "B")],
        [("SPONSORED", "", "", "B")],
        [("Today's Five at Seven is supported by Orchardine Savings.", "", "", "B"),
         ("Earn 4.35% AER on our one-year fixed bond.", "", "", "B"),
         ("Capital at risk if you withdraw early.", "", "", "B"),
         ("Find out more →", "", "", "B")],
        [("3. Flood bill clears its first vote", "", "", "W")],
        [("The Flood Resilience Bill, which would let councils block new homes on functional flood plains, passed its second reading by 318 votes to 201 last night.", "", "", "W")],
        [("Opposition MPs said the bill would slow housebuilding in the areas that need it most.", "Opposition MPs", "said", "")],
        [("The housing charity Roofline Trust called it “long overdue”.", "Roofline Trust", "called", "")],
        [("Read more →", "", "", "B")],
        [("4. Stolen altarpiece returns to Lindenholt", "", "", "W")],
        [("The Lindenholt Triptych, stolen from St Wenneth's Church in 1987, was handed back yesterday after it turned up in a private collection abroad.", "", "", "W")],
        [("The church's vicar, the Rev. Tomasz Ellingbourne, said parishioners had queued around the churchyard to see it.", "Tomasz Ellingbourne", "said", "")],
        [("Police said no one would be charged because the collector had bought it in good faith in 1994.", "Police", "said", "W")],
        [("Read more: The 39-year hunt for the Lindenholt Triptych →", "", "", "B")],
        [("5. Harrowcliffe end 52-year wait for the cup", "", "", "W")],
        [("Harrowcliffe Town won the national cup for the first time since 1974, beating Moorhampton 5-4 on penalties after a 1-1 draw.", "", "", "W")],
        [("Goalkeeper Rhys Bickle saved two spot-kicks.", "", "", "W")],
        [("Manager Liesl Brouwershaven said: “I have waited my whole life for a night like this.”", "Liesl Brouwershaven", "said", "")],
        [("Read more →", "", "", "B")],
        [("That's all for this morning.", "", "", "B"),
         ("Thanks for reading, and see you tomorrow.", "", "", "B")],
        [("Ottilie", "", "", "B")],
        [("Got feedback on this newsletter?", "", "", "B"),
         ("Reply to this email or write to fiveatseven@morrowgatetimes.example.", "", "", "B")],
        [("Forwarded this email?", "", "", "B"),
         ("Sign up here.", "", "", "B")],
        [("Manage your newsletters   |   Unsubscribe   |   Privacy notice", "", "", "B")],
        [("© The Morrowgate Times Ltd 2026", "", "", "B")],
    ],
    [  # 6. appeal court's press summary page
        [("Appellate Courts Online", "", "", "B")],
        [("Home › Judgments › Press summaries", "", "", "B")],
        [("Search judgments", "", "", "B")],
        [("Ollerhaven Housing Trust v Delphine Osterley", "", "", "")],
        [("Press summary", "", "", "B")],
        [("Neutral citation: [2026] CA Civ 318", "", "", "B")],
        [("Case No: CA-2025-000714", "", "", "B")],
        [("Judgment date: 9 April 2026", "", "", "W")],
        [("Judges: Lady Justice Ravelstone, Lord Justice Glanvill and Lady Justice Mpofu", "", "", "")],
        [("Appellant: Ollerhaven Housing Trust", "", "", "")],
        [("Respondent: Delphine Osterley", "", "", "")],
        [("On appeal from: Pendlebrook County Court (HHJ Wardrop)", "", "", "")],
        [("Download judgment (PDF, 412KB)", "", "", "B")],
        [("This summary is provided to help understand the decision.", "", "", "B"),
         ("It does not form part of the reasons for the decision.", "", "", "B"),
         ("The full judgment of the court is the only authoritative document.", "", "", "B")],
        [("Background to the appeal", "", "", "")],
        [("Ms Osterley has been an assured tenant of a two-bedroom flat at Kilnholme Court, Pendlebrook, owned by Ollerhaven Housing Trust, since 2014.", "", "", "W")],
        [("In 2023 she brought a claim alleging that persistent damp and mould in the flat had made her son's asthma worse and had left two rooms unusable.", "Delphine Osterley", "alleging", "W")],
        [("The trust accepted that the flat was damp but argued that the damp was caused by condensation from the way the flat was used, and that it had not been told about the mould until March 2023.", "The trust", "argued", "W")],
        [("In May 2025 the County Court found that the trust had breached its repairing obligations.", "the County Court", "found", "W"),
         ("It awarded Ms Osterley £14,750 in damages and ordered the trust to carry out works within 90 days.", "", "", "W")],
        [("The trust appealed on two grounds.", "", "", "W")],
        [("Judgment", "", "", "")],
        [("The Court of Appeal unanimously dismisses the appeal.", "", "", "W"),
         ("Lady Justice Ravelstone gives the lead judgment, with which Lord Justice Glanvill and Lady Justice Mpofu agree.", "", "", "W")],
        [("Reasons for the judgment", "", "", "")],
        [("On the first ground, the court holds that a landlord's duty to keep the structure of a dwelling in repair is not displaced because a tenant's use of the property adds to condensation [31]-[44].", "the court", "holds", "W")],
        [("The judge below was entitled to find, on the expert evidence, that water was entering through a defective roof parapet and a cracked downpipe [47].", "", "", "W")],
        [("On the second ground, the trust argued that it could not be liable for any period before it was told of the defect.", "the trust", "argued", "")],
        [("The court rejects that argument.", "", "", "W")],
        [("The trust's own inspection records show that a surveyor noted “extensive black mould” in the bathroom in November 2021, 16 months before Ms Osterley's written complaint [58].", "The trust's own inspection records", "show", "W")],
        [("“A landlord cannot close its eyes to what its own surveyor has written down,” Lady Justice Ravelstone says [61].", "Ravelstone", "says", "")],
        [("The order of the County Court, including the award of £14,750, therefore stands.", "", "", "W"),
         ("The trust must also pay Ms Osterley's costs of the appeal, assessed at £38,200.", "", "", "W")],
        [("References in square brackets are to paragraphs of the judgment.", "", "", "B")],
        [("Related judgments", "", "", "B")],
        [("Brannside Homes v Okelola-Marsh [2025] CA Civ 92", "", "", "B")],
        [("Print this page", "", "", "B")],
        [("Journalists' enquiries: press.office@appellatecourts.example", "", "", "B")],
        [("Appellate Courts Online   ·   Terms and conditions   ·   Privacy   ·   Accessibility   ·   Contact", "", "", "B")],
    ],
    [  # 7. opinion column with pull quotes, author box and Write to us
        [("The Harrowdown Review", "", "", "B")],
        [("News   Opinion   Politics   Culture   Books   Subscribe", "", "", "B")],
        [("Opinion  ›  Local government", "", "", "B")],
        [("Closing Elmsworth library to save £90,000 is a false economy", "", "", "")],
        [("Wealdhaven council says it has no choice, but its own figures tell a different story", "Wealdhaven council", "says", "")],
        [("Cressida Blenkinsop", "", "", "B")],
        [("Sat 7 Feb 2026 08.00 GMT", "", "", "B")],
        [("Share   ·   Gift article   ·   Comments (84)", "", "", "B")],
        [("Every Tuesday morning, about 30 toddlers and their parents squeeze into the children's corner of Elmsworth library for Rhyme Time.", "", "", "W"),
         ("I have been one of those parents for three years.", "", "", "")],
        [("Next month, if Wealdhaven County Council gets its way, the library will close for good.", "", "", "")],
        [("The council's cabinet will vote on 3 March on a plan to close four of its 23 branch libraries, saving £360,000 a year.", "", "", "W"),
         ("Elmsworth's share of that saving is £90,000.", "", "", "W")],
        [("Cllr Hugo Penderleath, the cabinet member for communities, told a scrutiny meeting last month that the libraries chosen were “the least used in the county”.", "Hugo Penderleath", "told a scrutiny meeting", "W")],
        [("That is not what the council's own figures show.", "", "", "W")],
        [("According to the library service's annual report, Elmsworth recorded 41,200 visits last year, more than six branches that are staying open.", "the library service's annual report", "according to", "W")],
        [("“Closing a library is the easiest cut a council can make and the hardest to undo”", "", "", "B")],
        [("Nor is £90,000 the real saving.", "", "", ""),
         ("The building belongs to the council and, under a covenant signed in 1936, can only be used as a library or a school.", "", "", "W"),
         ("The council's property report values it at £210,000 with that restriction in place.", "The council's property report", "values", "W")],
        [("Meanwhile, the council is spending £1.4m this year on consultants to redesign its website.", "", "", "W")],
        [("I do not doubt that the council's budget is under real pressure.", "", "", ""),
         ("Its grant from central government has fallen by 22% in real terms since 2015, according to the Shire Finance Forum.", "the Shire Finance Forum", "according to", "W")],
        [("But a library is not a luxury.", "", "", "")],
        [("The council's own digital inclusion strategy says 1,900 people in Elmsworth have no broadband connection at home.", "The council's own digital inclusion strategy", "says", "W"),
         ("For them, the library is the only place to apply for a job, a benefit or a school place.", "", "", "")],
        [("Closing a library is the easiest cut a council can make and the hardest to undo.", "", "", ""),
         ("Of the 14 branch libraries closed in neighbouring counties since 2012, only one has reopened.", "", "", "W")],
        [("“A library is not a luxury”", "", "", "B")],
        [("There are alternatives.", "", "", ""),
         ("Friends of Elmsworth Library, the volunteer group I chair, has offered to run the building three days a week and to raise £20,000 a year towards its costs.", "", "", "W"),
         ("The council has not replied.", "", "", "W")],
        [("Councillors should vote this plan down on 3 March and start again.", "", "", ""),
         ("If they will not, they should at least come to Rhyme Time first and explain it to the toddlers.", "", "", "")],
        [("Cressida Blenkinsop is a former primary school teacher and chairs Friends of Elmsworth Library.", "", "", "B")],
        [("Right of reply", "", "", "B")],
        [("A Wealdhaven County Council spokesperson said: “No decision has been made.", "A Wealdhaven County Council spokesperson", "said", "W"),
         ("Every response to our consultation will be read before the cabinet meets, and we are grateful to everyone who has taken part.”", "A Wealdhaven County Council spokesperson", "said", "")],
        [("Agree?", "", "", "B"),
         ("Disagree?", "", "", "B"),
         ("Write to us at letters@harrowdownreview.example.", "", "", "B"),
         ("Letters may be edited for length.", "", "", "B")],
        [("More opinion", "", "", "B")],
        [("The four-day week is coming to the town hall.", "", "", "B"),
         ("Good.", "", "", "B")],
        [("Why our bus timetables are written for nobody", "", "", "B")],
        [("84 comments", "", "", "B")],
        [("Sign in or register to join the conversation", "", "", "B")],
        [("© 2026 Harrowdown Review Publishing Ltd", "", "", "B")],
    ],
    [  # 8. football transfer deadline-day live blog
        [("Goalline Daily", "", "", "B")],
        [("Football   Transfers   Scores   Tables   Fantasy   Podcasts", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Deadline day live: Duncastle close in on Velloso-Grint as Carvossa reject second Ikenwa-Bell bid", "", "", "W")],
        [("The window shuts at 11pm", "", "", "W")],
        [("Sun 1 Feb 2026", "", "", "B")],
        [("Updates by Marcus Strandquist and Jen Sotheby", "", "", "B")],
        [("Auto-refresh ON", "", "", "B")],
        [("Key events", "", "", "B")],
        [("Duncastle confirm Velloso-Grint signing", "", "", "B")],
        [("Carvossa say Ikenwa-Bell not for sale", "", "", "B")],
        [("11.02pm", "", "", "B")],
        [("That's it from us tonight.", "", "", "B"),
         ("Thanks for following, and see you in the summer.", "", "", "B")],
        [("10.52pm", "", "", "B")],
        [("Duncastle confirm Velloso-Grint signing", "", "", "W")],
        [("Duncastle United have announced the signing of striker Mateus Velloso-Grint from Porthgarrow on a four-and-a-half-year contract.", "", "", "W")],
        [("The club did not disclose the fee, but it is understood to be £31m plus £4m in add-ons, a club record.", "", "", "W")],
        [("“This is a club with huge ambition and I cannot wait to get started,” Velloso-Grint told Duncastle's website.", "Mateus Velloso-Grint", "told Duncastle's website", "")],
        [("9.40pm", "", "", "B")],
        [("Carvossa reject second bid for Ikenwa-Bell", "", "", "W")],
        [("Carvossa Athletic have turned down a second offer from Porthgarrow for winger Tayo Ikenwa-Bell, per reports in the Carvossa Gleaner.", "reports in the Carvossa Gleaner", "per", "W")],
        [("The bid is said to have been worth £18m, £4m more than the first.", "", "", "W")],
        [("In a statement, Carvossa said Ikenwa-Bell was “not for sale at any price this window”.", "Carvossa Athletic", "said", "")],
        [("8.15pm", "", "", "B")],
        [("Agent: ‘Talks are very advanced’", "Kasimir Dobrowolny", "Agent:", "")],
        [("Velloso-Grint's agent, Kasimir Dobrowolny, has told Radio Ventisca that talks between Duncastle and Porthgarrow are “very advanced” and that the player has already agreed personal terms.", "Kasimir Dobrowolny", "told Radio Ventisca", "W")],
        [("“Mateus wants this move, Duncastle want him, and now it is up to the two clubs,” Dobrowolny said.", "Kasimir Dobrowolny", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("6.30pm", "", "", "B")],
        [("Porthgarrow boss: ‘I read the same things you read’", "Hendrik Zwanepoel", "Porthgarrow boss:", "")],
        [("Porthgarrow manager Hendrik Zwanepoel says he has had no word from his board about any sale.", "Hendrik Zwanepoel", "says", "")],
        [("“I read the same things you read,” he told reporters at the club's training ground.", "Hendrik Zwanepoel", "told reporters", ""),
         ("“Until somebody tells me otherwise, Mateus trains with us on Monday.”", "Hendrik Zwanepoel", "told reporters", "")],
        [("Porthgarrow are 14th in the table, four points above the relegation zone.", "", "", "W")],
        [("4.05pm", "", "", "B")],
        [("Velloso-Grint spotted at Duncastle training ground", "", "", "W")],
        [("Pictures on social media appear to show Velloso-Grint arriving at Duncastle's Gallowtree Lane training ground.", "Pictures on social media", "appear to show", "")],
        [("We understand his medical was booked for 4pm.", "", "", "W")],
        [("2.20pm", "", "", "B")],
        [("Done deals so far", "", "", "")],
        [("Duncastle United: Leon Mbakwe (Yarlside Town, loan)", "", "", "W")],
        [("Carvossa Athletic: Silas Achterland (Westerholt, £2.5m)", "", "", "W")],
        [("Porthgarrow: Enzo Tadić-Horne (free agent)", "", "", "W")],
        [("1.10pm", "", "", "B")],
        [("Duncastle have not had a bid accepted for any striker this window, their head of recruitment, Annika Sørvåg, told a fans' forum on Thursday.", "Annika Sørvåg", "told a fans' forum", "W")],
        [("11.00am", "", "", "B")],
        [("Good morning and welcome to our deadline-day live blog.", "", "", "B"),
         ("The window shuts at 11pm and we will bring you every deal, rumour and denial until then.", "", "", "B")],
        [("Load earlier updates", "", "", "B")],
        [("Bet on the window's biggest deals with our partner Goalstake.", "", "", "B"),
         ("18+ only.", "", "", "B"),
         ("Please gamble responsibly.", "", "", "B")],
        [("Goalline Daily is not responsible for the content of external sites.", "", "", "B"),
         ("© 2026 Goalline Media", "", "", "B")],
    ],
    [  # 9. local paper's by-election candidates' Q&A
        [("Haddenby Courier", "", "", "B")],
        [("News   Politics   Sport   Business   Community   Obituaries", "", "", "B")],
        [("LOCAL ELECTIONS 2026", "", "", "B")],
        [("Thornley Vale by-election: the candidates answer your questions", "", "", "")],
        [("Three candidates are standing in the by-election on Thursday 7 May", "", "", "W")],
        [("By Priscilla Ondaatje, Politics reporter", "", "", "B")],
        [("Monday 27 April 2026", "", "", "B")],
        [("The by-election was called after Cllr Alun Petheridge resigned from Haddenby Borough Council in February for family reasons.", "", "", "W"),
         ("He had held the seat since 2015.", "", "", "W")],
        [("We put the same three questions to each candidate and gave each of them up to 120 words per answer.", "", "", "B"),
         ("Answers have been lightly edited, and the candidates appear in alphabetical order.", "", "", "B")],
        [("Q1: What is the biggest issue facing Thornley Vale, and what would you do about it?", "", "", "")],
        [("Colm Duckinfield (Independent): Potholes.", "Colm Duckinfield", "Colm Duckinfield (Independent):", ""),
         ("The borough repaired 2,300 of them last year, but its own survey found 610 still outstanding on the estate roads in this ward alone.", "Colm Duckinfield", "Colm Duckinfield (Independent):", "W"),
         ("I would push for Thornley Vale's share of the roads budget to be spent on the estates, not the bypass.", "Colm Duckinfield", "Colm Duckinfield (Independent):", "")],
        [("Mirela Pashkova-Doyle (Borough Voice): The closure of the Moss Lane surgery, which left 4,800 patients travelling three miles to Haddenby to see a GP.", "Mirela Pashkova-Doyle", "Mirela Pashkova-Doyle (Borough Voice):", "W"),
         ("I have already collected 1,100 signatures for a branch surgery, and I would take that petition to the health board in my first week.", "Mirela Pashkova-Doyle", "Mirela Pashkova-Doyle (Borough Voice):", "W")],
        [("Rosalind Vierstraete (Green Way): Flooding.", "Rosalind Vierstraete", "Rosalind Vierstraete (Green Way):", ""),
         ("Homes on Beckside were flooded in 2020 and again in 2024.", "Rosalind Vierstraete", "Rosalind Vierstraete (Green Way):", "W"),
         ("The Thornley Brook flood wall was promised in 2019 and still has no start date.", "Rosalind Vierstraete", "Rosalind Vierstraete (Green Way):", "W"),
         ("I would not let the council forget it.", "Rosalind Vierstraete", "Rosalind Vierstraete (Green Way):", "")],
        [("Q2: The council is proposing a £48-a-year charge for garden waste collections.", "", "", "W"),
         ("Do you support it?", "", "", "")],
        [("Colm Duckinfield (Independent): No.", "Colm Duckinfield", "Colm Duckinfield (Independent):", ""),
         ("Band D council tax in Haddenby is already the highest of the seven boroughs in the county.", "Colm Duckinfield", "Colm Duckinfield (Independent):", "W"),
         ("Pensioners on fixed incomes should not be asked to pay twice.", "Colm Duckinfield", "Colm Duckinfield (Independent):", "")],
        [("Mirela Pashkova-Doyle (Borough Voice): Reluctantly, yes.", "Mirela Pashkova-Doyle", "Mirela Pashkova-Doyle (Borough Voice):", ""),
         ("Without it, the council says it will have to find £1.2m of savings elsewhere, and I would rather charge for garden waste than cut library hours.", "Mirela Pashkova-Doyle", "Mirela Pashkova-Doyle (Borough Voice):", "W")],
        [("Rosalind Vierstraete (Green Way): Only with a 50% discount for anyone who receives council tax support, as neighbouring Oxendale already offers.", "Rosalind Vierstraete", "Rosalind Vierstraete (Green Way):", "W")],
        [("Q3: Why should people vote for you rather than the other candidates?", "", "", "")],
        [("Colm Duckinfield (Independent): I have lived in Thornley Vale for 41 years and I answer to nobody's party whip.", "Colm Duckinfield", "Colm Duckinfield (Independent):", "W"),
         ("If you want someone who will say what they think in the council chamber, I am your man.", "Colm Duckinfield", "Colm Duckinfield (Independent):", "")],
        [("Mirela Pashkova-Doyle (Borough Voice): I have been a governor at Thornley Vale Primary for six years, and I chaired the campaign that saved the Moss Lane play area in 2023.", "Mirela Pashkova-Doyle", "Mirela Pashkova-Doyle (Borough Voice):", "W"),
         ("I know how to get things done.", "Mirela Pashkova-Doyle", "Mirela Pashkova-Doyle (Borough Voice):", "")],
        [("Rosalind Vierstraete (Green Way): Because the climate crisis is a local crisis too.", "Rosalind Vierstraete", "Rosalind Vierstraete (Green Way):", ""),
         ("Green Way councillors in Oxendale cut their council's energy bill by 18% in three years by putting solar panels on 22 public buildings.", "Rosalind Vierstraete", "Rosalind Vierstraete (Green Way):", "W")],
        [("How to vote", "", "", "B")],
        [("Polling stations are open from 7am to 10pm on Thursday 7 May.", "", "", "W")],
        [("You must be registered to vote in Thornley Vale ward and bring an accepted form of photo ID.", "", "", "B"),
         ("Your poll card tells you where your polling station is, but you do not need it to vote.", "", "", "B")],
        [("The count will take place at Haddenby Town Hall straight after polls close.", "", "", "W")],
        [("Candidates' answers are published as received, subject to length, and do not represent the views of the Haddenby Courier.", "", "", "B")],
        [("Read more: All our local election coverage", "", "", "B")],
        [("Comments are switched off for election stories.", "", "", "B")],
        [("© Haddenby Courier 2026   |   Contact us   |   Advertise   |   Terms", "", "", "B")],
    ],
    [  # 10. county council's public-health outbreak update page
        [("Marlowvale County Council", "", "", "B")],
        [("Search this site", "", "", "B")],
        [("Home › Health and social care › Public health › Measles", "", "", "B")],
        [("Measles outbreak in Marlowvale: latest update", "", "", "")],
        [("Last updated: 12 May 2026, 4pm", "", "", "B")],
        [("There have been 87 confirmed cases of measles in Marlowvale since the outbreak began on 2 March, including 14 new cases in the past week.", "", "", "W")],
        [("Most cases are in children under 10 who have not had two doses of the MMR vaccine.", "", "", "W")],
        [("Confirmed cases by area", "", "", "B")],
        [("Area   |   Total cases   |   New this week", "", "", "B")],
        [("Cotterhithe   |   41   |   6", "", "", "")],
        [("Wendleby   |   23   |   5", "", "", "")],
        [("Stainmoor   |   12   |   2", "", "", "")],
        [("Rest of Marlowvale   |   11   |   1", "", "", "")],
        [("Total   |   87   |   14", "", "", "")],
        [("Figures are for laboratory-confirmed cases only and are updated every Tuesday.", "", "", "B")],
        [("Nine children have been admitted to hospital, and all have since gone home.", "", "", "W"),
         ("No deaths have been reported.", "", "", "W")],
        [("Uptake of the second MMR dose among five-year-olds in Cotterhithe was 71% last year, against a national target of 95%, according to the council's immunisation data.", "the council's immunisation data", "according to", "W")],
        [("Two primary schools in Cotterhithe have asked pupils who are not immune and have been in contact with a case to stay at home for 21 days.", "", "", "W")],
        [("Statement from the Director of Public Health", "", "", "B")],
        [("Dr Ifeoma Chukwurah, Marlowvale's Director of Public Health, said:", "Ifeoma Chukwurah", "said", "")],
        [("“Measles is one of the most infectious diseases we know of: one case can infect up to nine in ten unvaccinated people around them.", "Ifeoma Chukwurah", "said", "W")],
        [("The number of new cases has fallen for the second week in a row, which is encouraging, but this outbreak is not over.", "Ifeoma Chukwurah", "said", "W")],
        [("If your child has missed a dose, it is never too late to catch up, and our walk-in clinics need no appointment.", "Ifeoma Chukwurah", "said", "")],
        [("I want to thank the school staff and parents in Cotterhithe who have worked so closely with us.”", "Ifeoma Chukwurah", "said", "")],
        [("What you should do", "", "", "B")],
        [("• Check your child's health record, or ask your GP surgery, whether they have had two doses of MMR.", "", "", "B")],
        [("• If anyone in your home has a high temperature, a rash and sore red eyes, phone your GP surgery before you visit.", "", "", "B")],
        [("• Keep anyone with measles away from school, nursery or work for four days after the rash appears.", "", "", "B")],
        [("Walk-in MMR clinics", "", "", "B")],
        [("Cotterhithe Library, Saturdays, 10am to 2pm", "", "", "B")],
        [("Wendleby Health Centre, Wednesdays, 3.30pm to 7pm", "", "", "B")],
        [("Places where people may have been exposed", "", "", "B")],
        [("Wendleby Leisure Centre swimming pool, Sunday 3 May, 9am to 12 noon", "", "", "W")],
        [("Stainmoor Road surgery waiting room, Thursday 7 May, 2pm to 5.30pm", "", "", "W")],
        [("If you were at any of these places at these times and are not immune, call the measles helpline on 0300 555 0192.", "", "", "B")],
        [("Previous updates", "", "", "B")],
        [("5 May 2026: 73 confirmed cases", "", "", "B")],
        [("28 April 2026: 61 confirmed cases", "", "", "B")],
        [("Media enquiries: press@marlowvale.gov.example", "", "", "B")],
        [("Was this page useful?", "", "", "B"),
         ("Yes   No", "", "", "B")],
        [("Report a problem with this page", "", "", "B")],
        [("Accessibility statement   |   Cookies   |   Privacy   |   © Marlowvale County Council 2026", "", "", "B")],
    ],
    [  # 11. regional airport's news release on a new route
        [("Drumcairn Airport", "", "", "B")],
        [("Flights   Parking   At the airport   Destinations   Business   News", "", "", "B")],
        [("Check flight status", "", "", "B")],
        [("Book parking from £4.99 a day", "", "", "B")],
        [("News › Press releases", "", "", "B")],
        [("New year-round route to Porto Seravin takes off in June", "", "", "W")],
        [("Posted 20 January 2026", "", "", "B")],
        [("Share:   Facebook   X   LinkedIn   Email", "", "", "B")],
        [("Skylarke will launch a year-round service from Drumcairn to Porto Seravin on 4 June, the airline announced today.", "Skylarke", "announced", "W")],
        [("The route will run four times a week in summer and twice a week in winter, using 186-seat aircraft.", "", "", "W"),
         ("It is the first direct link between Drumcairn and the Calveran coast.", "", "", "W")],
        [("Flights go on sale today, with fares from £59 one way including taxes.", "", "", "W")],
        [("Book at skylarke.example or through your travel agent.", "", "", "B")],
        [("Skylarke expects to carry 58,000 passengers on the route in its first year.", "Skylarke", "expects", "")],
        [("Summer schedule (from 4 June 2026)", "", "", "B")],
        [("Flight   |   Departs   |   Arrives   |   Days", "", "", "B")],
        [("SK 4412   |   Drumcairn 06:45   |   Porto Seravin 11:20   |   Mon, Wed, Fri, Sun", "", "", "")],
        [("SK 4413   |   Porto Seravin 12:05   |   Drumcairn 14:50   |   Mon, Wed, Fri, Sun", "", "", "")],
        [("Winter schedule (from 26 October 2026)", "", "", "B")],
        [("Flight   |   Departs   |   Arrives   |   Days", "", "", "B")],
        [("SK 4412   |   Drumcairn 07:30   |   Porto Seravin 12:05   |   Tue, Sat", "", "", "")],
        [("SK 4413   |   Porto Seravin 12:50   |   Drumcairn 15:35   |   Tue, Sat", "", "", "")],
        [("All times are local.", "", "", "B")],
        [("Alasdair Rennelby, chief executive of Drumcairn Airport, said: “This is the route our passengers have asked us for more than any other.", "Alasdair Rennelby", "said", ""),
         ("In our 2025 passenger survey, Porto Seravin topped the wish list for the third year running.", "Alasdair Rennelby", "said", "W"),
         ("We think it will bring around £11m a year into the regional economy.”", "Alasdair Rennelby", "said", "")],
        [("Benedikte Skjoldahl, Skylarke's commercial director, said the airline would base a third aircraft at Drumcairn from May, creating 45 jobs for pilots, cabin crew and engineers.", "Benedikte Skjoldahl", "said", "W")],
        [("“Drumcairn has been one of our fastest-growing airports,” she said.", "Benedikte Skjoldahl", "said", ""),
         ("“Passenger numbers on our Drumcairn routes rose 23% last year.”", "Benedikte Skjoldahl", "said", "W")],
        [("Fiona Leckie, chief executive of Drumcairn Chamber of Commerce, welcomed the announcement, saying the route would “open a door for local exporters”.", "Fiona Leckie", "saying", "")],
        [("The airport handled 1.38 million passengers in 2025, up 9% on the year before.", "", "", "W")],
        [("Ends", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [("1. Skylarke operates 64 routes from nine bases.", "", "", "B")],
        [("2. High-resolution images are available on request.", "", "", "B")],
        [("About Drumcairn Airport", "", "", "B")],
        [("Drumcairn Airport is owned by the Drumcairn Regional Airport Partnership and serves 27 destinations.", "", "", "B"),
         ("It employs 1,150 people on site.", "", "", "B")],
        [("Media enquiries", "", "", "B")],
        [("Drumcairn Airport press office: 01632 960 717   |   media@drumcairnairport.example", "", "", "B")],
        [("Related news", "", "", "B")],
        [("Runway resurfacing to finish two weeks early", "", "", "B")],
        [("Airport wins regional award for accessibility", "", "", "B")],
        [("Careers   |   Contact   |   Accessibility   |   Privacy   |   © Drumcairn Airport Ltd 2026", "", "", "B")],
    ],
    [  # 12. Sunday paper's consumer-rights column answering readers' letters
        [("The Sunday Cordwainer", "", "", "B")],
        [("News   Money   Property   Travel   Sport   Puzzles", "", "", "B")],
        [("Money › Consumer", "", "", "B")],
        [("PUT IT RIGHT", "", "", "B")],
        [("‘My sofa is six months late and I can't get my money back’", "", "", "W")],
        [("Harriet Gammage takes on a furniture retailer, a broadband provider and a tour operator for readers", "", "", "")],
        [("By Harriet Gammage", "", "", "B")],
        [("Sunday 20 September 2026", "", "", "B")],
        [("Write to Harriet at putitright@sundaycordwainer.example.", "", "", "B"),
         ("She regrets she cannot reply to every letter personally.", "", "", "B")],
        [("Q: In March I paid Tarnbrook Furniture £1,289 for a corner sofa, with delivery promised within 10 weeks.", "", "", "W")],
        [("It is now September, and every time I phone I am told it is “with the factory”.", "", "", ""),
         ("When I asked to cancel, they said I would lose my £400 deposit.", "Tarnbrook Furniture", "said", "W"),
         ("Can they do that?", "", "", "")],
        [("R.T., Wintercombe", "", "", "B")],
        [("A: They cannot.", "", "", "W"),
         ("When a retailer agrees a delivery date and misses it, you are entitled to set a new, reasonable deadline, and if that is missed too you can cancel and get all your money back, deposit included.", "", "", "W")],
        [("I contacted Tarnbrook on your behalf.", "", "", "")],
        [("A Tarnbrook spokeswoman said the delay had been caused by a shortage of one fabric at an overseas supplier.", "A Tarnbrook spokeswoman", "said", "W")],
        [("She said: “We apologise to R.T. for the delay and for the incorrect information given by our customer service team.”", "A Tarnbrook spokeswoman", "said", "")],
        [("The company has since cancelled the order and refunded the full £1,289.", "", "", "W")],
        [("Q: Brightwire Broadband put my bill up from £32 to £41.50 a month in April, even though my contract says the price rises by a fixed £3 a year.", "", "", "W")],
        [("I have complained three times and been offered a £10 credit.", "", "", "W")],
        [("M.O., Stallingbrook", "", "", "B")],
        [("A: Since 2025, broadband providers have had to state any mid-contract price rise in pounds and pence when you sign up.", "", "", "W"),
         ("Your contract, which you kindly sent me, allows for a rise of £3, not £9.50.", "", "", "W")],
        [("Brightwire told me the higher price had been applied in error to 2,700 customers after a billing system upgrade.", "Brightwire", "told me", "W"),
         ("It said all of them would be refunded the difference, plus £25, by the end of the month.", "Brightwire", "said", "W")],
        [("Your refund of £57.50 arrived last week.", "", "", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Q: Our package holiday to Isla Santorra with Jetstep Holidays was moved from a four-star hotel to a three-star one two days before we flew.", "", "", "W")],
        [("Jetstep says the change was allowed under its terms and has offered us a £100 voucher.", "Jetstep Holidays", "says", "W"),
         ("We paid £3,460 for the two of us.", "", "", "W")],
        [("P. and D.K., Ashby Kellaway", "", "", "B")],
        [("A: A significant change to a package, such as a lower hotel grade, entitles you to cancel for a full refund or to accept the change with an appropriate price reduction.", "", "", "W"),
         ("A voucher is not enough.", "", "", "")],
        [("Jetstep did not respond to my requests for comment.", "Jetstep Holidays", "did not respond", "")],
        [("If it does not improve its offer within 14 days, take your case to the Travel Disputes Service, which is free to use.", "", "", "")],
        [("Harriet Gammage's Put It Right column appears every Sunday.", "", "", "B"),
         ("Letters may be edited.", "", "", "B"),
         ("We cannot give legal advice on individual cases.", "", "", "B")],
        [("Share   ·   Save   ·   Print", "", "", "B")],
        [("More from Money", "", "", "B")],
        [("Energy bills: what the new price cap means for you", "", "", "B")],
        [("Five ways to cut the cost of the school run", "", "", "B")],
        [("© The Sunday Cordwainer 2026.", "", "", "B"),
         ("Registered office: 40 Ledger Street, Pellingsby.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- e-edition pages: a sentence cut by the jump, masthead designations, the weather box ---------
    ("n22-jump-fragment", "Planning officers had recommended approval, saying conditions on noise and dust would\nContinued on page 4\nBYPASS INQUIRY DATE SET",
     ["Planning officers had recommended approval, saying conditions on noise and dust would", "Continued on page 4", "BYPASS INQUIRY DATE SET"]),
    ("n22-weather-box", "WEATHER: Bright spells, 14C. Tomorrow: showers spreading from the west. Full forecast, Page 55",
     ["WEATHER: Bright spells, 14C.", "Tomorrow: showers spreading from the west.", "Full forecast, Page 55"]),
    # --- council minutes: item numbers, initials in lists, Ltd. mid-sentence, dotted times ----------
    ("n22-minute-number", "26/006   Budget and precept 2026-27\nThe Clerk presented the draft budget (Appendix A), showing expenditure of £468,950.",
     ["26/006   Budget and precept 2026-27", "The Clerk presented the draft budget (Appendix A), showing expenditure of £468,950."]),
    ("n22-cllrs-initials", "Present: Cllrs R. Pinnegar (Mayor, in the Chair), A. Drummore, P. Glasspool and J. Stobart\nApologies: Cllrs F. Grindlay (work commitment) and B. Rahmani (illness)",
     ["Present: Cllrs R. Pinnegar (Mayor, in the Chair), A. Drummore, P. Glasspool and J. Stobart", "Apologies: Cllrs F. Grindlay (work commitment) and B. Rahmani (illness)"]),
    ("n22-ltd-of-mid", "RESOLVED that the quotation of Kerbstone Ramps Ltd. of £148,000 be accepted. Cllr Drummore took no part in the vote.",
     ["RESOLVED that the quotation of Kerbstone Ramps Ltd. of £148,000 be accepted.", "Cllr Drummore took no part in the vote."]),
    ("n22-dotted-pm-times", "The next meeting will be held on Tuesday 24 March 2026 at 7.00pm. The meeting closed at 9.12pm.",
     ["The next meeting will be held on Tuesday 24 March 2026 at 7.00pm.", "The meeting closed at 9.12pm."]),
    # --- report pages: file sizes in brackets, plus-minus figures ------------------------------------
    ("n22-pdf-sizes", "Download the full report (PDF, 2.4MB)\nEasy-read summary (PDF, 1.1MB)",
     ["Download the full report (PDF, 2.4MB)", "Easy-read summary (PDF, 1.1MB)"]),
    ("n22-plus-minus", "The margin of error is ±2.1 percentage points. We also interviewed 36 tenants.",
     ["The margin of error is ±2.1 percentage points.", "We also interviewed 36 tenants."]),
    # --- TV pages: state dateline, abbreviated month, lower-case automatic transcript ----------------
    ("n22-okla-dateline", "COLTERVILLE, Okla. (KOSV) — A county road bridge has been closed indefinitely. Drivers face a 20-minute detour.",
     ["COLTERVILLE, Okla. (KOSV) — A county road bridge has been closed indefinitely.", "Drivers face a 20-minute detour."]),
    ("n22-apr-published", "Published: Apr. 23, 2026 at 5:14 PM CDT\nUpdated: 2 hours ago",
     ["Published: Apr. 23, 2026 at 5:14 PM CDT", "Updated: 2 hours ago"]),
    ("n22-transcript-lowercase", ">> good evening. this is the bridge on county road 14 and as you can see it is blocked off on both ends. inspectors found the cracks tuesday during a routine check.",
     [">> good evening.", "this is the bridge on county road 14 and as you can see it is blocked off on both ends.", "inspectors found the cracks tuesday during a routine check."]),
    # --- briefing newsletters: Rev. before a name, numbered item headings -----------------------------
    ("n22-rev-mid", "The church's vicar, the Rev. Tomasz Ellingbourne, said parishioners had queued to see it. Police said no one would be charged.",
     ["The church's vicar, the Rev. Tomasz Ellingbourne, said parishioners had queued to see it.", "Police said no one would be charged."]),
    ("n22-numbered-item-heading", "Read more: The 39-year hunt for the Lindenholt Triptych →\n5. Harrowcliffe end 52-year wait for the cup\nHarrowcliffe Town won the national cup for the first time since 1974.",
     ["Read more: The 39-year hunt for the Lindenholt Triptych →", "5. Harrowcliffe end 52-year wait for the cup", "Harrowcliffe Town won the national cup for the first time since 1974."]),
    # --- court summaries: citation panel lines, paragraph references after the full stop's clause ----
    ("n22-citation-panel", "Neutral citation: [2026] CA Civ 318\nCase No: CA-2025-000714\nJudgment date: 9 April 2026",
     ["Neutral citation: [2026] CA Civ 318", "Case No: CA-2025-000714", "Judgment date: 9 April 2026"]),
    ("n22-paragraph-refs", "The duty is not displaced because a tenant's use of the property adds to condensation [31]-[44]. The judge below was entitled to find that water was entering through a defective roof parapet [47].",
     ["The duty is not displaced because a tenant's use of the property adds to condensation [31]-[44].", "The judge below was entitled to find that water was entering through a defective roof parapet [47]."]),
    # --- opinion and Q&A pages: stacked questions, name-and-party labels ------------------------------
    ("n22-agree-disagree", "Agree? Disagree? Write to us at letters@harrowdownreview.example. Letters may be edited for length.",
     ["Agree?", "Disagree?", "Write to us at letters@harrowdownreview.example.", "Letters may be edited for length."]),
    ("n22-label-party-short", "Colm Duckinfield (Independent): Potholes. The borough repaired 2,300 of them last year.",
     ["Colm Duckinfield (Independent): Potholes.", "The borough repaired 2,300 of them last year."]),
    # --- consumer columns: initials as signatures and inside a quote ---------------------------------
    ("n22-initials-signature", "Can they do that?\nR.T., Wintercombe\nA: They cannot.",
     ["Can they do that?", "R.T., Wintercombe", "A: They cannot."]),
    ("n22-initials-in-quote", "She said: “We apologise to R.T. for the delay and for the incorrect information.” The company has refunded the full £1,289.",
     ["She said: “We apologise to R.T. for the delay and for the incorrect information.”", "The company has refunded the full £1,289."]),
    # --- release schedules: flight designations and table rows ---------------------------------------
    ("n22-flight-row", "SK 4412   |   Drumcairn 06:45   |   Porto Seravin 11:20   |   Mon, Wed, Fri, Sun\nAll times are local.",
     ["SK 4412   |   Drumcairn 06:45   |   Porto Seravin 11:20   |   Mon, Wed, Fri, Sun", "All times are local."]),
]  # fmt: skip
