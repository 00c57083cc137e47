"""Hundred-and-forty-eighth set of new hand-labelled pages for the hint engines (tuning set, round fifty-four):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries in twelve
genres, where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part. The pages: a Kenyan national
daily's website (a national budget: the Treasury tables Sh4.61 trillion and cuts the deficit target
to 4.1% of GDP); a United States city newspaper (a murder trial verdict: a Springfield, Missouri,
man convicted of first-degree murder in a tavern manager's 2024 shooting); a Scottish regional
newspaper's sport page (a football league table story: Inverbrae Rovers top Scottish League Two for
the first time since 1998); a Singapore national daily (a medical study: extra outdoor time at
school cut new myopia cases by a quarter); an Irish national news site (a housing price index:
annual inflation slows to 6.2%); an Indian state news site (a crop harvest report: Punjab's wheat
procurement short of target for the third year running); a Canadian national digital site (a rail
strike: about 9,300 railway workers walk out); an Australian city newspaper (school league tables:
an agricultural high school tops the HSC table for the 12th year in a row); a South African national
news site (quarterly crime statistics: murders down 4.1%, KwaZulu-Natal the only province up); an
English national site's money section (an energy price cap: down 4.2% to £1,642 from July 1); a New
Zealand regional newspaper (an obituary: the first woman to qualify as a mountain guide in New
Zealand, dead at 88); and a Malaysian English-language daily (a flood: Kelantan's evacuees pass
41,000, the most since 2014).

What is hard is telling statements of record (figures, dates, rankings and runs such as "the first
time since April 1998", "for the 12th consecutive year", "the third consecutive quarter", "the
second consecutive annual cut", "for the ninth year running", "the 14th month in a row", "the lowest
since 2017", "the most since the winter of 2014"; comparisons; verdicts, rulings and dates fixed by
a court, a regulator or a statistics office; budget allocations and targets as tabled; causal claims
by officials: "had cut yields by 6 to 8%", "was mainly due to a 2025 operation", "reflected lower
wholesale gas prices", "He blamed the overnight surge on a high tide") from what sits beside them:
forecasts and plans ("The Treasury projects growth of 5.3%", "The firm expects the deficit to end
the year closer to 5%", "Officials expect procurement to close at about 121 LMT", "The consultancy
expects it to rise again by about 3%", "He estimated that each week ... could cost ... $1.8
billion", "MPs are expected to", "are due in May", "said he would file a motion", "said it would
pass on the full reduction", "no farmer would be turned away"), hedges ("was probably what
protected", "may not hold", "may finally be getting a breather"), feelings, advice ("Eye doctors
advise", "urged anyone struggling to", "should take a reading ... i.e. the day before"), rhetorical
questions, question subheads, scene-setting, fragments ("Slightly.", "No.", "Lovely,” he said.") and
opinions, including opinions in indirect speech ("said the verdict rested on 'one shaky witness
...'", "said league tables rewarded schools that choose their students", "said the increase was too
little and came too late", "said the figures showed the Government had 'lost control of the
market'", "It said the strike was about safety, not money"), beside facts in indirect speech from
the same speakers ("She said 14 of the top 20 schools were fully or partly selective", "She said the
Treasury owed the 47 counties Sh86.3 billion"). And where sentences end: abbreviations that END a
sentence before a capital ("Mvua Capital Ltd." / "The Nairobi-based firm ..."; "Laurentide
Securities Inc." / "He estimated ..."; "at 3:48 p.m." / "Meeks-Harlan, ..."; "at 12:58 a.m." / "The
defense argued ..."; "at 9 a.m." / "Prosecutors withdrew ..."; "at 12:01 a.m." / "Talks ..."; "at 7
a.m." / "Suppliers must ..." and / "The danger level ..."; "at 11 a.m." / "Donations ..."; "into the
U.S." / "Shippers there ..."; "robberies, etc." / "Property crimes ..."; "Southern Alps Guiding Co."
/ "It was another 11 years ..."; "Arthur Thornycroft Jr." / "They ran ..."; "Thunder Bay, Ont." /
"Grain companies said ..."; "Tamar Energy Analytics Ltd." / "The consultancy ..."; "Syarikat Beras
Serantau Sdn. Bhd." / "The company said ..."; copyright and company lines split at "Ltd.", "Inc.",
"Pvt. Ltd.", "Pte. Ltd.", "(Pty) Ltd." and "Sdn. Bhd.") and ones that do not ("No. 4", "No.
SC418207", "Co. Regn. No.", "St. Colm's", "St. Brigid's", "St. Ninian's", "St. Aidan's", "E. Walnut
St. shortly after", "Dr." seven times, "Mt. Corrie", "Mt. Aspiring", "Aoraki/Mt. Cook", "approx." in
four pages, "e.g." in five, "i.e." in four, "vs." in a study's results, a table title and a fixtures
list, "Gov. Lauren", "State Rep. Dwayne", "Lt. Gen.", "Maj. Gen.", "Rs. 2,585", "Jln. Kuala Krai",
"Calgary, Alta., moves", "Co. Leitrim, at 15.3%", "Co. Longford to", "Ozark Freight Services Inc.
showed", "Glasnevin Wealth Partners Ltd., said", "Rusholme Jr., 44,", "Oct. 19, 2024", "Aug. 14", "8
a.m. yesterday", "9:30 p.m. Wednesday", "a Heartland Community Media Inc. company.", "© Lantern News
& Media Ltd. 2026.", "Daily Currach Media Ltd., Registered in Ireland No. 608114."); initials
("Tavion R. Meeks-Harlan", "Russell K. Abernathy-Stone", "Jaswinder S. Brar-Dhillon", "Dr. J. R.
Fenwick-Orr"); decimals (Sh4.61 trillion, 28.3%, 0.61 dioptres, 10.42m, 24.86p, 46.2 quintals) and
times ("3:48 p.m.", "12:01 a.m. ET", "6.30am", "07.02 BST", "5.52am"); questions and exclamations
inside quotes followed by their attribution (one sentence: "“Where is the extra Sh170 billion going
to come from?” she asked.", "“How is that not a penalty?” he asked.", "“What am I supposed to do
with the rest of my life?” she asked.", "“Would you want someone ...?” asked Denise Aubertin-Kalu,
...", "“Who will pay for the diesel, the labour, the loan?” he asked.", "“Where are we supposed to
go after this?” she asked.", "“How many more floods before it is finished?” he asked.") against a
"?" followed by a new sentence inside the quote ("“Who feels a 7% increase?" / "Not us,” she said.";
"“Did this jury get it right?" / "Absolutely,” ..."; "“Top in April?" / "Lovely,” ..."; "“Does that
change the result?" / "Probably not much, ..."; "“Is this the turn?" / "I doubt it,” ..."; "“Is it
about the money?" / "No.”"; "“Did we expect 41st?" / "No, we did not!” she said."; "“Are we safer
than in 2024?" / "Slightly." / "Are we safe?" / "No,” he said."; "“£72 a year?" / "That's £1.38 a
week,” ..."; "“Is the mountain going anywhere?" / "No." / "Then we can wait,” she liked to say.");
and ellipses before a lower-case word inside one sentence ("get better… it never does", "for today…
and I'd wait", "the trial… maybe she", "last Saturday… twenty-two!”", "thin… you can see it",
"chemistry… so I walked out", "every morning… at 88") and before a capital (two sentences: "three
years running…" / "That's what ...", "most weekends…" / "Nobody sleeps,” ...", "hated fuss…" /
"She'd have ...", "in 20 minutes…" / "We could only ...").

The pages hold 520 sentences: 173 "B", 185 "W" and 162 ""; 174 sentences carry a speaker
(97 distinct speakers). `STYLES` describes each page, its story, its labels and its furniture in
order; `CASES` holds 30 split cases cut from the pages.

Written from scratch for issue 13 in round fifty-four, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief, the module docstrings of
`labelled_new.py` and `labelled_new2.py`, `def build` in `labelled_articles.py`, the `[tool.ruff]`
tables of `pyproject.toml`, and through `ast` only the docstrings of `labelled_new143.py` and
`labelled_new144.py`, plus two `STYLES` entries, the page and sentence counts, the first page's
first fourteen paragraphs, the fourth page's last twelve paragraphs and the first four cases of
`labelled_new144.py`. Coined names were checked with `grep -rlF` over `tests/text` (file names
only); five names were renamed before the file was written (two compound surnames built on a surname
found in sixteen files, a victim's and a judge's surnames found in fifteen each, and an obituary's
family name found in three), and surnames were checked for reuse across these pages. A `grep` for
"ruff: noqa" over `tests/text` showed the one line of `labelled_new87.py` that carries it and its
docstring's reason; this file carries the same `# ruff: noqa: E501, RUF100` line, since outside
`tests/` the project's per-file ignore for long fixture lines does not apply. `ruff format` and
`ruff check` pass on the file as written and when read as `tests/text/labelled_new148.py` through
`--stdin-filename`.

Every person, outlet, firm, fund, club, ground, school, institute, council, alliance, society,
committee, union, railway, supplier, consultancy, comparison site, statement, report, study and
figure is invented. Real countries, regions, cities, towns, rivers, mountains, roads, courts,
parliaments, ministries, agencies, regulators, universities and laws appear only as settings, with
invented statements and figures: Nairobi, Gikomba, Parliament Buildings, the National Assembly, the
Senate, the National Treasury, the Kenya Revenue Authority and the Council of Governors;
Springfield, Greene County, the Lake of the Ozarks, Interstate 44, the Missouri State Highway
Patrol, the Greene County Jail and the Missouri House and Senate; Scottish League Two and League
One; Bishan, the National University of Singapore, the Health Promotion Board, the Ministry of
Education and the National Medical Research Council; Dublin, Dún Laoghaire-Rathdown, Leitrim,
Longford, Carrick-on-Shannon, the Border region, the Central Statistics Office and the Department of
Housing; Chandigarh, Khanna, Sangrur, Moga, Ludhiana, Punjab, Haryana, Madhya Pradesh, the Food
Corporation of India and the India Meteorological Department; Montreal, Calgary, Vancouver, Thunder
Bay, Winnipeg, Ottawa, the Canada Labour Code and the Canada Industrial Relations Board; Sydney,
Parramatta, Mount Druitt and the NSW Education Standards Authority; KwaZulu-Natal, Durban, Gauteng,
the Western Cape, the N3, Parliament and the South African Police Service; England, Scotland, Wales,
Hull, Ofgem and the Warm Home Discount; Timaru, Oamaru, Dunedin, the University of Otago, Aoraki/Mt.
Cook, Mt. Aspiring, Plateau Hut, the Southern Alps and the Queen's Service Medal; Kelantan,
Terengganu, Pahang, Kota Bharu, Pasir Mas, Tumpat, Rantau Panjang, Kuala Krai, Gua Musang, the
Sungai Golok, the Sungai Kelantan, Guillemard Bridge, the Sungai Dungun, the Kemubu irrigation area,
MetMalaysia, the Public Works Department and the National Disaster Management Agency.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, ticker, strip, crumb, byline, date line, share line, caption,
credit, table row, list item, box line, note and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content
and its credit "B"; tables pasted as lines with a "B" title, header row and source line and "" data
rows; headlines and standfirsts never split and flagged by content (a standfirst's "say", "says",
"blame", "warns" or a headline's "confirms" carries its source as the story first gives it); a
dateline belongs to its lead sentence; a person is named in full as first given, without titles or
roles ("Treasury Cabinet Secretary", "Council of Governors chair", "Minority Leader", "Circuit
Judge", "Greene County Prosecuting Attorney", "Defense attorney", "Assistant prosecutor", "State
Rep.", "Rovers manager", "Associate Professor", "Dr." six times, "Director of Agriculture",
"Principal", "Education Minister", "Labour Minister", "Police Minister", "National Commissioner Lt.
Gen.", "Maj. Gen.", "Energy Secretary", "Datuk", "State health director", "Opposition assemblyman",
"Former student", "conductor" dropped; initials and "van" kept), and a pronoun or surname resolves
to that name; "according to X" gives X as written ("Treasury data", "police data", "Health Promotion
Board figures", "its 2025 annual report", "Ofgem's latest figures", "Tamar Energy Analytics Ltd.",
"price comparison site Switchwell", "separate figures from the Irish Mortgage Lenders' Forum"); a
generic noun or unnamed group is kept as written ("The Treasury", "The Nairobi-based firm", "The
defense", "The key witness", "police", "The club", "The researchers", "A ministry spokesman", "Eye
doctors", "Officials", "the department", "Grain companies", "the company", "the regional transit
authority", "The consultancy", "the regulator", "The company"); a quote over several sentences
carries its speaker and cue in each.

Conventions this set had to settle, in the same spirit:

* A budget's allocations, targets and measures as tabled ("will spend Sh4.61 trillion", "sets the
  deficit at", "income tax bands would not change", a duty rising "by between five and 10 percentage
  points") are "W": the budget fixes them and they can be checked against it. The Treasury's and
  others' forecasts of how the year will turn out ("projects economic growth of 5.3%", "expects the
  deficit to end the year closer to 5%") are "".
* A sentence is flagged by its claim, not its verb of saying: an opinion, a plan or a promise in
  indirect speech ("said the verdict rested on ...", "said he would file a motion", "insisted the
  table meant nothing yet", "said the decline showed that 'visible policing is working'", "said the
  Government had 'taken the tough decisions ...'") carries its speaker and is ""; a fact in indirect
  speech from the same speaker ("He said 10,400 new constables had been sent ...") is "W".
* "insisted", "testified", "acknowledged", "argued", "told jurors", "told the National Assembly",
  "told reporters outside the courthouse", "blamed", "blame", "estimated", "expects", "expect",
  "projects", "has forecast", "warns", "cautioned", "advise", "advised", "urged", "called on", "has
  found", "shows" and "liked to say" are cues like "said", kept as written.
* In a trial report, the defence's argument ("The defense argued ...", a closing that detectives had
  "decided who did it by lunchtime") is ""; a prosecutor's closing assertion of specific facts (a
  $1,200 debt and a text "at 11:52 p.m. that night") is "W", like "put it to him that" in the
  hundred-and-forty-third set; an unnamed witness is kept as written ("The key witness"), and her
  "acknowledged" under cross-examination carries her; a judge who "set sentencing" carries no
  speaker.
* A study's own finding carries the study as written ("a Singapore trial has found"), like a
  document with its own verb ("the budget statement shows").
* Named bodies keep a leading article as written, as in the hundred-and-forty-fourth set ("The
  Ministry of Education", "The Department of Housing", "The Canadian Railway Crews Union", "The
  Canadian Shippers' Council", "The National Disaster Management Agency", "The India Meteorological
  Department", "the Central Statistics Office", "the South African Police Service"); a bracketed
  acronym is dropped and the acronym later resolves to the body ("MetMalaysia warns" in the
  standfirst and "MetMalaysia said" -> "The Malaysian Meteorological Department"); a short form
  resolves to the name as first given ("Boreal Pacific said" -> "Boreal Pacific Railway"); "the
  regulator Ofgem said" drops the descriptor ("Ofgem"), while a later "the regulator said" stays as
  written.
* A precise definition or rule is "W" (what the price cap limits, Band 6's mark, the promotion and
  play-off places, what section 107 of the Canada Labour Code allows, the crime breakdown ending
  "etc."); a date or time fixed by the body that sets it is "W" (a sentencing hearing, a statutory
  budget deadline, the ATAR release, the regulator's next review, the CSO's next release, a notified
  transplanting date, a funeral service); a release that is only "due in May" is "".
* Quotes from private people: a feeling or an anecdote is "" (a mother's 19 months, a striker's
  missed birthdays, how fast the water rose); a specific record of a transaction or a count is "W"
  (an estate agent's viewings last Saturday and a sale price, a farmer's yield in indirect speech),
  and so is a sum computed from the story's own figures ("That's £1.38 a week").
* An obituary's facts of a life (birth, schooling, firsts, climbs, marriage, a rescue, an honour,
  survivors) are "W" with no speaker; tributes, sayings and habits are "", and a caption of record
  with a place and a date is "W".
* A support-line box after a results story ("If you need support ..., call ...") is "B", like a
  contact line; "Advertisement" is "B".
* A company line splits at a designation followed by a capital that starts a new statement ("© 2026
  Tayside Courant Ltd." / "Registered in Scotland No. SC418207."; "... Pte. Ltd." / "Co. Regn. No.
  201604417K." / "All rights reserved."; "... (Pty) Ltd." / "Read our Press Code ..."), and does not
  where a comma, a lower-case word or a year follows ("Daily Currach Media Ltd., Registered in
  Ireland No. 608114.", "a Heartland Community Media Inc. company.", "© Lantern News & Media Ltd.
  2026.").
* An ellipsis before a lower-case word or a spelled-out number continues the sentence ("last
  Saturday… twenty-two!” she said." is one "W" sentence); before a capital it starts a new sentence
  in the same quote, with the same speaker and cue.
* A quote of short questions and answers splits at every "?" and "." ("“Are we safer than in 2024?"
  / "Slightly." / "Are we safe?" / "No,” he said."), and an exclamation ending the quote before its
  attribution stays with the attribution ("No, we did not!” she said.").
* "would not say whether she would use it" is like "did not say": no speaker, "".
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each two or three
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Kenyan NATIONAL DAILY\'S WEBSITE, desktop browser paste, a NATIONAL BUDGET: the Treasury tables a Sh4.61 trillion budget and cuts the deficit target to 4.1% of GDP. Head: masthead, menu with pipes, a markets ticker, section crumb (all "B"); headline of record "W"; standfirst "Economists say ..." an opinion "" carrying "Economists"; byline, date line with "p.m.", share strip (all "B"); a caption "" and its credit "B". Body: the Cabinet Secretary\'s spending total with a dateline "W" ("told the National Assembly"); the deficit target with "the lowest deficit target since 2015/16" "W" (allocations and targets as tabled are records); his two-sentence quote carried on with no cue (""); his tax measures in indirect speech "W" and an "e.g." duty line "W" carrying "the budget statement" with "shows"; debt service and "the largest sector allocation for the ninth year running" "W"; a where-the-money-goes table (title, header row and a two-sentence source line "B", rows ""); "the second consecutive annual cut" "W"; a governors\' chair\'s opinion in indirect speech "" then her arrears figure "W"; an economist\'s record ending "Mvua Capital Ltd." before "The Nairobi-based firm expects" ("W" then a forecast "" carrying the firm as written); her question with attribution (one sentence, ""); "The Treasury projects" growth ""; debt per "Treasury data" "W"; the opposition leader\'s "called" "" and his supplementary-estimates record "W"; a market scene, a trader\'s ellipsis before a lower-case word (one sentence) and her question followed by a new sentence in the quote (two), all ""; the Finance Bill\'s statutory deadline "W" and "MPs are expected to" "". Tail: related list, copyright split at "Ltd." (all "B").',
    'United States CITY NEWSPAPER (Missouri), desktop browser paste, a MURDER TRIAL VERDICT: a Springfield man convicted of first-degree murder in a tavern manager\'s 2024 shooting. Head: masthead, subscribe line, menu, section (all "B"); headline of record "W"; a standfirst of record with "Aug. 14" "W"; byline in two lines and a published/updated line with "p.m. CT" (all "B"). Body: the verdict with an initial ("Tavion R. Meeks-Harlan") "W"; "at 3:48 p.m." ending a sentence before "Meeks-Harlan" ("W" then a scene ""); the victim "Dale Anders Rusholme Jr., 44," shot "on E. Walnut St. shortly after 1 a.m. on Oct. 19, 2024" (one sentence, "W"); the judge setting sentencing "at 9 a.m." before "Prosecutors withdrew" (both "W", no speaker: a judge acting without a verb of saying); the prosecutor\'s emotive quote "" and her question followed by a new sentence in the quote (two, ""); defense counsel\'s opinion and plan in indirect speech ""; an ad label "B"; the state\'s witness count "W"; the examiner ("Dr." dropped) "testified" "W"; "Ozark Freight Services Inc. showed" mid-sentence and "at 12:58 a.m." ending before "The defense argued" ("W" then an argument "" carrying "The defense"); the key witness "told jurors" and "acknowledged" "W" (kept as written); defense closing ""; the prosecutor\'s closing assertion with "11:52 p.m. that night" "W"; the mother at the verdict, her ellipsis before a lower-case word (one sentence) and her question with attribution, all ""; arrest and custody "W"; homicide counts per "police data" and "police said" with "the lowest since 2017" "W"; "State Rep." and a House vote "W" and a plan naming "Gov." "". Tail: author bio and phone line, most-popular list, legal links, a copyright line with "Inc. company" mid-sentence before "All rights reserved." (all "B").',
    'Scottish REGIONAL NEWSPAPER\'S SPORT PAGE, desktop browser paste, a FOOTBALL LEAGUE TABLE STORY: Inverbrae Rovers top Scottish League Two for the first time since 1998. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst mood ""; byline, date line, share strip (all "B"); a caption "" and its picture credit "B". Body: "for the first time since April 1998" "W"; "seventh straight league win, the club\'s longest run since the 1997-98 season" and a crowd "the biggest ... in 11 years" "W"; goals "W"; the manager "insisted" (an opinion, ""), his "Top in April?" followed by a new sentence in the quote (two) and a carried-on quote ""; his unbeaten record in indirect speech "W" and his opinion ""; the rival manager\'s opinion "" and his question with attribution (one sentence, ""); "The club later confirmed" an injury "W"; results around the table with "St. Colm\'s" mid-sentence "W"; a league table pasted as lines (title and header row "B", rows ""); the promotion rules "W"; an opinion "" beside a record "where they have not won since 2019" "W"; a fixtures list with "vs." (title "B", rows ""). Tail: read-more list, comments furniture, copyright split at "Ltd." before "Registered in Scotland No. SC418207." (all "B").',
    'Singapore NATIONAL DAILY\'S WEBSITE, desktop browser paste, a MEDICAL STUDY: extra outdoor time at school cut new myopia cases by a quarter. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "Researchers say ..." ""; byline, date line, share strip (all "B"); a caption "" and its credit "B". Body: the finding with "a Singapore trial has found" "W"; design and authorship "W"; results with "vs." and "i.e." mid-sentence "W"; a results table (title and header "B", rows with "approx." ""); what the schools did with "e.g." and the randomisation "W"; the lead author ("Associate Professor" dropped) surprised "", her screen-time record "W" and her hedged explanation "probably" ""; a prevalence figure "one of the highest rates in the world" per "Health Promotion Board figures" "W"; "The researchers cautioned" ""; an outside ophthalmologist ("Dr." dropped) "called" "", "noted" a dropout figure "W" and asked a question followed by a new sentence in his quote (two, ""); the ministry\'s plan "" and a spokesman\'s count "W"; doctors\' advice ""; a parent\'s ellipsis before a lower-case word (one sentence, ""); the funding "W"; a journal reference with "et al." as one "B" sentence. Tail: read-next list, a channel line, copyright split at "Pte. Ltd." before "Co. Regn. No. 201604417K." and "All rights reserved." (all "B").',
    'Irish NATIONAL NEWS SITE, desktop browser paste, a HOUSING PRICE INDEX: annual house price inflation slows to 6.2%, the weakest in more than two years. Head: masthead, menu, crumb (all "B"); headline of record "W"; a hedged standfirst ""; byline, date line, listen line (all "B"). Body: "the Central Statistics Office said" with "the slowest annual rate since November 2023" "W"; Dublin and the rest "W" and "the 14th month in a row" "W"; "Co. Leitrim, at 15.3%" and "Co. Longford" mid-sentence "W"; transactions and "the highest share since the series began in 2010" "W"; a price table (title, header and a two-sentence source line "B", rows ""); "24.9% above their 2007 peak" "W"; an economist at "Glasnevin Wealth Partners Ltd.," (mid-sentence) with an opinion "", a question followed by a new sentence in his quote (two) and a carried-on quote, all "", then completions in indirect speech "W"; an estate agent in "Carrick-on-Shannon, Co. Leitrim," feeling "" and her record "22 viewings ... last Saturday… twenty-two!" with attribution (one sentence, "W") and a sale price "W"; the department\'s expectation ""; an opposition opinion in indirect speech ""; mortgage approvals per "separate figures from the Irish Mortgage Lenders\' Forum" "W"; brokers\' advice with "i.e." and "approx." ""; the next release date "W". Tail: tags, a numbered most-read list, a company line with "Ltd., Registered in Ireland No. 608114." as one sentence and a registered-office line (all "B").',
    'Indian STATE NEWS SITE (Punjab), desktop browser paste, a CROP HARVEST REPORT: wheat procurement falls short of target for the third year running. Head: masthead, menu, section (all "B"); headline of record "W"; standfirst "Officials blame ..." a causal claim "W"; byline, updated line, follow strip (all "B"); a caption with "yard No. 4" "" and its credit "B". Body: a dateline "Chandigarh, May 16:" glued to the lead, figures per "figures from the state\'s Food, Civil Supplies and Consumer Affairs Department" "W"; arrivals "W" and "Officials expect" a forecast ""; earlier shortfalls "W"; the agriculture director ("Dr." dropped, initial "S." kept) blaming heat for lower yields "W" and his yield figures "W"; the support price with "Rs." mid-sentence "W"; payments "the department said" "W"; a minister\'s promise ""; a relaxed grain norm with "i.e." "W"; lifting and a commission agents\' stoppage "W"; a market scene ""; a farmer\'s yield in indirect speech "W", his ellipsis before a lower-case word (one sentence) and a two-sentence quote, all ""; the compensation decision "W"; a farm union president\'s "called" "" and question with attribution "" and his survey count "W"; national procurement "W"; "has forecast" a monsoon ""; a notified transplanting date "W"; the director\'s advice "". Tail: also-read list, tags, copyright split at "Pvt. Ltd." (all "B").',
    'Canadian NATIONAL DIGITAL NEWS SITE, desktop browser paste, a RAIL STRIKE: about 9,300 Boreal Pacific Railway workers walk out, halting freight across Canada. Head: masthead, menu, markets ticker, section (all "B"); headline of record "W"; standfirst "Union says ..." ""; bylines, a place line, published line, share strip (all "B"). Body: a "MONTREAL —" lead with "12:01 a.m. ET" and "first national strike since 2019" "W"; "Calgary, Alta.," mid-sentence in a record per "its 2025 annual report" "W", "Thunder Bay, Ont." ending a sentence before "Grain companies said" ("W", "W" with "the most since the winter of 2014"); the union\'s record of duty rules "W" and its characterisation ""; its president\'s question with attribution (one sentence, ""); the railway\'s offer by its short form "W" and "the company said" an opinion ""; strike notice "at 12:01 a.m." ending before "Talks" and "9:30 p.m. Wednesday" mid-sentence (both "W"); the minister\'s feeling and urging "", the Labour Code section "W" and "would not say" "" with no speaker; commuter cancellations per "the regional transit authority" "W"; an economist at "Laurentide Securities Inc." whose generalisation ends before "He estimated" (both ""); "into the U.S." ending before "Shippers" ("W" then a forecast ""); a shippers\' council\'s call ""; a picket scene, a striker\'s ellipsis before a capital (two sentences) and a question followed by a new sentence in his quote (two), all "". Tail: a wire line, corrections link, read-more list, a newsletter line with "7 a.m. ET", copyright split at "Inc." (all "B").',
    'Australian CITY NEWSPAPER\'S WEBSITE (Sydney), desktop browser paste, SCHOOL LEAGUE TABLES: an agricultural high school tops the HSC table for the 12th year in a row. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "Principals say ..." ""; byline, date line, share strip (all "B"). Body: "for the 12th consecutive year" "W"; the table\'s method and the authority\'s practice "W"; "Mt. Corrie Girls High School" and "St. Brigid\'s College" mid-sentence in rankings "W"; a top-five table (title, header and source "B", rows "" with "Mt.", "St." and "Dr. J. R." inside names); the band rules with "e.g." "W"; "the most since the Courier began compiling the table in 2009" and "the biggest jump in the table" "W"; a principal ("Principal Dr." dropped) with her school\'s record "W", her feeling "" and her question followed by an exclamation with attribution (two sentences, ""); an equity researcher\'s opinion in indirect speech "" and her count "W"; the minister\'s pride "" and his count "the most since 2015" "W"; candidature with "approx." "W"; a state-ranked student "W" and her ellipsis before a lower-case word (one sentence, ""); ATAR release time "W". Tail: a support-line box, more-news list, copyright with "Pty. Ltd.", legal links (all "B").',
    'South African NATIONAL NEWS SITE, desktop browser paste, QUARTERLY CRIME STATISTICS: murders down 4.1% in the third quarter, KwaZulu-Natal the only province up. Head: masthead, menu, a load-shedding strip, crumb (all "B"); headline of record "W"; standfirst "Analysts say ..." ""; byline, date line, listen strip (all "B"). Body: "the South African Police Service said in Parliament" "W"; "the third consecutive quarter" and a per-day figure "W"; contact crimes, a breakdown ending "etc." before "Property crimes" (all "W"); a table pasted as lines with "vs." in its title (title, header and source "B", rows ""); the minister\'s opinion "" and his deployment figure "W"; the national commissioner ("Lt. Gen." dropped) "W"; the province and the station "for the fourth quarter in a row" "W"; a crime-research head ("Maj. Gen." dropped) with a causal claim and a share "W"; an analyst\'s opinion "", his "noted" record "W" and a quote of four short sentences (two questions each followed by an answer, ""); a township scene and a resident\'s ellipsis before a capital (two sentences, ""); the next release "are due in May" "". Tail: related list, a publisher line split at "(Pty) Ltd." before "Read our Press Code ..." (both "B").',
    'English NATIONAL NEWS SITE\'S MONEY SECTION, desktop browser paste, an ENERGY PRICE CAP: the cap falls 4.2% to £1,642 from July 1. Head: masthead, menu, crumb (all "B"); headline "..., Ofgem confirms" "W" carrying Ofgem; standfirst "Charities say ..." ""; byline, date line, share strip (all "B"). Body: "the regulator Ofgem said" (descriptor dropped) "W"; "the second quarterly cut in a row" and "lowest level since March 2022" "W"; "at 7 a.m." ending a sentence before "Suppliers must" (both "W"); what the cap limits "W"; unit rates with decimals "W"; the gas share and prepayment figure "the regulator said" "W"; the chief executive\'s causal claim "W" and his determination ""; a fall per "Tamar Energy Analytics Ltd." ending before "The consultancy expects" ("W" then a forecast "" carrying "The consultancy"); a supplier\'s plan ""; a record debt per "Ofgem\'s latest figures" "W"; a charity director\'s opinion "", her fuel-poverty figures "W" and her "urged" with "e.g." ""; the minister\'s opinion "" and her count "W"; a rhetorical question ""; a pensioner\'s "£72 a year?" followed by a new sentence in his quote ("" then the weekly sum "W"); a question subhead ""; the cheapest fix per "price comparison site Switchwell" "W" and "Analysts say" advice ""; meter-reading advice with "i.e." ""; the next review date set by the regulator "W". Tail: topics, a most-viewed list, newsletter line, copyright "© Lantern News & Media Ltd. 2026." as one sentence (all "B").',
    'New Zealand REGIONAL NEWSPAPER, desktop browser paste, an OBITUARY: Peg Thornycroft, the first woman to qualify as a mountain guide in New Zealand, dies aged 88. Head: masthead, menu, section (all "B"); headline of record "W"; a standfirst of record "W"; byline, date line, share line (all "B"); a caption of record with "Aoraki/Mt. Cook" and a date "W" and its credit "B". Body: the first and the death in three sentences ("She was 88.") "W"; her son ("Dr." dropped) confirming the death "W"; birth, schooling at "St. Ninian\'s College" and degree "W"; climbs with "Mt. Aspiring" "W" and her feeling "she later said" ""; "Southern Alps Guiding Co." ending a sentence before "It was another 11 years" (both "W"); "Arthur Thornycroft Jr." ending a sentence before "They ran" (both "W"); her teaching years, a 1978 rescue and a medal "W"; a society president\'s record "W" and tribute ""; her saying in three sentences (a question, "No." and the attribution sentence, all "" with "liked to say"); a former student\'s tribute ""; habits with "e.g." ""; her daughter\'s ellipsis before a lower-case word (one sentence) and before a capital (two sentences), all ""; survivors "W"; the service "at 11 a.m." ending a sentence before "Donations" ("W" then ""). Tail: more obituaries, a notice link, copyright (all "B").',
    'Malaysian ENGLISH-LANGUAGE DAILY\'S WEBSITE, desktop browser paste, a FLOOD: Kelantan evacuees pass 41,000, the most since 2014. Head: masthead, menu, a prayer-times strip, section (all "B"); headline of record "W"; standfirst "MetMalaysia warns ..." a forecast "" carrying the department as the story first gives it; byline, date line, share strip (all "B"); a caption "" and its credit "B". Body: a "KOTA BHARU:" dateline glued to the lead with "8 a.m. yesterday" mid-sentence and "the most since the floods of December 2014" per "the state disaster management committee" "W"; relief centres "W"; a river reading "at 7 a.m." ending a sentence before "The danger level" and a second river (all "W"); rainfall recorded by the department (no speaker) "W"; two deaths "police said" "W"; a committee chairman ("Datuk" dropped) on food stocks "W" and his causal claim "blamed" "W"; road closures with "Jln." mid-sentence "W"; supplies by "Syarikat Beras Serantau Sdn. Bhd." ending before "The company said" (both "W"); the health director ("Dr." dropped) "W"; padi losses with "approx." and relief funds "W"; an evacuee\'s ellipsis before a capital (two sentences) and her question with attribution, all ""; an assemblyman\'s opinion "", his project record "W" and his question with attribution ""; "MetMalaysia said" a forecast ""; official advice "". Tail: a river-levels line, topics, read-more list, app line, copyright split at "Sdn. Bhd." (all "B").',
]

ARTICLES = [
    # Kenya: national budget
    [
        [
            ("DAILY KIPENGO", "", "", "B"),
        ],
        [
            ("News | Business | Counties | Politics | Sport | Opinion | ePaper", "", "", "B"),
        ],
        [
            ("USD/KES 129.35 ▼0.1%  ·  NSE 20 1,912.40 ▲0.6%  ·  Brent $78.12", "", "", "B"),
        ],
        [
            ("Business › Economy", "", "", "B"),
        ],
        [
            (
                "Treasury tables Sh4.61 trillion budget, cuts deficit target to 4.1% of GDP",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Economists say the new deficit goal is ambitious and the revenue plan is thin",
                "Economists",
                "say",
                "",
            ),
        ],
        [
            ("By Wanjiru Kamau-Odhiambo and Brian Ouma-Chege", "", "", "B"),
        ],
        [
            ("Thursday, June 11, 2026 — 7:48 p.m.", "", "", "B"),
        ],
        [
            ("Share  ·  WhatsApp  ·  X  ·  Facebook  ·  Comments (62)", "", "", "B"),
        ],
        [
            (
                "Treasury Cabinet Secretary Joseph Ndirangu-Kiprop holds up the budget briefcase outside Parliament Buildings in Nairobi on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | DANIEL OTIENO-WEKESA", "", "", "B"),
        ],
        [
            (
                "NAIROBI — The government will spend Sh4.61 trillion in the financial year starting July 1, up 7.2% from this year's revised Sh4.30 trillion, Treasury Cabinet Secretary Joseph Ndirangu-Kiprop told the National Assembly on Thursday.",
                "Joseph Ndirangu-Kiprop",
                "told the National Assembly",
                "W",
            ),
        ],
        [
            (
                "The budget sets the deficit at Sh1.05 trillion, or 4.1% of gross domestic product, down from 4.9% in the current year and the lowest deficit target since 2015/16.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“This is a budget that lives within its means,” Ndirangu-Kiprop said.",
                "Joseph Ndirangu-Kiprop",
                "said",
                "",
            ),
            (
                "“We are not asking Kenyans for more than they can give.”",
                "Joseph Ndirangu-Kiprop",
                "said",
                "",
            ),
        ],
        [
            (
                "He said income tax bands would not change and that excise duty on petrol would stay at Sh21.95 a litre.",
                "Joseph Ndirangu-Kiprop",
                "said",
                "W",
            ),
            (
                "Import duty on some goods, e.g. cooking oil, steel bars and paper, rises by between five and 10 percentage points, the budget statement shows.",
                "the budget statement",
                "shows",
                "W",
            ),
        ],
        [
            (
                "The biggest single item is debt service, at Sh1.71 trillion, which takes 54.8 cents of every shilling of ordinary revenue.",
                "",
                "",
                "W",
            ),
            (
                "Education gets Sh702.4 billion, the largest sector allocation for the ninth year running.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("WHERE THE MONEY GOES (Sh billion)", "", "", "B"),
        ],
        [
            ("Item | 2025/26 revised | 2026/27 budget", "", "", "B"),
        ],
        [
            ("Debt service | 1,582.0 | 1,710.0", "", "", ""),
        ],
        [
            ("Education | 668.1 | 702.4", "", "", ""),
        ],
        [
            ("Infrastructure | 421.5 | 398.7", "", "", ""),
        ],
        [
            ("Counties (equitable share) | 415.0 | 444.0", "", "", ""),
        ],
        [
            ("Source: National Treasury budget statement.", "", "", "B"),
            ("Figures are rounded.", "", "", "B"),
        ],
        [
            (
                "Infrastructure spending falls 5.4% to Sh398.7 billion, the second consecutive annual cut.",
                "",
                "",
                "W",
            ),
            (
                "Counties get Sh444 billion as their equitable share, up from Sh415 billion, after the two houses of Parliament agreed the figure in March.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council of Governors chair Amina Sheikh-Wario said the increase was too little and came too late for counties still owed arrears.",
                "Amina Sheikh-Wario",
                "said",
                "",
            ),
            (
                "She said the Treasury owed the 47 counties Sh86.3 billion in delayed transfers from the last two financial years.",
                "Amina Sheikh-Wario",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The revenue authority has missed its collection target in each of the last three years, by between Sh120 billion and Sh180 billion,” said Grace Achieng-Lutta, chief economist at Mvua Capital Ltd.",
                "Grace Achieng-Lutta",
                "said",
                "W",
            ),
            (
                "The Nairobi-based firm expects the deficit to end the year closer to 5% of GDP.",
                "The Nairobi-based firm",
                "expects",
                "",
            ),
        ],
        [
            (
                "“Where is the extra Sh170 billion going to come from?” she asked.",
                "Grace Achieng-Lutta",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Treasury projects economic growth of 5.3% next year, helped by a recovery in farm output and lower fuel prices.",
                "The Treasury",
                "projects",
                "",
            ),
            (
                "Public debt stood at Sh11.8 trillion at the end of March, equal to 66.2% of GDP, according to Treasury data.",
                "Treasury data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Minority Leader Peter Wafula-Simiyu called the budget “a wish list with a calculator.”",
                "Peter Wafula-Simiyu",
                "called",
                "",
            ),
            (
                "He said the Treasury had raised spending in supplementary estimates in each of its last three budgets, by an average of Sh210 billion.",
                "Peter Wafula-Simiyu",
                "said",
                "W",
            ),
        ],
        [
            ("At Gikomba market, the mood was flatter.", "", "", ""),
            (
                "“Every year they tell us it will get better… it never does,” said Esther Njeri-Maina, who sells second-hand shoes.",
                "Esther Njeri-Maina",
                "said",
                "",
            ),
            ("“Who feels a 7% increase?", "Esther Njeri-Maina", "said", ""),
            ("Not us,” she said.", "Esther Njeri-Maina", "said", ""),
        ],
        [
            (
                "The tax measures are in the Finance Bill, 2026, which must be passed by June 30 for the new rates to take effect on July 1.",
                "",
                "",
                "W",
            ),
            ("MPs are expected to begin debating it next Tuesday.", "", "", ""),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Finance Bill 2026: the tax changes at a glance", "", "", "B"),
        ],
        [
            ("© 2026 Kipengo Media Group Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # United States: murder trial verdict
    [
        [
            ("The Greene Post-Tribune", "", "", "B"),
        ],
        [
            ("Subscribe | Log in", "", "", "B"),
        ],
        [
            (
                "News | Crime & Courts | Politics | Sports | Obituaries | Opinion | e-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Crime & Courts", "", "", "B"),
        ],
        [
            (
                "Jury convicts Springfield man of first-degree murder in 2024 shooting of tavern manager",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Jurors deliberated about six and a half hours over two days; sentencing is set for Aug. 14",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Carla Deveraux-Pruitt", "", "", "B"),
            ("Greene Post-Tribune", "", "", "B"),
        ],
        [
            (
                "Published 6:12 p.m. CT May 21, 2026 | Updated 9:40 p.m. CT May 21, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A Greene County jury on Thursday found Tavion R. Meeks-Harlan, 27, guilty of first-degree murder and armed criminal action in the killing of a tavern manager in downtown Springfield in October 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The jury returned its verdict at 3:48 p.m.", "", "", "W"),
            (
                "Meeks-Harlan, in a borrowed gray suit, showed no reaction as it was read.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The victim, Dale Anders Rusholme Jr., 44, was shot three times in the parking lot behind the Copper Kettle Tavern on E. Walnut St. shortly after 1 a.m. on Oct. 19, 2024.",
                "",
                "",
                "W",
            ),
            ("He died in hospital two days later.", "", "", "W"),
        ],
        [
            (
                "Circuit Judge Marguerite Tarbrook-Lundgaard set sentencing for Aug. 14 at 9 a.m.",
                "",
                "",
                "W",
            ),
            (
                "Prosecutors withdrew their notice of intent to seek the death penalty in January, leaving life in prison without parole as the only sentence available on the murder count.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Dale Rusholme locked up, walked to his truck and never came home,” Greene County Prosecuting Attorney Loretta Banfield-Oakes told reporters outside the courthouse.",
                "Loretta Banfield-Oakes",
                "told reporters outside the courthouse",
                "",
            ),
            ("“Did this jury get it right?", "Loretta Banfield-Oakes", "said", ""),
            ("Absolutely,” she said.", "Loretta Banfield-Oakes", "said", ""),
        ],
        [
            (
                "Defense attorney Russell K. Abernathy-Stone said the verdict rested on “one shaky witness and a lot of guesswork.”",
                "Russell K. Abernathy-Stone",
                "said",
                "",
            ),
            (
                "He said he would file a motion for a new trial and, if it fails, an appeal.",
                "Russell K. Abernathy-Stone",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The state called 14 witnesses over four days, among them two Springfield police detectives and a firearms examiner from the Missouri State Highway Patrol crime laboratory.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The examiner, Dr. Nadia Petrosyan-Vail, testified that three shell casings found in the lot had been fired from a 9mm pistol recovered from Meeks-Harlan's car on Oct. 23, 2024.",
                "Nadia Petrosyan-Vail",
                "testified",
                "W",
            ),
        ],
        [
            (
                "Video from a camera owned by Ozark Freight Services Inc. showed a man in a hooded sweatshirt walking toward the lot at 12:58 a.m.",
                "",
                "",
                "W",
            ),
            (
                "The defense argued that the man's face could not be seen.",
                "The defense",
                "argued",
                "",
            ),
        ],
        [
            (
                "The key witness, a 31-year-old bartender, told jurors she saw Meeks-Harlan arguing with Rusholme inside the tavern about 40 minutes before the shooting.",
                "The key witness",
                "told jurors",
                "W",
            ),
            (
                "Under cross-examination she acknowledged she had drunk “three or four” beers that night.",
                "The key witness",
                "acknowledged",
                "W",
            ),
        ],
        [
            (
                "In his closing argument, Abernathy-Stone told jurors that detectives had “decided who did it by lunchtime” and never looked at anyone else.",
                "Russell K. Abernathy-Stone",
                "told jurors",
                "",
            ),
        ],
        [
            (
                "Assistant prosecutor Hector Villaseñor-Lund said in his closing that Meeks-Harlan owed Rusholme $1,200 and had texted him “you'll regret this” at 11:52 p.m. that night.",
                "Hector Villaseñor-Lund",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rusholme's mother, Rosalind Rusholme, 71, held hands with two cousins as the verdict was read.",
                "",
                "",
                "",
            ),
            (
                "“I waited 19 months for today… and I'd wait 19 more,” she said afterward.",
                "Rosalind Rusholme",
                "said",
                "",
            ),
            (
                "“What am I supposed to do with the rest of my life?” she asked.",
                "Rosalind Rusholme",
                "asked",
                "",
            ),
        ],
        [
            (
                "Meeks-Harlan was arrested on Oct. 23, 2024, during a traffic stop on Interstate 44 and has been held without bond in the Greene County Jail since.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The killing was the 11th homicide in Springfield in 2024, a year in which the city recorded 22, according to police data.",
                "police data",
                "according to",
                "W",
            ),
            (
                "The count fell to 16 in 2025, the lowest since 2017, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "State Rep. Dwayne Ostrowski-Bell, R-Springfield, sponsored a bill in 2025 requiring bars open past midnight to keep lighted, camera-covered parking lots.",
                "",
                "",
                "W",
            ),
            ("It passed the House 121-30 but never got a Senate vote.", "", "", "W"),
            (
                "Ostrowski-Bell, who sat in the gallery for the closing arguments, said he would ask Gov. Lauren Whitfield-Sayre to back the bill next session.",
                "Dwayne Ostrowski-Bell",
                "said",
                "",
            ),
        ],
        [
            (
                "Carla Deveraux-Pruitt covers courts and public safety for the Post-Tribune.",
                "",
                "",
                "B",
            ),
            ("Reach her at 417-555-0148.", "", "", "B"),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Lake of the Ozarks marina fire: what we know", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Your Privacy Choices", "", "", "B"),
        ],
        [
            (
                "© 2026 The Greene Post-Tribune, a Heartland Community Media Inc. company.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # Scotland: football league table story
    [
        [
            ("THE TAYSIDE COURANT", "", "", "B"),
        ],
        [
            ("Home | News | Sport | Football | Rugby | Golf | What's On | Jobs", "", "", "B"),
        ],
        [
            ("Football › Scottish League Two", "", "", "B"),
        ],
        [
            (
                "Inverbrae Rovers top the table for the first time since 1998 after beating leaders Kilbride",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Nobody at Craigend Park is getting carried away just yet", "", "", ""),
        ],
        [
            ("Fraser Lomond-Baird, Football Writer", "", "", "B"),
        ],
        [
            ("Sunday 5 April 2026, 6.30am", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Email   Comments (31)", "", "", "B"),
        ],
        [
            (
                "Inverbrae's Callum Dewar-Spence celebrates his winner against Kilbride Athletic.",
                "",
                "",
                "",
            ),
            ("Picture: Moray Quin-Lachlan", "", "", "B"),
        ],
        [
            (
                "Inverbrae Rovers are top of Scottish League Two for the first time since April 1998 after Callum Dewar-Spence's 84th-minute header beat Kilbride Athletic 2-1 at Craigend Park on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It was Rovers' seventh straight league win, the club's longest run since the 1997-98 season, and it ended Kilbride's 19 weeks at the top.",
                "",
                "",
                "W",
            ),
            (
                "The crowd of 1,874 was the biggest at Craigend Park for a league match in 11 years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kilbride went ahead in the 23rd minute through Jamie Okafor-Rennie, and Rovers levelled four minutes after the break when Ross McAteer-Venn's shot took a deflection off a defender.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rovers manager Graeme Tulloch-Hay insisted the table meant nothing yet.",
                "Graeme Tulloch-Hay",
                "insisted",
                "",
            ),
            ("“Top in April?", "Graeme Tulloch-Hay", "said", ""),
            ("Lovely,” he said.", "Graeme Tulloch-Hay", "said", ""),
            ("“Ask me again on the second of May.”", "Graeme Tulloch-Hay", "said", ""),
        ],
        [
            (
                "Tulloch-Hay, who took over in November with the side ninth, said his squad had lost only once in 17 league games since.",
                "Graeme Tulloch-Hay",
                "said",
                "W",
            ),
            (
                "He said it was the best dressing room he had worked with.",
                "Graeme Tulloch-Hay",
                "said",
                "",
            ),
        ],
        [
            (
                "Kilbride manager Stevie Brannock-Moir said the penalty claim his side had turned down in the 67th minute was “as clear as day”.",
                "Stevie Brannock-Moir",
                "said",
                "",
            ),
            ("“How is that not a penalty?” he asked.", "Stevie Brannock-Moir", "asked", ""),
            (
                "The club later confirmed that defender Liam Petrakis-Shaw would miss the rest of the season with a cruciate ligament injury.",
                "The club",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "Third-placed St. Colm's dropped two points in a 1-1 draw at Strathmuir and are five points off the top.",
                "",
                "",
                "W",
            ),
            (
                "At the bottom, Portcraig lost 3-0 at home to Lochty Harp, their 19th defeat of the season, and are seven points behind Ballochmyle Vale.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SCOTTISH LEAGUE TWO: TOP AND BOTTOM", "", "", "B"),
        ],
        [
            ("Pos | Team | P | W | D | L | GD | Pts", "", "", "B"),
        ],
        [
            ("1 | Inverbrae Rovers | 30 | 18 | 6 | 6 | +21 | 60", "", "", ""),
        ],
        [
            ("2 | Kilbride Athletic | 30 | 17 | 8 | 5 | +19 | 59", "", "", ""),
        ],
        [
            ("3 | St. Colm's | 30 | 16 | 7 | 7 | +14 | 55", "", "", ""),
        ],
        [
            ("4 | Dunmarnock | 30 | 13 | 7 | 10 | +4 | 46", "", "", ""),
        ],
        [
            ("9 | Ballochmyle Vale | 30 | 6 | 8 | 16 | -17 | 26", "", "", ""),
        ],
        [
            ("10 | Portcraig | 30 | 4 | 7 | 19 | -22 | 19", "", "", ""),
        ],
        [
            (
                "The champions are promoted automatically, and the clubs finishing second to fourth go into the play-offs with the side ninth in League One.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kilbride's run-in looks the kinder.", "", "", ""),
            (
                "Rovers still have to go to St. Colm's and Dunmarnock, where they have not won since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Inverbrae's next three league fixtures", "", "", "B"),
        ],
        [
            ("Apr 11: Inverbrae vs. Carsebank Utd", "", "", ""),
        ],
        [
            ("Apr 18: St. Colm's vs. Inverbrae", "", "", ""),
        ],
        [
            ("Apr 25: Dunmarnock vs. Inverbrae", "", "", ""),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Dunmarnock fined £2,000 over pitch invasion", "", "", "B"),
        ],
        [
            ("Comments (31)", "", "", "B"),
        ],
        [
            ("Sign in to join the conversation.", "", "", "B"),
        ],
        [
            ("© 2026 Tayside Courant Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC418207.", "", "", "B"),
        ],
    ],
    # Singapore: medical study
    [
        [
            ("THE MERLION POST", "", "", "B"),
        ],
        [
            ("Singapore | Asia | World | Business | Tech | Sport | Life | Opinion", "", "", "B"),
        ],
        [
            ("Singapore › Health", "", "", "B"),
        ],
        [
            (
                "Extra outdoor time at school cut new myopia cases by a quarter, Singapore trial finds",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers say daylight is the likeliest reason; eye doctors want schools to go further",
                "Researchers",
                "say",
                "",
            ),
        ],
        [
            ("Chua Wen Qi-Marsden, Health Correspondent", "", "", "B"),
        ],
        [
            ("Published Mar 10, 2026, 05:00 AM", "", "", "B"),
        ],
        [
            ("Share   Gift this article   Save", "", "", "B"),
        ],
        [
            (
                "Pupils doing a science lesson in a school garden in Bishan, one of the changes tested in the trial.",
                "",
                "",
                "",
            ),
            ("PHOTO: HARIS RAHMAT-OSMAN", "", "", "B"),
        ],
        [
            (
                "Primary school children who spent an extra 80 minutes a day outdoors during school hours were 24% less likely to become short-sighted over three years than children who did not, a Singapore trial has found.",
                "a Singapore trial",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The study, published on Tuesday in the Journal of Paediatric Eye Research, followed 2,460 children aged seven to nine at 24 schools from January 2022 to December 2024.",
                "",
                "",
                "W",
            ),
            (
                "It was led by researchers from the Kallang Eye Institute and the National University of Singapore.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By the end of the trial, 28.3% of children in the outdoor group had developed myopia, vs. 37.2% in the comparison group.",
                "",
                "",
                "W",
            ),
            (
                "Among children who did become short-sighted, eyesight worsened by an average of 0.61 dioptres over three years, against 0.84 dioptres, i.e. about 27% less.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("RESULTS AFTER THREE YEARS", "", "", "B"),
        ],
        [
            ("Measure | Outdoor group | Comparison group", "", "", "B"),
        ],
        [
            ("New myopia cases | 28.3% | 37.2%", "", "", ""),
        ],
        [
            ("Average change (dioptres) | -0.61 | -0.84", "", "", ""),
        ],
        [
            ("Daily time outdoors, school days | approx. 2 hr 10 min | approx. 50 min", "", "", ""),
        ],
        [
            (
                "Schools in the outdoor group moved PE lessons, recess and some classes outside, e.g. plant studies in the school garden, and kept it up through the wet season.",
                "",
                "",
                "W",
            ),
            (
                "The trial was randomised: schools, not individual pupils, were assigned to each group by lot.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Honestly, we were surprised by how big the difference was,” said Associate Professor Seah Pei Yun, the study's lead author.",
                "Seah Pei Yun",
                "said",
                "",
            ),
            (
                "Screen time, measured with a sensor worn on the wrist, was similar in both groups, she said.",
                "Seah Pei Yun",
                "said",
                "W",
            ),
            (
                "She said daylight, rather than the exercise itself, was probably what protected the children's eyes.",
                "Seah Pei Yun",
                "said",
                "",
            ),
        ],
        [
            (
                "About 65% of children in Singapore are short-sighted by the time they finish primary school, one of the highest rates in the world, according to Health Promotion Board figures.",
                "Health Promotion Board figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The researchers cautioned that the results may not hold for older children or for schools with little shade.",
                "The researchers",
                "cautioned",
                "",
            ),
        ],
        [
            (
                "Dr. Rajesh Pillai-Kumaran, a paediatric ophthalmologist in private practice who was not involved in the study, called it “the most convincing local evidence yet”.",
                "Rajesh Pillai-Kumaran",
                "called",
                "",
            ),
            (
                "He noted that 11% of children in the outdoor group missed the final eye test, against 6% in the comparison group.",
                "Rajesh Pillai-Kumaran",
                "noted",
                "W",
            ),
            ("“Does that change the result?", "Rajesh Pillai-Kumaran", "said", ""),
            ("Probably not much, but it matters,” he said.", "Rajesh Pillai-Kumaran", "said", ""),
        ],
        [
            (
                "The Ministry of Education said it would study the findings.",
                "The Ministry of Education",
                "said",
                "",
            ),
            (
                "A ministry spokesman said 132 primary schools already hold at least one PE lesson a week outdoors.",
                "A ministry spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Eye doctors advise at least two hours outdoors a day for children, and a break from close work every 20 to 30 minutes.",
                "Eye doctors",
                "advise",
                "",
            ),
        ],
        [
            (
                "“I don't know if it was the trial… maybe she just likes being outside,” said Nur Aisyah Kamarudin-Lee, whose daughter took part.",
                "Nur Aisyah Kamarudin-Lee",
                "said",
                "",
            ),
        ],
        [
            (
                "The study was funded by a S$3.2 million grant from the National Medical Research Council.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Seah PY, Ong KH, Pillai-Kumaran R, et al. Outdoor time in school and incident myopia: a cluster randomised trial. J Paediatr Eye Res. 2026;9(4):211-223.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Fewer seniors screened for glaucoma after polyclinic changes", "", "", "B"),
        ],
        [
            (
                "Join The Merlion Post's WhatsApp channel and get the latest news you should know.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Merlion Post Holdings Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 201604417K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # Ireland: housing price index
    [
        [
            ("THE DAILY CURRACH", "", "", "B"),
        ],
        [
            ("News | Business | Property | Sport | Opinion | Lifestyle | Podcasts", "", "", "B"),
        ],
        [
            ("You are here: Home › Business › Property", "", "", "B"),
        ],
        [
            ("House price inflation slows to 6.2%, weakest in more than two years", "", "", "W"),
        ],
        [
            ("Buyers may finally be getting a breather, but not in the north-west", "", "", ""),
        ],
        [
            ("Niamh Ó Briain-Costello, Economics Editor", "", "", "B"),
        ],
        [
            ("Wed, 15 Apr 2026, 11:00", "", "", "B"),
        ],
        [
            ("Listen to this article · 4 min", "", "", "B"),
        ],
        [
            (
                "Residential property prices rose 6.2% in the year to February, down from 7.1% in January and the slowest annual rate since November 2023, the Central Statistics Office said on Wednesday.",
                "the Central Statistics Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Prices in Dublin rose 4.8%, while prices outside the capital were up 7.4%.",
                "",
                "",
                "W",
            ),
            (
                "It was the 14th month in a row in which prices outside Dublin rose faster than in the city.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Among counties, the biggest annual increase was in Co. Leitrim, at 15.3%, and the smallest in Dún Laoghaire-Rathdown, at 2.1%.",
                "",
                "",
                "W",
            ),
            (
                "The median price paid ranged from €168,000 in Co. Longford to €640,000 in Dún Laoghaire-Rathdown.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In the 12 months to February, 51,384 homes were bought at market prices, down 3.2% on the year before.",
                "",
                "",
                "W",
            ),
            (
                "First-time buyers made up 29.8% of them, the highest share since the series began in 2010.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("RESIDENTIAL PROPERTY PRICES, YEAR TO FEBRUARY 2026", "", "", "B"),
        ],
        [
            ("Area | Annual change | Median price", "", "", "B"),
        ],
        [
            ("National | +6.2% | €345,000", "", "", ""),
        ],
        [
            ("Dublin | +4.8% | €470,000", "", "", ""),
        ],
        [
            ("Outside Dublin | +7.4% | €297,500", "", "", ""),
        ],
        [
            ("Border | +11.6% | €231,000", "", "", ""),
        ],
        [
            ("Source: CSO.", "", "", "B"),
            ("Medians are for the 12 months to February.", "", "", "B"),
        ],
        [
            (
                "Prices nationally are now 24.9% above their 2007 peak, while Dublin prices are 9.3% higher.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Conor Fitzmaurice-Hale, chief economist at Glasnevin Wealth Partners Ltd., said the slowdown was “welcome but modest”.",
                "Conor Fitzmaurice-Hale",
                "said",
                "",
            ),
            ("“Is this the turn?", "Conor Fitzmaurice-Hale", "said", ""),
            ("I doubt it,” he said.", "Conor Fitzmaurice-Hale", "said", ""),
            ("“Supply is still nowhere near demand.”", "Conor Fitzmaurice-Hale", "said", ""),
        ],
        [
            (
                "He said 30,330 new homes were completed last year, short of the 41,000 a year a government-commissioned report had said were needed.",
                "Conor Fitzmaurice-Hale",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ailbhe Dervan-Quigley, an estate agent in Carrick-on-Shannon, Co. Leitrim, said the market there was “busier than I've ever seen it”.",
                "Ailbhe Dervan-Quigley",
                "said",
                "",
            ),
            (
                "“We had 22 viewings on a three-bed semi last Saturday… twenty-two!” she said.",
                "Ailbhe Dervan-Quigley",
                "said",
                "W",
            ),
            (
                "She said the house sold for €241,000, about €40,000 over the asking price.",
                "Ailbhe Dervan-Quigley",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Department of Housing said it expected completions to reach 35,000 this year.",
                "The Department of Housing",
                "said",
                "",
            ),
            (
                "Opposition housing spokesperson Aoife Kinsella-Barr said the figures showed the Government had “lost control of the market”.",
                "Aoife Kinsella-Barr",
                "said",
                "",
            ),
        ],
        [
            (
                "Mortgage approvals rose 9.1% in March to 4,102, according to separate figures from the Irish Mortgage Lenders' Forum.",
                "separate figures from the Irish Mortgage Lenders' Forum",
                "according to",
                "W",
            ),
        ],
        [
            (
                "For buyers, the advice from brokers is familiar, i.e. get approval in principle before viewing, and budget for legal fees of approx. €2,500 to €3,500.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The CSO's next property price release is on May 13.", "", "", "W"),
        ],
        [
            ("Tags: Property · House prices · CSO", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("1. Minimum wage rise confirmed for January", "", "", "B"),
        ],
        [
            ("2. Midland Coaches route cut from Longford town", "", "", "B"),
        ],
        [
            ("Daily Currach Media Ltd., Registered in Ireland No. 608114.", "", "", "B"),
            ("Registered office: 4 Sráid an Chaisleáin, Dublin 2.", "", "", "B"),
        ],
    ],
    # India: crop harvest report
    [
        [
            ("PUNJAB LEDGER", "", "", "B"),
        ],
        [
            (
                "Home | Punjab | Haryana | Chandigarh | Nation | Business | Sports | Opinion | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Punjab", "", "", "B"),
        ],
        [
            ("Wheat procurement falls short of target for third year running", "", "", "W"),
        ],
        [
            (
                "Officials blame a March heatwave for shrivelled grain and lower yields",
                "Officials",
                "blame",
                "W",
            ),
        ],
        [
            ("Harpreet Kaur Sandhu-Gill", "", "", "B"),
        ],
        [
            ("Updated At: May 16, 2026 10:42 PM (IST)", "", "", "B"),
        ],
        [
            ("Follow Us   WhatsApp   Facebook   X", "", "", "B"),
        ],
        [
            (
                "Wheat bags waiting to be lifted at yard No. 4 of the Khanna grain market on Saturday.",
                "",
                "",
                "",
            ),
            ("Ledger photo", "", "", "B"),
        ],
        [
            (
                "Chandigarh, May 16: Government agencies had bought 118.4 lakh metric tonnes (LMT) of wheat in Punjab by Friday evening, against a target of 132 LMT, according to figures from the state's Food, Civil Supplies and Consumer Affairs Department.",
                "figures from the state's Food, Civil Supplies and Consumer Affairs Department",
                "according to",
                "W",
            ),
        ],
        [
            ("Daily arrivals in the mandis have slowed to under 20,000 tonnes.", "", "", "W"),
            (
                "Officials expect procurement to close at about 121 LMT when buying ends on May 31.",
                "Officials",
                "expect",
                "",
            ),
        ],
        [
            (
                "Punjab also missed its target in 2024 and 2025, when agencies bought 124.3 LMT and 119.8 LMT.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Director of Agriculture Dr. Jaswinder S. Brar-Dhillon said a spell of unusually high temperatures in the second half of March, when the grain was filling, had cut yields by 6 to 8% in the southern districts.",
                "Jaswinder S. Brar-Dhillon",
                "said",
                "W",
            ),
            (
                "The average yield this season was 46.2 quintals a hectare, against 49.1 quintals last year, he said.",
                "Jaswinder S. Brar-Dhillon",
                "said",
                "W",
            ),
        ],
        [
            (
                "Wheat is being bought at the minimum support price of Rs. 2,585 a quintal, Rs. 160 more than last year.",
                "",
                "",
                "W",
            ),
            (
                "Farmers have been paid Rs. 29,812 crore so far, directly into their bank accounts, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "Food and Civil Supplies Minister Kuldeep Rai Mahajan-Sood said no farmer would be turned away from a mandi until the last grain was bought.",
                "Kuldeep Rai Mahajan-Sood",
                "said",
                "",
            ),
        ],
        [
            (
                "The Food Corporation of India relaxed its limit for shrivelled and broken grain to 12% from 6% on April 22, i.e. grain that would normally be rejected is still bought at the full price.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lifting has lagged: about 21 LMT was still lying in mandis on Friday, most of it at Khanna, Sangrur and Moga.",
                "",
                "",
                "W",
            ),
            (
                "Commission agents in some mandis stopped work for two days last week over delayed payments.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At the Khanna market on Saturday, the heaps were smaller than usual and the tractor-trolleys fewer.",
                "",
                "",
                "",
            ),
            (
                "Gurmeet Singh Aulakh, who farms 14 acres near the village of Bhaini Sarwan, said his yield fell to 17 quintals an acre from 21 last year.",
                "Gurmeet Singh Aulakh",
                "said",
                "W",
            ),
            (
                "“The grain is thin… you can see it with your own eyes,” he said, holding up a handful.",
                "Gurmeet Singh Aulakh",
                "said",
                "",
            ),
            ("“We did everything right.", "Gurmeet Singh Aulakh", "said", ""),
            ("The weather did not.”", "Gurmeet Singh Aulakh", "said", ""),
        ],
        [
            (
                "The state cabinet approved compensation of Rs. 10,000 an acre on April 28 for farmers whose yield fell by more than 25%.",
                "",
                "",
                "W",
            ),
            (
                "Avtar Singh Cheema-Bains, president of the Doaba Kisan Sangharsh Committee, called the amount “an insult to the people who feed the country”.",
                "Avtar Singh Cheema-Bains",
                "called",
                "",
            ),
            (
                "“Who will pay for the diesel, the labour, the loan?” he asked.",
                "Avtar Singh Cheema-Bains",
                "asked",
                "",
            ),
        ],
        [
            (
                "He said girdawari, the field survey used to assess crop loss, had been completed in only 11 of the 23 districts.",
                "Avtar Singh Cheema-Bains",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nationally, central agencies have bought 291.6 LMT of wheat so far, with Punjab, Madhya Pradesh and Haryana supplying about 80% of it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The India Meteorological Department has forecast an above-normal monsoon.",
                "The India Meteorological Department",
                "has forecast",
                "",
            ),
            (
                "The agriculture department has notified June 1 as the earliest date for paddy transplanting in the state.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Brar-Dhillon advised farmers not to burn wheat stubble and to get soil tested before sowing paddy.",
                "Jaswinder S. Brar-Dhillon",
                "advised",
                "",
            ),
        ],
        [
            ("Also Read", "", "", "B"),
        ],
        [
            ("Stubble fire cases down 38% in first fortnight of May", "", "", "B"),
        ],
        [
            ("Ludhiana: Grain market labourers' wage dispute settled", "", "", "B"),
        ],
        [
            ("Tags: #Punjab #Wheat #Procurement #MSP", "", "", "B"),
        ],
        [
            ("Copyright © Punjab Ledger Publications Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # Canada: rail strike
    [
        [
            ("THE NORTHLINE", "", "", "B"),
        ],
        [
            (
                "Canada | Politics | Business | Investing | World | Sports | Opinion | Life",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TSX 24,881.06 ▼0.7%  |  CAD/USD 0.7312  |  WTI $71.40", "", "", "B"),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            ("Boreal Pacific rail strike halts freight trains across Canada", "", "", "W"),
        ],
        [
            (
                "Union says fatigue rules, not pay, are the sticking point as pressure mounts on Ottawa to step in",
                "Union",
                "says",
                "",
            ),
        ],
        [
            ("Sophie Lachance-Osei and Tom Brzezicki-Hart", "", "", "B"),
        ],
        [
            ("Montreal and Calgary", "", "", "B"),
        ],
        [
            ("Published 2 hours ago · Updated 14 minutes ago", "", "", "B"),
        ],
        [
            ("Share   Save for later   Gift article", "", "", "B"),
        ],
        [
            (
                "MONTREAL — About 9,300 conductors, engineers and yard workers at Boreal Pacific Railway walked off the job at 12:01 a.m. ET on Thursday, halting its freight trains across the country in the company's first national strike since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The railway, based in Calgary, Alta., moves about $410 million worth of goods a day, according to its 2025 annual report.",
                "its 2025 annual report",
                "according to",
                "W",
            ),
            (
                "It carries much of the Prairie grain crop to Vancouver and Thunder Bay, Ont.",
                "",
                "",
                "W",
            ),
            (
                "Grain companies said about 60 ships were waiting at anchor off Vancouver on Thursday, the most since the winter of 2014.",
                "Grain companies",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Canadian Railway Crews Union said crews can be called in with two hours' notice and kept on duty for up to 12 hours under the contract that expired in December.",
                "The Canadian Railway Crews Union",
                "said",
                "W",
            ),
            (
                "It said the strike was about safety, not money.",
                "The Canadian Railway Crews Union",
                "said",
                "",
            ),
        ],
        [
            (
                "“Would you want someone who has been awake for 19 hours driving a three-kilometre train past your house?” asked Denise Aubertin-Kalu, the union's president.",
                "Denise Aubertin-Kalu",
                "asked",
                "",
            ),
        ],
        [
            (
                "Boreal Pacific said it had offered raises of 3.5% a year for four years and a cap of 10 hours on most shifts.",
                "Boreal Pacific Railway",
                "said",
                "W",
            ),
            (
                "In a statement posted shortly before midnight, the company said the union had “walked away from a fair deal.”",
                "the company",
                "said",
                "",
            ),
        ],
        [
            ("The union served its 72-hour strike notice on Monday at 12:01 a.m.", "", "", "W"),
            (
                "Talks with federal mediators at a Montreal hotel broke off at 9:30 p.m. Wednesday, and none were scheduled as of 6 p.m. Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Labour Minister Colette Brassard-Nkemelu said she was “deeply concerned” and urged both sides to return to the table.",
                "Colette Brassard-Nkemelu",
                "said",
                "",
            ),
            (
                "Section 107 of the Canada Labour Code lets the minister ask the Canada Industrial Relations Board to impose binding arbitration.",
                "",
                "",
                "W",
            ),
            ("Brassard-Nkemelu would not say whether she would use it.", "", "", ""),
        ],
        [
            (
                "Commuter trains on three lines that run on Boreal Pacific track around Montreal were cancelled, affecting about 31,000 weekday riders, the regional transit authority said.",
                "the regional transit authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A national rail stoppage shuts down more than trains,” said Mathieu Okonjo-Lavoie, an economist at Laurentide Securities Inc.",
                "Mathieu Okonjo-Lavoie",
                "said",
                "",
            ),
            (
                "He estimated that each week of the strike could cost the economy about $1.8 billion.",
                "Mathieu Okonjo-Lavoie",
                "estimated",
                "",
            ),
        ],
        [
            (
                "About a third of the railway's traffic crosses the border into the U.S.",
                "",
                "",
                "W",
            ),
            (
                "Shippers there have been told to expect delays of at least a week once trains restart.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The Canadian Shippers' Council called on Ottawa to end the strike “within hours, not days.”",
                "The Canadian Shippers' Council",
                "called on",
                "",
            ),
        ],
        [
            (
                "Outside the railway's Keewatin Street yard in Winnipeg, about 40 strikers stood around a burn barrel in the drizzle.",
                "",
                "",
                "",
            ),
            (
                "“I've missed my daughter's birthday three years running…",
                "Kyle Demchuk-Ferreira",
                "said",
                "",
            ),
            (
                "That's what this is about,” said conductor Kyle Demchuk-Ferreira, 34.",
                "Kyle Demchuk-Ferreira",
                "said",
                "",
            ),
            ("“Is it about the money?", "Kyle Demchuk-Ferreira", "said", ""),
            ("No.”", "Kyle Demchuk-Ferreira", "said", ""),
        ],
        [
            ("With files from Northline Wire", "", "", "B"),
        ],
        [
            ("Corrections & clarifications", "", "", "B"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Port of Vancouver backlog: what a long strike would mean for grain", "", "", "B"),
        ],
        [
            (
                "Sign up for the Northline Business newsletter, delivered weekdays at 7 a.m. ET.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Northline Digital Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # Australia: school league tables
    [
        [
            ("The Harbour Courier", "", "", "B"),
        ],
        [
            (
                "Sydney | NSW | National | World | Business | Sport | Education | Culture",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Education › HSC 2026", "", "", "B"),
        ],
        [
            ("Kestrel Ridge tops HSC league table for 12th year in a row", "", "", "W"),
        ],
        [
            ("Principals say the rankings tell only part of the story", "Principals", "say", ""),
        ],
        [
            ("By Lachlan Merriweather-Tan, Education Editor", "", "", "B"),
        ],
        [
            ("December 17, 2026 — 5.00am", "", "", "B"),
        ],
        [
            ("Save   Share   Comments", "", "", "B"),
        ],
        [
            (
                "Kestrel Ridge Agricultural High School has topped the state's HSC league table for the 12th consecutive year, with 71.4% of its exam results in Band 6, the highest band.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Courier's table ranks 100 schools by the share of their HSC exam results in the top band, using results the NSW Education Standards Authority published on Wednesday.",
                "",
                "",
                "W",
            ),
            ("The authority does not rank schools itself.", "", "", "W"),
        ],
        [
            (
                "Second was Mt. Corrie Girls High School, on 66.9%, up from fifth last year.",
                "",
                "",
                "W",
            ),
            (
                "Third was St. Brigid's College, Parramatta, the highest-placed non-government school, on 63.2%.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("HSC 2026: THE TOP FIVE", "", "", "B"),
        ],
        [
            ("Rank | School | Band 6 rate | 2025 rank", "", "", "B"),
        ],
        [
            ("1 | Kestrel Ridge Agricultural High School | 71.4% | 1", "", "", ""),
        ],
        [
            ("2 | Mt. Corrie Girls High School | 66.9% | 5", "", "", ""),
        ],
        [
            ("3 | St. Brigid's College, Parramatta | 63.2% | 2", "", "", ""),
        ],
        [
            ("4 | Ashgrove Selective High School | 61.8% | 3", "", "", ""),
        ],
        [
            ("5 | Dr. J. R. Fenwick-Orr Memorial School | 58.5% | 4", "", "", ""),
        ],
        [
            ("Source: Courier analysis of NESA data.", "", "", "B"),
        ],
        [
            (
                "Band 6 means a mark of 90 or more in most courses, e.g. English Advanced or Biology.",
                "",
                "",
                "W",
            ),
            ("In extension courses the top band is E4.", "", "", "W"),
        ],
        [
            (
                "Eleven schools in western Sydney made the top 100, up from seven last year and the most since the Courier began compiling the table in 2009.",
                "",
                "",
                "W",
            ),
            (
                "Wattle Creek High School in Mount Druitt rose 58 places to 41st, the biggest jump in the table.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Principal Dr. Anh Nguyen-Prentice said the school had run after-school study sessions four afternoons a week since 2024.",
                "Anh Nguyen-Prentice",
                "said",
                "W",
            ),
            (
                "She said the result belonged to the students and their families.",
                "Anh Nguyen-Prentice",
                "said",
                "",
            ),
            ("“Did we expect 41st?", "Anh Nguyen-Prentice", "said", ""),
            ("No, we did not!” she said.", "Anh Nguyen-Prentice", "said", ""),
        ],
        [
            (
                "Rebecca Thornlea-Vasquez, who researches school equity at a Sydney university, said league tables rewarded schools that choose their students.",
                "Rebecca Thornlea-Vasquez",
                "said",
                "",
            ),
            (
                "She said 14 of the top 20 schools were fully or partly selective.",
                "Rebecca Thornlea-Vasquez",
                "said",
                "W",
            ),
        ],
        [
            (
                "Education Minister Daniel Kowalczyk-Reid said the results were “something every public school family can be proud of.”",
                "Daniel Kowalczyk-Reid",
                "said",
                "",
            ),
            (
                "He said 48 of the top 100 were government schools, the most since 2015.",
                "Daniel Kowalczyk-Reid",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 77,400 students sat at least one HSC exam this year, approx. 1,200 more than in 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mia Castellano-Hughes of Mt. Corrie Girls High School was one of 38 students who came first in the state in a course, topping both Mathematics Extension 2 and Chemistry.",
                "",
                "",
                "W",
            ),
            (
                "“I honestly thought I'd failed chemistry… so I walked out of the exam crying,” she said.",
                "Mia Castellano-Hughes",
                "said",
                "",
            ),
        ],
        [
            ("ATARs will be released to students at 9 a.m. today.", "", "", "W"),
        ],
        [
            (
                "If you need support after your results, call the Student Support Line on 1800 555 417.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More Education news", "", "", "B"),
        ],
        [
            ("Selective school offers: what the new test changes", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Harbour Courier Pty. Ltd.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Accessibility", "", "", "B"),
        ],
    ],
    # South Africa: quarterly crime statistics
    [
        [
            ("HIGHVELD MERCURY", "", "", "B"),
        ],
        [
            ("News | Politics | Business | Opinion | Sport | Lifestyle | Video", "", "", "B"),
        ],
        [
            ("Load shedding: none scheduled today", "", "", "B"),
        ],
        [
            ("News › Crime", "", "", "B"),
        ],
        [
            ("Murders down 4.1% in third quarter, but KwaZulu-Natal bucks the trend", "", "", "W"),
        ],
        [
            ("Analysts say one quarter's figures prove little on their own", "Analysts", "say", ""),
        ],
        [
            ("Thandeka Mokoena-Pillay", "", "", "B"),
        ],
        [
            ("20 February 2026 | 14:05", "", "", "B"),
        ],
        [
            ("Listen to this article   Share   Comment", "", "", "B"),
        ],
        [
            (
                "Murders fell 4.1% to 6,945 in the October–December quarter compared with the same period a year earlier, the South African Police Service said in Parliament on Friday.",
                "the South African Police Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "It was the third consecutive quarter in which murders declined year on year.",
                "",
                "",
                "W",
            ),
            ("The figure still works out at about 75 murders a day.", "", "", "W"),
        ],
        [
            ("Contact crimes fell 2.9% to 151,208.", "", "", "W"),
            (
                "Of those, 61,470 were common assaults, and the rest murders, attempted murders, sexual offences, robberies, etc.",
                "",
                "",
                "W",
            ),
            ("Property crimes, counted separately, fell 5.6%.", "", "", "W"),
        ],
        [
            ("THE NUMBERS: OCT–DEC 2025 vs. OCT–DEC 2024", "", "", "B"),
        ],
        [
            ("Crime | Q3 2024/25 | Q3 2025/26 | Change", "", "", "B"),
        ],
        [
            ("Murder | 7,242 | 6,945 | -4.1%", "", "", ""),
        ],
        [
            ("Attempted murder | 6,810 | 6,563 | -3.6%", "", "", ""),
        ],
        [
            ("Rape | 11,102 | 10,748 | -3.2%", "", "", ""),
        ],
        [
            ("Carjacking | 5,390 | 4,921 | -8.7%", "", "", ""),
        ],
        [
            ("Kidnapping | 4,470 | 4,612 | +3.2%", "", "", ""),
        ],
        [
            ("Source: SAPS quarterly crime statistics.", "", "", "B"),
        ],
        [
            (
                "Police Minister Mpho Radebe-Khumalo said the decline showed that “visible policing is working”.",
                "Mpho Radebe-Khumalo",
                "said",
                "",
            ),
            (
                "He said 10,400 new constables had been sent to police stations since April 2025.",
                "Mpho Radebe-Khumalo",
                "said",
                "W",
            ),
        ],
        [
            (
                "National Commissioner Lt. Gen. Zanele Mabuza-Dlamini said 1,936 illegal firearms had been seized in the quarter, 22% more than a year before.",
                "Zanele Mabuza-Dlamini",
                "said",
                "W",
            ),
        ],
        [
            (
                "In KwaZulu-Natal, murders rose 2.8% to 1,804, making it the only one of the nine provinces to record an increase.",
                "",
                "",
                "W",
            ),
            (
                "The Sizanani Park station outside Durban recorded more murders than any other station, 88, for the fourth quarter in a row.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Maj. Gen. Norman Sekgobela-Adams, who heads crime research for the police, said the drop in carjackings was mainly due to a 2025 operation against chop shops in Gauteng.",
                "Norman Sekgobela-Adams",
                "said",
                "W",
            ),
            (
                "He said gang violence accounted for 29% of murders in the Western Cape.",
                "Norman Sekgobela-Adams",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gareth van Zyl-Mathebula, a researcher at the Khula Safety Institute, said the figures were “encouraging but fragile”.",
                "Gareth van Zyl-Mathebula",
                "said",
                "",
            ),
            (
                "He noted that annual murder numbers had risen in eight of the previous 10 years.",
                "Gareth van Zyl-Mathebula",
                "noted",
                "W",
            ),
            ("“Are we safer than in 2024?", "Gareth van Zyl-Mathebula", "said", ""),
            ("Slightly.", "Gareth van Zyl-Mathebula", "said", ""),
            ("Are we safe?", "Gareth van Zyl-Mathebula", "said", ""),
            ("No,” he said.", "Gareth van Zyl-Mathebula", "said", ""),
        ],
        [
            (
                "In Sizanani Park, parents have started walking their children to school in groups.",
                "",
                "",
                "",
            ),
            ("“We hear shots most weekends…", "Nomvula Zungu-Hlela", "said", ""),
            (
                "Nobody sleeps,” said Nomvula Zungu-Hlela, who runs a crèche near the taxi rank.",
                "Nomvula Zungu-Hlela",
                "said",
                "",
            ),
        ],
        [
            ("The next quarterly figures, for January to March, are due in May.", "", "", ""),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Cash-in-transit heists: three arrested after N3 chase", "", "", "B"),
        ],
        [
            ("Highveld Mercury is published by Kgalagadi Media (Pty) Ltd.", "", "", "B"),
            ("Read our Press Code and complaints procedure.", "", "", "B"),
        ],
    ],
    # England: energy price cap
    [
        [
            ("THE DAILY LANTERN", "", "", "B"),
        ],
        [
            ("UK | World | Money | Business | Sport | Opinion | Culture | Puzzles", "", "", "B"),
        ],
        [
            ("Money › Energy bills", "", "", "B"),
        ],
        [
            ("Energy price cap to fall 4.2% in July, Ofgem confirms", "Ofgem", "confirms", "W"),
        ],
        [
            (
                "Charities say millions of households will still struggle to pay",
                "Charities",
                "say",
                "",
            ),
        ],
        [
            ("Imogen Ashworth-Kell, Consumer Affairs Correspondent", "", "", "B"),
        ],
        [
            ("Fri 22 May 2026 07.02 BST", "", "", "B"),
        ],
        [
            ("Share   Gift link   Comments (208)", "", "", "B"),
        ],
        [
            (
                "The energy price cap for a typical household in England, Scotland and Wales will fall 4.2% to £1,642 a year from July 1, the regulator Ofgem said on Friday.",
                "Ofgem",
                "said",
                "W",
            ),
        ],
        [
            (
                "It is the second quarterly cut in a row, and the cap's lowest level since March 2022.",
                "",
                "",
                "W",
            ),
            ("Ofgem published the new figure at 7 a.m.", "", "", "W"),
            (
                "Suppliers must write to customers on affected tariffs before the change takes effect.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The cap limits the unit rates and daily standing charges that suppliers can charge on standard variable tariffs; it does not limit total bills.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "From July 1, electricity will cost 24.86p per kilowatt hour, with a standing charge of 53.12p a day, and gas 5.91p per kWh, with a standing charge of 32.47p a day.",
                "",
                "",
                "W",
            ),
            ("Most of the drop comes from the unit rate for gas, which falls 7.1%.", "", "", "W"),
            (
                "Households on prepayment meters will pay £1,601 a year, about £41 less than those paying by direct debit, the regulator said.",
                "the regulator",
                "said",
                "W",
            ),
        ],
        [
            (
                "Alistair Penhallow-Roy, Ofgem's chief executive, said the cut reflected lower wholesale gas prices over the past three months.",
                "Alistair Penhallow-Roy",
                "said",
                "W",
            ),
            (
                "He said the regulator was “determined to make sure the fall reaches customers quickly”.",
                "Alistair Penhallow-Roy",
                "said",
                "",
            ),
        ],
        [
            (
                "The cap has fallen 16% since its most recent peak in October 2025, according to Tamar Energy Analytics Ltd.",
                "Tamar Energy Analytics Ltd.",
                "according to",
                "W",
            ),
            (
                "The consultancy expects it to rise again by about 3% in October as wholesale prices pick up.",
                "The consultancy",
                "expects",
                "",
            ),
        ],
        [
            (
                "Penwith Power, the fourth-largest supplier, said it would pass on the full reduction to its 2.3 million customers.",
                "Penwith Power",
                "said",
                "",
            ),
        ],
        [
            (
                "Households owe their suppliers £3.9bn, a record, according to Ofgem's latest figures.",
                "Ofgem's latest figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Bronwen Ackerley-Shah, director of the Warm Homes Alliance, said the cut was “welcome but nowhere near enough”.",
                "Bronwen Ackerley-Shah",
                "said",
                "",
            ),
            (
                "She said 5.8 million households in England were in fuel poverty, up from 5.1 million two years ago.",
                "Bronwen Ackerley-Shah",
                "said",
                "W",
            ),
            (
                "She urged anyone struggling to contact their supplier and ask for help, e.g. a payment plan or a break in repayments.",
                "Bronwen Ackerley-Shah",
                "urged",
                "",
            ),
        ],
        [
            (
                "Energy Secretary Rhiannon Castellow-Pike said the Government had “taken the tough decisions to bring bills down”.",
                "Rhiannon Castellow-Pike",
                "said",
                "",
            ),
            (
                "She said 3.1 million households had received the Warm Home Discount of £150 last winter.",
                "Rhiannon Castellow-Pike",
                "said",
                "W",
            ),
        ],
        [
            ("But what does the cut mean in practice?", "", "", ""),
            ("“£72 a year?", "Derek Holloway-Finch", "said", ""),
            (
                "That's £1.38 a week,” said Derek Holloway-Finch, 74, a retired welder from Hull.",
                "Derek Holloway-Finch",
                "said",
                "W",
            ),
        ],
        [
            ("Should you fix?", "", "", ""),
        ],
        [
            (
                "The cheapest fixed deal on the market on Friday cost £1,561 a year, £81 below the new cap, according to price comparison site Switchwell.",
                "price comparison site Switchwell",
                "according to",
                "W",
            ),
            (
                "Analysts say a fix is worth considering only if it is close to the cap and has no exit fees.",
                "Analysts",
                "say",
                "",
            ),
        ],
        [
            (
                "Customers without a smart meter should take a reading on or around June 30, i.e. the day before the change, so they are not charged the new rate for energy used before it.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The cap is reviewed every three months, and the next one, for October to December, is due on August 27.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Topics: Energy bills · Ofgem · Cost of living", "", "", "B"),
        ],
        [
            ("Most viewed", "", "", "B"),
        ],
        [
            ("Why your standing charge barely moved", "", "", "B"),
        ],
        [
            ("Water bills to rise by an average of £9 a month from April", "", "", "B"),
        ],
        [
            ("Sign up to Lantern Money, our weekly guide to your finances.", "", "", "B"),
        ],
        [
            ("© Lantern News & Media Ltd. 2026.", "", "", "B"),
        ],
    ],
    # New Zealand: obituary
    [
        [
            ("THE MACKENZIE HERALD", "", "", "B"),
        ],
        [
            ("Local | Canterbury | Farming | Sport | Obituaries | Notices | Puzzles", "", "", "B"),
        ],
        [
            ("Obituaries", "", "", "B"),
        ],
        [
            (
                "Peg Thornycroft, the first woman to qualify as a mountain guide in New Zealand, dies aged 88",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "She led more than 300 guided parties in the Southern Alps and taught science for 31 years",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Hemi Walsh-Tuatara", "", "", "B"),
        ],
        [
            ("Saturday, 18 April 2026", "", "", "B"),
        ],
        [
            ("Share this story", "", "", "B"),
        ],
        [
            (
                "Peg Thornycroft on the summit ridge of Aoraki/Mt. Cook in January 1964.",
                "",
                "",
                "W",
            ),
            ("Photo / Thornycroft family collection", "", "", "B"),
        ],
        [
            (
                "Margaret Thornycroft, known to everyone as Peg, became the first woman to qualify as a mountain guide in New Zealand in 1962.",
                "",
                "",
                "W",
            ),
            ("She died in Timaru on April 9.", "", "", "W"),
            ("She was 88.", "", "", "W"),
        ],
        [
            (
                "Her son, Dr. Ewan Thornycroft, said she died peacefully at a rest home after a short illness.",
                "Ewan Thornycroft",
                "said",
                "W",
            ),
        ],
        [
            (
                "She was born in Oamaru on March 3, 1938, the second of four children of a railway clerk and a piano teacher.",
                "",
                "",
                "W",
            ),
            (
                "She was head girl at St. Ninian's College in Dunedin and studied science at the University of Otago, graduating in 1959.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("She climbed Mt. Aspiring at 19 and Aoraki/Mt. Cook at 22.", "", "", "W"),
            (
                "The mountains, she later said, were the only place she ever felt entirely herself.",
                "Margaret Thornycroft",
                "said",
                "",
            ),
        ],
        [
            (
                "In 1962 she passed the guiding examinations of the Southern Alps Guiding Co.",
                "",
                "",
                "W",
            ),
            ("It was another 11 years before a second woman did.", "", "", "W"),
        ],
        [
            ("In 1965 she married a fellow guide, Arthur Thornycroft Jr.", "", "", "W"),
            (
                "They ran a guiding business from Manuka Flat for 24 years and had three children.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "From 1971 to 2002 she taught science at Kowhai Bay College, where she started the school's first tramping club.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In January 1978 she brought a party of four down from Plateau Hut through a two-day storm with no injuries.",
                "",
                "",
                "W",
            ),
            ("She was awarded the Queen's Service Medal the following year.", "", "", "W"),
        ],
        [
            (
                "Rawiri Clement-Haddon, president of the Canterbury Mountaineering Society, said she never lost a client in 27 seasons of guiding.",
                "Rawiri Clement-Haddon",
                "said",
                "W",
            ),
            (
                "“She made it look easy, which it never is,” he said.",
                "Rawiri Clement-Haddon",
                "said",
                "",
            ),
        ],
        [
            ("“Is the mountain going anywhere?", "Margaret Thornycroft", "liked to say", ""),
            ("No.", "Margaret Thornycroft", "liked to say", ""),
            ("Then we can wait,” she liked to say.", "Margaret Thornycroft", "liked to say", ""),
        ],
        [
            (
                "Former student Tania Ngata-Ross said she was “the best teacher I ever had, and the most terrifying”.",
                "Tania Ngata-Ross",
                "said",
                "",
            ),
        ],
        [
            (
                "She kept some old habits to the end, e.g. carrying a paper map and a whistle on every walk.",
                "",
                "",
                "",
            ),
            (
                "“She was still checking the forecast for Mt. Cook every morning… at 88,” said her daughter, Fiona Baird-Thornycroft.",
                "Fiona Baird-Thornycroft",
                "said",
                "",
            ),
            ("“Mum hated fuss…", "Fiona Baird-Thornycroft", "said", ""),
            ("She'd have hated this article too.”", "Fiona Baird-Thornycroft", "said", ""),
        ],
        [
            ("Arthur Thornycroft died in 2011.", "", "", "W"),
            (
                "She is survived by her three children, seven grandchildren and two great-grandchildren.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A service will be held at St. Aidan's Chapel, Timaru, on Thursday at 11 a.m.",
                "",
                "",
                "W",
            ),
            ("Donations in her memory can be made to Mackenzie Alpine Rescue.", "", "", ""),
        ],
        [
            ("More obituaries", "", "", "B"),
        ],
        [
            ("Bill Strachan-Orr: shearer, referee and radio voice of the Mackenzie", "", "", "B"),
        ],
        [
            ("Place a death notice", "", "", "B"),
        ],
        [
            ("© 2026 Mackenzie Herald Ltd", "", "", "B"),
        ],
    ],
    # Malaysia: flood
    [
        [
            ("THE EAST COAST OBSERVER", "", "", "B"),
        ],
        [
            (
                "Nation | Kelantan | Terengganu | Pahang | Business | Sport | Lifestyle | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Kota Bharu: Subuh 5.52am · Zohor 12.58pm · Asar 4.20pm", "", "", "B"),
        ],
        [
            ("Nation", "", "", "B"),
        ],
        [
            ("Kelantan floods: evacuees pass 41,000, most since 2014", "", "", "W"),
        ],
        [
            (
                "MetMalaysia warns of more heavy rain until Tuesday",
                "The Malaysian Meteorological Department",
                "warns",
                "",
            ),
        ],
        [
            ("By Wan Syahirah Wan Ibrahim-Yeoh", "", "", "B"),
        ],
        [
            ("December 7, 2025 @ 11:24am", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Telegram", "", "", "B"),
        ],
        [
            (
                "Villagers wade through floodwater in Kampung Tebing Redang, Pasir Mas, on Saturday.",
                "",
                "",
                "",
            ),
            ("EC Observer pic by Azlan Hafiz-Rahim", "", "", "B"),
        ],
        [
            (
                "KOTA BHARU: The number of flood evacuees in Kelantan rose to 41,237 people from 12,856 families as of 8 a.m. yesterday, the most since the floods of December 2014, according to the state disaster management committee.",
                "the state disaster management committee",
                "according to",
                "W",
            ),
        ],
        [
            (
                "They are housed at 213 relief centres in nine districts, with Pasir Mas the worst hit at 14,602 evacuees.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The Sungai Golok at Rantau Panjang stood at 10.42m at 7 a.m.", "", "", "W"),
            ("The danger level there is 9m.", "", "", "W"),
            (
                "Downstream, the Sungai Kelantan at Guillemard Bridge was at 25.3m, above its danger level of 25m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Malaysian Meteorological Department (MetMalaysia) recorded 412mm of rain at its Kota Bharu station in the 48 hours to 6am yesterday, more than the state's average for the whole of November.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Two people have died: a 67-year-old man swept away while checking his fish cages in Tumpat on Thursday, and a nine-year-old boy who drowned in a monsoon drain in Kota Bharu on Friday, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "State disaster management committee chairman Datuk Mohd Azhar Yusoff-Rahman said all relief centres had enough food for at least five days.",
                "Mohd Azhar Yusoff-Rahman",
                "said",
                "W",
            ),
            (
                "He blamed the overnight surge on a high tide that coincided with the heaviest rain and slowed the river's flow to the sea.",
                "Mohd Azhar Yusoff-Rahman",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "The Public Works Department closed 38 roads, including a stretch of Jln. Kuala Krai–Gua Musang near Kampung Batu Jong.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rice, cooking oil and drinking water for the centres in Pasir Mas were supplied by Syarikat Beras Serantau Sdn. Bhd.",
                "",
                "",
                "W",
            ),
            (
                "The company said it had sent 40 tonnes of rice since Thursday.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "State health director Dr. Nor Hayati Ismail-Tan said 14 clinics had closed and no leptospirosis cases had been recorded so far.",
                "Nor Hayati Ismail-Tan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The state agriculture department said about 6,800 hectares of padi had been damaged, mostly in the Kemubu irrigation area, with losses of approx. RM21 million.",
                "The state agriculture department",
                "said",
                "W",
            ),
            (
                "The National Disaster Management Agency said RM10 million had been released to Kelantan for relief.",
                "The National Disaster Management Agency",
                "said",
                "W",
            ),
        ],
        [
            ("“The water came up to the windows in 20 minutes…", "Rokiah Che Mat-Daud", "said", ""),
            (
                "We could only take the children and our ICs,” said Rokiah Che Mat-Daud, 52, at the relief centre in SK Kubang Terap.",
                "Rokiah Che Mat-Daud",
                "said",
                "",
            ),
            (
                "“Where are we supposed to go after this?” she asked.",
                "Rokiah Che Mat-Daud",
                "asked",
                "",
            ),
        ],
        [
            (
                "Opposition assemblyman Hafiz Ariffin Lokman said the state had “learned nothing since 2014”.",
                "Hafiz Ariffin Lokman",
                "said",
                "",
            ),
            (
                "He said a RM1.2 billion flood mitigation project for the Sungai Kelantan, approved in 2016, was only 43% complete.",
                "Hafiz Ariffin Lokman",
                "said",
                "W",
            ),
            (
                "“How many more floods before it is finished?” he asked.",
                "Hafiz Ariffin Lokman",
                "asked",
                "",
            ),
        ],
        [
            (
                "More heavy rain is expected until Tuesday, and the rivers are likely to stay above danger levels for several days, MetMalaysia said.",
                "The Malaysian Meteorological Department",
                "said",
                "",
            ),
        ],
        [
            (
                "Residents of low-lying areas are advised to move when told to by the authorities, and to switch off electricity at the mains before leaving home.",
                "",
                "",
                "",
            ),
        ],
        [
            ("For the latest river levels, visit the public infobanjir portal.", "", "", "B"),
        ],
        [
            ("Related Topics: #banjir #Kelantan #MetMalaysia", "", "", "B"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Terengganu: 3,100 evacuated as Sungai Dungun rises", "", "", "B"),
        ],
        [
            ("Download the EC Observer app", "", "", "B"),
        ],
        [
            ("© 2025 Timur Media Sdn. Bhd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n148-ke-ltd-firm",
        "“The revenue authority has missed its collection target in each of the last three years, by between Sh120 billion and Sh180 billion,” said Grace Achieng-Lutta, chief economist at Mvua Capital Ltd. The Nairobi-based firm expects the deficit to end the year closer to 5% of GDP.",
        [
            "“The revenue authority has missed its collection target in each of the last three years, by between Sh120 billion and Sh180 billion,” said Grace Achieng-Lutta, chief economist at Mvua Capital Ltd.",
            "The Nairobi-based firm expects the deficit to end the year closer to 5% of GDP.",
        ],
    ),
    (
        "n148-ke-ellipsis-question",
        "“Every year they tell us it will get better… it never does,” said Esther Njeri-Maina, who sells second-hand shoes. “Who feels a 7% increase? Not us,” she said.",
        [
            "“Every year they tell us it will get better… it never does,” said Esther Njeri-Maina, who sells second-hand shoes.",
            "“Who feels a 7% increase?",
            "Not us,” she said.",
        ],
    ),
    (
        "n148-ke-eg-duty",
        "He said income tax bands would not change and that excise duty on petrol would stay at Sh21.95 a litre. Import duty on some goods, e.g. cooking oil, steel bars and paper, rises by between five and 10 percentage points, the budget statement shows.",
        [
            "He said income tax bands would not change and that excise duty on petrol would stay at Sh21.95 a litre.",
            "Import duty on some goods, e.g. cooking oil, steel bars and paper, rises by between five and 10 percentage points, the budget statement shows.",
        ],
    ),
    (
        "n148-us-pm-meeks",
        "The jury returned its verdict at 3:48 p.m. Meeks-Harlan, in a borrowed gray suit, showed no reaction as it was read.",
        [
            "The jury returned its verdict at 3:48 p.m.",
            "Meeks-Harlan, in a borrowed gray suit, showed no reaction as it was read.",
        ],
    ),
    (
        "n148-us-jr-st-am",
        "The victim, Dale Anders Rusholme Jr., 44, was shot three times in the parking lot behind the Copper Kettle Tavern on E. Walnut St. shortly after 1 a.m. on Oct. 19, 2024. He died in hospital two days later.",
        [
            "The victim, Dale Anders Rusholme Jr., 44, was shot three times in the parking lot behind the Copper Kettle Tavern on E. Walnut St. shortly after 1 a.m. on Oct. 19, 2024.",
            "He died in hospital two days later.",
        ],
    ),
    (
        "n148-us-inc-am-defense",
        "Video from a camera owned by Ozark Freight Services Inc. showed a man in a hooded sweatshirt walking toward the lot at 12:58 a.m. The defense argued that the man's face could not be seen.",
        [
            "Video from a camera owned by Ozark Freight Services Inc. showed a man in a hooded sweatshirt walking toward the lot at 12:58 a.m.",
            "The defense argued that the man's face could not be seen.",
        ],
    ),
    (
        "n148-us-rep-gov",
        "State Rep. Dwayne Ostrowski-Bell, R-Springfield, sponsored a bill in 2025 requiring bars open past midnight to keep lighted, camera-covered parking lots. It passed the House 121-30 but never got a Senate vote. Ostrowski-Bell, who sat in the gallery for the closing arguments, said he would ask Gov. Lauren Whitfield-Sayre to back the bill next session.",
        [
            "State Rep. Dwayne Ostrowski-Bell, R-Springfield, sponsored a bill in 2025 requiring bars open past midnight to keep lighted, camera-covered parking lots.",
            "It passed the House 121-30 but never got a Senate vote.",
            "Ostrowski-Bell, who sat in the gallery for the closing arguments, said he would ask Gov. Lauren Whitfield-Sayre to back the bill next session.",
        ],
    ),
    (
        "n148-sc-top-in-april",
        "Rovers manager Graeme Tulloch-Hay insisted the table meant nothing yet. “Top in April? Lovely,” he said.",
        [
            "Rovers manager Graeme Tulloch-Hay insisted the table meant nothing yet.",
            "“Top in April?",
            "Lovely,” he said.",
        ],
    ),
    (
        "n148-sc-penalty-asked",
        "Kilbride manager Stevie Brannock-Moir said the penalty claim his side had turned down in the 67th minute was “as clear as day”. “How is that not a penalty?” he asked.",
        [
            "Kilbride manager Stevie Brannock-Moir said the penalty claim his side had turned down in the 67th minute was “as clear as day”.",
            "“How is that not a penalty?” he asked.",
        ],
    ),
    (
        "n148-sc-ltd-registered",
        "© 2026 Tayside Courant Ltd. Registered in Scotland No. SC418207.",
        ["© 2026 Tayside Courant Ltd.", "Registered in Scotland No. SC418207."],
    ),
    (
        "n148-sg-vs-ie",
        "By the end of the trial, 28.3% of children in the outdoor group had developed myopia, vs. 37.2% in the comparison group. Among children who did become short-sighted, eyesight worsened by an average of 0.61 dioptres over three years, against 0.84 dioptres, i.e. about 27% less.",
        [
            "By the end of the trial, 28.3% of children in the outdoor group had developed myopia, vs. 37.2% in the comparison group.",
            "Among children who did become short-sighted, eyesight worsened by an average of 0.61 dioptres over three years, against 0.84 dioptres, i.e. about 27% less.",
        ],
    ),
    (
        "n148-sg-pte-ltd-co-regn",
        "Copyright © 2026 Merlion Post Holdings Pte. Ltd. Co. Regn. No. 201604417K. All rights reserved.",
        [
            "Copyright © 2026 Merlion Post Holdings Pte. Ltd.",
            "Co. Regn. No. 201604417K.",
            "All rights reserved.",
        ],
    ),
    (
        "n148-ie-co-leitrim",
        "Among counties, the biggest annual increase was in Co. Leitrim, at 15.3%, and the smallest in Dún Laoghaire-Rathdown, at 2.1%. The median price paid ranged from €168,000 in Co. Longford to €640,000 in Dún Laoghaire-Rathdown.",
        [
            "Among counties, the biggest annual increase was in Co. Leitrim, at 15.3%, and the smallest in Dún Laoghaire-Rathdown, at 2.1%.",
            "The median price paid ranged from €168,000 in Co. Longford to €640,000 in Dún Laoghaire-Rathdown.",
        ],
    ),
    (
        "n148-in-dr-initial",
        "Director of Agriculture Dr. Jaswinder S. Brar-Dhillon said a spell of unusually high temperatures in the second half of March, when the grain was filling, had cut yields by 6 to 8% in the southern districts. The average yield this season was 46.2 quintals a hectare, against 49.1 quintals last year, he said.",
        [
            "Director of Agriculture Dr. Jaswinder S. Brar-Dhillon said a spell of unusually high temperatures in the second half of March, when the grain was filling, had cut yields by 6 to 8% in the southern districts.",
            "The average yield this season was 46.2 quintals a hectare, against 49.1 quintals last year, he said.",
        ],
    ),
    (
        "n148-in-rs",
        "Wheat is being bought at the minimum support price of Rs. 2,585 a quintal, Rs. 160 more than last year. Farmers have been paid Rs. 29,812 crore so far, directly into their bank accounts, the department said.",
        [
            "Wheat is being bought at the minimum support price of Rs. 2,585 a quintal, Rs. 160 more than last year.",
            "Farmers have been paid Rs. 29,812 crore so far, directly into their bank accounts, the department said.",
        ],
    ),
    (
        "n148-in-ellipsis-thin",
        "“The grain is thin… you can see it with your own eyes,” he said, holding up a handful. “We did everything right. The weather did not.”",
        [
            "“The grain is thin… you can see it with your own eyes,” he said, holding up a handful.",
            "“We did everything right.",
            "The weather did not.”",
        ],
    ),
    (
        "n148-ca-alta-ont",
        "The railway, based in Calgary, Alta., moves about $410 million worth of goods a day, according to its 2025 annual report. It carries much of the Prairie grain crop to Vancouver and Thunder Bay, Ont. Grain companies said about 60 ships were waiting at anchor off Vancouver on Thursday, the most since the winter of 2014.",
        [
            "The railway, based in Calgary, Alta., moves about $410 million worth of goods a day, according to its 2025 annual report.",
            "It carries much of the Prairie grain crop to Vancouver and Thunder Bay, Ont.",
            "Grain companies said about 60 ships were waiting at anchor off Vancouver on Thursday, the most since the winter of 2014.",
        ],
    ),
    (
        "n148-ca-am-talks",
        "The union served its 72-hour strike notice on Monday at 12:01 a.m. Talks with federal mediators at a Montreal hotel broke off at 9:30 p.m. Wednesday, and none were scheduled as of 6 p.m. Thursday.",
        [
            "The union served its 72-hour strike notice on Monday at 12:01 a.m.",
            "Talks with federal mediators at a Montreal hotel broke off at 9:30 p.m. Wednesday, and none were scheduled as of 6 p.m. Thursday.",
        ],
    ),
    (
        "n148-ca-inc-he",
        "“A national rail stoppage shuts down more than trains,” said Mathieu Okonjo-Lavoie, an economist at Laurentide Securities Inc. He estimated that each week of the strike could cost the economy about $1.8 billion.",
        [
            "“A national rail stoppage shuts down more than trains,” said Mathieu Okonjo-Lavoie, an economist at Laurentide Securities Inc.",
            "He estimated that each week of the strike could cost the economy about $1.8 billion.",
        ],
    ),
    (
        "n148-ca-us-shippers",
        "About a third of the railway's traffic crosses the border into the U.S. Shippers there have been told to expect delays of at least a week once trains restart.",
        [
            "About a third of the railway's traffic crosses the border into the U.S.",
            "Shippers there have been told to expect delays of at least a week once trains restart.",
        ],
    ),
    (
        "n148-au-mt-st",
        "Second was Mt. Corrie Girls High School, on 66.9%, up from fifth last year. Third was St. Brigid's College, Parramatta, the highest-placed non-government school, on 63.2%.",
        [
            "Second was Mt. Corrie Girls High School, on 66.9%, up from fifth last year.",
            "Third was St. Brigid's College, Parramatta, the highest-placed non-government school, on 63.2%.",
        ],
    ),
    (
        "n148-au-41st",
        "She said the result belonged to the students and their families. “Did we expect 41st? No, we did not!” she said.",
        [
            "She said the result belonged to the students and their families.",
            "“Did we expect 41st?",
            "No, we did not!” she said.",
        ],
    ),
    (
        "n148-za-etc",
        "Contact crimes fell 2.9% to 151,208. Of those, 61,470 were common assaults, and the rest murders, attempted murders, sexual offences, robberies, etc. Property crimes, counted separately, fell 5.6%.",
        [
            "Contact crimes fell 2.9% to 151,208.",
            "Of those, 61,470 were common assaults, and the rest murders, attempted murders, sexual offences, robberies, etc.",
            "Property crimes, counted separately, fell 5.6%.",
        ],
    ),
    (
        "n148-za-ellipsis-capital",
        "In Sizanani Park, parents have started walking their children to school in groups. “We hear shots most weekends… Nobody sleeps,” said Nomvula Zungu-Hlela, who runs a crèche near the taxi rank.",
        [
            "In Sizanani Park, parents have started walking their children to school in groups.",
            "“We hear shots most weekends…",
            "Nobody sleeps,” said Nomvula Zungu-Hlela, who runs a crèche near the taxi rank.",
        ],
    ),
    (
        "n148-uk-ltd-consultancy",
        "The cap has fallen 16% since its most recent peak in October 2025, according to Tamar Energy Analytics Ltd. The consultancy expects it to rise again by about 3% in October as wholesale prices pick up.",
        [
            "The cap has fallen 16% since its most recent peak in October 2025, according to Tamar Energy Analytics Ltd.",
            "The consultancy expects it to rise again by about 3% in October as wholesale prices pick up.",
        ],
    ),
    (
        "n148-uk-72-question",
        "But what does the cut mean in practice? “£72 a year? That's £1.38 a week,” said Derek Holloway-Finch, 74, a retired welder from Hull.",
        [
            "But what does the cut mean in practice?",
            "“£72 a year?",
            "That's £1.38 a week,” said Derek Holloway-Finch, 74, a retired welder from Hull.",
        ],
    ),
    (
        "n148-nz-co-it",
        "In 1962 she passed the guiding examinations of the Southern Alps Guiding Co. It was another 11 years before a second woman did.",
        [
            "In 1962 she passed the guiding examinations of the Southern Alps Guiding Co.",
            "It was another 11 years before a second woman did.",
        ],
    ),
    (
        "n148-nz-jr-they",
        "In 1965 she married a fellow guide, Arthur Thornycroft Jr. They ran a guiding business from Manuka Flat for 24 years and had three children.",
        [
            "In 1965 she married a fellow guide, Arthur Thornycroft Jr.",
            "They ran a guiding business from Manuka Flat for 24 years and had three children.",
        ],
    ),
    (
        "n148-my-sdn-bhd",
        "Rice, cooking oil and drinking water for the centres in Pasir Mas were supplied by Syarikat Beras Serantau Sdn. Bhd. The company said it had sent 40 tonnes of rice since Thursday.",
        [
            "Rice, cooking oil and drinking water for the centres in Pasir Mas were supplied by Syarikat Beras Serantau Sdn. Bhd.",
            "The company said it had sent 40 tonnes of rice since Thursday.",
        ],
    ),
    (
        "n148-my-approx",
        "The state agriculture department said about 6,800 hectares of padi had been damaged, mostly in the Kemubu irrigation area, with losses of approx. RM21 million. The National Disaster Management Agency said RM10 million had been released to Kelantan for relief.",
        [
            "The state agriculture department said about 6,800 hectares of padi had been damaged, mostly in the Kemubu irrigation area, with losses of approx. RM21 million.",
            "The National Disaster Management Agency said RM10 million had been released to Kelantan for relief.",
        ],
    ),
]
