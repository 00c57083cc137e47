"""Hundred-and-fifth held-out set of hand-labelled pages for the hint engines (held-out set, round sixty):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve kinds of outlet in
twelve countries on ordinary news days, pasted six different ways (desktop, phone, reader mode, AMP,
print view, app share), where ALL FOUR HINTS matter at once: furniture (every piece of it found, and
no story line hidden as furniture), attribution and speakers, check-worthiness, and where sentences
end. This set is HELD OUT: it is never looked at while the engine is tuned, and it is scored only at
the start and at the end of the round. None of the countries of `labelled_new167.py` or
`labelled_new168.py` comes back. The pages: a United States local TV station's website pasted from a
PHONE (a weather story: an ice storm leaves more than 61,400 homes and businesses around Tulsa
without power, with a "Here's what to know" list and three warming shelters); a United Kingdom
regional newspaper's website on the DESKTOP (a local council budget: Cumberland Council raises its
council tax 4.99% and passes a £318.6m budget by 29 votes to 18); a Canadian public news site in
READER MODE (a health story: rural Nova Scotia emergency departments closed for 11,842 hours in
2026, with a closures table and an advice list); an Australian metro news site's AMP page (a
transport story: 113 of Adelaide's 317 bus routes change from Sunday); an Irish national newspaper's
PRINT VIEW (a court ruling: the High Court quashes permission for 640 homes near a protected bog
outside Celbridge, Co Kildare); an Indian English daily's APP SHARE (an education story: Tamil
Nadu's Class 12 pass percentage is 94.81%, with a district table); a Kenyan daily's website on the
DESKTOP (a politics story: Taita Taveta MCAs impeach the county governor by 25 votes of 34, with a
timeline); a Ghanaian business news APP SHARE (a business story: a fuel retailer cuts petrol to
GH₵13.69 a litre as the cedi firms, with a price box); a Philippine broadsheet's website pasted from
a PHONE (a crime story: P6.8 million of shabu seized in a Quezon City buy-bust); a Pakistani English
daily's AMP page (a sport story: Sialkot Region win the National T20 Cup final in Rawalpindi, with
scores in brief); a Fijian newspaper's PRINT VIEW (a culture story: a Scottish gallery returns 11
artefacts taken from Bau and Kadavu in the 1870s); and a Zambian news site in READER MODE (a science
story: an aerial survey finds Kafue lechwe numbers down 38% in a decade, with a counts table).

What is hard is that the four hints meet on the same lines. FURNITURE comes in every form the six
ways of pasting leave behind, and is "B" line by line whatever it says: a phone header's hamburger
line and a header weather alert ("⚠ ICE STORM WARNING until 6 PM Wed. ..."); a cookie-consent banner
of two sentences and its buttons; a reader-mode domain line and reading time ("6–8 minutes"); an AMP
domain line, "SUBSCRIBE FROM $1 A WEEK", "Advertisement" slots and "A–   A+"; a print view's header
("12/05/2027, 07:58     High Court quashes ... | The Dublin Sentinel") and footer ("https://...
1/2"), repeated at the page break in the middle of the story, and its "🖨 Print this page   ✕ Close";
app-share lines ("↗ Shared from the Kaveri Chronicle app", "📲 Shared via the Ananse Business app",
"Open in app   |   Continue in browser", "Read more at: https://...", "Get the Kaveri Chronicle app:
https://...", a bare share URL); bylines, date lines, update lines and an editor's update note;
credits ("Credit:", "(Image: ...)", "Photograph:", "Picture:", "Image:", "(Photo courtesy of
QCPD-PIO)", "Photo: Special Arrangement"); a BREAKING ticker, inline "READ:", "READ ALSO:" and "ALSO
READ |" lines, "Continue reading below ↓", a video's running time; newsletter boxes, most-read,
trending, related and latest-news lists, tags, comment prompts, an author box, a corrections line, a
Local Democracy Reporting note; publisher, registration and copyright lines. But STORY LINES that
look like furniture are never "B": short subheads ("Warming shelters", "What the budget means for
you", "What to do if your local ER is closed", "How the case unfolded", "A bog that holds water")
are ""; lead-ins are "" ("Here's what to know:", "The returned items include:") or "W" when they
state a fact ("The city and the American Red Cross have opened three warming shelters with cots, hot
meals and phone chargers:"); bullet-like lines of figures and changes ("About 84
full-time-equivalent posts will go, 31 of them currently vacant.", "The 224F to Flinders University
becomes the G22 ..."), shelter lines with addresses and hours ("Eastgate Community Center, 14520 E.
21st St., open 8 a.m. to 10 p.m."), list lines of returned artefacts ending ";", "; and" and ".",
and DATED TIMELINE LINES ("March 14: The county pays Sh214 million to the contractor.") are "W",
unlike a date-only line in the header; imperative advice lines ("Call 811 to speak to a registered
nurse, 24 hours a day.") are ""; table rows, score lines, "Result:" and "Player of the match:" lines
are "" data, while each table's title, header row and source line are "B". ATTRIBUTION: a person is
named in full as first given, without titles, roles or honorifics ("Arkoma spokeswoman", "Capt.",
"Mayor", "Cllr", "Conservative group leader Cllr", "Dr.", "Dr", "Health Minister", "NDP health
critic", "Transport Minister", "Mr", "Ms Justice", "SC", "School Education Minister Thiru", "Mr.",
"Chawia MCA", "County Assembly Speaker", "Deputy Governor", "QCPD director Police Brigadier
General", "Barangay Bagong Silangan chairperson", "Chief selector", "match referee", "Ratu", "Adi",
"DNPW spokesperson"); parts of names stay (Tamil initials "K.", "A.", "R.", Philippine middle
initials "S." and "P." and "Ma." for Maria, the Irish particles "Ní" and "Ó"); pronouns, surnames,
given names and title-plus-given-name resolve to the full name ("Mr. Senthamarai said" -> "K.
Senthamarai", "Irfan" -> "A. Mohamed Irfan", "Talha" -> "Talha Saleem Khokhar", "Zeeshan said" ->
"Zeeshan Iftikhar Awan", "Ratu Filimoni said" -> "Filimoni Tuivaga", "Mr Kilalo said" -> "Jeremiah
Mwakio Kilalo", "Manalastas said" -> "Rodolfo S. Manalastas"); organisations keep their name as
first given, article and case included ("Arkoma Power & Light Co.", "Sika Energies Ltd", "Tobar
Homes Ltd", "ZESCO Limited", "The Institute for Energy and Fuel Policy", "the Pakistan Cricket
Board"), and short forms and "it" resolve to it ("Arkoma said", "It said", "Sika, which ranks third
..., said", "The PCB said", "it said" -> the directorate), while generic nouns stay as written ("the
utility", "the patrol", "police", "the city", "the council", "The authority", "the department", "the
directorate", "the company", "The company", "the authority", "the police", "the board", "the
survey"); "according to" takes people by name ("according to meteorologist Hollis Vantreese" ->
"Hollis Vantreese") and documents as written ("figures released by Nova Scotia Health on Wednesday",
"its annual report", "the NPA's price build-up for the window", "its latest accomplishment report",
"the Paisley gallery's records", "an aerial survey released in Lusaka on Tuesday"). CHECK-WORTHINESS
("W"): counts, money, shares and dates given by officials, bodies, firms and records; records ("the
most from a single storm there since December 2007", "the biggest overhaul of the network since
1996", "the highest since the directorate began publishing results by school management in 2012",
"the largest return of Fijian artefacts from a single overseas institution since independence in
1970"); causal claims by officials and firms ("about eight in 10 of the outages were caused by
ice-laden limbs", "mainly because of rising costs in adult social care", "because buses in the outer
suburbs ran too rarely to be useful", "the cut followed a 3.1% gain by the cedi", "because the
ground staff needed extra time to dry the outfield"); rulings (the judge's "found", "said" and her
judgment quoted over two sentences, "“That was not done here.”" included); rules (the referendum
limit, the two-thirds rule and the Senate's seven days, the price floor, the penalty under Republic
Act No. 9165, a utility's reconnection rule, the appeal period); methodology (transects, height,
strip width, the same flight lines); scheduled events set by those who run them (shelter hours,
billing dates, free travel on Sunday and Monday, the first bus at 5.42am, a supplementary exam, a
camp from March 22, a display from October 1, a public talk at 10am on Saturday, October 2); and
prices (pump prices, a levy, fares, re-totalling fees, museum entry). A quote may hold a fact ("“Not
a single shilling has left the county,” he said." is "W"). Not worth checking (""): forecasts
(restoration "by late Friday", freezing drizzle, similar cuts "by Wednesday", crude prices after
OPEC+, a decade's recovery); plans and promises without a fixed date ("would challenge the process
in the High Court", "would study the findings", "would step up patrols"); advice ("She asked
residents to stay off the roads ...", "Arkoma said customers should report outages ...", "Never run
a generator inside ..."); opinions and feelings ("“rip the heart out of our market towns”",
"“turning the corner.”", "“a cost-cutting exercise dressed up as reform”", "“deeply disappointed”",
"“alarming but not surprising”"); anecdotes and a person's own counts (a cardiologist's warning, a
Facebook group's 3,400 members, a trotro driver's GH₵700 a day, goats grazing at the site);
questions; scenes, captions that only describe, a video title, and a definition under a question
subhead. SENTENCE ENDS: abbreviations that END a sentence before a capital ("shortly after 4 a.m." /
"Crews had restored ..."; "Red River Broadcasting Co., Inc." / "Reproduction ..."; "Caldew Media
Ltd." / "Registered in England and Wales, company No. 08812447."; "lives in Bras d'Or, N.S." / "She
has since ..."; "“The patients don't stop coming at 8 p.m." / "They just go ..."; "at 5.42am on
Sunday." / "It is due ..."; "Kaveri Publications Pvt. Ltd." / "Reproduction ..."; "at 11:15 a.m." /
"The man, 34, ..."; "alias “Jun.”" / "He was arrested ...") and ones that do not ("TULSA, Okla. —",
"at 10 a.m. Wednesday after", "Capt.", "1028 E. Sixth St., open", "W. 41st St.,", "N.S.,", "Dr.",
"(incl. Cape Breton)", "Mr. Senthamarai said", "Thiru K. Senthamarai", "A. Mohamed Irfan of Govt.
Hr. Sec. School, Kangeyam,", "R. Vaidehi,", "Rs. 275", "4.30 p.m. without", "Rodolfo S. Manalastas
said", "9:40 p.m. outside", "Republic Act No. 9165,", "Ma. Lourdes P. Villaruel", "Adinkra
Securities Ltd., said", "Lt. Cdr.", "Plot No. 4471,", "P.O. Box 31204,"); "M. pigra" opening a
sentence; "Co Kildare" and "Pty Ltd" with no stops; decimals and currencies ("0.62 inches",
"£1,884.06", "7,61,408", "Sh214 million", "GH₵13.69", "P6.8 million", ".38-caliber", "Rs10 million",
"18.2 overs", "151.47", "K4.6 million"); quotes ending in "?" before their attribution (one
sentence: "“They can find two million for consultants but not two days a week for Wigton library?”
he asked.", "“What is the plan for those children?” she asked.", "“Who will build it now?” he
asked.", "“Since when is collecting money a crime?” she asked.") against a question that ends a
quote after its attribution ("“What can you do?”", "How is that acceptable in 2027?”") and a
question followed by a new sentence inside one quote ("“Will the passengers see any of it?" / "We
will see how long it lasts,” he said."); semicolons kept whole (five headlines and standfirsts, the
aliases, the price floor, the earlier impeachment motion, score lines, quotes); and list lines, one
sentence each.

The pages hold 539 sentences: 192 "B", 203 "W" and 144 ""; 204 sentences carry a speaker
(100 distinct speakers, page by page; 100 distinct labels). `STYLES` describes each page, its
story, its labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in
the manner of the pages (not copied from them).

Written from scratch for issue 13 in round sixty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and, through `ast` only, the module docstrings, `STYLES`, the shape of
`ARTICLES` and `CASES`, three pages (two of `labelled_new167.py`, one of `labelled_new168.py`), and
the first five cases and the case ids of `labelled_new168.py`. Coined names were checked for
freshness against the string constants of those two files, through `ast`: three given names that hit
were replaced before the file was written, and two given names and a credit's surname repeated
across this set's own pages were changed; only common words (for example "Daily", "Post", "Times",
"Institute") and real places and bodies still hit.

Every person, outlet, publisher, broadcaster, firm, utility, gallery, residents' group, forum, think
tank, rights group, bog, shelter, church, school list, statement, report, survey, contract and
figure is invented, and so are the small places and sites (Ballygoran Bog, Chunga fishing camp and
the like). Real countries, states, provinces, counties, regions, cities, towns, suburbs, barangays,
streets, rivers, dams, power stations, national parks, hospitals, schools, universities, stadiums,
courts, councils, assemblies, parliaments, ministries, agencies, authorities, unions, parties,
museums, laws, registries, apps, helplines, competitions and other public bodies appear only as
settings, with invented statements and figures: Tulsa, Oklahoma, Creek, Wagoner and Rogers counties,
Sand Springs, Broken Arrow, Muskogee, Interstate 44, the Creek Turnpike, the National Weather
Service, Tulsa International Airport, the Oklahoma Highway Patrol, Tulsa Transit, Tulsa, Union and
Broken Arrow public schools and the American Red Cross; Carlisle, Cumberland Council, Keswick,
Brampton, Wigton, Cockermouth, Workington, Borrowdale, Carlisle United, the Liberal Democrats, the
Conservatives and the Local Democracy Reporting Service; Nova Scotia, Halifax, Cape Breton, North
Sydney, Sydney, Bras d'Or, Truro, Baddeck, Washabuck, Springhill, Tatamagouche, Antigonish,
Guysborough, Nova Scotia Health and its hospitals, the NDP, Emergency Health Services, the Need a
Family Practice Registry, YourHealthNS, 811 and 911; Adelaide, Elizabeth, Elizabeth Park, Salisbury,
Gepps Cross, Munno Para, Seaford, Norwood, Glenelg, Flinders University, the O-Bahn, Metrocard, the
Department for Infrastructure and Transport and the Rail, Tram and Bus Union; Dublin, Celbridge,
Naas, Co Kildare, the R403, the Four Courts, the High Court, the Court of Appeal, An Coimisiún
Pleanála, Kildare County Council and the Planning and Development Act 2024; Chennai, Kotturpuram,
the Anna Centenary Library, Tiruppur, Sivaganga, Erode, Ariyalur, Coimbatore, Vellore,
Tiruvannamalai, Krishnagiri, Kangeyam, Palladam, Salem, Anna University, the Directorate of
Government Examinations, the 14417 helpline and NEET; Mombasa, Kilifi, Lamu, Kwale, Taita Taveta,
Wundanyi, Voi, Chawia, Mwatate, the County Assembly, the Senate, the County Governments Act, the
Office of the Auditor-General, the Controller of Budget and the Central Bank of Kenya; Accra,
Kaneshie, the Spintex Road, the Bank of Ghana, the National Petroleum Authority, the Ministry of
Energy and Green Transition, the Price Stabilisation and Recovery Levy, the GPRTU, the GRA and
OPEC+; Manila, Quezon City, Barangay Bagong Silangan, Barangay Commonwealth, Batasan Road, Caloocan
City, Tondo, Camp Karingal, the Quezon City Police District and its stations, the Philippine Drug
Enforcement Agency, Republic Act No. 9165, the MMDA, PAGASA and the LTO; Islamabad, Rawalpindi, the
Pindi Cricket Stadium, Sialkot, Multan, Peshawar, Hyderabad, Lahore, Faisalabad, the Pakistan
Cricket Board and the National T20 Cup; Suva, Bau, Kadavu, Levuka, Paisley, the Fiji Museum, the
Ministry of iTaukei Affairs, Culture, Heritage and Arts and Adi Cakobau School; and Lusaka, the
Kafue Flats, Lochinvar and Blue Lagoon national parks, the Itezhi-Tezhi Dam, the Kafue Gorge Lower
power station, ZESCO Limited, the Department of National Parks and Wildlife, the University of
Zambia, the Copperbelt University, the Ministry of Tourism, Kariba and Ndola.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, alert, prompt, crumb, byline,
date line, share strip, caption, credit, print header and footer, table row, list item, timeline
entry and legal line is a paragraph of its own, except that a caption and a credit pasted in one
line, or two sentences of one banner, box or legal line, are sentences of one paragraph); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content
(one of record is "W") and its credit "B"; tables pasted as lines with a "B" title, header row and
source line and "" data rows; headlines and standfirsts never split and flagged by content, their
"says", "finds", "say" or "blame" carrying the source as the story gives it; a dateline belongs to
its lead sentence; a quote over several sentences carries its speaker and cue in each; a channel
phrase after the verb is part of the cue ("said in a statement", "said in a post on X", "said in
Filipino", "told the Herald", "told the meeting", "told the assembly", "told the court", "told
reporters") and a fronted one is not ("In a statement, Tobar Homes said", "In a statement after the
vote, Mr Kilalo said"); "X declined to comment" carries X, ""; a body acting with no verb of saying
carries no speaker.

Conventions this set had to settle, in the same spirit:

* PRINT VIEW: the browser's header and footer lines are "B" wherever they fall, including the pair
  repeated at a page break in the middle of the story; the story around them is labelled as if they
  were not there. A CASE CITATION line at the foot of a court report ("Save Ballygoran Bog CLG and Ó
  Dálaigh-Kenny v An Coimisiún Pleanála and Tobar Homes Ltd (notice party), Record No. 2025/1184
  JR") is one "B" sentence, like a journal reference line.
* APP SHARE: the share line on top, the open-in-app line, "Read more at:" and get-the-app URLs and a
  bare share URL are "B"; so are a header weather alert on a phone, the two sentences of a cookie
  banner (each "B") and an editor's update note ("Editor's note: This story has been updated ...").
  A "Read the full survey report at ..." link line at the foot of a reader-mode page is "B".
* STORY LINES THAT LOOK LIKE FURNITURE: a dated timeline entry ("November 20: The assembly votes
  25-7 to impeach the governor.") is a story line, "W"; shelter lines with an address and hours are
  "W" (schedules set by those who run them); imperative advice lines under a subhead are "";
  subheads and lead-ins without a fact are "", a lead-in with a verb stating a fact is "W".
* A COURT acting: "The High Court has quashed ..., finding that ..." carries "The High Court" with
  cue "finding"; "The judge found against the residents on two other grounds ..." carries the judge
  with "found"; "The judge awarded the residents their legal costs ..." and "She sent the
  application back ..." are acts of the court with no verb of saying (no speaker, "W"). The judge's
  words quoted from her judgment are the ruling, "W".
* NAMES: Tamil initials stay ("K. Senthamarai", "A. Mohamed Irfan", "R. Vaidehi") and "Thiru" and
  "Mr." are dropped; a given name used alone as the short reference resolves to the full name
  ("Irfan", "Talha", "Zeeshan"); Philippine middle initials and "Ma." (for Maria) stay ("Rodolfo S.
  Manalastas", "Ma. Lourdes P. Villaruel"); the Fijian chiefly styles "Ratu" and "Adi" are dropped
  ("Ratu Filimoni Tuivaga" -> "Filimoni Tuivaga", later "Ratu Filimoni said" resolves to him; "Adi
  Mereoni Koroi" -> "Mereoni Koroi"), while "Adi Cakobau School" is the name of a school; the Irish
  particles "Ní" and "Ó" stay and "Ms Justice", "SC", "Dr" and "Mr" are dropped.
* UNNAMED SOURCES are kept as written: "A sister of alias “Mara”" (the alias and its quotation marks
  kept, the comma before the relative clause dropped), "A council spokesperson", "A department
  spokesman", "A spokeswoman for An Coimisiún Pleanála"; suspects identified only by alias are
  described, not quoted (no speaker).
* A GROUP IN A STANDFIRST is kept as written ("Commuters in Adelaide's north say ..." "";
  "Researchers blame ..." "W", cue "blame"); "Think tank says ..." carries the think tank as the
  body first names it, "The Institute for Energy and Fuel Policy".
* A sentence whose speaker cites another source carries the speaker ("Dr Akua Sarpong-Mensah said
  the cedi traded at ..., according to Bank of Ghana reference rates" -> "Akua Sarpong-Mensah"; "She
  said ambulances had spent 31,206 hours ..., according to Emergency Health Services figures her
  party obtained ..." -> "Siobhan Ferris-MacLeod").
* "She asked residents to stay off the roads ..." carries the mayor with cue "asked" (advice, ""),
  like a question's "she asked"; "called on" and "called" are cues ("").
* A QUOTE that restates a checkable claim about public money is "W" ("“Not a single shilling has
  left the county,” he said."); a quoted recollection of the speaker's own doings is "" ("“We
  visited the site on Tuesday and found goats grazing ...”", "“We gave the names to the police in
  March,”").
* "The man, 34, was identified only as alias “Jun.”" ends with its full stop inside the closing
  quotation mark; the next sentence starts after it.
"""

# ruff: noqa: E501, RUF100

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'United States LOCAL TV STATION\'S WEBSITE (Tulsa, Oklahoma), PHONE BROWSER paste, a WEATHER STORY: an ice storm leaves more than 61,400 homes and businesses without power, with a "Here\'s what to know" list and a warming-shelter list. Head: a hamburger/masthead/search line, an ICE STORM WARNING strip (a header weather alert, "B" whatever it says, with "Wed." inside it), a watch-live prompt, section label (all "B"); headline of record "W"; standfirst "Utility says falling limbs caused most of the outages; ..." (a causal claim, "W", carrying the utility as the body first names it, "Arkoma Power & Light Co."); author, published and updated lines, share strip ("B"); a caption "" and its "Credit:" line "B". Body: the lead with "TULSA, Okla. —" and "at 10 a.m. Wednesday" mid-sentence ("W", the utility in full); "shortly after 4 a.m." ENDING a sentence before "Crews had restored ..., the utility said." (both "W", the second "the utility" as written); the spokeswoman ("Arkoma spokeswoman" dropped) with a causal claim "W", a quote "" and a crew count "W", then her restoration estimate (a forecast, ""); ice "according to meteorologist Hollis Vantreese" (descriptor dropped, "W") and his forecast and two-sentence quote (""); a lead-in "Here\'s what to know:" "" and four STORY LINES that look like a widget (closures, buses, the operations centre "opened at 3 a.m. and", trash pickup "the city said"; all "W"); crashes "The Oklahoma Highway Patrol said" and "the patrol said" ("W"); a death "police said" and the police captain ("Capt." dropped) with the cause ("W") and his advice (""); the mayor "told reporters" a salt figure ("W") and "She asked residents ..." (advice, cue "asked", ""); a subhead "", a lead-in with a verb "have opened three warming shelters ...:" ("W") and three SHELTER LINES with addresses ("E. Sixth St.," and "W. 41st St.," mid-line, "open 8 a.m. to 10 p.m." ending one; each "W", a schedule set by those who run it); a resident\'s anecdote and quotes (""); "Arkoma said customers should report ..." (advice, "", the short form resolving to the full name) and "It said ..." a safety rule ("W"); a VIDEO title "" and its running time "B". Tail: an editor\'s update note, an app prompt, a more-from label and two headlines (one with "Jan. 28"), copyright split at "Co., Inc." before "Reproduction ... is prohibited.", links (all "B").',
    'United Kingdom REGIONAL NEWSPAPER\'S WEBSITE (Carlisle, Cumbria), DESKTOP browser paste, a LOCAL COUNCIL BUDGET: Cumberland Council raises its council tax 4.99% and passes a £318.6m budget by 29 votes to 18. Head: a COOKIE CONSENT banner of two sentences and its buttons, masthead, menu, crumb (all "B"); headline and standfirst of record ("W"); byline, a "Local Democracy Reporter" line, a time line with an update, share strip ("B"); a caption "" and its "(Image: ...)" credit "B" pasted in one line. Body: the Band D bill, the referendum limit and the vote ("W", no speaker); the finance cabinet member ("Cllr" dropped, named after the title, role in apposition) with a causal claim ("W"), a two-sentence quote "told the meeting" ("") and a spending share ("W"); a subhead "What the budget means for you" "" and four STORY LINES of figures (each "W"); the Conservative leader ("Conservative group leader Cllr" dropped) with an opinion "", a spending figure "W" and a question with attribution "... Wigton library?” he asked." (one sentence, ""); "A council spokesperson said" a breakdown ("W", kept as written); a defeated amendment ("W") and a councillor\'s feeling (""); "Cllr Whinnerah said" the reserve (resolving to the full name, "W"); a library user\'s anecdote (""); the full bill "the council said", billing dates and the reduction scheme ("W"); advice to those struggling (""). Tail: a reporter note on the BBC-funded scheme, a newsletter box in four lines, MOST READ with three numbered headlines, a comments count and prompt, a publisher line split at "Caldew Media Ltd." before "Registered in England and Wales, company No. 08812447.", links (all "B").',
    'Canadian PUBLIC NEWS SITE (Halifax, Nova Scotia), READER MODE paste, a HEALTH STORY: rural emergency departments were closed 11,842 hours in 2026, with a closures table and an advice list. Head: the bare domain line "B"; headline "..., health authority says" ("W", carrying "Nova Scotia Health") with "N.S." mid-sentence; standfirst with a semicolon ("W"); a byline/posted line and a reading-time line ("B"); a caption of record with "North Sydney, N.S.," mid-sentence ("W") and its credit "B". Body: the lead "according to figures released by Nova Scotia Health on Wednesday" (as written, "W"); an equivalence ("W"); "The authority said" a causal share (as written, "W"); the vice-president ("Dr." dropped) with a dated hiring claim ("W"), a two-sentence quote ("") and a hiring figure ("W"); a TABLE (title, header and source "B"; four rows "", one with "(incl. Cape Breton)"); sites by days closed ("W"); a patient\'s anecdote over four sentences, the quote continuing after "she said." and ending in a question (all ""); "Kinsella-Boutilier lives in Bras d\'Or, N.S." ENDING a sentence before "She has since started a Facebook group ..., which she said now has 3,400 members." (a person\'s own count; both ""); the minister "said in a statement" "turning the corner." ("") and a registry figure ("W"); the opposition critic\'s opinion ("") and her ambulance figure citing EHS figures (she is the speaker, "W"); an emergency physician ("Dr." dropped) with an opinion "", a causal closing time "W", and a quote whose first sentence ENDS at "8 p.m." before "They just go ..." (two sentences, ""); a subhead and three ADVICE LINES in the imperative ("", story, not furniture). Tail: a with-files line, an author box in three lines, a corrections/tips line (all "B").',
    'Australian METRO NEWS SITE\'S AMP PAGE (Adelaide, South Australia), AMP paste, a TRANSPORT STORY: 113 of 317 bus routes change from Sunday in the biggest overhaul since 1996. Head: the AMP domain line, masthead, a subscribe prompt, section label (all "B"); headline with a colon ("W"); standfirst "Commuters in Adelaide\'s north say ..." (a group as written, an opinion, ""); author, role, date and read-time lines, an "Advertisement" slot ("B"). Body: the lead "the Department for Infrastructure and Transport said" ("W"); route and service counts with "6am to 9pm" (no stops; "W"); the minister ("Transport Minister" dropped) with patronage and a causal claim ("W") and a two-sentence quote "Mr Pemberton-Yiu said" (""); the opposition spokeswoman\'s opinion "" and her route figures "W"; "A department spokesman said" ("W", kept as written); a commuter\'s anecdote and quote (""); an ad slot "B"; a question subhead "" and three ROUTE-CHANGE LINES ("W"); free travel "the department said", fares and staff hours ("W"); the union (as written) with a driver shortage ("W") and the minister\'s "on track" (""); the contract ("W"); the first bus "at 5.42am on Sunday." ENDING before "It is due at Salisbury at 5.58am." (both "W"). Tail: an ad slot, more-news label and two headlines (one with "40km/h"), a full-site prompt, copyright with "Pty Ltd" (no stops) and an ABN (all "B").',
    'Irish NATIONAL NEWSPAPER\'S PRINT VIEW (Dublin), PRINT paste with the browser\'s header and footer lines repeated at the page break, a COURT RULING: the High Court quashes permission for 640 homes near a protected bog outside Celbridge, Co Kildare. Head: the print header (date, time, title and site), masthead, section (all "B"); headline of record "W"; standfirst "Judge finds ..." ("W", carrying the judge as the body names her); byline with role and a date line ("B"); a caption "" and its "Photograph:" credit "B". Body: the lead "The High Court has quashed ..., finding that ..." (the court as written, cue "finding", "W") with "Co Kildare" (no stop); the judge ("Ms Justice" dropped, "Ní" kept) "found" and "said" ("W") and her judgment quoted over two sentences "she wrote" (the ruling, "W", including "“That was not done here.”"); the parties and the permission ("W"); the PRINT FOOTER (URL with "1/2") and the repeated PRINT HEADER mid-story ("B"); a subhead ""; the bog\'s designation ("W"); the residents\' hydrologist ("Dr" dropped) "told the court" ("W") and "The judge said" ("W"); "The judge found against the residents on two other grounds" ("W"); senior counsel ("SC" dropped, "Ó" kept) with an opinion "" and a count "W"; the group\'s chair with a fundraising total "W" and two quoted sentences ""; the farmer ("Mr" dropped) with an anecdote and quote (""); "In a statement, Tobar Homes said" a feeling and a plan ("", the fronted channel not in the cue; the firm as first given, "Tobar Homes Ltd") and "It said" a cost ("W"); costs and remittal by the judge acting without a verb of saying (no speaker, "W"); an unnamed spokeswoman (kept as written, ""); "according to its annual report" ("W"); the county council after a long relative clause ("W"); the appeal period ("W"). Tail: a CASE CITATION line with "Record No. 2025/1184 JR" (one "B", like a reference line), a topics line, copyright, the print-dialog line and the print footer with "2/2" (all "B").',
    'Indian ENGLISH DAILY\'S APP, APP SHARE paste (a "Shared from the ... app" line on top and read-more and get-the-app links at the bottom), an EDUCATION STORY: Tamil Nadu\'s Class 12 pass percentage is 94.81%, with a district table. Head: the share line, masthead, menu, crumb (all "B"); headline with a semicolon ("W"); standfirst "..., says DGE" ("W", carrying the directorate as first given, "the Directorate of Government Examinations"); byline, a dateline/updated line in IST, a listen line ("B"); a caption "" and a "Photo: Special Arrangement" credit "B". Body: "CHENNAI:" lead with lakh-style figures "7,61,408" and "8,03,088" ("W", acronym dropped); comparisons and girls/boys ("W"); "it said" resolving to the directorate ("W"); school types ("W"); the minister ("School Education Minister Thiru" dropped, the initial "K." kept: "K. Senthamarai") with a causal claim ("W") and a quote "Mr. Senthamarai said" resolving to him, its second sentence with "4.30 p.m." mid-sentence (""); districts ("W"); a TABLE (title, header and source "B", five rows ""); an inline "ALSO READ |" line "B"; the top government-school pupil "A. Mohamed Irfan of Govt. Hr. Sec. School, Kangeyam," ("W", no speaker) and his plan and quote ("Irfan" resolving to the full name, ""); an educationist (initial kept, "R. Vaidehi") with an opinion "", a count "W" and a question with "she asked." (""); a subhead ""; exam, application fees ("Rs. 275", "Rs. 205" mid-sentence), mark-sheet and helpline dates ("W", "the directorate" as written). Tail: a WhatsApp prompt, a "Read more at:" URL, a get-the-app URL, copyright split at "Pvt. Ltd." before "Reproduction ... is prohibited." (all "B").',
    'Kenyan DAILY NEWSPAPER\'S WEBSITE (Mombasa), DESKTOP browser paste, a POLITICS STORY: Taita Taveta MCAs impeach the county governor by 25 votes of 34 over a Sh214 million payment, with a timeline box. Head: a date bar, masthead, menu, a BREAKING ticker, crumb (all "B"); headline and standfirst of record ("W"); byline, published line in EAT, share strip ("B"); a caption "" and an "Image:" credit "B". Body: the vote and the two-thirds rule ("W"); the mover ("Chawia MCA" dropped) "told the assembly" ("W"), her anecdote quote (""), the audit and the hiring "Ms Mghanga said" ("W", resolving to the full name); the governor ("Mr Kilalo said", resolving to the full name first given in the lead, after a fronted "In a statement after the vote,") with an opinion "" and an escrow claim "W", and a QUOTE THAT HOLDS A FACT ("“Not a single shilling has left the county,” he said." "W"); his lawyer "told reporters" a plan "" and the notice period "W"; an inline "READ ALSO:" line "B"; the assembly Speaker (title dropped) with the dated forwarding ("W"); the Senate rule and the governor\'s status ("W"); the deputy governor "declined to comment when reached by phone" (cue "declined to comment", ""); an MCA who voted against with an opinion "" and a witness count "W"; a subhead "" and four DATED TIMELINE LINES ("March 14: ...", story lines, each "W", unlike a date-only furniture line); "according to the Controller of Budget" ("W"); the earlier motion with a semicolon ("W"); a rider\'s anecdote and a question "he asked." (""). Tail: tags, a WhatsApp prompt of two sentences, latest-news label and two headlines, copyright with links (all "B").',
    'Ghanaian BUSINESS NEWS APP, APP SHARE paste ("Shared via the ... app", an open-in-app line, a share URL at the bottom), a BUSINESS STORY: a fuel retailer cuts petrol to GH₵13.69 a litre from June 16 as the cedi firms, with a price box. Head: share line, open-in-app line, masthead, section label (all "B"); headline of record "W"; standfirst "Think tank says other marketers will follow by midweek" (a forecast, "", carrying the institute as first given); byline, date/read-time and listen lines ("B"); a caption "" and its credit "B". Body: "ACCRA —" lead "the company said in a statement" ("W", "the company" as written); the percentage cut ("W"); "The company said" a causal claim ("W") and "Sika, which ranks third ..., said" (short form resolving to "Sika Energies Ltd", "W"); the think tank\'s forecast (""), its director ("Dr" dropped) with cedi rates citing Bank of Ghana reference rates (she is the speaker, "W") and her hedged quote (""); the regulator\'s price floor with a semicolon "the authority said" ("W") and the review rule ("W"); taxes "according to the NPA\'s price build-up for the window" ("W"); the ministry "said in a post on X" a levy ("W"); a PRICE BOX (title, header and a "Source: Sika Energies Ltd." line "B", three rows ""); the drivers\' union\'s conditional plan (""), its chairman\'s dated claim ("W"); a trotro driver\'s own costs (""), and a QUESTION FOLLOWED BY A NEW SENTENCE inside one quote ("“Will the passengers see any of it?" / "We will see how long it lasts,” he said.", ""); the cedi since January "according to the Bank of Ghana\'s summary ..." ("W"); an analyst at "Adinkra Securities Ltd., said" (mid-sentence) with a forecast and a quote with a semicolon (""). Tail: two related lines, an app-store line, the share URL, copyright (all "B").',
    'Philippine BROADSHEET\'S WEBSITE (Manila), PHONE BROWSER paste, a CRIME STORY: police seize P6.8 million of shabu in a Quezon City buy-bust and arrest three suspects known only by aliases. Head: hamburger/masthead/search line, menu, section label (all "B"); headline with a semicolon ("W"); byline, a published/updated line, share icons ("B"); a caption "" and a "(Photo courtesy of ...)" credit "B"; an ad slot and a "Continue reading below ↓" prompt ("B"). Body: "QUEZON CITY —" lead "the Quezon City Police District (QCPD) said" ("W", acronym dropped); the ALIASES with semicolons ("W", no speaker); the district director ("QCPD director Police Brigadier General" dropped, middle initial kept: "Rodolfo S. Manalastas") with "9:40 p.m. outside" mid-sentence, the surveillance, and a seizure list with ".38-caliber" ("W") and his quote "Manalastas said" (""); an inline "READ:" line and an ad slot ("B"); detention and charges with "Republic Act No. 9165," mid-sentence, and the penalty rule ("W", no speaker); the laboratory "Manalastas said" and PDEA notice "the police said" ("W"); the barangay chairperson ("Ma." kept as part of her name, "Ma. Lourdes P. Villaruel") with a complaint "", a quote "she said in Filipino" (channel in the cue, "") and cameras installed in April ("W"); an unnamed relative kept as written ("A sister of alias “Mara”", cue "told the Herald") and her question "she asked." (one sentence, ""); the rights group (descriptor dropped) "called on" ("") and the director\'s body-camera count ("W"); "according to its latest accomplishment report" ("W"); a separate arrest ENDING "at 11:15 a.m." before "The man, 34, was identified only as alias “Jun.”" which ENDS with its stop inside the quotes before "He was arrested ..., the police said." (all "W"). Tail: an ad slot, TRENDING with three headlines, an app line, copyright, links (all "B").',
    'Pakistani ENGLISH DAILY\'S AMP PAGE (Islamabad), AMP paste, a SPORT STORY: Sialkot Region win the National T20 Cup final in Rawalpindi by seven wickets, with scores in brief. Head: AMP domain line, masthead, section label (all "B"); headline and standfirst of record ("W"); byline, a published/updated line, text-size controls, an ad slot ("B"). Body: "RAWALPINDI:" lead ("W"); the chase, the stand and the third title ("W"); the batsman\'s quote "Talha told reporters" (his given name resolving to the full name, "") and the captain "Zeeshan said" (""); Multan\'s innings and the leg-spinner\'s figures ("W"); the losing captain\'s opinion, a quote and a question quoted after "he said." ("“What can you do?”" its own sentence, ""); the start delayed "because ...", said by the match referee after the statement (inverted, descriptor dropped, a causal claim, "W"); an ad slot "B"; prize money "the Pakistan Cricket Board (PCB) said" and "The PCB said" a probables list with a camp date (resolving to the board as first given, "W"); the chief selector\'s opinion and quote "Qureshi said" (""); tournament statistics with "151.47" and "14.3." ("W"); the crowd "according to stadium officials" ("W"); a fan\'s feeling (""); the next championship "the board said" ("W"); SCORES IN BRIEF (label "B", two score lines with "18.2 overs" and semicolons, a "Result:" line and a "Player of the match:" line, all "" data). Tail: an ad slot, read-more label and two headlines, a comments prompt, copyright (all "B").',
    'Fijian NEWSPAPER\'S PRINT VIEW (Suva), PRINT paste with the browser\'s header and footer repeated at the page break, a CULTURE STORY: a Scottish gallery returns 11 artefacts taken from Bau and Kadavu in the 1870s. Head: print header, masthead, section label (all "B"); headline and standfirst of record ("W"); byline and a date line ("B"); a caption "" and a capitalised "Picture:" credit "B". Body: the return "yesterday" and the gallery\'s holding since 1911 ("W"); the curator (role before the name dropped) with the trustees\' vote ("W"), a two-sentence quote ("") and a count of other objects ("W"); a scene of the ceremony (sevusevu and meke, "Adi Cakobau School" a school\'s name, ""); the minister ("Ratu" dropped) with a record claim ("W"), a quote with a semicolon ("") and "Ratu Filimoni said" a cost (title and given name resolving to the full name, "W"); a lead-in "The returned items include:" "" and FIVE LIST LINES ending ";", ";", ";", "; and" and "." (each one sentence, "W"); "According to the Paisley gallery\'s records," fronted (the document as written) with "Lt. Cdr." mid-sentence ("W"); the PRINT FOOTER "1/2" and repeated PRINT HEADER ("B"); an elder who "wept" (no verb of saying, "") and his quote (""); a delegation leader ("Adi" dropped) with a claim and quote (""); the museum director with display date, hours "9am to 4.30pm," and fees ("W"), "Ms Lewaravu-Naidu said" a survey count ("W") and a quote (""); a public talk "at 10am on Saturday, October 2." and free admission ("W"). Tail: copyright with "Ltd.", a personal-use line with a semicolon and an e-mail address, the print footer "2/2" (all "B").',
    'Zambian NEWS SITE (Lusaka), READER MODE paste, a SCIENCE STORY: an aerial survey finds Kafue lechwe on the Kafue Flats down 38% since 2015, with a counts table. Head: the bare domain line "B"; headline "..., aerial survey finds" ("W", carrying the survey as the body gives it, "an aerial survey released in Lusaka on Tuesday"); standfirst "Researchers blame ..." (a causal claim by a group as written, cue "blame", "W"); byline, date and reading-time lines ("B"); a caption "" and a capitalised "Picture:" credit "B". Body: the lead "according to an aerial survey released in Lusaka on Tuesday" ("W"); who ran the survey, its METHOD (transects, height, strip width) and other counts ("W"); the lead author ("Dr" dropped, an apposition between name and verb) with a finding and causes ("W") and a two-sentence quote (""); "Hang\'andu-Banda said" the comparability of the counts ("W") and the funding ("W"); "M. pigra" OPENING a sentence, "the survey found" ("W"); a TABLE (title, header, source "B"; three rows with ranges, ""); the utility (descriptor dropped, "ZESCO Limited") "said in a statement" a flow agreement ("W") and "It said it would study the findings." (""); the wildlife department\'s spokesperson with arrests and snares ("W") and a plan (""); the ministry\'s budget for clearing "starting in May" ("W"); a question subhead and a DEFINITION (""); an outside ecologist "called" and her forecast (""); a fisherman\'s anecdote and two quoted sentences (""). Tail: a read-the-report link line, a related label and two headlines, and an address line with "Plot No. 4471," and "P.O. Box 31204," mid-line (all "B").',
]


ARTICLES = [
    [
        [
            ("☰   RED RIVER 6   🔍", "", "", "B"),
        ],
        [
            (
                "⚠ ICE STORM WARNING until 6 PM Wed. · Tulsa, Creek, Wagoner, Rogers counties   ›",
                "",
                "",
                "B",
            ),
        ],
        [
            ("▶ LIVE NOW: Red River 6 News This Morning", "", "", "B"),
        ],
        [
            ("WEATHER", "", "", "B"),
        ],
        [
            ("Ice storm knocks out power to more than 61,000 across the Tulsa metro", "", "", "W"),
        ],
        [
            (
                "Utility says falling limbs caused most of the outages; extra crews from four states on the way",
                "Arkoma Power & Light Co.",
                "says",
                "W",
            ),
        ],
        [
            ("Author: Brenna Okafor-Lindqvist", "", "", "B"),
        ],
        [
            ("Published: 5:48 AM CST January 27, 2027", "", "", "B"),
        ],
        [
            ("Updated: 11:20 AM CST January 27, 2027", "", "", "B"),
        ],
        [
            ("🔗 Share   ✉ Email   ⋯ More", "", "", "B"),
        ],
        [
            (
                "Ice coats a pecan tree leaning on a power line near East 31st Street and South Sheridan Road in Tulsa on Wednesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Credit: Dale Hutchins-Moore, Red River 6", "", "", "B"),
        ],
        [
            (
                "TULSA, Okla. — More than 61,400 homes and businesses in the Tulsa area were still without power at 10 a.m. Wednesday after freezing rain coated trees and lines overnight, Arkoma Power & Light Co. said.",
                "Arkoma Power & Light Co.",
                "said",
                "W",
            ),
        ],
        [
            ("Outages peaked at 74,900 customers shortly after 4 a.m.", "", "", "W"),
            (
                "Crews had restored power to about 13,500 of them by mid-morning, the utility said.",
                "the utility",
                "said",
                "W",
            ),
        ],
        [
            (
                "Arkoma spokeswoman Tamsin Reyes-Whitford said about eight in 10 of the outages were caused by ice-laden limbs falling on lines, not by lines snapping under the weight of the ice.",
                "Tamsin Reyes-Whitford",
                "said",
                "W",
            ),
            (
                "“When you put half an inch of ice on a pecan tree, something is coming down,” she said.",
                "Tamsin Reyes-Whitford",
                "said",
                "",
            ),
            (
                "She said the company had called in 310 line workers from Arkansas, Kansas, Missouri and Texas, and the first of them arrived before dawn.",
                "Tamsin Reyes-Whitford",
                "said",
                "W",
            ),
        ],
        [
            (
                "Reyes-Whitford said the utility expected to have most customers back on by late Friday, but that some rural lines in Creek County could take into the weekend.",
                "Tamsin Reyes-Whitford",
                "said",
                "",
            ),
        ],
        [
            (
                "The National Weather Service measured 0.62 inches of ice at Tulsa International Airport by 6 a.m., the most from a single storm there since December 2007, according to meteorologist Hollis Vantreese.",
                "Hollis Vantreese",
                "according to",
                "W",
            ),
            (
                "Vantreese said another round of freezing drizzle was likely Wednesday evening before temperatures climb above freezing Thursday afternoon.",
                "Hollis Vantreese",
                "said",
                "",
            ),
        ],
        [
            ("“Don't let Thursday's sunshine fool you,” he said.", "Hollis Vantreese", "said", ""),
            (
                "“Whatever melts during the day is going to refreeze overnight, and that's when the bridges get dangerous.”",
                "Hollis Vantreese",
                "said",
                "",
            ),
        ],
        [
            ("Here's what to know:", "", "", ""),
        ],
        [
            (
                "Tulsa Public Schools, Union Public Schools and Broken Arrow Public Schools canceled classes for Wednesday and Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tulsa Transit suspended all bus routes until at least noon Wednesday.", "", "", "W"),
        ],
        [
            (
                "The city's Emergency Operations Center opened at 3 a.m. and will stay open until the warning expires.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Trash and recycling pickup is delayed by one day for the rest of the week, the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Oklahoma Highway Patrol said troopers had worked 47 crashes in Tulsa, Creek, Wagoner and Rogers counties since midnight, including a jackknifed tractor-trailer that closed eastbound Interstate 44 near the Creek Turnpike for almost three hours.",
                "The Oklahoma Highway Patrol",
                "said",
                "W",
            ),
            (
                "No one was seriously hurt in those crashes, the patrol said.",
                "the patrol",
                "said",
                "W",
            ),
        ],
        [
            (
                "A 71-year-old Sand Springs man was found dead Tuesday night in his home, where a gasoline generator had been left running in an attached garage, police said.",
                "police",
                "said",
                "W",
            ),
            (
                "Sand Springs police Capt. Darnell Whitacre-Boone said the man died of carbon monoxide poisoning and that the death was being investigated as an accident.",
                "Darnell Whitacre-Boone",
                "said",
                "W",
            ),
            (
                "“Never run a generator inside, not even in the garage with the door up,” Whitacre-Boone said.",
                "Darnell Whitacre-Boone",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Lucinda Harjo-Breckenridge told reporters at the Emergency Operations Center that city crews had spread 1,900 tons of salt and sand since Monday and had 14 trucks working around the clock.",
                "Lucinda Harjo-Breckenridge",
                "told reporters",
                "W",
            ),
            (
                "She asked residents to stay off the roads until at least noon Thursday and to check on elderly neighbors.",
                "Lucinda Harjo-Breckenridge",
                "asked",
                "",
            ),
        ],
        [
            ("Warming shelters", "", "", ""),
        ],
        [
            (
                "The city and the American Red Cross have opened three warming shelters with cots, hot meals and phone chargers:",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Central Recreation Center, 1028 E. Sixth St., open 24 hours.", "", "", "W"),
        ],
        [
            ("Eastgate Community Center, 14520 E. 21st St., open 8 a.m. to 10 p.m.", "", "", "W"),
        ],
        [
            (
                "Fellowship hall at Westview Baptist Church, 4417 W. 41st St., Sand Springs, open overnight from 6 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At a gas station on South Memorial Drive, Yesenia Calderón-Pratt said she had been without power since 2:30 a.m. and had brought her two children to sit in the warm car while she charged her phone.",
                "Yesenia Calderón-Pratt",
                "said",
                "",
            ),
            (
                "“The house was 54 degrees when we left,” she said.",
                "Yesenia Calderón-Pratt",
                "said",
                "",
            ),
            (
                "“I'm not going back until the lights come on.”",
                "Yesenia Calderón-Pratt",
                "said",
                "",
            ),
        ],
        [
            (
                "Arkoma said customers should report outages through its app or by calling 1-888-555-0142, and should not assume a neighbor had already done so.",
                "Arkoma Power & Light Co.",
                "said",
                "",
            ),
            (
                "It said that, under its safety rules, crews cannot reconnect a home whose service line was pulled down until an electrician has repaired the meter base.",
                "Arkoma Power & Light Co.",
                "said",
                "W",
            ),
        ],
        [
            ("VIDEO: Drone footage shows ice-coated trees along Riverside Drive", "", "", ""),
        ],
        [
            ("1:47", "", "", "B"),
        ],
        [
            (
                "Editor's note: This story has been updated with the death in Sand Springs and the latest outage numbers.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get severe weather alerts on your phone: download the free Red River 6 app.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("MORE FROM RED RIVER 6", "", "", "B"),
        ],
        [
            ("Closings and delays for Thursday, Jan. 28", "", "", "B"),
        ],
        [
            ("How to keep your pipes from freezing when the power is out", "", "", "B"),
        ],
        [
            ("Copyright 2027 Red River Broadcasting Co., Inc.", "", "", "B"),
            (
                "Reproduction of this material without written permission is prohibited.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Terms of Service · Privacy Policy · FCC Public Inspection File · EEO Report · Closed Captioning",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("We value your privacy.", "", "", "B"),
            (
                "We and our 164 partners store and access information on your device, such as cookies, to show you personalised ads and content and to measure how the site is used.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ACCEPT ALL   REJECT ALL   MORE OPTIONS", "", "", "B"),
        ],
        [
            ("THE CALDEW POST", "", "", "B"),
        ],
        [
            (
                "News   Sport   Carlisle United   What's On   Property   Jobs   Announcements   E-edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Cumberland › Council", "", "", "B"),
        ],
        [
            ("Council tax to rise 4.99% as Cumberland Council backs £318.6m budget", "", "", "W"),
        ],
        [
            (
                "Library hours cut at 11 branches and 84 posts to go under plans passed by 29 votes to 18",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Imogen Threlkeld-Ashby", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("10:32, Fri 19 Feb 2027   |   Updated 16:05, Fri 19 Feb 2027", "", "", "B"),
        ],
        [
            ("Share   f   𝕏   WhatsApp   ✉", "", "", "B"),
        ],
        [
            (
                "Councillors debate the budget at the Civic Centre in Carlisle on Thursday evening",
                "",
                "",
                "",
            ),
            ("(Image: Caldew Post / Ewan Lightfoot)", "", "", "B"),
        ],
        [
            (
                "Cumberland Council has agreed to raise its share of council tax by 4.99 per cent from April, taking the bill for a Band D home to £1,884.06 a year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The rise, approved at a full council meeting at the Civic Centre in Carlisle on Thursday, is the largest the authority can set without holding a local referendum.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The £318.6m budget for 2027/28 was passed by 29 votes to 18, with two abstentions.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cllr Eleri Whinnerah, the cabinet member for finance, said the council had to find £21.4m of savings next year, mainly because of rising costs in adult social care and home-to-school transport.",
                "Eleri Whinnerah",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Nobody stands for election wanting to put up council tax," she told the meeting.',
                "Eleri Whinnerah",
                "told the meeting",
                "",
            ),
            (
                '"But the alternative is cutting care for people who cannot get out of bed on their own, and I am not prepared to do that."',
                "Eleri Whinnerah",
                "told the meeting",
                "",
            ),
        ],
        [
            (
                "She said adult social care now took 41p of every pound the council spent, up from 34p in 2023.",
                "Eleri Whinnerah",
                "said",
                "W",
            ),
        ],
        [
            ("What the budget means for you", "", "", ""),
        ],
        [
            (
                "A Band D household will pay £89.52 more a year for the council's share, or about £1.72 a week.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opening hours will be cut at 11 of the council's 18 libraries from 1 April, with Brampton, Wigton and Keswick libraries closing on Mondays and Wednesdays.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 84 full-time-equivalent posts will go, 31 of them currently vacant.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The charge for a garden waste permit will rise from £48 to £56 a year.", "", "", "W"),
        ],
        [
            (
                'Conservative group leader Cllr Ruaridh Fell-Mossop said the library cuts would "rip the heart out of our market towns".',
                "Ruaridh Fell-Mossop",
                "said",
                "",
            ),
            (
                "He said the council had spent £2.3m on agency staff and consultants in the first nine months of the financial year.",
                "Ruaridh Fell-Mossop",
                "said",
                "W",
            ),
            (
                '"They can find two million for consultants but not two days a week for Wigton library?" he asked.',
                "Ruaridh Fell-Mossop",
                "asked",
                "",
            ),
        ],
        [
            (
                "A council spokesperson said £1.1m of that figure was for agency social workers covering posts the council had been unable to fill.",
                "A council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Liberal Democrat amendment to keep the three libraries open five days a week by drawing £1.6m from reserves was defeated by 31 votes to 16.",
                "",
                "",
                "W",
            ),
            (
                'Cllr Harriet Gaskarth-Lowe, who represents Keswick, said after the vote that she was "gutted" for the town.',
                "Harriet Gaskarth-Lowe",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Whinnerah said the council's general reserve stood at £14.2m, below the £16m its auditors had advised as a minimum.",
                "Eleri Whinnerah",
                "said",
                "W",
            ),
        ],
        [
            (
                "Maureen Birkett, 78, who has used Keswick library every Monday since she retired from the post office, said she would now have to take two buses to Cockermouth to use a computer.",
                "Maureen Birkett",
                "said",
                "",
            ),
            (
                '"I can\'t do my pension forms on my phone, love," she said.',
                "Maureen Birkett",
                "said",
                "",
            ),
        ],
        [
            (
                "With the police precept and parish charges added, the average Band D bill in Cumberland will be £2,248.17, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bills will go out from 8 March, and the first instalment is due on 1 April.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Households on the council tax reduction scheme will see no change to what they pay, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Anyone struggling to pay is being urged to call the council's money advice team on 0300 555 0194 before missing a payment.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Imogen Threlkeld-Ashby covers Cumberland Council for the Local Democracy Reporting Service, which places BBC-funded reporters in regional newsrooms.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cumberland in your inbox", "", "", "B"),
        ],
        [
            (
                "Sign up for the Caldew Post's free morning briefing, with the day's top stories at 7am.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Your email address   SIGN ME UP", "", "", "B"),
        ],
        [
            (
                "We'll only use your email for the newsletters you've asked for; see our privacy notice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1   Carlisle bypass closed overnight for resurfacing all next week", "", "", "B"),
        ],
        [
            ("2   Workington pub named Cumbria's best by real ale group", "", "", "B"),
        ],
        [
            ("3   Missing walker found safe in Borrowdale after night on the fells", "", "", "B"),
        ],
        [
            ("Comments (41)", "", "", "B"),
        ],
        [
            ("Have your say: sign in or register to join the conversation.", "", "", "B"),
        ],
        [
            ("Caldew Post is published by Caldew Media Ltd.", "", "", "B"),
            ("Registered in England and Wales, company No. 08812447.", "", "", "B"),
        ],
        [
            ("Contact us · Complaints · Advertise · Cookie settings · Privacy notice", "", "", "B"),
        ],
    ],
    [
        [
            ("maritimewire.ca", "", "", "B"),
        ],
        [
            (
                "Rural N.S. emergency rooms were closed 11,842 hours last year, health authority says",
                "Nova Scotia Health",
                "says",
                "W",
            ),
        ],
        [
            (
                "Staff shortages behind 9 in 10 closures; Cape Breton's Northside General shut most often",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Colm Arsenault-Whitty · Maritime Wire · Posted: Mar 04, 2027 5:00 AM AT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            (
                "The emergency department at Northside General Hospital in North Sydney, N.S., was closed for at least part of the day on 211 days in 2026.",
                "",
                "",
                "W",
            ),
            ("(Colm Arsenault-Whitty/Maritime Wire)", "", "", "B"),
        ],
        [
            (
                "Emergency departments at Nova Scotia's rural and regional hospitals were closed for a combined 11,842 hours in 2026, up 18 per cent from 2025, according to figures released by Nova Scotia Health on Wednesday.",
                "figures released by Nova Scotia Health on Wednesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "That is the equivalent of a single emergency department being shut for more than 493 days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The authority said 91 per cent of the unplanned closures were caused by a shortage of doctors or nurses, and the rest by problems such as power failures, flooding and a lack of lab staff.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Lorraine Achterberg-Daigle, Nova Scotia Health's vice-president of medicine, said closures in Cape Breton had fallen by a third since September, when 14 family doctors and six emergency physicians began work on the island.",
                "Lorraine Achterberg-Daigle",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are not where we need to be, and I'm not going to stand here and tell you we are,” she said.",
                "Lorraine Achterberg-Daigle",
                "said",
                "",
            ),
            ("“But the trend since the fall is real.”", "Lorraine Achterberg-Daigle", "said", ""),
        ],
        [
            (
                "She said the authority had hired 212 nurses trained outside Canada in 2026, most of them from the Philippines, India and Kenya.",
                "Lorraine Achterberg-Daigle",
                "said",
                "W",
            ),
        ],
        [
            ("Emergency department closures, 2026", "", "", "B"),
        ],
        [
            ("Health zone | Hours closed | Change from 2025", "", "", "B"),
        ],
        [
            ("Eastern (incl. Cape Breton) | 5,306 | +22%", "", "", ""),
        ],
        [
            ("Northern | 3,118 | +19%", "", "", ""),
        ],
        [
            ("Western | 2,764 | +14%", "", "", ""),
        ],
        [
            ("Central | 654 | +4%", "", "", ""),
        ],
        [
            ("Source: Nova Scotia Health", "", "", "B"),
        ],
        [
            (
                "Northside General was closed on more days than any other site, followed by All Saints Springhill Hospital, at 184 days, and Lillian Fraser Memorial Hospital in Tatamagouche, at 163.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mairead Kinsella-Boutilier said she drove her husband past the darkened North Sydney emergency department to Cape Breton Regional Hospital in Sydney last July while he was having a heart attack.",
                "Mairead Kinsella-Boutilier",
                "said",
                "",
            ),
        ],
        [
            (
                "“Forty minutes, with him grey in the passenger seat,” she said.",
                "Mairead Kinsella-Boutilier",
                "said",
                "",
            ),
            (
                "“The cardiologist told me afterward that another 20 minutes and I'd have been a widow.",
                "Mairead Kinsella-Boutilier",
                "said",
                "",
            ),
            ("How is that acceptable in 2027?”", "Mairead Kinsella-Boutilier", "said", ""),
        ],
        [
            ("Kinsella-Boutilier lives in Bras d'Or, N.S.", "", "", ""),
            (
                "She has since started a Facebook group for patients who have found an emergency department closed, which she said now has 3,400 members.",
                "Mairead Kinsella-Boutilier",
                "said",
                "",
            ),
        ],
        [
            (
                "Health Minister Gareth Olmstead-Iyer said in a statement that the province was “turning the corner.”",
                "Gareth Olmstead-Iyer",
                "said in a statement",
                "",
            ),
            (
                "He said the number of Nova Scotians on the Need a Family Practice Registry had fallen to 88,416 in February from 147,230 a year earlier.",
                "Gareth Olmstead-Iyer",
                "said",
                "W",
            ),
        ],
        [
            (
                "NDP health critic Siobhan Ferris-MacLeod said the government was “celebrating a smaller fire while the house is still burning.”",
                "Siobhan Ferris-MacLeod",
                "said",
                "",
            ),
            (
                "She said ambulances had spent 31,206 hours waiting to hand over patients at emergency departments in 2026, according to Emergency Health Services figures her party obtained through a freedom-of-information request.",
                "Siobhan Ferris-MacLeod",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Tobias Vanderlaan, an emergency physician who works shifts in Antigonish and Guysborough, said a closure notice taped to a door tells people “the system has already failed them.”",
                "Tobias Vanderlaan",
                "said",
                "",
            ),
            (
                "He said the emergency department at Guysborough Memorial Hospital now closed at 8 p.m. on weeknights because it had no overnight physician.",
                "Tobias Vanderlaan",
                "said",
                "W",
            ),
        ],
        [
            ("“The patients don't stop coming at 8 p.m.", "Tobias Vanderlaan", "said", ""),
            (
                "They just go somewhere else, or they don't go anywhere,” he said.",
                "Tobias Vanderlaan",
                "said",
                "",
            ),
        ],
        [
            ("What to do if your local ER is closed", "", "", ""),
        ],
        [
            ("Call 811 to speak to a registered nurse, 24 hours a day.", "", "", ""),
        ],
        [
            (
                "Check the YourHealthNS app, where the authority posts planned closures, usually by 3 p.m. the day before.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "In an emergency, call 911; paramedics will take you to the nearest open department.",
                "",
                "",
                "",
            ),
        ],
        [
            ("With files from Paula Descoteaux-Hynes", "", "", "B"),
        ],
        [
            ("ABOUT THE AUTHOR", "", "", "B"),
        ],
        [
            (
                "Colm Arsenault-Whitty is a health reporter for Maritime Wire based in Halifax.",
                "",
                "",
                "B",
            ),
            ("He can be reached at colm.arsenault-whitty@maritimewire.ca.", "", "", "B"),
        ],
        [
            ("Corrections and clarifications | Submit a news tip | Report error", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ torrensdaily.com.au", "", "", "B"),
        ],
        [
            ("THE TORRENS DAILY   ☰", "", "", "B"),
        ],
        [
            ("SUBSCRIBE FROM $1 A WEEK", "", "", "B"),
        ],
        [
            ("SA News", "", "", "B"),
        ],
        [
            (
                "Adelaide bus shake-up: 113 routes change from Sunday in biggest overhaul since 1996",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Commuters in Adelaide's north say the changes will leave them worse off",
                "Commuters in Adelaide's north",
                "say",
                "",
            ),
        ],
        [
            ("Ashleigh Vukovic-Tran", "", "", "B"),
        ],
        [
            ("State Transport Reporter", "", "", "B"),
        ],
        [
            ("July 2, 2027 - 5:00AM", "", "", "B"),
        ],
        [
            ("5 min read", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "More than a third of Adelaide's bus routes will change from Sunday, July 4, the biggest overhaul of the network since 1996, the Department for Infrastructure and Transport said.",
                "the Department for Infrastructure and Transport",
                "said",
                "W",
            ),
        ],
        [
            (
                "Of the network's 317 routes, 113 will be renumbered, rerouted or replaced, and 22 will be scrapped.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The new timetable adds 4100 weekly services, most of them on eight new GoLink routes running every 15 minutes from 6am to 9pm, seven days a week.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transport Minister Rohan Pemberton-Yiu said patronage had reached 61.2 million trips in 2026, still 7 per cent below the 2019 level, because buses in the outer suburbs ran too rarely to be useful.",
                "Rohan Pemberton-Yiu",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If you have to wait 45 minutes for a bus, you buy a second car,” Mr Pemberton-Yiu said.",
                "Rohan Pemberton-Yiu",
                "said",
                "",
            ),
            (
                "“We want people in Munno Para and Seaford to be able to turn up and go.”",
                "Rohan Pemberton-Yiu",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition transport spokeswoman Kirralee Dunstan-Hoare said the changes were “a cost-cutting exercise dressed up as reform”.",
                "Kirralee Dunstan-Hoare",
                "said",
                "",
            ),
            (
                "She said 14 of the 22 routes being scrapped ran through the northern suburbs, including the 411 from Elizabeth to the city, which carries about 3900 passengers on an average weekday.",
                "Kirralee Dunstan-Hoare",
                "said",
                "W",
            ),
        ],
        [
            (
                "A department spokesman said 91 per cent of passengers on the scrapped routes lived within 400m of a stop on the new network.",
                "A department spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dominic Fanous-Reid, who catches the 411 from Elizabeth Park to night shifts at a distribution centre in Gepps Cross, said the new network would add a change at Salisbury and about 25 minutes to each trip.",
                "Dominic Fanous-Reid",
                "said",
                "",
            ),
            (
                "“Twenty-five minutes each way, five nights a week – that's four hours of my life, every week,” he said.",
                "Dominic Fanous-Reid",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("What's changing on your route?", "", "", ""),
        ],
        [
            (
                "The 411 Elizabeth–City is replaced by the G40 GoLink between Elizabeth and Salisbury and the G10 from Salisbury to the city.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 224F to Flinders University becomes the G22 and runs every 15 minutes all day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Routes 150, 155 and 157 in the inner north merge into a single route, the 150.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "All buses, trains and trams will be free on Sunday and Monday to give passengers time to learn the new network, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "Fares are otherwise unchanged, at $4.10 for a peak Metrocard trip and $2.25 in the interpeak.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 160 staff in orange vests will be at major interchanges from 6am to 7pm on both days, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Rail, Tram and Bus Union said the operators were still 64 drivers short of the number needed to run the new timetable.",
                "The Rail, Tram and Bus Union",
                "said",
                "W",
            ),
            (
                "Mr Pemberton-Yiu said recruitment was “on track”.",
                "Rohan Pemberton-Yiu",
                "said",
                "",
            ),
        ],
        [
            (
                "The overhaul is part of a $1.9 billion contract signed in 2025 with three private operators, which are paid by the kilometre rather than by the passenger.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The first G40 leaves Elizabeth Interchange at 5.42am on Sunday.", "", "", "W"),
            ("It is due at Salisbury at 5.58am.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("MORE SA NEWS", "", "", "B"),
        ],
        [
            ("Tram extension to Norwood delayed again as costs climb", "", "", "B"),
        ],
        [
            ("Council backs 40km/h limit for Glenelg's side streets", "", "", "B"),
        ],
        [
            ("View the full site for comments and more stories", "", "", "B"),
        ],
        [
            ("© 2027 Torrens Daily Pty Ltd ABN 58 116 904 377", "", "", "B"),
        ],
    ],
    [
        [
            (
                "12/05/2027, 07:58     High Court quashes permission for 640 homes near Celbridge bog | The Dublin Sentinel",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE DUBLIN SENTINEL", "", "", "B"),
        ],
        [
            ("Ireland › Courts", "", "", "B"),
        ],
        [
            ("High Court quashes permission for 640 homes near Celbridge bog", "", "", "W"),
        ],
        [
            (
                "Judge finds planning body gave “no adequate reasons” for overruling its own inspector",
                "Eilís Ní Bhraonáin",
                "finds",
                "W",
            ),
        ],
        [
            ("Fionnuala Tierney-Keogh, Legal Affairs Correspondent", "", "", "B"),
        ],
        [
            ("Wed May 12 2027 - 05:00", "", "", "B"),
        ],
        [
            (
                "Ballygoran Bog, west of Celbridge, beside the site where the homes were to be built.",
                "",
                "",
                "",
            ),
            ("Photograph: Colm Ó Riain-Blake", "", "", "B"),
        ],
        [
            (
                "The High Court has quashed planning permission for 640 homes, a creche and a site for a primary school on farmland outside Celbridge, Co Kildare, finding that An Coimisiún Pleanála failed to properly assess the risk to a nearby protected bog.",
                "The High Court",
                "finding",
                "W",
            ),
        ],
        [
            (
                "Ms Justice Eilís Ní Bhraonáin found that the commission had relied on a hydrological report that contained no groundwater readings taken after March 2023.",
                "Eilís Ní Bhraonáin",
                "found",
                "W",
            ),
            (
                "She said the commission's own inspector had recommended refusal in a 212-page report, and that the commission had given “no adequate reasons” for departing from that recommendation.",
                "Eilís Ní Bhraonáin",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A decision-maker that overturns its own inspector must say why, in terms a member of the public can follow,” she wrote in a 58-page judgment delivered electronically on Tuesday.",
                "Eilís Ní Bhraonáin",
                "wrote",
                "W",
            ),
            ("“That was not done here.”", "Eilís Ní Bhraonáin", "wrote", "W"),
        ],
        [
            (
                "The challenge was brought by Save Ballygoran Bog CLG, a residents' group formed in 2025, and by Seosamh Ó Dálaigh-Kenny, a dairy farmer whose land adjoins the site.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The developer, Tobar Homes Ltd, was granted permission in October 2025 for what was then the largest housing scheme approved in north Kildare in a decade.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "https://www.dublinsentinel.ie/ireland/courts/2027/05/12/high-court-quashes-permission-640-homes-celbridge/     1/2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "12/05/2027, 07:58     High Court quashes permission for 640 homes near Celbridge bog | The Dublin Sentinel",
                "",
                "",
                "B",
            ),
        ],
        [
            ("A bog that holds water", "", "", ""),
        ],
        [
            (
                "Ballygoran Bog is a 94-hectare raised bog designated a Natural Heritage Area in 2005.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "An expert hydrologist for the residents, Dr Ciarán Hobbs-Delaney, told the court in February that groundwater levels at two monitoring wells on the site had risen by an average of 0.4m since 2023.",
                "Ciarán Hobbs-Delaney",
                "told the court",
                "W",
            ),
            (
                "The judge said that evidence had not been before the commission, but that the commission had been told in writing that newer readings existed and had not asked for them.",
                "Eilís Ní Bhraonáin",
                "said",
                "W",
            ),
        ],
        [
            (
                "The judge found against the residents on two other grounds, including a claim that the commission had not considered traffic on the R403.",
                "Eilís Ní Bhraonáin",
                "found",
                "W",
            ),
        ],
        [
            (
                "Darragh Ó Ceallaigh SC, for the residents, said outside the Four Courts that the ruling was “a good day for anyone who has ever read an inspector's report and wondered whether anyone else did”.",
                "Darragh Ó Ceallaigh",
                "said",
                "",
            ),
            (
                "He said it was the third planning permission in Co Kildare to be quashed by the High Court since January.",
                "Darragh Ó Ceallaigh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gráinne Lacey-Moran, who chairs the group, said members had raised €61,000 towards their legal costs through cake sales, table quizzes and an online appeal.",
                "Gráinne Lacey-Moran",
                "said",
                "W",
            ),
            ("“We are not against housing,” she said.", "Gráinne Lacey-Moran", "said", ""),
            (
                "“We are against building it on a bog that floods three winters out of five.”",
                "Gráinne Lacey-Moran",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Ó Dálaigh-Kenny, whose family has farmed beside the bog since the 1930s, said he had watched the water table “creep up every year”.",
                "Seosamh Ó Dálaigh-Kenny",
                "said",
                "",
            ),
            (
                "“Dig 640 foundations into that and the water has to go somewhere,” he said.",
                "Seosamh Ó Dálaigh-Kenny",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, Tobar Homes said it was “deeply disappointed” and would study the judgment with its advisers.",
                "Tobar Homes Ltd",
                "said",
                "",
            ),
            (
                "It said it had spent €4.2 million on the application, including two years of ecological surveys.",
                "Tobar Homes Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "The judge awarded the residents their legal costs against the commission.",
                "",
                "",
                "W",
            ),
            (
                "She sent the application back to the commission for a fresh decision, which must be made within 18 weeks under the Planning and Development Act 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for An Coimisiún Pleanála said it was studying the judgment and would not comment further.",
                "A spokeswoman for An Coimisiún Pleanála",
                "said",
                "",
            ),
        ],
        [
            (
                "The commission lost 19 of the 27 judicial reviews of its decisions heard in the High Court last year, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kildare County Council, which had granted permission for a smaller scheme of 410 homes on the site in 2024 before that decision was appealed, said the Celbridge local area plan still zoned the land for housing.",
                "Kildare County Council",
                "said",
                "W",
            ),
        ],
        [
            ("The parties have 28 days to seek leave to appeal.", "", "", "W"),
        ],
        [
            (
                "Save Ballygoran Bog CLG and Ó Dálaigh-Kenny v An Coimisiún Pleanála and Tobar Homes Ltd (notice party), Record No. 2025/1184 JR",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: High Court · Planning · Kildare · Housing", "", "", "B"),
        ],
        [
            ("© 2027 The Dublin Sentinel", "", "", "B"),
        ],
        [
            ("🖨 Print this page   ✕ Close", "", "", "B"),
        ],
        [
            (
                "https://www.dublinsentinel.ie/ireland/courts/2027/05/12/high-court-quashes-permission-640-homes-celbridge/     2/2",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("↗ Shared from the Kaveri Chronicle app", "", "", "B"),
        ],
        [
            ("KAVERI CHRONICLE", "", "", "B"),
        ],
        [
            ("Top Stories   Chennai   Tamil Nadu   India   Education   e-Paper", "", "", "B"),
        ],
        [
            ("Chennai › Education", "", "", "B"),
        ],
        [
            (
                "TN Plus Two results: 94.81% pass; girls outdo boys again, Tiruppur tops districts",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Government schools post best-ever pass percentage of 91.42, says DGE",
                "the Directorate of Government Examinations",
                "says",
                "W",
            ),
        ],
        [
            ("Saranya Muthukumar", "", "", "B"),
        ],
        [
            ("CHENNAI, Updated: May 06, 2027 13:42 IST", "", "", "B"),
        ],
        [
            ("🔊 Listen to this story   4 min", "", "", "B"),
        ],
        [
            (
                "Students of a government higher secondary school in Chennai check their results on Thursday.",
                "",
                "",
                "",
            ),
            ("Photo: Special Arrangement", "", "", "B"),
        ],
        [
            (
                "CHENNAI: As many as 7,61,408 of the 8,03,088 students who wrote the Class 12 State Board examination in March, or 94.81%, have passed, the Directorate of Government Examinations (DGE) said on Thursday.",
                "the Directorate of Government Examinations",
                "said",
                "W",
            ),
        ],
        [
            (
                "The pass percentage is 0.78 percentage points higher than last year's 94.03%.",
                "",
                "",
                "W",
            ),
            ("Girls recorded a pass percentage of 96.44, against 92.87 for boys.", "", "", "W"),
        ],
        [
            (
                "Government schools recorded 91.42%, the highest since the directorate began publishing results by school management in 2012, it said.",
                "the Directorate of Government Examinations",
                "said",
                "W",
            ),
            (
                "Matriculation schools recorded 98.63% and government-aided schools 95.12%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Releasing the results at the Anna Centenary Library auditorium in Kotturpuram, School Education Minister Thiru K. Senthamarai said the improvement in government schools followed weekly slip tests and evening coaching classes introduced for 1.2 lakh students in 2025-26.",
                "K. Senthamarai",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Our teachers did not wait for private coaching centres to do their job,” Mr. Senthamarai said.",
                "K. Senthamarai",
                "said",
                "",
            ),
            (
                "“They stayed back after 4.30 p.m. without anybody asking them to.”",
                "K. Senthamarai",
                "said",
                "",
            ),
        ],
        [
            (
                "Tiruppur district topped the State with a pass percentage of 97.92, followed by Sivaganga at 97.61 and Erode at 97.48.",
                "",
                "",
                "W",
            ),
            ("Vellore recorded the lowest, 89.06.", "", "", "W"),
        ],
        [
            ("District-wise pass percentage (top five)", "", "", "B"),
        ],
        [
            ("Rank | District | 2027 | 2026", "", "", "B"),
        ],
        [
            ("1 | Tiruppur | 97.92 | 97.45", "", "", ""),
        ],
        [
            ("2 | Sivaganga | 97.61 | 97.42", "", "", ""),
        ],
        [
            ("3 | Erode | 97.48 | 97.18", "", "", ""),
        ],
        [
            ("4 | Ariyalur | 97.21 | 96.94", "", "", ""),
        ],
        [
            ("5 | Coimbatore | 96.87 | 96.47", "", "", ""),
        ],
        [
            ("Source: DGE, Tamil Nadu", "", "", "B"),
        ],
        [
            ("ALSO READ | NEET UG 2027 admit cards released; exam on June 6", "", "", "B"),
        ],
        [
            (
                "A. Mohamed Irfan of Govt. Hr. Sec. School, Kangeyam, scored 597 out of 600, the highest among government school students this year.",
                "",
                "",
                "W",
            ),
            (
                "Irfan, whose father runs a tea stall near the Kangeyam bus stand, said he wanted to study computer science at Anna University.",
                "A. Mohamed Irfan",
                "said",
                "",
            ),
            (
                "“There is no light at home after the stall closes, so I studied in the school library till 8 p.m. every day,” he said.",
                "A. Mohamed Irfan",
                "said",
                "",
            ),
        ],
        [
            (
                "R. Vaidehi, general secretary of the Tamil Nadu Forum for Equal Schooling, said the State average hid “a long tail of schools that are still failing their students”.",
                "R. Vaidehi",
                "said",
                "",
            ),
            (
                "She said 41 government schools had recorded pass percentages below 70, and 29 of them were in Vellore, Tiruvannamalai and Krishnagiri districts.",
                "R. Vaidehi",
                "said",
                "W",
            ),
            ("“What is the plan for those children?” she asked.", "R. Vaidehi", "asked", ""),
        ],
        [
            ("Revaluation and supplementary exams", "", "", ""),
        ],
        [
            (
                "Students who failed in one or more subjects can take the supplementary examination beginning June 24, the directorate said.",
                "the directorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "Applications for photocopies of answer scripts and for re-totalling can be made online from May 10 to 15, at Rs. 275 a subject for a photocopy and Rs. 205 a subject for re-totalling.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Provisional mark sheets can be downloaded from the directorate's website from 2 p.m. on Friday.",
                "",
                "",
                "W",
            ),
            ("Schools will hand out the original mark sheets from May 20.", "", "", "W"),
        ],
        [
            (
                "Students and parents can call the 14417 helpline for counselling between 8 a.m. and 8 p.m. until May 31, the directorate said.",
                "the directorate",
                "said",
                "W",
            ),
        ],
        [
            ("Follow Kaveri Chronicle on WhatsApp for results updates", "", "", "B"),
        ],
        [
            (
                "Read more at: https://www.kaverichronicle.com/tamil-nadu/education/tn-plus-two-results-2027-pass-percentage/article87114520.ece",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get the Kaveri Chronicle app: https://kvr.chr/app", "", "", "B"),
        ],
        [
            ("© 2027 Kaveri Publications Pvt. Ltd.", "", "", "B"),
            ("Reproduction in any form without permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            ("Sunday, November 21, 2027", "", "", "B"),
        ],
        [
            ("THE COAST TRIBUNE", "", "", "B"),
        ],
        [
            (
                "Home   News   Counties   Politics   Business   Sports   Opinion   Videos   ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "BREAKING: Power company announces planned outages in parts of Mombasa and Kilifi on Tuesday",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Counties › Taita Taveta", "", "", "B"),
        ],
        [
            (
                "Taita Taveta MCAs impeach Governor Kilalo over Sh214 million annex payment",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Motion passes with 25 votes, two more than required; case now heads to the Senate",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Wanjiru Kamau-Odhiambo", "", "", "B"),
        ],
        [
            ("Published on: November 20, 2027 22:47 (EAT)", "", "", "B"),
        ],
        [
            ("Share this article:   Facebook   X   WhatsApp   Telegram", "", "", "B"),
        ],
        [
            (
                "Members of the Taita Taveta County Assembly vote on the impeachment motion in Wundanyi on Saturday.",
                "",
                "",
                "",
            ),
            ("Image: BENSON MWACHARO", "", "", "B"),
        ],
        [
            (
                "Taita Taveta Members of County Assembly on Saturday voted to impeach Governor Jeremiah Mwakio Kilalo over the alleged misappropriation of Sh214 million and the irregular hiring of 312 county staff.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Twenty-five of the assembly's 34 members voted for the motion, two more than the two-thirds majority required by law, while seven opposed it and two were absent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chawia MCA Grace Wakesho Mghanga, who moved the motion, told the assembly that the county had paid Sh214 million to a contractor in March for an office annex in Wundanyi on which no work had been done.",
                "Grace Wakesho Mghanga",
                "told the assembly",
                "W",
            ),
            (
                '"We visited the site on Tuesday and found goats grazing where the building should be," she said.',
                "Grace Wakesho Mghanga",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the payment had been flagged in a special audit by the Office of the Auditor-General that was tabled in the assembly in June.",
                "Grace Wakesho Mghanga",
                "said",
                "W",
            ),
            (
                "Ms Mghanga said 312 people had been hired in January without the positions being advertised, as the County Governments Act requires.",
                "Grace Wakesho Mghanga",
                "said",
                "W",
            ),
        ],
        [
            (
                'In a statement after the vote, Mr Kilalo said the impeachment was "a political witch-hunt by people who lost the August election".',
                "Jeremiah Mwakio Kilalo",
                "said",
                "",
            ),
            (
                "He said the Sh214 million had been paid into an escrow account held by the county at the Central Bank of Kenya and had not been released to the contractor.",
                "Jeremiah Mwakio Kilalo",
                "said",
                "W",
            ),
            (
                '"Not a single shilling has left the county," he said.',
                "Jeremiah Mwakio Kilalo",
                "said",
                "W",
            ),
        ],
        [
            (
                "His lawyer, Kennedy Oduor Ambani, told reporters in Voi that they would challenge the process in the High Court.",
                "Kennedy Oduor Ambani",
                "told reporters",
                "",
            ),
            (
                "Mr Ambani said the governor had been served with the charges only 26 hours before the debate, although the assembly's standing orders required seven days' notice.",
                "Kennedy Oduor Ambani",
                "said",
                "W",
            ),
        ],
        [
            ("READ ALSO: Voi traders down tools over new market fees", "", "", "B"),
        ],
        [
            (
                "County Assembly Speaker Reuben Mwadime Kighono said he would forward the resolution to the Speaker of the Senate by Monday, as the law requires.",
                "Reuben Mwadime Kighono",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under Section 33 of the County Governments Act, the Senate must meet within seven days to hear the charges, either in plenary or through a special committee of 11 senators.",
                "",
                "",
                "W",
            ),
            ("The governor remains in office until the Senate makes its decision.", "", "", "W"),
        ],
        [
            (
                "Deputy Governor Naomi Mwangeka Wanjala declined to comment when reached by phone.",
                "Naomi Mwangeka Wanjala",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                'Mwatate MCA Hezron Mwakulomba, who voted against the motion, said the assembly had "rushed a serious matter to settle political scores".',
                "Hezron Mwakulomba",
                "said",
                "",
            ),
            (
                "He said only 11 of the 31 witnesses listed in the motion had appeared before the assembly's committee.",
                "Hezron Mwakulomba",
                "said",
                "W",
            ),
        ],
        [
            ("How the case unfolded", "", "", ""),
        ],
        [
            ("March 14: The county pays Sh214 million to the contractor.", "", "", "W"),
        ],
        [
            ("June 9: The Auditor-General's special audit is tabled in the assembly.", "", "", "W"),
        ],
        [
            (
                "November 2: The impeachment motion is filed with the signatures of 19 MCAs.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("November 20: The assembly votes 25-7 to impeach the governor.", "", "", "W"),
        ],
        [
            (
                "Taita Taveta spent only 38 per cent of its Sh1.9 billion development budget in the 2026/27 financial year, according to the Controller of Budget.",
                "the Controller of Budget",
                "according to",
                "W",
            ),
        ],
        [
            (
                "This is the second impeachment motion Mr Kilalo has faced; the first, in October 2024, failed after only 14 MCAs voted for it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                'Outside the assembly, boda boda rider Elphas Mwandawiro, 29, said residents had been promised the annex "since I was in Form Three".',
                "Elphas Mwandawiro",
                "said",
                "",
            ),
            ('"Who will build it now?" he asked.', "Elphas Mwandawiro", "asked", ""),
        ],
        [
            ("Tags:   Taita Taveta   Impeachment   County Assembly   Senate", "", "", "B"),
        ],
        [
            ("Want more stories like this?", "", "", "B"),
            ("Join the Coast Tribune channel on WhatsApp.", "", "", "B"),
        ],
        [
            ("LATEST NEWS", "", "", "B"),
        ],
        [
            ("Lamu ferry services suspended as strong winds hit the coast", "", "", "B"),
        ],
        [
            ("Court declines to stop Kwale land census", "", "", "B"),
        ],
        [
            (
                "Copyright © 2027 Coast Tribune Media Group | Terms of Use | Privacy Policy",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("📲 Shared via the Ananse Business app", "", "", "B"),
        ],
        [
            ("Open in app   |   Continue in browser", "", "", "B"),
        ],
        [
            ("ANANSE BUSINESS", "", "", "B"),
        ],
        [
            ("Energy", "", "", "B"),
        ],
        [
            (
                "Sika Energies cuts petrol to GH₵13.69 a litre from Wednesday as cedi firms",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Think tank says other marketers will follow by midweek",
                "The Institute for Energy and Fuel Policy",
                "says",
                "",
            ),
        ],
        [
            ("Efua Nkansah-Dadzie", "", "", "B"),
        ],
        [
            ("Jun 14, 2027 · 3 min read", "", "", "B"),
        ],
        [
            ("▶ Listen   🔖 Save", "", "", "B"),
        ],
        [
            (
                "A pump attendant serves a customer at a filling station on the Spintex Road in Accra.",
                "",
                "",
                "",
            ),
            ("Photo: Ananse Business / Kojo Asamoah-Darko", "", "", "B"),
        ],
        [
            (
                "ACCRA — Sika Energies Ltd will sell petrol at GH₵13.69 a litre and diesel at GH₵14.48 at its 212 filling stations from Wednesday, June 16, the company said in a statement on Monday.",
                "the company",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "That is a cut of 5.7% for petrol and 4.8% for diesel from the prices it set for the first pricing window of June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company said the cut followed a 3.1% gain by the cedi against the US dollar over the past two weeks and lower international prices for refined petrol.",
                "The company",
                "said",
                "W",
            ),
            (
                "Sika, which ranks third among oil marketing companies by retail volume, said its LPG price would stay at GH₵15.80 a kilogram.",
                "Sika Energies Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Institute for Energy and Fuel Policy (IEFP), an Accra-based think tank, said it expected other marketers to announce similar cuts by Wednesday.",
                "The Institute for Energy and Fuel Policy",
                "said",
                "",
            ),
            (
                "Its executive director, Dr Akua Sarpong-Mensah, said the cedi traded at GH₵14.06 to the dollar on Friday, against GH₵14.51 on June 1, according to Bank of Ghana reference rates.",
                "Akua Sarpong-Mensah",
                "said",
                "W",
            ),
            (
                '"Consumers will feel some relief at the pumps this week, but it will not last if the cedi slips again in July," she said.',
                "Akua Sarpong-Mensah",
                "said",
                "",
            ),
        ],
        [
            (
                "The National Petroleum Authority (NPA) sets a price floor for each window below which marketers may not sell; for this window it is GH₵12.94 a litre for petrol and GH₵13.71 for diesel, the authority said.",
                "the authority",
                "said",
                "W",
            ),
            (
                "Pump prices are reviewed twice a month, on the 1st and the 16th, under the NPA's pricing formula.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Taxes, levies and margins account for GH₵4.87 of the price of a litre of petrol, according to the NPA's price build-up for the window.",
                "the NPA's price build-up for the window",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Energy and Green Transition said in a post on X that the Price Stabilisation and Recovery Levy would stay at 16 pesewas a litre for the window.",
                "The Ministry of Energy and Green Transition",
                "said in a post on X",
                "W",
            ),
        ],
        [
            ("NEW PUMP PRICES AT SIKA ENERGIES FROM JUNE 16", "", "", "B"),
        ],
        [
            ("Product | Before | From Wednesday", "", "", "B"),
        ],
        [
            ("Petrol (per litre) | GH₵14.52 | GH₵13.69", "", "", ""),
        ],
        [
            ("Diesel (per litre) | GH₵15.21 | GH₵14.48", "", "", ""),
        ],
        [
            ("LPG (per kg) | GH₵15.80 | GH₵15.80", "", "", ""),
        ],
        [
            ("Source: Sika Energies Ltd.", "", "", "B"),
        ],
        [
            (
                "The Ghana Private Road Transport Union (GPRTU) said fares would not come down until pump prices had fallen in at least two consecutive windows.",
                "The Ghana Private Road Transport Union",
                "said",
                "",
            ),
            (
                "Its Greater Accra chairman, Yaw Boakye-Danquah, said drivers had absorbed three fuel price increases since February without raising fares, the last of them on May 1.",
                "Yaw Boakye-Danquah",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the Kaneshie lorry station, trotro driver Kofi Amankwah said he spent about GH₵700 a day on diesel for his 15-seater bus.",
                "Kofi Amankwah",
                "said",
                "",
            ),
            (
                '"If diesel comes down by 73 pesewas, I save more than GH₵30 a day," he said.',
                "Kofi Amankwah",
                "said",
                "",
            ),
            ('"Will the passengers see any of it?', "Kofi Amankwah", "said", ""),
            ('We will see how long it lasts," he said.', "Kofi Amankwah", "said", ""),
        ],
        [
            (
                "The cedi has gained 7.4% against the dollar since January, according to the Bank of Ghana's summary of economic and financial data for May.",
                "the Bank of Ghana's summary of economic and financial data for May",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kwame Owusu-Ansah, head of research at Adinkra Securities Ltd., said crude prices could rise again after the OPEC+ meeting on July 4.",
                "Kwame Owusu-Ansah",
                "said",
                "",
            ),
            (
                '"The cedi has done the heavy lifting this month; crude may not be so kind in July," he said.',
                "Kwame Owusu-Ansah",
                "said",
                "",
            ),
        ],
        [
            ("Related: Cedi records biggest weekly gain in three years", "", "", "B"),
        ],
        [
            ("Related: GRA extends deadline for VAT returns to June 30", "", "", "B"),
        ],
        [
            ("Get Ananse Business on Google Play and the App Store.", "", "", "B"),
        ],
        [
            ("https://ananse.biz/e/sika-energies-fuel-price-june-16", "", "", "B"),
        ],
        [
            ("© 2027 Ananse Media Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   LUZON HERALD   🔎", "", "", "B"),
        ],
        [
            ("NEWS   METRO   NATION   BUSINESS   SPORTS   LIFESTYLE   OPINION", "", "", "B"),
        ],
        [
            ("Metro", "", "", "B"),
        ],
        [
            ("P6.8-M shabu seized in QC buy-bust; 3 suspects nabbed", "", "", "W"),
        ],
        [
            ("By Patricia Anne Dimaculangan", "", "", "B"),
        ],
        [
            ("Published June 9, 2027, 1:15 PM   |   Updated June 9, 2027, 4:02 PM", "", "", "B"),
        ],
        [
            ("f   𝕏   in   ✉", "", "", "B"),
        ],
        [
            (
                "Police present the suspects and the seized items at Camp Karingal on Wednesday.",
                "",
                "",
                "",
            ),
            ("(Photo courtesy of QCPD-PIO)", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Continue reading below ↓", "", "", "B"),
        ],
        [
            (
                "QUEZON CITY — Police seized about a kilo of suspected shabu worth P6.8 million and arrested three suspects in a buy-bust operation in Barangay Bagong Silangan on Tuesday night, the Quezon City Police District (QCPD) said on Wednesday.",
                "the Quezon City Police District",
                "said",
                "W",
            ),
        ],
        [
            (
                "The suspects were identified only as alias “Bong,” 41; alias “Tisoy,” 33; and alias “Mara,” 27, a resident of Caloocan City.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "QCPD director Police Brigadier General Rodolfo S. Manalastas said an undercover officer bought P50,000 worth of shabu from the suspects at around 9:40 p.m. outside a sari-sari store on Batasan Road.",
                "Rodolfo S. Manalastas",
                "said",
                "W",
            ),
            (
                "He said the operation followed two weeks of surveillance, which began after a resident sent a tip to the district's hotline.",
                "Rodolfo S. Manalastas",
                "said",
                "W",
            ),
            (
                "He said operatives then recovered 18 knot-tied plastic sachets of suspected shabu weighing about 1,000 grams, the marked money, two mobile phones and a .38-caliber revolver with five live rounds.",
                "Rodolfo S. Manalastas",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This is a big blow to the drug trade in District 2,” Manalastas said.",
                "Rodolfo S. Manalastas",
                "said",
                "",
            ),
        ],
        [
            ("READ: Two dead, one hurt in Tondo shooting", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The suspects are detained at the Batasan Police Station (Station 6) custodial facility and face charges for violation of Sections 5 and 11, Article II of Republic Act No. 9165, or the Comprehensive Dangerous Drugs Act of 2002.",
                "",
                "",
                "W",
            ),
            (
                "Under the law, selling any quantity of shabu is punishable by life imprisonment and a fine of P500,000 to P10 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The seized items were brought to the QCPD Forensic Unit for laboratory examination, Manalastas said.",
                "Rodolfo S. Manalastas",
                "said",
                "W",
            ),
            (
                "The Philippine Drug Enforcement Agency was informed of the operation before it began, as the law requires, the police said.",
                "the police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Barangay Bagong Silangan chairperson Ma. Lourdes P. Villaruel said residents had complained for months about strangers gathering near the store late at night.",
                "Ma. Lourdes P. Villaruel",
                "said",
                "",
            ),
            (
                "“We gave the names to the police in March,” she said in Filipino.",
                "Ma. Lourdes P. Villaruel",
                "said in Filipino",
                "",
            ),
            (
                "She said the barangay had installed four CCTV cameras along Batasan Road in April.",
                "Ma. Lourdes P. Villaruel",
                "said",
                "W",
            ),
        ],
        [
            (
                "A sister of alias “Mara,” who asked not to be named, told the Herald that her sister had gone to the area only to collect a debt.",
                "A sister of alias “Mara”",
                "told the Herald",
                "",
            ),
            (
                "“Since when is collecting money a crime?” she asked.",
                "A sister of alias “Mara”",
                "asked",
                "",
            ),
        ],
        [
            (
                "The rights group Bantay Karapatan called on the QCPD to release body camera footage of the operation.",
                "Bantay Karapatan",
                "called on",
                "",
            ),
            (
                "Manalastas said two of the four officers who made the arrests wore body cameras, which were switched on throughout.",
                "Rodolfo S. Manalastas",
                "said",
                "W",
            ),
        ],
        [
            (
                "The QCPD has seized P214.6 million worth of illegal drugs and arrested 1,128 drug suspects since January, according to its latest accomplishment report.",
                "its latest accomplishment report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Also on Tuesday, operatives of the Holy Spirit Police Station arrested a man wanted for robbery in Barangay Commonwealth at 11:15 a.m.",
                "",
                "",
                "W",
            ),
            ("The man, 34, was identified only as alias “Jun.”", "", "", "W"),
            (
                "He was arrested on a warrant issued by a Quezon City Regional Trial Court branch in 2024, the police said.",
                "the police",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            ("MMDA suspends number coding on June 12", "", "", "B"),
        ],
        [
            ("PAGASA monitors low pressure area east of Mindanao", "", "", "B"),
        ],
        [
            ("LTO to release 1.2M plastic driver's license cards this month", "", "", "B"),
        ],
        [
            ("Download the Luzon Herald app on Google Play and the App Store", "", "", "B"),
        ],
        [
            ("© 2027 Luzon Herald Publishing, Inc.", "", "", "B"),
        ],
        [
            ("About Us   Contact   Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ margallatimes.com.pk", "", "", "B"),
        ],
        [
            ("THE MARGALLA TIMES   ☰", "", "", "B"),
        ],
        [
            ("Sport", "", "", "B"),
        ],
        [
            ("Talha's unbeaten 88 powers Sialkot to National T20 Cup title", "", "", "W"),
        ],
        [
            ("Sialkot Region beat Multan Region by seven wickets in Rawalpindi final", "", "", "W"),
        ],
        [
            ("Adeel Rasheed Siddiqui", "", "", "B"),
        ],
        [
            ("Published March 14, 2027 · Updated 6 hours ago", "", "", "B"),
        ],
        [
            ("A–   A+", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "RAWALPINDI: Talha Saleem Khokhar struck an unbeaten 88 off 51 balls as Sialkot Region beat Multan Region by seven wickets in the National T20 Cup final at the Pindi Cricket Stadium on Saturday night.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Chasing 168, Sialkot reached the target with 10 balls to spare.", "", "", "W"),
            (
                "Talha, 23, hit nine fours and four sixes and shared an unbroken stand of 96 for the fourth wicket with captain Zeeshan Iftikhar Awan, who made 37 not out.",
                "",
                "",
                "W",
            ),
            ("It was Sialkot's third National T20 Cup title.", "", "", "W"),
        ],
        [
            (
                "“The ball was coming on nicely under the lights, so I told myself to stay till the end,” Talha told reporters after collecting the player-of-the-match award.",
                "Talha Saleem Khokhar",
                "told reporters",
                "",
            ),
            (
                "Zeeshan said the title belonged to “the whole region, not just the eleven on the field”.",
                "Zeeshan Iftikhar Awan",
                "said",
                "",
            ),
        ],
        [
            (
                "Earlier, Multan posted 167-8 after being put in to bat, with opener Mohsin Iqbal Bhatti scoring 54 off 38 balls.",
                "",
                "",
                "W",
            ),
            (
                "Leg-spinner Shahzaib Anwar Gondal took 3-27 in his four overs, including Mohsin with a googly in the 14th over.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Multan captain Asad Mehmood Lodhi said his side had been about 20 runs short on a pitch that got easier as the dew set in.",
                "Asad Mehmood Lodhi",
                "said",
                "",
            ),
            (
                "“We lost the toss and then we lost the dew,” he said.",
                "Asad Mehmood Lodhi",
                "said",
                "",
            ),
            ("“What can you do?”", "Asad Mehmood Lodhi", "said", ""),
        ],
        [
            (
                "The start was delayed by 35 minutes because the ground staff needed extra time to dry the outfield after afternoon rain, match referee Ijaz Hussain Niazi said.",
                "Ijaz Hussain Niazi",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Sialkot received Rs10 million in prize money and Multan Rs5 million, the Pakistan Cricket Board (PCB) said.",
                "the Pakistan Cricket Board",
                "said",
                "W",
            ),
            (
                "The PCB said 11 players from the tournament, including Talha and Shahzaib, had been named in a list of 30 probables for a national camp in Lahore from March 22.",
                "the Pakistan Cricket Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief selector Aqib Rehman Qureshi, who watched the final from the media box, said Talha was “ready for the next level”.",
                "Aqib Rehman Qureshi",
                "said",
                "",
            ),
            (
                "“He plays spin better than anyone I have seen in domestic cricket this year,” Qureshi said.",
                "Aqib Rehman Qureshi",
                "said",
                "",
            ),
        ],
        [
            (
                "Talha finished as the tournament's leading run-scorer with 512 runs in 10 innings at a strike rate of 151.47.",
                "",
                "",
                "W",
            ),
            (
                "Shahzaib was the leading wicket-taker with 19 wickets at an average of 14.3.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 14,500 spectators attended the final, the largest crowd for a domestic match at the ground since its renovation in 2019, according to stadium officials.",
                "stadium officials",
                "according to",
                "W",
            ),
            (
                "Usama Javed, a university student who travelled from Sialkot with 11 friends in a hired coaster, said it was “the best night of my life”.",
                "Usama Javed",
                "said",
                "",
            ),
        ],
        [
            (
                "The domestic season continues with the National One-Day Championship, which begins in Faisalabad on March 28, the board said.",
                "the board",
                "said",
                "W",
            ),
        ],
        [
            ("SCORES IN BRIEF", "", "", "B"),
        ],
        [
            (
                "Multan Region 167-8 in 20 overs (Mohsin Iqbal 54, Rizwan Haider 31; Shahzaib Anwar 3-27, Tabish Nawaz 2-30)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Sialkot Region 171-3 in 18.2 overs (Talha Saleem 88 not out, Zeeshan Iftikhar 37 not out; Arsalan Khattak 2-34)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Result: Sialkot Region won by seven wickets.", "", "", ""),
        ],
        [
            ("Player of the match: Talha Saleem Khokhar (Sialkot Region)", "", "", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Peshawar Region knocked out as rain ends semi-final early", "", "", "B"),
        ],
        [
            ("PCB announces schedule for women's one-day championship", "", "", "B"),
        ],
        [
            ("To read and post comments, open this story on the full website.", "", "", "B"),
        ],
        [
            ("© The Margalla Times, 2027", "", "", "B"),
        ],
    ],
    [
        [
            (
                "21/09/2027, 09:14     Clubs, tabua and masi come home after 150 years | Fiji Lantern",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FIJI LANTERN", "", "", "B"),
        ],
        [
            ("Culture", "", "", "B"),
        ],
        [
            ("Clubs, tabua and masi come home after 150 years", "", "", "W"),
        ],
        [
            (
                "Scottish gallery hands back 11 artefacts taken from Bau and Kadavu in the 1870s",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Litia Vakaloloma-Singh", "", "", "B"),
        ],
        [
            ("Tuesday, September 21, 2027", "", "", "B"),
        ],
        [
            (
                "Fiji Museum staff unpack one of the returned war clubs in Suva yesterday.",
                "",
                "",
                "",
            ),
            ("Picture: ATELAINI RAVUMAITAVU", "", "", "B"),
        ],
        [
            (
                "Eleven artefacts taken from Fiji in the 1870s, including three war clubs and a tabua presented to a British naval officer in 1874, were formally returned to the Fiji Museum in Suva yesterday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The items were handed over by the Glenmorrow Museum and Art Gallery in Paisley, Scotland, which has held them since 1911, when they were donated by the grandson of the officer.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The gallery's curator of world cultures, Alasdair Kinloch-Reid, said its trustees had voted unanimously in March to return the items after a two-year review of how they had been acquired.",
                "Alasdair Kinloch-Reid",
                "said",
                "W",
            ),
            (
                "“We could not find a single document that showed these things were given freely,” he said.",
                "Alasdair Kinloch-Reid",
                "said",
                "",
            ),
            ("“Some of them clearly were not.”", "Alasdair Kinloch-Reid", "said", ""),
        ],
        [
            (
                "He said the gallery still held 64 other objects from the Pacific, nine of them from Fiji, whose histories were being reviewed.",
                "Alasdair Kinloch-Reid",
                "said",
                "W",
            ),
        ],
        [
            (
                "The handover began with a sevusevu of yaqona presented by the Scottish delegation to elders from Bau and Kadavu, followed by a meke performed by students of Adi Cakobau School.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The Minister for iTaukei Affairs, Culture, Heritage and Arts, Ratu Filimoni Tuivaga, said it was the largest return of Fijian artefacts from a single overseas institution since independence in 1970.",
                "Filimoni Tuivaga",
                "said",
                "W",
            ),
            (
                "“These are not museum pieces to our people; they are the hands of our ancestors,” he said.",
                "Filimoni Tuivaga",
                "said",
                "",
            ),
        ],
        [
            (
                "Ratu Filimoni said the Government had paid $48,000 to ship and insure the items, while the Paisley gallery had paid for its own delegation.",
                "Filimoni Tuivaga",
                "said",
                "W",
            ),
        ],
        [
            ("The returned items include:", "", "", ""),
        ],
        [
            ("three war clubs, one of them a totokia carved from vesi wood;", "", "", "W"),
        ],
        [
            ("a tabua, or whale's tooth, on a braided coconut-fibre cord;", "", "", "W"),
        ],
        [
            ("two lengths of masi, or bark cloth, from Kadavu;", "", "", "W"),
        ],
        [
            ("a priest's yaqona dish in the shape of a turtle; and", "", "", "W"),
        ],
        [
            ("four shell and ivory ornaments.", "", "", "W"),
        ],
        [
            (
                "According to the Paisley gallery's records, the tabua was presented at Levuka in 1874 to Lt. Cdr. Ambrose Harcourt-Vane, a Royal Navy officer, by a chief from Bau.",
                "the Paisley gallery's records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "https://www.fijilantern.com.fj/culture/clubs-tabua-and-masi-come-home-after-150-years     1/2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "21/09/2027, 09:14     Clubs, tabua and masi come home after 150 years | Fiji Lantern",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Isoa Nawalowalo, 82, an elder of Bau whose great-grandfather is named in the 1874 record, wept as he held the tabua.",
                "",
                "",
                "",
            ),
            (
                "“My grandfather told me this tooth existed, and I thought it was only a story,” he said.",
                "Isoa Nawalowalo",
                "said",
                "",
            ),
        ],
        [
            (
                "Adi Mereoni Koroi, who led the Kadavu delegation, said women in her village still printed masi with the same patterns.",
                "Mereoni Koroi",
                "said",
                "",
            ),
            ("“Our grandmothers' hands are on this cloth,” she said.", "Mereoni Koroi", "said", ""),
        ],
        [
            (
                "Fiji Museum director Sereana Lewaravu-Naidu said the items would go on public display from October 1 in a new gallery on the museum's ground floor.",
                "Sereana Lewaravu-Naidu",
                "said",
                "W",
            ),
            (
                "She said the museum was open from 9am to 4.30pm, Monday to Saturday, and entry was $7 for adults and free for children under 12.",
                "Sereana Lewaravu-Naidu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Lewaravu-Naidu said the museum had identified about 2300 Fijian objects in 41 overseas collections and had written to 17 of them asking how the objects had been acquired.",
                "Sereana Lewaravu-Naidu",
                "said",
                "W",
            ),
            (
                "“Not all of them need to come home, but all of them should be talked about,” she said.",
                "Sereana Lewaravu-Naidu",
                "said",
                "",
            ),
        ],
        [
            (
                "A public talk on the returned collection will be held at the museum at 10am on Saturday, October 2.",
                "",
                "",
                "W",
            ),
            ("Admission to the talk is free.", "", "", "W"),
        ],
        [
            ("© 2027 Fiji Lantern Ltd.", "", "", "B"),
        ],
        [
            (
                "This article is for personal use only; to license it for republication, contact syndication@fijilantern.com.fj.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "https://www.fijilantern.com.fj/culture/clubs-tabua-and-masi-come-home-after-150-years     2/2",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("zambezigazette.co.zm", "", "", "B"),
        ],
        [
            (
                "Kafue lechwe numbers down 38% in a decade, aerial survey finds",
                "an aerial survey released in Lusaka on Tuesday",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Researchers blame changes in river flow from upstream dams, an invasive shrub and poaching",
                "Researchers",
                "blame",
                "W",
            ),
        ],
        [
            ("Chileshe Mwansa-Phiri", "", "", "B"),
        ],
        [
            ("March 10, 2027", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            ("Kafue lechwe on the floodplain in Lochinvar National Park.", "", "", ""),
            ("Picture: ZAMBIA WETLANDS TRUST", "", "", "B"),
        ],
        [
            (
                "The number of Kafue lechwe on the Kafue Flats has fallen to about 24,600, down 38 per cent from 2015, according to an aerial survey released in Lusaka on Tuesday.",
                "an aerial survey released in Lusaka on Tuesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The survey, the first full count of the floodplain since 2015, was carried out over nine days in October by the Department of National Parks and Wildlife (DNPW), the University of Zambia and the Zambia Wetlands Trust, a conservation charity.",
                "",
                "",
                "W",
            ),
            (
                "The team flew 86 transects across 6,500 square kilometres in a light aircraft at a height of about 90 metres, counting animals in a strip 150 metres wide on each side.",
                "",
                "",
                "W",
            ),
            (
                "The team also counted 1,840 wattled cranes and 212 hippos on the flats.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The survey's lead author, Dr Mutinta Hang'andu-Banda, a senior lecturer in zoology at the University of Zambia, said the decline was steepest in the western part of the flats, where numbers had fallen by more than half.",
                "Mutinta Hang'andu-Banda",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the main causes were changes in the timing of floods since the Itezhi-Tezhi Dam and the Kafue Gorge Lower power station began operating together, the spread of the invasive shrub Mimosa pigra, and poaching.",
                "Mutinta Hang'andu-Banda",
                "said",
                "W",
            ),
            ("“The lechwe live by the flood,” she said.", "Mutinta Hang'andu-Banda", "said", ""),
            (
                "“When the water comes at the wrong time, the calves are born into the wrong season.”",
                "Mutinta Hang'andu-Banda",
                "said",
                "",
            ),
        ],
        [
            (
                "Hang'andu-Banda said the 2026 count used the same flight lines and the same type of aircraft as the 2015 survey, so the two could be compared directly.",
                "Mutinta Hang'andu-Banda",
                "said",
                "W",
            ),
            (
                "The survey was paid for with a K2.1 million grant from the Zambia Wetlands Trust and the Ministry of Tourism.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "M. pigra now covers about 3,400 hectares of the floodplain, up from about 2,000 hectares in 2015, the survey found.",
                "the survey",
                "found",
                "W",
            ),
        ],
        [
            ("Kafue lechwe counts on the Kafue Flats", "", "", "B"),
        ],
        [
            ("Year | Estimate | 95% range", "", "", "B"),
        ],
        [
            ("2005 | 41,900 | 36,200–47,600", "", "", ""),
        ],
        [
            ("2015 | 39,700 | 34,100–45,300", "", "", ""),
        ],
        [
            ("2026 | 24,600 | 20,900–28,300", "", "", ""),
        ],
        [
            ("Source: DNPW, UNZA and Zambia Wetlands Trust aerial survey, 2026", "", "", "B"),
        ],
        [
            (
                "The power utility ZESCO Limited said in a statement that it had released water from Itezhi-Tezhi Dam in line with an environmental flow agreement signed in 2016.",
                "ZESCO Limited",
                "said in a statement",
                "W",
            ),
            ("It said it would study the findings.", "ZESCO Limited", "said", ""),
        ],
        [
            (
                "DNPW spokesperson Mwila Chanda-Lungu said wildlife police officers had arrested 63 people for poaching on the Kafue Flats in 2026 and seized 412 wire snares.",
                "Mwila Chanda-Lungu",
                "said",
                "W",
            ),
            (
                "He said the department would step up patrols in Lochinvar and Blue Lagoon national parks during the calving season.",
                "Mwila Chanda-Lungu",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ministry of Tourism said K4.6 million had been set aside in the 2027 budget to clear Mimosa pigra from the Kafue Flats, with work starting in May.",
                "The Ministry of Tourism",
                "said",
                "W",
            ),
        ],
        [
            ("What is a Kafue lechwe?", "", "", ""),
        ],
        [
            (
                "The Kafue lechwe is a reddish-brown antelope that feeds in shallow water and runs through it in long, bounding leaps.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Bwalya Kasonde-Ngoma, a wildlife ecologist at the Copperbelt University who was not involved in the survey, called the results “alarming but not surprising”.",
                "Bwalya Kasonde-Ngoma",
                "called",
                "",
            ),
            (
                "She said the herds could recover within a decade if floods were timed to the animals' breeding cycle.",
                "Bwalya Kasonde-Ngoma",
                "said",
                "",
            ),
        ],
        [
            (
                "At Chunga fishing camp, fisherman Kelvin Hamoonga, 58, said herds of “thousands” once crossed the plain behind his house.",
                "Kelvin Hamoonga",
                "said",
                "",
            ),
            ("“Now you count them in tens,” he said.", "Kelvin Hamoonga", "said", ""),
            (
                "“When I was a boy, my father could take one for a wedding, with a licence from the chief.”",
                "Kelvin Hamoonga",
                "said",
                "",
            ),
        ],
        [
            ("Read the full survey report at www.zambiawetlands.org.zm/lechwe2026", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Drought cuts Kariba power output by a third", "", "", "B"),
        ],
        [
            ("Lusaka water utility warns of longer outages", "", "", "B"),
        ],
        [
            (
                "Zambezi Gazette, Plot No. 4471, Addis Ababa Drive, P.O. Box 31204, Lusaka.",
                "",
                "",
                "B",
            ),
        ],
    ],
]


HELDOUT_CASES = [
    (
        "h105-us-okla-mid",
        "Linemen from Muskogee, Okla., reached the substation before dawn on Thursday.",
        ["Linemen from Muskogee, Okla., reached the substation before dawn on Thursday."],
    ),
    (
        "h105-us-am-ends",
        "The shelter on Pine Street opened at 5 a.m. Volunteers had served 140 breakfasts by nine.",
        [
            "The shelter on Pine Street opened at 5 a.m.",
            "Volunteers had served 140 breakfasts by nine.",
        ],
    ),
    (
        "h105-us-capt-title-mid",
        "Broken Arrow police Capt. Lorena Vick said the road would reopen by noon.",
        ["Broken Arrow police Capt. Lorena Vick said the road would reopen by noon."],
    ),
    (
        "h105-us-co-inc-ends",
        "The towers are owned by Prairie Signal Co., Inc. Repairs began on Friday.",
        ["The towers are owned by Prairie Signal Co., Inc.", "Repairs began on Friday."],
    ),
    (
        "h105-uk-cllr-no-stop",
        "Cllr Amos Birkby said the vote was too close to call. The mayor disagreed.",
        ["Cllr Amos Birkby said the vote was too close to call.", "The mayor disagreed."],
    ),
    (
        "h105-uk-ltd-registered-no",
        "The paper is published by Eden Print Ltd. Registered in England and Wales, company No. 04418822.",
        [
            "The paper is published by Eden Print Ltd.",
            "Registered in England and Wales, company No. 04418822.",
        ],
    ),
    (
        "h105-ca-ns-ends",
        "She grew up in Baddeck, N.S. Her father ran the ferry to Washabuck.",
        ["She grew up in Baddeck, N.S.", "Her father ran the ferry to Washabuck."],
    ),
    (
        "h105-ca-question-attribution",
        "“Why was the door locked at midnight?” asked Dr. Imelda Rusk, an emergency physician in Truro.",
        [
            "“Why was the door locked at midnight?” asked Dr. Imelda Rusk, an emergency physician in Truro."
        ],
    ),
    (
        "h105-ca-pm-inside-quote",
        "“The clinic shuts at 6 p.m. After that, we drive,” she said.",
        ["“The clinic shuts at 6 p.m.", "After that, we drive,” she said."],
    ),
    (
        "h105-au-am-no-periods",
        "The first tram leaves at 5.12am. It reaches Glenelg at 5.49am.",
        ["The first tram leaves at 5.12am.", "It reaches Glenelg at 5.49am."],
    ),
    (
        "h105-au-ellipsis-lower",
        "“We waited… and waited… and the bus never came,” she said.",
        ["“We waited… and waited… and the bus never came,” she said."],
    ),
    (
        "h105-ie-co-no-stop",
        "The farm near Naas, Co Kildare, was sold in 2019 for €2.1 million.",
        ["The farm near Naas, Co Kildare, was sold in 2019 for €2.1 million."],
    ),
    (
        "h105-ie-sc-postnominal",
        "Aoife Nic Lochlainn SC, for the council, said the appeal was moot. The judge reserved her decision.",
        [
            "Aoife Nic Lochlainn SC, for the council, said the appeal was moot.",
            "The judge reserved her decision.",
        ],
    ),
    (
        "h105-in-rs-fee",
        "The fee is Rs. 150 a subject. Payment can be made only online.",
        ["The fee is Rs. 150 a subject.", "Payment can be made only online."],
    ),
    (
        "h105-in-govt-school-mid",
        "He studied at Govt. Hr. Sec. School, Palladam, and scored 589 out of 600.",
        ["He studied at Govt. Hr. Sec. School, Palladam, and scored 589 out of 600."],
    ),
    (
        "h105-in-initial-name",
        "The district topper, S. Anbarasi of Salem, scored 599. She wants to become a doctor.",
        ["The district topper, S. Anbarasi of Salem, scored 599.", "She wants to become a doctor."],
    ),
    (
        "h105-in-pvt-ltd-ends",
        "The coaching centre is run by Vetri Academy Pvt. Ltd. It has 14 branches in the district.",
        [
            "The coaching centre is run by Vetri Academy Pvt. Ltd.",
            "It has 14 branches in the district.",
        ],
    ),
    (
        "h105-ke-sh-decimal",
        "The county paid Sh48.5 million in March. No work was done on the site.",
        ["The county paid Sh48.5 million in March.", "No work was done on the site."],
    ),
    (
        "h105-ke-exclamation-attribution",
        "“Not one shilling!” the governor shouted as the MCAs filed out.",
        ["“Not one shilling!” the governor shouted as the MCAs filed out."],
    ),
    (
        "h105-gh-ltd-said-mid",
        "Analysts at Osu Capital Ltd. said the cedi could weaken in July.",
        ["Analysts at Osu Capital Ltd. said the cedi could weaken in July."],
    ),
    (
        "h105-gh-question-new-sentence",
        "“Will fares fall? Not this month,” the union chairman said.",
        ["“Will fares fall?", "Not this month,” the union chairman said."],
    ),
    (
        "h105-ph-ma-initials-mid",
        "Ma. Teresa B. Lualhati, the barangay treasurer, signed the blotter entry.",
        ["Ma. Teresa B. Lualhati, the barangay treasurer, signed the blotter entry."],
    ),
    (
        "h105-ph-caliber-ends",
        "Police recovered a .45-caliber pistol. It was unlicensed.",
        ["Police recovered a .45-caliber pistol.", "It was unlicensed."],
    ),
    (
        "h105-ph-alias-stop-inside-quote",
        "The driver was identified only as alias “Boyet.” He was released after questioning.",
        ["The driver was identified only as alias “Boyet.”", "He was released after questioning."],
    ),
    (
        "h105-pk-overs-decimal",
        "Hyderabad Region reached 155-4 in 17.3 overs. Their captain was not out on 61.",
        ["Hyderabad Region reached 155-4 in 17.3 overs.", "Their captain was not out on 61."],
    ),
    (
        "h105-fj-ratu-adi-titles",
        "Ratu Josefa Vakarewa opened the gallery. Adi Litia Qio presented the masi.",
        ["Ratu Josefa Vakarewa opened the gallery.", "Adi Litia Qio presented the masi."],
    ),
    (
        "h105-fj-lt-cdr-mid",
        "The club was given to Lt. Cdr. Hugh Amberley at Levuka in 1875.",
        ["The club was given to Lt. Cdr. Hugh Amberley at Levuka in 1875."],
    ),
    (
        "h105-fj-list-semicolons",
        "The crate held two clubs; a tabua; and a length of masi.",
        ["The crate held two clubs; a tabua; and a length of masi."],
    ),
    (
        "h105-zm-genus-initial-opens",
        "Cattle avoid the thickets. M. pigra now covers a fifth of the western flats.",
        ["Cattle avoid the thickets.", "M. pigra now covers a fifth of the western flats."],
    ),
    (
        "h105-zm-et-al-ends",
        "The method was first described by Mwale et al. Their transects are still flown today.",
        [
            "The method was first described by Mwale et al.",
            "Their transects are still flown today.",
        ],
    ),
]
