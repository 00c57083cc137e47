"""Ninety-third set of new hand-labelled pages for the hint engines (tuning set, round forty):
twelve WHOLE pages, head to tail, of everyday news from twelve countries (the United States
(Oregon), Canada (Manitoba), Scotland, Ireland, Nigeria, South Africa, Malaysia, Trinidad and
Tobago, Bangladesh, New Zealand, Australia (Queensland) and Namibia), where CHECK-WORTHINESS and
SENTENCE SPLITS are hard together: figures and statements of record by officials, bodies, courts
and companies beside opinions, feelings, hopes, plans, forecasts, hedges ("may", "could",
"might", "believed", "are believed to"), questions, advice and scene-setting; private people's
own experiences with numbers in them; causal claims; comparisons; and, among the news pages, a
SCIENCE story (Oregon), a COURTS story (Manitoba), a football MATCH REPORT (Scotland), an
EDITORIAL (Ireland), a CONSUMER-PRICES story (Nigeria) and a COLUMN (Trinidad and Tobago). The
splits are hard on every page: abbreviations that end a sentence before a capital ("Inc.", "Jr.",
"U.S.", "St.", "Ave.", "a.m.", "p.m.", "etc.", "Co.", "Ltd.", "Bhd.", "No." alone) and ones that
do not ("Dr.", "Mt.", "Maj.-Gen.", "v.", "vs.", "approx.", "Ph.D.,", "sq. ft.", "sq. m", "para.",
"s. 380(1)(a)", "No. 14", "Nig. Ltd.", "Sdn. Bhd.", "(rtd.),", "(GST incl.),", "Ore. —", "p.m."
before a lower-case word), legal citations, section numbers, case numbers, addresses,
measurements, decimals, times, initials, ellipses inside and at the end of sentences, brackets,
and quotes ending in ? or ! followed by their attribution. Each page carries its site's own
furniture at the head, in the middle and at the tail, and several speakers. The pages hold 526
sentences: 216 "B", 159 "W" and 151 ""; 163 sentences carry a speaker. `STYLES` describes each
page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened or listed, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The search and fetch tools were not
used, and nothing was copied from anywhere. What was read: the brief (`/tmp/brief` was listed; it
held only the brief); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed
whole with `ast.get_docstring`); from `labelled_new90.py` and `labelled_new89.py`, the output of a
script of my own using `ast` that prints the module docstring, `STYLES`, the first two pages of
`ARTICLES` and the first eight `CASES` -- for `labelled_new90.py` the first listing was cut in the
middle by the tool, so it was saved to a file in /tmp and the cut part printed with `sed`, and all
of it was seen; for `labelled_new89.py` the listing was saved to a file and only its first 200
lines (its docstring, whole) and, through a `grep -n -A12` for lines opening with "(", its first
eight `CASES` (with a few docstring lines) were printed, so its `STYLES` and pages were not seen;
`def build` in `tests/text/labelled_articles.py` (a `sed` range); and the `[tool.ruff]` tables of
`pyproject.toml` (a `grep -n -A25`). No other page, case or docstring of any file under `tests/`
was read. `/tmp/sets` was listed three times: empty at the start, then holding other helpers'
`labelled_new91.py` and `labelled_new92.py` (seen as names only and never opened), and at the end
this file as well. What was run: a Python one-liner printing the weekdays of the dates used;
scripts of my own in a scratch folder that turn a small line format (flag|speaker|cue|text, blank
lines between paragraphs) into the literals below, apply renames, cut the split cases out of the
pages, and count sentences, flags and speakers while checking that every speaker has a cue and
every cue a speaker, no "B" line has a speaker, and each cue occurs in its sentence or in the quote
it continues; per-word, whole-word, case-insensitive file counts (`grep -rilwF WORD ... | wc -l`)
over `tests/` and `/tmp/sets` (Python files only) for every capitalised word of these pages and
for every candidate replacement, and phrase counts (`grep -rilF ... | wc -l`) for the outlets,
firms, bodies, streets and parks; an import of this file with `build` on every page and a check of
four string fields, flags, 30 distinct case ids, every case text in a built page and equal to its
sentences joined by single spaces, and the counts above; and `ruff format` and `ruff check` on
this file with `--config` pointing at the project's `pyproject.toml` (the check also through
`--stdin-filename tests/text/labelled_new93.py` so the project's per-file ignores for `tests/**`
apply). Only counts were read from the searches, never the matched lines. The first draft's
coined people, outlets, firms and places hit about two hundred words of other files (given names
and surnames of every country, even odd-looking ones such as Kilwhannel, Sollitt, Tarrance and
Lindqvist, the outlet words Lodestar, Dawnpost and Crier and a few second-round replacements);
each was renamed, and only replacements with no hit were kept; a last pass, run after the
other helpers' files had appeared in `/tmp/sets` and leaving this file out, found one more hit
(a player's surname in a line-up), which was renamed too. What still hits is real places,
regions and rivers, common words (Peak, Precision, Thistle, Instruments, Microsystems, Trace and
the like), outlet words (Bulletin, Tribune, Advertiser, Leader, Herald, Times, Signal, Post),
titles and abbreviations kept on purpose (Dr, Mr, Mt, Cr, Maj, Gen, Jr, Ph, Inc, Ltd, Bhd, Sdn,
Pty, Co, Nig, No, St, Ave) and the Bengali month Kartik.

Every person, outlet, firm, union, association, alliance, forum, task force, price desk, court
file, hospital, university, irrigation district, resort, school, club, ground, hall, business
park, street, avenue, crescent, trace, suburb, settlement, creek, mountain, glacier, cyclone and
figure is invented. Real countries, regions, cities and rivers appear only as settings: the
United States, Oregon, Bend and Thanksgiving; Canada, Manitoba, Winnipeg, Transcona and the
Criminal Code; Scotland and a firth; Ireland, Limerick, Rathkeale, Kilmallock and Europe; Nigeria,
Oyo State, Ibadan, Oyo town, Oke-Ogun, Oluyole Estate, Bodija and Kebbi; South Africa, Gqeberha
and the Eastern Cape; Malaysia, Penang, George Town, Batu Kawan, Bayan Lepas, Johor, Vietnam,
Mexico, Ireland and the Philippines; Trinidad and Tobago, Chaguanas, Piarco and the Caroni;
Bangladesh, Chattogram, Gazipur, Sitakunda, Agrabad, Spain, Germany and the Bangladesh Labour
Act, 2006; New Zealand, Dunedin, Mosgiel, St Clair, Christchurch and Wellington; Australia,
Queensland, Cairns, Redlynch, Mt Sheridan, Port Douglas, Brisbane and Port Moresby; Namibia,
Windhoek, Otjomuise, Rundu and the Auas mountains. Facebook, X, WhatsApp, Messenger, Telegram,
LinkedIn, Reddit and YouTube appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets' docstrings state hold too: furniture "B" line by line,
whatever it says; a caption by its content and its credit "B"; headlines and standfirsts never
split; a dateline belongs to its lead sentence; a pronoun, a later surname, a role or a title
resolved to the full name as first given, without titles; an organisation's later generic noun
kept as written ("The authority", "the company", "The metro", "The alliance") and "It" resolved to
the name as first given; a quote over several sentences carrying its speaker and cue; sport data
lines "" and a box's title "B".

Conventions this set had to settle, in the same spirit:

* Statements of record are "W": a plea and the section it was under, a judge's findings and
  written reasons (cues "found" and "wrote"), a rejection of house arrest told in the writer's
  voice without a speaker (an act, not a saying), a restitution order, an arrest date, a district's
  4-1 vote and its reporting rule, a council resolution and price, a lottery fixed for a date and
  hour, eligibility and document rules (one ending in "etc."), a High Court order with its case
  number and "The council has appealed.", a meeting fixed for Thursday at 11 a.m., the wage rule
  under section 123 of a labour act, a bylaw's section 14.2, a tanker point's opening hour,
  submission and hearing dates, a task force's sealed warehouses, a company's scheduled start,
  direct hiring and starting pay, a filing, a share price, a premium survey, an insurer's claims
  paid, a government's promise made at the time, an MP's letter, "No one was injured." and "The
  address belongs to a mailbox rental store in a strip mall."
* Causal claims stated as fact by those in charge or by the business concerned are "W" (warmer
  summers explaining a glacier's loss, a corroded joint, lost orders leaving a factory unable to
  pay, reinsurance and building costs driving premiums, ageing pipes behind a rates rise, a
  trader's diesel and "checkpoint money"); comparisons with a checkable measure are "W" (the 10
  fastest-shrinking glaciers, the largest fraud since 2017, the first home win since 2019, the
  largest investment since 2023, a land price below the market rate, a bill between two cities',
  ambulance handovers against a target, a price below a 2024 tariff, 37 factories against 21).
* Hedges are "" even from officials and companies: "could" (a glacier gone by the 2060s, water by
  Saturday, a final rise lower, a pump station "in the next fiscal year", electricity by mid-2027,
  a keeper out for six weeks, the real rise higher), "might", "may" (rockfall, more victims, more
  factories cutting shifts), "were believed to be holding", "are believed to live", "suspected",
  "feared" and "Investigators believe"; so are forecasts, hopes, intentions ("would consider an
  appeal", "would raise the issue", "would stay at the factory gate"), advice ("urged", "are urged
  to boil", "Tell people to buy in groups"), service information ("Ratepayers can make a
  submission online ...") and opinions.
* Private people's own lives with numbers are "": a farmer's lost hay cutting, a victim's two
  cheques and her roof, a season-ticket holder's missed games, a mother's mudu of rice, a
  pensioner's bottled water and queue, a technician's pay and petrol, a columnist's insurance
  claim, a sewing operator's wage, rent and loan, a pensioner's rates and pension, a nurse's
  renewal and excess, a domestic worker's years on a list and savings. A trader's haulage bill, a
  laundromat owner's lost takings and a managing director's "never missed a salary" are a
  business's record ("W"); a union's survey, a ratepayers' association's petition count and a
  residents' committee's allegation are "W".
* The editorial and the column: the paper's and the columnist's own figures of record are "W"
  without a speaker (or with "according to" and its source), their opinions, rhetorical
  questions, plans and scenes are ""; the one-word answer "No." after a rhetorical question is its
  own sentence and "", and the columnist's finding that no fine was issued this year is "W". The
  match report: goals, minutes, the sending-off, the table, the crowd and the run of defeats are
  "W", the reporter's judgements ("a nervy, scrappy affair", "one-way traffic") and the managers'
  feelings are "", the match-facts lines (line-ups, goals with "(pen.)", sent off, referee,
  possession with "vs.", attendance) are "" data and "MATCH FACTS" is "B". The consumer-prices
  box: its subhead "PRICE CHECK: what ₦10,000 buys now" is "", its price lines "W", its "Source:"
  line "B"; the "BY THE NUMBERS" label is "B" and its lines "W".
* Speakers. Titles go: Dr., Justice, Crown attorney, Cr, Mayor, Maj.-Gen. with "(rtd.)", Ph.D.;
  initials stay ("J.K. Pomarewai-Lindqvast") and so does "Jr." (no such speaker here). Sources as
  written: "a survey published Tuesday by researchers at Hollisbrae State University", "the paper"
  (cue "says"), "the authors" (cue "wrote"), "police" (cues "said" after "In a statement," and
  "urged"), "the metro", "The metro" (cue "did not respond to questions"), "The provincial
  education department", "workers and labour officials", "its website", "the labour inspection
  department", "the Met office" and "the corporation's own quarterly report" (cue "According
  to"/"according to"), "The corporation" and "The authority" (cue "says"), "the statement" (a
  quoted line ending "the statement said"), "the government" ("which the government said at the
  time"), "Analysts at Sulvara Securities" (cue "said in a note", then "They said"), "The
  alliance" (cue "urged"), "The Chattogram Apparel Owners' Forum", "figures compiled by the Signal
  from each council's published plans", "the council's own tariff schedule" and groups in
  standfirsts ("Researchers", "Residents on the waiting list since 2009"); standfirsts carry what
  the body names ("State price monitors say" the Oyo State Commodity Price Desk, "Metro says" the
  metro, "council says" the city council). "Tamvarin said in a stock exchange filing" carries the
  firm as first given ("Tamvarin Precision Bhd."), "Corambra said" carries "Corambra Insurance".
  "questioned" (a booking) and "told court", "told this newspaper" and "told reporters" are cues; a
  quote paragraph that runs on after "he asked." or "she said." keeps that cue.

Splits. "Mt. Vellicott", "BEND, Ore. —", "14.2 m (approx. 47 ft.)", "Dr. Ilvana", "1.86 sq. km",
"Inc." before "Flights", "6:45 a.m. and 10 a.m.", "approx. 3.4 km", "6,120 ft. on", "U.S." before
"Its", "vs. 1.1 m", "Ph.D., a hydrologist", "Sept. 15", "Jr." before "It", "Aug. 9", "Dec. 19",
"Co." before "All rights reserved.", "s. 380(1)(a)", "R. v. Sollitby, 2026 MBKB 211", "para. 46",
"R. v. Pellegrand-Dunmurchie, 2019 MBCA 44, at para. 31.", "s. 738", "St." and "Ave." before a
capital, "Jan. 8, 2025.", "4:10 p.m." before "Sollitby", "Inc." before "All Rights Reserved.",
"(pen.);", "vs. 56%." before "Shots", "No. SC418822.", "St. Colmcarra's", "etc." before "What",
"Dr. Saoirlaith", "(max. 300 words; ...)", "Maj.-Gen. ... (rtd.), who", "No. 14,", "Ltd., said",
"(a local measure of roughly 1.5kg)", "Nig. Ltd." before "All rights reserved.", "Dolwyth Ave. in",
"approx. R4,800", "6 a.m." before "Residents", "Pringleford St. with", "RM78 per sq. ft. on Oct.
21,", "Bhd., which", "7.30 a.m." before "Sign up free.", "Sdn. Bhd., a unit of ... Inc." before
"It", "U.S." before "The other three", "Sdn. Bhd." before "All rights reserved.", "Oct. 24 flood",
"4 p.m. on", "6 p.m. the water" and "8 p.m. he and his wife" (p.m. before lower case, never a
split), "Mr. Ramdhanisingh-Lezandro", "etc." before "Most", a trailing "since..." before "Or very
careless.", "Co. Ltd. 2026", "Apparels Ltd. block", "11:30 a.m." before "No one was injured.",
"Nov. 2,", "11 a.m. at its office", "Act, 2006,", "Tk 12,800", "(GST incl.), up $361", "J.K.
Pomarewai-Lindqvast", "52 years... I'm", "5pm" and "9.30am", "14 Quenmarrow St." before "The
forum", "6.30pm", "Oct. 30", "375 sq. m, putting", "case No. HC-MD-CIV-MOT-GEN-2025/00318,", "etc."
before "Copies", "corrugated iron... and now", "Dr. Hileni" never split wrongly; a quoted question
or exclamation followed by its attribution ("“What happens in a dry August ...?” he asked.", "“Who
would not open the door ...?” she asked in court.", "“I had rain ... for a whole winter!” she
said.", "“We were rubbish for half an hour, honestly!” she said.", "“Did he even touch him?” he
asked.", "“How do they expect ...?” she asked.", "“Where did the rest of the money go?” she
asked.", "“Will these 1,900 jobs be real jobs, or agency jobs?” he asked.", "“If there is no money
for wages, how is there money for trucks?” she asked.", "“My landlord says, pay by the 15th or
go!” she said.", "“Why is the first answer always the ratepayer?” she asked.", "“What are we
paying for, if we can't afford to claim?” she said.", "“Who checks the list ...?” he asked.") is
one sentence; a rhetorical question, "No." and the next sentence are three. `CASES` holds 30
sentence-split cases (id, text, expected sentences), each a stretch of consecutive sentences of
one paragraph of these pages joined by single spaces: what a reviewer wants, not what the engine
does.
"""

STYLES = [
    'American local daily\'s SCIENCE story (Bend, Oregon): a university survey finds a glacier on an invented mountain has lost about 21% of its ice since 2015, with the survey\'s finding through according to in a BEND, Ore. dateline lead, the lead glaciologist with Dr. (later surname and She) whose measurements and causal claim are "W" and whose forecast with could is "", the team\'s radar lease from a firm ending in Inc. before a capital, times in a.m., approx., ft. and sq. km, a comparison in the writer\'s voice ending at U.S. before a capital, the paper says (vs.) and the authors wrote (a may-hedge), a co-author with Ph.D. whose record is "W" and whose quoted question with he asked is "", an irrigation district\'s vote of record and a board member\'s name ending in Jr. before It, a farmer\'s own lost hay and hopes "", a ski area\'s record through its general manager and his hope "", the standfirst carrying Researchers through say (masthead in capitals, log-in and subscription strip, menu, section label, headline, standfirst, byline with role, date and updated line with PT, share strip, caption and courtesy credit in brackets, ADVERTISEMENT and a RELATED link mid-story, a funding note in two sentences, a bio and contact line in two sentences, Most Read list, copyright split at Co., terms line)',
    'Canadian city daily\'s COURTS page (Winnipeg, Manitoba), a roofing contractor who took $412,360 in deposits from 23 seniors is sentenced to four years, with the plea in the writer\'s voice under s. 380(1)(a) of the Criminal Code, the decision cited as R. v. Sollitby, 2026 MBKB 211, the judge with Justice (a title dropped; later the judge and she) whose finding is "W" (cue found), whose reasons at para. 46 are "W" and whose rhetorical question with she asked is "", her rejection of house arrest citing another decision in the writer\'s voice (no speaker), restitution under s. 738, the Crown attorney (later surname and She) whose figures and comparison are "W" and whose comment outside court is "", a victim\'s own payment and her exclamation with she said (""), a firm ending in Ltd. and an address ending in Ave. before a capital, a defence lawyer\'s record "W" and his intention "", police said in a statement with a date of record, a may-hedge and advice with urged, a time ending in p.m. before a capital and a scene (masthead in capitals, date and weather strip, menu, section label, headline with a figure, standfirst, byline with a middle dot, Posted line with CST, share strip with a comment count, caption and credit in brackets, ADVERTISEMENT and a Read more link mid-story, a bio and an email-and-phone line, a tip prompt, a comment count and moderation note, more-from list, copyright split at Inc.)',
    'Scottish local weekly\'s website, a football MATCH REPORT from the lower leagues: Kilbrannach Athletic beat ten-man Drumvarrie Rovers 3-1, with goals, minutes, a sending-off, a penalty, the table and a crowd figure of record "W", the reporter\'s scene and judgements "" (a nervy first half, one-way traffic), the home manager (a woman, later surname and she) whose delight and exclamation with she said are "" and whose record of the first home win since 2019 is "W", the visiting manager (later surname and he) who questioned a booking, a quoted question with he asked and its quote running on, an injury hedge with could, a trailing ellipsis inside his quote, the home side\'s fifth straight defeat and goals conceded "W", a season-ticket holder\'s own record "", next fixtures in prose, and a match-facts box with line-ups, goals with (pen.), sent off, referee, crowd and a possession line with vs. as "" data (masthead in capitals, menu with pipes, section label with ›, headline with a score, standfirst, byline with the ground, date line with GMT, share strip, caption and Photograph: credit, Advertisement and a results link mid-report, MATCH FACTS heading, a print and digital subscription line, More sport list, copyright split at No. with a company number)',
    'Irish regional weekly\'s EDITORIAL (Limerick) on trolley counts and stalled beds at an invented regional hospital, in the paper\'s own voice: its figures of record (97 patients on trolleys, 531 beds, a 2019 promise, tenders, home-care waits, a minister\'s visit and €4.2m, a modular ward staffed at 16 of 24 beds, ambulance handover times against a target, a health budget of more than €25 billion) are "W" without a speaker, its opinions, rhetorical question and one-word answer No. and its plan are "", a clinical director with Dr. (later She) whose figure to this newspaper is "W" and whose belief is "", the authority\'s forecast with could through The authority says (a hedge ""), a list ending in etc. before a capital, St. before a hospital\'s name (masthead in capitals, tagline, menu, section label with ›, editorial headline and standfirst, a The Leader\'s view label, date line, share strip, ADVERTISEMENT and a Letters link mid-editorial, a view-of-the-paper line, a letters line with max. in brackets, related-opinion list, publisher\'s address line, copyright)',
    'Nigerian daily\'s CONSUMER-PRICES story (Ibadan, Oyo State), food prices in the city\'s markets up as much as 41% in a year, with the state price desk\'s figures through according to in the lead and the writer\'s figures after it, a mother\'s own purchases by the mudu (a measure in brackets) and her quotes and quoted question with she asked (""), a grain trader\'s haulage bill and causal claim about diesel and "checkpoint money" as a business\'s record and allegation ("W") beside her feeling, the agriculture commissioner with Dr. whose receipt of rice and flood figure are "W" and whose plan and forecast are "", a retired general with Maj.-Gen. and (rtd.) chairing a task force whose sealing of warehouses and count at an address with No. 14 are "W" and whose belief with were believed to be is "", an economist at a firm ending in Ltd., mid-sentence (forecast with could and advice "", a basket share "W"), a price-check box whose subhead is "" and lines "W", the standfirst carrying the price desk through say, ₦ with million and bn (masthead in capitals, date and naira strip, menu, section label with a slash, headline with a figure, standfirst, byline with a town, published line, share strip, caption and PHOTO credit, ADVERTISEMENT, an ALSO READ link and a two-sentence channel prompt mid-story, a Source line under the box, tags, Most popular list, copyright split at Ltd. after Nig.)',
    'South African regional daily\'s metro page (Gqeberha, Eastern Cape), 28 suburbs without water for a third day after a 1968 pipeline bursts, with the metro said in the lead (an address with Ave. mid-sentence), the water executive director (later surname and He) whose causal claim, count of bursts and tanker figures with approx. are "W" and whose hedge with could and might and appeal are "", a tanker point\'s opening time ending in a.m. before a capital and an unattributed request "", a ward councillor\'s allegation about a 2023 report and budget "W" and her quoted question with she asked "", the metro did not respond to questions (""), a pensioner\'s own spending and queue "" with St. mid-sentence, the provincial education department\'s closures "W", a laundromat owner\'s lost takings as a business\'s record "W" and his hope "", advice with a toll-free number "", a comparison with 2022, the standfirst carrying the metro through says (masthead in capitals, city, date and weather strip, menu in capitals, section label with >, headline with figures, standfirst, byline with role and pipe, date and time line, share strip, caption and Picture: credit in capitals, ADVERTISEMENT, an ALSO ON link and a two-part newsletter block mid-story, a two-sentence WhatsApp tip prompt, RELATED list, copyright split at Ltd., a legal-links line)',
    'Malaysian business daily\'s CORPORATE page (Penang), a US chipmaker will invest RM2.3 billion in a Batu Kawan packaging plant employing about 1,900, with a GEORGE TOWN: dateline lead carrying the company as first given (a name ending in Inc. mid-sentence) and the company said, a scheduled start of record "W", the chief operating officer (later surname) whose causal claim about choosing Penang and pay rule are "W" and whose remark is "", a state executive councillor with Dr. (later He) whose comparison and land price with sq. ft. are "W" and whose forecast is "", a supplier\'s share price and a filing through said in a stock exchange filing, a union secretary\'s survey figure "W", his fear (could) and quoted question with he asked "", a technician\'s own pay and petrol "" and her condition, analysts\' forecast said in a note "" and their share figure "W", the parent and its Penang unit ending in Inc. before It and the U.S. before The (masthead in capitals, date and market strip with an index and the ringgit, menu with pipes, section label, headline with figures, standfirst with a date of record, lower-case byline, published line with read time, share strip, caption and Image: credit, Advertisement, an ALSO READ link and a newsletter line ending at a.m. before Sign up free. mid-story, an investment disclaimer, TOPICS line, MORE FROM list, copyright split at Bhd. after Sdn.)',
    'Trinidad and Tobago Sunday paper\'s COLUMN on the 24 October flood in Chaguanas, in the columnist\'s own voice: her neighbour\'s evening told by the clock in p.m. times that do not end their sentences (""), rainfall through according to the Met office "W", the borough corporation\'s drain budget and spending (through the corporation\'s own quarterly report) "W" without a speaker or with the report, a rhetorical question about the rest of the money "", her own walk along a drain with a list ending in etc. before a capital "", The corporation says (a claim of record "W") and her sarcasm with a trailing ellipsis before a one-phrase sentence "", the mayor\'s figures to reporters "W" and his quote "", his hedge with could "", a promise of record from 2019 "W", her own insurance claim "", her three-point plan with a bylaw\'s section 14.2 "W" and her finding of no fines "W", a sign-off about the neighbour "" (masthead in capitals, date and e-paper strip with bullets, menu, COMMENTARY label, column name, headline, standfirst with Oct. mid-sentence, columnist line, share strip, ADVERTISEMENT and a READ MORE link mid-column, bio and email, a two-sentence disclaimer, More Commentary list, copyright)',
    'Bangladeshi English daily\'s Chattogram page, 1,340 garment workers unpaid for two months as a factory shuts its gates, with the lead\'s count through workers and labour officials said, a road blockade of record ending at a.m. before No one, the managing director (later surname and He) whose lost orders and record of wages are "W" (a causal claim, a figure inside his quote) and whose hope is "", a union leader\'s allegation about machines moved at night "W" and her suspicion and quoted question with she asked "", his answer "W", the factory\'s products through according to its website, a police officer-in-charge\'s record "W" and his intention "", a labour official whose meeting fixed for Thursday at 11 a.m. and rule under section 123 of the labour law are "W", a sewing operator\'s own wage, rent and borrowing "" and her exclamation with she said, the labour inspection department\'s comparison through according to, an owners\' forum\'s may-hedge, Tk figures and a company ending in Ltd. (masthead, city and date strip with the Bengali date, menu with pipes, section label, headline with a figure, standfirst with a meeting of record, Staff Correspondent byline, published and updated line, share strip, caption with Ltd. mid-sentence and Photo credit, ADVERTISEMENT, an Also read link and a channel prompt mid-story, hashtags, Related News list, editor and publisher line, copyright)',
    'New Zealand city news site\'s local democracy page (Dunedin), a draft annual plan proposes an 11.8% average rates rise, with the median bill with (GST incl.) in the writer\'s voice, the chief executive with initials (J.K., later she and She) whose figures, causal claim and debt estimate are "W" and whose warning quote is "", a councillor with Cr whose consultants figure is "W" and whose quoted question with she asked is "", a ratepayers\' association chairman\'s petition count "W" and belief "", a pensioner\'s own bill and pension "" with an ellipsis inside her quote and her intention "", the mayor\'s hedge with could "" and her record of cuts "W", submission and hearing dates of record with 5pm and 9.30am, service information "", a comparison with two other cities through according to figures compiled by the site, a record number of submissions, the standfirst carrying the city council through says (masthead in capitals, date and weather strip with pipes, menu, section label, headline with a figure, standfirst, byline name and role lines, time line, share line, caption and credit with a slash, Advertisement, a Read more link, a funding note and Story continues below mid-story, a reporter\'s bio, a letters line, More local news list, copyright and links line)',
    'Australian regional news site\'s business page (Cairns, Far North Queensland), home insurance premiums up 38 per cent since an invented cyclone, with a consumer alliance\'s survey through according to in the lead and the Brisbane comparison after it, the alliance spokesman (later surname and He) whose survey size and result are "W" and whose hedge with could and opinion are "", the insurer said in a statement and It said (claims paid and a causal claim about reinsurance "W") and the statement said on a quote of sympathy "", a nurse\'s own renewal and excess "" and her quoted question with she said, a federal reinsurance pool\'s start and the government\'s promise of record "W", a state MP whose letter is "W" and whose intention is "", The alliance urged (advice ""), the insurer\'s discounts "W", a forum at an address ending in St. before a capital and its start time in pm, a BY THE NUMBERS label "B" and its lines "W" (masthead in capitals, region and date strip with weather, menu, section label, headline with a figure, standfirst, byline, updated line, share line, caption and Picture by credit, Advertisement, a Read more link and Continue reading below mid-story, a story-tip line with an email, a comments-closed note, More from Business list, copyright with ABN)',
    'Namibian daily\'s national page (Windhoek), the city council will sell 1,400 serviced plots in an informal settlement by public lottery, with the council\'s resolution and price per square metre in the writer\'s voice (sq. m mid-sentence), the urban planning executive (later She and she) whose registrations, lottery date and time, eligibility rules and completed connections are "W" and whose advice and electricity hedge with could are "", a residents\' committee chairperson\'s allegation about a 2023 allocation "W", his distrust and quoted question with he asked "", a High Court order in case No. HC-MD-CIV-MOT-GEN-2025/00318 and an appeal of record, the documents rule ending in etc. before a capital, a domestic worker\'s own registration, savings and quote with an ellipsis "", a comparison through the council\'s own tariff schedule, a housing economist with Dr. whose opinion is "" and whose survey figure is "W", a population hedge with are believed to "", the standfirst carrying residents as written through say (masthead in capitals, city, date and exchange strip with bullets, menu with pipes, section label with ›, headline with a figure, standfirst, byline, time and date line, share line, caption and Photo credit, ADVERTISEMENT, a RELATED link and an SMS news prompt mid-story, tags, letters line, Latest list, copyright split at Ltd.)',
]

ARTICLES = [
    [
        [
            ("THE JUNIPERWICK BULLETIN", "", "", "B"),
        ],
        [
            ("Log in | Subscribe: 99¢ for your first 3 months | e-Edition", "", "", "B"),
        ],
        [
            (
                "Home  Local  Outdoors  Science  Business  Sports  Opinion  Obituaries  Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Science & Environment", "", "", "B"),
        ],
        [
            (
                "Quillaby Glacier on Mt. Vellicott has lost a fifth of its ice since 2015",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers say the glacier could be gone by the 2060s, and farmers who rely on its meltwater are worried",
                "Researchers",
                "say",
                "",
            ),
        ],
        [
            ("By Marrabeth Okechuba-Tarranby | Bulletin science reporter", "", "", "B"),
        ],
        [
            ("Nov. 4, 2026 at 6:02 a.m. PT · Updated 11:40 a.m. PT", "", "", "B"),
        ],
        [
            ("Share  ·  Post  ·  Email  ·  Print  ·  Gift this article", "", "", "B"),
        ],
        [
            (
                "Graduate student Zelphine Quarrendell-Ashlingham anchors a GPS marker on the Quillaby Glacier in late August.",
                "",
                "",
                "",
            ),
            ("(Courtesy of Hollisbrae State University)", "", "", "B"),
        ],
        [
            (
                "BEND, Ore. — The Quillaby Glacier, the largest body of ice on the north face of Mt. Vellicott, has lost about 21% of its volume since 2015, according to a survey published Tuesday by researchers at Hollisbrae State University.",
                "a survey published Tuesday by researchers at Hollisbrae State University",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The glacier’s surface dropped by an average of 14.2 m (approx. 47 ft.) between 2015 and 2026, said Dr. Ilvana Vasquillo-Thornburgh, the Hollisbrae glaciologist who led the study.",
                "Ilvana Vasquillo-Thornburgh",
                "said",
                "W",
            ),
            (
                "She said the ice now covers 1.86 sq. km, down from 2.31 sq. km when her team first mapped it.",
                "Ilvana Vasquillo-Thornburgh",
                "said",
                "W",
            ),
            (
                "“Honestly, I didn’t expect to be writing this paper for another 10 years,” she said.",
                "Ilvana Vasquillo-Thornburgh",
                "said",
                "",
            ),
        ],
        [
            (
                "The team measured the ice with a drone-mounted radar leased from Sorrelgate Instruments Inc.",
                "",
                "",
                "W",
            ),
            (
                "Flights ran between 6:45 a.m. and 10 a.m. on 19 days in August, before the midday melt made the surface unsafe.",
                "",
                "",
                "W",
            ),
            ("Each flight covered approx. 3.4 km of ice.", "", "", "W"),
        ],
        [
            (
                "Vasquillo-Thornburgh said warmer summers, not lighter snowfall, explained most of the loss.",
                "Ilvana Vasquillo-Thornburgh",
                "said",
                "W",
            ),
            (
                "Average July temperatures at a weather station at 6,120 ft. on the mountain’s flank rose 1.7 degrees Fahrenheit over the period, while winter snowpack showed no clear trend, she said.",
                "Ilvana Vasquillo-Thornburgh",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the current rate, the glacier could disappear by the mid-2060s, she said, though a run of snowy winters could slow the loss.",
                "Ilvana Vasquillo-Thornburgh",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "RELATED: Backcountry rescue crews warn hikers about early ice on Vellicott trails",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Quillaby is among the 10 fastest-shrinking glaciers measured in the western U.S.",
                "",
                "",
                "W",
            ),
            (
                "Its thinning rate of 1.3 m a year is nearly double the regional average.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The radar readings agreed with six hand-drilled ice cores to within 0.4 m, vs. 1.1 m for the satellite estimates used in earlier studies, the paper says.",
                "the paper",
                "says",
                "W",
            ),
            (
                "Some of the lost ice may have been buried under rockfall rather than melted, the authors wrote, which could mean the true loss is slightly smaller.",
                "the authors",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Co-author Osbrand Ajayiola-Fairhame, Ph.D., a hydrologist at the university, said meltwater now peaks in Pelhollow Creek about 19 days earlier in the summer than it did in the 1990s, based on stream gauge records.",
                "Osbrand Ajayiola-Fairhame",
                "said",
                "W",
            ),
            (
                "“What happens in a dry August when there’s no glacier left to lean on?” he asked.",
                "Osbrand Ajayiola-Fairhame",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Pelhollow Irrigation District, which delivers creek water to 412 farms, voted 4-1 on Sept. 15 to cut deliveries by 10% next summer.",
                "",
                "",
                "W",
            ),
            ("The motion was brought by board member Orvald Pyecraft Jr.", "", "", "W"),
            ("It also requires farmers to report their pump hours every week.", "", "", "W"),
        ],
        [
            (
                "Annalotte Morrisett-Dijkstrahuis, who grows hay and mint on 160 acres near the creek, said she lost her third cutting of hay this year when her water was shut off on Aug. 9.",
                "Annalotte Morrisett-Dijkstrahuis",
                "said",
                "",
            ),
            (
                "She said she hopes to put drip lines on 40 acres next spring if the bank approves a loan.",
                "Annalotte Morrisett-Dijkstrahuis",
                "said",
                "",
            ),
            (
                "“I’m not a scientist, but I can read a creek,” she said.",
                "Annalotte Morrisett-Dijkstrahuis",
                "said",
                "",
            ),
        ],
        [
            (
                "Vellicott Peak Resort, a ski area on the mountain’s east flank, opened last season on Dec. 19, the latest start in its 41-year history, general manager Corvald Fenbrackle said.",
                "Corvald Fenbrackle",
                "said",
                "W",
            ),
            (
                "He said the resort hopes to open around Thanksgiving this year but would not commit to a date.",
                "Corvald Fenbrackle",
                "said",
                "",
            ),
        ],
        [
            (
                "Science coverage in The Bulletin is supported in part by the Quarrywell-Benhollow Foundation.",
                "",
                "",
                "B",
            ),
            ("The Bulletin keeps full editorial control.", "", "", "B"),
        ],
        [
            (
                "Marrabeth Okechuba-Tarranby covers science, public lands and the environment.",
                "",
                "",
                "B",
            ),
            ("Reach her at 541-555-0148 or mokechuba@juniperwickbulletin.com.", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Bend school board delays vote on later start times", "", "", "B"),
        ],
        [
            ("© 2026 The Juniperwick Bulletin, a division of Pinemoss Media Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Terms of Use | Privacy Policy | Do Not Sell or Share My Personal Information",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("FROSTMARK TRIBUNE", "", "", "B"),
        ],
        [
            ("Wed., Nov. 18, 2026  |  Winnipeg −6°C, flurries  |  ePaper  |  Log in", "", "", "B"),
        ],
        [
            (
                "News  Local  Crime & Courts  Politics  Business  Sports  Arts & Life  Opinion  Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Crime & Courts", "", "", "B"),
        ],
        [
            ("Roofer who took $412,000 from Winnipeg seniors sentenced to four years", "", "", "W"),
        ],
        [
            ("Judge rejects house arrest, orders full restitution to 23 homeowners", "", "", "W"),
        ],
        [
            ("By Maëlys Audouinet-Rathwicke · Courts reporter", "", "", "B"),
        ],
        [
            ("Posted: 5:47 PM CST Wednesday, Nov. 18, 2026", "", "", "B"),
        ],
        [
            ("Share on Facebook  |  Post on X  |  Email  |  18 comments", "", "", "B"),
        ],
        [
            (
                "Kelbert Emmerick Sollitby leaves the courthouse after a hearing in June.",
                "",
                "",
                "",
            ),
            ("(Frostmark Tribune / Ilsabeta Marchettoni-Kwongsang)", "", "", "B"),
        ],
        [
            (
                "A Winnipeg roofing contractor who took deposits from 23 seniors for work he never finished was sentenced Wednesday to four years in prison.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kelbert Emmerick Sollitby, 47, pleaded guilty in June to one count of fraud over $5,000 under s. 380(1)(a) of the Criminal Code.",
                "",
                "",
                "W",
            ),
            (
                "In R. v. Sollitby, 2026 MBKB 211, Justice Aurélienne Onyekachukwu-Lavallière found he took $412,360 in deposits between March 2023 and October 2024 and did work worth about $38,000.",
                "Aurélienne Onyekachukwu-Lavallière",
                "found",
                "W",
            ),
        ],
        [
            (
                "“The victims were chosen because they were old, alone and trusting,” the judge wrote at para. 46 of her reasons.",
                "Aurélienne Onyekachukwu-Lavallière",
                "wrote",
                "W",
            ),
            (
                "“Who would not open the door to a man with a business card and a smile?” she asked in court.",
                "Aurélienne Onyekachukwu-Lavallière",
                "asked",
                "",
            ),
        ],
        [
            (
                "She rejected a defence request for a conditional sentence served in the community, relying on R. v. Pellegrand-Dunmurchie, 2019 MBCA 44, at para. 31.",
                "",
                "",
                "W",
            ),
            (
                "Sollitby was also ordered to pay restitution of $412,360 under s. 738 of the Code and is barred from taking deposits for contracting work for 10 years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Crown attorney Pascale Uwimana-Grievesley told court that 19 of the 23 victims were over 75, and that one, a 91-year-old widow, gave Sollitby $31,500 she had set aside for her funeral.",
                "Pascale Uwimana-Grievesley",
                "told court",
                "W",
            ),
            (
                "She said it was the largest home-renovation fraud prosecuted in Manitoba since 2017.",
                "Pascale Uwimana-Grievesley",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Read more: Province to require licences for home renovators from 2027", "", "", "B"),
        ],
        [
            (
                "Clementyne Kettlesridge, 82, said she paid Sollitby $18,900 in two cheques in the spring of 2024 for a new roof on her bungalow at 318 Pellamore St.",
                "Clementyne Kettlesridge",
                "said",
                "",
            ),
            (
                "She said he stripped the old shingles, covered the roof with tarps and never came back.",
                "Clementyne Kettlesridge",
                "said",
                "",
            ),
            (
                "“I had rain coming through the kitchen light for a whole winter!” she said.",
                "Clementyne Kettlesridge",
                "said",
                "",
            ),
        ],
        [
            (
                "Sollitby’s company, Quoinstone Roofing Ltd., listed its office at 2290 Oberlinde Ave.",
                "",
                "",
                "W",
            ),
            ("The address belongs to a mailbox rental store in a strip mall.", "", "", "W"),
        ],
        [
            (
                "Defence lawyer Ansgarro Grennockside-Halvorstad said his client repaid $22,000 to three homeowners before his arrest and had no criminal record.",
                "Ansgarro Grennockside-Halvorstad",
                "said",
                "W",
            ),
            (
                "He said Sollitby was “deeply ashamed” and that they would consider an appeal.",
                "Ansgarro Grennockside-Halvorstad",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, police said their financial crimes unit received the first complaint in October 2024 and arrested Sollitby on Jan. 8, 2025.",
                "police",
                "said",
                "W",
            ),
            (
                "Investigators believe there may be other victims who never came forward, police said.",
                "police",
                "said",
                "",
            ),
            (
                "They urged anyone paying a contractor more than $1,000 up front to insist on a written contract and to check the company’s registration first.",
                "police",
                "urged",
                "",
            ),
        ],
        [
            ("The hearing ended at 4:10 p.m.", "", "", "W"),
            (
                "Sollitby, in a grey suit, was led out in handcuffs and did not look at the gallery.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Outside court, Uwimana-Grievesley said the sentence “sends the message it needed to send.”",
                "Pascale Uwimana-Grievesley",
                "said",
                "",
            ),
        ],
        [
            ("Maëlys Audouinet-Rathwicke covers the courts for the Tribune.", "", "", "B"),
            (
                "Email her at maelys.audouinet-rathwicke@frostmarktribune.ca or call 204-555-0193.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Got a tip? Send it to our newsroom →", "", "", "B"),
        ],
        [
            ("18 Comments", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take up to an hour to appear.", "", "", "B"),
        ],
        [
            ("More from Crime & Courts", "", "", "B"),
        ],
        [
            ("Man charged after stolen truck hits bus shelter in Transcona", "", "", "B"),
        ],
        [
            ("Inquest called into death of inmate at remand centre", "", "", "B"),
        ],
        [
            ("©2026 Frostmark Tribune Inc.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ARDLOCHAN ADVERTISER", "", "", "B"),
        ],
        [
            (
                "News | Sport | What’s On | Jobs | Property | Family Notices | Contact us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sport › Football › Lower leagues", "", "", "B"),
        ],
        [
            (
                "Kilbrannach Athletic 3 Drumvarrie Rovers 1: Ferriboe-Nkemeluba double sinks ten-man Rovers",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Home side climb to third as Rovers slip to a fifth straight league defeat",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Torcull Ferrigall-Muirlandie at Glenbrodie Park", "", "", "B"),
        ],
        [
            ("Sat 7 Nov 2026 17:52 GMT", "", "", "B"),
        ],
        [
            ("Share this article: Facebook · X · WhatsApp · Copy link", "", "", "B"),
        ],
        [
            (
                "Kilbrannach’s Rorie Ferriboe-Nkemeluba wheels away after his second goal.",
                "",
                "",
                "",
            ),
            ("Photograph: Fearchadh Dalgowrie-Sorrach", "", "", "B"),
        ],
        [
            (
                "Rorie Ferriboe-Nkemeluba scored twice in seven minutes either side of half-time as Kilbrannach Athletic beat ten-man Drumvarrie Rovers 3-1 at a blustery Glenbrodie Park.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The first half was a nervy, scrappy affair played into a swirling wind off the firth, and chances were scarce.",
                "",
                "",
                "",
            ),
            (
                "Drumvarrie took the lead on 34 minutes when centre-half Aodhlin Quarshiebo-Lennockbrae headed in Sorleyan Mbekile-Rintoulach’s corner at the back post.",
                "",
                "",
                "W",
            ),
            (
                "Ferriboe-Nkemeluba levelled four minutes before the break, turning inside his marker and finishing low past Rovers keeper Fingal Haldencroft-Ocrankwa.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He struck again three minutes after the restart, and the game turned on 57 minutes when Rovers midfielder Dughallan Bellsquhar-Adeyelure was sent off for a second booking.",
                "",
                "",
                "W",
            ),
            ("From then on it was one-way traffic.", "", "", ""),
            (
                "Substitute Tormaigh Tannachie-Oseibo made it 3-1 from the penalty spot on 78 minutes after a handball by Mbekile-Rintoulach.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Scores, fixtures and tables: every lower-league result in one place →", "", "", "B"),
        ],
        [
            (
                "Kilbrannach manager Morainne Kessockie-Brightwhaite said she was “delighted, if a bit relieved” with the result.",
                "Morainne Kessockie-Brightwhaite",
                "said",
                "",
            ),
            (
                "“We were rubbish for half an hour, honestly!” she said.",
                "Morainne Kessockie-Brightwhaite",
                "said",
                "",
            ),
            (
                "“But the lads kept going, and Rorie was different class.”",
                "Morainne Kessockie-Brightwhaite",
                "said",
                "",
            ),
            (
                "Kessockie-Brightwhaite said it was Kilbrannach’s first home league win over Drumvarrie since 2019.",
                "Morainne Kessockie-Brightwhaite",
                "said",
                "W",
            ),
        ],
        [
            (
                "The win lifts Kilbrannach to third in the table, two points behind leaders Ardcraig Thistle, who drew 1-1 at Inchferry on Friday night.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rovers boss Tadhgín Dunlevin-Skenridge questioned the second yellow card.",
                "Tadhgín Dunlevin-Skenridge",
                "questioned",
                "",
            ),
            ("“Did he even touch him?” he asked.", "Tadhgín Dunlevin-Skenridge", "asked", ""),
            (
                "“I’ve watched it back on my phone three times and I still don’t know what the referee saw.”",
                "Tadhgín Dunlevin-Skenridge",
                "asked",
                "",
            ),
        ],
        [
            (
                "He said Haldencroft-Ocrankwa, who limped off in stoppage time with a hamstring injury, could be out for up to six weeks.",
                "Tadhgín Dunlevin-Skenridge",
                "said",
                "",
            ),
            (
                "The defeat is Drumvarrie’s fifth in a row in the league, and they have conceded 14 goals in those games.",
                "",
                "",
                "W",
            ),
            (
                "“We’re not panicking... not yet, anyway,” Dunlevin-Skenridge said with a thin smile.",
                "Tadhgín Dunlevin-Skenridge",
                "said",
                "",
            ),
        ],
        [
            ("The crowd of 1,306 was Glenbrodie Park’s biggest of the season.", "", "", "W"),
            (
                "Season-ticket holder Seonaidh Brodwen-Taitlock, 71, said she had missed two home games since 1988, both for grandchildren’s weddings.",
                "Seonaidh Brodwen-Taitlock",
                "said",
                "",
            ),
        ],
        [
            (
                "Kilbrannach visit Inchferry next Saturday, while Rovers host Ardcraig Thistle on Tuesday night at 7.45pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("MATCH FACTS", "", "", "B"),
        ],
        [
            (
                "Kilbrannach Athletic (4-4-2): Drysburn-Amankwaten; Corrieford, Bardouille-Loudon, Menstrie-Oyelarande, Fairniebrae-Quaysonbe; Strathruvie-Boakyewa, Pitcairnlee, Ochterlee-Dansokrom, Kerrigall-Volkner (Tannachie-Oseibo 66); Ferriboe-Nkemeluba, Sandyknowe-Oduyinka.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Drumvarrie Rovers (4-2-3-1): Haldencroft-Ocrankwa (Cumbrae-Vosslund 90); Luskie-Ampofoah, Quarshiebo-Lennockbrae, Garvockie-Minto, Mbekile-Rintoulach; Bellsquhar-Adeyelure, Tolmount-Granvelle; Easson-Bakaretu, Rintoulach-Shawfield, Kinnairdie-Efemena; Mowcrieff-Sillarsay.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Goals: Ferriboe-Nkemeluba 41, 48, Tannachie-Oseibo 78 (pen.); Quarshiebo-Lennockbrae 34.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Sent off: Bellsquhar-Adeyelure 57.", "", "", ""),
        ],
        [
            ("Referee: Iomhair Gourlaybank-Penhaligarth.", "", "", ""),
        ],
        [
            ("Possession: 44% vs. 56%.", "", "", ""),
            ("Shots on target: 7 vs. 3.", "", "", ""),
        ],
        [
            ("Att: 1,306.", "", "", ""),
        ],
        [
            (
                "Read the Advertiser in print every Thursday, or get the digital edition for £1.99 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More sport", "", "", "B"),
        ],
        [
            ("Ardlochan Amateurs reach cup quarter-finals after shoot-out", "", "", "B"),
        ],
        [
            ("Junior parkrun returns to Castlebrae Park this weekend", "", "", "B"),
        ],
        [
            ("© Ardlochan Advertiser Ltd 2026.", "", "", "B"),
            ("Registered in Scotland No. SC418822.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CASTLECREAN LEADER", "", "", "B"),
        ],
        [
            ("Serving Limerick city and county since 1894", "", "", "B"),
        ],
        [
            ("News  Sport  Farming  Community  Opinion  Death Notices  Jobs", "", "", "B"),
        ],
        [
            ("Opinion › Editorial", "", "", "B"),
        ],
        [
            ("A hospital cannot be run on goodwill and trolleys", "", "", ""),
        ],
        [
            (
                "The numbers from St. Colmcarra’s are not a blip, and the answer is not another review",
                "",
                "",
                "",
            ),
        ],
        [
            ("The Leader’s view", "", "", "B"),
        ],
        [
            ("Friday, 20 November 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · Email · Print", "", "", "B"),
        ],
        [
            (
                "On Tuesday morning, 97 patients were waiting on trolleys at St. Colmcarra’s Regional Hospital in Limerick, the highest figure for any hospital in the State that day.",
                "",
                "",
                "W",
            ),
            ("It was the 14th day this month on which the count passed 80.", "", "", "W"),
            ("Those are not statistics to shrug at.", "", "", ""),
            (
                "Each one is a person, often elderly, lying under strip lights in a corridor, waiting for a bed that does not exist.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The hospital has 531 inpatient beds.", "", "", "W"),
            (
                "In 2019, when the regional health authority promised a new 96-bed block “within four years”, it had 518.",
                "",
                "",
                "W",
            ),
            ("Seven years on, we are still waiting.", "", "", ""),
            (
                "Tenders for the building were not sought until March of this year, and the contract has still not been signed.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Is that acceptable in one of the richest countries in Europe?", "", "", ""),
            ("No.", "", "", ""),
            ("And nobody in authority seriously pretends otherwise.", "", "", ""),
        ],
        [
            (
                "Dr. Saoirlaith Breathnaghan-Tighearnain, the hospital’s clinical director, told this newspaper last month that 62 of its beds were occupied by patients who were well enough to leave but had nowhere to go.",
                "Saoirlaith Breathnaghan-Tighearnain",
                "told this newspaper",
                "W",
            ),
            (
                "She said she believed 40 extra step-down beds in the community would free the hospital’s wards within a year.",
                "Saoirlaith Breathnaghan-Tighearnain",
                "said",
                "",
            ),
            ("We agree with her.", "", "", ""),
        ],
        [
            (
                "In September, 1,140 people in the region who had been approved for home-care hours were still waiting for a carer to be found.",
                "",
                "",
                "W",
            ),
            (
                "The causes are familiar: too few carers, too few step-down beds, too few GPs taking on new patients, etc.",
                "",
                "",
                "",
            ),
            ("What is missing is a deadline.", "", "", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Letters: Parking charges at the hospital are a tax on the sick", "", "", "B"),
        ],
        [
            (
                "The Minister for Health visited the hospital on 14 May and announced €4.2m for a modular ward of 24 beds.",
                "",
                "",
                "W",
            ),
            ("That ward opened on 2 November, but only 16 of its beds are staffed.", "", "", "W"),
            ("Sixteen beds are welcome.", "", "", ""),
            ("They are also a rounding error.", "", "", ""),
        ],
        [
            (
                "Ambulance crews waited an average of 71 minutes to hand over patients at St. Colmcarra’s in October, against a national target of 20 minutes.",
                "",
                "",
                "W",
            ),
            (
                "Every one of those minutes is an ambulance that is not on the road in Rathkeale or Kilmallock.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The authority says the new block could open by 2029.", "The authority", "says", ""),
            ("Forgive us if we do not hold our breath.", "", "", ""),
        ],
        [
            (
                "Three things would help now: staff the eight empty beds in the modular ward by Christmas, publish a signed timetable for the new block, and fund the step-down beds Dr. Breathnaghan-Tighearnain has asked for.",
                "",
                "",
                "",
            ),
            (
                "None of this is beyond a health service with a budget of more than €25 billion.",
                "",
                "",
                "W",
            ),
            ("The patients in the corridor have been patient long enough.", "", "", ""),
        ],
        [
            ("This editorial represents the view of the Castlecrean Leader.", "", "", "B"),
        ],
        [
            (
                "Have your say: letters@castlecreanleader.ie (max. 300 words; include your name and address).",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related opinion", "", "", "B"),
        ],
        [
            ("Column: What I learned from a night in the emergency department", "", "", "B"),
        ],
        [
            (
                "Castlecrean Leader Media DAC, Unit 4, Mallowvane Business Park, Limerick.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE IBADAN DAYSPRING", "", "", "B"),
        ],
        [
            ("Saturday, November 28, 2026 | ₦/$ 1,512.40 ▲ | Today’s Paper", "", "", "B"),
        ],
        [
            (
                "Home  News  Politics  Business  Metro  Sports  Entertainment  Opinion  Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business / Markets", "", "", "B"),
        ],
        [
            (
                "Rice, garri, tomatoes: food prices in Ibadan markets up as much as 41% in a year",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "State price monitors say a 50kg bag of local rice now sells for ₦98,000, up from ₦69,500 last November",
                "the Oyo State Commodity Price Desk",
                "say",
                "W",
            ),
        ],
        [
            ("By Oluwatamilore Adewumiro-Okonjiaku, Ibadan", "", "", "B"),
        ],
        [
            ("Published: 28 Nov 2026, 7:15 am", "", "", "B"),
        ],
        [
            ("Share: WhatsApp · Facebook · X · Telegram", "", "", "B"),
        ],
        [
            (
                "A trader arranges baskets of tomatoes at Agbeleku market in Ibadan on Friday.",
                "",
                "",
                "",
            ),
            ("PHOTO: DAYSPRING / Oluwakayode Abodunrinde-Falayemi", "", "", "B"),
        ],
        [
            (
                "A 50kg bag of locally milled rice sold for an average of ₦98,000 in Ibadan’s main markets last week, up from ₦69,500 in the same week last year, according to the Oyo State Commodity Price Desk.",
                "the Oyo State Commodity Price Desk",
                "according to",
                "W",
            ),
            (
                "A painter’s bucket of white garri rose to ₦6,800 from ₦5,100, while a big basket of tomatoes now costs ₦72,000, nearly double last November’s ₦38,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Morenikewa Arowojuba-Bankolewa, a mother of four who lives in Agbeleku, said she now buys rice by the mudu (a local measure of roughly 1.5kg) at ₦3,200 instead of buying a bag once a month.",
                "Morenikewa Arowojuba-Bankolewa",
                "said",
                "",
            ),
            (
                "“Meat is now for Sundays only,” she said.",
                "Morenikewa Arowojuba-Bankolewa",
                "said",
                "",
            ),
            (
                "“How do they expect a family to live on ₦70,000 a month?” she asked.",
                "Morenikewa Arowojuba-Bankolewa",
                "asked",
                "",
            ),
        ],
        [
            (
                "Ganiyat Oyerindeola-Adesolape, who has sold grains at Agbeleku market for 22 years, said she paid ₦1.2 million to haul a 30-tonne trailer of rice from Kebbi in October, against ₦780,000 a year earlier.",
                "Ganiyat Oyerindeola-Adesolape",
                "said",
                "W",
            ),
            (
                "She said the rise in diesel and in what she called “checkpoint money” on the road was the main reason for the higher price.",
                "Ganiyat Oyerindeola-Adesolape",
                "said",
                "W",
            ),
            (
                "“Customers think we are the ones cheating them,” she said.",
                "Ganiyat Oyerindeola-Adesolape",
                "said",
                "",
            ),
        ],
        [
            (
                "The state’s Commissioner for Agriculture, Dr. Olufolarin Sanusiwa-Akintayode, said the state received 1,800 tonnes of rice from the federal strategic reserve on 22 October.",
                "Olufolarin Sanusiwa-Akintayode",
                "said",
                "W",
            ),
            (
                "He said the rice would go on sale at ₦62,000 a bag at 40 outlets across the state from January, and that he expected market prices to ease by March.",
                "Olufolarin Sanusiwa-Akintayode",
                "said",
                "",
            ),
            (
                "Sanusiwa-Akintayode said flooding in August destroyed about 14,000 hectares of rice farms in the Oke-Ogun area.",
                "Olufolarin Sanusiwa-Akintayode",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("ALSO READ: Assembly passes ₦612bn 2027 budget after two-day debate", "", "", "B"),
        ],
        [
            ("Get the day’s market prices on WhatsApp with the Dayspring channel.", "", "", "B"),
            ("Tap to follow.", "", "", "B"),
        ],
        [
            (
                "Maj.-Gen. Adebolaji Ogunlanade-Eyitomi (rtd.), who chairs a food price task force set up by the governor in September, said the task force had sealed 11 warehouses in Ibadan and Oyo town for hoarding.",
                "Adebolaji Ogunlanade-Eyitomi",
                "said",
                "W",
            ),
            (
                "He said some of the warehouse owners were believed to be holding more than 5,000 bags each, waiting for prices to rise further.",
                "Adebolaji Ogunlanade-Eyitomi",
                "said",
                "",
            ),
            (
                "One of the warehouses, at No. 14, Olorunsogo-Lamiditu Street, Oluyole Estate, held 7,420 bags of rice and 900 bags of beans when it was opened on 17 November, he said.",
                "Adebolaji Ogunlanade-Eyitomi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Adeyintola Oshodipe-Maclean, chief economist at Oniyere Capital Ltd., said food prices could keep rising until the next harvest if diesel stays above ₦1,400 a litre.",
                "Adeyintola Oshodipe-Maclean",
                "said",
                "",
            ),
            (
                "She said food made up about 51% of the consumer price basket, so rising food costs hit poorer households hardest.",
                "Adeyintola Oshodipe-Maclean",
                "said",
                "W",
            ),
            (
                "“Tell people to buy in groups and share the transport,” she said.",
                "Adeyintola Oshodipe-Maclean",
                "said",
                "",
            ),
        ],
        [
            ("PRICE CHECK: what ₦10,000 buys now", "", "", ""),
        ],
        [
            ("Local rice: 3 mudu (last year: 4.5)", "", "", "W"),
        ],
        [
            ("Brown beans (oloyin): 2 mudu (last year: 3)", "", "", "W"),
        ],
        [
            ("Palm oil: 2.5 litres (last year: 4)", "", "", "W"),
        ],
        [
            ("Source: Oyo State Commodity Price Desk; Dayspring market survey.", "", "", "B"),
        ],
        [
            ("Tags: Food prices, Rice, Ibadan, Inflation", "", "", "B"),
        ],
        [
            ("Most popular", "", "", "B"),
        ],
        [
            ("Bodija traders protest relocation plan", "", "", "B"),
        ],
        [
            ("Two arrested over robbery at motor park", "", "", "B"),
        ],
        [
            ("© 2026 Dayspring Newspapers Nig. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THABANQA BAY TIMES", "", "", "B"),
        ],
        [
            ("Gqeberha | Thursday 12 November 2026 | 22°C, SE wind 35km/h", "", "", "B"),
        ],
        [
            ("NEWS  SPORT  BUSINESS  LIFESTYLE  MOTORING  OPINION  CLASSIFIEDS", "", "", "B"),
        ],
        [
            ("News > Metro", "", "", "B"),
        ],
        [
            ("Taps dry in 28 suburbs for third day after 1968 pipeline bursts", "", "", "W"),
        ],
        [
            (
                "Metro says repairs could take until the weekend as residents queue at tankers with buckets and wheelie bins",
                "the metro",
                "says",
                "",
            ),
        ],
        [
            ("Lungisa Ntshebe-Hartenvlei | Metro reporter", "", "", "B"),
        ],
        [
            ("12 Nov 2026, 06:30", "", "", "B"),
        ],
        [
            ("Share on WhatsApp · Facebook · X · Copy link", "", "", "B"),
        ],
        [
            (
                "Residents of Rooivlei Park fill containers from a municipal tanker on Wednesday afternoon.",
                "",
                "",
                "",
            ),
            ("Picture: LWANDO PHEKANI-VORSTERKOP", "", "", "B"),
        ],
        [
            (
                "About 61,000 households in 28 suburbs in the western parts of Gqeberha have been without running water since Monday night, after a 900mm steel pipeline burst under Dolwyth Ave. in Rooivlei Park, the metro said on Wednesday.",
                "the metro",
                "said",
                "W",
            ),
        ],
        [
            (
                "Water and sanitation executive director Siyamthanda Roodtberg-Mabandlela said the pipe, laid in 1968, had failed at a joint weakened by corrosion.",
                "Siyamthanda Roodtberg-Mabandlela",
                "said",
                "W",
            ),
            (
                "He said it was the third burst on the same 4.2km line this year.",
                "Siyamthanda Roodtberg-Mabandlela",
                "said",
                "W",
            ),
            (
                "“We are working around the clock, and we ask residents to bear with us,” he said.",
                "Siyamthanda Roodtberg-Mabandlela",
                "said",
                "",
            ),
        ],
        [
            (
                "Roodtberg-Mabandlela said water could be restored to most suburbs by Saturday, but high-lying areas such as Ekhwezini might only get full pressure on Monday.",
                "Siyamthanda Roodtberg-Mabandlela",
                "said",
                "",
            ),
            (
                "He said 34 water tankers had been deployed, including 12 hired from private contractors at approx. R4,800 a day each.",
                "Siyamthanda Roodtberg-Mabandlela",
                "said",
                "W",
            ),
        ],
        [
            (
                "The main tanker point, at the Rooivlei Park sports field, opens at 6 a.m.",
                "",
                "",
                "W",
            ),
            ("Residents have been asked to bring containers with lids.", "", "", ""),
        ],
        [
            (
                "Ward 41 councillor Nobuhle Kettlewaai-Mpofazana said the metro had known since a 2023 engineering report that the pipeline needed replacing, and had budgeted R86 million for the work that year but spent R9 million.",
                "Nobuhle Kettlewaai-Mpofazana",
                "said",
                "W",
            ),
            (
                "“Where did the rest of the money go?” she asked.",
                "Nobuhle Kettlewaai-Mpofazana",
                "asked",
                "",
            ),
            (
                "The metro did not respond to questions about the 2023 report by the time of publication.",
                "The metro",
                "did not respond to questions",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "ALSO ON THABANQA BAY TIMES: Port terminal to hire 300 seasonal workers for citrus season",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Never miss a headline: our free morning briefing lands in your inbox at 6am.",
                "",
                "",
                "B",
            ),
            ("SIGN UP", "", "", "B"),
        ],
        [
            (
                "Nomakhosazana Olckers-Nzimande, 64, who lives on Pringleford St. with her daughter and three grandchildren, said she had spent R410 on bottled water since Tuesday.",
                "Nomakhosazana Olckers-Nzimande",
                "said",
                "",
            ),
            (
                "She said she queued for two hours at a tanker on Wednesday and went home with 25 litres.",
                "Nomakhosazana Olckers-Nzimande",
                "said",
                "",
            ),
            (
                "“At my age, carrying a bucket up this hill is no joke,” she said.",
                "Nomakhosazana Olckers-Nzimande",
                "said",
                "",
            ),
        ],
        [
            (
                "The provincial education department said 14 schools in the affected area closed early on Wednesday and would stay closed on Thursday.",
                "The provincial education department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Jurie Makhubelani-Steynsrust, who owns a laundromat at the Rooivlei Park shopping centre, said he had lost about R18,000 in takings since Monday.",
                "Jurie Makhubelani-Steynsrust",
                "said",
                "W",
            ),
            (
                "He said he hoped the metro would consider rates relief for businesses forced to close.",
                "Jurie Makhubelani-Steynsrust",
                "said",
                "",
            ),
        ],
        [
            (
                "Residents are urged to boil tanker water for at least one minute before drinking it, and to report leaks on 0800 555 137.",
                "",
                "",
                "",
            ),
        ],
        [
            ("In 2022 a burst on the same line left 19 suburbs dry for five days.", "", "", "W"),
        ],
        [
            ("Do you have a story about the water outage?", "", "", "B"),
            ("WhatsApp us on 071 555 0182.", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Metro to fast-track R1.1bn pipe replacement, mayor promises", "", "", "B"),
        ],
        [
            ("Pensioners march on municipal offices over electricity cut-offs", "", "", "B"),
        ],
        [
            ("© 2026 Thabanqa Bay Times (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("PAIA Manual | Privacy Policy | Terms & Conditions", "", "", "B"),
        ],
    ],
    [
        [
            ("PENARAK BUSINESS TIMES", "", "", "B"),
        ],
        [
            ("Tuesday, 3 November 2026 · FBM KLCI 1,642.18 (+0.4%) · USD/MYR 4.21", "", "", "B"),
        ],
        [
            (
                "Markets | Corporate | Economy | Property | Tech | Personal Finance | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("CORPORATE", "", "", "B"),
        ],
        [
            (
                "US chipmaker Ovinatrix to invest RM2.3 billion in Batu Kawan plant, hire 1,900",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Production due to start in the second half of 2028 on a 48-acre site", "", "", "W"),
        ],
        [
            ("by Syazwanie Khairudin-Lokhwan", "", "", "B"),
        ],
        [
            ("Published 03 Nov 2026 · 4 min read", "", "", "B"),
        ],
        [
            ("Share  |  Copy link  |  Facebook  |  LinkedIn  |  Telegram", "", "", "B"),
        ],
        [
            ("An artist’s impression of the planned Ovinatrix plant in Batu Kawan.", "", "", ""),
            ("Image: Ovinatrix Holdings", "", "", "B"),
        ],
        [
            (
                "GEORGE TOWN: Ovinatrix Holdings Inc. will invest RM2.3 billion to build a chip-packaging plant in Batu Kawan, the US company said on Monday.",
                "Ovinatrix Holdings Inc.",
                "said",
                "W",
            ),
            (
                "The plant, on a 48-acre site, will employ about 1,900 people when it reaches full output in 2030, including 420 engineers and technicians.",
                "",
                "",
                "W",
            ),
            (
                "Construction is set to begin in February, and the first production line is scheduled to start in the second half of 2028, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ovinatrix chief operating officer Thornwell Dunsquoich-Achebuike said Penang was chosen over sites in Vietnam and Johor because of its pool of experienced engineers and a shorter permit process.",
                "Thornwell Dunsquoich-Achebuike",
                "said",
                "W",
            ),
            (
                "“Frankly, we looked at the talent first and the land price second,” he said.",
                "Thornwell Dunsquoich-Achebuike",
                "said",
                "",
            ),
        ],
        [
            (
                "State executive councillor for trade and industry Dr. Pushparajan Selvakumaran-Teohlin said the project was the largest single foreign investment in Penang since 2023.",
                "Pushparajan Selvakumaran-Teohlin",
                "said",
                "W",
            ),
            (
                "He said the state approved the land sale at RM78 per sq. ft. on Oct. 21, below the market rate of about RM95 in the area.",
                "Pushparajan Selvakumaran-Teohlin",
                "said",
                "W",
            ),
            (
                "He said he expected at least 40 local suppliers to set up nearby within five years.",
                "Pushparajan Selvakumaran-Teohlin",
                "said",
                "",
            ),
        ],
        [
            (
                "Shares of Tamvarin Precision Bhd., which will supply test sockets to the plant, rose 9.6% to RM1.37 on Monday.",
                "",
                "",
                "W",
            ),
            (
                "Tamvarin said in a stock exchange filing that the supply contract was worth about RM64 million over three years.",
                "Tamvarin Precision Bhd.",
                "said in a stock exchange filing",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("ALSO READ ▸ Penang port volumes up 6% in third quarter", "", "", "B"),
        ],
        [
            ("Get the MBT Morning Call in your inbox before 7.30 a.m.", "", "", "B"),
            ("Sign up free.", "", "", "B"),
        ],
        [
            (
                "Mohd Hazwanuddin Ariffuddin-Chongwai, secretary of the Northern Electronics Workers’ Union, said about 38% of workers at chip plants in Penang were employed through labour contractors, based on the union’s survey of 2,400 members in September.",
                "Mohd Hazwanuddin Ariffuddin-Chongwai",
                "said",
                "W",
            ),
            (
                "He said the union feared the new plant could rely on the same model.",
                "Mohd Hazwanuddin Ariffuddin-Chongwai",
                "said",
                "",
            ),
            (
                "“Will these 1,900 jobs be real jobs, or agency jobs?” he asked.",
                "Mohd Hazwanuddin Ariffuddin-Chongwai",
                "asked",
                "",
            ),
            (
                "Dunsquoich-Achebuike said all production staff at the plant would be hired directly, with a starting monthly salary of RM2,600 for operators.",
                "Thornwell Dunsquoich-Achebuike",
                "said",
                "W",
            ),
        ],
        [
            (
                "Thivyaa Loganathar-Yeohlin, 29, a technician at another plant in Bayan Lepas, said she earns RM3,150 a month after six years and spends about RM600 of it on petrol for the 40-minute drive.",
                "Thivyaa Loganathar-Yeohlin",
                "said",
                "",
            ),
            (
                "She said she would apply if the pay was at least 20% higher.",
                "Thivyaa Loganathar-Yeohlin",
                "said",
                "",
            ),
        ],
        [
            (
                "Analysts at Sulvara Securities said in a note that the project could add about 0.3 percentage points to the state’s growth in 2029.",
                "Analysts at Sulvara Securities",
                "said in a note",
                "",
            ),
            (
                "They said Penang accounted for 27% of Malaysia’s approved manufacturing investment in the first half of 2026.",
                "Analysts at Sulvara Securities",
                "said",
                "W",
            ),
        ],
        [
            (
                "The plant will be owned by Ovinatrix Microsystems (Penang) Sdn. Bhd., a unit of Ovinatrix Holdings Inc.",
                "",
                "",
                "W",
            ),
            ("It will be the group’s fourth plant outside the U.S.", "", "", "W"),
            ("The other three are in Mexico, Ireland and the Philippines.", "", "", "W"),
        ],
        [
            (
                "Disclaimer: This article is for information only and does not constitute investment advice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TOPICS: semiconductors · FDI · Penang · Ovinatrix", "", "", "B"),
        ],
        [
            ("MORE FROM CORPORATE", "", "", "B"),
        ],
        [
            ("Glove maker swings to profit on higher export volumes", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Penarak Media Sdn. Bhd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BAMBOULIE HERALD", "", "", "B"),
        ],
        [
            ("Sunday, November 1, 2026 • Today’s e-paper • Subscribe", "", "", "B"),
        ],
        [
            ("News  Business  Sport  Commentary  Features  Carnival  Classifieds", "", "", "B"),
        ],
        [
            ("COMMENTARY", "", "", "B"),
        ],
        [
            ("Plain Talk with Avril Chattergoon-Bardouille", "", "", "B"),
        ],
        [
            ("A drain is not a dustbin, and a budget is not a promise", "", "", ""),
        ],
        [
            (
                "After the Oct. 24 flood, Chaguanas deserves answers, not another photo op",
                "",
                "",
                "",
            ),
        ],
        [
            ("Avril Chattergoon-Bardouille", "", "", "B"),
        ],
        [
            ("Share this column: Facebook | WhatsApp | X | Email", "", "", "B"),
        ],
        [
            (
                "At 4 p.m. on Saturday, October 24, my neighbour Mr. Ramdhanisingh-Lezandro was standing on his gallery in water up to his shins.",
                "",
                "",
                "",
            ),
            ("By 6 p.m. the water was in his living room.", "", "", ""),
            (
                "By 8 p.m. he and his wife were sitting on their dining table, waiting for it to go down.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "According to the Met office, 112 mm of rain fell at Piarco in four hours that afternoon, about half the normal total for the whole of October.",
                "the Met office",
                "According to",
                "W",
            ),
            ("That is a lot of rain.", "", "", ""),
            ("It is not, however, an act of God that nobody could have planned for.", "", "", ""),
        ],
        [
            (
                "The borough corporation’s 2026 estimates set aside TT$14.6 million for drain cleaning and maintenance.",
                "",
                "",
                "W",
            ),
            (
                "By the end of September, according to the corporation’s own quarterly report, TT$5.2 million had been spent.",
                "the corporation’s own quarterly report",
                "according to",
                "W",
            ),
            ("Where is the other TT$9.4 million?", "", "", ""),
        ],
        [
            (
                "On Tuesday I walked the length of the Lindharrow Trace drain and counted three mattresses, a fridge door, two car tyres, a school bag, bottles, etc.",
                "",
                "",
                "",
            ),
            ("Most of it had clearly been there for months.", "", "", ""),
        ],
        [
            (
                "The corporation says the Lindharrow Trace drain was cleared in June.",
                "The corporation",
                "says",
                "W",
            ),
            ("If it was, somebody has been very busy since...", "", "", ""),
            ("Or very careless.", "", "", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("READ MORE COMMENTARY: Why our schools still close for every shower", "", "", "B"),
        ],
        [
            (
                "Mayor Rishidath Bhoolaisingh-Cazabonne told reporters on Wednesday that 640 homes had been affected and that the corporation had handed out 1,100 hampers and 300 mattresses.",
                "Rishidath Bhoolaisingh-Cazabonne",
                "told reporters",
                "W",
            ),
            (
                "“We are doing everything in our power,” he said.",
                "Rishidath Bhoolaisingh-Cazabonne",
                "said",
                "",
            ),
            ("I do not doubt that he believes it.", "", "", ""),
            (
                "But everything in his power should include publishing a drain-cleaning schedule, street by street, so residents can check it.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "He also said a new pump station on the Caroni bank could be built “in the next fiscal year”, if the ministry approves TT$38 million.",
                "Rishidath Bhoolaisingh-Cazabonne",
                "said",
                "",
            ),
            (
                "Readers with long memories will recall that the same pump station was promised in the 2019 budget.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "My own insurance claim, for a washing machine and a sofa, came to TT$11,400.",
                "",
                "",
                "",
            ),
            ("My neighbour has no insurance at all.", "", "", ""),
        ],
        [
            ("So what would I do?", "", "", ""),
            ("First, finish the clean-up before the next rains, not after.", "", "", ""),
            (
                "Second, use the law: section 14.2 of the corporation’s litter bylaws already allows fines of up to TT$5,000 for dumping in a drain.",
                "",
                "",
                "W",
            ),
            ("I could not find a single such fine issued this year.", "", "", "W"),
            ("Third, put the schedule online.", "", "", ""),
        ],
        [
            ("Mr. Ramdhanisingh-Lezandro has moved his good chairs upstairs.", "", "", ""),
            ("He is not waiting for anybody.", "", "", ""),
        ],
        [
            (
                "Avril Chattergoon-Bardouille is a retired geography teacher who has lived in Chaguanas for 31 years.",
                "",
                "",
                "B",
            ),
            ("Write to her at plaintalk@bamboulieherald.tt.", "", "", "B"),
        ],
        [
            ("The views expressed in this column are the author’s own.", "", "", "B"),
            ("They do not necessarily reflect those of the Bamboulie Herald.", "", "", "B"),
        ],
        [
            ("More Commentary", "", "", "B"),
        ],
        [
            ("Editorial: The budget’s silence on road repair", "", "", "B"),
        ],
        [
            ("© Bamboulie Herald Publishing Co. Ltd. 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("The Daily Sandhyatara", "", "", "B"),
        ],
        [
            ("Chattogram, Tuesday 10 November 2026 | 26 Kartik 1433 | Print edition", "", "", "B"),
        ],
        [
            (
                "Home | Bangladesh | Business | Chattogram | World | Sports | Opinion | Photos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Chattogram", "", "", "B"),
        ],
        [
            ("1,340 garment workers unpaid for two months as factory shuts gates", "", "", "W"),
        ],
        [
            (
                "Workers block port road for three hours; labour office calls meeting for Thursday",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Staff Correspondent, Chattogram", "", "", "B"),
        ],
        [
            ("Published: 10 Nov 2026, 01:05 AM | Updated: 10 Nov 2026, 09:40 AM", "", "", "B"),
        ],
        [
            ("Facebook  Messenger  X  LinkedIn  WhatsApp  Print", "", "", "B"),
        ],
        [
            (
                "Workers of Meghnabari Apparels Ltd. block the road in front of the factory gate on Monday.",
                "",
                "",
                "",
            ),
            ("Photo: Sandhyatara", "", "", "B"),
        ],
        [
            (
                "About 1,340 workers of Meghnabari Apparels Ltd. in Chattogram’s Dhoponkhali area have not been paid their wages for September and October, and the factory has been shut since Nov. 2, workers and labour officials said.",
                "workers and labour officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The workers blocked the port access road in front of the factory for about three hours on Monday morning, holding up hundreds of container trucks, until police persuaded them to clear it at 11:30 a.m.",
                "",
                "",
                "W",
            ),
            ("No one was injured.", "", "", "W"),
        ],
        [
            (
                "The factory’s managing director, Sirajul Mohsenul Chowdhuripara-Rahatul, said the company lost orders worth US$4.6 million from two European buyers in July and August, which left it unable to pay.",
                "Sirajul Mohsenul Chowdhuripara-Rahatul",
                "said",
                "W",
            ),
            (
                "He said he hoped to pay September’s wages by Nov. 20 from the sale of a warehouse.",
                "Sirajul Mohsenul Chowdhuripara-Rahatul",
                "said",
                "",
            ),
            (
                "“I have run this factory for 19 years and never missed a salary before this,” he said.",
                "Sirajul Mohsenul Chowdhuripara-Rahatul",
                "said",
                "W",
            ),
        ],
        [
            (
                "The factory makes knitted T-shirts and polo shirts, mainly for buyers in Spain and Germany, according to its website.",
                "its website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Nurjahan Shompa Mridhapara-Ahsanul, general secretary of the Porteghat Garment Workers’ Front, said the company moved sewing machines out of the factory at night on Nov. 5 and 6.",
                "Nurjahan Shompa Mridhapara-Ahsanul",
                "said",
                "W",
            ),
            (
                "She said the workers suspected the owners were preparing to close the factory for good.",
                "Nurjahan Shompa Mridhapara-Ahsanul",
                "said",
                "",
            ),
            (
                "“If there is no money for wages, how is there money for trucks?” she asked.",
                "Nurjahan Shompa Mridhapara-Ahsanul",
                "asked",
                "",
            ),
        ],
        [
            (
                "Chowdhuripara-Rahatul said the machines were taken to a sister factory in Gazipur to finish an order for a Spanish buyer.",
                "Sirajul Mohsenul Chowdhuripara-Rahatul",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Also read: Port congestion eases as new container yard opens", "", "", "B"),
        ],
        [
            ("Watch our video reports on the Sandhyatara YouTube channel", "", "", "B"),
        ],
        [
            (
                "Dhoponkhali police station’s officer-in-charge, Shamsuddoha Mozammel Bhuiyanpara-Topon, said no case had been filed over the blockade.",
                "Shamsuddoha Mozammel Bhuiyanpara-Topon",
                "said",
                "W",
            ),
            (
                "He said police would stay at the factory gate until the meeting.",
                "Shamsuddoha Mozammel Bhuiyanpara-Topon",
                "said",
                "",
            ),
        ],
        [
            (
                "Shahnila Rownak Talukdarpara-Emon, deputy inspector general at the labour inspection department’s Chattogram office, said the department had called a meeting of owners, workers and officials for Thursday at 11 a.m. at its office on Agrabad Access Road.",
                "Shahnila Rownak Talukdarpara-Emon",
                "said",
                "W",
            ),
            (
                "She said that under section 123 of the Bangladesh Labour Act, 2006, wages must be paid within seven working days of the end of the wage period.",
                "Shahnila Rownak Talukdarpara-Emon",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tasnuva Jharna Dowla-Pathanbari, 26, a sewing operator, said her monthly wage is Tk 12,800 and that she owes her landlord Tk 9,000 for two months’ rent.",
                "Tasnuva Jharna Dowla-Pathanbari",
                "said",
                "",
            ),
            (
                "She said she has borrowed Tk 4,000 from a neighbour to buy rice and lentils for her two children.",
                "Tasnuva Jharna Dowla-Pathanbari",
                "said",
                "",
            ),
            (
                "“My landlord says, pay by the 15th or go!” she said.",
                "Tasnuva Jharna Dowla-Pathanbari",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the labour inspection department, 37 factories in Chattogram failed to pay wages on time in October, up from 21 in the same month last year.",
                "the labour inspection department",
                "According to",
                "W",
            ),
            (
                "The Chattogram Apparel Owners’ Forum said falling orders from Europe may force more factories to cut shifts before the end of the year.",
                "The Chattogram Apparel Owners’ Forum",
                "said",
                "",
            ),
        ],
        [
            ("#Garments #Wages #Chattogram", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Jute mill workers end hunger strike after pay deal", "", "", "B"),
        ],
        [
            ("Fire at Sitakunda warehouse put out after six hours", "", "", "B"),
        ],
        [
            (
                "Editor: Mashrekul Kibria Sarkarbari-Noyonmoni | Published by Sandhyatara Media Ltd., Chattogram",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 The Daily Sandhyatara.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("ŌTEPOTI SIGNAL", "", "", "B"),
        ],
        [
            ("Thursday 19 November 2026  |  Dunedin 14° Showers  |  My account", "", "", "B"),
        ],
        [
            ("Local  National  Business  Rural  Sport  Life  Opinion  Notices", "", "", "B"),
        ],
        [
            ("Local Democracy", "", "", "B"),
        ],
        [
            ("Dunedin ratepayers face 11.8% average rise under draft plan", "", "", "W"),
        ],
        [
            (
                "Ageing pipes behind most of the increase, council says",
                "the city council",
                "says",
                "W",
            ),
        ],
        [
            ("Hineteiria Penitoa-Ruddlecombe", "", "", "B"),
        ],
        [
            ("Local democracy reporter", "", "", "B"),
        ],
        [
            ("3:14pm, Thursday", "", "", "B"),
        ],
        [
            ("Share ↗  Email ✉", "", "", "B"),
        ],
        [
            (
                "Council contractors replace a water main on a hill street in Wakaroa last month.",
                "",
                "",
                "",
            ),
            ("Photo: Ōtepoti Signal / Kahutia Tamatewhiu-Grindlaw", "", "", "B"),
        ],
        [
            (
                "The median Dunedin homeowner would pay $3,412 in rates next year (GST incl.), up $361, under a draft annual plan released by the city council on Wednesday.",
                "",
                "",
                "W",
            ),
            (
                "The average rise across all ratepayers would be 11.8%, the council’s third double-digit increase in four years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive J.K. Pomarewai-Lindqvast said $41.6 million of the $58m increase in spending was for water and wastewater pipes, most of them laid before 1960.",
                "J.K. Pomarewai-Lindqvast",
                "said",
                "W",
            ),
            (
                "“We can pay now, or we can pay a lot more later when they fail,” she said.",
                "J.K. Pomarewai-Lindqvast",
                "said",
                "",
            ),
            (
                "She said the city recorded 1,126 water main breaks in the year to June, up from 804 five years earlier.",
                "J.K. Pomarewai-Lindqvast",
                "said",
                "W",
            ),
            (
                "The council’s debt would reach $1.49 billion by June 2028, close to its own limit of 250% of revenue, she said.",
                "J.K. Pomarewai-Lindqvast",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cr Teina Brackenwhin-Moala said the council spent $2.9m on consultants last financial year and should cut that before asking ratepayers for more.",
                "Teina Brackenwhin-Moala",
                "said",
                "W",
            ),
            (
                "“Why is the first answer always the ratepayer?” she asked.",
                "Teina Brackenwhin-Moala",
                "asked",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Harbour cycleway’s final stretch opens after two-year delay", "", "", "B"),
        ],
        [
            (
                "Hollowgrange Ratepayers’ Association chairman Tamiharoa Tuhiwhenua-Kerslaw said the association had collected 2,080 signatures on a petition asking for the rise to be capped at 7%.",
                "Tamiharoa Tuhiwhenua-Kerslaw",
                "said",
                "W",
            ),
            (
                "He said he believed many pensioners on fixed incomes would have to sell.",
                "Tamiharoa Tuhiwhenua-Kerslaw",
                "said",
                "",
            ),
        ],
        [
            (
                "Whetumarama Oakwhenua-Tipenemoa, 78, who lives alone in a three-bedroom house in the hill suburb of Wakaroa, said her rates bill this year was $2,980, paid from a pension of about $1,050 a fortnight.",
                "Whetumarama Oakwhenua-Tipenemoa",
                "said",
                "",
            ),
            (
                "“I’ve lived here 52 years... I’m not going anywhere,” she said.",
                "Whetumarama Oakwhenua-Tipenemoa",
                "said",
                "",
            ),
            (
                "She said she would look into postponing her rates, an option the council offers over-65s, but did not like the idea of a debt on the house.",
                "Whetumarama Oakwhenua-Tipenemoa",
                "said",
                "",
            ),
        ],
        [
            (
                "The Signal’s local democracy reporting is funded through a public-interest journalism partnership.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "Mayor Ngaroimata Vandelwyn-Hohaiata said the final rise could be lower once councillors had heard submissions.",
                "Ngaroimata Vandelwyn-Hohaiata",
                "said",
                "",
            ),
            (
                "She said the council cut $6.3m from the draft budget in October by deferring a new library in Mosgiel and two cycleway projects.",
                "Ngaroimata Vandelwyn-Hohaiata",
                "said",
                "W",
            ),
        ],
        [
            ("Submissions open on Monday and close at 5pm on Friday, December 18.", "", "", "W"),
            (
                "Hearings begin at 9.30am on Tuesday, February 2, in the council chamber.",
                "",
                "",
                "W",
            ),
            (
                "Ratepayers can make a submission online, by email or at any council service centre.",
                "",
                "",
                "",
            ),
            (
                "The council received 3,904 submissions on last year’s draft plan, a record.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the draft, Dunedin’s median residential rates bill would be higher than Christchurch’s $3,190 but lower than Wellington’s $4,120, according to figures compiled by the Signal from each council’s published plans.",
                "figures compiled by the Signal from each council’s published plans",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Hineteiria Penitoa-Ruddlecombe covers the city and regional councils for the Signal.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have your say: letters@otepotisignal.co.nz", "", "", "B"),
        ],
        [
            ("More local news", "", "", "B"),
        ],
        [
            ("Student flat fire: landlord fined over missing smoke alarms", "", "", "B"),
        ],
        [
            ("St Clair sea wall repairs to start in January", "", "", "B"),
        ],
        [
            ("© Ōtepoti Signal Ltd 2026 | Terms | Privacy | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE NORTHERN CASSOWARY", "", "", "B"),
        ],
        [
            (
                "Cairns & Far North Queensland | Monday, November 16, 2026 | 31° Partly cloudy",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News  Weather  Community  Business  Sport  Real Estate  Jobs  Puzzles", "", "", "B"),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            ("Home insurance in Cairns up 38 per cent since Cyclone Ormelle", "", "", "W"),
        ],
        [
            ("Owners weigh dropping cover altogether as the wet season approaches", "", "", ""),
        ],
        [
            ("Tarni Vandermeulbroek-Ashcotterill", "", "", "B"),
        ],
        [
            ("Updated November 16 2026 - 5:00am", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  Email  Copy link", "", "", "B"),
        ],
        [
            (
                "A tarp still covers a roof on Marlinview Crescent in Redlynch, eight months after Cyclone Ormelle.",
                "",
                "",
                "",
            ),
            ("Picture by Bennick Harcastor-Woolgrave", "", "", "B"),
        ],
        [
            (
                "The median annual premium for combined home and contents insurance in Cairns rose from $3,610 to $4,980 in the year to September, a jump of 38 per cent, according to a survey by the Far North Consumer Alliance.",
                "a survey by the Far North Consumer Alliance",
                "according to",
                "W",
            ),
            (
                "Over the same period the median premium in Brisbane rose 9 per cent, to $2,310.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Alliance spokesman Harlovan Obioraku-Whitcombridge said the group examined 1,214 renewal notices sent to owners in the Cairns region between October 2025 and September 2026.",
                "Harlovan Obioraku-Whitcombridge",
                "said",
                "W",
            ),
            (
                "He said the real rise could be higher, because owners who had already dropped cover were not counted.",
                "Harlovan Obioraku-Whitcombridge",
                "said",
                "",
            ),
            (
                "About one in nine respondents said they planned to cancel their home cover this year, he said.",
                "Harlovan Obioraku-Whitcombridge",
                "said",
                "W",
            ),
        ],
        [
            (
                "Corambra Insurance, the region’s largest home insurer by policies, said in a statement that it paid $418 million in claims in Far North Queensland after Cyclone Ormelle crossed the coast near Port Douglas on March 11.",
                "Corambra Insurance",
                "said in a statement",
                "W",
            ),
            (
                "It said reinsurance and building costs in the region had risen by about 30 per cent since 2024, and that those rises were the main driver of higher premiums.",
                "Corambra Insurance",
                "said",
                "W",
            ),
            (
                "“We understand this is a very difficult time for many households,” the statement said.",
                "the statement",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Council waives tip fees for cyclone debris until December", "", "", "B"),
        ],
        [
            (
                "Mariloue Moorbridge-Dalisayan, a nurse who owns a 1970s brick house in Mt Sheridan with her husband, said their renewal came in at $7,240, up from $4,650 last year.",
                "Mariloue Moorbridge-Dalisayan",
                "said",
                "",
            ),
            (
                "She said they raised the excess to $5,000 to bring it down to $5,900.",
                "Mariloue Moorbridge-Dalisayan",
                "said",
                "",
            ),
            (
                "“What are we paying for, if we can’t afford to claim?” she said.",
                "Mariloue Moorbridge-Dalisayan",
                "said",
                "",
            ),
        ],
        [
            (
                "Homes in northern Australia are covered by a federal cyclone reinsurance pool that began in 2022, which the government said at the time would cut premiums for the most exposed households by up to 50 per cent.",
                "the government",
                "said",
                "W",
            ),
            (
                "Obioraku-Whitcombridge said the pool had “clearly not done the job it was sold to do” in Cairns.",
                "Harlovan Obioraku-Whitcombridge",
                "said",
                "",
            ),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            (
                "Local state MP Shaelee Tuckerbolt-Ngatokowhiu said she wrote to the federal Treasurer on Oct. 30 asking for a review of the pool.",
                "Shaelee Tuckerbolt-Ngatokowhiu",
                "said",
                "W",
            ),
            (
                "She said she would raise the issue in parliament next week.",
                "Shaelee Tuckerbolt-Ngatokowhiu",
                "said",
                "",
            ),
        ],
        [
            (
                "The alliance urged owners not to cancel cover without first asking insurers about discounts for roof tie-downs and cyclone shutters.",
                "The alliance",
                "urged",
                "",
            ),
            (
                "Corambra said owners who had fitted approved shutters received discounts of between 5 and 15 per cent.",
                "Corambra Insurance",
                "said",
                "W",
            ),
        ],
        [
            (
                "The alliance will hold a public forum at Palmfold Community Hall, 14 Quenmarrow St.",
                "",
                "",
                "W",
            ),
            ("The forum starts at 6.30pm on Thursday.", "", "", "W"),
        ],
        [
            ("BY THE NUMBERS", "", "", "B"),
        ],
        [
            ("Median premium, Cairns: $4,980 (2025: $3,610)", "", "", "W"),
        ],
        [
            ("Median premium, Brisbane: $2,310 (2025: $2,120)", "", "", "W"),
        ],
        [
            ("Claims paid by Corambra after Cyclone Ormelle: $418m", "", "", "W"),
        ],
        [
            ("Got a story? Email news@northerncassowary.com.au", "", "", "B"),
        ],
        [
            ("Comments are not open on this article.", "", "", "B"),
        ],
        [
            ("More from Business", "", "", "B"),
        ],
        [
            ("Two new flights to Port Moresby from next month", "", "", "B"),
        ],
        [
            ("Cane crush hits 3.1 million tonnes as mills race the rain", "", "", "B"),
        ],
        [
            ("© 2026 Northern Cassowary Pty Ltd | ABN 54 610 220 981", "", "", "B"),
        ],
    ],
    [
        [
            ("NAMIB SUNLINE", "", "", "B"),
        ],
        [
            ("Windhoek • Friday, 6 November 2026 • N$1 = US$0.055", "", "", "B"),
        ],
        [
            (
                "National | Regional | Business | Sport | Youth | Opinion | Jobs & Tenders",
                "",
                "",
                "B",
            ),
        ],
        [
            ("National › Windhoek", "", "", "B"),
        ],
        [
            ("City to sell 1,400 serviced plots in Ombili-Twaloloka by lottery", "", "", "W"),
        ],
        [
            (
                "Residents on the waiting list since 2009 say they fear being left out again",
                "Residents on the waiting list since 2009",
                "say",
                "",
            ),
        ],
        [
            ("Ndapewa Shikongo-Riebeeck", "", "", "B"),
        ],
        [
            ("11:42 | 6 Nov 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook | WhatsApp | X", "", "", "B"),
        ],
        [
            ("Residents at a community meeting in Ombili-Twaloloka on Wednesday.", "", "", ""),
            ("Photo: Ndapewa Shikongo-Riebeeck", "", "", "B"),
        ],
        [
            (
                "Windhoek’s city council will sell 1,400 serviced plots in Ombili-Twaloloka, on the city’s north-western edge, to households on its housing waiting list at N$95 per square metre, under a resolution passed on 14 October.",
                "",
                "",
                "W",
            ),
            (
                "The plots range from 250 to 375 sq. m, putting the price of most between N$23,750 and N$35,625.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council’s strategic executive for urban planning, Tuyakula Amutenya-Voigts, said 11,200 people had registered interest, and that the plots would be allocated by a public lottery on Saturday, 21 November, at 10:00 at the Ombili-Twaloloka sports field.",
                "Tuyakula Amutenya-Voigts",
                "said",
                "W",
            ),
            (
                "She said applicants must have been on the waiting list since at least 31 December 2015 and must not own property anywhere in Namibia.",
                "Tuyakula Amutenya-Voigts",
                "said",
                "W",
            ),
            (
                "“Nobody should sell their place in the queue to anybody,” she said.",
                "Tuyakula Amutenya-Voigts",
                "said",
                "",
            ),
        ],
        [
            (
                "She said water and sewer connections to all 1,400 plots were completed in September.",
                "Tuyakula Amutenya-Voigts",
                "said",
                "W",
            ),
            (
                "Electricity could follow by mid-2027, she said, depending on a loan from the national power utility.",
                "Tuyakula Amutenya-Voigts",
                "said",
                "",
            ),
        ],
        [
            (
                "Applicants must bring an ID, proof of income, a marriage certificate where applicable, etc.",
                "",
                "",
                "W",
            ),
            ("Copies will not be accepted.", "", "", "W"),
        ],
        [
            (
                "Petrus Hangula-Krugersdal, chairperson of the Ombili-Twaloloka Residents’ Committee, said at least 60 plots in a 2023 allocation in a neighbouring area went to people who were not on the waiting list.",
                "Petrus Hangula-Krugersdal",
                "said",
                "W",
            ),
            (
                "He said he did not trust the lottery unless residents could watch the draw.",
                "Petrus Hangula-Krugersdal",
                "said",
                "",
            ),
            (
                "“Who checks the list before it goes into the box?” he asked.",
                "Petrus Hangula-Krugersdal",
                "asked",
                "",
            ),
        ],
        [
            (
                "In August the High Court set aside that 2023 allocation of 212 plots in case No. HC-MD-CIV-MOT-GEN-2025/00318, finding that the council had not published the list of successful applicants as its own policy required.",
                "",
                "",
                "W",
            ),
            ("The council has appealed.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("RELATED: Town council suspends land sales in Rundu after audit", "", "", "B"),
        ],
        [
            ("Breaking news by SMS: send the word NEWS to 081 555 0140.", "", "", "B"),
        ],
        [
            (
                "Selma Nangolo-Basson, 44, a domestic worker, said she registered on the waiting list in March 2009, when her eldest son was two.",
                "Selma Nangolo-Basson",
                "said",
                "",
            ),
            (
                "She said she has saved N$14,500 over six years in a savings group and would need a bank loan for the rest.",
                "Selma Nangolo-Basson",
                "said",
                "",
            ),
            (
                "“Seventeen years in a shack of corrugated iron... and now they say lottery,” she said.",
                "Selma Nangolo-Basson",
                "said",
                "",
            ),
        ],
        [
            (
                "The price is below the N$140 per square metre the council charged for plots in Otjomuise in 2024, according to the council’s own tariff schedule.",
                "the council’s own tariff schedule",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr. Hileni Shaanika-Brandskraal, a housing economist in Windhoek, said a lottery was fairer than first-come allocation but would do little about the backlog unless the council serviced at least 5,000 plots a year.",
                "Hileni Shaanika-Brandskraal",
                "said",
                "",
            ),
            (
                "She said the national housing backlog was put at about 300,000 units in a 2021 government survey.",
                "Hileni Shaanika-Brandskraal",
                "said",
                "W",
            ),
            (
                "About 30,000 people are believed to live in Ombili-Twaloloka, most of them in shacks without electricity.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Tags: Land, Housing, Windhoek, Informal settlements", "", "", "B"),
        ],
        [
            ("Letters to the editor: letters@namibsunline.com.na", "", "", "B"),
        ],
        [
            ("Latest", "", "", "B"),
        ],
        [
            ("Fuel prices unchanged for December, ministry says", "", "", "B"),
        ],
        [
            ("Schoolboys rescued after night on Auas mountain trail", "", "", "B"),
        ],
        [
            ("© 2026 Namib Sunline (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n93-us-dr-ft-sq-km",
        "The glacier’s surface dropped by an average of 14.2 m (approx. 47 ft.) between 2015 and 2026, said Dr. Ilvana Vasquillo-Thornburgh, the Hollisbrae glaciologist who led the study. She said the ice now covers 1.86 sq. km, down from 2.31 sq. km when her team first mapped it.",
        [
            "The glacier’s surface dropped by an average of 14.2 m (approx. 47 ft.) between 2015 and 2026, said Dr. Ilvana Vasquillo-Thornburgh, the Hollisbrae glaciologist who led the study.",
            "She said the ice now covers 1.86 sq. km, down from 2.31 sq. km when her team first mapped it.",
        ],
    ),
    (
        "n93-us-inc-am-approx",
        "The team measured the ice with a drone-mounted radar leased from Sorrelgate Instruments Inc. Flights ran between 6:45 a.m. and 10 a.m. on 19 days in August, before the midday melt made the surface unsafe. Each flight covered approx. 3.4 km of ice.",
        [
            "The team measured the ice with a drone-mounted radar leased from Sorrelgate Instruments Inc.",
            "Flights ran between 6:45 a.m. and 10 a.m. on 19 days in August, before the midday melt made the surface unsafe.",
            "Each flight covered approx. 3.4 km of ice.",
        ],
    ),
    (
        "n93-us-us-its",
        "The Quillaby is among the 10 fastest-shrinking glaciers measured in the western U.S. Its thinning rate of 1.3 m a year is nearly double the regional average.",
        [
            "The Quillaby is among the 10 fastest-shrinking glaciers measured in the western U.S.",
            "Its thinning rate of 1.3 m a year is nearly double the regional average.",
        ],
    ),
    (
        "n93-us-jr-it",
        "The Pelhollow Irrigation District, which delivers creek water to 412 farms, voted 4-1 on Sept. 15 to cut deliveries by 10% next summer. The motion was brought by board member Orvald Pyecraft Jr. It also requires farmers to report their pump hours every week.",
        [
            "The Pelhollow Irrigation District, which delivers creek water to 412 farms, voted 4-1 on Sept. 15 to cut deliveries by 10% next summer.",
            "The motion was brought by board member Orvald Pyecraft Jr.",
            "It also requires farmers to report their pump hours every week.",
        ],
    ),
    (
        "n93-ca-section-citation",
        "Kelbert Emmerick Sollitby, 47, pleaded guilty in June to one count of fraud over $5,000 under s. 380(1)(a) of the Criminal Code. In R. v. Sollitby, 2026 MBKB 211, Justice Aurélienne Onyekachukwu-Lavallière found he took $412,360 in deposits between March 2023 and October 2024 and did work worth about $38,000.",
        [
            "Kelbert Emmerick Sollitby, 47, pleaded guilty in June to one count of fraud over $5,000 under s. 380(1)(a) of the Criminal Code.",
            "In R. v. Sollitby, 2026 MBKB 211, Justice Aurélienne Onyekachukwu-Lavallière found he took $412,360 in deposits between March 2023 and October 2024 and did work worth about $38,000.",
        ],
    ),
    (
        "n93-ca-para-question",
        "“The victims were chosen because they were old, alone and trusting,” the judge wrote at para. 46 of her reasons. “Who would not open the door to a man with a business card and a smile?” she asked in court.",
        [
            "“The victims were chosen because they were old, alone and trusting,” the judge wrote at para. 46 of her reasons.",
            "“Who would not open the door to a man with a business card and a smile?” she asked in court.",
        ],
    ),
    (
        "n93-ca-st-exclaim",
        "Clementyne Kettlesridge, 82, said she paid Sollitby $18,900 in two cheques in the spring of 2024 for a new roof on her bungalow at 318 Pellamore St. She said he stripped the old shingles, covered the roof with tarps and never came back. “I had rain coming through the kitchen light for a whole winter!” she said.",
        [
            "Clementyne Kettlesridge, 82, said she paid Sollitby $18,900 in two cheques in the spring of 2024 for a new roof on her bungalow at 318 Pellamore St.",
            "She said he stripped the old shingles, covered the roof with tarps and never came back.",
            "“I had rain coming through the kitchen light for a whole winter!” she said.",
        ],
    ),
    (
        "n93-ca-ltd-ave",
        "Sollitby’s company, Quoinstone Roofing Ltd., listed its office at 2290 Oberlinde Ave. The address belongs to a mailbox rental store in a strip mall.",
        [
            "Sollitby’s company, Quoinstone Roofing Ltd., listed its office at 2290 Oberlinde Ave.",
            "The address belongs to a mailbox rental store in a strip mall.",
        ],
    ),
    (
        "n93-ca-pm-scene",
        "The hearing ended at 4:10 p.m. Sollitby, in a grey suit, was led out in handcuffs and did not look at the gallery.",
        [
            "The hearing ended at 4:10 p.m.",
            "Sollitby, in a grey suit, was led out in handcuffs and did not look at the gallery.",
        ],
    ),
    (
        "n93-sco-exclaim-continues",
        "“We were rubbish for half an hour, honestly!” she said. “But the lads kept going, and Rorie was different class.”",
        [
            "“We were rubbish for half an hour, honestly!” she said.",
            "“But the lads kept going, and Rorie was different class.”",
        ],
    ),
    (
        "n93-sco-ellipsis-quote",
        "The defeat is Drumvarrie’s fifth in a row in the league, and they have conceded 14 goals in those games. “We’re not panicking... not yet, anyway,” Dunlevin-Skenridge said with a thin smile.",
        [
            "The defeat is Drumvarrie’s fifth in a row in the league, and they have conceded 14 goals in those games.",
            "“We’re not panicking... not yet, anyway,” Dunlevin-Skenridge said with a thin smile.",
        ],
    ),
    (
        "n93-sco-vs-possession",
        "Possession: 44% vs. 56%. Shots on target: 7 vs. 3.",
        ["Possession: 44% vs. 56%.", "Shots on target: 7 vs. 3."],
    ),
    (
        "n93-sco-no-company",
        "© Ardlochan Advertiser Ltd 2026. Registered in Scotland No. SC418822.",
        ["© Ardlochan Advertiser Ltd 2026.", "Registered in Scotland No. SC418822."],
    ),
    (
        "n93-ie-question-no",
        "Is that acceptable in one of the richest countries in Europe? No. And nobody in authority seriously pretends otherwise.",
        [
            "Is that acceptable in one of the richest countries in Europe?",
            "No.",
            "And nobody in authority seriously pretends otherwise.",
        ],
    ),
    (
        "n93-ie-etc-capital",
        "The causes are familiar: too few carers, too few step-down beds, too few GPs taking on new patients, etc. What is missing is a deadline.",
        [
            "The causes are familiar: too few carers, too few step-down beds, too few GPs taking on new patients, etc.",
            "What is missing is a deadline.",
        ],
    ),
    (
        "n93-ng-gen-rtd-no",
        "Maj.-Gen. Adebolaji Ogunlanade-Eyitomi (rtd.), who chairs a food price task force set up by the governor in September, said the task force had sealed 11 warehouses in Ibadan and Oyo town for hoarding. He said some of the warehouse owners were believed to be holding more than 5,000 bags each, waiting for prices to rise further. One of the warehouses, at No. 14, Olorunsogo-Lamiditu Street, Oluyole Estate, held 7,420 bags of rice and 900 bags of beans when it was opened on 17 November, he said.",
        [
            "Maj.-Gen. Adebolaji Ogunlanade-Eyitomi (rtd.), who chairs a food price task force set up by the governor in September, said the task force had sealed 11 warehouses in Ibadan and Oyo town for hoarding.",
            "He said some of the warehouse owners were believed to be holding more than 5,000 bags each, waiting for prices to rise further.",
            "One of the warehouses, at No. 14, Olorunsogo-Lamiditu Street, Oluyole Estate, held 7,420 bags of rice and 900 bags of beans when it was opened on 17 November, he said.",
        ],
    ),
    (
        "n93-ng-ltd-economist",
        "Adeyintola Oshodipe-Maclean, chief economist at Oniyere Capital Ltd., said food prices could keep rising until the next harvest if diesel stays above ₦1,400 a litre. She said food made up about 51% of the consumer price basket, so rising food costs hit poorer households hardest.",
        [
            "Adeyintola Oshodipe-Maclean, chief economist at Oniyere Capital Ltd., said food prices could keep rising until the next harvest if diesel stays above ₦1,400 a litre.",
            "She said food made up about 51% of the consumer price basket, so rising food costs hit poorer households hardest.",
        ],
    ),
    (
        "n93-za-am-capital",
        "The main tanker point, at the Rooivlei Park sports field, opens at 6 a.m. Residents have been asked to bring containers with lids.",
        [
            "The main tanker point, at the Rooivlei Park sports field, opens at 6 a.m.",
            "Residents have been asked to bring containers with lids.",
        ],
    ),
    (
        "n93-za-st-with",
        "Nomakhosazana Olckers-Nzimande, 64, who lives on Pringleford St. with her daughter and three grandchildren, said she had spent R410 on bottled water since Tuesday. She said she queued for two hours at a tanker on Wednesday and went home with 25 litres.",
        [
            "Nomakhosazana Olckers-Nzimande, 64, who lives on Pringleford St. with her daughter and three grandchildren, said she had spent R410 on bottled water since Tuesday.",
            "She said she queued for two hours at a tanker on Wednesday and went home with 25 litres.",
        ],
    ),
    (
        "n93-my-inc-us",
        "The plant will be owned by Ovinatrix Microsystems (Penang) Sdn. Bhd., a unit of Ovinatrix Holdings Inc. It will be the group’s fourth plant outside the U.S. The other three are in Mexico, Ireland and the Philippines.",
        [
            "The plant will be owned by Ovinatrix Microsystems (Penang) Sdn. Bhd., a unit of Ovinatrix Holdings Inc.",
            "It will be the group’s fourth plant outside the U.S.",
            "The other three are in Mexico, Ireland and the Philippines.",
        ],
    ),
    (
        "n93-my-am-signup",
        "Get the MBT Morning Call in your inbox before 7.30 a.m. Sign up free.",
        ["Get the MBT Morning Call in your inbox before 7.30 a.m.", "Sign up free."],
    ),
    (
        "n93-tt-pm-lowercase",
        "At 4 p.m. on Saturday, October 24, my neighbour Mr. Ramdhanisingh-Lezandro was standing on his gallery in water up to his shins. By 6 p.m. the water was in his living room. By 8 p.m. he and his wife were sitting on their dining table, waiting for it to go down.",
        [
            "At 4 p.m. on Saturday, October 24, my neighbour Mr. Ramdhanisingh-Lezandro was standing on his gallery in water up to his shins.",
            "By 6 p.m. the water was in his living room.",
            "By 8 p.m. he and his wife were sitting on their dining table, waiting for it to go down.",
        ],
    ),
    (
        "n93-tt-ellipsis-or",
        "The corporation says the Lindharrow Trace drain was cleared in June. If it was, somebody has been very busy since... Or very careless.",
        [
            "The corporation says the Lindharrow Trace drain was cleared in June.",
            "If it was, somebody has been very busy since...",
            "Or very careless.",
        ],
    ),
    (
        "n93-bd-caption-ltd",
        "Workers of Meghnabari Apparels Ltd. block the road in front of the factory gate on Monday. Photo: Sandhyatara",
        [
            "Workers of Meghnabari Apparels Ltd. block the road in front of the factory gate on Monday.",
            "Photo: Sandhyatara",
        ],
    ),
    (
        "n93-bd-am-no-one",
        "The workers blocked the port access road in front of the factory for about three hours on Monday morning, holding up hundreds of container trucks, until police persuaded them to clear it at 11:30 a.m. No one was injured.",
        [
            "The workers blocked the port access road in front of the factory for about three hours on Monday morning, holding up hundreds of container trucks, until police persuaded them to clear it at 11:30 a.m.",
            "No one was injured.",
        ],
    ),
    (
        "n93-nz-gst-incl",
        "The median Dunedin homeowner would pay $3,412 in rates next year (GST incl.), up $361, under a draft annual plan released by the city council on Wednesday. The average rise across all ratepayers would be 11.8%, the council’s third double-digit increase in four years.",
        [
            "The median Dunedin homeowner would pay $3,412 in rates next year (GST incl.), up $361, under a draft annual plan released by the city council on Wednesday.",
            "The average rise across all ratepayers would be 11.8%, the council’s third double-digit increase in four years.",
        ],
    ),
    (
        "n93-nz-initials-ceo",
        "Chief executive J.K. Pomarewai-Lindqvast said $41.6 million of the $58m increase in spending was for water and wastewater pipes, most of them laid before 1960. “We can pay now, or we can pay a lot more later when they fail,” she said.",
        [
            "Chief executive J.K. Pomarewai-Lindqvast said $41.6 million of the $58m increase in spending was for water and wastewater pipes, most of them laid before 1960.",
            "“We can pay now, or we can pay a lot more later when they fail,” she said.",
        ],
    ),
    (
        "n93-au-st-pm",
        "The alliance will hold a public forum at Palmfold Community Hall, 14 Quenmarrow St. The forum starts at 6.30pm on Thursday.",
        [
            "The alliance will hold a public forum at Palmfold Community Hall, 14 Quenmarrow St.",
            "The forum starts at 6.30pm on Thursday.",
        ],
    ),
    (
        "n93-na-sq-m",
        "Windhoek’s city council will sell 1,400 serviced plots in Ombili-Twaloloka, on the city’s north-western edge, to households on its housing waiting list at N$95 per square metre, under a resolution passed on 14 October. The plots range from 250 to 375 sq. m, putting the price of most between N$23,750 and N$35,625.",
        [
            "Windhoek’s city council will sell 1,400 serviced plots in Ombili-Twaloloka, on the city’s north-western edge, to households on its housing waiting list at N$95 per square metre, under a resolution passed on 14 October.",
            "The plots range from 250 to 375 sq. m, putting the price of most between N$23,750 and N$35,625.",
        ],
    ),
    (
        "n93-na-etc-copies",
        "Applicants must bring an ID, proof of income, a marriage certificate where applicable, etc. Copies will not be accepted.",
        [
            "Applicants must bring an ID, proof of income, a marriage certificate where applicable, etc.",
            "Copies will not be accepted.",
        ],
    ),
]
