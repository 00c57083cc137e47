"""Forty-first held-out set of hand-labelled pages for the hint engines (held-out set, round twenty-eight): twelve ordinary whole pages from twelve kinds of news site, as a new user pastes them on an ordinary day.

This is a HELD-OUT set: it measures how the engine does on copy nobody on the team wrote, and nobody
will look at its sentences while tuning (only its scores are to be read). It was written from scratch
for issue 13 in round twenty-eight, blind: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file was read, `hint_scores.py`, `docs/` and the
benchmarks were not read, and no test, scorer, engine or `pytest` was run. The format and the
conventions were read from the module docstrings of `labelled_new.py`, `labelled_new2.py` and
`labelled_new60.py` to `labelled_new62.py`, the first two pages of `labelled_new60.py`,
`labelled_new61.py` and `labelled_new62.py`, the split cases of `labelled_new62.py` and the first
split cases of `labelled_new60.py`, and `build` in `labelled_articles.py`. What was run: a listing of
the file names in `tests/text/` and `git status` (file names only), an import of this file with
`build` on every page, a small script of my own in /tmp that checks the tuples, the flags, speakers
against cues, the sentence count and the split cases against the pages as built, whole-word greps of
the invented names over `tests/` that listed file names only (one of them printed the four file names
that held four of the names first tried), and `ruff format` / `ruff check` on this file. The pages
were drafted in a small line format of my own in /tmp and turned into the literals below by a script
of my own.

Every person, small place, street, creek, reserve, stadium, organisation, outlet, station, agency,
party, company, brokerage, school, college, club, union, brand, product, journal and number is
invented. Real countries, regions, big cities and public bodies appear only as settings, with
invented figures: Britain, England, Wales, West Yorkshire and Sheffield with "the Driver and
Vehicle Standards Agency (DVSA)" and "the Department for Transport"; the United States, Ohio, Texas,
San Antonio, Laredo, Pueblo, Colo., and West Texas with "the Ohio Environmental Protection Agency",
the FCC and "the Texas Enterprise Fund"; Chile, Santiago, the Antofagasta region, Peru, Toronto and
Canada with "the Chilean Copper Commission (Cochilco)" and "Chile's Labor Ministry"; New Zealand and
Canterbury with the Gazette and the Freedom Camping Act 2011; Australia, New South Wales and Sydney
with "Revenue NSW"; Saskatchewan and Regina with "the Water Security Agency"; India, Nigeria, Egypt
and the Sensex and Nifty indices with "the National Stock Exchange (NSE)" and the government's Vahan
portal; South Africa, Bloemfontein and the Free State with the United Rugby Championship, the Currie
Cup and Italy; Norway, Finnmark, Troms, Sweden, Finland, Aberdeen and Fennoscandia with "the
Norwegian Agriculture Agency" and the Landsat satellites; Ireland, Dublin, Clare, Galway, Mayo and the
Aran Islands with Met Éireann, "the Department of Education", "the National Emergency Coordination
Group", the Defence Forces, Gardaí and "Galway County Council"; Kenya, Nyeri County, Nairobi, the
Mombasa auction, Pakistan, Dubai, Europe and the Gulf with "the Tea Board of Kenya". Facebook, X,
WhatsApp, Pinterest and LinkedIn appear only as channels, Creative Commons only as a licence. No
surname, town, street, outlet, company, school, club or union of any file under `tests/` is reused:
every capitalised word of these pages,
their speakers and the split cases, each part of a hyphenated name included, was grepped as a whole
word over the whole `tests/` tree listing file names only, and every invented name that hit was
changed (the last greps also covered `labelled_new63.py` to `labelled_new65.py` and
`labelled_heldout42.py`, written at the same time); first names, titles, real settings and common
words such as "Leader", "Harvest", "Rovers", "Stags", "Kestrels", "Corsairs", "Lions", "Prairie" and
"Coulee" recur.

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser: every furniture line is a paragraph of its own, worded in that site's own house style, and
the stories are ordinary news of the day with an ordinary mix of speakers and check-worthy statements.
The twelve pages:

(1) A British national daily's site on record waits for driving tests: a sign-in strip, a crumb, a
semicolon standfirst ("Agency says ...; instructors say ...") carrying the agency as first given with
"says", a byline run into its role, "06.00 BST", a "Photograph:" credit, the agency's published
figures via "according to", "The DVSA said" kept as written and "It said" resolved, a chief
executive's apology ("") against "“Every new examiner is roughly 1,200 more tests a year." ("W"), a
"Skip past advertisement" slot, "11.40 p.m." ending a sentence before "New", a learner's private
spending ("") against her test date 58 miles away (a public service, "W"), a nested
"‘Can't you go somewhere nearer?’" ending a sentence before "There", a guild chair's survey and his
"blamed" with fares of record ("W"), a pull quote with name and group ("B"), a spokesperson's rule of
record ("W") and "The spokesperson said" resolved, with a pledge (""), "called", a bus time
"6.15 p.m.,” she said." ("W"), a rhetorical question, "the DVSA's figures show", a "Read more:" line
ending in "?", a most-viewed list and "Ltd." before "Registered in England and Wales No. 04481237.".

(2) A US regional TV station's site in Ohio on a water main break: a watch-live strip, a double
byline, "Published: Apr. 21, 2026 at 4:31 PM EDT|Updated: 2 hours ago", a video caption ("") and its
running time ("B"), the station dateline with a hyphen and "the city's Department of Public Utilities
said" as written, "3:40 a.m." and "7:15 a.m.," mid-sentence, the director's spoken forecast (""),
"Ad Feedback" slots, the department's boil advice (""), a school district that "said", "N. Chinaberry
St." ending a sentence before "Residents", a resident's dry and brown taps (public service, "W") and
her "Is that safe to shower in?" ending a sentence inside the quote, a diner owner's private loss
(""), "W. Hickorywood St. broke on Feb. 3," and "Jan. 1.", the mayor's dated request ("W"), the Ohio
EPA's rule via "according to", the advisory-map link ("B") and "Group." before "All rights
reserved.".

(3) An international wire service on a strike at a Chilean copper mine: a time line with "GMT-4" and
"Updated" run together, "SANTIAGO, May 12 (Southpoint) -", "S.A. over", "the mine's largest union
said" kept as written, Cochilco data via "according to", "Union No. 2, which ..., said in a
statement" (a designation never ends a sentence) and "it said" resolved to "Union No. 2", "Corp.,
said" with the descriptor in apposition dropped from "Cordillán", "It said" resolved to "Cordillán
Copper S.A.", straight double quotes, the parent's "did not respond" (""), "told Southpoint" over
two sentences with "They made record profits last year." ("W"), "Pelliston reported" a profit,
"C$41.18", a dated vote and "The union said" ("W"), the ministry's meeting, a rule of law, an
analyst's hedge (""), the reporting-and-editing line, a standards line, a two-sentence newsletter
prompt and a two-sentence market-data note ("B").

(4) A New Zealand local weekly's site on a summer freedom camping ban: a strapline, a standfirst
whose second clause "campers' group calls ban ..." carries the association with "calls" ("W" for the
vote), "PHOTO / SUPPLIED", "Domain Rd." ending a sentence before "Campers" and "Domain Rd., said"
not ending one, "According to a report by council staff" then "The report said", a board chair's
feelings (""), a board member's figures and "“We've got one toilet block for 200 vans,”" ("W"), a
council spokesperson's answer ("W"), an association's opinion and its spokesperson's figures, a store
owner's private trade and a quote over two sentences (""), a rule under the Freedom Camping Act
2011, a dated review, community notices ("B"), "Ltd. and delivered" and a two-sentence footer.

(5) An Australian tabloid's site on a council's record parking fine haul: an "EXCLUSIVE" tag, a
capitals headline with a colon, a standfirst with no verb of saying (no speaker, "W"), "figures
obtained by The Daily Shout reveal", a mother's fine of record ("W") and her "“Forty seconds!" ending
a sentence before "I didn't", "fumed" carried into the next quote paragraph, a "MORE:" line, a
spokesman's cause and his "Every dollar from fines goes back into road safety ..." ("W") against "the
council's own budget papers show", "- ADVERTISEMENT -", "Revenue NSW ... said", "slammed", an
allegation inside a quote (""), "Cr" dropped with a pledge to move a motion (""), a mayor's
opinion, fines of record, a motoring group's count, "Do you know more?" / "Email ..." ("B") and "Pty
Ltd." before "ABN 61 202 118 940".

(6) A Canadian public broadcaster's site on a Saskatchewan town's water restrictions: "Skip to Main
Content", "Wendrick Lake, Sask., bans ...", a standfirst without a speaker, a computer-voice note in
two sentences ("B"), a caption stating a reservoir level ("W") with a bracketed credit, the council's
rules with "1 p.m." ending a sentence before "Gardens", "Mayor" dropped and "told CPM News" over two
sentences (""), "The Water Security Agency said" then "It said", a hydrologist's figure ("W")
against her hedged forecast (""), a farmer's private dugouts (""), a car wash owner's recycling and
request ("W"), "Town administrator" dropped with a dated step and a budget, an about-the-author bio
in three sentences ending in an e-mail address ("B"), "With files from", "Spot a mistake?" / "Tell us
..." ("B") and a French link.

(7) An Indian business news site on a two-wheeler maker's quarterly results: an index ticker strip
("B" whatever figures it holds), a standfirst carrying the managing director with "says" (a launch
plan, ""), "Vayuvega Motors Ltd. on Tuesday reported" carrying the company with "reported", "said in
a regulatory filing", "i.e. 600% on the face value of Rs. 2," never split, lakh and "YoY,", "blamed"
in a relative clause ("W", the company's cause of record), "Mr. Pattamadai told analysts" after a
quote, a launch date ("") against capacity of record ("W"), a CFO's capex guidance ("", spoken)
against cash of record ("W"), "Analysts polled by Dhanrekha Business had expected" ("W"), "vs. a 4%
rise", a brokerage's rating and target ("W"), an analyst's opinion in a quote split at a full stop
(""), registration data via "according to", a two-sentence disclaimer and "Pvt. Ltd." before "All
rights reserved.".

(8) A South African rugby site's match report: a semicolon standfirst carrying the coach with "says"
and an injury of record ("W"), a caption stating a try ("W") with a "Picture:" credit, scores, tries
and statistics of record, a coach's quote over three sentences (""), "No. 8 Dawid Kruysbergen was
named ..." opening a sentence, an injury of record ("W") against an opinion (""), a sin-binning, an
altitude figure inside a coach's quote ("W"), a captain's feelings, the log position and next fixture
with a kick-off time, a "Scorers" title ("B") with score lines, referee and attendance as data (""),
a log with title and header ("B") and rows (""), and "(Pty) Ltd." before "All rights reserved.".

(9) A science news site on a satellite study of shrubs on Norway's tundra: a standfirst "..., researchers
say, ..." carrying the lead author through whom the body gives the finding, "a study published on
Tuesday in the journal ..." via "according to", "2.1°C.", "said lead author Dr. Ingvild Rødsvoll,"
after the quote, "the study found", agency figures via "according to", "i.e. each pixel" and "1 m²"
mid-sentence, an independent scientist's opinion (""), "cautioned" (""), "“Thirty-metre pixels are a
blunt instrument,”" (a figure of record inside an opinion, "W"), "earlier studies have shown" ("W"),
a team's plan without a speaker (""), a journal reference with "et al." and the title's full stop as
one "B" sentence, a two-sentence donation appeal and "CIC." before "Company No. 11842207.".

(10) An Irish news site's live blog on a storm: "LIVE", "Updated 4 minutes ago", a double byline,
"Show key events only", "Pinned post" and "What you need to know" ("B", like the labels "In short:"
and "What's next?"), key points with and without "says", time stamps ("B") newest first, entry
headlines by content ("W" for "Power cuts pass 86,000", "" for "‘The whole house is shaking’"),
"Gardaí urge people to stay off the roads" carrying "Gardaí" with "urge" (""), the Department's
closure ("W") and its advice via "it said" (""), a group's standby of record at "6.15pm", a chair's
advice in a quote split at a full stop, a reader's message brought in by a colon ("sent us this:"),
a call-out with "?" before "Send" ("B"), a company's policy of record ("W") against its forecast
(""), an entry byline ("B"), a forecaster's forecast (""), a ferry company's dated step and "Dublin
2." ending a sentence before "Registered in Ireland No. 604118.".

(11) A Kenyan agribusiness magazine's Q&A with a tea factory's chief executive: a headline that claims
nothing (""), a standfirst carrying her with "says", a caption with a pipe credit, an introduction of
record, the edited-for-clarity note ("B"), "Q:" and "A:" kept inside the first sentence of each turn,
a question's preamble of record without a source ("W") and with one ("Some of your growers told us
..." -> "Some of your growers", "told us"; "The Tea Board of Kenya says ..." -> the board, "says"),
the questions themselves (""), answers mixing prices, payment dates, auction rules, earnings,
orders and shade trees of record ("W") with opinions, a target and advice (""), and "Ltd." before
"Nairobi, Kenya.".

(12) A US press release distribution site's page for a food company's new plant: "News provided by"
and the company's name on its own line ("B"), a subhead with "U.S. plant" and a semicolon (the
release's published plan, "W"), the "/Pressmark/ --" dateline with "today announced" carrying the
company as first given, the release's own plans and figures without a speaker ("W", published in a
document), a chief executive's opinions in straight quotes (""), "Pueblo, Colo." ending a sentence
before "It", a grant and an abatement of record, a mayor's comparison and a figure inside his quote
("W"), wages and a "401(k)" match, a college programme, "Dr." dropped with a power contract of record
("W") against a forecast (""), a job-postings line (""), the about section with "Inc. makes" and a
URL ending a sentence, forward-looking statements, the media contact, "SOURCE", related links and an
also-from-this-source list ("B"), and "LLC." before "All rights reserved.".

`STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` and `labelled_new60.py` to `labelled_new62.py` hold too (mastheads, straps,
menus, crumbs, section labels, bylines, date lines, share, listen and gift lines, ad slots, related
and most-read lists, tags, call-outs, newsletter, app and WhatsApp prompts, comment notices, bios,
contact lines and footers "B" line by line; captions by content and credits "B"; video captions by
content and running times "B"; pull quotes "B" with no speaker; standfirsts labelled like headlines,
never split at a semicolon, carrying the first source named with a verb of saying as the body names
it; titles, ranks, honorifics and roles dropped from speakers; a pronoun, a later surname or a role
resolved to the full name as first given; organisations, documents and data kept as written,
"according to X" -> X, "It" for an organisation resolved to its name as first given; a quote over
several sentences or paragraphs carrying its speaker and cue; "did not respond" labelled like speech
with flags ""; plans, votes, decisions, orders, rules, results and figures of record "W"; spoken
forecasts, hopes, pledges, opinions, feelings, scene, private circumstances, rhetorical questions and
advice ""; a figure of record inside an opinion "W"; a question "" whatever it holds; facts about a
public service "W"; sport data lines "", a table's title and header "B"; a journal reference one "B"
sentence; live-blog time stamps, entry bylines and pinned labels "B", entry headlines by content;
Q&A answers carrying the interviewee with "A:", questions no speaker unless they cite a source).

Conventions this set had to settle, in the same spirit:

* "X reported" for a company's own results ("Pelliston reported net profit of ...", "Vayuvega Motors
  Ltd. on Tuesday reported ...") carries the company with "reported", "W", as "The township reported"
  does in `labelled_new62.py`; "figures obtained by The Daily Shout reveal" carries the figures as
  written with "reveal"; "the DVSA's figures show", "the council's own budget papers show" and
  "earlier studies have shown" carry the documents as written with their verb.
* A union named first by description and then by designation ("the mine's largest union said", then
  "Union No. 2, which ..., said in a statement") keeps each as written, and "it said" after them goes
  to the proper name, "Union No. 2"; "The union said" keeps "The union".
* Press releases. The release's own statements without attribution carry no speaker and are "W" by
  content (plans, figures and dates published by the company, like a published plan); "today
  announced" in the dateline sentence carries the company as first given; the quotes carry their
  speakers; "About ...", its boilerplate sentences, "Forward-Looking Statements" and its sentences,
  the media contact, "SOURCE ...", related links and "Also from this source" are "B"; the line
  telling readers where job openings will be posted is "" (body copy, not a claim worth checking).
* Tabloid and reader quotes. "!" before a capital inside a quote ends a sentence ("“Forty seconds!" /
  "I didn't even get out of the car,” she fumed."), like "?"; a quote paragraph that follows with no
  new attribution carries the speaker and cue of the last ("fumed"); "slammed", "called", "cautioned",
  "blamed", "told analysts", "told CPM News", "told Southpoint", "had expected" and "have urged" are
  cues as written. A councillor's "said he would move a motion at the council's May 27 meeting" is a
  pledge, "", while a mayor's "said he had asked the utilities department to report by May 1" is an act
  of record, "W".
* Live blog. "What you need to know" over the pinned key points is a label, "B"; an entry headline
  with a verb of saying ("Gardaí urge people to stay off the roads") carries the source with that
  verb, like a standfirst; a bare quoted entry headline ("‘The whole house is shaking’") carries no
  speaker; "Marian Killoughery-Doran, ..., sent us this: “The whole house is shaking." is one sentence
  with the cue "sent us this", and the quote's next sentence carries the same.
* Q&A. "Q:" and "A:" belong to the first sentence of the turn they open; every sentence of an answer
  carries the interviewee with the cue "A:"; a question's preamble that states a fact is "W" by
  content, with no speaker unless it cites a source ("Some of your growers told us ..." -> "Some of your
  growers", cue "told us"; "The Tea Board of Kenya says ..." -> "The Tea Board of Kenya", cue "says").
* Residents and owners. Taps that ran dry and came back brown, a learner's earliest test 58 miles
  away and a bus that leaves at 6.15 p.m. are public services, "W"; a diner's lost takings, a
  learner's spending on lessons, a farmer's dugouts, a store's summer trade are private, "".
* Spoken plans against plans of record. A managing director's launch month, a CFO's capex guidance,
  a forecaster's gusts, a company's "Some customers should expect to be without power overnight" and a
  research team's plan to extend its analysis are "", while the release's published plant timetable,
  a ferry company's "Friday's timetable would be confirmed by 8am", a council's meeting date and a
  union's Friday vote are "W".
* Speakers dropped of "Utilities Director", "Mayor", "Board chair", "Board member", "Independent
  councillor", "Cr", "Town administrator", "Chief financial officer", "managing director", "Mr.",
  "Dr.", "lead author", "coach", "captain", "Forecaster" and roles in apposition; "Chilean Copper
  Commission (Cochilco) data", "registration data on the government's Vahan portal", "figures from
  the Norwegian Agriculture Agency", "Analysts at Karmayogi Securities", "Analysts polled by Dhanrekha
  Business", "A Department for Transport spokesperson", "A Merriwarra Council spokesman", "A council
  spokesperson", "Gardaí" and "the city's Department of Public Utilities" are kept as written.

Splits. "11.40 p.m." (before "New"), "St." ("N. Chinaberry St." before "Residents"), "Rd." ("Domain
Rd." before "Campers"), "1 p.m." (before "Gardens"), "Colo." (before "It"), "Ltd." (before
"Registered in England and Wales No. 04481237." and before "Nairobi, Kenya."), "Group.", "(Pty)
Ltd.", "Pvt. Ltd.", "LLC." and "Agency." (before "All rights reserved."), "Pty Ltd." (before "ABN"),
"CIC." (before "Company No."), "Dublin 2." (before "Registered in Ireland No."), an e-mail address
and a URL closing a sentence ("nadia.hrynchuk@cpm.ca.", "www.tessaroharvest.com."), "morning."
(before "Sign up here."), "minutes." (before "Terms"), a "?" or "!" before a capital inside a quote
("“Forty seconds!" / "I didn't", "Is that safe to shower in?" / "Nobody could tell me.”"), a closing
single quote after "?" inside a quote before a capital ("‘Can't you go somewhere nearer?’" / "There
isn't anywhere nearer.”") and a "?" in furniture before a capital ("Do you know more?" / "Email",
"Spot a mistake?" / "Tell us", "Have you been affected by Storm Brídín?" / "Send") end a sentence.
"06.00 BST", "Apr. 21, 2026 at 4:31 PM EDT|Updated", "3:40 a.m. under", "7:15 a.m., but", "8 p.m. at",
"W. Hickorywood St. broke", "Feb. 3,", "Jan. 1.", "S.A. over", "No. 2, which", "($9,650)", "Corp.,
said", "C$41.18", "Domain Rd., said", "$8.6m", "Cr Oakenbrough", "Sask., bans", "Sask., has", "7
a.m. to", "Ltd. on Tuesday", "i.e. 600%", "Rs. 2,", "YoY, of", "Mr. Pattamadai", "vs. a 4%", "No. 8
Dawid", "2.1°C.", "Dr. Ingvild", "i.e. each", "1 m²", "et al." and the title's full stop in the
journal reference, "6.15pm that", "131km/h", "U.S. plant", "Inc., a family-owned", "401(k)", "Dr.
Anselmo", "Inc. makes", "6.15 p.m.,” she said." and the data lines' "31 – Tries:" never split; a
colon never ends a sentence ("sent us this: “The whole house is shaking." ends at its own full
stop); a "?" closing a quote before a lower-case attribution does not.

`HELDOUT_CASES` holds 30 sentence-split cases in the format of the `CASES` of `labelled_new62.py`
(id, text, expected sentences), each taken word for word from these pages (consecutive lines joined
by a newline, sentences of one line by a space) and written the same way: what a reviewer wants, not
what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "British national daily's site, record waits for driving tests (masthead, sign-in strip, menu, crumb, headline, semicolon standfirst carrying the agency as first given with says, byline with role run together, date line with 06.00 BST, share strip, caption with a Photograph: credit, figures published by the agency via according to, The DVSA said then It said, a chief executive's apology and a figure inside his quote, Skip past advertisement, a.m. and p.m. with 11.40 p.m. ending a sentence before New, it said resolved, a learner's private spending against her test date and distance, a nested single-quoted question before a capital, a guild chair's survey and blamed with figures, a pull quote with the name and group, a department spokesperson's rule of record and The spokesperson said as a pledge, called, a bus time ending p.m., inside a quote before she said, a rhetorical question, the figures show, Read more line ending in ?, topics, most viewed list, Ltd. before Registered in England and Wales No., footer)",
    "US regional TV station's site in Ohio, a water main break and boil advisory (station brand, watch-live strip with pipes, menu, section label, headline, double byline, Published: Apr. line with pipe, share strip, video caption and running time, city and station dateline with a hyphen, the department said as written, a.m. mid-sentence, Director dropped, a spoken forecast, Ad Feedback twice, boil advice, a school district said, N. and St. ending a sentence before Residents, a resident's public-service facts against her question, a diner owner's private loss, W. and St. mid-sentence, Feb. 3 and Jan. 1, Mayor dropped and a dated step, according to the Ohio EPA, advisory-map link, Group. before All rights reserved., most read list, app prompt, station links strip)",
    "International wire service, a strike at a Chilean copper mine (agency brand, menu, section label, headline, byline, time line with GMT-4 and Updated run together, share and licence strip, SANTIAGO and agency dateline with a hyphen, S.A. mid-sentence, the mine's largest union said as written, Cochilco data via according to, Union No. 2 said in a statement and it said, Corp., said with a descriptor in apposition, It said resolved to the company as first given, straight quotes, a parent company that did not respond, told Southpoint over two sentences, a company reported its profit, C$ prices, a dated vote, a body's dated step, a ministry said, a rule of law, an analyst's hedge, reporting and editing line, standards line, read-next list, newsletter prompt in two sentences, footer, market data note in two sentences)",
    "New Zealand local weekly's site, a summer freedom camping ban at a lake reserve (masthead, strapline, menu, section label, headline, semicolon standfirst carrying the campers' association with calls, byline, date line, caption with a PHOTO / SUPPLIED credit, a vote of record, Rd. ending a sentence before Campers, according to a council staff report then The report said, Board chair dropped with feelings, a board member's figures, a figure inside a quote, a council spokesperson's answer, an association's opinion and its spokesperson's figures, Rd., said, a store owner's private trade and a quote over two sentences, a rule under the Freedom Camping Act, a dated review, letters line, community notices, e-edition line, Ltd. and mid-sentence, footer in two sentences)",
    "Australian tabloid's site in Sydney, a council's record parking fine haul (masthead, capitals menu, section label, EXCLUSIVE tag, capitals headline with a colon, standfirst without a verb of saying, byline and role on two lines, date line with AM, comment count, figures obtained by the paper reveal, counts and revenue, a mother's fine of record, ! before a capital inside a quote with fumed, a quote paragraph with no new cue, MORE: line, a spokesman's cause and claim of record, the council's own budget papers show, - ADVERTISEMENT -, Revenue NSW said, slammed, an allegation as opinion, Cr dropped with a pledge, Mayor dropped with an opinion, fine amounts of record, a motoring group's count, tip line with ? before Email, sponsored line, comment rules, top stories, Pty Ltd. before ABN)",
    "Canadian public broadcaster's site, a Saskatchewan town's water restrictions in a drought (skip link, brand, sign-in, menu, region label, headline with Sask., standfirst without a speaker, byline with a middle dot, posted and updated line, listen, estimated time, computer-voice note in two sentences, a caption stating a figure with a bracketed credit, Sask., mid-sentence, a council's rules with p.m. ending a sentence before Gardens, fines, Mayor dropped and told CPM News over two sentences, The Water Security Agency said then It said, a hydrologist's figure against her hedged forecast, a farmer's private dugouts, a car wash owner's recycling and request, Town administrator dropped with a dated step and a budget, about-the-author bio ending in an e-mail address, with-files line, Spot a mistake? before Tell us, related list, footer, French link)",
    "Indian business news site, a two-wheeler maker's fourth-quarter results (masthead, menu, index ticker strip, crumb, headline with crore and a semicolon, standfirst carrying the managing director with says as a forecast, byline, updated line with IST, read time, WhatsApp line, Ltd. mid-sentence with reported, said in a regulatory filing, basis points, the company said, i.e. and Rs. 2 mid-sentence, full-year figures, lakh and YoY, blamed in a relative clause, Mr. mid-sentence with told analysts, a launch date as a spoken plan against capacity of record, a CFO's capex guidance against cash of record, analysts polled had expected, NSE close and vs., a brokerage's rating and target, an analyst's opinion with a quote split at a full stop, registration data via according to, you-may-also-like line, disclaimer in two sentences, app line, more-like-this list, Pvt. Ltd. before All rights reserved)",
    "South African rugby site, a United Rugby Championship match report (masthead, menu, crumb, headline with a score, semicolon standfirst carrying the coach with says and an injury of record, byline, date line with a middle dot, share strip, a caption stating a try with a Picture: credit, a score and tries of record, a coach's quote over three sentences, lineout and carry statistics, No. 8 opening a sentence, coach dropped with an injury of record and an opinion, a sin-binning, an altitude figure inside a quote, a captain's feelings, log position and next fixture with kick-off time, a scorers' title B with score lines, referee and attendance as data, a log with title and header B and rows, more-rugby list, (Pty) Ltd. before All rights reserved, footer links)",
    "Science news site, a satellite study of shrubs spreading across Norway's tundra (masthead, strapline, menu, crumb, headline, standfirst carrying the lead author with say, byline, date line, read time, caption with a Credit: line, a study via according to, methods and temperature with °C, Dr. mid-sentence with said after the quote, the study found, a general fact from the author, agency figures via according to, i.e. mid-sentence, m² squares, an independent scientist's opinion and cautioned, a figure inside his quote, earlier studies have shown, the author's opinion over two sentences, a team's plan without a speaker, a journal reference with et al. and a title's full stop as one sentence, republish line, related list, donation appeal in two sentences, donate button, comment count, CIC. before Company No.)",
    "Irish news site's live blog, a storm and a red wind warning in the west (masthead, menu, LIVE tag, headline with a colon, updated line, double byline, key-events toggle, pinned label, What you need to know label, key points with and without says, time stamps, entry headlines by content, the Department said then it said as advice, a coordination group's standby of record with 6.15pm, a chair's advice in a quote split at a full stop, a reader's message brought in by a colon, call-out with ? before Send, Met Éireann said with a cause of record, a company's count and its policy of record against a forecast, Gardaí urge as an entry headline and have urged, a council road closure, an entry byline, a forecaster's forecast, a ferry company said then It said, load-more and back-to-top lines, Dublin 2. before Registered in Ireland No., footer)",
    "Kenyan agribusiness magazine's site, a Q&A with a tea factory's chief executive (masthead, menu, section label, headline without a claim, standfirst carrying the interviewee with says, byline, date line, read time, caption with a pipe credit, an introduction of record, edited-for-clarity note, Q: and A: prefixes inside first sentences, question preambles of record with and without a cited source (told us, says), answers mixing auction prices, payment dates, rules, earnings and orders of record with opinions, hopes and a target, a question line on its own, author line, subscription prompt, more-interviews list, Ltd. before Nairobi, Kenya.)",
    "US press release distribution site, a food company's new plant in Texas (service brand, menu, news-provided-by line and the company's name, date line with ET, share line, headline, subhead with U.S. and a semicolon, city and service dateline with a double dash, today announced carrying the company as first given, a release's own plans and figures without a speaker, a chief executive's opinions in straight quotes, Colo. ending a sentence before It, a grant and abatement of record, a mayor's comparison and figure inside a quote, wages and a 401(k) match, a college programme, Dr. dropped with a contract of record against a forecast, a job-postings line, about section with Inc. mid-sentence and a URL ending a sentence, forward-looking statements, media contact lines, SOURCE line, related links, also-from-this-source list, LLC. before All rights reserved)",
]

ARTICLES = [
    [  # 1. British national daily's site, record waits for driving tests
        [("THE DAILY AMBERLIGHT", "", "", "B")],
        [("Subscribe   Sign in   Search   UK edition ▾", "", "", "B")],
        [("News   Opinion   Sport   Money   Culture   Lifestyle   Travel   Puzzles", "", "", "B")],
        [("News › UK › Transport", "", "", "B")],
        [("Learners now wait 21 weeks on average for a driving test, the longest on record", "", "", "W")],
        [("Agency says 380 more examiners will be in post by March; instructors say pupils are “paying to stand still”", "the Driver and Vehicle Standards Agency (DVSA)", "says", "W")],
        [("Ottilie Brankscombe-Treeve Transport correspondent", "", "", "B")],
        [("Tue 12 May 2026 06.00 BST", "", "", "B")],
        [("Share   Save   Gift this article", "", "", "B")],
        [("A learner driver waits with her instructor outside a test centre in Sheffield last week.", "", "", ""),
         ("Photograph: Lucan Mirfield-Adesanwo/The Daily Amberlight", "", "", "B")],
        [("Learner drivers in Britain are waiting an average of 21 weeks for a practical driving test, the longest since records began in 2012, according to figures published by the Driver and Vehicle Standards Agency (DVSA) on Monday.", "figures published by the Driver and Vehicle Standards Agency (DVSA) on Monday", "according to", "W")],
        [("The average wait was 17.4 weeks a year ago and about 14 weeks before the pandemic.", "", "", "W"),
         ("At 41 of the country's 312 test centres, the next available test was more than 24 weeks away.", "", "", "W")],
        [("The DVSA said it would recruit and train 380 more examiners by the end of March 2027, and that 96 had started work since January.", "The DVSA", "said", "W"),
         ("It said examiners carried out 1.96 million tests in 2025-26, up 4 per cent on the year before.", "the Driver and Vehicle Standards Agency (DVSA)", "said", "W")],
        [("“We know people are waiting far too long, and I'm sorry for that,” said Ambrose Quembury, the agency's chief executive.", "Ambrose Quembury", "said", ""),
         ("“Every new examiner is roughly 1,200 more tests a year.", "Ambrose Quembury", "said", "W"),
         ("That is how the backlog comes down.”", "Ambrose Quembury", "said", "")],
        [("Skip past advertisement", "", "", "B")],
        [("About 23 per cent of booked tests were cancelled or not taken last year, the agency said, including 9 per cent where the candidate did not turn up.", "the agency", "said", "W"),
         ("The online booking service runs from 6 a.m. to 11.40 p.m.", "", "", "W"),
         ("New slots are usually released early on Monday mornings, it said.", "the Driver and Vehicle Standards Agency (DVSA)", "said", "W")],
        [("Jasmine Okwuegbe-Thredlow, 18, from Stainforley in West Yorkshire, passed her theory test in January.", "", "", ""),
         ("The earliest practical test she could book was on October 14, at a centre 58 miles from her home, she said.", "Jasmine Okwuegbe-Thredlow", "said", "W")],
        [("“I've spent about £1,100 on lessons since Christmas, and now I'm just paying to keep my hand in,” she said.", "Jasmine Okwuegbe-Thredlow", "said", ""),
         ("“My mum keeps asking, ‘Can't you go somewhere nearer?’", "Jasmine Okwuegbe-Thredlow", "said", ""),
         ("There isn't anywhere nearer.”", "Jasmine Okwuegbe-Thredlow", "said", "")],
        [("Colm Ardcavan-Quine, who chairs the Guild of Independent Driving Tutors, said 62 per cent of the 2,140 members who answered its April survey had pupils who had passed the theory test but could not book a practical.", "Colm Ardcavan-Quine", "said", "W"),
         ("He blamed part of the backlog on apps that resell test slots, some of which charge up to £250 for a test that costs £62 to book directly.", "Colm Ardcavan-Quine", "blamed", "W"),
         ("“Pupils are paying to stand still,” he said.", "Colm Ardcavan-Quine", "said", "")],
        [("“Pupils are paying to stand still” Colm Ardcavan-Quine, Guild of Independent Driving Tutors", "", "", "B")],
        [("A Department for Transport spokesperson said that since April only learners themselves, not third parties, could book or move a test, and that the change had cut resales by about two-thirds.", "A Department for Transport spokesperson", "said", "W"),
         ("The spokesperson said the government was “determined to get waiting times down to seven weeks”.", "A Department for Transport spokesperson", "said", "")],
        [("Delphine Carrowmore-Tench, the opposition's transport spokesperson, called the figures “a scandal for a generation who need a licence to get to work”.", "Delphine Carrowmore-Tench", "called", ""),
         ("“In parts of my constituency the last bus leaves at 6.15 p.m.,” she said.", "Delphine Carrowmore-Tench", "said", "W"),
         ("“What are young people supposed to do, walk?”", "Delphine Carrowmore-Tench", "said", "")],
        [("The pass rate for practical tests was 47.9 per cent in 2025-26, the DVSA's figures show.", "the DVSA's figures", "show", "W")],
        [("Read more: Should learners be allowed to take the test at 16?", "", "", "B")],
        [("Topics", "", "", "B")],
        [("Driving   Transport   Young people   Department for Transport", "", "", "B")],
        [("Most viewed", "", "", "B")],
        [("Heat health alert issued for south-east as temperatures set to reach 31C", "", "", "B")],
        [("Inside the village where every house has the same blue front door", "", "", "B")],
        [("Ticket prices for away fans to be capped at £30, clubs agree", "", "", "B")],
        [("© 2026 Amberlight News & Media Ltd.", "", "", "B"),
         ("Registered in England and Wales No. 04481237.", "", "", "B")],
        [("About us   Contact   Complaints & corrections   Privacy   Cookies   Terms", "", "", "B")],
    ],
    [  # 2. US regional TV station's site in Ohio, water main break and boil advisory
        [("14 NEWS NOW", "", "", "B")],
        [("WATCH LIVE: 14 News at 5   |   Weather Alerts (2)   |   Closings & Delays", "", "", "B")],
        [("News   First Alert Weather   Traffic   Sports   14 Investigates   Community   Contests", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Boil advisory for 12,400 Tullisford customers after 24-inch water main breaks under Route 33", "", "", "W")],
        [("By Kendra Akinwunmi-Fairclaugh and Tucker Hollenshead-Beam", "", "", "B")],
        [("Published: Apr. 21, 2026 at 4:31 PM EDT|Updated: 2 hours ago", "", "", "B")],
        [("Share on Facebook   Share on X   Email This Link   Share on Pinterest   Share on LinkedIn", "", "", "B")],
        [("Tullisford water main break: what residents need to know", "", "", "")],
        [("02:14", "", "", "B")],
        [("TULLISFORD, Ohio (14 News) - About 12,400 homes and businesses in Tullisford are under a boil advisory after a 24-inch water main broke early Tuesday, the city's Department of Public Utilities said.", "the city's Department of Public Utilities", "said", "W")],
        [("The main broke at about 3:40 a.m. under Route 33 near Delamere Avenue, flooding two lanes and the parking lot of a nearby tire shop.", "", "", "W")],
        [("Utilities Director Brigid Tesselaar-Fogg said the main was laid in 1958 and is made of cast iron.", "Brigid Tesselaar-Fogg", "said", "W"),
         ("She said crews had shut off the broken section by 7:15 a.m., but pressure dropped across most of the north side.", "Brigid Tesselaar-Fogg", "said", "W")],
        [("“We're looking at about 36 hours before we can lift the advisory,” Tesselaar-Fogg said at a news conference at City Hall.", "Brigid Tesselaar-Fogg", "said", ""),
         ("“That's if the first round of samples comes back clean.”", "Brigid Tesselaar-Fogg", "said", "")],
        [("Ad Feedback", "", "", "B")],
        [("The advisory covers all addresses north of Carvell Street and east of Sugarlick Run, including Tullisford North High School and the Meadowgate Senior Living campus.", "", "", "W"),
         ("Residents should bring tap water to a rolling boil for one minute before drinking it, cooking with it or using it to brush their teeth, the department said.", "the department", "said", "")],
        [("Tullisford City Schools canceled classes Tuesday at four buildings and said they would stay closed Wednesday.", "Tullisford City Schools", "said", "W")],
        [("The city is handing out bottled water until 8 p.m. at the Tullisford Community Center, 410 N. Chinaberry St.", "", "", "W"),
         ("Residents are asked to bring proof of address.", "", "", "")],
        [("“I got up to make coffee and nothing came out of the tap, just a little cough of air,” said Rosalind Etheridge-Vantwest, who lives on Buttonwood Street.", "Rosalind Etheridge-Vantwest", "said", "W"),
         ("“An hour later it came back brown.", "Rosalind Etheridge-Vantwest", "said", "W"),
         ("Is that safe to shower in?", "Rosalind Etheridge-Vantwest", "said", ""),
         ("Nobody could tell me.”", "Rosalind Etheridge-Vantwest", "said", "")],
        [("Deshawn Pickstock, who owns Big Dee's Diner on Route 33, said he closed for the day because he could not wash dishes safely.", "Deshawn Pickstock", "said", ""),
         ("“That's a whole day of sales, maybe $3,000, gone,” he said.", "Deshawn Pickstock", "said", "")],
        [("Ad Feedback", "", "", "B")],
        [("It is the third major main break in Tullisford since January.", "", "", "W"),
         ("A 16-inch main on W. Hickorywood St. broke on Feb. 3, leaving about 2,000 customers without water for most of a day.", "", "", "W")],
        [("Tesselaar-Fogg said about 41 of the city's 212 miles of water mains are more than 60 years old.", "Brigid Tesselaar-Fogg", "said", "W"),
         ("City council approved a $4.8 million main replacement program in March, paid for by a 6% water rate increase that took effect Jan. 1.", "", "", "W"),
         ("She said the Route 33 main was not due to be replaced until 2029.", "Brigid Tesselaar-Fogg", "said", "W")],
        [("Mayor Nolan Ashenden-Pryser said he had asked the utilities department to report by May 1 on whether the program could be sped up.", "Nolan Ashenden-Pryser", "said", "W"),
         ("“Nobody wants to hear that the pipes under their street are older than their grandparents,” he said.", "Nolan Ashenden-Pryser", "said", "")],
        [("A boil advisory can be lifted only after two rounds of samples taken at least 24 hours apart show no bacteria, according to the Ohio Environmental Protection Agency.", "the Ohio Environmental Protection Agency", "according to", "W")],
        [("Check whether your address is in the advisory area at tullisfordohio.gov/water.", "", "", "B")],
        [("Copyright 2026 Corvallen Broadcasting Group.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Police: Driver arrested after chase ends in soybean field near Route 33", "", "", "B")],
        [("First Alert Weather Day: Strong storms possible Thursday afternoon", "", "", "B")],
        [("Download the 14 News app to get breaking news alerts on your phone.", "", "", "B")],
        [("Submit a News Tip   |   Report a Typo   |   EEO Report   |   FCC Applications   |   Closed Captioning", "", "", "B")],
    ],
    [  # 3. International wire service, a strike at a Chilean copper mine
        [("SOUTHPOINT", "", "", "B")],
        [("World   Business   Markets   Commodities   Sustainability   Legal   Analysis   More", "", "", "B")],
        [("Commodities", "", "", "B")],
        [("Workers at Chile's Tolhuaca copper mine strike after wage talks fail", "", "", "W")],
        [("By Ximena Araneda-Pulgar", "", "", "B")],
        [("May 12, 2026 3:47 PM GMT-4 Updated 41 min ago", "", "", "B")],
        [("Share   License this article", "", "", "B")],
        [("SANTIAGO, May 12 (Southpoint) - About 1,400 workers at the Tolhuaca copper mine in northern Chile walked off the job on Tuesday after talks with owner Cordillán Copper S.A. over a new three-year contract broke down, the mine's largest union said.", "the mine's largest union", "said", "W")],
        [("The mine produced 212,600 metric tons of copper last year, about 4% of Chile's output, according to Chilean Copper Commission (Cochilco) data.", "Chilean Copper Commission (Cochilco) data", "according to", "W")],
        [("Union No. 2, which represents 1,380 of the mine's roughly 2,100 permanent workers, said in a statement that the company had offered a 2.5% real wage increase and a signing bonus of 9 million pesos ($9,650) per worker.", "Union No. 2", "said in a statement", "W"),
         ("The union had sought 5% and a bonus of 18 million pesos, it said.", "Union No. 2", "said", "W")],
        [("Cordillán, a unit of Canada-listed Pelliston Resources Corp., said the mine was operating with contractors and supervisors and that output had not been affected.", "Cordillán", "said", "W"),
         ("It said its offer was \"the best in the industry this year\" and would raise the average monthly wage at the mine to 2.9 million pesos.", "Cordillán Copper S.A.", "said", "W")],
        [("Pelliston did not respond to a request for comment.", "Pelliston", "did not respond to a request for comment", "")],
        [("\"We are not asking for anything the company cannot pay,\" union president Eliseo Fuenzalida-Rebolledo told Southpoint by phone from the mine.", "Eliseo Fuenzalida-Rebolledo", "told Southpoint", ""),
         ("\"They made record profits last year.\"", "Eliseo Fuenzalida-Rebolledo", "told Southpoint", "W")],
        [("Pelliston reported net profit of $1.12 billion for 2025, up 38% from a year earlier, helped by higher copper prices.", "Pelliston", "reported", "W"),
         ("Its shares fell 2.3% to C$41.18 in Toronto on Tuesday.", "", "", "W")],
        [("Fuenzalida-Rebolledo said members would vote on Friday on whether to accept government mediation.", "Eliseo Fuenzalida-Rebolledo", "said", "W"),
         ("The union said about 60 members would keep safety and pumping systems running during the strike, as the law requires.", "The union", "said", "W")],
        [("Chile's Labor Ministry said a mediator had met both sides on Monday and was ready to resume talks.", "Chile's Labor Ministry", "said", "W")],
        [("Under Chilean law, a company may hire replacement workers during a strike only if its last offer meets minimum conditions set out in the labor code.", "", "", "W")],
        [("Benchmark copper rose 0.8% to $10,460 a metric ton on Tuesday.", "", "", "W")],
        [("\"A short strike is already priced in,\" said Renata Solchaga-Wyburn, head of metals research at Andisur Capital in Santiago.", "Renata Solchaga-Wyburn", "said", ""),
         ("\"If it goes past two weeks, people will start paying attention, because inventories are thin.\"", "Renata Solchaga-Wyburn", "said", "")],
        [("Copper stocks in exchange warehouses stood at about 98,000 tons last week, the lowest since October 2023.", "", "", "W")],
        [("A 31-day strike at the mine in 2022 cut its output by about 18,000 tons.", "", "", "W"),
         ("Tolhuaca, in the Antofagasta region, is Chile's sixth-largest copper mine.", "", "", "W")],
        [("(Reporting by Ximena Araneda-Pulgar in Santiago; Additional reporting by Tobías Irarrázabal-Pennick in Antofagasta; Editing by Marguerite Fennamore-Cass)", "", "", "B")],
        [("How we report: read the Southpoint editorial code.", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Peru copper output falls 6% in March as road blockades bite", "", "", "B")],
        [("Lithium prices slide for third week as Chinese demand cools", "", "", "B")],
        [("Get the Southpoint Commodities Briefing in your inbox every weekday morning.", "", "", "B"),
         ("Sign up here.", "", "", "B")],
        [("© 2026 Southpoint News Agency.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Market data is delayed by at least 15 minutes.", "", "", "B"),
         ("Terms of use for market data apply.", "", "", "B")],
    ],
    [  # 4. New Zealand local weekly's site, a summer freedom camping ban at a lake reserve
        [("The Brackendene Leader", "", "", "B")],
        [("Your community paper since 1911 · Delivered free every Thursday", "", "", "B")],
        [("Home   Local News   Sport   Rural   Community Notices   Classifieds   Death Notices   E-edition", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Freedom camping banned at Lake Coldwaite reserve for summer", "", "", "W")],
        [("Community board votes 4-2 after 61 complaints last season; campers' group calls ban “a sledgehammer”", "The Self-Contained Travellers' Association", "calls", "W")],
        [("By Harriet Pilgrave-Tamaiparea", "", "", "B")],
        [("Thursday 14 May 2026", "", "", "B")],
        [("Campervans parked along the lakefront at Lake Coldwaite in January.", "", "", ""),
         ("PHOTO / SUPPLIED", "", "", "B")],
        [("Freedom camping will be banned at the Lake Coldwaite reserve from December 1 to March 31 after the Brackendene Community Board voted 4-2 on Monday night to change the district's freedom camping bylaw.", "", "", "W")],
        [("The ban covers the whole reserve, including the gravel car park by the boat ramp on Domain Rd.", "", "", "W"),
         ("Campers will still be able to stay at the council-run Coldwaite Domain campground, which has 48 powered sites at $28 a night.", "", "", "W")],
        [("According to a report by council staff, the council received 61 complaints about campers at the reserve last summer, up from 19 the summer before.", "a report by council staff", "according to", "W"),
         ("The report said about 2,300 vehicles stayed overnight between December and March, and that rubbish collection at the reserve cost the council $41,600, more than three times its budget.", "The report", "said", "W")],
        [("Board chair Shona Marraway said the reserve had been “loved to death”.", "Shona Marraway", "said", ""),
         ("“On a Saturday in January you couldn't get a boat trailer into the car park,” she said.", "Shona Marraway", "said", ""),
         ("“Locals who've launched off that ramp for 50 years were turning round and going home.”", "Shona Marraway", "said", "")],
        [("Board member Callum Protheroe-Kerekere, one of the two who voted against, said the council had spent none of the $180,000 it received from the Government's tourism infrastructure fund in 2023 on extra toilets at the lake.", "Callum Protheroe-Kerekere", "said", "W"),
         ("“We've got one toilet block for 200 vans,” he said.", "Callum Protheroe-Kerekere", "said", "W"),
         ("“Of course there's a mess.”", "Callum Protheroe-Kerekere", "said", "")],
        [("A council spokesperson said the money had gone on a new toilet block at Whinbrook Reserve, 11km away, which the funding agreement allowed.", "A council spokesperson", "said", "W")],
        [("The Self-Contained Travellers' Association said the ban was “a sledgehammer to crack a nut” and would push campers onto roadsides.", "The Self-Contained Travellers' Association", "said", ""),
         ("Its Canterbury spokesperson, Anneke Voorthuijsen-Lamprey, said 80% of the association's 14,000 member vehicles were certified self-contained under rules that took effect in June 2023.", "Anneke Voorthuijsen-Lamprey", "said", "W"),
         ("“Most of the people leaving a mess aren't our members,” she said.", "Anneke Voorthuijsen-Lamprey", "said", "")],
        [("Barry Oxnam-Tarrentine, who runs the Coldwaite Store & Tackle on Domain Rd., said campers spent “good money” in the village.", "Barry Oxnam-Tarrentine", "said", ""),
         ("“Half my summer trade is people in vans,” he said.", "Barry Oxnam-Tarrentine", "said", ""),
         ("“I'm not saying they're all angels.", "Barry Oxnam-Tarrentine", "said", ""),
         ("But they buy their milk and their bait here.”", "Barry Oxnam-Tarrentine", "said", "")],
        [("The change takes effect on December 1 once it is notified in the Gazette.", "", "", "W"),
         ("Anyone who breaches it can be issued an infringement fee of $400 under the Freedom Camping Act 2011.", "", "", "W"),
         ("The board will review the ban in May 2027, after its first summer.", "", "", "W")],
        [("Have your say: letters to the editor, 200 words max, to letters@brackendeneleader.co.nz", "", "", "B")],
        [("Community Notices", "", "", "B")],
        [("Brackendene A&P Show schedule now out – entries close May 29.", "", "", "B")],
        [("Coldwaite Garden Circle plant sale, Memorial Hall, Sat 9am–1pm.", "", "", "B")],
        [("Read this week's e-edition", "", "", "B")],
        [("The Brackendene Leader is published by Tussockvale Media Ltd. and delivered to 7,800 homes from Coldwaite to Ashmead Flat.", "", "", "B")],
        [("Copyright © 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Australian tabloid's site in Sydney, a council's record parking fine haul
        [("THE DAILY SHOUT", "", "", "B")],
        [("NEWS   SHOWBIZ   SPORT   REAL ESTATE   MONEY   LIFESTYLE   PUZZLES   ◼ SUBSCRIBE", "", "", "B")],
        [("NSW News", "", "", "B")],
        [("EXCLUSIVE", "", "", "B")],
        [("COUNCIL CASH GRAB: Merriwarra rakes in record $8.6m from parking fines", "", "", "W")],
        [("Mum of three's fury after $423 ticket for 40-second stop outside school", "", "", "W")],
        [("Brodie Strathnairn", "", "", "B")],
        [("Investigations Reporter", "", "", "B")],
        [("May 12, 2026 - 5:00AM", "", "", "B")],
        [("214 comments", "", "", "B")],
        [("A Sydney council has pocketed a record $8.6 million from parking fines in a single year – up almost a third – as it rolls out camera cars outside schools, figures obtained by The Daily Shout reveal.", "figures obtained by The Daily Shout", "reveal", "W")],
        [("Merriwarra Council issued 51,340 parking fines in 2024-25, up from 39,120 the year before, bringing in $8.6m compared with $6.56m.", "", "", "W"),
         ("More than 11,000 of them were issued by two camera-equipped cars the council bought in August 2024.", "", "", "W")],
        [("Kellyvale mum Tegan Mullumby-Brandis, 36, was slapped with a $423 fine and three demerit points in March for stopping for 40 seconds in a No Stopping zone outside Kellyvale Public School to drop off her youngest.", "", "", "W")],
        [("“Forty seconds!", "Tegan Mullumby-Brandis", "fumed", ""),
         ("I didn't even get out of the car,” she fumed.", "Tegan Mullumby-Brandis", "fumed", "")],
        [("“It's a cash grab, plain and simple.", "Tegan Mullumby-Brandis", "fumed", ""),
         ("They're not making the kids any safer, they're making money.”", "Tegan Mullumby-Brandis", "fumed", "")],
        [("MORE: Speed camera that snapped 9000 drivers in a week ‘was wrongly signposted’", "", "", "B")],
        [("A Merriwarra Council spokesman said the camera cars were brought in after 17 near-misses involving children were reported outside schools in 2023.", "A Merriwarra Council spokesman", "said", "W"),
         ("“Every dollar from fines goes back into road safety and local roads,” he said.", "A Merriwarra Council spokesman", "said", "W")],
        [("But the council's own budget papers show $2.1m of last year's fine revenue went into general spending.", "the council's own budget papers", "show", "W")],
        [("- ADVERTISEMENT -", "", "", "B")],
        [("Revenue NSW, which processes the fines, said 18 per cent of camera-car fines issued in Merriwarra last year were challenged, and 41 per cent of those were withdrawn.", "Revenue NSW", "said", "W")],
        [("Independent councillor Darcy Oakenbrough slammed the “revenue-raising racket”.", "Darcy Oakenbrough", "slammed", ""),
         ("“Families are being stung for a few seconds at the kerb while the mayor's mates park for free at the civic centre,” he said.", "Darcy Oakenbrough", "said", ""),
         ("Cr Oakenbrough said he would move a motion at the council's May 27 meeting to give drivers a written warning for a first offence.", "Darcy Oakenbrough", "said", "")],
        [("Mayor Lorelei Lindebrook said she was “happy to look at” warnings for first offenders but would not scrap the camera cars.", "Lorelei Lindebrook", "said", ""),
         ("“If one child is saved, they've paid for themselves a hundred times over,” she said.", "Lorelei Lindebrook", "said", "")],
        [("A No Stopping fine in NSW is $152, but it rises to $423 in a school zone during school hours, when three demerit points also apply.", "", "", "W")],
        [("Drivers Fair Go Alliance spokeswoman Ingrid Lomath-Farr said at least six other Sydney councils had bought camera cars since 2023.", "Ingrid Lomath-Farr", "said", "W"),
         ("“This is coming to a street near you, unfortunately,” she said.", "Ingrid Lomath-Farr", "said", ""),
         ("“Look at Merriwarra and just wait.”", "Ingrid Lomath-Farr", "said", "")],
        [("Do you know more?", "", "", "B"),
         ("Email tips@dailyshout.com.au", "", "", "B")],
        [("Sponsored content", "", "", "B")],
        [("The simple switch that's saving Aussie drivers hundreds on insurance", "", "", "B")],
        [("Join the conversation", "", "", "B")],
        [("Comments are subject to our community guidelines, which can be viewed here.", "", "", "B")],
        [("Top Stories", "", "", "B")],
        [("Reality star's $4m harbourside splash", "", "", "B")],
        [("Copyright 2026 Shout Media Pty Ltd.", "", "", "B"),
         ("ABN 61 202 118 940", "", "", "B")],
    ],
    [  # 6. Canadian public broadcaster's site, a Saskatchewan town's water restrictions in a drought
        [("Skip to Main Content", "", "", "B")],
        [("CPM News", "", "", "B")],
        [("Sign In", "", "", "B")],
        [("News   Top Stories   Local   Climate   World   Canada   Politics   Indigenous   Business   Health", "", "", "B")],
        [("Saskatchewan", "", "", "B")],
        [("Wendrick Lake, Sask., bans lawn watering as reservoir falls to 38 per cent", "", "", "W")],
        [("Town enters Stage 3 of its drought plan for the first time after the driest spring runoff since 1988", "", "", "W")],
        [("Nadia Hrynchuk-Brandwein · CPM News", "", "", "B")],
        [("Posted: May 12, 2026 4:00 AM CST | Last Updated: 3 hours ago", "", "", "B")],
        [("Listen to this article", "", "", "B")],
        [("Estimated 5 minutes", "", "", "B")],
        [("This audio is read by a computer voice and may mispronounce some names.", "", "", "B"),
         ("Let us know if you spot an error.", "", "", "B")],
        [("The town's reservoir, seen here on May 8, was at 38 per cent of capacity on Monday, its lowest level for the time of year since it was built in 1974.", "", "", "W"),
         ("(Rowan Sillery-Dakin/CPM)", "", "", "B")],
        [("The Town of Wendrick Lake, Sask., has banned lawn watering and ordered car washes to cut their hours after the reservoir that supplies its 4,100 residents fell to 38 per cent of capacity.", "", "", "W")],
        [("Council moved to Stage 3 of the town's drought plan at a special meeting on Monday evening, the first time it has done so since the plan was adopted in 2009.", "", "", "W")],
        [("Under Stage 3, residents may not water lawns, fill pools or wash vehicles at home, and commercial car washes may open only from 7 a.m. to 1 p.m.", "", "", "W"),
         ("Gardens may be watered by hand on Tuesdays and Saturdays.", "", "", "W"),
         ("Fines start at $250.", "", "", "W")],
        [("“We don't do this lightly,” Mayor Ryland Bjornsgaard told CPM News.", "Ryland Bjornsgaard", "told CPM News", ""),
         ("“But I'd rather be the mayor who asked people to let their grass go brown than the one who let the taps run dry in August.”", "Ryland Bjornsgaard", "told CPM News", "")],
        [("The Water Security Agency said spring runoff in the Sibbald Coulee basin was 22 per cent of normal this year, the lowest since 1988.", "The Water Security Agency", "said", "W"),
         ("It said 31 Saskatchewan communities had asked residents to conserve water as of Monday, up from nine at the same time last year.", "The Water Security Agency", "said", "W")],
        [("Priya Sethna-Halverstam, a hydrologist with the Prairie Watershed Institute in Regina, said the snowpack across southern Saskatchewan on March 1 was about half the 30-year average.", "Priya Sethna-Halverstam", "said", "W"),
         ("“When a dry winter is followed by a dry spring, the reservoirs just don't get the top-up they need,” she said.", "Priya Sethna-Halverstam", "said", ""),
         ("She said the region could see more years like this one as winters warm.", "Priya Sethna-Halverstam", "said", "")],
        [("Arlo Greschuk, who grows canola and wheat about 15 kilometres north of town, said the dugouts on his land were the lowest he has seen in 30 years of farming.", "Arlo Greschuk", "said", ""),
         ("“We're seeding into dust,” he said.", "Arlo Greschuk", "said", ""),
         ("“You just hope for rain and keep going.”", "Arlo Greschuk", "said", "")],
        [("Marisol Teodorescu-Prattley, who owns Prairie Suds Car Wash on Thresher Avenue, said her business recycles about 70 per cent of the water it uses and had asked council for an exemption.", "Marisol Teodorescu-Prattley", "said", "W"),
         ("“We'll lose most of our after-work customers,” she said.", "Marisol Teodorescu-Prattley", "said", "")],
        [("Town administrator Deepak Dhawale said council would consider the request at its May 26 meeting.", "Deepak Dhawale", "said", "W"),
         ("He said the town was trucking in water for its arena and had budgeted $85,000 for a temporary line from a well field east of town.", "Deepak Dhawale", "said", "W")],
        [("The last time the town restricted water use was in the summer of 2021, when it stopped at Stage 2.", "", "", "W")],
        [("ABOUT THE AUTHOR", "", "", "B")],
        [("Nadia Hrynchuk-Brandwein is a reporter with CPM News in Regina.", "", "", "B"),
         ("She covers rural Saskatchewan and agriculture.", "", "", "B"),
         ("You can reach her at nadia.hrynchuk@cpm.ca.", "", "", "B")],
        [("With files from Tomasz Ridgewell-Kakakaway", "", "", "B")],
        [("Spot a mistake?", "", "", "B"),
         ("Tell us   |   Send us a story idea", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Early fire ban declared in 14 rural municipalities", "", "", "B")],
        [("Why prairie farmers are watching the sky — and the canola futures market", "", "", "B")],
        [("©2026 Canada Public Media.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Lire en français", "", "", "B")],
    ],
    [  # 7. Indian business news site, a two-wheeler maker's fourth-quarter results
        [("Dhanrekha Business", "", "", "B")],
        [("Markets   Companies   Economy   Industry   Mutual Funds   Personal Finance   Tech   Opinion   ePaper", "", "", "B")],
        [("Sensex 81,412.36 ▲ 0.42%   Nifty 24,805.10 ▲ 0.37%   Gold ₹97,240 ▼ 0.18%", "", "", "B")],
        [("Home › Companies › Auto", "", "", "B")],
        [("Vayuvega Motors Q4 profit rises 18% to ₹412.6 crore on record scooter sales; board declares ₹12 dividend", "", "", "W")],
        [("MD says first electric motorcycle will launch in September; brokerages split on the stock", "Raghunandan Pattamadai", "says", "")],
        [("Written By Anjali Varadarajan", "", "", "B")],
        [("Updated: 12 May 2026, 06:48 PM IST", "", "", "B")],
        [("3 min read", "", "", "B")],
        [("Follow us on WhatsApp", "", "", "B")],
        [("Two-wheeler maker Vayuvega Motors Ltd. on Tuesday reported an 18.4% year-on-year rise in consolidated net profit to ₹412.6 crore for the January-March quarter (Q4FY26), helped by record scooter sales and lower raw material costs.", "Vayuvega Motors Ltd.", "reported", "W")],
        [("Revenue from operations rose 14.1% to ₹5,218.4 crore from ₹4,573.5 crore a year earlier, the company said in a regulatory filing.", "the company", "said in a regulatory filing", "W"),
         ("Ebitda margin improved 60 basis points to 13.1%.", "", "", "W"),
         ("Raw material costs fell to 68.9% of revenue from 70.3%, the company said.", "the company", "said", "W")],
        [("The board recommended a final dividend of ₹12 per share, i.e. 600% on the face value of Rs. 2, with July 18 as the record date.", "", "", "W")],
        [("For the full year FY26, net profit rose 15.2% to ₹1,512.8 crore on revenue of ₹20,114 crore.", "", "", "W")],
        [("The company sold 8.21 lakh units in the quarter, up 11% YoY, of which scooters made up 4.96 lakh.", "", "", "W"),
         ("Exports fell 6% to 1.14 lakh units, which managing director Raghunandan Pattamadai blamed on currency shortages in Nigeria and Egypt, two of its biggest overseas markets.", "Raghunandan Pattamadai", "blamed", "W")],
        [("“Rural demand has come back strongly, and we see that continuing into the first half,” Mr. Pattamadai told analysts on an earnings call.", "Raghunandan Pattamadai", "told analysts", ""),
         ("He said the company's first electric motorcycle, the Vega-E, would be launched in September.", "Raghunandan Pattamadai", "said", ""),
         ("Capacity at its Pallikondai plant had been raised to 1.2 million units a year, he said.", "Raghunandan Pattamadai", "said", "W")],
        [("Chief financial officer Shalini Dorairaj-Kuttappan said capital expenditure in FY27 would be about ₹1,100 crore, most of it on electric vehicles and a new paint shop.", "Shalini Dorairaj-Kuttappan", "said", ""),
         ("She said the company had no debt at the end of March, and cash and investments of ₹3,870 crore.", "Shalini Dorairaj-Kuttappan", "said", "W")],
        [("Analysts polled by Dhanrekha Business had expected a net profit of ₹396 crore on average.", "Analysts polled by Dhanrekha Business", "had expected", "W")],
        [("Shares of Vayuvega Motors closed 2.6% higher at ₹1,842.35 on the National Stock Exchange (NSE) on Tuesday, ahead of the results, which were announced after market hours.", "", "", "W"),
         ("The stock has gained about 21% so far this year, vs. a 4% rise in the Nifty Auto index.", "", "", "W")],
        [("Analysts at Karmayogi Securities said the results were “a shade above estimates” and kept their ‘buy’ rating with a target price of ₹2,150.", "Analysts at Karmayogi Securities", "said", "W"),
         ("Vikrant Sehgal, an auto analyst at Trishul Capital, said the company was “late to the EV party” and would face stiff competition from start-ups.", "Vikrant Sehgal", "said", ""),
         ("“The petrol business is a cash machine.", "Vikrant Sehgal", "said", ""),
         ("The question is how long it lasts,” he said.", "Vikrant Sehgal", "said", "")],
        [("Vayuvega's share of domestic scooter registrations was 17.8% in FY26, up from 16.2% a year earlier, according to registration data on the government's Vahan portal.", "registration data on the government's Vahan portal", "according to", "W")],
        [("You may also like: Two-wheeler sales rise 9% in April as rural demand holds up", "", "", "B")],
        [("Disclaimer: Ratings and targets quoted here are the analysts' own and do not reflect the views of Dhanrekha Business.", "", "", "B"),
         ("Readers should consult a registered investment adviser before acting on them.", "", "", "B")],
        [("Get the day's top business stories, market updates and results coverage on the Dhanrekha Business app.", "", "", "B")],
        [("More Like This", "", "", "B")],
        [("Auto stocks: Three things to watch after the April sales numbers", "", "", "B")],
        [("Steel prices ease for second month; carmakers breathe easier", "", "", "B")],
        [("Copyright © 2026 Dhanrekha Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. South African rugby site, a United Rugby Championship match report
        [("SCRUMCAP DAILY", "", "", "B")],
        [("Scores   Fixtures   Results   Logs   URC   Currie Cup   Test Rugby   Schools   Video", "", "", "B")],
        [("URC › Match Report", "", "", "B")],
        [("Springhares come from 14 points down to beat Curlews 31-24 and climb to fourth", "", "", "W")],
        [("Coach says pack ‘found its voice’ after the break; flank Jaco Wessenaar out for six weeks", "Gerhard Moolmanse", "says", "W")],
        [("Sipho Mthimkulu-Kleinsmidt", "", "", "B")],
        [("12 May 2026 · 22:41", "", "", "B")],
        [("Share   WhatsApp   Facebook   X", "", "", "B")],
        [("Springhares wing Lwazi Ngcamane dives over for his second try at Rooipoort Park on Saturday.", "", "", "W"),
         ("Picture: Reinhardt Slabbert-Venske/Scrumcap Daily", "", "", "B")],
        [("The Karoo Springhares scored 21 unanswered points in the second half to beat the Ballyderrow Curlews 31-24 in their United Rugby Championship match at Rooipoort Park in Bloemfontein on Saturday.", "", "", "W")],
        [("The Curlews led 24-10 at half-time after two tries by centre Rory Fitzbrannagh and one by hooker Cathal Duffrey, all three converted by flyhalf Oisín Laverty-Quaid, who also kicked a penalty.", "", "", "W"),
         ("Wing Lwazi Ngcamane scored two of the Springhares' three tries, and flyhalf Henko Snyman-Viljoen kicked 16 points.", "", "", "W")],
        [("“At half-time I didn't say much, to be honest,” Springhares coach Gerhard Moolmanse said.", "Gerhard Moolmanse", "said", ""),
         ("“The pack found its voice.", "Gerhard Moolmanse", "said", ""),
         ("When your forwards win the collisions, everything else gets easier.”", "Gerhard Moolmanse", "said", "")],
        [("The Springhares won 11 of their 12 lineouts in the second half and forced four turnovers at the breakdown.", "", "", "W")],
        [("No. 8 Dawid Kruysbergen was named player of the match after making 19 carries, the most by any player in a URC match this season.", "", "", "W")],
        [("Moolmanse said flank Jaco Wessenaar, who limped off in the 27th minute, had a grade-two hamstring tear and would be out for about six weeks.", "Gerhard Moolmanse", "said", "W"),
         ("“It's a blow, because Jaco has been our best defender all season,” he said.", "Gerhard Moolmanse", "said", "")],
        [("Curlews lock Eoin Kinnevane-Gallard was sent to the sin bin in the 58th minute for a deliberate knock-on, and the Springhares scored 10 points while he was off.", "", "", "W")],
        [("Curlews coach Fergal O'Kinnane-Liddane said his side had “run out of legs” at altitude.", "Fergal O'Kinnane-Liddane", "said", ""),
         ("“You come to Bloemfontein, you know it's 1,400 metres up,” he said.", "Fergal O'Kinnane-Liddane", "said", "W"),
         ("“We knew it and we still couldn't handle it.", "Fergal O'Kinnane-Liddane", "said", ""),
         ("That's on me.”", "Fergal O'Kinnane-Liddane", "said", "")],
        [("Springhares captain Ruan Claasens-Moshidi said the win “means a lot to the people of the Free State”.", "Ruan Claasens-Moshidi", "said", "")],
        [("The win lifts the Springhares to fourth on the log with 41 points from 15 matches, three clear of the fifth-placed Valtura Lions with three rounds left.", "", "", "W"),
         ("They host the Glenvarrick Stags at Rooipoort Park on May 23 (kick-off 17:00).", "", "", "W")],
        [("Scorers", "", "", "B")],
        [("Springhares (10) 31 – Tries: Ngcamane 2, Kruysbergen; Cons: Snyman-Viljoen 2; Pens: Snyman-Viljoen 4", "", "", "")],
        [("Curlews (24) 24 – Tries: Fitzbrannagh 2, Duffrey; Cons: Laverty-Quaid 3; Pen: Laverty-Quaid", "", "", "")],
        [("Referee: Matteo Bonfiglioli-Ruscelli (Italy)", "", "", "")],
        [("Attendance: 17,412", "", "", "")],
        [("URC log (top five)", "", "", "B")],
        [("Pos   Team   P   W   L   Pts", "", "", "B")],
        [("1   Aberhenwy Corsairs   15   12   3   56", "", "", "")],
        [("2   Kilbrackney Rovers   15   11   4   52", "", "", "")],
        [("3   Strathdown Kestrels   15   10   5   47", "", "", "")],
        [("4   Karoo Springhares   15   9   6   41", "", "", "")],
        [("5   Valtura Lions   15   8   7   38", "", "", "")],
        [("More rugby", "", "", "B")],
        [("Test coach names 42-man alignment camp squad", "", "", "B")],
        [("© 2026 Scrumcap Daily (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy   |   PAIA Manual   |   Contact", "", "", "B")],
    ],
    [  # 9. Science news site, a satellite study of shrubs spreading across Norway's tundra
        [("THE QUADRAT", "", "", "B")],
        [("Science news without the hype", "", "", "B")],
        [("Earth   Life   Health   Space   Physics   Tech   Newsletters   Donate", "", "", "B")],
        [("Earth › Climate", "", "", "B")],
        [("Shrubs have spread across a third more of northern Norway's tundra since 1985, satellite study finds", "", "", "W")],
        [("Warming and shrinking reindeer herds are both to blame, researchers say, but the picture changes from one valley to the next", "Ingvild Rødsvoll", "say", "W")],
        [("By Marit Skjoldvær", "", "", "B")],
        [("12 May 2026", "", "", "B")],
        [("5 min read", "", "", "B")],
        [("Dwarf birch and willow on a hillside in Finnmark, northern Norway.", "", "", ""),
         ("Credit: Eirik Torvanger-Lysne", "", "", "B")],
        [("Shrub cover on the tundra of northern Norway grew by 34% between 1985 and 2024, according to a study published on Tuesday in the journal Polar Vegetation Letters.", "a study published on Tuesday in the journal Polar Vegetation Letters", "according to", "W")],
        [("The researchers, from the Hallvik Polar Institute and two other institutions, compared nearly 40 years of satellite images with field measurements from 1,912 plots in Finnmark and Troms.", "", "", "W"),
         ("Over the same period, average summer temperatures in the region rose by 2.1°C.", "", "", "W")],
        [("“We expected to see warming at work, and we did,” said lead author Dr. Ingvild Rødsvoll, an ecologist at the Hallvik institute.", "Ingvild Rødsvoll", "said", ""),
         ("“What surprised us was how much the reindeer mattered.”", "Ingvild Rødsvoll", "said", "")],
        [("In valleys where reindeer numbers fell by more than half after 2000, shrub cover grew about twice as fast as in valleys where herds stayed stable, the study found.", "the study", "found", "W"),
         ("Reindeer eat the young shoots of birch and willow and trample seedlings, Rødsvoll said.", "Ingvild Rødsvoll", "said", "W")],
        [("The number of semi-domesticated reindeer in Finnmark fell from about 207,000 in 2000 to 148,000 in 2023, according to figures from the Norwegian Agriculture Agency.", "figures from the Norwegian Agriculture Agency", "according to", "W")],
        [("The team used images from the Landsat satellites, which have a resolution of 30 metres, i.e. each pixel covers an area roughly the size of three tennis courts.", "", "", "W"),
         ("To check what the satellites saw, field teams recorded the height and cover of every shrub species in 1 m² squares at each plot in the summers of 2019 to 2023.", "", "", "W")],
        [("Hamish Drummochter, a remote-sensing scientist at the Institute for Northern Landscapes in Aberdeen, who was not involved in the study, said the work was “careful and convincing”.", "Hamish Drummochter", "said", ""),
         ("But he cautioned that satellites can mistake tall grasses for shrubs late in the season.", "Hamish Drummochter", "cautioned", ""),
         ("“Thirty-metre pixels are a blunt instrument,” he said.", "Hamish Drummochter", "said", "W"),
         ("“The field plots are what make this paper.”", "Hamish Drummochter", "said", "")],
        [("Shrubs trap snow and darken the landscape, which can warm the soil beneath them and speed the thaw of permafrost, earlier studies have shown.", "earlier studies", "have shown", "W")],
        [("Rødsvoll said the findings did not mean herders should be encouraged to keep more reindeer.", "Ingvild Rødsvoll", "said", ""),
         ("“Reindeer are not a climate tool,” she said.", "Ingvild Rødsvoll", "said", ""),
         ("“But it is a reminder that what happens on the ground matters as much as what happens in the sky.”", "Ingvild Rødsvoll", "said", "")],
        [("The team now plans to extend the analysis to northern Sweden and Finland, using the same method.", "", "", "")],
        [("Journal reference: Rødsvoll I, Lindhagen T, Haugsrud P, et al. Four decades of shrub expansion on the Fennoscandian tundra. Polar Veg Lett. 2026;9(2):114-131. doi:10.4471/pvl.2026.0117", "", "", "B")],
        [("Republish this article for free under our Creative Commons licence", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Arctic lakes are turning brown, and beavers may be why", "", "", "B")],
        [("The moss that came back to life after 1,500 years under a glacier", "", "", "B")],
        [("The Quadrat is funded by its readers, not by advertisers.", "", "", "B"),
         ("If you value careful science reporting, please give what you can.", "", "", "B")],
        [("Donate", "", "", "B")],
        [("3 comments", "", "", "B")],
        [("© 2026 Quadrat Media CIC.", "", "", "B"),
         ("Company No. 11842207.", "", "", "B")],
    ],
    [  # 10. Irish news site's live blog, a storm and a red wind warning in the west
        [("SCÉALTA NEWS", "", "", "B")],
        [("News   Sport   Business   Opinion   Lifestyle   Podcasts   Weather", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Storm Brídín live: Red wind warning in force for Clare, Galway and Mayo as 86,000 lose power", "", "", "W")],
        [("Updated 4 minutes ago", "", "", "B")],
        [("Cian Ó Cearbhalláin and Aoife Tullamona", "", "", "B")],
        [("Show key events only", "", "", "B")],
        [("Pinned post", "", "", "B")],
        [("What you need to know", "", "", "B")],
        [("A status red wind warning is in place for Clare, Galway and Mayo from 6pm until 2am, Met Éireann says.", "Met Éireann", "says", "W")],
        [("Orange warnings cover the rest of the country until 6am on Thursday.", "", "", "W")],
        [("About 86,000 homes, farms and businesses are without power, Gridwest Networks says.", "Gridwest Networks", "says", "W")],
        [("All schools in the three red warning counties will be closed on Thursday.", "", "", "W")],
        [("18:40", "", "", "B")],
        [("Schools in red warning area to close tomorrow", "", "", "W")],
        [("The Department of Education said all schools, colleges and childcare services in Clare, Galway and Mayo would be closed on Thursday.", "The Department of Education", "said", "W"),
         ("Schools elsewhere should follow the advice of Met Éireann and their local authority, it said.", "The Department of Education", "said", "")],
        [("18:25", "", "", "B")],
        [("Defence Forces on standby in the west", "", "", "W")],
        [("The National Emergency Coordination Group said after a meeting at 6.15pm that 212 Defence Forces personnel had been placed on standby in Galway and Mayo.", "The National Emergency Coordination Group", "said", "W")],
        [("“Please do not go down to the coast to look at the waves.", "Fintan Garvagh-Mulryne", "said", ""),
         ("Do not take chances tonight,” said the group's chair, Fintan Garvagh-Mulryne.", "Fintan Garvagh-Mulryne", "said", "")],
        [("18:10", "", "", "B")],
        [("‘The whole house is shaking’", "", "", "")],
        [("Marian Killoughery-Doran, who lives on the seafront in Kilbrannoge, Co Clare, sent us this: “The whole house is shaking.", "Marian Killoughery-Doran", "sent us this", ""),
         ("We've the candles out and the dog under the table.”", "Marian Killoughery-Doran", "sent us this", "")],
        [("Have you been affected by Storm Brídín?", "", "", "B"),
         ("Send us your photos and videos at stories@scealta.ie", "", "", "B")],
        [("18:02", "", "", "B")],
        [("Red warning now in force", "", "", "W")],
        [("The status red warning for Clare, Galway and Mayo came into effect at 6pm and runs until 2am.", "", "", "W"),
         ("Met Éireann said the warning was issued because of the risk of falling trees, flying debris and coastal flooding, with waves of up to 12 metres off the west coast.", "Met Éireann", "said", "W")],
        [("17:31", "", "", "B")],
        [("Power cuts pass 86,000", "", "", "W")],
        [("The number of customers without power has risen to about 86,000, most of them in Clare, Galway and Mayo, Gridwest Networks said.", "Gridwest Networks", "said", "W")],
        [("“Our crews will not go up poles while the red warning is in place,” said Niamh Corrabeggan, the company's head of operations.", "Niamh Corrabeggan", "said", "W"),
         ("“Some customers should expect to be without power overnight and possibly into Friday.”", "Niamh Corrabeggan", "said", "")],
        [("17:05", "", "", "B")],
        [("Gardaí urge people to stay off the roads", "Gardaí", "urge", "")],
        [("Gardaí have urged people in the red warning counties not to travel after 5pm unless their journey is essential.", "Gardaí", "have urged", ""),
         ("The coast road between Kilcreevagh and Ardmoyle was closed by a fallen tree at about 4.50pm, Galway County Council said.", "Galway County Council", "said", "W")],
        [("16:42", "", "", "B")],
        [("Gust of 131km/h recorded in Mayo", "", "", "W")],
        [("Aoife Tullamona", "", "", "B")],
        [("Met Éireann said a gust of 131km/h was recorded at its Rossdoon Point station in Co Mayo at 4.20pm, the strongest of the day so far.", "Met Éireann", "said", "W"),
         ("Forecaster Gráinne Saulnier said conditions would “deteriorate quickly” after 6pm, with gusts of up to 150km/h possible on exposed coasts.", "Gráinne Saulnier", "said", "")],
        [("16:15", "", "", "B")],
        [("Aran Islands sailings cancelled", "", "", "W")],
        [("Inis Sail Ferries said all sailings between Galway and the Aran Islands were cancelled for Thursday.", "Inis Sail Ferries", "said", "W"),
         ("It said Friday's timetable would be confirmed by 8am.", "Inis Sail Ferries", "said", "W")],
        [("Load more updates", "", "", "B")],
        [("Back to top", "", "", "B")],
        [("Scéalta Media Ltd., 14 Glasnamona Lane, Dublin 2.", "", "", "B"),
         ("Registered in Ireland No. 604118.", "", "", "B")],
        [("Privacy   Cookie settings   Terms   Contact us", "", "", "B")],
    ],
    [  # 11. Kenyan agribusiness magazine's site, a Q&A with a tea factory's chief executive
        [("THE MAVUNO REVIEW", "", "", "B")],
        [("Agribusiness   Markets   Policy   Interviews   Technology   Events   Subscribe", "", "", "B")],
        [("INTERVIEWS", "", "", "B")],
        [("Tea factory chief on auction prices, late payments and selling Kenyan tea in packets", "", "", "")],
        [("Wambui Kanyoto-Gachukia says farmers earned Sh83 a kilo last year and wants half of Kiamboreti's tea sold in packets by 2030", "Wambui Kanyoto-Gachukia", "says", "W")],
        [("By Otieno Kibwage-Lutta", "", "", "B")],
        [("May 12, 2026", "", "", "B")],
        [("7 min read", "", "", "B")],
        [("Wambui Kanyoto-Gachukia in the withering shed at the Kiamboreti factory in Nyeri County.", "", "", ""),
         ("Photo | Joseph Mburu-Wainaina", "", "", "B")],
        [("Wambui Kanyoto-Gachukia became chief executive of Kiamboreti Tea Factory Company in January 2024.", "", "", "W"),
         ("The factory, owned by about 9,600 smallholder farmers in Nyeri County, processed 14.2 million kilos of green leaf last year.", "", "", "W"),
         ("She spoke to The Mavuno Review about auction prices, late payments and why she wants to sell more tea in packets.", "", "", "")],
        [("This interview has been condensed and edited for clarity.", "", "", "B")],
        [("Q: Prices at the Mombasa auction have fallen for most of this year.", "", "", "W"),
         ("What is going on?", "", "", "")],
        [("A: There is too much tea chasing the same buyers.", "Wambui Kanyoto-Gachukia", "A:", ""),
         ("Kenya produced about 590 million kilos last year, a record, and two of our biggest markets, Pakistan and Egypt, have been short of dollars.", "Wambui Kanyoto-Gachukia", "A:", "W"),
         ("When their importers cannot get dollars, they buy less, or they buy cheaper.", "Wambui Kanyoto-Gachukia", "A:", ""),
         ("Our average price at the auction in the first quarter was $2.41 a kilo, against $2.78 in the same quarter last year.", "Wambui Kanyoto-Gachukia", "A:", "W")],
        [("Q: Some of your growers told us last month that they were still waiting for their March payment.", "Some of your growers", "told us", "W"),
         ("Why the delay?", "", "", "")],
        [("A: The March payment went out on April 28, 18 days late, and I apologise for that.", "Wambui Kanyoto-Gachukia", "A:", "W"),
         ("Buyers at the auction have 14 days to pay, and two of them paid late.", "Wambui Kanyoto-Gachukia", "A:", "W"),
         ("I would rather pay late than borrow, because then the farmers pay the interest.", "Wambui Kanyoto-Gachukia", "A:", "")],
        [("Q: How much did farmers earn last year?", "", "", "")],
        [("A: Sh25 a kilo every month, and then a bonus of Sh58 in October, so Sh83 in total for every kilo of green leaf.", "Wambui Kanyoto-Gachukia", "A:", "W"),
         ("That was our best year since 2019.", "Wambui Kanyoto-Gachukia", "A:", "W")],
        [("Q: The Tea Board of Kenya says only about 7% of Kenyan tea is exported in packets or tea bags.", "The Tea Board of Kenya", "says", "W"),
         ("Why so little?", "", "", "")],
        [("A: Because the big packers abroad buy our tea, blend it and put their own name on it.", "Wambui Kanyoto-Gachukia", "A:", ""),
         ("Whoever owns the brand keeps most of the money.", "Wambui Kanyoto-Gachukia", "A:", ""),
         ("Last year we sold 310,000 kilos under our own Kiamboreti Gold label, mostly to supermarkets in Nairobi and to two buyers in Dubai.", "Wambui Kanyoto-Gachukia", "A:", "W"),
         ("I want half our tea sold in packets by 2030.", "Wambui Kanyoto-Gachukia", "A:", "")],
        [("Q: Is that realistic?", "", "", "")],
        [("A: It's ambitious.", "Wambui Kanyoto-Gachukia", "A:", ""),
         ("We have ordered a second packing line, which arrives in August and will take our capacity to 1.5 million kilos a year.", "Wambui Kanyoto-Gachukia", "A:", "W"),
         ("But we need shelf space, and the shelf space is in Europe and the Gulf, not here.", "Wambui Kanyoto-Gachukia", "A:", "")],
        [("Q: Has the weather been a problem this year?", "", "", "")],
        [("A: The dry spell in January and February cut our leaf intake by about 11% compared with the same months last year.", "Wambui Kanyoto-Gachukia", "A:", "W"),
         ("Since 2024 we have planted 40,000 shade trees with our farmers, and we pay Sh2 a kilo more for leaf from farms that keep them.", "Wambui Kanyoto-Gachukia", "A:", "W"),
         ("Tea likes cool mornings and rain in the afternoon, and we are getting less of both.", "Wambui Kanyoto-Gachukia", "A:", "")],
        [("Q: What would you tell a young person thinking about growing tea?", "", "", "")],
        [("A: Come and look at the numbers first.", "Wambui Kanyoto-Gachukia", "A:", ""),
         ("A tea bush lives for a hundred years.", "Wambui Kanyoto-Gachukia", "A:", ""),
         ("If you look after it, it will look after your grandchildren.", "Wambui Kanyoto-Gachukia", "A:", "")],
        [("Otieno Kibwage-Lutta is The Mavuno Review's agribusiness editor.", "", "", "B")],
        [("Subscribe to The Mavuno Review for Sh450 a month and read every issue on your phone.", "", "", "B")],
        [("More interviews", "", "", "B")],
        [("The coffee co-operative that cut out the middlemen, and what happened next", "", "", "B")],
        [("‘Avocado farmers need cold rooms, not more seedlings’", "", "", "B")],
        [("© 2026 Mavuno Media Ltd.", "", "", "B"),
         ("Nairobi, Kenya.", "", "", "B")],
    ],
    [  # 12. US press release distribution site, a food company's new plant in Texas
        [("Pressmark Newswire", "", "", "B")],
        [("Send a Release   Browse News   Resources   Log In", "", "", "B")],
        [("News provided by", "", "", "B")],
        [("Tessaro Harvest Foods, Inc.", "", "", "B")],
        [("May 12, 2026, 08:00 ET", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Tessaro Harvest Foods to build $84 million frozen-foods plant in Ardvane Springs, Texas, creating 340 jobs", "", "", "W")],
        [("Company's fourth U.S. plant will double its capacity for frozen breakfast burritos; production to begin in early 2028", "", "", "W")],
        [("SAN ANTONIO, May 12, 2026 /Pressmark/ -- Tessaro Harvest Foods, Inc., a family-owned maker of frozen Mexican-style foods, today announced that it will build an $84 million manufacturing plant in Ardvane Springs, Texas, about 40 miles east of San Antonio.", "Tessaro Harvest Foods, Inc.", "announced", "W")],
        [("The 210,000-square-foot plant, on a 36-acre site in the Ardvane Springs Business Park, is expected to employ 340 people full-time when it reaches full production in 2029.", "", "", "W"),
         ("Construction is scheduled to begin in August, and the first products are due to ship in early 2028.", "", "", "W")],
        [("\"Demand for our breakfast burritos has outgrown our plants,\" said Marisa Tessaro-Hallgarthy, president and chief executive officer of Tessaro Harvest Foods.", "Marisa Tessaro-Hallgarthy", "said", ""),
         ("\"Ardvane Springs gives us room to grow, a great workforce within an hour's drive, and a community that made us feel welcome from the first meeting.\"", "Marisa Tessaro-Hallgarthy", "said", "")],
        [("The company operates plants in San Antonio, Laredo and Pueblo, Colo.", "", "", "W"),
         ("It sold 212 million burritos, tamales and breakfast bowls in 2025, up 19% from 2024, under its Tessaro Kitchen and Ranchito Roja brands.", "", "", "W")],
        [("The project is supported by a $2.1 million grant from the Texas Enterprise Fund and a 10-year property tax abatement approved by the Ardvane Springs City Council on May 5.", "", "", "W")],
        [("\"This is the biggest private investment in our town's history,\" said Ardvane Springs Mayor Hollis Villasenor.", "Hollis Villasenor", "said", "W"),
         ("\"Three hundred and forty jobs in a town of 9,000 people is life-changing.\"", "Hollis Villasenor", "said", "W")],
        [("Starting wages at the plant will be $19.50 an hour, and full-time employees will be eligible for health insurance and a 401(k) plan with a company match of up to 4%.", "", "", "W"),
         ("Tessaro Harvest Foods will work with Cenizo Community College on a 12-week training program in food safety and machine operation, with the first class starting in January 2028.", "", "", "W")],
        [("\"The line will run entirely on renewable electricity under a 15-year power purchase agreement with a wind farm in West Texas,\" said Dr. Anselmo Vaquera, vice president of operations.", "Anselmo Vaquera", "said", "W"),
         ("\"We think it will be one of the most efficient frozen-food plants in the country.\"", "Anselmo Vaquera", "said", "")],
        [("Job openings will be posted at careers.tessaroharvest.com starting in the fall of 2027.", "", "", "")],
        [("About Tessaro Harvest Foods", "", "", "B")],
        [("Founded in San Antonio in 1978 by Rosalinda and Ernesto Tessaro, Tessaro Harvest Foods, Inc. makes frozen burritos, tamales and breakfast bowls sold in more than 14,000 stores in 31 states.", "", "", "B"),
         ("The company employs about 1,150 people.", "", "", "B"),
         ("For more information, visit www.tessaroharvest.com.", "", "", "B")],
        [("Forward-Looking Statements", "", "", "B")],
        [("This news release contains forward-looking statements, including statements about the timing of construction, the number of jobs and the plant's capacity.", "", "", "B"),
         ("Actual results may differ materially because of factors including construction costs, permitting and market conditions.", "", "", "B"),
         ("Tessaro Harvest Foods undertakes no obligation to update these statements.", "", "", "B")],
        [("Media Contact:", "", "", "B")],
        [("Lorna Quistberg-Adamec", "", "", "B")],
        [("Tessaro Harvest Foods, Inc.", "", "", "B")],
        [("210-555-0193", "", "", "B")],
        [("media@tessaroharvest.com", "", "", "B")],
        [("SOURCE Tessaro Harvest Foods, Inc.", "", "", "B")],
        [("Related Links", "", "", "B")],
        [("https://www.tessaroharvest.com", "", "", "B")],
        [("Also from this source", "", "", "B")],
        [("Tessaro Harvest Foods recalls 18,000 cases of frozen tamales over undeclared milk", "", "", "B")],
        [("Tessaro Harvest Foods names Marisa Tessaro-Hallgarthy chief executive", "", "", "B")],
        [("Copyright © 2026 Pressmark Newswire, LLC.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h41-bst-date-share-caption-credit", "Ottilie Brankscombe-Treeve Transport correspondent\nTue 12 May 2026 06.00 BST\nShare   Save   Gift this article\nA learner driver waits with her instructor outside a test centre in Sheffield last week. Photograph: Lucan Mirfield-Adesanwo/The Daily Amberlight",
     ["Ottilie Brankscombe-Treeve Transport correspondent", "Tue 12 May 2026 06.00 BST", "Share   Save   Gift this article", "A learner driver waits with her instructor outside a test centre in Sheffield last week.", "Photograph: Lucan Mirfield-Adesanwo/The Daily Amberlight"]),
    ("h41-nested-question-single-quote", "“I've spent about £1,100 on lessons since Christmas, and now I'm just paying to keep my hand in,” she said. “My mum keeps asking, ‘Can't you go somewhere nearer?’ There isn't anywhere nearer.”\nColm Ardcavan-Quine, who chairs the Guild of Independent Driving Tutors, said 62 per cent of the 2,140 members who answered its April survey had pupils who had passed the theory test but could not book a practical. He blamed part of the backlog on apps that resell test slots, some of which charge up to £250 for a test that costs £62 to book directly. “Pupils are paying to stand still,” he said.",
     ["“I've spent about £1,100 on lessons since Christmas, and now I'm just paying to keep my hand in,” she said.", "“My mum keeps asking, ‘Can't you go somewhere nearer?’", "There isn't anywhere nearer.”", "Colm Ardcavan-Quine, who chairs the Guild of Independent Driving Tutors, said 62 per cent of the 2,140 members who answered its April survey had pupils who had passed the theory test but could not book a practical.", "He blamed part of the backlog on apps that resell test slots, some of which charge up to £250 for a test that costs £62 to book directly.", "“Pupils are paying to stand still,” he said."]),
    ("h41-advert-am-pm-ends-before-new", "Skip past advertisement\nAbout 23 per cent of booked tests were cancelled or not taken last year, the agency said, including 9 per cent where the candidate did not turn up. The online booking service runs from 6 a.m. to 11.40 p.m. New slots are usually released early on Monday mornings, it said.",
     ["Skip past advertisement", "About 23 per cent of booked tests were cancelled or not taken last year, the agency said, including 9 per cent where the candidate did not turn up.", "The online booking service runs from 6 a.m. to 11.40 p.m.", "New slots are usually released early on Monday mornings, it said."]),
    ("h41-ltd-ends-before-registered-no", "Ticket prices for away fans to be capped at £30, clubs agree\n© 2026 Amberlight News & Media Ltd. Registered in England and Wales No. 04481237.\nAbout us   Contact   Complaints & corrections   Privacy   Cookies   Terms",
     ["Ticket prices for away fans to be capped at £30, clubs agree", "© 2026 Amberlight News & Media Ltd.", "Registered in England and Wales No. 04481237.", "About us   Contact   Complaints & corrections   Privacy   Cookies   Terms"]),
    ("h41-apr-date-video-runtime-dateline", "By Kendra Akinwunmi-Fairclaugh and Tucker Hollenshead-Beam\nPublished: Apr. 21, 2026 at 4:31 PM EDT|Updated: 2 hours ago\nShare on Facebook   Share on X   Email This Link   Share on Pinterest   Share on LinkedIn\nTullisford water main break: what residents need to know\n02:14\nTULLISFORD, Ohio (14 News) - About 12,400 homes and businesses in Tullisford are under a boil advisory after a 24-inch water main broke early Tuesday, the city's Department of Public Utilities said.",
     ["By Kendra Akinwunmi-Fairclaugh and Tucker Hollenshead-Beam", "Published: Apr. 21, 2026 at 4:31 PM EDT|Updated: 2 hours ago", "Share on Facebook   Share on X   Email This Link   Share on Pinterest   Share on LinkedIn", "Tullisford water main break: what residents need to know", "02:14", "TULLISFORD, Ohio (14 News) - About 12,400 homes and businesses in Tullisford are under a boil advisory after a 24-inch water main broke early Tuesday, the city's Department of Public Utilities said."]),
    ("h41-st-ends-question-inside-quote", "Tullisford City Schools canceled classes Tuesday at four buildings and said they would stay closed Wednesday.\nThe city is handing out bottled water until 8 p.m. at the Tullisford Community Center, 410 N. Chinaberry St. Residents are asked to bring proof of address.\n“I got up to make coffee and nothing came out of the tap, just a little cough of air,” said Rosalind Etheridge-Vantwest, who lives on Buttonwood Street. “An hour later it came back brown. Is that safe to shower in? Nobody could tell me.”",
     ["Tullisford City Schools canceled classes Tuesday at four buildings and said they would stay closed Wednesday.", "The city is handing out bottled water until 8 p.m. at the Tullisford Community Center, 410 N. Chinaberry St.", "Residents are asked to bring proof of address.", "“I got up to make coffee and nothing came out of the tap, just a little cough of air,” said Rosalind Etheridge-Vantwest, who lives on Buttonwood Street.", "“An hour later it came back brown.", "Is that safe to shower in?", "Nobody could tell me.”"]),
    ("h41-w-st-feb-jan-mid-sentence", "It is the third major main break in Tullisford since January. A 16-inch main on W. Hickorywood St. broke on Feb. 3, leaving about 2,000 customers without water for most of a day.\nTesselaar-Fogg said about 41 of the city's 212 miles of water mains are more than 60 years old. City council approved a $4.8 million main replacement program in March, paid for by a 6% water rate increase that took effect Jan. 1. She said the Route 33 main was not due to be replaced until 2029.",
     ["It is the third major main break in Tullisford since January.", "A 16-inch main on W. Hickorywood St. broke on Feb. 3, leaving about 2,000 customers without water for most of a day.", "Tesselaar-Fogg said about 41 of the city's 212 miles of water mains are more than 60 years old.", "City council approved a $4.8 million main replacement program in March, paid for by a 6% water rate increase that took effect Jan. 1.", "She said the Route 33 main was not due to be replaced until 2029."]),
    ("h41-wire-dateline-sa-union-no-2", "SANTIAGO, May 12 (Southpoint) - About 1,400 workers at the Tolhuaca copper mine in northern Chile walked off the job on Tuesday after talks with owner Cordillán Copper S.A. over a new three-year contract broke down, the mine's largest union said.\nThe mine produced 212,600 metric tons of copper last year, about 4% of Chile's output, according to Chilean Copper Commission (Cochilco) data.\nUnion No. 2, which represents 1,380 of the mine's roughly 2,100 permanent workers, said in a statement that the company had offered a 2.5% real wage increase and a signing bonus of 9 million pesos ($9,650) per worker. The union had sought 5% and a bonus of 18 million pesos, it said.",
     ["SANTIAGO, May 12 (Southpoint) - About 1,400 workers at the Tolhuaca copper mine in northern Chile walked off the job on Tuesday after talks with owner Cordillán Copper S.A. over a new three-year contract broke down, the mine's largest union said.", "The mine produced 212,600 metric tons of copper last year, about 4% of Chile's output, according to Chilean Copper Commission (Cochilco) data.", "Union No. 2, which represents 1,380 of the mine's roughly 2,100 permanent workers, said in a statement that the company had offered a 2.5% real wage increase and a signing bonus of 9 million pesos ($9,650) per worker.", "The union had sought 5% and a bonus of 18 million pesos, it said."]),
    ("h41-corp-comma-straight-quotes", "Cordillán, a unit of Canada-listed Pelliston Resources Corp., said the mine was operating with contractors and supervisors and that output had not been affected. It said its offer was \"the best in the industry this year\" and would raise the average monthly wage at the mine to 2.9 million pesos.\nPelliston did not respond to a request for comment.\n\"We are not asking for anything the company cannot pay,\" union president Eliseo Fuenzalida-Rebolledo told Southpoint by phone from the mine. \"They made record profits last year.\"",
     ["Cordillán, a unit of Canada-listed Pelliston Resources Corp., said the mine was operating with contractors and supervisors and that output had not been affected.", "It said its offer was \"the best in the industry this year\" and would raise the average monthly wage at the mine to 2.9 million pesos.", "Pelliston did not respond to a request for comment.", "\"We are not asking for anything the company cannot pay,\" union president Eliseo Fuenzalida-Rebolledo told Southpoint by phone from the mine.", "\"They made record profits last year.\""]),
    ("h41-wire-reporting-line-sign-up", "(Reporting by Ximena Araneda-Pulgar in Santiago; Additional reporting by Tobías Irarrázabal-Pennick in Antofagasta; Editing by Marguerite Fennamore-Cass)\nHow we report: read the Southpoint editorial code.\nRead Next\nPeru copper output falls 6% in March as road blockades bite\nLithium prices slide for third week as Chinese demand cools\nGet the Southpoint Commodities Briefing in your inbox every weekday morning. Sign up here.\n© 2026 Southpoint News Agency. All rights reserved.",
     ["(Reporting by Ximena Araneda-Pulgar in Santiago; Additional reporting by Tobías Irarrázabal-Pennick in Antofagasta; Editing by Marguerite Fennamore-Cass)", "How we report: read the Southpoint editorial code.", "Read Next", "Peru copper output falls 6% in March as road blockades bite", "Lithium prices slide for third week as Chinese demand cools", "Get the Southpoint Commodities Briefing in your inbox every weekday morning.", "Sign up here.", "© 2026 Southpoint News Agency.", "All rights reserved."]),
    ("h41-rd-ends-before-campers", "Freedom camping will be banned at the Lake Coldwaite reserve from December 1 to March 31 after the Brackendene Community Board voted 4-2 on Monday night to change the district's freedom camping bylaw.\nThe ban covers the whole reserve, including the gravel car park by the boat ramp on Domain Rd. Campers will still be able to stay at the council-run Coldwaite Domain campground, which has 48 powered sites at $28 a night.",
     ["Freedom camping will be banned at the Lake Coldwaite reserve from December 1 to March 31 after the Brackendene Community Board voted 4-2 on Monday night to change the district's freedom camping bylaw.", "The ban covers the whole reserve, including the gravel car park by the boat ramp on Domain Rd.", "Campers will still be able to stay at the council-run Coldwaite Domain campground, which has 48 powered sites at $28 a night."]),
    ("h41-rd-comma-quote-over-lines", "Barry Oxnam-Tarrentine, who runs the Coldwaite Store & Tackle on Domain Rd., said campers spent “good money” in the village. “Half my summer trade is people in vans,” he said. “I'm not saying they're all angels. But they buy their milk and their bait here.”",
     ["Barry Oxnam-Tarrentine, who runs the Coldwaite Store & Tackle on Domain Rd., said campers spent “good money” in the village.", "“Half my summer trade is people in vans,” he said.", "“I'm not saying they're all angels.", "But they buy their milk and their bait here.”"]),
    ("h41-exclamation-inside-quote", "Kellyvale mum Tegan Mullumby-Brandis, 36, was slapped with a $423 fine and three demerit points in March for stopping for 40 seconds in a No Stopping zone outside Kellyvale Public School to drop off her youngest.\n“Forty seconds! I didn't even get out of the car,” she fumed.\n“It's a cash grab, plain and simple. They're not making the kids any safer, they're making money.”\nMORE: Speed camera that snapped 9000 drivers in a week ‘was wrongly signposted’",
     ["Kellyvale mum Tegan Mullumby-Brandis, 36, was slapped with a $423 fine and three demerit points in March for stopping for 40 seconds in a No Stopping zone outside Kellyvale Public School to drop off her youngest.", "“Forty seconds!", "I didn't even get out of the car,” she fumed.", "“It's a cash grab, plain and simple.", "They're not making the kids any safer, they're making money.”", "MORE: Speed camera that snapped 9000 drivers in a week ‘was wrongly signposted’"]),
    ("h41-cr-mid-sentence-pledge", "Independent councillor Darcy Oakenbrough slammed the “revenue-raising racket”. “Families are being stung for a few seconds at the kerb while the mayor's mates park for free at the civic centre,” he said. Cr Oakenbrough said he would move a motion at the council's May 27 meeting to give drivers a written warning for a first offence.\nMayor Lorelei Lindebrook said she was “happy to look at” warnings for first offenders but would not scrap the camera cars. “If one child is saved, they've paid for themselves a hundred times over,” she said.",
     ["Independent councillor Darcy Oakenbrough slammed the “revenue-raising racket”.", "“Families are being stung for a few seconds at the kerb while the mayor's mates park for free at the civic centre,” he said.", "Cr Oakenbrough said he would move a motion at the council's May 27 meeting to give drivers a written warning for a first offence.", "Mayor Lorelei Lindebrook said she was “happy to look at” warnings for first offenders but would not scrap the camera cars.", "“If one child is saved, they've paid for themselves a hundred times over,” she said."]),
    ("h41-tip-question-pty-ltd-abn", "Do you know more? Email tips@dailyshout.com.au\nSponsored content\nThe simple switch that's saving Aussie drivers hundreds on insurance\nJoin the conversation\nComments are subject to our community guidelines, which can be viewed here.\nTop Stories\nReality star's $4m harbourside splash\nCopyright 2026 Shout Media Pty Ltd. ABN 61 202 118 940",
     ["Do you know more?", "Email tips@dailyshout.com.au", "Sponsored content", "The simple switch that's saving Aussie drivers hundreds on insurance", "Join the conversation", "Comments are subject to our community guidelines, which can be viewed here.", "Top Stories", "Reality star's $4m harbourside splash", "Copyright 2026 Shout Media Pty Ltd.", "ABN 61 202 118 940"]),
    ("h41-pm-ends-before-gardens", "Under Stage 3, residents may not water lawns, fill pools or wash vehicles at home, and commercial car washes may open only from 7 a.m. to 1 p.m. Gardens may be watered by hand on Tuesdays and Saturdays. Fines start at $250.\n“We don't do this lightly,” Mayor Ryland Bjornsgaard told CPM News. “But I'd rather be the mayor who asked people to let their grass go brown than the one who let the taps run dry in August.”",
     ["Under Stage 3, residents may not water lawns, fill pools or wash vehicles at home, and commercial car washes may open only from 7 a.m. to 1 p.m.", "Gardens may be watered by hand on Tuesdays and Saturdays.", "Fines start at $250.", "“We don't do this lightly,” Mayor Ryland Bjornsgaard told CPM News.", "“But I'd rather be the mayor who asked people to let their grass go brown than the one who let the taps run dry in August.”"]),
    ("h41-email-ends-bio-question-tell", "Nadia Hrynchuk-Brandwein is a reporter with CPM News in Regina. She covers rural Saskatchewan and agriculture. You can reach her at nadia.hrynchuk@cpm.ca.\nWith files from Tomasz Ridgewell-Kakakaway\nSpot a mistake? Tell us   |   Send us a story idea",
     ["Nadia Hrynchuk-Brandwein is a reporter with CPM News in Regina.", "She covers rural Saskatchewan and agriculture.", "You can reach her at nadia.hrynchuk@cpm.ca.", "With files from Tomasz Ridgewell-Kakakaway", "Spot a mistake?", "Tell us   |   Send us a story idea"]),
    ("h41-ltd-mid-ie-rs-no-split", "Two-wheeler maker Vayuvega Motors Ltd. on Tuesday reported an 18.4% year-on-year rise in consolidated net profit to ₹412.6 crore for the January-March quarter (Q4FY26), helped by record scooter sales and lower raw material costs.\nRevenue from operations rose 14.1% to ₹5,218.4 crore from ₹4,573.5 crore a year earlier, the company said in a regulatory filing. Ebitda margin improved 60 basis points to 13.1%. Raw material costs fell to 68.9% of revenue from 70.3%, the company said.\nThe board recommended a final dividend of ₹12 per share, i.e. 600% on the face value of Rs. 2, with July 18 as the record date.\nFor the full year FY26, net profit rose 15.2% to ₹1,512.8 crore on revenue of ₹20,114 crore.",
     ["Two-wheeler maker Vayuvega Motors Ltd. on Tuesday reported an 18.4% year-on-year rise in consolidated net profit to ₹412.6 crore for the January-March quarter (Q4FY26), helped by record scooter sales and lower raw material costs.", "Revenue from operations rose 14.1% to ₹5,218.4 crore from ₹4,573.5 crore a year earlier, the company said in a regulatory filing.", "Ebitda margin improved 60 basis points to 13.1%.", "Raw material costs fell to 68.9% of revenue from 70.3%, the company said.", "The board recommended a final dividend of ₹12 per share, i.e. 600% on the face value of Rs. 2, with July 18 as the record date.", "For the full year FY26, net profit rose 15.2% to ₹1,512.8 crore on revenue of ₹20,114 crore."]),
    ("h41-yoy-mr-blamed-he-said", "The company sold 8.21 lakh units in the quarter, up 11% YoY, of which scooters made up 4.96 lakh. Exports fell 6% to 1.14 lakh units, which managing director Raghunandan Pattamadai blamed on currency shortages in Nigeria and Egypt, two of its biggest overseas markets.\n“Rural demand has come back strongly, and we see that continuing into the first half,” Mr. Pattamadai told analysts on an earnings call. He said the company's first electric motorcycle, the Vega-E, would be launched in September. Capacity at its Pallikondai plant had been raised to 1.2 million units a year, he said.\nChief financial officer Shalini Dorairaj-Kuttappan said capital expenditure in FY27 would be about ₹1,100 crore, most of it on electric vehicles and a new paint shop. She said the company had no debt at the end of March, and cash and investments of ₹3,870 crore.",
     ["The company sold 8.21 lakh units in the quarter, up 11% YoY, of which scooters made up 4.96 lakh.", "Exports fell 6% to 1.14 lakh units, which managing director Raghunandan Pattamadai blamed on currency shortages in Nigeria and Egypt, two of its biggest overseas markets.", "“Rural demand has come back strongly, and we see that continuing into the first half,” Mr. Pattamadai told analysts on an earnings call.", "He said the company's first electric motorcycle, the Vega-E, would be launched in September.", "Capacity at its Pallikondai plant had been raised to 1.2 million units a year, he said.", "Chief financial officer Shalini Dorairaj-Kuttappan said capital expenditure in FY27 would be about ₹1,100 crore, most of it on electric vehicles and a new paint shop.", "She said the company had no debt at the end of March, and cash and investments of ₹3,870 crore."]),
    ("h41-no-8-opens-sentence", "The Springhares won 11 of their 12 lineouts in the second half and forced four turnovers at the breakdown.\nNo. 8 Dawid Kruysbergen was named player of the match after making 19 carries, the most by any player in a URC match this season.\nMoolmanse said flank Jaco Wessenaar, who limped off in the 27th minute, had a grade-two hamstring tear and would be out for about six weeks. “It's a blow, because Jaco has been our best defender all season,” he said.",
     ["The Springhares won 11 of their 12 lineouts in the second half and forced four turnovers at the breakdown.", "No. 8 Dawid Kruysbergen was named player of the match after making 19 carries, the most by any player in a URC match this season.", "Moolmanse said flank Jaco Wessenaar, who limped off in the 27th minute, had a grade-two hamstring tear and would be out for about six weeks.", "“It's a blow, because Jaco has been our best defender all season,” he said."]),
    ("h41-scorers-data-log-rows", "Scorers\nSpringhares (10) 31 – Tries: Ngcamane 2, Kruysbergen; Cons: Snyman-Viljoen 2; Pens: Snyman-Viljoen 4\nCurlews (24) 24 – Tries: Fitzbrannagh 2, Duffrey; Cons: Laverty-Quaid 3; Pen: Laverty-Quaid\nReferee: Matteo Bonfiglioli-Ruscelli (Italy)\nAttendance: 17,412\nURC log (top five)\nPos   Team   P   W   L   Pts\n1   Aberhenwy Corsairs   15   12   3   56",
     ["Scorers", "Springhares (10) 31 – Tries: Ngcamane 2, Kruysbergen; Cons: Snyman-Viljoen 2; Pens: Snyman-Viljoen 4", "Curlews (24) 24 – Tries: Fitzbrannagh 2, Duffrey; Cons: Laverty-Quaid 3; Pen: Laverty-Quaid", "Referee: Matteo Bonfiglioli-Ruscelli (Italy)", "Attendance: 17,412", "URC log (top five)", "Pos   Team   P   W   L   Pts", "1   Aberhenwy Corsairs   15   12   3   56"]),
    ("h41-ie-m2-dr-quote-split", "The team used images from the Landsat satellites, which have a resolution of 30 metres, i.e. each pixel covers an area roughly the size of three tennis courts. To check what the satellites saw, field teams recorded the height and cover of every shrub species in 1 m² squares at each plot in the summers of 2019 to 2023.\nHamish Drummochter, a remote-sensing scientist at the Institute for Northern Landscapes in Aberdeen, who was not involved in the study, said the work was “careful and convincing”. But he cautioned that satellites can mistake tall grasses for shrubs late in the season. “Thirty-metre pixels are a blunt instrument,” he said. “The field plots are what make this paper.”",
     ["The team used images from the Landsat satellites, which have a resolution of 30 metres, i.e. each pixel covers an area roughly the size of three tennis courts.", "To check what the satellites saw, field teams recorded the height and cover of every shrub species in 1 m² squares at each plot in the summers of 2019 to 2023.", "Hamish Drummochter, a remote-sensing scientist at the Institute for Northern Landscapes in Aberdeen, who was not involved in the study, said the work was “careful and convincing”.", "But he cautioned that satellites can mistake tall grasses for shrubs late in the season.", "“Thirty-metre pixels are a blunt instrument,” he said.", "“The field plots are what make this paper.”"]),
    ("h41-journal-reference-et-al", "The team now plans to extend the analysis to northern Sweden and Finland, using the same method.\nJournal reference: Rødsvoll I, Lindhagen T, Haugsrud P, et al. Four decades of shrub expansion on the Fennoscandian tundra. Polar Veg Lett. 2026;9(2):114-131. doi:10.4471/pvl.2026.0117\nRepublish this article for free under our Creative Commons licence",
     ["The team now plans to extend the analysis to northern Sweden and Finland, using the same method.", "Journal reference: Rødsvoll I, Lindhagen T, Haugsrud P, et al. Four decades of shrub expansion on the Fennoscandian tundra. Polar Veg Lett. 2026;9(2):114-131. doi:10.4471/pvl.2026.0117", "Republish this article for free under our Creative Commons licence"]),
    ("h41-liveblog-colon-quote-timestamps", "18:10\n‘The whole house is shaking’\nMarian Killoughery-Doran, who lives on the seafront in Kilbrannoge, Co Clare, sent us this: “The whole house is shaking. We've the candles out and the dog under the table.”\nHave you been affected by Storm Brídín? Send us your photos and videos at stories@scealta.ie\n18:02",
     ["18:10", "‘The whole house is shaking’", "Marian Killoughery-Doran, who lives on the seafront in Kilbrannoge, Co Clare, sent us this: “The whole house is shaking.", "We've the candles out and the dog under the table.”", "Have you been affected by Storm Brídín?", "Send us your photos and videos at stories@scealta.ie", "18:02"]),
    ("h41-dublin-2-ends-before-registered", "Load more updates\nBack to top\nScéalta Media Ltd., 14 Glasnamona Lane, Dublin 2. Registered in Ireland No. 604118.\nPrivacy   Cookie settings   Terms   Contact us",
     ["Load more updates", "Back to top", "Scéalta Media Ltd., 14 Glasnamona Lane, Dublin 2.", "Registered in Ireland No. 604118.", "Privacy   Cookie settings   Terms   Contact us"]),
    ("h41-qa-prefixes-question-lines", "This interview has been condensed and edited for clarity.\nQ: Prices at the Mombasa auction have fallen for most of this year. What is going on?\nA: There is too much tea chasing the same buyers. Kenya produced about 590 million kilos last year, a record, and two of our biggest markets, Pakistan and Egypt, have been short of dollars. When their importers cannot get dollars, they buy less, or they buy cheaper. Our average price at the auction in the first quarter was $2.41 a kilo, against $2.78 in the same quarter last year.",
     ["This interview has been condensed and edited for clarity.", "Q: Prices at the Mombasa auction have fallen for most of this year.", "What is going on?", "A: There is too much tea chasing the same buyers.", "Kenya produced about 590 million kilos last year, a record, and two of our biggest markets, Pakistan and Egypt, have been short of dollars.", "When their importers cannot get dollars, they buy less, or they buy cheaper.", "Our average price at the auction in the first quarter was $2.41 a kilo, against $2.78 in the same quarter last year."]),
    ("h41-qa-ltd-ends-before-nairobi", "Otieno Kibwage-Lutta is The Mavuno Review's agribusiness editor.\nSubscribe to The Mavuno Review for Sh450 a month and read every issue on your phone.\nMore interviews\nThe coffee co-operative that cut out the middlemen, and what happened next\n‘Avocado farmers need cold rooms, not more seedlings’\n© 2026 Mavuno Media Ltd. Nairobi, Kenya.",
     ["Otieno Kibwage-Lutta is The Mavuno Review's agribusiness editor.", "Subscribe to The Mavuno Review for Sh450 a month and read every issue on your phone.", "More interviews", "The coffee co-operative that cut out the middlemen, and what happened next", "‘Avocado farmers need cold rooms, not more seedlings’", "© 2026 Mavuno Media Ltd.", "Nairobi, Kenya."]),
    ("h41-release-us-dateline-double-dash", "Tessaro Harvest Foods to build $84 million frozen-foods plant in Ardvane Springs, Texas, creating 340 jobs\nCompany's fourth U.S. plant will double its capacity for frozen breakfast burritos; production to begin in early 2028\nSAN ANTONIO, May 12, 2026 /Pressmark/ -- Tessaro Harvest Foods, Inc., a family-owned maker of frozen Mexican-style foods, today announced that it will build an $84 million manufacturing plant in Ardvane Springs, Texas, about 40 miles east of San Antonio.",
     ["Tessaro Harvest Foods to build $84 million frozen-foods plant in Ardvane Springs, Texas, creating 340 jobs", "Company's fourth U.S. plant will double its capacity for frozen breakfast burritos; production to begin in early 2028", "SAN ANTONIO, May 12, 2026 /Pressmark/ -- Tessaro Harvest Foods, Inc., a family-owned maker of frozen Mexican-style foods, today announced that it will build an $84 million manufacturing plant in Ardvane Springs, Texas, about 40 miles east of San Antonio."]),
    ("h41-colo-ends-before-it", "The company operates plants in San Antonio, Laredo and Pueblo, Colo. It sold 212 million burritos, tamales and breakfast bowls in 2025, up 19% from 2024, under its Tessaro Kitchen and Ranchito Roja brands.\nThe project is supported by a $2.1 million grant from the Texas Enterprise Fund and a 10-year property tax abatement approved by the Ardvane Springs City Council on May 5.\n\"This is the biggest private investment in our town's history,\" said Ardvane Springs Mayor Hollis Villasenor. \"Three hundred and forty jobs in a town of 9,000 people is life-changing.\"",
     ["The company operates plants in San Antonio, Laredo and Pueblo, Colo.", "It sold 212 million burritos, tamales and breakfast bowls in 2025, up 19% from 2024, under its Tessaro Kitchen and Ranchito Roja brands.", "The project is supported by a $2.1 million grant from the Texas Enterprise Fund and a 10-year property tax abatement approved by the Ardvane Springs City Council on May 5.", "\"This is the biggest private investment in our town's history,\" said Ardvane Springs Mayor Hollis Villasenor.", "\"Three hundred and forty jobs in a town of 9,000 people is life-changing.\""]),
    ("h41-inc-makes-url-ends-about", "About Tessaro Harvest Foods\nFounded in San Antonio in 1978 by Rosalinda and Ernesto Tessaro, Tessaro Harvest Foods, Inc. makes frozen burritos, tamales and breakfast bowls sold in more than 14,000 stores in 31 states. The company employs about 1,150 people. For more information, visit www.tessaroharvest.com.\nForward-Looking Statements",
     ["About Tessaro Harvest Foods", "Founded in San Antonio in 1978 by Rosalinda and Ernesto Tessaro, Tessaro Harvest Foods, Inc. makes frozen burritos, tamales and breakfast bowls sold in more than 14,000 stores in 31 states.", "The company employs about 1,150 people.", "For more information, visit www.tessaroharvest.com.", "Forward-Looking Statements"]),
]  # fmt: skip
