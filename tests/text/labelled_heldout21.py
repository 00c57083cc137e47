"""Twenty-first held-out set of hand-labelled pages for the hint engines: twelve everyday pages.

Written from scratch for issue 13 in round eighteen, the same way as the tuning sets but never tuned
on, and without looking at the engine's code or output (neither `claimreview/` nor the scorer's
results were opened, and no test, scorer or engine was run; only an import of this file was tried,
to check its structure): every person, place, organisation, outlet, company, team, journal, drug,
product and number is invented (countries, a few states, provinces and cities -- Ohio, Kansas,
Missouri, Nebraska, New York, Dublin, Nairobi, Nakuru, Eldoret, Kisumu, Thika, Lagos, Abuja, Delhi,
Jammu and Kashmir, Ladakh, Canada -- currencies, units, emergency numbers, and generic institutions
such as "the House", "the Senate", "the Federal Trade Commission", "the White House", "the Union
Cabinet", "Civil Defence", "the Ministry of Education", "the Defence Force", "the Dáil", "the Central
Statistics Office" or "the state ambulance service" appear only as settings; "England and Wales" only
in a registration line; social networks only in share strips), and no surname, town or outlet of any
file under `tests/` is reused (each capitalised word of the pages was checked with grep over the
whole `tests/` tree, and every surname, town, team and outlet found there was renamed; first names
recur). Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after
selecting all in a browser, so every furniture line is a paragraph of its own. The twelve pages are
the everyday pages a newsroom fact-checker pastes, as different from each other as possible and
from ten countries' house styles: a US national news site's congressional story (a House vote on
ticket fees); a Canadian local news site's story on a town arena closed for roof damage; a New
Zealand public broadcaster's live blog of a rain emergency; a UK tabloid's story on a TV chef's
restaurant given a zero hygiene rating; an Australian regional daily's paywalled story on record
ambulance ramping; an Indian government press release on a cabinet-approved rural cold-chain
mission; a Kenyan business news site's story on a supermarket chain's half-year loss; a US science
news site's story on a trial of a cheap pill against post-operative delirium; a South African sports
site's report of a one-day cricket final; an Irish national paper's Q&A interview with a housing
agency chief, printed without prefixes; a Nigerian fact-check site's check of a minister's claim
about classrooms; and a Scottish regional daily's opinion column on closing public toilets. The
three things they stress are (1) furniture worded afresh, at the head, in the middle and at the tail
(skip links, mastheads, menus, subscribe and log-in lines, breadcrumbs and section paths, weather
widgets, market tickers, results widgets, kickers, bylines with roles, "Updated" and "Published"
lines, gift-share-save and listen strips, photo, picture, illustration and agency credits,
"Advertisement" and "Skip Advertisement", "ALSO READ:" lines, paywall overlays, "Key points" lists,
warning boxes, live stamps, embedded posts' handle and time lines, pull quotes with name lines, video
cards, tip lines, "MORE ON" and "MOST READ" lists, "Posted On:" lines, release codes, release IDs and
visitor counters, language strips, stock boxes with delay notes, tags, "Citations" with a reference
line, author boxes and bios, donation appeals, print-edition lines, "contributed reporting" lines,
corrections, comment policies, claim boxes with "Claimed by:" and "Verdict:" lines, source lists,
ratings legends, funding lines, right-of-reply headings, views lines, letters prompts,
Acknowledgement of Country lines, registration lines and footers); (2) speakers of every kind
(representatives with party-state tags, a company "said in a statement", "did not say", a trade
group, "A survey by ... found", "A spokesman for Senate Majority Leader X declined to say", "The White
House said", a CAO who "told council", "The report recommends" and "It estimates", councillors who
"asked", a mayor, "according to a notice on the club's website", "according to" a regional council,
"Civil Defence says", an embedded post with "posted", a "Mayor:" entry headline, a bare "A
spokesperson", "the report, seen by The Daily Foghorn", "The report rated", a diner who "fumed", "One
fan wrote" and "Another added", "Figures obtained by the Advocate show", "the data shows", an
anonymous paramedic, a union secretary, "Dr" without a full stop, "according to budget papers",
"said in a statement", "a study commissioned by the Ministry", a minister with "Shri" dropped, "The
retailer blames", "which the company attributed to", "A dairy supplier ... told BizTrail", analysts,
"according to a clinical trial published ... in the Journal of ...", "some researchers think", "The
team found", "the authors report", "Outside experts welcomed", "noted", a captain and a coach,
answers without prefixes carrying "A:", "Critics say", "Deputy X called it", "Our own pipeline data
shows" and "Our analysis ... found" inside answers, "said in a text message", "The report ... lists"
and "it shows", "The commission's annual report for 2014 records", "told FactRadar", "Official
records show", "writes X", "Inverbraid Council's budget papers proposed", "The council says", "He has
told this paper", a council spokeswoman under "Right of reply"); (3) honest check-worthiness: votes,
figures, dates, findings, rules and statements of record "W" against opinions, feelings, forecasts,
scene, questions, advice and verdicts "", many borderline. `STYLES` names the site and the story of
each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new31.py` and the earlier held-out sets hold too (consent
banners, paywalls and newsletter boxes "B" line by line; captions by content and credits "B", a
credit glued after a caption its own "B" sentence; standfirsts and subheads labelled like headlines,
question and topic subheads ""; mastheads, kickers, widgets, tickers and share strips "B"; fact-box
headings "B" with their lines by content; related lists, "Read more" lines and "Most read" headlines
"B"; reader-service lines, appeals and advice to readers "B", advice spoken by a quoted source
keeping its speaker with flags ""; a release's own text without a speaker; live-blog stamps and
welcome lines "B", entry headlines labelled like headlines; embedded posts with the account holder
and "posted", handle and time lines "B"; Q&A answers printed without a prefix carrying the
interviewee with "A:", questions without a speaker unless they cite a source, a factual preamble
"W"; fact checks' claim lines by content, claimant, rating and verdict lines and source lists "B",
the verdict sentence ""; "writes X" standfirsts carrying X with "writes"; a columnist's facts "W"
without a speaker and opinions, calls to action and verdicts ""; "Right of reply" headings "B";
cricket notation inside its sentence, innings lines of record "W"; funding lines "B" even when they
state facts about a manufacturer; journal references one "B" sentence each; plans, votes and
fixtures "W", forecasts ""; titles, honorifics and role words dropped from speakers; a pronoun, a
later surname or a role noun resolved to the full name as first given; "the company", "The report"
and the like kept as written; documents, data and analyses as sources kept as written; "declined to
say", "did not say" and their kin labelled like speech with flags ""; glued furniture items without
full stops are ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* A US national site: the dek of two sentences is split, the first "W" for the vote, the second
  ("Its fate in the Senate is far less certain.") a forecast, ""; "Skip Advertisement" is "B" like
  "Advertisement"; the print-edition line ("A version of this article appears in print on ..., with
  the headline: ...") is ONE "B" sentence, the colon and the capitalised headline never splitting it,
  and "X contributed reporting from New York." is "B" like "Additional reporting by". The "What the
  bill would do" subhead is a topic, "", and each bullet under it is "W": it states what a bill on
  the record provides. A quote split by "said Rep. X, D-Mich., who wrote the bill." keeps the
  attribution with the first sentence, and the quote's later sentences ("“That's not a price.",
  "That's a bait and switch.”") carry her with "said"; "D-Mich." and "R-Kan." never end a sentence.
  "A spokesman for Senate Majority Leader X declined to say" keeps the whole phrase as speaker,
  like "The office of ...". "He also argued that the fee rule duplicated a regulation ..." is "W"
  (checkable against the rule); the survey's apposition (", a nonprofit group,") is dropped from
  "A survey by the Ticket Fairness Project".
* A Canadian local site: the weather line under the menu ("Orrindale, ON  -7°C  Light snow") is a
  widget, "B"; the caption stating the year the arena was built is "W" and its "Name/Outlet" credit
  "B". "Correction: An earlier version of this story gave the wrong year ..." is a bare correction
  note, "B", and the sentence after it stating the right year is "W". "Refunds ... will be issued
  automatically." and the recreation department's phone line are reader service, "B". "Staff will
  also look at whether ..." is a vague intention, "", unlike the vote directing costed options,
  "W". "Coun." and "Mayor" are dropped from speakers; "Feb. 24," and "6 p.m.," inside a sentence
  never end it; "Trussline Structural Ltd.," inside a sentence never ends it.
* A public broadcaster's live blog: "Key points" is a summary heading, "B", its bullets by content,
  except the evacuation-centre bullet, a listing of where to go, "B" (like "Open shelters"); the
  "Weather warnings" box has its heading "B" and each level-and-places line "W"; stamps in the form
  "7.18pm" are "B", and so are "Updated 7.18pm" and "Awa News team". An entry headline stating a
  fact ("Schools closed tomorrow", "Evacuation centre full") is "W", a forecast ("River expected to
  peak around midnight") "". An entry headline in the form "Mayor: '...'" carries the mayor named in
  the entry below, by full name, with the role label "Mayor:" as cue (like a "Surname:" label), ""
  as a feeling. "Civil Defence says" keeps the body as written, "W" for the full hall; the transport
  line under it is reader service, "B". The power company's post: the lead-in "" with "posted", the
  "Name @handle" line and the "6:01 PM · Mar 4, 2026" line "B", its outage figure "W", its caveat
  and its safety advice "" with the company as speaker (advice spoken by a source, not the page's
  own advice box). A meteorologist's rainfall forecast is "" and the gauge reading in the next
  sentence "W"; her account of when red warnings are issued is a definition, "". A bare "A
  spokesperson said ..." in an entry about the transport agency keeps "A spokesperson" as written.
  The welcome entry in te reo and English ("Kia ora, and welcome to ...") and its second sentence
  are "B"; the "In a flood: what to do" box is "B" line by line.
* A tabloid: "One fan wrote: “...”" and "Another added: “...”" quote social-media reactions inside
  the story: they keep "One fan" and "Another" as written with their cues, flags "" (unlike readers'
  comments under a page, which are "B"). "A zero rating means urgent improvement is required." is a
  definition, "", while "A zero rating does not force a business to close — a council can only shut
  a kitchen if there is an “imminent risk to health”." is a rule of record, "W". "according to the
  report, seen by The Daily Foghorn" keeps the whole phrase, and "The report rated" has the cue
  "rated". The diner's "We paid £380 for the two of us." is a personal account, "", like a
  tribute's anecdote; the spokesperson's "Every issue was fixed within 48 hours ..." and the
  request for a re-inspection are "W". The capitals caption "IN THE SOUP: X, 49, opened ... in 2023"
  is "W" for its facts, the tag part of it.
* A paywalled regional daily: a caption with its credit glued on the same line ("... on Tuesday
  afternoon. Picture: Declan Vardagh") is two sentences, the caption by content and the credit "B".
  The overlay is "B" line by line, a line of two sentences ("... for your first 12 weeks. Cancel
  anytime.") two "B" sentences. "Ramping happens when ..." is a definition, "". "A Wyralla paramedic,
  who asked not to be named ..., said" keeps the description as written and "the paramedic said"
  resolves to it, "" for the general account. A resident's husband's five-hour wait, told by the
  paper without a reporting verb, is "W": a case in the same data the story reports. The subhead
  "Expansion pushed back a year" states a delay of record, "W". "In an emergency, always call triple
  zero (000)." and the Acknowledgement of Country are "B".
* A government press release from India: the press office's masthead, "Government of India", the
  language strip and the ministry line are "B"; the title is "W"; the three summary bullets under it
  are labelled like a standfirst, the two with figures "W" and "About 18 lakh small and marginal
  farmers expected to benefit" a forecast, ""; "Posted On: 18 MAR 2026 6:05PM by OPD Delhi" is "B".
  The release's own text carries no speaker, its approvals, outlays, eligibility rules and
  application date "W"; the jobs it "is expected to generate" are a forecast, "" (no published
  document is cited for them). "Background" and "Implementation" are topic subheads, ""; "Key
  features" is a box heading, "B", and each roman-numbered item ("i. ...", "iv. ...") is ONE "W"
  sentence, the numeral part of it. "Shri" is dropped from the minister's name; the Secretary's
  media briefing with its date and time is a fixture, "W", with no speaker ("Smt." never ending the
  sentence). "***", the initials-and-code line, "(Release ID: ...)", "Visitor Counter : 1482", the
  read-in-languages line, "Follow us on social media" and the footer are "B".
* A business news site: the market ticker and the stock box ("ZAWADI MART HOLDINGS (ZWDM)", the price
  line, "Market cap:", the delay note) are "B" line by line, whatever figures they show. The dek "The
  retailer blames ..." keeps "The retailer" with the cue "blames", "W" for the charge and the
  dividend; "which the company attributed to price cuts" has the cue "attributed", "W"; "A dairy
  supplier, who declined to be named ..., told BizTrail" keeps "A dairy supplier" with "told
  BizTrail", "W" for the unpaid sum. The chief executive's expectation of a return to profit is "",
  the finance director's agreed payment plan "W" (a plan of record). "ALSO READ:" and "Tags:" lines
  are "B"; "© 2026 BizTrail Media Ltd. All rights reserved." is two "B" sentences.
* A science news site: "according to a clinical trial published March 9 in the Journal of
  Perioperative Research" keeps the whole phrase, as an "according to" source is kept as written;
  "(95% CI, 14% to 48%)" stays inside its sentence; "some researchers think" keeps the group with
  "think", "" (a hypothesis); "Outside experts welcomed the result but urged caution." keeps them with
  "welcomed", ""; "noted that patients with heart failure ... had been excluded" is "W". The funding
  sentence is "B" though it states the manufacturer's role; "Citations" is "B" and the reference
  (initial, "et al.", the title's stops, "doi:") ONE "B" sentence; the bio's "Ph.D." never ends a
  sentence; "© 2026 Sciencefront." and "All rights reserved." are two "B" sentences.
* A sports site: the results widget ("RESULTS", the two score lines, "Hadedas won by 8 runs") is "B"
  line by line, while the same result under "Brief scores" (heading "B") is "W" with the innings
  lines ("T Mokgatle 112", initials never ending a sentence); "Then came Oppermann." is narrative,
  ""; "18+ Play responsibly." and the helpline line are "B".
* A Q&A printed without prefixes: the headline "Orla Keveny: ‘...’" carries her with the label as
  written ("Orla Keveny:") as cue, "" as a forecast; "PREMIUM", "Interview" and "This interview has
  been edited for length and clarity." are "B"; "Deputy X called it “a quango with a logo” in the Dáil
  last month." keeps him (title dropped) with the cue "called", "" (a characterisation, like
  "described ... as"); "Last question." is "B"; a one-word "No." that only forecasts is ""; a
  paragraph after an answer with no question before it continues her answer.
* A fact-check site: the question headline "FACT-CHECK: Did ...?" is a topic, ""; "Full text" is a
  label, "B"; "FactRadar Nigeria decided to check the claim." and "FactRadar first asked the Ministry
  ..." are the checker's reporting acts, ""; "In a text message, the ministry's spokesperson, X, said"
  has the cue "said"; "The report, which FactRadar obtained, lists" keeps "The report" and "it shows"
  resolves to it; the checker's reconciled figures are "W" without a speaker; "The commission's annual
  report for 2014 records" keeps the document as written; "Asked about the gap, Mr X later said the
  minister had “referred to ...”" is "W" (what the claim meant, of record). In the conclusion the
  verdict sentence is "", "Official records show" keeps the records, and "Her claim that ... is also
  not supported: more projects were completed in 2014." is "W" for the comparison it states. The
  ratings legend, the funding line, the claim-tip line and the non-partisan line are "B".
* An opinion column: "Inverbraid Council's budget papers proposed" keeps the papers with "proposed",
  "W"; "It is on the list." is "W" (checkable against the papers); "Tour coaches stop there precisely
  because there is a toilet." is a causal claim, "W"; "He has told this paper" is a cue as written,
  "W", and "That is true as far as it goes." a verdict, ""; "You have until then to tell them what
  you think." is the columnist's call to action, ""; the pull quote, "Right of reply", the bio, the
  views line, "Have your say." and "Write to ..." are "B", and the spokeswoman's "No decisions have
  been taken." under "Right of reply" is "W".

`HELDOUT_CASES` holds 25 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US national news site: House passes a bill on ticket fees (skip link, masthead, menu, subscribe and log-in lines, breadcrumb, dek of two sentences, byline, Updated line with p.m. ET, gift-share-save strip, listen line, caption and credit, WASHINGTON dateline, H.R. number, Rep. with party-state tags, a quote split after said and continued, 10 a.m., argued, according to the agency, said in a statement, did not say, a trade group, Advertisement and Skip Advertisement, bullet list of what the bill does, a survey found, a spokesman for a leader declined to say, contributed reporting, bio, print line, related, newsletter, most popular, footer)",
    "Canadian local news site: town arena closed after roof truss damage (masthead, menu, weather widget, section label, dek with a fixture, byline, date and share line, caption with credit, CAO told council, the report recommends and estimates, per cent, Coun. and Mayor dropped, asked, according to a staff report, 6-1 vote with Feb. 24, reader-service refund and phone lines, correction stating the right year, author box, comment policy, trending list, footer)",
    "New Zealand public broadcaster's live blog of a rain emergency (skip link, bilingual-ish menu, LIVE label, standfirst, Key points heading with bullets by content and an evacuation-centre listing, warnings box with level lines, entry stamps in 7.18pm form, entry headlines of fact, forecast and Mayor: quote, according to the regional council, Civil Defence says, embedded power-company post with lead-in, handle line and time line, a bare spokesperson, the Ministry of Education says, meteorologist said, welcome line in te reo and English, flood-advice box, app prompt, related stories, footer)",
    "UK tabloid: a TV chef's restaurant given a zero hygiene rating (masthead, menu, section path, EXCLUSIVE kicker, capitals tag in the headline, standfirst, byline with role, Published and Updated line, comment count, capitals-tag caption and credit, one-line paragraphs, the report seen by the paper, the report rated, a definition of the zero rating, diner fumed over two paragraphs, pull quote with name line, a spokesperson for the chef, the council confirmed, a council spokesman added, fans' posts quoted with wrote and added, video card, tip line, MORE ON and MOST READ lists, registration footer)",
    "Australian regional daily behind a metered paywall: record ambulance ramping at a base hospital (menu, masthead, subscribe and log-in, section label, dek with figures obtained by the paper, byline with role, date line with a dash, paywall overlay in the middle of the story, caption with Picture: credit glued on the same line, right-to-information data, the data shows, a definition of ramping, an anonymous paramedic, union branch secretary, Dr without a full stop, health service chief executive, budget papers, said in a statement, a resident's account, triple-zero line, read more, newsletter, Acknowledgement of Country, footer)",
    "Indian government press release on a cabinet-approved rural cold-chain mission (press office masthead, Government of India line, menu, language strip, ministry line, title with three summary bullets, Posted On: line with 6:05PM, Union Cabinet approval, crore and lakh figures, State Governments, Background and Implementation subheads, a study commissioned by the Ministry, the study found, minister quoted with Shri dropped over three sentences, Key features box with roman-numbered items, forecast of jobs, asterisks, reference code, Release ID, visitor counter, read-in-languages line, footer)",
    "Kenyan business news site: a supermarket chain's half-year loss (sign-in line, masthead, market ticker, menu, section label, dek with The retailer blames, byline, published line with EAT, reading time, Sh figures with bn, percent, CEO and finance director with Ms, the company said, Advertisement, ALSO READ line, according to the results statement, an anonymous supplier told BizTrail, analysts at a securities firm, head of research quoted over two sentences, stock box with data delay, tags, newsletter, more from, copyright split after Ltd., footer)",
    "US science news site: a trial of a cheap pill against post-operative delirium (masthead, section menu, search and donate lines, section label, dek, byline, date with am, read time, share strip, caption and illustration credit, according to a clinical trial published in a journal, percentages and a 95% CI in brackets, mg, Dr. with full stop, a geriatrician who led the study, some researchers think, The team found, the authors report, outside experts welcomed, noted, a plan for a larger trial, funding note, Citations heading and a one-line reference with et al. and doi, author bio with Ph.D., related stories, donation appeal, copyright split after Sciencefront.)",
    "South African sports site: a one-day cricket final report (masthead, sport menu, results widget with score lines, section label, headline and dek with figures, byline, date line with a bar, share strip, caption and agency-style credit, cricket notation 41/3 and 287/8 and 4/38, off 118 balls, Mokgatle said over two sentences, Advertisement, run out and caught descriptions, coach said, player of the match and of the tournament, Brief scores heading with innings lines and result, comment count, more cricket, betting line, copyright)",
    "Irish national paper's Q&A interview with a housing agency chief, questions and answers printed without prefixes (masthead, menu, subscriber badge, section path, Interview label, Name: quote headline, dek, byline with role, date line, listen line, caption with Photograph: credit, intro paragraph with according to the statistics office, edited-for-length note, questions with factual preambles, Critics say, Deputy dropped and called, a one-word answer, our own pipeline data and our analysis inside answers, an answer continued without a label, Last question., newsletter, more from, comments closed, footer)",
    "Nigerian fact-check site: a minister's claim about classrooms built (masthead, menu, section label, question headline with FACT-CHECK:, byline, date, read time, claim box with Claim:, Claimed by: and Verdict: lines, the minister said on a breakfast programme, ministry spokesperson said in a text message, The report lists and it shows, figures reconciled, the commission's annual report records, an analyst said and told FactRadar, the spokesperson later said, Conclusion with the verdict sentence, Official records show, Sources list, ratings legend, funding line, claim-tip line, code-of-principles line, related fact-checks, footer)",
    "Scottish regional daily's opinion column on closing public toilets (masthead, menu, section path, opinion headline, standfirst ending writes X, byline and Columnist line, date and share strip, the columnist's own facts without a speaker and her opinions, the council's budget papers proposed, The council says, according to figures released under freedom of information, according to the council's own list, pull quote, a council leader who has told this paper, a verdict on his claim, another council's scheme, a call to action, Right of reply heading with a council spokeswoman, bio, views line, letters prompt, more opinion, comments, footer)",
]

ARTICLES = [
    [  # 1. US national news site: House passes a ticket-fee bill
        [("Skip to content", "", "", "B")],
        [("Nationwire Daily", "", "", "B")],
        [("U.S.   World   Politics   Business   Health   Climate   Sports   Opinion   Games", "", "", "B")],
        [("Subscribe for $1/week", "", "", "B")],
        [("Log in", "", "", "B")],
        [("Politics › Congress", "", "", "B")],
        [("House passes bill to make ticket sellers show full prices up front", "", "", "W")],
        [("The measure, approved 318-104, would outlaw the surprise fees that can add a third to the cost of concert and game tickets.", "", "", "W"),
         ("Its fate in the Senate is far less certain.", "", "", "")],
        [("By Calloway Brixby and Teodora Mancusi", "", "", "B")],
        [("Updated March 11, 2026, 7:48 p.m. ET", "", "", "B")],
        [("Gift this article   Share   Save", "", "", "B")],
        [("Listen · 6:12 min", "", "", "B")],
        [("Fans wait outside an arena in Ohio in February.", "", "", ""),
         ("The bill would cover tickets to concerts, sports and theater sold online.", "", "", "W")],
        [("Jarrah Whitsoame for Nationwire Daily", "", "", "B")],
        [("WASHINGTON — The House voted 318 to 104 on Wednesday to require ticket sellers to show the full price of a ticket, including every mandatory fee, the first time a buyer sees it.", "", "", "W")],
        [("The bill, H.R. 3318, would also bar sellers from listing tickets they do not yet hold, a practice known as speculative selling, and would let the Federal Trade Commission fine companies up to $50,000 per violation.", "", "", "W")],
        [("Ninety-one Republicans joined 227 Democrats in voting for the measure.", "", "", "W"),
         ("All 104 votes against it came from Republicans.", "", "", "W")],
        [("“For years, families have clicked ‘buy’ on a $60 ticket and been charged $92 at checkout,” said Rep. Dolores Yturbide, D-Mich., who wrote the bill.", "Dolores Yturbide", "said", ""),
         ("“That's not a price.", "Dolores Yturbide", "said", ""),
         ("That's a bait and switch.”", "Dolores Yturbide", "said", "")],
        [("Yturbide said the idea came from a constituent who paid $410 in fees on four tickets to a state high school basketball final.", "Dolores Yturbide", "said", "W")],
        [("Opponents said the bill went too far.", "Opponents", "said", ""),
         ("Rep. Garrett Stolzenbach, R-Texas, said the ban on speculative listings would hurt small resellers who “provide a real service to fans who can't sit at a computer at 10 a.m. on a Tuesday.”", "Garrett Stolzenbach", "said", "")],
        [("He also argued that the fee rule duplicated a regulation the FTC finalized in 2024.", "Garrett Stolzenbach", "argued", "W")],
        [("That rule, which took effect in May 2025, requires the total price to be shown before checkout but not in the first listing, and it does not cover marketplaces that only host other sellers' tickets, according to the agency.", "the agency", "according to", "W")],
        [("SeatSpire Inc., the largest primary ticket seller in the U.S., said in a statement that it supported “a single national standard” and had shown all-in prices on its own site since 2024.", "SeatSpire Inc.", "said in a statement", "W"),
         ("The company did not say whether it backed the ban on speculative listings.", "The company", "did not say", "")],
        [("Resale platforms were more critical.", "", "", ""),
         ("The Live Events Access Coalition, a trade group representing six resale sites, said the bill would push buyers toward “unregulated sellers on social media.”", "The Live Events Access Coalition", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Skip Advertisement", "", "", "B")],
        [("What the bill would do", "", "", "")],
        [("• Require the full price, with all mandatory fees, to appear in the first listing a buyer sees.", "", "", "W")],
        [("• Ban the sale of tickets the seller does not own or have under contract.", "", "", "W")],
        [("• Require resellers to disclose that a ticket is being resold, and its original face value.", "", "", "W")],
        [("• Let the FTC and state attorneys general enforce the rules, with fines of up to $50,000 per violation.", "", "", "W")],
        [("Consumer advocates have pushed for such rules since a 2022 ticketing meltdown, when millions of fans were locked out of presales for a stadium tour.", "", "", "W"),
         ("A survey by the Ticket Fairness Project, a nonprofit group, found that fees made up an average of 27% of the final price of tickets bought online last year.", "A survey by the Ticket Fairness Project", "found", "W")],
        [("“This is the biggest win for fans in a generation,” said Renata Szczepankow, the group's director.", "Renata Szczepankow", "said", ""),
         ("“But it means nothing if it dies in the Senate.”", "Renata Szczepankow", "said", "")],
        [("A companion bill sponsored by Sen. Lydia Wesselhoeft, R-Kan., has 14 co-sponsors but has not been scheduled for a committee vote.", "", "", "W")],
        [("A spokesman for Senate Majority Leader Tobias Ancrum declined to say when the chamber would take it up.", "A spokesman for Senate Majority Leader Tobias Ancrum", "declined to say", "")],
        [("The White House said on Wednesday that the president would sign the House version if it reached his desk.", "The White House", "said", "W")],
        [("Teodora Mancusi contributed reporting from New York.", "", "", "B")],
        [("Calloway Brixby covers Congress for Nationwire Daily.", "", "", "B"),
         ("He previously reported on state politics in Kansas and Missouri.", "", "", "B")],
        [("A version of this article appears in print on March 12, 2026, Section A, Page 14, with the headline: House Votes to Make Ticket Sellers Show All Fees.", "", "", "B")],
        [("Related Coverage", "", "", "B")],
        [("Why your $75 concert ticket cost $118: a line-by-line look at the fees", "", "", "B")],
        [("States move faster than Congress on ticket resale caps", "", "", "B")],
        [("The Capitol Brief", "", "", "B")],
        [("What Congress did today and why it matters, from our reporters on the Hill, every weekday evening.", "", "", "B")],
        [("Enter your email   Sign Up", "", "", "B")],
        [("See all newsletters", "", "", "B")],
        [("Most Popular", "", "", "B")],
        [("The Supreme Court Agrees to Hear a Case on Drone Deliveries", "", "", "B")],
        [("How a Small Town in Nebraska Ran Out of Teachers", "", "", "B")],
        [("Opinion: The Filibuster Is Not Coming Back", "", "", "B")],
        [("© 2026 Nationwire Media Company", "", "", "B")],
        [("Contact Us   Accessibility   Work with us   Advertise   Terms of Service   Privacy Policy   Your Privacy Choices", "", "", "B")],
    ],
    [  # 2. Canadian local news site: arena closed after roof truss damage
        [("OrrindaleNow", "", "", "B")],
        [("News   Local Sports   Obituaries   Community   Real Estate   Events   Contests", "", "", "B")],
        [("Orrindale, ON  -7°C  Light snow", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Orrindale Memorial Arena closed 'indefinitely' after engineers find roof truss damage", "", "", "W")],
        [("Minor hockey and figure skating scramble for ice; council to hear repair options Feb. 24", "", "", "W")],
        [("Kassandra Thibodeault", "", "", "B")],
        [("Feb 11, 2026 4:12 PM  |  Share  Email  Print", "", "", "B")],
        [("The arena on Tulloway Road East was built in 1974.", "", "", "W")],
        [("Kassandra Thibodeault/OrrindaleNow", "", "", "B")],
        [("The Town of Orrindale has closed its main arena with immediate effect after an inspection found cracking in three of the building's 11 steel roof trusses.", "", "", "W")],
        [("Staff received the engineering report on Monday afternoon and closed the building by 6 p.m., chief administrative officer Wendell Paquinet told council at a special meeting Tuesday.", "Wendell Paquinet", "told council", "W")],
        [("“We were told there is no imminent risk of collapse, but we were also told the engineers could not rule it out under a heavy snow load,” Paquinet said.", "Wendell Paquinet", "said", "W"),
         ("“With the forecast we have this week, that was enough for me.”", "Wendell Paquinet", "said", "")],
        [("The report, prepared by Trussline Structural Ltd., recommends that the building stay closed until the trusses are reinforced or replaced.", "The report", "recommends", "W"),
         ("It estimates reinforcement at $1.9 million and a full roof replacement at $4.6 million.", "The report", "estimates", "W")],
        [("Neither figure is in the town's 2026 budget, which council approved in December with a 3.9 per cent tax increase.", "", "", "W")],
        [("Teams looking for ice", "", "", "")],
        [("About 640 players in the Orrindale Minor Hockey Association use the arena, along with the Orrindale Skating Club and two adult recreational leagues.", "", "", "W")],
        [("Association president Shawn Pettipas said the association had lost 52 hours of ice a week.", "Shawn Pettipas", "said", "W"),
         ("“Kids are going to miss games, and some of our house-league teams might not finish the season,” he said.", "Shawn Pettipas", "said", "")],
        [("He said the association had already booked 19 hours a week at arenas in Bexton and Kettlewood, 25 and 40 minutes' drive away.", "Shawn Pettipas", "said", "W")],
        [("The skating club's spring carnival, scheduled for March 14, has been cancelled, according to a notice on the club's website.", "a notice on the club's website", "according to", "W")],
        [("Council divided on next steps", "", "", "")],
        [("Coun. Mireille Dufresnay asked why the damage had not been caught earlier.", "Mireille Dufresnay", "asked", ""),
         ("The arena's last full structural inspection was in 2019, according to a staff report.", "a staff report", "according to", "W")],
        [("“Seven years is too long for a building this age,” Dufresnay said.", "Mireille Dufresnay", "said", "")],
        [("Paquinet said provincial guidelines call for a review every five years, but the inspection planned for 2024 was deferred because of a staffing shortage in the facilities department.", "Wendell Paquinet", "said", "W")],
        [("Mayor Bernice Toulouse-Haig said she would not support replacing the roof without first asking whether a new twin-pad arena would be a better use of the money.", "Bernice Toulouse-Haig", "said", ""),
         ("“We cannot put $4.6 million into a 52-year-old building without asking that question,” she said.", "Bernice Toulouse-Haig", "said", "")],
        [("Coun. Devinder Sekhon said a new arena would take at least four years to build, and families could not wait that long.", "Devinder Sekhon", "said", "")],
        [("Council voted 6-1 to have staff bring back costed options for both repair and replacement on Feb. 24, with Coun. Gord Lheureux opposed.", "", "", "W")],
        [("Staff will also look at whether temporary shoring would let the arena's lobby and the curling rink next door reopen.", "", "", "")],
        [("The curling club, which shares a wall with the arena, has been closed as a precaution.", "", "", "W")],
        [("Refunds for cancelled public skates and ice rentals will be issued automatically.", "", "", "B"),
         ("Questions can be directed to the recreation department at 705-555-0143.", "", "", "B")],
        [("Correction: An earlier version of this story gave the wrong year for the arena's opening.", "", "", "B"),
         ("It opened in 1974.", "", "", "W")],
        [("About the Author: Kassandra Thibodeault", "", "", "B")],
        [("Kassandra covers town hall and schools for OrrindaleNow.", "", "", "B"),
         ("Story tips can be sent to news@orrindalenow.example.", "", "", "B")],
        [("Comments", "", "", "B")],
        [("We welcome your feedback, but comments that are abusive or off topic will be removed.", "", "", "B"),
         ("Read our community guidelines.", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Tulloway Road East bridge to close for six weeks this summer", "", "", "B")],
        [("Orrindale's oldest bakery changes hands after 61 years", "", "", "B")],
        [("OPP lay charges after weekend crash on Highway 12", "", "", "B")],
        [("© 2026 OrrindaleNow, a division of Lakecrest Digital Media Inc.", "", "", "B")],
        [("Privacy   Terms   Advertise with us   Contact", "", "", "B")],
    ],
    [  # 3. New Zealand public broadcaster's live blog: rain emergency
        [("Skip to content", "", "", "B")],
        [("Awa Public Media", "", "", "B")],
        [("Home   News   Te Ao Māori   Pacific   World   Business   Country   Sport   Listen   Watch", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Live: State of emergency in Rangimoana as Ōkauri River rises", "", "", "W")],
        [("About 300 homes in low-lying parts of Ōkauri have been told to leave, and a red heavy rain warning is in force until Thursday morning.", "", "", "W")],
        [("Awa News team", "", "", "B")],
        [("Updated 7.18pm", "", "", "B")],
        [("Key points", "", "", "B")],
        [("• State of emergency declared for the Rangimoana district at 2.30pm", "", "", "W")],
        [("• Evacuation centres open at Waitākina School and Matuku Flat Rugby Club", "", "", "B")],
        [("• SH57 closed between Matuku Flat and Waitākina by slips", "", "", "W")],
        [("• About 2150 homes without power", "", "", "W")],
        [("Weather warnings", "", "", "B")],
        [("Red heavy rain warning: Rangimoana ranges, 3pm Wednesday to 6am Thursday", "", "", "W")],
        [("Orange heavy rain warning: Rangimoana coast and Ōkauri, until 9am Thursday", "", "", "W")],
        [("7.18pm", "", "", "B")],
        [("River expected to peak around midnight", "", "", "")],
        [("The Ōkauri River was running at 4.1 metres at the Tawhiti Bridge gauge at 7pm, up from 2.6m at midday, according to Rangimoana Regional Council.", "Rangimoana Regional Council", "according to", "W")],
        [("The council's flood manager, Rawiri Hapeta, said the river was likely to peak between 11pm and 1am at about 4.8m.", "Rawiri Hapeta", "said", ""),
         ("The stopbanks through the town are built to hold 5.2m.", "", "", "W")],
        [("6.40pm", "", "", "B")],
        [("Evacuation centre full", "", "", "W")],
        [("Civil Defence says the Ōkauri War Memorial Hall is full, and people leaving home should go to Waitākina School instead.", "Civil Defence", "says", "W"),
         ("Anyone who needs transport can call 0800 555 019.", "", "", "B")],
        [("6.05pm", "", "", "B")],
        [("Power out for more than 2000 homes", "", "", "W")],
        [("Tieke Power has posted this update on outages:", "Tieke Power", "posted", "")],
        [("Tieke Power @TiekePowerNZ", "", "", "B")],
        [("About 2150 customers are without power in Ōkauri, Matuku Flat and the upper Waitākina valley.", "Tieke Power", "posted", "W"),
         ("Crews can't safely reach some sites until the rain eases.", "Tieke Power", "posted", ""),
         ("Please treat all fallen lines as live.", "Tieke Power", "posted", "")],
        [("6:01 PM · Mar 4, 2026", "", "", "B")],
        [("5.30pm", "", "", "B")],
        [("Mayor: 'I've never seen the river like this'", "Lorraine Wichman", "Mayor:", "")],
        [("Rangimoana Mayor Lorraine Wichman signed the emergency declaration at 2.30pm.", "", "", "W")],
        [("“I've lived here 40 years and I have never seen the river like this,” she told Awa.", "Lorraine Wichman", "told Awa", "")],
        [("She said 14 roads in the district were closed and the council had asked the Defence Force for two trucks to help move people out of the Pūkeko Park area.", "Lorraine Wichman", "said", "W")],
        [("4.50pm", "", "", "B")],
        [("Schools closed tomorrow", "", "", "W")],
        [("The Ministry of Education says all 11 schools in the Rangimoana district will be closed on Thursday.", "The Ministry of Education", "says", "W"),
         ("Parents should check their school's app for updates.", "", "", "B")],
        [("4.15pm", "", "", "B")],
        [("State highway closed by slips", "", "", "W")],
        [("The transport agency has closed SH57 between Matuku Flat and Waitākina after two slips came down near the Moturoa saddle.", "", "", "W")],
        [("A spokesperson said crews would assess the road at first light, and it was unlikely to reopen before Friday.", "A spokesperson", "said", "")],
        [("3.20pm", "", "", "B")],
        [("Warning upgraded to red", "", "", "W")],
        [("The Aotearoa Weather Service has upgraded its heavy rain warning for the Rangimoana ranges to red, the highest level, from 3pm.", "", "", "W")],
        [("Meteorologist Ngaire Waaka said up to 250mm of rain could fall in the ranges by Thursday morning.", "Ngaire Waaka", "said", ""),
         ("The service's gauge at Pukerau Station recorded 143mm in the 24 hours to 3pm.", "", "", "W")],
        [("“Red warnings are rare, and we only issue them when we expect significant damage and danger to life,” she said.", "Ngaire Waaka", "said", "")],
        [("2.35pm", "", "", "B")],
        [("State of emergency declared", "", "", "W")],
        [("A local state of emergency has been declared for the Rangimoana district.", "", "", "W")],
        [("Civil Defence controller Hemi Rangiuia said people in Pūkeko Park, Mill Street and the Ōkauri camping ground should leave now.", "Hemi Rangiuia", "said", ""),
         ("“If you are wondering whether to go, go,” he said.", "Hemi Rangiuia", "said", "")],
        [("1.10pm", "", "", "B")],
        [("Kia ora, and welcome to our live coverage of the rain in Rangimoana.", "", "", "B"),
         ("We'll bring you updates from our reporters in Ōkauri and Waitākina through the afternoon and evening.", "", "", "B")],
        [("In a flood: what to do", "", "", "B")],
        [("If you feel unsafe, don't wait for an official warning — leave.", "", "", "B")],
        [("Never drive or walk through floodwater.", "", "", "B")],
        [("If life or property is at risk, call 111.", "", "", "B")],
        [("Get breaking news alerts on the Awa app", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Why Ōkauri's stopbanks were never finished", "", "", "B")],
        [("Rangimoana farmers still counting the cost of 2023 floods", "", "", "B")],
        [("Awa Public Media is Aotearoa's independent public broadcaster.", "", "", "B")],
        [("About   Contact   Complaints   Careers   Privacy   Terms of use", "", "", "B")],
        [("© Awa Public Media 2026", "", "", "B")],
    ],
    [  # 4. UK tabloid: a TV chef's restaurant given a zero hygiene rating
        [("The Daily Foghorn", "", "", "B")],
        [("News   Sport   Showbiz   TV   Money   Travel   Health   Puzzles", "", "", "B")],
        [("SHOWBIZ  ›  CELEBRITY", "", "", "B")],
        [("EXCLUSIVE", "", "", "B")],
        [("NOT SO MICE TV chef Jez Haddenham's posh restaurant handed ZERO hygiene rating after inspectors find mouse droppings in kitchen", "", "", "W")],
        [("Inspectors found raw chicken stored above salad and a hand basin blocked with dirty pans", "", "", "W")],
        [("Shannon Peploe, Showbiz Reporter", "", "", "B")],
        [("Published: 06:00, 14 Mar 2026  |  Updated: 09:37, 14 Mar 2026", "", "", "B")],
        [("💬 87", "", "", "B")],
        [("IN THE SOUP: Jez Haddenham, 49, opened Pike & Pan in Sandrow Cross in 2023", "", "", "W")],
        [("Credit: Halfmoon Media", "", "", "B")],
        [("TV chef Jez Haddenham's swanky restaurant has been handed a ZERO food hygiene rating — after inspectors found mouse droppings in the kitchen.", "", "", "W")],
        [("The Fork Off! star's Pike & Pan, where a tasting menu costs £145 a head, was given the lowest possible score on February 19.", "", "", "W")],
        [("Inspectors from Sandrow Borough Council found droppings in a dry store and under a prep counter, according to the report, seen by The Daily Foghorn.", "the report, seen by The Daily Foghorn", "according to", "W")],
        [("Raw chicken was kept on a shelf above ready-to-eat salad in a walk-in fridge.", "", "", "W")],
        [("And the only hand basin in the kitchen was blocked with pans.", "", "", "W")],
        [("The report rated the restaurant “major improvement necessary” on hygiene and on the state of the building, and “urgent improvement necessary” on management.", "The report", "rated", "W")],
        [("A zero rating means urgent improvement is required.", "", "", "")],
        [("Diner Kayleigh Scatterwood, 34, who ate there for her birthday in January, fumed: “We paid £380 for the two of us.", "Kayleigh Scatterwood", "fumed", "")],
        [("“To find out the kitchen looked like that is absolutely disgusting.”", "Kayleigh Scatterwood", "fumed", "")],
        [("“Absolutely disgusting”", "", "", "B")],
        [("KAYLEIGH SCATTERWOOD", "", "", "B")],
        [("Haddenham, who shot to fame on the cooking show Fork Off! in 2017, runs three other restaurants.", "", "", "W")],
        [("None of them has a rating below four.", "", "", "W")],
        [("Pike & Pan was named one of the 50 best new restaurants of 2024 by a national dining guide.", "", "", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("A spokesperson for the chef said: “Jez is devastated.", "A spokesperson for the chef", "said", "")],
        [("“Every issue was fixed within 48 hours, and the restaurant has since had a deep clean and a new pest-control contract.", "A spokesperson for the chef", "said", "W")],
        [("“We have asked the council for a re-inspection, and we're confident it will show a very different kitchen.”", "A spokesperson for the chef", "said", "W")],
        [("The restaurant has stayed open.", "", "", "W")],
        [("A zero rating does not force a business to close — a council can only shut a kitchen if there is an “imminent risk to health”.", "", "", "W")],
        [("Sandrow Borough Council confirmed the rating and said a re-inspection had been booked for next month.", "Sandrow Borough Council", "confirmed", "W")],
        [("A council spokesman added: “Ratings are published so that diners can make informed choices.", "A council spokesman", "added", "")],
        [("“We don't comment on individual businesses beyond the published report.”", "A council spokesman", "added", "")],
        [("It's not the first time Jez has landed in hot water.", "", "", "")],
        [("In 2024 he was forced to apologise after a clip of him hurling a plate at a junior chef on the show was viewed more than four million times.", "", "", "W")],
        [("Fans were quick to react online.", "", "", "")],
        [("One fan wrote: “£145 a head and you get a side of mouse.”", "One fan", "wrote", "")],
        [("Another added: “Fork off indeed.”", "Another", "added", "")],
        [("▶ WATCH: Jez loses it on Fork Off! (1:12)", "", "", "B")],
        [("Got a story?", "", "", "B"),
         ("Email tips@dailyfoghorn.example or call 020 7946 0321", "", "", "B")],
        [("MORE ON JEZ HADDENHAM", "", "", "B")],
        [("Jez Haddenham reveals the one ingredient he'll NEVER cook with", "", "", "B")],
        [("Fork Off! axed after eight series as bosses plan shake-up", "", "", "B")],
        [("MOST READ IN SHOWBIZ", "", "", "B")],
        [("Soap star's secret wedding on a Greek island — and the guest list", "", "", "B")],
        [("Comments are subject to our community rules", "", "", "B")],
        [("Foghorn Media Ltd, registered in England and Wales No. 09917234", "", "", "B")],
        [("Terms · Privacy · Cookie settings · Contact us · Sitemap", "", "", "B")],
    ],
    [  # 5. Australian regional daily behind a metered paywall: ambulance ramping
        [("Menu", "", "", "B")],
        [("The Wyralla Advocate", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("Log in", "", "", "B")],
        [("News   Sport   Opinion   Business   Community   Obituaries   Puzzles   Today's Paper", "", "", "B")],
        [("Health", "", "", "B")],
        [("Paramedics ramped for 4311 hours at Wyralla Base in February, the worst month on record", "", "", "W")],
        [("Figures obtained by the Advocate show ambulances waited more than an hour outside the emergency department on 71 per cent of days", "Figures obtained by the Advocate", "show", "W")],
        [("Imogen Wentholt, Health Reporter", "", "", "B")],
        [("March 18, 2026 — 5:00am", "", "", "B")],
        [("Ambulances lined up outside the emergency department at Wyralla Base Hospital on Tuesday afternoon.", "", "", ""),
         ("Picture: Declan Vardagh", "", "", "B")],
        [("Paramedics spent 4311 hours waiting outside Wyralla Base Hospital's emergency department in February, the highest monthly total since records began in 2017.", "", "", "W")],
        [("The figure, from ambulance service data released to the Advocate under right to information laws, is up from 2960 hours in February last year.", "", "", "W")],
        [("On 20 of February's 28 days, at least one crew waited more than an hour to hand over a patient.", "", "", "W"),
         ("Across the state, ramping hours rose 22 per cent over the same period, according to the ambulance service's published performance reports.", "the ambulance service's published performance reports", "according to", "W")],
        [("The longest single wait was seven hours and 12 minutes, on February 9, for an 84-year-old woman with a suspected broken hip, the data shows.", "the data", "shows", "W")],
        [("This story is for subscribers", "", "", "B")],
        [("You've read all your free articles for this month.", "", "", "B")],
        [("Get unlimited access to local news for $1 a week for your first 12 weeks.", "", "", "B"),
         ("Cancel anytime.", "", "", "B")],
        [("Subscribe now", "", "", "B")],
        [("Already a subscriber?", "", "", "B"),
         ("Log in", "", "", "B")],
        [("Ramping happens when paramedics cannot hand patients over because there is no bed or staff free in the emergency department.", "", "", "")],
        [("A Wyralla paramedic, who asked not to be named because staff are not allowed to speak to the media, said crews had started calling the hospital's ambulance bay “the second waiting room”.", "A Wyralla paramedic", "said", "")],
        [("“While we're standing in a corridor with one patient, there are triple-zero calls in town with no ambulance to send,” the paramedic said.", "A Wyralla paramedic", "said", "")],
        [("The nurses' union branch secretary, Bronte Yeaman, said the emergency department had been short of between eight and 11 nurses a shift since December.", "Bronte Yeaman", "said", "W")],
        [("Wyralla Hospital and Health Service chief executive Dr Lachlan Vandenbroek said the hospital had opened 16 extra beds in January and was recruiting 40 nurses, including 12 from overseas.", "Lachlan Vandenbroek", "said", "W")],
        [("“February was an exceptionally busy month, with a 14 per cent rise in presentations compared with last year,” Dr Vandenbroek said.", "Lachlan Vandenbroek", "said", "W"),
         ("“Our staff are working incredibly hard, and I thank them.”", "Lachlan Vandenbroek", "said", "")],
        [("He said a transit lounge, where up to eight ambulance patients can wait under the care of hospital nurses, would open in May.", "Lachlan Vandenbroek", "said", "W")],
        [("Expansion pushed back a year", "", "", "W")],
        [("The state government committed $410 million in 2023 to expand the emergency department from 38 to 60 treatment spaces.", "", "", "W")],
        [("Construction was due to start last year but has been pushed back to July, according to budget papers.", "budget papers", "according to", "W")],
        [("Opposition health spokesman Tim Hazzledine said the delay was “costing lives”.", "Tim Hazzledine", "said", "")],
        [("Health Minister Colleen Dunsforth said in a statement the project was on track to open in 2028, and Wyralla had received a 9 per cent increase in its budget this financial year.", "Colleen Dunsforth", "said in a statement", "W")],
        [("Wyralla resident Margaret Spurway's husband, Des, waited in an ambulance outside the emergency department for five hours after a fall in February.", "", "", "W")],
        [("“The paramedics were wonderful, but they were stuck,” Mrs Spurway said.", "Margaret Spurway", "said", ""),
         ("“Nobody should be left lying on a stretcher for that long.”", "Margaret Spurway", "said", "")],
        [("In an emergency, always call triple zero (000).", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Hospital car park fees to double from July", "", "", "B")],
        [("Wyralla Base chief: 'We need 60 more nurses now'", "", "", "B")],
        [("Get the day's local news in your inbox", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("The Wyralla Advocate acknowledges the Traditional Custodians of the land on which we live and work, and pays respect to Elders past and present.", "", "", "B")],
        [("© 2026 Saltpan Regional Media Pty Ltd", "", "", "B")],
        [("Privacy policy   Terms of use   Contact us   Advertise   Conditions of subscription", "", "", "B")],
    ],
    [  # 6. Indian government press release: cabinet approves a rural cold-chain mission
        [("Official Press Desk", "", "", "B")],
        [("Government of India", "", "", "B")],
        [("Home   Releases   Photos   Speeches   Features   Archive", "", "", "B")],
        [("English   |   हिन्दी", "", "", "B")],
        [("Ministry of Rural Affairs", "", "", "B")],
        [("Cabinet approves Rural Cold Chain Mission with an outlay of ₹4,860 crore to cut post-harvest losses of fruits and vegetables", "", "", "W")],
        [("Mission to set up 7,500 village-level cold rooms in 210 districts by March 2029", "", "", "W")],
        [("Farmer producer organisations to get 60 per cent capital subsidy; 75 per cent in hill and North-Eastern States", "", "", "W")],
        [("About 18 lakh small and marginal farmers expected to benefit", "", "", "")],
        [("Posted On: 18 MAR 2026 6:05PM by OPD Delhi", "", "", "B")],
        [("The Union Cabinet, chaired by the Prime Minister, today approved the Rural Cold Chain Mission (RCCM) with a total outlay of ₹4,860 crore for the period 2026-27 to 2028-29.", "", "", "W")],
        [("The Mission will be implemented by the Ministry of Rural Affairs in partnership with the State Governments.", "", "", "W")],
        [("Under the Mission, 7,500 solar-powered cold rooms of 10 to 30 tonnes capacity each will be set up at the village level, along with 420 refrigerated vans and 96 district-level pack-houses.", "", "", "W")],
        [("Farmer producer organisations, self-help groups and primary cooperative societies will be eligible for a capital subsidy of 60 per cent of the project cost, rising to 75 per cent in the hill States, the North-Eastern States and the Union Territories of Jammu and Kashmir and Ladakh.", "", "", "W")],
        [("Background", "", "", "")],
        [("According to a study commissioned by the Ministry in 2024, between 4.6 per cent and 15.9 per cent of the country's fruits and vegetables are lost after harvest, at a value of about ₹1.1 lakh crore a year.", "a study commissioned by the Ministry in 2024", "According to", "W")],
        [("Less than 4 per cent of the country's cold storage capacity is located within 10 km of a village, the study found.", "the study", "found", "W")],
        [("Speaking after the Cabinet meeting, Union Minister of Rural Affairs Shri Vinayak Dharmadhikari said the Mission would “bring the cold chain to the farm gate for the first time”.", "Vinayak Dharmadhikari", "said", "")],
        [("“A tomato grower in a village today has two choices: sell at whatever price the trader offers on the day of harvest, or watch the crop rot,” he said.", "Vinayak Dharmadhikari", "said", ""),
         ("“With a cold room in the village, he can wait a week for a better price.”", "Vinayak Dharmadhikari", "said", "")],
        [("The Minister said that 2,100 cold rooms would be operational by March 2027, and that every unit would be geo-tagged and monitored through a national dashboard.", "Vinayak Dharmadhikari", "said", "W")],
        [("Key features", "", "", "B")],
        [("i. Village-level cold rooms: 7,500 units, solar-powered, 10–30 tonnes each", "", "", "W")],
        [("ii. Refrigerated vans: 420, to carry produce from cold rooms to mandis and pack-houses", "", "", "W")],
        [("iii. District pack-houses: 96, with grading, sorting and packing lines", "", "", "W")],
        [("iv. Capital subsidy: 60 per cent (75 per cent in special category areas)", "", "", "W")],
        [("v. Training: 1.2 lakh farmers and 15,000 operators in post-harvest handling", "", "", "W")],
        [("Implementation", "", "", "")],
        [("A National Steering Committee chaired by the Secretary, Ministry of Rural Affairs, will approve projects and monitor progress.", "", "", "W"),
         ("State-level committees under the Chief Secretaries will identify clusters and select beneficiaries.", "", "", "W")],
        [("Applications will be invited through the RCCM portal from 1st June, 2026.", "", "", "W"),
         ("No new cold room will be sanctioned within 25 km of an existing facility of more than 500 tonnes.", "", "", "W")],
        [("The Mission is expected to generate about 95,000 person-days of employment during construction and 22,000 jobs in operation and maintenance.", "", "", "")],
        [("Smt. Anuradha Iyengar, Secretary, Ministry of Rural Affairs, will brief the media on the operational guidelines at the National Media Centre on 20th March, 2026 at 11:30 AM.", "", "", "W")],
        [("***", "", "", "B")],
        [("AB/VK/RCCM/2026", "", "", "B")],
        [("(Release ID: 2241187)", "", "", "B")],
        [("Visitor Counter : 1482", "", "", "B")],
        [("Read this release in: हिन्दी , मराठी , தமிழ் , বাংলা", "", "", "B")],
        [("Follow us on social media", "", "", "B")],
        [("Website Policies | Help | Contact Us | Feedback | Accessibility Statement", "", "", "B")],
        [("Content on this website is published and managed by the Official Press Desk, Government of India.", "", "", "B")],
    ],
    [  # 7. Kenyan business news site: a supermarket chain's half-year loss
        [("Sign In  |  Register", "", "", "B")],
        [("BizTrail", "", "", "B")],
        [("NSE 20  1,914.22 ▲0.41%   |   USD/KES  129.35   |   Brent  $78.10", "", "", "B")],
        [("Markets   Companies   Economy   Banking   Tech   Agribusiness   Opinion   Personal Finance", "", "", "B")],
        [("Companies", "", "", "B")],
        [("Zawadi Mart swings to Sh1.3bn half-year loss as it shuts 11 branches", "", "", "W")],
        [("The retailer blames weak consumer spending and a Sh420 million charge for closed stores, and will not pay an interim dividend", "The retailer", "blames", "W")],
        [("By Evans Kimutai", "", "", "B")],
        [("Published on: Thu, Mar 12, 2026 at 18:40 EAT", "", "", "B")],
        [("Reading time: 4 min", "", "", "B")],
        [("Supermarket chain Zawadi Mart Holdings has reported a net loss of Sh1.3 billion for the six months to December, reversing a profit of Sh612 million in the same period a year earlier.", "", "", "W")],
        [("Revenue fell 9.4 percent to Sh18.7 billion, the company said in its unaudited results on Thursday.", "the company", "said", "W")],
        [("The loss includes a one-off charge of Sh420 million for closing 11 loss-making branches in Nairobi, Nakuru, Eldoret and Kisumu between July and November.", "", "", "W"),
         ("The chain now operates 53 stores, down from 64 at the start of the financial year.", "", "", "W")],
        [("Gross margin narrowed to 19.8 percent from 22.1 percent, which the company attributed to price cuts on staple foods.", "the company", "attributed", "W")],
        [("Chief executive Njeri Kibathi said shoppers were buying smaller baskets and switching to cheaper brands as households struggled with higher taxes and fuel prices.", "Njeri Kibathi", "said", "W")],
        [("“Average basket size in our stores fell by 12 percent in the half,” Ms Kibathi said.", "Njeri Kibathi", "said", "W"),
         ("“We have closed branches that were never going to make money, and the remaining network is now cash positive at store level.”", "Njeri Kibathi", "said", "W")],
        [("Ms Kibathi said she expected the chain to return to profit in the second half, helped by lower rents and an online delivery service launched in February.", "Njeri Kibathi", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("ALSO READ: Lenders tighten credit to supermarket chains after a string of collapses", "", "", "B")],
        [("Supplier arrears", "", "", "")],
        [("The retailer owed suppliers Sh3.9 billion at the end of December, according to the results statement, with Sh1.1 billion of that more than 90 days overdue.", "the results statement", "according to", "W")],
        [("A dairy supplier, who declined to be named for fear of losing the account, told BizTrail he had been waiting since October to be paid Sh14 million.", "A dairy supplier", "told BizTrail", "W")],
        [("Finance director Joseph Mwangemi said the company had agreed a payment plan with its 40 largest suppliers and would clear all arrears older than 90 days by June.", "Joseph Mwangemi", "said", "W")],
        [("Zawadi Mart's shares fell 6.2 percent to Sh8.45 on Friday, their lowest close since the company listed in 2019.", "", "", "W")],
        [("Analysts at Simba Crest Securities said the results were weaker than they had expected but that the branch closures were “overdue”.", "Analysts at Simba Crest Securities", "said", "")],
        [("“The balance sheet is the real worry,” said Ayub Lemaiyan, head of research at the firm.", "Ayub Lemaiyan", "said", ""),
         ("“Net debt has doubled to Sh5.2 billion in a year, and the company has to show it can refinance the Sh2 billion bond that falls due in September.”", "Ayub Lemaiyan", "said", "W")],
        [("The board did not declare an interim dividend.", "", "", "W"),
         ("The company paid Sh0.25 a share at the half-year stage last year.", "", "", "W")],
        [("Several large supermarket chains have collapsed in Kenya over the past decade, leaving suppliers owed billions of shillings.", "", "", "W"),
         ("Zawadi Mart was founded in Thika in 1998 and expanded rapidly after 2015, opening 30 stores in five years.", "", "", "W")],
        [("ZAWADI MART HOLDINGS (ZWDM)", "", "", "B")],
        [("Sh8.45  ▼ 6.2%", "", "", "B")],
        [("Market cap: Sh4.9bn", "", "", "B")],
        [("Prices delayed by at least 15 minutes.", "", "", "B")],
        [("Tags: Retail   Zawadi Mart   Results   Suppliers", "", "", "B")],
        [("Get the BizTrail Morning Brief", "", "", "B")],
        [("Markets, deals and the numbers that matter, in your inbox before 7am.", "", "", "B")],
        [("Email address   Subscribe", "", "", "B")],
        [("More from Companies", "", "", "B")],
        [("Tea exporter posts record earnings on weaker shilling", "", "", "B")],
        [("Mobile lender cuts 200 jobs in restructuring", "", "", "B")],
        [("© 2026 BizTrail Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About Us | Advertise | Careers | Terms | Privacy", "", "", "B")],
    ],
    [  # 8. US science news site: a cheap pill against post-operative delirium
        [("Sciencefront", "", "", "B")],
        [("Sections ▾   Health   Space   Earth   Animals   Physics   Tech   Mind", "", "", "B")],
        [("Search", "", "", "B")],
        [("Donate", "", "", "B")],
        [("HEALTH & MEDICINE", "", "", "B")],
        [("A cheap blood pressure pill cut delirium after hip surgery by a third", "", "", "W")],
        [("In a trial of 1,204 older patients, one low dose before the operation lowered the risk of confusion in the days that followed, but experts want to see it tested in frailer people", "", "", "W")],
        [("By Priyanka Seetharam", "", "", "B")],
        [("March 9, 2026 at 11:00 am", "", "", "B")],
        [("5 min read", "", "", "B")],
        [("Share this:   Email   Copy link   Print", "", "", "B")],
        [("Delirium after surgery is common in older patients and can last for weeks.", "", "", "W")],
        [("Illustration: Gorsemoor Studio/Stockhaus", "", "", "B")],
        [("A single pill given the night before hip surgery cut the rate of delirium in older patients by about a third, according to a clinical trial published March 9 in the Journal of Perioperative Research.", "a clinical trial published March 9 in the Journal of Perioperative Research", "according to", "W")],
        [("Delirium, a sudden state of confusion, affects between 15% and 50% of older adults after major surgery and is linked to longer hospital stays, falls and a higher risk of dementia.", "", "", "W"),
         ("There is no approved drug to prevent it.", "", "", "W")],
        [("In the trial, researchers at 14 hospitals in the U.S. and Canada gave 1,204 patients aged 70 and over either 5 mg of corvanolol, a beta blocker that has been off-patent since the 1990s, or a placebo.", "", "", "W"),
         ("Neither the patients nor their doctors knew which they had received.", "", "", "W")],
        [("In the week after surgery, 11.8% of those given corvanolol developed delirium, compared with 17.6% of the placebo group.", "", "", "W"),
         ("That is a relative reduction of 33% (95% CI, 14% to 48%).", "", "", "W")],
        [("“We were honestly surprised by the size of the effect,” said Dr. Ingrid Tennfjord, a geriatrician at Dunholt University Medical Center who led the study.", "Ingrid Tennfjord", "said", ""),
         ("“It's a drug that costs about two cents a tablet and that most hospital pharmacies already stock.”", "Ingrid Tennfjord", "said", "W")],
        [("The results held across all 14 hospitals, and in patients with and without mild memory problems before surgery, Tennfjord said.", "Ingrid Tennfjord", "said", "W")],
        [("How it might work", "", "", "")],
        [("Stress hormones surge during and after surgery, and some researchers think they help trigger delirium by disrupting signaling in the brain.", "some researchers", "think", "")],
        [("Corvanolol blocks some of the effects of those hormones and, unlike most beta blockers, crosses readily into the brain.", "", "", "W")],
        [("The team also found that patients given the drug spent an average of 0.8 fewer days in the hospital.", "The team", "found", "W")],
        [("But there were costs.", "", "", ""),
         ("Dangerously low blood pressure during surgery was more common in the corvanolol group, at 6.1% against 3.9%, although no patient died or had a stroke as a result, the authors report.", "the authors", "report", "W")],
        [("Advertisement", "", "", "B")],
        [("Outside experts welcomed the result but urged caution.", "Outside experts", "welcomed", "")],
        [("Dr. Marcus Ebbesworth, an anesthesiologist at the Quillgate Institute who was not involved in the trial, noted that patients with heart failure or very low blood pressure had been excluded.", "Marcus Ebbesworth", "noted", "W")],
        [("“Those are exactly the frail patients who are most at risk of delirium,” he said.", "Marcus Ebbesworth", "said", ""),
         ("“Before anyone changes practice, I'd want to see it tested in them.”", "Marcus Ebbesworth", "said", "")],
        [("Tennfjord's team is now recruiting 3,000 patients for a larger trial that will include people having heart and abdominal surgery.", "", "", "W")],
        [("The trial was funded by the Ashgrave Foundation; Aldergate Pharma supplied the tablets free of charge and had no role in the analysis.", "", "", "B")],
        [("Citations", "", "", "B")],
        [("I. Tennfjord et al. Preoperative low-dose corvanolol and delirium in older adults undergoing hip surgery: a randomized clinical trial. Journal of Perioperative Research. Published online March 9, 2026. doi: 10.5512/jpr.2026.0311", "", "", "B")],
        [("About the Author", "", "", "B")],
        [("Priyanka Seetharam is a staff writer covering medicine.", "", "", "B"),
         ("She has a Ph.D. in neuroscience and was previously a hospital pharmacist.", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Hearing aids may slow memory decline, a long-running study suggests", "", "", "B")],
        [("Why some people wake up from anesthesia confused — and others don't", "", "", "B")],
        [("Sciencefront is a nonprofit newsroom.", "", "", "B"),
         ("Your gift keeps our journalism free for everyone.", "", "", "B")],
        [("Give now", "", "", "B")],
        [("© 2026 Sciencefront.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About   Staff   Contact   Republishing   Privacy", "", "", "B")],
    ],
    [  # 9. South African sports site: a one-day cricket final report
        [("Sportskraal", "", "", "B")],
        [("Rugby   Cricket   Soccer   Golf   Motorsport   Athletics   More", "", "", "B")],
        [("RESULTS", "", "", "B")],
        [("Hadedas 287/8 (50)", "", "", "B")],
        [("Barracudas 279 (49.2)", "", "", "B")],
        [("Hadedas won by 8 runs", "", "", "B")],
        [("Cricket", "", "", "B")],
        [("Mokgatle's maiden hundred steers Hadedas to One-Day Cup title", "", "", "W")],
        [("Captain's 112 and a late four-wicket burst from Oppermann see Vaalrand home by eight runs in a tense Kloofspruit final", "", "", "W")],
        [("Lwazi Sauls", "", "", "B")],
        [("Sunday, 22 March 2026 | 19:45", "", "", "B")],
        [("Share   Tweet   WhatsApp   Email", "", "", "B")],
        [("Thabo Mokgatle celebrates his century in the One-Day Cup final at Kloofspruit Oval on Sunday.", "", "", "W")],
        [("Photo: Hennie Roodtman/Backline Images", "", "", "B")],
        [("Thabo Mokgatle scored his first one-day hundred at the perfect moment on Sunday, leading the Vaalrand Hadedas to an eight-run win over the Umgeni Barracudas in the One-Day Cup final at Kloofspruit Oval.", "", "", "W")],
        [("The Hadedas captain made 112 off 118 balls, with nine fours and three sixes, as his side recovered from 41/3 to post 287/8.", "", "", "W")],
        [("The Barracudas, chasing their first title since 2016, were well placed at 231/4 in the 43rd over before seamer Ruan Oppermann took four wickets for nine runs in 17 balls.", "", "", "W"),
         ("They were bowled out for 279 with four balls left.", "", "", "W")],
        [("Mokgatle came to the crease in the eighth over after the Hadedas lost both openers to left-arm quick Sizwe Mngadi.", "", "", "W"),
         ("He put on 126 for the fourth wicket with Jaco Kleinhans, who made 58.", "", "", "W")],
        [("“I've been waiting nine years for a hundred in this format, so to get one in a final is something I'll never forget,” Mokgatle said.", "Thabo Mokgatle", "said", ""),
         ("“The way the guys bowled at the death was special.”", "Thabo Mokgatle", "said", "")],
        [("Advertisement", "", "", "B")],
        [("The Barracudas' reply was built around a second-wicket stand of 94 between Kyle Naidoo and Siyabonga Zikalala.", "", "", "W")],
        [("Naidoo fell for 71, caught at long-on off the part-time off-spin of Mokgatle.", "", "", "W")],
        [("Wicketkeeper Rashaad Moerat kept the Barracudas ahead of the rate with 46 off 33 balls until he was run out by a direct hit from Kleinhans at cover.", "", "", "W")],
        [("Then came Oppermann.", "", "", "")],
        [("The 23-year-old, playing only his ninth List A match, bowled the new batter with a yorker and had two more caught at third man in the 46th over.", "", "", "W"),
         ("He finished with 4/38 from his 10 overs.", "", "", "W")],
        [("Barracudas coach Grant Heydenrych said his side had “lost it in two overs”.", "Grant Heydenrych", "said", ""),
         ("“At 231/4 with seven overs left, you win that game nine times out of ten,” he said.", "Grant Heydenrych", "said", "")],
        [("It was the Hadedas' third one-day title and their first since 2019.", "", "", "W")],
        [("Mokgatle was named player of the match.", "", "", "W"),
         ("Barracudas all-rounder Lubabalo Gcabashe was player of the tournament, with 412 runs and 14 wickets.", "", "", "W")],
        [("Brief scores", "", "", "B")],
        [("Vaalrand Hadedas 287/8 (50 ov) (T Mokgatle 112, J Kleinhans 58; S Mngadi 3/51)", "", "", "W")],
        [("Umgeni Barracudas 279 (49.2 ov) (K Naidoo 71, R Moerat 46; R Oppermann 4/38)", "", "", "W")],
        [("Hadedas won by 8 runs", "", "", "W")],
        [("Comments (14)", "", "", "B")],
        [("More cricket", "", "", "B")],
        [("Gcabashe earns first national call-up for white-ball tour", "", "", "B")],
        [("Domestic season fixtures announced: final to move to Kloofspruit again", "", "", "B")],
        [("18+ Play responsibly.", "", "", "B"),
         ("Gambling helpline: 0800 555 722", "", "", "B")],
        [("© 2026 Sportskraal.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Irish national paper's Q&A interview: housing agency chief
        [("The Ballinvarra Tribune", "", "", "B")],
        [("News   Business   Sport   Opinion   Life & Style   Culture   Podcasts   ePaper", "", "", "B")],
        [("PREMIUM", "", "", "B")],
        [("Ireland › Housing", "", "", "B")],
        [("Interview", "", "", "B")],
        [("Orla Keveny: ‘We will not hit 40,000 homes this year’", "Orla Keveny", "Orla Keveny:", "")],
        [("The head of the Housing Delivery Office on missed targets, building costs and why she wants councils to stop going it alone", "", "", "")],
        [("Niamh Gallogly", "", "", "B")],
        [("Housing Correspondent", "", "", "B")],
        [("Sat Mar 14 2026 - 06:00", "", "", "B")],
        [("🔊 Listen to this article", "", "", "B")],
        [("Orla Keveny at the Housing Delivery Office's headquarters in Dublin.", "", "", "")],
        [("Photograph: Cillian Ó Draighneáin", "", "", "B")],
        [("Orla Keveny has run the Housing Delivery Office since it was set up in 2023 to speed up the building of social and affordable homes.", "", "", "W"),
         ("Last year 33,480 new homes were completed, against a target of 38,500, according to the Central Statistics Office.", "the Central Statistics Office", "according to", "W"),
         ("Keveny, a chartered engineer who previously worked for a Dutch housing association, spoke to the Tribune in her office on Thursday.", "", "", "")],
        [("This interview has been edited for length and clarity.", "", "", "B")],
        [("The Government's target for this year is 40,000 homes.", "", "", "W"),
         ("Will you hit it?", "", "", "")],
        [("No.", "Orla Keveny", "A:", ""),
         ("We will not hit 40,000 this year, and I'm not going to pretend otherwise.", "Orla Keveny", "A:", ""),
         ("Our own pipeline data shows about 35,500 completions, maybe 36,000 if the weather is kind.", "Orla Keveny", "A:", "W")],
        [("Why does the gap keep opening up?", "", "", "")],
        [("Three reasons.", "Orla Keveny", "A:", ""),
         ("Construction tender prices are up 19 per cent since 2021.", "Orla Keveny", "A:", "W"),
         ("Connecting a site to water and wastewater takes 14 months on average, when it took seven in 2020.", "Orla Keveny", "A:", "W"),
         ("And the industry is still short about 25,000 workers, particularly electricians and plumbers.", "Orla Keveny", "A:", "W")],
        [("Critics say the office has become another layer of bureaucracy.", "Critics", "say", ""),
         ("Deputy Fergal Ó Maolchraoibhe called it “a quango with a logo” in the Dáil last month.", "Fergal Ó Maolchraoibhe", "called", "")],
        [("I've been called worse.", "Orla Keveny", "A:", ""),
         ("Look, we have 86 staff.", "Orla Keveny", "A:", "W"),
         ("We don't build anything ourselves; we buy land, we package sites and we take the risk off councils' balance sheets.", "Orla Keveny", "A:", "W"),
         ("In 2025 we brought 41 sites with 6,200 homes to tender, and 29 of those are on site now.", "Orla Keveny", "A:", "W")],
        [("You have been critical of councils building small schemes.", "", "", "W"),
         ("Why?", "", "", "")],
        [("Because a scheme of 12 homes costs nearly as much to design, procure and manage as a scheme of 120.", "Orla Keveny", "A:", "W"),
         ("Our analysis of 2024 tenders found the cost per home of schemes under 20 units was 23 per cent higher than for schemes of over 100.", "Orla Keveny", "A:", "W"),
         ("I'm not saying councils should stop building on small infill sites.", "Orla Keveny", "A:", ""),
         ("I'm saying they should bundle them.", "Orla Keveny", "A:", "")],
        [("The average new rent in Dublin is now €2,310 a month, according to the rental regulator.", "the rental regulator", "according to", "W"),
         ("Is cost rental working?", "", "", "")],
        [("It's working for the 2,900 households who are living in one.", "Orla Keveny", "A:", "W"),
         ("It's not working at the scale we need.", "Orla Keveny", "A:", ""),
         ("The cost-rental homes we delivered last year let for an average of €1,390, which is 40 per cent below the market in the same areas.", "Orla Keveny", "A:", "W")],
        [("What would you say to a couple in their thirties who are still living with their parents?", "", "", "")],
        [("That I know it's not fair, and that I'm not going to give them a date.", "Orla Keveny", "A:", ""),
         ("My own son is 29 and he's in the box room.", "Orla Keveny", "A:", "")],
        [("What I can tell them is that the number of homes with planning permission that haven't started has fallen from 71,000 to 58,000 in two years, and that's the pipeline they're waiting on.", "Orla Keveny", "A:", "W")],
        [("Last question.", "", "", "B"),
         ("Will you still be in this job in a year?", "", "", "")],
        [("My contract runs to 2028.", "Orla Keveny", "A:", "W"),
         ("After that, ask me again.", "Orla Keveny", "A:", "")],
        [("The Keys: our housing newsletter, every Thursday", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("More from Housing", "", "", "B")],
        [("Vacant homes tax raised just €3.1m in its first year", "", "", "B")],
        [("Renters in their forties: ‘I never thought I'd still be doing this’", "", "", "B")],
        [("Commenting is closed on this article.", "", "", "B")],
        [("© 2026 The Ballinvarra Tribune DAC", "", "", "B")],
        [("Terms & Conditions   Privacy Statement   Cookie Settings   Contact   Corrections", "", "", "B")],
    ],
    [  # 11. Nigerian fact-check site: a minister's classroom claim
        [("FactRadar Nigeria", "", "", "B")],
        [("Home   Fact-checks   Explainers   Media Literacy   Methodology   About   Donate", "", "", "B")],
        [("FACT-CHECKS", "", "", "B")],
        [("FACT-CHECK: Did the FG build 12,000 classrooms in 2025, as the Education Minister claimed?", "", "", "")],
        [("Chidinma Anagbogu", "", "", "B")],
        [("March 16, 2026", "", "", "B")],
        [("7 minutes read", "", "", "B")],
        [("Claim: The Federal Government built or renovated 12,000 classrooms across the country in 2025.", "", "", "W")],
        [("Claimed by: Dr Bolanle Okunrinboye, Minister of Education", "", "", "B")],
        [("Verdict: MISLEADING", "", "", "B")],
        [("Full text", "", "", "B")],
        [("On Sunday, March 8, 2026, the Minister of Education, Dr Bolanle Okunrinboye, said on Hornbill TV's breakfast programme, Morning Dialogue, that the Federal Government had built or renovated 12,000 classrooms in 2025.", "Bolanle Okunrinboye", "said", "W")],
        [("“Last year alone, this administration delivered 12,000 classrooms across the 36 states and the FCT,” she said.", "Bolanle Okunrinboye", "said", "W"),
         ("“No government in the history of this country has done that in one year.”", "Bolanle Okunrinboye", "said", "W")],
        [("A clip of the interview has been viewed more than 480,000 times on social media, where supporters of the government have shared it as proof of progress in basic education.", "", "", "W")],
        [("FactRadar Nigeria decided to check the claim.", "", "", "")],
        [("Verification", "", "", "")],
        [("FactRadar first asked the Ministry of Education for the source of the figure.", "", "", "")],
        [("In a text message, the ministry's spokesperson, Yusuf Danladi-Ibeto, said the number came from the National Basic Schools Commission's 2025 project report.", "Yusuf Danladi-Ibeto", "said", "W")],
        [("The report, which FactRadar obtained, lists 12,140 classroom projects approved for 2025.", "The report", "lists", "W"),
         ("However, it shows that only 4,385 of them were marked as completed by December 31, 2025.", "The report", "shows", "W"),
         ("Another 5,912 were recorded as ongoing, and 1,843 had not started.", "", "", "W")],
        [("Of the 4,385 completed projects, 3,106 were renovations of existing classrooms, such as new roofs, floors and furniture, and 1,279 were new classrooms.", "", "", "W")],
        [("In other words, the government completed work on about 36 per cent of the classroom projects it approved in 2025, and built fewer than 1,300 new classrooms.", "", "", "W")],
        [("We also checked the minister's claim that no previous government had done as much in one year.", "", "", ""),
         ("The commission's annual report for 2014 records 5,210 completed classroom projects that year, more than the 4,385 completed in 2025.", "The commission's annual report for 2014", "records", "W")],
        [("What experts say", "", "", "")],
        [("Adaora Ezechukwu, an education policy analyst at the Centre for Learning Equity in Lagos, said counting approved projects as delivered was a common problem in government reporting.", "Adaora Ezechukwu", "said", "")],
        [("“A contract award is not a classroom,” she told FactRadar.", "Adaora Ezechukwu", "told FactRadar", ""),
         ("“Parents only see the difference when the roof is on and the children are inside.”", "Adaora Ezechukwu", "told FactRadar", "")],
        [("Asked about the gap, Mr Danladi-Ibeto later said the minister had “referred to projects delivered and in progress” and that the full figure would be reached by the end of 2026.", "Yusuf Danladi-Ibeto", "said", "W")],
        [("Conclusion", "", "", "")],
        [("The minister's claim that the Federal Government built or renovated 12,000 classrooms in 2025 is misleading.", "", "", "")],
        [("Official records show that about 12,000 classroom projects were approved in 2025, but only 4,385 were completed, most of them renovations.", "Official records", "show", "W"),
         ("Her claim that no government had done as much in one year is also not supported: more projects were completed in 2014.", "", "", "W")],
        [("Sources", "", "", "B")],
        [("National Basic Schools Commission, 2025 Classroom Projects Report (obtained by FactRadar)", "", "", "B")],
        [("National Basic Schools Commission, Annual Report 2014", "", "", "B")],
        [("Morning Dialogue, Hornbill TV, March 8, 2026", "", "", "B")],
        [("Our ratings: TRUE | MOSTLY TRUE | MISLEADING | FALSE | UNPROVEN", "", "", "B")],
        [("This fact-check was produced with support from the Open Newsrooms Fund.", "", "", "B")],
        [("Seen a claim you want us to check?", "", "", "B"),
         ("Send it to 0809 555 0142 or factcheck@factradar.example", "", "", "B")],
        [("FactRadar Nigeria is non-partisan and publishes its funding and methods in full.", "", "", "B")],
        [("Share this fact-check", "", "", "B")],
        [("Related fact-checks", "", "", "B")],
        [("No, the federal minimum wage was not raised to N120,000 in January", "", "", "B")],
        [("Viral video of flooded Abuja expressway is from 2022", "", "", "B")],
        [("© 2026 FactRadar Nigeria", "", "", "B")],
    ],
    [  # 12. Scottish regional daily's opinion column: public toilet closures
        [("The Strathvenn Courier", "", "", "B")],
        [("News   Sport   Opinion   Business   Lifestyle   Farming   Announcements   Jobs", "", "", "B")],
        [("Opinion › Columnists", "", "", "B")],
        [("Closing our public toilets is a false economy Inverbraid will come to regret", "", "", "")],
        [("Shutting 14 of the council's 19 toilet blocks would save £310,000 a year — a rounding error in a £412 million budget, writes Morag Balgownie", "Morag Balgownie", "writes", "W")],
        [("Morag Balgownie", "", "", "B")],
        [("Columnist", "", "", "B")],
        [("Tuesday 10 March 2026, 5:00 am", "", "", "B")],
        [("Share   Comments", "", "", "B")],
        [("My mother is 83, and she plans her days out around toilets.", "", "", ""),
         ("She is not unusual.", "", "", "")],
        [("Bladder and bowel problems affect roughly one in five adults over 65, and anyone who has pushed a toddler round a park knows the same calculation.", "", "", "W")],
        [("Last month, Inverbraid Council's budget papers proposed closing 14 of its 19 public toilets.", "Inverbraid Council's budget papers", "proposed", "W"),
         ("I did what I suspect many of you did: I looked for the one nearest my mother's house.", "", "", ""),
         ("It is on the list.", "", "", "W")],
        [("The council says closing the blocks would save £310,000 a year in cleaning, repairs and water charges.", "The council", "says", "W"),
         ("Councillors will vote on the budget on 26 March.", "", "", "W")],
        [("Let us put that £310,000 in context.", "", "", "")],
        [("It is 0.08 per cent of the council's £412 million revenue budget.", "", "", "W"),
         ("It is less than the £344,000 the council spent on consultants for its new logo and website in 2024, according to figures released under freedom of information.", "figures released under freedom of information", "according to", "W")],
        [("And it ignores what the toilets bring in.", "", "", ""),
         ("The block at Ardcraigie harbour, which the council plans to shut, sits next to a car park that took £96,000 in parking charges last year.", "", "", "W"),
         ("Tour coaches stop there precisely because there is a toilet.", "", "", "W")],
        [("“A rounding error in the budget, a daily worry for thousands of people”", "", "", "B")],
        [("The council's answer is a “community toilet scheme”, under which cafés and shops are paid £600 a year to let the public use their facilities.", "", "", "W")],
        [("I have nothing against cafés.", "", "", ""),
         ("But 11 of the 22 businesses signed up so far close by 4pm, and only six have an accessible toilet, according to the council's own list.", "the council's own list", "according to", "W"),
         ("Try finding one of them open at 7pm on a Sunday in November.", "", "", "")],
        [("Council leader Alasdair Drumsheugh, to be fair to him, has a hard job.", "", "", ""),
         ("He has told this paper the council faces a £23 million gap next year and that “every service has to take its share”.", "Alasdair Drumsheugh", "has told this paper", "W"),
         ("That is true as far as it goes.", "", "", "")],
        [("But toilets are not a luxury like hanging baskets.", "", "", ""),
         ("They are what allows older people, disabled people, pregnant women and parents of small children to leave the house at all.", "", "", "")],
        [("Other councils have found another way.", "", "", ""),
         ("Kelthorne Council, faced with the same choice in 2023, handed three of its toilet blocks to community groups, which run them with a small grant and a 50p charge.", "", "", "W"),
         ("Two years on, all three are still open.", "", "", "W")],
        [("If Inverbraid's councillors want to save money, they should ask the community first.", "", "", "")],
        [("The budget consultation closes on Friday.", "", "", "W"),
         ("You have until then to tell them what you think.", "", "", "")],
        [("Right of reply", "", "", "B")],
        [("A spokeswoman for Inverbraid Council said: “No decisions have been taken.", "A spokeswoman for Inverbraid Council", "said", "W"),
         ("The proposals are out for consultation, and we encourage everyone to respond.”", "A spokeswoman for Inverbraid Council", "said", "")],
        [("Morag Balgownie is a retired district nurse and writes for the Courier every Tuesday.", "", "", "B")],
        [("The views expressed in this column are the author's own.", "", "", "B")],
        [("Have your say.", "", "", "B"),
         ("Write to letters@strathvenncourier.example", "", "", "B")],
        [("More opinion", "", "", "B")],
        [("Our high street needs more than a new paint job", "", "", "B")],
        [("Letters: Ardcraigie bus cuts, the school estate and a thank-you", "", "", "B")],
        [("Comments (23)", "", "", "B")],
        [("Sign in to join the conversation.", "", "", "B")],
        [("© 2026 Strathvenn Courier Ltd", "", "", "B")],
        [("Contact   Advertise   Subscribe   Privacy   Cookies   Terms", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    # --- US national site: a bill number, a quote split after said, a.m. mid-sentence, Inc. and U.S. -----------
    ("h21-hr-number", "The bill, H.R. 3318, would also bar sellers from listing tickets they do not yet hold, a practice known as speculative selling, and would let the Federal Trade Commission fine companies up to $50,000 per violation.\nNinety-one Republicans joined 227 Democrats in voting for the measure. All 104 votes against it came from Republicans.",
     ["The bill, H.R. 3318, would also bar sellers from listing tickets they do not yet hold, a practice known as speculative selling, and would let the Federal Trade Commission fine companies up to $50,000 per violation.", "Ninety-one Republicans joined 227 Democrats in voting for the measure.", "All 104 votes against it came from Republicans."]),
    ("h21-said-rep-quote-split", "“For years, families have clicked ‘buy’ on a $60 ticket and been charged $92 at checkout,” said Rep. Dolores Yturbide, D-Mich., who wrote the bill. “That's not a price. That's a bait and switch.”\nYturbide said the idea came from a constituent who paid $410 in fees on four tickets to a state high school basketball final.",
     ["“For years, families have clicked ‘buy’ on a $60 ticket and been charged $92 at checkout,” said Rep. Dolores Yturbide, D-Mich., who wrote the bill.", "“That's not a price.", "That's a bait and switch.”", "Yturbide said the idea came from a constituent who paid $410 in fees on four tickets to a state high school basketball final."]),
    ("h21-ten-am-tuesday", "Opponents said the bill went too far. Rep. Garrett Stolzenbach, R-Texas, said the ban on speculative listings would hurt small resellers who “provide a real service to fans who can't sit at a computer at 10 a.m. on a Tuesday.”\nHe also argued that the fee rule duplicated a regulation the FTC finalized in 2024.",
     ["Opponents said the bill went too far.", "Rep. Garrett Stolzenbach, R-Texas, said the ban on speculative listings would hurt small resellers who “provide a real service to fans who can't sit at a computer at 10 a.m. on a Tuesday.”", "He also argued that the fee rule duplicated a regulation the FTC finalized in 2024."]),
    ("h21-inc-us", "SeatSpire Inc., the largest primary ticket seller in the U.S., said in a statement that it supported “a single national standard” and had shown all-in prices on its own site since 2024. The company did not say whether it backed the ban on speculative listings.\nResale platforms were more critical. The Live Events Access Coalition, a trade group representing six resale sites, said the bill would push buyers toward “unregulated sellers on social media.”",
     ["SeatSpire Inc., the largest primary ticket seller in the U.S., said in a statement that it supported “a single national standard” and had shown all-in prices on its own site since 2024.", "The company did not say whether it backed the ban on speculative listings.", "Resale platforms were more critical.", "The Live Events Access Coalition, a trade group representing six resale sites, said the bill would push buyers toward “unregulated sellers on social media.”"]),
    ("h21-updated-strip-caption", "Updated March 11, 2026, 7:48 p.m. ET\nGift this article   Share   Save\nListen · 6:12 min\nFans wait outside an arena in Ohio in February. The bill would cover tickets to concerts, sports and theater sold online.",
     ["Updated March 11, 2026, 7:48 p.m. ET", "Gift this article   Share   Save", "Listen · 6:12 min", "Fans wait outside an arena in Ohio in February.", "The bill would cover tickets to concerts, sports and theater sold online."]),
    # --- Canadian local site: p.m., Ltd. inside a sentence, Feb. and Coun. -------------------------------------
    ("h21-six-pm-ltd", "Staff received the engineering report on Monday afternoon and closed the building by 6 p.m., chief administrative officer Wendell Paquinet told council at a special meeting Tuesday.\n“We were told there is no imminent risk of collapse, but we were also told the engineers could not rule it out under a heavy snow load,” Paquinet said. “With the forecast we have this week, that was enough for me.”\nThe report, prepared by Trussline Structural Ltd., recommends that the building stay closed until the trusses are reinforced or replaced. It estimates reinforcement at $1.9 million and a full roof replacement at $4.6 million.",
     ["Staff received the engineering report on Monday afternoon and closed the building by 6 p.m., chief administrative officer Wendell Paquinet told council at a special meeting Tuesday.", "“We were told there is no imminent risk of collapse, but we were also told the engineers could not rule it out under a heavy snow load,” Paquinet said.", "“With the forecast we have this week, that was enough for me.”", "The report, prepared by Trussline Structural Ltd., recommends that the building stay closed until the trusses are reinforced or replaced.", "It estimates reinforcement at $1.9 million and a full roof replacement at $4.6 million."]),
    ("h21-feb-coun", "Council voted 6-1 to have staff bring back costed options for both repair and replacement on Feb. 24, with Coun. Gord Lheureux opposed.\nStaff will also look at whether temporary shoring would let the arena's lobby and the curling rink next door reopen.\nThe curling club, which shares a wall with the arena, has been closed as a precaution.",
     ["Council voted 6-1 to have staff bring back costed options for both repair and replacement on Feb. 24, with Coun. Gord Lheureux opposed.", "Staff will also look at whether temporary shoring would let the arena's lobby and the curling rink next door reopen.", "The curling club, which shares a wall with the arena, has been closed as a precaution."]),
    # --- NZ live blog: stamps like 6.40pm, an embedded post with handle and time lines ---------------------------
    ("h21-nz-stamps", "6.40pm\nEvacuation centre full\nCivil Defence says the Ōkauri War Memorial Hall is full, and people leaving home should go to Waitākina School instead. Anyone who needs transport can call 0800 555 019.\n6.05pm",
     ["6.40pm", "Evacuation centre full", "Civil Defence says the Ōkauri War Memorial Hall is full, and people leaving home should go to Waitākina School instead.", "Anyone who needs transport can call 0800 555 019.", "6.05pm"]),
    ("h21-embed-post", "Tieke Power has posted this update on outages:\nTieke Power @TiekePowerNZ\nAbout 2150 customers are without power in Ōkauri, Matuku Flat and the upper Waitākina valley. Crews can't safely reach some sites until the rain eases. Please treat all fallen lines as live.\n6:01 PM · Mar 4, 2026\n5.30pm",
     ["Tieke Power has posted this update on outages:", "Tieke Power @TiekePowerNZ", "About 2150 customers are without power in Ōkauri, Matuku Flat and the upper Waitākina valley.", "Crews can't safely reach some sites until the rain eases.", "Please treat all fallen lines as live.", "6:01 PM · Mar 4, 2026", "5.30pm"]),
    # --- UK tabloid: capitals tag in a headline, a quote over two lines, a pull quote -----------------------------
    ("h21-tabloid-head", "EXCLUSIVE\nNOT SO MICE TV chef Jez Haddenham's posh restaurant handed ZERO hygiene rating after inspectors find mouse droppings in kitchen\nInspectors found raw chicken stored above salad and a hand basin blocked with dirty pans\nShannon Peploe, Showbiz Reporter\nPublished: 06:00, 14 Mar 2026  |  Updated: 09:37, 14 Mar 2026",
     ["EXCLUSIVE", "NOT SO MICE TV chef Jez Haddenham's posh restaurant handed ZERO hygiene rating after inspectors find mouse droppings in kitchen", "Inspectors found raw chicken stored above salad and a hand basin blocked with dirty pans", "Shannon Peploe, Showbiz Reporter", "Published: 06:00, 14 Mar 2026  |  Updated: 09:37, 14 Mar 2026"]),
    ("h21-fumed-quote", "Diner Kayleigh Scatterwood, 34, who ate there for her birthday in January, fumed: “We paid £380 for the two of us.\n“To find out the kitchen looked like that is absolutely disgusting.”\n“Absolutely disgusting”\nKAYLEIGH SCATTERWOOD",
     ["Diner Kayleigh Scatterwood, 34, who ate there for her birthday in January, fumed: “We paid £380 for the two of us.", "“To find out the kitchen looked like that is absolutely disgusting.”", "“Absolutely disgusting”", "KAYLEIGH SCATTERWOOD"]),
    # --- Australian paywalled daily: a caption with Picture: glued, the overlay, Dr without a stop ---------------
    ("h21-caption-picture", "March 18, 2026 — 5:00am\nAmbulances lined up outside the emergency department at Wyralla Base Hospital on Tuesday afternoon. Picture: Declan Vardagh\nParamedics spent 4311 hours waiting outside Wyralla Base Hospital's emergency department in February, the highest monthly total since records began in 2017.",
     ["March 18, 2026 — 5:00am", "Ambulances lined up outside the emergency department at Wyralla Base Hospital on Tuesday afternoon.", "Picture: Declan Vardagh", "Paramedics spent 4311 hours waiting outside Wyralla Base Hospital's emergency department in February, the highest monthly total since records began in 2017."]),
    ("h21-paywall-overlay", "The longest single wait was seven hours and 12 minutes, on February 9, for an 84-year-old woman with a suspected broken hip, the data shows.\nThis story is for subscribers\nYou've read all your free articles for this month.\nGet unlimited access to local news for $1 a week for your first 12 weeks. Cancel anytime.\nSubscribe now\nAlready a subscriber? Log in\nRamping happens when paramedics cannot hand patients over because there is no bed or staff free in the emergency department.",
     ["The longest single wait was seven hours and 12 minutes, on February 9, for an 84-year-old woman with a suspected broken hip, the data shows.", "This story is for subscribers", "You've read all your free articles for this month.", "Get unlimited access to local news for $1 a week for your first 12 weeks.", "Cancel anytime.", "Subscribe now", "Already a subscriber?", "Log in", "Ramping happens when paramedics cannot hand patients over because there is no bed or staff free in the emergency department."]),
    ("h21-dr-no-stop", "Wyralla Hospital and Health Service chief executive Dr Lachlan Vandenbroek said the hospital had opened 16 extra beds in January and was recruiting 40 nurses, including 12 from overseas.\n“February was an exceptionally busy month, with a 14 per cent rise in presentations compared with last year,” Dr Vandenbroek said. “Our staff are working incredibly hard, and I thank them.”\nHe said a transit lounge, where up to eight ambulance patients can wait under the care of hospital nurses, would open in May.",
     ["Wyralla Hospital and Health Service chief executive Dr Lachlan Vandenbroek said the hospital had opened 16 extra beds in January and was recruiting 40 nurses, including 12 from overseas.", "“February was an exceptionally busy month, with a 14 per cent rise in presentations compared with last year,” Dr Vandenbroek said.", "“Our staff are working incredibly hard, and I thank them.”", "He said a transit lounge, where up to eight ambulance patients can wait under the care of hospital nurses, would open in May."]),
    # --- Indian press release: summary bullets without stops, Posted On:, roman-numbered items --------------------
    ("h21-posted-on", "About 18 lakh small and marginal farmers expected to benefit\nPosted On: 18 MAR 2026 6:05PM by OPD Delhi\nThe Union Cabinet, chaired by the Prime Minister, today approved the Rural Cold Chain Mission (RCCM) with a total outlay of ₹4,860 crore for the period 2026-27 to 2028-29.",
     ["About 18 lakh small and marginal farmers expected to benefit", "Posted On: 18 MAR 2026 6:05PM by OPD Delhi", "The Union Cabinet, chaired by the Prime Minister, today approved the Rural Cold Chain Mission (RCCM) with a total outlay of ₹4,860 crore for the period 2026-27 to 2028-29."]),
    ("h21-roman-list", "Key features\ni. Village-level cold rooms: 7,500 units, solar-powered, 10–30 tonnes each\nii. Refrigerated vans: 420, to carry produce from cold rooms to mandis and pack-houses\niii. District pack-houses: 96, with grading, sorting and packing lines\niv. Capital subsidy: 60 per cent (75 per cent in special category areas)\nv. Training: 1.2 lakh farmers and 15,000 operators in post-harvest handling\nImplementation",
     ["Key features", "i. Village-level cold rooms: 7,500 units, solar-powered, 10–30 tonnes each", "ii. Refrigerated vans: 420, to carry produce from cold rooms to mandis and pack-houses", "iii. District pack-houses: 96, with grading, sorting and packing lines", "iv. Capital subsidy: 60 per cent (75 per cent in special category areas)", "v. Training: 1.2 lakh farmers and 15,000 operators in post-harvest handling", "Implementation"]),
    # --- Kenyan business site: Sh figures, Ltd. before a copyright sentence ---------------------------------------
    ("h21-sh-figures", "Zawadi Mart's shares fell 6.2 percent to Sh8.45 on Friday, their lowest close since the company listed in 2019.\nAnalysts at Simba Crest Securities said the results were weaker than they had expected but that the branch closures were “overdue”.\n“The balance sheet is the real worry,” said Ayub Lemaiyan, head of research at the firm. “Net debt has doubled to Sh5.2 billion in a year, and the company has to show it can refinance the Sh2 billion bond that falls due in September.”",
     ["Zawadi Mart's shares fell 6.2 percent to Sh8.45 on Friday, their lowest close since the company listed in 2019.", "Analysts at Simba Crest Securities said the results were weaker than they had expected but that the branch closures were “overdue”.", "“The balance sheet is the real worry,” said Ayub Lemaiyan, head of research at the firm.", "“Net debt has doubled to Sh5.2 billion in a year, and the company has to show it can refinance the Sh2 billion bond that falls due in September.”"]),
    ("h21-ltd-copyright", "Mobile lender cuts 200 jobs in restructuring\n© 2026 BizTrail Media Ltd. All rights reserved.\nAbout Us | Advertise | Careers | Terms | Privacy",
     ["Mobile lender cuts 200 jobs in restructuring", "© 2026 BizTrail Media Ltd.", "All rights reserved.", "About Us | Advertise | Careers | Terms | Privacy"]),
    # --- science site: a CI in brackets, Dr., a reference with et al. and doi, Ph.D. -------------------------------
    ("h21-ci-brackets", "In the week after surgery, 11.8% of those given corvanolol developed delirium, compared with 17.6% of the placebo group. That is a relative reduction of 33% (95% CI, 14% to 48%).\n“We were honestly surprised by the size of the effect,” said Dr. Ingrid Tennfjord, a geriatrician at Dunholt University Medical Center who led the study. “It's a drug that costs about two cents a tablet and that most hospital pharmacies already stock.”",
     ["In the week after surgery, 11.8% of those given corvanolol developed delirium, compared with 17.6% of the placebo group.", "That is a relative reduction of 33% (95% CI, 14% to 48%).", "“We were honestly surprised by the size of the effect,” said Dr. Ingrid Tennfjord, a geriatrician at Dunholt University Medical Center who led the study.", "“It's a drug that costs about two cents a tablet and that most hospital pharmacies already stock.”"]),
    ("h21-citation-bio", "Citations\nI. Tennfjord et al. Preoperative low-dose corvanolol and delirium in older adults undergoing hip surgery: a randomized clinical trial. Journal of Perioperative Research. Published online March 9, 2026. doi: 10.5512/jpr.2026.0311\nAbout the Author\nPriyanka Seetharam is a staff writer covering medicine. She has a Ph.D. in neuroscience and was previously a hospital pharmacist.",
     ["Citations", "I. Tennfjord et al. Preoperative low-dose corvanolol and delirium in older adults undergoing hip surgery: a randomized clinical trial. Journal of Perioperative Research. Published online March 9, 2026. doi: 10.5512/jpr.2026.0311", "About the Author", "Priyanka Seetharam is a staff writer covering medicine.", "She has a Ph.D. in neuroscience and was previously a hospital pharmacist."]),
    # --- South African cricket: 41/3 and 287/8 notation, brief-score lines with initials ----------------------------
    ("h21-cricket-notation", "The Hadedas captain made 112 off 118 balls, with nine fours and three sixes, as his side recovered from 41/3 to post 287/8.\nThe Barracudas, chasing their first title since 2016, were well placed at 231/4 in the 43rd over before seamer Ruan Oppermann took four wickets for nine runs in 17 balls. They were bowled out for 279 with four balls left.\nMokgatle came to the crease in the eighth over after the Hadedas lost both openers to left-arm quick Sizwe Mngadi. He put on 126 for the fourth wicket with Jaco Kleinhans, who made 58.",
     ["The Hadedas captain made 112 off 118 balls, with nine fours and three sixes, as his side recovered from 41/3 to post 287/8.", "The Barracudas, chasing their first title since 2016, were well placed at 231/4 in the 43rd over before seamer Ruan Oppermann took four wickets for nine runs in 17 balls.", "They were bowled out for 279 with four balls left.", "Mokgatle came to the crease in the eighth over after the Hadedas lost both openers to left-arm quick Sizwe Mngadi.", "He put on 126 for the fourth wicket with Jaco Kleinhans, who made 58."]),
    ("h21-brief-scores", "Brief scores\nVaalrand Hadedas 287/8 (50 ov) (T Mokgatle 112, J Kleinhans 58; S Mngadi 3/51)\nUmgeni Barracudas 279 (49.2 ov) (K Naidoo 71, R Moerat 46; R Oppermann 4/38)\nHadedas won by 8 runs",
     ["Brief scores", "Vaalrand Hadedas 287/8 (50 ov) (T Mokgatle 112, J Kleinhans 58; S Mngadi 3/51)", "Umgeni Barracudas 279 (49.2 ov) (K Naidoo 71, R Moerat 46; R Oppermann 4/38)", "Hadedas won by 8 runs"]),
    # --- Irish Q&A without prefixes, a Nigerian claim box, a Scottish column's per cent -----------------------------
    ("h21-qa-no-prefix", "The Government's target for this year is 40,000 homes. Will you hit it?\nNo. We will not hit 40,000 this year, and I'm not going to pretend otherwise. Our own pipeline data shows about 35,500 completions, maybe 36,000 if the weather is kind.\nWhy does the gap keep opening up?",
     ["The Government's target for this year is 40,000 homes.", "Will you hit it?", "No.", "We will not hit 40,000 this year, and I'm not going to pretend otherwise.", "Our own pipeline data shows about 35,500 completions, maybe 36,000 if the weather is kind.", "Why does the gap keep opening up?"]),
    ("h21-claim-box", "Claim: The Federal Government built or renovated 12,000 classrooms across the country in 2025.\nClaimed by: Dr Bolanle Okunrinboye, Minister of Education\nVerdict: MISLEADING\nFull text",
     ["Claim: The Federal Government built or renovated 12,000 classrooms across the country in 2025.", "Claimed by: Dr Bolanle Okunrinboye, Minister of Education", "Verdict: MISLEADING", "Full text"]),
    ("h21-column-per-cent", "Let us put that £310,000 in context.\nIt is 0.08 per cent of the council's £412 million revenue budget. It is less than the £344,000 the council spent on consultants for its new logo and website in 2024, according to figures released under freedom of information.\nAnd it ignores what the toilets bring in. The block at Ardcraigie harbour, which the council plans to shut, sits next to a car park that took £96,000 in parking charges last year. Tour coaches stop there precisely because there is a toilet.",
     ["Let us put that £310,000 in context.", "It is 0.08 per cent of the council's £412 million revenue budget.", "It is less than the £344,000 the council spent on consultants for its new logo and website in 2024, according to figures released under freedom of information.", "And it ignores what the toilets bring in.", "The block at Ardcraigie harbour, which the council plans to shut, sits next to a car park that took £96,000 in parking charges last year.", "Tour coaches stop there precisely because there is a toilet."]),
]  # fmt: skip
