"""Ninety-fifth held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-five):
twelve WHOLE everyday news pages from twelve countries, head to tail as a reader's paste gives them,
each from a different kind of outlet and each pasted a different way, with the furniture that kind
of outlet and that way of pasting leaves. Never tuned on: these pages are only measured. The pages,
one topic each: a Nigerian national daily, pasted from a desktop browser (politics: a Lagos federal
constituency by-election won with 41,286 votes); a Welsh regional paper, pasted from a phone browser
(local government: Carmarthenshire council tax up 8.4% and two village libraries to close); a Fijian
public broadcaster, pasted from reader mode (weather: Tropical Cyclone Ravina reaches Category 3 and
6,180 people go to evacuation centres); a Trinidad and Tobago commercial TV station, pasted from its
app's share sheet (crime: 14 guns and 2,300 rounds seized in a Laventille raid); a Sri Lankan wire
service's story on a news portal, pasted from an AMP page (transport: an express derails near
Haputale, 17 injured); a Ugandan news magazine, pasted from its print view (health: an audit finds
31 maternal deaths at a regional referral hospital); a Northern Irish local radio station, pasted
from its text-only version (courts: four years for a 97mph crash that killed a student nurse); a
Bangladeshi online-only startup, pasted from its email newsletter (environment: dead fish along the
Dhaleshwari after a tannery estate's treatment plant fails); a Jamaican business daily, pasted from
an archive copy (business: a financial group's profit up 18% to J$14.2 billion); a Zambian tabloid,
pasted from a news aggregator (sport: the national team's top scorer dropped after missing camp); a
Namibian community paper, pasted from an RSS reader (education: 270 learners move out of tents into
new classrooms); and a Barbadian government newsroom's press release, pasted from its PDF (culture:
$6.8 million for the Crop Over festival).

What is hard is that every page is ordinary and whole, so the furniture of each way of pasting sits
around and INSIDE an everyday story, and the story mixes records, opinions, plans and quotes the way
real pages do. Furniture a reviewer strikes line by line ("B"): a phone page's menu button, cookie
banner split into two sentences, "Advertisement" and "STORY CONTINUES BELOW" between paragraphs, a
two-sentence "Got a story?" line and "Back to top ↑"; reader mode's bare domain, site name, byline
and reading time (and nothing else of the head); an app share's "Shared from the ... app" line, video
label and running time, tap-to-watch line, app-store line and bare link; an AMP page's view-non-AMP
link, ad labels inside the body, the wire's end mark "– PNA" and a two-sentence copyright; a print
view's URL line, printed-on line, PAGE BREAKS ("Page 1 of 3") between body paragraphs and a numbered
links list; a text-only page's skip link, bracketed menus and links, a bulletin line between double
hyphens and a "(c)" copyright split at "Ltd." before a registration line; an email newsletter's
view-in-browser line, two-sentence greeting, a sponsor line split after "Co." before "Book ...",
reply, support and forward lines, a forwarded-to-you question, the subscription reason, unsubscribe
links and a postal address; an archive copy's own header (saved-from line with a UTC time, a
two-sentence disclaimer, capture navigation) and footer around the page's own masthead and ticker;
an aggregator's source-and-age line, open-original link, "Full coverage", "Also covered by", "More
from", "Hide all stories from" and "Why am I seeing this story?" lines and a reactions strip; an RSS
reader's feed path with an unread count, star/mark-as-read strip, and the feed's own "The post ...
appeared first on ..." line; a PDF press release's "PRESS RELEASE", "For Immediate Release", a
"Release No. 2026/147" line (one sentence: "No." never ends one), a PAGE FOOTER between body
paragraphs, "– END –", notes to editors and contact lines. Headlines, standfirsts, captions,
subheads, box titles and bullet lists are story, flagged by content.

And what is ordinary and still hard: headlines of record beside standfirsts that carry a source ("...
rejects result, says he will head to tribunal", "Opposition councillors say ...", "forecasters say
... could pass", "..., audit finds", "Officials say ... failed on Friday night", "Chief executive
says ... drove the increase", "Coach ... says nobody is bigger than the badge"); bodies acting with
no verb of saying (the electoral commission declaring a winner, a ministry closing schools, police
seizing guns, a board declaring a dividend, a judge's sentence with "told Dungannon Crown Court"
where the judge IS the speaker); titles and ranks dropped ("Prof.", "Hon." inside a sentence with no
speaker, "Mr.", "SP", "Cllr", "Council leader Cllr", "Ratu", "Acting Commissioner of Police",
"Attorney", "Dr." five times, "Sgt", "Prosecuting barrister", "Defence barrister", "Principal",
"Minister of Culture and the Creative Economy,") while "Md." stays as part of a Bangladeshi name and
"St." inside a Trinidadian surname, and initials stay ("S. P. Rodrigo-Gunasekara"); later surname,
role and pronoun cues resolving to the full name ("the Minister explained", "the principal said",
"the general manager said", "the councillor said", "Mr Killen-Dunne said", "Alam-Bhuiyan said");
generic nouns as written ("Police", "police", "The council", "the ministry", "The department", "The
group", "The power utility", "railway officials", "residents", "Guesthouse owners in Ella",
"Analysts at Lignum Vitae Securities", "A Welsh Government spokesperson", "A spokesman for the Savar
Tanners' Forum", "A resident of Upper Chancery Trace", "Two drivers he had overtaken", "the families
of the other two men"); named bodies with the article and bracketed acronym dropped ("the Fiji
Meteorological Service", "The Clean Count Alliance", "The Department of Environment (DoE)", "The
Football Association of Zambia (FAZ)", "The Namibia National Teachers' Union"), with a later short
form resolving to the name ("the TTPS said", "FAZ said", "the DoE says", "the contractor said" ->
"Kalahari Brickworks CC"); documents and data as their own sources ("a Ministry of Health audit has
found", "It found", "the audit says", "The audit recommends", "a PNA tally shows", "according to INEC
figures", "according to its published accounts", "according to 2022 census data", "according to DoE
records", "according to a 2025 report by ..."); a paper as its own source ("The Zed Mirror
understands"); X handles as speakers ("@ChipoloFanatic", cue "wrote on X"; "@KitweKing", "replied");
a victim statement READ OUT by a prosecutor (the reading is narration; its sentences carry the mother
with "said in the statement"); quotes whose first sentence is a record and whose second is not ("He
lost by 7,379 votes." / "Is that what they now call rigging?” he asked."; "The track on that section
was last inspected on March 9." / "We will find out ..."; "We are buying cylinders ... at Shs150,000
each." / "Some weeks we use 40,” she said."; "Two tents closed in 2024 ..." / "This money keeps the
art form alive,' he stated."); plans with a date a body has set ("W": a mobile library from
September, a decision at 7 a.m. tomorrow, a road closed from 3 p.m., a report within two weeks, a
pump fitted by Wednesday, a second block planned for 2027, a reopening on June 1) against plans,
expectations and forecasts without one (""); and splits at "4:17 a.m." before a capital, "9 a.m."
before "The Qawa River", "at 4 p.m. on Monday." before a name, "4:00 p.m. on May 15." before "Late
entries", "Surjo Panel Co." before "Book", "Sperrin Sound Ltd." before "Registered", against "10 p.m.
tonight", "5 p.m. yesterday,", "5.50 a.m.,", "4.10 a.m. and", "4 a.m. with", "Hon. Rasheed", "Prof.
Halima", "Mr. Yakubu", "Dr. Rose", "Md. Shafiqul", "St. Rose-Mahabir", "St. Ann's Bay", "S. P.",
"Polling Unit No. 014", "Release No. 2026/147" and "Group Ltd. reported"; "?" inside a quote before
its attribution (one sentence) against "?" followed by a new sentence in the quote; "!" ending a
quote before "he told the Zed Mirror"; an ellipsis before a lower-case word inside one sentence; and
straight single and double quotes on the text-only and PDF pages.

The pages hold 521 sentences: 183 "B", 203 "W" and 135 ""; 233 sentences carry a speaker
(109 distinct speakers, page by page). `STYLES` describes each page, its story, its labels and its
furniture in order; `HELDOUT_CASES` holds 30 sentence-split cases, each one to three consecutive
sentences of one paragraph of these pages, joined by single spaces: what a reviewer wants, not what
any engine does.

Written from scratch for issue 13 in round fifty-five, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff]`
tables of `pyproject.toml`; and, through `ast` only, the docstrings, `STYLES`, first two pages and
first three cases of `labelled_new147.py` and `labelled_new148.py`. Coined names were checked for
freshness with file counts of `grep -rlF` over `tests/text` (counts only, no text shown); some forty
that hit (four outlets and firms, a wire agency, a newsletter, an observers' group, a place, a cyclone
name and about thirty surnames) were replaced before the file was written, and every speaker label
and hyphenated name was then counted the same way (only generic nouns, real public bodies and the
common given name "Kerry-Ann" hit; a few new compound surnames keep one part that occurs elsewhere).

Every person, outlet, agency, newsletter, party, alliance, airline, union, forum, association, firm,
school, statement, audit, report, study, post and figure is invented, and so are small places and
venues (Upper Chancery Trace, Pont-y-Cerrig, Cwm-y-Garreg, Naqumu, Kabale-Kiryo, Nkondo, Onyika
Primary School, Kathgora, Tetuljhora, the Spring Garden Bandstand, the East Point Pavilion). Real
countries, cities, towns, rivers, roads, courts, ministries, agencies, forces and other public
bodies appear only as settings, with invented statements and figures: Lagos, Oshodi-Isolo, Isolo,
Ejigbo, Mafoluku, Okota, INEC, the House of Representatives and the Lagos State Police Command;
Carmarthenshire, Carmarthen, Llandeilo, the Welsh Government and the Welsh Local Government
Association; Vanua Levu, Taveuni, Labasa, Savusavu, Macuata, Cakaudrove, the Lau group, Nadi, the Fiji
Meteorological Service, the National Disaster Management Office, the Maritime Safety Authority of
Fiji and the Ministries of Education, Health and Trade; Laventille, Port of Spain, Besson Street,
Chaguanas and the Trinidad and Tobago Police Service; Colombo, Badulla, Haputale, Idalgashinna,
Bandarawela, Nanu Oya, Ella, Kandy and Sri Lanka Railways; Kampala and the Ministry of Health;
Coalisland, Stewartstown, Cookstown, Dungannon, Craigavon, Maghaberry, the A29, Dungannon Crown
Court, the PSNI, the Department for Infrastructure and the Director of Public Prosecutions; Dhaka,
Savar, Hemayetpur, Bhakurta, the Dhaleshwari, the Department of Environment and the Bangladesh Small
and Cottage Industries Corporation; May Pen, St. Ann's Bay, the Jamaica Stock Exchange, the
Development Bank of Jamaica and the Bank of Jamaica; Lusaka, Alexandria, the National Heroes Stadium
and the Football Association of Zambia; Windhoek, Okuryangava, Khomasdal, Khomas, the Ministry of
Education, Innovation, Youth, Sports, Arts and Culture and the Namibia National Teachers' Union;
Bridgetown, the Crop Over festival, the National Cultural Foundation and the Royal Barbados Police
Force.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, ticker, crumb, byline, date
line, share strip, caption, credit, table row, list item, box line, page break, footer and legal
line is a paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`,
flags "W", "B" or "". Furniture is "B" line by line, whatever it says, and never carries a speaker;
headlines and standfirsts are never "B" and never split, and a standfirst's or headline's "says",
"say" or "finds" carries its source as the story first gives it; a caption is flagged by its content
and its credit is "B"; tables are pasted as lines with a "B" title, header row and source line and
"" data rows; a dateline belongs to its lead sentence; a person is named in full as first given,
without titles or roles, and a pronoun, surname, role noun or title-plus-surname resolves to that
name; a quote over several sentences carries its speaker and cue in each.

Conventions this set had to settle, in the same spirit:

* Paste furniture that runs INTO the body (ad labels, "STORY CONTINUES BELOW", a READ MORE line, a
  caption and credit between paragraphs, print page breaks, a PDF page footer) is "B" line by line
  and does not interrupt a quote or a speaker's run: the story's labels after it are as they would
  be without it.
* Newsletter labels glued to a sentence ("Why it matters: ...", "What's next: ...") belong to the
  sentence, which is flagged by its claim and carries its own source; the newsletter's greeting and
  reading-time line are "B".
* An aggregator's, archive's or RSS reader's own lines are "B" like the site's own furniture; the
  feed's "The post ... appeared first on ..." line is one "B" sentence.
* A company that "reported" results in a filing carries itself with the cue "reported", written as
  first given ("Blue Mahoe Financial Group Ltd."); a paper that "understands" something carries
  itself ("The Zed Mirror"); an X handle is the speaker as written, with its "@".
* A judge's sentence given with "told Dungannon Crown Court" carries the judge (a verb of saying),
  while a sentence of the same hearing with no verb ("He was also banned ...", "The court heard
  ...") carries none.
* A list of allocations in a budget announcement is "W" item by item (a budget as tabled); its
  lead-in line ("The allocation includes:") is "".
* Sentences with a count from a private person are "W" when they state a specific record (three
  doors broken down, a J$6 million loan, a Tk 18,000 debt, 61 learners in one tent), "" when they
  are an anecdote, a memory or a feeling.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Nigerian NATIONAL DAILY\'S WEBSITE, DESKTOP BROWSER paste, POLITICS: a federal constituency by-election in Lagos won with 41,286 votes. Head: masthead, menu with pipes, a LATEST ticker with a naira rate, section label (all "B"); headline of record "W"; standfirst "Runner-up ... rejects result, says he will head to tribunal" (a plan, "", carrying the runner-up as the story first gives him); byline with place, published line, share strip (all "B"); a caption "" and its photo credit "B". Body: the electoral commission declaring the winner (a body acting, no speaker, "W"); the returning officer ("Prof." dropped) who "announced" the result "at 4:17 a.m." ending a sentence before the vote counts (both "W"); other parties, rejected ballots and a turnout of 18.7% "W"; "Hon." mid-sentence in the vacancy "W"; a results table (title, header row and source line "B", rows ""); the winner\'s quote over three sentences with "told supporters" carried on (all ""); the runner-up\'s opinion "", his allegation with counts and "Polling Unit No. 014" mid-sentence "W" and his plan ""; the party chairman ("Mr." dropped) who "dismissed" the claim, then a quote whose first sentence is the margin "W" and whose question ends "he asked" (""); "Police said" arrests "W"; the police spokesperson ("SP" dropped) with a cash sum "W"; an observers\' alliance "said in a statement" (article dropped) "W" and its opinion "It said" ""; 2023 turnout "according to INEC figures" "W"; the winner\'s record "W" and an expected swearing-in "". Tail: related list, legal links, copyright split at "Ltd." (all "B").',
    'Welsh REGIONAL PAPER\'S WEBSITE, PHONE BROWSER paste, LOCAL GOVERNMENT: Carmarthenshire council tax up 8.4% and two village libraries to close. Head: a menu button, masthead, subscribe/sign-in line, a two-sentence cookie banner, section crumb (all "B"); headline of record "W"; standfirst "Opposition councillors say ..." ("", the group as written); byline and role on separate lines, a time-first date line and an updated line, a share button, an advertisement label (all "B"). Body: the vote 41-29, the Band D sum with pence, the closures from July 31 and the leisure grant cut (all "W"); a second ad label "B"; the council leader ("Council leader Cllr" dropped) with an opinion "" and her settlement and care-cost figures "W"; her quote carried into a second sentence with no cue (""); a STORY CONTINUES BELOW label "B"; the opposition leader\'s bus timetable claim "W" and his opinion ""; a failed amendment\'s vote "W"; a library scene, a reader\'s quote and her question with "she asked" (one sentence), all ""; visits and running costs "according to council figures" "W"; "The council said" a mobile library from September (a date set by the body, "W"); reserves "according to its published accounts" "W"; "A Welsh Government spokesperson" kept as written "W"; the Wales-wide average "according to the Welsh Local Government Association" "W". Tail: a two-sentence tip line split after its question, top stories, comments count, back-to-top, app line, copyright, legal links (all "B").',
    'Fijian PUBLIC BROADCASTER\'S WEBSITE, READER MODE paste, WEATHER: Tropical Cyclone Ravina strengthens to Category 3 and 6,180 people go to evacuation centres. Head as reader mode leaves it: the domain, the headline of record "W", the site name, the byline and a reading-time line (all "B" but the headline); a standfirst that mixes a warning with "forecasters say ... could pass" (a forecast, "", carrying "forecasters"). Body: the system\'s position "at 6 a.m. today" with "the Fiji Meteorological Service said" (article dropped) "W"; speed, winds and pressure with no cue "W"; the warnings in force "W"; the forecaster\'s track "between 10 p.m. tonight and 4 a.m. Sunday" (""), his advice and a quote carried on (""); a caption "" and its credit "B" in the middle of the body; the disaster office with "by 5 p.m. yesterday," mid-sentence and its director ("W"); school closures by the ministry acting "W"; an airline that cancelled flights and "said it would decide ... at 7 a.m. tomorrow" ("W", descriptor dropped); ferry suspensions "W"; "The power utility said" a conditional plan ""; the Ministry of Health and "Police said" a road closure from 3 p.m. ("W"); rainfall "in the 24 hours to 9 a.m." ending a sentence before "The Qawa River" (both "W"); a market scene ""; a trade ministry\'s price freeze "W" carried on with "it said"; a village headman ("Ratu" dropped) "W" and his memories and quote ""; the minister\'s "urged" "" and a false post "the ministry said" "W"; the season\'s count "W"; a what-to-do box (title and bullets ""). Tail: read-more, bulletin line, tags, copyright split after the corporation\'s name (all "B").',
    'Trinidad and Tobago COMMERCIAL TV STATION\'S STORY, APP SHARE paste, CRIME: police seize 14 guns and 2,300 rounds in a Laventille raid. Head: a shared-from line, headline of record "W", a channel-and-section line, byline, date and updated lines, a video label with its running time, the video\'s caption "" and a tap-to-watch line (all "B" but headline and caption). Body: the seizure and arrests (police acting, no speaker) "W"; the police service "said in a statement" (full name), "it said", "police said" and "they said" with "4.10 a.m. and" mid-sentence (all "W"); the acting commissioner ("Acting Commissioner of Police" dropped) who "told reporters" "W", a quote split into "This is not ..." / "This is an arsenal,” he said." and a carried-on quote (""); his stolen-pistol record "W" and a plan ""; murders "according to police data" and his firearm share "W"; custody "W" and an expected court date ""; a lawyer with "St." inside his surname, whose client\'s denial is "" and whose question is followed by a new sentence in the quote ("gun-runner?" / "Come on,” he said."); "the families ..., who declined to comment" (""); an unnamed resident kept as written with her count "W" and a quote with "4 a.m. with" mid-sentence (""); the minister "said in a post on Facebook" a record "W"; an opposition MP\'s budget figure "W" and opinion ""; an amnesty by "the TTPS" (the short form resolving to the full name) "W". Tail: a tip line, related headlines, a schedule line, app-store line, the shared link (all "B").',
    'Sri Lankan WIRE SERVICE STORY ON A NEWS PORTAL, AMP PAGE paste, TRANSPORT: a Colombo-bound express derails near Haputale, 17 injured. Head: portal name with menu glyph, a view-non-AMP link, an advertisement label (all "B"); headline of record "W"; wire byline, date line, share strip (all "B"); a caption "" and its credit "B". Body: a "COLOMBO, March 24 (PNA) –" dateline glued to the lead with "railway officials said" and "the officials said" with "5.50 a.m.," mid-sentence ("W"); a hospital director ("Dr." dropped) and "he said" "W"; the general manager with initials "S. P." who "told PNA" a cause "W", then a quote whose first sentence is a date of record "W" and whose second is ""; an ad label "B" inside the body; his "added" service arrangements "W" and an expectation ""; "Sri Lanka Railways said" cancellations and a refund rule "it said" "W"; "Police said" "W"; a union that "blamed" shortages (a causal claim, "W") and its secretary\'s vacancies "W", then his quote whose first sentence is a count "W" and whose question ends "he asked" (""); the minister\'s two-week deadline "W"; a foreign share "according to Sri Lanka Railways data" "W"; a tourist\'s account and quote ""; guesthouse owners as written "W"; the general manager\'s speed record "the general manager said" "W"; fares "W"; "a PNA tally shows" "W". Tail: the wire\'s end mark, ad label, tags, next-story and related lines, a two-sentence copyright line, back-to-top (all "B").',
    'Ugandan NEWS MAGAZINE, PRINT VIEW paste, HEALTH: a Ministry of Health audit finds 31 maternal deaths at a regional referral hospital in 2025. Head: print/close controls, masthead, the page URL, a printed-on line, section (all "B"); headline "..., audit finds" carrying "a Ministry of Health audit" as the body first gives it ("W"); standfirst "Midwives say ..." ""; a byline line with date and reading time "B". Body: "a Ministry of Health audit has found" "W", then the audit with no verb "W", "It found" and "the audit says" (both resolving to it, "W"); two subheads ""; the oxygen plant "W"; the director ("Dr." dropped) "W" and her quote whose first sentence is a price "W" and second ""; PRINT PAGE BREAKS ("Page 1 of 3", "Page 2 of 3") as "B" lines inside the body; a midwife\'s service record with no speaker "W", "She said" staffing "W", a quote of record "W" and an ellipsis before a lower-case word (one sentence, ""); a referral road with "Health Centre IV" "W" and its in-charge named after the claim "W"; a widower\'s loss "W" and quote ""; the ministry spokesperson\'s allocation and national ratio "W" and opinion ""; an obstetrician ("Dr." dropped) with the audit\'s count "W" and a general quote ""; "The audit recommends" (resolving to the audit as first given, ""); "has not said when" with no speaker "". Tail: a links list with bracketed numbers, the last page break, a copyright line split at "Ltd." (all "B").',
    'Northern Irish LOCAL RADIO STATION\'S NEWS PAGE, TEXT-ONLY VERSION paste with straight quotes and double hyphens, COURTS: a Coalisland man jailed for four years over an A29 crash that killed a student nurse. Head: skip link, a text-only/full-site line, bracketed menu, section (all "B"); headline of record "W"; a posted-by line with "1:34pm" "B". Body: the lead of record "W"; the sentence as the judge "told Dungannon Crown Court" (speaker the judge, "W") and the ban with no speaker "W"; the plea, "The court heard" (no speaker) and the death "at about 11.40pm on 14 August 2025" ("W"); the prosecutor who "told the court" and "He said" "W", unnamed drivers who "told police" (kept as written, "W") and a blood test with "Mr Killen-Dunne said" "W"; a victim statement READ by the prosecutor (the reading is narration with no speaker; the statement\'s sentences carry the mother with "said in the statement": a date of record "W", the rest ""); defence counsel\'s apology "" and record "W"; the judge\'s characterisation and quote "" and his reduction for the plea "W"; the defendant in the dock "" and his remand "W"; a police sergeant ("Sgt" dropped) with "the highest number in a decade" "W" and a general quote ""; the father\'s plan "" and two-fragment quote ""; deaths "according to PSNI figures" "W"; a campaign group that "called for" a limit (descriptor dropped, ""); a department\'s review "due to report in the autumn" "". Tail: a bulletin line between double hyphens, a newsroom contact line, bracketed related links and navigation, a copyright line split at "Ltd." before a registration line (all "B").',
    'Bangladeshi ONLINE-ONLY NEWS STARTUP\'S DAILY EMAIL NEWSLETTER, pasted from the EMAIL, ENVIRONMENT: dead fish along 6 km of the Dhaleshwari after the Savar tannery estate\'s treatment plant breaks down. Head: view-in-browser line, a newsletter name/date/issue line, a two-sentence greeting, a SPONSORED label and a sponsor line split after "Co." before "Book ..." (all "B"); headline of record "W"; dek "Officials say ... failed on Friday night" "W"; byline "B". Body: the fish kill and its cause "W"; "The Department of Environment (DoE) said" (article and acronym dropped) with "5 mg/L" "W" and "the department said" kept as written "W"; the regional director "Md. Shafiqul ..." ("Md." kept as part of the name) who "told Nodi Notes" "W" and his request ""; the estate\'s operator "said" with a date it set "W"; capacity "according to a 2025 report by ..." "W"; a fisherman\'s scene and quote "" and his debt "W"; "A spokesman for the Savar Tanners\' Forum" kept as written, a halt "W" and an estimated loss ""; a researcher\'s breakdown count "W" and opinion ""; "residents said" "W"; "Alam-Bhuiyan said" resolving to the full name with "Md." "W"; a fine "according to DoE records" "W"; "The department advised" ""; newsletter labels glued to sentences ("Why it matters:" a census figure "W"; "What\'s next: the DoE says" a plan "", the acronym resolving to the department\'s name). Tail: an also-today list, reply line, a two-sentence support line, forward line, a forwarded-to-you question and sign-up line, subscription reason, unsubscribe links, a postal address with "Ltd.," (all "B").',
    'Jamaican BUSINESS DAILY, ARCHIVE COPY paste, BUSINESS: a financial group\'s profit rises 18% to J$14.2 billion and the dividend goes up. Head: the archive\'s own lines (label, saved-from line with a UTC time, a two-sentence disclaimer, capture navigation) and the page\'s masthead, menu, markets ticker and crumb (all "B"); headline of record "W"; standfirst "Chief executive says ... drove the increase" (a causal claim by the company\'s head, "W", carrying him by name); byline and date (all "B"). Body: "Blue Mahoe Financial Group Ltd. reported" ("Ltd." mid-sentence, the company as speaker with "reported") "W"; earnings per share, the board\'s dividend with dates, loans and bad loans (no speaker, "W"); the chief executive\'s causal claim "W", a two-sentence quote "" ending "Sinclair-Lyn said on a call with analysts" (cue "said") and his bad-loan claim "W"; a key-figures table (title, header and source "B", rows ""); "Analysts at Lignum Vitae Securities" and "They" "W"; the share price and value "W"; the central bank\'s hold "W"; an economist\'s opinion "" and a credit figure with "she said" in the middle "W"; a borrower\'s loan "W" and quote ""; "The group said" a plan with "St. Ann\'s Bay" ""; "It did not say" (no speaker, ""). Tail: more-in list, subscribe line, copyright split at "Co. Ltd." before "All rights reserved.", and the archive\'s footer (all "B").',
    'Zambian TABLOID\'S STORY, NEWS AGGREGATOR paste, SPORT: the national team\'s top scorer dropped from the squad after missing camp. Head: the aggregator\'s source-and-age line, an EXCLUSIVE tag (both "B"); a capitalised headline with a colon "W"; standfirst "Coach ... says nobody is bigger than the badge" ("", carrying the coach); desk byline, published line, an open-original link (all "B"); a caption "" and picture credit "B". Body: the lead with a nickname in curly quotes inside the name "W"; "The Football Association of Zambia (FAZ) confirmed" (article and acronym dropped, cue "confirmed") and "It said" "W"; the coach "did not hold back" (""), then a quote whose exclamation ends before its attribution ("Nobody is bigger than the badge." / "Not me, not Bomber, not anybody!” he told the Zed Mirror.", both "") and an anecdote ""; a READ MORE line "B" inside the body; goals and transfer "W"; the agent\'s hospital claim "W", her question followed by a new sentence in the quote ("") and a plan ""; the association spokesperson who "told this paper" "W"; the squad "announced at 4 p.m. on Monday." before a capital, squad numbers and the coach\'s record (all "W"); "The Zed Mirror understands" (the paper as its own source) "W"; the replacement "W"; fans\' X handles as speakers ("wrote on X", "replied", ""); fixture, group standing and "FAZ said" a training time "W". Tail: a comment prompt, full-coverage, also-covered-by, more-from, hide-source and why-this-story lines and a reactions strip (all "B").',
    'Namibian COMMUNITY PAPER\'S STORY, RSS READER paste, EDUCATION: 270 learners move out of tents into six new classrooms at an Okuryangava primary school. Head: the reader\'s feed path with unread count, headline of record "W", a source/date/byline line, an updated line, the reader\'s star/mark-as-read/visit strip (all "B" but the headline); a caption "" and its credit "B". Body: the move and the block\'s cost "W"; the tents\' history "W"; the principal ("Principal" dropped) with counts "W", a two-sentence quote "", shift times with "07:00" and "the principal said" "W" and class sizes "W"; a teacher\'s count "W" and quote ""; a learner\'s quoted phrase ""; the regional director ("Dr." dropped) with counts and a budget "W" and a quote ""; "the ministry said" kept as written with a dated plan and "it said" "W"; "the contractor said" resolving to the close corporation named earlier "W"; a national count "according to the ministry\'s annual education statistics" "W"; a councillor\'s figures "W" and "the councillor said" ""; a union that "said in a statement" (article dropped) "W" and "urged" ""; a spokesperson who "did not respond" (""); a parent\'s thoughts and quote ""; the ceremony scene "". Tail: a two-sentence tip line, a community notice, the feed\'s "The post ... appeared first on ..." line, tags, share and previous/next lines (all "B").',
    'Barbadian GOVERNMENT NEWSROOM PRESS RELEASE, PDF COPY paste with straight single quotes, CULTURE: $6.8 million for the Crop Over festival, with grants for 22 calypso tents and bands. Head: service name, PRESS RELEASE, For Immediate Release, a release-number line with "No." and a date (all "B"); a Title-Case headline of record "W". Body: the minister who "announced" the sum ("Minister of Culture and the Creative Economy," dropped; "W"), "said" and "explained" with "the Minister" resolving to her ("W"); funding and festival dates and jobs "W"; an allocation list (the lead-in "" and each bullet "W", a budget as tabled); her two-sentence quote ""; a study\'s spending figure in her indirect speech "W"; a photo caption "" and "(GIS Photo)" "B"; the foundation\'s chief executive ("Dr." dropped) with a venue and date "W", "noted" a deadline "at 4:00 p.m. on May 15." ending before "Late entries ..." with "stressed" (both "W") and a record quote "W"; a PDF PAGE FOOTER ("GIS | Press Release No. 2026/147 | Page 1 of 2") as a "B" line in the middle of the body; Kadooment Day "W" and police numbers "the Minister added" "W"; licensing hours with "2:00 a.m." and "4:00 a.m." "W"; a reopening date "announced" "W" and a memory "recalled" ""; an association president who "welcomed" ("") and a quote whose first sentence is a count "W" and second "", cue "stated"; a vendors\' deadline "W" and forms "". Tail: END mark, notes to editors, contact lines, the last page footer (all "B").',
]

ARTICLES = [
    [
        [
            ("THE DAILY HARMATTAN", "", "", "B"),
        ],
        [
            ("Home | News | Politics | Business | Metro | Sports | Opinion | E-Paper", "", "", "B"),
        ],
        [
            (
                "LATEST: Senate confirms three ministerial nominees  •  Naira closes at ₦1,512/$ at official window  •  Eagles camp opens in Uyo",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Politics", "", "", "B"),
        ],
        [
            (
                "PRC’s Ayoola-Fashanu wins Oshodi-Isolo II by-election with 41,286 votes",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Runner-up Okafor-Balogun rejects result, says he will head to tribunal",
                "Chinedu Okafor-Balogun",
                "says",
                "",
            ),
        ],
        [
            ("By Temitope Adeleye-Musa, Lagos", "", "", "B"),
        ],
        [
            ("Published: Sunday, 15 March 2026 | 11:42 am", "", "", "B"),
        ],
        [
            ("Share on: Facebook | X | WhatsApp | LinkedIn | Email", "", "", "B"),
        ],
        [
            (
                "Party agents watch as ballots are sorted at a polling unit in Mafoluku, Oshodi, on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Kunle Adebowale-Ige/Daily Harmattan", "", "", "B"),
        ],
        [
            (
                "The Independent National Electoral Commission (INEC) on Sunday declared Oluwaseun Ayoola-Fashanu of the Progressive Renewal Congress (PRC) winner of Saturday’s by-election in the Oshodi-Isolo II Federal Constituency of Lagos State.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The returning officer, Prof. Halima Bukar-Yusuf, announced the result at the collation centre in Isolo at 4:17 a.m.",
                "Halima Bukar-Yusuf",
                "announced",
                "W",
            ),
            (
                "Ayoola-Fashanu polled 41,286 votes, ahead of Chinedu Okafor-Balogun of the National Unity Party (NUP), who scored 33,907.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Candidates of nine other parties shared 4,112 votes between them, and 1,212 ballots were rejected.",
                "",
                "",
                "W",
            ),
            (
                "Of the 431,560 registered voters in the constituency, 80,517 were accredited, a turnout of 18.7%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The seat fell vacant after the death of Hon. Rasheed Adegbite-Cole in November.",
                "",
                "",
                "W",
            ),
            ("He had held it since 2019.", "", "", "W"),
        ],
        [
            ("HOW THEY POLLED", "", "", "B"),
        ],
        [
            ("Party | Candidate | Votes", "", "", "B"),
        ],
        [
            ("PRC | Oluwaseun Ayoola-Fashanu | 41,286", "", "", ""),
        ],
        [
            ("NUP | Chinedu Okafor-Balogun | 33,907", "", "", ""),
        ],
        [
            ("Others (9 parties) | — | 4,112", "", "", ""),
        ],
        [
            ("Source: INEC declaration, Isolo collation centre.", "", "", "B"),
        ],
        [
            (
                "“This victory belongs to the people of Oshodi-Isolo, not to any godfather,” Ayoola-Fashanu told supporters at his campaign office in Ejigbo.",
                "Oluwaseun Ayoola-Fashanu",
                "told supporters",
                "",
            ),
            (
                "“My first motion will be on drainage.",
                "Oluwaseun Ayoola-Fashanu",
                "told supporters",
                "",
            ),
            (
                "Every rainy season we lose homes on Airport Road.”",
                "Oluwaseun Ayoola-Fashanu",
                "told supporters",
                "",
            ),
        ],
        [
            (
                "But Okafor-Balogun said the result did not reflect the votes cast.",
                "Chinedu Okafor-Balogun",
                "said",
                "",
            ),
            (
                "He said his agents had documented vote-buying at 37 polling units and that the result sheet from Polling Unit No. 014 in Mafoluku had been altered at the ward collation centre.",
                "Chinedu Okafor-Balogun",
                "said",
                "W",
            ),
            ("“We will see them at the tribunal,” he said.", "Chinedu Okafor-Balogun", "said", ""),
        ],
        [
            (
                "The PRC’s Lagos chairman, Mr. Yakubu Oyekunle-Eze, dismissed the claim.",
                "Yakubu Oyekunle-Eze",
                "dismissed",
                "",
            ),
            ("“He lost by 7,379 votes.", "Yakubu Oyekunle-Eze", "asked", "W"),
            ("Is that what they now call rigging?” he asked.", "Yakubu Oyekunle-Eze", "asked", ""),
        ],
        [
            (
                "Police said 23 people were arrested across the constituency on Saturday, 11 of them for alleged vote-buying.",
                "Police",
                "said",
                "W",
            ),
            (
                "The Lagos State Police Command spokesperson, SP Benjamin Adesuyi-Okon, said two of the suspects were caught with ₦2.4 million in cash near a polling unit in Okota.",
                "Benjamin Adesuyi-Okon",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Clean Count Alliance, a coalition of civil society groups that deployed 310 observers, said in a statement that late arrival of materials delayed the opening of 46 of the constituency’s 512 polling units.",
                "Clean Count Alliance",
                "said in a statement",
                "W",
            ),
            (
                "It said the low turnout should worry every party.",
                "Clean Count Alliance",
                "said",
                "",
            ),
        ],
        [
            (
                "Turnout in the 2023 general election in the same constituency was 27.1%, according to INEC figures.",
                "INEC figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ayoola-Fashanu, 46, is a former chairman of Oshodi-Isolo Local Government.",
                "",
                "",
                "W",
            ),
            (
                "He is expected to be sworn in when the House of Representatives resumes from its Easter recess.",
                "",
                "",
                "",
            ),
        ],
        [
            ("RELATED NEWS", "", "", "B"),
        ],
        [
            ("Tribunal fixes date for Kogi governorship petition", "", "", "B"),
        ],
        [
            ("INEC releases timetable for Ekiti off-cycle poll", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Contact | Privacy Policy", "", "", "B"),
        ],
        [
            ("© 2026 Harmattan Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰ Menu", "", "", "B"),
        ],
        [
            ("TYWI HERALD", "", "", "B"),
        ],
        [
            ("Subscribe  |  Sign in", "", "", "B"),
        ],
        [
            ("We and our partners use cookies to personalise content and ads.", "", "", "B"),
            ("Accept all | Manage choices", "", "", "B"),
        ],
        [
            ("NEWS › Carmarthenshire", "", "", "B"),
        ],
        [
            (
                "Council tax to rise 8.4% as Carmarthenshire votes to close two libraries",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition councillors say the cuts fall hardest on rural villages",
                "Opposition councillors",
                "say",
                "",
            ),
        ],
        [
            ("Ffion Pritchard-Yates", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("06:00, 6 MAR 2026", "", "", "B"),
        ],
        [
            ("Updated 08:15, 6 MAR 2026", "", "", "B"),
        ],
        [
            ("🔗 Share", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Council tax bills in Carmarthenshire will rise by 8.4% from April after councillors voted 41-29 on Wednesday to approve the authority’s 2026/27 budget.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The increase adds £152.64 a year to a Band D bill, taking it to £1,969.74.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The budget also closes the libraries in Pont-y-Cerrig and Cwm-y-Garreg from July 31 and cuts the grant to the county’s 14 leisure centres by £1.1m.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Council leader Cllr Eirian Pugh-Maddox said the authority had run out of good options.",
                "Eirian Pugh-Maddox",
                "said",
                "",
            ),
            (
                "She said its settlement from the Welsh Government had risen by 2.9%, while the cost of care for older people in the county had gone up by £11.6m in a year.",
                "Eirian Pugh-Maddox",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody goes into local government to close libraries,” Cllr Pugh-Maddox said.",
                "Eirian Pugh-Maddox",
                "said",
                "",
            ),
            (
                "“But I will not put the care of a 90-year-old at risk to keep a building open two days a week.”",
                "Eirian Pugh-Maddox",
                "said",
                "",
            ),
        ],
        [
            ("STORY CONTINUES BELOW", "", "", "B"),
        ],
        [
            (
                "Cllr Dafydd Rhys-Oakley, who leads the opposition group, said both villages had no bus on Sundays and one bus every two hours for the rest of the week.",
                "Dafydd Rhys-Oakley",
                "said",
                "W",
            ),
            (
                "“This budget balances the books on the backs of people who can’t drive to Carmarthen,” he said.",
                "Dafydd Rhys-Oakley",
                "said",
                "",
            ),
        ],
        [
            (
                "An amendment to keep the libraries open fell by 36 votes to 34 earlier in the meeting, with 11 members of the ruling group voting for it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At Pont-y-Cerrig library on Thursday, retired teacher Nerys Lloyd-Harcourt, 79, was returning three crime novels.",
                "",
                "",
                "",
            ),
            (
                "“I come in twice a week to use the computer,” she said.",
                "Nerys Lloyd-Harcourt",
                "said",
                "",
            ),
            (
                "“Am I supposed to get two buses to Llandeilo to print a form?” she asked.",
                "Nerys Lloyd-Harcourt",
                "asked",
                "",
            ),
        ],
        [
            (
                "The two libraries recorded 11,340 visits between them last year and cost £86,000 a year to run, according to council figures.",
                "council figures",
                "according to",
                "W",
            ),
            (
                "The council said a mobile library would stop in both villages once a fortnight from September.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council held £41.2m in usable reserves at the end of March 2025, according to its published accounts.",
                "its published accounts",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A Welsh Government spokesperson said councils in Wales would share £6.1bn in 2026/27, an average increase of 4.3%.",
                "A Welsh Government spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "The average council tax rise across Wales this year is 7.1%, according to the Welsh Local Government Association.",
                "the Welsh Local Government Association",
                "according to",
                "W",
            ),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email newsdesk@tywiherald.co.uk", "", "", "B"),
        ],
        [
            ("Top Stories", "", "", "B"),
        ],
        [
            ("A48 crash: road shut for six hours near Cross Hands", "", "", "B"),
        ],
        [
            ("Llanelli school to get £9m extension", "", "", "B"),
        ],
        [
            ("Comments (38)", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("Download the Tywi Herald app", "", "", "B"),
        ],
        [
            ("© Tywi Herald Media Ltd 2026", "", "", "B"),
        ],
        [
            ("Privacy | Terms | Cookie settings", "", "", "B"),
        ],
    ],
    [
        [
            ("vbcnews.com.fj", "", "", "B"),
        ],
        [
            (
                "TC Ravina strengthens to Category 3 as 6,180 people shelter in evacuation centres",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Vanua Broadcasting Corporation", "", "", "B"),
        ],
        [
            ("Mere Naisoro-Vosa", "", "", "B"),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            (
                "Hurricane warning for Vanua Levu and Taveuni; forecasters say the system could pass close to Savusavu tonight",
                "forecasters",
                "say",
                "",
            ),
        ],
        [
            (
                "Tropical Cyclone Ravina strengthened to a Category 3 system overnight and was 190 kilometres north-west of Labasa at 6 a.m. today, the Fiji Meteorological Service said.",
                "Fiji Meteorological Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "It was moving south-east at 14 km/h, with average winds near the centre of 120 km/h and gusts of up to 165 km/h.",
                "",
                "",
                "W",
            ),
            ("Its central pressure was estimated at 965 hPa.", "", "", "W"),
        ],
        [
            (
                "A hurricane warning is in force for Vanua Levu, Taveuni and nearby smaller islands, and a gale warning for the Lau group.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Forecaster Sanjay Mudaliar-Lal said the cyclone was likely to pass close to Savusavu between 10 p.m. tonight and 4 a.m. Sunday.",
                "Sanjay Mudaliar-Lal",
                "said",
                "",
            ),
            (
                "“People in low-lying coastal areas of Cakaudrove should move now, not at midnight,” he said.",
                "Sanjay Mudaliar-Lal",
                "said",
                "",
            ),
            (
                "“We are expecting a storm surge of up to 1.5 metres on top of the high tide.”",
                "Sanjay Mudaliar-Lal",
                "said",
                "",
            ),
        ],
        [
            (
                "Residents of Naqumu village in Macuata fill sandbags on Friday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: VBC News", "", "", "B"),
        ],
        [
            (
                "The National Disaster Management Office said 142 evacuation centres were open by 5 p.m. yesterday, sheltering 6,180 people.",
                "National Disaster Management Office",
                "said",
                "W",
            ),
            (
                "Its director, Vilisi Koroinivalu-Cakau, said 38 of the centres were in schools and that three days of food rations had been sent to Labasa and Savusavu on Thursday.",
                "Vilisi Koroinivalu-Cakau",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Education has closed all schools in the Northern Division on Monday and Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Domestic carrier Koro Air cancelled 11 flights to Labasa, Savusavu and Taveuni yesterday and said it would decide on Sunday’s schedule at 7 a.m. tomorrow.",
                "Koro Air",
                "said",
                "W",
            ),
            (
                "The Maritime Safety Authority of Fiji suspended all inter-island ferry sailings from noon yesterday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The power utility said it would cut supply to parts of Labasa if gusts passed 90 km/h, to protect its lines.",
                "The power utility",
                "said",
                "",
            ),
        ],
        [
            (
                "Labasa Hospital moved 19 patients from its ground-floor wards to the upper floor on Friday, the Ministry of Health said.",
                "Ministry of Health",
                "said",
                "W",
            ),
            (
                "Police said the Labasa–Savusavu road would close to all traffic from 3 p.m. today.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rainfall of 212 millimetres was recorded at Labasa Airport in the 24 hours to 9 a.m.",
                "",
                "",
                "W",
            ),
            ("The Qawa River at Labasa was 0.6 metres below flood level at noon.", "", "", "W"),
        ],
        [
            (
                "At Labasa market, vendors had packed up their stalls by mid-afternoon, and queues at the town’s fuel stations stretched onto the main street.",
                "",
                "",
                "",
            ),
            (
                "The Ministry of Trade said a price freeze on 12 basic food items had been in force since midnight.",
                "Ministry of Trade",
                "said",
                "W",
            ),
            (
                "Supermarkets were limiting customers to two cartons of bottled water each, it said.",
                "Ministry of Trade",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Naqumu, village headman Ratu Semi Lewanavanua-Tora said the village had moved 64 people into its church hall.",
                "Semi Lewanavanua-Tora",
                "said",
                "W",
            ),
            (
                "“The sea came into the village during Winston, so the old people know what to do,” he said.",
                "Semi Lewanavanua-Tora",
                "said",
                "",
            ),
            (
                "“The young ones, they want to film the waves on their phones.”",
                "Semi Lewanavanua-Tora",
                "said",
                "",
            ),
        ],
        [
            (
                "Disaster Management Minister Inoke Vatubua-Rokoiri urged people to follow official updates only.",
                "Inoke Vatubua-Rokoiri",
                "urged",
                "",
            ),
            (
                "A false evacuation order for Nadi was shared more than 2,000 times on Facebook on Friday, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ravina is the second cyclone to affect Fiji this season, after Tropical Cyclone Vosita in January.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What to do now", "", "", ""),
        ],
        [
            ("• Fill containers with clean drinking water.", "", "", ""),
        ],
        [
            ("• Tie down roofing iron and loose objects around the house.", "", "", ""),
        ],
        [
            ("• Keep a battery radio tuned to VBC Radio One for official bulletins.", "", "", ""),
        ],
        [
            ("READ MORE: Live updates: TC Ravina", "", "", "B"),
        ],
        [
            ("Updates on VBC Radio One and VBC TV every hour from 6 a.m.", "", "", "B"),
        ],
        [
            ("Tags: Cyclone | Vanua Levu | NDMO", "", "", "B"),
        ],
        [
            ("© 2026 Vanua Broadcasting Corporation.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the CV7 News app", "", "", "B"),
        ],
        [
            ("Police seize 14 guns, 2,300 rounds in Laventille raid; three held", "", "", "W"),
        ],
        [
            ("CV7 News | Crime", "", "", "B"),
        ],
        [
            ("Renee Persad-Charles", "", "", "B"),
        ],
        [
            ("Saturday 21 Mar 2026, 7:05 PM", "", "", "B"),
        ],
        [
            ("Updated 9:12 PM", "", "", "B"),
        ],
        [
            ("▶ WATCH | 1:58", "", "", "B"),
        ],
        [
            (
                "Officers lay out the seized weapons at the Besson Street police station on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Tap to watch the full report", "", "", "B"),
        ],
        [
            (
                "Police seized 14 firearms and more than 2,300 rounds of ammunition in a pre-dawn operation in Laventille on Saturday, and three men aged 19, 23 and 31 were arrested.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The weapons included four assault rifles, seven pistols and three shotguns, the Trinidad and Tobago Police Service said in a statement.",
                "Trinidad and Tobago Police Service",
                "said in a statement",
                "W",
            ),
            (
                "They were found in a concrete water tank behind an abandoned house on Upper Chancery Trace, it said.",
                "Trinidad and Tobago Police Service",
                "said",
                "W",
            ),
            (
                "Officers also found 1.2 kilogrammes of cannabis and $18,400 in cash, police said.",
                "police",
                "said",
                "W",
            ),
            (
                "The raid began at 4.10 a.m. and lasted about three hours, they said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Acting Commissioner of Police Marlon Ashby-Ramdeen told reporters at Besson Street that the operation followed four months of intelligence work by two specialist units.",
                "Marlon Ashby-Ramdeen",
                "told reporters",
                "W",
            ),
            ("“This is not a few guns for protection.", "Marlon Ashby-Ramdeen", "said", ""),
            ("This is an arsenal,” he said.", "Marlon Ashby-Ramdeen", "said", ""),
            (
                "“Somebody was preparing for war in this city, and today we took away their bullets.”",
                "Marlon Ashby-Ramdeen",
                "said",
                "",
            ),
        ],
        [
            (
                "Ashby-Ramdeen said one of the pistols had been reported stolen from a licensed holder in Chaguanas in 2024.",
                "Marlon Ashby-Ramdeen",
                "said",
                "W",
            ),
            (
                "The weapons will be sent for ballistic testing to see whether any were used in recent killings, he said.",
                "Marlon Ashby-Ramdeen",
                "said",
                "",
            ),
        ],
        [
            (
                "The country has recorded 127 murders so far this year, compared with 141 at the same point in 2025, according to police data.",
                "police data",
                "according to",
                "W",
            ),
            (
                "Of those, 98 were committed with a firearm, Ashby-Ramdeen said.",
                "Marlon Ashby-Ramdeen",
                "said",
                "W",
            ),
            (
                "Three of them happened within 500 metres of the house, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The three men were being questioned at Besson Street last night and had not been charged.",
                "",
                "",
                "W",
            ),
            (
                "If charged, they are expected to appear before a Port of Spain magistrate on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Attorney Kendell St. Rose-Mahabir, who represents the 19-year-old, said his client had been sleeping at his grandmother’s house nearby and had nothing to do with the tank.",
                "Kendell St. Rose-Mahabir",
                "said",
                "",
            ),
            (
                "“A boy sleeping in his granny’s house is now a gun-runner?",
                "Kendell St. Rose-Mahabir",
                "said",
                "",
            ),
            ("Come on,” he said.", "Kendell St. Rose-Mahabir", "said", ""),
        ],
        [
            (
                "CV7 News contacted the families of the other two men, who declined to comment.",
                "the families of the other two men",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "A resident of Upper Chancery Trace, who did not want to be named, said officers had broken down three doors on the street.",
                "A resident of Upper Chancery Trace",
                "said",
                "W",
            ),
            (
                "“They came at 4 a.m. with the dogs.",
                "A resident of Upper Chancery Trace",
                "said",
                "",
            ),
            (
                "My children were screaming,” she said.",
                "A resident of Upper Chancery Trace",
                "said",
                "",
            ),
        ],
        [
            (
                "National Security Minister Roger Alleyne-Baptiste said in a post on Facebook that it was the biggest seizure in a single raid since 2021.",
                "Roger Alleyne-Baptiste",
                "said in a post on Facebook",
                "W",
            ),
            (
                "Opposition MP Sharlene Ramkissoon-Nurse said the Government had cut the budget of the police’s special operations unit by 12% in October.",
                "Sharlene Ramkissoon-Nurse",
                "said",
                "W",
            ),
            (
                "“You cannot seize your way out of a crime wave,” she said.",
                "Sharlene Ramkissoon-Nurse",
                "said",
                "",
            ),
        ],
        [
            (
                "A gun amnesty run by the police between January 15 and February 28 collected 61 firearms, the TTPS said.",
                "Trinidad and Tobago Police Service",
                "said",
                "W",
            ),
        ],
        [
            ("Anyone with information can call Crime Stoppers at 800-TIPS.", "", "", "B"),
        ],
        [
            ("RELATED: Two shot dead in Morvant drive-by", "", "", "B"),
        ],
        [
            ("RELATED: Gun court clears backlog of 400 cases", "", "", "B"),
        ],
        [
            ("Watch CV7 News at 7 nightly on Channel 7 and live in the app.", "", "", "B"),
        ],
        [
            (
                "Get the CV7 News app: Download on the App Store | Get it on Google Play",
                "",
                "",
                "B",
            ),
        ],
        [
            ("cv7news.tt/crime/police-seize-14-guns-laventille", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  Mihira Online", "", "", "B"),
        ],
        [
            ("View non-AMP version", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Badulla express derails near Haputale; 17 injured, upcountry line closed",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Pahana News Agency", "", "", "B"),
        ],
        [
            ("24 March 2026, 2:20 pm", "", "", "B"),
        ],
        [
            ("Share: WhatsApp  Facebook  X", "", "", "B"),
        ],
        [
            (
                "Rescue workers and passengers beside the derailed carriages near Haputale on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: PNA/Kasun Herath-Pieris", "", "", "B"),
        ],
        [
            (
                "COLOMBO, March 24 (PNA) – Three carriages of a Colombo-bound express train derailed between Idalgashinna and Haputale on Tuesday morning, injuring 17 passengers, railway officials said.",
                "railway officials",
                "said",
                "W",
            ),
            (
                "The train, which left Badulla at 5.50 a.m., was carrying about 640 passengers, the officials said.",
                "railway officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "Two of the injured, a woman aged 62 and a boy aged nine, were transferred to Badulla Teaching Hospital with fractures, hospital director Dr. Chaminda Ranawaka-Perera said.",
                "Chaminda Ranawaka-Perera",
                "said",
                "W",
            ),
            (
                "The other 15 were treated at Haputale Base Hospital and discharged by noon, he said.",
                "Chaminda Ranawaka-Perera",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sri Lanka Railways General Manager S. P. Rodrigo-Gunasekara told PNA the derailment was caused by a broken rail on a curve about 2 km from Haputale station.",
                "S. P. Rodrigo-Gunasekara",
                "told PNA",
                "W",
            ),
            (
                "“The track on that section was last inspected on March 9.",
                "S. P. Rodrigo-Gunasekara",
                "said",
                "W",
            ),
            (
                "We will find out whether the crack was missed or appeared since,” he said.",
                "S. P. Rodrigo-Gunasekara",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Services between Bandarawela and Nanu Oya have been suspended, and passengers will be taken between the two stations by bus, he added.",
                "S. P. Rodrigo-Gunasekara",
                "added",
                "W",
            ),
            (
                "He said the line was expected to reopen by Friday.",
                "S. P. Rodrigo-Gunasekara",
                "said",
                "",
            ),
        ],
        [
            (
                "Sri Lanka Railways said the Badulla night mail and two other services had been cancelled on Tuesday.",
                "Sri Lanka Railways",
                "said",
                "W",
            ),
            (
                "Passengers holding reserved seats on cancelled trains can claim a full refund at any station within 30 days, it said.",
                "Sri Lanka Railways",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police said the driver and the guard had given statements and were not suspected of any wrongdoing.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Railway Track Workers’ Federation blamed staff shortages.",
                "Railway Track Workers’ Federation",
                "blamed",
                "W",
            ),
            (
                "Its secretary, Nimal Jayawardane-Silva, said 340 track maintenance posts on the upcountry line were vacant.",
                "Nimal Jayawardane-Silva",
                "said",
                "W",
            ),
            (
                "“We have one gang of eight men for 22 km of track.",
                "Nimal Jayawardane-Silva",
                "asked",
                "W",
            ),
            ("How can they walk it every day?” he asked.", "Nimal Jayawardane-Silva", "asked", ""),
        ],
        [
            (
                "Transport Minister Ruwan Abeysekera-Fonseka said a committee of three engineers would report to him within two weeks.",
                "Ruwan Abeysekera-Fonseka",
                "said",
                "W",
            ),
        ],
        [
            (
                "The line through the hill country is one of the island’s busiest tourist routes: 41% of passengers on the Kandy–Badulla section last year were foreign visitors, according to Sri Lanka Railways data.",
                "Sri Lanka Railways data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Anna Overbeck-Riehl, a German tourist travelling to Ella, said passengers had waited two hours beside the tracks for buses.",
                "Anna Overbeck-Riehl",
                "said",
                "",
            ),
            ("“Nobody told us anything.", "Anna Overbeck-Riehl", "said", ""),
            (
                "The villagers were helping the old people down the embankment,” she said.",
                "Anna Overbeck-Riehl",
                "said",
                "",
            ),
        ],
        [
            (
                "Guesthouse owners in Ella said about a third of the guests due this week had asked to change their dates.",
                "Guesthouse owners in Ella",
                "said",
                "W",
            ),
        ],
        [
            (
                "Trains on the upcountry line run at an average of 28 km/h, the slowest of any main line in the country, the general manager said.",
                "S. P. Rodrigo-Gunasekara",
                "said",
                "W",
            ),
            ("Second-class fares on the line rose by 15% last month.", "", "", "W"),
        ],
        [
            (
                "It is the fourth derailment on the upcountry line since January 2025, a PNA tally shows.",
                "a PNA tally",
                "shows",
                "W",
            ),
        ],
        [
            ("– PNA", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Tags: Sri Lanka Railways, Haputale, Derailment", "", "", "B"),
        ],
        [
            ("Next story › Fuel prices unchanged for April, CPC says", "", "", "B"),
        ],
        [
            ("Related: Colombo port volumes rise 6% in February", "", "", "B"),
        ],
        [
            ("© 2026 Mihira Online.", "", "", "B"),
            ("Wire copy © Pahana News Agency.", "", "", "B"),
        ],
        [
            ("Back to top ▲", "", "", "B"),
        ],
    ],
    [
        [
            ("🖨 Print  |  ✕ Close window", "", "", "B"),
        ],
        [
            ("THE EQUATOR WEEKLY", "", "", "B"),
        ],
        [
            (
                "https://equatorweekly.co.ug/health/2026/03/nkondo-maternal-deaths-audit",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Printed on 26/03/2026, 09:14", "", "", "B"),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            (
                "Nkondo hospital recorded 31 maternal deaths in 2025, audit finds",
                "a Ministry of Health audit",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Midwives say the hospital is being asked to do too much with too little",
                "Midwives",
                "say",
                "",
            ),
        ],
        [
            ("By Brenda Nakalema-Ssemwogerere  |  March 26, 2026  |  9 min read", "", "", "B"),
        ],
        [
            (
                "Nkondo Regional Referral Hospital recorded 31 maternal deaths in 2025, up from 19 in 2024, a Ministry of Health audit has found.",
                "a Ministry of Health audit",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The audit, completed in February and shared with The Equator Weekly, reviewed every death of a woman during pregnancy or within 42 days of giving birth at the hospital.",
                "",
                "",
                "W",
            ),
            (
                "It found that 13 of the 31 women died of bleeding after delivery, seven of high blood pressure disorders and five of infection.",
                "a Ministry of Health audit",
                "found",
                "W",
            ),
            (
                "In 11 cases the women reached the hospital more than six hours after their complications began, the audit says.",
                "a Ministry of Health audit",
                "says",
                "W",
            ),
        ],
        [
            ("A plant that stopped", "", "", ""),
        ],
        [
            (
                "The hospital’s oxygen plant, installed in 2021 at a cost of Shs1.9 billion, has not worked since August, when its compressor failed.",
                "",
                "",
                "W",
            ),
            (
                "Dr. Rose Kyarisiima-Mbabazi, the hospital’s director, said a replacement compressor had been ordered in October but had not been delivered.",
                "Rose Kyarisiima-Mbabazi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are buying cylinders from Kampala at Shs150,000 each.",
                "Rose Kyarisiima-Mbabazi",
                "said",
                "W",
            ),
            ("Some weeks we use 40,” she said.", "Rose Kyarisiima-Mbabazi", "said", ""),
        ],
        [
            ("Page 1 of 3", "", "", "B"),
        ],
        [
            (
                "Senior midwife Grace Akankunda-Opio has worked in the labour ward for 17 years.",
                "",
                "",
                "W",
            ),
            (
                "She said the ward had 14 midwives on its roll for about 520 deliveries a month.",
                "Grace Akankunda-Opio",
                "said",
                "W",
            ),
        ],
        [
            (
                "“At night there are two of us for 30 mothers,” she said.",
                "Grace Akankunda-Opio",
                "said",
                "W",
            ),
            (
                "“You choose who to watch… and you pray for the others.”",
                "Grace Akankunda-Opio",
                "said",
                "",
            ),
        ],
        [
            ("The road", "", "", ""),
        ],
        [
            (
                "Most referrals reach Nkondo from Kabale-Kiryo Health Centre IV, 40 kilometres away on a murram road.",
                "",
                "",
                "W",
            ),
            (
                "The health centre’s ambulance has been off the road since December, its in-charge, Moses Turyahikayo-Akena, said.",
                "Moses Turyahikayo-Akena",
                "said",
                "W",
            ),
            (
                "Families pay between Shs80,000 and Shs120,000 to hire a car for the trip, he said.",
                "Moses Turyahikayo-Akena",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asiimwe Tindyebwa-Tusiime, a farmer from Kabale-Kiryo, lost his wife, Pauline, in the hospital’s maternity ward in September.",
                "",
                "",
                "W",
            ),
            ("“They told us to buy oxygen.", "Asiimwe Tindyebwa-Tusiime", "said", ""),
            ("We did not know where,” he said.", "Asiimwe Tindyebwa-Tusiime", "said", ""),
        ],
        [
            ("Page 2 of 3", "", "", "B"),
        ],
        [
            (
                "Ministry of Health spokesperson Emmanuel Okello-Byaruhanga said the ministry had set aside Shs2.3 billion in the 2026/27 budget to replace failed oxygen plants at eight regional referral hospitals, Nkondo among them.",
                "Emmanuel Okello-Byaruhanga",
                "said",
                "W",
            ),
            (
                "He said the national maternal mortality ratio had fallen from 341 deaths per 100,000 live births in 2016 to 203 in 2022.",
                "Emmanuel Okello-Byaruhanga",
                "said",
                "W",
            ),
            ("“Nkondo is not typical,” he said.", "Emmanuel Okello-Byaruhanga", "said", ""),
        ],
        [
            (
                "Dr. Patience Nakimera-Karamagi, an obstetrician who sits on the national maternal death review committee, said the audit classified 24 of the 31 deaths as avoidable.",
                "Patience Nakimera-Karamagi",
                "said",
                "W",
            ),
            ("“Bleeding after birth kills in two hours.", "Patience Nakimera-Karamagi", "said", ""),
            (
                "A woman who is six hours away has already lost,” she said.",
                "Patience Nakimera-Karamagi",
                "said",
                "",
            ),
        ],
        [
            (
                "The audit recommends a second ambulance for the referral route and at least four midwives on every night shift.",
                "a Ministry of Health audit",
                "recommends",
                "",
            ),
            ("The ministry has not said when the new compressor will arrive.", "", "", ""),
        ],
        [
            ("Links in this article:", "", "", "B"),
        ],
        [
            ("[1] https://equatorweekly.co.ug/tag/maternal-health", "", "", "B"),
        ],
        [
            ("[2] https://equatorweekly.co.ug/health/2025/11/idle-oxygen-plants", "", "", "B"),
        ],
        [
            ("Page 3 of 3", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Equator Weekly Publishing Ltd.", "", "", "B"),
            ("Reproduced for personal use only.", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Sperrin Sound 96.4FM | Text-only version | Switch to full site", "", "", "B"),
        ],
        [
            ("[Home] [News] [Sport] [Travel] [Listen Live] [Contact]", "", "", "B"),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            (
                "Coalisland man jailed for four years over A29 crash that killed student nurse",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted 1:34pm, Thu 26 Mar 2026 by Sperrin Sound News", "", "", "B"),
        ],
        [
            (
                "A 34-year-old man who was driving at 97mph on the A29 when he crashed into a car and killed a 22-year-old student nurse has been jailed for four years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Declan Patrick Harkin-Moore, of Mill Row in Coalisland, will spend two years in custody and two on licence, Judge Ciaran McGoldrick-Boyd told Dungannon Crown Court.",
                "Ciaran McGoldrick-Boyd",
                "told Dungannon Crown Court",
                "W",
            ),
            (
                "He was also banned from driving for 10 years and must pass an extended test before he can drive again.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Harkin-Moore pleaded guilty in January to causing the death of Shauna Devlin-Quigg by dangerous driving.",
                "",
                "",
                "W",
            ),
            (
                "The court heard she had been driving home after a late shift as a healthcare assistant at the South Tyrone Hospital in Dungannon.",
                "",
                "",
                "W",
            ),
            (
                "Miss Devlin-Quigg died at the scene on the Cookstown Road near Stewartstown at about 11.40pm on 14 August 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Prosecuting barrister Rory Killen-Dunne told the court that data from Harkin-Moore's car showed he was travelling at 97mph two seconds before the collision, on a stretch of road with a 60mph limit.",
                "Rory Killen-Dunne",
                "told the court",
                "W",
            ),
            (
                "He said Harkin-Moore had overtaken three vehicles on a bend and was on the wrong side of the road when his Audi hit Miss Devlin-Quigg's Ford Fiesta head-on.",
                "Rory Killen-Dunne",
                "said",
                "W",
            ),
            (
                "Two drivers he had overtaken told police they put his speed at more than 90mph.",
                "Two drivers he had overtaken",
                "told police",
                "W",
            ),
            (
                "A blood test found no alcohol, but he had used cannabis in the days before the crash, Mr Killen-Dunne said.",
                "Rory Killen-Dunne",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Killen-Dunne then read a victim impact statement written by her mother, Bernadette Devlin-Quigg.",
                "",
                "",
                "",
            ),
            (
                "\"Shauna had a place on the children's ward at Craigavon from September.",
                "Bernadette Devlin-Quigg",
                "said in the statement",
                "W",
            ),
            (
                'She was going to be the first nurse in our family," she said in the statement.',
                "Bernadette Devlin-Quigg",
                "said in the statement",
                "",
            ),
            (
                '"We stopped living that night.',
                "Bernadette Devlin-Quigg",
                "said in the statement",
                "",
            ),
            ('We just get up now."', "Bernadette Devlin-Quigg", "said in the statement", ""),
        ],
        [
            (
                'Defence barrister Orla Shiels-McCabe said her client was "truly and deeply sorry" and had written to the family.',
                "Orla Shiels-McCabe",
                "said",
                "",
            ),
            (
                "She said he had no previous convictions and had worked as a plasterer since he was 16.",
                "Orla Shiels-McCabe",
                "said",
                "W",
            ),
        ],
        [
            (
                'Judge McGoldrick-Boyd said the driving was "a deliberate choice to race on a dark country road".',
                "Ciaran McGoldrick-Boyd",
                "said",
                "",
            ),
            (
                '"No sentence this court can pass will return Shauna to her family.',
                "Ciaran McGoldrick-Boyd",
                "said",
                "",
            ),
            (
                'Nothing I say today is meant to measure the value of her life," he said.',
                "Ciaran McGoldrick-Boyd",
                "said",
                "",
            ),
            (
                "He said he had reduced the sentence from six years to four because of the early guilty plea.",
                "Ciaran McGoldrick-Boyd",
                "said",
                "W",
            ),
        ],
        [
            (
                "Harkin-Moore, who appeared by video link from Maghaberry Prison, showed no emotion as the sentence was passed.",
                "",
                "",
                "",
            ),
            (
                "He had been on bail until his guilty plea in January and has been held on remand since.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Speaking outside court, Sgt Niamh O'Kane-Lavery of the PSNI's Collision Investigation Unit said 12 people had died on roads in the Mid Ulster council area in 2025, the highest number in a decade.",
                "Niamh O'Kane-Lavery",
                "said",
                "W",
            ),
            (
                '"Speed is still the thing we see most often at the worst crashes," she said.',
                "Niamh O'Kane-Lavery",
                "said",
                "",
            ),
        ],
        [
            (
                "Outside court, Miss Devlin-Quigg's father, Gerard Devlin-Quigg, said the family would ask the Director of Public Prosecutions to refer the sentence to the Court of Appeal as unduly lenient.",
                "Gerard Devlin-Quigg",
                "said",
                "",
            ),
            ('"Four years for a life.', "Gerard Devlin-Quigg", "said", ""),
            ('Two of them at home," he said.', "Gerard Devlin-Quigg", "said", ""),
        ],
        [
            (
                "Road deaths across Northern Ireland totalled 71 in 2025, according to PSNI figures.",
                "PSNI figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The road safety group Roadside Memory NI, which Miss Devlin-Quigg's aunt co-founded in 2019, called for a 50mph limit on the A29 between Cookstown and Dungannon.",
                "Roadside Memory NI",
                "called for",
                "",
            ),
            (
                "The Department for Infrastructure said it would look at the limit as part of a route study due to report in the autumn.",
                "Department for Infrastructure",
                "said",
                "",
            ),
        ],
        [
            ("-- Sperrin Sound News, on the hour, every hour --", "", "", "B"),
        ],
        [
            (
                "If you have been affected by this story, contact our newsroom on 028 8676 0964.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related: [Dungannon bypass opening pushed back to 2027] [Cookstown councillor apologises over post]",
                "",
                "",
                "B",
            ),
        ],
        [
            ("[Back to News] [Top of page]", "", "", "B"),
        ],
        [
            ("(c) 2026 Sperrin Sound Ltd.", "", "", "B"),
            ("Registered in Northern Ireland NI648213.", "", "", "B"),
        ],
    ],
    [
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("NODI NOTES | Tuesday, March 31, 2026 | Issue #212", "", "", "B"),
        ],
        [
            ("Good morning from Dhaka.", "", "", "B"),
            ("Today’s lead story takes four minutes to read.", "", "", "B"),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("Rooftop solar from Tk 1.2 lakh with Surjo Panel Co.", "", "", "B"),
            ("Book a free survey this week.", "", "", "B"),
        ],
        [
            (
                "Dead fish line 6 km of the Dhaleshwari after tannery waste plant breaks down",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Officials say the treatment plant’s main pump failed on Friday night",
                "Officials",
                "say",
                "W",
            ),
        ],
        [
            ("By Tahmina Rahman-Chowdhury, environment reporter", "", "", "B"),
        ],
        [
            (
                "Thousands of dead fish have washed up along a 6-kilometre stretch of the Dhaleshwari river near Savar since Saturday, after the central effluent treatment plant at the Savar tannery estate stopped working.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Department of Environment (DoE) said tests on water taken near Hemayetpur on Sunday found dissolved oxygen of 0.8 milligrams per litre, against at least 5 mg/L that fish need to survive.",
                "Department of Environment",
                "said",
                "W",
            ),
            (
                "Chromium was measured at 1.7 mg/L, more than 30 times the national standard for inland surface water, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "DoE Dhaka region director Md. Shafiqul Alam-Bhuiyan told Nodi Notes the plant’s main pump had failed on Friday night and that untreated waste had gone into the river through an emergency outfall.",
                "Md. Shafiqul Alam-Bhuiyan",
                "told Nodi Notes",
                "W",
            ),
            (
                "“We have asked the estate to stop all wet processing until the plant is running,” he said.",
                "Md. Shafiqul Alam-Bhuiyan",
                "said",
                "",
            ),
        ],
        [
            (
                "The Bangladesh Small and Cottage Industries Corporation, which runs the estate, said a replacement pump had been flown in from Guangzhou on Monday and would be fitted by Wednesday.",
                "Bangladesh Small and Cottage Industries Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "The plant was built to treat 25,000 cubic metres of effluent a day but receives about 32,000 on working days, according to a 2025 report by the parliamentary standing committee on industries.",
                "a 2025 report by the parliamentary standing committee on industries",
                "according to",
                "W",
            ),
        ],
        [
            (
                "In Bhakurta, fisherman Abdul Kader Sheikh-Miah, 51, pulled up a net full of dead fish.",
                "",
                "",
                "",
            ),
            (
                "“Before the tanneries came we caught rui and boal here.",
                "Abdul Kader Sheikh-Miah",
                "said",
                "",
            ),
            ("Now even the tilapia die,” he said.", "Abdul Kader Sheikh-Miah", "said", ""),
            (
                "He said he had earned nothing since Saturday and owed Tk 18,000 to a moneylender.",
                "Abdul Kader Sheikh-Miah",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesman for the Savar Tanners’ Forum, which represents 112 of the estate’s 140 tanneries, said members had halted wet processing on Monday.",
                "A spokesman for the Savar Tanners’ Forum",
                "said",
                "W",
            ),
            (
                "He said each day of stoppage would cost the industry about Tk 9 crore in lost output.",
                "A spokesman for the Savar Tanners’ Forum",
                "said",
                "",
            ),
        ],
        [
            (
                "Sharmin Akhter-Haque, a water-quality researcher at the Centre for River Studies in Dhaka, said the plant had broken down at least five times since 2021.",
                "Sharmin Akhter-Haque",
                "said",
                "W",
            ),
            (
                "“Every time, the fish die, the tanneries pay a small fine, and the river gets a little worse,” she said.",
                "Sharmin Akhter-Haque",
                "said",
                "",
            ),
        ],
        [
            (
                "Fish kills were also reported on Monday at Kathgora and Tetuljhora, two villages further downstream, residents said.",
                "residents",
                "said",
                "W",
            ),
            (
                "The DoE has also ordered the estate to pay for restocking the river, Alam-Bhuiyan said.",
                "Md. Shafiqul Alam-Bhuiyan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The DoE fined the estate Tk 25 lakh after a similar breakdown in 2024, according to DoE records.",
                "DoE records",
                "according to",
                "W",
            ),
            (
                "The department advised people not to bathe in or use water from the river between Savar and Hemayetpur until further notice.",
                "The department",
                "advised",
                "",
            ),
        ],
        [
            (
                "Why it matters: about 1.2 million people live within 5 km of the river’s course through Savar, according to 2022 census data.",
                "2022 census data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "What’s next: the DoE says it will set a fine once the plant is running again.",
                "Department of Environment",
                "says",
                "",
            ),
        ],
        [
            ("ALSO IN TODAY’S NOTES", "", "", "B"),
        ],
        [
            ("→ Metro rail extends evening service to 11 p.m. from April 5", "", "", "B"),
        ],
        [
            ("→ Coarse rice up 4% in a month at Karwan Bazar", "", "", "B"),
        ],
        [
            ("Reply to this email with your questions for our environment desk.", "", "", "B"),
        ],
        [
            ("Nodi Notes is free.", "", "", "B"),
            ("Support our reporting from Tk 150 a month.", "", "", "B"),
        ],
        [
            ("Forward this email to a friend", "", "", "B"),
        ],
        [
            ("Was this forwarded to you?", "", "", "B"),
            ("Sign up at nodinotes.com.bd", "", "", "B"),
        ],
        [
            ("You are receiving this email because you subscribed to Nodi Notes.", "", "", "B"),
        ],
        [
            ("Unsubscribe | Update your preferences", "", "", "B"),
        ],
        [
            ("Nodi Media Ltd., House 14, Road 9/A, Dhanmondi, Dhaka 1209", "", "", "B"),
        ],
    ],
    [
        [
            ("ARCHIVED PAGE", "", "", "B"),
        ],
        [
            (
                "Saved 2 Apr 2026 14:06:51 UTC from https://commercejournal.com.jm/markets/earnings/blue-mahoe-profit-2025",
                "",
                "",
                "B",
            ),
        ],
        [
            ("This is a copy of the page as it appeared when it was saved.", "", "", "B"),
            ("It may not match the current version.", "", "", "B"),
        ],
        [
            ("Captures: 3  |  ◀ previous  |  next ▶  |  latest", "", "", "B"),
        ],
        [
            ("THE COMMERCE JOURNAL", "", "", "B"),
        ],
        [
            (
                "Markets | Companies | Economy | Tourism | Agriculture | Opinion | ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("JSE Main Index 318,422.61 ▲0.42%  |  US$1 = J$157.86  |  WTI US$71.40", "", "", "B"),
        ],
        [
            ("Markets › Earnings", "", "", "B"),
        ],
        [
            (
                "Blue Mahoe Financial profit rises 18% to $14.2 billion; dividend raised to 62 cents",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive says lending to small businesses drove the increase",
                "Desmond Sinclair-Lyn",
                "says",
                "W",
            ),
        ],
        [
            ("Karen-Ann Morrison-Lue  |  Business Reporter", "", "", "B"),
        ],
        [
            ("Thursday, April 2, 2026", "", "", "B"),
        ],
        [
            (
                "Blue Mahoe Financial Group Ltd. reported net profit of J$14.2 billion for the year to December 31, 2025, up 18% from J$12.0 billion in 2024, in results filed with the Jamaica Stock Exchange on Wednesday.",
                "Blue Mahoe Financial Group Ltd.",
                "reported",
                "W",
            ),
            ("Earnings per share rose to J$2.31 from J$1.96.", "", "", "W"),
        ],
        [
            (
                "The board declared a final dividend of 62 cents a share, up from 48 cents, payable on May 8 to shareholders on record at April 20.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Loans to customers grew 14.6% to J$402 billion, and lending to small and medium-sized firms rose 27%.",
                "",
                "",
                "W",
            ),
            (
                "Non-performing loans rose to 3.1% of the loan book from 2.6% a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "President and chief executive Desmond Sinclair-Lyn said small-business lending had driven most of the growth, helped by a partial credit guarantee scheme backed by the Development Bank of Jamaica.",
                "Desmond Sinclair-Lyn",
                "said",
                "W",
            ),
            (
                "“For years the banks were accused of ignoring the small man.",
                "Desmond Sinclair-Lyn",
                "said",
                "",
            ),
            (
                "Those days are ending,” Sinclair-Lyn said on a call with analysts.",
                "Desmond Sinclair-Lyn",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the rise in bad loans was concentrated among tourism businesses on the north coast.",
                "Desmond Sinclair-Lyn",
                "said",
                "W",
            ),
        ],
        [
            ("KEY FIGURES (J$ billion unless stated)", "", "", "B"),
        ],
        [
            ("Item | 2025 | 2024", "", "", "B"),
        ],
        [
            ("Net profit | 14.2 | 12.0", "", "", ""),
        ],
        [
            ("Loans to customers | 402.0 | 350.8", "", "", ""),
        ],
        [
            ("Earnings per share (J$) | 2.31 | 1.96", "", "", ""),
        ],
        [
            ("Source: Blue Mahoe Financial Group audited results.", "", "", "B"),
        ],
        [
            (
                "Analysts at Lignum Vitae Securities said the result beat their forecast of J$13.6 billion.",
                "Analysts at Lignum Vitae Securities",
                "said",
                "W",
            ),
            (
                "They kept a “buy” rating on the stock, with a target price of J$88.",
                "Analysts at Lignum Vitae Securities",
                "said",
                "W",
            ),
        ],
        [
            (
                "Blue Mahoe’s shares closed 3.9% higher at J$74.10 on the JSE Main Market on Wednesday, valuing the group at about J$456 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Bank of Jamaica held its policy rate at 6.25% at its last meeting in March, the fourth hold in a row.",
                "",
                "",
                "W",
            ),
            (
                "Economist Tameka Rowe-Henriques of the Caribbean Policy Forum said lower rates would do more for small firms than any guarantee scheme.",
                "Tameka Rowe-Henriques",
                "said",
                "",
            ),
            (
                "Private-sector credit grew 11.2% in 2025, she said, the fastest since 2019.",
                "Tameka Rowe-Henriques",
                "said",
                "W",
            ),
        ],
        [
            (
                "One of the borrowers, Marcia Gayle-Pinnock, who runs a bakery in May Pen, said she got a J$6 million loan in February after two refusals from other banks.",
                "Marcia Gayle-Pinnock",
                "said",
                "W",
            ),
            ("“The guarantee made the difference.", "Marcia Gayle-Pinnock", "said", ""),
            (
                "Without it, I would still be baking in my kitchen,” she said.",
                "Marcia Gayle-Pinnock",
                "said",
                "",
            ),
        ],
        [
            (
                "The group said it planned to open four branches this year, including its first in St. Ann’s Bay.",
                "The group",
                "said",
                "",
            ),
            (
                "It did not say how many jobs would go in a review of back-office work announced in January.",
                "",
                "",
                "",
            ),
        ],
        [
            ("MORE IN EARNINGS", "", "", "B"),
        ],
        [
            ("Cane River Foods half-year profit falls 9%", "", "", "B"),
        ],
        [
            ("Port Royal Logistics to list on JSE Junior Market", "", "", "B"),
        ],
        [
            ("Subscribe to the Commerce Journal ePaper", "", "", "B"),
        ],
        [
            ("© 2026 Commerce Journal Publishing Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Archived page · capture 2 of 3 · 2 Apr 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("Zed Mirror · 2h", "", "", "B"),
        ],
        [
            ("EXCLUSIVE", "", "", "B"),
        ],
        [
            (
                "BOMBER AXED: Mwansa-Chilufya dumped from Chipolopolo squad after skipping camp",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Coach Simuchimba-Phiri says nobody is bigger than the badge",
                "Aaron Simuchimba-Phiri",
                "says",
                "",
            ),
        ],
        [
            ("By ZED MIRROR SPORTS DESK", "", "", "B"),
        ],
        [
            ("Published 09:12, 3 April 2026", "", "", "B"),
        ],
        [
            ("Open original article ↗", "", "", "B"),
        ],
        [
            ("Mwansa-Chilufya celebrates his goal against Malawi in October.", "", "", ""),
        ],
        [
            ("Picture: ZED MIRROR", "", "", "B"),
        ],
        [
            (
                "ZAMBIA’S top scorer Kelvin “Bomber” Mwansa-Chilufya has been kicked out of the Chipolopolo squad for next week’s qualifier against Namibia after failing to report to camp in Lusaka on Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Football Association of Zambia (FAZ) confirmed the decision in a statement last night.",
                "Football Association of Zambia",
                "confirmed",
                "W",
            ),
            (
                "It said the 26-year-old had not answered calls from team officials for three days and had given no reason for his absence.",
                "Football Association of Zambia",
                "said",
                "W",
            ),
        ],
        [
            ("Coach Aaron Simuchimba-Phiri did not hold back.", "", "", ""),
            (
                "“Nobody is bigger than the badge.",
                "Aaron Simuchimba-Phiri",
                "told the Zed Mirror",
                "",
            ),
            (
                "Not me, not Bomber, not anybody!” he told the Zed Mirror.",
                "Aaron Simuchimba-Phiri",
                "told the Zed Mirror",
                "",
            ),
        ],
        [
            (
                "“I called him on Saturday, I called him on Sunday.",
                "Aaron Simuchimba-Phiri",
                "said",
                "",
            ),
            ("On Monday his phone was off,” he said.", "Aaron Simuchimba-Phiri", "said", ""),
        ],
        [
            ("READ MORE: Inside Bomber’s K4 million Ibex Hill mansion", "", "", "B"),
        ],
        [
            (
                "Mwansa-Chilufya has scored 19 goals in 41 internationals and was top scorer in the last qualifying campaign with six.",
                "",
                "",
                "W",
            ),
            (
                "He joined Egyptian side Delta Port SC in a US$1.4 million move in August.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "His agent, Chanda Mulenga-Kabwe, said the player had been in hospital in Alexandria with a knee injury and had emailed a medical report to FAZ on Sunday.",
                "Chanda Mulenga-Kabwe",
                "said",
                "W",
            ),
            ("“Did anybody at FAZ open their email?", "Chanda Mulenga-Kabwe", "said", ""),
            ("Clearly not,” she said.", "Chanda Mulenga-Kabwe", "said", ""),
            (
                "She said the striker would not speak publicly until he had talked to the coach.",
                "Chanda Mulenga-Kabwe",
                "said",
                "",
            ),
        ],
        [
            (
                "FAZ spokesperson Bwalya Banda-Tembo told this paper the association had received “no medical report from anybody” by the time the squad was named.",
                "Bwalya Banda-Tembo",
                "told this paper",
                "W",
            ),
            ("The squad was announced at 4 p.m. on Monday.", "", "", "W"),
            ("Simuchimba-Phiri named 25 players, 14 of them based abroad.", "", "", "W"),
            (
                "He has dropped two other players for disciplinary reasons since taking over in 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Zed Mirror understands Mwansa-Chilufya last played for his club on March 21, when he was substituted after 34 minutes.",
                "The Zed Mirror",
                "understands",
                "W",
            ),
        ],
        [
            (
                "In his place, Simuchimba-Phiri has called up Kafue Rangers striker Joseph Lungu-Sakala, 21, who has scored 11 goals in the Super League this season.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Fans were split on social media.", "", "", ""),
            (
                "One, @ChipoloFanatic, wrote on X: “Bench the coach, not Bomber.”",
                "@ChipoloFanatic",
                "wrote on X",
                "",
            ),
            ("Another, @KitweKing, replied: “Rules are rules.”", "@KitweKing", "replied", ""),
        ],
        [
            (
                "Zambia host Namibia at the National Heroes Stadium on Thursday, April 9, at 15:00.",
                "",
                "",
                "W",
            ),
            (
                "They are second in Group K on seven points, two behind leaders Cameroon.",
                "",
                "",
                "W",
            ),
            (
                "FAZ said the squad would hold its last training session at the stadium at 10:00 on Wednesday.",
                "Football Association of Zambia",
                "said",
                "W",
            ),
        ],
        [
            ("COMMENT BELOW: Was the coach right?", "", "", "B"),
        ],
        [
            ("Full coverage: Chipolopolo", "", "", "B"),
        ],
        [
            ("Also covered by: Lusaka Evening Post · 3h  |  Copperbelt Courier · 5h", "", "", "B"),
        ],
        [
            ("More from Zed Mirror", "", "", "B"),
        ],
        [
            ("Hide all stories from Zed Mirror", "", "", "B"),
        ],
        [
            ("Why am I seeing this story?", "", "", "B"),
        ],
        [
            ("👍 212   💬 87   ↗ Share", "", "", "B"),
        ],
    ],
    [
        [
            ("Feeds › Local News › Katutura Voice  (14 unread)", "", "", "B"),
        ],
        [
            ("Onyika Primary learners move out of tents into six new classrooms", "", "", "W"),
        ],
        [
            ("Katutura Voice · Apr 7, 2026 08:30 · by Ndapewa Amukwaya-Haufiku", "", "", "B"),
        ],
        [
            ("Updated Apr 7, 2026 10:02", "", "", "B"),
        ],
        [
            ("☆ Star   ✓ Mark as read   ↗ Visit website", "", "", "B"),
        ],
        [
            (
                "Learners carry desks into the new block at Onyika Primary School on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Katutura Voice", "", "", "B"),
        ],
        [
            (
                "About 270 learners at Onyika Primary School in Okuryangava started the second term on Monday in six new classrooms, after more than two years of lessons in tents.",
                "",
                "",
                "W",
            ),
            (
                "The N$4.8 million block was paid for by the Ministry of Education, Innovation, Youth, Sports, Arts and Culture and took nine months to build.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The tents were donated by a church group in 2023, after the school’s enrolment rose by 380 in a single year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Principal Johanna Nghifikepunye-Amutenya said the school had 1,460 learners in buildings meant for 900.",
                "Johanna Nghifikepunye-Amutenya",
                "said",
                "W",
            ),
            (
                "“In winter the children in the tents sat in their jackets and the wind blew the books off the desks.",
                "Johanna Nghifikepunye-Amutenya",
                "said",
                "",
            ),
            ("Today they have doors,” she said.", "Johanna Nghifikepunye-Amutenya", "said", ""),
        ],
        [
            (
                "Until Monday, grades 1 to 3 were taught in two shifts, from 07:00 to 12:00 and from 12:30 to 17:00, the principal said.",
                "Johanna Nghifikepunye-Amutenya",
                "said",
                "W",
            ),
            (
                "She said average class size in grades 1 to 3 had dropped from 58 to 44 with the new block.",
                "Johanna Nghifikepunye-Amutenya",
                "said",
                "W",
            ),
        ],
        [
            (
                "Grade 3 teacher Martha Haimbodi-Eiseb said she used to teach 61 learners in one tent.",
                "Martha Haimbodi-Eiseb",
                "said",
                "W",
            ),
            (
                "“You could not hear a child read at the back,” she said.",
                "Martha Haimbodi-Eiseb",
                "said",
                "",
            ),
        ],
        [
            (
                "Grade 5 learner Tangeni Iipumbu-Nakale, 11, said the best part was “no more sand in my shoes”.",
                "Tangeni Iipumbu-Nakale",
                "said",
                "",
            ),
        ],
        [
            (
                "Khomas regional education director Dr. Fillemon Katjiuongua-Beukes said at the handover that 38 schools in the region were still using tents or prefabricated classrooms.",
                "Fillemon Katjiuongua-Beukes",
                "said",
                "W",
            ),
            (
                "He said the ministry had budgeted for 112 new classrooms in Khomas in the 2026/27 financial year.",
                "Fillemon Katjiuongua-Beukes",
                "said",
                "W",
            ),
            (
                "“We are building, but Windhoek is growing faster than we can build,” he said.",
                "Fillemon Katjiuongua-Beukes",
                "said",
                "",
            ),
        ],
        [
            (
                "A second block of four classrooms and a library is planned for 2027, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
            (
                "The contractor, Kalahari Brickworks CC, employed 31 people from the area during construction, it said.",
                "the ministry",
                "said",
                "W",
            ),
            (
                "The block was due to open in January but was held up by late deliveries of roof sheeting, the contractor said.",
                "Kalahari Brickworks CC",
                "said",
                "W",
            ),
            (
                "Namibia had 1,912 state schools in 2025, according to the ministry’s annual education statistics.",
                "the ministry’s annual education statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Okuryangava constituency councillor Petrus Nanyemba-Shilongo said about 3,000 new households had settled in the constituency’s informal areas since 2022.",
                "Petrus Nanyemba-Shilongo",
                "said",
                "W",
            ),
            (
                "He said the school still had no hall and that its 12 toilets were shared by all 1,460 learners.",
                "Petrus Nanyemba-Shilongo",
                "said",
                "W",
            ),
            (
                "“It is a good day, but it is not the end of the story,” the councillor said.",
                "Petrus Nanyemba-Shilongo",
                "said",
                "",
            ),
        ],
        [
            (
                "The Namibia National Teachers’ Union said in a statement that 14 teaching posts at the school were still vacant.",
                "Namibia National Teachers’ Union",
                "said in a statement",
                "W",
            ),
            (
                "It urged the ministry to fill them before the third term.",
                "Namibia National Teachers’ Union",
                "urged",
                "",
            ),
            (
                "Ministry spokesperson Absalom Uirab-Nghidinwa did not respond to questions about the union’s figure by the time of publication.",
                "Absalom Uirab-Nghidinwa",
                "did not respond",
                "",
            ),
        ],
        [
            (
                "Parent Selma Ipinge-Kavetuna, whose twins are in Grade 2, said she had thought about moving them to a school in Khomasdal, a 40-minute taxi ride away.",
                "Selma Ipinge-Kavetuna",
                "said",
                "",
            ),
            ("“Now I will keep them here.", "Selma Ipinge-Kavetuna", "said", ""),
            (
                "The teachers are good; it was only the tents,” she said.",
                "Selma Ipinge-Kavetuna",
                "said",
                "",
            ),
        ],
        [
            (
                "The handover on Monday was attended by parents, the school choir and about 40 members of the Okuryangava Youth Brass Band.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Do you have a story from your street?", "", "", "B"),
            ("WhatsApp the Voice on 081 467 2290.", "", "", "B"),
        ],
        [
            (
                "Community notice: the school’s fundraising fun run starts at 08:00 on Saturday, April 25.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The post Onyika Primary learners move out of tents into six new classrooms appeared first on Katutura Voice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: education, Okuryangava, schools", "", "", "B"),
        ],
        [
            ("Share via… Email | Copy link", "", "", "B"),
        ],
        [
            ("← Previous item   |   Next item →", "", "", "B"),
        ],
    ],
    [
        [
            ("GOVERNMENT INFORMATION SERVICE", "", "", "B"),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            ("For Immediate Release", "", "", "B"),
        ],
        [
            ("Release No. 2026/147  |  April 8, 2026", "", "", "B"),
        ],
        [
            (
                "$6.8 Million For Crop Over 2026; Grants For 22 Calypso Tents And Costume Bands",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Government will spend $6.8 million on the Crop Over Festival this year, an increase of $900,000 over 2025, Minister of Culture and the Creative Economy, Kerry-Ann Boxill-Griffith, announced yesterday.",
                "Kerry-Ann Boxill-Griffith",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Speaking at a press briefing in Bridgetown, Minister Boxill-Griffith said $1.1 million of the total would go in grants to 22 calypso tents and costume bands, up from 17 last year.",
                "Kerry-Ann Boxill-Griffith",
                "said",
                "W",
            ),
            (
                "Each will receive between $25,000 and $60,000, depending on the number of performers it registers, the Minister explained.",
                "Kerry-Ann Boxill-Griffith",
                "explained",
                "W",
            ),
        ],
        [
            (
                "The Minister said the increase would be met from her Ministry's existing allocation for 2026-2027 and would not need a supplementary appropriation.",
                "Kerry-Ann Boxill-Griffith",
                "said",
                "W",
            ),
            ("The festival runs from June 6 to August 3.", "", "", "W"),
            (
                "She said the festival had employed 1,900 people directly in 2025.",
                "Kerry-Ann Boxill-Griffith",
                "said",
                "W",
            ),
        ],
        [
            ("The allocation includes:", "", "", ""),
        ],
        [
            ("• $1.1 million in grants to calypso tents and costume bands;", "", "", "W"),
        ],
        [
            ("• $2.4 million for the Kadooment route, stages and security;", "", "", "W"),
        ],
        [
            ("• $1.6 million for marketing in North America and the United Kingdom;", "", "", "W"),
        ],
        [
            (
                "• $0.9 million for the junior calypso and junior Kadooment programmes; and",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• $0.8 million for the restoration and reopening of heritage venues.", "", "", "W"),
        ],
        [
            (
                "'Crop Over is not a party that Government pays for.",
                "Kerry-Ann Boxill-Griffith",
                "said",
                "",
            ),
            (
                "It is an industry that pays Barbados back,' the Minister said.",
                "Kerry-Ann Boxill-Griffith",
                "said",
                "",
            ),
        ],
        [
            (
                "She said a study commissioned by the National Cultural Foundation (NCF) found that visitors spent $58 million during the 2025 festival, and that 14,300 of them came to the island specifically for it.",
                "Kerry-Ann Boxill-Griffith",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minister of Culture and the Creative Economy Kerry-Ann Boxill-Griffith (centre) with NCF officials at yesterday's briefing.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(GIS Photo)", "", "", "B"),
        ],
        [
            (
                "Chief Executive Officer of the NCF, Dr. Anthony Greaves-Mottley, said the Pic-o-de-Crop semi-finals would be held at the East Point Pavilion on July 11.",
                "Anthony Greaves-Mottley",
                "said",
                "W",
            ),
            (
                "He noted that registration for calypsonians opens on April 20 and closes at 4:00 p.m. on May 15.",
                "Anthony Greaves-Mottley",
                "noted",
                "W",
            ),
            (
                "Late entries will not be accepted, Dr. Greaves-Mottley stressed.",
                "Anthony Greaves-Mottley",
                "stressed",
                "W",
            ),
            (
                "'We had 61 junior calypsonians register last year, the most ever,' he said.",
                "Anthony Greaves-Mottley",
                "said",
                "W",
            ),
        ],
        [
            ("GIS | Press Release No. 2026/147 | Page 1 of 2", "", "", "B"),
        ],
        [
            ("Grand Kadooment Day is Monday, August 3.", "", "", "W"),
            (
                "The Royal Barbados Police Force will deploy 640 officers along the route, up from 580 last year, the Minister added.",
                "Kerry-Ann Boxill-Griffith",
                "added",
                "W",
            ),
        ],
        [
            (
                "Fetes licensed during the season must end by 2:00 a.m. on weekdays and by 4:00 a.m. on Saturdays and Sundays.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Minister Boxill-Griffith also announced that the Spring Garden Bandstand, damaged by fire in 2023, will reopen on June 1 after a $740,000 restoration.",
                "Kerry-Ann Boxill-Griffith",
                "announced",
                "W",
            ),
            (
                "'That bandstand is where my grandmother took me to my first calypso tent,' she recalled.",
                "Kerry-Ann Boxill-Griffith",
                "recalled",
                "",
            ),
        ],
        [
            (
                "President of the Calypso Tent Managers' Association, Marcus Brathwaite-Holder, welcomed the grants.",
                "Marcus Brathwaite-Holder",
                "welcomed",
                "",
            ),
            (
                "'Two tents closed in 2024 because they could not pay for sound.",
                "Marcus Brathwaite-Holder",
                "stated",
                "W",
            ),
            (
                "This money keeps the art form alive,' he stated.",
                "Marcus Brathwaite-Holder",
                "stated",
                "",
            ),
        ],
        [
            (
                "Vendors wishing to trade along the Kadooment route must apply to the NCF by June 30.",
                "",
                "",
                "W",
            ),
            ("Application forms are available from the NCF's offices and online.", "", "", ""),
        ],
        [
            ("– END –", "", "", "B"),
        ],
        [
            (
                "Notes to Editors: Photographs from the briefing are available on request from the GIS Photo Unit.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("For further information, please contact the GIS Media Unit.", "", "", "B"),
        ],
        [
            (
                "Media contact: Shawn Alleyne-Forde, Senior Information Officer | Tel: (246) 535-0166",
                "",
                "",
                "B",
            ),
        ],
        [
            ("GIS | Press Release No. 2026/147 | Page 2 of 2", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "n95h-ng-prof-am",
        "The returning officer, Prof. Halima Bukar-Yusuf, announced the result at the collation centre in Isolo at 4:17 a.m. Ayoola-Fashanu polled 41,286 votes, ahead of Chinedu Okafor-Balogun of the National Unity Party (NUP), who scored 33,907.",
        [
            "The returning officer, Prof. Halima Bukar-Yusuf, announced the result at the collation centre in Isolo at 4:17 a.m.",
            "Ayoola-Fashanu polled 41,286 votes, ahead of Chinedu Okafor-Balogun of the National Unity Party (NUP), who scored 33,907.",
        ],
    ),
    (
        "n95h-ng-hon",
        "The seat fell vacant after the death of Hon. Rasheed Adegbite-Cole in November. He had held it since 2019.",
        [
            "The seat fell vacant after the death of Hon. Rasheed Adegbite-Cole in November.",
            "He had held it since 2019.",
        ],
    ),
    (
        "n95h-ng-polling-unit-no",
        "But Okafor-Balogun said the result did not reflect the votes cast. He said his agents had documented vote-buying at 37 polling units and that the result sheet from Polling Unit No. 014 in Mafoluku had been altered at the ward collation centre. “We will see them at the tribunal,” he said.",
        [
            "But Okafor-Balogun said the result did not reflect the votes cast.",
            "He said his agents had documented vote-buying at 37 polling units and that the result sheet from Polling Unit No. 014 in Mafoluku had been altered at the ward collation centre.",
            "“We will see them at the tribunal,” he said.",
        ],
    ),
    (
        "n95h-ng-mr-question",
        "The PRC’s Lagos chairman, Mr. Yakubu Oyekunle-Eze, dismissed the claim. “He lost by 7,379 votes. Is that what they now call rigging?” he asked.",
        [
            "The PRC’s Lagos chairman, Mr. Yakubu Oyekunle-Eze, dismissed the claim.",
            "“He lost by 7,379 votes.",
            "Is that what they now call rigging?” he asked.",
        ],
    ),
    (
        "n95h-wa-cllr-quote",
        "“Nobody goes into local government to close libraries,” Cllr Pugh-Maddox said. “But I will not put the care of a 90-year-old at risk to keep a building open two days a week.”",
        [
            "“Nobody goes into local government to close libraries,” Cllr Pugh-Maddox said.",
            "“But I will not put the care of a 90-year-old at risk to keep a building open two days a week.”",
        ],
    ),
    (
        "n95h-wa-asked",
        "At Pont-y-Cerrig library on Thursday, retired teacher Nerys Lloyd-Harcourt, 79, was returning three crime novels. “I come in twice a week to use the computer,” she said. “Am I supposed to get two buses to Llandeilo to print a form?” she asked.",
        [
            "At Pont-y-Cerrig library on Thursday, retired teacher Nerys Lloyd-Harcourt, 79, was returning three crime novels.",
            "“I come in twice a week to use the computer,” she said.",
            "“Am I supposed to get two buses to Llandeilo to print a form?” she asked.",
        ],
    ),
    (
        "n95h-wa-tip-question",
        "Got a story? Email newsdesk@tywiherald.co.uk",
        ["Got a story?", "Email newsdesk@tywiherald.co.uk"],
    ),
    (
        "n95h-fj-pm-tonight",
        "Forecaster Sanjay Mudaliar-Lal said the cyclone was likely to pass close to Savusavu between 10 p.m. tonight and 4 a.m. Sunday. “People in low-lying coastal areas of Cakaudrove should move now, not at midnight,” he said. “We are expecting a storm surge of up to 1.5 metres on top of the high tide.”",
        [
            "Forecaster Sanjay Mudaliar-Lal said the cyclone was likely to pass close to Savusavu between 10 p.m. tonight and 4 a.m. Sunday.",
            "“People in low-lying coastal areas of Cakaudrove should move now, not at midnight,” he said.",
            "“We are expecting a storm surge of up to 1.5 metres on top of the high tide.”",
        ],
    ),
    (
        "n95h-fj-am-end",
        "Rainfall of 212 millimetres was recorded at Labasa Airport in the 24 hours to 9 a.m. The Qawa River at Labasa was 0.6 metres below flood level at noon.",
        [
            "Rainfall of 212 millimetres was recorded at Labasa Airport in the 24 hours to 9 a.m.",
            "The Qawa River at Labasa was 0.6 metres below flood level at noon.",
        ],
    ),
    (
        "n95h-fj-pm-yesterday",
        "The National Disaster Management Office said 142 evacuation centres were open by 5 p.m. yesterday, sheltering 6,180 people. Its director, Vilisi Koroinivalu-Cakau, said 38 of the centres were in schools and that three days of food rations had been sent to Labasa and Savusavu on Thursday.",
        [
            "The National Disaster Management Office said 142 evacuation centres were open by 5 p.m. yesterday, sheltering 6,180 people.",
            "Its director, Vilisi Koroinivalu-Cakau, said 38 of the centres were in schools and that three days of food rations had been sent to Labasa and Savusavu on Thursday.",
        ],
    ),
    (
        "n95h-tt-st-surname",
        "Attorney Kendell St. Rose-Mahabir, who represents the 19-year-old, said his client had been sleeping at his grandmother’s house nearby and had nothing to do with the tank. “A boy sleeping in his granny’s house is now a gun-runner? Come on,” he said.",
        [
            "Attorney Kendell St. Rose-Mahabir, who represents the 19-year-old, said his client had been sleeping at his grandmother’s house nearby and had nothing to do with the tank.",
            "“A boy sleeping in his granny’s house is now a gun-runner?",
            "Come on,” he said.",
        ],
    ),
    (
        "n95h-tt-am-with",
        "A resident of Upper Chancery Trace, who did not want to be named, said officers had broken down three doors on the street. “They came at 4 a.m. with the dogs. My children were screaming,” she said.",
        [
            "A resident of Upper Chancery Trace, who did not want to be named, said officers had broken down three doors on the street.",
            "“They came at 4 a.m. with the dogs.",
            "My children were screaming,” she said.",
        ],
    ),
    (
        "n95h-tt-arsenal",
        "“This is not a few guns for protection. This is an arsenal,” he said. “Somebody was preparing for war in this city, and today we took away their bullets.”",
        [
            "“This is not a few guns for protection.",
            "This is an arsenal,” he said.",
            "“Somebody was preparing for war in this city, and today we took away their bullets.”",
        ],
    ),
    (
        "n95h-tt-am-and",
        "Officers also found 1.2 kilogrammes of cannabis and $18,400 in cash, police said. The raid began at 4.10 a.m. and lasted about three hours, they said.",
        [
            "Officers also found 1.2 kilogrammes of cannabis and $18,400 in cash, police said.",
            "The raid began at 4.10 a.m. and lasted about three hours, they said.",
        ],
    ),
    (
        "n95h-lk-dateline-am",
        "COLOMBO, March 24 (PNA) – Three carriages of a Colombo-bound express train derailed between Idalgashinna and Haputale on Tuesday morning, injuring 17 passengers, railway officials said. The train, which left Badulla at 5.50 a.m., was carrying about 640 passengers, the officials said.",
        [
            "COLOMBO, March 24 (PNA) – Three carriages of a Colombo-bound express train derailed between Idalgashinna and Haputale on Tuesday morning, injuring 17 passengers, railway officials said.",
            "The train, which left Badulla at 5.50 a.m., was carrying about 640 passengers, the officials said.",
        ],
    ),
    (
        "n95h-lk-initials",
        "Sri Lanka Railways General Manager S. P. Rodrigo-Gunasekara told PNA the derailment was caused by a broken rail on a curve about 2 km from Haputale station. “The track on that section was last inspected on March 9. We will find out whether the crack was missed or appeared since,” he said.",
        [
            "Sri Lanka Railways General Manager S. P. Rodrigo-Gunasekara told PNA the derailment was caused by a broken rail on a curve about 2 km from Haputale station.",
            "“The track on that section was last inspected on March 9.",
            "We will find out whether the crack was missed or appeared since,” he said.",
        ],
    ),
    (
        "n95h-lk-count-question",
        "“We have one gang of eight men for 22 km of track. How can they walk it every day?” he asked.",
        [
            "“We have one gang of eight men for 22 km of track.",
            "How can they walk it every day?” he asked.",
        ],
    ),
    (
        "n95h-ug-ellipsis",
        "“At night there are two of us for 30 mothers,” she said. “You choose who to watch… and you pray for the others.”",
        [
            "“At night there are two of us for 30 mothers,” she said.",
            "“You choose who to watch… and you pray for the others.”",
        ],
    ),
    (
        "n95h-ug-dr-director",
        "The hospital’s oxygen plant, installed in 2021 at a cost of Shs1.9 billion, has not worked since August, when its compressor failed. Dr. Rose Kyarisiima-Mbabazi, the hospital’s director, said a replacement compressor had been ordered in October but had not been delivered.",
        [
            "The hospital’s oxygen plant, installed in 2021 at a cost of Shs1.9 billion, has not worked since August, when its compressor failed.",
            "Dr. Rose Kyarisiima-Mbabazi, the hospital’s director, said a replacement compressor had been ordered in October but had not been delivered.",
        ],
    ),
    (
        "n95h-ni-pm-date",
        "Harkin-Moore pleaded guilty in January to causing the death of Shauna Devlin-Quigg by dangerous driving. The court heard she had been driving home after a late shift as a healthcare assistant at the South Tyrone Hospital in Dungannon. Miss Devlin-Quigg died at the scene on the Cookstown Road near Stewartstown at about 11.40pm on 14 August 2025.",
        [
            "Harkin-Moore pleaded guilty in January to causing the death of Shauna Devlin-Quigg by dangerous driving.",
            "The court heard she had been driving home after a late shift as a healthcare assistant at the South Tyrone Hospital in Dungannon.",
            "Miss Devlin-Quigg died at the scene on the Cookstown Road near Stewartstown at about 11.40pm on 14 August 2025.",
        ],
    ),
    (
        "n95h-ni-mph-mr",
        "Two drivers he had overtaken told police they put his speed at more than 90mph. A blood test found no alcohol, but he had used cannabis in the days before the crash, Mr Killen-Dunne said.",
        [
            "Two drivers he had overtaken told police they put his speed at more than 90mph.",
            "A blood test found no alcohol, but he had used cannabis in the days before the crash, Mr Killen-Dunne said.",
        ],
    ),
    (
        "n95h-ni-ltd-registered",
        "(c) 2026 Sperrin Sound Ltd. Registered in Northern Ireland NI648213.",
        ["(c) 2026 Sperrin Sound Ltd.", "Registered in Northern Ireland NI648213."],
    ),
    (
        "n95h-bd-md-name",
        "DoE Dhaka region director Md. Shafiqul Alam-Bhuiyan told Nodi Notes the plant’s main pump had failed on Friday night and that untreated waste had gone into the river through an emergency outfall. “We have asked the estate to stop all wet processing until the plant is running,” he said.",
        [
            "DoE Dhaka region director Md. Shafiqul Alam-Bhuiyan told Nodi Notes the plant’s main pump had failed on Friday night and that untreated waste had gone into the river through an emergency outfall.",
            "“We have asked the estate to stop all wet processing until the plant is running,” he said.",
        ],
    ),
    (
        "n95h-bd-co-sponsor",
        "Rooftop solar from Tk 1.2 lakh with Surjo Panel Co. Book a free survey this week.",
        ["Rooftop solar from Tk 1.2 lakh with Surjo Panel Co.", "Book a free survey this week."],
    ),
    (
        "n95h-jm-ltd-mid",
        "Blue Mahoe Financial Group Ltd. reported net profit of J$14.2 billion for the year to December 31, 2025, up 18% from J$12.0 billion in 2024, in results filed with the Jamaica Stock Exchange on Wednesday. Earnings per share rose to J$2.31 from J$1.96.",
        [
            "Blue Mahoe Financial Group Ltd. reported net profit of J$14.2 billion for the year to December 31, 2025, up 18% from J$12.0 billion in 2024, in results filed with the Jamaica Stock Exchange on Wednesday.",
            "Earnings per share rose to J$2.31 from J$1.96.",
        ],
    ),
    (
        "n95h-jm-st-anns",
        "The group said it planned to open four branches this year, including its first in St. Ann’s Bay. It did not say how many jobs would go in a review of back-office work announced in January.",
        [
            "The group said it planned to open four branches this year, including its first in St. Ann’s Bay.",
            "It did not say how many jobs would go in a review of back-office work announced in January.",
        ],
    ),
    (
        "n95h-zm-exclaim-told",
        "Coach Aaron Simuchimba-Phiri did not hold back. “Nobody is bigger than the badge. Not me, not Bomber, not anybody!” he told the Zed Mirror.",
        [
            "Coach Aaron Simuchimba-Phiri did not hold back.",
            "“Nobody is bigger than the badge.",
            "Not me, not Bomber, not anybody!” he told the Zed Mirror.",
        ],
    ),
    (
        "n95h-zm-pm-capital",
        "The squad was announced at 4 p.m. on Monday. Simuchimba-Phiri named 25 players, 14 of them based abroad.",
        [
            "The squad was announced at 4 p.m. on Monday.",
            "Simuchimba-Phiri named 25 players, 14 of them based abroad.",
        ],
    ),
    (
        "n95h-bb-release-no",
        "Release No. 2026/147  |  April 8, 2026",
        ["Release No. 2026/147  |  April 8, 2026"],
    ),
    (
        "n95h-bb-pm-stressed",
        "He noted that registration for calypsonians opens on April 20 and closes at 4:00 p.m. on May 15. Late entries will not be accepted, Dr. Greaves-Mottley stressed.",
        [
            "He noted that registration for calypsonians opens on April 20 and closes at 4:00 p.m. on May 15.",
            "Late entries will not be accepted, Dr. Greaves-Mottley stressed.",
        ],
    ),
]
