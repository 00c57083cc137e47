"""Hundred-and-fifty-sixth set of new hand-labelled pages for the hint engines (tuning set, round fifty-six):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries in twelve
genres, where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part. None of the countries of
`labelled_new151.py` or `labelled_new152.py` comes back. The pages: a Kenyan national daily's website
(a budget speech: Sh4.29 trillion, the betting excise raised to 20%); a Canadian regional newspaper's
website (a crime statistics release: 29 homicides in Winnipeg, the fewest since 2017, while violent
crime rises 4.1%); a Philippine national daily's website (an election poll: a first-term senator
leads an early 2028 presidential survey with 31%); an Australian regional news site (a drought and
water restrictions: Tamworth goes to level 4 as Chaffey Dam falls to 14.2 per cent); a Ghanaian news
site (a hospital's annual report: 38 maternal deaths at Tamale Teaching Hospital); a Zimbabwean news
site (a mining accident: nine dead and four missing after a shaft collapse near Kwekwe); an Indian
business daily's website (a central bank rate decision: the repo rate cut to 5% on a 4-2 vote); an
Irish national newspaper's website (a university ranking: Trinity College Dublin slips to 104th and
Ireland has no university in the top 100 for the first time); a US local TV station's website (a
flight disruption: more than 1,400 flights cancelled at Denver International Airport in a
blizzard); a Fijian news site (a court ruling on a land dispute: a 99-year resort lease over iTaukei
land voided for want of the landowners' consent); a Scottish regional newspaper's website (a sports
season review: an invented League One club's best finish and a play-off lost on penalties); and a
Pakistani national daily's website (a food price survey: the weekly price index up 0.62% and
Karachi retailers charging up to 78% over official rates).

What is hard is telling statements of record from what sits beside them. Of record ("W"): counts,
shares, sums and rankings ("the fewest since 2017", "the first time since the table began in 2011",
"the country's No. 1 for the 15th year in a row", "for the fifth budget in a row", "the 13th month in
a row below the RBI's 4% target", "the third weekly increase in a row", "the most cancellations at
DIA in a single day since a March 2021 storm", "the deadliest accident at a registered mine in the
Midlands Province since at least 2016", "the club's highest league finish since it joined the SPFL
in 2019", "its first in five years"); causal claims by officials and bodies ("blamed this year's
revenue shortfall ... on", "attributed most of the deaths to late referrals", "He attributed the
fall in inflation mainly to vegetable prices", "WaterNSW blamed evaporation", "She blamed a funding
gap", "said the rise in tomato prices was due to frost damage", "said water had flooded the lower
part of the shaft after a pump failed"); rulings and findings ("ruled", "the judge found", a holding
"said in her judgment"); rules of law and of programmes (level 4 restrictions item by item, the
one-term presidency, refund rules, the reporting duty of the Mines and Minerals Act, the consent
rule of the iTaukei Land Trust Act, the price control law, an appeal period, the SDG target); poll
methodology (sample, dates, margin of error, who paid); and scheduled events set by those who run
them (a Finance Bill debate and its legal deadline, a police board meeting, a committee appearance,
the publication of minutes, the next MPC and State Bank meetings, fixtures, a memorial service, a
subject ranking). Not worth checking (""): forecasts and projections ("would narrow to 4.3%",
"expects consumer price inflation to average 3.6%", "He projected", "He expects collections to fall
short", "Forecasters expect", "The bureau's outlook ... shows a 35 per cent chance", "could be relying
on bore water by February 2027", "should become cheaper within a quarter, bankers said", "tomato
prices should ease"), plans and promises ("He said he would ask the police board for 40 more
officers", "a board of inquiry would be appointed", "would pay funeral expenses", "said it would
appeal", "would now ask the court for $2.4 million", "would introduce a bill", "would publish dam
levels every Monday", "is due to finish in mid-2027"), hedges ("Retailers say shelf prices may not
fall at once"), advice ("Check your flight's status ..."), feelings, opinions in indirect speech
("said the numbers were 'a snapshot, not a prediction'", "cautioned against reading much into one
year's homicide count", "said name recall, not platforms, explained the early numbers", "said league
tables reward size", "said the U.S. Federal Reserve's decision ... had given the RBI 'room to
move'"), rhetorical questions and question subheads ("What happens next?", "Is Winnipeg getting
safer?", "Can the numbers still change?", "What counts as essential use?", "What is the national
picture?", "Why do shafts collapse?", "What does it mean for borrowers?", "Do rankings matter to
students?", "What should travelers do?", "What happens to the half-built resort?", "Can they do it
again?", "Will prices fall after Eid?"), scene-setting, anecdotes and fragments ("Under level 4:",
"Nobody at Inverlochy Park saw this coming in August.", "No.", player ratings). A quote may hold
both: "“We are competing with universities ... that get twice our funding per student." is "W" and
"What did anyone expect?” she said." is "".

And where sentences end: abbreviations that END a sentence before a capital ("at 3 p.m." / "Opposition
MPs ..."; "at about 6.40 a.m." / "Twenty-three miners ..."; "at 10 a.m." / "The Nifty 50 ..."; "at 4:50
a.m." / "A second closed ..."; "until 6 p.m." / "It is offering ..."; "at 7 a.m." / "Sign up here.";
"Shangwe Gaming Ltd." / "It said ..."; "Marula Ridge Resources (Pvt) Ltd." / "The company ...";
"Paperbark Regional Media Pty Ltd." / "We acknowledge ..."; "Mara Ledger Media Group Ltd." and
"(Pvt) Ltd." / "All rights reserved."; "Tarmac Services Inc." / "It said ..."; "Prairie Lantern
Media Inc." / "All rights reserved."; "Daybreak Publishing Co." / "All rights reserved."; "Terrell
Ashby Jr." / "He said ..."; "Portage Ave. and Main St." / "Officers recorded ..."; "Main St. and
Selkirk Ave." / "Together ..."; "to the U.K." / "That is more ..."; "in the U.S." / "The
highest-ranked ..."; "pulses etc." / "The biggest ..."; "Liffey Standard Media DAC." / "Registered
...") and ones that do not (titles "Hon." twice, "Dr." ten times, "Prof." three times, "Chief Insp.",
"Asst. Comm.", "Eng.", "Sen.", "Gov.", "Sec.", "State Rep.", "Mr." four times, "Ms.", "Justice";
"Ma." inside a name; initials "Peter K.", "Gordon A.", "Marisol T.", "Nandita S.", "Emmanuel K.",
"Blessing T."; "Jr. is third"; "No. 3 shaft", "No. 2)", "No. 1 for", "No. HBC 114", "Korangi No. 5,",
"Ireland No. 601287."; "v." in a case name; "vs." three times; "e.g." three times; "i.e." six times;
"approx." twice; "Mt. Morrison", "Ft. Collins,", "N.Y.,", "Peña Blvd.,"; "Portage Ave. near
Arlington St. after"; dates "Apr. 15", "Jan. 16, 2025", "Jan. 21 for", "Dec. 31." and "Jan. 26."; "Ltd.,"
four times, "Ltd. said", "& Co.,", "Pvt. Ltd. 2026"; "5.30 a.m. to", "12 p.m. at", "9 a.m. and 1 p.m.
on", "between 5 a.m. and noon", "3 p.m. Friday,"); decimals, times and currency ("Sh4.29 trillion",
"GH¢41.6 million", "₹42,135; ... approx. ₹780", "Rs1.86 million", "€307m", "14.2 inches",
"10:15 a.m. to 1:30 p.m."); quotes ending in "?" or "!" followed by their attribution (one sentence:
"“Where will Sh3.1 trillion come from ...?” she asked.", "“How many more men must die ...?” he
asked.", "“The magistrate fines me, but who fines the commission agent?” he asked.", and after a
first sentence of the quote "Who will help us?” she asked.", "What are we supposed to do, drive with
our eyes shut?” he asked.", "Is anybody actually in charge here?” she asked.", "Why should an investor
pay for the board's paperwork?” he said.", "What did anyone expect?” she said.", "People vote!” she said,
laughing.", "We'll not bet the house on promotion!” she said.", "Citizens must complain on our
helpline!” a spokesman for the office said.") against a "?" followed by a new sentence inside the
quote ("“Is this budget painless?" / "No." / "But it is honest, ...”"; "Who was leading in March
2020?" / "Nobody remembers,” ..."; "“Were we good enough to go up?" / "On the day, no." / "Over the
season… yes,” ..."; "Is there room for more?" / "Maybe 25 bps, not 50,” ..."); a nested quote ending
".’" before a capital ("“He said, ‘Today I am afraid.’" / "He never said that before,” she said.");
ellipses before a lower-case word inside one sentence ("They read numbers… we pay", "bounce around… one
bad summer", "reach us… we are fighting", "falling… and right now", "development… we are against",
"squeeze… everyone", "season… yes", "This year… only dates") and before a capital (two sentences: "dry
years before…" / "This one is different,” ...; "still hoping…" / "Miners have been found ..."); lists
with semicolons kept whole (the rules of level 4 as lines ending ";", three players' records in one
sentence, weekly price rises, an EMI sum, a judgment's reservation); parentheses holding a full
sentence, each its own sentence ("(The service changed its records system in 2024, ...)", "(The bank
had cut the same rate ...)", "(The previous record, 15, was set by ...)"); two-sentence captions
split; and "Fraser Ng-Cuthbert: 8." as a sentence of its own.

The pages hold 537 sentences: 158 "B", 215 "W" and 164 ""; 198 sentences carry a speaker (100 distinct
speakers, page by page; 99 distinct labels). `STYLES` describes each page, its story, its labels and
its furniture in order; `CASES` holds 30 split cases cut from the pages.

Written from scratch for issue 13 in round fifty-six, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and, through `ast` only, the module docstrings, `STYLES`, first two pages
and first three cases of `labelled_new151.py` and `labelled_new152.py`. Coined names were checked for
freshness with file counts of `grep -rlF` over `tests/text` (`labelled_new*.py` and
`labelled_articles.py`; counts only, no text shown): a Kenyan surname, a Philippine surname, four
double-barrelled surnames, an outlet, two publishers' names, a farm locality and a mataqali's name
that hit were replaced before the file was written.

Every person, outlet, publisher, firm, airline, contractor, pollster, ranking, club, trust, mine,
survey, statement, report and figure is invented, and so is every small place (Mingara Flat,
Dambudzo and its growth point, Chikuvanga Reef Mine, Vunisalusalu, Mataqali Vunivesi, Inverlochy
Park and the like). Real countries, regions, cities, towns, streets, dams, airports, courts,
parliaments, ministries, central banks, agencies, councils, hospitals, universities, unions and
other public bodies appear only as settings, with invented statements and figures: Nairobi,
Gikomba, the National Treasury, the National Assembly, the Central Bank of Kenya, the Social Health
Authority and the Kenya Association of Manufacturers; Winnipeg, Portage Ave., Main St., Selkirk
Ave., Arlington St., the Winnipeg Police Service, the Winnipeg Police Board, the University of
Winnipeg, Statistics Canada and Amalgamated Transit Union Local 1505; Manila, Caloocan City, Tagum
City, Davao del Norte, Mindanao, the Visayas, the Senate, the Commission on Elections and the Ateneo
de Manila University; Tamworth, Chaffey Dam, Dungowan Dam, Nundle, Tamworth Regional Council, the
Bureau of Meteorology and WaterNSW; Tamale, Savelugu, Bolgatanga, the Tamale Teaching Hospital, the
National Health Insurance Authority, the Ghana Health Service, the Ministry of Health and
Parliament's Health Committee; Kwekwe, Gweru, Kwekwe General Hospital, the Civil Protection Unit,
the Ministry of Mines and Mining Development, Fidelity Gold Refinery and the University of Zimbabwe;
Mumbai, the Reserve Bank of India and its Monetary Policy Committee, the National Statistics Office,
the U.S. Federal Reserve and State Bank of India; Dublin, Trinity College Dublin, University College
Dublin, the University of Galway, University College Cork, Dublin City University, the Irish
Universities Association, the Union of Students in Ireland, the Higher Education Authority and
universities abroad; Denver, Denver International Airport, Peña Blvd., Interstate 70, Golden,
Silverthorne, Mt. Morrison, Ft. Collins, Albany, Grand Junction, Omaha, the Federal Aviation
Administration, the Colorado Department of Transportation, the National Weather Service and the
U.S. Department of Transportation; Lautoka, Nadi, Sigatoka, the High Court, the Court of Appeal and
the iTaukei Land Trust Board; Fort William, League One and the SPFL; Islamabad, Karachi, Empress
Market, Liaquatabad, Korangi, Orangi Town, the Pakistan Bureau of Statistics, the State Bank of
Pakistan and the Karachi commissioner's office.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, byline, date line,
share strip, caption, credit, table row, list item and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker (a weather alert and a
weather strip included); a caption by its content and its credit "B"; a video's running time "B";
tables pasted as lines with a "B" title, header row and source line and "" data rows; headlines and
standfirsts never split and flagged by content, their "says", "blames", "finds" or "say" carrying
the source as the story first gives it; a dateline belongs to its lead sentence; a person is named
in full as first given, without titles or roles ("Minority Leader Hon.", "Chief Insp.", "Police
Chief", "Criminologist Dr.", "Sen.", "Gov.", "former Interior Sec.", "Mayor", "The Chief Executive
Officer, Dr.", "Mr.", "Prof.", "Asst. Comm.", "Eng.", "Hon.", "Governor", "Justice", "Ratu", "Ms.",
"State Rep." with "D-Denver", "Manager", "Chairwoman" dropped; "Jr." and "Ma." kept), and a
pronoun or surname resolves to that name; a quote over several sentences carries its speaker and
cue in each; "according to X" gives X as written; a generic noun for a body is kept as written
("The company", "The council", "the court", "The report", "the report", "bankers"); a short form
resolves to the name as first given ("Pulso Bayan said" -> "Pulso Bayan Research", "CDOT said" ->
"The Colorado Department of Transportation"); a bracketed acronym is dropped ("the Pakistan Bureau
of Statistics (PBS)"); a descriptor before a proper name is dropped ("the flight-tracking site
FlightGrid"); a judge acting without a verb of saying ("She ordered ...") carries no speaker.

Conventions this set had to settle, in the same spirit:

* "It said" opening the sentence after one that ENDS with a firm's name ("... is Shangwe Gaming
  Ltd." / "It said in a statement ..."; "... a contractor, Tarmac Services Inc." / "It said ...")
  resolves to that firm, its "Ltd."/"Inc." included.
* "..., the agency said" closing a sentence that names the agency ("The Federal Aviation
  Administration issued a ground stop ..., the agency said") carries the body as named in that
  sentence, as "the regulator announced" did in the hundred-and-fifty-first set.
* "according to the hospital's annual report, presented at a stakeholders' forum ..." gives "the
  hospital's annual report": a participle after a comma that says where the document was made public
  is dropped, like "who spoke on condition of anonymity"; "Statistics Canada figures released last
  July" has no comma and stays whole.
* A judge's holding quoted from her judgment ("“A lease granted on the signatures of fewer than three
  in ten landowners is not a lease granted with their consent." / "It cannot stand,” she said in her
  judgment.") is a ruling, "W" in both sentences, cue "said in her judgment"; "the judge found" a
  count is "W" with her as speaker; her orders are acts with no speaker.
* Poll methodology (sample size, fieldwork dates, margin of error, "not commissioned by any
  candidate or party") is "W": a reviewer checks it against the pollster's release.
* A list of rules pasted as lines: the lead-in fragment "Under level 4:" is "" and each item, though
  it begins in lower case and ends in ";" (one with "etc.;"), is one "W" sentence.
* A sentence wholly inside parentheses is a sentence of its own, flagged by content; a parenthesis
  inside a sentence ("(down from 132nd)", "(38%)") never splits it.
* A caption of two sentences splits like body text, each flagged by content ("Chaffey Dam's exposed
  banks ..." "" / "The dam held 14.2 per cent ..." "W").
* A firm's rate change with a start date ("said it would cut its ... lending rate by 25 bps from
  April 15") is a decision of record, "W"; a plan with no date ("said it would appeal") is "".
* A vendor's wholesale price in indirect speech ("had doubled in ten days") is a market price a
  reviewer can check, "W"; a shopper's or traveller's own story in indirect speech (nine hours for a
  bed, "trying to get home since Thursday morning", a school's spend on flights) is an anecdote, "".
* A victim named with age and home ("Among the dead is Tichaona Mhlanga, 34, ...") is "W"; a
  sentence that only introduces a person ("Among those stranded was a ... team ... coached by Terrell
  Ashby Jr.") is "".
* A committee appearance "is scheduled" is "W" like other scheduled events; a pipeline "due to
  finish" is "" as a strike "due to end" was in the hundred-and-fifty-second set.
* Player ratings: "Name: 8." is a sentence ("" as an opinion) and its comment another; the "Player
  ratings" label is "B".
* A nested quote closing with ".’" inside the outer quote ends a sentence when a capital follows
  ("“He said, ‘Today I am afraid.’" / "He never said that before,” she said.").
* "Ocampo did not respond to messages" is labelled like "did not respond to calls": the person in
  full ("Benjamin Dizon Ocampo Jr."), cue as written, "".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Kenyan NATIONAL DAILY\'S WEBSITE (Nairobi), desktop browser paste, a BUDGET SPEECH: the Treasury Cabinet Secretary presents a Sh4.29 trillion budget and raises the excise on betting stakes to 20%. Head: masthead, menu, a markets ticker, crumb (all "B"); headline of record "W" (an act, no speaker); standfirst "Treasury CS says deficit will narrow ..." a forecast "" carrying the CS in full; byline, published line, share strip (all "B"); a caption "" and its credit "B". Body: "NAIROBI —" lead (an act, no speaker) and "the second budget in a row to top Sh4 trillion" "W"; "at 3 p.m." ending a sentence before "Opposition MPs walked out ..." (both "W"); the deficit forecast "" beside the revenue target the budget sets "W"; tax measures of record with "i.e." mid-sentence "W" and "Retailers say ... may not fall at once" (a hedge, ""); allocations "for the fifth budget in a row" and "approx." mid-sentence "W"; the CS\'s rhetoric "told the House" "" and a quote of a question, "No." and a sentence (three, ""); debt service "according to the budget summary tabled with the speech" and public debt "the Central Bank of Kenya said in its weekly bulletin" "W"; "blamed" a shortfall (a causal claim by an official, "W"); the minority leader ("Minority Leader Hon." dropped) "called" "", her question with its attribution (one sentence, "") and her count of companies in administration "W"; an economist with an initial and "Ltd.," mid-sentence (an opinion ""), "He expects" ("") and four missed targets "according to Treasury data" "W"; "Shangwe Gaming Ltd." ending a sentence before "It said in a statement" (both "W", "It" resolving to the firm); the manufacturers "welcomed" a levy removal with its cost "W"; a trader\'s ellipsis before a lower-case word (one sentence, ""); a question subhead ""; the Finance Bill "(No. 2)" debate and its legal deadline "W". Tail: related label and one headline, a newsletter line ending "at 7 a.m." before "Sign up here.", copyright split at "Ltd." (all "B").',
    'Canadian REGIONAL NEWSPAPER\'S WEBSITE (Winnipeg), desktop browser paste, a CRIME STATISTICS RELEASE: homicides fall to 29, the fewest since 2017, while violent crime rises 4.1%. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "..., annual report says" "W" carrying the report as the body first gives it; byline, posted and modified lines with "Apr." and "AM CDT", share strip (all "B"); a caption with "Portage Ave." and "Arlington St." mid-sentence "" and its bracketed credit "B". Body: homicides "according to the Winnipeg Police Service\'s 2025 annual statistical report" and "The report, released Tuesday, shows" "W"; offences and "for the third year in a row" "W" and a PARENTHESIS HOLDING A FULL SENTENCE (its own sentence, "W"); an inspector ("Chief Insp." dropped) with a share and a coding change with "i.e." "W" and a quote of opinion ""; "Portage Ave. and Main St." ending a sentence before "Officers recorded" (both "W"); homicides solved "by Dec. 31." "W"; the chief with an initial (record seizure "W", a feeling "", a request with no date ""); property crime "W" and "Main St. and Selkirk Ave." ending a sentence before "Together" (both "W"); a table (title with "vs.", header and source "B", rows ""); a question subhead ""; a criminologist ("Dr." dropped) who "cautioned" "" and her ellipsis before a lower-case word (one sentence, ""); a severity index "according to Statistics Canada figures released last July" and a clearance rate "W"; a union president\'s count "W" and his quote of a statement then a question with attribution (two, ""); the mayor\'s office plan "" and the board\'s next meeting "at 12 p.m. at City Hall" "W". Tail: read-more list with "Arlington St." in a headline, copyright split at "Inc." before "All rights reserved." (all "B").',
    'Philippine NATIONAL DAILY\'S WEBSITE (Manila), desktop browser paste, an ELECTION POLL: a first-term senator leads an early 2028 presidential survey with 31%. Head: masthead, menu, crumb (all "B"); headline and standfirst of record "W"; byline, date line with "5:12 a.m.", share strip (all "B"); a file caption "" and its credit line "B". Body: "MANILA, Philippines —" lead "according to the latest Pulso Bayan Research survey" "W"; "Gov.", "Sec." and "Jr." mid-sentence (titles dropped, "Jr." before "is" not ending anything) "W"; undecided and others "W"; METHODOLOGY (sample, dates, margin of error, not commissioned: all "W", "Pulso Bayan said" resolving to the full name); "the first time since the pollster began its presidential series in 2009" "W"; regions with "vs." "W"; the pollster\'s director ("Dr." dropped, "Ma." kept) with an opinion "" and a three-sentence quote with a question followed by a new sentence (three, ""), then a share in indirect speech "W"; the senator\'s office statement ""; the governor "told reporters" "" and her exclamation inside a quote followed by its attribution after a first sentence (two, ""); "Ocampo did not respond to messages" (full name with "Jr."); issues with "e.g." "W"; the constitution\'s one-term rule and the filing date "according to the Commission on Elections calendar" "W"; an analyst\'s opinion "" and a record in "He noted" "W"; a question subhead ""; an old survey\'s record "W"; the analyst\'s two-sentence quote named after ("Ilagan-Panganiban said", ""). Tail: related label and one headline, newsletter consent line, copyright split at "Co." before "All rights reserved." (all "B").',
    'Australian REGIONAL NEWS SITE (Tamworth, NSW), desktop browser paste, a DROUGHT AND WATER RESTRICTIONS: level 4 restrictions as Chaffey Dam falls to 14.2 per cent. Head: masthead, menu, a weather and dam strip, crumb (all "B"); headline of record "W"; standfirst "Council says the city could be relying on bore water ..." a forecast "" carrying the council as the body first gives it; byline without "By", updated line, share strip (all "B"); a TWO-SENTENCE CAPTION split, scene "" and the dam level "W", and its credit "B". Body: the ban from a set date (a rule, "W"); the council vote and the last time on level 4 "W"; a LIST OF RULES pasted as lines, the lead-in "Under level 4:" "" and each item ending in a semicolon (one with "etc.;") a rule "W"; fines "W"; the mayor ("Mayor" dropped) with daily use "W", a feeling "", an ellipsis before a capital inside her quote (two, "") and the council\'s modelling as a forecast ""; rainfall "The Bureau of Meteorology says" "W", record-low inflows and "blamed" evaporation ("WaterNSW", "W"), the bureau\'s outlook "shows" a chance of rain (a forecast, ""); a farmer\'s sales stated by the reporter "W" and his two-sentence quote and water carting in indirect speech (""); a nursery owner\'s anecdote ""; rebates with "i.e." "W" and a pipeline "due to finish" ""; a question subhead ""; exemptions with "e.g." (a rule, "W"); the council\'s plan "". Tail: more-from label and a headline with "organisers say" (furniture, no speaker), a newsletter line, a publisher line split at "Pty Ltd." before an acknowledgement of country (all "B").',
    'Ghanaian NEWS SITE (Tamale), desktop browser paste, a HOSPITAL\'S ANNUAL REPORT: maternal deaths at a teaching hospital rise to 38. Head: masthead, menu, section label (all "B"); headline of record "W"; standfirst "CEO blames ..., says NHIS owes ..." carrying the chief executive in full (a causal claim and an amount, "W"); byline, date line, share strip (all "B"); a caption "" and its credit "B". Body: the deaths "according to the hospital\'s annual report, presented at a stakeholders\' forum ..." (the participle after the comma dropped from the label) "W"; deliveries, a ratio, attendance and occupancy with "i.e." (all "W"); the chief executive ("Dr." dropped) "attributed" (a causal claim, "W") and referral counts "W"; her three-sentence quote with an ellipsis before a lower-case word in the last (three, ""); "The report shows" arrears "W" and "Dr. Alhassan-Bawa said" a causal claim "W"; the insurer\'s regional director ("Mr." dropped) with a payment "W" and a vague promise ""; specialists "the report says" "W", nurses lost abroad ending "the U.K." before "That is more ..." (both "W"); a first operation "W"; the board chairman ("Prof." dropped, an initial kept) "called" "" and an unpaid promise of 2022 "W"; a patient\'s wait in indirect speech (an anecdote, "") and her statement then question with attribution (two, ""); a question subhead ""; national deaths "according to the Ghana Health Service" and the SDG target (a rule, "W"); a committee appearance "is scheduled" "W" and the CEO\'s plan "". Tail: read-also label and one headline, tags, a comments disclaimer, copyright split before "All Rights Reserved." (all "B").',
    'Zimbabwean NEWS SITE (Kwekwe), desktop browser paste, a MINING ACCIDENT: nine dead and four missing after a shaft collapse at a gold mine. Head: masthead, a menu in capitals run together with double spaces, a latest-news ticker, section label (all "B"); headline of record "W"; standfirst "Rescuers say ..." with "No. 3" mid-sentence and an order of record "W", carrying "Rescuers" as written; byline, date line, share strip (all "B"); a caption "" and its bracketed credit "B". Body: "KWEKWE —" lead with "No. 3 shaft" "W"; "at about 6.40 a.m." ending a sentence before "Twenty-three miners" (both "W"); the police spokesperson ("Asst. Comm." dropped) "confirmed" "W"; the chief mining engineer ("Eng." dropped) with rescuers "W", a causal claim with a hedge "W" and an ellipsis before a capital inside her quote (two, ""); "Ministry of Mines records show" an order with "i.e." "W"; the general manager ("Mr." dropped) "W" and his two-sentence denial ""; "Marula Ridge Resources (Pvt) Ltd." ending a sentence before "The company employs ..." "according to Fidelity Gold Refinery figures" (both "W"); the deputy minister ("Hon." dropped) with a promise "" and a plan with no date ""; "the deadliest ... since at least 2016" "according to" a welfare trust "W", its secretary-general\'s letter of record "W" and his question with attribution (one sentence, ""); a victim named (a record, "W"), his wife\'s anecdote with "5.30 a.m." mid-sentence "" and a NESTED QUOTE ending ".’" before a capital (two, ""); a night scene ""; the reporting rule of the Mines and Minerals Act "W"; a question subhead ""; a lecturer\'s general explanation with an initial ("Dr." dropped, "") and his two-sentence quote ""; a memorial service "at 10 a.m." "W". Tail: related label and one headline, copyright split at "(Pvt) Ltd." (all "B").',
    'Indian BUSINESS DAILY\'S WEBSITE (Mumbai), desktop browser paste, a CENTRAL BANK RATE DECISION: the Reserve Bank of India cuts the repo rate by 25 bps to 5%, the MPC voting 4-2. Head: masthead, menu, a markets ticker, crumb (all "B"); headline of record "lowest since August 2022" "W"; standfirst "Governor says inflation will stay below 4% ..." a forecast "" carrying the governor in full; byline, updated line, a listen line and a read-time line (all "B"). Body: "MUMBAI:" lead "its third reduction in four policy meetings" "W"; the vote with "Prof." and "Dr." and an initial mid-sentence "W"; corridor rates "W"; "at 10 a.m." ending a sentence before "The Nifty 50 index closed ..." (both "W"); inflation "according to the National Statistics Office, the 13th month in a row below ..." "W"; the governor\'s projections "said"/"projected" (forecasts, ""); "He attributed" (a causal claim, "W") and his two-sentence quote ""; "U.S." mid-sentence in an opinion ""; the rupee "W"; a bank\'s dated rate cut "W" and a PARENTHESIS HOLDING A FULL SENTENCE ("W"); an economist with "Ltd.," mid-sentence (a forecast "") and a quote of a statement, a question and an answer (three, ""); the minutes\' publication date "W"; a question subhead ""; "bankers said" a forecast ""; an EMI sum with a semicolon and "approx." (one sentence, "W"); a general lag "" and deposit rates "W"; the next meeting "W". Tail: a catch-all line, an app line, a first-published line, topics, copyright "Pvt. Ltd. 2026" not split (all "B").',
    'Irish NATIONAL NEWSPAPER\'S WEBSITE (Dublin), desktop browser paste, a UNIVERSITY RANKING: Trinity College Dublin slips to 104th and Ireland has no university in the top 100 for the first time. Head: masthead, menu, section label (all "B"); headline of record "for third year in a row" "W"; standfirst "Provost blames €307m annual funding gap; ..." carrying the provost in full (a causal claim with a figure, "W"); byline with role, date line, share strip (all "B"); a TWO-SENTENCE CAPTION split, a label "" and a ranking "W", and its credit "B". Body: the fall and "for the first time since the table began in 2011" "W"; "the country\'s No. 1 for the 15th year in a row" ("No. 1" mid-sentence, "W"); other universities and the count of risers and fallers "W"; the method with "Ltd.," mid-sentence, coverage and a ratio with "vs." "according to the compilers" (all "W"); the provost ("Prof." dropped) with an opinion "", "She blamed" a funding gap "W", and a quote whose first sentence is a checkable comparison ("W") and whose second is a rhetorical question with attribution (""); the universities\' association "W"; the minister ("Minister for Further and Higher Education" dropped) with a sum "W" and an opinion and forecast ""; the students\' union "W"; a PhD student\'s anecdote "" and his ellipsis before a lower-case word after a first sentence (two, ""); "in the U.S." ending a sentence before "The highest-ranked university in the EU ..." and China\'s places (all "W"); a lecturer ("Dr." dropped) with an opinion "" and "He noted" a record "W"; a question subhead ""; an HEA survey "found" "W"; the subject rankings\' publication date "W". Tail: push-alert line, related label and one headline, a company line split at "DAC." before "Registered in Ireland No. 601287." (all "B").',
    'US LOCAL TV STATION\'S WEBSITE (Denver), desktop browser paste, a FLIGHT DISRUPTION: a blizzard cancels more than 1,400 flights at Denver International Airport. Head: masthead, menu, a weather alert with "5 a.m. Saturday" (furniture), crumb (all "B"); headline of record "W"; standfirst "Airlines say they hope ..." a hope and a scene "" carrying "Airlines" as written; byline, published and updated lines with "Jan." and "PM MST", share strip (all "B"); a video caption "" and its running time "B". Body: "DENVER (Mile High Now) —" lead "according to the flight-tracking site FlightGrid" (descriptor dropped) "W"; "the most cancellations at DIA in a single day since a March 2021 storm" "W"; "at 4:50 a.m." ending a sentence before "A second closed ..." (both "W"); the airport spokesperson with an initial "W" and her ellipsis before a lower-case word (one sentence, ""); the largest carrier\'s cancellations "W" and "The company said in a statement" an expectation ""; "until 6 p.m." ending a sentence before "It is offering ..." with "Jan. 21" mid-sentence (both "W"); "Tarmac Services Inc." ending a sentence before "It said" (both "W", "It" resolving to the firm); a ground stop "the agency said" resolving to the FAA named in the same sentence "W"; a terminal scene ""; a traveller with "Ft. Collins," and "N.Y.," mid-sentence (anecdote "") and her statement then question with attribution (two, ""); a team coached by a man whose name ends "Jr." before "He said ..." (an introduction "" and an anecdote ""); road closures with "Blvd.," and "Mt." mid-sentence and "CDOT said" resolving to the department "W"; snowfall "a record for Jan. 16." "W" and "Forecasters expect" ""; a state representative ("State Rep." and "D-Denver" dropped) with a plan ""; refund and hotel rules "Under U.S. Department of Transportation rules" "W"; a question subhead "" and advice "". Tail: a related line, copyright split before "All rights reserved.", an app line (all "B").',
    'Fijian NEWS SITE (Lautoka/Nadi), desktop browser paste, a COURT RULING ON A LAND DISPUTE: the High Court voids a 99-year resort lease over iTaukei land for want of the landowners\' consent. Head: masthead, menu, section label (all "B"); headline of record "W"; standfirst "Landowners say they will now seek ..." plans "" carrying "Landowners" as written; byline, date line, share strip (all "B"); a caption "" and its credit "B". Body: the declaration (an act, "W"); the judge ("Justice" dropped) "ruled" "W"; the case name with "v.", "Ltd.," and "No. HBC 114 of 2023" mid-sentence "W"; "the judge found" a count "W"; her two-sentence holding "said in her judgment" (a ruling, both "W"); her orders (acts with no verb of saying, no speaker, "W"); "Coral Sands Resorts (Fiji) Ltd. said it would appeal" ("Ltd." before a lower-case verb, a plan ""); the managing director ("Mr." dropped) with a sum "W" and a statement then question with attribution (two, ""); the mataqali spokesman ("Ratu" dropped) with a plan "", rent "W" with "i.e.", and an ellipsis before a lower-case word after a first sentence (two, ""); the land trust board\'s statement "" and its share of land "according to its 2024 annual report" "W"; the consent rule of the iTaukei Land Trust Act "W"; the landowners\' lawyer ("Ms." dropped) with "the first time" "W"; the developer\'s counsel ("Mr." dropped) with "& Co.," mid-sentence "had argued" (a defence argument, ""); a question subhead ""; the site "W", a matter left to a separate hearing with a semicolon "the court said" "W" and the appeal period (a rule, "W"); a scene outside court "". Tail: a feedback e-mail line, related label and two headlines, copyright split before "All rights reserved." (all "B").',
    'Scottish REGIONAL NEWSPAPER\'S WEBSITE (Fort William), desktop browser paste, a SPORTS SEASON REVIEW: an (invented) League One club finishes third, its best ever, and loses a play-off on penalties. Head: masthead, menu, crumb (all "B"); headline "the best finish in the club\'s history" and a standfirst of records (both "W"); byline, date line with "6.00am", share strip (all "B"); a caption of record "W" and its credit "B". Body: scene and pundits\' tips ""; third place "since it joined the SPFL in 2019" and the record of wins, draws and losses "W"; home record and the play-off defeat "W"; the manager ("Manager" dropped) with a feeling "" and a quote of a question, an answer and an ellipsis before a lower-case word (three, ""); the top scorer\'s club record, then a PARENTHESIS HOLDING A FULL SENTENCE (its own sentence, "W"), then a new contract "W"; crowds and a ground record "W"; a SEMICOLON LIST of three players\' records in one sentence "W"; a run of defeats with "the heaviest ... since 2020" "W"; the chairwoman ("Chairwoman" dropped) with a profit "its first in five years" "W", a budget plan "" and a statement then exclamation with attribution (two, ""); the supporters\' trust chair\'s membership figure "W" and her two-sentence quote ""; player ratings (label "B"; "Name: 8." and its comment each a sentence, opinions ""); a question subhead ""; fixtures publication and pre-season dates "W"; a table (title and header "B", rows ""). Tail: more-from label and one headline, a company line and "Registered in Scotland No. SC214776." as two sentences (all "B").',
    'Pakistani NATIONAL DAILY\'S WEBSITE (Islamabad/Karachi), desktop browser paste, a FOOD PRICE SURVEY: the weekly Sensitive Price Indicator rises 0.62% and a consumer group finds Karachi retailers charging up to 78% over official rates. Head: masthead, menu, a gold/stocks/rupee ticker, section label (all "B"); headline of record "W"; standfirst "..., survey finds" carrying the survey as the body first gives it ("W"); byline without "By", published line, share strip (all "B"); a caption "" and its credit "B". Body: "ISLAMABAD:" lead "the Pakistan Bureau of Statistics (PBS) said" (acronym dropped) "W"; "the third weekly increase in a row" and "the highest since the week ended Jan. 16, 2025" "W"; item counts "W"; a SEMICOLON LIST of weekly rises in one sentence "W"; "pulses etc." ending a sentence before "The biggest year-on-year rise ..." (both "W"); an unnamed official\'s causal claim "W" (the clause "who asked not to be named" dropped); a Ramazan scene ""; the survey "found" "W" with "e.g.", "No. 5,", "9 a.m." and "1 p.m." mid-sentence "W" and prices "W"; the commissioner\'s office fines "W" and its spokesman\'s statement then exclamation with attribution (two, ""); the price control rule "W"; a vendor\'s wholesale price in indirect speech "W" and his question with attribution (one sentence, ""); a mother\'s anecdote "" and her ellipsis before a lower-case word after a first sentence (two, ""); an economist ("Dr." dropped) with a forecast "" and "He noted" a record "W"; the policy rate "on Jan. 26." before "The next monetary policy meeting ..." (both "W"); a table (title, header and source "B", rows ""); a question subhead "" and traders\' forecast "". Tail: a published-in line, a comments moderation line, copyright (all "B").',
]

ARTICLES = [
    [
        [
            ("THE MARA LEDGER", "", "", "B"),
        ],
        [
            (
                "Home | News | Business | Counties | Politics | Sports | Opinion | Epaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Markets: NSE 20 2,041.6 ▲0.4% | USD/KES 129.35 | Brent $71.20", "", "", "B"),
        ],
        [
            ("Business › Budget 2026/27", "", "", "B"),
        ],
        [
            (
                "Barasa-Ogutu unveils Sh4.29 trillion budget, raises betting excise to 20%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Treasury CS says deficit will narrow to 4.3% of GDP next year as MPs brace for a fight over new taxes",
                "Samuel Otieno Barasa-Ogutu",
                "says",
                "",
            ),
        ],
        [
            ("By Wanjiru Ndegwa-Karanja and Brian Omondi Achieng", "", "", "B"),
        ],
        [
            ("Published Thu, Jun 11, 2026 | Updated 9:47 pm", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | LinkedIn | Email", "", "", "B"),
        ],
        [
            (
                "National Treasury Cabinet Secretary Samuel Otieno Barasa-Ogutu holds up the budget briefcase outside Treasury Building in Nairobi on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo | Kevin Mutiso-Oduor", "", "", "B"),
        ],
        [
            (
                "NAIROBI — National Treasury Cabinet Secretary Samuel Otieno Barasa-Ogutu on Thursday presented a Sh4.29 trillion budget for the 2026/27 financial year, Sh310 billion more than this year's.",
                "",
                "",
                "W",
            ),
            ("It is the second budget in a row to top Sh4 trillion.", "", "", "W"),
        ],
        [
            ("Barasa-Ogutu rose to read the statement at 3 p.m.", "", "", "W"),
            (
                "Opposition MPs walked out 20 minutes later, after the Speaker ruled that a point of order on the Eurobond could not be raised during the speech.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He said the fiscal deficit would narrow to 4.3% of gross domestic product in 2026/27 from an estimated 5.1% this year.",
                "Samuel Otieno Barasa-Ogutu",
                "said",
                "",
            ),
            (
                "The budget sets the ordinary revenue target at Sh3.1 trillion, up 14.2% on this year's target.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Excise duty on betting stakes rises from 15% to 20% from July 1, and the digital service tax is replaced by a 3% significant economic presence tax on non-resident platforms.",
                "",
                "",
                "W",
            ),
            (
                "Sanitary pads and baby diapers become zero-rated for VAT, i.e. no VAT is charged on them, from the same date.",
                "",
                "",
                "W",
            ),
            ("Retailers say shelf prices may not fall at once.", "Retailers", "say", ""),
        ],
        [
            (
                "Education gets Sh702 billion, the biggest single allocation for the fifth budget in a row, followed by roads and energy at Sh509 billion.",
                "",
                "",
                "W",
            ),
            (
                "The Social Health Authority is allocated approx. Sh57 billion, up from Sh49 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We have chosen to protect the teacher, the nurse and the farmer,” Barasa-Ogutu told the House.",
                "Samuel Otieno Barasa-Ogutu",
                "told the House",
                "",
            ),
            ("“Is this budget painless?", "Samuel Otieno Barasa-Ogutu", "said", ""),
            ("No.", "Samuel Otieno Barasa-Ogutu", "said", ""),
            (
                "But it is honest, and it is paid for,” he said.",
                "Samuel Otieno Barasa-Ogutu",
                "said",
                "",
            ),
        ],
        [
            (
                "Debt service will take Sh1.21 trillion, or 39 shillings of every 100 collected, according to the budget summary tabled with the speech.",
                "the budget summary tabled with the speech",
                "according to",
                "W",
            ),
            (
                "Public debt stood at Sh11.8 trillion at the end of March, the Central Bank of Kenya said in its weekly bulletin.",
                "the Central Bank of Kenya",
                "said in its weekly bulletin",
                "W",
            ),
        ],
        [
            (
                "Barasa-Ogutu blamed this year's revenue shortfall of Sh128 billion on weaker imports and on court orders that suspended parts of the Finance Act, 2025.",
                "Samuel Otieno Barasa-Ogutu",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "Minority Leader Hon. Joyce Chepkoech Lagat-Murei called the budget “a wish list typed in Washington.”",
                "Joyce Chepkoech Lagat-Murei",
                "called",
                "",
            ),
            (
                "“Where will Sh3.1 trillion come from when businesses are closing every week?” she asked.",
                "Joyce Chepkoech Lagat-Murei",
                "asked",
                "",
            ),
            (
                "She said 412 companies had been placed under administration in 2025, up from 287 in 2024.",
                "Joyce Chepkoech Lagat-Murei",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Peter K. Mwangi-Oloo, chief economist at Kilifi Capital Ltd., said the revenue target was “heroic.”",
                "Peter K. Mwangi-Oloo",
                "said",
                "",
            ),
            (
                "He expects collections to fall short by at least Sh150 billion.",
                "Peter K. Mwangi-Oloo",
                "expects",
                "",
            ),
            (
                "Ordinary revenue has missed its target in each of the past four financial years, according to Treasury data.",
                "Treasury data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The country's largest licensed betting operator by turnover is Shangwe Gaming Ltd.",
                "",
                "",
                "W",
            ),
            (
                "It said in a statement that stakes placed with it had fallen 31% since the excise was last raised, in 2023.",
                "Shangwe Gaming Ltd.",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The Kenya Association of Manufacturers welcomed the removal of the export levy on raw hides and skins, which it said had cost members Sh2.3 billion since 2023.",
                "The Kenya Association of Manufacturers",
                "welcomed",
                "W",
            ),
        ],
        [
            (
                "At Gikomba market, secondhand clothes trader Esther Nyokabi Mwaura, 46, said she had stopped listening to budget speeches years ago.",
                "Esther Nyokabi Mwaura",
                "said",
                "",
            ),
            (
                "“They read numbers… we pay the prices,” she said.",
                "Esther Nyokabi Mwaura",
                "said",
                "",
            ),
        ],
        [
            ("What happens next?", "", "", ""),
        ],
        [
            (
                "MPs will debate the Finance Bill, 2026 (No. 2) from Tuesday, and the bill must be passed by June 30 for the new measures to take effect on July 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Finance Bill 2026: What MPs will vote on next week", "", "", "B"),
        ],
        [
            ("Get the Ledger Business newsletter every weekday at 7 a.m.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            ("© 2026 Mara Ledger Media Group Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("RED RIVER RECORD", "", "", "B"),
        ],
        [
            (
                "News | Local | Politics | Business | Sports | Arts & Life | Opinion | Obituaries | e-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local › Crime & Justice", "", "", "B"),
        ],
        [
            ("Winnipeg homicides fall to 29, the lowest count in eight years", "", "", "W"),
        ],
        [
            (
                "But violent crime rose 4.1% and robberies climbed for a third straight year, annual report says",
                "the Winnipeg Police Service's 2025 annual statistical report",
                "says",
                "W",
            ),
        ],
        [
            ("By Danielle Fontaine-Kowalchuk", "", "", "B"),
        ],
        [
            ("Posted: 6:00 AM CDT Wednesday, Apr. 15, 2026", "", "", "B"),
        ],
        [
            ("Last Modified: 8:12 AM CDT Wednesday, Apr. 15, 2026", "", "", "B"),
        ],
        [
            ("Share | Email | Print | 14 Comments", "", "", "B"),
        ],
        [
            (
                "Police tape surrounds a bus shelter on Portage Ave. near Arlington St. after a stabbing in November.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Mikael Sorensen-Beaulieu / Red River Record files)", "", "", "B"),
        ],
        [
            (
                "Winnipeg recorded 29 homicides in 2025, down from 44 the year before and the fewest since 2017, according to the Winnipeg Police Service's 2025 annual statistical report.",
                "the Winnipeg Police Service's 2025 annual statistical report",
                "according to",
                "W",
            ),
            (
                "The report, released Tuesday, shows violent crime as a whole went the other way.",
                "The report",
                "shows",
                "W",
            ),
        ],
        [
            (
                "There were 9,812 violent offences, an increase of 4.1%, and robberies rose for the third year in a row, to 1,677.",
                "",
                "",
                "W",
            ),
            (
                "(The service changed its records system in 2024, so some categories are not directly comparable with earlier years.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Insp. Marc-André Tessier-Lindqvist, who heads the service's crime analysis unit, said 61% of the robberies happened on or within 200 metres of a transit route.",
                "Marc-André Tessier-Lindqvist",
                "said",
                "W",
            ),
            (
                "He said a change in how the service codes “swarming” thefts, i.e. thefts by three or more people acting together, added about 140 robberies to the count.",
                "Marc-André Tessier-Lindqvist",
                "said",
                "W",
            ),
            (
                "“Some of that increase is real and some of it is paperwork,” he told reporters.",
                "Marc-André Tessier-Lindqvist",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "The city's busiest location for robberies in 2025 was the transit hub at Portage Ave. and Main St.",
                "",
                "",
                "W",
            ),
            ("Officers recorded 96 robberies within 200 metres of it.", "", "", "W"),
        ],
        [
            (
                "Of the 29 homicides, 11 involved a firearm and 17 had been solved by Dec. 31.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Police Chief Gordon A. Beaulac-Runningwater said officers seized 312 crime guns in 2025, a record for the service.",
                "Gordon A. Beaulac-Runningwater",
                "said",
                "W",
            ),
            (
                "“I'm not going to stand up here and take credit for every life that wasn't lost,” he said.",
                "Gordon A. Beaulac-Runningwater",
                "said",
                "",
            ),
            (
                "He said he would ask the police board for 40 more officers for the downtown and transit units.",
                "Gordon A. Beaulac-Runningwater",
                "said",
                "",
            ),
        ],
        [
            (
                "Property crime fell 6.3%, with vehicle thefts down to 2,404 from 3,118.",
                "",
                "",
                "W",
            ),
            (
                "Commercial break-ins were concentrated on two streets, Main St. and Selkirk Ave.",
                "",
                "",
                "W",
            ),
            (
                "Together they accounted for one in five break-ins at businesses reported in the city.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Selected offences, Winnipeg, 2024 vs. 2025", "", "", "B"),
        ],
        [
            ("Offence | 2024 | 2025 | Change", "", "", "B"),
        ],
        [
            ("Homicide | 44 | 29 | -34.1%", "", "", ""),
        ],
        [
            ("Robbery | 1,544 | 1,677 | +8.6%", "", "", ""),
        ],
        [
            ("Vehicle theft | 3,118 | 2,404 | -22.9%", "", "", ""),
        ],
        [
            ("Source: Winnipeg Police Service, 2025 Annual Statistical Report", "", "", "B"),
        ],
        [
            ("Is Winnipeg getting safer?", "", "", ""),
        ],
        [
            (
                "Criminologist Dr. Aleksandra Pryzbylo-Grant of the University of Winnipeg cautioned against reading much into one year's homicide count.",
                "Aleksandra Pryzbylo-Grant",
                "cautioned",
                "",
            ),
            (
                "“Homicide numbers in a city this size bounce around… one bad summer and you're back at 40,” she said.",
                "Aleksandra Pryzbylo-Grant",
                "said",
                "",
            ),
        ],
        [
            (
                "Winnipeg had the highest violent crime severity index of Canada's 10 largest cities in 2024, according to Statistics Canada figures released last July.",
                "Statistics Canada figures released last July",
                "according to",
                "W",
            ),
            (
                "The service's clearance rate for violent crime was 58% in 2025, up from 54%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rick Sawatzky-Olafson, president of Amalgamated Transit Union Local 1505, said drivers reported 214 assaults on the job in 2025.",
                "Rick Sawatzky-Olafson",
                "said",
                "W",
            ),
            (
                "“We've had operators spat on, punched, followed home.",
                "Rick Sawatzky-Olafson",
                "asked",
                "",
            ),
            (
                "What are we supposed to do, drive with our eyes shut?” he asked.",
                "Rick Sawatzky-Olafson",
                "asked",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the mayor's office said the city would respond to the board's budget request in June.",
                "A spokesperson for the mayor's office",
                "said",
                "",
            ),
            ("The Winnipeg Police Board next meets on May 1 at 12 p.m. at City Hall.", "", "", "W"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Man, 19, charged in Arlington St. bus shelter stabbing", "", "", "B"),
        ],
        [
            ("© 2026 Red River Record, a division of Prairie Lantern Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("PHILIPPINE DAYBREAK", "", "", "B"),
        ],
        [
            (
                "News | Nation | Metro | Regions | Business | Sports | Lifestyle | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Nation › Politics", "", "", "B"),
        ],
        [
            ("Villaroman tops early 2028 presidential survey with 31%", "", "", "W"),
        ],
        [
            ("Nearly one in five voters still undecided two years before the vote", "", "", "W"),
        ],
        [
            ("By Katrina Joy Bautista-Lacson", "", "", "B"),
        ],
        [
            ("March 30, 2026 | 5:12 a.m.", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | Viber | Copy link", "", "", "B"),
        ],
        [
            (
                "Voters line up at a precinct in Caloocan City during the May 2025 midterm elections.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHILIPPINE DAYBREAK FILE PHOTO", "", "", "B"),
        ],
        [
            (
                "MANILA, Philippines — Sen. Rafael Villaroman-Castro leads the field for the 2028 presidential election with 31%, according to the latest Pulso Bayan Research survey.",
                "the latest Pulso Bayan Research survey",
                "according to",
                "W",
            ),
            (
                "Davao del Norte Gov. Luisa Marasigan-Tan is second with 22%, and former Interior Sec. Benjamin Dizon Ocampo Jr. is third with 14%.",
                "",
                "",
                "W",
            ),
            (
                "Nineteen percent said they had not yet chosen a candidate, and the remaining 14% named 11 other possible contenders.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The survey interviewed 2,400 registered voters face to face from March 14 to 20.",
                "",
                "",
                "W",
            ),
            (
                "It has a margin of error of plus or minus 2 percentage points at the 95% confidence level.",
                "",
                "",
                "W",
            ),
            (
                "Pulso Bayan said the survey was not commissioned by any candidate or party.",
                "Pulso Bayan Research",
                "said",
                "W",
            ),
        ],
        [
            (
                "It is the first time since the pollster began its presidential series in 2009 that a first-term senator has led it this early.",
                "",
                "",
                "W",
            ),
            (
                "Villaroman-Castro's rating is nine points higher than in the December survey.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He leads in Metro Manila (38%), the rest of Luzon (33%) and the Visayas (29%), but trails Marasigan-Tan in Mindanao, 19% vs. 41%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pulso Bayan executive director Dr. Ma. Teresa Lualhati-Reyes said the numbers were “a snapshot, not a prediction.”",
                "Ma. Teresa Lualhati-Reyes",
                "said",
                "",
            ),
            (
                "“Two years is a lifetime in Philippine politics.",
                "Ma. Teresa Lualhati-Reyes",
                "said",
                "",
            ),
            ("Who was leading in March 2020?", "Ma. Teresa Lualhati-Reyes", "said", ""),
            ("Nobody remembers,” she said.", "Ma. Teresa Lualhati-Reyes", "said", ""),
            (
                "She said undecided voters were concentrated among 18- to 24-year-olds, 31% of whom named no one.",
                "Ma. Teresa Lualhati-Reyes",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, Villaroman-Castro's office said the senator was “humbled” and “focused on his work in the Senate.”",
                "Villaroman-Castro's office",
                "said",
                "",
            ),
        ],
        [
            (
                "Marasigan-Tan told reporters in Tagum City she had “not decided anything” about 2028.",
                "Luisa Marasigan-Tan",
                "told reporters",
                "",
            ),
            ("“Surveys don't vote.", "Luisa Marasigan-Tan", "said", ""),
            ("People vote!” she said, laughing.", "Luisa Marasigan-Tan", "said", ""),
        ],
        [
            (
                "Ocampo did not respond to messages on Sunday.",
                "Benjamin Dizon Ocampo Jr.",
                "did not respond to messages",
                "",
            ),
        ],
        [
            (
                "Asked to name the most urgent national issue, 47% chose prices of basic goods, e.g. rice and fish, and 18% chose wages.",
                "",
                "",
                "W",
            ),
            ("Corruption was named by 12%, up from 7% in December.", "", "", "W"),
        ],
        [
            (
                "Under the 1987 Constitution, the president serves a single six-year term and cannot run for re-election.",
                "",
                "",
                "W",
            ),
            (
                "The filing of certificates of candidacy is set for October 2027, according to the Commission on Elections calendar.",
                "the Commission on Elections calendar",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Political analyst Jose Mari Ilagan-Panganiban of the Ateneo de Manila University said name recall, not platforms, explained the early numbers.",
                "Jose Mari Ilagan-Panganiban",
                "said",
                "",
            ),
            (
                "He noted that Villaroman-Castro topped the 2025 Senate race with 27.4 million votes.",
                "Jose Mari Ilagan-Panganiban",
                "noted",
                "W",
            ),
        ],
        [
            ("Can the numbers still change?", "", "", ""),
        ],
        [
            (
                "In Pulso Bayan's March 2014 survey, the candidate who went on to win the 2016 presidential election was fourth, with 11%.",
                "",
                "",
                "W",
            ),
            ("“Surveys this early measure fame.", "Jose Mari Ilagan-Panganiban", "said", ""),
            (
                "Fame is not the same as trust,” Ilagan-Panganiban said.",
                "Jose Mari Ilagan-Panganiban",
                "said",
                "",
            ),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Comelec opens voter registration for 2028 polls on July 1", "", "", "B"),
        ],
        [
            (
                "By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Daybreak Publishing Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("PEEL VALLEY LEADER", "", "", "B"),
        ],
        [
            (
                "News | Sport | Rural | Community | Opinion | Classifieds | Weather | Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tamworth 34° | Fire danger: HIGH | Chaffey Dam 14.2%", "", "", "B"),
        ],
        [
            ("News › Local News", "", "", "B"),
        ],
        [
            (
                "Tamworth goes to level 4 water restrictions as Chaffey Dam falls to 14.2pc",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council says the city could be relying on bore water by February 2027 if the drought doesn't break",
                "Tamworth Regional Council",
                "says",
                "",
            ),
        ],
        [
            ("Jess Harkaway-Doyle", "", "", "B"),
        ],
        [
            ("Updated February 11 2026 - 4:35pm, first published 11:02am", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | Email | Copy link", "", "", "B"),
        ],
        [
            ("Chaffey Dam's exposed banks near the northern boat ramp last week.", "", "", ""),
            ("The dam held 14.2 per cent of its capacity on Monday.", "", "", "W"),
        ],
        [
            ("Picture by Tom Galbraith-Nunn", "", "", "B"),
        ],
        [
            (
                "Tamworth residents will be banned from using sprinklers and hoses on gardens from Monday, February 16, when level 4 water restrictions take effect across the city and its surrounding villages.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tamworth Regional Council voted 7-2 on Tuesday night to bring the restrictions forward by a month after Chaffey Dam fell to 14.2 per cent of capacity.",
                "",
                "",
                "W",
            ),
            (
                "The city was last on level 4 in 2019, when the dam fell to 9.8 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Under level 4:", "", "", ""),
        ],
        [
            (
                "gardens can be watered only with a bucket or watering can, between 6am and 8am on Tuesdays and Saturdays;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "hoses cannot be used to wash cars, boats, caravans, windows, paths etc.;",
                "",
                "",
                "W",
            ),
        ],
        [
            ("pools and spas cannot be filled or topped up from the town supply; and", "", "", "W"),
        ],
        [
            ("businesses must cut their use by 25 per cent on their 2025 average.", "", "", "W"),
        ],
        [
            (
                "Fines start at $220 for a first breach and rise to $550 for a business.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Colleen Ruddock-Baird said the city was using about 28 megalitres a day, twice the level 4 target of 14ML.",
                "Colleen Ruddock-Baird",
                "said",
                "W",
            ),
            (
                "“Nobody wants to be the one telling people to let their roses die,” she said.",
                "Colleen Ruddock-Baird",
                "said",
                "",
            ),
        ],
        [
            ("“We've had dry years before…", "Colleen Ruddock-Baird", "said", ""),
            ("This one is different,” she said.", "Colleen Ruddock-Baird", "said", ""),
            (
                "She said the council's modelling showed the city could need bore water by February 2027 if inflows did not improve by autumn.",
                "Colleen Ruddock-Baird",
                "said",
                "",
            ),
        ],
        [
            (
                "The Bureau of Meteorology says Tamworth has had 212mm of rain in the past 12 months, its driest 12-month period since 1965.",
                "The Bureau of Meteorology",
                "says",
                "W",
            ),
            (
                "Inflows to Chaffey Dam since July were the lowest for that period since the dam was completed in 1979, WaterNSW said.",
                "WaterNSW",
                "said",
                "W",
            ),
            (
                "WaterNSW blamed evaporation as well as the lack of rain, saying the dam had lost about 1.1 gigalitres to evaporation in January alone.",
                "WaterNSW",
                "blamed",
                "W",
            ),
            (
                "The bureau's outlook for March to May shows a 35 per cent chance of above-median rainfall.",
                "The bureau's outlook for March to May",
                "shows",
                "",
            ),
        ],
        [
            (
                "At Mingara Flat, cattle farmer Graham Keighery-Watts has sold 340 of his 500 breeders since October.",
                "",
                "",
                "W",
            ),
            (
                "“You sell them at the bottom of the market and buy them back at the top.",
                "Graham Keighery-Watts",
                "said",
                "",
            ),
            ("That's drought,” he said.", "Graham Keighery-Watts", "said", ""),
            (
                "He said he was carting water from town twice a week for the 160 cows he had left.",
                "Graham Keighery-Watts",
                "said",
                "",
            ),
        ],
        [
            (
                "Nursery owner Priya Raghunathan-Lowe said customers had been “panic-buying mulch” since the council's vote.",
                "Priya Raghunathan-Lowe",
                "said",
                "",
            ),
        ],
        [
            (
                "The council is offering rebates of up to $500 on rainwater tanks, i.e. about a third of the cost of a 5000-litre tank.",
                "",
                "",
                "W",
            ),
            (
                "Work on a pipeline from Dungowan Dam, funded by the state and federal governments, is due to finish in mid-2027.",
                "",
                "",
                "",
            ),
        ],
        [
            ("What counts as essential use?", "", "", ""),
        ],
        [
            (
                "Residents with medical needs, e.g. home dialysis, can apply for an exemption through the council's website.",
                "",
                "",
                "W",
            ),
            (
                "The council said it would publish dam levels every Monday at 9am.",
                "The council",
                "said",
                "",
            ),
        ],
        [
            ("More from Tamworth", "", "", "B"),
        ],
        [
            ("Country music festival crowds down 8pc, organisers say", "", "", "B"),
        ],
        [
            ("Get the latest Tamworth news delivered to your inbox.", "", "", "B"),
        ],
        [
            (
                "The Peel Valley Leader is published by Paperbark Regional Media Pty Ltd.",
                "",
                "",
                "B",
            ),
            (
                "We acknowledge the Gamilaraay people, the traditional custodians of the land on which we work.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("GOLD COAST CHRONICLE", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Health | Regions | Sports | Showbiz | TV",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health News", "", "", "B"),
        ],
        [
            ("Maternal deaths at Tamale Teaching Hospital rise to 38 in 2025", "", "", "W"),
        ],
        [
            (
                "CEO blames late referrals from district hospitals, says NHIS owes GH¢41.6 million",
                "Fatimatu Zakaria Alhassan-Bawa",
                "blames",
                "W",
            ),
        ],
        [
            ("By Abdul-Rahman Issahaku Fuseini", "", "", "B"),
        ],
        [
            ("Friday, 20 March 2026 | 14:06", "", "", "B"),
        ],
        [
            ("Share: Facebook | WhatsApp | X | Telegram", "", "", "B"),
        ],
        [
            ("The main entrance of the Tamale Teaching Hospital.", "", "", ""),
        ],
        [
            ("Photo credit: Gold Coast Chronicle", "", "", "B"),
        ],
        [
            (
                "The Tamale Teaching Hospital recorded 38 maternal deaths in 2025, up from 31 in 2024, according to the hospital's annual report, presented at a stakeholders' forum in Tamale on Thursday.",
                "the hospital's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The hospital delivered 9,214 babies, giving an institutional maternal mortality ratio of 412 per 100,000 live births.",
                "",
                "",
                "W",
            ),
            ("Outpatient attendance rose 11.3% to 418,760.", "", "", "W"),
            (
                "Bed occupancy averaged 94.6%, i.e. well above the 85% the Ministry of Health recommends for teaching hospitals.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Chief Executive Officer, Dr. Fatimatu Zakaria Alhassan-Bawa, attributed most of the deaths to late referrals.",
                "Fatimatu Zakaria Alhassan-Bawa",
                "attributed",
                "W",
            ),
            (
                "She said 27 of the 38 women had been referred from district hospitals, and 19 of them arrived more than six hours after complications began.",
                "Fatimatu Zakaria Alhassan-Bawa",
                "said",
                "W",
            ),
        ],
        [
            ("“Some come on motorbikes.", "Fatimatu Zakaria Alhassan-Bawa", "said", ""),
            (
                "Some come after the family has sold a goat to pay for fuel.",
                "Fatimatu Zakaria Alhassan-Bawa",
                "said",
                "",
            ),
            (
                "By the time they reach us… we are fighting a losing battle,” she said.",
                "Fatimatu Zakaria Alhassan-Bawa",
                "said",
                "",
            ),
        ],
        [
            (
                "The report shows the National Health Insurance Authority owed the hospital GH¢41.6 million in unpaid claims at the end of December, some of them dating back to 2023.",
                "The report",
                "shows",
                "W",
            ),
            (
                "Dr. Alhassan-Bawa said the arrears had forced the hospital to buy medicines on credit, at prices up to 30% higher.",
                "Fatimatu Zakaria Alhassan-Bawa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The NHIA's Northern Regional Director, Mr. Yakubu Dawuni Sulemana, said the authority had paid the hospital GH¢18.2 million since January.",
                "Yakubu Dawuni Sulemana",
                "said",
                "W",
            ),
            (
                "He said the rest would be cleared “in the coming months.”",
                "Yakubu Dawuni Sulemana",
                "said",
                "",
            ),
        ],
        [
            (
                "The hospital has 61 specialists for a catchment population of more than 7 million people in the five northern regions, the report says.",
                "the report",
                "says",
                "W",
            ),
            (
                "It lost 143 nurses and midwives to jobs abroad in 2025, most of them to the U.K.",
                "",
                "",
                "W",
            ),
            ("That is more than in the previous three years combined.", "", "", "W"),
        ],
        [
            (
                "The hospital's new cardiothoracic unit performed its first open-heart operation in August, the first in the northern half of the country.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Board Chairman, Prof. Emmanuel K. Adongo-Yeboah, called 2025 “a year of resilience.”",
                "Emmanuel K. Adongo-Yeboah",
                "called",
                "",
            ),
            (
                "He said the government had promised GH¢12 million for a new maternity block in 2022 but had released none of it.",
                "Emmanuel K. Adongo-Yeboah",
                "said",
                "W",
            ),
        ],
        [
            (
                "Outside the maternity ward, Mariama Abukari, 31, from Savelugu, said she had waited nine hours for a bed after being referred from a health centre in her town.",
                "Mariama Abukari",
                "said",
                "",
            ),
            (
                "“The nurses are kind, but there are not enough of them.",
                "Mariama Abukari",
                "asked",
                "",
            ),
            ("Who will help us?” she asked.", "Mariama Abukari", "asked", ""),
        ],
        [
            ("What is the national picture?", "", "", ""),
        ],
        [
            (
                "Ghana recorded 862 institutional maternal deaths in 2024, according to the Ghana Health Service.",
                "the Ghana Health Service",
                "according to",
                "W",
            ),
            (
                "The Sustainable Development Goal target is a ratio below 70 per 100,000 live births by 2030.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The hospital's management is scheduled to appear before Parliament's Health Committee on April 8.",
                "",
                "",
                "W",
            ),
            (
                "Dr. Alhassan-Bawa said she would ask the committee for a dedicated ambulance for each referring district.",
                "Fatimatu Zakaria Alhassan-Bawa",
                "said",
                "",
            ),
        ],
        [
            ("Read also", "", "", "B"),
        ],
        [
            ("Bolgatanga hospital gets new dialysis centre", "", "", "B"),
        ],
        [
            ("Tags: Tamale Teaching Hospital | Maternal Health | NHIS", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Comments posted under this article do not reflect the views of Gold Coast Chronicle.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Gold Coast Chronicle.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MIDLANDS FLAME", "", "", "B"),
        ],
        [
            ("HOME  NEWS  BUSINESS  SPORT  LOCAL  OPINION  ENTERTAINMENT", "", "", "B"),
        ],
        [
            (
                "LATEST: ZiG firms against US dollar | Warriors name squad for Cosafa Cup",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Nine dead, four missing after shaft collapse at Kwekwe gold mine", "", "", "W"),
        ],
        [
            (
                "Rescuers say water in No. 3 shaft is slowing search; mine was ordered to fit steel supports in March",
                "Rescuers",
                "say",
                "W",
            ),
        ],
        [
            ("By Tendai Mukwasi-Chiweshe", "", "", "B"),
        ],
        [
            ("14 May 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp", "", "", "B"),
        ],
        [
            ("Relatives wait at the gate of Chikuvanga Reef Mine on Wednesday.", "", "", ""),
        ],
        [
            ("(Picture: Farai Ngwenya-Dube)", "", "", "B"),
        ],
        [
            (
                "KWEKWE — Nine miners died and four were still missing on Wednesday after part of the No. 3 shaft at Chikuvanga Reef Mine, about 30km west of Kwekwe, collapsed on Tuesday morning.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The collapse happened at about 6.40 a.m.", "", "", "W"),
            (
                "Twenty-three miners working on the same level were brought to the surface alive by 11 a.m., eight of them injured.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "National police spokesperson Asst. Comm. Tinashe Marufu-Chigumba confirmed the deaths in a statement.",
                "Tinashe Marufu-Chigumba",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "The Chief Mining Engineer for the Midlands Province, Eng. Rudo Mashingaidze-Hove, said 58 rescuers from three neighbouring mines and the Civil Protection Unit were working in shifts.",
                "Rudo Mashingaidze-Hove",
                "said",
                "W",
            ),
            (
                "She said water had flooded the lower part of the shaft after a pump failed, and the search could take “several more days.”",
                "Rudo Mashingaidze-Hove",
                "said",
                "W",
            ),
            ("“We are still hoping…", "Rudo Mashingaidze-Hove", "said", ""),
            (
                "Miners have been found alive after five days underground before,” she said.",
                "Rudo Mashingaidze-Hove",
                "said",
                "",
            ),
        ],
        [
            (
                "Ministry of Mines records show inspectors ordered the mine in March to install steel supports on the 120-metre level, i.e. the level that collapsed.",
                "Ministry of Mines records",
                "show",
                "W",
            ),
            (
                "The mine's general manager, Mr. Clifford Nyamadzawo-Sithole, said the supports had been “80 percent installed” by the time of the collapse.",
                "Clifford Nyamadzawo-Sithole",
                "said",
                "W",
            ),
            (
                "“We followed every instruction we were given.",
                "Clifford Nyamadzawo-Sithole",
                "told journalists at the mine gate",
                "",
            ),
            (
                "Nobody is hiding anything,” he told journalists at the mine gate.",
                "Clifford Nyamadzawo-Sithole",
                "told journalists at the mine gate",
                "",
            ),
        ],
        [
            ("Chikuvanga Reef Mine is owned by Marula Ridge Resources (Pvt) Ltd.", "", "", "W"),
            (
                "The company employs about 400 people and delivered 312kg of gold last year, according to Fidelity Gold Refinery figures.",
                "Fidelity Gold Refinery figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Deputy Minister of Mines and Mining Development Hon. Precious Mutasa-Gwenzi, who visited the site, said the Government would pay funeral expenses for the victims' families.",
                "Precious Mutasa-Gwenzi",
                "said",
                "",
            ),
            (
                "She said a board of inquiry would be appointed to establish the cause.",
                "Precious Mutasa-Gwenzi",
                "said",
                "",
            ),
        ],
        [
            (
                "It is the deadliest accident at a registered mine in the Midlands Province since at least 2016, according to the Dambudzo Mineworkers Welfare Trust.",
                "the Dambudzo Mineworkers Welfare Trust",
                "according to",
                "W",
            ),
            (
                "Its secretary-general, Lovemore Chakanyuka-Moyo, said the trust had warned the company about water in the shaft in a letter dated April 2.",
                "Lovemore Chakanyuka-Moyo",
                "said",
                "W",
            ),
            (
                "“How many more men must die before someone goes to jail?” he asked.",
                "Lovemore Chakanyuka-Moyo",
                "asked",
                "",
            ),
        ],
        [
            (
                "Among the dead is Tichaona Mhlanga, 34, a father of three from Dambudzo.",
                "",
                "",
                "W",
            ),
            (
                "His wife, Nyasha Mhlanga, said he had phoned her at 5.30 a.m. to say the water in the tunnel was “up to the knees.”",
                "Nyasha Mhlanga",
                "said",
                "",
            ),
            ("“He said, ‘Today I am afraid.’", "Nyasha Mhlanga", "said", ""),
            ("He never said that before,” she said.", "Nyasha Mhlanga", "said", ""),
        ],
        [
            (
                "By nightfall, generator lights lit the headgear and women sang hymns at the fence.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Under the Mines and Minerals Act, a mine must report any fatal accident to the Ministry within 24 hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Why do shafts collapse?", "", "", ""),
        ],
        [
            (
                "Dr. Blessing T. Zvobgo-Nkomo, a lecturer in mining engineering at the University of Zimbabwe, said most collapses at small and medium mines followed flooding, which weakens the rock.",
                "Blessing T. Zvobgo-Nkomo",
                "said",
                "",
            ),
            ("“Water is the enemy underground.", "Blessing T. Zvobgo-Nkomo", "said", ""),
            (
                "Pumps are the first thing a struggling mine stops maintaining,” he said.",
                "Blessing T. Zvobgo-Nkomo",
                "said",
                "",
            ),
        ],
        [
            (
                "A memorial service for the nine miners will be held at Dambudzo Growth Point on Saturday at 10 a.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Gweru council suspends town clerk over land sales", "", "", "B"),
        ],
        [
            ("© 2026 Midlands Flame Media (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("CAPITAL CHRONICLE", "", "", "B"),
        ],
        [
            (
                "Markets | Economy | Companies | Banking | Mutual Funds | Personal Finance | Opinion | ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "SENSEX 81,204.55 ▲312.40 | NIFTY 50 24,880.10 ▲96.25 | USD/INR 86.42 | GOLD ₹97,450",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Economy › Monetary Policy", "", "", "B"),
        ],
        [
            ("RBI cuts repo rate by 25 bps to 5%, lowest since August 2022", "", "", "W"),
        ],
        [
            (
                "Governor says inflation will stay below 4% through the year, leaves door open to another cut",
                "Arvind Keshav Deshpande",
                "says",
                "",
            ),
        ],
        [
            ("By Meenakshi Raghavan-Pillai", "", "", "B"),
        ],
        [
            ("Updated: 08 Apr 2026, 01:47 PM IST", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            (
                "MUMBAI: The Reserve Bank of India on Wednesday cut its benchmark repo rate by 25 basis points to 5%, its third reduction in four policy meetings.",
                "",
                "",
                "W",
            ),
            (
                "The six-member Monetary Policy Committee voted 4-2 for the cut, with two external members, Prof. Nandita S. Barua-Kulkarni and Dr. Harish Chand Vats, voting to hold.",
                "",
                "",
                "W",
            ),
            (
                "The standing deposit facility rate is now 4.75% and the marginal standing facility rate 5.25%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Governor Arvind Keshav Deshpande announced the decision in a webcast at 10 a.m.",
                "",
                "",
                "W",
            ),
            ("The Nifty 50 index closed 0.4% higher.", "", "", "W"),
        ],
        [
            (
                "Retail inflation was 2.1% in February, according to the National Statistics Office, the 13th month in a row below the RBI's 4% target.",
                "the National Statistics Office",
                "according to",
                "W",
            ),
            (
                "Deshpande said the central bank now expects consumer price inflation to average 3.6% in 2026-27, down from its February projection of 4%.",
                "Arvind Keshav Deshpande",
                "said",
                "",
            ),
            (
                "He projected GDP growth of 6.7% for the year.",
                "Arvind Keshav Deshpande",
                "projected",
                "",
            ),
        ],
        [
            (
                "He attributed the fall in inflation mainly to vegetable prices, which were 9.4% lower in February than a year earlier.",
                "Arvind Keshav Deshpande",
                "attributed",
                "W",
            ),
            ("“Food prices have behaved.", "Arvind Keshav Deshpande", "said", ""),
            (
                "Whether they continue to behave depends on the monsoon, and the monsoon does not attend our meetings,” he said.",
                "Arvind Keshav Deshpande",
                "said",
                "",
            ),
        ],
        [
            (
                "Deshpande said the U.S. Federal Reserve's decision last month to hold rates had given the RBI “room to move.”",
                "Arvind Keshav Deshpande",
                "said",
                "",
            ),
            ("The rupee closed at 86.42 to the dollar, little changed on the day.", "", "", "W"),
        ],
        [
            (
                "State Bank of India, the country's largest lender, said it would cut its external benchmark-linked lending rate by 25 bps from April 15.",
                "State Bank of India",
                "said",
                "W",
            ),
            (
                "(The bank had cut the same rate by 25 bps after the February decision.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Upasana Mehrotra-Gill, chief economist at Konkan Securities Ltd., said she expected one more cut in June.",
                "Upasana Mehrotra-Gill",
                "said",
                "",
            ),
            ("“The RBI has front-loaded.", "Upasana Mehrotra-Gill", "said", ""),
            ("Is there room for more?", "Upasana Mehrotra-Gill", "said", ""),
            ("Maybe 25 bps, not 50,” she said.", "Upasana Mehrotra-Gill", "said", ""),
        ],
        [
            (
                "The minutes of the meeting, including the reasons for the two dissenting votes, will be published on April 22.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What does it mean for borrowers?", "", "", ""),
        ],
        [
            (
                "Home loans linked to the repo rate should become cheaper within a quarter, bankers said.",
                "bankers",
                "said",
                "",
            ),
            (
                "A ₹50 lakh, 20-year loan at 8.1% carries an EMI of about ₹42,135; a 25 bps cut lowers it by approx. ₹780 a month.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Deposit rates usually follow with a lag of two to three months.", "", "", ""),
            (
                "Senior citizens' one-year deposit rates at the five largest banks are currently between 7% and 7.5%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The next MPC meeting is scheduled for June 3-5, with the decision due on June 5.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Capital Chronicle.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Download the Capital Chronicle app to get daily market updates.", "", "", "B"),
        ],
        [
            ("First Published: 08 Apr 2026, 10:12 AM IST", "", "", "B"),
        ],
        [
            ("Topics: RBI | Repo rate | Monetary policy | Inflation", "", "", "B"),
        ],
        [
            ("Copyright © Arthveda Media Pvt. Ltd. 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LIFFEY STANDARD", "", "", "B"),
        ],
        [
            (
                "News | Ireland | World | Business | Education | Sport | Opinion | Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Education", "", "", "B"),
        ],
        [
            (
                "Trinity slips to 104th in world rankings as Irish universities fall for third year in a row",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Provost blames €307m annual funding gap; Minister says extra money will take time to show",
                "Síle Delahunt-Mercer",
                "blames",
                "W",
            ),
        ],
        [
            ("Aoibheann Kilbride-Moran, Education Correspondent", "", "", "B"),
        ],
        [
            ("Thu Oct 8 2026 - 06:00", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | Email | LinkedIn", "", "", "B"),
        ],
        [
            ("The Campanile at Trinity College Dublin.", "", "", ""),
            ("Trinity remains Ireland's highest-ranked university.", "", "", "W"),
        ],
        [
            ("Photograph: Conor Ó Maoileoin-Hayes", "", "", "B"),
        ],
        [
            (
                "Trinity College Dublin has fallen six places to 104th in the Meridian Global University Rankings, leaving Ireland without a university in the top 100 for the first time since the table began in 2011.",
                "",
                "",
                "W",
            ),
            ("It remains the country's No. 1 for the 15th year in a row.", "", "", "W"),
        ],
        [
            (
                "University College Dublin is 141st (down from 132nd), the University of Galway 268th and University College Cork 281st.",
                "",
                "",
                "W",
            ),
            (
                "Of the eight Irish universities in the table, six fell, one rose and one held its place.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The rankings, compiled by the London-based Meridian Higher Education Analytics Ltd., weight research citations at 30%, reputation surveys at 30%, staff-student ratios at 20% and international outlook at 20%.",
                "",
                "",
                "W",
            ),
            ("This year's table covers 1,650 institutions in 104 countries.", "", "", "W"),
            (
                "The staff-to-student ratio at Irish universities worsened to 1:23, vs. an EU average of 1:15, according to the compilers.",
                "the compilers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Trinity's Provost, Prof. Síle Delahunt-Mercer, said the fall was “disappointing but not surprising.”",
                "Síle Delahunt-Mercer",
                "said",
                "",
            ),
            (
                "She blamed a funding gap that the universities put at €307 million a year.",
                "Síle Delahunt-Mercer",
                "blamed",
                "W",
            ),
            (
                "“We are competing with universities in the Netherlands and Denmark that get twice our funding per student.",
                "Síle Delahunt-Mercer",
                "said",
                "W",
            ),
            ("What did anyone expect?” she said.", "Síle Delahunt-Mercer", "said", ""),
        ],
        [
            (
                "The Irish Universities Association said core State funding per student was 28% lower in real terms than in 2008.",
                "The Irish Universities Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minister for Further and Higher Education Pádraig Ó Dúill-Carney said the Government had added €180 million to core funding since 2023.",
                "Pádraig Ó Dúill-Carney",
                "said",
                "W",
            ),
            (
                "He said rankings were “one measure among many” and the extra money would take time to show up in league tables.",
                "Pádraig Ó Dúill-Carney",
                "said",
                "",
            ),
        ],
        [
            (
                "The Union of Students in Ireland said rents for student rooms near Dublin campuses had risen 11% in a year.",
                "The Union of Students in Ireland",
                "said",
                "W",
            ),
        ],
        [
            (
                "Trinity PhD student Rohan Fitzmaurice-Iyer, 27, said his lab shared one spectrometer among 40 researchers.",
                "Rohan Fitzmaurice-Iyer",
                "said",
                "",
            ),
            ("“I love this place.", "Rohan Fitzmaurice-Iyer", "said", ""),
            (
                "But you can feel the squeeze… everyone is stretched,” he said.",
                "Rohan Fitzmaurice-Iyer",
                "said",
                "",
            ),
        ],
        [
            (
                "The University of Oxford tops the table for the ninth year in a row, followed by the Massachusetts Institute of Technology and Stanford University in the U.S.",
                "",
                "",
                "W",
            ),
            (
                "The highest-ranked university in the EU is the Technical University of Munich, in 21st place.",
                "",
                "",
                "W",
            ),
            (
                "Universities in mainland China took 41 places in the top 500, up from 29 five years ago.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Lorcan Brophy-Nakamura, who researches higher education policy at Dublin City University, said league tables reward size and “reputation surveys that are essentially popularity contests.”",
                "Lorcan Brophy-Nakamura",
                "said",
                "",
            ),
            (
                "He noted that two of the Irish universities that fell had improved their citation scores.",
                "Lorcan Brophy-Nakamura",
                "noted",
                "W",
            ),
        ],
        [
            ("Do rankings matter to students?", "", "", ""),
        ],
        [
            (
                "A 2025 survey by the Higher Education Authority found that 38% of international students cited rankings as a main reason for choosing Ireland.",
                "A 2025 survey by the Higher Education Authority",
                "found",
                "W",
            ),
            (
                "The Meridian subject rankings, which rate individual disciplines, will be published on March 11.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Leaving Cert points: CAO round one offers out on Thursday", "", "", "B"),
        ],
        [
            ("© 2026 Liffey Standard Media DAC.", "", "", "B"),
            ("Registered in Ireland No. 601287.", "", "", "B"),
        ],
    ],
    [
        [
            ("MILE HIGH NOW", "", "", "B"),
        ],
        [
            (
                "News | Weather | Traffic | Sports | Investigations | Contact Us | Watch Live",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "WEATHER ALERT: Winter Storm Warning in effect until 5 a.m. Saturday for the Denver metro area",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Local", "", "", "B"),
        ],
        [
            ("More than 1,400 flights canceled at DIA as blizzard shuts two runways", "", "", "W"),
        ],
        [
            (
                "Airlines say they hope to restore most service by Saturday afternoon; travelers sleep on terminal floors",
                "Airlines",
                "say",
                "",
            ),
        ],
        [
            ("By Kaylee Strandquist-Ortega", "", "", "B"),
        ],
        [
            ("Published: Jan. 16, 2026 at 7:48 PM MST", "", "", "B"),
        ],
        [
            ("Updated: Jan. 16, 2026 at 10:05 PM MST", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Email", "", "", "B"),
        ],
        [
            ("Video: Travelers stranded overnight at Denver International Airport", "", "", ""),
        ],
        [
            ("(2:14)", "", "", "B"),
        ],
        [
            (
                "DENVER (Mile High Now) — More than 1,400 flights were canceled at Denver International Airport on Friday as a blizzard dropped 14 inches of snow on the airfield and closed two of its six runways, according to the flight-tracking site FlightGrid.",
                "FlightGrid",
                "according to",
                "W",
            ),
            (
                "That is about 60% of the day's scheduled departures and arrivals, and the most cancellations at DIA in a single day since a March 2021 storm.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The first runway closed at 4:50 a.m.", "", "", "W"),
            (
                "A second closed just before 9 a.m., when visibility fell below a quarter of a mile.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Airport spokesperson Marisol T. Quintanar-Vick said crews had 240 pieces of snow equipment on the airfield.",
                "Marisol T. Quintanar-Vick",
                "said",
                "W",
            ),
            (
                "“We're plowing as fast as it's falling… and right now it's falling fast,” she said.",
                "Marisol T. Quintanar-Vick",
                "said",
                "",
            ),
        ],
        [
            (
                "Pinecrest Airlines, the airport's largest carrier, canceled 612 flights, about two-thirds of its Denver schedule.",
                "",
                "",
                "W",
            ),
            (
                "The company said in a statement that it expected to operate “a near-normal schedule” by Saturday afternoon.",
                "The company",
                "said in a statement",
                "",
            ),
        ],
        [
            ("Redline Air canceled all Denver departures until 6 p.m.", "", "", "W"),
            (
                "It is offering free rebooking through Jan. 21 for customers booked through Denver.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("De-icing at the airport is run by a contractor, Tarmac Services Inc.", "", "", "W"),
            (
                "It said 40 of its 52 de-icing trucks were in service Friday morning.",
                "Tarmac Services Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Federal Aviation Administration issued a ground stop for Denver-bound flights from 10:15 a.m. to 1:30 p.m., the agency said.",
                "The Federal Aviation Administration",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the Great Hall, hundreds of travelers spent Thursday night on the floor, using coats as pillows.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Oksana Drevitch-Lamb, 52, of Ft. Collins, said she had been trying to get home to Albany, N.Y., since Thursday morning.",
                "Oksana Drevitch-Lamb",
                "said",
                "",
            ),
            ("“Three rebookings, three cancellations.", "Oksana Drevitch-Lamb", "asked", ""),
            (
                "Is anybody actually in charge here?” she asked.",
                "Oksana Drevitch-Lamb",
                "asked",
                "",
            ),
        ],
        [
            (
                "Among those stranded was a high school wrestling team from Grand Junction coached by Terrell Ashby Jr.",
                "",
                "",
                "",
            ),
            (
                "He said the school had spent $4,800 on flights to a tournament in Omaha, Neb.",
                "Terrell Ashby Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "The Colorado Department of Transportation closed Peña Blvd., the only road into the airport, in both directions for two hours Friday morning.",
                "",
                "",
                "W",
            ),
            (
                "CDOT said 37 crashes were reported on metro Denver highways between 5 a.m. and noon.",
                "The Colorado Department of Transportation",
                "said",
                "W",
            ),
            (
                "Interstate 70 was closed between Golden and Silverthorne for most of the day, and Colorado 74 near Mt. Morrison was shut after a jackknifed truck blocked both lanes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The National Weather Service said 14.2 inches fell at the airport by 3 p.m. Friday, a record for Jan. 16.",
                "The National Weather Service",
                "said",
                "W",
            ),
            (
                "Forecasters expect another 3 to 6 inches before the storm moves out early Saturday.",
                "Forecasters",
                "expect",
                "",
            ),
        ],
        [
            (
                "State Rep. Dana Whitcomb-Arias, D-Denver, said she would introduce a bill requiring airlines to publish monthly cancellation figures for Colorado airports.",
                "Dana Whitcomb-Arias",
                "said",
                "",
            ),
        ],
        [
            (
                "Under U.S. Department of Transportation rules, airlines must give a full refund when they cancel a flight and the passenger chooses not to travel.",
                "",
                "",
                "W",
            ),
            (
                "They are not required to pay for hotels when a cancellation is caused by weather.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What should travelers do?", "", "", ""),
        ],
        [
            (
                "Check your flight's status before heading to the airport, and try rebooking in the airline's app rather than waiting in line at the counter.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Related: Snow totals from around the metro", "", "", "B"),
        ],
        [
            ("Copyright 2026 Mile High Now.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Download the Mile High Now app for breaking news alerts", "", "", "B"),
        ],
    ],
    [
        [
            ("PACIFIC REEF POST", "", "", "B"),
        ],
        [
            (
                "Home | News | Nation | Business | Sports | Pacific | Opinion | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Court voids resort lease over Nadi landowners' ground", "", "", "W"),
        ],
        [
            (
                "Landowners say they will now seek $2.4m in back rent; developer to appeal",
                "Landowners",
                "say",
                "",
            ),
        ],
        [
            ("By Litia Rokovunisei-Waqa", "", "", "B"),
        ],
        [
            ("April 24, 2026 5:30 am", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Members of Mataqali Vunivesi outside the Lautoka High Court after the ruling on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Sailosi Vakacegu-Lal", "", "", "B"),
        ],
        [
            (
                "The High Court in Lautoka has declared void a 99-year lease of 38.5 hectares of iTaukei land at Vunisalusalu, Nadi, granted to a resort developer in 2017.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Justice Anjali Prasad-Kinivuwai ruled on Thursday that the iTaukei Land Trust Board had issued the lease without the consent of a majority of the adult members of Mataqali Vunivesi, as the law requires.",
                "Anjali Prasad-Kinivuwai",
                "ruled",
                "W",
            ),
            (
                "The case, Vunivesi v. Coral Sands Resorts (Fiji) Ltd., No. HBC 114 of 2023, was filed in June 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Of the mataqali's 212 adult members at the time, 61 had signed, the judge found.",
                "Anjali Prasad-Kinivuwai",
                "found",
                "W",
            ),
            (
                "“A lease granted on the signatures of fewer than three in ten landowners is not a lease granted with their consent.",
                "Anjali Prasad-Kinivuwai",
                "said in her judgment",
                "W",
            ),
            (
                "It cannot stand,” she said in her judgment.",
                "Anjali Prasad-Kinivuwai",
                "said in her judgment",
                "W",
            ),
        ],
        [
            (
                "She ordered the board to cancel the lease within 28 days and awarded the mataqali costs of $18,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Coral Sands Resorts (Fiji) Ltd. said it would appeal.",
                "Coral Sands Resorts (Fiji) Ltd.",
                "said",
                "",
            ),
            (
                "Its managing director, Mr. Kenneth Lo-Ashworth, said the company had spent $6.7 million on roads, a seawall and foundations since 2018.",
                "Kenneth Lo-Ashworth",
                "said",
                "W",
            ),
            ("“We did everything the board asked of us.", "Kenneth Lo-Ashworth", "said", ""),
            (
                "Why should an investor pay for the board's paperwork?” he said.",
                "Kenneth Lo-Ashworth",
                "said",
                "",
            ),
        ],
        [
            (
                "Mataqali spokesman Ratu Josaia Naivalurua-Tora said the landowners would now ask the court for $2.4 million in back rent and damages.",
                "Josaia Naivalurua-Tora",
                "said",
                "",
            ),
            (
                "He said the mataqali had received $41,000 a year in rent since 2018, i.e. roughly $1,065 a hectare.",
                "Josaia Naivalurua-Tora",
                "said",
                "W",
            ),
            ("“Our grandfathers planted this land.", "Josaia Naivalurua-Tora", "said", ""),
            (
                "We are not against development… we are against being ignored,” he said.",
                "Josaia Naivalurua-Tora",
                "said",
                "",
            ),
        ],
        [
            (
                "The iTaukei Land Trust Board said in a statement that it was studying the judgment and would “seek advice on the way forward.”",
                "The iTaukei Land Trust Board",
                "said in a statement",
                "",
            ),
            (
                "The board administers about 87% of all land in Fiji on behalf of landowning units, according to its 2024 annual report.",
                "its 2024 annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Under the iTaukei Land Trust Act, the board may lease native land only with the consent of a majority of its owners.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lawyer for the mataqali, Ms. Vilimaina Cakau-Sharma, said it was the first time a Fijian court had voided a resort lease on consent grounds.",
                "Vilimaina Cakau-Sharma",
                "said",
                "W",
            ),
            (
                "Counsel for the developer, Mr. Dinesh Ramakrishnan-Fong of Whitley Rao & Co., had argued that the mataqali waited too long to bring its claim.",
                "Dinesh Ramakrishnan-Fong",
                "had argued",
                "",
            ),
        ],
        [
            ("What happens to the half-built resort?", "", "", ""),
        ],
        [
            (
                "Nine concrete foundations and a 300-metre seawall stand on the site, which has been fenced off since construction stopped in March 2020.",
                "",
                "",
                "W",
            ),
            (
                "The judgment does not decide who owns the improvements; that question was left for a separate hearing, the court said.",
                "the court",
                "said",
                "W",
            ),
            ("The developer has 42 days to lodge an appeal with the Court of Appeal.", "", "", "W"),
        ],
        [
            (
                "Outside court, women from the mataqali sang and handed out boiled cassava and tea.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Feedback: litia.rokovunisei@pacificreefpost.com.fj", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Sigatoka landowners reject new cane lease terms", "", "", "B"),
        ],
        [
            ("Nadi Town Council approves 2026 budget", "", "", "B"),
        ],
        [
            ("© 2026 Pacific Reef Post.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE HIGHLAND COURANT", "", "", "B"),
        ],
        [
            ("News | Sport | Business | Politics | Lifestyle | Opinion | Notices", "", "", "B"),
        ],
        [
            ("Sport › Football › Lochaber Athletic", "", "", "B"),
        ],
        [
            (
                "Lochaber Athletic's season in numbers: the best finish in the club's history, and the one that got away",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Third place, 19 goals for Gillanders-Muir and a record crowd, then play-off heartbreak on penalties",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Calum Strachan-Mackie", "", "", "B"),
        ],
        [
            ("Sunday May 17 2026, 6.00am", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Ruaridh Gillanders-Muir celebrates his 19th league goal of the season, against Monkland Celtic in April.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Pic: Ewan MacRitchie-Bain", "", "", "B"),
        ],
        [
            ("Nobody at Inverlochy Park saw this coming in August.", "", "", ""),
            (
                "Most pundits tipped Lochaber Athletic to finish in the bottom half of League One.",
                "",
                "",
                "",
            ),
            (
                "Instead they finished third with 61 points, the club's highest league finish since it joined the SPFL in 2019.",
                "",
                "",
                "W",
            ),
            ("They won 18, drew 7 and lost 11 of their 36 league games.", "", "", "W"),
        ],
        [
            (
                "Their home record was the best in the division: they were unbeaten in their last 14 league games at Inverlochy Park.",
                "",
                "",
                "W",
            ),
            (
                "The season ended in the play-off semi-final, when they lost 4-3 on penalties to Solway Rovers after a 2-2 aggregate draw.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Manager Iain Gillespie-Rennie, 38, said he had “never been prouder of a group of players.”",
                "Iain Gillespie-Rennie",
                "said",
                "",
            ),
            ("“Were we good enough to go up?", "Iain Gillespie-Rennie", "said", ""),
            ("On the day, no.", "Iain Gillespie-Rennie", "said", ""),
            ("Over the season… yes,” he said.", "Iain Gillespie-Rennie", "said", ""),
        ],
        [
            (
                "Gillanders-Muir scored 19 league goals, the most by a Lochaber player in a single season.",
                "",
                "",
                "W",
            ),
            ("(The previous record, 15, was set by Donnie Rankine-Munro in 2021-22.)", "", "", "W"),
            ("The striker signed a new two-year contract on Friday.", "", "", "W"),
        ],
        [
            (
                "The average home crowd was 1,114, up 18% on last season, and 2,406 watched the 3-1 win over Strathallan United on January 2, a ground record.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Goalkeeper Fraser Ng-Cuthbert kept 13 clean sheets; left-back Ally Bruce-Mowat played every minute of every league game; and 17-year-old Kyle Lennox-Baird made 22 appearances.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A run of five straight defeats in November included a 5-0 loss at Kinross Wanderers, the club's heaviest league defeat since 2020.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chairwoman Morag Urquhart-Dallas said the club had made a profit of £46,000, its first in five years, helped by the play-off gate receipts.",
                "Morag Urquhart-Dallas",
                "said",
                "W",
            ),
            (
                "She said the playing budget would rise “modestly” next season but would not give a figure.",
                "Morag Urquhart-Dallas",
                "said",
                "",
            ),
            ("“We're a community club.", "Morag Urquhart-Dallas", "said", ""),
            (
                "We'll not bet the house on promotion!” she said.",
                "Morag Urquhart-Dallas",
                "said",
                "",
            ),
        ],
        [
            (
                "Supporters' trust chair Eilidh Corrigan-Shaw said the trust's membership had doubled to 640 since August.",
                "Eilidh Corrigan-Shaw",
                "said",
                "W",
            ),
            (
                "“People in Fort William are talking about football again.",
                "Eilidh Corrigan-Shaw",
                "said",
                "",
            ),
            ("That's the real trophy,” she said.", "Eilidh Corrigan-Shaw", "said", ""),
        ],
        [
            ("Player ratings", "", "", "B"),
        ],
        [
            ("Fraser Ng-Cuthbert: 8.", "", "", ""),
            (
                "Commanding all season, and his double save in the first leg against Solway was the moment of the year.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Can they do it again?", "", "", ""),
        ],
        [
            ("The SPFL will publish next season's fixtures on June 19.", "", "", "W"),
            (
                "Pre-season training starts on June 22, and the first friendly is at home to a Highland League select XI on July 4 at 3pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("League One: final table (top four)", "", "", "B"),
        ],
        [
            ("Pos | Team | P | W | D | L | GD | Pts", "", "", "B"),
        ],
        [
            ("1 | Strathallan United | 36 | 23 | 6 | 7 | +31 | 75", "", "", ""),
        ],
        [
            ("2 | Solway Rovers | 36 | 20 | 7 | 9 | +22 | 67", "", "", ""),
        ],
        [
            ("3 | Lochaber Athletic | 36 | 18 | 7 | 11 | +14 | 61", "", "", ""),
        ],
        [
            ("4 | Kinross Wanderers | 36 | 17 | 8 | 11 | +12 | 59", "", "", ""),
        ],
        [
            ("More from Sport", "", "", "B"),
        ],
        [
            ("Shinty: Camanachd Cup first-round draw made", "", "", "B"),
        ],
        [
            ("© The Highland Courant Ltd 2026.", "", "", "B"),
            ("Registered in Scotland No. SC214776.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE INDUS COURIER", "", "", "B"),
        ],
        [
            (
                "Home | Pakistan | Business | World | Sport | Karachi | Lahore | Islamabad | Opinion | Prism",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Gold Rs348,900/tola | KSE-100 118,402 | USD/PKR 281.35", "", "", "B"),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            (
                "Tomatoes, onions push weekly inflation up 0.62pc; SPI at 4.8pc year-on-year",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Karachi retailers charging up to 78pc above official rates, survey finds",
                "a survey by the Karachi Consumer Watch",
                "finds",
                "W",
            ),
        ],
        [
            ("Shahzeb Qureshi-Memon", "", "", "B"),
        ],
        [
            ("Published March 7, 2026", "", "", "B"),
        ],
        [
            ("Facebook | X | WhatsApp | Comments (12)", "", "", "B"),
        ],
        [
            ("A vendor weighs tomatoes at Empress Market in Karachi on Friday.", "", "", ""),
        ],
        [
            ("— Photo by Aamir Kazmi-Rizvi", "", "", "B"),
        ],
        [
            (
                "ISLAMABAD: Prices of essential items rose 0.62 per cent in the week ended March 5, driven by tomatoes, onions and chicken, the Pakistan Bureau of Statistics (PBS) said on Friday.",
                "the Pakistan Bureau of Statistics",
                "said",
                "W",
            ),
            ("It was the third weekly increase in a row.", "", "", "W"),
        ],
        [
            (
                "Year-on-year, the Sensitive Price Indicator (SPI) rose 4.8pc, the highest since the week ended Jan. 16, 2025.",
                "",
                "",
                "W",
            ),
            (
                "Of the 51 items in the index, 22 became more expensive, nine cheaper and 20 were unchanged.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tomatoes rose 31.4pc in a week; onions 12.6pc; chicken 7.9pc; and LPG 2.1pc.",
                "",
                "",
                "W",
            ),
            ("Prices fell for eggs (3.2pc), bananas (2.8pc), potatoes, pulses etc.", "", "", "W"),
            ("The biggest year-on-year rise was in sugar, up 38.5pc.", "", "", "W"),
        ],
        [
            (
                "A PBS official, who asked not to be named, said the rise in tomato prices was due to frost damage to the crop in Sindh and a halt in supplies from Afghanistan.",
                "A PBS official",
                "said",
                "W",
            ),
            (
                "The increase came in the third week of Ramazan, when demand for fruit, gram flour and cooking oil usually peaks.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "In Karachi, retailers were charging up to 78pc above the official price list, a survey by the Karachi Consumer Watch found.",
                "a survey by the Karachi Consumer Watch",
                "found",
                "W",
            ),
            (
                "The group's volunteers checked the prices of 18 items at 14 markets, e.g. Empress Market, Liaquatabad and Korangi No. 5, between 9 a.m. and 1 p.m. on Wednesday.",
                "",
                "",
                "W",
            ),
            (
                "Tomatoes were selling for Rs320 a kg against an official rate of Rs180, and onions for Rs240 against Rs160.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Karachi commissioner's office said price magistrates had fined 212 shopkeepers a total of Rs1.86 million since the start of Ramazan.",
                "The Karachi commissioner's office",
                "said",
                "W",
            ),
            (
                "“We cannot put a magistrate in every shop.",
                "a spokesman for the office",
                "said",
                "",
            ),
            (
                "Citizens must complain on our helpline!” a spokesman for the office said.",
                "a spokesman for the office",
                "said",
                "",
            ),
        ],
        [
            (
                "Under Sindh's price control law, shopkeepers must display the official price list, and overcharging can be punished with fines or imprisonment.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gul Muhammad Baloch-Jatoi, who sells vegetables at Liaquatabad, said the wholesale price of tomatoes at the Sabzi Mandi had doubled in ten days.",
                "Gul Muhammad Baloch-Jatoi",
                "said",
                "W",
            ),
            (
                "“The magistrate fines me, but who fines the commission agent?” he asked.",
                "Gul Muhammad Baloch-Jatoi",
                "asked",
                "",
            ),
        ],
        [
            (
                "Shabana Parveen-Qadri, a mother of four in Orangi Town, said she had stopped buying fruit for iftar.",
                "Shabana Parveen-Qadri",
                "said",
                "",
            ),
            ("“Last year it was dates and bananas.", "Shabana Parveen-Qadri", "said", ""),
            ("This year… only dates,” she said.", "Shabana Parveen-Qadri", "said", ""),
        ],
        [
            (
                "Dr. Naveed Akhtar Sheikh-Hashmi, who teaches economics at a Karachi business school, said food inflation could rise further before the wheat harvest.",
                "Naveed Akhtar Sheikh-Hashmi",
                "said",
                "",
            ),
            (
                "He noted that the SPI had risen in 11 of the past 14 weeks.",
                "Naveed Akhtar Sheikh-Hashmi",
                "noted",
                "W",
            ),
        ],
        [
            (
                "The State Bank of Pakistan kept its policy rate at 10.5pc at its last meeting, on Jan. 26.",
                "",
                "",
                "W",
            ),
            ("The next monetary policy meeting is on March 16.", "", "", "W"),
        ],
        [
            ("SPI: selected items, week ended March 5", "", "", "B"),
        ],
        [
            ("Item | Unit | Avg price (Rs) | Weekly change", "", "", "B"),
        ],
        [
            ("Tomatoes | kg | 214.60 | +31.4%", "", "", ""),
        ],
        [
            ("Onions | kg | 187.35 | +12.6%", "", "", ""),
        ],
        [
            ("Chicken (farm) | kg | 612.80 | +7.9%", "", "", ""),
        ],
        [
            ("Source: Pakistan Bureau of Statistics", "", "", "B"),
        ],
        [
            ("Will prices fall after Eid?", "", "", ""),
        ],
        [
            (
                "Traders at the Sabzi Mandi said tomato prices should ease once the Balochistan crop arrives in April.",
                "Traders at the Sabzi Mandi",
                "said",
                "",
            ),
        ],
        [
            ("Published in The Indus Courier, March 7th, 2026", "", "", "B"),
        ],
        [
            (
                "Comments are moderated and generally will be approved if they are on-topic and not abusive.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026, The Indus Courier", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n156-ke-pm-ends-sentence",
        "Barasa-Ogutu rose to read the statement at 3 p.m. Opposition MPs walked out 20 minutes later, after the Speaker ruled that a point of order on the Eurobond could not be raised during the speech.",
        [
            "Barasa-Ogutu rose to read the statement at 3 p.m.",
            "Opposition MPs walked out 20 minutes later, after the Speaker ruled that a point of order on the Eurobond could not be raised during the speech.",
        ],
    ),
    (
        "n156-ke-question-no-but",
        "“Is this budget painless? No. But it is honest, and it is paid for,” he said.",
        [
            "“Is this budget painless?",
            "No.",
            "But it is honest, and it is paid for,” he said.",
        ],
    ),
    (
        "n156-ke-hon-then-question-attribution",
        "Minority Leader Hon. Joyce Chepkoech Lagat-Murei called the budget “a wish list typed in Washington.” “Where will Sh3.1 trillion come from when businesses are closing every week?” she asked.",
        [
            "Minority Leader Hon. Joyce Chepkoech Lagat-Murei called the budget “a wish list typed in Washington.”",
            "“Where will Sh3.1 trillion come from when businesses are closing every week?” she asked.",
        ],
    ),
    (
        "n156-ke-ltd-ends-sentence",
        "The country's largest licensed betting operator by turnover is Shangwe Gaming Ltd. It said in a statement that stakes placed with it had fallen 31% since the excise was last raised, in 2023.",
        [
            "The country's largest licensed betting operator by turnover is Shangwe Gaming Ltd.",
            "It said in a statement that stakes placed with it had fallen 31% since the excise was last raised, in 2023.",
        ],
    ),
    (
        "n156-ke-initial-and-ltd-mid",
        "Dr. Peter K. Mwangi-Oloo, chief economist at Kilifi Capital Ltd., said the revenue target was “heroic.” He expects collections to fall short by at least Sh150 billion.",
        [
            "Dr. Peter K. Mwangi-Oloo, chief economist at Kilifi Capital Ltd., said the revenue target was “heroic.”",
            "He expects collections to fall short by at least Sh150 billion.",
        ],
    ),
    (
        "n156-ca-st-ends-sentence",
        "The city's busiest location for robberies in 2025 was the transit hub at Portage Ave. and Main St. Officers recorded 96 robberies within 200 metres of it.",
        [
            "The city's busiest location for robberies in 2025 was the transit hub at Portage Ave. and Main St.",
            "Officers recorded 96 robberies within 200 metres of it.",
        ],
    ),
    (
        "n156-ca-ave-ends-sentence",
        "Property crime fell 6.3%, with vehicle thefts down to 2,404 from 3,118. Commercial break-ins were concentrated on two streets, Main St. and Selkirk Ave. Together they accounted for one in five break-ins at businesses reported in the city.",
        [
            "Property crime fell 6.3%, with vehicle thefts down to 2,404 from 3,118.",
            "Commercial break-ins were concentrated on two streets, Main St. and Selkirk Ave.",
            "Together they accounted for one in five break-ins at businesses reported in the city.",
        ],
    ),
    (
        "n156-ph-gov-sec-jr-mid",
        "MANILA, Philippines — Sen. Rafael Villaroman-Castro leads the field for the 2028 presidential election with 31%, according to the latest Pulso Bayan Research survey. Davao del Norte Gov. Luisa Marasigan-Tan is second with 22%, and former Interior Sec. Benjamin Dizon Ocampo Jr. is third with 14%.",
        [
            "MANILA, Philippines — Sen. Rafael Villaroman-Castro leads the field for the 2028 presidential election with 31%, according to the latest Pulso Bayan Research survey.",
            "Davao del Norte Gov. Luisa Marasigan-Tan is second with 22%, and former Interior Sec. Benjamin Dizon Ocampo Jr. is third with 14%.",
        ],
    ),
    (
        "n156-ph-question-then-new-sentence",
        "“Two years is a lifetime in Philippine politics. Who was leading in March 2020? Nobody remembers,” she said.",
        [
            "“Two years is a lifetime in Philippine politics.",
            "Who was leading in March 2020?",
            "Nobody remembers,” she said.",
        ],
    ),
    (
        "n156-ph-exclamation-attribution",
        "Marasigan-Tan told reporters in Tagum City she had “not decided anything” about 2028. “Surveys don't vote. People vote!” she said, laughing.",
        [
            "Marasigan-Tan told reporters in Tagum City she had “not decided anything” about 2028.",
            "“Surveys don't vote.",
            "People vote!” she said, laughing.",
        ],
    ),
    (
        "n156-ph-co-ends-sentence",
        "Copyright © 2026 Daybreak Publishing Co. All rights reserved.",
        [
            "Copyright © 2026 Daybreak Publishing Co.",
            "All rights reserved.",
        ],
    ),
    (
        "n156-au-ellipsis-capital",
        "“We've had dry years before… This one is different,” she said. She said the council's modelling showed the city could need bore water by February 2027 if inflows did not improve by autumn.",
        [
            "“We've had dry years before…",
            "This one is different,” she said.",
            "She said the council's modelling showed the city could need bore water by February 2027 if inflows did not improve by autumn.",
        ],
    ),
    (
        "n156-au-pty-ltd-ends-sentence",
        "The Peel Valley Leader is published by Paperbark Regional Media Pty Ltd. We acknowledge the Gamilaraay people, the traditional custodians of the land on which we work.",
        [
            "The Peel Valley Leader is published by Paperbark Regional Media Pty Ltd.",
            "We acknowledge the Gamilaraay people, the traditional custodians of the land on which we work.",
        ],
    ),
    (
        "n156-gh-uk-ends-sentence",
        "The hospital has 61 specialists for a catchment population of more than 7 million people in the five northern regions, the report says. It lost 143 nurses and midwives to jobs abroad in 2025, most of them to the U.K. That is more than in the previous three years combined.",
        [
            "The hospital has 61 specialists for a catchment population of more than 7 million people in the five northern regions, the report says.",
            "It lost 143 nurses and midwives to jobs abroad in 2025, most of them to the U.K.",
            "That is more than in the previous three years combined.",
        ],
    ),
    (
        "n156-zw-nested-quote",
        "His wife, Nyasha Mhlanga, said he had phoned her at 5.30 a.m. to say the water in the tunnel was “up to the knees.” “He said, ‘Today I am afraid.’ He never said that before,” she said.",
        [
            "His wife, Nyasha Mhlanga, said he had phoned her at 5.30 a.m. to say the water in the tunnel was “up to the knees.”",
            "“He said, ‘Today I am afraid.’",
            "He never said that before,” she said.",
        ],
    ),
    (
        "n156-zw-pvt-ltd-ends-sentence",
        "Chikuvanga Reef Mine is owned by Marula Ridge Resources (Pvt) Ltd. The company employs about 400 people and delivered 312kg of gold last year, according to Fidelity Gold Refinery figures.",
        [
            "Chikuvanga Reef Mine is owned by Marula Ridge Resources (Pvt) Ltd.",
            "The company employs about 400 people and delivered 312kg of gold last year, according to Fidelity Gold Refinery figures.",
        ],
    ),
    (
        "n156-in-am-ends-sentence",
        "Governor Arvind Keshav Deshpande announced the decision in a webcast at 10 a.m. The Nifty 50 index closed 0.4% higher.",
        [
            "Governor Arvind Keshav Deshpande announced the decision in a webcast at 10 a.m.",
            "The Nifty 50 index closed 0.4% higher.",
        ],
    ),
    (
        "n156-in-statement-question-answer",
        "“The RBI has front-loaded. Is there room for more? Maybe 25 bps, not 50,” she said.",
        [
            "“The RBI has front-loaded.",
            "Is there room for more?",
            "Maybe 25 bps, not 50,” she said.",
        ],
    ),
    (
        "n156-ie-no-1-mid",
        "Trinity College Dublin has fallen six places to 104th in the Meridian Global University Rankings, leaving Ireland without a university in the top 100 for the first time since the table began in 2011. It remains the country's No. 1 for the 15th year in a row.",
        [
            "Trinity College Dublin has fallen six places to 104th in the Meridian Global University Rankings, leaving Ireland without a university in the top 100 for the first time since the table began in 2011.",
            "It remains the country's No. 1 for the 15th year in a row.",
        ],
    ),
    (
        "n156-ie-us-ends-sentence",
        "The University of Oxford tops the table for the ninth year in a row, followed by the Massachusetts Institute of Technology and Stanford University in the U.S. The highest-ranked university in the EU is the Technical University of Munich, in 21st place.",
        [
            "The University of Oxford tops the table for the ninth year in a row, followed by the Massachusetts Institute of Technology and Stanford University in the U.S.",
            "The highest-ranked university in the EU is the Technical University of Munich, in 21st place.",
        ],
    ),
    (
        "n156-us-am-ends-sentence",
        "The first runway closed at 4:50 a.m. A second closed just before 9 a.m., when visibility fell below a quarter of a mile.",
        [
            "The first runway closed at 4:50 a.m.",
            "A second closed just before 9 a.m., when visibility fell below a quarter of a mile.",
        ],
    ),
    (
        "n156-us-pm-ends-jan-mid",
        "Redline Air canceled all Denver departures until 6 p.m. It is offering free rebooking through Jan. 21 for customers booked through Denver.",
        [
            "Redline Air canceled all Denver departures until 6 p.m.",
            "It is offering free rebooking through Jan. 21 for customers booked through Denver.",
        ],
    ),
    (
        "n156-us-inc-ends-sentence",
        "De-icing at the airport is run by a contractor, Tarmac Services Inc. It said 40 of its 52 de-icing trucks were in service Friday morning.",
        [
            "De-icing at the airport is run by a contractor, Tarmac Services Inc.",
            "It said 40 of its 52 de-icing trucks were in service Friday morning.",
        ],
    ),
    (
        "n156-us-ft-ny-then-question",
        "Oksana Drevitch-Lamb, 52, of Ft. Collins, said she had been trying to get home to Albany, N.Y., since Thursday morning. “Three rebookings, three cancellations. Is anybody actually in charge here?” she asked.",
        [
            "Oksana Drevitch-Lamb, 52, of Ft. Collins, said she had been trying to get home to Albany, N.Y., since Thursday morning.",
            "“Three rebookings, three cancellations.",
            "Is anybody actually in charge here?” she asked.",
        ],
    ),
    (
        "n156-us-jr-ends-sentence",
        "Among those stranded was a high school wrestling team from Grand Junction coached by Terrell Ashby Jr. He said the school had spent $4,800 on flights to a tournament in Omaha, Neb.",
        [
            "Among those stranded was a high school wrestling team from Grand Junction coached by Terrell Ashby Jr.",
            "He said the school had spent $4,800 on flights to a tournament in Omaha, Neb.",
        ],
    ),
    (
        "n156-fj-v-ltd-no-mid",
        "Justice Anjali Prasad-Kinivuwai ruled on Thursday that the iTaukei Land Trust Board had issued the lease without the consent of a majority of the adult members of Mataqali Vunivesi, as the law requires. The case, Vunivesi v. Coral Sands Resorts (Fiji) Ltd., No. HBC 114 of 2023, was filed in June 2023.",
        [
            "Justice Anjali Prasad-Kinivuwai ruled on Thursday that the iTaukei Land Trust Board had issued the lease without the consent of a majority of the adult members of Mataqali Vunivesi, as the law requires.",
            "The case, Vunivesi v. Coral Sands Resorts (Fiji) Ltd., No. HBC 114 of 2023, was filed in June 2023.",
        ],
    ),
    (
        "n156-sc-parenthesis-sentence",
        "Gillanders-Muir scored 19 league goals, the most by a Lochaber player in a single season. (The previous record, 15, was set by Donnie Rankine-Munro in 2021-22.) The striker signed a new two-year contract on Friday.",
        [
            "Gillanders-Muir scored 19 league goals, the most by a Lochaber player in a single season.",
            "(The previous record, 15, was set by Donnie Rankine-Munro in 2021-22.)",
            "The striker signed a new two-year contract on Friday.",
        ],
    ),
    (
        "n156-sc-question-answer-ellipsis",
        "“Were we good enough to go up? On the day, no. Over the season… yes,” he said.",
        [
            "“Were we good enough to go up?",
            "On the day, no.",
            "Over the season… yes,” he said.",
        ],
    ),
    (
        "n156-pk-etc-ends-sentence",
        "Prices fell for eggs (3.2pc), bananas (2.8pc), potatoes, pulses etc. The biggest year-on-year rise was in sugar, up 38.5pc.",
        [
            "Prices fell for eggs (3.2pc), bananas (2.8pc), potatoes, pulses etc.",
            "The biggest year-on-year rise was in sugar, up 38.5pc.",
        ],
    ),
    (
        "n156-pk-eg-no-am-pm-mid",
        "The group's volunteers checked the prices of 18 items at 14 markets, e.g. Empress Market, Liaquatabad and Korangi No. 5, between 9 a.m. and 1 p.m. on Wednesday.",
        [
            "The group's volunteers checked the prices of 18 items at 14 markets, e.g. Empress Market, Liaquatabad and Korangi No. 5, between 9 a.m. and 1 p.m. on Wednesday.",
        ],
    ),
]
