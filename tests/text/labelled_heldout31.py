"""Thirty-first held-out set of hand-labelled pages for the hint engines (round twenty-three): twelve whole pages of ordinary newsroom copy, one of each everyday kind, from twelve countries.

This is a HELD-OUT set: it was written at the start of round twenty-three and will never be tuned on.
It was written blind, from scratch, before any rule of the round was changed: nothing under
`claimreview/` was opened, read, grepped or imported; neither the engine, the scorer
(`tests/text/hint_scores.py`), pytest nor any test was run, and no `labelled_heldout*.py` file was
opened. The format and the labelling conventions were read from the docstrings of `labelled_new.py`,
`labelled_new2.py` and `labelled_new40.py` to `labelled_new46.py`, a few pages of `labelled_new.py`,
`labelled_new40.py`, `labelled_new44.py` and `labelled_new46.py`, and `build` in
`labelled_articles.py`. The only things run were an import of this file with `build` over its pages,
a small script checking that every split case occurs word for word in the pages and re-joins to its
text, that flags are "W", "B" or "" and that no sentence has outer spaces, the name greps, and
`ruff format` / `ruff check`. Nothing was copied from any article, the web or `../shared/seeds/`:
every sentence was written for this file. Every person, small place, organisation, outlet, news
agency, company, club, school, product, journal and number is invented (Ghana and Accra, the United
States and Iowa, Singapore, Canada, New Brunswick, Fredericton, Moncton and Saint John, South Africa
with the Free State, North West and Limpopo, Australia, Queensland and Cairns, Ireland, Wexford and
Kilkenny, India, Maharashtra and Pune, Wales, Indonesia, Sulawesi, Makassar, Jakarta and Beijing,
Manila, New Zealand and Hamilton, Nigeria, Lagos and Ibadan appear only as settings, and real public
institutions such as "the Ministry of Finance", "the National Petroleum Authority", "the IMF", "the
Penal Code", "the Public Health Agency of Canada", "the Labour Relations Act", "Stats SA", "the
Queensland Museum", "the Australian Research Council", "the Pune Municipal Corporation", "the Senedd",
"the Auditor General for Wales", "the National Cyber Security Centre", "the Welsh Ambulance
Service", "Indonesia's Ministry of Manpower", "the Department of Migrant Workers", "the London Metal
Exchange", "the Ministry of Education", "the Nigerian Electricity Regulatory Commission" and "the
Nigeria Labour Congress" only as settings, with invented figures). Every capitalised word of these
pages, each part of a double-barrelled or hyphenated name included, was grepped as a whole word over
the whole `tests/` tree, and every surname, town, outlet, company, club or product that occurred
anywhere else was changed (first names, common words and the settings above recur).

Each page is a WHOLE page, head to tail, as a newsroom reviewer pastes it as plain text after
selecting all in a browser, so every furniture line is a paragraph of its own. The twelve pages: (1)
a Ghanaian national site's politics story, Parliament cutting a fuel levy after an all-night sitting
("Rt. Hon.", "Hon.", "MP for", "1:15 a.m." ending a sentence, "GH¢", "per cent", a question inside a
quote before a capital, a Speaker's ruling, the paper's own arithmetic against the minister's figure,
a readers' comments block); (2) a US local daily's city council story, a parking ramp sold for
housing and water rates raised ("Council Member", "E. Locust St." mid-sentence and "N. 3rd St."
ending one, "Ord. No. 26-014", "Sec. 17.04(c)" opening a sentence, "S. Grand Ave." ending a bullet,
vote tallies, public commenters, an "In other business" list); (3) a Singapore daily's court story,
a manager jailed for cheating his employer ("the court heard", "Deputy Public Prosecutor", "the DPP",
"District Judge", "Madam", "he replied:" with a two-sentence quote, "Section 420", "Ltd." before "Co.
Regn. No."); (4) a Canadian regional daily's health story, a measles outbreak ("N.B.;" in a headline,
"N.B. —", "N.B.," and "N.B." ending a sentence, "Dr.", "Feb. 27." ending one, a share line repeating
the headline, "Boul.", an exposure-sites box, the 811 advice); (5) a South African business site's
story on a clothing chain's store closures ("186.4c", "R9.73bn.", "R212m", "y/y", "HEPS", "Sens",
"the group", "(Pty) Ltd.", a share chip); (6) an Australian broadcaster's science story on a fossil
marsupial ("gen. et sp. nov.", "c. 52,000", "(ka)", "vs.", "Fig. 3", "et al.", "Assoc. Prof.", "Dr",
"P. nambirrae" mid-sentence and opening one, "Uncle", hedges, a question subhead, the acknowledgement
of Country); (7) an Irish county weekly's club hurling final report ("2-19 to 1-20", "1-11 (0-8f, 0-1
'65)", "62.40", "Fr. Colfer Park", scorers, line-ups, subs, referee and player-of-the-match lines);
(8) an Indian English daily's joint Q&A with a city's civic chief and its drains engineer ("Ms.
Kelshikar-Sawant:" and "Mr. Gadgilwar:" prefixes, "Prakash R. Gadgilwar", "Rs. 412-crore", a
question line holding a statement and a question, "(Laughs.)", "2 a.m." ending a sentence); (9) a
Welsh regional site's live blog of a cyber attack on a health board (time stamps, "Key event", entry
bylines, "Pinned" summary, an embedded post with "Diolch am eich amynedd 🙏", "MS" after a name, a
first name only, "has not said"); (10) a Philippine site running an invented wire's story on a blast
at an Indonesian smelter ("SAMBARU, Indonesia, March 9 (Harbourwire) -", "Adj. Sr. Comr.", "PT ...
Tbk", summary bullets, "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES", the
reporting-and-editing line, "0830 GMT." ending a sentence); (11) a New Zealand regional paper's
feature on a school with seven pupils (scene-setting in the present tense, "says", "Koro", a child
named by first name only, "8.55am", "12.30pm", a question inside a quote before a capital, "!” she
says"); (12) a Nigerian daily's explainer on new electricity tariff bands ("EXPLAINER", question
subheads, "hrs", "approx.", "e.g.", "₦72.40/kWh", "Engr.", "Comrade", an "AT A GLANCE" fact box with
its source line, a WhatsApp prompt). `STYLES` names the site, the story and the stresses of each
page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new46.py` and the earlier held-out sets hold too
(mastheads, menus, crumbs, section labels, bylines, role lines, date lines, share strips, listen
lines, related and trending lists, tags, newsletter, Telegram and WhatsApp prompts, disclaimers,
bios, comment furniture and footers "B" line by line; readers' comments "B" whatever they say;
captions by content and credits "B"; standfirsts and decks labelled like headlines, a framing or
quote headline ""; topic and question subheads ""; titles, ranks, honorifics, post-nominals and roles
dropped from speakers; a pronoun, a later surname or a role resolved to the full name as first given;
organisations, documents and data kept as written, "according to X" -> X; quotes over several
sentences carry the quote's speaker and cue; "declined to comment", "did not respond ..." and "did
not say" labelled like speech with flags ""; plans, votes, fixtures, orders, sentences and results
"W", spoken forecasts, hopes, pledges, prescriptions, opinions and rhetorical questions ""; fact-box
headings "B" with their bullets "W"; glued furniture items without full stops ONE "B" sentence).

Conventions this set had to settle, in the same spirit:

* Parliaments: "Rt. Hon.", "Hon.", "Finance Minister", "The Minority Leader", "The Majority Leader",
  "the MP for X" and "The chair of the Finance Committee" are dropped; the Speaker's ruling that a
  Bill may pass all stages in one sitting carries him with the cue "ruled" and is "W" (a ruling of
  record); "dismissed ... as “theatre”" carries the Majority Leader with "dismissed", "", and "He
  noted that Minority MPs had voted for the levy" "W" with "noted"; "told the House" and "told
  journalists" are cues as written; a quote opening with a question and closing with its attribution
  ("“How can you ...? This is not how ...,” X told journalists ...") is split at the "?" before the
  capital, both parts carrying the cue. The paper's own arithmetic against a minister's figure ("a
  cut of 50 pesewas works out to about 3.2 per cent ...") is "W" without a speaker. "1:15 a.m." ends a
  sentence before "The House"; "10 a.m. on", "3:40 a.m. on" and "11:20 p.m.," never do. The
  comments block under a story (count, each commenter's name, each age, each sentence of each
  comment, "Load more comments") and the comments disclaimer are "B".
* City councils: the vote tallies, "cast the only no vote" and "X and Council Member Y voted no." are
  "W" without a speaker; "The mayor votes only to break a tie." is a rule of record, "W"; "according
  to Finance Director X" carries the person with "according to"; "told the council" is a cue; public
  commenters' worries and feelings are "", and "several downtown business owners said" keeps the
  group as written. "E. Locust St. and", "Ord. No. 26-014," and
  "W. Main St.," never end a sentence; "118 N. 3rd St." ends one before "He said ...", and "S. Grand
  Ave." ends a bullet; "Sec. 17.04(c)" opens a sentence. The lead-in "In other business, the
  council:" is "", its bullets "W"; the reporter's contact line and "Support local journalism." /
  "Subscribe today ..." are "B".
* Courts in Singapore: "the court heard" is passive with no agent and gives no speaker (like a
  "hearing told" headline), the fact it introduces "W"; "Deputy Public Prosecutor", "District Judge",
  "Defence lawyer" and "Madam" are dropped, and "the DPP added" resolves to the prosecutor as first
  named; "The prosecution sought at least 44 months' jail" keeps "The prosecution" with "sought" and
  "asked for 30 months" carries the defence lawyer with "asked for", both "W" (demands of record);
  "The prosecution accepted that ..." is "W" with "accepted"; the judge's remarks are ""; the
  statutory maximum and the date he begins his sentence are "W". "When the judge asked Leow ..., he
  replied: “I am sorry. I will pay back everything.”" is split at the inner full stop, both parts
  carrying "Leow Kah Hoe" with "replied". "Holdings Ltd." ends a sentence before "Co. Regn. No. ...",
  which is ONE "B" sentence.
* Health: a lead's "the province's chief medical officer of health said" and a deck's "province's top
  doctor says" resolve forward to the doctor named in the next paragraph; "Public health experts
  generally say" keeps the group; "He said they should arrive next week." is a forecast, "". The
  walk-in clinic and "No appointment is needed." are a fixture of record, "W", while "Anyone with
  symptoms is asked to call 811 ..." is reader service, "B". The "Possible exposure sites" heading is
  "B" and each site line "W" (a published place and time, like a fact-box bullet). "N.B.;" in a
  headline, "KESTLOW, N.B. —", "Kestlow, N.B., on", "Boul." and "Dr." never end a sentence; "Moncton,
  N.B." before "That person ..." and "since Feb. 27." before "Its principal ..." do. The share line
  that repeats the headline ("Share this Story : ...") is ONE "B" sentence; "... is a Local
  Journalism Initiative reporter ..." is a bio, "B".
* Results: "186.4c", "242.1c", "R212m", "R41m y/y" and "(HEPS)" never end a sentence, "R9.73bn." and
  "112c." end one; "the group said in results published on Sens" keeps "the group"; "It said
  consultations ..." resolves to "Morkelstone"; a union named with its acronym in brackets is the
  speaker without the acronym; "expected the number of retrenchments to be “materially lower”" is a
  forecast, ""; the share chip, the delay-and-no-advice notice (two sentences) and "(Pty) Ltd." before
  "All rights reserved." are "B".
* Palaeontology: "(gen. et sp. nov.)", "c. 52,000", "(ka)", "vs.", "et al.", "Assoc. Prof." and the
  genus initial of a binomial ("P. nambirrae") never end a sentence, also when "P. nambirrae" opens
  the next sentence after a full stop; "(Fig. 3 in the paper)." ends one. "Palaeontologists have
  described ..., saying it probably ..." carries "Palaeontologists" with "saying" and is "W" for the
  description; "The researchers think it may have ..." is hedged, ""; the paper, as a source, is kept
  as written with "according to"; "Uncle" (an Aboriginal honorific) is dropped like "Gogo"; the
  funding line, the topics line and the acknowledgement of Country (two sentences) are "B".
* Hurling: scores ("2-19 to 1-20", "1-20 to 1-14", "1-10 to 0-9", "1-11 (0-8f, 0-1 '65)", "0-10
  (0-8f)") and the time "62.40" never end a sentence, and "Fr. Colfer Park" never does. Scoring facts
  are "W", the description of play around them "". The scorers lines are the result of record, "W",
  two sentences split at "0-1." before "Kilteague:"; the team lines and "Subs:" lines are data, "",
  as is "Referee: ..."; "Herald Player of the Match: ..." is the paper's judgement, "". "questioned
  the amount of stoppage time" carries the manager with the cue "questioned", "".
* Joint Q&A with name prefixes carrying a stop ("Ms. Kelshikar-Sawant:", "Mr. Gadgilwar:"): the
  prefix is the cue as written and never ends a sentence; every sentence of the answer carries the
  interviewee as first named in the introduction ("Vandana Kelshikar-Sawant", "Prakash R.
  Gadgilwar", "R." never ending it). The interviewer's lines carry no prefix and no speaker unless they
  cite a source ("Residents of Kondhe Nagar say ...", "Critics say ...", both "W"); a question line
  holding a statement and a question is two sentences, the statement labelled by content. "Call our
  disaster cell on ..." in an answer is the interviewee's advice, "", not page furniture, and the
  cell's hours "W"; "(Laughs.)" is a stage direction, "B", like "[Applause]"; "Edited excerpts:" is
  "B"; "Rs. 412-crore" and "Rs. 287 crore" never end a sentence, "until 2 a.m." before "The fire
  brigade ..." does. The intro's "the Pune Municipal Corporation (PMC) says" carries the corporation
  without the acronym.
* Live blog: time stamps, "Key Events", "Key event", "Pinned", the entry bylines, "Load more
  updates", "Back to top" and the opening "Good morning and welcome ..." (two sentences) are "B";
  "What we know so far" is a topic subhead, "", with its bullets "W"; an entry's quote headline is
  "". "MS" after a member's name is dropped like a title; "Her husband, Alun," carries "Alun"; "The
  health board has not said whether ..." is labelled like "did not say", ""; "The health board has
  posted this advice ...:" and the post's own sentences carry "The health board" with "has posted",
  the post's advice and its Welsh thank-you ""; "It asked people to call 999 only in a genuine
  emergency." is the ambulance service's request, "" with "asked", not reader service.
* Wire copy: "Adj. Sr. Comr." is an Indonesian police rank, dropped and never ending a sentence;
  "PT ... Tbk," never ends one; the summary bullet "Company says ..." carries the company as the body
  first names it ("PT Sambaru Nikel Perkasa"), and "It did not say what caused the explosion."
  resolves to the same; "14 dead, 38 injured, police say" keeps "police". The reporting-and-editing
  line is ONE "B" sentence, "Our Standards: ..." one; the third-party image notice is three "B"
  sentences ("... THIRD PARTY.", "NO RESALES.", "NO ARCHIVES"); the handout credit, "Purchase
  Licensing Rights" and the host's note that the wire text was not modified are "B". "by 0830 GMT."
  ends a sentence before the credits.
* Features: the deck of two sentences is split, "Its principal hopes ..." carrying her by name with
  "hopes", ""; the present-tense "says" is the cue throughout; "Koro" is dropped like "Uncle"; a child
  named only by first name ("Hinewai") carries that name; scene-setting and anecdotes are "", the
  school's history, roll, funding, distances and the national counts "W"; "“Who's going to put a
  five-year-old on a bus ...? Not me.”" is split at the "?" before the capital, while "“At big schools
  there's, like, 30 kids in one class!” she says, as if describing a riot." is ONE sentence.
  "8.55am", "12.30pm" and "3pm" never end a sentence. "This story was supported by ..." is "B".
* Explainers: "Here is what the changes mean, and how to check ..." is "B" like "Here is what we know
  so far."; "hrs", "approx.", "e.g." and "₦72.40/kWh" never end a sentence; "NERC says" keeps "NERC",
  "the commission says" and "The commission says" keep their words, and "It says ..." resolves to the
  commission as first named; "Engr." and "Comrade" are dropped; "according to the Lagoonside Post's
  calculations from the commission's tariff schedule" keeps the calculations as written; "To check
  online, enter your meter number ..." is reader service, "B", while "Your band should be printed on
  your bill ..." is a fact, "W". The "AT A GLANCE" heading and its "Source:" line are "B", each tariff
  bullet "W"; the WhatsApp prompt is two "B" sentences split at its question mark.

`HELDOUT_CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a
newline, sentences of one line by a space) and written the same way: what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Ghanaian national news site, Parliament cuts a fuel levy after an all-night sitting (masthead, menu, crumb, headline, byline, date line, share strip, caption and credit, the Speaker with Rt. Hon. and 1:15 a.m. ending a sentence before The House, Finance Minister told the House then she said with GH¢ and per cent, a pledge, according to figures submitted to a committee, Minority Leader with Hon. dropped, a question inside a quote before a capital with told journalists, dismissed and noted, MP for X dropped, the Speaker ruled, the paper's own arithmetic, fuel retailers said and warned, a trotro driver, a think tank said in an analysis, declined to comment, READ ALSO lines, tags, comments disclaimer and comments block, Ltd. footer)",
    "US local daily, a city council sells a parking ramp for housing and raises water rates (skip link, masthead, weather strip, menu, section label, headline and deck with a vote, byline and outlet lines, published-updated line with CT, share strip, caption with a fact and a credit, vote tallies, E. Locust St. mid-sentence, according to a development agreement, Council Member dropped, told the council, Mayor called, a question before a lower-case asked with N. 3rd St. ending a sentence, according to the staff report, public commenters, Ord. No., three readings and a fixture, topic subhead, according to Finance Director, Sec. opening a sentence, an In-other-business lead-in and bullets with S. Grand Ave. ending one, contact line, subscribe lines, related list, address and copyright footer)",
    "Singapore national daily, a former logistics manager jailed for cheating his employer (masthead, menu, crumb, headline and deck, byline, date line, share and gift strip, SINGAPORE dateline, the court heard, Deputy Public Prosecutor and the DPP, Pte-style company names, the prosecution sought and accepted, defence lawyer asked for, he replied with a two-sentence quote after a colon, District Judge then she said, Section 420 of the Penal Code, bail and start date, Madam dropped, Telegram prompt, tags, more-on-this-topic list, Ltd. before Co. Regn. No., terms strip)",
    "Canadian regional daily, a measles outbreak in northern New Brunswick (masthead, account strip, menu, section label, headline with N.B.; and a deck with top doctor says, byline, published line with read time, share line repeating the headline, caption with N.B., and a credit, KESTLOW, N.B. dateline with a role resolved forward, Dr. dropped, told reporters, per cent, Feb. 27. ending a sentence before Its principal, did not respond to a request for comment, Moncton, N.B. ending a sentence, provincial immunization data, experts say, clinic fixture, parents' and a pensioner's quotes with a quote split by said, minister said then a forecast, topic subhead, symptoms, 811 advice, exposure-sites heading and bullets with Boul. and p.m., LJI bio, trending list, comments notice, Inc. footer)",
    "South African business site, a clothing chain closes 48 stores after a profit fall (site name, menu, market strip, crumb, headline and deck, byline and role line, date line, listen line, HEPS with cents, R9.73bn. ending a sentence, 74c from 112c, CEO said with R212m, quote with a figure, forecast of retrenchments, It said with section 189A, union with its acronym, analyst's opinion and forecast, according to its annual reports, the group said with y/y and basis points, brands, Stats SA, share chip, delay and no-advice notice, newsletter line, related list, (Pty) Ltd. footer)",
    "Australian broadcaster's site, a giant fossil marsupial described from a Queensland cave (site name, menu, section label, headline and deck, by science reporter line, posted-updated line, caption with a binomial and a supplied credit, Palaeontologists saying with a hedge, gen. et sp. nov. and c. 52,000 with according to a paper, Dr dropped, vs., (ka) and Fig. 3, the species' name, Assoc. Prof. dropped, P. nambirrae mid-sentence and opening a sentence, The researchers think, et al., question subhead, outside expert with a count and a caution, Uncle dropped, funding line, newsletter line, topics line, acknowledgement of Country, copyright)",
    "Irish county weekly's site, a club hurling county final (masthead, menu, crumb, headline and result deck, byline at Fr. Colfer Park, date line, caption and Picture credit, scores such as 2-19 to 1-20 and 1-11 (0-8f, 0-1 '65), play description, half-time score, manager's quote with an exclamation closing it, captain's record then he said, questioned with 62.40, county board said, fixture, scorers lines split at 0-1., team lines, Subs lines, Referee line, player-of-the-match line, more-GAA list, newsletter line, Ltd footer)",
    "Indian English daily's city page, a joint Q&A with a civic chief and a drains engineer (masthead, menu, crumb, INTERVIEW label, quote headline, deck with Rs. 412-crore, byline, place-and-updated line with IST, follow line, intro with the PMC says and mm, Municipal Commissioner and Chief Engineer (Storm Water Drains) dropped with Prakash R. Gadgilwar, Edited excerpts, questions without prefixes split into statement and question, Ms. and Mr. name prefixes as cues, questions citing residents and critics, Rs. crore, (Laughs.), 2 a.m. ending a sentence, published line, comments and topics lines, newsletter line, Pvt. Ltd. footer)",
    "Welsh regional news site's live blog, a cyber attack takes a health board's systems down (site name, menu with Cymraeg, LIVE label, headline and standfirst, two bylines, last-updated line, Key Events, Pinned, What we know so far subhead and bullets with the health board says, time stamps, Key event, entry headline, has just confirmed then it said, embedded post with lead-in, account lines, Welsh thank-you, time-and-date line and counts, Health Secretary with MS dropped, told Members of the Senedd, pledge, opposition spokesperson asked with a warning of record, quote headline entry, a pensioner's wait and her husband by first name, question subhead, has not said, lecturer with Dr dropped, ambulance service said and asked, opening welcome, load-more and back-to-top, affected prompt, Ltd footer)",
    "Philippine news site running an invented wire's story, a blast at an Indonesian nickel smelter (site name, menu, crumb, headline, agency line, date line, share strip, Summary heading and bullets with police say and Company says, SAMBARU, Indonesia, March 9 (Harbourwire) - dateline with police said, 5:40 a.m. local time (2140 GMT on Sunday), Adj. Sr. Comr. dropped, PT ... Tbk company said in a statement, It did not say, did not respond to a request for comment, caption with a handout credit, three-sentence third-party notice, licensing line, union alleges, secretary general said by phone, ministry and department said, context of record, according to police, researcher's opinion, 0830 GMT. ending a sentence, reporting-and-editing line, Our Standards, host's wire note, related list, Corp. before All Rights Reserved)",
    "New Zealand regional paper's site, a day at a school with seven pupils (masthead, menu, section label, framing headline, two-sentence deck with hopes, byline, photos line, date line, share line, scene-setting with 8.55am, a child named by first name, history according to a centenary history, present-tense says, ministry staffing formula, merger consultation of record, a ministry spokesperson said then the spokesperson said, a farmer's quote with a question before a capital, bus distance, Koro dropped, a rhetorical question in a quote, 12.30pm, an exclamation before a lower-case she says, ministry data, 3pm, a split quote with she says, bio and support line, more-from list, Limited footer)",
    "Nigerian national daily's site, an explainer on new electricity tariff bands (masthead, menu, EXPLAINER kicker, framing headline, byline, date line, read time, regulator's approval of record, Here-is-what line, question subheads, hrs and approx. with the commission says, e.g., ₦ per kWh rates, the paper's calculations via according to, NERC says then It says, Engr. dropped, labour congress said with a fixture, Comrade dropped with said in a statement, consumer forum's survey, reader-service line, complaint rules, fines of record, AT A GLANCE heading, tariff bullets and source line, two-sentence WhatsApp prompt, related list, tags, Ltd. footer)",
]

ARTICLES = [
    [  # 1. Ghanaian national news site: Parliament cuts a fuel levy after an all-night sitting (national politics)
        [("The Osamkrom Observer", "", "", "B")],
        [("Home   News   Politics   Business   Sports   Entertainment   Features   Opinion   TV", "", "", "B")],
        [("News › Politics", "", "", "B")],
        [("Parliament cuts fuel levy by 50 pesewas after all-night sitting as Minority walks out", "", "", "W")],
        [("By Selorm Agbenyefia-Dotse", "", "", "B")],
        [("Thursday, March 12, 2026 | 6:41 am", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("The Finance Minister, Afua Nyarkoah-Bempong, moving the motion for the second reading of the Bill on Wednesday night.", "", "", ""),
         ("PHOTO: Observer/Selorm Agbenyefia-Dotse", "", "", "B")],
        [("Parliament has passed a Bill cutting the Fuel Margin Support Levy on petrol and diesel by 50 pesewas a litre, after a sitting that began at 10 a.m. on Wednesday and ended at 3:40 a.m. on Thursday.", "", "", "W")],
        [("The Fuel Margin Support Levy (Amendment) Bill, 2026 was approved by 141 votes to none after Minority MPs walked out of the Chamber in protest at the way it had been handled.", "", "", "W")],
        [("The Speaker, Rt. Hon. Ebenezer Tandoh-Quaicoe, suspended the sitting at 1:15 a.m.", "", "", "W"),
         ("The House resumed 35 minutes later with the Minority benches empty.", "", "", "W")],
        [("Moving the motion, Finance Minister Afua Nyarkoah-Bempong told the House the cut would bring down pump prices by about 3.4 per cent from the next pricing window on March 16.", "Afua Nyarkoah-Bempong", "told the House", "W"),
         ("She said it would cost the state GH¢1.9 billion in revenue this year.", "Afua Nyarkoah-Bempong", "said", "W")],
        [("“Mr Speaker, Ghanaians are feeling the pain at the pumps, and this Government has listened,” she said.", "Afua Nyarkoah-Bempong", "said", ""),
         ("“We will recover every pesewa through better compliance, not through new taxes.”", "Afua Nyarkoah-Bempong", "said", "")],
        [("The levy was introduced in May 2024 at GH¢1.50 a litre to help pay down debts owed to power producers.", "", "", "W"),
         ("It has raised GH¢6.2 billion since then, according to figures the Ministry of Finance submitted to the Finance Committee.", "figures the Ministry of Finance submitted to the Finance Committee", "according to", "W")],
        [("The Minority Leader, Hon. Kojo Essandoh-Prempeh, said the cut was “too little, too late” and accused the government of forcing the Bill through under a certificate of urgency to avoid scrutiny.", "Kojo Essandoh-Prempeh", "said", "")],
        [("He said the Minority had proposed a cut of GH¢1 a litre, and that the committee's report on the Bill was laid at 11:20 p.m., barely 40 minutes before members were asked to debate it.", "Kojo Essandoh-Prempeh", "said", "W")],
        [("“How can you lay a report close to midnight and ask us to vote on it before dawn?", "Kojo Essandoh-Prempeh", "told journalists", ""),
         ("This is not how a serious Parliament works,” Essandoh-Prempeh told journalists outside the Chamber.", "Kojo Essandoh-Prempeh", "told journalists", "")],
        [("The Majority Leader, Yaw Asamani-Manu, dismissed the walkout as “theatre for the cameras”.", "Yaw Asamani-Manu", "dismissed", ""),
         ("He noted that Minority MPs had themselves voted for the levy when it was introduced in 2024.", "Yaw Asamani-Manu", "noted", "W")],
        [("The chair of the Finance Committee, Gifty Ocloo-Badu, the MP for Abrafoso-Dwinase, said the committee had met four times on the Bill and had invited the Minority to every meeting.", "Gifty Ocloo-Badu", "said", "W")],
        [("“They chose not to attend two of those meetings,” she said.", "Gifty Ocloo-Badu", "said", "W")],
        [("Earlier, Tandoh-Quaicoe ruled that the Bill could be taken through all its stages in one sitting under Standing Order 119, rejecting an objection by the Minority.", "Ebenezer Tandoh-Quaicoe", "ruled", "W")],
        [("Petrol sold at an average of GH¢15.80 a litre last week and diesel at GH¢16.45, according to the National Petroleum Authority.", "the National Petroleum Authority", "according to", "W"),
         ("At that price, a cut of 50 pesewas works out to about 3.2 per cent on petrol, slightly less than the minister's figure.", "", "", "W")],
        [("The Chamber of Independent Fuel Retailers said its members would apply the new prices from March 16.", "The Chamber of Independent Fuel Retailers", "said", "W"),
         ("Its executive secretary, Duncan Amoafo-Sarkodie, warned that the fall of the cedi against the dollar over the past month could wipe out the gain within weeks.", "Duncan Amoafo-Sarkodie", "warned", "")],
        [("Commercial drivers were not impressed.", "", "", "")],
        [("“Fifty pesewas will not change anything for us,” said Kwame Kessie-Ampomah, who drives a trotro in Accra's western suburbs.", "Kwame Kessie-Ampomah", "said", ""),
         ("“The price of one tyre has doubled since last year.”", "Kwame Kessie-Ampomah", "said", "W")],
        [("The Road Transport Operators' Alliance said fares would stay unchanged until its next review in June.", "The Road Transport Operators' Alliance", "said", "W")],
        [("The Centre for Fiscal Scrutiny, an Accra-based think tank, said in an analysis last week that taxes and levies made up 27 per cent of the pump price of petrol in February.", "The Centre for Fiscal Scrutiny", "said", "W")],
        [("A spokesperson for the IMF's Ghana office declined to comment on whether the cut was consistent with the country's programme with the Fund.", "A spokesperson for the IMF's Ghana office", "declined to comment", "")],
        [("The Bill now goes to the President for assent.", "", "", "W")],
        [("READ ALSO: Fuel prices to drop slightly in second pricing window of March – dealers", "", "", "B")],
        [("READ ALSO: Minority threatens boycott of mid-year budget review", "", "", "B")],
        [("Tags: Parliament   Fuel prices   Levies   Minority Caucus", "", "", "B")],
        [("Disclaimer: Comments are the views of readers and not those of The Osamkrom Observer.", "", "", "B")],
        [("Comments (3)", "", "", "B")],
        [("KwesiNana77", "", "", "B")],
        [("2 hours ago", "", "", "B")],
        [("50 pesewas after all that noise?", "", "", "B"),
         ("We are tired.", "", "", "B")],
        [("Efo Dzikunu", "", "", "B")],
        [("1 hour ago", "", "", "B")],
        [("The Minority should have stayed and voted against it.", "", "", "B")],
        [("Load more comments", "", "", "B")],
        [("© 2026 Osamkrom Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About Us | Advertise | Contact | Privacy Policy", "", "", "B")],
    ],
    [  # 2. US local daily: a city council sells a parking ramp for housing and raises water rates (city council)
        [("Skip to content", "", "", "B")],
        [("The Marrowvale Dispatch", "", "", "B")],
        [("41°   Subscribe   Sign In", "", "", "B")],
        [("News   Local Government   Schools   Business   Sports   Obituaries   Opinion   e-Edition", "", "", "B")],
        [("Local Government", "", "", "B")],
        [("Marrowvale council OKs plan to turn downtown parking ramp into 148 apartments", "", "", "W")],
        [("Water and sewer rates will also rise 7% in July after a 5-2 vote", "", "", "W")],
        [("Hallie Brennerman", "", "", "B")],
        [("Marrowvale Dispatch", "", "", "B")],
        [("Published 10:52 p.m. CT March 3, 2026 | Updated 7:15 a.m. CT March 4, 2026", "", "", "B")],
        [("Share   Facebook   Email   X", "", "", "B")],
        [("The Locust Street parking ramp, built in 1971, has been closed since a slab of concrete fell from its third level in 2024.", "", "", "W"),
         ("Hallie Brennerman/Marrowvale Dispatch", "", "", "B")],
        [("After nearly three hours of public comment, the Marrowvale City Council voted 6-1 Tuesday night to sell the city's shuttered Locust Street parking ramp for $1 to a developer that plans to replace it with 148 apartments and ground-floor shops.", "", "", "W")],
        [("The developer, Quellmore Street Partners LLC, will demolish the five-level ramp at 210 E. Locust St. and build a six-story building on the site, according to a development agreement approved as part of the vote.", "a development agreement approved as part of the vote", "according to", "W"),
         ("The city will also give the project up to $4.6 million in tax increment financing over 15 years.", "", "", "W")],
        [("Council Member Renata Vahlkamp, who represents the 2nd Ward, cast the only no vote.", "", "", "W"),
         ("She said the city was giving away a public asset for far less than it was worth.", "Renata Vahlkamp", "said", "")],
        [("“The county assessor values that land at $1.3 million,” Vahlkamp said.", "Renata Vahlkamp", "said", "W"),
         ("“Even if the ramp is worth nothing, the dirt under it isn't.”", "Renata Vahlkamp", "said", "")],
        [("Community Development Director Marcus Ellerbrock told the council that repairing the ramp would cost at least $7.2 million and tearing it down about $2.1 million, based on a 2025 engineering study.", "Marcus Ellerbrock", "told the council", "W"),
         ("He said the developer would pay for the demolition.", "Marcus Ellerbrock", "said", "W")],
        [("Mayor Lorraine Quackenboss called the agreement “the best deal this city has been offered in 20 years.”", "Lorraine Quackenboss", "called", ""),
         ("The mayor votes only to break a tie.", "", "", "W")],
        [("Forty-one people signed up to speak.", "", "", "W"),
         ("Most backed the housing, but several downtown business owners said they were worried about parking.", "several downtown business owners", "said", "")],
        [("“Where are my customers supposed to park, two blocks away in the snow?” asked Gene Pruszkowiak, who owns the two-story building at 118 N. 3rd St.", "Gene Pruszkowiak", "asked", ""),
         ("He said two of his three commercial tenants had told him they would leave if parking got any harder.", "Gene Pruszkowiak", "said", "")],
        [("The new building will have 96 parking spaces for residents and 40 for the public, compared with 412 spaces in the ramp when it was open, according to the staff report.", "the staff report", "according to", "W")],
        [("Tasha Vellinger, 29, who works at the hospital, told the council she had been on waiting lists for two downtown apartments since last summer.", "Tasha Vellinger", "told the council", ""),
         ("“I'm not asking for a handout,” she said.", "Tasha Vellinger", "said", ""),
         ("“I'm asking for somewhere to live that's not 40 minutes from work.”", "Tasha Vellinger", "said", "")],
        [("Marrowvale's rental vacancy rate was 2.1% last year, according to the Greater Marrowvale Housing Coalition.", "the Greater Marrowvale Housing Coalition", "according to", "W")],
        [("The rezoning, Ord. No. 26-014, changes the site from P-1 (public) to C-3 (downtown mixed use).", "", "", "W"),
         ("City ordinances must be considered at three meetings unless the council votes to waive the rule, which it did not do Tuesday.", "", "", "W"),
         ("The second reading is set for March 17.", "", "", "W")],
        [("Water and sewer rates", "", "", "")],
        [("In a separate 5-2 vote, the council approved a 7% increase in water and sewer rates from July 1.", "", "", "W")],
        [("For a typical household using 4,000 gallons a month, the combined bill will rise by about $6.40, to $97.85, according to Finance Director Priya Hollendorf-Sauer.", "Priya Hollendorf-Sauer", "according to", "W"),
         ("She said the increase would pay for replacing 1,900 lead service lines by 2031.", "Priya Hollendorf-Sauer", "said", "W")],
        [("Vahlkamp and Council Member Doug Kuehne voted no.", "", "", "W"),
         ("Kuehne said he wanted the city to phase in the increase over two years.", "Doug Kuehne", "said", "")],
        [("Sec. 17.04(c) of the city code caps any single annual increase at 8%.", "", "", "W")],
        [("In other business, the council:", "", "", "")],
        [("• Approved a $318,000 contract with Brandholm Paving Inc. to resurface 1.4 miles of S. Grand Ave.", "", "", "W")],
        [("• Appointed Wendell Otterbeck to the library board of trustees", "", "", "W")],
        [("• Tabled a proposal to allow backyard chickens until April 21", "", "", "W")],
        [("Hallie Brennerman covers local government for the Dispatch.", "", "", "B"),
         ("Reach her at hbrennerman@marrowvaledispatch.com or 515-555-0147.", "", "", "B")],
        [("Support local journalism.", "", "", "B"),
         ("Subscribe today for 99¢ for your first month.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Locust Street ramp closed after concrete falls onto parked car", "", "", "B")],
        [("Marrowvale to replace lead pipes under federal order: What to know", "", "", "B")],
        [("The Marrowvale Dispatch, 405 W. Main St., Marrowvale, IA 50198", "", "", "B")],
        [("© 2026 Marrowvale Dispatch.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Service | Privacy Policy | Your Privacy Choices", "", "", "B")],
    ],
    [  # 3. Singapore national daily: a former logistics manager jailed for cheating his employer (court)
        [("The Straitsview Times", "", "", "B")],
        [("Singapore   Asia   World   Business   Tech   Sport   Opinion   Life   Multimedia", "", "", "B")],
        [("Singapore › Courts & Crime", "", "", "B")],
        [("Ex-logistics manager jailed 3 years, 8 months for cheating employer of $1.2m with fake invoices", "", "", "W")],
        [("He used a firm registered in his mother's name to bill the company for lorry trips that were never made", "", "", "W")],
        [("Amanda Foo Hui Min", "", "", "B")],
        [("Mar 11, 2026, 05:42 PM", "", "", "B")],
        [("Share   Gift this article", "", "", "B")],
        [("SINGAPORE – A former logistics manager who cheated his employer of more than $1.2 million by billing it for lorry trips that were never made was sentenced to three years and eight months' jail on March 11.", "", "", "W")],
        [("Leow Kah Hoe, 47, used a company registered in his mother's name to issue 312 false invoices to Chempaka Freight Services between 2019 and 2024, the court heard.", "", "", "W")],
        [("He pleaded guilty to eight charges of cheating, with 21 other charges taken into consideration for sentencing.", "", "", "W")],
        [("The firm, Guan Tat Hin Transport, had no lorries and no employees, said Deputy Public Prosecutor Nur Hidayah Rosdi.", "Nur Hidayah Rosdi", "said", "W")],
        [("Leow, who joined Chempaka in 2013 and rose to head its transport desk, was the person responsible for approving the very invoices he created, she said.", "Nur Hidayah Rosdi", "said", "W")],
        [("He spent most of the money on luxury watches, the down payment on a condominium unit and online gambling, the DPP added.", "Nur Hidayah Rosdi", "added", "W"),
         ("Investigators seized six of the watches, worth about $190,000, when they searched his home in May 2024.", "", "", "W")],
        [("His mother, 74, was not charged.", "", "", "W"),
         ("The prosecution accepted that she did not know the firm had been set up in her name.", "The prosecution", "accepted", "W")],
        [("The scheme came to light in March 2024, when a newly hired finance manager noticed that Guan Tat Hin was being paid for deliveries made on public holidays, when the warehouse it supposedly served was shut.", "", "", "W"),
         ("Chempaka made a police report on April 2, 2024.", "", "", "W")],
        [("The prosecution sought at least 44 months' jail, citing the length of the offending and the fact that only $86,500 had been repaid.", "The prosecution", "sought", "W")],
        [("Defence lawyer Vikneswaran Thanabalasingam asked for 30 months.", "Vikneswaran Thanabalasingam", "asked for", "W"),
         ("He said his client had turned to gambling after his father suffered a stroke in 2019 and was “deeply ashamed”.", "Vikneswaran Thanabalasingam", "said", "")],
        [("He added that Leow had sold his car and two watches to make partial restitution, and had offered to pay $1,500 a month after his release.", "Vikneswaran Thanabalasingam", "added", "W")],
        [("When the judge asked Leow whether he had anything to say, he replied: “I am sorry.", "Leow Kah Hoe", "replied", ""),
         ("I will pay back everything.”", "Leow Kah Hoe", "replied", "")],
        [("District Judge Chay Wen Xuan said the offences involved a serious abuse of trust.", "Chay Wen Xuan", "said", "")],
        [("“The accused did not merely take advantage of a lapse in his employer's controls – he was the control,” she said.", "Chay Wen Xuan", "said", "")],
        [("She said the sum involved and the length of the scheme, which ran for more than five years, called for a sentence above what the defence had sought.", "Chay Wen Xuan", "said", "")],
        [("For each count of cheating under Section 420 of the Penal Code, an offender can be jailed for up to 10 years and fined.", "", "", "W")],
        [("Leow, who is out on bail of $80,000, will begin serving his sentence on April 8.", "", "", "W"),
         ("Chempaka has filed a civil suit against him to recover the rest of the money.", "", "", "W")],
        [("In a statement to The Straitsview Times, Chempaka's chief executive, Madam Khoo Siew Peng, said the company had since introduced a second check on every invoice above $5,000.", "Khoo Siew Peng", "said", "W")],
        [("“We trusted him completely,” she said.", "Khoo Siew Peng", "said", ""),
         ("“That will not happen again.”", "Khoo Siew Peng", "said", "")],
        [("Join The Straitsview Times' Telegram channel and get the latest breaking news delivered to you.", "", "", "B")],
        [("See more on", "", "", "B")],
        [("Courts & Crime   Cheating   Fraud", "", "", "B")],
        [("More on this Topic", "", "", "B")],
        [("Finance executive jailed for siphoning $640,000 from shipping firm's accounts", "", "", "B")],
        [("Firms urged to tighten invoice checks as cheating cases rise", "", "", "B")],
        [("Copyright © 2026 Straitsview Press Holdings Ltd.", "", "", "B"),
         ("Co. Regn. No. 198412347W", "", "", "B")],
        [("Terms & Conditions   Privacy Policy   Data Protection Policy", "", "", "B")],
    ],
    [  # 4. Canadian regional daily: a measles outbreak grows in northern New Brunswick (health)
        [("The Miramount Chronicle", "", "", "B")],
        [("Subscribe   Sign in   Newsletters", "", "", "B")],
        [("News   Local   New Brunswick   Health   Sports   Opinion   Obituaries   Classifieds", "", "", "B")],
        [("Health", "", "", "B")],
        [("Measles cases climb to 23 in northern N.B.; walk-in clinic opens Saturday in Kestlow", "", "", "W")],
        [("Most of those infected were not vaccinated, province's top doctor says", "Yvette Caissie-Morneault", "says", "W")],
        [("Colette Thibodoire-Bourque", "", "", "B")],
        [("Published Mar 05, 2026  •  Last updated 6 hours ago  •  4 minute read", "", "", "B")],
        [("Share this Story : Measles cases climb to 23 in northern N.B.; walk-in clinic opens Saturday in Kestlow", "", "", "B")],
        [("A nurse prepares a dose of the measles, mumps and rubella vaccine at a public health office in Kestlow, N.B., on Wednesday.", "", "", ""),
         ("Photo by Colette Thibodoire-Bourque /The Miramount Chronicle", "", "", "B")],
        [("KESTLOW, N.B. — The number of confirmed measles cases in northern New Brunswick has risen to 23, up from nine a week ago, the province's chief medical officer of health said Wednesday.", "Yvette Caissie-Morneault", "said", "W")],
        [("Dr. Yvette Caissie-Morneault told reporters in Fredericton that 19 of the 23 people infected had not been vaccinated, and that the vaccination status of two others was unknown.", "Yvette Caissie-Morneault", "told reporters", "W"),
         ("Six have been admitted to hospital, including two children under five, she said.", "Yvette Caissie-Morneault", "said", "W"),
         ("No one has died.", "", "", "W")],
        [("“One person with measles can infect nine out of 10 unvaccinated people around them,” Caissie-Morneault said.", "Yvette Caissie-Morneault", "said", "W"),
         ("“If you are not sure whether you are protected, please check your records this week.”", "Yvette Caissie-Morneault", "said", "")],
        [("The outbreak began in late January, when an unvaccinated adult returned to the Kestlow area from travel abroad, according to the Department of Health.", "the Department of Health", "according to", "W")],
        [("Since then it has spread mainly within two extended families and a private school in Pointe-aux-Sarcelles, she said.", "Yvette Caissie-Morneault", "said", "W")],
        [("The school, Havenbrook Christian Academy, has about 140 students and has been closed since Feb. 27.", "", "", "W"),
         ("Its principal, Gerald Tingley-Marston, did not respond to a request for comment.", "Gerald Tingley-Marston", "did not respond to a request for comment", "")],
        [("A case was also confirmed last week in a traveller who passed through the airport in Moncton, N.B.", "", "", "W"),
         ("That person has recovered, the department said.", "the department", "said", "W")],
        [("In the Kestlow health region, 78.4 per cent of seven-year-olds had received both doses of the MMR vaccine in 2025, compared with a provincial rate of 86.1 per cent, according to provincial immunization data.", "provincial immunization data", "according to", "W"),
         ("Public health experts generally say coverage of about 95 per cent is needed to stop measles from spreading.", "Public health experts", "say", "W")],
        [("A walk-in vaccination clinic will be held Saturday from 9 a.m. to 4 p.m. at the Kestlow Civic Centre, 55 Rue Principale.", "", "", "W"),
         ("No appointment is needed.", "", "", "W")],
        [("Mélanie Gallienne-Stairs, who brought her 14-month-old son to the public health office on Wednesday, said she had not been able to get an appointment with a family doctor since the fall.", "Mélanie Gallienne-Stairs", "said", "")],
        [("“When I heard there was a case at the daycare next door, I didn't want to wait any more,” she said.", "Mélanie Gallienne-Stairs", "said", "")],
        [("Réjean Thibeault-Pinet, 68, said he had come for a dose because he was not sure whether he had had measles as a boy.", "Réjean Thibeault-Pinet", "said", ""),
         ("“My mother always said I did.", "Réjean Thibeault-Pinet", "said", ""),
         ("My sister says it was her,” he said.", "Réjean Thibeault-Pinet", "said", "")],
        [("Health Minister Luc Hachey said the province had ordered an extra 15,000 doses.", "Luc Hachey", "said", "W"),
         ("He said they should arrive next week.", "Luc Hachey", "said", "")],
        [("The province's last measles outbreak, in 2019, involved 12 confirmed cases in the Saint John area.", "", "", "W"),
         ("Across Canada, 2,114 cases were reported last year, according to the Public Health Agency of Canada.", "the Public Health Agency of Canada", "according to", "W")],
        [("What to watch for", "", "", "")],
        [("Symptoms usually start seven to 21 days after exposure, with fever, cough, a runny nose and red eyes, followed by a blotchy rash.", "", "", "W"),
         ("People are contagious from four days before the rash appears until four days after.", "", "", "W")],
        [("Anyone with symptoms is asked to call 811 before going to a clinic or emergency department, so staff can take steps to protect others.", "", "", "B")],
        [("Possible exposure sites", "", "", "B")],
        [("• Kestlow Regional Hospital, emergency department: Feb. 28, 6 p.m. to 11:45 p.m.", "", "", "W")],
        [("• Gaudreault-Lirette Pharmacy, 212 Boul. des Acadiens, Kestlow: March 1, 10 a.m. to 1 p.m.", "", "", "W")],
        [("• Chaleur Coachlines bus, Kestlow to Moncton: March 2, departing 7:15 a.m.", "", "", "W")],
        [("Colette Thibodoire-Bourque is a Local Journalism Initiative reporter with The Miramount Chronicle.", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Kestlow council rejects tax freeze, approves 3.1 per cent increase", "", "", "B")],
        [("Snowmobiler rescued after night on frozen lake", "", "", "B")],
        [("Comments", "", "", "B")],
        [("You must be logged in to join the discussion or read more comments.", "", "", "B")],
        [("© 2026 The Miramount Chronicle, a division of Fundyline Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. South African business site: a clothing chain closes 48 stores after a profit fall (business)
        [("Sandvlei Business Day", "", "", "B")],
        [("Markets   Companies   Economy   Opinion   Money   Careers   Subscribe", "", "", "B")],
        [("JSE All Share 84,112 ▲0.4%   R/$ 18.21 ▼0.3%   Gold $2,914 ▲0.2%   Brent $71.04 ▼0.5%", "", "", "B")],
        [("Companies › Retail", "", "", "B")],
        [("Morkelstone to close 48 stores as first-half profit drops 23%", "", "", "W")],
        [("About 1,100 jobs at risk as clothing chain shuts loss-making outlets, mostly in regional malls", "", "", "W")],
        [("Thandiwe Mbhalati-Roodt", "", "", "B")],
        [("Retail Editor", "", "", "B")],
        [("12 March 2026 - 07:58", "", "", "B")],
        [("Listen to this article   4 min", "", "", "B")],
        [("JSE-listed clothing retailer Morkelstone will close 48 of its 612 stores by the end of August, putting about 1,100 jobs at risk, after a 23% drop in first-half profit.", "", "", "W")],
        [("Headline earnings per share (HEPS) fell to 186.4c in the six months to 31 December from 242.1c a year earlier, the group said in results published on Sens on Thursday.", "the group", "said", "W"),
         ("Revenue fell 4.2% to R9.73bn.", "", "", "W"),
         ("Like-for-like sales, which strip out stores opened or closed during the period, were down 5.1%.", "", "", "W")],
        [("The interim dividend was cut to 74c from 112c.", "", "", "W")],
        [("CEO Riaan Swanevelder said the stores earmarked for closure had lost a combined R212m in the past year.", "Riaan Swanevelder", "said", "W")],
        [("“We have been carrying these stores for too long,” he said on a call with analysts.", "Riaan Swanevelder", "said", ""),
         ("“Foot traffic in some of these malls is down 30% on 2019, and it is not coming back.”", "Riaan Swanevelder", "said", "W")],
        [("He said most of the closures would be in regional malls in the Free State, North West and Limpopo, where rentals had risen faster than sales.", "Riaan Swanevelder", "said", "W")],
        [("Morkelstone said it would try to place affected staff in other stores, and expected the number of retrenchments to be “materially lower” than 1,100.", "Morkelstone", "said", "")],
        [("It said consultations under section 189A of the Labour Relations Act would begin on 23 March.", "Morkelstone", "said", "W")],
        [("The Commercial and Retail Workers' Union of SA (Carwusa) said it had not been told about the closures before the results were released.", "The Commercial and Retail Workers' Union of SA", "said", ""),
         ("“Our members found out from the news,” said the union's general secretary, Nomvula Khanyile-Daniels.", "Nomvula Khanyile-Daniels", "said", "")],
        [("Morkelstone's shares fell 11.3% to R38.20 by midday, their lowest level since November 2020.", "", "", "W"),
         ("The share price has halved over the past three years.", "", "", "W")],
        [("Sipho Mavimbela-Hendricks, a portfolio manager at Ntabeni Asset Managers, said the closures were overdue.", "Sipho Mavimbela-Hendricks", "said", "")],
        [("“The group opened too many stores in the wrong malls,” he said.", "Sipho Mavimbela-Hendricks", "said", ""),
         ("“Closing 48 is a start, but I would not be surprised to see another 50 go next year.”", "Sipho Mavimbela-Hendricks", "said", "")],
        [("Morkelstone opened 96 stores between 2015 and 2019, according to its annual reports.", "its annual reports", "according to", "W")],
        [("The group said its diesel bill for generators had fallen by R41m y/y as power cuts eased, helping to lift the gross margin by 60 basis points to 41.8%.", "The group", "said", "W")],
        [("Its homeware chain, Kloofhuis, grew sales by 6.7%, and its children's brand, Tiny Pangolin, by 2.3%.", "", "", "W"),
         ("Together the two chains make up about 18% of revenue.", "", "", "W")],
        [("Clothing retail sales fell 2.8% year on year in January, according to Stats SA.", "Stats SA", "according to", "W")],
        [("Morkelstone employs about 14,500 people.", "", "", "W"),
         ("Its full-year results are due on 2 September.", "", "", "W")],
        [("Morkelstone Holdings Ltd (MKS)", "", "", "B")],
        [("R38.20   -4.86 (-11.29%)", "", "", "B")],
        [("Share data delayed by 15 minutes.", "", "", "B"),
         ("This article is not investment advice.", "", "", "B")],
        [("Get the Sandvlei Business Day morning newsletter", "", "", "B")],
        [("Related Articles", "", "", "B")],
        [("Mall vacancies in smaller towns hit seven-year high", "", "", "B")],
        [("Retailers count the cost of a slow festive season", "", "", "B")],
        [("© 2026 Sandvlei Media (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Australian national broadcaster's site: a giant fossil marsupial described from a Queensland cave (science)
        [("Wallanbah News", "", "", "B")],
        [("Just In   Australia   World   Business   Science   Health   Sport   Analysis", "", "", "B")],
        [("Science", "", "", "B")],
        [("Fossils of giant tree-browsing marsupial found in far north Queensland cave", "", "", "W")],
        [("The 350-kilogram animal lived in the region's rainforests until at least 52,000 years ago", "", "", "W")],
        [("By science reporter Ngaire Toppenwick", "", "", "B")],
        [("Posted Wed 11 Mar 2026 at 5:00am, updated Wed 11 Mar 2026 at 9:12am", "", "", "B")],
        [("An artist's impression of Pelgarrodon nambirrae, shown stripping leaves from a tree.", "", "", ""),
         ("(Supplied: Tanderra University/Merrin Vyvyan)", "", "", "B")],
        [("Palaeontologists have described a previously unknown giant marsupial from fossils found in a limestone cave in far north Queensland, saying it probably fed on rainforest trees while standing on its hind legs.", "Palaeontologists", "saying", "W")],
        [("The animal, named Pelgarrodon nambirrae (gen. et sp. nov.), weighed an estimated 300 to 400 kg and lived until at least c. 52,000 years ago, according to a paper published today in the journal Austral Palaeovertebrata.", "a paper published today in the journal Austral Palaeovertebrata", "according to", "W")],
        [("The fossils, including a near-complete lower jaw and parts of both forelimbs, were found between 2019 and 2023 in Kuranjee Cave, west of Cairns, on land managed by the Yarrabinda Aboriginal Corporation.", "", "", "W")],
        [("Lead author Dr Harriet Quenbury-Skaife, of Tanderra University, said the team at first thought the jaw belonged to a known diprotodontid, a family of large plant-eating marsupials.", "Harriet Quenbury-Skaife", "said", "")],
        [("“Then we looked at the teeth,” she said.", "Harriet Quenbury-Skaife", "said", ""),
         ("“They're tall and sharp-crested, and they're worn in a way that tells you this animal was eating leaves, not grass.”", "Harriet Quenbury-Skaife", "said", "W")],
        [("Its lower molars are up to 4.6 cm long, vs. about 3 cm in diprotodontids of a similar size.", "", "", "W")],
        [("The team dated the sediment around the bones to between 58 and 52 thousand years ago (ka) using optically stimulated luminescence, which measures when grains of quartz were last exposed to sunlight.", "", "", "W"),
         ("Two teeth dated directly gave results consistent with the sediment ages (Fig. 3 in the paper).", "", "", "W")],
        [("The species is named after Dorothy Nambirra, a Traditional Owner who died in 2022 and who first showed the cave to researchers.", "", "", "W"),
         ("The cave is closed to the public, and excavations will resume in June.", "", "", "W")],
        [("Co-author Assoc. Prof. Callum Wyvernhurst, of the Queensland Museum, said P. nambirrae was the largest marsupial yet found in the Wet Tropics.", "Callum Wyvernhurst", "said", "W")],
        [("P. nambirrae was about the size of a small cow, but had long, powerful forelimbs ending in curved claws.", "", "", "W"),
         ("The researchers think it may have used them to pull branches down to its mouth, as some extinct ground sloths in South America are thought to have done.", "The researchers", "think", "")],
        [("A 2021 study by Larkstone et al. had suggested that most large marsupials in the region were gone by 60,000 years ago.", "", "", "W"),
         ("The new dates push that back by at least 8,000 years for one species.", "", "", "W")],
        [("A long overlap?", "", "", "")],
        [("Whether people helped drive the animal to extinction is not known.", "", "", ""),
         ("The oldest evidence of people in the region is about 50,000 years old.", "", "", "W")],
        [("“There is a real overlap in time, but an overlap is not a smoking gun,” Quenbury-Skaife said.", "Harriet Quenbury-Skaife", "said", "")],
        [("Dr Oluwaseun Adeoba, a vertebrate palaeontologist at Harrowdell University who was not involved in the study, said the description was careful but the sample was small.", "Oluwaseun Adeoba", "said", "")],
        [("“We have one jaw, a few limb bones and some teeth from what might be three individuals,” she said.", "Oluwaseun Adeoba", "said", "W"),
         ("“It's a great find, but I'd be cautious about saying much yet about how it moved.”", "Oluwaseun Adeoba", "said", "")],
        [("Uncle Reggie Malgoori, a Traditional Owner and chair of the Yarrabinda Aboriginal Corporation, said elders had been consulted at every stage.", "Reggie Malgoori", "said", "W"),
         ("He said the fossils would return to Country, to a keeping place at the corporation's centre, once the research was finished.", "Reggie Malgoori", "said", "W")],
        [("“Our old people always said there were big animals in these hills,” he said.", "Reggie Malgoori", "said", ""),
         ("“Now everybody else knows it too.”", "Reggie Malgoori", "said", "")],
        [("The research was funded by the Australian Research Council.", "", "", "B")],
        [("Get all the latest science news, sent to your inbox every Friday", "", "", "B")],
        [("Topics: Palaeontology, Fossils, Science and Technology, Indigenous Culture, Cairns", "", "", "B")],
        [("Wallanbah News acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, work and learn.", "", "", "B"),
         ("We pay our respects to Elders past and present.", "", "", "B")],
        [("© 2026 Wallanbah Broadcasting Corporation", "", "", "B")],
    ],
    [  # 7. Irish county weekly's site: a club hurling county final (sport match report)
        [("The Slaney Valley Herald", "", "", "B")],
        [("News   Sport   GAA   Soccer   Rugby   Notices   Property   Jobs", "", "", "B")],
        [("Sport › GAA", "", "", "B")],
        [("Furlaine goal ends 31-year wait as Ballinavoran stun Kilteague in county final", "", "", "W")],
        [("Wexford SHC final: Ballinavoran 2-19 Kilteague 1-20", "", "", "W")],
        [("Brendan Mac Craith at Fr. Colfer Park", "", "", "B")],
        [("Monday, 12 October 2026", "", "", "B")],
        [("Ballinavoran captain Eoin Colclough-Rossall lifts the Canon Fitzsimmonds Cup at Fr. Colfer Park on Sunday.", "", "", ""),
         ("Picture: Padraig Toibín", "", "", "B")],
        [("Cian Furlaine's goal two minutes into stoppage time gave Ballinavoran their first Wexford senior hurling title since 1995 as they came from six points down to beat Kilteague 2-19 to 1-20 at Fr. Colfer Park on Sunday.", "", "", "W")],
        [("Kilteague led 1-20 to 1-14 with 51 minutes on the clock, and their corner-forward Seánie Wheelock had just pointed his eighth free.", "", "", "W"),
         ("What followed will be talked about in Ballinavoran for a long time.", "", "", "")],
        [("Furlaine, who finished with 1-11 (0-8f, 0-1 '65), pointed two frees, and substitute Padge Ó Murchú and wing-back Rory Lacey-Dwain added a point each to leave two between the sides.", "", "", "W")],
        [("Then, with Kilteague holding on, Lacey-Dwain's long delivery broke off a cluster of bodies and Furlaine flicked it past goalkeeper Ger Sinnott from close range.", "", "", ""),
         ("It was the first time all afternoon that Ballinavoran had been in front.", "", "", "W")],
        [("Furlaine added a point from play, and there was still time for Kilteague to win a '65.", "", "", ""),
         ("Wheelock's effort drifted wide, and referee Tomás Ó Dúill blew the final whistle seconds later.", "", "", "")],
        [("Kilteague had led 1-10 to 0-9 at half-time, their goal coming in the 23rd minute when full-forward Niall Breslane-Hore caught a puck-out over his head and turned to bury it.", "", "", "W")],
        [("Ballinavoran's first goal, from Darragh Lacey in the 38th minute, kept them in touch.", "", "", "W"),
         ("Wheelock finished with 0-10, eight of them from frees.", "", "", "W")],
        [("“I've been involved with this club for 40 years and I've never seen anything like those last ten minutes,” said Ballinavoran manager Liam Duggery.", "Liam Duggery", "said", "")],
        [("“The lads just refused to lie down.", "Liam Duggery", "said", ""),
         ("Where that came from, I honestly don't know!”", "Liam Duggery", "said", "")],
        [("Colclough-Rossall also captained the side in the 2019 final, which Ballinavoran lost to Kilteague by nine points.", "", "", "W"),
         ("He said Sunday's win was for “everyone who stood on the bank in the bad years”.", "Eoin Colclough-Rossall", "said", "")],
        [("Kilteague manager Jim Breen-Lucey questioned the amount of stoppage time.", "Jim Breen-Lucey", "questioned", ""),
         ("“The board showed three minutes, and by my watch the goal came at 62.40,” he said.", "Jim Breen-Lucey", "said", "W"),
         ("“I'm not taking anything from them.", "Jim Breen-Lucey", "said", ""),
         ("They were brilliant at the end.”", "Jim Breen-Lucey", "said", "")],
        [("A crowd of 6,842 attended, the county board said.", "the county board", "said", "W")],
        [("Ballinavoran will play the Kilkenny champions in the quarter-final of the Leinster club championship on November 1.", "", "", "W")],
        [("SCORERS — Ballinavoran: C Furlaine 1-11 (0-8f, 0-1 '65); D Lacey 1-2; R Lacey-Dwain 0-2; M Boggan 0-2; P Ó Murchú 0-1; E Colclough-Rossall 0-1.", "", "", "W"),
         ("Kilteague: S Wheelock 0-10 (0-8f); N Breslane-Hore 1-3; K Redmond-Cloney 0-3; A Toibín-Carley 0-2; D Wadding 0-2.", "", "", "W")],
        [("BALLINAVORAN: G Kinsley; T Dunbarry, S Lacey, J Hayden; R Lacey-Dwain, E Colclough-Rossall, P Dowzer; M Boggan, F Stafford; D Lacey, C Furlaine, L Carthy-Bolger; O Whitty-Moorhead, B Rynne, J Cullimore.", "", "", "")],
        [("Subs: P Ó Murchú for Whitty-Moorhead (44), K Lacey for Rynne (55).", "", "", "")],
        [("KILTEAGUE: G Sinnott; M Redmond-Cloney, J Furness, P Codd-Lambert; E Toibín-Carley, D Wadding, S Roddy-Pierse; A Toibín-Carley, C Busher-Flahive; K Redmond-Cloney, N Breslane-Hore, T Roddy; S Wheelock, L Fanning-Halpin, R Jeffares.", "", "", "")],
        [("Subs: W Busher-Flahive for Fanning-Halpin (49).", "", "", "")],
        [("Referee: Tomás Ó Dúill (Clonleigh).", "", "", "")],
        [("Herald Player of the Match: Cian Furlaine (Ballinavoran)", "", "", "")],
        [("More GAA", "", "", "B")],
        [("Camogie: Ballyvasker Óg book final spot with late rally", "", "", "B")],
        [("County board confirms fixtures for intermediate semi-finals", "", "", "B")],
        [("Get the Herald's sport newsletter every Monday", "", "", "B")],
        [("© Slaney Valley Herald Ltd 2026", "", "", "B")],
    ],
    [  # 8. Indian English daily's city page: a joint Q&A with a city's civic chief and its drains engineer (interview in Q&A form)
        [("The Sahyagiri Sentinel", "", "", "B")],
        [("Home   City   Maharashtra   India   World   Business   Sports   Opinion   E-Paper", "", "", "B")],
        [("Cities › Pune", "", "", "B")],
        [("INTERVIEW", "", "", "B")],
        [("‘We cannot promise a flood-free city, but we can promise a faster response’", "", "", "")],
        [("Ahead of the monsoon, Pune's municipal commissioner and its chief engineer for storm water drains speak to the Sentinel about nullahs, pumps and a Rs. 412-crore project that is running a year and a half late", "", "", "W")],
        [("Aditi Phalnikar", "", "", "B")],
        [("Pune, Updated: May 18, 2026 09:12 IST", "", "", "B")],
        [("Follow Us", "", "", "B")],
        [("With the monsoon forecast to be above normal this year, the Pune Municipal Corporation (PMC) says it has finished cleaning 91% of the city's 412 km of nullahs.", "the Pune Municipal Corporation", "says", "W")],
        [("Last July, flooding in Bhoirwadi and Kondhe Nagar forced nearly 2,300 residents from their homes after 118 mm of rain fell in three hours.", "", "", "W"),
         ("We spoke to Municipal Commissioner Vandana Kelshikar-Sawant and Chief Engineer (Storm Water Drains) Prakash R. Gadgilwar at the PMC's main building on Friday.", "", "", "")],
        [("Edited excerpts:", "", "", "B")],
        [("The monsoon is expected in Pune in the second week of June.", "", "", ""),
         ("Is the city ready?", "", "", "")],
        [("Ms. Kelshikar-Sawant: Readier than last year, certainly.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", ""),
         ("We have cleaned 375 km of the 412 km, and the rest will be finished by May 31.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "W"),
         ("But I will not tell you the city will not flood.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "")],
        [("Mr. Gadgilwar: If I may add, we have installed 26 new dewatering pumps at the 14 chronic flooding spots identified after last year's rain.", "Prakash R. Gadgilwar", "Mr. Gadgilwar:", "W"),
         ("Each pump can move 1,500 litres a minute.", "Prakash R. Gadgilwar", "Mr. Gadgilwar:", "W")],
        [("Residents of Kondhe Nagar say the nullah behind their colony has not been cleaned since 2024.", "Residents of Kondhe Nagar", "say", "W"),
         ("Why?", "", "", "")],
        [("Mr. Gadgilwar: That stretch is 1.8 km long and half of it is covered by encroachments.", "Prakash R. Gadgilwar", "Mr. Gadgilwar:", "W"),
         ("We cannot take a JCB in there without demolitions, and for that we need a court order, which we have applied for.", "Prakash R. Gadgilwar", "Mr. Gadgilwar:", "W")],
        [("Ms. Kelshikar-Sawant: Let me be clear.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", ""),
         ("There are 212 structures on that nullah, and we have issued notices to all of them.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "W"),
         ("Some families were given flats under the slum rehabilitation scheme in 2022 and then came back.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "W")],
        [("The Rs. 412-crore storm water drain project was supposed to be finished by December 2024.", "", "", "W"),
         ("What happened?", "", "", "")],
        [("Ms. Kelshikar-Sawant: Two things.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", ""),
         ("The contractor for Packages 3 and 4 went into insolvency in 2024, and we had to retender.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "W"),
         ("And the cost of steel went up by about 30%.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "W"),
         ("We have spent Rs. 287 crore so far, and 61% of the work is done.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "W"),
         ("The new deadline is June 2026.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "W")],
        [("Will it be met?", "", "", "")],
        [("Ms. Kelshikar-Sawant: Ask me in July.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "")],
        [("Critics say the city keeps approving buildings on natural drainage lines.", "Critics", "say", "W")],
        [("Mr. Gadgilwar: Since 2021, no building permission has been given within 15 metres of a mapped nullah.", "Prakash R. Gadgilwar", "Mr. Gadgilwar:", "W"),
         ("Before that, yes, mistakes were made.", "Prakash R. Gadgilwar", "Mr. Gadgilwar:", "")],
        [("Ms. Kelshikar-Sawant: And we are not pretending otherwise.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "")],
        [("What should residents do if their area floods?", "", "", "")],
        [("Ms. Kelshikar-Sawant: Call our disaster cell on 1800-233-0414.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", ""),
         ("It will be staffed 24 hours a day from June 1, with 40 quick response teams across the 15 ward offices.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "W"),
         ("And please, do not drive through a flooded underpass.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "")],
        [("Last question.", "", "", ""),
         ("Do you sleep during the monsoon?", "", "", "")],
        [("Mr. Gadgilwar: Very little.", "Prakash R. Gadgilwar", "Mr. Gadgilwar:", ""),
         ("(Laughs.)", "", "", "B")],
        [("Ms. Kelshikar-Sawant: He is being honest.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", ""),
         ("Last July I was at the Bhoirwadi underpass until 2 a.m.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", ""),
         ("The fire brigade pulled two cars out of the water that night.", "Vandana Kelshikar-Sawant", "Ms. Kelshikar-Sawant:", "W")],
        [("Published - May 18, 2026 09:12 am IST", "", "", "B")],
        [("Read Comments", "", "", "B")],
        [("Related Topics", "", "", "B")],
        [("Pune / monsoon / flood / civic issues / Pune Municipal Corporation", "", "", "B")],
        [("Sign up for our Pune newsletter", "", "", "B")],
        [("Copyright© 2026, Sahyagiri Sentinel Publications Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Welsh regional news site's live blog: a cyber attack takes a health board's systems down (live blog)
        [("Dyfed Voice", "", "", "B")],
        [("News   Sport   What's On   Nostalgia   Property   Jobs   Cymraeg", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Health board cyber attack LIVE: Operations cancelled and ambulances diverted as IT systems stay down", "", "", "W")],
        [("Patients are being told to attend appointments unless they are contacted, as Cwm Tawelog health board works with national cyber security experts", "", "", "W")],
        [("Bethan Cynfelyn", "", "", "B")],
        [("Rhodri Tregelles", "", "", "B")],
        [("Last updated: 16:47, 9 Mar 2026", "", "", "B")],
        [("Key Events", "", "", "B")],
        [("Pinned", "", "", "B")],
        [("What we know so far", "", "", "")],
        [("• Cwm Tawelog University Health Board's computer systems have been down since about 03:30 on Monday", "", "", "W")],
        [("• All planned operations at Ysbyty Glanrhosydd and Ysbyty Penrhiwlas have been cancelled for Monday and Tuesday", "", "", "W")],
        [("• Ambulances are being diverted away from Glanrhosydd's emergency department", "", "", "W")],
        [("• The health board says there is no evidence so far that patient data has been taken", "The health board", "says", "W")],
        [("16:47", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Outpatient appointments cancelled on Wednesday too", "", "", "W")],
        [("The health board has just confirmed that all non-urgent outpatient appointments on Wednesday will also be cancelled.", "The health board", "has just confirmed", "W"),
         ("Cancer treatment and kidney dialysis will go ahead as planned, it said.", "Cwm Tawelog University Health Board", "said", "W")],
        [("Bethan Cynfelyn", "", "", "B")],
        [("16:20", "", "", "B")],
        [("The health board has posted this advice for patients on X:", "The health board", "has posted", "")],
        [("Cwm Tawelog UHB", "", "", "B")],
        [("@CwmTawelogUHB", "", "", "B")],
        [("If you have an appointment tomorrow and have not been contacted, please attend as normal.", "The health board", "has posted", ""),
         ("Bring a list of your medicines with you, as staff cannot see electronic records at the moment.", "The health board", "has posted", ""),
         ("Diolch am eich amynedd 🙏", "The health board", "has posted", "")],
        [("4:12 PM · Mar 9, 2026", "", "", "B")],
        [("218 Reposts   604 Likes", "", "", "B")],
        [("Rhodri Tregelles", "", "", "B")],
        [("15:58", "", "", "B")],
        [("Health Secretary Elin Pumphrey MS has made a statement in the Senedd.", "", "", "")],
        [("She told Members of the Senedd the attack was “serious and deliberate”.", "Elin Pumphrey", "told Members of the Senedd", ""),
         ("She said the Welsh Government was working with the National Cyber Security Centre and the police.", "Elin Pumphrey", "said", "W")],
        [("“I want to be clear that no ransom will be paid,” she said.", "Elin Pumphrey", "said", "")],
        [("The Welsh Conservatives' health spokesperson, Gareth ap Tomos MS, asked why the health board was still running a patient records system that the Auditor General for Wales had warned was out of date in 2023.", "Gareth ap Tomos", "asked", "W")],
        [("Pumphrey said she would not comment on “operational details” while the investigation continued.", "Elin Pumphrey", "said", "")],
        [("Bethan Cynfelyn", "", "", "B")],
        [("15:31", "", "", "B")],
        [("‘They're doing everything with pen and paper’", "", "", "")],
        [("Outside the main entrance at Glanrhosydd, Glenys Pryddon, 74, said she had waited three hours for a blood test before being told to come back on Thursday.", "Glenys Pryddon", "said", "W")],
        [("“They're doing everything with pen and paper,” she said.", "Glenys Pryddon", "said", ""),
         ("“The poor nurses are run off their feet!”", "Glenys Pryddon", "said", "")],
        [("Her husband, Alun, said he was “not surprised at all” after the problems with the hospital's computers last winter.", "Alun", "said", "")],
        [("Rhodri Tregelles", "", "", "B")],
        [("14:50", "", "", "B")],
        [("What is a ransomware attack?", "", "", "")],
        [("Ransomware is malicious software that locks an organisation's files until a payment is made, usually in cryptocurrency.", "", "", "W"),
         ("The health board has not said whether this was a ransomware attack.", "The health board", "has not said", "")],
        [("Dr Siân Carreg-Lwyd, a lecturer in cyber security at Glaslyn Metropolitan University, said hospitals were an attractive target because they could not afford to be offline for long.", "Siân Carreg-Lwyd", "said", "")],
        [("“Since 2020 there have been at least 11 serious attacks on health bodies in the UK that we know about,” she said.", "Siân Carreg-Lwyd", "said", "W"),
         ("“Those are just the ones that were made public.”", "Siân Carreg-Lwyd", "said", "")],
        [("Bethan Cynfelyn", "", "", "B")],
        [("13:05", "", "", "B")],
        [("Ambulance diversions", "", "", "")],
        [("The Welsh Ambulance Service said 14 ambulances had been diverted to Ysbyty Caerwen and two other hospitals since 06:00.", "The Welsh Ambulance Service", "said", "W"),
         ("It asked people to call 999 only in a genuine emergency.", "The Welsh Ambulance Service", "asked", "")],
        [("Rhodri Tregelles", "", "", "B")],
        [("09:12", "", "", "B")],
        [("Good morning and welcome to our live coverage of the IT failure at Cwm Tawelog University Health Board.", "", "", "B"),
         ("We'll bring you the latest updates throughout the day.", "", "", "B")],
        [("Bethan Cynfelyn", "", "", "B")],
        [("Load more updates", "", "", "B")],
        [("Back to top", "", "", "B")],
        [("Have you been affected?", "", "", "B"),
         ("Email the newsdesk at news@dyfedvoice.co.uk.", "", "", "B")],
        [("© 2026 Dyfed Voice Media Ltd", "", "", "B")],
    ],
    [  # 10. Philippine news site running a wire story: a blast at an Indonesian nickel smelter (wire story with credits)
        [("Tanod Daily", "", "", "B")],
        [("News   Nation   World   Business   Sports   Lifestyle   Opinion", "", "", "B")],
        [("World › Asia-Pacific", "", "", "B")],
        [("Blast at Indonesian nickel smelter kills 14, injures dozens", "", "", "W")],
        [("Harbourwire", "", "", "B")],
        [("March 9, 2026 | 9:26 PM", "", "", "B")],
        [("Share   Tweet   Email", "", "", "B")],
        [("Summary", "", "", "B")],
        [("• Furnace explodes at PT Sambaru Nikel Perkasa smelter", "", "", "W")],
        [("• 14 dead, 38 injured, police say", "police", "say", "W")],
        [("• Second deadly accident at the industrial park in 14 months", "", "", "W")],
        [("• Company says it is cooperating with investigators", "PT Sambaru Nikel Perkasa", "says", "")],
        [("SAMBARU, Indonesia, March 9 (Harbourwire) - An explosion at a nickel smelter on Indonesia's Sulawesi island killed 14 workers and injured 38 on Monday, police said, the second deadly accident at the Chinese-backed industrial park in just over a year.", "police", "said", "W")],
        [("The blast happened at about 5:40 a.m. local time (2140 GMT on Sunday) while workers were repairing a furnace at a plant operated by PT Sambaru Nikel Perkasa, said Adj. Sr. Comr. Hendra Wiratmaja, the local police chief.", "Hendra Wiratmaja", "said", "W")],
        [("Some of the injured had burns to more than half their bodies and were flown to Makassar, he said.", "Hendra Wiratmaja", "said", "W")],
        [("Sambaru Nikel Perkasa, a joint venture between China's Jinhuan Alloy Group and Indonesia's PT Maluku Tambang Sejahtera Tbk, said in a statement it was cooperating with police and had stopped work on the furnace line.", "Sambaru Nikel Perkasa", "said in a statement", "W"),
         ("It did not say what caused the explosion.", "PT Sambaru Nikel Perkasa", "did not say", "")],
        [("Jinhuan Alloy did not respond to a request for comment.", "Jinhuan Alloy", "did not respond to a request for comment", "")],
        [("Rescue workers carry a victim at the Sambaru Industrial Park in Central Sulawesi province, Indonesia, March 9, 2026, in this screen grab taken from a video.", "", "", ""),
         ("Sambaru Police/Handout via HARBOURWIRE", "", "", "B")],
        [("THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.", "", "", "B"),
         ("NO RESALES.", "", "", "B"),
         ("NO ARCHIVES", "", "", "B")],
        [("Purchase Licensing Rights", "", "", "B")],
        [("The Sulawesi Metal Workers Federation, a union that represents about 9,000 workers at the park, said managers had ignored complaints about gas leaks at the furnace for weeks.", "The Sulawesi Metal Workers Federation", "said", "W")],
        [("“We told them again and again,” the federation's secretary general, Yusuf Pardamean, said by phone.", "Yusuf Pardamean", "said", ""),
         ("“Now 14 families have lost a father.”", "Yusuf Pardamean", "said", "")],
        [("Indonesia's Ministry of Manpower said it had sent a team of inspectors to the site and would review safety at every smelter in the park.", "Indonesia's Ministry of Manpower", "said", "W")],
        [("The Philippines' Department of Migrant Workers said in Manila that two Filipino technicians were among the injured and were in stable condition.", "The Philippines' Department of Migrant Workers", "said", "W")],
        [("Indonesia, the world's biggest producer of nickel, has drawn billions of dollars of Chinese investment in smelters since it banned exports of nickel ore in 2020.", "", "", "W"),
         ("The metal is used in stainless steel and in batteries for electric vehicles.", "", "", "W")],
        [("At least 21 workers were killed in a fire at another smelter in the same park in January 2025, according to police.", "police", "according to", "W")],
        [("“This is a pattern, not an accident,” said Ratna Simanjuntak-Lubis, a researcher at the Jakarta-based Mining Justice Network.", "Ratna Simanjuntak-Lubis", "said", "")],
        [("Benchmark nickel on the London Metal Exchange rose 1.8% to $17,340 a metric ton by 0830 GMT.", "", "", "W")],
        [("(Reporting by Yohanes Ardiansyah in Sambaru and Fitri Wulandaru in Jakarta; Additional reporting by Qiao Liwei in Beijing; Writing by Marcus Rennell-Tatum; Editing by Kate Mayhew and Gopal Venkatachalapathy)", "", "", "B")],
        [("Our Standards: The Harbourwire Trust Principles.", "", "", "B")],
        [("This story was published from a wire agency feed without modifications to the text.", "", "", "B")],
        [("Related", "", "", "B")],
        [("OFWs in Indonesian smelter towns urged to register with embassy", "", "", "B")],
        [("Nickel prices slip as Chinese demand cools", "", "", "B")],
        [("© 2026 Tanod Media Corp.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 11. New Zealand regional paper's site: a day at a school with seven pupils (feature with scene-setting)
        [("The Hokowhiti Herald", "", "", "B")],
        [("News   Sport   Rural   Business   Lifestyle   Opinion   Puzzles", "", "", "B")],
        [("Rural life", "", "", "B")],
        [("Seven pupils, one teacher and 40km of gravel: a day at the school at the end of the road", "", "", "")],
        [("Maungakiri School has been open since 1911.", "", "", "W"),
         ("Its principal hopes it will still be there when her youngest pupil leaves.", "Mereana Karauria-Pratley", "hopes", "")],
        [("By Tessa Wainfleet", "", "", "B")],
        [("Photos: Jock Taite", "", "", "B")],
        [("5:00am Saturday, 14 March 2026", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("The school bell at Maungakiri is a brass handbell, and at 8.55am the eldest pupil, 12-year-old Hinewai, rings it from the veranda hard enough to set the farm dogs barking across the road.", "", "", ""),
         ("Six other children come in from the paddock that serves as a playground.", "", "", "")],
        [("That's the whole roll.", "", "", "")],
        [("Maungakiri School sits 40km up a gravel road from the nearest town, Ōtaramoa, at the head of a valley where sheep and beef farms give way to native bush.", "", "", "W")],
        [("It opened in 1911 with 23 pupils, according to a history compiled for its centenary, and still had 31 as recently as 1986.", "a history compiled for its centenary", "according to", "W"),
         ("Today it has seven, aged five to 12, and one full-time teacher, who is also the principal, the caretaker and, on Fridays, the cook.", "", "", "W")],
        [("“People ask me what I do all day,” says Mereana Karauria-Pratley, who has run the school since 2017.", "Mereana Karauria-Pratley", "says", ""),
         ("“I tell them I do everything, and then I drive home and do the marking.”", "Mereana Karauria-Pratley", "says", "")],
        [("On the morning I visit, the seniors are measuring the slope of the creek bank for a maths project while the two new entrants sort pāua shells on the mat.", "", "", "")],
        [("Under the Ministry of Education's staffing formula, a school of Maungakiri's size is funded for one full-time teacher and 10 hours a week of office help.", "", "", "W"),
         ("When Karauria-Pratley has to go to a course in town, the school pays for a reliever out of its own fundraising.", "", "", "W")],
        [("In 2019 the ministry consulted on merging the school with Ōtaramoa School, 40km down the valley, but dropped the idea after receiving 180 submissions, almost all of them opposed.", "", "", "W")],
        [("A ministry spokesperson said there were no current plans to review the school's future.", "A ministry spokesperson", "said", "W"),
         ("“Small rural schools play an important role in their communities,” the spokesperson said.", "A ministry spokesperson", "said", "")],
        [("For the Tarewa-Reeves family, who farm 1,400 hectares at the top of the valley, the school is the reason they stayed.", "", "", "")],
        [("Hemi Tarewa-Reeves went to Maungakiri himself, as did his father.", "", "", ""),
         ("“If the school goes, the valley goes,” he says, leaning on the gate while his youngest, Ariki, runs for the bus.", "Hemi Tarewa-Reeves", "says", "")],
        [("“Who's going to put a five-year-old on a bus for an hour and a half each way?", "Hemi Tarewa-Reeves", "says", ""),
         ("Not me.”", "Hemi Tarewa-Reeves", "says", "")],
        [("The school bus, a 22-seat minibus that Karauria-Pratley sometimes drives herself, does a 96km round trip every afternoon.", "", "", "W")],
        [("Every Thursday, Koro Tipene Rangiawha comes in from the marae down the road to teach te reo Māori and the stories of the valley.", "", "", "")],
        [("“These kids know every stream and every hill by name,” he says.", "Tipene Rangiawha", "says", ""),
         ("“How many city kids can say that?”", "Tipene Rangiawha", "says", "")],
        [("At 12.30pm the whole school eats together at one long table.", "", "", ""),
         ("Today it's mince on toast, cooked by Karauria-Pratley in the staffroom, which is also the library.", "", "", "")],
        [("Hinewai, who will start at a boarding school in Hamilton next year, says she will miss the quiet most.", "Hinewai", "says", ""),
         ("“At big schools there's, like, 30 kids in one class!” she says, as if describing a riot.", "Hinewai", "says", "")],
        [("Across New Zealand, 112 state schools had fewer than 20 pupils last year, according to ministry data.", "ministry data", "according to", "W"),
         ("Eleven had fewer than 10.", "", "", "W")],
        [("At 3pm Hinewai rings the bell again.", "", "", ""),
         ("The minibus is already running.", "", "", "")],
        [("Karauria-Pratley says she would like to stay until Ariki, who is five, finishes Year 8.", "Mereana Karauria-Pratley", "says", "")],
        [("“That's seven more years,” she says.", "Mereana Karauria-Pratley", "says", ""),
         ("“After that, we'll see.”", "Mereana Karauria-Pratley", "says", "")],
        [("Tessa Wainfleet is the Herald's rural affairs reporter.", "", "", "B"),
         ("This story was supported by the Rural Stories Trust.", "", "", "B")],
        [("More from Rural life", "", "", "B")],
        [("Shearing gang sets new record at Ōtaramoa A&P Show", "", "", "B")],
        [("Why the valley's last petrol station is staying open", "", "", "B")],
        [("© 2026 Hokowhiti Media Limited", "", "", "B")],
    ],
    [  # 12. Nigerian national daily's site: what new electricity tariff bands mean for customers (explainer with fact box)
        [("The Lagoonside Post", "", "", "B")],
        [("News   Politics   Business   Sports   Entertainment   Opinion   Features   Explainers", "", "", "B")],
        [("EXPLAINER", "", "", "B")],
        [("Electricity tariff review: What the new bands mean for your bill", "", "", "")],
        [("By Chidinma Ebri-Uzoechi", "", "", "B")],
        [("March 16, 2026", "", "", "B")],
        [("5 min read", "", "", "B")],
        [("The Nigerian Electricity Regulatory Commission (NERC) last week approved new tariffs for customers on Bands B to E, raising rates by between 9 and 17 per cent from April 1.", "", "", "W")],
        [("Band A customers, who were moved to a cost-reflective tariff in 2024, will see no change for now.", "", "", "W")],
        [("Here is what the changes mean, and how to check which band you are on.", "", "", "B")],
        [("What are the bands?", "", "", "")],
        [("Since 2024, customers have been grouped into five bands, A to E, according to how many hours of supply their feeder is meant to get each day.", "", "", "W")],
        [("Band A feeders are meant to supply at least 20 hours a day, Band B at least 16 hrs, Band C at least 12 hrs, Band D at least 8 hrs and Band E at least 4 hrs.", "", "", "W"),
         ("About 5.4 million of the country's approx. 13.1 million registered customers have prepaid meters, the commission says.", "the commission", "says", "W")],
        [("If a feeder consistently delivers fewer hours than its band promises, the distribution company (DisCo) must move its customers to a lower band, e.g. from Band B to Band C.", "", "", "W")],
        [("How much more will I pay?", "", "", "")],
        [("Under the new order, Band B customers will pay ₦72.40/kWh, up from ₦63.30.", "", "", "W"),
         ("For Band C, the rate rises to ₦58.75/kWh from ₦50.80.", "", "", "W")],
        [("A Band B household that uses 150 kWh a month would pay about ₦10,860 before VAT, ₦1,365 more than now, according to the Lagoonside Post's calculations from the commission's tariff schedule.", "the Lagoonside Post's calculations from the commission's tariff schedule", "according to", "W"),
         ("VAT is charged at 7.5 per cent on top.", "", "", "W")],
        [("Why is this happening?", "", "", "")],
        [("NERC says the increases are needed because the naira has lost value and the cost of the gas used by power plants, which is priced in dollars, has risen.", "NERC", "says", "W"),
         ("It says the government spent ₦1.94 trillion last year subsidising electricity for customers on Bands B to E.", "The Nigerian Electricity Regulatory Commission", "says", "W")],
        [("The Minister of Power, Engr. Babatunde Ogunmekan-Ibidapo, said on Friday that the review would “bring in investment and light up homes”.", "Babatunde Ogunmekan-Ibidapo", "said", "")],
        [("The Nigeria Labour Congress (NLC) rejected the increase and said its National Executive Council would meet on Wednesday to decide its next steps.", "The Nigeria Labour Congress", "said", "W")],
        [("“You cannot ask Nigerians to pay more for electricity they do not get,” the congress's general secretary, Comrade Ifeoluwa Durojaye-Ameh, said in a statement.", "Ifeoluwa Durojaye-Ameh", "said in a statement", "")],
        [("A consumer group, the Electricity Consumers' Forum, said a survey of 1,200 households in Lagos and Ibadan found that 58 per cent of those billed as Band B got fewer than 16 hours of supply a day in February.", "the Electricity Consumers' Forum", "said", "W")],
        [("How do I check my band?", "", "", "")],
        [("Your band should be printed on your bill, or on the receipt when you buy prepaid units.", "", "", "W")],
        [("To check online, enter your meter number on your DisCo's website or app.", "", "", "B")],
        [("What if I'm on the wrong band?", "", "", "")],
        [("Customers can complain to their DisCo and, if the complaint is not resolved within 15 working days, take it to NERC's forum office in their state.", "", "", "W")],
        [("The commission says it fined 11 DisCos a total of ₦3.2 billion last year for failing to downgrade feeders that did not deliver the promised hours.", "The commission", "says", "W")],
        [("What happens next?", "", "", "")],
        [("The new rates take effect on April 1.", "", "", "W"),
         ("NERC says it will review them again in July.", "NERC", "says", "W")],
        [("AT A GLANCE: New tariffs from April 1", "", "", "B")],
        [("• Band A: ₦209.50/kWh (unchanged)", "", "", "W")],
        [("• Band B: ₦72.40/kWh (was ₦63.30)", "", "", "W")],
        [("• Band C: ₦58.75/kWh (was ₦50.80)", "", "", "W")],
        [("• Band D: ₦41.20/kWh (was ₦37.80)", "", "", "W")],
        [("• Band E: ₦37.85/kWh (was ₦32.40)", "", "", "W")],
        [("• VAT: 7.5% on all bands", "", "", "W")],
        [("Source: NERC Multi-Year Tariff Order 2026", "", "", "B")],
        [("Do you have a story about your electricity supply?", "", "", "B"),
         ("Send us a message on WhatsApp: 0803 555 0192", "", "", "B")],
        [("Related", "", "", "B")],
        [("DisCos told to meter 2 million customers by December", "", "", "B")],
        [("Gas supply cut leaves three power plants idle", "", "", "B")],
        [("Tags: Electricity   NERC   Tariffs   DisCos", "", "", "B")],
        [("© 2026 Lagoonside Post Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h31-rt-hon-am-ends", "The Speaker, Rt. Hon. Ebenezer Tandoh-Quaicoe, suspended the sitting at 1:15 a.m. The House resumed 35 minutes later with the Minority benches empty.",
     ["The Speaker, Rt. Hon. Ebenezer Tandoh-Quaicoe, suspended the sitting at 1:15 a.m.", "The House resumed 35 minutes later with the Minority benches empty."]),
    ("h31-question-capital-told-journalists", "“How can you lay a report close to midnight and ask us to vote on it before dawn? This is not how a serious Parliament works,” Essandoh-Prempeh told journalists outside the Chamber.\nThe Majority Leader, Yaw Asamani-Manu, dismissed the walkout as “theatre for the cameras”. He noted that Minority MPs had themselves voted for the levy when it was introduced in 2024.",
     ["“How can you lay a report close to midnight and ask us to vote on it before dawn?", "This is not how a serious Parliament works,” Essandoh-Prempeh told journalists outside the Chamber.", "The Majority Leader, Yaw Asamani-Manu, dismissed the walkout as “theatre for the cameras”.", "He noted that Minority MPs had themselves voted for the levy when it was introduced in 2024."]),
    ("h31-comment-block", "Comments (3)\nKwesiNana77\n2 hours ago\n50 pesewas after all that noise? We are tired.\nEfo Dzikunu",
     ["Comments (3)", "KwesiNana77", "2 hours ago", "50 pesewas after all that noise?", "We are tired.", "Efo Dzikunu"]),
    ("h31-st-mid-sentence-llc", "The developer, Quellmore Street Partners LLC, will demolish the five-level ramp at 210 E. Locust St. and build a six-story building on the site, according to a development agreement approved as part of the vote. The city will also give the project up to $4.6 million in tax increment financing over 15 years.",
     ["The developer, Quellmore Street Partners LLC, will demolish the five-level ramp at 210 E. Locust St. and build a six-story building on the site, according to a development agreement approved as part of the vote.", "The city will also give the project up to $4.6 million in tax increment financing over 15 years."]),
    ("h31-question-asked-st-ends", "“Where are my customers supposed to park, two blocks away in the snow?” asked Gene Pruszkowiak, who owns the two-story building at 118 N. 3rd St. He said two of his three commercial tenants had told him they would leave if parking got any harder.\nThe new building will have 96 parking spaces for residents and 40 for the public, compared with 412 spaces in the ramp when it was open, according to the staff report.",
     ["“Where are my customers supposed to park, two blocks away in the snow?” asked Gene Pruszkowiak, who owns the two-story building at 118 N. 3rd St.", "He said two of his three commercial tenants had told him they would leave if parking got any harder.", "The new building will have 96 parking spaces for residents and 40 for the public, compared with 412 spaces in the ramp when it was open, according to the staff report."]),
    ("h31-ord-no-readings", "The rezoning, Ord. No. 26-014, changes the site from P-1 (public) to C-3 (downtown mixed use). City ordinances must be considered at three meetings unless the council votes to waive the rule, which it did not do Tuesday. The second reading is set for March 17.",
     ["The rezoning, Ord. No. 26-014, changes the site from P-1 (public) to C-3 (downtown mixed use).", "City ordinances must be considered at three meetings unless the council votes to waive the rule, which it did not do Tuesday.", "The second reading is set for March 17."]),
    ("h31-sec-starts-sentence-ave-ends", "Vahlkamp and Council Member Doug Kuehne voted no. Kuehne said he wanted the city to phase in the increase over two years.\nSec. 17.04(c) of the city code caps any single annual increase at 8%.\nIn other business, the council:\n• Approved a $318,000 contract with Brandholm Paving Inc. to resurface 1.4 miles of S. Grand Ave.\n• Appointed Wendell Otterbeck to the library board of trustees",
     ["Vahlkamp and Council Member Doug Kuehne voted no.", "Kuehne said he wanted the city to phase in the increase over two years.", "Sec. 17.04(c) of the city code caps any single annual increase at 8%.", "In other business, the council:", "• Approved a $318,000 contract with Brandholm Paving Inc. to resurface 1.4 miles of S. Grand Ave.", "• Appointed Wendell Otterbeck to the library board of trustees"]),
    ("h31-replied-colon-quote", "When the judge asked Leow whether he had anything to say, he replied: “I am sorry. I will pay back everything.”\nDistrict Judge Chay Wen Xuan said the offences involved a serious abuse of trust.",
     ["When the judge asked Leow whether he had anything to say, he replied: “I am sorry.", "I will pay back everything.”", "District Judge Chay Wen Xuan said the offences involved a serious abuse of trust."]),
    ("h31-ltd-before-co-regn", "Copyright © 2026 Straitsview Press Holdings Ltd. Co. Regn. No. 198412347W\nTerms & Conditions   Privacy Policy   Data Protection Policy",
     ["Copyright © 2026 Straitsview Press Holdings Ltd.", "Co. Regn. No. 198412347W", "Terms & Conditions   Privacy Policy   Data Protection Policy"]),
    ("h31-nb-headline-share-line", "Measles cases climb to 23 in northern N.B.; walk-in clinic opens Saturday in Kestlow\nMost of those infected were not vaccinated, province's top doctor says\nColette Thibodoire-Bourque\nPublished Mar 05, 2026  •  Last updated 6 hours ago  •  4 minute read\nShare this Story : Measles cases climb to 23 in northern N.B.; walk-in clinic opens Saturday in Kestlow",
     ["Measles cases climb to 23 in northern N.B.; walk-in clinic opens Saturday in Kestlow", "Most of those infected were not vaccinated, province's top doctor says", "Colette Thibodoire-Bourque", "Published Mar 05, 2026  •  Last updated 6 hours ago  •  4 minute read", "Share this Story : Measles cases climb to 23 in northern N.B.; walk-in clinic opens Saturday in Kestlow"]),
    ("h31-nb-dateline-dr-said", "KESTLOW, N.B. — The number of confirmed measles cases in northern New Brunswick has risen to 23, up from nine a week ago, the province's chief medical officer of health said Wednesday.\nDr. Yvette Caissie-Morneault told reporters in Fredericton that 19 of the 23 people infected had not been vaccinated, and that the vaccination status of two others was unknown. Six have been admitted to hospital, including two children under five, she said. No one has died.",
     ["KESTLOW, N.B. — The number of confirmed measles cases in northern New Brunswick has risen to 23, up from nine a week ago, the province's chief medical officer of health said Wednesday.", "Dr. Yvette Caissie-Morneault told reporters in Fredericton that 19 of the 23 people infected had not been vaccinated, and that the vaccination status of two others was unknown.", "Six have been admitted to hospital, including two children under five, she said.", "No one has died."]),
    ("h31-nb-ends-sentence", "A case was also confirmed last week in a traveller who passed through the airport in Moncton, N.B. That person has recovered, the department said.",
     ["A case was also confirmed last week in a traveller who passed through the airport in Moncton, N.B.", "That person has recovered, the department said."]),
    ("h31-quote-split-mid-paragraph", "Réjean Thibeault-Pinet, 68, said he had come for a dose because he was not sure whether he had had measles as a boy. “My mother always said I did. My sister says it was her,” he said.",
     ["Réjean Thibeault-Pinet, 68, said he had come for a dose because he was not sure whether he had had measles as a boy.", "“My mother always said I did.", "My sister says it was her,” he said."]),
    ("h31-cents-bn-ends", "Headline earnings per share (HEPS) fell to 186.4c in the six months to 31 December from 242.1c a year earlier, the group said in results published on Sens on Thursday. Revenue fell 4.2% to R9.73bn. Like-for-like sales, which strip out stores opened or closed during the period, were down 5.1%.\nThe interim dividend was cut to 74c from 112c.",
     ["Headline earnings per share (HEPS) fell to 186.4c in the six months to 31 December from 242.1c a year earlier, the group said in results published on Sens on Thursday.", "Revenue fell 4.2% to R9.73bn.", "Like-for-like sales, which strip out stores opened or closed during the period, were down 5.1%.", "The interim dividend was cut to 74c from 112c."]),
    ("h31-gen-sp-nov-circa", "The animal, named Pelgarrodon nambirrae (gen. et sp. nov.), weighed an estimated 300 to 400 kg and lived until at least c. 52,000 years ago, according to a paper published today in the journal Austral Palaeovertebrata.\nThe fossils, including a near-complete lower jaw and parts of both forelimbs, were found between 2019 and 2023 in Kuranjee Cave, west of Cairns, on land managed by the Yarrabinda Aboriginal Corporation.",
     ["The animal, named Pelgarrodon nambirrae (gen. et sp. nov.), weighed an estimated 300 to 400 kg and lived until at least c. 52,000 years ago, according to a paper published today in the journal Austral Palaeovertebrata.", "The fossils, including a near-complete lower jaw and parts of both forelimbs, were found between 2019 and 2023 in Kuranjee Cave, west of Cairns, on land managed by the Yarrabinda Aboriginal Corporation."]),
    ("h31-genus-initial-starts-sentence", "Co-author Assoc. Prof. Callum Wyvernhurst, of the Queensland Museum, said P. nambirrae was the largest marsupial yet found in the Wet Tropics.\nP. nambirrae was about the size of a small cow, but had long, powerful forelimbs ending in curved claws. The researchers think it may have used them to pull branches down to its mouth, as some extinct ground sloths in South America are thought to have done.",
     ["Co-author Assoc. Prof. Callum Wyvernhurst, of the Queensland Museum, said P. nambirrae was the largest marsupial yet found in the Wet Tropics.", "P. nambirrae was about the size of a small cow, but had long, powerful forelimbs ending in curved claws.", "The researchers think it may have used them to pull branches down to its mouth, as some extinct ground sloths in South America are thought to have done."]),
    ("h31-vs-ka-fig", "Its lower molars are up to 4.6 cm long, vs. about 3 cm in diprotodontids of a similar size.\nThe team dated the sediment around the bones to between 58 and 52 thousand years ago (ka) using optically stimulated luminescence, which measures when grains of quartz were last exposed to sunlight. Two teeth dated directly gave results consistent with the sediment ages (Fig. 3 in the paper).",
     ["Its lower molars are up to 4.6 cm long, vs. about 3 cm in diprotodontids of a similar size.", "The team dated the sediment around the bones to between 58 and 52 thousand years ago (ka) using optically stimulated luminescence, which measures when grains of quartz were last exposed to sunlight.", "Two teeth dated directly gave results consistent with the sediment ages (Fig. 3 in the paper)."]),
    ("h31-et-al-question-subhead", "A 2021 study by Larkstone et al. had suggested that most large marsupials in the region were gone by 60,000 years ago. The new dates push that back by at least 8,000 years for one species.\nA long overlap?\nWhether people helped drive the animal to extinction is not known. The oldest evidence of people in the region is about 50,000 years old.",
     ["A 2021 study by Larkstone et al. had suggested that most large marsupials in the region were gone by 60,000 years ago.", "The new dates push that back by at least 8,000 years for one species.", "A long overlap?", "Whether people helped drive the animal to extinction is not known.", "The oldest evidence of people in the region is about 50,000 years old."]),
    ("h31-hurling-frees-65", "Furlaine, who finished with 1-11 (0-8f, 0-1 '65), pointed two frees, and substitute Padge Ó Murchú and wing-back Rory Lacey-Dwain added a point each to leave two between the sides.\nThen, with Kilteague holding on, Lacey-Dwain's long delivery broke off a cluster of bodies and Furlaine flicked it past goalkeeper Ger Sinnott from close range. It was the first time all afternoon that Ballinavoran had been in front.",
     ["Furlaine, who finished with 1-11 (0-8f, 0-1 '65), pointed two frees, and substitute Padge Ó Murchú and wing-back Rory Lacey-Dwain added a point each to leave two between the sides.", "Then, with Kilteague holding on, Lacey-Dwain's long delivery broke off a cluster of bodies and Furlaine flicked it past goalkeeper Ger Sinnott from close range.", "It was the first time all afternoon that Ballinavoran had been in front."]),
    ("h31-scorers-lines", "SCORERS — Ballinavoran: C Furlaine 1-11 (0-8f, 0-1 '65); D Lacey 1-2; R Lacey-Dwain 0-2; M Boggan 0-2; P Ó Murchú 0-1; E Colclough-Rossall 0-1. Kilteague: S Wheelock 0-10 (0-8f); N Breslane-Hore 1-3; K Redmond-Cloney 0-3; A Toibín-Carley 0-2; D Wadding 0-2.",
     ["SCORERS — Ballinavoran: C Furlaine 1-11 (0-8f, 0-1 '65); D Lacey 1-2; R Lacey-Dwain 0-2; M Boggan 0-2; P Ó Murchú 0-1; E Colclough-Rossall 0-1.", "Kilteague: S Wheelock 0-10 (0-8f); N Breslane-Hore 1-3; K Redmond-Cloney 0-3; A Toibín-Carley 0-2; D Wadding 0-2."]),
    ("h31-fr-park-byline-caption", "Wexford SHC final: Ballinavoran 2-19 Kilteague 1-20\nBrendan Mac Craith at Fr. Colfer Park\nMonday, 12 October 2026\nBallinavoran captain Eoin Colclough-Rossall lifts the Canon Fitzsimmonds Cup at Fr. Colfer Park on Sunday. Picture: Padraig Toibín",
     ["Wexford SHC final: Ballinavoran 2-19 Kilteague 1-20", "Brendan Mac Craith at Fr. Colfer Park", "Monday, 12 October 2026", "Ballinavoran captain Eoin Colclough-Rossall lifts the Canon Fitzsimmonds Cup at Fr. Colfer Park on Sunday.", "Picture: Padraig Toibín"]),
    ("h31-exclaim-closes-quote-capital", "“The lads just refused to lie down. Where that came from, I honestly don't know!”\nColclough-Rossall also captained the side in the 2019 final, which Ballinavoran lost to Kilteague by nine points. He said Sunday's win was for “everyone who stood on the bank in the bad years”.",
     ["“The lads just refused to lie down.", "Where that came from, I honestly don't know!”", "Colclough-Rossall also captained the side in the 2019 final, which Ballinavoran lost to Kilteague by nine points.", "He said Sunday's win was for “everyone who stood on the bank in the bad years”."]),
    ("h31-qa-ms-mr-prefixes", "The monsoon is expected in Pune in the second week of June. Is the city ready?\nMs. Kelshikar-Sawant: Readier than last year, certainly. We have cleaned 375 km of the 412 km, and the rest will be finished by May 31. But I will not tell you the city will not flood.\nMr. Gadgilwar: If I may add, we have installed 26 new dewatering pumps at the 14 chronic flooding spots identified after last year's rain. Each pump can move 1,500 litres a minute.",
     ["The monsoon is expected in Pune in the second week of June.", "Is the city ready?", "Ms. Kelshikar-Sawant: Readier than last year, certainly.", "We have cleaned 375 km of the 412 km, and the rest will be finished by May 31.", "But I will not tell you the city will not flood.", "Mr. Gadgilwar: If I may add, we have installed 26 new dewatering pumps at the 14 chronic flooding spots identified after last year's rain.", "Each pump can move 1,500 litres a minute."]),
    ("h31-rs-crore-question-answer", "The Rs. 412-crore storm water drain project was supposed to be finished by December 2024. What happened?\nMs. Kelshikar-Sawant: Two things. The contractor for Packages 3 and 4 went into insolvency in 2024, and we had to retender. And the cost of steel went up by about 30%. We have spent Rs. 287 crore so far, and 61% of the work is done. The new deadline is June 2026.",
     ["The Rs. 412-crore storm water drain project was supposed to be finished by December 2024.", "What happened?", "Ms. Kelshikar-Sawant: Two things.", "The contractor for Packages 3 and 4 went into insolvency in 2024, and we had to retender.", "And the cost of steel went up by about 30%.", "We have spent Rs. 287 crore so far, and 61% of the work is done.", "The new deadline is June 2026."]),
    ("h31-laughs-bracket-am-ends", "Last question. Do you sleep during the monsoon?\nMr. Gadgilwar: Very little. (Laughs.)\nMs. Kelshikar-Sawant: He is being honest. Last July I was at the Bhoirwadi underpass until 2 a.m. The fire brigade pulled two cars out of the water that night.",
     ["Last question.", "Do you sleep during the monsoon?", "Mr. Gadgilwar: Very little.", "(Laughs.)", "Ms. Kelshikar-Sawant: He is being honest.", "Last July I was at the Bhoirwadi underpass until 2 a.m.", "The fire brigade pulled two cars out of the water that night."]),
    ("h31-live-embedded-post", "16:20\nThe health board has posted this advice for patients on X:\nCwm Tawelog UHB\n@CwmTawelogUHB\nIf you have an appointment tomorrow and have not been contacted, please attend as normal. Bring a list of your medicines with you, as staff cannot see electronic records at the moment. Diolch am eich amynedd 🙏\n4:12 PM · Mar 9, 2026\n218 Reposts   604 Likes",
     ["16:20", "The health board has posted this advice for patients on X:", "Cwm Tawelog UHB", "@CwmTawelogUHB", "If you have an appointment tomorrow and have not been contacted, please attend as normal.", "Bring a list of your medicines with you, as staff cannot see electronic records at the moment.", "Diolch am eich amynedd 🙏", "4:12 PM · Mar 9, 2026", "218 Reposts   604 Likes"]),
    ("h31-wire-dateline-police-rank", "SAMBARU, Indonesia, March 9 (Harbourwire) - An explosion at a nickel smelter on Indonesia's Sulawesi island killed 14 workers and injured 38 on Monday, police said, the second deadly accident at the Chinese-backed industrial park in just over a year.\nThe blast happened at about 5:40 a.m. local time (2140 GMT on Sunday) while workers were repairing a furnace at a plant operated by PT Sambaru Nikel Perkasa, said Adj. Sr. Comr. Hendra Wiratmaja, the local police chief.",
     ["SAMBARU, Indonesia, March 9 (Harbourwire) - An explosion at a nickel smelter on Indonesia's Sulawesi island killed 14 workers and injured 38 on Monday, police said, the second deadly accident at the Chinese-backed industrial park in just over a year.", "The blast happened at about 5:40 a.m. local time (2140 GMT on Sunday) while workers were repairing a furnace at a plant operated by PT Sambaru Nikel Perkasa, said Adj. Sr. Comr. Hendra Wiratmaja, the local police chief."]),
    ("h31-third-party-caps-notice", "Rescue workers carry a victim at the Sambaru Industrial Park in Central Sulawesi province, Indonesia, March 9, 2026, in this screen grab taken from a video. Sambaru Police/Handout via HARBOURWIRE\nTHIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES\nPurchase Licensing Rights",
     ["Rescue workers carry a victim at the Sambaru Industrial Park in Central Sulawesi province, Indonesia, March 9, 2026, in this screen grab taken from a video.", "Sambaru Police/Handout via HARBOURWIRE", "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.", "NO RESALES.", "NO ARCHIVES", "Purchase Licensing Rights"]),
    ("h31-question-capital-inside-quote", "Hemi Tarewa-Reeves went to Maungakiri himself, as did his father. “If the school goes, the valley goes,” he says, leaning on the gate while his youngest, Ariki, runs for the bus.\n“Who's going to put a five-year-old on a bus for an hour and a half each way? Not me.”",
     ["Hemi Tarewa-Reeves went to Maungakiri himself, as did his father.", "“If the school goes, the valley goes,” he says, leaning on the gate while his youngest, Ariki, runs for the bus.", "“Who's going to put a five-year-old on a bus for an hour and a half each way?", "Not me.”"]),
    ("h31-ng-fact-box", "AT A GLANCE: New tariffs from April 1\n• Band A: ₦209.50/kWh (unchanged)\n• Band B: ₦72.40/kWh (was ₦63.30)\n• Band C: ₦58.75/kWh (was ₦50.80)\n• Band D: ₦41.20/kWh (was ₦37.80)\n• Band E: ₦37.85/kWh (was ₦32.40)\n• VAT: 7.5% on all bands\nSource: NERC Multi-Year Tariff Order 2026",
     ["AT A GLANCE: New tariffs from April 1", "• Band A: ₦209.50/kWh (unchanged)", "• Band B: ₦72.40/kWh (was ₦63.30)", "• Band C: ₦58.75/kWh (was ₦50.80)", "• Band D: ₦41.20/kWh (was ₦37.80)", "• Band E: ₦37.85/kWh (was ₦32.40)", "• VAT: 7.5% on all bands", "Source: NERC Multi-Year Tariff Order 2026"]),
]  # fmt: skip
