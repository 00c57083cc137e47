"""Hundred-and-third held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-nine):
twelve WHOLE news pages in twelve GENRES from twelve countries, head to tail as a reader's paste
gives them, each with its own site's furniture, where all four hints matter equally: FURNITURE (both
recall and not hiding story lines), ATTRIBUTION and SPEAKERS, CHECK-WORTHINESS and SENTENCE ENDS.
This set is HELD OUT: it is never to be looked at while the engine is tuned, and it was written as
an honest sample of what a newsroom reviewer would paste. None of the countries of
`labelled_new163.py` or `labelled_new164.py` comes back, and the paste ways vary (desktop browser,
phone browser, reader mode, AMP, print view, email newsletter). The pages: a New Zealand regional
site's LIVE BLOG, desktop (a state of emergency in Tairāwhiti as the Waipaoa River peaks at 11.4
metres); a Nigerian newspaper's WIRE STORY WITH CREDITS, desktop (the central bank raises its key
rate to 28.75%); a Singaporean site's Q&A INTERVIEW in reader mode (a hawkers' guild president on
S$4,280 bids and a S$60 cleaning fee); a Jamaican paper's OP-ED WITH READERS' COMMENTS, desktop
(water lock-offs and 62% of treated water lost); a Malaysian business portal's REPUBLISHED PRESS
RELEASE, desktop (a RM1.2 billion chip packaging plant in Batu Kawan); a South African site's
SCIENCE STORY as an AMP page (African penguin chicks fledge more often where fishing is banned); a
Maltese site's COURT REPORT from a phone (a contractor and his firm fined after a wall collapse in
Gżira); a Sri Lankan paper's SPORTS REPORT with a scorecard, desktop (Kandy win an inter-provincial
one-day final by four wickets); a Hong Kong business site's RESULTS STORY in print view (a mall
landlord's profit down 18% to HK$2.14 billion); a Trinidad and Tobago site's EMAIL NEWSLETTER with a
LOCAL COUNCIL STORY (San Fernando votes TT$6.8m for drains after the Marabella floods); a Namibian
site's EXPLAINER WITH QUESTION SUBHEADS in reader mode (a 7.4% electricity increase); and a Nepali
site's FEATURE/PROFILE from a phone (a retired teacher who has run a village micro-hydro plant in
Myagdi since 2054 B.S.).

FURNITURE is labelled line by line, and the point is both ways. Recall: besides mastheads, menus,
crumbs, bylines, date lines and share strips, the pages carry what each paste way leaves behind: a
reader-mode domain line ("tanjongpost.sg", "namibcourant.com.na") and a "Sun, Aug 13, 2028 · 12 min
read" line; a phone's "☰ ... 🔍" line, "Open in app", "3 min read", "Listen to this story", a cookie
banner and its "Accept all   Manage" and "OK" buttons; an AMP page's "Advertisement", "Continue
reading below" and "View non-AMP version"; a print view's header ("14/08/2028, 09:12   ... | The
Harbourfront Monitor"), its URL lines and page counts ("1/2", "2/2"), repeated mid-story, and "Print
|  Close window"; an email newsletter's "View this email in your browser", greeting, "IN TODAY'S
BRIEF" list, "ALSO TODAY" teasers with "Read more →", sponsor block, unsubscribe line and postal
address; a live blog's time stamps, entry bylines, "Key event", "Load earlier updates" and embed
placeholders ("This embed is not available.", "View on Instagram"); a wire story's writethru note,
"($1 = 1,612.0000 naira)", "(Reporting by ...)" credits and the publisher's wire disclaimer; a press
release's portal disclaimer, "– END –", "About" block, forward-looking statement and media contact
lines; an op-ed's "| Columnist" byline, writer's bio and views disclaimer, and the comment thread's
count line, "Name says:" headers, date lines, "Reply", a moderator-removal line and "Log in to
comment."; a WordPress reply form ("Leave a Reply", "Required fields are marked *"); a journal
reference line; a press-code line; "Co. Regn. No. 201934872K." Not hiding story lines: one-line
story paragraphs ("I believe him.", "I also believed his predecessor.", "It did not come close.",
"Nobody believed him.", "Kandy's reply began badly."), "So, nobody." and "That's the honest answer."
inside an answer, a live blog's sign-off, "Here is what it means for you.", question subheads and
story subheads in a results story ("Rents and occupancy", "Hotels and debt"), captions, a service
line with two telephone numbers inside the council story ("Residents can report blocked drains ...
on 652-0199 or by WhatsApp on 481-2267."), the Maltese closing lines "Inspector Clayton
Debono-Attard prosecuted." and "Lawyers ... were defence counsel.", and a scorecard's rows, which
are data, not furniture.

ATTRIBUTION AND SPEAKERS: a live blog's summary bullet "the mayor says" resolves to the mayor as the
entries below name her ("Rehana Whitcombe-Paewai"), "Civil Defence says" to "Tairāwhiti Civil
Defence" as the entries name it, "it said" to the body before it; a headline with a role prefix
("Grower: ‘Forty years of work, gone in a morning’") carries the grower the entry names, cue
"Grower:"; a reader's message carries "Aroha" with "writes"; a road list carries "NZ Transport
Agency Waka Kotahi" with "says" on each line. A wire story layers "told a news conference",
"according to the National Bureau of Statistics", "the bureau said" (kept as written), "traders
said", "official market data showed", "the bureau's price watch survey showed" and "The Federal
Ministry of Finance did not respond to a request for comment."; the wire's own poll carries nobody.
A Q&A with "Q:" and "A:" prefixes gives the interviewee "A:" on every sentence of her turn, and the
questioner no speaker except where a question cites "The NEA says" (-> "the National Environment
Agency", as first given) or "A 2027 study by the Orchard Consumer Panel found". An op-ed's writer
carries no speaker (her own voice, like a reporter's) but her sources do ("the commission's daily
bulletin", "the Meteorological Service of Jamaica", "the commission has admitted", "the commission
promised", "answers it gave to a parliamentary committee in October", "told me"); comments carry
their commenters by the header's name ("K. Bailey-Morrison", "truthteller876", the columnist herself
in her reply), cue "says", and a source cited inside a comment carries that sentence ("The
commission told Parliament ..."). A press release speaks in the issuer's voice except "the Company
said" and its quoted executives; a science story's headline and lead carry "a study of 11 breeding
seasons at four colonies" ("finds", "has found"); a court report gives the expert ("testified"), the
inspector ("told the court"), counsel ("argued"), the magistrate ("said") and the authority ("said
in its annual report"), while the verdict, the fines and the prosecutor's line carry nobody; a
results story gives the company by its name as written ("Harbourline Properties Holdings Ltd.") and
then "the company", "a filing to the Hong Kong stock exchange", "told analysts on a conference call"
and "Fung said" -> "Edmund Fung Tsz-hin"; a newsletter story gives "said in a statement" and
"according to a report tabled at the meeting"; an explainer gives "The board said in its decision",
"the board's own example shows" and "The board says"; a profile's "he says," sits mid-sentence and a
daughter described without a verb of saying carries nobody.

CHECK-WORTHINESS: of record ("W") are counts, levels and records (11.4 metres at 3pm, 40 centimetres
above the 1988 record, 287mm in 24 hours, 640 people at three centres, a 9-3 vote, 31.4% inflation,
a bid of S$4,280, 41% of members aged 60 or older, 62% of treated water lost, 186 of 2,400
kilometres of pipe, 480 million units a year, 2,846 nests and a 41% decline, 61 days in hospital,
112 off 118 balls, HK$2.14 billion, 23 of 31 drains, N$1.9146 per kilowatt-hour, 212 homes and 47
dark days); rules (pets on a lead, what a state of emergency allows, the reserve ratios, the service
charge, the lifeline tariff, the appeal rule, "Art. 6 of Cap. 424"); causal claims by officials,
bodies and companies ("because NamPower's forecast of import costs ... was N$318 million too high",
the utility's drought costs, the industry forum's sardine shift, the engineer's "because nobody in
the village is trained to maintain them"); findings and acts of a court (the expert's testimony, the
magistrate's findings, the verdict and the fines); and scheduled events set by those who run them
(the next MPC meeting, closures "until at least 2033", work from October 16, the squad "due to be
named on December 22", the next tariff review). Not worth checking (""): forecasts and guidance
(showers into Wednesday, "She expects one more increase", occupancy "above 94 per cent by December",
revenue "from the fourth quarter of 2028", the grid "within two years"), plans and promises (a loan
"before the end of the financial year", an appeal, asset sales, keeping the plant), requests and
proposals, advice, opinions and characterisations ("the most careful attempt yet", "20 runs short",
"prudence, not pessimism"), feelings and anecdotes, questions and question subheads, greetings,
sign-offs, scenes and scorecard data. A quote may hold a fact ("because a penguin does not breed
until it is about four years old" is "W"), and a headline or standfirst with a checkable clause is
"W" whatever its opinion half says.

And where sentences end: "Zenara Bank Plc." / "She expects ..."; "KWT Advanced Packaging Sdn. Bhd."
/ "It will assemble ..."; "Juru Precision Tooling Sdn. Bhd." / "A 9.8-megawatt rooftop ..."; "Sdn.
Bhd." / "All rights reserved."; "Nig. Ltd." and "Co. Ltd." / "All rights reserved."; "(Pvt) Ltd." /
"All Rights Reserved."; "Pte Ltd." / "Co. Regn. No. 201934872K." / "All rights reserved.";
"Limited." / "All rights reserved."; "at 3.10 p.m." / "No overs were lost ..."; "Aug. 29." /
"Harbourline's shares ..."; "Wan Chai Securities Co. Ltd." / "“The dividend cut ...";
"Pointe-a-Pierre Rd." / "It had not been cleared ..."; "2054 B.S." / "It was the first ..."; "Thank
you, K." / "The commission told Parliament ..."; "May 16-17."; "per kWh."; e-mail addresses ending a
sentence ("columns@kingstonclarion.com.jm.", "explain@namibcourant.com.na."); and ones that do not:
"Datuk Seri Ir. Vinod Sivalingam,", "YB Tan", "Encik Amirul", "Dr Nolwazi", "Prof. Riaan", "Perit
Roderick", "Ald. Crystal", "K. Bailey-Morrison", initials "H.D.", "M.R.S.", "A.P.K.", "R.M."; "St.
Croix Island" against "St Helena Bay" and "St Andrew" with no stop; "JAM Builders Ltd.,", "Holdings
Ltd.,", "Naparima Post Ltd.,"; "Art. 6 of Cap. 424"; "Sept. 21 to"; "2 a.m.,"; "10 p.m. and 4
a.m.,"; "e.g. one"; "incl. VAT"; "Feb 22 (LWS) -"; "In 2052 B.S., or 1995,"; "2078 B.S. (2021),";
"Co. Regn. No." inside its line; "Blk 511 Bedok North St 3," with no stops; times with no periods
("4.52pm", "1.20pm", "3pm", "6am", "9pm", "11.20am", "9:30pm"); money and decimals ("28.75%",
"1,612.0000", "S$4,280", "$4", "J$9.6 billion", "RM1.2 billion", "R212 million", "€3,860.50", "Rs.
7.5 million", "HK$18.46", "TT$6.8m", "N$1.9146", "Rs 4.2 lakh"); "(P = 0.004)."; "49.2 overs",
"8.2-0-47-2"; "[laughs]" inside a sentence; questions inside quotes followed by their attribution
("“Do we want a naira that buys less every month?” he asked.", "“Who else in this country bats like
that with the title on the line?” he asked.", one sentence each) against a question followed by a
new sentence ("“Did the closures help?" / "For the chicks, clearly,” said ...") and a question that
ends a quote ("What am I supposed to tell their parents?”"); "!!!"; semicolons that never split
(standfirsts, the live-blog standfirst's two semicolons, the columnist's three-part proposal,
"(“KWT” or “the Company”; Bursa: KWTECH)", "Penang does not compete on cheap land any more; we
compete on people", "Hong Kong people have not stopped shopping; they have started ...", the table
source line); and list lines, one sentence each (road closures ending ";", ";" and ".", asterisked
wire bullets, summary bullets, table rows, batting rows, compact bowling lines).

The pages hold 549 sentences: 226 "B", 174 "W" and 149 ""; 164 sentences carry a speaker (80
distinct labels, page by page; 78 distinct speakers when the capital of "The commission" and "The
board" is ignored). `STYLES` describes each page, its story, its labels and its furniture in order;
`HELDOUT_CASES` holds 30 split cases written fresh in the manner of the pages (not copied from
them).

Written from scratch for issue 13 in round fifty-nine, as a held-out set, without looking at the
engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no
engine, scorer or test was run. What was read: the brief; the module docstrings of `labelled_new.py`
and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]` tables of
`pyproject.toml`; and, through `ast` only, the module docstrings, `STYLES`, the shape of `ARTICLES`
and `CASES`, the first page and the first three cases (and the case ids) of `labelled_new163.py` and
`labelled_new164.py`. Coined names were checked for freshness against the string constants of those
two files, through `ast`: eleven names or name parts ("Ferrier", "Haruna", "Nwachukwu", "Thandiwe",
"Lorraine", "Nadine", "Cheryl", "Clarke", "Ali", "Reid", "Crest") and four outlet words ("Meridian",
"Ledger", "Herald", "Tribune") that hit were replaced before the file was written; only common words
and real places (for example "Post", "Bay", "Court") still hit.

Every person, outlet, publisher, wire service, firm, bank, brokerage, guild, forum, collective,
credit union, journal, study, survey, report, statement and figure is invented, and so is every
small place or building (the Dana Khola plant, Causeway Pinnacle, Triq il-Ħarrub and the like). Real
countries, regions, cities, towns, rivers, roads, reservoirs, islands, grounds, markets, hospitals,
universities, laws, ministries, regulators, agencies, utilities and other public bodies appear only
as settings, with invented statements and figures: Gisborne, Tairāwhiti, the Waipaoa River,
Kanakanaia, Te Karaka, Whatatutu, Tolaga Bay, Tokomaru Bay, Muriwai, Wairoa, Lytton West, Back
Ormond Road, SH2 and SH35, MetService, Tairāwhiti Civil Defence and NZ Transport Agency Waka Kotahi;
Abuja, Lagos, the Mile 12 market, the Central Bank of Nigeria and its Monetary Policy Committee, the
National Bureau of Statistics and the Federal Ministry of Finance; Singapore, Toa Payoh Lorong 8
Market and Food Centre, Bedok North, Bukit Merah View, Tampines, Punggol, the National Environment
Agency and the Minister for Sustainability and the Environment; Kingston, St Andrew, Havendale,
Harbour View, Portmore, the Corporate Area, the Mona Reservoir, the Hermitage Dam, the National
Water Commission, the Meteorological Service of Jamaica, the Office of Utilities Regulation and
Parliament; Batu Kawan, Penang, Perai, Juru, Ipoh, Bursa Malaysia, Universiti Sains Malaysia and the
Penang state executive council; Cape Town, Betty's Bay, Stony Point, Boulders, Simon's Town, Dassen
Island, St. Croix Island, Saldanha, St Helena Bay, Gqeberha, Nelson Mandela University, the
University of Cape Town, the Department of Forestry, Fisheries and the Environment, South African
National Parks and the Press Council of South Africa; Gżira, Naxxar, Msida, Mater Dei Hospital, the
Occupational Health and Safety Authority and Cap. 424 of the Laws of Malta; Colombo, Kandy, Galle,
Nuwara Eliya, the Sinhalese Sports Club ground and Sri Lanka Cricket; Causeway Bay, Tsim Sha Tsui,
Kwun Tong, Wan Chai, Shenzhen, the Hong Kong stock exchange, the Hang Seng Index and the Rating and
Valuation Department; San Fernando, Marabella, Vistabella, Cocoyea, Tarouba, Pointe-a-Pierre Road,
the Cipero River, Point Fortin, King's Wharf, Harris Promenade, the San Fernando City Corporation,
the Ministry of Rural Development and Local Government and the Water and Sewerage Authority;
Windhoek, NamPower, the Electricity Control Board, the City of Windhoek, Erongo RED, CENORED, NORED,
the Ruacana hydropower station, the Ministry of Mines and Energy and the Electricity Act of 2007;
and Myagdi, Beni, Ilam, Pokhara, Mustang, Gandaki Province and the Alternative Energy Promotion
Centre.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, crumb, byline, date line,
share strip, caption, credit, time stamp, list item, table row, scorecard row, comment header, print
header and footer, newsletter block and legal line is a paragraph of its own, except that a caption
and a credit pasted in one line would be two sentences of one paragraph); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B"
line by line, whatever it says, never with a speaker; a caption by its content and its credit "B";
tables pasted as lines with a "B" title, header row and source line and "" data rows; headlines and
standfirsts never split and flagged by content, their "says" or "finds" carrying the source as the
story gives it; a dateline belongs to its lead sentence; a person is named in full as first given,
without titles or roles, and a pronoun, surname or role noun resolves to that name; a quote over
several sentences carries its speaker and cue in each; "according to X" gives X as written; a
generic noun for a body or a document is kept as written ("the bureau", "the commission", "The
commission", "the Company", "the company", "The board", "the board", "The defence"), and a short
form or "it" resolves to the name as first given ("The NEA says" -> "the National Environment
Agency", "it said" -> "Tairāwhiti Civil Defence"); a descriptor and a bracketed acronym are dropped
("The Alternative Energy Promotion Centre, the government agency that supports small hydro, says" ->
"the Alternative Energy Promotion Centre"); the clause that says why a source is unnamed is dropped
("who asked not to be named"); a channel phrase after the verb is part of the cue ("said in an
update", "told a news conference", "said in a statement", "said in its decision", "said in its
annual report", "told analysts on a conference call") and a fronted one is not; "X did not respond
to a request for comment" carries X with that cue, ""; a body acting with no verb of saying carries
no speaker.

Conventions this set had to settle, in the same spirit:

* READERS' COMMENTS under an op-ed: the thread's count line ("4 thoughts on “...”"), each comment's
  header ("K. Bailey-Morrison says:"), date line and "Reply", a moderator-removal line and "Log in
  to comment." are "B"; the comment's text carries the commenter by the name the header gives (a
  handle as written, "truthteller876"; an initial kept, "K. Bailey-Morrison"; the columnist herself
  when she replies), cue "says" as the header puts it, flagged by content; a source the commenter
  cites is that sentence's speaker, as in the column ("The commission told Parliament in 2020 ...").
  The column's own sentences carry no speaker, like a reporter's; the writer's bio, feedback line
  and views disclaimer are "B".
* An EMAIL NEWSLETTER is furniture except its lead story: the view-in-browser line, the brief's name
  and date, the greeting ("Good morning." and "Here's what you need to know ..."), the "IN TODAY'S
  BRIEF" list, section labels, the read-the-full-story link, the "ALSO TODAY" teasers (headline,
  one-sentence summary and "Read more →", even when the summary states a fact, like a
  related-headline list), the sponsor block, the forward/unsubscribe line, the why-you-get-this line
  and the postal address are all "B".
* A SERVICE LINE inside a story ("Residents can report blocked drains to the corporation's disaster
  management unit on 652-0199 ...") is a story line, "", not a contact line; the outlet's own "Have
  a question about your bill?" / "Send it to explain@namibcourant.com.na." is "B".
* A PRINT VIEW's header (date, time and page title), URL line, page count and "Print  |  Close
  window" are "B", each time the paste repeats them, even mid-story; a results story's own SUBHEADS
  ("Rents and occupancy", "Hotels and debt") are "" story lines.
* Q&A with "Q:" and "A:" prefixes: the cue of every sentence of an answer is "A:", and the
  interviewee stays the speaker of a finding of her own guild's survey ("Our survey of 806 members
  in May found ..."); a "Q:" turn carries no speaker unless it cites a source, and a question-turn's
  premise of record is "W" ("Q: Rents at some centres went above S$4,000 a month ...").
* Titles dropped from the label: "Mayor", "Duty forecaster", "Governor", the Malaysian "Datuk Seri",
  "Ir.", "YB" and "Encik", "Dr", "Prof.", the Maltese "Perit", "Magistrate", "Defence lawyer",
  "Ald.", "Councillor", "Chairman", "Chief financial officer", "Kandy captain", "Galle coach",
  "National selector", "Ward chair". Kept as written: Chinese names in their own order, with a Hong
  Kong given name's hyphen ("Edmund Fung Tsz-hin", "YB Tan said" -> "Tan Hui Wen", "Fung said" ->
  "Edmund Fung Tsz-hin"); Sri Lankan initials ("M.R.S. Bandara"); a wife named by her given names
  only ("his wife, Dhan Kumari" -> "Dhan Kumari").
* A live blog's SUMMARY BOX ("What we know so far"): the label is "B", each bullet one sentence by
  content, its "the mayor says" carrying the mayor as the entries name her; an EMBED PLACEHOLDER
  ("This embed is not available.", "View on Instagram") is "B" and the reporter's description of the
  post is ""; the blog's sign-off is "" story, not furniture; an entry headline with a ROLE PREFIX
  ("Grower: ‘...’") carries the person the entry names, with the prefix as cue, like a name prefix.
* A WIRE STORY in a newspaper: the newspaper's "By Lagoon Wire Service" byline and "Disclaimer: This
  story was published from a wire agency feed ..." are "B", like the wire's own writethru note and
  credits; the asterisked key-point bullets are the story's, one sentence each by content; a poll by
  the wire itself ("Nine of 14 analysts polled by LWS ...") carries nobody.
* A CRICKET SCORECARD: "SCORECARD", the innings headers ("GALLE 261 (49.2 overs)") and the column
  header are "B"; batting rows, extras, the fall-of-wickets line, compact bowling lines ("Bowling:
  M.R.S. Bandara 10-0-41-4, ..."), toss, umpires and player of the match are data, "", like the
  "Referee:" line.
* A VERDICT is an act of the court, not a finding reported with a verb of saying: "The court found
  both accused guilty on all charges ..." and "It fined ..." carry nobody ("W"), while "finding
  that" would carry the court; the magistrate's reasons, given with "said", carry her ("W"); the
  Maltese closing lines naming prosecutor and counsel are story lines, "", with no speaker.
* "B.S." (Bikram Sambat) ends a sentence only where the sentence ends ("first ran in 2054 B.S." /
  "It was the first ..."), never in "In 2052 B.S., or 1995," or "2078 B.S. (2021),"; "Thank you, K."
  ends a sentence at an initial used as a name, unlike "K. Bailey-Morrison"; "Co. Regn. No.
  201934872K." is one sentence; "Sdn. Bhd." ends a sentence before a capital, like "Pty Ltd." and
  "Plc.".
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'New Zealand REGIONAL NEWS SITE (Gisborne), desktop browser paste, a LIVE BLOG with timed entries, entry bylines and a summary box: a state of emergency in Tairāwhiti as the Waipaoa River peaks at 11.4 metres. Head: masthead, a menu with double spaces, subscribe/log-in line, crumb, "LIVE" tag (all "B"); headline of record "W"; a standfirst of three clauses joined by semicolons (one sentence, "W"); a "Last updated 4.52pm" line, a two-name byline, share line (all "B"); a "What we know so far" label "B" and four bullets by content (the declaration "at 1.20pm." "W"; "the mayor says" resolving to the mayor named in a later entry, "W"; a count "W"; "Civil Defence says" advice "" carrying the body as the entries name it). Entries newest first, each with a TIME STAMP and an ENTRY BYLINE (bare name) "B", one "Key event" tag "B": a sign-off (two, "", "from 6am" with no periods); the mayor\'s headline "Mayor says ..." ("W", carrying her) and "has told reporters" the peak and the old record ("W", cue as written), her feeling and plea (two, ""); the evacuation count "said in an update" (channel in the cue), the largest centre and the pets rule "it said" (resolving to Tairāwhiti Civil Defence, all "W"); a READER\'S MESSAGE "Aroha, in Whatatutu, writes: “..." over two sentences ("", speaker "Aroha"); MetService "says" rain in the headline and the entry ("W"), a warning "until 9pm" with no speaker "W", a duty forecaster\'s forecast and quote (two, ""); a road-closures headline "W", "NZ Transport Agency Waka Kotahi says the following roads are closed:" and THREE LIST LINES ending ";", ";" and "." (each "W", each carrying the agency with "says"); the declaration entry, an act with no speaker and a rule ("W"); a headline with a ROLE PREFIX "Grower: ‘...’" ("", carrying the grower named in the entry, cue "Grower:"), his morning narrated with no verb of saying ("", no speaker), his quote ("") and a growers\' collective\'s estimate ("estimates", "W"); an EMBED PLACEHOLDER "This embed is not available." and "View on Instagram" ("B") with the post described (""). Tail: load-earlier line, more-on label and one headline, copyright split at "Limited." before "All rights reserved.", footer links (all "B").',
    'Nigerian NEWSPAPER\'S WEBSITE (Lagos) carrying a WIRE STORY WITH CREDITS, desktop browser paste: the central bank raises its key rate 50 basis points to 28.75% as food inflation reaches 38.2%. Head: masthead, menu, crumb (all "B"); an "UPDATE 2-" headline (one sentence, "W"); the wire byline "By Lagoon Wire Service", a date line, share line and the WRITETHRU NOTE "(Adds analyst comment, ...)" (all "B"); three ASTERISKED KEY-POINT BULLETS (each one sentence, "W"). Body: "ABUJA, Feb 22 (LWS) -" lead (dateline part of the sentence, "W", no speaker); the governor ("Governor" dropped) "told a news conference" the 9-3 vote ("W"), his quote "" and a question with attribution "he asked." (one sentence, ""), the reserve ratios "he said" ("W"); inflation "according to the National Bureau of Statistics" and food inflation "the bureau said" (kept as written, "W"); an "Advertisement" line and an inline "ALSO READ:" headline ("B"); rice prices "traders said" (a group\'s prices, "W"); the naira "official market data showed" ("W"); an analyst\'s two-sentence quote (""); the wire\'s own poll with no speaker ("W"); lending rates ENDING "Zenara Bank Plc." before "She expects ..." ("W", then a forecast "" with cue "expects"); the finance ministry "did not respond to a request for comment" (""); petrol prices "the bureau\'s price watch survey showed" ("W"); the next meeting ENDING "May 16-17." ("W"). Tail: the "($1 = ...)" line, the "(Reporting by ...; Writing by ...; Editing by ...)" line, the publisher\'s wire disclaimer, related label and one headline, a WordPress reply form ("Leave a Reply", two-sentence notice ending "marked *"), copyright split at "Nig. Ltd." before "All rights reserved." (all "B").',
    'Singaporean NEWS SITE, READER-MODE paste, a Q&A INTERVIEW WITH "Q:" AND "A:" PREFIXES: the president of an invented hawkers\' guild on bids, a cleaning fee and ageing stallholders. Head as reader mode leaves it: the domain line, then a quote headline under the interviewee\'s NAME PREFIX ("Ong Siew Lan: ‘...’", "", cue the prefix as written); a standfirst with "four in 10" ("W", no speaker); the bare byline and a date-and-read-time line ("B"); a caption of record with "Madam" in it ("W") and a capitalised photo credit "B". Body: two reporter\'s sentences of record ("W", "Madam Ong" resolving to her name in the next) and a scene ""; the "condensed and lightly edited" note "B"; then turns: the "Q:" turns carry NO SPEAKER (a premise of record "W", questions and a topic line ""), except where they cite "The NEA says" (resolving to "the National Environment Agency" as first given, a policy claim, "") and "A 2027 study by the Orchard Consumer Panel found" ("W"); the "A:" turns carry her, cue "A:" on every sentence of the turn, including her guild\'s own survey ("W"): bids with "Blk 511 Bedok North St 3," (no stops), a couple\'s debt, a request made in February, age shares, tray machines, food-court prices and a letter "on July 2" (all "W"); "$4 chicken rice", "S$60 is S$60.", "[laughs]" INSIDE a sentence, requests, opinions and "So, nobody." (""). Tail: a WhatsApp-channel line, related label and one headline, copyright ENDING "Pte Ltd." before "Co. Regn. No. 201934872K." before "All rights reserved." (all "B").',
    'Jamaican NEWSPAPER\'S WEBSITE (Kingston), desktop browser paste, an OP-ED WITH READERS\' COMMENTS: a columnist argues that water lock-offs come from leaks more than drought. Head: masthead, menu, crumb (all "B"); an opinion headline ""; a standfirst of record ("W"); a byline with "| Columnist", date line, share line (all "B"); a caption "" and a capitalised credit "B". Body in the COLUMNIST\'S OWN VOICE (no speaker): scenes, opinions and short one-line paragraphs ("I believe him.", "I also believed his predecessor.", "It did not come close.", all ""); the restrictions ("W"); reservoir levels "according to the commission\'s daily bulletin" and rainfall "the Meteorological Service of Jamaica says" ("W"); losses "according to the commission\'s annual report for 2026-27", "the commission has admitted" (parenthetical) and "the commission promised" ("W"); pipe replaced "according to answers it gave to a parliamentary committee in October" ("W") and an arithmetic projection ""; a day-care owner\'s quote with "2 a.m.," and a question at the end of a quote (three, ""); the commission\'s spokesman "told me" a loan plan ("") and "He said" leak repairs ("W"); a proposal kept whole across two semicolons ""; the service charge "W". Tail of the column: the writer\'s bio and a feedback line ENDING "columns@kingstonclarion.com.jm.", a views disclaimer (all "B"). COMMENTS: a count line "B"; three comments, each a HEADER "Name says:", a date line and "Reply" ("B"), its text carrying the commenter as the header names him or her, cue "says" ("K. Bailey-Morrison" with a figure of record "W" and an opinion ""; the columnist\'s reply "Thank you, K." ENDING a sentence before "The commission told Parliament ...", which carries "The commission" "W"; "truthteller876" with "!!!" and a question ""); a moderator-removal line, a log-in line and copyright split at "Co. Ltd." before "All rights reserved." (all "B").',
    'Malaysian BUSINESS PORTAL (Kuala Lumpur), desktop browser paste, a REPUBLISHED PRESS RELEASE: a listed chip firm opens a RM1.2 billion packaging plant in Batu Kawan, Penang. Head: masthead, menu, crumb, "PRESS RELEASE" tag (all "B"); headline of record "W"; a published line and a two-sentence portal disclaimer ("B"). Body in the ISSUER\'S OWN VOICE (no speaker for its unattributed sentences): the "BATU KAWAN, Penang, 9 June 2028 –" lead with "(“KWT” or “the Company”; Bursa: KWTECH)" inside (one sentence, "W"); the subsidiary ENDING "Sdn. Bhd." before "It will assemble ..." (both "W"); construction "the Company said" (kept as the release writes it, "W"); staff today and by 2029 ("W"); the chief executive ("Datuk Seri Ir." dropped) with a two-sentence quote (""); funding "the Company said" ("W"); suppliers ENDING "Juru Precision Tooling Sdn. Bhd." and solar and water figures ("W"); the opening by a state executive councillor (an act with no verb of saying, "W", "YB" in the text); "YB Tan said" (resolving to "Tan Hui Wen") investments ("W") and her semicolon quote (""); a memorandum with a university ("W"); the finance chief ("Encik" dropped) with guidance (""). Tail: "– END –", the "About" heading and its two claims, the forward-looking heading and statement, the media-contact lead, name, role, telephone and e-mail lines, related label and one headline, copyright split at "Sdn. Bhd." before "All rights reserved.", footer links (all "B").',
    'South African NEWS SITE (Cape Town), AMP PAGE paste, a SCIENCE STORY: African penguin chicks fledge more often where purse-seine fishing is banned, but breeding pairs at four colonies fell 41%. Head: the AMP bar with masthead, section label ("B"); headline "..., study finds" ("W", carrying the study as the body names it); a standfirst of record "W"; byline, published line, share line ("B"); a caption "" and a "Picture:" credit "B"; a listen line "B". Body: the "CAPE TOWN –" lead "a study of 11 breeding seasons at four colonies has found" ("W"); the study\'s nests with "St. Croix Island" mid-sentence, weights with "(P = 0.004)." and the decline (all "W", no speaker); "Advertisement" and "Continue reading below" ("B"); the lead author ("Dr" dropped) in a quote of a QUESTION followed by a NEW SENTENCE with the attribution (two, ""), a quoted biological fact ("W") and foraging trips "she said" ("W"); an industry forum\'s causal counter-claim ("W"), its chairman\'s quote with "St Helena Bay" (no stop, "") and a cost "He said" ("W"); the department "said in a statement" closures until 2033 ("W"); an outside professor ("Prof." dropped) "called it" and a hedge (""); the species\' status and visitor numbers "according to South African National Parks" ("W"); a colony scene ""; the lead author\'s closing quote (two, ""). Tail: a journal reference line kept whole at "et al." and the title\'s full stops, related label and one headline, a view-non-AMP link, a press-code line, copyright ending "(Pty) Ltd." (all "B").',
    'Maltese NEWS SITE (Valletta), PHONE BROWSER paste, a COURT REPORT: a contractor and his company are fined €34,000 in all after a wall collapse in Gżira injured two workers. Head: a hamburger/masthead/search line, an open-in-app line, a section label ("B"); headline of record "W"; standfirst "...; court expert says ..." (one sentence, "W", carrying the expert named later); byline, a relative time, a read time and a listen line ("B"); a caption "" and its credit "B". Body: the fines (an act of the court, no speaker, "W"); the accused with "JAM Builders Ltd.," mid-sentence and their pleas ("W"); the collapse and injuries ("W"); an "Advertisement" line "B"; the court expert ("Perit" dropped) "testified" ("W"); an OHSA inspector "told the court" and "She said" a stop order at "11.20am," ("W"); defence counsel "argued" (""); the magistrate ("Magistrate" dropped) on the company\'s failings and a director\'s responsibility (her findings, "W"); the VERDICT "The court found both accused guilty ..." with "Art. 6 of Cap. 424" mid-sentence and the fines and "€3,860.50" in fees (acts of the court, no speaker, "W"); an inline "Read next:" headline "B"; a victim\'s brother "who asked not to be named" (clause dropped, two, ""); "The defence said" it would appeal (""); the authority\'s annual report ("said in its annual report", "W"); the CLOSING LINES "Inspector ... prosecuted." and "Lawyers ... were defence counsel." (story lines, "", no speaker). Tail: a tags line, a two-sentence comments notice, a two-sentence cookie banner and its buttons (all "B").',
    'Sri Lankan NEWSPAPER\'S WEBSITE (Colombo), desktop browser paste, a SPORTS REPORT WITH A SCORECARD: Kandy beat Galle by four wickets in an inter-provincial one-day final at the SSC. Head: masthead, menu, crumb ("B"); headline and standfirst of record ("W", the standfirst one sentence across a semicolon); byline, a date line with "00:05", share line ("B"); a caption "" and a "Pic by" credit "B". Body: the result, the title count, the Galle innings with INITIALS mid-sentence ("H.D. Senanayake", "M.R.S. Bandara") and the collapse (all "W"); the leg-spinner\'s quote ("", carrying "M.R.S. Bandara" with initials kept); a characterisation ""; the seamer\'s over ("W"); "at 3.10 p.m." ENDING a sentence before "No overs were lost ..." (both "W"); the partnerships with "A.P.K. Dias" and the boundaries ("W"); the captain ("Kandy captain" dropped) with a quote "" and a question with attribution "he asked." (one sentence, ""); the losing coach\'s excuse (""); prize money with "Rs. 7.5 million" "Sri Lanka Cricket said in a statement" ("W") and the awards ("W"); a crowd scene ""; the selector (title dropped) with an opinion "" and the squad date ("W"). SCORECARD: the label, the two innings headers and the column header "B"; batting rows, extras, fall of wickets, compact bowling lines with "8.2-0-47-2" and "9.1-0-52-1", toss, umpires ("R.M. Jayatilleke") and player of the match (all data, ""). Tail: more-sports label and one headline, copyright split at "(Pvt) Ltd." before "All Rights Reserved." (all "B").',
    'Hong Kong BUSINESS NEWS SITE, PRINT VIEW paste, a BUSINESS RESULTS STORY: a mall landlord\'s underlying interim profit falls 18% to HK$2.14 billion and its dividend is cut. Head: the browser\'s PRINT HEADER (date, time, page title), masthead, crumb ("B"); headline of record "W"; standfirst "Chairman says ... as interim dividend is cut ..." ("W", carrying the chairman in full); byline and a published line with "9:30pm" ("B"); a caption of record "W" and its credit "B". Body: the company "said" ("Holdings Ltd.," mid-sentence, the company\'s name as written, "W"); revenue "according to a filing to the Hong Kong stock exchange" ("W"); the dividend with "Sept. 21" mid-sentence ENDING "Aug. 29." before "Harbourline\'s shares ..." (both "W", the board\'s declaration an act with no speaker); a STORY SUBHEAD "Rents and occupancy" ("", a story line, not furniture); rents and occupancy "the company said" ("W"); the chairman (title dropped; Chinese name with the hyphenated given name kept) "told analysts on a conference call" a forecast (""), leases "He said" ("W") and a semicolon quote "Fung said" (resolving to his full name, ""); rents "according to the Rating and Valuation Department" ("W"); a PRINT FOOTER (URL and "1/2") and a REPEATED PRINT HEADER ("B"); a second story subhead ""; hotels and debt ("W"); the finance chief (title dropped) with a borrowing cost ("W") and a disposal plan (""); the miss ENDING "Wan Chai Securities Co. Ltd." before an analyst\'s quote of a statement and a question (two, ""); the chairman\'s retort (""). Tail: a print/close line, copyright split at "Publishers Ltd." before "All rights reserved.", the last URL and "2/2" (all "B").',
    'Trinidad and Tobago NEWS SITE\'S EMAIL NEWSLETTER (San Fernando), pasted from a mail client, a LOCAL COUNCIL STORY: the city corporation votes TT$6.8m for drains after the Marabella floods. Head: a view-in-browser line, the brief\'s name and date, a two-sentence greeting, an "IN TODAY\'S BRIEF" label and three bulleted items, a section label (all "B"); headline of record "W"; byline "B". Body: the vote and the tally (acts of the corporation, "W"); the mayor (title dropped) with the money\'s sources ("W") and a quote (""); an alderman ("Ald." dropped) with drains inspected, "she said," mid-sentence ENDING "Pointe-a-Pierre Rd." before "It had not been cleared since 2019, she said." (all "W"); an opposing councillor with his ward in brackets ("(Cocoyea/Tarouba)"), an opinion and a quote (""); the water authority "said in a statement" a repair date ("W"); assessments "according to a report tabled at the meeting" ("W"); a resident\'s losses (""); the work dates "the corporation\'s chief executive officer, ..., said" ("W"); a SERVICE LINE with two telephone numbers inside the story ("", a story line, not a contact line). Tail of the newsletter: a read-the-full-story link, an "ALSO TODAY" label and two TEASERS, each a headline, a one-sentence summary and "Read more →" (all "B", facts and all), a sponsor label and a two-sentence sponsor message, the forward/preferences/unsubscribe line, the why-you-get-this line, the postal address with "Ltd.," and copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Namibian NEWS SITE (Windhoek), READER-MODE paste, an EXPLAINER WITH QUESTION SUBHEADS: what a 7.4% bulk electricity increase means for household bills. Head as reader mode leaves it: the domain line "B"; an "Explainer:" headline of record ("W"); the bare byline and a date-and-read-time line ("B"). Body: the approval (an act, "W") and "Here is what it means for you." (""); SEVEN QUESTION SUBHEADS (each ""); the bulk tariff with "N$1.9146" and the request ("W"); "The board said in its decision" a cut and its cause ("W", kept as written); the start date and the prepaid and post-paid rules ("W"); "That depends on who supplies you." (""); a city tariff ENDING "per kWh." ("W") and "the board\'s own example shows" a bill ("W"); a TABLE (title, header and source with "incl. VAT" "B", four rows ""); imports "according to the board" ("W"); the utility\'s managing director with a causal claim ("W") and a quote (""); the lifeline tariff "the board said" and registrations "according to the Ministry of Mines and Energy" ("W"); "The board says" a timer, "e.g." and "10 p.m. and 4 a.m.," mid-sentence, can cut a bill by 15% ("W"); an imperative ("", no speaker); the appeal rule, the complaints route and the next review ("W"). Tail: a two-sentence question line ENDING "explain@namibcourant.com.na.", the reporter\'s bio, a related line, copyright with "(Pty) Ltd 2028" (all "B").',
    'Nepali NEWS SITE (Pokhara), PHONE BROWSER paste, a FEATURE/PROFILE with "SAYS" THROUGHOUT: a retired mathematics teacher who built and still runs a village micro-hydro plant in Myagdi. Head: a hamburger/masthead/search line, an open-in-app line, a "Feature" label ("B"); headline ""; standfirst across a semicolon with 212 homes (one sentence, "W"); a story-and-photos byline, a "Published at :" line and a read time ("B"); a caption "" and a capitalised credit with a slash "B". Body: a morning scene "" and his two-sentence quote "he says" (""); his teaching years ("W", no speaker); "In 2052 B.S., or 1995," mid-sentence with "Rs 3,000" and "Rs 4.2 lakh" ("W"); "first ran in 2054 B.S." ENDING a sentence before "It was the first in the district ..., he says." (both "W", the second carrying him); a ONE-LINE STORY PARAGRAPH "Nobody believed him." (""); his wife "says" (name as given, two, ""); the plant today, the unit price and "according to the committee\'s accounts" ("W"); "In the monsoon of 2078 B.S. (2021)," and 47 dark days ("W"); his two-sentence quote (""); the repair cost "he says," mid-sentence ("W"); the Alternative Energy Promotion Centre "says" (descriptor dropped) and its engineer\'s causal claim ("W") and quote (""); the grid forecast ("", no speaker) and the ward chair\'s plan (title dropped, ""); his daughter described with no verb of saying ("", no speaker) and her quote "she says, laughing." (""); an evening scene and his closing quote (""). Tail: the writer\'s bio, a read-more label and one headline, back-to-top, a two-sentence cookie banner and its button, copyright ending "Pvt. Ltd." (all "B").',
]

ARTICLES = [
    [
        [("THE POVERTY BAY BEACON", "", "", "B")],
        [("Home  News  Weather  Sport  Business  Opinion  Te Ao Māori  Puzzles", "", "", "B")],
        [("Subscribe  |  Log in", "", "", "B")],
        [("Weather › Severe weather", "", "", "B")],
        [("LIVE", "", "", "B")],
        [
            (
                "Live: State of emergency in Tairāwhiti as Waipaoa River peaks above 11 metres",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Hundreds evacuated from Te Karaka and Whatatutu; SH2 and SH35 closed; red heavy rain warning until 9pm",
                "",
                "",
                "W",
            )
        ],
        [("Last updated 4.52pm, Tuesday 14 March 2028", "", "", "B")],
        [("Mereana Tautahi-Lowry and Callum Pettigrew-Hōne", "", "", "B")],
        [("Share  Facebook  X  Email  Copy link", "", "", "B")],
        [("What we know so far", "", "", "B")],
        [("A state of emergency was declared for the Tairāwhiti region at 1.20pm.", "", "", "W")],
        [
            (
                "The Waipaoa River reached 11.4 metres at Kanakanaia at 3pm, the highest since records began in 1948, the mayor says.",
                "Rehana Whitcombe-Paewai",
                "says",
                "W",
            )
        ],
        [("About 640 people have registered at three evacuation centres.", "", "", "W")],
        [
            (
                "Civil Defence says anyone in a low-lying part of Te Karaka should leave now.",
                "Tairāwhiti Civil Defence",
                "says",
                "",
            )
        ],
        [("4.52pm", "", "", "B")],
        [("Mereana Tautahi-Lowry", "", "", "B")],
        [
            ("We're pausing our live coverage here for the evening.", "", "", ""),
            (
                "Our reporters in Te Karaka and Tolaga Bay will be back with updates from 6am on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [("4.31pm", "", "", "B")],
        [("Callum Pettigrew-Hōne", "", "", "B")],
        [
            (
                "Mayor says river has never been higher at Kanakanaia",
                "Rehana Whitcombe-Paewai",
                "says",
                "W",
            )
        ],
        [
            (
                "Gisborne mayor Rehana Whitcombe-Paewai has told reporters at the council's emergency operations centre that the Waipaoa River peaked at 11.4 metres at the Kanakanaia bridge at 3pm.",
                "Rehana Whitcombe-Paewai",
                "has told reporters",
                "W",
            ),
            (
                "That is 40 centimetres above the previous record, set in March 1988, she said.",
                "Rehana Whitcombe-Paewai",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I have lived beside this river my whole life and I have never been frightened of it until today,” she said.",
                "Rehana Whitcombe-Paewai",
                "said",
                "",
            ),
            ("“Please, if you are told to go, go.”", "Rehana Whitcombe-Paewai", "said", ""),
        ],
        [("4.10pm", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Mereana Tautahi-Lowry", "", "", "B")],
        [("Evacuation centres now hold about 640 people", "", "", "W")],
        [
            (
                "About 640 people have now registered at the region's three evacuation centres, Tairāwhiti Civil Defence said in an update at 4pm.",
                "Tairāwhiti Civil Defence",
                "said in an update",
                "W",
            ),
            (
                "The largest, at the Lytton West community hall in Gisborne, had taken in 410 people, including 37 children under five, it said.",
                "Tairāwhiti Civil Defence",
                "said",
                "W",
            ),
            (
                "Pets are welcome at the Te Karaka centre but must be kept on a lead or in a cage, it said.",
                "Tairāwhiti Civil Defence",
                "said",
                "W",
            ),
        ],
        [("3.48pm", "", "", "B")],
        [("Callum Pettigrew-Hōne", "", "", "B")],
        [
            (
                "Aroha, in Whatatutu, writes: “The water is at the bottom step of the marae and still coming up.",
                "Aroha",
                "writes",
                "",
            ),
            (
                "My uncle has taken the kaumātua up to the school on the hill.”",
                "Aroha",
                "writes",
                "",
            ),
        ],
        [("3.25pm", "", "", "B")],
        [("Mereana Tautahi-Lowry", "", "", "B")],
        [
            (
                "MetService says 287mm of rain fell at Te Karaka in 24 hours",
                "MetService",
                "says",
                "W",
            )
        ],
        [
            (
                "MetService says 287mm of rain fell at its Te Karaka gauge in the 24 hours to 3pm, more than the town's average for March and April combined.",
                "MetService",
                "says",
                "W",
            ),
            (
                "A red heavy rain warning for the ranges north of Gisborne remains in place until 9pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Duty forecaster Hamish Okonkwo-Baird said the heaviest bands should ease after dark but showers would keep rivers high into Wednesday.",
                "Hamish Okonkwo-Baird",
                "said",
                "",
            ),
            (
                "“It's the ground, not the sky, that's the problem now,” he said.",
                "Hamish Okonkwo-Baird",
                "said",
                "",
            ),
        ],
        [("3.02pm", "", "", "B")],
        [("Callum Pettigrew-Hōne", "", "", "B")],
        [("Road closures: SH2 and SH35 shut", "", "", "W")],
        [
            (
                "NZ Transport Agency Waka Kotahi says the following roads are closed:",
                "NZ Transport Agency Waka Kotahi",
                "says",
                "W",
            )
        ],
        [
            (
                "SH2 between Gisborne and Wairoa, at Muriwai;",
                "NZ Transport Agency Waka Kotahi",
                "says",
                "W",
            )
        ],
        [
            (
                "SH35 between Tolaga Bay and Tokomaru Bay;",
                "NZ Transport Agency Waka Kotahi",
                "says",
                "W",
            )
        ],
        [
            (
                "Back Ormond Road at the Waipaoa bridge.",
                "NZ Transport Agency Waka Kotahi",
                "says",
                "W",
            )
        ],
        [("1.50pm", "", "", "B")],
        [("Mereana Tautahi-Lowry", "", "", "B")],
        [("State of emergency declared", "", "", "W")],
        [
            (
                "Mayor Rehana Whitcombe-Paewai declared a state of emergency for the Tairāwhiti region at 1.20pm.",
                "",
                "",
                "W",
            ),
            (
                "The declaration gives Civil Defence the power to close roads, take over equipment and order evacuations, and lasts seven days unless it is extended or lifted.",
                "",
                "",
                "W",
            ),
        ],
        [("1.05pm", "", "", "B")],
        [("Callum Pettigrew-Hōne", "", "", "B")],
        [
            (
                "Grower: ‘Forty years of work, gone in a morning’",
                "Wiremu Tawhai-Brennan",
                "Grower:",
                "",
            )
        ],
        [
            (
                "Squash grower Wiremu Tawhai-Brennan watched from the terrace behind his house this morning as the Waipaoa went over his stopbank.",
                "",
                "",
                "",
            ),
            (
                "“Forty years of work, gone in a morning,” he said.",
                "Wiremu Tawhai-Brennan",
                "said",
                "",
            ),
        ],
        [
            (
                "The Tairāwhiti Growers' Collective estimates that 60 per cent of the region's squash crop, which was due to be picked over the next three weeks, is under water.",
                "the Tairāwhiti Growers' Collective",
                "estimates",
                "W",
            )
        ],
        [("12.30pm", "", "", "B")],
        [("Mereana Tautahi-Lowry", "", "", "B")],
        [("This embed is not available.", "", "", "B")],
        [("View on Instagram", "", "", "B")],
        [
            (
                "A Whatatutu resident posted this video of water pouring over the road bridge into the settlement shortly before midday.",
                "",
                "",
                "",
            )
        ],
        [("Load earlier updates", "", "", "B")],
        [("More on this story", "", "", "B")],
        [("How to pack a grab bag before a flood", "", "", "B")],
        [("© 2028 Beacon Media Limited.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Privacy  |  Terms  |  Contact us  |  Advertise", "", "", "B")],
    ],
    [
        [("THE MARINA EXAMINER", "", "", "B")],
        [
            (
                "Home | News | Politics | Business | Sports | Opinion | Metro | Entertainment | Videos",
                "",
                "",
                "B",
            )
        ],
        [("Business › Economy", "", "", "B")],
        [
            (
                "UPDATE 2-Nigeria's central bank raises key rate to 28.75% as food prices bite",
                "",
                "",
                "W",
            )
        ],
        [("By Lagoon Wire Service", "", "", "B")],
        [("February 22, 2028 | 5:14 pm", "", "", "B")],
        [("Share on: Facebook  X  WhatsApp  LinkedIn", "", "", "B")],
        [("(Adds analyst comment, naira reaction in paragraphs 8-10)", "", "", "B")],
        [("* Benchmark rate up 50 basis points, first increase since April", "", "", "W")],
        [("* Inflation rose to 31.4% in January on food prices", "", "", "W")],
        [("* Three of 12 MPC members voted to hold", "", "", "W")],
        [
            (
                "ABUJA, Feb 22 (LWS) - Nigeria's central bank raised its benchmark interest rate by 50 basis points to 28.75% on Tuesday, its first increase since April last year, as a jump in food prices pushed inflation back above 30%.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Governor Usman Bello-Tsafe told a news conference in Abuja that nine of the 12 members of the Monetary Policy Committee had voted for the increase and three had voted to hold.",
                "Usman Bello-Tsafe",
                "told a news conference",
                "W",
            )
        ],
        [
            (
                "“The committee judged that the cost of waiting was now higher than the cost of acting,” he said.",
                "Usman Bello-Tsafe",
                "said",
                "",
            ),
            (
                "“Do we want a naira that buys less every month?” he asked.",
                "Usman Bello-Tsafe",
                "asked",
                "",
            ),
        ],
        [
            (
                "The committee kept the cash reserve ratio for commercial banks at 45% and the liquidity ratio at 30%, he said.",
                "Usman Bello-Tsafe",
                "said",
                "W",
            )
        ],
        [
            (
                "Annual inflation rose to 31.4% in January from 29.9% in December, its first rise in seven months, according to the National Bureau of Statistics.",
                "the National Bureau of Statistics",
                "according to",
                "W",
            ),
            (
                "Food inflation reached 38.2%, the highest in 14 months, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("ALSO READ: Lagos traders count losses as tomato prices triple", "", "", "B")],
        [
            (
                "At Lagos's Mile 12 market, a 50kg bag of rice sold for 94,000 naira on Tuesday, up from 71,500 naira in November, traders said.",
                "traders",
                "said",
                "W",
            )
        ],
        [
            (
                "The naira weakened 0.6% to 1,612 per dollar on the official market after the decision, official market data showed.",
                "official market data",
                "showed",
                "W",
            )
        ],
        [
            (
                "“This is more a signal than a cure,” said Temitope Adeyinka-Briggs, chief economist at Ikoyi Bridge Capital in Lagos.",
                "Temitope Adeyinka-Briggs",
                "said",
                "",
            ),
            (
                "“Food prices are being driven by insecurity in the farming belt and by diesel, and a rate rise touches neither.”",
                "Temitope Adeyinka-Briggs",
                "said",
                "",
            ),
        ],
        [
            (
                "Nine of 14 analysts polled by LWS last week had expected the bank to hold.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Average lending rates at the biggest commercial banks reached 33.5% in January, said Ifeoma Anyanwu-Lawal, head of research at Zenara Bank Plc.",
                "Ifeoma Anyanwu-Lawal",
                "said",
                "W",
            ),
            (
                "She expects one more increase before the middle of the year.",
                "Ifeoma Anyanwu-Lawal",
                "expects",
                "",
            ),
        ],
        [
            (
                "The Federal Ministry of Finance did not respond to a request for comment.",
                "the Federal Ministry of Finance",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            (
                "Petrol pump prices in Abuja averaged 1,190 naira a litre in January, up 9% from December, the bureau's price watch survey showed.",
                "the bureau's price watch survey",
                "showed",
                "W",
            )
        ],
        [("The Monetary Policy Committee next meets on May 16-17.", "", "", "W")],
        [("($1 = 1,612.0000 naira)", "", "", "B")],
        [
            (
                "(Reporting by Chiamaka Obi-Nwosu in Abuja and Tunde Adeyemi-Bakre in Lagos; Writing by Segun Olatokunbo-Reis; Editing by Hannah Vasquez-Moreland)",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Disclaimer: This story was published from a wire agency feed without modifications to the text.",
                "",
                "",
                "B",
            )
        ],
        [("Related News", "", "", "B")],
        [("Banks' loan books shrink for second quarter", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("© 2028 The Marina Examiner Nig. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("tanjongpost.sg", "", "", "B")],
        [
            (
                "Ong Siew Lan: ‘A stall is not a pension, and the young ones know it’",
                "Ong Siew Lan",
                "Ong Siew Lan:",
                "",
            )
        ],
        [
            (
                "The president of the Singapore Hawkers' Mutual Guild on bidding wars, the table-cleaning fee and why four in 10 of her members are over 60",
                "",
                "",
                "W",
            )
        ],
        [("Clarissa Teo Hui Min", "", "", "B")],
        [("Sun, Aug 13, 2028 · 12 min read", "", "", "B")],
        [
            (
                "Madam Ong Siew Lan at her fishball noodle stall in Toa Payoh Lorong 8 Market and Food Centre, which she has run since 1991.",
                "",
                "",
                "W",
            ),
            ("TANJONG POST PHOTO: GAVIN LOH-SUBRAMANIAM", "", "", "B"),
        ],
        [
            (
                "The Singapore Hawkers' Mutual Guild was formed in 2009 and has 3,412 members, about a third of the cooked-food stallholders in the National Environment Agency's 118 hawker centres.",
                "",
                "",
                "W",
            ),
            (
                "Madam Ong, 63, became its president in March, the first woman to hold the post.",
                "",
                "",
                "W",
            ),
            (
                "She spoke to The Tanjong Post between the lunch and dinner rushes, at a table she wiped down herself.",
                "",
                "",
                "",
            ),
        ],
        [("This conversation has been condensed and lightly edited.", "", "", "B")],
        [
            (
                "Q: Rents at some centres went above S$4,000 a month in the last round of tenders.",
                "",
                "",
                "W",
            ),
            ("Is bidding out of control?", "", "", ""),
        ],
        [
            ("A: In some places, yes.", "Ong Siew Lan", "A:", ""),
            (
                "The highest bid this year was S$4,280 a month, at Blk 511 Bedok North St 3, for a stall that went for S$1,900 five years ago.",
                "Ong Siew Lan",
                "A:",
                "W",
            ),
            ("Nobody can sell $4 chicken rice and pay that.", "Ong Siew Lan", "A:", ""),
        ],
        [
            (
                "Q: The NEA says the tender system keeps rents at market levels and gives newcomers a chance.",
                "the National Environment Agency",
                "says",
                "",
            ),
            ("Do you disagree?", "", "", ""),
        ],
        [
            ("A: Newcomers are exactly the people who get hurt.", "Ong Siew Lan", "A:", ""),
            (
                "A young couple bid S$3,650 for a stall in Bedok last year, lasted seven months and left owing S$11,200 in rent.",
                "Ong Siew Lan",
                "A:",
                "W",
            ),
            (
                "We asked the agency in February to bring back a cap on bids, as it had before 2012, and we are still waiting for an answer.",
                "Ong Siew Lan",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Let's talk about the table-cleaning fee.", "", "", ""),
            (
                "Since January, stallholders at 14 centres have paid S$60 a month towards the cleaners.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("A: S$60 is S$60.", "Ong Siew Lan", "A:", ""),
            (
                "Our survey of 806 members in May found that most make between S$2,500 and S$3,500 a month after rent, gas and ingredients.",
                "Ong Siew Lan",
                "A:",
                "W",
            ),
            ("For some of them, S$60 is a day's profit.", "Ong Siew Lan", "A:", ""),
        ],
        [("Q: Why are so many of your members over 60?", "", "", "")],
        [
            ("A: Because the young ones can do the sums.", "Ong Siew Lan", "A:", ""),
            (
                "Forty-one per cent of our members are 60 or older, and 9 per cent are over 75.",
                "Ong Siew Lan",
                "A:",
                "W",
            ),
            (
                "When one of them stops, the stall usually goes to the next bidder, not to a son or a daughter.",
                "Ong Siew Lan",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Some centres now have robot arms that fry noodles and machines that collect trays.",
                "",
                "",
                "",
            ),
            ("Are they the answer?", "", "", ""),
        ],
        [
            (
                "A: [laughs] A robot does not remember that the uncle at table 12 wants less salt.",
                "Ong Siew Lan",
                "A:",
                "",
            ),
            (
                "The tray-return machines at Bukit Merah View cost S$48,000 each, and the stallholders there are paying for them over five years.",
                "Ong Siew Lan",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: A 2027 study by the Orchard Consumer Panel found that Singaporeans under 35 eat at hawker centres twice a week on average, down from four times in 2015.",
                "A 2027 study by the Orchard Consumer Panel",
                "found",
                "W",
            ),
            ("Should that worry you?", "", "", ""),
        ],
        [
            (
                "A: It worries me more that they eat at food courts in malls, where the same bowl of noodles costs S$6.80 instead of S$4.50.",
                "Ong Siew Lan",
                "A:",
                "W",
            ),
            (
                "The food court operators are not our enemies, but they are not our friends either.",
                "Ong Siew Lan",
                "A:",
                "",
            ),
        ],
        [("Q: What will you ask the Government for first?", "", "", "")],
        [
            (
                "A: Three things: a cap on bids, the cleaning fee paid out of the centres' budgets, and one year rent-free for hawkers under 35.",
                "Ong Siew Lan",
                "A:",
                "",
            ),
            (
                "I wrote to the Minister for Sustainability and the Environment on July 2 asking for all three, and his office replied on July 9 that the letter had been received.",
                "Ong Siew Lan",
                "A:",
                "W",
            ),
        ],
        [("Q: Last question: who will cook your fishballs after you?", "", "", "")],
        [
            (
                "A: My son is an engineer at a wafer fab in Tampines, and he is very good at it.",
                "Ong Siew Lan",
                "A:",
                "",
            ),
            ("So, nobody.", "Ong Siew Lan", "A:", ""),
            ("That's the honest answer.", "Ong Siew Lan", "A:", ""),
        ],
        [
            (
                "Join The Tanjong Post's WhatsApp channel and get the latest news and must-reads.",
                "",
                "",
                "B",
            )
        ],
        [("Related Stories", "", "", "B")],
        [("Hawker centre in Punggol to pilot cashless-only stalls", "", "", "B")],
        [
            ("Copyright © 2028 Tanjong Post Media Pte Ltd.", "", "", "B"),
            ("Co. Regn. No. 201934872K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("THE KINGSTON CLARION", "", "", "B")],
        [
            (
                "News | Business | Sports | Entertainment | Lifestyle | Commentary | Letters | Obituaries | E-Paper",
                "",
                "",
                "B",
            )
        ],
        [("Commentary › Columns", "", "", "B")],
        [("Lock-offs are a choice, not the weather", "", "", "")],
        [
            (
                "The commission loses more than half the water it treats before it reaches a tap, and that is where the drought begins",
                "",
                "",
                "W",
            )
        ],
        [("By Marcia Ebanks-Thorpe | Columnist", "", "", "B")],
        [("Sunday, March 5, 2028", "", "", "B")],
        [("Share  Facebook  X  WhatsApp  Email  Print", "", "", "B")],
        [
            ("A water truck makes deliveries in Harbour View, St Andrew, last week.", "", "", ""),
            ("CLARION PHOTO: DEVON MULGRAVE-SINCLAIR", "", "", "B"),
        ],
        [
            (
                "For the third week in a row, my neighbours in Havendale are planning their lives around a schedule they did not choose.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Under the National Water Commission's latest restrictions, which began on February 13, homes in 41 communities in Kingston and St Andrew get piped water on only three days a week.",
                "",
                "",
                "W",
            ),
            (
                "The Mona Reservoir was at 38 per cent of capacity on Friday and the Hermitage Dam at 44 per cent, according to the commission's daily bulletin.",
                "the commission's daily bulletin",
                "according to",
                "W",
            ),
        ],
        [
            ("Nobody disputes that it has been dry.", "", "", ""),
            (
                "Rainfall over the Corporate Area from November to January was 52 per cent of the 30-year average, the Meteorological Service of Jamaica says.",
                "the Meteorological Service of Jamaica",
                "says",
                "W",
            ),
        ],
        [
            ("But drought explains only why there is less water in the dams.", "", "", ""),
            (
                "It does not explain why 62 per cent of the water the commission treated in 2026-27 never earned a dollar, according to the commission's annual report for 2026-27.",
                "the commission's annual report for 2026-27",
                "according to",
                "W",
            ),
            (
                "Some of that is theft and some is billing error, but most of it, the commission has admitted, is leaks.",
                "the commission",
                "has admitted",
                "W",
            ),
        ],
        [
            (
                "In 2019 the commission promised to cut its losses to 45 per cent by 2025.",
                "the commission",
                "promised",
                "W",
            ),
            ("It did not come close.", "", "", ""),
            (
                "Between 2020 and 2027 it replaced 186 kilometres of pipe in the Corporate Area, out of roughly 2,400 kilometres, according to answers it gave to a parliamentary committee in October.",
                "answers it gave to a parliamentary committee in October",
                "according to",
                "W",
            ),
            (
                "At that pace, the last of the old mains will be replaced some time after 2100.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“We pay for water we don't get, and when it comes it comes at 2 a.m.,” said Beverley Chin-Rattray, who runs a day-care centre on Havendale Drive.",
                "Beverley Chin-Rattray",
                "said",
                "",
            ),
            ("“I have 23 children here.", "Beverley Chin-Rattray", "said", ""),
            ("What am I supposed to tell their parents?”", "Beverley Chin-Rattray", "said", ""),
        ],
        [
            (
                "The commission's corporate communications manager, Oneil Rattigan-Pusey, told me on Thursday that a J$9.6 billion loan for pipe replacement would be signed before the end of the financial year.",
                "Oneil Rattigan-Pusey",
                "told me",
                "",
            ),
            (
                "He said 112 leaks had been repaired in St Andrew in February alone.",
                "Oneil Rattigan-Pusey",
                "said",
                "W",
            ),
        ],
        [("I believe him.", "", "", "")],
        [("I also believed his predecessor.", "", "", "")],
        [
            (
                "Here is what the Government could do by the end of this month: publish, every week, the number of leaks waiting to be repaired in each parish; stop charging the fixed service fee to homes that get water three days out of seven; and give the Office of Utilities Regulation the power to fine the commission when it misses its own targets.",
                "",
                "",
                "",
            ),
            (
                "The fixed service charge on a standard residential account is J$1,480 a month.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("None of that makes it rain.", "", "", ""),
            ("All of it would make the drought hurt less.", "", "", ""),
        ],
        [
            (
                "Marcia Ebanks-Thorpe is a civil engineer and a former chair of the Jamaica chapter of a regional water-engineering association.",
                "",
                "",
                "B",
            ),
            ("Send feedback to columns@kingstonclarion.com.jm.", "", "", "B"),
        ],
        [("The views expressed in this column are the writer's own.", "", "", "B")],
        [("4 thoughts on “Lock-offs are a choice, not the weather”", "", "", "B")],
        [("K. Bailey-Morrison says:", "", "", "B")],
        [("March 5, 2028 at 9:02 am", "", "", "B")],
        [
            (
                "I worked in the commission's meter department for 11 years, and in 2019 more than 90,000 meters in the Corporate Area had not been read in a year.",
                "K. Bailey-Morrison",
                "says",
                "W",
            ),
            ("The leaks are only half the story.", "K. Bailey-Morrison", "says", ""),
        ],
        [("Reply", "", "", "B")],
        [("Marcia Ebanks-Thorpe says:", "", "", "B")],
        [("March 5, 2028 at 10:30 am", "", "", "B")],
        [
            ("Thank you, K.", "Marcia Ebanks-Thorpe", "says", ""),
            (
                "The commission told Parliament in 2020 that it would replace every unread meter within three years.",
                "The commission",
                "told Parliament",
                "W",
            ),
        ],
        [("Reply", "", "", "B")],
        [("truthteller876 says:", "", "", "B")],
        [("March 5, 2028 at 11:47 am", "", "", "B")],
        [
            ("Same old story every dry season!!!", "truthteller876", "says", ""),
            ("Where did the money from the last loan go?", "truthteller876", "says", ""),
        ],
        [("Reply", "", "", "B")],
        [("This comment has been removed by a moderator.", "", "", "B")],
        [("Log in to comment.", "", "", "B")],
        [
            ("© 2028 Clarion Publishing Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("JALAN BURSA DAILY", "", "", "B")],
        [("Markets  Companies  Property  Tech  Economy  Press Releases  Events", "", "", "B")],
        [("Home » Press Releases » Technology", "", "", "B")],
        [("PRESS RELEASE", "", "", "B")],
        [
            (
                "Kinta Wafer Technologies opens RM1.2 billion chip packaging plant in Batu Kawan",
                "",
                "",
                "W",
            )
        ],
        [("Published on 9 June 2028, 11:05 AM", "", "", "B")],
        [
            ("This press release is issued by Kinta Wafer Technologies Berhad.", "", "", "B"),
            (
                "Jalan Bursa Daily is not responsible for its content and has not verified the claims in it.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "BATU KAWAN, Penang, 9 June 2028 – Kinta Wafer Technologies Berhad (“KWT” or “the Company”; Bursa: KWTECH) today opened its first advanced semiconductor packaging plant, a RM1.2 billion facility on a 32-acre site in the Batu Kawan Industrial Park.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The plant is owned and operated by the Company's wholly-owned subsidiary, KWT Advanced Packaging Sdn. Bhd.",
                "",
                "",
                "W",
            ),
            (
                "It will assemble and test chips for automotive and industrial customers, with a first-phase capacity of 480 million units a year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Construction began in August 2026 and was completed two months ahead of schedule, the Company said.",
                "the Company",
                "said",
                "W",
            ),
            (
                "The plant employs 640 people today and will employ 1,150 by the end of 2029, of whom 310 will be engineers and technicians.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Batu Kawan gave us what we could not find anywhere else in the region: engineers, a port and a state government that answers the phone,” said Datuk Seri Ir. Vinod Sivalingam, Group Managing Director and Chief Executive Officer of KWT.",
                "Vinod Sivalingam",
                "said",
                "",
            ),
            ("“We intend to be here for the next 30 years.”", "Vinod Sivalingam", "said", ""),
        ],
        [
            (
                "The investment was funded from RM700 million of internally generated funds and a RM500 million Sukuk Wakalah programme, the Company said.",
                "the Company",
                "said",
                "W",
            )
        ],
        [
            (
                "Of the plant's 210 production machines, 64 were built by Malaysian suppliers, including Perai Motion Systems Sdn. Bhd. and Juru Precision Tooling Sdn. Bhd.",
                "",
                "",
                "W",
            ),
            (
                "A 9.8-megawatt rooftop solar system supplies about 22% of the plant's electricity, and the plant recycles 70% of the water it uses.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The plant was opened by the Penang State Executive Councillor for Investment, Trade and Industry, YB Tan Hui Wen, in the presence of about 300 guests.",
                "",
                "",
                "W",
            ),
            (
                "YB Tan said the plant was the 14th semiconductor investment approved for Batu Kawan since 2020, bringing the total committed there to RM18.6 billion.",
                "Tan Hui Wen",
                "said",
                "W",
            ),
            (
                "“Penang does not compete on cheap land any more; we compete on people,” she said.",
                "Tan Hui Wen",
                "said",
                "",
            ),
        ],
        [
            (
                "KWT also signed a memorandum of understanding with Universiti Sains Malaysia to train 200 engineering graduates a year at the plant from 2029.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“We expect the plant to contribute to Group revenue from the fourth quarter of 2028 and to break even in its second full year,” said Encik Amirul Hakim Baharuddin, Chief Financial Officer of KWT.",
                "Amirul Hakim Baharuddin",
                "said",
                "",
            )
        ],
        [("– END –", "", "", "B")],
        [("About Kinta Wafer Technologies Berhad", "", "", "B")],
        [
            (
                "Kinta Wafer Technologies Berhad is listed on the Main Market of Bursa Malaysia Securities Berhad.",
                "",
                "",
                "B",
            ),
            (
                "Founded in Ipoh in 1997, the Group designs, assembles and tests semiconductors for more than 60 customers in 14 countries, and employs 4,800 people in Malaysia, Vietnam and Mexico.",
                "",
                "",
                "B",
            ),
        ],
        [("Cautionary note on forward-looking statements", "", "", "B")],
        [
            (
                "This press release may contain forward-looking statements that involve risks and uncertainties, and actual results may differ materially.",
                "",
                "",
                "B",
            )
        ],
        [("For media enquiries, please contact:", "", "", "B")],
        [("Nur Syafiqah Rosli-Pang", "", "", "B")],
        [("Head, Group Corporate Communications", "", "", "B")],
        [("Tel: +604-555 0182", "", "", "B")],
        [("Email: media@kintawafer.com.my", "", "", "B")],
        [("Related Press Releases", "", "", "B")],
        [("Ipoh glove maker signs RM85 million solar deal", "", "", "B")],
        [
            ("© 2028 Jalan Bursa Daily Sdn. Bhd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms of Use | Privacy Policy | Advertise With Us", "", "", "B")],
    ],
    [
        [("☰  TABLE BAY MERCURY", "", "", "B")],
        [("Science & Environment", "", "", "B")],
        [
            (
                "African penguin chicks more likely to fledge where fishing is banned, study finds",
                "a study of 11 breeding seasons at four colonies",
                "finds",
                "W",
            )
        ],
        [
            (
                "Closures helped chicks, but the birds are still in steep decline, and the fishing industry disputes the cause",
                "",
                "",
                "W",
            )
        ],
        [("Lwazi Ntshangase-Fortuin", "", "", "B")],
        [("Published 12 April 2028, 06:00", "", "", "B")],
        [("Share  WhatsApp  Facebook  X  Email", "", "", "B")],
        [
            (
                "An African penguin with its chick at the Stony Point colony in Betty's Bay.",
                "",
                "",
                "",
            ),
            ("Picture: Ayesha Februarie-Mthembu", "", "", "B"),
        ],
        [("Listen to this article  4 min", "", "", "B")],
        [
            (
                "CAPE TOWN – African penguin chicks at colonies where purse-seine fishing was banned within 20 kilometres were 18 per cent more likely to survive to fledging than chicks at colonies where boats could still fish, a study of 11 breeding seasons at four colonies has found.",
                "a study of 11 breeding seasons at four colonies",
                "has found",
                "W",
            )
        ],
        [
            (
                "The study, published on Wednesday in the African Journal of Seabird Ecology, followed 2,846 nests at Stony Point, Boulders, Dassen Island and St. Croix Island between 2016 and 2026.",
                "",
                "",
                "W",
            ),
            (
                "Chicks in the closed areas fledged at an average of 2,480 grams, against 2,310 grams elsewhere (P = 0.004).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Breeding pairs at the four colonies fell from 5,920 to 3,480 over the same period, a decline of 41 per cent.",
                "",
                "",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [("Continue reading below", "", "", "B")],
        [
            ("“Did the closures help?", "Nolwazi Mokoena-Abrahams", "said", ""),
            (
                "For the chicks, clearly,” said Dr Nolwazi Mokoena-Abrahams, a seabird ecologist at Nelson Mandela University in Gqeberha and the study's lead author.",
                "Nolwazi Mokoena-Abrahams",
                "said",
                "",
            ),
            (
                "“For the adults we cannot tell yet, because a penguin does not breed until it is about four years old.”",
                "Nolwazi Mokoena-Abrahams",
                "said",
                "W",
            ),
        ],
        [
            (
                "Adult birds in the closed areas made foraging trips that were on average 9.6 kilometres shorter, she said, based on GPS loggers fitted to 212 birds.",
                "Nolwazi Mokoena-Abrahams",
                "said",
                "W",
            )
        ],
        [
            (
                "The Small Pelagic Fishers' Forum, which represents 23 purse-seine companies, said the study had not accounted for the eastward shift of sardine stocks since 2010, which it called the main cause of the decline.",
                "The Small Pelagic Fishers' Forum",
                "said",
                "W",
            ),
            (
                "“Closing our grounds costs jobs in Saldanha and St Helena Bay, and the penguins are still going down,” said its chairman, Gerrit Louw-Maqubela.",
                "Gerrit Louw-Maqubela",
                "said",
                "",
            ),
            (
                "He said the closures had cost the industry R212 million in lost catches since 2022.",
                "Gerrit Louw-Maqubela",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Department of Forestry, Fisheries and the Environment said in a statement that the current closures would stay in place until at least 2033.",
                "the Department of Forestry, Fisheries and the Environment",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "Prof. Riaan Oosthuizen-Mkhize, a fisheries scientist at the University of Cape Town who was not involved in the study, called it “the most careful attempt yet” to separate the effect of fishing from that of the ocean.",
                "Riaan Oosthuizen-Mkhize",
                "called",
                "",
            ),
            (
                "But he said four colonies were too few to rule out differences in local food supply.",
                "Riaan Oosthuizen-Mkhize",
                "said",
                "",
            ),
        ],
        [
            ("The species is now classed as critically endangered.", "", "", "W"),
            (
                "About 1.1 million people visited the Boulders colony in Simon's Town in 2027, according to South African National Parks, which charges adult visitors R215.",
                "South African National Parks",
                "according to",
                "W",
            ),
        ],
        [
            (
                "At Stony Point on Thursday morning, a ranger counted birds from the boardwalk while a pair of dassies sunned themselves on the rocks below.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“We have bought the chicks some time,” Mokoena-Abrahams said.",
                "Nolwazi Mokoena-Abrahams",
                "said",
                "",
            ),
            (
                "“What we do with it is a question for Parliament, not for scientists.”",
                "Nolwazi Mokoena-Abrahams",
                "said",
                "",
            ),
        ],
        [
            (
                "Journal reference: Mokoena-Abrahams N, Adonis J, Hartzenberg K, et al. Purse-seine closures and chick survival in African penguins, 2016–2026. Afr J Seabird Ecol. 2028;9(2):114–129.",
                "",
                "",
                "B",
            )
        ],
        [("Related", "", "", "B")],
        [("Cape cormorant numbers at record low, survey shows", "", "", "B")],
        [("View non-AMP version", "", "", "B")],
        [
            (
                "Table Bay Mercury subscribes to the Press Code of the Press Council of South Africa.",
                "",
                "",
                "B",
            )
        ],
        [("© 2028 Table Bay Mercury (Pty) Ltd.", "", "", "B")],
    ],
    [
        [("☰   GRAND HARBOUR BULLETIN   🔍", "", "", "B")],
        [("Open in the Bulletin app", "", "", "B")],
        [("Court & Police", "", "", "B")],
        [
            (
                "Contractor fined €14,000 after Gżira wall collapse left two workers in hospital",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Company fined a further €20,000; court expert says wall had no foundations",
                "Roderick Schembri-Falzon",
                "says",
                "W",
            )
        ],
        [("Kurt Bonello-Zammit", "", "", "B")],
        [("Yesterday, 18:42", "", "", "B")],
        [("3 min read", "", "", "B")],
        [("Listen to this story", "", "", "B")],
        [
            ("The site in Gżira where the wall collapsed in October 2026.", "", "", ""),
            ("Photo: Jonathan Borg-Cutajar", "", "", "B"),
        ],
        [
            (
                "A building contractor was fined €14,000 and his company a further €20,000 on Tuesday after a court found them responsible for a wall collapse in Gżira that left two workers with serious injuries.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Jeremy Azzopardi-Mifsud, 52, of Naxxar, and his firm, JAM Builders Ltd., had pleaded not guilty to breaching health and safety regulations and to causing grievous bodily harm through negligence.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The collapse happened on 14 October 2026, during the demolition of a three-storey house in Triq il-Ħarrub.",
                "",
                "",
                "W",
            ),
            (
                "Two workers, aged 34 and 41, were hit by falling blocks and spent a total of 61 days at Mater Dei Hospital.",
                "",
                "",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Court-appointed expert Perit Roderick Schembri-Falzon testified that the party wall had been built without foundations in the 1960s and had been left unpropped once the floors beside it were removed.",
                "Roderick Schembri-Falzon",
                "testified",
                "W",
            )
        ],
        [
            (
                "An inspector from the Occupational Health and Safety Authority, Daniela Grech-Pace, told the court that no method statement had been submitted for the demolition, as the law requires.",
                "Daniela Grech-Pace",
                "told the court",
                "W",
            ),
            (
                "She said she had issued a stop order on the site at 11.20am, about two hours after the collapse.",
                "Daniela Grech-Pace",
                "said",
                "W",
            ),
        ],
        [
            (
                "Defence lawyer Gilbert Farrugia-Sant argued that the workers had been told not to go near the wall and that the accused had been at another site that morning.",
                "Gilbert Farrugia-Sant",
                "argued",
                "",
            )
        ],
        [
            (
                "Magistrate Rosanne Caruana-Dimech said the company had ignored “the most basic rule of demolition” and that the danger would have been obvious to anyone who visited the site.",
                "Rosanne Caruana-Dimech",
                "said",
                "W",
            ),
            (
                "A director could not escape responsibility by being somewhere else, she said.",
                "Rosanne Caruana-Dimech",
                "said",
                "W",
            ),
        ],
        [
            (
                "The court found both accused guilty on all charges brought under Art. 6 of Cap. 424 of the Laws of Malta.",
                "",
                "",
                "W",
            ),
            (
                "It fined Azzopardi-Mifsud €14,000 and the company €20,000, and ordered them to pay €3,860.50 in court experts' fees within three months.",
                "",
                "",
                "W",
            ),
        ],
        [("Read next: Driver jailed for 18 months over Msida hit-and-run", "", "", "B")],
        [
            (
                "Outside court, the brother of one of the injured men, who asked not to be named, said his brother had not worked since the accident.",
                "the brother of one of the injured men",
                "said",
                "",
            ),
            (
                "“Fourteen thousand euros is less than he would have earned in a year,” he said.",
                "the brother of one of the injured men",
                "said",
                "",
            ),
        ],
        [("The defence said it would appeal.", "The defence", "said", "")],
        [
            (
                "The Occupational Health and Safety Authority said in its annual report that 11 people died in workplace accidents in Malta in 2026, seven of them on construction sites.",
                "the Occupational Health and Safety Authority",
                "said in its annual report",
                "W",
            )
        ],
        [
            ("Inspector Clayton Debono-Attard prosecuted.", "", "", ""),
            (
                "Lawyers Gilbert Farrugia-Sant and Maria Spiteri-Grima were defence counsel.",
                "",
                "",
                "",
            ),
        ],
        [("Court  Construction  Gżira  Occupational Health and Safety", "", "", "B")],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Please keep them civil and on topic.", "", "", "B"),
        ],
        [
            ("We use cookies to give you the best experience on our website.", "", "", "B"),
            ("You can change your preferences at any time.", "", "", "B"),
        ],
        [("Accept all   Manage", "", "", "B")],
    ],
    [
        [("THE SERENDIB STANDARD", "", "", "B")],
        [("News  Business  Sports  Features  Opinion  Editorial  Cartoons  E-Paper", "", "", "B")],
        [("Sports › Cricket", "", "", "B")],
        [("Rajakaruna's unbeaten 112 takes Kandy to Inter-Provincial title", "", "", "W")],
        [
            (
                "Kandy beat Galle by four wickets with 11 balls to spare at the SSC; Wijeratne's 4-38 in vain",
                "",
                "",
                "W",
            )
        ],
        [("By Dilshan Weerakoon-Silva", "", "", "B")],
        [("Sunday, 17 December 2028 00:05", "", "", "B")],
        [("Share: f  X  in  WhatsApp", "", "", "B")],
        [
            (
                "Pathum Rajakaruna raises his bat after reaching his century at the SSC ground yesterday.",
                "",
                "",
                "",
            ),
            ("Pic by Nuwan Jayasundara-Perera", "", "", "B"),
        ],
        [
            (
                "Pathum Rajakaruna's unbeaten 112 off 118 balls carried Kandy to the Inter-Provincial Limited Overs Trophy at the Sinhalese Sports Club ground yesterday, as they chased down Galle's 261 with four wickets and 11 balls in hand.",
                "",
                "",
                "W",
            ),
            (
                "It was Kandy's first limited-overs title since 2017 and their third in all.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Galle, put in by Kandy, were 58 for 2 in the 14th over before H.D. Senanayake and opener Kasun Mendis-Abeywardena added 131 for the third wicket.",
                "",
                "",
                "W",
            ),
            (
                "Mendis-Abeywardena made 87 off 94 balls before he was caught at long-on off the leg-spinner M.R.S. Bandara in the 37th over.",
                "",
                "",
                "W",
            ),
            (
                "From 189 for 3, Galle lost their last seven wickets for 72 runs, three of them to Bandara, who finished with 4-41.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“On this pitch the ball grips after 30 overs, so I just kept it on the stumps and waited,” Bandara said.",
                "M.R.S. Bandara",
                "said",
                "",
            )
        ],
        [
            ("Kandy's reply began badly.", "", "", ""),
            (
                "Galle's left-arm seamer Chamika Wijeratne took three wickets in the 11th over to leave them on 41 for 3.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Rain stopped play for 47 minutes at 3.10 p.m.", "", "", "W"),
            ("No overs were lost under the tournament's playing conditions.", "", "", "W"),
        ],
        [
            (
                "After the break Rajakaruna added 104 for the fourth wicket with Isuru Hettige-Fernando, who made 49, and then an unbroken 71 for the seventh with the wicketkeeper, A.P.K. Dias.",
                "",
                "",
                "W",
            ),
            (
                "He hit 10 fours and three sixes, the last of them over mid-wicket to finish the match.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“When you chase 262 in a final, you need one man to bat through, and Pathum did that,” said Kandy captain Lahiru Wickramage-Ekanayake.",
                "Lahiru Wickramage-Ekanayake",
                "said",
                "",
            ),
            (
                "“Who else in this country bats like that with the title on the line?” he asked.",
                "Lahiru Wickramage-Ekanayake",
                "asked",
                "",
            ),
        ],
        [
            (
                "Galle coach Sudath Liyanage-Perera said his side had been “20 runs short” and that the evening dew had made the ball hard to grip.",
                "Sudath Liyanage-Perera",
                "said",
                "",
            )
        ],
        [
            (
                "Sri Lanka Cricket said in a statement that Kandy would receive Rs. 7.5 million in prize money and Galle Rs. 3.5 million.",
                "Sri Lanka Cricket",
                "said in a statement",
                "W",
            ),
            (
                "Rajakaruna was named player of the match, and Bandara, with 19 wickets in nine matches, player of the tournament.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Drummers from Kandy kept up a baila beat beside the scoreboard for most of the chase.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "National selector Prasanna Kulatunga-Herath, who watched from the pavilion, said Rajakaruna was “ready now” for the one-day side.",
                "Prasanna Kulatunga-Herath",
                "said",
                "",
            ),
            (
                "The squad for next month's home one-day series is due to be named on December 22.",
                "",
                "",
                "W",
            ),
        ],
        [("SCORECARD", "", "", "B")],
        [("GALLE 261 (49.2 overs)", "", "", "B")],
        [("Batting  R  B  4s  6s", "", "", "B")],
        [("Kasun Mendis-Abeywardena c Hettige-Fernando b Bandara  87  94  9  2", "", "", "")],
        [("H.D. Senanayake st Dias b Bandara  64  71  5  1", "", "", "")],
        [("Chamika Wijeratne not out  18  15  1  1", "", "", "")],
        [("Extras (lb 3, w 8, nb 1)  12", "", "", "")],
        [
            (
                "Fall of wickets: 1-9, 2-58, 3-189, 4-196, 5-207, 6-222, 7-240, 8-244, 9-255, 10-261",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Bowling: M.R.S. Bandara 10-0-41-4, Lahiru Wickramage-Ekanayake 8.2-0-47-2, Nadeesha Gamage 10-1-50-2",
                "",
                "",
                "",
            )
        ],
        [("KANDY 262-6 (48.1 overs)", "", "", "B")],
        [("Pathum Rajakaruna not out  112  118  10  3", "", "", "")],
        [("Isuru Hettige-Fernando c Senanayake b Wijeratne  49  57  4  1", "", "", "")],
        [
            (
                "Bowling: Chamika Wijeratne 10-1-38-4, Tharindu Pathiraja 9.1-0-52-1, H.D. Senanayake 6-0-31-0",
                "",
                "",
                "",
            )
        ],
        [("Toss: Kandy, chose to field", "", "", "")],
        [("Umpires: R.M. Jayatilleke and Shiromi Weerasooriya", "", "", "")],
        [("Player of the match: Pathum Rajakaruna (Kandy)", "", "", "")],
        [("More Sports", "", "", "B")],
        [("Rain washes out Nuwara Eliya schools final for second year", "", "", "B")],
        [
            ("Copyright © 2028 Serendib Newspapers (Pvt) Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "14/08/2028, 09:12   Harbourline Properties' profit falls 18% as mall rents slide | The Harbourfront Monitor",
                "",
                "",
                "B",
            )
        ],
        [("THE HARBOURFRONT MONITOR", "", "", "B")],
        [("Business / Companies", "", "", "B")],
        [
            (
                "Harbourline Properties' underlying profit falls 18% to HK$2.14 billion as mall rents slide",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Chairman says Causeway Bay vacancy has ‘bottomed out’ as interim dividend is cut to 36 HK cents",
                "Edmund Fung Tsz-hin",
                "says",
                "W",
            )
        ],
        [("Vanessa Tse Man-yee", "", "", "B")],
        [("Published: 9:30pm, 13 Aug 2028", "", "", "B")],
        [
            (
                "Causeway Pinnacle, Harbourline's flagship mall, where occupancy fell to 91.2 per cent in June.",
                "",
                "",
                "W",
            ),
            ("Photo: Monitor Staff", "", "", "B"),
        ],
        [
            (
                "Harbourline Properties Holdings Ltd., Hong Kong's fourth-largest mall landlord by floor area, said on Wednesday that its underlying profit fell 18 per cent to HK$2.14 billion in the six months to June as rents at its shopping centres dropped.",
                "Harbourline Properties Holdings Ltd.",
                "said",
                "W",
            )
        ],
        [
            (
                "Revenue fell 6.4 per cent to HK$7.86 billion, according to a filing to the Hong Kong stock exchange.",
                "a filing to the Hong Kong stock exchange",
                "according to",
                "W",
            )
        ],
        [
            (
                "The board declared an interim dividend of 36 HK cents a share, down from 42 HK cents, payable on Sept. 21 to shareholders on the register on Aug. 29.",
                "",
                "",
                "W",
            ),
            (
                "Harbourline's shares fell 3.2 per cent to HK$18.46 by noon on Thursday, while the Hang Seng Index rose 0.4 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [("Rents and occupancy", "", "", "")],
        [
            (
                "Rental income from its 11 Hong Kong malls fell 9.1 per cent to HK$3.38 billion, and average occupancy slipped to 93.4 per cent from 95.8 per cent a year earlier, the company said.",
                "the company",
                "said",
                "W",
            )
        ],
        [
            (
                "Chairman Edmund Fung Tsz-hin told analysts on a conference call that vacancy at Causeway Pinnacle had “bottomed out” and that leases signed in July would lift occupancy above 94 per cent by December.",
                "Edmund Fung Tsz-hin",
                "told analysts on a conference call",
                "",
            ),
            (
                "He said 38 leases covering 214,000 sq ft had been signed or renewed in the first half, at rents an average of 11 per cent below the previous ones.",
                "Edmund Fung Tsz-hin",
                "said",
                "W",
            ),
            (
                "“Hong Kong people have not stopped shopping; they have started shopping in Shenzhen on Saturdays,” Fung said.",
                "Edmund Fung Tsz-hin",
                "said",
                "",
            ),
        ],
        [
            (
                "Rents for private retail premises fell 5.7 per cent in the first half, according to the Rating and Valuation Department.",
                "the Rating and Valuation Department",
                "according to",
                "W",
            )
        ],
        [
            (
                "https://www.harbourfrontmonitor.hk/business/companies/article/3318842/harbourline-profit-falls",
                "",
                "",
                "B",
            )
        ],
        [("1/2", "", "", "B")],
        [
            (
                "14/08/2028, 09:12   Harbourline Properties' profit falls 18% as mall rents slide | The Harbourfront Monitor",
                "",
                "",
                "B",
            )
        ],
        [("Hotels and debt", "", "", "")],
        [
            (
                "Profit from the group's two hotels in Tsim Sha Tsui rose 14 per cent to HK$186 million, helped by an average room rate of HK$2,310 a night.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Net debt rose to HK$41.3 billion, taking the gearing ratio to 27.6 per cent from 24.9 per cent at the end of December.",
                "",
                "",
                "W",
            ),
            (
                "Chief financial officer Winnie Cheung Hoi-yan said the average cost of borrowing in the period was 4.1 per cent.",
                "Winnie Cheung Hoi-yan",
                "said",
                "W",
            ),
            (
                "She said the company planned to sell HK$5 billion to HK$6 billion of non-core assets over the next 18 months, starting with an industrial building in Kwun Tong.",
                "Winnie Cheung Hoi-yan",
                "said",
                "",
            ),
        ],
        [
            (
                "The result missed the HK$2.31 billion forecast by Wan Chai Securities Co. Ltd.",
                "",
                "",
                "W",
            ),
            (
                "“The dividend cut tells you more than the commentary does,” said Gloria Pang Sze-wan, its head of property research.",
                "Gloria Pang Sze-wan",
                "said",
                "",
            ),
            (
                "“If management really believed vacancy had bottomed out, why cut the payout?”",
                "Gloria Pang Sze-wan",
                "said",
                "",
            ),
        ],
        [
            (
                "Fung said the lower dividend reflected “prudence, not pessimism”.",
                "Edmund Fung Tsz-hin",
                "said",
                "",
            )
        ],
        [("Print  |  Close window", "", "", "B")],
        [
            ("© 2028 Harbourfront Monitor Publishers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "https://www.harbourfrontmonitor.hk/business/companies/article/3318842/harbourline-profit-falls",
                "",
                "",
                "B",
            )
        ],
        [("2/2", "", "", "B")],
    ],
    [
        [("View this email in your browser", "", "", "B")],
        [("NAPARIMA POST  |  MORNING BRIEF", "", "", "B")],
        [("Thursday, 5 October 2028", "", "", "B")],
        [
            ("Good morning.", "", "", "B"),
            ("Here's what you need to know in San Fernando and the south today.", "", "", "B"),
        ],
        [("IN TODAY'S BRIEF", "", "", "B")],
        [("• Council votes TT$6.8m for Marabella drains", "", "", "B")],
        [("• Point Fortin hospital clinic hours extended", "", "", "B")],
        [("• Fish prices up at King's Wharf", "", "", "B")],
        [("LOCAL GOVERNMENT", "", "", "B")],
        [("San Fernando council votes TT$6.8m for drains after Marabella floods", "", "", "W")],
        [("By Kezia Mohammed-Gopaul", "", "", "B")],
        [
            (
                "The San Fernando City Corporation voted on Tuesday to spend TT$6.8 million on clearing and rebuilding drains in Marabella and Vistabella, two weeks after flash floods damaged 140 homes there.",
                "",
                "",
                "W",
            ),
            (
                "The motion passed by 11 votes to two at the corporation's monthly statutory meeting at City Hall.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Avinash Doodnath-Rennie said TT$4.4 million would come from the corporation's drainage allocation for the fiscal year and TT$2.4 million from the Ministry of Rural Development and Local Government's emergency fund.",
                "Avinash Doodnath-Rennie",
                "said",
                "W",
            ),
            (
                "“We cannot keep bailing water out of people's living rooms every rainy season,” he said.",
                "Avinash Doodnath-Rennie",
                "said",
                "",
            ),
        ],
        [
            (
                "Ald. Crystal Sookdeo-James, who chairs the works committee, said 23 of the 31 drains inspected after the floods were more than half blocked with silt and garbage.",
                "Crystal Sookdeo-James",
                "said",
                "W",
            ),
            (
                "The worst, she said, was the box drain at Marabella junction on Pointe-a-Pierre Rd.",
                "Crystal Sookdeo-James",
                "said",
                "W",
            ),
            ("It had not been cleared since 2019, she said.", "Crystal Sookdeo-James", "said", "W"),
        ],
        [
            (
                "Councillor Dexter Mohan-Whiteman (Cocoyea/Tarouba), one of the two who voted against, said the plan did nothing about the Cipero River, which he called “the real problem”.",
                "Dexter Mohan-Whiteman",
                "said",
                "",
            ),
            (
                "“You can clean every drain in Marabella and the water will still have nowhere to go,” he said.",
                "Dexter Mohan-Whiteman",
                "said",
                "",
            ),
        ],
        [
            (
                "The Water and Sewerage Authority, which residents blamed for a burst main that made the flooding worse, said in a statement that the main had been repaired on September 22.",
                "the Water and Sewerage Authority",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "The corporation's disaster management unit assessed 140 homes, 37 of them with water above one metre, and handed out 212 hampers and 95 mattresses, according to a report tabled at the meeting.",
                "a report tabled at the meeting",
                "according to",
                "W",
            )
        ],
        [
            (
                "Marabella resident Nalini Persad-Boodram, 68, said she lost a fridge, a bed and “every photograph of my husband”.",
                "Nalini Persad-Boodram",
                "said",
                "",
            )
        ],
        [
            (
                "Work is to begin on October 16 and finish by the end of January, the corporation's chief executive officer, Marlon Charles-Ramdeen, said.",
                "Marlon Charles-Ramdeen",
                "said",
                "W",
            )
        ],
        [
            (
                "Residents can report blocked drains to the corporation's disaster management unit on 652-0199 or by WhatsApp on 481-2267.",
                "",
                "",
                "",
            )
        ],
        [("Read the full story on naparimapost.tt →", "", "", "B")],
        [("ALSO TODAY", "", "", "B")],
        [("Point Fortin hospital clinic hours extended", "", "", "B")],
        [
            (
                "Outpatient clinics at the Point Fortin Area Hospital will open until 8 p.m. on weekdays from Monday.",
                "",
                "",
                "B",
            ),
            ("Read more →", "", "", "B"),
        ],
        [("Fish prices up at King's Wharf", "", "", "B")],
        [
            (
                "Kingfish sold for TT$45 a pound on Wednesday, up from TT$38 last month.",
                "",
                "",
                "B",
            ),
            ("Read more →", "", "", "B"),
        ],
        [("SUPPORTED BY", "", "", "B")],
        [
            ("This brief is supported by Gulf Coast Credit Union.", "", "", "B"),
            ("Members save more.", "", "", "B"),
        ],
        [("Forward to a friend  |  Update your preferences  |  Unsubscribe", "", "", "B")],
        [
            (
                "You are receiving this email because you signed up for the Naparima Post Morning Brief.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Naparima Post Ltd., 14 Harris Promenade, San Fernando, Trinidad and Tobago",
                "",
                "",
                "B",
            )
        ],
        [("© 2028 Naparima Post Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("namibcourant.com.na", "", "", "B")],
        [("Explainer: What the 7.4% electricity increase means for your bill", "", "", "W")],
        [("Ndapewa Shikongo-Beukes", "", "", "B")],
        [("1 July 2028 · 6 min read", "", "", "B")],
        [
            (
                "Electricity costs more across Namibia from today, after the Electricity Control Board approved a 7.4% increase in NamPower's bulk tariff and passed on increases of between 4.9% and 8.2% to households, depending on where they live.",
                "",
                "",
                "W",
            ),
            ("Here is what it means for you.", "", "", ""),
        ],
        [("What has been approved?", "", "", "")],
        [
            (
                "The board approved a bulk tariff of N$1.9146 per kilowatt-hour, up from N$1.7827.",
                "",
                "",
                "W",
            ),
            ("NamPower had asked for 11.9%.", "", "", "W"),
            (
                "The board said in its decision that it had cut the request because NamPower's forecast of import costs for the year was N$318 million too high.",
                "The board",
                "said in its decision",
                "W",
            ),
        ],
        [("When does it start?", "", "", "")],
        [
            ("The new tariffs apply to electricity used from 1 July 2028.", "", "", "W"),
            (
                "Prepaid customers pay the new rate on the first token they buy on or after that date, and post-paid customers on the share of their July bill after the first of the month.",
                "",
                "",
                "W",
            ),
        ],
        [("How much more will I pay?", "", "", "")],
        [
            ("That depends on who supplies you.", "", "", ""),
            (
                "In Windhoek, the City of Windhoek's domestic prepaid tariff rises 6.8% to N$3.12 per kWh.",
                "",
                "",
                "W",
            ),
            (
                "A Windhoek household that uses 400 kWh a month will pay N$1,248 instead of N$1,168, or N$80 more, the board's own example shows.",
                "the board's own example",
                "shows",
                "W",
            ),
        ],
        [("What households pay per kWh", "", "", "B")],
        [("Distributor  Old (N$)  New (N$)  Increase", "", "", "B")],
        [("City of Windhoek  2.92  3.12  6.8%", "", "", "")],
        [("Erongo RED  2.71  2.93  8.2%", "", "", "")],
        [("CENORED  2.85  2.99  4.9%", "", "", "")],
        [("NORED  2.78  3.00  7.9%", "", "", "")],
        [("Source: Electricity Control Board; domestic prepaid tariffs incl. VAT", "", "", "B")],
        [("Why are prices going up?", "", "", "")],
        [
            (
                "NamPower imports about 60% of the electricity Namibia uses, mostly from South Africa, Zambia and Zimbabwe, according to the board.",
                "the board",
                "according to",
                "W",
            ),
            (
                "NamPower's managing director, Josef Haikali-Nghipondoka, said import prices and the low output of the Ruacana hydropower station during the drought had added N$1.1 billion to its costs in the last financial year.",
                "Josef Haikali-Nghipondoka",
                "said",
                "W",
            ),
            (
                "“We have absorbed what we could for three years, and we cannot absorb any more,” he said.",
                "Josef Haikali-Nghipondoka",
                "said",
                "",
            ),
        ],
        [("Is anyone exempt?", "", "", "")],
        [
            (
                "Households on the lifeline tariff, which covers the first 50 kWh a month for registered low-income customers, will pay no more, the board said.",
                "the board",
                "said",
                "W",
            ),
            (
                "About 38,000 households are registered, according to the Ministry of Mines and Energy.",
                "the Ministry of Mines and Energy",
                "according to",
                "W",
            ),
        ],
        [("What can I do to pay less?", "", "", "")],
        [
            (
                "The board says a geyser timer, e.g. one that switches the geyser off between 10 p.m. and 4 a.m., can cut a household's bill by up to 15%.",
                "The board",
                "says",
                "W",
            ),
            (
                "Check your meter before and after you buy a token, and report a faulty meter to your distributor.",
                "",
                "",
                "",
            ),
        ],
        [("Can I object?", "", "", "")],
        [
            (
                "Under the Electricity Act of 2007, only NamPower or a distributor can appeal against a tariff decision.",
                "",
                "",
                "W",
            ),
            (
                "Consumers can complain to the board through the complaints form on its website.",
                "",
                "",
                "W",
            ),
            ("The next tariff review is due in March 2029.", "", "", "W"),
        ],
        [
            ("Have a question about your bill?", "", "", "B"),
            ("Send it to explain@namibcourant.com.na.", "", "", "B"),
        ],
        [("Ndapewa Shikongo-Beukes is the Courant's energy reporter.", "", "", "B")],
        [("Related: Windhoek water tariffs to rise 9% in September", "", "", "B")],
        [("© Namib Courant Media (Pty) Ltd 2028", "", "", "B")],
    ],
    [
        [("☰  THE PHEWA SANDESH  🔍", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("Feature", "", "", "B")],
        [("The schoolteacher who lit up a valley", "", "", "")],
        [
            (
                "Tek Bahadur Garbuja built a micro-hydro plant in Myagdi with borrowed money and a second-hand turbine; 31 years on, it still lights 212 homes",
                "",
                "",
                "W",
            )
        ],
        [("Story and photos by Binita Gurung-Sherchan", "", "", "B")],
        [("Published at : June 8, 2028", "", "", "B")],
        [("5 min read", "", "", "B")],
        [
            (
                "Tek Bahadur Garbuja, 71, in the powerhouse of the Dana Khola micro-hydro plant in Myagdi.",
                "",
                "",
                "",
            ),
            ("BINITA GURUNG-SHERCHAN/THE PHEWA SANDESH", "", "", "B"),
        ],
        [
            (
                "Every morning at a quarter to six, Tek Bahadur Garbuja walks down 300 stone steps to the powerhouse, puts his ear to the turbine and listens.",
                "",
                "",
                "",
            )
        ],
        [
            ("“It tells you when it is unhappy,” he says.", "Tek Bahadur Garbuja", "says", ""),
            ("“A bearing going bad sounds like a cough.”", "Tek Bahadur Garbuja", "says", ""),
        ],
        [
            (
                "Garbuja taught mathematics at the village secondary school for 33 years.",
                "",
                "",
                "W",
            ),
            (
                "In 2052 B.S., or 1995, he persuaded 64 households to put in Rs 3,000 each, took a loan of Rs 4.2 lakh from a cooperative in Beni and bought a second-hand turbine from a tea factory in Ilam.",
                "",
                "",
                "W",
            ),
            ("The plant first ran in 2054 B.S.", "", "", "W"),
            (
                "It was the first in the district built without a government grant, he says.",
                "Tek Bahadur Garbuja",
                "says",
                "W",
            ),
        ],
        [("Nobody believed him.", "", "", "")],
        [
            (
                "“They called it Masterji's toy,” says his wife, Dhan Kumari.",
                "Dhan Kumari",
                "says",
                "",
            ),
            ("“Then the toy ran the rice mill.”", "Dhan Kumari", "says", ""),
        ],
        [
            (
                "Today the plant produces 40 kilowatts and supplies 212 homes, a health post, two schools and 11 small businesses, among them a noodle factory and three mills.",
                "",
                "",
                "W",
            ),
            (
                "Households pay Rs 8 a unit, less than the national utility charges in Beni.",
                "",
                "",
                "W",
            ),
            (
                "The plant's user committee had Rs 6.7 lakh in the bank at the end of the last fiscal year, according to the committee's accounts.",
                "the committee's accounts",
                "according to",
                "W",
            ),
        ],
        [
            ("In the monsoon of 2078 B.S. (2021), a landslide buried the intake.", "", "", "W"),
            ("For 47 days the valley was dark.", "", "", "W"),
        ],
        [
            ("“I sat in the powerhouse and cried,” he says.", "Tek Bahadur Garbuja", "says", ""),
            ("“Then I went home and made a list.”", "Tek Bahadur Garbuja", "says", ""),
        ],
        [
            (
                "The repair cost Rs 23 lakh, he says, of which Rs 15 lakh came from the rural municipality and the rest in labour from villagers who worked without pay.",
                "Tek Bahadur Garbuja",
                "says",
                "W",
            )
        ],
        [
            (
                "The Alternative Energy Promotion Centre, the government agency that supports small hydro, says about 3,300 micro-hydro plants have been built in Nepal, and it estimates that a quarter of them no longer run.",
                "the Alternative Energy Promotion Centre",
                "says",
                "W",
            ),
            (
                "Its engineer for Gandaki Province, Ramesh Adhikari-Thakali, says most fail within 15 years because nobody in the village is trained to maintain them.",
                "Ramesh Adhikari-Thakali",
                "says",
                "W",
            ),
            (
                "“Tek sir is the exception, not the rule,” he says.",
                "Ramesh Adhikari-Thakali",
                "says",
                "",
            ),
        ],
        [
            (
                "The national grid is expected to reach the valley within two years, and many households have asked whether they should switch.",
                "",
                "",
                "",
            ),
            (
                "Ward chair Kamala Pun-Chhantyal says the ward will keep the plant and sell its surplus to the grid.",
                "Kamala Pun-Chhantyal",
                "says",
                "",
            ),
        ],
        [
            (
                "His daughter, Sarita Garbuja, 24, studies electrical engineering in Pokhara.",
                "",
                "",
                "",
            ),
            (
                "“He taught me Ohm's law at the dinner table,” she says, laughing.",
                "Sarita Garbuja",
                "says",
                "",
            ),
        ],
        [
            (
                "At six in the evening, when the lights come on along the valley, Garbuja is usually back in the powerhouse.",
                "",
                "",
                "",
            ),
            ("“Somebody has to listen,” he says.", "Tek Bahadur Garbuja", "says", ""),
        ],
        [("Binita Gurung-Sherchan is the Sandesh's Gandaki Province correspondent.", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Mustang apple growers turn to cold stores as prices fall", "", "", "B")],
        [("Back to top", "", "", "B")],
        [
            ("This website uses cookies to improve your experience.", "", "", "B"),
            ("By continuing to browse, you agree to our Privacy Policy.", "", "", "B"),
        ],
        [("OK", "", "", "B")],
        [("© 2028 The Phewa Sandesh Pvt. Ltd.", "", "", "B")],
    ],
]

HELDOUT_CASES = [
    (
        "h103-nz-pm-no-periods",
        "Civil Defence will update residents at 6.30pm. The next high tide at Gisborne is at 9.12pm.",
        [
            "Civil Defence will update residents at 6.30pm.",
            "The next high tide at Gisborne is at 9.12pm.",
        ],
    ),
    (
        "h103-nz-list-semicolons",
        "The following roads are closed: SH2 at Muriwai; SH35 north of Tolaga Bay. Detours are signposted.",
        [
            "The following roads are closed: SH2 at Muriwai; SH35 north of Tolaga Bay.",
            "Detours are signposted.",
        ],
    ),
    (
        "h103-nz-reader-writes",
        "Mere, in Ruatoria, writes: “The bridge is gone. We are all fine.” Thanks for your message, Mere.",
        [
            "Mere, in Ruatoria, writes: “The bridge is gone.",
            "We are all fine.”",
            "Thanks for your message, Mere.",
        ],
    ),
    (
        "h103-ng-plc-ends",
        "The notes were arranged by Oduduwa Capital Plc. The firm did not disclose its fee.",
        ["The notes were arranged by Oduduwa Capital Plc.", "The firm did not disclose its fee."],
    ),
    (
        "h103-ng-wire-dateline",
        "LAGOS, March 3 (LWS) - The naira firmed 0.4% on Friday. Dealers said demand from importers had eased.",
        [
            "LAGOS, March 3 (LWS) - The naira firmed 0.4% on Friday.",
            "Dealers said demand from importers had eased.",
        ],
    ),
    (
        "h103-ng-question-asked",
        "“Who pays for a weaker naira?” he asked. “The market woman does.”",
        ["“Who pays for a weaker naira?” he asked.", "“The market woman does.”"],
    ),
    (
        "h103-sg-blk-st",
        "The stall at Blk 85 Bedok North St 4 went for S$2,150 a month. The last tenant paid S$1,480.",
        [
            "The stall at Blk 85 Bedok North St 4 went for S$2,150 a month.",
            "The last tenant paid S$1,480.",
        ],
    ),
    (
        "h103-sg-pte-ltd-regn",
        "© 2028 Kallang Media Pte Ltd. Co. Regn. No. 202011245R. All rights reserved.",
        ["© 2028 Kallang Media Pte Ltd.", "Co. Regn. No. 202011245R.", "All rights reserved."],
    ),
    (
        "h103-sg-qa-prefixes",
        "Q: How many stalls are empty? A: About 40. Most of them are in the older centres.",
        ["Q: How many stalls are empty?", "A: About 40.", "Most of them are in the older centres."],
    ),
    (
        "h103-jm-am-comma-quote",
        "“The water comes at 3 a.m., and by 6 a.m. it is gone,” she said. Her neighbour nodded.",
        [
            "“The water comes at 3 a.m., and by 6 a.m. it is gone,” she said.",
            "Her neighbour nodded.",
        ],
    ),
    (
        "h103-jm-initial-ends",
        "Thank you, D. The meters in Duhaney Park were never replaced.",
        ["Thank you, D.", "The meters in Duhaney Park were never replaced."],
    ),
    (
        "h103-jm-email-ends",
        "Send feedback to letters@kingstonclarion.com.jm. Letters may be edited for length.",
        ["Send feedback to letters@kingstonclarion.com.jm.", "Letters may be edited for length."],
    ),
    (
        "h103-my-sdn-bhd-ends",
        "The contract went to Seberang Tooling Sdn. Bhd. Work on the line starts in March.",
        ["The contract went to Seberang Tooling Sdn. Bhd.", "Work on the line starts in March."],
    ),
    (
        "h103-my-datuk-ir-mid",
        "The line was opened by Datuk Ir. Hamzah Yusof-Lim, the group's chairman. About 250 guests attended.",
        [
            "The line was opened by Datuk Ir. Hamzah Yusof-Lim, the group's chairman.",
            "About 250 guests attended.",
        ],
    ),
    (
        "h103-my-semicolon-bracket",
        "Kinta Wafer Technologies Berhad (“KWT”; Bursa: KWTECH) rose 6 sen to RM3.18. Volume doubled.",
        [
            "Kinta Wafer Technologies Berhad (“KWT”; Bursa: KWTECH) rose 6 sen to RM3.18.",
            "Volume doubled.",
        ],
    ),
    (
        "h103-za-st-island-mid",
        "Counts on St. Croix Island fell by a third. The colony on Bird Island held steady.",
        ["Counts on St. Croix Island fell by a third.", "The colony on Bird Island held steady."],
    ),
    (
        "h103-za-p-value-bracket",
        "Survival was higher near the closed areas (P = 0.01). The effect was largest in dry years.",
        [
            "Survival was higher near the closed areas (P = 0.01).",
            "The effect was largest in dry years.",
        ],
    ),
    (
        "h103-za-question-new-sentence",
        "“Is it the fishing? Partly,” said Prof. Ayanda Mbete-Roux. “The rest is the ocean.”",
        [
            "“Is it the fishing?",
            "Partly,” said Prof. Ayanda Mbete-Roux.",
            "“The rest is the ocean.”",
        ],
    ),
    (
        "h103-mt-cap-art-mid",
        "He was charged under Art. 12 of Cap. 424 of the Laws of Malta. The case continues in May.",
        [
            "He was charged under Art. 12 of Cap. 424 of the Laws of Malta.",
            "The case continues in May.",
        ],
    ),
    (
        "h103-mt-am-no-periods",
        "The crane toppled at 7.40am. Nobody was hurt.",
        ["The crane toppled at 7.40am.", "Nobody was hurt."],
    ),
    (
        "h103-mt-prosecuted-lines",
        "Inspector Mark Vassallo-Agius prosecuted. Lawyer Anne Camilleri-Buttigieg appeared for the accused.",
        [
            "Inspector Mark Vassallo-Agius prosecuted.",
            "Lawyer Anne Camilleri-Buttigieg appeared for the accused.",
        ],
    ),
    (
        "h103-lk-initials-no-ends",
        "M.R.S. Bandara took three wickets in his last over. K.D. Silva-Perera then ran out the No. 11.",
        [
            "M.R.S. Bandara took three wickets in his last over.",
            "K.D. Silva-Perera then ran out the No. 11.",
        ],
    ),
    (
        "h103-lk-pm-ends",
        "Bad light stopped play at 5.40 p.m. The match resumes at 9.30 a.m. today.",
        ["Bad light stopped play at 5.40 p.m.", "The match resumes at 9.30 a.m. today."],
    ),
    (
        "h103-hk-co-ltd-ends",
        "The shares were placed through Kowloon Bay Securities Co. Ltd. The placing price was HK$17.90.",
        [
            "The shares were placed through Kowloon Bay Securities Co. Ltd.",
            "The placing price was HK$17.90.",
        ],
    ),
    (
        "h103-hk-sept-aug-dates",
        "The dividend is payable on Sept. 19 to holders on the register on Aug. 30. The shares go ex-dividend on Aug. 28.",
        [
            "The dividend is payable on Sept. 19 to holders on the register on Aug. 30.",
            "The shares go ex-dividend on Aug. 28.",
        ],
    ),
    (
        "h103-tt-ald-rd-mid",
        "Ald. Kevin Lutchman-Rojas said the drain on Cipero Rd. was last cleared in 2020. Work starts on Monday.",
        [
            "Ald. Kevin Lutchman-Rojas said the drain on Cipero Rd. was last cleared in 2020.",
            "Work starts on Monday.",
        ],
    ),
    (
        "h103-tt-st-ends",
        "The worst flooding was on Coffee St. Residents there lost fridges and beds.",
        ["The worst flooding was on Coffee St.", "Residents there lost fridges and beds."],
    ),
    (
        "h103-na-eg-kwh",
        "A timer, e.g. one set for 10 p.m. to 4 a.m., saves about 90 kWh a month. That is roughly N$280.",
        [
            "A timer, e.g. one set for 10 p.m. to 4 a.m., saves about 90 kWh a month.",
            "That is roughly N$280.",
        ],
    ),
    (
        "h103-np-bs-ends",
        "The new penstock was laid in 2069 B.S. It has not leaked since.",
        ["The new penstock was laid in 2069 B.S.", "It has not leaked since."],
    ),
    (
        "h103-np-bs-comma-mid",
        "In 2061 B.S., or 2004, the turbine was rebuilt in Butwal. The work took 19 days.",
        ["In 2061 B.S., or 2004, the turbine was rebuilt in Butwal.", "The work took 19 days."],
    ),
]
