"""Seventieth held-out set of new hand-labelled pages for the hint engines (round forty-two; scored,
never tuned on): twelve WHOLE pages, head to tail, of news from twelve countries (Scotland, Ghana,
Canada (Manitoba), South Africa, Norway, the United States (Oregon), Malaysia, Uganda, Trinidad and
Tobago, Sri Lanka, the United Arab Emirates and Australia (Queensland)), one in each of the styles
issue 13 names: a PASTED PAGE with a COOKIE-CONSENT block and a PAYWALL block caught in the paste
(Scotland), a WIRE STORY with its credits line (Ghana), a LOCAL GOVERNMENT story (Canada), a rugby
SPORTS MATCH REPORT with a match-details box (South Africa), a SCIENCE STORY with a journal
reference (Norway), a LIVE BLOG with time-stamped entries (United States), a Q&A INTERVIEW with
name prefixes (Malaysia), a PRESS RELEASE on a distribution site (Uganda), an OPINION COLUMN with
the writer's note (Trinidad and Tobago), a BREAKING-NEWS page with updates (Sri Lanka), a BUSINESS
story with a MARKETS WIDGET (United Arab Emirates) and a COURT REPORT (Australia). Each page
carries its site's own furniture at the head, in the middle and at the tail, each worded its own
way. Hard speakers and hard splits come where the page brings them: speakers named after their
quotes, apposition and relative clauses between name and verb, titles to drop (Dr, Dr., Prof.,
Coun., Mayor, MSP, Eng., Hon., Datuk, SSP, Sgt., Det. Snr Const., Judge, Mr, Mr., Ms), a Malay name
whose later prefix is the given name, an Afrikaans particle written van inside the name and Van at
the head of a surname, a victim's statement read out by the prosecutor, pronouns whose nearest name
is someone else, groups and documents kept as written; abbreviations that end a sentence and ones
that do not. The pages hold 532 sentences: 240 "B", 170 "W" and 122 ""; 189 sentences carry a
speaker (92 distinct speakers). `STYLES` describes each page, its story, its speakers and its
furniture in order.

Written from scratch for issue 13 in round forty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened or
listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py` was
opened, nothing under `tests/benchmarks/` was opened or listed, and no README of the project was
read; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The search
and fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
(`/tmp/brief/common.md`; `/tmp/brief` and `/tmp/sets` were listed once at the start, the first
holding only the brief and the second empty); the module docstrings of `labelled_new.py` and
`labelled_new2.py` (printed whole with `ast.get_docstring`); from `labelled_new95.py` and
`labelled_new96.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`, saved to a file in a
scratch folder and printed with `sed` in ranges (where the tool cut the middle of a range, the cut
part was printed again, so all of it was seen), plus a second small script that printed the first
two pages and eight cases of `labelled_new96.py` again as plain tuples; `def build` in
`tests/text/labelled_articles.py` (printed by an `ast` script); and the `[tool.ruff]` table of
`pyproject.toml` (a `sed` range). No other page, case or docstring of any file under `tests/` was
read. What was run: a Python one-liner printing the calendars of November and December 2026 to
check weekdays; scripts of my own in a scratch folder that turn a small line format
(flag~speaker~cue~text, blank lines between paragraphs, aliases for speakers) into the literals
below, apply renames, cut the split cases out of the pages, and count sentences, flags and speakers
while checking that every speaker has a cue and every cue a speaker, no "B" line has a speaker, and
each cue occurs in its sentence or in the quote it continues (its paragraph or the next or previous
one); whole-word, case-insensitive per-word file counts (`grep -rilwF --include='*.py' -- WORD
/work/main/tests | wc -l`) for every capitalised word of these pages (each part of a hyphenated
name on its own) and for every candidate replacement; an import of this file with `build` on every
page and a check of four string fields, flags, 30 distinct case ids, every case text in a built
page and equal to its sentences joined by single spaces, each expected sentence one labelled
sentence, and the counts above; and the project's `ruff format` and `ruff check` on this file. Only
counts were read from the searches, never the matched lines or the names of the files. The
whole-word counts ran through every file under `tests/`, including ones this set must not open;
only their counts were read. The first draft's coined names hit about 160 words of other files
(given names and surnames of every country, and even odd coinages such as Hollowmere, Nordkyst,
Reefline, Pressline, Tallowfield, Kwaggas, Wellbrook and Cempaka, as well as the outlet word
Harmattan); each was renamed, a second round of candidates hit as well (many with a single file),
and only replacements with no hit were kept; a pass over every capitalised word found two more (a
given name and a coined street) and both were renamed, and a last pass over the finished pages, run
after other helpers' files had been added to `tests/`, found one more surname part, which was
renamed. What still hits is real places, regions and landmarks (Dundee, Angus, Fife, Perth,
Kinross, Holyrood, Accra, Kumasi, Sefwi, Dwinase, Ivory Coast, Brandon, Manitoba, Saskatoon,
Bloemfontein, Mangaung, Vaal, Karoo, Highveld, Johannesburg, Tromsø, Finnmark, Barents, Copenhagen,
Eugene, Cottage Grove, Willamette, Portland, Washington, Idaho, Penang, Butterworth, George Town,
Kuala Lumpur, Singapore, Lira, Kampala, Nairobi, Caroni, Chaguanas, Diego Martin, San Fernando,
Port of Spain, St. Augustine, Tobago, Colombo, Colombo Fort, the Mahaweli (a river, in the outlet's
name), Kandy, Kegalle, Badulla, Ratnapura, Dubai, Abu Dhabi, Sharjah, Ras Al Khaimah, Townsville,
Magnetic Island, Ross River and the like), common words and outlet words (Meridian, Beacon, Mirror,
Tribune, Sentinel, Grange, Charters, Guild, Insolvency, Kelp, Crab, Lie, Roll, Crown, Teaching and
the like), currency, market and time-zone words (Cedi, Dh, RM, UGX, Brent, FZ, LLC, PST), and
titles and abbreviations kept or dropped on purpose (Dr, Prof, Coun, MSP, Eng, Hon, Datuk, SSP,
Sgt, Det, Snr, Const, Mr, Ms, Ltd, Inc, Pty, Pvt, Sdn, Bhd, Co, Vol, Ecol, No, St, Ave).

Every person, outlet, wire service, distribution site, health board, hospital, campaign, union,
guild, council, association, firm, fund, institute, university, club, team, ground, cup, street,
avenue, road name, food court, bylaw, Act, report, journal, school, liquidator and figure is
invented. Real countries, regions, cities and places appear only as settings, with a few real
institutions named only as settings and never quoted: the NHS prefix of an invented board and
Holyrood (Scotland); the House of Representatives and the Ministry of Finance (Trinidad and
Tobago); Parliament and Colombo Fort station (Sri Lanka); the Dubai Financial Market and the DFM
and ADX index names in the widget (the figures are invented); Interstate 5 (Oregon); and the
Townsville District Court (Queensland). Facebook, X, WhatsApp, Telegram, Viber and LinkedIn appear
only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state hold too: furniture "B" line by line, whatever it says;
a caption by its content and its credit "B"; headlines and standfirsts never split and flagged by
content; a dateline belongs to its lead sentence; a speaker is the full name as first given without
titles, and a pronoun, a later surname, a role or a title resolves to it; an organisation's later
generic noun kept as written ("The company", "The council", "The department", "The paper", "The
report", "The spokesperson" resolved to the spokesperson as first given); "according to X" gives X
as written; a quote over several sentences carries its speaker and cue in each; a named person
acting without a verb of saying carries no speaker; "did not respond" like "declined to comment";
sport data lines "" and a box's title "B"; a journal reference line one "B" sentence; a wire
credits line one "B" sentence; Q&A answers carry the interviewee with the name prefix of the answer
as cue, the interviewer's turns no speaker unless they cite a source; live-blog time stamps and
entry bylines "B", entry headlines labelled like headlines.

Conventions this set had to settle, in the same spirit:

* Cookie-consent and paywall blocks caught in a paste are furniture: every line and every sentence
  of them is "B", the consent text, the buttons, the free-article count, the offer, "Cancel
  anytime.", "Already a subscriber?" and "Log in to keep reading." alike.
* Markets widget: its label and every index, commodity and currency line are "B", one per line;
  "Data delayed 15 min." and "Source: ..." are two "B" sentences; a stock-quote line placed
  mid-story is "B" like an advertisement.
* Press release: "FOR IMMEDIATE RELEASE", the released/source line, the "About ..." headings and
  their text (even where they state figures), the media contact, "###", the distribution line and
  the disclaimer are "B"; the dateline "LIRA, Uganda, 9 December 2026 /Newsdrum/ --" belongs to the
  lead, whose "today announced" makes the company the speaker; the release's own figures without a
  verb of saying carry no speaker and are "W"; construction and job forecasts are "".
* Opinion column: the writer is not a speaker; her facts of record are "W" with no speaker, her
  anecdote, opinions, rhetorical questions and close ""; the writer's note at the foot is "B" line
  by line like an author bio; "The Port of Spain-based Belmontine Policy Institute estimated" gives
  "Belmontine Policy Institute" (a place-based descriptor dropped) with the cue "estimated".
* Breaking news: "BREAKING NEWS", the developing-story note and each "UPDATE n (time)" and "FIRST
  REPORT (time)" label are "B" like live-blog time stamps; "Television footage showed" gives
  "Television footage" with the cue "showed", "" as a scene.
* Wire story: the "UPDATE 2-" prefix is part of the headline; "Ghana's cocoa regulator said" is
  kept as written; an anonymous official "who asked not to be named" is kept as written ("A senior
  council official"); "central bank data showed" gives "central bank data".
* Science story: "The study found" gives "The study" (cue "found"), "The authors wrote" gives "The
  authors"; "(p = 0.003)" stays in its sentence; "Annonse" (the Norwegian advertisement label) is
  "B"; the copyright, responsible-editor and ethics lines are three "B" sentences of one paragraph.
* Q&A: the interviewee's first prefix is her full name in capitals ("NORAIDAH MANSORUDIN:") and
  later ones her GIVEN name ("NORAIDAH:"), a Malay name having no surname; every sentence of an
  answer, including a continuation paragraph without a prefix, carries "Noraidah Mansorudin" and
  the prefix of its answer; a question citing "Council president Datuk Ridzwan Hamdani Yusriadi
  told the state assembly" carries him (the honorific Datuk dropped), and "Some stallholders
  complained" carries "Some stallholders" ("", cue "complained"); "Datuk Ridzwan" named inside her
  answer leaves her the speaker.
* Sports: "Dewald van Heerdenhof" keeps the small particle as first given, and "Van Heerdenhof
  said" (a capital Van at the head of the surname) resolves to him; the match-details lines with
  initials and "72 min." are "" data.
* Court: the judge's findings and reasons are "W" (cue "said"); "She ordered him to pay ..." is an
  order of record with no verb of saying and so no speaker; in "In a statement read to the court by
  Ms Worrallby-Tupouniua, Jodine Frankland-Oduyanke ... said", the victim is the speaker, and her
  quoted sentences carry "said in the statement"; "The liquidator, Seagrape Insolvency Partners,
  did not respond" gives the firm.
* Local government: "Advertisement 2", "Advertisement 3", the ad-not-loaded note, "Story continues
  below" and a "Share this Story : <headline>" line are "B"; a councillor named with "(Ward 2)" and
  two more councillors named inside her relative clause before "said" is the speaker, not they.
* Check-worthiness as in the recent sets: figures, dates, votes, decisions, orders, findings,
  filings and statements of record "W"; plans, intentions, forecasts, hedges ("would", "could",
  "may", "expected", "unlikely"), opinions, feelings, questions, advice and scene-setting "";
  private people's own lives (a mother's son at the unit, a victim's wedding, a passenger's ride, a
  hawker's own rent in 1999) "" while a business's, an association's or a union's figures (a
  laundromat's bill, a crab company's landings, the hawkers' survey) are "W".

Splits, as a reviewer wants them: "until 8pm." before "After that"; "Already a subscriber?" before
"Log in to keep reading."; a quote ending "..., notification,” Mr Dalgairn-Mairsland said." before
"He said"; "10.40pm" and "6.55am."; "Ltd." before "Complaints" and before "She said"; "Ltd.,
Accra." before "Prices delayed"; "Wellbrookes Ave. ran until 11:20 p.m." before "Council heard" and
"By-law No. 7781."; "Coun. ... (Ward 2), who voted against the bylaw with Coun. ... (Ward 9) and
Coun. ... (Ward 6), said"; "No. 8 Juriaan"; "Tries: T. ..., D. van Heerdenhof, penalty try." before
"Conversions:"; "(Ridgebacks, 72 min.)." before "Referee:"; "(Pty) Ltd." before "Reproduction";
"approx. 1,100 km"; "(p = 0.003)." before "The authors"; "Dr.", "Prof." and "Dr. ... who was not
involved"; "kl. 11:30"; "et al." inside the journal line; "Greenhollow St. in south Eugene shortly
after 1 p.m.," and "Police Sgt."; "4 a.m. Wednesday as"; "Rivermist Ave. and one"; "at 10 a.m."
before "County commissioners" and "Dec. 22." before "Commission chair"; "5:10 a.m., when"; "PST
Dec. 15"; "Jln. Padangsari"; "TT: ... e-wallet rule." before a one-word "Why?"; "TT: Last
question." before "What"; "Mine, of course!" before "But"; "Sdn. Bhd."; "said Eng. Opolot ..." and
"Dr. Wambuira" and "Hon. Ocen"; "per kWh." before "Customers"; "responsible for it." before
"Newsdrum does not"; "Nov. 20" and "Dec. 1,"; "Mr. Ramjattansingh-Greavesend also said"; "i.e.
about TT$38 million"; "St. Augustine." before "Her column"; "Co. Ltd."; "6 p.m. that"; "5.30 p.m.
that ... Rs. 1 million"; "No. 1015, which left Colombo Fort at 8.30 a.m., was" and "12.52 p.m."
before "He said"; "SSP"; "(Pvt) Ltd."; "15 min." before "Source:"; "Vol. 28.4m"; "the U.K. and
Germany"; "e.g. because of"; "Jan. 12." before "A spokesman"; "Pty Ltd, while" and "Pty Ltd went";
"Ms Worrallby-Tupouniua, Jodine ..."; "Mr Yoonhee-Bellringham asked"; "Det. Snr Const. Kerryn";
"Pty Ltd." before "Conditions of use". `HELDOUT_CASES` holds 30 sentence-split cases (id, text,
expected sentences), each a stretch of two to four consecutive sentences of one paragraph of these
pages joined by single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'Scottish regional daily\'s health page (Carsehaven, Angus, and Dundee), a PASTED PAGE with a COOKIE-CONSENT block at the head and a PAYWALL block mid-story caught in the paste: a health board closes a community hospital\'s overnight minor injuries unit from 1 February; the headline\'s health board confirms carrying the board as first named (NHS Strathbrae) and the lead\'s NHS Strathbrae confirmed; the committee vote, opening hours (8pm. before After) and distance in the writer\'s voice "W"; the chief operating officer with Dr dropped (a figure "W", her quote "" with she said); a committee paper through According to and then The paper says kept as written; an MSP after his seat (said, a quote over two sentences ending Mr and surname said, then He said on an intention ""); a retired GP in apposition with Dr dropped who told the Herald (bus times with pm and am "W") and then she said; a mother whose son\'s treatment is her own (""); A board spokeswoman said and She said (both "W", kept as written); a nursing union said (an intention ""); The ambulance service did not respond to a request for comment; a review through according to the committee\'s minutes; the standfirst\'s Campaigners say kept as written (masthead in capitals, cookie heading, two-sentence cookie text, consent buttons in capitals with pipes, date, weather and account strip, menu with pipes, section label with ›, headline, standfirst, byline name and role on two lines, published line with pm, share strip, caption of record and Image: credit with a slash, paywall count line, offer line and Cancel anytime., SUBSCRIBE NOW button, Already a subscriber? and Log in to keep reading., READ MORE link mid-story, story-tip question and email line, topics with pipes, comment prompt, Most popular list, copyright split at Ltd. before a complaints line)',
    'Ghanaian WIRE STORY on an agency\'s own site (Accra), the cocoa regulator cuts its crop forecast to 540,000 tons: an UPDATE 2- headline, an ACCRA, Dec 3 (Sahelwind Wire) - dateline lead through Ghana\'s cocoa regulator said kept as written, straight quotation marks and apostrophes throughout; the council\'s earlier cut in the writer\'s voice and the last crop through according to council data; the deputy chief executive named after his figures (told reporters), a quote "" with he said and He said on hectares "W"; A senior council official who asked not to be named (a could-forecast ""); Two Accra-based traders said ("W"); a futures price; an analyst named only AFTER her claim (said X, a softs analyst at ... Ltd.) and then She said (""); a co-operative chair with a relative clause who told Sahelwind Wire by phone (members\' losses "W") and a quote ""; According to a government task force; the farmgate price, the council\'s loan through The council said and export earnings through central bank data showed (masthead in capitals, menu with middle dots, section label, headline, two-name byline, date line with GMT and Updated, read time, a two-sentence newsletter sign-up mid-story, the credits line (Reporting by ...; additional reporting by ...; writing by ...; editing by ...) as one sentence, standards and republishing links, Keep reading list, copyright split at Ltd., Accra. before a prices-delayed line)',
    'Canadian local news site\'s City Hall page (Brandon, Manitoba), a LOCAL GOVERNMENT story, council votes 8-3 for an 11.5 per cent water and sewer rate rise: a BRANDON, Man. — dateline lead of record, the meeting on an avenue ending Ave. before ran and at 11:20 p.m. before Council, By-law No. 7781; a staff report through According to and then The report says; the mayor after the role word Mayor (a plant failing inspections "W", a quote over two sentences whose first is "" and second "W" with she said); the finance director named before her role in apposition who told council (gap and reserve "W"); a councillor with Coun. and (Ward 2) and two more councillors named in her relative clause before her said, then surname said with a quote ""; a second councillor by surname alone after the relative clause named him (said, ""; He said on arrears "W"); a seniors\' association president who told council (a vote "W"), then a quote with she said and a second quoted sentence with no new cue; a laundromat owner whose bill is a business\'s record "W" and whose price plan is ""; the mayor again by surname after Asked whether (a report date ""); A spokesperson for the province\'s environment department said in an email ("W") and The spokesperson said (a refusal ""); the standfirst with Jan. 1 and three no votes (masthead in capitals, city, date, temperature and account strip, menu in capitals, section label with a slash, headline, standfirst, byline name and programme on two lines, published line with bullets and read time, a Share this Story : line repeating the headline, caption and Photo by credit with a slash, Advertisement 2 and an ad-not-loaded note and Story continues below and Advertisement 3 mid-story, share prompt, Trending list, a comments note, copyright with Inc.)',
    'South African weekend paper\'s SPORTS MATCH REPORT (Bloemfontein), a provincial rugby semi-final won 27-24 with a 79th-minute penalty: the score headline with an Afrikaans particle in the kicker\'s surname (Van Heerdenhof\'s), the standfirst\'s Blesboks coach says carrying the coach; a BLOEMFONTEIN – lead; the scoring in the writer\'s voice (tries with No. 8, half-time 15-3, 17-15, a yellow card, a penalty try, 24-24) "W" and a judgement ""; the home coach named AFTER his quote (said Blesboks coach X), then a two-sentence quote ending he said (""), then his surname said on an injury "W" and He said on a hedge ""; the kicker by surname with a capital Van after a relative clause (said, a two-sentence quote ending Van Heerdenhof said) whose full name keeps the small van; the away captain named AFTER his quote (a penalty count "W") and a second quoted sentence with no cue, then He said on a card count "W" and an appeal ""; a match commissioner who confirmed a judicial review "W"; the crowd figure; a MATCH DETAILS box whose title is "B" and whose data lines are "" (tries with initials T. and D. and S. and J., conversions, penalties, a yellow card with 72 min., referee, attendance) (masthead in capitals, sport menu with pipes, section label with ❯, score headline, standfirst, byline with role, date and time line with a dash, share strip with slashes, caption "" and Picture: credit, Advertisement and READ ALSO mid-report, More list, copyright split at (Pty) Ltd. before a reproduction line)',
    'Norwegian English-language news site\'s SCIENCE STORY (Tromsø, Finnmark), kelp forests return on 81 of 212 urchin-stripped sites as king crabs eat the urchins: a TROMSØ – lead through according to a study published on Wednesday, the survey with approx. 1,100 km in the writer\'s voice "W"; the lead author with Dr. and a long apposition (urchin densities "W") and a two-sentence quote "" with she said and a following quoted sentence; The study found (p = 0.003) "W" and The authors wrote (a may-hedge ""); a co-author with Prof. and a relative clause (ruled out warmer water "W", he said on temperatures "W", He said on a next step ""); an outside ecologist with Dr. in Copenhagen (an opinion "", She said on other declines "W", a quote ""); a crab fisherman whose company\'s licence and landings are a business\'s record "W" and whose joke is ""; The fisheries ministry said in a statement (a plan "") and a quota through according to the ministry; funding of record; the standfirst\'s Researchers say kept as written (masthead in capitals, tagline and date strip, menu with pipes, section label with ›, headline, standfirst, byline, a Norwegian date line with kl. twice, share strip, caption "" and Photo: credit naming the institute, Annonse and an Also read link mid-story, a journal reference line with et al. as one "B" sentence, a tip question and email line, Most read list, copyright, responsible-editor line and code-of-ethics line in one paragraph)',
    'American local daily\'s LIVE BLOG (Eugene, Oregon), an ice storm with 84,000 customers without power, newest entry first: a What to know label "B" and three bullet points of record; time stamps in a.m. and p.m. "B", entry headlines labelled like headlines (Some customers may not have power until the weekend, utility says carrying Lanefield Electric Utility and ""; Where to warm up tonight ""; a forecast headline ""), entry bylines with a dash "B"; the utility said ("W"), its operations manager named after his forecast ("") and a quote with crew counts "W"; Eugene police said after a death on a street ending St. in and 1 p.m., then Police Sgt. dropped and He said; a neighbour named only AFTER her quote (""); warming centers on an avenue ending Ave. and, the county emergency manager\'s cots "W" and her plea ""; state transportation officials said (a reopening at 2:15 p.m., the closure since 5:10 a.m., when) and Officials urged (advice ""); a hospital\'s emergency director with Dr. (falls and hips "W", generator "W", a plea ""); Forecasters at the regional weather office in Portland said (4 a.m. Wednesday as, a forecast "") and they said (ice built up "W"); offices closed at 10 a.m. before County, a hearing moved to Dec. 22, and the commission chair on a local emergency "W"; a two-sentence welcome entry "" (masthead in capitals, date, weather and account strip, menu, LIVE label with a pipe, headline with a figure, standfirst "", staff byline, Updated line with PST and Dec., share strip, Advertisement mid-blog, a photos email line, Related list, copyright split before All rights reserved., legal-links line)',
    'Malaysian English daily\'s metro page (George Town, Penang), a Q&A INTERVIEW with the president of a hawkers\' welfare association on a 42% food-court rent rise and a cash ban: the headline carrying her through says (a forecast ""), a standfirst of record, a GEORGE TOWN: intro in the writer\'s voice (rent rise, Jan 1, Nov 24, the e-wallet rule "W"), her years at a stall on a road written Jln. mid-sentence and her office "W"; a shortened-and-edited note "B"; questions opening TT: with no speaker ("") unless they cite a source (The council says "W"; Some stallholders complained, "", followed by the one-word question Why?; Council president Datuk ... told the state assembly with the honorific Datuk dropped, "W"); answers opening with the full name in capitals (NORAIDAH MANSORUDIN:) the first time and her GIVEN name (NORAIDAH:) after, since a Malay name has no surname, every sentence carrying her full name and the prefix of its answer as cue, including a continuation paragraph with no prefix; her association\'s figures, survey, deadlines, request and meeting "W", her own rent of 1999, feelings, forecasts, exclamation, Manglish lah and jokes ""; Datuk Ridzwan inside her answer does not change the speaker; TT: Last question. as its own sentence (masthead in capitals, date and account strip with middle dots, menu with pipes, section label with >, headline, standfirst, byline in capitals, published line with MYT, share strip, caption "" and a dash credit in capitals with a slash, ADVERTISEMENT and an Also read link mid-interview, a story-tip question and WhatsApp line, tags and keywords line, Related News list, copyright with Sdn. Bhd. and a company number, legal-links line)',
    'Ugandan PRESS RELEASE on a release-distribution site (Lira): a solar mini-grid operator connects 12,400 households and raises US$9.5 million: FOR IMMEDIATE RELEASE "B", the release\'s headline of record and a plan standfirst ""; a LIRA, Uganda, 9 December 2026 /Newsdrum/ -- dateline lead in which the company today announced ("W"), then The company also announced; the release\'s own figures with no verb of saying (capacity in MW, tariff per kWh, bills paid) "W" without a speaker; the chief executive with the Ugandan title Eng. dropped, named after a first quote ("") with a second quoted sentence of record, then his surname said on fees "W"; a fund\'s managing partner with Dr. dropped, named after her quote, and a second quoted sentence "W"; the district chairperson named after his role with Hon. dropped (vaccine fridges "W") and he added (""); construction and jobs forecasts "" (the second through according to the company); the About blocks, media contact, ### line, distribution and disclaimer lines all "B" whatever they say (furniture: site name in capitals, menu with pipes, sector label with ›, released and source line with EAT, share strip, two About headings and their text, contact name, phone and email, a two-sentence disclaimer, More releases list, copyright with a plot address)',
    'Trinidad and Tobago daily\'s OPINION COLUMN with the WRITER\'S NOTE at its foot (Port of Spain, Chaguanas), an economist on a property tax whose valuation roll is a quarter done: a headline "" and a standfirst of record; the columnist\'s first-person anecdote, opinions, rhetorical question and close ""; her facts of record without a speaker "W" (the Act\'s vote on Nov. 20, the 3 per cent rule, one home in four, the 1979 assessment, a 2010 attempt with i.e. mid-sentence); the ministry\'s answer to a parliamentary question through According to; the finance minister who told the House ("W") and then Mr. and surname also said (a revenue forecast ""); a policy institute after a place-based descriptor (The Port of Spain-based ... estimated, descriptor dropped, "W"); the Opposition\'s finance spokesman in apposition who wrote on Facebook (a pledge ""); regional figures through according to figures compiled by ...; the writer\'s note of three sentences at the foot (with Dr. and St. Augustine. before Her column) "B" (masthead in capitals, date, weather and e-paper strip, menu with pipes, section label with ›, headline, standfirst, byline name and column name on two lines, published line, share strip, ADVERTISEMENT and a RELATED link mid-column, letters line, More from Opinion list, copyright with Co. Ltd.)',
    'Sri Lankan news site\'s BREAKING-NEWS page with UPDATES (Kadugannawa, near Kandy), an express train derails and nine die, newest update first: BREAKING NEWS, the developing-story note, UPDATE 4 to UPDATE 1 and FIRST REPORT labels with p.m. times "B"; a hospital director with Dr. dropped who told reporters at 6 p.m. (a death toll "W") and She said; the transport minister after his role who told Parliament at 5.30 p.m. (compensation of Rs. 1 million "W") and He said; a railway manager named before his role (train No. 1015, 8.30 a.m., a derailment at 12.52 p.m. before He, 25 km/h "W", a quote "", a committee of record "W"); the police media spokesman with the Sri Lankan rank SSP dropped (deployments and diversions "W"); a passenger named AFTER her quote ("") with a second quoted sentence; the railway department said and The department asked (advice ""); police said in the first report and Television footage showed (a scene "") (masthead in capitals, date, weather and language strip, menu with pipes, headline with figures, two-name byline, Last updated line, share strip, ADVERTISEMENT between updates, a readers\' information line, tags, Latest News list, copyright with (Pvt) Ltd. and a rights-and-links line)',
    'UAE business daily\'s BUSINESS STORY with a MARKETS WIDGET (Dubai), a developer\'s third-quarter profit rises 31% to Dh842m: the widget\'s MARKETS label and index, oil, gold and currency lines "B" one per line, Data delayed 15 min. and Source: ... as two "B" sentences, and a mid-story stock-quote line with Vol. "B"; a DUBAI: lead in which the company (ending in PJSC) said ("W"); the company said in a filing to the Dubai Financial Market and it said ("W", the later generic noun and pronoun kept as the company); a share price of record; the group chief executive after his role (buyers with the U.K. and "W", a quote of record with he said on a call with analysts, and a quoted forecast "" with no new cue); Analysts at ... raised a target, saying ("W"); a research head named AFTER her quote (""), According to ... data ("W"), She said with e.g. mid-sentence ("W") and She said on a could-forecast (""); government data through according to; the short name alone (Saffarah said) resolved to the full name (a dividend on Jan. 12 "W"); A spokesman for the company declined to comment (masthead in capitals, date and account strip, menu with pipes, section label, headline with Q3 and Dh, standfirst of record, byline name and role on two lines, published and updated line, share strip, ADVERTISEMENT and a Read more link mid-story, a market-data disclaimer, tags, Most read list, copyright with FZ-LLC)',
    'Australian regional daily\'s COURT REPORT (Townsville, Queensland), a charter operator jailed for four years over $1.3m of bookings: the judge\'s quoted finding carried by the standfirst\'s Judge says; the sentence, plea and parole in the writer\'s voice "W" (the accused named, not a speaker); the judge with Judge dropped (a finding "W", a two-sentence quote: an opinion "" with she said and a finding "W" with no new cue), later Judge and surname said (reasons "W") and She ordered (an order of record with no verb of saying, no speaker); the Crown prosecutor who told the court ("W") and She said; a victim\'s statement read to the court by Ms and the prosecutor\'s surname, where the victim, not the nearest name, is the speaker (said, then said in the statement over two quoted sentences, her own losses ""); the defence barrister (his client\'s history and repayments "W") and Mr and surname asked (a plea ""); a detective with Det. Snr Const. dropped who said outside court (transactions "W", advice ""); a company ending Pty Ltd before went through according to corporate records; The liquidator, a named firm, did not respond to a request for comment (masthead in capitals, date, weather and subscription strip, menu with pipes, section label, headline, standfirst, byline name and role on two lines, date line with pm, share strip, Advertisement and a Read more link mid-story, a scam-help line, More Courts & Crime list, copyright split at Pty Ltd. before a legal-links line)',
]

ARTICLES = [
    [
        [("THE STRATHBRECK HERALD", "", "", "B")],
        [("We care about your privacy", "", "", "B")],
        [
            (
                "We and our 168 partners store and access information on your device, such as cookies, to show you personalised ads and content, to measure how they perform and to improve our services.",
                "",
                "",
                "B",
            ),
            (
                "Some partners rely on legitimate interest rather than your consent, and you can object to this under “Manage options”.",
                "",
                "",
                "B",
            ),
        ],
        [("ACCEPT ALL | REJECT ALL | MANAGE OPTIONS", "", "", "B")],
        [("Monday 7 December 2026 | Dundee 4°C | Subscribe | Log in", "", "", "B")],
        [
            (
                "News | Dundee | Angus | Perth & Kinross | Fife | Health | Business | Sport | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("News › Health", "", "", "B")],
        [
            (
                "Bellcraigie’s overnight minor injuries unit to close in February, health board confirms",
                "NHS Strathbrae",
                "confirms",
                "W",
            )
        ],
        [
            (
                "Campaigners say patients in Carsehaven will face a 19-mile journey to Dundee after 8pm and that nobody asked them",
                "Campaigners",
                "say",
                "W",
            )
        ],
        [("Morvaine Corrieknowe-Tarbat", "", "", "B")],
        [("Health Reporter", "", "", "B")],
        [("Published: 7 December 2026, 6.02pm · Updated: 9.48pm", "", "", "B")],
        [("Share this article  Facebook  X  WhatsApp  Email", "", "", "B")],
        [
            (
                "Bellcraigie Community Hospital on Links Road, Carsehaven, opened in 1964.",
                "",
                "",
                "W",
            ),
            ("Image: Strathbreck Herald/Eoghainn Breadalbin-Roythorn", "", "", "B"),
        ],
        [
            (
                "The overnight minor injuries unit at Bellcraigie Community Hospital in Carsehaven will close on 1 February, NHS Strathbrae confirmed on Monday, ending a service that treated 4,312 patients between 8pm and 8am last year.",
                "NHS Strathbrae",
                "confirmed",
                "W",
            )
        ],
        [
            (
                "The board’s finance and performance committee approved the change by six votes to two at a meeting in Dundee.",
                "",
                "",
                "W",
            ),
            ("From February the unit will be open from 8am until 8pm.", "", "", "W"),
            (
                "After that, patients will be directed to the board’s urgent care line or to the emergency department at Tayview Royal Infirmary in Dundee, 19 miles away.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief operating officer Dr Marsailidh Brackenriggan-Aultmore said the unit had been staffed overnight by agency nurses on 212 of the 365 nights in the year to October, at a cost of £1.1 million.",
                "Marsailidh Brackenriggan-Aultmore",
                "said",
                "W",
            ),
            (
                "“We cannot keep a service open on agency shifts alone, and it is not fair to ask one nurse to cover a whole night by herself,” she said.",
                "Marsailidh Brackenriggan-Aultmore",
                "said",
                "",
            ),
        ],
        [
            (
                "According to a paper presented to the committee, an average of 11.8 patients used the unit each night, and fewer than two of them arrived after midnight.",
                "a paper presented to the committee",
                "According to",
                "W",
            ),
            (
                "The paper says 83 per cent of overnight attendances were for conditions that “could have been managed by a pharmacist, a GP or the urgent care line”.",
                "The paper",
                "says",
                "W",
            ),
        ],
        [("You’ve read 3 of your 4 free articles this month.", "", "", "B")],
        [
            (
                "Subscribe today for unlimited access to the Herald’s website and app, just £1 for your first three months.",
                "",
                "",
                "B",
            ),
            ("Cancel anytime.", "", "", "B"),
        ],
        [("SUBSCRIBE NOW", "", "", "B")],
        [("Already a subscriber?", "", "", "B"), ("Log in to keep reading.", "", "", "B")],
        [
            (
                "Carsehaven and Glenesk MSP Iagan Dalgairn-Mairsland, who has collected more than 6,000 signatures against the closure, said the board had not held a single public meeting in the town before Monday’s vote.",
                "Iagan Dalgairn-Mairsland",
                "said",
                "W",
            ),
            (
                "“People here found out about this from a press release.",
                "Iagan Dalgairn-Mairsland",
                "said",
                "",
            ),
            (
                "That is not consultation, that is notification,” Mr Dalgairn-Mairsland said.",
                "Iagan Dalgairn-Mairsland",
                "said",
                "",
            ),
            (
                "He said he would raise the decision with the health secretary at Holyrood on Thursday.",
                "Iagan Dalgairn-Mairsland",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Ealasaidh Loudvale-Strathcaird, a retired GP who convenes the Keep Bellcraigie Open campaign, told the Herald that the last bus from Carsehaven to Dundee leaves at 10.40pm and the first one back at 6.55am.",
                "Ealasaidh Loudvale-Strathcaird",
                "told the Herald",
                "W",
            ),
            (
                "“So if you’re a pensioner with a broken wrist at midnight, you either pay £45 for a taxi or you sit at home until morning,” she said.",
                "Ealasaidh Loudvale-Strathcaird",
                "said",
                "",
            ),
        ],
        [
            (
                "READ MORE: Dundee GP practice to stop registering new patients for six months",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Lilias Pitcarmick, whose 14-year-old son was treated at the unit for a dislocated shoulder after a rugby match in October, said staff had seen him within 20 minutes.",
                "Lilias Pitcarmick",
                "said",
                "",
            ),
            (
                "“At Tayview we would have been sitting there for four hours,” she said.",
                "Lilias Pitcarmick",
                "said",
                "",
            ),
        ],
        [
            (
                "A board spokeswoman said the unit’s weekend X-ray service would be extended from four to eight hours a day from the same date.",
                "A board spokeswoman",
                "said",
                "W",
            ),
            (
                "She said no permanent staff would lose their jobs and that the five nurses on the overnight rota would move to day shifts.",
                "A board spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Scottish Nursing Guild said it would “study the detail” before deciding whether to ballot its members.",
                "The Scottish Nursing Guild",
                "said",
                "",
            )
        ],
        [
            (
                "The ambulance service did not respond to a request for comment on how many extra journeys it expected.",
                "The ambulance service",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            (
                "The board will review the change after six months, according to the committee’s minutes.",
                "the committee’s minutes",
                "according to",
                "W",
            )
        ],
        [
            ("Do you have a story about health services in Angus?", "", "", "B"),
            ("Email newsdesk@strathbreckherald.co.uk", "", "", "B"),
        ],
        [("Topics: NHS Strathbrae | Carsehaven | Health", "", "", "B")],
        [("Join the conversation – you must be logged in to comment.", "", "", "B")],
        [("Most popular", "", "", "B")],
        [("Carsehaven harbour wall repairs to cost £2.4m", "", "", "B")],
        [
            ("© 2026 Breckmuir Press Ltd.", "", "", "B"),
            (
                "Complaints about our coverage can be sent to readers@strathbreckherald.co.uk.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [("SAHELWIND WIRE", "", "", "B")],
        [("Markets · Africa · World · Commodities · Technology · Sustainability", "", "", "B")],
        [("Africa", "", "", "B")],
        [
            (
                "UPDATE 2-Ghana cuts 2026/27 cocoa crop forecast to 540,000 T as swollen shoot spreads",
                "",
                "",
                "W",
            )
        ],
        [("By Kwabenya Asieduah-Mpraeso and Ekuwa Dankwahene-Ansomaah", "", "", "B")],
        [("3 Dec 2026 · 14:41 GMT · Updated 3 hours ago", "", "", "B")],
        [("3 min read", "", "", "B")],
        [
            (
                "ACCRA, Dec 3 (Sahelwind Wire) - Ghana has cut its forecast for the 2026/27 cocoa main crop to 540,000 metric tons from 650,000 tons, Ghana's cocoa regulator said on Thursday, blaming the spread of cocoa swollen shoot virus and illegal gold mining on farmland.",
                "Ghana's cocoa regulator",
                "said",
                "W",
            )
        ],
        [
            (
                "The Ghana Cocoa Regulatory Council (GCRC) had already lowered the forecast once, in August, from 720,000 tons.",
                "",
                "",
                "W",
            ),
            (
                "The country produced 612,000 tons in the 2025/26 season, according to council data.",
                "council data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "About 41% of the country's cocoa farms are now infected with the virus, up from 33% two years ago, the council's deputy chief executive for operations, Kwakuo Ofosuhenee-Darkomah, told reporters in Accra.",
                "Kwakuo Ofosuhenee-Darkomah",
                "told reporters",
                "W",
            ),
            (
                '"We are cutting out infected trees as fast as we can, but a farmer who loses his trees loses his income for three years," he said.',
                "Kwakuo Ofosuhenee-Darkomah",
                "said",
                "",
            ),
            (
                "He said the council had cut out and replanted 96,400 hectares since 2018.",
                "Kwakuo Ofosuhenee-Darkomah",
                "said",
                "W",
            ),
        ],
        [
            (
                "A senior council official, who asked not to be named because he was not authorised to speak to the media, said the forecast could fall further if the harmattan winds are strong in January.",
                "A senior council official",
                "said",
                "",
            )
        ],
        [
            ("Get the Africa Morning brief in your inbox every weekday.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "Two Accra-based traders said the council had sold forward about 70% of the crop before the first cut.",
                "Two Accra-based traders",
                "said",
                "W",
            ),
            (
                "New York cocoa futures jumped 2.8% to $7,412 a ton after the announcement.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The cut would leave Ghana's crop at its smallest since the 2009/10 season, said Imogena Tallowcombe-Oduroh, a softs analyst at London-based Brackwaterhill Commodities Ltd.",
                "Imogena Tallowcombe-Oduroh",
                "said",
                "W",
            ),
            (
                "She said the market would now watch whether Ivory Coast's mid-crop could make up part of the shortfall.",
                "Imogena Tallowcombe-Oduroh",
                "said",
                "",
            ),
        ],
        [
            (
                "In the Western North region, the worst hit, Adwoaba Sarfowaah-Kyeremehene, who chairs a farmers' co-operative at Sefwi Dwinase, told Sahelwind Wire by phone that 2,300 of its 5,100 members had lost at least half their trees.",
                "Adwoaba Sarfowaah-Kyeremehene",
                "told Sahelwind Wire",
                "W",
            ),
            (
                '"The young men are selling their land to the miners because they say cocoa is finished," she said.',
                "Adwoaba Sarfowaah-Kyeremehene",
                "said",
                "",
            ),
        ],
        [
            (
                "According to a government task force, illegal miners have destroyed about 19,000 hectares of cocoa farms since 2020.",
                "a government task force",
                "According to",
                "W",
            )
        ],
        [
            (
                "The council raised the farmgate price to 58,000 cedis a ton in October, its second increase this season.",
                "",
                "",
                "W",
            ),
            (
                "The council said on Thursday it had secured a $1.2 billion syndicated loan from 14 banks to buy this season's beans, down from $1.5 billion last year.",
                "The council",
                "said",
                "W",
            ),
            (
                "Cocoa export earnings fell 18% to $2.1 billion in the first ten months of the year, central bank data showed.",
                "central bank data",
                "showed",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Kwabenya Asieduah-Mpraeso in Accra and Ekuwa Dankwahene-Ansomaah in Kumasi; additional reporting by Hollisandre Pennygrove-Ayeh in London; writing by Ekuwa Dankwahene-Ansomaah; editing by Marguerine Oyelowoh-Blanchard and Tobijah Quarshiee-Wendtholm)",
                "",
                "",
                "B",
            )
        ],
        [("Our standards: how Sahelwind Wire reports", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [("Keep reading", "", "", "B")],
        [("Ivory Coast port arrivals run 9% behind last season, exporters estimate", "", "", "B")],
        [("Cedi steadies as central bank sells dollars to importers", "", "", "B")],
        [
            ("All content © 2026 Sahelwind Wire Ltd., Accra.", "", "", "B"),
            ("Prices delayed by at least 15 minutes.", "", "", "B"),
        ],
    ],
    [
        [("THE WHEATCITY BEACON", "", "", "B")],
        [("Brandon, MB | Tuesday, Dec. 8, 2026 | -14°C | Sign in | Subscribe", "", "", "B")],
        [
            (
                "LOCAL NEWS   AGRICULTURE   SPORTS   OPINION   OBITUARIES   CLASSIFIEDS   E-EDITION",
                "",
                "",
                "B",
            )
        ],
        [("Local News / City Hall", "", "", "B")],
        [
            (
                "Council approves 11.5% water and sewer rate hike to pay for treatment plant upgrade",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Average household bill to rise by about $142 a year from Jan. 1; three councillors vote against",
                "",
                "",
                "W",
            )
        ],
        [("Gideonne Ruckenthal-Obinwa", "", "", "B")],
        [("Local Journalism Initiative Reporter", "", "", "B")],
        [("Published Dec 08, 2026  •  Last updated 7 hours ago  •  3 minute read", "", "", "B")],
        [
            (
                "Share this Story : Council approves 11.5% water and sewer rate hike to pay for treatment plant upgrade",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Crews work on a clarifier tank at the city’s water treatment plant in October.",
                "",
                "",
                "",
            ),
            ("Photo by Gideonne Ruckenthal-Obinwa /The Wheatcity Beacon", "", "", "B"),
        ],
        [
            (
                "BRANDON, Man. — Brandon city council voted 8-3 on Monday night to raise water and sewer rates by 11.5 per cent from Jan. 1, the first of three annual increases meant to pay for a $68-million upgrade of the city’s water treatment plant.",
                "",
                "",
                "W",
            )
        ],
        [
            ("The meeting at City Hall on Wellbrookes Ave. ran until 11:20 p.m.", "", "", "W"),
            (
                "Council heard from nine delegations before the vote on By-law No. 7781.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to a staff report to council, the average household using 180 cubic metres a year will pay about $1,376, up from $1,234.",
                "a staff report to council",
                "According to",
                "W",
            ),
            (
                "The report says rates will rise a further 9 per cent in each of 2028 and 2029.",
                "The report",
                "says",
                "W",
            ),
        ],
        [("Advertisement 2", "", "", "B")],
        [("The ad below has not loaded yet; the story continues after it.", "", "", "B")],
        [
            (
                "Mayor Dellaney Truscotte-Paquin said the plant, built in 1968, had failed two provincial inspections in the past three years.",
                "Dellaney Truscotte-Paquin",
                "said",
                "W",
            ),
            (
                "“Nobody on this council wanted to vote for a rate increase three weeks before Christmas.",
                "Dellaney Truscotte-Paquin",
                "said",
                "",
            ),
            (
                "But the province has given us until the end of 2029 to meet the new standard, and the federal grant covers only $22 million of the cost,” she said.",
                "Dellaney Truscotte-Paquin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Brenwen Halvorsrudd-Nkemelue, the city’s director of finance, told council that every one percentage point cut from the increase would leave a gap of about $410,000 a year.",
                "Brenwen Halvorsrudd-Nkemelue",
                "told council",
                "W",
            ),
            (
                "She said the city had $6.3 million in its water reserve at the end of October.",
                "Brenwen Halvorsrudd-Nkemelue",
                "said",
                "W",
            ),
        ],
        [
            (
                "Coun. Mirasol Eberhart-Kwanfield (Ward 2), who voted against the bylaw with Coun. Warrock Osterhaug (Ward 9) and Coun. Harvel Pidcocke-Oyelagbo (Ward 6), said the city should have phased the work over seven years.",
                "Mirasol Eberhart-Kwanfield",
                "said",
                "W",
            ),
            (
                "“We are asking people on fixed incomes to pay for forty years of putting this off,” Eberhart-Kwanfield said.",
                "Mirasol Eberhart-Kwanfield",
                "said",
                "",
            ),
        ],
        [
            (
                "Osterhaug said he supported the upgrade but not “the speed of the bill”.",
                "Warrock Osterhaug",
                "said",
                "",
            ),
            (
                "He said 1,140 households were already behind on their utility accounts.",
                "Warrock Osterhaug",
                "said",
                "W",
            ),
        ],
        [("Story continues below", "", "", "B")],
        [("Advertisement 3", "", "", "B")],
        [
            (
                "Elspetha Vargamull-Mulhearn, president of the Westridge Seniors’ Association, told council its 600 members had voted unanimously to oppose the increase.",
                "Elspetha Vargamull-Mulhearn",
                "told council",
                "W",
            ),
            (
                "“Most of us are on a pension that went up 2.3 per cent this year,” she said.",
                "Elspetha Vargamull-Mulhearn",
                "said",
                "",
            ),
            (
                "“Eleven and a half is not a number we can find.”",
                "Elspetha Vargamull-Mulhearn",
                "said",
                "",
            ),
        ],
        [
            (
                "Tavisham Okonkwoh-Brandhofer, who owns two laundromats on the city’s north side, said his water and sewer bill for the two businesses was $38,900 last year.",
                "Tavisham Okonkwoh-Brandhofer",
                "said",
                "W",
            ),
            (
                "He said he expected to raise prices by 25 cents a load in January.",
                "Tavisham Okonkwoh-Brandhofer",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked whether the city would offer a rebate to low-income households, Truscotte-Paquin said staff would bring a report to the Jan. 18 meeting.",
                "Dellaney Truscotte-Paquin",
                "said",
                "",
            )
        ],
        [
            (
                "A spokesperson for the province’s environment department said in an email that the new standard for treated water applies to 31 municipal systems across Manitoba.",
                "A spokesperson for the province’s environment department",
                "said in an email",
                "W",
            ),
            (
                "The spokesperson said the department would not comment on individual rate decisions.",
                "A spokesperson for the province’s environment department",
                "said",
                "",
            ),
        ],
        [("The first increase will appear on bills mailed in February.", "", "", "W")],
        [("Share this article in your social network", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Harrowhawks trade captain to Saskatoon for two junior prospects", "", "", "B")],
        [
            (
                "Join the conversation: comments are open to subscribers and are reviewed before they appear.",
                "",
                "",
                "B",
            )
        ],
        [("© 2026 Beacon Prairie Media Inc.", "", "", "B")],
    ],
    [
        [("THE MANGAUNG MERIDIAN", "", "", "B")],
        [("SPORT: Rugby | Cricket | Soccer | Athletics | Motorsport | Results", "", "", "B")],
        [("Rugby ❯ Highveld Cup", "", "", "B")],
        [
            (
                "Blesboks 27 Ridgebacks 24: Van Heerdenhof’s 79th-minute penalty books home final",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Blesboks coach says his side “found a way” after trailing by 12 points at half-time",
                "Geert-Jan Olivierskloof",
                "says",
                "W",
            )
        ],
        [("Leratong Sephula-Drummondale, Sport Reporter", "", "", "B")],
        [("Sunday 13 December 2026 – 19:05", "", "", "B")],
        [("SHARE: Facebook / X / WhatsApp / Email", "", "", "B")],
        [
            (
                "Blesboks flyhalf Dewald van Heerdenhof lines up the match-winning kick at Fonteinhof Stadium.",
                "",
                "",
                "",
            ),
            ("Picture: Tumelong Rasekoai-Vermaakstad", "", "", "B"),
        ],
        [
            (
                "BLOEMFONTEIN – Dewald van Heerdenhof kicked a penalty from 43 metres in the 79th minute as the Vrystaat Blesboks beat the Vaal Ridgebacks 27-24 in the Highveld Cup semi-final at Fonteinhof Stadium on Saturday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Blesboks will host the Karoo Wildebees in the final on December 19.",
                "",
                "",
                "W",
            ),
            ("It will be their first final since 2019.", "", "", "W"),
        ],
        [
            (
                "The Ridgebacks scored two tries in the first 25 minutes through wing Sizwenkosi Mabandlane-Prinsloorand and No. 8 Juriaan Steenkampsdal.",
                "",
                "",
                "W",
            ),
            (
                "Ridgebacks flyhalf Sibabalo Ngxokolo-Baard converted the first and added a penalty on 34 minutes, and Van Heerdenhof’s only successful kick of the half made it 15-3 at the break.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Blesboks’ reply began two minutes after the interval, when hooker Tshepisong Rammekwa-Kgotlaeng drove over from a lineout.",
                "",
                "",
                "W",
            ),
            (
                "Van Heerdenhof gave the home side a 17-15 lead with a try of his own on 51 minutes and converted it.",
                "",
                "",
                "W",
            ),
        ],
        [("From there the game turned into an arm-wrestle.", "", "", "")],
        [("Advertisement", "", "", "B")],
        [
            (
                "Ngxokolo-Baard kicked three penalties in 15 minutes to put the Ridgebacks 24-17 ahead before lock Heinrik “Oom” Bezuidenhoutkraal was shown a yellow card for a high tackle in the 72nd minute.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Blesboks kicked to the corner and were awarded a penalty try two minutes later when the Ridgebacks collapsed a maul five metres out, making it 24-24.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“At half-time I told them the scoreboard is not the truth yet, the next 40 minutes are,” said Blesboks coach Geert-Jan Olivierskloof.",
                "Geert-Jan Olivierskloof",
                "said",
                "",
            ),
            ("“We found a way.", "Geert-Jan Olivierskloof", "said", ""),
            (
                "We weren’t pretty, but we found a way,” he said.",
                "Geert-Jan Olivierskloof",
                "said",
                "",
            ),
        ],
        [
            (
                "Olivierskloof said loose forward Kabelong Moshoeshoe-Hattinghmore had been taken to hospital with a suspected broken jaw after a collision in the 61st minute.",
                "Geert-Jan Olivierskloof",
                "said",
                "W",
            ),
            (
                "He said the player was “unlikely” to be fit for the final.",
                "Geert-Jan Olivierskloof",
                "said",
                "",
            ),
        ],
        [("READ ALSO: Wildebees edge Leeu-Oord to reach first final in a decade", "", "", "B")],
        [
            (
                "Van Heerdenhof, who had missed two kicks in the first half, said he had not looked at the posts before the last one.",
                "Dewald van Heerdenhof",
                "said",
                "",
            ),
            ("“I just looked at the grass.", "Dewald van Heerdenhof", "said", ""),
            (
                "If you look at the posts from there you start counting the people,” Van Heerdenhof said.",
                "Dewald van Heerdenhof",
                "said",
                "",
            ),
        ],
        [
            (
                "“We gave away nine penalties in the second half, and you can’t do that here,” said Ridgebacks captain Rethabilwe Mokhothu-Sefarane.",
                "Rethabilwe Mokhothu-Sefarane",
                "said",
                "W",
            ),
            ("“That’s on me as much as anyone.”", "Rethabilwe Mokhothu-Sefarane", "said", ""),
        ],
        [
            (
                "He said the yellow card was the Ridgebacks’ fourth in three matches.",
                "Rethabilwe Mokhothu-Sefarane",
                "said",
                "W",
            ),
            (
                "He said the union would appeal against it.",
                "Rethabilwe Mokhothu-Sefarane",
                "said",
                "",
            ),
        ],
        [
            (
                "Match commissioner Siyabongwe Ntlabathini-Rouxmont confirmed that the tackle would be reviewed by the competition’s judicial officer on Tuesday.",
                "Siyabongwe Ntlabathini-Rouxmont",
                "confirmed",
                "W",
            )
        ],
        [("The crowd of 18,240 was the biggest at Fonteinhof this season.", "", "", "W")],
        [("MATCH DETAILS", "", "", "B")],
        [
            (
                "Blesboks 27 – Tries: T. Rammekwa-Kgotlaeng, D. van Heerdenhof, penalty try.",
                "",
                "",
                "",
            ),
            ("Conversions: Van Heerdenhof 2.", "", "", ""),
            ("Penalties: Van Heerdenhof 2.", "", "", ""),
        ],
        [
            ("Ridgebacks 24 – Tries: S. Mabandlane-Prinsloorand, J. Steenkampsdal.", "", "", ""),
            ("Conversion: S. Ngxokolo-Baard.", "", "", ""),
            ("Penalties: Ngxokolo-Baard 4.", "", "", ""),
        ],
        [
            ("Yellow card: H. Bezuidenhoutkraal (Ridgebacks, 72 min.).", "", "", ""),
            ("Referee: Morné Aucamp-Ndlovukati.", "", "", ""),
            ("Attendance: 18,240.", "", "", ""),
        ],
        [("More Highveld Cup", "", "", "B")],
        [("Wildebees coach signs two-year extension", "", "", "B")],
        [
            ("© 2026 Meridian Media (Pty) Ltd.", "", "", "B"),
            ("Reproduction without permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [("THE POLARKYST TIMES", "", "", "B")],
        [("English news from the top of Norway · Wednesday 9 December 2026", "", "", "B")],
        [("News | Tromsø | Finnmark | Svalbard | Science | Culture | Jobs", "", "", "B")],
        [("Science › Ocean", "", "", "B")],
        [
            (
                "Kelp forests return to 81 of Finnmark’s barren sites as king crabs eat the urchins",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Researchers say the recovery is the fastest recorded in the North Atlantic, but warn it may not last",
                "Researchers",
                "say",
                "W",
            )
        ],
        [("By Idunnhild Mortensrud-Kaasa", "", "", "B")],
        [("9.12.2026 kl. 11:30 | Updated kl. 12:05", "", "", "B")],
        [("Share: Facebook | X | LinkedIn | Email", "", "", "B")],
        [
            ("Sugar kelp and tangle at a recovered site near Berlevåg in August.", "", "", ""),
            ("Photo: Nordkystan Marine Institute", "", "", "B"),
        ],
        [
            (
                "TROMSØ – Kelp forests have grown back on 81 of 212 sites along the coast of Finnmark that had been stripped bare by sea urchins, according to a study published on Wednesday, a recovery its authors link to the spread of the red king crab.",
                "a study published on Wednesday",
                "according to",
                "W",
            )
        ],
        [
            (
                "Divers and underwater drones surveyed the sites every second summer between 2016 and 2025, covering approx. 1,100 km of coastline between Hammerfest and the Russian border.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Dr. Solbjørg Ramstadbakk-Eira, a marine ecologist at the Nordkystan Marine Institute in Tromsø and the study’s lead author, said urchin densities at the recovered sites had fallen from an average of 62 per square metre to fewer than four.",
                "Solbjørg Ramstadbakk-Eira",
                "said",
                "W",
            ),
            (
                "“Twenty years ago you could dive along that coast for an hour and see nothing but rock and urchins,” she said.",
                "Solbjørg Ramstadbakk-Eira",
                "said",
                "",
            ),
            (
                "“Now there are places where you have to push the kelp aside to find the bottom.”",
                "Solbjørg Ramstadbakk-Eira",
                "said",
                "",
            ),
        ],
        [
            (
                "The study found that recovered sites were, on average, 9 km closer to commercial king crab grounds than sites that stayed barren (p = 0.003).",
                "The study",
                "found",
                "W",
            ),
            (
                "The authors wrote that the crabs, which can eat several urchins a day, “may be doing what decades of management could not”.",
                "The authors",
                "wrote",
                "",
            ),
        ],
        [("Annonse", "", "", "B")],
        [("Also read: Svalbard glacier lost 14 metres of ice in a single summer", "", "", "B")],
        [
            (
                "Co-author Prof. Eiliv Guttormsen-Nyrud, who leads the institute’s seabed ecology group, said the team had ruled out warmer water as the main cause.",
                "Eiliv Guttormsen-Nyrud",
                "said",
                "W",
            ),
            (
                "Sea temperatures rose by about 0.8°C over the decade at both recovered and barren sites, he said.",
                "Eiliv Guttormsen-Nyrud",
                "said",
                "W",
            ),
            (
                "He said the next step was to tag crabs to see how far they travel to feed.",
                "Eiliv Guttormsen-Nyrud",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Mettelise Kjærsgaardh-Holmboe, a kelp ecologist at the Øresund Coastal Research Centre in Copenhagen who was not involved in the study, said the findings were “convincing but uncomfortable”.",
                "Mettelise Kjærsgaardh-Holmboe",
                "said",
                "",
            ),
            (
                "She said the king crab had also been linked to falls in scallops and sea cucumbers in several Finnmark fjords.",
                "Mettelise Kjærsgaardh-Holmboe",
                "said",
                "W",
            ),
            (
                "“Nobody wants to thank an invasive species,” she said.",
                "Mettelise Kjærsgaardh-Holmboe",
                "said",
                "",
            ),
        ],
        [
            (
                "Crab fisherman Roald Sivertsen-Mikkola, whose company Varangbuen Fangst AS holds one of 566 licences in the eastern quota zone, said his boat had landed 38 tonnes of king crab this season, up from 31 tonnes last year.",
                "Roald Sivertsen-Mikkola",
                "said",
                "W",
            ),
            (
                "“The crab pays my mortgage, and now it turns out it does the gardening too,” he said.",
                "Roald Sivertsen-Mikkola",
                "said",
                "",
            ),
        ],
        [
            (
                "The fisheries ministry said in a statement that it would take the study into account when it sets the 2027 king crab quota in March.",
                "The fisheries ministry",
                "said in a statement",
                "",
            ),
            (
                "This year’s quota was 2,375 tonnes, according to the ministry.",
                "the ministry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The study was funded by the Nordkystan Marine Institute and the Barents Coastal Fund.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Journal reference: Ramstadbakk-Eira S, Guttormsen-Nyrud E, Lyngmoholt K, et al. King crab predation and kelp recovery on urchin barrens in Finnmark, 2016–2025. J Boreal Mar Ecol. 2026;31(4):412–429.",
                "",
                "",
                "B",
            )
        ],
        [("Got a tip?", "", "", "B"), ("Email tips@polarkysttimes.no", "", "", "B")],
        [("Most read", "", "", "B")],
        [("Tromsø bus drivers vote to strike from Monday", "", "", "B")],
        [("Northern lights tourism: record 41,000 overnight stays in November", "", "", "B")],
        [
            ("© Polarkyst Media AS 2026.", "", "", "B"),
            ("Editor-in-chief and responsible editor: Hallgrim Bjørnstokk-Lie.", "", "", "B"),
            ("We follow the Norwegian press’s code of ethics.", "", "", "B"),
        ],
    ],
    [
        [("THE LANE VALLEY SENTINEL", "", "", "B")],
        [("Tuesday, December 15, 2026 | Eugene 29°F, freezing rain | My account", "", "", "B")],
        [("News   Local   Weather   Business   Sports   Opinion   Obituaries", "", "", "B")],
        [("LIVE | Weather", "", "", "B")],
        [
            (
                "Ice storm live updates: 84,000 without power in Lane County as freezing rain continues",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Live coverage of the storm, road closures and power outages across the southern Willamette Valley",
                "",
                "",
                "",
            )
        ],
        [("By Sentinel staff", "", "", "B")],
        [("Updated 5:02 p.m. PST Dec. 15, 2026", "", "", "B")],
        [("Share | Email | Print", "", "", "B")],
        [("What to know", "", "", "B")],
        [
            (
                "About 84,000 Lanefield Electric customers were without power at 4:30 p.m., down from a peak of 97,000.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Interstate 5 reopened between Eugene and Cottage Grove after a nine-hour closure.",
                "",
                "",
                "W",
            )
        ],
        [("Public schools in Eugene and Springfield will stay closed Wednesday.", "", "", "W")],
        [("5:02 p.m.", "", "", "B")],
        [
            (
                "Some customers may not have power until the weekend, utility says",
                "Lanefield Electric Utility",
                "says",
                "",
            )
        ],
        [
            (
                "Lanefield Electric Utility said at an afternoon briefing that crews had restored power to about 13,000 customers since noon, but that ice-laden branches were bringing down lines faster than they could be repaired.",
                "Lanefield Electric Utility",
                "said",
                "W",
            ),
            (
                "Some customers in the hills south of Eugene may not have power back until Saturday, operations manager Cortland Hallowmont-Penhalurick said.",
                "Cortland Hallowmont-Penhalurick",
                "said",
                "",
            ),
            (
                "“We have 212 crews out, including 60 from utilities in Washington and Idaho, and every one of them is working a 16-hour shift,” he said.",
                "Cortland Hallowmont-Penhalurick",
                "said",
                "W",
            ),
        ],
        [("— Pritikaa Oyeladeji-Farnsworthy", "", "", "B")],
        [("4:20 p.m.", "", "", "B")],
        [("Woman dies after tree falls on car in south Eugene", "", "", "W")],
        [
            (
                "A 71-year-old woman died after a Douglas fir fell on her car on Greenhollow St. in south Eugene shortly after 1 p.m., Eugene police said.",
                "Eugene police",
                "said",
                "W",
            ),
            (
                "Police Sgt. Antero Ferreirosa-Mackley said the woman, whose name has not been released, was pronounced dead at the scene.",
                "Antero Ferreirosa-Mackley",
                "said",
                "W",
            ),
            (
                "He said it was the first storm-related death in the county.",
                "Antero Ferreirosa-Mackley",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We heard it crack like a gunshot, and then the whole street went dark,” said Nadinka Quarringtonne-Sotomayer, who lives three houses away.",
                "Nadinka Quarringtonne-Sotomayer",
                "said",
                "",
            )
        ],
        [("3:45 p.m.", "", "", "B")],
        [("Where to warm up tonight", "", "", "")],
        [
            (
                "Lane County has opened four overnight warming centers, including one at the county event center on Rivermist Ave. and one at the Meadowrue Grange hall.",
                "",
                "",
                "W",
            ),
            (
                "County emergency manager Luzmarina Arkwrightson-Delvalleja said the centers had 640 cots between them.",
                "Luzmarina Arkwrightson-Delvalleja",
                "said",
                "W",
            ),
            (
                "“If you are cold at home and you can get to us safely, come,” she said.",
                "Luzmarina Arkwrightson-Delvalleja",
                "said",
                "",
            ),
        ],
        [("— Darnton Quistmann-Abernethie", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("2:15 p.m.", "", "", "B")],
        [("I-5 reopens south of Eugene", "", "", "W")],
        [
            (
                "Interstate 5 reopened in both directions between Eugene and Cottage Grove at 2:15 p.m., state transportation officials said.",
                "state transportation officials",
                "said",
                "W",
            ),
            (
                "The freeway had been closed since 5:10 a.m., when a jackknifed truck and dozens of stalled cars blocked the southbound lanes near milepost 182.",
                "",
                "",
                "W",
            ),
            (
                "Officials urged drivers to stay home unless their trip was essential.",
                "state transportation officials",
                "urged",
                "",
            ),
        ],
        [("1:30 p.m.", "", "", "B")],
        [("Hospital treats 58 people for falls on ice", "", "", "W")],
        [
            (
                "Dr. Ismenia Szczepanikowa-Oakesby, medical director of the emergency department at Fernwillow Medical Center, said the department had treated 58 people for injuries from falls since midnight, including 11 broken hips.",
                "Ismenia Szczepanikowa-Oakesby",
                "said",
                "W",
            ),
            (
                "She said the hospital ran on generator power for about 40 minutes this morning.",
                "Ismenia Szczepanikowa-Oakesby",
                "said",
                "W",
            ),
            (
                "“Please, if you don’t have to walk on it, don’t,” she said.",
                "Ismenia Szczepanikowa-Oakesby",
                "said",
                "",
            ),
        ],
        [("12:05 p.m.", "", "", "B")],
        [("Freezing rain expected to ease Wednesday morning", "", "", "")],
        [
            (
                "Forecasters at the regional weather office in Portland said freezing rain would turn to rain from about 4 a.m. Wednesday as temperatures climb above 32 degrees.",
                "Forecasters at the regional weather office in Portland",
                "said",
                "",
            ),
            (
                "Up to three-quarters of an inch of ice had built up in parts of the valley by late morning, they said.",
                "Forecasters at the regional weather office in Portland",
                "said",
                "W",
            ),
        ],
        [("10:40 a.m.", "", "", "B")],
        [("County offices close, budget hearing postponed", "", "", "W")],
        [
            ("Lane County government offices closed at 10 a.m.", "", "", "W"),
            ("County commissioners postponed a budget hearing to Dec. 22.", "", "", "W"),
            (
                "Commission chair Robertina Lindqvister-Achebeleke said the county had declared a local emergency, which allows it to request help from the state.",
                "Robertina Lindqvister-Achebeleke",
                "said",
                "W",
            ),
        ],
        [("— Pritikaa Oyeladeji-Farnsworthy", "", "", "B")],
        [("9:12 a.m.", "", "", "B")],
        [
            ("Good morning.", "", "", ""),
            (
                "We’re following the ice storm across the southern Willamette Valley all day; refresh this page for the latest.",
                "",
                "",
                "",
            ),
        ],
        [("Send us your storm photos: newsroom@lanevalleysentinel.com", "", "", "B")],
        [("Related", "", "", "B")],
        [("How to stay safe when a power line comes down", "", "", "B")],
        [
            ("© 2026 Lane Valley Sentinel, a Cascadeside Media company.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms of Use | Privacy Policy | Do Not Sell My Personal Information", "", "", "B")],
    ],
    [
        [("THE TANJUNGSARI TRIBUNE", "", "", "B")],
        [("Thursday, 10 December 2026 · Subscribe · Log In", "", "", "B")],
        [("News | Metro | Nation | Business | Sport | Food | Lifestyle | Videos", "", "", "B")],
        [("Metro > Penang", "", "", "B")],
        [
            (
                "Hawkers’ leader says 42% rent rise will push plate prices up by as much as RM1",
                "Noraidah Mansorudin",
                "says",
                "",
            )
        ],
        [
            (
                "From January, stallholders at 14 council-run food courts will pay up to RM780 a month, up from RM550",
                "",
                "",
                "W",
            )
        ],
        [("BY THNEAH POAY HUEY", "", "", "B")],
        [("Published: Thursday, 10 Dec 2026 7:00 AM MYT", "", "", "B")],
        [("Share this: Facebook · X · WhatsApp · Telegram", "", "", "B")],
        [
            (
                "Noraidah Mansorudin at her nasi lemak stall at the Jln. Padangsari food court.",
                "",
                "",
                "",
            ),
            ("— THNEAH POAY HUEY/The Tanjungsari Tribune", "", "", "B"),
        ],
        [
            (
                "GEORGE TOWN: Hawkers at council-run food courts on Penang Island face their first rent increase in 15 years from Jan 1, after the city council approved new rates on Nov 24.",
                "",
                "",
                "W",
            ),
            (
                "The rise of up to 42% comes with a new rule that rent must be paid by e-wallet or bank transfer, not cash.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Noraidah Mansorudin, 58, has sold nasi lemak at the Jln. Padangsari food court for 27 years and has been president of the Penang Island Hawkers’ Welfare Association since 2019.",
                "",
                "",
                "W",
            ),
            (
                "She spoke to the Tribune at her stall between the breakfast and lunch crowds.",
                "",
                "",
                "",
            ),
        ],
        [("The conversation has been shortened and lightly edited.", "", "", "B")],
        [("TT: How many of your members are affected?", "", "", "")],
        [
            (
                "NORAIDAH MANSORUDIN: All of those who trade at the council’s 14 food courts, so about 1,600 of our 2,050 members.",
                "Noraidah Mansorudin",
                "NORAIDAH MANSORUDIN:",
                "W",
            ),
            (
                "The rest are in private coffee shops, where the landlord sets the rent.",
                "Noraidah Mansorudin",
                "NORAIDAH MANSORUDIN:",
                "W",
            ),
        ],
        [
            (
                "TT: The council says rents have not gone up since 2011 and that its maintenance costs have doubled since then.",
                "The council",
                "says",
                "W",
            ),
            ("Isn’t an increase fair?", "", "", ""),
        ],
        [
            ("NORAIDAH: Some increase, yes.", "Noraidah Mansorudin", "NORAIDAH:", ""),
            (
                "But 42% in one go, in a year when cooking oil went up and chicken went up, is too much.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "",
            ),
            (
                "When I started here in 1999, I paid RM180 a month.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "",
            ),
        ],
        [("TT: What will the new rent mean for the price of a plate?", "", "", "")],
        [
            (
                "NORAIDAH: For most stalls, 50 sen to RM1 more.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "",
            ),
            (
                "Our members sell about 120 plates a day on a good day, and the rent has to come out of those plates.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "W",
            ),
            (
                "A plate of char koay teow cannot keep going up like this.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Also read: Penang ferry fares to stay unchanged until June, says operator",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "TT: Some stallholders complained to us about the e-wallet rule.",
                "Some stallholders",
                "complained",
                "",
            ),
            ("Why?", "", "", ""),
        ],
        [
            (
                "NORAIDAH: Because many of the older ones do not have a smartphone, and the ones who do are scared of scams.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "",
            ),
            (
                "In our own survey last month, 38% of members over 60 said they had never used an e-wallet.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "W",
            ),
        ],
        [
            (
                "The council has given us until March to switch.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "W",
            ),
            (
                "After that, the payment counter at its headquarters will stop taking cash.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "W",
            ),
        ],
        [
            (
                "TT: Council president Datuk Ridzwan Hamdani Yusriadi told the state assembly last month that hawkers who cannot pay by e-wallet can ask a family member to pay for them.",
                "Ridzwan Hamdani Yusriadi",
                "told the state assembly",
                "W",
            ),
            ("Is that a solution?", "", "", ""),
        ],
        [
            (
                "NORAIDAH: With respect to Datuk Ridzwan, my children are in Kuala Lumpur and Singapore.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "",
            ),
            ("Who pays for me?", "Noraidah Mansorudin", "NORAIDAH:", ""),
            (
                "We have asked the council for a grace period of one year for members over 65.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "W",
            ),
        ],
        [("TT: Will the association take any action?", "", "", "")],
        [
            (
                "NORAIDAH: We have a meeting with the state local government committee on Dec 17.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "W",
            ),
            (
                "If that fails, we will decide together with our members.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "",
            ),
            ("We are not a militant association, lah.", "Noraidah Mansorudin", "NORAIDAH:", ""),
        ],
        [
            ("TT: Last question.", "", "", ""),
            ("What is the best dish in this food court?", "", "", ""),
        ],
        [
            ("NORAIDAH: Mine, of course!", "Noraidah Mansorudin", "NORAIDAH:", ""),
            (
                "But if you want a second opinion, the mee sotong three stalls down.",
                "Noraidah Mansorudin",
                "NORAIDAH:",
                "",
            ),
        ],
        [
            ("Got a story on Penang’s food scene?", "", "", "B"),
            ("WhatsApp the Metro desk at 012-555 0417.", "", "", "B"),
        ],
        [("Tags / Keywords: Penang, Hawkers, Rent, Food courts", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Butterworth night market traders get six more months at temporary site", "", "", "B")],
        [("© 2026 Tanjungsari Tribune Media Sdn. Bhd. (198701004412)", "", "", "B")],
        [("Privacy Statement | Terms of Use | Advertise with us", "", "", "B")],
    ],
    [
        [("NEWSDRUM EAST AFRICA", "", "", "B")],
        [("Newsroom | Submit a release | Pricing | Sectors | Contact", "", "", "B")],
        [("Sectors › Energy & Utilities", "", "", "B")],
        [("FOR IMMEDIATE RELEASE", "", "", "B")],
        [
            (
                "Lirasol Energy connects 12,400 Lira households to solar mini-grids, secures US$9.5 million to reach 30,000 by 2028",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Expansion will bring round-the-clock power to 41 more villages in Lira and Alebtong districts",
                "",
                "",
                "",
            )
        ],
        [("Released: 9 December 2026, 10:00 EAT | Source: Lirasol Energy Ltd", "", "", "B")],
        [("Share: LinkedIn | X | Facebook | Email | Print", "", "", "B")],
        [
            (
                "LIRA, Uganda, 9 December 2026 /Newsdrum/ -- Lirasol Energy Ltd, a Ugandan operator of solar mini-grids, today announced that it has connected 12,400 households and 860 businesses in Lira District to its networks since it began operating in March 2023.",
                "Lirasol Energy Ltd",
                "announced",
                "W",
            )
        ],
        [
            (
                "The company also announced a US$9.5 million financing package from the Ankolena Green Fund and two Ugandan banks, which it will use to build 18 new mini-grids and reach 30,000 households by the end of 2028.",
                "The company",
                "announced",
                "W",
            )
        ],
        [
            (
                "Lirasol’s 23 mini-grids have a combined capacity of 3.1 MW and supply power 24 hours a day at a tariff of UGX 750 per kWh.",
                "",
                "",
                "W",
            ),
            (
                "Customers pay through mobile money, and 94 per cent of bills were paid on time in the year to October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Three years ago, most of these villages had never seen a light bulb that did not run on a torch battery,” said Eng. Opolot Ayeny-Odongkara, Chief Executive Officer of Lirasol Energy.",
                "Opolot Ayeny-Odongkara",
                "said",
                "",
            ),
            (
                "“Today, 310 of the businesses on our networks are grain mills, welding shops or cold rooms that could not run before.”",
                "Opolot Ayeny-Odongkara",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ayeny-Odongkara said the company had cut its average connection fee from UGX 180,000 to UGX 45,000 in 2025 by letting customers pay in 12 monthly instalments.",
                "Opolot Ayeny-Odongkara",
                "said",
                "W",
            )
        ],
        [
            (
                "“Lirasol has shown that a mini-grid in northern Uganda can pay its own way,” said Dr. Wambuira Langatmoi-Sørbye, Managing Partner at Ankolena Green Fund, which is based in Nairobi.",
                "Wambuira Langatmoi-Sørbye",
                "said",
                "",
            ),
            (
                "“This is our largest investment in Uganda to date.”",
                "Wambuira Langatmoi-Sørbye",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Chairperson of Lira District Local Government, Hon. Ocen Akullo-Ebong, said the mini-grids had allowed four health centres in the district to keep vaccines refrigerated on site for the first time.",
                "Ocen Akullo-Ebong",
                "said",
                "W",
            ),
            (
                "“We welcome every investor who brings light to our people,” he added.",
                "Ocen Akullo-Ebong",
                "added",
                "",
            ),
        ],
        [
            (
                "Construction of the first six new mini-grids, in Alebtong District, will begin in February 2027 and is expected to take nine months.",
                "",
                "",
                "",
            ),
            (
                "The expansion is expected to create 140 permanent jobs, according to the company.",
                "the company",
                "according to",
                "",
            ),
        ],
        [("About Lirasol Energy Ltd", "", "", "B")],
        [
            (
                "Lirasol Energy Ltd is a Ugandan renewable energy company founded in 2021 and headquartered in Lira.",
                "",
                "",
                "B",
            ),
            (
                "It designs, builds and operates solar mini-grids in northern Uganda and employs 210 people.",
                "",
                "",
                "B",
            ),
        ],
        [("About Ankolena Green Fund", "", "", "B")],
        [
            (
                "Ankolena Green Fund is a Nairobi-based impact investment fund that finances clean energy and water companies in East Africa.",
                "",
                "",
                "B",
            )
        ],
        [("Media contact:", "", "", "B")],
        [("Nakato Namirimu-Osterfeldt, Communications Manager, Lirasol Energy Ltd", "", "", "B")],
        [("Tel: +256 772 555 018 | Email: media@lirasol.co.ug", "", "", "B")],
        [("###", "", "", "B")],
        [("Distributed by Newsdrum East Africa on behalf of Lirasol Energy Ltd.", "", "", "B")],
        [
            (
                "Disclaimer: The content above is provided by the issuer, which is solely responsible for it.",
                "",
                "",
                "B",
            ),
            ("Newsdrum does not edit or verify press releases.", "", "", "B"),
        ],
        [("More releases from this organisation", "", "", "B")],
        [
            (
                "Lirasol Energy opens training centre for women electricians in Lira (14 May 2026)",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "© Newsdrum Communications Ltd 2026 · Plot 9, Nsambya Ridge Close, Kampala",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("THE CARONI MIRROR", "", "", "B")],
        [("Thursday, December 10, 2026 | Port of Spain 31°C | e-Paper | Subscribe", "", "", "B")],
        [
            (
                "News | Business | Sport | Opinion | Letters | Entertainment | Carnival | Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("Opinion › Columnists", "", "", "B")],
        [("A property tax built on guesswork", "", "", "")],
        [
            (
                "Only about one home in four has a new valuation, yet the first bills fall due in March",
                "",
                "",
                "W",
            )
        ],
        [("Sunalini Boodhooram-Cazabon", "", "", "B")],
        [("Thursday Column", "", "", "B")],
        [("Published: Dec 10, 2026, 12:01 am", "", "", "B")],
        [("Share this: Facebook | WhatsApp | X | Email", "", "", "B")],
        [
            (
                "Last week, at a hardware in Chaguanas, a man I have known for 20 years asked me whether he should pay his property tax or fix his roof.",
                "",
                "",
                "",
            ),
            (
                "I told him I did not know, and that neither, as far as I can tell, does the Ministry of Finance.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The Property Tax (Valuation Roll) Act, 2026 was passed in the House of Representatives on Nov. 20 by 22 votes to 15.",
                "",
                "",
                "W",
            ),
            (
                "It requires every homeowner to pay 3 per cent of a property’s annual rental value from March 31, 2027, based on valuations by the ministry’s valuation unit.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the ministry’s own answer to a parliamentary question on Dec. 1, the unit has completed 84,212 of an estimated 331,000 residential valuations.",
                "the ministry’s own answer to a parliamentary question on Dec. 1",
                "According to",
                "W",
            ),
            ("That is barely one home in four.", "", "", "W"),
        ],
        [
            (
                "Finance Minister Dexford Ramjattansingh-Greavesend told the House that homes without a new valuation would be billed on “the last available assessment”.",
                "Dexford Ramjattansingh-Greavesend",
                "told the House",
                "W",
            ),
            (
                "For many homes in Diego Martin and San Fernando, that assessment dates from 1979.",
                "",
                "",
                "W",
            ),
            (
                "Mr. Ramjattansingh-Greavesend also said the ministry expected to raise TT$410 million in the first year.",
                "Dexford Ramjattansingh-Greavesend",
                "said",
                "",
            ),
        ],
        [
            ("I would like to believe him.", "", "", ""),
            (
                "But the last attempt to collect the tax, in 2010, brought in less than a fifth of its target before it was suspended, i.e. about TT$38 million of TT$200 million.",
                "",
                "",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("RELATED: Valuation officers to visit 5,000 homes in Tobago by January", "", "", "B")],
        [
            (
                "The Port of Spain-based Belmontine Policy Institute estimated in October that 41 per cent of homeowners outside the capital do not hold a registered deed.",
                "Belmontine Policy Institute",
                "estimated",
                "W",
            ),
            ("How do you tax a house whose owner, on paper, does not exist?", "", "", ""),
        ],
        [
            (
                "The Opposition’s finance spokesman, Vishnudat Mahabir-Delancy, wrote on Facebook that his party would repeal the law if it won the next election.",
                "Vishnudat Mahabir-Delancy",
                "wrote on Facebook",
                "",
            ),
            ("That is a promise, not a plan.", "", "", ""),
        ],
        [
            ("None of this is an argument against a property tax.", "", "", ""),
            (
                "Every serious economist I know, myself included, thinks the country needs one.",
                "",
                "",
                "",
            ),
            (
                "Property tax made up 0.2 per cent of government revenue here in 2025, against an average of 1.1 per cent in the region, according to figures compiled by the Eastern Caribbean Tax Forum.",
                "figures compiled by the Eastern Caribbean Tax Forum",
                "according to",
                "W",
            ),
        ],
        [
            (
                "It is an argument for doing things in the right order: value the homes first, publish the roll, hear the objections, and only then send the bills.",
                "",
                "",
                "",
            ),
            ("The minister has until March to get that order right.", "", "", ""),
        ],
        [("My friend in Chaguanas, for his part, has decided to fix his roof.", "", "", "")],
        [
            (
                "Dr. Sunalini Boodhooram-Cazabon is an economist and a senior lecturer in public finance at the Caribbean Institute of Fiscal Studies in St. Augustine.",
                "",
                "",
                "B",
            ),
            ("Her column appears every Thursday.", "", "", "B"),
            ("The views expressed are her own.", "", "", "B"),
        ],
        [("Have your say: send a letter to the editor at letters@caronimirror.tt", "", "", "B")],
        [("More from Opinion", "", "", "B")],
        [("Editorial: A desalination plant is not a water policy", "", "", "B")],
        [("Letters: Why I still take the maxi taxi to work", "", "", "B")],
        [("© 2026 Caroni Mirror Publishing Co. Ltd.", "", "", "B")],
    ],
    [
        [("MAHAWELI TIMES ONLINE", "", "", "B")],
        [("Wednesday, 16 December 2026 | Colombo 29°C | සිංහල | தமிழ்", "", "", "B")],
        [
            (
                "Home | Breaking News | Local | Business | Sports | World | Opinion | Video",
                "",
                "",
                "B",
            )
        ],
        [("BREAKING NEWS", "", "", "B")],
        [
            (
                "Nine killed, 63 in hospital as Colombo–Badulla express derails near Kadugannawa",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "This is a developing story and will be updated as more information becomes available.",
                "",
                "",
                "B",
            )
        ],
        [("By Nethmini Wijeratnege and Ruwanthi Pallegedara-Silvapulle", "", "", "B")],
        [("Last updated: 16 December 2026, 6.25 p.m.", "", "", "B")],
        [("Share: WhatsApp | Facebook | Viber | X", "", "", "B")],
        [("UPDATE 4 (6.25 p.m.)", "", "", "B")],
        [
            (
                "Dr. Thilinika Abeykoonwatta, director of the Kandy Hill Teaching Hospital, told reporters at 6 p.m. that a woman aged 64 had died during surgery, taking the death toll to nine.",
                "Thilinika Abeykoonwatta",
                "told reporters",
                "W",
            ),
            (
                "She said 63 passengers had been admitted, 11 of them to intensive care.",
                "Thilinika Abeykoonwatta",
                "said",
                "W",
            ),
        ],
        [
            (
                "Transport Minister Lasanthika Gunawardhana-Pieris told Parliament at 5.30 p.m. that the government would pay Rs. 1 million to the family of each person killed.",
                "Lasanthika Gunawardhana-Pieris",
                "told Parliament",
                "W",
            ),
            (
                "He said the track on that section had been relaid in 2024.",
                "Lasanthika Gunawardhana-Pieris",
                "said",
                "W",
            ),
        ],
        [("UPDATE 3 (4.40 p.m.)", "", "", "B")],
        [
            (
                "Nuwantha Kiriwattuduwa, deputy general manager of railways for operations, said train No. 1015, which left Colombo Fort at 8.30 a.m., was carrying about 740 passengers in nine carriages when four of them left the track at 12.52 p.m.",
                "Nuwantha Kiriwattuduwa",
                "said",
                "W",
            ),
            (
                "He said the train was travelling at about 25 km/h on a curve with a limit of 30 km/h.",
                "Nuwantha Kiriwattuduwa",
                "said",
                "W",
            ),
            (
                "“At this stage we cannot say whether it was the track or the train,” he said.",
                "Nuwantha Kiriwattuduwa",
                "said",
                "",
            ),
            (
                "He said the department had appointed a three-member committee, which has been told to report within two weeks.",
                "Nuwantha Kiriwattuduwa",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("UPDATE 2 (2.15 p.m.)", "", "", "B")],
        [
            (
                "Police media spokesman SSP Harshanath Dewagiriyage said 180 police officers and 120 soldiers were helping villagers and railway staff with the rescue.",
                "Harshanath Dewagiriyage",
                "said",
                "W",
            ),
            (
                "He said traffic on the Colombo–Kandy road was being diverted at the Kadugannawa junction.",
                "Harshanath Dewagiriyage",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The carriage just lifted and turned over, and everyone was on top of everyone,” said Fathima Rizna Cassimally-Uduman, a teacher from Kegalle who was on her way to Badulla, speaking from a hospital bed.",
                "Fathima Rizna Cassimally-Uduman",
                "said",
                "",
            ),
            (
                "“A boy of about ten pulled my bag off my legs.”",
                "Fathima Rizna Cassimally-Uduman",
                "said",
                "",
            ),
        ],
        [("UPDATE 1 (1.35 p.m.)", "", "", "B")],
        [
            (
                "Train services between Kadugannawa and Kandy have been suspended, the railway department said.",
                "the railway department",
                "said",
                "W",
            ),
            (
                "The department asked passengers travelling to the hill country to use buses until further notice.",
                "The department",
                "asked",
                "",
            ),
        ],
        [("FIRST REPORT (1.10 p.m.)", "", "", "B")],
        [
            (
                "At least four people were killed and dozens injured when an express train from Colombo to Badulla derailed near Kadugannawa shortly before 1 p.m. on Wednesday, police said.",
                "police",
                "said",
                "W",
            ),
            (
                "Television footage showed carriages lying on their sides on an embankment, with villagers using ropes to pull passengers out through the windows.",
                "Television footage",
                "showed",
                "",
            ),
        ],
        [
            (
                "Readers with information or photos can email news@mahawelitimes.lk or WhatsApp 077 555 4102.",
                "",
                "",
                "B",
            )
        ],
        [("Tags: Train derailment | Kadugannawa | Rail safety", "", "", "B")],
        [("Latest News", "", "", "B")],
        [("Fuel prices unchanged for January, says ministry", "", "", "B")],
        [("Two held over Rs. 40 million gem fraud in Ratnapura", "", "", "B")],
        [("Copyright © 2026 Mahaweli Publications (Pvt) Ltd.", "", "", "B")],
        [("All Rights Reserved | Privacy | Contact Us", "", "", "B")],
    ],
    [
        [("THE CREEKSIDE BUSINESS DAILY", "", "", "B")],
        [("Monday, 14 December 2026 | Dubai | Sign in | Subscribe", "", "", "B")],
        [("MARKETS", "", "", "B")],
        [("DFM 5,108.42 ▲ 0.61%", "", "", "B")],
        [("ADX 9,874.10 ▼ 0.12%", "", "", "B")],
        [("Brent $71.84 ▲ 0.90%", "", "", "B")],
        [("Gold $2,618.40 ▼ 0.30%", "", "", "B")],
        [("USD/AED 3.6725", "", "", "B")],
        [("Data delayed 15 min.", "", "", "B"), ("Source: Tradeline Data.", "", "", "B")],
        [
            (
                "Economy | Markets | Property | Banking | Energy | Aviation | Tech | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Property", "", "", "B")],
        [("Saffarah Developments’ Q3 profit jumps 31% to Dh842m on off-plan sales", "", "", "W")],
        [
            (
                "Shares close at a record Dh3.42 after the developer raises its 2026 sales target to Dh14bn",
                "",
                "",
                "W",
            )
        ],
        [("By Fathiya Qasimi-Lindqvister", "", "", "B")],
        [("Senior Property Correspondent", "", "", "B")],
        [("Published: Mon 14 Dec 2026, 5:48 PM | Updated: 7:12 PM", "", "", "B")],
        [("Share: LinkedIn | X | WhatsApp | Email", "", "", "B")],
        [
            (
                "DUBAI: Saffarah Developments PJSC said on Monday that its net profit for the three months to September 30 rose 31 per cent from a year earlier to Dh842 million, helped by record sales of off-plan homes in two new communities.",
                "Saffarah Developments PJSC",
                "said",
                "W",
            )
        ],
        [
            (
                "Revenue rose 24 per cent to Dh3.1 billion, the company said in a filing to the Dubai Financial Market.",
                "the company",
                "said in a filing to the Dubai Financial Market",
                "W",
            ),
            (
                "Sales bookings for the first nine months reached Dh11.6bn, it said, and it raised its target for the year to Dh14bn from Dh12bn.",
                "the company",
                "said",
                "W",
            ),
        ],
        [("SAFRA 3.42 ▲ 4.90% | Vol. 28.4m | Mkt cap Dh21.9bn", "", "", "B")],
        [
            (
                "Shares in the developer closed 4.9 per cent higher at a record Dh3.42, valuing the company at about Dh21.9bn.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Group chief executive Zayedan Khaddarin-Oberst said 62 per cent of buyers in the quarter were foreign nationals, with buyers from India, the U.K. and Germany the largest groups.",
                "Zayedan Khaddarin-Oberst",
                "said",
                "W",
            ),
            (
                "“We sold 1,840 units at Saffarah Creekview in 11 days,” he said on a call with analysts.",
                "Zayedan Khaddarin-Oberst",
                "said",
                "W",
            ),
            (
                "“Demand for family homes in Dubai is still running ahead of supply, and we see that continuing through 2027.”",
                "Zayedan Khaddarin-Oberst",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Read more: Abu Dhabi office rents climb 14% as vacancy hits decade low", "", "", "B")],
        [
            (
                "Analysts at Qanat Capital raised their price target for the stock to Dh3.90 from Dh3.20 and kept a buy rating, saying the company had Dh19bn of contracted sales still to be booked as revenue.",
                "Analysts at Qanat Capital",
                "saying",
                "W",
            )
        ],
        [
            (
                "“The numbers are excellent, but the question for 2027 is how much of this supply arrives at once,” said Priyankara Venkatraghavani-Hadrameen, head of research at Dunepoint Analytics.",
                "Priyankara Venkatraghavani-Hadrameen",
                "said",
                "",
            ),
            (
                "According to Dunepoint data, about 76,000 homes are scheduled for completion in Dubai next year, compared with an average of 38,000 a year over the past five years.",
                "Dunepoint data",
                "According to",
                "W",
            ),
            (
                "She said 20 to 30 per cent of scheduled handovers usually slip into the following year, e.g. because of contractor delays.",
                "Priyankara Venkatraghavani-Hadrameen",
                "said",
                "W",
            ),
            (
                "She said prices in some off-plan districts could flatten in the second half of 2027.",
                "Priyankara Venkatraghavani-Hadrameen",
                "said",
                "",
            ),
        ],
        [
            (
                "Dubai recorded 48,200 residential transactions in the third quarter, up 19 per cent from a year earlier, according to government data.",
                "government data",
                "according to",
                "W",
            )
        ],
        [
            (
                "Saffarah said it would pay an interim dividend of 8 fils a share on Jan. 12.",
                "Saffarah Developments PJSC",
                "said",
                "W",
            ),
            (
                "A spokesman for the company declined to comment on reports that it was in talks to buy a land bank in Ras Al Khaimah.",
                "A spokesman for the company",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Disclaimer: Market data is provided for information only and is not investment advice.",
                "",
                "",
                "B",
            )
        ],
        [("Tags: Saffarah Developments | Dubai property | Earnings", "", "", "B")],
        [("Most read", "", "", "B")],
        [("Sharjah freezone licences up 23% in first nine months", "", "", "B")],
        [("Gulf airline orders 18 widebody jets at Dubai show", "", "", "B")],
        [("© Creekside Media FZ-LLC 2026 — Dubai Media City", "", "", "B")],
    ],
    [
        [("MAGNETIC COAST MAIL", "", "", "B")],
        [("Friday, 11 December 2026 | Townsville 31° | Subscribe", "", "", "B")],
        [("News | Courts | Business | Sport | Lifestyle | Real Estate | Puzzles", "", "", "B")],
        [("Courts & Crime", "", "", "B")],
        [
            (
                "Charter operator jailed for four years over $1.3m in bookings for reef trips that never sailed",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Judge says the company “kept taking money after it knew it had none”",
                "Phillida Morrowvale-Tindale",
                "says",
                "W",
            )
        ],
        [("Bree Tannahillock-Quoyle", "", "", "B")],
        [("Court reporter", "", "", "B")],
        [("December 11, 2026 - 4:15pm", "", "", "B")],
        [("Share: Facebook | X | Email | Copy link", "", "", "B")],
        [
            (
                "A former Townsville charter-boat operator has been jailed for four years for taking $1.3 million in deposits for reef trips and island weddings that never happened.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Bradwick Jozef Kettlewelle-Ashcraigie, 52, pleaded guilty in the Townsville District Court on Friday to one count of fraud over $100,000 and one count of falsifying records.",
                "",
                "",
                "W",
            ),
            (
                "Judge Phillida Morrowvale-Tindale said Kettlewelle-Ashcraigie took deposits from 418 customers between March 2023 and August 2025 through his company, Coralbright Charters Pty Ltd, while knowing it could not run the trips.",
                "Phillida Morrowvale-Tindale",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This was not a business that fell on hard times,” she said.",
                "Phillida Morrowvale-Tindale",
                "said",
                "",
            ),
            (
                "“It was a business that kept taking money after it knew it had none.”",
                "Phillida Morrowvale-Tindale",
                "said",
                "W",
            ),
        ],
        [("He will be eligible for parole after serving 16 months.", "", "", "W")],
        [
            (
                "Crown prosecutor Liesbetta Worrallby-Tupouniua told the court that 61 of the customers were couples who had booked weddings on Magnetic Island or Orpheus Island and lost an average of $9,800 each.",
                "Liesbetta Worrallby-Tupouniua",
                "told the court",
                "W",
            ),
            (
                "She said the money had gone on the company’s debts, two vehicles and $212,000 in online gambling.",
                "Liesbetta Worrallby-Tupouniua",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("Read more: Former council worker sentenced over $240,000 fuel card fraud", "", "", "B")],
        [
            (
                "In a statement read to the court by Ms Worrallby-Tupouniua, Jodine Frankland-Oduyanke, whose wedding on Magnetic Island was cancelled nine days before the date, said she and her husband had paid $14,300.",
                "Jodine Frankland-Oduyanke",
                "said",
                "",
            ),
            (
                "“We got married in my parents’ backyard in the end,” she said in the statement.",
                "Jodine Frankland-Oduyanke",
                "said in the statement",
                "",
            ),
            (
                "“It was lovely, but it was not what we paid for.”",
                "Jodine Frankland-Oduyanke",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "Defence barrister Hamlyn Yoonhee-Bellringham said his client had been drinking heavily after his marriage broke down in 2022 and had “lost all sense of proportion”.",
                "Hamlyn Yoonhee-Bellringham",
                "said",
                "W",
            ),
            (
                "He said Kettlewelle-Ashcraigie had repaid $86,000 to 41 customers before he was charged.",
                "Hamlyn Yoonhee-Bellringham",
                "said",
                "W",
            ),
            (
                "Mr Yoonhee-Bellringham asked for a sentence that would allow his client to apply for parole after 12 months.",
                "Hamlyn Yoonhee-Bellringham",
                "asked",
                "",
            ),
        ],
        [
            (
                "Judge Morrowvale-Tindale said the repayments counted in his favour but did not outweigh “the sheer number of people who trusted him”.",
                "Phillida Morrowvale-Tindale",
                "said",
                "W",
            ),
            ("She ordered him to pay $1.08 million in restitution.", "", "", "W"),
        ],
        [
            (
                "Det. Snr Const. Kerryn Ablewhite-Naidooram, of the Townsville fraud squad, said outside court that the investigation had traced 612 bank transactions across 14 accounts.",
                "Kerryn Ablewhite-Naidooram",
                "said",
                "W",
            ),
            (
                "“If a deal looks too good and the operator wants cash, ask questions,” she said.",
                "Kerryn Ablewhite-Naidooram",
                "said",
                "",
            ),
        ],
        [
            (
                "Coralbright Charters Pty Ltd went into liquidation in September 2025, according to corporate records.",
                "corporate records",
                "according to",
                "W",
            ),
            (
                "The liquidator, Seagrape Insolvency Partners, did not respond to a request for comment.",
                "Seagrape Insolvency Partners",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "If you or someone you know has been affected by a scam, call the national scam reporting line on 1300 555 127.",
                "",
                "",
                "B",
            )
        ],
        [("More Courts & Crime", "", "", "B")],
        [("Teen charged after Ross River bike path assault", "", "", "B")],
        [("Magistrate warns of jail after third drink-driving offence", "", "", "B")],
        [
            ("© 2026 Tropicview Regional Media Pty Ltd.", "", "", "B"),
            ("Conditions of use | Privacy | Contact the newsroom", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h70-sc-8pm-after",
        "The board’s finance and performance committee approved the change by six votes to two at a meeting in Dundee. From February the unit will be open from 8am until 8pm. After that, patients will be directed to the board’s urgent care line or to the emergency department at Tayview Royal Infirmary in Dundee, 19 miles away.",
        [
            "The board’s finance and performance committee approved the change by six votes to two at a meeting in Dundee.",
            "From February the unit will be open from 8am until 8pm.",
            "After that, patients will be directed to the board’s urgent care line or to the emergency department at Tayview Royal Infirmary in Dundee, 19 miles away.",
        ],
    ),
    (
        "h70-sc-paywall-already-subscriber",
        "Already a subscriber? Log in to keep reading.",
        ["Already a subscriber?", "Log in to keep reading."],
    ),
    (
        "h70-sc-quote-mr-said-he",
        "“People here found out about this from a press release. That is not consultation, that is notification,” Mr Dalgairn-Mairsland said. He said he would raise the decision with the health secretary at Holyrood on Thursday.",
        [
            "“People here found out about this from a press release.",
            "That is not consultation, that is notification,” Mr Dalgairn-Mairsland said.",
            "He said he would raise the decision with the health secretary at Holyrood on Thursday.",
        ],
    ),
    (
        "h70-gh-ltd-before-she",
        "The cut would leave Ghana's crop at its smallest since the 2009/10 season, said Imogena Tallowcombe-Oduroh, a softs analyst at London-based Brackwaterhill Commodities Ltd. She said the market would now watch whether Ivory Coast's mid-crop could make up part of the shortfall.",
        [
            "The cut would leave Ghana's crop at its smallest since the 2009/10 season, said Imogena Tallowcombe-Oduroh, a softs analyst at London-based Brackwaterhill Commodities Ltd.",
            "She said the market would now watch whether Ivory Coast's mid-crop could make up part of the shortfall.",
        ],
    ),
    (
        "h70-gh-ltd-accra-prices",
        "All content © 2026 Sahelwind Wire Ltd., Accra. Prices delayed by at least 15 minutes.",
        [
            "All content © 2026 Sahelwind Wire Ltd., Accra.",
            "Prices delayed by at least 15 minutes.",
        ],
    ),
    (
        "h70-ca-ave-pm-bylaw-no",
        "The meeting at City Hall on Wellbrookes Ave. ran until 11:20 p.m. Council heard from nine delegations before the vote on By-law No. 7781.",
        [
            "The meeting at City Hall on Wellbrookes Ave. ran until 11:20 p.m.",
            "Council heard from nine delegations before the vote on By-law No. 7781.",
        ],
    ),
    (
        "h70-ca-coun-ward-brackets",
        "Coun. Mirasol Eberhart-Kwanfield (Ward 2), who voted against the bylaw with Coun. Warrock Osterhaug (Ward 9) and Coun. Harvel Pidcocke-Oyelagbo (Ward 6), said the city should have phased the work over seven years. “We are asking people on fixed incomes to pay for forty years of putting this off,” Eberhart-Kwanfield said.",
        [
            "Coun. Mirasol Eberhart-Kwanfield (Ward 2), who voted against the bylaw with Coun. Warrock Osterhaug (Ward 9) and Coun. Harvel Pidcocke-Oyelagbo (Ward 6), said the city should have phased the work over seven years.",
            "“We are asking people on fixed incomes to pay for forty years of putting this off,” Eberhart-Kwanfield said.",
        ],
    ),
    (
        "h70-za-tries-initials",
        "Blesboks 27 – Tries: T. Rammekwa-Kgotlaeng, D. van Heerdenhof, penalty try. Conversions: Van Heerdenhof 2. Penalties: Van Heerdenhof 2.",
        [
            "Blesboks 27 – Tries: T. Rammekwa-Kgotlaeng, D. van Heerdenhof, penalty try.",
            "Conversions: Van Heerdenhof 2.",
            "Penalties: Van Heerdenhof 2.",
        ],
    ),
    (
        "h70-za-yellow-min-referee",
        "Yellow card: H. Bezuidenhoutkraal (Ridgebacks, 72 min.). Referee: Morné Aucamp-Ndlovukati. Attendance: 18,240.",
        [
            "Yellow card: H. Bezuidenhoutkraal (Ridgebacks, 72 min.).",
            "Referee: Morné Aucamp-Ndlovukati.",
            "Attendance: 18,240.",
        ],
    ),
    (
        "h70-za-pty-ltd-reproduction",
        "© 2026 Meridian Media (Pty) Ltd. Reproduction without permission is prohibited.",
        ["© 2026 Meridian Media (Pty) Ltd.", "Reproduction without permission is prohibited."],
    ),
    (
        "h70-no-p-value-authors",
        "The study found that recovered sites were, on average, 9 km closer to commercial king crab grounds than sites that stayed barren (p = 0.003). The authors wrote that the crabs, which can eat several urchins a day, “may be doing what decades of management could not”.",
        [
            "The study found that recovered sites were, on average, 9 km closer to commercial king crab grounds than sites that stayed barren (p = 0.003).",
            "The authors wrote that the crabs, which can eat several urchins a day, “may be doing what decades of management could not”.",
        ],
    ),
    (
        "h70-no-prof-he-said",
        "Co-author Prof. Eiliv Guttormsen-Nyrud, who leads the institute’s seabed ecology group, said the team had ruled out warmer water as the main cause. Sea temperatures rose by about 0.8°C over the decade at both recovered and barren sites, he said. He said the next step was to tag crabs to see how far they travel to feed.",
        [
            "Co-author Prof. Eiliv Guttormsen-Nyrud, who leads the institute’s seabed ecology group, said the team had ruled out warmer water as the main cause.",
            "Sea temperatures rose by about 0.8°C over the decade at both recovered and barren sites, he said.",
            "He said the next step was to tag crabs to see how far they travel to feed.",
        ],
    ),
    (
        "h70-us-st-pm-sgt",
        "A 71-year-old woman died after a Douglas fir fell on her car on Greenhollow St. in south Eugene shortly after 1 p.m., Eugene police said. Police Sgt. Antero Ferreirosa-Mackley said the woman, whose name has not been released, was pronounced dead at the scene. He said it was the first storm-related death in the county.",
        [
            "A 71-year-old woman died after a Douglas fir fell on her car on Greenhollow St. in south Eugene shortly after 1 p.m., Eugene police said.",
            "Police Sgt. Antero Ferreirosa-Mackley said the woman, whose name has not been released, was pronounced dead at the scene.",
            "He said it was the first storm-related death in the county.",
        ],
    ),
    (
        "h70-us-am-before-county",
        "Lane County government offices closed at 10 a.m. County commissioners postponed a budget hearing to Dec. 22. Commission chair Robertina Lindqvister-Achebeleke said the county had declared a local emergency, which allows it to request help from the state.",
        [
            "Lane County government offices closed at 10 a.m.",
            "County commissioners postponed a budget hearing to Dec. 22.",
            "Commission chair Robertina Lindqvister-Achebeleke said the county had declared a local emergency, which allows it to request help from the state.",
        ],
    ),
    (
        "h70-us-ave-and-one",
        "Lane County has opened four overnight warming centers, including one at the county event center on Rivermist Ave. and one at the Meadowrue Grange hall. County emergency manager Luzmarina Arkwrightson-Delvalleja said the centers had 640 cots between them. “If you are cold at home and you can get to us safely, come,” she said.",
        [
            "Lane County has opened four overnight warming centers, including one at the county event center on Rivermist Ave. and one at the Meadowrue Grange hall.",
            "County emergency manager Luzmarina Arkwrightson-Delvalleja said the centers had 640 cots between them.",
            "“If you are cold at home and you can get to us safely, come,” she said.",
        ],
    ),
    (
        "h70-my-one-word-why",
        "TT: Some stallholders complained to us about the e-wallet rule. Why?",
        ["TT: Some stallholders complained to us about the e-wallet rule.", "Why?"],
    ),
    (
        "h70-my-last-question",
        "TT: Last question. What is the best dish in this food court?",
        ["TT: Last question.", "What is the best dish in this food court?"],
    ),
    (
        "h70-my-datuk-question",
        "NORAIDAH: With respect to Datuk Ridzwan, my children are in Kuala Lumpur and Singapore. Who pays for me? We have asked the council for a grace period of one year for members over 65.",
        [
            "NORAIDAH: With respect to Datuk Ridzwan, my children are in Kuala Lumpur and Singapore.",
            "Who pays for me?",
            "We have asked the council for a grace period of one year for members over 65.",
        ],
    ),
    (
        "h70-ug-eng-said-quote",
        "“Three years ago, most of these villages had never seen a light bulb that did not run on a torch battery,” said Eng. Opolot Ayeny-Odongkara, Chief Executive Officer of Lirasol Energy. “Today, 310 of the businesses on our networks are grain mills, welding shops or cold rooms that could not run before.”",
        [
            "“Three years ago, most of these villages had never seen a light bulb that did not run on a torch battery,” said Eng. Opolot Ayeny-Odongkara, Chief Executive Officer of Lirasol Energy.",
            "“Today, 310 of the businesses on our networks are grain mills, welding shops or cold rooms that could not run before.”",
        ],
    ),
    (
        "h70-ug-disclaimer-two",
        "Disclaimer: The content above is provided by the issuer, which is solely responsible for it. Newsdrum does not edit or verify press releases.",
        [
            "Disclaimer: The content above is provided by the issuer, which is solely responsible for it.",
            "Newsdrum does not edit or verify press releases.",
        ],
    ),
    (
        "h70-tt-mr-also-said",
        "Finance Minister Dexford Ramjattansingh-Greavesend told the House that homes without a new valuation would be billed on “the last available assessment”. For many homes in Diego Martin and San Fernando, that assessment dates from 1979. Mr. Ramjattansingh-Greavesend also said the ministry expected to raise TT$410 million in the first year.",
        [
            "Finance Minister Dexford Ramjattansingh-Greavesend told the House that homes without a new valuation would be billed on “the last available assessment”.",
            "For many homes in Diego Martin and San Fernando, that assessment dates from 1979.",
            "Mr. Ramjattansingh-Greavesend also said the ministry expected to raise TT$410 million in the first year.",
        ],
    ),
    (
        "h70-tt-ie-mid-sentence",
        "I would like to believe him. But the last attempt to collect the tax, in 2010, brought in less than a fifth of its target before it was suspended, i.e. about TT$38 million of TT$200 million.",
        [
            "I would like to believe him.",
            "But the last attempt to collect the tax, in 2010, brought in less than a fifth of its target before it was suspended, i.e. about TT$38 million of TT$200 million.",
        ],
    ),
    (
        "h70-tt-st-augustine-note",
        "Dr. Sunalini Boodhooram-Cazabon is an economist and a senior lecturer in public finance at the Caribbean Institute of Fiscal Studies in St. Augustine. Her column appears every Thursday. The views expressed are her own.",
        [
            "Dr. Sunalini Boodhooram-Cazabon is an economist and a senior lecturer in public finance at the Caribbean Institute of Fiscal Studies in St. Augustine.",
            "Her column appears every Thursday.",
            "The views expressed are her own.",
        ],
    ),
    (
        "h70-lk-no-am-pm-kmh",
        "Nuwantha Kiriwattuduwa, deputy general manager of railways for operations, said train No. 1015, which left Colombo Fort at 8.30 a.m., was carrying about 740 passengers in nine carriages when four of them left the track at 12.52 p.m. He said the train was travelling at about 25 km/h on a curve with a limit of 30 km/h.",
        [
            "Nuwantha Kiriwattuduwa, deputy general manager of railways for operations, said train No. 1015, which left Colombo Fort at 8.30 a.m., was carrying about 740 passengers in nine carriages when four of them left the track at 12.52 p.m.",
            "He said the train was travelling at about 25 km/h on a curve with a limit of 30 km/h.",
        ],
    ),
    (
        "h70-lk-rs-pm-he",
        "Transport Minister Lasanthika Gunawardhana-Pieris told Parliament at 5.30 p.m. that the government would pay Rs. 1 million to the family of each person killed. He said the track on that section had been relaid in 2024.",
        [
            "Transport Minister Lasanthika Gunawardhana-Pieris told Parliament at 5.30 p.m. that the government would pay Rs. 1 million to the family of each person killed.",
            "He said the track on that section had been relaid in 2024.",
        ],
    ),
    (
        "h70-ae-min-source",
        "Data delayed 15 min. Source: Tradeline Data.",
        ["Data delayed 15 min.", "Source: Tradeline Data."],
    ),
    (
        "h70-ae-uk-quote-continues",
        "Group chief executive Zayedan Khaddarin-Oberst said 62 per cent of buyers in the quarter were foreign nationals, with buyers from India, the U.K. and Germany the largest groups. “We sold 1,840 units at Saffarah Creekview in 11 days,” he said on a call with analysts. “Demand for family homes in Dubai is still running ahead of supply, and we see that continuing through 2027.”",
        [
            "Group chief executive Zayedan Khaddarin-Oberst said 62 per cent of buyers in the quarter were foreign nationals, with buyers from India, the U.K. and Germany the largest groups.",
            "“We sold 1,840 units at Saffarah Creekview in 11 days,” he said on a call with analysts.",
            "“Demand for family homes in Dubai is still running ahead of supply, and we see that continuing through 2027.”",
        ],
    ),
    (
        "h70-ae-eg-she-said",
        "According to Dunepoint data, about 76,000 homes are scheduled for completion in Dubai next year, compared with an average of 38,000 a year over the past five years. She said 20 to 30 per cent of scheduled handovers usually slip into the following year, e.g. because of contractor delays. She said prices in some off-plan districts could flatten in the second half of 2027.",
        [
            "According to Dunepoint data, about 76,000 homes are scheduled for completion in Dubai next year, compared with an average of 38,000 a year over the past five years.",
            "She said 20 to 30 per cent of scheduled handovers usually slip into the following year, e.g. because of contractor delays.",
            "She said prices in some off-plan districts could flatten in the second half of 2027.",
        ],
    ),
    (
        "h70-au-statement-read-ms",
        "In a statement read to the court by Ms Worrallby-Tupouniua, Jodine Frankland-Oduyanke, whose wedding on Magnetic Island was cancelled nine days before the date, said she and her husband had paid $14,300. “We got married in my parents’ backyard in the end,” she said in the statement. “It was lovely, but it was not what we paid for.”",
        [
            "In a statement read to the court by Ms Worrallby-Tupouniua, Jodine Frankland-Oduyanke, whose wedding on Magnetic Island was cancelled nine days before the date, said she and her husband had paid $14,300.",
            "“We got married in my parents’ backyard in the end,” she said in the statement.",
            "“It was lovely, but it was not what we paid for.”",
        ],
    ),
    (
        "h70-au-det-snr-const",
        "Det. Snr Const. Kerryn Ablewhite-Naidooram, of the Townsville fraud squad, said outside court that the investigation had traced 612 bank transactions across 14 accounts. “If a deal looks too good and the operator wants cash, ask questions,” she said.",
        [
            "Det. Snr Const. Kerryn Ablewhite-Naidooram, of the Townsville fraud squad, said outside court that the investigation had traced 612 bank transactions across 14 accounts.",
            "“If a deal looks too good and the operator wants cash, ask questions,” she said.",
        ],
    ),
]
