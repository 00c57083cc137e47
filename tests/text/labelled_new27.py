"""Twenty-seventh set of new hand-labelled pages for the hint engines (tuning set): twelve page types.

Written from scratch for issue 13 in round sixteen, before any rule was tuned on them and without
looking at the engine's code or output (neither `claimreview/` nor the scorer's results were opened,
and no test, scorer or engine was run; only an import of this file was tried, to check its
structure): every person, place, organisation, outlet, company, party, team, product, book and
number is invented (England and London appear once each, only in a registration line and a citation;
currencies, units, time zones and generic institutions such as "the Treasury", "the Prime Minister",
"the environment agency" or "Parliament" appear only as settings), and no surname, town or outlet of
any file under `tests/` is reused (each was checked with grep over the whole `tests/` tree; first
names recur). Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after
selecting all in a browser, so every furniture line is a paragraph of its own. The twelve pages are
opinion, analysis and transcripts, where check-worthiness and speakers are hardest: a regional
paper's guest essay by an emergency doctor (bio line at the top and a personal-capacity line and
views disclaimer at the tail, figures the writer cites); a town paper's unsigned editorial against a
stadium loan guarantee; an evening paper's letters page with four short letters each signed "Name,
Town" and an editor's note; a data-journalism analysis of rents against pay with chart titles,
legends, figures pasted as lines, "Source:", "Note:" and "Chart:" credits and a method box; a local
site's congestion-charge explainer in question-subhead format; a government information service's
press briefing transcript with a spokesperson and "Q:" questions from named reporters; a TV
station's transcript of a mayoral debate with a moderator, two candidates, "(CROSSTALK)" and
"(APPLAUSE)"; a housing minister's conference speech annotated by the newsroom between passages; a
parliamentary committee's oral-evidence record with a chair, witnesses with titles and members'
numbered questions; a science magazine's Q&A with a soil scientist, initials as labels; a think
tank's report summary page with key findings, recommendations, a methodology note and download
links; and a local radio phone-in's web transcript with a host, a caller and a guest. The three
things they stress are (1) furniture of every kind worded afresh, at the head, in the middle and at
the tail (skip links, mastheads, menus, kickers ("GUEST ESSAY", "EDITORIAL", "DATA", "EXPLAINER",
"ANNOTATED", "THE INTERVIEW", "REPORT"), bylines, bio lines, read times, share and gift strips,
opinion sign-up boxes, personal-capacity lines and views disclaimers, letter invitations,
institutional-view notes, registration lines, letter signatures and letters policies, chart
subtitles, legends, "Source:", "Note:" and "Chart:" lines, data downloads and embed strips, method
boxes, "Here is what we know so far.", regulator lines, briefing headers, time lines, edit notices,
call-on turns, "(Laughter.)", "END" lines, captioning notices, replay lines, moderators' rules and
tosses, "(CROSSTALK)", "(APPLAUSE)", "(END)", how-to-read lines, "NOTE" headings, "Verdict:" lines,
annotators' sign-offs, "(Applause)", committee reference lines, "Examination of witnesses", the
uncorrected-transcript notice, chair's procedural sentences, issue lines, photo credits, condensed
notes, book listings, report meta and download lines, "Cite as:", funding and charity lines, cookie
lines, listen-live strips, programme lines, automatic-transcript notices, hosts' introductions and
tosses, "[NEWS]" and text-us lines); (2) who is speaking (the writer of an op-ed, an editorial and a
letter carrying no speaker, a dek that says "A doctor who ... says", "told parliament", "found",
"according to its annual report", "assumes", "show", "told a supporters' meeting", "has said",
"Supporters of the deal point to", "Your report of April 14 said", "puts", "Critics say", "according
to the data", "A Chronicle analysis ... finds", "declined to say", "estimates", "predicts", "MS.
DRAVITZ:", "Q:" turns that cite a flood group, an opposition leader, a union, a minister and
figures, "MAYOR DELPHINE HALSGROVE:" then "HALSGROVE:", a moderator who cites a report, a police
chief, a campaign ad and a viewer who "asks", a speech carrying the minister with "said", notes with
"show", "found" and "said", "Q1 Chair:", "Dr Rowbotham:", members' labels, "HI:" and "MJ:", "You
once wrote", "has called", "our new research finds", "The report finds", "It argues", "said:"
lead-ins, "MAUREEN, CALLER FROM BROOKBANK:", "Dev in Catchpole texts:"); (3) honest
check-worthiness: opinions, prescriptions, predictions, pledges, rhetorical questions, jokes and
feelings "" against checkable figures, rules, records, votes, fixtures and statements of record "W",
many borderline. `STYLES` names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new25.py` hold too (consent banners, paywalls and
newsletter boxes "B" line by line; advertisement labels "B"; captions by content and credits "B";
standfirsts, deks and subheads labelled like headlines, question and topic subheads ""; kickers,
mastheads, widgets and share strips "B"; fact-box headings "B" with their lines by content; related
lists, "Read more" lines, author bios, comment furniture and readers' comments "B"; reader-service
lines and advice to readers "B", advice spoken by a quoted person keeping its speaker with flags "";
methodology boxes "B"; data rows "" with the table's title and header row "B"; the writer of a
column or a letter without a speaker, signature lines "B", an editor's note that states a fact "W";
"Key findings" headings "B" with the bullets by content, "What we are calling for" a topic subhead
with its demands ""; transcript and Q&A labels as cues with the full name as first given as speaker,
a turn continued in a paragraph without a label keeping both, the interviewer's, host's, anchor's
and journalists' turns without a speaker unless they cite a source, their factual preamble "W",
their greetings and tosses "B", a chair's procedural turns "B" sentence by sentence, stage
directions "B"; "X said:" lead-ins "" with X as speaker; a one-word answer "W" when it commits to
something checkable and "" when it refuses; plans, votes and fixtures "W", forecasts ""; titles,
honorifics and role words dropped from speakers; a pronoun, a later surname or a role noun resolved
to the full name as first given; "the council", "the company" and the like kept as written;
documents, data and analyses as sources kept as written; "declined to comment", "declined to say"
and their kin labelled like speech with flags ""; glued furniture items without full stops are ONE
"B" sentence).

Conventions this set had to settle, in the same spirit:

* A guest essay: the bio line under the byline ("Dr X is a consultant in ... and sits on ...") is an
  author bio, "B", whatever it states, and so are the tail's "Dr X writes in a personal capacity."
  and "The views expressed are the author's own and not those of ..."; the reply invitation, the
  opinion sign-up box and the "More from Opinion" list (a two-sentence headline in it is two "B"
  sentences) are "B". The dek's "A doctor who works at the end of the queue says the fix is beds,
  not blame" resolves the role noun to the writer named in the byline, with "says", and is "" (her
  argument). The writer's own sentences carry no speaker: what she counted at a public service (nine
  ambulances, a seven-hour wait) is "W", the scene around it, the patient's apology and her own
  career aside are ""; her causal claim about full wards is "W"; her three prescriptions ("First,
  pay care workers properly."), rhetorical question and prediction are "". "told parliament" is a
  cue as written; "according to its annual report" keeps "its annual report".
* An unsigned editorial: "EDITORIAL", "By the Beacon Editorial Board" and the two sentences saying
  editorials are the institutional view are "B"; the paper's own sentences carry no speaker, the
  vote, the guarantee's terms, the club's history and attendances "W", "We want Vale to thrive.",
  "Foxmoor's stadium has been a success." and "Councillors should vote no." "". A chairman's quoted
  forecast ("would need ... to fill") is "", his stated pledge of money ("He has said he will put £5
  million ...") a commitment, "W", with the cue "has said"; "Supporters of the deal point to" keeps
  the group with the cue "point to", "W" for the loan it names; the council leader's "“not a penny”
  unless the club defaults" states the guarantee's terms and is "W"; the editorial's irony that
  follows is "". "Registered in England No. 04418827." is one "B" sentence.
* A letters page whose signatures are glued on one line ("Winifred Gadsby, Dunmerrow"): each is ONE
  "B" sentence. "Your report of April 14 said" keeps the report as written, like "The council's own
  counters show"; "the cabinet paper published last week puts" keeps the document with "puts";
  "Critics say it has caused gridlock." is "" (vague). The editor's note under the second letter
  explains where the paper's figure came from and is "W" with no speaker (the paper's own account of
  its sourcing, not a quote). A rescue the writer lived through is "", as personal accounts are in
  `labelled_new20.py`, while the lifeboat station's launch and crew numbers and its fundraising
  target are "W".
* A data analysis: a chart title that states a finding ("Rents have risen more than twice as fast as
  pay") is labelled like a headline, by content, "W"; a title that only names the measure ("Share of
  take-home pay spent on a two-bed rent, by district, 2025"), a chart subtitle ("Percentage change
  since 2019, Kingsmere") and the legend line are "B", like a table's title and header row; each
  figure line pasted from a chart ("2021 +9% +6%", "St Bride's 35%") is a data row, "". "Source:
  ...", "Note: ...", "Chart: Name / Outlet", "Download the data (CSV, 18 KB)", "Jump to methodology
  ↓" and "Share this analysis · Embed charts" are "B"; "How we did this" is a method box, "B" line
  by line. "according to the data" carries "the data" as written; "A Chronicle analysis of 212,000
  rental listings finds" and "according to a Chronicle analysis of listings and earnings data" keep
  the analysis as written. That listings capture only asking rents for new tenants is a checkable
  limitation, "W"; the data team's own "Is the gap closing?" is "" and its answer "Not yet: ..."
  "W".
* A question-format explainer: every question subhead is "" ("Who pays, and who doesn't?" included);
  "Here is what we know so far." and "We have answered the most common ones below." are "B", like
  "Here's what you need to know."; the definition and the scheme's purpose are ""; zone, price,
  fine, exemption and appeal rules are "W"; "Yes." to "Can I appeal a fine?" states a rule and is
  "W", while "You can find the form on the council's website." is reader service, "B". "The
  council's business case estimates" is "W" (an estimate of record) but "The council's own modelling
  predicts" is "" (a forecast), each with its document as written; the chamber's complaint is "W"
  for the count of firms it rests on. The regulator line is "B".
* A press briefing transcript: "MS. DRAVITZ:" resolves to the full name in the page's title, with
  the label as cue; everything she says in her turns carries her, including what the Prime Minister
  approved and what another minister will announce (the turn decides, as in `labelled_new19.py`).
  "Q:" turns carry no speaker unless they cite a source, kept as written with its verb ("The
  Coldbeck Valley Flood Group", "says"; "Cressida Umfreville", "said"; "The Health Minister", "told
  a committee"; "The latest figures", "show"); a reporter's thanks and self-identification ("Greta
  Sørvik, Radio Brackmere.") are part of the record with nothing to check, "" without a speaker. Her
  call-on turns ("MS. DRAVITZ: Greta.", "Femi, at the back.", "Last one." / "Valentina.", "Thanks,
  everyone.") are "B" sentence by sentence, like a chair's procedural turns, while procedural
  sentences inside a substantive turn ("A few things before I take your questions.") keep her with
  "", as in `labelled_new17.py`. "No, it isn't." rejecting a figure is "" and the figures that
  follow "W"; the joke about the cup final is ""; "(Laughter.)", the time line and "END 11:38 A.M."
  are "B".
* A debate transcript: the first labels give role and full name ("MODERATOR PRIYA ESKDALE:", "MAYOR
  DELPHINE HALSGROVE:", "COUNCILMAN MARCUS WRATHALL:"), later ones surnames; the candidates' turns
  carry them with the label as written. The moderator is the station's journalist: the welcome, the
  format rules, the coin toss, the tosses ("Councilman Wrathall.", "Mayor Halsgrove."), "you'll have
  your rebuttal", the plea to the audience, the move to closing statements and "Good night." are
  "B"; her factual preambles ("Councilman, you want to hire 120 more.") and the election-date
  fixture are "W"; her citations keep their sources ("according to the city's own housing report",
  "Police Chief X told the City Council", "your opponent's latest TV ad says"). A viewer's question
  she reads out ("..., Dolores Ingold of Southside, who asks: “...?”") is ONE sentence carrying the
  viewer with "asks", "". "(CROSSTALK)", "(APPLAUSE)" and "(END)" are "B"; a sentence cut off by
  crosstalk ("That number leaves out —") is a sentence of its own, "" (nothing complete to check).
  "No." to "Did you [double the city's debt]?" is "W"; pledges ("I will not raise the property tax
  rate, period.") and a candidate's family story are "".
* An annotated speech: the speech passages have no label in the paste, and each sentence carries the
  minister by full name with the cue "said" (the page presents them as her words as delivered, as
  the layout makes unprefixed answers carry "A:" in `labelled_new16.py`); "(Applause)" is "B". The
  "How to read this" lines, every "NOTE" heading, every "Verdict: ..." line (like "Rating:" lines)
  and each annotator's sign-off ("— Noor Hovannisyan") are "B"; the notes themselves are the
  newsroom's own text, without a speaker unless they cite one ("Official figures for the year to
  March show", "An independent review ... found", "according to the housing ministry's own
  statistics release"), "W" for figures and records, including a note on what the minister did not
  mention; a verdict phrased with its figure ("About a third of those buyers were over 40, ... so
  “young families” is a stretch.") is "W" for the figure; "the Local Authorities Association said it
  would ..." is a forecast, "". The minister's "builders ... are not sitting on land" is "W" (the
  claim the note then tests), her promises and flourishes "".
* A committee's oral-evidence record: a question number glued before a label ("Q2 Chair: ...") is
  part of the sentence, and the cue is the label without it ("Chair:"), as a time code glued before
  a label is in `labelled_new8.py`; "Chair" resolves to the chair named in "Members present:". The
  chair's procedural sentences ("Good morning, and welcome.", "Thank you for coming at short
  notice.", "Order.", "Let the witness answer.", "A final question from me.", "Thank you.") are "B"
  with no speaker, her substantive ones carry her. Members' turns carry the member, with the
  name-only label as cue, as in `labelled_new19.py`, and a source a member cites ("The Rail
  Passengers' Council says") stays inside the member's turn; a question's factual preamble ("your
  company paid its shareholders a dividend of £22 million in September") is "W". "Dr Rowbotham:"
  resolves to the full name in the witness list, the title dropped. "Members present:" and
  "Witnesses:" lines are "", like line-ups; the session's title is a name, ""; "HC 412", "Questions
  1 - 38", "Watch this session", "Examination of witnesses", the three-sentence
  uncorrected-transcript notice and the written-evidence link are "B". A witness's "Yes." and "On 12
  January." are "W"; "We expect to have 60 more drivers qualified ..." is a forecast, "", and "I
  will write to the Committee ... every month" a commitment, "W".
* A magazine Q&A with initials as labels ("MJ:", "HI:"): the interviewee's answers carry her full
  name with her initials as cue; the interviewer's turns carry no speaker unless they cite one: "You
  once wrote that ..." carries the interviewee with "wrote" and is "W", "The fertiliser industry
  says" is "W", and "Étienne Lemaire ... has called your figures “cherry-picked”" is "" (a
  characterisation) with the cue "has called". "It is, comfortably." confirms a checkable claim,
  "W"; her advice to gardeners keeps her with "", her causal claim about digging "W". The headline
  "Name: ‘...’" carries her with the name and colon as cue; the book's publication next month is a
  fixture, "W", while the book-listing line at the foot is "B", like a product box; "... Lattice
  Media Ltd. © 2026" is two "B" sentences.
* A think-tank summary page: like `labelled_new22.py`'s charity report, "our new research finds" and
  "The report finds" carry their source with "finds", and "It argues" resolves to "The report", "W"
  when the argument is a checkable comparison (funding against prices); "What we recommend" is a
  topic subhead, "", its bullets ""; each "Key findings" bullet is "W". The lead author's "said:"
  lead-in is "" with her as speaker, the quote's sentences carrying her. The meta line, the three
  download lines, "Summary", "Methodology" and its lines, "About the authors" and the bios, media
  enquiries, "Cite as: ..." (ONE "B" sentence, not split at the initials or the title's full stop),
  the funding line, related research, the charity line, the sign-up box and the cookie lines are
  "B".
* A radio phone-in transcript: the host is the station's journalist, without a speaker; his factual
  preambles ("your own cabinet cut the roads budget by £4 million", "you're up for re-election in
  May") are "W", and his introductions, tosses, thanks and trails ("With me in the studio is ...",
  "Maureen, go ahead.", "TREVANNICK: Councillor?", "After the news: ...") are "B", like an anchor's.
  A caller who gives only a first name ("MAUREEN, CALLER FROM BROOKBANK:", later "MAUREEN:") is the
  speaker by that name; her own experiences (years in the village, a burst tyre) are "", but her
  statement that a hole she reported in November is still unrepaired is "W" (the council's records
  can show it), and what her neighbour was told stays in her turn. "Dev in Catchpole texts: “...”"
  carries "Dev" with "texts", "". The guest's turns carry her full name (the label with her role
  first, later the surname); "the law says" inside her turn does not change the speaker.

`CASES` holds 20 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "regional paper's guest essay by an outside contributor (emergency doctor on ambulance handover delays; skip link, kicker, two-sentence headline, dek with says, byline, bio line at the top, read time, gift strip, health board figures, told parliament, opinion sign-up box, personal-capacity line and views disclaimer, reply invitation, More from Opinion)",
    "town paper's own unsigned editorial (council loan guarantee for a football stadium; kicker, editorial board byline, institutional-view note, business case assumes, accounts show, chairman's forecast and pledge, supporters point to, council leader says, rhetorical question, vote fixture, letters invitation, registration line with No.)",
    "evening paper's letters page (four short letters signed Name, Town on one line: library closure, bin collections, a lifeboat rescue, a cycle lane; consultation document says, your report said, cabinet paper puts, that council's own data, critics say, traffic counts show, editor's note, letters policy, earlier letters)",
    "data-journalism analysis (rents against pay by district; kicker, dek with finds, two-author byline, jump link, chart titles stating a finding and naming a measure, subtitles, legend, figures pasted as lines, Source, Note and Chart credits, data download, according to the data, economist quoted, council survey found, declined to say, method box)",
    "local news site's explainer in question-subhead format (a city congestion charge; kicker, topic headline, Here is what we know so far, question subheads, definition, zone, price, fine and exemption rules, business case estimates, modelling predicts, critics, council leader, Yes. to an appeal question, reader-service line, newsletter box)",
    "government information service's press briefing transcript (floods, fuel duty, rail strike, waiting lists; header, time line, edit note, MS. label, spokesperson's call-on turns, Q: questions from named reporters citing a flood group, the opposition leader, a union, a minister and figures, (Laughter.), END line, media line)",
    "TV station's transcript of a televised mayoral debate (moderator and two candidates; captioning note, replay line, format rules, role-and-name labels then surnames, (APPLAUSE), (CROSSTALK), a cut-off sentence with a dash, moderator citing a housing report, a police chief and a campaign ad, a viewer who asks, closing statements, Nov. 3, (END))",
    "national paper's annotated speech (housing minister at a builders' conference; kicker, dek, two-role byline, how-to-read lines, speech passages without labels, (Applause), NOTE headings, Verdict lines, notes with official figures, a statistics release, an independent review and an association's reaction, annotators' sign-offs, more annotated speeches)",
    "parliamentary committee's oral-evidence record (rail timetable disruption; committee breadcrumbs, session title, HC number, members present, question range, witnesses with titles, Q-numbered Chair and member labels, Dr surname labels, chair's procedural sentences, Order, dividend question, uncorrected-transcript notice)",
    "science magazine's Q&A interview (soil microbiologist; masthead, kicker, Name: quote headline, dek, issue and read-time line, caption and credit, condensed note, MJ: and HI: initials as labels, You once wrote, industry says, a critic has called, advice to gardeners, book listing, subscribe line, Ltd. then copyright)",
    "think tank's report summary page (childcare costs; meta line, three download lines, Summary with our new research finds, The report finds, It argues, Key findings bullets, What we recommend bullets, lead author said: lead-in and quote, Methodology, author bios, Cite as with initials, funding, charity and cookie lines)",
    "local radio station's phone-in web transcript (potholes; listen-live strip, programme and broadcast lines, automatic-transcript notice, host label with role, host's factual preambles and tosses, caller labelled by first name and village, guest with role label then surname, a listener's text, [NEWS], text-us line, more from the show)",
]

ARTICLES = [
    [  # 1. newspaper op-ed by an outside contributor: ambulance handover delays
        [("Jump to main content", "", "", "B")],
        [("The Orrinsford Packet", "", "", "B")],
        [("News   Opinion   Business   Sport   Health   Arts   Obituaries   e-Edition", "", "", "B")],
        [("Opinion › Guest essays", "", "", "B")],
        [("GUEST ESSAY", "", "", "B")],
        [("Patients are waiting in ambulances outside our hospital for hours.", "", "", "W"),
         ("It doesn't have to be this way", "", "", "")],
        [("Orrinsford lost more than 6,200 ambulance hours to handover delays this winter.", "", "", "W"),
         ("A doctor who works at the end of the queue says the fix is beds, not blame", "Mireille Strickmore", "says", "")],
        [("By Mireille Strickmore", "", "", "B")],
        [("Dr Mireille Strickmore is a consultant in emergency medicine at Orrinsford Royal Infirmary and sits on the Eastlyn Health Board's clinical advisory panel.", "", "", "B")],
        [("Sunday 8 February 2026 · 6 min read", "", "", "B")],
        [("Share   ·   Save   ·   Gift this essay", "", "", "B")],
        [("At 2 a.m. on a Tuesday in January, I walked out of our emergency department and into the ambulance bay.", "", "", "")],
        [("Nine ambulances were parked there with their engines running.", "", "", "W"),
         ("In the back of one was an 84-year-old woman with a broken hip who had been waiting, with two paramedics beside her, for seven hours.", "", "", "W"),
         ("She apologised to me for being a nuisance.", "", "", "")],
        [("That scene is no longer unusual.", "", "", "")],
        [("Ambulances spent 6,214 hours waiting outside Orrinsford Royal Infirmary between November and January, up from 1,870 hours in the same months of 2022, according to the Eastlyn Health Board's own figures.", "the Eastlyn Health Board's own figures", "according to", "W")],
        [("The national standard is that a patient should be handed over to hospital staff within 15 minutes of arrival.", "", "", "W"),
         ("Last month the average at Orrinsford was 71 minutes.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("Those are not just numbers on a dashboard.", "", "", ""),
         ("Every hour a crew spends in our bay is an hour it is not out in the villages.", "", "", "")],
        [("Last year the ambulance service's average response to the most serious calls in rural Eastlyn was 14 minutes 40 seconds, against a target of eight minutes.", "", "", "W")],
        [("The usual explanation is that emergency departments are too slow.", "", "", ""),
         ("It is wrong.", "", "", "")],
        [("Ambulances queue outside because we have nowhere to put the patients already inside, and we have nowhere to put them because the wards upstairs are full.", "", "", "W")],
        [("On an average day this winter, 112 of the infirmary's 740 beds were taken by patients who were well enough to go home but had no care package or nursing-home place to go to.", "", "", "W")],
        [("The Cabinet Secretary for Health, Ewan Rigsby, told parliament in December that the health board would open 60 “step-down” beds in the community by April.", "Ewan Rigsby", "told parliament", "W"),
         ("As I write, 14 of them are open.", "", "", "W")],
        [("I do not doubt Mr Rigsby's good intentions.", "", "", ""),
         ("But I have worked in this hospital for 19 years, and I have heard “by April” before.", "", "", "")],
        [("So here is what I would do.", "", "", "")],
        [("First, pay care workers properly.", "", "", ""),
         ("Home-care agencies in Eastlyn advertise jobs at £11.90 an hour, and the board's own workforce review found last autumn that one care post in five was vacant.", "the board's own workforce review", "found", "W")],
        [("Second, stop cancelling planned operations every January to free beds, and then wondering why the waiting list grows.", "", "", "")],
        [("Third, publish handover times hospital by hospital, every week.", "", "", ""),
         ("Patients in Glenrothy can already see theirs online; patients in Orrinsford cannot.", "", "", "W")],
        [("Sign up to Packet Opinion, our weekly round-up of the best arguments in Orrinsford", "", "", "B")],
        [("Enter your email", "", "", "B")],
        [("Sign me up", "", "", "B")],
        [("None of this is cheap.", "", "", ""),
         ("But is it really dearer than paying paramedics overtime to sit in a car park?", "", "", "")],
        [("The ambulance service paid £3.1 million in overtime last year, according to its annual report, much of it to crews kept late by handover delays.", "its annual report", "according to", "W")],
        [("I suspect next winter will be worse.", "", "", ""),
         ("Nothing would please me more than to be proved wrong.", "", "", "")],
        [("Dr Strickmore writes in a personal capacity.", "", "", "B"),
         ("The views expressed are the author's own and not those of Orrinsford Royal Infirmary or the Eastlyn Health Board.", "", "", "B")],
        [("Want to respond to this essay?", "", "", "B"),
         ("Letters of up to 250 words can be sent to opinion@orrinsfordpacket.example.", "", "", "B")],
        [("More from Opinion", "", "", "B")],
        [("The ring road was a mistake.", "", "", "B"),
         ("Let's admit it", "", "", "B")],
        [("Our parks need keepers, not just bins", "", "", "B")],
        [("© 2026 Orrinsford Packet Ltd   ·   Privacy   ·   Terms   ·   Cookie settings", "", "", "B")],
    ],
    [  # 2. a newspaper's own unsigned editorial: a council loan guarantee for a football stadium
        [("Tannerton Beacon", "", "", "B")],
        [("Sign in   |   Subscribe from £1   |   Search", "", "", "B")],
        [("News | Sport | Opinion | Editorials | Letters | Columnists | Puzzles | Jobs", "", "", "B")],
        [("EDITORIAL", "", "", "B")],
        [("The Beacon's view: Tannerton should not gamble £48m of public money on a football stadium", "", "", "")],
        [("The council's plan to guarantee Tannerton Vale's loan puts the risk on taxpayers and the reward in private hands", "", "", "")],
        [("By the Beacon Editorial Board", "", "", "B")],
        [("Saturday 14 March 2026, 7:00 am", "", "", "B")],
        [("Editorials set out the institutional view of the Tannerton Beacon.", "", "", "B"),
         ("They are written by the editorial board, which is separate from the newsroom.", "", "", "B")],
        [("On Thursday, Tannerton Borough Council's cabinet will vote on whether to guarantee a £48 million loan to Tannerton Vale FC for a new 14,000-seat stadium at Quarrick Fields.", "", "", "W")],
        [("If the club cannot repay, the council will, which is to say the town's council-tax payers will.", "", "", "W")],
        [("We want Vale to thrive.", "", "", ""),
         ("The club has played at Dunnage Road since 1921, and its main stand has been shut since a safety inspection in 2024 found rotten timbers under the roof.", "", "", "W")],
        [("A new ground is overdue.", "", "", ""),
         ("But a football club is a business, and this is a bad deal.", "", "", "")],
        [("The council's own business case, published last month, assumes average crowds of 11,500.", "The council's own business case", "assumes", "W"),
         ("Vale averaged 6,840 last season, and 5,910 the season before.", "", "", "W")],
        [("The club's latest accounts show debts of £3.6 million and a loss of £870,000 last year.", "The club's latest accounts", "show", "W")],
        [("Even the club's chairman, Anton Vavasour, told a supporters' meeting in January that the new ground would need “two promotions and a cup run” to fill.", "Anton Vavasour", "told a supporters' meeting", ""),
         ("He has said he will put £5 million of his own money into the project.", "Anton Vavasour", "has said", "W")],
        [("Advertisement", "", "", "B")],
        [("Supporters of the deal point to Foxmoor, whose council backed a loan for its rugby club's new ground in 2017.", "Supporters of the deal", "point to", "W")],
        [("Foxmoor's stadium has been a success.", "", "", ""),
         ("Its loan is being repaid on schedule.", "", "", "W"),
         ("What the deal's backers rarely mention is that the Foxmoor loan was £9 million, not £48 million, and that it was secured against land the club already owned.", "", "", "W")],
        [("The risks here are not hypothetical.", "", "", ""),
         ("In 2022 the borough of Oxlow wrote off £17 million it had lent to a conference centre that closed after three years.", "", "", "W")],
        [("Council leader Imogen Radnall says the guarantee will cost taxpayers “not a penny” unless the club defaults.", "Imogen Radnall", "says", "W"),
         ("That is true, in the way that a mortgage costs nothing until you miss a payment.", "", "", "")],
        [("There is a better way.", "", "", "")],
        [("The council could sell Quarrick Fields to the club at market value and let Vale borrow from a bank, as the club's own financial advisers proposed in 2023.", "", "", "W"),
         ("If the stadium is as sound an investment as its backers claim, a bank will lend.", "", "", "")],
        [("Will councillors find the nerve to say no to a popular club seven weeks before the local elections?", "", "", ""),
         ("We hope so.", "", "", "")],
        [("The cabinet meets at 6 p.m. on Thursday in the Civic Hall, and the meeting is open to the public.", "", "", "W"),
         ("Councillors should vote no.", "", "", "")],
        [("What do you think?", "", "", "B"),
         ("Send a letter for publication to letters@tannertonbeacon.example, with your full address and a daytime telephone number.", "", "", "B")],
        [("More from Opinion", "", "", "B")],
        [("Letters: A bus every hour is not a bus service", "", "", "B")],
        [("Column: Why I'm still buying a season ticket", "", "", "B")],
        [("Tannerton Beacon Ltd, Beacon House, Mill Street, Tannerton.", "", "", "B"),
         ("Registered in England No. 04418827.", "", "", "B")],
        [("Privacy policy · Cookie policy · Terms of use", "", "", "B")],
    ],
    [  # 3. letters-to-the-editor page: four short letters signed "Name, Town"
        [("DUNMERROW EVENING POST", "", "", "B")],
        [("☰ Menu   Search   Log in   Subscribe", "", "", "B")],
        [("Opinion › Letters", "", "", "B")],
        [("Your letters, Tuesday 21 April 2026", "", "", "B")],
        [("Every weekday we print a selection of readers' letters.", "", "", "B"),
         ("Write to letters@dunmerrowpost.example or to Letters Desk, 4 Harbour Street, Dunmerrow DM1 2QT.", "", "", "B")],
        [("Closing Velthorpe Street library would hurt the people who need it most", "", "", "")],
        [("The council's consultation document says the Velthorpe Street branch had 41,300 visits last year, more than any library in the borough except the central one.", "The council's consultation document", "says", "W"),
         ("Yet it is the branch the council proposes to close.", "", "", "W")],
        [("I go there every Thursday with my grandson, who has no computer at home and does his homework on theirs.", "", "", "")],
        [("The saving, £86,000 a year, is less than the council paid consultants to redesign its logo in 2024.", "", "", "W"),
         ("Who decided that was a good use of our money?", "", "", "")],
        [("Winifred Gadsby, Dunmerrow", "", "", "B")],
        [("Bin collections: the sums do not add up", "", "", "")],
        [("Your report of April 14 said moving to fortnightly bin collections would save the council £1.2 million a year.", "Your report of April 14", "said", "W")],
        [("But the cabinet paper published last week puts the saving at £740,000 once the cost of extra recycling crews is included.", "the cabinet paper published last week", "puts", "W"),
         ("Which figure is right?", "", "", "")],
        [("In Wyvelsey, where fortnightly collections began in 2023, reports of fly-tipping rose by 37% in the first year, according to that council's own data.", "that council's own data", "according to", "W")],
        [("I have no wish to see the same on our streets, and I suspect I am not alone.", "", "", "")],
        [("Sunil Kemball, Gallowbrook", "", "", "B")],
        [("Editor's note: The £1.2 million figure was supplied to us by the council's press office before the cabinet paper was published.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("Thank you to the Rushwell lifeboat crew", "", "", "")],
        [("On March 29 my son and his friend were cut off by the tide below the cliffs at Rushwell Point.", "", "", ""),
         ("The volunteer crew of the Rushwell lifeboat reached them within 20 minutes of my call, in the dark and in a heavy swell.", "", "", "")],
        [("I cannot put into words how grateful we are.", "", "", "")],
        [("The station has launched 61 times since the start of last year, and every one of its 24 crew members is an unpaid volunteer.", "", "", "W"),
         ("They are raising £350,000 for a new boathouse, and I hope your readers will give what they can.", "", "", "W")],
        [("Gwendolyn Ashwinder, Rushwell", "", "", "B")],
        [("The Stourlake Road cycle lane is working", "", "", "")],
        [("Since the lane opened in September I have cycled to work on it every day, and not once have I been squeezed by a lorry.", "", "", "")],
        [("Critics say it has caused gridlock.", "Critics", "say", ""),
         ("The county's traffic counts, published in February, show that peak-hour journey times on Stourlake Road rose by 40 seconds.", "The county's traffic counts", "show", "W"),
         ("Forty seconds is not gridlock.", "", "", "")],
        [("Cycle trips on the road, meanwhile, have more than doubled, to about 1,900 a day.", "", "", "W")],
        [("I would ask the councillors who want to rip it out to ride it once before they vote.", "", "", "")],
        [("Tobias Luscombe, Upwold", "", "", "B")],
        [("Letters should be no longer than 300 words and must include a full postal address, which we will not print.", "", "", "B"),
         ("We may edit letters for length and clarity.", "", "", "B")],
        [("Views expressed by correspondents are not necessarily those of the Dunmerrow Evening Post.", "", "", "B")],
        [("Earlier letters", "", "", "B")],
        [("Monday: Parking charges at the hospital are a tax on the sick", "", "", "B")],
        [("Saturday: Well done to the Upwold under-12s", "", "", "B")],
        [("Dunmerrow Evening Post · Part of the Bramhall Press group", "", "", "B")],
        [("Privacy notice   Terms   Contact us   Advertise", "", "", "B")],
    ],
    [  # 4. data-journalism analysis: rents against wages, chart titles, source and chart credits, figures as lines
        [("Kingsmere Chronicle", "", "", "B")],
        [("Home / Data / Housing", "", "", "B")],
        [("DATA", "", "", "B")],
        [("Rents in every Kingsmere district have outpaced wages since 2019", "", "", "W")],
        [("A Chronicle analysis of 212,000 rental listings finds the squeeze is worst in Pennyfold, where the typical two-bed rent now takes 46% of a local worker's take-home pay", "A Chronicle analysis of 212,000 rental listings", "finds", "W")],
        [("By Anouk Jephcott and Teodora Brzezicka, Data team", "", "", "B")],
        [("Updated 3 March 2026", "", "", "B")],
        [("Jump to methodology ↓", "", "", "B")],
        [("Renting a two-bedroom home in Kingsmere now costs the typical full-time worker 38% of their take-home pay, up from 29% in 2019, according to a Chronicle analysis of listings and earnings data.", "a Chronicle analysis of listings and earnings data", "according to", "W")],
        [("The median advertised rent for a two-bedroom home rose from £895 a month to £1,310 over that period, an increase of 46%.", "", "", "W"),
         ("Median full-time pay in the city rose by 21%.", "", "", "W")],
        [("Rents have risen more than twice as fast as pay", "", "", "W")],
        [("Percentage change since 2019, Kingsmere", "", "", "B")],
        [("■ Median two-bed rent   ■ Median full-time pay", "", "", "B")],
        [("2019   0%   0%", "", "", "")],
        [("2021   +9%   +6%", "", "", "")],
        [("2023   +27%   +14%", "", "", "")],
        [("2025   +46%   +21%", "", "", "")],
        [("Source: Chronicle analysis of Lettingstream listings; national earnings survey", "", "", "B")],
        [("Chart: Teodora Brzezicka / Kingsmere Chronicle", "", "", "B")],
        [("Download the data (CSV, 18 KB)", "", "", "B")],
        [("The squeeze is worst in Pennyfold, where new flats along the canal have pushed the median two-bed rent to £1,620.", "", "", "W")],
        [("People who live there earn less than the city average: the median full-time worker in Pennyfold takes home £2,140 a month, according to the data.", "the data", "according to", "W")],
        [("In Castle Hill, by contrast, rents rose by 18%, broadly in line with local pay.", "", "", "W")],
        [("Share of take-home pay spent on a two-bed rent, by district, 2025", "", "", "B")],
        [("Pennyfold   46%", "", "", "")],
        [("Marlowgate   41%", "", "", "")],
        [("Skelbridge   37%", "", "", "")],
        [("St Bride's   35%", "", "", "")],
        [("Castle Hill   29%", "", "", "")],
        [("Note: Take-home pay is for full-time employees living in each district.", "", "", "B")],
        [("Source: Chronicle analysis", "", "", "B")],
        [("Chart: Anouk Jephcott / Kingsmere Chronicle", "", "", "B")],
        [("Priscilla Egglestone, a housing economist at the University of Kingsmere, said the figures matched her own research.", "Priscilla Egglestone", "said", "")],
        [("“Landlords aren't charging more because they suddenly became greedy in 2020,” she said.", "Priscilla Egglestone", "said", ""),
         ("“They're charging more because there are now 11 people chasing every flat that comes up.”", "Priscilla Egglestone", "said", "W")],
        [("Listings capture only the rents asked of new tenants, which tend to rise faster than what sitting tenants pay.", "", "", "W")],
        [("The city council's own survey of 3,000 tenants, published in November, found that sitting tenants paid on average 14% less than new ones.", "The city council's own survey of 3,000 tenants", "found", "W")],
        [("Is the gap closing?", "", "", ""),
         ("Not yet: in the last six months of 2025, advertised rents rose by 3.2% and pay by 1.9%.", "", "", "W")],
        [("Councillor Bernard Cawthra, the cabinet member for housing, said the council would publish a new strategy for the private rented sector in July.", "Bernard Cawthra", "said", "W"),
         ("He declined to say whether it would include rent controls, which the council has no power to impose.", "Bernard Cawthra", "declined to say", "")],
        [("How we did this", "", "", "B")],
        [("We collected 212,000 listings for two-bedroom homes posted on Lettingstream between January 2019 and December 2025, and removed duplicates and listings without a price.", "", "", "B"),
         ("Pay figures are medians for full-time employees from the national earnings survey, after tax.", "", "", "B"),
         ("Our code and data are available on request.", "", "", "B")],
        [("Share this analysis   ·   Embed charts", "", "", "B")],
        [("Related: Who owns Kingsmere's rented homes?", "", "", "B")],
        [("More from the data team", "", "", "B")],
        [("© Kingsmere Chronicle 2026", "", "", "B")],
    ],
    [  # 5. explainer in question-subhead format: a city's congestion charge
        [("Thrumwick Today", "", "", "B")],
        [("Local news, every day   ·   Sign up free", "", "", "B")],
        [("News  >  Transport", "", "", "B")],
        [("EXPLAINER", "", "", "B")],
        [("Thrumwick's congestion charge: what it costs, who pays and when it starts", "", "", "")],
        [("Drivers entering the city centre will pay £7 a day from June 1.", "", "", "W"),
         ("Here is what we know so far.", "", "", "B")],
        [("By Harriet Inchcombe", "", "", "B")],
        [("Posted 11/03/2026 - 08:15", "", "", "B")],
        [("5-minute read", "", "", "B")],
        [("Thrumwick City Council voted 31-19 on Tuesday night to bring in a congestion charge for the city centre, the first in the region.", "", "", "W")],
        [("The scheme has split the city, and our inbox has been full of questions since the vote.", "", "", ""),
         ("We have answered the most common ones below.", "", "", "B")],
        [("What is a congestion charge?", "", "", "")],
        [("It is a daily fee for driving a vehicle inside a marked zone during set hours.", "", "", ""),
         ("The idea is to cut traffic and raise money for public transport.", "", "", "")],
        [("Where is the zone?", "", "", "")],
        [("The zone covers everything inside the inner ring road, from Ilsley Bridge in the west to the railway station in the east.", "", "", "W"),
         ("Cameras at 23 entry points will read number plates.", "", "", "W")],
        [("How much will it cost?", "", "", "")],
        [("Drivers of cars and vans will pay £7 for each day they enter the zone between 7 a.m. and 7 p.m., Monday to Saturday.", "", "", "W"),
         ("Lorries and coaches will pay £20.", "", "", "W")],
        [("Anyone who has not paid by midnight the following day will be fined £80, cut to £40 if paid within 14 days.", "", "", "W")],
        [("Who pays, and who doesn't?", "", "", "")],
        [("Residents who live inside the zone get a 90% discount, and blue badge holders, taxis and emergency vehicles are exempt.", "", "", "W"),
         ("Businesses inside the zone get no discount.", "", "", "W")],
        [("The Thrumwick Chamber of Commerce says that is unfair on the 1,900 firms based in the centre.", "The Thrumwick Chamber of Commerce", "says", "W")],
        [("Advertisement", "", "", "B")],
        [("How much will it raise?", "", "", "")],
        [("The council's business case estimates that the charge will raise £14 million a year after running costs.", "The council's business case", "estimates", "W"),
         ("By law the money must be spent on transport, and the council says the first £6 million will pay for 40 electric buses.", "the council", "says", "W")],
        [("Will it actually cut traffic?", "", "", "")],
        [("Nobody can know for sure.", "", "", ""),
         ("The council's own modelling predicts a 15% fall in the number of cars entering the centre.", "The council's own modelling", "predicts", "")],
        [("When Sandom brought in a similar charge in 2021, traffic in its centre fell by 11% in the first year, according to the national transport department.", "the national transport department", "according to", "W")],
        [("What do critics say?", "", "", "")],
        [("Opposition councillors say the charge will drive shoppers to out-of-town retail parks.", "Opposition councillors", "say", ""),
         ("The traders' group Thrumwick First says footfall in the centre is already 12% below its 2019 level.", "Thrumwick First", "says", "W")],
        [("Council leader Oswin Tregidden said on Tuesday that “doing nothing is not free either”, pointing to a 2024 study that put the cost of congestion to the city's economy at £92 million a year.", "Oswin Tregidden", "said", "W")],
        [("Can I appeal a fine?", "", "", "")],
        [("Yes.", "", "", "W"),
         ("Appeals must be made within 28 days of the date on the penalty notice.", "", "", "W"),
         ("You can find the form on the council's website.", "", "", "B")],
        [("When does it start?", "", "", "")],
        [("Charging begins on Monday 1 June.", "", "", "W"),
         ("During a “warning period” that runs until 30 June, drivers who do not pay will get a letter rather than a fine.", "", "", "W")],
        [("Got a question we haven't answered?", "", "", "B"),
         ("Email newsdesk@thrumwicktoday.example and we'll try to find out.", "", "", "B")],
        [("Read next: Bus fares frozen for a year as council unveils transport plan", "", "", "B")],
        [("Get Thrumwick Today in your inbox every morning", "", "", "B")],
        [("Your email address", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("Thrumwick Today is regulated by the Local Publishers' Standards Board.", "", "", "B")],
        [("© 2026 Thrumwick Today Ltd", "", "", "B")],
    ],
    [  # 6. government press briefing transcript: spokesperson and Q: questions from named reporters
        [("Government Information Service", "", "", "B")],
        [("Home  |  Newsroom  |  Briefings  |  Speeches  |  Publications  |  Contact", "", "", "B")],
        [("Newsroom › Briefings › Transcripts", "", "", "B")],
        [("Press briefing by the Chief Government Spokesperson, Annelise Dravitz", "", "", "")],
        [("Tuesday, 17 February 2026", "", "", "B")],
        [("Briefing Room, Government Buildings", "", "", "B")],
        [("11:02 A.M.", "", "", "B")],
        [("This transcript has been lightly edited for readability.", "", "", "B")],
        [("MS. DRAVITZ: Good morning, everybody.", "Annelise Dravitz", "MS. DRAVITZ:", ""),
         ("A few things before I take your questions.", "Annelise Dravitz", "MS. DRAVITZ:", "")],
        [("First, the flooding in the north.", "Annelise Dravitz", "MS. DRAVITZ:", ""),
         ("As of 9 o'clock this morning, 1,140 homes in the Coldbeck valley had been flooded, and 2,300 people were in emergency accommodation.", "Annelise Dravitz", "MS. DRAVITZ:", "W"),
         ("Two people have died.", "Annelise Dravitz", "MS. DRAVITZ:", "W")],
        [("The Prime Minister chaired the emergency committee at 7:30 this morning and has approved £25 million in immediate relief for households and farms.", "Annelise Dravitz", "MS. DRAVITZ:", "W"),
         ("Households whose homes were flooded will be able to claim a first payment of £500 from Friday.", "Annelise Dravitz", "MS. DRAVITZ:", "W")],
        [("Second, the Minister for Energy, Hamish Leadbitter, will announce this afternoon that the cap on household electricity prices will fall by 6 percent from April 1.", "Annelise Dravitz", "MS. DRAVITZ:", "W"),
         ("I'll leave the details to him.", "Annelise Dravitz", "MS. DRAVITZ:", "")],
        [("MS. DRAVITZ: Greta.", "", "", "B")],
        [("Q: Thanks, Annelise.", "", "", ""),
         ("Greta Sørvik, Radio Brackmere.", "", "", ""),
         ("The Coldbeck Valley Flood Group says residents warned the environment agency about the embankment at Nobbs Lock in 2023 and nothing was done.", "The Coldbeck Valley Flood Group", "says", "W"),
         ("Will there be an inquiry?", "", "", "")],
        [("MS. DRAVITZ: I've seen those reports.", "Annelise Dravitz", "MS. DRAVITZ:", ""),
         ("What I can tell you is that the embankment at Nobbs Lock was inspected in October and rated in fair condition.", "Annelise Dravitz", "MS. DRAVITZ:", "W"),
         ("The Environment Minister has asked the agency for a full account by the end of the month, and she will make a statement to parliament next Tuesday.", "Annelise Dravitz", "MS. DRAVITZ:", "W"),
         ("Whether there is an inquiry is a decision for her after that.", "Annelise Dravitz", "MS. DRAVITZ:", "")],
        [("Q: But will there be one?", "", "", "")],
        [("MS. DRAVITZ: I'm not going to get ahead of the minister.", "Annelise Dravitz", "MS. DRAVITZ:", "")],
        [("MS. DRAVITZ: Tomasz.", "", "", "B")],
        [("Q: Tomasz Wierzbowski, Stonebury Morning Post.", "", "", ""),
         ("The leader of the opposition, Cressida Umfreville, said yesterday that the Government had “pocketed” £900 million from January's fuel duty rise.", "Cressida Umfreville", "said", "W"),
         ("Is that right?", "", "", "")],
        [("MS. DRAVITZ: No, it isn't.", "Annelise Dravitz", "MS. DRAVITZ:", ""),
         ("The duty rise brought in £410 million in its first quarter, according to the Treasury's monthly receipts, and every penny of it has gone into the road maintenance fund.", "Annelise Dravitz", "MS. DRAVITZ:", "W"),
         ("The £900 million is a full-year estimate, and it includes VAT.", "Annelise Dravitz", "MS. DRAVITZ:", "W")],
        [("Q: Will the Government publish the full-year figure?", "", "", "")],
        [("MS. DRAVITZ: It will be in the spring fiscal statement on March 24.", "Annelise Dravitz", "MS. DRAVITZ:", "W")],
        [("MS. DRAVITZ: Femi, at the back.", "", "", "B")],
        [("Q: Femi Ogunleye, Wirepoint News.", "", "", ""),
         ("On the rail strike: the Train Crews' Guild says 94 percent of its members voted for further action.", "the Train Crews' Guild", "says", "W"),
         ("Does the Prime Minister have a message for commuters?", "", "", "")],
        [("MS. DRAVITZ: His message is that these strikes are unnecessary and that the offer on the table is a fair one.", "Annelise Dravitz", "MS. DRAVITZ:", ""),
         ("It's 4.5 percent this year and 3 percent next year, the biggest rise for train crews in a decade.", "Annelise Dravitz", "MS. DRAVITZ:", "W"),
         ("We would urge the Guild to put it to its members.", "Annelise Dravitz", "MS. DRAVITZ:", "")],
        [("Q: Annelise, is the Prime Minister going to the cup final on Saturday?", "", "", "")],
        [("MS. DRAVITZ: He has a ticket, and he has a diary, and I'm told the two are in negotiation.", "Annelise Dravitz", "MS. DRAVITZ:", "")],
        [("(Laughter.)", "", "", "B")],
        [("MS. DRAVITZ: Last one.", "", "", "B"),
         ("Valentina.", "", "", "B")],
        [("Q: Valentina Quesada, Westerby Examiner.", "", "", ""),
         ("The Health Minister told a committee last week that waiting lists had fallen for six months in a row.", "The Health Minister", "told a committee", "W"),
         ("The latest figures show they rose in January.", "The latest figures", "show", "W"),
         ("Was she wrong?", "", "", "")],
        [("MS. DRAVITZ: The January figures include a change in how day cases are counted.", "Annelise Dravitz", "MS. DRAVITZ:", "W"),
         ("On the old basis, the list fell again, by about 3,000.", "Annelise Dravitz", "MS. DRAVITZ:", "W")],
        [("The minister will set that out when she publishes the February data next month.", "Annelise Dravitz", "MS. DRAVITZ:", "W")],
        [("MS. DRAVITZ: Thanks, everyone.", "", "", "B")],
        [("END   11:38 A.M.", "", "", "B")],
        [("Related: Flood relief payments and how to claim them", "", "", "B")],
        [("Media enquiries: 020 7946 0931 (24 hours)", "", "", "B")],
        [("Government Information Service   ·   Accessibility   ·   Privacy   ·   Reuse of content", "", "", "B")],
    ],
    [  # 7. televised candidate debate transcript: moderator, two candidates, (CROSSTALK) and (APPLAUSE)
        [("KGWL 5 Greywell", "", "", "B")],
        [("LIVE   News   Weather   Traffic   Elections 2026   Contests", "", "", "B")],
        [("ELECTIONS 2026", "", "", "B")],
        [("Full transcript: Halsgrove, Wrathall meet in only televised debate of Greywell mayoral race", "", "", "W")],
        [("By KGWL Staff", "", "", "B")],
        [("Published: Oct. 16, 2026 at 11:48 PM CDT", "", "", "B")],
        [("Mayor Delphine Halsgrove and City Councilman Marcus Wrathall met Thursday night at the Greywell Civic Theater for the only televised debate before the Nov. 3 election.", "", "", "W"),
         ("KGWL anchor Priya Eskdale moderated.", "", "", "W")],
        [("This transcript was produced by a captioning service and has been lightly edited for clarity.", "", "", "B")],
        [("WATCH: Full debate replay (58:12)", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("MODERATOR PRIYA ESKDALE: Good evening, and welcome to the Greywell Civic Theater.", "", "", "B"),
         ("Each candidate will have 90 seconds to answer and 30 seconds for a rebuttal.", "", "", "B"),
         ("Mayor Halsgrove won the coin toss and will answer first.", "", "", "B")],
        [("(APPLAUSE)", "", "", "B")],
        [("ESKDALE: Mayor, median rent in Greywell has risen 31 percent since you took office in 2022, according to the city's own housing report.", "the city's own housing report", "according to", "W"),
         ("What went wrong?", "", "", "")],
        [("MAYOR DELPHINE HALSGROVE: Thank you, Priya, and thank you all for being here.", "Delphine Halsgrove", "MAYOR DELPHINE HALSGROVE:", ""),
         ("Nothing went wrong with our housing plan.", "Delphine Halsgrove", "MAYOR DELPHINE HALSGROVE:", ""),
         ("Rents rose across the whole region, and in Greywell they rose less than in any city our size in the state.", "Delphine Halsgrove", "MAYOR DELPHINE HALSGROVE:", "W"),
         ("We've permitted 4,800 new homes in four years, more than in the previous eight years combined.", "Delphine Halsgrove", "MAYOR DELPHINE HALSGROVE:", "W")],
        [("And I'm proud of that.", "Delphine Halsgrove", "MAYOR DELPHINE HALSGROVE:", "")],
        [("ESKDALE: Councilman Wrathall.", "", "", "B")],
        [("COUNCILMAN MARCUS WRATHALL: Permitted is not built.", "Marcus Wrathall", "COUNCILMAN MARCUS WRATHALL:", ""),
         ("Of those 4,800 homes, fewer than 1,300 have been finished, and the mayor knows it.", "Marcus Wrathall", "COUNCILMAN MARCUS WRATHALL:", "W"),
         ("I'd cut the permit backlog in half in my first year.", "Marcus Wrathall", "COUNCILMAN MARCUS WRATHALL:", "")],
        [("HALSGROVE: That number leaves out —", "Delphine Halsgrove", "HALSGROVE:", "")],
        [("(CROSSTALK)", "", "", "B")],
        [("ESKDALE: Mayor, you'll have your rebuttal.", "", "", "B")],
        [("WRATHALL: It leaves out nothing.", "Marcus Wrathall", "WRATHALL:", ""),
         ("It's from your own planning department's quarterly report.", "Marcus Wrathall", "WRATHALL:", "W")],
        [("ESKDALE: Let's turn to public safety.", "", "", "B"),
         ("Police Chief Renata Kilgour told the City Council in August that her department is 64 officers short.", "Renata Kilgour", "told the City Council", "W"),
         ("Councilman, you want to hire 120 more.", "", "", "W"),
         ("How would you pay for them?", "", "", "")],
        [("WRATHALL: Every officer costs the city about $98,000 a year with benefits.", "Marcus Wrathall", "WRATHALL:", "W"),
         ("I'd pay for them by cutting the $6 million this mayor spends on outside consultants.", "Marcus Wrathall", "WRATHALL:", "W")],
        [("HALSGROVE: Six million dollars?", "Delphine Halsgrove", "HALSGROVE:", ""),
         ("That's the entire consulting budget for every department, including the engineers who inspect our bridges.", "Delphine Halsgrove", "HALSGROVE:", "W")],
        [("(APPLAUSE)", "", "", "B")],
        [("ESKDALE: Please, we've asked the audience to hold its applause.", "", "", "B")],
        [("HALSGROVE: Violent crime in Greywell fell 12 percent last year, and homicides were the lowest since 2009.", "Delphine Halsgrove", "HALSGROVE:", "W"),
         ("I'm not going to apologize for that record.", "Delphine Halsgrove", "HALSGROVE:", "")],
        [("WRATHALL: Tell that to the families on Shackleton Avenue.", "Marcus Wrathall", "WRATHALL:", ""),
         ("There have been three shootings on that block since June.", "Marcus Wrathall", "WRATHALL:", "W")],
        [("ESKDALE: Mayor, your opponent's latest TV ad says you “doubled the city's debt.”", "your opponent's latest TV ad", "says", "W"),
         ("Did you?", "", "", "")],
        [("HALSGROVE: No.", "Delphine Halsgrove", "HALSGROVE:", "W"),
         ("The city's debt went from $410 million to $530 million, and most of that is the new water treatment plant that voters approved in 2023.", "Delphine Halsgrove", "HALSGROVE:", "W"),
         ("My opponent voted for that plant.", "Delphine Halsgrove", "HALSGROVE:", "W")],
        [("WRATHALL: I voted for a plant that was supposed to cost $90 million.", "Marcus Wrathall", "WRATHALL:", "W"),
         ("It came in at $140 million.", "Marcus Wrathall", "WRATHALL:", "W")],
        [("ESKDALE: Our next question comes from a viewer, Dolores Ingold of Southside, who asks: “Will either of you promise not to raise my property taxes?”", "Dolores Ingold", "asks", "")],
        [("WRATHALL: Yes.", "Marcus Wrathall", "WRATHALL:", ""),
         ("I will not raise the property tax rate, period.", "Marcus Wrathall", "WRATHALL:", "")],
        [("HALSGROVE: I haven't raised it in four years, and I won't raise it next year.", "Delphine Halsgrove", "HALSGROVE:", "W")],
        [("But the state cut our funding by $11 million in 2024, and I won't make promises I can't keep.", "Delphine Halsgrove", "HALSGROVE:", "W")],
        [("WRATHALL: She said the same thing in 2022, and then —", "Marcus Wrathall", "WRATHALL:", "")],
        [("(CROSSTALK)", "", "", "B")],
        [("ESKDALE: We're going to have to move on.", "", "", "B"),
         ("That brings us to closing statements.", "", "", "B"),
         ("Councilman Wrathall, you have one minute.", "", "", "B")],
        [("WRATHALL: I grew up on the east side of this city.", "Marcus Wrathall", "WRATHALL:", ""),
         ("My father drove a city bus for 31 years.", "Marcus Wrathall", "WRATHALL:", ""),
         ("Greywell deserves a mayor who finishes what she starts, and I'm asking for your vote on Nov. 3.", "Marcus Wrathall", "WRATHALL:", "")],
        [("ESKDALE: Mayor Halsgrove.", "", "", "B")],
        [("HALSGROVE: Four years ago, Greywell had the highest unemployment rate in the county.", "Delphine Halsgrove", "HALSGROVE:", "W"),
         ("Today it has the lowest.", "Delphine Halsgrove", "HALSGROVE:", "W"),
         ("We've got more to do, and I'd be honored to keep doing it.", "Delphine Halsgrove", "HALSGROVE:", "")],
        [("ESKDALE: Thank you both.", "", "", "B"),
         ("Election Day is Tuesday, Nov. 3, and early voting begins Monday.", "", "", "W"),
         ("Good night.", "", "", "B")],
        [("(APPLAUSE)", "", "", "B")],
        [("(END)", "", "", "B")],
        [("Related: Where Halsgrove and Wrathall stand on six key issues", "", "", "B")],
        [("Voter guide: What's on your Greywell ballot", "", "", "B")],
        [("Copyright 2026 KGWL-TV.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Do Not Sell or Share My Personal Information", "", "", "B")],
    ],
    [  # 8. annotated speech: a minister's conference speech with the newsroom's fact-check notes between passages
        [("The Fenmouth Tribune", "", "", "B")],
        [("Politics   Economy   World   Opinion   Data   Newsletters   Subscribe", "", "", "B")],
        [("ANNOTATED", "", "", "B")],
        [("What the housing minister said, and what she left out", "", "", "")],
        [("We checked the key claims in Rowena Bascombe's speech to the Homebuilders' Federation conference in Dunsmore on Thursday", "", "", "")],
        [("By Lucan Tidmarsh, political correspondent, and Noor Hovannisyan, data reporter", "", "", "B")],
        [("Thu 23 Apr 2026 17.40 BST", "", "", "B")],
        [("How to read this: the minister's words appear in plain text, as delivered.", "", "", "B"),
         ("Our notes follow each passage, marked NOTE, with a verdict where a claim can be checked.", "", "", "B")],
        [("Thank you, Chair, and thank you all for having me back in Dunsmore.", "Rowena Bascombe", "said", "")],
        [("When I stood on this stage a year ago, I made you a promise: that this government would get the country building again.", "Rowena Bascombe", "said", ""),
         ("Twelve months on, I can tell you we have kept it.", "Rowena Bascombe", "said", "")],
        [("Last year, 214,000 new homes were completed, the highest number in 16 years.", "Rowena Bascombe", "said", "W"),
         ("And planning approvals are up by a fifth.", "Rowena Bascombe", "said", "W")],
        [("NOTE", "", "", "B")],
        [("Verdict: Accurate", "", "", "B")],
        [("Official figures for the year to March show 214,300 completions, the most since 2010.", "Official figures for the year to March", "show", "W"),
         ("Approvals rose by 19%.", "", "", "W")],
        [("But most of the homes finished last year were approved before Ms Bascombe became minister in 2024, and some before 2020.", "", "", "W")],
        [("— Noor Hovannisyan", "", "", "B")],
        [("We have kept our word to first-time buyers, too.", "Rowena Bascombe", "said", ""),
         ("The Starter Key scheme has helped 38,000 young families on to the housing ladder since it opened.", "Rowena Bascombe", "said", "W")],
        [("NOTE", "", "", "B")],
        [("Verdict: Needs context", "", "", "B")],
        [("The 38,000 figure counts every purchase made under the scheme, according to the housing ministry's own statistics release.", "the housing ministry's own statistics release", "according to", "W"),
         ("About a third of those buyers were over 40, and half had no children, so “young families” is a stretch.", "", "", "W")],
        [("— Lucan Tidmarsh", "", "", "B")],
        [("Some people tell me the planning system is broken.", "Rowena Bascombe", "said", ""),
         ("I say it is slow, and slow we can fix.", "Rowena Bascombe", "said", "")],
        [("So today I can announce that from July, any application for fewer than 50 homes that has not been decided within 13 weeks will be approved automatically.", "Rowena Bascombe", "said", "W")],
        [("(Applause)", "", "", "B")],
        [("NOTE", "", "", "B")],
        [("This policy is new and was not in the government's housing plan published in January.", "", "", "W")],
        [("Within an hour, the Local Authorities Association said it would “turn planning into a stopwatch” and leave councils open to legal challenges.", "the Local Authorities Association", "said", "")],
        [("— Lucan Tidmarsh", "", "", "B")],
        [("And let me say a word about the people in this room.", "Rowena Bascombe", "said", ""),
         ("You have been blamed for everything from the weather to the price of bread.", "Rowena Bascombe", "said", "")],
        [("The truth is that builders in this country are not sitting on land.", "Rowena Bascombe", "said", "W"),
         ("Nine in ten plots with planning permission are built out within five years.", "Rowena Bascombe", "said", "W")],
        [("NOTE", "", "", "B")],
        [("Verdict: Misleading", "", "", "B")],
        [("The nine-in-ten figure comes from a 2023 study paid for by the Homebuilders' Federation itself, which counted only sites of fewer than 100 homes.", "", "", "W")],
        [("An independent review for the Treasury last year found that on large sites it took an average of 8.4 years to build every home that had permission.", "An independent review for the Treasury last year", "found", "W")],
        [("— Noor Hovannisyan", "", "", "B")],
        [("I won't pretend every problem is solved.", "Rowena Bascombe", "said", ""),
         ("Rents are still too high, and too many families are still in temporary accommodation.", "Rowena Bascombe", "said", ""),
         ("But for the first time in a generation, we are going in the right direction.", "Rowena Bascombe", "said", ""),
         ("Thank you.", "Rowena Bascombe", "said", "")],
        [("NOTE", "", "", "B")],
        [("The minister did not mention that the number of households in temporary accommodation reached a record 117,000 in December.", "", "", "W")],
        [("— Lucan Tidmarsh", "", "", "B")],
        [("The full text of the speech is published on the housing ministry's website.", "", "", "B")],
        [("Spotted a claim you think we should check?", "", "", "B"),
         ("Email factcheck@fenmouthtribune.example.", "", "", "B")],
        [("More annotated speeches", "", "", "B")],
        [("The chancellor's spring statement, checked line by line", "", "", "B")],
        [("What the opposition leader got right and wrong at conference", "", "", "B")],
        [("© Fenmouth Tribune Ltd 2026", "", "", "B")],
    ],
    [  # 9. parliament committee hearing record: chair, witnesses with titles, members' questions
        [("Go to content", "", "", "B")],
        [("Committees · Parliament", "", "", "B")],
        [("Home › Committees › Transport and Infrastructure Committee › Oral evidence", "", "", "B")],
        [("Transport and Infrastructure Committee", "", "", "B")],
        [("Oral evidence: Winter timetable disruption", "", "", "")],
        [("HC 412", "", "", "B")],
        [("Tuesday 20 January 2026", "", "", "B")],
        [("Watch this session", "", "", "B")],
        [("Members present: Gerald Tankard (Chair); Ruth Falconetti; Osian Mainwaring; Beatrix Culshaw.", "", "", "")],
        [("Questions 1 - 38", "", "", "B")],
        [("Witnesses: Dr Saskia Rowbotham, Chief Executive, Corriemoor Rail; Declan Wigglesworth, Director of Timetabling, National Track Authority; and Hana Tamura, Chair, Rail Passengers' Council.", "", "", "")],
        [("Examination of witnesses", "", "", "B")],
        [("Q1 Chair: Good morning, and welcome.", "", "", "B"),
         ("Thank you for coming at short notice.", "", "", "B"),
         ("Dr Rowbotham, between 14 December and 9 January, Corriemoor Rail cancelled 8,412 trains, about one in six of those it was timetabled to run.", "Gerald Tankard", "Chair:", "W"),
         ("What went wrong?", "Gerald Tankard", "Chair:", "")],
        [("Dr Rowbotham: First, I want to apologise to every passenger whose journey was disrupted.", "Saskia Rowbotham", "Dr Rowbotham:", ""),
         ("The main cause was a shortage of drivers.", "Saskia Rowbotham", "Dr Rowbotham:", "W"),
         ("We went into December with 86 fewer qualified drivers than we needed, because training was paused for five months during the pandemic and the backlog has not cleared.", "Saskia Rowbotham", "Dr Rowbotham:", "W")],
        [("Q2 Chair: You told this Committee in June that the backlog would be cleared by the autumn.", "Gerald Tankard", "Chair:", "W")],
        [("Dr Rowbotham: I did, and I was wrong.", "Saskia Rowbotham", "Dr Rowbotham:", ""),
         ("The examining body could test only 40 candidates a month, not the 70 we had planned for.", "Saskia Rowbotham", "Dr Rowbotham:", "W")],
        [("Q3 Beatrix Culshaw: The Rail Passengers' Council says complaints about Corriemoor Rail tripled over Christmas.", "Beatrix Culshaw", "Beatrix Culshaw:", "W"),
         ("Ms Tamura, is that right?", "Beatrix Culshaw", "Beatrix Culshaw:", "")],
        [("Hana Tamura: It is.", "Hana Tamura", "Hana Tamura:", "W"),
         ("We received 12,700 complaints in December, against 4,100 in November.", "Hana Tamura", "Hana Tamura:", "W"),
         ("Many came from people who had been left on platforms at night with no information at all.", "Hana Tamura", "Hana Tamura:", "")],
        [("One passenger told us she waited four hours at Yardy Junction with a six-month-old baby.", "Hana Tamura", "Hana Tamura:", "")],
        [("Q4 Beatrix Culshaw: Mr Wigglesworth, was the timetable itself realistic?", "Beatrix Culshaw", "Beatrix Culshaw:", "")],
        [("Declan Wigglesworth: With hindsight, no.", "Declan Wigglesworth", "Declan Wigglesworth:", ""),
         ("The December timetable added 340 weekly services on the Corriemoor routes, and it was approved on the basis of the operator's driver numbers at the time.", "Declan Wigglesworth", "Declan Wigglesworth:", "W")],
        [("We did not stress-test those numbers, and we should have.", "Declan Wigglesworth", "Declan Wigglesworth:", ""),
         ("We have since changed the process, so that any timetable change of more than 5% needs a resourcing review signed off by my office.", "Declan Wigglesworth", "Declan Wigglesworth:", "W")],
        [("Q5 Osian Mainwaring: Can I press you on that?", "Osian Mainwaring", "Osian Mainwaring:", ""),
         ("When was that change made?", "Osian Mainwaring", "Osian Mainwaring:", "")],
        [("Declan Wigglesworth: On 12 January.", "Declan Wigglesworth", "Declan Wigglesworth:", "W")],
        [("Q6 Osian Mainwaring: So after the disruption, not before it.", "Osian Mainwaring", "Osian Mainwaring:", "")],
        [("Declan Wigglesworth: Yes.", "Declan Wigglesworth", "Declan Wigglesworth:", "W")],
        [("Q7 Ruth Falconetti: Dr Rowbotham, your company paid its shareholders a dividend of £22 million in September.", "Ruth Falconetti", "Ruth Falconetti:", "W"),
         ("Would that money not have been better spent on training drivers?", "Ruth Falconetti", "Ruth Falconetti:", "")],
        [("Dr Rowbotham: The dividend was paid from the previous year's profits, under a contract the Department agreed.", "Saskia Rowbotham", "Dr Rowbotham:", "W"),
         ("Driver training is funded separately, and we have increased that budget by 30% this year.", "Saskia Rowbotham", "Dr Rowbotham:", "W")],
        [("Q8 Ruth Falconetti: That wasn't my question.", "Ruth Falconetti", "Ruth Falconetti:", "")],
        [("Chair: Order.", "", "", "B"),
         ("Let the witness answer.", "", "", "B")],
        [("Dr Rowbotham: I understand the anger.", "Saskia Rowbotham", "Dr Rowbotham:", ""),
         ("But I don't accept that the dividend caused the cancellations.", "Saskia Rowbotham", "Dr Rowbotham:", "")],
        [("Q9 Chair: A final question from me.", "", "", "B"),
         ("Will services be back to normal by the May timetable change?", "Gerald Tankard", "Chair:", "")],
        [("Dr Rowbotham: We expect to have 60 more drivers qualified by the end of April.", "Saskia Rowbotham", "Dr Rowbotham:", ""),
         ("I will write to the Committee with the figures every month until then.", "Saskia Rowbotham", "Dr Rowbotham:", "W")],
        [("Chair: Thank you.", "", "", "B"),
         ("We will be watching those figures closely.", "Gerald Tankard", "Chair:", "")],
        [("This is an uncorrected transcript of evidence.", "", "", "B"),
         ("Neither witnesses nor Members have had the opportunity to correct the record.", "", "", "B"),
         ("It is not yet an approved formal record of these proceedings.", "", "", "B")],
        [("Written evidence from Corriemoor Rail (WTD0017)", "", "", "B")],
        [("Committee news", "", "", "B")],
        [("Contact the Committee: transcom@parliament.example", "", "", "B")],
        [("© Parliamentary copyright 2026", "", "", "B")],
    ],
    [  # 10. magazine Q&A interview with a scientist: interviewer's and interviewee's initials as labels
        [("FIELD & LATTICE", "", "", "B")],
        [("Magazine | Science | Environment | Ideas | Podcasts | Subscribe", "", "", "B")],
        [("THE INTERVIEW", "", "", "B")],
        [("Haruka Ishikawa: ‘We farm on top of a living city and treat it like dirt’", "Haruka Ishikawa", "Haruka Ishikawa:", "")],
        [("The soil microbiologist has spent 20 years counting the life beneath our feet.", "", "", "W"),
         ("She talks to Mila Jovanovska about fungi, fertiliser and why she is still hopeful", "", "", "")],
        [("Issue 58 · Spring 2026 · 9 min read", "", "", "B")],
        [("Haruka Ishikawa in the long-term trial plots at the Hepplewhite research farm.", "", "", "")],
        [("Photograph: Luca Zanetti for Field & Lattice", "", "", "B")],
        [("Haruka Ishikawa is professor of soil ecology at the University of Dinsdale, where she runs one of the world's longest-running experiments on how farming changes the life in soil.", "", "", "W"),
         ("Her book, The Underground Parliament, comes out next month.", "", "", "W")],
        [("This conversation has been condensed and edited.", "", "", "B")],
        [("MJ: You once wrote that a teaspoon of healthy soil holds more living things than there are people on Earth.", "Haruka Ishikawa", "wrote", "W"),
         ("Is that still true?", "", "", "")],
        [("HI: It is, comfortably.", "Haruka Ishikawa", "HI:", "W"),
         ("A teaspoon holds perhaps a billion bacteria, and several kilometres of fungal threads.", "Haruka Ishikawa", "HI:", "W"),
         ("I used to say it to shock people.", "Haruka Ishikawa", "HI:", ""),
         ("Now I say it because nobody believes me.", "Haruka Ishikawa", "HI:", "")],
        [("MJ: What has your trial found?", "", "", "")],
        [("HI: We have two sets of plots that have been farmed side by side since 1968.", "Haruka Ishikawa", "HI:", "W"),
         ("One has had only mineral fertiliser; the other has had manure and a clover rotation.", "Haruka Ishikawa", "HI:", "W"),
         ("After 58 years, the manured plots hold about 40% more microbial biomass.", "Haruka Ishikawa", "HI:", "W")],
        [("That sounds like a farming story, and it is.", "Haruka Ishikawa", "HI:", ""),
         ("But it is also a climate story, because those microbes lock carbon into the soil.", "Haruka Ishikawa", "HI:", "W")],
        [("MJ: The fertiliser industry says yields on the mineral plots are just as high.", "The fertiliser industry", "says", "W")],
        [("HI: In our trial they are slightly higher, by about 6%.", "Haruka Ishikawa", "HI:", "W"),
         ("Nobody disputes that.", "Haruka Ishikawa", "HI:", ""),
         ("The question is what it costs you over 50 years.", "Haruka Ishikawa", "HI:", "")],
        [("MJ: Étienne Lemaire of the National Crop Institute has called your figures “cherry-picked”.", "Étienne Lemaire", "has called", ""),
         ("How do you answer that?", "", "", "")],
        [("HI: Étienne is a friend, and he is wrong about this.", "Haruka Ishikawa", "HI:", ""),
         ("Our data are published in full, every plot for every year since 1968, and anyone can download them.", "Haruka Ishikawa", "HI:", "W")],
        [("MJ: What keeps you hopeful?", "", "", "")],
        [("HI: Young farmers.", "Haruka Ishikawa", "HI:", ""),
         ("When I started giving talks, I was pleased if ten people came to a village hall.", "Haruka Ishikawa", "HI:", ""),
         ("Last winter 600 came to a talk I gave in a cattle market.", "Haruka Ishikawa", "HI:", "W")],
        [("MJ: Last question.", "", "", ""),
         ("What should a gardener do?", "", "", "")],
        [("HI: Stop digging.", "Haruka Ishikawa", "HI:", ""),
         ("Every time you turn the soil over, you tear up the fungal networks.", "Haruka Ishikawa", "HI:", "W"),
         ("Put compost on top and let the worms do the work.", "Haruka Ishikawa", "HI:", "")],
        [("The Underground Parliament by Haruka Ishikawa is published by Lowwater Books on 2 April, £20.", "", "", "B")],
        [("This interview appears in Issue 58 of Field & Lattice.", "", "", "B"),
         ("Subscribe from £6 a month.", "", "", "B")],
        [("More interviews", "", "", "B")],
        [("The ornithologist who counts swifts from a church tower", "", "", "B")],
        [("‘Rivers remember everything’: a hydrologist on floods", "", "", "B")],
        [("Field & Lattice is published by Lattice Media Ltd.", "", "", "B"),
         ("© 2026", "", "", "B")],
    ],
    [  # 11. think-tank report summary page: key findings bullets, methodology note, download links
        [("The Lanternhill Institute", "", "", "B")],
        [("Research   Events   Commentary   About   Support us", "", "", "B")],
        [("Research › Families and work", "", "", "B")],
        [("REPORT", "", "", "B")],
        [("The Nursery Squeeze: childcare costs and mothers' work in 2026", "", "", "")],
        [("Irina Sokolova and Patrick Juxon | 9 February 2026 | 64 pages", "", "", "B")],
        [("Download the full report (PDF, 2.8 MB)", "", "", "B")],
        [("Download the summary (PDF, 410 KB)", "", "", "B")],
        [("Download the data tables (XLSX, 96 KB)", "", "", "B")],
        [("Summary", "", "", "B")],
        [("Full-time nursery care for a child under two now costs an average of £1,180 a month, our new research finds, up 28% since 2022.", "our new research", "finds", "W"),
         ("For a parent on median earnings, that is 61% of take-home pay.", "", "", "W")],
        [("The report finds that one in four mothers of under-threes who left paid work in the past two years did so mainly because of the cost of childcare.", "The report", "finds", "W")],
        [("It argues that the government's offer of free hours, extended to nine-month-olds last September, has not kept pace with what nurseries charge.", "The report", "argues", "W")],
        [("Key findings", "", "", "B")],
        [("• Average monthly cost of full-time nursery care for an under-two: £1,180 (2022: £922)", "", "", "W")],
        [("• Rate paid to nurseries per funded hour: £7.40, against an average cost of delivery of £9.15", "", "", "W")],
        [("• Mothers of under-threes in paid work: 68%, down from 71% in 2023", "", "", "W")],
        [("• 1,340 nurseries closed in the year to August 2025, the most since records began in 2015", "", "", "W")],
        [("• Families in the poorest fifth of areas are twice as likely as those in the richest fifth to live more than 3 km from a nursery with places", "", "", "W")],
        [("What we recommend", "", "", "")],
        [("• Raise the funding rate for free hours to at least the average cost of delivery", "", "", "")],
        [("• Pay nurseries monthly in advance, not termly in arrears", "", "", "")],
        [("• Publish nursery closures and vacancies area by area every quarter", "", "", "")],
        [("Irina Sokolova, the report's lead author, said:", "Irina Sokolova", "said", "")],
        [("“Every month we wait, roughly another hundred nurseries close.", "Irina Sokolova", "said", "W"),
         ("Parents can't wait for the next spending review.”", "Irina Sokolova", "said", "")],
        [("Methodology", "", "", "B")],
        [("This report draws on a survey of 2,104 parents of children under five, carried out online by Pollwise between 3 and 21 November 2025.", "", "", "B"),
         ("Results are weighted to be representative of parents by region, income and ethnicity.", "", "", "B"),
         ("Nursery prices come from the institute's annual survey of 1,180 settings, and closures from the regulator's register.", "", "", "B")],
        [("About the authors", "", "", "B")],
        [("Irina Sokolova is director of research at the Lanternhill Institute.", "", "", "B"),
         ("Patrick Juxon is a senior economist in its families team.", "", "", "B")],
        [("Media enquiries: press@lanternhill.example · 020 7946 0412", "", "", "B")],
        [("Cite as: Sokolova, I. and Juxon, P. (2026) The Nursery Squeeze. London: Lanternhill Institute.", "", "", "B")],
        [("This research was funded by the Fosterling Family Trust.", "", "", "B")],
        [("Related research", "", "", "B")],
        [("Who cares? The childminder exodus, 2019-2025", "", "", "B")],
        [("Working late: shift patterns and school-age childcare", "", "", "B")],
        [("The Lanternhill Institute is an independent charity, registered no. 1184206.", "", "", "B")],
        [("Get our research in your inbox", "", "", "B")],
        [("Email", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("We use cookies to understand how visitors use this site.", "", "", "B")],
        [("Accept", "", "", "B")],
        [("Decline", "", "", "B")],
    ],
    [  # 12. radio show's web transcript: host, caller and guest
        [("Heronsgate Radio", "", "", "B")],
        [("▶ Listen live   ·   Schedule   ·   Presenters   ·   Podcasts   ·   News   ·   Travel", "", "", "B")],
        [("Drivetime with Gus Trevannick", "", "", "B")],
        [("Potholes: who pays when the roads break your car?", "", "", "")],
        [("Broadcast Tuesday 10 March 2026, 5pm   ·   Listen again ▶ 42:17", "", "", "B")],
        [("This is an edited transcript of the phone-in part of the programme.", "", "", "B"),
         ("It was made automatically and checked by our producers, so it may contain errors.", "", "", "B")],
        [("GUS TREVANNICK, HOST: It's ten past five, and if you drove anywhere today, the chances are you hit one.", "", "", "")],
        [("The county council's own figures say 18,600 potholes were reported in January alone, twice as many as in January last year.", "The county council's own figures", "say", "W")],
        [("With me in the studio is Fenella Kitching, the county's cabinet member for highways.", "", "", "B"),
         ("And on the line we've got Maureen in Brookbank.", "", "", "B"),
         ("Maureen, go ahead.", "", "", "B")],
        [("MAUREEN, CALLER FROM BROOKBANK: Hello, Gus.", "Maureen", "MAUREEN, CALLER FROM BROOKBANK:", ""),
         ("I've lived in Brookbank for 40 years, and I've never seen the roads like this.", "Maureen", "MAUREEN, CALLER FROM BROOKBANK:", ""),
         ("Last month I burst a tyre on the hill by the primary school, and it cost me £165.", "Maureen", "MAUREEN, CALLER FROM BROOKBANK:", "")],
        [("I reported that hole to the council in November and it's still there.", "Maureen", "MAUREEN, CALLER FROM BROOKBANK:", "W"),
         ("Why are we paying council tax?", "Maureen", "MAUREEN, CALLER FROM BROOKBANK:", "")],
        [("TREVANNICK: Councillor?", "", "", "B")],
        [("FENELLA KITCHING, CABINET MEMBER FOR HIGHWAYS: Maureen, I'm sorry about your tyre, I really am.", "Fenella Kitching", "FENELLA KITCHING, CABINET MEMBER FOR HIGHWAYS:", ""),
         ("We've just had the wettest winter in this county since records began, and when water gets into cracks and freezes, the surface breaks up.", "Fenella Kitching", "FENELLA KITCHING, CABINET MEMBER FOR HIGHWAYS:", "W"),
         ("Our crews filled 11,400 potholes between December and February, more than in the whole of last year.", "Fenella Kitching", "FENELLA KITCHING, CABINET MEMBER FOR HIGHWAYS:", "W")],
        [("And we've had an extra £2.5 million from the government this year, which is going straight into resurfacing.", "Fenella Kitching", "FENELLA KITCHING, CABINET MEMBER FOR HIGHWAYS:", "W")],
        [("TREVANNICK: But your own cabinet cut the roads budget by £4 million two years ago.", "", "", "W"),
         ("Isn't this the result?", "", "", "")],
        [("KITCHING: No, I don't accept that.", "Fenella Kitching", "KITCHING:", ""),
         ("The cut you're talking about was to street lighting and verge cutting, not to carriageway repairs.", "Fenella Kitching", "KITCHING:", "W")],
        [("MAUREEN: Can I come back on that, Gus?", "Maureen", "MAUREEN:", ""),
         ("My neighbour claimed for a wheel and they turned him down.", "Maureen", "MAUREEN:", ""),
         ("They told him the hole wasn't deep enough.", "Maureen", "MAUREEN:", "")],
        [("TREVANNICK: Councillor, how deep does a pothole have to be before you'll pay out?", "", "", "")],
        [("KITCHING: On main roads we repair anything deeper than 40 millimetres within 24 hours of it being reported, and on side roads within 28 days.", "Fenella Kitching", "KITCHING:", "W"),
         ("Claims are judged against that standard.", "Fenella Kitching", "KITCHING:", "W"),
         ("If a hole hadn't been reported, or we'd inspected the road on schedule, the law says we aren't liable.", "Fenella Kitching", "KITCHING:", "W")],
        [("TREVANNICK: Dev in Catchpole texts: “Fix the roads before you paint any more cycle lanes.”", "Dev", "texts", ""),
         ("And Councillor, you're up for re-election in May.", "", "", "W"),
         ("Will the roads be fixed by then?", "", "", "")],
        [("KITCHING: I'm not going to promise something I can't deliver.", "Fenella Kitching", "KITCHING:", ""),
         ("What I will say is that every A-road in the county will have been inspected by the end of April.", "Fenella Kitching", "KITCHING:", "W")],
        [("TREVANNICK: Fenella Kitching, thank you.", "", "", "B"),
         ("Maureen, thanks for your call.", "", "", "B")],
        [("After the news: parking charges at Brookbank station, and are they about to double?", "", "", "B")],
        [("[NEWS]", "", "", "B")],
        [("Hit a pothole?", "", "", "B"),
         ("Text us on 84142 or call 0800 555 0142 while we're on air.", "", "", "B")],
        [("More from Drivetime", "", "", "B")],
        [("Monday: The school run and the 20mph question", "", "", "B")],
        [("Friday: Your bus stories", "", "", "B")],
        [("Heronsgate Radio is part of Cobblestone Broadcasting Ltd.", "", "", "B")],
        [("© 2026 Cobblestone Broadcasting   ·   Privacy   ·   Terms", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    # --- op-eds and editorials: two-sentence headline and dek, a.m. and Mr, No. in a registration line --
    ("n27-two-sentence-head-and-dek", "Patients are waiting in ambulances outside our hospital for hours. It doesn't have to be this way\nOrrinsford lost more than 6,200 ambulance hours to handover delays this winter. A doctor who works at the end of the queue says the fix is beds, not blame",
     ["Patients are waiting in ambulances outside our hospital for hours.", "It doesn't have to be this way", "Orrinsford lost more than 6,200 ambulance hours to handover delays this winter.", "A doctor who works at the end of the queue says the fix is beds, not blame"]),
    ("n27-am-and-mr", "At 2 a.m. on a Tuesday in January, I walked out of our emergency department and into the ambulance bay. I do not doubt Mr Rigsby's good intentions.",
     ["At 2 a.m. on a Tuesday in January, I walked out of our emergency department and into the ambulance bay.", "I do not doubt Mr Rigsby's good intentions."]),
    ("n27-registered-no", "Tannerton Beacon Ltd, Beacon House, Mill Street, Tannerton. Registered in England No. 04418827.\nPrivacy policy · Cookie policy · Terms of use",
     ["Tannerton Beacon Ltd, Beacon House, Mill Street, Tannerton.", "Registered in England No. 04418827.", "Privacy policy · Cookie policy · Terms of use"]),
    # --- letters: a question before a glued signature line, then the next headline --------------------
    ("n27-signature-line", "Who decided that was a good use of our money?\nWinifred Gadsby, Dunmerrow\nBin collections: the sums do not add up",
     ["Who decided that was a good use of our money?", "Winifred Gadsby, Dunmerrow", "Bin collections: the sums do not add up"]),
    # --- data pages: chart title, subtitle, legend, data lines, source and credit ----------------------
    ("n27-chart-lines", "Rents have risen more than twice as fast as pay\nPercentage change since 2019, Kingsmere\n■ Median two-bed rent   ■ Median full-time pay\n2019   0%   0%\n2021   +9%   +6%\nSource: Chronicle analysis of Lettingstream listings; national earnings survey\nChart: Teodora Brzezicka / Kingsmere Chronicle",
     ["Rents have risen more than twice as fast as pay", "Percentage change since 2019, Kingsmere", "■ Median two-bed rent   ■ Median full-time pay", "2019   0%   0%", "2021   +9%   +6%", "Source: Chronicle analysis of Lettingstream listings; national earnings survey", "Chart: Teodora Brzezicka / Kingsmere Chronicle"]),
    # --- explainers: question subheads, a.m. and p.m. mid-sentence, a one-word answer ------------------
    ("n27-question-subheads", "What is a congestion charge?\nIt is a daily fee for driving a vehicle inside a marked zone during set hours. The idea is to cut traffic and raise money for public transport.\nWhere is the zone?",
     ["What is a congestion charge?", "It is a daily fee for driving a vehicle inside a marked zone during set hours.", "The idea is to cut traffic and raise money for public transport.", "Where is the zone?"]),
    ("n27-am-pm-mid-sentence", "Drivers of cars and vans will pay £7 for each day they enter the zone between 7 a.m. and 7 p.m., Monday to Saturday. Lorries and coaches will pay £20.",
     ["Drivers of cars and vans will pay £7 for each day they enter the zone between 7 a.m. and 7 p.m., Monday to Saturday.", "Lorries and coaches will pay £20."]),
    ("n27-yes-answer", "Can I appeal a fine?\nYes. Appeals must be made within 28 days of the date on the penalty notice. You can find the form on the council's website.",
     ["Can I appeal a fine?", "Yes.", "Appeals must be made within 28 days of the date on the penalty notice.", "You can find the form on the council's website."]),
    # --- briefings: MS. labels, Q: turns with a self-identification, (Laughter.) ------------------------
    ("n27-ms-label-q-turn", "MS. DRAVITZ: Greta.\nQ: Thanks, Annelise. Greta Sørvik, Radio Brackmere. The Coldbeck Valley Flood Group says residents warned the environment agency about the embankment at Nobbs Lock in 2023 and nothing was done. Will there be an inquiry?",
     ["MS. DRAVITZ: Greta.", "Q: Thanks, Annelise.", "Greta Sørvik, Radio Brackmere.", "The Coldbeck Valley Flood Group says residents warned the environment agency about the embankment at Nobbs Lock in 2023 and nothing was done.", "Will there be an inquiry?"]),
    ("n27-laughter-last-one", "MS. DRAVITZ: He has a ticket, and he has a diary, and I'm told the two are in negotiation.\n(Laughter.)\nMS. DRAVITZ: Last one. Valentina.\nQ: Valentina Quesada, Westerby Examiner.",
     ["MS. DRAVITZ: He has a ticket, and he has a diary, and I'm told the two are in negotiation.", "(Laughter.)", "MS. DRAVITZ: Last one.", "Valentina.", "Q: Valentina Quesada, Westerby Examiner."]),
    # --- debates: a sentence cut off by crosstalk, a full stop inside a quote, a question inside a quote --
    ("n27-crosstalk-dash", "HALSGROVE: That number leaves out —\n(CROSSTALK)\nESKDALE: Mayor, you'll have your rebuttal.",
     ["HALSGROVE: That number leaves out —", "(CROSSTALK)", "ESKDALE: Mayor, you'll have your rebuttal."]),
    ("n27-period-inside-quote", "ESKDALE: Mayor, your opponent's latest TV ad says you “doubled the city's debt.” Did you?\nHALSGROVE: No. The city's debt went from $410 million to $530 million, and most of that is the new water treatment plant that voters approved in 2023.",
     ["ESKDALE: Mayor, your opponent's latest TV ad says you “doubled the city's debt.”", "Did you?", "HALSGROVE: No.", "The city's debt went from $410 million to $530 million, and most of that is the new water treatment plant that voters approved in 2023."]),
    ("n27-viewer-asks", "ESKDALE: Our next question comes from a viewer, Dolores Ingold of Southside, who asks: “Will either of you promise not to raise my property taxes?”\nWRATHALL: Yes. I will not raise the property tax rate, period.",
     ["ESKDALE: Our next question comes from a viewer, Dolores Ingold of Southside, who asks: “Will either of you promise not to raise my property taxes?”", "WRATHALL: Yes.", "I will not raise the property tax rate, period."]),
    # --- annotated speeches: an applause cue, a NOTE heading, a verdict line, a sign-off ----------------
    ("n27-applause-note", "So today I can announce that from July, any application for fewer than 50 homes that has not been decided within 13 weeks will be approved automatically.\n(Applause)\nNOTE\nThis policy is new and was not in the government's housing plan published in January.\n— Lucan Tidmarsh",
     ["So today I can announce that from July, any application for fewer than 50 homes that has not been decided within 13 weeks will be approved automatically.", "(Applause)", "NOTE", "This policy is new and was not in the government's housing plan published in January.", "— Lucan Tidmarsh"]),
    # --- committee records: question numbers before labels, the chair's Order -------------------------
    ("n27-q-number-chair", "Q1 Chair: Good morning, and welcome. Thank you for coming at short notice. Dr Rowbotham, between 14 December and 9 January, Corriemoor Rail cancelled 8,412 trains, about one in six of those it was timetabled to run.",
     ["Q1 Chair: Good morning, and welcome.", "Thank you for coming at short notice.", "Dr Rowbotham, between 14 December and 9 January, Corriemoor Rail cancelled 8,412 trains, about one in six of those it was timetabled to run."]),
    ("n27-chair-order", "Q8 Ruth Falconetti: That wasn't my question.\nChair: Order. Let the witness answer.\nDr Rowbotham: I understand the anger.",
     ["Q8 Ruth Falconetti: That wasn't my question.", "Chair: Order.", "Let the witness answer.", "Dr Rowbotham: I understand the anger."]),
    # --- magazine Q&A: initials as labels, a semicolon inside a sentence, Ltd. before a copyright sign --
    ("n27-initials-semicolon", "MJ: What has your trial found?\nHI: We have two sets of plots that have been farmed side by side since 1968. One has had only mineral fertiliser; the other has had manure and a clover rotation.",
     ["MJ: What has your trial found?", "HI: We have two sets of plots that have been farmed side by side since 1968.", "One has had only mineral fertiliser; the other has had manure and a clover rotation."]),
    ("n27-ltd-copyright", "Field & Lattice is published by Lattice Media Ltd. © 2026",
     ["Field & Lattice is published by Lattice Media Ltd.", "© 2026"]),
    # --- report pages: a citation with initials and a title's full stop ---------------------------------
    ("n27-cite-as", "Cite as: Sokolova, I. and Juxon, P. (2026) The Nursery Squeeze. London: Lanternhill Institute.\nThis research was funded by the Fosterling Family Trust.",
     ["Cite as: Sokolova, I. and Juxon, P. (2026) The Nursery Squeeze. London: Lanternhill Institute.", "This research was funded by the Fosterling Family Trust."]),
    # --- radio transcripts: a listener's text quoted inside the host's turn -----------------------------
    ("n27-radio-text-quote", "TREVANNICK: Dev in Catchpole texts: “Fix the roads before you paint any more cycle lanes.” And Councillor, you're up for re-election in May. Will the roads be fixed by then?",
     ["TREVANNICK: Dev in Catchpole texts: “Fix the roads before you paint any more cycle lanes.”", "And Councillor, you're up for re-election in May.", "Will the roads be fixed by then?"]),
]  # fmt: skip
