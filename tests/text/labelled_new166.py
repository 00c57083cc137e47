"""Hundred-and-sixty-sixth set of new hand-labelled pages for the hint engines (tuning set, round fifty-nine):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries in twelve
genres, where FURNITURE RECALL is the hard part: everything a site wraps around a story, in that
site's own words and shapes, pasted seven different ways. None of the countries of
`labelled_new163.py` or `labelled_new164.py` comes back. The pages: a New Zealand regional daily's
website pasted from a DESKTOP browser (local government: Dunedin's council votes 9-6 for a 10.2%
average rates rise and $186 million of pipe borrowing); a South African regional site pasted from a
PHONE (courts: the Western Cape High Court gives the Drakenstein Municipality 14 days to bring 12
taps and six tanks to an informal settlement); a Nigerian paper's page in a browser's READER MODE
(health: Lagos confirms 214 suspected cholera cases and nine deaths); a Singaporean paper's AMP page
(transport: the Public Transport Council approves a 6.1 per cent fare rise); a Malaysian English
daily's PRINT VIEW (education: the best SPM results in a decade, 12,406 straight-A candidates); a
Jamaican paper's business EMAIL NEWSLETTER (business: a listed food maker's nine-month profit up 18
per cent to J$1.42 billion); a Trinidad and Tobago paper's APP SHARE TEXT (weather: 97.4 millimetres
of rain in six hours floods more than 30 homes in Penal and Debe); a Ugandan sports site on the
DESKTOP (sport: Kawempe Rovers win the league 2-1 on the final day); a Sri Lankan news site pasted
from a PHONE (crime: three men held over a Rs. 48 million jewellery robbery in Kandy); a Maltese
site in READER MODE (environment: a record 11 loggerhead turtle nests); a Bermudian site's AMP page
(culture: 140 photographs of Gombey troupes go on show); and a Namibian paper's website on the
DESKTOP (science: a five-year study finds grasses, not termites, make the Namib's fairy circles).

What is hard is recall: every line a site puts round the story is "B", whatever it says and however
much it looks like news, line by line and sentence by sentence. Furniture that states figures or
facts: a weather widget ("Dunedin 11° Light rain · Tomorrow 14° Fine spells"); a
weather-currency-date widget ("Windhoek 31°C ☀ | N$1 = US$0.054 | ..."); a newsletter's stock ticker
("JSE Main Index 328,614.27 ▲ 0.61%", "US$1 = J$157.84 ▼ 0.12%"); a live-score widget that gives the
story's own result ("UPL FT Kawempe Rovers 2–1 Entebbe Marine") and a match still running ("67'");
an app's weather-alert banner in a full sentence ("An Adverse Weather Alert (Yellow Level) is in
effect for Trinidad and Tobago until 6 p.m. Wednesday."); an edition picker; share and comment
counts ("412 shares", "🔥 1.2K shares 💬 64 comments", "846 shares", "Comments (37)", "Tap to load
comments (12)"); numbered "Most Read", "Recommended", "TRENDING" and "Recommended for you" lists,
related and "More in the app:" headlines and newsletter teasers that read like facts ("Remittances
steady at US$310m in September ›", "Etosha rhino count shows first rise in six years"); a metered
bar ("You have 2 free articles left this month."); a membership pitch that reader mode leaves
mid-body ("Become a member from €5 a month and read without limits."); a dated correction that gives
a figure ("Correction, July 21: An earlier version of this article said the operator was fined
€5,000." / "The fine was €2,500."); a PULL QUOTE that repeats the mayor's words with her name; a
reader's comment ("Fix the pipes, but sell the golf course first."); the print view's header, which
repeats the headline, and its footers with the URL and "1/3", "2/3", "3/3"; gallery counters ("1 of
12"); video running times ("2:48", "1:36") and a listen line ("▶ Listen to this story (3:12)").
Furniture in prose: cookie and consent blocks of two and three sentences and their buttons ("Accept
all", "Manage choices", "OK, GOT IT", "Accept Reject Settings"); an app-download prompt ("Get the
Courant app" / "Faster news, fewer ads." / "INSTALL"); a push-notification prompt and its "Block"
and "Allow"; a newsletter signup box (pitch, "Enter your email", "Sign up", fine print); follow-us
strips and WhatsApp and Telegram lines; author boxes ("Mereana Tautahi-Lowry covers local government
in Dunedin and the Taieri." / "Her reporting is funded through the Local Democracy Reporting
scheme."); a translation note ("This article was first published in Chinese by our sister paper,
Tanjong Shang Bao." / "It has been translated and edited for length."); a syndication credit and a
funding note; "ALSO READ:" and "Read also:" lines left in the body; "Advertisement", "Continue
reading below", "Article continues after this ad", "Scroll to continue with content", "Story
continues after advertisement", "▼ Continue reading", "Article continues below", "Click to enlarge",
"Kindly share this story:", "View full site", "Read on tidewater.bm"; the newsletter's "Good
morning.", "Here's what you need to know.", "That's it for today." / "See you tomorrow.", "Forwarded
this email?" / "Sign up here.", its sponsored block and its postal address; and the app share's
link, its "Shared from ... app" line, its store line and the phone's "Sent from my iPhone". Against
these, what stands where furniture stands but belongs to the story: headlines and standfirsts (by
content), the headline an app share leads with ("W"), captions by content (gallery captions with a
year and a place, "The Pomander Gombeys dance on Front Street on Boxing Day, 1958.", "W"; plain ones
""), a video's description ("Highlights: Ssenyonjo's 88th-minute header wins the league for Kawempe
Rovers" "W"; "Drone footage of fairy circles in the Marienfluss valley." ""), the newsletter
editor's one-line summary of the lead ("Blue Mahoe's nine-month profit is in, and it beat what
analysts expected." "W") and its labelled mini-sections ("Why it matters: ...", "The big picture:
...", "What's next: ...", each "W"), question subheads (""), table rows (""), and service lines of
record inside the story ("Its emergency lines are 767 and 112.", "Flooding can be reported to the
ODPM on 800-6376 or to the corporation's disaster line, 511.", "Information can also be given to the
OIC of the Kandy Police on 081-223 4417.", "Turtles seen on a beach can be reported to the authority
on 2292 3500 at any hour.", all "W").

The stories inside are labelled as in the newest sets. Of record ("W"): counts, money, shares and
dates (pipe ages and bursts, a rates bill, cholera cases, fares and vouchers, candidates and grade
averages, profit, a dividend and a share price, rainfall, points and goals, jewellery values, nests
and hatchlings, visitors and grants, a study's method and cost); rules (the rates rebate, the
tenancy rule, section 27 and free basic water, the appeal window, the SPM certificate and the
re-marking fee, the fine under Maltese law); findings and rulings ("found", "noting", "ruled", "the
team reported"); causal claims by officials, bodies and companies ("the outbreak had been traced to
contaminated water from shallow wells", "which the company attributed to a 14 per cent rise in the
price of imported cans", "warmer sea temperatures were drawing turtles further north to nest",
"which had delayed the installation of permanent infrastructure"); and scheduled events set by those
who run them (a first instalment, a start of works, a fare review, application windows, a dividend,
an investor briefing, a prize ceremony, talks "at 6 p.m. with" a panel). Not worth checking (""):
forecasts ("a further 50 to 75 millimetres could fall"), plans and promises without a date, advice
("The ministry advised residents to boil or chlorinate drinking water ...", "The ERA asks people not
to use torches ..."), opinions and characterisations ("called the increase “reasonable”", "the order
was “a template for every settlement in the Winelands”"), a judgment's rhetoric ("“The Constitution
does not allow a municipality to ration dignity by the bucket,” she wrote."), anecdotes and feelings
of residents, traders, a student, a shop owner, an onlooker and a guide, questions and
scene-setting; a quote may hold a figure of record ("“This club has waited 18 years for this day,”
he said.", "“The drums have not changed, but the feathers cost ten times what they did,” he said.",
both "W").

And where sentences end: "Ltd." before "All rights reserved." three times, "Ltd." before "No part of
this story ...", "Pte Ltd." before "Co. Regn. No. 201904417K.", "The Windhoek Compass." before "All
rights reserved."; "(Pty) Ltd" and "Sdn Bhd" ending lines with no full stop; "Ltd. made", "Mellieħa
Leisure Ltd., said" and "Kingston Beacon Ltd., 22 Duke St., Kingston" inside sentences; titles "Dr.
(Mrs.)", "Mrs.", "Prof." three times and "Datuk Dr." inside sentences, "Dr" with no period four
times, "Cr" with no period, "SSP" inside a sentence and "ASP" before a name that ends one; Sri
Lankan initials "M. H. M."; "i.e." mid-sentence; "Rs. 48m" in a headline, "Rs. 48 million", "Rs. 31
million" and "Rs. 25 million." ending a sentence; "10.40 a.m. on", "10 a.m. at", "6 p.m. with", "6
p.m. on Wednesday.", "6 p.m. Wednesday." and "(6 a.m. to 12 noon, Tuesday)" in a table title;
"5:40pm", "by 6am." ending a sentence, "8pm", "9pm to 6am", "11pm", "10am" with no periods; "St.
Catherine", "St. George's" and "Duke St.,"; "No. 412"; "Nov 15", "Dec 27", "Oct 14", "Nov 17 and Dec
24" with no periods; decimals and currencies ("J$1.42 billion", "J$48.20", "N$4.2 million", "N$1 =
US$0.054", "₦300", "€23,300", "R49", "RM50", "$1.07 to $2.45"); a journal reference kept whole at
"et al." and at its title's full stop; quotes ending in "?" or "!" followed by their attribution
("“How do I sell smoked fish to people who think the lagoon is poison?” she asked.", "“How many more
times we have to do this?” she asked.", "“Tonight Kawempe does not sleep!” he said.", "“One man
proposed to his girlfriend next to nest number four!” he said."); a quoted question that ends its
paragraph with no attribution ("“Who will give us ₦300 three times a day?”"); quotes over two
sentences split at the inner full stop ("“I'm not against pipes." / "I'm against being the last one
asked,” she said."; "“On Saturday a man stood in front of one photograph for 40 minutes." / "It was
his father.”"); a quote with "said" before the name ("...,” said Carmen Debono-Farrugia, 74, who had
brought a flask of tea."); a caption and its credit pasted in one line (two sentences); three
sentences in the newsletter's greeting paragraph; "Found a mistake in this article?" / "Report it to
us."; a pull quote kept whole across its closing quotation mark and its dash ("“Every year we put
this off, the bill gets bigger.” — Mayor Jules Kettering-Harte"); and a CAPITALISED first word in a
lead ("MORE than 30 homes in Penal and Debe ...").

The pages hold 528 sentences: 265 "B", 154 "W" and 109 ""; 152 sentences carry a speaker (75
distinct speakers, page by page; 74 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Written from scratch for issue 13 in round fifty-nine, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and, through `ast` only, the module docstrings, `STYLES`, the shape of
`ARTICLES` and `CASES`, the first page and the first three cases (and the case ids) of
`labelled_new163.py` and `labelled_new164.py`. Coined names were checked for freshness against the
string constants of those two files, through `ast`: fourteen personal names or name parts and five
outlet names that hit were replaced before the file was written; only common words (for example
"Daily", "Coast", "Valley", "Press") and titles ("Datuk") still hit.

Every person, outlet, publisher, newsletter, app, firm, building society, pharmacy, club, troupe,
association, congress, institute, foundation, fellowship, news service, study, journal, statement,
judgment and figure is invented, and so is every small place or institution (the Lwandisa
settlement, the Marina Policy Institute, Fondazzjoni Fekruna, the Pomander Gombeys and the like).
Real countries, regions, cities, towns, suburbs, roads, beaches, stadiums, courts, councils,
ministries, authorities, agencies, hospitals, universities, laws, examinations, competitions and
other public bodies appear only as settings, with invented statements and figures: Dunedin, Mosgiel,
the Taieri, Caversham, South Dunedin, Otago, Queenstown, Oamaru, Central Otago, Auckland, the
Dunedin City Council, the Government's rates rebate scheme, the Residential Tenancies Act and the
Local Democracy Reporting scheme; Cape Town, Paarl, Stellenbosch, the Winelands, the R301, the
Drakenstein Municipality, the Western Cape High Court and section 27 of the Constitution; Lagos,
Alausa, Yaba, Ikorodu, Badagry, Eti-Osa, Lagos Island, Kosofe, Ketu, Oyingbo, Makoko, Idi-Araba, the
Lagos State Government and its Ministry of Health, the Lagos University Teaching Hospital, the
Nigeria Centre for Disease Control and Prevention and the National Agency for Food and Drug
Administration and Control; Singapore, Jurong West, Clementi, Bishan MRT station, the Thomson-East
Coast Line, Woodlands Checkpoint, ERP gantries and the Public Transport Council; Putrajaya, Shah
Alam, the Klang Valley, Sabah, Sarawak, the Ministry of Education, the SPM, Form Six and the
matriculation colleges; Kingston, Duke St., St. Catherine, Spanish Town, Montego Bay, the Jamaica
Stock Exchange, the Statistical Institute of Jamaica and the Jamaica Manufacturers and Exporters
Association; Penal, Debe, Rochard Road, the Penal Rock Road, Piarco, Crown Point, Tobago, Siparia,
the Trinidad and Tobago Meteorological Service, the Office of Disaster Preparedness and Management,
the Penal/Debe Regional Corporation, the Ministry of Education and the Water and Sewerage Authority;
Kampala, Kawempe, Entebbe, Nakivubo Stadium, Masaka, the Uganda Premier League, the FUFA Women Super
League, the Federation of Uganda Football Associations, the Cranes and the CAF Champions League;
Colombo, Kandy, Peradeniya Road, Katugastota, Gampola, Akurana, the Kandy Magistrate's Court, the
police's Kandy Division and the 119 emergency line; Valletta, Golden Bay, Għadira Bay, Mellieħa,
Comino's Blue Lagoon, Marsaxlokk, the Environment and Resources Authority and the University of
Malta; Hamilton, Somerset, St. George's, Front Street, King's Square, City Hall, the City Hall Arts
Centre, the Department of Community and Cultural Affairs and the Bermuda Archives; and Windhoek, the
Namib, the Namib-Naukluft Park, the Marienfluss valley, Sesriem, Gobabeb, Etosha, Walvis Bay,
Swakopmund, southern Angola, the University of Namibia, the Namibia University of Science and
Technology and the National Commission on Research, Science and Technology.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, widget line, menu, crumb, banner, prompt,
button, byline, date line, share strip, caption, credit, table row, list item, print header and
footer, comment line and legal line is a paragraph of its own, except that a caption and a credit
pasted in one line are two sentences of one paragraph); each paragraph a list of sentences `(text,
speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by line,
whatever it says, never with a speaker; a caption by its content and its credit "B"; tables pasted
as lines with a "B" title, header row and source line and "" data rows; headlines and standfirsts
never split and flagged by content, their "says", "finds" or "report" carrying the source as the
story gives it; a dateline belongs to its lead sentence; a person is named in full as first given,
without titles or roles, and a pronoun, surname or role noun resolves to that name; a quote over
several sentences carries its speaker and cue in each; "according to X" gives X as written ("council
documents", "court papers", "ERA figures", "the ministry", "a five-year study published on
Tuesday"); a generic noun for a body is kept as written ("The municipality", "The council", "the
council", "the authority", "The ministry", "The state government", "the company", "the team", "The
authors", "Police", "the police"), and a short form or pronoun resolves to the body as first given
("It said" -> "the Lagos State Government", "The TTMS said" -> "the Trinidad and Tobago
Meteorological Service", "The ERA asks" -> "the Environment and Resources Authority"; "Council says"
in a standfirst -> "the Public Transport Council"); a bracketed acronym is dropped; a descriptor
before a proper name is dropped ("The operator, Mellieħa Leisure Ltd., said" -> "Mellieħa Leisure
Ltd."), and so is the clause that says why a source is unnamed ("A tea-shop owner across the road,
who asked not to be named, said" -> "A tea-shop owner across the road"); a channel phrase after the
verb is part of the cue ("said in a statement", "said in a call with analysts", "argued in its
answering affidavit", "said in unaudited results filed with the Jamaica Stock Exchange", "reported
in the journal Desert Systems Letters") and a fronted phrase ("Speaking at the results announcement
..., she said") is not; acts of a court with no verb of saying ("She ordered ...", "The municipality
was also ordered ...") carry nobody.

Conventions this set had to settle, in the same spirit:

* WIDGETS are furniture whatever they say: a weather widget, a weather-currency-date line, an
  edition picker, a newsletter's stock ticker and its "MARKETS AT A GLANCE" label, a live-score
  widget (even the line that gives the story's own result, which the story states again in its own
  sentences), an app's weather-alert banner written as a full sentence: each line "B".
* COUNTS round the story (shares, comments, likes, "Comments (37)", "Tap to load comments (12)",
  read and listen times, running times, "1 of 12" gallery counters, print footers' "1/3") are "B".
* A PULL QUOTE (the story's words repeated in large type with a dash and the speaker's name) is one
  "B" sentence with no speaker: the words are labelled where the story gives them.
* READER COMMENTS pasted under a story are "B" line by line, the comment's text included (the
  handle, its age, the text, "Reply · 14 likes"): they are not the story and not the outlet's
  claims.
* NEWSLETTERS: the view-in-browser line, the name and issue line, the greeting "Good morning.",
  "Here's what you need to know.", the section labels, the sponsored block, the teasers, the
  sign-off and the editor's name line, "Forwarded this email?" and "Sign up here." (two sentences),
  why-you-got-this, unsubscribe and postal lines are "B"; the editor's one-line summary of the lead
  is flagged by content ("W", no speaker, the outlet's own claim), and labelled mini-sections ("Why
  it matters:", "The big picture:", "What's next:") are one sentence each with their label, flagged
  by content and attributed as the sentence attributes them.
* APP SHARE TEXT: the app's name line, the share link, "Shared from the ... app", the alert banner,
  the listen line, the alerts prompt, "Read the full story ...", "More in the app:" and its
  headlines, the store line and the phone's "Sent from my iPhone" are "B"; the headline the share
  leads with is flagged by content.
* PRINT VIEW: the print header (date, time and page title repeating the headline) and each footer
  (URL and page count on one line, one sentence) are "B" every time they repeat, even between two
  paragraphs of the story; "Click to enlarge" is "B".
* PHOTO GALLERIES: the gallery label, each counter, each credit and "View all 12 photos" are "B";
  each caption is flagged by content, "W" when it gives a year and a place of record.
* Notes about the text rather than the news are "B": a translation note, a syndication credit, a
  funding note, and a dated CORRECTION, even though it states a figure (the corrected figure stands
  in the story); a metered or membership block and an "ALSO READ:" or "Read also:" link that survive
  reader mode in mid-body are "B" like the rest of the page's furniture.
* Service lines inside the story (emergency numbers, a reporting line, a tip line with "OIC") are
  "W", like the toll-free line of the recent sets; the same kind of line in a page's footer
  ("Contact: newsdesk@...") is "B".
* Titles dropped from the label: "Cr" (no period), "Madam", "Datuk" with "Dr.", "Dr. (Mrs.)",
  "Mrs.", "Prof.", "Dr" (no period), "Judge", "SSP" with "Police Media Spokesman", the Yoruba
  community title "Baale", and roles before names ("PTC chairman", "Rovers coach", "Coordinator",
  "Curator", "Lead author"); kept as parts of names: Sri Lankan initials ("M. H. M. Nazeer-Ahamed")
  and Malay names in full ("Zulkifli Mat Isa", "Farid Hakimi Zulkarnain"); a Malay given name used
  alone later ("Rosnani said") resolves to the full name.
* "..., the Western Cape High Court ruled on Monday." at the end of a lead carries the court with
  the cue "ruled"; "The judge rejected that argument, noting that ..." carries the judge with the
  cue "noting"; a line the judgment states as a concession of record ("Its own engineer conceded
  ...") is "W", its rhetoric "".
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'New Zealand REGIONAL DAILY\'S WEBSITE (Dunedin), DESKTOP browser paste, LOCAL GOVERNMENT: the city council votes 9-6 for a 10.2% average rates rise to borrow $186 million for water pipes. Head: masthead, an EDITION PICKER line, a WEATHER WIDGET, the date bar, a menu with FRACTION-SLASH separators, crumb (all "B"); headline of record "W"; standfirst with a semicolon, the bill figure and "mayor says" a pipe-age share (one sentence, "W", carrying the mayor as first given); byline with role, a time/date line, a SHARE STRIP WITH A SHARE COUNT (all "B"); a caption "" and its credit "B". Body: the lead (an act, "W"); the forum count "W"; the mayor ("Mayor" dropped) with pipe ages and bursts ("W") and a two-sentence quote (""); a PULL QUOTE repeating her words with a dash and her name ("B", no speaker); "Advertisement" and "Continue reading below" ("B"); the typical bill "according to council documents" ("W") and the split of the rise ("W"); the dissenting councillor ("Cr" with no period dropped) with a characterisation ("") and a quote with a pension figure (""); the rebate and a postponement option from October (rules, "W"); a resident "told the meeting" (an anecdote, "") and her two-sentence quote (""); the water services manager with leak rates ("W") and a dated start of works ("W"); a question subhead ""; the tenancy rule ("W"); the effective date and first instalment ("W"). Tail: an AUTHOR BOX in two sentences, a TOPICS line, a NEWSLETTER SIGNUP BOX (heading, pitch, field, button, fine print), a COMMENT WIDGET (count, a commenter\'s handle, age, the comment\'s text, reply/likes), a "Most Read" label with a number and a headline on lines of their own, a three-line COOKIE BLOCK with two buttons, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'South African REGIONAL NEWS SITE (Paarl, Western Cape), PHONE BROWSER paste, COURTS: the Western Cape High Court orders a municipality to install 12 taps and six tanks at an informal settlement within 14 days. Head: a hamburger/masthead/search line, an APP-DOWNLOAD PROMPT in three lines (pitch, tagline, "INSTALL"), a METERED PAYWALL BAR in two sentences, a section line with spaced slashes (all "B"); headline of record "W"; standfirst "Judge finds ..." (a finding, "W", carrying the judge as first given); byline, a date and read-time line ("B"); a caption "" and an "Image:" credit "B". Body: "CAPE TOWN —" lead "the Western Cape High Court ruled" ("W"); the population and distance "according to court papers" ("W"); the judge ("Judge" dropped) "found" ("W"), a rhetorical line from the judgment "she wrote" ("") and a concession of record "she wrote" ("W"); her orders and costs (acts of the court with no verb of saying, no speaker, "W"); "ADVERTISEMENT" and an "Article continues after this ad" marker ("B"); the applicants ("W"); the association chairperson (role dropped) with walking times ("W") and a two-sentence quote (""); the municipal spokesperson with a hedge ("") and a causal claim ("W"); "The municipality argued in its answering affidavit" (the channel in the cue, "W"); the judge "noting" the photographs ("W"); the applicants\' attorney with an opinion ("") and a count ("W"); a question subhead ""; the constitutional right and free basic water, and the appeal window (rules, "W"); a queue scene "". Tail: a "Read next" label, one card headline and its read time, a WhatsApp follow line, a share row, a two-sentence COOKIE BANNER and its button, copyright ending "(Pty) Ltd" with no full stop, back-to-top (all "B").',
    'Nigerian NEWSPAPER\'S WEBSITE (Lagos), READER MODE paste, HEALTH: a cholera outbreak with 214 suspected cases and nine deaths in eight local government areas. Head: the bare domain line "B"; a "Cholera:" headline of record "W"; byline and a reader-mode reading-time range ("B"); a caption and its credit pasted in ONE LINE ("" then "B"). Body: the lead "the Commissioner for Health, Prof. ..., said" (role and "Prof." dropped, "W"); laboratory confirmations and the traced cause (surname resolving, "W"); a two-sentence quote "he told journalists" (""); an "ALSO READ:" link line that SURVIVES READER MODE ("B"); "According to the ministry" treatment figures ("W"); a consultant named "Dr. (Mrs.) ..." (both dropped) with a medical fact ("W") and a quote with "i.e." mid-sentence (""); national figures "according to the Nigeria Centre for Disease Control and Prevention" ("W"); a surviving "Advertisement" line ("B"); a fish seller ("Mrs." dropped) with an anecdote, a quote and a question with attribution (three, ""); "The state government said" (kept as written) sealed factories and "It said" tankers (resolving to the government as first given, "W"); a council chairman with shut boreholes ("W") and a plan without a date (""); a community head (the traditional title "Baale" dropped) with an anecdote, a quote with "₦300" and a question that ends the quote with no attribution after it (three, ""); house-to-house visits "The ministry said" ("W"); a question subhead ""; symptoms ("W"); the ministry\'s advice ("") and its emergency numbers ("W"). Tail: a FUNDING/SYNDICATION NOTE, a "Kindly share this story:" line and the share links left as text, a WhatsApp channel line, copyright split at "Ltd." before a reproduction notice, a contact line (all "B").',
    'Singaporean NEWSPAPER\'S AMP PAGE, AMP paste, TRANSPORT: the Public Transport Council approves a 6.1 per cent fare increase, up to 8 cents a journey from Dec 27. Head: the AMP back bar with the masthead, a section label ("B"); headline of record "W"; standfirst "Council says ..." (vouchers, "W", carrying the council as the body first names it); byline with role, a published/updated line kept whole ("B"); a TRANSLATION NOTE in two sentences ("B"). Body: "SINGAPORE –" lead (an act, acronym dropped, "W"); the formula cap "the council said in a statement" ("W"); fare changes ("W"); vouchers "The council said" ("W"); an "Advertisement" label and "Scroll to continue with content" ("B"); the chairman (role dropped) with a cost claim ("W"), a quote ("") and subsidies ("W"); a FARE TABLE (title, header row and source "B", three rows ""); a commuter ("Madam" dropped) with an anecdote and a quote (""); a student\'s plan (""); an economist ("Dr" without a period dropped) calling it reasonable ("") and a cost comparison ("W"); a question subhead ""; the voucher window with "Nov 15" and passes ("W"); the next review ("W"). Tail: a "Recommended" label and three NUMBERED headlines on one line each, a Telegram follow line, "View full site", copyright split at "Pte Ltd." before "Co. Regn. No. ..." (all "B").',
    'Malaysian ENGLISH DAILY\'S WEBSITE (Kuala Lumpur), PRINT VIEW paste, EDUCATION: SPM 2026 results, the best in a decade, with 12,406 straight-A candidates. Head: the browser\'s PRINT HEADER (date, time and page title repeating the headline), masthead, section ("B"); headline of record "W"; byline with two names in capitals and a date line with "MYT" ("B"); a "Click to enlarge" remnant ("B") and a caption with its credit after a dash in ONE LINE ("" then "B"). Body: "PUTRAJAYA:" lead (acronyms in brackets inside the sentence, "W") and what a lower GPN means ("W"); straight As "Education director-general Datuk Dr. ... said" ("Datuk" and "Dr." dropped, "W"); candidates and dates with "Nov 17 and Dec 24" ("W"); a FRONTED "Speaking at ..." phrase outside the cue, the certificate rule ("W"); her interpretation (""); failures ("W"); a PRINT FOOTER with the URL and "1/3" and a REPEATED PRINT HEADER ("B"); the rural-urban gap "Rosnani said" (a given name resolving to her full name, "W"); a RESULTS TABLE (title, header and source "B", rows ""); the minister with a plan ("") and application dates ("W"); a student\'s anecdote with "11pm" ("") and a quote "she said, laughing" (""); a teachers\' group president with an opinion ("") and vacancies ("W"); a second PRINT FOOTER "2/3" and header ("B"); a question subhead ""; collection from "10am today" and re-marking fees ("W"). Tail: "Related stories:" and two headlines, a "Tags / Keywords:" line, a two-sentence report-a-mistake line, copyright ending "Bhd" with no full stop, the last PRINT FOOTER "3/3" (all "B").',
    'Jamaican NEWSPAPER\'S BUSINESS NEWSLETTER, EMAIL NEWSLETTER paste, BUSINESS: a listed food maker\'s nine-month profit up 18 per cent to J$1.42 billion. Head: a view-in-browser line, the newsletter\'s name, a date and issue line with "No. 412" ("B"); a STOCK TICKER block (a "MARKETS AT A GLANCE" label and three rows of index and currency figures, all "B" whatever they say); the editor\'s GREETING ("B") and a one-line SUMMARY of the lead ("W", no speaker, the editor\'s own claim) and "Here\'s what you need to know." ("B"); a "TOP STORY" label ("B"); headline of record "W"; byline with role ("B"). Body: the lead with "Ltd." mid-sentence "the company said in unaudited results filed with the Jamaica Stock Exchange" (the channel in the cue, "W"); revenue with its cause and the quarter ("W"); the chief executive with the export share ("W") and a quote "she said in a call with analysts" with "St. Catherine" mid-sentence (a capacity figure, "W", then a plan ""); the dividend and shares ("W"); an analyst with her estimate beaten ("W") and a view (""); costs "which the company attributed" ("W"); inflation "according to the Statistical Institute of Jamaica" ("W"); THREE LABELLED MINI-SECTIONS ("Why it matters:", "The big picture:", "What\'s next:") each ONE SENTENCE with its label, by content ("W", the second carrying the manufacturers\' association with "according to", the third with "10 a.m. at" mid-sentence). Tail: a SPONSORED block (label, advertiser\'s copy, "Terms apply.", "Learn more ›"), an "ALSO IN TODAY\'S BRIEF" label and three teasers ending "›", a two-sentence sign-off and the editor\'s name line, "Forwarded this email?" and "Sign up here." (two sentences), a why-you-got-this line, an unsubscribe line, the postal address with "Ltd.," and "St.," mid-line (all "B").',
    'Trinidad and Tobago NEWSPAPER\'S APP, APP SHARE TEXT paste (the full-text share of a phone app, pasted from a message), WEATHER: more than 30 homes flooded in Penal and Debe after 97.4 millimetres of rain in six hours. Head: the app\'s name line with an emoji ("B"); headline with "6 p.m. Wednesday" mid-sentence ("W"); the SHARE LINK and a "Shared from ... app" line ("B"); the app\'s WEATHER ALERT BANNER, a full sentence ending "6 p.m. Wednesday." ("B", whatever it says); a section line with a bullet, the byline and a date line with "9.10 pm", a listen line with its duration (all "B"). Body: a CAPITALISED FIRST WORD lead "the Trinidad and Tobago Meteorological Service (TTMS) said" (acronym dropped, "W"); the cause and the alert "The TTMS said" (resolving, "W"); a meteorologist\'s forecast and quote (""); the corporation chairman with sandbags and families ("W") and a closed road ("W"); the disaster office\'s reports ("W"); a resident\'s anecdote, a quote in dialect and a question with attribution (three, ""); an evening scene ("") and a water cut "The Water and Sewerage Authority said" ("W"); a RAINFALL TABLE (title with "6 a.m. to 12 noon", header and source "B", three rows ""); school closures "The Ministry of Education said" ("W"); a question subhead ""; the TTMS\'s advice (""), hotline numbers ("W") and the month\'s rainfall against the average ("W"). Tail: an alerts prompt with a bell, a read-the-full-story line, a "More in the app:" label and two headlines with arrows, a download line with three stores, and the phone\'s "Sent from my iPhone" (all "B").',
    'Ugandan SPORTS SITE (Kampala), DESKTOP browser paste, SPORT: Kawempe Rovers win the Uganda Premier League on the final day, 2-1 against Entebbe Marine with an 88th-minute header. Head: masthead, a menu with pipes, a LIVE-SCORE WIDGET (label, three result lines with "FT" and "67\'", a see-all link, all "B" whatever they say, including the story\'s own result); headline and standfirst of record ("W"); byline, a date line, a SHARE AND COMMENT COUNT line with emoji ("B"); a caption "" and its credit "B". Body: the lead, the points and the first title since 2009 ("W"); the penalty, the handball and the free kick ("W"); the coach (role dropped) with a half-time anecdote (""), a quote with the 18-year wait ("W") and an exclamation with attribution (""); the scorer\'s age and goals ("W") and his quote (""); a VIDEO BLOCK ("▶ VIDEO" label "B", a description of record "W", the running time and the video credit "B"); the losing coach\'s complaint (""); "Advertisement" and "Story continues after advertisement" ("B"); prize money "The Federation of Uganda Football Associations said" ("W"); the crowd "Police said" ("W"); the continental place ("W"); a question subhead ""; relegation ("W"); a STANDINGS TABLE (title and header "B", four rows ""). Tail: a FOLLOW-US STRIP, a "TRENDING" label and two headlines numbered "01" and "02" on their lines, tags, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Sri Lankan NEWS SITE (Colombo), PHONE BROWSER paste, CRIME: three men arrested over a Rs. 48 million jewellery robbery in Kandy. Head: a menu/masthead/bell line, a PUSH-NOTIFICATION PROMPT and its "Block" and "Allow" buttons on their own lines, an open-in-app line, a section label (all "B"); headline of record "W"; byline, a relative time and read-time line ("B"); a caption "" and its credit "B". Body: "KANDY –" lead with "Rs. 48 million" mid-sentence "Police Media Spokesman SSP ... said" (title and rank dropped, "W"); arrests and recoveries "he said" ("W"); the robbery "at about 10.40 a.m. on Thursday" "according to the police" ("W"); CCTV and the look-out ("W"); an "ADVERTISEMENT" line and a "▼ Continue reading" expander ("B"); remand ("W"); the shop owner\'s history and a two-sentence quote ("") and the insured value ("W"); an unnamed neighbour kept as written, the clause on why he is unnamed dropped (""); the unit under "ASP" (no period) ENDING a sentence ("W"); previous convictions "Police said" ("W"); the jewellers\' association\'s count ("W") and its secretary\'s plan, his Sri Lankan initials "M. H. M." kept in the label (""); a question subhead ""; police advice ("") and a tip line with "OIC" ("W"). Tail: a "Related" label and a card headline, a tap-to-load-comments line with a count, a WhatsApp follow line, a links row with middle dots, copyright (all "B").',
    'Maltese NEWS SITE (Valletta), READER MODE paste, ENVIRONMENT: a record 11 loggerhead turtle nests on Maltese beaches, part of Golden Bay cordoned off at night and a beach operator fined. Head: the bare domain line "B"; headline of record "W"; byline and an "Estimated reading time:" line ("B"); a caption "" and its credit "B". Body: the lead "the Environment and Resources Authority (ERA) said" (acronym dropped, "W"); the previous record "the authority said" (kept as written, "W"); the cordon and lights off "after 8pm" ("W"); the head of biodiversity ("Dr" dropped) with a causal claim ("W"), a quote split across two sentences ("") and eggs and hatching ("W"); last year\'s hatchlings "according to ERA figures" ("W"); a "Read also:" link line that SURVIVES READER MODE ("B"); the fine ("W"); "The operator, Mellieħa Leisure Ltd., said" (descriptor dropped, "Ltd.," mid-sentence, ""); a night scene ("") and an onlooker\'s quote with "said" before her name (""); the volunteers\' shifts ("W"); the coordinator (role dropped) with a count ("W"), a scene quote ("") and an exclamation with attribution (""); a METERED MEMBERSHIP BLOCK that survives reader mode, two sentences ("B"); a marine biologist ("Prof." dropped) with the nesting range ("W") and a quote (""); a question subhead ""; "The ERA asks" (resolving, advice ""), the fine under Maltese law and the reporting line ("W"). Tail: a surviving NEWSLETTER BOX (pitch and "Sign up"), a dated CORRECTION in two sentences ("B", like a writethru note, though it states a figure), a hashtag line ("B").',
    'Bermudian NEWS SITE\'S AMP PAGE (Hamilton), AMP paste, CULTURE: an exhibition of 140 photographs of Gombey troupes taken between 1952 and 1990 opens at the City Hall Arts Centre. Head: the AMP menu/masthead line, a section label ("B"); headline of record "W"; standfirst "" (a description); byline, a date line, a share row with emoji ("B"). Body: the opening ("W"); the photographer\'s life and death ("W"); the negatives found in 2023 ("W"); the curator ("Dr" dropped) with visitor figures ("W") and a quote over three sentences (a feeling and an anecdote, ""); an "Advertisement" line ("B"); a PHOTO GALLERY (a "PHOTO GALLERY:" label, COUNTERS "1 of 12", "2 of 12", "3 of 12", each caption by content: two with a year and a place "W", one a description "", each credit "B", and a "View all 12 photos" link "B"); funding "the curator said" (role noun resolving, "W"); the daughter (surname "Minors" resolving to her full name) with a family anecdote and a quote (""); a troupe captain (role dropped) with dancer numbers ("W") and a quote with a cost comparison ("W"); admission and dates, and talks "at 6 p.m. with" ("W"); a SPONSORED label and an advertiser\'s line ("B"); a question subhead ""; the archive gift ("W") and the curator\'s hope (""). Tail: a "Related" label and two headlines, a FOLLOW-US strip, "Read on tidewater.bm", copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Namibian NEWSPAPER\'S WEBSITE (Windhoek), DESKTOP browser paste, SCIENCE: a five-year study finds grasses, not termites, make the Namib\'s fairy circles. Head: masthead, a WEATHER-CURRENCY-DATE WIDGET line with a decimal exchange rate, a menu with white bullets, a "You are here:" crumb with guillemets (all "B"); a four-line COOKIE BLOCK (heading, two sentences, a button row, "B"); headline "..., five-year Namib study finds" ("W", carrying the study as the body gives it) and standfirst "..., researchers report" ("W", carrying "researchers" as written, like "Engineers found"); byline, a published line, a SHARE COUNT strip ("B"). Body: "WINDHOEK –" lead "according to a five-year study published on Tuesday" (the document as written, "W"); the method ("W"); the result "the team reported in the journal Desert Systems Letters" (the channel in the cue, "W"); the soil sensors ("W"); the lead author ("Dr" dropped) with a finding ("W"), a quote ("") and cost and funding ("W"); a VIDEO BLOCK ("VIDEO" label "B", a plain description "", running time and credit "B"); an outside scientist ("Prof." dropped) with an opinion (""), a circle\'s lifespan ("W") and a quote (""); "Advertisement" and "Article continues below" ("B"); the circles\' size and range ("W"); a tour guide\'s anecdote and a quote "he said, laughing" (""); a question subhead ""; "The authors say" a speculation ("") and a plan (""). Tail: a JOURNAL REFERENCE line kept whole at "et al." and the title\'s full stop, a SYNDICATION CREDIT, an AUTHOR BOX in two sentences with a handle, tags, a "Recommended for you" label and three NUMBERED headlines, a COMMENT WIDGET (label, "Be the first to comment.", a log-in rule), footer links, copyright split before "All rights reserved." (all "B").',
]

ARTICLES = [
    # 1
    [
        [
            ("OTAGO CLARION", "", "", "B"),
        ],
        [
            ("Edition: Dunedin ▾  |  Queenstown  ·  Oamaru  ·  Central Otago", "", "", "B"),
        ],
        [
            ("Dunedin 11° Light rain  ·  Tomorrow 14° Fine spells", "", "", "B"),
        ],
        [
            ("Wednesday, 30 June 2027", "", "", "B"),
        ],
        [
            (
                "News ⁄ Sport ⁄ Business ⁄ Rural ⁄ Opinion ⁄ Life & Style ⁄ Notices ⁄ Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › News › Dunedin", "", "", "B"),
        ],
        [
            ("Dunedin rates to rise 10.2% as council votes 9-6 for $186m pipe plan", "", "", "W"),
        ],
        [
            (
                "Average household bill up $398 a year; mayor says a third of the city's water mains are more than 80 years old",
                "Jules Kettering-Harte",
                "says",
                "W",
            ),
        ],
        [
            ("By Mereana Tautahi-Lowry, Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("5:40pm 29 June 2027", "", "", "B"),
        ],
        [
            ("Share  ·  412 shares  ·  Facebook  ·  X  ·  Email  ·  Copy link", "", "", "B"),
        ],
        [
            (
                "Councillors debate the long-term plan amendment in the council chamber on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Clarion / Hamish Te Rangi-Bruce", "", "", "B"),
        ],
        [
            (
                "Dunedin ratepayers will pay an average 10.2% more in rates from July 1 after the city council voted 9-6 on Tuesday to borrow $186 million over 10 years to replace ageing water pipes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The vote came at the end of a six-hour meeting in which 41 people spoke in the public forum.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Jules Kettering-Harte said 34% of the city's 1,240km of water mains were more than 80 years old, and that council crews had fixed 2,118 burst pipes in the past year, up from 1,450 in 2022.",
                "Jules Kettering-Harte",
                "said",
                "W",
            ),
            (
                "“We cannot keep patching pipes that were laid before the First World War,” she said.",
                "Jules Kettering-Harte",
                "said",
                "",
            ),
            (
                "“Every year we put this off, the bill gets bigger.”",
                "Jules Kettering-Harte",
                "said",
                "",
            ),
        ],
        [
            (
                "“Every year we put this off, the bill gets bigger.” — Mayor Jules Kettering-Harte",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            (
                "For a house with a capital value of $620,000, the Dunedin median, the annual rates bill rises from $3,902 to $4,300, according to council documents.",
                "council documents",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The rise is made up of 6.4 percentage points for water, 2.1 for general costs and 1.7 for a kerbside food-waste collection that starts in March 2028.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cr Douglas Fenwick-Ahomiro, who voted against the plan, said the council had “lost sight of people on fixed incomes”.",
                "Douglas Fenwick-Ahomiro",
                "said",
                "",
            ),
            (
                "“A pensioner in Mosgiel on $1,050 a fortnight can't find another $8 a week,” he said.",
                "Douglas Fenwick-Ahomiro",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Government's rates rebate scheme, ratepayers on low incomes can claim up to $805 a year back.",
                "",
                "",
                "W",
            ),
            (
                "The council will also offer ratepayers over 65 the option of postponing part of their rates from October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mosgiel resident Aroha Whitcombe-Pene, 72, told the meeting she had already cut her heating back to one room.",
                "Aroha Whitcombe-Pene",
                "told the meeting",
                "",
            ),
            ("“I'm not against pipes.", "Aroha Whitcombe-Pene", "said", ""),
            (
                "I'm against being the last one asked,” she said.",
                "Aroha Whitcombe-Pene",
                "said",
                "",
            ),
        ],
        [
            (
                "The council's water services manager, Sione Paewai-Moala, said the city lost an estimated 31% of its treated water through leaks, against a national median of about 21%.",
                "Sione Paewai-Moala",
                "said",
                "W",
            ),
            (
                "He said crews would start on the Caversham and South Dunedin mains in September.",
                "Sione Paewai-Moala",
                "said",
                "W",
            ),
        ],
        [
            ("What does it mean for renters?", "", "", ""),
        ],
        [
            (
                "Under the Residential Tenancies Act, landlords can raise the rent no more than once every 12 months, whatever happens to the rates.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The new rates take effect on July 1, and the first instalment is due on August 31.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mereana Tautahi-Lowry covers local government in Dunedin and the Taieri.",
                "",
                "",
                "B",
            ),
            ("Her reporting is funded through the Local Democracy Reporting scheme.", "", "", "B"),
        ],
        [
            ("Topics: Dunedin City Council · Rates · Water · Long-term plan", "", "", "B"),
        ],
        [
            ("Get the Clarion Daily", "", "", "B"),
        ],
        [
            ("The day's top Otago stories, in your inbox by 6am.", "", "", "B"),
        ],
        [
            ("Enter your email", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("By signing up you agree to our Terms and Privacy Policy.", "", "", "B"),
        ],
        [
            ("Comments (37)", "", "", "B"),
        ],
        [
            ("kaikorai_kev", "", "", "B"),
        ],
        [
            ("2h ago", "", "", "B"),
        ],
        [
            ("Fix the pipes, but sell the golf course first.", "", "", "B"),
        ],
        [
            ("Reply  ·  14 likes", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Queenstown airport to trial overnight curfew changes", "", "", "B"),
        ],
        [
            ("We value your privacy", "", "", "B"),
            (
                "We and our partners use cookies to personalise content and ads and to understand how our site is used.",
                "",
                "",
                "B",
            ),
            ("You can change your choices at any time under Privacy Settings.", "", "", "B"),
        ],
        [
            ("Accept all", "", "", "B"),
        ],
        [
            ("Manage choices", "", "", "B"),
        ],
        [
            ("© 2027 Otago Clarion Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 2
    [
        [
            ("☰   BOLAND COURANT   🔍", "", "", "B"),
        ],
        [
            ("Get the Courant app", "", "", "B"),
        ],
        [
            ("Faster news, fewer ads.", "", "", "B"),
        ],
        [
            ("INSTALL", "", "", "B"),
        ],
        [
            ("You have 2 free articles left this month.", "", "", "B"),
            ("Subscribe from R49 a month for unlimited reading.", "", "", "B"),
        ],
        [
            ("NEWS  /  COURTS", "", "", "B"),
        ],
        [
            ("Court gives Drakenstein 14 days to bring water to Lwandisa settlement", "", "", "W"),
        ],
        [
            (
                "Judge finds the municipality knew of the shortage for more than two years and “offered meetings instead of water”",
                "Nomvula Ferreira-Dlamini",
                "finds",
                "W",
            ),
        ],
        [
            ("Nolitha Abrahams-Mokoena", "", "", "B"),
        ],
        [
            ("14 Sep 2027 · 3 min read", "", "", "B"),
        ],
        [
            (
                "Residents of the Lwandisa informal settlement fill containers at the only working tap nearby.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image: Boland Courant", "", "", "B"),
        ],
        [
            (
                "CAPE TOWN — The Drakenstein Municipality must install 12 communal taps and six water tanks at the Lwandisa informal settlement outside Paarl within 14 days, the Western Cape High Court ruled on Monday.",
                "the Western Cape High Court",
                "ruled",
                "W",
            ),
        ],
        [
            (
                "About 1,860 people live in the settlement, where the nearest working tap is 1.4km away, according to court papers.",
                "court papers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Judge Nomvula Ferreira-Dlamini found that the municipality had known of the shortage since at least March 2025, when residents first wrote to it, and had “offered meetings instead of water”.",
                "Nomvula Ferreira-Dlamini",
                "found",
                "W",
            ),
            (
                "“The Constitution does not allow a municipality to ration dignity by the bucket,” she wrote.",
                "Nomvula Ferreira-Dlamini",
                "wrote",
                "",
            ),
            (
                "“Its own engineer conceded that a pipeline of some 600 metres would connect the settlement to the bulk main.”",
                "Nomvula Ferreira-Dlamini",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "She ordered the municipality to service the tanks at least twice a week and to file a report with the court within 30 days setting out a plan for a permanent connection.",
                "",
                "",
                "W",
            ),
            (
                "The municipality was also ordered to pay the costs of the application, including the costs of two counsel.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Article continues after this ad", "", "", "B"),
        ],
        [
            (
                "The application was brought in June by the Lwandisa Residents' Association and the Winelands Water Rights Project, a non-profit group based in Stellenbosch.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Association chairperson Thandeka Mqhayi-Jordaan said women in the settlement spent up to three hours a day carrying water.",
                "Thandeka Mqhayi-Jordaan",
                "said",
                "W",
            ),
            ("“Today the court heard us.", "Thandeka Mqhayi-Jordaan", "said", ""),
            (
                "Now we will see if the municipality hears the court,” she said.",
                "Thandeka Mqhayi-Jordaan",
                "said",
                "",
            ),
        ],
        [
            (
                "Municipal spokesperson Riaan Pietersen-Ndlovu said the municipality respected the court and was “studying the judgment with its legal team”.",
                "Riaan Pietersen-Ndlovu",
                "said",
                "",
            ),
            (
                "He said the settlement was on privately owned land, which had delayed the installation of permanent infrastructure.",
                "Riaan Pietersen-Ndlovu",
                "said",
                "W",
            ),
        ],
        [
            (
                "The municipality argued in its answering affidavit that it had delivered water by tanker twice a week since April.",
                "The municipality",
                "argued in its answering affidavit",
                "W",
            ),
            (
                "The judge rejected that argument, noting that residents had filed 43 photographs of empty tanks taken on delivery days.",
                "Nomvula Ferreira-Dlamini",
                "noting",
                "W",
            ),
        ],
        [
            (
                "Sipho Kleinhans-Nongogo, an attorney for the applicants, said the order was “a template for every settlement in the Winelands”.",
                "Sipho Kleinhans-Nongogo",
                "said",
                "",
            ),
            (
                "He said at least 14 other informal settlements in the Drakenstein area had no piped water within 200 metres.",
                "Sipho Kleinhans-Nongogo",
                "said",
                "W",
            ),
        ],
        [
            ("What does the law say?", "", "", ""),
        ],
        [
            (
                "Section 27 of the Constitution gives everyone the right to have access to sufficient water, and national policy sets a free basic allowance of six kilolitres per household a month.",
                "",
                "",
                "W",
            ),
            ("The municipality has 15 court days to apply for leave to appeal.", "", "", "W"),
        ],
        [
            (
                "On Monday afternoon, about 30 people with plastic containers stood in line at the single tap beside the R301.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Paarl farmworkers' strike enters third week", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            ("Follow the Courant on WhatsApp for breaking news", "", "", "B"),
        ],
        [
            ("Share:  WhatsApp  ·  Facebook  ·  X  ·  Copy link", "", "", "B"),
        ],
        [
            ("We use cookies to improve your experience.", "", "", "B"),
            ("By continuing to browse you agree to our Cookie Policy.", "", "", "B"),
        ],
        [
            ("OK, GOT IT", "", "", "B"),
        ],
        [
            ("© 2027 Boland Courant (Pty) Ltd", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
    ],
    # 3
    [
        [
            ("lagoonmirror.com.ng", "", "", "B"),
        ],
        [
            ("Cholera: Lagos confirms 214 suspected cases, nine deaths in eight LGAs", "", "", "W"),
        ],
        [
            ("Chiamaka Adeyemi-Okafor", "", "", "B"),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            ("Health workers at the cholera isolation centre in Ikorodu on Monday.", "", "", ""),
            ("Photo: Lagoon Mirror/Tunde Bakare-Eleyinmi", "", "", "B"),
        ],
        [
            (
                "The Lagos State Government has confirmed 214 suspected cases of cholera and nine deaths in eight local government areas since August 2, the Commissioner for Health, Prof. Olumide Adebanjo-Ezeh, said on Tuesday.",
                "Olumide Adebanjo-Ezeh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Adebanjo-Ezeh said 31 of the cases had been confirmed by laboratory tests at the state public health laboratory in Yaba.",
                "Olumide Adebanjo-Ezeh",
                "said",
                "W",
            ),
            (
                "He said most of the cases were in Eti-Osa, Lagos Island and Kosofe, and that the outbreak had been traced to contaminated water from shallow wells and unlicensed sachet water producers.",
                "Olumide Adebanjo-Ezeh",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are not yet at the stage of panic, but we are at the stage of caution,” he told journalists at the ministry in Alausa.",
                "Olumide Adebanjo-Ezeh",
                "told journalists",
                "",
            ),
            (
                "“Every Lagosian should treat every cup of water as suspect until it is boiled.”",
                "Olumide Adebanjo-Ezeh",
                "told journalists",
                "",
            ),
        ],
        [
            ("ALSO READ: Lagos to shut 40 unlicensed abattoirs in waste crackdown", "", "", "B"),
        ],
        [
            (
                "According to the ministry, 142 patients have been treated and discharged, while 63 remain on admission at isolation centres in Yaba, Ikorodu and Badagry.",
                "the ministry",
                "According to",
                "W",
            ),
        ],
        [
            (
                "Dr. (Mrs.) Funmilayo Odunsi-Bassey, a consultant physician at the Lagos University Teaching Hospital, Idi-Araba, said cholera could kill within hours if untreated, but that fewer than 1 per cent of patients died when given oral rehydration salts promptly.",
                "Funmilayo Odunsi-Bassey",
                "said",
                "W",
            ),
            (
                "“Most of the deaths we see are people who came late, i.e. after a whole night of vomiting at home.”",
                "Funmilayo Odunsi-Bassey",
                "said",
                "",
            ),
        ],
        [
            (
                "Nationally, 2,917 suspected cases and 84 deaths had been recorded in 19 states this year as of September 7, according to the Nigeria Centre for Disease Control and Prevention.",
                "the Nigeria Centre for Disease Control and Prevention",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "At Oyingbo market, where a cholera death was recorded last week, a fish seller, Mrs. Kafayat Durojaiye-Eze, said her sales had fallen by half.",
                "Kafayat Durojaiye-Eze",
                "said",
                "",
            ),
            (
                "“People are afraid to buy anything that has touched water,” she said.",
                "Kafayat Durojaiye-Eze",
                "said",
                "",
            ),
            (
                "“How do I sell smoked fish to people who think the lagoon is poison?” she asked.",
                "Kafayat Durojaiye-Eze",
                "asked",
                "",
            ),
        ],
        [
            (
                "The state government said it had sealed 27 sachet water factories operating without a licence from the National Agency for Food and Drug Administration and Control since August.",
                "The state government",
                "said",
                "W",
            ),
            (
                "It said 12 water tankers had been sent to communities without piped supply.",
                "the Lagos State Government",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kosofe council chairman Olatokunbo Ogunbiyi-Nwosu said two boreholes in Ketu had been shut after tests found faecal bacteria.",
                "Olatokunbo Ogunbiyi-Nwosu",
                "said",
                "W",
            ),
            (
                "He said the council would drill four new boreholes “before the rains end”.",
                "Olatokunbo Ogunbiyi-Nwosu",
                "said",
                "",
            ),
        ],
        [
            (
                "In Makoko, where many homes draw water from shallow wells, the community head, Baale Sunday Hunsu-Agbo, said families could not afford to buy treated water every day.",
                "Sunday Hunsu-Agbo",
                "said",
                "",
            ),
            ("“A bag of pure water is ₦300 now,” he said.", "Sunday Hunsu-Agbo", "said", ""),
            ("“Who will give us ₦300 three times a day?”", "Sunday Hunsu-Agbo", "said", ""),
        ],
        [
            (
                "The ministry said it had begun house-to-house visits in 84 wards to trace contacts and disinfect wells.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            ("What are the symptoms?", "", "", ""),
        ],
        [
            (
                "Cholera causes sudden watery diarrhoea, vomiting and leg cramps, although most people who are infected show no symptoms at all.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The ministry advised residents to boil or chlorinate drinking water, wash their hands with soap and go to the nearest primary health centre at the first sign of diarrhoea.",
                "The ministry",
                "advised",
                "",
            ),
            ("Its emergency lines are 767 and 112.", "", "", "W"),
        ],
        [
            ("This report was supported by the Lagos Health Reporting Fellowship.", "", "", "B"),
        ],
        [
            ("Kindly share this story:", "", "", "B"),
        ],
        [
            ("Facebook  WhatsApp  X  LinkedIn  Email", "", "", "B"),
        ],
        [
            ("Join the Lagoon Mirror WhatsApp channel for breaking news", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Lagoon Mirror Ltd.", "", "", "B"),
            (
                "No part of this story may be republished, broadcast or rewritten without written permission.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Contact: newsdesk@lagoonmirror.com.ng", "", "", "B"),
        ],
    ],
    # 4
    [
        [
            ("‹  TANJONG ECHO", "", "", "B"),
        ],
        [
            ("SINGAPORE", "", "", "B"),
        ],
        [
            ("Bus and train fares to rise by up to 8 cents a ride from Dec 27", "", "", "W"),
        ],
        [
            (
                "Council says 1.1 million lower-income households will get $60 transport vouchers",
                "the Public Transport Council",
                "says",
                "W",
            ),
        ],
        [
            ("Chia Wei Shan, Transport Correspondent", "", "", "B"),
        ],
        [
            ("Published Oct 14, 2027, 5:30 PM  |  Updated Oct 14, 2027, 9:12 PM", "", "", "B"),
        ],
        [
            (
                "This article was first published in Chinese by our sister paper, Tanjong Shang Bao.",
                "",
                "",
                "B",
            ),
            ("It has been translated and edited for length.", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – Bus and train fares will rise by up to 8 cents a journey from Dec 27, after the Public Transport Council (PTC) approved an overall fare increase of 6.1 per cent on Oct 14.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The increase is below the maximum of 9.9 per cent allowed under this year's fare review formula, the council said in a statement.",
                "the council",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Adult card fares will go up by 8 cents a journey, while fares for students, seniors and people with disabilities will rise by 4 cents.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council said about 1.1 million lower-income households would receive $60 public transport vouchers, up from $50 in the last exercise.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Scroll to continue with content", "", "", "B"),
        ],
        [
            (
                "PTC chairman Goh Siew Peng said higher energy and manpower costs had pushed up the cost of running buses and trains by $412 million since the last review.",
                "Goh Siew Peng",
                "said",
                "W",
            ),
            (
                "“We have kept the increase as small as we can, but the gap between what commuters pay and what the system costs cannot keep growing,” she said.",
                "Goh Siew Peng",
                "said",
                "",
            ),
            (
                "She said the Government currently pays about $2 billion a year in bus and rail subsidies.",
                "Goh Siew Peng",
                "said",
                "W",
            ),
        ],
        [
            ("HOW FARES WILL CHANGE", "", "", "B"),
        ],
        [
            ("Fare type | Now | From Dec 27", "", "", "B"),
        ],
        [
            ("Adult card | 99 cents to $2.37 | $1.07 to $2.45", "", "", ""),
        ],
        [
            ("Student and senior card | 52 cents to 93 cents | 56 cents to 97 cents", "", "", ""),
        ],
        [
            ("Adult cash fare | $1.90 to $3.20 | $2.00 to $3.30", "", "", ""),
        ],
        [
            ("Source: Public Transport Council", "", "", "B"),
        ],
        [
            (
                "Madam Chua Bee Lian, 67, who takes two buses from Jurong West to her job at a hawker centre in Clementi, said she already spends about $4.20 a day on fares.",
                "Chua Bee Lian",
                "said",
                "",
            ),
            (
                "“Eight cents sounds like nothing, but I tap in four times a day,” she said.",
                "Chua Bee Lian",
                "said",
                "",
            ),
        ],
        [
            (
                "Polytechnic student Harish Kumaravel, 19, said he would walk the two stops to Bishan MRT station “when it's not raining”.",
                "Harish Kumaravel",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Walter Seah-Ramasamy, a transport economist at the Marina Policy Institute, called the increase “reasonable”.",
                "Walter Seah-Ramasamy",
                "called",
                "",
            ),
            (
                "He said operating costs had risen faster than fares in each of the last three reviews.",
                "Walter Seah-Ramasamy",
                "said",
                "W",
            ),
        ],
        [
            ("Who gets help?", "", "", ""),
        ],
        [
            (
                "Households with a monthly income per person of $1,600 or less can collect the vouchers at community centres from Nov 15 to March 31.",
                "",
                "",
                "W",
            ),
            (
                "Monthly concession passes for students will not change, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            ("The next fare review will begin in the second half of 2028.", "", "", "W"),
        ],
        [
            ("Recommended", "", "", "B"),
        ],
        [
            ("1. Thomson-East Coast Line stations to open two weeks early", "", "", "B"),
        ],
        [
            ("2. Woodlands Checkpoint queues ease after new lanes open", "", "", "B"),
        ],
        [
            ("3. ERP rates to go up at six gantries in November", "", "", "B"),
        ],
        [
            ("Join our Telegram channel for the latest news", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("© 2027 Tanjong Echo Pte Ltd.", "", "", "B"),
            ("Co. Regn. No. 201904417K.", "", "", "B"),
        ],
    ],
    # 5
    [
        [
            (
                "6/18/27, 8:47 AM        SPM 2026: Best results in a decade as 12,406 score straight As | The Klang Valley Express",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE KLANG VALLEY EXPRESS", "", "", "B"),
        ],
        [
            ("Nation", "", "", "B"),
        ],
        [
            ("SPM 2026: Best results in a decade as 12,406 score straight As", "", "", "W"),
        ],
        [
            ("By NUR AQILAH ZAINAL and KEVIN LOH CHEE MENG", "", "", "B"),
        ],
        [
            ("Thursday, 17 Jun 2027  3:41 PM MYT", "", "", "B"),
        ],
        [
            ("Click to enlarge", "", "", "B"),
        ],
        [
            (
                "Candidates at a school in Shah Alam celebrate after receiving their results.",
                "",
                "",
                "",
            ),
            ("— SHAHRIL ANUAR/The Klang Valley Express", "", "", "B"),
        ],
        [
            (
                "PUTRAJAYA: Candidates of the 2026 Sijil Pelajaran Malaysia (SPM) examination recorded the best results in a decade, with the national grade average (GPN) improving to 4.49 from 4.60.",
                "",
                "",
                "W",
            ),
            ("A lower GPN means better results.", "", "", "W"),
        ],
        [
            (
                "A total of 12,406 candidates, or 3.2 per cent, obtained an A+, A or A- in every subject they sat, up from 11,713, Education director-general Datuk Dr. Rosnani Iskandar said.",
                "Rosnani Iskandar",
                "said",
                "W",
            ),
            (
                "She said 382,917 candidates sat the examination at 3,361 centres between Nov 17 and Dec 24 last year.",
                "Rosnani Iskandar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Speaking at the results announcement at the ministry here yesterday, she said 93.7 per cent of candidates qualified for the SPM certificate, which requires a pass in Bahasa Melayu and History.",
                "Rosnani Iskandar",
                "said",
                "W",
            ),
            (
                "“This is the first cohort to spend all five years of secondary school after the pandemic, and it shows,” she said.",
                "Rosnani Iskandar",
                "said",
                "",
            ),
        ],
        [
            (
                "The number of candidates who failed every subject fell to 1,104 from 1,577.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "https://www.kvexpress.com.my/news/nation/2027/06/17/spm-2026-best-results-in-a-decade    1/3",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "6/18/27, 8:47 AM        SPM 2026: Best results in a decade as 12,406 score straight As | The Klang Valley Express",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Rural schools narrowed the gap with urban schools, with the difference in GPN falling to 0.41 from 0.58, Rosnani said.",
                "Rosnani Iskandar",
                "said",
                "W",
            ),
        ],
        [
            ("SPM RESULTS AT A GLANCE", "", "", "B"),
        ],
        [
            ("Item | 2025 | 2026", "", "", "B"),
        ],
        [
            ("Candidates | 379,204 | 382,917", "", "", ""),
        ],
        [
            ("National grade average (GPN) | 4.60 | 4.49", "", "", ""),
        ],
        [
            ("Straight As | 11,713 | 12,406", "", "", ""),
        ],
        [
            ("Source: Ministry of Education", "", "", "B"),
        ],
        [
            (
                "Education Minister Farid Hakimi Zulkarnain said in a statement that the ministry would expand its after-school tuition programme to all rural districts.",
                "Farid Hakimi Zulkarnain",
                "said in a statement",
                "",
            ),
            (
                "He said applications for Form Six and matriculation colleges would open from June 21 to July 5.",
                "Farid Hakimi Zulkarnain",
                "said",
                "W",
            ),
        ],
        [
            (
                "At a school in Shah Alam, Nurul Izzati Faizal, 18, who scored 10A+, said she had studied with her twin sister every night until 11pm.",
                "Nurul Izzati Faizal",
                "said",
                "",
            ),
            (
                "“My sister got 9A+, so now I will hear about that one subject forever,” she said, laughing.",
                "Nurul Izzati Faizal",
                "said",
                "",
            ),
        ],
        [
            (
                "Malaysian Secondary Teachers' Congress president Zulkifli Mat Isa said the results were “a credit to teachers working in overcrowded classes”.",
                "Zulkifli Mat Isa",
                "said",
                "",
            ),
            (
                "He said 2,700 teaching posts in Sabah and Sarawak were still unfilled.",
                "Zulkifli Mat Isa",
                "said",
                "W",
            ),
        ],
        [
            (
                "https://www.kvexpress.com.my/news/nation/2027/06/17/spm-2026-best-results-in-a-decade    2/3",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "6/18/27, 8:47 AM        SPM 2026: Best results in a decade as 12,406 score straight As | The Klang Valley Express",
                "",
                "",
                "B",
            ),
        ],
        [
            ("How do I get my results?", "", "", ""),
        ],
        [
            (
                "Candidates can collect their certificates from their schools from 10am today, and results can also be checked online and by SMS.",
                "",
                "",
                "W",
            ),
            (
                "Applications for re-marking must be submitted by July 1, at a fee of RM50 a subject.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related stories:", "", "", "B"),
        ],
        [
            ("Matriculation intake to rise to 40,000 places", "", "", "B"),
        ],
        [
            ("Sabah schools get 600 new teachers in January", "", "", "B"),
        ],
        [
            ("Tags / Keywords: Nation, SPM, Education, Results", "", "", "B"),
        ],
        [
            ("Found a mistake in this article?", "", "", "B"),
            ("Report it to us.", "", "", "B"),
        ],
        [
            ("Copyright © 1995-2027 Klang Valley Express Media Sdn Bhd", "", "", "B"),
        ],
        [
            (
                "https://www.kvexpress.com.my/news/nation/2027/06/17/spm-2026-best-results-in-a-decade    3/3",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 6
    [
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("KINGSTON BEACON  |  BUSINESS BRIEF", "", "", "B"),
        ],
        [
            ("Thursday, November 11, 2027 · No. 412", "", "", "B"),
        ],
        [
            ("MARKETS AT A GLANCE", "", "", "B"),
        ],
        [
            ("JSE Main Index  328,614.27  ▲ 0.61%", "", "", "B"),
        ],
        [
            ("JSE Junior Market Index  4,102.55  ▼ 0.23%", "", "", "B"),
        ],
        [
            ("US$1 = J$157.84  ▼ 0.12%", "", "", "B"),
        ],
        [
            ("Good morning.", "", "", "B"),
            (
                "Blue Mahoe's nine-month profit is in, and it beat what analysts expected.",
                "",
                "",
                "W",
            ),
            ("Here's what you need to know.", "", "", "B"),
        ],
        [
            ("TOP STORY", "", "", "B"),
        ],
        [
            ("Blue Mahoe Foods profit up 18% to $1.42b on export sales", "", "", "W"),
        ],
        [
            ("By Kemar Ashcroft-Bailey, Business Editor", "", "", "B"),
        ],
        [
            (
                "Blue Mahoe Foods Ltd. made a net profit of J$1.42 billion in the nine months to September 30, up 18 per cent from J$1.20 billion a year earlier, the company said in unaudited results filed with the Jamaica Stock Exchange on Wednesday.",
                "the company",
                "said in unaudited results filed with the Jamaica Stock Exchange",
                "W",
            ),
        ],
        [
            (
                "Revenue rose 11 per cent to J$14.6 billion, helped by higher export sales of sauces and canned ackee to the United Kingdom and Canada.",
                "",
                "",
                "W",
            ),
            ("Third-quarter profit alone was J$512 million, up 21 per cent.", "", "", "W"),
        ],
        [
            (
                "Chief executive Marcia Henriques-Dunkley said exports now made up 38 per cent of sales, against 29 per cent in 2024.",
                "Marcia Henriques-Dunkley",
                "said",
                "W",
            ),
            (
                "“We bet on a second canning line in St. Catherine two years ago, and it is now running at 84 per cent of capacity,” she said in a call with analysts.",
                "Marcia Henriques-Dunkley",
                "said in a call with analysts",
                "W",
            ),
            (
                "“Next year is about the United States.”",
                "Marcia Henriques-Dunkley",
                "said in a call with analysts",
                "",
            ),
        ],
        [
            (
                "The company declared an interim dividend of 35 cents a share, payable on December 3 to shareholders on record as at November 19.",
                "",
                "",
                "W",
            ),
            (
                "Its shares closed at J$48.20 on Wednesday, up 2.4 per cent, giving it a market value of about J$61 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Keisha Lindo-Chambers, an analyst at Half Way Tree Capital, said the profit beat her estimate of J$1.33 billion.",
                "Keisha Lindo-Chambers",
                "said",
                "W",
            ),
            (
                "She said freight costs remained “the one cloud on the horizon”.",
                "Keisha Lindo-Chambers",
                "said",
                "",
            ),
        ],
        [
            (
                "Cost of sales rose 9.5 per cent, which the company attributed to a 14 per cent rise in the price of imported cans.",
                "the company",
                "attributed",
                "W",
            ),
        ],
        [
            (
                "Annual inflation was 5.1 per cent in September, according to the Statistical Institute of Jamaica.",
                "the Statistical Institute of Jamaica",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Why it matters: Blue Mahoe is the third-largest company by market value on the JSE's main market.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The big picture: Manufactured exports rose 7.2 per cent in the first half of 2027, according to the Jamaica Manufacturers and Exporters Association.",
                "the Jamaica Manufacturers and Exporters Association",
                "according to",
                "W",
            ),
        ],
        [
            (
                "What's next: The company holds an investor briefing on November 24 at 10 a.m. at its Spanish Town head office.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            (
                "Grow your savings with a 6.5% fixed deposit from Portmore Mutual Building Society.",
                "",
                "",
                "B",
            ),
            ("Terms apply.", "", "", "B"),
        ],
        [
            ("Learn more ›", "", "", "B"),
        ],
        [
            ("ALSO IN TODAY'S BRIEF", "", "", "B"),
        ],
        [
            ("Montego Bay cruise calls hit a record in October ›", "", "", "B"),
        ],
        [
            ("Bauxite exports slip for a third month ›", "", "", "B"),
        ],
        [
            ("Remittances steady at US$310m in September ›", "", "", "B"),
        ],
        [
            ("That's it for today.", "", "", "B"),
            ("See you tomorrow.", "", "", "B"),
        ],
        [
            ("— Shanique Palmer-Grant, Newsletter Editor", "", "", "B"),
        ],
        [
            ("Forwarded this email?", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you signed up for Business Brief at kingstonbeacon.com.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe  |  Update preferences  |  Privacy Policy", "", "", "B"),
        ],
        [
            ("Kingston Beacon Ltd., 22 Duke St., Kingston, Jamaica", "", "", "B"),
        ],
    ],
    # 7
    [
        [
            ("📰 Naparima Bulletin", "", "", "B"),
        ],
        [
            (
                "Heavy rain floods Penal, Debe as yellow alert stays in force until 6 p.m. Wednesday",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "https://naparimabulletin.co.tt/news/2027/10/12/heavy-rain-floods-penal-debe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Shared from the Naparima Bulletin app", "", "", "B"),
        ],
        [
            (
                "⚠ WEATHER ALERT: An Adverse Weather Alert (Yellow Level) is in effect for Trinidad and Tobago until 6 p.m. Wednesday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS • LOCAL", "", "", "B"),
        ],
        [
            ("Renuka Sookdeo-Baptiste", "", "", "B"),
        ],
        [
            ("Tuesday 12 October 2027, 9.10 pm", "", "", "B"),
        ],
        [
            ("▶ Listen to this story (3:12)", "", "", "B"),
        ],
        [
            (
                "MORE than 30 homes in Penal and Debe were flooded on Tuesday after 97.4 millimetres of rain fell in six hours, the Trinidad and Tobago Meteorological Service (TTMS) said.",
                "the Trinidad and Tobago Meteorological Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "The TTMS said the rain was caused by a tropical wave interacting with the Inter-Tropical Convergence Zone, and that the yellow-level alert would remain in effect until 6 p.m. on Wednesday.",
                "the Trinidad and Tobago Meteorological Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "Meteorologist Kavita Ramcharan-Sankar said a further 50 to 75 millimetres could fall in southern Trinidad by Wednesday afternoon.",
                "Kavita Ramcharan-Sankar",
                "said",
                "",
            ),
            (
                "“The ground is already saturated, so it will not take much for the rivers to come out again,” she said.",
                "Kavita Ramcharan-Sankar",
                "said",
                "",
            ),
        ],
        [
            (
                "Penal/Debe Regional Corporation chairman Dinesh Bhagwandeen-Lezama said the corporation had handed out 1,200 sandbags and that 14 families had moved in with relatives.",
                "Dinesh Bhagwandeen-Lezama",
                "said",
                "W",
            ),
            (
                "He said a stretch of the Penal Rock Road was impassable to light vehicles.",
                "Dinesh Bhagwandeen-Lezama",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Office of Disaster Preparedness and Management said it had received 46 reports of flooding and 11 of landslips across the country since midnight.",
                "The Office of Disaster Preparedness and Management",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Debe, retired teacher Nadira Mohammed-Gopaul, 69, said water came up to her knees in her living room within 20 minutes.",
                "Nadira Mohammed-Gopaul",
                "said",
                "",
            ),
            (
                "“I lose a fridge, a mattress and all my grandson school books,” she said.",
                "Nadira Mohammed-Gopaul",
                "said",
                "",
            ),
            (
                "“How many more times we have to do this?” she asked.",
                "Nadira Mohammed-Gopaul",
                "asked",
                "",
            ),
        ],
        [
            (
                "By Tuesday evening, families along Rochard Road were bailing water out of their homes with buckets.",
                "",
                "",
                "",
            ),
            (
                "The Water and Sewerage Authority said supply to parts of Penal had been cut after floodwater damaged a pump at its booster station.",
                "The Water and Sewerage Authority",
                "said",
                "W",
            ),
        ],
        [
            ("RAINFALL TOTALS (6 a.m. to 12 noon, Tuesday)", "", "", "B"),
        ],
        [
            ("Station | Millimetres", "", "", "B"),
        ],
        [
            ("Penal | 97.4", "", "", ""),
        ],
        [
            ("Piarco | 41.2", "", "", ""),
        ],
        [
            ("Crown Point, Tobago | 12.8", "", "", ""),
        ],
        [
            ("Source: TTMS", "", "", "B"),
        ],
        [
            (
                "The Ministry of Education said 17 schools in the South Eastern education district were closed on Tuesday and would stay closed on Wednesday.",
                "The Ministry of Education",
                "said",
                "W",
            ),
        ],
        [
            ("What should I do?", "", "", ""),
        ],
        [
            (
                "The TTMS advised people in flood-prone areas to move valuables to higher ground and not to drive through flooded roads.",
                "the Trinidad and Tobago Meteorological Service",
                "advised",
                "",
            ),
            (
                "Flooding can be reported to the ODPM on 800-6376 or to the corporation's disaster line, 511.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rainfall for October at Piarco has already reached 186 millimetres, above the monthly average of 171 millimetres, the TTMS said.",
                "the Trinidad and Tobago Meteorological Service",
                "said",
                "W",
            ),
        ],
        [
            ("🔔 Turn on alerts to get weather warnings as they happen", "", "", "B"),
        ],
        [
            ("Read the full story and more in the Naparima Bulletin app.", "", "", "B"),
        ],
        [
            ("More in the app:", "", "", "B"),
        ],
        [
            ("→ Tobago ferry sailings cancelled for second day", "", "", "B"),
        ],
        [
            ("→ Penal farmers count losses after last week's storm", "", "", "B"),
        ],
        [
            ("Download the app: App Store · Google Play · AppGallery", "", "", "B"),
        ],
        [
            ("Sent from my iPhone", "", "", "B"),
        ],
    ],
    # 8
    [
        [
            ("KAMPALA SPORTSLINE", "", "", "B"),
        ],
        [
            ("Football | Athletics | Boxing | Rugby | Netball | Cricket | Motorsport", "", "", "B"),
        ],
        [
            ("LIVE SCORES", "", "", "B"),
        ],
        [
            ("UPL   FT   Kawempe Rovers 2–1 Entebbe Marine", "", "", "B"),
        ],
        [
            ("UPL   FT   Busia Stars 0–0 Mbale City", "", "", "B"),
        ],
        [
            ("FUFA Women Super League   67'   Lugazi Queens 1–3 Masaka Lionesses", "", "", "B"),
        ],
        [
            ("See all fixtures ›", "", "", "B"),
        ],
        [
            ("Rovers crowned champions as Ssenyonjo's late header sinks Marine", "", "", "W"),
        ],
        [
            (
                "Kawempe side win first league title since 2009 with 2-1 victory at Nakivubo",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ronald Mukasa-Tibenda", "", "", "B"),
        ],
        [
            ("Saturday, May 29, 2027", "", "", "B"),
        ],
        [
            ("🔥 1.2K shares   💬 64 comments", "", "", "B"),
        ],
        [
            (
                "Rovers players lift Derrick Ssenyonjo after the final whistle at Nakivubo Stadium.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: SPORTSLINE / ALLAN KATEREGGA", "", "", "B"),
        ],
        [
            (
                "Kawempe Rovers won the Uganda Premier League on the final day of the season on Saturday, beating Entebbe Marine 2-1 at Nakivubo Stadium with a header from Derrick Ssenyonjo in the 88th minute.",
                "",
                "",
                "W",
            ),
            (
                "The win took Rovers to 68 points, two ahead of Busia Stars, who were held 0-0 by Mbale City.",
                "",
                "",
                "W",
            ),
            ("It is the club's first league title since 2009.", "", "", "W"),
        ],
        [
            (
                "Marine led through a penalty from Isaac Wambede-Lule in the 23rd minute after Rovers defender Musa Kiggundu handled on the line.",
                "",
                "",
                "W",
            ),
            (
                "Rovers equalised four minutes after half-time when Hakim Nsubuga-Were curled in a free kick from 25 metres.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rovers coach Fred Kasozi-Obbo said he had told his players at half-time to “stop looking at the Busia score”.",
                "Fred Kasozi-Obbo",
                "said",
                "",
            ),
            (
                "“This club has waited 18 years for this day,” he said.",
                "Fred Kasozi-Obbo",
                "said",
                "W",
            ),
            ("“Tonight Kawempe does not sleep!” he said.", "Fred Kasozi-Obbo", "said", ""),
        ],
        [
            (
                "Ssenyonjo, 21, who joined from Masaka in January, finished the season with 17 league goals, one behind the top scorer.",
                "",
                "",
                "W",
            ),
            (
                "“I closed my eyes and just hit it with my head,” he said.",
                "Derrick Ssenyonjo",
                "said",
                "",
            ),
        ],
        [
            ("▶ VIDEO", "", "", "B"),
        ],
        [
            (
                "Highlights: Ssenyonjo's 88th-minute header wins the league for Kawempe Rovers",
                "",
                "",
                "W",
            ),
        ],
        [
            ("2:48", "", "", "B"),
        ],
        [
            ("Video: Sportsline TV", "", "", "B"),
        ],
        [
            (
                "Marine coach Moses Ochola-Bbosa said the free kick that led to the equaliser “should never have been given”.",
                "Moses Ochola-Bbosa",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Story continues after advertisement", "", "", "B"),
        ],
        [
            (
                "The Federation of Uganda Football Associations said Rovers would receive the trophy and 200 million shillings in prize money at a ceremony on June 14.",
                "The Federation of Uganda Football Associations",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police said 21,400 fans attended, the biggest crowd at Nakivubo this season.",
                "Police",
                "said",
                "W",
            ),
            (
                "Rovers will represent Uganda in the preliminary round of the CAF Champions League in August.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Who went down?", "", "", ""),
        ],
        [
            ("Lugazi United, Soroti Rangers and Ntungamo Eagles were relegated.", "", "", "W"),
        ],
        [
            ("FINAL TABLE — TOP FOUR", "", "", "B"),
        ],
        [
            ("Pos | Team | P | GD | Pts", "", "", "B"),
        ],
        [
            ("1 | Kawempe Rovers | 30 | +27 | 68", "", "", ""),
        ],
        [
            ("2 | Busia Stars | 30 | +22 | 66", "", "", ""),
        ],
        [
            ("3 | Entebbe Marine | 30 | +15 | 59", "", "", ""),
        ],
        [
            ("4 | Mbale City | 30 | +9 | 52", "", "", ""),
        ],
        [
            ("Follow us: Facebook · X · Instagram · YouTube · TikTok", "", "", "B"),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            ("01  Cranes coach names 26 for Nations Cup qualifiers", "", "", "B"),
        ],
        [
            ("02  Kampala marathon route changed for road works", "", "", "B"),
        ],
        [
            ("Tags: UPL, Kawempe Rovers, Entebbe Marine, Derrick Ssenyonjo", "", "", "B"),
        ],
        [
            ("© 2027 Sportsline Media Uganda Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 9
    [
        [
            ("≡   The Lighthouse   🔔", "", "", "B"),
        ],
        [
            ("The Lighthouse wants to send you notifications", "", "", "B"),
        ],
        [
            ("Block", "", "", "B"),
        ],
        [
            ("Allow", "", "", "B"),
        ],
        [
            ("Open in the Lighthouse app ›", "", "", "B"),
        ],
        [
            ("CRIME", "", "", "B"),
        ],
        [
            ("Three held over Rs. 48m Kandy jewellery heist", "", "", "W"),
        ],
        [
            ("Dilshan Gunasekara-Silva", "", "", "B"),
        ],
        [
            ("Updated 2 hours ago · 2 min read", "", "", "B"),
        ],
        [
            (
                "Police officers outside the jewellery shop on Peradeniya Road on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Pic by Asanka Herath-Bandara", "", "", "B"),
        ],
        [
            (
                "KANDY – Police have arrested three men in connection with the robbery of gold jewellery worth about Rs. 48 million from a shop on Peradeniya Road last Thursday, Police Media Spokesman SSP Nihal Wickramaratne said.",
                "Nihal Wickramaratne",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the suspects, aged 24, 31 and 38, were arrested in raids in Katugastota and Gampola on Sunday night.",
                "Nihal Wickramaratne",
                "said",
                "W",
            ),
            (
                "Jewellery worth about Rs. 31 million, a motorcycle and a replica pistol were recovered, he said.",
                "Nihal Wickramaratne",
                "said",
                "W",
            ),
        ],
        [
            (
                "Two masked men entered the shop at about 10.40 a.m. on Thursday, threatened staff with what appeared to be a pistol and fled with the jewellery in a bag, according to the police.",
                "the police",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The robbery was recorded by the shop's CCTV cameras, and the footage was shared widely on social media.",
                "",
                "",
                "W",
            ),
            (
                "The third suspect is alleged to have kept watch outside on a motorcycle.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("▼ Continue reading", "", "", "B"),
        ],
        [
            (
                "The suspects were produced before the Kandy Magistrate's Court on Monday and remanded until June 23.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The shop's owner, Mohamed Rizwan Careem-Lafir, 56, said his family had run the business for 41 years and had never been robbed.",
                "Mohamed Rizwan Careem-Lafir",
                "said",
                "",
            ),
            ("“My son was behind the counter.", "Mohamed Rizwan Careem-Lafir", "said", ""),
            (
                "When I saw the video, I could not breathe,” he said.",
                "Mohamed Rizwan Careem-Lafir",
                "said",
                "",
            ),
            (
                "He said the stock had been insured for Rs. 25 million.",
                "Mohamed Rizwan Careem-Lafir",
                "said",
                "W",
            ),
        ],
        [
            (
                "A tea-shop owner across the road, who asked not to be named, said the robbers “walked out as calmly as customers”.",
                "A tea-shop owner across the road",
                "said",
                "",
            ),
        ],
        [
            (
                "The investigation is being carried out by the Kandy Division Crime Investigation Unit under the direction of ASP Chaminda Rajapakshe-Fernando.",
                "",
                "",
                "W",
            ),
            (
                "Police said one of the suspects had two previous convictions for theft.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Kandy District Jewellers' Association said 11 jewellery shops in the district had been robbed since January, against four in the whole of last year.",
                "The Kandy District Jewellers' Association",
                "said",
                "W",
            ),
            (
                "Its secretary, M. H. M. Nazeer-Ahamed, said members would hire private security guards for weekday mornings.",
                "M. H. M. Nazeer-Ahamed",
                "said",
                "",
            ),
        ],
        [
            ("What should shop owners do?", "", "", ""),
        ],
        [
            (
                "Police advised traders to keep as little stock on display as possible and to report suspicious vehicles to the 119 emergency line.",
                "Police",
                "advised",
                "",
            ),
            (
                "Information can also be given to the OIC of the Kandy Police on 081-223 4417.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Gampola bank robbery: two suspects still at large", "", "", "B"),
        ],
        [
            ("Tap to load comments (12)", "", "", "B"),
        ],
        [
            ("Follow The Lighthouse on WhatsApp", "", "", "B"),
        ],
        [
            ("Privacy · Terms · Contact us", "", "", "B"),
        ],
        [
            ("© The Lighthouse 2027", "", "", "B"),
        ],
    ],
    # 10
    [
        [
            ("threecitiesreview.com.mt", "", "", "B"),
        ],
        [
            (
                "Record 11 turtle nests on Maltese beaches as Golden Bay is cordoned off at night",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kristina Mifsud-Borg", "", "", "B"),
        ],
        [
            ("Estimated reading time: 4 minutes", "", "", "B"),
        ],
        [
            (
                "Volunteers sit beside a cordoned nest at Golden Bay shortly before midnight.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Three Cities Review/Jean-Paul Vella Bonnici", "", "", "B"),
        ],
        [
            (
                "A record 11 loggerhead turtle nests have been found on Maltese beaches this summer, the Environment and Resources Authority (ERA) said on Tuesday, two of them laid on the same night at Golden Bay.",
                "the Environment and Resources Authority",
                "said",
                "W",
            ),
            (
                "The previous record was seven nests, in 2024, the authority said.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "About a third of Golden Bay's sand is cordoned off at night until mid-September, and the lights at two beach kiosks are switched off after 8pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "ERA's head of biodiversity, Dr Marthese Cassar-Zammit, said warmer sea temperatures were drawing turtles further north to nest.",
                "Marthese Cassar-Zammit",
                "said",
                "W",
            ),
            (
                "“Ten years ago a nest in Malta was a news story.",
                "Marthese Cassar-Zammit",
                "said",
                "",
            ),
            ("Now it is a season,” she said.", "Marthese Cassar-Zammit", "said", ""),
            (
                "She said each nest held between 70 and 120 eggs, and that hatching was expected from late August.",
                "Marthese Cassar-Zammit",
                "said",
                "W",
            ),
        ],
        [
            (
                "Last year's six nests produced 512 hatchlings, of which 468 reached the sea, according to ERA figures.",
                "ERA figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Read also: Comino's Blue Lagoon to get daily visitor cap from next summer",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The authority fined a beach concession operator €2,500 last week after sunbeds were found inside the cordon at Għadira Bay on two mornings.",
                "",
                "",
                "W",
            ),
            (
                "The operator, Mellieħa Leisure Ltd., said it had “made a mistake and corrected it within the hour”.",
                "Mellieħa Leisure Ltd.",
                "said",
                "",
            ),
        ],
        [
            (
                "On Monday night, about 60 people watched from behind the rope as volunteers measured the temperature of the sand.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“I have lived in Mellieħa for 50 years and never seen a turtle on this beach,” said Carmen Debono-Farrugia, 74, who had brought a flask of tea.",
                "Carmen Debono-Farrugia",
                "said",
                "",
            ),
        ],
        [
            (
                "Volunteers from Fondazzjoni Fekruna have guarded the nests every night since June, in shifts from 9pm to 6am.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Coordinator Luke Azzopardi-Grech said 240 volunteers had signed up, double last year's number.",
                "Luke Azzopardi-Grech",
                "said",
                "W",
            ),
            (
                "“People bring their own chairs and sit there all night,” he said.",
                "Luke Azzopardi-Grech",
                "said",
                "",
            ),
            (
                "“One man proposed to his girlfriend next to nest number four!” he said.",
                "Luke Azzopardi-Grech",
                "said",
                "",
            ),
        ],
        [
            ("Support independent journalism.", "", "", "B"),
            ("Become a member from €5 a month and read without limits.", "", "", "B"),
        ],
        [
            (
                "Marine biologist Prof. Daniel Pace-Spiteri, of the University of Malta, said the islands were at the northern edge of the species' nesting range in the central Mediterranean.",
                "Daniel Pace-Spiteri",
                "said",
                "W",
            ),
            (
                "“The nests are a warning sign as much as good news,” he said.",
                "Daniel Pace-Spiteri",
                "said",
                "",
            ),
        ],
        [
            ("What should beachgoers do?", "", "", ""),
        ],
        [
            (
                "The ERA asks people not to use torches or flash photography near the nests and to stay at least 10 metres away.",
                "the Environment and Resources Authority",
                "asks",
                "",
            ),
            (
                "Disturbing a protected species or its nest carries a fine of up to €23,300 under Maltese law.",
                "",
                "",
                "W",
            ),
            (
                "Turtles seen on a beach can be reported to the authority on 2292 3500 at any hour.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Get the Review's morning newsletter", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "Correction, July 21: An earlier version of this article said the operator was fined €5,000.",
                "",
                "",
                "B",
            ),
            ("The fine was €2,500.", "", "", "B"),
        ],
        [
            ("#Environment  #Turtles  #GoldenBay  #Mellieħa", "", "", "B"),
        ],
    ],
    # 11
    [
        [
            ("☰   TIDEWATER   ⌕", "", "", "B"),
        ],
        [
            ("Arts & Culture", "", "", "B"),
        ],
        [
            ("Photographs of Gombeys from 1952 to 1990 go on show for the first time", "", "", "W"),
        ],
        [
            (
                "A printer's Boxing Day pictures, found in biscuit tins, fill the City Hall Arts Centre",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Kaylene Astwood-Pitt", "", "", "B"),
        ],
        [
            ("December 14, 2027", "", "", "B"),
        ],
        [
            ("Share this:  📧  📘  𝕏  💬", "", "", "B"),
        ],
        [
            (
                "An exhibition of 140 photographs of Bermuda's Gombey troupes, most of them never shown in public, opened at the City Hall Arts Centre in Hamilton on Friday.",
                "",
                "",
                "W",
            ),
            (
                "The pictures were taken between 1952 and 1990 by Winston Furbert-Darrell, a printer from Somerset who photographed the Gombeys every Boxing Day for nearly four decades and died in 2009.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "His daughter, Sandra Furbert-Darrell Minors, found about 3,000 negatives in biscuit tins in the family's attic in 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Curator Dr Aaliyah Trott-Burgess said 1,940 people had visited over the opening weekend, more than the gallery usually sees in a month.",
                "Aaliyah Trott-Burgess",
                "said",
                "W",
            ),
            (
                "“People are finding their grandparents in these pictures,” she said.",
                "Aaliyah Trott-Burgess",
                "said",
                "",
            ),
            (
                "“On Saturday a man stood in front of one photograph for 40 minutes.",
                "Aaliyah Trott-Burgess",
                "said",
                "",
            ),
            ("It was his father.”", "Aaliyah Trott-Burgess", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("PHOTO GALLERY: Gombeys through the decades", "", "", "B"),
        ],
        [
            ("1 of 12", "", "", "B"),
        ],
        [
            ("The Pomander Gombeys dance on Front Street on Boxing Day, 1958.", "", "", "W"),
        ],
        [
            ("Photo: Winston Furbert-Darrell Estate", "", "", "B"),
        ],
        [
            ("2 of 12", "", "", "B"),
        ],
        [
            (
                "A young dancer adjusts his peacock-feather headdress before a parade in St. George's in 1971.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Winston Furbert-Darrell Estate", "", "", "B"),
        ],
        [
            ("3 of 12", "", "", "B"),
        ],
        [
            (
                "Children run alongside a troupe as the drummers turn into a side street.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Winston Furbert-Darrell Estate", "", "", "B"),
        ],
        [
            ("View all 12 photos", "", "", "B"),
        ],
        [
            (
                "The exhibition was paid for with a $35,000 grant from the Department of Community and Cultural Affairs and $12,000 from private donors, the curator said.",
                "Aaliyah Trott-Burgess",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minors said her father had never sold a single one of his Gombey photographs.",
                "Sandra Furbert-Darrell Minors",
                "said",
                "",
            ),
            (
                "“He said the Gombeys belonged to everybody, so the pictures did too,” she said.",
                "Sandra Furbert-Darrell Minors",
                "said",
                "",
            ),
        ],
        [
            (
                "Pomander Gombeys captain Tyrone Simmons-Outerbridge, 58, who appears as an eight-year-old in one photograph, said the troupe now had 31 dancers, against 12 in the 1980s.",
                "Tyrone Simmons-Outerbridge",
                "said",
                "W",
            ),
            (
                "“The drums have not changed, but the feathers cost ten times what they did,” he said.",
                "Tyrone Simmons-Outerbridge",
                "said",
                "W",
            ),
        ],
        [
            (
                "Admission is $10 for adults and free for children under 12 and seniors, and the exhibition runs until March 2.",
                "",
                "",
                "W",
            ),
            (
                "A series of talks begins on January 15 at 6 p.m. with a panel of former Gombey captains.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            (
                "Holiday hours at Hamilton Harbour Pharmacy: open every day until December 31",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Where will the photographs go?", "", "", ""),
        ],
        [
            (
                "The family has agreed to give the negatives to the Bermuda Archives, where they will be digitised over the next two years.",
                "",
                "",
                "W",
            ),
            (
                "Trott-Burgess said she hoped to take a selection of the pictures into schools in the spring.",
                "Aaliyah Trott-Burgess",
                "said",
                "",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Boxing Day parade route confirmed for Hamilton", "", "", "B"),
        ],
        [
            ("Somerset choir records first album in 30 years", "", "", "B"),
        ],
        [
            ("Follow Tidewater: Facebook | Instagram | X | YouTube", "", "", "B"),
        ],
        [
            ("Read on tidewater.bm", "", "", "B"),
        ],
        [
            ("© 2027 Tidewater Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 12
    [
        [
            ("THE WINDHOEK COMPASS", "", "", "B"),
        ],
        [
            ("Windhoek 31°C ☀  |  N$1 = US$0.054  |  Wednesday, 3 November 2027", "", "", "B"),
        ],
        [
            (
                "Home  ◦  National  ◦  Business  ◦  Science & Environment  ◦  Sport  ◦  Opinion  ◦  Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("You are here: Home » Science & Environment » Science", "", "", "B"),
        ],
        [
            ("This website uses cookies", "", "", "B"),
        ],
        [
            (
                "We use cookies to analyse traffic and to show you relevant advertising.",
                "",
                "",
                "B",
            ),
            ("Read our Cookie Policy to find out more.", "", "", "B"),
        ],
        [
            ("Accept    Reject    Settings", "", "", "B"),
        ],
        [
            (
                "Grasses, not termites, make fairy circles, five-year Namib study finds",
                "a five-year study published on Tuesday",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Fenced-off circles stayed the same size after termites were kept out, researchers report",
                "researchers",
                "report",
                "W",
            ),
        ],
        [
            ("By Ndapewa Iipumbu-Smit", "", "", "B"),
        ],
        [
            ("Published: 3 Nov 2027, 08:15", "", "", "B"),
        ],
        [
            ("846 shares  |  Facebook  |  X  |  WhatsApp  |  LinkedIn", "", "", "B"),
        ],
        [
            (
                "WINDHOEK – The bare rings of sand known as fairy circles in the Namib are made by grasses competing for water, not by termites, according to a five-year study published on Tuesday.",
                "a five-year study published on Tuesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Researchers kept termites out of 24 circles in the Namib-Naukluft Park with steel mesh buried 80 centimetres deep, and compared them with 24 untouched circles nearby.",
                "",
                "",
                "W",
            ),
            (
                "After five years the fenced circles were no smaller than the others, the team reported in the journal Desert Systems Letters.",
                "the team",
                "reported in the journal Desert Systems Letters",
                "W",
            ),
        ],
        [
            (
                "Soil sensors showed that grasses at the edge of each circle drew water from up to 7 metres away, leaving the centre too dry for seedlings.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr Helvi Nangolo-Brandt, an ecologist at the University of Namibia, said the results ruled out the most popular explanation for the circles.",
                "Helvi Nangolo-Brandt",
                "said",
                "W",
            ),
            (
                "“Termites live in many of the circles, but they are tenants, not architects,” she said.",
                "Helvi Nangolo-Brandt",
                "said",
                "",
            ),
            (
                "She said the study cost N$4.2 million and was funded by the National Commission on Research, Science and Technology and a German foundation.",
                "Helvi Nangolo-Brandt",
                "said",
                "W",
            ),
        ],
        [
            ("VIDEO", "", "", "B"),
        ],
        [
            ("Drone footage of fairy circles in the Marienfluss valley.", "", "", ""),
        ],
        [
            ("1:36", "", "", "B"),
        ],
        [
            ("Video: Namib Desert Ecology Unit", "", "", "B"),
        ],
        [
            (
                "Prof. Johan Kruger-Haufiku, a soil scientist at the Namibia University of Science and Technology who was not involved in the research, called the fence experiment “the cleanest test so far”.",
                "Johan Kruger-Haufiku",
                "called",
                "",
            ),
            (
                "But he said five years was short in the life of a circle, which can last more than 40 years.",
                "Johan Kruger-Haufiku",
                "said",
                "W",
            ),
            ("“I would not close the book yet.”", "Johan Kruger-Haufiku", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Article continues below", "", "", "B"),
        ],
        [
            (
                "Fairy circles, which measure 2 to 12 metres across, are found along a strip of about 2,000 kilometres from southern Angola to north-western South Africa.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tour guide Petrus Kasaona-Tjiho, who takes visitors to the Marienfluss, said guests always asked him who made the circles.",
                "Petrus Kasaona-Tjiho",
                "said",
                "",
            ),
            (
                "“Now I have an answer, but I think I will keep telling them the old story,” he said, laughing.",
                "Petrus Kasaona-Tjiho",
                "said",
                "",
            ),
        ],
        [
            ("Why does it matter?", "", "", ""),
        ],
        [
            (
                "The authors say the same pattern could give early warning of desertification in other grasslands.",
                "The authors",
                "say",
                "",
            ),
            (
                "The team plans to repeat the experiment in the Marienfluss valley from 2028.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Journal reference: Nangolo-Brandt H, Shikongo T, Wessels A, et al. Root competition, not termites, explains fairy-circle formation in the Namib. Desert Syst Lett. 2027;9(4):211–229.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This article was first published by Dune Notes, a science news service based at the Gobabeb research station, and is republished with permission.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ndapewa Iipumbu-Smit is the Compass's science and environment reporter.",
                "",
                "",
                "B",
            ),
            ("Follow her on X: @ndapewa_writes", "", "", "B"),
        ],
        [
            ("Tags: Fairy circles · Namib · Termites · Research", "", "", "B"),
        ],
        [
            ("Recommended for you", "", "", "B"),
        ],
        [
            ("1  Etosha rhino count shows first rise in six years", "", "", "B"),
        ],
        [
            ("2  Walvis Bay desalination plant tender reopened", "", "", "B"),
        ],
        [
            ("3  Swakopmund hosts Southern Africa astronomy week", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Be the first to comment.", "", "", "B"),
        ],
        [
            ("You must be logged in to post a comment.", "", "", "B"),
        ],
        [
            ("About us | Advertise | Contact | Terms of use | Privacy", "", "", "B"),
        ],
        [
            ("© 2027 The Windhoek Compass.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n166-nz-cr-no-period",
        "Cr Hemi Tarawhiti-Wells moved the amendment. It failed 7-8 after a recount of the show of hands.",
        [
            "Cr Hemi Tarawhiti-Wells moved the amendment.",
            "It failed 7-8 after a recount of the show of hands.",
        ],
    ),
    (
        "n166-nz-pm-no-periods",
        "Submissions close at 5pm on Friday. Hearings begin on 14 July in the council chamber.",
        [
            "Submissions close at 5pm on Friday.",
            "Hearings begin on 14 July in the council chamber.",
        ],
    ),
    (
        "n166-nz-ltd-rights",
        "© 2027 Waitaki Clarion Ltd. All rights reserved.",
        ["© 2027 Waitaki Clarion Ltd.", "All rights reserved."],
    ),
    (
        "n166-za-pty-ltd-no-stop",
        "The tender went to Klein Karoo Civils (Pty) Ltd in March. The municipality paid it R14.2 million in the first year.",
        [
            "The tender went to Klein Karoo Civils (Pty) Ltd in March.",
            "The municipality paid it R14.2 million in the first year.",
        ],
    ),
    (
        "n166-za-question-attribution",
        "“Where must we get water on a Sunday?” she asked. The councillor did not answer.",
        ["“Where must we get water on a Sunday?” she asked.", "The councillor did not answer."],
    ),
    (
        "n166-za-meter-bar",
        "You have 1 free article left this month. Subscribe from R49 a month.",
        ["You have 1 free article left this month.", "Subscribe from R49 a month."],
    ),
    (
        "n166-ng-dr-mrs-mid",
        "Dr. (Mrs.) Ifeoma Balogun-Udo, the medical director, said 12 patients were discharged on Monday. Four remain in the isolation ward.",
        [
            "Dr. (Mrs.) Ifeoma Balogun-Udo, the medical director, said 12 patients were discharged on Monday.",
            "Four remain in the isolation ward.",
        ],
    ),
    (
        "n166-ng-ie-mid",
        "The ward takes only severe cases, i.e. patients who cannot keep fluids down. Others are treated at home with oral rehydration salts.",
        [
            "The ward takes only severe cases, i.e. patients who cannot keep fluids down.",
            "Others are treated at home with oral rehydration salts.",
        ],
    ),
    (
        "n166-ng-naira-question",
        "“Where will a trader find ₦900 a day for water?” he asked. Nobody in the hall replied.",
        [
            "“Where will a trader find ₦900 a day for water?” he asked.",
            "Nobody in the hall replied.",
        ],
    ),
    (
        "n166-sg-madam-dr",
        "Madam Ong Lay Hoon, 71, said she would take the bus less often. Dr Lim Kok Wee said older commuters would feel the rise most.",
        [
            "Madam Ong Lay Hoon, 71, said she would take the bus less often.",
            "Dr Lim Kok Wee said older commuters would feel the rise most.",
        ],
    ),
    (
        "n166-sg-regn-no",
        "© 2027 Serangoon Echo Pte Ltd. Co. Regn. No. 199801234Z.",
        ["© 2027 Serangoon Echo Pte Ltd.", "Co. Regn. No. 199801234Z."],
    ),
    (
        "n166-sg-translation-note",
        "This article was first published in Malay. It has been translated and edited for length.",
        [
            "This article was first published in Malay.",
            "It has been translated and edited for length.",
        ],
    ),
    (
        "n166-my-datuk-dr-mid",
        "Datuk Dr. Kamal Hisham Yusri said 512 schools had no science laboratory. He did not say when they would be built.",
        [
            "Datuk Dr. Kamal Hisham Yusri said 512 schools had no science laboratory.",
            "He did not say when they would be built.",
        ],
    ),
    (
        "n166-my-sdn-bhd-ends",
        "Printed by Bayan Lepas Press Sdn. Bhd. Distributed free to subscribers in the Klang Valley.",
        [
            "Printed by Bayan Lepas Press Sdn. Bhd.",
            "Distributed free to subscribers in the Klang Valley.",
        ],
    ),
    (
        "n166-jm-ltd-st-address",
        "Write to us at Harbour View Media Ltd., 9 King St., Kingston. We reply within five working days.",
        [
            "Write to us at Harbour View Media Ltd., 9 King St., Kingston.",
            "We reply within five working days.",
        ],
    ),
    (
        "n166-jm-forwarded-sign-up",
        "Forwarded this email? Sign up here.",
        ["Forwarded this email?", "Sign up here."],
    ),
    (
        "n166-jm-am-mid",
        "The briefing starts at 10 a.m. at the Spanish Town office. Shareholders may also join online.",
        [
            "The briefing starts at 10 a.m. at the Spanish Town office.",
            "Shareholders may also join online.",
        ],
    ),
    (
        "n166-tt-am-ends",
        "The yellow alert ends at 6 a.m. Forecasters will review it overnight.",
        ["The yellow alert ends at 6 a.m.", "Forecasters will review it overnight."],
    ),
    (
        "n166-tt-capital-lead",
        "MORE than 200 people spent the night in shelters in Siparia. Most had gone home by noon on Wednesday.",
        [
            "MORE than 200 people spent the night in shelters in Siparia.",
            "Most had gone home by noon on Wednesday.",
        ],
    ),
    (
        "n166-ug-score-minute",
        "Marine led 1-0 at half-time. Rovers scored twice after the 70th minute to win 2-1.",
        ["Marine led 1-0 at half-time.", "Rovers scored twice after the 70th minute to win 2-1."],
    ),
    (
        "n166-ug-exclamation-attribution",
        "“We are champions again!” he shouted. Fans ran onto the pitch at the final whistle.",
        ["“We are champions again!” he shouted.", "Fans ran onto the pitch at the final whistle."],
    ),
    (
        "n166-lk-rs-mid",
        "Gold worth Rs. 3.2 million was recovered from a house in Akurana. The suspects were remanded until Friday.",
        [
            "Gold worth Rs. 3.2 million was recovered from a house in Akurana.",
            "The suspects were remanded until Friday.",
        ],
    ),
    (
        "n166-lk-initials-mid",
        "The complaint was lodged by W. M. S. Bandaranayake-Perera on Monday. Police recorded statements from three employees.",
        [
            "The complaint was lodged by W. M. S. Bandaranayake-Perera on Monday.",
            "Police recorded statements from three employees.",
        ],
    ),
    (
        "n166-lk-am-ends",
        "The shop opened at 9.30 a.m. on Thursday. Staff pressed the alarm at 9.41 a.m.",
        ["The shop opened at 9.30 a.m. on Thursday.", "Staff pressed the alarm at 9.41 a.m."],
    ),
    (
        "n166-mt-ltd-comma-mid",
        "Marsaxlokk Catch Ltd., the operator, was fined €4,000. It has 30 days to appeal.",
        ["Marsaxlokk Catch Ltd., the operator, was fined €4,000.", "It has 30 days to appeal."],
    ),
    (
        "n166-mt-correction",
        "Correction, 2 August: An earlier version of this article gave the wrong date for the hearing. It is on 9 September.",
        [
            "Correction, 2 August: An earlier version of this article gave the wrong date for the hearing.",
            "It is on 9 September.",
        ],
    ),
    (
        "n166-bm-st-georges-pm",
        "The parade leaves St. George's at 2 p.m. and ends in King's Square. Road closures start at noon.",
        [
            "The parade leaves St. George's at 2 p.m. and ends in King's Square.",
            "Road closures start at noon.",
        ],
    ),
    (
        "n166-bm-gallery-caption-credit",
        "Dancers rest on the steps of City Hall after the Boxing Day parade. Photo: Tidewater archive",
        [
            "Dancers rest on the steps of City Hall after the Boxing Day parade.",
            "Photo: Tidewater archive",
        ],
    ),
    (
        "n166-na-et-al-reference",
        "Journal reference: Amukoto P, Visser R, Haikali T, et al. Dune grasses and the water they share. Arid Ecol Lett. 2026;4(2):88–97.",
        [
            "Journal reference: Amukoto P, Visser R, Haikali T, et al. Dune grasses and the water they share. Arid Ecol Lett. 2026;4(2):88–97."
        ],
    ),
    (
        "n166-na-decimal-currency",
        "The project cost N$4.2 million. It ran from 2022 to 2027 at two sites near Sesriem.",
        ["The project cost N$4.2 million.", "It ran from 2022 to 2027 at two sites near Sesriem."],
    ),
]
