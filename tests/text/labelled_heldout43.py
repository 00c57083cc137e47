"""Forty-third held-out set of hand-labelled pages for the hint engines (held-out, round twenty-nine): twelve whole pages of ordinary everyday news from twelve kinds of news site in eleven countries, head to tail, with all their furniture.

Written from scratch for issue 13 in round twenty-nine as a HELD-OUT set: it is never tuned on, and only
its summary figures are to be looked at. It was written blind, without looking at the engine's code or
output: nothing under `claimreview/` was opened, no other `labelled_heldout*.py` file and no
`train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`, no README and no benchmark
was read, `claimreview` was never imported, and no engine, scorer, test or pytest was run. The format
and the conventions were read from the module docstrings of `labelled_new.py` and `labelled_new2.py` (in
full), most of the module docstring of `labelled_new65.py` (its paragraphs on pages 7 to 12 were cut
from the listing) and the module docstrings of `labelled_new63.py` and `labelled_new64.py` (their
sections on the conventions they settled), the first page of `labelled_new65.py` and its split cases (in
a listing cut short in the middle), `build` in `labelled_articles.py` and the ruff settings in
`pyproject.toml`; the pages of `labelled_new63.py` and `labelled_new64.py` were dumped to a scratch file
with their docstrings but not read. What was run: Python one-liners that printed those docstrings and
parts into /tmp and checked the weekdays of the dates used, `ls` of `tests/text/`, `git status`, a
conversion script of my own in /tmp that turned a small line format into the literals below, whole-word,
case-insensitive greps of every capitalised word of the pages over the whole `tests/` tree that printed
file counts only (and, for nineteen words, the names of the one or two files that matched), an import of
this file with `build` on every page, a small checking script of my own in /tmp (four fields, flags, a
cue for every speaker, the sentence count, every split case occurring in a built page and joining back
to its text) and `ruff format` / `ruff check`.

Every person, small place, street, school, church, club, organisation, outlet, company, union, product
and number is invented. Real countries, regions, big cities and public bodies appear only as settings,
with invented figures and invented acts: Kenya, Nairobi and Mombasa, the Energy and Petroleum Regulatory
Authority (EPRA), the Kenya National Bureau of Statistics (KNBS), the National Treasury and the National
Assembly; the United States, Ohio and the Ohio Department of Transportation; Canada, Nova Scotia, the
Nova Scotia Utility and Review Board, the Local Journalism Initiative and the Government of Canada (the
outlet "The Gaspereau" borrows a river's name and "Lunenburg St." a town's); Australia, Queensland, the
Darling Downs, the Bureau of Meteorology, Queensland's State Emergency Service (SES), the Department of
Education and the Traditional Owners; Malaysia, Kuala Lumpur, Singapore, India, China, Indonesia,
Thailand, the European Union, the Malaysian Palm Oil Board (MPOB), Bursa Malaysia Derivatives, the
Dalian Commodity Exchange and the Chicago Board of Trade; Mumbai, Maharashtra, the NSE and, in a ticker,
the Sensex and the Nifty; Scotland and its League Two; England, Britain, the Anti-social Behaviour Act
2003, the Planning Inspectorate and the Eiffel Tower (in a headline); Nigeria, Lagos, Kano, Kenya and
Ghana and the Lagos State Ministry of Transportation; Ireland, Co. Clare, Clare County Council and
Dublin; Japan, Niigata Prefecture, Shimane Prefecture, Tohoku, the Sea of Japan and the Ministry of
Land, Infrastructure, Transport and Tourism; Jamaica's parish of St. Elizabeth, the St. Elizabeth
Municipal Corporation and the National Water Commission. Facebook, X, WhatsApp, LINE and Hatena appear
only as channels. No surname, town, street, outlet, company, school, club or union of any file under
`tests/` is reused: every capitalised word of the pages, each part of a hyphenated name included, was
grepped as a whole word over the whole `tests/` tree, case-insensitively, and every hit that was an
invented name was changed (a first pass hit more than a hundred invented surnames, towns, streets,
outlets and companies, all renamed and grepped again until they had no hits; first names, titles, real
settings and common words such as "Herald", "Courier", "Post", "Dispatch", "Harriers", "Albion",
"Towers" and "Curling" recur). The files that other writers are drafting at the same time
(`labelled_new66.py`, `labelled_new67.py`, `labelled_new68.py`, `labelled_heldout44.py`) were grepped in
the same way as far as they existed; nine names that all four of them turned out to use were renamed
here, and their content was not read.

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in a
browser, so every furniture line (masthead, menu, crumb or section label, byline, date line, share
strip, caption credit, advertisement slot, inline read-more line, newsletter and app prompts, related
and most-read lists, comments furniture, bios and footers) is a paragraph of its own, worded in that
site's own way, and "B". The stories are everyday news, each mixing statements of record (figures,
dates, votes, decisions, official statements, published data) with what is not worth checking (feelings,
opinions, hedged forecasts, pledges, questions, advice, scene) and near cases between them. `STYLES`
names the site, the story and the stresses of each page, in order. The labels follow `labelled_new.py`
and `labelled_new2.py` and the conventions the recent sets settled: a reporting sentence says who with
the cue as written; "It said" resolves to the body as first given, while "The company said", "the
council said", "The union said" and "The network expected" keep the noun as written; a standfirst's "X
says" carries the body's first naming of X.

(1) Kenyan national daily on the monthly fuel price review. The headline with "Sh4.20" and the
standfirst's "regulator says" (carrying "the Energy and Petroleum Regulatory Authority (EPRA)") are "W";
"EPRA said" keeps "EPRA" and the "it said" after it carries the body's full first naming; "EPRA blamed"
is a cue as written; "Prices in Mombasa will be ..." has no verb of saying and no speaker; the
director-general ("EPRA Director-General" dropped) has a levy figure "W", his feelings "", and "“Without
the stabilisation, a litre of diesel would be above Sh186 tonight.”" "W" (arithmetic on figures of
record); the owners' chairman's cost share is "W", his fare threat and his "?” he asked." ""; a rider's
fuel spending is private, "", and his quote splits before "Who will help us?” he said."; "KNBS put
inflation at" carries the bureau with "put"; "Dr." is dropped and "Nduruma Research Associates Ltd.,
said" does not split, her "could push inflation above 6 per cent" being a hedged forecast, ""; the MP's
motion "on Tuesday" is a dated step, "W", and "“Kenyans are being taxed twice on every litre!” she
said." one sentence, ""; the Treasury spokesperson's no-comment is ""; "Kivuko Media Group Ltd., Mvuleni
Towers" does not split and "© 2026 Kivuko Media Group." ends before "All rights reserved.".

(2) US regional daily in Ohio on a county bridge closing for 14 weeks. "Published 5:02 a.m. ET Aug. 1,
2026" is one "B" line; "ASHLOCKEN, Ohio —" opens a lead with "7 a.m. Monday" unsplit, carried by "the
Tuscarawen County engineer's office"; the traffic count is "W" via "according to"; the engineer's "poor"
rating is "W", his "It's safe to drive today, ..." an assurance, ""; "Bancroft St. instead" does not
split; the funding shares add up ("$2.16 million" + "$540,000" = "$2.7 million"); "Brundrett Bridge &
Culvert Co." ends a sentence before "The Culbertson Township firm's bid"; "Harold J. Szymborski Jr.
voting no." keeps "Jr." inside, and his request and the office's estimate are "W", his "…in October!” he
said." one sentence, ""; a store owner's customers are private, "", and "“Am I supposed to just close
for the summer?” she asked." one sentence, ""; the contract's bonus is "W" and "“If they can beat Nov.
6, they get paid for it,” he said." "W" (it restates the bonus and the date of record); "Superintendent
Dr." is dropped and the cue is "wrote in a letter to parents"; "Tamika R. Olufsen-Hargrave" keeps her
initial and "on Vanderveer Ave." ends a sentence before "The station ..." (no speaker); the most-read
list has its numbers on lines of their own and "Vennerby St. during" unsplit.

(3) Canadian local weekly in Nova Scotia on a 12 per cent water-rate application. The standfirst's "Town
asks ...; councillor calls it ‘overdue’" carries the councillor with "calls", "W" for the application of
record; the caption "... on Gulliver Rd. opened in 1987." states a fact, "W"; "PORT HEBBERT, N.S. —"
opens a conditional increase, "W"; the rates add up ("$117.88 from $105.25", about "$4.20 more a
month"); the CAO "told council" a loss, "W", and "She said it would run through its reserves by 2028
..." is a spoken projection, ""; "Coun." is dropped and "“overdue, frankly, by about three years.”" ends
inside the closing quote mark, ""; "Lunenburg St. last summer" and "i.e. about $1,580 a metre" do not
split (the arithmetic is "W"); a dissenter's opinion and "“What's next, the sewer rate?” she asked
during the debate." are ""; a resident's bill is private and "…because we conserved!” he said." one
sentence, ""; the mayor's session "on Hackmatack St." ends before "Refreshments will be served." ("");
"the board's website says" is a cue as written; "Harbour Rd. line" and "Caulker Rd. to 40 km/h" do not
split; "In other business" is a "B" label over bullets labelled by content; "(max. 300 words)" and "N.S.
B0K 9Z9" stay inside their furniture lines.

(4) Australian commercial broadcaster in Queensland on a hailstorm. "VIDEO: ... (1:42)" is one "B" line;
the standfirst states calls of record without a speaker; "from about 4.10pm on Sunday" and "at 4.22pm."
stay whole; "Queensland's State Emergency Service (SES) said" has its own cue; "Electricity distributor"
is dropped ("Coralgrid") and "It said most would be reconnected by Tuesday night ..." is a spoken
forecast, ""; "SES area controller" is dropped, the tarps are "W", his priorities "" and "“Please don't
get up on the roof yourself!”" a sentence of its own; a resident's broken windows are private, "", in a
three-sentence quote "told Jabiru News"; "Mayor Cr" is dropped, the evacuation centre and the tip-fee
waiver to 30 November are "W" and her resolve ""; the claims count is "W" via "according to figures from
the Queensland Insurance Brokers' Network" and "The network expected that number to rise
“significantly”" is "" (kept as written, cue "expected"); the meteorologist's "could bring more hail" is
"" and his record hail size "W"; "The SES urged" is advice, ""; the call-out splits at "?" before
"Send".

(5) Wire service's page from Malaysia on palm oil exports. The headline's "surveyor says" and the lead
carry "Enggang Cargo Surveyors Sdn Bhd" ("cargo surveyor" dropped); "KUALA LUMPUR, Oct 1 (Theodolite) -"
opens the lead; "the data showed" is a cue; "Tenggiri Inspection Services Sdn Bhd, estimated" does not
split; the futures prices add up; the anonymous trader keeps "a Kuala Lumpur-based trader" without the
anonymity clause, his causal account "W"; the dealer's "…at a discount?” said a Mumbai-based dealer." is
one question, ""; MPOB stocks are "W" via "according to" and the dated release "W"; "A Theodolite survey
published last week forecast" is a published forecast, "W"; the analyst's forecast and "He expects ..."
are ""; "in the U.S." ends a sentence before "Palm oil usually trades ..."; the smallholders' harvest
loss is "W" and "Datuk" is dropped from the president, whose plea is ""; the reporting line "(Reporting
by ...; Editing by Martin K. Aldcroft-Shand)" is one "B" sentence.

(6) Indian business paper on a paint maker's quarterly results. The ticker is one "B" line; the
standfirst's "managing director says" carries "Vikram A. Deshpande-Rajadhyaksha"; "Suryodaya Paints Ltd.
on Thursday reported" does not split and carries the company with "reported"; "the company said in a
regulatory filing" keeps "the company"; revenue figures add up ("Rs 2,993.1 crore" × 1.098); "Vikram A."
keeps its initial with "told analysts"; "“Small-town India is painting again,”" is "" and the quote
after it with "vs. 33% a year ago" "W"; the plant "by March 2027" is a dated step, "W"; the analysts'
target price is "W" and their view in a note ""; "Tirthankar Capital Pvt. Ltd., said" does not split,
her discount figure "W" and her margin forecast ""; the dividend and record date are "W"; "Asked whether
price cuts were likely, ... said: “Why would we cut prices when volumes are growing?”" is one question,
""; the disclaimer is two "B" sentences and "Samvaad Publications Pvt. Ltd." ends before "All Rights
Reserved.".

(7) Scottish football site on a League Two match. The headline with "2-1" and a colon is "W"; the goals,
the penalty, the shots ("according to the league's match data") and the table positions are "W"; "made
two fine saves" is a judgement, ""; "D. J. Osiberu-Frain" keeps his initials; "said: “That's what we've
been working on all week!" ends before "Near post, ...", and "“Are we favourites now?" before "I don't
care, honestly,” he added." (both "", cues "said" and "added"); the rival manager "was unhappy" carries
no speaker, and "“... 30 yards away?” he told Fitba Dispatch." is one question, "", before his "We've
lost three games this season to goals in the last five minutes." ("W"); the line-ups, "Subs not used:",
"Referee: Graeme T. Liddell-Rorison." and "Attendance: 1,412." are data rows, "", under a "B" title; the
table's title and header are "B" and its rows "" (they add up); the reader's comment is "B" sentence by
sentence; "Registered in Scotland No. SC612907." is one "B" sentence.

(8) English tabloid on an eight-year hedge row. The headline opens with a quoted exclamation in capitals
that ends a sentence before "Gran wins ..." (the quote "", no speaker without a cue; the claim "W"); the
standfirst's "Pensioner, 74, says" carries her as the body names her; her complaints, the council's
measurement and the remedial notice "by May 31" are "W"; "The retired dinner lady told The Bellow: “...
won't ripen." / "It's like living in a cave!”" carry her with "told The Bellow"; "“Eight years I've been
asking." restates her complaints of record, "W", and "Eight years!" / "Why did it take them so long?”
she said." are ""; the neighbour's appeal is a pledge, "", his "…before she moved in!” he said." one
sentence, "", and his own hedge-cutting bill private, ""; the council spokesperson's duty under the Act
and the appeal right are "W"; the FOI figures carry "figures obtained by The Bellow under freedom of
information rules"; "Ward councillor Cllr" is dropped; "Maureen, a widow ..., added" resolves to her
full name; the call-out splits at "?", the consent text at "Read our Privacy Notice.", and the most-read
list has its numbers on lines of their own.

(9) Nigerian digital-native site on Lagos app drivers logging off for 48 hours. The standfirst's "The
drivers' union says" carries its chairman, through whom the body gives the union's claim; "Key points"
is "B" and its bullets are labelled by content ("the union says" -> "The Lagos App Drivers' Union
(LADU)", "ZipRide says"); "at 6 a.m. on Tuesday" does not split; "“We are not begging." ends before "We
are asking for what is fair!” he said at a rally ..." (both ""); "In a statement, ZipRide said" and "It
said" carry ZipRide; "Gomo did not respond to emails and calls" is a cue as written; a driver's loan is
private, "", her question before "she asked" one sentence; "Several riders said" is ""; "at 8 a.m." ends
a sentence before "A banker, ..., said", whose fare is a public price, "W"; "at 10 a.m." ends before
"The ministry has no power to set commission rates, the spokesperson said." ("W", resolved to the
ministry's spokesperson as first given); "Dr." is dropped; "The union said the strike would end at 6
a.m. on Thursday." is "W" and the conditional threat after it, "it said", ""; "Ìtàn Media Ltd." ends
before "RC 1834466.".

(10) Irish public broadcaster on pay parking for a seaside town. The caption states the charge, "W";
"from 9 a.m. to 6 p.m., Monday to Saturday" does not split; "Director of Services" is dropped, the
occupancy survey is "W" and the hedged revenue estimate with "Seapoint Rd. and" unsplit ""; "“Carrigdoon
is full every weekend from May to September." is "W" and "Doing nothing isn't an option,” he told the
meeting." ""; "Cllr" is dropped and "(Ind)" is not part of the name; the traders' submission is "W", its
chairperson's general claim "" with "Ballycar St., said" unsplit; "Watch: ... (2:11)" is one "B" line;
"Friary St. in the town" does not split and the resident's doubt is ""; a visitor's comparison is ""; "A
2025 council survey found" and "The same survey found" are cues as written, with "Co. Clare." ending a
sentence; "Parkwise Éire Ltd., under" does not split; "Bye-Laws No. 2 of 2026" never ends a sentence.

(11) English edition of a Japanese daily on a rural rail line to be replaced by buses. The byline is in
capitals with a slash; the caption ends with "on Nov. 20." before the bracketed credit on its own line;
"TŌGASHIMA, Niigata Prefecture —" opens a lead carried by "Tsukihama Railway Co." with "announced", the
"Co. announced" unsplit and "on Nov. 27." ending it; the ownership shares add up; "Company President" is
dropped, his verdict "" and "“Even if every high school student in the valley took the train, we could
not cover a third of our costs,” Urushibara said." "W"; the bus plan and fare are "W"; the residents'
leader's signatures are "W" and her three-sentence quote before "she asked" ""; the student's "6:52 a.m.
train" does not split and his situation is private, ""; the paper's own survey ends with "The Tōzai
Shimbun." before "The last, ..."; "Prof." is dropped, her general claim "" and her figure "W"; the
footer's "All rights reserved." ends before "No reproduction ...", a "No" that is not a designation.

(12) Jamaican community site on a rebuilt town market. "St. Elizabeth Municipal Corporation" and "J$86.4
million" do not split; "the Mayor, Councillor" is dropped, his "a promise kept" "" and the rents "W";
"several vendors said" carries the stall size, "W"; "“Where am I supposed to put my yam and my
breadfruit?" ends before "On my head?” asked Hyacinth Brammall-Walters, ..." (both "", the speaker named
after her words); the temporary market's rent is a public price, "W"; "Mrs." is dropped; "by ballot on
Saturday at 10 a.m." ends before "Vendors who want to enter ..."; the association president's count is
"W" and "The old market was a disgrace!” he said." ""; "between 5 a.m. and 8 a.m." ends a sentence; "The
Rev. Dr. Lionel Hawthorne-Birchall, rector of St. Walstan's Anglican Church, blessed the building" is an
act without a speaker, "W"; the call-out splits at "!" before "Send"; the notices ("6 p.m., school
canteen.", "Mr. Alphonso ..., 10 a.m., St. Walstan's ...") are single "B" lines.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word
from these pages (consecutive lines joined by a newline, sentences of one line by a space): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Kenyan national daily's site, the monthly fuel price review raises petrol prices (masthead, menu with pipes, subscribe line with a price, crumb with an arrow, headline with a shilling decimal, semicolon standfirst carrying the regulator as first given with says, byline, date line with PM EAT, share strip, caption and a credit with pipes, the regulator's act of record and its review via said and it said, a director-general dropped with a levy figure and a counterfactual figure inside his quote against his feelings, an ad slot, an owners' association's cost share against a fare threat and a question before he asked, a rider's private fuel spending and his split quote, a statistics bureau with put, Dr. dropped and Ltd., said with a hedged forecast and a causal opinion, pricing rules, an MP's dated motion and an exclamation before she said, a Treasury spokesperson's no comment, a retailers' body's dry stations, an inline read-more line, the next review date, bio and email, more-from list, comments furniture in two sentences, publisher line with Ltd., and copyright in two sentences)",
    "US regional daily's site in Ohio, a county bridge closes for 14 weeks of repairs (masthead, subscribe strip with a cent sign, menu with pipes, section label, headline with a road number, standfirst carrying the county engineer as first given with says, byline name and outlet on two lines, published line with a.m. ET and Aug., share strip, caption with a date and a credit with a slash, Ohio in the dateline with a.m. Monday, the engineer's office said, a traffic count via according to, the engineer's inspection rating against his assurance, a detour with Main St. never ending a sentence, an ad slot, funding shares adding up, Co. ending a sentence before The, a 2-1 vote with Jr. never ending a sentence, a commissioner's request and an exclamation before he said, a store owner's private custom and her question before she asked, an early-finish bonus and a quote with Nov. 6 restating it, a superintendent's letter, an EMS director with a middle initial, Ave. ending a sentence before The, a related line, the engineer's office figures, alerts line, bio and contact, comments prompt in two sentences, a most-read list with numbers and St. never ending a sentence, copyright in two sentences, legal strip)",
    "Canadian local weekly's site in Nova Scotia, town council asks to raise water rates 12 per cent (masthead and tagline, menu with bullets, section label, headline with a percentage, semicolon standfirst with an act of record carrying the councillor with calls, byline, posted line with Feb., share strip, caption stating a fact and a photo credit, N.S. in the dateline, a conditional increase, a 6-1 vote with Feb. 17, rates that add up, a CAO told council with figures and a hedged projection, Coun. dropped with a quote ending inside the closing quote mark, St. never ending a sentence and i.e. with a cost per metre, a dissenting councillor's opinion and a question before she asked during the debate, a clarifying fact, an ad slot, customers via according to the application, a resident's private bill and an exclamation before he said, a mayor's dated session with St. ending a sentence before Refreshments, a board's website says, boil-water advisories with Rd. never ending a sentence, a label over bullets of other business, an LJI bio and funding line, a letters line with max., recent posts, an obituary headline, address line with St. and N.S., copyright with Ltd.)",
    "Australian commercial broadcaster's news site in Queensland, a hailstorm cuts power to 23,000 homes (masthead, menu with pipes, watch-live strip with pm, section label, headline with a figure, standfirst of record without a speaker, byline, date line with am, share and copy-link lines, video title with its running time, hail size and times via according to the Bureau of Meteorology, a recorded gust, the SES said with calls by 6am, the distributor as first given and It said as a spoken forecast, an area controller with his priorities and an exclamation standing alone inside his quote, an ad slot, a resident's private damage and a three-sentence quote told to the broadcaster, Cr dropped with a mayor's dated step and her feelings, claims via according to a brokers' network and its expectation, a meteorologist's hedged forecast against a record hail size, the SES's advice with urged, school closures via the department, a more-on list, an app prompt, a call-out with ? before Send, an acknowledgement, copyright with Pty Ltd and a legal strip)",
    "Wire service's page from Malaysia, palm oil exports fall in September (masthead in capitals, menu, section label, headline carrying the surveyor as first given with says, byline with two names, date line with PM GMT+8, updated line, a dateline with Oct 1 and the agency in brackets, Sdn Bhd as part of the name with a descriptor dropped, the data showed, a second surveyor's estimate with Sdn Bhd, estimated, futures prices that add up, an anonymous trader's causal account with the anonymity clause, stocks via according to the Malaysian Palm Oil Board and a dated release, a survey's published forecast, an analyst at a Bhd brokerage with a hedged forecast and expects, U.S. ending a sentence before Palm, a dealer's question before said, India's imports via according to an importers' body, a smallholders' association's harvest loss and Datuk dropped, a reporting line with an editor's initial, standards and licensing lines, a bio in two sentences, read-next list, site index and copyright in two sentences)",
    "Indian business paper's site in Mumbai, a paint maker's second-quarter results (masthead, menu with pipes, market ticker, crumb with slashes, headline with Rs crore and a cause, semicolon standfirst carrying the managing director with says, byline with city, updated line with IST, toolbar, read-time line, Ltd. never ending a sentence and the company as first given with reported, the company said in a regulatory filing with sums that add up, margin in basis points, share price on the NSE, an initial in the managing director's name with told analysts, a metaphor against a figure with vs. inside his quote, a plant's dated commissioning, a capex figure, an also-read line, analysts' target price against their view in a note, Pvt. Ltd., said with an analyst's figure and her forecast, raw material share and a price fall the company said, a dividend with a record date, a question before he said, the company's dealer count, half-year figures, an inputs line, a disclaimer in two sentences, topics, trending list, copyright with Pvt. Ltd. ending a sentence before All)",
    "Scottish football site, a League Two match report (masthead in capitals, menu, crumb with an arrow, headline with a score and a colon, standfirst of record without a speaker, byline, date line with a 24-hour time, share strip with a comment count, caption and credit with a slash, the result and goals of record, a penalty decision, shots via according to the league's match data, a judgement of saves, initials in a player's name, a manager's quote with an exclamation before a capital and a question before a capital, a rival manager's feeling without a verb of saying, a question before he told and a record inside his quote, standings, attendance, the next fixture, line-ups with title B and data rows with initials, a league table with title and header B and rows that add up, comments furniture with a reader's comment, a more list, copyright and a registration line with No.)",
    "English tabloid's site, a pensioner wins an eight-year row over a neighbour's 40ft hedge (masthead, menu, crumb with an arrow, exclusive label, headline opening with a quoted exclamation in capitals before a capital, standfirst carrying the pensioner as first given with says and a council order, byline and role on two lines, date line with 24-hour times, share strip, comment count, caption and credit with a slash, a lead in capitals of record, her complaints of record, a measured height and a remedial notice with a dated deadline, told The Bellow with a colon and an exclamation closing the quote, a three-sentence quote with an exclamation and a question before she said and a restated record inside it, a neighbour's pledge to appeal and an exclamation before he said, his private spending, a council spokesperson's legal duty and appeal right, a read-more line, a fine via the council, FOI figures via according to, Cllr dropped with an opinion, a colon quote with a question closing it, a call-out with ? before Email, a newsletter prompt and consent lines, a most-read list with numbers on their own lines, comments furniture with a reader's comment, group and copyright lines)",
    "Nigerian digital-native news site in Lagos, app drivers log off for 48 hours over platform commission (masthead in capitals, menu, support strip with an arrow, section label, headline with a percentage, semicolon standfirst carrying the union's chairman with says and a company with calls, byline, date line, read time, a key-points label and bullets with says labelled by content, a lead with a.m., the union as first given and its chairman with figures, a two-sentence rally quote ending in an exclamation before he said, the platforms' commission rates, In a statement with a fare rise and It said, a company that did not respond, a read-also line, a driver's private loan and her question before she asked and a private quote, several riders and surge pricing with a.m. ending a sentence before A, a public fare paid by a commuter, a ministry spokesperson's dated meeting with a.m. and the ministry's powers, a permit fee under state rules, Dr. dropped with an economist's figures from other countries and her doubt, the union's end time against a conditional threat, support prompt in two sentences, channel prompt, bio in two sentences, more-from list, footer with Ltd. ending a sentence before RC)",
    "Irish public broadcaster's news site, a county council votes for pay parking in a seaside town (masthead, menu, crumb with arrows, headline with a vote, updated line with a slash, byline and role on two lines, listen line with a running time, caption stating a charge and a credit with a slash, the council's decision of record, a 17-11 vote, hours with a.m. and p.m. ending a sentence before Parking, a director of services with occupancy figures, a hedged revenue estimate with Rd. never ending a sentence, told the meeting with a checkable claim against his verdict, Cllr dropped with a party tag in brackets and a question before she asked, a traders' association's submission and its chairperson with St., said and a general claim, a video line with its running time, a resident's claim on Friary St. and the council's permit price, a council survey that found with Co. Clare ending a sentence before The, the same survey, council figures via according to, Ltd., under with a contract value, free bays, bye-laws with No. 2 of 2026, a review date, a read-more list, external-sites line, a public-service line and a footer with pipes)",
    "English edition of a Japanese daily, a rural third-sector rail line to be replaced by buses (masthead with edition label, menu, section label, headline with a year, semicolon standfirst carrying the operator as first given with says and a residents' group with calls, byline in capitals with a slash, date line with JST, share strip, caption with Nov. 20 ending it and a bracketed credit, a prefecture dateline with a dash, Co. announced with Nov. 27 ending a sentence, ownership shares adding up, the company said with ridership and losses, a president's verdict at a news conference and an arithmetic claim with his surname, a bus plan and a fare of record, an ad slot, national rules and a review council, a residents' leader's signatures and a three-sentence quote ending in a question before she asked, a student's private train with a.m. never ending a sentence and his quote, snow closures via according to the prefecture, an unnamed official's funding commitment, the paper's own survey with Shimbun ending a sentence, Prof. dropped with a general claim and a figure of record, dated meetings with Dec. 6 and p.m., related list, about box, copyright in three sentences with No before reproduction)",
    "Jamaican community news site, a rebuilt town market opens in St. Elizabeth (masthead, menu with bullets, section label, headline with a dollar figure and a semicolon, posted-by line with a weekday date, share strip, caption and credit, a move of record five years after a fire, a corporation's cost and stalls with St. never ending a sentence and J$, a mayor's pledge-like verdict at the ceremony with titles dropped, rents of record compared with other markets, several vendors with stall sizes, a question before a capital inside a quote and a question before asked with the name after, a temporary rent as a public price, Mrs. dropped with a chief executive's design of record and her feelings, a ballot with a.m. ending a sentence before Vendors, an association president's stall count and his split quote with an exclamation before he said, parking and loading hours with a.m., Rev. Dr. dropped in a fact without speaker and St. Walstan's, the water commission's connection date, a shopper's feeling, demolition and a taxi park planned for 2027, a photo call-out with an exclamation before Send, notices with p.m., school and a.m., St., comment form lines, an about line and footer)",
]

ARTICLES = [
    [  # 1. Kenyan national daily's site, the monthly fuel price review raises petrol prices
        [("Mkondo Herald", "", "", "B")],
        [
            (
                "Home | News | Counties | Business | Sport | Opinion | Lifestyle | Video | ePaper",
                "",
                "",
                "B",
            )
        ],
        [("Subscribe from Sh10 a day  ·  Sign in", "", "", "B")],
        [("Business  ›  Energy", "", "", "B")],
        [
            (
                "Petrol up Sh4.20 a litre as EPRA raises pump prices for third month running",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Diesel rises Sh3.10 and kerosene is unchanged in the monthly review, regulator says; matatu owners warn fares will follow",
                "the Energy and Petroleum Regulatory Authority (EPRA)",
                "says",
                "W",
            )
        ],
        [("By Wanjiru Kebati-Ongaga", "", "", "B")],
        [("Monday, September 14, 2026 — 9:48 PM EAT", "", "", "B")],
        [("Share  f  X  in  WhatsApp  ✉", "", "", "B")],
        [("A pump attendant refuels a car at a service station in Nairobi.", "", "", "")],
        [("Photo | Mkondo Herald | Kioko Mwikya-Nzau", "", "", "B")],
        [
            (
                "Motorists will pay Sh4.20 more for a litre of super petrol from midnight after the Energy and Petroleum Regulatory Authority (EPRA) raised pump prices for the third month in a row.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In its review for the month to October 14, EPRA said a litre of super petrol in Nairobi would retail at Sh193.60, up from Sh189.40.",
                "EPRA",
                "said",
                "W",
            ),
            (
                "Diesel will sell at Sh178.30, up Sh3.10, while kerosene stays at Sh162.75, it said.",
                "the Energy and Petroleum Regulatory Authority (EPRA)",
                "said",
                "W",
            ),
        ],
        [
            (
                "EPRA blamed the rise on a 6.8 per cent increase in the average landed cost of imported super petrol in August, to US$712.40 per cubic metre, and on a weaker shilling.",
                "EPRA",
                "blamed",
                "W",
            )
        ],
        [
            (
                "Prices in Mombasa will be Sh2.90 lower than in Nairobi, while motorists in the far north-east will pay the highest price in the country, Sh214.10 a litre.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "EPRA Director-General Daniel Kipchirchir-Koros said the authority had used Sh2.4 billion from the petroleum development levy to cushion diesel users, without which the price would have risen by Sh7.85.",
                "Daniel Kipchirchir-Koros",
                "said",
                "W",
            ),
            (
                "“We understand the pain at the pump, and we are doing everything the law allows us to do,” he said.",
                "Daniel Kipchirchir-Koros",
                "said",
                "",
            ),
            (
                "“Without the stabilisation, a litre of diesel would be above Sh186 tonight.”",
                "Daniel Kipchirchir-Koros",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Simon Gicharu-Nyamu, chairman of the Umoja Matatu Owners' Welfare Association, said fuel accounts for about 45 per cent of a matatu's daily running costs.",
                "Simon Gicharu-Nyamu",
                "said",
                "W",
            ),
            (
                "“Fares will go up by Sh10 or Sh20 on most routes from Wednesday, there is no other way,” he said.",
                "Simon Gicharu-Nyamu",
                "said",
                "",
            ),
            (
                "“How do you pay Sh193 for petrol and keep charging Sh80 from Ndunduini to town?” he asked.",
                "Simon Gicharu-Nyamu",
                "asked",
                "",
            ),
        ],
        [
            (
                "Brian Oluoch-Njiraini, who rides a boda boda in Ndunduini, said he now spends about Sh900 a day on fuel, up from Sh700 in June.",
                "Brian Oluoch-Njiraini",
                "said",
                "",
            ),
            (
                "“By the time I pay the owner, I go home with nothing.",
                "Brian Oluoch-Njiraini",
                "said",
                "",
            ),
            ("Who will help us?” he said.", "Brian Oluoch-Njiraini", "said", ""),
        ],
        [
            (
                "The Kenya National Bureau of Statistics (KNBS) put inflation at 5.9 per cent in August, up from 5.1 per cent in July, with transport costs 8.2 per cent higher than a year earlier.",
                "The Kenya National Bureau of Statistics (KNBS)",
                "put",
                "W",
            )
        ],
        [
            (
                "Dr. Miriam Akoth-Lesuuda, an economist at Nduruma Research Associates Ltd., said the new prices could push inflation above 6 per cent in October.",
                "Miriam Akoth-Lesuuda",
                "said",
                "",
            ),
            (
                "“Households will feel this first in food prices, because everything in this country moves by road,” she said.",
                "Miriam Akoth-Lesuuda",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the pricing rules, EPRA reviews pump prices on the 14th of every month, and the new prices take effect at midnight.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Kipsorok East MP Mercy Jepleting-Kirwa said she would table a motion on Tuesday asking the National Assembly to halve VAT on fuel.",
                "Mercy Jepleting-Kirwa",
                "said",
                "W",
            ),
            (
                "“Kenyans are being taxed twice on every litre!” she said.",
                "Mercy Jepleting-Kirwa",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the National Treasury said the ministry does not comment on tax proposals before they are tabled.",
                "A spokesperson for the National Treasury",
                "said",
                "",
            )
        ],
        [("READ: Kerosene users turn to charcoal as prices stay high", "", "", "B")],
        [
            (
                "The Kenya Fuel Retailers' Forum said 14 of its 380 member stations in the north had run dry for at least a day in August because of delays in deliveries from the western depots.",
                "The Kenya Fuel Retailers' Forum",
                "said",
                "W",
            )
        ],
        [("The next review is due on October 14.", "", "", "W")],
        [
            ("Wanjiru Kebati-Ongaga is a business reporter at Mkondo Herald.", "", "", "B"),
            ("Email: wkebati@mkondoherald.co.ke", "", "", "B"),
        ],
        [("MORE FROM BUSINESS", "", "", "B")],
        [("Shilling slips to 131.2 against dollar as importers stock up", "", "", "B")],
        [("Tea earnings fall 11pc on lower auction prices", "", "", "B")],
        [("Comments", "", "", "B")],
        [
            ("Join the conversation.", "", "", "B"),
            ("Comments are moderated and may take up to an hour to appear.", "", "", "B"),
        ],
        [
            (
                "Mkondo Herald is published by Kivuko Media Group Ltd., Mvuleni Towers, Nairobi.",
                "",
                "",
                "B",
            )
        ],
        [("© 2026 Kivuko Media Group.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. US regional daily's site in Ohio, a county bridge closes for 14 weeks of repairs
        [("The Ashlocken Courier", "", "", "B")],
        [("Subscribe now: 99¢ for your first month", "", "", "B")],
        [
            (
                "Local  |  Crime  |  Schools  |  Business  |  Sports  |  Obituaries  |  E-Edition",
                "",
                "",
                "B",
            )
        ],
        [("LOCAL NEWS", "", "", "B")],
        [
            (
                "Wendlemire Creek bridge on County Road 17 to close for 14 weeks starting Monday",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Detour adds about 9 miles; county engineer says the 1958 span was rated ‘poor’ in its last inspection",
                "Curtis Vandergrift-Nzeribe",
                "says",
                "W",
            )
        ],
        [("Dana Ruckleshaus-Zubiate", "", "", "B")],
        [("Ashlocken Courier", "", "", "B")],
        [("Published 5:02 a.m. ET Aug. 1, 2026", "", "", "B")],
        [("Share   Facebook   Email   X   Comment", "", "", "B")],
        [
            (
                "Traffic crosses the Wendlemire Creek bridge on County Road 17 north of Ashlocken on Thursday, July 30.",
                "",
                "",
                "",
            )
        ],
        [("Dana Ruckleshaus-Zubiate/Ashlocken Courier", "", "", "B")],
        [
            (
                "ASHLOCKEN, Ohio — The County Road 17 bridge over Wendlemire Creek will close to all traffic at 7 a.m. Monday for a $2.7 million replacement of its deck and beams, the Tuscarawen County engineer's office said.",
                "the Tuscarawen County engineer's office",
                "said",
                "W",
            )
        ],
        [
            (
                "The bridge carries about 3,400 vehicles a day, according to a 2025 traffic count.",
                "a 2025 traffic count",
                "according to",
                "W",
            )
        ],
        [
            (
                "County Engineer Curtis Vandergrift-Nzeribe said the 1958 structure was rated “poor” in its last state inspection, in October 2025, mainly because of cracking in the concrete beams.",
                "Curtis Vandergrift-Nzeribe",
                "said",
                "W",
            ),
            (
                "“It's safe to drive today, or we'd have closed it already,” he said.",
                "Curtis Vandergrift-Nzeribe",
                "said",
                "",
            ),
            (
                "“But it's not going to stay that way without this work.”",
                "Curtis Vandergrift-Nzeribe",
                "said",
                "",
            ),
        ],
        [
            (
                "The posted detour follows Township Road 211 and Gantz Pike and adds about 9 miles to a trip between Ashlocken and Fenner Mills.",
                "",
                "",
                "W",
            ),
            (
                "Trucks over 10 tons will be sent through downtown Ashlocken on Bancroft St. instead.",
                "",
                "",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The project is paid for with $2.16 million in federal bridge money, administered by the Ohio Department of Transportation, and $540,000 from the county's share of the state gas tax.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tuscarawen County commissioners awarded the contract on July 14 to Brundrett Bridge & Culvert Co.",
                "",
                "",
                "W",
            ),
            (
                "The Culbertson Township firm's bid was about $180,000 below the engineer's estimate.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Commissioners approved the contract 2-1, with Commissioner Harold J. Szymborski Jr. voting no.",
                "",
                "",
                "W",
            ),
            (
                "Szymborski said he had asked the engineer to keep one lane open with temporary signals, which the engineer's office estimated would add six weeks and about $310,000 to the job.",
                "Harold J. Szymborski Jr.",
                "said",
                "W",
            ),
            (
                "“Fourteen weeks is a long time for a farmer who has to haul grain around this thing in October!” he said.",
                "Harold J. Szymborski Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "Lorna Beckworth-Amaechi, who has run the Wendlemire Creek Country Store on County Road 17 for 22 years, said about two-thirds of her customers come across the bridge from the north.",
                "Lorna Beckworth-Amaechi",
                "said",
                "",
            ),
            (
                "“Am I supposed to just close for the summer?” she asked.",
                "Lorna Beckworth-Amaechi",
                "asked",
                "",
            ),
        ],
        [
            (
                "Vandergrift-Nzeribe said “Businesses open” signs would go up at both ends of the detour, and that the contract pays a $2,500 bonus for each day the bridge reopens before its scheduled date, up to $50,000.",
                "Curtis Vandergrift-Nzeribe",
                "said",
                "W",
            ),
            (
                "“If they can beat Nov. 6, they get paid for it,” he said.",
                "Curtis Vandergrift-Nzeribe",
                "said",
                "W",
            ),
        ],
        [
            (
                "School buses for the Fenner Mills Local School District will use the detour, and morning pickups on the north side of the creek will be 10 to 15 minutes earlier, Superintendent Dr. Gail Messerschmidt-Onuoha wrote in a letter to parents on Thursday.",
                "Gail Messerschmidt-Onuoha",
                "wrote in a letter to parents",
                "W",
            )
        ],
        [
            (
                "Tamika R. Olufsen-Hargrave, the county's EMS director, said an ambulance will be stationed during the closure at the Fenner Mills volunteer fire station on Vanderveer Ave.",
                "Tamika R. Olufsen-Hargrave",
                "said",
                "W",
            ),
            ("The station is about 4 miles north of the bridge.", "", "", "W"),
        ],
        [
            (
                "RELATED: Tuscarawen County lists 11 bridges rated ‘poor’ in latest inspection",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The engineer's office said 11 of the county's 164 bridges were rated poor in the 2025 inspections, and that the County Road 17 span carried the most traffic of them.",
                "The engineer's office",
                "said",
                "W",
            )
        ],
        [
            (
                "Drivers can sign up for text alerts about the closure on the engineer's website.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Dana Ruckleshaus-Zubiate covers Tuscarawen County government for the Courier.",
                "",
                "",
                "B",
            ),
            ("Contact her at druckleshaus@ashlockencourier.com or 419-555-0148.", "", "", "B"),
        ],
        [
            ("Comments are open to subscribers.", "", "", "B"),
            ("Please keep it civil.", "", "", "B"),
        ],
        [("Most read", "", "", "B")],
        [("1", "", "", "B")],
        [
            (
                "Ashlocken council bans parking on Vennerby St. during Cornshuck Days festival",
                "",
                "",
                "B",
            )
        ],
        [("2", "", "", "B")],
        [("Fenner Mills woman, 94, still runs the library's Tuesday book club", "", "", "B")],
        [("3", "", "", "B")],
        [("Boil advisory lifted for east side after water main repair", "", "", "B")],
        [("© 2026 The Ashlocken Courier.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Terms of Service | Privacy Policy | Your Privacy Choices", "", "", "B")],
    ],
    [  # 3. Canadian local weekly's site in Nova Scotia, town council asks to raise water rates 12 per cent
        [("The Gaspereau", "", "", "B")],
        [("Port Hebbert & District's weekly newspaper since 1961", "", "", "B")],
        [("News • Sports • Community • Obituaries • Classifieds • Contact", "", "", "B")],
        [("Community News", "", "", "B")],
        [("Water bills in Port Hebbert set to rise 12 per cent in April", "", "", "W")],
        [
            (
                "Town asks utility board to approve first increase since 2019; councillor calls it ‘overdue’",
                "Wade Pothier-Lowden",
                "calls",
                "W",
            )
        ],
        [("By Colleen MacAskin-Doucelin", "", "", "B")],
        [("Posted Feb. 19, 2026", "", "", "B")],
        [("Share this: Facebook  Email  Print", "", "", "B")],
        [("The town's water treatment plant on Gulliver Rd. opened in 1987.", "", "", "W")],
        [("Colleen MacAskin-Doucelin photo", "", "", "B")],
        [
            (
                "PORT HEBBERT, N.S. — Residential water customers in Port Hebbert will pay about $4.20 more a month from April 1 if the Nova Scotia Utility and Review Board approves an increase town council endorsed on Tuesday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Council voted 6-1 at its Feb. 17 meeting to file the rate application, which would raise the base quarterly charge for a typical home to $117.88 from $105.25.",
                "",
                "",
                "W",
            ),
            (
                "Under the proposal, the consumption charge would rise to $2.31 per cubic metre from $2.06.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief administrative officer Ingrid Hallgrimsen-Muise told council the water utility lost $212,000 in 2025.",
                "Ingrid Hallgrimsen-Muise",
                "told council",
                "W",
            ),
            (
                "She said it would run through its reserves by 2028 without an increase.",
                "Ingrid Hallgrimsen-Muise",
                "said",
                "",
            ),
            (
                "The last increase, of 4 per cent, took effect in January 2019, she said.",
                "Ingrid Hallgrimsen-Muise",
                "said",
                "W",
            ),
        ],
        [
            (
                "Coun. Wade Pothier-Lowden, who chairs the town's infrastructure committee, said the increase was “overdue, frankly, by about three years.”",
                "Wade Pothier-Lowden",
                "said",
                "",
            ),
            (
                "He said the town replaced 1.2 km of cast-iron main on Lunenburg St. last summer at a cost of $1.9 million, i.e. about $1,580 a metre.",
                "Wade Pothier-Lowden",
                "said",
                "W",
            ),
        ],
        [
            (
                "The lone vote against came from Coun. Marguerite Oickle-Burbidge, who said seniors on fixed incomes “can't keep absorbing these hits.”",
                "Marguerite Oickle-Burbidge",
                "said",
                "",
            ),
            (
                "“What's next, the sewer rate?” she asked during the debate.",
                "Marguerite Oickle-Burbidge",
                "asked",
                "",
            ),
            ("Sewer rates are set separately and are not part of the application.", "", "", "W"),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The utility has 1,940 customers, including 112 businesses, according to the application.",
                "the application",
                "according to",
                "W",
            )
        ],
        [
            (
                "Resident Nolan Fitzner-Aberdour, who spoke during the public comment period, said his quarterly bill was already more than $140.",
                "Nolan Fitzner-Aberdour",
                "said",
                "",
            ),
            (
                "“We're told to conserve, then we're charged more because we conserved!” he said.",
                "Nolan Fitzner-Aberdour",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Beverley Schofield-Nepia said the town will hold an information session on the new rates on March 4 at 7 p.m. at the fire hall on Hackmatack St.",
                "Beverley Schofield-Nepia",
                "said",
                "W",
            ),
            ("Refreshments will be served.", "", "", ""),
        ],
        [
            (
                "The utility board usually takes 10 to 14 weeks to rule on a small utility's rate application, the board's website says.",
                "the board's website",
                "says",
                "W",
            )
        ],
        [
            (
                "In 2025 the town issued two boil-water advisories, in May and in September, both after main breaks on the Harbour Rd. line.",
                "",
                "",
                "W",
            ),
            (
                "The plant draws from Tessaby Lake and treats about 1.1 million litres a day.",
                "",
                "",
                "W",
            ),
        ],
        [("In other business", "", "", "B")],
        [
            (
                "• Council approved a $14,500 grant to the Port Hebbert Curling Club for a new compressor for its ice plant.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "• A motion to lower the speed limit on Caulker Rd. to 40 km/h was deferred to March.",
                "",
                "",
                "W",
            )
        ],
        [("• The next regular meeting is March 17 at 6:30 p.m. in council chambers.", "", "", "W")],
        [
            ("Colleen MacAskin-Doucelin is a Local Journalism Initiative reporter.", "", "", "B"),
            ("The Local Journalism Initiative is funded by the Government of Canada.", "", "", "B"),
        ],
        [("Letters to the editor: letters@thegaspereau.ca (max. 300 words)", "", "", "B")],
        [("Recent Posts", "", "", "B")],
        [("Hebbert Wildcats bantam team wins regional title in overtime", "", "", "B")],
        [("Obituary: Edna May Weagle-Hennigar, 1931-2026", "", "", "B")],
        [
            (
                "The Gaspereau, 47 Lunenburg St., Port Hebbert, N.S. B0K 9Z9 | 902-555-0176",
                "",
                "",
                "B",
            )
        ],
        [("Copyright © 2026 Gaspereau Publishing Ltd.", "", "", "B")],
    ],
    [  # 4. Australian commercial broadcaster's news site in Queensland, a hailstorm cuts power to 23,000 homes
        [("Jabiru News", "", "", "B")],
        [
            (
                "Latest  |  Queensland  |  National  |  Weather  |  Sport  |  Entertainment  |  Watch",
                "",
                "",
                "B",
            )
        ],
        [("WATCH LIVE: Jabiru News Queensland at 6pm", "", "", "B")],
        [("Queensland", "", "", "B")],
        [
            (
                "Hail the size of golf balls smashes Yarrawinga as 23,000 homes lose power",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "More than 1,400 calls for help after a 15-minute storm tore through the city on Sunday afternoon.",
                "",
                "",
                "W",
            )
        ],
        [("Jessamy Kuralt-Ngapo", "", "", "B")],
        [("Mon 16 November 2026 6:12am", "", "", "B")],
        [("Share", "", "", "B")],
        [("Copy link", "", "", "B")],
        [("VIDEO: Residents clean up after hail storm hits Yarrawinga (1:42)", "", "", "B")],
        [
            (
                "Hailstones up to 6cm across fell on Yarrawinga, on the Darling Downs, from about 4.10pm on Sunday, according to the Bureau of Meteorology.",
                "the Bureau of Meteorology",
                "according to",
                "W",
            ),
            (
                "The bureau recorded a wind gust of 104km/h at Yarrawinga airport at 4.22pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Queensland's State Emergency Service (SES) said it had received 1,437 calls for help by 6am on Monday, most for damaged roofs and broken skylights.",
                "Queensland's State Emergency Service (SES)",
                "said",
                "W",
            ),
            ("Crews from three neighbouring units were sent to help overnight.", "", "", "W"),
        ],
        [
            (
                "Electricity distributor Coralgrid said 23,400 homes and businesses lost power at the height of the storm and 6,150 were still without it at 8am.",
                "Coralgrid",
                "said",
                "W",
            ),
            (
                "It said most would be reconnected by Tuesday night but some streets in the hardest-hit suburb, Kelsoby, could wait until Thursday.",
                "Coralgrid",
                "said",
                "",
            ),
        ],
        [
            (
                "SES area controller Mick Tolhay-Ferrando said volunteers had put tarps on more than 300 roofs overnight.",
                "Mick Tolhay-Ferrando",
                "said",
                "W",
            ),
            (
                "“We've got people in their 80s with water coming through the ceiling, so they go first,” he said.",
                "Mick Tolhay-Ferrando",
                "said",
                "",
            ),
            ("“Please don't get up on the roof yourself!”", "Mick Tolhay-Ferrando", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Kelsoby resident Shanelle Ezeani-Birchmore said hail broke 11 windows at her house and filled the pool with leaves and glass.",
                "Shanelle Ezeani-Birchmore",
                "said",
                "",
            ),
            (
                "“It sounded like someone was throwing bricks at the house.",
                "Shanelle Ezeani-Birchmore",
                "told Jabiru News",
                "",
            ),
            ("The kids were screaming.", "Shanelle Ezeani-Birchmore", "told Jabiru News", ""),
            (
                "Honestly, I thought the roof was coming in,” she told Jabiru News.",
                "Shanelle Ezeani-Birchmore",
                "told Jabiru News",
                "",
            ),
        ],
        [
            (
                "Yarrawinga Regional Council Mayor Cr Leonie Draycott-Nwanze said the council had opened the showgrounds pavilion as an evacuation centre and would waive tip fees for storm debris until 30 November.",
                "Leonie Draycott-Nwanze",
                "said",
                "W",
            ),
            (
                "“This community has been through drought and flood, and we'll get through this too,” she said.",
                "Leonie Draycott-Nwanze",
                "said",
                "",
            ),
        ],
        [
            (
                "Insurers had received about 2,900 claims from the Yarrawinga area by 10am, according to figures from the Queensland Insurance Brokers' Network.",
                "figures from the Queensland Insurance Brokers' Network",
                "according to",
                "W",
            ),
            (
                "The network expected that number to rise “significantly” during the week.",
                "The network",
                "expected",
                "",
            ),
        ],
        [
            (
                "Bureau meteorologist Dean Cavanough-Roldan said a second band of storms could bring more hail to the Darling Downs on Tuesday afternoon.",
                "Dean Cavanough-Roldan",
                "said",
                "",
            ),
            (
                "He said Sunday's 6cm stones were the largest recorded in Yarrawinga since December 2014.",
                "Dean Cavanough-Roldan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The SES urged residents to stay away from fallen power lines and not to drive through floodwater.",
                "The SES",
                "urged",
                "",
            )
        ],
        [
            (
                "Yarrawinga State High School and Kelsoby State School will be closed on Monday, the Department of Education said.",
                "the Department of Education",
                "said",
                "W",
            )
        ],
        [("More on this story", "", "", "B")],
        [("Insurance claims: what to do after storm damage", "", "", "B")],
        [("Storm season outlook: more severe weather on the way for the south-east", "", "", "B")],
        [("Download the Jabiru News app for breaking news alerts.", "", "", "B")],
        [
            ("Got a photo or video of the storm?", "", "", "B"),
            ("Send it to us at newsdesk@jabirunews.com.au", "", "", "B"),
        ],
        [
            (
                "Jabiru News acknowledges the Traditional Owners of the lands on which we live and work.",
                "",
                "",
                "B",
            )
        ],
        [("© Jabiru Broadcasting Pty Ltd 2026", "", "", "B")],
        [("Privacy  |  Terms of use  |  Contact us  |  Advertise with us", "", "", "B")],
    ],
    [  # 5. Wire service's page from Malaysia, palm oil exports fall in September
        [("THEODOLITE NEWSWIRE", "", "", "B")],
        [("World   Business   Markets   Commodities   Sustainability   Legal   More", "", "", "B")],
        [("Commodities", "", "", "B")],
        [
            (
                "Malaysia's palm oil exports fall 9% in September, surveyor says",
                "Enggang Cargo Surveyors Sdn Bhd",
                "says",
                "W",
            )
        ],
        [("By Amirul Hakim Razlan and Vivienne Tharmalingam", "", "", "B")],
        [("October 1, 2026 5:41 PM GMT+8", "", "", "B")],
        [("Updated 2 hours ago", "", "", "B")],
        [
            (
                "KUALA LUMPUR, Oct 1 (Theodolite) - Malaysia's palm oil exports in September fell 9.1% from August to 1,286,450 metric tons, cargo surveyor Enggang Cargo Surveyors Sdn Bhd said on Thursday, as demand from India slowed.",
                "Enggang Cargo Surveyors Sdn Bhd",
                "said",
                "W",
            )
        ],
        [
            (
                "Shipments to India dropped 27.4% to 188,300 tons, while exports to China rose 6.2% to 201,900 tons, the data showed.",
                "the data",
                "showed",
                "W",
            ),
            ("Exports to the European Union rose 3.1% to 119,700 tons.", "", "", "W"),
        ],
        [
            (
                "Another surveyor, Tenggiri Inspection Services Sdn Bhd, estimated September exports at 1,301,880 tons, down 8.4% from August.",
                "Tenggiri Inspection Services Sdn Bhd",
                "estimated",
                "W",
            )
        ],
        [
            (
                "The benchmark palm oil contract for December delivery on Bursa Malaysia Derivatives fell 41 ringgit, or 0.9%, to 4,312 ringgit ($1,021.80) a metric ton by the midday break.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“India has enough stock for October, and soyoil is cheaper again, so buyers are waiting,” said a Kuala Lumpur-based trader, who asked not to be named because he was not authorised to speak to the media.",
                "a Kuala Lumpur-based trader",
                "said",
                "W",
            )
        ],
        [
            (
                "India, the world's largest buyer of vegetable oils, imported 642,000 tons of palm oil in August, down from 815,000 tons in July, according to the Indian Edible Oil Importers' Forum.",
                "the Indian Edible Oil Importers' Forum",
                "according to",
                "W",
            )
        ],
        [
            (
                "“Why would anyone buy palm now when soyoil is at a discount?” said a Mumbai-based dealer.",
                "a Mumbai-based dealer",
                "said",
                "",
            )
        ],
        [
            (
                "Palm oil stocks in Malaysia at the end of August stood at 2.14 million tons, the highest in 11 months, according to the Malaysian Palm Oil Board (MPOB).",
                "the Malaysian Palm Oil Board (MPOB)",
                "according to",
                "W",
            ),
            ("The board will publish its September supply and demand data on Oct 12.", "", "", "W"),
        ],
        [
            (
                "A Theodolite survey published last week forecast end-September stocks at 2.21 million tons.",
                "A Theodolite survey published last week",
                "forecast",
                "W",
            )
        ],
        [
            (
                "“Production is still rising seasonally, so stocks will build further into November,” said Aiman Zulhilmi, head of plantation research at Jelutong Securities Bhd.",
                "Aiman Zulhilmi",
                "said",
                "",
            ),
            (
                "He expects prices to trade between 4,150 and 4,450 ringgit until the end of the year.",
                "Aiman Zulhilmi",
                "expects",
                "",
            ),
        ],
        [
            (
                "Rival soyoil on the Dalian Commodity Exchange fell 0.6%, while soyoil futures on the Chicago Board of Trade were up 0.3% in Asian trade.",
                "",
                "",
                "W",
            ),
            (
                "Chicago prices were supported by a government report on Wednesday that showed lower-than-expected soybean stocks in the U.S.",
                "",
                "",
                "W",
            ),
            (
                "Palm oil usually trades at a discount to soyoil, and buyers switch between the two when the gap narrows.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Seladang Smallholders' Association said on Wednesday that a shortage of harvesters had left about 8% of fresh fruit bunches unharvested on members' farms in August.",
                "The Seladang Smallholders' Association",
                "said",
                "W",
            ),
            (
                "Its president, Datuk Azmir Hashimuddin-Teh, said members “cannot wait another season” for the government to speed up work permits for foreign harvesters.",
                "Azmir Hashimuddin-Teh",
                "said",
                "",
            ),
        ],
        [("Palm oil is used in cooking oil, margarine, soap and biodiesel.", "", "", "W")],
        [
            (
                "(Reporting by Amirul Hakim Razlan in Kuala Lumpur; Additional reporting by Vivienne Tharmalingam in Singapore; Editing by Martin K. Aldcroft-Shand)",
                "",
                "",
                "B",
            )
        ],
        [("Our Standards: The Theodolite Trust Code.", "", "", "B")],
        [("Purchase Licensing Rights", "", "", "B")],
        [("Amirul Hakim Razlan", "", "", "B")],
        [
            (
                "Amirul covers palm oil, rubber and Malaysian equities from Kuala Lumpur.",
                "",
                "",
                "B",
            ),
            (
                "He joined Theodolite in 2019 after six years at a local business daily.",
                "",
                "",
                "B",
            ),
        ],
        [("Read Next", "", "", "B")],
        [("Indonesia keeps palm oil export levy unchanged for October", "", "", "B")],
        [("Rubber futures slip as yen firms; Thai supply worries ease", "", "", "B")],
        [("Cocoa grinders cut forecasts as bean prices hold near record", "", "", "B")],
        [("Site Index", "", "", "B")],
        [
            (
                "Business   Markets   World   Legal   Technology   Investigations   Sports",
                "",
                "",
                "B",
            )
        ],
        [("© 2026 Theodolite Newswire.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Indian business paper's site in Mumbai, a paint maker's second-quarter results
        [("Vyavsay Post", "", "", "B")],
        [
            (
                "Markets | Companies | Economy | Industry | Tech | Personal Finance | Opinion | ePaper",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Sensex 81,402.15 ▲212.40 (0.26%)  |  Nifty 24,861.30 ▲58.95 (0.24%)  |  USD/INR 88.41",
                "",
                "",
                "B",
            )
        ],
        [("Home / Companies / News", "", "", "B")],
        [
            (
                "Suryodaya Paints Q2 profit rises 14% to Rs 412 crore on small-town demand; shares up 3%",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Revenue from operations grows 9.8% YoY to Rs 3,286 crore; managing director says decorative volumes grew in double digits for a second straight quarter",
                "Vikram A. Deshpande-Rajadhyaksha",
                "says",
                "W",
            )
        ],
        [("By Ritika Shenoy-Bhavsar  |  Mumbai", "", "", "B")],
        [("Updated: 05 Nov 2026, 07:18 PM IST", "", "", "B")],
        [("Follow us  |  Share  |  Font size  A-  A+", "", "", "B")],
        [("3 min read", "", "", "B")],
        [
            (
                "Suryodaya Paints Ltd. on Thursday reported a 14.2% year-on-year rise in consolidated net profit to Rs 412.6 crore for the quarter ended September 30, helped by lower raw material costs and stronger demand in smaller towns.",
                "Suryodaya Paints Ltd.",
                "reported",
                "W",
            )
        ],
        [
            (
                "Revenue from operations rose 9.8% to Rs 3,286.4 crore from Rs 2,993.1 crore a year earlier, the company said in a regulatory filing.",
                "the company",
                "said in a regulatory filing",
                "W",
            ),
            ("Ebitda margin widened 160 basis points to 19.4%.", "", "", "W"),
        ],
        [
            (
                "Shares of the company closed 3.1% higher at Rs 2,148.35 on the NSE ahead of the results, which were announced after market hours.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Managing director and CEO Vikram A. Deshpande-Rajadhyaksha told analysts on a post-results call that decorative paint volumes grew 11% in the quarter, the second straight quarter of double-digit growth.",
                "Vikram A. Deshpande-Rajadhyaksha",
                "told analysts",
                "W",
            ),
            (
                "“Small-town India is painting again,” he said.",
                "Vikram A. Deshpande-Rajadhyaksha",
                "said",
                "",
            ),
            (
                "“Towns with fewer than one lakh people gave us 38% of decorative sales this quarter, vs. 33% a year ago.”",
                "Vikram A. Deshpande-Rajadhyaksha",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the company would commission its new plant at Nandurwadi, Maharashtra, with a capacity of 180 million litres a year, by March 2027.",
                "Vikram A. Deshpande-Rajadhyaksha",
                "said",
                "W",
            ),
            (
                "Capital expenditure for FY27 is budgeted at Rs 1,150 crore, of which Rs 610 crore had been spent by September, he said.",
                "Vikram A. Deshpande-Rajadhyaksha",
                "said",
                "W",
            ),
        ],
        [
            (
                "Also Read: Paint stocks: Why brokerages are turning bullish on the sector after three years",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Analysts at Sandalwood Securities said the results were “ahead of our estimates on every line” and raised their target price on the stock to Rs 2,460 from Rs 2,310.",
                "Analysts at Sandalwood Securities",
                "said",
                "W",
            ),
            (
                "“The worst of the raw material inflation is behind the sector,” they wrote in a note to clients.",
                "Analysts at Sandalwood Securities",
                "wrote in a note to clients",
                "",
            ),
        ],
        [
            (
                "Neha Gadgil-Barua, research analyst at Tirthankar Capital Pvt. Ltd., said new entrants had pushed the industry's dealer discounts up by 150 to 200 basis points since April.",
                "Neha Gadgil-Barua",
                "said",
                "W",
            ),
            (
                "“Margins will stay under some pressure in the second half,” she said.",
                "Neha Gadgil-Barua",
                "said",
                "",
            ),
        ],
        [
            (
                "Crude oil derivatives such as monomers and solvents make up about 45% of a paint maker's raw material costs.",
                "",
                "",
                "W",
            ),
            (
                "Titanium dioxide prices fell about 12% during the quarter, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The board declared an interim dividend of Rs 6.50 per share, with November 18 as the record date.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Asked whether price cuts were likely, Deshpande-Rajadhyaksha said: “Why would we cut prices when volumes are growing?”",
                "Vikram A. Deshpande-Rajadhyaksha",
                "said",
                "",
            )
        ],
        [
            (
                "Suryodaya, India's fourth-largest decorative paint maker by revenue, sells through about 71,000 dealers.",
                "",
                "",
                "W",
            ),
            (
                "For the six months ended September, its net profit rose 11.6% to Rs 781.2 crore.",
                "",
                "",
                "W",
            ),
        ],
        [("(With inputs from agencies)", "", "", "B")],
        [
            (
                "Disclaimer: The views and recommendations made above are those of individual analysts or broking companies, and not of Vyavsay Post.",
                "",
                "",
                "B",
            ),
            (
                "We advise investors to check with certified experts before making any investment decisions.",
                "",
                "",
                "B",
            ),
        ],
        [("Topics", "", "", "B")],
        [("Suryodaya Paints  Q2 results  Paint stocks  Earnings", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Gold rate today: Prices fall Rs 430 per 10 grams in Mumbai", "", "", "B")],
        [
            (
                "IPO watch: Three SME issues open this week; grey market signals listing gains",
                "",
                "",
                "B",
            )
        ],
        [
            ("Copyright © 2026 Samvaad Publications Pvt. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [  # 7. Scottish football site, a League Two match report
        [("FITBA DISPATCH", "", "", "B")],
        [("Scores   Fixtures   Tables   Transfers   Women's   Podcast", "", "", "B")],
        [("Football  ›  League Two", "", "", "B")],
        [
            (
                "Balgowrie Athletic 2-1 Strathdrummie United: late Kinghorn header sends Athletic top",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Substitute Ewan Kinghorn scored two minutes from time as Balgowrie came from behind to go a point clear in League Two.",
                "",
                "",
                "W",
            )
        ],
        [("By Struan Halkett-Moodie", "", "", "B")],
        [("Sat 24 Oct 2026, 17:09", "", "", "B")],
        [("Share   |   Comments (14)", "", "", "B")],
        [
            (
                "Ewan Kinghorn celebrates his winner in front of the home support at Cairnpark.",
                "",
                "",
                "",
            )
        ],
        [("Picture: Malky Dunsinane / Fitba Dispatch", "", "", "B")],
        [
            (
                "Ewan Kinghorn's header in the 88th minute gave Balgowrie Athletic a 2-1 win over Strathdrummie United at Cairnpark on Saturday and took them a point clear of Kilrennie Town at the top of League Two.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Strathdrummie took the lead on 23 minutes through Aiden Carnwath, who turned in a low cross from the left.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Balgowrie levelled on the stroke of half-time when Lewis Pitkethly-Kuffour's penalty went in off the post, after Carnwath was judged to have handled in the box.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The home side had 19 shots to United's six, eight of them on target, according to the league's match data.",
                "the league's match data",
                "according to",
                "W",
            )
        ],
        [
            (
                "Both sides had chances after the break, and United goalkeeper Kyle Brannan-Nketia made two fine saves from Pitkethly-Kuffour.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Kinghorn, who came on in the 71st minute, met a corner from D. J. Osiberu-Frain at the near post for his fourth goal of the season.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Balgowrie manager Gordon Balcanquhal-Rait said: “That's what we've been working on all week!",
                "Gordon Balcanquhal-Rait",
                "said",
                "",
            ),
            (
                "Near post, attack it, and the big man does the rest.”",
                "Gordon Balcanquhal-Rait",
                "said",
                "",
            ),
        ],
        [
            ("“Are we favourites now?", "Gordon Balcanquhal-Rait", "added", ""),
            ("I don't care, honestly,” he added.", "Gordon Balcanquhal-Rait", "added", ""),
        ],
        [
            (
                "Strathdrummie manager Derek Lumphanan-Iheme was unhappy with the penalty decision.",
                "",
                "",
                "",
            ),
            (
                "“It hits his chest, not his arm, and the referee's 30 yards away?” he told Fitba Dispatch.",
                "Derek Lumphanan-Iheme",
                "told Fitba Dispatch",
                "",
            ),
            (
                "“We've lost three games this season to goals in the last five minutes.”",
                "Derek Lumphanan-Iheme",
                "told Fitba Dispatch",
                "W",
            ),
        ],
        [
            (
                "Balgowrie have 31 points from 14 games, one more than Kilrennie, who drew 0-0 with Glenmuir Albion on Friday night.",
                "",
                "",
                "W",
            ),
            ("Strathdrummie are sixth with 19 points.", "", "", "W"),
        ],
        [("The crowd of 1,412 was Cairnpark's biggest of the season.", "", "", "W")],
        [("Balgowrie travel to Kilrennie next Saturday, kick-off 3pm.", "", "", "W")],
        [("Line-ups", "", "", "B")],
        [
            (
                "Balgowrie Athletic: Gilfillan; Thorburn, Macindoe-Baah, Dryburgh, Urie; Osiberu-Frain, Hallyburton, Buick (Kinghorn 71); Pitkethly-Kuffour, Lundin, Crail-Donkor.",
                "",
                "",
                "",
            )
        ],
        [("Subs not used: Crombie-Arrol, Leitch, Meikle, Balfour-Njoku.", "", "", "")],
        [
            (
                "Strathdrummie United: Brannan-Nketia; Kinnesswood, Dunecht-Akoto, Rossie, Fernie; Carnwath, Ogston-Tett, Brechin (Smeaton 77); Auldhame, Pitcullen, Inchcape.",
                "",
                "",
                "",
            )
        ],
        [("Subs not used: Goodbrand, McBirnie, Smillie-Obiwe.", "", "", "")],
        [("Referee: Graeme T. Liddell-Rorison.", "", "", "")],
        [("Attendance: 1,412.", "", "", "")],
        [("League Two: top six", "", "", "B")],
        [("Pos   Team   P   W   D   L   GD   Pts", "", "", "B")],
        [("1   Balgowrie Athletic   14   9   4   1   +13   31", "", "", "")],
        [("2   Kilrennie Town   14   9   3   2   +11   30", "", "", "")],
        [("3   Glenmuir Albion   14   7   4   3   +6   25", "", "", "")],
        [("4   Portgower Harriers   14   6   4   4   +2   22", "", "", "")],
        [("5   Auchenvey Rovers   14   5   5   4   +3   20", "", "", "")],
        [("6   Strathdrummie United   14   5   4   5   -1   19", "", "", "")],
        [("Comments (14)", "", "", "B")],
        [("Sign in or register to comment.", "", "", "B")],
        [("Bal_Til_I_Die · 2h ago", "", "", "B")],
        [("Kinghorn has to start next week.", "", "", "B"), ("Simple as that.", "", "", "B")],
        [("Reply · Like (23)", "", "", "B")],
        [("More League Two", "", "", "B")],
        [("Kilrennie and Glenmuir share the points in Friday night stalemate", "", "", "B")],
        [("Portgower boss: ‘We need bodies in January’", "", "", "B")],
        [
            ("© Fitba Dispatch Media Ltd 2026.", "", "", "B"),
            ("Registered in Scotland No. SC612907.", "", "", "B"),
        ],
    ],
    [  # 8. English tabloid's site, a pensioner wins an eight-year row over a neighbour's 40ft hedge
        [("The Daily Bellow", "", "", "B")],
        [("News   Sport   TV & Showbiz   Money   Travel   Puzzles   Shop", "", "", "B")],
        [("News  ›  UK News", "", "", "B")],
        [("EXCLUSIVE", "", "", "B")],
        [
            ("‘IT'S LIKE LIVING IN A CAVE!’", "", "", ""),
            ("Gran wins eight-year war over neighbour's 40ft hedge", "", "", "W"),
        ],
        [
            (
                "Pensioner, 74, says she has not seen the sun in her back garden since 2018 – now the council has ordered her neighbour to cut his leylandii to 12ft",
                "Maureen Pettingell-Gask",
                "says",
                "W",
            )
        ],
        [("By Kerry-Ann Blaydon-Otuomagie", "", "", "B")],
        [("Senior Reporter", "", "", "B")],
        [("20:14, 7 Mar 2026  |  Updated 21:02, 7 Mar 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("86 comments", "", "", "B")],
        [("Maureen Pettingell-Gask in her back garden, in the shadow of the hedge", "", "", "")],
        [("Image: Bellow/Dean Wolsey-Anwar", "", "", "B")],
        [
            (
                "A GRAN has won an eight-year battle with her neighbour over a monster hedge that has blocked the sun from her garden.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Maureen Pettingell-Gask, 74, complained to Hollowbeck Borough Council about the 40ft leylandii next door in 2018, in 2021 and again last year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Council officers measured the hedge at 12.3 metres – just over 40ft – in January, and last week issued a remedial notice ordering it to be cut to 3.7m (12ft) by May 31.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The retired dinner lady told The Bellow: “I've got a washing line I can't use and tomatoes that won't ripen.",
                "Maureen Pettingell-Gask",
                "told The Bellow",
                "",
            ),
            ("It's like living in a cave!”", "Maureen Pettingell-Gask", "told The Bellow", ""),
        ],
        [
            ("“Eight years I've been asking.", "Maureen Pettingell-Gask", "said", "W"),
            ("Eight years!", "Maureen Pettingell-Gask", "said", ""),
            ("Why did it take them so long?” she said.", "Maureen Pettingell-Gask", "said", ""),
        ],
        [
            (
                "Neighbour Clive Oglethorpe-Tapsley, 58, who planted the trees in 2004, said he would appeal.",
                "Clive Oglethorpe-Tapsley",
                "said",
                "",
            ),
            (
                "“They give me privacy and they were here before she moved in!” he said.",
                "Clive Oglethorpe-Tapsley",
                "said",
                "",
            ),
            (
                "He said he had already had the hedge cut back by 2m in 2022, at a cost of £1,800.",
                "Clive Oglethorpe-Tapsley",
                "said",
                "",
            ),
        ],
        [
            (
                "A Hollowbeck Borough Council spokesperson said: “The council has a duty under the Anti-social Behaviour Act 2003 to act where a high hedge unreasonably affects a neighbour's reasonable enjoyment of their home.",
                "A Hollowbeck Borough Council spokesperson",
                "said",
                "W",
            ),
            (
                "“The owner has a right of appeal to the Planning Inspectorate within 28 days of the notice.”",
                "A Hollowbeck Borough Council spokesperson",
                "said",
                "W",
            ),
        ],
        [("READ MORE", "", "", "B")],
        [("Man who built 30ft ‘Eiffel Tower’ in back garden told to take it down", "", "", "B")],
        [
            (
                "Failing to comply with a remedial notice can lead to a fine of up to £1,000, the council said.",
                "the council",
                "said",
                "W",
            )
        ],
        [
            (
                "Councils in England received 1,126 high hedge complaints last year, according to figures obtained by The Bellow under freedom of information rules.",
                "figures obtained by The Bellow under freedom of information rules",
                "according to",
                "W",
            )
        ],
        [
            (
                "Ward councillor Cllr Pauline Utteridge-Belgrave said: “Nobody wants to see neighbours fall out, but eight years is ridiculous.”",
                "Pauline Utteridge-Belgrave",
                "said",
                "",
            )
        ],
        [
            (
                "Maureen, a widow with three grandchildren, added: “I just want to hang my sheets out and sit in the sun with a cup of tea.",
                "Maureen Pettingell-Gask",
                "added",
                "",
            ),
            ("Is that too much to ask?”", "Maureen Pettingell-Gask", "added", ""),
        ],
        [
            ("Got a neighbour dispute?", "", "", "B"),
            ("Email us at newsdesk@dailybellow.co.uk", "", "", "B"),
        ],
        [
            (
                "Sign up to The Bellow's morning briefing for the biggest stories in your inbox",
                "",
                "",
                "B",
            )
        ],
        [("SIGN UP", "", "", "B")],
        [
            (
                "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
                "",
                "",
                "B",
            ),
            ("Read our Privacy Notice.", "", "", "B"),
        ],
        [("MOST READ", "", "", "B")],
        [("1", "", "", "B")],
        [("Soap star ties the knot in secret seaside ceremony", "", "", "B")],
        [("2", "", "", "B")],
        [("Lottery couple's £4m win lost in washing machine – then found in dog bed", "", "", "B")],
        [("3", "", "", "B")],
        [("Heatwave warning: Britain set for hottest March day since records began", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Most liked  |  Newest  |  Oldest", "", "", "B")],
        [("hedgehog1962", "", "", "B")],
        [("Good on her.", "", "", "B"), ("40ft is ridiculous.", "", "", "B")],
        [("Reply  ·  212 likes", "", "", "B")],
        [
            ("The Daily Bellow is part of Bellow Media Group.", "", "", "B"),
            ("© 2026 Bellow Media Group Ltd", "", "", "B"),
        ],
    ],
    [  # 9. Nigerian digital-native news site in Lagos, app drivers log off for 48 hours over platform commission
        [("ÌTÀN NOW", "", "", "B")],
        [("News   Politics   Business   Tech   Culture   Explainers   Newsletters", "", "", "B")],
        [("Support independent journalism →", "", "", "B")],
        [("TECH", "", "", "B")],
        [("Lagos ride-hailing drivers log off for 48 hours over 25% commission", "", "", "W")],
        [
            (
                "The drivers' union says more than 6,000 drivers have joined the strike; ZipRide calls it ‘unnecessary’",
                "Adebayo Ogunmola-Ekpo",
                "says",
                "W",
            )
        ],
        [("By Chiamaka Nwaorgu-Famuyiwa", "", "", "B")],
        [("September 22, 2026", "", "", "B")],
        [("5 min read", "", "", "B")],
        [("Key points", "", "", "B")],
        [
            (
                "• More than 6,000 drivers logged off from 6 a.m. on Tuesday, the union says.",
                "The Lagos App Drivers' Union (LADU)",
                "says",
                "W",
            )
        ],
        [("• Drivers want the platforms' commission cut to 15%.", "", "", "W")],
        [
            (
                "• ZipRide says it raised fares by 18% in July to cover fuel costs.",
                "ZipRide",
                "says",
                "W",
            )
        ],
        [
            (
                "Thousands of ride-hailing drivers in Lagos switched off their apps at 6 a.m. on Tuesday, the start of a 48-hour strike over the commission the two biggest platforms take from each trip.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Lagos App Drivers' Union (LADU) said more than 6,000 of its 9,400 members had joined the strike by midday.",
                "The Lagos App Drivers' Union (LADU)",
                "said",
                "W",
            ),
            (
                "Its chairman, Adebayo Ogunmola-Ekpo, said a full-time driver spends between ₦62,000 and ₦75,000 a week on fuel, and that after the commission many take home less than ₦40,000.",
                "Adebayo Ogunmola-Ekpo",
                "said",
                "W",
            ),
        ],
        [
            ("“We are not begging.", "Adebayo Ogunmola-Ekpo", "said", ""),
            (
                "We are asking for what is fair!” he said at a rally outside ZipRide's office on Ajanaku Close.",
                "Adebayo Ogunmola-Ekpo",
                "said",
                "",
            ),
        ],
        [
            (
                "ZipRide, which launched in Lagos in 2019, takes 25% of every fare; Gomo takes 22% on standard rides and 25% on its premium service.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In a statement, ZipRide said the strike was “unnecessary” because it had raised fares by 18% in July and drivers kept “every naira” of that increase.",
                "ZipRide",
                "said",
                "W",
            ),
            (
                "It said the average driver on its platform earned ₦131,500 a week before costs in August.",
                "ZipRide",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gomo did not respond to emails and calls on Tuesday.",
                "Gomo",
                "did not respond to emails and calls",
                "",
            )
        ],
        [("READ ALSO: Why your ride-hailing fare doubled in 2025, explained", "", "", "B")],
        [
            (
                "Funmilayo Adetoro-Okon, 34, who has driven for both platforms since 2022, said she borrowed ₦1.8 million from a cooperative society to buy her car.",
                "Funmilayo Adetoro-Okon",
                "said",
                "",
            ),
            (
                "“After fuel, commission and the loan, what am I taking home?” she asked.",
                "Funmilayo Adetoro-Okon",
                "asked",
                "",
            ),
            ("“Some weeks it's ₦25,000.", "Funmilayo Adetoro-Okon", "said", ""),
            ("Some weeks nothing,” she said.", "Funmilayo Adetoro-Okon", "said", ""),
        ],
        [
            (
                "Several riders said they had waited more than 40 minutes for a car on Tuesday morning.",
                "Several riders",
                "said",
                "",
            ),
            (
                "ZipRide's app showed surge pricing of up to 2.4 times the normal fare on the mainland at 8 a.m.",
                "",
                "",
                "W",
            ),
            (
                "A banker, Tobi Okusanya-Ilechukwu, said he paid ₦9,800 for a trip to his office that usually costs about ₦4,000.",
                "Tobi Okusanya-Ilechukwu",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Lagos State Ministry of Transportation said the ministry had invited the union and both companies to a meeting on Thursday at 10 a.m.",
                "A spokesperson for the Lagos State Ministry of Transportation",
                "said",
                "W",
            ),
            (
                "The ministry has no power to set commission rates, the spokesperson said.",
                "A spokesperson for the Lagos State Ministry of Transportation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under state rules, every e-hailing driver in Lagos must renew a permit each year, at a cost of ₦28,500.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Dr. Ifeoma Ajuluchukwu-Etim, a transport economist at the Odan Policy Centre, said platforms in Kenya and Ghana had cut their commission to between 15% and 18% after similar strikes.",
                "Ifeoma Ajuluchukwu-Etim",
                "said",
                "W",
            ),
            (
                "“The question is whether the companies can make money at 15%.",
                "Ifeoma Ajuluchukwu-Etim",
                "said",
                "",
            ),
            ("I'm not sure they can,” she said.", "Ifeoma Ajuluchukwu-Etim", "said", ""),
        ],
        [
            (
                "The union said the strike would end at 6 a.m. on Thursday.",
                "The union",
                "said",
                "W",
            ),
            (
                "Drivers would stop work for a full week from October 1 if there was no agreement by then, it said.",
                "The Lagos App Drivers' Union (LADU)",
                "said",
                "",
            ),
        ],
        [("Support our journalism", "", "", "B")],
        [
            ("Ìtàn Now is funded by readers like you.", "", "", "B"),
            ("Become a member from ₦2,000 a month.", "", "", "B"),
        ],
        [("Join our WhatsApp channel for daily updates", "", "", "B")],
        [
            (
                "Chiamaka Nwaorgu-Famuyiwa is Ìtàn Now's technology and labour reporter.",
                "",
                "",
                "B",
            ),
            ("She covers the gig economy in Lagos.", "", "", "B"),
        ],
        [("More from Tech", "", "", "B")],
        [("Explainer: What the new data protection fines mean for fintech start-ups", "", "", "B")],
        [
            (
                "Kano start-up raises $3.2 million to bring solar fridges to market traders",
                "",
                "",
                "B",
            )
        ],
        [("Ìtàn Now is published by Ìtàn Media Ltd.", "", "", "B"), ("RC 1834466.", "", "", "B")],
    ],
    [  # 10. Irish public broadcaster's news site, a county council votes for pay parking in a seaside town
        [("Fuaim", "", "", "B")],
        [
            (
                "News   Sport   Entertainment   Business   Lifestyle   Culture   Player   Radio",
                "",
                "",
                "B",
            )
        ],
        [("News  ›  Regional  ›  Clare", "", "", "B")],
        [
            (
                "Pay parking to start in Carrigdoon from June after councillors vote 17-11",
                "",
                "",
                "W",
            )
        ],
        [("Updated / Wednesday, 18 Mar 2026 19:42", "", "", "B")],
        [("Aoife Ní Shúilleabháin-Clery", "", "", "B")],
        [("West of Ireland Correspondent", "", "", "B")],
        [("Listen to this article  (3 min)", "", "", "B")],
        [
            (
                "The seafront car park in Carrigdoon, where a charge of €2 an hour will apply from June",
                "",
                "",
                "W",
            )
        ],
        [("Image: Fuaim / Pádraig Ó Caoimh-Lonergan", "", "", "B")],
        [
            (
                "Clare County Council has voted to introduce pay parking in the seaside town of Carrigdoon from June 1, at a charge of €2 an hour in the town centre and on the seafront.",
                "",
                "",
                "W",
            ),
            (
                "The motion was passed by 17 votes to 11 at the council's monthly meeting on Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Charges will apply from 9 a.m. to 6 p.m., Monday to Saturday, and the first 30 minutes will be free.",
                "",
                "",
                "W",
            ),
            ("Parking on Sundays and bank holidays will remain free.", "", "", "W"),
        ],
        [
            (
                "Director of Services Ciarán Mac Ionnrachtaigh said the town had 412 public parking spaces and that surveys in August 2025 found 96% of them occupied between 11 a.m. and 4 p.m.",
                "Ciarán Mac Ionnrachtaigh",
                "said",
                "W",
            ),
            (
                "He said the charges were expected to raise about €310,000 a year, which would go towards a new footpath on the Seapoint Rd. and public toilets at the pier.",
                "Ciarán Mac Ionnrachtaigh",
                "said",
                "",
            ),
            (
                "“Carrigdoon is full every weekend from May to September.",
                "Ciarán Mac Ionnrachtaigh",
                "told the meeting",
                "W",
            ),
            (
                "Doing nothing isn't an option,” he told the meeting.",
                "Ciarán Mac Ionnrachtaigh",
                "told the meeting",
                "",
            ),
        ],
        [
            (
                "Cllr Nóirín Ní Loinsigh-Mungovan (Ind) said the charges would “drive people to the out-of-town supermarket”.",
                "Nóirín Ní Loinsigh-Mungovan",
                "said",
                "",
            ),
            (
                "“Who is going to pay €2 to collect a prescription?” she asked.",
                "Nóirín Ní Loinsigh-Mungovan",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Carrigdoon Traders' Association said 64 of its 81 members had signed a submission opposing the plan during the public consultation.",
                "The Carrigdoon Traders' Association",
                "said",
                "W",
            ),
            (
                "Its chairperson, Tadhg Ó Dálaigh-Hassett, who runs a pharmacy on Ballycar St., said footfall had fallen in other towns after charges were brought in.",
                "Tadhg Ó Dálaigh-Hassett",
                "said",
                "",
            ),
        ],
        [("Watch: Traders in Carrigdoon react to the council's decision (2:11)", "", "", "B")],
        [
            (
                "Marian Griffey-Talty, who lives on Friary St. in the town, said residents had been promised free permits.",
                "Marian Griffey-Talty",
                "said",
                "",
            ),
            ("“I'll believe it when I see it,” she said.", "Marian Griffey-Talty", "said", ""),
        ],
        [
            (
                "Visitors queuing for ice cream on the seafront on Wednesday afternoon were divided.",
                "",
                "",
                "",
            ),
            (
                "“Two euro is less than I'd pay at home in Dublin,” said Ruairí Kenirons-Dolan, who was visiting with his family.",
                "Ruairí Kenirons-Dolan",
                "said",
                "",
            ),
        ],
        [
            (
                "The council said residents of the town centre would be able to apply for a permit costing €60 a year, one per household.",
                "The council",
                "said",
                "W",
            )
        ],
        [
            (
                "A 2025 council survey found that 58% of visitors arrived by car from outside Co. Clare.",
                "A 2025 council survey",
                "found",
                "W",
            ),
            (
                "The same survey found the average stay was 2.4 hours.",
                "The same survey",
                "found",
                "W",
            ),
        ],
        [
            (
                "Carrigdoon will be the eighth town in the county with pay parking, according to council figures.",
                "council figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "Parking wardens will be employed by a contractor, Parkwise Éire Ltd., under a five-year contract worth €1.1 million.",
                "",
                "",
                "W",
            ),
            (
                "Disabled parking bays and electric vehicle charging bays will remain free.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Carrigdoon Parking Bye-Laws No. 2 of 2026 will go on public display next week, and the council will review the charges after 12 months.",
                "",
                "",
                "W",
            )
        ],
        [("Related topics", "", "", "B")],
        [("Clare County Council   Parking   Local government", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Councils raised €48m from parking charges last year, figures show", "", "", "B")],
        [("Plan for 40-bed nursing home in west Clare gets green light", "", "", "B")],
        [("Fuaim is not responsible for the content of external internet sites.", "", "", "B")],
        [("Fuaim – public service media for everyone in Ireland", "", "", "B")],
        [
            (
                "Accessibility  |  Complaints  |  Careers  |  Cookie settings  |  © Fuaim 2026",
                "",
                "",
                "B",
            )
        ],
    ],
    [  # 11. English edition of a Japanese daily, a rural third-sector rail line to be replaced by buses
        [("THE TŌZAI SHIMBUN  |  English Edition", "", "", "B")],
        [
            (
                "Japan   Politics   Business   Society   Culture   Sports   Opinion   Photo",
                "",
                "",
                "B",
            )
        ],
        [("SOCIETY", "", "", "B")],
        [
            (
                "Niigata mountain rail line to close in 2028, replaced by buses after 97 years",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Ridership fell to about 310 a day last fiscal year, operator says; residents' group calls the decision ‘a death sentence’ for the valley",
                "Tsukihama Railway Co.",
                "says",
                "W",
            )
        ],
        [("By HARUKA MINEKAWA / Staff Writer", "", "", "B")],
        [("November 28, 2026 at 07:00 JST", "", "", "B")],
        [("Share:  X  Facebook  LINE  Hatena  Print", "", "", "B")],
        [
            (
                "A two-car train on the Tsukihama Line crosses the Akanezawa River near Kamihinata Station in Tōgashima, Niigata Prefecture, on Nov. 20.",
                "",
                "",
                "",
            )
        ],
        [("(Kenji Oribeshima)", "", "", "B")],
        [
            (
                "TŌGASHIMA, Niigata Prefecture — The 34.6-kilometer Tsukihama Line, which has linked this mountain town with the coast since 1931, will close at the end of March 2028 and be replaced by buses, Tsukihama Railway Co. announced on Nov. 27.",
                "Tsukihama Railway Co.",
                "announced",
                "W",
            ),
            (
                "The third-sector company is owned 51 percent by Niigata Prefecture, 34 percent by the three municipalities along the line and 15 percent by local businesses.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Average daily ridership fell to 312 in fiscal 2025 from 1,480 in fiscal 1995, the company said, and the line lost 486 million yen in the year to March.",
                "the company",
                "said",
                "W",
            )
        ],
        [
            (
                "Company President Masaaki Urushibara said at a news conference in Tōgashima that the decision was “painful but unavoidable.”",
                "Masaaki Urushibara",
                "said at a news conference",
                "",
            ),
            (
                "“Even if every high school student in the valley took the train, we could not cover a third of our costs,” Urushibara said.",
                "Masaaki Urushibara",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the replacement buses would run 16 times a day in each direction, up from the train's 11, and would stop at the town hospital, which the railway does not serve.",
                "Masaaki Urushibara",
                "said",
                "W",
            ),
            (
                "The fare between Tōgashima and Tsukihama stations will stay at 880 yen, he said.",
                "Masaaki Urushibara",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Under national rules revised in 2023, local governments or rail operators can ask the transport ministry to set up a council to review the future of a struggling line.",
                "",
                "",
                "W",
            ),
            (
                "The council for the Tsukihama Line, which included officials of the Ministry of Land, Infrastructure, Transport and Tourism, met seven times from October 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sumiko Hoshikawa, 71, who heads the Tsukihama Line Friends' Association, said its members had collected 8,204 signatures asking for the line to be kept.",
                "Sumiko Hoshikawa",
                "said",
                "W",
            ),
            ("“Old people here don't drive.", "Sumiko Hoshikawa", "asked", ""),
            ("The bus will take twice as long in the snow.", "Sumiko Hoshikawa", "asked", ""),
            (
                "Did anyone on that council ever ride it in February?” she asked.",
                "Sumiko Hoshikawa",
                "asked",
                "",
            ),
        ],
        [
            (
                "Yuto Kaneshige, 17, a second-year student at Tōgashima Prefectural High School, takes the 6:52 a.m. train to school every day.",
                "",
                "",
                "",
            ),
            ("“I'll have to leave home 20 minutes earlier.", "Yuto Kaneshige", "said", ""),
            ("That's OK, I guess,” he said.", "Yuto Kaneshige", "said", ""),
        ],
        [
            (
                "Heavy snow shut the line on 23 days last winter, when replacement buses ran instead, according to the prefecture.",
                "the prefecture",
                "according to",
                "W",
            )
        ],
        [
            (
                "A prefectural official in charge of transport said the prefecture would pay 60 percent of the bus service's losses for its first 10 years.",
                "A prefectural official in charge of transport",
                "said",
                "W",
            )
        ],
        [
            (
                "Of the 41 local rail lines run by third-sector companies nationwide, nine have been converted to buses since 2000, according to a survey by The Tōzai Shimbun.",
                "a survey by The Tōzai Shimbun",
                "according to",
                "W",
            ),
            ("The last, in Shimane Prefecture, closed in 2024.", "", "", "W"),
        ],
        [
            (
                "Prof. Noriko Azumaya, who studies transport policy at Shirasagi University, said a line that closes almost never comes back.",
                "Noriko Azumaya",
                "said",
                "",
            ),
            (
                "She said bus services that replaced rail lines had lost an average of 30 percent of their passengers within five years.",
                "Noriko Azumaya",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company will hold briefings for residents in all three municipalities in December, starting on Dec. 6 at 2 p.m. at the Tōgashima Community Center.",
                "",
                "",
                "W",
            )
        ],
        [("Related articles", "", "", "B")],
        [("Rural bus routes cut as driver shortage deepens in Tohoku", "", "", "B")],
        [("PHOTO ESSAY: The last snowplow train on the Sea of Japan coast", "", "", "B")],
        [("About The Tōzai Shimbun English Edition", "", "", "B")],
        [
            (
                "The Tōzai Shimbun English Edition publishes translated and original articles from The Tōzai Shimbun, a national daily founded in 1889.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Copyright © The Tōzai Shimbun Company.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("No reproduction or republication without written permission.", "", "", "B"),
        ],
    ],
    [  # 12. Jamaican community news site, a rebuilt town market opens in St. Elizabeth
        [("Peliah Community Post", "", "", "B")],
        [
            (
                "Home  •  Community  •  Church & Schools  •  Sports  •  Notices  •  Contact Us",
                "",
                "",
                "B",
            )
        ],
        [("COMMUNITY", "", "", "B")],
        [
            (
                "Mount Peliah's new $86m market opens; vendors say stalls are too small",
                "several vendors",
                "say",
                "W",
            )
        ],
        [("Posted by Community Desk | Thursday, July 9, 2026", "", "", "B")],
        [("Share  •  WhatsApp  •  Facebook  •  Email", "", "", "B")],
        [("Vendors set up at the new Mount Peliah Market on Tuesday morning.", "", "", "")],
        [("Photo: Peliah Community Post", "", "", "B")],
        [
            (
                "More than 140 vendors moved into the new Mount Peliah Market on Tuesday, five years after a fire destroyed the old market on Hopeton Road.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The market, built by the St. Elizabeth Municipal Corporation at a cost of J$86.4 million, has 162 stalls, a cold room for meat and fish, and 24 public toilets.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Speaking at the opening ceremony on Tuesday, the Mayor, Councillor Delroy Whitelock-Sammons, said the market was “a promise kept to the people of Mount Peliah.”",
                "Delroy Whitelock-Sammons",
                "said",
                "",
            ),
            (
                "He said stall rents would be J$1,500 a week for the first year, half the rate at other municipal markets in the parish.",
                "Delroy Whitelock-Sammons",
                "said",
                "W",
            ),
        ],
        [
            (
                "But several vendors said the new stalls, at 1.8 metres by 1.5 metres, were smaller than the ones they had at the old market.",
                "several vendors",
                "said",
                "W",
            ),
            (
                "“Where am I supposed to put my yam and my breadfruit?",
                "Hyacinth Brammall-Walters",
                "asked",
                "",
            ),
            (
                "On my head?” asked Hyacinth Brammall-Walters, who has sold ground provisions in Mount Peliah for 31 years.",
                "Hyacinth Brammall-Walters",
                "asked",
                "",
            ),
            (
                "She said she had paid J$2,000 a week for a larger space at the temporary market.",
                "Hyacinth Brammall-Walters",
                "said",
                "W",
            ),
        ],
        [
            (
                "The municipal corporation's chief executive officer, Mrs. Sharmaine Goulbourne-Bucknor, said the stall sizes followed a design agreed with the Mount Peliah Vendors' Association in 2023.",
                "Sharmaine Goulbourne-Bucknor",
                "said",
                "W",
            ),
            (
                "“We listened, and we will keep listening,” she said.",
                "Sharmaine Goulbourne-Bucknor",
                "said",
                "",
            ),
            (
                "She said 12 larger corner stalls would be allocated by ballot on Saturday at 10 a.m.",
                "Sharmaine Goulbourne-Bucknor",
                "said",
                "W",
            ),
            (
                "Vendors who want to enter must register at the market office by Friday, she said.",
                "Sharmaine Goulbourne-Bucknor",
                "said",
                "W",
            ),
        ],
        [
            (
                "The association's president, Winston Feanny-Dalling, said 118 of its 150 members had taken stalls and the rest were still deciding.",
                "Winston Feanny-Dalling",
                "said",
                "W",
            ),
            ("“Overall, it's a good thing for the town.", "Winston Feanny-Dalling", "said", ""),
            ("The old market was a disgrace!” he said.", "Winston Feanny-Dalling", "said", ""),
        ],
        [
            (
                "The market has 38 parking spaces for customers and a loading bay, which trucks may use only between 5 a.m. and 8 a.m.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Rev. Dr. Lionel Hawthorne-Birchall, rector of St. Walstan's Anglican Church, blessed the building at the ceremony, which was attended by about 300 people.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The National Water Commission said the market was connected to its supply on June 30 and has a 10,000-gallon storage tank as a back-up.",
                "The National Water Commission",
                "said",
                "W",
            )
        ],
        [
            (
                "Shopper Marcia Eccleston-Gentles said she was glad to buy fish “under a proper roof, with a proper cold room.”",
                "Marcia Eccleston-Gentles",
                "said",
                "",
            )
        ],
        [
            (
                "The old market site on Hopeton Road will be cleared, and the corporation said the land would become a taxi park, due to open in 2027.",
                "the corporation",
                "said",
                "W",
            )
        ],
        [
            ("Share your photos of the new market!", "", "", "B"),
            ("Send them to news@peliahcommunitypost.com", "", "", "B"),
        ],
        [("NOTICES", "", "", "B")],
        [
            (
                "Mount Peliah Primary PTA meeting, Monday, July 13, 6 p.m., school canteen.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Funeral service for Mr. Alphonso Tomblin-Reeder, Saturday, July 11, 10 a.m., St. Walstan's Anglican Church.",
                "",
                "",
                "B",
            )
        ],
        [("Leave a Reply", "", "", "B")],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            (
                "Peliah Community Post is a volunteer-run news site for Mount Peliah and surrounding districts.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Copyright © 2026 Peliah Community Post.", "", "", "B"),
            ("Site by Ortanique Web Design.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h43-ke-question-asked-rider-split",
        "Simon Gicharu-Nyamu, chairman of the Umoja Matatu Owners' Welfare Association, said fuel accounts for about 45 per cent of a matatu's daily running costs. “Fares will go up by Sh10 or Sh20 on most routes from Wednesday, there is no other way,” he said. “How do you pay Sh193 for petrol and keep charging Sh80 from Ndunduini to town?” he asked.\nBrian Oluoch-Njiraini, who rides a boda boda in Ndunduini, said he now spends about Sh900 a day on fuel, up from Sh700 in June. “By the time I pay the owner, I go home with nothing. Who will help us?” he said.",
        [
            "Simon Gicharu-Nyamu, chairman of the Umoja Matatu Owners' Welfare Association, said fuel accounts for about 45 per cent of a matatu's daily running costs.",
            "“Fares will go up by Sh10 or Sh20 on most routes from Wednesday, there is no other way,” he said.",
            "“How do you pay Sh193 for petrol and keep charging Sh80 from Ndunduini to town?” he asked.",
            "Brian Oluoch-Njiraini, who rides a boda boda in Ndunduini, said he now spends about Sh900 a day on fuel, up from Sh700 in June.",
            "“By the time I pay the owner, I go home with nothing.",
            "Who will help us?” he said.",
        ],
    ),
    (
        "h43-ke-dr-ltd-said-exclaim-said",
        "Dr. Miriam Akoth-Lesuuda, an economist at Nduruma Research Associates Ltd., said the new prices could push inflation above 6 per cent in October. “Households will feel this first in food prices, because everything in this country moves by road,” she said.\nUnder the pricing rules, EPRA reviews pump prices on the 14th of every month, and the new prices take effect at midnight.\nKipsorok East MP Mercy Jepleting-Kirwa said she would table a motion on Tuesday asking the National Assembly to halve VAT on fuel. “Kenyans are being taxed twice on every litre!” she said.",
        [
            "Dr. Miriam Akoth-Lesuuda, an economist at Nduruma Research Associates Ltd., said the new prices could push inflation above 6 per cent in October.",
            "“Households will feel this first in food prices, because everything in this country moves by road,” she said.",
            "Under the pricing rules, EPRA reviews pump prices on the 14th of every month, and the new prices take effect at midnight.",
            "Kipsorok East MP Mercy Jepleting-Kirwa said she would table a motion on Tuesday asking the National Assembly to halve VAT on fuel.",
            "“Kenyans are being taxed twice on every litre!” she said.",
        ],
    ),
    (
        "h43-us-dateline-am-et-aug-caption",
        "Published 5:02 a.m. ET Aug. 1, 2026\nShare   Facebook   Email   X   Comment\nTraffic crosses the Wendlemire Creek bridge on County Road 17 north of Ashlocken on Thursday, July 30.\nDana Ruckleshaus-Zubiate/Ashlocken Courier\nASHLOCKEN, Ohio — The County Road 17 bridge over Wendlemire Creek will close to all traffic at 7 a.m. Monday for a $2.7 million replacement of its deck and beams, the Tuscarawen County engineer's office said.",
        [
            "Published 5:02 a.m. ET Aug. 1, 2026",
            "Share   Facebook   Email   X   Comment",
            "Traffic crosses the Wendlemire Creek bridge on County Road 17 north of Ashlocken on Thursday, July 30.",
            "Dana Ruckleshaus-Zubiate/Ashlocken Courier",
            "ASHLOCKEN, Ohio — The County Road 17 bridge over Wendlemire Creek will close to all traffic at 7 a.m. Monday for a $2.7 million replacement of its deck and beams, the Tuscarawen County engineer's office said.",
        ],
    ),
    (
        "h43-us-co-ends-jr-inside-exclaim",
        "Tuscarawen County commissioners awarded the contract on July 14 to Brundrett Bridge & Culvert Co. The Culbertson Township firm's bid was about $180,000 below the engineer's estimate.\nCommissioners approved the contract 2-1, with Commissioner Harold J. Szymborski Jr. voting no. Szymborski said he had asked the engineer to keep one lane open with temporary signals, which the engineer's office estimated would add six weeks and about $310,000 to the job. “Fourteen weeks is a long time for a farmer who has to haul grain around this thing in October!” he said.",
        [
            "Tuscarawen County commissioners awarded the contract on July 14 to Brundrett Bridge & Culvert Co.",
            "The Culbertson Township firm's bid was about $180,000 below the engineer's estimate.",
            "Commissioners approved the contract 2-1, with Commissioner Harold J. Szymborski Jr. voting no.",
            "Szymborski said he had asked the engineer to keep one lane open with temporary signals, which the engineer's office estimated would add six weeks and about $310,000 to the job.",
            "“Fourteen weeks is a long time for a farmer who has to haul grain around this thing in October!” he said.",
        ],
    ),
    (
        "h43-us-nov-initial-ave-ends",
        "Vandergrift-Nzeribe said “Businesses open” signs would go up at both ends of the detour, and that the contract pays a $2,500 bonus for each day the bridge reopens before its scheduled date, up to $50,000. “If they can beat Nov. 6, they get paid for it,” he said.\nSchool buses for the Fenner Mills Local School District will use the detour, and morning pickups on the north side of the creek will be 10 to 15 minutes earlier, Superintendent Dr. Gail Messerschmidt-Onuoha wrote in a letter to parents on Thursday.\nTamika R. Olufsen-Hargrave, the county's EMS director, said an ambulance will be stationed during the closure at the Fenner Mills volunteer fire station on Vanderveer Ave. The station is about 4 miles north of the bridge.",
        [
            "Vandergrift-Nzeribe said “Businesses open” signs would go up at both ends of the detour, and that the contract pays a $2,500 bonus for each day the bridge reopens before its scheduled date, up to $50,000.",
            "“If they can beat Nov. 6, they get paid for it,” he said.",
            "School buses for the Fenner Mills Local School District will use the detour, and morning pickups on the north side of the creek will be 10 to 15 minutes earlier, Superintendent Dr. Gail Messerschmidt-Onuoha wrote in a letter to parents on Thursday.",
            "Tamika R. Olufsen-Hargrave, the county's EMS director, said an ambulance will be stationed during the closure at the Fenner Mills volunteer fire station on Vanderveer Ave.",
            "The station is about 4 miles north of the bridge.",
        ],
    ),
    (
        "h43-ca-ns-dateline-feb-told-council",
        "PORT HEBBERT, N.S. — Residential water customers in Port Hebbert will pay about $4.20 more a month from April 1 if the Nova Scotia Utility and Review Board approves an increase town council endorsed on Tuesday.\nCouncil voted 6-1 at its Feb. 17 meeting to file the rate application, which would raise the base quarterly charge for a typical home to $117.88 from $105.25. Under the proposal, the consumption charge would rise to $2.31 per cubic metre from $2.06.\nChief administrative officer Ingrid Hallgrimsen-Muise told council the water utility lost $212,000 in 2025. She said it would run through its reserves by 2028 without an increase. The last increase, of 4 per cent, took effect in January 2019, she said.",
        [
            "PORT HEBBERT, N.S. — Residential water customers in Port Hebbert will pay about $4.20 more a month from April 1 if the Nova Scotia Utility and Review Board approves an increase town council endorsed on Tuesday.",
            "Council voted 6-1 at its Feb. 17 meeting to file the rate application, which would raise the base quarterly charge for a typical home to $117.88 from $105.25.",
            "Under the proposal, the consumption charge would rise to $2.31 per cubic metre from $2.06.",
            "Chief administrative officer Ingrid Hallgrimsen-Muise told council the water utility lost $212,000 in 2025.",
            "She said it would run through its reserves by 2028 without an increase.",
            "The last increase, of 4 per cent, took effect in January 2019, she said.",
        ],
    ),
    (
        "h43-ca-coun-quote-stop-st-ie",
        "Coun. Wade Pothier-Lowden, who chairs the town's infrastructure committee, said the increase was “overdue, frankly, by about three years.” He said the town replaced 1.2 km of cast-iron main on Lunenburg St. last summer at a cost of $1.9 million, i.e. about $1,580 a metre.\nThe lone vote against came from Coun. Marguerite Oickle-Burbidge, who said seniors on fixed incomes “can't keep absorbing these hits.” “What's next, the sewer rate?” she asked during the debate. Sewer rates are set separately and are not part of the application.",
        [
            "Coun. Wade Pothier-Lowden, who chairs the town's infrastructure committee, said the increase was “overdue, frankly, by about three years.”",
            "He said the town replaced 1.2 km of cast-iron main on Lunenburg St. last summer at a cost of $1.9 million, i.e. about $1,580 a metre.",
            "The lone vote against came from Coun. Marguerite Oickle-Burbidge, who said seniors on fixed incomes “can't keep absorbing these hits.”",
            "“What's next, the sewer rate?” she asked during the debate.",
            "Sewer rates are set separately and are not part of the application.",
        ],
    ),
    (
        "h43-ca-exclaim-st-ends-rd-line",
        "Resident Nolan Fitzner-Aberdour, who spoke during the public comment period, said his quarterly bill was already more than $140. “We're told to conserve, then we're charged more because we conserved!” he said.\nMayor Beverley Schofield-Nepia said the town will hold an information session on the new rates on March 4 at 7 p.m. at the fire hall on Hackmatack St. Refreshments will be served.\nThe utility board usually takes 10 to 14 weeks to rule on a small utility's rate application, the board's website says.\nIn 2025 the town issued two boil-water advisories, in May and in September, both after main breaks on the Harbour Rd. line. The plant draws from Tessaby Lake and treats about 1.1 million litres a day.",
        [
            "Resident Nolan Fitzner-Aberdour, who spoke during the public comment period, said his quarterly bill was already more than $140.",
            "“We're told to conserve, then we're charged more because we conserved!” he said.",
            "Mayor Beverley Schofield-Nepia said the town will hold an information session on the new rates on March 4 at 7 p.m. at the fire hall on Hackmatack St.",
            "Refreshments will be served.",
            "The utility board usually takes 10 to 14 weeks to rule on a small utility's rate application, the board's website says.",
            "In 2025 the town issued two boil-water advisories, in May and in September, both after main breaks on the Harbour Rd. line.",
            "The plant draws from Tessaby Lake and treats about 1.1 million litres a day.",
        ],
    ),
    (
        "h43-au-pm-times-ses-it-said",
        "Hailstones up to 6cm across fell on Yarrawinga, on the Darling Downs, from about 4.10pm on Sunday, according to the Bureau of Meteorology. The bureau recorded a wind gust of 104km/h at Yarrawinga airport at 4.22pm.\nQueensland's State Emergency Service (SES) said it had received 1,437 calls for help by 6am on Monday, most for damaged roofs and broken skylights. Crews from three neighbouring units were sent to help overnight.\nElectricity distributor Coralgrid said 23,400 homes and businesses lost power at the height of the storm and 6,150 were still without it at 8am. It said most would be reconnected by Tuesday night but some streets in the hardest-hit suburb, Kelsoby, could wait until Thursday.",
        [
            "Hailstones up to 6cm across fell on Yarrawinga, on the Darling Downs, from about 4.10pm on Sunday, according to the Bureau of Meteorology.",
            "The bureau recorded a wind gust of 104km/h at Yarrawinga airport at 4.22pm.",
            "Queensland's State Emergency Service (SES) said it had received 1,437 calls for help by 6am on Monday, most for damaged roofs and broken skylights.",
            "Crews from three neighbouring units were sent to help overnight.",
            "Electricity distributor Coralgrid said 23,400 homes and businesses lost power at the height of the storm and 6,150 were still without it at 8am.",
            "It said most would be reconnected by Tuesday night but some streets in the hardest-hit suburb, Kelsoby, could wait until Thursday.",
        ],
    ),
    (
        "h43-au-exclaim-alone-three-sentences",
        "SES area controller Mick Tolhay-Ferrando said volunteers had put tarps on more than 300 roofs overnight. “We've got people in their 80s with water coming through the ceiling, so they go first,” he said. “Please don't get up on the roof yourself!”\nAdvertisement\nKelsoby resident Shanelle Ezeani-Birchmore said hail broke 11 windows at her house and filled the pool with leaves and glass. “It sounded like someone was throwing bricks at the house. The kids were screaming. Honestly, I thought the roof was coming in,” she told Jabiru News.",
        [
            "SES area controller Mick Tolhay-Ferrando said volunteers had put tarps on more than 300 roofs overnight.",
            "“We've got people in their 80s with water coming through the ceiling, so they go first,” he said.",
            "“Please don't get up on the roof yourself!”",
            "Advertisement",
            "Kelsoby resident Shanelle Ezeani-Birchmore said hail broke 11 windows at her house and filled the pool with leaves and glass.",
            "“It sounded like someone was throwing bricks at the house.",
            "The kids were screaming.",
            "Honestly, I thought the roof was coming in,” she told Jabiru News.",
        ],
    ),
    (
        "h43-my-dateline-sdn-bhd-estimated",
        "KUALA LUMPUR, Oct 1 (Theodolite) - Malaysia's palm oil exports in September fell 9.1% from August to 1,286,450 metric tons, cargo surveyor Enggang Cargo Surveyors Sdn Bhd said on Thursday, as demand from India slowed.\nShipments to India dropped 27.4% to 188,300 tons, while exports to China rose 6.2% to 201,900 tons, the data showed. Exports to the European Union rose 3.1% to 119,700 tons.\nAnother surveyor, Tenggiri Inspection Services Sdn Bhd, estimated September exports at 1,301,880 tons, down 8.4% from August.",
        [
            "KUALA LUMPUR, Oct 1 (Theodolite) - Malaysia's palm oil exports in September fell 9.1% from August to 1,286,450 metric tons, cargo surveyor Enggang Cargo Surveyors Sdn Bhd said on Thursday, as demand from India slowed.",
            "Shipments to India dropped 27.4% to 188,300 tons, while exports to China rose 6.2% to 201,900 tons, the data showed.",
            "Exports to the European Union rose 3.1% to 119,700 tons.",
            "Another surveyor, Tenggiri Inspection Services Sdn Bhd, estimated September exports at 1,301,880 tons, down 8.4% from August.",
        ],
    ),
    (
        "h43-my-expects-us-ends-datuk",
        "“Production is still rising seasonally, so stocks will build further into November,” said Aiman Zulhilmi, head of plantation research at Jelutong Securities Bhd. He expects prices to trade between 4,150 and 4,450 ringgit until the end of the year.\nRival soyoil on the Dalian Commodity Exchange fell 0.6%, while soyoil futures on the Chicago Board of Trade were up 0.3% in Asian trade. Chicago prices were supported by a government report on Wednesday that showed lower-than-expected soybean stocks in the U.S. Palm oil usually trades at a discount to soyoil, and buyers switch between the two when the gap narrows.\nThe Seladang Smallholders' Association said on Wednesday that a shortage of harvesters had left about 8% of fresh fruit bunches unharvested on members' farms in August. Its president, Datuk Azmir Hashimuddin-Teh, said members “cannot wait another season” for the government to speed up work permits for foreign harvesters.",
        [
            "“Production is still rising seasonally, so stocks will build further into November,” said Aiman Zulhilmi, head of plantation research at Jelutong Securities Bhd.",
            "He expects prices to trade between 4,150 and 4,450 ringgit until the end of the year.",
            "Rival soyoil on the Dalian Commodity Exchange fell 0.6%, while soyoil futures on the Chicago Board of Trade were up 0.3% in Asian trade.",
            "Chicago prices were supported by a government report on Wednesday that showed lower-than-expected soybean stocks in the U.S.",
            "Palm oil usually trades at a discount to soyoil, and buyers switch between the two when the gap narrows.",
            "The Seladang Smallholders' Association said on Wednesday that a shortage of harvesters had left about 8% of fresh fruit bunches unharvested on members' farms in August.",
            "Its president, Datuk Azmir Hashimuddin-Teh, said members “cannot wait another season” for the government to speed up work permits for foreign harvesters.",
        ],
    ),
    (
        "h43-my-reporting-line-initial",
        "(Reporting by Amirul Hakim Razlan in Kuala Lumpur; Additional reporting by Vivienne Tharmalingam in Singapore; Editing by Martin K. Aldcroft-Shand)",
        [
            "(Reporting by Amirul Hakim Razlan in Kuala Lumpur; Additional reporting by Vivienne Tharmalingam in Singapore; Editing by Martin K. Aldcroft-Shand)"
        ],
    ),
    (
        "h43-in-ltd-reported-nse-initial",
        "Suryodaya Paints Ltd. on Thursday reported a 14.2% year-on-year rise in consolidated net profit to Rs 412.6 crore for the quarter ended September 30, helped by lower raw material costs and stronger demand in smaller towns.\nRevenue from operations rose 9.8% to Rs 3,286.4 crore from Rs 2,993.1 crore a year earlier, the company said in a regulatory filing. Ebitda margin widened 160 basis points to 19.4%.\nShares of the company closed 3.1% higher at Rs 2,148.35 on the NSE ahead of the results, which were announced after market hours.\nManaging director and CEO Vikram A. Deshpande-Rajadhyaksha told analysts on a post-results call that decorative paint volumes grew 11% in the quarter, the second straight quarter of double-digit growth. “Small-town India is painting again,” he said. “Towns with fewer than one lakh people gave us 38% of decorative sales this quarter, vs. 33% a year ago.”",
        [
            "Suryodaya Paints Ltd. on Thursday reported a 14.2% year-on-year rise in consolidated net profit to Rs 412.6 crore for the quarter ended September 30, helped by lower raw material costs and stronger demand in smaller towns.",
            "Revenue from operations rose 9.8% to Rs 3,286.4 crore from Rs 2,993.1 crore a year earlier, the company said in a regulatory filing.",
            "Ebitda margin widened 160 basis points to 19.4%.",
            "Shares of the company closed 3.1% higher at Rs 2,148.35 on the NSE ahead of the results, which were announced after market hours.",
            "Managing director and CEO Vikram A. Deshpande-Rajadhyaksha told analysts on a post-results call that decorative paint volumes grew 11% in the quarter, the second straight quarter of double-digit growth.",
            "“Small-town India is painting again,” he said.",
            "“Towns with fewer than one lakh people gave us 38% of decorative sales this quarter, vs. 33% a year ago.”",
        ],
    ),
    (
        "h43-in-pvt-ltd-said-forecast",
        "Analysts at Sandalwood Securities said the results were “ahead of our estimates on every line” and raised their target price on the stock to Rs 2,460 from Rs 2,310. “The worst of the raw material inflation is behind the sector,” they wrote in a note to clients.\nNeha Gadgil-Barua, research analyst at Tirthankar Capital Pvt. Ltd., said new entrants had pushed the industry's dealer discounts up by 150 to 200 basis points since April. “Margins will stay under some pressure in the second half,” she said.",
        [
            "Analysts at Sandalwood Securities said the results were “ahead of our estimates on every line” and raised their target price on the stock to Rs 2,460 from Rs 2,310.",
            "“The worst of the raw material inflation is behind the sector,” they wrote in a note to clients.",
            "Neha Gadgil-Barua, research analyst at Tirthankar Capital Pvt. Ltd., said new entrants had pushed the industry's dealer discounts up by 150 to 200 basis points since April.",
            "“Margins will stay under some pressure in the second half,” she said.",
        ],
    ),
    (
        "h43-in-pvt-ltd-ends-all-rights",
        "Copyright © 2026 Samvaad Publications Pvt. Ltd. All Rights Reserved.",
        ["Copyright © 2026 Samvaad Publications Pvt. Ltd.", "All Rights Reserved."],
    ),
    (
        "h43-sc-initials-exclaim-question",
        "Kinghorn, who came on in the 71st minute, met a corner from D. J. Osiberu-Frain at the near post for his fourth goal of the season.\nBalgowrie manager Gordon Balcanquhal-Rait said: “That's what we've been working on all week! Near post, attack it, and the big man does the rest.”\n“Are we favourites now? I don't care, honestly,” he added.",
        [
            "Kinghorn, who came on in the 71st minute, met a corner from D. J. Osiberu-Frain at the near post for his fourth goal of the season.",
            "Balgowrie manager Gordon Balcanquhal-Rait said: “That's what we've been working on all week!",
            "Near post, attack it, and the big man does the rest.”",
            "“Are we favourites now?",
            "I don't care, honestly,” he added.",
        ],
    ),
    (
        "h43-sc-question-told-outlet",
        "Strathdrummie manager Derek Lumphanan-Iheme was unhappy with the penalty decision. “It hits his chest, not his arm, and the referee's 30 yards away?” he told Fitba Dispatch. “We've lost three games this season to goals in the last five minutes.”",
        [
            "Strathdrummie manager Derek Lumphanan-Iheme was unhappy with the penalty decision.",
            "“It hits his chest, not his arm, and the referee's 30 yards away?” he told Fitba Dispatch.",
            "“We've lost three games this season to goals in the last five minutes.”",
        ],
    ),
    (
        "h43-sc-subs-referee-initial",
        "Subs not used: Goodbrand, McBirnie, Smillie-Obiwe.\nReferee: Graeme T. Liddell-Rorison.",
        [
            "Subs not used: Goodbrand, McBirnie, Smillie-Obiwe.",
            "Referee: Graeme T. Liddell-Rorison.",
        ],
    ),
    (
        "h43-uk-headline-quote-exclaim",
        "‘IT'S LIKE LIVING IN A CAVE!’ Gran wins eight-year war over neighbour's 40ft hedge",
        ["‘IT'S LIKE LIVING IN A CAVE!’", "Gran wins eight-year war over neighbour's 40ft hedge"],
    ),
    (
        "h43-uk-colon-quote-three-sentences",
        "The retired dinner lady told The Bellow: “I've got a washing line I can't use and tomatoes that won't ripen. It's like living in a cave!”\n“Eight years I've been asking. Eight years! Why did it take them so long?” she said.",
        [
            "The retired dinner lady told The Bellow: “I've got a washing line I can't use and tomatoes that won't ripen.",
            "It's like living in a cave!”",
            "“Eight years I've been asking.",
            "Eight years!",
            "Why did it take them so long?” she said.",
        ],
    ),
    (
        "h43-uk-added-colon-question-callout",
        "Maureen, a widow with three grandchildren, added: “I just want to hang my sheets out and sit in the sun with a cup of tea. Is that too much to ask?”\nGot a neighbour dispute? Email us at newsdesk@dailybellow.co.uk",
        [
            "Maureen, a widow with three grandchildren, added: “I just want to hang my sheets out and sit in the sun with a cup of tea.",
            "Is that too much to ask?”",
            "Got a neighbour dispute?",
            "Email us at newsdesk@dailybellow.co.uk",
        ],
    ),
    (
        "h43-ng-am-lead-union-exclaim",
        "Thousands of ride-hailing drivers in Lagos switched off their apps at 6 a.m. on Tuesday, the start of a 48-hour strike over the commission the two biggest platforms take from each trip.\nThe Lagos App Drivers' Union (LADU) said more than 6,000 of its 9,400 members had joined the strike by midday. Its chairman, Adebayo Ogunmola-Ekpo, said a full-time driver spends between ₦62,000 and ₦75,000 a week on fuel, and that after the commission many take home less than ₦40,000.\n“We are not begging. We are asking for what is fair!” he said at a rally outside ZipRide's office on Ajanaku Close.",
        [
            "Thousands of ride-hailing drivers in Lagos switched off their apps at 6 a.m. on Tuesday, the start of a 48-hour strike over the commission the two biggest platforms take from each trip.",
            "The Lagos App Drivers' Union (LADU) said more than 6,000 of its 9,400 members had joined the strike by midday.",
            "Its chairman, Adebayo Ogunmola-Ekpo, said a full-time driver spends between ₦62,000 and ₦75,000 a week on fuel, and that after the commission many take home less than ₦40,000.",
            "“We are not begging.",
            "We are asking for what is fair!” he said at a rally outside ZipRide's office on Ajanaku Close.",
        ],
    ),
    (
        "h43-ng-am-ends-banker-am-ends",
        "Several riders said they had waited more than 40 minutes for a car on Tuesday morning. ZipRide's app showed surge pricing of up to 2.4 times the normal fare on the mainland at 8 a.m. A banker, Tobi Okusanya-Ilechukwu, said he paid ₦9,800 for a trip to his office that usually costs about ₦4,000.\nA spokesperson for the Lagos State Ministry of Transportation said the ministry had invited the union and both companies to a meeting on Thursday at 10 a.m. The ministry has no power to set commission rates, the spokesperson said.",
        [
            "Several riders said they had waited more than 40 minutes for a car on Tuesday morning.",
            "ZipRide's app showed surge pricing of up to 2.4 times the normal fare on the mainland at 8 a.m.",
            "A banker, Tobi Okusanya-Ilechukwu, said he paid ₦9,800 for a trip to his office that usually costs about ₦4,000.",
            "A spokesperson for the Lagos State Ministry of Transportation said the ministry had invited the union and both companies to a meeting on Thursday at 10 a.m.",
            "The ministry has no power to set commission rates, the spokesperson said.",
        ],
    ),
    (
        "h43-ie-am-pm-monday-rd-told",
        "Charges will apply from 9 a.m. to 6 p.m., Monday to Saturday, and the first 30 minutes will be free. Parking on Sundays and bank holidays will remain free.\nDirector of Services Ciarán Mac Ionnrachtaigh said the town had 412 public parking spaces and that surveys in August 2025 found 96% of them occupied between 11 a.m. and 4 p.m. He said the charges were expected to raise about €310,000 a year, which would go towards a new footpath on the Seapoint Rd. and public toilets at the pier. “Carrigdoon is full every weekend from May to September. Doing nothing isn't an option,” he told the meeting.",
        [
            "Charges will apply from 9 a.m. to 6 p.m., Monday to Saturday, and the first 30 minutes will be free.",
            "Parking on Sundays and bank holidays will remain free.",
            "Director of Services Ciarán Mac Ionnrachtaigh said the town had 412 public parking spaces and that surveys in August 2025 found 96% of them occupied between 11 a.m. and 4 p.m.",
            "He said the charges were expected to raise about €310,000 a year, which would go towards a new footpath on the Seapoint Rd. and public toilets at the pier.",
            "“Carrigdoon is full every weekend from May to September.",
            "Doing nothing isn't an option,” he told the meeting.",
        ],
    ),
    (
        "h43-ie-co-ends-same-survey-ltd",
        "A 2025 council survey found that 58% of visitors arrived by car from outside Co. Clare. The same survey found the average stay was 2.4 hours.\nCarrigdoon will be the eighth town in the county with pay parking, according to council figures.\nParking wardens will be employed by a contractor, Parkwise Éire Ltd., under a five-year contract worth €1.1 million. Disabled parking bays and electric vehicle charging bays will remain free.",
        [
            "A 2025 council survey found that 58% of visitors arrived by car from outside Co. Clare.",
            "The same survey found the average stay was 2.4 hours.",
            "Carrigdoon will be the eighth town in the county with pay parking, according to council figures.",
            "Parking wardens will be employed by a contractor, Parkwise Éire Ltd., under a five-year contract worth €1.1 million.",
            "Disabled parking bays and electric vehicle charging bays will remain free.",
        ],
    ),
    (
        "h43-jp-caption-nov-co-announced",
        "A two-car train on the Tsukihama Line crosses the Akanezawa River near Kamihinata Station in Tōgashima, Niigata Prefecture, on Nov. 20.\n(Kenji Oribeshima)\nTŌGASHIMA, Niigata Prefecture — The 34.6-kilometer Tsukihama Line, which has linked this mountain town with the coast since 1931, will close at the end of March 2028 and be replaced by buses, Tsukihama Railway Co. announced on Nov. 27. The third-sector company is owned 51 percent by Niigata Prefecture, 34 percent by the three municipalities along the line and 15 percent by local businesses.",
        [
            "A two-car train on the Tsukihama Line crosses the Akanezawa River near Kamihinata Station in Tōgashima, Niigata Prefecture, on Nov. 20.",
            "(Kenji Oribeshima)",
            "TŌGASHIMA, Niigata Prefecture — The 34.6-kilometer Tsukihama Line, which has linked this mountain town with the coast since 1931, will close at the end of March 2028 and be replaced by buses, Tsukihama Railway Co. announced on Nov. 27.",
            "The third-sector company is owned 51 percent by Niigata Prefecture, 34 percent by the three municipalities along the line and 15 percent by local businesses.",
        ],
    ),
    (
        "h43-jp-question-asked-am-train",
        "Sumiko Hoshikawa, 71, who heads the Tsukihama Line Friends' Association, said its members had collected 8,204 signatures asking for the line to be kept. “Old people here don't drive. The bus will take twice as long in the snow. Did anyone on that council ever ride it in February?” she asked.\nYuto Kaneshige, 17, a second-year student at Tōgashima Prefectural High School, takes the 6:52 a.m. train to school every day. “I'll have to leave home 20 minutes earlier. That's OK, I guess,” he said.",
        [
            "Sumiko Hoshikawa, 71, who heads the Tsukihama Line Friends' Association, said its members had collected 8,204 signatures asking for the line to be kept.",
            "“Old people here don't drive.",
            "The bus will take twice as long in the snow.",
            "Did anyone on that council ever ride it in February?” she asked.",
            "Yuto Kaneshige, 17, a second-year student at Tōgashima Prefectural High School, takes the 6:52 a.m. train to school every day.",
            "“I'll have to leave home 20 minutes earlier.",
            "That's OK, I guess,” he said.",
        ],
    ),
    (
        "h43-jm-mrs-am-ends-exclaim",
        "The municipal corporation's chief executive officer, Mrs. Sharmaine Goulbourne-Bucknor, said the stall sizes followed a design agreed with the Mount Peliah Vendors' Association in 2023. “We listened, and we will keep listening,” she said. She said 12 larger corner stalls would be allocated by ballot on Saturday at 10 a.m. Vendors who want to enter must register at the market office by Friday, she said.\nThe association's president, Winston Feanny-Dalling, said 118 of its 150 members had taken stalls and the rest were still deciding. “Overall, it's a good thing for the town. The old market was a disgrace!” he said.",
        [
            "The municipal corporation's chief executive officer, Mrs. Sharmaine Goulbourne-Bucknor, said the stall sizes followed a design agreed with the Mount Peliah Vendors' Association in 2023.",
            "“We listened, and we will keep listening,” she said.",
            "She said 12 larger corner stalls would be allocated by ballot on Saturday at 10 a.m.",
            "Vendors who want to enter must register at the market office by Friday, she said.",
            "The association's president, Winston Feanny-Dalling, said 118 of its 150 members had taken stalls and the rest were still deciding.",
            "“Overall, it's a good thing for the town.",
            "The old market was a disgrace!” he said.",
        ],
    ),
    (
        "h43-jm-notices-pm-am-st",
        "Mount Peliah Primary PTA meeting, Monday, July 13, 6 p.m., school canteen.\nFuneral service for Mr. Alphonso Tomblin-Reeder, Saturday, July 11, 10 a.m., St. Walstan's Anglican Church.",
        [
            "Mount Peliah Primary PTA meeting, Monday, July 13, 6 p.m., school canteen.",
            "Funeral service for Mr. Alphonso Tomblin-Reeder, Saturday, July 11, 10 a.m., St. Walstan's Anglican Church.",
        ],
    ),
]
