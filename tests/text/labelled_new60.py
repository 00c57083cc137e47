"""Sixtieth set of new hand-labelled pages for the hint engines (tuning set, round twenty-seven): twelve whole pages from twelve kinds of news site whose furniture a plain-text paste mangles.

Written from scratch for issue 13 in round twenty-seven, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py`, `test_*.py` or `hint_scores.py` file was read, nothing under
`docs/` was read, and no test, scorer or engine was run; only an import of this file and `build` on
every page, a small script of my own that checks the sentences, the flags and the split cases against
the pages, whole-word greps of the invented names over `tests/` that listed file names only, and
`ruff format` / `ruff check` were run). The format and the conventions were read from the module
docstrings of `labelled_new.py`, `labelled_new2.py` and `labelled_new56.py` to `labelled_new59.py`, the
first page of `labelled_new57.py`, the first two pages and the first split cases of
`labelled_new59.py`, and `build` in `labelled_articles.py` (one early grep for name clashes printed
three matching fragments, names only, before every later grep listed file names only). The pages were drafted in a small line format of my own in /tmp and turned
into the literals below by a script of my own. Every person, small place, street, estate, school,
hospital, power station, organisation, outlet, company, union, association and number is invented (the
United States; England; India, Uttar Pradesh, Lucknow and Kanpur; Nigeria, Rivers State, Port Harcourt
and the Niger Delta; Australia, Victoria, Melbourne and the Wimmera; Canada and Alberta; the
Philippines, Luzon, Quezon and Lucena; Ireland and Co Laois; South Africa and the Free State;
Singapore; New Zealand, Hawke's Bay, the Heretaunga Plains, Nelson and the Bay of Plenty; Kenya,
Eldoret, Uasin Gishu, Nandi County and Elgeyo Marakwet appear only as settings; real public bodies,
laws, schemes and records such as "the U.S. Environmental Protection Agency", "the state Department of
Natural Resources", "the Government's Simpler Recycling rules", "the Local Government Association",
the Local Democracy Reporting Service, "the India Meteorological Department (IMD)", the CBSE and ICSE
boards, "the Lucknow Municipal Corporation", the Kendriya Vidyalayas, anganwadi centres, "the National
Bureau of Statistics (NBS)", the Rivers State Commissioner for Transport and the Rivers Assembly, "the
Victorian Department of Health", Alberta's photo radar rules, "The National Grid Corporation of the
Philippines (NGCP)", "the Department of Energy (DOE)", "The Energy Regulatory Commission (ERC)", the
Department of Education's division office, the School Transport Scheme, Bus Éireann, "the Department
of Education", the Minister for Education, the School Transport Appeals Board, "the National Energy
Regulator of South Africa (Nersa)", Eskom, the Free State High Court, the Provincial Gazette, "the
National Environment Agency (NEA)", Project Wolbachia, "the Ministry for Primary Industries (MPI)",
Stats NZ, the Recognised Seasonal Employer (RSE) scheme, Athletics Kenya, "the Anti-Doping Agency of
Kenya (ADAK)", the Harambee Stars and FIFA appear only as settings, with invented figures; Facebook,
X, WhatsApp, Telegram, Instagram, TikTok and LinkedIn only as channels). No surname, town, street,
estate, outlet, company, school or club of any file under `tests/` is reused: every capitalised word
of these pages, each part of a hyphenated name included, was grepped as a whole word over the whole
`tests/` tree, case-insensitively, listing file names only, and every hit that was an invented name
was changed (first names, given names, titles, real settings and common words such as "Herald",
"Courant", "Beacon", "Standard", "Orchard", "Courier", "Park" and "Avenue" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own, worded in that site's own way (no two
pages share their furniture wording), and the mangling a paste brings is kept: share strips and
toolbars run into one line, time stamps run together ("18:42, 3 Mar 2026Updated 09:15, 4 Mar 2026",
"Posted 5h ago5 hours ago, updated 2h ago2 hours ago"), a listen player pasted as "00:00 / 04:38 1x",
advertisement slots and their "continues below" lines between story paragraphs, related links between
paragraphs, captions followed by credits in many styles, pull quotes that repeat the body, and the
lists, bios, prompts, corrections and footers at the tail. The stories are everyday news with several
speakers and checkable claims. The twelve pages, from sites in twelve countries: (1) a US metro daily
on the council approving a $212 million lead pipe plan (listen, gift and share lines, a comment count,
a caption with a name-and-outlet credit, "Ordinance No.", "Ald." four times in one sentence, "U.S.
Environmental", two "Advertisement" lines, a "RELATED:" line, a pull quote with a dash attribution, a
"Read more:" line split at its question mark, a two-sentence correction, a bio with an e-mail address
and a "More from" list); (2) an English regional evening paper on three-weekly bin collections (time
stamps run together, Bookmark, Share and Comments lines, a caption without a full stop and its
bracketed credit on its own line, two "Article continues below" lines, a "READ MORE:" line, a question
inside a quote before a capital, a newsletter prompt without a full stop, a comments prompt in two
sentences, Most Read and Most Recent lists, "plc." in the footer); (3) an Indian portal on a heatwave
closing schools by noon (a trending strip, "Representational image." and "(Image: File)", a city
dateline with a colon, a magistrate's order, "7.30 a.m. to 12 noon", "Dr.", "Also Read:" and "ALSO
READ |", "2.30 p.m. last Friday", "etc." before "Elderly", "(With inputs from agencies)", tags, an app
prompt and "Pvt. Ltd."); (4) a Nigerian daily on tricycle fares after a petrol rise ("Please share
this story:", "Comrade", "Mrs.", "Hon." and "Alhaji" dropped, "Read Also:", a question before "she
asked", a pull quote without attribution, "RELATED NEWS", "6:30 am now,” she said.", "after 7 p.m.,
commuters said.", a comment disclaimer and a support appeal); (5) an Australian public broadcaster on a
country maternity ward ("Skip to main content", the station line, "Topic:", the doubled posted line,
a caption with a bracketed station credit, "In short:" and "What's next?" with their key points,
"Loading...", "Dr", "Ms" and "Cr" dropped, a quote ending in a question, "Back to top" and the
acknowledgement); (6) a Canadian chain paper on photo radar in school zones ("Breadcrumb navigation",
"Author of the article:" with the name on its own line, a bulleted published line with reading time,
"Photo by ... /...", "Article text", "Advertisement 2", "Story continues below advertisement", an
ad-loading line, "Insp." and "Coun.", "Sept. 2,", "7:30 a.m. to 4:30 p.m. on", "17 Ave. S.W.",
comment rules and "Inc."); (7) a Philippine regional daily on rotational brownouts (a "By:" line with a
dash, a credit in capitals, "ADVERTISEMENT" three times and "READ:" twice, "Engr.", "Gov. Ma.", a
Tagalog question and its translation, "Dr.", "Brgy. Capt." and "Brgy.", the newsletter consent, "MOST
READ", prompts in prose and an e-mail contact line); (8) an Irish news site on children without school
bus seats (a headline opening with a quote, "Comments (46)", "Short URL" and the URL, an "Image:"
credit, a lead in capitals, a support appeal in two sentences and its button, "Related Reads", a send-
a-tip line, a two-sentence bio and "DAC."); (9) a South African site on an electricity tariff rise (a
listen player line, "Save  Share", a caption stating a figure with a file-photo credit, "ALSO READ |",
"Adv.", a question inside a quote, a pull quote naming the speaker and her group, a two-sentence
clarification, WhatsApp lines, "Read more on:" and its tags, "(Pty) Ltd."); (10) a Singapore daily on a
dengue cluster ("Send as gift", "Follow topic:", "SINGAPORE –", "Block 412 ... Avenue 3", a credit in
capitals, a Telegram prompt, "Madam", "Mr" and "Dr" dropped, "said in Malay", a source line with
editors' initials, "Related Topics:", "More on this topic", "Pte Ltd." and "Co. Regn. No."); (11) a New
Zealand horticulture trade magazine on hail and the apple export forecast (a sponsored line split
before its arrow button, "5 min read", "Photo: supplied", a published forecast, "Dr.", a pull quote
without attribution, "SPONSORED CONTENT", "Fruit Co., said", "Fruit Co. packed", "Ltd., said.",
"Related content", an events line, "About the author" and a print subscription line); and (12) a Kenyan
sports site on a half marathon course record ("12 reader comments", a caption stating the result, a
nested "‘Today is the day!’” Chesoret said.", "1:07:32", a nested "‘Just finish.’" before "Now", an
"ALSO READ:" line, "KSh 1.5 million", a results box with "1.", "2.", "3." rows, Recommended and
Trending lists). `STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new59.py` hold too (mastheads, menus, crumbs, section labels,
bylines and role lines, date lines, share, listen and gift lines, related and most-read lists, tags,
call-outs, newsletter, app and WhatsApp prompts, comment notices, bios, contact lines and footers "B"
line by line; captions by content and credits "B"; furniture in prose "B" sentence by sentence,
whatever figures it holds; standfirsts labelled like headlines, never split at a semicolon, carrying
the first source named with a verb of saying as the body names it; titles, ranks, honorifics and roles
dropped from speakers; a pronoun, a later surname or a role resolved to the full name as first given;
organisations, documents and data kept as written, "according to X" -> X, "It" for an organisation
resolved to its name as first given; a quote over several sentences carrying its speaker and cue;
"did not respond" and "could not be reached for comment" labelled like speech with flags ""; plans,
votes, decisions, orders, rules and figures of record "W"; spoken forecasts, hopes, pledges, opinions,
feelings, scene, private circumstances, rhetorical questions and advice ""; a published forecast "W").

Conventions this set had to settle, in the same spirit:

* Advertisement slots in the story. Every slot line is "B", one paragraph each, wherever it falls:
  "Advertisement", "Advertisement 2", "Advertisement 3", "ADVERTISEMENT", "Article continues below",
  "Story continues below advertisement", the ad-loading sentence "This ad is still loading, but the
  story continues below.", the "Article text" label a chain paper repeats between paragraphs, and the
  broadcaster's "Loading..." (an ellipsis closing a line, one sentence). The story paragraphs on either
  side are labelled as if the slot were not there.
* Related links between paragraphs ("RELATED: ...", "READ MORE: ...", "Also Read: ...", "ALSO READ |
  ...", "Read Also: ...", "READ: ...", "ALSO READ: ...", "Read more: ...") are "B" however checkable
  their headlines are; "Read more: Does your street have lead pipes?" / "Search our database" is two
  "B" sentences (a "?" in furniture before a capital ends it).
* Pull quotes. A quote repeated from the body as a design element is "B" with no speaker, whether it
  carries a dash attribution ("... car payment.” — Ald. Yolanda Prestridge-Obradu"), a name and a
  group ("“Where is the money going?” — Nthabiseng Phakathi-Steenveld, Setsebi Ratepayers'
  Association") or nothing: the body sentence it repeats keeps its own speaker and flag, and the
  repeat adds no claim. A pull quote is one sentence as pasted (its dash attribution is not split off).
* Key points. The broadcaster's "In short:" and "What's next?" labels are "B"; the points under them
  are labelled like standfirsts, by content, a "says" in them carrying the source as the body first
  names it ("..., the local health service says" -> "Kellerup District Health", "W"; "The health
  service says it will pay for accommodation ..." -> "Kellerup District Health", "W", a step the body
  gives with "it said"); a point without a verb of saying carries no speaker.
* Captions and credits. A caption is labelled by content ("" for scene: the crew in the trench, the
  bins, the tricycle riders, the vendors by lamplight, the parents at the gate, the NEA officer at the
  drain; "W" when it states a checkable fact: "drove 140 kilometres to Balmarra Base Hospital to give
  birth", "The increase will add about R118 to the monthly bill ...", "crosses the finish line ... to
  win in a course record"). Every credit is one "B" sentence in whatever style: "Name / Outlet",
  "(Image: Name/LDRS)" on its own line, "(Image: File)", "Photo: Beacon/Name", "(MPB Wimmera: Name)",
  "Photo by Name /Outlet", "COURIER PHOTO / NAME", "Image: Glenquarry Photography", "File photo:
  Ditaba Daily", "PHOTO: THE SARACA STANDARD / NAME", "Photo: supplied" and "Image: Name, Mbio
  Sports". "Representational image." is "B": it labels the picture and says nothing about the story.
* Corrections and clarifications speak for the site to the reader, so both their sentences are "B"
  though they hold a figure or a date ("Correction: An earlier version ... gave the wrong amount for
  the state loan." / "It is $64 million.", "Clarification: ..." / "It applies from July 1."); the
  corrected fact is checked where the story states it.
* Author furniture: bios ("... covers City Hall and city utilities for the Herald." / "Reach her at
  ..."; "... is a reporter with The Currach." / "She covers education and transport."; "About the
  author" and "... has covered New Zealand horticulture ... since 2012." / "He is based in Hawke's
  Bay."), "More from Celestine Tullamere-Voskerling" and its headlines, and "Send a tip to the author"
  are "B"; the "She" and "He" of a bio name no speaker.
* Other furniture: "41 comments", "Comments (46)", "12 reader comments", "Comments", "Join the
  conversation", "Listen to this article · 6 min", "Listen to this article 00:00 / 04:38 1x", "Gift
  this article", "Send as gift", "Follow topic: Dengue", "Follow Us", "Save  Share", "Please share this
  story:", "Short URL" and the URL line, "Author of the article:" and the name under it, "Source: The
  Saraca Standard/kh(sl)" (editors' initials), "(With inputs from agencies)", "Sponsored: ..." / "Find
  out how →", "SPONSORED CONTENT" and its headline, the events line, the support appeals and "Support
  us", the newsletter consent sentence, comment rules and disclaimers, "Back to top" and the
  acknowledgement are "B"; the results box's title is "B" and its rows ("1. Edwin Kiptalam Chesoret
  (Nandi) 59:48 CR") are data, "", as in `labelled_new59.py`.
* Speakers. Dropped: "Ald.", "Water Works Superintendent", "Cllr", "Opposition leader", "Dr.", "Dr",
  "Comrade", "Mrs.", "Hon.", "Alhaji", "Acting chief executive", "Ms", "Cr", "Insp.", "Coun.",
  "Mayor", "Kellerup Shire mayor", "SOTECO general manager", "Engr.", "Quezon Gov.", "bakery owner",
  "Brgy. Capt.", "A 300-level student", "Independent TD", "Adv.", "Municipal spokesperson", "Ward 7
  councillor", "Pensioner", "Madam", "Retiree", "Mr", "Federation chief executive", "Orchardist" and
  "Race director"; "Ma." in "Gov. Ma. Elena Villaroza-Macabulos" is part of her name (for Maria) and
  stays. "A spokesperson for Mayor Thaddeus Kwabiah-Lundquell" is kept as written, like an office;
  "The company did not respond ..." keeps "The company"; "The agency said in a statement" keeps "The
  agency" with the cue "said in a statement", and "The agency also said" the cue "also said"; "The DOE
  said in an advisory" keeps "The DOE" and that cue; "SOTECO said" keeps the short name, and "It
  advised" after it resolves to "The Southern Tayabas Electric Cooperative (SOTECO)"; "In a statement,
  the municipality said" keeps "the municipality" with "said"; "the order said" keeps "the order";
  "Many parents", "commuters", "Organisers" and "a KVS official" are kept as written; "The
  spokesperson said" resolves to "A spokesperson for the Victorian Department of Health"; "The
  federation's revised forecast puts ..." keeps the document with "puts", "W"; "..., the scheme's
  administrator, Rangatira Underwriting Ltd., said." carries the company without its descriptor.
* Acts and documents without a speaker. "In an order issued late on Sunday, District Magistrate
  Ritambhara Sengar-Awasthi directed all ... schools ... to hold classes from 7.30 a.m. to 12 noon" is
  an order, "W" without a speaker, as orders are in `labelled_new57.py`; "The Ministry for Primary
  Industries (MPI) classified the hailstorm as a medium-scale adverse event on March 4, ..." is an act,
  "W" without a speaker; the paper's own check ("On Thursday, six filling stations along Okoroiwo Road
  were selling petrol ...") is "W" without a speaker.
* Forecasts. The IMD official's "likely to continue till at least Thursday", the DOE's "expected back
  on line by April 28", Bus Éireann's "hoped to have the bus on the road by the end of September", the
  coach's marathon plan and the acting chief executive's "had hoped to reopen the unit in May" are "";
  the growers' federation's revised forecast, published, is "W" ("according to a revised forecast
  released on Monday by the Pipfruit Growers Federation"), and so are a body's dated steps ("would
  advertise the four positions ... from May", "would fog common corridors twice a week until the
  cluster is closed", "would extend Project Wolbachia ... in the third quarter").
* Private against public. A mother's son's blood test, a parent's son's nosebleed, a student's walk
  to campus, a baker's lost dough, a pensioner's electricity spending, a grower's lost crop and a
  runner's training are private, ""; a rented duplex's lead service line, a trader's daily fares, a
  mother's drive to the nearest maternity unit, a retiree's three visits from NEA officers, a
  barangay's pumps stopping in every cut and a runner's "It was 24 degrees at the finish" are "W"
  (public services, public prices and public conditions).

Splits. "5:02 p.m. CT  |", "9:40 a.m. CT", "Ordinance No. 26-0147,", "Ald. Yolanda", "Ald. Dwight",
"U.S. Environmental", "$4.10 a month", "7.30 a.m. to 12 noon", "2.30 p.m. last Friday", "4 p.m., to
drink", "10 p.m. for", "Dr. Pranjal", "Dr. Meenakshi", "44.2°C", "Mrs. Ibiere", "Hon. Boma", "6:30 am
now,” she said.", "after 7 p.m., commuters said.", "Sept. 2, the", "Insp. Dalton", "Coun. Lorne",
"7:30 a.m. to 4:30 p.m. on", "17 Ave. S.W.", "Engr. Raymundo", "8 a.m. and 10 p.m. so", "Gov. Ma.
Elena", "Dr. Carmelita", "Brgy. Capt. Ernesto", "Brgy. Pinagtubigan", "Adv. Nthabiseng", "R2.84",
"Co. Regn. No. 201504728K.", "Dr. Annelise", "Fruit Co., said", "Fruit Co. packed", "NZ$38.4m", "Ltd.,
said.", "1:07:32", "59:48 CR" and "1. Edwin", "2. Vincent", "3. Amos" (a list item is one sentence)
never split a sentence. "etc." before "Elderly", "Ltd." before "No part of this site ..." and before
"Reproduction without ...", "Pvt. Ltd." before "All Rights Reserved.", "Pte Ltd." before "Co. Regn.", "company."
before "All rights reserved.", "Inc." before "All rights reserved.", "plc." at the end of a line,
"DAC." before "Registered", "(Pty) Ltd." before "Reproduction", "image." before "(Image: File)",
"30%." before "Find out how →", "Loading..." and a "?" in furniture before a capital ("Does your street
have lead pipes?" / "Search", "Do you have a story for us?" / "WhatsApp") end one. A "?" before a
capital inside a quote ends a sentence ("“Three weeks in August with a bin full of chicken bones?" /
"You'll have rats ...", "“Sino ang magbabayad nito?" / "Who will pay for this?” she asked, ..."), as
does a closing single quote inside a quote before a capital ("“My coach told me, ‘Just finish.’" /
"Now I am the champion!” she said."); a "?" or "!" closing a quote before a lower-case attribution
("?” she asked.") or before the speaker's surname and a verb ("‘Today is the day!’” Chesoret said.")
does not. A pull quote with its dash attribution is one sentence; a caption without a full stop and
the credit on the next line are two.

`CASES` holds 30 sentence-split cases in the format of the `CASES` of `labelled_new56.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metro daily, the council approves a $212 million plan to replace every lead water line (masthead, subscribe strip, menu, section crumb, headline, semicolon standfirst without a speaker, byline with pipe, published and updated line with p.m. CT and a.m. CT, listen line with running time, gift line, share strip run into one line, comment count, caption with a credit of name and outlet, Ordinance No., Ald. dropped, U.S. Environmental Protection Agency, two Advertisement lines, RELATED line, four Ald. in one sentence, a pull quote with a dash attribution, an inventory that lists, according to a Herald analysis, a resident's private circumstance, Read more line split at its question mark, a spokesperson for the mayor as written, The company did not respond, a two-sentence correction, topics line, two-sentence author bio with an e-mail address, More from this author list, footer)",
    "English regional evening paper's site, black bins to be emptied every three weeks (masthead, menu, crumb, headline, semicolon standfirst carrying the cabinet member, LDR byline, time stamps run together with Updated, Bookmark, Share and Comments lines, caption without a full stop and a bracketed image credit on its own line, according to a report by council officers, two Article continues below lines, Cllr dropped, READ MORE line, the council said then It said, a question inside a quote before a capital, a council spokesperson, newsletter prompt without a full stop, a resident's private circumstance, a rule of record, according to LGA figures, a comments prompt split at its question mark, WhatsApp prompt, Most Read and Most Recent lists, footer with plc.)",
    "Indian news portal, a heatwave closes Lucknow schools by noon (masthead, menu with pipes, trending strip, crumb, headline with °C, standfirst carrying the district administration, written-by and edited-by line, updated line with IST, Follow Us, Representational image with a bracketed file credit, city dateline with a colon, a magistrate's order as an act, the order said, a.m. and p.m. mid-sentence, Advertisement lines, according to the IMD, Dr. dropped and a spoken forecast, Also Read and ALSO READ | lines, a group of parents, a parent's quote with p.m. before said, an association president, according to health department data, advice ending in etc. before Elderly, a civic body said, a KVS official, with-inputs line, tags, app prompt, Read Next, first-published line, footer with Pvt. Ltd.)",
    "Nigerian daily's metro page, tricycle fares jump after petrol rises (masthead, menu, section label, headline with naira, byline with place, date line with am, share prompt with a colon, caption with a photo credit, Comrade dropped, a union chairman's quote, Advertisement lines, Read Also line, Mrs. dropped and public fares, a question closing a quote before she asked, a pull quote without attribution, Hon. dropped and a rule of record, a fact of record without a speaker, RELATED NEWS list, a student's private circumstance, commuters said, NBS data show, Alhaji dropped with could not be reached, comment disclaimer, two-sentence support appeal, tags, follow line, footer with Ltd.)",
    "Australian public broadcaster's site, a country maternity ward stays shut (skip link, masthead, menu, headline, station line, byline, topic line, posted and updated line with its times doubled, caption with a bracketed station credit, In short: and What's next? labels with key points labelled like standfirsts, the health service said then it said, Loading..., Dr dropped and a hope against figures, a quote ending in a question, Cr dropped, a department spokesperson then The spokesperson said, an alliance's spokeswoman, related list with a single-quoted headline, More on line, Back to top, acknowledgement, footer)",
    "Canadian chain paper's site, photo radar approved for school zones (breadcrumb lines, headline, semicolon standfirst carrying the councillor with calls, Author of the article: and the name on its own line, published line with bullets and reading time, Join the conversation, caption with a Photo by credit, Article text lines, Advertisement 2 and 3, Story continues below advertisement, an ad-loading line, Insp. dropped with told council, a.m. and p.m. mid-sentence, Sept. 2, a provincial rule, Coun. dropped with a city estimate, a report says then according to the report, the mayor's fact of record and a fact without a speaker, a parent, share line, Trending list with Ave. S.W., register prompt, comment rules, footer with Inc.)",
    "Philippine regional daily, rotational brownouts after a coal unit breaks down (masthead, menu in capitals, section label, headline, By: line with a dash, date line with AM, caption with a credit in capitals, a dateline with Philippines, a cooperative said then It advised, ADVERTISEMENT lines, Engr. dropped with said in a radio interview, READ: lines, the grid operator said then It said, Gov. dropped and Ma. kept, a Tagalog question with its translation before she asked, a division office, the ERC, the DOE's forecast in an advisory, Dr. dropped, Brgy. Capt. dropped and Brgy. before a name, newsletter consent, MOST READ, comment rules, Read Next, prompts in prose, contact line with an e-mail address)",
    "Irish news site, 130 children left without school bus seats (masthead, menu, headline opening with a quoted line, semicolon standfirst carrying the parents, byline with role, time and date line with am, share strip, comment count in brackets, Short URL and the URL on its own line, caption with an Image credit, a lead in capitals, a rule with a semicolon, a two-sentence support appeal and its button, a mother's quotes, Related Reads, TD dropped, a Minister of State's written reply as written, Bus Éireann said then It said with a hope, a department spokesperson, facts without a speaker, send-a-tip line, two-sentence author bio, comments-close line, footer with DAC.)",
    "South African news site, a 12.7% electricity tariff rise (masthead, listen player line, menu, crumb, headline, semicolon standfirst carrying the municipality as first named, byline, published line, save and share, caption with a figure and a file-photo credit, In a statement the municipality said, a spokesperson, ALSO READ | line, according to the budget, Adv. dropped, a question inside a quote, a pull quote with name and organisation, Advertisement lines, a ward councillor, a pensioner's private circumstance, Nersa said in its decision, an Eskom spokesperson, The municipality did not respond to questions, a gazette date, a two-sentence clarification, WhatsApp channel and tip lines, Read more on: tags, footer with (Pty) Ltd.)",
    "Singapore daily's site, a dengue cluster grows (masthead, menu, section label, headline, standfirst carrying NEA with a hedge and a figure, byline, published and updated lines with AM, gift line, follow-topic line, dateline with a dash, caption with a credit in capitals, according to NEA data, The agency said in a statement, Telegram prompt, NEA said then It said, The agency also said, a town council, Madam dropped with said in Malay, a fact without a speaker, Mr dropped from a retiree's public-service fact, an MP, Dr dropped with advised, according to annual figures, a source line with editors' initials, related topics, more-on list, newsletter prompt, footer with Pte Ltd. and Co. Regn. No.)",
    "New Zealand horticulture trade magazine, hail cuts the apple export forecast (masthead, menu, sponsored line split at its full stop before an arrow button, section label, headline with a semicolon, standfirst without a speaker, byline with role, date and reading-time line, share strip, caption with a supplied credit, a published forecast via according to and puts, Dr. dropped, a grower's private loss, a pull quote without attribution, sponsored-content box, Co., mid-sentence and before said, a fact without a speaker, Ltd., said, an MPI classification, according to Stats NZ, related content, events line, About the author and a two-sentence bio, tags, print subscription line, footer)",
    "Kenyan sports site, a half marathon course record (masthead, menu, section label, headline with a time, standfirst carrying the organisers, byline, date and reading-time line, comment count, caption stating a result with an image credit, a nested exclamation in single quotes before a surname and said, Advertisement, times with colons, a nested single-quoted quote closing a sentence inside a quote, a runner's temperature claim, ALSO READ: line, organisers said, prize money, ADAK tests, a fact without a speaker, a coach's plan, results box title and rows with 1., 2., 3., Recommended and Trending lists, follow line, footer with Ltd.)",
]

ARTICLES = [
    [  # 1. US metro daily, the council approves a $212 million plan to replace every lead water line
        [("The Halsteed Herald", "", "", "B")],
        [("Subscribe now: 4 weeks for $1  |  Log in", "", "", "B")],
        [("Local   Politics   Business   Sports   Food & Drink   Opinion   Obituaries   e-Edition", "", "", "B")],
        [("Metro  ›  City Hall", "", "", "B")],
        [("Halsteed council approves $212 million plan to replace every lead water line by 2036", "", "", "W")],
        [("Homeowners will not pay a cent under the new ordinance; four alders voted no over the surcharge", "", "", "W")],
        [("By Celestine Tullamere-Voskerling  |  Staff writer", "", "", "B")],
        [("Published April 14, 2026, 5:02 p.m. CT  |  Updated April 15, 2026, 9:40 a.m. CT", "", "", "B")],
        [("Listen to this article · 6 min", "", "", "B")],
        [("Gift this article", "", "", "B")],
        [("Share  Facebook  X  LinkedIn  Email  Copy link", "", "", "B")],
        [("41 comments", "", "", "B")],
        [("A crew lifts a section of lead service line out of a trench on Fernholt Avenue on the city's north side on April 9.", "", "", ""),
         ("Jerome Waithe-Kingsolver / The Halsteed Herald", "", "", "B")],
        [("The Halsteed Common Council voted 9-4 on Tuesday to replace all of the city's known lead service lines within 10 years, at an estimated cost of $212 million.", "", "", "W")],
        [("Service lines are the small pipes that carry water from the main under the street into each home; most of Halsteed's lead lines were laid before 1951, when the city banned them.", "", "", "W")],
        [("Under Ordinance No. 26-0147, Halsteed Water Works will pay for the whole replacement, including the section on private property that homeowners have been billed for since 2017.", "", "", "W")],
        [("“Nobody in this city should have to pick between a safe glass of water and a car payment,” said Ald. Yolanda Prestridge-Obradu, who wrote the ordinance.", "Yolanda Prestridge-Obradu", "said", ""),
         ("She said partial replacements, in which only the city's side of the line is changed, can raise lead levels at the tap for weeks because the digging shakes loose scale inside the old pipe.", "Yolanda Prestridge-Obradu", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Water Works Superintendent Anselm Quibell told the council that federal rules adopted by the U.S. Environmental Protection Agency in 2024 require most utilities to replace their lead lines within 10 years.", "Anselm Quibell", "told the council", "W"),
         ("He said the utility had secured a $64 million low-interest loan from the state and would pay for the rest with bonds and a surcharge of $4.10 a month on every residential bill starting July 1.", "Anselm Quibell", "said", "W"),
         ("“At full speed we'll be doing about 4,000 lines a year,” Quibell said.", "Anselm Quibell", "said", ""),
         ("“The first two years will be slower while we train crews.”", "Anselm Quibell", "said", "")],
        [("RELATED: Halsteed water rates to rise 7% in July as utility braces for lead work", "", "", "B")],
        [("Ald. Dwight Esterhaus, Ald. Carmela Veintimilla-Arcos, Ald. Ross Tadeshko and Ald. Annabeth Quorle voted against the ordinance.", "", "", "W")],
        [("Esterhaus, who represents the 11th District on the far west side, said he supported replacing the pipes but not adding a surcharge in the same year that water rates are going up 7%.", "Dwight Esterhaus", "said", "W"),
         ("“I'm for the pipes,” he said.", "Dwight Esterhaus", "said", ""),
         ("“I'm against putting it on the backs of people who are already behind on their bills.”", "Dwight Esterhaus", "said", "")],
        [("“Nobody in this city should have to pick between a safe glass of water and a car payment.” — Ald. Yolanda Prestridge-Obradu", "", "", "B")],
        [("The city's own inventory, filed with the state Department of Natural Resources in October, lists 38,612 lead lines and 9,870 lines whose material is unknown.", "The city's own inventory", "lists", "W"),
         ("About 61% of the known lead lines are in seven ZIP codes on the north and east sides, according to a Herald analysis of the inventory.", "a Herald analysis of the inventory", "according to", "W")],
        [("Advertisement", "", "", "B")],
        [("Marisela Obuyaro-Tenchley learned in March that the line into her rented duplex on Tillery Street was lead, when a Water Works crew left a notice on her door.", "", "", "W")],
        [("Her son, who is 3, had a blood test last year that showed 4 micrograms of lead per deciliter, she said.", "Marisela Obuyaro-Tenchley", "said", ""),
         ("“The doctor told us that's not an emergency, but it's not nothing,” she said.", "Marisela Obuyaro-Tenchley", "said", ""),
         ("“Ten years is a long time when you have a toddler.”", "Marisela Obuyaro-Tenchley", "said", "")],
        [("Quibell said households with a child under 6 or a pregnant woman could ask to be moved up the list, and that 1,108 had done so since January.", "Anselm Quibell", "said", "W")],
        [("Read more: Does your street have lead pipes?", "", "", "B"),
         ("Search our database", "", "", "B")],
        [("A spokesperson for Mayor Thaddeus Kwabiah-Lundquell said the mayor would sign the ordinance on Thursday.", "A spokesperson for Mayor Thaddeus Kwabiah-Lundquell", "said", "W")],
        [("Work on the first 2,800 lines, in the Bransfield Park and Tillery neighborhoods, is scheduled to start in August.", "", "", "W"),
         ("Daubeney Utility Contractors won the $31 million contract for that phase in February.", "", "", "W"),
         ("The company did not respond to a request for comment on Tuesday.", "The company", "did not respond to a request for comment", "")],
        [("Correction: An earlier version of this story gave the wrong amount for the state loan.", "", "", "B"),
         ("It is $64 million.", "", "", "B")],
        [("Topics: Water Works, Common Council, Lead pipes, North Side", "", "", "B")],
        [("Celestine Tullamere-Voskerling covers City Hall and city utilities for the Herald.", "", "", "B"),
         ("Reach her at ctullamere@halsteedherald.com or 414-555-0187.", "", "", "B")],
        [("More from Celestine Tullamere-Voskerling", "", "", "B")],
        [("Council delays vote on Sandercroft Drive bike lanes until June", "", "", "B")],
        [("Halsteed's new budget director started out reading water meters", "", "", "B")],
        [("© 2026 The Halsteed Herald, a Lakeline Media company.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Service  |  Privacy Policy  |  Your Privacy Choices  |  Accessibility", "", "", "B")],
    ],
    [  # 2. English regional evening paper's site, black bins to be emptied every three weeks
        [("Thornbeck Evening Courant", "", "", "B")],
        [("News  Sport  What's On  Property  Jobs  Announcements  Newsletters", "", "", "B")],
        [("News  ›  Local News", "", "", "B")],
        [("Thornbeck bins to be emptied every three weeks from October in bid to save £1.4m", "", "", "W")],
        [("Cabinet member says recycling has been stuck at 38 per cent for five years; opposition leader warns of rats and fly-tipping", "Morwenna Askrigg-Pennistow", "says", "W")],
        [("Eleri Cadwaller-Nyhoff  Local Democracy Reporter", "", "", "B")],
        [("18:42, 3 Mar 2026Updated 09:15, 4 Mar 2026", "", "", "B")],
        [("Bookmark", "", "", "B")],
        [("Share", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Black bins out for collection on Ravensgill Road, Thornbeck", "", "", "")],
        [("(Image: Eleri Cadwaller-Nyhoff/LDRS)", "", "", "B")],
        [("Household black bin collections in Thornbeck will move from fortnightly to every three weeks from October, after Thornbeck Borough Council's cabinet approved the change on Tuesday evening.", "", "", "W")],
        [("The move, which affects about 48,200 homes, is expected to save £1.4m a year from 2027-28, according to a report by council officers.", "a report by council officers", "according to", "W")],
        [("Article continues below", "", "", "B")],
        [("Recycling and food waste will still be collected every week, and green garden waste every fortnight for those who pay the £52 annual subscription.", "", "", "W")],
        [("Cllr Morwenna Askrigg-Pennistow, cabinet member for environment, said the borough's recycling rate had been stuck at about 38 per cent for five years, well below the national target of 65 per cent by 2035.", "Morwenna Askrigg-Pennistow", "said", "W"),
         ("“Around half of what goes into a black bin in Thornbeck could have been recycled or composted,” she said.", "Morwenna Askrigg-Pennistow", "said", "W"),
         ("“We are not asking people to do anything they can't already do.", "Morwenna Askrigg-Pennistow", "said", ""),
         ("We're asking them to use the bins they've got.”", "Morwenna Askrigg-Pennistow", "said", "")],
        [("READ MORE: Thornbeck council tax to go up 4.99% as libraries spared from cuts", "", "", "B")],
        [("Households of six or more, and those with children in nappies or with medical waste, will be able to apply for a larger bin or an extra collection, the council said.", "the council", "said", "W"),
         ("It said the change would also let it take four of its 19 refuse lorries off the road, and that no jobs would be lost because crews would move to food waste rounds.", "Thornbeck Borough Council", "said", "W")],
        [("Article continues below", "", "", "B")],
        [("Opposition leader Cllr Gethin Rawcliffe-Adegboruwa said the council had not held a public consultation on the change.", "Gethin Rawcliffe-Adegboruwa", "said", "W"),
         ("“Three weeks in August with a bin full of chicken bones?", "Gethin Rawcliffe-Adegboruwa", "said", ""),
         ("You'll have rats the size of cats,” he said.", "Gethin Rawcliffe-Adegboruwa", "said", "")],
        [("He said fly-tipping in neighbouring Kelsborrow had risen by 23 per cent in the year after it moved to three-weekly collections in 2023.", "Gethin Rawcliffe-Adegboruwa", "said", "W"),
         ("A council spokesperson said fly-tipping across the region had risen over the same period and that Kelsborrow's rise could not be put down to the bins alone.", "A council spokesperson", "said", "W")],
        [("Get the biggest stories from across Thornbeck straight to your inbox by signing up to our free Courant Daily newsletter here", "", "", "B")],
        [("Denise Thrushwick-Ocheng, 44, who lives on the Pellfield estate with her partner and four children, said the family's black bin was usually full by the end of the first week.", "Denise Thrushwick-Ocheng", "said", ""),
         ("“With six of us we'd get the bigger bin, so that's something,” she said.", "Denise Thrushwick-Ocheng", "said", ""),
         ("“But I'd like to see a councillor try it for a month.”", "Denise Thrushwick-Ocheng", "said", "")],
        [("Under the Government's Simpler Recycling rules, councils in England must collect food waste from every home each week by March 31, 2026.", "", "", "W"),
         ("Thornbeck has collected food waste weekly since 2019.", "", "", "W")],
        [("At least 40 councils in England already empty black bins every three weeks, according to figures from the Local Government Association.", "figures from the Local Government Association", "according to", "W")],
        [("The change will go to a meeting of the full council for a final vote on March 25.", "", "", "W")],
        [("Do you think three-weekly bin collections will work?", "", "", "B"),
         ("Let us know in the comments below.", "", "", "B")],
        [("Join the Courant's WhatsApp community and we'll send the biggest Thornbeck stories straight to your phone.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Man, 32, charged after Thornbeck town centre shop break-in", "", "", "B")],
        [("Plans lodged for 140 homes on former Ravensgill brickworks site", "", "", "B")],
        [("Most Recent", "", "", "B")],
        [("Thornbeck Athletic sign winger on loan until end of season", "", "", "B")],
        [("Thornbeck Evening Courant is part of Pellinbrook Regional Media plc.", "", "", "B")],
        [("© 2026 Pellinbrook Regional Media plc.", "", "", "B")],
        [("Contact us  Advertise  Privacy notice  Cookie settings  Terms and conditions", "", "", "B")],
    ],
    [  # 3. Indian news portal, a heatwave closes Lucknow schools by noon
        [("Samvad Live", "", "", "B")],
        [("Home | India | Cities | World | Business | Cricket | Entertainment | Lifestyle | Videos | Web Stories", "", "", "B")],
        [("Trending: IPL 2026 | Gold Price Today | Board Exam Results | Weather Update", "", "", "B")],
        [("Home » Cities » Lucknow", "", "", "B")],
        [("Lucknow heatwave: Schools to shut by 12 noon as mercury touches 44.2°C", "", "", "W")],
        [("The order covers all boards up to Class 12 and will stay in force till April 30, the district administration said", "the district administration", "said", "W")],
        [("Written by: Aparajita Mishrikh  |  Edited by: Kunal Dhanvir-Rastogi", "", "", "B")],
        [("Updated: Apr 21, 2026, 11:48 IST", "", "", "B")],
        [("Follow Us", "", "", "B")],
        [("Representational image.", "", "", "B"),
         ("(Image: File)", "", "", "B")],
        [("Lucknow: Schools in Lucknow district will close by 12 noon from Tuesday after the city recorded its hottest April day in seven years, the district administration said on Monday.", "the district administration", "said", "W")],
        [("In an order issued late on Sunday, District Magistrate Ritambhara Sengar-Awasthi directed all government, aided and private schools, including those affiliated to the CBSE and ICSE boards, to hold classes from 7.30 a.m. to 12 noon till April 30.", "", "", "W"),
         ("Schools that already close by noon need not change their timings, the order said.", "the order", "said", "W"),
         ("Anganwadi centres will also close by 11 a.m., the order said.", "the order", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("According to the India Meteorological Department (IMD), Lucknow recorded a maximum temperature of 44.2 degrees Celsius on Sunday, 4.1 degrees above normal for the season.", "the India Meteorological Department (IMD)", "according to", "W")],
        [("Dr. Pranjal Vaikuntham-Doshi, who heads the IMD's regional centre in Lucknow, said it was the city's highest April temperature since 2019, when the mercury reached 44.6°C.", "Pranjal Vaikuntham-Doshi", "said", "W"),
         ("He said the heatwave was likely to continue till at least Thursday, with a western disturbance bringing some relief over the weekend.", "Pranjal Vaikuntham-Doshi", "said", "")],
        [("Also Read: UP power demand hits record 31,400 MW as heat drives AC use", "", "", "B")],
        [("Many parents said the order had come late.", "Many parents", "said", "")],
        [("“My son came home at 2.30 p.m. last Friday with a headache and a nosebleed,” said Sunita Rawatkar-Pandey, whose son studies in Class 4 at a private school in Dhanvantri Vihar.", "Sunita Rawatkar-Pandey", "said", ""),
         ("“The bus has no AC and it stands in the sun for 40 minutes before it leaves.”", "Sunita Rawatkar-Pandey", "said", "")],
        [("ALSO READ | Heatstroke: Do's and don'ts as temperatures soar across north India", "", "", "B")],
        [("Anil Kumar Chaurasiya-Behl, president of the Unaided Private Schools Association, Lucknow, said member schools would follow the order but had asked the administration to also shorten board exam practicals, which are being held this week.", "Anil Kumar Chaurasiya-Behl", "said", "W"),
         ("“Children are sitting in labs with one ceiling fan,” he said.", "Anil Kumar Chaurasiya-Behl", "said", "")],
        [("Advertisement", "", "", "B")],
        [("According to state health department data, 214 people were treated for heat-related illness in Lucknow district between April 1 and April 20, and two deaths are being investigated as suspected heatstroke.", "state health department data", "according to", "W")],
        [("Dr. Meenakshi Tripathi-Moorjani, head of medicine at the district hospital, said most of the patients were labourers, street vendors and delivery workers.", "Meenakshi Tripathi-Moorjani", "said", "W"),
         ("She advised people to avoid going out between 12 noon and 4 p.m., to drink water even when not thirsty and to wear loose cotton clothes, a cap, etc.", "Meenakshi Tripathi-Moorjani", "advised", ""),
         ("Elderly people and children under five are most at risk, she said.", "Meenakshi Tripathi-Moorjani", "said", "W")],
        [("The Lucknow Municipal Corporation said it had set up 46 drinking water kiosks at busy crossings and would keep 12 parks open till 10 p.m. for people without cooling at home.", "The Lucknow Municipal Corporation", "said", "W")],
        [("Kendriya Vidyalayas in the city will follow the same timings, a KVS official said.", "a KVS official", "said", "W")],
        [("(With inputs from agencies)", "", "", "B")],
        [("Tags: Lucknow weather, Heatwave, IMD, School timings, Uttar Pradesh", "", "", "B")],
        [("Get the latest updates on the Samvad Live WhatsApp channel, and download the Samvad Live app for breaking news alerts on your phone.", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Kanpur: Two held for selling fake ORS sachets at chemist shops", "", "", "B")],
        [("First Published: Apr 21, 2026, 09:02 IST", "", "", "B")],
        [("© Samvad Digital Media Pvt. Ltd.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
        [("About Us | Contact | Privacy Policy | Grievance Redressal | Advertise With Us", "", "", "B")],
    ],
    [  # 4. Nigerian daily's metro page, tricycle fares jump after petrol rises
        [("The Rivers Beacon", "", "", "B")],
        [("Home  News  Politics  Business  Metro  Sports  Entertainment  Opinion  Columns", "", "", "B")],
        [("Metro", "", "", "B")],
        [("Keke fares jump to ₦500 in Port Harcourt as petrol hits ₦1,180 a litre", "", "", "W")],
        [("By Ebiere Otonye-Amachree, Port Harcourt", "", "", "B")],
        [("April 11, 2026  |  6:45 am", "", "", "B")],
        [("Please share this story:", "", "", "B")],
        [("Tricycle riders wait for passengers at the Rumuekpolu park in Port Harcourt on Thursday.", "", "", ""),
         ("Photo: Beacon/Tamunosaki Ogbonda", "", "", "B")],
        [("Commuters in Port Harcourt, the Rivers State capital, are now paying up to ₦500 for short tricycle trips that cost ₦300 a month ago, after filling stations in the city raised the pump price of petrol.", "", "", "W")],
        [("On Thursday, six filling stations along Okoroiwo Road were selling petrol for between ₦1,150 and ₦1,180 per litre, up from about ₦960 in early March.", "", "", "W")],
        [("The state chairman of the Amalgamated Keke Riders Union (AKRU), Comrade Ibinabo Tamunoemi-George, said the union approved the new fares at an emergency meeting on Monday.", "Ibinabo Tamunoemi-George", "said", "W"),
         ("“A rider who buys 10 litres a day is now spending ₦11,800 on fuel alone,” he said.", "Ibinabo Tamunoemi-George", "said", "W"),
         ("“We did not increase fares for fun.", "Ibinabo Tamunoemi-George", "said", ""),
         ("If petrol comes down tomorrow, the fares will come down.”", "Ibinabo Tamunoemi-George", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Read Also: Rivers govt suspends daily ticket levy on tricycles for three months", "", "", "B")],
        [("Mrs. Ibiere Dappa-Ikwuegbu, a pepper seller at the Rumuekpolu market, said she now spends ₦2,000 a day getting to and from her stall, up from ₦1,200.", "Ibiere Dappa-Ikwuegbu", "said", "W"),
         ("“Everything has gone up except what I sell.", "Ibiere Dappa-Ikwuegbu", "asked", ""),
         ("Who will buy pepper at the new price?” she asked.", "Ibiere Dappa-Ikwuegbu", "asked", "")],
        [("“A rider who buys 10 litres a day is now spending ₦11,800 on fuel alone.”", "", "", "B")],
        [("The Rivers State Commissioner for Transport, Hon. Boma Tonye-Ikiriko, said the government had not approved the new fares and would meet the union's leaders on Monday.", "Boma Tonye-Ikiriko", "said", "W"),
         ("He said the ministry had sent task force officials to the city's 14 major motor parks to make sure riders displayed the approved fare chart.", "Boma Tonye-Ikiriko", "said", "W"),
         ("“No union is allowed to fix fares on its own,” he said.", "Boma Tonye-Ikiriko", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Tamunoemi-George said the union had written to the ministry on March 30 asking for a meeting and had received no reply.", "Ibinabo Tamunoemi-George", "said", "W"),
         ("The state government last set approved tricycle fares in October 2024, when it fixed ₦250 as the minimum fare within the city.", "", "", "W")],
        [("RELATED NEWS", "", "", "B")],
        [("Petrol scarcity: Long queues return to Port Harcourt filling stations", "", "", "B")],
        [("Rivers Assembly passes bill to register all commercial tricycles", "", "", "B")],
        [("A 300-level student, Chioma Ezeokonkwo-Ateke, said she had started walking the 3 km from her hostel to the campus gate.", "Chioma Ezeokonkwo-Ateke", "said", ""),
         ("“I leave at 6:30 am now,” she said.", "Chioma Ezeokonkwo-Ateke", "said", "")],
        [("Some riders have also started charging ₦200 extra after 7 p.m., commuters said.", "commuters", "said", "W")],
        [("Data from the National Bureau of Statistics (NBS) show the average fare for a bus journey within a city in Rivers State rose 38.6 per cent in the year to February.", "Data from the National Bureau of Statistics (NBS)", "show", "W")],
        [("The state chairman of the Rivers Petroleum Dealers Forum, Alhaji Sani Buba-Kolo, could not be reached for comment.", "Sani Buba-Kolo", "could not be reached for comment", "")],
        [("Disclaimer: Readers' comments are their own and do not represent the views of The Rivers Beacon or its staff.", "", "", "B")],
        [("Good journalism costs money.", "", "", "B"),
         ("Support The Rivers Beacon with as little as ₦1,000 and help us keep telling the stories of the Niger Delta.", "", "", "B")],
        [("Tags: Fuel price, Keke, Port Harcourt, Transport fares", "", "", "B")],
        [("Follow us on WhatsApp, X and Facebook for more news from Rivers State.", "", "", "B")],
        [("© 2026 Beacon Newspapers Ltd.", "", "", "B"),
         ("No part of this site may be reproduced without permission.", "", "", "B")],
    ],
    [  # 5. Australian public broadcaster's site, a country maternity ward stays shut
        [("Skip to main content", "", "", "B")],
        [("MPB News", "", "", "B")],
        [("Just In   For You   Australia   World   Business   Sport   Health   Analysis   Fact Check", "", "", "B")],
        [("Kellerup maternity ward to stay shut for another six months as midwife shortage drags on", "", "", "W")],
        [("MPB Wimmera", "", "", "B")],
        [("By Ashleigh Trengrove-Asantewaa", "", "", "B")],
        [("Topic: Regional Health", "", "", "B")],
        [("Posted 5h ago5 hours ago, updated 2h ago2 hours ago", "", "", "B")],
        [("Jessica Lindenmayer-Tawharu drove 140 kilometres to Balmarra Base Hospital to give birth to her son in February.", "", "", "W"),
         ("(MPB Wimmera: Declan Huisman-Rau)", "", "", "B")],
        [("In short:", "", "", "B")],
        [("Kellerup's maternity unit, closed since October, will not reopen until at least November, the local health service says.", "Kellerup District Health", "says", "W")],
        [("Expectant mothers are being sent to Balmarra, up to 90 minutes' drive away.", "", "", "W")],
        [("What's next?", "", "", "B")],
        [("The health service says it will pay for accommodation in Balmarra for women from 37 weeks of pregnancy.", "Kellerup District Health", "says", "W")],
        [("The only maternity unit in Kellerup, in western Victoria, will stay closed until at least November because the town's health service still cannot hire enough midwives.", "", "", "W")],
        [("Kellerup District Health stopped planned births at the town's hospital on October 6 last year, after four of its seven midwives left within two months.", "", "", "W")],
        [("Since then, 71 women from the district have given birth at Balmarra Base Hospital, and three gave birth before reaching any hospital, the health service said.", "the health service", "said", "W")],
        [("Loading...", "", "", "B")],
        [("The Kellerup hospital's emergency department remains open 24 hours a day.", "", "", "W"),
         ("Women in labour who arrive there are assessed and, if it is safe, taken by ambulance to Balmarra, the health service said.", "the health service", "said", "W")],
        [("Acting chief executive Dr Mireille Castelrovere-Ebbett said the service had hoped to reopen the unit in May.", "Mireille Castelrovere-Ebbett", "said", ""),
         ("“We've interviewed nine midwives since Christmas and we've made four offers,” she said.", "Mireille Castelrovere-Ebbett", "said", "W"),
         ("“Two were accepted, and then both withdrew because they couldn't find a rental in town.”", "Mireille Castelrovere-Ebbett", "said", "W")],
        [("Dr Castelrovere-Ebbett said the service would advertise the four positions in the United Kingdom and Ireland from May and had set aside two staff houses on Gellibrand Street for new recruits.", "Mireille Castelrovere-Ebbett", "said", "W")],
        [("Ms Lindenmayer-Tawharu, 29, a dairy farmer, said the drive to Balmarra took an hour and a half, 30 kilometres of it on gravel.", "Jessica Lindenmayer-Tawharu", "said", "W"),
         ("“You spend the whole trip counting contractions and kilometres,” she said.", "Jessica Lindenmayer-Tawharu", "said", ""),
         ("“I just kept thinking, what if this one's quick?”", "Jessica Lindenmayer-Tawharu", "said", "")],
        [("Kellerup Shire mayor Cr Bernadette Oyegunle-Rourkeley said the council had written to the state's Health Minister twice since November asking for the unit to be reopened with state-funded midwives.", "Bernadette Oyegunle-Rourkeley", "said", "W"),
         ("“Women in Melbourne wouldn't be told to drive an hour and a half to have a baby,” she said.", "Bernadette Oyegunle-Rourkeley", "said", "")],
        [("A spokesperson for the Victorian Department of Health said rural health services were responsible for their own staffing, but that the state had funded 120 extra rural midwifery places since 2023.", "A spokesperson for the Victorian Department of Health", "said", "W"),
         ("The spokesperson said Kellerup District Health had been offered a further $480,000 to cover relocation costs for new staff.", "A spokesperson for the Victorian Department of Health", "said", "W")],
        [("Tahlia Quarmbly-Macefield, who speaks for the Regional Midwives Alliance, said housing was now the biggest barrier to getting midwives to country Victoria.", "Tahlia Quarmbly-Macefield", "said", ""),
         ("She said the median weekly rent for a house in Kellerup Shire had risen from $290 to $410 in three years.", "Tahlia Quarmbly-Macefield", "said", "W")],
        [("Women booked in at Kellerup will keep seeing the hospital's midwives for antenatal and postnatal checks, and the service will pay for accommodation in Balmarra from 37 weeks, it said.", "Kellerup District Health", "said", "W")],
        [("Related stories", "", "", "B")],
        [("Country hospitals paying up to $3,000 a shift for agency nurses", "", "", "B")],
        [("'We're not a waiting room': Small towns fight to keep their urgent care centres", "", "", "B")],
        [("More on: Regional Health, Pregnancy and Childbirth, Health Policy, Kellerup, VIC", "", "", "B")],
        [("Back to top", "", "", "B")],
        [("MPB News recognises the Traditional Owners of the country on which our stories are gathered and told, and pays respect to their Elders.", "", "", "B")],
        [("Editorial Policies  |  Accessibility  |  Privacy  |  Help  |  Contact Us", "", "", "B")],
    ],
    [  # 6. Canadian chain paper's site, photo radar approved for school zones
        [("Breadcrumb navigation", "", "", "B")],
        [("News", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Wexburn council approves photo radar in 38 school zones starting in September", "", "", "W")],
        [("Speed cameras will ticket drivers going faster than 30 km/h on school days; one councillor calls it ‘a cash grab with a crossing guard's vest on’", "Lorne Vaszko-Whitcombeley", "calls", "W")],
        [("Author of the article:", "", "", "B")],
        [("Marguerite Skjelbrand-Anandan", "", "", "B")],
        [("Published Apr 22, 2026  •  Last updated 1 day ago  •  4 minute read", "", "", "B")],
        [("Join the conversation", "", "", "B")],
        [("A crossing guard walks students across 54 Avenue outside Buffaloberry School on Tuesday.", "", "", ""),
         ("Photo by Kirsten Arbleworth-Prycewell /Wexburn Herald-Press", "", "", "B")],
        [("Article text", "", "", "B")],
        [("Drivers who speed through Wexburn's school zones will start getting photo radar tickets in the mail this fall.", "", "", "W")],
        [("City council voted 8-5 on Monday to put automated speed cameras in 38 of the city's 61 school zones, with enforcement to begin Sept. 2, the first day of classes.", "", "", "W")],
        [("Advertisement 2", "", "", "B")],
        [("Story continues below advertisement", "", "", "B")],
        [("Insp. Dalton Ezeagwu-Heller of the Wexburn Police Service told council that officers had caught 4,112 drivers speeding in school zones in the 2024-25 school year, and that one in four was going at least 20 km/h over the limit.", "Dalton Ezeagwu-Heller", "told council", "W"),
         ("“We can't put an officer at every school every morning,” he said.", "Dalton Ezeagwu-Heller", "said", ""),
         ("“A camera can be there every day.”", "Dalton Ezeagwu-Heller", "said", "")],
        [("In Wexburn's school zones the limit is 30 km/h from 7:30 a.m. to 4:30 p.m. on school days.", "", "", "W")],
        [("Under provincial rules introduced in 2024, Alberta municipalities may use photo radar only in school, playground and construction zones, and must post a sign at every camera site.", "", "", "W")],
        [("Coun. Lorne Vaszko-Whitcombeley, who voted against the plan, said the city expects the cameras to bring in about $2.6 million in fines in the first year.", "Lorne Vaszko-Whitcombeley", "said", "W"),
         ("“This is a cash grab with a crossing guard's vest on,” he said.", "Lorne Vaszko-Whitcombeley", "said", ""),
         ("He said the city should have put in more pedestrian-activated crosswalk lights and speed humps first.", "Lorne Vaszko-Whitcombeley", "said", "")],
        [("Article text", "", "", "B")],
        [("City administration's report to council says fine revenue above the cost of running the program, estimated at $1.1 million a year, must go to traffic safety projects.", "City administration's report to council", "says", "W")],
        [("Mayor Deirdre Fennimoore-Addaquay said she voted for the cameras after a Grade 2 student was struck by a pickup truck outside Buffaloberry School in October.", "Deirdre Fennimoore-Addaquay", "said", "W"),
         ("The girl suffered a broken leg.", "", "", "W"),
         ("“If money is the thing that changes behaviour, then fine, let it change behaviour,” Fennimoore-Addaquay said.", "Deirdre Fennimoore-Addaquay", "said", "")],
        [("Advertisement 3", "", "", "B")],
        [("This ad is still loading, but the story continues below.", "", "", "B")],
        [("Harjit Bainsley-Gill, whose two children walk to Buffaloberry School, said she sees drivers speeding past the crossing most mornings.", "Harjit Bainsley-Gill", "said", ""),
         ("“Some of them are parents from the same school,” she said.", "Harjit Bainsley-Gill", "said", "")],
        [("Fines will range from $78 for going up to 15 km/h over the limit to $474 for going more than 50 km/h over, according to the report.", "the report", "according to", "W")],
        [("The city will mail warning letters instead of tickets for the first two weeks.", "", "", "W"),
         ("The city has not yet chosen a vendor for the cameras; its request for proposals closes May 15.", "", "", "W")],
        [("Share this article in your social network", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Wexburn man charged after pickup driven into pharmacy on 17 Ave. S.W.", "", "", "B")],
        [("Wind warning issued for Wexburn and area", "", "", "B")],
        [("Register for free to save this article, or sign in if you already have an account.", "", "", "B")],
        [("Comments", "", "", "B")],
        [("The Herald-Press welcomes civil, on-topic discussion; comments are moderated and may take up to an hour to appear.", "", "", "B")],
        [("You must be signed in to join the discussion or read comments.", "", "", "B")],
        [("© 2026 Wexburn Herald-Press, a division of Carrowmede Network Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Philippine regional daily, rotational brownouts after a coal unit breaks down
        [("The Southern Luzon Courier", "", "", "B")],
        [("NEWS  REGIONS  BUSINESS  OPINION  SPORTS  LIFESTYLE  ENTERTAINMENT", "", "", "B")],
        [("Regions", "", "", "B")],
        [("Quezon towns face 4-hour rotational brownouts as coal plant unit stays offline", "", "", "W")],
        [("By: Rowena Dimacutac-Sarmenillo - Correspondent", "", "", "B")],
        [("April 16, 2026 - 10:12 AM", "", "", "B")],
        [("Vendors at the Tabugsan public market work by the light of rechargeable lamps during a brownout on Tuesday afternoon.", "", "", ""),
         ("COURIER PHOTO / JUN PAGUITAN-SOLANOZA", "", "", "B")],
        [("TABUGSAN, Quezon, Philippines — More than 180,000 households in 14 towns in southern Quezon will have their power cut for up to four hours a day until at least April 30, after a unit of the coal-fired plant that supplies the area broke down last week.", "", "", "W")],
        [("The Southern Tayabas Electric Cooperative (SOTECO) said it was being allocated only 62 megawatts during peak hours, against demand of about 85 MW.", "The Southern Tayabas Electric Cooperative (SOTECO)", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("“We have no choice but to share the shortfall among all our feeders,” SOTECO general manager Engr. Raymundo Sablayan-Ilagoso said in a radio interview on Tuesday.", "Raymundo Sablayan-Ilagoso", "said in a radio interview", ""),
         ("He said the schedules, posted on the cooperative's Facebook page, rotate every day between 8 a.m. and 10 p.m. so that no feeder is cut twice in a row.", "Raymundo Sablayan-Ilagoso", "said", "W")],
        [("READ: Energy dept warns of yellow alerts on Luzon grid through May", "", "", "B")],
        [("The National Grid Corporation of the Philippines (NGCP) said the Luzon grid was placed on yellow alert on three days last week, with 11 power plants on forced or partial outage as of Monday.", "The National Grid Corporation of the Philippines (NGCP)", "said", "W"),
         ("It said one of the two 150-MW units of the Sampiroy Power Station, which supplies most of SOTECO's power under a contract, had been offline since April 8 because of a boiler tube leak.", "The National Grid Corporation of the Philippines (NGCP)", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Quezon Gov. Ma. Elena Villaroza-Macabulos said the provincial government had asked the Department of Energy (DOE) to give southern Quezon priority when the unit comes back online.", "Ma. Elena Villaroza-Macabulos", "said", "W")],
        [("In Tabugsan, bakery owner Lorna Espiritu-Magsanoc said she had thrown away two batches of dough since the brownouts began because her mixer stopped halfway.", "Lorna Espiritu-Magsanoc", "said", ""),
         ("“Sino ang magbabayad nito?", "Lorna Espiritu-Magsanoc", "asked", ""),
         ("Who will pay for this?” she asked, pointing to a tray of unbaked pandesal.", "Lorna Espiritu-Magsanoc", "asked", "")],
        [("Schools in the affected towns have been told to hold classes in the morning, when most of them are not on the cut schedule, the Department of Education's division office said.", "the Department of Education's division office", "said", "W")],
        [("READ: ERC orders refund of P1.2 billion in overcharges to Luzon power consumers", "", "", "B")],
        [("The Energy Regulatory Commission (ERC) said consumers should not be charged for power they did not receive, and that it would look into whether SOTECO's generation charge for April should be adjusted.", "The Energy Regulatory Commission (ERC)", "said", "W")],
        [("The DOE said in an advisory on Wednesday that the Sampiroy unit was expected back on line by April 28, subject to testing.", "The DOE", "said in an advisory", "")],
        [("At the Tabugsan District Hospital, Dr. Carmelita Abuan-Sorreda, the chief of hospital, said its generator had run for 31 hours in the past week, burning about 1,900 liters of diesel.", "Carmelita Abuan-Sorreda", "said", "W"),
         ("“Our dialysis unit cannot stop, so we cannot stop,” she said.", "Carmelita Abuan-Sorreda", "said", "")],
        [("Brgy. Capt. Ernesto Dimayuga-Pangilayan of Brgy. Pinagtubigan said the village's water pumps stop during every cut, leaving about 600 households without running water.", "Ernesto Dimayuga-Pangilayan", "said", "W")],
        [("SOTECO said it would post each week's schedule every Friday.", "SOTECO", "said", "W"),
         ("It advised members to unplug appliances during cut periods to protect them when power returns.", "The Southern Tayabas Electric Cooperative (SOTECO)", "advised", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Subscribe to our daily newsletter", "", "", "B")],
        [("By entering your email address, you agree to our Terms of Use and confirm that you have read our Privacy Policy.", "", "", "B")],
        [("MOST READ", "", "", "B")],
        [("Jeepney drivers in Lucena hold transport strike over route plan", "", "", "B")],
        [("Comments that are abusive, off-topic or in violation of our community rules will be removed.", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Don't miss out on the latest news and information.", "", "", "B")],
        [("Follow the Courier on Facebook, Instagram and TikTok.", "", "", "B")],
        [("For feedback, complaints or inquiries, email newsdesk@sluzoncourier.ph.", "", "", "B")],
    ],
    [  # 8. Irish news site, 130 children left without school bus seats
        [("The Currach", "", "", "B")],
        [("News  Politics  Money  Sport  Voices  Explainers  Podcasts", "", "", "B")],
        [("‘We were told there's no seat’: 130 children in Co Laois left without school bus places", "", "", "W")],
        [("Parents in Rathcullig say the scheme's rules leave them driving 40km a day; Bus Éireann says it is seeking a second bus", "Parents in Rathcullig", "say", "W")],
        [("Orla Brennigan-Tuohill  Reporter", "", "", "B")],
        [("6.00am, 27 Aug 2026", "", "", "B")],
        [("Share  Post  Email", "", "", "B")],
        [("Comments (46)", "", "", "B")],
        [("Short URL", "", "", "B")],
        [("https://thecurrach.ie/7718402", "", "", "B")],
        [("Parents at the school gate in Rathcullig, Co Laois, on Monday.", "", "", ""),
         ("Image: Glenquarry Photography", "", "", "B")],
        [("MORE THAN 130 children in Rathcullig, Co Laois, have been told there is no seat for them on the school bus this year, days before secondary schools reopen.", "", "", "W")],
        [("The children all hold what are known as concessionary tickets, which are offered only when seats are left over after every eligible child has been given one.", "", "", "W")],
        [("Under the School Transport Scheme, a secondary student is eligible if they live at least 4.8km from their nearest school; most of the Rathcullig children attend Ardgowan Community School, 19km away, rather than the nearest one.", "", "", "W")],
        [("Readers like you help keep The Currach's journalism free to read for everyone.", "", "", "B"),
         ("If you value stories like this one, please think about making a contribution.", "", "", "B")],
        [("Support us", "", "", "B")],
        [("Niamh Folan-Cuskern, whose two sons are among the 130, said she learned by text message on Friday that neither had a seat.", "Niamh Folan-Cuskern", "said", "W"),
         ("“We were told there's no seat, and that was it,” she said.", "Niamh Folan-Cuskern", "said", ""),
         ("“I'll be doing 40km a day in the car between the two runs, and I start work at half eight.”", "Niamh Folan-Cuskern", "said", ""),
         ("“We'd pay double if it meant a seat.”", "Niamh Folan-Cuskern", "said", "")],
        [("Related Reads", "", "", "B")],
        [("School transport: 14,000 children still waiting on seats a week before term", "", "", "B")],
        [("Independent TD Caoimhe Ní Dhuibhir-Breslawn said she had raised the Rathcullig case with the Minister for Education in July and again last week.", "Caoimhe Ní Dhuibhir-Breslawn", "said", "W"),
         ("“Every August it's the same story,” she said.", "Caoimhe Ní Dhuibhir-Breslawn", "said", "")],
        [("In a written reply to a parliamentary question in July, the Minister of State with responsibility for school transport said 128,400 children were carried on the scheme in the 2025/26 school year, at a cost of €358 million.", "the Minister of State with responsibility for school transport", "said", "W")],
        [("Bus Éireann, which runs the scheme for the Department of Education, said it had asked private operators to tender for a second bus on the Rathcullig route.", "Bus Éireann", "said", "W"),
         ("It said it hoped to have the bus on the road by the end of September, which would free up 53 seats.", "Bus Éireann", "said", "")],
        [("A spokesperson for the Department of Education said concessionary seats were “by their nature” not guaranteed, and that families with a medical or other exceptional need could appeal to the School Transport Appeals Board.", "A spokesperson for the Department of Education", "said", "W")],
        [("Parents have until 12 September to lodge an appeal.", "", "", "W"),
         ("A concessionary ticket costs €150 a year for a secondary student, and families who are refused a seat get a full refund.", "", "", "W")],
        [("Folan-Cuskern said about 40 parents met in the community hall on Sunday night and agreed to write to the Minister as a group.", "Niamh Folan-Cuskern", "said", "W")],
        [("Rathcullig National School has its own bus, which is not affected.", "", "", "W")],
        [("Send a tip to the author", "", "", "B")],
        [("Orla Brennigan-Tuohill is a reporter with The Currach.", "", "", "B"),
         ("She covers education and transport.", "", "", "B")],
        [("Comments on this article close at 10pm.", "", "", "B")],
        [("© 2026 Currach Media DAC.", "", "", "B"),
         ("Registered in Ireland: 704213.", "", "", "B")],
        [("Privacy  Cookies  Terms  Contact  Corrections", "", "", "B")],
    ],
    [  # 9. South African news site, a 12.7% electricity tariff rise
        [("Ditaba Daily", "", "", "B")],
        [("Listen to this article 00:00 / 04:38 1x", "", "", "B")],
        [("News  Politics  Business  Sport  Opinion  Lifestyle  Podcasts", "", "", "B")],
        [("Free State  ›  Setsebi", "", "", "B")],
        [("Setsebi residents face 12.7% electricity hike from July after Nersa approves tariffs", "", "", "W")],
        [("Municipality says it has no choice after Eskom's bulk price rose 11.3%; ratepayers' group goes to court", "Setsebi Local Municipality", "says", "W")],
        [("Refilwe Mothapelo-Qoboza", "", "", "B")],
        [("Published 14 May 2026, 06:00", "", "", "B")],
        [("Save  Share", "", "", "B")],
        [("The increase will add about R118 to the monthly bill of a household using 500 kWh.", "", "", "W"),
         ("File photo: Ditaba Daily", "", "", "B")],
        [("Households in Setsebi will pay 12.7% more for electricity from July 1, after the National Energy Regulator of South Africa (Nersa) approved Setsebi Local Municipality's tariff application last week.", "", "", "W")],
        [("The increase takes the price on the municipality's standard prepaid tariff from R2.84 to R3.20 per kilowatt-hour for the first 350 units a month.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("In a statement, the municipality said it had “no choice” but to pass on Eskom's bulk tariff to municipalities, which rises by 11.3% on the same date.", "the municipality", "said", "W")],
        [("Municipal spokesperson Kabelo Tshabalira-Ntsane said the rest of the increase would pay for maintenance at the town's three main substations.", "Kabelo Tshabalira-Ntsane", "said", "W"),
         ("“Our substations are older than most of the people complaining,” he said.", "Kabelo Tshabalira-Ntsane", "said", "")],
        [("ALSO READ | Eskom bulk tariff: What the 11.3% increase means for municipal customers", "", "", "B")],
        [("According to the municipality's 2026/27 budget, it owes Eskom R412.6 million in arrears, while residents and businesses owe it R298 million for electricity already used.", "the municipality's 2026/27 budget", "according to", "W")],
        [("The chairperson of the Setsebi Ratepayers' Association, Adv. Nthabiseng Phakathi-Steenveld, said the group had instructed lawyers to challenge the increase in the Free State High Court.", "Nthabiseng Phakathi-Steenveld", "said", "W"),
         ("“People in Setsebi pay for electricity that goes off for four hours a day,” she said.", "Nthabiseng Phakathi-Steenveld", "said", "W"),
         ("“Where is the money going?”", "Nthabiseng Phakathi-Steenveld", "said", "")],
        [("“Where is the money going?” — Nthabiseng Phakathi-Steenveld, Setsebi Ratepayers' Association", "", "", "B")],
        [("Ward 7 councillor Sipho Mthombeni-Botes said he had received more than 200 complaints about high bills since April.", "Sipho Mthombeni-Botes", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Pensioner Maria Vorsterling-Letsie, 71, said she already spends R600 a month, about a quarter of her pension, on electricity.", "Maria Vorsterling-Letsie", "said", ""),
         ("“I switch the geyser off and cook with gas,” she said.", "Maria Vorsterling-Letsie", "said", ""),
         ("“After July, I don't know.”", "Maria Vorsterling-Letsie", "said", "")],
        [("Nersa said in its decision that the municipality must submit a plan to reduce electricity losses, which it put at 31% of all units bought from Eskom in 2024/25.", "Nersa", "said", "W")],
        [("An Eskom spokesperson said the utility had signed a payment agreement with Setsebi in 2024, but that the municipality had missed six of its first 19 monthly instalments.", "An Eskom spokesperson", "said", "W"),
         ("The municipality did not respond to questions about the missed payments.", "The municipality", "did not respond to questions", "")],
        [("The new tariffs were published in the Provincial Gazette on May 8.", "", "", "W")],
        [("Clarification: An earlier version of this article said the increase applied from June 1.", "", "", "B"),
         ("It applies from July 1.", "", "", "B")],
        [("Join our WhatsApp channel for the latest Free State news.", "", "", "B")],
        [("Do you have a story for us?", "", "", "B"),
         ("WhatsApp our newsroom on 072 614 0938.", "", "", "B")],
        [("Read more on:", "", "", "B")],
        [("Setsebi  |  Electricity  |  Nersa  |  Eskom  |  Free State", "", "", "B")],
        [("© 2026 Ditaba Media (Pty) Ltd.", "", "", "B"),
         ("Reproduction of this content is prohibited without our written consent.", "", "", "B")],
    ],
    [  # 10. Singapore daily's site, a dengue cluster grows
        [("The Saraca Standard", "", "", "B")],
        [("Singapore  Asia  World  Opinion  Life  Business  Tech  Sport  Videos  Podcasts", "", "", "B")],
        [("Singapore", "", "", "B")],
        [("Bukit Kesumba dengue cluster passes 180 cases as NEA steps up checks", "", "", "W")],
        [("Weekly cases nationwide have risen for five weeks in a row, and NEA says the peak season may have started early", "the National Environment Agency (NEA)", "says", "W")],
        [("Siow Min Hui", "", "", "B")],
        [("Published Apr 24, 2026, 05:00 AM", "", "", "B")],
        [("Updated Apr 24, 2026, 11:32 AM", "", "", "B")],
        [("Send as gift", "", "", "B")],
        [("Follow topic: Dengue", "", "", "B")],
        [("SINGAPORE – The dengue cluster in Bukit Kesumba has grown to 186 cases, making it the largest active cluster in Singapore, the National Environment Agency (NEA) said on April 23.", "the National Environment Agency (NEA)", "said", "W")],
        [("An NEA officer checks a drain for mosquito larvae at Block 412 Bukit Kesumba Avenue 3 on April 22.", "", "", ""),
         ("PHOTO: THE SARACA STANDARD / KENNETH NEO JUN HAO", "", "", "B")],
        [("There were 742 dengue cases reported nationwide in the week ending April 18, up from 618 the week before and the fifth weekly rise in a row, according to NEA data.", "NEA data", "according to", "W")],
        [("The agency said in a statement that the usual peak season, from May to October, appeared to have started about a month early this year.", "The agency", "said in a statement", "")],
        [("Join The Saraca Standard's Telegram channel and get the day's top stories delivered to your phone.", "", "", "B")],
        [("NEA said its officers had inspected 4,380 homes in the cluster since March and found 61 mosquito breeding habitats, most of them in domestic containers such as flower pot plates, pails and dish racks.", "NEA", "said", "W"),
         ("It said 23 households had been fined $200 each for breeding mosquitoes.", "the National Environment Agency (NEA)", "said", "W"),
         ("Of the 186 cases, 41 needed hospital treatment, NEA said.", "NEA", "said", "W"),
         ("The agency also said it would extend Project Wolbachia mosquito releases to Bukit Kesumba in the third quarter.", "The agency", "also said", "W")],
        [("The Kesumba-Lalang Town Council said it had cleared roof gutters on 14 blocks and would fog common corridors twice a week until the cluster is closed.", "The Kesumba-Lalang Town Council", "said", "W")],
        [("Madam Rosnah Kadiran, 58, who lives on the 11th floor of Block 409, said she had been bitten “every evening” since a neighbour on her floor caught dengue in March.", "Rosnah Kadiran", "said", ""),
         ("“Now I spray every corner, even behind the fridge,” she said in Malay.", "Rosnah Kadiran", "said in Malay", "")],
        [("The cluster was first notified on March 9.", "", "", "W")],
        [("Retiree Mr Thia Boon Teck, 67, said NEA officers had knocked on his door three times since early April.", "Thia Boon Teck", "said", "W"),
         ("“They check the vase, they check the toilet, they check the rice cooker also,” he said.", "Thia Boon Teck", "said", "")],
        [("Mr Aaron Oei Kian Wei, an MP for Kesumba-Lalang GRC, said grassroots volunteers had given out 3,000 packets of insect repellent in the estate since April 10.", "Aaron Oei Kian Wei", "said", "W")],
        [("Dr Vanessa Pek Hui Ling, a general practitioner at Kesumba Family Clinic, advised people with a fever to see a doctor early and to avoid painkillers such as ibuprofen and aspirin, which can raise the risk of bleeding.", "Vanessa Pek Hui Ling", "advised", ""),
         ("“Don't wait for the rash,” she said.", "Vanessa Pek Hui Ling", "said", "")],
        [("There were 13,614 dengue cases in Singapore in 2025 and four deaths, according to NEA's annual figures.", "NEA's annual figures", "according to", "W")],
        [("Source: The Saraca Standard/kh(sl)", "", "", "B")],
        [("Related Topics: Dengue  |  NEA  |  Public health  |  Bukit Kesumba", "", "", "B")],
        [("More on this topic", "", "", "B")],
        [("Aedes mosquito numbers up 20% in March: NEA", "", "", "B")],
        [("Why a second dengue infection can be worse than the first", "", "", "B")],
        [("Sign up for our free Morning Brief newsletter and start your day with the stories that matter.", "", "", "B")],
        [("Copyright © 2026 Saraca Standard Media Pte Ltd.", "", "", "B"),
         ("Co. Regn. No. 201504728K.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. New Zealand horticulture trade magazine, hail cuts the apple export forecast
        [("Orchard & Packhouse NZ", "", "", "B")],
        [("News  Pipfruit  Kiwifruit  Viticulture  Technology  People  Events  Subscribe", "", "", "B")],
        [("Sponsored: Cut your coolstore power bill by up to 30%.", "", "", "B"),
         ("Find out how →", "", "", "B")],
        [("Pipfruit", "", "", "B")],
        [("Hail cuts Hawke's Bay apple crop; export volumes forecast down 9%", "", "", "W")],
        [("Growers' federation trims its 2026 forecast to 17.2 million cartons as packhouses drop night shifts", "", "", "W")],
        [("By Hemi Tawhara-Quelch  |  Senior reporter", "", "", "B")],
        [("14 April 2026  |  5 min read", "", "", "B")],
        [("Share on LinkedIn  ·  Share on Facebook  ·  Email  ·  Print", "", "", "B")],
        [("Hail-marked apples on a grading line at a Hawke's Bay packhouse.", "", "", ""),
         ("Photo: supplied", "", "", "B")],
        [("New Zealand's apple and pear exports will fall about 9% this season, according to a revised forecast released on Monday by the Pipfruit Growers Federation, after a hailstorm on February 27 damaged fruit on about 2,100 hectares of Hawke's Bay orchards.", "a revised forecast released on Monday by the Pipfruit Growers Federation", "according to", "W")],
        [("The federation's revised forecast puts exports at 17.2 million 18kg cartons, down from the 18.9 million it forecast in December and the 18.6 million exported last season.", "The federation's revised forecast", "puts", "W")],
        [("Federation chief executive Dr. Annelise Vorsterkamp-Tupaea said the hail had come at the worst possible time, about six weeks before the harvest of early varieties.", "Annelise Vorsterkamp-Tupaea", "said", "W"),
         ("“Some blocks lost 70% of their packable fruit in 20 minutes,” she said.", "Annelise Vorsterkamp-Tupaea", "said", "W"),
         ("“What's left isn't worthless, and most of it goes to juice, but a processing bin pays a fraction of what an export carton does.”", "Annelise Vorsterkamp-Tupaea", "said", "")],
        [("Orchardist Graeme Tutaki-Brockie, who grows 24ha of apples on the Heretaunga Plains, said he had lost about 60% of his Royal Gala crop.", "Graeme Tutaki-Brockie", "said", ""),
         ("“I've grown apples for 31 years and I've never seen hail like it,” he said.", "Graeme Tutaki-Brockie", "said", "")],
        [("“Some blocks lost 70% of their packable fruit in 20 minutes.”", "", "", "B")],
        [("SPONSORED CONTENT", "", "", "B")],
        [("How one Nelson packhouse doubled its throughput with vision grading", "", "", "B")],
        [("Tomasi Faleafa-Grierson, operations manager at Kōwhaiwai Fruit Co., said the company's packhouse had cut its night shift on March 16, affecting 140 seasonal workers.", "Tomasi Faleafa-Grierson", "said", "W"),
         ("He said most of them were on Recognised Seasonal Employer (RSE) visas and had been moved to other orchards or offered thinning and pruning work.", "Tomasi Faleafa-Grierson", "said", "W"),
         ("“Nobody's been sent home early,” he said.", "Tomasi Faleafa-Grierson", "said", "W"),
         ("Kōwhaiwai Fruit Co. packed 2.4 million cartons last season.", "", "", "W")],
        [("Claims under the federation's group hail insurance scheme totalled NZ$38.4m by April 10, the scheme's administrator, Rangatira Underwriting Ltd., said.", "Rangatira Underwriting Ltd.", "said", "W")],
        [("The Ministry for Primary Industries (MPI) classified the hailstorm as a medium-scale adverse event on March 4, which makes affected growers eligible for rural assistance payments and tax relief.", "", "", "W")],
        [("Apple exports were worth NZ$1.08 billion in the year to June 2025, according to Stats NZ.", "Stats NZ", "according to", "W")],
        [("The federation will publish its next forecast update on May 20.", "", "", "W")],
        [("Related content", "", "", "B")],
        [("Labour: RSE cap lifted to 21,500 for 2026–27 season", "", "", "B")],
        [("Early gold kiwifruit harvest starts in the Bay of Plenty", "", "", "B")],
        [("Events: Pipfruit Innovation Conference 2026 — early-bird registrations close 8 May.", "", "", "B")],
        [("About the author", "", "", "B")],
        [("Hemi Tawhara-Quelch has covered New Zealand horticulture for Orchard & Packhouse NZ since 2012.", "", "", "B"),
         ("He is based in Hawke's Bay.", "", "", "B")],
        [("Tags: Pipfruit, Hail, Hawke's Bay, Exports, RSE", "", "", "B")],
        [("Subscribe to the print edition: 10 issues a year, delivered to your door.", "", "", "B")],
        [("Orchard & Packhouse NZ is published by Tarapunga Trade Media Ltd.", "", "", "B")],
        [("Advertise with us  |  Contact  |  Terms of use", "", "", "B")],
    ],
    [  # 12. Kenyan sports site, a half marathon course record
        [("Mbio Sports", "", "", "B")],
        [("Football  Athletics  Rugby  Boxing  Basketball  Live Scores  Fixtures", "", "", "B")],
        [("Athletics", "", "", "B")],
        [("Chesoret smashes Uasin Gishu Half Marathon course record in 59:48", "", "", "W")],
        [("Kibichiy takes the women's title as organisers say a record 14,200 runners took part", "Organisers", "say", "W")],
        [("By Brian Onyiego-Kemboi", "", "", "B")],
        [("Sunday, April 19, 2026 · 4 min read", "", "", "B")],
        [("12 reader comments", "", "", "B")],
        [("Edwin Kiptalam Chesoret crosses the finish line on Tulwet Avenue in Eldoret to win in a course record on Sunday.", "", "", "W"),
         ("Image: Joseph Kiptolo-Rotuk, Mbio Sports", "", "", "B")],
        [("Edwin Kiptalam Chesoret broke the Uasin Gishu Half Marathon course record on Sunday, winning the men's race in Eldoret in 59 minutes 48 seconds.", "", "", "W")],
        [("The 24-year-old from Nandi County took 41 seconds off the record set by Daniel Kiptarus Rotichkwo in 2023 and finished 19 seconds ahead of his training partner, Vincent Kiptuwei Langatwet.", "", "", "W")],
        [("“At 15 kilometres I looked at my watch and said, ‘Today is the day!’” Chesoret said.", "Edwin Kiptalam Chesoret", "said", ""),
         ("“The wind was behind us on the last part, so I pushed.”", "Edwin Kiptalam Chesoret", "said", "")],
        [("Advertisement", "", "", "B")],
        [("In the women's race, Nelly Jepkosgei Kibichiy won in 1:07:32, 23 seconds ahead of Mercy Chepkiyeng Lelei.", "", "", "W")],
        [("Kibichiy, 27, who was running her first race since giving birth to her daughter in June last year, said she had trained for only 10 weeks.", "Nelly Jepkosgei Kibichiy", "said", ""),
         ("“My coach told me, ‘Just finish.’", "Nelly Jepkosgei Kibichiy", "said", ""),
         ("Now I am the champion!” she said.", "Nelly Jepkosgei Kibichiy", "said", "")],
        [("Lelei, the 2024 winner, said she had struggled in the heat after 15 kilometres.", "Mercy Chepkiyeng Lelei", "said", ""),
         ("“It was 24 degrees at the finish,” she said.", "Mercy Chepkiyeng Lelei", "said", "W")],
        [("ALSO READ: Athletics Kenya names 12-member team for World Road Running Championships", "", "", "B")],
        [("Organisers said a record 14,200 runners took part across the half marathon, the 10km and the 5km fun run, up from 11,800 last year.", "Organisers", "said", "W")],
        [("Race director Gideon Kipsaina Tarus-Kibowen said the men's winner would receive KSh 1.5 million, including a KSh 500,000 bonus for the course record, and the women's winner KSh 1 million.", "Gideon Kipsaina Tarus-Kibowen", "said", "W"),
         ("He said officers from the Anti-Doping Agency of Kenya (ADAK) had tested the top five finishers in both races.", "Gideon Kipsaina Tarus-Kibowen", "said", "W"),
         ("The course record still has to be ratified by Athletics Kenya.", "", "", "W")],
        [("Chesoret's coach, Elijah Kipyatich Seremwo, said the runner would now target a spring marathon in Europe next year.", "Elijah Kipyatich Seremwo", "said", ""),
         ("“He is ready for 42 kilometres, but we will not rush him,” he said.", "Elijah Kipyatich Seremwo", "said", "")],
        [("Men's top three", "", "", "B")],
        [("1. Edwin Kiptalam Chesoret (Nandi) 59:48 CR", "", "", "")],
        [("2. Vincent Kiptuwei Langatwet (Uasin Gishu) 1:00:07", "", "", "")],
        [("3. Amos Kiprobon Chumba-Lagat (Elgeyo Marakwet) 1:00:31", "", "", "")],
        [("Recommended", "", "", "B")],
        [("Harambee Stars drop to 108th in latest FIFA rankings", "", "", "B")],
        [("Kenya's women's volleyball team reaches African Nations Championship final", "", "", "B")],
        [("Trending on Mbio", "", "", "B")],
        [("Kenya sevens coach names 13-man squad for the Singapore leg", "", "", "B")],
        [("Follow Mbio Sports on X, Instagram and TikTok for live updates from every race.", "", "", "B")],
        [("Mbio Sports is a product of Tandaza Digital Ltd.", "", "", "B"),
         ("Reproduction without written permission is prohibited.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n60-pm-ct-listen-gift-comments", "By Celestine Tullamere-Voskerling  |  Staff writer\nPublished April 14, 2026, 5:02 p.m. CT  |  Updated April 15, 2026, 9:40 a.m. CT\nListen to this article · 6 min\nGift this article\nShare  Facebook  X  LinkedIn  Email  Copy link\n41 comments",
     ["By Celestine Tullamere-Voskerling  |  Staff writer", "Published April 14, 2026, 5:02 p.m. CT  |  Updated April 15, 2026, 9:40 a.m. CT", "Listen to this article · 6 min", "Gift this article", "Share  Facebook  X  LinkedIn  Email  Copy link", "41 comments"]),
    ("n60-caption-credit-ordinance-no", "A crew lifts a section of lead service line out of a trench on Fernholt Avenue on the city's north side on April 9. Jerome Waithe-Kingsolver / The Halsteed Herald\nThe Halsteed Common Council voted 9-4 on Tuesday to replace all of the city's known lead service lines within 10 years, at an estimated cost of $212 million.\nService lines are the small pipes that carry water from the main under the street into each home; most of Halsteed's lead lines were laid before 1951, when the city banned them.\nUnder Ordinance No. 26-0147, Halsteed Water Works will pay for the whole replacement, including the section on private property that homeowners have been billed for since 2017.",
     ["A crew lifts a section of lead service line out of a trench on Fernholt Avenue on the city's north side on April 9.", "Jerome Waithe-Kingsolver / The Halsteed Herald", "The Halsteed Common Council voted 9-4 on Tuesday to replace all of the city's known lead service lines within 10 years, at an estimated cost of $212 million.", "Service lines are the small pipes that carry water from the main under the street into each home; most of Halsteed's lead lines were laid before 1951, when the city banned them.", "Under Ordinance No. 26-0147, Halsteed Water Works will pay for the whole replacement, including the section on private property that homeowners have been billed for since 2017."]),
    ("n60-ald-advertisement-us-epa", "“Nobody in this city should have to pick between a safe glass of water and a car payment,” said Ald. Yolanda Prestridge-Obradu, who wrote the ordinance. She said partial replacements, in which only the city's side of the line is changed, can raise lead levels at the tap for weeks because the digging shakes loose scale inside the old pipe.\nAdvertisement\nWater Works Superintendent Anselm Quibell told the council that federal rules adopted by the U.S. Environmental Protection Agency in 2024 require most utilities to replace their lead lines within 10 years. He said the utility had secured a $64 million low-interest loan from the state and would pay for the rest with bonds and a surcharge of $4.10 a month on every residential bill starting July 1. “At full speed we'll be doing about 4,000 lines a year,” Quibell said. “The first two years will be slower while we train crews.”",
     ["“Nobody in this city should have to pick between a safe glass of water and a car payment,” said Ald. Yolanda Prestridge-Obradu, who wrote the ordinance.", "She said partial replacements, in which only the city's side of the line is changed, can raise lead levels at the tap for weeks because the digging shakes loose scale inside the old pipe.", "Advertisement", "Water Works Superintendent Anselm Quibell told the council that federal rules adopted by the U.S. Environmental Protection Agency in 2024 require most utilities to replace their lead lines within 10 years.", "He said the utility had secured a $64 million low-interest loan from the state and would pay for the rest with bonds and a surcharge of $4.10 a month on every residential bill starting July 1.", "“At full speed we'll be doing about 4,000 lines a year,” Quibell said.", "“The first two years will be slower while we train crews.”"]),
    ("n60-ald-list-pull-quote-dash", "RELATED: Halsteed water rates to rise 7% in July as utility braces for lead work\nAld. Dwight Esterhaus, Ald. Carmela Veintimilla-Arcos, Ald. Ross Tadeshko and Ald. Annabeth Quorle voted against the ordinance.\nEsterhaus, who represents the 11th District on the far west side, said he supported replacing the pipes but not adding a surcharge in the same year that water rates are going up 7%. “I'm for the pipes,” he said. “I'm against putting it on the backs of people who are already behind on their bills.”\n“Nobody in this city should have to pick between a safe glass of water and a car payment.” — Ald. Yolanda Prestridge-Obradu",
     ["RELATED: Halsteed water rates to rise 7% in July as utility braces for lead work", "Ald. Dwight Esterhaus, Ald. Carmela Veintimilla-Arcos, Ald. Ross Tadeshko and Ald. Annabeth Quorle voted against the ordinance.", "Esterhaus, who represents the 11th District on the far west side, said he supported replacing the pipes but not adding a surcharge in the same year that water rates are going up 7%.", "“I'm for the pipes,” he said.", "“I'm against putting it on the backs of people who are already behind on their bills.”", "“Nobody in this city should have to pick between a safe glass of water and a car payment.” — Ald. Yolanda Prestridge-Obradu"]),
    ("n60-read-more-question-search", "Her son, who is 3, had a blood test last year that showed 4 micrograms of lead per deciliter, she said. “The doctor told us that's not an emergency, but it's not nothing,” she said. “Ten years is a long time when you have a toddler.”\nQuibell said households with a child under 6 or a pregnant woman could ask to be moved up the list, and that 1,108 had done so since January.\nRead more: Does your street have lead pipes? Search our database\nA spokesperson for Mayor Thaddeus Kwabiah-Lundquell said the mayor would sign the ordinance on Thursday.",
     ["Her son, who is 3, had a blood test last year that showed 4 micrograms of lead per deciliter, she said.", "“The doctor told us that's not an emergency, but it's not nothing,” she said.", "“Ten years is a long time when you have a toddler.”", "Quibell said households with a child under 6 or a pregnant woman could ask to be moved up the list, and that 1,108 had done so since January.", "Read more: Does your street have lead pipes?", "Search our database", "A spokesperson for Mayor Thaddeus Kwabiah-Lundquell said the mayor would sign the ordinance on Thursday."]),
    ("n60-correction-bio-email-company", "Correction: An earlier version of this story gave the wrong amount for the state loan. It is $64 million.\nTopics: Water Works, Common Council, Lead pipes, North Side\nCelestine Tullamere-Voskerling covers City Hall and city utilities for the Herald. Reach her at ctullamere@halsteedherald.com or 414-555-0187.\nMore from Celestine Tullamere-Voskerling\nCouncil delays vote on Sandercroft Drive bike lanes until June\nHalsteed's new budget director started out reading water meters\n© 2026 The Halsteed Herald, a Lakeline Media company. All rights reserved.",
     ["Correction: An earlier version of this story gave the wrong amount for the state loan.", "It is $64 million.", "Topics: Water Works, Common Council, Lead pipes, North Side", "Celestine Tullamere-Voskerling covers City Hall and city utilities for the Herald.", "Reach her at ctullamere@halsteedherald.com or 414-555-0187.", "More from Celestine Tullamere-Voskerling", "Council delays vote on Sandercroft Drive bike lanes until June", "Halsteed's new budget director started out reading water meters", "© 2026 The Halsteed Herald, a Lakeline Media company.", "All rights reserved."]),
    ("n60-uk-date-run-together-image", "Eleri Cadwaller-Nyhoff  Local Democracy Reporter\n18:42, 3 Mar 2026Updated 09:15, 4 Mar 2026\nBookmark\nShare\nComments\nBlack bins out for collection on Ravensgill Road, Thornbeck\n(Image: Eleri Cadwaller-Nyhoff/LDRS)",
     ["Eleri Cadwaller-Nyhoff  Local Democracy Reporter", "18:42, 3 Mar 2026Updated 09:15, 4 Mar 2026", "Bookmark", "Share", "Comments", "Black bins out for collection on Ravensgill Road, Thornbeck", "(Image: Eleri Cadwaller-Nyhoff/LDRS)"]),
    ("n60-uk-question-in-quote-continues", "Article continues below\nOpposition leader Cllr Gethin Rawcliffe-Adegboruwa said the council had not held a public consultation on the change. “Three weeks in August with a bin full of chicken bones? You'll have rats the size of cats,” he said.\nHe said fly-tipping in neighbouring Kelsborrow had risen by 23 per cent in the year after it moved to three-weekly collections in 2023. A council spokesperson said fly-tipping across the region had risen over the same period and that Kelsborrow's rise could not be put down to the bins alone.",
     ["Article continues below", "Opposition leader Cllr Gethin Rawcliffe-Adegboruwa said the council had not held a public consultation on the change.", "“Three weeks in August with a bin full of chicken bones?", "You'll have rats the size of cats,” he said.", "He said fly-tipping in neighbouring Kelsborrow had risen by 23 per cent in the year after it moved to three-weekly collections in 2023.", "A council spokesperson said fly-tipping across the region had risen over the same period and that Kelsborrow's rise could not be put down to the bins alone."]),
    ("n60-in-representational-image-am", "Follow Us\nRepresentational image. (Image: File)\nLucknow: Schools in Lucknow district will close by 12 noon from Tuesday after the city recorded its hottest April day in seven years, the district administration said on Monday.\nIn an order issued late on Sunday, District Magistrate Ritambhara Sengar-Awasthi directed all government, aided and private schools, including those affiliated to the CBSE and ICSE boards, to hold classes from 7.30 a.m. to 12 noon till April 30. Schools that already close by noon need not change their timings, the order said. Anganwadi centres will also close by 11 a.m., the order said.",
     ["Follow Us", "Representational image.", "(Image: File)", "Lucknow: Schools in Lucknow district will close by 12 noon from Tuesday after the city recorded its hottest April day in seven years, the district administration said on Monday.", "In an order issued late on Sunday, District Magistrate Ritambhara Sengar-Awasthi directed all government, aided and private schools, including those affiliated to the CBSE and ICSE boards, to hold classes from 7.30 a.m. to 12 noon till April 30.", "Schools that already close by noon need not change their timings, the order said.", "Anganwadi centres will also close by 11 a.m., the order said."]),
    ("n60-in-dr-celsius-also-read", "According to the India Meteorological Department (IMD), Lucknow recorded a maximum temperature of 44.2 degrees Celsius on Sunday, 4.1 degrees above normal for the season.\nDr. Pranjal Vaikuntham-Doshi, who heads the IMD's regional centre in Lucknow, said it was the city's highest April temperature since 2019, when the mercury reached 44.6°C. He said the heatwave was likely to continue till at least Thursday, with a western disturbance bringing some relief over the weekend.\nAlso Read: UP power demand hits record 31,400 MW as heat drives AC use",
     ["According to the India Meteorological Department (IMD), Lucknow recorded a maximum temperature of 44.2 degrees Celsius on Sunday, 4.1 degrees above normal for the season.", "Dr. Pranjal Vaikuntham-Doshi, who heads the IMD's regional centre in Lucknow, said it was the city's highest April temperature since 2019, when the mercury reached 44.6°C.", "He said the heatwave was likely to continue till at least Thursday, with a western disturbance bringing some relief over the weekend.", "Also Read: UP power demand hits record 31,400 MW as heat drives AC use"]),
    ("n60-in-pm-quote-also-read-pipe", "“My son came home at 2.30 p.m. last Friday with a headache and a nosebleed,” said Sunita Rawatkar-Pandey, whose son studies in Class 4 at a private school in Dhanvantri Vihar. “The bus has no AC and it stands in the sun for 40 minutes before it leaves.”\nALSO READ | Heatstroke: Do's and don'ts as temperatures soar across north India\nAnil Kumar Chaurasiya-Behl, president of the Unaided Private Schools Association, Lucknow, said member schools would follow the order but had asked the administration to also shorten board exam practicals, which are being held this week. “Children are sitting in labs with one ceiling fan,” he said.",
     ["“My son came home at 2.30 p.m. last Friday with a headache and a nosebleed,” said Sunita Rawatkar-Pandey, whose son studies in Class 4 at a private school in Dhanvantri Vihar.", "“The bus has no AC and it stands in the sun for 40 minutes before it leaves.”", "ALSO READ | Heatstroke: Do's and don'ts as temperatures soar across north India", "Anil Kumar Chaurasiya-Behl, president of the Unaided Private Schools Association, Lucknow, said member schools would follow the order but had asked the administration to also shorten board exam practicals, which are being held this week.", "“Children are sitting in labs with one ceiling fan,” he said."]),
    ("n60-in-etc-before-elderly", "According to state health department data, 214 people were treated for heat-related illness in Lucknow district between April 1 and April 20, and two deaths are being investigated as suspected heatstroke.\nDr. Meenakshi Tripathi-Moorjani, head of medicine at the district hospital, said most of the patients were labourers, street vendors and delivery workers. She advised people to avoid going out between 12 noon and 4 p.m., to drink water even when not thirsty and to wear loose cotton clothes, a cap, etc. Elderly people and children under five are most at risk, she said.\nThe Lucknow Municipal Corporation said it had set up 46 drinking water kiosks at busy crossings and would keep 12 parks open till 10 p.m. for people without cooling at home.",
     ["According to state health department data, 214 people were treated for heat-related illness in Lucknow district between April 1 and April 20, and two deaths are being investigated as suspected heatstroke.", "Dr. Meenakshi Tripathi-Moorjani, head of medicine at the district hospital, said most of the patients were labourers, street vendors and delivery workers.", "She advised people to avoid going out between 12 noon and 4 p.m., to drink water even when not thirsty and to wear loose cotton clothes, a cap, etc.", "Elderly people and children under five are most at risk, she said.", "The Lucknow Municipal Corporation said it had set up 46 drinking water kiosks at busy crossings and would keep 12 parks open till 10 p.m. for people without cooling at home."]),
    ("n60-ng-mrs-asked-pull-quote-hon", "Mrs. Ibiere Dappa-Ikwuegbu, a pepper seller at the Rumuekpolu market, said she now spends ₦2,000 a day getting to and from her stall, up from ₦1,200. “Everything has gone up except what I sell. Who will buy pepper at the new price?” she asked.\n“A rider who buys 10 litres a day is now spending ₦11,800 on fuel alone.”\nThe Rivers State Commissioner for Transport, Hon. Boma Tonye-Ikiriko, said the government had not approved the new fares and would meet the union's leaders on Monday. He said the ministry had sent task force officials to the city's 14 major motor parks to make sure riders displayed the approved fare chart. “No union is allowed to fix fares on its own,” he said.",
     ["Mrs. Ibiere Dappa-Ikwuegbu, a pepper seller at the Rumuekpolu market, said she now spends ₦2,000 a day getting to and from her stall, up from ₦1,200.", "“Everything has gone up except what I sell.", "Who will buy pepper at the new price?” she asked.", "“A rider who buys 10 litres a day is now spending ₦11,800 on fuel alone.”", "The Rivers State Commissioner for Transport, Hon. Boma Tonye-Ikiriko, said the government had not approved the new fares and would meet the union's leaders on Monday.", "He said the ministry had sent task force officials to the city's 14 major motor parks to make sure riders displayed the approved fare chart.", "“No union is allowed to fix fares on its own,” he said."]),
    ("n60-ng-am-pm-alhaji", "A 300-level student, Chioma Ezeokonkwo-Ateke, said she had started walking the 3 km from her hostel to the campus gate. “I leave at 6:30 am now,” she said.\nSome riders have also started charging ₦200 extra after 7 p.m., commuters said.\nData from the National Bureau of Statistics (NBS) show the average fare for a bus journey within a city in Rivers State rose 38.6 per cent in the year to February.\nThe state chairman of the Rivers Petroleum Dealers Forum, Alhaji Sani Buba-Kolo, could not be reached for comment.",
     ["A 300-level student, Chioma Ezeokonkwo-Ateke, said she had started walking the 3 km from her hostel to the campus gate.", "“I leave at 6:30 am now,” she said.", "Some riders have also started charging ₦200 extra after 7 p.m., commuters said.", "Data from the National Bureau of Statistics (NBS) show the average fare for a bus journey within a city in Rivers State rose 38.6 per cent in the year to February.", "The state chairman of the Rivers Petroleum Dealers Forum, Alhaji Sani Buba-Kolo, could not be reached for comment."]),
    ("n60-au-posted-ago-in-short", "Posted 5h ago5 hours ago, updated 2h ago2 hours ago\nJessica Lindenmayer-Tawharu drove 140 kilometres to Balmarra Base Hospital to give birth to her son in February. (MPB Wimmera: Declan Huisman-Rau)\nIn short:\nKellerup's maternity unit, closed since October, will not reopen until at least November, the local health service says.\nExpectant mothers are being sent to Balmarra, up to 90 minutes' drive away.\nWhat's next?\nThe health service says it will pay for accommodation in Balmarra for women from 37 weeks of pregnancy.",
     ["Posted 5h ago5 hours ago, updated 2h ago2 hours ago", "Jessica Lindenmayer-Tawharu drove 140 kilometres to Balmarra Base Hospital to give birth to her son in February.", "(MPB Wimmera: Declan Huisman-Rau)", "In short:", "Kellerup's maternity unit, closed since October, will not reopen until at least November, the local health service says.", "Expectant mothers are being sent to Balmarra, up to 90 minutes' drive away.", "What's next?", "The health service says it will pay for accommodation in Balmarra for women from 37 weeks of pregnancy."]),
    ("n60-au-loading-ellipsis-dr", "Since then, 71 women from the district have given birth at Balmarra Base Hospital, and three gave birth before reaching any hospital, the health service said.\nLoading...\nThe Kellerup hospital's emergency department remains open 24 hours a day. Women in labour who arrive there are assessed and, if it is safe, taken by ambulance to Balmarra, the health service said.\nActing chief executive Dr Mireille Castelrovere-Ebbett said the service had hoped to reopen the unit in May. “We've interviewed nine midwives since Christmas and we've made four offers,” she said. “Two were accepted, and then both withdrew because they couldn't find a rental in town.”",
     ["Since then, 71 women from the district have given birth at Balmarra Base Hospital, and three gave birth before reaching any hospital, the health service said.", "Loading...", "The Kellerup hospital's emergency department remains open 24 hours a day.", "Women in labour who arrive there are assessed and, if it is safe, taken by ambulance to Balmarra, the health service said.", "Acting chief executive Dr Mireille Castelrovere-Ebbett said the service had hoped to reopen the unit in May.", "“We've interviewed nine midwives since Christmas and we've made four offers,” she said.", "“Two were accepted, and then both withdrew because they couldn't find a rental in town.”"]),
    ("n60-au-question-closes-quote-cr", "Ms Lindenmayer-Tawharu, 29, a dairy farmer, said the drive to Balmarra took an hour and a half, 30 kilometres of it on gravel. “You spend the whole trip counting contractions and kilometres,” she said. “I just kept thinking, what if this one's quick?”\nKellerup Shire mayor Cr Bernadette Oyegunle-Rourkeley said the council had written to the state's Health Minister twice since November asking for the unit to be reopened with state-funded midwives. “Women in Melbourne wouldn't be told to drive an hour and a half to have a baby,” she said.",
     ["Ms Lindenmayer-Tawharu, 29, a dairy farmer, said the drive to Balmarra took an hour and a half, 30 kilometres of it on gravel.", "“You spend the whole trip counting contractions and kilometres,” she said.", "“I just kept thinking, what if this one's quick?”", "Kellerup Shire mayor Cr Bernadette Oyegunle-Rourkeley said the council had written to the state's Health Minister twice since November asking for the unit to be reopened with state-funded midwives.", "“Women in Melbourne wouldn't be told to drive an hour and a half to have a baby,” she said."]),
    ("n60-ca-author-line-photo-by", "Speed cameras will ticket drivers going faster than 30 km/h on school days; one councillor calls it ‘a cash grab with a crossing guard's vest on’\nAuthor of the article:\nMarguerite Skjelbrand-Anandan\nPublished Apr 22, 2026  •  Last updated 1 day ago  •  4 minute read\nJoin the conversation\nA crossing guard walks students across 54 Avenue outside Buffaloberry School on Tuesday. Photo by Kirsten Arbleworth-Prycewell /Wexburn Herald-Press",
     ["Speed cameras will ticket drivers going faster than 30 km/h on school days; one councillor calls it ‘a cash grab with a crossing guard's vest on’", "Author of the article:", "Marguerite Skjelbrand-Anandan", "Published Apr 22, 2026  •  Last updated 1 day ago  •  4 minute read", "Join the conversation", "A crossing guard walks students across 54 Avenue outside Buffaloberry School on Tuesday.", "Photo by Kirsten Arbleworth-Prycewell /Wexburn Herald-Press"]),
    ("n60-ca-sept-ad-insp-times", "City council voted 8-5 on Monday to put automated speed cameras in 38 of the city's 61 school zones, with enforcement to begin Sept. 2, the first day of classes.\nAdvertisement 2\nStory continues below advertisement\nInsp. Dalton Ezeagwu-Heller of the Wexburn Police Service told council that officers had caught 4,112 drivers speeding in school zones in the 2024-25 school year, and that one in four was going at least 20 km/h over the limit. “We can't put an officer at every school every morning,” he said. “A camera can be there every day.”\nIn Wexburn's school zones the limit is 30 km/h from 7:30 a.m. to 4:30 p.m. on school days.",
     ["City council voted 8-5 on Monday to put automated speed cameras in 38 of the city's 61 school zones, with enforcement to begin Sept. 2, the first day of classes.", "Advertisement 2", "Story continues below advertisement", "Insp. Dalton Ezeagwu-Heller of the Wexburn Police Service told council that officers had caught 4,112 drivers speeding in school zones in the 2024-25 school year, and that one in four was going at least 20 km/h over the limit.", "“We can't put an officer at every school every morning,” he said.", "“A camera can be there every day.”", "In Wexburn's school zones the limit is 30 km/h from 7:30 a.m. to 4:30 p.m. on school days."]),
    ("n60-ca-ave-sw-inc-footer", "Trending\nWexburn man charged after pickup driven into pharmacy on 17 Ave. S.W.\nWind warning issued for Wexburn and area\nRegister for free to save this article, or sign in if you already have an account.\nComments\nThe Herald-Press welcomes civil, on-topic discussion; comments are moderated and may take up to an hour to appear.\nYou must be signed in to join the discussion or read comments.\n© 2026 Wexburn Herald-Press, a division of Carrowmede Network Inc. All rights reserved.",
     ["Trending", "Wexburn man charged after pickup driven into pharmacy on 17 Ave. S.W.", "Wind warning issued for Wexburn and area", "Register for free to save this article, or sign in if you already have an account.", "Comments", "The Herald-Press welcomes civil, on-topic discussion; comments are moderated and may take up to an hour to appear.", "You must be signed in to join the discussion or read comments.", "© 2026 Wexburn Herald-Press, a division of Carrowmede Network Inc.", "All rights reserved."]),
    ("n60-ph-engr-read-150-mw", "ADVERTISEMENT\n“We have no choice but to share the shortfall among all our feeders,” SOTECO general manager Engr. Raymundo Sablayan-Ilagoso said in a radio interview on Tuesday. He said the schedules, posted on the cooperative's Facebook page, rotate every day between 8 a.m. and 10 p.m. so that no feeder is cut twice in a row.\nREAD: Energy dept warns of yellow alerts on Luzon grid through May\nThe National Grid Corporation of the Philippines (NGCP) said the Luzon grid was placed on yellow alert on three days last week, with 11 power plants on forced or partial outage as of Monday. It said one of the two 150-MW units of the Sampiroy Power Station, which supplies most of SOTECO's power under a contract, had been offline since April 8 because of a boiler tube leak.",
     ["ADVERTISEMENT", "“We have no choice but to share the shortfall among all our feeders,” SOTECO general manager Engr. Raymundo Sablayan-Ilagoso said in a radio interview on Tuesday.", "He said the schedules, posted on the cooperative's Facebook page, rotate every day between 8 a.m. and 10 p.m. so that no feeder is cut twice in a row.", "READ: Energy dept warns of yellow alerts on Luzon grid through May", "The National Grid Corporation of the Philippines (NGCP) said the Luzon grid was placed on yellow alert on three days last week, with 11 power plants on forced or partial outage as of Monday.", "It said one of the two 150-MW units of the Sampiroy Power Station, which supplies most of SOTECO's power under a contract, had been offline since April 8 because of a boiler tube leak."]),
    ("n60-ph-gov-ma-tagalog-question", "Quezon Gov. Ma. Elena Villaroza-Macabulos said the provincial government had asked the Department of Energy (DOE) to give southern Quezon priority when the unit comes back online.\nIn Tabugsan, bakery owner Lorna Espiritu-Magsanoc said she had thrown away two batches of dough since the brownouts began because her mixer stopped halfway. “Sino ang magbabayad nito? Who will pay for this?” she asked, pointing to a tray of unbaked pandesal.",
     ["Quezon Gov. Ma. Elena Villaroza-Macabulos said the provincial government had asked the Department of Energy (DOE) to give southern Quezon priority when the unit comes back online.", "In Tabugsan, bakery owner Lorna Espiritu-Magsanoc said she had thrown away two batches of dough since the brownouts began because her mixer stopped halfway.", "“Sino ang magbabayad nito?", "Who will pay for this?” she asked, pointing to a tray of unbaked pandesal."]),
    ("n60-ph-dr-brgy-capt", "The DOE said in an advisory on Wednesday that the Sampiroy unit was expected back on line by April 28, subject to testing.\nAt the Tabugsan District Hospital, Dr. Carmelita Abuan-Sorreda, the chief of hospital, said its generator had run for 31 hours in the past week, burning about 1,900 liters of diesel. “Our dialysis unit cannot stop, so we cannot stop,” she said.\nBrgy. Capt. Ernesto Dimayuga-Pangilayan of Brgy. Pinagtubigan said the village's water pumps stop during every cut, leaving about 600 households without running water.\nSOTECO said it would post each week's schedule every Friday. It advised members to unplug appliances during cut periods to protect them when power returns.",
     ["The DOE said in an advisory on Wednesday that the Sampiroy unit was expected back on line by April 28, subject to testing.", "At the Tabugsan District Hospital, Dr. Carmelita Abuan-Sorreda, the chief of hospital, said its generator had run for 31 hours in the past week, burning about 1,900 liters of diesel.", "“Our dialysis unit cannot stop, so we cannot stop,” she said.", "Brgy. Capt. Ernesto Dimayuga-Pangilayan of Brgy. Pinagtubigan said the village's water pumps stop during every cut, leaving about 600 households without running water.", "SOTECO said it would post each week's schedule every Friday.", "It advised members to unplug appliances during cut periods to protect them when power returns."]),
    ("n60-ie-short-url-image-caps", "Comments (46)\nShort URL\nhttps://thecurrach.ie/7718402\nParents at the school gate in Rathcullig, Co Laois, on Monday. Image: Glenquarry Photography\nMORE THAN 130 children in Rathcullig, Co Laois, have been told there is no seat for them on the school bus this year, days before secondary schools reopen.",
     ["Comments (46)", "Short URL", "https://thecurrach.ie/7718402", "Parents at the school gate in Rathcullig, Co Laois, on Monday.", "Image: Glenquarry Photography", "MORE THAN 130 children in Rathcullig, Co Laois, have been told there is no seat for them on the school bus this year, days before secondary schools reopen."]),
    ("n60-za-adv-question-pull-quote", "The chairperson of the Setsebi Ratepayers' Association, Adv. Nthabiseng Phakathi-Steenveld, said the group had instructed lawyers to challenge the increase in the Free State High Court. “People in Setsebi pay for electricity that goes off for four hours a day,” she said. “Where is the money going?”\n“Where is the money going?” — Nthabiseng Phakathi-Steenveld, Setsebi Ratepayers' Association\nWard 7 councillor Sipho Mthombeni-Botes said he had received more than 200 complaints about high bills since April.",
     ["The chairperson of the Setsebi Ratepayers' Association, Adv. Nthabiseng Phakathi-Steenveld, said the group had instructed lawyers to challenge the increase in the Free State High Court.", "“People in Setsebi pay for electricity that goes off for four hours a day,” she said.", "“Where is the money going?”", "“Where is the money going?” — Nthabiseng Phakathi-Steenveld, Setsebi Ratepayers' Association", "Ward 7 councillor Sipho Mthombeni-Botes said he had received more than 200 complaints about high bills since April."]),
    ("n60-za-clarification-pty-ltd", "The new tariffs were published in the Provincial Gazette on May 8.\nClarification: An earlier version of this article said the increase applied from June 1. It applies from July 1.\nJoin our WhatsApp channel for the latest Free State news.\nDo you have a story for us? WhatsApp our newsroom on 072 614 0938.\nRead more on:\nSetsebi  |  Electricity  |  Nersa  |  Eskom  |  Free State\n© 2026 Ditaba Media (Pty) Ltd. Reproduction of this content is prohibited without our written consent.",
     ["The new tariffs were published in the Provincial Gazette on May 8.", "Clarification: An earlier version of this article said the increase applied from June 1.", "It applies from July 1.", "Join our WhatsApp channel for the latest Free State news.", "Do you have a story for us?", "WhatsApp our newsroom on 072 614 0938.", "Read more on:", "Setsebi  |  Electricity  |  Nersa  |  Eskom  |  Free State", "© 2026 Ditaba Media (Pty) Ltd.", "Reproduction of this content is prohibited without our written consent."]),
    ("n60-sg-source-initials-co-regn", "There were 13,614 dengue cases in Singapore in 2025 and four deaths, according to NEA's annual figures.\nSource: The Saraca Standard/kh(sl)\nRelated Topics: Dengue  |  NEA  |  Public health  |  Bukit Kesumba\nMore on this topic\nAedes mosquito numbers up 20% in March: NEA\nWhy a second dengue infection can be worse than the first\nSign up for our free Morning Brief newsletter and start your day with the stories that matter.\nCopyright © 2026 Saraca Standard Media Pte Ltd. Co. Regn. No. 201504728K. All rights reserved.",
     ["There were 13,614 dengue cases in Singapore in 2025 and four deaths, according to NEA's annual figures.", "Source: The Saraca Standard/kh(sl)", "Related Topics: Dengue  |  NEA  |  Public health  |  Bukit Kesumba", "More on this topic", "Aedes mosquito numbers up 20% in March: NEA", "Why a second dengue infection can be worse than the first", "Sign up for our free Morning Brief newsletter and start your day with the stories that matter.", "Copyright © 2026 Saraca Standard Media Pte Ltd.", "Co. Regn. No. 201504728K.", "All rights reserved."]),
    ("n60-nz-fruit-co-ltd-said", "Tomasi Faleafa-Grierson, operations manager at Kōwhaiwai Fruit Co., said the company's packhouse had cut its night shift on March 16, affecting 140 seasonal workers. He said most of them were on Recognised Seasonal Employer (RSE) visas and had been moved to other orchards or offered thinning and pruning work. “Nobody's been sent home early,” he said. Kōwhaiwai Fruit Co. packed 2.4 million cartons last season.\nClaims under the federation's group hail insurance scheme totalled NZ$38.4m by April 10, the scheme's administrator, Rangatira Underwriting Ltd., said.",
     ["Tomasi Faleafa-Grierson, operations manager at Kōwhaiwai Fruit Co., said the company's packhouse had cut its night shift on March 16, affecting 140 seasonal workers.", "He said most of them were on Recognised Seasonal Employer (RSE) visas and had been moved to other orchards or offered thinning and pruning work.", "“Nobody's been sent home early,” he said.", "Kōwhaiwai Fruit Co. packed 2.4 million cartons last season.", "Claims under the federation's group hail insurance scheme totalled NZ$38.4m by April 10, the scheme's administrator, Rangatira Underwriting Ltd., said."]),
    ("n60-ke-nested-bang-single-quote", "“At 15 kilometres I looked at my watch and said, ‘Today is the day!’” Chesoret said. “The wind was behind us on the last part, so I pushed.”\nAdvertisement\nIn the women's race, Nelly Jepkosgei Kibichiy won in 1:07:32, 23 seconds ahead of Mercy Chepkiyeng Lelei.\nKibichiy, 27, who was running her first race since giving birth to her daughter in June last year, said she had trained for only 10 weeks. “My coach told me, ‘Just finish.’ Now I am the champion!” she said.\nLelei, the 2024 winner, said she had struggled in the heat after 15 kilometres. “It was 24 degrees at the finish,” she said.",
     ["“At 15 kilometres I looked at my watch and said, ‘Today is the day!’” Chesoret said.", "“The wind was behind us on the last part, so I pushed.”", "Advertisement", "In the women's race, Nelly Jepkosgei Kibichiy won in 1:07:32, 23 seconds ahead of Mercy Chepkiyeng Lelei.", "Kibichiy, 27, who was running her first race since giving birth to her daughter in June last year, said she had trained for only 10 weeks.", "“My coach told me, ‘Just finish.’", "Now I am the champion!” she said.", "Lelei, the 2024 winner, said she had struggled in the heat after 15 kilometres.", "“It was 24 degrees at the finish,” she said."]),
    ("n60-ke-list-items-results", "Chesoret's coach, Elijah Kipyatich Seremwo, said the runner would now target a spring marathon in Europe next year. “He is ready for 42 kilometres, but we will not rush him,” he said.\nMen's top three\n1. Edwin Kiptalam Chesoret (Nandi) 59:48 CR\n2. Vincent Kiptuwei Langatwet (Uasin Gishu) 1:00:07\n3. Amos Kiprobon Chumba-Lagat (Elgeyo Marakwet) 1:00:31",
     ["Chesoret's coach, Elijah Kipyatich Seremwo, said the runner would now target a spring marathon in Europe next year.", "“He is ready for 42 kilometres, but we will not rush him,” he said.", "Men's top three", "1. Edwin Kiptalam Chesoret (Nandi) 59:48 CR", "2. Vincent Kiptuwei Langatwet (Uasin Gishu) 1:00:07", "3. Amos Kiprobon Chumba-Lagat (Elgeyo Marakwet) 1:00:31"]),
]  # fmt: skip
