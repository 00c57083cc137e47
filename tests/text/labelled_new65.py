"""Sixty-fifth set of new hand-labelled pages for the hint engines (tuning set, round twenty-eight): twelve whole pages of everyday news from twelve countries where check-worthiness and sentence splits are hard, on topics the sets are thin on.

Written from scratch for issue 13 in round twenty-eight, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`
and no benchmark was read, and no test, scorer or engine was run). The format and the conventions were
read from the module docstrings of `labelled_new.py`, `labelled_new2.py`, `labelled_new60.py`,
`labelled_new61.py` and `labelled_new62.py`, the first two pages of `labelled_new60.py` and of
`labelled_new62.py` (the listing of the latter ran on into the first lines of its third page), the
split cases of `labelled_new60.py`, `labelled_new61.py` (both listed with their long lines cut short)
and `labelled_new62.py`, and `build` in `labelled_articles.py`; the pages of `labelled_new61.py` were
not read. What was run: Python one-liners that printed those docstrings and checked the weekdays of the
dates used, `sed` and `grep -n` listings of those files, `ls` of `tests/` and `tests/text/`, `git
status`, a conversion script of my own in /tmp that turned a small line format into the literals below,
an import of this file with `build` on every page, a small checking script of my own in /tmp (four
fields, flags, speakers against cues, the sentence count, every split case joining back to its text and
occurring in a built page), whole-word greps of the capitalised words over `tests/` that printed file
counts or file names only (three early greps printed the names of the one or two files that matched),
and `ruff format` / `ruff check`.

Every person, small place, street, school, hospital, harbour, boat, organisation, outlet, party,
company, union, product and number is invented. Real countries, regions, big cities and public bodies
appear only as settings, with invented figures: the United States, Oregon, Spokane and Washington, the
Oregon Department of Education, "the Legislature" and the U.S. Army; New Zealand, Auckland, Auckland
Transport, Auckland City Hospital, the Regional Public Transport Plan, the 2023 Census, the Local
Democracy Reporting scheme and NZ On Air; South Africa, Gauteng, Johannesburg, the Highveld and Rand Water; the
Philippines, Central Visayas, Cebu City, Mandaue City, Lapu-Lapu, Bohol and Negros Oriental, the
Regional Tripartite Wages and Productivity Board (RTWPB-7), the Department of Labor and Employment
(DOLE), the National Wages and Productivity Commission and the Bangko Sentral ng Pilipinas (its
"August Monetary Policy Report" and "Wage Order No. ROVII-26" are invented); Cyprus, Limassol,
Larnaca, Nicosia and Pitsilia, the cabinet, the agriculture ministry, the Water Development Department
(WDD) and the Department of Meteorology; England, NHS England, the Care Quality Commission and the
Health Secretary; Ireland, Co. Donegal, Dublin and London, Brexit, the Marine Institute, Bord Iascaigh
Mhara and the Minister for Agriculture, Food and the Marine; Canada, Saskatchewan, the Canadian Premier
League and the Ministry of Parks, Culture and Sport; India, Maharashtra, Nagpur and Vidarbha, the
Nagpur Municipal Corporation (NMC), the Legislative Assembly and the deputy commissioner of labour
("Wainganga", a river, is part of an invented company's name); Australia, Western Australia and Perth,
the Australian Bureau of Statistics (ABS), the census night of August 11, 2026, the state's WA
Tomorrow projections and the Noongar people; Greece, Evia, Athens and Thessaly (in an invented
institute's name), the Ministry of Climate Crisis and Civil Protection, the European Forest Fire
Information System (EFFIS), the 112 alert and parliament's environment committee; Ghana, Accra,
Kumasi, the Upper East and Greater Accra, the Ghana Statistical Service (GSS), the Bank of Ghana and
its Monetary Policy Committee, and the Minority in Parliament. Facebook, X, Twitter, WhatsApp,
LinkedIn, Reddit, Viber and Google News appear only as channels. No surname, town, street, outlet,
company, school, club or union of any file under `tests/` is reused: every capitalised word of these
pages and split cases, each part of a hyphenated name included, was grepped as a whole word over the
whole `tests/` tree, case-insensitively, listing file names or counts only, and every hit that was an
invented name was changed (a first pass hit more than a hundred invented surnames, towns, outlets,
streets and companies, all renamed and grepped again; first names, titles, real settings and common
words such as "Sentinel", "Mercury", "Mirror", "Leader", "Recorder", "Standard", "Voice", "Harvest",
"Coulee", "Kato" and "Ní" recur). The files that other writers are drafting at the same time
(`labelled_new63.py`, `labelled_new64.py`, `labelled_heldout41.py`, `labelled_heldout42.py`) were
grepped too, as far as they existed when this set was finished.

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line (masthead, menu, crumb or section label, byline, date line, share
strip, caption credit, advertisement slot, related and most-read lists, prompts, bios and footers) is a
paragraph of its own, worded in that site's own way, and "B". The stories are everyday news on topics
the sets are thin on, each mixing statements of record (figures, dates, comparisons, causes, decisions,
official statements) with what is not worth checking (feelings, opinions, forecasts nobody can check,
questions, advice, scene, reactions) and near cases between them (a figure inside an opinion, a private
fact about a person, a hedged forecast, a plan's published target). `STYLES` names the site, the story
and the stresses of each page, in order.

(1) A US daily's site in Oregon on a school board budget that cuts 41 jobs. The board's vote, its time
("10:40 p.m., after"), an amendment "seconded by director Leland Ebbensole Jr." before "The amendment
failed 3-4." and "Resolution No. 4" are of record, "W"; the superintendent's enrollment and funding
figures are "W" and her "no painless options" and "a person we know by name" are ""; "no later than 9
a.m." ends a sentence before "Under"; the union president's reserve figure "vs. the 5% minimum" is "W",
his "This is a choice, not a necessity" "", and his "They could keep all 23 of those teachers for two
more years and still be above their own floor" "W" (arithmetic a reviewer can check against the
reserve, the floor and the budget); the CFO "J. R. Quorndell" keeps his initials, and his "could lower
the district's credit rating and raise the cost of the $38 million bond voters approved in 2023" is
"W" for the bond of record that rides in the hedge; a director who is "a retired U.S. Army logistics
officer" cites a 2022 audit ("W") and then "kicked the can" (""); a parent's move "from Spokane,
Wash." (ending a sentence before "The smaller classes") and her reason are private, "", and her "Who is
going to teach 31 first-graders in one room?" before "she asked the board" is a question, "", against
the district projections "W"; a teacher's 14 years and her own job among those cut are private, "", with
"… just tired" not split; "Ruddlestone Pupil Transport Inc." ends a sentence before "The company"; the
chair's hope is ""; the Oregon Department of Education's May revenue forecast, published, is "W";
"600 Vennering Ave." ends a sentence before "Public comment"; the "How they voted" box has its title
"B" and its "Yes:" and "No:" rows "" (data rows; the vote is "W" in the body); the footer has "N.
Vesperline St., Drummelby" and "Stillhaven Press Inc. newspaper." unsplit.

(2) A New Zealand island community site on a ferry operator cutting weekday sailings. The caption and
its credit are pasted on one line ("... on Ōkaharoa Island." / "Photo / Rawiri Eckhold"); "Sealaine
Ferries Ltd. will cut" does not split, "7.40pm." ends a sentence before "The first sailing"; the
operator's patronage and fuel figures ("The company said") and its manager's passenger counts are "W",
his "Nobody likes taking sailings off an island" "" and his "we can't keep running a 150-seat boat for
14 people and stay in business" "W" (figures of record inside an opinion); "Kahutara Marine Holdings
Ltd." ends a sentence before "The holding company"; Auckland Transport's statement and its unnamed
spokesperson's dated review are "W"; the residents' association's petition against the census count is
"W"; "…5.15pm?” asked association chair Mereana Colquist-Rangiwai." is one question, ""; a nurse's
shifts and her catching the 7.40 are private, "", and a spaced ellipsis before a capital inside her
quote ends a sentence ("the 7.40 …" / "After October it's a water taxi at $95 a go, ..."), the second
"W" for the public price it states, which the paper's own price range confirms; a shopkeeper's
forecast "e.g. walking groups and cyclists" is "", and his quote splits at "the 2.30." but not at "won't
come at all!” Awhina-Crale said."; the local board's letter of August 11 is "W" and its plea ""; "would
look at putting sailings back over summer “if the numbers are there”" is a hedged pledge, "";
weekend sailings and fares ("$31.50") are "W"; the timetable's title, header and source are "B", its
rows ""; the funding note, the two-sentence letters prompt and the footer are "B".

(3) A South African community site on a 54-hour water outage after a bulk pipe burst. "Bosbok St." ends
a sentence before "Traffic"; the municipality "said in a statement" that supply was back to "approx.
80%" "by 10 a.m." (ending a sentence before "It said"), "W", and "It said the remaining areas ... would
get water back as reservoirs refilled" is a spoken forecast, ""; the spokesperson's pipe, its year and
the repair times are "W" and his plea to be patient ""; "The municipality said tankers would stay at
these points until supply is fully restored:" is "W" and the four bullets under it are "" (a list of
places, like table rows); a mother's R380 of bottled water and "“We pay our rates every month." are
private, "", and "Where is that money going?” she asked." is a question, ""; an old-age home's 62
residents without water and its first tanker at "1 p.m. on Monday" are "W" (a public service), its
manager's buckets and pride ""; a ward councillor's R14.2 million budget and R3.1 million spent are "W",
her "disaster waiting to happen" ""; the municipality's cause (a court challenge) is "W"; "Maponya
Labuschagne Inc." ends a sentence before "The firm did not respond to questions sent on Wednesday." (""
with that cue); the annual report's 38.4% and Rand Water's statement are "W"; "expected every area to
have water by Thursday evening “if there are no further bursts”" and the boil-water advice are "".

(4) A Philippine regional business site on Central Visayas's minimum wage rise. "CEBU CITY –" opens the
lead; "Wage Order No. ROVII-26" and "Engr. Lorenzo" do not split; the order, its effective date, the
board's inflation figure and position papers are "W"; "Central Visayas Employers' Council Inc." ends a
sentence before "Its executive director, Atty. ..."; her members' pay above the minimum is "W", her
"manageable" and her worry ""; the labor coalition's ₱150 petition is "W"; a question in Cebuano inside
a quote ends before its English ("“Unsa may mapalit sa ₱38?" / "What can you buy with ₱38?” he asked,
first in Cebuano and then in English."), both "", and the pledge to appeal is "" while the appeal rule
is "W"; a sewer's own wage and remittance are private, ""; the exemptions "according to the wage
order" are "W"; "Taboan Apparel Manufacturing Corp." ends a sentence before "The company", whose pay
is "W" via its HR head named after the claim; "Dr." and "Sto. Niño" do not split, and the economist's
"could add “a little” ..., probably less than 0.2 percentage points" is a hedged forecast, "", against
the central bank's published projection, "W"; "at 9 a.m." ends a sentence before "Attendance"; the
rates table has its title, header and source "B" and its rows "".

(5) A Cypriot English-language site on drought and water restrictions. The reservoirs "according to the
Water Development Department (WDD)", the year-earlier level and the record low are "W"; the cabinet's
decisions are "W", with "from 11 p.m. to 5 a.m." ending a sentence before "Water" and "e.g. citrus and
avocados" and "vs. the allocations" not splitting; the minister "told reporters" of a dated plan ("W")
and "Nobody likes to turn off people's taps at night ..." (""); "Karpasia Water Technologies Ltd."
ends a sentence before "The Larnaca-based company"; the hose ban with fines and the rainfall are "W";
the growers' union's allocation is "W" and its secretary's quote ("Some of the old trees will simply
die." / "You cannot switch ...") is "" (a prediction with no figure); the hoteliers' reassurance is "";
a pensioner's 14 bottles are private and her "But who decides when night starts?” she asked." a
question, ""; the hydrologist's "should expect more years like this one" is "", her rainfall trend
"about 15% since the 1970s" "W", and "… and then" does not split; "The WDD said" is "W" and "It said the
reservoirs could fall to about 9% ... if no rain fell" a spoken projection, "", resolved to the
department as first given; "etc." ends a sentence before "Golf courses"; the WDD's advice with "urged"
is "".

(6) An English regional daily's site on two hospital trusts voting to merge. The headline carries a
colon and no full stop, and the byline and the role come on two lines; the boards' votes, NHS England's
pending approval and the combined staff and budget ("£1.24bn") are "W"; "The full business case ...
says" its savings target, with "e.g. payroll, IT and procurement", "W"; the chief executive's tenure is
told without a verb of saying ("Prof. Priyanka Halberstam-Venkatraman has been chief executive of both
trusts ... since March 2025.", "W", no speaker) and her "reinvested ... every penny of it" and "… not
about closing anything" are pledges, ""; "There are no plans to change the emergency department ...,
the trusts said in a joint statement." is a specific denial, "W"; the campaign's petition is "W", its
chair's "We've heard ‘no plans’ before" "", her account of the 2019 downgrade "W" and her question "";
the trust spokesperson's reply is "W"; a patient's 14-hour wait on a trolley is a public service, "W",
and his quote splits before "I'll believe it"; the A&E figures "vs. 74.8%" and the inspection ratings
are "W"; the MP's letter is "W" and his complaint ""; "no compulsory redundancies among clinical
staff" is a pledge, "", and the business case's 340 posts "W"; "St. Wystan's" does not split and "from
6.30 p.m." ends a sentence before "Everyone is welcome." ("").

(7) An Irish regional weekly's site on the 2027 mackerel quota cut. The standfirst "Producers'
organisation says the cut will cost Portnalee ‘at least €40 million’; Minister promises support scheme"
carries the chief executive and is "" (an estimate and a promise, no figure of record in either
clause); the quota, the agreement and the Marine Institute's biomass figure are "W"; "In a statement,
the Minister ... described the cut as “painful but unavoidable”" is "" with the cue "described", and
"..., the Minister said." resolves to the office as first given, "W" for the dated step; the chief
executive's landings are "W", his estimate (cue "estimated") "", "We were told after Brexit that the
worst was behind us" "" and "Since then our share of this stock has gone down in three years out of
four." "W"; "Portnalee Seafoods Ltd." ends a sentence before "The processor"; the operations director's
pending decision is ""; the skipper's trip and catch are private, "", with "at 4 a.m." ending a sentence
before "They", and his "maybe six trips" and his question are ""; "berth No. 4" does not split (scene,
""); the TD's "under 10% of the total catch" inside "a national scandal" is "W"; "Portnalee, Co.
Donegal, handled ..." via Bord Iascaigh Mhara is "W"; "Carrickslea St." ends a sentence before "Tea and
sandwiches will be served." ("").

(8) A Canadian city daily's site in Saskatchewan on a stadium deal. The standfirst has no speaker and
holds the deal's figures, "W"; "BELLCAIRN, Sask. —" opens the lead, "at 9:30 a.m." ends a sentence
before "Forty-one"; the shares ($46 million, $20 million, $52 million of $118 million), the land value
and the lease are "W"; the owner "R. J. Lemoyne-Szalanczy" keeps his initials, his "best day for sport"
is "" and his construction dates "W"; "Spearbrook Economic Advisory Ltd., which the city hired ...,
estimated in a report released in April" carries the company with the cue "estimated in a report",
"W" (a published estimate); the mayor's "pay for itself many times over" is "" and her financing "W";
the councillor's $71 million "vs. $18.3 million" is "W", his question and his exclamation before "he
said" ""; the list "Coun. Amrit Kehler, Coun. Lise Bergevin-Thibodier and Coun. Ward Olyphant" does
not split; a ministry spokesperson's programme is "W"; a resident "on 4th Ave., said" she was worried,
""; "City staff told council" is "W"; "Dewberry St." ends a sentence before "Demolition",
"Prairiecrest Construction Inc." before "The Bellcairn firm" and "Wolfbriar Coulee, Sask." before "The
club says"; the footer ends "Northgrain Media Inc." before "Copyright 2026.".

(9) An Indian English daily's city page in Nagpur on a city bus strike. "Nagpur:" opens the lead, "W"
via "according to the Nagpur Municipal Corporation (NMC)"; "Wainganga Citylink Transit Pvt. Ltd." ends
a sentence before "About 1,240"; the union's general secretary "K. R. Sawarkar-Dhole" keeps his
initials, his wages of record are "W", his question and his pledge ""; the operator's Rs 23.6 crore is
"W" and "We have paid salaries from our own pocket" ""; the commissioner's Rs 11 crore payment and the
contract term are "W"; "at 11 a.m." ends a sentence before "Officials said"; a student's fares by
autorickshaw and by bus are public prices, "W", "B.Com" does not split, and a spaced ellipsis before
the capital "I" ends a sentence inside her quote ("next week …" / "I can't miss college now,” she
said."); "Route No. 4" does not split; two unions and several commuters are kept as written, "W"; "NMC
data show" is a cue, "W"; the MLA's "failed lakhs of daily commuters" is "" and her act in the monsoon
session "W"; "etc." ends a sentence before "They run every 30 minutes".

(10) An Australian regional site in Western Australia on the first 2026 Census results. The headline
carries a colon and no full stop; the standfirst carries the shire president and is "" (an opinion);
the caption and its credit share a line; the census figures "according to the first results released
by the Australian Bureau of Statistics (ABS) on Tuesday", the comparisons and "vs. 39 nationally" are
"W"; "Cr" is dropped; her "not more studies" is "", her approvals of record "W", "“We've got nurses
sleeping in caravans,”" "W" (a factual claim about the town, though without a figure) and her question
""; "Dr" is dropped, the demographer's "likely to slow" is "", his "“roughly half”" of growth "based on
his analysis of the census data" "W", and "… that's the pattern" does not split; the WA Tomorrow
projections, published, are "W"; a renter's rent is private, "", and her quote splits at "$30." before
"Where does it stop?” she said."; a letting agent's own books (14 rentals vs. 61) are private, ""; the
ABS's dated release is "W"; the town table's rows add up to the shire totals.

(11) A Greek English-language site on the ministry's review of the 2026 wildfire season. The ministry
"said in its annual review" (the cue as written), EFFIS's "approx. 41,300 hectares", deaths and
injuries, and "The ministry credited" its rule are "W"; "Dr." is dropped and "vs. 71% in 2025" does not
split; a spaced ellipsis before a capital inside her quote ends a sentence ("Speed is everything …" /
"The first quarter of an hour decides the whole day,” she told reporters in Athens."), both ""; "Aerial
Services S.A." ends a sentence before "The company said"; the union's 1,800 hires "vs. the 2,400" and
"We were 600 people short in the hottest summer on record, and we were lucky" are "W", "Luck is not a
plan." ""; the ministry's rival figure and the police arrests ("e.g. by burning crop waste") are "W"; a
grower's 140 olive trees are private, "", "“The 112 message came at 2 a.m." is "W" (the time of a public
alert) and ends before "By three o'clock the fire was in our street,” she said." (""); the mayor's "We
have asked for a fire station in this valley for 11 years." is "W" and his question before "asked the
local mayor, Kostas Alevras." ""; "Prof." is dropped and the ecologist's hedged cause and forecast are
"", "etc." ending a sentence before "Prevention is cheaper than aircraft, he said." (""); the fire rule
and the dated tender are "W"; "at 1 p.m." ends a sentence before "Opposition".

(12) A Ghanaian business site on the monthly food price index. The GSS's rates and "Mrs." dropped with
"told a news conference" are "W", her price changes and their cause "W" and her "The direction is
right ..." ""; the regional rates and the Bank of Ghana's published forecast ("puts") are "W"; "Dr." is
dropped, the economist's "“probably done more than anything else”" is a hedged cause, "", his exchange
range "GH¢11.80 and GH¢12.40" "W" and his warning ""; a trader's 20 years are private but the crate price
she paid is a market price, "W"; her quote splits three ways, a "?’" closing a single quote before a
capital ending one ("They ask me, ‘Auntie, why so expensive?’" / "What can I tell them?” she said."),
all ""; a father's spending is private, ""; "Hon." is dropped and "14.7% dearer than a year ago" inside
"no family is celebrating" is "W"; "Savannahgold Grains Ltd." ends a sentence before "Its chief
executive"; "e.g. maize" does not split and "etc." ends a sentence before "Food and non-alcoholic
beverages"; "at 10 a.m." ends a sentence before "Inflation data"; the price table's title, header and
source are "B" and its rows ""; "An Anansewa Digital Media Ltd. company." does not split.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built with
`labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each paragraph a
list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled in
`labelled_new2.py` to `labelled_new62.py` hold too (mastheads, menus, crumbs, section labels, bylines
and role lines, date lines, share and print strips, advertisement slots, related and most-read lists,
follow, newsletter and app lines, call-outs, funding notes, bios, contact lines and footers "B" line by
line, a "?" in furniture before a capital ending a "B" sentence; captions by content and credits "B";
standfirsts labelled like headlines, never split at a semicolon, carrying the first source named with a
verb of saying as the body names it; titles, ranks, honorifics and roles dropped from speakers, "Jr."
and initials kept; a pronoun, a later surname or a role resolved to the full name as first given;
organisations, documents and data kept as written, "according to X" -> X, "It" for an organisation
resolved to its name as first given; a quote over several sentences carrying its speaker and cue;
"did not respond" labelled like speech with flags ""; plans, votes, decisions, orders, rules, results
and figures of record "W"; spoken forecasts, hopes, pledges, opinions, feelings, scene, private
circumstances, rhetorical questions and advice ""; a hedge making a sentence "" unless a figure of
record rides in it; a forecast or target published in a document "W"; a checkable figure inside an
opinion "W"; a question "" whatever figure it holds; data rows of a table "", its title, header and
source "B").

Conventions this set had to settle, in the same spirit:

* A quote that mixes a statement and a question is labelled sentence by sentence: "“We have asked for
  a fire station in this valley for 11 years." is "W" (requests of record) and "How many more summers
  like this do we need?” asked the local mayor, Kostas Alevras." is ""; "“We pay our rates every
  month." is "" (private) before "Where is that money going?” she asked."; "“Next year that's maybe six
  trips instead of nine." is a hedged forecast, "", before the skipper's question. Every sentence of
  such a quote carries the cue of its attribution ("asked").
* Statements that restate figures as an argument are "W" when the argument itself can be checked: the
  union president's "They could keep all 23 of those teachers for two more years and still be above
  their own floor", the ferry manager's "150-seat boat for 14 people", the firefighters' "600 people
  short in the hottest summer on record", the TD's "under 10% of the total catch", the opposition
  spokesperson's "14.7% dearer than a year ago"; the verdict beside them ("This is a choice, not a
  necessity", "Luck is not a plan.") stays "".
* Specific claims of record without a figure are "W": the trusts' "There are no plans to change the
  emergency department at Calverholme General, which will stay open 24 hours a day", the campaign
  chair's account of the 2019 downgrade "two years after managers gave the same assurance", the chief
  executive's "Since then our share of this stock has gone down in three years out of four.", the shire
  president's "We've got nurses sleeping in caravans", the director's "a 2022 audit had warned the
  district". General reassurances and blame stay "" ("hotels had their own storage tanks and guests
  “should not notice anything”", "We have paid salaries from our own pocket for as long as we could",
  "We were told after Brexit that the worst was behind us").
* Pledges against dated steps. "“reinvested in front-line care, every penny of it”", "no compulsory
  redundancies among clinical staff", "the coalition would appeal the order", "We will not return
  until the money is in our accounts", "would look at putting sailings back over summer “if the numbers
  are there”" and the standfirst's "Minister promises support scheme" are ""; a body's dated step is
  "W" ("A support scheme ... would be announced before the end of January, the Minister said.", "would
  be considered in the next review of the Regional Public Transport Plan, which is due to begin in March
  2027", "would put out a tender in January for 20 more water-bombing aircraft", "construction would
  begin in April 2027", "would add 15,000 cubic metres a day ... by September", the commissioner's
  payment "on Tuesday" with the rest "“within this month”").
* Spoken projections against published ones. "It said the remaining areas ... would get water back as
  reservoirs refilled", "expected every area to have water by Thursday evening", "It said the reservoirs
  could fall to about 9% by the end of September if no rain fell, based on current use", "likely to
  slow", "would keep getting longer", "could add “a little” to prices ..., probably less than 0.2
  percentage points" and the producers' organisation's estimate (cue "estimated") are ""; "The Oregon
  Department of Education's May revenue forecast projects", "The Bangko Sentral ng Pilipinas' August
  Monetary Policy Report projects", "The state government's latest WA Tomorrow projections, published
  in 2025, forecast", "The Bank of Ghana's latest inflation forecast, published after ..., puts", "The
  full business case, published with the board papers, says", "according to district projections",
  "according to the business case" and "Spearbrook Economic Advisory Ltd., ..., estimated in a report
  released in April" are "W". A hedged cause is "" ("“probably done more than anything else”", "owed
  “at least as much to the weather as to the aircraft”"), an official's cause stated as fact "W" ("the
  underspending was caused by a court challenge", "The ministry credited the smaller burned area to a
  rule introduced in 2025"). The CFO's "could lower the district's credit rating and raise the cost of
  the $38 million bond voters approved in 2023" is "W" for the bond of record in it.
* Private against public. A parent's move from Spokane and her reason, a teacher's 14 years and her own
  job among those cut, a nurse's shifts and her catching the 7.40, a mother's bottled water, a sewer's
  wage and remittance, a pensioner's bottles, a skipper's trip and catch, a renter's rent, a letting
  agent's own books, a grower's olive trees and a father's food bill are ""; an old-age home's hours
  without water and its first tanker, a water taxi's fare, a patient's 14 hours on a trolley in A&E, a
  student's autorickshaw and bus fares, a trader's crate price and the time of a 112 alert are "W"
  (public services, public prices and public alerts).
* Lists, boxes and tables. The vote box ("How they voted" "B", "Yes: ..." and "No: ..." rows "") is a
  data box like a results box, the vote itself being "W" in the body; the tanker points under "The
  municipality said tankers would stay at these points until supply is fully restored:" ("W", a colon
  closing it) are bullets of places, ""; the timetable, wage-rate, town and price tables have their
  titles, header rows and source lines "B" and their rows "".
* Speakers and cues. "she asked the board" has the cue "asked the board"; "In a statement, the Minister
  for Agriculture, Food and the Marine described the cut as ..." the cue "described"; "He estimated"
  the cue "estimated"; "said in its annual review", "said in a statement", "said in a joint statement",
  "told a news conference", "told council", "told reporters", "credits", "credited", "projects",
  "forecast", "puts", "show" ("NMC data show"), "urged" and "did not respond to questions" are cues as
  written. "the Minister said" resolves to "the Minister for Agriculture, Food and the Marine", the
  office as first given; "It said" after "The WDD said" resolves to "the Water Development Department
  (WDD)", the name as first given, while "The WDD said" and "The WDD urged" keep "The WDD"; "The company
  said", "The firm did not respond", "The club says", "City staff told council", "Officials said",
  "Police said", "Two autorickshaw unions said", "Several commuters at Mahalkar Chowk said", "An
  Auckland Transport spokesperson", "A trust spokesperson", "A spokesperson for the Ministry of Parks,
  Culture and Sport" and "the district said" are kept as written; "The campaign group Save Calverholme
  A&E" loses its descriptor. A standfirst's "Municipality says", "Operator says", "Business case
  says", "GSS says", "Ministry review credits" and "Shire president says" carry the body's first naming
  ("The Thabatsoeu Local Municipality", "Sealaine Ferries Ltd.", "The full business case", "the Ghana
  Statistical Service (GSS)", "the Ministry of Climate Crisis and Civil Protection", "Glenys
  Hollindale-Quirkley"), and "labor coalition says" and "union says" carry the spokesperson and the
  general secretary through whom the body gives the claim. Dropped from speakers: "Superintendent Dr.",
  "Chief financial officer", "Operations manager", "Gulf Islands Local Board chair", "association
  chair", "Municipal spokesperson", "Ward 9 councillor", "regional director Engr.", "Atty.", "Dr.", "Dr",
  "Agriculture Minister", "Prof.", "Independent TD", "Coun.", "Mayor", "owner", "Municipal commissioner
  Dr.", "Local MLA Smt.", "Shire president Cr", "Deputy Government Statistician Mrs.", "Hon." and "the
  local mayor"; "J. R. Quorndell", "R. J. Lemoyne-Szalanczy" and "K. R. Sawarkar-Dhole" keep their
  initials and "Gráinne Ní Dhuinnshléibhe" her "Ní". A person introduced with a fact and no verb of
  saying ("Prof. Priyanka Halberstam-Venkatraman has been chief executive of both trusts ...") carries
  no speaker, and the "She said" after it carries her.

Splits. "Jr." ("Leland Ebbensole Jr." before "The amendment"), "a.m." ("no later than 9 a.m." before
"Under", "by 10 a.m." before "It said", "from 11 p.m. to 5 a.m." before "Water", "at 9 a.m." before
"Attendance", "at 4 a.m." before "They", "at 9:30 a.m." before "Forty-one", "at 11 a.m." before
"Officials", "at 10 a.m." before "Inflation", and "at 2 a.m." inside a quote before "By three
o'clock"), "p.m." ("from 6.30 p.m." before "Everyone", "at 1 p.m." before "Opposition"), "7.40pm."
(before "The first sailing"), "Wash." ("Spokane, Wash." before "The smaller classes"), "Sask."
("Wolfbriar Coulee, Sask." before "The club"), "Inc." (before "The company", "The firm", "Its", "The
Bellcairn firm" and "Copyright 2026."), "Corp." (before "The company"), "Ltd." (before "The holding
company", "The Larnaca-based company", "The processor" and "Its chief executive"), "Pvt. Ltd." (before
"About"), "S.A." (before "The company said"), "St." ("Bosbok St." before "Traffic", "Carrickslea St."
before "Tea", "Dewberry St." before "Demolition"), "Ave." ("600 Vennering Ave." before "Public"),
"etc." (before "Golf", "They", "Prevention" and "Food"), the full stop of a caption before its credit on
the same line ("... on Ōkaharoa Island." / "Photo / Rawiri Eckhold", "... on Tuesday." / "Picture:
Bronwyn Eldershaw"), a spaced ellipsis before a capital inside a quote ("the 7.40 …" / "After October",
"Speed is everything …" / "The first quarter", "next week …" / "I can't"), a "?" before a capital
inside a quote ("“Unsa may mapalit sa ₱38?" / "What can you buy with ₱38?”"), a "?’" closing a single
quote inside a quote before a capital ("‘Auntie, why so expensive?’" / "What can I tell them?”") and a
"?" in furniture before a capital ("Got something to say about the ferry changes?" / "Write to ...",
"Have your taps run dry?" / "Send photos ...") end a sentence. "DRUMMELBY, Ore. —", "Thu., June 11",
"10:52 p.m. PDT", "10:40 p.m., after", "Resolution No. 4", "Dr. Wendeline", "Dr. Maribeth", "vs. the
5% minimum", "J. R. Quorndell", "U.S. Army", "6:30 p.m. at", "N. Vesperline St., Drummelby", "Stillhaven
Press Inc. newspaper.", "Sealaine Ferries Ltd. will", "e.g. walking groups", "$31.50", "approx. 80%",
"3 a.m. on Tuesday", "1 p.m. on Monday", "2024/25", "Wage Order No. ROVII-26", "Engr. Lorenzo", "Atty.
Rosalinda", "3.8%", "Dr. Cesar", "Sto. Niño", "e.g. citrus", "vs. the allocations", "7 a.m. and 8 p.m.,
with", "€11.6 million", "312.4mm", "Dr. Andrea", "e.g. payroll", "£1.24bn", "£19.2m", "Prof.
Priyanka", "vs. 74.8%", "St. Wystan's", "berth No. 4", "Co. Donegal,", "3 p.m. in", "BELLCAIRN, Sask.
—", "Sagecreek Sports & Entertainment Inc. will", "R. J. Lemoyne-Szalanczy", "Spearbrook Economic
Advisory Ltd., which", "vs. $18.3 million", "Coun. Amrit", "Coun. Lise", "Coun. Ward", "4th Ave., said",
"1st Ave. and", "Rs 23.6 crore", "K. R. Sawarkar-Dhole", "Dr. Abhijit", "B.Com", "Route No. 4", "vs.
2.3 lakh", "Smt. Rekha", "Cr Glenys", "Dr Callum", "vs. 39 nationally", "43.9 per cent", "approx.
41,300", "Dr. Ioanna", "vs. 71%", "e.g. by burning", "Prof. Manolis", "Mrs. Abena", "Dr. Yaw", "GH¢11.80",
"Hon. Kwadwo", "e.g. maize" and "An Anansewa Digital Media Ltd. company." never split inside. A spaced
ellipsis before lower case does not end a sentence ("the board … just tired", "one team … not about",
"the wet years … and then", "plateau … that's"). A "?" or "!" closing a quote before a lower-case
attribution ("?” she asked the board.", "?” asked association chair ...", "?” he asked, first in
Cebuano ...", "!” he said.", "?” asked the local mayor, ...", "?” she said.") or before the speaker's
surname and a verb ("won't come at all!” Awhina-Crale said.") does not end the sentence.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written the
same way as in `labelled_new62.py`: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US daily's site in Oregon, a school board budget that cuts 41 jobs (masthead, subscribe strip, menu, section label, headline without a full stop above a semicolon standfirst carrying the superintendent with says, byline, updated line with p.m. PDT, share strip, caption and credit, Ore. in the dateline, a vote and its time with p.m., an amendment seconded by a director with Jr. ending a sentence before The, Resolution No. 4 and Dr. never ending one, enrollment and funding figures against a superintendent's feelings, an ad slot, a.m. ending a sentence before Under, a union's reserve figure with vs. and its arithmetic inside a quote, a CFO with initials and a hedge carrying a bond of record, a director who is a retired U.S. Army officer, a parent's private move with Wash. ending a sentence before The and her rhetorical question with a figure before she asked, district projections via according to, a teacher's own job and an ellipsis before lower case, Inc. ending a sentence before The, a chair's hope, a state forecast published, Ave. ending a sentence before Public, a vote box with title B and rows, bio and contact, most-popular list, address with N. and St., and footer with Inc.)",
    "New Zealand island community news site, a ferry operator cuts weekday sailings (masthead, toolbar, menu with pipes, section label, headline, semicolon standfirst carrying the operator as first given with says and times with pm, byline with role, date line, share strip, a caption and its credit on one line, Ltd. mid-sentence, pm ending a sentence before The, the operator's causes of record, a manager's feelings and a figure inside his opinion, Ltd. ending a sentence before The, Auckland Transport said and an unnamed spokesperson's dated review, an ad slot, a residents' association's petition against the census, a question before asked and the chair's name, a nurse's private shifts and a spaced ellipsis before a capital inside her quote with a public price after it, a water-taxi price range, a shopkeeper's forecast with e.g. and a quote whose exclamation comes before his surname, a local board's letter and plea, a hedged pledge, weekend sailings and fares with decimals, a timetable with title and header B and rows, funding note, letters prompt in two sentences, more-news list and footer)",
    "South African community news site in Gauteng, a 54-hour water outage after a bulk pipe bursts (masthead, menu with pipes, crumb, headline, semicolon standfirst carrying the municipality with says and a councillor's figures, byline, date line, share strip, caption and a credit in capitals, St. ending a sentence before Traffic, said in a statement with approx. and a.m. ending a sentence before It, It said as a spoken forecast, a spokesperson's cause and times, advice, a list of tanker points under a sentence of record, an ad slot, a mother's private spending and her question, an old-age home's hours without water as a public-service fact and a manager's feelings, a councillor's budget figures and opinion, the municipality's cause, Inc. ending a sentence before The, a firm that did not respond, an annual report via according to, Rand Water said, a hedged forecast, advice, read-more line, call-out with ? before Send, comment rules in two sentences, footer)",
    "Philippine regional business site in Cebu, a regional minimum wage rise (masthead in capitals, menu with bullets, section label, headline with peso figures, semicolon standfirst carrying the labor coalition's spokesperson with says and an increase of record, byline, date line with PM, share strip, caption and a credit in capitals, a city dateline with a dash, Wage Order No. never ending a sentence, an order's effective date, Engr. dropped with figures of record, Inc. ending a sentence before Its, Atty. dropped with a figure of record against her feelings, a petition of record, a Cebuano question before a capital inside a quote and its English before asked, a pledge to appeal and the appeal rule, an ad slot, a worker's private pay, exemptions via according to the wage order, Corp. ending a sentence before The, a company's pay via its HR head, Dr. and Sto. dropped or kept with a hedged forecast, a central bank's published projection, a domestic workers' order, a.m. ending a sentence before Attendance, a rates table with title, header and source B and rows, related list, follow line, copyright in two sentences)",
    "Cypriot English-language news site, drought and water restrictions (masthead, menu in capitals with pipes, crumb, headline with a percentage, semicolon standfirst carrying the minister with says and a cut of record, byline, published and updated line, share strip, print toolbar, caption and a bracketed credit, reservoir figures via according to, a record low, cabinet decisions with p.m. and a.m. and e.g. and vs., told reporters with a dated plan and her feelings, Ltd. ending a sentence before The, a hose ban with fines, rainfall via according to, a fruit growers' union's allocation against a prediction without a figure, a hoteliers' reassurance, a pensioner's private bottles and her question, Dr. dropped and a hydrologist's figure of record against her forecast and an ellipsis before lower case, The WDD said then It said as a spoken projection, etc. ending a sentence before Golf, advice with urged, related lines, newsletter line, publisher and copyright)",
    "English regional daily's site, two hospital trusts vote to merge (masthead, menu, section label, headline with a colon and no full stop, semicolon standfirst carrying the business case with says and a savings target, byline and role on two lines, date line with pm, share strip, caption and a bracketed credit, votes of record, an approval still needed, a combined budget in £bn, a published business case with e.g., Prof. dropped and a shared chief executive's tenure as a fact without a speaker against her pledge and an ellipsis before lower case, a specific denial in a joint statement, a campaign group's petition, its chair's scepticism, a past downgrade of record and her question, a trust spokesperson's reply, a patient's 14-hour wait as a public-service fact and his split quote, A&E figures with vs. via according to, inspection ratings, an MP's letter and opinion, a pledge of no compulsory redundancies against the business case's post reductions, St. never ending a sentence and p.m. ending one before Everyone, comment prompt, read-next list, newsletter line and footer with Ltd)",
    "Irish regional weekly's site in Donegal, the mackerel quota cut for 2027 (masthead, menu, section label, headline, semicolon standfirst carrying the producers' organisation's chief executive with says and no figure of record, only his estimate and a pledge, byline, date line, share strip, caption and credit, quota figures, a stock agreement, according to the Marine Institute, a minister's description and his dated step with the Minister resolved to the office as first given, a chief executive's landings figure against his estimate, feelings and a claim of record inside his quote, Ltd. ending a sentence before The, an operations director's pending decision, a skipper's private trip with a.m. ending a sentence before They and his hedged forecast and question, berth No. 4, a TD's figure inside an opinion, Co. Donegal mid-sentence via according to, St. ending a sentence before Tea, p.m., related list, contact line, footer)",
    "Canadian city daily's site in Saskatchewan, council approves a stadium deal (masthead, subscribe strip, menu, section label, headline with a vote, standfirst without a speaker holding the deal's figures, byline, date line with read time, share strip, caption and a courtesy credit, Sask. in the dateline, a vote and a.m. ending a sentence before Forty-one, the deal's shares adding up, a lease with an annual rise, an owner with initials and his feelings told reporters against his dated plan, a consultant's published estimate with Ltd., which, a mayor's forecast against her financing of record, Coun. dropped with figures and vs., a rhetorical question and an exclamation before he said, a list of councillors with Coun. never ending a sentence, a ministry spokesperson, a resident with Ave., said and her worry, city staff told council, St. ending a sentence before Demolition, Inc. ending a sentence before The, Sask. ending a sentence before The club, related list, newsletter line with a.m., comment rules, footer with Inc. ending a sentence before Copyright)",
    "Indian English daily's city page in Nagpur, a city bus strike enters its third day (masthead, menu with pipes, crumb with slashes, headline, semicolon standfirst carrying the union's general secretary with says and the operator's claim, byline with news service, updated line with PM IST, toolbar, caption and a bracketed credit, a city dateline with a colon, figures via according to the municipal corporation, Pvt. Ltd. ending a sentence before About, a union leader with initials and wages of record, a question before he asked and a pledge, a managing director's dues figure against his claim, Dr. dropped with a payment of record and a contract term, a.m. ending a sentence before Officials, a student's fares as public prices with B.Com and a spaced ellipsis before the capital I, Route No. 4, two unions against several commuters, NMC data show with vs., Smt. dropped with an MLA's opinion and her act of record, etc. ending a sentence before They, trending list, app line, footer with Pvt. Ltd. and pipes)",
    "Australian regional news site in Western Australia, the first 2026 Census results (masthead, menu with pipes, section label, headline with a colon and no full stop, standfirst carrying the shire president with says as an opinion, byline, date line with pm, share strip, caption with the credit on the same line, census figures via according to the ABS, comparisons with vs. and decimals, census night, Cr dropped with an opinion against approvals of record, a factual claim without a figure and a rhetorical question, Dr dropped with a demographer's hedged forecast against his analysis of record and an ellipsis before lower case, a state projection published, a renter's private rent and her split quote ending in ? before she said, an agency's own books as private, a dated release, a town table with title, header and source B and rows that add up, read-more line, send-us line, acknowledgement and footer with Pty Ltd and ABN)",
    "Greek English-language news site, the ministry's review of the 2026 wildfire season (masthead, menu in capitals, crumb with a slash, headline with a percentage, semicolon standfirst carrying the ministry with credits and a union's shortfall, byline, date line with EET, share strip, caption and a credit with a copyright sign, said in its annual review, approx. via according to EFFIS, deaths and injuries, a ministry's causal claim with credited, Dr. dropped with vs., an ellipsis before a capital inside a quote before told reporters, the season's largest fire, S.A. ending a sentence before The company, a union's hiring figure with vs. and a figure inside his opinion, the ministry's rival figure, police arrests with e.g., a grower's private loss, an alert time with a.m. before a capital inside a quote, a mayor's requests of record and his question, Prof. dropped and a hedged cause, a forecast with etc. ending a sentence before Prevention, a fire rule, a dated tender, p.m. ending a sentence before Opposition, read-also line, follow line, newsletter block and footer with S.A.)",
    "Ghanaian business news site, the monthly food price index (masthead in capitals, menu, section label, headline, semicolon standfirst carrying the statistics service with says and a price rise of record, byline with role, date line with read time, share strip, caption and a credit with a slash, the GSS said with rates of record, Mrs. dropped with told a news conference, price changes and a cause of record, her opinion, regional rates, a central bank's published forecast with puts, Dr. dropped with a hedged cause against an exchange-rate range with decimals, a forecast, a trader's crate price as a public price against her private years, a quote with a ? closing a single quote before a capital, a father's private spending, Hon. dropped and a figure inside an opinion, Ltd. ending a sentence before Its, a miller's price cut, e.g. and etc. ending a sentence before Food, a dated release with a.m. ending a sentence before Inflation, a price table with title, header and source B and rows, more-from list, newsletter line and a footer with Ltd. mid-sentence)",
]

ARTICLES = [
    [  # 1. US daily's site in Oregon, a school board budget that cuts 41 jobs
        [("The Drummelby Sentinel", "", "", "B")],
        [("Subscribe  ·  Sign in  ·  Today's paper", "", "", "B")],
        [("News   Schools   Sports   Business   Opinion   Obituaries   Classifieds   Weather", "", "", "B")],
        [("SCHOOLS", "", "", "B")],
        [("Drummelby school board passes $148.6 million budget that cuts 41 jobs", "", "", "W")],
        [("Superintendent says enrollment has fallen by more than 1,100 students since 2019; teachers union calls the cuts ‘a choice, not a necessity’", "Maribeth Quarrenton-Oshiro", "says", "W")],
        [("By Tamsen Brackwold-Yost, The Sentinel", "", "", "B")],
        [("Updated Thu., June 11, 2026 at 10:52 p.m. PDT", "", "", "B")],
        [("Share this story   Facebook   X   Email   Print", "", "", "B")],
        [("Teachers, parents and students fill the cafeteria at Drummelby High School before the school board's budget vote on Wednesday.", "", "", "")],
        [("Sentinel photo by Augustin Ducharmeaux", "", "", "B")],
        [("DRUMMELBY, Ore. — The Drummelby School District board voted 4-3 late Wednesday to adopt a $148.6 million general fund budget for 2026-27 that eliminates 41 positions, 23 of them teaching jobs.", "", "", "W")],
        [("The vote came at 10:40 p.m., after more than three hours of public comment from 57 speakers.", "", "", "W")],
        [("Before the final vote, director Corwin Haskovec-Mthenjwa moved to restore 10 of the teaching jobs by drawing $2.3 million from reserves, and was seconded by director Leland Ebbensole Jr.", "", "", "W"),
         ("The amendment failed 3-4.", "", "", "W")],
        [("The budget itself was adopted as Resolution No. 4 of the evening, with board chair Dr. Wendeline Castellví-Orvenden among the four votes in favor.", "", "", "W")],
        [("Superintendent Dr. Maribeth Quarrenton-Oshiro said enrollment had fallen to 9,812 students this spring from 10,930 in the fall of 2019, and that each student lost costs the district about $11,400 a year in state money.", "Maribeth Quarrenton-Oshiro", "said", "W"),
         ("The district also lost $6.2 million a year when federal pandemic relief money ran out in September 2024, she said.", "Maribeth Quarrenton-Oshiro", "said", "W")],
        [("“There were no painless options on the table tonight,” she said.", "Maribeth Quarrenton-Oshiro", "said", ""),
         ("“Every one of these positions is a person we know by name.”", "Maribeth Quarrenton-Oshiro", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Staff whose positions are cut will be told by email on Friday, no later than 9 a.m.", "", "", "W"),
         ("Under the teachers' contract, layoffs go in reverse order of seniority within each subject area.", "", "", "W")],
        [("Hollis Grunwaldt-Aikensen, president of the Drummelby Education Association, said the district ended last year with $14.9 million in reserve, about 10% of its budget, vs. the 5% minimum set in board policy.", "Hollis Grunwaldt-Aikensen", "said", "W"),
         ("“This is a choice, not a necessity,” he said.", "Hollis Grunwaldt-Aikensen", "said", ""),
         ("“They could keep all 23 of those teachers for two more years and still be above their own floor.”", "Hollis Grunwaldt-Aikensen", "said", "W")],
        [("Chief financial officer J. R. Quorndell said $5.1 million of that reserve is already committed to replacing the roof at Thimbleford Elementary this summer.", "J. R. Quorndell", "said", "W"),
         ("Dropping below the 5% floor could lower the district's credit rating and raise the cost of the $38 million bond voters approved in 2023, he said.", "J. R. Quorndell", "said", "W")],
        [("Haskovec-Mthenjwa, a retired U.S. Army logistics officer elected to the board in 2023, said a 2022 audit had warned the district that the relief money would run out.", "Corwin Haskovec-Mthenjwa", "said", "W"),
         ("“We saw this coming for three years and kicked the can,” he said.", "Corwin Haskovec-Mthenjwa", "said", "")],
        [("RELATED: Voters back $38 million Drummelby schools bond for roofs, boilers", "", "", "B")],
        [("Ines Valdoria-Sprackett, whose two children attend Tansleigh Creek Elementary, said she moved her family to Drummelby in 2022 from Spokane, Wash.", "Ines Valdoria-Sprackett", "said", ""),
         ("The smaller classes were part of the reason, she said.", "Ines Valdoria-Sprackett", "said", ""),
         ("“Who is going to teach 31 first-graders in one room?” she asked the board.", "Ines Valdoria-Sprackett", "asked the board", "")],
        [("Under the adopted budget, the average first-grade class at Tansleigh Creek will grow to 29 students from 24, according to district projections.", "district projections", "according to", "W")],
        [("Oona Petrasek-Ahlgrim, who has taught kindergarten at Thimbleford Elementary for 14 years, said she learned on Tuesday that her job was among those cut.", "Oona Petrasek-Ahlgrim", "said", ""),
         ("“I'm not angry at the board … just tired,” she said.", "Oona Petrasek-Ahlgrim", "said", "")],
        [("The budget also ends the midday kindergarten bus runs, saving $410,000, the district said.", "the district", "said", "W"),
         ("Eleven drivers will lose hours, said the district's bus contractor, Ruddlestone Pupil Transport Inc.", "Ruddlestone Pupil Transport Inc.", "said", "W"),
         ("The company runs 64 routes for the district.", "", "", "W")],
        [("Castellví-Orvenden said she hoped the Legislature would raise school funding in 2027 so that some positions could be brought back.", "Wendeline Castellví-Orvenden", "said", "")],
        [("The Oregon Department of Education's May revenue forecast projects that per-student state funding will rise 2.1% in 2027-28.", "The Oregon Department of Education's May revenue forecast", "projects", "W")],
        [("The board meets next on June 24 at 6:30 p.m. at the district office, 600 Vennering Ave.", "", "", "W"),
         ("Public comment is limited to two minutes per speaker.", "", "", "W")],
        [("How they voted", "", "", "B")],
        [("Yes: Castellví-Orvenden, Delgarno, Pemberdy-Kaawa, Oyegbile-Hirschberger", "", "", "")],
        [("No: Haskovec-Mthenjwa, Ebbensole, Truscott-Vandermark", "", "", "")],
        [("Tamsen Brackwold-Yost covers schools for The Sentinel.", "", "", "B"),
         ("Reach her at 541-555-0163 or tbrackwold@drummelbysentinel.com.", "", "", "B")],
        [("Most popular", "", "", "B")],
        [("Two hurt as logging truck overturns on Route 18 near Ollalie Summit", "", "", "B")],
        [("Drummelby farmers market moves to Saturdays for the summer", "", "", "B")],
        [("The Drummelby Sentinel  ·  210 N. Vesperline St., Drummelby, OR 97999", "", "", "B")],
        [("© 2026 Drummelby Sentinel, a Stillhaven Press Inc. newspaper.", "", "", "B"),
         ("Terms  ·  Privacy  ·  Do Not Sell or Share My Personal Information", "", "", "B")],
    ],
    [  # 2. New Zealand island community news site, a ferry operator cuts weekday sailings
        [("The Motuline", "", "", "B")],
        [("Menu   Search   Subscribe   Log in", "", "", "B")],
        [("News  |  Islands  |  Community  |  Boating  |  What's on  |  Notices", "", "", "B")],
        [("ISLANDS", "", "", "B")],
        [("Ōkaharoa ferry to lose two of five weekday sailings from October", "", "", "W")],
        [("Operator says weekday passenger numbers are down 18 per cent since 2023; last boat home will leave the city at 5.15pm", "Sealaine Ferries Ltd.", "says", "W")],
        [("Hinewai Tōpia-Petley, Local Democracy Reporter", "", "", "B")],
        [("5:38pm, Tue 18 Aug 2026", "", "", "B")],
        [("Pass it on:  Facebook  ·  WhatsApp  ·  Email  ·  Copy link", "", "", "B")],
        [("The Sealaine Karoro berths at Matiroa Bay wharf on Ōkaharoa Island.", "", "", ""),
         ("Photo / Rawiri Eckhold", "", "", "B")],
        [("Sealaine Ferries Ltd. will cut its weekday return sailings between Ōkaharoa Island and downtown Auckland from five to three from Monday, October 5, the company said on Tuesday.", "Sealaine Ferries Ltd.", "said", "W")],
        [("The last weekday boat from the city will leave at 5.15pm instead of 7.40pm.", "", "", "W"),
         ("The first sailing from the island, at 6.20am, is unchanged.", "", "", "W")],
        [("The company said weekday patronage had fallen 18 per cent since 2023, to an average of 212 passengers a day, while its fuel bill had risen 31 per cent over the same period.", "The company", "said", "W")],
        [("Operations manager Arlo Fettleworth-Haami said the two midday sailings being dropped had carried an average of 14 passengers each in July.", "Arlo Fettleworth-Haami", "said", "W"),
         ("“Nobody likes taking sailings off an island,” he said.", "Arlo Fettleworth-Haami", "said", ""),
         ("“But we can't keep running a 150-seat boat for 14 people and stay in business.”", "Arlo Fettleworth-Haami", "said", "W")],
        [("Sealaine is owned by Kahutara Marine Holdings Ltd.", "", "", "W"),
         ("The holding company also runs a vehicle barge to the island twice a week.", "", "", "W")],
        [("Auckland Transport said the Ōkaharoa service was run on a commercial basis and received no public subsidy, so it had no say over the timetable.", "Auckland Transport", "said", "W"),
         ("An Auckland Transport spokesperson said the island's service would be considered in the next review of the Regional Public Transport Plan, which is due to begin in March 2027.", "An Auckland Transport spokesperson", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("The Ōkaharoa Residents' Association said its petition against the cuts had 2,860 signatures by Tuesday night, more than the island's usually resident population of 1,910 at the 2023 Census.", "The Ōkaharoa Residents' Association", "said", "W")],
        [("“How is a nurse who finishes at 7pm meant to get home when the last boat goes at 5.15pm?” asked association chair Mereana Colquist-Rangiwai.", "Mereana Colquist-Rangiwai", "asked", "")],
        [("Tilly Varcombe-Tiakiwai, 34, a theatre nurse at Auckland City Hospital who has lived on the island since 2019, said her shifts usually finish at 7pm.", "Tilly Varcombe-Tiakiwai", "said", ""),
         ("“Right now I can just make the 7.40 …", "Tilly Varcombe-Tiakiwai", "said", ""),
         ("After October it's a water taxi at $95 a go, or a mate's couch,” she said.", "Tilly Varcombe-Tiakiwai", "said", "W")],
        [("A one-way water taxi from the city to Matiroa Bay costs between $85 and $120, depending on the operator and the hour.", "", "", "W")],
        [("Desmond Awhina-Crale, who runs the Matiroa Bay General Store, said he expected to lose the day-trippers who come over for lunch, e.g. walking groups and cyclists.", "Desmond Awhina-Crale", "said", ""),
         ("“They come across on the 10 o'clock, have a feed and go home on the 2.30.", "Desmond Awhina-Crale", "said", ""),
         ("Take away the 2.30 and they won't come at all!” Awhina-Crale said.", "Desmond Awhina-Crale", "said", "")],
        [("Gulf Islands Local Board chair Penelope Strachwell-Moetara said the board wrote to Sealaine and to Auckland Transport on August 11 asking for the changes to be put off until after summer.", "Penelope Strachwell-Moetara", "said", "W"),
         ("“At the very least, keep the 7.40 until Easter,” she said.", "Penelope Strachwell-Moetara", "said", "")],
        [("Fettleworth-Haami said the company would look at putting sailings back over summer “if the numbers are there”.", "Arlo Fettleworth-Haami", "said", ""),
         ("Weekend sailings, four each way on Saturdays and Sundays, are not affected, he said.", "Arlo Fettleworth-Haami", "said", "W")],
        [("An adult return fare costs $46, or $31.50 with an island resident's card.", "", "", "W")],
        [("New weekday sailings from Monday, October 5", "", "", "B")],
        [("Departs  |  Times", "", "", "B")],
        [("Matiroa Bay (Ōkaharoa)  |  6.20am, 11.30am, 3.40pm", "", "", "")],
        [("Downtown Ferry Terminal  |  7.50am, 1.00pm, 5.15pm", "", "", "")],
        [("Source: Sealaine Ferries", "", "", "B")],
        [("This story was produced under the Local Democracy Reporting scheme, paid for by NZ On Air.", "", "", "B")],
        [("Got something to say about the ferry changes?", "", "", "B"),
         ("Write to letters@motuline.co.nz (250 words max).", "", "", "B")],
        [("More island news", "", "", "B")],
        [("Ōkaharoa school roll passes 100 for the first time", "", "", "B")],
        [("Kayaker rescued off Matiroa Point after four hours in the water", "", "", "B")],
        [("© The Motuline 2026  ·  Tīwaiwaka Print & Media Ltd  ·  Privacy  ·  Terms", "", "", "B")],
    ],
    [  # 3. South African community news site in Gauteng, a 54-hour water outage after a bulk pipe bursts
        [("Ridgeveld Voice", "", "", "B")],
        [("Home | News | Community | Municipal | Crime | Sport | Classifieds | E-edition", "", "", "B")],
        [("NEWS › MUNICIPAL", "", "", "B")],
        [("Taps run dry for up to 54 hours in five Thabatsoeu suburbs after bulk pipe bursts", "", "", "W")],
        [("Municipality says supply is back at 80% of homes; ward councillor says only R3.1m of a R14.2m pipe budget was spent", "The Thabatsoeu Local Municipality", "says", "W")],
        [("Lerato Mmutle-Bosman", "", "", "B")],
        [("15 July 2026  |  14:05", "", "", "B")],
        [("Share on:  Facebook  |  WhatsApp  |  X  |  Email", "", "", "B")],
        [("Residents of Sethole Park fill containers at a municipal water tanker on Tuesday morning.", "", "", "")],
        [("PICTURE: KAGISO DLAMVUZO", "", "", "B")],
        [("Five suburbs in Thabatsoeu were without running water for up to 54 hours this week after a bulk supply pipe burst under Mohlware Road, near its corner with Bosbok St.", "", "", "W"),
         ("Traffic on Mohlware Road was diverted for two days while the pipe was dug up and repaired.", "", "", "W")],
        [("The Thabatsoeu Local Municipality said in a statement on Wednesday that supply had been restored to approx. 80% of affected households by 10 a.m.", "The Thabatsoeu Local Municipality", "said in a statement", "W"),
         ("It said the remaining areas, mostly on higher ground in Sethole Park and Rooibult, would get water back as reservoirs refilled.", "The Thabatsoeu Local Municipality", "said", "")],
        [("Municipal spokesperson Tumelo Sebakeng said the 900mm steel pipe, laid in 1979, had split along a weld late on Sunday night.", "Tumelo Sebakeng", "said", "W"),
         ("Teams worked through Monday night and finished welding in a new section at about 3 a.m. on Tuesday, he said.", "Tumelo Sebakeng", "said", "W"),
         ("“We ask residents to be patient and to use water sparingly while the system recovers,” he said.", "Tumelo Sebakeng", "said", "")],
        [("The municipality said tankers would stay at these points until supply is fully restored:", "The municipality", "said", "W")],
        [("• Sethole Park Community Hall, 14 Moepel Street", "", "", "")],
        [("• Rooibult Primary School, Karee Avenue", "", "", "")],
        [("• Corner of Mohlware Road and Witgat Drive", "", "", "")],
        [("• Thabatsoeu Civic Centre parking area (24 hours)", "", "", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Naledi Phasha-Koopman, 41, of Sethole Park, said she had spent R380 on bottled water since Sunday to bath and feed her two children.", "Naledi Phasha-Koopman", "said", ""),
         ("“We pay our rates every month.", "Naledi Phasha-Koopman", "asked", ""),
         ("Where is that money going?” she asked.", "Naledi Phasha-Koopman", "asked", "")],
        [("Hendrik Opperhuizen-Makhene, who manages the Kranskloof Home for the Aged, said its 62 residents had no running water from Sunday night until Tuesday afternoon.", "Hendrik Opperhuizen-Makhene", "said", "W"),
         ("The first tanker reached the home at 1 p.m. on Monday, he said.", "Hendrik Opperhuizen-Makhene", "said", "W"),
         ("“Our staff carried buckets up the stairs all night.", "Hendrik Opperhuizen-Makhene", "said", ""),
         ("I have never been so proud of them,” he said.", "Hendrik Opperhuizen-Makhene", "said", "")],
        [("Ward 9 councillor Thandiwe Kgasane-Jonkheer said the municipality had budgeted R14.2 million for replacing old pipes in 2025/26 but had spent only R3.1 million by the end of the financial year in June.", "Thandiwe Kgasane-Jonkheer", "said", "W"),
         ("“This was a disaster waiting to happen, and everybody in that council chamber knew it,” she said.", "Thandiwe Kgasane-Jonkheer", "said", "")],
        [("Sebakeng said the underspending was caused by a court challenge to the pipe-replacement tender, brought by a losing bidder and settled only in May.", "Tumelo Sebakeng", "said", "W"),
         ("The bidder was represented by the Johannesburg law firm Maponya Labuschagne Inc.", "", "", "W"),
         ("The firm did not respond to questions sent on Wednesday.", "The firm", "did not respond to questions", "")],
        [("Thabatsoeu lost 38.4% of the water it bought from Rand Water in 2024/25 to leaks, bursts and illegal connections, according to the municipality's 2024/25 annual report.", "the municipality's 2024/25 annual report", "according to", "W")],
        [("Rand Water said its own bulk supply to the municipality had not been interrupted at any point.", "Rand Water", "said", "W")],
        [("Sebakeng said he expected every area to have water by Thursday evening “if there are no further bursts”.", "Tumelo Sebakeng", "said", "")],
        [("Residents should boil tap water for at least one minute before drinking it until further notice, the municipality said.", "the municipality", "said", "")],
        [("Read more: Thabatsoeu to install 4,000 prepaid water meters by March", "", "", "B")],
        [("Have your taps run dry?", "", "", "B"),
         ("Send photos and videos to news@ridgeveldvoice.co.za or WhatsApp 072 555 0148.", "", "", "B")],
        [("Comments are moderated.", "", "", "B"),
         ("We remove comments that are abusive, racist or off-topic.", "", "", "B")],
        [("© 2026 Ridgeveld Voice.", "", "", "B"),
         ("A Highveld Kasi Media publication.", "", "", "B")],
    ],
    [  # 4. Philippine regional business site in Cebu, a regional minimum wage rise
        [("BISAYA BUSINESS WIRE", "", "", "B")],
        [("Home  •  Business  •  Economy  •  Labor  •  Property  •  Tourism  •  Opinion", "", "", "B")],
        [("LABOR", "", "", "B")],
        [("Central Visayas daily minimum wage to rise by ₱38 to ₱539 from October 5", "", "", "W")],
        [("Wage board approves first increase in 15 months; labor coalition says it asked for ₱150 and will appeal", "Dionisio Cañete-Bersabal", "says", "W")],
        [("By Jerome Ceniza-Ynclino", "", "", "B")],
        [("September 18, 2026  |  4:47 PM", "", "", "B")],
        [("Share  •  Post  •  Email  •  Print", "", "", "B")],
        [("Workers leave a garment factory in Mandaue City at the end of their shift on Friday.", "", "", "")],
        [("BBW PHOTO / CHARMAINE OBERES-LAPITAN", "", "", "B")],
        [("CEBU CITY – The Regional Tripartite Wages and Productivity Board in Central Visayas (RTWPB-7) on Friday approved a ₱38 increase in the daily minimum wage of private-sector workers in the region.", "", "", "W")],
        [("Under Wage Order No. ROVII-26, the minimum in Class A areas, which include the cities of Cebu, Mandaue and Lapu-Lapu, will rise from ₱501 to ₱539 a day.", "", "", "W"),
         ("The order takes effect on October 5, 15 days after its publication in a newspaper of general circulation.", "", "", "W")],
        [("Department of Labor and Employment (DOLE) regional director Engr. Lorenzo Abellar-Tumulak, who chairs the board, said the increase was the region's first since June 2025 and would cover about 1.1 million workers.", "Lorenzo Abellar-Tumulak", "said", "W"),
         ("He said the board weighed the region's 3.8% inflation rate in August and 41 position papers submitted at public hearings in Cebu, Bohol and Negros Oriental.", "Lorenzo Abellar-Tumulak", "said", "W")],
        [("Most of the region's large employers belong to the Central Visayas Employers' Council Inc.", "", "", "W"),
         ("Its executive director, Atty. Rosalinda Tabanao-Quirante, said most of the council's 420 member companies already paid above the new minimum.", "Rosalinda Tabanao-Quirante", "said", "W"),
         ("“It's manageable for most of our members,” she said.", "Rosalinda Tabanao-Quirante", "said", ""),
         ("“The ones I worry about are the small bakeries and sari-sari stores.”", "Rosalinda Tabanao-Quirante", "said", "")],
        [("Dionisio Cañete-Bersabal, spokesperson of the labor coalition Hiniusang Mamumuo sa Sugbo (HMS), said the group had petitioned the board in May for a ₱150 increase.", "Dionisio Cañete-Bersabal", "said", "W"),
         ("“Unsa may mapalit sa ₱38?", "Dionisio Cañete-Bersabal", "asked", ""),
         ("What can you buy with ₱38?” he asked, first in Cebuano and then in English.", "Dionisio Cañete-Bersabal", "asked", ""),
         ("He said the coalition would appeal the order to the National Wages and Productivity Commission.", "Dionisio Cañete-Bersabal", "said", "")],
        [("Appeals must be filed within 10 calendar days of the order's publication.", "", "", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Marites Gonzaga-Lumapas, 29, a sewer at a garment factory in Mandaue, said she earns ₱501 a day and sends ₱3,000 a month to her parents in Bohol.", "Marites Gonzaga-Lumapas", "said", ""),
         ("“Every peso helps, even the small ones,” she said.", "Marites Gonzaga-Lumapas", "said", "")],
        [("Barangay micro business enterprises (BMBEs) and retail and service establishments with fewer than 10 workers may apply for exemption, according to the wage order.", "the wage order", "according to", "W")],
        [("The region's biggest garment exporter is Taboan Apparel Manufacturing Corp.", "", "", "W"),
         ("The company employs about 6,800 workers and already pays new hires ₱545 a day, its human resources head, Gilbert Ompad-Sumalpong, said.", "Gilbert Ompad-Sumalpong", "said", "W")],
        [("Dr. Cesar Montebon-Lagahit, who teaches economics at Sto. Niño Polytechnic College, said the increase could add “a little” to prices in the fourth quarter, probably less than 0.2 percentage points.", "Cesar Montebon-Lagahit", "said", "")],
        [("The Bangko Sentral ng Pilipinas' August Monetary Policy Report projects inflation of 3.4% for 2026 and 3.1% for 2027.", "The Bangko Sentral ng Pilipinas' August Monetary Policy Report", "projects", "W")],
        [("The board also approved a separate order raising the monthly minimum wage of domestic workers, or kasambahay, in the region's cities and first-class municipalities by ₱500 to ₱6,500.", "", "", "W")],
        [("DOLE will hold an orientation on the new orders for employers on September 28 at 9 a.m.", "", "", "W"),
         ("Attendance is free, but slots are limited to 300.", "", "", "W")],
        [("NEW DAILY MINIMUM WAGE RATES, CENTRAL VISAYAS", "", "", "B")],
        [("Area  |  Old rate  |  New rate", "", "", "B")],
        [("Class A  |  ₱501  |  ₱539", "", "", "")],
        [("Class B  |  ₱476  |  ₱514", "", "", "")],
        [("Class C  |  ₱466  |  ₱504", "", "", "")],
        [("Source: RTWPB-7, Wage Order No. ROVII-26", "", "", "B")],
        [("RELATED STORIES", "", "", "B")],
        [("Cebu jeepney drivers seek ₱2 fare hike as diesel climbs", "", "", "B")],
        [("Bohol tourist arrivals hit record in first half", "", "", "B")],
        [("Follow Bisaya Business Wire on Facebook and Viber for the latest business news from the Visayas.", "", "", "B")],
        [("Copyright © 2026 Bisaya Business Wire.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 5. Cypriot English-language news site, drought and water restrictions
        [("Mesogeios Today", "", "", "B")],
        [("CYPRUS  |  WORLD  |  BUSINESS  |  OPINION  |  LIFE  |  SPORT", "", "", "B")],
        [("Cyprus › Environment", "", "", "B")],
        [("Dams at 14.2% as cabinet approves overnight water cuts for Limassol district", "", "", "W")],
        [("Farmers to get 40% less irrigation water; minister says desalination units will add 15,000 cubic metres a day by September", "Eleni Chrysanthidou", "says", "W")],
        [("By Christiana Loizidou-Fairlamb", "", "", "B")],
        [("Published: 02 July 2026, 18:20  |  Updated: 03 July 2026, 08:05", "", "", "B")],
        [("Share  ✉  f  X  in", "", "", "B")],
        [("Print  |  A+  A-", "", "", "B")],
        [("The exposed bed of the Avgoros dam, north of Limassol, on Wednesday.", "", "", ""),
         ("(Photo: Andros Kallenos)", "", "", "B")],
        [("Cyprus's reservoirs held 41.3 million cubic metres of water on Wednesday, 14.2% of their capacity, according to the Water Development Department (WDD).", "the Water Development Department (WDD)", "according to", "W"),
         ("A year earlier they were 27.8% full.", "", "", "W")],
        [("It is the lowest level recorded on July 1 since the department began keeping daily records in 1988.", "", "", "W")],
        [("On Wednesday the cabinet approved a package of restrictions proposed by the agriculture ministry.", "", "", "W")],
        [("From Monday, households in the Limassol district will have their mains supply cut every night from 11 p.m. to 5 a.m.", "", "", "W"),
         ("Water for permanent crops, e.g. citrus and avocados, will be cut by 40%, and for seasonal crops by 60%, vs. the allocations set in March.", "", "", "W")],
        [("Agriculture Minister Eleni Chrysanthidou told reporters after the cabinet meeting that two mobile desalination units being installed at Ayia Meliniti would add 15,000 cubic metres a day to the Limassol network by September.", "Eleni Chrysanthidou", "told reporters", "W"),
         ("“Nobody likes to turn off people's taps at night, but the alternative is turning them off in the day,” she said.", "Eleni Chrysanthidou", "said", "")],
        [("She said the units had been leased for three years at a cost of €11.6 million from Karpasia Water Technologies Ltd.", "Eleni Chrysanthidou", "said", "W"),
         ("The Larnaca-based company already runs desalination units for two hotels on the east coast.", "", "", "W")],
        [("Watering gardens with a hose and washing cars with running water are banned between 7 a.m. and 8 p.m., with fines of up to €350 for repeat offenders.", "", "", "W")],
        [("Rainfall between October and April was 312.4mm, or 66% of the 30-year average, according to the Department of Meteorology.", "the Department of Meteorology", "according to", "W")],
        [("Stelios Mavrommatis-Kerridge, secretary of the Union of Pitsilia Fruit Growers, said the union's 1,240 members had already received 25% less water than they applied for in March.", "Stelios Mavrommatis-Kerridge", "said", "W"),
         ("“Some of the old trees will simply die.", "Stelios Mavrommatis-Kerridge", "said", ""),
         ("You cannot switch an avocado tree off and on again,” he said.", "Stelios Mavrommatis-Kerridge", "said", "")],
        [("Marios Theophanous-Brayne, who chairs the Limassol Hotel Owners' Forum, said hotels had their own storage tanks and guests “should not notice anything”.", "Marios Theophanous-Brayne", "said", "")],
        [("Niki Hadjipetrou, 72, who lives alone in a first-floor flat in Limassol's old town, said she had filled 14 bottles on Tuesday night “just in case”.", "Niki Hadjipetrou", "said", ""),
         ("“They say it is only at night.", "Niki Hadjipetrou", "asked", ""),
         ("But who decides when night starts?” she asked.", "Niki Hadjipetrou", "asked", "")],
        [("Dr. Andrea Kyriakou, a hydrologist at the Mediterranean Water Policy Centre in Nicosia, said the island should expect more years like this one.", "Andrea Kyriakou", "said", ""),
         ("She said average winter rainfall in Cyprus had fallen by about 15% since the 1970s.", "Andrea Kyriakou", "said", "W"),
         ("“We keep planning for the wet years … and then we are surprised by the dry ones,” she said.", "Andrea Kyriakou", "said", "")],
        [("The WDD said desalination plants supplied 71% of the drinking water used in the island's cities in June.", "The WDD", "said", "W"),
         ("It said the reservoirs could fall to about 9% by the end of September if no rain fell, based on current use.", "the Water Development Department (WDD)", "said", "")],
        [("The restrictions also apply to public fountains, decorative ponds, beach showers, etc.", "", "", "W"),
         ("Golf courses must use only recycled water.", "", "", "W")],
        [("The WDD urged households to fix dripping taps and to keep a few litres of water in the fridge for the night hours.", "The WDD", "urged", "")],
        [("Related: Desalination costs rise 22% as electricity prices bite", "", "", "B")],
        [("Related: Farmers march on Nicosia over late drought compensation", "", "", "B")],
        [("Subscribe to our morning newsletter: the day's top Cyprus stories at 7am, every weekday.", "", "", "B")],
        [("Mesogeios Today is published by Halkidona Media Ltd.", "", "", "B")],
        [("© 2026 All rights reserved.", "", "", "B")],
    ],
    [  # 6. English regional daily's site, two hospital trusts vote to merge
        [("Tennisford Mercury", "", "", "B")],
        [("News  Sport  Health  Business  What's On  Jobs  Homes  Notices", "", "", "B")],
        [("Health", "", "", "B")],
        [("Hospital trusts vote to merge in April 2027: what it means for A&E at Calverholme", "", "", "W")],
        [("Business case says the merger will save £19.2m a year by 2030; campaigners fear for Calverholme's emergency department", "The full business case", "says", "W")],
        [("By Rhiannon Dallow-Obiajulu", "", "", "B")],
        [("Health Correspondent", "", "", "B")],
        [("Thursday 24 September 2026 4:12 pm", "", "", "B")],
        [("Share  ·  Facebook  ·  X  ·  WhatsApp  ·  Email", "", "", "B")],
        [("Calverholme General Hospital, where campaigners fear emergency services could be scaled back.", "", "", ""),
         ("(Image: Tennisford Mercury)", "", "", "B")],
        [("The boards of Calverholme Hospitals NHS Trust and Tennisford University Hospitals NHS Foundation Trust have voted to merge the two organisations from April 1, 2027.", "", "", "W")],
        [("Both boards approved the move at a joint meeting on Wednesday afternoon, the Calverholme board by eight votes to one and the Tennisford board unanimously.", "", "", "W")],
        [("The merger still needs the approval of NHS England, which is expected to decide in December.", "", "", "W")],
        [("The new organisation, to be called Calverholme and Tennisford Hospitals NHS Foundation Trust, would employ about 13,900 people and have an annual budget of £1.24bn.", "", "", "W")],
        [("The full business case, published with the board papers, says the merger will save £19.2m a year by 2029/30, mostly by combining back-office services, e.g. payroll, IT and procurement.", "The full business case", "says", "W")],
        [("Prof. Priyanka Halberstam-Venkatraman has been chief executive of both trusts under a shared leadership arrangement since March 2025.", "", "", "W"),
         ("She said the savings would be “reinvested in front-line care, every penny of it”.", "Priyanka Halberstam-Venkatraman", "said", ""),
         ("“This is about making two hospitals work as one team … not about closing anything,” she said.", "Priyanka Halberstam-Venkatraman", "said", "")],
        [("There are no plans to change the emergency department at Calverholme General, which will stay open 24 hours a day, the trusts said in a joint statement.", "the trusts", "said in a joint statement", "W")],
        [("The campaign group Save Calverholme A&E said its petition calling for a public consultation had been signed by 11,460 people.", "Save Calverholme A&E", "said", "W"),
         ("“We've heard ‘no plans’ before,” said the group's chair, Gwen Ashburnley.", "Gwen Ashburnley", "said", ""),
         ("She said the maternity unit at Tennisford was downgraded to a midwife-led unit in 2019, two years after managers gave the same assurance.", "Gwen Ashburnley", "said", "W"),
         ("“Why should anyone believe them this time?” she asked.", "Gwen Ashburnley", "asked", "")],
        [("A trust spokesperson said the 2019 change followed an independent clinical review after two serious incidents at the unit.", "A trust spokesperson", "said", "W")],
        [("Barry Tolleshunt, 67, from Hinksworth, said he waited 14 hours on a trolley in Tennisford's A&E in August with a suspected stroke.", "Barry Tolleshunt", "said", "W"),
         ("“If they can make it quicker, good luck to them.", "Barry Tolleshunt", "said", ""),
         ("I'll believe it when I see it,” he said.", "Barry Tolleshunt", "said", "")],
        [("In August, 61.3% of patients at Tennisford's A&E were seen within four hours, vs. 74.8% at Calverholme, according to NHS England figures.", "NHS England figures", "according to", "W")],
        [("The Care Quality Commission rated Tennisford University Hospitals as “requires improvement” after an inspection in 2025, and Calverholme as “good” in 2024.", "", "", "W")],
        [("Daniel Okoronkwo-Lavery, the MP for Calverholme and Quillfoss Valley, said he had written to the Health Secretary asking for the merger to be paused until a public consultation is held.", "Daniel Okoronkwo-Lavery", "said", "W"),
         ("“People here were promised a say, and they haven't had one,” he said.", "Daniel Okoronkwo-Lavery", "said", "")],
        [("The trusts said there would be no compulsory redundancies among clinical staff as a result of the merger.", "The trusts", "said", ""),
         ("About 340 back-office posts are expected to go over three years, mostly through vacancies and retirements, according to the business case.", "the business case", "according to", "W")],
        [("A public meeting on the merger will be held at St. Wystan's Church Hall, Maltkiln Lane, Calverholme, on Tuesday, October 6, from 6.30 p.m.", "", "", "W"),
         ("Everyone is welcome.", "", "", "")],
        [("Have your say on the merger in the comments below.", "", "", "B")],
        [("Read next", "", "", "B")],
        [("Tennisford parking charges to rise to £4.20 for two hours", "", "", "B")],
        [("GP surgery in Hinksworth to close its doors after 60 years", "", "", "B")],
        [("Get the best of the Mercury in your inbox every morning - sign up here", "", "", "B")],
        [("Tennisford Mercury is a Quillfoss Valley Media Ltd publication.", "", "", "B"),
         ("© 2026", "", "", "B")],
    ],
    [  # 7. Irish regional weekly's site in Donegal, the mackerel quota cut for 2027
        [("Ardmallin Leader", "", "", "B")],
        [("Home   News   Sport   Marine   Farming   Community   Death Notices   Contact", "", "", "B")],
        [("Marine", "", "", "B")],
        [("Mackerel quota for Irish fleet cut by 22% for 2027", "", "", "W")],
        [("Producers' organisation says the cut will cost Portnalee ‘at least €40 million’; Minister promises support scheme", "Ciarán Mulrennin", "says", "")],
        [("Written by Aoibheann Kilgannon", "", "", "B")],
        [("Friday, 11th December 2026", "", "", "B")],
        [("Share this article:  Facebook  Twitter  WhatsApp  Email", "", "", "B")],
        [("Pelagic trawlers tied up at Portnalee pier on Thursday.", "", "", ""),
         ("Picture: Declan Coyne", "", "", "B")],
        [("The Irish fleet will be allowed to catch 58,410 tonnes of mackerel in 2027, down 22% from 74,880 tonnes this year, after the coastal states that share the stock agreed a new total allowable catch in London on Wednesday.", "", "", "W")],
        [("The agreement cuts the total catch for the north-east Atlantic stock by 24%, to 589,000 tonnes, in line with scientific advice.", "", "", "W")],
        [("The stock's spawning biomass has fallen by about a third since 2019, according to the Marine Institute.", "the Marine Institute", "according to", "W")],
        [("In a statement, the Minister for Agriculture, Food and the Marine described the cut as “painful but unavoidable”.", "the Minister for Agriculture, Food and the Marine", "described", ""),
         ("A support scheme for affected vessels and processors would be announced before the end of January, the Minister said.", "the Minister for Agriculture, Food and the Marine", "said", "W")],
        [("Ciarán Mulrennin, chief executive of the Portnalee Pelagic Producers' Organisation, said its 19 member vessels landed mackerel worth €131 million at first sale in 2026.", "Ciarán Mulrennin", "said", "W"),
         ("He estimated that the cut would cost the port “at least €40 million” next year in lost landings and processing work.", "Ciarán Mulrennin", "estimated", ""),
         ("“We were told after Brexit that the worst was behind us,” he said.", "Ciarán Mulrennin", "said", ""),
         ("“Since then our share of this stock has gone down in three years out of four.”", "Ciarán Mulrennin", "said", "W")],
        [("The biggest buyer at the port is Portnalee Seafoods Ltd.", "", "", "W"),
         ("The processor employs 180 people all year and takes on about 230 seasonal workers from September to March.", "", "", "W"),
         ("Its operations director, Gráinne Ní Dhuinnshléibhe, said the company would decide in the new year how many seasonal staff to hire.", "Gráinne Ní Dhuinnshléibhe", "said", "")],
        [("Tomás Haverin, who skippers the 62-metre trawler Sliabh Carna, said he and his crew of 11 left the pier on Monday at 4 a.m.", "Tomás Haverin", "said", ""),
         ("They were back by teatime with 210 tonnes, he said.", "Tomás Haverin", "said", ""),
         ("“Next year that's maybe six trips instead of nine.", "Tomás Haverin", "asked", ""),
         ("How do you pay 11 men on six trips?” he asked.", "Tomás Haverin", "asked", "")],
        [("Three of the port's trawlers were tied up at berth No. 4 on Thursday, waiting for the weather to clear.", "", "", "")],
        [("Independent TD Bríd Garthwick said Ireland's share, under 10% of the total catch, was “a national scandal” when much of the stock spawns off the west coast.", "Bríd Garthwick", "said", "W")],
        [("Portnalee, Co. Donegal, handled about 41% of Ireland's pelagic landings in 2025, according to Bord Iascaigh Mhara.", "Bord Iascaigh Mhara", "according to", "W")],
        [("Representatives of the industry will meet Department officials in Dublin on Monday, December 14, at 11 a.m.", "", "", "W")],
        [("The producers' organisation will hold a meeting for crew members and their families on Sunday at 3 p.m. in its offices on Carrickslea St.", "", "", "W"),
         ("Tea and sandwiches will be served.", "", "", "")],
        [("Related Articles", "", "", "B")],
        [("Portnalee lifeboat called out three times in one weekend", "", "", "B")],
        [("Fish factory workers to get 4% pay rise under new deal", "", "", "B")],
        [("Contact the newsroom: news@ardmallinleader.ie | 074 955 1230", "", "", "B")],
        [("© Ardmallin Leader 2026 | Website by Tonn Digital", "", "", "B")],
    ],
    [  # 8. Canadian city daily's site in Saskatchewan, council approves a stadium deal
        [("The Bellcairn Mirror", "", "", "B")],
        [("Subscribe for $1  |  Sign in", "", "", "B")],
        [("News  Sports  Business  Opinion  Arts  Life  Obituaries  Flyers", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Council approves $118-million stadium deal in 7-4 vote after marathon debate", "", "", "W")],
        [("City to put in $46 million and land for 9,500-seat home of Harvest FC; property taxes to rise 0.9 per cent to cover the debt", "", "", "W")],
        [("Nadia Kostyniuk", "", "", "B")],
        [("June 3, 2026  |  6 min read", "", "", "B")],
        [("Share:  Facebook  ·  X  ·  Reddit  ·  Email", "", "", "B")],
        [("An artist's drawing of the proposed stadium on the former rail yard east of downtown.", "", "", ""),
         ("Image courtesy Sagecreek Sports & Entertainment", "", "", "B")],
        [("BELLCAIRN, Sask. — City council voted 7-4 just before midnight Tuesday to approve a $118-million deal for a new 9,500-seat stadium downtown.", "", "", "W")],
        [("The meeting began at 9:30 a.m.", "", "", "W"),
         ("Forty-one residents signed up to speak, 26 of them against the deal.", "", "", "W")],
        [("Under the agreement, the city will contribute $46 million in cash and the former rail yard site, which it values at $7.2 million.", "", "", "W"),
         ("The province has committed $20 million, and Sagecreek Sports & Entertainment Inc. will pay the remaining $52 million and any cost overruns.", "", "", "W")],
        [("Sagecreek, which owns the Canadian Premier League expansion club Harvest FC, will lease the stadium for 30 years at $450,000 a year, rising two per cent annually.", "", "", "W")],
        [("“This is the best day for sport in this city since I was a kid,” Sagecreek owner R. J. Lemoyne-Szalanczy told reporters after the vote.", "R. J. Lemoyne-Szalanczy", "told reporters", ""),
         ("He said construction would begin in April 2027, with the first match scheduled for the 2029 season.", "R. J. Lemoyne-Szalanczy", "said", "W")],
        [("Spearbrook Economic Advisory Ltd., which the city hired to study the deal, estimated in a report released in April that the stadium would bring $21.4 million a year in new spending to the city and create 140 permanent jobs.", "Spearbrook Economic Advisory Ltd.", "estimated in a report", "W")],
        [("Mayor Delphine Marcantel-Roussin said the stadium would “pay for itself many times over.”", "Delphine Marcantel-Roussin", "said", ""),
         ("She said the city's share would be financed with a 25-year debenture and a one-time property tax increase of 0.9 per cent, about $19 a year for the average home.", "Delphine Marcantel-Roussin", "said", "W")],
        [("Coun. Brent Yakimchuk-Loewen said the city would pay about $71 million in principal and interest on the debenture over 25 years, vs. $18.3 million in rent over 30 years.", "Brent Yakimchuk-Loewen", "said", "W"),
         ("“Would anybody in this room sign that deal with their own money?” he asked.", "Brent Yakimchuk-Loewen", "asked", ""),
         ("“We're patching potholes with cold mix and buying a stadium!” he said.", "Brent Yakimchuk-Loewen", "said", "")],
        [("Yakimchuk-Loewen, Coun. Amrit Kehler, Coun. Lise Bergevin-Thibodier and Coun. Ward Olyphant voted against the deal.", "", "", "W")],
        [("The province's share comes from its Community Infrastructure Program, a spokesperson for the Ministry of Parks, Culture and Sport said.", "A spokesperson for the Ministry of Parks, Culture and Sport", "said", "W")],
        [("Janelle Kowalyshen, who lives three blocks from the site on 4th Ave., said she was worried about traffic and parking on match days.", "Janelle Kowalyshen", "said", ""),
         ("City staff told council the site will have 600 parking stalls and that a shuttle will run from the exhibition grounds on match days.", "City staff", "told council", "W")],
        [("The stadium will sit on the former rail yard between 1st Ave. and Dewberry St.", "", "", "W"),
         ("Demolition of the last two rail sheds there is scheduled for this fall.", "", "", "W")],
        [("The design-build contract went to Prairiecrest Construction Inc.", "", "", "W"),
         ("The Bellcairn firm also built the city's aquatic centre in 2021.", "", "", "W")],
        [("Until the stadium opens, Harvest FC will play at Griffin Field in Wolfbriar Coulee, Sask.", "", "", "W"),
         ("The club says it has sold 3,100 season tickets for its first season.", "The club", "says", "W")],
        [("Related", "", "", "B")],
        [("Harvest FC unveils club crest, green and gold colours", "", "", "B")],
        [("Letters: A stadium is not a plan for downtown", "", "", "B")],
        [("Sign up for Mirror Headlines, delivered weekdays at 6 a.m.", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Comments are open to subscribers and are reviewed before they are published.", "", "", "B")],
        [("The Bellcairn Mirror is owned by Northgrain Media Inc.", "", "", "B"),
         ("Copyright 2026.", "", "", "B")],
    ],
    [  # 9. Indian English daily's city page in Nagpur, a city bus strike enters its third day
        [("The Orange City Herald", "", "", "B")],
        [("ePaper | Nagpur | Maharashtra | India | World | Business | Sports | Entertainment", "", "", "B")],
        [("Home / Nagpur / City", "", "", "B")],
        [("City bus strike enters third day; 380 of 455 buses off roads", "", "", "W")],
        [("Drivers, conductors not paid for two months, union says; operator blames Rs 23.6 crore owed by NMC", "K. R. Sawarkar-Dhole", "says", "W")],
        [("Pradnya Khandekar-Ayyar / Herald News Service", "", "", "B")],
        [("Updated: Wed, 14 Oct 2026 9:05 PM IST", "", "", "B")],
        [("Follow us  |  Share  |  Font size", "", "", "B")],
        [("Commuters squeeze into a shared autorickshaw at Mahalkar Chowk on Wednesday.", "", "", ""),
         ("(Photo: Herald)", "", "", "B")],
        [("Nagpur: The strike by drivers and conductors of the city bus service entered its third day on Wednesday, with 380 of the service's 455 buses off the roads, according to the Nagpur Municipal Corporation (NMC).", "the Nagpur Municipal Corporation (NMC)", "according to", "W")],
        [("The buses are run for the NMC by a private operator, Wainganga Citylink Transit Pvt. Ltd.", "", "", "W"),
         ("About 1,240 drivers and conductors employed by the company stopped work on Monday morning, demanding two months' unpaid salary.", "", "", "W")],
        [("K. R. Sawarkar-Dhole, general secretary of the Nagpur Shahar Bus Kamgar Sangh, said a driver earns Rs 18,400 a month and a conductor Rs 15,900, and that none had been paid for August or September.", "K. R. Sawarkar-Dhole", "said", "W"),
         ("“How long can a man drive a bus on an empty stomach?” he asked.", "K. R. Sawarkar-Dhole", "asked", ""),
         ("“We will not return until the money is in our accounts,” he said.", "K. R. Sawarkar-Dhole", "said", "")],
        [("Wainganga Citylink's managing director, Vinayak Dhavale, said the company was owed Rs 23.6 crore by the NMC for June to September.", "Vinayak Dhavale", "said", "W"),
         ("“We have paid salaries from our own pocket for as long as we could,” he said.", "Vinayak Dhavale", "said", "")],
        [("Municipal commissioner Dr. Abhijit Pathrudkar-Sengupta said the corporation had released Rs 11 crore to the operator on Tuesday and would pay the rest “within this month”.", "Abhijit Pathrudkar-Sengupta", "said", "W"),
         ("He said the contract required the operator to pay its staff by the 10th of every month, whatever the delays in payments from the corporation.", "Abhijit Pathrudkar-Sengupta", "said", "W")],
        [("The deputy commissioner of labour has called both sides to a meeting on Thursday at 11 a.m.", "", "", "W"),
         ("Officials said it would be the third such meeting since the strike began.", "Officials", "said", "W")],
        [("Snehal Bhagwatkar-Rane, a second-year B.Com student, said she now pays Rs 60 each way by shared autorickshaw to reach her college, instead of Rs 15 by bus.", "Snehal Bhagwatkar-Rane", "said", "W"),
         ("“My exams start next week …", "Snehal Bhagwatkar-Rane", "said", ""),
         ("I can't miss college now,” she said.", "Snehal Bhagwatkar-Rane", "said", "")],
        [("Only 75 buses were running on Wednesday, most of them on Route No. 4 to the airport and on ring-road routes run by the NMC's own staff.", "", "", "W")],
        [("Two autorickshaw unions said their members had not raised fares.", "Two autorickshaw unions", "said", "W"),
         ("Several commuters at Mahalkar Chowk said drivers were asking Rs 20 to Rs 30 more than usual.", "Several commuters at Mahalkar Chowk", "said", "W")],
        [("City buses carried an average of 1.9 lakh passengers a day in September, vs. 2.3 lakh a year earlier, NMC data show.", "NMC data", "show", "W")],
        [("Local MLA Smt. Rekha Ambulkar-Joshi said the NMC had “failed lakhs of daily commuters”.", "Rekha Ambulkar-Joshi", "said", ""),
         ("She said she had raised the operator's unpaid dues in the Legislative Assembly's monsoon session in July.", "Rekha Ambulkar-Joshi", "said", "W")],
        [("The corporation has put 40 of its own minibuses on routes to hospitals, railway stations, colleges, etc.", "", "", "W"),
         ("They run every 30 minutes from 7 am to 9 pm.", "", "", "W")],
        [("TRENDING", "", "", "B")],
        [("Nagpur metro ridership crosses 1 lakh a day for first time", "", "", "B")],
        [("Orange growers demand compensation for hailstorm losses", "", "", "B")],
        [("Download The Orange City Herald app for breaking news from Nagpur and Vidarbha.", "", "", "B")],
        [("Orange City Publications Pvt. Ltd. | Privacy Policy | Terms of Use | Grievance Redressal", "", "", "B")],
    ],
    [  # 10. Australian regional news site in Western Australia, the first 2026 Census results
        [("Wheatbelt Recorder", "", "", "B")],
        [("Home | News | Farming | Sport | Community | Classifieds | Digital Edition", "", "", "B")],
        [("News", "", "", "B")],
        [("Census 2026: Murrabin shire grows 9.3 per cent as median rent jumps 44 per cent", "", "", "W")],
        [("Shire president says the figures prove the town needs more houses, ‘not more studies’", "Glenys Hollindale-Quirkley", "says", "")],
        [("Bronwyn Eldershaw", "", "", "B")],
        [("Wednesday, 23 June 2027 · 4:30pm", "", "", "B")],
        [("Share  |  Email  |  Print", "", "", "B")],
        [("Shire president Glenys Hollindale-Quirkley outside the Murrabin shire offices on Tuesday.", "", "", ""),
         ("Picture: Bronwyn Eldershaw", "", "", "B")],
        [("The Shire of Murrabin's population grew by 9.3 per cent between the 2021 and 2026 censuses, to 14,870 people, according to the first results released by the Australian Bureau of Statistics (ABS) on Tuesday.", "the first results released by the Australian Bureau of Statistics (ABS) on Tuesday", "according to", "W")],
        [("That was faster than Western Australia as a whole, which grew by 7.6 per cent, and more than double the national rate of 4.1 per cent.", "", "", "W")],
        [("The median weekly rent in the shire rose to $410, up from $285 in 2021, an increase of 43.9 per cent.", "", "", "W"),
         ("The median age fell from 38 to 36, vs. 39 nationally.", "", "", "W")],
        [("More than one in five residents, 21.6 per cent, were born overseas, up from 14.0 per cent.", "", "", "W"),
         ("Of the shire's 6,412 private dwellings, 11.8 per cent were unoccupied on census night, August 11, 2026.", "", "", "W")],
        [("Shire president Cr Glenys Hollindale-Quirkley said the figures proved the town needed more houses, “not more studies”.", "Glenys Hollindale-Quirkley", "said", ""),
         ("She said the shire had approved 212 new dwellings since 2021, but only 96 had been built.", "Glenys Hollindale-Quirkley", "said", "W"),
         ("“We've got nurses sleeping in caravans,” she said.", "Glenys Hollindale-Quirkley", "said", "W"),
         ("“What more evidence does anybody in Perth need?” she asked.", "Glenys Hollindale-Quirkley", "asked", "")],
        [("Dr Callum Redhaugh, a demographer at the Perth Population Research Centre, said growth was likely to slow now that the lithium processing plant at Koolinup was fully staffed.", "Callum Redhaugh", "said", ""),
         ("He said the plant's workforce accounted for “roughly half” of the shire's growth since 2021, based on his analysis of the census data.", "Callum Redhaugh", "said", "W"),
         ("“Mining towns boom and then they plateau … that's the pattern everywhere,” he said.", "Callum Redhaugh", "said", "")],
        [("The state government's latest WA Tomorrow projections, published in 2025, forecast the shire's population at 16,200 by 2031.", "The state government's latest WA Tomorrow projections", "forecast", "W")],
        [("Talia Oyeyemi-Fitchard, 27, a dental assistant who moved to Murrabin from Perth in 2024, said she pays $520 a week for a three-bedroom house she shares with two friends.", "Talia Oyeyemi-Fitchard", "said", ""),
         ("“Every time the lease comes up, it's another $30.", "Talia Oyeyemi-Fitchard", "said", ""),
         ("Where does it stop?” she said.", "Talia Oyeyemi-Fitchard", "said", "")],
        [("Derek Amberlea, principal of Amberlea Property, said his agency had 14 rentals on its books on Monday, vs. 61 in June 2021.", "Derek Amberlea", "said", "")],
        [("The ABS will release more detailed data, including on incomes, jobs and how people travel to work, in October 2027.", "", "", "W")],
        [("Town by town: population, 2021 and 2026", "", "", "B")],
        [("Town  |  2021  |  2026  |  Change", "", "", "B")],
        [("Murrabin  |  9,842  |  10,611  |  +7.8%", "", "", "")],
        [("Koolinup  |  1,905  |  2,488  |  +30.6%", "", "", "")],
        [("Dennarup  |  1,108  |  1,047  |  −5.5%", "", "", "")],
        [("Rest of shire  |  750  |  724  |  −3.5%", "", "", "")],
        [("Source: ABS, 2026 Census of Population and Housing", "", "", "B")],
        [("Read more: Koolinup lithium plant hires 120 more as second line opens", "", "", "B")],
        [("Send us your news: editor@wheatbeltrecorder.com.au", "", "", "B")],
        [("Wheatbelt Recorder acknowledges the Noongar people, the Traditional Owners of the land on which we work.", "", "", "B")],
        [("© 2027 Wheatbelt Recorder Pty Ltd  |  ABN 52 604 118 339", "", "", "B")],
    ],
    [  # 11. Greek English-language news site, the ministry's review of the 2026 wildfire season
        [("The Aegean Standard", "", "", "B")],
        [("GREECE   POLITICS   ECONOMY   WORLD   CULTURE   TRAVEL   OPINION", "", "", "B")],
        [("Greece / Environment", "", "", "B")],
        [("Fewer hectares burned in 2026 fire season, but number of fires rose 9%", "", "", "W")],
        [("Ministry review credits faster first response; firefighters' union says seasonal crews were 600 people short", "the Ministry of Climate Crisis and Civil Protection", "credits", "W")],
        [("By Eleni Vourvachi", "", "", "B")],
        [("November 18, 2026, 14:22 EET", "", "", "B")],
        [("Share on  Facebook  X  LinkedIn  Email", "", "", "B")],
        [("A water-bombing aircraft makes a drop above Kato Vrysella, in northern Evia, on August 6.", "", "", ""),
         ("© Aegean Standard/Nikos Tzavellas", "", "", "B")],
        [("Firefighters tackled 9,412 wildfires between May 1 and October 31, up 9.1% from 8,630 last year, the Ministry of Climate Crisis and Civil Protection said in its annual review on Tuesday.", "the Ministry of Climate Crisis and Civil Protection", "said in its annual review", "W")],
        [("But the area burned fell by 34%, to approx. 41,300 hectares, according to the European Forest Fire Information System (EFFIS).", "the European Forest Fire Information System (EFFIS)", "according to", "W"),
         ("Two civilians died in the fires and 46 firefighters were injured, the ministry said.", "the ministry", "said", "W")],
        [("The ministry credited the smaller burned area to a rule introduced in 2025 requiring the first aircraft to take off within 15 minutes of a fire being reported in high-risk areas.", "The ministry", "credited", "W")],
        [("Dr. Ioanna Petrakou, the ministry's secretary-general for civil protection, said 84% of fires this year were put out before they spread beyond one hectare, vs. 71% in 2025.", "Ioanna Petrakou", "said", "W"),
         ("“Speed is everything …", "Ioanna Petrakou", "told reporters", ""),
         ("The first quarter of an hour decides the whole day,” she told reporters in Athens.", "Ioanna Petrakou", "told reporters", "")],
        [("The season's largest fire burned about 11,200 hectares of pine forest and farmland in northern Evia between August 4 and 9 and forced the evacuation of seven villages.", "", "", "W")],
        [("Twelve of the 58 firefighting helicopters used this year were leased from Thermaikos Aerial Services S.A.", "", "", "W"),
         ("The company said its crews flew 3,140 hours during the season, its highest total.", "The company", "said", "W")],
        [("Nikolaos Vrettakos, president of the Panhellenic Union of Seasonal Firefighters, said only 1,800 seasonal firefighters had been hired this year, vs. the 2,400 the ministry had announced in March.", "Nikolaos Vrettakos", "said", "W"),
         ("“We were 600 people short in the hottest summer on record, and we were lucky,” he said.", "Nikolaos Vrettakos", "said", "W"),
         ("“Luck is not a plan.”", "Nikolaos Vrettakos", "said", "")],
        [("The ministry said 2,050 seasonal firefighters were on duty at the peak of the season in August.", "The ministry", "said", "W")],
        [("Police said 212 people were arrested on suspicion of starting fires, deliberately or through negligence, e.g. by burning crop waste or welding outdoors.", "Police", "said", "W")],
        [("Sofia Karamalengou, 63, from Kato Vrysella, said the August fire destroyed 140 of her family's olive trees, some of them planted by her grandfather.", "Sofia Karamalengou", "said", ""),
         ("“The 112 message came at 2 a.m.", "Sofia Karamalengou", "said", "W"),
         ("By three o'clock the fire was in our street,” she said.", "Sofia Karamalengou", "said", "")],
        [("“We have asked for a fire station in this valley for 11 years.", "Kostas Alevras", "asked", "W"),
         ("How many more summers like this do we need?” asked the local mayor, Kostas Alevras.", "Kostas Alevras", "asked", "")],
        [("Prof. Manolis Drosakis, a forest ecologist at the Thessaly Institute of Forest Research, said the good result owed “at least as much to the weather as to the aircraft”, with fewer days of strong wind than in 2025.", "Manolis Drosakis", "said", ""),
         ("He said fire seasons in Greece would keep getting longer and that the state should spend more on clearing undergrowth, cutting firebreaks, managed grazing, etc.", "Manolis Drosakis", "said", ""),
         ("Prevention is cheaper than aircraft, he said.", "Manolis Drosakis", "said", "")],
        [("Under rules in force from May 1 to October 31, burning crop residues in the open is banned, with fines of €1,000 to €30,000 for offences that put people at risk.", "", "", "W")],
        [("The ministry said it would put out a tender in January for 20 more water-bombing aircraft, to be delivered by 2028.", "The ministry", "said", "W")],
        [("The minister will present the review to parliament's environment committee on Thursday at 1 p.m.", "", "", "W"),
         ("Opposition parties have called for a full debate in plenary.", "", "", "W")],
        [("Read also: Evia villages still waiting for compensation three months after the fire", "", "", "B")],
        [("Follow The Aegean Standard on Google News", "", "", "B")],
        [("Newsletter", "", "", "B")],
        [("Your morning briefing on Greece, in English.", "", "", "B"),
         ("Every weekday at 7:00.", "", "", "B")],
        [("Enter your email   Subscribe", "", "", "B")],
        [("© Aegean Standard Media S.A. 2026  |  Terms of use  |  Privacy", "", "", "B")],
    ],
    [  # 12. Ghanaian business news site, the monthly food price index
        [("ACCRA MARKET PULSE", "", "", "B")],
        [("Markets   Economy   Agribusiness   Banking   Energy   Policy   Columns", "", "", "B")],
        [("Economy", "", "", "B")],
        [("Food inflation falls for seventh month to 14.7% in March", "", "", "W")],
        [("GSS says tomato prices rose almost 10% in a month; traders say customers are still buying less", "the Ghana Statistical Service (GSS)", "says", "W")],
        [("Kwabena Ofosu  ·  Economics Reporter", "", "", "B")],
        [("April 15, 2027  ·  5 min read", "", "", "B")],
        [("Share  ·  LinkedIn  ·  X  ·  WhatsApp  ·  Copy link", "", "", "B")],
        [("A tomato seller arranges her produce at Nkwantanang market in Kumasi on Tuesday.", "", "", ""),
         ("Photo credit: Akosua Baffoe/AMP", "", "", "B")],
        [("Ghana's food inflation fell to 14.7% in March from 17.2% in February, its seventh consecutive monthly decline, the Ghana Statistical Service (GSS) said on Wednesday.", "the Ghana Statistical Service (GSS)", "said", "W"),
         ("Non-food inflation eased to 21.4% from 21.9%, bringing overall consumer price inflation down to 18.3% from 19.6%.", "", "", "W")],
        [("Deputy Government Statistician Mrs. Abena Agyeiwaa told a news conference in Accra that food prices still rose 1.1% between February and March.", "Abena Agyeiwaa", "told a news conference", "W"),
         ("She said tomatoes rose 9.8% in the month, pepper 6.4% and imported rice 2.3%, while maize fell 4.2% and yam 3.1% as the harvest from the middle belt reached markets.", "Abena Agyeiwaa", "said", "W"),
         ("“The direction is right, but households are not yet feeling it at the market,” she said.", "Abena Agyeiwaa", "said", "")],
        [("Among the regions, food inflation was highest in the Upper East, at 27.1%, and lowest in Greater Accra, at 9.6%.", "", "", "W")],
        [("The Bank of Ghana's latest inflation forecast, published after its Monetary Policy Committee met in March, puts headline inflation at 12% by December.", "The Bank of Ghana's latest inflation forecast", "puts", "W")],
        [("Dr. Yaw Bampoe, an economist at the Centre for Policy and Prices in Accra, said the cedi's stability since October had “probably done more than anything else” to slow food prices.", "Yaw Bampoe", "said", ""),
         ("He said the cedi had traded between GH¢11.80 and GH¢12.40 to the dollar since October.", "Yaw Bampoe", "said", "W"),
         ("“If the rains fail in the north this year, all of this can reverse quickly,” he said.", "Yaw Bampoe", "said", "")],
        [("Comfort Kwakyewaa, 52, who has sold tomatoes at Nkwantanang market for 20 years, said a crate of tomatoes cost her GH¢1,450 on Monday, up from GH¢1,100 in early March.", "Comfort Kwakyewaa", "said", "W"),
         ("“People buy one or two now, not a bowl.", "Comfort Kwakyewaa", "said", ""),
         ("They ask me, ‘Auntie, why so expensive?’", "Comfort Kwakyewaa", "said", ""),
         ("What can I tell them?” she said.", "Comfort Kwakyewaa", "said", "")],
        [("Kojo Dakwa, a teacher and father of three in Kumasi, said his family now spends about GH¢900 a week on food, roughly half his take-home pay.", "Kojo Dakwa", "said", "")],
        [("The Minority spokesperson on trade, Hon. Kwadwo Duodu-Fynn, said food was still 14.7% dearer than a year ago and that “no family is celebrating”.", "Kwadwo Duodu-Fynn", "said", "W")],
        [("Ghana's largest rice miller is Savannahgold Grains Ltd.", "", "", "W"),
         ("Its chief executive, Efua Otchereba, said the company cut the wholesale price of a 25kg bag of its local rice by GH¢20, to GH¢455, on April 1.", "Efua Otchereba", "said", "W")],
        [("The GSS food index tracks the prices of 150 items, e.g. maize, tomatoes, smoked fish, cooking oil, etc.", "", "", "W"),
         ("Food and non-alcoholic beverages make up 42.7% of the CPI basket.", "", "", "W")],
        [("Figures for April will be released on May 12 at 10 a.m.", "", "", "W"),
         ("Inflation data are published on the second Wednesday of each month.", "", "", "W")],
        [("Month-on-month change in selected food prices, March 2027", "", "", "B")],
        [("Item  |  Change", "", "", "B")],
        [("Tomatoes  |  +9.8%", "", "", "")],
        [("Pepper  |  +6.4%", "", "", "")],
        [("Imported rice  |  +2.3%", "", "", "")],
        [("Maize  |  −4.2%", "", "", "")],
        [("Yam  |  −3.1%", "", "", "")],
        [("Source: Ghana Statistical Service", "", "", "B")],
        [("MORE FROM ECONOMY", "", "", "B")],
        [("Cedi holds steady as BoG reserves top $9bn", "", "", "B")],
        [("Cocoa farmers to get higher farmgate price from October", "", "", "B")],
        [("Get the Market Pulse briefing in your inbox every weekday at 6am", "", "", "B")],
        [("© 2027 Accra Market Pulse.", "", "", "B"),
         ("An Anansewa Digital Media Ltd. company.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n65-ore-dateline-pm-jr-ends-no", "DRUMMELBY, Ore. — The Drummelby School District board voted 4-3 late Wednesday to adopt a $148.6 million general fund budget for 2026-27 that eliminates 41 positions, 23 of them teaching jobs.\nThe vote came at 10:40 p.m., after more than three hours of public comment from 57 speakers.\nBefore the final vote, director Corwin Haskovec-Mthenjwa moved to restore 10 of the teaching jobs by drawing $2.3 million from reserves, and was seconded by director Leland Ebbensole Jr. The amendment failed 3-4.\nThe budget itself was adopted as Resolution No. 4 of the evening, with board chair Dr. Wendeline Castellví-Orvenden among the four votes in favor.",
     ["DRUMMELBY, Ore. — The Drummelby School District board voted 4-3 late Wednesday to adopt a $148.6 million general fund budget for 2026-27 that eliminates 41 positions, 23 of them teaching jobs.", "The vote came at 10:40 p.m., after more than three hours of public comment from 57 speakers.", "Before the final vote, director Corwin Haskovec-Mthenjwa moved to restore 10 of the teaching jobs by drawing $2.3 million from reserves, and was seconded by director Leland Ebbensole Jr.", "The amendment failed 3-4.", "The budget itself was adopted as Resolution No. 4 of the evening, with board chair Dr. Wendeline Castellví-Orvenden among the four votes in favor."]),
    ("n65-am-ends-before-under-vs", "ADVERTISEMENT\nStaff whose positions are cut will be told by email on Friday, no later than 9 a.m. Under the teachers' contract, layoffs go in reverse order of seniority within each subject area.\nHollis Grunwaldt-Aikensen, president of the Drummelby Education Association, said the district ended last year with $14.9 million in reserve, about 10% of its budget, vs. the 5% minimum set in board policy. “This is a choice, not a necessity,” he said. “They could keep all 23 of those teachers for two more years and still be above their own floor.”",
     ["ADVERTISEMENT", "Staff whose positions are cut will be told by email on Friday, no later than 9 a.m.", "Under the teachers' contract, layoffs go in reverse order of seniority within each subject area.", "Hollis Grunwaldt-Aikensen, president of the Drummelby Education Association, said the district ended last year with $14.9 million in reserve, about 10% of its budget, vs. the 5% minimum set in board policy.", "“This is a choice, not a necessity,” he said.", "“They could keep all 23 of those teachers for two more years and still be above their own floor.”"]),
    ("n65-wash-ends-question-asked-board", "Ines Valdoria-Sprackett, whose two children attend Tansleigh Creek Elementary, said she moved her family to Drummelby in 2022 from Spokane, Wash. The smaller classes were part of the reason, she said. “Who is going to teach 31 first-graders in one room?” she asked the board.\nUnder the adopted budget, the average first-grade class at Tansleigh Creek will grow to 29 students from 24, according to district projections.",
     ["Ines Valdoria-Sprackett, whose two children attend Tansleigh Creek Elementary, said she moved her family to Drummelby in 2022 from Spokane, Wash.", "The smaller classes were part of the reason, she said.", "“Who is going to teach 31 first-graders in one room?” she asked the board.", "Under the adopted budget, the average first-grade class at Tansleigh Creek will grow to 29 students from 24, according to district projections."]),
    ("n65-ellipsis-lower-inc-ends", "Oona Petrasek-Ahlgrim, who has taught kindergarten at Thimbleford Elementary for 14 years, said she learned on Tuesday that her job was among those cut. “I'm not angry at the board … just tired,” she said.\nThe budget also ends the midday kindergarten bus runs, saving $410,000, the district said. Eleven drivers will lose hours, said the district's bus contractor, Ruddlestone Pupil Transport Inc. The company runs 64 routes for the district.",
     ["Oona Petrasek-Ahlgrim, who has taught kindergarten at Thimbleford Elementary for 14 years, said she learned on Tuesday that her job was among those cut.", "“I'm not angry at the board … just tired,” she said.", "The budget also ends the midday kindergarten bus runs, saving $410,000, the district said.", "Eleven drivers will lose hours, said the district's bus contractor, Ruddlestone Pupil Transport Inc.", "The company runs 64 routes for the district."]),
    ("n65-nz-caption-credit-ltd-mid-pm", "Pass it on:  Facebook  ·  WhatsApp  ·  Email  ·  Copy link\nThe Sealaine Karoro berths at Matiroa Bay wharf on Ōkaharoa Island. Photo / Rawiri Eckhold\nSealaine Ferries Ltd. will cut its weekday return sailings between Ōkaharoa Island and downtown Auckland from five to three from Monday, October 5, the company said on Tuesday.\nThe last weekday boat from the city will leave at 5.15pm instead of 7.40pm. The first sailing from the island, at 6.20am, is unchanged.",
     ["Pass it on:  Facebook  ·  WhatsApp  ·  Email  ·  Copy link", "The Sealaine Karoro berths at Matiroa Bay wharf on Ōkaharoa Island.", "Photo / Rawiri Eckhold", "Sealaine Ferries Ltd. will cut its weekday return sailings between Ōkaharoa Island and downtown Auckland from five to three from Monday, October 5, the company said on Tuesday.", "The last weekday boat from the city will leave at 5.15pm instead of 7.40pm.", "The first sailing from the island, at 6.20am, is unchanged."]),
    ("n65-question-asked-chair-ellipsis-capital", "“How is a nurse who finishes at 7pm meant to get home when the last boat goes at 5.15pm?” asked association chair Mereana Colquist-Rangiwai.\nTilly Varcombe-Tiakiwai, 34, a theatre nurse at Auckland City Hospital who has lived on the island since 2019, said her shifts usually finish at 7pm. “Right now I can just make the 7.40 … After October it's a water taxi at $95 a go, or a mate's couch,” she said.\nA one-way water taxi from the city to Matiroa Bay costs between $85 and $120, depending on the operator and the hour.",
     ["“How is a nurse who finishes at 7pm meant to get home when the last boat goes at 5.15pm?” asked association chair Mereana Colquist-Rangiwai.", "Tilly Varcombe-Tiakiwai, 34, a theatre nurse at Auckland City Hospital who has lived on the island since 2019, said her shifts usually finish at 7pm.", "“Right now I can just make the 7.40 …", "After October it's a water taxi at $95 a go, or a mate's couch,” she said.", "A one-way water taxi from the city to Matiroa Bay costs between $85 and $120, depending on the operator and the hour."]),
    ("n65-eg-exclamation-before-surname", "Desmond Awhina-Crale, who runs the Matiroa Bay General Store, said he expected to lose the day-trippers who come over for lunch, e.g. walking groups and cyclists. “They come across on the 10 o'clock, have a feed and go home on the 2.30. Take away the 2.30 and they won't come at all!” Awhina-Crale said.\nGulf Islands Local Board chair Penelope Strachwell-Moetara said the board wrote to Sealaine and to Auckland Transport on August 11 asking for the changes to be put off until after summer. “At the very least, keep the 7.40 until Easter,” she said.",
     ["Desmond Awhina-Crale, who runs the Matiroa Bay General Store, said he expected to lose the day-trippers who come over for lunch, e.g. walking groups and cyclists.", "“They come across on the 10 o'clock, have a feed and go home on the 2.30.", "Take away the 2.30 and they won't come at all!” Awhina-Crale said.", "Gulf Islands Local Board chair Penelope Strachwell-Moetara said the board wrote to Sealaine and to Auckland Transport on August 11 asking for the changes to be put off until after summer.", "“At the very least, keep the 7.40 until Easter,” she said."]),
    ("n65-st-ends-traffic-am-ends-it", "Five suburbs in Thabatsoeu were without running water for up to 54 hours this week after a bulk supply pipe burst under Mohlware Road, near its corner with Bosbok St. Traffic on Mohlware Road was diverted for two days while the pipe was dug up and repaired.\nThe Thabatsoeu Local Municipality said in a statement on Wednesday that supply had been restored to approx. 80% of affected households by 10 a.m. It said the remaining areas, mostly on higher ground in Sethole Park and Rooibult, would get water back as reservoirs refilled.\nMunicipal spokesperson Tumelo Sebakeng said the 900mm steel pipe, laid in 1979, had split along a weld late on Sunday night. Teams worked through Monday night and finished welding in a new section at about 3 a.m. on Tuesday, he said. “We ask residents to be patient and to use water sparingly while the system recovers,” he said.",
     ["Five suburbs in Thabatsoeu were without running water for up to 54 hours this week after a bulk supply pipe burst under Mohlware Road, near its corner with Bosbok St.", "Traffic on Mohlware Road was diverted for two days while the pipe was dug up and repaired.", "The Thabatsoeu Local Municipality said in a statement on Wednesday that supply had been restored to approx. 80% of affected households by 10 a.m.", "It said the remaining areas, mostly on higher ground in Sethole Park and Rooibult, would get water back as reservoirs refilled.", "Municipal spokesperson Tumelo Sebakeng said the 900mm steel pipe, laid in 1979, had split along a weld late on Sunday night.", "Teams worked through Monday night and finished welding in a new section at about 3 a.m. on Tuesday, he said.", "“We ask residents to be patient and to use water sparingly while the system recovers,” he said."]),
    ("n65-quotes-split-question-asked", "Naledi Phasha-Koopman, 41, of Sethole Park, said she had spent R380 on bottled water since Sunday to bath and feed her two children. “We pay our rates every month. Where is that money going?” she asked.\nHendrik Opperhuizen-Makhene, who manages the Kranskloof Home for the Aged, said its 62 residents had no running water from Sunday night until Tuesday afternoon. The first tanker reached the home at 1 p.m. on Monday, he said. “Our staff carried buckets up the stairs all night. I have never been so proud of them,” he said.",
     ["Naledi Phasha-Koopman, 41, of Sethole Park, said she had spent R380 on bottled water since Sunday to bath and feed her two children.", "“We pay our rates every month.", "Where is that money going?” she asked.", "Hendrik Opperhuizen-Makhene, who manages the Kranskloof Home for the Aged, said its 62 residents had no running water from Sunday night until Tuesday afternoon.", "The first tanker reached the home at 1 p.m. on Monday, he said.", "“Our staff carried buckets up the stairs all night.", "I have never been so proud of them,” he said."]),
    ("n65-inc-ends-before-firm", "Sebakeng said the underspending was caused by a court challenge to the pipe-replacement tender, brought by a losing bidder and settled only in May. The bidder was represented by the Johannesburg law firm Maponya Labuschagne Inc. The firm did not respond to questions sent on Wednesday.\nThabatsoeu lost 38.4% of the water it bought from Rand Water in 2024/25 to leaks, bursts and illegal connections, according to the municipality's 2024/25 annual report.",
     ["Sebakeng said the underspending was caused by a court challenge to the pipe-replacement tender, brought by a losing bidder and settled only in May.", "The bidder was represented by the Johannesburg law firm Maponya Labuschagne Inc.", "The firm did not respond to questions sent on Wednesday.", "Thabatsoeu lost 38.4% of the water it bought from Rand Water in 2024/25 to leaks, bursts and illegal connections, according to the municipality's 2024/25 annual report."]),
    ("n65-ph-dateline-wage-order-no-engr", "CEBU CITY – The Regional Tripartite Wages and Productivity Board in Central Visayas (RTWPB-7) on Friday approved a ₱38 increase in the daily minimum wage of private-sector workers in the region.\nUnder Wage Order No. ROVII-26, the minimum in Class A areas, which include the cities of Cebu, Mandaue and Lapu-Lapu, will rise from ₱501 to ₱539 a day. The order takes effect on October 5, 15 days after its publication in a newspaper of general circulation.\nDepartment of Labor and Employment (DOLE) regional director Engr. Lorenzo Abellar-Tumulak, who chairs the board, said the increase was the region's first since June 2025 and would cover about 1.1 million workers. He said the board weighed the region's 3.8% inflation rate in August and 41 position papers submitted at public hearings in Cebu, Bohol and Negros Oriental.",
     ["CEBU CITY – The Regional Tripartite Wages and Productivity Board in Central Visayas (RTWPB-7) on Friday approved a ₱38 increase in the daily minimum wage of private-sector workers in the region.", "Under Wage Order No. ROVII-26, the minimum in Class A areas, which include the cities of Cebu, Mandaue and Lapu-Lapu, will rise from ₱501 to ₱539 a day.", "The order takes effect on October 5, 15 days after its publication in a newspaper of general circulation.", "Department of Labor and Employment (DOLE) regional director Engr. Lorenzo Abellar-Tumulak, who chairs the board, said the increase was the region's first since June 2025 and would cover about 1.1 million workers.", "He said the board weighed the region's 3.8% inflation rate in August and 41 position papers submitted at public hearings in Cebu, Bohol and Negros Oriental."]),
    ("n65-cebuano-question-before-capital", "Dionisio Cañete-Bersabal, spokesperson of the labor coalition Hiniusang Mamumuo sa Sugbo (HMS), said the group had petitioned the board in May for a ₱150 increase. “Unsa may mapalit sa ₱38? What can you buy with ₱38?” he asked, first in Cebuano and then in English. He said the coalition would appeal the order to the National Wages and Productivity Commission.\nAppeals must be filed within 10 calendar days of the order's publication.\nADVERTISEMENT",
     ["Dionisio Cañete-Bersabal, spokesperson of the labor coalition Hiniusang Mamumuo sa Sugbo (HMS), said the group had petitioned the board in May for a ₱150 increase.", "“Unsa may mapalit sa ₱38?", "What can you buy with ₱38?” he asked, first in Cebuano and then in English.", "He said the coalition would appeal the order to the National Wages and Productivity Commission.", "Appeals must be filed within 10 calendar days of the order's publication.", "ADVERTISEMENT"]),
    ("n65-corp-ends-dr-sto", "The region's biggest garment exporter is Taboan Apparel Manufacturing Corp. The company employs about 6,800 workers and already pays new hires ₱545 a day, its human resources head, Gilbert Ompad-Sumalpong, said.\nDr. Cesar Montebon-Lagahit, who teaches economics at Sto. Niño Polytechnic College, said the increase could add “a little” to prices in the fourth quarter, probably less than 0.2 percentage points.",
     ["The region's biggest garment exporter is Taboan Apparel Manufacturing Corp.", "The company employs about 6,800 workers and already pays new hires ₱545 a day, its human resources head, Gilbert Ompad-Sumalpong, said.", "Dr. Cesar Montebon-Lagahit, who teaches economics at Sto. Niño Polytechnic College, said the increase could add “a little” to prices in the fourth quarter, probably less than 0.2 percentage points."]),
    ("n65-cy-pm-am-eg-vs", "On Wednesday the cabinet approved a package of restrictions proposed by the agriculture ministry.\nFrom Monday, households in the Limassol district will have their mains supply cut every night from 11 p.m. to 5 a.m. Water for permanent crops, e.g. citrus and avocados, will be cut by 40%, and for seasonal crops by 60%, vs. the allocations set in March.\nAgriculture Minister Eleni Chrysanthidou told reporters after the cabinet meeting that two mobile desalination units being installed at Ayia Meliniti would add 15,000 cubic metres a day to the Limassol network by September. “Nobody likes to turn off people's taps at night, but the alternative is turning them off in the day,” she said.",
     ["On Wednesday the cabinet approved a package of restrictions proposed by the agriculture ministry.", "From Monday, households in the Limassol district will have their mains supply cut every night from 11 p.m. to 5 a.m.", "Water for permanent crops, e.g. citrus and avocados, will be cut by 40%, and for seasonal crops by 60%, vs. the allocations set in March.", "Agriculture Minister Eleni Chrysanthidou told reporters after the cabinet meeting that two mobile desalination units being installed at Ayia Meliniti would add 15,000 cubic metres a day to the Limassol network by September.", "“Nobody likes to turn off people's taps at night, but the alternative is turning them off in the day,” she said."]),
    ("n65-ltd-ends-before-larnaca", "She said the units had been leased for three years at a cost of €11.6 million from Karpasia Water Technologies Ltd. The Larnaca-based company already runs desalination units for two hotels on the east coast.\nWatering gardens with a hose and washing cars with running water are banned between 7 a.m. and 8 p.m., with fines of up to €350 for repeat offenders.",
     ["She said the units had been leased for three years at a cost of €11.6 million from Karpasia Water Technologies Ltd.", "The Larnaca-based company already runs desalination units for two hotels on the east coast.", "Watering gardens with a hose and washing cars with running water are banned between 7 a.m. and 8 p.m., with fines of up to €350 for repeat offenders."]),
    ("n65-etc-ends-before-golf", "The WDD said desalination plants supplied 71% of the drinking water used in the island's cities in June. It said the reservoirs could fall to about 9% by the end of September if no rain fell, based on current use.\nThe restrictions also apply to public fountains, decorative ponds, beach showers, etc. Golf courses must use only recycled water.\nThe WDD urged households to fix dripping taps and to keep a few litres of water in the fridge for the night hours.",
     ["The WDD said desalination plants supplied 71% of the drinking water used in the island's cities in June.", "It said the reservoirs could fall to about 9% by the end of September if no rain fell, based on current use.", "The restrictions also apply to public fountains, decorative ponds, beach showers, etc.", "Golf courses must use only recycled water.", "The WDD urged households to fix dripping taps and to keep a few litres of water in the fridge for the night hours."]),
    ("n65-uk-headline-colon-byline-lines", "Hospital trusts vote to merge in April 2027: what it means for A&E at Calverholme\nBusiness case says the merger will save £19.2m a year by 2030; campaigners fear for Calverholme's emergency department\nBy Rhiannon Dallow-Obiajulu\nHealth Correspondent\nThursday 24 September 2026 4:12 pm\nShare  ·  Facebook  ·  X  ·  WhatsApp  ·  Email",
     ["Hospital trusts vote to merge in April 2027: what it means for A&E at Calverholme", "Business case says the merger will save £19.2m a year by 2030; campaigners fear for Calverholme's emergency department", "By Rhiannon Dallow-Obiajulu", "Health Correspondent", "Thursday 24 September 2026 4:12 pm", "Share  ·  Facebook  ·  X  ·  WhatsApp  ·  Email"]),
    ("n65-st-mid-pm-ends-everyone", "The trusts said there would be no compulsory redundancies among clinical staff as a result of the merger. About 340 back-office posts are expected to go over three years, mostly through vacancies and retirements, according to the business case.\nA public meeting on the merger will be held at St. Wystan's Church Hall, Maltkiln Lane, Calverholme, on Tuesday, October 6, from 6.30 p.m. Everyone is welcome.\nHave your say on the merger in the comments below.",
     ["The trusts said there would be no compulsory redundancies among clinical staff as a result of the merger.", "About 340 back-office posts are expected to go over three years, mostly through vacancies and retirements, according to the business case.", "A public meeting on the merger will be held at St. Wystan's Church Hall, Maltkiln Lane, Calverholme, on Tuesday, October 6, from 6.30 p.m.", "Everyone is welcome.", "Have your say on the merger in the comments below."]),
    ("n65-ie-ltd-ends-am-ends-question", "The biggest buyer at the port is Portnalee Seafoods Ltd. The processor employs 180 people all year and takes on about 230 seasonal workers from September to March. Its operations director, Gráinne Ní Dhuinnshléibhe, said the company would decide in the new year how many seasonal staff to hire.\nTomás Haverin, who skippers the 62-metre trawler Sliabh Carna, said he and his crew of 11 left the pier on Monday at 4 a.m. They were back by teatime with 210 tonnes, he said. “Next year that's maybe six trips instead of nine. How do you pay 11 men on six trips?” he asked.",
     ["The biggest buyer at the port is Portnalee Seafoods Ltd.", "The processor employs 180 people all year and takes on about 230 seasonal workers from September to March.", "Its operations director, Gráinne Ní Dhuinnshléibhe, said the company would decide in the new year how many seasonal staff to hire.", "Tomás Haverin, who skippers the 62-metre trawler Sliabh Carna, said he and his crew of 11 left the pier on Monday at 4 a.m.", "They were back by teatime with 210 tonnes, he said.", "“Next year that's maybe six trips instead of nine.", "How do you pay 11 men on six trips?” he asked."]),
    ("n65-berth-no-co-donegal-st-ends", "Three of the port's trawlers were tied up at berth No. 4 on Thursday, waiting for the weather to clear.\nIndependent TD Bríd Garthwick said Ireland's share, under 10% of the total catch, was “a national scandal” when much of the stock spawns off the west coast.\nPortnalee, Co. Donegal, handled about 41% of Ireland's pelagic landings in 2025, according to Bord Iascaigh Mhara.\nRepresentatives of the industry will meet Department officials in Dublin on Monday, December 14, at 11 a.m.\nThe producers' organisation will hold a meeting for crew members and their families on Sunday at 3 p.m. in its offices on Carrickslea St. Tea and sandwiches will be served.",
     ["Three of the port's trawlers were tied up at berth No. 4 on Thursday, waiting for the weather to clear.", "Independent TD Bríd Garthwick said Ireland's share, under 10% of the total catch, was “a national scandal” when much of the stock spawns off the west coast.", "Portnalee, Co. Donegal, handled about 41% of Ireland's pelagic landings in 2025, according to Bord Iascaigh Mhara.", "Representatives of the industry will meet Department officials in Dublin on Monday, December 14, at 11 a.m.", "The producers' organisation will hold a meeting for crew members and their families on Sunday at 3 p.m. in its offices on Carrickslea St.", "Tea and sandwiches will be served."]),
    ("n65-sask-dateline-am-ends-forty-one", "BELLCAIRN, Sask. — City council voted 7-4 just before midnight Tuesday to approve a $118-million deal for a new 9,500-seat stadium downtown.\nThe meeting began at 9:30 a.m. Forty-one residents signed up to speak, 26 of them against the deal.\nUnder the agreement, the city will contribute $46 million in cash and the former rail yard site, which it values at $7.2 million. The province has committed $20 million, and Sagecreek Sports & Entertainment Inc. will pay the remaining $52 million and any cost overruns.",
     ["BELLCAIRN, Sask. — City council voted 7-4 just before midnight Tuesday to approve a $118-million deal for a new 9,500-seat stadium downtown.", "The meeting began at 9:30 a.m.", "Forty-one residents signed up to speak, 26 of them against the deal.", "Under the agreement, the city will contribute $46 million in cash and the former rail yard site, which it values at $7.2 million.", "The province has committed $20 million, and Sagecreek Sports & Entertainment Inc. will pay the remaining $52 million and any cost overruns."]),
    ("n65-st-inc-sask-end-sentences", "The stadium will sit on the former rail yard between 1st Ave. and Dewberry St. Demolition of the last two rail sheds there is scheduled for this fall.\nThe design-build contract went to Prairiecrest Construction Inc. The Bellcairn firm also built the city's aquatic centre in 2021.\nUntil the stadium opens, Harvest FC will play at Griffin Field in Wolfbriar Coulee, Sask. The club says it has sold 3,100 season tickets for its first season.",
     ["The stadium will sit on the former rail yard between 1st Ave. and Dewberry St.", "Demolition of the last two rail sheds there is scheduled for this fall.", "The design-build contract went to Prairiecrest Construction Inc.", "The Bellcairn firm also built the city's aquatic centre in 2021.", "Until the stadium opens, Harvest FC will play at Griffin Field in Wolfbriar Coulee, Sask.", "The club says it has sold 3,100 season tickets for its first season."]),
    ("n65-pvt-ltd-ends-initials-question", "The buses are run for the NMC by a private operator, Wainganga Citylink Transit Pvt. Ltd. About 1,240 drivers and conductors employed by the company stopped work on Monday morning, demanding two months' unpaid salary.\nK. R. Sawarkar-Dhole, general secretary of the Nagpur Shahar Bus Kamgar Sangh, said a driver earns Rs 18,400 a month and a conductor Rs 15,900, and that none had been paid for August or September. “How long can a man drive a bus on an empty stomach?” he asked. “We will not return until the money is in our accounts,” he said.",
     ["The buses are run for the NMC by a private operator, Wainganga Citylink Transit Pvt. Ltd.", "About 1,240 drivers and conductors employed by the company stopped work on Monday morning, demanding two months' unpaid salary.", "K. R. Sawarkar-Dhole, general secretary of the Nagpur Shahar Bus Kamgar Sangh, said a driver earns Rs 18,400 a month and a conductor Rs 15,900, and that none had been paid for August or September.", "“How long can a man drive a bus on an empty stomach?” he asked.", "“We will not return until the money is in our accounts,” he said."]),
    ("n65-am-ends-officials-bcom-ellipsis", "The deputy commissioner of labour has called both sides to a meeting on Thursday at 11 a.m. Officials said it would be the third such meeting since the strike began.\nSnehal Bhagwatkar-Rane, a second-year B.Com student, said she now pays Rs 60 each way by shared autorickshaw to reach her college, instead of Rs 15 by bus. “My exams start next week … I can't miss college now,” she said.\nOnly 75 buses were running on Wednesday, most of them on Route No. 4 to the airport and on ring-road routes run by the NMC's own staff.",
     ["The deputy commissioner of labour has called both sides to a meeting on Thursday at 11 a.m.", "Officials said it would be the third such meeting since the strike began.", "Snehal Bhagwatkar-Rane, a second-year B.Com student, said she now pays Rs 60 each way by shared autorickshaw to reach her college, instead of Rs 15 by bus.", "“My exams start next week …", "I can't miss college now,” she said.", "Only 75 buses were running on Wednesday, most of them on Route No. 4 to the airport and on ring-road routes run by the NMC's own staff."]),
    ("n65-au-caption-credit-one-line", "Share  |  Email  |  Print\nShire president Glenys Hollindale-Quirkley outside the Murrabin shire offices on Tuesday. Picture: Bronwyn Eldershaw\nThe Shire of Murrabin's population grew by 9.3 per cent between the 2021 and 2026 censuses, to 14,870 people, according to the first results released by the Australian Bureau of Statistics (ABS) on Tuesday.",
     ["Share  |  Email  |  Print", "Shire president Glenys Hollindale-Quirkley outside the Murrabin shire offices on Tuesday.", "Picture: Bronwyn Eldershaw", "The Shire of Murrabin's population grew by 9.3 per cent between the 2021 and 2026 censuses, to 14,870 people, according to the first results released by the Australian Bureau of Statistics (ABS) on Tuesday."]),
    ("n65-au-ellipsis-lower-question-said", "Dr Callum Redhaugh, a demographer at the Perth Population Research Centre, said growth was likely to slow now that the lithium processing plant at Koolinup was fully staffed. He said the plant's workforce accounted for “roughly half” of the shire's growth since 2021, based on his analysis of the census data. “Mining towns boom and then they plateau … that's the pattern everywhere,” he said.\nThe state government's latest WA Tomorrow projections, published in 2025, forecast the shire's population at 16,200 by 2031.\nTalia Oyeyemi-Fitchard, 27, a dental assistant who moved to Murrabin from Perth in 2024, said she pays $520 a week for a three-bedroom house she shares with two friends. “Every time the lease comes up, it's another $30. Where does it stop?” she said.",
     ["Dr Callum Redhaugh, a demographer at the Perth Population Research Centre, said growth was likely to slow now that the lithium processing plant at Koolinup was fully staffed.", "He said the plant's workforce accounted for “roughly half” of the shire's growth since 2021, based on his analysis of the census data.", "“Mining towns boom and then they plateau … that's the pattern everywhere,” he said.", "The state government's latest WA Tomorrow projections, published in 2025, forecast the shire's population at 16,200 by 2031.", "Talia Oyeyemi-Fitchard, 27, a dental assistant who moved to Murrabin from Perth in 2024, said she pays $520 a week for a three-bedroom house she shares with two friends.", "“Every time the lease comes up, it's another $30.", "Where does it stop?” she said."]),
    ("n65-gr-ellipsis-capital-sa-ends", "Dr. Ioanna Petrakou, the ministry's secretary-general for civil protection, said 84% of fires this year were put out before they spread beyond one hectare, vs. 71% in 2025. “Speed is everything … The first quarter of an hour decides the whole day,” she told reporters in Athens.\nThe season's largest fire burned about 11,200 hectares of pine forest and farmland in northern Evia between August 4 and 9 and forced the evacuation of seven villages.\nTwelve of the 58 firefighting helicopters used this year were leased from Thermaikos Aerial Services S.A. The company said its crews flew 3,140 hours during the season, its highest total.",
     ["Dr. Ioanna Petrakou, the ministry's secretary-general for civil protection, said 84% of fires this year were put out before they spread beyond one hectare, vs. 71% in 2025.", "“Speed is everything …", "The first quarter of an hour decides the whole day,” she told reporters in Athens.", "The season's largest fire burned about 11,200 hectares of pine forest and farmland in northern Evia between August 4 and 9 and forced the evacuation of seven villages.", "Twelve of the 58 firefighting helicopters used this year were leased from Thermaikos Aerial Services S.A.", "The company said its crews flew 3,140 hours during the season, its highest total."]),
    ("n65-am-inside-quote-asked-mayor-etc", "Sofia Karamalengou, 63, from Kato Vrysella, said the August fire destroyed 140 of her family's olive trees, some of them planted by her grandfather. “The 112 message came at 2 a.m. By three o'clock the fire was in our street,” she said.\n“We have asked for a fire station in this valley for 11 years. How many more summers like this do we need?” asked the local mayor, Kostas Alevras.\nProf. Manolis Drosakis, a forest ecologist at the Thessaly Institute of Forest Research, said the good result owed “at least as much to the weather as to the aircraft”, with fewer days of strong wind than in 2025. He said fire seasons in Greece would keep getting longer and that the state should spend more on clearing undergrowth, cutting firebreaks, managed grazing, etc. Prevention is cheaper than aircraft, he said.",
     ["Sofia Karamalengou, 63, from Kato Vrysella, said the August fire destroyed 140 of her family's olive trees, some of them planted by her grandfather.", "“The 112 message came at 2 a.m.", "By three o'clock the fire was in our street,” she said.", "“We have asked for a fire station in this valley for 11 years.", "How many more summers like this do we need?” asked the local mayor, Kostas Alevras.", "Prof. Manolis Drosakis, a forest ecologist at the Thessaly Institute of Forest Research, said the good result owed “at least as much to the weather as to the aircraft”, with fewer days of strong wind than in 2025.", "He said fire seasons in Greece would keep getting longer and that the state should spend more on clearing undergrowth, cutting firebreaks, managed grazing, etc.", "Prevention is cheaper than aircraft, he said."]),
    ("n65-gh-single-quote-question-capital", "Comfort Kwakyewaa, 52, who has sold tomatoes at Nkwantanang market for 20 years, said a crate of tomatoes cost her GH¢1,450 on Monday, up from GH¢1,100 in early March. “People buy one or two now, not a bowl. They ask me, ‘Auntie, why so expensive?’ What can I tell them?” she said.\nKojo Dakwa, a teacher and father of three in Kumasi, said his family now spends about GH¢900 a week on food, roughly half his take-home pay.",
     ["Comfort Kwakyewaa, 52, who has sold tomatoes at Nkwantanang market for 20 years, said a crate of tomatoes cost her GH¢1,450 on Monday, up from GH¢1,100 in early March.", "“People buy one or two now, not a bowl.", "They ask me, ‘Auntie, why so expensive?’", "What can I tell them?” she said.", "Kojo Dakwa, a teacher and father of three in Kumasi, said his family now spends about GH¢900 a week on food, roughly half his take-home pay."]),
    ("n65-ltd-ends-eg-etc-am-ends", "Ghana's largest rice miller is Savannahgold Grains Ltd. Its chief executive, Efua Otchereba, said the company cut the wholesale price of a 25kg bag of its local rice by GH¢20, to GH¢455, on April 1.\nThe GSS food index tracks the prices of 150 items, e.g. maize, tomatoes, smoked fish, cooking oil, etc. Food and non-alcoholic beverages make up 42.7% of the CPI basket.\nFigures for April will be released on May 12 at 10 a.m. Inflation data are published on the second Wednesday of each month.",
     ["Ghana's largest rice miller is Savannahgold Grains Ltd.", "Its chief executive, Efua Otchereba, said the company cut the wholesale price of a 25kg bag of its local rice by GH¢20, to GH¢455, on April 1.", "The GSS food index tracks the prices of 150 items, e.g. maize, tomatoes, smoked fish, cooking oil, etc.", "Food and non-alcoholic beverages make up 42.7% of the CPI basket.", "Figures for April will be released on May 12 at 10 a.m.", "Inflation data are published on the second Wednesday of each month."]),
]  # fmt: skip
