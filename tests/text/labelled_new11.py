"""Eleventh set of new hand-labelled pages for the hint engines (tuning set): speakers.

Written from scratch for issue 13, before any rule was tuned on them and without looking at the
engine's code or output (neither `claimreview/text/` nor the scorer's results were opened): every
person, place, organisation, outlet and number is invented (a few countries, regions, currencies,
units, time zones and state abbreviations in party tags appear only as places and units), and none
of the people, towns or outlets of `labelled_articles.py` or `labelled_new.py` to
`labelled_new10.py` is reused (names were checked with grep). Each page is an ordinary story --
council budget, congressional bill, electricity tariff, community hospital, netball final, mangrove
reclamation, museum restitution, fraud arraignment -- pasted as plain text from a news site in a
different country's style (UK regional, US political, Nigerian business, Irish regional, Australian
sport, Malaysian daily, Belgian English-language, US metro), with light furniture at its head and
tail. The point of the set is the speaker situations that are common in real copy and hard to get
right: a person named first by title and surname only in a headline or standfirst ("Leader
Ferriday-Ndukwe says ...", "MD Adeyemi-Cole says ...") with the full name lower down; people brought in
by a relation noun and an apposition ("Her son, Fiachra Ó Ceallacháin, said") and then by the
relation alone ("Her son said", "Their mother said"); two people with one surname (spouses,
siblings, mother and son, sisters), told apart later by "Mr"/"Mrs"/"Ms" or by first names; speakers
after an adverbial or participial opener ("Later, ...", "Speaking at the arraignment, ...",
"Asked about the delay, ..."); names with brackets and commas ("Councillor Bronwen Pryterch-Lowry
(Liberal Democrat, Sallowfield), cabinet member for ..."), party-and-state tags ("Rep. Marisol
Zubiaurre-Hobbs, D-Ore."), post-nominals ("CBE FRSE", dropped), name suffixes ("Jr.", "III",
kept), particles ("van", "de la", "Van", "Ní", "Ó", "Mac", "bin", "binti", "Al-"), non-ASCII
letters, hyphenated surnames and family-name-first names ("Goh Siew Peng" -> "Ms Goh"); quotes
running over several paragraphs with the cue only in the first or only in the last paragraph, and a
second speaker quoted in between; pronoun cues after a sentence that names a place, a company or an
institution; "it said" for a company and "they said" for a club or a commission; organisations
with a short form later ("Kestrelgate Power Distribution Plc" -> "Kestrelgate", "The Southern
Netball League" -> "The SNL"), spokespeople, unnamed officials and police; documents and data as
sources ("court records show", "Figures from ... show", "the report found", "according to the
approval document"); and "according to", "told reporters", "said in a statement", "said in an
email", "wrote on X", "declined to comment", "did not respond to a request for comment". `STYLES`
names the site and the story of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines, so every
furniture line is a paragraph of its own); each paragraph a list of sentences
`(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled in `labelled_new2.py` to
`labelled_new10.py` hold too (titles, honorifics and role words dropped from speakers -- here also
"Leader", "MD", "Director", "Captain", "Deputy", "Alhaji", "Datuk Seri", "Assistant District
Attorney"; standfirsts and subheads labelled like headlines; a headline source that is a role or a
title with a surname referring to a person named lower down carries that person's full name, and
one that is a body or a group ("Prosecutors say", "Family of 91-year-old patient say") is kept as
written; a pronoun or a later surname resolved to the full name; an organisation referred to as
"The Executive", "The commission", "the league" kept as written; "did not respond" like
"declined to comment"; bylines, date lines, credits, related-headline lists, contact lines and
copyright "B").

Conventions this set had to settle, in the same spirit:

* A later reference by first name only ("Jacinta said", "Marloes said") or by a relation noun alone
  ("Her son said", "Their mother said") is resolved, like a surname, to the person's full name as
  first given; so is "Mr van Houtem" / "Ms van Houtem" / "Mrs Tasker" when two people share the
  surname.
* A company's or a body's short form used as a speaker ("Kestrelgate said", "Selat Pesisir said",
  "The SNL said", "Pohlmann-Wise's office said") is kept as written, like "the company"; "it" and
  "they" referring to the organisation resolve to its name as first given in full.
* "X, in a statement signed by its spokesperson Y, said" has X as the speaker: the statement is
  the organisation's; the spokesperson named only as signatory is not the source.
* Post-nominal letters ("CBE FRSE", "KC") are dropped with titles; a generational suffix ("Jr.",
  "III") is part of the name and stays.
* A quote whose cue comes only in its last paragraph carries that speaker and that cue in every
  earlier paragraph too, even when an earlier sentence introduced the speaker with another cue
  ("told Flanders & Brussels Today"); a second speaker quoted between two paragraphs of the first
  speaker's quote carries their own name and cue, and the first speaker's resumed quote its own
  cue ("added").
* A result line after a match report ("Tallowbark Falcons 58 (...) d Corrowa Ibises 54 (...)") is a
  statement of record, "W", like a full-time score in live text.
* A sentence that brings a person in without a reporting verb ("... dedicated the win to ...",
  "The claim was brought by ...") carries no speaker, even when the next sentence quotes them.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "UK regional news site, council budget (title-and-surname headline, councillors with party and ward in brackets, spouses Mr/Mrs, spokeswoman, figures and risk register as sources)",
    "US political news site, wildfire bill (Rep./Sen. with party-and-state tags, told reporters, wrote on X, did not respond, said in an email, Asked ... opener, congressional records)",
    "Nigerian business daily, electricity tariff (MD by title and surname in standfirst, company short form and 'it said', regulator 'they said', Alhaji dropped, father and son, declined to comment)",
    "Irish regional newspaper site, community hospital beds (Ní/Ó/Mac particles and fadas, mother, son and daughter-in-law with one surname, pronoun after a hospital, Deputy, spokesperson)",
    "Australian sport site, netball grand final (captain and sister with one surname, Later ... opener, first names, club 'they said', league short form, result line)",
    "Malaysian English-language daily, mangrove reclamation (family-name-first names, bin/binti, Al-, Datuk Seri dropped, company short form and 'it said', approval document, department officials)",
    "Belgian English-language news site, museum restitution (van/de la/Van particles, non-ASCII letters, spouses Mr/Ms and first names, post-nominals, quote with the cue only in its last paragraph)",
    "US metro newspaper site, fraud arraignment (siblings, first names, court records, Speaking at ... opener, suffix III, second speaker inside another's quote, mother, police)",
]

ARTICLES = [
    [  # 1. UK regional news site, council budget (title-and-surname headline, party-and-ward brackets, spouses, spokeswoman)
        [("Haverleigh Courier", "", "", "B")],
        [("News · Sport · What's On · Property · Jobs · Announcements", "", "", "B")],
        [("News > Local Politics", "", "", "B")],
        [("Leader Ferriday-Ndukwe says council tax rise of 4.99% cannot be avoided", "Desmond Ferriday-Ndukwe", "says", "W")],
        [("Haverleigh Borough Council will set its budget next Wednesday, with libraries and bin collections in the firing line", "", "", "W")],
        [("By Tamsin Wrexley-Hobart", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [("14:20, 3 FEB 2026", "", "", "B")],
        [("Council tax in Haverleigh is set to rise by 4.99% from April, the largest increase the borough allows without a referendum.", "", "", "W")],
        [("Council leader Desmond Ferriday-Ndukwe (Labour, Haverleigh Central) said the authority had “no room left to manoeuvre” after its grant from central government fell for the sixth year running.", "Desmond Ferriday-Ndukwe", "said", "W")],
        [("“We have cut £31m from our spending since 2019,” he told the Courier.", "Desmond Ferriday-Ndukwe", "told the Courier", "W"),
         ("“There is nothing easy left.”", "Desmond Ferriday-Ndukwe", "told the Courier", "")],
        [("A Band D household would pay £2,146.30 a year, an increase of £102.04, according to the council's budget papers.", "the council's budget papers", "according to", "W")],
        [("Councillor Bronwen Pryterch-Lowry (Liberal Democrat, Sallowfield), cabinet member for finance and resources, said the rise would raise about £4.7m.", "Bronwen Pryterch-Lowry", "said", "W")],
        [("Her portfolio also covers the borough's four leisure centres, two of which are due to close in the summer.", "", "", "W"),
         ("She said the council had looked for a buyer for both but found none.", "Bronwen Pryterch-Lowry", "said", "W")],
        [("The opposition leader, Councillor Imogen Faraday-Sloan (Conservative, Eastwick and Pollards Green), said the administration had “spent its reserves on vanity projects”.", "Imogen Faraday-Sloan", "said", "")],
        [("She pointed to the £6.2m refurbishment of the Corn Exchange, which opened last year more than a year late.", "Imogen Faraday-Sloan", "pointed to", "W")],
        [("Residents told the Courier they feared the cuts more than the rise.", "Residents", "told the Courier", "")],
        [("Gwilym Tasker, 78, and his wife, Maureen Tasker, 76, have used the mobile library that stops in Pendock Lane every Tuesday for 30 years.", "", "", "W")],
        [("“It's the only time some people on this estate see anybody all week,” Mr Tasker said.", "Gwilym Tasker", "said", "")],
        [("Mrs Tasker said the van was due to be withdrawn in September.", "Maureen Tasker", "said", "W"),
         ("“They call it a saving,” she added.", "Maureen Tasker", "added", ""),
         ("“I call it a shame.”", "Maureen Tasker", "added", "")],
        [("A spokeswoman for Haverleigh Borough Council said no decision on the mobile library would be taken until a consultation closed on 20 March.", "A spokeswoman for Haverleigh Borough Council", "said", "W")],
        [("Figures from the Office for Local Finance show Haverleigh's core spending power has fallen by 14% in real terms since 2015.", "Figures from the Office for Local Finance", "show", "W")],
        [("The council's own risk register, published with the budget, found that general reserves would fall below the recommended minimum of £8m by 2028 if nothing changed.", "The council's own risk register", "found", "W")],
        [("Asked whether the Corn Exchange had been a mistake, Cllr Ferriday-Ndukwe said it had brought 90,000 visitors into the town centre in its first year.", "Desmond Ferriday-Ndukwe", "said", "W")],
        [("The full council meets at Haverleigh Civic Hall at 7pm on Wednesday 11 February.", "", "", "W")],
        [("Read more", "", "", "B")],
        [("Bin collections to move to every three weeks under council plans", "", "", "B")],
        [("Corn Exchange reopens after £6.2m makeover", "", "", "B")],
        [("Comments are closed on this article.", "", "", "B")],
        [("Haverleigh Courier is part of Marlstone Regional Media.", "", "", "B"),
         ("© 2026 All rights reserved.", "", "", "B")],
    ],
    [  # 2. US political news site, wildfire bill (party-and-state tags, "wrote on X", told reporters, asked opener, did not respond)
        [("THE CAPITOL BEACON", "", "", "B")],
        [("Congress · White House · Campaigns · Policy · Newsletters", "", "", "B")],
        [("CONGRESS", "", "", "B")],
        [("Wildfire aid bill stalls as Zubiaurre-Hobbs accuses leadership of 'slow-walking' it", "Marisol Zubiaurre-Hobbs", "accuses", "W")],
        [("Rep. Zubiaurre-Hobbs says $2.8 billion for firefighting crews is stuck in committee for a fourth month", "Marisol Zubiaurre-Hobbs", "says", "W")],
        [("By Everett Sandvold-Moore", "", "", "B")],
        [("06/17/2026 05:02 PM EDT", "", "", "B")],
        [("A bipartisan bill to pay for 4,000 seasonal wildland firefighters has not had a committee vote since it was introduced in February, despite 212 co-sponsors.", "", "", "W")],
        [("Rep. Marisol Zubiaurre-Hobbs, D-Ore., the bill's lead sponsor, said Tuesday that House leaders were “slow-walking a bill that has the votes to pass tomorrow.”", "Marisol Zubiaurre-Hobbs", "said", "")],
        [("“Fire season doesn't wait for a markup schedule,” she told reporters outside the Capitol.", "Marisol Zubiaurre-Hobbs", "told reporters", ""),
         ("“Last year my district lost 311 homes.", "Marisol Zubiaurre-Hobbs", "told reporters", "W")],
        [("“Crews were working 21-day shifts because there was nobody to relieve them.”", "Marisol Zubiaurre-Hobbs", "told reporters", "W")],
        [("The bill's Republican co-lead, Rep. Garrett Pohlmann-Wise, R-Mont., wrote on X that he was “frustrated but not giving up.”", "Garrett Pohlmann-Wise", "wrote on X", "")],
        [("Pohlmann-Wise's office said he had asked the committee chair for a vote before the July 4 recess.", "Pohlmann-Wise's office", "said", "W")],
        [("The chair of the House Natural Resources Committee, Rep. Lyle Stambaugh Jr., R-Utah, did not respond to a request for comment.", "Lyle Stambaugh Jr.", "did not respond to a request for comment", "")],
        [("A spokesman for Stambaugh, Tobias Wendeborn, said in an email that the committee was “working through a heavy schedule” and would consider the bill “in due course.”", "Tobias Wendeborn", "said in an email", "")],
        [("The Congressional Budget Office estimated in April that the bill would cost $2.8 billion over five years.", "The Congressional Budget Office", "estimated", "W")],
        [("According to the Federal Wildland Fire Office, the number of permanent firefighting positions fell from 11,200 in 2021 to 9,650 last year.", "the Federal Wildland Fire Office", "according to", "W")],
        [("The agency said in a statement that it supported “any measure that helps us recruit and keep firefighters.”", "The agency", "said in a statement", "")],
        [("Speaking at a union hall in Larchmere last week, Dolores Ibargüen-Tate, president of the National Federation of Wildland Crews, said two of her members had left for jobs at a big-box store that paid more.", "Dolores Ibargüen-Tate", "said", "W")],
        [("Her union has about 6,300 members in 14 states.", "", "", "W"),
         ("She said the bill's pay floor of $22 an hour would “stop the bleeding.”", "Dolores Ibargüen-Tate", "said", "")],
        [("Asked about the delay on Tuesday, Speaker Harlan Voss-Delacourt told reporters that “nobody is blocking anything.”", "Harlan Voss-Delacourt", "told reporters", "")],
        [("He said the House had passed three wildfire measures since January.", "Harlan Voss-Delacourt", "said", "W")],
        [("Two of those passed on voice votes and neither included money for crews, congressional records show.", "congressional records", "show", "W")],
        [("In the Senate, a companion bill from Sen. Winona Drisdale, D-N.M., and Sen. Barrett Eze-Pilkington, R-Ariz., has 19 co-sponsors.", "", "", "W"),
         ("Drisdale said she expected a hearing in July.", "Winona Drisdale", "said", "W")],
        [("Everett Sandvold-Moore covers Congress for The Capitol Beacon.", "", "", "B")],
        [("Sign up for Beacon Daybreak, our morning briefing on Congress.", "", "", "B")],
        [("Email address   Sign up", "", "", "B")],
        [("About Us · Careers · Advertise · Privacy Policy · Terms of Service", "", "", "B")],
        [("© 2026 Capitol Beacon Media LLC", "", "", "B")],
    ],
    [  # 3. Nigerian business daily, electricity tariff (MD by title and surname in standfirst, company short form, "it said", regulator "they said", Alhaji dropped)
        [("BUSINESS COURIER NG", "", "", "B")],
        [("Home | Energy | Banking | Markets | Agric | Tech | Opinion", "", "", "B")],
        [("Energy", "", "", "B")],
        [("Kestrelgate Power raises tariff for Band A customers by 38%", "", "", "W")],
        [("MD Adeyemi-Cole says the increase is needed to keep supply at 20 hours a day", "Folasade Adeyemi-Cole", "says", "W")],
        [("By Chinedu Awoniyi-Bakare", "", "", "B")],
        [("February 9, 2026", "", "", "B")],
        [("Kestrelgate Power Distribution Plc has raised its tariff for Band A customers in Okeluwa and three neighbouring states from ₦209.50 to ₦289.10 per kilowatt-hour, with effect from Monday.", "", "", "W")],
        [("Kestrelgate said the new rate had been approved by the Federal Electricity Pricing Commission (FEPC) on January 30.", "Kestrelgate", "said", "W"),
         ("It said about 412,000 of its 1.9 million customers were on Band A feeders.", "Kestrelgate Power Distribution Plc", "said", "W")],
        [("Speaking at a press briefing at the company's head office on Adetunji Crescent, the Managing Director, Mrs Folasade Adeyemi-Cole, said the old tariff did not cover the cost of gas.", "Folasade Adeyemi-Cole", "said", "W")],
        [("“We buy gas in dollars and we sell power in naira,” she said.", "Folasade Adeyemi-Cole", "said", "W"),
         ("“Something has to give.”", "Folasade Adeyemi-Cole", "said", "")],
        [("The briefing took place a day after the Okeluwa State House of Assembly passed a motion asking the company to suspend the increase.", "", "", "W"),
         ("She said the company would comply with any directive from the FEPC but not with “a motion”.", "Folasade Adeyemi-Cole", "said", "")],
        [("The FEPC, in a statement signed by its Head of Corporate Communications, Ms Halima Tukur-Gwandu, said the review followed “a full public hearing”.", "The FEPC", "said", "")],
        [("The commission said distribution companies had collected only 71% of what they billed in 2025.", "The commission", "said", "W"),
         ("They said any company that failed to deliver 20 hours of supply to a Band A feeder for seven consecutive days would have to refund customers.", "the Federal Electricity Pricing Commission", "said", "W")],
        [("Traders at the Oja-Titun market were unimpressed.", "", "", "")],
        [("Alhaji Mustapha Danbaba-Yerima, chairman of the market's cold-room operators' association, said his members' monthly bills had risen from about ₦180,000 to more than ₦250,000.", "Mustapha Danbaba-Yerima", "said", "W")],
        [("“We were not told,” he said.", "Mustapha Danbaba-Yerima", "said", "")],
        [("His son, Abdulrahman Danbaba-Yerima, who runs the family's ice-block business, said it had started running a diesel generator for six hours a day.", "Abdulrahman Danbaba-Yerima", "said", "W")],
        [("His son said the generator cost the business about ₦45,000 a week in diesel.", "Abdulrahman Danbaba-Yerima", "said", "W")],
        [("The National Association of Electricity Consumers said it would challenge the approval in court.", "The National Association of Electricity Consumers", "said", "W")],
        [("According to figures from the National Bureau of Energy Statistics, Band A feeders supplied an average of 17.4 hours a day in December.", "the National Bureau of Energy Statistics", "according to", "W")],
        [("Kestrelgate's shares closed 2.3% higher at ₦14.85 on the exchange on Friday.", "", "", "W")],
        [("A spokeswoman for the Ministry of Power, Mrs Ifeoma Oyebanji-Chukwuma, declined to comment on the motion.", "Ifeoma Oyebanji-Chukwuma", "declined to comment", "")],
        [("Also Read: Discos lose ₦41bn to energy theft – report", "", "", "B")],
        [("Get the latest business news on our WhatsApp channel.", "", "", "B"),
         ("Join now", "", "", "B")],
        [("Contact: news@businesscourierng.com | Advertise | Privacy", "", "", "B")],
        [("© 2026 Business Courier Nigeria Ltd. All rights reserved.", "", "", "B")],
    ],
    [  # 4. Irish regional newspaper site, community hospital beds (Ní/Ó/Mac particles, fadas, mother and son, relation nouns, pronoun after an institution)
        [("The Carrigdrum Herald", "", "", "B")],
        [("Home  News  Sport  GAA  Farming  Community Notes  Death Notices  Contact", "", "", "B")],
        [("Dr Ní Bhriain-Costello warns closure of 18 beds at St Colmcille's will fill acute hospital", "Gráinne Ní Bhriain-Costello", "warns", "W")],
        [("Family of 91-year-old patient say they were given a week's notice to find a nursing home", "Family of 91-year-old patient", "say", "W")],
        [("Saturday, 21 March 2026", "", "", "B")],
        [("Eighteen of the 42 beds at St Colmcille's Community Hospital in Carrigdrum are to close at the end of April, the Western Care Executive has confirmed.", "the Western Care Executive", "has confirmed", "W")],
        [("The Executive said the closure was temporary and was needed because it could not recruit enough nurses.", "The Executive", "said", "W"),
         ("It said 11 nursing posts at the hospital were vacant.", "the Western Care Executive", "said", "W")],
        [("Dr Gráinne Ní Bhriain-Costello, a consultant geriatrician who has worked at St Colmcille's and at Ballykeeran University Hospital for 14 years, said the beds were the only step-down beds in the north of the county.", "Gráinne Ní Bhriain-Costello", "said", "W")],
        [("“Every patient we cannot move out of Ballykeeran is a patient waiting on a trolley in the emergency department,” she said.", "Gráinne Ní Bhriain-Costello", "said", "W")],
        [("Ballykeeran University Hospital had 37 patients on trolleys on Thursday, according to the Western Nurses' Alliance.", "the Western Nurses' Alliance", "according to", "W"),
         ("She said that number would rise once the beds at St Colmcille's closed.", "Gráinne Ní Bhriain-Costello", "said", "")],
        [("Among the patients who will have to move is Nóra Ó Ceallacháin, 91, who has been at St Colmcille's since she broke her hip in January.", "", "", "W")],
        [("Her son, Fiachra Ó Ceallacháin, said the family had been given a week's notice to find a nursing home place.", "Fiachra Ó Ceallacháin", "said", "W")],
        [("“She's a woman who reared nine children on a farm in Gortnaclogh,” he said.", "Fiachra Ó Ceallacháin", "said", ""),
         ("“She deserves better than a phone call on a Friday evening.”", "Fiachra Ó Ceallacháin", "said", "")],
        [("Her son said the nearest nursing home with a vacancy was 64 kilometres away, in Tullyvarragh.", "Fiachra Ó Ceallacháin", "said", "W")],
        [("Mrs Ó Ceallacháin herself was philosophical.", "", "", ""),
         ("“I've been moved before,” she told the Herald, with a laugh.", "Nóra Ó Ceallacháin", "told the Herald", "")],
        [("Her daughter-in-law, Siobhán Mac Aodha-Ó Ceallacháin, is a nurse at Ballykeeran.", "", "", "W"),
         ("She said staff there had been told nothing about the closure until they read about it online.", "Siobhán Mac Aodha-Ó Ceallacháin", "said", "W")],
        [("Local TD Peadar Ó Maolmhuaidh (Independent) said he had raised the closure in the Dáil on Wednesday.", "Peadar Ó Maolmhuaidh", "said", "W")],
        [("Deputy Ó Maolmhuaidh said the Minister of State for Older People, Deirdre Kinsella-Nagle, had promised to “look at it”.", "Peadar Ó Maolmhuaidh", "said", "")],
        [("In a statement to the Herald, a spokesperson for the Minister of State said she was “in contact with the Western Care Executive”.", "a spokesperson for the Minister of State", "said", "")],
        [("The Executive's own capacity review, published last October, found that the region would need 140 more community beds by 2030.", "The Executive's own capacity review", "found", "W")],
        [("A public meeting will be held in Carrigdrum Parish Hall at 8pm on Tuesday.", "", "", "W")],
        [("Share", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Carrigdrum Gaels edge Tullyvarragh in county semi-final thriller", "", "", "B")],
        [("Planning sought for 24 homes on Mill Road", "", "", "B")],
        [("Have a story? Contact the newsroom on 094 555 0182 or news@carrigdrumherald.ie", "", "", "B")],
        [("© The Carrigdrum Herald 2026", "", "", "B")],
    ],
    [  # 5. Australian sport site, netball grand final (captain and sister, "Later, ..." opener, club "they said", league short form, hyphenated names)
        [("GRANDSTAND NEWS", "", "", "B")],
        [("Netball · AFL · NRL · Cricket · Racing · More", "", "", "B")],
        [("Captain Tallentire-Banks says Falcons' flag is for the 'girls who drove four hours to train'", "Kirra Tallentire-Banks", "says", "")],
        [("Tallowbark Falcons win their first Southern Netball League title, beating the Corrowa Ibises 58-54 in front of a record crowd", "", "", "W")],
        [("By Lachlan Ashworth-Yau", "", "", "B")],
        [("Posted Sun 30 Aug 2026 at 9:41pm", "", "", "B")],
        [("The Tallowbark Falcons have won the Southern Netball League grand final for the first time, beating the Corrowa Ibises 58-54 at Wirrangal Arena on Sunday.", "", "", "W")],
        [("The crowd of 11,482 was the largest for a netball match in the state, according to the league.", "the league", "according to", "W")],
        [("Falcons captain Kirra Tallentire-Banks, who scored 41 goals from 44 attempts, dedicated the win to the players from the club's regional academy.", "", "", "W")],
        [("“Half this team grew up driving four hours each way to train,” Tallentire-Banks told reporters after the match.", "Kirra Tallentire-Banks", "told reporters", "W")],
        [("“Their mums and dads did those drives.", "Kirra Tallentire-Banks", "told reporters", ""),
         ("This one's for them.”", "Kirra Tallentire-Banks", "told reporters", "")],
        [("The Falcons trailed by five goals at three-quarter time before outscoring the Ibises 19-10 in the final quarter.", "", "", "W")],
        [("Coach Dean Moskovitz-Hale said the turnaround came from a change at centre, where 19-year-old Tayla Wharerau-Riordan replaced the injured Brooke Santangelo-Finch.", "Dean Moskovitz-Hale", "said", "W")],
        [("“Tayla's been waiting two seasons for a final,” he said.", "Dean Moskovitz-Hale", "said", ""),
         ("“She took it with both hands.”", "Dean Moskovitz-Hale", "said", "")],
        [("Later, Jacinta Tallentire-Banks, the captain's sister and a former Falcons defender, said the family had travelled from Mount Quorrin in a convoy of six cars.", "Jacinta Tallentire-Banks", "said", "W")],
        [("“Mum cried from the first centre pass,” Jacinta said.", "Jacinta Tallentire-Banks", "said", "")],
        [("Kirra said her sister had been “the reason I kept going” after a knee reconstruction in 2023.", "Kirra Tallentire-Banks", "said", "W")],
        [("Ibises coach Marguerite Delahunty-Ogunsanwo said her side had “run out of legs”.", "Marguerite Delahunty-Ogunsanwo", "said", "")],
        [("She said she would not use the absence of goal defence Priya Raghunathan-Cole, who was ruled out on Friday with concussion, as an excuse.", "Marguerite Delahunty-Ogunsanwo", "said", "W")],
        [("The Falcons said in a statement that the club would hold a public celebration at Tallowbark Showgrounds on Tuesday from 5pm.", "The Falcons", "said in a statement", "W"),
         ("They said entry would be free.", "The Falcons", "said", "W")],
        [("The Southern Netball League said the grand final had been watched by an average television audience of 386,000.", "The Southern Netball League", "said", "W")],
        [("The SNL said it would announce the 2027 draw in November.", "The SNL", "said", "W")],
        [("Asked about her future, Tallentire-Banks, 31, said she would decide after the national team's tour of Britain in October.", "Kirra Tallentire-Banks", "said", "W")],
        [("Wirrangal Arena, Sunday: Tallowbark Falcons 58 (Tallentire-Banks 41/44, Wharerau-Riordan 17/21) d Corrowa Ibises 54 (Brennock-Lindgren 38/42, Tennent-Pike 16/20).", "", "", "W")],
        [("Topics: netball, sport, wirrangal", "", "", "B")],
        [("Share   Copy link   Facebook   X (formerly Twitter)", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Falcons book grand final spot with last-second goal", "", "", "B")],
        [("Grandstand News acknowledges the Traditional Custodians of the lands where we live, work and play.", "", "", "B")],
    ],
    [  # 6. Malaysian English-language daily, mangrove reclamation (family-name-first names, bin/binti, Al-, Datuk titles dropped, company "it said", officials)
        [("THE SEMPADAN TIMES", "", "", "B")],
        [("Nation | World | Business | Sport | Lifestyle | Opinion | BM | 中文", "", "", "B")],
        [("Nation", "", "", "B")],
        [("Residents of Tanjung Kelubi fear reclamation will wipe out mangroves", "", "", "")],
        [("Ms Goh says the 480ha project would remove the last mangrove belt on the coast; developer says it will replant three times as much", "Goh Siew Peng", "says", "W")],
        [("By Nurul Izzati Kamarudzaman", "", "", "B")],
        [("Published on 12 May 2026 at 8:05 AM", "", "", "B")],
        [("TANJUNG KELUBI: Fishermen and conservationists here have called on the state government to halt a 480ha land reclamation project before work begins in July.", "", "", "W")],
        [("Goh Siew Peng, coordinator of the Kelubi Mangrove Watch, said the project would destroy about 310ha of mangroves that protect the village from storm surges.", "Goh Siew Peng", "said", "W")],
        [("“Once the mangroves go, the sea comes straight into the kampung,” Ms Goh said.", "Goh Siew Peng", "said", "W")],
        [("Her group's survey, carried out with students from Universiti Sains Pesisir, found 23 species of mangrove on the site.", "Her group's survey", "found", "W")],
        [("Fisherman Rosli bin Hamdan, 58, said his catch of mud crabs had already fallen by half since dredging began offshore last year.", "Rosli bin Hamdan", "said", "W")],
        [("“Before, I could get 15 kilos a day,” Rosli said.", "Rosli bin Hamdan", "said", "W"),
         ("“Now, if I get seven, I am lucky.”", "Rosli bin Hamdan", "said", "W")],
        [("His daughter, Siti Khadijah binti Rosli, who runs a homestay in the village, said bookings had dropped since the reclamation was announced.", "Siti Khadijah binti Rosli", "said", "W")],
        [("The developer, Selat Pesisir Holdings Berhad, said the project had received environmental approval from the Department of Coastal Environment in February.", "Selat Pesisir Holdings Berhad", "said", "W")],
        [("In a reply to The Sempadan Times, Selat Pesisir said it would replant 950ha of mangroves at three sites along the coast.", "Selat Pesisir", "said", "W"),
         ("It said the project would create 6,000 jobs over 10 years.", "Selat Pesisir Holdings Berhad", "said", "W")],
        [("Its group managing director, Lim Chee Hoong, told a briefing in Kuala Terap on Monday that the company had held 14 public engagement sessions.", "Lim Chee Hoong", "told a briefing", "W")],
        [("Lim said the mangroves on the site were “degraded” and that the replanted areas would be monitored for 20 years.", "Lim Chee Hoong", "said", "W")],
        [("Dr Hajar Al-Attas, a marine ecologist at Universiti Sains Pesisir, said replanted mangroves often failed.", "Hajar Al-Attas", "said", "W")],
        [("“Studies in this region show survival rates of 20 to 30 per cent for replanting on mudflats,” she said.", "Hajar Al-Attas", "said", "W"),
         ("“You cannot replace a 60-year-old forest with seedlings.”", "Hajar Al-Attas", "said", "")],
        [("State Local Government and Environment Committee chairman Datuk Seri Kamaruzzaman Ishak said the state would “listen to all parties”.", "Kamaruzzaman Ishak", "said", "")],
        [("Asked whether the project would be reviewed, Kamaruzzaman said the environmental approval was a matter for the federal department.", "Kamaruzzaman Ishak", "said", "W")],
        [("The Department of Coastal Environment did not respond to a request for comment.", "The Department of Coastal Environment", "did not respond to a request for comment", "")],
        [("According to the approval document, the developer must submit monthly water-quality reports during construction.", "the approval document", "according to", "W")],
        [("Department officials said separately that no such report had yet been filed because work had not started.", "Department officials", "said", "W")],
        [("Related News", "", "", "B")],
        [("Coastal erosion: State to spend RM42mil on sea walls", "", "", "B")],
        [("Download The Sempadan Times app · Follow us on Telegram", "", "", "B")],
        [("Copyright © 2026 Sempadan Times Media Sdn Bhd (200101012345). All Rights Reserved.", "", "", "B")],
    ],
    [  # 7. Belgian English-language news site, museum restitution (van/de la particles, non-ASCII, spouses with one surname, post-nominals, quote with the cue only in its last paragraph)
        [("Flanders & Brussels Today", "", "", "B")],
        [("NEWS · CULTURE · BUSINESS · EXPAT LIFE · AGENDA · NL · FR", "", "", "B")],
        [("Culture", "", "", "B")],
        [("Director de la Fosse-Vermaut says museum will return wartime still life to heirs", "Ségolène de la Fosse-Vermaut", "says", "W")],
        [("The Koninklijk Museum Oudewaarde will hand back a 17th-century still life after a four-year inquiry into its wartime sale", "", "", "W")],
        [("Pieter-Jan Vandecasteele", "", "", "B")],
        [("Thursday, 8 October 2026", "", "", "B")],
        [("The Koninklijk Museum Oudewaarde is to return a still life by the Oudewaarde painter Joris van Melckebeke to the heirs of a textile merchant who sold it under duress in 1942.", "", "", "W")],
        [("The museum's director, Ségolène de la Fosse-Vermaut, told Flanders & Brussels Today that the decision had been unanimous.", "Ségolène de la Fosse-Vermaut", "told Flanders & Brussels Today", "W")],
        [("“We looked at every document we could find, in Oudewaarde, in Leuvendaal and in Kesselburg.", "Ségolène de la Fosse-Vermaut", "said", "")],
        [("“The sale took place three weeks after the family's business was seized.", "Ségolène de la Fosse-Vermaut", "said", "W"),
         ("The price was a fifth of what the painting had fetched in 1931.", "Ségolène de la Fosse-Vermaut", "said", "W")],
        [("“There is only one honest conclusion,” she said.", "Ségolène de la Fosse-Vermaut", "said", "")],
        [("The painting, Still Life with Herring and Pewter Jug, has hung in the museum's Gallery 7 since 1958.", "", "", "W"),
         ("It was valued at €1.4m in an insurance assessment last year, according to the museum's annual report.", "the museum's annual report", "according to", "W")],
        [("The claim was brought by Marloes van Houtem and her husband, Bram van Houtem, who live in Leuvendaal.", "", "", "W"),
         ("Ms van Houtem is the great-granddaughter of the merchant, Salomon Lévy-Brachfeld.", "", "", "W")],
        [("“My grandmother talked about that painting until the day she died,” Ms van Houtem said.", "Marloes van Houtem", "said", ""),
         ("“She remembered the smell of the varnish.”", "Marloes van Houtem", "said", "")],
        [("Mr van Houtem, a retired notary, said the couple had spent about €60,000 on archive research and lawyers since 2021.", "Bram van Houtem", "said", "W")],
        [("“We are not angry with the museum,” Marloes said.", "Marloes van Houtem", "said", "")],
        [("“They were slow, but they were fair.", "Marloes van Houtem", "said", "")],
        [("“Bram wanted to give up twice.", "Marloes van Houtem", "said", ""),
         ("I wouldn't let him.”", "Marloes van Houtem", "said", "")],
        [("Bram laughed at that.", "", "", ""),
         ("“Three times,” he said.", "Bram van Houtem", "said", "")],
        [("The inquiry was led by the Federal Restitution Commission, whose report found that the merchant had received 8,200 Belgian francs for the painting, paid into a blocked account he could not access.", "the Federal Restitution Commission", "found", "W")],
        [("Its chairman, Professor Alasdair Kinnear-Boyd CBE FRSE, a Scottish art historian, said it was the commission's 19th recommendation for return since it was set up in 2018.", "Alasdair Kinnear-Boyd", "said", "W")],
        [("The Flemish culture minister, Wouter Van Daele-Nijs, said in a statement that the government would “honour the commission's findings in full”.", "Wouter Van Daele-Nijs", "said in a statement", "")],
        [("The family said they had not yet decided whether to keep the painting or lend it back to the museum.", "The family", "said", "")],
        [("Still Life with Herring and Pewter Jug will remain on display until 31 December.", "", "", "W")],
        [("Photo: Koninklijk Museum Oudewaarde / Dries Opdebeeck", "", "", "B")],
        [("More from Culture", "", "", "B")],
        [("Oudewaarde carillon festival draws record 40,000 listeners", "", "", "B")],
        [("Subscribe to our weekly newsletter · Advertise with us · Privacy", "", "", "B")],
        [("© 2026 Flanders & Brussels Today", "", "", "B")],
    ],
    [  # 8. US metro newspaper site, court (siblings on trial, first names later, court records, judge, quote over paragraphs with a second speaker in between, suffix III kept)
        [("THE SUTTERFIELD GAZETTE-JOURNAL", "", "", "B")],
        [("Subscribe for $1", "", "", "B"), ("Log in", "", "", "B")],
        [("News  Crime & Courts  Business  Sports  Opinion  Obituaries  e-Edition", "", "", "B")],
        [("CRIME & COURTS", "", "", "B")],
        [("Roofing siblings plead not guilty to defrauding storm victims of $1.2 million", "", "", "W")],
        [("Prosecutors say Danforth-Kroll Roofing took deposits from 87 homeowners after the April hailstorm and never came back", "Prosecutors", "say", "W")],
        [("Delphine Featherstone-Odom", "", "", "B")],
        [("Sutterfield Gazette-Journal", "", "", "B")],
        [("Published 4:37 p.m. CT Sept. 22, 2026 | Updated 6:10 p.m. CT Sept. 22, 2026", "", "", "B")],
        [("A brother and sister who ran a Sutterfield roofing company pleaded not guilty Tuesday to 23 counts of theft by deception and one count of operating a scheme to defraud.", "", "", "W")],
        [("Darnell Danforth-Kroll, 44, and Renata Danforth-Kroll, 39, the co-owners of Danforth-Kroll Roofing LLC, are accused of taking $1.2 million in deposits from 87 homeowners after a hailstorm on April 11, 2025, and doing little or no work, court records show.", "court records", "show", "W")],
        [("Both were released on $50,000 bond.", "", "", "W")],
        [("Speaking at the arraignment, Assistant District Attorney Priyanka Subramaniam-Shaw said the siblings had continued to take deposits for three months after their crews stopped showing up at job sites.", "Priyanka Subramaniam-Shaw", "said", "W")],
        [("“These were people whose roofs had holes in them,” she told Judge Cornelius Lattimore-Pratt.", "Priyanka Subramaniam-Shaw", "told Judge Cornelius Lattimore-Pratt", ""),
         ("“Some of them were elderly.", "Priyanka Subramaniam-Shaw", "told Judge Cornelius Lattimore-Pratt", ""),
         ("Some of them paid with their savings.", "Priyanka Subramaniam-Shaw", "told Judge Cornelius Lattimore-Pratt", "")],
        [("“The defendants knew that.”", "Priyanka Subramaniam-Shaw", "told Judge Cornelius Lattimore-Pratt", "")],
        [("Darnell Danforth-Kroll's attorney, Hollis Grandberry III, said his client “never intended to cheat anyone.”", "Hollis Grandberry III", "said", "")],
        [("“The company ran out of money because its supplier in Drummock County went under,” Grandberry said.", "Hollis Grandberry III", "said", "W")],
        [("Renata's lawyer, Consuela Etxeberria-Watts, said her client had handled only the company's scheduling and had no say over its finances.", "Consuela Etxeberria-Watts", "said", "W"),
         ("She declined to comment further outside the courtroom.", "Consuela Etxeberria-Watts", "declined to comment", "")],
        [("Neither Darnell nor Renata spoke during the 20-minute hearing, except to answer the judge's questions.", "", "", "")],
        [("Their mother, Loretta Danforth-Kroll, who sat in the second row of the public gallery, said both of her children had worked in the family business since they were teenagers.", "Loretta Danforth-Kroll", "said", "W")],
        [("Their mother said she believed they would be cleared.", "Loretta Danforth-Kroll", "said", "")],
        [("Among the homeowners in court was Eunice Vandergriff-Lowe, 81, who paid the company an $18,400 deposit in May 2025.", "", "", "W")],
        [("“I still have a tarp on my roof,” Vandergriff-Lowe said outside the courthouse.", "Eunice Vandergriff-Lowe", "said", "W"),
         ("“Every time it rains, I put out the buckets.”", "Eunice Vandergriff-Lowe", "said", "")],
        [("Her neighbor, Thaddeus Olumide-Burke, said he had lent her a ladder and a second tarp.", "Thaddeus Olumide-Burke", "said", "W"),
         ("“She's too proud to ask for help,” he said.", "Thaddeus Olumide-Burke", "said", "")],
        [("“I don't want an apology,” Vandergriff-Lowe added.", "Eunice Vandergriff-Lowe", "added", ""),
         ("“I want my money back.”", "Eunice Vandergriff-Lowe", "added", "")],
        [("The state attorney general's consumer protection division received 112 complaints about the company, according to records obtained by the Gazette-Journal.", "records obtained by the Gazette-Journal", "according to", "W")],
        [("Asked about the delay in bringing charges, District Attorney Raymond Echeverría-Whitby said investigators had needed to trace payments through seven bank accounts.", "Raymond Echeverría-Whitby", "said", "W")],
        [("Sutterfield police said a separate investigation into the company's subcontractors was continuing.", "Sutterfield police", "said", "W")],
        [("A pretrial hearing is set for Nov. 16.", "", "", "W")],
        [("Contact Delphine Featherstone-Odom at dfeatherstoneodom@gazettejournal.com or on X at @DelphineFOdom.", "", "", "B")],
        [("Subscribe to the Gazette-Journal to support local journalism.", "", "", "B")],
        [("Terms of Service · Privacy Notice · Your Privacy Choices · Site Map", "", "", "B")],
        [("© 2026 www.gazettejournal.com. All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

CASES = []
